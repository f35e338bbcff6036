"""A fault found on templates written by strangers (h27c), on
tests/fixtures/templates-real/m3dev-data3-in.pptx: a Japanese PowerPoint-for-Mac template whose
layouts list their content placeholder (idx 1) before their title (idx 0).

Each slide's title went into the content placeholder and its bullets into the title one
(python-pptx hands a slide's placeholders out in idx order, the layout's slots were counted in
the layout's order): ``deckmaker doctor`` found 21 slides of the sample without a title."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from deckmaker.pipeline import build_deck
from tests.template_corpus import theme_for

from .conftest import FIXTURES

M3DEV = FIXTURES / "templates-real" / "m3dev-data3-in.pptx"
EVERY = FIXTURES / "every"
TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("m3dev")
    theme = theme_for(M3DEV, tmp / "themes")
    out = build_deck(EVERY, tmp / "deck.pptx", theme=str(theme), cache=False).path
    return theme, out


def test_the_layouts_list_their_content_placeholder_before_the_title():
    """What the fixture is for: a layout on which the two orders differ."""
    layout = next(lo for lo in Presentation(str(M3DEV)).slide_layouts if lo.name == "目次")
    kinds = [ph.placeholder_format.type for ph in layout.placeholders]
    idx = [ph.placeholder_format.idx for ph in layout.placeholders]
    assert kinds == [PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.TITLE] and idx == [1, 0]


def test_every_title_is_in_the_title_placeholder(built):
    _, out = built
    prs = Presentation(str(out))
    titled = 0
    for n, slide in enumerate(prs.slides, 1):
        for sh in slide.placeholders:
            kind = sh.placeholder_format.type
            if sh.name == "Title":
                assert kind in TITLES, (n, kind, sh.text_frame.text[:30])
            if sh.name == "Body":
                assert kind not in TITLES, (n, sh.text_frame.text[:30])
        title = slide.shapes.title
        if title is not None and title.text_frame.text.strip():
            titled += 1
    assert titled >= len(prs.slides) - 1  # every slide but the quote has its title
