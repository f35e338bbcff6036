"""Line ends inside a phrase of one of issue 14's classes (``layout.breaks.phrase_cuts``, and a
kind of document parted from "số N"), read from ``pdftotext -layout`` of built decks: each line
paired with the line under it that starts in its column (a new bullet, a table's header row and
the footer are not its continuation). A reviewer's count, not a test: text side by side in one
PDF line may pair wrongly, and a card's label counts as a line.

    pdftotext -layout deck.pdf deck.txt
    PYTHONPATH=$PWD python tools/phrase_ends.py deck.txt [more.txt …] [-v]
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from deckmaker.layout.breaks import phrase_cuts
from deckmaker.layout.nobreak import _document_number

MARKS = re.compile(r"^(•|–|»|“|\(\d+\)|[IVX]+(\.\d+)?)\s+")
NEW_ITEM = re.compile(r"^(•|–|»|\(\d+\))\s")
FOOTER = "Ban Tuyên giáo"
COLUMN = 4
"""How far (characters) a continuation line may start left or right of its line."""


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def line_ends(text: str) -> list[tuple[int, str, str]]:
    """(page, class, the line end) for each line end of ``text`` inside a phrase of a class."""
    hits = []
    for pno, page in enumerate(text.split("\f"), 1):
        lines = page.splitlines()
        for i in range(len(lines) - 1):
            if FOOTER in lines[i + 1]:
                continue
            for ca, a in _segments(lines[i]):
                for cb, b in _segments(lines[i + 1]):
                    if abs(ca - cb) > COLUMN and not 0 < cb - ca <= COLUMN + 2:
                        continue
                    if NEW_ITEM.match(b) or b.startswith("TT Chỉ tiêu"):
                        continue
                    left, right = MARKS.sub("", a).split(), b.rstrip("”").split()
                    if not left or not right:
                        continue
                    cuts = dict(phrase_cuts(left + right, len(left)))
                    low = [w.lower() for w in left[-2:] + right[:2]]
                    if _document_number(low, len(left[-2:])):
                        cuts["document"] = 1.0
                    sentence = right[0][:1].isupper() and not (
                        len(right) > 1 and right[1][:1].isupper()
                    )
                    for k in cuts:
                        if sentence and k not in ("pair", "document"):
                            continue  # another text starts under it
                        end = " ".join(left[-3:]) + " / " + " ".join(right[:3])
                        hits.append((pno, k, end))
    return hits


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for path in (a for a in argv if a != "-v"):
        with open(path, encoding="utf-8") as f:
            hits = line_ends(f.read())
        counts = Counter(k for _, k, _ in hits)
        print(f"{path}: {len(hits)} {dict(sorted(counts.items()))}")
        if verbose:
            for pno, k, end in hits:
                print(f"  {pno:>3} {k:<9} {end}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
