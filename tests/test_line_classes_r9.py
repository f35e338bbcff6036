"""Issue 14, review R9: the last line breaks of the sample deck, as classes of the one break
model (``breaks.phrase_cuts``) and of the layouts that give it room, checked on composed text
(none of it the sample deck's): a chart's text column widens beside a round chart where its
bullets then cut fewer phrases of a class; a paragraph LibreOffice would set in fewer lines
than measured, cutting a phrase, keeps the measured lines when they cut none."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout import fit
from deckmaker.layout.breaks import phrase_context, seams
from deckmaker.layout.fit import SAFETY, Item, cuts_phrase, even_lines, measure_items
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.kinds import chart_bullets
from deckmaker.layout.model import ChartBox, TextBox
from deckmaker.layout.nobreak import NBSP, bind_compounds, bind_counted
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import EMU_PER_PT

_OUTLINE = """deck:
  title: Hợp tác xã nông nghiệp năm 2023
  organization: Sở Nông nghiệp và Phát triển nông thôn
  date: 2024-01-20
  language: vi
sections:
  - title: Kết quả
    slides:
      - title: Hợp tác xã được hỗ trợ
        chart:
          type: donut
          title: Hợp tác xã được hỗ trợ năm 2023
          categories: [Hợp tác xã vùng bãi, Hợp tác xã trong đê]
          series:
            - name: Hợp tác xã
              values: [9, 11]
        bullets:
          - Đã hỗ trợ 20 hợp tác xã
          - Có 9 hợp tác xã ngoài các vùng chuyên canh, 11 hợp tác xã trong vùng chuyên canh
          - Tổng kinh phí hỗ trợ khoảng 4,5 tỷ đồng
"""


def _slide(tmp_path: Path):
    (tmp_path / "outline.yaml").write_text(_OUTLINE, "utf-8")
    (s,) = [
        p
        for p in plan(load_inputs(tmp_path / "outline.yaml", "default"))
        if p.kind == "chart-bullets"
    ]
    (chart,) = [e for e in s.elements if isinstance(e, ChartBox)]
    (body,) = [e for e in s.elements if isinstance(e, TextBox) and e.name.startswith("Body")]
    return chart, body


def _cut(body: TextBox) -> int:
    """The line breaks of ``body`` as LibreOffice sets them (the full width) that cut a phrase
    of a class."""
    m = measurer(resolve_font("Liberation Sans"))
    n = 0
    for p in body.paras:
        lines = m.wrap(p.text, p.size_pt, (body.box.w - p.indent) / EMU_PER_PT, 0.0)
        words, at = seams([ln.strip() for ln in lines])
        n += sum(phrase_context(words, j) > 0 for j in at)
    return n


def test_a_round_charts_bullets_take_more_width_where_they_then_cut_no_phrase(
    tmp_path, monkeypatch
):
    """Beside a donut at the theme's share "… ngoài các / vùng chuyên canh" parts a preposition
    from its object; a narrower donut (still ``ROUND_ASPECT`` as wide as tall) gives the
    bullets the width to set it whole, at the same size (where its circle may go under
    ``ROUND_DIAMETER``, as on a wider slide: test_line_classes_r10 keeps the theme's floor)."""
    monkeypatch.setattr(chart_bullets, "ROUND_DIAMETER", 0)
    chart, body = _slide(tmp_path)
    assert _cut(body) == 0, [p.text for p in body.paras]
    assert chart.box.w >= chart_bullets.ROUND_ASPECT * chart.box.h
    monkeypatch.setattr(chart_bullets, "ROUND", ())
    chart0, body0 = _slide(tmp_path)
    assert _cut(body0) > 0
    assert chart0.box.w > chart.box.w
    assert [p.size_pt for p in body.paras] == [p.size_pt for p in body0.paras]


SIZE = 24


@pytest.mark.parametrize(
    "text",
    [
        "Mở rộng sản xuất nông nghiệp công nghệ cao tập trung còn chậm so với kế hoạch",
        "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng",
    ],
)
def test_fewer_lines_than_measured_keep_the_measured_lines_when_those_cut_no_phrase(m, text):
    """At widths where LibreOffice (the full width) sets a bullet in fewer lines than measured
    (the safety margin) and its lines cut a phrase of a class, ``even_lines`` keeps as many
    lines as measured, cutting none, wherever it changes the text; at least one width does."""
    fit._EVEN.clear()
    item = Item(bind_compounds(bind_counted(text)), 1, 0, None, "")  # type: ignore[arg-type]
    fixed = 0
    for width_pt in range(240, 900, 3):
        width = round(width_pt * EMU_PER_PT)
        (x,) = measure_items([item], m, width, SIZE)
        avail = (width - x.indent) / EMU_PER_PT
        raw = m.wrap(x.item.text, x.size, avail)
        if len(raw) >= x.lines or not cuts_phrase(raw):
            continue
        got = even_lines(x, m, width).item.text
        if got == x.item.text:
            continue
        for safety in (SAFETY, 0.0):
            lines = m.wrap(got, x.size, avail, safety=safety)
            assert len(lines) == x.lines and not cuts_phrase(lines), (width_pt, lines)
        assert got.replace(NBSP, " ") == x.item.text.replace(NBSP, " ")
        fixed += 1
    assert fixed, text


@pytest.fixture(scope="module")
def m():
    return measurer(resolve_font("Liberation Sans"))


def _head_alone(m, text: str, head: str) -> int:
    """At how many widths ``fit.phrase_lines`` ends the first line of ``text`` on ``head``
    where the greedy lines did not."""
    from deckmaker.layout.fit import phrase_lines

    n = 0
    for width in range(100, 400, 3):
        greedy = [ln.replace(NBSP, " ").strip() for ln in m.wrap(text, 22, width)]
        got = phrase_lines(text, m, 22, width)
        lines = [ln.replace(NBSP, " ").strip() for ln in m.wrap(got, 22, width)]
        assert len(lines) == len(greedy)
        n += len(lines) > 1 and lines[0] == head and greedy[0] != head
    return n


@pytest.mark.parametrize(
    ("label", "head"),
    # "Kim ngạch nhập khẩu" is now a term bound whole (h18v's terms.txt), which keeps it without
    # the class: the class is tested on a measure no term binds
    [("Tổng chi đầu tư công (ước)", "Tổng chi"), ("Kim ngạch thương mại (ước)", "Kim ngạch")],
)
def test_a_card_label_keeps_a_head_of_measure_with_its_object(m, monkeypatch, label, head):
    """A card's label (``fit.phrase_lines``) parts the head noun of a measure from its object
    where its greedy lines keep them ("Kim ngạch / nhập khẩu (ước)" for "Kim ngạch nhập khẩu /
    (ước)", review R9) at few widths (a narrow card, the two wider than its line together),
    without the class at many."""
    from deckmaker.layout import breaks

    text = bind_compounds(bind_counted(label))
    kept = _head_alone(m, text, head)
    monkeypatch.setattr(breaks, "MEASURE_HEADS", frozenset())
    breaks._context.cache_clear()
    breaks._cuts.cache_clear()
    breaks._seam.cache_clear()
    try:
        parted = _head_alone(m, text, head)
    finally:
        breaks._context.cache_clear()
        breaks._cuts.cache_clear()
        breaks._seam.cache_clear()
    assert parted >= 10 and kept * 5 <= parted, (kept, parted)


_RUN = """deck:
  title: Nhiệm vụ năm 2025
  organization: Sở Giáo dục và Đào tạo
  date: 2025-01-10
  language: vi
sections:
  - title: Nhiệm vụ
    slides:
      - title: Nhiệm vụ trọng tâm (1)
        bullets:
          - Rà soát, sắp xếp mạng lưới trường lớp phù hợp với quy hoạch dân cư của từng xã
          - Bảo đảm đủ giáo viên theo định mức, nhất là giáo viên tiếng Anh và tin học
          - Xây dựng trường chuẩn quốc gia gắn với chương trình nông thôn mới nâng cao
          - Đẩy mạnh chuyển đổi số trong quản lý, dạy và học ở tất cả các cấp học
          - Nâng cao chất lượng giáo dục mũi nhọn, thi học sinh giỏi cấp quốc gia
      - title: Nhiệm vụ trọng tâm (2)
        bullets:
          - Tăng cường kiểm tra việc thu, chi đầu năm học ở các trường
          - Bảo đảm an toàn trường học, phòng chống đuối nước cho học sinh
          - Phát triển giáo dục nghề nghiệp, phân luồng học sinh sau trung học cơ sở
          - Đổi mới công tác thi đua, khen thưởng trong toàn ngành
"""


def _run_bodies(tmp_path: Path, outline: str) -> list[TextBox]:
    (tmp_path / "outline.yaml").write_text(outline, "utf-8")
    return [
        e
        for p in plan(load_inputs(tmp_path / "outline.yaml", "default"))
        if p.kind == "bullets"
        for e in p.elements
        if isinstance(e, TextBox) and e.name == "Body"
    ]


def test_a_run_of_lists_of_one_height_starts_at_one_place_under_its_titles(tmp_path):
    """Two list slides of one run (one size): the shorter, centred alone, started lower than
    the fuller (review R9, 46-50); with a list a fifth shorter each was centred alone (review
    R12), and the list dropped as the presenter advanced (R14). Both start at one place,
    half-way between their centred tops when the fuller one's text keeps its body."""
    from deckmaker.layout.model import Anchor

    m = measurer(resolve_font("Liberation Sans"))

    def height(b: TextBox) -> float:
        return sum(
            (p.space_before_pt if i else 0.0)
            + len(m.wrap(p.text, p.size_pt, (b.box.w - p.indent) / EMU_PER_PT))
            * m.line_height_pt(p.size_pt, fit.LINE_SPACING)
            for i, p in enumerate(b.paras)
        )

    for outline in (_RUN + "          - Tổ chức tốt các kỳ thi\n", _RUN):
        bodies = _run_bodies(tmp_path, outline)
        assert len(bodies) == 2
        assert [b.anchor for b in bodies] == [Anchor.TOP, Anchor.TOP]
        assert bodies[0].box.y == bodies[1].box.y
        assert [p.size_pt for p in bodies[0].paras][:1] == [p.size_pt for p in bodies[1].paras][:1]
        full = max(bodies, key=height)  # the fuller list keeps its box
        assert height(full) * EMU_PER_PT <= full.box.h + 1
        # the shorter list, hung from the one top, ends inside its body too
        bottom = full.box.y + full.box.h
        short = min(bodies, key=height)
        assert short.box.y <= bottom - height(short) * EMU_PER_PT


_LEAD = "Triển khai đầy đủ các nội dung"
_DOC = "Công\u00a0văn\u00a0số\u00a015-\u2060CV/\u2060UBND\u00a0ngày\u00a005/02/2024"


def _lead_lines(m, monkeypatch=None) -> tuple[int, int]:
    """Over many widths where a two-line paragraph "lead trong DOC" can end its first line
    either before "trong" (a short lead-in) or on it (the preposition stranded): how many times
    ``nice_lines`` (a body's costs) sets the lead-in, and how many it strands "trong"."""
    text = f"{_LEAD.replace(' ', NBSP)} trong {_DOC}"  # two phrases and the preposition
    size = 24.0
    lead = m.width_pt(_LEAD, size)
    rest = m.width_pt(f"trong {_DOC}", size)
    kept = stranded = 0
    for width in range(int(rest / (1 - SAFETY)) + 2, 1400, 4):
        if not (fit.SHORT_END * width <= lead < fit.GAP * width):
            continue
        if m.width_pt(text, size) <= width * (1 - SAFETY):
            continue  # one line
        nice = fit.nice_lines(text, m, size, width, 2, None, fit.RAGGED * width, fit.BODY)
        assert nice is not None
        first = nice[0].replace(NBSP, " ")
        kept += first == _LEAD
        stranded += first.endswith(" trong")
    return kept, stranded


def test_a_short_first_line_before_a_phrase_of_place_costs_less_than_its_preposition_stranded(
    monkeypatch,
):
    """A paragraph's first line ending where its phrase of place begins ("… các nội dung /
    trong Công văn số 15-CV/UBND …") is a lead-in, not a gap in the column's edge: cheaper
    than "… các nội dung trong / Công văn …" (review R9, tuong-phan 61); without the rule the
    short line's gap cost strands the preposition."""
    m = measurer(resolve_font("Liberation Sans"))
    kept, stranded = _lead_lines(m)
    assert kept >= 5 and stranded == 0, (kept, stranded)
    # a short line between two longer ones stays a gap: the rule is a first line's only
    middle = ["Rà soát và tổng hợp kết quả thực hiện", "Tổ chức hội nghị", f"trong {_DOC}"]
    first = ["Tổ chức hội nghị", f"trong {_DOC}"]
    costs = [fit.set_cost(x, m, 24, 700) for x in (middle, first)]
    monkeypatch.setattr(fit, "_opens_place", lambda line: False)
    kept_off, stranded_off = _lead_lines(m)
    assert kept_off == 0 and stranded_off >= 5, (kept_off, stranded_off)
    off = [fit.set_cost(x, m, 24, 700) for x in (middle, first)]
    assert costs[0] == off[0] and costs[1] == off[1] - fit.GAP_COST, (costs, off)
