"""Issue 14: a designer's pass on tables and text in tuong-phan and the coreoz template (h40f).

(Its first change, each table of a run under its own title, was reverted: it broke R13's
tests of one start height for a run, test_design15 and test_type_scale.) A bullet broke inside
a term of the genre where lines that keep it whole cost a short first line (coreoz 48: "(9) Tái
cơ cấu nông nghiệp gắn với nông thôn mới / nâng cao, kiểu mẫu", the term's cut at
``BOUND_PHRASE`` cheaper than the first line at 0.4 of the column): where a bullet's lines cut a
term, they are searched again with the cut dearer (``breaks.BODY_TERM``, ``fit._term_kept``)."""

from __future__ import annotations

from deckmaker.layout.fit import cuts_term
from deckmaker.pipeline import load_inputs, plan

from .conftest import SAMPLE, planned_lines
from .template_corpus import theme_named


def test_a_bullet_keeps_a_term_whole_where_a_short_line_can(tmp_path_factory) -> None:
    """coreoz 48's "(9) … gắn với nông thôn mới nâng cao, kiểu mẫu" keeps "nông thôn mới nâng
    cao" (a term of ``terms.txt``) on one line, as does every bullet of slides 46-50 (main:
    "… nông thôn mới / nâng cao, kiểu mẫu")."""
    slides = plan(load_inputs(SAMPLE / "outline.yaml", theme_named("coreoz", tmp_path_factory)))
    found, cut = False, []
    for n in range(46, 51):
        for lines in planned_lines(slides, n, "body"):
            found = found or any("Tái cơ cấu nông nghiệp" in ln for ln in lines)
            if cuts_term(lines):
                cut.append((n, lines))
    assert found
    assert cut == []
