"""Chart plans: what a chart shows and how it looks, as plain data (no matplotlib here)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from deckmaker import numfmt
from deckmaker.i18n import _
from deckmaker.vocabulary import WORDS

KINDS = ("bar", "barh", "line", "pie", "donut", "stacked-bar", "plan-actual")
"""The chart kinds of the outline contract (format v1)."""

MIN_BASE_PT = 14.0
"""Smallest base text size that can be read from the back of a hall (slide points)."""

TITLE_SCALE = 1.2
"""A chart's title, in multiples of its base size (bold, the heading font): a step above the
ticks, names and values, so the chart has a hierarchy at a glance."""

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


BOUNDS = ("ceiling", "floor", "about")
"""What a value is besides exact: at most ("dưới"), at least ("trên"), about ("khoảng")."""


def bounded(text: str, bound: str | None, lang: str) -> str:
    """``text`` (a value as written) with the word of its bound: "dưới 0,9%", "about 31%"."""
    return f"{WORDS[lang][bound]} {text}" if bound else text


FORMS = ("chart", "numbers")
"""How a chart's values are drawn: as a chart, or as big numbers with bars to scale."""

MAX_NUMBERS = 2
"""A bar chart of at most this many values of one series reads better as big numbers."""


@dataclass(frozen=True)
class ChartStyle:
    """How a chart looks, resolved from the theme's roles."""

    colors: tuple[str, ...]
    """Series colours, in order (hex ``#RRGGBB``)."""
    text_color: str
    background: str
    """The slide's background under the chart (the figure itself is drawn transparent, so no
    box shows on the slide); pie slices are separated with it."""
    font_family: str
    """Family name of ``font_file`` (informational: the file is what draws)."""
    font_file: Path | str
    heading_font_family: str
    heading_font_file: Path | str
    base_size_pt: float = 18.0
    """Base text size in slide points (at least ``MIN_BASE_PT``)."""
    min_size_pt: float = MIN_BASE_PT
    """The theme's smallest chart text: no text of the chart is drawn smaller."""
    grid_color: str = "#D9D9D9"
    caption_size_pt: float | None = None
    """The size of the line under the chart (its source, its unit): a caption, at the theme's
    caption size (never under its small minimum, never over the base); None for seven tenths
    of the base, never under ``min_size_pt``."""
    keep_whole: tuple[str, ...] = ()
    """Words of several syllables a line break never splits ("sản xuất", "xuất nhập khẩu"),
    lower case: a chart's names and titles wrap between words, never inside one."""

    def __post_init__(self) -> None:
        if not self.colors:
            raise ValueError("ChartStyle.colors needs at least one colour")
        if self.base_size_pt < MIN_BASE_PT:
            raise ValueError(f"base_size_pt must be >= {MIN_BASE_PT}, not {self.base_size_pt}")
        if not 0 < self.min_size_pt <= self.base_size_pt:
            raise ValueError(f"min_size_pt must be > 0 and <= base_size_pt, not {self.min_size_pt}")
        if self.caption_size_pt is not None and self.caption_size_pt <= 0:
            raise ValueError(f"caption_size_pt must be > 0, not {self.caption_size_pt}")

    @property
    def caption_pt(self) -> float:
        """The size of the chart's caption line (``caption_size_pt``) at this base size."""
        if self.caption_size_pt is not None:
            return min(float(self.base_size_pt), float(self.caption_size_pt))
        return max(float(self.min_size_pt), round(self.base_size_pt * 0.72, 1))


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
    units: tuple[str | None, ...] = ()
    """Each category's unit, for a plan-actual chart whose figures have different units: it is
    drawn as one panel per unit (empty: every category has ``unit``)."""
    plan_kinds: tuple[str, ...] = ()
    """Each category's plan kind (``numfmt.PLAN_KINDS``) on a plan-actual chart; empty: floors."""
    plan_lows: tuple[Decimal | None, ...] = ()
    """The low end of each range plan (the plan series holds the high end); empty: none."""
    bounds: tuple[tuple[str | None, ...], ...] = ()
    """Per series, per category: what the value is besides exact, "ceiling" ("dưới 0,9%"),
    "floor" ("trên 69%"), "about" ("khoảng 31%") or None; its label says it. Empty: all exact."""
    targets: tuple[tuple[bool, ...], ...] = ()
    """Per series, per category: True for a target rather than a result (a line draws it dashed
    with a hollow marker). Empty: all results."""
    lows: tuple[tuple[Decimal | None, ...], ...] = ()
    """Per series, per category: the low end of a value that is a range ("7–10%"; the series
    holds its high end), else None; a bar draws it from low to high and its label says both.
    Empty: no ranges."""
    total: int | None = None
    """The category that is the whole of the others ("Tăng trưởng GRDP" among the sectors'):
    drawn apart from them (``kinds.bars``). None: none is."""
    hole: bool = True
    """A donut's whole in its hole ("20 dự án"); False where the text beside the chart says it
    already ("Rà soát thu hồi 20 dự án" on the same slide): the slide says it once."""
    form: str = "chart"
    """``"chart"``, or ``"numbers"``: the values in large type, each with a bar to scale (see
    ``numbers_form``)."""
    reach: tuple[float, ...] = ()
    """A bar chart's values' (low, high) of the whole chart this one is a part of (a chart
    split over slides, its names too long for one box at the theme's size): each part's value
    axis spans them, so that its parts share one scale. Empty: its own values'."""
    peers: tuple[ChartPlan, ...] = ()
    """The other big-number panels of a run of slides of one kind and shape (``form``
    ``"numbers"``): their numbers and this one's share one size, the largest at which every one
    of them fits its own panel (``kinds.numbers.draw_numbers``)."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown chart kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.lang not in WORDS:
            raise ValueError(f"unsupported language {self.lang!r}; known: {', '.join(WORDS)}")
        if not self.categories or not self.series:
            raise ValueError(_("a chart needs at least one category and one series"))
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(
                    _("series {name!r} has {n} values for {count} categories").format(
                        name=s.name, n=len(s.values), count=len(self.categories)
                    )
                )
        if self.kind in ("pie", "donut") and len(self.series) != 1:
            raise ValueError(_("a {kind} chart takes exactly one series").format(kind=self.kind))
        if self.kind == "plan-actual" and len(self.series) != 2:
            raise ValueError(_("a plan-actual chart takes two series: actual, then plan"))
        if self.width_emu <= 0 or self.height_emu <= 0:
            raise ValueError("a chart needs a positive size")
        if self.dpi < 200:
            raise ValueError(f"dpi must be >= 200, not {self.dpi}")
        if self.reach and len(self.reach) != 2:
            raise ValueError("reach needs a low and a high")
        for name in ("units", "plan_kinds", "plan_lows"):
            given = getattr(self, name)
            if given and len(given) != len(self.categories):
                raise ValueError(
                    f"{name} has {len(given)} items for {len(self.categories)} categories"
                )
        for name in ("bounds", "targets", "lows"):
            rows = getattr(self, name)
            if rows and (
                len(rows) != len(self.series) or any(len(r) != len(self.categories) for r in rows)
            ):
                raise ValueError(f"{name} needs one row per series, one item per category")
        for row in self.bounds:
            for b in row:
                if b is not None and b not in BOUNDS:
                    raise ValueError(f"unknown bound {b!r}; known: {', '.join(BOUNDS)}")
        if self.total is not None and not 0 <= self.total < len(self.categories):
            raise ValueError(f"total {self.total} is not a category's index")
        if self.form not in FORMS:
            raise ValueError(f"unknown chart form {self.form!r}; known: {', '.join(FORMS)}")
        if any(p.form != "numbers" or p.peers for p in self.peers):
            raise ValueError("a chart's peers are big-number panels without peers of their own")
        for kind in self.plan_kinds:
            if kind not in numfmt.PLAN_KINDS:
                raise ValueError(
                    f"unknown plan kind {kind!r}; known: {', '.join(numfmt.PLAN_KINDS)}"
                )

    def bound(self, i: int, c: int) -> str | None:
        """What series ``i``'s value at category ``c`` is besides exact (``BOUNDS``)."""
        return self.bounds[i][c] if self.bounds and 0 <= i < len(self.bounds) else None

    def low(self, i: int, c: int) -> Decimal | None:
        """The low end of series ``i``'s value at category ``c`` when it is a range, else None."""
        return self.lows[i][c] if self.lows and 0 <= i < len(self.lows) else None

    def value_of(self, i: int, c: int) -> Decimal | tuple[Decimal, Decimal] | None:
        """Series ``i``'s value at category ``c``: a number, or (low, high) for a range."""
        high = self.series[i].values[c]
        low = self.low(i, c)
        return high if high is None or low is None else (low, high)

    def target(self, i: int, c: int) -> bool:
        """True when series ``i``'s value at category ``c`` is a target."""
        return bool(self.targets and 0 <= i < len(self.targets) and self.targets[i][c])

    @property
    def titles_unit(self) -> bool:
        """True when the title names the chart's unit in brackets: "… (tỷ đồng)"."""
        return bool(self.unit and self.title and f"({self.unit})" in self.title)

    def unit_of(self, c: int) -> str | None:
        """The unit of category ``c``."""
        return self.units[c] if self.units else self.unit

    def plan_kind(self, c: int) -> str:
        """The plan kind of category ``c`` (a floor unless said otherwise)."""
        return self.plan_kinds[c] if self.plan_kinds else "floor"

    def plan_of(self, c: int) -> Decimal | tuple[Decimal, Decimal] | None:
        """Category ``c``'s plan: a number, or (low, high) for a range."""
        high = self.series[1].values[c] if len(self.series) > 1 else None
        low = self.plan_lows[c] if self.plan_lows else None
        if high is None or low is None:
            return high
        return (low, high)

    def unit_groups(self) -> list[tuple[str | None, list[int]]]:
        """Categories grouped by unit, in order of first appearance: one group unless ``units``
        mixes several; a unit's categories whose sizes differ more than ``MAGNITUDE_SPLIT``
        times split into a group for each size (``magnitude_groups``)."""
        groups: dict[str | None, list[int]] = {}
        for c in range(len(self.categories)):
            groups.setdefault(self.unit_of(c), []).append(c)
        return [
            (unit, part) for unit, cats in groups.items() for part in self.magnitude_groups(cats)
        ]

    def magnitude_groups(self, cats: list[int]) -> list[list[int]]:
        """``cats`` in groups none of which holds values more than ``MAGNITUDE_SPLIT`` times
        apart (a category's size: its largest value, actual or plan), in order of their first
        category: on one axis 22,656 beside 15.942 is an invisible bar (review R19 #2, the
        drafted camau 25). A zero stays with the largest."""

        def size(c: int) -> float:
            return max(
                (abs(float(v)) for s in self.series if (v := s.values[c]) is not None),
                default=0.0,
            )

        parts: list[list[int]] = []
        rest = list(cats)
        while rest:
            top = max(size(c) for c in rest)
            part = [c for c in rest if size(c) * MAGNITUDE_SPLIT >= top or size(c) == 0]
            parts.append(part)
            rest = [c for c in rest if c not in part]
        return sorted(parts, key=lambda p: p[0])


MAGNITUDE_SPLIT = 100.0
"""Values more than this many times apart never share one axis (``ChartPlan.unit_groups``)."""


@dataclass(frozen=True)
class RenderedChart:
    """A drawn chart: PNG always, SVG when asked for; ``cached`` when no drawing was needed."""

    png: bytes
    svg: bytes | None
    cached: bool


_OF_PLAN_RE = re.compile(
    r"so với (kế hoạch|dự toán|KH)|\b(of|vs\.?|versus|against) (the )?(plan|estimate|budget)",
    re.IGNORECASE,
)


def reference(plan: ChartPlan) -> Decimal | None:
    """100 for a bar chart of percentages of a plan ("… so với kế hoạch", "% of plan"): the
    chart draws a line there, so that a bar reads at once as short of or past its plan."""
    if plan.kind not in ("bar", "barh") or plan.unit != "%":
        return None
    named = [plan.title or "", *plan.categories]
    if _OF_PLAN_RE.search(named[0]) or all(_OF_PLAN_RE.search(c) for c in named[1:]):
        return Decimal(100)
    return None


def numbers_form(plan: ChartPlan) -> bool:
    """True when ``plan`` is better read as big numbers than drawn: a bar chart of one or two
    values of one series in one unit (two bars: the eye compares two numbers faster than two
    heights), or one actual against its plan (one bar in a large panel). A "% of plan" chart
    keeps its bars and their 100% line."""
    if len({plan.unit_of(c) for c in range(len(plan.categories))}) > 1:
        return False
    if plan.kind in ("bar", "barh"):
        single = len(plan.series) == 1 and len(plan.categories) <= MAX_NUMBERS
        return single and reference(plan) is None
    return plan.kind == "plan-actual" and len(plan.categories) == 1


def quantity(plan: ChartPlan, value: Decimal | None, with_unit: bool = True, c: int = -1) -> str:
    """One value of ``plan`` (of category ``c`` when units differ) as the deck's language
    writes it."""
    if value is None:
        return "–"
    unit = plan.unit_of(c) if c >= 0 else plan.unit
    return numfmt.format_quantity(value, unit if with_unit else None, plan.lang)


_PHRASE_WORD = re.compile(r"[\w.,]+")


def slice_value(plan: ChartPlan, value: Decimal | None) -> str:
    """A slice's value as a pie's or donut's label says it: without the unit its title gives in
    brackets (``ChartPlan.titles_unit``: "Chi ngân sách năm 2023 (tỷ đồng)"), so that value and
    share stand on one line ("8.171,5 (37,7%)"; review R14, sample slide 22: "8.171,5 tỷ đồng"
    over a "(37,7%)" alone on its line). A share ("%") keeps its sign."""
    return quantity(plan, value, with_unit=plan.unit == "%" or not plan.titles_unit)


def _said_words(text: str) -> list[str]:
    return [w.strip(".,").casefold() for w in _PHRASE_WORD.findall(text) if w.strip(".,")]


def _phrase_in(words: list[str], said: list[str]) -> bool:
    n = len(words)
    return any(said[i : i + n] == words for i in range(len(said) - n + 1))


def slice_names(plan: ChartPlan) -> tuple[str, ...]:
    """Each slice's name as a pie's or donut's label says it: without a phrase of two words
    or more at its start or its end that the chart's title already says ("Dự án … bị thu
    hồi" under "Dự án bị thu hồi năm 2023": "Trong nước", "Nước ngoài"; review R13, sample
    slide 19), where every name keeps a word and the names stay apart; else as written. The
    alt text keeps the names whole."""
    said = _said_words(plan.title or "")
    if not said:
        return plan.categories
    out = []
    for name in plan.categories:
        words = name.split()
        folded = [w.strip(".,").casefold() for w in words]
        start = next((k for k in range(len(words) - 1, 1, -1) if _phrase_in(folded[:k], said)), 0)
        rest = words[start:]
        end = next(
            (k for k in range(len(rest) - 1, 1, -1) if _phrase_in(folded[start:][-k:], said)), 0
        )
        rest = rest[: len(rest) - end] if end else rest
        text = " ".join(rest)
        out.append(text[:1].upper() + text[1:] if start else text)
    names = tuple(out)
    if any(not n for n in names) or len({n.casefold() for n in names}) < len(names):
        return plan.categories
    return names


def attainment(
    plan: ChartPlan, actual: Decimal | None, target: Decimal | None, c: int = -1, long: bool = False
) -> str | None:
    """How category ``c``'s actual stands against its plan, after its kind: "đạt 82,9% KH" /
    "82.9% of plan" for a floor, "dưới mức trần" for a ceiling, "trong khoảng KH" for a range;
    ``long`` names the plan ("dưới mức trần 4,5%"). None when it cannot be computed."""
    kind = plan.plan_kind(c) if c >= 0 else "floor"
    whole = plan.plan_of(c) if c >= 0 else target
    if actual is None or whole is None or (kind == "floor" and not whole):
        return None
    if kind == "floor" and (actual < 0 or not isinstance(whole, tuple) and whole < 0):
        return None  # a share of a plan says nothing of a fall ("đạt -32,3% KH", h35j)
    of = None if long else WORDS[plan.lang]["plan_short"]
    unit = plan.unit_of(c) if c >= 0 else plan.unit
    return numfmt.format_plan_result(actual, whole, kind, plan.lang, unit, of, show_plan=long)


def _value_text(plan: ChartPlan, value: Decimal | None, c: int = -1, i: int = -1) -> str:
    if value is None:
        return WORDS[plan.lang]["no_data"]
    whole = plan.value_of(i, c) if i >= 0 and c >= 0 else value
    if isinstance(whole, tuple):
        return numfmt.format_quantity(whole, plan.unit_of(c), plan.lang)
    text = quantity(plan, value, c=c)
    return bounded(text, plan.bound(i, c), plan.lang) if i >= 0 and c >= 0 else text


def alt_text(plan: ChartPlan) -> str:
    """A description of the chart from its data, e.g. "Biểu đồ cột: Tăng trưởng GRDP 10,05%; …"."""
    words = WORDS[plan.lang]
    head = KIND_NAMES[plan.lang][plan.kind]
    if plan.title:
        head += f" “{plan.title}”"
    if plan.kind == "plan-actual":
        actual, target = plan.series
        parts = []
        for c, (cat, a) in enumerate(zip(plan.categories, actual.values, strict=True)):
            whole = plan.plan_of(c)
            shown = (
                numfmt.format_quantity(whole, plan.unit_of(c), plan.lang)
                if whole is not None
                else words["no_data"]
            )
            part = f"{cat} {_value_text(plan, a, c)} ({words['plan']} {shown}"
            long = plan.plan_kind(c) != "floor"
            done = attainment(plan, a, target.values[c], c, long=long)
            parts.append(part + (f", {done})" if done else ")"))
        body = "; ".join(parts)
    elif len(plan.series) == 1:
        values = plan.series[0].values
        body = "; ".join(
            f"{name} {_value_text(plan, v, c, 0)}"
            for c, (name, v) in enumerate(zip(plan.categories, values, strict=True))
        )
    else:
        groups = []
        for i, cat in enumerate(plan.categories):
            inner = ", ".join(
                f"{s.name} {_value_text(plan, s.values[i], i, k)}"
                for k, s in enumerate(plan.series)
            )
            groups.append(f"{cat}: {inner}")
        body = "; ".join(groups)
    text = f"{head}: {body}."
    if plan.source:
        text += f" {words['source']}: {plan.source}."
    return text


MIN_SHARED_WORDS = 3
"""A leading phrase is abbreviated only when it has at least this many words ("Giá trị sản
xuất"): shorter ones save too little for a reader to learn an abbreviation."""


def abbreviated(categories: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, str]] | None:
    """The categories with the longest leading phrase that at least two of them share written
    as its initials ("Giá trị sản xuất công nghiệp" → "GTSX công nghiệp"), and (initials,
    phrase) for the chart's note; None when no such phrase exists.

    A chart whose names do not fit at the theme's smallest size says them this way rather than
    draw them smaller; the full names stay in the alt text and the notes."""
    words = [c.split() for c in categories]
    best: tuple[str, ...] = ()
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            n = 0
            while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
                n += 1
            if n >= MIN_SHARED_WORDS and n > len(best):
                best = tuple(a[:n])
    if not best or not all(w[0].isalpha() for w in best):
        return None
    short = "".join(w[0].upper() for w in best)
    out = tuple(
        " ".join([short, *w[len(best) :]]) if tuple(w[: len(best)]) == best else c
        for c, w in zip(categories, words, strict=True)
    )
    return out, (short, " ".join(best).lower())
