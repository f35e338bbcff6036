"""bench: `deckmaker draft` on hostile text, whole processes, against a real document.

    python bench/draft_hostile.py                 # each shape once at 300 kB, and the real document
    python bench/draft_hostile.py --kb 100 --runs 3 --against /path/to/older/tree

Each case writes a text of about ``--kb`` kilobytes (the real document: the evaluation set's
documents one after another, each under a heading of its own, to that size: real text that no
rule reads as said twice) and times ``python -m deckmaker draft TEXT -o DIR --force``
as a whole process, round-robin over the cases (load from elsewhere hits them alike), with the
tree's own code or ``--against``'s. It prints each case's median seconds and its ratio to the
real document's: the bounds of session 35 (``reader.MAX_TEXT``, ``MAX_PARAGRAPH``, ``MAX_DIGITS``)
keep a hostile shape within a small multiple of a real text of its size. Not a test.

| shape | text |
| --- | --- |
| real | tests/fixtures/draft-eval/*.txt one after another, their copier's notes left out |
| one block | one sentence of three figures repeated with no line break (one paragraph) |
| digits | one run of digits |
| long list | '- Số hộ nghèo: 1.234 hộ' items, one a line, under no heading |
| word salad | random words of the genre, figures, marks and list openers |
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "fixtures" / "draft-eval"
SENTENCE = "Tổng thu ngân sách đạt 1.234 tỷ đồng, tăng 12,5% so với cùng kỳ, đạt 101% kế hoạch; "
WORDS = [
    *[
        "tăng",
        "giảm",
        "đạt",
        "người",
        "hộ",
        "xã",
        "năm",
        "Số",
        "kế",
        "hoạch",
        "phấn",
        "đấu",
        "trên",
        "dưới",
        "khoảng",
        "chỉ",
        "tiêu",
    ],
    *["tỷ đồng", "%", "2023", "1.234", "12,5", "so với", "cùng kỳ", "Tỷ lệ", "(", ")", "-"],
    *[":", ";", ",", ".", "\n", "1.", "a)", "Điều 1.", "I.", "|"],
]


def shapes(size: int) -> dict[str, str]:
    parts = []
    for n, doc in enumerate(sorted(EVAL.glob("*.txt")), 1):
        lines = doc.read_text(encoding="utf-8").splitlines()
        body = "\n".join(x for x in lines if not x.startswith("#"))
        parts.append(f"PHẦN {n}. {doc.stem}\n{body}")
    real = "\n\n".join(parts)
    rng = random.Random(35)
    return {
        "real": (real * (size // len(real) + 1))[:size],
        "one block": (SENTENCE * (size // len(SENTENCE) + 1))[:size],
        "digits": "1" * size,
        "long list": "\n".join(["- Số hộ nghèo: 1.234 hộ"] * (size // 24)),
        "word salad": " ".join(rng.choice(WORDS) for _ in range(size // 6))[:size],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=300, help="size of each text in kilobytes")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--against", type=Path, help="another tree's root to run instead of this one")
    args = ap.parse_args(argv)
    tree = (args.against or ROOT).resolve()
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="draft-hostile-") as tmp:
        cases = []
        for name, text in shapes(args.kb * 1000).items():
            doc = Path(tmp) / f"{name.replace(' ', '-')}.txt"
            doc.write_text(text, encoding="utf-8")
            cases.append((name, doc))
        env = {**os.environ, "PYTHONPATH": str(tree)}
        for _ in range(args.runs):
            for name, doc in cases:
                out = Path(tmp) / f"out-{doc.stem}"
                cmd = [sys.executable, "-m", "deckmaker", "draft", str(doc), "-o", str(out)]
                start = time.perf_counter()
                done = subprocess.run([*cmd, "--force"], env=env, capture_output=True, cwd=tmp)
                times.setdefault(name, []).append(time.perf_counter() - start)
                if done.returncode not in (0, 1):
                    print(f"{name}: exit {done.returncode}", file=sys.stderr)
    real = statistics.median(times["real"])
    print(f"{tree} — {args.kb} kB each, median of {args.runs}")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"{name:12} {median:8.1f} s   {median / real:5.2f} × real")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
