"""Issue 14, review R15 (#2, #3): a line never ends on a word that belongs with the phrase
after it (a quantifier, "còn", an aspect, voice or modal word: class "forward"); a bullet with
a ";" breaks there when both halves fit; a bracket stays with the noun it qualifies (class
"bracket"); a title keeps a pair "A, B" before a complement of time whole ("nhiệm vụ, giải
pháp năm 2024"). Checked on composed text first, then on the sample deck's plan."""

from __future__ import annotations

import pytest

from deckmaker.errors import Location
from deckmaker.layout.breaks import BODY, TITLE, phrase_cuts, seam_cost
from deckmaker.layout.fit import SAFETY, Item, even_lines, line_more, measure_items
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.nobreak import (
    NBSP,
    STRANDED,
    bind_measure_verbs,
    bind_proclitics,
)
from deckmaker.units import EMU_PER_PT, Pt

from .conftest import SAMPLE, bound_tokens, planned_lines, seam_after


def _syllables(text: str, before: str) -> tuple[list[str], int]:
    """``text`` split at spaces (as ``nobreak.loosen`` frees a group too wide for its line)
    and the seam after ``before``."""
    toks = text.split(" ")
    for j in range(1, len(toks)):
        if " ".join(toks[:j]).endswith(" " + before):
            return toks, j
    raise AssertionError((text, before))


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Trong đó 9 dự án ngoài các khu công nghiệp", "các"),
        ("Nông thôn mới kiểu mẫu còn nhiều nơi chưa hoàn thiện", "còn"),
        ("Quản lý nhà nước về môi trường tiếp tục được tăng cường", "tiếp tục"),
        ("Hệ thống trạm y tế xã đã từng bước được nâng cấp", "đã"),
        ("Các chỉ tiêu chủ yếu sẽ hoàn thành trong quý IV", "sẽ"),
        ("Công tác cải cách hành chính cần tập trung chỉ đạo", "cần"),
        ("Mỗi xã phải bố trí đủ cán bộ chuyên trách", "phải"),
        ("Tổ chức hội nghị cho những đơn vị tiêu biểu", "những"),
        ("Thu ngân sách được giao tăng so với năm trước", "được"),
    ],
)
def test_a_line_ending_on_a_word_that_leads_the_next_phrase_is_a_cut(text, before):
    """Class "forward" of ``breaks.phrase_cuts``: none of these seams is a cut on main (a line
    ending on "các", "còn", "tiếp tục", "đã", "sẽ", "cần", "phải", "những", "được")."""
    toks, j = _syllables(text, before)
    assert "forward" in phrase_cuts(toks, j), (toks, j)
    assert seam_cost(toks, j, BODY) > STRANDED


def test_a_break_before_a_predicate_opened_by_an_aspect_word_is_a_boundary():
    """ "… tài nguyên và môi trường / tiếp tục được tăng cường": the subject ends, the
    predicate begins; on main the break cut a "modifier" (0.8) and the line ended on "tiếp
    tục" instead (R15 tuong-phan 24)."""
    text = "Quản lý nhà nước về tài nguyên và môi trường tiếp tục được tăng cường"
    toks, j = seam_after(text, "trường")
    assert seam_cost(toks, j, BODY) == 0.0
    toks, j = seam_after("Công tác kiểm tra, giám sát cần được tăng cường", "giám sát")
    assert seam_cost(toks, j, BODY) == 0.0


@pytest.mark.parametrize(
    ("text", "before", "cut"),
    [
        ("Nghị quyết Hội nghị Trung ương (khóa XIII) năm 2024", "Trung ương", True),
        ("Kế hoạch của Ban Chấp hành (nhiệm kỳ 2020 - 2025) về chuyển đổi số", "Chấp hành", True),
        ("Nghị quyết về Chiến lược bảo vệ Tổ quốc (Trung ương 8 khóa XIII)", "Tổ quốc", False),
        ("Tổng thu ngân sách (ước), tăng so với cùng kỳ", "ngân sách", False),
    ],
)
def test_a_bracket_stays_with_the_noun_it_qualifies(text, before, cut):
    """Class "bracket": a bracket inside a phrase that runs on after it is parted from its noun
    by a break before it; a bracket that ends its clause or the text is an aside."""
    toks, j = seam_after(text, before)
    assert toks[j].startswith("("), toks
    assert ("bracket" in phrase_cuts(toks, j)) is cut


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Thời cơ, thách thức và nhiệm vụ, giải pháp năm 2024", "nhiệm vụ,"),
        ("Thuận lợi, khó khăn và mục tiêu, chỉ tiêu năm 2025", "mục tiêu,"),
    ],
)
def test_a_pair_before_a_complement_of_time_is_not_parted(text, before):
    """ "nhiệm vụ, / giải pháp năm 2024" parts the pair the year completes (R15 co-do 29); on
    main the number ended the run and no "pair" was seen."""
    toks, j = seam_after(text, before)
    assert "pair" in phrase_cuts(toks, j)
    assert seam_cost(toks, j, TITLE) > 0


@pytest.fixture(scope="module")
def times():
    return measurer(resolve_font("Times New Roman"))


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách vượt dự toán được giao; chi đầu tư phát triển đạt kế hoạch của tỉnh",
        "Kỷ luật, kỷ cương được chấn chỉnh; bảo vệ người dám nghĩ, dám làm, dám chịu trách nhiệm",
        "Sự lãnh đạo chủ động, sát sao của Tỉnh ủy; chỉ đạo, điều hành quyết liệt của HĐND, UBND",
    ],
)
def test_a_two_line_bullet_breaks_at_its_semicolon_where_both_halves_fit(times, text):
    """A bullet (bound as a slide binds it) set by ``measure_items`` and ``even_lines`` at 26
    pt, at every width from 380 to 700 pt: where it takes two lines and each half of the ";"
    fits a line, the line break falls at the ";" (R15 #3). On main the first two break after
    the ";" at 11 and 9 of those widths ("…; chi đầu tư phát triển / đạt kế hoạch của tỉnh")."""
    bound = bind_proclitics(bind_measure_verbs(" ".join(bound_tokens(text))))
    item = Item(bound, 1, 0, Location("outline.yaml"), "p")
    head, tail = text.split("; ")
    checked = 0
    for width in range(380, 700, 3):
        x = even_lines(measure_items([item], times, Pt(width), 26)[0], times, Pt(width))
        avail = (Pt(width) - x.indent) / EMU_PER_PT
        if x.lines != 2:
            continue
        if any(times.width_pt(h, 26) > avail * (1 - SAFETY) for h in (head + ";", tail)):
            continue
        checked += 1
        for safety in (SAFETY, 0.0):
            lines = times.wrap(x.item.text, 26, avail, safety=safety)
            assert lines[0].rstrip().endswith(";"), (width, lines)
    assert checked


def test_a_bullet_ending_a_line_on_a_leading_word_takes_a_line_more_where_there_is_room(times):
    """``fit.line_more``: "Nông thôn mới nâng cao, kiểu mẫu còn / nhiều nơi …" (R15 co-do 27,
    two lines at 26 pt in 486 pt) is set in three phrases when the page has room, and kept in
    two when it has none."""
    text = "Nông thôn mới nâng cao, kiểu mẫu còn nhiều nơi chưa hoàn thiện đầy đủ tiêu chí"
    item = Item(" ".join(bound_tokens(text)), 1, 0, Location("outline.yaml"), "p")
    width = Pt(486 + 27)
    x = even_lines(measure_items([item], times, width, 26)[0], times, width)
    assert x.lines == 2
    got = line_more([x], times, width, 400.0)[0]
    assert got.lines == 3
    avail = (width - got.indent) / EMU_PER_PT
    for safety in (SAFETY, 0.0):
        wrapped = times.wrap(got.item.text, 26, avail, safety)
        lines = [ln.strip().replace(NBSP, " ") for ln in wrapped]
        assert not any(ln.endswith(" còn") for ln in lines), lines
        assert len(lines) == 3, lines
    assert line_more([x], times, width, x.height + 1.0)[0].lines == 2


def test_the_sample_deck_lines_r15():
    """The sample deck as planned: co-do 11 and 52 break at their ";", 27 ends no line on "còn",
    29's title keeps "nhiệm vụ, giải pháp" whole; tuong-phan 24 ends no line on "tiếp tục",
    45 none on "còn"; in no theme does a body line end on a word of ``FORWARD_WORDS`` where
    main had one of these."""
    from deckmaker.pipeline import load_inputs, plan

    co = plan(load_inputs(SAMPLE / "outline.yaml", "co-do"))
    for n, start in ((11, "Sự lãnh đạo"), (52, "Các nghị quyết")):
        para = next(p for p in planned_lines(co, n, "body") if p[0].startswith(start))
        assert para[0].endswith(";"), para
    para = next(p for p in planned_lines(co, 27, "body") if p[0].startswith("Nông thôn"))
    assert not any(ln.endswith(" còn") for ln in para[:-1]), para
    title = planned_lines(co, 29, "title")[0]
    assert any("nhiệm vụ, giải pháp" in ln for ln in title), title
    tp = plan(load_inputs(SAMPLE / "outline.yaml", "tuong-phan"))
    para = next(p for p in planned_lines(tp, 24, "body") if p[0].startswith("Quản lý"))
    assert not any(ln.endswith("tiếp tục") for ln in para[:-1]), para
    para = next(p for p in planned_lines(tp, 45, "body") if p[0].startswith("Năm 2023"))
    assert not any(ln.endswith("còn") for ln in para[:-1]), para
