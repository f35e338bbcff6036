"""Tables that fill their slide and never split a figure from what it counts (issue 14).

The sample deck's run of table slides (35–42) sat at the top of their slides with a quarter to a
third of the body empty below, and broke "2,45 vạn / lao động" and "118,2 bé / trai/100 bé gái".
Checked on the planned geometry and lines (the measurer breaks lines as LibreOffice does), in the
written deck (python-pptx) and in LibreOffice's rendering (the words of its PDF, by cell).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from deckmaker.layout.context import PlanContext
from deckmaker.layout.frame import TITLE_FEWER, Fonts, build_frame, measurer
from deckmaker.layout.kinds.table import (
    CELL_SAFETY,
    below,
    clear_of_footer,
    run_titles,
    run_top,
)
from deckmaker.layout.model import SlidePlan, TableBox
from deckmaker.layout.nobreak import NBSP, bind_compounds, bind_counted, bind_units
from deckmaker.layout.page import body_boxes
from deckmaker.pipeline import load_inputs, plan
from deckmaker.units import EMU_PER_PT

from .conftest import FIXTURES, ROOT, SAMPLE

ZWSP = "\u200b"  # where a cell may break with nothing shown (after a ratio's "/")
THEMES = ["default", "co-do", "tuong-phan", str(ROOT / "themes" / "mau-co-quan")]
THEME_IDS = [Path(t).name for t in THEMES]

# a reader's rule, not the planner's: a number (not a percentage, whose unit is its "%") or a
# magnitude, followed on its line by at most two more words and no punctuation, then a line
# that starts with a word: what the number counts was cut from it
_NUMBER = re.compile(r"^[(\[]?[-+−]?\d[\d.,]*$")
_MAGNITUDES = {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"}
_SAYS = {"một", "hai", "ba", "bốn", "năm", "mười", "trăm"}  # a number in words ("một vạn dân")


def cut_figures(lines: list[str]) -> list[str]:
    """Each line break that cuts a figure from what it counts, as 'a / b'."""
    bad = []
    for a, b in zip(lines, lines[1:], strict=False):
        left = a.replace(NBSP, " ").replace(ZWSP, "").split()
        right = b.replace(NBSP, " ").replace(ZWSP, "").split()
        if not left or not right or not right[0][:1].isalpha():
            continue
        at = [
            i
            for i, w in enumerate(left)
            if _NUMBER.match(w)
            or (
                w.lower() in _MAGNITUDES
                and i
                and (_NUMBER.match(left[i - 1]) or left[i - 1] in _SAYS)
            )
        ]
        if not at:
            continue
        tail = left[at[-1] :]
        if len(tail) <= 3 and not any(w[-1] in ",.;:/" for w in tail):
            bad.append(f"{' '.join(left[-3:])} / {' '.join(right[:2])}")
    return bad


def test_cut_figures_sees_the_cuts_the_designer_saw():
    assert cut_figures(["2,45 vạn", "lao động"]) == ["2,45 vạn / lao động"]
    assert cut_figures(["118,2 bé", "trai/100 bé gái"]) == ["118,2 bé / trai/100 bé"]
    assert cut_figures(["Trên một vạn", "dân: bác sĩ"]) == ["Trên một vạn / dân: bác"]
    assert cut_figures(["9,3 bác sĩ;", "31 giường bệnh"]) == []  # after a group's end
    assert cut_figures(["118,2 bé trai/", "100 bé gái"]) == []
    assert cut_figures(["đạt 100%", "kế hoạch"]) == []
    assert cut_figures(["tăng tỷ", "lệ bao phủ"]) == []  # "tỷ lệ", a ratio, not a magnitude


@pytest.mark.parametrize(
    ("text", "clause", "groups"),
    [
        ("2,45 vạn lao động", True, ["2,45 vạn lao động"]),
        ("9,3 bác sĩ; 31 giường bệnh", True, ["9,3 bác sĩ;", "31 giường bệnh"]),
        ("118,2 bé trai/100 bé gái", True, ["118,2 bé trai/", "100 bé gái"]),
        ("126 huy chương", True, ["126 huy chương"]),
        # a leaning word with the word after it ("trên 8%", nobreak.bind_proclitics)
        ("7,5–8%, phấn đấu trên 8%", True, ["7,5–8%,", "phấn đấu", "trên 8%"]),
        ("ít nhất 1 huyện", True, ["ít nhất", "1 huyện"]),  # "ít nhất": one word of the lexicon
        ("33.100 tỷ đồng", True, ["33.100 tỷ đồng"]),
        ("Trên một vạn dân: bác sĩ; giường bệnh", False, ["Trên một vạn dân:", "bác sĩ;"]),
        ("Tạo 2,4 vạn lao động mới trong năm", False, ["Tạo", "2,4 vạn lao động", "mới"]),
        # a verb of measure with its number (nobreak.bind_measure_verbs)
        ("tăng 10,05% so với năm trước", False, ["tăng 10,05%", "so với năm trước"]),
    ],
)
def test_a_figure_is_one_group_a_line_breaks_between(text, clause, groups):
    """The general rule, not a list of words: a number, its magnitudes and the word it counts
    (in a cell of figures, all it counts up to its clause's end) are one unbreakable group."""
    bound = bind_counted(bind_compounds(bind_units(text)), clause)
    pieces = [p.replace(NBSP, " ").replace("\u2060", "") for p in re.split(f"[ {ZWSP}]", bound)]
    assert pieces[: len(groups)] == groups


_PLANS: dict[str, tuple[list[SlidePlan], object, object]] = {}


def _planned(theme: str, outline: Path = SAMPLE / "outline.yaml"):
    key = f"{outline}|{theme}"
    if key not in _PLANS:
        inputs = load_inputs(outline, theme)
        fonts = Fonts.for_theme(inputs.theme)
        ctx = PlanContext.for_deck(inputs.deck, inputs.resolver)
        _PLANS[key] = (plan(inputs), build_frame(inputs.theme, fonts), ctx, fonts)
    return _PLANS[key]


def _tables(plans: list[SlidePlan], frame, ctx):
    """(slide number, table, body box) of each one-page table slide (the body a table takes,
    ``clear_of_footer``; under its own title, fitted as a run of tables fits it,
    ``run_titles``, and no higher than the run's tallest title lets it, ``run_top``)."""
    parts: dict[str, int] = {}
    for s in plans:
        parts[s.source] = parts.get(s.source, 0) + 1
    for n, s in enumerate(plans, 1):
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            if parts[s.source] == 1:
                run = ctx.table_runs.get(s.source, ())
                f = frame
                if len(run) > 1:
                    f = run_titles(ctx.kind_runs.get(s.source, run), frame, ctx)
                # under the run's tallest title (R13, ``table.run_top``)
                kinds = ctx.kind_runs.get(s.source, run)
                top = run_top(kinds, f, ctx) if len(kinds) > 1 else 0
                yield n, t, below(clear_of_footer(body_boxes(s.title, f, ctx)[1], f), top)


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_a_run_of_tables_fills_the_body_balanced_with_the_same_columns(theme):
    """Every table slide of the sample's runs uses at least 90% of its body's height, sits in
    its middle, and a run's tables keep their columns and end at the same distance from the
    body's bottom (no ragged bottom from slide to slide)."""
    plans, frame, ctx, _ = _planned(theme)
    found = list(_tables(plans, frame, ctx))
    assert len(found) == 8
    bad, runs = [], {}
    for n, t, body in found:
        used = t.box.h / body.h
        above, below = (t.box.y - body.y) / body.h, (body.bottom - t.box.bottom) / body.h
        if used < 0.9 or abs(above - below) > 0.02:
            bad.append(f"slide {n}: uses {used:.0%}, {above:.0%} above, {below:.0%} below")
        assert t.box.bottom <= body.bottom and t.box.y >= body.y
        assert sum(t.row_heights) == t.box.h
        runs.setdefault(t.header, []).append((n, t, below))
    assert bad == []
    # the whole run of table slides ends at one right edge, whatever its columns
    assert len({t.box.right for _, t, _ in found}) == 1, [t.box.right / 914400 for _, t, _ in found]
    for run in runs.values():
        # one size, one set of columns (R20: 42 narrowed to its names ended left of 43)
        assert len({(t.col_widths, t.box.x, t.size_pt) for _, t, _ in run}) == 1
        assert max(b for *_, b in run) - min(b for *_, b in run) <= 0.02


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_the_sample_table_run_sets_its_titles_at_the_decks_size(theme):
    """The sample's table run (slides 36-43): every title at one size, at most the deck's one
    step (``TITLE_FEWER``) under the theme's; a title too long for a line wraps (R12: set on
    one line at 35 pt, 0.875 of 40, the whole run read as a jump in the deck's title size);
    the tables under one-line titles at one height."""
    plans, frame, ctx, _ = _planned(theme)
    found = list(_tables(plans, frame, ctx))
    heads = [next(e for e in plans[n - 1].elements if e.name == "Title") for n, _, _ in found]
    assert len(found) == 8
    assert [n for n, _, _ in found] == list(range(36, 44))
    lines = [h.paras[0].text.count("\v") + h.paras[0].text.count("\n") + 1 for h in heads]
    assert len({h.paras[0].size_pt for h in heads}) == 1
    assert heads[0].paras[0].size_pt >= frame.header.size_max * TITLE_FEWER
    assert len({t.box.y for (_, t, _), n in zip(found, lines, strict=True) if n == 1}) == 1


def _lone(tmp_path: Path) -> Path:
    (tmp_path / "outline.yaml").write_text(
        """\
deck: {title: Báo cáo năm 2023, date: 2024-01-20}
sections:
  - title: Kết quả
    slides:
      - title: Một số chỉ tiêu chủ yếu
        table:
          columns: [Chỉ tiêu, Năm 2023]
          rows:
            - [Tăng trưởng GRDP, "10,05%"]
            - [Thu ngân sách, 33.100 tỷ đồng]
            - [Tạo việc làm mới, "2,4 vạn lao động"]
            - [Tổng số dự án, 87 dự án]
""",
        "utf-8",
    )
    return tmp_path / "outline.yaml"


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_a_lone_short_table_grows_into_its_slide(tmp_path, theme):
    """A four-row table alone on its slide (47% of the body before) grows, text to the theme's
    ``body_max`` while its names stay on one line, rows into the free height, and sits in the
    middle of the body."""
    plans, frame, ctx, _ = _planned(theme, _lone(tmp_path))
    ((_, t, body),) = _tables(plans, frame, ctx)
    assert t.box.h / body.h >= 0.75
    assert abs((t.box.y - body.y) - (body.bottom - t.box.bottom)) <= 2 * EMU_PER_PT
    assert t.size_pt > frame.table.size_max
    assert t.size_pt <= frame.table.size_grow


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
@pytest.mark.parametrize("outline", ["sample", "tables"])
def test_no_cell_cuts_a_figure_from_what_it_counts(outline, theme):
    """Planned lines of every table cell, as the measurer (which LibreOffice agrees with) breaks
    them: no figure cut from its unit or what it counts; no short word alone on a last line."""
    folder = SAMPLE if outline == "sample" else FIXTURES / "stress" / outline
    plans, _, _, fonts = _planned(theme, folder / "outline.yaml")
    body, bold = measurer(fonts.body), measurer(fonts.body_bold)
    bad = []
    for n, s in enumerate(plans, 1):
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            pad = 2 * t.inset / EMU_PER_PT
            for r, row in enumerate((t.header, *t.rows)):
                m = bold if r == 0 or r - 1 in t.highlight else body
                for text, w in zip(row, t.col_widths, strict=True):
                    lines = m.wrap(text, t.size_pt, w / EMU_PER_PT - pad, CELL_SAFETY)
                    bad += [f"slide {n}: {c}" for c in cut_figures(lines)]
                    last = lines[-1].replace(NBSP, " ").split() if len(lines) > 1 else []
                    two = " ".join(text.replace(NBSP, " ").split()[-2:])
                    if m.width_pt(two, t.size_pt) > (w / EMU_PER_PT - pad) * (1 - CELL_SAFETY):
                        continue  # the last two words do not fit the column together
                    if len(last) == 1 and len(last[0]) <= 6 and len(text.split()) >= 4:
                        bad.append(f"slide {n}: '{last[0]}' alone on the last line of {text!r}")
    assert bad == []


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
def test_a_column_is_as_wide_as_its_longest_word(theme):
    """The tables stress outline's "Cơ quan chủ trì" column was narrower than its words
    ("Sở Tài nguyê / n và / Môi trườn / g", "Truyền th / ông"): the column minimums took
    "Nghiêng-nghiêng-…" and a web address whole, though a line breaks after their hyphens and
    slashes, so the minimums overran the table and every column was scaled below its own.
    Every piece the measurer never breaks fits its column."""
    from deckmaker.layout.measure import segments

    plans, _, _, fonts = _planned(theme, FIXTURES / "stress" / "tables" / "outline.yaml")
    body, bold = measurer(fonts.body), measurer(fonts.body_bold)
    bad = []
    for n, s in enumerate(plans, 1):
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            pad = 2 * t.inset / EMU_PER_PT
            for r, row in enumerate((t.header, *t.rows)):
                m = bold if r == 0 or r - 1 in t.highlight else body
                for text, w in zip(row, t.col_widths, strict=True):
                    room = (w / EMU_PER_PT - pad) * (1 - CELL_SAFETY)
                    bad += [
                        f"slide {n}: {g.word!r} in {w / EMU_PER_PT:.0f} pt"
                        for g in segments(text)
                        if m.width_pt(g.word, t.size_pt) > room
                    ]
    assert bad == []


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, list[SlidePlan], object, object]:
    """The sample deck in the default theme, written (no deck cache), with its plan."""
    from deckmaker.pipeline import build_deck

    out = tmp_path_factory.mktemp("table-space") / "sample.pptx"
    build_deck(SAMPLE / "outline.yaml", out, "default", cache=False)
    plans, frame, ctx, _ = _planned("default")
    return out, plans, frame, ctx


def test_the_written_tables_fill_their_slides(written):
    """python-pptx reads the written tables: the frame is as tall as its rows, which fill at
    least 90% of the body between title and footer; cells keep their margins and text centred;
    a ratio's unit, in its label, is kept whole where it fits its line (h36e: coreoz 39 broke
    it "(bé trai/" then "100 bé gái)", inside the bracket)."""
    from pptx import Presentation
    from pptx.enum.text import MSO_ANCHOR

    path, plans, frame, ctx = written
    prs = Presentation(str(path))
    bodies = {n: body for n, _, body in _tables(plans, frame, ctx)}
    assert len(bodies) == 8
    texts = []
    for n, body in bodies.items():
        (shape,) = [sh for sh in prs.slides[n - 1].shapes if sh.has_table]
        rows = list(shape.table.rows)
        assert shape.height == sum(r.height for r in rows)
        assert shape.top >= body.y and shape.top + shape.height <= body.bottom
        assert shape.height / body.h >= 0.9, f"slide {n}"
        for r in rows:
            for cell in r.cells:
                assert cell.vertical_anchor == MSO_ANCHOR.MIDDLE
                assert cell.margin_top == cell.margin_bottom > 0
                texts.append(cell.text_frame.text)
    # a ratio's unit in its label, the figure alone (``split_row``); the bracket whole, its break
    # after the slash taken out where it fits a line (``table._whole_brackets``)
    assert f"(bé{NBSP}trai/100{NBSP}bé{NBSP}gái)" in " ".join(texts)
    assert "118,2" in texts
    assert f"2,45{NBSP}vạn{NBSP}lao{NBSP}động" in texts


def _cells(pdf: Path, page: int, shape) -> dict[tuple[int, int], list[str]]:
    """The lines of each cell of ``shape``'s table, as LibreOffice set them on ``page`` of its
    PDF (words placed in cells by the table's column and row edges); words under the table's
    last row (a row LibreOffice made taller than planned) go to the row ``-1``."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
    ).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    xs, ys = [shape.left / EMU_PER_PT], [shape.top / EMU_PER_PT]
    for col in shape.table.columns:
        xs.append(xs[-1] + col.width / EMU_PER_PT)
    for row in shape.table.rows:
        ys.append(ys[-1] + row.height / EMU_PER_PT)
    words: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for w in ET.fromstring(out).iterfind(".//h:word", ns):
        x0, y0, x1, y1 = (float(w.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax"))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not xs[0] <= cx <= xs[-1] or not ys[0] <= cy <= ys[-1] + 12:
            continue  # the title, the footer
        c = max(i for i in range(len(xs) - 1) if xs[i] <= cx)
        r = max(i for i in range(len(ys) - 1) if ys[i] <= cy) if cy <= ys[-1] else -1
        words.setdefault((r, c), []).append((y0, x0, w.text or ""))
    cells = {}
    for key, ws in words.items():
        lines: list[tuple[float, list[str]]] = []
        for y, _, text in sorted(ws):
            if lines and abs(lines[-1][0] - y) <= 3:
                lines[-1][1].append(text)
            else:
                lines.append((y, [text]))
        cells[key] = [" ".join(t) for _, t in lines]
    return cells


@pytest.mark.render
def test_libreoffice_sets_the_tables_as_planned(written, tmp_path):
    """LibreOffice's rendering of the sample's table slides: no figure cut from what it counts
    ("2,45 vạn / lao động", "118,2 bé / trai"), no short word alone on a cell's last line,
    every word inside its planned row (no row grew), and the tables fill their bodies."""
    from pptx import Presentation

    from deckmaker.office import convert

    path, plans, frame, ctx = written
    pdf = convert(path, "pdf", tmp_path)
    prs = Presentation(str(path))
    bad, seen = [], 0
    for n, _, body in _tables(plans, frame, ctx):
        (shape,) = [sh for sh in prs.slides[n - 1].shapes if sh.has_table]
        cells = _cells(pdf, n, shape)
        seen += len(cells)
        bad += [f"slide {n}: under the table: {cells[k]}" for k in cells if k[0] == -1]
        for lines in cells.values():
            bad += [f"slide {n}: {c}" for c in cut_figures(lines)]
            if len(lines) > 1 and len(lines[-1].split()) == 1 and len(lines[-1]) <= 6:
                bad.append(f"slide {n}: '{lines[-1]}' alone on a last line: {lines}")
        if shape.height / body.h < 0.9:
            bad.append(f"slide {n}: the table uses {shape.height / body.h:.0%} of the body")
    assert seen > 150 and bad == []


WATER = "cấp nước sạch tập trung"


def test_a_row_is_as_tall_as_libreoffice_sets_it():
    """Slide 40's row "Dân số đô thị được cấp nước sạch tập trung" stood a line taller than
    its neighbours: its text filled 99,9% of the cell, which LibreOffice sets on one line (the
    measurer agrees to the pixel), but the planner counted lines against a 3% narrower cell.
    Every cell of the sample whose text fills 97-100% of its room is planned on one line, its
    row as tall as a one-line row: in tuong-phan, that row (in default the run is set a point
    smaller since h37e, for the gap between two columns of figures, and no cell fills 97%)."""

    full = []
    for theme in ("default", "tuong-phan"):
        plans, _, _, fonts = _planned(theme)
        body = measurer(fonts.body)
        for s in plans:
            for t in (e for e in s.elements if isinstance(e, TableBox)):
                for r, row in enumerate(t.rows):
                    for c, text in enumerate(row):
                        room = t.col_widths[c] / EMU_PER_PT - 2 * t.inset / EMU_PER_PT
                        if text and room * 0.97 < body.width_pt(text, t.size_pt) <= room:
                            full.append(text)
                            assert body.wrap(text, t.size_pt, room, CELL_SAFETY) == [text]
                            # as tall as the table's other one-line rows, the rows grown alike
                            assert t.row_heights[r + 1] == min(t.row_heights[1:]), text
    assert any(WATER in t.replace(NBSP, " ") for t in full), full


def _load_tool(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.render
@pytest.mark.parametrize(
    ("outline", "theme"), [("sample", "default"), ("tables", "co-do"), ("tables", "tuong-phan")]
)
def test_every_cell_has_the_lines_libreoffice_sets(outline, theme, tmp_path):
    """The planner's line count of every cell of every table equals LibreOffice's (its PDF's
    words by cell): 12 cells of the sample and the tables stress outline were planned a line
    more than LibreOffice set, leaving rows of uneven padding (slide 40)."""
    tool = _load_tool("table_lines")
    folder = SAMPLE if outline == "sample" else FIXTURES / "stress" / outline
    seen, bad = tool.compare(folder, theme, tmp_path, verbose=True)
    assert seen > 100 and bad == 0


@pytest.mark.parametrize("theme", THEMES, ids=THEME_IDS)
@pytest.mark.parametrize("outline", ["sample", "tables"])
def test_no_cell_takes_three_lines_while_other_columns_have_room(outline, theme):
    """The sample's slide 35 set its plan "7,5–8%, phấn đấu trên 8%" on three lines while
    the "Năm 2023" column beside it had room to spare: a cell of three lines or more is widened
    from what the other columns do not use in any table of its run (no cell of theirs taking
    another line), the run's tables keeping the same columns."""
    from deckmaker.layout.kinds.table import GIVE_MARGIN

    folder = SAMPLE if outline == "sample" else FIXTURES / "stress" / outline
    plans, _, _, fonts = _planned(theme, folder / "outline.yaml")
    body, bold = measurer(fonts.body), measurer(fonts.body_bold)
    runs: dict[tuple, list] = {}  # tables with the same columns: one run
    for s in plans:
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            key = (t.header, t.col_widths, t.size_pt, t.inset)
            runs.setdefault(key, []).append((t.header, bold))
            runs[key] += [(r, bold if i in t.highlight else body) for i, r in enumerate(t.rows)]
    bad = []
    for (header, col_widths, size, inset), rows in runs.items():
        pad = 2 * inset / EMU_PER_PT

        def lines(c: int, w: float, rows=rows, size=size, pad=pad) -> list[int]:
            return [len(m.wrap(r[c], size, w - pad, CELL_SAFETY)) for r, m in rows]

        widths = [w / EMU_PER_PT for w in col_widths]
        for c, w in enumerate(widths):
            if max(lines(c, w)) < 3:
                continue
            spare = sum(
                max(0.0, x - GIVE_MARGIN - _narrowest(lines, d, lines(d, x), pad, x))
                for d, x in enumerate(widths)
                if d != c
            )
            if max(lines(c, w + spare)) < max(lines(c, w)):
                bad.append(f"{header}: column {c} {lines(c, w)} with {spare:.1f} pt spare")
    assert bad == []
    if outline == "sample":
        t, text = next(
            (t, c)
            for s in plans
            for t in s.elements
            if isinstance(t, TableBox)
            for r in t.rows
            for c in r
            if c.replace(NBSP, " ").endswith("phấn đấu trên 8%")
        )
        room = t.col_widths[-1] / EMU_PER_PT - 2 * t.inset / EMU_PER_PT
        assert len(bold.wrap(text, t.size_pt, room, CELL_SAFETY)) <= 2


def _narrowest(lines, c: int, most: list[int], lo: float, hi: float) -> float:
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        if any(a > b for a, b in zip(lines(c, mid), most, strict=True)):
            lo = mid
        else:
            hi = mid
    return hi
