"""A part's relationship item (``.rels``) as the writer serialises it (``writer/package.py``,
``_serialized_rels``) is python-pptx's ``_Relationships.xml``, byte for byte."""

from __future__ import annotations

import io
import itertools

import pytest
from pptx import Presentation
from pptx.opc.packuri import PackURI

from deckmaker.pipeline import build_deck
from deckmaker.writer import package

from .conftest import FIXTURES, ROOT, SAMPLE


@pytest.fixture
def compared(monkeypatch):
    """Every item the writer collects, compared with python-pptx's own; how many."""
    seen: list[int] = []
    kept = package._rels_xml

    def checked(rels):
        ours = kept(rels)
        assert ours == rels.xml, rels._base_uri
        seen.append(len(rels))
        return ours

    monkeypatch.setattr(package, "_RELS_XML", {})  # made afresh, not taken from a last build
    monkeypatch.setattr(package, "_rels_xml", checked)
    return seen


@pytest.mark.parametrize(
    ("source", "options"),
    [
        pytest.param(SAMPLE, {}, id="sample"),
        pytest.param(FIXTURES / "every", {"svg": True}, id="every-svg"),
        pytest.param(
            FIXTURES / "every",
            {"theme": str(ROOT / "themes" / "mau-co-quan")},
            id="every-template",
        ),
    ],
)
def test_every_item_of_a_written_deck_is_python_pptxs(
    tmp_path, monkeypatch, compared, source, options
):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("DECKMAKER_DECK_CACHE", "off")
    result = build_deck(source, tmp_path / "deck.pptx", **options)
    assert len(compared) > result.slides  # the slides', the presentation's, the masters'…
    assert sum(compared) > 2 * result.slides


def test_external_targets_and_escaped_characters(compared):
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    run = slide.shapes.title.text_frame.paragraphs[0].add_run()
    run.text = "link"
    run.hyperlink.address = 'https://example.org/a?b=1&c=<2>&d="3"'
    slide.notes_slide.notes_text_frame.text = "notes"
    prs.slides.add_slide(prs.slide_layouts[0])
    package.members(prs)
    assert any(n >= 3 for n in compared)  # layout, hyperlink, notes
    items = [r for p in prs.part.package.iter_parts() for r in p.rels.values()]
    assert any(r.is_external for r in items)
    prs.save(io.BytesIO())


def test_relative_references_are_posixpaths():
    names = ["/ppt/slides/slide1.xml", "/ppt/media/image3.png", "/ppt/presentation.xml",
             "/docProps/core.xml", "/ppt/slideLayouts/slideLayout2.xml", "/a.xml",
             "/ppt/slides/_rels/slide1.xml.rels"]  # fmt: skip
    bases = ["/", "/ppt", "/ppt/slides", "/ppt/slideLayouts", "/docProps", "/ppt/slides/_rels"]
    for name, base in itertools.product(names, bases):
        assert package._relative_ref(name, base) == PackURI(name).relative_ref(base), (name, base)
