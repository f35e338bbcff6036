"""Plan every slide: measured, fitted and paginated boxes for each slide kind."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import LayoutError, Problem
from ..outline.model import Bullet, Deck, SlideSpec
from ..resolve import Resolver
from ..theme.model import Theme
from ..units import EMU_PER_PT, Inches, Length, Pt
from ..vocabulary import WORDS
from .chart import chart_slides
from .covers import closing_slide, section_slide, title_slide
from .fit import LINE_SPACING, Item, WordPairs, fit_bullets, fit_single, fit_title, to_paras
from .fonts import ResolvedFont, resolve_font
from .kpi import plan_kpis
from .measure import EstimatingMeasurer, TextMeasurer
from .media import image_elements, quote_slide
from .model import Box, Para, PictureBox, Run, ShapeBox, SlidePlan, TextBox
from .table import plan_table

_MEASURERS: dict[tuple[Path, bool], TextMeasurer] = {}


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

    def title_text(
        self, box: Box, text: str, size_max: float, size_min: float, color: str, **kw
    ) -> tuple[TextBox, float, int]:
        """A cover's title: ``fitted`` in the bold heading font, broken where a reader would."""
        return self.fitted(
            box,
            text,
            size_max,
            size_min,
            self.head_m,
            title=True,
            font=self.theme.fonts.heading,
            color=color,
            bold=True,
            role="title",
            name="Title",
            **kw,
        )

    def slots(self, role: str) -> dict[str, Box]:
        """Where the agency template's layout for ``role`` puts its placeholders; empty
        without a template."""
        if self.theme.template is None:
            return {}
        from ..theme.template import layout_boxes

        return {
            k: Box(*(Length(v) for v in xywh)) for k, xywh in layout_boxes(self.theme, role).items()
        }

    def chrome(self, number: bool = True) -> list:
        """Footer, slide number and logo of a content slide."""
        out: list = []
        cap = self.ts.caption
        y = self.H - Inches(0.5)
        foot = Box(self.M, y, self.W - 2 * self.M - Inches(1.2), Pt(cap * 1.6))
        num = Box(self.W - self.M - Inches(1.0), y, Inches(1.0), Pt(cap * 1.6))
        # the template's own footer and slide-number placeholders (the writer fills them)
        slots = self.slots("content")
        foot, num = slots.get("footer", foot), slots.get("number", num)
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

    def _heading(self, box: Box, text: str, size: float, anchor: str) -> TextBox:
        return self.text(
            box,
            text,
            size,
            font=self.theme.fonts.heading,
            color=self.c.primary,
            bold=True,
            role="title",
            name="Title",
            anchor=anchor,
        )

    def header(self, title: str) -> tuple[list, int]:
        """Title (up to two lines, shrinking) with its accent rule; returns the body top."""
        size_min = max(20.0, self.ts.title * 0.66)
        slot = self.slots("content").get("title")
        if slot is not None:
            # in the template's title placeholder; the template draws its own decoration
            logo = self.logo(slot.right, slot.y, min(slot.h, Inches(0.7)))
            w = slot.w - (logo[0].box.w + Inches(0.25) if logo else 0)
            h_pt = slot.h / EMU_PER_PT
            size, _ = fit_single(
                title, self.head_m, w / EMU_PER_PT, h_pt, self.ts.title, size_min, max_lines=2
            )
            head = self._heading(Box(slot.x, slot.y, Length(w), slot.h), title, size, "ctr")
            return [head, *logo], slot.bottom + Inches(0.1)
        logo_h = Inches(0.7)
        logo = self.logo(self.W - self.M, Inches(0.35), logo_h)
        right = self.W - self.M - (logo[0].box.w + Inches(0.25) if logo else 0)
        width = right - self.M
        size, lines = fit_title(
            title, self.head_m, width / EMU_PER_PT, self.ts.title, size_min, 2, self.pairs
        )
        lh = self.head_m.line_height_pt(size, LINE_SPACING)
        h = Pt(lh * max(1, len(lines)) + 2)
        y = Inches(0.35)
        # anchored at the top: a title measured as two lines that renders as one stays in place
        title_box = self._heading(Box(self.M, y, Length(width), h), "\n".join(lines), size, "t")
        if len(lines) == 1 and h < logo_h:
            title_box = replace(title_box, box=Box(self.M, y, Length(width), logo_h), anchor="ctr")
            h = logo_h
        rule_y = y + h + Inches(0.1)
        rule = ShapeBox(
            Box(self.M, Length(rule_y), Inches(1.3), Inches(0.06)), self.c.accent, "Title Rule"
        )
        return [title_box, rule, *logo], rule_y + Inches(0.3)

    def body_box(self, top: int) -> Box:
        """The room for a content slide's body below ``top``."""
        slot = self.slots("content").get("body")
        if slot is not None:  # the template's body placeholder, below the title
            top = max(top, slot.y)
            return Box(slot.x, Length(top), slot.w, Length(slot.bottom - top))
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
        """The slides for one slide of the outline: more than one when its content continues."""
        title = self.r.text(spec.title)
        kind = spec.kind
        if kind == "quote":
            return [quote_slide(self, spec, title)]
        head, top = self.header(title)
        body = self.body_box(top)
        # a slide that continues needs room under its longer "(tiếp)" title on every page
        cont_body = self.body_box(max(top, self.header(self.cont(title, 1))[1]))
        if kind in ("chart", "chart-bullets"):
            return chart_slides(self, spec, title, head, body, cont_body)
        if kind == "image":
            els = head + image_elements(self, spec, body) + self.chrome()
            return [self.slide("image", title, els, spec)]
        paged: dict[str, tuple[Callable[[Box], list], Callable[[Box, Any], list]]] = {
            "bullets": (
                lambda b: self.bullets_pages(spec, b),
                lambda b, paras: [self.bullets_box(b, paras)],
            ),
            "kpis": (lambda b: plan_kpis(self, spec, b), lambda _, cards: cards),
            "table": (lambda b: plan_table(self, spec, b), lambda _, table: [table]),
        }
        if kind not in paged:
            raise AssertionError(kind)
        pages_for, elements = paged[kind]
        pages = pages_for(body)
        if len(pages) > 1 and cont_body != body:
            body, pages = cont_body, pages_for(cont_body)
        out = []
        for i, page in enumerate(pages):
            t = self.cont(title, i)
            out.append(
                self.slide(kind, t, self.with_header(t, elements(body, page), head, i), spec, i)
            )
        return out

    def cont(self, title: str, i: int) -> str:
        """The title of the ``i``th slide of a slide that continues: "… (tiếp)" after the first."""
        return title if i == 0 else f"{title} {self.words['cont']}"

    def with_header(self, title: str, body: list, head: list, i: int) -> list:
        """A page's elements: its header (``head`` on the first page), body and chrome."""
        if i:
            head, _ = self.header(title)
        return head + body + self.chrome()

    # -- the deck ------------------------------------------------------------------------------
    def plan(self) -> list[SlidePlan]:
        """Every slide of the deck, in order."""
        plans = [title_slide(self)]
        for i, sec in enumerate(self.deck.sections):
            plans.append(section_slide(self, i, sec))
            for spec in sec.slides:
                plans.extend(self.content(spec))
        if self.deck.closing:
            plans.append(closing_slide(self))
        return plans


def plan_deck(
    deck: Deck, theme: Theme, r: Resolver, fonts: Fonts
) -> tuple[list[SlidePlan], list[Problem]]:
    p = Planner(deck, theme, r, fonts)
    plans = p.plan()
    return plans, p.problems
