"""Figures end to end: YAML, CSV and XLSX build the same deck; one changed figure changes only
the slides and charts that show it; chart labels are the strings the text uses."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path
from posixpath import basename, dirname, normpath

import openpyxl
import pytest
from matplotlib.text import Text

from deckmaker import numfmt
from deckmaker.charts import ChartPlan, render_png, render_svg
from deckmaker.charts.model import WORDS
from deckmaker.charts.render import draw
from deckmaker.figures.model import FIELDS
from deckmaker.layout.model import ChartBox
from deckmaker.pipeline import BuildResult, build_deck
from deckmaker.source import load_yaml

from .conftest import FIXTURES, SAMPLE, need_soffice

E2E = FIXTURES / "e2e"
ATTACHED = ("%", "‰")

# --- helpers -----------------------------------------------------------------------------------


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _targets(parts: dict[str, bytes], part: str) -> list[str]:
    """The parts that ``part`` refers to through its relationships file."""
    rels = f"{dirname(part)}/_rels/{basename(part)}.rels"
    found = re.findall(rb'Target="([^"]+)"', parts.get(rels, b""))
    return [normpath(f"{dirname(part)}/{t.decode()}") for t in found if b"://" not in t]


def _slide_parts(parts: dict[str, bytes], number: int) -> set[str]:
    """Slide ``number``'s XML, its notes and its pictures: what showing that slide touches."""
    slide = f"ppt/slides/slide{number}.xml"
    linked = _targets(parts, slide)
    return {slide} | {t for t in linked if t.startswith(("ppt/notesSlides/", "ppt/media/"))}


def _cell(value: object) -> object:
    """A figure field as a statistics office types it into a spreadsheet cell."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list):  # a range is text in a spreadsheet: "7.5–8"
        return "–".join(str(v) for v in value)
    return value


def _number_format(value: object) -> str:
    """Show as many decimals as the YAML writes (7.0 stays 7,0)."""
    if isinstance(value, Decimal) and value.as_tuple().exponent < 0:
        return "0." + "0" * -value.as_tuple().exponent
    return "General"


def _rows(yaml_file: Path) -> list[dict[str, object]]:
    """The figures of a YAML file as written there (Decimals keep their written precision)."""
    root = load_yaml(yaml_file)
    rows = []
    for key, node in root.value.items():
        row: dict[str, object] = {"key": key}
        row.update({name: child.plain() for name, child in node.value.items()})
        rows.append(row)
    return rows


def write_csv(yaml_file: Path, out: Path) -> Path:
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(FIELDS)
        for row in _rows(yaml_file):
            writer.writerow(["" if (v := _cell(row.get(n))) is None else str(v) for n in FIELDS])
    return out


def write_xlsx(yaml_file: Path, out: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(FIELDS))
    for r, row in enumerate(_rows(yaml_file), start=2):
        for c, name in enumerate(FIELDS, start=1):
            raw = row.get(name)
            if name == "period" and isinstance(raw, str) and raw.isdigit():
                raw = int(raw)  # a year typed as a number
            cell = sheet.cell(r, c, _cell(raw))
            cell.number_format = _number_format(raw)
    book.save(out)
    return out


# --- 1. YAML, CSV and XLSX ---------------------------------------------------------------------


def test_the_sample_figures_as_yaml_csv_and_xlsx_build_byte_identical_decks(tmp_path):
    figures = SAMPLE / "figures.yaml"
    sources = {
        "yaml": figures,
        "csv": write_csv(figures, tmp_path / "figures.csv"),
        "xlsx": write_xlsx(figures, tmp_path / "figures.xlsx"),
    }
    decks = {
        kind: build_deck(SAMPLE, tmp_path / f"{kind}.pptx", figures=path)
        for kind, path in sources.items()
    }
    assert len(decks["yaml"].inputs.figures) == 121
    _assert_same_figures(decks["csv"], decks["yaml"])
    _assert_same_figures(decks["xlsx"], decks["yaml"])
    data = {kind: d.path.read_bytes() for kind, d in decks.items()}
    assert data["csv"] == data["yaml"]
    assert data["xlsx"] == data["yaml"]


def _assert_same_figures(a: BuildResult, b: BuildResult) -> None:
    """Same keys, values (with their written precision) and fields; locations differ."""

    def fields(r: BuildResult) -> dict:
        return {
            k: (f.label, f.value, str(f.value), f.unit, f.period, f.plan, f.source)
            for k, f in r.inputs.figures.items()
        }

    assert fields(a) == fields(b)


# --- 2. one changed figure ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def revised(tmp_path_factory) -> tuple[BuildResult, BuildResult, Path]:
    """The e2e deck built, then rebuilt with grdp_growth 10.05 → 10.2 in the figures file.

    The builds use a chart cache of their own (module fixtures run before conftest's
    per-test cache is set), so the counts of charts drawn do not depend on other tests.
    """
    root = tmp_path_factory.mktemp("revised")
    deck = root / "deck"
    shutil.copytree(E2E, deck, ignore=shutil.ignore_patterns("diff", "report"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DECKMAKER_CACHE", str(root / "cache"))
        before = build_deck(deck, root / "before.pptx")
        figures = deck / "figures.yaml"
        text = figures.read_text(encoding="utf-8")
        assert text.count("value: 10.05") == 1
        figures.write_text(text.replace("value: 10.05", "value: 10.2"), encoding="utf-8")
        after = build_deck(deck, root / "after.pptx")
    assert (before.charts_drawn, before.charts_cached) == (4, 0)
    return before, after, deck


GRDP_SLIDES = (3, 4, 7, 8, 10)
"""Slides of the e2e deck showing grdp_growth: text+notes, bar chart, line chart, table, KPIs."""
RECORD = "docProps/custom.xml"
"""The deck's record of its slides' fingerprints and figures (deckmaker/record.py)."""


def test_only_the_slides_showing_the_figure_change(revised):
    before, after, _ = revised
    old, new = _parts(before.path), _parts(after.path)
    assert old.keys() == new.keys()
    changed = {name for name in old if old[name] != new[name]}
    assert RECORD in changed  # the record follows the slides
    changed.discard(RECORD)
    expected = set().union(*(_slide_parts(new, n) for n in GRDP_SLIDES))
    expected = {name for name in expected if old[name] != new[name]}
    assert changed == expected
    slides = {int(m.group(1)) for n in changed if (m := re.match(r"ppt/slides/slide(\d+)", n))}
    assert slides == set(GRDP_SLIDES)
    media = {n for n in changed if n.startswith("ppt/media/")}
    assert len(media) == 2  # the bar chart and the line chart
    assert "ppt/notesSlides/notesSlide1.xml" in changed  # slide 3's notes quote the figure


def test_the_new_number_is_written_where_the_old_one_was(revised):
    before, after, _ = revised
    old, new = _parts(before.path), _parts(after.path)
    for name in old:
        if name.endswith(".xml") and old[name] != new[name] and name != RECORD:
            was, now = old[name].decode(), new[name].decode()
            assert "10,05%" in was and "10,05" not in now, name
            # Nothing else moved: text, table cell, KPI card and alt text all swap in place.
            assert was.replace("10,05%", "10,2%") == now, name
    texts = "".join(new[f"ppt/slides/slide{n}.xml"].decode() for n in GRDP_SLIDES)
    assert texts.count("10,2%") >= len(GRDP_SLIDES)


def test_the_plan_is_unchanged_where_only_the_value_changed(revised):
    _, after, _ = revised
    slide3 = _parts(after.path)["ppt/slides/slide3.xml"].decode()
    assert "GRDP tăng 10,2%, vượt kế hoạch 8%" in slide3.replace("\u00a0", " ")  # words bound


def test_the_rebuild_redraws_only_the_charts_that_use_the_figure(revised):
    before, after, _ = revised
    old_charts = _charts(before)
    new_charts = _charts(after)
    uses = [i for i, (a, b) in enumerate(zip(old_charts, new_charts, strict=True)) if a != b]
    assert [new_charts[i].kind for i in uses] == ["bar", "line"]
    assert Decimal("10.2") in new_charts[uses[0]].series[0].values
    assert (after.charts_drawn, after.charts_cached) == (len(uses), len(new_charts) - len(uses))
    assert (after.charts_drawn, after.charts_cached) == (2, 2)


def test_a_text_only_edit_draws_no_chart(revised, tmp_path, monkeypatch):
    _, after, deck = revised
    monkeypatch.setenv("DECKMAKER_CACHE", str(deck.parent / "cache"))
    outline = deck / "outline.yaml"
    text = outline.read_text(encoding="utf-8")
    edited = text.replace("title: Công nghiệp\n", "title: Công nghiệp và xây dựng\n")
    assert edited != text
    outline.write_text(edited, encoding="utf-8")
    again = build_deck(deck, tmp_path / "edited.pptx")
    assert (again.charts_drawn, again.charts_cached) == (0, 4)
    old, new = _parts(after.path), _parts(again.path)
    changed = {name for name in old if old[name] != new[name]}
    assert changed == {"ppt/slides/slide6.xml", RECORD}


def _charts(result: BuildResult) -> list[ChartPlan]:
    return [e.chart for p in result.plans for e in p.elements if isinstance(e, ChartBox)]


# --- 3. chart labels are the text's strings ----------------------------------------------------


def _chart_plans(lang: str) -> list[ChartPlan]:
    from deckmaker.pipeline import load_inputs, plan

    return _charts(
        BuildResult(Path(), 0, 0.0, plans=plan(load_inputs(FIXTURES / f"charts-{lang}")))
    )


def _texts(chart: ChartPlan) -> list[str]:
    """Every string matplotlib draws for ``chart``: labels, ticks, legend, title, caption."""
    fig = draw(chart)
    return [t.get_text().strip() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def _expected_labels(chart: ChartPlan) -> list[str]:
    """The data labels the chart must show, made with the same formatting as the deck's text."""
    lang = chart.lang
    if chart.kind in ("pie", "donut"):
        return [numfmt.format_quantity(v, chart.unit, lang) for v in chart.series[0].values]
    unit = chart.unit if chart.unit in ATTACHED else None
    if chart.kind == "plan-actual":
        actual, plan = chart.series
        return [
            numfmt.format_quantity(a, unit, lang)
            + "\n"
            + numfmt.format_attainment(a, p, lang, WORDS[lang]["plan_short"])
            for a, p in zip(actual.values, plan.values, strict=True)
        ]
    return [numfmt.format_quantity(v, unit, lang) for s in chart.series for v in s.values]


@pytest.mark.parametrize(
    ("lang", "pins"),
    [
        ("vi", {"bar": "10,05%", "line": "21.671,5", "plan-actual": "33.100\nđạt 144,6% KH"}),
        ("en", {"bar": "10.05%", "line": "21,671.5", "plan-actual": "33,100\n144.6% of plan"}),
    ],
)
def test_chart_labels_are_the_strings_the_text_uses(lang, pins):
    charts = _chart_plans(lang)
    assert sorted(c.kind for c in charts) == sorted(
        ("bar", "barh", "line", "pie", "donut", "stacked-bar", "plan-actual")
    )
    for chart in charts:
        texts = _texts(chart)
        if chart.kind in ("pie", "donut"):  # in a slice, or under its name beside it
            shown = [line.split(" (")[0] for t in texts for line in t.split("\n")]
        else:
            shown = texts
        for label in _expected_labels(chart):
            assert label in shown, (chart.kind, label, texts)
        if chart.kind in pins:
            assert pins[chart.kind] in texts
        numbers = [t for t in texts if t not in chart.categories]  # years are names here
        for text in numbers:  # every number drawn (ticks too) reads back in the deck's language
            for line in text.split("\n"):
                number = line.rstrip("%‰")
                if re.fullmatch(r"-?\d[\d.,]*", number):
                    again = numfmt.format_number(numfmt.parse_number(number, lang), lang)
                    assert again == number, (chart.kind, line)


def test_the_deck_pictures_are_drawn_from_those_plans(tmp_path):
    """The figures whose texts were read above are the pictures in the deck (same bytes)."""
    result = build_deck(FIXTURES / "charts-vi", tmp_path / "vi.pptx")
    media = {v for k, v in _parts(result.path).items() if k.startswith("ppt/media/")}
    charts = _charts(result)
    assert charts == _chart_plans("vi")
    for chart in charts:
        assert render_png(chart) in media, chart.kind


def test_the_svg_draws_the_same_labels_as_outlines():
    """The SVG has no <text>: each string is glyph outlines, after a comment naming it."""
    bar = next(c for c in _chart_plans("vi") if c.kind == "bar")
    svg = render_svg(bar).decode()
    assert "<text" not in svg
    drawn = re.findall(r"<!-- (.*?) -->\s*<g style=\"fill: ", svg)
    for label in _expected_labels(bar):
        assert label in drawn
    assert "10,05%" in drawn and "10.05%" not in svg


# --- 4. the chart decks through LibreOffice ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", ["Cột — tăng trưởng các ngành năm 2023", "Thực hiện so với kế hoạch"]),
        ("en", ["Bar — growth by sector in 2023", "Actual against plan"]),
    ],
)
@pytest.mark.render
def test_chart_decks_render_through_libreoffice(lang, words, tmp_path):
    need_soffice()
    result = build_deck(
        FIXTURES / f"charts-{lang}", tmp_path / f"{lang}.pptx", pdf=True, doctor=True
    )
    assert result.slides == 10 and len(_charts(result)) == 7
    assert result.findings == []  # no text overflows, no picture over text, no missing glyph
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert text.count("\f") >= result.slides - 1
    for phrase in words:
        assert phrase in text
    pngs = tmp_path / "png"
    pngs.mkdir()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(result.pdf), str(pngs / "p")],
        check=True,
        capture_output=True,
    )
    assert len(list(pngs.glob("*.png"))) == result.slides
