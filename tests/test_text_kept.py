"""What the user wrote is what shows (R12, issue 14): no number broken inside, no space put into
a web address, a document's code on one line. On the plans, and on LibreOffice's own lines
(``pdftotext -bbox-layout``) of the stress outlines in every built-in theme."""

from __future__ import annotations

import re
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from deckmaker.layout.fit import bound_lines
from deckmaker.layout.model import TextBox
from deckmaker.layout.nobreak import NBSP
from deckmaker.pipeline import load_inputs, plan
from deckmaker.theme.loader import BUILTIN_DIR

from .conftest import FIXTURES, design_sweep, need_soffice

STRESS = FIXTURES / "stress"
THEMES = sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / "theme.yaml").is_file())
URL = re.compile(r"https?://[^\s,]+")
CODES = ("25-HD/BTGDUK", "04-NQ/TU", "68/2022/QH15", "21/CT-TTg", "1141/QĐ-UBND")
"""The codes of stress/words slide 6 ("Mã số văn bản: …")."""
HIDDEN = dict.fromkeys(map(ord, "\u200b\u2060\u00ad"))
"""Characters that show nothing: dropped before comparing."""


def _urls() -> list[str]:
    return sorted(set(URL.findall((STRESS / "words" / "outline.yaml").read_text("utf-8"))))


def test_lines_are_kept_without_adding_a_space_inside_a_word():
    text = "https://example.gov.vn/tai-lieu/huong-dan-so-25-HD và 8.171,5 tỷ đồng"
    lines = ["https://example.gov.vn/tai-lieu/huong-dan-so-", "25-HD và 8.171,5", "tỷ đồng"]
    got = bound_lines(text, lines)
    assert (
        got
        == f"https://example.gov.vn/tai-lieu/huong-dan-so-25-HD{NBSP}và{NBSP}8.171,5 tỷ{NBSP}đồng"
    )
    assert got is not None and got.replace(NBSP, " ") == text
    assert bound_lines(text, ["something else"]) is None


@pytest.mark.parametrize("theme", THEMES)
def test_a_web_address_is_planned_exactly_as_written(theme):
    """stress/words slide 7 showed "…/huong-dan-so- 25-HD…" (the measured lines joined with
    spaces) and "2024-⁠01-⁠20" (U+2060, copied with the address)."""
    plans = plan(load_inputs(STRESS / "words" / "outline.yaml", theme))
    texts = [p.text for s in plans for e in s.elements if isinstance(e, TextBox) for p in e.paras]
    for url in _urls():
        assert any(url in t for t in texts), url
    for t in texts:
        for url in URL.findall(t.replace(NBSP, " ")):
            assert url.translate(HIDDEN) == url, ascii(url)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[tuple[str, str], bytes]:
    """``pdftotext -bbox-layout`` of stress/cards and stress/words in every built-in theme."""
    need_soffice()
    from deckmaker.office import convert
    from deckmaker.pipeline import build_deck

    out = tmp_path_factory.mktemp("kept")
    cases = [(o, t) for o in ("cards", "words") for t in THEMES]

    def one(case: tuple[str, str]) -> bytes:
        outline, theme = case
        built = build_deck(
            STRESS / outline / "outline.yaml", out / f"{outline}-{theme}.pptx", theme
        )
        pdf = convert(built.path, "pdf", out / f"{outline}-{theme}")
        return subprocess.run(
            ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
        ).stdout

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(cases, pool.map(one, cases), strict=True))


INSIDE = re.compile(r"\d[,.]?$")
"""A line that ends inside a number ("319,5", "428,"): the next one starts with a digit."""


def _lines(bbox: bytes) -> list[list[str]]:
    """The rendered lines of each text block (words joined by a space), per block."""
    import xml.etree.ElementTree as ET

    ns = {"h": "http://www.w3.org/1999/xhtml"}
    return [
        [
            " ".join(w.text or "" for w in line.iterfind("h:word", ns))
            for line in block.iterfind("h:line", ns)
        ]
        for block in ET.fromstring(bbox).iterfind(".//h:block", ns)
    ]


@pytest.mark.render
@pytest.mark.parametrize("outline", ["cards", "words"])
@pytest.mark.parametrize("theme", THEMES)
def test_no_rendered_line_ends_inside_a_number(rendered, outline, theme):
    """stress/cards slide 8: "319,59/428, / 39 ha" (default), "319,5 / 9/428,39 ha"
    (tuong-phan). A chain of numbers wider than its line at the theme's smallest size breaks
    only after a "/" the planner opened (U+200B: "…/428.390,0/ / 202.340,0/…")."""
    splits = [
        f"slide {page}: {a[-16:]!r} / {b[:16]!r}"
        for page, a, b in design_sweep().rendered_line_pairs(rendered[outline, theme])
        if b[:1].isdigit() and (INSIDE.search(a) or (a.endswith("/") and a[-2:-1].isdigit()))
    ]
    assert splits == []


@pytest.mark.render
@pytest.mark.parametrize("theme", THEMES)
def test_a_rendered_web_address_reads_as_written(rendered, theme):
    """Its lines joined (no space at a line's end, a space between words of a line) and what
    shows nothing dropped: each address of the outline, exactly."""
    blocks = ["".join(lines).translate(HIDDEN) for lines in _lines(rendered["words", theme])]
    for url in _urls():
        assert any(url in b for b in blocks), url


@pytest.mark.render
@pytest.mark.parametrize("theme", THEMES)
def test_a_document_code_is_rendered_on_one_line(rendered, theme):
    """stress/words slide 6: "1141/QĐ- / UBND", "21/CT- / TTg" while "25-HD/BTGDUK" held."""
    lines = [ln.translate(HIDDEN) for block in _lines(rendered["words", theme]) for ln in block]
    for code in CODES:
        assert any(code in ln for ln in lines), code
