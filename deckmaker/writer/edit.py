"""Edit a deck a presenter has worked on, in place: the python-pptx half of ``deckmaker update``.

:class:`EditedDeck` opens the bytes of any .pptx (deckmaker's, or saved again by PowerPoint or
LibreOffice, which rewrite ids, split runs and drop attributes), lets ``update.py`` find a text
in a slide's shapes at paragraph level (runs joined, no-break spaces as spaces, word joiners
left out) and replace it keeping the first run's formatting, swap a chart picture's image, and
rewrite a native chart's data, caches and labels; the frame keeps its position and size.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn

from ..layout.model import ChartBox
from ..record import FigureRecord, ShapeNow, ShapeStyle, SlideRecord, SlideTexts
from .package import pptx_bytes
from .record import (
    custom_part,
    run_style,
    shape_elements,
    slide_fingerprints,
    slide_shapes,
    slide_title,
)
from .slides import SVG_EXT_URI, SVG_NS

_P, _R, _T, _BR, _FLD = (qn(t) for t in ("a:p", "a:r", "a:t", "a:br", "a:fld"))
_R_PR = qn("a:rPr")
_SKIP = frozenset("\u2060\u200b")
"""The word joiner the layout puts after a range's dash and the zero width space after a
ratio's "/" in a table cell ("bé trai/\u200b100 bé gái"); matching leaves them out."""


def normalize(text: str) -> tuple[str, list[int]]:
    """``text`` as matched (no-break spaces as spaces, word joiners left out, NFC as written)
    and, for each of its characters, where it is in ``text``."""
    out, where = [], []
    for i, ch in enumerate(text):
        if ch in _SKIP:
            continue
        out.append(" " if ch == "\u00a0" else ch)
        where.append(i)
    return "".join(out), where


_PLACEHOLDER_TYPES = {
    "Title": ("title", "ctrTitle"),
    "Subtitle": ("subTitle",),
    "Body": ("body", "obj"),
}
"""The placeholder types of the placeholders deckmaker writes under these names."""


@dataclass
class _Para:
    """A paragraph as text: each matched character's (child element, index in its text)."""

    element: Any
    text: str
    at: list[tuple[Any, int]]


def _para(p: Any) -> _Para:
    chars, at = [], []
    for child in p:
        if child.tag in (_R, _FLD):
            t = child.find(_T)
            raw = (t.text or "") if t is not None else ""
            for k, ch in enumerate(raw):
                if ch in _SKIP:
                    continue
                chars.append(" " if ch == "\u00a0" else ch)
                at.append((child, k))
        elif child.tag == _BR:
            chars.append("\v")
            at.append((child, -1))
    return _Para(p, "".join(chars), at)


def _replace_in_para(para: _Para, a: int, b: int, new: str) -> bool:
    """Replace matched characters ``a:b`` of ``para`` by ``new`` in the first run they touch,
    with that run's formatting; the rest of the span is cut from the runs after it."""
    new = new.replace("\v", " ")  # a line break in one run's text is no XML: a space
    touched = [el for el, _ in para.at[a:b]]
    if any(el.tag == _FLD for el in touched):  # a slide number field is not ours to change
        return False
    first, k1 = para.at[a]
    last, k2 = para.at[b - 1]
    if first.tag != _R:
        return False
    t1 = first.find(_T)
    raw1 = t1.text or ""
    if last is first:
        t1.text = raw1[:k1] + new + raw1[k2 + 1 :]
        return True
    t1.text = raw1[:k1] + new
    seen = {id(first)}
    for el in touched:
        if id(el) in seen:
            continue
        seen.add(id(el))
        if el is last and el.tag == _R:
            t = el.find(_T)
            rest = (t.text or "")[k2 + 1 :]
            if rest:
                t.text = rest
                continue
        el.getparent().remove(el)
    return True


_BOUNDARY_BEFORE = r"(?<![\w])(?<!\d[.,])"
_BOUNDARY_AFTER = r"(?![\w])(?![.,]\d)"


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


@dataclass(frozen=True)
class Place:
    """Where a text is wanted: the shape (its name and the kind of element) on a slide."""

    name: str
    kind: str  # text | table | notes | alt


@dataclass(frozen=True)
class Written:
    """Where :meth:`EditedDeck.replace_text` last wrote."""

    slide: int
    shape: int | None
    """The shape's index (``record.slide_shapes``' order); None: the notes."""
    mixed: bool
    """The text replaced spanned runs of different styles: the new one takes the first's."""


class EditedDeck:
    """A deck opened for ``deckmaker update``."""

    last: Written | None = None

    def __init__(self, data: bytes) -> None:
        try:
            self.prs = Presentation(io.BytesIO(data))
        except Exception as exc:  # python-pptx raises many kinds on a file that is no deck
            raise ValueError(str(exc)) from exc
        self.slides = list(self.prs.slides)

    # -- what the slides are now -------------------------------------------------------------
    def states(self) -> list[tuple[str, str, str]]:
        """Per slide: fingerprint, fingerprint as LibreOffice saves again, title."""
        out = []
        for s in self.slides:
            fp, again = slide_fingerprints(s, (0, 1))
            out.append((fp, again, slide_title(s)))
        return out

    def shapes(self) -> list[list[ShapeNow]]:
        """Per slide: its shapes now, as the record keeps them (``record.slide_shapes``)."""
        return [slide_shapes(s) for s in self.slides]

    def text_of(self, index: int) -> str:
        """All the text on slide ``index``: shapes, alt texts and notes."""
        return self._all_text(self.slides[index])

    def _all_text(self, slide: Any) -> str:
        parts = [_para(p).text for p in slide.shapes._spTree.iter(_P)]
        parts += [el.get("descr") or "" for el in slide.shapes._spTree.iter(qn("p:cNvPr"))]
        parts += [_para(p).text for p in self._notes_paras(slide)]
        return "\n".join(parts)

    def _shapes(self, slide: Any, name: str) -> list[Any]:
        """Shape elements called ``name``, groups' members included, in document order; when
        none is (LibreOffice renames placeholders "PlaceHolder N" on save), the placeholders of
        the type deckmaker's placeholder of that name has."""
        out = []
        for el in slide.shapes._spTree.iter(qn("p:cNvPr")):
            if (el.get("name") or "") == name:
                out.append(el.getparent().getparent())
        if out or name not in _PLACEHOLDER_TYPES:
            return out
        wanted = _PLACEHOLDER_TYPES[name]
        for ph in slide.shapes._spTree.iter(qn("p:ph")):
            if (ph.get("type") or "obj") in wanted:
                out.append(ph.getparent().getparent().getparent())
        return out

    def _notes_paras(self, slide: Any) -> list[Any]:
        if not slide.has_notes_slide:
            return []
        tf = slide.notes_slide.notes_text_frame
        return list(tf._txBody.iter(_P)) if tf is not None else []

    def _paras(
        self, slide: Any, place: Place, others: bool, recorded: frozenset[str]
    ) -> list[_Para]:
        """The paragraphs of the shape ``place``; with ``others``, those of the shapes on the
        slide that deckmaker did not write (``recorded``: the names it wrote), where a presenter
        may have pasted the text."""
        if place.kind == "notes":
            return [_para(p) for p in self._notes_paras(slide)]
        if not others:
            return [_para(p) for sh in self._shapes(slide, place.name) for p in sh.iter(_P)]
        out = []
        for sh in slide.shapes._spTree:
            nv = sh.find(".//" + qn("p:cNvPr"))
            if nv is None or (nv.get("name") or "") in recorded:
                continue
            out += [_para(p) for p in sh.iter(_P)]
        return out

    # -- replacing text ----------------------------------------------------------------------
    def replace_text(
        self,
        index: int,
        place: Place,
        old: str,
        new: str,
        context: tuple[str, str],
        recorded: frozenset[str] = frozenset(),
    ) -> bool:
        """Replace ``old`` (as matched: see :func:`normalize`) by ``new`` in the shape ``place``
        of slide ``index``, where its surroundings best match ``context`` (the text before and
        after it as written); False when it is not there any more."""
        slide = self.slides[index]
        before, after = context
        self.last = None
        if place.kind == "alt":
            return self._replace_alt(slide, place.name, old, new)
        pattern = re.compile(_BOUNDARY_BEFORE + re.escape(old) + _BOUNDARY_AFTER)
        for others in (False, True):
            if others and place.kind == "notes":
                break
            best = None
            for para in self._paras(slide, place, others, recorded):
                for m in pattern.finditer(para.text):
                    score = _common_suffix(before, para.text[: m.start()]) + _common_prefix(
                        after, para.text[m.end() :]
                    )
                    if best is None or score > best[0]:
                        best = (score, para, m.start(), m.end())
            if best is not None:
                _, para, a, b = best
                styles = {
                    run_style(el.find(_R_PR)) for el, _k in para.at[a:b] if el.tag in (_R, _FLD)
                }
                self.last = Written(index, self._shape_index(slide, para.element), len(styles) > 1)
                return _replace_in_para(para, a, b, new)
        return False

    def _shape_index(self, slide: Any, el: Any) -> int | None:
        """The index (``record.slide_shapes``' order) of the shape holding ``el``; None for
        the notes."""
        shapes = shape_elements(slide)  # held: lxml keeps one proxy per element while it lives
        elements = {id(e): k for k, e in enumerate(shapes)}
        while el is not None:
            if id(el) in elements:
                return elements[id(el)]
            el = el.getparent()
        return None

    def _replace_alt(self, slide: Any, name: str, old: str, new: str) -> bool:
        for sh in self._shapes(slide, name):
            nv = sh.find(".//" + qn("p:cNvPr"))
            descr, _ = normalize(nv.get("descr") or "")
            m = re.search(_BOUNDARY_BEFORE + re.escape(old) + _BOUNDARY_AFTER, descr)
            if m:
                nv.set("descr", descr[: m.start()] + new + descr[m.end() :])
                return True
        return False

    # -- charts ------------------------------------------------------------------------------
    def chart_frames(self, index: int, name: str) -> list[tuple[Any, int, int, bool, bool]]:
        """Shapes called ``name`` on slide ``index`` that hold a chart: (shape, width, height in
        EMU, native, with an SVG picture)."""
        out = []
        for shape in _walk(self.slides[index].shapes):
            if shape.name != name:
                continue
            if getattr(shape, "has_chart", False) and shape.has_chart:
                out.append((shape, int(shape.width), int(shape.height), True, False))
            elif shape._element.tag == qn("p:pic"):
                svg = shape._element.find(".//" + f"{{{SVG_NS}}}svgBlip") is not None
                out.append((shape, int(shape.width), int(shape.height), False, svg))
        return out

    def replace_picture(self, index: int, shape: Any, png: bytes, svg: bytes | None) -> None:
        """Show ``png`` (and ``svg``) in the picture ``shape``, at its place and size."""
        slide = self.slides[index]
        part = slide.part
        blip = shape._element.find(".//" + qn("a:blip"))
        old = blip.get(qn("r:embed"))
        _, rid = part.get_or_add_image_part(io.BytesIO(png))
        blip.set(qn("r:embed"), rid)
        _drop_unused(part, old)
        svg_blip = blip.find(".//" + f"{{{SVG_NS}}}svgBlip")
        if svg_blip is not None and svg is not None:
            from pptx.opc.constants import RELATIONSHIP_TYPE as RT
            from pptx.opc.package import Part
            from pptx.opc.packuri import PackURI

            package = part.package
            partname = package.next_partname("/ppt/media/image%d.svg")
            old_svg = svg_blip.get(qn("r:embed"))
            svg_part = Part(PackURI(partname), "image/svg+xml", package, svg)
            svg_blip.set(qn("r:embed"), part.relate_to(svg_part, RT.IMAGE))
            _drop_unused(part, old_svg)
        elif svg_blip is not None:  # no SVG drawn: the old one would show the old data
            ext = svg_blip.getparent()
            old_svg = svg_blip.get(qn("r:embed"))
            ext.getparent().remove(ext)
            _drop_unused(part, old_svg)
        assert SVG_EXT_URI  # the extension deckmaker writes (slides.py)

    def replace_native(self, shape: Any, box: ChartBox, lang: str) -> None:
        """Rewrite the native chart in ``shape`` from ``box``: its XML (data caches, labels,
        axes) and its embedded workbook, as a fresh build writes them; the frame stays."""
        from .native import add_native_chart

        scratch = Presentation()
        if self.prs.slide_width and self.prs.slide_height:
            scratch.slide_width = self.prs.slide_width
            scratch.slide_height = self.prs.slide_height
        s = scratch.slides.add_slide(scratch.slide_layouts[6])
        fresh = add_native_chart(s, box, lang).chart_part
        part = shape.chart_part
        old_ext = part._element.find(qn("c:externalData"))
        rid = old_ext.get(qn("r:id")) if old_ext is not None else None
        element = copy.deepcopy(fresh._element)
        ext = element.find(qn("c:externalData"))
        if ext is not None and rid is not None:
            ext.set(qn("r:id"), rid)
        elif ext is not None:
            element.remove(ext)
        part._element = element
        part.__dict__.pop("chart", None)  # python-pptx keeps the Chart of the old XML
        part.chart_workbook.update_from_xlsx_blob(fresh.chart_workbook.xlsx_part.blob)

    # -- saving ------------------------------------------------------------------------------
    def fingerprints(self, before: list[str], touched: set[int]) -> list[str]:
        """Each slide's fingerprint now (``writer/record.py``): ``before``, where the slide
        was not ``touched``."""
        return [
            slide_fingerprints(s)[0] if i in touched else before[i]
            for i, s in enumerate(self.slides)
        ]

    def save(
        self,
        slides: list[SlideRecord],
        figures: Mapping[str, FigureRecord],
        texts: Mapping[int, SlideTexts],
        styles: Mapping[int, tuple[ShapeStyle, ...]] | None = None,
    ) -> bytes:
        """The deck's bytes with the record refreshed (``slides`` as built, ``figures`` and
        ``texts`` as they read now, ``styles`` by built slide number): a later ``build``,
        ``diff`` or ``update`` starts from it."""
        custom_part(self.prs.part.package, slides, figures, texts, styles)
        return pptx_bytes(self.prs)


def _walk(shapes: Any) -> Iterator[Any]:
    for shape in shapes:
        if shape._element.tag == qn("p:grpSp"):
            yield from _walk(shape.shapes)
        else:
            yield shape


def _drop_unused(part: Any, rid: str | None) -> None:
    """Drop the relationship ``rid`` of ``part`` when nothing in its XML refers to it now."""
    if not rid:
        return
    xml = etree.tostring(part._element)
    if f'"{rid}"'.encode() not in xml:
        part.drop_rel(rid)
