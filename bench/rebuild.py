"""Where a rebuild after one figure changed goes, in the warm build server: CPU of the client,
the server and its drawing helper, and (``--stages``) of each stage of the server's build.

    python bench/rebuild.py [--runs 5] [--against DIR] [--stages] [--figure KEY]

Starts a build server of its own (``deckmaker.cli.served`` on a new ``DECKMAKER_CACHE``, as a
child, so that ``/proc`` tells its CPU and its drawing helper's apart), builds the sample deck
and a copy of it once each, then alternates an unchanged rebuild of the sample and a rebuild of
the copy after ``--figure`` changed (``deckmaker build`` as the client, run in the tree's
folder: from another folder the server met two font files of one face and exited after its
first build, so the rest were local; a new value each run).
``--stages`` wraps the server's stages with ``time.process_time`` (load, plan and its deck-wide
passes, the slides re-planned, keys, write and its parts). ``--against DIR``: another tree (a
``git archive`` of main, compiled alike), run after this one (run the bench again, and compare
the rounds pairwise: load drifts). The last deck's sha256
is printed: two trees that write the same bytes print the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bump_figure  # noqa: E402

SERVER = """import sys
from deckmaker.cli.served import main
sys.exit(main(sys.argv[1:]))
"""

STAGES = """import atexit, collections, json, os, sys, time
from deckmaker.cli.served import main
import deckmaker.deckcache as DC, deckmaker.layout.memo as M, deckmaker.layout.plan as LP
import deckmaker.pipeline as P, deckmaker.writer as W, deckmaker.writer.reuse as WR
import deckmaker.writer.slides as WS
runs, T, depth = [], collections.Counter(), collections.Counter()
def wrap(owner, name, label=None):
    f, label = getattr(owner, name), label or name
    def g(*a, **k):
        depth[label] += 1
        c = time.process_time()
        try:
            return f(*a, **k)
        finally:
            depth[label] -= 1
            if not depth[label]:
                T[label] += time.process_time() - c
    setattr(owner, name, g)
build = P.build_deck
def timed(*a, **k):
    T.clear()
    c = time.process_time()
    try:
        return build(*a, **k)
    finally:
        T["build"] = time.process_time() - c
        runs.append(dict(T))
P.build_deck = timed
for n in ("load_inputs", "load_outline", "load_figures", "check_references", "plan"):
    wrap(P, n)
for n in ("deck_stacked", "deck_sizes", "deck_caps", "deck_title_size", "plan_slide"):
    wrap(LP, n)
wrap(M.PlanMemo, "plan", "memo.plan (re-planned slides in it)")
for n in ("deck_key", "slide_keys"):
    wrap(DC, n)
wrap(W, "write_pptx")
wrap(WS._SlideWriter, "slide", "write: slides written")
wrap(WR.SlideReuse, "place", "write: slides replayed")
for n in ("members", "deterministic_zip", "generated_presentation", "add_record"):
    wrap(WS, n, "write: " + n)
atexit.register(lambda: json.dump(runs, open(os.environ["REBUILD_STAGES"], "w")))
sys.exit(main(sys.argv[1:]))
"""

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _cpu(pid: int, reaped: bool = True) -> float:
    try:
        fields = _stat(pid)
    except OSError:
        return 0.0
    return sum(int(x) for x in fields[11 : 15 if reaped else 13]) / TICK


def _children(pid: int) -> list[int]:
    out = []
    for e in Path("/proc").iterdir():
        if e.name.isdigit():
            try:
                if _stat(int(e.name))[1] == str(pid):
                    out.append(int(e.name))
            except OSError:
                pass
    return out


def _stop_started(charts: Path) -> None:
    """Stop a server a client started on this cache (had ours exited, builds ran locally and
    the first left one running, detached): the pid its lock file names, if it is one."""
    try:
        pid = int((charts / "server.lock").read_text().split()[0])
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return
    if b"deckmaker.cli.served" in cmd and str(charts).encode() in cmd:
        os.kill(pid, 15)


def measure(tree: Path, runs: int, figure: str, stages: bool) -> dict:
    """One tree's runs: wall, client, server and helper CPU of each rebuild."""
    py = sys.executable
    work = Path(tempfile.mkdtemp(prefix="deckmaker-rebuild-"))
    cache = work / "cache"
    sample = tree / "outlines" / "hung-yen-2024"
    changed = work / "changed" / sample.name
    shutil.copytree(sample, changed)
    env = {**os.environ, "PYTHONPATH": str(tree), "DECKMAKER_CACHE": str(cache)}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pyc")
    env["REBUILD_STAGES"] = str(work / "stages.json")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (cache / "charts").mkdir(parents=True)
    launch = STAGES if stages else SERVER
    server = subprocess.Popen(  # its stderr dropped: a traceback of its helper's exit on SIGTERM
        [py, "-c", launch, str(cache / "charts")], env=env, cwd=cache, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while not (cache / "charts" / "server.sock").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit(f"the server in {tree} did not start")
            time.sleep(0.05)

        def build(outline: Path, out: Path) -> tuple[float, float, float, float]:
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            s0 = _cpu(server.pid, reaped=False)
            helpers = _children(server.pid)
            h0 = sum(_cpu(h) for h in helpers)
            t0 = time.perf_counter()
            cmd = [py, "-m", "deckmaker", "build", str(outline), "-o", str(out)]
            done = subprocess.run(cmd, env=env, capture_output=True, check=False, cwd=tree)
            wall = time.perf_counter() - t0
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                raise SystemExit(done.stderr.decode(errors="replace"))
            client = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
            served = _cpu(server.pid, reaped=False) - s0
            return wall, client, served, sum(_cpu(h) for h in helpers) - h0

        build(sample, work / "warm.pptx")  # untimed: charts drawn, plan memos filled
        build(changed, work / "one.pptx")
        bump_figure(changed / "figures.yaml", figure, 500)
        build(changed, work / "one.pptx")
        out: dict = {"warm": [], "one": []}
        for i in range(runs):
            out["warm"].append(build(sample, work / "warm.pptx"))
            bump_figure(changed / "figures.yaml", figure, i + 1)
            out["one"].append(build(changed, work / "one.pptx"))
        out["sha256"] = hashlib.sha256((work / "one.pptx").read_bytes()).hexdigest()
    finally:
        server.terminate()
        server.wait()
        _stop_started(cache / "charts")
    if stages:
        timed = json.loads((work / "stages.json").read_text())
        out["stages"] = [r for r in timed[3:] if "plan" in r]  # the one-figure rebuilds
    shutil.rmtree(work, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another tree, run after this one")
    ap.add_argument("--stages", action="store_true", help="CPU of each stage in the server")
    ap.add_argument("--figure", default="grdp_growth")
    args = ap.parse_args(argv)
    trees = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    print(f"load {os.getloadavg()[0]:.1f}")
    for name, tree in trees:
        got = measure(tree, args.runs, args.figure, args.stages)
        for case in ("warm", "one"):
            cols = list(zip(*got[case], strict=True))
            med = [statistics.median(c) for c in cols]
            each = " ".join(f"{x:.2f}" for x in cols[2])
            print(f"{name:<8} {case:<5} wall {med[0]:.3f}  CPU: client {med[1]:.3f}  server "
                  f"{med[2]:.3f} ({each})  helper {med[3]:.3f}")  # fmt: skip
        print(f"{name:<8} last deck sha256 {got['sha256'][:16]}")
        for stage in sorted(got.get("stages", [{}])[0], key=lambda k: -got["stages"][0][k]):
            values = [r.get(stage, 0.0) for r in got["stages"]]
            print(f"{name:<8}   {stage:<40} {statistics.median(values):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
