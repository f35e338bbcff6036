"""Issue 14, h34c: a donut beside its bullets on a 4:3 template gets a usable text column. On
coreoz's template the sample's "Rà soát, thu hồi dự án" donut sat beside a 3.46 in column of
22 pt bullets that broke into fragments ("Trong đó 9 dự án / ngoài / các khu công nghiệp, /
11 dự án / trong khu công nghiệp"): no narrower chart uncrowded the column at 22 pt and kept the
circle's floor. The column search now tries the bullets a point or two smaller
(``chart_bullets._round_smaller``), the chart in the box ``_round_box`` lowers it to."""

from __future__ import annotations

import subprocess

import pytest
from pptx import Presentation

from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import build_deck, load_inputs, plan

from .conftest import SAMPLE
from .template_corpus import theme_named
from .test_round_estimate import circle_inches

EMU = 914400
TITLE = "Rà soát, thu hồi dự án"
COLUMN = 3.46
"""The text column's width on main (inches)."""
FLOOR = 2.2
"""``chart_bullets.ROUND_DIAMETER``: the least circle a donut keeps beside its bullets."""


@pytest.fixture(scope="module")
def coreoz(tmp_path_factory) -> str:
    return theme_named("coreoz", tmp_path_factory)


def test_the_donut_leaves_a_column_whose_lines_hold_words(coreoz, tmp_path, soffice):
    """The written deck: the bullets beside the donut in a column wider than main's, the
    circle the renderer draws for the chart at least ``FLOOR`` across, and in LibreOffice's
    render of the column (its text read back inside the body's box) no bullet line of one or
    two words but its paragraph's last."""
    built = build_deck(SAMPLE, tmp_path / "c.pptx", theme=coreoz, cache=False)
    plans = plan(load_inputs(SAMPLE, coreoz))
    n = next(i for i, s in enumerate(plans) if s.title == TITLE)
    prs = Presentation(str(built.path))
    shapes = {sh.name: sh for sh in prs.slides[n].shapes}
    body, chart = shapes["Body"], shapes["Chart"]
    assert body.left + body.width <= chart.left  # beside
    assert body.width / EMU > COLUMN + 0.3, body.width / EMU
    box = next(e for e in plans[n].elements if isinstance(e, ChartBox))
    assert (box.box.w, box.box.h) == (chart.width, chart.height)
    assert circle_inches(box.chart) >= FLOOR

    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(built.path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pt = 12700
    text = subprocess.run(
        ["pdftotext", "-f", str(n + 1), "-l", str(n + 1), "-r", "72",
         "-x", str(body.left // pt), "-y", str(body.top // pt),
         "-W", str(body.width // pt + 1), "-H", str(body.height // pt + 1),
         str(tmp_path / "c.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    paragraphs: list[list[str]] = []
    for ln in lines:
        if ln.startswith("•") or not paragraphs:
            paragraphs.append([ln.lstrip("• ").strip()])
        else:
            paragraphs[-1].append(ln)
    assert len(paragraphs) == 4, lines
    for para in paragraphs:
        for ln in para[:-1]:
            assert len(ln.split()) >= 3, (ln, para)
