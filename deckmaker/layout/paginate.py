"""Split stacked units (bullet groups, table rows) across pages as evenly as their heights allow."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
EPS = 1e-6  # pt: a page this much over its capacity still counts as fitting


def _greedy(
    units: Sequence[list[T]],
    cap: float,
    height: Callable[[list[T]], float],
    runs: dict[tuple[int, int], float] | None = None,
) -> list[list[T]] | None:
    """Fill each page while the next unit fits; None when a unit alone is taller than ``cap``.
    ``runs`` keeps the height of each run of units a page was (units ``i`` to ``j``, joined),
    for ``balance``'s tries at other capacities (a page is always such a run)."""
    if runs is None:
        runs = {}

    def tall(i: int, j: int) -> float:
        h = runs.get((i, j))
        if h is None:
            h = runs[(i, j)] = height([x for u in units[i:j] for x in u])
        return h

    pages: list[list[T]] = [[]]
    start = 0  # the page's first unit
    for k, u in enumerate(units):
        if pages[-1] and tall(start, k + 1) > cap + EPS:
            pages.append([])
            start = k
        pages[-1].extend(u)
        if tall(start, k + 1) > cap + EPS:
            return None
    return pages


def balance(
    units: Sequence[list[T]], n: int, cap: float, height: Callable[[list[T]], float]
) -> list[list[T]] | None:
    """``units`` (never split) in at most ``n`` pages no taller than ``cap``, as evenly as
    possible; ``height`` measures a page. None when they need more pages or one is too tall.

    As few pages as fit, and of those splits the one whose pages are most alike in height (the
    least sum of squared heights, then the lowest tallest page): a designer spreads a list over
    its slides rather than filling the first ones and leaving a short last one (review R16b:
    tuong-phan's 18 bullets went 5/5/5/3, its 6 long table rows 1/2/2/1, each split only as low
    as its tallest page)."""
    if not units:
        return [[]]
    runs: dict[tuple[int, int], float] = {}  # each page's height, measured once
    pages = _greedy(units, cap, height, runs)
    if pages is None or len(pages) > n:
        return None
    m = len(pages)
    if m == 1:  # one page: nothing to spread
        return pages

    def tall(i: int, j: int) -> float:
        h = runs.get((i, j))
        if h is None:
            h = runs[(i, j)] = height([x for u in units[i:j] for x in u])
        return h

    k = len(units)
    inf = (math.inf, math.inf)
    # best[p][j]: (sum of squares, tallest) of units[:j] in p pages, and where its last starts
    best: list[list[tuple[float, float]]] = [[inf] * (k + 1) for _ in range(m + 1)]
    start: list[list[int]] = [[-1] * (k + 1) for _ in range(m + 1)]
    best[0][0] = (0.0, 0.0)
    for p in range(1, m + 1):
        # p pages hold at least p units, and leave at least one for each page after them
        for j in range(p, k - (m - p) + 1):
            for i in range(j - 1, p - 2, -1):
                h = tall(i, j)
                if h > cap + EPS:
                    break  # a page only grows as it starts earlier
                prev = best[p - 1][i]
                if prev == inf:
                    continue
                cost = (prev[0] + h * h, max(prev[1], h))
                if cost < best[p][j]:
                    best[p][j], start[p][j] = cost, i
    if best[m][k] == inf:  # cannot happen: the greedy split is one of the candidates
        return pages
    out: list[list[T]] = []
    j = k
    for p in range(m, 0, -1):
        i = start[p][j]
        out.append([x for u in units[i:j] for x in u])
        j = i
    out.reverse()
    return out
