"""The frame every slide is laid out in: named geometry, sizes, colours, measurers and slots.

``build_frame`` makes one ``Frame`` per theme (and template); slide kinds read positions from
it and never from a bare number. Lengths are EMU (``Length``), sizes points.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..theme.model import TextSizes, Theme, ThemeColors, ThemeFonts, readable_tone
from ..units import Inches, Length, Pt
from .fonts import ResolvedFont, resolve_font
from .measure import EstimatingMeasurer, TextMeasurer, capitals
from .model import Box

READABLE_PT = 14.0
"""The smallest text (subtitles, labels, tables) that stays readable from the back of a hall."""

_MEASURERS: dict[tuple[Path, bool], TextMeasurer] = {}


def measurer(font: ResolvedFont) -> TextMeasurer:
    """The font's HarfBuzz measurer, or with ``DECKMAKER_MEASURE=off`` a cheap estimate (no
    shaping: for timing what measuring costs, not for decks)."""
    estimate = os.environ.get("DECKMAKER_MEASURE", "").lower() == "off"
    key = (font.path, estimate)
    if key not in _MEASURERS:
        _MEASURERS[key] = (EstimatingMeasurer if estimate else TextMeasurer)(font.path)
    return _MEASURERS[key]


NUMERAL_FONT = "Times New Roman"
"""The face of a section slide's large number ("I", "III", "II.2"), whatever the theme's
heading font: a serif's Roman numerals read as numerals, a sans serif's "III" as three bars.
Every PowerPoint has it; LibreOffice draws it with Liberation Serif (the same metrics,
bundled in ``deckmaker/fonts`` with its licence)."""


@dataclass(frozen=True)
class Fonts:
    """The font files that draw a theme's body, bold body and (bold) heading text."""

    body: ResolvedFont
    body_bold: ResolvedFont
    heading: ResolvedFont
    quote: ResolvedFont | None = None
    """The heading font in italics (quotes); None: measured as ``heading``."""
    numeral: ResolvedFont | None = None
    """``NUMERAL_FONT`` bold (a section slide's large number); None: measured as ``heading``."""

    @classmethod
    def for_theme(cls, theme: Theme) -> Fonts:
        return cls(
            resolve_font(theme.fonts.body),
            resolve_font(theme.fonts.body, bold=True),
            resolve_font(theme.fonts.heading, bold=True),
            resolve_font(theme.fonts.heading, italic=True),
            resolve_font(NUMERAL_FONT, bold=True),
        )


@dataclass(frozen=True)
class Measurers:
    """How wide and tall text is in each of the theme's fonts."""

    body: TextMeasurer
    bold: TextMeasurer
    heading: TextMeasurer
    """The heading font, bold: titles and KPI values."""
    quote: TextMeasurer
    """The heading font, italic: quotes."""
    numeral: TextMeasurer | None = None
    """``NUMERAL_FONT`` bold: a section slide's large number; None: ``heading``."""


@dataclass(frozen=True)
class Logo:
    """The theme's logo: its file and its proportions."""

    file: str
    alt: str
    px_w: int
    px_h: int

    def width(self, h: int) -> Length:
        """The logo's width when drawn ``h`` tall."""
        return Length(round(h * self.px_w / self.px_h))


@dataclass(frozen=True)
class Rule:
    """A short accent bar under a title."""

    w: Length = Inches(1.3)
    h: Length = Inches(0.06)


TITLE_FEWER = 0.96
"""A content slide's title takes one line less only at a size this close to its largest: a
title a step smaller than its neighbours' (34 pt between 36s, 37 between 40s) reads as jitter
from slide to slide; two lines at the full size do not."""


@dataclass(frozen=True)
class HeaderGeometry:
    """A content slide's title with its accent rule, and the logo at its right."""

    size_max: float
    size_min: float
    max_lines: int = 2
    fewer: float = TITLE_FEWER
    """A title takes a line less at a size down to this share of its largest (``fit_title``);
    a run of table slides allows ``RUN_FEWER``."""
    top: Length = Inches(0.35)
    """The top of the title and of the logo."""
    logo_h: Length = Inches(0.7)
    """The logo's height; a one-line title is at least this tall, centred beside it."""
    logo_gap: Length = Inches(0.25)
    """Between the title's right and the logo."""
    rule_gap: Length = Inches(0.1)
    """Between the title and the rule."""
    rule: Rule = Rule()
    body_gap: Length = Inches(0.3)
    """Between the rule and the body."""
    slot_body_gap: Length = Inches(0.1)
    """Between a template's title placeholder and the body."""
    band: Length = Length(0)
    """The title band of a run of table slides whose titles take different numbers of lines
    (0: none, each title at ``top``): a title shorter than it sits at its bottom, its last
    line where the run's tallest title ends, so the run's tables start at one height (R13)
    and one distance under every title (tuong-phan 36-43: 1.06 in under a one-line title,
    graded B, h42f). In a template's title placeholder any band sets the titles at its
    bottom (``table.banded``)."""


@dataclass(frozen=True)
class ChromeGeometry:
    """The footer and slide number at the bottom of a content slide."""

    size: float
    """The footer and number size (the theme's caption size)."""
    footer_min: float
    """The smallest size a long footer shrinks to."""
    bottom: Length = Inches(0.5)
    """From the footer's top to the slide's bottom."""
    line_h: float = 1.6
    """The footer's height in multiples of its size."""
    number_w: Length = Inches(1.0)
    number_gap: Length = Inches(0.2)
    """Between the footer's right and the slide number."""


@dataclass(frozen=True)
class CoverGeometry:
    """A cover (title, section or closing slide) on an agency template's own layout."""

    title_max: float
    title_min: float
    subtitle_max: float
    subtitle_min: float
    subtitle_lines: int = 2


@dataclass(frozen=True)
class TitleGeometry:
    """The title slide: the agency on top, the title on a band in the middle, the presenter
    and place and date at the bottom."""

    title_max: float
    title_min: float
    line_sizes: tuple[float, float, float]
    """The subtitle, organization and bottom lines."""
    org_top: Length = Inches(0.45)
    """The top of the agency's name (and of the logo)."""
    rule: Rule = Rule()
    band_top_share: float = 0.28
    """The band's top as a share of the slide's height."""
    band_share: float = 0.34
    """The band's height as a share of the slide's."""
    band_pad: Length = Inches(0.2)
    """Between the band's edges and the title box."""
    band_rule_h: Length = Inches(0.08)
    lines_gap: Length = Inches(0.25)
    """Between the band and the subtitle."""
    line_gap: Length = Inches(0.12)
    line_room: float = 2.6
    """A line's box height in multiples of its size."""
    line_min: float = READABLE_PT
    line_shrink: float = 0.7
    """A line shrinks to this share of its size, not below ``line_min``."""
    line_max_lines: int = 2
    foot_bottom: Length = Inches(0.9)
    """From the last line's top to the slide's bottom."""
    logo_h: Length = Inches(0.8)


@dataclass(frozen=True)
class SectionGeometry:
    """A section divider: its label ("Phần 1"), a rule, the title and a subtitle."""

    label_size: float
    title_max: float
    title_min: float
    subtitle_max: float
    subtitle_min: float = 16
    label_top: Length = Inches(1.6)
    label_line_h: float = 1.5
    """The label's box height in multiples of its size."""
    rule_drop: float = 1.6
    """From the label's top to the rule, in multiples of the label's size."""
    rule: Rule = Rule()
    title_top: Length = Inches(2.35)
    title_h: Length = Inches(2.6)
    title_lines: int = 3
    subtitle_gap: Length = Inches(0.2)
    bottom: Length = Inches(0.8)
    """From the subtitle's bottom to the slide's bottom."""


@dataclass(frozen=True)
class ClosingGeometry:
    """The closing slide: a centred title, a rule and a subtitle."""

    title_max: float
    title_min: float
    subtitle_max: float
    subtitle_min: float = 16
    title_top: Length = Inches(2.3)
    title_h: Length = Inches(1.8)
    title_lines: int = 2
    rule_top: Length = Inches(4.2)
    rule: Rule = Rule()
    subtitle_top: Length = Inches(4.45)
    subtitle_h: Length = Inches(1.2)
    subtitle_lines: int = 2
    date_gap: Length = Inches(0.25)
    """Between the subtitle (or the rule) and the place and date under it."""


@dataclass(frozen=True)
class ImageGeometry:
    """A picture over its caption."""

    caption_max: float
    caption_min: float
    caption_h: Length
    caption_gap: Length = Inches(0.08)
    footer_gap: Length = Inches(0.25)
    """Kept free between the picture (or its caption) and the footer."""
    min_dpi: float = 96.0
    """A picture is never enlarged past this resolution (pixels per inch at its shown size)."""
    warn_dpi: float = 150.0
    """Below this resolution a picture gets a warning: it looks blurred on a projector."""


@dataclass(frozen=True)
class QuoteGeometry:
    """A quote in large italics between its marks, with its author (a title, if any, is the
    content slides' header)."""

    author_size: float
    author_min: float
    text_max: float
    text_min: float
    indent: Length = Inches(1.2)
    """The quote's text starts this far right of the margin; the mark sits in between."""
    title_top: Length = Inches(0.6)
    region_top: Length = Inches(1.5)
    """The quote and its author are centred between this and ``region_bottom``."""
    region_bottom: Length = Inches(0.9)
    """From the region's bottom to the slide's bottom."""
    author_lines: int = 2
    author_gap: Length = Inches(0.2)
    mark: str = "“"
    close_mark: str = "”"
    """Ends the quote's last line, at the quote's size."""
    mark_size: float = 96
    mark_h: Length = Pt(96 * 1.25)
    mark_rise: Length = Inches(0.3)
    """The mark's top sits this far above the quote's, and never above ``title_top``."""


@dataclass(frozen=True)
class KpiGeometry:
    """KPI cards: a value, a label and a detail on a card with an accent mark."""

    value_max: float
    label_max: float
    detail_size: float
    """The largest detail size (the theme's body minimum): a detail shrinks only to fit."""
    value_min: float = 20
    min_text: float = READABLE_PT
    """The theme's smallest secondary text."""
    detail_min: float = READABLE_PT
    """The smallest detail size: the theme's body minimum, as a label's (a plan and its
    attainment are read as the label is); cards that cannot keep it are laid out otherwise."""
    label_min: float = READABLE_PT
    """The smallest label size: the theme's body minimum, a label being body text; cards that
    cannot keep it are laid out otherwise (fewer a row, more rows, continuation slides)."""
    pad: Length = Inches(0.2)
    tight_pad: Length = Inches(0.1)
    """A card's padding above and below its text when with ``pad`` its number could not
    dominate the slide's title (``kinds.kpis.DOMINANT``): six cards of three-line labels
    under the large-text theme's 40-pt title."""
    gap: Length = Inches(0.3)
    """Between cards."""
    inner_gap: Length = Inches(0.08)
    """Between a card's value, label and detail."""
    mark_w: Length = Inches(0.09)
    value_pad_pt: float = 4.0
    max_rows: int = 4


@dataclass(frozen=True)
class TableGeometry:
    """Tables: their cell inset and the sizes they shrink between."""

    size_max: float
    size_min: float
    """The theme's body minimum: a table continues on more slides before it goes below."""
    size_floor: float
    """Below ``size_min`` (with a warning) only when one row is taller than a slide there."""
    inset: Length = Inches(0.08)
    size_grow: float = 0.0
    """A short table grows up to this size (the theme's ``body_max``) while its names stay on
    one line; 0 for ``size_max``."""


@dataclass(frozen=True)
class ChartGeometry:
    """A chart beside bullets."""

    gap: Length = Inches(0.35)
    """Between the chart and the bullets."""
    share: float = 0.6
    """The chart's share of the body's width."""


@dataclass(frozen=True)
class CoverInk:
    """The colours of a title or closing slide composed in the template's free area, each
    reading (4.5:1) on what the layout draws behind it."""

    top: str
    """The agency's line in the area's top row (the content title's row: on a band there)."""
    title: str
    text: str
    """The subtitle and the lines at the bottom."""
    band: bool
    """The top row is drawn in another colour than the rest (a band): the agency is centred in
    it and needs no rule under it."""
    clear: tuple[tuple[int, int], ...] = ()
    """The rows of the area below the top row (top and bottom, EMU) where the template draws
    something ``title`` or ``text`` does not read on (Pencil's stroke across its picture): the
    composition keeps its text boxes off them where the area has room."""
    top_rest: str = ""
    """The agency's line below the top row (kept off a logo the template draws in that row),
    reading on the rest of the area; ``text`` when empty."""


def free_area(slots: Mapping[str, Mapping[str, Box]], role: str) -> Box | None:
    """The room a template leaves free for a title or closing slide's composition: across, the
    columns both its ``role`` layout's placeholders and its content slides' title keep clear
    (lo's gold disc at the top right, xanh-so's stripe at the left); down, from the content
    title's top to the lowest bottom of the cover's placeholders and the content body (lo's
    band and xanh-so's footer row below it). None without a template layout for ``role``."""
    own, content = slots.get(role, {}), slots.get("content", {})
    title = own.get("title")
    if title is None:
        return None
    boxes = [b for b in (title, own.get("subtitle")) if b is not None]
    head, body = content.get("title"), content.get("body")
    x0, x1 = min(b.x for b in boxes), max(b.right for b in boxes)
    top = title.y
    if head is not None:
        x0, x1, top = max(x0, head.x), min(x1, head.right), min(top, head.y)
    lows = [b for b in (own.get("body"), body) if b is not None]
    bottom = max(b.bottom for b in (*boxes, *lows))
    if x1 <= x0 or bottom <= top:
        return None
    return Box(Length(x0), Length(top), Length(x1 - x0), Length(bottom - top))


@dataclass(frozen=True)
class Frame:
    """Everything a slide kind needs from the theme and template, and nothing it must compute
    from a bare number. Built once per theme by ``build_frame``; change it with
    ``dataclasses.replace``."""

    width: Length
    height: Length
    margin: Length
    """Left and right (and the logo's right) of every slide's content."""
    body_bottom: Length
    """From a content slide's body bottom to the slide's bottom."""
    text_pad_pt: float
    """Added to measured lines to make a text box's height, in points."""
    sizes: TextSizes
    colors: ThemeColors
    fonts: ThemeFonts
    """The font families written on text boxes."""
    measure: Measurers
    header: HeaderGeometry
    chrome: ChromeGeometry
    cover: CoverGeometry
    title: TitleGeometry
    section: SectionGeometry
    closing: ClosingGeometry
    image: ImageGeometry
    quote: QuoteGeometry
    kpi: KpiGeometry
    table: TableGeometry
    chart: ChartGeometry
    logo: Logo | None
    footer: str
    """The footer text, its figures resolved; empty for none."""
    slide_numbers: bool
    chart_style: Mapping[str, Any]
    """Keyword arguments of ``charts.ChartStyle``."""
    slots: Mapping[str, Mapping[str, Box]] = field(default_factory=dict)
    """Layout role to its placeholders' boxes in the agency template; empty without one."""
    title_color: str = ""
    """A content slide's title colour when the template draws a band under its title (the
    template's title colour, if it reads there, else black or white); empty: ``primary``."""
    chrome_color: str = ""
    """The footer's and slide number's colour on an agency template (its own where it reads on
    what is behind them, ``theme.template.chrome_color``); empty: ``muted``."""
    number_color: str = ""
    """The slide number's colour when the footer's does not read where the number is
    (``theme.template.number_color``: no number placeholder, off the footer's band); empty:
    ``chrome_color``."""
    number_box: Box | None = None
    """Where a content slide's number goes when the template has no number placeholder and
    deckmaker's own place is on artwork no colour reads on (``theme.template.number_place``);
    None: at the bottom right (``page.chrome_boxes``)."""
    cover_colors: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Title, section and closing slides on the template's own layouts: role to the (title,
    subtitle) colours that read on what that layout draws behind each
    (``theme.template.cover_colors``); empty without a template."""
    backing: bool = False
    """The template's artwork leaves no colour readable under the text
    (``theme.template.needs_backing``): each slide's text sits on a panel of its background."""
    marks: Mapping[str, tuple[Box, ...]] = field(default_factory=dict)
    """Layout role to the small shapes its slides show from the template (a logo, a copyright
    line, a page mark: ``theme.template.drawn_marks``), which a backing panel, deckmaker's footer
    row and a cover's blocks keep clear of; empty without a template."""
    scale: float = 1.0
    """The template's slides' height over 7.5 in (``text_scale``): text sizes are scaled by it,
    and charts are drawn on a canvas ``1 / scale`` times their box, then fitted to it."""
    capitals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Layout role to the slots whose text the template draws in capitals (``cap="all"``)."""
    section_backdrop: tuple[str, ...] = ()
    """The colours the template's section layout draws under the room below its title (its
    background and artwork, ``theme.template.backdrop``); empty without a template."""
    title_frames: tuple[Box, ...] = ()
    """The frames the template draws around the title on the quote's layout (``title_only``),
    which a quote without a title would leave empty (``theme.template.title_frames``)."""

    quote_ground: tuple[str, ...] = ()
    """The colours the fill of the quote layout's (``title_only``) title box shows, which an
    untitled quote takes as its box (``theme.template.placeholder_fill``); empty: none."""

    cover_inks: Mapping[str, CoverInk] = field(default_factory=dict)
    """Title and closing slides composed in the template's free area (``cover_area``): role to
    the colours that read (4.5:1) where its lines go; empty without a template."""

    def cover_area(self, role: str) -> Box | None:
        """The room the template leaves free for a title or closing slide's composition
        (``free_area`` of its placeholders' boxes)."""
        return free_area(self.slots, role)

    def slot(self, role: str, name: str) -> Box | None:
        """Where the template's layout for ``role`` puts the placeholder ``name``, if anywhere."""
        return self.slots.get(role, {}).get(name)

    def drawn(self, role: str, name: str, m: TextMeasurer) -> TextMeasurer:
        """``m``, or ``m`` measuring capitals where the template draws the placeholder ``name``
        of ``role``'s layout in capitals."""
        return capitals(m) if name in self.capitals.get(role, ()) else m

    def line_floor(self, role: str) -> float:
        """The least size of a title slide's line, built in or composed on a template's cover:
        the readable one (``title.line_min``), and for body text (the agency, the presenter,
        the date) never under the theme's body minimum."""
        return max(self.title.line_min, self.sizes.body_min if role == "body" else 0.0)


SLOT_ROLES = ("title", "section", "content", "closing", "two_content")
"""The layout roles whose placeholders the planned slides use (``two_content``: a template's
"Two Content" layout, found by geometry, for charts with bullets)."""


NOMINAL_HEIGHT = 6858000
"""7.5 in: the height of PowerPoint's slides, which the theme's text sizes are written for."""


def text_scale(theme: Theme) -> float:
    """How much the theme's text sizes scale on its template's slides: 1 without a template;
    on a template's slides of another height (LibreOffice's 28 × 15.75 cm, a 4:3 of 25.4 ×
    19.05 cm), text keeps its share of the slide, as it would if the slide were zoomed. A
    portrait slide (A4 upright) scales by its width, as a landscape one turned: by its height,
    a title took 1.56 times its size across 8.26 in and a chart beside bullets fitted at none."""
    if theme.template is None:
        return 1.0
    return round(min(theme.height_emu, theme.width_emu) / NOMINAL_HEIGHT, 3)


def scaled_sizes(sizes: TextSizes, scale: float) -> TextSizes:
    """``sizes`` times ``scale`` (notes, read on paper, keep theirs), to a tenth of a point."""
    if scale == 1.0:
        return sizes

    def f(v: float) -> float:
        return round(v * scale, 1)

    return replace(
        sizes,
        title=f(sizes.title),
        body=f(sizes.body),
        body_min=f(sizes.body_min),
        caption=f(sizes.caption),
        kpi=f(sizes.kpi),
        chart=f(sizes.chart),
        chart_min=f(sizes.chart_min),
        body_max=None if sizes.body_max is None else f(sizes.body_max),
        small_min=None if sizes.small_min is None else f(sizes.small_min),
    )


def build_frame(theme: Theme, fonts: Fonts, footer: str = "") -> Frame:
    """The frame of ``theme``'s slides, measured in ``fonts``; ``footer`` is its footer text."""
    scale = text_scale(theme)
    ts = scaled_sizes(theme.text_sizes, scale)
    readable = READABLE_PT * min(scale, 1.0)
    chart_style = theme.chart_style(fonts.body.path, fonts.heading.path)
    backing = _needs_backing(theme)
    return Frame(
        width=theme.width_emu,
        height=theme.height_emu,
        margin=Inches(0.6) if theme.size == "16:9" else Inches(0.5),
        body_bottom=Inches(0.65),
        text_pad_pt=2.0,
        sizes=ts,
        colors=theme.colors,
        fonts=theme.fonts,
        measure=Measurers(
            measurer(fonts.body),
            measurer(fonts.body_bold),
            measurer(fonts.heading),
            measurer(fonts.quote or fonts.heading),
            measurer(fonts.numeral or fonts.heading),
        ),
        header=HeaderGeometry(
            size_max=ts.title, size_min=max(20.0 * scale, ts.title * 0.66), top=_header_top(theme)
        ),
        chrome=ChromeGeometry(size=ts.caption, footer_min=min(ts.caption, ts.small_floor)),
        cover=CoverGeometry(
            title_max=ts.title * 1.15,
            title_min=24 * scale,
            subtitle_max=ts.body,
            subtitle_min=min(ts.body, max(readable, ts.small_floor)),
        ),
        title=TitleGeometry(
            title_max=ts.title * 1.15,
            title_min=24 * scale,
            line_min=readable,
            line_sizes=(ts.body, ts.body * 0.8, max(ts.body * 0.85, ts.body_min)),
        ),
        section=SectionGeometry(
            label_size=ts.body,
            title_max=ts.title * 1.1,
            title_min=24 * scale,
            subtitle_max=ts.body,
            subtitle_min=16 * scale,
        ),
        closing=ClosingGeometry(
            title_max=ts.title * 1.3,
            title_min=28 * scale,
            subtitle_max=ts.body,
            subtitle_min=16 * scale,
        ),
        image=ImageGeometry(
            caption_max=ts.caption * 1.2,
            caption_min=max(ts.caption, ts.small_floor),
            caption_h=Pt(ts.caption * 2.4),
        ),
        quote=QuoteGeometry(
            author_size=ts.body * 0.85,
            author_min=min(ts.body * 0.85, max(readable, ts.small_floor)),
            text_max=ts.body * 1.5,
            text_min=ts.body_min,
        ),
        kpi=KpiGeometry(
            value_max=ts.kpi,
            label_max=max(ts.body * 0.8, readable, ts.body_min),
            detail_size=max(readable, ts.caption, ts.small_floor, ts.body_min),
            min_text=max(readable, ts.small_floor),
            detail_min=max(readable, ts.small_floor, ts.body_min),
            label_min=max(readable, ts.small_floor, ts.body_min),
            value_min=20 * scale,
        ),
        table=TableGeometry(
            size_max=ts.body,
            size_min=ts.body_min,
            size_floor=max(readable, ts.small_floor),
            size_grow=ts.body_grow,
        ),
        chart=ChartGeometry(),
        logo=_logo(theme),
        footer=footer,
        slide_numbers=theme.slide_numbers and not _template_numbers(theme),
        chart_style=MappingProxyType(chart_style),
        slots=_slots(theme),
        capitals=_capitals(theme),
        title_frames=_title_frames(theme),
        section_backdrop=_section_backdrop(theme),
        title_color="" if backing else _title_color(theme),
        quote_ground=() if backing else _quote_ground(theme),
        cover_colors=MappingProxyType({}) if backing else _cover_colors(theme, _title_color(theme)),
        cover_inks=_cover_inks(theme, plain_only=backing),
        chrome_color="" if backing else _chrome_color(theme),
        number_color="" if backing else _number_color(theme),
        number_box=None if backing else _number_place(theme),
        backing=backing,
        marks=MappingProxyType(_marks(theme) if theme.template is not None else {}),
        scale=scale,
    )


BAND_GAP = Inches(0.15)
"""Between a template's title band (``theme.template.top_bands_bottom``) and deckmaker's own
content title under it."""


def _header_top(theme: Theme) -> Length:
    """The top of a content slide's title on deckmaker's own geometry (the template's content
    layout has no usable title box): ``HeaderGeometry.top``, or under the bands the template
    draws across the top of its content slides (m3dev's grey title band: the title and its
    panel covered its middle, the grey showing round them)."""
    default = HeaderGeometry(size_max=0.0, size_min=0.0).top
    if theme.template is None:
        return default
    from ..theme.template import layout_boxes, top_bands_bottom

    if "title" in layout_boxes(theme, "content"):
        return default
    band = top_bands_bottom(theme, "content")
    return Length(max(int(default), band + int(BAND_GAP))) if band else default


def _logo(theme: Theme) -> Logo | None:
    if not theme.logo:
        return None
    from PIL import Image

    with Image.open(theme.logo) as im:
        return Logo(str(theme.logo), theme.display_name, im.width, im.height)


def _title_color(theme: Theme) -> str:
    if theme.template is None:  # titles in a tone of primary that reads (4.5:1) when it does not
        c = theme.colors
        tone = readable_tone(c.primary, (c.background,))
        return tone if tone != c.primary else ""
    from ..theme.template import title_band_color

    return title_band_color(theme, theme.colors.primary) or ""


def _quote_ground(theme: Theme) -> tuple[str, ...]:
    if theme.template is None:
        return ()
    from ..theme.template import placeholder_fill

    return placeholder_fill(theme, "title_only", "title")


def _cover_colors(theme: Theme, content_title: str) -> Mapping[str, tuple[str, str]]:
    if theme.template is None:
        return MappingProxyType({})
    from ..theme.template import cover_colors, layout_boxes

    content = layout_boxes(theme, "content").get("title")
    out = {}
    for role in ("title", "section", "closing"):
        same = layout_boxes(theme, role).get("title") == content  # on the content title's place
        out[role] = cover_colors(theme, role, content_title if same else "")
    return MappingProxyType(out)


CLEAR_ROW = 228600
"""The height of the rows of a composed cover's area read one by one for ``CoverInk.clear``
(0.25 in: under a line of its smallest text)."""


def _merged(rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``rows`` in order, those that touch or overlap joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(rows):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _cover_inks(theme: Theme, plain_only: bool = False) -> Mapping[str, CoverInk]:
    """The inks a title or closing slide composed in the template's free area is written in;
    ``plain_only`` (a template that needs a backing panel): only where they read on the whole
    area, no row to keep clear (m3dev's plain room between its logos; not Focus's coloured
    shards, whose cover keeps its panel)."""
    if theme.template is None:
        return MappingProxyType({})
    from ..theme.model import contrast_ratio
    from ..theme.template import (
        artwork_under,
        backdrop,
        backdrops,
        cover_colors,
        layout_key,
        placeholder_fill,
    )

    slots = _slots(theme)
    scans: dict[tuple[object, ...], tuple[tuple[int, int], ...]] = {}
    """The rows found (``CoverInk.clear``) by layout, area and inks: the title and closing
    slides of a template's one title layout are read once (LibreOffice's Pencil, 0.27 s)."""
    head = slots.get("content", {}).get("title")
    c = theme.colors
    content_title = _title_color(theme)
    out = {}
    for role in ("title", "closing"):
        area = free_area(slots, role)
        if area is None:
            continue
        row_h = head.bottom - area.y if head is not None else Length(area.h // 4)
        row = (int(area.x), int(area.y), int(area.w), int(row_h))
        rest = (int(area.x), int(area.y + row_h), int(area.w), int(area.h - row_h))
        on_row, on_rest = backdrop(theme, role, row), backdrop(theme, role, rest)
        own_title, own_text = cover_colors(theme, role)

        def first(cands: tuple[str, ...], under: tuple[str, ...]) -> str:
            cands = tuple(x for x in cands if x)
            for x in cands:
                if all(contrast_ratio(x, u) >= 4.5 - 1e-9 for u in under):
                    return x
            return readable_tone(cands[0], under)

        title_under = placeholder_fill(theme, role, "title") or on_rest  # its box's own fill
        title = first((own_title, c.primary, c.text, "#000000", "#FFFFFF"), title_under)
        text = first((own_text, c.text, "#000000", "#FFFFFF"), on_rest)

        # the area's colours as a whole miss a thin shape (a picture's stroke is a few of its
        # pixels): each row a text box could sit on is read on its own, down each shape that
        # shows a colour the inks do not read on (or an unknown one)
        def reads(under: tuple[str, ...]) -> bool:
            return all(contrast_ratio(i, u) >= 4.5 - 1e-9 for i in (title, text) for u in under)

        def rows() -> tuple[tuple[int, int], ...]:
            wanted: list[tuple[int, int]] = []
            end = rest[1] + rest[3]
            for where, colors in artwork_under(theme, role, rest):
                if colors and reads(colors):
                    continue
                y = rest[1] + max(0, where[1] - rest[1]) // CLEAR_ROW * CLEAR_ROW
                while y < min(end, where[1] + where[3]):
                    h = min(CLEAR_ROW, end - y)
                    wanted.append((y, h))
                    y += h
            # the template opened once for all the rows (``backdrops``)
            under = backdrops(theme, role, [(rest[0], y, rest[2], h) for y, h in wanted])
            clear = [(y, y + h) for (y, h), u in zip(wanted, under, strict=True) if not reads(u)]
            return tuple(_merged(clear))

        layout = layout_key(theme, role)
        key = (role,) if layout is None else (layout, rest, title, text)
        if key not in scans:
            scans[key] = rows()
        clear = scans[key]
        if plain_only and (clear or not reads(on_rest)):
            continue
        out[role] = CoverInk(
            top=first((content_title, own_title, c.primary, c.text, "#000000", "#FFFFFF"), on_row),
            title=title,
            text=text,
            band=set(on_row) != set(on_rest),
            clear=clear,
            top_rest=first(
                (content_title, own_title, c.primary, c.text, "#000000", "#FFFFFF"), on_rest
            ),
        )
    return MappingProxyType(out)


def _needs_backing(theme: Theme) -> bool:
    if theme.template is None:
        return False
    from ..theme.template import needs_backing

    return needs_backing(theme)


def _chrome_color(theme: Theme) -> str:
    if theme.template is None:
        return ""
    from ..theme.template import chrome_color

    return chrome_color(theme)


def _template_numbers(theme: Theme) -> bool:
    """The template already shows slide numbers as artwork (``theme.template.draws_numbers``)."""
    if theme.template is None:
        return False
    from ..theme.template import draws_numbers

    return draws_numbers(theme)


def _number_place(theme: Theme) -> Box | None:
    if theme.template is None:
        return None
    from ..theme.template import number_place

    found = number_place(theme)
    return None if found is None else Box(*(Length(v) for v in found))


def _number_color(theme: Theme) -> str:
    if theme.template is None:
        return ""
    from ..theme.template import number_color

    return number_color(theme)


def _slots(theme: Theme) -> Mapping[str, Mapping[str, Box]]:
    if theme.template is None:
        return MappingProxyType({})
    from ..theme.template import layout_boxes

    return MappingProxyType(
        {
            role: MappingProxyType(
                {
                    k: Box(*(Length(v) for v in xywh))
                    for k, xywh in layout_boxes(theme, role).items()
                }
            )
            for role in SLOT_ROLES
        }
    )


def _capitals(theme: Theme) -> Mapping[str, tuple[str, ...]]:
    if theme.template is None:
        return MappingProxyType({})
    from ..theme.template import layout_capitals

    return MappingProxyType({role: layout_capitals(theme, role) for role in SLOT_ROLES})


def _section_backdrop(theme: Theme) -> tuple[str, ...]:
    """Every colour under the room below the section layout's title, or above its placeholders
    when they sit low (``section._room_above``), looked at in a 4 × 4 grid of it (artwork under
    a part of it, Pencil's picture, is missed by the whole box's look)."""
    if theme.template is None:
        return ()
    from ..theme.template import backdrop, layout_boxes

    boxes = layout_boxes(theme, "section")
    title = boxes.get("title")
    if title is None:
        return ()
    x, y, w, h = title
    top = y + h + int(Inches(0.3))  # as ``section._room_under_title``
    rh = max(theme.height_emu - top - int(Inches(0.65)), 4)
    if y > SECTION_LOW * theme.height_emu:  # as ``section._room_above``
        head = layout_boxes(theme, "content").get("title")
        top = head[1] if head is not None else int(Inches(0.5))
        rh = max(y - int(Inches(0.2)) - top, 4)  # down to the title: its text box may be empty
    rw = max(theme.width_emu - 2 * x, 4)
    seen: list[str] = []
    for i in range(SECTION_GRID):
        for j in range(SECTION_GRID):
            cell = (
                x + i * rw // SECTION_GRID,
                top + j * rh // SECTION_GRID,
                rw // SECTION_GRID,
                rh // SECTION_GRID,
            )
            seen += [c for c in backdrop(theme, "section", cell) if c not in seen]
    return tuple(seen)


SECTION_GRID = 4
SECTION_LOW = 0.3
"""A section layout's title whose top is below this share of the height sits low
(``section.TOP_SHARE``)."""


def _marks(theme: Theme) -> dict[str, tuple[Box, ...]]:
    from ..kinds import KINDS
    from ..theme.template import drawn_marks

    roles = dict.fromkeys([*(k.layout for k in KINDS.values()), "blank"])
    return {
        role: tuple(Box(*(Length(v) for v in xywh)) for xywh in drawn_marks(theme, role))
        for role in roles
    }


def _title_frames(theme: Theme) -> tuple[Box, ...]:
    if theme.template is None:
        return ()
    from ..theme.template import title_frames

    return tuple(Box(*(Length(v) for v in xywh)) for xywh in title_frames(theme, "title_only"))
