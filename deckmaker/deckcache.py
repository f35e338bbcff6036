"""The written deck, cached by a hash of everything that goes into it.

A rebuild whose slides, pictures, charts, theme and code are all unchanged copies the deck it
wrote last time instead of drawing and writing it again (python-pptx is not even imported).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_bytes
from .digest import code_digest

if TYPE_CHECKING:  # a rebuild that reuses a deck (``reuse``) loads no layout code at all
    from .layout.model import DeckMeta, SlidePlan
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
    from .layout.model import ChartBox, PictureBox

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


# -- unchanged inputs: the deck without loading or planning -------------------------------------
INPUTS_VERSION = b"deckmaker-inputs-1"


def inputs_key(outline: Path, options: Sequence[str]) -> str:
    """sha256 naming a build by what is asked (the outline, the options, the environment
    variables deckmaker reads, the code), before anything is read."""
    h = hashlib.sha256(INPUTS_VERSION)
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("DECKMAKER_"))
    where = (str(outline.resolve()), str(Path.cwd()))  # messages name paths from the cwd
    for part in (*where, *options, repr(env), _code_digest()):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def _digests(files: Sequence[str]) -> dict[str, str]:
    out = {}
    for f in files:
        try:
            out[f] = hashlib.sha256(Path(f).read_bytes()).hexdigest()
        except OSError:
            out[f] = ""
    return out


def remember_inputs(
    folder: Path | None, key: str, files: Sequence[Path], deck: str, facts: Mapping[str, object]
) -> None:
    """Note that the inputs ``files``, as they are now, made the cached deck ``deck``, with
    ``facts`` (slide count, warnings…) that a build which then skips loading still reports."""
    if folder is None:
        return
    import json

    names = sorted({str(Path(f).resolve()) for f in files})
    note = {"files": _digests(names), "deck": deck, "facts": dict(facts)}
    with contextlib.suppress(OSError):  # a cache that cannot be written fails no build
        write_bytes(folder / f"{key}.inputs.json", json.dumps(note, sort_keys=True).encode())


def reuse(folder: Path | None, key: str) -> tuple[bytes, dict] | None:
    """The deck and facts remembered for ``key`` when every input file is byte for byte as it
    was then (and the deck is still in the cache); else None."""
    if folder is None:
        return None
    import json

    try:
        note = json.loads((folder / f"{key}.inputs.json").read_bytes())
        files = note["files"]
        if _digests(sorted(files)) != files:
            return None
        data = load(folder, note["deck"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (data, note["facts"]) if data is not None else None
