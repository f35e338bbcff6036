"""Chart PNGs are deflated by zlib-ng (faster) into the very bytes zlib's run-length strategy
writes: a chart's picture does not depend on which of the two a machine has."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from zlib_ng import zlib_ng

from deckmaker.charts import render_png
from deckmaker.charts.render import PNG_LEVEL, PNG_STRATEGY, png_zlib
from tests.unit.test_charts import plan_of


def _zlib_rle(data: bytes) -> bytes:
    deflater = zlib.compressobj(PNG_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS, 8, PNG_STRATEGY)
    return deflater.compress(data) + deflater.flush()


def _zlib_ng_rle(data: bytes) -> bytes:
    deflater = zlib_ng.compressobj(PNG_LEVEL, zlib_ng.DEFLATED, zlib_ng.MAX_WBITS, 8, PNG_STRATEGY)
    return deflater.compress(data) + deflater.flush()


def _idat(png: bytes) -> bytes:
    """The IDAT payload of a PNG of one IDAT chunk (as ``encode_png`` writes)."""
    at, found = 8, []
    while at < len(png):
        (size,) = struct.unpack(">I", png[at : at + 4])
        kind = png[at + 4 : at + 8]
        if kind == b"IDAT":
            found.append(png[at + 8 : at + 8 + size])
        at += 12 + size
    assert len(found) == 1
    return found[0]


def test_chart_pngs_are_deflated_by_zlib_ng():
    assert png_zlib() is zlib_ng  # a dependency: the CPU saved is there on every install


def _inputs() -> dict[str, bytes]:
    rng = np.random.default_rng(21)
    noise = rng.integers(0, 256, 200_000, dtype=np.uint8).tobytes()
    # rows as a chart's after the Up filter: mostly zeros, edges of a few bytes, flat colours
    rows = np.zeros((700, 3 * 2427 + 1), np.uint8)
    rows[:, 0] = 2
    for r in range(0, 700, 7):
        cols = rng.integers(1, rows.shape[1], 40)
        rows[r, cols] = rng.integers(0, 256, 40, dtype=np.uint8)
    rows[100:400, 3000:3300] = 17  # a bar's edge rows
    runs = b"".join(bytes([i % 251]) * int(n) for i, n in enumerate(rng.integers(1, 600, 20_000)))
    return {
        "empty": b"",
        "one byte": b"\x07",
        "a run of 258": b"\0" * 258,
        "a run of 259": b"\0" * 259,
        "a run of 260": b"a" + b"\0" * 259,
        "over the window": b"\x01" * 32_767 + b"\x02" * 32_769 + b"\x03" * 65_537,
        "period two and three": b"ab" * 50_000 + b"abc" * 50_000,
        "noise": noise,
        "noise and runs": noise[:50_000] + b"\0" * 100_000 + noise[50_000:] + b"\xff" * 70_001,
        "runs of every length": runs,
        "chart-like rows": rows.tobytes(),
    }


@pytest.mark.parametrize("name", list(_inputs()))
def test_zlib_ng_writes_zlibs_run_length_stream(name):
    data = _inputs()[name]
    ours = _zlib_ng_rle(data)
    assert ours == _zlib_rle(data)  # fails if zlib-ng's RLE parses or codes a block otherwise
    assert zlib.decompress(ours) == data


@pytest.mark.parametrize("kind", ["barh", "bar", "line", "donut", "stacked-bar", "plan-actual"])
def test_a_charts_png_is_the_one_zlib_writes(kind):
    png = render_png(plan_of(kind))  # its IDAT deflated again by zlib's own RLE
    idat = _idat(png)
    assert _zlib_rle(zlib.decompress(idat)) == idat
