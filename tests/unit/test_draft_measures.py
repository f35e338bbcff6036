"""The measure nouns' one vocabulary (deckmaker/draft/measures.yaml): each reading the rules
ask for is taken by some noun; one no noun takes is refused, not read as no noun at all."""

from __future__ import annotations

import re

import pytest

from deckmaker.draft.measures import READINGS, measure_nouns, measures


@pytest.mark.parametrize("reading", sorted(READINGS))
def test_a_reading_of_the_vocabulary_names_its_nouns(reading):
    nouns = measure_nouns(reading)
    assert nouns and all(nouns)
    assert re.fullmatch(f"(?:{measures(reading)})", nouns[0])


@pytest.mark.parametrize("reading", ["nouns", "", "Noun"])
def test_a_reading_no_noun_takes_is_refused(reading):
    # (an empty alternation would match everywhere)
    with pytest.raises(ValueError, match="reading"):
        measure_nouns(reading)
    with pytest.raises(ValueError, match="reading"):
        measures(reading)
