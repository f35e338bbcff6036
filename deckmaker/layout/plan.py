"""Plan every slide: measured, fitted and paginated boxes for each slide kind."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..charts.model import ChartPlan, ChartStyle, Series, alt_text
from ..errors import LayoutError, Problem
from ..outline.model import Bullet, Deck, SectionSpec, SlideSpec
from ..resolve import Resolver, chart_data
from ..theme.model import Theme
from ..units import EMU_PER_PT, Inches, Length
from .fit import LINE_SPACING, Item, WordPairs, fit_bullets, fit_single, fit_title, to_paras
from .fonts import ResolvedFont, resolve_font
from .measure import EstimatingMeasurer, TextMeasurer
from .model import Box, ChartBox, Para, PictureBox, Run, ShapeBox, SlidePlan, TextBox
from .table import plan_table

WORDS = {
    "vi": {"cont": "(tiếp)", "part": "Phần"},
    "en": {"cont": "(cont.)", "part": "Part"},
}
_MEASURERS: dict[tuple[Path, bool], TextMeasurer] = {}
QUOTE_MARK_PT = 96


def measurer(font: ResolvedFont) -> TextMeasurer:
    """The font's HarfBuzz measurer, or with ``DECKMAKER_MEASURE=off`` a cheap estimate (no
    shaping: for timing what measuring costs, not for decks)."""
    estimate = os.environ.get("DECKMAKER_MEASURE", "").lower() == "off"
    key = (font.path, estimate)
    if key not in _MEASURERS:
        _MEASURERS[key] = (EstimatingMeasurer if estimate else TextMeasurer)(font.path)
    return _MEASURERS[key]


@dataclass(frozen=True)
class Fonts:
    body: ResolvedFont
    body_bold: ResolvedFont
    heading: ResolvedFont

    @classmethod
    def for_theme(cls, theme: Theme) -> Fonts:
        return cls(
            resolve_font(theme.fonts.body),
            resolve_font(theme.fonts.body, bold=True),
            resolve_font(theme.fonts.heading, bold=True),
        )

    def files(self) -> dict[str, Path]:
        return {
            self.body.requested.split(" Bold")[0]: self.body.path,
            self.heading.requested.split(" Bold")[0]: self.heading.path,
        }


def pt(v: float) -> Length:
    return Length(round(v * EMU_PER_PT))


@dataclass
class Planner:
    deck: Deck
    theme: Theme
    r: Resolver
    fonts: Fonts
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.W, self.H = self.theme.width_emu, self.theme.height_emu
        self.M = Inches(0.6) if self.theme.size == "16:9" else Inches(0.5)
        self.c = self.theme.colors
        self.ts = self.theme.text_sizes
        self.lang = self.deck.info.language
        self.words = WORDS[self.lang]
        from ..resolve import iter_texts

        self.pairs = WordPairs(t.value for t in iter_texts(self.deck))
        self.body_m = measurer(self.fonts.body)
        self.bold_m = measurer(self.fonts.body_bold)
        self.head_m = measurer(self.fonts.heading)
        self.footer = ""
        if self.theme.footer:
            self.footer = self.r.template(self.theme.footer, self.theme.origin("footer"), "footer")

    # -- common pieces -------------------------------------------------------------------------
    def text(
        self,
        box: Box,
        text: str,
        size: float,
        *,
        font: str | None = None,
        color=None,
        bold=False,
        italic=False,
        align="l",
        anchor="t",
        role="body",
        name="Text",
    ) -> TextBox:
        para = Para(
            (Run(text, bold=bold, italic=italic),), size, align=align, line_spacing=LINE_SPACING
        )
        return TextBox(
            box,
            (para,),
            font or self.theme.fonts.body,
            color or self.c.text,
            name,
            role=role,
            anchor=anchor,
        )

    def fitted(
        self,
        box: Box,
        text: str,
        size_max: float,
        size_min: float,
        m: TextMeasurer,
        max_lines: int | None = None,
        title: bool = False,
        **kw,
    ) -> tuple[TextBox, float, int]:
        """A text box with the largest size at which ``text`` fits; a ``title`` is broken into
        lines where a reader would break it, with explicit line breaks."""
        w, h = box.w / EMU_PER_PT, box.h / EMU_PER_PT
        if title:
            size, lines = fit_title(text, m, w, size_max, size_min, max_lines or 3, self.pairs)
            if len(lines) * m.line_height_pt(size, LINE_SPACING) <= h + 1e-6:
                return self.text(box, "\n".join(lines), size, **kw), size, len(lines)
        size, lines = fit_single(text, m, w, h, size_max, size_min, max_lines)
        return self.text(box, text, size, **kw), size, len(lines)

    def chrome(self, number: bool = True) -> list:
        """Footer, slide number and logo of a content slide."""
        out: list = []
        cap = self.ts.caption
        y = self.H - Inches(0.5)
        foot = Box(self.M, y, self.W - 2 * self.M - Inches(1.2), pt(cap * 1.6))
        num = Box(self.W - self.M - Inches(1.0), y, Inches(1.0), pt(cap * 1.6))
        if self.theme.template is not None:
            # the template's own footer and slide-number placeholders (the writer fills them)
            from ..theme.template import layout_boxes

            slots = layout_boxes(self.theme, "content")
            foot = Box(*(Length(v) for v in slots["footer"])) if "footer" in slots else foot
            num = Box(*(Length(v) for v in slots["number"])) if "number" in slots else num
        if self.footer:
            box, _, _ = self.fitted(
                foot,
                self.footer,
                cap,
                min(cap, 10.0),
                self.body_m,
                max_lines=1,
                color=self.c.muted,
                role="footer",
                name="Footer",
                anchor="ctr",
            )
            out.append(box)
        if number and self.theme.slide_numbers:
            out.append(
                self.text(
                    num,
                    "#",
                    cap,
                    color=self.c.muted,
                    align="r",
                    role="number",
                    name="Slide Number",
                    anchor="ctr",
                )
            )
        return out

    def logo(self, x: int, y: int, h: int) -> list:
        if not self.theme.logo:
            return []
        from PIL import Image

        with Image.open(self.theme.logo) as im:
            w = Length(round(h * im.width / im.height))
        return [
            PictureBox(
                Box(Length(x - w), Length(y), w, Length(h)),
                str(self.theme.logo),
                alt=self.theme.display_name,
                name="Logo",
            )
        ]

    def header(self, title: str) -> tuple[list, int]:
        """Title (up to two lines, shrinking) with its accent rule; returns the body top."""
        if self.theme.template is not None:
            # in the template's title placeholder; the template draws its own decoration
            from ..theme.template import layout_boxes

            slot = layout_boxes(self.theme, "content").get("title")
            if slot is not None:
                x, y, w, h = slot
                logo = self.logo(x + w, y, min(h, Inches(0.7)))
                w -= logo[0].box.w + Inches(0.25) if logo else 0
                size, _ = fit_single(
                    title,
                    self.head_m,
                    w / EMU_PER_PT,
                    h / EMU_PER_PT,
                    self.ts.title,
                    max(20.0, self.ts.title * 0.66),
                    max_lines=2,
                )
                box = Box(Length(x), Length(y), Length(w), Length(h))
                head = self.text(
                    box,
                    title,
                    size,
                    font=self.theme.fonts.heading,
                    color=self.c.primary,
                    bold=True,
                    role="title",
                    name="Title",
                    anchor="ctr",
                )
                return [head, *logo], y + h + Inches(0.1)
        logo_h = Inches(0.7)
        logo = self.logo(self.W - self.M, Inches(0.35), logo_h)
        right = self.W - self.M - (logo[0].box.w + Inches(0.25) if logo else 0)
        width = right - self.M
        size, lines = fit_title(
            title,
            self.head_m,
            width / EMU_PER_PT,
            self.ts.title,
            max(20.0, self.ts.title * 0.66),
            2,
            self.pairs,
        )
        lh = self.head_m.line_height_pt(size, LINE_SPACING)
        h = pt(lh * max(1, len(lines)) + 2)
        y = Inches(0.35)
        title_box = self.text(
            Box(self.M, y, Length(width), h),
            "\n".join(lines),
            size,
            font=self.theme.fonts.heading,
            color=self.c.primary,
            bold=True,
            role="title",
            name="Title",
            anchor="t",  # a title measured as two lines that renders as one stays in place
        )
        if len(lines) == 1 and h < logo_h:
            title_box = TextBox(
                Box(self.M, y, Length(width), logo_h),
                title_box.paras,
                title_box.font,
                title_box.color,
                "Title",
                "title",
                "ctr",
            )
            h = logo_h
        rule_y = y + h + Inches(0.1)
        rule = ShapeBox(
            Box(self.M, Length(rule_y), Inches(1.3), Inches(0.06)), self.c.accent, "Title Rule"
        )
        return [title_box, rule, *logo], rule_y + Inches(0.3)

    def body_box(self, top: int) -> Box:
        if self.theme.template is not None:
            from ..theme.template import layout_boxes

            slot = layout_boxes(self.theme, "content").get("body")
            if slot is not None:  # the template's body placeholder, below the title
                x, y, w, h = slot
                top = max(top, y)
                return Box(Length(x), Length(top), Length(w), Length(y + h - top))
        bottom = self.H - Inches(0.65)
        return Box(self.M, Length(top), self.W - 2 * self.M, Length(bottom - top))

    def slide(
        self,
        kind: str,
        title: str,
        elements: list,
        spec: SlideSpec | None,
        part: int = 0,
        background: str | None = None,
    ) -> SlidePlan:
        notes = self.r.text(spec.notes) if spec is not None and part == 0 else ""
        return SlidePlan(
            kind,
            title,
            tuple(elements),
            background or self.c.background,
            notes,
            spec.path if spec else "",
            part,
        )

    # -- slide kinds -------------------------------------------------------------------------
    def template_cover(
        self, kind: str, role: str, title: str, lines: list[str], notes: str, source: str
    ) -> SlidePlan | None:
        """A title, section or closing slide on the agency template's own layout: only the
        title and subtitle, in its placeholders, so the template's design shows untouched."""
        if self.theme.template is None:
            return None
        from ..theme.template import layout_boxes

        slots = layout_boxes(self.theme, role)
        if "title" not in slots:
            return None
        els: list = []
        tbox = Box(*(Length(v) for v in slots["title"]))
        tb, _, _ = self.fitted(
            tbox,
            title,
            self.ts.title * 1.15,
            24,
            self.head_m,
            title=True,
            font=self.theme.fonts.heading,
            color=self.c.primary,
            bold=True,
            role="title",
            name="Title",
            anchor="ctr",
        )
        els.append(tb)
        sub = [x for x in lines if x]
        if sub and "subtitle" in slots:
            sbox = Box(*(Length(v) for v in slots["subtitle"]))
            size, _ = min(
                (
                    fit_single(
                        x,
                        self.body_m,
                        sbox.w / EMU_PER_PT,
                        1e6,
                        self.ts.body,
                        min(self.ts.body, 14.0),
                        2,
                    )
                    for x in sub
                ),
                key=lambda f: f[0],
            )
            paras = tuple(Para((Run(x),), size, line_spacing=LINE_SPACING) for x in sub)
            els.append(
                TextBox(
                    sbox, paras, self.theme.fonts.body, self.c.text, "Subtitle", "subtitle", "t"
                )
            )
        return SlidePlan(kind, title, tuple(els), self.c.background, notes, source)

    def title_slide(self) -> SlidePlan:
        info = self.deck.info
        cover = self.template_cover(
            "title",
            "title",
            self.r.text(info.title),
            [
                self.r.text(info.subtitle),
                self.r.text(info.organization),
                " · ".join(x for x in (self.r.text(info.presenter), self._date()) if x),
            ],
            self.r.text(info.notes) if info.notes else "",
            "deck",
        )
        if cover is not None:
            return cover
        band_h = Length(round(self.H * 0.58))
        els: list = [
            ShapeBox(Box(Length(0), Length(0), self.W, band_h), self.c.primary, "Band"),
            ShapeBox(Box(Length(0), band_h, self.W, Inches(0.08)), self.c.accent, "Band Rule"),
        ]
        w = self.W - 2 * self.M
        tb, _, _ = self.fitted(
            Box(self.M, Inches(0.6), w, band_h - Inches(0.9)),
            self.r.text(info.title),
            self.ts.title * 1.15,
            24,
            self.head_m,
            title=True,
            font=self.theme.fonts.heading,
            color=self.c.on_primary,
            bold=True,
            role="title",
            name="Title",
            anchor="b",
        )
        els.append(tb)
        y = band_h + Inches(0.35)
        logo = self.logo(self.W - self.M, self.H - Inches(1.45), Inches(1.0))
        text_w = w - (logo[0].box.w + Inches(0.3) if logo else 0)
        for t, size, color, name in (
            (self.r.text(info.subtitle), self.ts.body, self.c.text, "Subtitle"),
            (self.r.text(info.organization), self.ts.body * 0.8, self.c.primary, "Organization"),
            (
                " · ".join(x for x in (self.r.text(info.presenter), self._date()) if x),
                self.ts.body * 0.7,
                self.c.muted,
                "Presenter",
            ),
        ):
            if not t:
                continue
            box, s, n = self.fitted(
                Box(self.M, Length(y), Length(text_w), pt(size * 2.6)),
                t,
                size,
                max(14.0, size * 0.7),
                self.body_m,
                max_lines=2,
                color=color,
                name=name,
                role="subtitle" if name == "Subtitle" else "body",
            )
            h = pt(self.body_m.line_height_pt(s) * n + 2)
            els.append(
                TextBox(
                    Box(box.box.x, box.box.y, box.box.w, h),
                    box.paras,
                    box.font,
                    box.color,
                    name,
                    box.role,
                )
            )
            y += h + Inches(0.12)
        els += logo
        notes_spec = info.notes
        return SlidePlan(
            "title",
            self.r.text(info.title),
            tuple(els),
            self.c.background,
            self.r.text(notes_spec) if notes_spec else "",
            "deck",
        )

    def _date(self) -> str:
        d = self.deck.info.date
        if d is None:
            return ""
        if self.lang == "vi":
            return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
        return d.strftime("%d %B %Y")

    def section_slide(self, i: int, sec: SectionSpec) -> SlidePlan:
        cover = self.template_cover(
            "section",
            "section",
            self.r.text(sec.title),
            [self.r.text(sec.subtitle)],
            self.r.text(sec.notes) if sec.notes else "",
            sec.path,
        )
        if cover is not None:
            return cover
        w = self.W - 2 * self.M
        els: list = []
        if sec.label is not None:
            label = self.r.text(sec.label)
        else:
            label = f"{self.words['part']} {i + 1}"
        if label:
            els.append(
                self.text(
                    Box(self.M, Inches(1.6), w, pt(self.ts.body * 1.5)),
                    label.upper(),
                    self.ts.body,
                    color=self.c.on_primary,
                    bold=True,
                    name="Section Number",
                )
            )
        els.append(
            ShapeBox(
                Box(self.M, Inches(1.6) + pt(self.ts.body * 1.6), Inches(1.3), Inches(0.06)),
                self.c.accent,
                "Section Rule",
            )
        )
        top = Inches(2.35)
        tb, s, n = self.fitted(
            Box(self.M, top, w, Inches(2.6)),
            self.r.text(sec.title),
            self.ts.title * 1.1,
            24,
            self.head_m,
            max_lines=3,
            title=True,
            font=self.theme.fonts.heading,
            color=self.c.on_primary,
            bold=True,
            role="title",
            name="Title",
        )
        h = pt(self.head_m.line_height_pt(s) * n + 2)
        els.append(TextBox(Box(self.M, top, w, h), tb.paras, tb.font, tb.color, "Title", "title"))
        if sec.subtitle:
            y = top + h + Inches(0.2)
            sb, _, _ = self.fitted(
                Box(self.M, Length(y), w, Length(self.H - Inches(0.8) - y)),
                self.r.text(sec.subtitle),
                self.ts.body,
                16,
                self.body_m,
                color=self.c.on_primary,
                name="Subtitle",
                role="subtitle",
            )
            els.append(sb)
        notes = self.r.text(sec.notes) if sec.notes else ""
        return SlidePlan(
            "section", self.r.text(sec.title), tuple(els), self.c.primary, notes, sec.path
        )

    def closing_slide(self) -> SlidePlan:
        cl = self.deck.closing
        assert cl is not None
        cover = self.template_cover(
            "closing",
            "closing",
            self.r.text(cl.title),
            [self.r.text(cl.subtitle) or self.r.text(self.deck.info.organization)],
            self.r.text(cl.notes) if cl.notes else "",
            "closing",
        )
        if cover is not None:
            return cover
        w = self.W - 2 * self.M
        els: list = []
        tb, s, n = self.fitted(
            Box(self.M, Inches(2.3), w, Inches(1.8)),
            self.r.text(cl.title),
            self.ts.title * 1.3,
            28,
            self.head_m,
            max_lines=2,
            title=True,
            font=self.theme.fonts.heading,
            color=self.c.on_primary,
            bold=True,
            align="ctr",
            anchor="ctr",
            role="title",
            name="Title",
        )
        els.append(tb)
        els.append(
            ShapeBox(
                Box(Length((self.W - Inches(1.3)) // 2), Inches(4.2), Inches(1.3), Inches(0.06)),
                self.c.accent,
                "Closing Rule",
            )
        )
        sub = self.r.text(cl.subtitle) or self.r.text(self.deck.info.organization)
        if sub:
            sb, _, _ = self.fitted(
                Box(self.M, Inches(4.45), w, Inches(1.2)),
                sub,
                self.ts.body,
                16,
                self.body_m,
                max_lines=2,
                color=self.c.on_primary,
                align="ctr",
                name="Subtitle",
                role="subtitle",
            )
            els.append(sb)
        return SlidePlan(
            "closing",
            self.r.text(cl.title),
            tuple(els),
            self.c.primary,
            self.r.text(cl.notes) if cl.notes else "",
            "closing",
        )

    def bullet_items(self, bullets: tuple[Bullet, ...]) -> list[Item]:
        items: list[Item] = []

        def walk(bs: tuple[Bullet, ...], level: int, group: int | None) -> None:
            for i, b in enumerate(bs):
                g = i if group is None else group
                items.append(Item(self.r.text(b.text), level, g, b.text.location, b.text.path))
                walk(b.children, level + 1, g)

        walk(bullets, 1, None)
        return items

    def bullets_pages(self, spec: SlideSpec, box: Box) -> list[tuple[Para, ...]]:
        items = self.bullet_items(spec.bullets)
        try:
            size, pages = fit_bullets(
                items, self.body_m, box.w, box.h, self.ts.body, self.ts.body_min
            )
        except LayoutError as exc:
            self.problems.extend(exc.problems)
            return []
        return [to_paras(p, size, self.c.accent) for p in pages]

    def bullets_box(self, box: Box, paras: tuple[Para, ...]) -> TextBox:
        return TextBox(box, paras, self.theme.fonts.body, self.c.text, "Body", "body")

    def content(self, spec: SlideSpec) -> list[SlidePlan]:
        title = self.r.text(spec.title)
        kind = spec.kind
        if kind == "quote":
            return [self.quote_slide(spec, title)]
        head, top = self.header(title)
        body = self.body_box(top)
        # a slide that continues needs room under its longer "(tiếp)" title on every page
        cont_body = self.body_box(max(top, self.header(self._cont(title, 1))[1]))
        if kind == "bullets":
            pages = self.bullets_pages(spec, body)
            if len(pages) > 1 and cont_body != body:
                body, pages = cont_body, self.bullets_pages(spec, cont_body)
            return [
                self.slide(
                    "bullets",
                    self._cont(title, i),
                    self._with_header(self._cont(title, i), [self.bullets_box(body, p)], head, i),
                    spec,
                    i,
                )
                for i, p in enumerate(pages)
            ]
        if kind in ("chart", "chart-bullets"):
            return self.chart_slides(spec, title, head, body, cont_body)
        if kind == "kpis":
            from .kpi import plan_kpis

            cards = plan_kpis(self, spec, body)
            if len(cards) > 1 and cont_body != body:
                body, cards = cont_body, plan_kpis(self, spec, cont_body)
            return [
                self.slide(
                    "kpis",
                    self._cont(title, i),
                    self._with_header(self._cont(title, i), els, head, i),
                    spec,
                    i,
                )
                for i, els in enumerate(cards)
            ]
        if kind == "table":
            parts = plan_table(self, spec, body)
            if len(parts) > 1 and cont_body != body:
                body, parts = cont_body, plan_table(self, spec, cont_body)
            return [
                self.slide(
                    "table",
                    self._cont(title, i),
                    self._with_header(self._cont(title, i), [t], head, i),
                    spec,
                    i,
                )
                for i, t in enumerate(parts)
            ]
        if kind == "image":
            return [
                self.slide(
                    "image", title, head + self.image_elements(spec, body) + self.chrome(), spec
                )
            ]
        raise AssertionError(kind)

    def _cont(self, title: str, i: int) -> str:
        return title if i == 0 else f"{title} {self.words['cont']}"

    def _with_header(self, title: str, body: list, head: list, i: int) -> list:
        if i:
            head, _ = self.header(title)
        return head + body + self.chrome()

    def chart_plan(self, spec: SlideSpec, box: Box) -> ChartBox | None:
        chart = spec.chart
        assert chart is not None
        data = chart_data(chart, self.r)
        if any(v is None for _, vals in data.series for v in vals):
            return None
        style = ChartStyle(**self.theme.chart_style(self.fonts.files()))
        try:
            plan = ChartPlan(
                kind=chart.type,
                title=self.r.text(chart.title) or None,
                categories=data.categories,
                series=tuple(Series(n, v) for n, v in data.series),
                unit=data.unit,
                source=self.r.text(chart.source) or None,
                width_emu=box.w,
                height_emu=box.h,
                lang=self.lang,
                style=style,
            )
        except ValueError as exc:  # the outline passed validation, but the data cannot be drawn
            self.problems.append(
                Problem(
                    chart.location,
                    f"cannot draw this chart: {exc}",
                    chart.path,
                    hint="check its type and data",
                )
            )
            return None
        return ChartBox(box, plan, alt_text(plan), "Chart", native=chart.engine == "native")

    def chart_slides(
        self, spec: SlideSpec, title: str, head: list, body: Box, cont_body: Box
    ) -> list[SlidePlan]:
        if not spec.bullets:
            cb = self.chart_plan(spec, body)
            return [self.slide("chart", title, head + ([cb] if cb else []) + self.chrome(), spec)]
        gap = Inches(0.35)

        def split(b: Box) -> tuple[Box, Box]:
            chart_w = Length(round((b.w - gap) * 0.6))
            text_w = Length(b.w - chart_w - gap)
            return Box(b.x, b.y, chart_w, b.h), Box(Length(b.x + chart_w + gap), b.y, text_w, b.h)

        chart_box, text_box = split(body)
        pages = self.bullets_pages(spec, text_box)
        if len(pages) > 1 and cont_body != body:
            chart_box, text_box = split(cont_body)
            pages = self.bullets_pages(spec, text_box)
        cb = self.chart_plan(spec, chart_box)
        out = []
        for i, p in enumerate(pages):
            t = self._cont(title, i)
            els = [*([cb] if cb else []), self.bullets_box(text_box, p)]
            out.append(self.slide("chart-bullets", t, self._with_header(t, els, head, i), spec, i))
        return out

    def image_elements(self, spec: SlideSpec, body: Box) -> list:
        from PIL import Image

        img = spec.image
        assert img is not None
        caption = self.r.text(img.caption)
        cap_h = pt(self.ts.caption * 2.4) if caption else 0
        with Image.open(img.file) as im:
            ratio = im.width / im.height
        avail_h = body.h - cap_h
        w = min(body.w, round(avail_h * ratio))
        h = round(w / ratio)
        x = body.x + (body.w - w) // 2
        alt = caption or self.r.text(spec.title)
        els: list = [
            PictureBox(Box(Length(x), body.y, Length(w), Length(h)), str(img.file), alt, "Picture")
        ]
        if caption:
            tb, _, _ = self.fitted(
                Box(body.x, Length(body.y + h + Inches(0.08)), body.w, Length(cap_h)),
                caption,
                self.ts.caption * 1.2,
                self.ts.caption,
                self.body_m,
                color=self.c.muted,
                align="ctr",
                role="caption",
                name="Caption",
            )
            els.append(tb)
        return els

    def quote_slide(self, spec: SlideSpec, title: str) -> SlidePlan:
        q = spec.quote
        assert q is not None
        w = self.W - 2 * self.M - Inches(1.2)
        x = self.M + Inches(1.2)
        els: list = []
        if title:
            els.append(
                self.text(
                    Box(x, Inches(0.6), w, pt(self.ts.body * 1.6)),
                    title,
                    self.ts.body * 0.8,
                    color=self.c.primary,
                    bold=True,
                    role="title",
                    name="Title",
                )
            )
        region_top, region_bottom = Inches(1.5), self.H - Inches(0.9)
        author, author_h = None, 0
        if q.author:
            a_size = self.ts.body * 0.85
            author, a_size, a_lines = self.fitted(
                Box(x, Length(0), w, pt(self.body_m.line_height_pt(a_size) * 2)),
                "— " + self.r.text(q.author),
                a_size,
                min(a_size, 14.0),
                self.body_m,
                max_lines=2,
                color=self.c.muted,
                align="r",
                name="Author",
            )
            author_h = pt(self.body_m.line_height_pt(a_size) * a_lines + 2)
        gap = Inches(0.2) if author else 0
        text = self.r.text(q.text)
        avail = region_bottom - region_top - author_h - gap
        size, lines = fit_single(
            text,
            self.head_m,
            w / EMU_PER_PT,
            avail / EMU_PER_PT,
            self.ts.body * 1.25,
            self.ts.body_min,
            None,
        )
        text_h = pt(self.head_m.line_height_pt(size) * len(lines) + 2)
        if text_h > avail:
            self.problems.append(
                Problem(
                    q.text.location,
                    f"the quote does not fit on a slide: it needs {text_h / EMU_PER_PT:.0f} pt at "
                    f"{size:g} pt, the room is {avail / EMU_PER_PT:.0f} pt",
                    q.text.path,
                    hint="shorten it, or put the full text in the notes",
                )
            )
        top = region_top + (region_bottom - region_top - text_h - gap - author_h) // 2
        els.append(
            self.text(
                Box(
                    self.M,
                    Length(max(Inches(0.6), top - Inches(0.3))),
                    Inches(1.2),
                    pt(QUOTE_MARK_PT * 1.25),
                ),
                "“",
                QUOTE_MARK_PT,
                font=self.theme.fonts.heading,
                color=self.c.accent,
                bold=True,
                name="Quote Mark",
                role="caption",
            )
        )
        els.append(
            self.text(
                Box(x, Length(top), w, Length(text_h)),
                text,
                size,
                font=self.theme.fonts.heading,
                color=self.c.text,
                italic=True,
                name="Quote",
                role="quote",
            )
        )
        if author is not None:
            b = Box(x, Length(top + text_h + gap), w, Length(author_h))
            els.append(TextBox(b, author.paras, author.font, author.color, "Author", author.role))
        els += self.logo(self.W - self.M, Inches(0.35), Inches(0.7))
        return self.slide("quote", title or text[:60], els + self.chrome(), spec)

    # -- the deck ------------------------------------------------------------------------------
    def plan(self) -> list[SlidePlan]:
        plans = [self.title_slide()]
        for i, sec in enumerate(self.deck.sections):
            plans.append(self.section_slide(i, sec))
            for spec in sec.slides:
                plans.extend(self.content(spec))
        if self.deck.closing:
            plans.append(self.closing_slide())
        return plans


def _roman(n: int) -> str:
    vals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def plan_deck(
    deck: Deck, theme: Theme, r: Resolver, fonts: Fonts
) -> tuple[list[SlidePlan], list[Problem]]:
    p = Planner(deck, theme, r, fonts)
    plans = p.plan()
    return plans, p.problems


__all__ = ["Fonts", "Planner", "plan_deck", "math"]
