"""One model of what a line break costs a reader, for every kind of text deckmaker sets.

A break falls at a seam between two tokens (words bound by U+00A0, ``nobreak``); its cost is
``seam_cost``: the tokens on both sides (``Kind.seam``), one function per kind of text for now
(a title's, a short label's, a body's: bullets, quotes, subtitles), all in this module. What a
whole set of lines costs (``fit.set_cost``, ``fit.break_cost``) and the search for the best set
(``fit.nice_lines``) add their line terms (a widow, a gap in the column's edge, a short last
line) as the kind says (``Kind``), never by a line count of their own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .nobreak import FUNCTION_WORDS, NBSP, phrase_break

_STRIP = ",.;:()“”\"'"


class WordPairs:
    """How strongly neighbouring syllables belong together, learnt from the deck's own text.

    Vietnamese writes words of two syllables with a space ("nghị quyết", "xã hội", "phát
    triển"); a pair whose syllables rarely occur apart in the guidance is such a word, and a line
    break must not split it. A phrase ("triển kinh" in "phát triển kinh tế") scores low."""

    def __init__(self, texts=()):
        self.pairs: dict[tuple[str, str], int] = {}
        self.words: dict[str, int] = {}
        for text in texts:
            words = [w.strip(_STRIP).lower() for w in text.split()]
            for w in words:
                self.words[w] = self.words.get(w, 0) + 1
            for a, b in zip(words, words[1:], strict=False):
                if a.isalpha() and b.isalpha():
                    self.pairs[(a, b)] = self.pairs.get((a, b), 0) + 1

    def strength(self, a: str, b: str) -> float:
        """0 (independent) to 1 (always together)."""
        a, b = a.strip(_STRIP).lower(), b.strip(_STRIP).lower()
        n = self.pairs.get((a, b), 0)
        if n < 2:
            return 0.0
        return min(n / self.words.get(a, n), n / self.words.get(b, n))


_NAME_PAIR = re.compile(r"[^\W\d_]+\u00a0[^\W\d_]+\u00a0[-–]\u2060\u00a0[A-ZĐ]")
"""A name of two names joined by a dash, bound whole by ``nobreak`` ("Cơ quan - Doanh
nghiệp"): a line breaks before it, never inside it."""


def _break_penalty(before: str, after: str, pairs: WordPairs) -> float:
    """How bad a line break between two words is, in Vietnamese titles (0 = good)."""
    if before.endswith((",", ";", ":", ".")):
        return -0.15  # after a clause: the best place
    if before.endswith(("\u00a0-", "\u00a0–", "\u00a0—")):
        return -0.1  # after a dash that separates, bound to the word before (nobreak.bind_dashes)
    if before in ("-", "–") or after in ("-", "–"):
        return 0.6  # "kinh tế - | xã hội" splits one compound
    if _NAME_PAIR.match(after):
        return -0.1  # before a name of two joined by a dash ("… Khối | Cơ quan - Doanh nghiệp")
    if after[:1].isdigit():
        return 0.4  # "năm | 2024" separates a number from its noun
    if before.lower() in ("và", "của", "với", "các", "những", "cho", "trong", "về", "năm"):
        return 0.2  # a line should not end on a little word
    return 0.8 * pairs.strength(before, after)  # inside a word of two syllables


LINK_WORDS = FUNCTION_WORDS | frozenset(
    ("trên", "dưới", "ngoài", "sau", "trước", "giữa", "bằng", "so", "đối", "nhằm", "qua")
    + ("and", "of", "for", "in", "on", "per", "by", "with", "to", "the")
)
"""Words that open a phrase ("và doanh thu…", "trên địa bàn"): a line may start with one."""
PHRASE_BREAK = 0.3
"""The cost of a break between two words of one phrase in a short label ("Tổng thu | ngân
sách"): worse than a break before a word that opens a phrase or a parenthesis."""
LINK_END = 0.2
"""The cost of a line of a short label ending on a word that opens a phrase ("… và")."""


def _phrase_penalty(before: str, after: str, pairs: WordPairs) -> float:
    """How bad a line break between two words is in a short label (a KPI card's), where a
    line is a phrase: before a parenthesis ("Tổng thu ngân sách | (ước)") or a word that
    opens a phrase ("hàng hóa | và doanh thu") is good, inside a phrase ``PHRASE_BREAK``."""
    if after.startswith("("):
        return -0.15
    first = after.split(NBSP)[0].lower()
    last = before.split(NBSP)[-1].lower()
    if first in LINK_WORDS and last not in LINK_WORDS:
        return 0.0
    base = _break_penalty(before, after, pairs)
    if last in LINK_WORDS:
        return max(base, LINK_END)  # "Thu ngân sách từ | đất": a line ends on a little word
    if base != 0.8 * pairs.strength(before, after):
        return base  # a rule of titles applies (a comma, a dash, a number)
    return max(base, PHRASE_BREAK)


def _body_penalty(before: str, after: str, pairs: WordPairs) -> float:
    """A body's line break (a bullet's, a quote's): ``nobreak.phrase_break`` (the deck's word
    pairs unused)."""
    return phrase_break(before, after)


Seam = Callable[[str, str, WordPairs], float]


@dataclass(frozen=True)
class Kind:
    """A kind of text and the terms its lines cost: ``seam``, the cost of a break between two
    tokens; ``floor``, a set of lines counts no seam below 0 (a title's: a comma's bonus
    never pays for a widow); ``gaps``, a line (not the last) under ``fit.GAP`` of its column
    costs ``fit.GAP_COST`` more; ``short_end``, a last line of two syllables costs
    ``fit.SHORT_END_COST``; ``bracket_end``, a last line that is one parenthesis of several
    words ("(KH 2024)") is no widow (a label's)."""

    name: str
    seam: Seam
    floor: bool = False
    gaps: bool = False
    short_end: bool = False
    bracket_end: bool = False


TITLE = Kind("title", _break_penalty, floor=True)
"""A title's lines (``fit.fit_title``, a cover's, a closing slide's)."""
LABEL = Kind("label", _phrase_penalty, bracket_end=True)
"""A short label's lines (a KPI card's, ``fit.phrase_lines``)."""
BODY = Kind("body", _body_penalty, gaps=True, short_end=True)
"""A paragraph's lines: a bullet's (``fit.even_lines``), a quote's (``fit.phrase_set``)."""


def seam_cost(words: Sequence[str], j: int, kind: Kind, pairs: WordPairs | None = None) -> float:
    """The cost of a line break before ``words[j]`` (tokens split at spaces) in a text of
    ``kind``."""
    return kind.seam(words[j - 1], words[j], pairs or WordPairs())


def seams(lines: Sequence[str], strip: bool = True) -> tuple[list[str], list[int]]:
    """The tokens of ``lines`` (each line split at spaces, stripped first with ``strip``) and
    the index of the first token of each line but the first: the seams where they break."""
    words: list[str] = []
    at: list[int] = []
    for k, line in enumerate(lines):
        if k:
            at.append(len(words))
        words.extend((line.strip() if strip else line).split(" "))
    return words, at
