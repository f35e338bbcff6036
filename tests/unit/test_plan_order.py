"""A cold build plans its chart slides first (``layout.plan.charts_first``), before the deck-wide
passes and the other slides, so that the chart workers start drawing sooner; the plans, the
problems and the figures' uses are those of planning in the deck's order."""

from __future__ import annotations

from pathlib import Path

import deckmaker.layout.plan as layout_plan
from deckmaker.figures.sources import load_figures
from deckmaker.layout.frame import Fonts
from deckmaker.layout.model import ChartBox, Planned
from deckmaker.layout.plan import CHARTED, plan_deck
from deckmaker.outline import load_outline
from deckmaker.pipeline import load_inputs
from deckmaker.resolve import Resolver
from deckmaker.theme import load_theme

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "outlines" / "hung-yen-2024"


def _plan(outline: Path, events: list[str] | None = None):  # type: ignore[no-untyped-def]
    """(plans, problems, the resolver's uses) of a fresh plan of ``outline``; with ``events``,
    as a cold build plans (every planned slide told), noting what was planned when."""
    inputs = load_inputs(outline)
    fonts = Fonts.for_theme(inputs.theme)

    def told(planned: Planned) -> None:
        assert events is not None
        charts = any(isinstance(e, ChartBox) for s in planned.slides for e in s.elements)
        events.append("chart" if charts else "other")

    on_planned = told if events is not None else None
    plans, problems = plan_deck(inputs.deck, inputs.theme, inputs.resolver, fonts, None, on_planned)
    return plans, problems, inputs.resolver.used


def test_chart_slides_are_planned_before_the_deck_wide_passes_and_plan_the_same(monkeypatch):
    events: list[str] = []
    for name in ("deck_stacked", "deck_sizes", "deck_caps"):
        original = getattr(layout_plan, name)

        def spy(*args, _name=name, _original=original):  # type: ignore[no-untyped-def]
            events.append(_name)
            return _original(*args)

        monkeypatch.setattr(layout_plan, name, spy)
    plans, problems, used = _plan(SAMPLE, events)
    n_charts = sum(
        1 for sec in load_inputs(SAMPLE).deck.sections for s in sec.slides if s.kind in CHARTED
    )
    assert n_charts >= 10  # the sample deck's chart slides
    # every chart slide first, then the deck-wide passes, then the rest in the deck's order
    assert events[:n_charts] == ["chart"] * n_charts
    assert events[n_charts : n_charts + 3] == ["deck_stacked", "deck_sizes", "deck_caps"]
    assert "chart" not in events[n_charts + 3 :]
    fresh_plans, fresh_problems, fresh_used = _plan(SAMPLE)  # in order, nobody told
    assert plans == fresh_plans
    assert problems == fresh_problems
    assert used == fresh_used
    assert {k: len(v) for k, v in used.items()} == {k: len(v) for k, v in fresh_used.items()}


OUTLINE = """\
deck:
  title: Báo cáo
  figures: figures.yaml
sections:
  - title: Kinh tế
    slides:
      - title: Tăng trưởng
        bullets: ["GRDP tăng {grdp}"]
      - title: Hai chỉ số
        chart: {type: bar, figures: [grdp, iip]}
        bullets: ["Chỉ số {khong_co} chưa có", "GRDP {grdp}"]
      - title: Xuất khẩu
        chart: {type: barh, figures: [grdp, iip]}
closing: Xin cảm ơn
"""
FIGURES = """\
grdp: {label: Tăng trưởng GRDP, value: 10.05, unit: "%"}
iip: {label: Chỉ số sản xuất công nghiệp, value: 12.3, unit: "%"}
"""


def _plan_broken(tmp_path: Path, events: list[str] | None = None):  # type: ignore[no-untyped-def]
    """As ``_plan``, for an outline with an unknown figure (``load_inputs`` would refuse it)."""
    deck = load_outline(tmp_path / "outline.yaml")
    theme = load_theme("default")
    r = Resolver(load_figures(tmp_path / "figures.yaml"), "vi")

    def told(planned: Planned) -> None:
        assert events is not None
        charts = any(isinstance(e, ChartBox) for s in planned.slides for e in s.elements)
        events.append(planned.slides[0].title + (" (chart)" if charts else ""))

    on_planned = told if events is not None else None
    plans, problems = plan_deck(deck, theme, r, Fonts.for_theme(theme), None, on_planned)
    return plans, problems + r.problems, r.used  # the resolver's: an unknown figure


def test_a_chart_slide_with_a_problem_is_planned_again_in_its_place(tmp_path):
    (tmp_path / "outline.yaml").write_text(OUTLINE, encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(FIGURES, encoding="utf-8")
    events: list[str] = []
    plans, problems, used = _plan_broken(tmp_path, events)
    # the clean chart slide first; the one with an unknown figure planned again in its place
    assert events == [
        "Xuất khẩu (chart)",
        "Báo cáo",
        "Kinh tế",
        "Tăng trưởng",
        "Hai chỉ số (chart)",
        "Xin cảm ơn",
    ]
    fresh_plans, fresh_problems, fresh_used = _plan_broken(tmp_path)
    assert [p.message for p in problems] == [p.message for p in fresh_problems]
    assert sum("khong_co" in p.message for p in problems) == 1
    assert plans == fresh_plans
    assert used == fresh_used
