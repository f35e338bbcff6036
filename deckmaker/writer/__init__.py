"""SlidePlans to a .pptx file: the only package that writes python-pptx objects."""

from __future__ import annotations

from . import deferred

deferred.defer_all()  # before python-pptx imports them (``deferred.DEFERRED``)

from . import xpath  # noqa: E402
from .reuse import SlideReuse  # noqa: E402
from .slides import ChartImage, DeckMeta, write_pptx  # noqa: E402

xpath.install()  # python-pptx's look-ups, each expression compiled once

__all__ = ["ChartImage", "DeckMeta", "SlideReuse", "write_pptx"]
