"""A fault of deckmaker's own (session 25): the drafter crashed on a held-out document of batch AI
(Trà Cú's new-rural report) with ``ValueError: max() arg is an empty sequence`` — a share of a
count ('chiếm …% so với <a long base>') left its label a budget under one word — and the
command printed a Python traceback. Now ``labels.fit`` keeps a label's head whatever budget it
is given, and every command turns a fault of its own into an ``error:`` line and a hint, exit 1,
in the interface's language, the traceback only with ``--debug``."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from deckmaker.cli import main
from deckmaker.draft.labels import fit

LABEL = "Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số"


@pytest.mark.parametrize("budget", [-3, 0, 1, 2])
def test_fit_keeps_a_head_under_any_budget(budget):
    got = fit(LABEL, budget)
    assert got and len(got.split()) <= 2, got
    assert LABEL.lower().replace("tỷ lệ ", "").startswith(got.lower()), got


def test_fit_budget_two_or_more_unchanged():
    # the clamp touches only budgets under two words
    assert fit(LABEL, 20) == LABEL


def _faulty_draft(*args, **kwargs):
    raise ValueError("max() arg is an empty sequence")


@pytest.mark.parametrize(
    ("lang", "error", "hint"),
    [
        ("en", "error: deckmaker stopped on a fault of its own", "hint: this is a bug in"),
        ("vi", "lỗi: deckmaker dừng lại do lỗi của chính chương trình", "gợi ý: đây là lỗi của"),
    ],
)
def test_a_fault_of_its_own_is_a_message_not_a_traceback(tmp_path, monkeypatch, lang, error, hint):
    import deckmaker.draft as drafting

    monkeypatch.setattr(drafting, "draft", _faulty_draft)  # the fault injected, the handler real
    doc = tmp_path / "doc.txt"
    doc.write_text("BÁO CÁO\n\n1. Kinh tế\n\nTăng trưởng đạt 7,5%.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--lang", lang, "draft", str(doc), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 1, result.output
    assert error in result.stderr and "ValueError" in result.stderr, result.stderr
    assert hint in result.stderr and "--debug" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()  # nothing half-written


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    import deckmaker.draft as drafting

    monkeypatch.setattr(drafting, "draft", _faulty_draft)
    doc = tmp_path / "doc.txt"
    doc.write_text("BÁO CÁO\n\nTăng trưởng đạt 7,5%.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--debug", "--lang", "en", "draft", str(doc), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "error: deckmaker stopped" in result.stderr
