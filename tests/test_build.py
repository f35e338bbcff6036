"""End to end: outline → .pptx, opened with python-pptx and rendered by real LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile

import pytest
from click.testing import CliRunner
from pptx import Presentation

import deckmaker
from deckmaker.cli import main

from .conftest import FIXTURES

EVERY = FIXTURES / "every"


@pytest.fixture(scope="module")
def every_deck(tmp_path_factory):
    out = tmp_path_factory.mktemp("every") / "every.pptx"
    return deckmaker.build(EVERY, out).path


def _texts(prs) -> list[str]:
    out = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                out.append(shape.text_frame.text)
            if shape.has_table:
                out += [c.text for row in shape.table.rows for c in row.cells]
    return out


def test_every_construct_builds_and_opens(every_deck):
    prs = Presentation(str(every_deck))
    # words kept whole are bound by no-break spaces (layout/nobreak.py)
    kinds = [s.shapes.title.text.replace("\xa0", " ") if s.shapes.title else "" for s in prs.slides]
    # title, section, 7 content slides, closing
    assert len(prs.slides) == 10
    assert kinds[0].startswith("Kết quả phát triển kinh tế")
    assert kinds[-1] == "Trân trọng cảm ơn!"
    # numbers are bound to their units by U+00A0 and ranges by U+2060 (no break inside)
    texts = "\n".join(_texts(prs)).replace("\u00a0", " ").replace("\u2060", "")
    assert "GRDP tăng 10,05%, vượt kế hoạch 8%; {literal}" in texts
    assert "33.100 tỷ đồng" in texts and "7,5–8%" in texts
    pictures = [sh for s in prs.slides for sh in s.shapes if sh._element.tag.endswith("}pic")]
    alts = [p._element.nvPicPr.cNvPr.get("descr") for p in pictures]
    assert any(a.startswith("Biểu đồ cột") and "10,05%" in a for a in alts)
    notes = prs.slides[2].notes_slide.notes_text_frame.text
    assert notes.startswith("Từ đầu năm 2023 đến nay")


def test_text_is_nfc_and_tagged_vietnamese(every_deck):
    with zipfile.ZipFile(every_deck) as z:
        slides = [n for n in z.namelist() if n.startswith("ppt/slides/slide")]
        for name in slides:
            xml = z.read(name).decode("utf-8")
            assert unicodedata.is_normalized("NFC", xml)
            assert 'lang="vi-VN"' in xml
            assert 'lang="en-US"' not in xml


def test_every_text_box_owns_its_typography(every_deck):
    prs = Presentation(str(every_deck))
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            body = shape.text_frame._txBody.bodyPr
            assert body.get("wrap") == "square"
            assert body.find("{*}spAutoFit") is None
            # shrink on overflow only on body placeholders, as a safety net for what a
            # presenter adds: deckmaker's text is drawn at 100% (no fontScale)
            fit = body.find("{*}normAutofit")
            if fit is not None:
                assert shape.is_placeholder and shape.placeholder_format.idx >= 1
                assert fit.get("fontScale") is None
            for p in shape.text_frame.paragraphs:
                for r in p.runs:
                    assert r.font.size is not None and r.font.name


def test_libreoffice_converts_it(every_deck, soffice, tmp_path):
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(every_deck),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "every.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+10$", info.stdout, re.M), info.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Trân trọng cảm ơn!" in text
    assert "Tình hình thế giới" in text


def test_two_builds_are_byte_identical(tmp_path):
    a = deckmaker.build(EVERY, tmp_path / "a.pptx")
    b = deckmaker.build(EVERY, tmp_path / "b.pptx")
    assert a.path.read_bytes() == b.path.read_bytes()


def test_a_failed_build_leaves_the_old_output_untouched(tmp_path):
    work = tmp_path / "deck"
    shutil.copytree(EVERY, work)
    out = tmp_path / "deck.pptx"
    deckmaker.build(work, out)
    before = out.read_bytes()
    outline = work / "outline.yaml"
    outline.write_text(
        outline.read_text("utf-8").replace("{grdp_growth}", "{grdp_growht}"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["build", str(work), "-o", str(out)])
    assert result.exit_code == 1
    assert "unknown figure 'grdp_growht'" in result.stderr
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck", "deck.pptx"]


def test_build_reports_each_stage_and_the_result(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EVERY, tmp_path / "every")
    result = CliRunner().invoke(main, ["build", "every"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("loaded   every/outline.yaml + every/figures.yaml (6 figures)")
    assert any(line.startswith("planned  10 slides") for line in lines)
    assert lines[-1].startswith("done: build/every.pptx — 10 slides in ")
    assert (tmp_path / "build" / "every.pptx").is_file()


def test_init_then_build(tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path / "new")]).exit_code == 0
    result = runner.invoke(main, ["build", str(tmp_path / "new"), "-o", str(tmp_path / "n.pptx")])
    assert result.exit_code == 0, result.stderr
    assert len(Presentation(str(tmp_path / "n.pptx")).slides) > 5


def test_python_m_deckmaker_works():
    r = subprocess.run(["python", "-m", "deckmaker", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "deckmaker" in r.stdout


RUN_WITH_A_HANDLER = (
    "import atexit, sys\n"
    "from deckmaker.cli import run\n"
    "atexit.register(lambda: print('handler ran', flush=True))\n"
    "sys.argv = ['deckmaker', *sys.argv[1:]]\n"
    "print('before', end='')\n"  # left in the buffer: flushed before the process ends
    "run()\n"
)


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--version"], 0, "deckmaker, version"),
        (["build", "no-such-outline"], 1, "outline not found"),
        (["build", "--no-such-option"], 2, "No such option"),
    ],
)
def test_the_command_ends_with_its_exit_code_handlers_run_and_output_flushed(args, code, said):
    """``cli.run`` ends the process without the interpreter's teardown (``os._exit``): the exit
    code, the ``atexit`` handlers and buffered output are the normal exit's."""
    r = subprocess.run(
        [sys.executable, "-c", RUN_WITH_A_HANDLER, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DECKMAKER_LANG": "en"},
    )
    assert r.returncode == code, r.stderr
    assert said in r.stdout + r.stderr
    assert r.stdout.startswith("before") and r.stdout.rstrip().endswith("handler ran")


RUN_COUNTING_COLLECTIONS = (
    "import atexit, gc, sys\n"
    "from deckmaker.cli import run\n"
    "atexit.register(lambda: print('young', gc.get_threshold()[0],"
    " 'full', gc.get_stats()[2]['collections'], flush=True))\n"
    "sys.argv = ['deckmaker', *sys.argv[1:]]\n"
    "run()\n"
)


def test_the_command_collects_young_objects_less_often_and_a_build_runs_no_full_collection(
    tmp_path,
):
    """``cli.run`` sets the youngest generation's threshold to ``GC_YOUNG``: a build of the
    bullets stress deck ran one full collection (every object the imports made walked) with
    Python's 700, none with it."""
    from deckmaker.cli import GC_YOUNG

    outline = FIXTURES / "stress" / "bullets"
    r = subprocess.run(
        [sys.executable, "-c", RUN_COUNTING_COLLECTIONS, "build", str(outline), "-o", "x.pptx"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "DECKMAKER_CACHE": str(tmp_path / "cache"), "DECKMAKER_LANG": "en"},
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "x.pptx").is_file()
    assert f"young {GC_YOUNG} full 0" in r.stdout


RUN_COUNTING_OLDER_COLLECTIONS = (
    "import atexit, gc, sys\n"
    "from deckmaker.cli import run\n"
    "atexit.register(lambda: print('thresholds', *gc.get_threshold(),"
    " 'middle', gc.get_stats()[1]['collections'],"
    " 'full', gc.get_stats()[2]['collections'], flush=True))\n"
    "sys.argv = ['deckmaker', *sys.argv[1:]]\n"
    "run()\n"
)


def test_a_one_deck_build_leaves_the_older_generations_alone_and_restores_the_thresholds(
    tmp_path,
):
    """``build`` of one deck sets the middle and oldest generations' thresholds to ``GC_OLD``
    while it builds (``cli.build._old_kept``): a cold build of the sample deck runs no full
    collection and at most the few middle ones of the imports before it (main before this
    ran 12 and a full one), and the thresholds are Python's again when the command returns.
    The deck is the one written with the thresholds left as they were."""
    from deckmaker.cli import GC_YOUNG

    sample = FIXTURES.parents[1] / "outlines" / "hung-yen-2024"
    env = {**os.environ, "DECKMAKER_CACHE": str(tmp_path / "cache"), "DECKMAKER_LANG": "en"}
    script = RUN_COUNTING_OLDER_COLLECTIONS
    cmd = [sys.executable, "-c", script, "build", str(sample), "-o", "x.pptx"]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    line = next(x for x in r.stdout.splitlines() if x.startswith("thresholds"))
    words = line.split()
    assert words[1:4] == [str(GC_YOUNG), "10", "10"], line
    assert int(words[words.index("middle") + 1]) <= 4, line
    assert words[words.index("full") + 1] == "0", line
    # the same deck as the library's build in this process (Python's thresholds throughout)
    deckmaker.build(sample, tmp_path / "y.pptx", cache=False)
    assert (tmp_path / "x.pptx").read_bytes() == (tmp_path / "y.pptx").read_bytes()


def test_pdf_option_writes_a_pdf(tmp_path, soffice):
    result = CliRunner().invoke(
        main, ["build", str(EVERY), "-o", str(tmp_path / "d.pptx"), "--pdf"]
    )
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "d.pdf").read_bytes()[:5] == b"%PDF-"
    # a tagged PDF (PDF/UA) that declares the deck's language and has a bookmark per slide
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "d.pdf")], capture_output=True, text=True, check=True
    )
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.M), info.stdout
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "d.pdf")
    assert reader.trailer["/Root"]["/Lang"] == "vi-VN"
    assert len(reader.outline) == len(reader.pages) == 10
