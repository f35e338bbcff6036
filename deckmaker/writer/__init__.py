"""SlidePlans to a .pptx file: the only package that writes python-pptx objects."""

from __future__ import annotations

from . import xpath
from .reuse import SlideReuse
from .slides import ChartImage, DeckMeta, write_pptx

xpath.install()  # python-pptx's look-ups, each expression compiled once

__all__ = ["ChartImage", "DeckMeta", "SlideReuse", "write_pptx"]
