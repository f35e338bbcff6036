"""A deck a presenter edited and saved in PowerPoint: build, update, diff and doctor read it.

PowerPoint does not run here: tests/powerpoint_save.py rewrites a deck as PowerPoint saves a
package another program wrote (parts renamed in slide order, relationship ids renumbered,
creation ids on every slide and shape, ``lang``/``dirty`` on every run, embedded workbooks renamed
``Microsoft_Excel_Worksheet.xlsx``, a thumbnail, app.xml naming PowerPoint). Decks are built by
the CLI from the e2e fixture, edited with python-pptx as a presenter would, "saved by PowerPoint",
then read back by the CLI; the written deck is compared with a fresh build.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.cli import main
from deckmaker.record import read_record

from .powerpoint_save import save_as_powerpoint
from .test_update import (  # noqa: F401
    E2E_CHANGES,
    change_figures,
    chart_data,
    e2e,
    native_charts,
    pictures,
    runner,
    slide_texts,
)

MOVED = 3  # the presenter drags built slide 4 to second place in the slide sorter


def _order(n: int) -> list[int]:
    rest = [i for i in range(n) if i != MOVED]
    return [rest[0], MOVED, *rest[1:]]


def _titles(path: Path) -> list[str]:
    return [
        s.shapes.title.text_frame.text if s.shapes.title is not None else ""
        for s in Presentation(str(path)).slides
    ]


def test_the_emulation_rewrites_the_package_as_powerpoint_does(runner, e2e, tmp_path):  # noqa: F811
    """Not a vacuous stand-in: the saved package differs where PowerPoint's does."""
    native_charts(e2e)
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    n = len(_titles(tmp_path / "deck.pptx"))
    save_as_powerpoint(tmp_path / "deck.pptx", tmp_path / "pp.pptx", _order(n))
    built, saved = _titles(tmp_path / "deck.pptx"), _titles(tmp_path / "pp.pptx")
    assert saved == [built[i] for i in _order(n)]
    with zipfile.ZipFile(tmp_path / "pp.pptx") as z:
        names = z.namelist()
        second = z.read("ppt/slides/slide2.xml").decode()
        app = z.read("docProps/app.xml").decode()
    assert names[0] == "[Content_Types].xml" and "docProps/thumbnail.jpeg" in names
    assert built[MOVED].split()[0] in second  # the part is named by its new place
    assert "a16:creationId" in second and "p14:creationId" in second and 'dirty="0"' in second
    assert "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx" in names
    assert "Microsoft Office PowerPoint" in app
    assert read_record((tmp_path / "pp.pptx").read_bytes()) == read_record(
        (tmp_path / "deck.pptx").read_bytes()
    )


@pytest.mark.render
def test_a_deck_saved_unedited_by_powerpoint_is_rebuilt_and_checked(soffice, runner, e2e, tmp_path):  # noqa: F811
    """Opened and saved without an edit: build may replace it, update finds nothing to do,
    doctor finds nothing; PowerPoint's own markup is no hand edit."""
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    save_as_powerpoint(tmp_path / "deck.pptx", tmp_path / "saved.pptx")
    (tmp_path / "deck.pptx").write_bytes((tmp_path / "saved.pptx").read_bytes())
    r = runner.invoke(main, ["doctor", "deck.pptx"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e), "--dry-run"])
    assert r.exit_code == 0 and "nothing to do" in r.output, r.output
    r = runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"])
    assert r.exit_code == 0 and "edited" not in r.output, r.output


@pytest.mark.render
@pytest.mark.parametrize("native", [False, True], ids=["pictures", "native-charts"])
def test_update_after_powerpoint_moved_a_slide_and_bolded_a_run(
    soffice,
    runner,  # noqa: F811
    e2e,  # noqa: F811
    tmp_path,
    native,
):
    if native:
        native_charts(e2e)
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    prs = Presentation("deck.pptx")
    n = len(prs.slides)
    overview = list(prs.slides)[2]
    shape = next(s for s in overview.shapes if s.has_text_frame and "10,05%" in s.text_frame.text)
    run = next(r for p in shape.text_frame.paragraphs for r in p.runs if r.text.strip())
    run.font.bold = True
    bold_text = run.text
    prs.save("edited.pptx")
    save_as_powerpoint(tmp_path / "edited.pptx", tmp_path / "deck.pptx", _order(n))
    saved = (tmp_path / "deck.pptx").read_bytes()

    r = runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"])
    assert r.exit_code == 1 and "was moved to slide 2" in r.output, r.output
    assert (tmp_path / "deck.pptx").read_bytes() == saved  # never damaged

    change_figures(e2e / "figures.yaml", E2E_CHANGES)
    r = runner.invoke(main, ["diff", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    record = read_record(saved)
    assert record is not None
    place = {b + 1: k + 1 for k, b in enumerate(_order(n))}  # built slide -> slide now
    for key in E2E_CHANGES:
        now = sorted(place[b] for b in record.figures[key].slides)
        listed = re.search(rf"(?m)^~ {key} .*— slides? ([\d, ]+)$", r.output)
        assert listed, r.output
        assert [int(x) for x in listed.group(1).split(", ")] == now, r.output

    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert sorted(re.findall(r"(?m)^~ (\w+) ", r.output)) == sorted(E2E_CHANGES)
    assert re.search(r"(?m)^= kept: slide 4 .* was moved to slide 2$", r.output), r.output
    restyled = _order(n).index(2) + 1  # built slide 3, where it is now
    notices = re.findall(r"(?m)^! slide (\d+): (.*)$", r.output)
    assert [(int(k), "restyled by hand" in m) for k, m in notices] == [(restyled, True)], r.output
    assert f"= kept: slide {restyled}: style of " in r.output, r.output
    assert (tmp_path / "deck.backup-1.pptx").read_bytes() == saved

    assert runner.invoke(main, ["build", str(e2e), "-o", "fresh.pptx"]).exit_code == 0
    fresh = list(Presentation("fresh.pptx").slides)
    mine = list(Presentation("deck.pptx").slides)
    assert len(mine) == n
    for k, b in enumerate(_order(n)):  # the presenter's order, today's figures
        assert slide_texts(mine[k]) == slide_texts(fresh[b]), f"slide {k + 1}"
        assert [p[0] for p in pictures(mine[k])] == [p[0] for p in pictures(fresh[b])]
        assert chart_data(mine[k]) == chart_data(fresh[b])
    overview_now = mine[_order(n).index(2)]
    shape = next(
        s for s in overview_now.shapes if s.has_text_frame and "10,5%" in s.text_frame.text
    )
    now_text = bold_text.replace("10,05%", "10,5%")
    assert now_text != bold_text  # the bold run holds the figure that changed
    runs = [r for p in shape.text_frame.paragraphs for r in p.runs if r.text == now_text]
    assert runs and runs[0].font.bold is True  # the polish survives the update
    with zipfile.ZipFile(tmp_path / "deck.pptx") as z:
        assert "a16:creationId" in z.read("ppt/slides/slide2.xml").decode()  # PowerPoint's kept
    r = runner.invoke(main, ["doctor", "deck.pptx"])
    assert r.exit_code == 0, r.output
