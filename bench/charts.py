"""CPU seconds of the chart part of a cold build: what the fork server imports, and the deck's
charts drawn one after another in one fresh process, as one chart worker draws them.

The outline is loaded and planned once (untimed); each run is a new process that imports
``deckmaker.charts.preload`` (the fork server's import) and then draws every chart of the deck
to PNG (``time.process_time``: this process only, so load elsewhere on the machine moves it
little). ``--profile FILE`` writes a cProfile of one run's drawing instead.

    python bench/charts.py [OUTLINE] [--runs 5] [--theme NAME] [--profile FILE]
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _draw(plans_file: str, profile: str | None) -> None:
    """One run, in its own process: prints the import's and the drawing's CPU seconds."""
    t0 = time.process_time()
    import deckmaker.charts.preload  # noqa: F401 - the fork server's import
    from deckmaker.charts.render import render_png

    t1 = time.process_time()
    plans = pickle.loads(Path(plans_file).read_bytes())
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        for plan in plans:
            render_png(plan)
        profiler.disable()
        profiler.dump_stats(profile)
        return
    each = []
    for plan in plans:
        t = time.process_time()
        render_png(plan)
        each.append(time.process_time() - t)
    print(f"{t1 - t0:.4f} {sum(each):.4f} " + " ".join(f"{x:.4f}" for x in each))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outline", nargs="?", type=Path, default=ROOT / "outlines" / "hung-yen-2024")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--theme", default=None)
    ap.add_argument("--profile", default=None, help="write a cProfile of one run's drawing")
    ap.add_argument("--draw", default=None, help=argparse.SUPPRESS)  # one run (internal)
    args = ap.parse_args()
    if args.draw:
        _draw(args.draw, args.profile)
        return 0
    sys.path.insert(0, str(ROOT))
    from deckmaker.layout.model import ChartBox
    from deckmaker.pipeline import load_inputs, plan

    slides = plan(load_inputs(args.outline, args.theme))
    boxes = [e for p in slides for e in p.elements if isinstance(e, ChartBox) and not e.native]
    charts = list({id(b.chart): b.chart for b in boxes}.values())
    with tempfile.TemporaryDirectory(prefix="deckmaker-charts-") as work:
        plans_file = Path(work, "plans.pickle")
        plans_file.write_bytes(pickle.dumps(charts))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, __file__, "--draw", str(plans_file)]
        if args.profile:
            subprocess.run([*cmd, "--profile", args.profile], env=env, check=True)
            print(f"profile of {len(charts)} charts: {args.profile}")
            return 0
        rows = []
        for _ in range(args.runs):
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
            rows.append([float(x) for x in out.stdout.split()])
    imports, draws = [r[0] for r in rows], [r[1] for r in rows]
    print(f"{len(charts)} charts, {args.runs} runs, load {os.getloadavg()[0]:.1f}")
    print(f"import  min {min(imports):.3f}  median {statistics.median(imports):.3f} s CPU")
    print(f"draw    min {min(draws):.3f}  median {statistics.median(draws):.3f} s CPU")
    per = [min(r[2 + i] for r in rows) for i in range(len(charts))]
    print("each (min): " + " ".join(f"{x:.3f}" for x in per))
    return 0


if __name__ == "__main__":
    sys.exit(main())
