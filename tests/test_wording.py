"""Words that follow the numbers (issue 18, point 1): ``{key.change}`` and ``{key.vs_plan}``
say the verb by the figure, and ``check`` warns, at the word, where fixed text contradicts the
figure after it. Tried on the sample deck with its figures changed to fall and to miss."""

from __future__ import annotations

import re
import shutil
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main
from deckmaker.figures import load_figures
from deckmaker.numfmt import format_change, format_quantity, format_vs_plan
from deckmaker.pipeline import build_deck, check_inputs

from .conftest import FIXTURES, SAMPLE


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def contradictions(folder: Path) -> list:
    """The warnings ``check`` gives about words that contradict a figure."""
    _, _, warnings = check_inputs(folder)
    return [w for w in warnings if w.severity == "warning" and "' before {" in w.message]


# --- the forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (Decimal("5.05"), "tăng 5,05%", "up 5.05%"),
        (Decimal("-1.2"), "giảm 1,2%", "down 1.2%"),
        (Decimal("0"), "không đổi", "unchanged"),
        ((Decimal("7.5"), Decimal("8")), "tăng 7,5–8%", "up 7.5–8%"),
        ((Decimal("-8"), Decimal("-7.5")), "giảm 7,5–8%", "down 7.5–8%"),
    ],
)
def test_change_says_the_direction_by_the_sign(value, vi, en):
    assert format_change(value, "%", "vi") == vi
    assert format_change(value, "%", "en") == en


def test_a_range_from_a_fall_to_a_rise_has_no_direction_word():
    with pytest.raises(ValueError, match="no one direction word"):
        format_change((Decimal(-1), Decimal(2)), "%")


@pytest.mark.parametrize(
    ("value", "plan", "kind", "vi", "en"),
    [
        ("8.2", "8", None, "vượt kế hoạch 8%", "above the 8% target"),
        ("8", "8", None, "đạt kế hoạch 8%", "at the 8% target"),
        ("5.8", "8", "floor", "chưa đạt kế hoạch 8%", "short of the 8% target"),
        ("3.25", "4.5", "ceiling", "dưới mức trần 4,5%", "below the 4.5% ceiling"),
        ("5.1", "4.5", "ceiling", "vượt mức trần 4,5%", "above the 4.5% ceiling"),
        (
            "7.6",
            ("7.5", "8"),
            None,
            "trong khoảng kế hoạch 7,5–8%",
            "within the planned range 7.5–8%",
        ),
        (
            "7",
            ("7.5", "8"),
            "range",
            "thấp hơn khoảng kế hoạch 7,5–8%",
            "below the planned range 7.5–8%",
        ),
        ("8", "8", "exact", "đúng kế hoạch 8%", "on the 8% target"),
        ("7.8", "8", "exact", "thấp hơn mức kế hoạch 8%", "below the exact 8% target"),
    ],
)
def test_vs_plan_words_follow_the_plan_kind(value, plan, kind, vi, en):
    plan = tuple(Decimal(p) for p in plan) if isinstance(plan, tuple) else Decimal(plan)
    assert format_vs_plan(Decimal(value), plan, kind, "vi", "%") == vi
    assert format_vs_plan(Decimal(value), plan, kind, "en", "%") == en


FIGURES = """
grdp_growth:
  label: Tăng trưởng GRDP
  value: {growth}
  unit: "%"
cpi:
  label: Chỉ số giá tiêu dùng
  value: {cpi}
  unit: "%"
  plan: 4.5
  plan_kind: ceiling
exports:
  label: Kim ngạch xuất khẩu
  value: {exports}
  unit: tỷ USD
  plan: 7
"""


def _deck(folder: Path, lang: str, lines: list[str], **figures: str) -> Path:
    write(folder / "figures.yaml", FIGURES.format(**figures))
    bullets = "\n".join(f"          - {line}" for line in lines)
    write(
        folder / "outline.yaml",
        f"""
        deck:
          title: Kết quả
          figures: figures.yaml
          language: {lang}
        sections:
          - title: Kinh tế
            slides:
              - title: Chỉ tiêu
                bullets:
        """,
    )
    with open(folder / "outline.yaml", "a", encoding="utf-8") as f:
        f.write(bullets + "\n")
    return folder


def test_the_new_forms_change_with_the_figures_and_are_never_contradicted(tmp_path):
    lines = [
        "GRDP {grdp_growth.change}",
        "CPI {cpi} ({cpi.vs_plan})",
        "Xuất khẩu {exports.vs_plan}",
    ]
    up = _deck(tmp_path / "up", "vi", lines, growth="10.05", cpi="3.25", exports="7.5")
    down = _deck(tmp_path / "down", "vi", lines, growth="-1.2", cpi="5.1", exports="5.8")
    texts = {}
    for folder in (up, down):
        assert contradictions(folder) == []
        out = folder / "deck.pptx"
        build_deck(folder, out)
        texts[folder.name] = _deck_text(out)
    assert "GRDP tăng 10,05%" in texts["up"]
    assert "CPI 3,25% (dưới mức trần 4,5%)" in texts["up"]
    assert "Xuất khẩu vượt kế hoạch 7 tỷ USD" in texts["up"]
    assert "GRDP giảm 1,2%" in texts["down"]
    assert "CPI 5,1% (vượt mức trần 4,5%)" in texts["down"]
    assert "Xuất khẩu chưa đạt kế hoạch 7 tỷ USD" in texts["down"]


def test_fixed_words_that_contradict_are_warned_at_the_word(tmp_path):
    lines = [
        "GRDP tăng {grdp_growth}",
        "GRDP năm nay giảm {grdp_growth}",
        "Tăng trưởng GRDP {grdp_growth}",
        "Xuất khẩu vượt kế hoạch, đạt {exports}",
        "Xuất khẩu chưa đạt kế hoạch, đạt {exports}",
        "CPI dưới mức trần, ở mức {cpi}",
        "Tỷ lệ giảm còn {grdp_growth}",
    ]
    fall = _deck(tmp_path / "fall", "vi", lines, growth="-1.2", cpi="5.1", exports="5.8")
    found = contradictions(fall)
    said = {(w.location.line, w.message.split("'")[1]) for w in found}
    # the outline's bullets start at line 10; "Tăng trưởng" (a noun) and "giảm còn" (fell to a
    # level) claim nothing, "chưa đạt" agrees with a miss, and "giảm" agrees with a fall
    assert said == {(10, "tăng"), (13, "vượt"), (15, "dưới mức trần")}
    first = next(w for w in found if w.location.line == 10)
    assert first.location.col == len("          - GRDP ") + 1
    assert first.slide == 3  # the cover, the section's divider, then this slide
    assert "{grdp_growth.change}" in first.hint and "giảm 1,2%" in first.hint
    rise = _deck(tmp_path / "rise", "vi", lines, growth="10.05", cpi="3.25", exports="7.5")
    said = {(w.location.line, w.message.split("'")[1]) for w in contradictions(rise)}
    # "giảm" before a growth that rose; "chưa đạt" before a figure over its plan
    assert said == {(11, "giảm"), (14, "chưa đạt")}


def test_english_words_are_read_too(tmp_path):
    lines = [
        "GRDP up {grdp_growth}",
        "Exports exceeded the plan at {exports}",
        "up to {grdp_growth}",
    ]
    deck = _deck(tmp_path / "en", "en", lines, growth="-1.2", cpi="3", exports="5.8")
    said = {(w.location.line, w.message.split("'")[1]) for w in contradictions(deck)}
    assert said == {(10, "up"), (11, "exceeded")}


def test_giam_before_the_size_of_a_fall_is_not_warned(tmp_path):
    """A drafted figure may hold the size of a fall ("giảm 6,52%"): only a figure whose label or
    key says it is a signed change (tăng trưởng, growth) contradicts "giảm" by being positive."""
    write(tmp_path / "figures.yaml", "imports_fall:\n  label: Nhập khẩu\n  value: 6.52\n")
    write(
        tmp_path / "outline.yaml",
        """
        deck: {title: T, figures: figures.yaml}
        sections:
          - title: S
            slides:
              - title: A
                bullets: ["Nhập khẩu giảm {imports_fall}"]
        """,
    )
    assert contradictions(tmp_path) == []


# --- the sample deck, with its figures changed to fall and to miss --------------------------


def _growth_keys(figures: dict) -> list[str]:
    return [k for k, f in figures.items() if "growth" in k and not isinstance(f.value, tuple)]


def _changed_sample(tmp_path: Path, outline_edit=None) -> tuple[Path, dict, dict]:
    """A copy of the sample deck, and a copy whose growths fall and whose social investment
    misses a plan; with the outline edited by ``outline_edit``."""
    base, changed = tmp_path / "base", tmp_path / "changed"
    for folder in (base, changed):
        shutil.copytree(SAMPLE, folder)
    figures = load_figures(SAMPLE / "figures.yaml")
    text = (SAMPLE / "figures.yaml").read_text(encoding="utf-8")
    investment = figures["social_investment"].value
    base_text = text.replace(
        f"  value: {investment}\n", f"  value: {investment}\n  plan: {investment - 1000}\n", 1
    )
    changed_text = base_text.replace(
        f"  plan: {investment - 1000}\n", f"  plan: {investment + 1000}\n", 1
    )
    for key in _growth_keys(figures):
        block = re.compile(rf"^({key}:\n(?:  .*\n)*?  value: )(\S+)$", re.M)
        changed_text = block.sub(lambda m: m.group(1) + f"-{m.group(2)}", changed_text, count=1)
    (base / "figures.yaml").write_text(base_text, encoding="utf-8")
    (changed / "figures.yaml").write_text(changed_text, encoding="utf-8")
    if outline_edit is not None:
        for folder in (base, changed):
            outline = folder / "outline.yaml"
            outline.write_text(outline_edit(outline.read_text(encoding="utf-8")), "utf-8")
    return base, changed, figures


def test_check_reports_every_contradiction_in_the_sample_deck_after_a_fall_and_a_miss(tmp_path):
    base, changed, figures = _changed_sample(tmp_path)
    assert contradictions(base) == []
    found = contradictions(changed)
    outline = (changed / "outline.yaml").read_text(encoding="utf-8").split("\n")
    expected = set()
    for number, line in enumerate(outline, 1):
        for key in _growth_keys(figures):
            if figures[key].value > 0 and re.search(rf"tăng:? \{{{key}\}}", line, re.I):
                expected.add((number, key))
        if re.search(r"vượt kế hoạch đề ra,? đạt \{social_investment\}", line):
            expected.add((number, "social_investment"))
    said = {(w.location.line, re.search(r"\{(\w+)\}", w.message).group(1)) for w in found}
    assert len(expected) > 10  # the sample says "tăng {…growth}" on many slides
    assert said == expected
    assert all(w.slide > 0 for w in found)
    # every warning points at its word in the file
    for w in found:
        assert (
            outline[w.location.line - 1][w.location.col - 1 :].lower().startswith(("tăng", "vượt"))
        )


def _with_forms(outline: str) -> str:
    # a bullet that will start with {…} must be quoted
    outline = re.sub(r'^(\s*- )([Tt]ăng \{[^"\n]*)$', r'\1"\2"', outline, flags=re.M)
    outline = re.sub(r"[Tt]ăng:? \{(\w*growth\w*)\}", r"{\1.change}", outline)
    return outline.replace(
        "vượt kế hoạch đề ra, đạt {social_investment}", "{social_investment.vs_plan}"
    ).replace("vượt kế hoạch đề ra đạt {social_investment}", "{social_investment.vs_plan}")


def _deck_text(path: Path) -> str:
    prs = Presentation(str(path))
    parts = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [c.text for row in shape.table.rows for c in row.cells]
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts).replace("\xa0", " ")


def test_the_sample_deck_written_with_the_forms_follows_a_fall_and_a_miss(tmp_path):
    base, changed, figures = _changed_sample(tmp_path, _with_forms)
    assert contradictions(changed) == []
    texts = {}
    for folder in (base, changed):
        out = folder / "deck.pptx"
        build_deck(folder, out)
        texts[folder.name] = _deck_text(out)
    uses = _with_forms((SAMPLE / "outline.yaml").read_text(encoding="utf-8"))
    checked = 0
    for key in _growth_keys(figures):
        n = uses.count(f"{{{key}.change}}")
        fig = figures[key]
        if not n or fig.value <= 0:
            continue
        size = format_quantity(fig.value, fig.unit, "vi")
        assert texts["base"].count(f"tăng {size}") >= n
        assert texts["changed"].count(f"giảm {size}") >= n
        assert f"tăng {size}" not in texts["changed"]
        checked += 1
    assert checked >= 5
    investment = figures["social_investment"].value
    plan = format_quantity(investment + 1000, "tỷ đồng", "vi")
    n = uses.count("{social_investment.vs_plan}")
    assert n >= 2
    assert texts["changed"].count(f"chưa đạt kế hoạch {plan}") == n
    assert f"vượt kế hoạch {format_quantity(investment - 1000, 'tỷ đồng', 'vi')}" in texts["base"]


# --- the drafts `deckmaker draft` writes ----------------------------------------------------


DOCUMENTS = sorted((FIXTURES / "draft-eval").glob("*.txt")) + [
    FIXTURES / "draft" / "25-HD-BTGDUK-2024.txt"
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_no_false_alarm_on_drafts(tmp_path, document):
    lines = document.read_text(encoding="utf-8").splitlines()
    source = tmp_path / document.name
    source.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
    drafted = CliRunner().invoke(main, ["draft", str(source), "-o", str(tmp_path / "d")])
    assert drafted.exit_code == 0, drafted.output
    assert contradictions(tmp_path / "d") == []


def test_the_vs_plan_table_of_figures_md_is_current():
    text = (Path(__file__).resolve().parents[1] / "docs" / "figures.md").read_text("utf-8")
    code = r" \| `([^`]+)`"
    row = r"^\| (floor|ceiling|range|exact) (\S+|\[[^]]+\]) \| ([0-9.]+)" + code * 2 + r" \|"
    rows = re.findall(row, text, re.M)
    assert len(rows) >= 9
    for kind, plan, value, vi, en in rows:
        ends = plan.strip("[]").split(", ")
        p = tuple(Decimal(x) for x in ends) if len(ends) == 2 else Decimal(ends[0])
        assert format_vs_plan(Decimal(value), p, kind, "vi", "%") == vi
        assert format_vs_plan(Decimal(value), p, kind, "en", "%") == en
