"""CPU of two pieces of a cold build's write, in fresh processes: the chart pictures added to
their slides, and the deck zipped. Main-thread CPU (the build's critical path) and the
process's (its threads too), each the minimum over runs.

    python bench/write_tail.py DECK.pptx [--runs 5] [--against DIR]

``pictures``: a new process adds each PNG of ``DECK`` to a slide of a new presentation as the
writer does (``index_media``, both sides given); the first use of Pillow's image plugins, if
any, counts. ``zip``: ``package.pptx_bytes`` of ``DECK`` opened in python-pptx, the memo of
deflated members emptied first (so the chart pictures are deflated here, as they were at the
end of a cold build before they were deflated as they came in). ``--against DIR``: another
tree (a ``git archive`` of main, compiled alike), run alternately with this one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import io, json, sys, threading, time, zipfile
from pptx import Presentation
from pptx.util import Emu
from deckmaker.writer import package
from deckmaker.writer.media import index_media
deck = sys.argv[1]
with zipfile.ZipFile(deck) as z:
    pngs = [z.read(n) for n in z.namelist() if n.endswith(".png")]
out = {}
prs = Presentation()
index_media(prs)
slide = prs.slides.add_slide(prs.slide_layouts[6])
t, p = time.thread_time(), time.process_time()
for png in pngs:
    slide.shapes.add_picture(io.BytesIO(png), Emu(0), Emu(0), Emu(3000000), Emu(2000000))
out["pictures"] = (time.thread_time() - t, time.process_time() - p)
prs = Presentation(deck)
package._DEFLATED.clear()
t, p = time.thread_time(), time.process_time()
package.pptx_bytes(prs)
out["zip"] = (time.thread_time() - t, time.process_time() - p)
print(json.dumps(out))
"""


def one(tree: Path, deck: Path) -> dict[str, list[float]]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(deck)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("deck", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another tree, run alternately")
    args = ap.parse_args()
    trees = [("this", ROOT)] + ([("against", args.against.resolve())] if args.against else [])
    runs: dict[str, list[dict[str, list[float]]]] = {name: [] for name, _ in trees}
    for _ in range(args.runs):
        for name, tree in trees:
            runs[name].append(one(tree, args.deck.resolve()))
    print(f"CPU s, min of {args.runs}: main thread / process; load {os.getloadavg()[0]:.1f}")
    for name, _ in trees:
        parts = []
        for piece in ("pictures", "zip"):
            main_cpu = min(r[piece][0] for r in runs[name])
            proc_cpu = min(r[piece][1] for r in runs[name])
            parts.append(f"{piece} {main_cpu:.4f} / {proc_cpu:.4f}")
        print(f"{name:8s} " + "   ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
