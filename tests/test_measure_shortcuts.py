"""The shortcuts of a cold plan's measuring give what measuring in full gives: a bullet set in one
line skips ``fit.fewest_lines``' freed text, the freed text is kept (``nobreak.unlean``), a fit
from the largest size down skips the sizes a text is over one line at
(``TextMeasurer.over_one_line``), and a card set's label and detail lines are kept across its
fills (``kpis._said_lines``). On every call the plans of the sample deck and of the stress
outlines make: the same answers as the code before the shortcuts."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest

from deckmaker.layout import fit, nobreak
from deckmaker.layout.fit import SAFETY
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.kinds import kpis
from deckmaker.layout.measure import _REF_DPI as REF_DPI
from deckmaker.layout.measure import TextMeasurer, ppem
from deckmaker.layout.nobreak import leaning, loosen, whole_parentheses
from deckmaker.pipeline import load_inputs, plan

ROOT = Path(__file__).resolve().parents[1]

PLANS = [
    ("outlines/hung-yen-2024", "default"),
    ("outlines/hung-yen-2024", "tuong-phan"),
    ("tests/fixtures/stress/bullets", "co-do"),
    ("tests/fixtures/stress/words", "default"),
    ("tests/fixtures/stress/cards", "co-do"),
]


def _fewest_lines_before(text: str, m: TextMeasurer, size: float, width_pt: float) -> str:
    """``fit.fewest_lines`` as it was before the shortcuts: the freed text made afresh at each
    call, and counted even where the text takes one line."""

    def count(t: str, safety: float = SAFETY) -> int:
        return len(m.wrap(t, size, width_pt, safety=safety))

    def free(t: str) -> str:
        return loosen(t, lambda g: leaning(g), separators=False)

    limit = width_pt * (1 - SAFETY)
    whole = whole_parentheses(text, lambda g: m.width_pt(g, size) <= limit)
    if whole != text and count(whole) <= count(text):
        text = whole
    if count(text) <= count(free(text)) or count(text, 0.0) <= count(free(text), 0.0):
        return text
    least = count(free(text))
    tokens = text.split(" ")
    lines = count(text)
    for k in range(len(tokens) - 1, -1, -1):
        if lines <= least:
            break
        if not leaning(tokens[k]):
            continue
        trial = [*tokens[:k], free(tokens[k]), *tokens[k + 1 :]]
        n = count(" ".join(trial))
        if n < lines:
            tokens, lines = trial, n
    for k in range(len(tokens) - 1, -1, -1):
        if lines <= least:
            break
        if leaning(tokens[k]):
            tokens[k] = free(tokens[k])
            lines = count(" ".join(tokens))
    return " ".join(tokens)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The memos these shortcuts fill, empty: every call of a plan is made, not found kept."""
    for module, name in (
        (fit, "_SET"),
        (fit, "_FITTED"),
        (fit, "_EVEN"),
        (nobreak, "_UNLEANED"),
        (kpis, "_FILLED"),
        (kpis, "_SAID"),
        (kpis, "_VALUES"),
    ):
        monkeypatch.setattr(module, name, OrderedDict())


@pytest.mark.parametrize(("outline", "theme"), PLANS)
def test_shortcuts_answer_as_measuring_in_full(
    outline: str, theme: str, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    fewest: list[tuple[Any, ...]] = []
    freed: list[tuple[str, str]] = []
    over: list[tuple[Any, ...]] = []
    fills: list[tuple[Any, ...]] = []
    real_fewest, real_unlean = fit.fewest_lines, nobreak.unlean
    real_over, real_filled = TextMeasurer.over_one_line, kpis._filled

    def fewest_lines(text: str, m: TextMeasurer, size: float, width: float) -> str:
        got = real_fewest(text, m, size, width)
        fewest.append((text, m, size, width, got))
        return got

    def unlean(text: str) -> str:
        got = real_unlean(text)
        freed.append((text, got))
        return got

    def over_one_line(
        self: TextMeasurer, text: str, size: float, width: float, safety: float = 0.0
    ) -> bool:
        got = real_over(self, text, size, width, safety)
        over.append((self, text, size, width, safety, got))
        return got

    def fill(*args: Any) -> Any:
        got = real_filled(*args)
        fills.append((args, got))
        return got

    monkeypatch.setattr(fit, "fewest_lines", fewest_lines)
    monkeypatch.setattr(fit, "unlean", unlean)
    monkeypatch.setattr(TextMeasurer, "over_one_line", over_one_line)
    monkeypatch.setattr(kpis, "_filled", fill)
    plan(load_inputs(ROOT / outline, theme))
    monkeypatch.undo()

    # every bullet set: the text the full search chose (one line or not)
    assert fewest
    for text, m, size, width, got in fewest:
        assert got == _fewest_lines_before(text, m, size, width), (text, size, width)
    assert any(len(m.wrap(t, s, w, SAFETY)) == 1 for t, m, s, w, _ in fewest)
    # every text freed: as loosened afresh
    assert freed
    for text, got in freed:
        assert got == loosen(text, leaning, separators=False), text
    # every size a fit skipped: its wrap takes more than one line
    for m, text, size, width, safety, got in over:
        if got:
            assert len(m.wrap(text, size, width, safety)) > 1, (text, size, width)
    # every card set filled: as filled with nothing kept
    if "cards" in outline or "hung-yen" in outline:
        assert fills
    for args, got in fills:
        monkeypatch.setattr(kpis, "_SAID", OrderedDict())
        assert kpis._filled(*args) == got
    monkeypatch.undo()


def test_over_one_line_skips_sizes_where_values_are_set_whole(fresh: None) -> None:
    """The sample's cards set some values whole (no unit apart): their fits from the largest
    size down skip sizes (the shortcut is taken), and a fit's answer is the one wrapping every
    size gives."""
    inputs = load_inputs(ROOT / "outlines/hung-yen-2024", "default")
    calls: list[tuple[Any, ...]] = []
    real = fit.fit_single

    def fit_single(*args: Any) -> Any:
        got = real(*args)
        calls.append((args, got))
        return got

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kpis, "fit_single", fit_single)
        plan(inputs)
    assert calls
    skipped = 0
    for (text, m, width, height, most, least, lines), got in calls:
        want: tuple[float, list[str]] | None = None
        tried = fit.sizes(most, least)
        for s in tried:
            wrapped = m.wrap(text, s, width, safety=SAFETY)
            skipped += lines == 1 and s != tried[-1] and m.over_one_line(text, s, width, SAFETY)
            ok = lines is None or len(wrapped) <= lines
            if ok and len(wrapped) * m.line_height_pt(s, fit.LINE_SPACING) <= height + 1e-6:
                want = (s, wrapped)
                break
        else:
            want = (least, wrapped)
        assert got == want, text
    assert skipped > 0


def test_over_one_line_never_claims_a_text_of_one_character() -> None:
    """A character wider than its line is set alone on one line: never claimed over one; two
    such characters take two lines, and are."""
    m = TextMeasurer(resolve_font("Liberation Sans").path)
    assert len(m.wrap("W", 60, 5, SAFETY)) == 1
    assert not m.over_one_line("W", 60, 5, SAFETY)
    assert len(m.wrap("WW", 60, 5, SAFETY)) == 2
    assert m.over_one_line("WW", 60, 5, SAFETY)
    # a line that fits is never claimed over one; one a pixel a glyph too wide may not be
    text = "Tăng trưởng kinh tế"
    width = m.width_pt(text, 24)
    assert not m.over_one_line(text, 24, width)
    assert m.over_one_line(text, 24, width / 2)


def test_over_one_line_at_a_line_its_rounding_makes_narrower() -> None:
    """A line whose glyphs, each rounded to whole pixels, come to less than their unrounded sum
    fits a width under that sum: ``over_one_line`` leaves the line one (its half a pixel a
    term), where the sum alone would claim it over. Found in the sample's kind of text."""
    m = TextMeasurer(resolve_font("Liberation Sans").path)
    found = 0
    for text in ("Tốc độ tăng trưởng kinh tế", "Thu ngân sách nhà nước", "Vốn đầu tư toàn xã hội"):
        total, _terms = m._units_of(text)
        for size in range(12, 61):
            px = ppem(size)
            rounded = m.width_pt(text, size) * REF_DPI / 72  # whole pixels
            unrounded = total * px / m._upem
            if unrounded - rounded < 0.3:
                continue
            width = (rounded + 0.15) * 72 / REF_DPI
            assert len(m.wrap(text, size, width)) == 1
            assert not m.over_one_line(text, size, width)
            found += 1
    assert found
