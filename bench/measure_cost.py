"""What measured text layout costs: time the sample deck's planning with measurement on and off."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "outlines" / "hung-yen-2024" / "outline.yaml"


def plan_once(outline: Path, theme: str | None) -> float:
    """Seconds to load and plan ``outline`` in this process (imports done before the clock)."""
    import deckmaker.layout.plan  # noqa: F401 - imported before timing, as in every build
    from deckmaker.pipeline import load_inputs, plan

    start = time.perf_counter()
    plan(load_inputs(outline, theme))
    return time.perf_counter() - start


def run_child(outline: Path, theme: str | None, measure: bool) -> float:
    """Plan once in a fresh process (so no cache carries over) and return its seconds."""
    env = {**os.environ, "DECKMAKER_MEASURE": "on" if measure else "off"}
    args = [sys.executable, __file__, "--child", str(outline)]
    if theme:
        args += ["--theme", theme]
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outline", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--theme", default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(f"{plan_once(args.outline, args.theme):.6f}")
        return
    on: list[float] = []
    off: list[float] = []
    for _ in range(args.runs):  # interleaved, so drifting machine load hits both alike
        on.append(run_child(args.outline, args.theme, measure=True))
        off.append(run_child(args.outline, args.theme, measure=False))
    m_on, m_off = statistics.median(on), statistics.median(off)

    def ms(times: list[float]) -> str:
        return ", ".join(f"{t * 1000:.0f}" for t in times)

    print(f"outline      {args.outline}")
    print(f"measure on   median {m_on * 1000:.0f} ms  ({ms(on)})")
    print(f"measure off  median {m_off * 1000:.0f} ms  ({ms(off)})")
    print(f"overhead     {(m_on - m_off) / m_off * 100:+.1f}% of planning without measurement")


if __name__ == "__main__":
    main()
