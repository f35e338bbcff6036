"""Issue 14, h39e: the sample deck on a real agency template (coreoz) read as a designer reads it.

On main: coreoz's section layout ("Titre de section", Office's own "Section Header") draws its
text box above its title box, and deckmaker filled them as they stood: section 7, 12, 29, 51
and 55 read the subtitle before the title ("Khẳng định sự sáng suốt, …" over "BỐI CẢNH, KHÓ
KHĂN, THÁCH THỨC NĂM 2023")."""

from __future__ import annotations

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER


def _section_slides(path):  # type: ignore[no-untyped-def]
    deck = Presentation(str(path))
    for n, slide in enumerate(deck.slides, 1):
        if slide.slide_layout.name == "Titre de section":
            yield n, slide


def test_section_title_reads_before_its_subtitle(sample_decks) -> None:  # type: ignore[no-untyped-def]
    seen = 0
    for n, slide in _section_slides(sample_decks("coreoz")):
        holders = {ph.placeholder_format.type: ph for ph in slide.placeholders}
        title = holders.get(PP_PLACEHOLDER.TITLE)
        sub = next((s for s in slide.shapes if s.name == "Subtitle"), None)
        if title is None or sub is None or not sub.text_frame.text.strip():
            continue
        seen += 1
        assert title.top < sub.top, (n, title.text_frame.text, sub.text_frame.text)
        assert title.top + title.height <= sub.top, n  # under it, not over it
        # the part's name stays over the title, as its kicker
        parts = [s for s in slide.shapes if s.name == "Part"]
        for p in parts:
            assert p.top + p.height <= title.top, n
    assert seen >= 5


def test_terms_of_the_narrow_column_kept_whole() -> None:
    """A 4:3 template's column (coreoz's 8.2 in) broke two terms a briefing names whole:
    "chuyển đổi mô hình / tăng trưởng" (13), "kế hoạch vốn / đầu tư công" (47)."""
    from deckmaker.layout.terms import bind_terms, inside

    # only costed (" *"): bound, it moved default 25-27's panels, a bullet a line longer
    assert bind_terms("kế hoạch vốn đầu tư công năm 2024").count("\u00a0") == 0
    assert bind_terms("chuyển đổi mô hình tăng trưởng;").count("\u00a0") == 3
    assert inside(["kế", "hoạch", "vốn"], ["đầu", "tư", "công", "năm", "2024"]) > 0
    assert inside(["chuyển", "đổi", "mô", "hình"], ["tăng", "trưởng;", "công", "tác"]) > 0


def test_sample_lines_keep_the_terms_whole(sample_decks, soffice, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .test_breaks_h38e import _pdf_lines

    lines = _pdf_lines(sample_decks("coreoz"), tmp_path)
    text = "\n".join(lines)
    for head, tail in (("vốn", "đầu tư công"), ("mô hình", "tăng trưởng")):
        assert f"{head}\n{tail}" not in text, (head, tail)
    assert "mô hình tăng trưởng" in text and "vốn đầu tư công" in text


def test_numbers_panel_on_template_columns_gives_its_bullets_the_room(sample_decks) -> None:  # type: ignore[no-untyped-def]
    """coreoz has "Deux contenus": a big-number panel beside bullets took its right column and
    the bullets its left, each 4.42 in, and the panel's narrower shares (``NUMBERS_SHARES``)
    were shares of the left column alone (1.8 in of bullets: never taken): 25-27 read their
    bullets in items of three lines beside a panel with room to spare. Now the shares are of
    both columns' room: the bullets wider than the panel, still at its left."""
    deck = Presentation(str(sample_decks("coreoz")))
    seen = 0
    for n, slide in enumerate(deck.slides, 1):
        title = slide.shapes.title
        if title is None or "Chưa đạt kế hoạch" not in title.text.replace("\u00a0", " "):
            continue
        body = next(s for s in slide.shapes if s.name == "Body")
        chart = next(s for s in slide.shapes if s.name == "Chart")
        assert body.width > chart.width, (n, body.width, chart.width)
        assert body.left + body.width <= chart.left, n
        seen += 1
    assert seen == 3
