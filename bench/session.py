"""The preview's inner loop, timed in one process as ``deckmaker preview`` runs it: after a
first build (chart workers and Matplotlib warm, LibreOffice started), one figure changed ->
the deck rewritten (``build``) -> the changed slides drawn by the LibreOffice kept running
(``picture``: build + draw). Prints one JSON line: the seconds of each run, wall and CPU (this
process and its descendants: chart workers, LibreOffice; ``cpu_build`` the build alone)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # this tree's deckmaker
from run import bump_figure  # noqa: E402


def descendants_cpu() -> float:
    """CPU seconds (user + system) of this process's descendants now alive and of the children
    they reaped (Linux /proc): the chart workers' fork server and workers, LibreOffice; 0
    elsewhere."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for d in Path("/proc").glob("[0-9]*"):
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(d.name)] = int(fields[1])
        # its own time and its reaped children's (a chart worker is gone once it has drawn)
        times[int(d.name)] = sum(int(f) for f in fields[11:15]) / tick
    me, total = os.getpid(), 0.0
    for pid, t in times.items():
        p = parents.get(pid, 0)
        while p > 1 and p != me:
            p = parents.get(p, 0)
        total += t if p == me else 0.0
    return total


def main(outline: Path, key: str, runs: int) -> int:
    import deckmaker.live.session as live
    from deckmaker.live.session import Session

    build_cpu: list[float] = []
    build_deck = live.build_deck

    def timed_build(*args, **kwargs):  # the deck part of a rebuild: this process + workers
        d0 = descendants_cpu()
        c0 = time.process_time()
        try:
            return build_deck(*args, **kwargs)
        finally:
            c1 = time.process_time()
            build_cpu.append(c1 - c0 + descendants_cpu() - d0)

    live.build_deck = timed_build  # type: ignore[assignment]

    work = Path(tempfile.mkdtemp(prefix="deckmaker-bench-session-"))
    os.environ["DECKMAKER_CACHE"] = str(work / "cache")
    deck = work / outline.name
    shutil.copytree(outline, deck)
    session = Session(deck, work / "deck.pptx")
    try:
        from deckmaker.charts import start_workers

        start_workers(None)
        session.rebuild()  # untimed: the first build and every slide's picture
        builds, pictures, cpu_build, cpu_picture = [], [], [], []
        for i in range(runs):
            bump_figure(deck / "figures.yaml", key, 1000 + i)
            d0 = descendants_cpu()
            c0 = time.process_time()
            t0 = time.perf_counter()
            session.rebuild()
            total = time.perf_counter() - t0
            c1 = time.process_time()
            d1 = descendants_cpu()
            builds.append(session.state.timings["build"])
            pictures.append(total)
            cpu_build.append(build_cpu[-1])
            cpu_picture.append(c1 - c0 + d1 - d0)
        print(json.dumps({"build": builds, "picture": pictures, "cpu_build": cpu_build,
                          "cpu_picture": cpu_picture}))  # fmt: skip
    finally:
        session.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
