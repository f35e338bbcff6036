"""Which spaces sit inside a word or a name: a line break there costs as cutting a phrase.

Vietnamese writes a word's syllables apart ("gạch đầu dòng", "giá so sánh"), so every space
looks like a word boundary to a line breaker. ``nobreak.bind_compounds`` binds the words it
knows hard (U+00A0), but a term it does not know, or one whose first syllable a leaning word
took ("theo~giá so~sánh"), or a name bound in parts (``nobreak.NAME_CHARS``) is still open to
a break. ``inside`` tells ``breaks.phrase_cuts`` when a seam sits inside one, class "word":

- a term of the genre's curated list (``terms.txt``, ``TERMS``) whose syllables run across
  the seam;
- a proper name, a run of capitalised syllables on both sides of the seam ("Ban Chấp hành /
  Trung ương Đảng"): bound whole where it fits a line, and when it does not, a break inside
  it still costs ``NAME_COST``, so it takes the line's other breaks first.

Both cost ``syllables.BOUND_PHRASE``: the fitter breaks there only when no better break fits.
A list, not pyvi's segmenter (its import loads scikit-learn, seconds of CPU on a cold build),
nor a bigger word list (issue 14, h18v's report)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .syllables import BOUND_PHRASE, tone_first

TERMS_FILE = Path(__file__).with_name("terms.txt")
TERM_COST = BOUND_PHRASE
"""A break inside a term of ``terms.txt`` ("gạch đầu / dòng", "theo giá / so sánh")."""
NAME_COST = BOUND_PHRASE
"""A break inside a proper name ("phong cách Hồ Chí / Minh")."""
MAX_SYLLABLES = 6
NBSP = "\u00a0"
_OPEN = "(“\"‘'["
_CLOSE = ",.;:!?)”\"’']…"


@functools.cache
def terms() -> frozenset[tuple[str, ...]]:
    """The curated terms, each a tuple of lower-case syllables (tones as ``tone_first``
    spells them)."""
    out = set()
    for line in TERMS_FILE.read_text(encoding="utf-8").splitlines():
        syl = line.split("#", 1)[0].replace("*", " ").lower().split()
        if 2 <= len(syl) <= MAX_SYLLABLES:
            out.add(tuple(map(tone_first, syl)))
    return frozenset(out)


@functools.cache
def _splits() -> frozenset[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Every (head, tail) a term of ``terms`` splits into: a seam with ``head`` ending the
    syllables before it and ``tail`` starting those after it cuts the term."""
    return frozenset((t[:k], t[k:]) for t in terms() for k in range(1, len(t)))


@functools.cache
def _head_ends() -> frozenset[str]:
    """The syllables a seam inside a term follows."""
    return frozenset(head[-1] for head, _ in _splits())


def _syllable(part: str) -> str:
    return tone_first(part.lstrip(_OPEN).lower())


def _name_part(part: str) -> bool:
    """A syllable of a name: letters, capitalised, no abbreviation ("GRDP")."""
    bare = part.lstrip(_OPEN).rstrip(_CLOSE)
    return bare.isalpha() and bare[:1].isupper() and not (len(bare) > 1 and bare.isupper())


def inside(before: list[str], after: list[str]) -> float:
    """What a break between the syllables ``before`` (in reading order, the seam after the
    last) and ``after`` costs as a cut word or name: ``TERM_COST``, ``NAME_COST`` or 0."""
    if not before or not after:
        return 0.0
    last = before[-1]
    if last != last.rstrip(_CLOSE) or after[0] != after[0].lstrip(_OPEN):
        return 0.0  # punctuation or a bracket at the seam: no word runs across it
    word = before[-2:] if len(before) > 1 and last.isalpha() and last.islower() else [last]
    joined = any(p.rstrip("\u2060") in ("-", "–") for p in after[1:4])  # "Khối / Cơ quan -
    # Doanh nghiệp": a name of two joined by a dash opens here (``breaks._NAME_PAIR``)
    if _name_part(word[0]) and _name_part(after[0]) and not joined:
        return NAME_COST  # "Bộ / Chính trị", "Ban Chấp hành / Trung ương": a name's words
    if _syllable(last) not in _head_ends():
        return 0.0  # (most seams: no term's syllable before a seam inside it)
    n = MAX_SYLLABLES - 1
    head = tuple(_syllable(p) for p in before[-n:])
    tail: list[str] = []
    for p in after[:n]:
        tail.append(_syllable(p.rstrip(_CLOSE)))
        if p != p.rstrip(_CLOSE):
            break
    splits = _splits()
    for i in range(len(head)):
        if any(p != p.rstrip(_CLOSE) for p in before[-n:][i:-1]):
            continue
        for k in range(1, len(tail) + 1):
            if (head[i:], tuple(tail[:k])) in splits:
                return TERM_COST
    return 0.0


BIND_SYLLABLES = 4
"""The longest term bound whole (as the lexicon's words are, ``nobreak.bind_compounds``); a
longer one is only costed (``inside``)."""


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    words = [
        line.split("#", 1)[0].strip()
        for line in TERMS_FILE.read_text(encoding="utf-8").splitlines()
    ]
    words = [w for w in words if 2 <= len(w.split()) <= BIND_SYLLABLES and "*" not in w]
    if not words:
        return None
    # a term's syllables may already be bound in part ("công~nghiệp tập trung",
    # ``nobreak._COMPOUND`` runs first): the term is bound whole all the same
    alt = "|".join(
        re.escape(w).replace(r"\ ", "[ \u00a0]") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w\u00a0])(?:{alt})(?![\w\u00a0])", re.IGNORECASE)


def bind_terms(text: str) -> str:
    """``text`` with U+00A0 between the syllables of each term of ``terms.txt`` of at most
    ``BIND_SYLLABLES`` syllables not yet bound into a longer word ("gạch~đầu~dòng", "giá~so~
    sánh"): a line breaks there only when the term alone is wider than its line
    (``nobreak.loosen``), and ``inside`` still costs such a break."""
    pat = _pattern()
    if pat is None or " " not in text:
        return text
    return pat.sub(lambda m: m.group().replace(" ", NBSP), text)
