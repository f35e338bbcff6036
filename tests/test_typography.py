"""Typography and space, looked at the way a designer looks: the sample deck and the stress
outlines in every built-in theme (and an agency theme), planned and rendered by LibreOffice.

- no rendered line ends with a number whose unit starts the next line, nor inside a unit
  ("tỷ / đồng");
- short content uses its slide: on a one-page bullet or table slide the content fills at least
  half the room between title and footer, or it is already at its largest size and sits in the
  middle of that room;
- consecutive table slides with the same columns keep the same column widths.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from deckmaker.layout.fit import LINE_SPACING, SAFETY
from deckmaker.layout.frame import Fonts, measurer
from deckmaker.layout.model import Anchor, ShapeBox, SlidePlan, TableBox, TextBox
from deckmaker.office import convert
from deckmaker.pipeline import build_deck, load_inputs, plan
from deckmaker.theme.loader import BUILTIN_DIR
from deckmaker.units import EMU_PER_PT

from .conftest import FIXTURES, ROOT, SAMPLE, need_soffice

OUTLINES = {
    **{p.name: p / "outline.yaml" for p in sorted((FIXTURES / "stress").iterdir()) if p.is_dir()},
    "sample": SAMPLE / "outline.yaml",
}
THEMES = [
    *sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file()),
    str(ROOT / "themes" / "so-tttt-hung-yen"),
]
CASES = [(o, t) for o in OUTLINES for t in THEMES]
IDS = [f"{o}-{Path(t).name}" for o, t in CASES]

# what a reader takes for a unit: the test's own list, not the planner's
UNIT_START = re.compile(r"^(tỷ|tỉ|triệu|nghìn|ngàn|vạn|đồng|USD|VND|%|ha|tấn|km2?|m2|MW|kWh)\b")
NUMBER_END = re.compile(r"\d[\d.,]*$")
MAGNITUDE_END = re.compile(r"(tỷ|tỉ|triệu|nghìn|ngàn)$")
CURRENCY_START = re.compile(r"^(đồng|USD|VND|tỷ)\b")


def split_units(lines: list[str]) -> list[str]:
    """Each line break that separates a number from its unit or splits a unit, as 'a / b'."""
    bad = []
    for a, b in zip(lines, lines[1:], strict=False):
        a, b = a.strip(), b.strip()
        if not a or not b:
            continue
        number_then_unit = NUMBER_END.search(a) and UNIT_START.match(b)
        inside_unit = MAGNITUDE_END.search(a) and CURRENCY_START.match(b)
        if number_then_unit or inside_unit:
            bad.append(f"{a[-30:]} / {b[:30]}")
    return bad


def test_split_units_sees_the_splits_the_designer_saw():
    got = split_units(["GRDP đạt 8.171,5 tỷ", "đồng, tăng"])
    assert got == ["GRDP đạt 8.171,5 tỷ / đồng, tăng"]
    assert split_units(["thu 21.671,5", "tỷ đồng"]) == ["thu 21.671,5 / tỷ đồng"]
    assert split_units(["vốn 70.000", "tỷ đồng"])
    assert split_units(["năm 2023 tăng", "6,5% so với"]) == []


def pdf_lines(pdf: Path) -> list[list[list[str]]]:
    """Each page's text blocks (a text box, a table cell), each a list of its lines' text."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True
    ).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in ET.fromstring(out).iterfind(".//h:page", ns):
        pages.append(
            [
                [
                    " ".join(w.text or "" for w in line.iterfind("h:word", ns))
                    for line in block.iterfind("h:line", ns)
                ]
                for block in page.iterfind(".//h:block", ns)
            ]
        )
    return pages


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[tuple[str, str], list[list[list[str]]]]:
    need_soffice()
    out = tmp_path_factory.mktemp("typography")

    def one(case: tuple[str, str]) -> list[list[list[str]]]:
        outline, theme = case
        name = f"{outline}-{Path(theme).name}"
        built = build_deck(OUTLINES[outline], out / f"{name}.pptx", theme)
        return pdf_lines(convert(built.path, "pdf", out / name))

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(CASES, pool.map(one, CASES), strict=True))


@pytest.mark.parametrize(("outline", "theme"), CASES, ids=IDS)
@pytest.mark.render
def test_no_number_is_split_from_its_unit(rendered, outline, theme):
    bad = [
        f"slide {n}: {s}"
        for n, page in enumerate(rendered[outline, theme], 1)
        for block in page
        for s in split_units(block)
    ]
    assert bad == []


# a reader's list, not the planner's: words of two or three syllables a line must not split
COMPOUND_SPLITS = [
    ("xuất nhập", "khẩu"),
    ("xuất", "nhập khẩu"),
    ("kinh", "tế"),
    ("xã", "hội"),
    ("ngân", "sách"),
    ("doanh", "nghiệp"),
    ("đầu", "tư"),
    ("nội", "địa"),
]


def split_compounds(lines: list[str]) -> list[str]:
    """Each line break inside a common Vietnamese word ("xuất nhập / khẩu"), as 'a / b'."""
    bad = []
    for a, b in zip(lines, lines[1:], strict=False):
        a, b = a.strip(), b.strip()
        for end, start in COMPOUND_SPLITS:
            ends = re.search(r"(?<!\w)" + end + r"$", a, re.IGNORECASE)
            if ends and re.match(start + r"(?!\w)", b, re.IGNORECASE):
                bad.append(f"{a[-30:]} / {b[:30]}")
    return bad


# a reader's list of names and phrases of four syllables the designer saw split
NAME_SPLITS = [
    ("Hồ Chí", "Minh"),
    ("Hồ", "Chí Minh"),
    ("tỉnh", "Hưng Yên"),
    ("Hội nghị", "Trung ương"),
    ("an ninh", "chính trị"),
    ("kinh tế -", "xã hội"),
]
_PUNCT = ",.;:!?)”"


def _name_word(w: str) -> bool:
    return w[:1].isupper() and w.isalpha() and not (len(w) > 1 and w.isupper())


def split_names(lines: list[str]) -> list[str]:
    """Each line break inside a name ("Hồ Chí / Minh", "Hưng / Yên": a line ending on a
    capitalised word, not a sentence's first, and the next starting on one), between a unit
    and its name ("tỉnh / Hưng Yên") or inside a phrase of ``NAME_SPLITS``, as 'a / b'."""
    bad = []
    for a, b in zip(lines, lines[1:], strict=False):
        a, b = a.strip(), b.strip()
        aw, bw = a.split(), b.split()
        if not aw or not bw:
            continue
        listed = any(
            re.search(r"(?<!\w)" + re.escape(end) + r"$", a)
            and re.match(re.escape(start) + r"(?!\w)", b)
            for end, start in NAME_SPLITS
        )
        first = len(aw) == 1 or aw[-2][-1:] in ".:;!?"
        inside = _name_word(aw[-1]) and not first and _name_word(bw[0].rstrip(_PUNCT))
        if listed or inside:
            bad.append(f"{a[-30:]} / {b[:30]}")
    return bad


def test_split_names_sees_the_splits_the_designer_saw():
    assert split_names(["phong cách Hồ Chí", "Minh về phát huy"])
    assert split_names(["Doanh nghiệp tỉnh", "Hưng Yên"])
    assert split_names(["nghị quyết Hội nghị", "Trung ương (khóa XIII)"])
    assert split_names(["đảm bảo; an ninh", "chính trị được giữ vững"])
    assert split_names(["hệ thống sông Bắc", "Hưng Hải"])
    assert split_names(["nghị quyết của", "Hội nghị Trung ương"]) == []
    assert split_names(["Báo cáo viên", "Hưng Yên, tháng 01"]) == []


@pytest.mark.parametrize(("outline", "theme"), CASES, ids=IDS)
@pytest.mark.render
def test_no_name_is_split_at_a_line_end(rendered, outline, theme):
    """ "Hồ Chí / Minh", "tỉnh / Hưng Yên", "Hội nghị / Trung ương": a line breaks before or
    after a name, in a bullet, a cell, a title or the closing slide, not inside it."""
    bad = [
        f"slide {n}: {s}"
        for n, page in enumerate(rendered[outline, theme], 1)
        for block in page
        for s in split_names(block)
    ]
    assert bad == []


def test_split_compounds_sees_the_split_the_designer_saw():
    assert split_compounds(["thu từ xuất nhập", "khẩu 3.700 tỷ đồng"])
    assert split_compounds(["phát triển kinh", "tế - xã hội"])
    assert split_compounds(["phát triển kinh tế", "xã hội"]) == []


# -- space, on the planned slides -----------------------------------------------------------------


def _plans(outline: str, theme: str) -> tuple[list[SlidePlan], object, object]:
    inputs = load_inputs(OUTLINES[outline], theme)
    fonts = Fonts.for_theme(inputs.theme)
    return plan(inputs), inputs.theme, measurer(fonts.body)


def _text_extent(box: TextBox, m) -> tuple[float, float]:
    """Top and bottom (pt) of a body text box's measured lines, as its anchor places them."""
    h = 0.0
    for p in box.paras:
        avail = (box.box.w - p.indent) / EMU_PER_PT
        lines = len(m.wrap(p.text, p.size_pt, avail, safety=SAFETY))
        h += p.space_before_pt + lines * m.line_height_pt(p.size_pt, LINE_SPACING)
    top = box.box.y / EMU_PER_PT
    room = box.box.h / EMU_PER_PT
    if box.anchor == Anchor.MIDDLE:
        top += (room - h) / 2
    return top, top + h


def fill(s: SlidePlan, m) -> tuple[float, float] | None:
    """(share of the room between title rule and footer that the content spans, how far the
    content's centre is from the room's as a share of the room) of a bullet or table slide."""
    rule = [e for e in s.elements if isinstance(e, ShapeBox) and e.name == "Title Rule"]
    title = [e for e in s.elements if isinstance(e, TextBox) and e.role == "title"]
    footer = [e for e in s.elements if isinstance(e, TextBox) and e.role in ("footer", "number")]
    head = rule or title
    if not head or not footer:
        return None
    top = max(e.box.bottom for e in head) / EMU_PER_PT
    bottom = min(e.box.y for e in footer) / EMU_PER_PT
    spans = [
        (e.box.y / EMU_PER_PT, e.box.bottom / EMU_PER_PT)
        if isinstance(e, TableBox)
        else _text_extent(e, m)
        for e in s.elements
        if isinstance(e, TableBox) or (isinstance(e, TextBox) and e.name == "Body")
    ]
    if not spans:
        return None
    c_top, c_bottom = min(a for a, _ in spans), max(b for _, b in spans)
    room = bottom - top
    return (c_bottom - c_top) / room, abs((c_top + c_bottom) / 2 - (top + bottom) / 2) / room


def _size(s: SlidePlan) -> float:
    return max(
        e.size_pt if isinstance(e, TableBox) else max(p.size_pt for p in e.paras)
        for e in s.elements
        if isinstance(e, TableBox) or (isinstance(e, TextBox) and e.name == "Body")
    )


@pytest.mark.parametrize(("outline", "theme"), CASES, ids=IDS)
def test_short_content_uses_its_slide(outline, theme):
    plans, th, m = _plans(outline, theme)
    parts = {}
    for s in plans:
        parts[s.source] = parts.get(s.source, 0) + 1
    bad = []
    for n, s in enumerate(plans, 1):
        if s.kind not in ("bullets", "table") or parts[s.source] > 1:
            continue  # continued content fills its pages
        got = fill(s, m)
        if got is None:
            continue
        share, off_centre = got
        ts = th.text_sizes
        largest = _size(s) >= (ts.body_grow if s.kind == "bullets" else ts.body)
        if share < 0.5 and not (largest and off_centre <= 0.06):
            bad.append(f"slide {n} ({s.kind}) uses {share:.0%} at {_size(s):g} pt")
    assert bad == []


def test_a_run_of_tables_keeps_its_columns():
    plans, _, _ = _plans("sample", "default")
    tables = [(n, e) for n, s in enumerate(plans, 1) for e in s.elements if isinstance(e, TableBox)]
    runs: dict[tuple[str, ...], list[tuple[int, TableBox]]] = {}
    for n, t in tables:
        runs.setdefault(t.header, []).append((n, t))
    long_runs = [r for r in runs.values() if len(r) >= 3]
    assert long_runs, "the sample deck has runs of tables with the same columns"
    for run in long_runs:
        assert len({(t.col_widths, t.box.x, t.size_pt) for _, t in run}) == 1, [n for n, _ in run]


def widows(s: SlidePlan, m, bold) -> list[str]:
    """Paragraphs of four words or more whose last measured line holds one word alone, where
    the last two words would fit on a line together."""
    texts: list[tuple[str, float, float, object]] = []  # text, size, width pt, measurer
    for e in s.elements:
        if isinstance(e, TextBox) and e.role in ("body", "subtitle", "quote"):
            mm = bold if e.role == "quote" else m
            for p in e.paras:
                w = (e.box.w - e.inset[0] - e.inset[2] - p.indent) / EMU_PER_PT
                texts += [(line, p.size_pt, w, mm) for line in p.text.split("\n")]
        elif isinstance(e, TableBox):
            for r, row in enumerate((e.header, *e.rows)):
                for text, cw in zip(row, e.col_widths, strict=True):
                    w = (cw - 2 * e.inset) / EMU_PER_PT
                    texts.append((text, e.size_pt, w, bold if r == 0 else m))
    bad = []
    for text, size, w, mm in texts:
        lines = mm.wrap(text, size, w)
        words = text.split()
        if len(words) < 4 or len(lines) < 2 or len(lines[-1].split()) >= 2:
            continue
        if mm.width_pt(" ".join(words[-2:]), size) > w * (1 - SAFETY):
            continue  # the last two words are wider than the column (less the planner's
            # safety margin) together: nothing to do
        if lines[-1].strip() != words[-1]:
            continue  # the end of a long word broken at a hyphen or slash (a URL)
        if re.fullmatch(r"\([^()\s]+\)", lines[-1].strip()):
            continue  # a whole parenthesis, a qualifier: "Tổng thu ngân sách / (ước)" (a KPI
            # label broken between phrases, fit.phrase_lines), not "Tổng thu / ngân sách (ước)"
        bad.append(f"{lines[-2][-25:]} / {lines[-1]}")
    return bad


@pytest.mark.parametrize(("outline", "theme"), CASES, ids=IDS)
def test_no_word_is_left_alone_on_a_last_line(outline, theme):
    plans, th, m = _plans(outline, theme)
    bold = measurer(Fonts.for_theme(th).body_bold)
    quote = measurer(Fonts.for_theme(th).quote or Fonts.for_theme(th).heading)
    bad = [
        f"slide {n}: {w}"
        for n, s in enumerate(plans, 1)
        for w in widows(s, m, quote if s.kind == "quote" else bold)
    ]
    assert bad == []


@pytest.mark.parametrize(("outline", "theme"), CASES, ids=IDS)
def test_no_text_goes_under_the_themes_minimum_unwarned(outline, theme):
    """Body text and tables at least ``body_min``; every other text at least ``small_min``;
    a table set smaller (a row taller than a slide) only with a located warning."""
    from deckmaker.layout.plan import plan_deck

    inputs = load_inputs(OUTLINES[outline], theme)
    ts = inputs.theme.text_sizes
    plans, problems = plan_deck(
        inputs.deck, inputs.theme, inputs.resolver, Fonts.for_theme(inputs.theme)
    )
    warned = {p.path.rsplit(".table", 1)[0] for p in problems if p.severity == "warning"}
    bad = []
    for n, s in enumerate(plans, 1):
        for e in s.elements:
            if isinstance(e, TableBox):
                if e.size_pt < ts.body_min and s.source not in warned:
                    bad.append(f"slide {n}: table at {e.size_pt:g} pt")
            elif isinstance(e, TextBox):
                floor = ts.body_min if e.name == "Body" else ts.small_floor
                for p in e.paras:
                    size = min([p.size_pt] + [r.size_pt for r in p.runs if r.size_pt])
                    if size < floor - 1e-6:
                        bad.append(f"slide {n}: {e.name} at {size:g} pt (minimum {floor:g})")
    assert bad == []
    assert ts.body_min >= 22 or Path(theme).name != "tuong-phan"  # what its docs promise


@pytest.mark.parametrize("theme", THEMES, ids=[Path(t).name for t in THEMES])
def test_a_figures_header_stays_on_one_line(theme):
    """ "Kế hoạch 2024" over a column of figures is not broken in two while the names column
    beside it has room to give (the sample deck's indicator tables)."""
    plans, _, _ = _plans("sample", theme)
    bold = measurer(Fonts.for_theme(load_inputs(OUTLINES["sample"], theme).theme).body_bold)
    bad = []
    for n, s in enumerate(plans, 1):
        for t in (e for e in s.elements if isinstance(e, TableBox)):
            room = [(w - 2 * t.inset) / EMU_PER_PT for w in t.col_widths]
            for c, head in enumerate(t.header):
                if c == 0 or not any(ch.isdigit() for r in t.rows for ch in r[c]):
                    continue  # the number column and names may wrap
                if len(bold.wrap(head, t.size_pt, room[c], safety=SAFETY)) > 1:
                    bad.append(f"slide {n}: {head!r} wraps in {room[c]:.0f} pt")
    assert bad == []


@pytest.mark.parametrize(("outline", "theme"), CASES, ids=IDS)
def test_no_common_word_is_split_in_a_bullet(outline, theme):
    """ "thu từ xuất nhập / khẩu": a bullet's lines, as the planner measured them, never break
    inside a common word. (Titles, subtitles and table cells are not covered yet.)"""
    plans, _, m = _plans(outline, theme)
    bad = []
    for n, s in enumerate(plans, 1):
        if s.kind not in ("bullets", "chart-bullets"):
            continue
        for box in (e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"):
            for p in box.paras:
                avail = (box.box.w - p.indent) / EMU_PER_PT
                lines = m.wrap(p.text, p.size_pt, avail, safety=SAFETY)
                bad += [
                    f"slide {n}: {x}"
                    for x in split_compounds([ln.replace("\xa0", " ") for ln in lines])
                ]
    assert bad == []
