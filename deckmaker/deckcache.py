"""The written deck, cached by a hash of everything that goes into it.

A rebuild whose slides, pictures, charts, theme and code are all unchanged copies the deck it
wrote last time instead of drawing and writing it again (python-pptx is not even imported).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from .atomic import write_bytes
from .digest import code_digest
from .layout.model import ChartBox, DeckMeta, PictureBox, SlidePlan
from .record import FigureRecord

KEY_VERSION = b"deckmaker-deck-cache-2"  # 2: decks carry their record (record.py)
KEEP = 16  # decks kept in the cache; the least recently used go first


def _code_digest() -> str:
    """deckmaker's own code: a changed writer or planner never serves a stale deck."""
    return code_digest("", (), ("python-pptx",))


def deck_key(
    plans: Sequence[SlidePlan],
    meta: DeckMeta,
    size: tuple[int, int],
    template: Path | None,
    svg: bool,
    figures: Mapping[str, FigureRecord] | None = None,
) -> str:
    """sha256 of the planned slides, every file they embed, the charts' own keys, the code and
    the figures the deck records (``record.py``)."""
    from .charts.cache import chart_key, file_digest

    h = hashlib.sha256(KEY_VERSION)
    parts = [repr(plans), repr(meta), repr(size), repr(svg), _code_digest()]
    parts.append(repr(sorted((figures or {}).items())))
    if template is not None:
        parts.append(file_digest(template))
    for p in plans:
        for e in p.elements:
            if isinstance(e, PictureBox):
                parts.append(file_digest(e.file))
            elif isinstance(e, ChartBox):
                parts.append(chart_key(e.chart))  # fonts, library versions, chart code
    for part in parts:
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def load(folder: Path | None, key: str) -> bytes | None:
    if folder is None:
        return None
    path = folder / f"{key}.pptx"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not verify(data):
        path.unlink(missing_ok=True)  # truncated or damaged: the deck is written again
        return None
    os.utime(path)  # most recently used
    return data


def verify(data: bytes) -> bool:
    """Whether cached deck bytes are a whole .pptx: a zip whose every part matches its CRC and
    which has the parts every deck has."""
    import io
    import zipfile
    import zlib

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            return {"[Content_Types].xml", "ppt/presentation.xml"} <= names and z.testzip() is None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError):
        return False


def store(folder: Path | None, key: str, data: bytes) -> None:
    """Keep ``data`` under ``key`` (atomically), and drop the oldest decks beyond ``KEEP``."""
    if folder is None:
        return
    try:
        write_bytes(folder / f"{key}.pptx", data)
        decks = sorted(folder.glob("*.pptx"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in decks[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written is no reason to fail a build
