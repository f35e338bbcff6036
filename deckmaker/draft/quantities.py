"""The grammar of quantities in Vietnamese guidance text: the number and unit patterns, numbers
read as written or spelled out, the nouns a count counts (with pyvi's word segmentation, when
installed, shared with the labels), the unit of a bare-numbered list, and the ``Found`` record
every later step passes on. Reads no plans and builds no labels."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..numfmt import parse_number as _parse_vi
from .measures import VOCABULARY, measure_nouns

Value = Decimal | tuple[Decimal, Decimal]

# a point followed by one or two digits is a decimal mark ("38.7%", "561.64 ha"): a thousands
# separator is always followed by three
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
# ('từ 3,1 đến 3,2 triệu tỷ đồng': a nation's or a capital's investment, a million tỷ)
_MAGNITUDE = r"(?:nghìn tỷ|nghìn tỉ|ngàn tỷ|ngàn tỉ|triệu tỷ|triệu tỉ|nghìn|ngàn|triệu|tỷ|tỉ|vạn)"
# "đồng" is money, but not in "đồng chí", "đồng bào" ... ('đồng bằng' is a delta, but '8.254,817
# triệu đồng bằng 113% so với kế hoạch': the money, then 'bằng' (equal to) before a number)
_CURRENCY = (
    r"(?:đồng(?!\s+(?:chí|bào|bằng(?!\s*\d)|thời|ý|bộ|nghiệp|đội|tâm|lòng|hành|nhất|loạt|đều)\b)"
    r"|USD|VNĐ|VND|đô la Mỹ|đ(?!\w))"
)
# "204.000 tý đồng", "9.000 ty đồng": a scan's slip for tỷ, read as tỷ with a review note
_SLIP = r"(?:tý|ty)\s+đồng"
_MONEY = ("tỷ đồng", "triệu đồng", "nghìn đồng", "tỷ USD", "triệu USD", "nghìn USD")
# count nouns: a number followed by one of these is a count of it (longest first)
# ('743 giấy chứng nhận quyền sử dụng đất', '05 tuyến đường hoa', '02 ổ dịch cúm gia cầm': the
# noun of several syllables, or its classifier with it, that pyvi cuts after its first; what
# qualifies it after, the label's; '1.498 liều vắc xin': doses, a noun pyvi reads as a verb)
_NOUNS = (
    "giấy chứng nhận", "tuyến đường", "ổ dịch",
    "cụm công nghiệp", "khu công nghiệp", "vạn lao động", "giường bệnh", "huy chương",
    "doanh nghiệp", "học sinh", "công trình", "lao động", "bác sĩ", "dự án", "bé trai",
    "làng nghề", "trường học", "trường", "huyện", "tuổi", "người", "hộ", "xã", "liều",
)  # fmt: skip
# the kinds of one level of government or administration ('bộ, ngành', 'tỉnh, thành phố', 'thôn,
# bản'): a count over several, said together, is one unit (a count of the listed nouns, 'huyện',
# 'xã', keeps its head word: '8/11 huyện, thành phố' is 8 huyện, the kinds in its label)
# ('124 ấp, khóm', '636 ấp, khóm đạt chuẩn văn hóa': the Mekong delta's hamlets, rural and urban,
# one level, as 'thôn, bản' are)
_LEVELS = (
    "cơ quan ngang bộ", "cơ quan thuộc Chính phủ", "bộ", "ngành", "tỉnh", "thành phố", "huyện",
    "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "bản", "buôn", "bon", "làng", "ấp",
    "khóm", "tổ dân phố", "khu phố", "địa phương",
)  # fmt: skip
_LEVEL = re.compile(rf"(?:{'|'.join(_LEVELS)})")
_LEVEL_RUN = re.compile(rf"(?:,\s*|\s+và\s+)(?:{'|'.join(_LEVELS)})(?!\w)")
# an open grammar of measures: [magnitude] (currency | physical unit | counted noun) [/per...]
# hectares also spelled out as said ('héc ta', 'hécta', 'hec-ta'), kept as written
# metres only before a word ('350 m kênh mương') or a clause's or a sentence's end ('dài 6.300 m,
# bổ sung …', 'với chiều dài 1.100m. Tỷ lệ …'), not 'm' for a month or a name
_PHYSICAL = (
    r"(?:km[2²]|km|m[2²]|m[3³]|m(?=\s+[^\W\d_]|[,;](?!\d)|\.(?:\s|$))|ha|h[ée]c[\s-]?ta"
    r"|tấn|tạ|kg|kWh|GWh|MWh|kW|MW|lít|DWT|TEU)"
)
# ('8.100.000 lượt khách', '1,13 triệu lượt khách', '130 triệu lượt khách nội địa': turns of
# visitors, one unit, the kind of visitor the label's; any other noun after 'lượt' is counted
# with it too, `turns_counted`)
# ('620,81 nghìn lượt người', '12,6 triệu lượt người': turns of people, as of visitors; '41.866
# lượt hộ nông dân': of households)
_COUNTED = (
    "đơn vị cấp huyện", "thành viên", "chỉ tiêu", "nhiệm vụ", "hiệp định",
    "HTX", "THT", "DN", "lượt khách", "lượt người", "lượt hộ", "lượt", "lần",
)  # fmt: skip
# per-parts: "/người/năm", "/xã, phường", "/1 ha" (read "/ha"), "/người năm", "/ngày đêm", a
# period of several months or years ("/6 tháng", "/5 năm")
_PER = (
    r"(?:/(?:\d{1,2}\s(?:tháng|năm|ngày|tuần|quý)(?!\w)"
    # ("/KH 80 tỷ đồng", "/kế hoạch 4.000 tấn": the plan after the slash, no per-part)
    r"|(?:0?1\s*)?(?:km[2²]|m[2²]|m[3³]|lao động|căn hộ|h[ée]c[\s-]?ta"
    r"|(?!(?:KH|NQ|DT|kế hoạch|dự toán|[Nn]ghị quyết|chỉ tiêu|mục tiêu)\b)[^\W\d_]+)"
    # ("12m2/người năm 2010": a time word before a number is the period the level is for,
    # no part of its unit)
    r"(?:\s(?:năm|ngày|đêm|tháng|vụ)(?!\w)(?!\s*\d))?(?:,\s*phường)?))*"
)
_COUNTED_UNIT = "|".join(re.escape(c) for c in _COUNTED)
# a unit of work carried over a distance, joined to the kilometre by a dot ('43,1 tỷ tấn.km',
# '20,4 tỷ lượt khách.km': tonne- and passenger-kilometres), one unit as written
_TIMES_KM = r"(?:\.km(?!\w))?"
_OPEN = (
    rf"{_SLIP}{_PER}(?!\w)"
    rf"|(?:{_MAGNITUDE}\s+)?{_CURRENCY}{_PER}(?!\w)"
    rf"|(?:{_MAGNITUDE}\s+)?{_PHYSICAL}{_TIMES_KM}{_PER}(?!\w)"
    rf"|(?:{_MAGNITUDE}\s+)?(?:{_COUNTED_UNIT}){_TIMES_KM}{_PER}(?!\w)"
    rf"|{_MAGNITUDE}\s+(?:{'|'.join(_NOUNS)}){_PER}(?!\w)"
)
# a magnitude with nothing after it but a period or a clause end ("thu nhập ... 14 triệu vào năm
# 2010"): money when the sentence is about money
# ('bố trí 14,7 tỷ để đầu tư …': what the money is for)
# ('trên 18,4 triệu (giảm 336.049 học sinh …)': its change in a bracket after it)
_BARE = (
    rf"{_MAGNITUDE}(?=\s*(?:[,.;:)]|$)|\s+(?:năm|vào|lên|xuống|và|so|trong|đến|tháng|để)\b"
    r"|\s*\((?:tăng|giảm)\s)"
)
# "giảm 0,8 điểm phần trăm": a change of a rate, in percentage points
_POINTS = r"điểm phần trăm(?!\w)|điểm %"
# a count per area, a density or a stand ('1.250 người/km2', '1.100 cây/ha'), or per time, a
# rate of the thing counted ('11.220 người/năm': deaths a year)
_PER_COUNT = r"(?:/(?:(?:km[2²]|m[2²]|km|ha)|\s?(?:năm|tháng|ngày|tuần|quý))(?!\w))?"
# a compound a listed noun opens and does not name: '38 trường hợp' (cases), no schools
_NOT_THE_NOUN = {"trường": r"(?!\s+hợp(?!\w))"}
_UNIT = "|".join(
    [
        r"%/năm",
        _POINTS,
        "%",
        "‰",
        _OPEN,
        *(rf"{n}(?!\w){_NOT_THE_NOUN.get(n, '')}{_PER_COUNT}" for n in _NOUNS),
        _BARE,
    ]
)
_MONEY_WORDS = re.compile(
    r"\b(?:thu nhập|vốn|kinh phí|doanh thu|lương|giá trị|ngân sách|thu|chi|nộp|tiền|đầu tư)\b",
    re.IGNORECASE,
)
# "trên 1 ngàn 200 chị": a number said half in words, thousands then the hundreds in digits (two
# or three: '2 nghìn 5' may be said for 2.500), before a word that is no number word
_THOUSANDS_SAID = (
    r"\d{1,3}\s(?:nghìn|ngàn)\s\d{2,3}"
    r"(?=\s+[^\W\d_])(?!\s+(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ|mươi|lẻ|linh|vạn)(?!\w))"
)
_BODY = (
    rf"(?P<low>{_THOUSANDS_SAID}|{_NUM})(?:(?:\s*(?P<lowunit>{_UNIT}))?\s*(?:[-–]|đến)\s*(?P<high>{_NUM}))?"
    rf"(?:(?=/(?P<of>{_NUM})\s*(?P<ofunit>{_UNIT})))?\s*(?P<unit>{_UNIT})?"
)
# "giảm 1,6% (-673 ha)": a change in brackets written with its sign is a figure too
# a number run into what is before it by a typing slip is read as if spaced: after a comma that
# ends words or a bracket ('(NTM),255 đơn vị'), and after a word when money or a share follows
# ('thủy sản54 tỷ USD'; not 'Covid-19', 'H5N1', 'CO2': a capital, a hyphen or no money after),
# or a physical measure ('Hoằng Hóa4.624ha, Vĩnh Lộc 3.239ha': a place's area, the space lost)
_GLUED = (
    r"(?<=[^\W\d_],)|(?<=\),)"
    rf"|(?<=[^\W\d_])(?<![A-ZĐ])"
    rf"(?=(?:{_NUM})\s*(?:%|(?:{_MAGNITUDE}\s+)?(?:{_CURRENCY}|{_PHYSICAL}(?!\w))))"
)
_QUANTITY = re.compile(rf"(?:(?<![\w/.,\-])|(?<=\(-)|{_GLUED}){_BODY}")
_QUANTITY_AT = re.compile(_BODY)
_PLAN = re.compile(
    rf"\s*\((?:KH|kế hoạch|Kế hoạch)\s*(?:là|:)?\s*(?P<plan>{_NUM})\s*(?P<unit>{_UNIT})?\)"
)
# "5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch": actual / plan (or "… đạt 117,9%
# chỉ tiêu", the target the body was given)
# (or "… ha/50 ha, đạt 93,7%NQ": of the resolution's target, NQ or nghị quyết)
# ("85,5 tỷ đồng/KH 80 tỷ đồng": the plan said before it)
_PAIR = re.compile(
    r"\s*/\s*(?:(?P<said>KH|NQ|DT|kế hoạch|dự toán|[Nn]ghị quyết)\s*:?\s*)?"
    rf"(?P<plan>{_NUM})\s*(?P<unit>{_UNIT})?"
    r"(?(said)|(?=[^.;]{0,50}?(?:kế hoạch|dự toán|KH\b|DT\b|NQ\b|[Nn]ghị quyết|chỉ tiêu)))"
)
# "đạt 47,3% kế hoạch", "đạt 121% so với mục tiêu Đại hội": what a share is attained against
_ATTAIN_OF = re.compile(
    r"\s*(?:so(?: với)?\s+)?"
    r"(dự toán|kế hoạch|KH\b|NQ\b|[Nn]ghị quyết|mục tiêu (?:Đại hội|Nghị quyết|nghị quyết|đề ra))"
)
_ATTAIN_VERB = re.compile(r"(đạt|vượt|bằng)(?:\s+(?:hơn|gần|khoảng|trên))?\s*$")
_QUALIFIER = re.compile(r"(trên|dưới|khoảng|hơn|gần|ít nhất|tối thiểu|còn dưới)\s*$")
_VERBS = re.compile(
    r"(?:\s|^)(?:ước đạt|(?<!chứng )chỉ đạt|đạt được|đạt|là|có|ở mức|còn|trên|dưới|khoảng|hơn|"
    r"gần|ít nhất|với|được|cả|tất cả|toàn bộ|(?<=[Dd]uy trì )mức)\s*$"
)
_LEADING = re.compile(
    r"^(?:[\s,;:\-–]|(?:và|[Tt]rong đó|[Cc]ụ thể|[Đđ]ặc biệt(?: là)?)(?=\s|:|,|$)|\(\d+\)"
    r"|[Nn]ăm \d{4},?)+"
)
_BOUNDARY = re.compile(r"[.;!?…](?:\s|$)|:\s|\(\d+\)\s|,\s(?:trong đó|cụ thể)\b|(?<!\sđối)\svới\s")
_HEAD_WORDS = ("tỷ lệ", "tổng", "số ", "giá trị", "chỉ số", "kim ngạch", "thu ", "chi ", "vốn")
_MEASURES = ("tuổi", "vạn lao động", "bé trai", "con", "nghìn con")
_BORROW = ("", "tăng", "giảm", "tăng trưởng", "phấn đấu", "phân đầu")
_SENTENCE_START = re.compile(r"[.!?](?:\s|$)|\(\d+\)\s")
# "17/17 chỉ tiêu đạt và vượt mục tiêu": 'và' between two verbs joins what is said of the count
# (a code of a digit and capitals, '5G', 'H5N1', names a kind: part of the words, no number;
# so do the digits that end a word, 'IPv6')
_COUNT_TAIL = re.compile(
    r"^(?:/\s*\d+\s)?(?:[^,;.()\d]|(?<!\S)\d[A-Z][A-Z\d]*(?!\w)|(?<=[^\W\d_])\d+(?!\w))*?"
    r"(?=(?:^|\s+)(?:và(?!\s+(?:vượt|tăng|giảm|hoàn thành)\s)|với|trong đó|để)\s|[,;.()…]"
    r"|(?!(?<!\S)\d[A-Z][A-Z\d]*(?!\w)|(?<=[^\W\d_])\d+(?!\w))\d|$)"
)
_YEAR = re.compile(r"(?:[Nn]ăm|[Gg]iai đoạn|[Tt]hời kỳ) (\d{4}(?:\s*[-–]\s*\d{4})?)")
# "đứng thứ 04/34 tỉnh", "xếp hạng 39/160 nước tham gia điều tra": a rank, of how many
# ('từ vị trí 54/146 lên vị trí 53/152 thành phố': a position out of those ranked, a rank too)
_RANK = re.compile(
    # ('tăng 10,93%, cao thứ 2 trong khu vực …', 'rộng thứ 3 cả nước': a rank said by what the
    # place is ranked on, a comparative, in place of the verb)
    r"(?:(?:đứng|xếp(?: hạng)?|(?<!\w)(?:cao|lớn|rộng|thấp|nhiều|nhanh|đông|dài|lớn nhất)"
    r"(?=\s+thứ\s+\d))\s+|(?<=vị trí ))"
    r"(?P<rank>thứ\s+(?P<n>\d{1,3})(?:/(?P<of>\d{1,3}))?"
    r"|(?:(?<=hạng )|(?<=vị trí ))(?P<n2>\d{1,3})/(?P<of2>\d{1,3})(?!\d))"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_ENUM = re.compile(r"\((\d+)\)\s")


@dataclass(frozen=True)
class Found:
    """A figure found in a paragraph: ``span`` covers number and unit, ``plan_span`` the plan."""

    label: str
    value: Value
    unit: str | None
    period: str
    plan: Value | None
    item: str
    span: tuple[int, int]
    plan_span: tuple[int, int] | None
    text: str
    review: tuple[str, ...] = ()
    plan_kind: str | None = None
    """The kind of ``plan`` (floor, ceiling, range, exact), or, for a figure with no plan that the
    text states as a target ("tỷ lệ hộ nghèo dưới 3%"), the kind of that target."""


_NUMBER_WORDS = {
    "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín",
    "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ", "đồng", "chẵn",
}  # fmt: skip
_SPELLED_SCALE = {"mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"}


def parse_number(text: str) -> Decimal:
    """A number as written in Vietnamese ("109.501", "10,05"), or with a point as the decimal
    mark where it can only be one ("38.7": one or two digits after the point)."""
    if said := re.fullmatch(r"(\d{1,3})\s(?:nghìn|ngàn)\s(\d{2,3})", text.strip()):
        return Decimal(said[1]) * 1000 + Decimal(said[2])  # '1 ngàn 200', said half in words
    if _POINT_DECIMAL.fullmatch(text.strip()):
        text = text.strip().replace(".", ",")
    return _parse_vi(text)


def _spelled_out(m: re.Match[str]) -> bool:
    """A bracket that reads a number out in words (an OCR slip or two allowed)."""
    words = re.findall(r"[^\W\d_]+", m.group(1).lower())
    known = sum(w in _NUMBER_WORDS for w in words)
    return len(words) >= 3 and known >= 0.75 * len(words) and bool(_SPELLED_SCALE & set(words))


_SPELLED_BRACKET = re.compile(r"\(([^()\d]{5,200})\)")


def _blank_spelled(text: str) -> str:
    """Spelled-out brackets blanked to spaces of the same length, so that spans hold."""
    return _SPELLED_BRACKET.sub(
        lambda m: " " * len(m.group(0)) if _spelled_out(m) else m.group(0), text
    )


# words after a number that are not what it counts: time, order, grammar words
_NOT_COUNTED = {
    "năm", "tháng", "ngày", "quý", "tuần", "giờ", "phút", "giây", "tuổi", "đến", "và", "với", "của",
    "trong", "là", "có", "được", "đã", "sẽ", "về", "tại", "trên", "dưới", "so", "để", "theo", "thì",
    "mà", "này", "khoảng", "nữa", "hoặc", "hay", "các", "những", "một", "từ", "cho", "bằng", "đạt",
    "tăng", "giảm", "vượt", "lần", "thứ", "khóa", "khoá", "kỳ", "đợt", "điểm", "giai", "nhiệm",
    "nghìn", "triệu", "tỷ", "tỉ", "ngàn", "vạn", "trở", "ha", "km", "m", "kg", "đồng", "còn", "lên",
    "xuống", "nay", "như", "sau", "trước", "khi", "cùng", "cả", "mới", "chiếm", "tương", "người",
    # ('khu dân cư 2 bên đường …', 'hợp tác 3 bên': the sides or parties of a relation, part of
    # a name, no thing counted)
    "bên",
    # ('hoàn thành trước 27 tết': a day of the year's last month, before the lunar new year; a
    # date, no count)
    "tết",
    # ('4 ngày nghỉ lễ 30-4 và 1-5 vừa qua': a day and month just past, a date; 'vừa' after a
    # number opens a time, no noun)
    "vừa",
}  # fmt: skip
# the word after 'điểm' that makes it a place ('điểm du lịch', 'điểm lưu trú'), lower-case and
# no 'phần trăm'
_PLACE_POINT = re.compile(r"\s+(?!phần\s+trăm)([^\W\d_A-ZĐ][^\W\d_]*)")
# the words of a time, written with a capital too ('21 Tháng Năm 2015', a date in a page's byline)
_TIME_WORDS = {"năm", "tháng", "ngày", "quý", "tuần", "giờ", "phút", "giây", "tết"}
# nouns of a measure: a number before one counts nothing a presenter shows
_MEASURE_WORDS = set(measure_nouns("uncounted"))  # (measures.yaml)
# "cấp độ 3, 4 thực chất", "hạng 3": an order or a grade, not a count
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\d\s*,\s*|(?:^|\s)(?:cấp độ|mức độ|mức|loại|hạng|(?<!nâng )cấp|(?<!dân )số|thứ|khóa|khoá|"
    r"điều|khoản|điểm|nhóm|giai đoạn|đợt|kỳ|lần|Điều|Khoản|Chương|Mục|vị trí"
    # ('tỉnh lộ 3 đoạn Km21+500 …', 'quốc lộ 28'): a road's number
    r"|lộ"
    # ('trong tháng 8 ước tính thặng dư …': a month's number, the word after it no noun)
    r"|tháng|quý|ngày|tuần)\s+)$"
)
_ORDINAL_ENDS = {"st", "nd", "rd", "th"}
_YEAR_THEN = re.compile(r"(?:^|\s)[Nn]ăm\s+(?:19|20)\d\d\s*,\s*$")
# "18.516con", "224nghìn con": a portal that runs the number into its noun, read as if spaced
_WORD = re.compile(r"(\s*)([^\W\d_]+)(?=[\s,;.:)…/]|$)")


# 'Tỷ lệ bác sĩ và giường bệnh trên 1 vạn dân đạt 10 bác sĩ và 31,5 giường': the base of a rate
# said before its figures; a decimal count after it is the rate on that base
_PER_BASE_SAID = re.compile(
    r"(?:trên|/)\s*(?:1|01|một)?\s*(?:vạn|nghìn|ngàn|10\.000|1\.000|100\.000)\s+(?:dân|người)",
    re.IGNORECASE,
)


def _sentence_of(text: str, at: int) -> int:
    return sentence_opening(text, at)


def sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: the end of the last ``_SENTENCE_START`` read in
    ``text[:at]`` (as ``_SENTENCE_START.finditer(text, 0, at)`` reads it: a stop right before
    ``at`` ends one by ``$``), from the ends in the whole text, found once a paragraph (a scan
    from its start for each of its figures was the square of a long paragraph)."""
    if 0 < at <= len(text) and text[at - 1] in ".!?":
        return at
    ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, at)
    return ends[i - 1] if i else 0


@functools.lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(s.end() for s in _SENTENCE_START.finditer(text))


REACH_BACK = 2000
"""How far before a number the patterns anchored at it (``…\\s*$``) are read: far more than
any of them spans (a phrase of a few words, a bracket's title)."""


def reach_back(text: str, end: int) -> int:
    """Where to start a search for a pattern that ends at ``end`` (``pattern.search(text,
    reach_back(text, end), end)``): ``REACH_BACK`` characters before the last one that is no
    space (a run of spaces before ``end`` is read whole). ``^`` never matches at a search's
    start, and a look-behind or ``\\s`` reads the whole text, so what is found is what a search
    from 0 finds."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return max(0, end - REACH_BACK)


def counted_noun(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """'260 chợ', '215 cửa hàng', '3 tiêu chí': an integer followed by the noun it counts, any
    noun (an open grammar); the noun is one word, segmented by pyvi when it is installed."""
    low, high = m.group("low"), m.group("high")
    if high and not (
        # "hình thành 2-3 cơ sở công nghiệp": a range of whole things
        re.fullmatch(r"\d{1,3}", low)
        and re.fullmatch(r"\d{1,3}", high)
        and int(low) < int(high)
        and not m.group("lowunit")
    ):
        return None
    if _YEAR_LIKE.fullmatch(low):
        return None
    after = m.end("high" if high else "low")
    magnitude = re.match(r"\s*(nghìn|ngàn|triệu|vạn|tỷ|tỉ)(?=\s)", text[after:])
    if (
        magnitude
        and magnitude.group(1) in ("tỷ", "tỉ")
        and _MONEY_WORDS.match(text, after + magnitude.end() + 1)
    ):
        return None  # 'bố trí 14,7 tỷ vốn đối ứng': money, its currency unsaid
    # a decimal counts nothing, but '12,6/19 tiêu chí' (an average of a whole) and
    # '14,24 tiêu chí/xã' (an average per part)
    decimal = (
        ("," in low or _POINT_DECIMAL.fullmatch(low))
        and not magnitude
        and not re.match(r"/\d{1,4}\s", text[after:])
    )
    if whole := re.match(r"/(\d{1,3}(?:\.\d{3})+|\d{1,4})(?=\s)", text[after:]):
        if (
            re.fullmatch(r"[1-3]", low)
            and re.fullmatch(r"[2-4]", whole.group(1))
            and (int(low) < int(whole.group(1)))
        ):
            # "mới chỉ đi được 2/3 quãng đường", "1/2 số vốn": a fraction of a whole, not a
            # count (a count out of its whole names more: '23/27 ngành')
            return None
        after += whole.end()  # "23/27 ngành sản xuất tăng": 23 out of 27
    elif text[m.end() : m.end() + 1] == "/":
        return None
    if (
        (grade := _NOT_COUNT_BEFORE.search(text, reach_back(text, m.start()), m.start()))
        and not (
            # "đã cấp 3.456 thẻ": the verb to issue, a grade is one or two digits ('cấp 2')
            grade.group(0).strip() == "cấp" and not re.fullmatch(r"0?\d{1,2}", low)
        )
        # ('được tổ chức năm 1994, 179 quốc gia … đã thông qua': a year and its comma end a
        # time, not the first of a list of grades ('cấp độ 3, 4'); the count after it counts)
        and not _YEAR_THEN.search(text, reach_back(text, m.start()), m.start())
    ):
        return None
    if magnitude:
        # "hơn 15 nghìn con": the magnitude belongs to the unit
        after += magnitude.end()
    first = _WORD.match(text, after)
    if first is None or not first.group(1) and not first.group(2).islower():
        return None  # glued, only a lower-case noun: "18.516con", not "4G"
    if not first.group(1) and (len(first.group(2)) < 2 or first.group(2) in _ORDINAL_ENDS):
        # 'Chương trình 30a', 'mục 12b': one letter glued names, counts nothing; nor does an
        # English ordinal's ending ('as of 31st December': a yearbook's date)
        return None
    if session := _session(text, first):
        return session
    place = _PLACE_POINT.match(text, first.end(2)) if first.group(2) == "điểm" else None
    if place and first.group(1) and place.group(1) not in _NOT_COUNTED:
        # '21 điểm lưu trú', 'công nhận 1 khu và 2 điểm du lịch': points of a place, counted
        # (a point of a score or a rate stands alone or before a time, 'phần trăm', a verb)
        return "điểm", first.end(2)
    if first.group(2) in _NOT_COUNTED and not (
        _COMRADES.match(text, first.start()) or _LABOUR.match(text, first.start(2))
    ):
        return None
    if not first.group(2).islower() and first.group(2).lower() in _TIME_WORDS:
        return None  # 'Tin tức sự kiện 21 Tháng Năm 2015': a date, its month in words
    if (
        _ACRONYM.fullmatch(first.group(2))
        and first.group(1)
        and first.group(2) not in _INDICES
        and not magnitude
        and not _NUMBERED_BEFORE.search(text, reach_back(text, m.start()), m.start())
        and not _INSTITUTION.fullmatch(first.group(2))
    ):
        # '900 CLB cựu quân nhân', '1.699 CCB được hưởng …': an abbreviation counts what it
        # abbreviates, its qualifiers left to the label (not an index, 'GRDP', nor after a
        # document's or a time's number, 'Quyết định 12 UBND …')
        return first.group(2), first.end(2)
    if labour := _LABOUR.match(text, first.start(2)):
        return labour.group(1), labour.end()  # '8.577 ngày công lao động': work done, counted
    if not first.group(2).islower() and (said := _level_said(text, first, m.start())):
        return said
    if not first.group(2).islower():
        named = _institution(text[first.start(2) : first.start(2) + 60])
        reach = reach_back(text, m.start())
        if named is None and not _NUMBERED_BEFORE.search(text, reach, m.start()):
            named = _capitalised_noun(text[first.start(2) : first.start(2) + 40])
        if named is None or magnitude:
            return None
        return named, first.start(2) + len(named)
    word = _segmented_head(text[first.start(2) : first.start(2) + 40])
    if word is None:
        word = _held(text, m.start(), first.start(2))
    if word is None and first.group(1):
        stated = _STATED_BEFORE.search(text, reach_back(text, m.start()), m.start())
        word = _closing_noun(text[first.start(2) : first.start(2) + 40], bool(stated))
    if word is None or word.split()[0] in _NOT_COUNTED and not _COMRADES.match(text, first.start()):
        return None
    if word.lower() in _MEASURE_WORDS:
        return None  # "(4 diện tích và điểm quặng đồng …)": a measure names no thing counted
    level = _LEVEL.match(text, first.start(2))
    if level and len(level.group(0)) > len(word) and re.match(r"(?!\w)", text[level.end() :]):
        # '13/14 tổ dân phố đạt …': a level of administration named in several syllables,
        # counted whole (pyvi leaves 'tổ' alone before 'dân_phố')
        word = level.group(0)
    end = first.start(2) + len(word)
    if per := _PER_PART.match(text, end):
        # "14,24 tiêu chí/xã": a count per part; "4 phòng/căn hộ": the part a compound
        per_end = _compound_end(text, per)
        word += re.sub(r"\s+", "", per.group(0)) + text[per.end() : per_end]
        end = per_end
    elif decimal and (
        text.startswith("/", end)
        or not _PER_BASE_SAID.search(text, _sentence_of(text, m.start()), m.start())
    ):
        return None
    elif _LEVEL.fullmatch(word):
        # '63/63 tỉnh, thành phố', '41 xã, phường và thị trấn', '22/22 bộ, cơ quan ngang bộ, cơ
        # quan thuộc Chính phủ': the kinds of one level of government, counted together
        while level := _LEVEL_RUN.match(text, end):
            word += text[end : level.end()]
            end = level.end()
    elif not decimal and (pair := _noun_pair(text, end)):
        # '18 nhà hàng, khách sạn', '20 ý kiến, kiến nghị': two nouns said together
        word += text[end:pair]
        end = pair
    if magnitude:
        scale = magnitude.group(1).replace("ngàn", "nghìn").replace("tỉ", "tỷ")
        return f"{scale} {word}", end
    return word, end


def turns_counted(text: str, end: int, unit: str) -> tuple[str, int] | None:
    """'245.000 lượt bệnh nhân', '9.854 lượt ĐVTN', '2.240.000 lượt đoàn viên, thanh niên': a
    count of turns ('lượt', with its magnitude) is in the turn and the noun it counts, written
    right after it (the one convention of count units, issue 15's h44c: 'lượt người', 'lượt
    khách'), its qualifiers left to the label; the unit and where it ends, or None when no noun
    follows ('5.250.000 lượt, trong đó …')."""
    if not re.fullmatch(r"(?:(?:nghìn|triệu|tỷ|vạn) )?lượt", unit):
        return None
    first = _WORD.match(text, end)
    if first is None or not first.group(1) or "\n" in first.group(1):
        return None
    word = first.group(2)
    if _ACRONYM.fullmatch(word) and word not in _INDICES:
        return f"{unit} {word}", first.end(2)  # '9.854 lượt ĐVTN'
    if not word.islower() or word in _NOT_COUNTED or word in _PREDICATES:
        return None
    head = _segmented_head(text[first.start(2) : first.start(2) + 40])
    if head is None and (act := _acts_counted(text, first.start(2))):
        return f"{unit} {text[first.start(2) : act]}", act  # '3,5 triệu lượt khám, chữa bệnh'
    if head is None or not text.startswith(head, first.start(2)) or head in _PREDICATES:
        return None
    at = first.start(2) + len(head)
    if pair := _noun_pair(text, at):
        at = pair  # 'lượt đoàn viên, thanh niên': two nouns said together
    return f"{unit} {text[first.start(2) : at]}", at


# 'lượt khám, chữa bệnh', 'lượt xét nghiệm, sàng lọc': turns of an act, or of two said together,
# each a verb (with its object: 'chữa bệnh'), closing the phrase
_ACTS = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)?)(?:, ([^\W\d_]+(?: [^\W\d_]+)?))?(?=[,;.)]|$)")


def _acts_counted(text: str, at: int) -> int | None:
    """Where the act (or two acts joined by a comma) that turns count ends, or None: the words
    right after 'lượt' that pyvi reads as a verb and its object, up to a clause's end."""
    if (tagger := _pyvi()) is None or not (m := _ACTS.match(text, at)):
        return None
    end = m.end()
    for words in (m[1], m[2]) if m[2] else (m[1],):
        tokens, tags = tagger(words)
        if tags[0] != "V" or len(tokens) > 2 or tokens[0].split("_")[0] in _PREDICATES:
            if words is m[2]:
                end = m.end(1)  # the first act alone: the comma closes its phrase
                break
            return None
    return end


def _level_said(text: str, first: re.Match[str], start: int) -> tuple[str, int] | None:
    """'Toàn Tỉnh có 8 huyện và 1 Thị Xã với 95 xã': a level of government written with
    capitals (pyvi reads 'Thị Xã' as a name) and followed by no name, only a grammar word or a
    clause's end, is the level counted, as written."""
    at = first.start(2)
    level = _LEVEL.match(text[at : at + 30].lower())
    if (
        level is None
        or not first.group(1)
        or _NUMBERED_BEFORE.search(text, reach_back(text, start), start)
    ):
        return None
    end = at + level.end()
    after = _WORD.match(text, end)
    if re.match(r"\w", text[end : end + 1]) or (
        after is not None and (not after.group(1) or after.group(2) not in _NOT_COUNTED)
    ):
        return None
    return text[at:end], end


# every noun of a measure (measures.yaml, any reading), the heads that open one and the nouns of
# a plan: a noun after a count's comma that opens one opens the next figure or its target ('500
# lao động, doanh thu …', '512.700 tên miền, mục tiêu hết năm …')
_ANY_MEASURE = {w.lower() for m in VOCABULARY.values() for w in m} | {
    "tổng", "số", "mỗi", "mục tiêu", "kế hoạch", "chỉ tiêu", "dự toán", "nhiệm vụ", "nghị quyết",
}  # fmt: skip


_WORD_GOES_ON = re.compile(r"\w")


def _noun_pair(text: str, end: int) -> int | None:
    """'18 nhà hàng, khách sạn ký cam kết', '20 ý kiến, kiến nghị của cử tri', '150 mô hình,
    dự án': a count's noun and a second noun after its comma, said together as one kind of
    thing counted (the counted noun of a pair, by the one convention of count units): where the
    second noun ends, or None. The second is one lower-case compound pyvi reads as a noun (read
    alone when pyvi cuts it: 'thủy cầm' of 'gia cầm, thủy cầm.'), no level of government (those
    run their own course, ``_LEVEL_RUN``), no measure nor plan (the next figure's: '500 lao
    động, doanh thu đạt …'), no time, and not followed by a number nor by more of a list ('…,
    khách sạn, quán ăn', 'khách sạn và …')."""
    if not re.match(r",\s(?=[^\W\d_])", text[end : end + 3]) or (tagger := _pyvi()) is None:
        return None
    at = end + 2
    tokens, tags = tagger(text[at : at + 40])
    if (
        len(tokens) > 1
        and "_" not in tokens[0] + tokens[1]
        and (alone := tagger(f"{tokens[0]} {tokens[1]}")) == ([f"{tokens[0]}_{tokens[1]}"], ["N"])
    ):
        # 'gia cầm, thủy cầm.': a compound pyvi cuts before a stop, one noun read alone
        tokens, tags = [*alone[0], *tokens[2:]], [*alone[1], *tags[2:]]
    if (
        not tokens
        or tags[0] != "N"
        or "_" not in tokens[0]
        or not tokens[0].replace("_", "").isalpha()
    ):
        return None
    second = tokens[0].replace("_", " ")
    if (
        not second.islower()
        or not text.startswith(second, at)
        or _WORD_GOES_ON.match(text, at + len(second))
        or second in _ANY_MEASURE
        or second.split()[0] in _NOT_COUNTED
        or second.split()[0] in _ORDER_WORDS
        or _LEVEL.fullmatch(second)
        or tags[1:2] == ["M"]
        # ('lợn hướng nạc đạt 1000 con, gia cầm đạt 120.000 con': the subject of the next
        # figure, its verb and its count after it, no second noun of this count; a share after
        # the verb is the pair's, '18 nhà hàng, khách sạn đạt 120% so với năm 2017')
        or (
            tokens[1:2]
            and tokens[1].lower() in _PREDICATES
            and tags[2:3] == ["M"]
            and tokens[3:4] not in (["%"], ["phần_trăm"])
        )
        or tokens[1:2] == ["và"]
        or (tokens[1:2] == [","] and tags[2:3] in (["N"], ["M"]))
    ):
        return None
    return at + len(second)


# a count stated of its subject by a copula or a verb of having ('Số sinh toàn tỉnh … là 17.103
# trẻ'), not a name made with a number ('Phụ nữ 2 giỏi') nor a list of how work is organised
# ('thi công 3 ca, 4 kíp'); an amount said to equal it is stated so too ('Tỷ lệ này … là tương
# đương với khoảng 87.000 trẻ.')
_STATED_BEFORE = re.compile(
    r"(?:^|\s)(?:là|có|gồm|đạt|tương đương(?:\s+với)?)(?:\s+(?:trên|hơn|gần|khoảng))?\s*$"
)


def _closing_noun(text: str, stated: bool = True) -> str | None:
    """'Số sinh … là 17.103 trẻ.', '… là 1576 trẻ, chiếm 9,2%': one lower-case syllable that
    pyvi reads as an adjective on its own ('trẻ', young) and that closes its phrase right after
    a count ``stated`` of its subject (``_STATED_BEFORE``) is the noun counted (a number takes no
    adjective of its own); so is one that opens a phrase, a noun, a preposition or an age after
    it ('huy động được 23.921 trẻ đến nhà trẻ', '110.176 trẻ mẫu giáo', '42.030 trẻ 5 tuổi'),
    whatever is said before (a slogan's adjective closes its phrase or takes a verb: 'phong
    trào 2 tốt được nhân rộng', 'Phụ nữ 2 giỏi.')."""
    tagger = _pyvi()
    if tagger is None:
        return None
    tokens, tags = tagger(text)
    if (
        not tokens
        or tags[0] != "A"
        or "_" in tokens[0]
        or not tokens[0].isalpha()
        or not tokens[0].islower()
        or tokens[0] in _NOT_COUNTED
    ):
        return None
    closes = tokens[1:2] in ([], [","], ["."], [";"], [")"], ["…"])
    opens = tags[1:2] in (["N"], ["E"]) or (tags[1:2] == ["M"] and tokens[2:3] == ["tuổi"])
    return tokens[0] if closes and stated or opens else None


def _compound_end(text: str, per: re.Match[str]) -> int:
    """Where the per-part ``per`` ('/căn') ends: after the compound pyvi reads it opening ('/căn
    hộ', one word of two syllables), else where it matched."""
    tagger = _pyvi()
    if tagger is None:
        return per.end()
    start = per.end() - len(per.group(0).lstrip("/ "))
    tokens, _tags = tagger(text[start : start + 30])
    if not tokens or "_" not in tokens[0]:
        return per.end()
    spelled = tokens[0].replace("_", " ")
    if not text.startswith(spelled, start) or not re.match(r"(?!\w)", text[start + len(spelled) :]):
        return per.end()
    return start + len(spelled)


def _held(text: str, start: int, at: int) -> str | None:
    """'tổ chức 498 hoạt động tình nguyện', 'triển khai 35 hoạt động hỗ trợ …': a count that a
    verb of holding or doing takes as its object, right before it in its clause, counts the
    compound after it even when pyvi reads that as a verb ('hoạt động'); so does a count said
    to be or to exist ('có 33.585 giao dịch thành công', 'quý IV là 25.409 giao dịch'); a count
    with no such verb ('có 40 HTX, 32 hoạt động hiệu quả': those that operate) counts nothing
    here."""
    tagger = _pyvi()
    if tagger is None:
        return None
    tokens, tags = tagger(text[at : at + 40])
    if not tokens or tags[0] != "V" or "_" not in tokens[0]:
        return None
    clause = re.split(r"[,;.:()]", text[max(0, start - 60) : start])[-1]
    clause = re.sub(r"(?:\s+(?:trên|hơn|gần|khoảng|được|thêm))+\s*$", "", clause)
    if re.search(r"(?:^|\s)(?:có|là)$", clause.rstrip(), re.IGNORECASE):
        return tokens[0].replace("_", " ")
    before, said = tagger(clause) if clause.strip() else ([], [])
    if not before or said[-1] != "V" or before[-1].split("_")[0].lower() in _PREDICATES:
        return None
    return tokens[0].replace("_", " ")


# the words of a session or a round: a time or an order on their own ('cùng kỳ', 'đợt 2')
_SESSIONS = ("kỳ", "đợt", "khóa", "khoá")


def _session(text: str, first: re.Match[str]) -> tuple[str, int] | None:
    """'115 kỳ sát hạch lái xe', '15 đợt kiểm tra', '8 khóa tập huấn': a word of a session or a
    round right after a count, then the event held (a verb or a noun, lower-case: 'kỳ thi',
    'đợt cao điểm'), counts those events; the unit is the session's word (not '3 kỳ liên tiếp',
    'kỳ họp thứ 9', '2 đợt, mỗi đợt')."""
    if first.group(2) not in _SESSIONS or not first.group(1) or (tagger := _pyvi()) is None:
        return None
    event = _WORD.match(text, first.end(2))
    if event is None or not event.group(1) or not event.group(2).islower():
        return None
    if event.group(2) in _NOT_COUNTED:
        return None
    tokens, tags = tagger(text[event.start(2) : event.start(2) + 30])
    if not tokens or tags[0] not in ("V", "N") or tokens[0].split("_")[0] in _PREDICATES:
        return None
    return first.group(2), first.end(2)


# a rate counted on a base written as a power of ten in digits ('107 trẻ sơ sinh trai/100 trẻ
# sơ sinh gái', '23 ca sinh/1.000 phụ nữ', '4/100.000 trẻ sinh ra còn sống'): the counted
# words before the slash (none, or up to five) and the base's number, or ten thousand said in
# words ('14,3 bác sỹ/1 vạn dân', as '/10.000 dân'; '14,5 bác sĩ/vạn dân', the one unsaid); '/1 ha'
# is a per-unit (`_PER`), not a base
_RATE = re.compile(
    r"(?P<counted>(?:\s+[^\W\d_]+){0,5}?)\s*/\s*"
    r"(?P<base>10|100|1\.000|10\.000|100\.000|1\.000\.000|(?:1 )?vạn(?=\s))"
    r"(?P<noun>(?:\s+[^\W\d_]+){1,6})"
)
# "có 9,3 bác sĩ và 31 giường bệnh/1 vạn dân": a base written once after two counts joined by
# 'và' is said of both, no one count's unit (the label's, as the rates' subject)
_SHARED_BASE = re.compile(
    rf"(?<![\d.,/])(?<!/ )(?:{_NUM})\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}\s+và\s+(?:{_NUM})$"
)
# words that end the base's noun phrase: time, change, comparison, what is said of the rate
_RATE_ENDS = {
    "vào", "năm", "trong", "so", "xuống", "lên", "tăng", "giảm", "đến", "và", "tại", "theo",
    "trở", "là", "đạt", "của", "với", "hoặc", "từ", "trên", "dưới", "giai", "tính", "thì",
    "được", "có", "nhưng", "đã", "sẽ", "đang",
}  # fmt: skip


def rate_unit(text: str, at: int) -> tuple[str, int, bool] | None:
    """The unit of a rate on a base, read after a number that ends at ``at``: the counted words,
    the slash, the base and the base's noun phrase up to a word that ends it (`_RATE_ENDS`);
    where the base repeats the counted words' first word ('trẻ sơ sinh trai/100 trẻ sơ sinh gái',
    'bé trai/100 bé gái'), it is as long as they are, a like counted on its like. Returns the
    unit, where it ends and whether counted words are written before the slash."""
    m = _RATE.match(text, at)
    if m is None or _SHARED_BASE.search(text, 0, at):
        return None
    counted = m.group("counted").split()
    if any(w in _NOT_COUNTED or not w.islower() for w in counted):
        return None
    noun: list[str] = []
    for word in m.group("noun").split():
        if word in _RATE_ENDS or not word.islower():
            break
        noun.append(word)
    if counted and noun[:1] == counted[:1]:
        noun = noun[: len(counted)]
    if not noun:
        return None
    end = m.start("noun")
    for word in noun:
        end = text.index(word, end) + len(word)
    unit = f"{' '.join(counted)}/{m.group('base')} {' '.join(noun)}"
    return unit, end, bool(counted)


# "14,8 tiêu chí/ xã" too; '1.100 cây/ha', '450 người/km2'
# an abbreviation of two to six capitals ('CLB', 'CCB', 'HTX'), and the indices that are no
# thing counted
_ACRONYM = re.compile(r"[A-ZĐ]{2,6}")
_INDICES = {"GDP", "GRDP", "CPI", "PCI", "PAPI", "PAR", "SIPAS", "ICOR", "HDI", "FDI", "ODA"}
# a time word and 'công' (labour): a measure of work done, not a time ('ngày công', 'giờ công')
_LABOUR = re.compile(r"((?:ngày|giờ|tháng)\s+công)(?!\w)(?:\s+lao động)?")
# (not '/chỉ tiêu 300 đảng viên', '/kế hoạch 50 ha': the plan after the slash)
_PER_PART = re.compile(
    r"/ ?(?!(?:KH|NQ|kế hoạch|dự toán|chỉ tiêu|mục tiêu)\b)(?:km2|m2|[^\W\d_]+)(?=[\s,;.:)…]|$)"
)
_COMRADES = re.compile(r"\s+đồng (?:chí|bào)\b")  # "80 đồng chí": people, not money
# the kinds of body a count of institutions names with a capital ("55 Sở Tư pháp")
_INSTITUTIONS = (
    "Sở", "Bộ", "Ban", "Cục", "Chi cục", "Tổng cục", "Phòng", "Trung tâm", "Trường", "Viện",
    "Bệnh viện", "Hội", "Quỹ", "Đoàn", "Tổ", "Công ty", "Tổng công ty", "Hợp tác xã", "Ngân hàng",
    "Văn phòng", "Tòa án", "Toà án", "Viện kiểm sát", "Ủy ban", "Uỷ ban", "UBND",
    *("Chi hội", "Tổ hội", "Phân hội", "Chi đoàn", "Chi bộ", "Đảng bộ"),
)  # fmt: skip
# the branches and cells of a mass organisation or the Party ('124 Tổ hội Nông dân nghề
# nghiệp', '3 Chi bộ Quân sự'): counted by the kind alone, what follows names the organisation
_BRANCHES = {"Chi hội", "Tổ hội", "Phân hội", "Chi đoàn", "Chi bộ", "Đảng bộ"}
_INSTITUTION = re.compile(rf"(?:{'|'.join(sorted(_INSTITUTIONS, key=len, reverse=True))})(?!\w)")


def _institution(text: str) -> str | None:
    """'Sở Tư pháp' of '55 Sở Tư pháp đã tách ...': an institution's kind and the capitalised
    words of its name (segmented by pyvi when installed, else the kind alone)."""
    kind = _INSTITUTION.match(text)
    if kind is None:
        return None
    tagger = _pyvi()
    rest = text[kind.end() :]
    if tagger is None or not rest[:1].isspace() or kind.group(0) in _BRANCHES:
        return kind.group(0)
    # '14 Tổ hợp tác', '245 Hội viên': the kind is the first syllable of a compound noun, what
    # is counted; what follows it names no body
    word = tagger(text[:60].strip())[0][0].replace("_", " ")
    if word.startswith(f"{kind.group(0)} ") and word[len(kind.group(0)) :].islower():
        return word
    tokens, _tags = tagger(rest.strip())
    name = [kind.group(0)]
    for token in tokens:
        if not token[:1].isupper() or not token.replace("_", "").isalpha():
            break
        name.append(token.replace("_", " "))
    return " ".join(name)


# a number that is a time, an order or the number of a named thing ('ngày 12', 'tháng 6', 'giai
# đoạn 2', 'Quyết định 1234', 'Quốc lộ 14'): what follows with a capital is a new subject, not
# what the number counts
_NUMBERED_BEFORE = re.compile(
    r"(?:(?:^|\s)(?i:ngày|tháng|năm|sáng|chiều|tối|trưa|đêm|lúc|giờ|quý|tuần|đoạn|đợt|khóa|khoá"
    r"|kỳ|lần|thứ|số|lộ|phòng|lô|tổ|ấp|thôn|xóm|khu|phố|lớp|đường|tuyến|cầu|điểm|khoản|điều|mục"
    r"|vành đai"  # ('đường Vành đai 3 TPHCM', 'Vành đai 4 Vùng Thủ đô': a ring road's number)
    r"|quyết định|chỉ thị"
    r"|nghị quyết|nghị định|thông tư|công văn|kế hoạch|thông báo|tờ trình|luật|pháp lệnh)"
    r"|(?:^|\s)[A-ZĐ][^\s\d,;]*)\s+$"
)
_PARTS_OF_TEXT = {"Điều", "Khoản", "Điểm", "Mục", "Chương", "Phần", "Phụ", "Tiết", "Bước"}


def _capitalised_noun(text: str) -> str | None:
    """'Mô hình' of '04 Mô hình một cửa', 'Mái ấm' of '64 Mái ấm tình thương', 'Nhà' of '27 Nhà
    tình nghĩa': a common noun written with a capital, as the models, homes and clubs a
    programme builds are named: the longest run of up to three syllables that pyvi reads as one
    noun on its own and that no word of the text runs across (not a proper name, 'Hà Nội')."""
    tagger = _pyvi()
    syllables = re.findall(r"[^\W\d_]+", text.split(",")[0])[:5]
    if tagger is None or not syllables or not syllables[0][:1].isupper():
        return None
    if syllables[0] in _PARTS_OF_TEXT:
        return None  # 'theo mục 3 Điều 2': a reference to the text, no count
    # pyvi's words in the text, as (first syllable, last syllable + 1, tag)
    words, n = [], 0
    for token, tag in zip(*tagger(" ".join(syllables)), strict=True):
        words.append((n, n + len(token.split("_")), tag))
        n = words[-1][1]
    for k in (3, 2, 1):
        noun = " ".join(syllables[:k])
        if len(syllables) < k or not text.startswith(noun):
            continue
        if any(0 < a < k < b for a, b, _ in words):
            continue  # 'Nhà nhân ái': 'nhân ái' runs across the end of 'Nhà nhân'
        if k == 1:
            if words[0][1] == 1 and words[0][2] == "N":
                return noun
            continue
        tokens, tags = tagger(noun)
        if len(tokens) == 1 and tags[0] == "N":
            return noun
    return None


def _segmented_head(text: str) -> str | None:
    """The first word of ``text`` (one or more syllables) if it is a noun; without pyvi, the
    first syllable."""
    tagger = _pyvi()
    if tagger is None:
        return text.split()[0].strip(",;.:)")
    tokens, tags = tagger(text)
    if (
        tokens[1:]
        and tokens[0] in _COLLECTIVE
        and "_" in tokens[1]
        and tags[1] == "N"
        and tokens[1].islower()
        # ('40 khu thương mại - dịch vụ tổng hợp': a compound joined to the next by a dash is
        # half a pair, no unit; the zone alone is counted)
        and tokens[2:3] not in (["-"], ["–"])
    ):
        # "700 khu dân cư", "05 bộ dữ liệu", "20 tập dữ liệu", "3 phó trưởng phòng": a noun
        # of a set, a zone or a rank names no kind of thing alone; with the compound noun after
        # it, it makes the unit counted (its qualifiers after that left to the label)
        return f"{tokens[0]} {tokens[1].replace('_', ' ')}"
    if tokens and "_" in tokens[0] and tokens[0].split("_")[1] in ("so", "với", "và", "trên"):
        # "7.300 con so với cùng kỳ": pyvi runs the noun into the comparison ('con_so')
        alone = tagger(tokens[0].split("_")[0])
        tokens, tags = [*alone[0], *tokens[1:]], [*alone[1], *tags[1:]]
    if tokens[1:] and tags[0] == "V" and "_" in tokens[0] and tags[1] == "N":
        # "19 nhà văn hóa thôn. Huy động ...": pyvi tags the compound before a noun by what
        # follows; on its own it reads as the noun it is
        alone = tagger(tokens[0].replace("_", " "))
        if alone[0] == tokens[:1]:
            tags = [*alone[1], *tags[1:]]
        if tags[0] == "V" and tokens[0].split("_")[0] not in _PREDICATES:
            # "16.600 tổ chức cơ sở Hội": right after a number and before a noun, a compound
            # pyvi reads as a verb even alone ('tổ chức', to organise) is the thing counted
            tags = ["N", *tags[1:]]
    if tokens[1:] and "_" in tokens[0] and tags[0] not in ("N", "Nc", "Ny", "V"):
        # "46 nghị quyết đảm bảo cơ chế": pyvi tags a compound by the verb after it (a
        # conjunction, 'C'); on its own it reads as the noun it is
        alone = tagger(tokens[0].replace("_", " "))
        if alone[0] == tokens[:1] and alone[1][0] in ("N", "Nc", "Ny"):
            tags = [*alone[1], *tags[1:]]
    if (
        tokens[1:]
        and tokens[0] in _CONTAINERS
        and tags[1] == "N"
        and "_" in tokens[1]
        and tokens[1].islower()
    ):
        # "1.920 bao thuốc lá ngoại", "44.128 bao thuốc lá nhập lậu": a container counts what
        # it holds, the two the unit together as a classifier and its noun are (pyvi tags the
        # container a noun, or 'bao' a pronoun, never a classifier)
        return f"{tokens[0]} {tokens[1].replace('_', ' ')}"
    if not tokens or tags[0] not in ("N", "Nc", "Ny"):
        return None
    if (
        len(tokens) > 1
        and tags[:2] == ["N", "V"]
        and tokens[0] in _VEHICLES
        and "_" in tokens[1]
        and tokens[1].islower()
        and tagger(tokens[1].replace("_", " "))[1] == ["N"]
    ):
        # "76.549 xe mô tô": a vehicle's classifier and the compound pyvi reads as a verb after
        # it but as a noun alone ('mô tô', 'ô tô') are one noun (not '104 vụ tàng trữ': 'vụ'
        # names no vehicle, 'tàng trữ' is what was done)
        return f"{tokens[0]} {tokens[1].replace('_', ' ')}"
    if (
        tokens[1:]
        and tags[:2] == ["Nc", "N"]
        and "_" not in tokens[0]
        and tokens[0] not in _ORDER_WORDS
        and tokens[1] not in _MANNERS
        and tagger(f"{tokens[0]} {tokens[1].replace('_', ' ')}")[1] == ["Nc", "N"]
    ):
        # "200 căn nhà đồng đội", "15 chiếc xe cứu thương": a classifier and its noun are the
        # unit together; the noun's qualifiers are left to the label (not an order, '3 loại
        # rừng', nor a word pyvi tags a noun only beside the next, 'chiếc đang thi công')
        return f"{tokens[0]} {tokens[1].replace('_', ' ')}"
    if (
        len(tokens) > 1
        and tags[0] == tags[1] == "N"
        and "_" not in tokens[0] + tokens[1]
        # ('9513 trẻ nam, 7590 trẻ nữ': a sex qualifies what is counted, the label's to say;
        # the children of both are counted in one unit)
        and tokens[1] not in ("nam", "nữ")
        # ('337 cánh đồng lớn': 'đồng' is money only right after a number or its magnitude)
        and (tokens[1] not in _NOT_COUNTED or tokens[1] == "đồng")
        and tokens[1] not in _ORDER_WORDS
        and (len(tokens) == 2 or tags[2] not in ("N", "Nc", "Np", "M"))
        # "23/27 ngành sản xuấttăngso": a run of words glued together ('xuấttăngso', longer
        # than any syllable) took the second's other half; the first noun alone is counted
        and not (len(tokens) > 2 and "_" not in tokens[2] and len(tokens[2]) > 7)
    ):
        # "179 đơn thư": two one-syllable nouns that pyvi leaves apart make one compound
        return f"{tokens[0]} {tokens[1]}"
    if (
        len(tokens) > 1
        and tags[:2] == ["N", "V"]
        and "_" not in tokens[0] + tokens[1]
        and tokens[1] not in _NOT_COUNTED
        and tokens[1] not in _PREDICATES
        and (len(tokens) == 2 or tokens[2] in (",", ";", ".", "…", ")", "và"))
    ):
        # "19 phòng học, thư viện", "120 nhà ở;", "11/15 khoản thu và …": a noun and the one
        # verb that closes its phrase make one compound (pyvi reads 'học' as a verb); a verb
        # with its own object ('xã đạt chuẩn') is what is said of the count
        return f"{tokens[0]} {tokens[1]}"
    head, _, field = tokens[0].partition("_")
    if (
        head in _FIELD_HEADS
        and "_" in field
        and tagger(field.replace("_", " ")) == ([field], ["N"])
    ):
        # "24 giải thể thao thành tích cao", "21 giải thể thao cấp quốc gia": pyvi runs the head
        # into the field after it ('giải_thể_thao'); the head is counted, as '141 trạm y tế' is
        # in 'trạm' and '3 giải bóng đá' in 'giải' (the field, like the level, the label's)
        return head
    return tokens[0].replace("_", " ")


# verbs that say something of a count, never part of its noun ('3 xã đạt, 2 xã chưa đạt')
_PREDICATES = {
    "đạt", "tăng", "giảm", "có", "là", "được", "còn", "chưa", "bị", "mới", "vượt", "gồm", "nghèo",
    "tham", "hoạt", "làm", "chết", "mất", "bỏ", "về", "đi", "đến", "ra", "vào", "lên", "xuống",
}  # fmt: skip


# how things are planted or kept, which pyvi tags as nouns after a classifier ('176.559 cây phân
# tán', scattered trees; 'cây tập trung'): a manner that qualifies what is counted, the label's,
# never its noun ('cây' is counted)
_MANNERS = {"phân_tán", "tập_trung"}

# nouns of a set, a zone or a rank: no kind of thing on their own ('bộ' a set, 'tập' a
# collection, 'khu' a zone, 'phó' a deputy): the compound noun after one completes the unit
_COLLECTIVE = {"bộ", "tập", "khu", "phó"}
_ORDER_WORDS = {"hạng", "loại", "cấp", "mức", "số", "độ", "nhóm", "đợt"}
# containers, counted with what they hold as a classifier is with its noun ('bao thuốc lá');
# pyvi tags them nouns ('bao' a pronoun before some verbs), never classifiers
_CONTAINERS = {"bao", "thùng", "chai", "can", "túi", "bình", "hộp", "kiện", "cuộn"}
# heads counted alone whatever field follows them (tests/draft_eval.py's convention on long
# counted nouns: '141 trạm y tế' in 'trạm'), when pyvi joins the two into one word
_FIELD_HEADS = {"giải", "trạm"}
# the classifiers of vehicles and machines, one noun with the kind after them ('xe mô tô')
_VEHICLES = {"xe", "tàu", "thuyền", "máy"}


@functools.cache
def _pyvi():
    """pyvi's segmenter and POS tagger, or None when pyvi is not installed."""
    try:
        from pyvi import ViPosTagger, ViTokenizer
    except ImportError:
        return None

    def tag(text: str) -> tuple[list[str], list[str]]:
        tokens, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
        return list(tokens), list(tags)

    return tag


_TOTAL = re.compile(
    r"^(?:[-–+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:Tổng số|Số lượng|Số)\s+(?P<rest>[^\d:;]+?)"
    r"(?:\s+là\s*:?|\s*:)\s*$"
)
# a total's line may open its breakdown: 'Tổng số giường bệnh: 2.411, trong đó:'
_BREAKDOWN = r"(?:,\s*trong đó\s*:?)?"


def _total_noun(before: str) -> str | None:
    """'thủ tục' of 'Tổng số thủ tục hành chính rà soát là': the noun a total counts."""
    m = _TOTAL.match(before.strip() + " ")
    if not m:
        return None
    head = _segmented_head(m.group("rest"))
    return head if head and head.split()[0] not in _NOT_COUNTED else None


def list_unit(paragraphs: list[str]) -> list[str | None]:
    """For each paragraph, the unit its bare-numbered list items take: the noun of the last
    'Tổng số <noun> ... là N' before it, kept while the items that follow end in a bare number."""
    out: list[str | None] = []
    unit: str | None = None
    for text in paragraphs:
        out.append(unit)
        total = re.match(rf"^(.*?)(\d[\d.]*)\s*(?:[.;]|{_BREAKDOWN})\s*$", text)
        said = re.match(r"^(?:[-–+•]\s*)?[^\d:;]{2,60}:\s*\d[\d.,]*\s+(\w+)\s*[.;]?\s*$", text)
        if total and (noun := _total_noun(total.group(1))):
            unit = noun
        elif unit and said and unit.split()[0] == said.group(1) and said.group(1) != unit:
            # 'Tổng số giường bệnh: 2.411, trong đó:' then '- Bệnh viện: 1.843 giường': the list
            # counts in the word its items write ('- Phòng khám đa khoa khu vực: 86' in giường)
            unit = said.group(1)
        elif not (
            (total and re.search(r"(?:là|:)\s*:?\s*$", total.group(1)))
            or (unit and said and said.group(1) == unit)
        ):
            unit = None
    return out
