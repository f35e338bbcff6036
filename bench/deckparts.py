"""What a build makes between planning and writing, for the benches that time its stages in one
process (stages.py, onefig.py): the deck's metadata, size and figure record, and its cache key.
No path set-up here: each bench puts the tree it measures on ``sys.path`` first."""

from __future__ import annotations

from typing import Any


def deck_parts(inputs: Any, plans: Any) -> tuple[Any, tuple[int, int], Any]:
    """``(meta, size, record)`` as ``pipeline`` makes them, the deck key computed (timed with
    them, as a build's "key" stage)."""
    from deckmaker import deckcache, guard
    from deckmaker.layout.model import DeckMeta

    info, r = inputs.deck.info, inputs.resolver
    lang = "vi-VN" if info.language == "vi" else "en-US"
    meta = DeckMeta(r.text(info.title), r.text(info.organization) or "deckmaker",
                    r.text(info.subtitle), info.date, lang,
                    inputs.theme.fonts.heading, inputs.theme.fonts.body)  # fmt: skip
    size = (inputs.theme.width_emu, inputs.theme.height_emu)
    record = guard.figure_record(inputs.figures, r.used, info.language, plans)
    deckcache.deck_key(plans, meta, size, inputs.theme.template, False, record)
    return meta, size, record
