"""Issue 14, review R14 of the sample deck's slide layout: a run of list slides starts its lists
at one place (46-50 dropped 35 pt at 49), a table with one column of figures keeps it beside
its names (slide 42), and a slide that continues numbers every part, its first included. The
decks are built, read back with python-pptx and rendered by LibreOffice (``pdftotext
-bbox-layout``), on the sample and on outlines deckmaker has not seen."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.pipeline import build_deck
from deckmaker.units import EMU_PER_PT

from .conftest import SAMPLE

BUILTIN = ["default", "co-do", "tuong-phan"]

SECOND = """\
deck:
  title: Nhiệm vụ năm 2025
  organization: Sở Giáo dục và Đào tạo
  date: 2025-01-10
  language: vi
sections:
  - title: Nhiệm vụ
    slides:
      - title: Nhiệm vụ trọng tâm (1)–(5)
        bullets:
          - (1) Rà soát, sắp xếp mạng lưới trường lớp phù hợp với quy hoạch dân cư của từng xã
          - (2) Bảo đảm đủ giáo viên theo định mức, nhất là giáo viên tiếng Anh và tin học
          - (3) Xây dựng trường chuẩn quốc gia gắn với chương trình nông thôn mới nâng cao
          - (4) Đẩy mạnh chuyển đổi số trong quản lý, dạy và học ở tất cả các cấp học
          - (5) Nâng cao chất lượng giáo dục mũi nhọn, thi học sinh giỏi cấp quốc gia
      - title: Nhiệm vụ trọng tâm (6)–(9)
        bullets:
          - (6) Tăng cường kiểm tra việc thu, chi đầu năm học ở các trường
          - (7) Bảo đảm an toàn trường học, phòng chống đuối nước cho học sinh
          - (8) Phát triển giáo dục nghề nghiệp, phân luồng học sinh sau trung học cơ sở
          - (9) Đổi mới công tác thi đua, khen thưởng trong toàn ngành
      - title: Nhiệm vụ trọng tâm (10)–(13)
        bullets:
          - (10) Củng cố cơ sở vật chất các trường vùng khó khăn, nhất là điểm trường lẻ
          - (11) Đẩy mạnh xã hội hóa giáo dục, huy động nguồn lực cho trường học
          - (12) Nâng cao năng lực đội ngũ cán bộ quản lý giáo dục các cấp
          - (13) Làm tốt công tác truyền thông về đổi mới giáo dục
"""


def _pdf(deck: Path, out: Path) -> Path:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{out}/lo", "--headless", "--convert-to",
         "pdf", "--outdir", str(out), str(deck)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out / (deck.stem + ".pdf")


def _lines(pdf: Path, page: int) -> list[tuple[float, str]]:
    """(y top in pt, text) of each line LibreOffice set on ``page``."""
    xml = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(pdf), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    ns = "{http://www.w3.org/1999/xhtml}"
    return [
        (float(ln.get("yMin", 0)), " ".join(w.text or "" for w in ln.iter(f"{ns}word")))
        for ln in ET.fromstring(xml).iter(f"{ns}line")
    ]


def _title(slide) -> str:
    t = slide.shapes.title
    if t is None:
        return ""
    return " ".join(t.text.replace("\u00a0", " ").replace("\u2060", "").split())


def _body(slide):
    return next(sh for sh in slide.shapes if sh.name == "Body")


def _first_lines(deck: Path, pdf: Path, pages: list[int]) -> tuple[list[int], list[float]]:
    """The body boxes' tops (EMU, python-pptx) and their first lines' tops (pt, rendered)."""
    slides = list(Presentation(str(deck)).slides)
    tops, ys = [], []
    for n in pages:
        body = _body(slides[n - 1])
        assert body.text_frame._txBody.bodyPr.get("anchor") == "t", n
        tops.append(body.top)
        first = " ".join(body.text_frame.paragraphs[0].text.replace("\u00a0", " ").split()[:3])
        y = [y for y, t in _lines(pdf, n) if t.replace("\u00a0", " ").startswith(first)]
        assert y, (n, first)
        ys.append(y[0])
    return tops, ys


def _numbered_run(deck: Path) -> list[int]:
    slides = list(Presentation(str(deck)).slides)
    return [n for n, s in enumerate(slides, 1) if re.search(r"\(\d+\)–\(\d+\)$", _title(s))]


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_run_of_lists_starts_at_one_place(theme, tmp_path, soffice):
    """R14 #6: the numbered run 46-50 started 35 pt lower at 49-50 (default, tuong-phan; 18 pt
    in co-do), each pair of like lists balanced on its own. Consecutive list slides keep one
    position (issue 14): every list of the run starts at one height, in the file and as
    LibreOffice sets it, in the sample and in an outline of three lists of unlike heights."""
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "outline.yaml").write_text(SECOND, "utf-8")
    for outline in (SAMPLE, tmp_path / "second"):
        deck = build_deck(outline, tmp_path / f"{outline.name}-{theme}.pptx", theme=theme).path
        pdf = _pdf(deck, tmp_path)
        pages = _numbered_run(deck)
        assert len(pages) == (5 if outline == SAMPLE else 3), pages
        tops, ys = _first_lines(deck, pdf, pages)
        assert len(set(tops)) == 1, (outline.name, tops)
        assert max(ys) - min(ys) < 1.0, (outline.name, ys)


TABLE = """\
deck:
  title: Kết quả năm 2023
  organization: Sở Văn hóa, Thể thao và Du lịch
  date: 2024-01-12
  language: vi
sections:
  - title: Kết quả
    slides:
      - title: Chỉ tiêu văn hóa năm 2023
        table:
          columns: [Chỉ tiêu, Kết quả]
          rows:
            - [Di tích được xếp hạng, 12]
            - [Lễ hội truyền thống, 35]
            - [Thư viện xã, 104]
            - [Nhà văn hóa thôn, "1.120"]
      - title: Chỉ tiêu thể thao năm 2023
        table:
          columns: [Chỉ tiêu, Kết quả]
          rows:
            - [Giải thể thao cấp tỉnh, 18]
            - [Huy chương quốc gia, 126]
            - [Câu lạc bộ thể thao, 412]
"""


def _name_gap(deck: Path, page: int) -> float:
    """The room (in) between the end of a one-figure-column table's longest name and the start
    of its widest figure, as its cells are set at the widths the file holds."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.measure import TextMeasurer

    slide = list(Presentation(str(deck)).slides)[page - 1]
    table = next(sh for sh in slide.shapes if sh.has_table).table
    cols = [c.width for c in table.columns]
    size = max(
        r.font.size.pt for row in table.rows for p in row.cells[len(cols) - 1].text_frame.paragraphs
        for r in p.runs if r.font.size is not None
    )  # fmt: skip
    font = next(
        r.font.name
        for p in table.rows[1].cells[len(cols) - 2].text_frame.paragraphs
        for r in p.runs
    )
    m = TextMeasurer(resolve_font(font).path)
    body = list(table.rows)[1:]
    name = max(m.width_pt(row.cells[len(cols) - 2].text_frame.text, size) for row in body)
    figure = max(m.width_pt(row.cells[len(cols) - 1].text_frame.text, size) for row in body)
    inset = table.rows[1].cells[len(cols) - 2].margin_left
    return (cols[-2] + cols[-1] - 2 * inset - (name + figure) * EMU_PER_PT) / 914400


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_table_of_one_figures_column_keeps_it_beside_its_names(theme, tmp_path, soffice):
    """R14 (slide 42, every theme): a table of names and one column of figures stretched over
    the body set its figures at the far right, inches from their names. Such a table is as
    wide as its names and figures need, the figures under an inch and a half after the longest
    name, its left edge at the body's; two such tables in a row narrowed as one (one set of
    columns, issue 14). LibreOffice sets each name and its figure on one line. (The sample's
    42 shares its columns with 43, whose names fill the body: it keeps them.)"""
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "outline.yaml").write_text(TABLE, "utf-8")
    deck = build_deck(tmp_path / "second", tmp_path / f"second-{theme}.pptx", theme=theme).path
    slides = list(Presentation(str(deck)).slides)
    pages = [n for n, s in enumerate(slides, 1) if any(sh.has_table for sh in s.shapes)]
    assert len(pages) == 2, pages
    shapes = [next(sh for sh in slides[n - 1].shapes if sh.has_table) for n in pages]
    gaps = [_name_gap(deck, n) for n in pages]  # the run's longest name is on one of them
    assert min(gaps) <= 1.5, gaps
    assert len({(sh.left, tuple(c.width for c in sh.table.columns)) for sh in shapes}) == 1
    body_left = min(sh.left for s in slides for sh in s.shapes if sh.name == "Title")
    assert shapes[0].left <= body_left + 914400 // 4
    pdf = _pdf(deck, tmp_path)
    lines = [t for _, t in _lines(pdf, pages[0])] + [t for _, t in _lines(pdf, pages[1])]
    for cell in ("Di tích được xếp hạng", "Nhà văn hóa thôn", "Huy chương quốc gia", "1.120"):
        assert cell in lines, lines  # each name and figure whole on one line


def _titles(deck: Path) -> list[str]:
    return [_title(s) for s in Presentation(str(deck)).slides]


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_every_part_of_a_slide_that_continues_is_numbered(theme, tmp_path):
    """R14, stress outline cards: part 1 of 2 had no mark while part 2 said "(tiếp 2/2)", and a
    chart continued as "2/3, 3/3" with no "1/3". Every part is numbered: "(1/n)" on the first,
    "(tiếp k/n)" on the others, n the same on each; and a chart whose bullets do not fit
    beside it is shown once, on the first part, not again beside each piece of the list
    (cards 6-8), where that takes no more slides (default 3 parts, tuong-phan 3 for 4;
    co-do keeps the chart beside its bullets on 2). In the cards and bullets stress outlines."""
    stress = Path(__file__).resolve().parent / "fixtures" / "stress"
    seen = 0
    for name in ("cards", "bullets"):
        deck = build_deck(stress / name, tmp_path / f"{name}-{theme}.pptx", theme=theme).path
        titles = _titles(deck)
        slides = list(Presentation(str(deck)).slides)
        for k, t in enumerate(titles):
            m = re.search(r" \(tiếp (\d+)/(\d+)\)$", t)
            if not m or m.group(1) != "2":
                continue
            seen += 1
            n = int(m.group(2))
            base = t[: m.start()]
            assert titles[k - 1] == f"{base} (1/{n})", (titles[k - 1], t)
            for j in range(2, n + 1):
                assert titles[k + j - 2] == f"{base} (tiếp {j}/{n})", titles[k - 1 : k + n]
            charts = [
                i
                for i in range(k - 1, k - 1 + n)
                if any(sh.name == "Chart" for sh in slides[i].shapes)
            ]
            assert len(charts) <= 1, (base, charts)
        assert not [
            t
            for t in titles
            if re.search(r"\(\d+/\d+\)$", t) and "(1/" not in t and "tiếp" not in t
        ]
    assert seen >= 3
