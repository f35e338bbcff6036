"""R18 #9 (issue 14): a title or closing slide on an agency template follows the genre inside
the template's free area. lo-template put everything in its top quarter (the title slide's
subtitle box carried subtitle, agency, presenter and date in one block under a top title; the
closing put "Trân trọng cảm ơn!" and the agency on one line at the top left); do-vang and
xanh-so had no agency on top and no place and date. Now: the agency in capitals at the top
(on the template's band when it draws one there), the title in the middle, "Hưng Yên, tháng 01
năm 2024" at the bottom, each line centred across the free area and clear of the template's
artwork; the closing carries the agency and place/date, its block centred in the area. Read
from the written .pptx with python-pptx; colours judged on what the template draws behind
each box (``theme.template.backdrop``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches

from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.theme.model import contrast_ratio
from deckmaker.theme.template import backdrop, layout_boxes

from .template_corpus import AGENCY, ROOT, theme_for

TEMPLATES = {
    "xanh-so": AGENCY / "xanh-so.potx",
    "do-vang": AGENCY / "do-vang.pptx",
    "lo": ROOT / "tests" / "fixtures" / "template" / "lo-template.pptx",
    # a picture down its right side: the agency's name fits one line only under the minimum
    "automizer": ROOT
    / "tests"
    / "fixtures"
    / "templates-real"
    / "automizer-RootTemplateWithImages.pptx",
}
AGENCY_NAME = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"
OUTLINE = f"""\
deck:
  title: Tuyên truyền kết quả phát triển kinh tế - xã hội năm 2023, nhiệm vụ, giải pháp năm 2024
  subtitle: Hướng dẫn số 25-HD/BTGDUK
  organization: {AGENCY_NAME}
  presenter: Báo cáo viên
  place: Hưng Yên
  date: 2024-01-20
  language: vi
sections:
  - title: Kết quả năm 2023
    slides:
      - title: Tình hình chung
        bullets: [Kinh tế tăng trưởng khá, Văn hóa - xã hội có nhiều chuyển biến]
closing: {{title: Trân trọng cảm ơn!}}
"""
PLACE_DATE = "Hưng Yên, tháng 01 năm 2024"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2060", "").split())


@pytest.fixture(scope="module", params=sorted(TEMPLATES))
def built(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"covers-{request.param}")
    (tmp / "deck").mkdir()
    (tmp / "deck" / "outline.yaml").write_text(OUTLINE, encoding="utf-8")
    where = theme_for(TEMPLATES[request.param], tmp / "themes")
    build_deck(tmp / "deck" / "outline.yaml", tmp / "deck.pptx", theme=str(where), cache=False)
    return request.param, load_theme(str(where)), Presentation(str(tmp / "deck.pptx"))


def _texts(slide) -> dict[str, tuple[str, tuple[int, int, int, int], object]]:
    """Shape name to (text, box, shape) for every shape with text on ``slide``."""
    out = {}
    for sh in slide.shapes:
        if sh.has_text_frame and sh.text_frame.text.strip():
            name = sh.name.split(" ")[0] if sh.is_placeholder else sh.name
            out[name] = (_plain(sh.text_frame.text), (sh.left, sh.top, sh.width, sh.height), sh)
    return out


def _area(theme) -> tuple[int, int, int, int]:
    """The free area, from the template's own boxes (as the layout stage reads them)."""
    cover, content = layout_boxes(theme, "title"), layout_boxes(theme, "content")
    boxes = [cover[k] for k in ("title", "subtitle") if k in cover]
    x0 = max(min(b[0] for b in boxes), content["title"][0])
    x1 = min(max(b[0] + b[2] for b in boxes), content["title"][0] + content["title"][2])
    top = min(cover["title"][1], content["title"][1])
    bottom = max(b[1] + b[3] for b in (*boxes, content["body"]))
    return x0, top, x1 - x0, bottom - top


def _inside(box, area) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return ax - 2 <= x and x + w <= ax + aw + 2 and ay - 2 <= y and y + h <= ay + ah + 2


def _reads(theme, role: str, shape, box) -> None:
    for p in shape.text_frame.paragraphs:
        for r in p.runs:
            if r.text.strip() and r.font.color and r.font.color.type is not None:
                ink = f"#{r.font.color.rgb}"
                for under in backdrop(theme, role, box):
                    assert contrast_ratio(ink, under) >= 4.5, (shape.name, ink, under)


def _centred(shape, box, area) -> None:
    x, _, w, _ = box
    assert abs((x + w / 2) - (area[0] + area[2] / 2)) < 0.02 * area[2], shape.name
    assert all(p.alignment == PP_ALIGN.CENTER for p in shape.text_frame.paragraphs), shape.name


def test_the_cover_has_the_agency_on_top_the_title_in_the_middle_the_place_and_date_below(built):
    name, theme, prs = built
    h = prs.slide_height
    area = _area(theme)
    texts = _texts(prs.slides[0])
    org, title, date = texts["Organization"], texts["Title"], texts["Date"]
    assert org[0] == AGENCY_NAME.upper()
    assert date[0] == PLACE_DATE
    assert texts["Subtitle"][0].startswith("Hướng dẫn số 25")
    assert "Báo cáo viên" in texts["Presenter"][0]
    # nothing else carried in the subtitle box (lo: subtitle, agency, presenter and date)
    assert AGENCY_NAME not in texts["Subtitle"][0] and PLACE_DATE not in texts["Subtitle"][0]
    order = [texts[k] for k in ("Organization", "Title", "Subtitle", "Presenter", "Date")]
    for (_, a, _), (_, b, _) in zip(order, order[1:], strict=False):
        assert a[1] + a[3] <= b[1] + 2, (name, a, b)  # top to bottom, never overlapping
    assert org[1][1] < area[1] + 0.15 * area[3], name  # the agency in the area's top row
    mid = title[1][1] + title[1][3] / 2
    assert area[1] + 0.25 * area[3] < mid < area[1] + 0.65 * area[3], name  # the middle
    assert date[1][1] + date[1][3] > area[1] + 0.85 * area[3], name  # at the area's bottom
    assert date[1][1] + date[1][3] < h * 0.95
    least = theme.text_sizes.body_min * h / Emu(Inches(7.5)) - 0.05  # scaled with the slide
    for k in ("Organization", "Presenter", "Date"):
        sizes = [r.font.size.pt for p in texts[k][2].text_frame.paragraphs for r in p.runs]
        assert sizes and min(sizes) >= least, (name, k, sizes, least)
    for text, box, shape in order:
        assert _inside(box, area), (name, shape.name, box, area)
        _centred(shape, box, area)
        _reads(theme, "title", shape, box)


def test_the_closing_carries_the_agency_and_the_place_and_date_centred_in_the_area(built):
    name, theme, prs = built
    area = _area(theme)
    texts = _texts(prs.slides[-1])
    title, agency, date = texts["Title"], texts["Subtitle"], texts["Date"]
    assert title[0] == "Trân trọng cảm ơn!"
    assert _plain(agency[0]) == AGENCY_NAME and date[0] == PLACE_DATE
    assert title[1][1] + title[1][3] <= agency[1][1] + 2 and agency[1][1] < date[1][1]
    top, bottom = title[1][1], date[1][1] + date[1][3]
    centre = (top + bottom) / 2
    assert abs(centre - (area[1] + area[3] / 2)) < 0.1 * area[3], name  # the block centred
    for _, box, shape in (title, agency, date):
        assert _inside(box, area), (name, shape.name)
        _centred(shape, box, area)
        _reads(theme, "closing", shape, box)
    if "\n" in agency[2].text_frame.text or "\x0b" in agency[2].text_frame.text:
        # an agency's name in two lines breaks before its joined name, never inside it
        first = _plain(agency[2].text_frame.text.replace("\x0b", "\n").split("\n")[0])
        assert first == "Ban Tuyên giáo Đảng ủy Khối", (name, first)


def test_decks_without_a_template_keep_their_own_cover(tmp_path: Path) -> None:
    (tmp_path / "outline.yaml").write_text(OUTLINE, encoding="utf-8")
    built = build_deck(tmp_path / "outline.yaml", tmp_path / "deck.pptx", cache=False)
    names = {e.name for e in built.plans[0].elements}
    assert {"Band", "Organization Rule", "Organization", "Date"} <= names
