"""build never destroys a presenter's work, and diff compares today's figures with a built deck.

Real parts only: decks built by the CLI, edited with python-pptx and saved again by a real
LibreOffice (``soffice --convert-to pptx``), read back from their bytes.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.util import Cm

from deckmaker.cli import main
from deckmaker.guard import edits
from deckmaker.record import MAX_VALUE, read_record
from deckmaker.report import figure_usage

from .conftest import FIXTURES


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    return CliRunner()


@pytest.fixture
def project(tmp_path) -> Path:
    dst = tmp_path / "e2e"
    shutil.copytree(
        FIXTURES / "e2e", dst, ignore=shutil.ignore_patterns("diff", "report", "undefined")
    )
    return dst


def build(runner: CliRunner, project: Path, *args: str, out: str | None = "deck.pptx"):
    cmd = ["build", str(project), *(["-o", out] if out else []), *args]
    return runner.invoke(main, cmd)


def slide_titled(prs, title: str):
    for i, slide in enumerate(prs.slides):
        # words kept whole are bound by no-break spaces (layout/nobreak.py)
        if any(
            s.has_text_frame and s.text_frame.text.replace("\xa0", " ") == title
            for s in slide.shapes
        ):
            return i, slide
    raise AssertionError(f"no slide titled {title!r}")


def delete_slide(prs, index: int) -> None:
    ids = prs.slides._sldIdLst
    sld = ids[index]
    prs.part.drop_rel(sld.rId)
    ids.remove(sld)


def edit_deck(path: Path) -> dict[str, int]:
    """Rewrite a bullet, delete a slide and add one, as a presenter would; returns the 1-based
    numbers (in the edited deck, the deleted one as built) of the slides touched."""
    prs = Presentation(str(path))
    i, slide = slide_titled(prs, "Tổng quan")

    def plain(text: str) -> str:  # common words are bound with no-break spaces
        return text.replace("\u00a0", " ")

    body = next(
        s for s in slide.shapes if s.has_text_frame and "Kim ngạch" in plain(s.text_frame.text)
    )
    run = next(
        r for p in body.text_frame.paragraphs for r in p.runs if "Kim ngạch" in plain(r.text)
    )
    run.text = plain(run.text).replace("Kim ngạch xuất khẩu", "Xuất khẩu")
    new = prs.slides.add_slide(prs.slide_layouts[5])
    new.shapes.title.text = "Ảnh hoạt động"
    buf = io.BytesIO()
    prs.save(buf)  # saved before the deletion: python-pptx reuses a deleted slide's part name
    prs = Presentation(buf)
    gone, _ = slide_titled(prs, "Công nghiệp")
    delete_slide(prs, gone)
    added = len(prs.slides)
    prs.save(str(path))
    return {"edited": i + 1, "deleted": gone + 1, "added": added}


def test_a_rebuild_over_an_edited_deck_stops_names_the_slides_and_changes_nothing(
    runner, project, tmp_path
):
    assert build(runner, project).exit_code == 0
    out = tmp_path / "deck.pptx"
    fresh = out.read_bytes()
    touched = edit_deck(out)
    edited = out.read_bytes()

    r = build(runner, project)
    assert r.exit_code == 1
    assert f"slide {touched['edited']} 'Tổng quan' was edited" in r.output
    assert f"slide {touched['deleted']} 'Công nghiệp' (as built) was deleted" in r.output
    assert f"slide {touched['added']} 'Ảnh hoạt động' was added" in r.output
    assert "--force" in r.output and "deck.backup-1.pptx" in r.output
    assert "loaded" not in r.output  # stopped before any work
    assert out.read_bytes() == edited
    assert sorted(p.name for p in tmp_path.glob("deck*.pptx")) == ["deck.pptx"]

    r = build(runner, project, "--force")
    assert r.exit_code == 0, r.output
    assert "kept     the edited deck as deck.backup-1.pptx" in r.output
    assert (tmp_path / "deck.backup-1.pptx").read_bytes() == edited
    assert out.read_bytes() == fresh  # the same deck as the first build

    edit_deck(out)  # edited again: a second backup, the first one kept
    again = out.read_bytes()
    assert build(runner, project, "--force").exit_code == 0
    assert (tmp_path / "deck.backup-1.pptx").read_bytes() == edited
    assert (tmp_path / "deck.backup-2.pptx").read_bytes() == again


def test_a_moved_chart_and_edited_notes_count_as_edits(runner, project, tmp_path):
    assert build(runner, project, "--theme", "co-do").exit_code == 0
    out = tmp_path / "deck.pptx"
    prs = Presentation(str(out))
    i, slide = slide_titled(prs, "Tăng trưởng các ngành")
    chart = next(s for s in slide.shapes if s._element.tag.endswith("}pic"))
    chart.left += Cm(1)
    j, slide = slide_titled(prs, "Tổng quan")
    slide.notes_slide.notes_text_frame.text = "Ghi chú của báo cáo viên"
    prs.save(str(out))
    r = build(runner, project, "--theme", "co-do")
    assert r.exit_code == 1
    assert f"slide {i + 1} 'Tăng trưởng các ngành' was edited" in r.output
    assert f"slide {j + 1} 'Tổng quan' was edited" in r.output
    assert len(re.findall(r"slide \d+ '[^']*' was edited", r.output)) == 2


def test_a_deck_deckmaker_did_not_make_is_kept_unless_forced(runner, project, tmp_path):
    out = tmp_path / "deck.pptx"
    Presentation().save(str(out))
    foreign = out.read_bytes()
    r = build(runner, project)
    assert r.exit_code == 1
    assert "not made by deckmaker" in r.output and "--force" in r.output
    assert out.read_bytes() == foreign
    r = build(runner, project, "--force")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "deck.backup-1.pptx").read_bytes() == foreign
    assert read_record(out.read_bytes()) is not None


def test_an_unedited_deck_is_rebuilt_without_a_word_even_saved_again(
    runner, project, tmp_path, monkeypatch
):
    assert build(runner, project).exit_code == 0
    out = tmp_path / "deck.pptx"
    first = out.read_bytes()
    r = build(runner, project)
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == first  # deterministic, and the record with it
    # opened and saved again without an edit, with the cache's note of the last write gone
    Presentation(str(out)).save(str(out))
    assert out.read_bytes() != first
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "other-cache"))
    r = build(runner, project)
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == first
    assert not list(tmp_path.glob("*.backup-*"))


def test_the_record_holds_every_slide_and_figure_within_powerpoints_limit(
    runner, project, tmp_path
):
    assert build(runner, project).exit_code == 0
    data = (tmp_path / "deck.pptx").read_bytes()
    record = read_record(data)
    assert record is not None
    prs = Presentation(io.BytesIO(data))
    assert len(record.slides) == len(prs.slides)
    i, _ = slide_titled(prs, "Tổng quan")
    assert record.slides[i].title == "Tổng quan"
    usage = figure_usage(project)
    assert set(record.figures) == set(usage.slides)
    assert record.figures["iip_growth"].value == "6,35%"
    assert record.figures["iip_growth"].slides == usage.slides["iip_growth"]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("docProps/custom.xml").decode()
    values = re.findall(r"<vt:lpwstr>(.*?)</vt:lpwstr>", xml)
    assert values and max(len(v) for v in values) <= MAX_VALUE


@pytest.mark.parametrize("native", [False, True], ids=["pictures", "native-charts"])
def test_libreoffice_keeps_the_record_and_an_unedited_save_is_not_an_edit(
    soffice, runner, project, tmp_path, native
):
    from deckmaker.office import convert

    if native:
        text = (project / "outline.yaml").read_text(encoding="utf-8")
        text = re.sub(r"(?m)^(\s*)chart:$", r"\1chart:\n\1  engine: native", text)
        (project / "outline.yaml").write_text(text, encoding="utf-8")
    assert build(runner, project).exit_code == 0
    out = tmp_path / "deck.pptx"
    built = read_record(out.read_bytes())
    saved = convert(out, "pptx", tmp_path / "lo")
    data = saved.read_bytes()
    assert data != out.read_bytes()
    record = read_record(data)
    assert record == built  # the custom properties survive LibreOffice
    assert edits(out, data) == []  # LibreOffice's own rewrite is not taken for an edit
    shutil.copyfile(saved, out)
    r = build(runner, project)
    assert r.exit_code == 0, r.output
    assert not list(tmp_path.glob("*.backup-*"))


def test_several_themes_stop_before_any_work_when_one_deck_was_edited(runner, project, tmp_path):
    r = build(runner, project, "--theme", "default", "--theme", "co-do", out=None)
    assert r.exit_code == 0, r.output
    decks = sorted((tmp_path / "build").glob("*.pptx"))
    assert len(decks) == 2
    edit_deck(decks[1])
    before = {p: p.read_bytes() for p in decks}
    r = build(runner, project, "--theme", "default", "--theme", "co-do", out=None)
    assert r.exit_code == 1
    assert "'Tổng quan' was edited" in r.output
    assert {p: p.read_bytes() for p in decks} == before
    r = build(runner, project, "--theme", "default", "--theme", "co-do", "--force", out=None)
    assert r.exit_code == 0, r.output
    backups = list((tmp_path / "build").glob("*.backup-*.pptx"))
    assert [b.read_bytes() for b in backups] == [before[decks[1]]]
    assert decks[0].read_bytes() == before[decks[0]]


def test_diff_against_the_last_build_shows_exactly_the_changed_figure(runner, project):
    assert build(runner, project, out=None).exit_code == 0
    figures = project / "figures.yaml"
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace("value: 6.35", "value: 6.5"), encoding="utf-8")
    slides = figure_usage(project).slides["iip_growth"]
    expected = "slides " if len(slides) > 1 else "slide "
    expected += ", ".join(str(n) for n in slides)
    for args in (["build/e2e.pptx"], ["build/e2e.pptx", str(project)], [str(project)]):
        r = runner.invoke(main, ["diff", *args])
        assert r.exit_code == 0, r.output
        lines = r.output.splitlines()
        assert lines[0] == f"~ iip_growth  Chỉ số sản xuất công nghiệp: 6,35% → 6,5%  — {expected}"
        assert lines[1:] == [f"1 figure(s) changed; re-read {expected}"]
    figures.write_text(text, encoding="utf-8")
    assert runner.invoke(main, ["diff", str(project)]).output == "no figure changed\n"


def test_diff_of_a_deck_without_a_record_says_so(runner, tmp_path):
    Presentation().save(str(tmp_path / "other.pptx"))
    r = runner.invoke(main, ["diff", "other.pptx"])
    assert r.exit_code == 1
    assert "other.pptx: error: this deck has no deckmaker record of its figures" in r.output
