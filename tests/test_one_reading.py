"""One figure, one reading (issue 18, point 2): every rendering of a figure in a built deck
(slide text, tables, KPI cards, chart alt text, speaker notes) shows it with the same rounding
and the same unit as ``{key}`` does."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.figures import load_figures
from deckmaker.figures.model import format_figure
from deckmaker.numfmt import format_quantity
from deckmaker.pipeline import build_deck

from .conftest import SAMPLE


def _renderings(path: Path) -> list[tuple[int, str, str]]:
    """(slide, where, text) of every text a reader meets: shapes, table cells, alt text, notes."""
    out = []
    for number, slide in enumerate(Presentation(str(path)).slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                out.append((number, shape.name, shape.text_frame.text))
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    out += [(number, shape.name, cell.text) for cell in row.cells]
            c_nv_pr = shape._element.find(".//{*}cNvPr")
            if c_nv_pr is not None and c_nv_pr.get("descr"):
                out.append((number, f"{shape.name} (alt text)", c_nv_pr.get("descr")))
        if slide.has_notes_slide:
            out.append((number, "notes", slide.notes_slide.notes_text_frame.text))
    return [(n, w, t.replace("\xa0", " ")) for n, w, t in out]


def _other_readings(value: Decimal, unit: str | None) -> set[str]:
    """The figure rounded to fewer decimals than written, or written the English way."""
    places = max(0, -value.as_tuple().exponent)
    readings = {
        format_quantity(value.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP), unit)
        for p in range(places)
    }
    readings.add(format_quantity(value, unit, "en"))
    return readings


@pytest.fixture(scope="module")
def sample_deck(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reading") / "sample.pptx"
    return build_deck(SAMPLE, out).path


def test_every_figure_reads_the_same_everywhere_in_the_sample_deck(sample_deck):
    figures = load_figures(SAMPLE / "figures.yaml")
    canonical = {format_figure(f) for f in figures.values()}
    texts = _renderings(sample_deck)
    assert any("alt text" in w for _, w, _ in texts)  # chart alt text is among the renderings
    wrong = []
    shown = 0
    for fig in figures.values():
        if isinstance(fig.value, tuple):
            continue
        mine = format_figure(fig)
        pattern = r"(?<![\d.,]){}(?![\d])"
        if any(re.search(pattern.format(re.escape(mine)), t) for _, _, t in texts):
            shown += 1
        for other in _other_readings(fig.value, fig.unit) - canonical:
            for number, where, text in texts:
                if re.search(pattern.format(re.escape(other)), text):
                    wrong.append(f"slide {number}, {where}: '{other}' for {fig.key} ({mine})")
    assert shown > 60  # most of the sample's figures are on its slides
    assert wrong == []
