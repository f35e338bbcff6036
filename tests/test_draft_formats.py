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
