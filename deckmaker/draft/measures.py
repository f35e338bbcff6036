"""The measure nouns of the draft, one vocabulary (``measures.yaml``, found through
``locate.MEASURE_WORDS``): each noun by its class and the readings the rules give it."""

from __future__ import annotations

import yaml

from ..locate import MEASURE_WORDS
from ..vi_words import alternation

VOCABULARY: dict[str, dict[str, list[str]]] = yaml.safe_load(
    MEASURE_WORDS.read_text(encoding="utf-8")
)


READINGS = frozenset(r for kind in VOCABULARY.values() for how in kind.values() for r in how)
"""The readings the nouns of ``measures.yaml`` take part in ('noun', 'first', 'parts', …)."""


def measure_nouns(reading: str) -> tuple[str, ...]:
    """The nouns of ``measures.yaml`` that take part in ``reading`` (one of ``READINGS``), as
    written there, in the file's order. A reading no noun takes is refused (ValueError): a rule
    built on it would read no noun, and its empty alternation match everywhere."""
    if reading not in READINGS:
        raise ValueError(f"no noun of measures.yaml takes the reading {reading!r}")
    return tuple(w for kind in VOCABULARY.values() for w, how in kind.items() if reading in how)


def measures(reading: str) -> str:
    """The nouns that take part in ``reading`` as a regular expression's alternatives, longest
    first (a pattern compiled with ``re.IGNORECASE`` matches them whatever their case)."""
    return alternation(measure_nouns(reading))
