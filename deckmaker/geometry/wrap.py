"""Line breaking of measured words, as the charts wrap their names and the planner estimates
them: which words stay whole, how a greedy wrap counts lines and how balanced lines part."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_NAMES_NUMBER = re.compile(
    r"(?:mục|số|năm|ngày|tháng|khoản|điều|phần|section|no\.) (?:\d|[IVXLC]+\b)", re.IGNORECASE
)
"""A word that names the number after it ("mục II.2.2b", "số 25-HD/BTGDUK"): kept with it."""


_LISTED = re.compile(r"(?:\d+|[IVXLC]+)(?:\.[0-9A-Za-z]+)*[,.;:)]?")
"""A number listed after a word that names one ("mục II.2.2a, II.3.2a, 3.1"): kept with it."""


@functools.lru_cache(maxsize=4096)
def split_words(paragraph: str, keep: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The words of ``paragraph``, a bracketed pair of words (a unit: "(tỷ đồng)", "(triệu
    USD)") kept as one, so that a chart's title never ends a line with "(tỷ"; a word that
    names a number with it ("mục / II.2.2b" never); and the
    syllables of a word of ``keep`` ("sản xuất") kept as one: "Giá trị sản / xuất" never."""
    words = paragraph.split()
    out: list[str] = []
    i = 0
    whole = {k.casefold() for k in keep}
    longest = max((k.count(" ") + 1 for k in whole), default=1)
    while i < len(words):
        w = words[i]
        paired = w.startswith("(") and ")" not in w and i + 1 < len(words)
        if paired and words[i + 1].endswith(")"):
            out.append(f"{w} {words[i + 1]}")
            i += 2
            continue
        if i + 1 < len(words) and _NAMES_NUMBER.match(f"{w} {words[i + 1]}"):
            # and the numbers listed after it: "mục II.2.2a, II.3.2a", never "…, / II.3.2a"
            j = i + 2
            while j < len(words) and words[j - 1].endswith(",") and _LISTED.fullmatch(words[j]):
                j += 1
            out.append(" ".join(words[i:j]))
            i = j
            continue
        for n in range(min(longest, len(words) - i), 1, -1):  # the longest word first
            if " ".join(words[i : i + n]).rstrip(",.;:)").casefold() in whole:
                out.append(" ".join(words[i : i + n]))
                i += n
                break
        else:
            out.append(w)
            i += 1
    # a bracketed unit ("(%)", "(tỷ USD)") goes with the word before it: "(%)" alone on a
    # title's last line reads as a stray mark (``Canvas.wrap`` parts them again when the pair
    # is wider than a line)
    for j in range(len(out) - 1, 0, -1):
        if _BRACKETED.fullmatch(out[j]):
            out[j - 1 : j + 1] = [f"{out[j - 1]} {out[j]}"]
    return tuple(out)


_BRACKETED = re.compile(r"\([^()\s]+(?: [^()\s]+)?\)[,.;:]?")
"""A bracketed unit or note of one or two words: "(%)", "(tỷ đồng)", "(ước)"."""


def greedy(widths: Sequence[float], space: float, limit: float) -> int:
    """How many lines words of ``widths`` take, wrapped greedily to ``limit`` (a space
    ``space`` wide between two words)."""
    lines, width = 1, 0.0
    for i, w in enumerate(widths):
        if i and width + space + w > limit:
            lines, width = lines + 1, w
        else:
            width += (space if i else 0.0) + w
    return lines


def balance(widths: Sequence[float], space: float, limit: float, n_lines: int) -> list[int]:
    """Where words of ``widths`` part into ``n_lines`` lines no wider than ``limit``, as even
    as possible (least sum of squared slack, last line included): the index each line starts
    at, and the count of words last; [] when they do not go in so many (the greedy lines'
    count always does)."""
    n = len(widths)

    def width(i: int, j: int) -> float:
        return sum(widths[i:j]) + space * (j - i - 1)

    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for line in range(1, n_lines + 1):
        for (done, used), (cost, breaks) in sorted(best.items()):
            if used != line - 1:
                continue
            ends = [n] if line == n_lines else range(done + 1, n)
            for end in ends:
                w = width(done, end)
                if w > limit and end - done > 1:
                    break
                key = (end, line)
                total = cost + (limit - w) ** 2
                if key not in best or total < best[key][0]:
                    best[key] = (total, [*breaks, end])
    if (n, n_lines) not in best:
        return []
    return [0, *best[(n, n_lines)][1]]


def line_widths(widths: Sequence[float], space: float, cuts: Sequence[int]) -> list[float]:
    """The width of each line words of ``widths`` parted at ``cuts`` make."""
    return [sum(widths[a:b]) + space * (b - a - 1) for a, b in zip(cuts, cuts[1:])]
