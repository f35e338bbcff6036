"""The written deck, cached by a hash of everything that goes into it.

A rebuild whose slides, pictures, charts, theme and code are all unchanged copies the deck it
wrote last time instead of drawing and writing it again (python-pptx is not even imported).
"""

from __future__ import annotations

import contextlib
import hashlib
import operator
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
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
    from .charts.cache import file_digest

    h = hashlib.sha256(KEY_VERSION)
    each = _plan_parts(plans)
    parts = ["[" + ", ".join(r for r, _ in each) + "]", repr(meta), repr(size), repr(svg)]
    parts += [_code_digest(), repr(sorted((figures or {}).items()))]
    if template is not None:
        parts.append(file_digest(template))
    for _r, embedded in each:
        parts += embedded  # pictures' bytes; charts' keys: fonts, library versions, chart code
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
    """Keep ``data`` under ``key`` (atomically), and drop the oldest decks beyond ``KEEP``.

    Written without an fsync, as the chart cache and the slide store are: a copy that a crash
    left short or zeroed fails :func:`verify` (every member's CRC) when :func:`load` reads it,
    and is built again. The fsync was a disk flush of ~1.3 MB (the sample deck) that a cold
    build waited for after its last chart, ~5-15 ms with the other core idle; the user's deck
    itself is still written with one (``atomic.write_output``)."""
    if folder is None:
        return
    try:
        write_bytes(folder / f"{key}.pptx", data, sync=False)
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
    ``facts`` (slide count, warnings…) that a build which then skips loading still reports.

    Without an fsync (as :func:`store`): a note a crash left short or zeroed is not JSON, and
    :func:`reuse` then builds the deck as if there were none."""
    if folder is None:
        return
    import json

    names = sorted({str(Path(f).resolve()) for f in files})
    note = {"files": _digests(names), "deck": deck, "facts": dict(facts)}
    with contextlib.suppress(OSError):  # a cache that cannot be written fails no build
        data = json.dumps(note, sort_keys=True).encode()
        write_bytes(folder / f"{key}.inputs.json", data, sync=False)


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


# -- each slide as written: a changed deck rewrites only its changed slides --------------------
SLIDE_KEY_VERSION = b"deckmaker-slide-1"
SLIDES_KEPT = 2048
"""Slides kept on disk (a few dozen decks' worth); the least recently written go first."""


def slide_keys(plans: Sequence[SlidePlan], meta: DeckMeta, svg: bool) -> list[str]:
    """sha256 of what each planned slide's XML, notes and pictures are made of: the slide's
    plan, the bytes of every picture it embeds, its charts' keys, the deck's metadata and the
    code. The writer adds what the slide is placed on (its master and layouts, its number)."""
    common = hashlib.sha256(SLIDE_KEY_VERSION)
    for part in (repr(meta), repr(svg), _code_digest()):
        common.update(part.encode("utf-8") + b"\0")
    keys = []
    for text, embedded in _plan_parts(plans):
        h = common.copy()
        h.update(text.encode("utf-8") + b"\0")
        for digest in embedded:
            h.update(digest.encode() + b"\0")
        keys.append(h.hexdigest())
    return keys


_PARTS: list[tuple[tuple[SlidePlan, ...], list[tuple[str, list[str]]]]] = []
"""The last plans (the very objects, kept alive with their entry) and ``_plan_parts`` of them."""
_REPRS: dict[int, tuple[SlidePlan, str]] = {}
"""The reprs of the last plans' slides, by the very object (alive with its entry)."""


def _plan_parts(plans: Sequence[SlidePlan]) -> list[tuple[str, list[str]]]:
    """Each planned slide's repr, and the sha256 of each picture it embeds and the key of each
    of its charts, in order: what ``deck_key`` and ``slide_keys`` are made of, worked out once
    for a build's plans (a rebuild after one figure changed asks both: 62 slides' reprs and
    chart keys made twice). A slide the last build's plans hold too (a rebuild whose plan memo
    kept it: the same frozen object) keeps its repr (50 of the 62 after one figure changed)."""
    if _PARTS and len(_PARTS[0][0]) == len(plans) and all(map(operator.is_, _PARTS[0][0], plans)):
        return _PARTS[0][1]  # the same slides (frozen): the same parts
    from .charts.cache import chart_key, file_digest
    from .layout.model import ChartBox, PictureBox

    out = []
    reprs: dict[int, tuple[SlidePlan, str]] = {}
    for p in plans:
        embedded = [
            file_digest(e.file) if isinstance(e, PictureBox) else chart_key(e.chart)
            for e in p.elements
            if isinstance(e, (PictureBox, ChartBox))
        ]
        kept = _REPRS.get(id(p))
        text = kept[1] if kept is not None and kept[0] is p else repr(p)
        reprs[id(p)] = (p, text)
        out.append((text, embedded))
    _PARTS[:] = [(tuple(plans), out)]
    _REPRS.clear()
    _REPRS.update(reprs)
    return out


class _Puts(Enum):
    """Where the slides :meth:`SlideStore.put_soon` gives its thread stand."""

    NONE = "none"
    """No thread is putting slides (none started; or they are written, or it failed)."""
    WRITING = "writing"
    """The thread is putting them."""
    THEN_PRUNE = "then prune"
    """The thread is putting them, and :meth:`SlideStore.prune` was asked meanwhile: the thread
    prunes once they are written."""


class SlideStore:
    """Written slides by key (``writer/reuse.py`` says what an entry holds): in memory for a
    process that builds again and again (the preview), and in a folder of the deck cache."""

    def __init__(self, folder: Path | None, memory: int = 0) -> None:
        self.folder = folder
        self.memory: dict[str, bytes] = {}
        self.memory_kept = memory
        self.stored = 0
        self._writing: threading.Thread | None = None
        self._lock = threading.Lock()
        self._puts = _Puts.NONE  # (``_lock``)
        self._failed: BaseException | None = None

    def put_soon(self, items: Sequence[tuple[str, Callable[[], bytes]]]) -> None:
        """``put(key, make())`` for each item, in a thread when this store is a folder only
        (a build's own, ``pipeline._slide_store``): a cold build keeps all its slides, ~60
        entries zipped and written to as many files (~0.05-0.07 s of the build's CPU, the
        file system's part without the GIL) after its last chart is in, with the other core
        idle; in a thread they are written while the build zips and writes the deck (two
        fsyncs) and ends. :meth:`wait` (``pipeline`` before a build returns; ``get`` and
        ``put``) joins it and raises what it raised. In memory (the preview's, the build
        server's store, read again by the next build at once): at once, as before."""
        if self.folder is None or self.memory_kept or not items:
            for key, make in items:
                self.put(key, make())
            return
        self.wait()
        self._puts = _Puts.WRITING
        self._writing = threading.Thread(
            target=self._put_all, args=(items,), name="deckmaker-slide-store"
        )
        self._writing.start()

    def _put_all(self, items: Sequence[tuple[str, Callable[[], bytes]]]) -> None:
        try:
            for key, make in items:
                self._put(key, make())
            with self._lock:
                due, self._puts = self._puts is _Puts.THEN_PRUNE, _Puts.NONE
            if due:
                self._prune()
        except BaseException as exc:  # raised again by wait(), in the build's thread
            with self._lock:  # a prune asked meanwhile is dropped; one asked later runs at once
                self._puts = _Puts.NONE
            self._failed = exc

    def wait(self) -> None:
        """Until the slides :meth:`put_soon` writes in a thread are written (and pruned)."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.join()
        failed, self._failed = self._failed, None
        if failed is not None:
            raise failed

    def get(self, key: str) -> bytes | None:
        self.wait()
        data = self.memory.get(key)
        if data is not None or self.folder is None:
            return data
        try:
            return (self.folder / f"{key}.slide").read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        self.wait()
        self._put(key, data)

    def _put(self, key: str, data: bytes) -> None:
        if self.memory_kept:
            self.memory[key] = data
            while len(self.memory) > self.memory_kept:
                del self.memory[next(iter(self.memory))]
        if self.folder is None:
            return
        with contextlib.suppress(OSError):  # a cache that cannot be written fails no build
            write_bytes(self.folder / f"{key}.slide", data, sync=False)
            self.stored += 1

    def prune(self) -> None:
        """Drop the oldest slides beyond ``SLIDES_KEPT`` (only when some were written); after
        the slides :meth:`put_soon` is writing, in its thread."""
        with self._lock:
            if self._puts is not _Puts.NONE:
                self._puts = _Puts.THEN_PRUNE
                return
        self._prune()

    def _prune(self) -> None:
        if self.folder is None or not self.stored:
            return
        with contextlib.suppress(OSError):
            files = list(self.folder.glob("*.slide"))
            if len(files) <= SLIDES_KEPT:
                return
            files.sort(key=lambda p: p.stat().st_mtime)
            for old in files[: len(files) - SLIDES_KEPT * 3 // 4]:
                old.unlink(missing_ok=True)
