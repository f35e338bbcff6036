"""A cold build's wall on two idle cores with the planner's one plot-width question, simulated.

    python bench/simulate_wait.py [--scale 1.0]

``bench/simulate.py``'s processor sharing (each runnable process gets ``min(1, cores /
runnable)`` of a core, 0.5 ms steps), with what it leaves out: the sample's planner asks one plot
width (``StreamedRendering.measure``, 'Tốc độ tăng', chart 8) at build CPU ``MEASURE_AT`` and
waits, idle, until a worker has drawn that chart whole (it goes behind the charts already in the
pool). Weighs two ways of using that wait (h23a): the feed keeping one chart per worker in the
pool while planning (``ahead`` 2, so that the question goes to the first worker free), and the
writer's import (``WRITER_IMPORT`` s CPU) run in a thread during the wait instead of after
planning. Positions are build-CPU seconds from ``bench/marks.py`` (load ~4), chart CPU
``bench/simulate.py``'s; no process start or exit costs.
"""

from __future__ import annotations

import argparse
import heapq
import sys

from simulate import CHART_CPU, TAIL, TRACKER_CPU

FORK_AT, FORK_CPU = 0.08, 0.37
SENT = [(0.405, 0), (0.50, 1), (0.50, 2), (0.505, 3), (0.505, 4), (0.585, 5), (0.595, 6)]
SENT += [(0.595, 7), (0.645, 9), (0.655, 10), (0.665, 11), (0.675, 12)]
"""(build CPU, chart) of each chart sent; chart 8 is drawn by the question."""
MEASURE_AT, MEASURED, PLANNED_AT, BUILD_CPU, WRITER_IMPORT = 0.60, 8, 1.10, 1.40, 0.07


def simulate(
    ahead_open: int, ahead_closed: int, in_wait: float, scale: float, weight: float = 1.0
) -> tuple:
    """(wall, the question's wait, the last chart drawn), seconds."""
    costs = [c * scale for c in CHART_CPU]
    t = b = 0.0
    fork = tracker = None
    waiting: list[tuple[float, int]] = []
    queued: list[tuple[int, float]] = []
    busy: list[list[float] | None] = [None, None]
    added = drawn = in_pool = 0
    asked = answered = last = float("nan")
    side = 0.0
    while b < BUILD_CPU:
        while added < len(SENT) and b >= SENT[added][0]:
            i = SENT[added][1]
            heapq.heappush(waiting, (-costs[i], i))
            added += 1
        if fork is None and b >= FORK_AT:
            fork = tracker = 0.0
        if asked != asked and b >= MEASURE_AT:
            asked, side = t, in_wait
            queued.append((-1, costs[MEASURED]))
        blocked = asked == asked and answered != answered
        while waiting and in_pool < (ahead_open if b < PLANNED_AT else ahead_closed):
            cost, i = heapq.heappop(waiting)
            queued.append((i, -cost))
            in_pool += 1
        if fork is not None and fork >= FORK_CPU:
            for k in range(2):
                if busy[k] is None and queued:
                    i, cost = queued.pop(0)
                    busy[k] = [cost, i]
        build_runs = not blocked and (b < BUILD_CPU - TAIL or drawn == len(costs))
        side_runs = blocked and side > 0
        runnable = int(build_runs) + int(side_runs) + sum(job is not None for job in busy)
        runnable += int(fork is not None and fork < FORK_CPU)
        runnable += int(tracker is not None and tracker < TRACKER_CPU)
        rate = min(1.0, 2 / runnable) * 0.0005 if runnable else 0.0
        own = rate  # the build's share: ``weight`` times another process's (nice), at most a core
        if weight != 1.0 and (build_runs or side_runs) and runnable > 1:
            own = min(1.0, 2 * weight / (weight + runnable - 1)) * 0.0005
            rate = min(1.0, (2 - own / 0.0005) / (runnable - 1)) * 0.0005
        t += 0.0005
        if build_runs or side_runs:
            b += own
            side -= own if side_runs else 0.0
        if fork is not None and fork < FORK_CPU:
            fork += rate
        if tracker is not None and tracker < TRACKER_CPU:
            tracker += rate
        for k, job in enumerate(busy):
            if job is not None:
                job[0] -= rate
                if job[0] <= 0:
                    busy[k] = None
                    drawn += 1
                    last = t
                    if job[1] == -1:
                        answered = t
                    else:
                        in_pool -= 1
    return t, answered - asked, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="the charts' CPU times this")
    args = ap.parse_args()
    for name, ahead_open, in_wait in (
        ("main: two charts queued", 3, 0.0),
        ("one chart per worker", 2, 0.0),
        ("writer import in the wait", 3, WRITER_IMPORT),
        ("both", 2, WRITER_IMPORT),
    ):
        wall, wait, last = simulate(ahead_open, 3, in_wait, args.scale)
        print(f"{name:28s} wall {wall:.3f} s  wait {wait:.3f}  last chart {last:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
