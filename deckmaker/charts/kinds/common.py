"""Shared drawing helpers: fonts, sizes, number labels, wrapping measured with the renderer."""

from __future__ import annotations

import functools
import inspect
import io
import math
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from matplotlib import font_manager
from matplotlib import rcParams as _rc_params
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager, get_font
from matplotlib.ft2font import FT2Font
from matplotlib.text import Annotation, Text
from matplotlib.ticker import Formatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from deckmaker import numfmt
from deckmaker.charts.model import WORDS, ChartPlan, bounded
from deckmaker.geometry.wrap import balance, split_words

ATTACHED_UNITS = ("%", "‰")
PAD_PT = 6.0
"""Space kept free along the figure's edges."""
LABEL_GAP_PT = 4.0
"""Distance between a bar (or point) and its data label."""

_WIDTHS: dict[tuple[str, float, float, str], float] = {}
"""Text widths in pixels by (font file, size in points, dpi, text), shared by all charts."""

Heights = tuple[float, float, float] | tuple[None, None, None]

_HEIGHTS: dict[tuple[str, float, float], Heights] = {}
"""A font's ascent, descent and line gap in pixels by (font file, size in points, dpi)."""


def font_heights(prop: FontProperties, dpi: float) -> Heights:
    """The ascent, descent and line gap matplotlib lays every line of text out with, for a
    font given by its file, computed once per file, size and dpi; ``(None, None, None)`` (let
    matplotlib look the font up itself) for a font given by family.

    Matplotlib (``Text._get_layout``) takes these from the renderer when it can tell them;
    otherwise it looks the font up and reads three of its tables at every text measured, and
    the layout passes of a chart measure each text again: about a tenth of a chart's CPU. The
    numbers are matplotlib's own, computed the same way, so the picture is the same.
    """
    path = prop.get_file()
    if path is None:
        return None, None, None
    size = prop.get_size_in_points()
    key = (str(path), size, dpi)
    heights = _HEIGHTS.get(key)
    if heights is None:
        heights = None, None, None
        font = get_font(fontManager._find_fonts_by_props(prop))  # noqa: SLF001 - as matplotlib
        for table_name, gap_key, ascent_key, descent_key in (
            ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
            ("hhea", "lineGap", "ascent", "descent"),
        ):
            # typeshed types each table by a literal name: read as matplotlib does
            table: Any = font.get_sfnt_table(table_name)  # type: ignore[call-overload]
            if table is None:
                continue
            head: Any = font.get_sfnt_table("head")
            scale = 1 / head["unitsPerEm"] * size * dpi / 72
            gap = table[gap_key] * scale
            ascent = table[ascent_key] * scale
            descent = -table[descent_key] * scale
            heights = ascent, descent, gap
            break
        _HEIGHTS[key] = heights
    return heights


_FONT_BYTES: dict[str, bytes] = {}
"""The contents of each font file a chart's text was set in, by its real path: kept for the
process and the processes forked from it."""
_MEMORY_FONTS: dict[tuple[object, ...], FT2Font] = {}
"""Fonts read from ``_FONT_BYTES``, as matplotlib's ``get_font`` keys its own (the files,
kerning factor, last-resort font, thread). Not valid across ``fork`` (FreeType's library is
the parent's), so emptied in a forked child, as matplotlib empties its own."""
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_MEMORY_FONTS.clear)

_GET_FONT: Any = getattr(font_manager, "_get_font", None)
_ASSEMBLE: Any = getattr(_GET_FONT, "__wrapped__", None)  # matplotlib's, without its cache
if _ASSEMBLE is not None and list(inspect.signature(_ASSEMBLE).parameters) != [
    "font_filepaths",
    "_kerning_factor",
    "thread_id",
    "enable_last_resort",
]:
    _ASSEMBLE = None  # another matplotlib than the one this was written for: its own get_font


_REALPATHS: dict[str, str] = {}
"""``os.path.realpath`` of each font path asked for (as matplotlib's ``_cached_realpath``
keeps them): every text measured or drawn asks for its font, ~1,400 times for the sample
deck's 13 charts, and each ``realpath`` is an ``lstat`` per part of the path."""


def _realpath(path: str) -> str:
    real = _REALPATHS.get(path)
    if real is None:
        if len(_REALPATHS) >= 256:
            _REALPATHS.clear()
        real = _REALPATHS[path] = os.path.realpath(path)
    return real


def _font_bytes(path: str) -> io.BytesIO:
    data = _FONT_BYTES.get(path)
    if data is None:
        with open(path, "rb") as file:
            data = _FONT_BYTES[path] = file.read()
    return io.BytesIO(data)


def font_in_memory(found: Sequence[str]) -> FT2Font:
    """The font ``get_font(found)`` gives (the first file, the others and matplotlib's
    last-resort font to fall back on), but reading its files from memory.

    FreeType reads a glyph's outline at every text measured and every glyph drawn, in many
    small reads (two bytes, four): from a font matplotlib opened by its path, each is a
    ``seek`` and a ``read`` of a Python file object: about two thirds of the time of each text
    measured. From an ``io.BytesIO`` of the same bytes each read is a copy in
    memory: ~3x less for a measure. The font is matplotlib's own (assembled by its
    ``_get_font``, the same fallbacks and kerning), so every width and glyph is the same and
    the picture is the same. Another matplotlib than 3.11's assembly: its own ``get_font``.
    """
    if _ASSEMBLE is None:
        return get_font(found)
    paths = tuple((_realpath(p), getattr(p, "face_index", 0)) for p in found)
    key = (
        paths,
        _rc_params["text.kerning_factor"],
        _rc_params["font.enable_last_resort"],
        threading.get_ident(),
    )
    font = _MEMORY_FONTS.get(key)
    if font is None:
        if len(_MEMORY_FONTS) >= 64:  # as many as matplotlib keeps (new threads add keys)
            _MEMORY_FONTS.clear()
        font = _MEMORY_FONTS[key] = _ASSEMBLE(
            tuple((_font_bytes(path), index) for path, index in paths),
            _kerning_factor=key[1],
            thread_id=key[3],
            enable_last_resort=key[2],
        )
    moved: Any = font  # as get_font: drawing moves it (matplotlib's private method)
    moved._set_transform([[0x10000, 0], [0, 0x10000]], [0, 0])
    return font


def _prepare_font(font_prop: FontProperties, dpi: float) -> FT2Font:
    """``RendererAgg._prepare_font`` with the font read from memory (``font_in_memory``).

    A font given by its file (every text of a chart, ``layout.pin_fonts``) is that file once
    per family its properties name, as ``fontManager._find_fonts_by_props`` finds it (its
    ``findfont`` answers a font's own file before reading anything else), without copying the
    properties and looking each family up."""
    path = font_prop.get_file()
    found: Sequence[Any]
    if path is not None:
        found = [path] * max(1, len(font_prop.get_family()))
    else:
        found = fontManager._find_fonts_by_props(font_prop)  # noqa: SLF001
    font = font_in_memory(found)
    font.clear()
    font.set_size(font_prop.get_size_in_points(), dpi)
    return font


class AggCanvas(FigureCanvasAgg):
    """The Agg canvas, its renderer telling each font's line heights from ``font_heights``,
    keeping the layout of each text it has laid out (``_layout_memo``) and reading fonts from
    memory (``font_in_memory``)."""

    def get_renderer(self) -> RendererAgg:
        renderer = super().get_renderer()
        hook = "_get_font_height_metrics"  # matplotlib's private hook (text.py); absent: unused
        if hook not in vars(renderer) and not hasattr(type(renderer), hook):
            setattr(renderer, hook, functools.partial(font_heights, dpi=renderer.dpi))
        if _LAYOUTS not in vars(renderer):
            setattr(renderer, _LAYOUTS, {})
        if "_prepare_font" not in vars(renderer) and hasattr(renderer, "_prepare_font"):
            setattr(renderer, "_prepare_font", functools.partial(_prepare_font, dpi=renderer.dpi))
        return renderer


_LAYOUTS = "_deckmaker_layouts"
"""The attribute of an ``AggCanvas`` renderer holding the text layouts it computed."""


def _layout_memo(get_layout: Callable[[Text, Any], Any]) -> Callable[[Text, Any], Any]:
    """``Text._get_layout`` that, for a renderer of an ``AggCanvas``, lays out each text once
    per figure and hands back the same layout while nothing it depends on has changed.

    The layout passes of a chart (``layout.fit``: constrained layout, twice per pass, then
    the checks, then the drawing) measure every text again each time: matplotlib computes
    each layout afresh, about a tenth of a chart's CPU. The key holds everything
    matplotlib's ``_get_layout`` reads (the wrapped text, font, size, alignments, rotation,
    line spacing, math and TeX settings, dpi), read afresh at each call, so a text changed
    between passes (new string, smaller size) is laid out again; the layout is matplotlib's
    own, so the picture is the same. Other renderers (SVG, another canvas) are not kept.
    """

    @functools.wraps(get_layout)
    def cached(self: Text, renderer: Any) -> Any:
        memo = getattr(renderer, _LAYOUTS, None)
        if memo is None:
            return get_layout(self, renderer)
        text: Any = self  # matplotlib's private attributes, as its _get_layout reads them
        key = (
            text._get_wrapped_text(),
            hash(text._fontproperties),  # matplotlib's own equality of font properties
            text.get_figure(root=True).dpi,
            text._horizontalalignment,
            text._verticalalignment,
            text._get_multialignment(),
            text._linespacing,
            text.get_rotation(),
            text.get_rotation_mode(),
            text.get_usetex(),
            text.get_parse_math(),
        )
        layout = memo.get(key)
        if layout is None:
            layout = memo[key] = get_layout(self, renderer)
        return layout

    return cached


if hasattr(Text, "_get_layout") and not hasattr(Text._get_layout, "__wrapped__"):
    Text._get_layout = _layout_memo(Text._get_layout)


CAPTION_GID = "deckmaker-caption"
"""The id of the line under a chart (its source and unit): a caption, whose smallest size is
the theme's small minimum, not its chart minimum (``text_floor``)."""


@dataclass
class Canvas:
    """One figure being drawn, with the plan's fonts and sizes at hand."""

    plan: ChartPlan
    fig: Figure
    headings: list[Text] = field(default_factory=list)
    """Texts drawn with the heading font."""
    data_labels: list[Text] = field(default_factory=list)
    """Labels that must stay inside their axes (limits grow to make room)."""
    wrap_x: list[tuple[Axes, tuple[str, ...], float]] = field(default_factory=list)
    """Category axes whose labels wrap to a slot: (axes, labels, slot width in data units)."""
    wrap_y: list[tuple[Axes, tuple[str, ...], float]] = field(default_factory=list)
    adjusters: list[Callable[[], bool]] = field(default_factory=list)
    """Kind-specific fixes run after each layout pass; True when one changed something."""
    top_legends: list[Axes] = field(default_factory=list)
    """Axes whose legend sits above the plot (raised when a tick label would touch it)."""
    end_labels: list[Annotation] = field(default_factory=list)
    """Labels past the ends of vertical bars: lifted a line when neighbours would touch."""
    side_labels: list[Annotation] = field(default_factory=list)
    """Labels past the ends of horizontal bars: moved along the bar when neighbours would touch."""
    table_labels: list[Text] = field(default_factory=list)
    """Values set in rows under the category names when they do not fit over their bars."""
    loose: bool = False
    """True when category names, their groups of words kept whole, cannot fit their slots:
    they are wrapped again keeping words of at most two syllables only (``_fitting_words``)."""
    title_pt: float | None = None
    """A big-number panel's title size, when its title is set (``render._run_title``)."""
    crowded: bool = False
    """True when category names cannot fit their slots even at the note size."""
    parted: int = 0
    """How many kept groups of words (``ChartStyle.keep_whole``) ``wrap`` has had to part, each
    wider than its line ("Thu / ngân sách"): a caller that can give its names more room
    compares it before and after a wrap."""
    scale: int = 0
    """A big-number panel's size, as an index of ``kinds.numbers.SCALES`` (0 the largest)."""

    @property
    def base(self) -> float:
        return float(self.plan.style.base_size_pt)

    @property
    def floor(self) -> float:
        """The theme's smallest chart text: no text of the chart is smaller."""
        return float(self.plan.style.min_size_pt)

    @property
    def small(self) -> float:
        """Caption size (source, unit): the theme's caption size (``ChartStyle.caption_pt``)."""
        return self.plan.style.caption_pt

    @property
    def note(self) -> float:
        """Size of crowded category names: nine tenths of the base (names a step smaller
        than the values read as a fallback, not as a second level), never under ``floor``."""
        return max(self.floor, round(self.base * 0.9, 1))

    @property
    def label_floor(self) -> float:
        """Smallest size of a crowded data label (four fifths of the base), never under
        ``floor``."""
        return max(self.floor, round(self.base * 0.8, 1))

    @property
    def names_cap(self) -> float:
        """The largest size category names may take: the smallest data label's (review R20
        #7, xanh-so 50: values shrunk to 16,2 pt among their bars beside names at 18 pt read
        as footnotes). Data labels never go under ``label_floor``, so neither do the names."""
        sizes = [float(t.get_fontsize()) for t in self.data_labels if t.get_visible()]
        return min([self.base, *sizes])

    def name_sizes(self) -> tuple[float, ...]:
        """The sizes category names are tried at, largest first (base, note, label floor),
        none over ``names_cap``."""
        cap = self.names_cap
        return tuple(dict.fromkeys(min(s, cap) for s in (self.base, self.note, self.label_floor)))

    @property
    def words(self) -> Mapping[str, str]:
        return WORDS[self.plan.lang]

    def color(self, i: int) -> str:
        colors = self.plan.style.colors
        return colors[i % len(colors)]

    def renderer(self) -> RendererBase:
        return self.fig.canvas.get_renderer()  # type: ignore[attr-defined]

    def font(self, size: float, heading: bool = False) -> FontProperties:
        style = self.plan.style
        path = style.heading_font_file if heading else style.font_file
        return FontProperties(fname=str(path), size=size)

    # numbers -----------------------------------------------------------------------------
    def label(self, value: Decimal | None, c: int = -1, series: int = -1) -> str:
        """A data label: the number in the deck's format; "%" and "‰" stay attached. When the
        chart's categories have different units (panels), category ``c``'s label names its
        unit in full ("4.284 USD"). The value of ``series`` at ``c`` keeps the word of its
        bound ("dưới 0,9%", "khoảng 31%"): a ceiling is not an exact figure; a range says both
        its ends ("7–10%")."""
        if value is None:
            return ""
        low = self.plan.low(series, c) if series >= 0 and c >= 0 else None
        shown: Decimal | tuple[Decimal, Decimal] = value if low is None else (low, value)
        if self.plan.units and c >= 0:
            text = numfmt.format_quantity(shown, self.plan.unit_of(c), self.plan.lang)
        else:
            unit = self.plan.unit if self.plan.unit in ATTACHED_UNITS else None
            text = numfmt.format_quantity(shown, unit, self.plan.lang)
        if series >= 0 and c >= 0:
            return bounded(text, self.plan.bound(series, c), self.plan.lang)
        return text

    def value_axis(self, axis: object, nbins: int = 5, unit: str | None = None) -> None:
        """Few ticks at round steps (1, 2, 5 × 10ⁿ), written the deck's way with the same number
        of decimals on every tick (with "%" when that is the unit: ``unit``, else the plan's)."""
        unit = unit or self.plan.unit
        suffix = unit if unit in ATTACHED_UNITS else ""
        locator = MaxNLocator(nbins=nbins, min_n_ticks=2, steps=[1, 2, 5, 10])
        axis.set_major_locator(locator)  # type: ignore[attr-defined]
        axis.set_major_formatter(UniformTicks(self.plan.lang, suffix))  # type: ignore[attr-defined]

    def unit_note(self) -> str | None:
        """Names a unit that the data labels do not carry, "Đơn vị: tỷ đồng", unless the title
        names it ("Thu, chi ngân sách (tỷ đồng)"): the caption says it once, on one line."""
        unit = self.plan.unit
        said = self.plan.titles_unit or self.plan.kind in ("pie", "donut")
        if unit and unit not in ATTACHED_UNITS and not said:
            return f"{self.words['unit']}: {unit}"
        return None

    # text measuring ----------------------------------------------------------------------
    def width_px(self, text: str, size: float, heading: bool = False) -> float:
        """Width of the widest line of ``text`` in pixels, in the body font (the bold heading
        font with ``heading``), memoised for every chart this process draws: shaping text is
        slow, and titles, names and numbers recur."""
        style = self.plan.style
        path = style.heading_font_file if heading else style.font_file
        key = (str(path), size, self.fig.dpi, text)
        if key not in _WIDTHS:
            if len(_WIDTHS) >= 100_000:  # a long-lived process: start afresh, never grow unbounded
                _WIDTHS.clear()
            renderer = self.renderer()
            font = self.font(size, heading)
            _WIDTHS[key] = max(
                renderer.get_text_width_height_descent(line, font, ismath=False)[0]
                for line in text.split("\n")
            )
        return _WIDTHS[key]

    def wrap(
        self, text: str, max_px: float, size: float, balanced: bool = False, heading: bool = False
    ) -> str:
        """Greedy word wrap of ``text`` to ``max_px`` pixels at ``size`` points.

        Words are measured one at a time (a line is its words plus spaces), with a small margin
        for the kerning this leaves out. ``balanced`` keeps the greedy number of lines but
        evens their lengths, so no short syllable is left alone on the last line. ``heading``
        measures in the heading font (a title, drawn bold and wider).
        """
        limit = max_px * 0.97
        space = self.width_px("a a", size, heading) - 2 * self.width_px("a", size, heading)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            start = len(lines)
            current: list[str] = []
            width = 0.0
            words = self._fitting_words(paragraph, limit, size, heading)
            for word in words:
                w = self.width_px(word, size, heading)
                if current and width + space + w > limit:
                    lines.append(" ".join(current))
                    current, width = [word], w
                else:
                    width += (space if current else 0.0) + w
                    current.append(word)
            lines.append(" ".join(current))
            if balanced and len(lines) - start > 1:
                widths = [self.width_px(word, size, heading) for word in words]
                even = _balance(words, widths, space, limit, len(lines) - start)
                lines[start:] = even or lines[start:]
        return "\n".join(lines)

    def wrap_lines(
        self, text: str, max_px: float, size: float, lines: int, heading: bool = False
    ) -> str:
        """``text`` (one paragraph) in ``lines`` balanced lines no wider than ``max_px`` at
        ``size``; "" when it has fewer words than lines or does not fit in so many."""
        limit = max_px * 0.97
        space = self.width_px("a a", size, heading) - 2 * self.width_px("a", size, heading)
        words = self._fitting_words(text, limit, size, heading)
        if len(words) < lines:
            return ""
        widths = [self.width_px(word, size, heading) for word in words]
        return "\n".join(_balance(words, widths, space, limit, lines))

    def _fitting_words(self, paragraph: str, limit: float, size: float, heading: bool) -> list[str]:
        """The words ``wrap`` keeps whole (``_words``), a kept group wider than a line (``limit``)
        given back as its words: it breaks between them rather than overflow its line."""
        keep = tuple(self.plan.style.keep_whole)
        out: list[str] = []
        for word in _words(paragraph, keep):
            if " " in word and (
                self.width_px(word, size, heading) > limit or (self.loose and word.count(" ") > 1)
            ):
                self.parted += 1
                # its shorter kept words still whole: "Thu / ngân sách", never "Thu ngân / sách"
                n = word.count(" ") + 1
                parts = _words(word, tuple(k for k in keep if k.count(" ") + 1 < n))
                # a group no shorter kept word parts ("hoạch (%)": a word and its bracketed
                # unit) is parted at its spaces rather than run past its line
                out.extend(word.split() if parts == [word] else parts)
            else:
                out.append(word)
        return out

    def wrap_categories(self, labels: tuple[str, ...], slot_px: float) -> tuple[list[str], float]:
        """Category names wrapped to their slot (balanced lines): at most three lines at the
        base size, else at the note size, else wrapped at the smallest label size."""
        for loose in dict.fromkeys((self.loose, True)):
            self.loose = loose  # (its groups of words broken up only when nothing else fits)
            for size in self.name_sizes():
                wrapped = [self.wrap(label, slot_px, size, balanced=True) for label in labels]
                if max(w.count("\n") + 1 for w in wrapped) <= 3:
                    return wrapped, size
        return wrapped, size

    def pt_to_px(self, pt: float) -> float:
        return pt * self.fig.dpi / 72.0


def _words(paragraph: str, keep: Sequence[str] = ()) -> list[str]:
    """``wrap.split_words``, kept for every chart this process draws (a name is wrapped again
    at each layout pass, and at each width tried): a copy, so a caller may change it. ``keep``
    may come as a list (a plan the chart server read from JSON)."""
    return list(split_words(paragraph, tuple(keep)))


def _balance(
    words: list[str], widths: list[float], space: float, limit: float, n_lines: int
) -> list[str]:
    """``words`` in ``n_lines`` lines no wider than ``limit``, as even as possible
    (``wrap.balance``); [] when they do not go in so many."""
    cuts = balance(widths, space, limit, n_lines)
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:])] if cuts else []


class UniformTicks(Formatter):
    """Tick labels in the deck's number format, all with as many decimals as the finest tick
    needs ("0,0% / 0,5% / 1,0%", never "0,9% / 0,75% / 0,6%")."""

    def __init__(self, lang: str, suffix: str) -> None:
        self.lang = lang
        self.suffix = suffix
        self._tick = numfmt.tick_formatter(lang)
        self._places = 0
        self._texts: dict[tuple[float, int], str] = {}
        """Each tick's text by (value, decimals): matplotlib formats every tick again at each
        measure of the axis (each layout run, each check), and the deck's number format
        (Babel) is slow next to it (~2% of a chart's CPU)."""

    def set_locs(self, locs: list[float]) -> None:
        self._places = max(
            (_decimals(Decimal(f"{v:.10g}")) for v in locs if math.isfinite(v)), default=0
        )

    def places(self) -> int:
        return self._places

    def __call__(self, x: float, pos: int | None = None) -> str:
        places = self.places()
        key = (float(x), places)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) >= 10_000:  # a long-lived process: never grow unbounded
                self._texts.clear()
            text = self._texts[key] = (
                self._tick(x, pos)  # the position plays no part in it
                if places == 0
                else numfmt.format_number(round(float(x), 9), self.lang, places)
            ) + self.suffix
        return text


def _decimals(d: Decimal) -> int:
    exponent = d.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def style_axes(canvas: Canvas, ax: Axes, value_axis: Literal["x", "y"]) -> None:
    """No chart junk: one baseline, light gridlines along the value axis only, no tick marks."""
    style = canvas.plan.style
    ax.set_facecolor("none")
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    base_side = "bottom" if value_axis == "y" else "left"
    ax.spines[base_side].set_visible(True)
    ax.spines[base_side].set_color(style.grid_color)
    ax.spines[base_side].set_linewidth(1.2)
    ax.grid(axis=value_axis, color=style.grid_color, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(length=0, pad=TICK_PAD_PT, labelsize=canvas.base, colors=style.text_color)


def categories_on(
    canvas: Canvas, ax: Axes, axis: str, labels: tuple[str, ...], slot: float, share: float = 1.0
) -> None:
    """Puts ``labels`` at 0..n-1 on ``axis``, wrapped to a first guess of the room they get
    (``share`` of the figure's width holds the axes).

    The layout wraps them again to the measured slot (``slot`` data units each).
    """
    positions = list(range(len(labels)))
    fig_px = canvas.fig.bbox.width * share
    if axis == "x":
        guess, size = canvas.wrap_categories(labels, fig_px * 0.85 / len(labels) * slot)
        ax.set_xticks(positions, guess, fontsize=size)
        on_one_baseline(canvas, ax)
        canvas.wrap_x.append((ax, labels, slot))
    else:
        guess = [canvas.wrap(t, fig_px * 0.3, canvas.base) for t in labels]
        ax.set_yticks(positions, guess)
        canvas.wrap_y.append((ax, labels, slot))


TICK_PAD_PT = 6.0
"""Space between an axis and its tick labels (``style_axes``); category names under the axis
keep it above the tallest of them (``on_one_baseline``)."""


def on_one_baseline(canvas: Canvas, ax: Axes) -> None:
    """The category names under ``ax`` set on one baseline: the first line of each at the
    same height, ``TICK_PAD_PT`` under the axis above the tallest (a name with a stacked
    diacritic, "Kế hoạch 2024", hung from the axis by its top sat a diacritic's height under
    "Năm 2023", R7's slide 34). Matplotlib hangs a tick label by the top of its first line's
    ink (at least "lp"'s) and sets a label of several lines on its last line's baseline with
    ``va="baseline"``: each name is hung as before, lowered by what its first line lacks of
    the tallest's height."""
    from matplotlib.transforms import ScaledTranslation

    renderer = canvas.renderer()
    ticks = ax.xaxis.get_major_ticks()
    rises = []
    for tick in ticks:
        t = tick.label1
        rise = 0.0
        # matplotlib's line box: its ink, at least as tall as "lp"'s
        for text in ("lp", t.get_text().split("\n", 1)[0] or "lp"):
            _, h, d = renderer.get_text_width_height_descent(text, t.get_fontproperties(), False)
            rise = max(rise, h - d)
        rises.append(rise)
    if not rises:
        return
    tallest = max(rises)
    kw = ax.xaxis.get_tick_params(which="major")
    base, _, _ = ax.get_xaxis_text1_transform(kw.get("pad", TICK_PAD_PT) + kw.get("size", 0.0))
    for tick, rise in zip(ticks, rises, strict=True):
        down = (tallest - rise) / canvas.fig.dpi
        tick.label1.set_transform(base + ScaledTranslation(0, -down, canvas.fig.dpi_scale_trans))


MARK_CONTRAST = 3.0
"""The least contrast of a chart's thin marks (leader lines) on the slide's background
(WCAG's ratio for graphical objects)."""


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    from matplotlib.colors import to_rgb

    def lum(color: str) -> float:
        channels = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(color)
        ]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mark_color(text: str, background: str) -> str:
    """A colour for thin marks: the text colour eased toward the background as far as keeps
    ``MARK_CONTRAST`` on it (quieter than text, never faint)."""
    from matplotlib.colors import to_hex, to_rgb

    bg = background if background not in ("none", "") else "#FFFFFF"
    t, b = to_rgb(text), to_rgb(bg)
    for share in (0.45, 0.35, 0.25, 0.15):
        r, g, bl = (x + (y - x) * share for x, y in zip(t, b, strict=True))
        mixed = to_hex((r, g, bl))
        if contrast_ratio(mixed, bg) >= MARK_CONTRAST:
            return mixed
    return to_hex(t)


def toned(color: str, background: str, ratio: float) -> str:
    """``color`` where it reaches ``ratio`` on ``background``; else its nearest tone that does,
    blended towards black (on a light background) or white in steps of 5%: a mark or a header
    keeps its series' hue and reads (a theme's own colours pass; a user's may not)."""
    from matplotlib.colors import to_hex, to_rgb

    bg = background if background not in ("none", "") else "#FFFFFF"
    if contrast_ratio(color, bg) >= ratio - 1e-9:
        return color
    r, g, b = to_rgb(color)
    end = 0.0 if contrast_ratio("#000000", bg) >= contrast_ratio("#FFFFFF", bg) else 1.0
    for step in range(1, 21):
        t = step / 20
        tone = to_hex((r + (end - r) * t, g + (end - g) * t, b + (end - b) * t))
        if contrast_ratio(tone, bg) >= ratio - 1e-9:
            return tone
    return to_hex((end, end, end))


def tint(color: str, background: str, share: float) -> str:
    """``color`` at ``share`` of its strength over ``background`` (a light tint on a light
    background), as ``#rrggbb``."""
    from matplotlib.colors import to_hex, to_rgb

    bg = background if background not in ("none", "") else "#FFFFFF"
    (r, g, b), (r0, g0, b0) = to_rgb(color), to_rgb(bg)
    return to_hex((r0 + (r - r0) * share, g0 + (g - g0) * share, b0 + (b - b0) * share))


def contrast_text(color: str) -> str:
    """Black or white, whichever reads better on ``color``."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(color)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#FFFFFF" if luminance < 0.55 else "#1A1A1A"


LEGEND_SPACING_EM = 1.2
"""Between a legend's entries on a row, in multiples of its size."""
LEGEND_SLACK_EM = 0.2
"""Room kept per entry for the text's measure against Matplotlib's."""
LEGEND_ENTRY_EM = 2.2
"""A legend entry's swatch (1.2 em), the gap after it and ``LEGEND_SLACK_EM``, beside its
text."""


def legend(
    canvas: Canvas,
    ax: Axes,
    handles: Sequence[Artist],
    labels: list[str],
    where: str = "top",
    size: float | None = None,
    share: float = 0.45,
) -> None:
    """A legend beside the plot (part of the axes, so the layout makes room for it).

    Above the plot as many columns as fit, wrapping a label only when one alone is too wide,
    its entries in order along each row (the series' order, as they stack); at the right (pies
    in wide boxes) one column, at most ``share`` of the figure's width.
    """
    size = size or canvas.base
    fig_px = canvas.fig.bbox.width
    handle_px = canvas.pt_to_px(size * 2.8)
    transform = ax.transAxes
    loc: Literal["center left", "lower left", "upper center"]
    if where == "right":
        texts = [canvas.wrap(t, fig_px * share - handle_px, size) for t in labels]
        ncols, loc, anchor = 1, "center left", (1.02, 0.5)
    else:
        # the row from the figure's left pad to its right one, each entry its swatch and gap
        # (``LEGEND_ENTRY_EM``), entries ``LEGEND_SPACING_EM`` apart: one row whenever it
        # fits at the legend's size (sample slide 33 took two at 0.9 of the width)
        avail = fig_px - 2 * canvas.pt_to_px(PAD_PT)
        em = canvas.pt_to_px(size)
        widths = [canvas.width_px(t, size) + em * LEGEND_ENTRY_EM for t in labels]
        ncols = len(labels)
        while (
            ncols > 1 and _row_width(widths, ncols) + em * LEGEND_SPACING_EM * (ncols - 1) > avail
        ):
            ncols -= 1
        texts = (
            list(labels) if ncols > 1 else [canvas.wrap(t, avail - handle_px, size) for t in labels]
        )
        # read along the rows, as the series stack: matplotlib fills a legend column by column
        handles = [h for c in range(ncols) for h in handles[c::ncols]]
        texts = [t for c in range(ncols) for t in texts[c::ncols]]
        if where == "top":
            # Left-aligned with the title (the figure's edge), just above the plot.
            loc, anchor = "lower left", (PAD_PT / 72 / canvas.fig.get_figwidth(), 1.02)
            transform = blended_transform_factory(canvas.fig.transFigure, ax.transAxes)
            canvas.top_legends.append(ax)
        else:
            loc, anchor = "upper center", (0.5, -0.02)
    leg = ax.legend(
        handles,
        texts,
        bbox_transform=transform,
        loc=loc,
        bbox_to_anchor=anchor,
        ncols=ncols,
        frameon=False,
        prop=canvas.font(size),
        labelcolor=canvas.plan.style.text_color,
        handlelength=1.2,
        handleheight=0.9,
        handletextpad=LEGEND_ENTRY_EM - 1.2 - LEGEND_SLACK_EM,
        columnspacing=LEGEND_SPACING_EM,
        borderaxespad=0.0,
        borderpad=0.0,
    )
    leg._deckmaker_transform = transform  # type: ignore[attr-defined]


def _row_width(widths: list[float], ncols: int) -> float:
    columns = [max(widths[c::ncols]) for c in range(ncols)]
    return sum(columns)


def font_files(canvas: Canvas) -> tuple[Path, Path]:
    style = canvas.plan.style
    return Path(style.font_file), Path(style.heading_font_file)
