"""Issue 14's "Done when" sweep: the sample deck and the stress outlines in every built-in theme,
the sample deck on every template (ours and the real ones in tests/fixtures/templates-real) and two
drafted decks (``deckmaker draft`` of a guidance document and of a finance plan, then built) in
every built-in theme.

Per deck: numbers split from their units at a line end (in the planned lines of body text and
table cells, and with ``--render`` in LibreOffice's own lines, ``pdftotext -bbox-layout``, each
paired with the line under it in the same text box: ``rendered_line_pairs``), text under the theme's
minimum (slides and charts), one-slide content using under half its body's height (its text's
lines, a table's rows, a chart's box, a statement's filled panel), text under
its contrast (the plans' check), and with ``--render`` the doctor's findings.

    PYTHONPATH=$PWD python tools/design_sweep.py [--render] [--only sample] [--theme default] [-v]

``--only`` takes an outline's name (``sample``, ``bullets``, …, ``draft``) or ``templates`` (the
template decks); ``--theme`` replaces the built-in themes (the template decks keep their own).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "outlines" / "hung-yen-2024"
STRESS = ROOT / "tests" / "fixtures" / "stress"
BUILTIN = ("default", "co-do", "tuong-phan")
TEMPLATES = (
    ROOT / "themes" / "mau-co-quan",
    ROOT / "tests" / "fixtures" / "agency" / "do-vang.pptx",
    ROOT / "tests" / "fixtures" / "agency" / "xanh-so.potx",
    ROOT / "tests" / "fixtures" / "template" / "lo-template.pptx",
    *sorted((ROOT / "tests" / "fixtures" / "templates-real").glob("*.pptx")),
    *sorted((ROOT / "tests" / "fixtures" / "templates-real").glob("*.potx")),
)
"""The template decks: a theme folder with a ``template:`` as it is, a bare template in a theme
folder of its own that names only it (``extends: default``)."""
GUIDANCE = ROOT / "tests" / "fixtures" / "draft-eval" / "ua-dongnai-kh-kinhteso-2030.txt"
"""The document the drafted deck is drafted from."""
FINANCE = ROOT / "tests" / "fixtures" / "draft-eval" / "camau-kh-taichinh-2026.txt"
"""A second drafted deck: a finance plan whose plan-vs-actual chart mixes sizes 700 times
apart and long attainment labels (review R19 #2, camau 25)."""
SHORT_KINDS = ("bullets", "table", "chart-bullets")
"""Slides whose content may be short; a one-slide one should use half its body's height."""
HALF = 0.5


@dataclass
class Report:
    deck: str
    splits: list[str] = field(default_factory=list)
    small: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    contrast: list[str] = field(default_factory=list)
    chart_text: list[str] = field(default_factory=list)
    rendered_splits: list[str] | None = None
    doctor: list[str] | None = None

    def row(self) -> str:
        cells = [len(self.splits), len(self.small), len(self.empty), len(self.contrast)]
        cells.append(len(self.chart_text))
        more = [
            "–" if self.rendered_splits is None else str(len(self.rendered_splits)),
            "–" if self.doctor is None else str(len(self.doctor)),
        ]
        return f"| {self.deck} | " + " | ".join([*map(str, cells), *more]) + " |"


def _unit_split(first: str, second: str) -> bool:
    """A line ending with a number (or a unit's first word) and the next starting with its unit."""
    from deckmaker.layout.nobreak import MAGNITUDES, UNIT_WORDS, _is_number

    a = first.split()
    b = second.split()
    if not a or not b:
        return False
    head = b[0].rstrip(",.;:)")
    return head in UNIT_WORDS and (_is_number(a[-1]) or a[-1] in MAGNITUDES)


def deliberate_breaks(plans: list) -> set[tuple[str, str]]:
    """(number, unit) of every value the planner set with its unit on a line of its own under
    it (a KPI card's "110,4" over "triệu đồng", the unit at half the number's size): a break the
    layout chose, one text with an explicit line break, not a unit split at a line's end."""
    from deckmaker.layout.model import TextBox

    out = set()
    for s in plans:
        for e in s.elements:
            if isinstance(e, TextBox) and e.role == "kpi":
                for p in e.paras:
                    number, _, unit = p.text.replace("\u00a0", " ").partition("\n")
                    if unit:
                        out.add((number.split()[-1], unit.split("\n")[0]))
    return out


def _split_of(a: str, b: str, allowed: set[tuple[str, str]]) -> bool:
    """``_unit_split`` of two lines, unless it is a deliberate break (``deliberate_breaks``)."""
    if not _unit_split(a, b):
        return False
    return not any(a.split()[-1] == n and b.startswith(u) for n, u in allowed)


def _plan_checks(outline: Path, theme: str, report: Report) -> list:
    from deckmaker.charts.kinds.layout import is_caption, visible_texts
    from deckmaker.charts.render import draw
    from deckmaker.doctor.access import check_plans
    from deckmaker.errors import RenderError
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.layout.model import ChartBox, TableBox, TextBox
    from deckmaker.pipeline import load_inputs, plan
    from deckmaker.units import EMU_PER_PT

    inputs = load_inputs(outline / "outline.yaml", theme)
    th = inputs.theme
    plans = plan(inputs)
    sizes = th.text_sizes
    # on a template's slides text is scaled by their height over 7.5 in (a 6.2 in LibreOffice
    # slide's 18 pt minimum is 14.9 pt); a chart is drawn at the theme's sizes, then fitted
    slide_sizes = scaled_minimums(th)
    body = measurer(resolve_font(th.fonts.body))
    for n, s in enumerate(plans, 1):
        for e in s.elements:
            if isinstance(e, TextBox):
                # a KPI card's label and detail are read as its body text (issue 14, R2)
                kpi_text = e.name.startswith(("KPI Label", "KPI Detail"))
                body_like = e.role in ("body", "quote") or kpi_text
                floor = slide_sizes.body_min if body_like else slide_sizes.small_floor
                width = max(e.box.w - e.inset[0] - e.inset[2], 1) / EMU_PER_PT
                for p in e.paras:
                    if p.size_pt < floor - 1e-6:
                        report.small.append(f"slide {n} {e.name}: {p.size_pt:g} pt < {floor:g}")
                    if e.role == "body":
                        lines = body.wrap(p.text, p.size_pt, width - p.indent / EMU_PER_PT)
                        for a, b in zip(lines, lines[1:], strict=False):
                            if _unit_split(a, b):
                                report.splits.append(f"slide {n}: {a[-20:]!r} / {b[:20]!r}")
            elif isinstance(e, TableBox):
                report.splits += _cell_splits(n, e)
            elif isinstance(e, ChartBox) and not e.native:
                try:
                    fig = draw(e.chart)
                except RenderError as exc:  # the build stops there: a finding, not a crash
                    report.chart_text.append(f"slide {n} chart: {exc}")
                    continue
                report.chart_text += chart_text_problems(n, fig)
                for t in visible_texts(fig):
                    # the source line is a caption: its minimum is the theme's small minimum
                    least = sizes.small_floor if is_caption(t) else sizes.chart_min
                    if t.get_fontsize() < least - 1e-6:
                        report.small.append(
                            f"slide {n} chart: {t.get_text()[:30]!r} {t.get_fontsize():g} pt"
                        )
        if s.kind in SHORT_KINDS and s.continued == 0 and (room := _room(s)):
            used = 0.0
            for e in s.elements:
                if isinstance(e, TableBox):
                    used += sum(e.row_heights)
                elif isinstance(e, TextBox) and e.name.startswith("Body") and e.fill:
                    used += e.box.h  # a statement's panel: its text is centred in it
                elif isinstance(e, TextBox) and e.name.startswith("Body"):
                    used += EMU_PER_PT * sum(
                        len(body.wrap(p.text, p.size_pt, (e.box.w - p.indent) / EMU_PER_PT))
                        * p.size_pt * 1.2 * p.line_spacing + p.space_before_pt
                        for p in e.paras
                    )  # fmt: skip
            if any(isinstance(e, ChartBox) for e in s.elements):
                used = room  # a chart fills its box
            if used / room < HALF:
                report.empty.append(f"slide {n} {s.kind}: {used / room:.0%} of the body's height")
    if th.template is None:
        report.contrast = [
            f"slide {f.slide}: {f.message}" for f in check_plans(plans) if "contrast" in f.message
        ]
    else:
        report.contrast = _template_contrast(plans, th)
    return plans


def _template_contrast(plans: list, theme) -> list[str]:  # type: ignore[no-untyped-def]
    """On a template, each text's contrast on what is behind it: what deckmaker draws under it
    (a card, a table's fill), else the template's own background and artwork there
    (``theme.template.backdrop``: a footer on do-vang's red band, a title on its band), each of
    their colours; the plans' check alone sees only the slide's plain background."""
    from deckmaker.doctor.access import _low, _plan_behind, check_plans
    from deckmaker.layout.model import TextBox
    from deckmaker.theme.template import backdrop
    from deckmaker.writer.template import slide_role

    out = []
    for n, plan in enumerate(plans, 1):
        own = {e.name for e in plan.elements if isinstance(e, TextBox)}
        for f in check_plans([plan]):
            if "contrast" in f.message and f.shape not in own:
                out.append(f"slide {n}: {f.message}")  # a table's cells
        for k, e in enumerate(plan.elements):
            if not isinstance(e, TextBox):
                continue
            under = e.fill or _plan_behind(plan, k)
            if under is None:
                continue  # on a picture or a chart
            if e.fill or under != plan.background or _on_panel(plan, k):
                behind: tuple[str, ...] = (under,)  # on deckmaker's own panel (m3dev's white
                # backing under a section title on the template's navy band)
            else:
                b = e.box
                behind = backdrop(theme, slide_role(plan), (b.x, b.y, b.w, b.h))
            hit = next(
                (
                    f"slide {n} {e.name}: {r.text[:30]!r} ({r.color or e.color} on {bg}) "
                    f"has a contrast of {low[0]:.1f}:1, below {low[1]:g}:1"
                    for p in e.paras
                    for r in p.runs
                    if r.text.strip()
                    for bg in behind
                    if (
                        low := _low(
                            r.color or e.color, bg, r.size_pt or p.size_pt, p.bold or r.bold
                        )
                    )
                ),
                None,
            )
            if hit:
                out.append(hit)
    return out


def _on_panel(plan, k: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a filled shape of the plan lies under element ``k``'s centre (``_plan_behind``
    gives its fill, which may be the slide background's colour)."""
    from deckmaker.layout.model import ShapeBox

    box = plan.elements[k].box
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    return any(
        isinstance(el, ShapeBox) and el.fill and el.box.x <= cx <= el.box.right
        and el.box.y <= cy <= el.box.bottom
        for el in plan.elements[:k]
    )  # fmt: skip


def _cell_splits(n: int, table) -> list[str]:  # type: ignore[no-untyped-def]
    """A table's cells broken into lines as the table planner measures them (the header and
    highlighted rows in bold), each number split from its unit."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.units import EMU_PER_PT

    body = measurer(resolve_font(table.font))
    bold = measurer(resolve_font(table.font, bold=True))
    out = []
    for r, row in enumerate((table.header, *table.rows)):
        m = bold if r == 0 or r - 1 in table.highlight else body
        for text, w in zip(row, table.col_widths, strict=True):
            lines = m.wrap(text, table.size_pt, (w - 2 * table.inset) / EMU_PER_PT, safety=SAFETY)
            for a, b in zip(lines, lines[1:], strict=False):
                if _unit_split(a, b):
                    out.append(f"slide {n} {table.name}: {a[-20:]!r} / {b[:20]!r}")
    return out


def scaled_minimums(theme):  # type: ignore[no-untyped-def]
    """The theme's text sizes as its slides use them: on a template's slide of another height
    than 7.5 in, scaled with it (``layout.frame.text_scale``: lo-template's 6.2 in slides set
    body_min 18 at 14.9 pt, small_min 12 at 9.9 pt). A minimum is a size as seen, and a slide
    is seen full screen: 14.9 pt there reads as 18 pt on a 7.5 in slide (docs/themes.md)."""
    from deckmaker.layout.frame import scaled_sizes, text_scale

    return scaled_sizes(theme.text_sizes, text_scale(theme))


def chart_text_problems(n: int, fig) -> list[str]:  # type: ignore[no-untyped-def]
    """R18 #5: the drawn chart's texts (renderer extents of every visible text artist,
    ``charts.kinds.layout.layout_problems``) that overlap another, or leave the figure."""
    from deckmaker.charts.kinds.layout import layout_problems

    return [f"slide {n} chart: {p}" for p in layout_problems(fig)]


def _room(s) -> float:  # type: ignore[no-untyped-def]
    """A content slide's body height: from under its title rule to its footer (EMU)."""
    rule = [e for e in s.elements if getattr(e, "name", "") == "Title Rule"]
    foot = [e for e in s.elements if getattr(e, "name", "") == "Footer"]
    if not rule or not foot:
        return 0.0
    return float(foot[0].box.y - (rule[0].box.y + rule[0].box.h))


_NS = {"h": "http://www.w3.org/1999/xhtml"}
CELL_GAP = 0.38
"""A gap between two words of one pdftotext line wider than this many of the line's heights
parts two text boxes (two table cells side by side); a space is 0.14-0.31 of it, the gap
between two cells (their insets) 0.45 or more."""


@dataclass(frozen=True)
class _Piece:
    """Words of one text box on one rendered line: text, left, top, right, height (pt)."""

    text: str
    x0: float
    y0: float
    x1: float
    h: float


def _pieces(line) -> list[_Piece]:  # type: ignore[no-untyped-def]
    """A pdftotext line cut where its words are further apart than a space: pdftotext joins
    cells side by side into one line ("Tài nguyê Xử lý dứt điểm…")."""
    out: list[list] = []
    for w in line.iterfind("h:word", _NS):
        box = [float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
        if not out or box[0] - out[-1][-1][1][2] > CELL_GAP * (box[3] - box[1]):
            out.append([])
        out[-1].append((w.text or "", box))
    return [
        _Piece(
            " ".join(t for t, _ in ws),
            ws[0][1][0],
            min(b[1] for _, b in ws),
            ws[-1][1][2],
            max(b[3] - b[1] for _, b in ws),
        )
        for ws in out
    ]


def rendered_line_pairs(bbox: bytes) -> list[tuple[int, str, str]]:
    """(page, a line, the line that goes on from it) in ``pdftotext -bbox-layout`` output: the
    next line down in the same block that overlaps it sideways, within 1.6 line heights.

    Not the next line in pdftotext's reading order: that is as often the cell beside or under
    it ("…năm 2010)" in one column, "%" in the next), which reads as a split that LibreOffice
    never made."""
    import xml.etree.ElementTree as ET

    pairs: list[tuple[int, str, str]] = []
    for page_no, page in enumerate(ET.fromstring(bbox).iterfind(".//h:page", _NS), 1):
        for block in page.iterfind(".//h:block", _NS):
            pieces = [p for line in block.iterfind("h:line", _NS) for p in _pieces(line)]
            for a in pieces:
                below = [
                    b
                    for b in pieces
                    if 0.5 * a.h < b.y0 - a.y0 < 1.6 * a.h and min(a.x1, b.x1) > max(a.x0, b.x0)
                ]
                if below:
                    b = min(below, key=lambda b: (b.y0, -(min(a.x1, b.x1) - max(a.x0, b.x0))))
                    pairs.append((page_no, a.text, b.text))
    return pairs


def _rendered_checks(outline: Path, theme: str, report: Report, tmp: Path) -> None:
    from deckmaker import build
    from deckmaker.doctor import diagnose
    from deckmaker.office import convert

    deck = tmp / f"{outline.name}-{Path(theme).name}.pptx"
    build(outline / "outline.yaml", theme=theme, output=deck)
    pdf = convert(deck, "pdf", tmp)
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    from deckmaker.pipeline import load_inputs, plan

    allowed = deliberate_breaks(plan(load_inputs(outline / "outline.yaml", theme)))
    report.rendered_splits = [
        f"slide {page}: {a[-20:]!r} / {b[:20]!r}"
        for page, a, b in rendered_line_pairs(bbox)
        if _split_of(a, b, allowed)
    ]
    report.doctor = [f"slide {f.slide} {f.kind}: {f.message}" for f in diagnose(deck, access=True)]


def template_theme(template: Path, folder: Path) -> str:
    """``template`` as a theme: a theme folder as it is, a bare .pptx/.potx in a folder of its
    own under ``folder`` with a theme.yaml naming only it."""
    if template.is_dir():
        return str(template)
    where = folder / template.stem
    where.mkdir(parents=True, exist_ok=True)
    target = where / f"template{template.suffix}"
    target.write_bytes(template.read_bytes())
    (where / "theme.yaml").write_text(
        f"name: {template.stem}\nextends: default\ntemplate: {target.name}\n", encoding="utf-8"
    )
    return str(where)


def drafted(folder: Path, guidance: Path = GUIDANCE) -> Path:
    """The outline folder ``deckmaker draft`` writes for ``guidance``."""
    from deckmaker.draft import draft

    out = folder / f"draft-{guidance.stem}"
    draft(guidance).write(out)
    return out


def jobs(args: argparse.Namespace, tmp: Path) -> list[tuple[str, Path, str]]:
    """(row label, outline folder, theme) of every deck the sweep checks."""
    outlines = {"sample": SAMPLE, **{p.name: p for p in sorted(STRESS.iterdir()) if p.is_dir()}}
    wanted = set(args.only or [*outlines, "templates", "draft"])
    themes = args.theme or list(BUILTIN)
    out = [
        (f"{name} / {Path(theme).name}", outline, theme)
        for name, outline in outlines.items()
        if name in wanted
        for theme in themes
    ]
    if "templates" in wanted:
        for template in TEMPLATES:
            theme = template_theme(template, tmp / "themes")
            out.append((f"sample / {template.name}", SAMPLE, theme))
    if "draft" in wanted:
        folder = drafted(tmp)
        out += [(f"draft / {Path(theme).name}", folder, theme) for theme in themes]
        finance = drafted(tmp, FINANCE)
        out += [(f"draft camau / {Path(theme).name}", finance, theme) for theme in themes]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--render", action="store_true", help="also LibreOffice lines and doctor")
    ap.add_argument(
        "--only", action="append", help="outline name (sample, bullets, …, draft) or templates"
    )
    ap.add_argument("--theme", action="append", help="theme name or path")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each problem")
    args = ap.parse_args(argv)
    print("| deck | unit splits (plan) | under minimum | short content < half | contrast |"
          " chart text overlaps | unit splits (LibreOffice) | doctor |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    total = 0
    with tempfile.TemporaryDirectory(prefix="design-sweep-") as d:
        for label, outline, theme in jobs(args, Path(d)):
            report = Report(label)
            _plan_checks(outline, theme, report)
            if args.render:
                _rendered_checks(outline, theme, report, Path(d))
            print(report.row(), flush=True)
            found = [
                *report.splits, *report.small, *report.empty, *report.contrast,
                *report.chart_text,
                *(report.rendered_splits or []), *(report.doctor or []),
            ]  # fmt: skip
            total += len(found)
            if args.verbose:
                for line in found:
                    print(f"    {line}", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
