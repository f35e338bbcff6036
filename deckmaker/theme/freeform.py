"""Where a template's freeform shape (``a:custGeom``) is painted, not just its bounding box."""

from __future__ import annotations

import math
from typing import Any

Rect = tuple[int, int, int, int]
Point = tuple[float, float]

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
STEPS = 8
"""Straight pieces a Bézier curve or an arc is flattened into."""
SAMPLES = 5
"""A rectangle is read at ``SAMPLES`` × ``SAMPLES`` points for the share a freeform paints."""


def painted_outline(sp_pr: Any, where: Rect) -> list[list[Point]] | None:
    """The closed outlines a freeform's filled paths paint, in slide EMU (its ``a:custGeom``
    scaled to ``where``, its box): Bézier curves and arcs flattened. Empty when it paints
    nothing (every path ``fill="none"``); None for a shape with no freeform geometry or one
    whose path names guides (a formula, not a number), which is then taken as its box."""
    geom = sp_pr.find(f"{_A}custGeom") if sp_pr is not None else None
    if geom is None:
        return None
    outlines: list[list[Point]] = []
    for path in geom.iter(f"{_A}path"):
        if path.get("fill") == "none":
            continue
        try:
            pw = float(path.get("w") or where[2]) or 1.0
            ph = float(path.get("h") or where[3]) or 1.0
            found = _outlines(path)
        except ValueError:  # a guide's name where a number stands
            return None
        sx, sy = where[2] / pw, where[3] / ph
        for ring in found:
            if len(ring) >= 3:
                outlines.append([(where[0] + x * sx, where[1] + y * sy) for x, y in ring])
    return outlines


def _pt(el: Any) -> Point:
    return float(el.get("x")), float(el.get("y"))


def _outlines(path: Any) -> list[list[Point]]:
    """Each subpath of a DrawingML ``a:path`` as a list of points in the path's own units."""
    rings: list[list[Point]] = []
    ring: list[Point] = []
    at: Point = (0.0, 0.0)
    for cmd in path:
        name = cmd.tag.rsplit("}", 1)[-1]
        pts = [_pt(p) for p in cmd.iter(f"{_A}pt")]
        if name == "moveTo":
            if len(ring) >= 3:
                rings.append(ring)
            at = pts[0]
            ring = [at]
        elif name == "lnTo":
            at = pts[0]
            ring.append(at)
        elif name in ("cubicBezTo", "quadBezTo"):
            ctrl = [at, *pts]
            ring += [_bezier(ctrl, k / STEPS) for k in range(1, STEPS + 1)]
            at = pts[-1]
        elif name == "arcTo":
            ring += _arc(at, cmd)
            at = ring[-1]
        elif name == "close":
            if len(ring) >= 3:
                rings.append(ring)
            ring = [at]
    if len(ring) >= 3:
        rings.append(ring)
    return rings


def _bezier(ctrl: list[Point], t: float) -> Point:
    pts = ctrl
    while len(pts) > 1:
        pts = [
            (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            for a, b in zip(pts, pts[1:], strict=False)
        ]
    return pts[0]


def _arc(at: Point, cmd: Any) -> list[Point]:
    """An ``a:arcTo`` from ``at``: the ellipse of radii ``wR``, ``hR`` on which ``at`` lies at
    ``stAng``, swept by ``swAng`` (60000ths of a degree)."""
    wr, hr = float(cmd.get("wR")), float(cmd.get("hR"))
    st = math.radians(float(cmd.get("stAng")) / 60000)
    sw = math.radians(float(cmd.get("swAng")) / 60000)
    cx, cy = at[0] - wr * math.cos(st), at[1] - hr * math.sin(st)
    return [
        (cx + wr * math.cos(st + sw * k / STEPS), cy + hr * math.sin(st + sw * k / STEPS))
        for k in range(1, STEPS + 1)
    ]


def inside(outlines: list[list[Point]], x: float, y: float) -> bool:
    """Whether ``(x, y)`` is painted by ``outlines`` (even-odd: a hole in a ring stays open)."""
    odd = False
    for ring in outlines:
        j = len(ring) - 1
        for i, (xi, yi) in enumerate(ring):
            xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < xi + (y - yi) * (xj - xi) / (yj - yi):
                odd = not odd
            j = i
    return odd


def painted_share(outlines: list[list[Point]], box: Rect) -> float:
    """The share of ``box`` that ``outlines`` paint, read at ``SAMPLES`` × ``SAMPLES`` points."""
    x, y, w, h = box
    n = SAMPLES
    hits = sum(
        inside(outlines, x + w * (i + 0.5) / n, y + h * (j + 0.5) / n)
        for j in range(n)
        for i in range(n)
    )
    return hits / (n * n)
