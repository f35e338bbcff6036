"""The checks of one slide: text out of its box or off the slide, pictures over text, glyphs."""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Any

from deckmaker.errors import Location, Problem, RenderError
from deckmaker.layout.fonts import FontNotFoundError, missing_glyphs, resolve_font
from deckmaker.units import EMU_PER_INCH, EMU_PER_PT

from ..i18n import _
from .model import Box, Finding, Shape, SlideModel, Text

_BACKGROUND_SHARE = 0.9  # a picture under text covering this much of the slide is a background


def _chars(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if not c.isspace())


def _align(rendered: str, expected: str) -> dict[int, int]:
    """Map positions of ``rendered`` to positions of ``expected``: first in order, then a few
    passes over what is left for text LibreOffice drew in another order."""
    pairs: dict[int, int] = {}
    left_a, left_b = list(range(len(rendered))), list(range(len(expected)))
    for least in (1, 3, 3):
        a = "".join(rendered[i] for i in left_a)
        b = "".join(expected[j] for j in left_b)
        blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        new = {left_a[x + k]: left_b[y + k] for x, y, n in blocks if n >= least for k in range(n)}
        if not new:
            break
        pairs.update(new)
        used = set(new.values())
        left_a = [i for i in left_a if i not in new]
        left_b = [j for j in left_b if j not in used]
    return pairs


def _assign(words: list[tuple[Box, str]], texts: tuple[Text, ...]) -> dict[int, list[Box]]:
    """Which rendered words belong to which text: by aligning the characters of the slide."""
    rendered, word_of = [], []
    for w, (_box, word) in enumerate(words):
        chars = _chars(word)
        rendered.append(chars)
        word_of += [w] * len(chars)
    expected, text_of = [], []
    for t, text in enumerate(texts):
        chars = _chars(text.text)
        expected.append(chars)
        text_of += [t] * len(chars)
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    for i, j in _align("".join(rendered), "".join(expected)).items():
        votes[word_of[i]][text_of[j]] += 1
    owned: dict[int, list[Box]] = defaultdict(list)
    for w, counter in votes.items():
        owner, count = counter.most_common(1)[0]
        if 2 * count >= len(rendered[w]):
            owned[owner].append(words[w][0])
    return owned


def _without_chart_words(words: list[tuple[Box, str]], model: SlideModel) -> list[tuple[Box, str]]:
    """``words`` less those a native chart drew itself (its legend, categories, title): a word
    inside a chart's frame that the chart writes is the chart's, never a text box's, even when a
    title says the same ("Thực hiện")."""
    charts = [(s.box, Counter(_chars(w) for w in s.words)) for s in model.shapes if s.words]
    if not charts:
        return words
    kept = []
    for box, word in words:
        x, y = (box.left + box.right) / 2, (box.top + box.bottom) / 2
        for frame, budget in charts:
            inside = frame.left <= x <= frame.right and frame.top <= y <= frame.bottom
            if inside and budget[_chars(word)] > 0:
                budget[_chars(word)] -= 1
                break
        else:
            kept.append((box, word))
    return kept


def _wrapped(boxes: list[Box], frame: Box, breaks: int = 0) -> int:
    """How many lines the words ``boxes`` take when ``frame`` holds one line and they take more
    (a footer wrapped in the template's font, its two small lines still inside the box); else 0.
    Lines a text breaks itself (``breaks`` line or paragraph breaks: a KPI card's unit under its
    number, at half its size) are no wrap; whether they stay inside the box is checked apart."""
    tops = sorted({round(b.top) for b in boxes})
    heights = sorted(b.bottom - b.top for b in boxes)
    least = heights[len(heights) // 2] / 2  # words on one line start within half a word's height
    lines = [tops[0]]
    for top in tops[1:]:
        if top - lines[-1] > least:
            lines.append(top)
    if len(lines) < 2 + breaks:
        return 0
    pitch = min(b - a for a, b in itertools.pairwise(lines))
    holds = math.floor((frame.bottom - frame.top) / pitch + 0.25)
    return len(lines) if holds <= 1 else 0


def _breaks(text: str) -> int:
    """The line and paragraph breaks a text has itself (python-pptx writes them as a vertical
    tab and a newline)."""
    return text.strip().count("\v") + text.strip().count("\n")


def _pt(emu: float) -> str:
    return f"{round(emu / EMU_PER_PT)} pt"


def _inch(emu: float) -> str:
    return f"{emu / EMU_PER_INCH:.2f} in".replace(".", ",")


def _beyond(boxes: list[Box], frame: Box, what: str, noun: str, tol: float) -> str:
    """``"38 pt below its box (box ends at 6,90 in)"`` for every side where ``boxes`` stick out
    of ``frame`` by more than ``tol``; empty when they stay inside."""
    sides = (
        (max(b.bottom for b in boxes) - frame.bottom, _("below"), _("ends"), frame.bottom),
        (frame.top - min(b.top for b in boxes), _("above"), _("starts"), frame.top),
        (
            max(b.right for b in boxes) - frame.right,
            _("past the right edge of"),
            _("ends"),
            frame.right,
        ),
        (
            frame.left - min(b.left for b in boxes),
            _("past the left edge of"),
            _("starts"),
            frame.left,
        ),
    )
    return _(" and ").join(
        _("{amount} {where} {what} ({noun} {edge} at {at})").format(
            amount=_pt(amount), where=where, what=what, noun=noun, edge=edge, at=_inch(at)
        )
        for amount, where, edge, at in sides
        if amount > tol
    )


def _table_rows(
    shape: Shape, index: int, texts: tuple[Text, ...], owned: dict[int, list[Box]], tol: float
) -> tuple[float, list[str]]:
    """The bottom of the table as rendered (rows grow to fit their text) and the grown rows."""
    top, grown = shape.box.top, []
    for r, height in enumerate(shape.rows):
        bottoms = [
            b.bottom
            for t, text in enumerate(texts)
            if text.shape == index
            and text.cell
            and text.cell[0] == r
            and text.box.bottom - text.box.top <= height + 1
            for b in owned.get(t, ())
        ]
        bottom = max([top + height, *(b + shape.pad_bottom for b in bottoms)])
        if bottom - top - height > tol:
            grown.append(
                _("row {value} grew by {pt}").format(value=r + 1, pt=_pt(bottom - top - height))
            )
        top = bottom
    return top, grown


def check_slide(
    number: int, model: SlideModel, words: list[tuple[Box, str]], slide: Box, tol: float
) -> list[Finding]:
    owned = _assign(_without_chart_words(words, model), model.texts)
    found: list[Finding] = []
    off_text: set[int] = set()

    def add(kind: str, shape: int, message: str) -> None:
        found.append(Finding(number, kind, message, model.shapes[shape].name))

    for t, text in enumerate(model.texts):
        boxes = owned.get(t)
        if text.shape < 0 or not boxes:
            continue
        name = model.shapes[text.shape].name
        label = _("table '{name}'").format(name=name) if text.cell else f"'{name}'"
        if text.cell is not None:
            r, c = text.cell
            column = Box(text.box.left, -math.inf, text.box.right, math.inf)
            if past := _beyond(boxes, column, _("its cell"), _("cell"), tol):
                add(
                    "overflow",
                    text.shape,
                    _("text of table '{name}' row {value}, column {value2} runs {past}").format(
                        name=name, value=r + 1, value2=c + 1, past=past
                    ),
                )
        elif text.check and (lines := _wrapped(boxes, text.box, _breaks(text.text))):  # the cause
            add("overflow", text.shape, _("text of '{name}' wraps onto {lines} lines in a box of "
                                          "one line").format(name=name, lines=lines))  # fmt: skip
        elif text.check and (past := _beyond(boxes, text.box, _("its box"), _("box"), tol)):
            add(
                "overflow",
                text.shape,
                _("text of '{name}' runs {past}").format(name=name, past=past),
            )
        if text.shape not in off_text and (
            past := _beyond(boxes, slide, _("the slide"), _("slide"), tol)
        ):
            off_text.add(text.shape)
            add(
                "offslide",
                text.shape,
                _("text of {label} runs {past}").format(label=label, past=past),
            )
    for s, shape in enumerate(model.shapes):
        if shape.kind == "table":
            bottom, grown = _table_rows(shape, s, model.texts, owned, tol)
            rendered = Box(shape.box.left, shape.box.top, shape.box.right, bottom)
            if past := _beyond([rendered], shape.box, _("its frame"), _("frame"), tol):
                add(
                    "overflow",
                    s,
                    _("rows of table '{name}' run {past}; {names}").format(
                        name=shape.name, past=past, names=", ".join(grown)
                    ),
                )
            if s not in off_text and (
                past := _beyond([rendered], slide, _("the slide"), _("slide"), tol)
            ):
                off_text.add(s)
                add(
                    "offslide",
                    s,
                    _("table '{name}' runs {past}").format(name=shape.name, past=past),
                )
        if s not in off_text and (
            past := _beyond([shape.box], slide, _("the slide"), _("slide"), tol)
        ):
            add("offslide", s, _("'{name}' extends {past}").format(name=shape.name, past=past))
    found += _overlaps(number, model, owned, slide, tol)
    return found


def _overlaps(
    number: int, model: SlideModel, owned: dict[int, list[Box]], slide: Box, tol: float
) -> list[Finding]:
    found = []
    for p, pic in enumerate(model.shapes):
        if pic.kind != "picture":
            continue
        background = pic.box.area() >= _BACKGROUND_SHARE * slide.area()
        hits: dict[int, list[Box]] = defaultdict(list)
        for t, text in enumerate(model.texts):
            if text.shape < 0 or (background and text.shape > p):
                continue
            for box in owned.get(t, ()):
                hit = box.overlap(pic.box)
                if hit and min(hit.right - hit.left, hit.bottom - hit.top) > tol:
                    hits[text.shape].append(hit)
        for s, boxes in sorted(hits.items()):
            w = max(b.right for b in boxes) - min(b.left for b in boxes)
            h = max(b.bottom for b in boxes) - min(b.top for b in boxes)
            how = "covers" if p > s else _("lies under")
            found.append(
                Finding(
                    number,
                    "overlap",
                    _(
                        "picture '{name}' {how} text of '{name2}' ({n} words over {inch} × {inch2})"
                    ).format(
                        name=pic.name,
                        how=how,
                        name2=model.shapes[s].name,
                        n=len(boxes),
                        inch=_inch(w)[:-3],
                        inch2=_inch(h),
                    ),
                    pic.name,
                )
            )
    return found


def check_glyphs(number: int, model: SlideModel) -> list[Finding]:
    missing: dict[tuple[str, str, Any], set[str]] = defaultdict(set)
    for run in model.runs:
        try:
            font = resolve_font(run.font, run.bold, run.italic)
        except FontNotFoundError as exc:
            raise RenderError(
                Problem(
                    Location("fontconfig"),
                    str(exc),
                    hint="apt-get install fontconfig fonts-liberation",
                )
            ) from exc
        if chars := missing_glyphs(font.path, run.text):
            missing[(run.shape, run.font, font)].update(chars)
    found = []
    for (shape, requested, font), chars in missing.items():
        ordered = sorted(chars)
        listed = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in ordered[:8])
        listed += ", …" if len(ordered) > 8 else ""
        drawn = (
            _(" (stood in for by {family})").format(family=font.family) if font.substituted else ""
        )
        found.append(
            Finding(
                number,
                "glyph",
                _(
                    "text of '{shape}' uses {listed}, which font '{requested}'{drawn} ({name}) "
                    "cannot draw; LibreOffice borrows another font, PowerPoint may show empty "
                    "boxes"
                ).format(
                    shape=shape,
                    listed=listed,
                    requested=requested,
                    drawn=drawn,
                    name=font.path.name,
                ),
                shape,
            )
        )
    return found
