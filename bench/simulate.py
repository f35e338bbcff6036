"""A cold build's wall on an idle machine, simulated from CPU figures that hold at any load.

    python bench/simulate.py [--cores 2] [--scale 1.1]

Processor sharing of the cores between the build process, the chart workers' fork server, the
resource tracker and the workers (each runnable process gets ``min(1, cores / runnable)`` of a
core, in steps of 0.5 ms). The build process spawns the fork server at build CPU ``FORK_AT``,
sends each chart at its build-CPU position (``bench/marks.py``), works until ``TAIL`` before its
end, waits there for every chart, then does its tail. The fork server needs ``FORK_CPU`` before
a worker can start; the feed keeps one chart queued behind each busy worker and sends the
costliest waiting one first (``StreamedRendering._feed``). Chart CPU: ``bench/charts.py``'s
per-chart minima at load 0.4, times ``--scale``. No process start or exit costs: the walls
measured on a quiet machine are ~0.08-0.1 s longer. The figures below are the thirteenth pass's
(bench/README.md); put another tree's marks in ``CASES`` to weigh a change before making it.
"""

from __future__ import annotations

import argparse
import heapq
import sys

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


def simulate(
    sent: list[float],
    costs: list[float],
    build_cpu: float,
    cores: float = 2.0,
    workers: int = 2,
    step: float = 0.0005,
) -> tuple[float, float, float]:
    """(the build's end, the fork server ready, the last chart drawn), wall seconds."""
    t = b = 0.0
    fork = tracker = None
    waiting: list[tuple[float, int]] = []
    queued: list[int] = []
    busy: list[list[float] | None] = [None] * workers
    added = drawn = in_pool = 0
    ready_at = last_drawn = float("nan")
    while b < build_cpu:
        while added < len(sent) and b >= sent[added]:
            heapq.heappush(waiting, (-costs[added], added))
            added += 1
        if fork is None and b >= FORK_AT:
            fork = tracker = 0.0
        ready = fork is not None and fork >= FORK_CPU
        if ready and ready_at != ready_at:
            ready_at = t
        while waiting and in_pool < workers + 1:
            queued.append(heapq.heappop(waiting)[1])
            in_pool += 1
        if ready:
            for k in range(workers):
                if busy[k] is None and queued:
                    busy[k] = [costs[queued.pop(0)]]
        build_runs = b < build_cpu - TAIL or drawn == len(costs)
        runnable = int(build_runs) + sum(x is not None for x in busy)
        runnable += int(fork is not None and fork < FORK_CPU)
        runnable += int(tracker is not None and tracker < TRACKER_CPU)
        rate = min(1.0, cores / runnable) * step if runnable else 0.0
        t += step
        if build_runs:
            b += rate
        if fork is not None and fork < FORK_CPU:
            fork += rate
        if tracker is not None and tracker < TRACKER_CPU:
            tracker += rate
        for k, job in enumerate(busy):
            if job is not None:
                job[0] -= rate
                if job[0] <= 0:
                    busy[k] = None
                    in_pool -= 1
                    drawn += 1
                    last_drawn = t
    return t, ready_at, last_drawn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cores", type=float, default=2.0)
    ap.add_argument("--scale", type=float, default=1.1, help="the charts' CPU times this")
    args = ap.parse_args()
    costs = [c * args.scale for c in CHART_CPU]
    for name, (sent, build_cpu) in CASES.items():
        end, ready, last = simulate(sent, costs, build_cpu, args.cores)
        print(
            f"{name:20s} wall {end:.3f} s  (fork server ready {ready:.3f}, last chart {last:.3f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
