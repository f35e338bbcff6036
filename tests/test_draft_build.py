"""`deckmaker draft GUIDANCE -o DIR && deckmaker build DIR` works, and follows the guidance."""

from __future__ import annotations

from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main

from .conftest import FIXTURES

GUIDANCE = FIXTURES / "draft" / "25-HD-BTGDUK-2024.txt"


def test_draft_then_build(tmp_path):
    runner = CliRunner()
    out = tmp_path / "draft"
    result = runner.invoke(main, ["draft", str(GUIDANCE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "items to review" in result.stdout
    built = runner.invoke(main, ["build", str(out), "-o", str(tmp_path / "draft.pptx")])
    assert built.exit_code == 0, built.stderr
    prs = Presentation(str(tmp_path / "draft.pptx"))
    # section dividers carry the guidance's parts in order: I, II (five areas), III
    dividers = [s for s in prs.slides if any(sh.name == "Section Number" for sh in s.shapes)]
    assert len(dividers) == 7
    titles = [s.shapes.title.text for s in dividers]
    assert titles[0].upper().startswith("MỤC ĐÍCH")
    assert titles[-1].upper().startswith("TỔ CHỨC THỰC HIỆN")


def test_draft_refuses_to_overwrite_without_force(tmp_path):
    runner = CliRunner()
    out = tmp_path / "d"
    assert runner.invoke(main, ["draft", str(GUIDANCE), "-o", str(out)]).exit_code == 0
    again = runner.invoke(main, ["draft", str(GUIDANCE), "-o", str(out)])
    assert again.exit_code == 1
    assert "the file exists already" in again.stderr
    assert runner.invoke(main, ["draft", str(GUIDANCE), "-o", str(out), "--force"]).exit_code == 0
