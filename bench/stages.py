"""CPU seconds of each stage of a build, in one process, repeated: load, plan, deck key, write.

Charts come from a warm chart cache (drawn once, untimed), so ``write`` is the writer alone.
``time.process_time`` (this process only), min over runs: a number load on the machine barely moves.

    python bench/stages.py [OUTLINE] [--runs 5] [--theme NAME]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outline", nargs="?", type=Path, default=ROOT / "outlines" / "hung-yen-2024")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--theme", default=None)
    args = ap.parse_args()
    os.environ.setdefault("DECKMAKER_CACHE", tempfile.mkdtemp(prefix="deckmaker-stages-"))
    t = time.process_time()
    from deckparts import deck_parts

    from deckmaker import cache as settings
    from deckmaker.pipeline import load_inputs, plan, render_charts
    from deckmaker.writer import write_pptx

    imports = time.process_time() - t
    times: dict[str, list[float]] = {"load": [], "plan": [], "key": [], "write": []}
    for i in range(args.runs + 1):
        t0 = time.process_time()
        inputs = load_inputs(args.outline, args.theme)
        t1 = time.process_time()
        plans = plan(inputs)
        t2 = time.process_time()
        meta, size, record = deck_parts(inputs, plans)
        t3 = time.process_time()
        images, _, _ = render_charts(plans, False, None, settings.cache_dir())
        [images[k] for k in images]  # noqa: B018 - wait for the charts before the clock
        t4 = time.process_time()
        write_pptx(plans, meta, *size, images, theme=inputs.theme, figures=record)
        t5 = time.process_time()
        if i:  # the first run fills the chart cache and the per-process memos
            for k, v in zip(times, (t1 - t0, t2 - t1, t3 - t2, t5 - t4), strict=True):
                times[k].append(v)
    print(f"imports {imports:.3f} s (first, this process)")
    for k, v in times.items():
        print(f"{k:<6} min {min(v):.3f}  max {max(v):.3f}  ({', '.join(f'{x:.3f}' for x in v)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
