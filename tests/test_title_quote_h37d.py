"""Issues 14 and 15 (h37d): a drafted deck's title slide, the quote's lines, a cut after a
quantifier.

- A title slide with no agency and/or no place and date stays balanced: no accent rule
  floating alone at the top, the band and its subtitle centred in the room they have (the
  drafted Quảng Ngãi deck: a gold rule with nothing above it, the lower 40% empty).
- The draft writes the deck's ``place`` and ``date`` where the document states them (its
  letterhead's date line, a news page's date stamp under its title, a resolution's last words
  "… thông qua ngày …"), each with a ``# review:`` line saying where from; a date the text
  only cites (another resolution's) is never the document's.
- A quote's lines are near-equal: no line shorter than ``breaks.QUOTE_EVEN`` of the longest
  (the sample's slide 5 in tuong-phan and coreoz: "… quyết định / để hoàn thành / nghị quyết
  …").
- Bullets beside a chart never end a line on a quantifier before its noun where a wider
  column or a milder cut sets them (tuong-phan 19: "9 dự án ngoài các / khu công nghiệp").

Checked on the plans the build makes and on the written .pptx (python-pptx)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.draft import draft
from deckmaker.draft.structure import parse
from deckmaker.layout.breaks import QUOTE_EVEN
from deckmaker.layout.fit import SAFETY
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.model import ShapeBox, TextBox
from deckmaker.pipeline import build_deck
from tests.template_corpus import COREOZ, theme_for

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "fixtures" / "draft-eval"
SAMPLE = ROOT / "outlines" / "hung-yen-2024"
THEMES = ("default", "co-do", "tuong-phan")
NBSP, JOINER = "\u00a0", "\u2060"

TITLE = "Kết quả phát triển kinh tế - xã hội năm 2023, nhiệm vụ, giải pháp năm 2024"
ORG = "  organization: Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên\n"
FOOT = "  place: Hưng Yên\n  date: 2024-01-20\n"
REST = """sections:
  - title: Kết quả năm 2023
    slides:
      - title: Tăng trưởng kinh tế
        bullets:
          - Tổng sản phẩm tăng 6,5%
"""


def _outline(folder: Path, org: bool, foot: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"deck:\n  title: {TITLE}\n  subtitle: Tài liệu tuyên truyền\n"
    text += (ORG if org else "") + (FOOT if foot else "") + REST
    (folder / "outline.yaml").write_text(text, encoding="utf-8")
    return folder / "outline.yaml"


def _theme(name: str, tmp_path_factory) -> str:
    if name != "coreoz":
        return name
    return str(theme_for(COREOZ["coreoz"], tmp_path_factory.mktemp("coreoz")))


# -- the title slide ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize(("org", "foot"), [(False, False), (True, False), (False, True)])
def test_a_title_slide_missing_lines_stays_balanced(name, org, foot, tmp_path):
    """No agency: no accent rule (on main a rule stood alone at the top); the band and the
    subtitle centred between what stands above them (the agency's rule, else the top margin)
    and below them (the bottom lines, else the bottom margin): the gaps above and below differ
    by less than a tenth of the slide's height (on main, with no bottom lines, the band kept
    its share and left the lower part empty)."""
    outline = _outline(tmp_path / "in", org, foot)
    built = build_deck(outline, tmp_path / "deck.pptx", theme=name, cache=False)
    els = {e.name: e for e in built.plans[0].elements}
    assert ("Organization Rule" in els) == org, (name, sorted(els))
    band, sub = els["Band"], els["Subtitle"]
    assert isinstance(band, ShapeBox) and isinstance(sub, TextBox)
    h = int(Presentation(str(tmp_path / "deck.pptx")).slide_height)
    above = int(els["Organization Rule"].box.bottom) if org else 0
    below = int(els["Date"].box.y) if foot else h
    gap_above = int(band.box.y) - above
    gap_below = below - int(sub.box.y + sub.box.h)
    assert abs(gap_above - gap_below) < 0.1 * h, (name, org, foot, gap_above, gap_below)


# -- the draft's place and date ----------------------------------------------------------------


def _body(name: str) -> list[str]:
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [ln for ln in lines if ln.strip()]


@pytest.mark.parametrize(
    ("name", "place", "date", "said"),
    [
        # the letterhead's date line
        ("ad-kontum-bc-ktxh-2019", "Kon Tum", "2019-11-26", "place and date taken from"),
        # a news page's date stamp under its title (on main: no date)
        ("aa-chogao-bc-thongke-6thang-2022", "", "2022-07-27", "page's date stamp"),
        ("ab-kontum-bc-thongke-6thang-2019", "", "2019-07-01", "page's date stamp"),
        # a resolution's last words (on main: no date)
        ("qh-86-2019-QH14", "", "2019-11-12", "resolution's last words"),
        ("qh-nq-tangtruong8-2025", "", "2025-02-19", "resolution's last words"),
        # a date the text only cites, or when the portal signed its copy: none of its own
        ("qb-quochoi-nq-ktxh-2026", "", "", ""),
        ("binhphuoc-kh-kttt-2006", "", "", ""),
    ],
)
def test_the_document_gives_the_decks_place_and_date(name, place, date, said):
    """Where the deck's place and date come from, per document of the evaluation set; the
    review remark says where (on main: no date from a page's stamp or a resolution's last
    words, and no remark)."""
    doc = parse(_body(name))
    assert (doc.place, doc.date or doc.cover_date) == (place, date), name
    if "letterhead" not in said and "place and date" not in said:
        # a page's stamp or a resolution's passing dates the cover, never the year reported on
        assert doc.date == "", name
    if said:
        assert any(said in r for r in doc.review), doc.review
    else:
        assert not any("taken from" in r and "date" in r for r in doc.review), doc.review


def test_the_drafted_outline_writes_place_and_date_with_where_from(tmp_path):
    """'Hưng Yên, ngày 20 tháng 01 năm 2024' under the letterhead: the outline's ``place`` and
    ``date`` (YYYY-MM-DD), a review line quoting the line; a page stamp gives the date alone."""
    text = (
        "BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI\nCƠ QUAN - DOANH NGHIỆP TỈNH HƯNG YÊN\n"
        "Số: 25-HD/BTGDUK\nHưng Yên, ngày 20 tháng 01 năm 2024\nHƯỚNG DẪN\n"
        "Tuyên truyền kết quả phát triển kinh tế - xã hội năm 2023\n"
        "I. KẾT QUẢ\n1. Tăng trưởng\nTổng sản phẩm (GRDP) tăng 6,5%, đạt kế hoạch.\n"
    )
    (tmp_path / "hd.txt").write_text(text, encoding="utf-8")
    outline = draft(tmp_path / "hd.txt").outline_yaml
    deck = outline.split("sections:")[0]
    assert "  place: Hưng Yên\n" in deck and "  date: 2024-01-20\n" in deck, deck
    assert "# review: place and date taken from the document's date line: Hưng Yên, ngày 20" in deck
    stamped = (
        "Tình hình kinh tế - xã hội 6 tháng\n\n27/07/2022\n\n1. Nông nghiệp\n\nLúa đạt 4.500 tấn.\n"
    )
    (tmp_path / "tin.txt").write_text(stamped, encoding="utf-8")
    deck = draft(tmp_path / "tin.txt").outline_yaml.split("sections:")[0]
    assert "  date: 2022-07-27\n" in deck and "place:" not in deck, deck
    assert "date taken from the page's date stamp under its title: 27/07/2022" in deck, deck


# -- the quote's lines -------------------------------------------------------------------------

QUOTE_OUTLINE = """deck:
  title: T
  agenda: false
sections:
  - title: S
    slides:
      - quote:
          text: "Năm 2024 - năm có ý nghĩa quyết định để hoàn thành nghị quyết đại hội Đảng bộ \
            các cấp nhiệm kỳ 2020 - 2025"
          author: Hướng dẫn số 25-HD/BTGDUK
"""


@pytest.mark.parametrize("name", [*THEMES, "coreoz"])
def test_a_quotes_lines_are_near_equal(name, tmp_path, tmp_path_factory):
    """The sample's quote (slide 5) as written: its planned lines (the words of each bound by
    U+00A0) all at least ``QUOTE_EVEN`` of the longest, measured in the quote's font (on main
    tuong-phan and coreoz set "để hoàn thành" alone between two long lines)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "outline.yaml").write_text(QUOTE_OUTLINE, encoding="utf-8")
    theme = _theme(name, tmp_path_factory)
    built = build_deck(
        tmp_path / "in" / "outline.yaml", tmp_path / "d.pptx", theme=theme, cache=False
    )
    quotes = [
        e for p in built.plans for e in p.elements if isinstance(e, TextBox) and e.name == "Quote"
    ]
    assert len(quotes) == 1
    q = quotes[0]
    para = q.paras[0]
    m = measurer(resolve_font(q.font))
    lines = m.wrap(para.text, para.size_pt, q.box.w / 12700, SAFETY)
    assert len(lines) > 1
    widths = [m.width_pt(ln.replace(JOINER, "").strip(), para.size_pt) for ln in lines]
    short = [ln for ln, w in zip(lines, widths, strict=True) if w < QUOTE_EVEN * max(widths)]
    assert not short, (name, [ln.replace(NBSP, " ") for ln in lines])
