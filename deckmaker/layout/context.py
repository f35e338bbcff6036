"""What planning a deck's slides knows besides the frame: its figures, language and words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..outline.model import Deck, DeckInfo, Text
from ..resolve import Resolver, iter_texts
from ..vocabulary import WORDS
from .fit import WordPairs


@dataclass(frozen=True)
class PlanContext:
    """The deck-wide context of every slide kind's planner."""

    resolver: Resolver
    """Turns outline text into slide text (it records the problems of ``{figure}`` references)."""
    info: DeckInfo
    """The ``deck:`` part of the outline: the title slide's texts, the closing's fallback."""
    lang: str
    words: Mapping[str, str]
    """deckmaker's own words in the deck's language (``vocabulary.WORDS``)."""
    pairs: WordPairs
    """Which syllables belong together, where a title must not break a line."""
    base_dir: Path
    """The outline's folder: pictures must stay inside it (``pictures.load_picture``)."""

    @classmethod
    def for_deck(cls, deck: Deck, resolver: Resolver) -> PlanContext:
        lang = deck.info.language
        pairs = WordPairs(t.value for t in iter_texts(deck))
        return cls(resolver, deck.info, lang, WORDS[lang], pairs, deck.base_dir)

    def text(self, t: Text | None) -> str:
        """The slide text of an outline text, ``{figure}`` references resolved."""
        return self.resolver.text(t)
