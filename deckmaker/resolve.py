"""Resolve ``{figure}`` references in outline text and chart data against the figures file."""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from .errors import Location, Problem, did_you_mean
from .figures.model import Figure, bound_of, format_figure, plan_kind_of
from .i18n import _, ngettext
from .numfmt import format_change, format_plan_result, format_vs_plan
from .outline.model import ChartSpec, Deck, Text
from .vocabulary import WORDS
from .wording import contradictions, place, source_of

# {{ and }} are literal braces; {key} or {key.part} is a reference.
_FIELD_RE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_KEY_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\.([a-z_]+))?$")
PARTS = (
    "value",
    "plan",
    "label",
    "unit",
    "period",
    "source",
    "attainment",
    "change",
    "vs_plan",
)
DECK_FIELDS = ("title", "subtitle", "organization", "presenter", "date")


class Resolver:
    """Turns outline text into slide text; records every problem and every figure used."""

    def __init__(
        self,
        figures: Mapping[str, Figure],
        lang: str,
        deck_fields: Mapping[str, str] | None = None,
        figures_file: str = "",
    ) -> None:
        self.figures = figures
        self.lang = lang
        self.deck_fields = dict(deck_fields or {})
        self.figures_file = figures_file
        self.problems: list[Problem] = []
        self.found = 0
        """Problems met so far, each time, a repeat of one recorded before included: a kept
        result (``text``, a slide's kept bullets) is kept only when none was met while it was
        computed. Counting ``problems`` would miss a repeat, and a deck-wide pass run ``quiet``
        drops what it recorded: a text resolved twice inside one would be kept without its
        problem, and lose it when planned later."""
        self.used: dict[str, list[str]] = {}  # figure key -> outline paths that use it
        self._sources: dict[str, str | None] = {}  # file -> its text, to place a warning
        self.reads: list[tuple[str, str]] | None = None
        """When a list: (key, outline path) of every figure looked up is appended to it (the
        plan memo, ``layout/memo.py``, notes what a slide's plan depends on)."""
        self._texts: dict[Text, tuple[str, tuple[tuple[str, str], ...]]] = {}
        """``text``'s results and the figures each read."""

    def _problem(self, loc: Location, path: str, message: str, hint: str) -> None:
        p = Problem(loc, message, path, hint)
        self.found += 1
        if p not in self.problems:
            self.problems.append(p)

    def read_again(self, reads: tuple[tuple[str, str], ...]) -> None:
        """The figures a kept result read (``text``, a slide's kept bullets), noted as if read
        again: as reads (the plan memo) and as uses (the figures report), which a deck-wide
        pass run ``quiet`` before had left no trace of."""
        if self.reads is not None:
            self.reads.extend(reads)
        for key, path in reads:
            if key in self.figures:
                self.used.setdefault(key, [])
                if path not in self.used[key]:
                    self.used[key].append(path)

    def figure(self, key: str, loc: Location, path: str) -> Figure | None:
        if self.reads is not None:
            self.reads.append((key, path))
        fig = self.figures.get(key)
        if fig is None:
            where = f" in {self.figures_file}" if self.figures_file else ""
            if not self.figures:
                hint = _("the deck has no figures file: set 'figures:' in 'deck' or use --figures")
            else:
                hint = suggest_figures(key, self.figures)
            self._problem(
                loc, path, _("unknown figure '{key}'{where}").format(key=key, where=where), hint
            )
            return None
        self.used.setdefault(key, [])
        if path not in self.used[key]:
            self.used[key].append(path)
        return fig

    def _field(self, name: str, loc: Location, path: str) -> str:
        m = _KEY_RE.match(name.strip())
        if not m:
            self._problem(
                loc,
                path,
                _("'{{{name}}}' is not a figure reference").format(name=name),
                _("write {key} or {key.plan}; for a literal brace write {{ or }}"),
            )
            return "{" + name + "}"
        key, part = m.group(1), m.group(2) or "value"
        if key in self.deck_fields and key not in self.figures and m.group(2) is None:
            return self.deck_fields[key]
        if part not in PARTS:
            self._problem(
                loc,
                path,
                _("unknown figure field '.{part}' in '{{{name}}}'").format(part=part, name=name),
                did_you_mean(part, PARTS),
            )
            return "{" + name + "}"
        fig = self.figure(key, loc, path)
        if fig is None:
            return "{" + name + "}"
        if part in ("value", "plan"):
            if part == "plan" and fig.plan is None:
                self._problem(
                    loc,
                    path,
                    _("figure '{key}' has no plan").format(key=key),
                    _("add 'plan:' to '{key}' in the figures file").format(key=key),
                )
                return "{" + name + "}"
            return format_figure(fig, self.lang, part)
        if part == "attainment":
            if fig.plan is None or isinstance(fig.value, tuple):
                self._problem(
                    loc,
                    path,
                    _("figure '{key}' has no single value and plan").format(key=key),
                    _("attainment needs a number 'value' and a 'plan'"),
                )
                return "{" + name + "}"
            return format_plan_result(fig.value, fig.plan, plan_kind_of(fig), self.lang, fig.unit)
        if part == "vs_plan":
            if fig.plan is None or isinstance(fig.value, tuple):
                self._problem(
                    loc,
                    path,
                    _("figure '{key}' has no single value and plan").format(key=key),
                    _("{{{key}.vs_plan}} needs a number 'value' and a 'plan'").format(key=key),
                )
                return "{" + name + "}"
            return format_vs_plan(fig.value, fig.plan, plan_kind_of(fig), self.lang, fig.unit)
        if part == "change":
            try:
                return format_change(fig.value, fig.unit, self.lang)
            except ValueError:
                self._problem(
                    loc,
                    path,
                    _(
                        "figure '{key}' runs from a fall to a rise: no one word says its direction"
                    ).format(key=key),
                    _("write {{{key}}} with your own words").format(key=key),
                )
                return "{" + name + "}"
        return str(getattr(fig, part) or "")

    def text(self, t: Text | None) -> str:
        """The text with every reference replaced; problems are recorded, never raised.

        Kept by the text (its value, place and path): planning asks for a slide's title and
        texts at every option it tries (1,849 times for 798 texts of the sample deck). The
        figures a text read are noted again on each later call (the plan memo sees them); a
        text that raised a problem is not kept."""
        if t is None:
            return ""
        hit = self._texts.get(t)
        if hit is not None:
            self.read_again(hit[1])
            return hit[0]
        problems = self.found
        reads: list[tuple[str, str]] = []
        outer, self.reads = self.reads, reads
        try:
            text = self._text(t)
        finally:
            self.reads = outer
        if outer is not None:
            outer.extend(reads)
        if self.found == problems:
            self._texts[t] = (text, tuple(reads))
        return text

    def _text(self, t: Text) -> str:
        def sub(m: re.Match[str]) -> str:
            tok = m.group(0)
            if tok == "{{":
                return "{"
            if tok == "}}":
                return "}"
            return self._field(m.group(1), t.location, t.path)

        text = _FIELD_RE.sub(sub, t.value)
        self._check_wording(t)
        return text

    def _check_wording(self, t: Text) -> None:
        """Warn where the words written just before a figure say the opposite of it, and where
        a list item indented a little too far was read as more of the text above it."""
        folded = folded_list_item(t, source_of(t.location, self._sources))
        if folded is not None:
            self._problem_warning(*folded)
        for found in contradictions(t.value, self.figures, self.lang):
            loc = place(t.location, t.value, found.start, found.end, self._sources)
            self._problem_warning(loc, t.path, found.message, found.hint)

    def _problem_warning(self, loc: Location, path: str, message: str, hint: str) -> None:
        p = Problem(loc, message, path, hint, severity="warning")
        self.found += 1
        if p not in self.problems:
            self.problems.append(p)

    def template(self, template: str, loc: Location, path: str) -> str:
        """A theme string such as a footer: deck fields and figures."""
        return self.text(Text(template, loc, path))

    def value(self, v: Decimal | Text) -> Decimal | None:
        """A chart value: a number, or a figure key whose value is used."""
        if isinstance(v, Decimal):
            return v
        fig = self.figure(v.value.strip("{} "), v.location, v.path)
        if fig is None:
            return None
        return _single(fig.value)

    def value_figure(self, v: Decimal | Text) -> Figure | None:
        """The figure a chart value names (None for a number written in the outline); records
        no use and no problem (``value`` does)."""
        if isinstance(v, Decimal):
            return None
        return self.figures.get(v.value.strip("{} "))

    def is_target(self, fig: Figure | None) -> bool:
        """True when ``fig`` is a target, not a result: its period ends after the deck's date
        (a deck of 20/01/2024 shows 2024 and 2025 as targets)."""
        date = str(self.deck_fields.get("date") or "")
        deck = re.search(r"(?<!\d)(\d{4})(?!\d)", date)
        years = re.findall(r"(?<!\d)(\d{4})(?!\d)", fig.period or "") if fig else []
        if deck is None or not years:
            return False
        return int(years[-1]) >= int(deck.group(1))


def folded_list_item(t: Text, source: str | None) -> tuple[Location, str, str, str] | None:
    """(location, path, message, hint) when plain text ``t`` runs on to a line starting "- ":
    a list item indented past its siblings, which YAML reads as more of the item above
    ("Thu ngân sách - Chi ngân sách", one bullet where two were meant)."""
    loc = t.location
    if source is None or " - " not in t.value or "\n" in t.value:
        return None
    lines = source.split("\n")
    if not 0 < loc.line < len(lines):
        return None
    first = lines[loc.line - 1]
    start = first[loc.col - 1 : loc.col] if loc.col else ""
    if start in ("'", '"', "|", ">", "[", "{") or not first.lstrip().startswith("- "):
        return None
    dash = len(first) - len(first.lstrip())
    for n in range(loc.line, min(len(lines), loc.line + 50)):
        line = lines[n]
        body = line.lstrip()
        indent = len(line) - len(body)
        if not body or indent <= dash:
            return None
        if body.startswith("- ") and body[2:].strip() and body[2:].strip() in t.value:
            more = indent - dash
            return (
                Location(loc.file, n + 1, indent + 1),
                t.path,
                _("this list item is read as more of the text above it: '{text}'").format(
                    text=t.value
                ),
                ngettext(
                    "it is indented {n} space more than the '-' on line {line}: line the two "
                    "dashes up to make it an item of its own (a sub-item is written text: and "
                    "bullets:), or quote the text if the dash belongs to it",
                    "it is indented {n} spaces more than the '-' on line {line}: line the two "
                    "dashes up to make it an item of its own (a sub-item is written text: and "
                    "bullets:), or quote the text if the dash belongs to it",
                    more,
                ).format(n=more, line=loc.line),
            )
    return None


def _words(text: str) -> list[str]:
    """Lowercase words without accents: "Bảo hiểm y tế" -> ["bao", "hiem", "y", "te"]."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return re.findall(r"[a-z0-9]+", plain.encode("ascii", "ignore").decode().lower())


def _names(fig: Figure) -> set[str]:
    """The words a figure may be looked for by: its key's parts, its label's words, and the
    initials of runs of label words ("bảo hiểm y tế" -> "bhyt", "bh", "yt")."""
    label = _words(fig.label)
    initials = {
        "".join(w[0] for w in label[i:j])
        for i in range(len(label))
        for j in range(i + 2, min(i + 7, len(label) + 1))
    }
    return set(fig.key.split("_")) | set(label) | initials


def _closeness(word: str, names: set[str]) -> float:
    if word in names:
        return 1.0
    best = max((difflib.SequenceMatcher(None, word, n).ratio() for n in names), default=0.0)
    return best if best >= 0.8 and len(word) > 2 else 0.0


def suggest_figures(key: str, figures: Mapping[str, Figure], most: int = 3) -> str:
    """A hint naming at most ``most`` figures closest to ``key`` by their key and their label,
    accents ignored (``bhyt_rate`` finds the figure labelled "… bảo hiểm y tế")."""
    words = _words(key.replace("_", " "))
    names = {k: _names(fig) for k, fig in figures.items()}
    close = {k: [_closeness(w, n) for w in words] for k, n in names.items()}
    # a word few figures answer to (bhyt) tells more than one many do (rate, 2024)
    weight = [
        math.log((1 + len(figures)) / (1 + sum(c[i] > 0 for c in close.values())))
        for i in range(len(words))
    ]
    total = sum(weight) or 1.0
    scored = []
    for k, fig in figures.items():
        whole = difflib.SequenceMatcher(None, key, k).ratio()
        parts = sum(w * c for w, c in zip(weight, close[k], strict=True)) / total
        score = max(0.8 * whole, parts)  # a near spelling of the key, or its words
        if score >= 0.5:
            scored.append((-score, k, fig))
    scored.sort(key=lambda t: t[:2])
    if not scored:
        return _("no figure's key or label is close: `deckmaker figures OUTLINE` lists them all")
    named = ", ".join(f"'{fig.key}' ({fig.label})" for _, _, fig in scored[:most])
    return _("did you mean {named}?").format(named=named)


def _single(value: Decimal | tuple[Decimal, Decimal]) -> Decimal:
    """A range is charted at its upper end; its label still shows the range."""
    return value[1] if isinstance(value, tuple) else value


@dataclasses.dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[Decimal | None, ...]], ...]
    unit: str | None
    units: tuple[str | None, ...] = ()
    """Each category's unit, when a plan-actual chart's figures have different units."""
    plan_kinds: tuple[str, ...] = ()
    """Each category's plan kind (floor, ceiling, range, exact), for a plan-actual chart."""
    plan_lows: tuple[Decimal | None, ...] = ()
    """The low end of each range plan (the plan series holds the high end)."""
    bounds: tuple[tuple[str | None, ...], ...] = ()
    """Per series, per category: what the value is besides exact (``figures.model.BOUNDS``)."""
    targets: tuple[tuple[bool, ...], ...] = ()
    """Per series, per category: True for a target (a period after the deck's date)."""
    lows: tuple[tuple[Decimal | None, ...], ...] = ()
    """Per series, per category: the low end of a range value (the series holds its high end)."""
    total: int | None = None
    """The category that is the whole of the others (``total_of``), or None."""


def chart_data(spec: ChartSpec, r: Resolver) -> ChartData:
    """Categories, series and unit of a chart, from figure keys or explicit series."""
    if spec.figures:
        figs = [r.figure(t.value, t.location, t.path) for t in spec.figures]
        present = [f for f in figs if f is not None]
        units = {f.unit for f in present}
        unit = r.text(spec.unit) if spec.unit else (units.pop() if len(units) == 1 else None)
        if len(units) > 1 and not spec.unit and spec.type != "plan-actual":
            r._problem(
                spec.location,
                spec.path,
                _("the chart's figures have different units: ")
                + ", ".join(sorted(str(u) for u in units))
                + _("; one axis cannot show them"),
                _("split the chart: one chart per unit, or type: plan-actual (a panel per unit)"),
            )
        cats = tuple(f.label if f else t.value for f, t in zip(figs, spec.figures, strict=True))
        values = tuple(_single(f.value) if f else None for f in figs)
        if spec.type == "plan-actual":
            plans = tuple(_single(f.plan) if f and f.plan is not None else None for f in figs)
            for f, t in zip(figs, spec.figures, strict=True):
                if f is not None and f.plan is None:
                    r._problem(
                        t.location,
                        t.path,
                        _("figure '{key}' has no plan").format(key=f.key),
                        _("a plan-actual chart needs 'plan:' on every figure"),
                    )
            words = (WORDS[r.lang]["actual"], WORDS[r.lang]["plan_name"])
            mixed = len(units) > 1 and not spec.unit
            return ChartData(
                cats,
                ((words[0], values), (words[1], plans)),
                unit,
                units=tuple(f.unit if f else None for f in figs) if mixed else (),
                plan_kinds=tuple(plan_kind_of(f) if f else "floor" for f in figs),
                plan_lows=tuple(
                    f.plan[0] if f and isinstance(f.plan, tuple) else None for f in figs
                ),
            )
        name = r.text(spec.title) if spec.title else ""
        return ChartData(
            cats,
            ((name, values),),
            unit,
            bounds=(tuple(bound_of(f) if f else None for f in figs),),
            targets=(tuple(r.is_target(f) for f in figs),),
            total=total_of(spec, figs, r),
            lows=_lows([figs]),
        )
    cats = tuple(r.text(c) for c in spec.categories)
    series = tuple((r.text(s.name), tuple(r.value(v) for v in s.values)) for s in spec.series)
    figs_of = [[r.value_figure(v) for v in s.values] for s in spec.series]
    bounds = tuple(tuple(bound_of(f) if f else None for f in fs) for fs in figs_of)
    targets = tuple(tuple(r.is_target(f) for f in fs) for fs in figs_of)
    return ChartData(
        cats,
        series,
        r.text(spec.unit) if spec.unit else None,
        bounds=bounds if any(b for bs in bounds for b in bs) else (),
        targets=targets if any(t for ts in targets for t in ts) else (),
        lows=_lows(figs_of),
    )


def _lows(figs_of: Sequence[Sequence[Figure | None]]) -> tuple[tuple[Decimal | None, ...], ...]:
    """Per series, per category: the low end of each range value; empty when none is one."""
    lows = tuple(
        tuple(f.value[0] if f is not None and isinstance(f.value, tuple) else None for f in fs)
        for fs in figs_of
    )
    return lows if any(v is not None for row in lows for v in row) else ()


def total_of(spec: ChartSpec, figs: list[Figure | None], r: Resolver) -> int | None:
    """The category of a chart of figures that is the whole of the others, drawn apart from
    them (review R13, sample slide 16: "Tăng trưởng GRDP" among the sectors' growth): the one
    the outline names (``total: key``, one of the chart's figures), else the figure every
    other one is ``part_of`` (the figures file's own word for a whole and its parts); None."""
    keys = [t.value.strip("{} ") for t in spec.figures]
    if spec.total is not None:
        key = spec.total.value.strip("{} ")
        if key in keys:
            return keys.index(key)
        r._problem(
            spec.total.location,
            spec.total.path,
            _("the chart's total '{key}' is not one of its figures").format(key=key),
            _("name one of the keys under 'figures:', or remove 'total:'"),
        )
        return None
    present = [f for f in figs if f is not None]
    if len(present) < 3 or len(present) != len(figs):
        return None
    for i, whole in enumerate(present):
        if all(f.part_of == whole.key for j, f in enumerate(present) if j != i):
            return i
    return None


def iter_texts(obj: object) -> Iterator[Text]:
    """Every ``Text`` inside an outline object, depth first in document order."""
    if isinstance(obj, Text):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from iter_texts(getattr(obj, f.name))
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from iter_texts(item)


MAX_CATEGORIES = 60
"""The most categories (bars, points) a chart may have; more cannot be told apart on a slide."""
MAX_SLICES = 12
"""The most slices a pie or donut may have."""


def check_chart_values(spec: ChartSpec, data: ChartData, r: Resolver) -> None:
    """Record what would keep the chart from being drawn as its data says, where it was
    written: too many categories, and a pie or donut with a negative value or nothing in it."""
    round_chart = spec.type in ("pie", "donut")
    limit = MAX_SLICES if round_chart else MAX_CATEGORIES
    if len(data.categories) > limit:
        what = "slices" if round_chart else "categories"
        r._problem(
            spec.location,
            spec.path,
            _("a {type} chart shows at most {limit} {what}, this one has {n}").format(
                type=spec.type, limit=limit, what=what, n=len(data.categories)
            ),
            _("keep the largest and group the rest (e.g. 'Khác'), or use a table"),
        )
    if not round_chart:
        return
    for s_index, (_name, values) in enumerate(data.series):
        for i, v in enumerate(values):
            if v is not None and v < 0:
                loc, path = _value_place(spec, s_index, i)
                r._problem(
                    loc,
                    path,
                    _("a {type} chart cannot show a negative value ({v})").format(
                        type=spec.type, v=v
                    ),
                    _("a slice is a share of a whole; use type: bar for values below zero"),
                )
        if values and all(v is not None and v == 0 for v in values):
            r._problem(
                spec.location,
                spec.path,
                _("every value of this {type} chart is zero: there is nothing to draw").format(
                    type=spec.type
                ),
                _("check the figures, or show them as a table"),
            )


def _value_place(spec: ChartSpec, series: int, index: int) -> tuple[Location, str]:
    """Where value ``index`` of series ``series`` of a chart was given."""
    if spec.figures and index < len(spec.figures):
        return spec.figures[index].location, spec.figures[index].path
    if series < len(spec.series):
        s = spec.series[series]
        v = s.values[index] if index < len(s.values) else None
        if isinstance(v, Text):
            return v.location, v.path
        return s.location, f"{spec.path}.series[{series}].values[{index}]"
    return spec.location, spec.path


def check_references(deck: Deck, r: Resolver) -> list[Problem]:
    """Resolve every text and chart of the deck once, returning the errors found (warnings,
    such as words that contradict a figure, stay in ``r.problems``)."""
    for t in iter_texts(deck):
        r.text(t)
    for slide in deck.slides():
        if slide.chart is not None:
            check_chart_values(slide.chart, chart_data(slide.chart, r), r)
        for kpi in slide.kpis:
            if kpi.figure is not None:
                r.figure(kpi.figure.value, kpi.figure.location, kpi.figure.path)
    return [p for p in r.problems if p.severity == "error"]
