"""`deckmaker draft` on hostile text: bounded work (issue 15; session 35). A 327 kB paragraph of
figures took more than five minutes, a run of 200,000 digits more than five, a list of 8,000
items almost three: the reader now refuses a text past ``MAX_TEXT``, cuts a paragraph past
``MAX_PARAGRAPH`` after a sentence, spaces a run of digits past ``MAX_DIGITS``; timings live in
``bench/draft_hostile.py``, these tests pin the bounds themselves."""

from __future__ import annotations

import importlib
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckmaker.cli import main
from deckmaker.draft import draft
from deckmaker.draft.reader import MAX_DIGITS, MAX_PARAGRAPH, MAX_TEXT, bounded, read_paragraphs

from .conftest import FIXTURES

SENTENCE = "Tổng thu ngân sách đạt 1.234 tỷ đồng, tăng 12,5% so với cùng kỳ, đạt 101% kế hoạch; "


def test_a_text_past_the_bound_is_refused_with_a_located_error_and_the_old_draft_kept(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "big.txt"
    doc.write_text("Dân số 1.000 người.\n" * (MAX_TEXT // 20 + 10), encoding="utf-8")
    out = tmp_path / "draft"
    out.mkdir()
    (out / "outline.yaml").write_text("kept: true\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(doc), "-o", str(out), "--force"])
    assert result.exit_code == 1
    # (located where the bound is crossed: line 20,001, each line 20 characters with its end)
    assert f"big.txt:{MAX_TEXT // 20 + 1}:1: error: the document holds 400,2" in result.stderr
    assert "draft it in parts" in result.stderr and "Traceback" not in result.stderr
    assert (out / "outline.yaml").read_text(encoding="utf-8") == "kept: true\n"


def test_a_long_paragraph_is_cut_after_its_sentences_and_loses_no_word() -> None:
    paragraph = (SENTENCE * 120).strip()
    pieces = bounded(paragraph)
    assert len(pieces) >= 3
    assert all(len(p) <= MAX_PARAGRAPH for p in pieces)
    assert all(p.endswith(";") for p in pieces[:-1])  # (after a clause's or sentence's end)
    assert " ".join(pieces).split() == paragraph.split()
    digits = "1" * (3 * MAX_DIGITS + 5)
    spaced = bounded(f"Mã {digits} hết")[0].split()
    assert max(len(w) for w in spaced) == MAX_DIGITS and "".join(spaced[1:-1]) == digits


def test_no_paragraph_of_the_evaluation_set_is_cut() -> None:
    # the bounds are past any real document's: the longest paragraph read is 1,750 characters
    for doc in sorted((FIXTURES / "draft-eval").glob("*.txt")):
        for paragraph in read_paragraphs(doc):
            assert bounded(paragraph) == [paragraph], doc.name


def test_the_figures_of_a_page_long_paragraph_are_read_a_bounded_piece_at_a_time(
    tmp_path: Path, monkeypatch
) -> None:
    doc = tmp_path / "one-block.txt"
    doc.write_text("BÁO CÁO\n" + SENTENCE * 60 + "\n", encoding="utf-8")
    seen: list[int] = []
    compose = importlib.import_module("deckmaker.draft.compose")
    real = compose.find_figures

    def spy(text: str, *args, **kwargs):
        seen.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(compose, "find_figures", spy)
    drafted = draft(doc, slides=None).deck.figures
    assert seen and max(seen) <= MAX_PARAGRAPH
    assert {(f.value, f.unit) for f in drafted} >= {
        (Decimal(1234), "tỷ đồng"),
        (Decimal("12.5"), "%"),
    }


def test_keys_numbered_with_hints_are_the_keys_numbered_without() -> None:
    # ``slug``'s hints skip the numbers already taken (a list of thousands of items with one
    # label looked at every number before each): the same keys, a key taken out of turn too
    from deckmaker.draft.labels import slug

    labels = ["Số hộ nghèo"] * 6 + ["Số hộ nghèo 4", "Số hộ nghèo", "Tỷ lệ", "Số hộ nghèo"] * 3
    plain: set[str] = set()
    hinted: set[str] = set()
    hints: dict[str, int] = {}
    got = [slug(label, hinted, hints) for label in labels]
    assert got == [slug(label, plain) for label in labels]
    assert len(set(got)) == len(got) and "ho_ngheo_7" in got


def test_a_dot_leader_before_a_number_is_no_run_of_digits_and_a_long_blank_line_no_cell() -> None:
    # (h45r) a form's dot leader touching its figure is left as written, the figure whole
    line = "Số hộ nghèo:" + "." * 38 + "1.234 hộ, còn lại"
    assert bounded(line) == [line]
    from deckmaker.draft.reader import _ended_cell

    assert _ended_cell("Thu nội địa: |") == "Thu nội địa:"
    assert _ended_cell("|") == "" and _ended_cell("x|") is None and _ended_cell("a | b |") is None
    # a line of 200,000 spaces and no '|' is no cell, read at once
    assert _ended_cell(" " * 200_000 + "x") is None and _ended_cell(" " * 200_000 + "a| |") is None


def test_a_txt_far_past_the_bound_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    from deckmaker.draft import reader

    doc = tmp_path / "huge.txt"
    doc.write_bytes(b"a" * (4 * MAX_TEXT + 1))
    monkeypatch.setattr(reader, "_txt_lines", lambda path: pytest.fail("read"))
    result = CliRunner().invoke(main, ["draft", str(doc), "-o", str(tmp_path / "d")])
    assert result.exit_code == 1 and "huge.txt: error: the document holds" in result.stderr
