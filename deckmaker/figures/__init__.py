"""Key figures: the numbers a deck shows, loaded from .yaml, .csv or .xlsx."""

from .model import FIELDS, PLAN_KINDS, Figure, Value, format_figure, plan_kind_of
from .sources import load_figures

__all__ = [
    "FIELDS",
    "PLAN_KINDS",
    "Figure",
    "Value",
    "format_figure",
    "load_figures",
    "plan_kind_of",
]
