"""The preview's inner loop, timed in one process as ``deckmaker preview`` runs it: after a
first build (chart workers and Matplotlib warm, LibreOffice started), one figure changed ->
the deck rewritten (``build``) -> the changed slides drawn by the LibreOffice kept running
(``picture``: build + draw). Prints one JSON line: the seconds of each run."""

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


def main(outline: Path, key: str, runs: int) -> int:
    from deckmaker.live.session import Session

    work = Path(tempfile.mkdtemp(prefix="deckmaker-bench-session-"))
    os.environ["DECKMAKER_CACHE"] = str(work / "cache")
    deck = work / outline.name
    shutil.copytree(outline, deck)
    session = Session(deck, work / "deck.pptx")
    try:
        from deckmaker.charts import start_workers

        start_workers(None)
        session.rebuild()  # untimed: the first build and every slide's picture
        builds, pictures = [], []
        for i in range(runs):
            bump_figure(deck / "figures.yaml", key, 1000 + i)
            t0 = time.perf_counter()
            session.rebuild()
            total = time.perf_counter() - t0
            builds.append(session.state.timings["build"])
            pictures.append(total)
        print(json.dumps({"build": builds, "picture": pictures}))
    finally:
        session.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
