"""SlidePlans to python-pptx slides: text boxes, shapes, pictures, tables and notes."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.slide import CT_NotesSlide
from pptx.parts.slide import NotesSlidePart
from pptx.util import Emu

if TYPE_CHECKING:
    from pptx.dml.color import RGBColor
    from pptx.oxml.text import CT_TextParagraph
    from pptx.presentation import Presentation as PresentationT
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.picture import Picture
    from pptx.shapes.placeholder import SlidePlaceholder
    from pptx.slide import Slide
    from pptx.text.text import TextFrame

from ..layout.model import (
    Align,
    Anchor,
    Box,
    ChartBox,
    DeckMeta,
    Para,
    PictureBox,
    Run,
    ShapeBox,
    SlidePlan,
    TableBox,
    TextBox,
)
from ..record import FigureRecord, ShapeStyle
from ..theme.model import Theme
from ..units import Length
from .layouts import (
    GeneratedLayouts,
    new_slide,
    on_master,
    reading_order,
    slot_for,
)
from .master import generated_presentation
from .media import index_media, placeholder_png, svg_partname, swap_blob
from .package import deflate_soon, deterministic_zip, members, repack
from .record import add_record, slide_record
from .reuse import SlideReuse
from .template import (
    TemplateLayouts,
    clear_letter_spacing,
    fill_chrome,
    open_template,
    set_default_language,
    set_theme_fonts,
)
from .xpath import qn

NOTES = "/ppt/notesSlides/notesSlide"
"""The name of a notes slide part, its number and ".xml" after it."""
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
SVG_EXT_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
_ANCHOR = {
    Anchor.TOP: MSO_ANCHOR.TOP,
    Anchor.MIDDLE: MSO_ANCHOR.MIDDLE,
    Anchor.BOTTOM: MSO_ANCHOR.BOTTOM,
}
DECORATIVE_EXT_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
COPIES = True
"""Text boxes, decorative shapes, table cells and text properties are copies of ones python-pptx
made (and the writer set up) once per set of values, the same XML as making each through
python-pptx's proxies (False: made each time, as the test comparing both does)."""
DECORATIVE_TEXT = frozenset({"Quote Mark"})
"""Text boxes that only ornament (a quote's big opening mark): decorative, not read."""


@dataclass(frozen=True)
class ChartImage:
    png: bytes
    svg: bytes | None = None


_E = TypeVar("_E", bound=etree._Element)


def _clone(el: _E) -> _E:
    """``copy.deepcopy(el)``: lxml's ``__copy__`` copies the whole subtree (its ``__deepcopy__``
    does the same), here without ``copy.deepcopy``'s dispatch and memo (~1 us of ~3 a call,
    ~3,000 calls in a write of the sample deck)."""
    return el.__copy__()  # type: ignore[attr-defined]  # lxml-stubs lack it


def _rgb(hex_color: str) -> str:
    return hex_color.lstrip("#").upper()


def _solid_fill(parent: etree._Element, hex_color: str) -> None:
    fill = etree.SubElement(parent, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=_rgb(hex_color))


class _SlideWriter:
    def __init__(
        self,
        prs: PresentationT,
        meta: DeckMeta,
        charts: Mapping[int, ChartImage],
        layouts: GeneratedLayouts | TemplateLayouts,
    ):
        self.prs = prs
        self.meta = meta
        self.charts = charts
        self.layouts = layouts
        """Where each slide goes: the generated master's layouts or an agency template's."""
        self.pending: dict[int, bytes] = {}
        """Charts still being drawn, by ``id(chart)``: the placeholder PNG put in their place."""
        ready = getattr(charts, "ready", None)
        self._ready = ready if callable(ready) and getattr(charts, "svg", True) is False else None
        self.notes: int | None = None
        """How many notes slides the package has, once counted (None: count them again, e.g.
        after a slide was placed from the reuse store)."""
        self._blank_notes: Any = None
        """A new notes slide's XML, its master's placeholders cloned (``notes_slide``)."""
        self._holder = etree.Element(qn("a:p"), nsmap={"a": _A_NS})
        """Where ``_props`` and ``_paragraph_props`` keep the elements they copy."""
        self._made: dict[tuple[Any, ...], etree._Element] = {}

    def notes_slide(self, slide: Slide) -> Any:  # python-pptx's NotesSlide, loosely typed
        """``slide.notes_slide``, a new one numbered as python-pptx's ``NotesSlidePart.new``
        numbers it (the first free ``notesSlideN``: parts are never removed, so the count plus
        one once the numbers are known to be 1..count) without its search of every part of the
        package for each new notes slide (~0.02 s CPU for the sample deck's 52)."""
        part = slide.part
        if "notes_slide" in part.__dict__ or any(
            r.reltype == RT.NOTES_SLIDE for r in part.rels.values()
        ):
            return slide.notes_slide
        package = part.package
        if self.notes is None:
            names = {str(p.partname) for p in package.iter_parts() if p.partname.startswith(NOTES)}
            if names != {f"{NOTES}{n}.xml" for n in range(1, len(names) + 1)}:
                return slide.notes_slide  # numbers with gaps: python-pptx finds the first
            self.notes = len(names)
        master = package.presentation_part.notes_master_part  # NotesSlidePart.new, in order
        blank = self._blank_notes if COPIES else None
        notes = NotesSlidePart(
            PackURI(f"{NOTES}{self.notes + 1}.xml"),
            CT.PML_NOTES_SLIDE,
            package,
            CT_NotesSlide.new() if blank is None else copy.deepcopy(blank),
        )
        notes.relate_to(master, RT.NOTES_MASTER)
        notes.relate_to(part, RT.SLIDE)
        if blank is None:
            notes.notes_slide.clone_master_placeholders(master.notes_master)
            # every new notes slide gets the same clones of the same master's placeholders
            # (ids and names counted on the notes slide itself): later ones are copies
            self._blank_notes = copy.deepcopy(notes._element)
        part.relate_to(notes, RT.NOTES_SLIDE)  # SlidePart._add_notes_slide_part
        self.notes += 1
        return slide.notes_slide

    # -- text ------------------------------------------------------------------------------
    def _run_props(
        self, rpr: etree._Element, font: str, size_pt: float, color: str, bold: bool, italic: bool
    ) -> None:
        rpr.set("lang", self.meta.lang)
        rpr.set("sz", str(round(size_pt * 100)))
        rpr.set("b", "1" if bold else "0")
        rpr.set("i", "1" if italic else "0")
        rpr.set("dirty", "0")
        for child in list(rpr):
            rpr.remove(child)
        _solid_fill(rpr, color)
        for tag in ("a:latin", "a:ea", "a:cs"):
            etree.SubElement(rpr, qn(tag), typeface=font)

    def _rpr(self, parent: etree._Element, tag: str, *props: Any) -> None:
        """A new ``tag`` (``a:rPr``, ``a:endParaRPr``) set up by ``_run_props`` for ``props``
        (font, size, colour, bold, italic) added to ``parent``: with ``COPIES``, a copy of the
        one made the first time for the same values."""
        if not COPIES:
            self._run_props(etree.SubElement(parent, qn(tag)), *props)
            return
        key = (tag, self.meta.lang, *props)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = etree.SubElement(self._holder, qn(tag))
            self._run_props(made, *props)
        parent.append(_clone(made))

    @staticmethod
    def _paragraph_props(ppr: etree._Element, para: Para, box: TextBox) -> None:
        ppr.set("marL", str(int(para.indent)))
        ppr.set("indent", str(-int(para.hanging)))
        ppr.set("algn", para.align.value)
        ppr.set("lvl", str(max(0, para.level - 1)))
        for child in list(ppr):
            ppr.remove(child)
        ln = etree.SubElement(ppr, qn("a:lnSpc"))
        etree.SubElement(ln, qn("a:spcPct"), val=str(round(para.line_spacing * 100000)))
        sb = etree.SubElement(ppr, qn("a:spcBef"))
        etree.SubElement(sb, qn("a:spcPts"), val=str(round(para.space_before_pt * 100)))
        sa = etree.SubElement(ppr, qn("a:spcAft"))
        etree.SubElement(sa, qn("a:spcPts"), val="0")
        if para.bullet:
            if para.bullet_color:
                bc = etree.SubElement(ppr, qn("a:buClr"))
                etree.SubElement(bc, qn("a:srgbClr"), val=_rgb(para.bullet_color))
            etree.SubElement(ppr, qn("a:buFont"), typeface=box.font)
            etree.SubElement(ppr, qn("a:buChar"), char=para.bullet)
        else:
            etree.SubElement(ppr, qn("a:buNone"))

    def _ppr(self, paragraph: CT_TextParagraph, para: Para, box: TextBox) -> None:
        """``paragraph``'s ``a:pPr`` (indents, alignment, level, spacing, bullet) set up by
        ``_paragraph_props``; with ``COPIES`` (``paragraph`` new and empty), a copy of the one
        made the first time for the same values."""
        if not COPIES:
            self._paragraph_props(paragraph.get_or_add_pPr(), para, box)
            return
        key = (
            "a:pPr",
            int(para.indent),
            int(para.hanging),
            para.align.value,
            para.level,
            round(para.line_spacing * 100000),
            round(para.space_before_pt * 100),
            para.bullet,
            para.bullet_color if para.bullet else None,
            box.font if para.bullet else None,
        )
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = etree.SubElement(self._holder, qn("a:pPr"))
            self._paragraph_props(made, para, box)
        assert len(paragraph) == 0  # its pPr goes first
        paragraph.append(_clone(made))  # type: ignore[arg-type]  # lxml's stubs

    def _paragraph(self, paragraph: CT_TextParagraph, para: Para, box: TextBox) -> None:
        """``para`` written into ``paragraph``, a new, empty ``a:p``."""
        p_el: etree._Element = paragraph  # what is added to it: plain elements
        self._ppr(paragraph, para, box)
        for run in para.runs:
            props = (
                box.font,
                run.size_pt or para.size_pt,
                run.color or box.color,
                run.bold or para.bold,
                run.italic,
            )
            if box.role == "number":
                fld = etree.SubElement(
                    p_el, qn("a:fld"), id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum"
                )
                self._rpr(fld, "a:rPr", *props)
                etree.SubElement(fld, qn("a:t")).text = run.text
                continue
            for k, piece in enumerate(run.text.split("\n")):
                if k:  # a line break the planner chose (titles): <a:br/> keeps one paragraph
                    self._rpr(etree.SubElement(p_el, qn("a:br")), "a:rPr", *props)
                if not piece and "\n" in run.text:
                    continue  # a run starting or ending with its break: no empty run around it
                r = etree.SubElement(p_el, qn("a:r"))
                self._rpr(r, "a:rPr", *props)
                etree.SubElement(r, qn("a:t")).text = piece
        self._rpr(p_el, "a:endParaRPr", box.font, para.size_pt, box.color, para.bold, False)

    def _fill_text_frame(self, tf: TextFrame, box: TextBox, autofit: bool = False) -> None:
        _set_up_frame(tf, box.anchor, box.inset, autofit)
        self._paragraphs(tf._txBody, box)

    def _paragraphs(self, body: Any, box: TextBox) -> None:
        """``box``'s paragraphs added to the text body ``body`` (which has none)."""
        for para in box.paras or (Para((), 12.0),):
            self._paragraph(body.add_p(), para, box)

    def text_box(
        self,
        slide: Slide,
        box: TextBox,
        title_placeholder: SlidePlaceholder | None = None,
        autofit: bool = False,
    ) -> None:
        b = box.box
        if title_placeholder is None and COPIES:  # a copy of python-pptx's own, filled in
            sp = _text_box_sp(slide, box)
            self._paragraphs(sp.find(_TX_BODY), box)
            if box.name in DECORATIVE_TEXT:
                mark_decorative(sp.find(_NV_SP_PR)[0])
            return
        if title_placeholder is not None and COPIES and not box.fill and not box.line:
            ph: Any = title_placeholder._element
            body = _fill_placeholder(ph, box, autofit)
            if body is not None:  # a placeholder as the layout's clone made it, now set up
                self._paragraphs(body, box)
                if box.name in DECORATIVE_TEXT:
                    mark_decorative(ph.find(_NV_SP_PR)[0])
                return
        if title_placeholder is not None:
            shape: SlidePlaceholder | Shape = title_placeholder
            shape.left, shape.top, shape.width, shape.height = _emu(b)
        else:
            shape = slide.shapes.add_textbox(*_emu(b))
        shape.name = box.name
        if box.fill:  # through python-pptx, which keeps spPr's children in schema order
            shape.fill.solid()
            shape.fill.fore_color.rgb = _rgb_obj(box.fill)
        if box.line:
            shape.line.width = 12700
            shape.line.color.rgb = _rgb_obj(box.line)
        self._fill_text_frame(shape.text_frame, box, autofit)
        if box.name in DECORATIVE_TEXT:
            mark_decorative(shape._element.nvSpPr.cNvPr)  # type: ignore[union-attr]  # oxml

    # -- other elements ----------------------------------------------------------------------
    def shape_box(self, slide: Slide, box: ShapeBox) -> None:
        """A decorative shape: a copy of the one python-pptx makes (``_shape_box_template``)
        with this box's id, name, place, size and colours."""
        if COPIES:
            sp = _clone(_shape_box_template(box.shape, bool(box.line)))
            _place(sp, slide, box.name, box.box)
            sp_pr = sp.find(_SP_PR)
            sp_pr.find(_SOLID_FILL)[0].set("val", _rgb(box.fill))
            if box.line:
                sp_pr.find(_LN)[0][0].set("val", _rgb(box.line))
        else:
            shape = slide.shapes.add_shape(_SHAPES[box.shape], *_emu(box.box))
            shape.name = box.name
            _set_up_shape(shape, box.fill, box.line)
            sp = shape._element
        if box.name == BACKING:
            _unstyled(sp)

    def picture(
        self, slide: Slide, box: PictureBox | ChartBox, data: bytes | str, svg: bytes | None = None
    ) -> etree._Element:
        """Add the picture at ``box``; returns its ``p:pic``."""
        b = box.box
        src = io.BytesIO(data) if isinstance(data, bytes) else data
        pic = slide.shapes.add_picture(src, *_emu(b))
        pic.name = box.name
        pic._pic.nvPicPr.cNvPr.set("descr", box.alt)  # type: ignore[attr-defined]  # untyped oxml
        if svg is not None:
            self._add_svg(slide, pic, svg)
        return pic._element

    def chart_picture(self, slide: Slide, box: ChartBox) -> etree._Element:
        """The chart's picture; a chart still being drawn gets a placeholder picture (its part
        named and related as the chart's own would be) and the write goes on: ``resolve``
        puts the chart's bytes in it at the end, so the writer never waits on a worker."""
        key = id(box.chart)
        if self._ready is not None and (key in self.pending or not self._ready(key)):
            png = self.pending.setdefault(key, placeholder_png(len(self.pending) + 1))
            return self.picture(slide, box, png)
        image = self.charts[key]
        if self._ready is not None:  # a cold build's: deflated for the zip now, not at its end
            deflate_soon(image.png)
        return self.picture(slide, box, image.png, image.svg)

    def resolve(self) -> bool:
        """Put each pending chart's picture in its placeholder's part (waiting for it to be
        drawn); False when a picture's bytes are another part's too (a full write would have
        shared that part: write again without placeholders)."""
        package = self.prs.part.package
        waiting = list(self.pending.items())
        while waiting:  # those drawn first, then wait for the deck's first still being drawn
            ready = self._ready
            i = next((i for i, (key, _) in enumerate(waiting) if ready and ready(key)), 0)
            key, png = waiting.pop(i)
            chart = self.charts[key].png
            if not swap_blob(package, png, chart):
                return False
            # Deflated for the zip now, while the workers draw the rest, rather than at the
            # end when every chart is in and nothing else is left to do (~0.04 s CPU for the
            # sample deck's 13 pictures), and in a thread (zlib lets go of the GIL), so that
            # this process writes on meanwhile: off the build's critical path.
            deflate_soon(chart)
        return True

    def _add_svg(self, slide: Slide, pic: Picture, svg: bytes) -> None:
        package = slide.part.package
        part = Part(svg_partname(package), "image/svg+xml", package, svg)
        rid = slide.part.relate_to(part, RT.IMAGE)
        blip = pic._pic.blipFill.find(qn("a:blip"))  # type: ignore[attr-defined]  # untyped oxml
        ext_lst = etree.SubElement(blip, qn("a:extLst"))
        ext = etree.SubElement(ext_lst, qn("a:ext"), uri=SVG_EXT_URI)
        svg_blip = etree.SubElement(ext, f"{{{SVG_NS}}}svgBlip", nsmap={"asvg": SVG_NS})
        svg_blip.set(qn("r:embed"), rid)

    def table(self, slide: Slide, tb: TableBox) -> etree._Element:
        """Add the table at ``tb``'s box; returns its ``p:graphicFrame``."""
        b = tb.box
        n_rows, n_cols = len(tb.rows) + 1, len(tb.header)
        gframe = slide.shapes.add_table(n_rows, n_cols, *_emu(b))
        gframe.name = tb.name
        table = gframe.table
        tbl_pr = table._tbl.tblPr
        assert tbl_pr is not None  # python-pptx writes a new table with one
        tbl_pr.set("bandRow", "0")
        tbl_pr.set("firstRow", "1")  # the header row, marked for a screen reader (issue 18)
        style = tbl_pr.find(qn("a:tableStyleId"))
        if style is not None:
            tbl_pr.remove(style)
        for i, w in enumerate(tb.col_widths):
            table.columns[i].width = w
        for i, h in enumerate(tb.row_heights):
            table.rows[i].height = h
        all_rows = [tb.header, *tb.rows]
        margin = tb.inset // 2 if tb.margin_v is None else tb.margin_v
        for r, (row, tr) in enumerate(zip(all_rows, table._tbl.tr_lst, strict=True)):
            for c, (text, blank) in enumerate(zip(row, tr.tc_lst, strict=True)):
                header = r == 0
                strong = not header and r - 1 in tb.highlight
                fill = tb.header_fill if header else (tb.band_fill if r % 2 == 0 else None)
                if strong and tb.highlight_fill:
                    fill = tb.highlight_fill
                if COPIES:
                    tc = _clone(_cell_template(int(tb.inset), int(margin), bool(fill)))
                    if fill:
                        tc.find(_TC_PR).find(_SOLID_FILL)[0].set("val", _rgb(fill))
                    tr.replace(blank, tc)  # type: ignore[arg-type]  # a new table's blank cell
                else:
                    tc = blank
                    _set_up_cell(tc, int(tb.inset), int(margin), fill)
                color = tb.header_color if header else tb.text_color
                align = tb.align[c] if c < len(tb.align) else Align.LEFT
                para = Para((_run(text),), tb.size_pt, align=align, bold=header or strong)
                box = TextBox(b, (para,), tb.font, color, "cell")
                self._paragraph(tc.find(_A_TX_BODY).add_p(), para, box)
        return gframe._element

    # -- slides ----------------------------------------------------------------------------
    def slide(self, plan: SlidePlan) -> None:
        place = self.layouts.placement(plan)
        built = new_slide(self.prs, plan, place, COPIES)
        slide, slots = built.slide, built.slots
        tree = slide.shapes._spTree
        for el in plan.elements:
            if isinstance(el, TextBox):
                slot = slot_for(el, plan)
                ph = slots.pop(slot or "", None)
                if ph is not None and place.template_chrome and slot in ("footer", "number"):
                    fill_chrome(ph, el, self.meta.lang, len(self.prs.slides))
                    tree.append(ph._element)
                    continue
                self.text_box(slide, el, ph, autofit=ph is not None and slot in place.autofit)
                if ph is not None:
                    # the placeholder came with the layout, first in z-order: move it to its
                    # place in the plan so shapes drawn before it stay behind it
                    tree.append(ph._element)
            elif isinstance(el, ShapeBox):
                self.shape_box(slide, el)
            elif isinstance(el, ChartBox) and el.native:
                from .native import add_native_chart

                frame = add_native_chart(slide, el, self.meta.lang)
                built.bind(frame._element, "chart")
            elif isinstance(el, ChartBox):
                built.bind(self.chart_picture(slide, el), "picture")
            elif isinstance(el, PictureBox):
                if not on_master(el, place):
                    pic = self.picture(slide, el, el.file)
                    if el.name != "Logo":  # a logo is no figure: it never fills a placeholder
                        built.bind(pic, "picture")
            elif isinstance(el, TableBox):
                built.bind(self.table(slide, el), "table")
        built.finish()
        reading_order(tree)
        if plan.notes:
            tf = self.notes_slide(slide).notes_text_frame
            tf.text = plan.notes
            for r in tf._txBody.iter(qn("a:rPr")):
                r.set("lang", self.meta.lang)
            for p in tf._txBody.iterchildren(qn("a:p")):
                for r in p.iterchildren(qn("a:r")):
                    r.get_or_add_rPr().set("lang", self.meta.lang)


def mark_decorative(c_nv_pr: etree._Element) -> None:
    """Mark a shape decorative (a band, a rule, a card's ground): a screen reader skips it and
    PowerPoint's Accessibility Checker neither asks for its alt text nor reads it in order."""
    ext_lst = etree.SubElement(c_nv_pr, qn("a:extLst"))
    ext = etree.SubElement(ext_lst, qn("a:ext"), uri=DECORATIVE_EXT_URI)
    mark = etree.SubElement(ext, f"{{{DECORATIVE_NS}}}decorative", nsmap={"adec": DECORATIVE_NS})
    mark.set("val", "1")


# -- text boxes and shapes as python-pptx makes them, without its proxies ------------------------
_NV_SP_PR, _SP_PR, _TX_BODY = qn("p:nvSpPr"), qn("p:spPr"), qn("p:txBody")
_XFRM, _SOLID_FILL, _LN, _BODY_PR = qn("a:xfrm"), qn("a:solidFill"), qn("a:ln"), qn("a:bodyPr")
_INSETS = ("lIns", "tIns", "rIns", "bIns")
_TEMPLATE_COLOR = "#000000"
"""The colour templates are made with; each copy gets its box's own."""
_SHAPES = {
    "rect": MSO_SHAPE.RECTANGLE,
    "roundRect": MSO_SHAPE.ROUNDED_RECTANGLE,
    "ellipse": MSO_SHAPE.OVAL,
}


def _set_up_frame(
    tf: TextFrame, anchor: Anchor, inset: tuple[Length, Length, Length, Length], autofit: bool
) -> None:
    """A text frame wrapping, not growing, anchored, with ``inset`` and its autofit (shrink on
    overflow) or none; its paragraphs taken out."""
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = _ANCHOR[anchor]
    body = tf._txBody
    # insets always written on the element: python-pptx drops ones equal to the OOXML
    # default and LibreOffice then uses a different default (docs/design/text-layout.md)
    body_pr = body.bodyPr
    for attr, value in zip(_INSETS, inset, strict=True):
        body_pr.set(attr, str(int(value)))
    body_pr.set("rtlCol", "0")
    if autofit:
        # shrink on overflow: a safety net for text the presenter adds later; what
        # deckmaker wrote fits at its measured size (no fontScale: drawn at 100%)
        for el in body_pr.findall(qn("a:noAutofit")):
            body_pr.remove(el)
        etree.SubElement(body_pr, qn("a:normAutofit"))  # its only child
    elif body_pr.find(qn("a:noAutofit")) is None:
        etree.SubElement(body_pr, qn("a:noAutofit"))
    for p in list(body.iterchildren(qn("a:p"))):
        body.remove(p)


_LST_STYLE, _A_P = qn("a:lstStyle"), qn("a:p")
_BLANK_BODY = (_BODY_PR, _LST_STYLE, _A_P)
"""The children of the text body a placeholder's clone gets (``CT_TextBody.new``), each empty."""


@functools.cache
def _frame_template(blank: bool, anchor: Anchor, autofit: bool) -> Any:
    """A placeholder's ``p:txBody`` as ``_set_up_frame`` leaves it, from the one the clone got
    (``blank``: ``CT_TextBody.new``) or, without one, the one ``text_frame`` adds."""
    from pptx.oxml.text import CT_TextBody
    from pptx.text.text import TextFrame

    body = CT_TextBody.new() if blank else CT_TextBody.new_p_txBody()
    zero = Length(0)
    _set_up_frame(TextFrame(body, None), anchor, (zero, zero, zero, zero), autofit)  # type: ignore[arg-type]  # no parent: nothing here needs one
    return body


def _fill_placeholder(sp: Any, box: TextBox, autofit: bool) -> Any:
    """A placeholder's ``p:sp`` as ``text_box`` sets it up through python-pptx (place, size,
    name, text frame), for one as its clone made it (no place of its own, a blank text body
    or none); its text body, its paragraphs still to come. None for any other placeholder:
    python-pptx's proxies set that up."""
    sp_pr = sp.find(_SP_PR)
    if sp_pr is None or len(sp_pr) or sp_pr.attrib:
        return None
    body = sp.find(_TX_BODY)
    if body is not None and (
        body.attrib
        or [c.tag for c in body] != list(_BLANK_BODY)
        or any(len(c) or c.attrib for c in body)
    ):
        return None
    b = box.box
    xfrm = etree.SubElement(sp_pr, _XFRM)
    etree.SubElement(xfrm, qn("a:off"), x=str(int(b.x)), y=str(int(b.y)))
    etree.SubElement(xfrm, qn("a:ext"), cx=str(int(b.w)), cy=str(int(b.h)))
    sp.find(_NV_SP_PR)[0].set("name", box.name)
    made = _clone(_frame_template(body is not None, box.anchor, autofit))
    if body is not None:
        sp.replace(body, made)
    else:
        sp.insert_element_before(made, "p:extLst")
    body_pr = made.find(_BODY_PR)
    for attr, value in zip(_INSETS, box.inset, strict=True):
        body_pr.set(attr, str(int(value)))
    return made


@functools.cache
def _text_box_template(fill: bool, line: bool, anchor: Anchor) -> Any:
    """A text box's ``p:sp`` as ``slide.shapes.add_textbox`` makes it and ``text_box`` set
    it up through python-pptx's proxies (fill, line, word wrap, no autofit, anchor, insets,
    ``rtlCol``), without paragraphs: every box of the same kind is a copy of it with its own
    values (``_text_box_sp``), the same XML without the proxies' look-ups (~0.2 ms a box)."""
    from pptx.oxml.shapes.autoshape import CT_Shape
    from pptx.shapes.autoshape import Shape

    sp = CT_Shape.new_textbox_sp(1, "TextBox 0", 0, 0, 0, 0)
    shape = Shape(sp, None)  # type: ignore[arg-type]  # no part: nothing here needs one
    if fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb_obj(_TEMPLATE_COLOR)
    if line:
        shape.line.width = 12700
        shape.line.color.rgb = _rgb_obj(_TEMPLATE_COLOR)
    tf = shape.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = _ANCHOR[anchor]
    body_pr = tf._txBody.bodyPr
    for attr in _INSETS:
        body_pr.set(attr, "0")
    body_pr.set("rtlCol", "0")
    if body_pr.find(qn("a:noAutofit")) is None:
        etree.SubElement(body_pr, qn("a:noAutofit"))
    for p in list(tf._txBody.iterchildren(qn("a:p"))):
        tf._txBody.remove(p)
    return sp


def _text_box_sp(slide: Slide, box: TextBox) -> Any:
    """A copy of ``_text_box_template`` for ``box`` added to ``slide``, its paragraphs still
    to come: the XML ``add_textbox`` and the proxies made for it."""
    sp = _clone(_text_box_template(bool(box.fill), bool(box.line), box.anchor))
    _place(sp, slide, box.name, box.box)
    sp_pr = sp.find(_SP_PR)
    if box.fill:
        sp_pr.find(_SOLID_FILL)[0].set("val", _rgb(box.fill))
    if box.line:
        sp_pr.find(_LN)[0][0].set("val", _rgb(box.line))
    body_pr = sp.find(_TX_BODY).find(_BODY_PR)
    for attr, value in zip(_INSETS, box.inset, strict=True):
        body_pr.set(attr, str(int(value)))
    return sp


@functools.cache
def _shape_box_template(kind: str, line: bool) -> Any:
    """A decorative shape's ``p:sp`` as ``slide.shapes.add_shape`` makes it and the proxies
    set it up (solid fill, its line or none, no inherited shadow, word wrap, no autofit,
    marked decorative); ``shape_box`` copies it."""
    from pptx.oxml.shapes.autoshape import CT_Shape
    from pptx.shapes.autoshape import AutoShapeType, Shape

    shape_type = AutoShapeType(_SHAPES[kind])
    sp = CT_Shape.new_autoshape_sp(1, f"{shape_type.basename} 0", shape_type.prst, 0, 0, 0, 0)
    shape = Shape(sp, None)  # type: ignore[arg-type]  # no part: nothing here needs one
    _set_up_shape(shape, _TEMPLATE_COLOR, _TEMPLATE_COLOR if line else None)
    return sp


BACKING = "Backing"
"""The name of the panel under a slide's text on a template that needs one (``layout.plan``)."""


def _unstyled(sp: Any) -> None:
    """``sp`` without its shape style (``p:style``): LibreOffice draws the template theme's
    effect style (m3dev's shadow) under a shape whose own effect list is empty, and a backing
    panel is the slide's ground, not a card."""
    style = sp.find(qn("p:style"))
    if style is not None:
        sp.remove(style)


def _set_up_shape(shape: Shape, fill: str, line: str | None) -> None:
    """A decorative shape's fill, line (or none), shadow, text frame and mark."""
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb_obj(fill)
    if line:
        shape.line.color.rgb = _rgb_obj(line)
    else:
        shape.line.fill.background()
    shape.shadow.inherit = False
    tf = shape.text_frame  # decorative: no text, but no autofit either
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    mark_decorative(shape._element.nvSpPr.cNvPr)  # type: ignore[union-attr]  # a p:sp here


_TC_PR, _A_TX_BODY = qn("a:tcPr"), qn("a:txBody")


@functools.cache
def _cell_template(inset: int, margin: int, fill: bool) -> Any:
    """A table cell's ``a:tc`` as python-pptx makes a new table's and ``table`` set it up
    through its proxies (margins, centred, solid fill or none), without paragraphs: each cell
    is a copy with its own fill colour and text."""
    from pptx.oxml.table import CT_TableCell

    tc = CT_TableCell.new()
    _set_up_cell(tc, inset, margin, _TEMPLATE_COLOR if fill else None)
    return tc


def _set_up_cell(tc: Any, inset: int, margin: int, fill: str | None) -> None:
    """A new table cell's margins, anchor and fill set through python-pptx, its paragraph
    taken out (``table`` adds its own)."""
    from pptx.table import _Cell

    cell = _Cell(tc, None)  # type: ignore[arg-type]  # no parent: nothing here needs one
    cell.margin_left = cell.margin_right = Emu(inset)
    cell.margin_top = cell.margin_bottom = Emu(margin)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    if fill:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb_obj(fill)
    else:
        cell.fill.background()
    body = cell.text_frame._txBody
    for p in list(body.iterchildren(qn("a:p"))):
        body.remove(p)


def _place(sp: Any, slide: Slide, name: str, b: Box) -> None:
    """``sp`` (a template's copy) given the slide's next shape id, ``name``, ``b``'s place and
    size, and added to the slide's shape tree as python-pptx adds a shape."""
    shapes = slide.shapes
    c_nv_pr = sp.find(_NV_SP_PR)[0]
    c_nv_pr.set("id", str(shapes._next_shape_id))
    c_nv_pr.set("name", name)
    off, ext = sp.find(_SP_PR).find(_XFRM)
    off.set("x", str(int(b.x)))
    off.set("y", str(int(b.y)))
    ext.set("cx", str(int(b.w)))
    ext.set("cy", str(int(b.h)))
    shapes._spTree.insert_element_before(sp, "p:extLst")


def _plain_theme(meta: DeckMeta) -> Theme:
    """The default theme in the deck's fonts: the master of a deck written without a theme."""
    from dataclasses import replace

    from ..theme.loader import load_theme
    from ..theme.model import ThemeFonts

    return replace(load_theme("default"), fonts=ThemeFonts(meta.heading_font, meta.body_font))


def _emu(b: Box) -> tuple[Emu, Emu, Emu, Emu]:
    """A box as python-pptx takes it: x, y, width, height (the same EMU)."""
    return Emu(b.x), Emu(b.y), Emu(b.w), Emu(b.h)


def _rgb_obj(hex_color: str) -> RGBColor:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(_rgb(hex_color))


def _run(text: str) -> Run:
    return Run(text)


CORE_CHARS = 255


def _core_properties(prs: PresentationT, meta: DeckMeta) -> None:
    cp = prs.core_properties
    # a core property holds at most 255 characters (python-pptx refuses more): a resolution's
    # full title may be longer ('Nghị quyết về sửa đổi, bổ sung … giai đoạn 2023-2025'); the
    # slides show it whole, the file's properties its beginning
    cp.title = meta.title[:CORE_CHARS]
    cp.author = meta.author[:CORE_CHARS]
    cp.subject = meta.subject[:CORE_CHARS]
    cp.last_modified_by = "deckmaker"
    cp.revision = 1
    cp.language = meta.lang
    when = dt.datetime.combine(meta.date or dt.date(2000, 1, 1), dt.time(0, 0))
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""


def _deterministic_zip(data: bytes) -> bytes:
    """Re-pack a zip with fixed entry times and a stable entry order."""
    return repack(data)


def _shows_pending(plan: SlidePlan, pending: Mapping[int, bytes]) -> bool:
    return any(isinstance(e, ChartBox) and id(e.chart) in pending for e in plan.elements)


def write_pptx(
    plans: Sequence[SlidePlan],
    meta: DeckMeta,
    width: int,
    height: int,
    charts: Mapping[int, ChartImage] | None = None,
    theme: Theme | None = None,
    figures: Mapping[str, FigureRecord] | None = None,
    reuse: SlideReuse | None = None,
    defer: bool = True,
) -> bytes:
    """Write the slides and return the .pptx bytes; the same inputs give the same bytes.

    A chart that ``charts`` says is not ready yet (its optional ``ready(id)``, without SVG)
    does not hold the write up: its slide gets a placeholder picture, filled once the rest is
    written (``defer=False``: wait for each chart in turn).

    With ``reuse``, each slide found in its store is copied from there instead of being built
    (``reuse.py``: the bytes are those of a full write), and the slides built are kept there.

    The deck records a fingerprint of each slide and the ``figures`` it shows (``record.py``).

    With a ``theme`` that has a ``template``, the slides are built on the template's layouts
    (its example slides removed); a template that lacks a needed layout raises ``ThemeError``.
    """
    if theme is not None and theme.template is not None:
        prs = open_template(theme)
        set_theme_fonts(prs, meta.heading_font, meta.body_font)
        clear_letter_spacing(prs)
        prs.slide_width = width
        prs.slide_height = height
        writer = _SlideWriter(prs, meta, charts or {}, TemplateLayouts(prs, theme))
    else:
        own = theme or _plain_theme(meta)
        prs, spec = generated_presentation(own, plans, width, height, meta.lang)
        writer = _SlideWriter(prs, meta, charts or {}, GeneratedLayouts(prs, spec))
    if not defer:
        writer._ready = None
    _core_properties(prs, meta)
    index_media(prs)  # python-pptx's picture names, each picture hashed once
    if reuse is not None:
        reuse.begin(prs)
    fingerprints = []
    styles: dict[int, tuple[ShapeStyle, ...]] = {}  # the record's shapes of each slide
    waiting: list[int] = []  # slides showing a chart still being drawn: kept once it is in
    for i, plan in enumerate(plans):
        if reuse is not None and reuse.place(prs, i):
            writer.notes = None  # the slide may have brought its notes slide
            fingerprints.append(reuse.fingerprints[i])
            if i in reuse.styles:  # else (an entry stored before styles were) add_record reads them
                styles[i] = reuse.styles[i]
            continue
        before = len(writer.pending)
        writer.slide(plan)
        if reuse is not None:
            reuse.written(prs, i)
        if len(writer.pending) > before or _shows_pending(plan, writer.pending):
            waiting.append(i)
            fingerprints.append("")
            continue
        fp, styles[i] = slide_record(prs.slides[i])
        fingerprints.append(fp)
        if reuse is not None:
            reuse.keep(prs, i, fp, styles[i])
    if writer.pending and not writer.resolve():  # a chart's picture equals another picture
        return write_pptx(plans, meta, width, height, charts, theme, figures, reuse, defer=False)
    for i in waiting:
        fingerprints[i], styles[i] = slide_record(prs.slides[i])
        if reuse is not None:
            reuse.keep(prs, i, fingerprints[i], styles[i])
    set_default_language(prs, meta.lang)  # after the slides: notes make the notes master
    add_record(prs, [p.title for p in plans], figures or {}, plans, fingerprints, styles)
    parts = members(prs)
    if reuse is not None:
        reuse.finish(parts)
    return deterministic_zip(parts)  # zipped once, deterministically
