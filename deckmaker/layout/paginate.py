"""Split stacked units (bullet groups, table rows) across pages as evenly as their heights allow."""

from __future__ import annotations

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
    possible; ``height`` measures a page. None when they need more pages or one is too tall."""
    if not units:
        return [[]]
    runs: dict[tuple[int, int], float] = {}  # each page's height, measured once for every try
    pages = _greedy(units, cap, height, runs)
    if pages is None or len(pages) > n:
        return None
    if n == 1:  # every capacity that fits them on one page gives that page: nothing to bisect
        return pages
    lo, hi = max(height(u) for u in units), cap
    for _ in range(30):  # bisect the smallest capacity that still needs no more than n pages
        mid = (lo + hi) / 2
        p = _greedy(units, mid, height, runs)
        if p is not None and len(p) <= n:
            hi, pages = mid, p
        else:
            lo = mid
    return pages
