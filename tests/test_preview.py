"""Theme previews: which slides are shown, the contact sheet's layout, and a real preview."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from PIL import Image

from deckmaker.cli import main
from deckmaker.errors import DeckmakerError
from deckmaker.layout.model import SlidePlan
from deckmaker.outline import load_outline
from deckmaker.preview import SAMPLE_OUTLINE, SheetStyle, contact_sheet, pick_slides, preview_theme

from .conftest import need_soffice


def _plans(*kinds: str) -> list[SlidePlan]:
    """Slides of these kinds; a trailing '+' marks a "(tiếp)" continuation."""
    return [
        SlidePlan(k.rstrip("+"), f"slide {i}", (), "#FFFFFF", continued=int(k.endswith("+")))
        for i, k in enumerate(kinds)
    ]


def test_picks_one_slide_of_each_kind_in_deck_order():
    plans = _plans(
        "title", "section", "bullets", "bullets", "chart-bullets", "chart", "kpis", "section",
        "table", "quote", "quote", "closing",
    )  # fmt: skip
    assert pick_slides(plans) == [0, 1, 2, 5, 6, 8, 9, 11]


def test_prefers_first_parts_and_fills_up_with_other_kinds():
    plans = _plans("title", "bullets+", "bullets", "image", "chart-bullets", "closing")
    assert pick_slides(plans) == [0, 2, 3, 4, 5]
    assert pick_slides(plans, limit=3) == [0, 2, 4]


def test_contact_sheet_is_a_grid_with_a_caption():
    style = SheetStyle(thumb_width=160)
    thumbs = [Image.new("RGB", (160, 90), c) for c in ("#B71C1C", "#1B4F8A", "#138D75")] * 3
    sheet = contact_sheet(thumbs[:8], [str(i + 1) for i in range(8)], "Cờ đỏ", "co-do", style=style)
    head = style.caption_size + style.subcaption_size + 36
    # 4 columns × 2 rows, margins and gaps around them
    assert sheet.size == (2 * 40 + 4 * 160 + 3 * 28, 2 * 40 + head + 2 * (90 + 34) + 28)
    x0, y0 = style.margin, style.margin + head
    assert sheet.getpixel((x0 + 80, y0 + 45)) == (0xB7, 0x1C, 0x1C)
    assert sheet.getpixel((x0 + 188 + 80, y0 + 45)) == (0x1B, 0x4F, 0x8A)
    caption = sheet.crop((0, 0, sheet.width, style.margin + style.caption_size))
    assert len(caption.getcolors(10_000) or []) > 2  # text was drawn on the background
    assert len(contact_sheet(thumbs[:3], ["1", "2", "3"], "x", style=style).size) == 2


def test_contact_sheet_needs_a_slide():
    with pytest.raises(ValueError, match="at least one slide"):
        contact_sheet([], [], "x")


def test_sample_outline_has_every_kind_of_slide():
    deck = load_outline(SAMPLE_OUTLINE)
    kinds = {s.kind for sec in deck.sections for s in sec.slides}
    assert {"bullets", "chart", "kpis", "table", "quote"} <= kinds
    assert deck.closing is not None
    assert deck.info.language == "vi"


def test_output_must_be_png(tmp_path):
    with pytest.raises(DeckmakerError, match="written as a .png file"):
        preview_theme("co-do", tmp_path / "x.pdf")


@pytest.mark.render
def test_preview_of_a_builtin_theme(tmp_path):
    need_soffice()
    out = preview_theme("co-do", tmp_path / "co-do.png")
    with Image.open(out) as im:
        assert im.size == (2084, 812)  # 8 slides, 4 × 2, thumbnails 480 × 270
        rgb = im.convert("RGB")
    colours = {c: n for n, c in rgb.getcolors(2_000_000) or []}
    assert len(colours) > 500  # slides, not a blank sheet
    assert colours.get((0xB7, 0x1C, 0x1C), 0) > 50_000  # co-do's red title and section slides
    # the section slide (2nd thumbnail) is filled with the primary colour
    assert rgb.getpixel((40 + 508 + 240, 40 + 96 + 250)) == (0xB7, 0x1C, 0x1C)


def test_cli_preview_with_an_unknown_theme_lists_the_known_ones(tmp_path):
    result = CliRunner().invoke(
        main, ["themes", "preview", "co-dox", "-o", str(tmp_path / "a.png")]
    )
    assert result.exit_code == 1
    assert "unknown theme 'co-dox'" in result.output
    assert "did you mean 'co-do'?" in result.output
    assert not (tmp_path / "a.png").exists()
