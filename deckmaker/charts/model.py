"""Chart plans: what a chart shows and how it looks, as plain data (no matplotlib here)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from deckmaker import numfmt
from deckmaker.vocabulary import WORDS

KINDS = ("bar", "barh", "line", "pie", "donut", "stacked-bar", "plan-actual")
"""The chart kinds of the outline contract (format v1)."""

MIN_BASE_PT = 14.0
"""Smallest base text size that can be read from the back of a hall (slide points)."""

KIND_NAMES = {
    "vi": {
        "bar": "Biểu đồ cột",
        "barh": "Biểu đồ thanh ngang",
        "line": "Biểu đồ đường",
        "pie": "Biểu đồ tròn",
        "donut": "Biểu đồ vành khuyên",
        "stacked-bar": "Biểu đồ cột chồng",
        "plan-actual": "Biểu đồ thực hiện so với kế hoạch",
    },
    "en": {
        "bar": "Bar chart",
        "barh": "Horizontal bar chart",
        "line": "Line chart",
        "pie": "Pie chart",
        "donut": "Donut chart",
        "stacked-bar": "Stacked bar chart",
        "plan-actual": "Actual versus plan chart",
    },
}
"""The kind of chart as alt text names it, per language."""


@dataclass(frozen=True)
class ChartStyle:
    """How a chart looks, resolved from the theme's roles."""

    colors: tuple[str, ...]
    """Series colours, in order (hex ``#RRGGBB``)."""
    text_color: str
    background: str
    """Figure background; ``"none"`` for transparent."""
    font_family: str
    """Family name of ``font_file`` (informational: the file is what draws)."""
    font_file: Path | str
    heading_font_family: str
    heading_font_file: Path | str
    base_size_pt: float = 18.0
    """Base text size in slide points (at least ``MIN_BASE_PT``)."""
    grid_color: str = "#D9D9D9"

    def __post_init__(self) -> None:
        if not self.colors:
            raise ValueError("ChartStyle.colors needs at least one colour")
        if self.base_size_pt < MIN_BASE_PT:
            raise ValueError(f"base_size_pt must be >= {MIN_BASE_PT}, not {self.base_size_pt}")


@dataclass(frozen=True)
class Series:
    """One named row of values, one per category (``None`` where there is no figure)."""

    name: str
    values: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class ChartPlan:
    """A chart ready to draw at the exact size of the box that holds it."""

    kind: str
    title: str | None
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str | None
    source: str | None
    width_emu: int
    height_emu: int
    lang: str
    style: ChartStyle
    dpi: int = 200

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown chart kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.lang not in WORDS:
            raise ValueError(f"unsupported language {self.lang!r}; known: {', '.join(WORDS)}")
        if not self.categories or not self.series:
            raise ValueError("a chart needs at least one category and one series")
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(
                    f"series {s.name!r} has {len(s.values)} values "
                    f"for {len(self.categories)} categories"
                )
        if self.kind in ("pie", "donut") and len(self.series) != 1:
            raise ValueError(f"a {self.kind} chart takes exactly one series")
        if self.kind == "plan-actual" and len(self.series) != 2:
            raise ValueError("a plan-actual chart takes two series: actual, then plan")
        if self.width_emu <= 0 or self.height_emu <= 0:
            raise ValueError("a chart needs a positive size")
        if self.dpi < 200:
            raise ValueError(f"dpi must be >= 200, not {self.dpi}")


@dataclass(frozen=True)
class RenderedChart:
    """A drawn chart: PNG always, SVG when asked for; ``cached`` when no drawing was needed."""

    png: bytes
    svg: bytes | None
    cached: bool


def quantity(plan: ChartPlan, value: Decimal | None, with_unit: bool = True) -> str:
    """One value of ``plan`` as the deck's language writes it."""
    if value is None:
        return "–"
    return numfmt.format_quantity(value, plan.unit if with_unit else None, plan.lang)


def attainment(plan: ChartPlan, actual: Decimal | None, target: Decimal | None) -> str | None:
    """ "đạt 82,9% KH" / "82.9% of plan", or None when it cannot be computed."""
    if actual is None or target is None or target == 0:
        return None
    return numfmt.format_attainment(actual, target, plan.lang, WORDS[plan.lang]["plan_short"])


def _value_text(plan: ChartPlan, value: Decimal | None) -> str:
    if value is None:
        return WORDS[plan.lang]["no_data"]
    return quantity(plan, value)


def alt_text(plan: ChartPlan) -> str:
    """A description of the chart from its data, e.g. "Biểu đồ cột: Tăng trưởng GRDP 10,05%; …"."""
    words = WORDS[plan.lang]
    head = KIND_NAMES[plan.lang][plan.kind]
    if plan.title:
        head += f" “{plan.title}”"
    if plan.kind == "plan-actual":
        actual, target = plan.series
        parts = []
        for cat, a, p in zip(plan.categories, actual.values, target.values, strict=True):
            part = f"{cat} {_value_text(plan, a)} ({words['plan']} {_value_text(plan, p)}"
            done = attainment(plan, a, p)
            parts.append(part + (f", {done})" if done else ")"))
        body = "; ".join(parts)
    elif len(plan.series) == 1:
        values = plan.series[0].values
        body = "; ".join(
            f"{c} {_value_text(plan, v)}" for c, v in zip(plan.categories, values, strict=True)
        )
    else:
        groups = []
        for i, cat in enumerate(plan.categories):
            inner = ", ".join(f"{s.name} {_value_text(plan, s.values[i])}" for s in plan.series)
            groups.append(f"{cat}: {inner}")
        body = "; ".join(groups)
    text = f"{head}: {body}."
    if plan.source:
        text += f" {words['source']}: {plan.source}."
    return text
