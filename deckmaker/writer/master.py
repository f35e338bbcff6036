"""The generated template of a built-in theme: a slide master and named layouts made from it.

A deck on a built-in theme is not built on python-pptx's default template (Office colours, a
4:3 master, its thumbnail and printer settings) but on a small package written here from the
``Theme``: its colour scheme (dk1/lt1/dk2/lt2/accent1-6/hlink/folHlink) and font scheme
(major = heading, minor = body, with the same face for Vietnamese), a master whose text styles
are deckmaker's (title, three bullet levels) and layouts named as PowerPoint names them, each
with its placeholders where deckmaker puts the same text. A presenter's *New Slide*, new shapes
and the colour picker are then on-brand, and *Reset* puts a placeholder back where deckmaker
put it.

Geometry comes from the layout stage's ``Frame`` (content slides) and from the deck's first
planned slide of each cover kind (title, section, closing), so the layouts hold exactly the
boxes the planned slides use.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ..layout.fit import BULLETS, LINE_SPACING, indents, level_size
from ..layout.frame import Fonts, Frame, build_frame
from ..layout.model import Align, Anchor, Box, SlidePlan, TextBox
from ..layout.page import body_box, chrome_boxes
from ..theme.model import Theme
from ..units import EMU_PER_PT, Inches, Length, Pt

if TYPE_CHECKING:
    from pptx.presentation import Presentation as PresentationT

NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_PML = "application/vnd.openxmlformats-officedocument.presentationml"
SLIDENUM_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
DATE_FIELD = "{4E5BE1AF-6A4C-4E0C-9E5C-8FD2D4B4B0A7}"

TITLE, BODY, SUBTITLE = "title", "body", "subtitle"
DATE, FOOTER, NUMBER = "date", "footer", "number"
CHROME = (DATE, FOOTER, NUMBER)

LAYOUT_OF_KIND = {
    "title": "Title Slide",
    "section": "Section Header",
    "agenda": "Title and Content",
    "bullets": "Title and Content",
    "chart": "Title and Content",
    "table": "Title and Content",
    "image": "Title and Content",
    "chart-bullets": "Chart and Text",
    "kpis": "Title and KPI Cards",
    "quote": "Quote",
    "closing": "Closing",
}
"""The generated layout each planned slide kind is built on."""

_PROMPT_TITLE = {"vi": "Bấm để thêm tiêu đề", "en": "Click to add title"}
_PROMPT_SUBTITLE = {"vi": "Bấm để thêm phụ đề", "en": "Click to add subtitle"}
_PROMPT_LEVELS = {
    "vi": ("Cấp một", "Cấp hai", "Cấp ba"),
    "en": ("First level", "Second level", "Third level"),
}
"""The prompt texts of the layouts' placeholders, in the deck's language."""


@dataclass(frozen=True)
class Holder:
    """One placeholder of a layout: its slot, OOXML type and index, box and optional look."""

    slot: str
    ph_type: str  # title | ctrTitle | subTitle | body | obj | chart | dt | ftr | sldNum
    idx: int
    box: Box
    look: TextBox | None = None
    """A planned text box whose font, size, colour, alignment and anchor the layout takes."""


@dataclass(frozen=True)
class LayoutSpec:
    name: str
    ooxml_type: str
    holders: tuple[Holder, ...]
    background: str | None = None
    """A colour of its own (section and closing slides); None for the master's."""
    title_color: str | None = None


@dataclass(frozen=True)
class MasterSpec:
    """Everything the generated template is made of."""

    theme: Theme
    width: int
    height: int
    layouts: tuple[LayoutSpec, ...]
    lang: str
    title_look: TextBox
    body_size: float
    chrome_look: TextBox
    holders: tuple[Holder, ...] = field(default=())
    logo: MasterLogo | None = None
    footer: str = ""
    """The deck's footer text, shown on a presenter's new slides."""


@dataclass(frozen=True)
class MasterLogo:
    """The theme's logo on the master, where every content slide's header draws it."""

    file: str
    alt: str
    box: Box
    content_type: str

    @property
    def extension(self) -> str:
        return self.file.rsplit(".", 1)[-1].lower()


_IMAGE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
}

COVER_LAYOUTS = ("Title Slide", "Section Header", "Closing")
"""The layouts that do not show the master's logo: covers draw their own, or none."""


# -- geometry --------------------------------------------------------------------------------
def _first(plans: Sequence[SlidePlan], kind: str, name: str) -> TextBox | None:
    for plan in plans:
        if plan.kind != kind:
            continue
        for el in plan.elements:
            if isinstance(el, TextBox) and el.name == name:
                return el
        return None
    return None


def _look(frame: Frame, box: Box, size: float, **kw: object) -> TextBox:
    from ..layout.text import text_box

    return text_box(frame, box, "", size, **kw)  # type: ignore[arg-type]


def master_spec(
    theme: Theme, plans: Sequence[SlidePlan], width: int, height: int, lang: str
) -> MasterSpec:
    """The master and layouts of ``theme`` for a deck of ``plans``.

    The layouts come in the order of PowerPoint's default template as far as it has them
    (Title Only sixth, Blank seventh), so a script that picks ``slide_layouts[5]`` still
    gets a title-only slide; deckmaker's own layouts fill the gaps and follow.
    """
    frame = build_frame(theme, Fonts.for_theme(theme))
    w, h, m = width, height, frame.margin
    g, c = frame.header, frame.colors
    logo_w = frame.logo.width(g.logo_h) + g.logo_gap if frame.logo is not None else 0
    line = frame.measure.heading.line_height_pt(g.size_max, LINE_SPACING) + frame.text_pad_pt
    title = Box(m, g.top, Length(w - 2 * m - logo_w), Length(max(g.logo_h, Pt(line))))
    body = body_box(frame, title.bottom + g.rule_gap + g.body_gap)
    foot, num = chrome_boxes(frame)
    date_w = Inches(2.0)
    date = Box(Length(num.x - frame.chrome.number_gap - date_w), foot.y, date_w, foot.h)
    gap = frame.chart.gap
    half = Length((body.w - gap) // 2)
    left = Box(body.x, body.y, half, body.h)
    right = Box(Length(body.x + half + gap), body.y, Length(body.w - half - gap), body.h)
    chart_w = Length(round((body.w - gap) * frame.chart.share))
    chart = Box(body.x, body.y, chart_w, body.h)
    text = Box(Length(body.x + chart_w + gap), body.y, Length(body.w - chart_w - gap), body.h)

    title_look = _look(
        frame, title, g.size_max, font=frame.fonts.heading, color=c.primary, bold=True,
        role="title", anchor=Anchor.MIDDLE,
    )  # fmt: skip
    chrome_look = _look(frame, foot, frame.chrome.size, color=c.muted, anchor=Anchor.MIDDLE)
    chrome = (
        Holder(DATE, "dt", 10, date, _look(frame, date, frame.chrome.size, color=c.muted,
               align=Align.RIGHT, anchor=Anchor.MIDDLE)),
        Holder(FOOTER, "ftr", 11, foot, chrome_look),
        Holder(NUMBER, "sldNum", 12, num, _look(frame, num, frame.chrome.size, color=c.muted,
               align=Align.RIGHT, anchor=Anchor.MIDDLE)),
    )  # fmt: skip
    centre = Box(m, Length(h // 3), Length(w - 2 * m), Length(h // 5))
    below = Box(m, Length(centre.bottom + Inches(0.3)), centre.w, Length(h // 8))

    def cover(kind: str, main: str, sub: str, sub_idx: int = 1) -> tuple[Holder, Holder]:
        t = _first(plans, kind, "Title")
        s = _first(plans, kind, "Subtitle")
        if kind == "title":  # its title is on a band the slide draws: on the layout's
            t = replace(t, color=c.primary) if t is not None else None  # background instead
            s = replace(s, color=c.text) if s is not None else None
        t_box = t.box if t is not None else centre
        s_box = s.box if s is not None else below
        return (
            Holder(TITLE, main, 0, t_box, t),
            Holder(SUBTITLE, sub, sub_idx, s_box, s),
        )

    quote = _first(plans, "quote", "Quote")
    author = _first(plans, "quote", "Author")
    q_box = quote.box if quote is not None else centre
    a_box = author.box if author is not None else below
    layouts = (
        LayoutSpec("Title Slide", "title", (*cover("title", "ctrTitle", "subTitle"), *chrome)),
        LayoutSpec(
            "Title and Content",
            "obj",
            (Holder(TITLE, "title", 0, title), Holder(BODY, "obj", 1, body), *chrome),
        ),
        LayoutSpec(
            "Section Header",
            "secHead",
            (*cover("section", "title", "body"), *chrome),
            background=c.primary,
            title_color=c.on_primary,
        ),
        LayoutSpec(
            "Two Content",
            "twoObj",
            (
                Holder(TITLE, "title", 0, title),
                Holder(BODY, "obj", 1, left),
                Holder("body2", "obj", 2, right),
                *chrome,
            ),
        ),
        LayoutSpec(
            "Chart and Text",
            "chartAndTx",
            (
                Holder(TITLE, "title", 0, title),
                Holder("chart", "obj", 1, chart),  # a chart picture fills it, as any figure
                Holder(BODY, "body", 2, text),
                *chrome,
            ),
        ),
        LayoutSpec("Title Only", "titleOnly", (Holder(TITLE, "title", 0, title), *chrome)),
        LayoutSpec("Blank", "blank", chrome),
        LayoutSpec(
            "Title and KPI Cards",
            "cust",
            (Holder(TITLE, "title", 0, title), Holder(BODY, "obj", 1, body), *chrome),
        ),
        LayoutSpec(
            "Quote",
            "cust",
            (
                Holder(TITLE, "title", 0, q_box, quote),
                Holder(BODY, "body", 1, a_box, author),
                *chrome,
            ),
        ),  # fmt: skip
        LayoutSpec(
            "Closing",
            "cust",
            (*cover("closing", "ctrTitle", "subTitle"), *chrome),
            background=c.primary,
            title_color=c.on_primary,
        ),
    )
    mark = None
    if frame.logo is not None:
        kind = _IMAGE_TYPES.get(frame.logo.file.rsplit(".", 1)[-1].lower())
        lw = frame.logo.width(g.logo_h)
        box = Box(Length(w - m - lw), g.top, lw, g.logo_h)
        mark = MasterLogo(frame.logo.file, frame.logo.alt, box, kind) if kind else None
    footer = next(
        (
            "".join(p.text for p in e.paras)
            for plan in plans
            for e in plan.elements
            if isinstance(e, TextBox) and e.role == FOOTER
        ),
        "",
    )
    master_holders = (
        Holder(TITLE, "title", 0, title, title_look),
        Holder(BODY, "body", 1, body),
        *chrome,
    )
    return MasterSpec(
        theme,
        w,
        h,
        layouts,
        lang,
        title_look,
        theme.text_sizes.body,
        chrome_look,
        master_holders,
        mark,
        footer,
    )


# -- XML -------------------------------------------------------------------------------------
def _hex(color: str) -> str:
    return color.lstrip("#").upper()


def _xfrm(b: Box) -> str:
    return f'<a:xfrm><a:off x="{b.x}" y="{b.y}"/><a:ext cx="{b.w}" cy="{b.h}"/></a:xfrm>'


def _rpr(tag: str, look: TextBox | None, size: float | None = None, latin: str = "") -> str:
    """A ``defRPr`` (or ``rPr``) with the look's size, weight, slant and colour."""
    if look is None and size is None:
        return f"<a:{tag}/>"
    attrs = []
    inner = ""
    if look is not None:
        para = look.paras[0]
        run = para.runs[0] if para.runs else None
        size = size if size is not None else para.size_pt
        attrs.append(f'b="{1 if (para.bold or (run and run.bold)) else 0}"')
        attrs.append(f'i="{1 if run and run.italic else 0}"')
        inner = f'<a:solidFill><a:srgbClr val="{_hex(look.color)}"/></a:solidFill>'
    if size is not None:
        attrs.insert(0, f'sz="{round(size * 100)}"')
    if latin:  # "+mj" or "+mn": the theme's heading or body font
        ends = {"latin": "lt", "ea": "ea", "cs": "cs"}
        inner += "".join(f'<a:{t} typeface="{latin}-{e}"/>' for t, e in ends.items())
    return f"<a:{tag} {' '.join(attrs)}>{inner}</a:{tag}>"


def _font_ref(spec: MasterSpec, look: TextBox, slot: str) -> str:
    """``+mj`` or ``+mn``: the theme font the look's face is (a title's the heading font when
    both are one face), so a new theme font follows."""
    fonts = spec.theme.fonts
    if look.font == fonts.heading and (slot == TITLE or look.font != fonts.body):
        return "+mj"
    return "+mn"


def _body_pr(look: TextBox | None, autofit: bool) -> str:
    anchor = f' anchor="{look.anchor.value}"' if look is not None else ""
    ins = ""
    if look is not None:
        ins = "".join(
            f' {a}="{int(v)}"' for a, v in zip(("lIns", "tIns", "rIns", "bIns"), look.inset)
        )
    fit = "<a:normAutofit/>" if autofit else "<a:noAutofit/>"
    return f'<a:bodyPr vert="horz" wrap="square"{ins} rtlCol="0"{anchor}>{fit}</a:bodyPr>'


def _lst_style(spec: MasterSpec, holder: Holder, title_color: str | None) -> str:
    """The placeholder's own look: the planned text box's font, size, colour and alignment
    (on a coloured layout, the title and subtitle in the colour drawn on it). Text that is no
    bullet list (cover subtitles, quote authors, footers) has no bullets at any level."""
    look = holder.look
    if look is None and title_color is None:
        return "<a:lstStyle/>"
    if look is None:
        fill = f'<a:solidFill><a:srgbClr val="{_hex(title_color or "")}"/></a:solidFill>'
        return f"<a:lstStyle><a:lvl1pPr><a:defRPr>{fill}</a:defRPr></a:lvl1pPr></a:lstStyle>"
    if title_color is not None:
        look = replace(look, color=title_color)
    para = look.paras[0]
    levels = 1 if holder.slot == TITLE else 3
    bullet = "" if holder.slot == TITLE else "<a:buNone/>"
    rpr = _rpr("defRPr", look, latin=_font_ref(spec, look, holder.slot))
    ppr = "".join(
        f'<a:lvl{n}pPr marL="0" indent="0" algn="{para.align.value}">{bullet}{rpr}</a:lvl{n}pPr>'
        for n in range(1, levels + 1)
    )
    return f"<a:lstStyle>{ppr}</a:lstStyle>"


def _prompt(spec: MasterSpec, holder: Holder) -> str:
    tongue = "vi" if spec.lang.startswith("vi") else "en"
    lang = spec.lang
    if holder.ph_type == "sldNum":
        return (
            f'<a:p><a:fld id="{SLIDENUM_FIELD}" type="slidenum"><a:rPr lang="{lang}"/>'
            f'<a:t>‹#›</a:t></a:fld><a:endParaRPr lang="{lang}"/></a:p>'
        )
    if holder.ph_type == "ftr" and spec.footer:
        return f'<a:p><a:r><a:rPr lang="{lang}"/><a:t>{escape(spec.footer)}</a:t></a:r></a:p>'
    if holder.ph_type in ("dt", "ftr", "chart"):
        return f'<a:p><a:endParaRPr lang="{lang}"/></a:p>'
    if holder.slot == TITLE:
        text = _PROMPT_TITLE[tongue]
    elif holder.ph_type == "subTitle":
        text = _PROMPT_SUBTITLE[tongue]
    else:
        levels = _PROMPT_LEVELS[tongue]
        return "".join(
            f'<a:p><a:pPr lvl="{i}"/><a:r><a:rPr lang="{lang}"/><a:t>{escape(t)}</a:t></a:r></a:p>'
            for i, t in enumerate(levels)
        )
    return f'<a:p><a:r><a:rPr lang="{lang}"/><a:t>{escape(text)}</a:t></a:r></a:p>'


def _ph_attrs(holder: Holder) -> str:
    out = ""
    if holder.ph_type not in ("obj",):
        out += f' type="{holder.ph_type}"'
    if holder.ph_type in ("dt", "ftr", "sldNum"):
        out += ' sz="quarter"'
    elif holder.ph_type in ("obj", "chart") or (holder.ph_type == "body" and holder.idx > 1):
        out += ' sz="half"' if holder.slot in ("body2", "chart") else ""
    if holder.idx:
        out += f' idx="{holder.idx}"'
    return out


_NAMES = {
    "title": "Title",
    "ctrTitle": "Title",
    "subTitle": "Subtitle",
    "body": "Text Placeholder",
    "obj": "Content Placeholder",
    "chart": "Chart Placeholder",
    "dt": "Date Placeholder",
    "ftr": "Footer Placeholder",
    "sldNum": "Slide Number Placeholder",
}


def _sp(spec: MasterSpec, holder: Holder, sp_id: int, title_color: str | None = None) -> str:
    autofit = holder.ph_type not in ("dt", "ftr", "sldNum")
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sp_id}" name="{_NAMES[holder.ph_type]} {sp_id - 1}"/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph{_ph_attrs(holder)}/></p:nvPr></p:nvSpPr>"
        f"<p:spPr>{_xfrm(holder.box)}</p:spPr>"
        f"<p:txBody>{_body_pr(holder.look, autofit)}{_lst_style(spec, holder, title_color)}"
        f"{_prompt(spec, holder)}</p:txBody></p:sp>"
    )


def _sp_tree(shapes: str) -> str:
    return (
        '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f"{shapes}</p:spTree>"
    )


def _bg(color: str | None) -> str:
    fill = (
        '<a:solidFill><a:schemeClr val="bg1"/></a:solidFill>'
        if color is None
        else f'<a:solidFill><a:srgbClr val="{_hex(color)}"/></a:solidFill>'
    )
    return f"<p:bg><p:bgPr>{fill}<a:effectLst/></p:bgPr></p:bg>"


def _level(spec: MasterSpec, level: int) -> str:
    """A bullet level of the master's body style, as deckmaker's bullets are drawn."""
    size = spec.body_size
    mar, hang = indents(min(level, 3), size)
    char = BULLETS[min(level, 3)]
    color = '<a:buClr><a:schemeClr val="accent2"/></a:buClr>' if level == 1 else ""
    sz = level_size(size, min(level, 3))
    space = "" if level == 1 else ""
    return (
        f'<a:lvl{level}pPr marL="{mar}" indent="{-hang}" algn="l" defTabSz="914400" rtl="0" '
        f'eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
        f'<a:lnSpc><a:spcPct val="{round(LINE_SPACING * 100000)}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{round(sz * 0.4 * 100)}"/></a:spcBef>{space}'
        f'{color}<a:buFont typeface="+mn-lt"/><a:buChar char="{char}"/>'
        f'<a:defRPr sz="{round(sz * 100)}" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
        f'</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>'
        f'<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl{level}pPr>'
    )


def _plain_level(level: int, size: float) -> str:
    return (
        f'<a:lvl{level}pPr marL="{(level - 1) * 457200}" algn="l" defTabSz="914400" rtl="0" '
        f'eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="{round(size * 100)}" '
        f'kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
        f'<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
        f"</a:defRPr></a:lvl{level}pPr>"
    )


def _tx_styles(spec: MasterSpec) -> str:
    t = spec.title_look
    title = (
        '<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
        'latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        '<a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>'
        f'<a:defRPr sz="{round(t.paras[0].size_pt * 100)}" b="1" kern="1200">'
        '<a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin typeface="+mj-lt"/>'
        '<a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>'
    )
    body = "".join(_level(spec, n) for n in range(1, 10))
    other = "".join(_plain_level(n, 18) for n in range(1, 10))
    return (
        f"<p:txStyles>{title}<p:bodyStyle>{body}</p:bodyStyle>"
        f'<p:otherStyle><a:defPPr><a:defRPr lang="{spec.lang}"/></a:defPPr>{other}'
        "</p:otherStyle></p:txStyles>"
    )


_CLR_MAP = (
    'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
    'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
    'folHlink="folHlink"'
)


def _logo_pic(logo: MasterLogo, sp_id: int, rid: str) -> str:
    alt = escape(logo.alt, {'"': "&quot;"})
    return (
        f'<p:pic><p:nvPicPr><p:cNvPr id="{sp_id}" name="Logo" descr="{alt}"/>'
        '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/>'
        f'</p:nvPicPr><p:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</p:blipFill><p:spPr>{_xfrm(logo.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</p:spPr></p:pic>"
    )


def master_xml(spec: MasterSpec) -> str:
    shapes = "".join(_sp(spec, h, i + 2) for i, h in enumerate(spec.holders))
    if spec.logo is not None:
        shapes += _logo_pic(spec.logo, len(spec.holders) + 2, f"rId{len(spec.layouts) + 2}")
    ids = "".join(
        f'<p:sldLayoutId id="{2147483649 + i}" r:id="rId{i + 1}"/>'
        for i in range(len(spec.layouts))
    )
    return (
        f"{_DECL}<p:sldMaster {NS}><p:cSld>{_bg(None)}{_sp_tree(shapes)}</p:cSld>"
        f"<p:clrMap {_CLR_MAP}/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst>"
        f'<p:hf hdr="0" dt="0"{_hf(spec)}/>'
        f"{_tx_styles(spec)}</p:sldMaster>"
    )


def _hf(spec: MasterSpec) -> str:
    """Which header and footer placeholders the deck shows (``p:hf``: every one by default)."""
    out = "" if spec.footer else ' ftr="0"'
    return out + ("" if spec.theme.slide_numbers else ' sldNum="0"')


def layout_xml(spec: MasterSpec, layout: LayoutSpec) -> str:
    shapes = "".join(_sp(spec, h, i + 2, layout.title_color) for i, h in enumerate(layout.holders))
    bg = _bg(layout.background) if layout.background else ""
    hide = ' showMasterSp="0"' if layout.name in COVER_LAYOUTS else ""
    return (
        f'{_DECL}<p:sldLayout {NS}{hide} type="{layout.ooxml_type}" preserve="1">'
        f'<p:cSld name="{escape(layout.name)}">{bg}{_sp_tree(shapes)}</p:cSld>'
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )


def _scheme_colors(theme: Theme) -> list[tuple[str, str]]:
    c = theme.colors
    chart = list(c.chart) + [c.primary, c.accent, c.muted, c.text, c.primary, c.accent]
    accents = [c.primary, c.accent, *[x for x in chart if x not in (c.primary, c.accent)]]
    accents = list(dict.fromkeys(accents))
    while len(accents) < 6:
        accents.append(chart[len(accents)])
    return [
        ("dk1", c.text),
        ("lt1", c.background),
        ("dk2", c.primary),
        ("lt2", c.surface),
        *[(f"accent{i + 1}", accents[i]) for i in range(6)],
        ("hlink", c.primary),
        ("folHlink", c.muted),
    ]


_FMT_SCHEME = (
    '<a:fmtScheme name="deckmaker">'
    "<a:fillStyleLst>"
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>'
    "</a:fillStyleLst><a:lnStyleLst>"
    '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    "</a:lnStyleLst><a:effectStyleLst>"
    "<a:effectStyle><a:effectLst/></a:effectStyle>"
    "<a:effectStyle><a:effectLst/></a:effectStyle>"
    "<a:effectStyle><a:effectLst/></a:effectStyle>"
    "</a:effectStyleLst><a:bgFillStyleLst>"
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>'
    "</a:bgFillStyleLst></a:fmtScheme>"
)


def theme_xml(theme: Theme) -> str:
    name = escape(theme.display_name, {'"': "&quot;"})
    colors = "".join(
        f'<a:{k}><a:srgbClr val="{_hex(v)}"/></a:{k}>' for k, v in _scheme_colors(theme)
    )

    def font(tag: str, face: str) -> str:
        f = escape(face, {'"': "&quot;"})
        return (
            f'<a:{tag}><a:latin typeface="{f}"/><a:ea typeface=""/><a:cs typeface=""/>'
            f'<a:font script="Viet" typeface="{f}"/></a:{tag}>'
        )

    return (
        f'{_DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'name="{name}"><a:themeElements><a:clrScheme name="{name}">{colors}</a:clrScheme>'
        f'<a:fontScheme name="{name}">{font("majorFont", theme.fonts.heading)}'
        f"{font('minorFont', theme.fonts.body)}</a:fontScheme>{_FMT_SCHEME}</a:themeElements>"
        "<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )


def _presentation_xml(spec: MasterSpec) -> str:
    size = (spec.width, spec.height)
    tag = ' type="screen4x3"' if size == (9144000, 6858000) else ""
    t = spec.theme
    levels = "".join(
        f'<a:lvl{n}pPr marL="{(n - 1) * 457200}" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" '
        f'latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1800" kern="1200">'
        f'<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
        f'<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl{n}pPr>'
        for n in range(1, 10)
    )
    del t
    return (
        f'{_DECL}<p:presentation {NS} saveSubsetFonts="1">'
        '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        f'<p:sldSz cx="{spec.width}" cy="{spec.height}"{tag}/>'
        '<p:notesSz cx="6858000" cy="9144000"/>'
        f'<p:defaultTextStyle><a:defPPr><a:defRPr lang="{spec.lang}"/></a:defPPr>{levels}'
        "</p:defaultTextStyle></p:presentation>"
    )


def _rels(items: Sequence[tuple[str, str]], base: str = _REL) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{base}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(items)
    )
    return f'{_DECL}<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'


_PRES_PROPS = f"{_DECL}<p:presentationPr {NS}/>"
_VIEW_PROPS = (
    f'{_DECL}<p:viewPr {NS}><p:normalViewPr><p:restoredLeft sz="15620"/>'
    '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/>'
    "</p:viewPr>"
)
_TABLE_STYLES = (
    f'{_DECL}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'
)
_APP = (
    f'{_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Application>deckmaker</Application>'
    "<PresentationFormat>{format}</PresentationFormat></Properties>"
)
_CORE = (
    f'{_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title/></cp:coreProperties>'
)


def template_package(spec: MasterSpec) -> bytes:
    """The generated template as .pptx bytes (no slides)."""
    n = len(spec.layouts)
    parts: dict[str, str] = {}
    overrides = [
        ("/ppt/presentation.xml", f"{_CT_PML}.presentation.main+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{_CT_PML}.slideMaster+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/presProps.xml", f"{_CT_PML}.presProps+xml"),
        ("/ppt/viewProps.xml", f"{_CT_PML}.viewProps+xml"),
        ("/ppt/tableStyles.xml", f"{_CT_PML}.tableStyles+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    for i in range(n):
        part = f"/ppt/slideLayouts/slideLayout{i + 1}.xml"
        overrides.append((part, f"{_CT_PML}.slideLayout+xml"))
    ct = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    image = (
        f'<Default Extension="{spec.logo.extension}" ContentType="{spec.logo.content_type}"/>'
        if spec.logo is not None
        else ""
    )
    parts["[Content_Types].xml"] = (
        f'{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{image}{ct}</Types>"
    )
    parts["_rels/.rels"] = (
        f'{_DECL}<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="ppt/presentation.xml"/>'
        f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    parts["docProps/core.xml"] = _CORE
    fmt = (
        "Widescreen" if spec.width * 9 == spec.height * 16 else
        "On-screen Show (4:3)" if spec.width * 3 == spec.height * 4 else "Custom"
    )  # fmt: skip
    parts["docProps/app.xml"] = _APP.replace("{format}", fmt)
    parts["ppt/presentation.xml"] = _presentation_xml(spec)
    parts["ppt/_rels/presentation.xml.rels"] = _rels(
        [
            ("slideMaster", "slideMasters/slideMaster1.xml"),
            ("theme", "theme/theme1.xml"),
            ("presProps", "presProps.xml"),
            ("viewProps", "viewProps.xml"),
            ("tableStyles", "tableStyles.xml"),
        ]
    )
    parts["ppt/presProps.xml"] = _PRES_PROPS
    parts["ppt/viewProps.xml"] = _VIEW_PROPS
    parts["ppt/tableStyles.xml"] = _TABLE_STYLES
    parts["ppt/theme/theme1.xml"] = theme_xml(spec.theme)
    parts["ppt/slideMasters/slideMaster1.xml"] = master_xml(spec)
    master_rels = [
        *(("slideLayout", f"../slideLayouts/slideLayout{i + 1}.xml") for i in range(n)),
        ("theme", "../theme/theme1.xml"),
    ]
    media: dict[str, bytes] = {}
    if spec.logo is not None:
        name = f"media/logo.{spec.logo.extension}"
        master_rels.append(("image", f"../{name}"))
        with open(spec.logo.file, "rb") as f:
            media[f"ppt/{name}"] = f.read()
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = _rels(master_rels)
    for i, layout in enumerate(spec.layouts):
        parts[f"ppt/slideLayouts/slideLayout{i + 1}.xml"] = layout_xml(spec, layout)
        parts[f"ppt/slideLayouts/_rels/slideLayout{i + 1}.xml.rels"] = _rels(
            [("slideMaster", "../slideMasters/slideMaster1.xml")]
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), text.encode())
        for name, data in media.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


def generated_presentation(
    theme: Theme, plans: Sequence[SlidePlan], width: int, height: int, lang: str
) -> tuple[PresentationT, MasterSpec]:
    """python-pptx's Presentation of the generated template, and what it was made from."""
    from pptx import Presentation

    spec = master_spec(theme, plans, width, height, lang)
    return Presentation(io.BytesIO(template_package(spec))), spec


__all__ = [
    "CHROME",
    "EMU_PER_PT",
    "LAYOUT_OF_KIND",
    "MasterSpec",
    "generated_presentation",
    "master_spec",
]
