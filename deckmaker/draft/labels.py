"""A figure's label: the subject, act and base the text gives a number, cut to fit a slide
(``fit``, ``compact``, ``head_phrase``, ``subject_of``, ``clean_ends``) and turned into a key
(``slug``). Uses the grammar of quantities; knows nothing of targets or plans."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from ..i18n import N_
from ..vi_words import LINKING_WORDS, PLACE_KINDS, PLAN_NOUNS, alternation
from .measures import measures
from .quantities import (
    _BOUNDARY,
    _COUNT_TAIL,
    _COUNTED,
    _ENUM,
    _HEAD_WORDS,
    _INSTITUTION,
    _LEADING,
    _MAGNITUDE,
    _MEASURES,
    _NOT_COUNTED,
    _NOUNS,
    _QUANTITY,
    _SENTENCE_START,
    _VERBS,
    Found,
    _pyvi,
    sentence_opening,
)
from .shorten import COMPLEMENT, merged, shortened
from .wellformed import cut_back


def _lower_first(label: str) -> str:
    """The label to follow other words: its first letter lower-cased, but no acronym or name
    that opens it ('THPT công lập', 'Hà Nội', 'Hàn Quốc' stay as written)."""
    first, _, rest = label.partition(" ")
    if len(first) > 1 and first[1:].isupper():
        return label
    if rest[:1].isupper() and rest.split()[0][1:].islower() and first[1:].islower():
        return label  # a name of two words or more ('Hàn Quốc', 'Bắc Ninh'): its capitals kept
    return f"{first[:1].lower()}{first[1:]}{' ' if rest else ''}{rest}"


# a time written right after a figure is the figure's own ('đạt 10.000 tấn/năm vào năm 2015',
# '2.800 tấn/năm từ năm 2010 trở đi'), not the opening of the next one's label
_TIME_AFTER = re.compile(
    r"\s*(?:vào\s+|trong\s+|đến\s+|từ\s+)?năm\s+(\d{4})(?:\s+trở đi)?(?=[\s,;.)]|$)"
)


# "huyện, thành phố", "xã, phường, thị trấn": the kinds of place a count of places lists
_MORE_KINDS = re.compile(
    r"(?:\s*,\s*(?:thành phố|thị xã|thị trấn|phường|xã|huyện|quận)(?=[\s,;.]|$))+"
    r"(?:\s+và\s+(?:thành phố|thị xã|thị trấn|phường|xã|huyện|quận)(?=[\s,;.]|$))?"
)
_PLACE_UNITS = {"tỉnh", "huyện", "xã", "phường", "địa phương", "thị xã", "thị trấn", "thôn", "bản"}


def _short_base(base: str, subject: str) -> str:
    """A share's base without what the subject already says: 'tổng số hộ nghèo toàn tỉnh' of
    'hộ nghèo vùng đồng bào dân tộc' is 'toàn tỉnh'."""
    short = re.sub(r"^(?:tổng số|tổng)\s+", "", base, flags=re.I)
    said = re.sub(r"^(?:Tỷ lệ|Số)\s+", "", subject, flags=re.I).lower().split()
    words = short.split()
    common = 0
    while common < min(len(said), len(words) - 1) and said[common] == words[common].lower():
        common += 1
    return " ".join(words[common:]) if common >= 2 else short


# a change's base that is no year before: a month, a quarter ('so với tháng 4', 'so quý I')
_OTHER_PERIOD = re.compile(r"(?:tháng|quý)\s+(?:\d|[IV])")


def _with_change(label: str, verb: str, base: re.Match[str] | None) -> str:
    """'Giải ngân' -> 'Giải ngân tăng so với năm 2009'; a long subject is shortened to fit
    (its generic head dropped, then cut between words) rather than losing the verb and base."""
    subject = subject_of(label, keep_bracket=True)
    words = subject.lower().split()
    said = "" if verb in words or "tăng trưởng" in subject.lower() or verb == "bằng" else verb
    based = f"{said} so với {base.group(1)}".strip() if base and "so với" not in subject else ""
    budget = SHORT_WORDS + 2
    # the whole change if the subject fits, else the verb alone; then the same with the
    # subject's generic head dropped; last, the subject cut between words
    ways = [(based, ""), (based, "head"), (said, ""), (said, "head"), (said or based, "cut")]
    if base and _OTHER_PERIOD.match(base.group(1)):
        # 'tăng 13,3% so với tháng 4': read without its base, a change on a year before; the
        # subject is cut rather than the base left out
        ways.insert(2, (based, "cut"))
    for suffix, how in ways:
        if not suffix:
            continue
        room = budget - _nwords(suffix)
        if how == "head":
            fitted = _LIGHT_HEAD.sub("", subject)
            fitted = fitted[:1].upper() + fitted[1:]
        else:
            fitted = fit(subject, room) if how else subject
        if (1 if how == "" else 2) <= _nwords(fitted) <= room:
            return f"{fitted} {suffix}"
    return label


# what opens a label but names nothing: aspect, modality, framing ('Đã thực hiện thu hoạch',
# 'Cần phải tiếp tục vận động', 'Đồng thời cắt giảm'); a target's own verb before the measure it
# sets ('Đưa tỷ lệ hộ nghèo', 'Duy trì tổng đàn gia súc', 'Phấn đấu giá trị sản xuất')
_OPENING_WORDS = re.compile(
    r"^(?:(?:đã|đang|sẽ|cũng|vẫn|đều|đồng thời|cần phải|cần|phải|nổi bật là|"
    # a focus word that singles out a part ('Riêng công nghiệp tăng 11%', 'nhất là sản lượng
    # lương thực'): said of the sentence, no word of the part's name (not 'riêng lẻ')
    r"riêng(?!\s+(?:lẻ|biệt|tư|rẽ)(?!\w))|nhất là|đặc biệt là|"
    r"tiếp tục|thực hiện)\s+)+(?=\S+\s+\S+\s+\S)",
    re.IGNORECASE,
)
# the measure nouns, one vocabulary by the readings the rules give them (measures.yaml)
_MEASURE_NOUN = f"(?:{measures('noun')})"
_TARGET_VERB = re.compile(
    rf"^(?:(?:phấn đấu|phân đấu|phân đầu)\s+)?"
    rf"(?:phấn đấu|phân đấu|phân đầu|đạt|đưa|duy trì|nâng|nâng cao|giữ|giữ vững|giữ ổn định|"
    # a target of change: what it changes ('Giảm tỷ trọng lao động nam … xuống dưới 40%')
    rf"giảm|tăng|hạ|kéo giảm)"
    # its 'được' with it ('đạt được số thu tối thiểu': 'Số thu tối thiểu')
    rf"(?:\s+được)?\s+(?={_MEASURE_NOUN}\s)",
    re.IGNORECASE,
)
# the main clause after a concession or a condition said first ('Mặc dù bị ảnh hưởng bởi
# thời tiết nhưng Công ty … đã nộp ngân sách 185 tỷ đồng', 'sau khi … khấu trừ thuế … thì điện
# mặt trời đóng góp …'): the number's subject is in it
_MAIN_CLAUSE = re.compile(r"(?:,\s*|\s)(?:nhưng|song|thì)\s+(?=\S)")
_SUBORDINATE = re.compile(r"(?<!\w)(?:mặc dù|mặc dầu|dẫu|dù|tuy|sau khi|khi|nếu)\s", re.I)
# a concession's opener before the subject its clause names ('Mặc dù lũy kế kim ngạch … đạt')
# ('Tuy nhiên,', 'Tuy vậy,': a link to the sentence before, no concession)
_CONCESSIVE = re.compile(
    rf"^(?!(?:{alternation(LINKING_WORDS)})(?!\w))"
    r"(?:mặc dù|mặc dầu|dẫu|dù|tuy)(?:\s+(?:là|rằng|cho))?\s+",
    re.I,
)
# a link to the sentence before, whose words hold no boundary of a subject ('Cùng với đó, số
# thu đạt …': its 'với' is none)
_LINK = re.compile(rf"(?<!\S)(?:{alternation(LINKING_WORDS)})(?=,)", re.I)
# a source or a guidance said before the subject, up to its comma ('Theo chỉ đạo của Thủ tướng
# Chính phủ, hiện nay 100% các bộ …', '… theo đó, Bộ … phấn đấu'), as a sentence opens with
# it ('theo giá hiện hành, tăng' in a bracket is how the figure is valued)
_SOURCE_OPENING = re.compile(
    r"^(?:(?:Theo|Căn cứ)\s[^,;]{2,80}|[Tt]heo đó),\s+(?:hiện nay\s+)?(?=[^,]+$)"
)
# who set the target and the act of setting it ('Quốc hội quyết nghị tốc độ tăng GDP', 'Huyện
# Nghi Xuân đề ra mục tiêu tốc độ tăng trưởng'): not what the number measures
_DECIDED = re.compile(
    r"^(?:\S+\s+){0,6}?(?:quyết nghị|đề ra|đặt ra|đặt|thông qua)\s+(?:(?:các\s+)?mục tiêu\s+)?"
    rf"(?={_MEASURE_NOUN}\s)"
    # what a document was issued for ('… ban hành Nghị quyết để điều chỉnh mục tiêu tăng trưởng
    # cả nước'): the target it sets, not the document
    r"|^(?:[^\d;:]+?\s)?để\s+(?:điều chỉnh|bổ sung|xác định)\s+(?=mục tiêu\s)",
    re.IGNORECASE,
)
# what ends a label but names nothing: a preposition or a conjunction cut from its object ('Tạo
# việc làm mới cho', 'Xã đạt chuẩn quốc gia về', 'Tăng trưởng kinh tế (GRDP) từ')
# ('nhà ở', 'nơi ở': a dwelling, not a preposition cut from its place; 'thông qua', 'vượt qua':
# a verb, passed or overcome, not 'qua' cut from its object)
_CLOSING_WORDS = re.compile(
    r"(?:(?<!\snhà)(?<!\snơi)(?<!^nhà)(?<!^nơi)\s+(?:về|cho|(?<!thông\s)(?<!vượt\s)qua|với|tại|ở|theo|từ|đến|để|của|và|hoặc|trên|dưới|so|được|là|có|đã|"
    r"các|những|như|nhằm|mà|thì|bởi|gồm|bao gồm|hơn|gần|khoảng|xuống|xuống còn|lên))+$"
)


def _acts(label: str) -> bool:
    """The label is an act ('Thu hoạch vụ Hè thu', 'Trồng mới'), not a noun phrase: pyvi tags
    its first word a verb, and it does not name an area or a count already."""
    tagger = _pyvi()
    if tagger is None or not label or re.search(r"diện tích|:|^Số\s", label, re.IGNORECASE):
        return False
    tokens, tags = tagger(label)
    return tags[0] == "V" and tokens[0].lower() not in ("thu", "chi", "tăng", "giảm")


def _bare_noun(label: str) -> bool:
    """The label is a short noun phrase alone ('rau các loại', 'lúa', 'đất nông nghiệp': pyvi's
    nouns, determiners and adjectives), not a measure ('Tổng diện tích', 'Số hộ') or a name."""
    tagger = _pyvi()
    if tagger is None or not 1 <= _nwords(label) <= 4:
        return False
    if re.search(r"diện tích|quy mô|:|\(|^(?:Số|Tổng|Tỷ lệ)(?:\s|_|$)", label, re.IGNORECASE):
        return False
    tokens, tags = tagger(label)
    return tags[0] in ("N", "Nc", "Np") and all(t in ("N", "Nc", "Np", "L", "A") for t in tags)


# a target's verb of raising or bringing before what it raises ('nâng hội viên toàn xã 865 hội
# viên', 'đưa số xã đạt chuẩn lên')
_RAISED = re.compile(r"^(?:nâng|đưa)\s+(?=\S)", re.IGNORECASE)


def clean_ends(label: str) -> str:
    """``label`` without the words that open or close it and name nothing (see
    ``_OPENING_WORDS``, ``_TARGET_VERB``, ``_CLOSING_WORDS``); unchanged if little is left."""
    out = _CLOSING_WORDS.sub("", label).rstrip(" ,;:-–")
    out = _TARGET_VERB.sub("", _OPENING_WORDS.sub("", _DECIDED.sub("", out)))
    if (
        (raised := _RAISED.match(out))
        and (tagger := _pyvi()) is not None
        # the verb alone, not 'nâng cấp', 'nâng cao' (pyvi's one word)
        and tagger(out)[0][0].lower() == raised.group(0).strip().lower()
        and _nwords(out[raised.end() :]) >= 2
    ):
        out = out[raised.end() :]  # 'Nâng hội viên toàn xã': what is raised, not the act
    if _nwords(out) < 1 or out == label:
        return label
    return out[:1].upper() + out[1:]


def _nwords(text: str) -> int:
    """Words of ``text``, as a reader counts them: not a dash, a bracket or a colon."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def subject_of(label: str, keep_bracket: bool = False) -> str:
    """A figure's label without what it says of its number: a bracket at its end, a change or
    comparison ('Tỷ lệ thi hành án vượt so với chỉ tiêu' -> 'Tỷ lệ thi hành án')."""
    if not keep_bracket:
        label = re.sub(r"\s*\([^)]*\)?$", "", label)
    # ('Tổng đàn gia súc chính tiếp tục tăng': how the change goes on is no part of the subject)
    return re.sub(
        r"(?:\s+(?:tiếp tục|vẫn|đều))?\s+(?:tăng|giảm|đạt|vượt)(?:\s+so(?: với)?\s.*)?$", "", label
    )


# heads that say little of what is measured ('Tổng sản lượng' is 'Sản lượng')
_LIGHT_HEAD = re.compile(r"^(?:Tổng số|Tổng mức|Số lượng|Tỷ lệ|Tổng|Số)\s+(?=\S+\s+\S)", re.I)
_GENERIC_HEAD = re.compile(
    # ('Giá trị gia tăng' is one measure: 'Gia tăng lĩnh vực nông, lâm nghiệp' names nothing)
    r"^(?:Tổng số|Tổng mức|Số lượng|Tỷ lệ|Giá trị sản xuất(?: ngành)?|Giá trị(?!\s+gia tăng)|Tổng)"
    r"\s+",
    re.I,
)
# the prices a value is counted at, said in a bracket ('(giá SS2010)', '(theo giá thực tế)',
# '(giá so sánh 2010)'): how it was counted, not what it counts
_PRICE_BASIS = re.compile(r"\s*\((?:theo\s+)?giá\s+[^()]*\)", re.I)


def fit(label: str, budget: int, cut: bool = True) -> str:
    """``label`` in at most ``budget`` words: its generic head dropped ('Tổng', 'Giá trị sản
    xuất ngành'), then (if ``cut``) cut between words (pyvi's: 'công nghiệp' is never split).
    A budget under two words (a caller's own words already fill the label: a long base after
    'so với') keeps two: the label's head, never nothing nor a crash."""
    budget = max(budget, 2)
    if _nwords(label) <= budget:
        return label
    # the prices it is counted at go before the measure ('Giá trị sản xuất công nghiệp (giá
    # SS2010) Quý I/2022' is 'Giá trị sản xuất công nghiệp Quý I/2022', not 'Công nghiệp (giá
    # SS2010) Quý I/2022')
    unpriced = _PRICE_BASIS.sub("", label).strip()
    if unpriced and _nwords(unpriced) <= budget:
        return unpriced
    if measured := _measure_kept(unpriced or label, budget):
        return measured
    shorter = _GENERIC_HEAD.sub("", label)
    if shorter != label and _nwords(shorter) >= 2:
        label = shorter[:1].upper() + shorter[1:]
    if _nwords(label) <= budget or not cut:
        return label
    if (phrase := shortened(label, budget)) is not None:  # cut only between phrases
        return cut_back(_unclosed_dropped(phrase.strip(" ,;:-–"))) or phrase
    tagger = _pyvi()
    tokens = merged(*tagger(label))[0] if tagger else label.split()
    allowed, n = {0}, 0
    for i, token in enumerate(tokens):  # a cut may fall only between pyvi's words
        n += _nwords(token)
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if after not in COMPLEMENT:  # nor between a head and what makes it ('nền tảng số')
            allowed.add(n)
    best = max(a for a in allowed if a <= budget)
    kept: list[str] = []
    count = 0
    for word in label.split():
        count += _nwords(word.replace("/", " "))  # as pyvi counts 'khoa/phó': two words
        if count > best:
            break
        kept.append(word)
    out = " ".join(kept)
    # (a scope word cut from its place: "hội viên toàn" of "hội viên toàn xã")
    out = re.sub(r"\s+(?:và|của|trong|các|những|có|đến|từ|toàn|cả|mỗi|mọi|-|–)$", "", out)
    # (a cut that leaves a word needing its complement goes back to the phrase before it, and
    # a bracket it opened goes with what it opened: 'Số xã đạt chuẩn (theo Bộ')
    out = cut_back(_unclosed_dropped(out.strip(" ,;:-–")))
    return out or " ".join(label.split()[:budget])


# a measure that opens a label: its head noun, which a label cut to fit keeps ('Giá trị sản xuất
# công nghiệp – xây dựng tăng', not 'Công nghiệp – xây dựng tăng bình quân', read as the sector's
# own growth); the light heads 'Tổng', 'Số' (``_LIGHT_HEAD``) are not among them
_MEASURE_KEPT = re.compile(rf"^(?:{measures('kept')})\s+(?=\S)", re.IGNORECASE)
# what a cut leaves out first, inside the measure's noun phrase: the classifier 'ngành' after the
# measure ('Giá trị sản xuất ngành công nghiệp'), the light verb 'thực hiện' ('… thực hiện tháng 5')
_LIGHT_INSIDE = re.compile(r"(?<=\s)ngành\s+(?=[^\W\d])|\s+thực hiện(?=\s|$)", re.IGNORECASE)
# what the label says of the measure after it: its change and the change's base or manner, kept
# whole or by its verb alone ('tăng bình quân' -> 'tăng'), never cut off (a growth read as a level)
# (not the 'tăng' of a measure's own name: 'tăng trưởng', 'giá trị gia tăng')
_CHANGE_SAID = re.compile(
    r"(?<!gia)\s+(?P<verb>tăng|giảm)(?!\w)(?!\s+trưởng)(?:\s+[^()]*)?$|\s*\(so với [^()]*\)$"
)


def _measure_kept(label: str, budget: int) -> str:
    """``label``, opened by a measure (``_MEASURE_KEPT``), in ``budget`` words with that measure
    and all it names kept: its light words left out (``_LIGHT_INSIDE``), then the change it is
    said to make said by its verb alone ('tăng bình quân' -> 'tăng'); '' when that is not
    enough (the caller then drops the head or cuts)."""
    head = _MEASURE_KEPT.match(label)
    if head is None:
        return ""
    label = _LIGHT_INSIDE.sub("", label).strip()
    if _nwords(label) <= budget:
        return label
    change = _CHANGE_SAID.search(label, head.end())
    if change is None or not change["verb"]:
        return ""
    short = f"{label[: change.start()]} {change['verb']}"
    return short if _nwords(short) <= budget else ""


def _unclosed_dropped(label: str) -> str:
    """``label`` up to a bracket it opens and never closes."""
    depth, at = 0, -1
    for i, c in enumerate(label):
        if c == "(":
            depth, at = depth + 1, (i if depth == 0 else at)
        elif c == ")" and depth:
            depth -= 1
    return label[:at].rstrip(" ,;:-–") if depth and at > 0 else label


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\s*[-.–)]\s*|[IVXLC]+\.\s+|[a-zđ]\)\s+)")
_TRAILING = re.compile(
    r"(?:\s+(?:tăng|giảm|đạt|vượt|bằng|ước|ước đạt|phấn đấu|phân đầu|vượt kế hoạch đề ra|là|hiện|"
    r"chiếm|tỷ lệ|đạt tỷ lệ|xếp|xếp hạng|đứng|"
    # a verb of earning ('xuất khẩu thủy sản mang về 4,75 tỷ USD'): what the number is said of
    r"mang về|thu về|đem về|mang lại|đem lại|"
    # an aspect adverb left before the number ('vẫn còn 18 bộ' -> 'Số bộ vẫn'): no part of a name
    r"vẫn|đều|cũng))+$"
)
_POINT_UNITS = ("điểm phần trăm", "điểm %")
LABEL_WORDS = 10


# a grade written after what a count counts ('đạt 3 sao', 'xếp loại 1', 'hạng 2'), or the
# criteria it meets ('34/45 xã đạt 19/19 tiêu chí', '72 xã đạt 19 tiêu chí nông thôn mới')
_GRADED = re.compile(
    r"(?:(?<=đạt )|(?<=loại )|(?<=hạng ))\d{1,2}\s+sao\b"
    r"|\s*(?:đạt|xếp loại|xếp hạng)\s+\d{1,2}\s+sao\b"
    r"|(?:(?<=đạt )|\s*đạt\s+)\d{1,2}(?:/\d{1,2})?\s+tiêu chí(?:\s+[^\W\d][^,;.()\d]{0,40}?)?"
    r"(?=\s*[,;.()]|\s+(?:trong đó|và|so)\s|$)"
    # "34 học sinh lớp 12, 17 học sinh lớp 11 và 3 học sinh lớp 10": the grade is the kind
    r"|(?:(?<=\blớp)|(?<=\bkhối)|(?<=\blớp\s)|(?<=\bkhối\s))\s*\d{1,2}(?!\s*[/%,.]?\d)(?:\s+[^\W\d][^,;.()\d]{0,24}?)?"
    r"(?=\s*[,;.()]|\s+(?:trong đó|và|so|đều|đạt)\s|$)"
)


# an age that says which of the counted ones ('942 bà mẹ sinh con dưới 20 tuổi', '42.030 trẻ 5
# tuổi đều đến trường'): a scope of the noun with its own numeral, never cut from it, and what is
# said of them after it in the same clause
_AGED = re.compile(
    r"\s*(?:(?:dưới|trên|từ|đủ|đến)\s+)?\d{1,3}\s+tuổi(?:\s+trở\s+(?:lên|xuống))?(?!\w)"
    r"(?P<more>\s+[^\W\d][^,;.()\d]{0,40}?)?(?=\s*[,;.()]|\s+(?:và|với|trong đó|để|so)\s|$)"
)


def aged_tail(tail: str, after: str, pos: int) -> str:
    """``tail``, the words after a count up to a number, with the age written there that says
    which ones the count counts ('bà mẹ sinh con' + 'dưới 20 tuổi'; '' + '5 tuổi đều đến trường
    mầm non'), at most eight words in all; ``tail`` as it was when no age follows (h45d, issue
    15)."""
    aged = _AGED.match(after, pos)
    if aged is None:
        return tail
    # (an adverb of all of them, 'đều', says nothing of which: 'Số trẻ 5 tuổi đến trường')
    said = re.sub(r"\s(?:đều|cũng|vẫn)(?=\s)", "", f" {aged.group(0).strip()}")
    out = f"{tail}{said}".strip()
    return out if _nwords(out) <= 8 else tail


# a kind of spending or revenue and the source it is paid from ('Chi đầu tư từ nguồn vốn …',
# 'Chi thường xuyên từ nguồn …'), the kind being what the lines of one list share
_FROM_SOURCE = re.compile(
    r"^(?:Chi|Thu)(?:\s+[^\W\d]+){1,3}?\s+từ\s+nguồn\s+(?P<capital>vốn\s+)?"
    r"(?P<fund>[^\W\d]\S*(?:\s+\S+){2,})$",
    re.IGNORECASE,
)


def _tidy(label: str) -> str:
    """No item numbering in front, no verb at the end, at most ``LABEL_WORDS`` words (dropping
    a leading 'Tổng mức', 'Tỷ lệ' and words such as 'các' before cutting)."""
    label = _NUMBERING.sub("", label).strip()
    label = _trailing(label)
    # "Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch": a number written without its
    # unit is not part of the name (a short one may be: "khu vực 2")
    label = re.sub(r"\s+(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)$", "", label)
    # "Chi ngân sách nhà nước tính đến thời điểm 21/6/2021": the date it is counted to said
    # short ('tính đến 21/6/2021'), a date being three words on a slide
    label = re.sub(
        r"(?<=\w)(\s+(?:tính\s+)?(?:đến|tới))\s+(?:thời điểm|ngày)"
        r"(?=\s+\d{1,2}/\d{1,2}(?:/\d{4})?$)",
        r"\1",
        label,
        flags=re.I,
    )
    words = label.split()
    if len(words) > LABEL_WORDS and re.search(r"\s\([^()]*\)$", label):
        label = re.sub(r"\s\([^()]*\)$", "", label)  # a long name without its bracket
        words = label.split()
    if len(words) > LABEL_WORDS and (source := _FROM_SOURCE.match(label)):
        # "Chi đầu tư từ nguồn vốn vay Ngân hàng Phát triển Việt Nam": a budget line told from
        # its siblings by its source of funds is named by that source, not by the lead-in they
        # share ('Vốn vay Ngân hàng Phát triển Việt Nam')
        label = f"{'Vốn' if source['capital'] else 'Nguồn'} {source['fund']}"
        words = label.split()
    if len(words) > LABEL_WORDS and (target := _TARGET_VERB.match(label)):
        label = label[target.end() :]  # 'Giảm tỷ trọng …': the measure, before any word is cut
        words = label.split()
    # ('trong tổng số lao động nam có việc làm': the base of a share, said by its measure)
    cut = re.search(r"\s(?:đối với|trong đó|trong tổng số)\s", label)
    if len(words) > LABEL_WORDS and cut and len(label[: cut.start()].split()) >= 2:
        label = label[: cut.start()]  # "mật độ đường chính đối với khu vực cửa khẩu"
        words = label.split()
    tagger = _pyvi()
    if len(words) > LABEL_WORDS and " và " in label and tagger is not None:
        last = label.rsplit(" và ", 1)[1]
        if len(last.split()) >= 5 and tagger(label)[1][0] == "V" == tagger(last)[1][0]:
            label = last[:1].upper() + last[1:]  # "... tuyển chọn và xây dựng lực lượng X"
            words = label.split()
    # 'giám đốc/chủ doanh nghiệp' is two words on a slide
    words = label.replace("/", " ").split()
    if len(words) > LABEL_WORDS:
        label = re.sub(
            r"^(?:Tổng mức|Tổng số|Tỷ lệ|Tỷ trọng|Số lượng|Tổng)\s+", "", label, flags=re.I
        )
        label = re.sub(r"\s(?:các|những|đang hoạt động|toàn bộ)(?=\s)", "", label)
        words = label.replace("/", " ").split()
    if len(words) > LABEL_WORDS:
        # two kinds of one head joined by 'và' are the head ('trẻ em trai và trẻ em gái dân tộc
        # thiểu số' -> 'trẻ em dân tộc thiểu số'), before words of what is said are cut
        label = re.sub(
            r"\b([^\W\d]+(?: [^\W\d]+)?) ([^\W\d]+) và \1 ([^\W\d]+)\b",
            lambda m: m.group(1) if m.group(2) != m.group(3) else m.group(0),
            label,
        )
        words = label.replace("/", " ").split()
    if len(words) > LABEL_WORDS:
        # aspect words go before any word of the subject does
        label = re.sub(r"\s(?:đã|đang|sẽ|cũng|vẫn|đều)(?=\s)", "", label)
        label = fit(label, LABEL_WORDS - label.count("/")).rstrip(",;:-–")
    return label


def head_phrase(label: str, limit: int = 6) -> str:
    """The head of a label, for a suffix to follow: up to its first preposition or bracket,
    at most ``limit`` words ('Vốn thu hút đầu tư trong và ngoài nước' -> 'Vốn thu hút đầu tư')."""
    label = re.sub(r"\s*\([^)]*\)?$", "", label)
    cut = re.search(r"\s(?:trong|của|do|tại|ở|theo|trên|với|để|cho|cấp)\s", label)
    if cut and len(label[: cut.start()].split()) >= 2:
        label = label[: cut.start()]
    return " ".join(label.split()[:limit])


# words whose last syllable is also a verb _TRAILING drops ('mặt bằng', 'thực hiện')
# and what a count of targets says of them ('chỉ tiêu chưa đạt', 'đạt và vượt kế hoạch')
_KEEP_WHOLE = re.compile(
    r"\b(?:mặt bằng|thực hiện|phát hiện|xuất hiện|thể hiện|(?:chưa|không) đạt|"
    r"đạt và vượt(?: kế hoạch| chỉ tiêu| mục tiêu)?)\b",
    re.I,
)


def _trailing(label: str) -> str:
    """``label`` without the verbs at its end ('tăng', 'đạt', 'bằng'; not 'mặt bằng')."""
    kept = _KEEP_WHOLE.sub(lambda m: m.group(0).replace(" ", "_"), label)
    out = (_TRAILING.sub("", kept).strip(" ,:;-–") or kept).replace("_", " ")
    if re.fullmatch(r"Số\s+\S+(?:\s+\S+)?", out) and re.fullmatch(
        r"\s*(?:đạt|vượt)", label[len(out) :]
    ):
        return label  # "trong đó 24 chỉ tiêu vượt, 11 chỉ tiêu đạt": what tells them apart
    return out


def _item(text: str, pos: int) -> str:
    items = _ENUM.findall(text[:pos])
    return f"({items[-1]})" if items else ""


# the measure that opens a label, and names its siblings too ('Kim ngạch' of 'Tổng kim ngạch
# xuất khẩu' names 'nhập khẩu')
_MEASURE_HEAD = re.compile(rf"(?:Tổng\s+)?({measures('siblings')})\s+", re.IGNORECASE)
_BASE_BEFORE_CHANGE = re.compile(
    r"\s+so(?: với)?\s+(?:năm\s+\d{4}|cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?|đầu nhiệm kỳ|"
    r"đầu năm|đầu kỳ)(?=\s+(?:tăng|giảm)(?:\s|$))"
)
# a run-in head of the figure's own clause, and what stands between it and the number
# (the head may name its period in years and spell out a name in brackets: '(1) Tốc độ tăng
# trưởng tổng sản phẩm (GRDP) bình quân giai đoạn 2021 - 2025: từ 7,5 đến 8,0%/năm')
_RUN_IN_OWN = re.compile(
    r"(?:^|[;.]\s|\n|\(\d{1,2}\)\s)\s*"
    r"([^\W\d](?:[^;:.()\d]|\([^;:.()\d]{1,20}\)|(?<!\d)(?:19|20)\d\d(?!\d)){2,80}?)"
    r"\s*:\s*([^;:.()\d]{0,30})$"
)
# the word that opens a list of named items ('gồm Doanh thu …', 'bao gồm Tỷ lệ …')
_SUCH_AS = re.compile(rf"(?<!cũng)\snhư\s+(?=(?:{_MEASURE_NOUN})\s)", re.IGNORECASE)
_LIST_OPENS = re.compile(r"(?:^|\s)(?:gồm|bao gồm|gồm có)\s+(?=[A-ZĐ])")


# a document referred to by its number ('theo các quyết định 290, 188, 142 của Thủ tướng Chính
# phủ', 'Nghị quyết số 26 của HĐND huyện', 'Quyết định số 210/2006/QĐ - TTg ngày 12/9/2006'):
# where a figure comes from, never what it measures
_CODE = r"\d[\w/.\-]*(?:\s*-\s*[A-ZĐ][\w/]*)?"
_REFERENCE = re.compile(
    rf"(?:(?:theo|tại|căn cứ|thực hiện)\s+)?(?:các\s+)?"
    r"(?-i:[Qq]uyết định|[Nn]ghị định|[Nn]ghị quyết|[Tt]hông tư|[Cc]hỉ thị|[Cc]ông văn)"
    rf"\s+(?:số\s+)?{_CODE}(?:\s*(?:,|và)\s*{_CODE})*"
    r"(?:\s+ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?P<by>\s+của(?:\s+[^\s,;.()]+){1,8})?",
    re.IGNORECASE,
)


def _without_references(words: str) -> str:
    """``words`` without the documents they cite by number and who issued them ('của Thủ tướng
    Chính phủ', 'của Ủy ban nhân dân tỉnh': words of capitals, each with at most one syllable
    after, and the words of a people's body and its level)."""

    def drop(m: re.Match[str]) -> str:
        if not m["by"]:
            return " "
        body = m["by"].split()[1:]
        kept = 0
        while kept < len(body) and (
            body[kept][:1].isupper()
            or kept
            and body[kept - 1][:1].isupper()
            and body[kept].islower()
            and not (kept >= 2 and body[kept - 2][:1].isupper() and body[kept - 1].islower())
            or kept
            and body[kept] in ("nhân", "dân", "tỉnh", "huyện", "xã", "thành", "phố")
        ):
            kept += 1
        rest = " ".join(body[kept:])
        return f" {rest}" if rest else " "

    return _REFERENCE.sub(drop, words)


# the words of a bracket that give the figure before it a target: who set it ('Chính phủ giao',
# 'tỉnh giao', 'Nghị quyết đề ra') or what it is ('kế hoạch', 'chỉ tiêu', 'dự toán')
_SETTER = re.compile(
    r"(?:^|\s)(?:giao|đề ra|đặt ra|kế hoạch|KH|chỉ tiêu|mục tiêu|nghị quyết|NQ|dự toán)(?:\s|$)",
    re.IGNORECASE,
)


def _bracket_target(text: str, start: int, previous: Found | None, unit: str | None) -> str:
    """'tốc độ tăng trưởng GDP toàn ngành đạt 3,6% (Chính phủ giao 2,5 - 2,8%)', 'tăng 5,69% so
    với cùng kỳ (kế hoạch là 4%)': a figure that opens a bracket right after a figure in its
    unit, the bracket's words saying who set it or that it is the plan, is the target of that
    figure: named by what the figure before measures and those words ('Tốc độ tăng trưởng GDP
    toàn ngành (Chính phủ giao)'), never by the setter alone."""
    if previous is None or unit is None or previous.unit != unit:
        return ""
    bracket = text.rfind("(", previous.span[1], start)
    if bracket < 0:
        return ""
    between = text[previous.span[1] : bracket]
    # the figure before, then at most its base ('so với cùng kỳ'), then the bracket
    if not re.fullmatch(r"\s*(?:so(?:\s+với)?\s+[^\W\d][^,;.()\d]{0,30})?\s*", between):
        return ""
    said = re.sub(r"\s+", " ", text[bracket + 1 : start]).strip(" :")
    said = re.sub(r"(?:\s+(?:là|khoảng|từ|đạt|tăng|giảm))+$", "", said)
    if (
        not said
        or re.search(r"[\d()]", said)
        or not 1 <= _nwords(said) <= 5
        or not _SETTER.search(said)
    ):
        return ""
    if _in_open_bracket(text, previous.span[0]):
        return ""
    return _named_with_setter(previous.label, said)


def _named_with_setter(name: str, said: str) -> str:
    """What a result measures, then the bracket's words that set its target: 'Tốc độ tăng
    trưởng GDP toàn ngành (Chính phủ giao)'; '' when nothing of the result's name is left."""
    name = re.sub(r"\s+so(?:\s+với)?\s.*$", "", name)  # its base is no part of it
    name = re.sub(r"\s*\([^()]*\)$", "", name)
    # 'Tổng đàn gia súc chính tiếp tục tăng': the change, not how it goes on
    name = re.sub(r"\s+(?:tiếp tục|vẫn|đã|đều)(?=\s+(?:tăng|giảm)$)", "", name)
    if _nwords(name) < 1:
        return ""
    return f"{fit(name, LABEL_WORDS - _nwords(said))} ({said})"


def assigned_target_name(label: str, subject: str, said: str) -> str:
    """The name of a target in a bracket of its own that says who assigned it ('(tỉnh giao 480
    tỷ đồng)', '(Trung ương giao 7 - 7,5%)'), given the target's own label, the subject of the
    result it is the plan of and the bracket's words before the number: who assigned it
    qualifies the result's name, 'Thu ngân sách (tỉnh giao)'. The name the label rules gave it
    from the figure just before (`_bracket_target`, the result's change kept) stands; ''
    when the bracket does not say who assigned it (the caller names it 'subject: said')."""
    if not said.endswith("giao"):
        return ""
    if label.lower().endswith(f"({said.lower()})"):
        return label
    return _named_with_setter(subject, said) or f"{subject} ({said})"


# a sum said of the things just counted: 'với số tiền', 'bằng tổng số tiền là', 'với số vốn đăng
# ký là', 'với tổng kinh phí': a bare measure of money with nothing of its own
_SUM_OF_COUNT = re.compile(
    r"(?:^|[\s,])(?:với|bằng)\s+(?P<measure>(?:tổng\s+)?(?:số tiền|kinh phí|số vốn|vốn)"
    r"(?:\s+(?:đăng ký|đầu tư|hỗ trợ|cho vay|vay))?)(?:\s+(?:là|khoảng|trên|hơn|gần|đạt))*\s*$"
    # the worth of what was counted, said right after it ('xây dựng 41 căn, trị giá trên 2 tỷ
    # đồng', '150 nhà (trị giá 4,394 tỉ đồng)', '233 ngôi nhà …, tổng giá trị 22,4 tỉ đồng')
    r"|^[^,;:()]{0,40}?(?:,|\()\s*(?P<worth>(?:tổng\s+)?(?:trị giá|giá trị))"
    r"(?:\s+(?:là|khoảng|trên|hơn|gần|đạt))*\s*$",
    re.IGNORECASE,
)


def _sum_of_count(text: str, start: int, previous: Found | None) -> str:
    """'lập 350 tổ vay vốn với số tiền 52,721 tỉ đồng', '469 doanh nghiệp với số vốn đăng ký là
    6.411 tỷ đồng', '257/200 nhà đồng đội, đạt 128,5%, bằng tổng số tiền là 6,059 tỉ đồng': a
    sum said with 'với' or 'bằng' and a bare measure of money after a count in its clause is the
    money of what was counted ('Số tiền của tổ vay vốn'), not a bare 'Số tiền'."""
    if previous is None or not previous.label.startswith("Số "):
        return ""
    between = text[previous.span[1] : start]
    said = _SUM_OF_COUNT.search(between)
    if said is None or re.search(r"[;.:]\s|[;:]$|\n", between):
        return ""
    measure = (said["measure"] or said["worth"]).strip()
    counted = subject_of(previous.label)[len("Số ") :].strip()
    if _nwords(counted) < 1:
        return ""
    measure = f"{measure[:1].upper()}{measure[1:]}"
    room = LABEL_WORDS - _nwords(measure) - 1
    if _nwords(counted) > room and (tagger := _pyvi()) is not None:
        # what was counted, without what was done to it ('nhà đồng đội', not '… vận động')
        tokens, tags = tagger(counted)
        kept = next((k for k, t in enumerate(tags) if t not in ("N", "Nc", "Np", "A")), len(tags))
        if kept:
            counted = " ".join(tokens[:kept]).replace("_", " ")
    return f"{measure} của {fit(counted, room)}"


def _in_open_bracket(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


_UNIT_COMMA = "\u201a "  # a low quotation mark, never written in the genre's text


def _label(
    text: str,
    start: int,
    end: int,
    prev_end: int,
    unit: str | None,
    previous: Found | None,
    counted: bool = False,
) -> tuple[str, list[str]]:
    """The words before the number, within its clause; counts are named after their noun."""
    if unit and ", " in unit and counted:
        # '18 nhà hàng, khách sạn', '20 ý kiến, kiến nghị': the comma of a unit of two nouns is
        # no clause's end for the rules that cut a label at its last comma; it stays the unit's
        joined = unit.replace(", ", _UNIT_COMMA)
        label, review = _label_of(text, start, end, prev_end, joined, previous, counted)
        label = label.replace(_UNIT_COMMA, ", ")
    else:
        label, review = _label_of(text, start, end, prev_end, unit, previous, counted)
    if unit in _IMPLIED_MEASURE and (measured := _measured_part(label, text, start, unit)):
        label = measured
    if (
        unit not in (None, "%", "%/năm")
        and not _in_open_bracket(text, start)  # ('(22.556 người)': another time's, named later)
        and (topical := _count_of_topic(label, text, start))
    ):
        label = topical
    if (
        unit not in (None, "%", "%/năm")
        and (said := _said_of_whole(text, start, unit))
        and said.lower() not in label.lower()
        and _nwords(f"{label} {said}") <= LABEL_WORDS
    ):
        label = f"{label} {said}"
    if unit == "%" and (share := _share_of_figure_before(label, text, start, end, previous)):
        label = share
    if unit in _MONEY_UNITS and (asked := _sum_for_a_purpose(label, text, end)):
        label = asked
    if unit in ("%", "%/năm") and (change := _change_in_bracket(label, text, start, previous)):
        label = change
    if unit == "%" and (other := _share_on_another_base(text, start, end, previous)):
        label = other
    return label, review


# the measure a unit implies of a thing named alone ('+ Lúa 507 ha', 'Thủy sản đạt 249.762 tấn'):
# an area its 'Diện tích', a weight its 'Sản lượng'; an amount of money implies none of its own
# (a revenue, a budget, a value) and takes only the measure its siblings name
_IMPLIED_MEASURE = {
    "ha": "Diện tích",
    "nghìn ha": "Diện tích",
    "tấn": "Sản lượng",
    "nghìn tấn": "Sản lượng",
    "triệu tấn": "Sản lượng",
    "tỷ đồng": "",
    "tỉ đồng": "",
    "triệu đồng": "",
}
_MEASURE_OF_PARTS = re.compile(rf"(?<!\w)(?:tổng\s+)?(?P<measure>{measures('parts')})(?!\w)", re.I)
_PART_TAGS = {"N", "Nc", "Np", "L", "A"}


def _thing_alone(label: str) -> bool:
    """``label`` names a thing or a sector alone, no measure of it: pyvi's nouns (with their
    determiners and adjectives), several joined by 'và' or a comma ('Màu và Cây CNNN', 'Ngành
    công nghiệp, xây dựng': a sector after the comma may read as a verb)."""
    tagger = _pyvi()
    if tagger is None or not 1 <= _nwords(label) <= 6 or _MEASURE_OF_PARTS.search(label):
        return False
    if re.search(r"[:()\d]|^(?:Số|Tổng|Tỷ lệ|Mức)(?:\s|$)", label, re.IGNORECASE):
        return False
    if re.search(rf"(?<!\w)(?:{_MEASURE_NOUN}|quy mô|công suất)(?!\w)", label, re.IGNORECASE):
        return False  # a measure of its own ('Quy mô' of 'từ 20 ha đến 800 ha')
    tokens, tags = tagger(label)
    if tags[0] not in ("N", "Nc", "Np"):
        return False
    for i, tag in enumerate(tags):
        link = tag in ("C", "F") and tokens[i] in ("và", ",")
        joined = i > 0 and tags[i - 1] in ("C", "F") and tokens[i - 1] in ("và", ",")
        if not (tag in _PART_TAGS or link or (tag == "V" and joined)):
            return False
    return tags[-1] not in ("C", "F")


def _measured_part(label: str, text: str, start: int, unit: str) -> str:
    """A figure named by a thing alone ('Lúa', 'Ngành công nghiệp, xây dựng') in a unit of area,
    weight or money is named by its measure too: the one its sentence, or the line its list
    hangs from, gave the figure before it in that unit ('Thực hiện tổng diện tích gieo trồng 772
    ha, trong đó: + Lúa 507 ha' -> 'Diện tích gieo trồng lúa'; 'giá trị sản xuất ngành nông, lâm,
    thủy sản ước đạt 3.867,7 tỷ đồng, tăng 3,03%; ngành công nghiệp, xây dựng ước 16.370,5 tỷ
    đồng' -> 'Giá trị sản xuất ngành công nghiệp, xây dựng'), else the one the unit implies
    ('Thủy sản đạt 249.762 tấn' -> 'Sản lượng thủy sản'); '' when the label is no such name."""
    if not _thing_alone(label) or re.match(r"(?:Cây|Con)\s+[^\W\d_A-ZĐ]", label):
        # (a crop or a herd opened by its kind word, 'Cây hoa các loại', is named with its act
        # and its kind word dropped where the acts are read, area_of_the_crop)
        return ""
    if ", " in label and not re.match(r"(?:ngành|khu vực|lĩnh vực)\s", label, re.IGNORECASE):
        # things joined by a comma ('Thương mại, dịch vụ') are the last of them to the reader of
        # the parts after 'trong đó' (figures._listed_parts) unless a sector's word opens them:
        # it names them by the whole's measure itself, from the words as written
        return ""
    before = text[_sentence_start(text, start) : start]
    measure = _IMPLIED_MEASURE[unit]
    number = rf"\d[\d.,]*\s*{re.escape(unit)}(?!\w)"
    for m in reversed(list(_MEASURE_OF_PARTS.finditer(before))):
        if re.match(rf"[^;.\d]{{0,60}}?{number}", before[m.end() :]):
            measure = m["measure"]
            break
    if not measure:
        return ""
    # (the sector's 'ngành' dropped after a measure: 'Giá trị sản xuất công nghiệp, xây dựng')
    thing = re.sub(r"^ngành\s+(?=\S)", "", _lower_first(label), flags=re.IGNORECASE)
    named = f"{measure[:1].upper()}{measure[1:].lower()} {thing}"
    return named if _nwords(named) <= SHORT_WORDS else ""


# the topic a clause opens with, before what is said of it ('Về BHXH bắt buộc, tỉnh đã có …',
# 'Đối với thu hút đầu tư, tỉnh … thu hút được …', '; về BHXH tự nguyện có …'), after a
# sentence's start, a colon or a ';'
_CLAUSE_TOPIC = re.compile(
    r"(?:^|[:;]\s*)(?:Về|Đối với)\s+(?P<topic>[^\W\d][^,;:.()\d]{1,40}?)"
    r"(?:\s*,\s+|\s+(?=(?:đã\s+|cũng\s+)?có\s))(?P<rest>[^;:]*)$",
    re.IGNORECASE,
)


def _count_of_topic(label: str, text: str, start: int) -> str:
    """A count named by its noun alone, or with what they did ('Số người tham gia' of 'Về BHXH
    bắt buộc, tỉnh đã có 993.341 người tham gia'; 'Số dự án FDI' of 'Đối với thu hút đầu tư,
    tỉnh Bình Định thu hút được 14 dự án FDI'; 'Số vốn của dự án' of 'Đối với đầu tư trong nước,
    tỉnh thu hút 39 dự án với số vốn trên 10 tỷ đồng'), is named by the topic its clause opens
    with too ('Số người tham gia BHXH bắt buộc'): the count of that topic, not of the whole; ''
    when the label says more already, or the clause opens with no topic."""
    if not label.startswith("Số ") or _nwords(label) > 5:
        return ""
    before = text[_sentence_start(text, start) : start]
    if (m := _CLAUSE_TOPIC.search(before)) is None or not 1 <= _nwords(m["topic"]) <= 5:
        return ""
    # (the framing noun of a field of work dropped: 'công tác đào tạo nghề' is 'đào tạo nghề')
    topic = re.sub(r"^(?:công tác|vấn đề|việc)\s+(?=\S)", "", m["topic"].strip(), flags=re.I)
    topic = _lower_first(topic)
    said = set(label.lower().split())
    if any(w in said or w in ("các", "những") for w in topic.lower().split()):
        return ""  # a topic the label says in part ('Số thu' of 'Về thu ngân sách, …')
    named = f"{label} {topic}"
    return named if _nwords(named) <= SHORT_WORDS else ""


def _share_on_another_base(text: str, start: int, end: int, previous: Found | None) -> str:
    """'thực hiện 13.966 tỷ đồng, đạt 104,24% dự toán Trung ương giao và 85,63% dự toán tỉnh
    giao', 'bằng 96% dự toán năm và 102% so với cùng kỳ': a share joined by 'và' right after a
    share of a result named against its base ('Thu ngân sách nhà nước (so với dự toán)') is the
    same result's share against the base said after it ('Thu ngân sách nhà nước (so với dự toán
    tỉnh giao)'), not a share of the first base; '' otherwise."""
    if previous is None or previous.unit != "%":
        return ""
    named = re.fullmatch(r"(?P<subject>.+?) \(so với [^()]+\)", previous.label)
    if named is None or not re.fullmatch(
        r"\s*[^\W\d][^\d;.,:()]{1,40}?\s+và\s+", text[previous.span[1] : start]
    ):
        return ""
    base = re.match(
        r"\s*(?:so(?:\s+với)?\s+)?([^\W\d][^\d;.,:()]{1,40}?)\s*(?=[;.,:()]|$)", text[end:]
    )
    if base is None or re.search(r"\s(?:và|của|để|nhằm)\s", f" {base[1]} "):
        return ""
    said = f"(so với {base[1].strip()})"
    return f"{fit(named['subject'], LABEL_WORDS - _nwords(said))} {said}"


def _change_in_bracket(label: str, text: str, start: int, previous: Found | None) -> str:
    """'Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành,
    tăng từ 12,5 đến 13,5%/năm)': a bare change in a bracket opened right after a figure, after
    at most how that figure is valued or counted ('theo giá hiện hành,'), is the change of that
    figure ('Vốn đầu tư phát triển toàn xã hội tăng'); '' otherwise."""
    verb = re.fullmatch(
        r"(?:theo\s+[^,;()\d]{2,40},\s*)?((?:tăng|giảm)(?:\s+bình quân)?)"
        r"(?:\s+(?:từ|khoảng|trên|hơn|gần))?",
        label.strip(),
        re.IGNORECASE,
    )
    if verb is None or previous is None or previous.unit in (None, "%", "%/năm"):
        return ""
    if not re.fullmatch(r"\s*\([^()\d]*", text[previous.span[1] : start]):
        return ""
    subject = subject_of(previous.label)
    if _nwords(subject) < 2:
        return ""
    change = verb[1].lower()
    return f"{fit(subject, LABEL_WORDS - _nwords(change))} {change}"


# "… 200 tỷ đồng để kịp thời khắc phục hậu quả …": the purpose a sum is for, its manner dropped
_PURPOSE = re.compile(
    r"\s*(?:để|nhằm)\s+(?:(?:kịp thời|nhanh chóng|sớm|tiếp tục)\s+)?([^\W\d][^,;.:()\d]{4,80})"
)


def _sum_for_a_purpose(label: str, text: str, end: int) -> str:
    """'6. Về đề nghị hỗ trợ khoảng 200 tỷ đồng để kịp thời khắc phục hậu quả sau cơn bão số 13':
    a sum named only by the acts that ask for or give it (a heading's framing 'Về' dropped), with
    what it is for after it ('để …', 'nhằm …'), is named by those acts and that purpose ('Đề
    nghị hỗ trợ khắc phục hậu quả sau cơn bão'); '' otherwise."""
    tagger = _pyvi()
    acts = re.sub(r"^Về\s+", "", label.strip())
    purpose = _PURPOSE.match(text, end)
    if tagger is None or purpose is None or _nwords(acts) < 2:
        return ""
    if set(tagger(acts)[1]) != {"V"}:
        return ""
    what = purpose[1].strip()
    if _nwords(f"{acts} {what}") > LABEL_WORDS:
        what = re.split(r"\s(?:sau|của|trong|tại|cho|do|ở|theo)\s", what)[0]  # its own act
    return _tidy(fit(f"{acts[:1].upper()}{acts[1:]} {what}", LABEL_WORDS))


def _share_of_figure_before(
    label: str, text: str, start: int, end: int, previous: Found | None
) -> str:
    """A percentage named by nothing but a bare rate word or a bare act, right after a figure
    of its sentence (nothing but a comma and those words between), is that figure's share:
    'trong đó có 25.407 phương tiện đạt, tỉ lệ 72,4%' the rate of what the count counts ('Tỷ lệ
    phương tiện đạt'); 'Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%'
    the share of the sum the act reached, named by the act and what the sum measures ('Tỷ lệ
    giải ngân vốn đầu tư công'); '' otherwise."""
    if previous is None or previous.unit in (None, "%", "%/năm"):
        return ""
    if previous.span[0] < _sentence_start(text, start) or re.search(
        r"[;:()]", text[previous.span[1] : start]
    ):
        return ""
    bare = label.strip()
    if re.fullmatch(r"(?i)t[ỷỉ] lệ", bare) and previous.unit not in _MONEY_UNITS:
        what = re.sub(r"^(?:Tổng số|Số)\s+", "", previous.label)
        return fit(f"Tỷ lệ {what[:1].lower()}{what[1:]}", LABEL_WORDS)
    if previous.unit not in _MONEY_UNITS or not re.match(r"\s*(?:[.,;]|$)", text[end:]):
        return ""
    tagger = _pyvi()
    if tagger is None or not bare:
        return ""
    # the act alone, read with what says when it was done ('Đã giải ngân': pyvi reads 'giải
    # ngân' alone as a noun)
    tokens, tags = tagger(bare)
    while tags[:1] == ["R"]:
        tokens, tags = tokens[1:], tags[1:]
    act = " ".join(tokens).replace("_", " ")
    if not tags or set(tags) != {"V"} or act.lower() in _NO_SHARE_VERBS:
        return ""
    if re.match(r"(?:tăng|giảm)(?:\s|$)", act, re.IGNORECASE):
        return ""  # 'tăng trưởng 12%': a change of the figure, not a share of it
    measure = re.sub(
        r"^(?:tổng\s+)?(?:(?:số|kế hoạch|dự toán)\s+)*", "", subject_of(previous.label), flags=re.I
    )
    if _nwords(measure) < 2:
        return ""
    return _tidy(fit(f"Tỷ lệ {act.lower()} {measure[:1].lower()}{measure[1:]}", LABEL_WORDS))


# a count of things that opens a bracket of its parts: its number, its noun phrase, the bracket
_WHOLE_BEFORE = re.compile(r"(?<![\d.,])\d[\d.]*\s+(?P<phrase>[^\W\d][^,;:.()\d]{2,80}?)\s*\($")


def _said_of_whole(text: str, start: int, unit: str | None) -> str:
    """'37 trường học đạt chuẩn quốc gia (13 trường mầm non, 12 trường tiểu học, …)': counts of
    one kind of thing in a bracket right after a count of its kind are its parts, and what is
    said of the whole after its noun ('đạt chuẩn quốc gia') is said of each ('Số trường mầm non
    đạt chuẩn quốc gia'); '' when the count is not such a part."""
    bracket = text.rfind("(", 0, start)
    if bracket < 0 or text.rfind(")", 0, start) > bracket:
        return ""
    inside = text[bracket + 1 : start]
    # the first part, or one after a comma or 'và' that follows another part
    if inside.strip() and not re.search(r"(?:,|\svà)\s*$", inside):
        return ""
    whole = _WHOLE_BEFORE.search(text, max(0, bracket - 120), bracket + 1)
    if whole is None:
        return ""
    phrase = whole["phrase"].strip()
    kind = (unit or "").split()[0]
    tagger = _pyvi()
    if not phrase.startswith(f"{kind} ") or tagger is None:
        return ""
    # what is said of the whole: from the first verb after its noun ('… công lập (…)', a kind
    # of the whole and no act said of it, says nothing)
    tokens, tags = tagger(phrase)
    act = next((k for k, t in enumerate(tags) if t == "V"), 0)
    said = " ".join(tokens[act:]).replace("_", " ") if act else ""
    if not said[:1].islower() or _nwords(said) > 6:
        return ""
    own = re.match(rf"[\d.,\s]*{re.escape(unit or '')}\s+([^,;()]*)", text[start : start + 80])
    if own and own[1].strip() and tagger(own[1])[1][:1] == ["V"]:
        return ""  # '(3 xã đạt chuẩn nâng cao, …)': a part with its own act
    return said


# what a count of its kinds is joined to ('13 bộ, cơ quan Trung ương và 21 địa phương có …'):
# its kinds after a comma, 'và', the next count, the rest of the clause
_JOINED_COUNT = re.compile(
    r"\s*(?P<kinds>(?:,\s*[^\W\d][^,;.()\d:]{0,25}?)*)\s+và\s+"
    r"(?:(?:khoảng|trên|hơn|gần)\s+)?\d[\d.,/]*\s+(?P<rest>[^,;.\d]*)"
)


def _said_of_joined_counts(text: str, end: int, unit: str) -> str:
    """'có 13 bộ, cơ quan Trung ương và 21 địa phương có tỷ lệ giải ngân …', 'có 12 xã, thị trấn
    và 35 thôn đạt chuẩn nông thôn mới': a count with nothing of its own after its noun but more
    kinds, joined by 'và' to a count of another kind, is of its kinds and of what is said of both
    after the second ('Số xã, thị trấn đạt chuẩn nông thôn mới'; without 'Số' when that alone
    makes it fit), not of the words before it; '' when no act follows the second count."""
    clause = re.sub(r"\s*\([^()]*\)", "", re.split(r"[;.](?:\s|$)", text[end:], maxsplit=1)[0])
    joined = _JOINED_COUNT.match(clause)
    tagger = _pyvi()
    if joined is None or tagger is None:
        return ""
    tokens, tags = tagger(joined["rest"])
    act = next((k for k, t in enumerate(tags) if t == "V" and k > 0), None)
    if act is None:
        return ""
    said = " ".join(tokens[act:]).replace("_", " ")
    # what is said, up to a time, a place or the figure it reaches ('đến hết tháng 10/2020 đạt')
    said = re.split(r"\s(?:đến|trong|tại|từ|đạt|trên|dưới|khoảng)(?:\s|$)", f"{said} ")[0].strip()
    said = _CLOSING_WORDS.sub("", said)
    if _nwords(said) < 2:
        return ""
    kinds = re.sub(r"\s+", " ", joined["kinds"]).rstrip()
    named = f"Số {unit}{kinds} {said}"
    if _nwords(named) > LABEL_WORDS:
        named = f"{unit[:1].upper()}{unit[1:]}{kinds} {said}"
    return fit(named, LABEL_WORDS) if _nwords(named) > LABEL_WORDS else named


def _label_of(
    text: str,
    start: int,
    end: int,
    prev_end: int,
    unit: str | None,
    previous: Found | None,
    counted: bool = False,
) -> tuple[str, list[str]]:
    """`_label` before what a whole says of its parts."""
    if target := _bracket_target(text, start, previous, unit):
        return target, [N_("label borrowed from the figure before it")]
    if unit in _MONEY_UNITS and (money := _sum_of_count(text, start, previous)):
        return money, [N_("label borrowed from the figure before it")]
    head = _without_references(text[prev_end:start])
    parallel = False
    if (
        previous is not None
        and (said := re.match(r"\s*(?!và\s)[^\W\d][^,;.()\d:]*,\s", head))
        and not re.search(r"[.;!?](?:\s|$)|\(\d+\)", head)
    ):
        # "chiếm 12 - 15% đất xây dựng đô thị, giai đoạn đến năm 2030 chiếm 18 - 20%": what
        # the previous number measured, then this one's clause
        head = head[said.end() :]
        parallel = True
    close = head.rfind(")")
    if close >= 0 and "(" not in head[:close]:
        head = head[close + 1 :]  # "(vượt 6,05% so với chỉ tiêu ...) và 57,64%"
    # "… so cùng kỳ.Giá trị dịch vụ vận tải 8.120 triệu đồng": a period written without its
    # space still ends a sentence (not 'TP.HCM': an upper-case letter before it)
    glued = [
        g.end()
        for g in re.finditer(r"\.(?=[^\W\d_])", head)
        if head[g.end()].isupper() and (g.start() == 0 or not head[g.start() - 1].isupper())
    ]
    if glued:
        head = head[glued[-1] :]
    # "giá trị sản xuất đến năm 2030 so với năm 2025 tăng 25,4%": a base written before the
    # change is no boundary of the subject ('với' otherwise cuts it)
    head = _BASE_BEFORE_CHANGE.sub("", head)
    while True:
        # ('Tối thiểu 80% doanh nghiệp …', 'đưa tỷ lệ … lên tối thiểu 80%': a qualifier of the
        # number is never its label)
        stripped = _QUALIFIER.sub("", _VERBS.sub("", head.rstrip(" :")))
        if stripped == head:
            break
        head = stripped
    cut = 0
    links = [m.span() for m in _LINK.finditer(head)]
    for b in _BOUNDARY.finditer(head):
        if any(start < b.start() and b.end() < end for start, end in links):
            continue  # 'Cùng với đó, số thu đạt …': a link to what came before, no boundary
        cut = b.end()
    open_paren = head.rfind("(", cut)
    if open_paren > head.rfind(")"):
        cut = open_paren + 1
    if _SUBORDINATE.search(head, cut) and (main := list(_MAIN_CLAUSE.finditer(head, cut))):
        cut = main[-1].end()  # 'Mặc dù bị ảnh hưởng … nhưng Công ty … đã nộp ngân sách'
    label = _LEADING.sub("", head[cut:]).strip(" ,:-–")
    label = _CONCESSIVE.sub("", label)  # 'Mặc dù lũy kế kim ngạch … đạt 1,4 tỷ USD'
    if (
        (source := _SOURCE_OPENING.match(label))
        and _nwords(label[source.end() :]) >= 2
        and not (
            re.fullmatch(r"(?:hiện nay|hiện|đến nay|nay)", label[source.end() :].strip(), re.I)
        )
    ):
        label = label[source.end() :]  # 'Theo chỉ đạo của …, hiện nay 100% các bộ …'
    label = _DECIDED.sub("", label) if _nwords(_DECIDED.sub("", label)) >= 2 else label
    if not compact(label) and (own_head := _RUN_IN_OWN.search(head)) and not compact(own_head[2]):
        # "…; Tỷ lệ trẻ em suy dinh dưỡng: ước thực hiện 12%": the words before the colon of
        # its own clause name it, not the sentence's opening
        label = own_head[1].strip()
    if (such := _SUCH_AS.search(label)) and _nwords(label[such.end() :]) >= 2:
        # "các nhiệm vụ, chỉ tiêu chủ yếu như tốc độ tăng trưởng giá trị sản xuất … đạt 15%":
        # the measure given as an example names the figure, not the kind it is an example of
        label = label[such.end() :]
    if (items := _LIST_OPENS.search(label)) and _nwords(label[items.end() :]) >= 2:
        # "còn 02 chỉ tiêu chưa đạt gồm Doanh thu dịch vụ vận tải 412 tỷ đồng": the item, not
        # the words that announced the list
        label = label[items.end() :]
    if (
        unit == "%"
        and text[prev_end:start].rstrip().endswith(":")
        and (shared := _long_tail(text, end))
        and _nwords(shared) >= 2
        and (tagger := _pyvi()) is not None
        and tagger(shared)[1][0] in ("N", "Nc")
    ):
        # "Y tế: 95% trạm y tế xã đạt chuẩn quốc gia": a share of what follows, not the head
        return _tidy(f"Tỷ lệ {compact(shared)}"), [
            N_("label taken from the words after the percentage")
        ]
    if (
        unit == "%"
        and previous is not None
        and previous.span[0] >= _sentence_start(text, start)
        and re.fullmatch(
            r"\s*(?:[^\W\d][^\d;.:()]{0,60})?[\s,]*(?:tương đương|tương ứng)(?:\s+với)?"
            r"(?:\s+(?:gần|khoảng|trên|hơn))?\s*",
            text[prev_end:start],
        )
    ):
        # ('tổ chức 266 đại hội …, tương ứng với gần 50% tổng số tổ chức …': said alike)
        # "là 234.800.000 triệu đồng, tương đương 3,44% tổng sản phẩm trong nước": the figure
        # before, as a share of what follows
        subject = subject_of(previous.label)
        raw_of = _long_tail(text, end)
        of = compact(raw_of) if raw_of[:1].isalpha() else ""
        at = text.find(raw_of, end) + len(raw_of) if raw_of else end
        if of and (short := re.match(r"\s*\(([A-Z]{2,6})\)", text[at:])):
            of = short.group(1)  # "tổng sản phẩm trong nước (GDP)": its short name
        if previous.unit not in (None, "%", "%/năm", *_MONEY_UNITS):
            # a count as a share of a count: of the things counted ('tổng số tổ chức Đoàn cơ
            # sở' -> 'tổ chức Đoàn cơ sở'), the count named without its 'Số'
            of = re.sub(r"^(?:tổng số|số)\s+", "", of.rstrip("…. "))
            subject = re.sub(r"^(?:Tổng số|Số)\s+(?=\w)", "", subject)
            if not of:
                # '320/411 xã đạt chuẩn NTM, tương đương 77,86%': the rate of what is counted
                return fit(f"Tỷ lệ {subject[:1].lower()}{subject[1:]}", LABEL_WORDS), [
                    N_("label of the figure before, as a share")
                ]
            subject = subject[:1].upper() + subject[1:]
        share = f"so với {of}" if of else "(tương đương)"
        return f"{fit(subject, LABEL_WORDS - _nwords(share))} {share}", [
            N_("label of the figure before, as a share")
        ]
    if unit not in (None, "%") and (of := _count_of_share(text, start, unit)):
        return of, [N_("label of the percentage before the bracket")]
    if unit == "%" and (own_name := _named_in_run(text, start, end)):
        return own_name, [N_("label taken from the words before the bracket")]
    if unit == "%" and (said_of := _share_said_of(text, start, end, prev_end)):
        return said_of, [N_("label taken from the words after the percentage")]
    if unit == "%" and (named := _bracket_subject(text, start, end, previous)):
        return named, [N_("label taken from the words before the bracket")]
    if unit == "%" and (shared_act := _act_shared_by_share(text, start, end, previous)):
        return shared_act, [N_("label made of the verb and what follows the number")]
    if unit == "%" and (acted := _acted_share(label, text, end)):
        return acted, [N_("label made of the verb and what follows the number")]
    if unit == "%" and (share := _share_of(text, start, end, prev_end)):
        return share, [N_("label taken from the words after the percentage")]
    if verb := re.search(r"(?:^|\s)và (tăng|giảm)$", label):
        label = verb.group(1)
    if previous is not None and (own := _AFTER_THE_BASE.match(text[prev_end:start])):
        # "tăng 2,4% so với tháng trước và luân chuyển 20,4 tỷ lượt khách.km": the base closes
        # the change before; 'và' opens this figure's own measure ('Luân chuyển'), not 'Tháng
        # trước và luân chuyển' ('với' cut the words at the base)
        label = own["own"]
    if (
        previous is not None
        and previous.span[1] == prev_end
        and (
            joined := re.search(
                rf"\svà\s+(?=(?:{_MEASURE_NOUN}|nguồn|quỹ|kinh phí)\s)", label, re.I
            )
        )
        and _nwords(label[joined.end() :]) >= 2
        # what comes before 'và' goes on with the figure before (an act: 'vay phát triển …'),
        # not a name of two measures ('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ')
        and (tagger := _pyvi()) is not None
        and tagger(label[: joined.start()])[1][:1] == ["V"]
    ):
        # "… cho 10 hội viên vay phát triển chăn nuôi và vốn Quỹ hỗ trợ nông dân huyện 100 triệu
        # đồng": 'và' joins this figure's own measure to the clause of the figure before
        label = label[joined.end() :]
    if len(label) > 50 and ", " in label:
        pieces = label.split(", ")
        # ('Tình hình kinh tế - xã hội cơ bản ổn định, giá trị sản xuất CN-TTCN đạt khá, lũy kế
        # đến nay ước trên 12 tỷ …': the last clause a measure opens, with what follows it, not
        # only a measure that opens the very last clause)
        heads = [i for i in range(1, len(pieces)) if pieces[i].lower().startswith(_HEAD_WORDS)]
        if (
            heads
            and heads[-1] < len(pieces) - 1
            and (said := _PREDICATE_CUT.search(pieces[heads[-1]]))
        ):
            # (the measure said with its verb, 'đạt khá', in a clause of its own: the clauses
            # after go on with it)
            label = pieces[heads[-1]][: said.start()]
        elif heads:
            label = ", ".join(pieces[heads[-1] :])
    review: list[str] = []
    after = text[end:]
    if said := _TIME_AFTER.match(after):
        after = after[said.end() :]  # "10.000 tấn/năm vào năm 2015": a time, not what it counts
    after = after.lstrip()
    if unit and (whole := re.match(rf"/\s*[\d.,]+\s*{re.escape(unit)}(?=[\s,])", after)):
        after = after[whole.end() :].lstrip()  # "319,59/428,39 ha cụm công nghiệp"
    if unit in _PLACE_UNITS and (kinds := _MORE_KINDS.match(after)):
        after = after[kinds.end() :].lstrip()  # "8/11 huyện, thành phố triển khai …"
    tail_m = _COUNT_TAIL.match(after)
    tail = tail_m.group(0).strip() if tail_m else ""
    if tail_m and (graded := _GRADED.match(after, tail_m.end())):
        # "10 sản phẩm … đạt 3 sao, 01 sản phẩm đạt 4 sao": the grade tells the counts apart
        tail = f"{tail} {graded.group(0).strip()}".strip()
    elif tail_m:
        tail = aged_tail(tail, after, tail_m.end())
    tail = re.sub(r"^/\s*\d+\s+\S+\s*", "", tail)  # "320/411 xã đạt chuẩn": not "/411 xã"
    # "vận động hơn 22 tỷ đồng giúp hơn 11 nghìn hội viên": words cut off by the next number are
    # that number's, not this one's object
    own_tail = "" if tail_m and re.match(r"\s*\d", after[tail_m.end() :]) else tail
    # "đề ra 15 chỉ tiêu chủ yếu: Tốc độ …", "còn 04 chỉ tiêu chưa đạt gồm Tỷ lệ …": what a colon
    # or 'gồm' opens is the list the count announces, not what it counts
    # (a colon that ends the words is the run-in head of the next figure: left as it was)
    tail = re.split(r"\s*:\s+(?=\S)|\s(?:gồm|bao gồm)\s+(?=[A-ZĐ])", tail)[0].strip()
    # "đạt và vượt kế hoạch đề ra": the plan is the plan, whoever set it
    tail = re.sub(r"(?<=kế hoạch|chỉ tiêu|mục tiêu)\s+(?:đã\s+)?(?:đề ra|giao)$", "", tail)
    if re.match(r"so(?:\s+với)?(?:\s|$)", tail):
        # "tăng 25 xã so năm 2013": the base the count is compared with, not what it counts
        tail = own_tail = ""
    label = compact(label)
    if (
        unit in ("ha", "nghìn ha")
        and (area := re.search(r"\sdiện tích\s+\S", label, re.IGNORECASE))
        and (tagger := _pyvi()) is not None
        and (acts := tagger(label[: area.start()])[1])
        and acts[0] == "V"
        and set(acts) <= {"V", "R", "A", "F", "C"}
    ):
        # "Chăm sóc, bảo vệ tốt diện tích cao su, hiện có là 2.106 ha": only what was done to
        # an area (verbs, and how) opens the words; the area is what the hectares measure
        label = label[area.start() + 1 :]
    counted_as = re.sub(rf"^{_MAGNITUDE}\s+", "", unit or "")
    if (
        not counted
        and unit not in (None, "%", "hạng", *_NOUNS)
        and counted_as not in _COUNTED  # ('2,5 triệu lượt khách': turns, counted as 'lượt')
        and label
        and tail[:1].islower()
        and 2 <= _nwords(tail) <= 8
        and (tagger := _pyvi()) is not None
        and set(tagger(label)[1]) == {"V"}
        and (
            tagger(tail)[1][0] == "N"
            # pyvi's compound tagged as a verb before a noun ('tinh_quặng chì'), read alone
            or tagger(tagger(tail)[0][0].replace("_", " "))[1] == ["N"]
        )
    ):
        # "Duy trì mức 50-100 nghìn tấn quặng sắt cục xuất khẩu/năm": a bare act before the
        # measure, what is measured after it
        named = _tidy(compact(tail))
        return named[:1].upper() + named[1:], [N_("label taken from the words after the number")]
    if (
        counted_as != unit
        and counted_as in _COUNTED
        and len(counted_as.split()) >= 2
        and tail[:1].islower()
        and 1 <= _nwords(tail) <= 4
        and not re.match(r"(?:đạt|tăng|giảm|vượt|bằng|so|chiếm|là|có|được|trở|đến|năm)\b", tail)
    ):
        # "thu hút 2,5 triệu lượt khách du lịch": what the magnitude counts, and its kind
        return _tidy(f"{counted_as[:1].upper()}{counted_as[1:]} {tail}"), []
    if counted_as in _COUNTED and len(counted_as.split()) >= 2 and not tail[:1].islower():
        counts = f"{counted_as[:1].upper()}{counted_as[1:]}"
        if (
            label
            # (a magnitude of what is counted, or turns of visitors however many)
            and (counted_as != unit or counted_as.startswith("lượt "))
            and _nwords(label) <= 3
            and (tagger := _pyvi()) is not None
            and set(tagger(label)[1]) == {"V"}
        ):
            # 'Đón 850 nghìn lượt khách', 'thu hút gần 8,1 triệu lượt khách, đạt …': what is
            # counted, and the bare act done to them before it
            return f"{counts} được {label[:1].lower()}{label[1:]}", []
        if _nwords(label) <= 1 and (
            counted_as != unit or not label and counted_as.startswith("lượt ")
        ):
            # '(trong đó, 131.000 lượt khách, …': nothing before, named by what it counts
            return counts, []
    if (
        (
            _SCOPE_ONLY.fullmatch(label.strip())
            and (counted_as in _NOUNS or counted_as in _COUNTED)
            # ('Đắc Lắc hiện có khoảng 18 nghìn đối tượng chính sách đang hưởng trợ cấp': a
            # place named alone is the whole too, whatever noun is counted)
            or _place_only(label)
            and counted
        )
        and counted_as != unit
        and tail[:1].islower()
        and not re.match(r"(?:đạt|tăng|giảm|vượt|bằng|so|chiếm|là|có|được|trở|đến|năm)\b", tail)
    ):
        # "toàn tỉnh có 735,2 nghìn lao động đang làm việc trong các ngành kinh tế": the whole
        # the count is of names no measure ('Toàn tỉnh'); what the magnitude counts does, as a
        # count written without one is named ('Số lao động đang làm việc …')
        return _tidy(fit(compact(f"Số {counted_as} {tail}"), LABEL_WORDS)), []
    if (
        counted_as == "lượt người"
        and re.search(_FOR_WHOM, text[prev_end:start])
        and (act := _act_for(label))
        and (tagger := _pyvi()) is not None
    ):
        # "khám bệnh cho 1.234 lượt người", "tư vấn pháp luật cho 560 lượt người dân": turns of
        # people an act was done for, named by the act, not by who did it ('Số lượt người bệnh
        # viện khám bệnh') nor by where ('… tại các xã'); the kind of person kept ('dân', 'cao
        # tuổi'), what they did dropped ('tham gia')
        tokens, tags = tagger(tail) if tail[:1].islower() else ([], [])
        whom = 0
        while whom < min(len(tokens), 2) and tags[whom] in ("N", "A"):
            whom += 1
        kind = " ".join(tokens[:whom]).replace("_", " ")
        turns = re.sub(r"\s+", " ", f"Lượt người {kind} được {act}")
        if _nwords(turns) <= SHORT_WORDS:
            return turns, []
    if (
        counted_as == "lượt"
        and tail[:1].islower()
        and not re.match(r"(?:đạt|tăng|giảm|vượt|bằng|so|chiếm|là|có|được|trở|đến|năm)\b", tail)
        and not re.match(r"(?:số|tổng|lượt)\b", label, re.IGNORECASE)
        and (tagger := _pyvi()) is not None
        and (
            tagger(tail)[1][0] in ("N", "Nc")
            # "thực hiện 3,5 triệu lượt khám, chữa bệnh": turns of an act, said by who acted
            or tagger(tail)[1][0] == "V"
            and _nwords(tail) <= 3
            and (_act_on(label) or _AGENT.match(label) or not label)
        )
    ):
        # "huyện đã đón 47.173 lượt du khách đến thăm quan", "các cấp bộ Đoàn đã huy động
        # 1.344.522 lượt thanh niên tình nguyện tham gia xây dựng nông thôn mới": the turns of
        # whom (cut to fit), not who counted them; an act done for them ('điều trị nội trú
        # cho 245.000 lượt bệnh nhân') says which turns
        tagged = set(tagger(tail)[1])
        if (
            (tagged == {"V"} or tagged <= {"N", "Nc"} and _nwords(tail) <= 3)
            and (more := _JOINED.match(after[len(tail) :]))
            and tagger(more[1])[1][:1] == (["V"] if tagged == {"V"} else ["N"])
            and (tagged != {"V"} or _nwords(more[1]) <= 3)
        ):
            # 'khám, chữa bệnh': verbs joined by a comma, one act; 'đoàn viên, thanh niên tham
            # gia …': nouns joined by a comma, one kind of person
            tail = f"{tail}, {more[1]}"
        turns = f"Lượt {compact(tail)}"
        tokens, tags = tagger(tail)
        whom = 0  # the noun phrase of whom ('nhân lực' of 'nhân lực về ứng dụng công nghệ')
        while whom < len(tokens) and tags[whom] in ("N", "Nc", "Np", "Ny", "A"):
            whom += 1
        done_to = whom and (whom == len(tokens) or tags[whom] == "E" or tokens[whom].lower() in _OF)
        if done_to:
            # "tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về …": those the act was done to,
            # when nothing after them says what they did
            turns = f"Lượt {' '.join(tokens[:whom]).replace('_', ' ')}"
        if (
            (
                re.search(r"\scho(?:\s+(?:hơn|gần|khoảng|trên|ít nhất))?\s*$", text[prev_end:start])
                or done_to
            )
            and (act := _one_act(_act_on(label, limit=7, last_clause=True)))
            and _nwords(f"{turns} được {act}") <= LABEL_WORDS
        ):
            turns = f"{turns} được {act}"
        elif done_to:
            turns = f"Lượt {compact(tail)}"
        return _tidy(fit(turns, LABEL_WORDS - 1)), [
            N_("label taken from the words after the number")
        ]
    if (
        not counted
        and unit not in (None, "%", "hạng", *_NOUNS, *_COUNTED)
        and (acted := _tidy(_action(label, own_tail, text[prev_end:start], previous)))
    ):
        note = N_("label made of the verb and what follows the number")
        if re.fullmatch(r"(?:nghìn )?ha", unit or "") and "diện tích" not in acted.lower():
            acted = f"diện tích {acted}"  # "gieo trồng 41,8 nghìn ha": the area sown
        return acted[:1].upper() + acted[1:], [note]
    if (
        unit in _COUNTED
        and unit != "lần"
        and tail
        and (not label or re.match(r"(?:đạt|vượt|hoàn thành|được)(?:\s|$)", tail))
    ):
        # "cả 17/17 chỉ tiêu đạt và vượt mục tiêu": what is said of the count names it
        label = f"Số {unit} {tail}"  # "có 62 lượt người đến trụ sở tiếp dân"
    elif (
        unit
        and (
            unit in _NOUNS or counted or label and unit in _COUNTED and unit not in ("lần", "lượt")
        )
        and unit not in _MEASURES
        and not (label and re.match(r"(?:nghìn|triệu|vạn) ", unit))
    ):
        said_before = label
        if not tail and "/" not in unit and (shared := _said_of_joined_counts(text, end, unit)):
            return shared, []
        last = label.rsplit(", ", 1)[-1].lower()
        said_last = _KIND_OF_PLACE.sub("", last) if unit in ("xã", "trấn") else last
        if unit in said_last or re.search(r"(?:^|\s)số\s(?!\d)", last):
            # ('Theo đánh giá việc thực hiện các chỉ tiêu năm 2023, thị xã có 19 chỉ tiêu …':
            # the count's noun, or 'số' of 'Nghị quyết số 14', said in an earlier clause names
            # nothing of this count)
            pass
        elif tail and (act := _act_on(label)) and (done := _done_to(unit, tail, act)):
            # "hỗ trợ 1.200 hộ nghèo", "xây dựng thêm 80 cửa hàng xăng dầu": what is counted,
            # and what was done to it ('Số hộ nghèo được hỗ trợ')
            label = done
        elif (
            tail
            and (act := _act_on(label))
            and _nwords(tail) <= 5
            and not _SAID_OF.search(tail)
            and len(re.findall(r"\w+", f"Số {unit} {tail} {act}")) <= LABEL_WORDS
        ):
            # "đã triển khai thi công 73 công trình xây dựng cơ bản mới": a name pyvi reads as
            # a verb ('xây dựng cơ bản') goes on with the count; the act follows it
            label = f"Số {unit} {tail} {act}"
        elif (
            not compact(tail)
            and (
                work := re.fullmatch(
                    r"(?:công tác|hoạt động)\s+(.{3,40}?)(?:\s+(?:được|đã|đạt))?", label, re.I
                )
            )
            and _nwords(work.group(1)) <= 4
        ):
            # "Công tác kiểm tra được 1.240 cuộc": the count of the work named before it
            label = f"Số {unit} {work.group(1)}"
        elif (
            label
            and re.search(r"\scho\s*$", text[prev_end:start])
            and (act := _one_act(_act_on(label, limit=7, last_clause=True)))
            and _nwords(f"Số {unit} {compact(tail)} được {act}") <= LABEL_WORDS
        ):
            # "toàn tỉnh đã đào tạo nghề ngắn hạn cho 1.250 lao động", "huyện đã bố trí, sắp xếp
            # nơi ở mới cho 95 hộ dân": those the act was for, and the act
            label = re.sub(r"\s{2,}", " ", f"Số {unit} {compact(tail)} được {act}")
        elif tail or not label:
            label = f"Số {unit} {tail}".replace(" /", "/").strip()
        elif (act := _act_on(label)) and act.lower() != label.lower():
            label = f"Số {unit} {act}"  # "Toàn huyện đã xây dựng mới 06 chợ": 'Số chợ xây dựng mới'
        else:
            label = f"Số {unit} {_lower_first(label)}"
        if (
            (place := _named_agent(said_before))
            and label.startswith(f"Số {unit} ")
            and place.lower() not in label.lower()
            and _nwords(label) + _nwords(place) <= LABEL_WORDS
        ):
            # "xã Tân Lập đã hoàn thành 15 tiêu chí; xã Mỹ Hòa …": the place that did it tells
            # the counts apart ('Số tiêu chí xã Tân Lập hoàn thành')
            label = f"Số {unit} {place} {label[len(f'Số {unit} ') :]}"
    elif (
        not label
        and unit not in (None, "%", "hạng")
        and tail[:1].islower()
        and not re.match(r"(?:giai đoạn|thời kỳ|năm|đến|trong|từ|tại|ở)\b", tail)
        and 2 <= len(compact(tail).split()) <= 6
        and not re.match(r"(?:đạt|tăng|giảm|vượt|bằng|so|chiếm|là|có|được|trở)\b", tail)
    ):
        # "Đến năm 2015 có 1.000 ha cao su được khai thác mủ": what the measure is of
        label = compact(tail)
    elif (
        _COMPARISON_ONLY.fullmatch(label)
        and previous is not None
        and previous.span[0] >= _sentence_start(text, start)
    ):
        # "... là 404 tỷ đồng, so dự toán giao đạt 42%": the subject before, compared
        subject = subject_of(previous.label)
        label = f"{fit(subject, LABEL_WORDS - _nwords(label))} ({label[:1].lower()}{label[1:]})"
        review.append(N_("label borrowed from the figure before it"))
    elif (not label or len(label) < 4 or label.startswith(("ở ", "tại "))) and not (
        # "; ngô 35.000 tấn", "chè 12.000 tấn": a short name is a part, not a word to borrow for
        label.isalpha() and label[:1].islower() and label not in _NOT_COUNTED and len(label) > 1
    ):
        sentence = _sentence_start(text, start)
        long_tail = _long_tail(text, end) if unit == "%" else ""
        if not (long_tail[:1].islower() and compact(long_tail)) or re.match(
            r"so(?: với)?\s", long_tail
        ):
            long_tail = ""  # "tăng 11% so với cùng kỳ, dẫn đầu …": a base, not what is measured
        same_clause = previous is not None and not re.search(r";\s", text[previous.span[1] : start])
        borrow = previous is not None and previous.span[0] >= sentence and same_clause
        of_before = (
            _share_of_the_figure_before(previous, long_tail)
            if long_tail
            and borrow
            and previous is not None
            and previous.unit != "%"
            and _SHARE_LINK.fullmatch(text, previous.span[1], start)
            and not long_tail.startswith("về ")
            and not _PLAN_WHOLE.match(long_tail)
            else ""
        )
        if rate := _PER_PEOPLE.fullmatch(unit or ""):
            # "ngành Y tế đặt ra các chỉ tiêu: …; đạt 29,1 giường bệnh/10.000 dân": a rate per
            # so many people names itself, not after who set it nor after the figure before
            label = f"{rate['what'][:1].upper()}{rate['what'][1:]} trên {rate['per']}"
        elif of_before:
            # "lúa 108.827 ha, đạt 97,2% diện tích gieo trồng", "Diện tích lúa lai đạt 130 ha,
            # chiếm 73,4% tổng diện tích": the share the figure before makes of a whole, named
            # by that figure's subject and the whole, not 'Tỷ lệ diện tích gieo trồng'
            label = of_before
            review.append(N_("label of the figure before, as a share"))
        elif long_tail and not (borrow and (long_tail.startswith("về ") or parallel)):
            label = f"Tỷ lệ {_WHOLE_SCOPE.sub('', long_tail)}"
        elif borrow:
            assert previous is not None
            subject = subject_of(previous.label)
            label = f"{subject} {label}".strip() if len(label) >= 4 else subject
            if long_tail.startswith("về "):  # "81,05% về việc ... và 57,64% về tiền"
                label = f"{fit(label, LABEL_WORDS - len(long_tail.split()))} {long_tail}"
            review.append(N_("label borrowed from the figure before it"))
        elif unit == "%" and compact(tail):
            label = f"Tỷ lệ {_WHOLE_SCOPE.sub('', tail)}"  # ('trên toàn tỉnh': said of them all)
        elif subject := _subject(text, sentence, start):
            label = subject
            review.append(N_("label taken from the subject of the sentence"))
        elif previous is not None:
            label = re.sub(r"\s*\([^)]*\)$", "", previous.label)
            review.append(N_("label borrowed from the figure before it"))
        else:
            return label or "?", [N_("no label before this number; name it")]
    elif (
        unit not in (None, "%", "hạng")
        and own_tail[:1].islower()
        and len(tail.split()) <= 4
        and len(f"{label} {tail}".split()) <= SHORT_WORDS
        and compact(tail) == tail
        and not re.match(r"(?:đạt|tăng|giảm|vượt|bằng|so|chiếm|là|có|được)\b", tail)
    ):
        # "Giải phóng mặt bằng 319,59/428,39 ha cụm công nghiệp": the measure's object
        label = f"{label} {tail}"
    raw = text[prev_end:start].rstrip()
    # "a. Vốn phân bổ cho cấp huyện, xã quản lý: 239.140 triệu đồng": a run-in heading names
    # its figure whole; its commas join the parts of one name
    raw = re.sub(r"^\s*(?:(?:[a-zđ]|\d+|[IVX]+)\s*\.\s*)+", "", raw)  # "a. 2. Vốn ...:"
    run_in = raw.endswith(":") and not re.search(r"[.;!?]\s|:\s", raw[:-1])
    one_name = (
        _nwords(label) <= LABEL_WORDS
        and re.match(rf"{_MEASURE_NOUN}\s", label, re.IGNORECASE) is not None
        and label.count(", ") == 1
        and not re.match(rf"{_MEASURE_NOUN}\s", label.rsplit(", ", 1)[1], re.IGNORECASE)
        and _nwords(label.split(", ")[0]) >= 3
    )
    if per_unit := _PER_UNIT.match(label):
        # "Giá trị sản phẩm nông, lâm nghiệp và thủy sản trên 1 ha đất sản xuất nông nghiệp, đất
        # nuôi trồng thủy sản": a per_what per unit of land or of people is one name, its commas
        # listing kinds (of the products, of the land): the per_what, per what, and the first kind
        of = re.sub(r"\s+(?:bình quân|trung bình)$", "", per_unit["of"].split(", ")[0].strip())
        per_what = f"{per_unit['head']}{per_unit['kinds']} trên 1 {per_unit['per']}"
        if _nwords(f"{per_what} {of}") > LABEL_WORDS:
            per_what = (
                f"{per_unit['head']} trên 1 {per_unit['per']}"  # the kinds go before the land
            )
        room = LABEL_WORDS - _nwords(per_what)
        label = f"{per_what} {fit(of, room) if room > 0 and of else ''}".strip()
    elif len(label.split()) > SHORT_WORDS and ", " in label and not run_in and not one_name:
        # ('Tỷ trọng công nghiệp chế biến, chế tạo trong GDP' is one name: a measure whose
        # comma joins two words of its object, kept whole)
        # the nearest noun phrase: the last comma piece of a long run of words
        last = label.rsplit(", ", 1)[1]
        if last.count(")") > last.count("("):
            # a comma inside a bracket ("(thành phố Việt Trì, huyện Phù Ninh)"): the words
            # around the bracket, not a piece of it
            label = re.sub(r"\s*\([^()]*\)", "", label)
            last = label.rsplit(", ", 1)[-1]
        first = _FRAMING.sub("", label.split(", ")[0]).strip()
        measured = re.match(
            rf"(?:{_MEASURE_NOUN}|nhu cầu)(?:\s+[^\W\d]+){{2,}}", first, re.IGNORECASE
        )
        tagger = _pyvi()
        acts = label.split(", ")[1:]
        if (
            measured
            and not re.match(r"(?:tổng thể|số)\s", first, re.IGNORECASE)
            and tagger is not None
            and all(list(tagger(a)[1][:1]) == ["V"] for a in acts)
        ):
            # "Dự kiến tổng nhu cầu vốn đầu tư phát triển thăm dò, khai thác, chế biến khoáng
            # sản …": the measure opens the run and the commas list what it is for; named by
            # the measure, not by the last act ('Chế biến khoáng sản …')
            noun = re.match(rf"{_MEASURE_NOUN}\s+", first, re.IGNORECASE)
            if noun and set(tagger(first[noun.end() :])[1]) == {"V"}:
                # "Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt …": a rate of acts alone, the
                # acts sharing the object after the last: the acts and that object, cut to fit
                rest = fit(label[noun.end() :], LABEL_WORDS - _nwords(noun[0]))
                label = f"{noun[0]}{rest}".rstrip(",")
            else:
                label = fit(first[:1].upper() + first[1:], SHORT_WORDS)
        elif (
            tagger is not None
            and re.match(rf"(?:{_MEASURE_NOUN}|khu vực|ngành|lĩnh vực)\s", first, re.IGNORECASE)
            and all(
                # (the last kind may go on with what is said of them all: 'cá nhân sử dụng dịch
                # vụ' of 'Tỷ lệ hộ gia đình, cá nhân sử dụng dịch vụ')
                _nwords(a) <= (6 if k == label.count(", ") else 4)
                and {"N", "Nc", "Np"} & set(tagger(a)[1][:1])
                for k, a in enumerate(label.split(", ")[1:], start=1)
            )
        ):
            # "Tỷ lệ nữ trưởng khoa/phó trưởng khoa bệnh viện, trung tâm y tế", "khu vực nông,
            # lâm nghiệp, thủy sản", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực": a measure
            # (or a sector) whose commas list the kinds of its object is one name, cut to fit
            # rather than named by its last kind
            label = _tidy(label)
        elif (
            tagger is not None
            and tagger(first)[1][:1] == ["V"]
            and (
                tagger(last)[1][:1] in (["N"], ["Nc"])
                # ('đào tạo có bằng cấp, chứng chỉ, chứng nhận đạt': a listed object pyvi reads
                # as a verb last, the one before it a noun)
                or len(acts) >= 2
                and tagger(acts[-2])[1] in (["N"], ["Nc"])
                and "N" in tagger(first)[1]
            )
            and not re.match(rf"{_MEASURE_NOUN}\s", last, re.IGNORECASE)
        ):
            # "sản xuất và phân phối điện, khí đốt, nước nóng và điều hòa không khí": an act
            # opens the run and the commas list its objects; named by the act and its first
            # objects, not by the last object ('Nước nóng và điều hòa không khí')
            label = fit(label, SHORT_WORDS).rstrip(",")
        elif len(label.split()) > SHORT_WORDS and len(last.split()) >= 3:
            label = last
    if unit in ("ha", "nghìn ha") and _bare_noun(label):
        # "rau các loại 17.405 ha", "; ngô 10.724 ha": a crop or a kind of land measured in
        # hectares is named by its area ('Diện tích rau các loại')
        label = f"Diện tích {label[:1].lower()}{label[1:]}"
    if (
        previous is not None
        and previous.unit == unit
        and unit not in (None, "%")
        and re.fullmatch(r"\s*,\s*[^\W\d][^,;.()\d:]{0,30}", text[previous.span[1] : start])
        and 1 <= _nwords(label) <= 3
        and not re.match(rf"{_MEASURE_NOUN}\s", label, re.IGNORECASE)
        and (measure := _MEASURE_HEAD.match(subject_of(previous.label)))
        and 1 <= _nwords(previous.label[measure.end() :]) <= 3
    ):
        # "Tổng kim ngạch xuất khẩu đạt 410 triệu USD, nhập khẩu 125 triệu USD": a sibling in
        # the same unit is measured as the figure before it ('Kim ngạch nhập khẩu')
        label = f"{measure.group(1).capitalize()} {_lower_first(label)}"
    prefix = _list_head(text, prev_end, start)
    if (
        previous is not None
        and unit != "%"  # (a rate said alike is read as a share of the figure before, above)
        and (
            same := re.fullmatch(
                r"(?:tương ứng|tương đương)(?:\s+với)?(?:\s+(?P<verb>tăng|giảm))?",
                label.strip(),
                re.I,
            )
        )
    ):
        # "giảm 15,07% (tương ứng giảm 1.510 ha)": the change of the figure before said in
        # another unit, named by what changed ('Mức giảm diện tích cây lúa xuống giống'), not
        # by the words that tie them ('Cây lúa: tương ứng giảm')
        before = re.search(r"(tăng|giảm)\s*$", text[prev_end:start])
        changed = same["verb"] or (before[1] if before else "")
        subject = re.sub(r"\s+(?:tăng|giảm)$", "", previous.label)
        if changed and _nwords(subject) + 2 <= LABEL_WORDS:
            # (the change in the unit of what changed: 'Mức giảm diện tích …', a noun phrase
            # no tidying cuts back to the subject alone)
            label = f"Mức {changed} {_lower_first(subject)}"
        else:
            label = previous.label
        prefix = ""
    if (
        prefix
        and unit in ("ha", "nghìn ha")
        and (scoped := _SCOPE_AGENT.match(label))
        and _bare_noun(prefix)
        and 1 <= _nwords(act := scoped.group("verb").strip(" ,;:")) <= 4
        and not _SAID_OF.search(act)
    ):
        # "Cây lúa: … Toàn tỉnh đã xuống giống ước tính được 8.510 ha": hectares under the run-in
        # head of a crop, whose clause says only who acted and the act, are the crop's area the
        # act was done on ('Diện tích cây lúa xuống giống'), not 'Cây lúa: toàn tỉnh đã …'
        label = f"Diện tích {_lower_first(prefix)} {act}"
    elif prefix and not _names_head(label, prefix):
        label = _headed(prefix, label)
    label = _tidy(label)
    if len(label) > 90:
        label = label[:90].rsplit(" ", 1)[0]
        review.append(N_("label shortened"))
    return label[:1].upper() + label[1:], review


SHORT_WORDS = 8
"""A label longer than this is cut back to its nearest noun phrase."""

# the next comma piece of a count's words, when it goes on with them ('khám, chữa bệnh')
_JOINED = re.compile(r",\s*([^\W\d][^,;.()]{0,60}?)(?=\s*[,;.(]|$)")

# prepositions pyvi may tag as verbs ('nhân_lực về/V ứng_dụng')
_OF = {"về", "cho", "tại", "ở", "trong", "của", "từ", "theo"}

# words that qualify the number after them, never what it measures
# ('lên tối thiểu', 'xuống mức'; 'Tối thiểu' alone at the head of its clause; but 'công suất tối
# thiểu là', 'vay tối đa' name what is bounded and stay, and 'từ 10 tiêu chí trở lên' is a bound)
_QUALIFIER = re.compile(
    r"(?:(?<!trở)\s|^)(?:lên|xuống)(?:\s+mức)?(?:\s+(?:tối thiểu|tối đa))?\s*$"
    r"|(?:^|(?<=[\n.;:!?\-–+•(]))\s*(?:[Tt]ối thiểu|[Tt]ối đa)\s*$"
)

# a count per so many people ('giường bệnh/10.000 dân', 'bác sĩ/vạn dân'): a rate, named by itself
_PER_PEOPLE = re.compile(
    r"(?P<what>[^\W\d][^/\d]*?)\s*/\s*"
    r"(?P<per>(?:[\d.,]+|vạn|nghìn|triệu)\s*(?:dân|người|dân số)\w*)"
)

# a measure per unit of land or of people ('giá trị sản phẩm thu được trên 01 ha đất trồng trọt')
_PER_UNIT = re.compile(
    r"^(?P<head>(?i:giá trị sản phẩm|giá trị sản xuất|thu nhập|doanh thu|lợi nhuận|sản lượng))"
    r"(?P<kinds>[^\d;:()]{0,60}?)\s+(?:trên|/)\s*0?1\s+(?P<per>ha|hécta|héc ta|hộ|người|lao động)"
    r"(?P<of>(?:\s+[^\W\d][^\d;:()]{0,60})?)$"
)
# a period said before a sentence's subject, with the word that places it ('Trong quí I-2018',
# 'Đến hết năm 2022', '6 tháng đầu năm nay', 'Quý I/2023', 'giai đoạn 2016 - 2020'): what opens
# a sentence before its subject (_OPENERS) and a label's framing (_FRAMING) alike
_PERIOD_OPENING = (
    r"(?:(?:trong|đến hết|đến|tính đến hết|tính đến|vào|từ|sau|trong cả|hết|cuối)\s+)?"
    r"(?:(?:năm|quý|quí|tháng)\s*[\dIVX]+(?:\s*[-/]\s*\d{4})?(?:\s+năm\s+\d{4})?"
    r"|\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+(?:năm\s+)?\d{4})?"
    r"|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|năm nay)"
    r"(?:\s+(?:nay|này|qua|vừa qua))?"
)
# framing words before the subject, and the verbs, comparisons and periods around a figure:
# none of them is what the number measures
_FRAMING = re.compile(
    # a link to the sentence before ('Cùng với đó, số thu đạt …', 'Tuy vậy, số lượng này …',
    # 'Thực tế, công tác dân số …'), as a sentence opens with it: no word of what the figure
    # measures
    rf"^(?:(?:{alternation(w[:1].upper() + w[1:] for w in LINKING_WORDS)}|"
    r"Dự kiến|Theo [^,]{0,60}|"
    r"Trong (?:thời kỳ|giai đoạn|năm)[^,]{0,30}|Tính đến[^,]{0,30}|Đến nay|Hiện nay|"
    # (with the year it sums: 'Tính chung cả năm 2023, khách quốc tế …')
    r"Tính chung(?: cả năm| \d{1,2} tháng(?: đầu năm)?)?(?: (?:năm )?\d{4})?|"
    r"(?:Đến )?[Nn]ăm \d{4}|"
    # a quarter, a month, months of a year opening the sentence ('Quý I/2023, sản xuất …')
    r"Quý [IV]+(?:/\d{4}| năm \d{4})?|Tháng \d{1,2}(?:/\d{4})?|\d{1,2} tháng(?: đầu năm)?"
    r"(?: (?:năm )?\d{4})?|Năm nay|"
    # any period that opens the sentence, as a sentence's subject is found past it (_OPENERS:
    # '6 tháng đầu năm nay,', 'Trong quí I-2018,', 'Giai đoạn 2016 - 2020,')
    rf"(?i:{_PERIOD_OPENING})),\s*"
    # the breakdown a list of parts follows ('Phân theo khu vực: khu vực dịch vụ tăng 3,84%',
    # 'Chia theo khu vực kinh tế, khu vực …'): how the parts are told apart, none of them
    r"|(?:Phân|Chia) theo [^,:;()\d]{1,40}[,:]\s*"
    # a connective written without its comma ('Theo đó tổng sản phẩm trong tỉnh (GRDP) …'):
    # of LINKING_WORDS, those that are no word of a subject even so ('Thực tế', 'Đặc biệt',
    # 'Như vậy' with no comma may open what is said: 'thực tế' actual, 'đặc biệt' special)
    r"|(?:Theo đó|Do đó|Bên cạnh đó|Đồng thời|Ngoài ra)\s+(?=\w))+",
)
_FILLER = re.compile(
    r"(?:^|\s)(?:phấn đấu|phân đầu|dự kiến|dự ước|ước thực hiện|ước tính|ước đạt|lũy kế|luỹ kế|"
    r"(?:trung bình|bình quân) trong \d+ năm(?: qua)?|"
    r"ước(?= (?:thu|chi|giải ngân|thực hiện)\b)|"
    r"trên địa bàn(?: toàn)?(?: tỉnh)?|trên (?:phạm vi )?toàn (?:tỉnh|huyện|thành phố|thị xã)|"
    r"theo giá so sánh|đang hoạt động|cả năm|"
    # a cut-off date ('đến ngày 31/10/2023') stays: it tells a figure to date from the year's
    r"(?:tính )?từ ngày [\d/.]+ đến(?: ngày)? [\d/.]+|"
    r"(?<!đến\s)ngày \d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?|"
    # ('đến hết năm 2024 tỷ trọng …': the year's end whole, not 'Đến hết tỷ trọng …')
    r"(?:giai đoạn |thời kỳ )?(?:trong |của |(?:tính )?đến (?:hết (?=năm \d))?)?"
    r"(?:\d+ tháng(?: đầu năm)?|năm \d{4}|"
    r"tháng \d{1,2}(?:/\d{4})?|"
    r"(?:giai đoạn|thời kỳ|nhiệm kỳ) \d{4}\s*[-–]\s*\d{4}))(?=\s|,|$)",
    re.IGNORECASE,
)
# the prices a value is counted at, with the year of those prices, run into the label or inside
# its bracket ('Tổng sản phẩm trên địa bàn năm 2024 theo giá so sánh 2010', '(GRDP theo giá so
# sánh năm 2010)'): how it was counted, said whole ('Tổng sản phẩm 2010' kept the year alone)
_PRICES_SAID = re.compile(
    r"\s*(?:tính\s+)?theo\s+giá\s+so\s+sánh(?:\s+(?:năm\s+)?(?:19|20)\d\d)?(?=[\s,;)]|$)",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    r"(?:\s|,|;|:|bằng|đạt|tăng|giảm|vượt|so với|so|cùng kỳ|năm trước|dự toán|kế hoạch|KH|"
    r"tương đương|chiếm|cao hơn|thấp hơn|gấp|và|ước|thực hiện|đứng|thứ|cả nước|cao nhất|"
    r"từ trước đến nay|từ|bình quân|trong đó|đầu năm|trên|dưới|khoảng|hơn|gần|còn|được|là|có|"
    r"với|đã|mức|tốc độ|lần|cao|thấp|đầu|ở|"
    # a qualifier of the number and a deadline set with it ('bảo đảm đến hết năm 2030, có ít nhất
    # 50% …'): what sets a target, never what it measures
    r"ít nhất|tối thiểu|tối đa|đến hết|bảo đảm|đảm bảo)*",
    re.IGNORECASE,
)
# an adverbial opening run into a measure's head, with no comma ('Qua rà soát đến cuối năm tỷ lệ
# hộ nghèo', 'Theo kết quả điều tra tổng số hộ'): the measure starts at its head
_LEAD_IN = re.compile(
    r"^(?:qua|theo|đến|tính đến|sau|trong|cuối)\s[^,;:()\d]{0,40}?\s"
    r"(?=(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng số|số lượng)\s)"
    # an adverbial that a preposition opens and a time closes, with no comma ('Theo báo cáo phát
    # triển kinh tế 9 tháng năm 2023 giá trị …', 'Từ năm 2025 trở đi 100% …', 'Qua nửa nhiệm kỳ
    # đã vận động'): what follows the time is the clause's own
    r"|^(?:qua|theo|đến|tính đến|sau|trong|từ|cuối)\s(?:[^,;:()]{0,60}?\s)??"
    r"(?:(?:\d+ tháng(?: đầu năm)?\s)?năm \d{4}|\d+ tháng(?: đầu năm)?|nhiệm kỳ|cuối năm|đầu năm)"
    r"(?:\s+trở đi)?(?:\s+|$)",
    re.IGNORECASE,
)
# the whole place as the scope of what is counted ('số xã, phường trên toàn tỉnh không ma túy'):
# said of everything counted, it tells nothing of which
_WHOLE_SCOPE = re.compile(
    r"\s+trên (?:phạm vi |địa bàn )?toàn (?:tỉnh|huyện|thành phố|thị xã)(?=[\s,]|$)"
)
# a label that is only the words linking its sentence to the one before (vi_words.LINKING_WORDS:
# 'Tuy nhiên', 'Theo đó') or the word that frames a forecast ('Dự kiến') names nothing
_FRAMING_WORDS = frozenset((*LINKING_WORDS, "dự kiến"))
# (not 'tăng' of 'giá trị gia tăng', a noun)
_PREDICATE_CUT = re.compile(r"\s(?:đã|đạt|(?<!gia )tăng|giảm|là|có|được|ước|vượt|chiếm|bằng)\s")
_VERB_CUT = re.compile(r"\s(?:đã|đạt|tăng|giảm|là|có|được|ước|vượt|chiếm|bằng)\s")


def compact(label: str) -> str:
    """A label without its framing ('Dự kiến', 'Năm 2024,'), periods ('9 tháng', 'năm 2024')
    and estimate words ('ước thực hiện'); empty when only verbs and comparisons are left
    ('bằng', 'so với dự toán', 'tăng')."""
    label = _FRAMING.sub("", label.strip())
    if inner := _LEAD_IN.match(label):
        label = label[inner.end() :]  # "Qua rà soát đến cuối năm tỷ lệ hộ nghèo": the rate
    label = re.sub(r"\(\s*\)", "", _PRICES_SAID.sub("", label))  # ('(theo giá so sánh 2010)')
    label = _trailing(_FILLER.sub("", label).strip(" ,;:-–"))
    label = re.sub(r"\s{2,}", " ", label)
    label = re.sub(r"(?<=đến) ngày (?=\d)", " ", label)  # "đến 31/10/2023"
    # "Tỷ lệ thi hành án xong hoàn toàn khá cao": an appraisal is not part of the subject
    label = re.sub(r"\s+(?:khá|rất|tương đối|khá là|rất là)\s+[^\W\d]+$", "", label)
    if _PREDICATE.fullmatch(label) or label.lower() in _FRAMING_WORDS:
        return ""
    return label


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (``quantities.sentence_opening``: the paragraph's
    stops read once, not scanned from its start for each figure)."""
    return sentence_opening(text, pos)


def _subject(text: str, sentence: int, start: int) -> str:
    """The subject of the sentence before ``start``: its first noun phrase, up to the verb
    ("Tổng sản lượng lương thực cả năm đã tăng ..., ước đạt 39 vạn tấn")."""
    words = text[sentence:start]
    paren = words.rfind("(")
    if paren > words.rfind(")") and paren > 0:
        # "vốn trái phiếu Chính phủ bổ sung năm 2009 (1.650 tỷ đồng)": what the bracket measures
        before = re.split(r"[;:]\s|,\s", words[:paren].rstrip())[-1]
        return _tidy(compact(before))
    for piece in re.split(r",\s|;\s", words):
        piece = compact(_LEADING.sub("", piece))
        # the subject ends before a number ("... sinh hoạt khoảng 800 kWh")
        piece = compact(re.split(r"\s(?:(?:khoảng|trên|dưới|hơn|gần|là)\s+)?\d", f" {piece}")[0])
        cut = _VERB_CUT.search(f" {piece} ")
        if cut:
            piece = piece[: max(cut.start() - 1, 0)].strip()
        if len(piece.split()) >= 2:
            return _tidy(piece)
    return ""


# "như: Hưng Yên (94,44%), Quảng Ninh (90,22%); Thái Bình (87,8%)": names, each with its value
# alone in brackets, after a colon; the last name is the one of the bracket that follows
_NAMED_RUN = re.compile(
    r"(?P<run>(?:\s*[^\W\d][^()\d;:,]*\(\s*[\d.,]+\s*%\s*\)\s*[,;])*)"
    r"\s*(?P<name>[A-ZĐ][^()\d;:,]*?)\s*"
)
# the measure the clause before the colon gives them all ('có tỷ lệ giải ngân trên 80% như:')
_SHARED_MEASURE = re.compile(
    rf"(?<!\w){_MEASURE_NOUN}(?:\s+(?!(?:đạt|trên|dưới|hơn|là|như|khoảng|gần|từ|đến|ở|tại|"
    r"của|có|được|đã|cao|thấp|mạnh|nhất)(?!\w))[^\W\d]+)+",
    re.IGNORECASE,
)


def _named_in_run(text: str, start: int, end: int) -> str:
    """'… có tỷ lệ giải ngân trên 80% như: Hưng Yên (94,44%), Quảng Ninh (90,22%)': a value alone
    in brackets after a name, in a run of such names after a colon, is named by its own name
    and the measure the clause before the colon gives them all ('Tỷ lệ giải ngân Quảng Ninh'),
    the name alone when both do not fit; never by the run of names and values before it."""
    bracket = text.rfind("(", 0, start)
    if (
        bracket < 0
        or text[bracket + 1 : start].strip()
        or not re.match(r"\s*\)", text[end:])
        or bracket < text.rfind(")", 0, start)
    ):
        return ""
    head = text[_sentence_start(text, bracket) : bracket]
    colon = head.rfind(": ")
    if colon < 0 or not (item := _NAMED_RUN.fullmatch(head[colon + 2 :])):
        return ""
    # a run: a name before this one, or one after it
    if not item["run"] and not re.match(
        r"\s*\)\s*[,;]\s*[A-ZĐ][^()\d;:,]*\(\s*[\d.,]+\s*%", text[end:]
    ):
        return ""
    name = item["name"].strip()
    measures = list(_SHARED_MEASURE.finditer(head[:colon]))
    if not measures:
        return name
    measure = measures[-1][0]
    named = f"{measure[:1].upper()}{measure[1:]} {name}"
    return named if _nwords(named) <= LABEL_WORDS else name


def _bracket_subject(text: str, start: int, end: int, previous: Found | None) -> str:
    """'các chỉ tiêu thi hành án mà Quốc hội đã đặt ra (80% về việc và 60% về tiền)': figures
    that open a bracket, or follow one that did with only 'và' or a comma between, are named by
    the noun phrase before the bracket and their own short tail ('Chỉ tiêu thi hành án về
    tiền')."""
    bracket = text.rfind("(", 0, start)
    if bracket < 0 or bracket < text.rfind(")", 0, start):
        return ""
    inner = text[bracket + 1 : start]
    if previous is not None and previous.span[0] > bracket:
        inner = text[previous.span[1] : start]
        if not re.fullmatch(r"(?:\s+[^\W\d]+){0,3}\s*(?:,|\svà)\s*", inner):
            return ""
    elif inner.strip():
        return ""
    sentence = _sentence_start(text, bracket)
    before = re.split(r"[;:]\s", text[sentence:bracket])[-1]
    before = re.split(r"\s(?:mà|do|được|đã|đang|sẽ)\s", f" {before} ")[0].strip()
    phrase = _noun_phrase(before)
    if len(phrase.split()) < 2:
        return ""
    tail = re.match(r"\s*([^\W\d][^,;()\d]*?)(?=\s+và\s|[,;()]|$)", text[end:])
    if tail and len(tail.group(1).split()) <= 3:
        phrase = f"{phrase} {tail.group(1).strip()}"
    return _tidy(phrase[:1].upper() + phrase[1:])


_PLAN_NOUN_OR_KH = f"(?:{alternation((*PLAN_NOUNS, 'KH'))})"
_COMPARISON_ONLY = re.compile(r"[Ss]o(?: với)?\s+" + _PLAN_NOUN_OR_KH + r"(?:\s+[^\W\d]+){0,3}")
_AGENT = re.compile(r"^(?P<who>.+?)\s(?:đã|sẽ|vừa|cũng đã)\s+(?P<verb>.+)$")
# "Đến nay, toàn huyện gieo trồng trên 41,8 nghìn ha cây trồng các loại": the whole area (a
# district, a province, a sector) acting is the agent too, with or without 'đã'
_SCOPE_AGENT = re.compile(
    r"^(?:(?:Đến nay|Hiện nay|Tính đến nay|Năm \d{4}|Năm nay|Trong năm(?: \d{4})?|"
    r"(?:Tính )?từ đầu năm(?: đến nay)?),\s*)?"
    r"(?P<who>(?:toàn|cả)\s+(?:huyện|tỉnh|thành phố|thị xã|xã|ngành|nước|quốc)|"
    r"(?:nước|tỉnh|huyện|thành phố|thị xã|xã)\s+ta|"
    r"(?-i:Tỉnh|Huyện|Thành phố|Thị xã|Xã)(?!\s+(?-i:[A-ZĐ]))|"  # not 'Huyện Hiệp Đức', a name
    # 'huyện đã triển khai', 'xã đã khởi công': a place said before 'đã' is who did it
    r"(?-i:tỉnh|huyện|thành phố|thị xã|xã)(?=\s+đã\s))"
    r"\s+(?:đã\s+)?(?P<verb>.+)$",
    re.IGNORECASE,
)


def _action(label: str, tail: str, head: str, previous: Found | None) -> str:
    """'UBND và UBMTTQ Thành phố đã hỗ trợ kịp thời 59.835 triệu đồng từ nguồn Ngân sách':
    when the words before the number are who acted and the act, the label is the act and what
    follows the number ('Hỗ trợ từ nguồn Ngân sách'); 'và 7.978 triệu đồng nguồn Quỹ ...'
    after it shares the act ('Hỗ trợ nguồn Quỹ ...')."""
    tail = re.split(r"\s(?:cho|để|tại|theo|nhằm)\s", f"{tail} ")[0]  # its purpose or place
    tail = re.sub(r"\s+", " ", re.sub(r"[\"“”]", " ", tail)).strip(" ,'")
    if tail and (len(tail.split()) > 6 or not tail[:1].islower()):
        tail = ""
    tagger = _pyvi()
    agent = _SCOPE_AGENT.match(label) or _AGENT.match(label)
    if (
        agent
        and tagger is not None
        and (agent.re is _SCOPE_AGENT or _is_agent(agent.group("who"), tagger))
    ):
        tokens, tags = tagger(agent.group("verb"))
        if not tokens or tags[0] != "V":
            return ""
        while len(tokens) > 1 and tags[-1] in ("A", "R"):  # "hỗ trợ kịp thời": the act
            tokens, tags = tokens[:-1], tags[:-1]
        act = " ".join(tokens).replace("_", " ").replace(" ,", ",")
        return f"{act} {tail}".strip()
    between = re.fullmatch(r"\s*(?P<before>[^,;.()\d]{0,60}?)\s+và\s*", head)
    if previous is None or between is None or not tail:
        return ""
    done = between.group("before").strip(" ,\"'“”")
    if done and previous.label.lower().endswith(done.lower()):
        act = previous.label[: len(previous.label) - len(done)].strip()
        if 0 < len(act.split()) <= 4:
            return f"{act} {tail}"
    return ""


# a kind of place whose last word is a count's noun ('thị xã có thêm 1 xã đạt chuẩn …': the
# place that has it, not the noun said before)
_KIND_OF_PLACE = re.compile(r"(?<!\w)thị (?:xã|trấn)(?!\w)")


# verbs of what happens, not of what is done to a thing: no 'được' before them
_HAPPENS = re.compile(r"(?:xảy ra|phát sinh|xuất hiện|diễn ra|tồn tại)(?!\w)", re.IGNORECASE)


def _done_to(unit: str, tail: str, act: str) -> str:
    """'Số cửa hàng xăng dầu được xây dựng thêm' in at most ``SHORT_WORDS`` words: the words
    after the count shortened from their end (pyvi's words) if need be, never the act."""
    tagger = _pyvi()
    if tagger is None:
        return ""
    tokens, tags = tagger(tail)
    # the noun phrase the count goes on with ('hộ' 'nghèo', 'cửa hàng' 'xăng dầu'), not what
    # is said of it ('của công dân', 'phù hợp với quy hoạch')
    keep = 0
    while keep < len(tokens) and (
        tags[keep] in ("N", "Nc", "Np", "Ny", "A", "M")
        or tokens[keep] in ("-", "–")
        and keep + 1 < len(tokens)
        and tags[keep + 1] in ("N", "Nc", "Np")
    ):
        keep += 1
    if keep == 0 and len(tokens) == 1 and tags[0] == "V":
        keep = 1  # "03 thông tư hướng dẫn, …", "19 phòng học, …": one word that names the kind
    if keep < len(tokens) and tags[keep] != "E":
        # "14 chiếc đang triển khai thủ tục": the words after say what is done; "khu thương mại
        # - dịch vụ tổng hợp": a name pyvi does not read whole
        return ""
    while keep >= 0:
        said = _CLOSING_WORDS.sub("", " " + " ".join(tokens[:keep]).replace("_", " "))
        # (an event's verb takes no 'được': 'Số vụ TNGT xảy ra', not '… được xảy ra')
        passive = "" if _HAPPENS.match(act) else " được"
        label = f"Số {unit} {said.strip(' ,;:')}{passive} {act}"
        label = re.sub(r"\s{2,}", " ", label.replace(" /", "/"))
        if _nwords(label) <= SHORT_WORDS:
            return label  # 'Số cửa hàng xăng dầu được xây dựng thêm' ('phù hợp' dropped)
        if keep == 0 or tags[keep - 1] != "A":
            return ""  # only what is said of the noun goes, never a word of its name
        keep -= 1
    return ""


# words after a count that say something of it rather than name its kind
_SAID_OF = re.compile(
    r"(?:^|\s)(?:đang|đã|sẽ|được|bị|đạt|có|là|với|của|cho|tại|ở|trong|theo|và|từ|đến|trên)(?:\s|$)"
)
_NOT_ACTS = {"có", "là", "đạt", "còn", "gồm", "chiếm", "tăng", "giảm", "thu", "chi"}


# a time that opens a clause before its act ('Năm nay đã', '6 tháng đầu năm', 'Trong năm 2023,')
_WHEN = re.compile(
    r"^(?:(?:năm nay|trong (?:năm|kỳ|tháng|quý)(?: nay| \d{4})?|năm \d{4}|"
    r"\d+ tháng(?: đầu năm| cuối năm)?(?: \d{4})?|đến nay|hiện nay|quý [IV\d]+(?: năm \d{4})?)"
    r"\s*,?\s+)+(?:đã\s+)?",
    re.IGNORECASE,
)


# "Đảng bộ xã đề ra 15 chỉ tiêu": a body that sets targets, written without 'đã'
_SETS = re.compile(r"^(?P<who>.+?)\s(?P<verb>(?:đề ra|đặt ra|thông qua|xác định))$")


def _act_on(label: str, limit: int = 4, last_clause: bool = False) -> str:
    """The act of the words before a count ('hỗ trợ' of 'Toàn huyện đã hỗ trợ', 'đào tạo nghề'
    of 'Đào tạo nghề cho'): a verb first (pyvi), at most four words, its agent dropped."""
    tagger = _pyvi()
    if tagger is None or not label:
        return ""
    act = _WHEN.sub("", label.strip())  # "Năm nay đã xây dựng mới": the time is no agent
    pieces = act.split(", ")
    # "Theo Sở Nội vụ, Thi đua và Khen thưởng,, toàn tỉnh đã đào tạo …": the clause whose
    # agent acts, after the source and the time before it
    act = next(
        (
            ", ".join(pieces[k:])
            for k in range(len(pieces))
            if last_clause and _SCOPE_AGENT.match(pieces[k])
        ),
        act,
    )
    agent = _SCOPE_AGENT.match(act) or _AGENT.match(act) or _SETS.match(act)
    if agent and (agent.re is _SCOPE_AGENT or _is_agent(agent.group("who"), tagger)):
        act = agent.group("verb")
    act = _CLOSING_WORDS.sub("", _OPENING_WORDS.sub("", act.strip())).strip(" ,;:")
    act = re.sub(r"^(?:đã|đang|sẽ)\s+(?=\S)", "", act)  # 'đã khởi công': the act is 'khởi công'
    act = re.sub(r"\s+được$", "", act)
    # "Triển khai xây dựng, nâng cấp": the act is what is carried out
    act = re.sub(r"^(?:triển khai|tiến hành)\s+(?=\S)", "", act, flags=re.IGNORECASE)
    if (held := re.match(r"tổ chức\s+(?=\S)", act, re.IGNORECASE)) and tagger(act[held.end() :])[1][
        :1
    ] == ["V"]:
        act = act[held.end() :]  # "Tổ chức đào tạo, bồi dưỡng": the act is what is held
    tokens, tags = tagger(act)
    if not tokens or tags[0] != "V" or not 1 <= _nwords(act) <= limit:
        return ""
    if "," in act and not all(
        (piece := tagger(p.strip())[1])
        and piece[0] == "V"
        # (the last verb may go on with its object: 'bố trí, sắp xếp nơi ở mới')
        and (_nwords(p) <= 2 or k == act.count(","))
        for k, p in enumerate(act.split(","))
    ):
        return ""  # "xây dựng, nâng cấp": verbs joined by a comma are one act; not a list
    if tokens[0].lower() in _NOT_ACTS:
        return ""
    return act[:1].lower() + act[1:]


# the base of the change before, then 'và' and this figure's own measure
_AFTER_THE_BASE = re.compile(
    r"\s*so(?:\s+với)?\s+(?:cùng kỳ(?: năm trước| năm \d{4})?|(?:tháng|quý|năm|kỳ) trước|"
    r"năm \d{4}|tháng \d{1,2}(?:/\d{4})?)\s+và\s+(?P<own>[^\W\d][^\d,;:()]{1,60}?)\s*$"
)
# a label that is only the whole a count is of ('Toàn tỉnh', 'Cả nước')
_SCOPE_ONLY = re.compile(
    r"(?:toàn|cả)\s+(?:tỉnh|huyện|thành phố|thị xã|xã|ngành|nước|quốc|vùng)", re.IGNORECASE
)


def _place_only(label: str) -> bool:
    """'Đắc Lắc', 'Đắc Lắc hiện': a proper name of one to four capitalised words, and at most a
    word of the present after it, names a place and nothing measured."""
    said = re.sub(r"\s+hiện(?:\s+nay)?$", "", label.strip()).split()
    return 1 <= len(said) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in said)


_FOR_WHOM = r"\scho(?:\s+(?:hơn|gần|khoảng|trên|ít nhất))?\s*$"


def _act_for(label: str) -> str:
    """The act of the words before 'cho' and a count of people ('khám bệnh' of 'Trong năm,
    bệnh viện khám bệnh'): ``_act_on`` of the last clause, else of its words from its first
    verb when nouns alone (who acted, pyvi's nouns) come before it."""
    clause = label.rsplit(", ", 1)[-1]
    if act := _one_act(_act_on(label, limit=7, last_clause=True)):
        return act
    tagger = _pyvi()
    if tagger is None:
        return ""
    tokens, tags = tagger(clause)
    first = next((i for i, t in enumerate(tags) if t == "V"), 0)
    if not first or any(t not in ("N", "Nc", "Np") for t in tags[:first]):
        return ""
    return _one_act(_act_on(" ".join(tokens[first:]).replace("_", " "), limit=7))


def _one_act(act: str) -> str:
    """'bố trí, sắp xếp nơi ở mới' -> 'bố trí nơi ở mới': verbs joined by a comma share the
    object of the last, said with the first verb alone (what a short label has room for)."""
    if ", " not in act or (tagger := _pyvi()) is None:
        return act
    tokens = tagger(act.rsplit(", ", 1)[1])[0]
    obj = " ".join(tokens[1:]).replace("_", " ")
    return f"{act.split(', ')[0]} {obj}".strip() if obj else act


_PLACE_KIND = re.compile(
    r"(?:^|[\s(,;:])(?P<kind>tỉnh|huyện|thành phố|thị xã|thị trấn|xã|phường|quận)\s+(?P<name>\S.*?)"
    r"\s+(?:đã|sẽ|vừa|cũng đã|đang)\s",
    re.IGNORECASE,
)


def _named_agent(words: str) -> str:
    """'xã Tuy Lộc' of 'hiện nay xã Tuy Lộc đã hoàn thành': a place named by its kind and its
    proper name (each word capitalised) that is who acted; empty if none."""
    agent = None
    for agent in _PLACE_KIND.finditer(f" {words} "):
        pass
    if agent is None:
        return ""
    name = agent["name"].split()
    if not 1 <= len(name) <= 4 or not all(w[:1].isupper() for w in name):
        return ""
    return f"{agent['kind'].lower()} {' '.join(name)}"


# the bodies of the party and the state, and a named place, that act in a report
_ACTING_BODY = re.compile(
    r"(?:Đảng bộ|Đảng ủy|Đảng uỷ|Ban Chấp hành|Ban Thường vụ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|"
    r"Thành ủy|Thành uỷ|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Quốc hội|"
    r"Chính phủ|Đại hội)(?:\s|$)"
    r"|(?:Tỉnh|Huyện|Thành phố|Thị xã|Xã|Phường)\s+[A-ZĐÂĂÊÔƠƯ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*){0,3}$"
)


def _is_agent(who: str, tagger: Callable[[str], tuple[list[str], list[str]]]) -> bool:
    """'UBND và UBMTTQ Thành phố', 'Sở Tài chính', 'Bộ trưởng': a body or an office that acts."""
    if _INSTITUTION.match(who) or re.match(r"(?:Bộ trưởng|Chủ tịch|Thủ tướng|Giám đốc)\b", who):
        return True
    if _ACTING_BODY.match(who.split(", ")[-1]):
        return True  # 'Đảng bộ xã', 'Huyện ủy', 'HĐND tỉnh', 'Huyện Hiệp Đức'

    if tagger(who)[1][:1] in (["Ny"], ["Np"]):
        return True
    # 'các cấp hội đã hoàn thành', 'Hội đã vận động': a short noun phrase of who acts (a
    # determiner or a noun first), not a measure ('Tổng vốn đã giải ngân' is what was disbursed)
    # (after a time or a source and its comma: 'Đến hết quý II, các chi đoàn')
    last = who.split(", ")[-1]
    return (
        1 <= _nwords(last) <= 4
        and tagger(last)[1][:1] in (["L"], ["N"], ["Nc"])
        and re.match(rf"(?:{_MEASURE_NOUN}|nguồn|quỹ|kinh phí|giá trị)(?:\s|$)", last, re.I) is None
        and re.search(r"\d", last) is None
    )


# what a percentage after a verb is not a share of: a plan, a base, a period
_NOT_OBJECT = re.compile(
    r"(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|so|với|năm|tháng|trong|GDP|GRDP|tổng|trở|đến|và|"
    r"là|trên|dưới|mỗi|một|cả|cùng)(?!\w)",
    re.IGNORECASE,
)
# verbs whose percentage is not a share of what follows ('dành 50% (cho) …': an allocation of
# the fund named before)
_NO_SHARE_VERBS = {
    "đạt", "bằng", "chiếm", "là", "có", "vượt", "tăng", "lên", "xuống", "ở", "còn", "dành",
}  # fmt: skip


# the kinds an object lists after its first, up to the 'và' that opens the next figure or the
# clause's end ('…, bệnh viện và trên 80% …', '…, bản;')
_MORE_KINDS_OF = re.compile(
    r"(?:\s*,\s*[^\W\d][^\W\d ]*(?:\s[^\W\d][^\W\d ]*){0,2})+(?=\s+và\s|\s*[;.]|$)"
)


def _act_shared_by_share(text: str, start: int, end: int, previous: Found | None) -> str:
    """'phủ 100% trường học, bệnh viện và trên 80% hộ gia đình có nhu cầu', 'phủ sóng 100% thôn,
    bản và 95% hộ dân': a share after 'và' that follows a share acted on its object is acted on
    its own object by the same verb ('Hộ dân phủ sóng'), not named by the kind before 'và'."""
    tagger = _pyvi()
    if previous is None or previous.unit != "%" or tagger is None:
        return ""
    between = text[previous.span[1] : start]
    if not re.fullmatch(
        r"\s+[^\W\d][^;.()\d]{0,80}?\s+và\s+(?:(?:trên|dưới|khoảng|hơn|gần|ít nhất|tối thiểu)\s+)?",
        between,
    ):
        return ""
    opening = max(m.end() for m in re.finditer(r"^|[,;:.]\s|\n", text[: previous.span[0]]))
    before = re.sub(
        r"\s+(?:tối thiểu|tối đa|ít nhất|khoảng|trên|dưới|hơn|gần)$",
        "",
        text[opening : previous.span[0]].strip(),
    )
    tokens, tags = tagger(before) if before else ([], [])
    if not tokens or tags[-1] != "V":
        return ""
    act = tokens[-1].replace("_", " ").lower()
    if act in _NO_SHARE_VERBS:
        return ""
    own = re.match(
        r"\s*(?:(?:các|những|toàn bộ)\s+)?([^\W\d][^,;.()\d:]{2,60}?)"
        r"(?=\s+(?:để|nhằm|và|so với|so)\s|[,;.()]|$)",
        text[end:],
    )
    if own is None or _NOT_OBJECT.match(own.group(1)) or _nwords(own.group(1)) < 2:
        return ""
    obj = _tidy(fit(own.group(1).strip(), LABEL_WORDS - _nwords(act)))
    return f"{obj[:1].upper()}{obj[1:]} {act}"


# verbs that set a target on a share rather than act on its object ('Phấn đấu trên 50% diện tích …
# ứng dụng công nghệ', 'Đảm bảo 100% khu công nghiệp … triển khai …'), or keep one reached
# ('Duy trì 100% xã, phường đạt chuẩn quốc gia về y tế': the share is of what the communes do)
_SETS_A_SHARE = {"phấn đấu", "phân đấu", "đảm bảo", "bảo đảm", "duy trì"}


def _share_and_predicate(text: str, end: int) -> str:
    """'trên 50% diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, …) ứng dụng công nghệ thông
    minh, …': the share is of the noun phrase after it and of what it says of it (a verb after
    the noun phrase, a bracket listing its kinds dropped), cut to fit; empty when no verb
    follows the noun phrase within the clause."""
    clause = re.match(r"\s*([^;.:]{0,200})", text[end:])
    tagger = _pyvi()
    if not clause or tagger is None:
        return ""
    pieces = re.sub(r"\s*\([^()]*\)", "", clause.group(1)).split(", ")
    words = pieces[0].strip()
    for piece in pieces[1:]:
        # "100% khu công nghiệp, cụm công nghiệp triển khai …": kinds of the object before its verb
        if "V" in tagger(words)[1] or tagger(piece)[1][:1] not in (["N"], ["Nc"]):
            break
        words = f"{words}, {piece.strip()}"
    tokens, tags = tagger(words)
    if len(tokens) < 3 or tags[0] not in ("N", "Nc") or "V" not in tags[2:]:
        return ""
    words = _WHOLE_SCOPE.sub("", words)  # ('trên toàn tỉnh': said of them all)
    return _tidy(fit(f"{words[:1].upper()}{words[1:]}", LABEL_WORDS))


def _acted_share(label: str, text: str, end: int) -> str:
    """'cắt giảm 30% chi phí xã hội thực hiện thủ tục hành chính', 'tiết kiệm 10% chi thường
    xuyên để …': a percentage between a verb and its object is the share of the object acted
    on ('Chi phí xã hội thực hiện thủ tục hành chính cắt giảm')."""
    tagger = _pyvi()
    if tagger is None or not label:
        return ""
    head = re.sub(r"\s+(?:tối thiểu|tối đa|ít nhất|khoảng|trên|dưới|hơn|gần)$", "", label.strip())
    if re.match(rf"{_MEASURE_NOUN}\s", head, re.IGNORECASE):
        return ""  # 'Tỷ lệ cấp nước đạt 80% dân số': the label names its measure already
    tokens, tags = tagger(head)
    if not tokens:
        return ""
    verb = tokens[-1]
    if not (tags[-1] == "V" or re.search(r"(?:hoá|hóa)$", verb)):
        return ""
    said_verb = verb.lower().replace("_", " ")
    if said_verb in _NO_SHARE_VERBS:
        return ""
    if said_verb in _SETS_A_SHARE and (said := _share_and_predicate(text, end)):
        return said
    after = re.match(
        r"\s*(?:(?:các|những|toàn bộ)\s+)?([^\W\d][^,;.()\d:]{2,80}?)"
        r"(?=\s+(?:để|nhằm|so với|so|đến|vào|tại|theo|cho|trở lên|và|hoặc)\s|[,;.()]|$)",
        text[end:],
    )
    if not after or _NOT_OBJECT.match(after.group(1)) or after.group(1).startswith("còn lại"):
        return ""
    obj = after.group(1).strip()
    if kinds := _MORE_KINDS_OF.match(text, end + after.end()):
        obj = f"{obj}{kinds.group(0)}"  # "phủ 100% trường học, bệnh viện và …": both kinds
    act = verb.replace("_", " ").lower()
    if _nwords(obj) < 2:
        return ""
    room = LABEL_WORDS - _nwords(act)
    if _nwords(obj) > room:
        obj = re.split(r"\s(?:của|trong|thuộc)\s", obj)[0]  # 'quy định hiện hành (của …)'
    obj = fit(obj, room)
    return _tidy(f"{obj[:1].upper()}{obj[1:]} {act}")


def _share_of(text: str, start: int, end: int, prev_end: int) -> str:
    """'..., 100% Trung tâm Trợ giúp pháp lý đã thực hiện ...': a percentage that opens its
    clause and is followed by a noun is a share of that noun phrase (up to its verb)."""
    opening = re.search(r"(?:^|[,;:.]\s*|\n)$", text[max(prev_end, start - 3) : start])
    if not opening or start - prev_end < 2 and prev_end:
        return ""
    after = re.match(r"\s*(số\s+)?([^\W\d][^,;.()\d]{0,60})", text[end:])
    tagger = _pyvi()
    if not after or tagger is None:
        return ""
    if not after.group(2)[:1].isupper():
        return ""  # '60-70% ấp, khu phố văn hoá' is named by the tail as a rate
    tokens, tags = tagger(after.group(2))
    if not tokens or tags[0] not in ("N", "Nc", "Np", "Ny"):
        return ""
    kept = []
    for token, tag in zip(tokens, tags, strict=True):
        if tag in ("R", "C", "E", "F", "M"):
            break
        kept.append(token)
    phrase = " ".join(kept).replace("_", " ")
    if len(phrase.split()) < 2:
        return ""
    return _tidy(f"Số {phrase}" if after.group(1) else phrase)


def _count_of_share(text: str, start: int, unit: str) -> str:
    """'Tỷ lệ số xã đạt chuẩn văn hóa đạt 70% (12 xã)', '… 40,5% (45/111 thôn, tăng thêm 15
    thôn)': a count in the bracket after a share counts what the share measures ('Xã đạt chuẩn
    văn hóa', 'Thôn đạt chuẩn văn hóa tăng thêm'), when the share names the count's noun."""
    bracket = text.rfind("(", 0, start)
    if bracket < 0 or ")" in text[bracket:start]:
        return ""
    inner = text[bracket + 1 : start]
    more = re.fullmatch(
        rf"[^()]*\d[^()]*?\s{re.escape(unit)}\s*,\s*([^\W\d][^,()\d]{{0,30}}?)\s*", inner
    )
    if inner.strip() and not more:
        return ""
    share = re.search(r"(?<![\d.,])\d[\d.,]*\s*%\s*$", text[:bracket])
    if share is None:
        return ""
    opening = max(m.end() for m in re.finditer(r"^|[;:.]\s|\n", text[: share.start()]))
    subject = text[opening : share.start()].strip()
    while (stripped := _VERBS.sub("", subject).strip()) != subject:
        subject = stripped
    subject = compact(_LEADING.sub("", subject))
    subject = re.sub(r"^(?:tỷ lệ|tỉ lệ)\s+(?:số\s+)?", "", subject, flags=re.IGNORECASE)
    if not re.match(rf"{re.escape(unit)}\s+\S", subject, re.IGNORECASE):
        return ""
    label = f"{subject} {more.group(1)}" if more else subject
    label = _tidy(label)
    return label[:1].upper() + label[1:]


# what a share says of the people or things it counts ('có trình độ đại học', 'được cấp thẻ')
_SAID_VERB = re.compile(r"\s(?:có|đạt|được|đã|đang|không|chưa|tham gia|sử dụng)\s")


def _share_said_of(text: str, start: int, end: int, prev_end: int) -> str:
    """'…; 76% cán bộ chủ chốt (Bí thư, Chủ tịch) có trình độ thạc sĩ', 'tỷ lệ 95% đoàn viên
    được cấp thẻ', 'Năm 2025 đạt 60% các cơ quan … có lãnh đạo chủ chốt là nữ', 'Từ năm 2025 trở
    đi 100% xã, phường mỗi quý có ít nhất 04 tin, bài …': a percentage whose clause names nothing
    before it (a bare 'tỷ lệ', a time, a target verb: ``compact`` leaves nothing) is the share of
    the noun phrase after it of which the rest of the clause is said ('Tỷ lệ cán bộ chủ chốt có
    trình độ thạc sĩ'), not of the words before its clause. Of two passives ('người bị bạo lực
    được phát hiện … được tư vấn') the last is what is said: the first tells which of them."""
    opening = max(m.end() for m in re.finditer(r"^|[,;:.]\s|\n", text[:start]))
    lead = text[opening:start]
    if prev_end > opening or (
        not re.fullmatch(r"\s*(?:(?:tỷ lệ|tỉ lệ)\s*)?", lead, re.IGNORECASE)
        and (compact(lead) or re.search(r"\d", _FILLER.sub("", lead)))
    ):
        return ""
    clause = re.match(r"[^;.\n]*", text[end:])
    said = re.sub(r"\s*\([^()]*\)", "", clause.group(0) if clause else "").strip(" ,")
    tagger = _pyvi()
    if tagger is None:
        return ""
    pieces = said.split(", ")
    # the clause ends where a comma opens another act after what is said of them ('… đạt danh
    # hiệu gia đình văn hóa, duy trì và xây dựng mới 2 làng'); before it, commas list kinds
    keep = next(
        (
            k
            for k in range(1, len(pieces))
            if tagger(pieces[k])[1][:1] == ["V"]
            and (
                _SAID_VERB.search(f" {', '.join(pieces[:k])} ")
                # ('được cấp, đổi thẻ': two verbs of one act)
                and (_nwords(pieces[k]) >= 4 or re.search(r"\d", pieces[k]))
                # ('…, bảo đảm đến hết năm 2030 đạt 50% …': an act with a share of its own)
                or re.search(r"\d\s*%", pieces[k])
            )
        ),
        len(pieces),
    )
    said = ", ".join(pieces[:keep])
    # a count said of them is said without its number ('có ít nhất 04 tin, bài')
    said = re.sub(
        r"(?<=\scó)\s(?:(?:ít nhất|tối thiểu|khoảng|trên|dưới|hơn|từ)\s)?\d[\d.,]*(?=\s)", "", said
    )
    said = re.sub(r"^(?:các|những|toàn bộ)\s+", "", said)
    said = _WHOLE_SCOPE.sub("", said)  # ('trên toàn tỉnh': said of them all)
    # (a year tells a target from the next one's: 'năm 2025', 'đến năm 2030')
    if not said[:1].islower() or re.search(r"\d", re.sub(r"(?:năm|đến năm) \d{4}", "", said)):
        return ""
    if _NOT_OBJECT.match(said):
        return ""
    verb = _SAID_VERB.search(f" {said} ")
    if (
        verb is None
        # a target's share ('phấn đấu đạt', 'bảo đảm … có ít nhất'), not a result's share of its
        # base ('đạt 47,5% diện tích gieo trồng', 'chiếm 12% đất xây dựng đô thị')
        and re.search(r"phấn đấu|phân đấu|bảo đảm|đảm bảo|ít nhất|tối thiểu", lead, re.I)
        and _nwords(f"Tỷ lệ {said}") <= LABEL_WORDS
        and set(tagger(said.split(", ")[0])[1][:1]) <= {"N", "Nc"}
    ):
        # "phấn đấu đạt 20% xã, phường “không ma túy” năm 2025": no verb, a noun phrase (its
        # kinds, what it is called) is all that is said: the share of it
        return f"Tỷ lệ {said}"
    if verb is None or verb.start() == 0:
        return ""
    noun = said[: verb.start()].strip(" ,")
    # what it names: a noun among its first two words ('tổ chức Đảng', pyvi's verb 'tổ chức')
    if not {"N", "Nc", "Np"} & set(tagger(noun)[1][:2]):
        return ""
    what = said[verb.start() :].strip()
    passives = [m.start() for m in re.finditer(r"(?:^|\s)được\s", what)]
    if len(passives) >= 2 and passives[0] == 0:
        what = what[passives[-1] :].strip()
    what = re.sub(r"\s+(?:theo quy định|trở lên|trở xuống)$", "", what)
    # 'được tiếp cận ít nhất một trong các dịch vụ': how many of them is no part of the name
    what = re.sub(r"\s(?:ít nhất|tối thiểu)(?:\s+một)?(?:\s+trong)?(?=\s)", "", what)
    what = re.sub(r"\s(?:các|những)(?=\s)", "", what)
    # the noun first (what is counted), what is said of it in the words left
    noun = re.sub(r"^số\s+(?=\S+\s+\S)", "", noun)
    room = LABEL_WORDS - _nwords(what)
    if _nwords(noun) > room and room < 5 and ", " in noun:
        noun = noun.split(", ")[0]  # a long list of kinds ('cơ quan …, chính quyền …'): its first
    noun = fit(noun, SHORT_WORDS)
    what = fit(what, LABEL_WORDS - _nwords(noun)) if _nwords(noun) < LABEL_WORDS - 1 else ""
    what = _CLOSING_WORDS.sub("", what).rstrip(" ,;:")
    if _nwords(f"Tỷ lệ {noun} {what}") <= SHORT_WORDS:
        return f"Tỷ lệ {noun} {what}".strip()
    named = _tidy(f"{noun} {what}".strip())
    return named[:1].upper() + named[1:]


_DETERMINERS = {"các", "những", "mọi", "toàn_bộ", "tất_cả"}


def _noun_phrase(words: str) -> str:
    """The noun phrase that ends ``words``: after its last determiner ('các', 'những'), else from
    its first noun (pyvi's tags; without pyvi, after the last determiner only)."""
    tagger = _pyvi()
    if tagger is None:
        parts = re.split(r"\s(?:các|những|mọi)\s", f" {words}")
        return parts[-1].strip() if len(parts) > 1 else ""
    tokens, tags = tagger(words)
    start = max((i + 1 for i, t in enumerate(tokens) if t.lower() in _DETERMINERS), default=-1)
    if start < 0:
        start = next((i for i, t in enumerate(tags) if t in ("N", "Nc", "Np", "Ny")), len(tokens))
    return " ".join(tokens[start:]).replace("_", " ").strip(" ,")


# what joins a share to the figure before it in one clause ('…, đạt 97,2% diện tích gieo
# trồng', '…, chiếm 73,4% tổng diện tích'): the share is that figure's part of a whole
_SHARE_LINK = re.compile(
    r"\s*,\s*(?:và\s+)?(?:ước\s+)?(?:đạt|chiếm|bằng)"
    r"(?:\s+(?:khoảng|gần|trên|hơn|xấp xỉ|tới|đến))?\s*"
)


# a plan the share is of ('đạt 107,79% chỉ tiêu do Bộ Tài chính giao', 'kể hoạch' as misspelt):
# the plan's own rules name it, not this one
_PLAN_WHOLE = re.compile(rf"(?:{_PLAN_NOUN_OR_KH}|kể hoạch)(?!\w)", re.IGNORECASE)


def _share_of_the_figure_before(previous: Found, whole: str) -> str:
    """The label of a share of ``whole`` that the figure ``previous`` makes ('Diện tích lúa lai
    (so với tổng diện tích)'); a count's subject without its 'Số' ('Hộ nghèo (so với tổng số
    hộ)'), both cut to fit (the whole to six words at most, the subject to what is left); ''
    where the whole says all the subject says ('Kim ngạch xuất khẩu … chiếm 25,2% kim ngạch
    xuất khẩu': the share of a part the label before does not name)."""
    subject = re.sub(r"^[-+•*]\s*", "", subject_of(previous.label))  # ('+ Diện tích lúa lai')
    if previous.unit not in (None, *_MONEY_UNITS):
        subject = re.sub(r"^(?:Tổng số|Số)\s+(?=\w)", "", subject)
        subject = subject[:1].upper() + subject[1:]
    whole = _WHOLE_SCOPE.sub("", whole).strip(" ,")
    whole = re.sub(r"^(?:trong|của)\s+", "", whole)  # 'chiếm 72% trong tổng dư nợ cho vay'
    if not compact(subject) or set(re.findall(r"\w+", subject.lower())) <= set(
        re.findall(r"\w+", whole.lower())
    ):
        return ""
    # (the subject keeps four words of its own, its generic head aside: 'Dư nợ ngắn hạn (so
    # với dư nợ cho vay)', 'Vốn triển khai (so với mức vốn Thủ tướng giao)')
    own = min(_nwords(_GENERIC_HEAD.sub("", subject)), 4)
    whole = _lower_first(fit(whole, min(6, max(3, LABEL_WORDS - 2 - own))))
    share = f"(so với {whole})"
    return f"{fit(subject, LABEL_WORDS - _nwords(share))} {share}"


def _long_tail(text: str, end: int) -> str:
    """'60-70% ấp, khu phố văn hoá;': the words after a percentage up to the clause end."""
    m = re.match(r"\s*([^\W\d][^;.()\d]{0,60}?)(?=[;.(]|\s(?:là|và|trong đó)\s|$)", text[end:])
    if not m or len(m.group(1).split()) > SHORT_WORDS:
        return ""
    return m.group(1).strip(" ,")


def _names_head(label: str, head: str) -> bool:
    """The label already says what the head says (its content words)."""
    have = set(label.lower().replace(":", " ").split())
    want = [w for w in head.lower().replace(":", " ").split() if w not in ("về", "và", "các")]
    return not want or all(w in have for w in want)


def _headed(head: str, label: str) -> str:
    """'Sản xuất vụ Hè thu: Diện tích gieo trồng': a label under the head of its list or its
    paragraph, short enough for a slide (the label's generic head 'Tổng' dropped if need be)."""
    if not label:
        return head
    shorter = re.sub(r"^(?:Tổng số|Tổng mức|Tổng)\s+(?=\S+\s+\S)", "", label, flags=re.I)
    for candidate in (label, shorter):
        if _nwords(f"{head} {candidate}") <= SHORT_WORDS:
            return f"{head}: {candidate[:1].lower()}{candidate[1:]}"
    if _nwords(f"{head} {shorter}") <= LABEL_WORDS:
        return f"{head}: {shorter[:1].lower()}{shorter[1:]}"
    return label


# "- Sản xuất vụ Hè thu: đến nay ...; tổng diện tích gieo trồng ước 40.831 ha": a run-in head
# that opens the paragraph names every figure after it, in each of its sentences
_RUN_IN = re.compile(r"^(?:[-–+•]\s*|[a-zđ]\)\s*)?(?P<head>[^\W\d][^:;.,()\d]{1,50}?)\s*:\s")


_NOT_A_NAME = re.compile(
    r"\s(?:là|gồm|sau|như sau|đề ra|cụ thể|bao gồm|như)$"
    # the breakdown the parts after it follow ('Phân theo khu vực: khu vực dịch vụ tăng …')
    r"|^(?i:phân|chia) theo\s"
)


def _list_head(text: str, prev_end: int, start: int) -> str:
    """'Cơ cấu kinh tế' when the figure is in a list after 'Cơ cấu kinh tế: ...'; 'Sản xuất vụ Hè
    thu' when its paragraph opens with 'Sản xuất vụ Hè thu: ...'."""
    sentence = sentence_opening(text, start)
    colon = text.rfind(": ", sentence, start)
    while colon >= 0 and re.match(r":\s*\d", text[colon:]):
        colon = text.rfind(": ", sentence, colon)  # "xây dựng tăng: 10%": not a list's head
    run_in = _RUN_IN.match(text)
    if (
        colon < 0
        and run_in
        and run_in.end() <= start
        and len(run_in.group("head").split()) <= 5
        and not run_in.group("head").lower().startswith(("về ", "trong đó", "cụ thể", "đối với"))
        and not _NOT_A_NAME.search(run_in.group("head"))
        # a head with its own number right after it ('+ Khoai Lang: 4.658,2 ha, …; Cây sắn
        # (mỳ): 10.581,4 ha') is the first item of the line, not the head of the items after
        # its ';'
        and not (re.match(r"\s*\d", text[run_in.end() :]) and ";" in text[run_in.end() : start])
    ):
        return run_in.group("head").strip()
    if colon < 0:
        return ""
    head = _LEADING.sub("", text[sentence:colon]).strip()
    if not head or len(head) > 40 or head.lower().startswith(("về ", "trong đó", "cụ thể")):
        return ""
    if _NOT_A_NAME.search(head):
        return ""  # "Các chỉ tiêu chủ yếu đề ra là: ...": what introduces a list, not its name
    if ";" not in text[colon:start] and "-" not in text[colon:start] and colon < prev_end:
        return ""
    return "" if any(m.group("unit") for m in _QUANTITY.finditer(head)) else head


# "…, 3 siêu thị và 120 cửa hàng xăng dầu đang hoạt động": what is said after the last count of
# a list ('đang hoạt động', 'đạt chuẩn quốc gia')
_LIST_END = re.compile(
    r"\s*[^\W\d][^,;.()\d:]{0,40}?\s(?P<said>(?:đang|đã|được|đạt|chưa|không)\s[^,;.()\d:]{2,40}?)"
    r"\s*(?=[,;.]|$)"
)
_LIST_GAP = re.compile(r"(?P<noun>(?:\s*[^\W\d][^,;.()\d:]{0,40}?)?)\s*(?:,\s*|\s+và\s+|\s*và\s+)")


def said_of_the_list(text: str, found: list[Found]) -> list[Found]:
    """'Toàn huyện có 7 cụm công nghiệp, 45 chợ, 3 siêu thị và 120 cửa hàng xăng dầu đang hoạt
    động': what is said after the last count of a list joined by commas and 'và' is said of
    every count in it ('Số chợ đang hoạt động'), not of the last alone."""
    out = list(found)
    i = 0
    while i < len(out):
        run = [i]
        while (
            run[-1] + 1 < len(out)
            and out[run[-1]].unit not in (None, "%")
            and (gap := _LIST_GAP.fullmatch(text, out[run[-1]].span[1], out[run[-1] + 1].span[0]))
        ):
            run.append(run[-1] + 1)
        i = run[-1] + 1
        last = out[run[-1]]
        if len(run) < 2 or not re.search(r"\svà\s*$", text[out[run[-2]].span[1] : last.span[0]]):
            continue
        end = _LIST_END.match(text, last.span[1])
        if (
            end is None
            or last.unit is None
            or not all(out[j].label.startswith("Số ") for j in run[:-1])
        ):
            continue
        said = end.group("said").strip()
        for j in run:
            f = out[j]
            gap = _LIST_GAP.match(text, f.span[1]) if j != run[-1] else None
            noun = f"{f.unit}{gap.group('noun') if gap else text[f.span[1] : end.start('said')]}"
            label = _tidy(re.sub(r"\s+", " ", f"Số {noun.strip()} {said}"))
            if said not in f.label and _nwords(label) <= LABEL_WORDS:
                out[j] = replace(f, label=label)
    return out


# a level of an administration or a service the parts of a count are told by ('cấp tỉnh có 3 hộ',
# 'tuyến huyện 12 bác sĩ'), written where the part's own subject would be
_LEVEL = re.compile(
    r"(?:^|[(,;:]\s*|\s)(?P<level>(?:cấp|tuyến)\s+(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|"
    r"thị trấn|thôn|cơ sở|trung ương|Trung ương|khu vực))(?:\s+(?:có|đạt|là|được))?\s*$"
)


def levelled_parts(text: str, found: list[Found]) -> list[Found]:
    """'… 554 hộ nông dân đăng ký, đạt 100,3% chỉ tiêu (cấp tỉnh có 3 hộ, cấp huyện có 13 hộ, cấp xã
    538 hộ)': a count whose own words are only a level ('cấp tỉnh') is the part at that level of
    the nearest count before it in its sentence in the same unit ('Số hộ nông dân đăng ký cấp
    tỉnh'), not a count of the level."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit in (None, "%") or i == 0:
            continue
        sentence = _sentence_start(text, f.span[0])
        opening = max(sentence, out[i - 1].span[1])
        level = _LEVEL.search(text, opening, f.span[0])
        if level is None:
            continue
        head = next(
            (
                g
                for g in reversed(out[:i])
                if g.unit == f.unit
                and g.span[0] >= sentence
                and not _LEVEL.search(text, max(sentence, g.span[0] - 40), g.span[0])
            ),
            None,
        )
        if head is None:
            continue
        # the whole's scope gives way to the part's level ('Số bác sĩ toàn tỉnh' -> 'tuyến huyện')
        subject = re.sub(
            r"\s+(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thành phố|thị xã)$", "", subject_of(head.label)
        )
        said = level.group("level")
        if said.lower() in subject.lower() or _nwords(subject) < 2:
            continue
        label = f"{fit(subject, LABEL_WORDS - _nwords(said))} {said}"
        out[i] = replace(f, label=label)
    return out


# "đạt 143,8% so với nghị quyết HĐND xã", "đạt 105% chỉ tiêu Nghị quyết": what a share is
# attained against, as written
_AGAINST = re.compile(
    r"\s*(?:so(?:\s+với)?\s+)?((?:nghị quyết|chỉ tiêu|kế hoạch|dự toán|mục tiêu)"
    r"(?:\s+[^\W\d][^,;.()\d]{0,30}?)?)(?=\s*(?:[,;.()]|\d|$))",
    re.IGNORECASE,
)


# "Từ nguồn vốn Quỹ hỗ trợ nông dân, …", "tranh thủ nguồn vốn Trung ương thực hiện …", "và vốn
# Quỹ hỗ trợ nông dân huyện 100 triệu đồng": the fund a clause's figures come from, up to the verb
# (or the sum) after its name
_FUND = re.compile(
    r"(?:nguồn vốn\s+(?P<fund>[^\W\d][^,;.()\d]{0,40}?)|vốn\s+(?P<named>Quỹ[^,;.()\d]{1,40}?))"
    r"(?=\s+(?:đã|đang|sẽ|thực hiện|triển khai|để|cho|được|góp phần|với|là)\s|\s*[,;.(]|\s+\d|$)"
)


def _from_fund(fund: str) -> str:
    """'từ Quỹ hỗ trợ nông dân tỉnh', 'từ vốn Trung ương': where a count's money came from."""
    return f"từ {fund}" if re.match(r"quỹ\s", fund, re.IGNORECASE) else f"từ vốn {fund}"


def named_by_fund(text: str, found: list[Found]) -> list[Found]:
    """'…, Huyện hội đã thực hiện 26 dự án, hỗ trợ 272 hội viên, số tiền 2 tỷ 265 triệu đồng và
    tranh thủ nguồn vốn Trung ương thực hiện 04 dự án, …': counts and sums said after a fund in
    their sentence, named by no fund of their own, come from it ('Số dự án từ vốn Trung ương',
    'Vốn Trung ương' for a bare 'Số tiền')."""
    out = list(found)
    for i, f in enumerate(out):
        sentence = _sentence_start(text, f.span[0])
        funds = [
            m
            for m in _FUND.finditer(text, sentence, f.span[0])
            if ";" not in text[m.end() : f.span[0]]
        ]
        if not funds or f.unit in (None, "%") or "vốn" in f.label.lower():
            continue
        fund = (funds[-1].group("fund") or funds[-1].group("named")).strip()
        if not 1 <= _nwords(fund) <= 6:
            continue
        if f.unit in (*_MONEY_UNITS,) and re.fullmatch(
            r"(?:Số tiền|Kinh phí|Tổng số tiền)", f.label
        ):
            label = f"Vốn {fund}"
        elif f.label.startswith("Số ") and _nwords(f"{f.label} từ vốn {fund}") <= LABEL_WORDS:
            label = f"{f.label} từ vốn {fund}"
        elif f.label.startswith("Số ") and f.unit is not None:
            # the fund tells the counts apart: 'Số hội viên từ Quỹ …', what was done with it left
            label = f"Số {f.unit} {_from_fund(fund)}"
        elif re.search(r"\sđã\s", f" {f.label} ") and not f.label.startswith("Số "):
            label = f"Số {f.unit} từ vốn {fund}"  # 'Huyện hội đã thực hiện': who, not what
        else:
            continue
        out[i] = replace(f, label=label)
    return out


_MONEY_UNITS = ("tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "tỷ USD", "triệu USD", "USD")
_SHORT_PLAN = re.compile(r"(\(?so với )(KH|NQ|DT)(\)?)$")
_PLAN_WORDS = {"KH": "kế hoạch", "NQ": "nghị quyết", "DT": "dự toán"}


# the clause a share of a plan is said in, after the last ';' since the figure before: a subject
# of its own (a name, or names listed with commas, no number), then its verb of attaining
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\s*(?!(?:và|nhưng|song|đạt|bằng|tăng|giảm|vượt|so|trong đó|chiếm)\s)"
    r"[^\W\d][^;:()\d]{2,60}?\s+(?:ước\s+|dự ước\s+|ước tính\s+)?(?:đạt|bằng)"
    r"(?:\s+(?:hơn|gần|khoảng|trên))?\s*"
)


def said_in_its_own_clause(text: str, prev_end: int, start: int) -> bool:
    """A share of a plan said in a clause of its own, after a ';' since the figure before it,
    that names its own subject ('… 01 thôn nông thôn mới kiểu mẫu; mức thu ngân sách trên địa
    bàn đạt 100% dự toán', '… thu phí, lệ phí đạt 45,2% dự toán; thu thuế thu nhập cá nhân đạt
    26,2% dự toán'): the share is of that subject, not of the figure before (h45d, issue 15)."""
    gap = text[prev_end:start]
    cut = gap.rfind(";")
    return cut >= 0 and _CLAUSE_OF_ITS_OWN.fullmatch(gap, cut + 1) is not None


def measured_against(text: str, found: list[Found]) -> list[Found]:
    """'Tổng thu ngân sách gần 4 tỷ đồng đạt 120,5% so với nghị quyết HĐND xã': a share
    attained against a plan its label does not name says which ('Tổng thu ngân sách so với
    nghị quyết HĐND xã'), so that two shares of one subject read apart; a plan written short
    ('KH', 'NQ', 'DT') is said in words."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit == "%" and (short := _SHORT_PLAN.search(f.label)):
            # "đạt 98%KH", "91,72%NQ": the plan said in words on a slide ('(so với kế hoạch)')
            said = f"{short.group(1)}{_PLAN_WORDS[short.group(2)]}{short.group(3)}"
            subject = f.label[: short.start()].rstrip()
            if _nwords(f"{subject} {said}") > LABEL_WORDS:
                # the plan said in words is longer: 'so' for 'so với' first, then the subject
                # fitted to the room left
                said = said.replace("so với ", "so ")
                subject = fit(subject, LABEL_WORDS - _nwords(said))
            out[i] = f = replace(f, label=f"{subject} {said.lstrip()}")
        # "(so với nghị quyết)", the generic suffix a share of a resolution takes, gives way to
        # the resolution named after the number ("so với nghị quyết HĐND xã"), as a plan does
        generic = re.search(r"\s*\(so với nghị quyết\)$", f.label, re.IGNORECASE)
        against = _AGAINST.match(text, f.span[1]) if generic and f.unit == "%" else None
        if generic and against and re.match(r"nghị quyết\s+\S", against.group(1), re.IGNORECASE):
            f = replace(f, label=f.label[: generic.start()])
        if f.unit != "%" or re.search(r"\bso(?:\s+với)?\s", f.label):
            continue
        if not re.search(r"(?:^|[\s(])(?:đạt|bằng)\s*$", text[max(0, f.span[0] - 12) : f.span[0]]):
            continue
        against = _AGAINST.match(text, f.span[1])
        if against is None or _nwords(against.group(1)) > 5:
            continue
        base = against.group(1)
        subject = subject_of(f.label)
        if _nwords(subject) < 1:
            continue
        said = f"so với {base[:1].lower()}{base[1:]}"
        out[i] = replace(f, label=f"{fit(subject, LABEL_WORDS - _nwords(said))} {said}")
    return out


def slug(label: str, taken: set[str], hints: dict[str, int] | None = None) -> str:
    """An ASCII key from a label, unique among ``taken`` (which it joins): the label's words,
    numbered from 2 while taken. ``hints``, kept by the caller beside ``taken``, remembers where
    each numbering got to (keys are only ever added, so the first free number never falls): a
    list of thousands of items with one label costs a look each, not thousands."""
    plain = unicodedata.normalize("NFKD", label.replace("đ", "d").replace("Đ", "D"))
    plain = plain.encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in _STOP]
    base = "_".join(words[:6]) or "figure"
    if base[0].isdigit():
        base = f"f_{base}"
    key, n = base, 2
    if key in taken and hints is not None:
        n = max(2, hints.get(base, 2))
        key = f"{base}_{n}"
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    if hints is not None and key != base:
        hints[base] = n
    taken.add(key)
    return key


_STOP = {"cua", "va", "cac", "duoc", "trong", "do", "la", "so", "voi", "nhung", "mot"}


# "Dự án A đoạn qua B: từ 28% lên đạt 38,37%, còn chậm 4% so với kế hoạch": a part's level
# before and after, and its lag behind (or lead on) a plan
_FROM_WORD = re.compile(r"(?:^|\s)từ\s*$")
_UP_TO = re.compile(r"\s*(?:tăng\s+)?lên(?:\s+(?:đạt|mức))?\s*$")
_LAG = re.compile(r",?\s*(?:còn\s+|nhưng\s+|song\s+)?(chậm|vượt|nhanh)(?:\s+hơn)?\s*$")
_LAG_BASE = re.compile(r"\s*so(?:\s+với)?\s+(kế hoạch|tiến độ|chỉ tiêu|mục tiêu|dự toán)\b")
# a part of a programme named by its common noun: a work or a place ('Dự án A', 'Gói thầu XL-01')
_COMMON_PART = re.compile(
    r"(?:Dự án|Công trình|Hạng mục|Tuyến|Gói thầu|Đoạn|Cầu|Tỉnh|Huyện|Xã|Thành phố)\s", re.I
)
_PART_MEASURE = re.compile(
    r"(?:sản lượng|tiến độ|khối lượng|giá trị|tỷ lệ|giải ngân)(?:\s+[^\W\d]+){0,2}"
)


def _progressing_part(text: str, start: int, found: list[Found]) -> str:
    """The part whose level a 'từ A% lên B%' starting at ``start`` (the 'từ') gives: the words
    of its clause before it, a work or a place ('Dự án Hữu Nghị - Chi Lăng'), a measure written
    after the part ('Dự án Đồng Đăng - Trà Lĩnh, sản lượng') put first; '' when the clause names
    none (an act, 'nâng tỷ lệ che phủ rừng', or a measure alone), or holds a figure of ``found``."""
    before = text[:start].rstrip(" :,")
    cut = max(before.rfind(";"), before.rfind(": "), before.rfind(". "))
    part = before[cut + 1 :].strip(" :,")
    if not _COMMON_PART.match(part) or any(cut < f.span[0] < start for f in found):
        return ""
    name, _, measure = part.rpartition(", ")
    if name and _PART_MEASURE.fullmatch(measure):
        part = f"{measure[:1].upper()}{measure[1:]} {name[:1].lower()}{name[1:]}"
    part = part[:1].upper() + part[1:]
    if not 2 <= _nwords(part) <= LABEL_WORDS:
        return ""
    return part


def _part_in(part: str, budget: int, cut: bool = True) -> str:
    """``part`` in ``budget`` words: a section of a named work ('Dự án A - B đoạn qua C') by its
    section ('Đoạn qua C'), else fitted (`fit`)."""
    if _nwords(part) > budget and (section := re.search(r"\sđoạn\s", part)):
        part = "Đ" + part[section.start() + 2 :]
    return fit(part, budget, cut)


def _own(f: Found) -> tuple[str, ...]:
    """``f``'s review remarks without the one saying its label was borrowed."""
    return tuple(r for r in f.review if r != "label borrowed from the figure before it")


def levels_of_parts(text: str, found: list[Found]) -> list[Found]:
    """A part's level before and after ('Dự án Hữu Nghị - Chi Lăng từ 7,58% lên đạt 20,12%')
    is named after the part, the level before as such ('… (kỳ trước)'), and the lag (or lead)
    on a plan said next ('chậm 27,92% so với kế hoạch') as that part's lag: 'Dự án Hữu Nghị -
    Chi Lăng chậm so với kế hoạch', not the bare 'Chậm' nor the words of another clause."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.unit != "%" or second.unit != "%":
            continue
        opened = _FROM_WORD.search(text, max(0, first.span[0] - 6), first.span[0])
        if opened is None or not _UP_TO.fullmatch(text[first.span[1] : second.span[0]]):
            continue
        part = _progressing_part(text, opened.start(), out)
        if not part:
            continue
        out[i] = replace(
            first, label=f"{_part_in(part, LABEL_WORDS - 2)} (kỳ trước)", review=_own(first)
        )
        out[i + 1] = replace(second, label=_part_in(part, LABEL_WORDS), review=_own(second))
        if i + 2 < len(out) and out[i + 2].unit == "%":
            lag = out[i + 2]
            verb = _LAG.fullmatch(text[second.span[1] : lag.span[0]])
            base = _LAG_BASE.match(text, lag.span[1])
            if verb and base:
                said = f"{verb.group(1)} so với {base.group(1)}"
                named = _part_in(part, LABEL_WORDS - _nwords(said), cut=False)
                if _nwords(f"{named} {said}") > LABEL_WORDS:
                    said = said.replace("so với ", "so ")  # as `measured_against` says it short
                named = f"{_part_in(part, LABEL_WORDS - _nwords(said))} {said}"
                out[i + 2] = replace(lag, label=named)
    return out


# "giảm số bậc từ 7 bậc thành 5 bậc", "giảm mức thuế suất 15% (ở bậc 2) xuống 10%": a measure
# set from one level to another, where `_from_to_levels` finds no 'từ … lên/xuống' of its own
_TO_OTHER_LEVEL = re.compile(
    r"\s*(?:\((?:ở\s+)?(?P<where>[^()\d]{0,30}\d{0,3})\)\s*)?"
    r"(?P<verb>thành|xuống(?:\s+còn)?|lên)(?:\s+mức)?\s*"
)
_PROPOSED = re.compile(
    r"\b(?:đề nghị|đề xuất|dự thảo|dự kiến|phấn đấu|điều chỉnh|sửa đổi)\b", re.IGNORECASE
)
_LEVEL_WHEN = ("hiện nay", "đầu kỳ")


def _measure_before(text: str, start: int) -> str:
    """The measure named in the clause before ``start`` (the first level or its 'từ'), the acts
    that open it dropped ('điều chỉnh giảm số bậc' -> 'số bậc'); '' when none."""
    before = _FROM_WORD.sub("", text[:start]).rstrip()
    cut = max(before.rfind(c) for c in ",;:.()%")  # ('… xuống 10% và thuế suất 25%')
    clause = re.sub(r"^(?:và|hoặc)\s+", "", before[cut + 1 :].strip())
    tagger = _pyvi()
    if not clause or tagger is None:
        return ""
    tokens, tags = tagger(clause)
    # the noun phrase that ends the clause (pyvi tags some compound nouns as verbs: 'thuế_suất')
    first = len(tokens)
    while first > 0 and (
        tags[first - 1] in ("N", "Nc", "A", "M")
        or tags[first - 1] == "V"
        and "_" in tokens[first - 1]
    ):
        first -= 1
    while first < len(tokens) and tags[first] not in ("N", "Nc"):
        first += 1
    if first == len(tokens):
        return ""
    measure = " ".join(t.replace("_", " ") for t in tokens[first:])
    return measure if 2 <= _nwords(measure) <= 6 else ""


def set_levels(text: str, found: list[Found]) -> list[Found]:
    """A measure set from one level to another that `_from_to_levels` leaves ('điều chỉnh giảm
    số bậc từ 7 bậc thành 5 bậc', 'giảm mức thuế suất 15% (ở bậc 2) xuống 10%'): both levels
    named by the measure and where it applies ('Mức thuế suất bậc 2'), the first said as the
    level it starts from, 'hiện nay' in a sentence that proposes or targets the change, else
    'đầu kỳ' (as `_from_to_levels` says it)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        to = _TO_OTHER_LEVEL.fullmatch(text, first.span[1], second.span[0])
        if to is None or first.unit != second.unit or first.label.endswith(_LEVEL_WHEN):
            continue
        if to["verb"] != "thành" and not to["where"] and _FROM_WORD.search(text, 0, first.span[0]):
            continue  # 'từ A lên B' with nothing between: `_from_to_levels`' own
        # the measure before the first level, or (a count: 'từ 7 bậc') what it counts
        measure = _measure_before(text, first.span[0])
        if not measure:
            continue
        if to["where"]:
            measure = f"{measure} {to['where'].strip()}"
        measure = measure[:1].upper() + measure[1:]
        # (the proposal may be said sentences before: 'Bộ Tài chính đã … điều chỉnh giảm số
        # bậc …. Cụ thể là giảm mức thuế suất 15% (ở bậc 2) xuống 10%')
        when = "hiện nay" if _PROPOSED.search(text, 0, second.span[0]) else "đầu kỳ"
        out[i] = replace(first, label=f"{fit(measure, LABEL_WORDS - 2)} {when}")
        out[i + 1] = replace(second, label=fit(measure, LABEL_WORDS))
    return out


def lent_from_before(found: list[Found], i: int) -> bool:
    """The rules lent figure ``i`` the label of the figure before it ('Thu từ khu vực DNNN đạt
    95% dự toán; thu phí, lệ phí vượt 12% dự toán'; 'đạt 11.580 tỷ đồng, chiếm 20%'): the
    passes of truth.py and subject.py leave it as it is, for the composer (compose.py) finds such
    a figure by that same label and names it from its own clause."""
    return i > 0 and found[i - 1].label == found[i].label


# a measure named by its noun alone ('Năng suất', 'Sản lượng (so với kế hoạch)', 'Diện tích ước
# thu hoạch', 'Năng suất bình quân', 'Năng suất giảm'): of what, the item does not say
_BARE_MEASURE = re.compile(
    r"(?P<measure>Năng suất|Sản lượng|Diện tích)(?P<mean>\s+bình quân)?"
    r"(?P<act>(?:\s+(?:ước|dự ước|thu hoạch|gieo trồng|xuống giống|đạt))*)"
    r"(?P<tail>\s+(?:tăng|giảm)(?:\s.*)?|\s+\(so với [^()]*\))?"
)
# what an item's sentence opens with when its subject is not a crop, a herd or a sector: a
# measure, an estimate's verb, a part's or a time's lead ('Ước 6 tháng thu hoạch …', 'Dự ước
# diện tích …', 'Tổng diện tích …', 'Trong đó …')
_NOT_A_SUBJECT = re.compile(
    r"(?:Năng suất|Sản lượng|Diện tích|Tổng|Tỷ lệ|Tỉ lệ|Tỷ trọng|Tỉ trọng|Tốc độ|Chỉ số|Mức"
    r"|Giá trị|Số|Ước|Dự ước|Dự kiến|Dự tính"
    r"|Trong|Ngoài|Riêng|Đến|Tính|Năm|Tháng|Quý"
    r"|Cả|Toàn|Bình quân|Đạt|Tăng|Giảm|Nhìn|Nhìn chung|Nhờ|Do|Tuy|Hiệu quả|Thực hiện|Triển khai"
    r"|Hoàn thành|Phấn đấu|Tiếp tục|Chỉ đạo|Trồng)(?!\w)"
)
_TOPIC = re.compile(r"^(?:Về|Đối với)\s+(?=\S)", re.IGNORECASE)
# where the subject that opens a sentence ends: a comma or colon, a number, the time or the act
# said of it ('Cây ngô 6 tháng đầu năm gieo trồng được …', 'Vụ lúa Đông Xuân, xuống giống …')
_SUBJECT_ENDS = re.compile(
    r"\s*(?:[,:;(]|\d|\s(?:gieo trồng|gieo cấy|xuống giống|thu hoạch|ước|đạt|được|là|có|tăng|giảm"
    r"|cả năm|năm|tháng|vụ|đã)(?!\w))"
)
_KIND_WORD = re.compile(r"^(?:Cây|Vụ|Con|Đàn)\s+(?=\S)")


def _item_subject(text: str, before: int) -> str:
    """The crop, herd or sector an item's sentences are of, at or before ``before``: the
    first noun phrase of the nearest sentence that opens with one ('Cây lúa Đông Xuân gieo trồng
    được 529,5 ha … Ước 6 tháng thu hoạch 529,5 ha, năng suất ước đạt 41,8 tạ/ha': lúa Đông
    Xuân), without its kind word ('Cây', 'Vụ'); '' when none does."""
    starts = [0, *(s.end() for s in _SENTENCE_START.finditer(text, 0, before))]
    for start in reversed(starts):
        opening = _LEADING.sub("", text[start:before].lstrip(" -–+•*"))
        if (topic := _TOPIC.match(opening)) is not None:
            opening = opening[topic.end() :]  # 'Về cây lúa: …'
            opening = opening[:1].upper() + opening[1:]
        elif re.match(r"[^,;:.()\d]{1,40}:\s", opening):
            return ""  # a run-in head ('Vùng I: …'): the composer names the figures by it
        if not opening[:1].isupper() or _NOT_A_SUBJECT.match(opening):
            continue
        end = _SUBJECT_ENDS.search(f"{opening} ")
        name = opening[: end.start() if end else len(opening)].strip()
        if (kind := _KIND_WORD.match(name)) and name[kind.end()].islower():
            name = name[kind.end() :]  # ('Vụ Hè Thu', a season, kept whole)
        if not name or _nwords(name) > 4 or any(ch.isdigit() for ch in name):
            continue
        if (tagger := _pyvi()) is not None and tagger(name)[1][:1] == ["V"]:
            continue  # an act opens the sentence ('Thực hiện trồng 110ha …'), no subject
        return name if name[1:2].isupper() else name[:1].lower() + name[1:]  # ('HTX' kept)
    return ""


def named_by_the_item(text: str, found: list[Found]) -> list[Found]:
    """A measure named by its noun alone ('Năng suất', 'Sản lượng (so với kế hoạch)') in an item
    of crops, herds or sectors, each opening its sentences ('Cây lúa Đông Xuân gieo trồng …, năng
    suất ước đạt 41,8 tạ/ha'; 'Màu lương thực gieo trồng 752 ha, năng suất bình quân 3,7 tấn/ha'):
    named after the item's subject ('Năng suất lúa Đông Xuân', 'Năng suất bình quân màu lương
    thực'), as three bare 'Năng suất' of three crops are no labels a presenter can show."""
    out = list(found)
    for i, f in enumerate(out):
        bare = _BARE_MEASURE.fullmatch(f.label or "")
        if bare is None:
            continue
        subject = _item_subject(text, f.span[0])
        if not subject or subject.lower() in f.label.lower():
            continue
        measure, tail = f"{bare['measure']}{bare['mean'] or ''}", bare["tail"] or ""
        # (too long with all of it: the base's year, then the act, left out)
        short = re.sub(r"(\bcùng kỳ)\s+năm trước$", r"\1", tail)
        named = next(
            (
                label
                for label in (
                    f"{measure} {subject}{bare['act']}{tail}",
                    f"{measure} {subject}{bare['act']}{short}",
                    f"{measure} {subject}{short}",
                )
                if _nwords(label) <= LABEL_WORDS
            ),
            "",
        )
        if named:
            out[i] = replace(f, label=named)
    return out


# a crop and the act of sowing or harvesting it said as a label, no measure named ('Cây ngô
# gieo trồng', 'Rau các loại thu hoạch', 'Vụ lúa Đông Xuân, xuống giống'); the kind word ('Cây',
# 'Vụ' before a lower-case crop) and an estimate's 'ước' left out of the name
_CROP_ACT = re.compile(
    r"(?:(?:Cây|Vụ)\s+(?=[a-zđà-ỹ]))?(?P<crop>[^\W\d][^,;:()\d]{0,40}?),?\s+"
    r"(?:(?:ước|dự ước|ước tính)\s+)?"
    r"(?P<act>gieo trồng|gieo cấy|gieo sạ|xuống giống|thu hoạch|trồng mới)(?!\w)(?P<rest>.*)",
    re.IGNORECASE,
)
_AREA_UNITS = ("ha", "nghìn ha", "ngàn ha")
# a place said as who sows ('huyện Đam Rông gieo trồng', 'Toàn tỉnh gieo trồng', 'Các địa
# phương gieo trồng màu'): a kind of place (_PLACE_UNITS), the whole of one, or one by its name
_SOWING_PLACE = re.compile(
    rf"(?i:(?:toàn|cả|các)\s+)?(?i:{alternation(tuple(_PLACE_UNITS))}|thành phố|quận)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*)*"
)

_SOWN_CROP = re.compile(
    r"\s+(?P<crop>[^\W\d][^,;:()\d]{0,30}?)(?=\s+(?:tăng|giảm|vượt)(?!\w)|\s*\(|$)"
)


def _sown_by_place(said: re.Match[str]) -> tuple[str, str, str] | None:
    """A place that sows said before the act ('Huyện Đam Rông gieo trồng' of '6 tháng đầu năm
    nay, huyện Đam Rông gieo trồng 13.118 ha', 'Các địa phương gieo trồng màu'): the area is of
    the act and of the crop said after it ('Diện tích gieo trồng', 'Diện tích gieo trồng màu'),
    the place left out (it is the document's); as ``area_of_the_crop`` keeps it: the name with
    the act, the name alone, what follows; None when a crop, not a place, sows."""
    if not _SOWING_PLACE.fullmatch(said["crop"]):
        return None
    area = f"Diện tích {said['act'].lower()}"
    rest = said["rest"]
    crop = _SOWN_CROP.match(rest)
    if crop and not re.match(r"(?:cả năm|năm|tháng|quý|vụ|được)(?!\w)", crop["crop"]):
        area, rest = f"{area} {crop['crop']}", rest[crop.end() :]
    return area, area, rest


def area_of_the_crop(found: list[Found]) -> list[Found]:
    """A crop's area named by its crop and the act alone ('Cây ngô 6 tháng đầu năm gieo trồng
    được 471,5 ha, tăng 2,5% so cùng kỳ': 'Cây ngô gieo trồng'; 'Rau các loại … thu hoạch được
    1.203,8 ha': 'Rau các loại thu hoạch'): named by its area ('Diện tích ngô gieo trồng',
    'Diện tích rau các loại thu hoạch'), as a card reading 'Cây ngô gieo trồng: 471,5 ha' says
    not what of the crop is counted; the changes and rates of it said with its label, after it,
    renamed with it ('Diện tích ngô gieo trồng tăng so với cùng kỳ')."""
    out = list(found)
    renamed: dict[str, tuple[str, str, str]] = {}  # label -> area and act, area, its rest
    for i, f in enumerate(out):
        label = f.label or ""
        if (f.unit or "").lower() in _AREA_UNITS and label not in renamed:
            said = _CROP_ACT.fullmatch(label)
            # ('Diện tích huyện Đam Rông gieo trồng': the area of the act, said with the place)
            placed = _CROP_ACT.fullmatch(re.sub(r"^Diện tích\s+", "", label, flags=re.I))
            if placed is not None and (sown := _sown_by_place(placed)) is not None:
                renamed[label] = sown
            elif (
                said is None
                or re.match(rf"{_MEASURE_NOUN}(?!\w)", said["crop"], re.IGNORECASE)
                or _nwords(said["crop"]) > 5
                # ('Cây ngô gieo trồng màu': not the crop's own area)
                or not re.fullmatch(
                    r"(?:\s+(?:cả năm|năm|tháng|quý|vụ|được)(?!\w).*)?", said["rest"]
                )
            ):
                continue
            else:
                crop = said["crop"]
                crop = crop if crop[1:2].isupper() else _lower_first(crop)  # ('HTX' kept)
                area = f"Diện tích {crop} {said['act'].lower()}"
                if _nwords(area) <= LABEL_WORDS:
                    renamed[label] = (area, f"Diện tích {crop}", said["rest"])
        own = next(
            (
                old
                for old in renamed
                if label == old or re.match(rf"{re.escape(old)}\s+(?:tăng|giảm|vượt|\()", label)
            ),
            None,
        )
        if own is None:
            continue
        area, alone, rest = renamed[own]
        tail = label[len(own) :] if label != own else rest
        # too long with all of it: the change's base, then the act, left out
        short = re.sub(r"^(\s+(?:tăng|giảm))\s+so\b.*", r"\1", tail)
        named = next(
            (
                n
                for n in (f"{area}{tail}", f"{area}{short}", f"{alone}{short}")
                if _nwords(n) <= LABEL_WORDS
            ),
            "",
        )
        if named:
            out[i] = replace(f, label=named)
    return out


# a part of an enumeration named alone after the part that opens it ('; Dịch vụ 35,6%',
# ', nông thôn là 93 - 95%', '; khu vực nông thôn đạt 80%')
# (a name of sectors joined by commas, 'nông, lâm, thủy sản là 10,1%', is one part: the label
# must be the whole name, below)
_SIBLING = re.compile(
    r"\s*[;,]\s*(?:và\s+)?(?P<name>[^\W\d][^;:()\d]{0,60}?)\s*(?:\s(?:chiếm|là|đạt|khoảng))*\s*$"
)
_GROWTH_OF_IT = re.compile(
    r"\s*,\s*(?P<verb>tăng trưởng|tăng|giảm)(?:\s+(?:gần|hơn|khoảng|trên|dưới))?\s*", re.I
)
_SHARE_HEAD = re.compile(
    r"^(?:Tỷ trọng|Tỉ trọng)(?:\s+(?:của\s+)?(?:các\s+)?(?:ngành|khu vực))?\s+"
)
_PLACE_SIDE = re.compile(r"(?:khu vực\s+)?(?:nông thôn|thành thị|đô thị)", re.IGNORECASE)


def parallel_parts(text: str, found: list[Found]) -> list[Found]:
    """The parts of an enumeration named by the measure the list opens with, each of them
    ('Nông, lâm, ngư nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; Dịch vụ 35,6%': 'Tỷ
    trọng dịch vụ', not 'Dịch vụ', read as a growth); the other side of a place said after the
    first ('Thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%': 'Thu gom rác thải nông
    thôn', not 'Khu vực nông thôn')."""
    out = list(found)
    for i in range(1, len(out)):
        prev, f = out[i - 1], out[i]
        growth = _GROWTH_OF_IT.fullmatch(text, prev.span[1], f.span[0])
        if growth and f.unit == "%" and prev.label and f.label.lower() == growth["verb"].lower():
            # 'cá tra thu về hơn 1,2 tỷ USD, tăng trưởng gần 90%': the growth of the amount
            # said before it, as 'tăng 38%' is ('Cá tra tăng trưởng', not 'Tăng trưởng')
            named = f"{fit(prev.label, LABEL_WORDS - 2)} {growth['verb'].lower()}"
            out[i] = replace(f, label=named)
            continue
        sibling = _SIBLING.fullmatch(text, prev.span[1], f.span[0])
        if sibling is None or prev.unit != f.unit or not f.label or not prev.label:
            continue
        name = sibling["name"].strip()
        if f.label.lower() != name.lower() or _NOT_A_SUBJECT.match(name[:1].upper() + name[1:]):
            continue  # (named by more than its part, or by a measure of its own: 'tỉ lệ …')
        head = _SHARE_HEAD.match(prev.label)
        if head and f.unit == "%":
            out[i] = replace(f, label=fit(f"Tỷ trọng {_lower_first(name)}", LABEL_WORDS))
            continue
        place = _PLACE_SIDE.fullmatch(name)
        other = _PLACE_SIDE.search(prev.label) or _PLACE_SIDE.search(
            text, max(prev.span[0] - 40, 0), prev.span[0]
        )
        if place is None or other is None or other.group(0).lower() == name.lower():
            continue
        side = re.sub(r"(?i)^khu vực\s+", "", name).lower()
        if _PLACE_SIDE.fullmatch(prev.label):
            # ('Khu vực thành thị là 3,18%; khu vực nông thôn là 1,86%': the part as the first
            # is named, by its whole noun phrase, not 'Nông thôn')
            label = name[:1].upper() + name[1:]
        elif _PLACE_SIDE.search(prev.label):
            label = prev.label[: other.start()] + side + prev.label[other.end() :]
        else:
            # (the first part's label stops before its place: said after it, in brackets)
            label = f"{fit(prev.label, LABEL_WORDS - _nwords(side))} ({side})"
        if _nwords(label) <= LABEL_WORDS:
            out[i] = replace(f, label=label.strip())
    return out


# an amount named by a generic noun of money or worth alone ('Giá trị', 'Số tiền', 'Kinh phí'),
# perhaps with the level a change starts from ('Giá trị hiện nay')
_GENERIC_AMOUNT = re.compile(
    r"(?P<noun>Giá trị|Tổng giá trị|Trị giá|Tổng trị giá|Số tiền|Tổng số tiền|Kinh phí"
    r"|Tổng kinh phí)"
    r"(?P<level>\s+(?:hiện nay|đầu kỳ))?"
)
# where the text gives that noun to the amount: 'với giá trị (là)', 'có giá trị', '(kinh phí';
# what stands before it in its clause is what the amount is of
_AMOUNT_SAID = re.compile(
    r"(?:,\s*|\s+)(?:với|có|có tổng|với tổng)\s+(?:giá trị|số tiền|kinh phí|trị giá)(?!\w)"
    r"|\s*\(\s*(?:tổng\s+)?(?:giá trị|số tiền|kinh phí|trị giá)(?!\w)",
    re.IGNORECASE,
)
# who acts before the act ('đơn vị đã thực hiện …', 'Ủy ban MTTQ … đã hỗ trợ …'), the light verb
# that names no act by itself, and a count of what the act is done to or for ('của 04 dự án',
# 'trợ cấp giáo dục cho trên 162 nghìn đối tượng': a figure of its own, not what is paid for)
_DONE_BY = re.compile(r"^.*?\s(?:đã|sẽ|đang|cũng đã|vừa)\s+", re.IGNORECASE)
_LIGHT_ACT = re.compile(r"^(?:thực hiện|tiến hành)\s+", re.IGNORECASE)
_COUNT_OF = re.compile(
    r"\s+(?:của|cho)\s+(?:tổng số\s+)?(?:(?:gần|hơn|trên|khoảng|dưới)\s+)?\d[\d.,]*"
    r"(?:\s+[^\W\d]+){1,4}$"
)
# an amount, and a number that is no code ('57/2020/NĐ-CP' is one)
_AMOUNT_IN = re.compile(
    r"(?<![\w/])\d[\d.,]*\s*(?:(?:nghìn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)\s*)?(?:đồng|USD|%)(?!\w)"
)
_NUMBER_IN = re.compile(r"(?<![\w/])\d[\d.,]*(?![\w/])")
# the words that open the parts of a whole ('bao gồm các nhà máy thủy điện (…)', 'trong đó có
# 7 công trình', 'kể cả …'): one list for what opens a clause and what stands between a whole
# and its parts
_PART_WORDS = alternation(("bao gồm", "gồm", "trong đó", "kể cả"))
_PART_LEAD = re.compile(rf"^(?:{_PART_WORDS})\s+", re.IGNORECASE)
_COUNT_IN = re.compile(r"(?<!\S)\d[\d.,]*\s+(?=[^\W\d])")


def _what_the_amount_is_of(text: str, said: int) -> str:
    """What the clause before ``said`` (where 'với giá trị', '(kinh phí' gives an amount its
    noun) names: the thing or the act, without who does it, a light verb or a count; '' when
    the clause holds a number of its own or names nothing of two words."""
    start = max(
        [0, *(m.end() for m in _SENTENCE_START.finditer(text, 0, said))]
        + [text.rfind(c, 0, said) + 1 for c in ";:(\n"]
    )
    # (after an amount said before it in the clause: '01 Công trình … trị giá 6,8 tỷ đồng và
    # 110 Công trình …')
    start = max([start, *(m.end() for m in _AMOUNT_IN.finditer(text, start, said))])
    # the last clause before it, a list of kinds said with commas kept whole ('110 Công trình
    # thanh niên cấp huyện, cấp cơ sở với tổng giá trị …')
    pieces = re.split(r",\s+", re.sub(r"^\s*(?:và|,)\s+", "", text[start:said]).strip(" ,"))
    clause = pieces.pop()
    while pieces and _nwords(clause) <= 3:
        clause = f"{pieces.pop()}, {clause}"
    clause = _NUMBERING.sub("", clause.strip(" -–+•*"))
    clause = _PART_LEAD.sub("", _DONE_BY.sub("", clause))
    clause = _LIGHT_ACT.sub("", clause)
    clause = _COUNT_OF.sub("", clause)
    clause = _COUNT_IN.sub("", clause).strip(" ,.")
    if not clause or _NUMBER_IN.search(clause) or _nwords(clause) < 2 or "…" in clause:
        return ""
    if (tagger := _pyvi()) is not None and tagger(clause)[1][:1] in (["C"], ["E"]):
        return ""  # a clause opened by a conjunction or a preposition: no act, no thing
    return clause


def amount_of_what_before(text: str, found: list[Found]) -> list[Found]:
    """An amount named by a generic noun alone ('Giá trị', 'Số tiền', 'Kinh phí') where the
    text gives it that noun after what it is the worth of ('Điều chỉnh giảm kế hoạch vốn của 04
    dự án, với giá trị 526,380 tỷ đồng', 'thực hiện hoàn thuế theo Nghị định số 57/2020/NĐ-CP
    với số tiền là 707 tỷ đồng', 'xây tặng 200 căn nhà tình nghĩa (kinh phí 10 tỷ đồng)'):
    named by that too ('Giá trị điều chỉnh giảm kế hoạch vốn', 'Số tiền hoàn thuế theo Nghị
    định số 57/2020/NĐ-CP'), as a slide's 'Giá trị: 5 tỷ đồng' says of what to nobody."""
    out = list(found)
    for i, f in enumerate(out):
        bare = _GENERIC_AMOUNT.fullmatch(f.label or "")
        if bare is None:
            continue
        sentence = sentence_opening(text, f.span[0])
        said = list(_AMOUNT_SAID.finditer(text, sentence, f.span[0]))
        # (the noun's own clause: nothing between it and the amount but the level the change
        # starts from, 'với giá trị giảm từ 29,5 tỷ đồng xuống còn 15,2 tỷ đồng'; not what the
        # clause after it says, ', tương đương giảm 14,3 tỷ đồng')
        if not said or re.search(r"[;:]|,\s", text[said[-1].end() : f.span[0]]):
            continue
        what = _what_the_amount_is_of(text, said[-1].start())
        if not what:
            continue
        level = bare["level"] or ""
        # (too long, its generic head dropped; never cut: 'Giá trị công trình … cấp huyện, cấp')
        named = fit(f"{bare['noun']} {_lower_first(what)}", LABEL_WORDS - _nwords(level), False)
        if _nwords(named) + _nwords(level) <= LABEL_WORDS:
            out[i] = replace(f, label=f"{named}{level}")
    return out


# a list of items after what they are measured by: 'một số mặt hàng nhập khẩu có kim ngạch nộp
# thuế … tăng cao như: dầu thực vật tăng 13%; than tăng 50%', 'một số ngành có chỉ số sản xuất
# sản phẩm giảm như: …'; the measure, up to what is said of it (its change, time or degree);
# not a rate of growth, which the item's own 'tăng' says ('tốc độ tăng trưởng … như: xi măng
# tăng 14,1%')
_LISTED_AS = re.compile(r"(?<!\w)như\s*:\s*")
_LIST_MEASURE = re.compile(
    r"(?<!\w)(?P<measure>(?:kim ngạch|chỉ số sản xuất|chỉ số|sản lượng|số thuế|số thu|trị giá|"
    r"giá trị sản xuất|giá trị|doanh thu)"
    r"(?:\s+(?!tăng|giảm|trong|lại|đạt|cao|so|của|ước|năm|tháng|quý|cả|chủ yếu)[^\W\d]+){0,4}?)"
    r"(?=\s+(?:tăng|giảm|trong|lại|đạt|cao|so|của|ước|năm|tháng|quý|cả|chủ yếu)(?!\w)|\s+\d|\s*$)",
    re.IGNORECASE,
)


def measured_by_the_list_head(text: str, found: list[Found]) -> list[Found]:
    """The items of a list opened by 'như:' after the measure they share (a sentence saying 'một
    số mặt hàng nhập khẩu có kim ngạch nộp thuế … tăng cao như: dầu thực vật tăng 13%; than tăng
    50%'), each named by that measure and its own name ('Kim ngạch nộp thuế dầu thực vật tăng',
    not 'Dầu thực vật tăng', which says not what rose); an item whose label names a measure
    already, or too long with it, as it is."""
    out = list(found)
    for i, f in enumerate(out):
        sentence = sentence_opening(text, f.span[0])
        opens = list(_LISTED_AS.finditer(text, sentence, f.span[0]))
        if not opens or not f.label:
            continue
        heads = list(_LIST_MEASURE.finditer(text, sentence, opens[-1].start()))
        if not heads:
            continue
        measure = heads[-1]["measure"].strip()  # (the nearest: 'nhưng … có kim ngạch nộp thuế')
        # the item: its words from the separator before it to the figure, the label's opening
        item_start = max(
            [opens[-1].end(), *(m.end() for m in re.finditer(r"[;,]\s*", text[: f.span[0]]))]
        )
        item = text[item_start : f.span[0]].strip().lower()
        first = f.label.split()[0].lower()
        if not item.startswith(first) or _LIST_MEASURE.match(f.label):
            continue
        if any(w in f.label.lower() for w in ("kim ngạch", "sản lượng", "chỉ số", "doanh thu")):
            continue
        named = f"{measure[:1].upper()}{measure[1:]} {_lower_first(f.label)}"
        if named and _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# the measure a list's first part is named by, before what that part is ('Xuất khẩu tôm',
# 'Tổng đàn trâu, bò', 'Sản lượng cà phê', 'Kim ngạch xuất khẩu thủy sản'); a total's 'Tổng'
# is the whole's, not a part's ('Tổng đàn' -> 'Đàn bò')
_FIRST_PART_MEASURE = re.compile(
    r"(?P<total>Tổng\s+)?(?P<measure>kim ngạch xuất khẩu|kim ngạch nhập khẩu|"
    r"kim ngạch xuất nhập khẩu|xuất khẩu|nhập khẩu|sản lượng|diện tích gieo trồng|diện tích|"
    r"công suất|doanh thu|đàn|giá trị sản xuất|vốn đầu tư)\s+(?P<item>[^\W\d].*)",
    re.IGNORECASE,
)
# sectors that pyvi reads as verbs, named alone as parts as crops and goods are ('chăn nuôi 434
# triệu USD', after 'nông sản chính 21,49 tỷ USD')
_SECTOR_NAMES = ("chăn nuôi", "trồng trọt", "nuôi trồng", "khai thác")
# what may stand between the first part and a later one: one sentence, or the next one when
# it opens on the parts ('… đạt 48,6 tỷ USD … Trong đó nông sản chính 21,49 tỷ USD')
_PARTS_GO_ON = re.compile(
    r"[.!?]\s+(?:Trong đó|Bao gồm|Gồm|Cụ thể|Tiếp đến|Tiếp theo|Kế đến)[,:]?\s", re.IGNORECASE
)
# what an item's clause says before it names the item ('Tiếp đến hạt điều 21.000 tấn'): a
# sequence word, no part of the item
_SEQUENCE_LEAD = re.compile(r"^(?:Tiếp đến|Tiếp theo|Kế đến|Sau đó là|Sau đó|Tiếp sau)\s+")


# a measure a part's label names by itself (a mean, a profit, a price): no item of a list
_MEASURE_OF_ITS_OWN = re.compile(
    r"(?<!\w)(?:bình quân|trung bình|lãi|lợi nhuận|giá|mức|tổng|số)(?!\w)", re.IGNORECASE
)


def _unit_kind(unit: str | None) -> str:
    """``unit`` without its magnitude word ('tỷ USD', 'triệu USD': 'USD')."""
    return re.sub(r"^(?:nghìn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)\s+", "", (unit or "").lower())


def _part_name(label: str) -> tuple[str, str] | None:
    """A part's label split into its item, named alone ('Nông sản chính', 'Cá tra', 'Chăn
    nuôi', 'Bò'), and what is said of it ('', ' tăng', ' tăng so với cùng kỳ'); None when the
    label names a measure of its own ('Sản lượng cà phê', 'Tỷ lệ …')."""
    label = _SEQUENCE_LEAD.sub("", label)
    base = re.sub(r"\s+(?:tăng trưởng|tăng|giảm)$", "", subject_of(label))
    tail = label[len(base) :] if label.startswith(base) else ""
    if tail and not re.match(r"\s+(?:tăng|giảm)(?:\s|$)", tail):
        return None
    if not (_bare_noun(base) or base.lower() in _SECTOR_NAMES) or _FIRST_PART_MEASURE.match(base):
        return None
    if _MEASURE_OF_ITS_OWN.search(base):
        return None  # ('lãi bình quân 1,15 tỷ đồng/năm' after 'doanh thu bình quân …')
    return base, tail


# a part said as its name and its amount in brackets, after the whole's 'bao gồm' ('… hơn
# 3.250 MW, bao gồm các nhà máy thủy điện (hơn 2.251 MW), điện mặt trời (61 MW)')
_PART_IN_BRACKETS = re.compile(
    r"(?:^|[,;:]\s*|\s(?:bao gồm|gồm|trong đó)\s+)(?:và\s+)?(?P<item>[^\W\d][^,;:()\d]{1,40}?)"
    r"\s*\(\s*(?:hơn|gần|khoảng|trên|dưới)?\s*$",
    re.IGNORECASE,
)
_LISTS_PARTS = re.compile(rf"(?<!\w)(?:{_PART_WORDS})(?!\w)", re.IGNORECASE)
# what a unit measures, for parts whose whole names no measure ('Các dự án năng lượng tái tạo
# được đầu tư … hơn 3.250 MW'): power, area, output
_UNIT_MEASURES = {"mw": "Công suất", "mwp": "Công suất", "kw": "Công suất", "ha": "Diện tích"}


def _bracketed_part(found: Found, text: str, earlier: list[Found]) -> str:
    """The label of a part said as its name and its amount in brackets after its whole's 'bao
    gồm' ('… hơn 3.250 MW, bao gồm các nhà máy thủy điện (hơn 2.251 MW), điện mặt trời (61
    MW)'): the whole's measure, or the measure its unit says, and the part's name ('Công suất
    nhà máy thủy điện', 'Công suất điện mặt trời'), not the whole's label lent to it nor the
    name alone; '' when the figure is no such part."""
    said = _PART_IN_BRACKETS.search(text, max(0, found.span[0] - 60), found.span[0])
    if said is None or said.end() != found.span[0] and text[said.end() : found.span[0]].strip():
        return ""
    item = _DETERMINER_OF_PARTS.sub("", said["item"].strip())
    if not item or _nwords(item) > 5:
        return ""
    for g in reversed(earlier):
        between = text[g.span[1] : found.span[0]]
        if re.search(r"[.!?]\s|\n", between):
            return ""
        if _unit_kind(g.unit) != _unit_kind(found.unit) or not _LISTS_PARTS.search(between):
            continue
        head = _FIRST_PART_MEASURE.match(subject_of(g.label))
        measure = head["measure"] if head else _UNIT_MEASURES.get(_unit_kind(found.unit), "")
        if not measure:
            return ""
        named = f"{measure[:1].upper()}{measure[1:].lower()} {_lower_first(item)}"
        return named if _nwords(named) <= LABEL_WORDS else ""
    return ""


_DETERMINER_OF_PARTS = re.compile(
    r"^(?:(?:bao gồm|gồm|trong đó)\s+)?(?:các|những)?\s*", re.IGNORECASE
)


def measured_as_the_first_part(found: Found, text: str, earlier: list[Found]) -> str:
    """The label of a later part of a list named by its item alone ('Xuất khẩu tôm, ước đạt 1,8
    tỷ USD, tăng 38%; cá tra thu về hơn 1,2 tỷ USD'; 'xuất khẩu nông – lâm – thuỷ sản đạt … 48,6
    tỷ USD … Trong đó nông sản chính 21,49 tỷ USD, tăng 13,5%'; 'Tổng đàn trâu, bò 1.095 con (Bò
    970con, trâu 125con)'), given the figures of its paragraph before it (``earlier``, labels
    final): named by the measure the first part is named by ('Xuất khẩu cá tra', 'Xuất khẩu nông
    sản chính', 'Đàn bò'), as 'Cá tra: 1,2 tỷ USD' on a card says not what of the fish is
    counted; the part's change named as the part ('Xuất khẩu nông sản chính tăng'). Only where
    the item opens its own clause, in the first part's sentence or the next one opening on the
    parts; the label as it is otherwise."""
    label = found.label
    if not label:
        return label
    if named := _bracketed_part(found, text, earlier):
        return named
    if (part := _part_name(label)) is None:
        return label
    item, tail = part
    if tail and earlier:
        # the change said after the part's own amount ('nông sản chính 21,49 tỷ USD, tăng
        # 13,5%'): named as that amount is, once renamed
        before = earlier[-1]
        renamed = _FIRST_PART_MEASURE.fullmatch(before.label)
        if (
            renamed
            # (its item, or the measure alone: 'với sản lượng 202.000 tấn (tăng 3,9%)')
            and item.lower() in (renamed["item"].lower(), renamed["measure"].lower())
            and not re.search(r"[.!?;\n]", text[before.span[1] : found.span[0]])
        ):
            return f"{before.label}{tail}"
    clause = max([0, *(m.end() for m in re.finditer(r"[;,(:]\s*|[.!?]\s+", text[: found.span[0]]))])
    if item.lower() not in text[clause : found.span[0]].lower():
        return label  # (the label is not the words the item is written with before its number)
    for g in reversed(earlier):
        between = text[g.span[1] : found.span[0]]
        breaks = list(re.finditer(r"[.!?]\s+", between))
        if "\n" in between or (
            breaks and not (len(breaks) == 1 and _PARTS_GO_ON.match(between, breaks[0].start()))
        ):
            break
        if _unit_kind(g.unit) != _unit_kind(found.unit) or not g.label:
            continue  # ('434 triệu USD' after '15,96 tỷ USD': one unit, another magnitude)
        first = _FIRST_PART_MEASURE.match(subject_of(g.label))
        if first is None:
            continue
        if first["item"].lower().startswith(item.lower()):
            break
        named = f"{first['measure'][:1].upper()}{first['measure'][1:].lower()} "
        named += f"{_lower_first(item)}{tail}"
        return named if _nwords(named) <= LABEL_WORDS else label
    return label


# a contribution said of the subject of the change before it in its clause ('khu vực dịch vụ
# tăng 6,5%, đóng góp 43,9%'; 'ngành nông nghiệp tăng 1,84% …, đóng góp 0,17 điểm phần trăm')
# ('đóng góp tăng 0,12%': the points it adds to the growth, said with the growth's verb)
_CONTRIBUTES = re.compile(
    r"(?<!\w)(?:chỉ\s+)?đóng góp(?:\s+tăng)?(?:\s+(?:khoảng|gần|hơn|trên|được))?\s*$"
)
_CHANGED = re.compile(r"^(?P<subject>.+?)\s+(?:tăng trưởng|tăng|giảm)(?:\s|$)")
# what opens no subject: a comparison or a preposition ('Thấp hơn nhiều mức tăng', 'Vào mức …')
_NO_SUBJECT = re.compile(r"^(?:Thấp hơn|Cao hơn|Bằng|Gấp|Vào|Của|Với|So với|Mức)(?!\w)")


def contribution_named(found: Found, text: str, earlier: list[Found]) -> str:
    """The label of a contribution in percent or points ('đóng góp 43,9%', 'đóng góp 0,17 điểm
    phần trăm') said after the change of what contributes, in one clause ('khu vực dịch vụ tăng
    6,5%, đóng góp 43,9%'): that subject's contribution ('Khu vực dịch vụ đóng góp'), not its
    subject alone ('Khu vực dịch vụ', read as its growth or its share) nor the words said between
    ('Của quý I/2018, đóng góp'); given the paragraph's figures before it (``earlier``)."""
    if found.unit not in ("%", "điểm phần trăm"):
        return found.label
    start = found.span[0]
    digit = re.search(r"\d", text[start : found.span[1]])
    said = text[max(0, start - 30) : start + (digit.start() if digit else 0)]
    if not _CONTRIBUTES.search(said):
        return found.label
    clause = max([0, *(m.end() for m in re.finditer(r";\s*|[.!?]\s+|\n", text[:start]))])
    changed = next(
        (
            m["subject"]
            for g in earlier
            if g.span[0] >= clause
            and (m := _CHANGED.match(g.label or "")) is not None
            and not _NO_SUBJECT.match(m["subject"])
        ),
        "",
    )
    if not changed:
        return found.label
    named = f"{changed} đóng góp"
    after = text[found.span[1] : found.span[1] + 60]
    if re.match(r"\s*vào\s+(?:mức\s+|tốc độ\s+)?tăng", after) and _nwords(named) + 3 <= LABEL_WORDS:
        named += " vào tăng trưởng"  # ('đóng góp 4,9% vào mức tăng trưởng chung')
    return named if _nwords(named) <= LABEL_WORDS else found.label


# a share of a plan named by the plan's noun in brackets ('Tổng thu ngân sách (so với dự toán)')
_OF_A_PLAN = re.compile(
    r"^(?P<subject>.+?)\s*\(so với (?P<base>dự toán|kế hoạch|chỉ tiêu|nghị quyết)\)(?:\s.*)?$"
)
# the plan as the text writes it after the share, with who set it ('bằng 41% dự toán Trung
# ương giao', 'đạt 58% kế hoạch HĐND huyện giao', 'đạt 84,1% dự toán Bộ Tài chính và …')
_PLAN_SET_BY = re.compile(
    r"\s*(?:so với\s+|so\s+)?(?P<base>dự toán|kế hoạch|chỉ tiêu|nghị quyết)"
    r"(?P<setter>(?:\s+(?!và\b|tăng\b|giảm\b|so\b)[^\s,;.()]+){1,5}?)(?=\s*(?:[,;.()]|\svà\s|$))"
)


def plans_told_apart(text: str, found: list[Found]) -> list[Found]:
    """Shares of two plans of one measure in one sentence ('Tổng thu ngân sách … đạt 962,5 tỷ
    đồng, bằng 41% dự toán Trung ương giao, bằng 34% dự toán HĐND tỉnh giao'), named alike
    ('Tổng thu ngân sách (so với dự toán)' twice), each named by its own plan's setter as the
    text writes it ('(so với dự toán Trung ương giao)', '(so với dự toán HĐND tỉnh giao)'): two
    cards a hall cannot tell apart are no labels."""
    out = list(found)
    shares = [
        (i, m, _PLAN_SET_BY.match(text, f.span[1]))
        for i, f in enumerate(out)
        if f.unit == "%" and (m := _OF_A_PLAN.match(f.label or ""))
    ]

    def subject(m: re.Match[str]) -> str:
        return re.sub(r"^tổng\s+", "", m["subject"].lower())

    for i, m, said in shares:
        alike = [
            (j, other, set_by)
            for j, other, set_by in shares
            if j != i
            and subject(other) == subject(m)
            and not re.search(
                r"[.!?]\s|\n",
                text[min(out[i].span[1], out[j].span[1]) : max(out[i].span[0], out[j].span[0])],
            )
        ]
        if not alike or said is None or not said["setter"].strip():
            continue
        setters = {said["setter"].strip().lower()} | {
            s["setter"].strip().lower() for _, _, s in alike if s is not None
        }
        if len(setters) < 2:
            continue  # (one plan said twice: nothing tells them apart but the value)
        first = next(f for j, f in enumerate(out) if j in {i, *(j for j, _, _ in alike)})
        head = _OF_A_PLAN.match(first.label)
        name = head["subject"] if head else m["subject"]
        plan = f"{said['base']} {said['setter'].strip()}"
        short = re.sub(r"^Tổng\s+(\w)", lambda w: w[1].upper(), name)
        # (in ten words: the total's 'Tổng' left out, then 'so với' said 'so', as the genre
        # writes it: 'đạt 59,97% so dự toán')
        for named in (
            f"{name} (so với {plan})",
            f"{short} (so với {plan})",
            f"{short} (so {plan})",
            f"{short} ({plan})",
        ):
            if _nwords(named) <= LABEL_WORDS:
                out[i] = replace(out[i], label=named)
                break
    return out


# the stems of the genre's sectors said before a comma that joins them ('nông, lâm nghiệp và
# thủy sản', 'nông, lâm, ngư nghiệp', 'công, nông nghiệp')
_SECTOR_STEMS = {"nông", "lâm", "ngư", "công", "thủy", "thuỷ"}
_DETERMINER = re.compile(r"^(?:các|những|toàn bộ|tất cả)\s+", re.IGNORECASE)


def coordinate_restored(found: Found, text: str) -> str:
    """The label of a figure whose subject is the second of two names joined by a comma that
    share a word ('khu vực nông, lâm nghiệp và thủy sản tăng 2,68%'; 'tỉ trọng công nghiệp chế
    biến, chế tạo trong GDP đạt trên 25%'; 'các nhà máy thủy điện, điện gió đã đóng góp'), cut
    at that comma ('Lâm nghiệp và thủy sản tăng', 'Chế tạo trong GDP', 'Điện gió đã đóng góp'):
    with the first name put back ('Khu vực nông, lâm nghiệp và thủy sản tăng'), when the two fit
    in the label's length; the label as it is otherwise."""
    label = found.label
    if not label or not label[:1].isupper():
        return label
    clause = max([0, *(m.end() for m in re.finditer(r"[;:.!?\n(]\s*", text[: found.span[0]]))])
    words = re.split(r"\s+", label)
    lead = " ".join(words[: min(3, len(words))])
    at = text.lower().rfind(f", {lead.lower()}", clause, found.span[0])
    if at < 0:
        return label
    start = max(clause, text.rfind(",", clause, at) + 1)
    first = _DETERMINER.sub("", text[start:at].strip())
    if not first or re.search(r"\d", first) or not 1 <= _nwords(first) <= 6:
        return label
    tail = first.lower().split()[-3:]
    shared = words[0].lower() in tail or tail[-1] in _SECTOR_STEMS
    if not shared:
        return label
    named = f"{first[:1].upper()}{first[1:]}, {_lower_first(label)}"
    return named if _nwords(named) <= LABEL_WORDS else label


# the dimension a rate is said in, after it ('tăng 34,45% về số lượt xe và tăng 144,55% về lượt
# hành khách', 'đạt 81,05% về việc'): up to what joins the next figure or closes the clause
_SAID_IN = re.compile(
    r"\s*về\s+(?P<what>[^\W\d][^,;:.()\d]{0,30}?)(?=\s*(?:[,;:.()]|\svà\s|\sso\s|\s(?:tăng|giảm)\s|$))"
)


# the changes in dimensions that run before a change ('tăng 14,2% về số doanh nghiệp và …') and
# the change's own verb, with what opens their clause before them (a subject, or nothing)
_DIMENSION_RUN = re.compile(
    r"(?P<opening>[^,;:.()]*?)\s*(?:(?:tăng|giảm)\s+\d[\d.,]*\s*%\s*về\s+[^\W\d][^,;:.()\d]{0,30}?"
    r"\s+và\s+)*(?P<verb>tăng|giảm)\s*$",
    re.IGNORECASE,
)
_DIMENSION_MEASURED = re.compile(rf"^(?:{measures('first')}|{_MEASURE_NOUN})(?!\w)", re.I)


def dimension_named(found: Found, text: str, earlier: list[Found] | None = None) -> str:
    """The label of a rate or a change in percent the text says in a dimension ('vận chuyển
    hành khách tăng 34,45% về số lượt xe và tăng 144,55% về lượt hành khách'), with that
    dimension ('Vận chuyển hành khách tăng về số lượt xe'), as two changes of one subject in
    two dimensions are two labels, not one said twice; within the label's length.

    A change whose clause opens with its verb (', tăng 14,2% về số doanh nghiệp và tăng 27,1%
    về vốn đầu tư', after what a count and an amount before it measure) is named by the measure
    its dimension names ('Số doanh nghiệp tăng', 'Vốn đầu tư tăng'), not by the amount before
    it, said twice; one whose clause names its subject and that lost it to the dimension ('Tội
    phạm về trật tự xã hội giảm 13,2% về số vụ' read 'Số vụ giảm') takes it back. A count
    its sentence gives before it (of the figures of its paragraph before it, ``earlier``) and
    that the dimension names ('177 doanh nghiệp thành lập mới …, tăng 14,2% về số doanh
    nghiệp') names it in full, cut to fit ('Số doanh nghiệp thành lập mới tăng')."""
    label = found.label
    if found.unit != "%" or not label:
        return label
    said = _SAID_IN.match(text, found.span[1])
    start = max([0, *(m.end() for m in re.finditer(r"[.!?;:](?=\s)|\n", text[: found.span[0]]))])
    run = _DIMENSION_RUN.search(text, start, found.span[0]) if said else None
    if (
        said is not None
        and run is not None
        and _DIMENSION_MEASURED.match(what := said["what"].strip())
    ):
        opening = run["opening"].strip()
        verb = run["verb"].lower()
        counted = [
            fitted
            for f in earlier or ()
            if start <= f.span[0] < found.span[0]
            and (fitted := fit(f.label, LABEL_WORDS - 1)).lower().startswith(f"{what.lower()} ")
        ]
        if not opening and counted:
            return f"{counted[-1]} {verb}"
        if not opening and not label.lower().startswith(what.lower()):
            return f"{what[:1].upper()}{what[1:]} {verb}"
        subject = _DETERMINER.sub("", opening)
        subject = f"{subject[:1].upper()}{subject[1:]} {verb}"
        named = f"{subject} về {what}"
        if _nwords(named) > LABEL_WORDS:
            named = f"{subject} ({what})"  # ('Tội phạm về trật tự xã hội giảm (số vụ)')
        if (
            opening
            and not re.search(r"\d", opening)
            and re.sub(r"^về\s+", "", label.lower()).startswith(what.lower())
            and _nwords(named) <= LABEL_WORDS
        ):
            return named
    if not re.search(r"(?<!\w)(?:tăng|giảm)(?!\w)|^(?:Tỷ lệ|Tỉ lệ)(?!\w)", label):
        return label
    said = _SAID_IN.match(text, found.span[1])
    if said is None or said["what"].strip().lower() in label.lower():
        return label
    named = f"{label} về {said['what'].strip()}"
    return named if _nwords(named) <= LABEL_WORDS else label


# a time said before the whole's measure ('Đến 2030 tỷ lệ danh mục kỹ thuật'): no part of it
_TIME_BEFORE_MEASURE = re.compile(r"^(?:đến|tới|năm|đến năm|tới năm)\s+\d{4}\s+(?=\S)", re.I)


def shares_of_parts_in_brackets(text: str, found: list[Found]) -> list[Found]:
    """A share of a part said in a bracket right after the whole's share ('Tỷ lệ hộ nghèo còn
    5,2% (khu vực thành thị 2,1%; nông thôn 7,3%)'; '… tỷ lệ danh mục kỹ thuật … tối thiểu 82%
    (tuyến tỉnh đạt tối thiểu 75%; tuyến huyện đạt tối thiểu 90%)'), named by the part alone
    ('Khu vực thành thị', 'Tuyến tỉnh'): named by the whole's measure and the part ('Tỷ lệ hộ
    nghèo khu vực thành thị', 'Tỷ lệ danh mục kỹ thuật tuyến tỉnh'), as 'Tuyến tỉnh: 75%' on a
    card says not what the share is of. Parts that name a measure of their own are left."""
    out = list(found)
    whole: Found | None = None
    for i, f in enumerate(out):
        if f.unit != "%":
            whole = None
            continue
        if whole is not None and "(" in text[whole.span[1] : f.span[0]]:
            opened = text.index("(", whole.span[1])
            label = f.label or ""
            measure = _TIME_BEFORE_MEASURE.sub("", subject_of(whole.label or ""))
            if (
                not text[whole.span[1] : opened].strip()
                and ")" not in text[opened : f.span[0]]
                and 1 <= _nwords(label) <= 4
                and label.lower() in text[opened : f.span[0]].lower()
                and not re.match(rf"{_MEASURE_NOUN}(?!\w)", label, re.IGNORECASE)
                and re.match(r"(?:Tỷ lệ|Tỉ lệ|Tỷ trọng)\s", measure, re.IGNORECASE)
                and _nwords(named := f"{measure[:1].upper()}{measure[1:]} {_lower_first(label)}")
                <= LABEL_WORDS
            ):
                out[i] = replace(f, label=named)
            continue
        whole = f
    return out


# a measure named by its noun alone, perhaps with its change or its base after it ('Tổng công
# suất', 'Đóng góp trực tiếp', 'Tốc độ tăng trưởng', 'Doanh thu', 'Chiếm tỷ trọng'): of what, its
# own clause does not say; an earlier clause of its sentence does
_VAGUE_MEASURE = re.compile(
    r"(?:Số\s+\S+\s+)?"  # ('Số MWp tổng công suất': the unit counted, read as the measure's own)
    r"(?P<measure>(?:Tổng\s+)?(?:quy mô\s+)?công suất|Tổng mức đầu tư|Tổng vốn đầu tư"
    r"|Đóng góp(?:\s+trực tiếp)?|(?:Tốc độ\s+)?tăng trưởng(?:\s+bình quân)?|Doanh thu"
    r"|(?:Chiếm\s+)?tỷ trọng)"
    r"(?P<tail>\s+(?:tăng|giảm)(?:\s.*)?|\s+\(so với [^()]*\)|\s+so với [^()]*)?",
    re.IGNORECASE,
)
# a measure of size the text gives the number after what it is the size of: '7 công trình nhà
# máy thủy điện lớn … với tổng công suất 1.841 MW', '26 dự án … với tổng mức đầu tư …'
_SIZE_SAID = re.compile(
    r"(?:,\s*|\s+)(?:với|có)\s+(?:tổng\s+)?(?:quy mô\s+)?(?:công suất|mức đầu tư|vốn đầu tư)"
    r"(?:\s+(?:là|khoảng|gần|hơn|trên|đạt|ước đạt))*\s*$",
    re.IGNORECASE,
)
# the thing a count before it counts, up to what is said of it ('7 công trình nhà máy thủy
# điện lớn do …', '02 dự án điện gió (Cà Mau 1A …)', '26 dự án đã được …')
_COUNTED_THING = re.compile(
    r"(?<![\w.,/])\d[\d.,]*\s+(?P<what>[^\W\d][^,;:()\d]*?)"
    r"\s*(?=[(,;:]|$|\s(?:do|đã|được|đang|sẽ|vừa|của|với|và|tại|ở)\s)"
)
# what opens a sentence before its subject: a list mark or a source, a time, an aim or a frame
_OPENERS = re.compile(
    r"^(?:[\s\-–+•*]+|\([A-ZĐ]{2,}\)\s*[-–]\s*"
    r"|(?:Hiện nay|Ngoài ra|Bên cạnh đó|Đồng thời|Phấn đấu|Mục tiêu cụ thể|Cụ thể|Theo đó"
    r"|Trong đó)\s*,?\s*"
    rf"|{_PERIOD_OPENING}\s*,?\s*)+",
    re.IGNORECASE,
)
# where the subject of a sentence ends: its verb (or a word of time or degree before it)
_SUBJECT_VERB = re.compile(
    r"\s+(?:đã|sẽ|đang|vừa|cũng|đều|tiếp tục|đón|đóng góp|phát triển|sản xuất|tăng trưởng|tăng"
    r"|giảm|đạt|có|chiếm|nộp|thu|là|được|ước|chủ động|thực hiện|hoạt động)(?!\w)"
    r"|[;:(]|\d",
    re.IGNORECASE,
)
# 'thu' closing a noun of revenue, not the verb 'thu' (collect)
_THU_NOUN = re.compile(r"(?:doanh|tổng)\s+thu$", re.IGNORECASE)
# a subject that is a measure of something ('Tốc độ tăng trưởng bình quân của kinh tế tư nhân'):
# the something is what later clauses measure
_MEASURE_OF = re.compile(
    r"^(?:tốc độ tăng trưởng|tăng trưởng|tỷ trọng|tỷ lệ|giá trị|quy mô|tổng sản phẩm)"
    r"(?:\s+bình quân)?\s+của\s+(?P<of>.+)$",
    re.IGNORECASE,
)
_MEASURE_FIRST = re.compile(rf"^(?:{measures('first')})(?!\w)", re.I)
# the whole a contribution or a share is of, said after the number ('8 - 9% trong GDP', '55 -
# 58% GDP', '16% trong tổng thu ngân sách')
_WHOLE_AFTER = re.compile(
    r"\s*(?:(?:trong|vào)\s+)?(?P<whole>GDP|GRDP|tổng\s+[^\W\d][^,;.()\d]{2,50}?)\s*(?=[,;.()]|$)"
)


def _sentence_subject(text: str, start: int, before: int) -> str:
    """The noun phrase a sentence (from ``start``) opens with, before its verb: past a list mark,
    a time or an aim ('Phấn đấu năm 2025 du lịch đón được …': 'du lịch'; 'Trong quý I/2019 nhà
    máy sản xuất được …': 'nhà máy'), what a measure opening it is of ('Tốc độ tăng trưởng bình
    quân của kinh tế tư nhân đạt …': 'kinh tế tư nhân'); '' when it opens on a verb, a measure
    or a number, or names more than six words."""
    opening = text[start:before]
    opening = opening[m.end() :] if (m := _OPENERS.match(opening)) else opening
    if (of := _MEASURE_OF.match(opening)) is not None:
        opening = of["of"]
    # ('Doanh thu đạt …', 'Tổng thu ngân sách đạt …': 'thu' there ends the noun, no verb)
    end = next(
        (m for m in _SUBJECT_VERB.finditer(opening) if not _THU_NOUN.search(opening, 0, m.end())),
        None,
    )
    if end is None or not end.group().strip()[:1].isalpha():
        return ""  # (no verb after it: a measure or a number opens the sentence)
    subject = opening[: end.start()].strip(" ,")
    subject = re.sub(r"^(?:các|những|toàn bộ)\s+", "", subject, flags=re.IGNORECASE)
    if not subject or not subject[0].isalpha() or not 1 <= _nwords(subject) <= 8:
        return ""
    if subject.count(",") > 1 or re.search(r",\s*(?:[^\W\d]+\s+){3}", subject):
        return ""
    if _MEASURE_FIRST.match(subject) or _VAGUE_MEASURE.match(subject):
        return ""
    return subject if subject[1:2].isupper() else subject[:1].lower() + subject[1:]


def _grown(text: str, g: Found, f: Found) -> str:
    """What a growth ``f`` said alone after the level or count ``g`` of its clause is the growth
    of: the thing counted after ``g``'s number ('35 triệu lượt khách quốc tế, tốc độ tăng
    trưởng …'), else what ``g``'s label names; '' after a rate or across a ';'."""
    if g.unit in ("%", "%/năm") or not g.label or re.search(r"[;:]", text[g.span[1] : f.span[0]]):
        return ""
    after = re.match(r"\s*(?P<what>[^\W\d][^,;:.()\d]{2,40}?)\s*,", text[g.span[1] :])
    what = after["what"] if after else subject_of(g.label)
    turned = re.search(r"lượt (\w[\w ]*)$", g.unit or "")
    if after and turned and text[: g.span[1]].endswith(turned[1]):
        what = f"{turned[1]} {what}"  # '… lượt khách quốc tế': the kind said of the turns
    return what if not _VAGUE_MEASURE.fullmatch(what) and 1 <= _nwords(what) <= 6 else ""


def measure_of_the_clause_before(text: str, found: list[Found]) -> list[Found]:
    """A measure named by its noun alone ('Tổng công suất', 'Đóng góp trực tiếp', 'Tốc độ tăng
    trưởng', 'Doanh thu', 'Chiếm tỷ trọng') whose sentence says what it is of in an earlier
    clause: the thing a count just before it counts, for a size said 'với tổng công suất' ('7
    công trình nhà máy thủy điện lớn … với tổng công suất 1.841 MW': 'Tổng công suất công trình
    nhà máy thủy điện lớn'); the measure the figure before it is of, for a growth ('đón 35 triệu
    lượt khách quốc tế, tốc độ tăng trưởng từ 13 - 15%/năm': 'Tốc độ tăng trưởng khách quốc
    tế'); the subject the sentence opens with, for a contribution, a share, a revenue ('Phấn đấu
    năm 2025 du lịch đón được …; đóng góp trực tiếp 8 - 9% trong GDP': 'Đóng góp trực tiếp của du
    lịch vào GDP'). Four cards reading 'Đóng góp trực tiếp' say not whose."""
    out = list(found)
    for i, f in enumerate(out):
        bare = _VAGUE_MEASURE.fullmatch((f.label or "").rstrip(" ~≈:"))
        if bare is None or _in_open_bracket(text, f.span[0]):
            continue  # (a bracket's clause names its own: '(năm 2016 tăng trưởng 5,38%, …)')
        measure = re.sub(r"^Chiếm\s+", "", bare["measure"], flags=re.IGNORECASE)
        measure = measure[:1].upper() + measure[1:]
        tail = bare["tail"] or ""
        sentence = max(sentence_opening(text, f.span[0]), text.rfind("\n", 0, f.span[0]) + 1)
        low = measure.lower()
        named = ""
        if "công suất" in low or "đầu tư" in low:
            if (said := _SIZE_SAID.search(text, sentence, f.span[0])) is not None:
                things = list(_COUNTED_THING.finditer(text, sentence, said.start()))
                what = things[-1]["what"].strip() if things else ""
                if what and not re.search(r"[;:]", text[things[-1].end() : said.start()]):
                    named = f"{measure} {_lower_first(what)}" if _nwords(what) <= 7 else ""
        elif "tăng trưởng" in low:
            before = [g for g in out[:i] if sentence < g.span[1] <= f.span[0]]
            if what := _grown(text, before[-1], f) if before else "":
                named = f"{measure} {_lower_first(what)}"
            elif who := _sentence_subject(text, sentence, f.span[0]):
                named = f"{measure} {who}"
        elif who := _sentence_subject(text, sentence, f.span[0]):
            whole = _WHOLE_AFTER.match(text, f.span[1])
            if low.startswith("đóng góp"):
                of = f"vào {whole['whole']}" if whole else ""
                options = [f"{measure} của {who} {of}", f"{measure} {of}", f"{measure} của {who}"]
                if whole and _nwords(whole["whole"]) == 1:  # ('vào GDP' says less than whose)
                    options[1:] = options[:0:-1]
            elif low.startswith("tỷ trọng"):
                of = f"trong {whole['whole']}" if whole else ""
                options = [f"{measure} {who} {of}", f"{measure} {who}"]
            else:
                options = [f"{measure} {who}"]
            named = next(
                (o.strip() for o in options if o.strip() != measure and _nwords(o) <= LABEL_WORDS),
                "",
            )
        # (a change's base is said after it later: room left for it)
        if named and _nwords(named + tail) <= (8 if tail else LABEL_WORDS):
            out[i] = replace(f, label=f"{named}{tail}")
    return out


def rates_named_by_their_unit(found: list[Found]) -> list[Found]:
    """A count per so many people ('42,7 giường bệnh/10.000 dân') named by the frame its sentence
    opens with ('Cụ thể, phấn đấu đến năm 2030, trung bình toàn tỉnh đạt 42,7 giường bệnh/10.000
    dân, 19 bác sĩ/10.000 dân …': 'Trung bình toàn tỉnh'), no word of what is counted in it:
    named by its unit, as the rates listed after it are ('Giường bệnh trên 10.000 dân')."""
    out = list(found)
    for i, f in enumerate(out):
        rate = _PER_PEOPLE.fullmatch(f.unit or "")
        if rate is None or not f.label:
            continue
        counted = rate["what"].strip()
        if any(w in f.label.lower().split() for w in counted.lower().split()):
            continue
        out[i] = replace(f, label=f"{counted[:1].upper()}{counted[1:]} trên {rate['per']}")
    return out


# a place (or a body) named as a part of a list, its value after it: 'Quảng Ninh: 12%',
# 'Thành phố Hồ Chí Minh là 91,25%', 'tỉnh An Giang 92%', 'TPHCM tăng 1,39%', 'địa bàn Long An
# tăng 14%': the item's words from the separator before it to its value
_ITEM_KINDS = rf"(?:{alternation((*PLACE_KINDS, 'địa bàn'))}|TP\.?)"
_PLACE_ITEM = re.compile(
    r"(?:^|(?<=[;,:(])|(?<=\snhư)|(?<=\svà)|(?<=\strong đó))\s*"
    rf"(?P<kind>{_ITEM_KINDS}\s+)?"
    r"(?P<name>[^\W\d_][^\W\d_]*(?:(?:\s+|\s*[-–]\s*)[^\W\d_]+){0,5}?)"
    r"\s*(?P<link>:|\s(?:là|đạt|tăng|giảm))?\s*"
    r"(?:(?:khoảng|gần|trên|hơn|ước|từ)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_PLACE = re.compile(
    r"(?:^|\s)(?:cả nước|toàn quốc|bình quân|trong đó|tổng|trung bình|khu vực|ngành|vùng)(?:\s|$)",
    re.IGNORECASE,
)
# the measure a run of places shares, said before the run ('tỷ lệ bao phủ bảo hiểm y tế năm
# 2022', 'mục tiêu tăng trưởng GRDP từ 10% trở lên', 'mức tăng trưởng của cả nước')
# ('Doanh thu năm 2023 của một số địa phương …: Đà Nẵng tăng 133,8%': 'một số' is some, no count)
# (measures.yaml's 'noun' nouns, in running text up to a verb or a place's kind: not the 'table'
# ones of tables._MEASURE_SAID, a column's head up to its time or whose)
_RUN_MEASURE = re.compile(
    rf"(?<!\w)(?<!một\s)(?:{_MEASURE_NOUN}|tăng trưởng)"
    r"(?:\s+(?!(?:đạt|trên|dưới|hơn|là|như|khoảng|gần|"
    r"từ|đến|ở|tại|của|có|được|đã|cao|thấp|mạnh|nhất|năm|các|và|thành phố|tỉnh|huyện|"
    r"trong|với|so|ước|bằng|cụ thể|cho)(?!\w))[^\W\d]+)*",
    re.IGNORECASE,
)


# a count of the places the run lists ('Doanh thu năm 2023 của một số địa phương so năm trước như
# sau: Đà Nẵng tăng 133,8%; …'): which places, not what is measured of each
_COUNT_OF_PLACES = re.compile(
    rf"(?:tổng\s+)?số\s+(?:(?:các|những)\s+)?(?:{alternation((*PLACE_KINDS, 'địa phương'))})(?!\w)",
    re.IGNORECASE,
)


_KIND_SHORT = re.compile(r"(?<!\w)(?:TP|Tp|TX|TT)\Z")


def _place_item(text: str, f: Found) -> tuple[str, str] | None:
    """The place a figure is the part of a list for ('Quảng Ninh' of '…; Quảng Ninh: 12%'), with
    the verb it is said with ('tăng' of 'TPHCM tăng 1,39%'); None when the words before the
    value are no capitalised name after a list's separator."""
    seg = max(text.rfind(c, 0, f.span[0]) for c in ";,:(.\n")
    # a link colon right before the value belongs to the item ('Quảng Ninh: 12%')
    if seg >= 0 and text[seg] == ":" and not text[seg + 1 : f.span[0]].strip():
        seg = max(text.rfind(c, 0, seg) for c in ";,:(.\n")
    if seg >= 0 and text[seg] == "." and _KIND_SHORT.search(text, 0, seg):
        # ('… và TP. Đồng Hới 0,1-0,15%': the dot of a place's kind written short ends nothing)
        seg = max(text.rfind(c, 0, seg - 2) for c in ";,:(.\n")
    if seg >= 0 and text[seg] in ".\n":
        return None  # (a sentence's first word is capitalised whatever it names: 'Đậu 25/25ha')
    before = text[seg + 1 : f.span[0]]
    for opener in (" như ", " trong đó ", " và "):
        if (at := before.lower().rfind(opener)) >= 0:
            before = before[at + len(opener) - 1 :]
    m = _PLACE_ITEM.search(before)
    if m is None or m.start() > len(before) - len(before.lstrip()) + 1:
        return None
    name = m["name"].strip()
    words = re.split(r"[\s\-–]+", name)
    # a place's name: two words or more, each capitalised ('Quảng Ninh', 'Bà Rịa - Vũng Tàu'), or
    # one written in capitals ('TPHCM'); not a crop or a sector opening a list ('Lúa nước')
    if len(words) == 1 and not name.isupper() or not all(w[:1].isupper() for w in words):
        return None
    if _NOT_A_PLACE.search(name):
        return None
    verb = (m["link"] or "").strip().lower()
    kind = (m["kind"] or "").strip()
    if kind and not kind[:2].isupper():
        kind = kind.lower()  # (not 'TP.', written short)
    return (f"{kind} {name}" if kind else name), verb if verb in ("tăng", "giảm") else ""


def places_of_a_measure(text: str, found: list[Found], before: str = "") -> list[Found]:
    """'… đặt mục tiêu tăng trưởng GRDP từ 10% trở lên. Cụ thể, vùng Đồng bằng sông Hồng: Quảng
    Ninh: 12%; Hải Dương: 10,2%; …', 'tỷ lệ bao phủ bảo hiểm y tế năm 2022 thành phố Hà Nội là
    91,66%, Thành phố Hồ Chí Minh là 91,25%, tỉnh An Giang 92%', 'các đô thị lớn như Hà Nội tăng
    3,98%, TPHCM tăng 1,39%': a run of places (two or more, of one unit), each with its value,
    is one measure told by place: each is named by the measure said before the run and its
    place ('Tăng trưởng GRDP Quảng Ninh'), never by the place alone or by the words before the
    run ('Vùng Đồng bằng sông Hồng: Quảng Ninh'). Where the paragraph says no measure before
    its run, the last sentence of ``before`` (the paragraph before it) does.

    A place's value may carry a count in a bracket ('giao chỉ tiêu giảm tỷ lệ hộ nghèo … Cụ
    thể, huyện Minh Hóa giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ); Tuyên Hóa 4,5-5,0%
    (1.070-1.190 hộ); …'): the counts between the run's values do not break it, and each is the
    count of the measure's noun at that place ('Số hộ nghèo giảm Tuyên Hóa'), not 'Số hộ'. A
    verb of change said right before the measure is the measure's ('Giảm tỷ lệ hộ nghèo')."""
    items = [_place_item(text, f) for f in found]
    out = list(found)
    # the run's place and measure of each figure named here, for the counts in its brackets
    named_at: dict[int, tuple[str, str]] = {}

    def alike(i: int, step: int) -> int | None:
        """The figure of ``found[i]``'s unit before (``step`` -1) or after (+1) it, past the
        figures of other units between (a count in a bracket), or None."""
        j = i + step
        while 0 <= j < len(found) and found[j].unit != found[i].unit:
            if items[j] is not None:
                return None  # (a place of another unit: another run)
            j += step
        return j if 0 <= j < len(found) else None

    for i, f in enumerate(found):
        item = items[i]
        if item is None or f.unit is None:
            continue
        # a run: the figure of its unit before or after is a place, close by
        near = [
            j
            for j in (alike(i, -1), alike(i, 1))
            if j is not None and items[j] is not None and abs(found[j].span[0] - f.span[0]) < 120
        ]
        if not near:
            continue
        first = i
        while (j := alike(first, -1)) is not None and items[j] is not None:
            first = j
        opening = items[first]
        run_start = found[first].span[0] - len(opening[0] if opening else "") - 12
        sentence = _sentence_start(text, max(0, run_start))
        back = _sentence_start(text, max(0, sentence - 2)) if sentence else 0
        said = [
            m
            for m in _RUN_MEASURE.finditer(text, back, max(0, run_start))
            if " " in m[0] and not _COUNT_OF_PLACES.match(m[0])
        ]
        source = text
        if not said and before.strip():
            end = len(before.rstrip(" .;…"))
            last = _sentence_start(before, end)
            source = before
            said = [
                m
                for m in _RUN_MEASURE.finditer(before, last, end)
                if " " in m[0] and not _COUNT_OF_PLACES.match(m[0])
            ]
        if not said:
            continue
        measure = re.sub(r"\s+(?:năm|của)$", "", said[-1][0].strip())
        measure = re.sub(r"^(?:mục tiêu|mức|chỉ tiêu)\s+(?=tăng trưởng)", "", measure, flags=re.I)
        if (
            change := _CHANGE_BEFORE.search(source, 0, said[-1].start())
        ) and not measure.lower().startswith("tăng trưởng"):
            measure = f"{change[1].lower()} {measure}"  # 'phấn đấu giảm tỷ lệ hộ nghèo'
        place, verb = item
        if place.lower() in measure.lower():
            continue
        # (the place's kind is the first word to go, then the measure's light head: 'Bao phủ
        # bảo hiểm y tế Bà Rịa - Vũng Tàu' of 'tỷ lệ bao phủ …', 'tỉnh Bà Rịa - Vũng Tàu')
        name = re.sub(rf"^{_ITEM_KINDS}\s+", "", place, flags=re.I)
        light = re.sub(r"^(?:tỷ lệ|tỉ lệ|mức|tổng)\s+", "", measure, flags=re.I)
        if verb and "tăng trưởng" not in measure.lower() and verb not in measure.lower():
            place, name = f"{place} {verb}", f"{name} {verb}"
        for head, where in ((measure, place), (light, place), (measure, name), (light, name)):
            named = f"{head[:1].upper()}{head[1:]} {where}"
            if _nwords(named) <= LABEL_WORDS:
                out[i] = replace(f, label=named)
                named_at[i] = (where, measure)
                break
    for i, f in enumerate(found):
        if i - 1 not in named_at or f.unit is None or f.unit == found[i - 1].unit or items[i]:
            continue
        where, measure = named_at[i - 1]
        if not _COUNT_IN_BRACKET.fullmatch(text, found[i - 1].span[1], f.span[0]):
            continue
        # the count of the measure's noun ('hộ nghèo' of 'giảm tỷ lệ hộ nghèo', unit 'hộ'),
        # with the measure's verb of change
        counted = re.search(rf"(?<!\w){re.escape(f.unit)}(?!\w).*", measure, re.I)
        if counted is None:
            continue
        change = re.match(r"(?:tăng|giảm)(?=\s)", measure, re.I)
        named = " ".join(w for w in ("Số", counted[0], change[0] if change else "", where) if w)
        if _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# a verb of change said right before a run's measure ('phấn đấu giảm tỷ lệ hộ nghèo')
_CHANGE_BEFORE = re.compile(r"(?<!\w)(tăng|giảm)\s+\Z", re.IGNORECASE)
# a count in a bracket right after a place's value ('6,5-7,2% (tương ứng từ 840-930 hộ)')
_COUNT_IN_BRACKET = re.compile(
    r"\s*\(\s*(?:(?:tương ứng|tương đương)(?:\s+với)?\s*)?(?:(?:từ|khoảng|gần|trên|hơn)\s+)?"
)


# a part of the year a figure's sentence says before it ('Trong quí I-2018, toàn tỉnh đạt kim
# ngạch xuất khẩu 558 triệu USD', '9 tháng đầu năm tỉnh đạt …', 'Ước tỷ lệ giảm nghèo 6 tháng
# đầu năm giảm 1,53%', 'tháng 6/2023'): the figure is not the year's
_PART_OF_YEAR = re.compile(
    r"(?<![\w/.,])(?P<part>(?:quý|quí)\s+(?:[IV]{1,3}|[1-4])(?:\s*[/-]\s*(?:19|20)\d\d)?"
    r"|(?<!ngày\s)(?:0?[2-9]|1[01])\s+tháng(?!\s+\d)(?:\s+(?:đầu|cuối)\s+năm)?"
    r"|(?<!ngày\s\d\s)(?<!ngày\s\d\d\s)tháng\s+(?:0?[1-9]|1[012])(?:\s*/\s*(?:19|20)\d\d)?)"
    r"(?![\w/])",
    re.IGNORECASE,
)
# what says the part of the year is a base, a start, a length or the date a sum is counted to,
# not the figure's time ('so với 6 tháng đầu năm 2020', 'so cùng kỳ quý I', 'dưới 3 tháng', 'sau
# 6 tháng', 'từ tháng 3', 'Lũy kế đến hết tháng 6': all done until June, not in June)
_PART_NOT_ITS_TIME = re.compile(
    r"(?:\bso(?:\s+với)?(?:\s+cùng kỳ)?|\bcùng kỳ|\bdưới|\btrên|\bhơn|\bsau|\btừ|\bmỗi|\bhằng"
    r"|\bhàng|\bkéo dài|\bthời gian|\bthời hạn|\btrước|\bvòng|\bđến(?:\s+hết)?|\btới|\bhết)"
    r"\s*(?:năm\s+)?$",
    re.IGNORECASE,
)
# a label that says a time already, or is a part of a list told by its own words
_TIMED = re.compile(
    r"(?<!\w)(?:tháng|quý|quí|nửa|năm|(?<!cùng )kỳ|giai đoạn|(?:19|20)\d\d)(?!\w)", re.I
)
# where a label's change or base starts: the part of the year is said before it
_CHANGE_TAIL = re.compile(
    r"(?:(?<!\sgia)(?<!\svà)\s+(?:tăng|giảm|vượt)(?=\s+so\s|\s+so với\s|\s*\(|$))?"
    r"(?:\s+so(?:\s+với)?\s+[^()]*)?(?:\s*\((?:so|kế hoạch|dự toán|chỉ tiêu)[^()]*\))?$",
    re.IGNORECASE,
)


def part_of_the_year(text: str, found: list[Found]) -> list[Found]:
    """A figure of part of a year named with that part ('Kim ngạch xuất khẩu quí I-2018', 'Tỷ
    lệ giảm nghèo 6 tháng đầu năm giảm'): the part its sentence says before it, where its label
    says no time yet and leaves room for it; never a part said as a base, a start or a length
    ('so với 6 tháng đầu năm 2020', 'dưới 3 tháng'). A half-year's revenue read as the year's
    is the slip an editor catches first."""
    out = list(found)
    for i, f in enumerate(out):
        if not f.label or _TIMED.search(f.label) or f.unit == "hạng":
            continue
        start = max(text.rfind(m, 0, f.span[0]) for m in (". ", "\n")) + 1
        said = [
            m
            for m in _PART_OF_YEAR.finditer(text, start, f.span[0])
            if not _PART_NOT_ITS_TIME.search(text, max(start, m.start() - 20), m.start())
        ]
        if not said or ":" in text[said[-1].end() : f.span[0]]:
            # ('Cơ cấu kinh tế 6 tháng đầu năm 2024: Khu vực nông, lâm nghiệp … 20,34%; …'): a
            # head's time is the whole list's, its parts named alike by what they are
            continue
        part = " ".join(said[-1]["part"].split())
        part = re.sub(r"\s*([/-])\s*", r"\1", part[:1].lower() + part[1:])
        if len(re.findall(r"\w+", f"{f.label} {part}")) > LABEL_WORDS:
            # ('6 tháng' of '6 tháng đầu năm', 'quý I' of 'quý I/2019' where the whole is long)
            part = re.sub(r"\s+(?:đầu|cuối)\s+năm$|[/-](?:19|20)\d\d$", "", part)
        if len(re.findall(r"\w+", f"{f.label} {part}")) > LABEL_WORDS:
            continue  # (as a reader counts them: 'quý I/2023' is three words)
        tail = _CHANGE_TAIL.search(f.label)
        at = tail.start() if tail and tail.start() > 0 else len(f.label)
        out[i] = replace(f, label=f"{f.label[:at]} {part}{f.label[at:]}")
    # figures of one label that the part does not tell all apart keep it alike: the draft names
    # them apart by their times together ('thực hiện tháng 5' and 'lũy kế 5 tháng')
    alike: dict[str, list[int]] = {}
    for i, f in enumerate(found):
        # (alike as a reader sees them: 'hoá' is 'hóa')
        plain = unicodedata.normalize("NFD", (f.label or "").replace("đ", "d").replace("Đ", "D"))
        key = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
        alike.setdefault(key, []).append(i)
    for members in alike.values():
        changed = [out[i].label != found[i].label for i in members]
        if len(members) > 1 and any(changed) and not all(changed):
            for i in members:
                out[i] = found[i]
    return out


# a sector of the economy named as a part of a whole's change ('dịch vụ tăng 7,72%', 'Khu vực
# nông, lâm nghiệp và thủy sản tăng 3,27%', 'thuế sản phẩm tăng 4,48%'): the part's label, its
# name and its verb alone
_SECTOR_NAME = (
    r"(?:(?:khu vực|ngành|lĩnh vực)\s+)?(?:nông|lâm|ngư|thủy sản|thuỷ sản|công nghiệp|xây dựng|"
    r"dịch vụ|thuế)(?:[\s,\-–]+[^\W\d][^()\d]*?)?"
)
_SECTOR_PART = re.compile(rf"(?P<part>{_SECTOR_NAME})\s+(?P<verb>tăng|giảm)", re.IGNORECASE)
# a part said as a growth already ('Trong đó, tăng trưởng khu vực nông nghiệp tăng 5,57%')
_SECTOR_GROWTH = re.compile(rf"Tăng trưởng\s+{_SECTOR_NAME}", re.IGNORECASE)
# a whole whose change the sectors share: the economy's growth ('Tăng trưởng GRDP trong quý
# I/2024', 'Sản phẩm địa phương (GRDP) tăng', 'Tốc độ tăng trưởng tổng sản phẩm'), or its output
_GROWTH_WHOLE = re.compile(
    r"tăng trưởng|\bGRDP\b|\bGDP\b|tổng sản phẩm|sản phẩm (?:trong|trên|địa phương|nội)", re.I
)
_OUTPUT_WHOLE = re.compile(r"^(?:Tổng\s+)?giá trị sản xuất(?!\s+(?:bình quân|trên))", re.I)


def sectors_of_a_growth(text: str, found: list[Found]) -> list[Found]:
    """The sectors a whole's change is told by ('tổng sản phẩm địa phương (GRDP) tăng 6,46% …
    Trong đó, khu vực nông, lâm nghiệp, thủy sản tăng 3,27%, …, dịch vụ tăng 7,72%'), each
    labelled by its name and verb alone ('Dịch vụ tăng': what rose?), are named by the measure
    the whole shares with them: the economy's growth as 'Tăng trưởng dịch vụ', an output as
    'Giá trị sản xuất nông nghiệp tăng'. The whole is the nearest figure before the parts, in
    the paragraph, that is no sector itself, its list opened by 'trong đó'."""
    out = list(found)
    parts = [_SECTOR_PART.fullmatch(f.label or "") for f in found]
    for i, f in enumerate(found):
        part = parts[i]
        if part is None or not (f.unit or "").startswith("%"):
            continue
        if re.match(r"[^;.\n]{0,12}?đóng góp", text[f.span[1] :]):
            continue  # ('… tăng 2,83%, đóng góp 0,53 điểm phần trăm': the contribution's subject)
        j = i - 1
        while j >= 0 and parts[j] is not None:
            j -= 1
        # the whole: the nearest figure before that is no part, or (past a rank, 'xếp thứ
        # 9/14 tỉnh') the nearest growth rate
        whole = found[j] if j >= 0 else None
        if whole is not None and not _OUTPUT_WHOLE.match(whole.label or ""):
            whole = next(
                (g for g in reversed(found[: j + 1]) if (g.unit or "").startswith("%")), None
            )
        if whole is None or whole.span[1] > f.span[0]:
            continue
        between = text[whole.span[1] : f.span[0]]
        if len(between) > 600 or "\n" in between:
            continue
        # ('Trong đó, tăng trưởng khu vực nông nghiệp tăng 5,57%; công nghiệp, xây dựng tăng
        # 12,98%': a part before said as a growth already names the list's measure)
        told = _SECTOR_GROWTH.fullmatch(whole.label or "")
        if not told and not re.search(r"trong đó", between, re.I):
            continue
        name = _lower_first(part["part"])
        if told or (whole.unit or "").startswith("%") and _GROWTH_WHOLE.search(whole.label or ""):
            named = f"Tăng trưởng {name}"
        elif _OUTPUT_WHOLE.match(whole.label or "") and "giá trị" not in name.lower():
            named = f"Giá trị sản xuất {name} {part['verb']}"
        else:
            continue
        if named and _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# a line that names a rate and ends on its colon, its parts on the lines after it ('- Tỷ lệ học
# sinh đi học đúng độ tuổi:' then '- Tiểu học: 100%', '- Trung học cơ sở: 99,5%')
_RATE_HEAD = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:tỷ lệ|tỉ lệ)\s+(?P<rate>[^\W\d][^:;()]{2,80}?)\s*:\s*", re.IGNORECASE
)
# a part's line: its name, a colon, its value ('- Thể nhẹ cân: 17,50%', '- Mầm non: ≥ 81%')
_PART_LINE = re.compile(r"\s*(?:[-+•*]\s*)?(?P<item>[^\W\d][^\d:;()]{1,40}?)\s*:\s*[≥≤<>~]?\s*\d")
# a part that names a measure of its own ('Tỷ lệ trường đạt chuẩn quốc gia: 70%'): the list of
# the rate's parts has ended
_OWN_MEASURE = re.compile(r"(?:tỷ lệ|tỉ lệ|số|tổng|tốc độ|giá trị|thu nhập|mức)(?!\w)", re.I)


def parts_of_a_rate_head(text: str, found: list[Found], before: list[str]) -> list[Found]:
    """The parts a rate's run-in head lists, one a line ('- Tỷ lệ trẻ em dưới 5 tuổi suy dinh
    dưỡng:' then '- Thể thấp còi: 29,20%', '- Thể nhẹ cân: 17,50%'), labelled by their name
    alone ('Thể nhẹ cân': a rate of what?), are named by the rate and the part ('Trẻ em dưới 5
    tuổi suy dinh dưỡng thể nhẹ cân', with 'Tỷ lệ' where it fits in eight words). ``text`` is
    the part's line, ``before`` the lines before it, nearest last: the head is found over the
    part lines between, never past a line of another kind or a part that names its own
    measure."""
    line = _PART_LINE.match(text)
    if line is None or _OWN_MEASURE.match(line["item"]):
        return found
    head = None
    for previous in reversed(before):
        if (head := _RATE_HEAD.fullmatch(previous)) is not None:
            break
        part = _PART_LINE.match(previous)
        if part is None or _OWN_MEASURE.match(part["item"]):
            return found
    if head is None:
        return found
    item = line["item"].strip()
    rate = head["rate"].strip()
    out = list(found)
    for i, f in enumerate(found):
        if not (f.unit or "").startswith("%") or f.label.strip().lower() != item.lower():
            continue
        named = f"Tỷ lệ {_lower_first(rate)} {_lower_first(item)}"
        if _nwords(named) > SHORT_WORDS:
            # (the rate shortened to leave the part its room by what it may lose inside, 'dưới
            # 5 tuổi' of 'trẻ em dưới 5 tuổi suy dinh dưỡng', never by its end: 'đi học đúng
            # độ tuổi' cut to 'đi học đúng độ' is no rate; the bare part is kept then)
            if _nwords(rate) + _nwords(item) > LABEL_WORDS:
                short = shortened(rate, LABEL_WORDS - _nwords(item)) or ""
                rate = short if short.split()[-1:] == rate.split()[-1:] else ""
            named = f"{rate[:1].upper()}{rate[1:]} {_lower_first(item)}" if rate else ""
        if named and _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# a bracket that gives an earlier time's value of the measure just said: '(năm 2017 đạt 90,4%)',
# '(cùng kỳ năm 2019 tăng 5,3%)', '(6 tháng đầu năm 2012 là 3,31%)', '(cao hơn cùng kỳ năm 2019
# là 54,69%)': the time, then the verb the value is said with, nothing else before the number
_EARLIER_IN_BRACKET = re.compile(
    r"\(\s*(?:(?:cao|thấp) hơn\s+)?(?P<time>(?:cùng kỳ\s+)?"
    r"(?:(?:\d{1,2}\s+tháng(?:\s+đầu)?|quý\s+[IV]{1,3}|tháng\s+\d{1,2})\s+)?năm\s+(?:19|20)\d\d)"
    r"\s+(?:ước\s+)?(?P<verb>đạt|là|tăng|giảm)\s+(?:(?:khoảng|gần|trên|hơn)\s+)?\Z",
    re.IGNORECASE,
)
_SAID_AS_CHANGE = re.compile(r"(?<!\w)(?:tăng|giảm)\s+(?:(?:khoảng|gần|trên|hơn)\s+)?\Z", re.I)
_BASE_SAID = re.compile(r"\s+so(?:\s+với)?\s+(?P<base>.+)$", re.IGNORECASE)
# (a time said anywhere in the measure's name: its own, not the bracket's)
_TIME_SAID = re.compile(
    r"\s+(?:(?:\d{1,2}\s+)?tháng(?:\s+đầu\s+năm)?(?:\s+\d{1,2})?|quý\s+[IV]{1,3}|"
    r"(?:năm\s+)?(?:19|20)\d\d)(?=[\s)]|$)",
    re.IGNORECASE,
)


def earlier_in_brackets(text: str, found: list[Found]) -> list[Found]:
    """'đạt 115,7% chỉ tiêu kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)', 'kim ngạch
    … tăng 8,5% so với cùng kỳ năm trước (cùng kỳ năm 2019 tăng 5,3%)': a value in a bracket of
    an earlier time, said with nothing but that time and its verb, is the measure said before it
    in its sentence at that time: of the figure of its unit said with a verb of its kind (a
    change, 'tăng'/'giảm', or a level, 'đạt'/'là'), named by that figure's measure (its base
    kept, its own time dropped) and the bracket's time ('… so kế hoạch cùng kỳ 2017'), never by
    the count the sentence opened with."""
    out = list(found)
    for i, f in enumerate(found):
        if f.unit is None or i == 0:
            continue
        opened = text.rfind("(", 0, f.span[0])
        said = _EARLIER_IN_BRACKET.search(text, opened, f.span[0]) if opened >= 0 else None
        if said is None or said.start() != opened:
            continue
        change = said["verb"].lower() in ("tăng", "giảm")
        sentence = _sentence_start(text, opened)
        measured = next(
            (
                g
                for g in reversed(found[:i])
                if g.unit == f.unit
                and g.span[1] <= opened
                and g.span[0] >= sentence
                and bool(_SAID_AS_CHANGE.search(text, max(0, g.span[0] - 20), g.span[0])) == change
            ),
            None,
        )
        if measured is None or not measured.label:
            continue
        time = re.sub(r"\s+", " ", said["time"]).strip()
        if not time.lower().startswith("cùng kỳ") and re.search(
            r"(?<!\w)so(?:\s+với)?\s+cùng kỳ", text[measured.span[1] : opened], re.I
        ):
            time = f"cùng kỳ {time}"  # ('tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)')
        name = re.sub(r"^[^:]{2,40}:\s+(?=\S)", "", measured.label)  # 'Điều trị nội trú: …'
        base = ""
        if based := _BASE_SAID.search(name):
            name, base = name[: based.start()], based["base"]
            if re.match(r"cùng kỳ|năm|tháng|quý", base, re.I):
                base = ""  # the time it was compared with is the bracket's own
            base = re.sub(r"^chỉ tiêu\s+(?=kế hoạch)", "", base, flags=re.I)
        name = _TIME_SAID.sub("", name.strip()).strip(" ,")
        if change and not re.search(r"(?<!\w)(?:tăng|giảm)(?!\w)", name, re.I):
            name = f"{name} {said['verb'].lower()}"
        if not name:
            continue
        # the time said short before the name is cut ('cùng kỳ 2017', '6 tháng 2012': the
        # genre's own short forms)
        short_time = re.sub(r"(?<=cùng kỳ) năm(?= \d)", "", time)
        short_time = re.sub(r"(?<=tháng) đầu năm(?= \d)", "", short_time)
        for when in dict.fromkeys((time, short_time)):
            tail = f"so {base} {when}" if base else when
            if _nwords(name) + _nwords(tail) <= LABEL_WORDS:
                out[i] = replace(f, label=f"{name} {tail}")
                break
        else:
            # (cut to fit, the change it names kept: 'Kim ngạch xuất khẩu tăng cùng kỳ năm 2019';
            # the time said short where that keeps more of the name)
            verb = re.search(r"\s(?:tăng|giảm)$", name, re.I) if change else None
            bare = name[: verb.start()] if verb else name
            cuts = [
                (fit(bare, LABEL_WORDS - _nwords(when) - (1 if verb else 0)), when)
                for when in dict.fromkeys((time, short_time))
            ]
            short, time = max(cuts, key=lambda c: _nwords(c[0]))
            if _nwords(short) >= 2:
                out[i] = replace(f, label=f"{short}{verb[0] if verb else ''} {time}")
    return out


# a crop season ('vụ thu mùa năm 2023', 'vụ Đông', 'vụ hè thu'), as the genre names it
_SEASON = re.compile(
    r"(?<!\w)vụ\s+(?:đông xuân|hè thu|thu đông|thu mùa|chiêm xuân|xuân hè|đông|xuân|mùa|chiêm)"
    r"(?!\w)",
    re.IGNORECASE,
)
# what a season names: a crop's area or output (its label opens with the measure)
_SEASONED = re.compile(r"(?:Tổng\s+)?(?:Diện tích|Sản lượng)\s", re.IGNORECASE)
# a heading that is a season alone ('a. Vụ Xuân', 'b) Vụ hè thu:')
_SEASON_HEADING = re.compile(
    rf"(?:(?:[a-zđ]|\d{{1,2}}|[IVX]{{1,4}})\s*[.)]\s*)?(?P<season>{_SEASON.pattern})\s*:?", re.I
)
_SEASON_SAID = re.compile(r"(?<!\w)(?:vụ|mùa|xuân|đông|hè thu|chiêm)(?!\w)", re.IGNORECASE)
_SEASON_UNITS = ("ha", "nghìn ha", "ngàn ha", "tấn", "nghìn tấn", "ngàn tấn", "tạ")


def season_of_the_crop(text: str, found: list[Found], heading: str = "") -> list[Found]:
    """'các loại cây trồng vụ thu mùa năm 2023 đã cơ bản thu hoạch xong; trong đó, lúa 108.827
    ha, …; ngô 11.536 ha', 'Toàn tỉnh gieo trồng được 10.123 ha cây trồng các loại vụ đông
    xuân': a crop's area or output whose sentence says its season in its lead (before its
    first figure) or in the figure's own clause after it, is of that season ('Diện tích lúa vụ
    thu mùa'), kept where the label says none and has room for it. A ``heading`` that
    is a season and nothing else ('b. Vụ hè thu' over '- Tổng diện tích gieo trồng 96ha. Trong
    đó lúa 40/38ha.') is the season of the figures under it that their sentences give none."""
    out = list(found)
    titled = _SEASON_HEADING.fullmatch(heading.strip())
    for i, f in enumerate(found):
        label = f.label or ""
        if (f.unit or "").lower() not in _SEASON_UNITS or not _SEASONED.match(label):
            continue
        if _SEASON_SAID.search(label) or re.search(r"(?<!\w)(?:tăng|giảm|vượt|so)(?!\w)", label):
            continue  # (a change or a share of the area: the season goes with the area's own)
        sentence = _sentence_start(text, f.span[0])
        # (in the sentence's lead, before its first figure: a season inside an item before is
        # that item's, '140.742 ha ngô vụ mùa, 379 ha đậu tương')
        lead = min((g.span[0] for g in found if sentence <= g.span[0]), default=f.span[0])
        before = list(_SEASON.finditer(text, sentence, lead))
        clause = re.match(r"[^,;.()\n]*", text[f.span[1] :])
        after = _SEASON.search(clause[0]) if clause else None
        said = after or (before[-1] if before else None)
        season = said[0] if said else titled["season"] if titled else ""
        if not season:
            continue
        named = f"{label} {season[:1].lower()}{season[1:]}"
        if _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# a verb of change right before a count ('giảm từ 5.374 đến …', 'tăng thêm', 'giảm được')
_COUNT_CHANGED = re.compile(
    r"(?<!\w)(tăng|giảm)(?:\s+(?:thêm|được))?(?:\s+(?:từ|khoảng|gần|trên|hơn))?\s*\Z", re.I
)
_MONEY_LIKE = re.compile(r"(?:đồng|USD|đô la)(?!\w)", re.IGNORECASE)


def counts_of_a_change(text: str, found: list[Found]) -> list[Found]:
    """'Năm 2017, các địa phương phấn đấu giảm từ 5.374 đến 6.013 hộ nghèo', 'toàn tỉnh đã giảm
    được 1.200 hộ nghèo': a count said right after a verb of change counts the change, not the
    things ('Số hộ nghèo giảm', not 'Số hộ nghèo', the households that are left), where its
    label is the count of its noun alone and has room for the verb."""
    out = list(found)
    for i, f in enumerate(found):
        unit = f.unit or ""
        label = f.label or ""
        if not unit or unit.startswith("%") or _MONEY_LIKE.search(unit):
            continue
        if not label.startswith(f"Số {unit}") or re.search(r"(?<!\w)(?:tăng|giảm)(?!\w)", label):
            continue
        change = _COUNT_CHANGED.search(text, max(0, f.span[0] - 30), f.span[0])
        if change is None or _nwords(label) >= LABEL_WORDS:
            continue
        if re.search(r"(?<!\w)từ\s*\Z", change[0], re.I) and not isinstance(f.value, tuple):
            continue  # 'giảm từ 1.280 hộ nghèo xuống còn 1.023 hộ': where the change starts
        verb = change[1].lower()
        # ('tăng thêm khoảng 100.000 người tham gia BHYT': 'thêm' goes with the verb)
        named = f"{label[:-5]} {verb} thêm" if label.endswith(" thêm") else f"{label} {verb}"
        out[i] = replace(f, label=named)
    return out


# a label that ends on what its subject did, an adverb before the verb ('Lĩnh vực du lịch cũng
# đón', of '… cũng đón hơn 1,4 triệu lượt khách'): the actor and its act, not what was counted
_ACTOR_ADVERBS = {"cũng", "đã", "sẽ", "vừa", "đang", "còn", "vẫn"}
# an actor's generic head, no word of what it does ('Lĩnh vực du lịch': 'du lịch')
# a label that opens with a measure names what it counts already ('Số doanh nghiệp đang hoạt động')
_MEASURE_OPENS = re.compile(rf"^(?:{_MEASURE_NOUN}|{measures('first')})(?!\w)", re.IGNORECASE)
_ACTOR_HEAD = re.compile(r"^(?:lĩnh vực|ngành|toàn ngành)\s+(?=\S)", re.IGNORECASE)


def _actor_and_act(label: str, sector: bool = True) -> str:
    """The actor of a label that is an actor and its act, as pyvi tags it: a sector and what
    came of it ('Lĩnh vực du lịch khởi sắc khi toàn tỉnh đón' -> 'Lĩnh vực du lịch'), or a noun,
    an adverb and a verb ('Lĩnh vực du lịch cũng đón'); '' when the label is anything else, or
    opens with a measure ('Số doanh nghiệp đang hoạt động' names what it counts)."""
    tagger = _pyvi()
    if tagger is None or not 3 <= _nwords(label) <= 10 or re.search(r"[():;\d]", label):
        return ""
    if _MEASURE_OPENS.match(label):
        return ""
    tokens, tags = tagger(label)
    if len(tokens) < 3 or tags[-1] != "V" or tags[0] not in ("N", "Np", "Nc"):
        return ""
    if sector and _ACTOR_HEAD.match(" ".join(tokens[:2]).replace("_", " ")):
        return " ".join(tokens[:2]).replace("_", " ")  # (pyvi tags 'du_lịch' a verb)
    if tokens[-2].lower() in _ACTOR_ADVERBS and _nwords(label) <= 8:
        return " ".join(tokens[:-2]).replace("_", " ")
    return ""


# what parts a count from the change said of it next ('3,85 triệu lượt khách, tăng 17%')
_CHANGE_NEXT = re.compile(r",?\s*(?:(?:tăng|giảm)(?:\s+(?:hơn|gần|khoảng|trên))?\s*)?")


def counted_not_the_actor(text: str, found: list[Found]) -> list[Found]:
    """A count labelled by who counted it and the act ('Lĩnh vực du lịch cũng đón hơn 1,4 triệu
    lượt khách': 'Lĩnh vực du lịch cũng đón') named by the thing its unit counts, the actor a
    qualifier after it ('Lượt khách du lịch'): the slide shows what the number measures."""
    out = list(found)
    for i, f in enumerate(found):
        unit = re.sub(rf"^{_MAGNITUDE}\s+", "", (f.unit or "").strip())
        if not unit or not unit[0].isalpha() or _MONEY_LIKE.search(unit) or unit in _AREA_UNITS:
            continue
        if not (actor := _actor_and_act(f.label or "")):
            continue
        qualifier = _ACTOR_HEAD.sub("", actor)
        if qualifier.lower() in unit.lower():
            qualifier = ""
        named = f"{unit[:1].upper()}{unit[1:]} {_lower_first(qualifier)}".strip()
        if _nwords(named) > SHORT_WORDS:
            continue
        out[i] = replace(f, label=named)
        # the change said right after it of the same count, labelled with the actor and the
        # change's verb in the act's place ('… khi toàn tỉnh đón 3,85 triệu lượt khách, tăng
        # 17%': 'Lĩnh vực du lịch khởi sắc khi toàn tỉnh tăng' -> 'Lượt khách du lịch tăng')
        if i + 1 < len(found) and _CHANGE_NEXT.fullmatch(text, f.span[1], found[i + 1].span[0]):
            said = _CHANGE_LABEL.match(found[i + 1].label or "")
            lent = said is not None and _nwords(said["subject"]) >= 2
            if said and lent and (f.label or "").startswith(said["subject"]):
                changed = f"{named} {said['verb'].lower()}{said['rest']}"
                if _nwords(changed) <= LABEL_WORDS:
                    out[i + 1] = replace(found[i + 1], label=changed)
    return out


# a change's label that says no more than the change: nothing before the verb ('Tăng hơn năm
# ngoái'), an average or a frequency ('Bình quân mỗi năm giảm'), a rate of no noun ('Tỷ lệ tỷ
# tăng', of '… tăng 13,96% tỷ')
_CHANGE_LABEL = re.compile(
    r"^(?P<subject>.*?)\s*(?<!\w)(?P<verb>[Tt]ăng|[Gg]iảm)(?!\w)"
    r"(?P<rest>(?:\s+(?:so với|so|hơn)\s[^()]*|\s+(?:bình quân|mỗi năm|hằng năm|hàng năm|thêm))?)$"
)
_NO_MEASURE = re.compile(
    r"(?:(?:bình quân|trung bình|mỗi năm|hằng năm|hàng năm|chỉ|cũng|còn|vẫn|đã|tỷ lệ|tỉ lệ"
    r"|tỷ|tỉ)(?:\s+|$))*",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(r"(?<!\w)(?:mỗi năm|hằng năm|hàng năm)(?!\w)", re.IGNORECASE)
# the change's base said with 'hơn' ('tăng hơn năm ngoái': 'so với năm ngoái')
_MORE_THAN_BASE = re.compile(r"^\s*hơn\s+(?P<base>(?:năm|cùng kỳ|kỳ)\b[^,;()]*?)(?:\s+đến)?\s*$")
# a measure's noun phrase in the clause before the change, up to its verb ('… đó là tỷ lệ sinh
# con thứ 3 trở lên vẫn còn cao, chỉ giảm 0,3%': 'tỷ lệ sinh con thứ 3 trở lên')
_MEASURE_PHRASE = re.compile(
    rf"(?<!\w)(?:{_MEASURE_NOUN})\s[^,;:()]*?(?=\s+(?:vẫn|còn|đã|đang|là|đạt|có|tăng|giảm|chỉ"
    r"|được|ước)(?!\w)|\s*[,;:(]|$)",
    re.IGNORECASE,
)


def _says_no_measure(subject: str) -> bool:
    """A change's subject names nothing that changed: empty, an average or a frequency, a rate
    of no noun; a link to the sentence before opening it ('Tuy nhiên qua thực tế, công tác dân
    số'); or an actor and its act ('Lĩnh vực du lịch cũng đón')."""
    if _NO_MEASURE.fullmatch(subject.strip()):
        return True
    return bool(_linked(subject) or _actor_and_act(subject, sector=False))


def _linked(subject: str) -> str:
    """The link to what came before that opens ``subject`` ('Tuy nhiên', 'Đồng thời'), or ''."""
    low = subject.lower()
    return next((w for w in LINKING_WORDS if re.match(rf"{re.escape(w)}(?!\w)", low)), "")


def _said_in(label: str, said: str) -> bool:
    """Every two words in a row of ``label`` are said so in ``said`` (case aside): the label
    reads as its sentence wrote it, not as words cut out of it ('Tỷ lệ hộ nghèo chung bàn tỉnh'
    of '… chung trên địa bàn tỉnh')."""
    words, low = label.lower().split(), " ".join(said.lower().split())
    return all(f"{a} {b}" in low for a, b in zip(words, words[1:]))


def change_of_the_subject_before(text: str, found: list[Found]) -> list[Found]:
    """A change whose label names no measure ('Tăng hơn năm ngoái', 'Bình quân mỗi năm giảm',
    'Tỷ lệ tỷ tăng') takes the subject of what it changes: the figure before it in its clause
    ('tỷ lệ học sinh đỗ tốt nghiệp THPT đạt 88,06%, tăng hơn năm ngoái đến 5%': 'Tỷ lệ học sinh
    đỗ tốt nghiệp THPT tăng so với năm ngoái'), else the measure its sentence names last before
    it ('… đó là tỷ lệ sinh con thứ 3 trở lên vẫn còn cao, chỉ giảm 0,3%')."""
    out = list(found)
    for i, f in enumerate(found):
        said = _CHANGE_LABEL.match(f.label or "")
        if said is None or not _says_no_measure(said["subject"]):
            continue
        sentence = max(sentence_opening(text, f.span[0]), text.rfind("\n", 0, f.span[0]) + 1)
        subject = ""
        if link := _linked(said["subject"]):
            # (a link opens a clause of its own: no figure before it is of this change)
            opens = text.lower().rfind(link, sentence, f.span[0])
            sentence = opens if opens >= 0 else sentence
        before = [g for g in out[:i] if sentence <= g.span[0] and g.span[1] <= f.span[0]]
        if before and not re.search(r"[;:]", text[before[-1].span[1] : f.span[0]]):
            g = before[-1]
            subject = subject_of(g.label or "")
            if _CHANGE_LABEL.match(subject) or _says_no_measure(subject):
                subject = ""
            elif not _said_in(subject, text[sentence : f.span[0]]):
                subject = ""  # (a label cut out of its words is not lent: 'chung bàn tỉnh')
        else:
            phrases = list(_MEASURE_PHRASE.finditer(text, sentence, f.span[0]))
            if phrases and not re.search(r"[;:]", text[phrases[-1].end() : f.span[0]]):
                subject = phrases[-1].group().strip()
        if not 2 <= _nwords(subject) <= SHORT_WORDS:
            continue
        subject = subject[:1].upper() + subject[1:]
        verb = said["verb"].lower()
        rest = said["rest"]
        if (more := _MORE_THAN_BASE.match(rest)) is not None:
            rest = f" so với {more['base']}"
        elif not rest.strip() and (often := _FREQUENCY.search(said["subject"])):
            rest = f" {often.group().lower()}"
        named = f"{subject} {verb}{rest}"
        if _nwords(named) > LABEL_WORDS:
            base = re.match(r"\s*so(?: với)?\s+(.+)$", rest)
            named = _with_change(subject, verb, base)
        if _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out
