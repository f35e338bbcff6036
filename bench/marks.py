"""Where a cold build's own process is when it sends its charts, plans, writes and exits: marks in
build-process CPU seconds (a position that holds at any load) and wall seconds.

    python bench/marks.py [--runs 3] [--against DIR] [--all]

Each run builds the sample deck with an empty cache (``DECKMAKER_CACHE`` a new folder, chart and
build servers off) in a fresh process that wraps ``pipeline.plan``, the deck-wide passes of
``layout.plan``, ``writer.write_pptx``, ``StreamedRendering.add`` (a chart sent to the workers)
and ``Rendering._counted`` (a chart drawn). ``--against DIR``: another tree (a ``git archive`` of
main, compiled alike: ``python -m compileall -q deckmaker``) run alternately with this one. The
last column is the CPU of the build and every child it waited for (fork server, resource
tracker, workers). ``main`` is the CPU of the build process's main thread alone (the process's
CPU counts its threads too: the writer's deflate thread, the chart pool's feeders), at the same
marks: the build's critical path when its other threads run on an idle core.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import atexit, json, os, sys, threading, time
T0 = float(os.environ["MARKS_T0"])
MAIN = time.pthread_getcpuclockid(threading.get_ident())
marks = []
def mark(what):
    marks.append((what, time.time() - T0, time.process_time(), time.clock_gettime(MAIN)))
mark("up")
import deckmaker.charts.render as R
import deckmaker.layout.plan as LP
import deckmaker.pipeline as P
import deckmaker.writer as W
def wrapped(f, name):
    def g(*a, **k):
        mark(name + " <"); r = f(*a, **k); mark(name + " >"); return r
    return g
def before(f, name):
    def g(*a, **k):
        mark(name); return f(*a, **k)
    return g
P.plan = wrapped(P.plan, "plan")
W.write_pptx = wrapped(W.write_pptx, "write")
for name in ("deck_stacked", "deck_sizes", "deck_caps"):
    if hasattr(LP, name):
        setattr(LP, name, wrapped(getattr(LP, name), name))
R.StreamedRendering.add = before(R.StreamedRendering.add, "sent")
R.Rendering._counted = before(R.Rendering._counted, "drawn")
def out():
    mark("exit")
    with open(os.environ["MARKS_OUT"], "w") as f:
        json.dump(marks, f)
atexit.register(out)
sys.argv = ["deckmaker", "build", os.environ["MARKS_OUTLINE"], "-o", os.environ["MARKS_PPTX"]]
from deckmaker.cli import run
run()
"""


def one(tree: Path, outline: Path) -> tuple[float, float, list[tuple[str, float, float, float]]]:
    """(wall, CPU of the build and its children, marks) of one cold build from ``tree``."""
    folder = Path(tempfile.mkdtemp(prefix="deckmaker-marks-"))
    try:
        env = {
            **os.environ,
            "PYTHONPATH": str(tree),
            "DECKMAKER_CACHE": str(folder / "cache"),
            "DECKMAKER_BUILD_SERVER": "off",
            "DECKMAKER_CHART_SERVER": "off",
            "MARKS_OUT": str(folder / "marks.json"),
            "MARKS_PPTX": str(folder / "deck.pptx"),
            "MARKS_OUTLINE": str(outline),
        }
        before = os.times()
        t0 = time.time()
        env["MARKS_T0"] = repr(t0)
        # run with -c: a chart worker must not import this file as its __main__
        subprocess.run(
            [sys.executable, "-c", CHILD], cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL
        )
        wall = time.time() - t0
        after = os.times()
        cpu = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        marks = [tuple(m) for m in json.loads((folder / "marks.json").read_text())]
        return wall, cpu, marks  # type: ignore[return-value]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def summary(wall: float, cpu: float, marks: list[tuple[str, float, float, float]]) -> str:
    first = {}
    main = {}
    for name, w, c, m in marks:
        first.setdefault(name, (w, c))
        main.setdefault(name, m)
    sent = [m for m in marks if m[0] == "sent"]
    drawn = [m for m in marks if m[0] == "drawn"]

    def at(name: str) -> str:
        w, c = first.get(name, (float("nan"), float("nan")))
        return f"{c:.3f} ({w:.2f})"

    return (
        f"wall {wall:5.2f}  first sent {at('sent')}  last sent {sent[-1][2]:.3f}  "
        f"planned {at('plan >')}  written {at('write >')}  exit {at('exit')}  "
        f"last drawn ({drawn[-1][1]:.2f})  cpu all {cpu:.2f}  "
        f"main thread: planned {main.get('plan >', float('nan')):.3f} "
        f"written {main.get('write >', float('nan')):.3f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--outline", type=Path, default=ROOT / "outlines" / "hung-yen-2024")
    ap.add_argument("--against", type=Path, help="another tree, run alternately")
    ap.add_argument("--all", action="store_true", help="print every mark")
    args = ap.parse_args()
    trees = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    print(f"build process CPU s (wall s); load {os.getloadavg()[0]:.1f}")
    for _ in range(args.runs):
        for name, tree in trees:
            wall, cpu, marks = one(tree, args.outline.resolve())
            print(f"{name:8s} {summary(wall, cpu, marks)}")
            if args.all:
                for what, w, c, m in marks:
                    print(f"    {what:16s} cpu {c:.3f}  main {m:.3f}  wall {w:.3f}")
    print(f"load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
