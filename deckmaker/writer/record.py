"""Fingerprints of slides and the record of ``deckmaker/record.py`` written into a deck.

A slide's fingerprint hashes what a presenter sees, not the XML that an editor rewrites on save:
each shape's kind, text (slide-number fields as ``#``), position and size in 1/100 mm, a
picture's image bytes, a table's cells, a chart's categories and values, and the notes.

Each shape is recorded too (:func:`slide_shapes`): its kind and text, its place, and its style
as an editor keeps it on save: the colour of its fill and line, and for each run with text its
bold, italic, underline, strike, colour, size and latin font, runs of one style counted once
(PowerPoint and LibreOffice split runs). What LibreOffice writes where deckmaker wrote nothing
(``noStrike``, ``u="none"``, a ``noFill`` fill or line, hex digits in lower case) reads as
deckmaker's nothing; sizes are compared in half points (LibreOffice saves 36.6 pt as 36.59).
"""

from __future__ import annotations

import functools
import hashlib
import io
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn

from ..layout.model import ChartBox, SlidePlan, TableBox, TextBox
from ..record import (
    CUSTOM_CT,
    ChartRecord,
    ElementText,
    FigureRecord,
    Record,
    ShapeNow,
    ShapeStyle,
    SlideRecord,
    SlideTexts,
    custom_xml,
    read_record,
    record_properties,
)

XML_ITEMS = True
"""Fingerprints read a slide's shapes from its XML where they can (``_xml_items``); False:
always through python-pptx's shapes, as the test comparing both does."""
_HMM = 360
"""EMU in 1/100 mm, the unit LibreOffice keeps positions in."""


@dataclass(frozen=True)
class DeckState:
    """A deck on disk: its record (None when deckmaker did not make it) and its slides now."""

    record: Record | None
    slides: tuple[SlideRecord, ...]
    """Each slide's fingerprint as written, and its title."""
    slides_saved_again: tuple[str, ...]
    """Each slide's fingerprint taking LibreOffice's 1/100 mm rounding of sizes into account."""
    shapes: tuple[list[ShapeNow], ...] = ()
    """Each slide's shapes now (:func:`slide_shapes`)."""


# -- fingerprints ----------------------------------------------------------------------------
_P, _R, _T, _BR, _FLD = (qn(t) for t in ("a:p", "a:r", "a:t", "a:br", "a:fld"))
_GROUP, _PICTURE, _TEXT_BODY = (qn(t) for t in ("p:grpSp", "p:pic", "p:txBody"))
_RUNS, _R_PR = frozenset((_R, _FLD)), qn("a:rPr")


def _text(el: etree._Element, styles: list[Any] | None = None) -> str:
    """The visible text of a text body: runs, line breaks as \\v, slide numbers as ``#``.
    With ``styles``, the style of each run with text (:func:`run_style`) is added to it in
    order, a run of the style before it not counted again (read in the same pass)."""
    paras = []
    for p in el.iter(_P):
        out = []
        for child in p:
            tag = child.tag
            if tag in _RUNS:
                text = "".join(t.text or "" for t in child.iter(_T))
                if styles is not None and text.strip():
                    style = _run_style(child.find(_R_PR))
                    if not styles or styles[-1] != style:
                        styles.append(style)
                if tag == _FLD and (child.get("type") or "").startswith("slidenum"):
                    text = "#"
                out.append(text)
            elif tag == _BR:
                out.append("\v")
        paras.append("".join(out))
    while paras and not paras[-1]:
        paras.pop()
    return unicodedata.normalize("NFC", "\n".join(p.rstrip() for p in paras))


def _hmm(emu: int) -> int:
    """EMU in 1/100 mm, rounded half up as LibreOffice rounds (round() goes to the even one)."""
    return (emu + _HMM // 2) // _HMM


def _shape_items(shapes: Any, out: list[Any]) -> list[Any]:
    """(kind, (x, y, w, h) in 1/100 mm, content) of each shape, groups' members after them."""
    for shape in shapes:
        el = shape._element
        xywh = (shape.left, shape.top, shape.width, shape.height)
        geometry = tuple(_hmm(int(v or 0)) for v in xywh)
        if el.tag == _GROUP:
            out.append(("group", geometry, ""))
            _shape_items(shape.shapes, out)
            continue
        if getattr(shape, "has_chart", False) and shape.has_chart:
            data = [
                (
                    tuple(str(c) for c in plot.categories),
                    tuple(
                        tuple(None if v is None else round(float(v), 6) for v in s.values)
                        for s in plot.series
                    ),
                )
                for plot in shape.chart.plots
            ]
            out.append(("chart", geometry, repr(data)))
        elif getattr(shape, "has_table", False) and shape.has_table:
            cells = [[_text(c._tc) for c in row.cells] for row in shape.table.rows]
            out.append(("table", geometry, repr(cells)))
        elif el.tag == _PICTURE:
            out.append(("picture", geometry, _digest(lambda _: shape.image, None)))
        else:
            out.append(_text_item(el, geometry))
    return out


def _digest(part_of: Callable[[Any], Any], key: Any) -> str:
    """A picture's content (``part_of(key).blob``) as a digest; '' when it cannot be read."""
    try:
        return hashlib.sha256(part_of(key).blob).hexdigest()
    except (KeyError, AttributeError, ValueError):
        return ""


def _text_item(el: Any, geometry: Any) -> tuple[str, Any, str]:
    """Any other shape: its place and its text."""
    body = el.find(_TEXT_BODY)
    return ("shape", geometry, _text(body) if body is not None else "")


_SP, _GRAPHIC_FRAME = qn("p:sp"), qn("p:graphicFrame")
_SHAPE_TAGS = frozenset(
    qn(t) for t in ("p:sp", "p:grpSp", "p:graphicFrame", "p:cxnSp", "p:pic", "p:contentPart")
)
"""What python-pptx counts as a slide's shapes (``SlideShapes``), in document order."""
_SP_PR, _XFRM, _P_XFRM = qn("p:spPr"), qn("a:xfrm"), qn("p:xfrm")
_OFF, _EXT, _BLIP_FILL, _BLIP = qn("a:off"), qn("a:ext"), qn("p:blipFill"), qn("a:blip")
_GRAPHIC, _GRAPHIC_DATA = qn("a:graphic"), qn("a:graphicData")
_TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
_TBL, _TR, _TC, _EMBED = qn("a:tbl"), qn("a:tr"), qn("a:tc"), qn("r:embed")


def _xml_items(slide: Any) -> list[Any] | None:
    """``_shape_items`` of the slide read from its XML, without python-pptx's shape proxies
    (~0.8 ms a slide of the sample deck): text shapes, pictures and tables whose place and
    size the slide itself gives. None for a slide with anything else (a group, a chart, a
    connector) or a shape whose place comes from its layout: ``_shape_items`` reads those."""
    return _read_slide(slide.shapes._spTree, slide.part.related_part, (0,), True, False)[0]


def _fingerprints(slide: Any, items: list[Any] | None, size_biases: Sequence[int]) -> list[str]:
    """:func:`slide_fingerprints` of the slide whose ``_xml_items`` are ``items``."""
    if items is None:
        items = _shape_items(slide.shapes, [])
    notes = ""
    if slide.has_notes_slide:
        body = slide.notes_slide.notes_text_frame
        notes = _text(body._txBody) if body is not None else ""
    out = []
    for bias in size_biases:
        shifted = [(k, (x, y, w + bias, h + bias), c) for k, (x, y, w, h), c in items]
        text = repr((shifted, notes))
        out.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    return out


def slide_fingerprints(slide: Any, size_biases: Sequence[int] = (0,)) -> list[str]:
    """16 hex digits of the slide's normalised content (see the module's doc), once per size
    bias: 1 undoes LibreOffice's saving of a width or height 1/100 mm short."""
    return _fingerprints(slide, _xml_items(slide) if XML_ITEMS else None, size_biases)


def slide_record(slide: Any) -> tuple[str, tuple[ShapeStyle, ...]]:
    """The slide's fingerprint (:func:`slide_fingerprints`) and its shapes as the record keeps
    them (:func:`slide_shapes`), read in one walk of its XML: what a write records of it."""
    tree, related = slide.shapes._spTree, slide.part.related_part
    items, shapes = _read_slide(tree, related, (0,), XML_ITEMS, now=False)
    return _fingerprints(slide, items, (0,))[0], tuple(shapes)


# -- each shape's style ------------------------------------------------------------------------
_C_NV_PR, _GRP_SP_PR, _TX_BODY_A = qn("p:cNvPr"), qn("p:grpSpPr"), qn("a:txBody")
_FILLS = {qn(f"a:{t}") for t in ("solidFill", "gradFill", "pattFill")}
_NO_FILL, _BLIP_FILL_A, _LN = qn("a:noFill"), qn("a:blipFill"), qn("a:ln")
_LATIN, _TC_PR, _PH = qn("a:latin"), qn("a:tcPr"), qn("p:ph")
_C_SLD, _SP_TREE = qn("p:cSld"), qn("p:spTree")
_UNKNOWN_PLACE = "0000"
"""The place of a shape that takes it from its layout: not compared."""


def _colour(el: Any) -> str:
    """A ``solidFill``'s colour (its kind, value and transforms), another fill's kind, or ``""``
    for none."""
    if el is None or el.tag == _NO_FILL:
        return ""
    if el.tag == _BLIP_FILL_A:
        return "blip"
    parts = [el.tag.rpartition("}")[2]]
    for c in el.iter():
        if c is el:
            continue
        value = c.get("val") or c.get("lastClr") or ""
        parts.append(f"{c.tag.rpartition('}')[2]}={value.upper()}")
    return " ".join(parts)


def _fill_of(parent: Any) -> str:
    if parent is None:
        return ""
    for child in parent:
        if child.tag in _FILLS or child.tag in (_NO_FILL, _BLIP_FILL_A):
            return _colour(child)
    return ""


def _half_points(sz: str | None) -> str:
    """A run's size (``sz``, 1/100 pt) in half points, rounded half up: LibreOffice saves 36.6 pt
    as 3659; a presenter's change of half a point or more still shows."""
    try:
        return str((int(sz or "") + 25) // 50)
    except ValueError:
        return ""


def run_style(rpr: Any) -> tuple[str, ...]:
    """A run's style as the record compares it, from its ``a:rPr`` (None: the run has none)."""
    if rpr is None:
        return ("",) * 7
    latin = rpr.find(_LATIN)
    return (
        "b" if rpr.get("b") in ("1", "true") else "",
        "i" if rpr.get("i") in ("1", "true") else "",
        "" if rpr.get("u") in (None, "none") else str(rpr.get("u")),
        "" if rpr.get("strike") in (None, "noStrike") else str(rpr.get("strike")),
        _half_points(rpr.get("sz")),
        _fill_of(rpr),
        (latin.get("typeface") or "") if latin is not None else "",
    )


_RUN_STYLES: dict[bytes, tuple[str, ...]] = {}
""":func:`run_style` by the ``a:rPr``'s XML: most runs of a deck share a few."""


def _run_style(rpr: Any) -> tuple[str, ...]:
    if rpr is None:
        return run_style(None)
    key = etree.tostring(rpr)
    out = _RUN_STYLES.get(key)
    if out is None:
        if len(_RUN_STYLES) >= 4096:  # a long-lived process (the build server): kept small
            _RUN_STYLES.clear()
        out = _RUN_STYLES[key] = run_style(rpr)
    return out


def _line_of(sp_pr: Any) -> str:
    ln = sp_pr.find(_LN) if sp_pr is not None else None
    return _fill_of(ln)


def _hex(value: Any, n: int) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:n]


def _label(text: str) -> str:
    line = next((x.strip() for x in text.replace("\v", " ").split("\n") if x.strip()), "")
    return line if len(line) <= 40 else line[:39].rstrip() + "…"


def shape_elements(slide: Any) -> list[Any]:
    """The slide's shape elements in the order of :func:`slide_shapes`."""
    return list(_walk(slide.shapes._spTree))


def _walk(tree: Any) -> Iterator[Any]:
    for el in tree.iterchildren():
        if el.tag in _SHAPE_TAGS:
            yield el
            if el.tag == _GROUP:
                yield from _walk(el)


def slide_shapes(slide: Any, size_biases: Sequence[int] = (0, 1)) -> list[ShapeNow]:
    """Each shape of the slide, groups' members after their group, in document order: its
    kind and text, place and style as the record keeps them (the module's doc), and a label;
    its place once per size bias (:func:`slide_fingerprints`), the last in ``place_saved_again``."""
    return _read_slide(slide.shapes._spTree, slide.part.related_part, size_biases, False)[1]


def part_shapes(part: Any) -> list[ShapeNow]:
    """:func:`slide_shapes` of a slide part, also one a write reused from its store as a plain
    part of bytes (``reuse.py``), which python-pptx cannot read as a slide."""
    element = getattr(part, "_element", None)
    if element is None:
        element = etree.fromstring(part.blob)
    tree = element.find(f"{_C_SLD}/{_SP_TREE}")
    return _read_slide(tree, part.related_part, (0,), False)[1] if tree is not None else []


_LOCAL = {tag: tag.rpartition("}")[2] for tag in _SHAPE_TAGS}


@functools.lru_cache(maxsize=4096)  # bounded: the build server is a long-lived process
def _style_hex_of(style: tuple[Any, ...]) -> str:
    """``_hex`` of a style, hashed as the list it is read into: most shapes of a deck share a
    few styles."""
    return _hex(list(style), 6)


def _style_hex(style: list[Any]) -> str:
    return _style_hex_of(tuple(style))


@functools.lru_cache(maxsize=4096)  # bounded: the build server is a long-lived process
def _place_hex(place: tuple[int, ...]) -> str:
    """``_hex(place, 4)``: the slides of a deck share a few places."""
    return _hex(place, 4)


def _name(el: Any) -> str:
    """A shape's name, from the ``cNvPr`` of its first child (``nvSpPr`` …)."""
    for first in el:
        nv = first.find(_C_NV_PR)
        break
    else:
        return ""
    if nv is None:
        nv = el.find(f"*/{_C_NV_PR}")
    return (nv.get("name") or "") if nv is not None else ""


def _read_slide(
    tree: Any,
    related_part: Callable[[str], Any],
    size_biases: Sequence[int],
    items: bool,
    now: bool = True,
) -> tuple[list[Any] | None, list[Any]]:
    """The slide's ``_xml_items`` (with ``items``; None when python-pptx must read them, or
    not asked) and its shapes, as :func:`slide_shapes` gives them (``now``) or their
    ``ShapeStyle`` alone, in one walk of ``tree``, its ``spTree``: a shape's text (with its
    runs' styles), a table's cells and a picture's digest are read once for all."""
    fp: list[Any] | None = [] if items else None
    out: list[Any] = []
    stack = [tree.iterchildren()]
    index = 0
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if tag not in _SHAPE_TAGS:
            continue
        name = _name(el) if now else None
        style: list[Any] = []
        text = ""
        fp_kind, fp_content = "shape", None  # the shape's _shape_items item: kind, content
        if tag == _GRAPHIC_FRAME:
            xfrm = el.find(_P_XFRM)
            graphic = el.find(_GRAPHIC)
            data = graphic.find(_GRAPHIC_DATA) if graphic is not None else None
            uri = data.get("uri") if data is not None else ""
            tbl = data.find(_TBL) if data is not None else None
            if tbl is not None:
                rows = list(tbl.iter(_TR))
                cells = []
                for tr in rows:
                    row = []
                    for tc in tr.iterchildren(_TC):  # each cell's fill, then its runs
                        style.append(_fill_of(tc.find(_TC_PR)))
                        row.append(_text(tc, style))
                    cells.append(row)
                content: Any = ("table", cells)
                text = "\n".join(c for row in cells for c in row)
                if fp is not None and uri == _TABLE_URI:
                    if len(rows) != sum(1 for _ in tbl.iterchildren(_TR)):  # rows in cells
                        cells = [[_text(tc) for tc in tr.iterchildren(_TC)] for tr in
                                 tbl.iterchildren(_TR)]  # fmt: skip
                    fp_kind, fp_content = "table", repr(cells)
            else:
                content = ("frame", uri)
                if uri == _TABLE_URI:
                    fp_kind, fp_content = "table", repr([])
            if fp_content is None:
                fp = None  # a chart: python-pptx reads it
        else:
            sp_pr = el.find(_GRP_SP_PR if tag == _GROUP else _SP_PR)
            xfrm = sp_pr.find(_XFRM) if sp_pr is not None else None
            style += [_fill_of(sp_pr), _line_of(sp_pr)]
            if tag == _PICTURE:
                blip = el.find(f"{_BLIP_FILL}/{_BLIP}")
                embed = blip.get(_EMBED) if blip is not None else None
                digest = _digest(related_part, embed) if embed is not None else ""
                content = ("picture", digest)
                fp_kind, fp_content = "picture", digest
            elif tag == _GROUP:
                content = ("group", "")
                fp = None  # a group: python-pptx reads it
                stack.append(el.iterchildren())  # its members next, after it
            else:
                body = el.find(_TEXT_BODY)
                text = _text(body, style) if body is not None else ""
                content = (_LOCAL[tag], text)
                if not text and el.find(f"*/*/{_PH}") is None:  # a shape of colour alone:
                    if name is None:
                        name = _name(el)
                    content += (name,)  # its name tells it from the others (LibreOffice keeps it)
                if tag != _SP:
                    fp = None  # a connector or content part: python-pptx reads it
                fp_content = text
        off = xfrm.find(_OFF) if xfrm is not None else None
        ext = xfrm.find(_EXT) if xfrm is not None else None
        places = [_UNKNOWN_PLACE] * len(size_biases)
        if off is not None and ext is not None:
            values = (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy"))
            try:
                x, y, w, h = (_hmm(int(v or 0)) for v in values)
            except ValueError:
                fp = None
            else:
                places = [_place_hex((x, y, w + b, h + b)) for b in size_biases]
                places = [_UNKNOWN_PLACE[:-1] + "1" if p == _UNKNOWN_PLACE else p for p in places]
                if fp is not None and not all(values):  # partly the layout's (or empty)
                    fp = None  # python-pptx reads it
                elif fp is not None:
                    fp.append((fp_kind, (x, y, w, h), fp_content))
        else:
            fp = None  # the place from the layout: python-pptx reads it
        shape = ShapeStyle(_hex(content, 6), places[0], _style_hex(style))
        out.append(ShapeNow(shape, places[-1], _label(text), name or "", index) if now else shape)
        index += 1
    return fp, out


def slide_title(slide: Any) -> str:
    """The text of the slide's title placeholder, else of its first shape with text."""
    shape = slide.shapes.title
    candidates = [shape] if shape is not None else []
    candidates += [s for s in slide.shapes if getattr(s, "has_text_frame", False)]
    for s in candidates:
        if s.has_text_frame:
            text = _text(s.text_frame._txBody).replace("\v", " ").split("\n")[0].strip()
            if text and text != "#":
                return text
    return ""


# -- what update needs: the texts that show figures ----------------------------------------
_NOT_FIGURES = ("footer", "number")
"""Text roles that never show a figure of the figures file."""


def chart_digest(box: ChartBox) -> str:
    """16 hex digits of what a chart shows (kind, title, categories, series, units, source):
    the same digest, the same chart; not its size, which the presenter may have changed."""
    c = box.chart
    data = (
        c.kind,
        c.title,
        tuple(c.categories),
        tuple((s.name, tuple(str(v) for v in s.values)) for s in c.series),
        c.unit,
        c.source,
        tuple(c.units),
        tuple(c.plan_kinds),
        tuple(str(v) for v in c.plan_lows),
        box.native,
    )
    return hashlib.sha256(repr(data).encode("utf-8")).hexdigest()[:16]


def _para_text(text: str) -> str:
    return text.replace("\n", "\v")  # a line break the planner chose is an <a:br/>


def slide_texts(plan: SlidePlan) -> SlideTexts:
    """The texts with digits on a laid-out slide (its text shapes, tables, notes, charts' alt
    texts) and its charts: what ``deckmaker update`` looks for on the slide later."""
    texts = []
    charts = []
    for el in plan.elements:
        if isinstance(el, TextBox) and el.role not in _NOT_FIGURES:
            text = "\n".join(_para_text(p.text) for p in el.paras)
            texts.append(ElementText(el.name, "text", text))
        elif isinstance(el, TableBox):
            cells = [c for row in (el.header, *el.rows) for c in row]
            texts.append(ElementText(el.name, "table", "\n".join(cells)))
        elif isinstance(el, ChartBox):
            texts.append(ElementText(el.name, "alt", el.alt))
            charts.append(ChartRecord(el.name, chart_digest(el), el.native))
    if plan.notes:
        texts.append(ElementText("", "notes", plan.notes))
    kept = tuple(t for t in texts if any(ch.isdigit() for ch in t.text))
    return SlideTexts(f"{plan.source}#{plan.continued}", kept, tuple(charts))


def record_texts(plans: Sequence[SlidePlan], figures: Mapping[str, FigureRecord]) -> dict:
    """Built slide number → :func:`slide_texts`, for the slides that show one of ``figures``."""
    shown = {n for f in figures.values() for n in f.slides}
    return {i: slide_texts(plans[i - 1]) for i in sorted(shown) if 0 < i <= len(plans)}


def custom_part(
    package: Any,
    slides: Sequence[SlideRecord],
    figures: Mapping[str, FigureRecord],
    texts: Mapping[int, SlideTexts],
    styles: Mapping[int, Sequence[ShapeStyle]] | None = None,
) -> None:
    """Write the record into ``package``'s ``docProps/custom.xml``, replacing one there."""
    data = custom_xml(record_properties(slides, figures, texts, styles))
    for rel in package._rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            rel.target_part._blob = data
            return
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_CT, package, data)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def add_record(
    prs: Any,
    titles: Sequence[str],
    figures: Mapping[str, FigureRecord],
    plans: Sequence[SlidePlan] = (),
    fingerprints: Sequence[str] | None = None,
    styles: Mapping[int, Sequence[ShapeStyle]] | None = None,
) -> None:
    """Add the record of the deck's slides and ``figures`` to ``prs``; with the ``plans``, the
    texts ``deckmaker update`` finds the figures by. The slides are fingerprinted now, unless
    their ``fingerprints`` are given; their shapes' styles are read now (in the same walk)
    unless ``styles`` gives them, by slide index from 0 (a write's :func:`slide_record`)."""
    known = styles or {}
    pres = prs.part
    records = {}
    for i, sld in enumerate(prs.slides._sldIdLst):
        if i in known:
            records[i + 1] = tuple(known[i])
        elif fingerprints is None:
            continue  # fingerprinted below, with its shapes
        else:
            records[i + 1] = tuple(s.shape for s in part_shapes(pres.related_part(sld.rId)))
    if fingerprints is None:
        fingerprints = []
        for i, slide in enumerate(prs.slides):
            fp, shapes = slide_record(slide)
            fingerprints.append(fp)
            records.setdefault(i + 1, shapes)
    slides = [SlideRecord(fp, t) for fp, t in zip(fingerprints, titles, strict=True)]
    texts = record_texts(plans, figures) if plans else {}
    custom_part(prs.part.package, slides, figures, texts, dict(sorted(records.items())))


def read_deck(data: bytes, record: Record | None = None) -> DeckState:
    """The record of a deck and the fingerprints of its slides now. Raises ``ValueError`` when
    the bytes are not a presentation python-pptx can open. ``record``: the deck's, when the
    caller has read it already (``read_record``: the zip opened once less)."""
    from pptx import Presentation

    if record is None:
        record = read_record(data)
    try:
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many kinds on a file that is no deck
        raise ValueError(str(exc)) from exc
    slides, again, shapes = [], [], []
    for s in prs.slides:
        items, now = _read_slide(s.shapes._spTree, s.part.related_part, (0, 1), XML_ITEMS)
        fp, fp_saved_again = _fingerprints(s, items, (0, 1))
        slides.append(SlideRecord(fp, slide_title(s)))
        again.append(fp_saved_again)
        shapes.append(now if record is not None and record.styles else [])
    return DeckState(record, tuple(slides), tuple(again), tuple(shapes))
