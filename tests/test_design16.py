"""Issue 14, reviews R8 and R13 of tuong-phan slide 15: six KPI cards in three equal columns
broke their labels at the theme's 22-pt minimum ("GRDP / bình quân đầu người", "Tổng thu /
ngân sách (ước)", "Tổng mức bán lẻ / hàng hóa / và doanh thu dịch vụ" down to the card's
foot). A card grid's columns share out the body by what their labels need, when that sets
the labels in fewer lines; cards whose labels are alike keep equal columns. The decks are
built, read back with python-pptx and rendered by LibreOffice."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.layout.fit import SAFETY
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.measure import TextMeasurer
from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.units import EMU_PER_PT

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
STRESS = ROOT / "tests" / "fixtures" / "stress" / "cards"
BUILTIN = ["default", "co-do", "tuong-phan"]
HIGHLIGHTS = "Hưng Yên năm 2023: những con số nổi bật"

SECOND = """\
deck:
  title: Tỉnh Bắc Ninh năm 2023
  organization: Ủy ban nhân dân tỉnh Bắc Ninh
  date: 2024-01-15
  language: vi
sections:
  - title: Kết quả năm 2023
    slides:
      - title: Những con số nổi bật
        kpis:
          - {value: 1.49, unit: triệu người, label: "Dân số trung bình"}
          - {value: 7.2, unit: "%", label: "Tổng sản phẩm bình quân đầu người"}
          - {value: 96, unit: "%", label: "Tỷ lệ hộ dân dùng nước sạch"}
          - {value: 51.2, unit: tỷ USD, label: "Kim ngạch xuất khẩu hàng hóa và dịch vụ"}
          - {value: 1820, unit: doanh nghiệp, label: "Doanh nghiệp thành lập mới"}
          - {value: 12, unit: xã, label: "Xã nông thôn mới"}
      - title: Doanh nghiệp và dân cư
        kpis:
          - {value: 1.49, unit: triệu người, label: "Dân số"}
          - {value: 1820, unit: doanh nghiệp, label: "Doanh nghiệp mới"}
          - {value: 12, unit: xã, label: "Xã nông thôn mới"}
"""


def _built(outline: Path, theme: str, out: Path) -> tuple[Path, Path]:
    """The deck and its PDF, rendered by LibreOffice."""
    deck = build_deck(outline, out / f"{outline.parent.name}-{theme}.pptx", theme=theme).path
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{out}/lo", "--headless", "--convert-to",
         "pdf", "--outdir", str(out), str(deck)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return deck, deck.with_suffix(".pdf")


def _cards(slide) -> list[tuple[object, object]]:
    """(card, label) shapes of a slide, card by card."""
    named = {sh.name: sh for sh in slide.shapes}
    out, i = [], 1
    while f"KPI Card {i}" in named:
        out.append((named[f"KPI Card {i}"], named[f"KPI Label {i}"]))
        i += 1
    return out


def _pdf_lines(pdf: Path, page: int) -> list[tuple[float, float, float]]:
    """(x, y centre, x end) in pt of each text line LibreOffice set on ``page``."""
    xml = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(pdf), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    ns = "{http://www.w3.org/1999/xhtml}"
    root = ET.fromstring(xml)
    return [
        (float(ln.get("xMin", 0)), (float(ln.get("yMin", 0)) + float(ln.get("yMax", 0))) / 2,
         float(ln.get("xMax", 0)))
        for ln in root.iter(f"{ns}line")
    ]  # fmt: skip


def _label_lines(pdf: Path, page: int, labels: list) -> list[int]:
    """The lines each label box holds in the rendered page."""
    lines = _pdf_lines(pdf, page)
    out = []
    for lb in labels:
        x0, y0 = lb.left / EMU_PER_PT, lb.top / EMU_PER_PT
        x1, y1 = x0 + lb.width / EMU_PER_PT, y0 + lb.height / EMU_PER_PT
        out.append(sum(1 for x, y, _ in lines if x0 - 2 <= x <= x1 and y0 <= y <= y1))
    return out


def _kpi_pages(deck: Path, title: str) -> list[tuple[int, object]]:
    return [
        (i, s)
        for i, s in enumerate(Presentation(str(deck)).slides, 1)
        if _cards(s)
        and any(
            sh.has_text_frame and " ".join(sh.text_frame.text.split()) == title for sh in s.shapes
        )
    ]


def _equal_lines(theme: str, labels: list, widths: list[int], size: float) -> list[int]:
    """The lines each label takes in columns of one width (the body shared equally), its
    words free to break where the built label binds them (so never more than equal columns
    set)."""
    m = TextMeasurer(resolve_font(load_theme(theme).fonts.body).path)
    return [
        len(m.wrap(lb.text_frame.text.replace("\u00a0", " "), size, w / EMU_PER_PT, SAFETY))
        for lb, w in zip(labels, widths, strict=True)
    ]


def _columns(cards: list, cols: int) -> list[int]:
    """Each column's card width, checked the same in every row and aligned."""
    widths = [c.width for c, _ in cards[:cols]]
    for k, (card, _) in enumerate(cards):
        top = cards[k % cols][0]
        assert card.width == top.width and card.left == top.left, k
    return widths


def _check_unequal(deck: Path, pdf: Path, theme: str, title: str) -> None:
    ((page, slide),) = _kpi_pages(deck, title)
    cards = _cards(slide)
    assert len(cards) == 6
    widths = _columns(cards, 3)
    assert len(set(widths)) > 1, widths  # the columns share the row by their labels' needs
    share = sum(widths) / 3
    assert all(0.69 * share <= w <= 1.51 * share for w in widths), widths
    labels = [lb for _, lb in cards]
    rendered = _label_lines(pdf, page, labels)
    assert all(n >= 1 for n in rendered), rendered
    # the same labels in three equal columns, at their size, with the cards' padding
    size = labels[0].text_frame.paragraphs[0].runs[0].font.size.pt
    inner = [round(share) - 2 * (lb.left - c.left) for c, lb in cards]
    equal = _equal_lines(theme, labels, inner, size)
    assert max(rendered) <= 2, (rendered, equal)
    assert (max(rendered), sum(rendered)) < (max(equal), sum(equal)), (rendered, equal)


@pytest.mark.usefixtures("soffice")
def test_card_labels_that_need_unequal_room_get_unequal_columns(tmp_path):
    """Tuong-phan 15: equal columns of 277 pt set the labels in 1, 2, 2, 3, 1, 2 lines; the
    columns shared out by their labels set no label in three lines, and fewer lines in all,
    as LibreOffice renders them. A column keeps one width and place in both rows."""
    deck, pdf = _built(SAMPLE / "outline.yaml", "tuong-phan", tmp_path)
    _check_unequal(deck, pdf, "tuong-phan", HIGHLIGHTS)


@pytest.mark.usefixtures("soffice")
def test_a_second_outline_shares_its_columns_by_its_labels(tmp_path):
    """An outline deckmaker had not seen (default theme): six cards whose labels run from "Xã
    nông thôn mới" to "Kim ngạch xuất khẩu hàng hóa và dịch vụ" take unequal columns with
    fewer label lines; three short labels alike keep three equal columns."""
    (tmp_path / "o").mkdir()
    outline = tmp_path / "o" / "outline.yaml"
    outline.write_text(SECOND, encoding="utf-8")
    deck, pdf = _built(outline, "default", tmp_path)
    _check_unequal(deck, pdf, "default", "Những con số nổi bật")
    ((_, slide),) = _kpi_pages(deck, "Doanh nghiệp và dân cư")
    assert len({c.width for c, _ in _cards(slide)}) == 1


@pytest.mark.parametrize("theme", BUILTIN)
def test_cards_whose_labels_are_alike_keep_equal_columns(theme, tmp_path):
    """The stress outline's long-labelled cards (labels all of two or three lines), and the
    default theme's sample highlights (one or two lines alike at its sizes), keep one width;
    unless equal columns would cut a term in a label (h29d: tuong-phan's "Thu ngân sách nhà
    nước trên địa bàn / tỉnh (…)", ``kpis.whole_label``), and then the columns shared out
    keep every term of their labels whole as LibreOffice sets them (``fit.cuts_term``)."""
    from deckmaker.layout.fit import cuts_term

    deck = build_deck(STRESS / "outline.yaml", tmp_path / f"cards-{theme}.pptx", theme=theme).path
    decks = [deck]
    if theme == "default":
        decks.append(build_deck(SAMPLE / "outline.yaml", tmp_path / "s.pptx", theme=theme).path)
    m = TextMeasurer(resolve_font(load_theme(theme).fonts.body).path)
    for d in decks:
        for s in Presentation(str(d)).slides:
            cards = _cards(s)
            if cards and len({c.width for c, _ in cards}) > 1:
                for _, label in cards:
                    size = label.text_frame.paragraphs[0].runs[0].font.size.pt
                    tf = label.text_frame
                    inner = (label.width - tf.margin_left - tf.margin_right) / EMU_PER_PT
                    lines = [ln.strip() for ln in m.wrap(tf.text, size, inner)]
                    assert not cuts_term(lines), (d.name, lines)
