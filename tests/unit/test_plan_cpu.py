"""Planning's shortcuts (issue 16, fifteenth pass) give what the direct path gives: a bullet
set once for its text, measurer, size and width (``fit.set_text``); a page's height measured
once per run of units while ``paginate.balance`` tries capacities; the lexicon read as one
text (``nobreak._lexicon_of``); a row's tallest card in one pass (``kpis._row_max``)."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from deckmaker.layout import fit, nobreak, paginate
from deckmaker.layout.fit import (
    SAFETY,
    Item,
    fewest_lines,
    keep_last_words,
    measure_items,
    set_text,
)
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.kinds import table
from deckmaker.layout.kinds.kpis import _row_max
from deckmaker.layout.measure import TextMeasurer
from deckmaker.layout.nobreak import bind_compounds, loosen
from deckmaker.units import EMU_PER_PT
from tests.unit.test_measure import _sample_texts


@pytest.fixture(scope="module")
def m() -> TextMeasurer:
    return TextMeasurer(resolve_font("Liberation Sans").path)


def _direct(text: str, m: TextMeasurer, size: float, avail: float) -> tuple[str, str, int]:
    """What ``measure_items`` did for each item before ``set_text`` kept it."""
    text = loosen(text, lambda t: m.width_pt(t, size) > avail * (1 - SAFETY))
    text = fewest_lines(text, m, size, avail)
    last = keep_last_words(text, m, size, avail)
    return text, last, len(m.wrap(last, size, avail, safety=SAFETY))


def test_a_bullet_set_once_is_set_as_the_direct_path_sets_it(m: TextMeasurer) -> None:
    """At many sizes and widths, every text of the sample deck (its words bound as planning
    binds them) set through the memo equals the direct path's setting, asked first or again."""
    rnd = random.Random(16)
    texts = [bind_compounds(t) for t in _sample_texts() if len(t.split()) > 3 and len(t) < 160]
    fit._SET.clear()
    checked = changed = 0
    for text in rnd.sample(texts, 60):
        for size in (18, 28):
            for avail in (rnd.uniform(120, 700), rnd.uniform(120, 700)):
                want = _direct(text, m, size, avail)
                for _ in range(2):  # computed, then kept
                    assert set_text(text, m, size, avail) == want, (text, size, avail)
                checked += 1
                changed += want[1] != text
    assert checked == 240 and changed > 20  # texts the setting does change are among them


def test_measured_items_carry_the_kept_setting(m: TextMeasurer) -> None:
    """``measure_items`` gives each item the setting ``set_text`` keeps (the text with its
    last words bound as the item's, the loosened text as ``plain``, its lines) at the width
    left after its indent; the same list measured twice is measured alike."""
    texts = [bind_compounds(t) for t in _sample_texts() if len(t.split()) > 8 and len(t) < 200]
    texts = texts[:: max(1, len(texts) // 12)][:12]
    items = [Item(t, 1 + k % 2, 0, None, "") for k, t in enumerate(texts)]  # type: ignore[arg-type]
    width = round(600 * EMU_PER_PT)
    fit._SET.clear()
    first = measure_items(items, m, width, 24, 18)
    assert first == measure_items(items, m, width, 24, 18)
    for x, it in zip(first, items, strict=True):
        avail = (width - x.indent) / EMU_PER_PT
        plain, last, lines = _direct(it.text, m, x.size, avail)
        assert (x.plain, x.item.text, x.lines) == (plain, last, lines)


def _balance_directly(units, n, cap, height):
    """``paginate.balance`` by its definition, measured afresh: as few pages as the greedy
    split takes, and of all splits into that many pages none taller than ``cap`` the one whose
    pages are most alike (least sum of squared heights, then lowest tallest page; h18l)."""

    if not units:
        return [[]]
    pages = [[]]
    for u in units:
        if pages[-1] and height(pages[-1] + u) > cap + paginate.EPS:
            pages.append([])
        pages[-1].extend(u)
        if height(pages[-1]) > cap + paginate.EPS:
            return None
    if len(pages) > n:
        return None
    m, k = len(pages), len(units)
    best, chosen = None, pages
    for cuts in itertools.combinations(range(1, k), m - 1):
        bounds = (0, *cuts, k)
        split = [[x for u in units[i:j] for x in u] for i, j in itertools.pairwise(bounds)]
        hs = [height(p) for p in split]
        if max(hs) > cap + paginate.EPS:
            continue
        cost = (sum(h * h for h in hs), max(hs))
        if best is None or cost < best:
            best, chosen = cost, split
    return chosen


def test_balanced_pages_are_the_pages_balanced_directly() -> None:
    """Random units of random heights (a page's height not the sum of its units': the first
    unit's space before is not counted, as ``fit.page_height``) into 1-5 pages under random
    capacities: the same pages, or None alike; each run of units measured once."""
    rnd = random.Random(16)
    calls: list[tuple[float, ...]] = []

    def height(page: list[tuple[float, float]]) -> float:
        calls.append(tuple(h for h, _ in page))
        return sum(h + sb for h, sb in page) - (page[0][1] if page else 0.0)

    found = 0
    for _ in range(400):
        units = [
            [(rnd.uniform(5, 60), rnd.uniform(0, 8)) for _ in range(rnd.randint(1, 3))]
            for _ in range(rnd.randint(0, 9))
        ]
        n, cap = rnd.randint(1, 5), rnd.uniform(40, 300)
        want = _balance_directly(units, n, cap, height)
        calls.clear()
        got = paginate.balance(units, n, cap, height)
        assert got == want, (units, n, cap)
        found += got is not None and len(got) > 1
        # each page tried is measured once, whatever the capacities tried (a unit alone once
        # more: the least capacity to try)
        assert max(Counter(calls).values(), default=0) <= 2, (units, n, cap)
    assert found > 50


def _lexicon_by_syllable(text: str) -> frozenset[str]:
    """The lexicon as ``_lexicon`` read it before, syllable by syllable."""
    return frozenset(
        " ".join(map(nobreak._tone_first, w.split()))
        for line in text.splitlines()
        if 2 <= len((w := " ".join(line.lower().split())).split()) <= 4
    )


def test_the_lexicon_read_at_once_is_the_lexicon_read_by_syllable() -> None:
    """Old tone places ("hoá", "thuỷ", "khoẻ" and at a line's end), "qua"/"quý" (whose "u" is
    no vowel of the pair), capitals, runs of spaces and tabs, one and five syllables, NFD
    input: the same words either way; and the word list pyvi ships, when installed."""
    text = "\n".join(
        (
            "hiện đại hoá",
            "Thuỷ  lợi",
            "sức khoẻ\tcộng đồng",
            "quý báu",
            "qua lại",
            "QUẢN LÝ nhà nước",
            "hoà bình",
            "một",
            "a b c d e",
            "  tuỳ   ý  ",
            "uỷ ban nhân dân",
            "xoá đói giảm nghèo",
            "\u0068\u006f\u0061\u0300 hợp",  # "hoà" decomposed
            "loè loẹt",
            "",
        )
    )
    want = _lexicon_by_syllable(text)
    assert nobreak._lexicon_of(text) == want
    assert {"hiện đại hóa", "thủy lợi", "hòa bình", "ủy ban nhân dân", "tùy ý"} <= want
    nobreak._lexicon.cache_clear()
    try:
        words = nobreak._lexicon()
    finally:
        nobreak._lexicon.cache_clear()
    if words:  # pyvi installed: its list read both ways
        import importlib.util
        from pathlib import Path

        spec = importlib.util.find_spec("pyvi")
        assert spec is not None
        roots = list(spec.submodule_search_locations or [])
        raw = (Path(roots[0]) / "models" / "words.txt").read_text(encoding="utf-8")
        assert words == _lexicon_by_syllable(raw)


def test_a_rows_tallest_card_is_the_most_of_its_cards() -> None:
    """``_row_max`` gives, for every row, the most of the values of the cards in it (0 for a
    row with none), as the list of each row's values did."""
    rnd = random.Random(16)
    for _ in range(500):
        cards, cols = rnd.randint(1, 12), rnd.randint(1, 4)
        per = rnd.choice([None, rnd.randint(1, cards)])
        each = per or cards
        rows = -(-each // cols)
        row_of = [(j % each) // cols for j in range(cards)]
        values = [rnd.randint(0, 4) for _ in range(cards)]
        want = [
            max([v for v, at in zip(values, row_of, strict=True) if at == r] or [0])
            for r in range(rows)
        ]
        assert _row_max(values, row_of, rows) == want


def test_segments_found_by_pattern_are_the_segments_found_by_character() -> None:
    """``measure.segments`` (runs of spaces and break characters found by regular expression)
    splits every text as the character-by-character loop it replaced: random texts of the
    characters that decide a break (spaces, tabs, hyphens, dashes, U+200B, slashes, "…?!",
    U+2060, NBSP, ASCII, superscript and Arabic-Indic digits) and the sample deck's texts."""
    from deckmaker.layout.measure import _segments_by_character, segments

    rnd = random.Random(16)
    alphabet = list("ab1 \t-/?!…\u2010\u2013\u2014\u200b\u2060\u00a0²٣é")
    texts = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 12))) for _ in range(20_000)]
    for text in [*texts, *_sample_texts()]:
        assert segments(text) == _segments_by_character(text), repr(text)
    assert segments("") == [] and segments("a-b")[0].weak is False
    assert [(s.word, s.weak) for s in segments("a/b 1/2")] == [
        ("a/", True),
        ("b", False),
        ("1/2", False),
    ]


def test_a_header_kept_for_the_plan_is_the_header_made_afresh() -> None:
    """``page.header`` keeps each title's header for the plan's context and frame: what it
    gives (asked first or again) equals ``_header``'s, for every title of the sample deck and
    its continuation; a caller changing the list it got changes no later answer; a new plan
    (context) or another frame is not answered from the last one's."""
    from dataclasses import replace

    from deckmaker.layout import page
    from deckmaker.layout.context import PlanContext
    from deckmaker.layout.frame import Fonts, build_frame
    from deckmaker.pipeline import load_inputs
    from tests.conftest import SAMPLE

    inputs = load_inputs(SAMPLE, "co-do")
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme))
    ctx = PlanContext.for_deck(inputs.deck, inputs.resolver)
    titles = [ctx.text(s.title) for sec in inputs.deck.sections for s in sec.slides]
    titles += [f"{t} (tiếp)" for t in titles[:10]]
    assert len(titles) > 50
    for title in titles:
        want = page._header(title, frame, ctx)
        got = page.header(title, frame, ctx)
        assert got == want
        got[0].clear()
        assert page.header(title, frame, ctx) == want
    narrow = replace(frame, width=frame.width // 2)
    assert page.header(titles[0], narrow, ctx) == page._header(titles[0], narrow, ctx)
    assert page.header(titles[0], narrow, ctx) != page.header(titles[0], frame, ctx)
    other = PlanContext.for_deck(inputs.deck, inputs.resolver)
    page.header(titles[0], frame, other)
    assert page._HEADERS[0][0] is other and len(page._HEADERS[0][1]) == 1


def _no_tall_cells_directly(
    widths: list[float],
    header: tuple[str, ...],
    rows: list[tuple[str, ...]],
    bold: tuple[bool, ...],
    m: TextMeasurer,
    bold_m: TextMeasurer,
    size: float,
    pad: float,
) -> list[float]:
    """``table._no_tall_cells`` as it was before it stopped at a column's first cell over."""
    cells = [header, *rows]
    fonts = [bold_m, *(bold_m if b else m for b in bold)]

    def lines(c: int, w: float) -> list[int]:
        return [
            len(mm.wrap(r[c], size, w - pad, safety=table.CELL_SAFETY)) if r[c] else 1
            for r, mm in zip(cells, fonts, strict=True)
        ]

    def narrowest(c: int, most: list[int], lo: float, hi: float) -> float | None:
        """The narrowest width in [lo, hi] (to half a point) at which no cell of column ``c``
        takes more lines than ``most``, as LibreOffice sets them (``table.CELL_SAFETY``); None
        when even ``hi`` is too narrow."""
        if any(a > b for a, b in zip(lines(c, hi), most, strict=True)):
            return None
        while hi - lo > 0.5:
            mid = (lo + hi) / 2
            if any(a > b for a, b in zip(lines(c, mid), most, strict=True)):
                lo = mid
            else:
                hi = mid
        return hi

    out = list(widths)
    for c in range(len(out)):
        now = lines(c, out[c])
        if max(now) < table.TALL_CELL:
            continue
        give = []
        for d in range(len(out)):
            need = narrowest(d, lines(d, out[d]), pad, out[d]) if d != c else None
            give.append(max(0.0, out[d] - need - table.GIVE_MARGIN) if need is not None else 0.0)
        target = [min(x, max(now) - 1) for x in now]
        wider = narrowest(c, target, out[c], out[c] + sum(give))
        if wider is None:
            continue
        spare = sum(give)
        # what it needs and half of what is left: its text clear of the column beside it
        want = wider - out[c] + (spare - (wider - out[c])) / 2
        out = [w + want if d == c else w - want * give[d] / spare for d, w in enumerate(out)]
    return out


def test_columns_widened_for_tall_cells_as_before() -> None:
    """``table._no_tall_cells`` (a width tried for a column stops at its first cell that takes
    too many lines) gives the widths the direct path gives (every cell wrapped at every width
    tried): random tables of the sample deck's texts, narrow to wide, at two sizes, many of
    them with a tall cell that widens its column."""
    rnd = random.Random(16)
    m = TextMeasurer(resolve_font("Liberation Sans").path)
    bold_m = TextMeasurer(resolve_font("Liberation Sans", bold=True).path)
    words = [t for t in _sample_texts() if 0 < len(t) < 90]
    widened = 0
    for _ in range(60):
        n = rnd.randint(2, 4)
        header = tuple(rnd.choice(words) for _ in range(n))
        rows = [tuple(rnd.choice([*words, ""]) for _ in range(n)) for _ in range(rnd.randint(1, 6))]
        bold = tuple(rnd.random() < 0.2 for _ in rows)
        widths = [rnd.uniform(60, 260) for _ in range(n)]
        size, pad = rnd.choice((14.0, 20.0)), rnd.uniform(4, 12)
        want = _no_tall_cells_directly(widths, header, rows, bold, m, bold_m, size, pad)
        got = table._no_tall_cells(widths, header, rows, bold, m, bold_m, size, pad)
        assert got == want, (header, rows, widths, size, pad)
        widened += got != widths
    assert widened > 10
