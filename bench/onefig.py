"""CPU of each stage of a one-figure rebuild as the build server runs it, in one process:
``load_inputs``, ``plan`` (with a ``PlanMemo``), the deck key, ``write_pptx`` (replaying from a
``SlideStore`` in memory). Each round changes ``--figure`` (a new value), so one chart is drawn
and the slides that read it are planned and written again; the chart is drawn between the plan
and the write, untimed (the build server's helper draws it on another core).
``time.process_time`` (this process: the deflation thread's CPU counts), min and median over
``--runs`` rebuilds after two untimed builds.

    python bench/onefig.py [--runs 8] [--rounds 3] [--against DIR] [--figure KEY]

``--against DIR``: another tree (a ``git archive`` of main, compiled alike), one fresh process
per tree per round, the trees alternating round by round (load drifts). The last deck's sha256
is printed: two trees that write the same bytes print the same.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("load", "plan", "key", "write", "all")


def _one(tree: Path, runs: int, figure: str) -> None:
    """One tree's rebuilds in this process; prints a line of ms, min/median per stage."""
    sys.path.insert(0, str(tree))
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    os.environ["DECKMAKER_CACHE"] = tempfile.mkdtemp(prefix="deckmaker-onefig-")
    from deckparts import deck_parts
    from run import bump_figure

    from deckmaker import cache as settings
    from deckmaker import deckcache
    from deckmaker.layout.memo import PlanMemo
    from deckmaker.pipeline import load_inputs, plan, render_charts
    from deckmaker.writer import SlideReuse, write_pptx

    work = Path(tempfile.mkdtemp(prefix="deckmaker-onefig-")) / "hung-yen-2024"
    shutil.copytree(tree / "outlines" / "hung-yen-2024", work)
    os.chdir(tree)
    memo, store = PlanMemo(), deckcache.SlideStore(None, memory=1024)
    times: dict[str, list[float]] = {k: [] for k in STAGES}
    data = b""
    for i in range(runs + 2):
        if i:
            bump_figure(work / "figures.yaml", figure, i)
        t0 = time.process_time()
        inputs = load_inputs(work)
        t1 = time.process_time()
        plans = plan(inputs, memo=memo)
        t2 = time.process_time()
        meta, size, record = deck_parts(inputs, plans)
        t3 = time.process_time()
        images, _, _ = render_charts(plans, False, None, settings.cache_dir())
        [images[k] for k in images]  # noqa: B018 - drawn before the clock starts again
        t4 = time.process_time()
        reuse = SlideReuse(store, deckcache.slide_keys(plans, meta, False))
        data = write_pptx(
            plans, meta, *size, images, theme=inputs.theme, figures=record, reuse=reuse
        )
        t5 = time.process_time()
        if i >= 2:  # the first build fills the memos, the second is the first rebuild
            got = (t1 - t0, t2 - t1, t3 - t2, t5 - t4, t5 - t4 + t3 - t0)
            for k, v in zip(STAGES, got, strict=True):
                times[k].append(v)
    cols = "  ".join(
        f"{k} {min(v) * 1000:5.1f}/{statistics.median(v) * 1000:5.1f}" for k, v in times.items()
    )
    print(f"{cols}  ms min/median  sha256 {hashlib.sha256(data).hexdigest()[:16]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--against", type=Path, help="another tree, alternating with this one")
    ap.add_argument("--figure", default="grdp_growth")
    ap.add_argument("--tree", type=Path, help=argparse.SUPPRESS)  # one process (internal)
    args = ap.parse_args()
    if args.tree:
        _one(args.tree.resolve(), args.runs, args.figure)
        return 0
    trees = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    print(f"load {os.getloadavg()[0]:.1f}")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(args.rounds):
        for name, tree in trees:
            cmd = [sys.executable, __file__, "--tree", str(tree), "--runs", str(args.runs)]
            out = subprocess.run(
                [*cmd, "--figure", args.figure], env=env, capture_output=True, text=True
            )
            line = out.stdout.strip() or out.stderr.strip().splitlines()[-1]
            print(f"{name:<8} {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
