"""Work planning keeps instead of doing again: a slide's bullets as paragraphs (per plan) and a
list fitted into a box (per process). Kept results must be the ones computed afresh, and what
the first computation told the plan memo (the figures read) must be told again."""

from __future__ import annotations

import dataclasses

import pytest

from deckmaker.errors import Location
from deckmaker.layout import fit
from deckmaker.layout.context import PlanContext
from deckmaker.layout.fit import Item, fit_bullets
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.kinds import bullets
from deckmaker.layout.measure import TextMeasurer
from deckmaker.pipeline import load_inputs
from deckmaker.units import Inches
from tests.conftest import SAMPLE, planned_state


def _with_figures(inputs):
    """The first bullet slide of the sample deck whose bullets name a figure."""
    for sec in inputs.deck.sections:
        for spec in sec.slides:
            if spec.kind == "bullets" and any("{" in b.text.value for b in spec.bullets):
                return spec
    raise AssertionError("the sample deck has a bullet slide naming a figure")


def test_a_slides_bullets_are_resolved_once_a_plan_and_their_figures_noted_each_time(monkeypatch):
    inputs = load_inputs(SAMPLE)
    spec = _with_figures(inputs)
    r = inputs.resolver
    ctx = PlanContext.for_deck(inputs.deck, r)
    texts = []
    resolve = type(r).text
    monkeypatch.setattr(type(r), "text", lambda self, t: texts.append(t) or resolve(self, t))

    r.reads = []
    first = bullets.bullet_items(spec.bullets, ctx)
    reads, calls = list(r.reads), len(texts)
    assert reads and calls, "the bullets name a figure: resolved, and the figure read"

    r.reads = []
    again = bullets.bullet_items(spec.bullets, ctx)
    assert again == first and again is not first
    assert len(texts) == calls, "kept: not resolved again"
    assert r.reads == reads, "the figures read are noted again, for the plan memo"

    other = load_inputs(SAMPLE)  # another plan (a new resolver): its own texts and figures
    ctx2 = PlanContext.for_deck(other.deck, other.resolver)
    assert bullets.bullet_items(_with_figures(other).bullets, ctx2) == first
    assert len(texts) > calls


def test_a_list_with_an_unknown_figure_is_not_kept(monkeypatch):
    inputs = load_inputs(SAMPLE)
    spec = _with_figures(inputs)
    r = inputs.resolver
    r.figures = {}  # every reference unknown: a problem each time it is resolved
    ctx = PlanContext.for_deck(inputs.deck, r)
    bullets.bullet_items(spec.bullets, ctx)
    assert r.problems
    texts = []
    resolve = type(r).text
    monkeypatch.setattr(type(r), "text", lambda self, t: texts.append(t) or resolve(self, t))
    bullets.bullet_items(spec.bullets, ctx)
    assert texts, "resolved again"


@pytest.fixture(scope="module")
def arial() -> TextMeasurer:
    return TextMeasurer(resolve_font("Arial").path)


def _items(n: int) -> list[Item]:
    text = "Rà soát, điều chuyển vốn từ các dự án chậm giải ngân sang các dự án tốt hơn, {i}."
    return [Item(text.format(i=i), 1, i, Location("o.yaml", i + 1, 5), f"b[{i}]") for i in range(n)]


def test_a_list_fitted_again_in_the_same_box_is_the_kept_fit_and_the_same(arial, monkeypatch):
    items = _items(14)
    fits = []
    compute = fit._fit_bullets
    monkeypatch.setattr(fit, "_fit_bullets", lambda *a: fits.append(a) or compute(*a))
    fit._FITTED.clear()
    size, pages = fit_bullets(items, arial, Inches(11), Inches(4.5), 24, 16)
    assert len(fits) == 1 and len(pages) >= 2
    pages[0].clear()  # the caller's own lists: the kept fit is not changed through them
    again = fit_bullets(list(items), arial, Inches(11), Inches(4.5), 24, 16)
    assert len(fits) == 1, "kept"
    assert again == compute(items, arial, Inches(11), Inches(4.5), 24, 16)
    assert again[0] == size
    for changed in (
        (items[:-1], arial, Inches(11), Inches(4.5), 24, 16),
        (items, arial, Inches(10), Inches(4.5), 24, 16),
        (items, arial, Inches(11), Inches(4.5), 22, 16),
        (items, TextMeasurer(resolve_font("Arial").path), Inches(11), Inches(4.5), 24, 16),
    ):
        n = len(fits)
        fit_bullets(*changed)
        assert len(fits) == n + 1, "another list, box, size or measurer: fitted afresh"


def test_a_set_of_cards_filled_again_in_the_same_frame_is_the_kept_fill(monkeypatch):
    from dataclasses import replace

    from deckmaker.layout.frame import Fonts, build_frame
    from deckmaker.layout.kinds import kpis
    from deckmaker.layout.page import body_box

    theme = load_inputs(SAMPLE).theme
    frame = build_frame(theme, Fonts.for_theme(theme), "")
    body = body_box(frame, int(Inches(1.5)))
    texts = [
        ("10,05%", "Tăng trưởng GRDP", "kế hoạch 8%"),
        ("109.501 tỷ đồng", "Thu ngân sách nhà nước trên địa bàn", ""),
        ("7,5–8 tỷ USD", "Kim ngạch xuất khẩu", "cùng kỳ 7,1 tỷ USD"),
    ]
    fills = []
    compute = kpis._filled
    monkeypatch.setattr(kpis, "_filled", lambda *a: fills.append(a) or compute(*a))
    kpis._FILLED.clear()
    first = kpis._grid(frame, texts, 3, body)
    n = len(fills)
    assert first is not None and n >= 1
    assert kpis._grid(frame, texts, 3, body) == first and len(fills) == n, "kept"
    other = replace(frame)  # an equal frame, another object: filled afresh, alike
    assert kpis._grid(other, texts, 3, body) == first and len(fills) == 2 * n


def _sample_frame():
    from deckmaker.layout.frame import Fonts, build_frame

    theme = load_inputs(SAMPLE).theme
    return build_frame(theme, Fonts.for_theme(theme), "")


def test_a_plan_in_a_frame_equal_to_the_last_one_takes_the_last_ones_objects():
    from dataclasses import replace

    from deckmaker.layout import plan
    from deckmaker.layout.plan import LOOSE_FEWER

    plan._FRAMES.clear()
    first, loose = plan._kept_frames(_sample_frame())
    assert loose == replace(first, header=replace(first.header, fewer=LOOSE_FEWER))
    again = _sample_frame()  # a rebuild's frame: equal, another object
    assert again == first and again is not first
    kept, kept_loose = plan._kept_frames(again)
    assert kept is first and kept_loose is loose
    other = replace(again, text_pad_pt=again.text_pad_pt + 1)  # a changed theme: its own
    mine, mine_loose = plan._kept_frames(other)
    assert mine is other and mine_loose.header.fewer == LOOSE_FEWER
    assert mine_loose.text_pad_pt == other.text_pad_pt


def test_cards_laid_out_again_in_the_same_frame_are_the_kept_layout(monkeypatch):
    from dataclasses import replace

    from deckmaker.layout.kinds import kpis
    from deckmaker.layout.page import body_box

    frame = _sample_frame()
    body = body_box(frame, int(Inches(1.5)))
    texts = [
        ("10,05%", "Tăng trưởng GRDP", "kế hoạch 8%"),
        ("109.501 tỷ đồng", "Thu ngân sách nhà nước trên địa bàn", ""),
        ("7,5–8 tỷ USD", "Kim ngạch xuất khẩu", "cùng kỳ 7,1 tỷ USD"),
    ]
    made = []
    compute = kpis._laid_out
    monkeypatch.setattr(kpis, "_laid_out", lambda *a: made.append(a) or compute(*a))
    kpis._LAYOUTS.clear()
    first = kpis._layout(texts, body, frame, None)
    assert first is not None and len(made) == 1
    assert kpis._layout(list(texts), body, frame, None) == first and len(made) == 1, "kept"
    assert kpis._layout(texts, body, frame, True) == compute(texts, body, frame, True)
    assert len(made) == 2, "units placed otherwise: laid out afresh"
    other = replace(frame)  # an equal frame, another object: laid out afresh, alike
    assert kpis._layout(texts, body, other, None) == first and len(made) == 3
    changed = [("11,2%", *texts[0][1:]), *texts[1:]]  # one figure changed: laid out afresh
    assert kpis._layout(changed, body, frame, None) == compute(changed, body, frame, None)
    assert len(made) == 4


def test_a_runs_digest_made_of_its_slides_kept_reprs_is_the_digest_of_its_repr():
    import hashlib

    from deckmaker.layout import memo

    specs = [s for sec in load_inputs(SAMPLE).deck.sections for s in sec.slides]
    memo._run_digests.clear()
    memo._next_plan()
    memo._digest(specs[1])  # a slide's digest kept first (its key), then its run's digest

    def of_reprs(run: tuple) -> str:
        slides = (hashlib.sha256(b"r" + repr(s).encode()).hexdigest() for s in run)
        return hashlib.sha256(b"t" + "".join(slides).encode()).hexdigest()

    for run in (tuple(specs[:1]), tuple(specs[1:4]), tuple(specs)):
        assert memo._run_digest(run) == of_reprs(run)


def test_the_memos_digests_tell_outlines_apart_as_their_reprs_do(tmp_path):
    """The keys' digests of outline nodes are kept for the very objects from one plan to the
    next; equal nodes loaded afresh get the same digests, a changed node another, and a node
    of the last plan not used again is let go at the plan after."""
    import shutil

    from deckmaker.layout import memo
    from deckmaker.layout.kinds.agenda import AgendaSpec
    from deckmaker.layout.kinds.section import NumberedSection

    work = tmp_path / "deck"
    shutil.copytree(SAMPLE, work)
    deck = load_inputs(SAMPLE).deck
    again = load_inputs(work).deck  # equal nodes, other objects (another file)
    memo._next_plan()

    def parts(d):
        numbered = tuple(NumberedSection(i + 1, sec) for i, sec in enumerate(d.sections))
        return (AgendaSpec(numbered, d.info.agenda_title), *numbered, d.closing)

    first = [memo._digest(s) for s in deck.slides()]
    whole = memo._digest(parts(deck))
    memo._next_plan()
    assert [memo._digest(s) for s in deck.slides()] == first  # kept from the last plan
    memo._next_plan()
    fresh = [memo._digest(s) for s in again.slides()]
    copies = [dataclasses.replace(s) for s in again.slides()]
    assert [memo._digest(s) for s in copies] == fresh != first  # another file: its locations
    assert len(set(first)) == len(first)  # every slide its own
    assert memo._digest(parts(again)) != whole  # another file: the locations differ
    assert memo._digest(parts(deck)) == whole
    edited = dataclasses.replace(deck.slides()[3], path="elsewhere")
    assert memo._digest(edited) != first[3]
    sec = deck.sections[0]
    assert memo._digest(NumberedSection(1, sec)) != memo._digest(NumberedSection(2, sec))
    assert memo._digest((sec,)) != memo._digest((sec, sec)) != memo._digest(sec)
    memo._next_plan()
    memo._next_plan()
    assert not any(e[0] is edited for e in memo._digests_last.values()), "let go"


def _bump(figures, key: str) -> None:
    """Add 0.1 to the first ``value:`` of figure ``key`` (block or flow style)."""
    import re

    text = figures.read_text("utf-8")
    m = re.search(rf"(?m)^{key}:(?:\n(?:[ \t]+.*\n)*?[ \t]+| .*?)value: ([0-9.]+)", text)
    assert m is not None, key
    new = f"{float(m.group(1)) + 0.1:.2f}"
    figures.write_text(text[: m.start(1)] + new + text[m.end(1) :], "utf-8")


def test_a_deck_wide_pass_is_kept_until_a_figure_it_read_changes(tmp_path, monkeypatch):
    """The plan memo keeps ``deck_caps`` (every bullet slide fitted alone) for the same deck:
    a rebuild after a figure no bullet slide reads changed does not weigh the lists again, one
    after a figure a list reads changed does; both plan what planning afresh plans."""
    import re
    import shutil

    from deckmaker.layout import plan as layout_plan
    from deckmaker.layout.memo import PlanMemo

    work = tmp_path / "deck"
    shutil.copytree(SAMPLE, work)
    calls = []
    caps = layout_plan.deck_caps
    monkeypatch.setattr(layout_plan, "deck_caps", lambda *a: calls.append(a) or caps(*a))
    memo = PlanMemo()

    def planned(m: PlanMemo | None) -> str:
        return planned_state(work, m)

    inputs = load_inputs(work)
    lists = [s for sec in inputs.deck.sections for s in sec.slides if s.kind == "bullets"]
    said = " ".join(b.text.value for s in lists for b in s.bullets)
    assert not re.search(r"\{grdp_growth[.}]", said), "no list names grdp_growth"
    read = re.search(r"\{(\w+)[.}]", " ".join(b.text.value for b in _with_figures(inputs).bullets))
    assert read is not None

    planned(memo)
    assert len(calls) == 1
    _bump(work / "figures.yaml", "grdp_growth")
    assert planned(memo) == planned(None)
    assert len(calls) == 2, "kept by the memo (planning afresh weighs the lists once)"
    _bump(work / "figures.yaml", read.group(1))
    assert planned(memo) == planned(None)
    assert len(calls) == 4, "a figure a list reads changed: weighed again"


def test_section_slides_set_again_in_the_same_frame_are_the_kept_ones(monkeypatch):
    """A section slide's composition (``section._anchored``) is kept by its texts, frame and
    share: a plan sets each once (``deck_share`` and ``deck_title_size`` set only titles,
    ``section.title_box``), a plan of the same deck sets none again, and plans what setting
    each afresh plans."""
    from deckmaker.layout.kinds import section
    from deckmaker.pipeline import plan

    made = []
    compute = section._anchored
    monkeypatch.setattr(section, "_anchored", lambda *a: made.append(a) or compute(*a))
    section._ANCHORED.clear()
    first = repr(plan(load_inputs(SAMPLE)))
    calls = len(made)
    assert calls == len(load_inputs(SAMPLE).deck.sections), "each once: the passes set titles"
    assert repr(plan(load_inputs(SAMPLE))) == first and len(made) == calls, "all kept"
    monkeypatch.setattr(section, "ANCHORED_KEPT", 0)  # nothing kept: each set afresh
    section._ANCHORED.clear()
    assert repr(plan(load_inputs(SAMPLE))) == first and len(made) > calls


def test_cards_filled_again_with_another_number_of_the_same_size_are_the_kept_fill(monkeypatch):
    """A fill reads the cards' labels and details, not their numbers (``value`` is their size
    and place): cards whose number changed (a rebuild after one figure changed) are the kept
    fill, equal to one filled afresh; a changed label is filled afresh."""
    from deckmaker.layout.kinds import kpis
    from deckmaker.layout.page import body_box

    frame = _sample_frame()
    body = body_box(frame, int(Inches(1.5)))
    texts = [
        ("10,05%", "Tăng trưởng GRDP", "kế hoạch 8%"),
        ("109.501 tỷ đồng", "Thu ngân sách nhà nước trên địa bàn", ""),
    ]
    value = kpis._Value(40.0)
    inner = (200.0, 200.0)
    args = (2, int(Inches(4)), inner, value, body, False)
    fills = []
    compute = kpis._filled
    monkeypatch.setattr(kpis, "_filled", lambda *a: fills.append(a) or compute(*a))
    kpis._FILLED.clear()
    first = kpis._fill(frame, texts, *args)
    assert first is not None and len(fills) == 1
    changed = [("10,15%", *texts[0][1:]), texts[1]]
    assert kpis._fill(frame, changed, *args) == first and len(fills) == 1, "kept"
    assert compute(frame, changed, *args, None, None) == first, "as filled afresh"
    relabelled = [(texts[0][0], "Tăng trưởng kinh tế GRDP", texts[0][2]), texts[1]]
    kpis._fill(frame, relabelled, *args)
    assert len(fills) == 2
