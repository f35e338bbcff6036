"""Table slides' planning keeps what a run of tables asks for again (issue 16, bench/README.md's
thirty-fifth pass): the run's frame and its members' body boxes, once per plan."""

from __future__ import annotations

from deckmaker.layout import page
from deckmaker.layout.context import PlanContext
from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.kinds import table
from deckmaker.layout.page import body_boxes
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE


def _sample():
    inputs = load_inputs(SAMPLE / "outline.yaml", None)
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme))
    return inputs, frame


def test_a_run_of_tables_plans_under_one_frame_and_one_title_setting_each():
    """Every slide of the sample's run of tables (36-43) gets the run's frame (one object,
    equal to the one a new plan makes), each title's body box as ``body_boxes`` sets it, and a
    whole plan sets each of the run's titles once in that frame (it set them on each slide:
    136 settings of 16 titles)."""
    inputs, frame = _sample()
    ctx = PlanContext.for_deck(inputs.deck, inputs.resolver)
    runs = {ctx.kind_runs[s.path] for s in inputs.deck.slides() if s.table is not None}
    assert [len(r) for r in runs] == [8]
    (run,) = runs
    first = table.run_titles(run, frame, ctx)
    assert all(table.run_titles(run, frame, ctx) is first for _ in run)
    other = PlanContext.for_deck(inputs.deck, inputs.resolver)
    again = table.run_titles(run, frame, other)
    assert again is not first and again == first
    for s in run:
        want = body_boxes(ctx.text(s.title), first, ctx)[1]
        assert table._body(s, first, ctx) == want
        assert table._body(s, first, other) == want

    # a whole plan: each table title set once under the deck's frame (measured for the run's
    # size) and once under the run's, with its "(tiếp)" form: 24 settings (main set 136)
    titles = {ctx.text(s.title) for s in run}
    set_at: list[str] = []
    real = page._header

    def counted(title, frame, ctx):
        set_at.append(title)
        return real(title, frame, ctx)

    page._header = counted
    try:
        planned = plan(load_inputs(SAMPLE / "outline.yaml", None))
    finally:
        page._header = real
    mine = [t for t in set_at if any(t.startswith(x[:20]) for x in titles)]
    assert len(set(mine)) == 2 * len(run) and len(mine) == 3 * len(run)
    assert sum(1 for p in planned if any(e.name == "Title" for e in p.elements)) > 8
