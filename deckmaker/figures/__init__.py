"""Key figures: the numbers a deck shows, loaded from .yaml, .csv or .xlsx."""

from .model import FIELDS, Figure, Value, format_figure
from .sources import load_figures

__all__ = ["FIELDS", "Figure", "Value", "format_figure", "load_figures"]
