"""The shared Vietnamese word lists (deckmaker/vi_words.py): each place that reads one treats
its words alike (a soft-wrapped line that ends on one goes on, a label that ends on one was
cut, a slide's line that ends on a quantifier or a tense word costs a forward break)."""

from __future__ import annotations

import re

import pytest

from deckmaker.draft.grammar import _LEADING
from deckmaker.draft.labels import _CONCESSIVE, compact
from deckmaker.draft.reader import _wrap_continues
from deckmaker.draft.wellformed import cut_back
from deckmaker.layout.breaks import FORWARD_WORDS
from deckmaker.vi_words import (
    LINKING_WORDS,
    NEEDS_WHAT_FOLLOWS,
    QUANTIFIERS,
    TENSE_VOICE,
    alternation,
)


def test_an_alternation_matches_the_longer_word_first():
    """'so với' before 'so', and a word's space is matched as written."""
    pat = re.compile(f"(?:{alternation(['so', 'so với', 'trong', 'trong đó'])})")
    assert pat.match("so với kế hoạch").group() == "so với"
    assert pat.match("trong đó").group() == "trong đó"
    assert pat.match("trong năm").group() == "trong"


@pytest.mark.parametrize("word", sorted(NEEDS_WHAT_FOLLOWS))
def test_a_word_that_needs_what_follows_binds_a_wrap_and_is_cut_from_a_label(word):
    """A pasted line ending on the word goes on to the next (``reader._wrap_continues``); a
    label ending on it loses it (``wellformed.cut_back``)."""
    assert _wrap_continues(f"Tổng thu ngân sách {word}", "nhiều nơi", 200)
    assert cut_back(f"Tổng thu ngân sách {word}", keep_reached=False) == "Tổng thu ngân sách"


def test_the_layout_reads_the_quantifiers_and_tense_words_as_forward():
    assert set(QUANTIFIERS) | set(TENSE_VOICE) <= FORWARD_WORDS


@pytest.mark.parametrize("word", LINKING_WORDS)
def test_a_link_to_the_sentence_before_is_no_word_of_a_label(word):
    """A label the link opens loses it, as a rule's label is repaired (``grammar._LEADING``) and
    as a label is compacted, capitalized as a sentence opens with it (``labels.compact``); the
    concession's 'tuy' or 'dù' in it takes nothing off (``labels._CONCESSIVE``)."""
    assert _LEADING.sub("", f"{word}, số thu") == "số thu"
    assert compact(f"{word[:1].upper()}{word[1:]}, số thu ngân sách") == "số thu ngân sách"
    assert _CONCESSIVE.sub("", f"{word}, số thu") == f"{word}, số thu"
