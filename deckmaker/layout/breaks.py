"""One model of what a line break costs a reader, for every kind of text deckmaker sets.

A break falls at a seam between two tokens (words bound by U+00A0, ``nobreak``); its cost is
``seam_cost``: the tokens on both sides (``Kind.seam``), one function per kind of text for now
(a title's, a short label's, a body's: bullets, quotes, subtitles), all in this module. What a
whole set of lines costs (``fit.set_cost``, ``fit.break_cost``) and the search for the best set
(``fit.nice_lines``) add their line terms (a widow, a gap in the column's edge, a short last
line) as the kind says (``Kind``), never by a line count of their own."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..vi_words import QUANTIFIERS, TENSE_VOICE
from . import terms
from .nobreak import (
    _CLOSE,
    BOUND_PHRASE,
    DETERMINERS,
    FUNCTION_WORDS,
    INSIDE_PHRASE,
    MEASURE_VERBS,
    NBSP,
    PHRASE_OPENERS,
    PROCLITICS,
    WEAK_OPENING,
    WORD_JOINER,
    is_word,
    phrase_break,
)

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
    pairs unused), 0 before a word that opens a predicate (``ASPECT_OPENERS``); after a ";" or
    ":" ``CLAUSE_BONUS`` (the strongest boundary a bullet has, R15 #3)."""
    if before.endswith((";", ":")):
        return CLAUSE_BONUS
    low = [p.lower().rstrip(_CLOSE) for p in after.split(NBSP)[:2]]
    opens = low[0] in ASPECT_OPENERS or " ".join(low) in ASPECT_OPENERS
    if opens and before.split(NBSP)[-1].lower() not in FORWARD_WORDS:
        return 0.0  # "… môi trường / tiếp tục được tăng cường": the predicate begins
    return phrase_break(before, after)


CLAUSE_BONUS = -0.15
"""A body's break after a ";" or ":" (``_body_penalty``): the end of a clause, where the reader
pauses, is taken before any other boundary where both halves fit ("… của Tỉnh ủy; / chỉ đạo,
điều hành quyết liệt của HĐND, UBND", not "… quyết liệt / của HĐND, UBND"), as a title's
break after a comma is (``_break_penalty``)."""

NAME_SYLLABLES = 2
"""A name of at least this many capitalised syllables ("Hưng Yên", "Hồ Chí Minh") closes the
noun phrase it names: a break after it, before a word in lower case, falls between phrases."""


def _quote_penalty(before: str, after: str, pairs: WordPairs) -> float:
    """A quote's line break: a body's (``nobreak.phrase_break``), but after a dash that sets a
    part apart ("Năm 2024 - / năm có …") 0 and inside a range ("2020 - / 2025")
    ``nobreak.BOUND_PHRASE``; after a name that closes its noun phrase ("con người Hưng Yên /
    góp phần …", ``NAME_SYLLABLES``) at most ``nobreak.WEAK_OPENING``."""
    if before.endswith(("\u00a0-", "\u00a0–", "\u00a0—")):
        prev = before.split(NBSP)
        ranged = len(prev) > 1 and prev[-2][-1:].isdigit() and after[:1].isdigit()
        return BOUND_PHRASE if ranged else 0.0
    base = phrase_break(before, after)
    name = before.split(NBSP)
    if (
        len(name) >= NAME_SYLLABLES
        and all(p[:1].isupper() and p.isalpha() for p in name)
        and after[:1].islower()
        and after.split(NBSP)[0].isalpha()
    ):
        return min(base, WEAK_OPENING)
    return base


Seam = Callable[[str, str, WordPairs], float]


@dataclass(frozen=True)
class Kind:
    """A kind of text and the terms its lines cost: ``seam``, the cost of a break between two
    tokens; ``floor``, a set of lines counts no seam below 0 (a title's: a comma's bonus
    never pays for a widow); ``gaps``, a line (not the last) under ``fit.GAP`` of its column
    costs ``fit.GAP_COST`` more; ``short_end``, a last line of two syllables costs
    ``fit.SHORT_END_COST``; ``bracket_end``, a last line that is one parenthesis of several
    words ("(KH 2024)") is no widow (a label's); ``context``, the phrase a break cuts, seen in
    the syllables around it, costs too (``phrase_context``: a body's and a title's; a card's
    label keeps its own seams until the cards' work settles them); ``cut``, what a break
    inside a phrase of a class costs on top (a quote's: its lines are phrases); ``even``, a
    line shorter than this share of the longest costs ``fit.UNEVEN_COST`` (a quote's: "Năm
    2024 - năm / có ý nghĩa quyết định để hoàn thành", R14 #7); ``term``, what a break inside
    a term of the genre or a name (``phrase_cuts`` class "word") costs on top (``BODY_TERM``)."""

    name: str
    seam: Seam
    floor: bool = False
    gaps: bool = False
    short_end: bool = False
    bracket_end: bool = False
    context: bool = False
    cut: float = 0.0
    even: float = 0.0
    term: float = 0.0


ACTION_VERBS = frozenset(
    ("triển khai", "thực hiện", "tuyên truyền", "quán triệt", "phổ biến", "ban hành")
    + ("phản ánh", "đẩy mạnh", "tăng cường", "nâng cao", "thúc đẩy", "phát huy", "khai thác")
    + ("hoàn thiện", "bảo đảm", "đảm bảo", "giải ngân", "huy động", "cụ thể hóa", "thể chế hóa")
)
"""Verbs of action that govern the noun phrase after them ("triển khai đường lối", "thực
hiện nhiệm vụ", "tuyên truyền kết quả"), each a word of the lexicon bound whole
(``nobreak.bind_compounds``) before a title is broken."""
VERB_OBJECT = INSIDE_PHRASE
"""What a title's break between a verb of ``ACTION_VERBS`` and its object costs: as much as a
break inside a phrase (R16a #5: "Phản ánh thực tiễn triển khai / đường lối, chủ trương", where
"Phản ánh thực tiễn / triển khai đường lối, chủ trương" cuts none). A body's break between two
content words costs it already (``nobreak.phrase_break``); a title's seam reads only the
deck's word pairs (``_break_penalty``)."""


def _title_penalty(before: str, after: str, pairs: WordPairs) -> float:
    """A title's line break: ``_break_penalty``, and at least ``VERB_OBJECT`` between a verb of
    ``ACTION_VERBS`` and the noun its object opens with (a word in lower case, no word that
    opens a phrase)."""
    base = _break_penalty(before, after, pairs)
    first = after.split(NBSP)[0].rstrip(_CLOSE)
    verb = before.replace(NBSP, " ").lower() in ACTION_VERBS
    if verb and first[:1].islower() and _content(first):
        return max(base, VERB_OBJECT)
    return base


TITLE = Kind("title", _title_penalty, floor=True, context=True)
"""A title's lines (``fit.fit_title``, a cover's, a closing slide's)."""
LABEL = Kind("label", _phrase_penalty, bracket_end=True, context=True)
"""A short label's lines (a KPI card's, ``fit.phrase_lines``)."""
BODY = Kind("body", _body_penalty, gaps=True, short_end=True, context=True)
"""A paragraph's lines: a bullet's (``fit.even_lines``), a subtitle's (``fit.phrase_set``)."""
TERM_EXTRA = 0.5
"""What a bullet's break inside a term or a name costs on top of ``BODY``'s (``BODY_TERM``):
at ``BOUND_PHRASE`` alone the cut cost what a first line at 0.54 of its column costs, and
coreoz 48 read "(9) Tái cơ cấu nông nghiệp gắn với nông thôn mới / nâng cao, kiểu mẫu"
(h40f): a cut a designer grades down, where "… gắn với / nông thôn mới nâng cao, kiểu mẫu"
cuts nothing."""
BODY_TERM = Kind(
    "body-term", _body_penalty, gaps=True, short_end=True, context=True, term=TERM_EXTRA
)
"""A bullet's lines searched again where its lines cut a term (``fit._term_kept``)."""
CUT_COST = 1.0
"""What a quote's break inside a phrase of a class (``phrase_cuts``) costs on top of the
class's cost: each line of a quote is a phrase (review R8), a line more is cheaper than a cut
("… nghị quyết đại hội / Đảng bộ các cấp …")."""
QUOTE_EVEN = 0.55
"""The shortest a quote's line is, as a share of its longest (``Kind.even``): a quote set in
even lines, no stub of three or four words before or between long ones (R14 #7: "Năm 2024 -
năm / có ý nghĩa quyết định / …", its first line 0.58 of the longest). 0.55 since h18k (R15
co-do 5: "… ý nghĩa quyết định / để hoàn thành nghị quyết / đại hội Đảng bộ các cấp nhiệm kỳ
2020 - 2025", its middle line 0.53 of the last, took the place of the four balanced lines
the other themes set, 0.58 to 0.66 of their first)."""
QUOTE = Kind("quote", _quote_penalty, short_end=True, context=True, cut=CUT_COST, even=QUOTE_EVEN)
"""A quote's lines (``fit.phrase_set``, ``fit.phrase_more``): a body's, each line a phrase."""


TITLE_DASH = 0.3
"""What a title's line ending on a spaced dash costs (class "dash" of ``phrase_cuts``, which
costs a body or a quote ``DASH_END``): more than a break after its comma, less than a break
before a number (0.4, "kinh tế / 2025 – …") or a lone word
on its last line (``fit.WIDOW_PENALTY``, ``fit._title_widow``): "Chỉ tiêu xã hội 2025 – việc
làm, / an sinh xã hội" keeps its comma (R14), "Chỉ tiêu kinh tế 2024 – / ngân sách, nông
nghiệp" leaves no word alone (R18 #7: a title breaks at ":", then at "–" or ",", never before
a lone word)."""


def seam_cost(
    words: Sequence[str],
    j: int,
    kind: Kind,
    pairs: WordPairs | None = None,
    *,
    shrink: bool = False,
) -> float:
    """The cost of a line break before ``words[j]`` (tokens split at spaces) in a text of
    ``kind``; with ``shrink``, as a reason to set a title smaller (``fit.shrink_cost``): a
    title's rate for a line on its dash (``TITLE_DASH``) chooses among one size's lines, and
    the dash costs as a body's (``DASH_END``) there. Kept (``_seam``)."""
    words = words if isinstance(words, tuple) else tuple(words)
    return _seam(words, j, kind, kind is TITLE, pairs, shrink)


SEAMS_KEPT = 32768
"""Seams' costs kept in a process (``_seam``; a cold plan of the sample asks ~1,200)."""


@functools.lru_cache(maxsize=SEAMS_KEPT)
def _seam(
    words: tuple[str, ...], j: int, kind: Kind, title: bool, pairs: WordPairs | None, shrink: bool
) -> float:
    """``seam_cost``, kept: a text's seams are asked again at each size, width and line count
    it is tried at, by each line search (``fit.nice_lines``, ``title_sets``) and by the costs
    of the lines found (``set_cost``, ``break_cost``, ``shrink_cost``): ~8,600 times for
    ~1,200 seams in a cold plan of the sample deck. ``pairs`` by identity (one object per
    outline's texts, never changed once made); ``title``, ``kind`` is ``TITLE`` itself (a kind
    equal to it is keyed apart). Cleared with ``_context`` where a test changes the classes."""
    base = kind.seam(words[j - 1], words[j], pairs or WordPairs())
    cut = _context(words, j) if kind.context else 0.0
    if cut and title and not shrink and set(phrase_cuts(words, j)) == {"dash"}:
        return max(base, TITLE_DASH)
    if cut and kind.term and "word" in _cuts(words, j):
        return max(base, cut) + kind.term
    if cut and kind.cut:
        return max(base, cut) + kind.cut
    return max(base, cut) if cut else base  # (a title's bonus after a comma kept)


# -- what the tokens around a seam say about it, for every kind of text: the two tokens at a
# seam tell a word from a phrase, the few syllables around it which phrase the break cuts.

MODIFIER_TAIL = 0.8
"""The cost of a break that leaves a phrase's last word (its modifier or complement) alone at
the start of the next line, the phrase ending after it ("phát huy giá trị / văn hóa, …",
"phong cách / Hồ Chí Minh về …", "năm có ý nghĩa / quyết định để …"): more than a break
between two content words (``nobreak.INSIDE_PHRASE``: "phát huy / giá trị văn hóa")."""
PAIR_WORDS = 2
"""The most syllables of each side of a coordinated pair ("Đảng, Nhà nước", "X và Y") that a
break must not part; a name may take ``NAME_WORDS``."""
NAME_WORDS = 3
CLAUSE_TAIL = 2
"""A clause's first word (at most this many syllables) after a ";" or ":" left at a line's
end ("… nguồn thu; hoàn thành / và vượt …"): the break belongs after the ";"."""
LEVEL_NOUNS = frozenset(("cấp", "ngành"))
"""Nouns that a determiner makes a modifier of the noun before them ("Đảng bộ các cấp",
"chính quyền các cấp, các ngành"): the determiner opens no new phrase there."""
HORIZON_NOUNS = frozenset(("tầm nhìn", "định hướng", "mục tiêu", "lộ trình", "chiến lược"))
"""Nouns that take a time limit as their complement: "tầm nhìn đến năm 2050" is one phrase."""
ITEM_SYLLABLES = 3
"""The most syllables of an item of a list (after a comma, ";" or ":") that a verb of measure
and its figure after it belong to ("…, hạ tầng / trên 200 ha" never, review R8)."""
PLACE_WORDS = frozenset(("trong", "ngoài", "tại", "trên", "dưới", "giữa", "ven", "quanh"))
"""Prepositions of place: with the noun phrase after them one unit ("ngoài / các khu công
nghiệp", "trong / khu công nghiệp" never, review R8), as a verb of measure with its number."""
OBJECT_WORDS = PLACE_WORDS | frozenset(("vào", "của", "cho", "với", "từ", "đến", "tới"))
"""Prepositions that take an object (of place and of direction, owner, beneficiary, company:
"đầu tư vào / một số khu", "nhiệm vụ trong / Hướng dẫn", review R9): a line never ends on one
before its object's noun phrase; the class "place" of ``phrase_cuts``."""
MEASURE_HEADS = frozenset(
    ("tổng", "tổng mức", "tổng thu", "tổng chi", "tổng số", "giá trị", "tỷ lệ", "tỉ lệ", "số")
    + ("tổng vốn", "kim ngạch", "sản lượng", "chỉ số", "mức")
)
"""Head nouns of a measure: with their object one unit, at the start of a phrase ("Tổng thu /
ngân sách", "Tổng mức / bán lẻ hàng hóa" never, review R9: a card's label says what is
measured in its first line)."""
LIST_ITEMS = 3
"""The most items of a short coordinated list ("Thương mại, dịch vụ, du lịch", each item of at
most ``PAIR_WORDS`` syllables) that a break after one of its commas must not part (review R9:
"Thương mại, dịch vụ, / du lịch phát triển …")."""
DASHES = frozenset(("-", "\u2013", "\u2014"))
"""A dash set between spaces ("Năm 2024 - năm có …", "Kế hoạch năm 2024 – 70.000 tỷ đồng"),
bound to the word before it (``nobreak.bind_dashes``): it joins the two parts, and a line
ending on it leaves the reader waiting (review R13, R14: tuong-phan 5, 20, 38, 41)."""
DASH_END = BOUND_PHRASE
"""The cost of a line ending on a dash (``DASHES``, class "dash" of ``phrase_cuts``): a
phrase's bond, no stronger. A break of like cost elsewhere is taken before it, but a line of
one or two words (``fit.GAP``: "Kế hoạch / năm 2024 – 70.000 tỷ đồng", R14 #3) costs more,
so where the dash is the only break a column allows, the line still ends on it (the bonds
of a year range, "2021 - 2025", and of a number and its unit are never released)."""
HAVE_VERBS = frozenset(("có",))
"""Verbs that make a predicate of the noun after them ("có ý nghĩa", "có hiệu quả", "có trách
nhiệm": meaningful, effective, responsible): a line never ends on one before that noun (R14:
tuong-phan 5, "Năm 2024 - năm có / ý nghĩa quyết định"); class "have" of ``phrase_cuts``."""
FORWARD_WORDS = frozenset(
    # quantifiers and plural markers: they say how many of the noun after them
    (*QUANTIFIERS, "từng")
    # tense, aspect, voice and modal words: they open the predicate whose verb follows them
    + (*TENSE_VOICE, "vẫn", "chưa", "còn", "bị", "cần", "phải", "tiếp tục")
    # the owner's preposition: "của <organ>" goes with the line before or starts the next
    + ("của",)
    # a verb and a phrase that open their complement: "gắn / với …", "trên cơ sở / quy hoạch"
    + ("gắn", "trên cơ sở")  # (R18 #8)
)
"""Words that belong with the phrase after them (a quantifier with its noun, "các / khu công
nghiệp"; an aspect, voice or modal word with its verb, "tiếp tục / được tăng cường", "còn /
nhiều nơi", "giảm còn / dưới 0,9%", R15 #2; "của" with its owner, "… ngày 18/10/2023 của /
Hội nghị Trung ương", h18k): a line ending on one, before the word it introduces, leaves the
reader waiting; class "forward" of ``phrase_cuts`` (``FORWARD_COST``). A word of the lexicon
that begins with one ("cần thiết", "được mùa") is bound whole before this is asked."""
FORWARD_COST = 2.5
"""What a line ending on a word of ``FORWARD_WORDS`` costs: more than the worst a short line
costs (``fit.RAG_PENALTY`` and ``fit.GAP_COST``, 2 together) and a short last line
(``fit.SHORT_END_COST``), so that a line never ends on one where any other break exists in as
many lines (R15, h18k: on 4176ce1 "Trong đó 9 dự án ngoài các / khu công nghiệp" and "Kết luận
… ngày 18/10/2023 của / Hội nghị Trung ương" were kept, at 0.7 and the class "place"'s 1.0,
because the other breaks left a short line); where the column allows no other, the line still
ends on it."""
ASPECT_OPENERS = frozenset(("tiếp tục", "cần", "phải"))
"""Words of ``FORWARD_WORDS`` that open a predicate and are no ``nobreak.PHRASE_OPENERS``: a
body's break before one ("… tài nguyên và môi trường / tiếp tục được tăng cường") falls
between subject and predicate, a boundary (``_body_penalty``)."""
DASH_PAIR_COST = INSIDE_PHRASE
"""The cost of a break before a pair of words joined by a dash ("kinh tế - xã hội", "văn hóa
- xã hội", bound by ``nobreak._dash_pairs``) after the content word it completes ("phát
triển / kinh tế - xã hội", R14 #9): the pair names what the word before it is of; class
"complement" of ``phrase_cuts``."""
_WINDOW = 6
_COORDINATORS = frozenset(("và", "hoặc"))
_PHRASE_ENDS = frozenset((".", ",", ";", ":", "opener", "end"))


def _ends(part: str) -> bool:
    """True when punctuation ends the syllable ``part`` ("2023,", "thu;")."""
    return part != part.rstrip(_CLOSE)


def _opener(part: str) -> bool:
    low = part.lower()
    return low in PHRASE_OPENERS or low in PROCLITICS or low in DETERMINERS


def _content(part: str) -> bool:
    """True when ``part`` is a syllable of a content word: letters, no punctuation, no word
    that opens a phrase, no verb of measure."""
    low = part.lower()
    return part.isalpha() and not _opener(part) and low not in MEASURE_VERBS


def _syllables(words: Sequence[str], j: int) -> tuple[list[str], list[str], bool, bool]:
    """Up to ``_WINDOW`` syllables before and after the seam before ``words[j]`` (in reading
    order), whether the text starts within those before and whether it ends within those
    after."""
    before: list[str] = []
    k = j - 1
    while k >= 0 and len(before) < _WINDOW:
        before[:0] = words[k].split(NBSP)
        k -= 1
    k_start = k
    after: list[str] = []
    k = j
    while k < len(words) and len(after) < _WINDOW:
        after.extend(words[k].split(NBSP))
        k += 1
    starts = k_start < 0 and len(before) <= _WINDOW
    return before[-_WINDOW:], after, starts, k >= len(words) and len(after) <= _WINDOW


def _run_back(parts: list[str], starts_text: bool) -> tuple[int, str]:
    """How many syllables at the end of ``parts`` run back to a boundary (a syllable that
    punctuation ends, the last one not counted; a word that opens a phrase; the text's start),
    and that boundary: the punctuation, "opener", "start", or "" when none is seen. An opener
    after a comma is the comma's ("các cấp, các ngành,": a list goes on)."""
    n = 0
    for k in range(len(parts) - 1, -1, -1):
        p = parts[k]
        if k < len(parts) - 1 and _ends(p):
            return n, p[-1]
        if _opener(p):
            return n, "," if k and parts[k - 1].endswith(",") else "opener"
        n += 1
    return n, "start" if starts_text else ""


def _run_on(parts: list[str], ends_text: bool) -> tuple[int, str]:
    """How many syllables at the start of ``parts`` run on to a boundary (punctuation after
    one, counted; a word that opens a phrase; the text's end), and that boundary: the
    punctuation, "opener", "end", or "" when none is seen (nor when a number is: "năm 2023"
    is a complement of time, "số 5" of identity, a break before them a phrase's)."""
    for k, p in enumerate(parts):
        if p[:1].isdigit():
            return k, ""
        low = [q.lower().rstrip(_CLOSE) for q in parts[k : k + 3]]
        verb = low[0] in MEASURE_VERBS or " ".join(low[:2]) in MEASURE_VERBS  # "chỉ đạt"
        if (_opener(p) and not _level(low)) or verb:
            return k, "opener"
        if _ends(p):
            return k + 1, p[-1]
    return (len(parts), "end") if ends_text else (len(parts), "")


CONTEXTS_KEPT = 32768
"""Seams' phrase costs kept in a process (``_context``)."""


@functools.lru_cache(maxsize=CONTEXTS_KEPT)
def _context(words: tuple[str, ...], j: int) -> float:
    """``phrase_context``, kept: a text is set at many widths and sizes (a title at each size
    it tries, a bullet at each width of its column), its seams the same each time."""
    return max(phrase_cuts(words, j).values(), default=0.0)


@functools.lru_cache(maxsize=CONTEXTS_KEPT)
def _cuts(words: tuple[str, ...], j: int) -> Mapping[str, float]:
    return MappingProxyType(phrase_cuts(words, j))


def kept_cuts(words: Sequence[str], j: int) -> Mapping[str, float]:
    """``phrase_cuts``, kept (read-only): a title's and a list's line sets are asked again for
    their forward words and their cuts as a reason to shrink (``fit._ends_forward_cut``,
    ``fit.shrink_cost``) at each size and width, ~2,000 times over ~1,000 seams in a cold plan
    of the sample deck. Cleared with ``_context`` where a test changes the classes."""
    return _cuts(words if isinstance(words, tuple) else tuple(words), j)


def phrase_context(words: Sequence[str], j: int) -> float:
    """What a break before ``words[j]`` costs by the phrase it cuts, seen in the syllables
    around it: the most of ``phrase_cuts``, 0 when it cuts none (kept, ``_context``: a chart's
    bullets are counted for cuts at each width of their column, with and without the safety
    margin, the same seams each time)."""
    return _context(words if isinstance(words, tuple) else tuple(words), j)


def phrase_cuts(words: Sequence[str], j: int) -> dict[str, float]:
    """The phrases a break before ``words[j]`` cuts, by class, and what each costs: "horizon",
    a horizon and its time limit ("tầm nhìn / đến năm 2050", ``BOUND_PHRASE``); "clause", a
    clause's first word left after its ";" ("thu; hoàn thành / và vượt", ``CLAUSE_TAIL``,
    ``nobreak.INSIDE_PHRASE``; a pair that opens the clause, parted at its comma, too); "item",
    an item of a list parted from the verb of measure and figure after it ("…, hạ tầng / trên
    200 ha", ``ITEM_SYLLABLES``, ``BOUND_PHRASE``); "place",
    a preposition of place parted from its noun phrase ("ngoài (các) / khu công nghiệp",
    ``OBJECT_WORDS``, ``BOUND_PHRASE``); "head", a head noun of a measure parted from its
    object ("Tổng thu / ngân sách", ``MEASURE_HEADS``, ``BOUND_PHRASE``); "list", a short
    coordinated list parted at a comma ("Thương mại, dịch vụ, / du lịch", ``LIST_ITEMS``,
    ``nobreak.INSIDE_PHRASE``); "pair", a coordinated pair of short words parted ("của Đảng,
    / Nhà nước", ``nobreak.INSIDE_PHRASE``); "level", a determiner that makes a level of the
    noun before it ("Đảng bộ / các cấp", ``LEVEL_NOUNS``, ``MODIFIER_TAIL``); "modifier", a
    phrase's last word (its modifier, its complement) alone after the break ("giá trị / văn
    hóa,", "phong cách / Hồ Chí Minh về", ``MODIFIER_TAIL``); "dash", a line ending on a
    spaced dash ("Năm 2024 - / năm có …", ``DASH_END``); "have", the verb "có" parted from the
    noun it makes a predicate of ("năm có / ý nghĩa", ``HAVE_VERBS``, ``BOUND_PHRASE``);
    "bracket", a bracket parted from the noun it qualifies, its phrase running on after it
    ("Trung ương / (khóa XIII) năm 2024", ``_splits_bracket``, ``BOUND_PHRASE``);
    "forward", a quantifier, aspect, voice or modal word parted from the phrase it introduces
    ("các / khu", "còn / nhiều nơi", "tiếp tục / được", ``FORWARD_WORDS``, ``FORWARD_COST``);
    "complement", a word parted from the dash pair that completes it ("phát triển / kinh tế -
    xã hội", ``DASH_PAIR_COST``); "subject", a clause's short subject parted from its passive
    predicate ("ổn định, lạm phát / được kiểm soát", ``_parts_subject``,
    ``nobreak.INSIDE_PHRASE``; "modifier" is not seen after a short list that is its clause's
    subject, ``_list_subject``); "term", an organ parted from its term ("Trung ương / 8 khóa
    XIII", ``_term_after``, ``FORWARD_COST``); "word", inside a term of the genre or a name
    (``terms.inside``: "gạch đầu / dòng", "theo giá / so sánh", ``nobreak.BOUND_PHRASE``)."""
    before, after, starts_text, ends_text = _syllables(words, j)
    cuts: dict[str, float] = {}
    if not before or not after:
        return cuts
    if before[-1] in DASHES and len(before) > 1:
        cuts["dash"] = DASH_END  # "Năm 2024 - / năm có …": the line ends on the dash
    if (
        len(after) > 2
        and after[2][:1] in DASHES
        and after[2].endswith(WORD_JOINER)
        and after[0][:1].islower()
        and _content(before[-1])
    ):
        cuts["complement"] = DASH_PAIR_COST  # "phát triển / kinh tế - xã hội"
    if _splits_bracket(before, after, ends_text):
        cuts["bracket"] = BOUND_PHRASE  # "Hội nghị Trung ương / (khóa XIII) năm 2024"
    if _ends_on_have(before) and _content(after[0].rstrip(_CLOSE)) and not after[0][:1].isupper():
        cuts["have"] = BOUND_PHRASE  # "năm có / ý nghĩa": the verb parted from its noun
    low_b = [p.lower() for p in before]
    low_a = [p.lower().rstrip(_CLOSE) for p in after]
    last = before[-1]
    if _ends_forward(low_b) and after[0][:1].isalnum():
        cuts["forward"] = FORWARD_COST  # "các / khu", "tiếp tục / được tăng cường"
    if _term_after(before, low_a):
        cuts["term"] = FORWARD_COST  # "Hội nghị Trung ương / 8 khóa XIII"
    if (
        low_a[:2] in (["đến", "năm"], ["tới", "năm"])
        and len(after) > 2
        and after[2][:1].isdigit()
        and " ".join(low_b[-2:]) in HORIZON_NOUNS
        and not _ends(last)
    ):
        cuts["horizon"] = BOUND_PHRASE
    if not _ends(last) or last.endswith(","):  # "bệnh; phòng chống, / kiểm soát": a pair
        # that opens the clause parted, where the break belongs after the ";" (review R8)
        for k in range(len(before) - 2, -1, -1):
            if _ends(before[k]):
                if before[k][-1] in ";:" and len(before) - 1 - k <= CLAUSE_TAIL:
                    cuts["clause"] = INSIDE_PHRASE
                break
    left, bound = _run_back(before, starts_text)
    if bound not in (",", "") and (
        last.endswith(",") or (low_a[0] in _COORDINATORS and not _ends(last))
    ):
        rest = after[1:] if low_a[0] in _COORDINATORS and not last.endswith(",") else after
        right, stop = _run_on(rest, ends_text)
        if stop == "" and _time_after(rest, right):  # "nhiệm vụ, / giải pháp năm 2024"
            right, stop = right - 1, "time"
        limit = NAME_WORDS if rest[:1] and rest[0][:1].isupper() else PAIR_WORDS
        if 1 <= left <= PAIR_WORDS and 1 <= right <= limit and stop not in (",", ""):
            cuts["pair"] = INSIDE_PHRASE
    v = 2 if " ".join(low_a[:2]) in MEASURE_VERBS else int(low_a[0] in MEASURE_VERBS)
    measure = 0 < v < len(after) and after[v][:1].isdigit()
    if measure and bound in (",", ";", ":") and 1 <= left <= ITEM_SYLLABLES and _content(last):
        cuts["item"] = BOUND_PHRASE
    place = low_b[-2] if len(low_b) > 1 and low_b[-1] in DETERMINERS else low_b[-1]
    noun = not _opener(after[0]) or low_a[0] in DETERMINERS  # "ngoài / các khu …"
    if place in OBJECT_WORDS and after[0][:1].isalpha() and noun and not _ends(last):
        cuts["place"] = BOUND_PHRASE
    if _measure_head(before, starts_text) and _content(after[0].rstrip(_CLOSE)):
        cuts["head"] = BOUND_PHRASE
    if last.endswith(",") and _short_list(before, after, starts_text, ends_text):
        cuts["list"] = INSIDE_PHRASE
    if _twin_pair(words, j) or _pair_before_name(before, after, ends_text):
        cuts["pair"] = max(cuts.get("pair", 0.0), INSIDE_PHRASE)
    if _level(low_a) and _content(last):
        cuts["level"] = MODIFIER_TAIL
    if _parts_subject(before, after, starts_text):
        cuts["subject"] = INSIDE_PHRASE  # "ổn định, lạm phát / được kiểm soát;"
    aspect = low_a[0] in ASPECT_OPENERS or " ".join(low_a[:2]) in ASPECT_OPENERS
    # (a list that is its clause's subject: "Thương mại, dịch vụ, du lịch / phát triển")
    subject = _list_subject(before, starts_text)
    # (nor before a word that opens the phrase after it: "Tái cơ cấu nông nghiệp / gắn với
    # nông thôn mới", h40f's break, is between phrases)
    opens = aspect or subject or _ends_forward([p.rstrip(_CLOSE) for p in low_a[:1]])
    if _content(last) and _content(after[0].rstrip(_CLOSE)) and not opens:
        # "giàu / đẹp, văn minh" (not before a predicate: "môi trường / tiếp tục được tăng
        # cường", nor after a list that is its subject)
        right, stop = _run_on(after, ends_text)
        name = after[0][:1].isupper()
        if name and last.islower():  # a name after a noun is its complement ("con người /
            # Hưng Yên góp phần"), wherever the phrase runs on
            right = next((k for k, p in enumerate(after) if not p[:1].isupper()), len(after))
            stop = "end"
        if stop == ",":  # "triển khai / đường lối, chủ trương": before a pair, not inside
            more, end = _run_on(after[right:], ends_text)
            stop = "pair" if 0 < more <= PAIR_WORDS and end in _PHRASE_ENDS - {","} else stop
        if 0 < right <= (NAME_WORDS if name else PAIR_WORDS) and stop in _PHRASE_ENDS:
            cuts["modifier"] = MODIFIER_TAIL
    if word := terms.inside(before, after):
        cuts["word"] = word  # "gạch đầu / dòng", "theo giá / so sánh", inside a name
    return cuts


VOICE_WORDS = frozenset(("được", "bị"))
"""Words of the passive voice: with the verb after them they make the predicate of the noun
before them ("lạm phát được kiểm soát", "nhiều diện tích bị ảnh hưởng"); class "subject" of
``phrase_cuts``."""


def _segment_back(parts: list[str], starts_text: bool) -> tuple[int, str]:
    """How many syllables at the end of ``parts`` (the last may end with punctuation) run
    back to the punctuation before them, and that boundary: its mark, "start", or "" when
    the window holds none (a word that opens a phrase is counted: an item may hold one)."""
    for k in range(len(parts) - 2, -1, -1):
        if _ends(parts[k]):
            return len(parts) - 1 - k, parts[k][-1]
    return len(parts), "start" if starts_text else ""


def _parts_subject(before: list[str], after: list[str], starts_text: bool) -> bool:
    """True when the break leaves a clause's short subject at a line's end, its passive
    predicate on the next ("Kinh tế vĩ mô ổn định, lạm phát / được kiểm soát", issue 14
    coreoz 13, h42g): the next line opens with a word of ``VOICE_WORDS`` and the verb after
    it; the line ends on at most ``PAIR_WORDS`` content syllables after the text's start, a
    ";" or ":", or a comma that ends a clause of more than ``PAIR_WORDS`` syllables (after an
    item of a pair or a list, "Kỷ luật, kỷ cương / được chấn chỉnh", the subject is the whole
    list, the break after it a boundary)."""
    if len(after) < 2 or after[0].lower() not in VOICE_WORDS or not _content(after[1]):
        return False
    n, bound = _segment_back(before, starts_text)
    if not 1 <= n <= PAIR_WORDS or not all(_content(p) for p in before[-n:]):
        return False
    if bound != ",":
        return bound in (";", ":", "start")
    prior, _ = _segment_back(before[: len(before) - n], starts_text)
    return prior > PAIR_WORDS


def _list_subject(before: list[str], starts_text: bool) -> bool:
    """True when the line ends on the last item of a short coordinated list that opens its
    clause (``LIST_ITEMS`` items at most, at least three, each of at most ``PAIR_WORDS``
    content syllables, after the text's start or a ";" or ":"): the list is the clause's
    subject, and the word after it opens its predicate, no modifier of its last item
    ("Thương mại, dịch vụ, du lịch / phát triển chưa tương xứng", coreoz 25, h42g; the break
    inside the list is class "list")."""
    if _ends(before[-1]):
        return False
    parts = before
    items = 0
    while True:
        n, bound = _segment_back(parts, starts_text)
        seg = parts[len(parts) - n :]
        if not 1 <= n <= PAIR_WORDS or not all(_content(p.rstrip(",")) for p in seg):
            return False
        items += 1
        if bound != ",":
            return bound in (";", ":", "start") and 3 <= items <= LIST_ITEMS
        parts = parts[: len(parts) - n]


TIME_WORDS = frozenset(("năm", "tháng", "quý", "ngày", "kỳ", "giai đoạn"))
"""Words that name a time by the number after them ("năm 2024"): a complement of time after a
coordinated pair ("nhiệm vụ, giải pháp năm 2024") is the whole pair's, not its last item's."""


def _time_after(parts: list[str], k: int) -> bool:
    """True when ``parts[k]`` is a number after a word of ``TIME_WORDS`` (at least one syllable
    before it, the pair's last item): the run before the time word is the item."""
    if not 2 <= k < len(parts) or not parts[k][:1].isdigit():
        return False
    return parts[k - 1].lower() in TIME_WORDS or " ".join(parts[k - 2 : k]).lower() in TIME_WORDS


def _splits_bracket(before: list[str], after: list[str], ends_text: bool) -> bool:
    """True when the break before ``after`` parts a bracket from the noun it qualifies: the
    line ends on a word (no punctuation), the next opens a bracket, and the phrase runs on
    after the bracket closes ("Hội nghị Trung ương / (khóa XIII) năm 2024", R15 #3). A bracket
    that ends its clause or the text ("… tình hình mới / (Trung ương 8 khóa XIII)") is an
    aside, a break before it a boundary."""
    if not after[0].startswith("(") or _ends(before[-1]) or not before[-1][-1:].isalnum():
        return False
    close = next((k for k, p in enumerate(after) if ")" in p), -1)
    if close < 0:
        return False
    if close + 1 >= len(after):
        return False
    return after[close].endswith(")") and after[close + 1][:1].isalnum()


def _term_after(before: list[str], low_a: list[str]) -> bool:
    """True when the syllables ``low_a`` (lower case) open with the term of the organ whose
    name ``before`` ends on (one of its last two syllables capitalised, no punctuation): "8
    khóa XIII", "khóa XIII" after "Hội nghị Trung ương" (class "term" of ``phrase_cuts``,
    ``FORWARD_COST``): an organ and its term are one name ("của Hội nghị Trung ương 8 khóa
    XIII", h18k)."""
    if not any(p[:1].isupper() for p in before[-2:]) or _ends(before[-1]):
        return False  # (a name's last syllable may be in lower case: "Trung ương")
    k = 1 if low_a[0][:1].isdigit() else 0
    return len(low_a) > k + 1 and low_a[k] == "khóa" and low_a[k + 1][:1] in "ivxlcdm0123456789"


def _ends_forward(low: list[str]) -> bool:
    """True when the lower-cased syllables ``low`` end on a word of ``FORWARD_WORDS`` (of one
    syllable, two or three, no punctuation after it)."""
    return any(" ".join(low[-k:]) in FORWARD_WORDS for k in (1, 2, 3) if len(low) >= k)


def _ends_on_have(before: list[str]) -> bool:
    """True when the syllables ``before`` end on a verb of ``HAVE_VERBS`` (no punctuation)."""
    return before[-1].lower() in HAVE_VERBS


def _measure_head(before: list[str], starts_text: bool) -> bool:
    """True when the syllables ``before`` end on a head noun of a measure (``MEASURE_HEADS``)
    that opens its phrase: after the text's start, punctuation or a word that opens a phrase."""
    low = [p.lower() for p in before]
    for n in (2, 1):
        if len(low) < n or " ".join(low[-n:]) not in MEASURE_HEADS:
            continue
        if len(low) == n:
            return starts_text
        prev = before[-n - 1]
        return _ends(prev) or _opener(prev)
    return False


def _short_list(before: list[str], after: list[str], starts_text: bool, ends_text: bool) -> bool:
    """True when a break after a comma parts a short coordinated list (``LIST_ITEMS`` items,
    each of at most ``PAIR_WORDS`` syllables, comma-separated): a clause's subject, its first
    item after the text's start or a ";" or ":" ("Thương mại, dịch vụ, / du lịch phát triển",
    "Cơ khí, / điện tử, dệt may tăng"), or the object of a word that opens a phrase, the list
    then ending its clause ("đến cán bộ, / công chức, viên chức"). The list's last item is the
    word after its last comma (a word of the lexicon, ``nobreak.is_word``, or one syllable)."""
    items_b: list[int] = []  # syllables of each item before the break, from the last back
    n = 0
    subject = True
    for k in range(len(before) - 1, -1, -1):
        p = before[k]
        if k < len(before) - 1 and _ends(p):
            if p[-1] != ",":
                break  # a ";" or ":" opens the list
            items_b.append(n)
            n = 0
        elif _opener(p):
            subject = False
            break
        n += 1
    else:
        if not starts_text:
            return False
    items_b.append(n)
    if any(not 1 <= c <= PAIR_WORDS for c in items_b):
        return False
    items = len(items_b)
    k = 0
    while items <= LIST_ITEMS:
        end = next((q for q in range(k, min(k + PAIR_WORDS, len(after))) if _ends(after[q])), -1)
        if end >= 0:  # an item that a comma (the list goes on) or other punctuation ends
            if not all(_content(x.rstrip(_CLOSE)) for x in after[k : end + 1]):
                return False
            items += 1
            if after[end][-1] != ",":
                return 3 <= items <= LIST_ITEMS
            k = end + 1
            continue
        low = [x.lower() for x in after[k : k + PAIR_WORDS]]  # the last item, then no comma
        size = PAIR_WORDS if len(low) == PAIR_WORDS and is_word(low) else 1
        if k >= len(after) or not all(_content(x) for x in after[k : k + size]):
            return False
        items += 1
        ends = k + size == len(after) and ends_text  # the list ends its clause
        return 3 <= items <= LIST_ITEMS and (subject or ends)
    return False


def _pair_before_name(before: list[str], after: list[str], ends_text: bool) -> bool:
    """True when the break after a comma parts a pair "A, B" of short common nouns (each of at
    most ``PAIR_WORDS`` syllables in lower case) that a name after it closes, the name ending
    its clause or the text: "… của Đảng, chính sách, / pháp luật Nhà nước" (R16a #4), the
    State's policies and laws, as a complement of time closes "nhiệm vụ, giải pháp năm 2024".
    The pair may be an item of a longer list (after a comma), which the pair rule of
    ``phrase_cuts`` leaves alone."""
    if not before[-1].endswith(",") or len(before) < 2:
        return False
    left = 0
    for p in reversed(before):
        bare = p.rstrip(_CLOSE)
        if left and _ends(p):
            break
        if not (bare.isalpha() and bare.islower() and _content(bare)):
            return False
        left += 1
    right = 0
    while right < len(after) and after[right].isalpha() and after[right].islower():
        if not _content(after[right]):
            return False
        right += 1
    if not (1 <= left <= PAIR_WORDS and 1 <= right <= PAIR_WORDS):
        return False
    for k in range(right, len(after)):
        p = after[k]
        if not (p[:1].isupper() or k > right) or not p.rstrip(_CLOSE).isalpha():
            return False  # a name opens with a capital ("Nhà nước", "Quốc hội")
        if _ends(p) or (k == len(after) - 1 and ends_text):
            return k + 1 - right <= NAME_WORDS
    return False


TWIN_SYLLABLES = 2
"""The syllables of each word of a twin pair (``_twin_pair``)."""


def _twin_pair(words: Sequence[str], j: int) -> bool:
    """True when the break before ``words[j]`` parts a pair of words of ``TWIN_SYLLABLES``
    syllables each that share one syllable in one place, joined by a comma or "và" ("lãnh
    đạo, / chỉ đạo", "thanh tra, / kiểm tra", "xây dựng và / xây mới"): a pair of verbs (or
    nouns) read as one phrase, its object after it, as a coordinated pair of short nouns is
    (review R9: "vai trò lãnh đạo, / chỉ đạo sự phát triển")."""
    a = words[j - 1].split(NBSP)
    b = words[j].split(NBSP)
    if a and a[-1].lower() in _COORDINATORS and j >= 2:  # "A và / B"
        a = words[j - 2].split(NBSP)
        if _ends(a[-1]):
            return False
    elif b and b[0].lower() in _COORDINATORS and j + 1 < len(words):  # "A / và B"
        if _ends(a[-1]):
            return False
        b = words[j + 1].split(NBSP)
    elif not a[-1].endswith(","):
        return False
    a = [p.lower().rstrip(_CLOSE) for p in a[-TWIN_SYLLABLES:]]
    b = [p.lower().rstrip(_CLOSE) for p in b[:TWIN_SYLLABLES]]
    if len(a) != TWIN_SYLLABLES or len(b) != TWIN_SYLLABLES or a == b:
        return False
    if not all(p.isalpha() for p in a + b) or not (is_word(a) and is_word(b)):
        return False
    return sum(x == y for x, y in zip(a, b, strict=True)) == 1


def _level(low: list[str]) -> bool:
    """True when the syllables ``low`` open with a determiner and a level ("các cấp", "mọi
    ngành", ``LEVEL_NOUNS``), not a word that begins with one ("các cấp ủy")."""
    if len(low) < 2 or low[0] not in DETERMINERS or low[1] not in LEVEL_NOUNS:
        return False
    return len(low) < 3 or not is_word(low[1:3])


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
