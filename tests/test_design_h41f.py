"""Issue 14: a designer's pass on phrase cuts in the coreoz template (h41f).

A list set at the size that fits it broke a phrase where no even setting in as many lines kept it
whole (coreoz 14: "Kỷ luật, kỷ cương được chấn chỉnh; bảo vệ / người dám nghĩ, …" at 25 pt;
coreoz 25: "Thương mại, dịch vụ, / du lịch phát triển …" at 22 pt). A designer sets the page a
point or two smaller, never under the theme's body minimum, one size for all its bullets
(``bullets._phrases_kept``, ``fit.phrase_cuts``)."""

from __future__ import annotations

from deckmaker.layout.fit import cuts_phrase
from deckmaker.layout.model import TextBox
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE, planned_lines
from .template_corpus import theme_named


def test_a_page_set_smaller_keeps_its_phrases_whole(tmp_path_factory) -> None:
    """coreoz 14 and 25 cut no phrase (main: "bảo vệ / người dám nghĩ", "dịch vụ, / du lịch"),
    each at one size, at least the theme's body minimum and at most two points under main's."""
    slides = plan(load_inputs(SAMPLE / "outline.yaml", theme_named("coreoz", tmp_path_factory)))
    cut = []
    for n, main_size in ((14, 25.0), (25, 22.0)):
        body = [e for e in slides[n - 1].elements if isinstance(e, TextBox) and e.role == "body"]
        sizes = {p.size_pt for e in body for p in e.paras}
        assert len(sizes) == 1 and min(sizes) >= 18.0 and main_size - 2 <= max(sizes), (n, sizes)
        cut += [(n, lines) for lines in planned_lines(slides, n, "body") if cuts_phrase(lines)]
    assert cut == []
