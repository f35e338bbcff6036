"""A python-pptx presentation as deterministic .pptx bytes, compressed once.

``Presentation.save`` deflates every part (the chart PNGs included) into a zip whose entry times
are the clock's; making that deterministic meant reading the zip back and deflating every part a
second time. Here the parts python-pptx would write are collected as they are and zipped once,
with fixed entry times and a stable order: the same bytes as saving and re-packing.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib
from collections import OrderedDict
from collections.abc import Mapping
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING, Any, cast

from lxml import etree
from pptx.opc.serialized import PackageWriter

if TYPE_CHECKING:
    from pptx.opc.packuri import PackURI
    from pptx.presentation import Presentation

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CONTENT_TYPES = "[Content_Types].xml"


def deterministic_zip(members: Mapping[str, bytes]) -> bytes:
    """A zip of ``members`` (name -> bytes): ``[Content_Types].xml`` first, then by name, every
    entry deflated with the same fixed time and permissions."""
    order = [n for n in members if n == CONTENT_TYPES]
    order += sorted(n for n in members if n != CONTENT_TYPES)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = members[name]
            info.file_size = len(data)  # as ``writestr`` sets it before opening the entry
            with dst.open(info, "w") as entry:
                if hasattr(entry, "_compressor"):
                    entry._compressor = _Deflated(data)  # noqa: SLF001 - see _Deflated
                entry.write(data)
    return out.getvalue()


_DEFLATED: OrderedDict[bytes, bytes] = OrderedDict()
DEFLATED_KEPT = 64 << 20
"""Bytes of deflated members kept in this process (a preview writes mostly the same parts)."""


class _Deflated:
    """Stands in for the zlib compressor of one zip entry: the member deflated as zipfile
    deflates it (one ``compress`` and a ``flush`` of a raw deflate stream at the default
    level, so the same bytes), taken from the members deflated before when the same."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def compress(self, data: bytes) -> bytes:
        return b""  # zipfile writes the whole member once; it comes out at ``flush``

    def flush(self) -> bytes:
        return deflate_ahead(self._data)


SOON_FROM = 2048
"""A member this large is deflated in the thread as soon as python-pptx has serialised it (a
smaller one costs the thread hand-over more than its deflation)."""


def _raw_deflate(data: bytes) -> bytes:
    """``data`` as a raw deflate stream at zlib's default level (a zip member's deflation)."""
    z = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return z.compress(data) + z.flush()


def _keyed_deflate(data: bytes) -> tuple[bytes, bytes | None]:
    """(sha256 of ``data``, ``_raw_deflate(data)``; None when deflated already, kept or still
    to be taken from ``_SOON``): both let go of the GIL on large inputs. Runs in the thread."""
    key = hashlib.sha256(data).digest()
    # _SOON_KEYS before _DEFLATED: the caller's thread keeps a result, then forgets its key
    if key in _SOON_KEYS or key in _DEFLATED:
        return key, None
    _SOON_KEYS.add(key)
    return key, _raw_deflate(data)


_SOON: list[Future[tuple[bytes, bytes | None]]] = []
_SOON_KEYS: set[bytes] = set()
"""Keys of what the thread deflated and ``deflate_ahead`` has not kept yet: a part submitted
twice (a chart's picture as it comes in, then with the deck's parts) is deflated once."""
_THREAD: list[Executor] = []


def _forget_thread() -> None:  # a forked child has no thread: it starts its own if it needs one
    _THREAD.clear()
    _SOON.clear()
    _SOON_KEYS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_thread)


def deflate_soon(data: bytes) -> None:
    """Start deflating ``data`` as :func:`deflate_ahead` would, in a thread: zlib and hashlib
    let go of the GIL on large inputs, so a chart's picture (~150 kB) is deflated on another
    core while the build process plans and writes on. ``deflate_ahead`` takes the result (the
    same bytes: the same zlib call)."""
    if not _THREAD:
        from concurrent.futures import ThreadPoolExecutor

        _THREAD.append(ThreadPoolExecutor(1, thread_name_prefix="deckmaker-deflate"))
    _SOON.append(_THREAD[0].submit(_keyed_deflate, data))


def _keep(key: bytes, deflated: bytes) -> None:
    _DEFLATED[key] = deflated
    size = sum(map(len, _DEFLATED.values()))
    while size > DEFLATED_KEPT and len(_DEFLATED) > 1:
        size -= len(_DEFLATED.popitem(last=False)[1])


def deflate_ahead(data: bytes) -> bytes:
    """``data`` deflated as a zip member of :func:`deterministic_zip` (a raw deflate stream at
    zlib's default level), kept for the zip: a part whose bytes are final before the deck is
    zipped (a chart's picture, as it comes in) can be deflated early (``deflate_soon``)."""
    while _SOON:  # only the caller's thread changes _DEFLATED: the thread's results kept here
        done, deflated = _SOON.pop(0).result()
        if deflated is not None:
            _keep(done, deflated)
            _SOON_KEYS.discard(done)
    key = hashlib.sha256(data).digest()
    kept = _DEFLATED.get(key)
    if kept is not None:
        _DEFLATED.move_to_end(key)
        return kept
    kept = _raw_deflate(data)
    _keep(key, kept)
    return kept


def repack(data: bytes) -> bytes:
    """A .pptx (any zip) re-packed as :func:`deterministic_zip` packs it."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        return deterministic_zip({name: src.read(name) for name in src.namelist()})


class _Members:
    """Stands in for python-pptx's zip writer: keeps each member's bytes by name."""

    def __init__(self) -> None:
        self.members: dict[str, bytes] = {}

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        self.members[pack_uri.membername] = blob
        if len(blob) >= SOON_FROM:  # deflated in the thread while the next parts serialise
            deflate_soon(blob)


_RELS_XML: dict[tuple[object, ...], bytes] = {}
RELS_KEPT = 4096
"""Relationship items kept (``_rels_xml``): a rebuild writes the same ~120 again."""


def _rels_xml(rels: Any) -> bytes:
    """``rels.xml`` (python-pptx's serialisation of a part's relationships), kept by what it is
    made of: the part's base URI and each relationship's id, type, mode and target (a part's
    name, of which its relative reference is made, or an external reference). A rebuild's
    slides copied from the store bring the same relationships each time; python-pptx built
    each item anew, element by element (~40% of collecting the deck's members)."""
    key: tuple[object, ...] = (rels._base_uri,) + tuple(  # noqa: SLF001
        (r.rId, r.reltype, r.is_external, r.target_ref if r.is_external else r.target_part.partname)
        for r in rels.values()
    )
    xml = _RELS_XML.get(key)
    if xml is None:
        if len(_RELS_XML) >= RELS_KEPT:
            _RELS_XML.clear()
        xml = _RELS_XML[key] = _serialized_rels(key)
    return xml


_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_RELATIONSHIPS = f"{{{_PR}}}Relationships"
_RELATIONSHIP = f"{{{_PR}}}Relationship"


def _serialized_rels(key: tuple[object, ...]) -> bytes:
    """The bytes of python-pptx's ``_Relationships.xml`` for a ``_rels_xml`` key, the elements
    made with lxml alone: python-pptx parses each ``<Relationship>`` from text and sets its
    attributes through its descriptors, and takes each target's relative reference with
    ``posixpath.relpath`` (a cold build's ~130 items, ~0.015 s of its CPU after the last
    chart). The same order (by the rIds' numbers), attributes (``TargetMode`` only when
    external: python-pptx leaves out its default) and serialisation (tests/test_rels_xml.py
    compares every item of written decks)."""
    base = str(key[0])
    items = cast("list[tuple[str, str, bool, str]]", list(key[1:]))
    items.sort(
        key=lambda i: (int(i[0][3:]) if i[0][:3] == "rId" and i[0][3:].isdigit() else 0, i[0])
    )
    root = etree.Element(_RELATIONSHIPS, nsmap={None: _PR})
    for rid, reltype, external, target in items:
        ref = str(target) if external else _relative_ref(str(target), base)
        attrib = {"Id": rid, "Type": reltype, "Target": ref}
        if external:
            attrib["TargetMode"] = "External"
        etree.SubElement(root, _RELATIONSHIP, attrib)
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def _relative_ref(partname: str, base: str) -> str:
    """``PackURI.relative_ref``: a part name (absolute, normalised) relative to a base URI,
    as ``posixpath.relpath`` makes it, without its two ``abspath`` calls."""
    if base == "/":
        return partname[1:]
    target, start = partname.split("/")[1:], base.split("/")[1:]
    n = 0
    for a, b in zip(target, start, strict=False):
        if a != b:
            break
        n += 1
    return "/".join([".."] * (len(start) - n) + target[n:]) or "."


class _CollectingWriter(PackageWriter):
    """python-pptx's package writer (content types, package and part relationships, parts)
    writing into a ``_Members`` instead of a zip file."""

    def collect(self) -> dict[str, bytes]:
        sink = _Members()
        self._write_content_types_stream(sink)  # type: ignore[arg-type]  # duck-typed writer
        self._write_pkg_rels(sink)  # type: ignore[arg-type]
        for part in self._parts:  # PackageWriter._write_parts, the relationship items kept
            sink.write(part.partname, part.blob)
            if part._rels:  # noqa: SLF001
                sink.write(part.partname.rels_uri, _rels_xml(part.rels))
        return sink.members


def members(prs: Presentation) -> dict[str, bytes]:
    """Every member python-pptx would write for ``prs``, by zip name."""
    package = prs.part.package
    writer = _CollectingWriter(io.BytesIO(), package._rels, tuple(package.iter_parts()))  # noqa: SLF001
    return writer.collect()


def pptx_bytes(prs: Presentation) -> bytes:
    """``prs`` as .pptx bytes: the same inputs give the same bytes (``deterministic_zip``)."""
    return deterministic_zip(members(prs))
