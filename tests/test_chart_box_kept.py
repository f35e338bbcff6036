"""``chart_box`` keeps its answers for the plan (by slide, box, frame and language): a chart
beside bullets is tried at several shares of its body and the same boxes come back. Kept, a
plan is the plan made without keeping, and the figures the charts read are noted as before (the
figures report, the plan memo's reads); a chart whose figure is missing is not kept, its problem
reported each time."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout.context import PlanContext
from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.kinds import chart, chart_bullets
from deckmaker.layout.model import Box
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import Length

ROOT = Path(__file__).resolve().parents[1]


def _planned(outline: Path, theme: str | None):  # type: ignore[no-untyped-def]
    inputs = load_inputs(outline, theme)
    plans = plan(inputs)
    r = inputs.resolver
    return plans, {k: list(v) for k, v in r.used.items()}, list(r.problems)


@pytest.mark.parametrize(
    ("outline", "theme"),
    [(ROOT / "outlines" / "hung-yen-2024", None), (ROOT / "tests/fixtures/every", "tuong-phan")],
    ids=["sample", "every-tuong-phan"],
)
def test_a_plan_with_kept_chart_boxes_is_the_plan_without(
    monkeypatch: pytest.MonkeyPatch, outline: Path, theme: str | None
) -> None:
    made: list[object] = []
    asked: list[object] = []
    original, kept = chart._chart_box, chart.chart_box

    def spy_made(*args):  # type: ignore[no-untyped-def,unused-ignore]
        made.append(args)
        return original(*args)

    def spy_asked(*args):  # type: ignore[no-untyped-def,unused-ignore]
        asked.append(args)
        return kept(*args)

    monkeypatch.setattr(chart, "_chart_box", spy_made)
    monkeypatch.setattr(chart, "chart_box", spy_asked)
    monkeypatch.setattr(chart_bullets, "chart_box", spy_asked)
    with_kept = _planned(outline, theme)
    assert made and len(made) <= len(asked)
    if theme is None:  # the sample's charts beside bullets: 190 asked, 55 made
        assert len(made) < len(asked) / 2
    monkeypatch.setattr(chart, "chart_box", original)
    monkeypatch.setattr(chart_bullets, "chart_box", original)
    without = _planned(outline, theme)
    assert with_kept == without


def test_a_chart_with_a_missing_figure_is_not_kept() -> None:
    inputs = load_inputs(ROOT / "tests/fixtures/charts-en")
    r = inputs.resolver
    spec = next(
        s for sec in inputs.deck.sections for s in sec.slides if s.chart and s.chart.figures
    )
    assert spec.chart is not None
    keys = {t.value for t in spec.chart.figures}
    r.figures = {k: v for k, v in r.figures.items() if k not in keys}  # gone since the check
    ctx = PlanContext.for_deck(inputs.deck, r)
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme), "")
    box = Box(Length(0), Length(0), Length(5_000_000), Length(3_000_000))
    before = r.found
    for n in (1, 2):  # asked again, the figures are looked up again: their problems met again
        got, _ = chart.chart_box(spec, box, frame, ctx)
        assert got is None
        assert r.found == before + n * len(keys)
