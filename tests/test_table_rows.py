"""A row of two measures set as a designer sets it (issue 14, R7's slides 39 and 40).

"Trên một vạn dân: bác sĩ; giường bệnh" beside "9,3 bác sĩ; / 31 giường bệnh" and "Tỷ số giới
tính khi sinh" beside "118,2 bé trai/ / 100 bé gái" read a value across a line break; widening
the column would have cost the run 20-21 pt. Each measure takes its own row beside its own
label; a ratio's unit goes to the label. Checked on the rows (``split_row``) and in the written
deck (python-pptx), in a run of two tables that keeps its columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.kinds.table import split_row
from deckmaker.layout.nobreak import NBSP, ZWSP
from deckmaker.theme import load_theme
from deckmaker.units import EMU_PER_PT

FIGURES = [True, False, True, True]  # TT, Chỉ tiêu, Năm 2023, Kế hoạch 2024


def _plain(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c.replace(NBSP, " ").replace(ZWSP, "") for c in row)


def test_two_measures_become_two_rows_each_beside_its_label():
    row = ("(14)", "Trên một vạn dân: bác sĩ; giường bệnh", "9,3 bác sĩ; 31 giường bệnh", "–")
    assert [_plain(r) for r in split_row(row, FIGURES)] == [
        ("(14)", "Trên một vạn dân: bác sĩ", "9,3 bác sĩ", "–"),
        ("(14)", "Trên một vạn dân: giường bệnh", "31 giường bệnh", "–"),
    ]
    # a label with no colon names its measures itself
    row = ("", "Bác sĩ; giường bệnh", "9,3; 31", "10; 32")
    assert [_plain(r) for r in split_row(row, FIGURES)] == [
        ("", "Bác sĩ", "9,3", "10"),
        ("", "giường bệnh", "31", "32"),
    ]


@pytest.mark.parametrize(
    "row",
    [
        # the label names one measure: which value is which would be a guess
        ("(14)", "Bác sĩ, giường bệnh trên một vạn dân", "9,3 bác sĩ; 31 giường bệnh", "–"),
        # the figures do not hold as many measures as the label names
        ("", "Trên một vạn dân: bác sĩ; giường bệnh", "9,3 bác sĩ", "9,3 bác sĩ; 31 giường"),
        ("", "Học sinh: tiểu học; trung học; phổ thông", "35 học sinh; 42 học sinh", "–"),
        # a clause, not a measure
        ("", "Nhiệm vụ: a; b", "hoàn thành; tiếp tục", "–"),
    ],
)
def test_a_row_that_cannot_be_split_surely_is_kept(row):
    assert split_row(row, FIGURES) == [row]


def test_a_ratio_of_counted_nouns_gives_its_unit_to_the_label():
    row = ("(11)", "Tỷ số giới tính khi sinh", "–", f"118,2{NBSP}bé{NBSP}trai/100{NBSP}bé gái")
    ((tt, label, before, plan),) = split_row(row, FIGURES)
    assert (tt, before, plan) == ("(11)", "–", "118,2")
    assert label == f"Tỷ số giới tính khi sinh (bé{NBSP}trai/{ZWSP}100{NBSP}bé{NBSP}gái)"
    # two different ratios in one row, or a ratio with no counted noun: kept
    two = ("", "Tỷ số", "105 nam/100 nữ", "118,2 bé trai/100 bé gái")
    assert split_row(two, FIGURES) == [two]
    rate = ("", "Tỷ lệ", "–", "4/100.000 dân")
    assert split_row(rate, FIGURES) == [rate]


OUTLINE = """\
deck: {title: Báo cáo năm 2023, language: vi, date: 2024-01-20}
sections:
  - title: Chỉ tiêu
    slides:
      - title: Chỉ tiêu xã hội 2024 – giáo dục, dân số
        table:
          columns: [TT, Chỉ tiêu, Năm 2023, Kế hoạch 2024]
          highlight: Tuổi thọ trung bình
          rows:
            - ["(10)", Phòng học kiên cố, "93,58%", "98,48%"]
            - ["(10)", "Học sinh bình quân một lớp: tiểu học; trung học", "–", "35 học sinh; 42 học sinh"]
            - ["(11)", Tuổi thọ trung bình, "–", "trên 75 tuổi"]
            - ["(11)", Tỷ số giới tính khi sinh, "–", "118,2 bé trai/100 bé gái"]
      - title: Chỉ tiêu xã hội 2024 – lao động, y tế
        table:
          columns: [TT, Chỉ tiêu, Năm 2023, Kế hoạch 2024]
          rows:
            - ["(12)", Tạo việc làm mới, "2,4 vạn lao động", "2,45 vạn lao động"]
            - ["(14)", Xã đạt chuẩn quốc gia về y tế (chuẩn mới), "30%", "50%"]
            - ["(14)", "Trên một vạn dân: bác sĩ; giường bệnh", "9,3 bác sĩ; 31 giường bệnh", "9,3 bác sĩ; 31 giường bệnh"]
"""  # noqa: E501


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_the_written_run_sets_each_measure_on_its_own_line(tmp_path: Path, theme: str):
    """python-pptx reads the written tables: each measure in its own row beside its own label,
    the group label shown once, every figure on one line at the run's size (measured as
    LibreOffice sets it), the highlighted row the one named, one set of columns for the run."""
    from pptx import Presentation

    from deckmaker.pipeline import build_deck

    (tmp_path / "outline.yaml").write_text(OUTLINE, "utf-8")
    out = tmp_path / "deck.pptx"
    build_deck(tmp_path / "outline.yaml", out, theme, cache=False)
    th = load_theme(theme)
    m = build_frame(th, Fonts.for_theme(th)).measure.body
    prs = Presentation(str(out))
    shapes = [sh for s in prs.slides for sh in s.shapes if sh.has_table]
    assert len(shapes) == 2
    rows = []
    for shape in shapes:
        table = shape.table
        widths = tuple(c.width for c in table.columns)
        rows.append([[_plain((c.text_frame.text,))[0] for c in r.cells] for r in table.rows])
        for r in list(table.rows)[1:]:
            for c, cell in enumerate(r.cells):
                text = cell.text_frame.text
                if c < 2 or text in ("", "–"):
                    continue
                assert ";" not in text
                size = cell.text_frame.paragraphs[0].runs[0].font.size.pt
                inset = (cell.margin_left + cell.margin_right) / EMU_PER_PT
                lines = m.wrap(text, size, widths[c] / EMU_PER_PT - inset, safety=0.0)
                assert len(lines) == 1, (theme, text, lines)
    assert len({tuple(c.width for c in sh.table.columns) for sh in shapes}) == 1
    first, second = rows
    assert first[1:] == [
        ["(10)", "Phòng học kiên cố", "93,58%", "98,48%"],
        ["", "Học sinh bình quân một lớp: tiểu học", "–", "35 học sinh"],
        ["", "Học sinh bình quân một lớp: trung học", "–", "42 học sinh"],
        ["(11)", "Tuổi thọ trung bình", "–", "trên 75 tuổi"],
        ["", "Tỷ số giới tính khi sinh (bé trai/100 bé gái)", "–", "118,2"],
    ]
    assert second[-2:] == [
        ["", "Trên một vạn dân: bác sĩ", "9,3 bác sĩ", "9,3 bác sĩ"],
        ["", "Trên một vạn dân: giường bệnh", "31 giường bệnh", "31 giường bệnh"],
    ]
    # the highlight names the outline's row; it follows the split rows above it
    table = shapes[0].table
    bold = [
        all(run.font.bold for p in cell.text_frame.paragraphs for run in p.runs)
        for cell in (r.cells[1] for r in list(table.rows)[1:])
    ]
    assert bold == [False, False, False, True, False]
