"""Main-thread CPU of the build record's computation in a deckmaker build, a fresh process each.

    python bench/record_cpu.py --against DIR [--pairs 4]

Per pair, for each tree (alternating order): a cold build (new DECKMAKER_CACHE, no deck at -o),
a warm build (same cache, deck there), a one-figure rebuild (grdp_growth bumped), each its own
process. In each, thread_time is summed over the record's functions as write_pptx calls them
(deckmaker.writer.slides' fingerprint/record functions, SlideReuse.keep/place/finish) and over the
whole build (cli run)."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import sys, time, functools, os
from deckmaker.writer import slides as S, reuse as R
acc = {"rec": 0.0, "reuse": 0.0}
depth = [0]
def wrap(owner, name, bucket):
    f = getattr(owner, name, None)
    if f is None:
        return
    @functools.wraps(f)
    def g(*a, **k):
        if depth[0]:
            return f(*a, **k)
        depth[0] += 1
        t = time.thread_time()
        try:
            return f(*a, **k)
        finally:
            acc[bucket] += time.thread_time() - t
            depth[0] -= 1
    setattr(owner, name, g)
for n in ("slide_fingerprints", "add_record", "slide_record", "written_record"):
    wrap(S, n, "rec")
for n in ("keep", "place", "finish"):
    wrap(R.SlideReuse, n, "reuse")
sys.argv = ["deckmaker", "build", sys.argv[1], "-o", sys.argv[2]]
import atexit
from deckmaker.cli import run
t = time.thread_time()
def done():
    total = time.thread_time() - t
    print(f"RESULT {acc['rec']:.4f} {acc['reuse']:.4f} {total:.4f}", flush=True)
atexit.register(done)  # run() ends the process with os._exit after the atexit handlers
run()
"""


def once(tree, outline, out, cache):
    env = dict(
        os.environ,
        PYTHONPATH=str(tree),
        DECKMAKER_CHART_SERVER="off",
        DECKMAKER_BUILD_SERVER="off",
        DECKMAKER_CACHE=cache,
    )
    r = subprocess.run(
        [sys.executable, "-c", CHILD, str(outline), str(out)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    line = [x for x in r.stdout.splitlines() if x.startswith("RESULT")]
    if not line:
        raise SystemExit(f"{tree}: {r.returncode}\n{r.stdout[-2000:]}\n{r.stderr[-3000:]}")
    return [float(x) for x in line[0].split()[1:]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--against", type=Path, required=True)
    ap.add_argument("--this", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--pairs", type=int, default=4)
    a = ap.parse_args()
    sys.path.insert(0, str(a.this / "bench"))
    from run import bump_figure

    trees = {"this": a.this.resolve(), "against": a.against.resolve()}
    res = {(t, m): [] for t in trees for m in ("cold", "warm", "onefig")}
    for i in range(a.pairs):
        for name in list(trees)[:: 1 if i % 2 == 0 else -1]:
            tree = trees[name]
            work = Path(tempfile.mkdtemp(prefix="h34a-rec-"))
            outline = work / "hung-yen-2024"
            shutil.copytree(tree / "outlines" / "hung-yen-2024", outline)
            cache = str(work / "cache")
            out = work / "deck.pptx"
            res[(name, "cold")].append(once(tree, outline, out, cache))
            res[(name, "warm")].append(once(tree, outline, out, cache))
            bump_figure(outline / "figures.yaml", "grdp_growth", i + 1)
            res[(name, "onefig")].append(once(tree, outline, out, cache))
            shutil.rmtree(work)
    print(f"load {os.getloadavg()[0]:.1f}")
    for m in ("cold", "warm", "onefig"):
        for col, label in (
            (0, "record (fingerprints+styles+custom.xml)"),
            (1, "reuse keep/place/finish"),
            (2, "whole build"),
        ):
            line = []
            for name in trees:
                xs = [r[col] for r in res[(name, m)]]
                line.append(
                    f"{name} "
                    + " ".join(f"{x:.4f}" for x in xs)
                    + f" med {statistics.median(xs):.4f}"
                )
            d = [x[col] - y[col] for x, y in zip(res[("this", m)], res[("against", m)])]
            print(
                f"{m:7s} {label}: "
                + " | ".join(line)
                + f" | pairwise diff med {statistics.median(d):+.4f}"
            )


if __name__ == "__main__":
    main()
