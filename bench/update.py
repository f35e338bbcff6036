"""Times ``deckmaker update`` of one changed figure against rebuilding, as whole processes.

Round-robin, paired: each run changes one figure (a new value each time), then times the rebuild
of the changed outline (chart cache warm: only the changed charts are drawn), the same rebuild
again with nothing changed (the deck cache's case), and the ``update`` of a deck built before the
change (updated run after run, one figure each time).

    python bench/update.py            # 5 runs; --runs N, --outline DIR, --figure KEY
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import SAMPLE, adopt_orphans, bump_figure  # noqa: E402


def timed(cmd: list[str], env: dict[str, str], log: Path) -> float:
    """Wall seconds of one whole process (output to a file: helpers may keep pipes open)."""
    with log.open("wb") as f:
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, stdout=f, stderr=subprocess.STDOUT, check=False)
        seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{log.read_text()}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5, help="runs of each case (default 5)")
    ap.add_argument("--outline", type=Path, default=SAMPLE, help="outline folder")
    ap.add_argument("--figure", default="grdp_growth", help="the figure changed each run")
    args = ap.parse_args(argv)

    adopt_orphans()
    work = Path(tempfile.mkdtemp(prefix="deckmaker-bench-update-"))
    py = sys.executable
    env = {  # the deckmaker of this tree (a worktree's), not whichever is installed
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "DECKMAKER_CACHE": str(work / "cache"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    project = work / args.outline.name
    shutil.copytree(args.outline, project)
    deck, log = work / "deck.pptx", work / "log.txt"
    build = [py, "-m", "deckmaker", "build", str(project)]
    timed([*build, "-o", str(deck)], env, log)  # untimed: the deck to update, warm caches
    one = str(work / "one.pptx")
    timed([*build, "-o", one], env, log)
    times: dict[str, list[float]] = {"rebuild": [], "warm": [], "update": []}
    for i in range(args.runs):
        change = bump_figure(project / "figures.yaml", args.figure, i + 1)
        cmds = {
            "rebuild": [*build, "-o", one],  # the change: its charts drawn, the deck written
            "warm": [*build, "-o", one],  # again, nothing changed: from the deck cache
            "update": [py, "-m", "deckmaker", "update", str(deck), str(project)],
        }
        for name, cmd in cmds.items():
            seconds = timed(cmd, env, log)
            times[name].append(seconds)
            print(f"  run {i + 1} {name:<8} {seconds:6.2f} s  ({change})", file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"deckmaker update bench: {args.outline.name}, {args.runs} runs, {os.cpu_count()} CPUs")
    for k, v in times.items():
        print(f"{k:<8} median {med[k]:5.2f} s  min {min(v):5.2f}  max {max(v):5.2f}")
    print(f"update / rebuild of the change = {med['update'] / med['rebuild']:4.2f}")
    print(f"update / warm rebuild (nothing changed) = {med['update'] / med['warm']:4.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
