"""Tests for deckmaker.resolve: {figure} references in text, attainment and chart data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from deckmaker.errors import Location
from deckmaker.figures.model import Figure
from deckmaker.numfmt import format_attainment, format_quantity
from deckmaker.outline.model import ChartSpec, SeriesSpec, Text
from deckmaker.resolve import (
    MAX_CATEGORIES,
    MAX_SLICES,
    Resolver,
    chart_data,
    check_chart_values,
    iter_texts,
)
from deckmaker.vocabulary import WORDS

D = Decimal
HERE = Location("outline.yaml", 3, 5)

GROWTH = Figure(
    "grdp_growth",
    "Tăng trưởng GRDP",
    D("10.05"),
    "%",
    period="2023",
    plan=D("8"),
    source="Cục Thống kê",
)
BUDGET = Figure("thu_ngan_sach", "Thu ngân sách", D("21671.5"), "tỷ đồng")
EXPORT = Figure("xuat_khau", "Xuất khẩu", (D("7.5"), D("8")), "tỷ USD", plan=D("7"))
FIGURES = {f.key: f for f in (GROWTH, BUDGET, EXPORT)}


def text(value: str, path: str = "sections[0].slides[0].title") -> Text:
    return Text(value, HERE, path)


def resolver(lang: str = "vi", figures=FIGURES, **deck_fields: str) -> Resolver:
    return Resolver(figures, lang, deck_fields, "figures.yaml")


# -- references in text -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_reference_is_the_figure_written_for_the_language(lang):
    r = resolver(lang)
    got = r.text(text("GRDP {grdp_growth}, thu {thu_ngan_sach}"))
    assert got == (
        f"GRDP {format_quantity(D('10.05'), '%', lang)}, "
        f"thu {format_quantity(D('21671.5'), 'tỷ đồng', lang)}"
    )
    assert r.problems == []


def test_the_vietnamese_way_of_writing_numbers():
    # decimal comma, dot groups, % attached, other units after a space, ranges with an en dash
    r = resolver("vi")
    assert r.text(text("{grdp_growth}")) == "10,05%"
    assert r.text(text("{thu_ngan_sach}")) == "21.671,5 tỷ đồng"
    assert r.text(text("{xuat_khau}")) == "7,5\u20138 tỷ USD"


def test_the_parts_of_a_figure():
    r = resolver("vi")
    assert r.text(text("{grdp_growth.value}")) == r.text(text("{grdp_growth}"))
    assert r.text(text("{grdp_growth.plan}")) == "8%"
    assert r.text(text("{grdp_growth.label}")) == "Tăng trưởng GRDP"
    assert r.text(text("{grdp_growth.unit}")) == "%"
    assert r.text(text("{grdp_growth.period}")) == "2023"
    assert r.text(text("{grdp_growth.source}")) == "Cục Thống kê"
    assert r.text(text("{thu_ngan_sach.period}")) == ""  # not given: nothing, not "None"
    assert r.problems == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_attainment_is_value_over_plan(lang):
    r = resolver(lang)
    got = r.text(text("{grdp_growth.attainment}"))
    assert got == format_attainment(D("10.05"), D("8"), lang)
    # 10.05 / 8 = 125.625 %, one decimal, half up
    assert "125,6%" in got if lang == "vi" else "125.6%" in got


def test_doubled_braces_are_literal_braces():
    r = resolver()
    assert r.text(text("{{grdp_growth}} = {grdp_growth}")) == "{grdp_growth} = 10,05%"
    assert r.problems == []


def test_deck_fields_are_references_too_but_a_figure_wins():
    r = resolver(title="Báo cáo", date="20/01/2024")
    assert r.text(text("{title} ({date})")) == "Báo cáo (20/01/2024)"
    shadowed = resolver(grdp_growth="not this")
    assert shadowed.text(text("{grdp_growth}")) == "10,05%"


def test_used_figures_remember_where_they_were_used():
    r = resolver()
    r.text(text("{grdp_growth}", "a"))
    r.text(text("{grdp_growth.plan} {thu_ngan_sach}", "b"))
    r.text(text("{grdp_growth}", "a"))
    assert r.used == {"grdp_growth": ["a", "b"], "thu_ngan_sach": ["b"]}


# -- mistakes in references: recorded, located, the text left as written ----------------------


def test_an_unknown_figure_suggests_the_nearest():
    r = resolver()
    assert r.text(text("tăng {grdp_grwth}")) == "tăng {grdp_grwth}"
    (p,) = r.problems
    assert p.message == "unknown figure 'grdp_grwth' in figures.yaml"
    assert "grdp_growth" in p.hint.split("\n")[0]  # the closest key first
    assert (p.location, p.path) == (HERE, "sections[0].slides[0].title")


def test_an_unknown_figure_without_a_figures_file():
    r = Resolver({}, "vi")
    r.text(text("{grdp_growth}"))
    (p,) = r.problems
    assert p.message == "unknown figure 'grdp_growth'"
    assert "no figures file" in p.hint


def test_the_same_mistake_is_reported_once():
    r = resolver()
    r.text(text("{nope} {nope}"))
    r.text(text("{nope}"))
    assert len(r.problems) == 1


def test_a_text_whose_problem_was_met_again_is_not_kept_without_it():
    # a deck-wide pass run quiet (``context.quiet``) resolves a text twice, then drops the
    # problems it recorded: the text planned later must record its problem again
    r = resolver()
    t = text("Tăng {nope}")
    r.text(t)
    r.text(t)  # the problem is met again (recorded once)
    assert len(r.problems) == 1
    r.problems.clear()  # what a quiet pass leaves
    assert r.text(t) == "Tăng {nope}"
    assert [p.message for p in r.problems] == ["unknown figure 'nope' in figures.yaml"]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("{grdp_growth.plann}", "unknown figure field '.plann' in '{grdp_growth.plann}'"),
        ("{1 + 2}", "'{1 + 2}' is not a figure reference"),
        ("{thu_ngan_sach.plan}", "figure 'thu_ngan_sach' has no plan"),
        ("{thu_ngan_sach.attainment}", "figure 'thu_ngan_sach' has no single value and plan"),
        ("{xuat_khau.attainment}", "figure 'xuat_khau' has no single value and plan"),
    ],
)
def test_reference_mistakes(written, message):
    r = resolver()
    assert r.text(text(f"a {written} b")) == f"a {written} b"
    (p,) = r.problems
    assert p.message == message
    assert p.hint


def test_a_theme_template_resolves_like_outline_text():
    r = resolver(organization="Sở TT&TT")
    assert r.template("{organization} · {grdp_growth}", HERE, "footer") == "Sở TT&TT · 10,05%"


# -- chart data ----------------------------------------------------------------------------------


def chart(type_: str = "bar", **kw) -> ChartSpec:
    return ChartSpec(type_, HERE, "sections[0].slides[0].chart", **kw)


def keys(*names: str) -> tuple[Text, ...]:
    return tuple(
        Text(n, Location("outline.yaml", 10 + i, 9), f"sections[0].slides[0].chart.figures[{i}]")
        for i, n in enumerate(names)
    )


def test_chart_data_from_figure_keys():
    growth_2 = Figure("grdp_2022", "GRDP 2022", D("7.5"), "%")
    r = resolver(figures={**FIGURES, "grdp_2022": growth_2})
    data = chart_data(chart(figures=keys("grdp_2022", "grdp_growth"), title=text("GRDP")), r)
    assert data.categories == ("GRDP 2022", "Tăng trưởng GRDP")  # each figure's label
    assert data.series == (("GRDP", (D("7.5"), D("10.05"))),)
    assert data.unit == "%"  # the unit they share
    assert r.problems == []


def test_a_range_is_charted_at_its_upper_end():
    r = resolver()
    data = chart_data(chart(figures=keys("xuat_khau")), r)
    assert data.series[0][1] == (D("8"),)
    assert r.value(text("xuat_khau")) == D("8")


def test_figures_of_different_units_in_one_chart():
    r = resolver()
    data = chart_data(chart(figures=keys("grdp_growth", "thu_ngan_sach")), r)
    assert data.unit is None
    (p,) = r.problems
    assert p.message.startswith("the chart's figures have different units: %, tỷ đồng")
    # an explicit unit settles it
    r = resolver()
    data = chart_data(chart(figures=keys("grdp_growth", "thu_ngan_sach"), unit=text("x")), r)
    assert (data.unit, r.problems) == ("x", [])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_plan_actual_chart_has_an_actual_and_a_plan_series(lang):
    r = resolver(lang)
    data = chart_data(chart("plan-actual", figures=keys("grdp_growth", "xuat_khau")), r)
    words = WORDS[lang]
    assert data.series == (
        (words["actual"], (D("10.05"), D("8"))),
        (words["plan_name"], (D("8"), D("7"))),
    )
    assert r.problems == []  # different units are fine in a plan-actual chart


def test_plan_actual_needs_a_plan_on_every_figure():
    r = resolver()
    data = chart_data(chart("plan-actual", figures=keys("grdp_growth", "thu_ngan_sach")), r)
    assert data.series[1][1] == (D("8"), None)
    (p,) = r.problems
    assert p.message == "figure 'thu_ngan_sach' has no plan"
    assert p.path == "sections[0].slides[0].chart.figures[1]"  # at the key, not the chart


def test_an_unknown_key_in_a_chart_keeps_its_place():
    r = resolver()
    data = chart_data(chart(figures=keys("grdp_growth", "khong_co")), r)
    assert data.categories == ("Tăng trưởng GRDP", "khong_co")
    assert data.series[0][1] == (D("10.05"), None)
    assert r.problems[0].message == "unknown figure 'khong_co' in figures.yaml"


def test_chart_data_from_series():
    r = resolver()
    spec = chart(
        categories=(text("2023"), text("{grdp_growth.period} KH")),
        series=(SeriesSpec(text("GRDP"), (D("1.5"), text("grdp_growth")), HERE),),
        unit=text("{grdp_growth.unit}"),
    )
    data = chart_data(spec, r)
    assert data.categories == ("2023", "2023 KH")
    assert data.series == (("GRDP", (D("1.5"), D("10.05"))),)
    assert data.unit == "%"


# -- values a chart cannot draw -------------------------------------------------------------------


def series_chart(type_: str, values: list[Decimal]) -> ChartSpec:
    return chart(
        type_,
        categories=tuple(text(f"c{i}") for i in range(len(values))),
        series=(SeriesSpec(text("s"), tuple(values), Location("outline.yaml", 20, 11)),),
    )


def check(spec: ChartSpec) -> list:
    r = resolver()
    check_chart_values(spec, chart_data(spec, r), r)
    return r.problems


def test_a_pie_cannot_show_a_negative_value():
    (p,) = check(series_chart("pie", [D("3"), D("-1")]))
    assert p.message == "a pie chart cannot show a negative value (-1)"
    assert p.path == "sections[0].slides[0].chart.series[0].values[1]"
    assert p.location.line == 20
    assert check(series_chart("bar", [D("3"), D("-1")])) == []  # a bar can


def test_a_donut_of_zeros_has_nothing_to_draw():
    (p,) = check(series_chart("donut", [D("0"), D("0")]))
    assert p.message == "every value of this donut chart is zero: there is nothing to draw"
    assert check(series_chart("donut", [D("0"), D("1")])) == []


@pytest.mark.parametrize(("type_", "limit"), [("pie", MAX_SLICES), ("line", MAX_CATEGORIES)])
def test_too_many_categories(type_, limit):
    assert check(series_chart(type_, [D(1)] * limit)) == []
    (p,) = check(series_chart(type_, [D(1)] * (limit + 1)))
    what = "slices" if type_ == "pie" else "categories"
    assert p.message == f"a {type_} chart shows at most {limit} {what}, this one has {limit + 1}"


def test_iter_texts_walks_an_outline_object_in_order():
    spec = chart(title=text("T"), figures=keys("a", "b"), unit=text("U"))
    assert [t.value for t in iter_texts(spec)] == ["T", "a", "b", "U"]


def test_a_text_resolved_again_is_kept_and_its_figures_noted_each_time(monkeypatch):
    r = resolver()
    fields = []
    field = Resolver._field
    monkeypatch.setattr(Resolver, "_field", lambda self, *a: fields.append(a) or field(self, *a))
    t = text("GRDP {grdp_growth}, thu {thu_ngan_sach}")
    r.reads = []
    first = r.text(t)
    reads = list(r.reads)
    assert len(fields) == 2 and reads == [
        ("grdp_growth", t.path),
        ("thu_ngan_sach", t.path),
    ]
    r.reads = []
    assert r.text(text("GRDP {grdp_growth}, thu {thu_ngan_sach}")) == first  # an equal text
    assert len(fields) == 2, "kept"
    assert r.reads == reads, "the figures read are noted again, for the plan memo"
    assert r.text(text("GRDP {grdp_growth}, thu {thu_ngan_sach}", "closing.title")) == first
    assert len(fields) == 4, "another place: resolved (and noted) for it"
    assert set(r.used["grdp_growth"]) == {t.path, "closing.title"}


def test_a_text_with_a_problem_is_resolved_again_and_its_problem_reported_once():
    r = resolver()
    t = text("GRDP {no_such_figure}")
    assert r.text(t) == r.text(t) == "GRDP {no_such_figure}"
    assert len(r.problems) == 1
    r.reads = []
    r.text(t)
    assert r.reads == [("no_such_figure", t.path)]
