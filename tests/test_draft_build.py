"""`deckmaker draft GUIDANCE -o DIR && deckmaker build DIR` works, and follows the guidance."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main

from .conftest import FIXTURES

GUIDANCE = FIXTURES / "draft" / "25-HD-BTGDUK-2024.txt"


def test_draft_then_build(tmp_path):
    runner = CliRunner()
    out = tmp_path / "draft"
    result = runner.invoke(main, ["draft", str(GUIDANCE), "-o", str(out), "--all-slides"])
    assert result.exit_code == 0, result.stderr
    assert "items to review" in result.stdout
    built = runner.invoke(main, ["build", str(out), "-o", str(tmp_path / "draft.pptx")])
    assert built.exit_code == 0, built.stderr
    prs = Presentation(str(tmp_path / "draft.pptx"))
    # section dividers carry the guidance's parts in order: I, II (five areas), III
    dividers = [s for s in prs.slides if any(sh.name == "Section Number" for sh in s.shapes)]
    assert len(dividers) == 7
    titles = [s.shapes.title.text.replace("\xa0", " ") for s in dividers]
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


EVAL = FIXTURES / "draft-eval"


@pytest.mark.parametrize("name", sorted(p.stem for p in EVAL.glob("*.txt")))
@pytest.mark.render
def test_every_evaluation_document_drafts_builds_and_passes_doctor(tmp_path, name):
    """Each real document of the evaluation set: a deck that builds with 0 doctor findings."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    document = tmp_path / f"{name}.txt"
    document.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
    runner = CliRunner()
    out, deck = tmp_path / "draft", tmp_path / "deck.pptx"
    drafted = runner.invoke(main, ["draft", str(document), "-o", str(out)])
    assert drafted.exit_code == 0, drafted.stderr
    built = runner.invoke(main, ["build", str(out), "-o", str(deck)])
    assert built.exit_code == 0, built.stderr
    assert len(Presentation(str(deck)).slides) >= 3
    doctor = runner.invoke(main, ["doctor", str(deck)])
    # every finding fails the test, the accessibility gate's repeated titles too
    assert doctor.exit_code == 0, doctor.stdout + doctor.stderr
    assert doctor.stdout.startswith("ok:"), doctor.stdout


@pytest.mark.render
def test_doctor_takes_the_project_and_finds_the_deck_build_wrote(tmp_path, monkeypatch):
    """`deckmaker doctor DIR` (or its outline) checks build/<name>.pptx, the deck `build DIR`
    writes; before the build it says so, with the command to run, and exits 1."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    project = tmp_path / "bao-cao"
    assert runner.invoke(main, ["draft", str(GUIDANCE), "-o", str(project)]).exit_code == 0
    before = runner.invoke(main, ["--lang", "en", "doctor", str(project)])
    assert before.exit_code == 1
    assert "no deck built for" in before.stderr
    assert "deckmaker build" in before.stderr and "Traceback" not in before.output
    assert runner.invoke(main, ["build", str(project)]).exit_code == 0
    for target in (project, project / "outline.yaml"):
        doctor = runner.invoke(main, ["doctor", str(target)])
        assert doctor.exit_code == 0, doctor.stdout + doctor.stderr
        assert "bao-cao.pptx" in doctor.stdout
