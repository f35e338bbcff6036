"""CPU seconds of a cold build's planning: ``pipeline.plan`` in a fresh process (empty memos, the
lexicon read, layout modules imported), as a cold build plans; alternating with another tree.

    python bench/plan_cpu.py [--runs 5] [--against DIR] [--outline DIR] [--theme NAME] [--alone]

Each run starts a new process that loads the outline (untimed) and times ``pipeline.plan`` with
``time.process_time`` (chart server off, a new ``DECKMAKER_CACHE``): the planning process's CPU
only, not its chart workers'. As ``build_deck`` plans a cold build, the chart workers' fork
server is started first and each planned chart goes to the workers (``_EarlyCharts`` with a
stream), which also measure the planner's plot widths where the tree has
``charts.measuring``; ``--alone`` times ``plan(inputs)`` by itself (no workers: plot widths
drawn in the planning process). ``--against DIR``: another tree (a ``git archive`` of main,
compiled alike: ``python -m compileall -q deckmaker``), run alternately with this one; prints
both trees' runs, medians and the pairwise difference.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import contextlib, sys, time
from pathlib import Path
from deckmaker import charts, pipeline
from deckmaker.pipeline import load_inputs, plan
inputs = load_inputs(Path(sys.argv[1]), sys.argv[2] or None)
early, measuring = None, contextlib.nullcontext()
if sys.argv[3] == "build" and charts.start_workers(None):  # as build_deck plans a cold build
    stream = charts.render_stream(None)
    early = pipeline._EarlyCharts(None, None, False, stream)
    if hasattr(charts, "measuring"):  # the plot widths measured in the stream's workers
        measuring = charts.measuring(stream)
t = time.process_time()
with measuring:
    plan(inputs, on_planned=early)
print(time.process_time() - t, flush=True)
if early is not None:
    early.close()
"""


def _once(tree: Path, outline: Path, theme: str, alone: bool) -> float:
    env = dict(
        os.environ,
        PYTHONPATH=str(tree),
        DECKMAKER_CHART_SERVER="off",
        DECKMAKER_BUILD_SERVER="off",
        DECKMAKER_CACHE=tempfile.mkdtemp(prefix="deckmaker-plan-cpu-"),
    )
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(outline), theme, "alone" if alone else "build"],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(out.stdout.split()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another tree, run alternately")
    ap.add_argument("--outline", type=Path, default=ROOT / "outlines" / "hung-yen-2024")
    ap.add_argument("--theme", default="")
    ap.add_argument("--alone", action="store_true", help="plan without chart workers")
    args = ap.parse_args()
    trees = {"this": ROOT, **({"against": args.against.resolve()} if args.against else {})}
    times: dict[str, list[float]] = {name: [] for name in trees}
    for i in range(args.runs):
        for name in list(trees)[:: 1 if i % 2 == 0 else -1]:
            times[name].append(_once(trees[name], args.outline.resolve(), args.theme, args.alone))
    how = "alone" if args.alone else "as a cold build plans"
    print(f"pipeline.plan CPU s in a fresh process, {how}; load {os.getloadavg()[0]:.1f}")
    for name, ts in times.items():
        runs = " ".join(f"{t:.3f}" for t in ts)
        print(f"{name:8s} median {statistics.median(ts):.3f}  ({runs})")
    if args.against:
        diff = [a - b for a, b in zip(times["this"], times["against"], strict=True)]
        print(f"this - against, pairwise median {statistics.median(diff):+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
