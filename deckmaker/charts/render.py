"""Draws chart plans to PNG and SVG bytes; matplotlib is imported only when a chart is drawn."""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from deckmaker.charts import cache
from deckmaker.charts.model import WORDS, ChartPlan, RenderedChart
from deckmaker.errors import RenderError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SVG_HASH_SALT = "deckmaker"

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
            raise RenderError(f"chart font file not found: {path}")
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
            "figure.facecolor": style.background,
            "savefig.facecolor": style.background,
            "svg.hashsalt": SVG_HASH_SALT,
            "svg.fonttype": "path",
            "path.simplify": False,
            "text.hinting": "no_hinting",
        }
    ):
        yield


def _build(plan: ChartPlan) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from deckmaker.charts.kinds import DRAW
    from deckmaker.charts.kinds.common import PAD_PT, Canvas
    from deckmaker.charts.kinds.layout import fit

    width_in, height_in = plan.width_emu / 914400, plan.height_emu / 914400
    fig = Figure(figsize=(width_in, height_in), dpi=plan.dpi, layout="constrained")
    FigureCanvasAgg(fig)
    pad = PAD_PT / 72
    fig.get_layout_engine().set(w_pad=pad, h_pad=pad, wspace=0.02, hspace=0.02)
    canvas = Canvas(plan=plan, fig=fig)
    left = pad / width_in
    text_width = fig.bbox.width * (1 - 2.5 * left)
    if plan.title:
        size = round(canvas.base * 1.15, 1)
        title = canvas.wrap(plan.title, text_width, size)
        canvas.headings.append(fig.suptitle(title, x=left, ha="left", fontsize=size))
    caption = [note] if (note := canvas.unit_note()) else []
    if plan.source:
        caption.append(f"{WORDS[plan.lang]['source']}: {plan.source}")
    if caption:
        text = canvas.wrap(". ".join(caption), text_width, canvas.small)
        fig.supxlabel(text, x=left, ha="left", fontsize=canvas.small)
    DRAW[plan.kind](canvas)
    fit(canvas)
    return fig


def draw(plan: ChartPlan) -> Figure:
    """The laid-out matplotlib figure for ``plan`` (for inspection; use render_* for bytes)."""
    with _rc(plan):
        return _build(plan)


def _save(fig: Figure, fmt: str, plan: ChartPlan) -> bytes:
    buf = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None}
    fig.savefig(buf, format=fmt, dpi=plan.dpi, metadata=metadata, facecolor=plan.style.background)
    return buf.getvalue()


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
        raise RenderError(f"could not draw the {plan.kind} chart{name}: {exc}") from exc
    return png, svg_bytes


def render_png(plan: ChartPlan) -> bytes:
    """The chart as PNG at ``plan.dpi``, exactly ``width_emu`` × ``height_emu`` in size."""
    return _render_job(plan, svg=False)[0]


def render_svg(plan: ChartPlan) -> bytes:
    """The chart as SVG (text as paths, no date, fixed ids): identical bytes for identical plans."""
    with _rc(plan):
        return _save(_build(plan), "svg", plan)


def _pool_context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has imported matplotlib once, not once each.
        ctx.set_forkserver_preload(["deckmaker.charts.kinds", "matplotlib.backends.backend_agg"])
        return ctx
    return multiprocessing.get_context("spawn")


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
    keys = [cache.chart_key(p) for p in plans]
    done: dict[str, RenderedChart] = {}
    todo: dict[str, ChartPlan] = {}
    for key, plan in zip(keys, plans, strict=True):
        hit = cache.load(cache_dir, key, svg) if cache_dir is not None else None
        if hit is not None:
            done[key] = hit
        else:
            todo.setdefault(key, plan)
    workers = min(len(todo), jobs or os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(workers, mp_context=_pool_context()) as pool:
            drawn = list(pool.map(_render_job, todo.values(), [svg] * len(todo)))
    else:
        drawn = [_render_job(plan, svg) for plan in todo.values()]
    for key, (png, svg_bytes) in zip(todo, drawn, strict=True):
        if cache_dir is not None:
            cache.store(cache_dir, key, png, svg_bytes)
        done[key] = RenderedChart(png=png, svg=svg_bytes, cached=False)
    return [done[key] for key in keys]
