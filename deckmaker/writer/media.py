"""The package's pictures indexed for one write: python-pptx's numbering, without its searches.

Each ``get_or_add_image_part`` of python-pptx walks every relationship of the package to find
a picture with the same SHA-1 (hashing every picture's bytes again each time) and walks every
part once more to number a new one; a deck of 61 slides with a dozen charts spends a good part
of its write there (most of a preview's rewrite, where the unchanged slides are replayed).
``index_media`` replaces the package's image-part finder with one that keeps the SHA-1s and the
media part names it has seen, so each picture costs one hash. The names it gives are those
python-pptx gives (``next_image_partname``'s first free number among every
``/ppt/media/image*`` part, duplicates counted as it counts them; ``next_partname``'s
downward search for an SVG), and an existing picture is found as its search finds it (the first
in relationship order), so the deck's bytes are unchanged.

A PNG (its signature: what Pillow's PNG plugin accepts, and no other format's plugin does) is
named ``png`` without opening it in Pillow (python-pptx opens every picture there three times:
its format, and its pixel size and dpi for a native size the writer never asks for, every box
having both sides), which also spares a build Pillow's image plugins: ~0.02 s of CPU in a cold
build of the sample deck, all of it on the build process's path. A picture's native size is
still read when a side is missing (``_SizedImagePart.scale``); pictures from the outline were
opened in Pillow when they were loaded (``pictures.load_picture``), chart pictures are ours.

Only pictures added through the index (``get_or_add_image_part`` and ``svg_partname``) are
known to it: every media part of a write must come through here once ``index_media`` ran.
"""

from __future__ import annotations

import hashlib
import struct
from typing import IO, Any

from pptx.opc.packuri import PackURI
from pptx.package import _ImageParts
from pptx.parts.image import Image, ImagePart

MEDIA_PREFIX = "/ppt/media/image"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class _SizedImagePart(ImagePart):
    """An ``ImagePart`` that reads its native size (Pillow, twice) only when a side is missing:
    ``ImagePart.scale`` reads it first and returns both given sides unchanged."""

    def scale(self, scaled_cx: int | None, scaled_cy: int | None) -> tuple[int, int]:
        if scaled_cx and scaled_cy:
            return scaled_cx, scaled_cy
        return super().scale(scaled_cx, scaled_cy)


class _IndexedImageParts(_ImageParts):
    def __init__(self, package: Any) -> None:
        super().__init__(package)
        self._by_sha1: dict[str, Any] = {}
        for part in _ImageParts.__iter__(self):  # relationship order: the first one wins
            if hasattr(part, "sha1"):  # not an SVG
                self._by_sha1.setdefault(part.sha1, part)
        self._names = [
            str(p.partname) for p in package.iter_parts() if p.partname.startswith(MEDIA_PREFIX)
        ]

    def get_or_add_image_part(self, image_file: str | IO[bytes]) -> ImagePart:
        image = Image.from_file(image_file)
        part = self._by_sha1.get(image.sha1)
        if part is None:
            if image.blob.startswith(PNG_SIGNATURE):
                # ``Image.ext`` is a python-pptx lazyproperty (kept in __dict__); Pillow's
                # format for this signature is "PNG", which python-pptx names "png"
                image.__dict__["ext"] = "png"
            name = self._next_image_partname(image.ext)
            part = _SizedImagePart(
                name, image.content_type, self._package, image.blob, image.filename
            )
            self._by_sha1[image.sha1] = part
            self._names.append(str(name))
        return part

    def _next_image_partname(self, ext: str) -> PackURI:
        """``Package.next_image_partname``: the first number missing from the sorted numbers
        of every media image part (a number twice, as image3.png and image3.svg, counts
        twice there)."""
        idxs = sorted(i for i in (PackURI(n).idx for n in self._names) if i is not None)
        idx = len(idxs) + 1
        for i, image_idx in enumerate(idxs):
            if i + 1 < image_idx:
                idx = i + 1
                break
        return PackURI(f"{MEDIA_PREFIX}{idx}.{ext}")

    def svg_partname(self) -> PackURI:
        """``Package.next_partname("/ppt/media/image%d.svg")``: searched from the count of
        media parts + 1 downward."""
        names = set(self._names)
        for n in range(len(names) + 1, 0, -1):
            candidate = f"{MEDIA_PREFIX}{n}.svg"
            if candidate not in names:
                self._names.append(candidate)
                return PackURI(candidate)
        raise AssertionError("no free SVG part name")  # pragma: no cover - as python-pptx

    def swap(self, old: bytes, new: bytes) -> bool:
        """Put ``new`` in the part that holds ``old`` (a picture added before its bytes were
        known); False, and nothing changed, when another part holds ``new`` already (python-pptx
        would have shared that part: the caller writes again)."""
        old_sha1, new_sha1 = hashlib.sha1(old).hexdigest(), hashlib.sha1(new).hexdigest()
        part = self._by_sha1.get(old_sha1)
        if part is None or new_sha1 in self._by_sha1:
            return False
        del self._by_sha1[old_sha1]
        part._blob = new  # noqa: SLF001 - python-pptx keeps a part's bytes there
        self._by_sha1[new_sha1] = part
        return True


def index_media(prs: Any) -> None:
    """Give ``prs``'s package the indexed image-part finder for the rest of this write."""
    package = prs.part.package
    # ``Package._image_parts`` is a python-pptx lazyproperty: it keeps what is in __dict__.
    package.__dict__["_image_parts"] = _IndexedImageParts(package)


def swap_blob(package: Any, old: bytes, new: bytes) -> bool:
    """``_IndexedImageParts.swap`` on ``package`` (False without ``index_media``)."""
    parts = package.__dict__.get("_image_parts")
    return isinstance(parts, _IndexedImageParts) and parts.swap(old, new)


def placeholder_png(n: int) -> bytes:
    """A PNG of one pixel, different for each ``n``, that no chart or picture is: it holds a
    chart picture's place (and its part's name) until the chart is drawn."""
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    text = b"deckmaker\0pending chart " + str(n).encode()
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
        + chunk(b"tEXt", text)
        + chunk(b"IDAT", zlib.compress(b"\0\0"))
        + chunk(b"IEND", b"")
    )


def svg_partname(package: Any) -> PackURI:
    """The name of a new SVG picture part, as ``package.next_partname`` would give it."""
    parts = package.__dict__.get("_image_parts")
    if isinstance(parts, _IndexedImageParts):
        return parts.svg_partname()
    return PackURI(package.next_partname(f"{MEDIA_PREFIX}%d.svg"))
