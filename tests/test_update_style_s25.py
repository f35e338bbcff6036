"""``deckmaker update`` lists and counts the presenter's polish that changes no text: a run made
bold, a number recoloured, a font size changed, a shape recoloured, as well as a chart moved or a
picture resized (session 25: such edits were kept but neither listed nor counted, because a
slide's fingerprint holds no colours or fonts).

Real parts: decks built by the CLI, edited with python-pptx as a presenter would in PowerPoint,
saved again by a real LibreOffice (which rewrites every run's properties), updated by the CLI,
the written deck read back with python-pptx.
"""

from __future__ import annotations

import re
import shutil
import zipfile

import pytest
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Cm, Pt

from deckmaker.cli import main
from deckmaker.record import read_record

from .test_update import (  # noqa: F401
    E2E_CHANGES,
    FIVE,
    SAMPLE,
    change_figures,
    e2e,
    parts,
    runner,
)

RED = RGBColor(0xC0, 0x10, 0x20)


def _shape(slide, name: str):
    return next(s for s in slide.shapes if s.name == name)


def _kept(output: str) -> list[str]:
    return [line[len("= kept: ") :] for line in output.splitlines() if line.startswith("= kept: ")]


def _polish(path) -> dict[str, object]:
    """On the e2e deck: the second bullet of slide 3 made bold, the GRDP number of slide 10's
    first KPI card recoloured, the chart of slide 4 moved, the chart picture of slide 7
    resized. Returns what to look for."""
    prs = Presentation(str(path))
    slides = list(prs.slides)
    body = _shape(slides[2], "Body")
    second = body.text_frame.paragraphs[1]
    assert second.text.startswith("Kim")
    for run in second.runs:
        run.font.bold = True
    value = _shape(slides[9], "KPI Value 1")
    assert value.text_frame.text == "10,05%"
    value.text_frame.paragraphs[0].runs[0].font.color.rgb = RED
    chart = _shape(slides[3], "Chart")
    chart.left, chart.top = chart.left + Cm(1.5), chart.top + Cm(0.5)
    picture = _shape(slides[6], "Chart")
    picture.width, picture.height = int(picture.width * 0.8), int(picture.height * 0.8)
    prs.save(str(path))
    return {
        "moved": (chart.left, chart.top),
        "resized": (picture.width, picture.height),
    }


def test_update_lists_and_counts_style_edits_and_keeps_them(runner, e2e, tmp_path):  # noqa: F811
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    looked_for = _polish(tmp_path / "deck.pptx")
    change_figures(e2e / "figures.yaml", E2E_CHANGES)

    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert _kept(r.output) == [
        "slide 4 'Tăng trưởng các ngành' was edited",
        "slide 7 'Tăng trưởng qua hai năm' was edited",
        "slide 3: style of 'GRDP tăng 10,05%, vượt kế hoạch 8%' changed",
        "slide 10: style of '10,05%' changed",
    ], r.output
    assert "4 hand edit(s) kept; wrote deck.pptx" in r.output, r.output
    # the new figure went into the number the presenter recoloured (kept red) and into the
    # bullets of which the second was made bold: said so, as the shape is what the record knows
    assert re.findall(
        r"(?m)^! slide (\d+): '(.*)' → '(.*)' was written into a shape restyled", r.output
    ) == [
        ("3", "10,05%", "10,5%"),
        ("10", "10,05%", "10,5%"),
    ], r.output
    assert "2 conflict(s)" in r.output

    slides = list(Presentation("deck.pptx").slides)
    second = _shape(slides[2], "Body").text_frame.paragraphs[1]
    assert second.runs and all(run.font.bold for run in second.runs)
    value = _shape(slides[9], "KPI Value 1").text_frame.paragraphs[0].runs[0]
    assert (value.text, value.font.color.rgb) == ("10,5%", RED)
    chart = _shape(slides[3], "Chart")
    assert (chart.left, chart.top) == looked_for["moved"]
    picture = _shape(slides[6], "Chart")
    assert (picture.width, picture.height) == looked_for["resized"]

    # the record keeps the styles as built: the next update still lists the edits
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert len(_kept(r.output)) == 4 and "slide 10: style of '10,5%' changed" in r.output
    assert "4 hand edit(s) kept; nothing to do" in r.output, r.output
    # and a build stops before replacing a deck polished by hand, naming the restyled shapes
    r = runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"])
    assert r.exit_code == 1 and "slide 3: style of 'GRDP tăng" in r.output, r.output


def test_a_style_edit_alone_stops_a_build_and_is_listed(runner, e2e, tmp_path):  # noqa: F811
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    prs = Presentation("deck.pptx")
    slides = list(prs.slides)
    label = _shape(slides[9], "KPI Label 2")
    for p in label.text_frame.paragraphs:
        for run in p.runs:
            run.font.size = Pt(24)
    rule = _shape(slides[5], "Title Rule")
    rule.fill.solid()
    rule.fill.fore_color.rgb = RED
    prs.save("deck.pptx")
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert _kept(r.output) == [
        "slide 6: style of the shape 'Title Rule' changed",
        f"slide 10: style of '{label.text_frame.text.replace(chr(0xA0), ' ')}' changed",
    ], r.output
    assert "2 hand edit(s) kept; nothing to do" in r.output
    r = runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"])
    assert r.exit_code == 1 and "slide 6: style of the shape 'Title Rule' changed" in r.output
    r = runner.invoke(main, ["--lang", "vi", "update", "deck.pptx", str(e2e), "--dry-run"])
    assert "= giữ nguyên: trang chiếu 6: định dạng của hình 'Title Rule' đã đổi" in r.output
    assert "2 chỗ sửa tay được giữ nguyên" in r.output, r.output


def test_an_unedited_deck_reports_no_hand_edit(runner, e2e, tmp_path):  # noqa: F811
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    record = read_record((tmp_path / "deck.pptx").read_bytes())
    assert len(record.styles) == len(record.slides) == 11  # every slide's shapes recorded
    change_figures(e2e / "figures.yaml", E2E_CHANGES)
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert not _kept(r.output) and "! " not in r.output, r.output
    assert "0 conflict(s), 0 hand edit(s) kept; wrote" in r.output, r.output


def test_a_record_without_styles_reports_no_style_edit(runner, e2e, tmp_path):  # noqa: F811
    """A deck built before session 25: its record has no styles, which read as unknown."""
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    data = parts(tmp_path / "deck.pptx")
    xml = data["docProps/custom.xml"].decode()
    xml, n = re.subn(r'<property [^>]*name="deckmaker\.style\.[^"]*">.*?</property>', "", xml)
    assert n >= 11
    data["docProps/custom.xml"] = xml.encode()
    with zipfile.ZipFile(tmp_path / "deck.pptx", "w") as z:
        for name, blob in data.items():
            z.writestr(name, blob)
    assert read_record((tmp_path / "deck.pptx").read_bytes()).styles == {}
    _polish(tmp_path / "deck.pptx")
    change_figures(e2e / "figures.yaml", E2E_CHANGES)
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert _kept(r.output) == [
        "slide 4 'Tăng trưởng các ngành' was edited",
        "slide 7 'Tăng trưởng qua hai năm' was edited",
    ], r.output
    assert "0 conflict(s), 2 hand edit(s) kept; wrote" in r.output, r.output
    # the update records the styles as they are now: from here on they are known
    assert len(read_record((tmp_path / "deck.pptx").read_bytes()).styles) == 11


@pytest.mark.render
def test_libreoffice_saving_the_sample_is_no_style_edit(soffice, runner, tmp_path):  # noqa: F811
    """The sample deck saved again by LibreOffice (its runs' properties rewritten: 36.6 pt as
    36.59, ``strike="noStrike"``, colours in lower case, a ``noFill`` line on every shape,
    placeholders renamed) reads as unedited; with a presenter's four edits, as those four."""
    from deckmaker.office import convert

    project = tmp_path / "hung-yen-2024"
    shutil.copytree(SAMPLE, project)
    r = runner.invoke(main, ["build", str(project), "-o", "deck.pptx"])
    assert r.exit_code == 0, r.output
    shutil.copyfile(tmp_path / "deck.pptx", tmp_path / "plain.pptx")
    prs = Presentation("deck.pptx")
    slides = list(prs.slides)
    bullet = next(
        s for s in slides[32].shapes if s.has_text_frame and "10,05%" in s.text_frame.text
    )
    run = next(r for r in bullet.text_frame.paragraphs[0].runs if "GRDP" in r.text)
    run.font.bold = True  # slide 33: a run made bold
    value = _shape(slides[14], "KPI Value 1")  # slide 15: the GRDP number recoloured
    value.text_frame.paragraphs[0].runs[0].font.color.rgb = RED
    chart = _shape(slides[32], "Chart")  # slide 33: its chart moved
    chart.left = chart.left + Cm(1)
    picture = _shape(slides[44], "Chart")  # slide 45: a chart picture resized
    picture.width, picture.height = int(picture.width * 0.9), int(picture.height * 0.9)
    prs.save("deck.pptx")
    for name in ("plain", "deck"):
        saved = convert(tmp_path / f"{name}.pptx", "pptx", tmp_path / "lo")
        shutil.copyfile(saved, tmp_path / f"{name}.pptx")
    change_figures(project / "figures.yaml", FIVE)

    r = runner.invoke(main, ["update", "plain.pptx", str(project), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert not _kept(r.output) and "0 hand edit(s) kept" in r.output, r.output
    r = runner.invoke(main, ["update", "deck.pptx", str(project)])
    assert r.exit_code == 0, r.output
    kept = _kept(r.output)
    assert [re.sub(r" '.*' was", " was", k) for k in kept[:2]] == [
        "slide 33 was edited",
        "slide 45 was edited",
    ], r.output
    assert [re.sub(r" '.*' ", " ", k) for k in kept[2:]] == [
        "slide 15: style of changed",
        "slide 33: style of changed",
    ], r.output
    assert "4 hand edit(s) kept; wrote" in r.output, r.output
    slides = list(Presentation("deck.pptx").slides)
    value = _shape(slides[14], "KPI Value 1").text_frame.paragraphs[0].runs[0]
    assert (value.text, value.font.color.rgb) == ("10,6%", RED)
