"""``deckmaker update`` writes new figures into a deck edited by hand and keeps every hand edit.

Real parts only: decks built by the CLI, edited with python-pptx as a presenter would, saved again
by a real LibreOffice (``soffice --convert-to pptx``), updated by the CLI and read back from their
bytes; the fresh build with the same figures is the reference for every slide not edited by hand.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Cm

from deckmaker.cli import main
from deckmaker.record import read_record
from deckmaker.update import text_changes

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "outlines" / "hung-yen-2024"
FIVE = {  # figure → (value in the figures file, new value)
    "grdp_growth": ("10.05", "10.6"),
    "iip_growth": ("6.35", "6.9"),
    "retail_sales": ("109501", "112000"),
    "budget_revenue": ("33100", "34000"),
    "social_investment": ("68793", "69500"),
}


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def change_figures(figures: Path, changes: dict[str, tuple[str, str]]) -> None:
    """Set new values in a YAML figures file, each in its figure's own block."""
    text = figures.read_text(encoding="utf-8")
    for key, (old, new) in changes.items():
        pattern = re.compile(rf"(?ms)^({re.escape(key)}:.*?value: ){re.escape(old)}\b")
        text, n = pattern.subn(rf"\g<1>{new}", text, count=1)
        assert n == 1, key
    figures.write_text(text, encoding="utf-8")


def slide_texts(slide) -> list[str]:
    out = []
    for shape in slide.shapes:
        if (
            shape.is_placeholder and shape.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
        ):  # LibreOffice writes its field as <number> (and renames it "PlaceHolder N")
            continue
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        elif getattr(shape, "has_table", False) and shape.has_table:
            out.append("|".join(c.text for row in shape.table.rows for c in row.cells))
        descr = shape._element.find(".//{*}cNvPr").get("descr")
        if descr:
            out.append(descr)
    if slide.has_notes_slide:
        out.append(slide.notes_slide.notes_text_frame.text)
    return [re.sub("[\u00a0]", " ", t).replace("\u2060", "") for t in out]


def pictures(slide) -> list[tuple[str, int, int, int, int]]:
    return [
        (hashlib.sha256(s.image.blob).hexdigest(), s.left, s.top, s.width, s.height)
        for s in slide.shapes
        if s._element.tag.endswith("}pic")  # placeholder-bound pictures too
    ]


def chart_data(slide) -> list:
    return [
        [(tuple(p.categories), [tuple(s.values) for s in p.series]) for p in s.chart.plots]
        for s in slide.shapes
        if getattr(s, "has_chart", False) and s.has_chart
    ]


def by_title(prs) -> dict[str, object]:
    out = {}
    for s in prs.slides:
        title = s.shapes.title.text_frame.text if s.shapes.title is not None else ""
        out.setdefault(title or f"#{len(out)}", s)
    return out


def delete_slide(prs, index: int) -> None:
    ids = prs.slides._sldIdLst
    sld = ids[index]
    prs.part.drop_rel(sld.rId)
    ids.remove(sld)


def _body(slide):
    """The slide's body placeholder: called "Body" as deckmaker writes it, "PlaceHolder N" of
    type obj once LibreOffice saved it."""
    return next(
        s
        for s in slide.placeholders
        if s.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
        and s.has_text_frame  # a chart picture may fill the layout's content placeholder
    )


def presenter_edits(path: Path, image: Path) -> dict[str, object]:
    """An evening's polish, with python-pptx: a bullet rewritten around a figure (its number
    split over two runs), a chart moved and resized, notes added to, one figure's text changed
    by hand, two slides deleted, a slide with a photo added. Returns what to look for."""
    prs = Presentation(str(path))
    slides = list(prs.slides)
    # slide 33 'Tăng trưởng: thực hiện 2023 và kế hoạch 2024': a bullet beside a chart (slide 16's
    # bullets only restate its bars, so they are in its notes and the chart stands alone)
    growth = slides[32]
    body = _body(growth)
    p = body.text_frame.paragraphs[0]
    assert p.text.replace("\u00a0", " ") == "GRDP năm 2023 tăng 10,05%"  # common words bound
    for r in list(p.runs)[1:]:
        p._p.remove(r._r)
    p.runs[0].text = "GRDP cả năm tăng 10,"
    tail = p.add_run()
    tail.text = "05%, cao nhất vùng"
    tail.font.bold = True
    chart = next(s for s in growth.shapes if s.name == "Chart")
    chart.left, chart.top = chart.left + Cm(1), chart.top + Cm(0.5)
    chart.width, chart.height = int(chart.width * 0.8), int(chart.height * 0.8)
    moved = (chart.left, chart.top, chart.width, chart.height)
    plans = slides[32]  # slide 33 too: notes
    notes = plans.notes_slide.notes_text_frame
    notes.paragraphs[-1].add_run().text = " Người trình bày: nhấn mạnh công nghiệp."
    kpis = slides[14]  # slide 15: the budget's KPI card changed by hand
    card = next(s for s in kpis.shapes if s.name == "KPI Value 3")
    # the unit under the number (a line break), as on every KPI slide of the sample
    assert card.text_frame.text.replace("\u00a0", " ") == "33.100\vtỷ đồng"
    number, unit = card.text_frame.paragraphs[0].runs  # the unit is a smaller run of its own
    assert (number.text, unit.text) == ("33.100", "tỷ\u00a0đồng")
    number.text = "33,1 nghìn"
    new = prs.slides.add_slide(prs.slide_layouts[5])
    new.shapes.title.text = "Ảnh hoạt động của Sở"
    new.shapes.add_picture(str(image), Cm(3), Cm(4), Cm(8))
    buf = io.BytesIO()
    prs.save(buf)  # saved before the deletions: python-pptx reuses a deleted slide's part name
    prs = Presentation(buf)
    gone = [list(prs.slides)[i].shapes.title.text_frame.text for i in (17, 18)]
    delete_slide(prs, 18)
    delete_slide(prs, 17)
    prs.save(str(path))
    return {"moved": moved, "deleted": gone}


@pytest.mark.render
def test_update_keeps_every_hand_edit_after_python_pptx_and_libreoffice(soffice, runner, tmp_path):
    from deckmaker.office import convert

    project = tmp_path / "hung-yen-2024"
    shutil.copytree(SAMPLE, project)
    r = runner.invoke(main, ["build", str(project), "-o", "deck.pptx"])
    assert r.exit_code == 0, r.output
    built = Presentation("deck.pptx")
    image = tmp_path / "photo.png"
    image.write_bytes(_png())
    looked_for = presenter_edits(tmp_path / "deck.pptx", image)
    saved = convert(tmp_path / "deck.pptx", "pptx", tmp_path / "lo")  # the second editor
    shutil.copyfile(saved, tmp_path / "deck.pptx")
    edited = (tmp_path / "deck.pptx").read_bytes()

    change_figures(project / "figures.yaml", FIVE)
    r = runner.invoke(main, ["update", "deck.pptx", str(project)])
    assert r.exit_code == 0, r.output
    report = r.output
    changed = re.findall(r"(?m)^~ (\w+) ", report)
    assert sorted(changed) == sorted(FIVE)  # exactly the five changes
    conflicts = re.findall(r"(?m)^! slide (\d+): '([^']*)' .*new value: ([^)]*)\)", report)
    assert conflicts == [("15", "33.100", "34.000")]
    kept = re.findall(r"(?m)^= kept: slide (\d+) .* was (\w+)", report)
    assert kept == [
        ("15", "edited"),
        ("31", "edited"),
        ("18", "deleted"),
        ("19", "deleted"),
        ("61", "added"),
    ], report
    title = "'Tăng trưởng: thực hiện 2023 và kế hoạch 2024'"
    assert f"= kept: slide 31 {title} was edited (slide 33 as built)\n" in report, report
    assert ", 5 hand edit(s) kept; wrote" in report
    assert (tmp_path / "deck.backup-1.pptx").read_bytes() == edited

    r = runner.invoke(main, ["build", str(project), "-o", "fresh.pptx"])
    assert r.exit_code == 0, r.output
    fresh = list(Presentation("fresh.pptx").slides)
    now = Presentation("deck.pptx")
    slides = list(now.slides)
    assert len(slides) == len(fresh) - 2 + 1
    titles = [s.shapes.title.text_frame.text if s.shapes.title else "" for s in slides]
    assert not set(looked_for["deleted"]) & set(titles)
    # every hand edit is still there
    growth = slides[30]  # built slide 33, after the two deleted ones
    body = _body(growth)
    assert body.text_frame.paragraphs[0].text == "GRDP cả năm tăng 10,6%, cao nhất vùng"
    chart = next(s for s in growth.shapes if s.name == "Chart")
    moved = looked_for["moved"]
    geometry = (chart.left, chart.top, chart.width, chart.height)
    # where the presenter put it, to LibreOffice's rounding on save (under 0.1 mm)
    assert all(abs(a - b) < 3600 for a, b in zip(geometry, moved, strict=True)), geometry
    was = next(s for s in list(built.slides)[32].shapes if s.name == "Chart")
    assert chart.image.blob != was.image.blob  # redrawn
    plans = slides[30]  # built slide 33, after the two deleted ones
    assert (
        plans.shapes.title.text_frame.text.replace("\xa0", " ")
        == "Tăng trưởng: thực hiện 2023 và kế hoạch 2024"
    )
    assert "Người trình bày: nhấn mạnh công nghiệp." in plans.notes_slide.notes_text_frame.text
    card = next(s for s in slides[14].shapes if s.name == "KPI Value 3")
    assert card.text_frame.text.replace("\xa0", " ") == "33,1 nghìn\vtỷ đồng"  # the conflict
    assert titles[-1] == "Ảnh hoạt động của Sở"
    assert hashlib.sha256(slides[-1].shapes[-1].image.blob).digest() == (
        hashlib.sha256(image.read_bytes()).digest()
    )
    # every other slide reads as the fresh build with the new figures: texts, pictures, data
    hand = {14, 30}
    fresh_left = [s for i, s in enumerate(fresh) if i not in (17, 18)]
    checked = 0
    for i, (mine, theirs) in enumerate(zip(slides[:-1], fresh_left, strict=True)):
        if i in hand:
            continue
        assert slide_texts(mine) == slide_texts(theirs), f"slide {i + 1}"
        checked += 1
        assert [p[0] for p in pictures(mine)] == [p[0] for p in pictures(theirs)], f"slide {i + 1}"
        assert chart_data(mine) == chart_data(theirs)
    assert checked == len(fresh) - 2 - len(hand)
    kpi_texts = slide_texts(slides[14])
    # the unit under its number (a line break), as on every KPI slide of the sample
    assert "10,6%" in kpi_texts and "112.000\vtỷ đồng" in kpi_texts
    # a later diff sees the new state; a later build still stops: the deck holds hand edits
    record = read_record((tmp_path / "deck.pptx").read_bytes())
    assert record.figures["grdp_growth"].value == "10,6%"
    r = runner.invoke(main, ["build", str(project), "-o", "deck.pptx"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    # and the updated deck renders: look at slides 15 and 31 (built 33; docs/editing.md)
    pdf = convert(tmp_path / "deck.pptx", "pdf", tmp_path / "pdf")
    assert pdf.stat().st_size > 0


def _png() -> bytes:
    """A small photo stand-in: a 40 × 30 PNG gradient."""
    import struct
    import zlib

    w, h = 40, 30
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 6, y * 8, 120)) for x in range(w)) for y in range(h)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    head = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(rows))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + idat + chunk(b"IEND", b"")


# -- quick tests on the e2e fixture (no LibreOffice) ------------------------------------------
E2E_CHANGES = {"grdp_growth": ("10.05", "10.5"), "budget": ("33100", "35200")}


@pytest.fixture
def e2e(tmp_path) -> Path:
    dst = tmp_path / "e2e"
    shutil.copytree(
        FIXTURES / "e2e", dst, ignore=shutil.ignore_patterns("diff", "report", "undefined")
    )
    return dst


def native_charts(project: Path) -> None:
    text = (project / "outline.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(\s*)chart:$", r"\1chart:\n\1  engine: native", text)
    (project / "outline.yaml").write_text(text, encoding="utf-8")


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize("native", [False, True], ids=["pictures", "native-charts"])
def test_update_of_an_unedited_deck_reads_as_a_fresh_build(runner, e2e, tmp_path, native):
    if native:
        native_charts(e2e)
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    change_figures(e2e / "figures.yaml", E2E_CHANGES)
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert sorted(re.findall(r"(?m)^~ (\w+) ", r.output)) == sorted(E2E_CHANGES)
    assert runner.invoke(main, ["build", str(e2e), "-o", "fresh.pptx"]).exit_code == 0
    mine, fresh = Presentation("deck.pptx"), Presentation("fresh.pptx")
    for a, b in zip(mine.slides, fresh.slides, strict=True):
        assert slide_texts(a) == slide_texts(b)
        assert [p[0] for p in pictures(a)] == [p[0] for p in pictures(b)]
        assert chart_data(a) == chart_data(b)
    new, ref = parts(tmp_path / "deck.pptx"), parts(tmp_path / "fresh.pptx")
    assert new["docProps/custom.xml"] == ref["docProps/custom.xml"]  # the same record
    same = {n for n in new.keys() & ref.keys() if new[n] == ref[n]}
    differ = (new.keys() | ref.keys()) - same
    # not byte-identical only where a redrawn picture went: a new media part (and its
    # relationship id), and python-pptx writing the core properties' empty elements shorter
    assert all(
        n == "docProps/core.xml" or n.startswith(("ppt/media/", "ppt/slides/")) for n in differ
    ), differ
    if native:  # native charts: their XML and workbooks as a fresh build writes them
        assert any(n.startswith("ppt/charts/chart") for n in same)
        assert not any(n.startswith(("ppt/charts/", "ppt/embeddings/")) for n in differ)
    # the record is refreshed: nothing to do a second time, and build may replace the deck
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0 and "nothing to do" in r.output, r.output
    r = runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"])
    assert r.exit_code == 0, r.output


def test_runs_split_and_text_changed_by_hand(runner, e2e, tmp_path):
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    prs = Presentation("deck.pptx")
    overview = list(prs.slides)[2]
    body = next(s for s in overview.shapes if s.name == "Body")
    p = body.text_frame.paragraphs[0]
    assert (
        p.text.replace("\u00a0", " ") == "GRDP tăng 10,05%, vượt kế hoạch 8%"
    )  # common words bound
    p.runs[0].text = "Năm nay GRDP tăng 10,"  # a word added before it, the number split
    p.runs[0].font.italic = True
    p.add_run().text = "05%, vượt kế hoạch 8%"
    kpis = list(prs.slides)[9]
    card = next(s for s in kpis.shapes if s.name == "KPI Value 1")
    card.text_frame.paragraphs[0].runs[0].text = "hơn 10%"
    prs.save("deck.pptx")
    edited = (tmp_path / "deck.pptx").read_bytes()
    change_figures(e2e / "figures.yaml", E2E_CHANGES)

    r = runner.invoke(main, ["update", "deck.pptx", str(e2e), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "nothing written (--dry-run)" in r.output
    assert (tmp_path / "deck.pptx").read_bytes() == edited
    assert not list(tmp_path.glob("*.backup-*"))

    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert "! slide 10: '10,05%' was changed by hand" in r.output
    prs = Presentation("deck.pptx")
    p = next(s for s in list(prs.slides)[2].shapes if s.name == "Body").text_frame.paragraphs[0]
    assert (
        p.text.replace("\u00a0", " ") == "Năm nay GRDP tăng 10,5%, vượt kế hoạch 8%"
    )  # common words bound
    assert p.runs[0].font.italic  # in the first run's formatting
    card = next(s for s in list(prs.slides)[9].shapes if s.name == "KPI Value 1")
    assert card.text_frame.text == "hơn 10%"
    notes = list(prs.slides)[2].notes_slide.notes_text_frame.text
    assert notes == "Nhấn mạnh tăng trưởng GRDP 10,5%."
    r = runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"])
    assert r.exit_code == 1 and "was edited" in r.output  # the hand edits still stop a build
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])  # the conflict stays reported
    assert "! slide 10: '10,05%' was changed by hand" in r.output


def test_a_deck_update_cannot_handle_is_one_located_error(runner, e2e, tmp_path):
    (tmp_path / "other.pptx").write_bytes(_blank_deck())
    r = runner.invoke(main, ["update", "other.pptx", str(e2e)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "other.pptx: error: this file was not made by deckmaker" in r.output
    r = runner.invoke(main, ["update", "missing.pptx", str(e2e)])
    assert r.exit_code == 1 and "missing.pptx: error:" in r.output
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    data = parts(tmp_path / "deck.pptx")  # as an older deckmaker wrote it: record 1
    xml = data["docProps/custom.xml"].decode()
    xml = xml.replace('{"record": 2', '{"record": 1')
    xml = re.sub(r'<property [^>]*name="deckmaker\.text\.[^"]*">.*?</property>', "", xml)
    data["docProps/custom.xml"] = xml.encode()
    with zipfile.ZipFile(tmp_path / "old.pptx", "w") as z:
        for name, blob in data.items():
            z.writestr(name, blob)
    assert read_record((tmp_path / "old.pptx").read_bytes()).version == 1  # still read
    r = runner.invoke(main, ["update", "old.pptx", str(e2e)])
    assert r.exit_code == 1 and "built by an older deckmaker" in r.output
    assert "--force" in r.output


def _blank_deck() -> bytes:
    buf = io.BytesIO()
    Presentation().save(buf)
    return buf.getvalue()


def test_text_changes_are_the_words_and_numbers_that_differ():
    (c,) = text_changes("GRDP tăng 10,05%, vượt kế hoạch 8%", "GRDP tăng 10,5%, vượt kế hoạch 8%")
    assert (c.old, c.new, c.before, c.after) == (
        "10,05%",
        "10,5%",
        "GRDP tăng ",
        ", vượt kế hoạch 8%",
    )
    (c,) = text_changes("tăng 7,5–\u20608%, phấn đấu", "tăng 8%, phấn đấu")
    assert (c.old, c.new) == ("7,5–8%", "8%")
    (c,) = text_changes("đạt\u00a068.793\u00a0tỷ", "đạt\u00a069.500\u00a0tỷ")
    assert (c.old, c.new) == ("68.793", "69.500")  # matched with spaces, written as laid out
    (c,) = text_changes("vượt kế hoạch", "chưa đạt kế hoạch")
    assert (c.old, c.new) == ("vượt", "chưa đạt")
    assert text_changes("năm 2023", "năm 2023") == []
