"""A stranger's template whose artwork leaves no colour readable under the text (h29e, issue 14):
m3dev's data3 template (tests/fixtures/templates-real/m3dev-data3-in.pptx) draws a copyright
line, a page mark and a logo in a grey strip along the bottom of every slide. Each slide's text
sits on a white backing panel (``layout.plan.backed``); the panel ran over the strip and hid
all three, and deckmaker's footer row straddled the strip's top edge.

Now the panel keeps clear of the small shapes the slide's layout shows where what it backs
does (``Frame.marks``), and the footer row sits above them (``page.chrome_boxes``). Its title
slide (deckmaker's own cover: the template's free area is too small for a composed one) puts
the agency's name, the band and the bottom lines between the template's two logos, a panel
under each text; its closing is composed in the template's free area, logos showing.

Below: two faults of the stress outlines in tuong-phan (a section slide with no anchor, the
short parts of a continued table ending far above the full ones)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from deckmaker.pipeline import build_deck
from deckmaker.theme.template import _small_shapes, overlaps
from tests.template_corpus import theme_for

from .conftest import FIXTURES

M3DEV = FIXTURES / "templates-real" / "m3dev-data3-in.pptx"
EVERY = FIXTURES / "every"
EMU_PER_IN = 914400


@pytest.fixture(scope="module")
def deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("m3dev-h29e")
    theme = theme_for(M3DEV, tmp / "themes")
    return build_deck(EVERY, tmp / "deck.pptx", theme=str(theme), cache=False).path


def _box(sh) -> tuple[int, int, int, int]:
    return int(sh.left), int(sh.top), int(sh.width), int(sh.height)


def _copyright(prs) -> tuple[int, int, int, int]:
    master = prs.slide_masters[0]
    return next(_box(s) for s in master.shapes if "Copyright" in getattr(s, "text", ""))


def test_the_backing_panel_keeps_clear_of_the_templates_marks(deck):
    """Every slide: the panels lie on none of the small shapes its layout shows (before: on
    the copyright line, the page mark and the logo of every slide, and on the title slide's
    two M3 logos)."""
    prs = Presentation(str(deck))
    backed = 0
    for n, slide in enumerate(prs.slides, 1):
        marks = _small_shapes(slide.slide_layout, prs.slide_width)
        assert marks, n
        for sh in slide.shapes:
            if sh.name != "Backing":
                continue
            backed += 1
            x, y, w, h = _box(sh)
            hit = [m for m in marks if overlaps((x, y, w, h), m)]
            assert not hit, (n, [tuple(round(v / EMU_PER_IN, 2) for v in m) for m in hit])
    assert backed >= 7


def test_the_footer_sits_above_the_templates_bottom_strip(deck):
    """deckmaker's footer (the template has no footer placeholder) ends above the copyright
    line's top (before: 7.00-7.31 in, over the line at 7.29 in)."""
    prs = Presentation(str(deck))
    top = _copyright(prs)[1]
    footers = [sh for s in prs.slides for sh in s.shapes if sh.name == "Footer"]
    assert len(footers) >= 7
    for sh in footers:
        assert sh.top + sh.height <= top, (sh.top / EMU_PER_IN, (sh.top + sh.height) / EMU_PER_IN)


@pytest.mark.render
def test_the_copyright_line_shows_in_the_render(deck, tmp_path, soffice):
    """LibreOffice's render of each content slide: the copyright line's box is not blank white
    (the panel's colour) but the template's grey strip with its text."""
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", str(tmp_path / "deck.pdf"), str(tmp_path / "p")],
        check=True,
        timeout=120,
    )
    prs = Presentation(str(deck))
    x, y, w, h = _copyright(prs)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == len(prs.slides)
    for n, page in enumerate(pages[1:-1], 2):
        with Image.open(page) as im:
            dpi = im.width / (prs.slide_width / EMU_PER_IN)
            crop = im.convert("L").crop(
                tuple(round(v / EMU_PER_IN * dpi) for v in (x, y, x + w, y + h))
            )
            hist = crop.histogram()
            lightest_share = sum(hist[250:]) / (crop.width * crop.height)
            assert lightest_share < 0.5, (n, page.name, lightest_share)


# --- the stress outlines in tuong-phan (the high-contrast theme, 22 pt minimum) ---------------

STRESS = FIXTURES / "stress"


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stress-h29e")

    def built(name: str):
        out = build_deck(STRESS / name, tmp / f"{name}.pptx", theme="tuong-phan", cache=False)
        return Presentation(str(out.path))

    return built


def test_a_short_section_of_one_topic_lists_it(stress):
    """The cards outline's section 'Trích dẫn' (an untitled quote, then 'Lời dạy của Bác'):
    its slide showed its number and title alone, two-thirds empty colour; a one-slide section
    lists its slide's title, and so does a short section whose slides give one topic."""
    prs = stress("cards")

    def plain(sh) -> str:
        return sh.text_frame.text.replace("\u00a0", " ").strip() if sh.has_text_frame else ""

    section = next(s for s in prs.slides if any(plain(sh) == "Trích dẫn" for sh in s.shapes))
    texts = [plain(sh) for sh in section.shapes]
    assert any("Lời dạy của Bác" in t for t in texts), texts


def test_a_continued_tables_shorter_parts_end_near_its_fullest(stress):
    """The tables outline's two continued tables: the parts of four rows were 84% and 79% as
    tall as their table's fullest part (the last two slides of the first ended 0.74 in higher,
    the slide's lower third empty); their rows now rise up to ¾ of a line to close the gap."""
    prs = stress("tables")
    runs: dict[str, list[int]] = {}
    for slide in prs.slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        base = title.split("(")[0].strip()
        for sh in slide.shapes:
            if sh.has_table:
                runs.setdefault(base, []).append(sum(int(r.height) for r in sh.table.rows))
    continued = {k: v for k, v in runs.items() if len(v) > 1}
    assert len(continued) == 2, runs.keys()
    for base, hs in continued.items():
        assert min(hs) >= 0.88 * max(hs), (base, [round(h / EMU_PER_IN, 2) for h in hs])
