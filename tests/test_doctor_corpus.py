"""The doctor over the decks the test suite builds (issue 17): every fixture outline in every
bundled theme, the `every` outline in every agency theme, with native charts and with SVG
pictures, gives zero findings, the accessibility gate's included (issue 18); an overflow, and
each broken gate rule, planted into one of those decks is still found.

The sample deck and the stress outlines in the bundled themes (and an agency theme) are
diagnosed by test_stress_render.py; this covers the rest of the corpus that
tools/deck_hashes.sh builds."""

from __future__ import annotations

import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_AUTO_SIZE

from deckmaker.doctor import Finding, check_access, diagnose, format_findings
from deckmaker.pipeline import build_deck
from deckmaker.theme.loader import BUILTIN_DIR

from .conftest import FIXTURES, ROOT, need_soffice

pytestmark = pytest.mark.render

BUILTIN = sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file())
AGENCY = sorted(str(p) for p in (ROOT / "themes").iterdir() if (p / "theme.yaml").is_file())
OUTLINES = ("charts-en", "charts-vi", "e2e", "every")

CASES = [
    *[(o, t, "") for o in OUTLINES for t in BUILTIN],
    *[("every", t, "") for t in AGENCY],
    ("every", "default", "native"),
    ("every", "default", "svg"),
]


def _id(case: tuple[str, str, str]) -> str:
    outline, theme, how = case
    return "-".join(x for x in (outline, Path(theme).name, how) if x)


def _native_copy(where: Path) -> Path:
    """The `every` outline with ``engine: native`` on every chart (as tools/deck_hashes.sh)."""
    folder = where / "every-native"
    if not folder.exists():
        shutil.copytree(FIXTURES / "every", folder)
        outline = folder / "outline.yaml"
        text = re.sub(
            r"^(\s*)chart:$",
            r"\1chart:\n\1  engine: native",
            outline.read_text("utf-8"),
            flags=re.M,
        )
        outline.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, tuple[Path, list[Finding]]]:
    need_soffice()
    out = tmp_path_factory.mktemp("corpus")
    native = _native_copy(out)

    def one(case: tuple[str, str, str]) -> tuple[Path, list[Finding]]:
        outline, theme, how = case
        source = native if how == "native" else FIXTURES / outline
        built = build_deck(source, out / f"{_id(case)}.pptx", theme, svg=how == "svg")
        return built.path, diagnose(built.path, access=True)

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(map(_id, CASES), pool.map(one, CASES), strict=True))


KNOWN: dict[str, str] = {}
"""Decks of the corpus with a known finding (id: why); none today."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(_id(c), marks=pytest.mark.xfail(reason=KNOWN[_id(c)], strict=True))
        if _id(c) in KNOWN
        else _id(c)
        for c in CASES
    ],
)
def test_the_doctor_finds_nothing_on_a_deck_the_suite_builds(corpus, case):
    _, findings = corpus[case]
    assert findings == [], "\n" + format_findings(findings)


def _body(slide):
    """The slide's body text: a body placeholder, or the shape the writer names "Body"."""
    for shape in slide.shapes:
        if not shape.has_text_frame or not shape.text_frame.text.strip():
            continue
        if shape.name == "Body" or (shape.is_placeholder and shape.placeholder_format.idx == 1):
            return shape
    return None


def test_the_doctor_still_finds_an_overflow_planted_in_a_corpus_deck(tmp_path):
    need_soffice()
    built = build_deck(_native_copy(tmp_path), tmp_path / "every-native.pptx", "default")
    prs = Presentation(str(built.path))
    for number, slide in enumerate(prs.slides, start=1):
        body = _body(slide)
        if body is not None:
            break
    else:
        pytest.fail("no slide with body text in the corpus deck")
    frame = body.text_frame
    for _ in range(3):  # the text eight times over: far more than the box holds
        for paragraph in list(frame.paragraphs):
            frame.add_paragraph().text = paragraph.text or "Nội dung thêm"
    frame.auto_size = MSO_AUTO_SIZE.NONE  # the master's shrink-on-overflow would hide it
    planted = tmp_path / "planted.pptx"
    prs.save(str(planted))
    found = diagnose(planted)
    assert any(f.slide == number and f.kind in ("overflow", "offslide") for f in found), (
        format_findings(found)
    )
    assert all(f.slide == number for f in found), format_findings(found)


def test_the_gate_still_finds_each_rule_broken_in_a_corpus_deck(corpus):
    """Break one rule of each kind in a deck that passes and find exactly those, located."""
    path, _ = corpus["every-default"]
    prs = Presentation(str(path))
    prs.core_properties.language = ""
    slides = list(prs.slides)
    titled = [s for s in slides if s.shapes.title is not None and s.shapes.title.text.strip()]
    first, second = titled[1], titled[2]
    second.shapes.title.text_frame.text = first.shapes.title.text_frame.text  # a repeated title
    table = next(sh for s in slides for sh in s.shapes if sh.has_table)
    table._element.find(".//{*}tblPr").set("firstRow", "0")
    chart = next(
        sh
        for s in slides
        for sh in s.shapes
        if sh._element.tag.endswith("}pic") and "Chart" in sh.name
    )
    chart._element.nvPicPr.cNvPr.set("descr", "")
    band = next(sh for sh in slides[0].shapes if sh.name == "Band")  # drawn under the title
    band._element.nvSpPr.cNvPr.remove(band._element.nvSpPr.cNvPr.find("{*}extLst"))
    text = next(
        sh for sh in second.shapes if sh.has_text_frame and sh.text_frame.text.strip()
        and sh != second.shapes.title
    )  # fmt: skip
    for run in (r for p in text.text_frame.paragraphs for r in p.runs):
        run.font.color.rgb = RGBColor(0xE0, 0xE0, 0xE0)  # pale grey on white
    number = {id(s._element): n for n, s in enumerate(slides, start=1)}
    found = {(f.slide, f.shape, f.message.split(":")[0]) for f in check_access(prs)}
    where = {
        "table": number[id(table.part.slide._element)],
        "chart": number[id(chart.part.slide._element)],
    }
    assert (0, "", "the deck's language is not set in its properties") in found
    repeated = first.shapes.title.text_frame.text
    at, of = number[id(second._element)], number[id(first._element)]
    assert (at, "Title", f"the title '{repeated}' is the title of slide {of} too") in found
    assert (where["table"], table.name, "the table does not mark its header row") in found
    assert (
        where["chart"],
        chart.name,
        "the picture has no alt text and is not marked decorative",
    ) in found
    assert (1, band.name, "the title is read after 'Band'") in found
    assert any(s == text.name and m.startswith("text '") for n, s, m in found), found
