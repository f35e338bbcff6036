"""A cold build's wall on an idle machine, simulated from CPU figures that hold at any load.

    python bench/simulate.py [--cores 2] [--scale 1.1] [--weight 1.0] [--question]

Processor sharing of the cores between the build process, the chart workers' fork server, the
resource tracker and the workers (each runnable process gets ``min(1, cores / runnable)`` of a
core, in steps of 0.5 ms; with ``--weight W`` the build weighs W times another process, as a
worker's ``nice`` makes it, and takes at most a core). The build process spawns the fork server
at build CPU ``FORK_AT``, sends each chart at its build-CPU position (``bench/marks.py``), works
until ``TAIL`` before its end, waits there for every chart, then does its tail. The fork server
needs ``FORK_CPU`` before a worker can start; the feed keeps one chart queued behind each busy
worker and sends the costliest waiting one first (``StreamedRendering._feed``). Chart CPU:
``bench/charts.py``'s per-chart minima at load 0.4, times ``--scale``. No process start or exit
costs: the walls measured on a quiet machine are ~0.08-0.1 s longer.

Without ``--question``: the cases of ``CASES`` (the thirteenth to seventeenth passes' marks; put
another tree's there to weigh a change before making it). With it: the thirtieth pass's case
(``QUESTION``), where the sample's planner asks one plot width (``StreamedRendering.measure``,
'Tốc độ tăng', chart 8) at build CPU ``MEASURE_AT`` and waits, idle, until a worker has drawn
that chart whole (it goes behind the charts already in the pool); and two ways of using that
wait (h23a): the feed keeping one chart per worker in the pool while planning (``ahead`` 2, so
that the question goes to the first worker free), and the writer's import (``WRITER_IMPORT`` s
CPU) run during the wait instead of after planning.
"""

from __future__ import annotations

import argparse
import heapq
import math
import sys
from dataclasses import dataclass

CHART_CPU = [0.125, 0.079, 0.049, 0.078, 0.096, 0.063, 0.057, 0.035, 0.101, 0.091, 0.093, 0.232]
CHART_CPU += [0.071]
"""The sample deck's 13 charts in deck order, CPU s each (``bench/charts.py``, load 0.4)."""
FORK_AT, FORK_CPU, TRACKER_CPU, TAIL = 0.08, 0.33, 0.04, 0.065
CASES = {
    # name: (build-CPU position of each chart sent, the build process's CPU in all)
    "main d871e51": (
        [0.525, 0.557, 0.559, 0.560, 0.561, 0.598, 0.608, 0.617, 0.627, 0.628, 0.633]
        + [0.760, 0.767],
        1.16,
    ),
    "charts first": (
        [0.376, 0.405, 0.406, 0.407, 0.408, 0.440, 0.451, 0.462, 0.465, 0.467, 0.471]
        + [0.473, 0.478],
        1.16,
    ),
    "+ fewer collections": (
        [0.366, 0.395, 0.396, 0.397, 0.398, 0.430, 0.441, 0.452, 0.455, 0.457, 0.461]
        + [0.463, 0.468],
        1.11,
    ),
    # fourteenth pass: the writer ~0.11-0.14 s less CPU quiet, the charts sent as before
    "+ writer copies (h16g)": (
        [0.366, 0.395, 0.396, 0.397, 0.398, 0.430, 0.441, 0.452, 0.455, 0.457, 0.461]
        + [0.463, 0.468],
        1.00,
    ),
    # seventeenth pass: planning ~0.07 s less CPU quiet (callgrind: -10% of pipeline.plan);
    # the charts sent where they were (the part of the saving before them not measured)
    "+ planning (h16j)": (
        [0.366, 0.395, 0.396, 0.397, 0.398, 0.430, 0.441, 0.452, 0.455, 0.457, 0.461]
        + [0.463, 0.468],
        0.93,
    ),
}

# The thirtieth pass's case (h23a: ``bench/marks.py`` at load ~4, main 7d29dcb)
QUESTION_FORK_CPU = 0.37
SENT = [(0.405, 0), (0.50, 1), (0.50, 2), (0.505, 3), (0.505, 4), (0.585, 5), (0.595, 6)]
SENT += [(0.595, 7), (0.645, 9), (0.655, 10), (0.665, 11), (0.675, 12)]
"""(build CPU, chart) of each chart sent; chart 8 is drawn by the question."""
MEASURE_AT, MEASURED, PLANNED_AT, BUILD_CPU, WRITER_IMPORT = 0.60, 8, 1.10, 1.40, 0.07


@dataclass(frozen=True)
class Outcome:
    wall: float
    """The build's end."""
    ready: float
    """The fork server ready to fork a worker."""
    last: float
    """The last chart drawn."""
    wait: float
    """How long the planner waited for its plot width (nan without a question)."""


def simulate(
    sent: list[tuple[float, int]],
    costs: list[float],
    build_cpu: float,
    *,
    cores: float = 2.0,
    workers: int = 2,
    fork_cpu: float = FORK_CPU,
    ahead: int | None = None,
    ahead_planning: int | None = None,
    planned_at: float = math.inf,
    question: tuple[float, int] | None = None,
    in_wait: float = 0.0,
    weight: float = 1.0,
    step: float = 0.0005,
) -> Outcome:
    """One cold build: ``sent`` the (build CPU, chart) of each chart sent, ``costs`` each chart's
    CPU; the feed keeps ``ahead`` charts in the pool (a queued one behind each busy worker:
    ``workers + 1``), ``ahead_planning`` of them until build CPU ``planned_at``. ``question``:
    (build CPU, chart) where the planner asks a plot width and waits for that chart drawn whole,
    doing ``in_wait`` s of CPU meanwhile."""
    ahead = workers + 1 if ahead is None else ahead
    ahead_planning = ahead if ahead_planning is None else ahead_planning
    t = b = 0.0
    fork = tracker = None
    waiting: list[tuple[float, int]] = []
    queued: list[tuple[int, float]] = []
    busy: list[list[float] | None] = [None] * workers
    added = drawn = in_pool = 0
    ready_at = asked = answered = last = math.nan
    side = 0.0
    while b < build_cpu:
        while added < len(sent) and b >= sent[added][0]:
            i = sent[added][1]
            heapq.heappush(waiting, (-costs[i], i))
            added += 1
        if fork is None and b >= FORK_AT:
            fork = tracker = 0.0
        if question is not None and math.isnan(asked) and b >= question[0]:
            asked, side = t, in_wait
            queued.append((-1, costs[question[1]]))
        blocked = not math.isnan(asked) and math.isnan(answered)
        while waiting and in_pool < (ahead_planning if b < planned_at else ahead):
            cost, i = heapq.heappop(waiting)
            queued.append((i, -cost))
            in_pool += 1
        if fork is not None and fork >= fork_cpu:
            if math.isnan(ready_at):
                ready_at = t
            for k in range(workers):
                if busy[k] is None and queued:
                    i, cost = queued.pop(0)
                    busy[k] = [cost, i]
        build_runs = not blocked and (b < build_cpu - TAIL or drawn == len(costs))
        side_runs = blocked and side > 0
        runnable = int(build_runs) + int(side_runs) + sum(job is not None for job in busy)
        runnable += int(fork is not None and fork < fork_cpu)
        runnable += int(tracker is not None and tracker < TRACKER_CPU)
        rate = min(1.0, cores / runnable) * step if runnable else 0.0
        own = rate  # the build's share: ``weight`` times another process's, at most a core
        if weight != 1.0 and (build_runs or side_runs) and runnable > 1:
            own = min(1.0, cores * weight / (weight + runnable - 1)) * step
            rate = min(1.0, (cores - own / step) / (runnable - 1)) * step
        t += step
        if build_runs or side_runs:
            b += own
            side -= own if side_runs else 0.0
        if fork is not None and fork < fork_cpu:
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
    return Outcome(t, ready_at, last, answered - asked)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cores", type=float, default=2.0)
    ap.add_argument("--scale", type=float, help="the charts' CPU times this (1.1; 1.0 --question)")
    ap.add_argument("--weight", type=float, default=1.0, help="the build against one worker")
    ap.add_argument("--question", action="store_true", help="the planner's plot-width question")
    args = ap.parse_args()
    scale = args.scale if args.scale is not None else 1.0 if args.question else 1.1
    costs = [c * scale for c in CHART_CPU]
    shared = {"cores": args.cores, "weight": args.weight}
    if not args.question:
        for name, (positions, build_cpu) in CASES.items():
            got = simulate(list(zip(positions, range(len(costs)))), costs, build_cpu, **shared)
            print(
                f"{name:20s} wall {got.wall:.3f} s  (fork server ready {got.ready:.3f}, "
                f"last chart {got.last:.3f})"
            )
        return 0
    for name, ahead_planning, in_wait in (
        ("main: two charts queued", 3, 0.0),
        ("one chart per worker", 2, 0.0),
        ("writer import in the wait", 3, WRITER_IMPORT),
        ("both", 2, WRITER_IMPORT),
    ):
        got = simulate(
            SENT, costs, BUILD_CPU, fork_cpu=QUESTION_FORK_CPU, ahead=3,
            ahead_planning=ahead_planning, planned_at=PLANNED_AT,
            question=(MEASURE_AT, MEASURED), in_wait=in_wait, **shared,
        )  # fmt: skip
        print(f"{name:28s} wall {got.wall:.3f} s  wait {got.wait:.3f}  last chart {got.last:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
