"""A slide's fingerprint read from its XML (``writer.record._xml_items``) is the one read through
python-pptx's shapes, on every slide it reads; slides it cannot read fall back to python-pptx."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.pipeline import build_deck
from deckmaker.writer import record

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

CASES = [
    pytest.param(ROOT / "outlines" / "hung-yen-2024", {}, False, 0.9, id="sample"),
    pytest.param(FIXTURES / "every", {}, True, 0.5, id="every-native"),
    pytest.param(
        FIXTURES / "every",
        {"theme": str(ROOT / "themes" / "mau-co-quan")},
        False,
        0.9,
        id="template",
    ),
]


@pytest.mark.parametrize(("source", "options", "native", "share"), CASES)
def test_fingerprints_from_the_xml_are_python_pptx_s(
    tmp_path, monkeypatch, source, options, native, share
):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("DECKMAKER_DECK_CACHE", "off")
    work = tmp_path / "deck"
    shutil.copytree(source, work)
    if native:  # charts as python-pptx chart parts: slides the XML path leaves to python-pptx
        outline = work / "outline.yaml"
        outline.write_text(
            re.sub(r"(?m)^(\s*)chart:$", r"\1chart:\n\1  engine: native", outline.read_text()),
            "utf-8",
        )
    build_deck(work, tmp_path / "xml.pptx", **options)
    monkeypatch.setattr(record, "XML_ITEMS", False)
    build_deck(work, tmp_path / "shapes.pptx", **options)
    # the record written into the deck holds every slide's fingerprint
    assert (tmp_path / "xml.pptx").read_bytes() == (tmp_path / "shapes.pptx").read_bytes()
    slides = list(Presentation(str(tmp_path / "xml.pptx")).slides)
    read = 0
    for slide in slides:
        items = record._xml_items(slide)
        if items is not None:
            read += 1
            assert items == record._shape_items(slide.shapes, [])
    assert read >= share * len(slides)
    if native:
        assert read < len(slides)  # a native chart's slide is python-pptx's to read
