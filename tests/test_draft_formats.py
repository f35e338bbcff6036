"""The guidance saved as .docx and as .pdf drafts to the same structure and figures as the .txt."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest

from deckmaker.draft import draft

from .conftest import need_soffice

GUIDANCE = Path(__file__).parent / "fixtures" / "draft" / "25-HD-BTGDUK-2024.txt"


def _make_docx(path: Path) -> Path:
    document = docx.Document()
    for line in GUIDANCE.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def _shape(result) -> tuple:
    figures = tuple(
        (f.key, f.value, f.unit, f.plan, f.period, f.source) for f in result.deck.figures
    )
    titles = tuple(
        (s.title, s.subtitle, tuple(slide.title for slide in s.slides))
        for s in result.deck.sections
    )
    return titles, figures


@pytest.fixture(scope="module")
def txt_result():
    return draft(GUIDANCE)


def test_docx_drafts_like_txt(tmp_path, txt_result):
    result = draft(_make_docx(tmp_path / "guidance.docx"))
    assert _shape(result) == _shape(txt_result)
    assert result.outline_yaml == txt_result.outline_yaml


@pytest.mark.render
def test_pdf_drafts_like_txt(tmp_path, txt_result):
    soffice = need_soffice()
    source = _make_docx(tmp_path / "guidance.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "guidance.pdf"
    assert pdf.is_file()
    result = draft(pdf)
    txt_titles, txt_figures = _shape(txt_result)
    titles, figures = _shape(result)
    # sections and their subtitles are the same; slide counts may differ where a PDF line
    # break at a full line's end cannot tell a new paragraph from a wrapped one
    assert [t[:2] for t in titles] == [t[:2] for t in txt_titles]
    assert [set(t[2]) for t in titles] == [set(t[2]) for t in txt_titles]
    assert figures == txt_figures
    assert len(result.deck.figures) == len(txt_result.deck.figures) > 100


# invented: a results table with a unit column, as a report writes one
TABLE = [
    ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
    ["1", "Tổng sản phẩm trên địa bàn", "tỷ đồng", "12.000", "12.350"],
    ["2", "Thu ngân sách nhà nước", "tỷ đồng", "3.200", "3.410"],
    ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "20", "22"],
]
TABLE_LABELS = [
    ("Tổng sản phẩm trên địa bàn kế hoạch", 12000, "tỷ đồng"),
    ("Tổng sản phẩm trên địa bàn thực hiện", 12350, "tỷ đồng"),
    ("Thu ngân sách nhà nước kế hoạch", 3200, "tỷ đồng"),
    ("Thu ngân sách nhà nước thực hiện", 3410, "tỷ đồng"),
    ("Số xã đạt chuẩn nông thôn mới kế hoạch", 20, "xã"),
    ("Số xã đạt chuẩn nông thôn mới thực hiện", 22, "xã"),
]
TABLE_LEAD = ["BÁO CÁO", "Kết quả thực hiện năm 2024", "1. Các chỉ tiêu chủ yếu"]


def _table_figures(result) -> list[tuple]:
    return [(f.label, int(f.value), f.unit) for f in result.deck.figures]


def test_a_docx_table_reaches_the_drafter_as_rows_named_by_row_and_column(tmp_path):
    # a table of a .docx was never read (only its paragraphs were): each figure of a row is
    # named by the row's name and its column's head, the unit column written into its figures,
    # the index column no figure
    document = docx.Document()
    for line in TABLE_LEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for row, cells in zip(table.rows, TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("2. Đánh giá chung")
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    assert _table_figures(draft(path)) == TABLE_LABELS


@pytest.mark.parametrize("gap", ["\t", "    "])
def test_a_table_typed_with_aligned_columns_reads_as_the_docx_table(tmp_path, gap):
    path = tmp_path / "bao-cao.txt"
    rows = [gap.join(cells) for cells in TABLE]
    path.write_text("\n".join([*TABLE_LEAD, *rows, "2. Đánh giá chung"]) + "\n", encoding="utf-8")
    assert _table_figures(draft(path)) == TABLE_LABELS
