"""Draws chart plans to PNG and SVG bytes; matplotlib is imported only when a chart is drawn."""

from __future__ import annotations

import atexit
import contextlib
import contextvars
import dataclasses
import functools
import heapq
import io
import itertools
import math
import os
import re
import struct
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from deckmaker import chartfork
from deckmaker.charts import cache
from deckmaker.charts.model import (
    MIN_BASE_PT,
    TITLE_SCALE,
    WORDS,
    ChartPlan,
    RenderedChart,
    abbreviated,
)
from deckmaker.errors import ChartFitError, RenderError

from ..i18n import _

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.figure import Figure
    from numpy.typing import NDArray

    from deckmaker.charts import server
    from deckmaker.charts.kinds.common import Canvas

SVG_HASH_SALT = "deckmaker"
PNG_LEVEL = 3
"""zlib level of chart PNGs: half the encoding time of level 6, files about 5% larger."""
PNG_STRATEGY = zlib.Z_RLE
"""zlib's run-length strategy: after the "Up" filter a chart's rows are mostly runs of zeros
(flat colours), which it finds without searching for earlier matches: on the sample's 13
charts ~15% less deflate time than the default strategy and 4% smaller files (the level then
changes nothing)."""

TRANSPARENT = "none"
"""The figure's background: the slide shows through, so no box is seen around a chart on any
slide background (a template's picture or colour included)."""

_registered: set[str] = set()


def _family(path: str) -> str:
    """Registers the font file with matplotlib and returns the family name it declares."""
    from matplotlib import font_manager

    if path not in _registered:
        font_manager.fontManager.addfont(path)
        _registered.add(path)
    return font_manager.FontProperties(fname=path).get_name()


@contextmanager
def _rc(plan: ChartPlan) -> Iterator[None]:
    import matplotlib

    style = plan.style
    for path in (style.font_file, style.heading_font_file):
        if not Path(path).is_file():
            raise RenderError(_("chart font file not found: {path}").format(path=path))
    families = [_family(str(style.font_file)), _family(str(style.heading_font_file))]
    text = style.text_color
    with matplotlib.rc_context(
        {
            "font.family": families,
            "font.size": style.base_size_pt,
            "text.color": text,
            "axes.labelcolor": text,
            "xtick.color": text,
            "ytick.color": text,
            "axes.unicode_minus": False,
            "figure.facecolor": TRANSPARENT,
            "savefig.facecolor": TRANSPARENT,
            "svg.hashsalt": SVG_HASH_SALT,
            "svg.fonttype": "path",
            "path.simplify": False,
            "text.hinting": "no_hinting",
        }
    ):
        yield


def _sizes(plan: ChartPlan) -> list[float]:
    """Base sizes to try: the theme's, then a point smaller each time down to the theme's
    smallest chart text (``min_size_pt``), never under ``MIN_BASE_PT`` (a theme minimum under
    it is for the notes and crowded labels, which are smaller than the base)."""
    size = float(plan.style.base_size_pt)
    floor = max(float(plan.style.min_size_pt), MIN_BASE_PT)  # smaller texts: the note sizes
    sizes = [size]
    while sizes[-1] > floor:
        sizes.append(max(floor, math.ceil(sizes[-1]) - 1.0))
    return sizes


def _build(plan: ChartPlan) -> Figure:
    """The laid-out figure at the theme's text size, or the largest smaller size (down to the
    theme's ``min_size_pt``) at which everything fits the box."""
    import matplotlib

    from deckmaker.charts.kinds.layout import TooSmall, too_small_message

    last = plan
    for size in _sizes(plan):
        sized = dataclasses.replace(plan, style=dataclasses.replace(plan.style, base_size_pt=size))
        try:
            with matplotlib.rc_context({"font.size": size}):
                return _build_at(sized)
        except TooSmall:
            last = sized
    # never smaller than the theme's minimum: names sharing a long leading phrase say it once
    short = abbreviated(plan.categories)
    if short is not None:
        categories, glossary = short
        for size in _sizes(plan):
            style = dataclasses.replace(plan.style, base_size_pt=size)
            sized = dataclasses.replace(plan, categories=categories, style=style)
            try:
                with matplotlib.rc_context({"font.size": size}):
                    return _build_at(sized, glossary)
            except TooSmall:
                pass
    raise ChartFitError(too_small_message(last, plan.style.base_size_pt))


def _build_at(plan: ChartPlan, glossary: tuple[str, str] | None = None) -> Figure:
    from deckmaker.charts.kinds.layout import fit

    canvas = _drawn(plan, glossary)
    fit(canvas)
    return canvas.fig


def _drawn(
    plan: ChartPlan, glossary: tuple[str, str] | None = None, start: int | None = None
) -> Canvas:
    """The figure of ``plan`` drawn, before its layout is fitted (``_build_at``); a big-number
    panel's numbers at most at ``start``'s size when given (its peers not weighed)."""
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    from deckmaker.charts.kinds import DRAW
    from deckmaker.charts.kinds.common import CAPTION_GID, PAD_PT, AggCanvas, Canvas

    width_in, height_in = plan.width_emu / 914400, plan.height_emu / 914400
    fig = Figure(figsize=(width_in, height_in), dpi=plan.dpi, layout="constrained")
    AggCanvas(fig)
    pad = PAD_PT / 72
    engine = fig.get_layout_engine()
    assert isinstance(engine, ConstrainedLayoutEngine)
    engine.set(w_pad=pad, h_pad=pad, wspace=0.02, hspace=0.02)
    canvas = Canvas(plan=plan, fig=fig)
    left = pad / width_in
    text_width = fig.bbox.width * (1 - 2.5 * left)
    title = size = None
    if plan.title:
        size = round(canvas.base * TITLE_SCALE, 1)
        title = canvas.wrap(plan.title, text_width, size, heading=True)
        if plan.form == "chart":
            title, size = chart_title(canvas, plan.title, fig.bbox.width * (1 - left), size)
    note = canvas.unit_note() if plan.form == "chart" else None  # big numbers name their unit
    caption = [note] if note else []
    if glossary is not None:
        caption.append(f"{glossary[0]}: {glossary[1]}")
    if plan.source:
        caption.append(f"{WORDS[plan.lang]['source']}: {plan.source}")
    # the caption across the figure's whole width too, to its right edge (review R15)
    caption_width = fig.bbox.width * (1 - left)
    text = canvas.wrap(". ".join(caption), caption_width, canvas.small) if caption else None
    if plan.form == "numbers":  # title and source close to the figures, the group centred
        from deckmaker.charts.kinds.numbers import draw_numbers

        held = 0
        if plan.title:  # lines of even length: a run of panels reads as one set
            title, held, canvas.title_pt = _run_title(canvas, plan, size or canvas.base)
        peers = () if start is not None else plan.peers
        start = start or 0
        for peer in peers:  # each tried from the smallest size found so far
            start = _numbers_scale(peer, plan.style.base_size_pt, plan.dpi, start)
        canvas.scale = draw_numbers(canvas, title, text, start, held)
    else:
        if title:
            canvas.headings.append(fig.suptitle(title, x=left, ha="left", fontsize=size))
        if text:
            caption_line = fig.supxlabel(text, x=left, ha="left", fontsize=canvas.small)
            caption_line.set_gid(CAPTION_GID)
        DRAW[plan.kind](canvas)
    return canvas


def _run_title(canvas: Canvas, plan: ChartPlan, size: float) -> tuple[str, int, float]:
    """A big-number panel's title across its full width (``chart_title``: one line at its
    size or a step smaller, else the fewest balanced lines that cut no phrase, R15's "Số bác
    sĩ / trên một vạn dân / năm 2023" in two a step smaller), the lines the title's row
    holds and the title's size: as many lines as the most any panel of its run (its
    ``peers``) takes at its own width, so titles of two and three lines on consecutive slides
    set their numbers at one height, all at one size (the smallest any takes). A title takes
    fewer lines than its row holds when they are phrase-true ("Kim ngạch xuất khẩu / năm 2023
    (tỷ USD)", not "Kim ngạch / xuất khẩu / …" to match a peer's three, review R10)."""
    from deckmaker.charts.kinds.common import PAD_PT

    def width_px(p: ChartPlan) -> float:  # to the panel's right edge: the gap follows
        return (p.width_emu / 914400 - PAD_PT / 72) * plan.dpi

    assert plan.title
    run = [(plan.title, width_px(plan))] + [(p.title, width_px(p)) for p in plan.peers if p.title]
    # one size for the run's titles: the smallest any of them takes
    got = min(chart_title(canvas, t, w, size)[1] for t, w in run)
    title = chart_title(canvas, plan.title, width_px(plan), got, step=False)[0]
    most = max(chart_title(canvas, t, w, got, step=False)[0].count("\n") + 1 for t, w in run)
    return title, most, got


LEADING_WORDS = frozenset(
    ("của", "và", "các", "những", "cho", "với", "trong", "ngoài", "trên", "dưới", "tại", "từ")
    + ("đến", "theo", "về", "so", "một", "mỗi", "hoặc", "of", "and", "per", "in", "the")
)
"""Words that lead the words after them ("trên một vạn dân", "của tỉnh"): a title's line
ending on one cuts its phrase. A rule of the chart renderer's own, as ``ChartStyle.keep_whole``
is: the layout's break model (``layout.breaks``) is a layer above the charts (import-linter)."""


_TIME_TAIL = re.compile(
    r"\s((?:năm|tháng|quý|giai đoạn|đến năm|in|year|to)\s+\d{4}(?:\s*[-–]\s*\d{4})?)$", re.I
)
"""A title's closing time phrase: "… năm 2023", "… giai đoạn 2021 - 2025", "… in 2023"."""


_TIME_ON = re.compile(
    r"\s((?:năm|tháng|quý|giai đoạn|đến năm|in|year|to)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
    r"(?:\s+\([^()]*\))?)$",
    re.I,
)
"""A title's closing time phrase and a bracketed unit after it: "… năm 2023 (tỷ USD)"."""


def _time_apart(
    canvas: Canvas, title: str, max_px: float, size: float, tail: re.Pattern[str] = _TIME_TAIL
) -> str | None:
    """A two-line title broken before its closing time phrase when the words before it fit
    one line: "Kim ngạch xuất khẩu / năm 2023", not the evener "Kim ngạch / xuất khẩu năm
    2023" that cuts the measure's name (review R12, sample slides 25 and 26); None otherwise."""
    found = tail.search(title)
    if found is None:
        return None
    head = title[: found.start()].strip()
    limit = max_px * 0.97
    fits = all(canvas.width_px(t, size, True) <= limit for t in (head, found.group(1)))
    return f"{head}\n{found.group(1)}" if head and fits else None


TITLE_STEP = 1.1
"""A chart title one step smaller, in multiples of the base size (still above the chart's
text, never under the theme's smallest chart size): taken rather than a second line or a
word alone on the last line."""


def chart_title(
    canvas: Canvas, title: str, width: float, size: float, step: bool = True
) -> tuple[str, float]:
    """A chart's title and its size: across the figure's whole width (to its right edge: the
    gap to the next column follows), on one line at its size or a step smaller
    (``TITLE_STEP``); else in the fewest balanced lines that end on no leading word
    (``_cuts_phrase``) and leave no word alone on the last one, at its size or a step smaller
    (review R15: "Mức thực hiện so với dự toán, / kế hoạch", "Số bác sĩ / trên một vạn dân /
    năm 2023"); else its greedy lines. Without ``step``, at ``size`` only."""
    smaller = max(canvas.floor, min(size, round(canvas.base * TITLE_STEP, 1))) if step else size
    sizes = list(dict.fromkeys((size, smaller)))
    for s in sizes:
        one = canvas.wrap(title, width, s, heading=True)
        if "\n" not in one:
            return one, s
    greedy = canvas.wrap(title, width, size, heading=True)
    for n in range(2, greedy.count("\n") + 2):
        for s in sizes:
            lines = _phrase_lines(canvas, title, width, s, n)
            if lines:
                return lines, s
    return greedy, size


def _phrase_lines(canvas: Canvas, title: str, width: float, size: float, n: int) -> str:
    """``title`` in ``n`` lines no wider than ``width`` at ``size``: broken before its closing
    time phrase where that gives two; else the evenest lines no line of which (but the last)
    ends on a leading word and whose last line is more than one word; "" when none is."""
    if n == 2:
        apart = _time_apart(canvas, title, width, size, _TIME_ON)
        if apart:
            return apart
    limit = width * 0.97
    words = canvas._fitting_words(title, limit, size, True)
    if len(words) <= n:
        return ""
    widths = [canvas.width_px(w, size, True) for w in words]
    space = canvas.width_px("a a", size, True) - 2 * canvas.width_px("a", size, True)
    best: tuple[float, str] | None = None
    for cuts in itertools.combinations(range(1, len(words) - 1), n - 1):
        bounds = [0, *cuts, len(words)]
        spans = list(itertools.pairwise(bounds))
        used = [sum(widths[a:b]) + space * (b - a - 1) for a, b in spans]
        if max(used) > limit:
            continue
        lines = [" ".join(words[a:b]) for a, b in spans]
        if _cuts_phrase("\n".join(lines)):
            continue
        cost = sum((limit - u) ** 2 for u in used)
        if best is None or cost < best[0]:
            best = (cost, "\n".join(lines))
    return best[1] if best else ""


def _cuts_phrase(wrapped: str) -> bool:
    """Whether a line of ``wrapped`` (but the last) ends on a word of ``LEADING_WORDS``."""
    return any(
        line.split()[-1].casefold() in LEADING_WORDS
        for line in wrapped.split("\n")[:-1]
        if line.split()
    )


@functools.lru_cache(maxsize=32)
def _numbers_scale(peer: ChartPlan, base_pt: float, dpi: int, start: int) -> int:
    """The index of the largest big-number size (``kinds.numbers.SCALES``) from ``start`` on
    at which ``peer`` fits its own panel at a base text size of ``base_pt`` (kept: each panel
    of a run weighs the others)."""
    style = dataclasses.replace(peer.style, base_size_pt=base_pt)
    return _drawn(dataclasses.replace(peer, dpi=dpi, style=style), start=start).scale


def draw(plan: ChartPlan) -> Figure:
    """The laid-out matplotlib figure for ``plan`` (for inspection; use render_* for bytes)."""
    with _rc(plan):
        return _build(plan)


@functools.lru_cache(maxsize=64)
def plot_width(plan: ChartPlan) -> float:
    """The width (inches, as drawn) of the widest plot of ``plan``: the axes its bars are in,
    names and ticks aside; 0 when it cannot be drawn at its size. Drawn in this process: the
    planner asks ``measured_plot_width``."""
    try:
        fig = draw(plan)
    except RenderError:
        return 0.0
    return _widest_plot(fig, plan)


def _widest_plot(fig: Figure, plan: ChartPlan) -> float:
    width = plan.width_emu / 914400
    # a float, not numpy's: unpickled in the planning process, it would import numpy there
    return float(
        max((ax.get_position().width * width for ax in fig.axes if ax.get_visible()), default=0.0)
    )


def _measure_and_draw(
    plan: ChartPlan, svg: bool, cache_dir: Path | None, key: str
) -> tuple[float, tuple[bytes, bytes | None] | None]:
    """A worker's job for the planner: ``plot_width`` of ``plan`` and, from the same drawing,
    the chart's pictures as ``_draw_and_store`` makes them (put in the cache), for the deck
    that keeps the chart beside its bullets (every chart measured on the sample, in every
    built-in theme); no pictures when it cannot be drawn at its size."""
    try:
        with _rc(plan):
            fig = _build(plan)
            width = _widest_plot(fig, plan)
            png = _save(fig, "png", plan)
            svg_bytes = _save(fig, "svg", plan) if svg else None
    except RenderError:
        return 0.0, None
    if cache_dir is not None:
        cache.store(cache_dir, key, png, svg_bytes)
    return width, (png, svg_bytes)


_measured: dict[ChartPlan, float] = {}
"""``measured_plot_width``'s answers in this process, by plan (at most ``MEASURED``)."""
MEASURED = 256

_building: contextvars.ContextVar[StreamedRendering | None] = contextvars.ContextVar(
    "deckmaker_building", default=None
)
"""The rendering whose chart workers the planner's questions are drawn in (``measuring``)."""


def measured_plot_width(plan: ChartPlan) -> float:
    """``plot_width`` of ``plan`` for the planner, drawn in a chart worker: matplotlib stays out
    of the process that plans (its import and a first drawing were ~0.5 s CPU of a cold
    build's planning). The planner's estimate of a bar chart's plot is from below
    (``layout.kinds.chart_bullets.plot_estimate``); it asks for the width as drawn only before
    it moves a chart off its bullets' slide, and gets exactly what a worker will draw.

    Drawn in the workers of the build that plans (``measuring``: a cold build's stream, whose
    pool the build stops at its end), else in a preview's warm workers (``keep_workers``),
    else here: where matplotlib is loaded already (the chart server's builds, a build drawing
    in its own process) or no worker draws for this build. No worker is started for it alone,
    so none outlives the build (a worker kept to ``atexit`` hangs a build run in a
    multiprocessing child, which joins its children first)."""
    known = _measured.get(plan)
    if known is None:
        if len(_measured) >= MEASURED:
            _measured.clear()
        known = _measured[plan] = _measure(plan)
    return known


def _measure(plan: ChartPlan) -> float:
    if _drawn_here():
        return plot_width(plan)
    rendering = _building.get()
    if rendering is not None:
        return rendering.measure(plan)
    return _measure_in(_kept_pool(), plan)


def _drawn_here() -> bool:
    """Whether the planner's questions are drawn in this process: matplotlib is loaded here
    already (the chart server's builds, a build drawing in its own process)."""
    import sys

    return "matplotlib" in sys.modules


def _measure_in(
    pool: ProcessPoolExecutor | None,
    plan: ChartPlan,
    what: Callable[[ChartPlan], float] = plot_width,
) -> float:
    """``what`` of ``plan`` drawn in ``pool``'s workers; here when there is none to draw in."""
    if pool is None:
        return what(plan)
    try:
        return float(pool.submit(what, plan).result())
    except (BrokenProcessPool, OSError, RuntimeError):  # no worker to draw in: drawn here
        return what(plan)


@contextmanager
def measuring(rendering: StreamedRendering) -> Iterator[None]:
    """``measured_plot_width`` draws in ``rendering``'s workers while in this block (a cold
    build's planning: the workers that draw its charts)."""
    token = _building.set(rendering)
    try:
        yield
    finally:
        _building.reset(token)


def measured_values_moved(plan: ChartPlan) -> bool:
    """``values_moved`` for the planner, drawn where ``measured_plot_width`` draws: in the
    build's chart workers, else a preview's warm ones, else here (matplotlib stays out of a
    cold build's planning process)."""
    if _drawn_here():
        return values_moved(plan)
    rendering = _building.get()
    pool = rendering._pool if rendering is not None else _kept_pool()  # noqa: SLF001
    return bool(_measure_in(pool, plan, _moved))


def _moved(plan: ChartPlan) -> float:
    """``values_moved`` as a number, for ``_measure_in``'s workers."""
    return 1.0 if values_moved(plan) else 0.0


def values_moved(plan: ChartPlan) -> bool:
    """Whether a value of ``plan``, as drawn, stands moved along its bar away from its end
    (``kinds.layout._stagger_side_labels``: values that would touch otherwise); False when it
    cannot be drawn at its size."""
    try:
        fig = draw(plan)
    except RenderError:
        return False
    return any(
        abs(getattr(t, "_deckmaker_shift_px", 0.0)) > 0.5 for ax in fig.axes for t in ax.texts
    )


def _save(fig: Figure, fmt: str, plan: ChartPlan) -> bytes:
    if fmt == "png":
        return _save_png(fig, plan)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=plan.dpi, metadata={"Date": None}, facecolor=TRANSPARENT)
    return buf.getvalue()


def _save_png(fig: Figure, plan: ChartPlan) -> bytes:
    """The figure's pixels as PNG: RGB when every pixel is opaque (a quarter less data to
    compress than the RGBA savefig writes), RGBA otherwise; no metadata but the resolution,
    so equal pixels give equal bytes."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # The figure's pixels as savefig(format="rgba") draws them, but without its first pass: a
    # whole draw with rendering disabled that runs the layout engine once more. fit() has just
    # run it and checked what it placed; run again, constrained layout can move some text by a
    # fraction of a pixel after the check. Skipping it saves ~15% of a chart's CPU and keeps
    # the picture exactly as checked. The figure is at plan.dpi with the transparent face.
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    engine = fig.get_layout_engine()
    fig.set_layout_engine("none")
    try:
        canvas.draw()
    finally:
        fig.set_layout_engine(engine)
    pixels = np.asarray(canvas.buffer_rgba())
    if pixels[..., 3].min() == 255:
        pixels = pixels[..., :3]
    return encode_png(pixels, plan.dpi)


def draw_cost(plan: ChartPlan) -> float:
    """A rough measure of the CPU a chart takes to draw, to order the charts by (not a time):
    its pixels times its values plus four (axes, title, caption, layout runs: a chart of few
    values is not free); big numbers, a few texts and bars, as two. The sample deck's grouped
    bar chart of 12 values on 2.6 million pixels (0.36 s CPU) scores highest, its big-number
    panels (0.05-0.09 s) lowest."""
    weight = len(plan.categories) * len(plan.series) + 4 if plan.form == "chart" else 2
    return plan.width_emu * plan.height_emu / 914400**2 * plan.dpi**2 * weight


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def png_zlib() -> ModuleType:
    """The deflate of chart PNGs: zlib-ng's (the ``zlib-ng`` package, a dependency) when it
    imports, else zlib's. With the run-length strategy (``PNG_STRATEGY``) both write the same
    stream byte for byte (``tests/unit/test_png_deflate.py``: the sample's charts in three
    themes, runs across block and window edges, random bytes), zlib-ng's in about a third of
    the CPU: the sample's 13 charts 0.18 -> 0.06 s (its run search and adler32 vectorised)."""
    try:
        from zlib_ng import zlib_ng
    except ImportError:  # pragma: no cover - a dependency; the same bytes without it
        return zlib
    return zlib_ng


def _deflate(data: memoryview) -> bytes:
    z = png_zlib()
    deflater = z.compressobj(PNG_LEVEL, z.DEFLATED, z.MAX_WBITS, 8, PNG_STRATEGY)
    return deflater.compress(data) + deflater.flush()


def encode_png(pixels: NDArray[np.uint8], dpi: float) -> bytes:
    """``pixels`` (rows × columns × 3 or 4 channels, 8 bits: RGB or RGBA) as a PNG file with
    its resolution, every row filtered "Up" (its difference from the row above) and deflated
    at ``PNG_LEVEL`` with ``PNG_STRATEGY``.

    Pillow tries all five PNG filters on every row and keeps the best: on a chart's flat
    colours that search costs more than deflating (~0.25 of its ~0.35 s for the sample's 13
    charts) and gains ~2%. One filter for every row, computed with numpy, compresses a chart
    about as well (within 2%) in ~0.2 s. Equal pixels give equal bytes.
    """
    import numpy as np

    height, width, channels = pixels.shape
    rows = pixels.reshape(height, width * channels)
    filtered = np.empty((height, width * channels + 1), np.uint8)
    filtered[:, 0] = 2  # filter type Up; above the first row is taken as zeros
    filtered[0, 1:] = rows[0]
    np.subtract(rows[1:], rows[:-1], out=filtered[1:, 1:])
    color = {3: 2, 4: 6}[channels]  # truecolour, truecolour with alpha
    per_metre = int(dpi / 0.0254 + 0.5)  # as Pillow writes dpi
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color, 0, 0, 0)),
            _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
            _chunk(b"IDAT", _deflate(filtered.data)),
            _chunk(b"IEND", b""),
        )
    )


def _render_job(plan: ChartPlan, svg: bool) -> tuple[bytes, bytes | None]:
    """Draws one chart to PNG (and SVG); runs in a worker process when charts draw in parallel."""
    try:
        with _rc(plan):
            fig = _build(plan)
            png = _save(fig, "png", plan)
            svg_bytes = _save(fig, "svg", plan) if svg else None
    except RenderError:
        raise
    except Exception as exc:  # a drawing failure names the chart, not matplotlib internals
        name = f" {plan.title!r}" if plan.title else ""
        raise RenderError(
            _("could not draw the {kind} chart{name}: {exc}").format(
                kind=plan.kind, name=name, exc=exc
            )
        ) from exc
    return png, svg_bytes


def render_png(plan: ChartPlan) -> bytes:
    """The chart as PNG at ``plan.dpi``, exactly ``width_emu`` × ``height_emu`` in size."""
    return _render_job(plan, svg=False)[0]


def render_svg(plan: ChartPlan) -> bytes:
    """The chart as SVG (text as paths, no date, fixed ids): identical bytes for identical plans."""
    with _rc(plan):
        return _save(_build(plan), "svg", plan)


_pool_context = chartfork.context


_PR_SET_PDEATHSIG = 1


WORKER_NICE = 4
"""How much lower than the build the chart workers run (``os.nice``). A cold build plans and
writes while two workers draw: three processes on the two cores of a small machine, the build
at two thirds of a core while both draw, then alone on one core for its last ~0.4 s once the
charts are done (``bench/simulate.py --question``: 1.75 s of wall for 3.0 s of CPU). Niced, the
workers share one core and the build keeps the other (nice 4: two workers weigh 846 to the
build's 1024 in Linux's scheduler, so it balances them onto one core): the charts end when the
build does, ~1.57 s simulated. The same pictures: the order and speed of drawing change none."""


def _chart_worker() -> None:
    """A chart worker's initializer: it dies with its parent (``_die_with_parent``) and runs
    ``WORKER_NICE`` lower than the build (nothing else where the platform has no ``nice``)."""
    _die_with_parent()
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICE)


def _die_with_parent() -> None:
    """A chart worker's initializer: the worker dies when its parent does.

    Linux delivers SIGKILL at once (``prctl(PR_SET_PDEATHSIG)``); everywhere a thread also
    watches the parent and exits when the worker is orphaned. The parent is the fork server,
    which exits as soon as the build does (even after ``kill -9``) once no worker holds its
    "alive" pipe.
    """
    import signal
    import sys
    from multiprocessing import forkserver

    # A worker inherits the fork server's "alive" pipe; holding it would keep the server (its
    # parent) running after the build dies, and so the worker itself.
    server = forkserver._forkserver  # noqa: SLF001 - the stdlib has no public handle
    if getattr(server, "_forkserver_alive_fd", None) is not None:
        # typeshed knows no private attributes of the stdlib: the two ignores below
        os.close(server._forkserver_alive_fd)  # type: ignore[attr-defined]  # noqa: SLF001
        server._forkserver_alive_fd = None  # type: ignore[attr-defined]  # noqa: SLF001
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="deckmaker-parent-watch", daemon=True).start()


_pools: set[ProcessPoolExecutor] = set()

_kept: dict[str, ProcessPoolExecutor | int | None] = {"jobs": None, "pool": None}
"""With ``keep_workers``: the pool every ``Rendering`` of this process draws in, its workers
kept alive (matplotlib loaded, fonts registered, text widths measured) between builds."""


def _stop(pool: ProcessPoolExecutor, wait: bool = True) -> None:
    """The one way a pool of chart workers ends (a rendering closed or done, a kept pool found
    broken, the build's exit): the charts it has not started are cancelled, its workers told to
    stop (``wait``: and waited for until they have exited), and it is no longer one of ``_pools``.
    """
    pool.shutdown(wait=wait, cancel_futures=True)
    _pools.discard(pool)


def keep_workers(jobs: int | None = None) -> None:
    """Keep the chart workers running between builds of this process (a preview session): a
    rebuild that draws one chart sends it to a worker already forked and warm, instead of
    forking one per build. ``stop_workers`` ends them."""
    _kept["jobs"] = _workers(jobs)


def _kept_pool() -> ProcessPoolExecutor | None:
    jobs = _kept["jobs"]
    if not isinstance(jobs, int):
        return None
    pool = _kept["pool"]
    if isinstance(pool, ProcessPoolExecutor) and not getattr(pool, "_broken", False):
        return pool
    if isinstance(pool, ProcessPoolExecutor):  # a worker died: a new pool
        _stop(pool, wait=False)  # its workers are gone or going: not waited for
    pool = ProcessPoolExecutor(jobs, mp_context=_pool_context(), initializer=_chart_worker)
    _pools.add(pool)
    _kept["pool"] = pool
    return pool


def _shutdown_at_exit() -> None:
    """Stop every worker and the fork server before the build exits, so none outlives it.

    The fork server is killed once its workers have exited, then reaped: asked to stop (its
    "alive" pipe closed), it ends its interpreter as Python does, tearing down matplotlib's
    modules and objects, ~0.03 s of CPU that the build waited for (``waitpid``) at its very end,
    the other core idle. It has nothing left to do or write by then: every chart is in, and each
    worker wrote its own cache files before its job ended."""
    _kept["jobs"] = _kept["pool"] = None
    for pool in list(_pools):
        _stop(pool)
    from multiprocessing import forkserver

    server = forkserver._forkserver  # noqa: SLF001 - the stdlib has no public stop
    pid = getattr(server, "_forkserver_pid", None)
    if pid is not None:
        import signal

        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        server._stop()  # type: ignore[attr-defined]  # noqa: SLF001 - private, as above


atexit.register(_shutdown_at_exit)


def stop_workers() -> None:
    """Stop every chart worker and the fork server now (a long-running caller, e.g. the
    preview, on its way out); the next chart starts them again."""
    _shutdown_at_exit()


def _drop_if_unused() -> None:
    """At exit, before ``_shutdown_at_exit``: a fork server no pool of workers ever used (a
    build that failed, or ended, before its first chart) is killed rather than waited for, since
    stopping it waits until it has finished importing matplotlib (~0.5 s)."""
    if _pools or _kept["pool"] is not None:
        return
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)  # noqa: SLF001
    if pid is not None:
        import signal

        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


_workers = chartfork.workers


def start_workers(cache_dir: Path | None, jobs: int | None = None) -> bool:
    """Starts, in the background, the process that chart workers fork from (it imports
    matplotlib), so that the import overlaps loading and planning the deck.

    Only for a build likely to draw charts: no cache, or an empty one. True when started.
    """
    from deckmaker.charts import server  # the build's, not the workers': imported here

    if _workers(jobs) < 2 or not chartfork.available() or server.local is not None:
        return False
    if cache_dir is not None and cache_dir.is_dir():
        with os.scandir(cache_dir) as entries:
            if next(entries, None) is not None:
                return False
    chartfork.start()  # or started already by a cold build before this module was imported
    # registered again on every call (unregister first: never twice), so that it stays the last
    # registered and runs before _shutdown_at_exit (atexit: last registered, first run)
    atexit.unregister(_drop_if_unused)
    atexit.register(_drop_if_unused)
    return True


def _draw_and_store(
    plan: ChartPlan, svg: bool, cache_dir: Path | None, key: str
) -> tuple[bytes, bytes | None]:
    """A worker's job: draw one chart and put it in the cache (so the main process need not)."""
    png, svg_bytes = _render_job(plan, svg)
    if cache_dir is not None:
        cache.store(cache_dir, key, png, svg_bytes)
    return png, svg_bytes


def _copy(done: Future, into: Future) -> None:
    """Give ``into`` the outcome of ``done`` (a local worker's job standing in for the server)."""
    if done.cancelled():
        into.cancel()
    elif (exc := done.exception()) is not None:
        into.set_exception(exc)
    else:
        into.set_result(done.result())


class Rendering:
    """Charts taken from the cache or being drawn in worker processes, in the order asked for.

    ``rendering[i]`` waits for the i-th chart only, so the caller can go on (e.g. write the
    slides) while the rest are drawn. The workers stop once every chart has been taken, or on
    ``close()``.
    """

    def __init__(
        self,
        plans: Sequence[ChartPlan],
        cache_dir: Path | None,
        jobs: int | None,
        svg: bool,
        background: bool,
        on_drawn: Callable[[int, int], None] | None = None,
    ) -> None:
        self._keys = [cache.chart_key(p) for p in plans]
        self._on_drawn = on_drawn
        self._finished = 0
        self._count_lock = threading.Lock()
        self._done: dict[str, RenderedChart] = {}
        todo: dict[str, ChartPlan] = {}
        for key, plan in zip(self._keys, plans, strict=True):
            hit = cache.load(cache_dir, key, svg) if cache_dir is not None else None
            if hit is not None:
                self._done[key] = hit
            else:
                todo.setdefault(key, plan)
        self.drawn = len(todo)
        self.cached = len(plans) - sum(1 for k in self._keys if k in todo)
        self._futures: dict[str, Future] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._owned = True
        self._submitter: threading.Thread | None = None
        self._submit_error: BaseException | None = None
        self.served = False
        """The charts went to the warm chart server (``server.py``)."""
        workers = min(len(todo), _workers(jobs))
        client = None
        from deckmaker.charts import server  # the build's, not the workers': imported here

        if todo and (
            server.local is not None  # a build the server runs: every chart drawn there
            or (len(todo) <= server.MAX_CHARTS and _kept["jobs"] is None and jobs != 1)
        ):
            client = server.connect(cache_dir)  # a warm chart server: matplotlib loaded
        if client is not None:
            self.served = True
            for key in todo:  # before the thread starts: a lookup waits for its chart only
                self._futures[key] = Future()
            self._submitter = threading.Thread(
                target=self._serve,
                args=(client, todo, svg, cache_dir, jobs),
                daemon=True,
            )
            self._submitter.start()
        elif todo and (workers > 1 or (background and _workers(jobs) > 1)):
            kept = _kept_pool()
            if kept is not None:  # a preview session's warm workers, left running on close
                self._pool, self._owned = kept, False
            else:
                self._pool = ProcessPoolExecutor(
                    workers, mp_context=_pool_context(), initializer=_chart_worker
                )
                _pools.add(self._pool)
            # Starting a worker waits for the fork server to have imported matplotlib: submit
            # from a thread, so that the caller goes on meanwhile.
            self._submitter = threading.Thread(
                target=self._submit, args=(self._pool, todo, svg, cache_dir), daemon=True
            )
            self._submitter.start()
        else:
            for key, plan in todo.items():
                png, svg_bytes = _draw_and_store(plan, svg, cache_dir, key)
                self._done[key] = RenderedChart(png=png, svg=svg_bytes, cached=False)
                self._drawn_one()

    def _submit(
        self,
        pool: ProcessPoolExecutor,
        todo: dict[str, ChartPlan],
        svg: bool,
        cache_dir: Path | None,
    ) -> None:
        try:
            for key, plan in todo.items():
                future = pool.submit(_draw_and_store, plan, svg, cache_dir, key)
                self._futures[key] = future
                future.add_done_callback(lambda f: self._drawn_one() if not f.cancelled() else None)
        except BaseException as exc:  # raised to the caller when it asks for a chart
            self._submit_error = exc

    def _serve(
        self,
        client: server.Client,
        todo: dict[str, ChartPlan],
        svg: bool,
        cache_dir: Path | None,
        jobs: int | None,
    ) -> None:
        """Draw ``todo`` in the chart server; from the first failure on, in this build's own
        workers, as if there were no server (at most a debug line says so)."""
        from deckmaker.charts import server

        items = list(todo.items())
        for i, (key, plan) in enumerate(items):
            try:
                png, svg_bytes = client.draw(plan, svg)
            except Exception as exc:  # noqa: BLE001 - any failure: draw locally instead
                server.forget(cache_dir, client)
                server.debug(f"drawing locally ({exc})")
                self._fall_back(dict(items[i:]), svg, cache_dir, jobs)
                return
            if cache_dir is not None:
                cache.store(cache_dir, key, png, svg_bytes)
            self._futures[key].set_result((png, svg_bytes))
            self._drawn_one()

    def _fall_back(
        self, todo: dict[str, ChartPlan], svg: bool, cache_dir: Path | None, jobs: int | None
    ) -> None:
        try:
            workers = min(len(todo), _workers(jobs))
            if workers > 1 or _workers(jobs) > 1:
                pool = ProcessPoolExecutor(
                    workers, mp_context=_pool_context(), initializer=_chart_worker
                )
                _pools.add(pool)
                self._pool = pool
                for key, plan in todo.items():
                    mine = self._futures[key]
                    job = pool.submit(_draw_and_store, plan, svg, cache_dir, key)
                    job.add_done_callback(functools.partial(_copy, into=mine))
                    job.add_done_callback(self._counted)
            else:
                for key, plan in todo.items():
                    self._futures[key].set_result(_draw_and_store(plan, svg, cache_dir, key))
                    self._drawn_one()
        except BaseException as exc:  # raised to the caller when it asks for a chart
            for future in self._futures.values():
                if not future.done():
                    future.set_exception(exc)

    def _counted(self, future: Future) -> None:
        if not future.cancelled():
            self._drawn_one()

    def _drawn_one(self) -> None:
        """Tell ``on_drawn`` that one more chart is drawn (as it finishes, in any order)."""
        if self._on_drawn is None:
            return
        with self._count_lock:
            self._finished += 1
            done = self._finished
        self._on_drawn(done, self.drawn)

    @property
    def finished(self) -> int:
        """How many of the charts to draw are drawn (or failed) so far."""
        return sum(1 for f in self._futures.values() if f.done())

    def _complete(self) -> bool:
        """Every chart has been taken: the workers can stop."""
        return all(k in self._done for k in self._futures)

    def _wait_submitted(self) -> None:
        if self._submitter is not None and not self.served:
            self._submitter.join()
            self._submitter = None
        if self._submit_error is not None:
            raise self._submit_error

    def __len__(self) -> int:
        return len(self._keys)

    def ready(self, i: int) -> bool:
        """Whether the i-th chart is drawn (or failed): ``rendering[i]`` will not wait."""
        key = self._keys[i]
        if key in self._done:
            return True
        future = self._futures.get(key)
        return future is not None and future.done()

    def __getitem__(self, i: int) -> RenderedChart:
        key = self._keys[i]
        if key not in self._done:
            try:
                self._wait_submitted()
                png, svg_bytes = self._futures[key].result()
            except ChartFitError:
                raise  # the others drawn on: the build says every chart that fits at no size
            except BaseException:
                self.close()
                raise
            self._done[key] = RenderedChart(png=png, svg=svg_bytes, cached=False)
            if self._complete():
                self._all_taken()
        return self._done[key]

    def _all_taken(self) -> None:
        """Every chart has been taken: the workers stop (``close``)."""
        self.close()

    def close(self) -> None:
        """Stops the workers; charts not yet drawn are cancelled."""
        if self._submitter is not None:
            self._submitter.join()
            self._submitter = None
        if self._pool is not None:
            if self._owned:
                _stop(self._pool)
            else:  # the kept workers go on: only what this rendering had not started stops
                for future in self._futures.values():
                    future.cancel()
            self._pool = None

    def __enter__(self) -> Rendering:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StreamedRendering(Rendering):
    """A ``Rendering`` whose charts come one at a time (``add``) and go to the workers at once:
    a cold build sends each chart as soon as its slide is planned, so the workers draw while
    the rest of the deck is planned, not after. One pool of workers draws them all; ``finish``
    says no more will come."""

    def __init__(self, cache_dir: Path | None, jobs: int | None, svg: bool) -> None:
        super().__init__([], cache_dir, jobs, svg, background=True)
        self._cache_dir, self._svg = cache_dir, svg
        self._to_draw: set[str] = set()
        self._drawn_early: dict[str, tuple[bytes, bytes | None]] = {}
        """Pictures drawn as the planner measured their chart (``measure``), not yet added."""
        self._open = True
        self._waiting: list[tuple[float, int, str, ChartPlan]] = []
        """Charts added and not yet sent to the pool, a heap: the costliest first."""
        self._sent = 0
        """Charts sent to the pool and not yet drawn."""
        self._turn = threading.Condition()
        self._ending: threading.Thread | None = None
        """Ends the workers once every chart is in (``_all_taken``); ``close`` joins it."""
        kept = _kept_pool()
        if kept is not None:  # a preview session's warm workers, left running on close
            self._pool, self._owned = kept, False
        else:
            self._pool = ProcessPoolExecutor(
                _workers(jobs), mp_context=_pool_context(), initializer=_chart_worker
            )
            _pools.add(self._pool)
        # Submitting starts a worker, which waits for the fork server to have imported
        # matplotlib: a thread submits, so that the planner goes on meanwhile.
        self._submitter = threading.Thread(target=self._feed, args=(self._pool,), daemon=True)
        self._submitter.start()

    def add(self, plan: ChartPlan) -> int:
        """Take one more chart (from the cache, else sent to a worker now); its index."""
        key = cache.chart_key(plan)
        self._keys.append(key)
        if key in self._to_draw:
            pass
        elif key in self._done:
            self.cached += 1
        elif key in self._drawn_early:  # drawn by a worker as the planner measured it
            self._to_draw.add(key)
            self._futures[key] = Future()
            self._futures[key].set_result(self._drawn_early.pop(key))
            self.drawn += 1
        else:
            hit = cache.load(self._cache_dir, key, self._svg) if self._cache_dir else None
            if hit is not None:
                self._done[key] = hit
                self.cached += 1
            else:
                self._to_draw.add(key)
                self._futures[key] = Future()
                self.drawn += 1
                with self._turn:
                    heapq.heappush(self._waiting, (-draw_cost(plan), self.drawn, key, plan))
                    self._turn.notify()
        return len(self._keys) - 1

    def measure(self, plan: ChartPlan) -> float:
        """``plot_width`` of ``plan`` as drawn in one of this rendering's workers (the planner's
        question, ``measured_plot_width``); drawn here when the workers are gone. A chart not
        drawn yet is drawn whole by that worker: if the planner keeps it, ``add`` takes its
        pictures rather than drawing it again (the same drawing's bytes, ``_render_job``'s)."""
        pool = self._pool
        if pool is None:
            return plot_width(plan)
        key = cache.chart_key(plan)
        if (
            key in self._to_draw
            or key in self._done
            or key in self._drawn_early
            or (self._cache_dir is not None and cache.load(self._cache_dir, key, self._svg))
        ):
            return _measure_in(pool, plan)
        try:
            job = pool.submit(_measure_and_draw, plan, self._svg, self._cache_dir, key)
            width, pictures = job.result()
        except (BrokenProcessPool, OSError, RuntimeError):  # no worker to draw in: drawn here
            return plot_width(plan)
        if pictures is not None:
            self._drawn_early[key] = pictures
        return float(width)

    def _feed(self, pool: ProcessPoolExecutor) -> None:
        """Sends the charts to the pool, the costliest waiting one first, never more than one
        ahead of the workers: the longest charts are drawn first (longest-processing-time-first
        scheduling), so that the last to finish are short ones and the two workers end
        together, rather than one drawing the deck's longest chart alone at the end. The order
        changes no picture: each chart is drawn on its own."""
        ahead = getattr(pool, "_max_workers", 1) + 1  # a chart queued behind each busy worker
        while True:
            with self._turn:
                while not (self._waiting and self._sent < ahead) and (self._open or self._waiting):
                    self._turn.wait()
                if not self._waiting:
                    return
                _, _, key, plan = heapq.heappop(self._waiting)
                self._sent += 1
            mine = self._futures[key]
            try:
                job = pool.submit(_draw_and_store, plan, self._svg, self._cache_dir, key)
            except BaseException as exc:  # raised to the caller when it asks for the chart
                mine.set_exception(exc)
                self._done_one_sent(None)
                continue
            job.add_done_callback(self._done_one_sent)
            job.add_done_callback(functools.partial(_copy, into=mine))
            job.add_done_callback(self._counted)

    def _done_one_sent(self, _job: Future | None) -> None:
        with self._turn:
            self._sent -= 1
            self._turn.notify()

    def finish(self, on_drawn: Callable[[int, int], None] | None = None) -> None:
        """No more charts will be added; ``on_drawn(done, total)`` hears of each drawn from now
        on (it is told at once how many are drawn already)."""
        if not self._open:
            return
        with self._turn:
            self._open = False
            self._turn.notify()
        self._on_drawn = on_drawn
        if on_drawn is not None and self.finished:
            on_drawn(self.finished, self.drawn)

    def _drawn_one(self) -> None:
        on_drawn = self._on_drawn
        if on_drawn is not None:
            on_drawn(self.finished, self.drawn)

    def _complete(self) -> bool:
        return not self._open and super()._complete()

    def _wait_submitted(self) -> None:
        pass  # every chart has its future from ``add`` on

    def _all_taken(self) -> None:
        """Every chart is in (the writer has taken the last one): the workers are told to stop
        and end in a thread, while the build zips and writes the deck; ``close`` (at the end of
        ``build_deck``) waits for them, so none outlives the build. Stopping them at once
        (``shutdown(wait=True)``: each worker reads its stop, exits, is reaped) held the
        writer up after the last chart, the other core idle (0.06-0.15 s of wall at load 16,
        0.001 s of the build's CPU)."""
        pool = self._pool
        if pool is None or not self._owned or self._ending is not None:
            return

        self._ending = threading.Thread(
            target=_stop, args=(pool,), name="deckmaker-chart-workers-end"
        )
        self._ending.start()

    def close(self) -> None:
        self.finish()
        with self._turn:  # the charts not yet sent are not sent
            self._waiting.clear()
            self._turn.notify()
        ending, self._ending = self._ending, None
        if ending is not None:  # every chart was in: the workers are ending in that thread
            ending.join()
            self._pool = None
        super().close()
        for future in self._futures.values():  # never submitted: nobody will draw it
            future.cancel()


def render_stream(
    cache_dir: Path | None = None, jobs: int | None = None, svg: bool = False
) -> StreamedRendering:
    """A rendering to ``add`` charts to one at a time, each drawn from the moment it is added
    (in worker processes; only where ``start_workers`` could start them)."""
    return StreamedRendering(cache_dir, jobs, svg)


def render_async(
    plans: Sequence[ChartPlan],
    cache_dir: Path | None = None,
    jobs: int | None = None,
    svg: bool = False,
    on_drawn: Callable[[int, int], None] | None = None,
) -> Rendering:
    """Starts rendering ``plans`` (cache first, then worker processes) and returns at once.

    Even one chart to draw goes to a worker, so that drawing overlaps the caller's work;
    ``jobs=1`` draws everything in this process before returning. ``on_drawn(done, total)`` is
    called as each chart to draw is finished (from a worker-result thread).
    """
    return Rendering(plans, cache_dir, jobs, svg, background=True, on_drawn=on_drawn)


def render_many(
    plans: Sequence[ChartPlan],
    cache_dir: Path | None = None,
    jobs: int | None = None,
    svg: bool = False,
) -> list[RenderedChart]:
    """Renders ``plans`` in order, from the cache where possible, the rest in parallel processes.

    ``jobs`` caps the worker processes (default: one per CPU); one chart to draw, or ``jobs=1``,
    draws in this process.
    """
    with Rendering(plans, cache_dir, jobs, svg, background=False) as rendering:
        return [rendering[i] for i in range(len(rendering))]
