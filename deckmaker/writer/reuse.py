"""Unchanged slides copied from an earlier write instead of being built again.

A slide written in full is kept (``SlideStore``, ``deckcache.py``) as the bytes python-pptx
wrote for it: its XML, its notes slide's XML, the pictures it embeds and its relationships in
the order they were made. A later write of a slide with the same key (the slide's content key,
from ``deckcache.slide_keys``, plus the digest of the master, layouts and theme it is placed on
and its number) puts those bytes into the package and replays the relationships through
python-pptx's own calls, in the order a full write makes them: the layout, the presentation's
slide list, each picture (``get_or_add_image_part``, which numbers and shares media across the
deck), then the notes slide (the notes master made at the same moment as a full write makes
it). Part names, relationship ids, media numbering and notes are therefore those of a full
write, and the deck is byte for byte the same (tests/test_reuse.py).

An entry also keeps what the build record (``record.py``) reads of the slide: its fingerprint
and its shapes (``record.slide_record``), as they were when it was written, so that a slide
copied from the store is not parsed again for the record. An entry stored before the shapes
were kept (session 25) has none: the record reads that slide's shapes from its bytes.

A slide whose parts are anything else (a native chart's chart part and workbook, a hyperlink)
is never kept: it is always written in full.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI

from ..record import ShapeStyle
from .media import svg_partname

ENTRY_VERSION = 1
SVG_CT = "image/svg+xml"


class Store(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, data: bytes) -> None: ...


@dataclass
class SlideReuse:
    """What a write may reuse: a store of written slides and each planned slide's content key
    (``deckcache.slide_keys``); after the write, which slides were reused."""

    store: Store
    keys: Sequence[str]
    reused: list[int] = field(default_factory=list)
    """Indexes (from 0) of the slides copied from the store."""
    fingerprints: dict[int, str] = field(default_factory=dict)
    """The record's fingerprint of each reused slide, as it was when written."""
    styles: dict[int, tuple[ShapeStyle, ...]] = field(default_factory=dict)
    """The record's shapes of each reused slide whose entry keeps them, as when written."""
    _context: str = ""
    _entries: dict[int, _Entry] = field(default_factory=dict)

    def begin(self, prs: Any) -> None:
        """Note what the slides are placed on: every part in the package before any slide."""
        self.reused.clear()  # a write started again (writer: a chart's picture shared)
        _next_write()
        self.fingerprints.clear()
        self.styles.clear()
        self._entries.clear()
        h = hashlib.sha256(b"deckmaker-slide-context-1")
        for part in sorted(prs.part.package.iter_parts(), key=lambda p: str(p.partname)):
            h.update(str(part.partname).encode() + b"\0" + part.blob + b"\0")
        self._context = h.hexdigest()
        self._notes = sum(
            1
            for p in prs.part.package.iter_parts()
            if str(p.partname).startswith("/ppt/notesSlides/")
        )
        self._layouts = {
            str(p.partname): p
            for p in prs.part.package.iter_parts()
            if str(p.partname).startswith("/ppt/slideLayouts/")
        }

    def key(self, index: int) -> str:
        h = hashlib.sha256(self._context.encode())
        h.update(f"{index}\0{self.keys[index]}".encode())
        return h.hexdigest()

    def place(self, prs: Any, index: int) -> bool:
        """Add slide ``index`` from the store, as a full write would; False when it is not there
        (or cannot be read): the caller writes it."""
        if index >= len(self.keys):
            return False
        data = self.store.get(self.key(index))
        entry = _decoded(data) if data is not None else None
        if entry is None or any(
            r.kind == "layout" and r.target not in self._layouts for r in entry.rels
        ):
            return False
        self._notes += _replay(prs, entry, self._layouts, self._notes)
        self.reused.append(index)
        self.fingerprints[index] = entry.fingerprint
        if entry.styles is not None:
            self.styles[index] = entry.styles
        return True

    def written(self, prs: Any, index: int) -> None:
        """Slide ``index`` was just written in full (before any later slide is placed)."""
        part = prs.slides[index].part
        self._notes += any(r.reltype == RT.NOTES_SLIDE for r in part.rels.values())

    def keep(
        self,
        prs: Any,
        index: int,
        fingerprint: str,
        styles: tuple[ShapeStyle, ...] | None = None,
    ) -> None:
        """Remember slide ``index`` (written in full, its pictures in) for :meth:`finish`, if
        it can be reused: its parts are only its layout, pictures and notes. ``fingerprint``
        and ``styles``: what the record reads of it now (``record.slide_record``)."""
        if index >= len(self.keys):
            return
        entry = _capture(prs.slides[index].part, fingerprint)
        if entry is not None:
            entry.styles = styles
            self._entries[index] = entry

    def finish(self, members: Mapping[str, bytes]) -> None:
        """Store the slides kept, with their bytes as the package wrote them: through the
        store's ``put_soon`` when it has one (``deckcache.SlideStore``: in a thread, for a
        store on disk only), each entry zipped there."""
        kept = []
        for index, entry in self._entries.items():
            entry.slide_xml = members[entry.slide_name]
            if entry.notes_name:
                entry.notes_xml = members[entry.notes_name]
            kept.append((self.key(index), entry.encode))
        self._entries.clear()
        soon = getattr(self.store, "put_soon", None)
        if soon is not None:
            soon(kept)
            return
        for key, encode in kept:
            self.store.put(key, encode())


@dataclass
class _Rel:
    kind: str
    """``layout``, ``image`` or ``notes``."""
    target: str = ""
    """The layout's part name (``layout``); the media's content type (``image``)."""
    blob: bytes = b""


@dataclass
class _Entry:
    fingerprint: str
    rels: list[_Rel]
    slide_name: str = ""
    notes_name: str = ""
    slide_xml: bytes = b""
    notes_xml: bytes = b""
    styles: tuple[ShapeStyle, ...] | None = None
    """The record's shapes of the slide (``record.ShapeStyle``); None: not kept."""

    def encode(self) -> bytes:
        out = io.BytesIO()
        meta: dict[str, Any] = {
            "version": ENTRY_VERSION,
            "fingerprint": self.fingerprint,
            "rels": [[r.kind, r.target] for r in self.rels],
        }
        if self.styles is not None:  # optional: an entry without reads as before
            meta["styles"] = [f"{s.content}{s.place}{s.style}" for s in self.styles]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
            z.writestr("entry.json", json.dumps(meta))
            z.writestr("slide.xml", self.slide_xml)
            z.writestr("notes.xml", self.notes_xml)
            for i, r in enumerate(self.rels):
                if r.kind == "image":
                    z.writestr(f"media/{i}", r.blob)
        return out.getvalue()

    @classmethod
    def decode(cls, data: bytes) -> _Entry | None:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                meta = json.loads(z.read("entry.json"))
                if meta.get("version") != ENTRY_VERSION:
                    return None
                rels = []
                for i, (kind, target) in enumerate(meta["rels"]):
                    if kind not in ("layout", "image", "notes"):
                        return None
                    blob = z.read(f"media/{i}") if kind == "image" else b""
                    rels.append(_Rel(str(kind), str(target), blob))
                entry = cls(str(meta["fingerprint"]), rels)
                entry.styles = _styles(meta.get("styles"))
                entry.slide_xml = z.read("slide.xml")
                entry.notes_xml = z.read("notes.xml")
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError):
            return None
        if not entry.slide_xml or any(r.kind == "notes" for r in rels) != bool(entry.notes_xml):
            return None
        return entry


def _styles(value: Any) -> tuple[ShapeStyle, ...] | None:
    """An entry's ``styles`` (16 hex digits a shape, as the record writes them), or None when
    it has none or they cannot be read: the record then reads the slide's bytes."""
    if not isinstance(value, list):
        return None
    out = []
    for item in value:
        if not isinstance(item, str) or len(item) != 16:
            return None
        out.append(ShapeStyle(item[:6], item[6:10], item[10:]))
    return tuple(out)


_DECODED: dict[int, tuple[bytes, _Entry | None]] = {}
_DECODED_LAST: dict[int, tuple[bytes, _Entry | None]] = {}
"""The entries decoded by this write and the last (``_decoded``), by their stored bytes."""


def _decoded(data: bytes) -> _Entry | None:
    """``_Entry.decode(data)``, kept for the very bytes object (alive with its entry) from one
    write to the next: a store in memory (the build server's, the preview's) hands out the same
    object for a slide each time, and a rebuild after one figure changed replays ~57 slides,
    each unzipped again. A kept entry is only read (``_replay``, ``place``)."""
    kept = _DECODED.get(id(data))
    if kept is None or kept[0] is not data:
        kept = _DECODED_LAST.get(id(data))
        if kept is None or kept[0] is not data:
            kept = (data, _Entry.decode(data))
        _DECODED[id(data)] = kept
    return kept[1]


def _next_write() -> None:
    """A write begins: what the last one decoded is kept for it, the rest let go."""
    global _DECODED, _DECODED_LAST  # noqa: PLW0603 - the two generations, swapped
    _DECODED_LAST, _DECODED = _DECODED, {}


def _rels_in_order(part: Any) -> list[Any]:
    """A part's relationships in the order python-pptx made them (rId1, rId2, …)."""
    rels = part.rels
    order = sorted(rels.keys(), key=lambda r: int(r[3:]) if r[3:].isdigit() else 0)
    return [rels[r] for r in order]


def _capture(slide_part: Any, fingerprint: str) -> _Entry | None:
    """What replaying ``slide_part`` needs, or None when it has parts a replay does not make."""
    rels: list[_Rel] = []
    notes_name = ""
    ordered = _rels_in_order(slide_part)
    if [r.rId for r in ordered] != [f"rId{i}" for i in range(1, len(ordered) + 1)]:
        return None
    for rel in ordered:
        if rel.is_external:
            return None
        target = rel.target_part
        if rel.reltype == RT.SLIDE_LAYOUT and not rels:
            rels.append(_Rel("layout", str(target.partname)))
        elif rel.reltype == RT.IMAGE and str(target.partname).startswith("/ppt/media/image"):
            if target.content_type != SVG_CT and not hasattr(target, "sha1"):
                return None
            rels.append(_Rel("image", target.content_type, target.blob))
        elif rel.reltype == RT.NOTES_SLIDE and not notes_name and rel is ordered[-1]:
            back = _rels_in_order(target)
            if len(back) != 2 or any(r.is_external for r in back):
                return None
            if (back[0].reltype, back[1].reltype, back[1].target_part) != (
                RT.NOTES_MASTER,
                RT.SLIDE,
                slide_part,
            ):
                return None
            notes_name = target.partname.membername
            rels.append(_Rel("notes"))
        else:
            return None
    if not rels or rels[0].kind != "layout":
        return None
    entry = _Entry(fingerprint, rels)
    entry.slide_name = slide_part.partname.membername
    entry.notes_name = notes_name
    return entry


def _replay(prs: Any, entry: _Entry, layouts: Mapping[str, Any], notes_before: int) -> int:
    """Add ``entry``'s slide to ``prs`` through the calls a full write makes, in its order;
    returns how many notes slides it added. ``notes_before`` is how many the package has: the
    notes slide is numbered as python-pptx's ``next_partname`` numbers it (parts are never
    removed, so the first free number is the next one) without its search of every part."""
    pres_part = prs.part
    package = pres_part.package
    slides = prs.slides
    part = Part(pres_part._next_slide_partname, CT.PML_SLIDE, package, entry.slide_xml)
    rels = iter(entry.rels)
    layout = next(rels)
    part.relate_to(layouts[layout.target], RT.SLIDE_LAYOUT)  # SlidePart.new
    # Slides.add_slide: ``relate_to`` looks for a relationship to ``part`` among all of the
    # presentation's (a new part has none) before adding it, as this does
    slides._sldIdLst.add_sldId(pres_part.rels._add_relationship(RT.SLIDE, part))
    for rel in rels:
        if rel.kind == "image" and rel.target == SVG_CT:  # _SlideWriter._add_svg
            media = Part(svg_partname(package), SVG_CT, package, rel.blob)
            part.relate_to(media, RT.IMAGE)
        elif rel.kind == "image":  # SlidePart.get_or_add_image_part
            part.relate_to(package.get_or_add_image_part(io.BytesIO(rel.blob)), RT.IMAGE)
        else:  # NotesSlidePart.new, then SlidePart._add_notes_slide_part
            master = pres_part.notes_master_part
            notes = Part(
                PackURI(f"/ppt/notesSlides/notesSlide{notes_before + 1}.xml"),
                CT.PML_NOTES_SLIDE,
                package,
                entry.notes_xml,
            )
            notes.relate_to(master, RT.NOTES_MASTER)
            notes.relate_to(part, RT.SLIDE)
            part.relate_to(notes, RT.NOTES_SLIDE)
            return 1
    return 0
