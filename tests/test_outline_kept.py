"""A loaded outline kept in the process (``outline._LOADED``): the same bytes give the same Deck,
and anything a load depends on that changed gives a load afresh with its own problems."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deckmaker.errors import OutlineError
from deckmaker.outline import load_outline

FIXTURE = Path(__file__).parent / "fixtures" / "every"


@pytest.fixture
def every(tmp_path: Path) -> Path:
    folder = tmp_path / "every"
    shutil.copytree(FIXTURE, folder)
    return folder


def test_same_bytes_same_deck(every: Path) -> None:
    first = load_outline(every)
    assert load_outline(every) is first
    assert load_outline(every / "outline.yaml") is first  # the folder or the file alike
    # the figures file changed (what a one-figure rebuild sees): the outline is not read again
    figures = every / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_outline(every) is first


def test_changed_outline_loaded_again(every: Path) -> None:
    first = load_outline(every)
    outline = every / "outline.yaml"
    text = outline.read_text(encoding="utf-8")
    assert "Trân trọng cảm ơn!" in text
    outline.write_text(text.replace("Trân trọng cảm ơn!", "Xin cảm ơn!"), encoding="utf-8")
    second = load_outline(every)
    assert second is not first
    assert second.closing is not None and second.closing.title.value == "Xin cảm ơn!"
    outline.write_text(text, encoding="utf-8")  # back to the first bytes: the first deck
    assert load_outline(every) is first


def test_named_file_removed_reported(every: Path) -> None:
    load_outline(every)
    (every / "pic.png").unlink()  # the outline's bytes are the same; its picture is gone
    with pytest.raises(OutlineError) as err:
        load_outline(every)
    assert any("pic.png" in p.message for p in err.value.problems)
    with pytest.raises(OutlineError):  # and still, while it is missing
        load_outline(every)


def test_other_working_folder_own_paths(every: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(every.parent)
    here = load_outline("every")
    monkeypatch.chdir(every)
    there = load_outline(".")
    assert there is not here  # the messages' paths are relative to the working folder
