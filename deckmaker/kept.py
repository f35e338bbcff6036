"""Results kept in a process, bounded: the memos of planning and writing numbers.

A long-lived process (the preview, the build server) plans deck after deck; each memo keeps at
most its limit of entries and drops the least recently used one past it, so it never grows
unbounded and a pass over a large deck does not forget, all at once, what the next pass asks
for again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

_V = TypeVar("_V")


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
