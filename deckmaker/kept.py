"""Results kept in a process, bounded: the memos of planning and writing numbers.

A long-lived process (the preview, the build server) plans deck after deck; each memo keeps at
most its limit of entries and drops the least recently used one past it, so it never grows
unbounded and a pass over a large deck does not forget, all at once, what the next pass asks
for again.

``per_plan`` holds results for one plan only (its resolver or context): a new plan starts an
empty store and the last plan's results go with it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

_V = TypeVar("_V")
_K = TypeVar("_K")
_O = TypeVar("_O")


def kept(memo: OrderedDict[Any, _V], key: Any, limit: int, make: Callable[[], _V]) -> _V:
    """``memo[key]``, made by ``make()`` when missing (nothing is kept when it raises); past
    ``limit`` entries the least recently used is dropped."""
    if key in memo:
        memo.move_to_end(key)
        return memo[key]
    value = memo[key] = make()
    while len(memo) > limit:
        memo.popitem(last=False)
    return value


def per_plan(
    store: list[tuple[_O, dict[_K, _V]]],
    owner: _O,
    same: Callable[[_O, _O], bool] | None = None,
) -> dict[_K, _V]:
    """The results ``store`` keeps for ``owner`` (a plan's resolver or context): a new empty
    dict, in place of the last one, when the store holds another owner's (``same``: whether
    another owner is of the same plan, and its results serve)."""
    if not store or (store[0][0] is not owner and (same is None or not same(store[0][0], owner))):
        store[:] = [(owner, {})]
    return store[0][1]
