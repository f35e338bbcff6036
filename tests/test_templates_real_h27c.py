"""Two faults found on templates written by strangers (h27c), on
tests/fixtures/templates-real/m3dev-data3-in.pptx: a Japanese PowerPoint-for-Mac template whose
layouts list their content placeholder (idx 1) before their title (idx 0).

- Each slide's title went into the content placeholder and its bullets into the title one
  (python-pptx hands a slide's placeholders out in idx order, the layout's slots were counted in
  the layout's order): ``deckmaker doctor`` found 21 slides of the sample without a title.
- ``deckmaker update DECK`` laid a deck built with ``--theme`` out again on the outline's own
  theme: a deck nobody edited read as 5 texts to replace, a chart to redraw and 2 conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from deckmaker import guard
from deckmaker.pipeline import build_deck
from deckmaker.update import update_deck
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


def test_update_lays_the_deck_out_on_the_theme_it_was_built_with(tmp_path):
    """The sample deck: on the outline's own theme its slides split and its charts turn
    elsewhere ('… (1/2)' titles, a bar chart drawn as columns)."""
    theme = theme_for(M3DEV, tmp_path / "themes")
    sample = Path(__file__).resolve().parents[1] / "outlines" / "hung-yen-2024"
    out = build_deck(sample, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    assert guard.last_build(out)["theme"] == str(theme.resolve())
    report = update_deck(out, dry_run=True)  # the outline and theme of its last build
    assert (report.texts, report.charts, report.conflicts) == ([], [], []), report.lines()
