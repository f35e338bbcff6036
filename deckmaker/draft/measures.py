"""The measure nouns of the draft, one vocabulary (``measures.yaml``, found through
``locate.MEASURE_WORDS``): each noun by its class and the readings the rules give it."""

from __future__ import annotations

import yaml

from ..locate import MEASURE_WORDS
from ..vi_words import alternation

VOCABULARY: dict[str, dict[str, list[str]]] = yaml.safe_load(
    MEASURE_WORDS.read_text(encoding="utf-8")
)


def measure_nouns(reading: str) -> tuple[str, ...]:
    """The nouns of ``measures.yaml`` that take part in ``reading`` ('noun', 'first', 'parts',
    …), as written there, in the file's order."""
    return tuple(w for kind in VOCABULARY.values() for w, how in kind.items() if reading in how)


def measures(reading: str) -> str:
    """The nouns that take part in ``reading`` as a regular expression's alternatives, longest
    first (a pattern compiled with ``re.IGNORECASE`` matches them whatever their case)."""
    return alternation(measure_nouns(reading))
