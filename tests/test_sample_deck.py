"""The sample deck outlines/hung-yen-2024 against Hướng dẫn 25-HD/BTGDUK: sections and figures."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from deckmaker.figures import load_figures
from deckmaker.numfmt import format_attainment, format_quantity, parse_number
from deckmaker.outline import load_outline
from deckmaker.pipeline import build_deck

from .conftest import FIXTURES, SAMPLE

GUIDANCE = FIXTURES / "draft" / "25-HD-BTGDUK-2024.txt"  # a copy of ../shared/guidance
GUIDANCE_FIGURES = FIXTURES / "guidance_figures.yaml"

PARTS = ("I", "II.1", "II.2", "II.3", "II.4", "II.5", "III")
"""The parts of the guidance that get a section each, in order."""

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")

NUMBER_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])|(?<![\w.,])\d+(?:,\d+)?(?!\w)"
)
"""A number written the Vietnamese way: "109.501", "10,05", "21.671,5", "7"."""

_NOT_FIGURES = (
    # document numbers: 25-HD/BTGDUK, 04-NQ/TU, 68/2022/QH15, 21/CT-TTg, Covid-19, COP26
    re.compile(r"[\w./-]*(?:\d[-/][A-ZĐ]|[A-Za-zĐđ][-]?\d)[\w./-]*"),
    # dates: 18/10/2023, 9/1/2023, 07/3/1944, 6/2024
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b"),
    # ordinals in headings and tables: (1), (12)–(14), (1/2), PHẦN 3, Trung ương 8, lần thứ 2
    re.compile(r"\(\d{1,2}(?:/\d{1,2})?\)|\b(?:PHẦN|Trung ương|lần thứ) \d+\b", re.IGNORECASE),
)
"""Numbers on slides that are not figures."""


def _clean(text: str) -> str:
    # U+2060 WORD JOINER shows nothing: it keeps "kinh tế -⁠ xã hội" on one line
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\u2060", "")).strip()


@dataclass(frozen=True)
class SlideTexts:
    """What one built slide says: on the slide (text, tables), in its notes, in chart alt text."""

    number: int
    shown: tuple[str, ...]
    notes: str
    alt: tuple[str, ...]
    section_title: str | None
    """The title of a section divider slide (None on other slides)."""


def _read_deck(path: Path) -> list[SlideTexts]:
    slides = []
    for number, slide in enumerate(Presentation(str(path)).slides, start=1):
        shown: list[str] = []
        alt: list[str] = []
        section = None
        for shape in slide.shapes:
            if shape.has_text_frame:
                shown.append(_clean(shape.text_frame.text))
            if shape.has_table:
                shown += [_clean(c.text) for row in shape.table.rows for c in row.cells]
            alt += [_clean(d) for d in shape._element.xpath(".//p:cNvPr/@descr") if d]
            if shape.name == "Section Number":
                section = ""
        if section is not None and slide.shapes.title is not None:
            section = _clean(slide.shapes.title.text)
        notes = (
            _clean(slide.notes_slide.notes_text_frame.text)
            if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None
            else ""
        )
        slides.append(SlideTexts(number, tuple(shown), notes, tuple(alt), section))
    return slides


@pytest.fixture(scope="module")
def deck(tmp_path_factory) -> list[SlideTexts]:
    out = tmp_path_factory.mktemp("sample") / "hung-yen-2024.pptx"
    result = build_deck(SAMPLE, out)
    assert result.path.exists()
    return _read_deck(result.path)


# ---------------------------------------------------------------- (a) sections follow the guidance


def _guidance_parts() -> dict[str, str]:
    """The headings of I, II.1–II.5 and III of the guidance, by part."""
    parts: dict[str, str] = {}
    roman = None
    for line in GUIDANCE.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^(I|II|III)- (.+)", line):
            roman = m.group(1)
            if roman != "II":
                parts[roman] = m.group(2)
        elif roman == "II" and (m := re.match(r"^([1-5])- (.+)", line)):
            parts[f"II.{m.group(1)}"] = m.group(2)
    assert tuple(parts) == ("I", "II.1", "II.2", "II.3", "II.4", "II.5", "III"), parts
    return parts


def _words(text: str) -> set[str]:
    stop = {"và", "của", "các", "những", "năm", "về", "trên", "từ", "đó"}
    return {w for w in re.findall(r"\w+", text.casefold()) if w not in stop and not w.isdigit()}


def _closest_part(text: str, parts: dict[str, str]) -> str:
    """The part of the guidance whose heading shares the most words with ``text``."""
    words = _words(text)
    return max(parts, key=lambda p: len(words & _words(parts[p])))


def test_sections_follow_parts_of_guidance(deck):
    dividers = [(s.number, s.section_title) for s in deck if s.section_title is not None]
    outline = [_clean(s.title.value) for s in load_outline(SAMPLE).sections]
    titles = [t for _, t in dividers]
    assert titles == outline, (
        "section divider slides do not match the outline's sections:\n"
        + "\n".join(f"  slide {n}: {t!r}" for n, t in dividers)
        + "\n expected, in order:\n"
        + "\n".join(f"  {t!r}" for t in outline)
    )
    parts = _guidance_parts()
    shown = [" ".join(s.shown) for s in deck if s.section_title is not None]
    found = [_closest_part(text, parts) for text in shown]
    assert tuple(found) == PARTS, "sections do not follow I, II.1–II.5, III of the guidance:\n" + (
        "\n".join(
            f"  slide {n}: {t!r} reads as {f} ({parts[f][:60]}…)"
            for (n, t), f in zip(dividers, found, strict=True)
        )
    )


# ---------------------------------------------------------------- (b) every figure of the guidance


def _guidance_figures() -> list[dict]:
    return yaml.safe_load(GUIDANCE_FIGURES.read_text(encoding="utf-8"))


def _decimal(raw: object) -> Decimal | tuple[Decimal, Decimal]:
    if isinstance(raw, list):
        low, high = raw
        return (Decimal(str(low)), Decimal(str(high)))
    return Decimal(str(raw))


def _occurs(expected: str, haystack: str) -> bool:
    """``expected`` stands in ``haystack`` as a whole number (not "8%" inside "98%")."""
    return re.search(r"(?<![\d.,])" + re.escape(expected) + r"(?!\w)", haystack) is not None


def test_every_guidance_figure_is_in_the_deck(deck):
    entries = [e for e in _guidance_figures() if e["section"] in ("2.2a", "2.2b", "3.2a")]
    assert len(entries) > 100, "guidance_figures.yaml lost its entries"
    everything = "\n".join("\n".join((*s.shown, s.notes, *s.alt)) for s in deck)
    missing = []
    for e in entries:
        expected = format_quantity(_decimal(e["value"]), e.get("unit"), "vi")
        if not _occurs(expected, everything):
            missing.append(f"  {e['section']} {e['key']}: {expected!r} ({e['label']})")
    assert not missing, (
        f"{len(missing)} figure(s) of the guidance are not in the deck "
        "(slide text, tables, notes or chart alt text):\n" + "\n".join(missing)
    )


# ------------------------------------------------------------ (c) no number outside figures.yaml


def _allowed_numbers() -> set[Decimal]:
    """Every number figures.yaml lets a slide show: values, plans, attainments, unit numbers."""
    allowed: set[Decimal] = set()
    for fig in load_figures(SAMPLE / "figures.yaml").values():
        for number in (fig.value, fig.plan):
            if isinstance(number, tuple):
                allowed.update(number)
            elif number is not None:
                allowed.add(number)
        if isinstance(fig.value, Decimal) and isinstance(fig.plan, Decimal):
            text = format_attainment(fig.value, fig.plan, "vi")
            allowed.update(parse_number(n) for n in NUMBER_RE.findall(text))
        allowed.update(parse_number(n) for n in NUMBER_RE.findall(fig.unit or ""))
    return allowed


def slide_numbers(text: str) -> list[str]:
    """The numbers ``text`` shows as figures: no years, dates, ordinals or document numbers."""
    for pattern in _NOT_FIGURES:
        text = pattern.sub(" ", text)
    return [n for n in NUMBER_RE.findall(text) if not (n.isdigit() and 1900 <= int(n) <= 2100)]


def test_slide_numbers_are_figures(deck):
    allowed = _allowed_numbers()
    stray = []
    for s in deck:
        for text in s.shown:
            for n in slide_numbers(text):
                if parse_number(n) not in allowed:
                    stray.append(f"  slide {s.number}: {n} in {text[:90]!r}")
    assert not stray, (
        f"{len(stray)} number(s) on slides are not values, plans or attainments of "
        "figures.yaml (retyped instead of {key}?):\n" + "\n".join(stray)
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("GRDP tăng 10,05%, vượt kế hoạch 8%", ["10,05", "8"]),
        ("Tổng thu 33.100 tỷ đồng; chi 21.671,5 tỷ đồng", ["33.100", "21.671,5"]),
        ("Hướng dẫn số 25-HD/BTGDUK; Nghị quyết số 04-NQ/TU", []),
        ("Nghị quyết số 68/2022/QH15; Chỉ thị số 21/CT-TTg; COP26; Covid-19", []),
        ("Kết luận số 53-KL/TW, ngày 28/4/2023 (1929 - 2024)", []),
        ("(12) Tỷ lệ lao động qua đào tạo (1/2) PHẦN 3", []),
        ("Nghị quyết Hội nghị Trung ương 8 khóa XIII", []),
        ("kế hoạch 2021 - 2025, đạt 82,9% KH", ["82,9"]),
    ],
)
def test_slide_numbers_skips_what_is_not_a_figure(text, numbers):
    assert slide_numbers(text) == numbers
