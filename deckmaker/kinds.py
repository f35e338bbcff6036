"""The table of slide kinds: read by outline validation, the JSON Schema, the docs and the writer.

Each kind's planner lives in ``deckmaker/layout/kinds/<name>.py`` and is registered under the
same name in ``deckmaker.layout.kinds.PLANNERS``. This module imports nothing heavy, so the outline
can read the table without importing the layout stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class Kind:
    """One kind of slide."""

    name: str
    """Its name, as in ``SlidePlan.kind`` (``"chart-bullets"``)."""
    keys: tuple[str, ...]
    """The content keys of an outline slide that make it, in the order the docs write them;
    empty for the covers, which come from ``deck``, each section and ``closing``."""
    description: str
    """What it shows, in one line (the docs' list of slide kinds says the same)."""
    layout: str
    """The agency template's layout role it is built on (see ``theme.model.LAYOUT_ROLES``)."""


KINDS: Final[Mapping[str, Kind]] = MappingProxyType(
    {
        k.name: k
        for k in (
            Kind("title", (), "the title slide, from `deck`", "title"),
            Kind(
                "agenda",
                (),
                "the parts of the deck, numbered as their section slides, after the title slide",
                "content",
            ),
            Kind("section", (), "a divider before each section", "section"),
            Kind("bullets", ("bullets",), "bullet list, up to three levels", "content"),
            Kind("chart", ("chart",), "a chart filling the slide", "figure"),
            Kind(
                "chart-bullets",
                ("chart", "bullets"),
                "a chart with bullets beside it",
                "figure",
            ),
            Kind("kpis", ("kpis",), "big-number cards with labels", "title_only"),
            Kind("table", ("table",), "a table", "figure"),
            Kind("image", ("image",), "a picture", "figure"),
            Kind("quote", ("quote",), "a quotation", "title_only"),
            Kind("closing", (), "the closing slide, from `closing`", "closing"),
        )
    }
)
"""Every slide kind by name, in the order a deck shows them first."""

CONTENT_KINDS: Final = tuple(k for k in KINDS.values() if k.keys)
"""The kinds an outline slide can be, chosen by its content keys."""

CONTENT_KEYS: Final = tuple(dict.fromkeys(key for k in CONTENT_KINDS for key in k.keys))
"""Every content key a slide may have: ``bullets``, ``chart``, ``kpis``, ``table``, …"""

SHARED: Final = tuple(k.keys for k in CONTENT_KINDS if len(k.keys) > 1)
"""The content keys that may share one slide (each tuple is one kind)."""

_BY_KEYS: Final = {frozenset(k.keys): k for k in CONTENT_KINDS}


def kind_of(keys: Iterable[str]) -> Kind | None:
    """The kind of a slide with exactly these content keys; None when no kind has them."""
    return _BY_KEYS.get(frozenset(keys))
