"""Charts: plans as plain data, drawn with matplotlib (imported only when a chart is drawn)."""

from deckmaker.charts.model import (
    KINDS,
    ChartPlan,
    ChartStyle,
    RenderedChart,
    Series,
    alt_text,
)
from deckmaker.charts.render import (
    Rendering,
    StreamedRendering,
    measuring,
    render_async,
    render_many,
    render_png,
    render_stream,
    render_svg,
    start_workers,
)

__all__ = [
    "KINDS",
    "ChartPlan",
    "ChartStyle",
    "RenderedChart",
    "Rendering",
    "StreamedRendering",
    "Series",
    "alt_text",
    "measuring",
    "render_async",
    "render_many",
    "render_png",
    "render_stream",
    "render_svg",
    "start_workers",
]
