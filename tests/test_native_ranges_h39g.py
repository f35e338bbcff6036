"""Issue 14, h39g: a range in an editable (native) chart reads as it does in the picture.

On main: the native chart drew a range value ("Mục tiêu 43.000–45.000 con") as a bar from
zero up to its high end labelled "45,000" (a number format written "#,##0\"–45.000\"" for the
range's text), and a range plan as two dash marks at its ends with "8%" beside them; its
legend kept a floor's dashed "Kế hoạch" swatch on a chart without floors. Now: a band from
the low end to the high one (a stacked group of a clear and a tinted part on hidden axes of
the bars' scale), labelled by both ends; ceilings, exact targets and floors as before."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.oxml.ns import qn

from deckmaker.pipeline import build_deck

from .conftest import pdf_text
from .test_charts_h38g import RANGE_FIGURES, RANGE_OUTLINE, RANGES, range_folder

FIGURES = (
    RANGE_FIGURES
    + """\
    grdp: {label: Tăng trưởng GRDP, value: 7.2, unit: "%", plan: [7.5, 8], period: "2022"}
    cn: {label: Tăng trưởng công nghiệp, value: 9.1, unit: "%", plan: [7, 10], period: "2022"}
    cpi: {label: CPI, value: 3.25, unit: "%", plan: 4.5, plan_kind: ceiling, period: "2022"}
    thu: {label: Tăng thu ngân sách, value: 12.1, unit: "%", plan: 8, period: "2022"}
    dv: {label: Tăng trưởng dịch vụ, value: 8.4, unit: "%", plan: 8, plan_kind: exact}
"""
)

OUTLINE = (
    RANGE_OUTLINE
    + """\
              engine: native
          - title: So với kế hoạch
            chart:
              type: plan-actual
              figures: [grdp, cn, cpi, thu, dv]
              unit: "%"
              engine: native
          - title: Một khoảng
            chart:
              type: plan-actual
              figures: [grdp, cpi]
              unit: "%"
              engine: native
"""
)


def _deck(tmp_path: Path, lang: str) -> Path:
    folder = range_folder(tmp_path, lang, FIGURES, OUTLINE)
    return build_deck(folder / "outline.yaml", tmp_path / f"{lang}.pptx").path


def _charts(deck: Path) -> list:
    return [sh.chart for s in Presentation(str(deck)).slides for sh in s.shapes if sh.has_chart]


def _bands(chart) -> dict[int, tuple[float, float]]:
    """Each category's band as drawn: (low, high) from the stacked group on the band axes."""
    groups = [
        g
        for g in chart._chartSpace.iter(qn("c:barChart"))
        if g.find(qn("c:grouping")).get("val") == "stacked"
    ]
    if not groups:
        return {}
    (group,) = groups
    clear, tinted = (
        {int(p.get("idx")): float(p.findtext(qn("c:v"))) for p in ser.iter(qn("c:pt"))}
        for ser in group.findall(qn("c:ser"))
    )
    assert clear.keys() == tinted.keys()
    return {c: (clear[c], clear[c] + tinted[c]) for c in clear}


def _labels(chart, series: int) -> dict[int, str]:
    ser = chart._chartSpace.findall(".//" + qn("c:barChart") + "/" + qn("c:ser"))[series]
    out = {}
    for dl in ser.iter(qn("c:dLbl")):
        text = "".join(t.text or "" for t in dl.iter(qn("a:t")))
        fmt = dl.find(qn("c:numFmt"))
        out[int(dl.find(qn("c:idx")).get("val"))] = text or (
            fmt.get("formatCode") if fmt is not None else ""
        )
    return out


def _hidden(chart, series: int) -> set[int]:
    ser = chart._chartSpace.findall(".//" + qn("c:barChart") + "/" + qn("c:ser"))[series]
    return {
        int(d.find(qn("c:idx")).get("val"))
        for d in ser.findall(qn("c:dPt"))
        if d.find(qn("c:spPr") + "/" + qn("a:noFill")) is not None
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_range_value_is_a_band_labelled_by_both_ends(tmp_path, lang):
    """The targets 16.200–16.500 and 43.000–45.000 con: bands from low to high (main: bars
    from zero, labelled "45,000"), their own bars hidden, labels saying both ends."""
    bar, _, _ = _charts(_deck(tmp_path, lang))
    assert _bands(bar) == {0: (16200.0, 16500.0), 1: (43000.0, 45000.0)}
    assert _hidden(bar, 1) == {0, 1}
    assert _hidden(bar, 0) == set()  # the results: bars as before
    assert list(_labels(bar, 1).values()) == list(RANGES[lang])


WORDS = {
    "vi": ("thấp hơn khoảng kế hoạch 7,5–8%", "trong khoảng kế hoạch 7–10%",
           "dưới mức trần 4,5%", "đạt 151,3% KH", "cao hơn mức kế hoạch 8%"),
    "en": ("below the planned range 7.5–8%", "within the planned range 7–10%",
           "below the 4.5% ceiling", "151.3% of plan", "above the exact 8% target"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_range_plan_is_a_band_and_the_other_plans_keep_their_marks(tmp_path, lang):
    """GRDP 7,5–8% and industry 7–10%: bands (main: two dash marks each, "8%" beside them);
    CPI's ceiling and services' exact target keep their marks, the budget's floor its dashed
    outline; each actual's label says how it stands after the plan's kind."""
    _, chart, _ = _charts(_deck(tmp_path, lang))
    assert _bands(chart) == {0: (7.5, 8.0), 1: (7.0, 10.0)}
    (line,) = chart._chartSpace.findall(".//" + qn("c:lineChart"))
    marks = {
        ser.find(qn("c:tx")).findtext(qn("c:v")): {
            int(p.get("idx")): float(p.findtext(qn("c:v"))) for p in ser.iter(qn("c:pt"))
        }
        for ser in line.findall(qn("c:ser"))
    }
    words = {"vi": ("Mức trần", "Kế hoạch"), "en": ("Ceiling", "Target")}[lang]
    assert marks == {words[0]: {2: 4.5}, words[1]: {4: 8.0}}
    assert _hidden(chart, 1) == {0, 1, 2, 4}  # the floor (3) keeps its outline
    actual = _labels(chart, 0)
    for c, text in enumerate(WORDS[lang]):
        assert text in actual[c].replace("\n", " "), (c, actual[c])
    plans = _labels(chart, 1)
    assert plans[0].replace(",", ".") == "7.5–8%" and plans[1] == "7–10%"


def test_no_floor_no_floor_swatch(tmp_path):
    """A chart of a range and a ceiling has no floor: its legend has no dashed "Kế hoạch"
    swatch (main: it had), nor the band's clear part."""
    _, _, chart = _charts(_deck(tmp_path, "vi"))
    legend = chart._chartSpace.find(".//" + qn("c:legend"))
    deleted = {
        int(e.find(qn("c:idx")).get("val"))
        for e in legend.findall(qn("c:legendEntry"))
        if e.find(qn("c:delete")) is not None and e.find(qn("c:delete")).get("val") == "1"
    }
    assert deleted == {1, 2}  # the plan's outline, the band's clear part
    names = [
        ser.find(qn("c:tx")).findtext(".//" + qn("c:v"))
        for ser in chart._chartSpace.iter(qn("c:ser"))
    ]
    assert names[3] == "Khoảng kế hoạch" and names[4] == "Mức trần"


def test_the_same_inputs_give_the_same_bytes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = _deck(tmp_path / "a", "vi"), _deck(tmp_path / "b", "vi")
    assert a.read_bytes() == b.read_bytes()


def _near(pixel: tuple[int, ...], color: str, tol: int = 14) -> bool:
    rgb = tuple(int(color.lstrip("#")[k : k + 2], 16) for k in (0, 2, 4))
    return all(abs(p - q) <= tol for p, q in zip(pixel[:3], rgb, strict=True))


def test_libreoffice_draws_the_bands_and_names_every_plan(tmp_path, soffice):
    """LibreOffice sets the legend's entries (main's marks deleted entries by position, the
    ceiling's among them, once a group was added) and draws the bands in their tint."""
    from deckmaker.office import convert
    from deckmaker.writer.native import _mix

    deck = _deck(tmp_path, "vi")
    pdf = convert(deck, "pdf", tmp_path, timeout=600)
    text = pdf_text(pdf, 4)
    for name in ("Thực hiện", "Kế hoạch", "Khoảng kế hoạch", "Mức trần"):
        assert name in text, (name, text)
    assert "7,5–8%" in text and "7–10%" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "s")], check=True)
    pages = sorted(tmp_path.glob("s-*.png"))
    charts = _charts(deck)
    for page, chart in ((3, charts[0]), (4, charts[1])):
        image = Image.open(pages[page - 1]).convert("RGB")
        background = "#{:02X}{:02X}{:02X}".format(*image.getpixel((2, image.height // 2)))
        fill = next(
            c for c in chart._chartSpace.iter(qn("a:srgbClr")) if c.find(qn("a:alpha")) is not None
        )
        alpha = int(fill.find(qn("a:alpha")).get("val")) / 100000
        shown = "#" + _mix("#" + fill.get("val"), background, alpha)  # on the background
        hits = sum(
            _near(image.getpixel((x, y)), shown)
            for x in range(0, image.width, 2)
            for y in range(0, image.height, 2)
        )
        assert hits >= 100, (page, shown, hits)
