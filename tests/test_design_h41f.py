"""Issue 14: a designer's pass on phrase cuts in the coreoz template (h41f).

A list set at the size that fits it broke a phrase where no even setting in as many lines kept it
whole (coreoz 14: "Kỷ luật, kỷ cương được chấn chỉnh; bảo vệ / người dám nghĩ, …" at 25 pt).
A designer sets the page a point or two smaller, never under the theme's body minimum, one size
for all its bullets (``bullets._phrases_kept``, ``fit.phrase_cuts``); a bullet slide's own list
only."""

from __future__ import annotations

from deckmaker.layout.fit import cuts_phrase
from deckmaker.layout.model import TextBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE, planned_lines
from .template_corpus import theme_named


def test_a_page_set_smaller_keeps_its_phrases_whole(tmp_path_factory) -> None:
    """coreoz 14 cuts no phrase (main: "bảo vệ / người dám nghĩ" at 25 pt), at one size, at
    least the theme's body minimum and at most two points under main's."""
    slides = plan(load_inputs(SAMPLE / "outline.yaml", theme_named("coreoz", tmp_path_factory)))
    cut = []
    for n, main_size in ((14, 25.0),):
        body = [e for e in slides[n - 1].elements if isinstance(e, TextBox) and e.role == "body"]
        sizes = {p.size_pt for e in body for p in e.paras}
        assert len(sizes) == 1 and min(sizes) >= 18.0 and main_size - 2 <= max(sizes), (n, sizes)
        cut += [(n, lines) for lines in planned_lines(slides, n, "body") if cuts_phrase(lines)]
    assert cut == []


def test_a_run_in_the_builtin_themes_keeps_its_size() -> None:
    """The sample's bullet slides in co-do keep the sizes main set them at (19-22 and 25-27, a
    chart's text beside, went 1-3 points smaller and uneven when the chart's options weighed
    the smaller size too)."""
    slides = plan(load_inputs(SAMPLE / "outline.yaml", "co-do"))
    sizes = {
        n: {p.size_pt for e in slides[n - 1].elements if isinstance(e, TextBox) for p in e.paras}
        for n in (19, 20, 21, 22)
        if any(isinstance(e, TextBox) and e.role == "body" for e in slides[n - 1].elements)
    }
    bodies = {n: {s for s in got if s >= 18} for n, got in sizes.items()}
    assert len({frozenset(b) for b in bodies.values()}) == 1, bodies
