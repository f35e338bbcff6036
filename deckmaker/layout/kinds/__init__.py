"""The planners of the slide kinds, one module each, by the names of ``deckmaker.kinds.KINDS``.

A planner turns one spec into ``Planned`` slides and problems, reading positions from the
``Frame`` and words and figures from the ``PlanContext``; it changes nothing else. To add a kind:
a row in ``deckmaker/kinds.py``, a module here with its ``plan`` function, and its name below.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, Protocol, TypeVar

from ..context import PlanContext
from ..frame import Frame
from ..model import Planned
from . import (
    agenda,
    bullets,
    chart,
    chart_bullets,
    closing,
    image,
    kpis,
    quote,
    section,
    table,
    title,
)

S_contra = TypeVar("S_contra", contravariant=True)


class SlideKind(Protocol[S_contra]):
    """A slide kind's planner (a module with a ``plan`` function)."""

    def plan(self, spec: S_contra, frame: Frame, ctx: PlanContext) -> Planned:
        """The slides for ``spec``: more than one when its content continues."""
        ...


PLANNERS: Final[Mapping[str, SlideKind[Any]]] = MappingProxyType(
    {
        "title": title,
        "agenda": agenda,
        "section": section,
        "bullets": bullets,
        "chart": chart,
        "chart-bullets": chart_bullets,
        "kpis": kpis,
        "table": table,
        "image": image,
        "quote": quote,
        "closing": closing,
    }
)
"""Each slide kind's planner by its name in ``deckmaker.kinds.KINDS`` (the same names)."""
