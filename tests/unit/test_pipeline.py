"""Tests for deckmaker.pipeline: loading the inputs (every problem of every input, each with its
error class) and what a build reports."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.errors import (
    DataError,
    DeckmakerError,
    InputsError,
    OutlineError,
    ThemeError,
    display_path,
)
from deckmaker.pipeline import (
    apply_overrides,
    build_deck,
    check_inputs,
    default_output,
    load_inputs,
)
from deckmaker.theme import Theme

OUTLINE = """\
deck:
  title: Báo cáo {grdp_growth}
  organization: Sở Kế hoạch
  figures: figures.yaml
sections:
  - title: Phần một
    slides:
      - title: Tăng trưởng
        bullets:
          - GRDP tăng {grdp_growth}, {grdp_growth.attainment}
closing: Xin cảm ơn
"""
FIGURES = """\
grdp_growth: {label: Tăng trưởng GRDP, value: 10.05, unit: "%", plan: 8}
xuat_khau: {label: Xuất khẩu, value: 5.8, unit: tỷ USD}
"""


def project(tmp_path: Path, outline: str = OUTLINE, figures: str | None = FIGURES) -> Path:
    (tmp_path / "outline.yaml").write_text(textwrap.dedent(outline), "utf-8")
    if figures is not None:
        (tmp_path / "figures.yaml").write_text(textwrap.dedent(figures), "utf-8")
    return tmp_path / "outline.yaml"


# -- load_inputs --------------------------------------------------------------------------------


def test_inputs_hold_the_deck_its_figures_and_theme(tmp_path):
    inputs = load_inputs(project(tmp_path))
    assert inputs.deck.info.title.value == "Báo cáo {grdp_growth}"
    assert sorted(inputs.figures) == ["grdp_growth", "xuat_khau"]
    assert inputs.figures_file == tmp_path / "figures.yaml"
    assert isinstance(inputs.theme, Theme)
    assert inputs.theme.name == "default"  # none named anywhere
    assert inputs.resolver.text(inputs.deck.info.title) == "Báo cáo 10,05%"
    assert inputs.resolver.problems == []  # a fresh resolver: the check's problems stay there


def test_a_theme_argument_wins_over_the_outline(tmp_path):
    outline = OUTLINE.replace("  figures:", "  theme: co-do\n  figures:")
    assert load_inputs(project(tmp_path, outline)).theme.name == "co-do"
    assert load_inputs(project(tmp_path, outline), theme="tuong-phan").theme.name == "tuong-phan"


def test_a_figures_argument_wins_over_the_outline(tmp_path):
    path = project(tmp_path)
    other = tmp_path / "khac.yaml"
    other.write_text('grdp_growth: {label: GRDP, value: 7, unit: "%", plan: 7}\n', "utf-8")
    inputs = load_inputs(path, figures=other)
    assert inputs.figures_file == other
    assert inputs.resolver.text(inputs.deck.info.title) == "Báo cáo 7%"


def test_an_unknown_figure_is_an_outline_error(tmp_path):
    path = project(tmp_path, OUTLINE.replace("{grdp_growth.attainment}", "{grdp_grwth}"))
    with pytest.raises(OutlineError) as info:
        load_inputs(path)
    (p,) = info.value.problems
    assert p.message == f"unknown figure 'grdp_grwth' in {display_path(tmp_path / 'figures.yaml')}"
    assert p.path == "sections[0].slides[0].bullets[0]"


def test_a_broken_figures_file_is_a_data_error(tmp_path):
    path = project(tmp_path, figures=FIGURES + "Sai Khoa: {label: x, value: 1}\n")
    with pytest.raises(DataError) as info:
        load_inputs(path)
    assert all(p.location.file.endswith("figures.yaml") for p in info.value.problems)
    assert info.value.problems[0].location.line == 3


def test_an_unknown_theme_is_a_theme_error(tmp_path):
    with pytest.raises(ThemeError) as info:
        load_inputs(project(tmp_path), theme="co-dox")
    assert "co-dox" in info.value.format()
    assert "co-do" in info.value.problems[0].hint  # the nearest known theme


def test_problems_in_two_inputs_are_reported_together(tmp_path):
    # an invalid outline still has its figures file and theme checked
    outline = OUTLINE.replace("closing:", "closng:").replace(
        "  figures:", "  theme: co-dox\n  figures:"
    )
    path = project(tmp_path, outline, FIGURES + "Sai Khoa: {label: x, value: 1}\n")
    with pytest.raises(InputsError) as info:
        load_inputs(path)
    kinds = [type(e) for e in info.value.errors]
    assert kinds == [OutlineError, DataError, ThemeError]
    assert len(info.value.problems) == sum(len(e.problems) for e in info.value.errors)
    assert isinstance(info.value, DeckmakerError)


def test_overrides_replace_deck_fields(tmp_path):
    deck = load_inputs(project(tmp_path), overrides={"organization": "Báo Hưng Yên"}).deck
    assert deck.info.organization.value == "Báo Hưng Yên"
    assert deck.info.title.value == "Báo cáo {grdp_growth}"  # the rest as written
    with pytest.raises(DeckmakerError, match="cannot override deck field 'language'"):
        apply_overrides(deck, {"language": "en"})
    assert apply_overrides(deck, None) is deck


def test_the_default_output_is_named_after_the_deck(tmp_path):
    folder = tmp_path / "bao-cao-quy-1"
    folder.mkdir()
    path = project(folder)
    assert default_output(path) == Path("build/bao-cao-quy-1.pptx")
    assert default_output(path.parent) == Path("build/bao-cao-quy-1.pptx")
    other = path.parent / "rieng.yaml"
    other.write_text(path.read_text("utf-8"), "utf-8")
    assert default_output(other) == Path("build/rieng.pptx")


# -- check and build ----------------------------------------------------------------------------


def test_check_plans_every_slide_and_writes_nothing(tmp_path):
    path = project(tmp_path)
    inputs, plans, warnings = check_inputs(path)
    assert [p.kind for p in plans] == ["title", "section", "bullets", "closing"]
    # fonts a machine lacks are stood in for, and said so as notes; nothing else is remarked
    assert [w for w in warnings if w.severity != "note"] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.yaml", "outline.yaml"]


CONTRADICTED = (
    "deck:\n  title: Báo cáo\n  figures: figures.yaml\nsections:\n  - title: Kinh tế\n"
    "    slides:\n"
    "      - title: Tăng trưởng\n"
    '        bullets: ["GRDP giảm {grdp_growth}", "Xuất khẩu {xuat_khau}"]\n'
    '      - title: Tiếp\n        bullets: ["Xuất khẩu {xuat_khau}", "Một ý khác"]\n'
    "closing: Xin cảm ơn"
)


def test_words_that_contradict_a_figure_on_a_run_of_bullet_slides_are_warned_of(tmp_path):
    # the bullet slides' deck-wide pass (``deck_caps``, run quiet) resolves the text twice:
    # kept then without its warning, the slide planned later lost it
    path = project(tmp_path, CONTRADICTED)
    _inputs, _plans, warnings = check_inputs(path)
    said = [w.message for w in warnings if w.severity == "warning"]
    assert said == ["'giảm' before {grdp_growth}, which is 10,05%: a rise"]


def test_a_build_writes_the_deck_and_says_what_it_did(tmp_path):
    path = project(tmp_path)
    out = tmp_path / "ra" / "deck.pptx"
    result = build_deck(path, out)
    assert result.path == out
    prs = Presentation(str(out))
    assert result.slides == len(prs.slides) == len(result.plans) == 4
    assert (result.charts_drawn, result.charts_cached, result.from_cache) == (0, 0, False)
    assert set(result.timings) == {"load", "plan", "write"}
    assert result.seconds >= sum(result.timings.values()) - 1e-6
    assert result.pdf is None and result.findings == []
    texts = [
        s.shapes.title.text_frame.text.replace("\xa0", " ")
        for s in prs.slides
        if s.shapes.title is not None
    ]
    assert "Tăng trưởng" in texts
    body = " ".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    # references resolved (a common word's syllables are joined by U+00A0: "kế hoạch")
    assert "GRDP tăng 10,05%, đạt 125,6% kế hoạch" in body.replace("\xa0", " ")
    assert prs.core_properties.author == "Sở Kế hoạch"


def test_building_twice_gives_the_same_bytes(tmp_path):
    path = project(tmp_path)
    a = build_deck(path, tmp_path / "a.pptx", cache=False).path.read_bytes()
    b = build_deck(path, tmp_path / "b.pptx", cache=False).path.read_bytes()
    assert a == b


def test_charts_come_from_the_cache_the_second_time(tmp_path):
    outline = OUTLINE.replace(
        "        bullets:\n          - GRDP",
        "        chart: {type: bar, figures: [grdp_growth]}\n        bullets:\n          - GRDP",
    )
    path = project(tmp_path, outline)
    first = build_deck(path, tmp_path / "a.pptx")
    second = build_deck(path, tmp_path / "b.pptx")
    assert (first.charts_drawn, first.charts_cached) == (1, 0)
    assert (second.charts_drawn, second.charts_cached) == (0, 1)
    assert first.path.read_bytes() == second.path.read_bytes()


def test_the_output_must_be_a_pptx(tmp_path):
    with pytest.raises(DeckmakerError) as info:
        build_deck(project(tmp_path), tmp_path / "deck.pdf")
    assert info.value.problems[0].message == "the output must be a .pptx file"
    assert not (tmp_path / "deck.pdf").exists()


def test_a_failed_build_leaves_the_earlier_deck(tmp_path):
    path = project(tmp_path)
    out = tmp_path / "deck.pptx"
    build_deck(path, out)
    before = out.read_bytes()
    path.write_text(OUTLINE.replace("{grdp_growth}", "{khong_co}"), "utf-8")
    with pytest.raises(OutlineError):
        build_deck(path, out)
    assert out.read_bytes() == before


TWO_CHARTS = OUTLINE.replace(
    "        bullets:\n          - GRDP",
    "        chart: {type: bar, figures: [grdp_growth]}\n        bullets:\n          - GRDP",
).replace(
    "closing: Xin cảm ơn",
    "      - title: Xuất khẩu\n"
    "        chart: {type: barh, figures: [xuat_khau]}\n"
    "      - title: Kết luận\n"
    "        bullets: [Hoàn thành kế hoạch]\n"
    "closing: Xin cảm ơn",
)


def test_a_cold_build_sends_each_chart_to_the_workers_while_it_plans(tmp_path, monkeypatch):
    import deckmaker.pipeline as pipeline
    from deckmaker.charts.render import StreamedRendering

    events: list[str] = []
    add, plan = StreamedRendering.add, pipeline.plan

    def spy_add(self, chart):
        events.append(f"add {chart.kind}")
        return add(self, chart)

    def spy_plan(*args, **kwargs):
        plans = plan(*args, **kwargs)
        events.append("planned")
        return plans

    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))  # empty: a cold build
    monkeypatch.setattr(StreamedRendering, "add", spy_add)
    monkeypatch.setattr(pipeline, "plan", spy_plan)
    path = project(tmp_path, TWO_CHARTS)
    streamed = build_deck(path, tmp_path / "a.pptx", jobs=2)
    assert events == ["add bar", "add barh", "planned"]
    assert (streamed.charts_drawn, streamed.charts_cached) == (2, 0)
    events.clear()
    again = build_deck(path, tmp_path / "b.pptx", jobs=2)  # the cache is full: nothing streamed
    assert events == ["planned"] and (again.charts_drawn, again.charts_cached) == (0, 2)
    serial = build_deck(path, tmp_path / "c.pptx", jobs=1, cache=False)  # drawn in this process
    assert serial.charts_drawn == 2
    assert streamed.path.read_bytes() == again.path.read_bytes() == serial.path.read_bytes()
