"""Keep a number with its unit on one line: "8.171,5 tỷ đồng" never breaks.

``bind_units`` puts a NO-BREAK SPACE (U+00A0) between a number and the unit words after it and
between the words of a unit ("nghìn tỷ đồng", "triệu USD"). The measurer (``measure.py``) never
breaks at U+00A0, and neither do LibreOffice and PowerPoint, so what is measured is what shows.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

from ..kept import kept
from ..vi_words import QUANTIFIERS
from .syllables import BOUND_PHRASE, tones_first
from .syllables import tone_first as _tone_first  # (the name its callers here use)
from .terms import bind_terms

NBSP = "\u00a0"
WORD_JOINER = "\u2060"
"""Joins a range's dash to the number after it ("7,5–⁠8%"): no line break, nothing shown."""
_RANGE = re.compile(r"(?<=\d)([–-])(?=\d)")
WEB_ADDRESS = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s\u00a0]+", re.IGNORECASE)
"""A web address: nothing is put inside it (no U+2060 after its dashes, no U+200B after its
slashes), so that what a presenter copies from the slide is the address; it breaks where
LibreOffice breaks it (after "-", and after "/" before a letter)."""


def outside_addresses(text: str, fn: Callable[[str], str]) -> str:
    """``text`` with ``fn`` applied to each stretch of it outside a web address
    (``WEB_ADDRESS``), the addresses kept as written."""
    if not text or ("://" not in text and "www." not in text.lower()):
        return fn(text) if text else text
    out = []
    pos = 0
    for m in WEB_ADDRESS.finditer(text):
        out.append(fn(text[pos : m.start()]) + m.group())
        pos = m.end()
    return "".join(out) + fn(text[pos:])


MAGNITUDES = frozenset(
    ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm", "thousand", "million", "billion")
    + ("trillion",)
)
"""Words that scale a number; a magnitude followed by another unit word is one unit."""
CURRENCIES = frozenset(("đồng", "USD", "VND", "VNĐ", "EUR", "đô"))
MEASURES = frozenset(
    ("%", "ha", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "tấn", "kg", "lít", "MW", "kW")
    + ("kWh", "MWh", "GWh", "USD/người", "triệu/người")
)
UNIT_WORDS = MAGNITUDES | CURRENCIES | MEASURES
"""A word after a number that is its unit: the two are bound."""
CURRENCY_NAMES = (("đô", "la", "mỹ"),)
"""Currencies named in several words, lower case: every word of the name (or of its start,
"đô la") is bound to the one before it, as the words of a unit are. Its first word alone is a
unit word (``CURRENCIES``): "5.800,25 triệu đô" was bound and its "la Mỹ" left free, and a
line broke inside the name (the stress cards in co-do: "…triệu đô / la Mỹ")."""

_NUMBER = re.compile(r"^[(\[]?[-+−]?\d[\d.,]*(?:[–\-/]\u2060?\d[\d.,]*)*%?$")
"""A number, a range ("7,5–⁠8") or a list of numbers ("12,0/31.300,0")."""
_TRAIL = ",.;:)]”\"'"


def _bare(word: str) -> str:
    return word.rstrip(_TRAIL)


def _is_number(word: str) -> bool:
    return bool(_NUMBER.match(_bare(word)))


def _unit_word(word: str) -> bool:
    w = _bare(word)
    return w in UNIT_WORDS or w.split("/")[0] in UNIT_WORDS


def _in_currency_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` continues a currency's name (``CURRENCY_NAMES``) begun by the
    words before it, none of them ending a clause ("đô la Mỹ": "la" and "Mỹ" do)."""
    for name in CURRENCY_NAMES:
        for n in range(2, len(name) + 1):
            start = i - n + 1
            if start < 0:
                break
            part = words[start : i + 1]
            if all(w == _bare(w) for w in part[:-1]) and all(
                _bare(w).lower() == p for w, p in zip(part, name, strict=False)
            ):
                return True
    return False


_SPACED_DASH = re.compile(r"(?<=\S) (?=[-\u2013\u2014](?: |$))")
"""The space before a dash that separates ("Kế hoạch năm 2024 – 70.000 tỷ đồng")."""


def bind_dashes(text: str) -> str:
    """``text`` with U+00A0 before each dash set between spaces (en or em dash, or a hyphen
    used as one): the dash stays at the end of the line with the word before it, and a line
    never opens with "– 70.000 tỷ đồng" (LibreOffice and the measurer break at the space
    after it)."""
    return _SPACED_DASH.sub(NBSP, text) if text and " " in text else text


_UNITS_BOUND: OrderedDict[str, str] = OrderedDict()
UNITS_BOUND_KEPT = 8192
"""Texts bound kept in a process (``bind_units``): every slide's texts are bound as they are
planned, and again by the deck-wide passes and each rebuild (a one-figure rebuild in the build
server bound ~1 100 texts, nearly all as before)."""


def bind_units(text: str) -> str:
    """``text`` with U+00A0 between each number and its unit words and inside units, a
    range's dash joined to its second number, and a separating dash to the word before it
    (``bind_dashes``); kept by the text."""
    return kept(_UNITS_BOUND, text, UNITS_BOUND_KEPT, lambda: _bind_units(text))


def _bind_units(text: str) -> str:
    text = outside_addresses(text, lambda t: _RANGE.sub(lambda m: m.group(1) + WORD_JOINER, t))
    text = bind_dashes(text)
    if not text or not any(w in text for w in UNIT_WORDS):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        words = line.split(" ")
        pieces = [words[0]]
        for i, (prev, word) in enumerate(zip(words, words[1:], strict=False), 1):
            ends_clause = prev != _bare(prev)  # "…2023, tỷ lệ": punctuation ends the group
            bind = not ends_clause and (
                (_is_number(prev) and _unit_word(word))
                or (_bare(prev) in MAGNITUDES and _unit_word(word))
                or _in_currency_name(words, i)
            )
            pieces.append(NBSP if bind else " ")
            pieces.append(word)
        out.append("".join(pieces))
    return "\n".join(out)


COMPOUNDS = (
    # three syllables first: "xuất nhập khẩu" is bound before "nhập khẩu" is looked at
    "xuất nhập khẩu", "tổng sản phẩm", "chuyển đổi số", "nhân dân", "kinh tế", "xã hội",
    "chính trị", "doanh nghiệp", "ngân sách", "đầu tư", "phát triển", "tăng trưởng",
    "nông nghiệp", "công nghiệp", "thương mại", "dịch vụ", "xây dựng", "sản xuất", "nhà nước",
    "văn hóa", "văn hoá", "giáo dục", "y tế", "lao động", "nông thôn", "đô thị", "môi trường",
    "kế hoạch", "chỉ tiêu", "bình quân", "khoa học", "công nghệ", "thủy sản", "thuỷ sản",
    "bảo hiểm", "an ninh", "quốc phòng", "hạ tầng", "giao thông", "du lịch", "thể thao",
    "xuất khẩu", "nhập khẩu", "dân số", "thu nhập", "nghị quyết", "quy hoạch", "lãnh đạo",
    "chỉ đạo", "thực hiện", "triển khai", "lạm phát", "tiền tệ", "năng lượng", "đất nước",
    "hành chính", "cải cách", "tài chính", "thị trường", "dự án", "hộ nghèo", "nội địa",
    # phrases of four syllables that read as one ("an ninh / chính trị")
    "an ninh chính trị",
    # words of tables and titles the designer saw split ("huy / chương", "giường / bệnh")
    "huy chương", "bác sĩ", "giường bệnh", "học sinh", "gia đình", "xử lý", "chất thải",
    "nước thải", "cán bộ", "đảng viên", "chính quyền", "cấp ủy", "cấp uỷ", "hội nghị",
    "giải pháp", "nhiệm vụ", "mục tiêu", "kết quả", "tuyên truyền", "chuyên đề",
    # "7,5–8%, phấn / đấu trên 8%" (a table cell)
    "phấn đấu",
    # "Tổng mức bán lẻ hàng / hóa" (a KPI card's label, R3); the lexicon spells it "hàng hoá"
    "hàng hóa", "hàng hoá",
    # public-sector terms the lexicon lacks or cannot give: "nhà / ở" (its "ở", like "có" of
    # "người có công" and "cho" of "cho vay", is a function word, which ends no lexicon word)
    "nhà ở", "nhà ở xã hội", "an sinh xã hội", "bảo trợ xã hội", "người có công", "cho vay",
    "cụm công nghiệp", "nông thôn mới", "đầu tư công",
    "xã hội hóa", "xã hội hoá", "đô thị hóa", "đô thị hoá", "công nghiệp hóa", "công nghiệp hoá",
    "cùng kỳ", "đạt chuẩn", "thủ tục hành chính", "đơn vị hành chính",
    # the lexicon has it, but its "tại" is a function word, which ends no lexicon word: "bất
    # cập nội / tại phải" (and "tại" would lean on "phải")
    "nội tại",
)  # fmt: skip
"""Vietnamese words of two or three syllables, frequent in provincial briefings, that a line
break must not split ("xuất nhập / khẩu"). A fixed list, not pyvi's segmenter: importing pyvi
takes ~3,3 s (scikit-learn), a build ~10 s, and it segments "xuất nhập_khẩu" anyway."""
PUBLIC_COMPOUNDS = (
    # Words of provincial briefings that pyvi's word list (``_lexicon``) lacks, each checked
    # against its words.txt (0.4.6): a line never splits them. Kept apart from ``COMPOUNDS``
    # (the hand-kept list other rules extend). Only fixed expressions, never a free phrase.
    # -- nouns and noun phrases (those of ``COMPOUNDS`` not repeated: 'nhà ở', 'đầu tư công',
    # 'cùng kỳ' …; no 'vốn đầu tư', which would take 'vốn đầu tư / công' from 'đầu tư công')
    "yêu nước", "thi đua yêu nước", "tầm nhìn",
    "người lao động", "nhà đầu tư",
    "người dân", "người nghèo", "hộ gia đình", "miền núi",
    "tài sản công", "đầu người",
    "năm trước", "chuẩn quốc gia", "năng lực cạnh tranh", "môi trường kinh doanh",
    "đổi mới sáng tạo", "cấp tỉnh", "cấp huyện", "cấp xã",
    # -- a budget's heads: a verb ("thu", "chi") and its object read as one item
    "thu ngân sách", "chi ngân sách", "thu nội địa", "chi thường xuyên", "chi đầu tư",
    # ... and their totals: "Tổng thu / ngân sách", never "Tổng / thu ngân sách" (pyvi has
    # these two; listed so that they are bound before "thu ngân sách", ``SUPPLEMENT_IN_PYVI``)
    "tổng thu", "tổng chi",
    # -- verb + object expressions of the plans
    "sử dụng đất", "tiền sử dụng đất", "giải phóng mặt bằng", "khám chữa bệnh", "chữa bệnh",
    "tái cơ cấu", "nâng cao",
    # "các giải pháp giảm / nghèo bền vững" (R4, R5): the national programme's own term
    "giảm nghèo",
)  # fmt: skip
"""Common public-sector compounds missing from pyvi's list ("thi đua yêu / nước", "tầm /
nhìn", "trừ tiền / sử dụng đất", "Thu / ngân sách"), bound as ``COMPOUNDS`` are."""
SUPPLEMENT_IN_PYVI = frozenset(("tổng thu", "tổng chi"))
"""The words of ``PUBLIC_COMPOUNDS`` that pyvi's list has."""
_COMPOUND = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(c) for c in sorted({*COMPOUNDS, *PUBLIC_COMPOUNDS}, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def words_in(texts: Iterable[str]) -> tuple[str, ...]:
    """The words of several syllables in ``texts`` that ``bind_compounds`` keeps whole (of
    ``COMPOUNDS`` and the lexicon: "thường xuyên"), lower case, in order of first appearance:
    plain data for a renderer that wraps text itself (a chart's names)."""
    found: dict[str, None] = {}
    for text in texts:
        for token in bind_compounds(text).split(" "):
            if NBSP not in token:
                continue
            parts = token.strip(_OPEN + _CLOSE).split(NBSP)
            low = [p.lower() for p in parts]
            verb = next((n for n in (2, 1) if _verb_number(low[: n + 1], n)), 0)
            if verb:  # "hơn~1.000~trẻ~em": the measure phrase after the verb of measure
                token = NBSP.join(parts[verb:])
                if NBSP not in token:
                    continue
            word = token.strip(_OPEN + _CLOSE).replace(NBSP, " ").lower()
            measure = _measure_head(token.strip(_OPEN + _CLOSE)) and word.split(" ")[-1].isalpha()
            if word.replace(" ", "").isalpha() or measure:
                found.setdefault(word, None)
                if leaning(token.strip(_OPEN + _CLOSE)):  # "trên / một vạn dân"
                    rest = word.split(" ", 2 if _lean2(*token.split(NBSP)[:2]) else 1)[-1]
                    found.setdefault(rest, None)
                # the words inside a group: kept when the group must break ("Chi / thường
                # xuyên" where "Chi thường xuyên" is wider than its line)
                for inner in _inner_words(word):
                    found.setdefault(inner, None)
    return tuple(found)


def _inner_words(group: str) -> list[str]:
    """The words of two syllables or more inside ``group`` (syllables split at spaces), but
    itself: of ``COMPOUNDS``, ``PUBLIC_COMPOUNDS`` or the lexicon, found from the end as
    ``bind_compounds`` finds them ("thu / ngân sách", not "thu ngân / sách")."""
    syl = group.split(" ")
    known = _KNOWN  # the same words lower-cased, made once (not at each of ~570 calls a plan)
    lexicon = _lexicon()
    out = []
    i = len(syl)
    while i > 0:
        for n in range(min(4, len(syl) - 1, i), 1, -1):
            word = " ".join(syl[i - n : i])
            if word in known or " ".join(map(_tone_first, syl[i - n : i])) in lexicon:
                out.append(word)
                i -= n
                break
        else:
            i -= 1
    return out


def bind_compounds(text: str) -> str:
    """``text`` with U+00A0 between the syllables of each word of ``COMPOUNDS``, then of each
    other word of two to four syllables in the Vietnamese lexicon (``_lexicon``: "bảo hiểm
    xã hội"), then inside each name (``bind_names``): a line breaks between words, never
    inside one ("phù / hợp", "thúc / đẩy", "quê / hương", "Hồ Chí / Minh")."""
    if not text or " " not in text:
        return text
    words = _lexicon()
    return kept(_BOUND, (text, words), BOUND_LIMIT, lambda: _bind_compounds(text, words))


_BOUND: OrderedDict[tuple[str, frozenset[str]], str] = OrderedDict()
BOUND_LIMIT = 16384
"""Texts bound kept in a process (``bind_compounds``, with the lexicon they were bound with):
planning binds a title, a cell or a card's label at every option it tries (907 times for 446
texts of the sample deck)."""


def _bind_compounds(text: str, words: frozenset[str]) -> str:
    # words are found as if a separating dash were unbound (``bind_dashes``, bound again last)
    text = _BOUND_DASH.sub(" ", text)
    text = _COMPOUND.sub(lambda m: m.group().replace(" ", NBSP), text)
    text = bind_terms(text)
    if not words or " " not in text:
        return _last(bind_names(text))
    # backward maximum matching, as Vietnamese and Chinese segmenters do: "tiền sử dụng đất"
    # is "tiền / sử dụng / đất", where reading forward would take "tiền sử" (prehistory)
    tokens = text.split(" ")
    out: list[str] = []
    i = len(tokens)
    while i > 0:
        for n in (4, 3, 2):
            part = tokens[i - n : i] if i >= n else []
            if part and _one_word(part, words, tokens[max(0, i - n - 3) : i - n]):
                out.append(NBSP.join(part))
                i -= n
                break
        else:
            out.append(tokens[i - 1])
            i -= 1
    return _last(bind_names(_dash_pairs(" ".join(reversed(out)))))


_BOUND_DASH = re.compile(r"\u00a0(?=[-\u2013\u2014](?: |$))")


def _last(text: str) -> str:
    """What ``bind_compounds`` binds once its words are found: numbers named, parentheses,
    separating dashes, list separators, then the small words that lean on the next one
    (``bind_proclitics``)."""
    text = bind_dashes(bind_measures(bind_parentheses(_named_numbers(text))))
    rules = (_dated_rule, _measure_verb_rule, _document_rule, _proclitic_rule)
    return bind_separators(_walk_back(text, rules))


def _numeric(token: str) -> bool:
    """True when ``token`` (words bound by U+00A0) opens with a figure: a number phrase."""
    return token.lstrip(_OPEN)[:1].isdigit()


def _measure_verb(parts: list[str]) -> int:
    """How many of the last of ``parts`` (words, lower case) make a verb of measure
    (``MEASURE_VERBS``: "đạt", "ước đạt"); 0 when they end on none."""
    if len(parts) >= 2 and " ".join(parts[-2:]) in MEASURE_VERBS:
        return 2
    if len(parts) >= 2 and parts[-1] in NOUN_TAILS and is_word(parts[-2:]):
        return 0  # "mặt bằng 319,59 ha": a noun ending on "bằng", not the verb "bằng 104,6%"
    return 1 if parts and parts[-1] in MEASURE_VERBS else 0


NOUN_TAILS = frozenset(("bằng", "trên", "dưới"))
"""Verbs of measure that are also prepositions and end nouns of the lexicon ("mặt bằng", "cân
bằng", "đồng bằng"): there they are no verb, and the number after the noun is not bound to it
(stress/cards: "Giải phóng mặt bằng 319,59/428,39 ha" was one group wider than its column). A
verb of change ending a word ("gia tăng", "cắt giảm") stays one."""


def bind_measure_verbs(text: str) -> str:
    """``text`` (its words and measure phrases found) with each verb of measure
    (``MEASURE_VERBS``: "tăng", "bằng", "ước đạt", "chỉ đạt") bound to the number phrase after it
    ("tăng~54,9%", "ước~đạt~33.100~tỷ~đồng"), as a number is bound to its unit: a reader takes
    them as one figure, and a line never parts them (review R7: "21.196 tỷ đồng, tăng / 54,9%"
    beside a chart). Only a run wider than its line is parted again (``loosen``)."""
    return _walk_back(text, (_measure_verb_rule,))


Rule = Callable[[list[str], int], int]
"""One rule of ``_walk_back``: given the tokens of a line and a position, it binds
``tokens[i]`` to what follows (changing ``tokens``) and returns how many tokens to step back,
or returns 0 when it does not apply there."""


def _walk_back(text: str, rules: tuple[Rule, ...]) -> str:
    """``text`` with ``rules`` applied at each token of each line, from the last word back (so
    that groups chain: "của cả hệ thống"); at each position the first rule that applies.
    The one walk of the binding rules (``bind_measure_verbs``, ``bind_proclitics``)."""
    if not text or " " not in text:
        return text
    out = []
    for line in text.split("\n"):
        tokens = line.split(" ")
        i = len(tokens) - 2
        while i >= 0:
            i -= next((step for rule in rules if (step := rule(tokens, i))), 1)
        out.append(" ".join(tokens))
    return "\n".join(out)


def _measure_verb_rule(tokens: list[str], i: int) -> int:
    """A verb of measure at ``tokens[i]`` (or "ước đạt" across ``tokens[i - 1 : i + 1]``)
    bound to the number phrase at ``tokens[i + 1]`` (``bind_measure_verbs``)."""
    tok, nxt = tokens[i], tokens[i + 1]
    if not (nxt and _numeric(nxt) and tok == tok.rstrip(_CLOSE)):
        return 0
    low = [_plain(p) for p in tok.split(NBSP)]
    n = _measure_verb(low)
    if n == 1 and i >= 1 and NBSP not in tok:
        pair = f"{_plain(tokens[i - 1])} {low[-1]}"
        if pair in MEASURE_VERBS:  # "ước đạt", "chỉ đạt": one verb
            tokens[i - 1 : i + 2] = [tokens[i - 1] + NBSP + tok + NBSP + nxt]
            return 2
    if n:
        tokens[i : i + 2] = [tok + NBSP + nxt]
        return 1
    return 0


def _document_rule(tokens: list[str], i: int) -> int:
    """A kind of document at the end of ``tokens[i]`` ("Hướng dẫn", ``DOCUMENT_TYPES``) bound
    to its number at ``tokens[i + 1]`` ("số 59-HD/BTGTU", bound by ``_named_numbers``): "trong
    Hướng dẫn / số 59-HD/BTGTU" never (review R7); parted only when wider than its line
    (``loosen``)."""
    tok, nxt = tokens[i], tokens[i + 1]
    if tok != tok.rstrip(_CLOSE):
        return 0
    low = [_plain(p) for p in (*tok.split(NBSP), *nxt.split(NBSP)[:2])]
    if not _document_number(low, len(low) - 2):
        return 0
    tokens[i : i + 2] = [tok + NBSP + nxt]
    return 1


def _dated_rule(tokens: list[str], i: int) -> int:
    """A document's number at the end of ``tokens[i]`` ("số 64-KL/TW", bound by
    ``_named_numbers``) bound to its date at ``tokens[i + 1]`` ("ngày 18/10/2023"): a
    document's designation "Kết luận số 64-KL/TW ngày 18/10/2023" is one unit, never broken
    inside (R15 #1; ``_document_rule`` then binds its kind to the number); parted only when
    wider than its line (``loosen``)."""
    tok, nxt = tokens[i], tokens[i + 1]
    if tok != tok.rstrip(_CLOSE):
        return 0
    parts = [_plain(p) for p in tok.split(NBSP)]
    date = nxt.split(NBSP)
    if len(parts) < 2 or parts[-2] != "số" or not parts[-1][:1].isdigit():
        return 0
    if len(date) < 2 or _plain(date[0]) != "ngày" or not date[1][:1].isdigit():
        return 0
    end = i + 2  # a date in words goes with it: "ngày 15 tháng 01 năm 2024"
    for unit in ("tháng", "năm"):
        if end >= len(tokens) or tokens[end - 1] != tokens[end - 1].rstrip(_CLOSE):
            break
        part = tokens[end].split(NBSP)
        if len(part) == 2 and _plain(part[0]) == unit and part[1][:1].isdigit():
            end += 1
    tokens[i:end] = [NBSP.join(tokens[i:end])]
    return 1


def _designation(token: str) -> bool:
    """True when ``token`` (words bound by U+00A0) is a document's designation, its kind, number
    and date ("Kết luận số 64-KL/TW ngày 18/10/2023", ``_dated_rule``): one word to a leaning
    word before it ("trong / Hướng dẫn số 59-HD/BTGTU ngày 03/01/2024" never)."""
    low = [_plain(p) for p in token.split(NBSP)]
    return any(_document_number(low, j) for j in range(1, len(low) - 1))


def _document_number(low: list[str], j: int) -> int:
    """How many words before ``low[j]`` (words, lower case) name a kind of document
    (``DOCUMENT_TYPES``) when ``low[j]`` is "số" and a number follows; 0 otherwise."""
    if not (0 < j < len(low) - 1 and low[j] == "số" and low[j + 1][:1].isdigit()):
        return 0
    if j >= 2 and f"{low[j - 2]} {low[j - 1]}" in DOCUMENT_TYPES:
        return 2
    return 1 if low[j - 1] in DOCUMENT_TYPES else 0


def _verb_number(low: list[str], j: int) -> bool:
    """True when the words ``low[:j]`` end on a verb of measure and ``low[j]`` is a number: the
    two are bound (``bind_measure_verbs``)."""
    return 0 < j < len(low) and low[j][:1].isdigit() and _measure_verb(low[:j]) > 0


def _measure_head(token: str) -> bool:
    """True when ``token`` (words bound by U+00A0) starts with a number, in figures or in
    words followed by more: a measure phrase ("100.000~dân", "một~vạn~dân")."""
    first = token.lstrip(_OPEN).split(NBSP)[0].split(" ")[0]
    return first[:1].isdigit() or (first.lower() in NUMBER_WORDS and NBSP in token)


def bind_measures(text: str) -> str:
    """``text`` (its words found) with each measure phrase bound whole: a number, the
    magnitudes after it and the word it counts ("một vạn dân", "hai nghìn hộ", "100.000 dân",
    "1.000 trẻ", "11 dự án": a word of several syllables counts as one). A year counts
    nothing ("năm 2024 tăng"), nor does a figure with its unit ("33.100 tỷ đồng", "98,6%"),
    and a leaning word after a number begins the next phrase ("18/5/2021 của")."""
    if not text or " " not in text:
        return text
    out = []
    for line in text.split("\n"):
        tokens = line.split(" ")
        pieces: list[str] = []
        i = 0
        while i < len(tokens):
            j = _measure_end(tokens, i)
            pieces.append(NBSP.join(tokens[i:j]) if j > i + 1 else tokens[i])
            i = max(j, i + 1)
        out.append(" ".join(pieces))
    return "\n".join(out)


def _measure_end(tokens: list[str], i: int) -> int:
    """The end (exclusive) of the measure phrase starting at ``tokens[i]``; ``i + 1`` when none
    does."""
    parts = tokens[i].split(NBSP)
    head = parts[0].lstrip(_OPEN)
    if tokens[i] != tokens[i].rstrip(_CLOSE):
        return i + 1  # "2023," ends its phrase
    words = head.lower() in NUMBER_WORDS and head.lower() not in ("a", "one", "two", "ten")
    if not words and not (_is_number(head) and not head.endswith("%") and not _YEAR.match(head)):
        return i + 1
    if any(p.lower() not in MAGNITUDES for p in parts[1:]):
        return i + 1  # "33.100 tỷ đồng": a figure and its unit, what it counts not said
    j = i + 1
    magnitudes = len(parts) > 1
    while j < len(tokens) and tokens[j - 1] == tokens[j - 1].rstrip(_CLOSE):
        low = _plain(tokens[j])
        if low in MAGNITUDES:
            magnitudes = True
            j += 1
            continue
        if words and not magnitudes:
            return i + 1  # "một" alone is a determiner ("một số", "một lần"): leaning, not counting
        if not low or not tokens[j][:1].isalpha() or low in UNIT_WORDS:
            return i + 1
        if low in PROCLITICS or low in FUNCTION_WORDS or low.split(" ")[0] in PROCLITICS:
            return i + 1
        return j + 1
    return i + 1


SEPARATORS = "·•|"
"""Marks set between spaces to separate items on one line ("112 triệu đồng · đạt 98,6%"): bound
to the word before them, a line never opens with one (as a dash, ``bind_dashes``, and a
semicolon keep to the end of their line; review R5: "/ · đạt 98,6%" reads as a stray dot)."""
_SEPARATOR = re.compile(r"(?<=\S) ([" + re.escape(SEPARATORS) + r"]) (?=\S)")


def bind_separators(text: str) -> str:
    """``text`` with U+00A0 before each separator set between spaces (``SEPARATORS``): "/ ·
    đạt 98,6%" never; the line breaks after the separator, which ends the line before."""
    return _SEPARATOR.sub(lambda m: f"{NBSP}{m[1]} ", text) if text else text


PROCLITICS = frozenset((
    # determiners, quantifiers, the numeral "một": they say which or how many of the noun
    # after them ("các / cấp", "cả / nước", "toàn / xã hội" never)
    "các", "những", "mọi", "mỗi", "từng", "một", "cả", "toàn", "mấy", "vài",
    # prepositions: they open the phrase after them ("trên / địa bàn", "của / tỉnh" never)
    "của", "cho", "tại", "ở", "theo", "về", "với", "trong", "trên", "dưới", "từ", "đến",
    "vào", "bằng", "giữa",
    # conjunctions: a display line (a slide's, read from the back of a hall) ends at the end
    # of a phrase; "và" opens the one it joins, as English display type never ends on "and"
    "và", "hoặc",
))  # fmt: skip
"""Words of one syllable that lean on the word after them and are bound to it, as Czech and
Polish typesetting bind a one-letter preposition: Vietnamese practice (and its editors' "ngắt
dòng theo cụm từ") breaks a line between phrases, and these words begin one."""
PROCLITIC_PHRASES = frozenset(("một số", "tất cả", "so với", "đối với", "một vài"))
"""Words of two syllables that lean on the next as ``PROCLITICS`` do ("ở một số / nơi",
"tăng 8% so / với" never)."""
PROCLITIC_CHARS = 19
"""The longest group a leaning word is bound into, punctuation after it not counted ("các
khu công nghiệp," is 19; in a chain, "của các doanh nghiệp" is 20, so "của" stays free): a
narrow column (a chart's side, ~27 characters) must still break its lines, and a table's
column is never widened for such a group."""


LEANING_WORD = 4
"""The most syllables of a word a leaning word is bound to whatever its length (a word of the
lexicon has four at most; "một vạn dân" is a measure of three): a longer group, a name bound in
parts ("Ban Chấp hành Trung ương"), takes it only within ``PROCLITIC_CHARS``."""


def bind_proclitics(text: str, limit: int = PROCLITIC_CHARS) -> str:
    """``text`` (its words found, ``bind_compounds``) with each leaning word (``PROCLITICS``,
    ``PROCLITIC_PHRASES``) bound to the word after it (a compound or a measure phrase is one
    word, ``LEANING_WORD``), from the last word back so that they chain ("của cả hệ thống")
    while the chain is at most ``limit`` characters. Never across
    punctuation ("của,"), nor onto the end of a line. (A verb of measure and its figure,
    "tăng 8%", are bound by ``bind_measure_verbs``, loosened where too wide for the line.)"""
    return _walk_back(text, (functools.partial(_proclitic_rule, limit=limit),))


def _proclitic_rule(tokens: list[str], i: int, limit: int = PROCLITIC_CHARS) -> int:
    """A leaning word (or two, ``PROCLITIC_PHRASES``) ending at ``tokens[i]`` bound to the
    word at ``tokens[i + 1]`` (``bind_proclitics``); steps back over the leaning words."""
    tok, nxt = tokens[i], tokens[i + 1]
    n = 2 if i >= 1 and _lean2(tokens[i - 1], tok) else 1
    head = " ".join(tokens[i - n + 1 : i + 1]).replace(" ", NBSP)
    if nxt and _leans(head, nxt):
        joined = head + NBSP + nxt
        # a leaning word takes the next WORD, however many characters it has ("trong khu
        # công nghiệp", "trên một vạn dân"); onto a group already leaning ("của các doanh
        # nghiệp") or a long name only while the group is at most ``limit`` characters
        word = not leaning(nxt) and (nxt.count(NBSP) < LEANING_WORD or _designation(nxt))
        if word or len(joined.rstrip(_CLOSE)) <= limit:
            tokens[i - n + 1 : i + 2] = [joined]
    return n


def loosen(text: str, too_wide: Callable[[str], bool], separators: bool = True) -> str:
    """``text`` with each group ``too_wide`` for its line (a caller's measure) unbound where
    ``bind_proclitics`` and ``bind_separators`` bound it: after a leaning word or a
    separator (before it: a last resort, the separator then opens a line; not with
    ``separators`` false). Its words stay whole: the line breaks between them rather than
    between letters (a narrow cell, a name beside a chart)."""
    if not text or NBSP not in text:
        return text
    out = []
    for token in text.split(" "):
        if NBSP not in token or not too_wide(token):
            out.append(token)
            continue
        parts = token.split(NBSP)
        low = [_plain(p) for p in parts]
        pairs = PROCLITIC_PHRASES
        pieces = [parts[0]]
        for j, part in enumerate(parts[1:], 1):
            one = low[j - 1] in PROCLITICS or (separators and parts[j] in SEPARATORS)
            inside = f"{low[j - 1]} {low[j]}" in pairs  # "một số": one word
            inside = inside or (low[j - 1] in NUMBER_WORDS and low[j] in MAGNITUDES)
            inside = inside or (one and _word_at(low, j + 1, 2))  # "của / từ~chối": a word
            ends = j >= 2 and f"{low[j - 2]} {low[j - 1]}" in pairs
            if _verb_number(low, j):
                # a verb of measure and its number: parted only when the two are wider than
                # the line themselves ("tăng~54,9%", ``bind_measure_verbs``)
                one, ends = too_wide(_verb_run(parts, low, j)), False
                inside = False
            elif n := _document_number(low, j):
                # a kind of document and its number ("Hướng~dẫn~số~59-HD/BTGTU"), likewise
                one, ends = too_wide(NBSP.join(parts[j - n : j + 2])), False
                inside = False
            if (one and not inside) or ends:
                pieces.append(part)
            else:
                pieces[-1] += NBSP + part
        out.append(" ".join(release(p, too_wide) for p in pieces))
    return " ".join(out)


def release(token: str, too_wide: Callable[[str], bool]) -> str:
    """``token`` (words bound by U+00A0) as it is when it fits its line; wider (``too_wide``), with
    its word spaces released: it breaks between its words, each word of several syllables
    (``is_word``: "giải phóng mặt bằng", else "giải phóng", "mặt bằng") kept whole while it
    fits, and each figure always kept with its unit ("319,59/428,39 ha", "21.671,5 tỷ đồng",
    ``bind_units``). A group wider than its column left bound breaks between letters
    (stress/cards: "319,59/428, / 39 ha")."""
    if NBSP not in token or not too_wide(token):
        return token
    parts = token.split(NBSP)
    low = [_plain(p) for p in parts]
    units = [_unit_bound(a, b) for a, b in zip(parts, parts[1:], strict=False)]
    for most in (4, 3, 2, 1):
        keep = list(units)
        # the words of at most ``most`` syllables, found from the end as ``bind_compounds``
        # finds them
        i = len(parts)
        while i > 0:
            n = next((n for n in range(min(most, i), 1, -1) if _word_at(low, i, n)), 1)
            for k in range(i - n, i - 1):
                keep[k] = True
            i -= n
        groups = [[parts[0]]]
        for part, bound in zip(parts[1:], keep, strict=False):
            if bound:
                groups[-1].append(part)
            else:
                groups.append([part])
        # a group bound as a word (not only a figure and its unit) too wide: smaller words
        words = [g for g in groups if len(g) > 1 and not all(map(_unit_bound, g, g[1:]))]
        if most == 1 or not any(too_wide(NBSP.join(g)) for g in words):
            return " ".join(NBSP.join(g) for g in groups)
    return token  # (not reached: ``most`` 1 returns)


_CHAIN_SLASH = re.compile(r"(?<=\d)/(?=\d)")
_CHAIN_DASH = re.compile(r"(?<=\d)([–-])\u2060(?=\d)")


def open_chains(text: str, too_wide: Callable[[str], bool]) -> str:
    """``text`` with each chain of numbers (``_NUMBER``: "21.671,5/22.893,0/…", "2024-⁠2025-⁠…")
    wider than its line by itself (``too_wide``, a caller's measure; with the unit bound to its
    last number) given a break between its numbers: U+200B after each "/", the U+2060 after
    each dash dropped. A line then breaks between two of its numbers, never inside one
    ("…/428.390,0/20 / 2.340,0" where LibreOffice breaks a group wider than its line between
    letters). A chain that fits is left whole."""
    if not text or not any(c in text for c in "/\u2060"):
        return text
    out = []
    for token in text.split(" "):
        if ("/" in token or WORD_JOINER in token) and too_wide(token):
            parts = token.split(NBSP)
            for k, part in enumerate(parts):
                bare = _bare(part.lstrip(_OPEN))
                if _is_number(bare) and too_wide(NBSP.join(parts[k : k + 1 + _unit_run(parts, k)])):
                    part = _CHAIN_DASH.sub(r"\1", _CHAIN_SLASH.sub("/" + ZWSP, part))
                parts[k] = part
            token = NBSP.join(parts)
        out.append(token)
    return " ".join(out)


def _unit_run(parts: list[str], k: int) -> int:
    """How many of ``parts`` after ``parts[k]`` (a number) are its unit words, bound to it."""
    n = 0
    while k + n + 1 < len(parts) and _unit_bound(parts[k + n], parts[k + n + 1]):
        n += 1
    return n


def _word_at(low: list[str], i: int, n: int) -> bool:
    return all(low[i - n : i]) and is_word(low[i - n : i])


def _unit_bound(prev: str, word: str) -> bool:
    """True when ``prev`` and ``word`` are a number and its unit, or words of one unit ("tỷ
    đồng"), which ``bind_units`` binds and nothing parts."""
    if prev != _bare(prev):
        return False
    return (_is_number(prev) or _bare(prev) in MAGNITUDES) and _unit_word(word)


def _verb_run(parts: list[str], low: list[str], j: int) -> str:
    """The verb of measure ending at ``parts[j - 1]`` and the number phrase from ``parts[j]``
    (the number, its magnitudes and unit), bound."""
    k = j + 1
    while k < len(parts) and parts[k - 1] == parts[k - 1].rstrip(_CLOSE):
        if parts[k].rstrip(_CLOSE).lower() not in UNIT_WORDS:
            break
        k += 1
    return NBSP.join(parts[j - _measure_verb(low[:j]) : k])


def _plain(token: str) -> str:
    """A token as a word to look up: lower case, U+00A0 as a space, an opening mark before
    it dropped; "" when punctuation ends it (it ends a phrase: nothing leans across)."""
    if token != token.rstrip(_CLOSE):
        return ""
    return token.lstrip(_OPEN).replace(NBSP, " ").lower()


def leaning(token: str) -> bool:
    """True when ``token`` is a group ``bind_proclitics`` made: it starts with a leaning word
    and more follows ("các~doanh~nghiệp"; not "một~vạn~dân", a measure, nor "một~số", a
    word)."""
    parts = token.lstrip(_OPEN).split(NBSP)
    if len(parts) < 2:
        return False
    low = [p.lower() for p in parts]
    if " ".join(low[:2]) in PROCLITIC_PHRASES:
        return len(parts) > 2
    if _verb_number([_plain(p) for p in parts], 1):
        return False  # "bằng~104,6%": a verb of measure and its number, bound hard
    if len(low) <= 4 and is_word([p.rstrip(_CLOSE) for p in low]):
        return False  # "từ~chối", "theo~dõi", "trong~sạch": one word, not a word leaning
    return low[0] in PROCLITICS and not _measure_head(token)


def unlean(text: str) -> str:
    """``text`` with each group a leaning word made unbound (``loosen`` with every ``leaning``
    group as too wide, separators kept bound): the text a line may break after its leaning
    words (``fit.fewest_lines``). Kept (``_UNLEANED``, with the lexicon it was read with)."""
    if not text or NBSP not in text:
        return text
    words = _lexicon()
    return kept(
        _UNLEANED, (text, words), UNLEANED_LIMIT, lambda: loosen(text, leaning, separators=False)
    )


_UNLEANED: OrderedDict[tuple[str, frozenset[str]], str] = OrderedDict()
UNLEANED_LIMIT = 16384
"""Texts unbound by ``unlean`` kept in a process: a bullet is set at each size and width its
slide tries, and each set frees its leaning words (1,131 times for 169 texts in a cold plan of
the sample)."""


def _lean2(first: str, second: str) -> bool:
    return NBSP not in first + second and f"{_plain(first)} {_plain(second)}" in PROCLITIC_PHRASES


def _leans(head: str, nxt: str) -> bool:
    word = _plain(head)
    if word in NUMBER_WORDS and _plain(nxt).split(" ")[0] in MAGNITUDES:
        return False  # "một vạn": a number, bound with what it counts or not at all
    return (word in PROCLITICS or word in PROCLITIC_PHRASES) and nxt.lstrip(_OPEN)[:1].isalnum()


def is_phrase(token: str) -> bool:
    """True when ``token`` (words bound by U+00A0) is a phrase ``bind_proclitics`` bound, not
    one word: a leaning word and at least two syllables after it ("ở một số nơi", "cho công
    nhân"), or a verb of measure and its number ("tăng~10,05%", ``bind_measure_verbs``). Alone on
    a paragraph's last line it is no widow."""
    parts = token.strip().lstrip(_OPEN).split(NBSP)
    low = [_plain(p) for p in parts]
    verb = 2 if " ".join(low[:2]) in MEASURE_VERBS else int(low[0] in MEASURE_VERBS)
    if _verb_number(low, verb):
        return True
    if len(parts) < 3:
        return False
    low = [p.lower() for p in parts]
    if len(low) <= 4 and is_word([p.rstrip(_CLOSE) for p in low]):
        return False  # "từ~điển~học": one word
    n = 2 if " ".join(low[:2]) in PROCLITIC_PHRASES else 1
    head = " ".join(low[:n])
    return (head in PROCLITICS or head in PROCLITIC_PHRASES) and len(parts) - n >= 2


def _dash_pairs(text: str) -> str:
    """``text`` with each pair of words joined by a dash kept on one line ("kinh tế - xã
    hội", "văn hóa - xã hội"): two words of two syllables each (bound before), the dash
    joined to the second (U+2060, U+00A0: LibreOffice breaks after a dash otherwise)."""
    return _DASH_PAIR.sub(lambda m: f"{m[1]}{NBSP}{m[2]}{WORD_JOINER}{NBSP}{m[3]}", text)


_DASH_PAIR = re.compile(
    r"(?<![\w\u00a0])([^\W\d_]+\u00a0[^\W\d_]+) ([-–]) ([^\W\d_]+\u00a0[^\W\d_]+)(?![\w\u00a0])"
)


PAREN_CHARS = 18
"""A parenthesis whose text is at most this long ("KH là 9,5 bác sĩ", "đến năm 2025") is
kept whole on one line: a reader takes it in at once."""
PAREN_WORD = 4
"""A longer parenthesis keeps its first word with the next and its last with the one before
when that word is at most this long: no line ends on "(KH" nor opens with "sĩ)"."""
_PAREN = re.compile(r"\(([^()\n]+)\)")


def bind_parentheses(text: str) -> str:
    """``text`` with U+00A0 inside each short parenthesis (``PAREN_CHARS``), and, in a
    longer one, after its first word and before its last when they are short
    (``PAREN_WORD``): "(KH / là 9,5 bác sĩ)" never happens."""
    if not text or "(" not in text or " " not in text:
        return text

    def bound(m: re.Match[str]) -> str:
        inner = m.group(1)
        if " " not in inner:
            return m.group()
        if len(inner) <= PAREN_CHARS:
            return f"({inner.replace(' ', NBSP)})"
        words = inner.split(" ")
        if len(words) >= 3 and len(words[0]) <= PAREN_WORD:
            words[:2] = [words[0] + NBSP + words[1]]
        if len(words) >= 3 and len(words[-1]) <= PAREN_WORD:
            words[-2:] = [words[-2] + NBSP + words[-1]]
        return "(" + " ".join(words) + ")"

    return _PAREN.sub(bound, text)


def whole_parentheses(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` with each parenthesis longer than ``PAREN_CHARS`` bound whole (U+00A0 between
    its words) when the group it makes ``fits`` a line (a caller's measure): a line then
    breaks before its "(" rather than inside it ("Thu nội địa / (trừ tiền sử dụng đất)", not
    "Thu nội địa (trừ / tiền sử dụng đất)"). The caller keeps it only when it costs no line
    (``fit.measure_items``)."""
    if not text or "(" not in text:
        return text
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        j = i
        if tok.startswith("(") and ")" not in tok:
            j = next((k for k in range(i + 1, len(tokens)) if ")" in tokens[k]), i)
            if "(" in "".join(tokens[i + 1 : j + 1]):
                j = i  # a bracket inside a bracket: left as it is
        group = NBSP.join(tokens[i : j + 1])
        if j > i and fits(group):
            out.append(group)
        else:
            out.extend(tokens[i : j + 1])
        i = j + 1
    return " ".join(out)


NAME_CHARS = 24
"""The longest name bound whole: "Hội nghị Trung ương", "thành phố Hưng Yên". A longer one
("Ban Chấp hành Trung ương Đảng") is bound in parts of at most this many characters, so that
no bound group is too wide for a line (a narrow column beside a chart holds about 27)."""
ADMIN_UNITS = frozenset(
    ("tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thành phố", "thị trấn", "thủ đô")
    + ("thôn", "xóm", "province", "district")
)
"""Words of an administrative unit, kept with the name after them ("tỉnh Hưng Yên")."""
_SENTENCE_END = ".:;!?"


def _capitalised(token: str, first: bool, last: bool) -> bool:
    """True when ``token`` (a word: syllables joined by U+00A0) is written as a name is: each
    syllable letters only, the first capitalised, not an abbreviation ("GRDP", "XIII"); an
    opening mark before the first word of a name and punctuation after its last allowed."""
    if first:
        token = token.lstrip(_OPEN)
    if last:
        token = token.rstrip(_CLOSE)
    parts = token.split(NBSP)
    if not all(x.isalpha() for x in parts):
        return False
    return token[:1].isupper() and not (len(parts[0]) > 1 and parts[0].isupper())


def bind_names(text: str) -> str:
    """``text`` with U+00A0 inside each proper name, a run of capitalised words ("Hồ Chí
    Minh", "Hưng Yên", "Hội nghị Trung ương" once the lexicon has made "Hội nghị" and "Trung
    ương" words), and between an administrative unit and the name after it ("tỉnh Hưng
    Yên"): a line breaks before or after a name, not inside it. A sentence's first word
    starts a name only when it is one syllable ("Hưng Yên đạt…", not "Thành lập / An toàn
    khu"); a name longer than ``NAME_CHARS`` is bound in parts."""
    if not text or " " not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        tokens = line.split(" ")
        pieces: list[str] = []
        i = 0
        while i < len(tokens):
            j = _name_end(tokens, i)
            if j - i >= 2:
                pieces.extend(_chunks(tokens[i:j]))
                i = j
            else:
                pieces.append(tokens[i])
                i += 1
        out.append(" ".join(pieces))
    return "\n".join(out)


def _name_end(tokens: list[str], i: int) -> int:
    """The end (exclusive) of the name starting at ``tokens[i]``: ``i + 1`` when none does."""
    tok = tokens[i]
    starts_sentence = i == 0 or tokens[i - 1][-1:] in _SENTENCE_END
    unit = tok.replace(NBSP, " ").lower() in ADMIN_UNITS and tok[-1:] not in _CLOSE
    if unit and i + 1 < len(tokens) and _capitalised(tokens[i + 1], True, True):
        return _name_end(tokens, i + 1)  # "tỉnh Hưng Yên": the unit and its name
    if starts_sentence and NBSP in tok:
        return i + 1
    j = i
    while j < len(tokens) and _capitalised(tokens[j], j == i, True):
        if j > i and tokens[j].lstrip(_OPEN) != tokens[j]:
            break  # "Việt Nam (WTO)": a bracket starts something else
        j += 1
        if tokens[j - 1].rstrip(_CLOSE) != tokens[j - 1]:
            break  # punctuation after a word ends the name
    return max(j, i + 1)


def _chunks(words: list[str]) -> list[str]:
    """``words`` bound with U+00A0 in parts of at most ``NAME_CHARS`` characters."""
    out: list[str] = []
    for w in words:
        if out and len(out[-1]) + 1 + len(w) <= NAME_CHARS:
            out[-1] += NBSP + w
        else:
            out.append(w)
    return out


def _named_numbers(text: str) -> str:
    """``text`` with U+00A0 after a word that names a number ("năm 2023", "số 42-KL/TW"), and
    a document's code kept whole ("42-KL/TW": U+2060 after its dash and slashes, where
    LibreOffice would break otherwise)."""
    text = outside_addresses(text, _join_codes)
    return _NAMED_NUMBER.sub(lambda m: m.group(1).replace(" ", NBSP) + NBSP, text)


def _join_codes(text: str) -> str:
    """``text`` with U+2060 after the dashes and slashes of each document's code (``_DOC_CODE``,
    ``_code``)."""
    if not text or not any(c in text for c in "-/"):
        return text
    return _DOC_CODE.sub(_code, text)


def _code(m: re.Match[str]) -> str:
    """The code found by ``_DOC_CODE`` with U+2060 after its dashes and slashes up to its last
    part of capitals (the rest of a path, "/Hưng-Yên/…", as it is); as it is when it has no
    such part (a date "18/5/2021", a range "2024-2025")."""
    found = m.group()
    parts = re.split(r"([-/]\u2060?)", found)
    last = max((i for i in range(2, len(parts), 2) if _code_part(parts[i])), default=0)
    if not last:
        return found
    head = "".join(p if i % 2 == 0 else p[0] + WORD_JOINER for i, p in enumerate(parts[: last + 1]))
    return head + "".join(parts[last + 1 :])


_DOC_CODE = re.compile(r"(?<![\w/.\-])\d+(?:[-/]\u2060?[^\W_]+)+(?![-/]?\w)")
"""A document's number and code: "42-KL/TW", "25-HD/BTGDUK", "1141/QĐ-UBND", "21/CT-TTg",
"68/2022/QH15", "15/2023/NĐ-CP": a number, then parts of letters or digits after "-" or "/"
(``_code`` keeps those up to its last part of capitals)."""


def _code_part(part: str) -> bool:
    """True when ``part`` is a part of a code: capitals, Vietnamese ones too ("QĐ", "UBND",
    "BTGDUK"), perhaps with digits ("QH15") or, after two capitals, one small letter ("TTg":
    Thủ tướng)."""
    if not part[:1].isupper():
        return False
    return part.isupper() or (len(part) >= 3 and part[:-1].isupper() and part[-1].islower())


_NAMED_NUMBER = re.compile(
    r"(?<!\w)(ngày|năm|tháng|quý|số|khóa|khoá|kỳ|lần|thứ|điều|mục|khoản|phần|giai[ \u00a0]đoạn)"
    r" (?=[(\[]?\d|[IVXLC]+\b)",
    re.IGNORECASE,
)
"""The space between a word that names a number and the number ("năm 2023", "số 42-KL/TW",
"khóa XIII", "giai đoạn 2021-2025", "ngày 18/5/2021"): a line never breaks there."""

_OPEN = "(“\"‘'["
_CLOSE = ",.;:!?)”\"’']…"
FUNCTION_WORDS = frozenset((
    "của", "và", "là", "các", "những", "được", "cho", "với", "trong", "có", "đã", "sẽ", "này",
    "đến", "từ", "theo", "thì", "mà", "để", "ở", "ra", "vào", "lên", "nên", "nhưng", "hay",
    "hoặc", "không", "một", "rất", "cũng", "đều", "bị", "tại", "do", "vì", "khi", "nếu", "như",
    "về",
))  # fmt: skip
"""Words that begin or end no lexicon word deckmaker binds: the lexicon's "có nhân", "ác là"
would keep "có nhân / dân" together rather than "nhân dân"."""


def _one_word(part: list[str], words: frozenset[str], before: list[str] | None = None) -> bool:
    """True when the tokens ``part`` of a text split at spaces are one word of the lexicon:
    letters only, but for an opening mark before the first and punctuation after the last; a
    token may be a word bound before (``COMPOUNDS``: "bảo hiểm" of "bảo hiểm xã hội"). A word
    with a function word at an edge ("tự do", "thiết bị", "tồn tại", "từ chối") is one only
    where ``before`` (the tokens before it) reads it so (``_bound_here``)."""
    first, last = part[0].lstrip(_OPEN), part[-1].rstrip(_CLOSE)
    plain = [first, *part[1:-1], last] if len(part) > 1 else [first]
    syllables = [x for p in plain for x in p.split(NBSP)]
    if len(syllables) > 4 or not all(x.isalpha() for x in syllables):
        return False  # digits, inner punctuation
    low = [x.lower() for x in syllables]
    if " ".join(map(_tone_first, low)) not in words:
        return False
    if low[0] in FUNCTION_WORDS or low[-1] in FUNCTION_WORDS:
        if any(len(x) > 1 and x.isupper() for x in syllables):
            return False  # an acronym: "như AI", not "như ai"
        # after an opening mark ("(tự do)") no word before it competes for its syllables
        return _bound_here(low, (before or []) if part[0] == first else [])
    return True


PHRASE_ENTRIES = frozenset((
    # a function word and the word it governs, listed as one but read in a briefing as two:
    # "có nhân / dân" (the lexicon's "có nhân"), "thì có / thể", "được việc / làm"
    "có nhân", "ác là", "có của", "có giá", "có điều", "thì có", "thì phải", "là hơi",
    "được giá", "được việc", "được cái", "được thể", "lấy được", "đường được", "làm vì",
    "vì chống", "vì cầu", "đến điều", "đến tết", "số là", "nữa là",
    # a noun or a verb and the negation of what follows: "tuyến đường / không chỉ giữ vai"
    "đường không", "số không", "tay không", "ăn không", "ngồi không", "ba không", "ở không",
    # a determiner or a numeral and its noun: "các / tông màu", "ngày / một tăng", "số một"
    # of "số một số" (rare words of the lexicon; in a briefing the syllables are apart)
    "các bin", "các tông", "bồ các", "con một", "ngày một", "tháng một", "số một",
    "gióng một", "mỗi một", "trong ngoài",
    # a verb and the preposition that opens what follows it: "bắt đầu / từ năm 2024",
    # "chia hết / cho 3", "hùn / vào"
    "bắt đầu từ", "chia hết cho", "hùn vào", "vun vào", "thèm vào", "tính từ",
    # "nhất là" (especially) opens a phrase, which ``phrase_break`` keeps whole already
    # (``OPENER_PHRASES``); bound, it would glue "lớn nhất / là" (the largest is)
    "nhất là",
))  # fmt: skip
"""Entries of the lexicon with a function word at an edge that a briefing reads as two words
(a function word and its neighbour), never bound (``_bound_here``)."""


def _bound_here(low: list[str], before: list[str]) -> bool:
    """True when the lexicon word ``low`` (lower case), with a function word at an edge, is
    one word where it stands, ``before`` being the tokens before it: it is no phrase of
    ``PHRASE_ENTRIES``, and no word without a function word at its edges crosses its start
    ("mặt hàng / không": "mặt hàng" crosses "hàng không"; "phát hiện / tại": "phát hiện";
    a word bound before is whole and crosses nothing). Backward matching has read the text after
    it already, so only the words before it compete for its syllables (h31c: "tự / do",
    "thiết / bị", "tồn / tại" were never bound, for the few phrases the lexicon lists)."""
    if " ".join(low) in PHRASE_ENTRIES:
        return False
    prev: list[str] = []
    for token in reversed(before):
        if NBSP in token or token != token.rstrip(_CLOSE) or not token.lstrip(_OPEN).isalpha():
            break
        prev.insert(0, token.lstrip(_OPEN).lower())
        if token != token.lstrip(_OPEN):
            break
    for k in range(1, len(prev) + 1):
        for m in range(1, len(low)):
            if 2 <= k + m <= 4 and _clean_word([*prev[-k:], *low[:m]]):
                return False
    return True


def _clean_word(syllables: list[str]) -> bool:
    """True when ``syllables`` (lower case) are one word (``is_word``) with no function word
    at its edges."""
    edges = syllables[0] in FUNCTION_WORDS or syllables[-1] in FUNCTION_WORDS
    return not edges and is_word(syllables)


PHRASE_OPENERS = frozenset((
    # prepositions and conjunctions: a line that opens on one starts a phrase
    "và", "hoặc", "hay", "nhưng", "mà", "thì", "của", "với", "trong", "cho", "để", "theo",
    "tại", "về", "nhằm", "như", "từ", "đến", "qua", "trên", "dưới", "khi", "nếu", "do", "bởi",
    "vì", "ở", "vào", "bằng", "giữa", "sau", "trước", "ngoài", "so", "đối", "gồm",
    # copula, voice, aspect: they open a predicate ("… / là …", "… / được giữ vững")
    "là", "được", "bị", "đã", "sẽ", "đang", "còn", "vẫn", "cũng", "đều", "chưa", "không",
))  # fmt: skip
"""Words that open a phrase: a line break before one falls at a phrase boundary
(``phrase_break``); a line ending on one strands it (``STRANDED``)."""
DETERMINERS = frozenset((*QUANTIFIERS, "từng", "một", "cả", "toàn"))
"""Words that open a noun phrase, or modify the noun before them ("Đảng bộ các cấp"): a
break before one is a boundary, a weaker one (``WEAK_OPENING``)."""
OPENER_PHRASES = frozenset(
    ("nhất là", "so với", "đối với", "một số", "trong đó", "cũng như", "bao gồm", "kể cả")
    + ("tất cả", "nhằm mục đích", "thông qua", "trong khi", "sau khi", "trước khi")
)
"""Phrases of two syllables that open a phrase: never split ("nhất / là"), a break before
one a boundary."""
MEASURE_VERBS = frozenset(
    ("đạt", "tăng", "giảm", "bằng", "khoảng", "chiếm", "còn", "ước đạt", "gần", "hơn", "trên")
    + ("dưới", "đạt được", "tăng thêm", "giảm còn", "lên", "xuống", "vượt", "chỉ đạt", "chỉ còn")
    + ("ước tăng", "ước giảm", "chỉ bằng")
)
"""Verbs (and words) of measure: bound to the number phrase after them by U+00A0
(``bind_measure_verbs``: "tăng~54,9%", "ước~đạt~33.100~tỷ~đồng"); a break between them, where
a caller's own breaks meet one, costs ``BOUND_PHRASE``."""
DOCUMENT_TYPES = frozenset(
    ("kết luận", "nghị quyết", "hướng dẫn", "kế hoạch", "chỉ thị", "quyết định", "thông báo")
    + ("công văn", "nghị định", "thông tư", "quy định", "đề án", "chương trình", "luật")
    + ("văn bản", "tờ trình", "báo cáo", "thông tri", "quy chế", "điều lệ")
)
"""Kinds of document named with a number: "Kết luận / số 42-KL/TW" costs ``BOUND_PHRASE``."""
NOMINALISERS = frozenset(("sự", "việc", "công tác"))
"""Words that make a noun phrase of the verb after them and open it ("chỉ đạo / sự phát triển
kinh tế", "tập trung / việc triển khai", review R10): a break before one is a phrase boundary,
one after it parts it from its verb (``phrase_break``). A word they begin ("việc làm", "công tác
phí") is that word, not the opener."""
INSIDE_PHRASE = 0.6
"""The cost of a break between two content words with no function word between: inside a
noun phrase ("công tác / quy hoạch", "giá trị / văn hóa") or a verb and its object ("tạo /
việc làm")."""
STRANDED = 0.5
"""The cost of a line ending on a word that opens a phrase ("… được / giữ vững", "… và /")."""
WEAK_OPENING = 0.2
"""The cost of a break before a determiner ("… Đảng bộ / các cấp"): often a boundary, as
often inside a noun phrase."""


_KNOWN = frozenset(c.lower() for c in (*COMPOUNDS, *PUBLIC_COMPOUNDS))


def parts_document(before: str, after: str) -> bool:
    """True when a line break between the tokens ``before`` and ``after`` (words bound by
    U+00A0) parts a kind of document (``DOCUMENT_TYPES``) from what names it: its complement
    or its number ("nghị quyết / đại hội Đảng bộ", "kế hoạch / sử dụng đất", "Kết luận / số
    42-KL/TW"), as ``phrase_break`` costs it ``BOUND_PHRASE``."""
    if not before or not after:
        return False
    prev = [p.lower() for p in before.split(NBSP)]
    named = " ".join(prev[-2:]) in DOCUMENT_TYPES or (prev[-1] in DOCUMENT_TYPES and len(prev) == 1)
    return named and phrase_break(before, after) >= BOUND_PHRASE


def phrase_break(before: str, after: str) -> float:
    """How bad a line break between the tokens ``before`` and ``after`` (words bound by U+00A0)
    is for a reader, 0 (a phrase boundary) to ``BOUND_PHRASE``: after punctuation that ends a
    clause or a bracket, or before an opening bracket, 0; before a word that opens a phrase
    (``PHRASE_OPENERS``, ``OPENER_PHRASES``), 0, a determiner ``WEAK_OPENING``; between a verb of
    measure or a document's kind and the number after it, inside an opening phrase or a word
    of the lexicon, ``BOUND_PHRASE``; a line ending on a quantifier ("các", "những") before
    its noun, or a kind of document before its complement ("nghị quyết / đại hội", "kế
    hoạch / sử dụng đất"), ``BOUND_PHRASE`` (h23b); before a verb of measure (a predicate
    begins) 0; a line ending on an opener ``STRANDED``; between two
    content words ``INSIDE_PHRASE``. General rules, not a list of the deck's phrases."""
    if not before or not after:
        return 0.0
    if before != before.rstrip(_CLOSE) or after[:1] in _OPEN or after[:1] in "-–—":
        return 0.0
    prev = [p.lower() for p in before.split(NBSP)]
    nxt = [p.lower() for p in after.split(NBSP)]
    last, first = prev[-1], nxt[0]
    last2 = " ".join(prev[-2:])
    if _verb_number([*prev, *nxt], len(prev)):
        return BOUND_PHRASE  # "đạt / 144,6%", "ước đạt / 92,8 ha": bound, unless too wide
    numbered = first == "số" and len(nxt) > 1 and nxt[1][:1].isdigit()
    if numbered and (last2 in DOCUMENT_TYPES or last in DOCUMENT_TYPES):
        return BOUND_PHRASE  # "Kết luận / số 42-KL/TW"
    pair = f"{last} {first}"
    if pair in OPENER_PHRASES or pair in MEASURE_VERBS or pair in DOCUMENT_TYPES:
        return BOUND_PHRASE  # "nhất / là", "ước / đạt", "Kết / luận"
    if last in QUANTIFIERS or (last in DETERMINERS and len(prev) == 1):
        return BOUND_PHRASE  # "… ngoài các / khu công nghiệp": the line ends before its noun
    if last in PHRASE_OPENERS or last in DETERMINERS or last2 in OPENER_PHRASES:
        return STRANDED
    first2 = " ".join(p.rstrip(_CLOSE) for p in nxt[:2])
    if first2 in OPENER_PHRASES or first2 in MEASURE_VERBS:
        return 0.0
    named = last2 in DOCUMENT_TYPES or (last in DOCUMENT_TYPES and len(prev) == 1)
    opens = (PHRASE_OPENERS, MEASURE_VERBS, NOMINALISERS, DETERMINERS)
    if named and first.isalpha() and not any(first in words for words in opens):
        return BOUND_PHRASE  # "nghị quyết / đại hội", "kế hoạch / sử dụng đất": its complement
    if last in NOMINALISERS and len(prev) == 1:
        return BOUND_PHRASE  # "… chỉ đạo sự / phát triển": the opener and its verb are one
    if (first in NOMINALISERS and len(nxt) == 1) or first2 in NOMINALISERS:
        return 0.0  # "… chỉ đạo / sự phát triển kinh tế" (a word bound after it: its own)
    words = _lexicon()
    if len(nxt) > 1 and (first2 in _KNOWN or " ".join(map(_tone_first, first2.split())) in words):
        first = ""  # a word of several syllables ("tăng trưởng", "theo dõi"), not the opener
    if first in PHRASE_OPENERS or first in MEASURE_VERBS:
        return 0.0  # "… dịch vụ / đạt 109.501 tỷ đồng": the predicate begins
    if first in DETERMINERS:
        return WEAK_OPENING
    if last.isalpha() and first.isalpha() and words:
        for a in range(1, min(3, len(prev)) + 1):
            for b in range(1, min(4 - a, len(nxt)) + 1):
                if " ".join(map(_tone_first, [*prev[-a:], *nxt[:b]])) in words:
                    return BOUND_PHRASE  # the two sides make a word ("đẩy / nhanh")
    return INSIDE_PHRASE


def is_word(syllables: list[str]) -> bool:
    """True when ``syllables`` (lower case) make one word: of ``COMPOUNDS``,
    ``PUBLIC_COMPOUNDS`` or the lexicon ("cấp ủy", "thường xuyên")."""
    text = " ".join(syllables)
    return text in _KNOWN or " ".join(map(_tone_first, syllables)) in _lexicon()


LEXICON_LIMIT = 4 * 1024 * 1024
"""The largest word list read (pyvi's is 0.35 MB)."""


@functools.cache
def _lexicon() -> frozenset[str]:
    """Vietnamese words of two to four syllables, lower-cased: the word list pyvi ships
    (``pyvi/models/words.txt``, 31.000 entries, MIT), read as plain text without importing
    pyvi (its import loads scikit-learn, ~3 s); empty when pyvi is not installed."""
    try:
        spec = importlib.util.find_spec("pyvi")
    except (ImportError, ValueError):
        return frozenset()
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        path = Path(root) / "models" / "words.txt"
        try:
            if path.stat().st_size > LEXICON_LIMIT:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        return _lexicon_of(text)
    return frozenset()


def _lexicon_of(text: str) -> frozenset[str]:
    """The words of two to four syllables of a word list (one a line), lower-cased, spaces
    collapsed, each syllable as ``_tone_first`` spells it (``syllables.tones_first``, the whole
    list at once)."""
    text = tones_first(text.lower())
    return frozenset(" ".join(w) for line in text.splitlines() if 2 <= len(w := line.split()) <= 4)


NUMBER_WORDS = frozenset(
    ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "mấy")
    + ("vài", "nửa", "one", "two", "three", "ten", "a", "half")
)
"""Numbers written as words: "một vạn dân", "hai triệu người" are groups like "1 vạn dân"."""
ZWSP = "\u200b"
"""A break allowed where nothing shows: after the "/" of a ratio ("bé trai/100 bé gái")."""
_RATIO = re.compile(r"(?<=[^\W\d_])/(?=\d)")


def bind_counted(text: str, clause: bool = False) -> str:
    """``text`` with each figure one unbreakable group (U+00A0 inside it): a number, the
    magnitudes after it and the word it counts ("2,45 vạn lao động", "31 giường bệnh", "một
    vạn dân"; a word of ``COMPOUNDS``, bound first, counts as one word). A line breaks only
    between groups, or after the punctuation that ends one ("9,3 bác sĩ; 31 giường bệnh").
    With ``clause`` (a cell of figures, whose words after a number all say what it counts) a
    group runs on to the end of its clause ("118,2 bé trai/100 bé gái"), a ratio's "/" before a
    number being where two groups meet (a break that shows nothing, ``ZWSP``)."""
    if not text or " " not in text:
        return text
    if clause:
        text = outside_addresses(text, lambda t: _RATIO.sub("/" + ZWSP, t))
    words = text.split(" ")
    pieces = [words[0]]
    state = ""
    for prev, word in zip(words, words[1:], strict=False):
        for piece in prev.split(NBSP):
            state = _after(state, piece, clause)
        first = _bare(word.split(NBSP)[0])
        if state == "number":  # a magnitude or the word counted, not another number
            bind = first[:1].isalpha()
        elif state == "word":  # "một" binds only to a magnitude: "một vạn"
            bind = first.lower() in MAGNITUDES
        else:
            bind = state == "noun" and first[:1].isalpha()
        pieces.append(NBSP if bind else " ")
        pieces.append(word)
    return "".join(pieces)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/(?:19|20)\d\d$")
"""A date ("18/10/2023"): like a year it counts nothing ("ngày 18/10/2023 / của Hội nghị …",
h18k: the owner after a document's date was bound to it as what it counted)."""


def _after(state: str, piece: str, clause: bool) -> str:
    """The state of a figure's group after ``piece``: "number" (a number or its magnitude:
    what it counts comes next), "word" (a number in words), "noun" (inside what a figure
    counts, when it runs on to the clause's end) or "" (no group open)."""
    bare = _bare(piece)
    low = bare.lower()
    if (
        _is_number(bare)
        and not bare.endswith("%")
        and not _YEAR.match(bare)
        and not _DATE.match(bare)
    ):
        state = "number"  # (a year counts nothing: "năm 2024 / tăng 8,5–8,7%")
    elif low in NUMBER_WORDS:
        state = "word"
    elif state in ("number", "word") and low in MAGNITUDES:
        state = "number"
    elif state == "number" and bare[:1].isalpha() and low not in UNIT_WORDS:
        state = "noun" if clause else ""
    elif state == "noun" and clause and bare[:1].isalpha():
        state = "noun"
    else:
        state = ""
    if piece != bare or piece.endswith(ZWSP):  # "9,3 bác sĩ;": punctuation ends the group
        state = ""
    return state


_BREAK_AFTER = frozenset("-\u2010\u2013\u2014/")
WIDOW_CHARS = 16
"""The last two words are bound when together at most this long: a line that short is never
too wide to carry them."""


def no_widow(text: str, limit: int = WIDOW_CHARS) -> str:
    """``text`` with its last two words bound (U+00A0), so that a paragraph of four words or
    more never ends on a line holding one word alone; each line of a multi-line text alike.
    Only when the two are at most ``limit`` characters together (a caller that knows the
    width checks that they fit it)."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        # words a reader sees: those bound by U+00A0 ("2,45 vạn") count one by one
        seen = len(line.split())
        if len(words) >= 2 and seen >= 4 and len(words[-2]) + len(words[-1]) + 1 <= limit:
            # after a dash ("1945 - 1966") a line may break even before U+00A0: join it too
            join = WORD_JOINER + NBSP if words[-2][-1:] in _BREAK_AFTER else NBSP
            line = " ".join([*words[:-2], words[-2] + join + words[-1]])  # no leading space
        out.append(line)
    return "\n".join(out)
