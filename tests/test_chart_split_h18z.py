"""Issue 14, after R17 (h18z): the chart/text split of a chart beside bullets never takes a
split that adds a bullet line where a chart a few steps narrower (still in ``CROWDED_SHARES``,
still drawn) sets the bullets in fewer lines: the wider chart only buys its own source note or
title a line, and a bullet line costs the reader more. On a31c827 tuong-phan 45's chart took
5.77 in (its note on one line), its bullets 6.01 in: "Năm 2023 giảm / còn dưới 0,9%"."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from .conftest import design_sweep

ROOT = Path(__file__).resolve().parent.parent
SLIDE = 45
BULLETS = (
    "Năm 2023 giảm còn dưới 0,9%",
    "Mục tiêu năm 2024 còn 0,71%",
    "Mục tiêu năm 2025 còn 0,5%",
)


@pytest.mark.render
def test_a_wider_chart_does_not_cost_its_bullets_a_line(tmp_path, soffice):
    """tuong-phan 45 (sample deck) built and set by LibreOffice: its first three bullets each
    on one line (on a31c827 the first in two, beside a chart widened for its note)."""
    from deckmaker.office import convert
    from deckmaker.pipeline import build_deck

    sweep = design_sweep()
    deck = tmp_path / "sample.pptx"
    build_deck(sweep.SAMPLE / "outline.yaml", deck, "tuong-phan", cache=False)
    texts = [
        s.text_frame.text
        for s in Presentation(str(deck)).slides[SLIDE - 1].shapes
        if s.has_text_frame
    ]
    assert any(BULLETS[0] in t.replace("\u00a0", " ") for t in texts), texts  # still that slide
    convert(deck, "pdf", tmp_path)
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", str(tmp_path / "sample.pdf"), "-"],
        capture_output=True,
        check=True,
    ).stdout
    split = [
        f"{a!r} / {b!r}"
        for page, a, b in sweep.rendered_line_pairs(bbox)
        if page == SLIDE
        and any(
            x.startswith(a.replace("\u00a0", " ").strip(" •–-")) and x != a.strip(" •–-")
            for x in BULLETS
        )
    ]
    assert not split, split
