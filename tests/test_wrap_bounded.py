"""A measurer's memos are bounded (``measure.WRAPS_KEPT``, ``PIECES_KEPT``, ``SEGMENTS_KEPT``):
a long preview session, asking for the wraps and widths of ever new texts (each edit of a
figure is a new text), holds no more than the bounds and no more memory once past them; the
wrap memos drop the least recently used (``deckmaker.kept``), and a dropped answer asked again
is the same answer. A cold plan of the sample deck stays under every bound: a build drops
nothing, so it does no more work than before the bounds."""

from __future__ import annotations

import gc
import tracemalloc
from collections import OrderedDict

import pytest

from deckmaker.layout import measure
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.measure import TextMeasurer

MEMOS = ("_asked", "_wraps", "_sums", "_widths", "_sized", "_advances", "_pieces", "_pairs")


def _text(i: int) -> str:
    return f"Thu ngân sách nhà nước quý {i} tăng {i % 97},{i % 10}% so với cùng kỳ năm trước"


def _bounds(monkeypatch: pytest.MonkeyPatch, texts: int, pieces: int) -> None:
    monkeypatch.setattr(measure, "WRAPS_KEPT", texts)
    monkeypatch.setattr(measure, "PIECES_KEPT", pieces)
    monkeypatch.setattr(measure, "SEGMENTS_KEPT", pieces)
    monkeypatch.setattr(measure, "_SEGMENTS", OrderedDict())  # the module's: other tests filled it


def _within(m: TextMeasurer) -> None:
    for name in ("_asked", "_wraps", "_sums", "_widths", "_sized"):
        assert len(getattr(m, name)) <= measure.WRAPS_KEPT, name
    for name in ("_advances", "_pieces", "_pairs"):
        assert len(getattr(m, name)) <= measure.PIECES_KEPT, name
    assert len(measure._SEGMENTS) <= measure.SEGMENTS_KEPT


def test_a_long_session_holds_no_more_memory_past_the_bounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _bounds(monkeypatch, 500, 1000)
    m = TextMeasurer(resolve_font("Liberation Sans").path)

    def session(start: int) -> None:  # 1,500 new texts: three times the bound
        for i in range(start, start + 1500):
            m.wrap(_text(i), 18.0, 200.0)
            m.width_pt(_text(i), 18.0)
            _within(m)

    session(0)
    gc.collect()
    tracemalloc.start()
    try:
        session(1500)
        gc.collect()
        once = tracemalloc.get_traced_memory()[0]
        session(3000)
        gc.collect()
        twice = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(m._asked) == len(m._wraps) == 500
    assert twice < once * 1.1, (once, twice)  # unbounded, the second lap held twice the first
    assert (_text(4499), 18.0, 200.0, 0.0) in m._asked  # the newest kept, the oldest gone
    assert (_text(0), 18.0, 200.0, 0.0) not in m._asked


@pytest.mark.parametrize("bound", [1, 3, 8])
def test_the_least_recently_used_goes_and_answers_stay_the_same(
    monkeypatch: pytest.MonkeyPatch, bound: int
) -> None:
    _bounds(monkeypatch, bound, 2 * bound)
    path = resolve_font("Liberation Sans").path
    m = TextMeasurer(path)
    texts = [_text(i) for i in range(3 * bound + 2)]
    for t in texts:
        m.wrap(t, 28.0, 150.0)
        m.wrap(texts[0], 28.0, 150.0)  # asked again after each: never the one to go
        _within(m)
    assert (texts[0], 28.0, 150.0, 0.0) in m._asked
    for t in texts:  # dropped or kept, each answer is a new measurer's
        for size, width in ((28.0, 150.0), (28.0, 150.001), (12.0, 90.0)):
            assert m.wrap(t, size, width) == TextMeasurer(path).wrap(t, size, width)
            assert m.width_pt(t, size) == TextMeasurer(path).width_pt(t, size)
            _within(m)


def test_a_cold_plan_of_the_sample_stays_under_the_bounds() -> None:
    """In a fresh process (the measurers are the process's: in a test worker every earlier
    test's texts are in them too, which once failed this test at 53,037 pieces in CI while a
    cold plan makes 4,805), a cold plan of the sample drops nothing: under half of every bound."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script = (
        "import gc, json\n"
        "from pathlib import Path\n"
        "from deckmaker.layout import measure\n"
        "from deckmaker.layout.measure import TextMeasurer\n"
        "from deckmaker.pipeline import load_inputs, plan\n"
        f"plan(load_inputs(Path({str(root / 'outlines' / 'hung-yen-2024')!r})))\n"
        "ms = [o for o in gc.get_objects() if isinstance(o, TextMeasurer)]\n"
        f"print(json.dumps([[m.path.name, {{n: len(getattr(m, n, ())) for n in {MEMOS!r}}}]"
        " for m in ms] + [len(measure._SEGMENTS)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    *found, segments = json.loads(out.stdout.strip().splitlines()[-1])
    assert found
    for font, sizes in found:
        for name, n in sizes.items():
            limit = (
                measure.PIECES_KEPT
                if name in ("_advances", "_pieces", "_pairs")
                else (measure.WRAPS_KEPT)
            )
            assert n < limit // 2, (font, name, n)
    assert segments < measure.SEGMENTS_KEPT // 2
