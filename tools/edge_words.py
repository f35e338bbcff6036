"""Issue 14 (h31c): how the words of pyvi's list with a function word at an edge ("tự do",
"thiết bị", "tồn tại", "có thể"; ``nobreak.FUNCTION_WORDS``) are bound in real text: each
occurrence in the guidance, the sample outline, the stress outlines and the draft-eval texts,
after ``bind_compounds``, is kept whole (U+00A0 between its syllables) or breakable. No deck is
built: run it with ``PYTHONPATH`` set to each of two trees to compare their rules.

    PYTHONPATH=$PWD python tools/edge_words.py [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_OPEN = "(“\"‘'["
_CLOSE = ",.;:!?)”\"’']…"


def texts() -> list[Path]:
    """The files read: the guidance (beside the project, when there), the sample outline, the
    stress outlines and the draft-eval texts."""
    out = sorted((ROOT.parent / "shared" / "guidance").glob("*.txt"))
    out.append(ROOT / "outlines" / "hung-yen-2024" / "outline.yaml")
    out += sorted((ROOT / "tests" / "fixtures" / "stress").glob("*/outline.yaml"))
    out += sorted((ROOT / "tests" / "fixtures" / "draft-eval").glob("*.txt"))
    return out


def count(
    lines: list[str],
) -> tuple[Counter[str], Counter[str], dict[str, list[str]]]:
    """Occurrences of such words in ``lines`` kept whole, breakable, and a few contexts."""
    from deckmaker.layout.nobreak import FUNCTION_WORDS, NBSP, _lexicon, _tone_first, bind_compounds

    words = _lexicon()
    whole: Counter[str] = Counter()
    cut: Counter[str] = Counter()
    seen: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        syl: list[str] = []
        seps: list[str] = []
        for token in bind_compounds(line).split(" "):
            parts = token.split(NBSP)
            syl += parts
            seps += [NBSP] * (len(parts) - 1) + [" "]
        low = [s.lstrip(_OPEN).lower() for s in syl]
        for n in (2, 3, 4):
            for i in range(len(syl) - n + 1):
                w = low[i : i + n]
                if any(x != x.rstrip(_CLOSE) for x in w[:-1]) or any(
                    s != s.lstrip(_OPEN) for s in syl[i + 1 : i + n]
                ):
                    continue
                w[-1] = w[-1].rstrip(_CLOSE)
                edge = w[0] in FUNCTION_WORDS or w[-1] in FUNCTION_WORDS
                if not edge or not all(x.isalpha() for x in w):
                    continue
                if " ".join(map(_tone_first, w)) not in words:
                    continue
                key = " ".join(w)
                kept = all(seps[i + j] == NBSP for j in range(n - 1))
                (whole if kept else cut)[key] += 1
                if not kept and len(seen[key]) < 2:
                    seen[key].append(" ".join(syl[max(0, i - 3) : i + n + 3]))
    return whole, cut, seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    lines = [
        s
        for path in texts()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if " " in (s := ln.strip())
    ]
    whole, cut, seen = count(lines)
    print(f"{sum(whole.values())} kept whole, {sum(cut.values())} breakable ({len(lines)} lines)")
    if args.verbose:
        print("kept whole: " + ", ".join(f"{k} {v}" for k, v in whole.most_common()))
        for k, v in cut.most_common():
            print(f"  breakable {k} {v}: " + " | ".join(seen[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
