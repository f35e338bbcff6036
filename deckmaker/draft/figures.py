"""Numbers with their units, plans and labels, found in Vietnamese guidance text."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from ..i18n import N_, later
from ..numfmt import parse_number as _parse_vi

Value = Decimal | tuple[Decimal, Decimal]

# a point followed by one or two digits is a decimal mark ("38.7%", "561.64 ha"): a thousands
# separator is always followed by three
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_MAGNITUDE = r"(?:nghìn tỷ|nghìn tỉ|ngàn tỷ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ|vạn)"
# "đồng" is money, but not in "đồng chí", "đồng bào" ...
_CURRENCY = (
    r"(?:đồng(?!\s+(?:chí|bào|bằng|thời|ý|bộ|nghiệp|đội|tâm|lòng|hành|nhất|loạt|đều)\b)"
    r"|USD|đô la Mỹ|đ(?!\w))"
)
# "204.000 tý đồng", "9.000 ty đồng": a scan's slip for tỷ, read as tỷ with a review note
_SLIP = r"(?:tý|ty)\s+đồng"
_MONEY = ("tỷ đồng", "triệu đồng", "nghìn đồng", "tỷ USD", "triệu USD", "nghìn USD")
# count nouns: a number followed by one of these is a count of it (longest first)
_NOUNS = (
    "cụm công nghiệp", "khu công nghiệp", "vạn lao động", "giường bệnh", "huy chương",
    "doanh nghiệp", "học sinh", "công trình", "lao động", "bác sĩ", "dự án", "bé trai",
    "làng nghề", "trường học", "trường", "huyện", "tuổi", "người", "hộ", "xã",
)  # fmt: skip
# an open grammar of measures: [magnitude] (currency | physical unit | counted noun) [/per...]
_PHYSICAL = r"(?:km2|km|m2|m3|ha|tấn|tạ|kg|kWh|GWh|MWh|kW|MW|lít|DWT|TEU)"
_COUNTED = (
    "đơn vị cấp huyện", "lượt khách", "thành viên", "chỉ tiêu", "nhiệm vụ", "hiệp định",
    "HTX", "THT", "DN", "lượt", "lần",
)  # fmt: skip
# per-parts: "/người/năm", "/xã, phường", "/1 ha" (read "/ha"), "/người năm", "/ngày đêm"
_PER = (
    r"(?:/(?:0?1\s*)?(?:km2|m2|m3|lao động|căn hộ|[^\W\d_]+)"
    r"(?:\s(?:năm|ngày|đêm|tháng|vụ)(?!\w))?(?:,\s*phường)?)*"
)
_OPEN = (
    rf"{_SLIP}{_PER}(?!\w)"
    rf"|(?:{_MAGNITUDE}\s+)?{_CURRENCY}{_PER}(?!\w)"
    rf"|(?:{_MAGNITUDE}\s+)?{_PHYSICAL}{_PER}(?!\w)"
    rf"|(?:{_MAGNITUDE}\s+)?(?:{'|'.join(_COUNTED)}){_PER}(?!\w)"
    rf"|{_MAGNITUDE}\s+(?:{'|'.join(_NOUNS)}){_PER}(?!\w)"
)
# a magnitude with nothing after it but a period or a clause end ("thu nhập ... 14 triệu vào năm
# 2010"): money when the sentence is about money
_BARE = rf"{_MAGNITUDE}(?=\s*(?:[,.;:)]|$)|\s+(?:năm|vào|lên|xuống|và|so|trong|đến|tháng)\b)"
# "giảm 0,8 điểm phần trăm": a change of a rate, in percentage points
_POINTS = r"điểm phần trăm(?!\w)|điểm %"
_UNIT = "|".join([r"%/năm", _POINTS, "%", "‰", _OPEN, *(rf"{n}(?!\w)" for n in _NOUNS), _BARE])
_MONEY_WORDS = re.compile(
    r"\b(?:thu nhập|vốn|kinh phí|doanh thu|lương|giá trị|ngân sách|thu|chi|nộp|tiền|đầu tư)\b",
    re.IGNORECASE,
)
_BODY = (
    rf"(?P<low>{_NUM})(?:(?:\s*(?P<lowunit>{_UNIT}))?\s*(?:[-–]|đến)\s*(?P<high>{_NUM}))?"
    rf"(?:(?=/(?P<of>{_NUM})\s*(?P<ofunit>{_UNIT})))?\s*(?P<unit>{_UNIT})?"
)
# "giảm 1,6% (-673 ha)": a change in brackets written with its sign is a figure too
_QUANTITY = re.compile(rf"(?:(?<![\w/.,\-])|(?<=\(-)){_BODY}")
_QUANTITY_AT = re.compile(_BODY)
_PLAN = re.compile(
    rf"\s*\((?:KH|kế hoạch|Kế hoạch)\s*(?:là|:)?\s*(?P<plan>{_NUM})\s*(?P<unit>{_UNIT})?\)"
)
# "5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch": actual / plan
_PAIR = re.compile(
    rf"\s*/\s*(?P<plan>{_NUM})\s*(?P<unit>{_UNIT})?(?=[^.;]{{0,50}}?(?:kế hoạch|dự toán|KH\b))"
)
# "đạt 47,3% kế hoạch", "đạt 121% so với mục tiêu Đại hội": what a share is attained against
_ATTAIN_OF = re.compile(
    r"\s*(?:so(?: với)?\s+)?"
    r"(dự toán|kế hoạch|KH\b|mục tiêu (?:Đại hội|Nghị quyết|nghị quyết|đề ra))"
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
_COUNT_TAIL = re.compile(
    r"^(?:/\s*\d+\s)?[^,;.()\d]*?"
    r"(?=(?:^|\s+)(?:và(?!\s+(?:vượt|tăng|giảm|hoàn thành)\s)|với|trong đó|để)\s|[,;.()\d…]|$)"
)
_YEAR = re.compile(r"(?:[Nn]ăm|[Gg]iai đoạn|[Tt]hời kỳ) (\d{4}(?:\s*[-–]\s*\d{4})?)")
_RANK = re.compile(r"(?:đứng|xếp(?: hạng)?)\s+(?P<rank>thứ\s+(?P<n>\d{1,3})(?:/(?P<of>\d{1,3}))?)")
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


# a target is stated: in the heading ("Mục tiêu", "Các chỉ tiêu", "dự toán", "quy hoạch") or in
# the sentence before the number ("phấn đấu", "mục tiêu", "phải")
TARGET_HEADING = re.compile(
    r"\b(?:mục tiêu|chỉ tiêu|dự toán|phấn đấu|quy hoạch|qui hoạch)\b"
    r"|\b(?:thông qua|phê duyệt|giao)\s+[\"“]?(?:\w+\s+){0,2}?"
    r"(?:kế hoạch|phương án phân bổ|chương trình|đề án)\b",
    re.IGNORECASE,
)
_TARGET_SENTENCE = re.compile(
    r"(?:^|\s)(?:phấn đấu|phân đầu|mục tiêu|chỉ tiêu|dự toán|phải|sẽ|theo kế hoạch)(?=\s)",
    re.IGNORECASE,
)
# targets said to be met ('xã đã hoàn thành cơ bản các chỉ tiêu', 'có 05 chỉ tiêu đạt và
# vượt', 'đã hoàn thành nhiều chỉ tiêu') and a programme's name ('chương trình mục tiêu quốc
# gia') are no sign that the sentence sets targets
_TARGETS_MET = re.compile(
    r"(?:^|\s)(?:đã|đều)\s+(?:[^\W\d]+\s+){0,2}?(?:hoàn thành|đạt|vượt|thực hiện)"
    r"(?:\s+[^\W\d]+){0,2}?\s+(?:(?:các|những|nhiều|hầu hết|\d+(?:/\d+)?)\s+)?"
    r"(?:mục tiêu|chỉ tiêu)\b"
    r"|\d+(?:/\d+)?\s+(?:mục tiêu|chỉ tiêu)(?:\s+[^\W\d]+){0,3}?\s+(?:đạt|vượt|hoàn thành)\b"
    r"|chương trình\s+mục tiêu",
    re.IGNORECASE,
)


def _sets_targets(before: str) -> bool:
    """The sentence up to the figure says it sets targets (`_TARGET_SENTENCE`), other than by
    naming targets it says were met (`_TARGETS_MET`) or a result's attainment of one ('đạt
    121% dự toán năm', 'so với kế hoạch': `_COMPARED`)."""
    return _TARGET_SENTENCE.search(_COMPARED.sub(" ", _TARGETS_MET.sub(" ", before))) is not None


_CEILING = re.compile(
    r"(?:^|\s)(?:không quá|không vượt quá|tối đa|dưới|còn dưới|thấp hơn|giảm xuống dưới)\s*$"
)
_FLOOR = re.compile(r"(?:^|\s)(?:trên|ít nhất|tối thiểu|không dưới|không thấp hơn|hơn)\s*$")
_FLOOR_AFTER = re.compile(r"\s*trở lên\b")
# "phấn đấu đạt 60%", "nhu cầu vốn tối thiểu ... khoảng 3.770 tỷ đồng", a growth to reach ("tốc độ
# tăng trưởng đạt 16,5%/năm", "tăng 21%/năm"): at least; a plain level in a list of targets
# ("tỷ lệ cấp nước đạt 80%", "diện tích cao su đạt 6.000 ha") states the value itself
_FLOOR_VERB = re.compile(r"(?:^|\s)(?:tối thiểu|tăng trưởng)(?=\s)", re.I)
# "thu ngân sách hoàn thành vượt so với dự toán Trung ương giao (6.193 tỷ đồng)": the bracket is
# the plan to be exceeded, a floor
_BEYOND = re.compile(
    r"vượt\s+(?:so với\s+|mức\s+)?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)[^();.\d]{0,40}\(\s*$"
)
_ACTUAL = re.compile(
    r"(?:^|\s)(?:hiện có|hiện nay|hiện tại|đã có|ước thực hiện|ước đạt|ước tính|ước|dự ước)(?=\s)"
)
# "dự kiến" plans in the figure's own clause ("dự kiến đầu tư 500 tỷ đồng"), but in a report of
# results it is an estimate ("dự kiến cả 17/17 chỉ tiêu đạt và vượt mục tiêu", "dự kiến cả năm
# ước đạt ..."): not when what follows says the figure is reached
_EXPECTED = re.compile(
    r"(?:^|\s)dự kiến(?=\s)(?![^;]*\s(?:ước|đạt và vượt|hoàn thành|cả năm)\s)", re.I
)
# "... đã làm được trong các năm qua, cần phải ... khoảng 85 HTX": only in the number's own
# comma-clause does 'đã' say the figure is done
_DONE_HERE = re.compile(r"(?:^|\s)(?:đã(?!\s+qua\s+đào tạo)|đạt được)(?=\s)")
# "vượt mục tiêu 0,36%", "so với dự toán": a comparison with a target, not one
_COMPARED = re.compile(
    r"(?:vượt|cao hơn|thấp hơn|so với|so)\s+(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)"
    # "đạt 100% chỉ tiêu giao với 1.250 thanh niên nhập ngũ": an attainment, reported
    r"|\d\s*%\s+(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)"
)
# "tăng 7,36% (vượt mục tiêu Nghị quyết 0,36%)": the target is the value less the excess
_EXCESS = re.compile(
    r"(?:\s+so với[^(;.\d]{0,20}\d*)?\s*\(?\s*(?P<verb>vượt|cao hơn|thấp hơn)\s+"
    r"(?:mục tiêu|kế hoạch|chỉ tiêu)[^()\d;.]{0,30}?"
    rf"(?P<by>{_NUM})\s*%"
)
# "đạt 81,05% (vượt 6,05% so với chỉ tiêu ...)": the same excess, its base written after it
_EXCESS_AFTER = re.compile(
    r"(?:\s+[^\W\d][^(;.\d]{0,20}?)?\s*\(?\s*"
    rf"(?P<verb>vượt|cao hơn|thấp hơn)\s+(?P<by>{_NUM})\s*%\s*"
    r"so(?: với)?\s+(?:mục tiêu|kế hoạch|chỉ tiêu)"
)
# a bound that states a limit whatever the sentence ('mức vay tối đa 8 triệu đồng/hộ')
_BY_MORE = re.compile(r"(?:^|[\s(])(?:vượt|cao hơn|thấp hơn)\s*$")
# "nợ công … có thể đến ngưỡng hoặc vượt ngưỡng cảnh báo khoảng 5% GDP": a threshold is a limit
_THRESHOLD = re.compile(r"(?:^|\s)(?:ngưỡng|trần|giới hạn)(?:\s+[^\W\d]+){0,3}?\s*(?:khoảng\s*)?$")
# "điều chỉnh mức lương cơ sở từ 1,3 triệu đồng/tháng lên 1,39 triệu đồng/tháng": the level set
_ADJUSTED_TO = re.compile(r"(?:^|\s)(?:điều chỉnh|nâng)\s.*\slên(?:\s+mức)?(?:\s+khoảng)?\s*$")
# "Tỷ lệ hộ nghèo giảm 3%" among targets: a change to make, at least (the rule of round 6)
_CHANGE_TO_MAKE = re.compile(r"(?:^|\s)(?:tăng|giảm)(?:\s+(?:thêm|trên|hơn))?\s*$")
# "Tổng chi ngân sách địa phương 11.892 tỷ đồng, tăng 3,07%": the change of the level just said
_CHANGE_OF_LEVEL = re.compile(r"\d[^\d;:,]{0,25},\s*(?:tăng|giảm)(?:\s+(?:thêm|trên|hơn))?\s*$")
# "phấn đấu các chỉ tiêu chủ yếu như: …", "… đạt được là: …": a colon that opens a list
_LIST_OPENS = re.compile(r"(?:như|sau|là|gồm|sau đây)\s*:\s")
# 'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ', 'nâng tỷ lệ từ 60% lên 75%': the level a change
# starts from is what is, not a target; the level it goes to is
_FROM_LEVEL = re.compile(r"(?:^|\s)từ\s*$")
_TO_LEVEL = re.compile(
    rf"\s+(?:[^\W\d]+\s+){{0,3}}?(?:xuống|lên)(?:\s+(?:còn|mức|đến))?\s+(?:khoảng\s+)?(?:{_NUM})"
)
# 'phấn đấu có thêm 2 huyện …', 'thêm 2 trường đạt chuẩn quốc gia', 'có 1 xã đạt chuẩn', 'tiết
# kiệm thêm khoảng 10% chi thường xuyên': what to have or to add is planned as written, even after
# 'phấn đấu'
_TO_HAVE = re.compile(r"(?:^|\s)(?:có|có thêm|thêm)(?:\s+(?:khoảng|gần))?\s*$", re.IGNORECASE)
_HARD_CEILING = re.compile(r"(?:^|\s)(?:không quá|không vượt quá|tối đa)\s*$")
_HARD_FLOOR = re.compile(r"(?:^|\s)(?:tối thiểu|ít nhất|không dưới|không thấp hơn)\s*$")


_NUMBER_WORDS = {
    "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín",
    "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ", "đồng", "chẵn",
}  # fmt: skip
_SPELLED_SCALE = {"mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"}


def parse_number(text: str) -> Decimal:
    """A number as written in Vietnamese ("109.501", "10,05"), or with a point as the decimal
    mark where it can only be one ("38.7": one or two digits after the point)."""
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


# a paragraph that announces the targets set ('Quốc hội quyết nghị tốc độ tăng GDP khoảng
# 6,5-7,0%. GDP bình quân đầu người đạt khoảng 4.900 USD.', 'Một số chỉ tiêu khác cũng được
# chốt, gồm: ...'): its figures after the announcement are targets, in every sentence
_ANNOUNCED = re.compile(
    r"(?:^|\s)(?:quyết nghị|(?:đề ra|đặt ra|đặt|thông qua|giao)\s+(?:các\s+|những\s+|\d+\s+)?"
    r"(?:mục tiêu|chỉ tiêu)(?!\s+(?:đã|được)\s))(?=\s)"
    r"|(?:^|\s)(?:mục tiêu|chỉ tiêu)\b[^.;:]{0,60}(?:gồm|như sau|cụ thể|sau đây)\s*:"
    # 'Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: …', not a report of them ('Kết quả
    # thực hiện các chỉ tiêu … là:')
    r"|(?:^|\s)(?:các|những|một số)\s+(?:mục tiêu|chỉ tiêu)\b"
    r"(?:(?!\s(?:đạt|vượt|ước|đã|thực hiện|hoàn thành)\s)[^.;:]){0,60}\slà\s*:"
    # a paragraph on the coming year ('Năm học tới, Hà Nội có 1.513 lớp 10 THPT. …') plans it
    r"|^\s*(?:trong\s+)?(?:năm|năm học|niên khóa|niên khoá|niên độ|vụ|mùa vụ)\s+tới\s*,"
    # 'huyện phấn đấu hoàn thành 17 chỉ tiêu chủ yếu …. Trong đó, …': the targets to reach
    r"|(?:^|\s)phấn đấu\s+(?:hoàn thành|đạt|thực hiện)\s+(?:(?:các|những|\d+)\s+)?"
    r"(?:mục tiêu|chỉ tiêu)\b"
    # 'thống nhất nhiệm vụ … với các chỉ tiêu: …': a list of targets opened by a colon
    r"|(?:^|\s)(?:với|theo)\s+(?:các|những)\s+(?:mục tiêu|chỉ tiêu)\b[^.;:]{0,60}:",
    re.IGNORECASE,
)
# 'Theo đó, giai đoạn 2020-2025 đưa tốc độ tăng trưởng … đạt …': a level to bring a measure to
# announces targets, unless the paragraph reported before it ('GRDP ước tăng 9,54% … ; đưa tăng
# trưởng bình quân … đạt gần 9%/năm': what the result brought) or says it was brought ('đã đưa',
# 'góp phần đưa')
_BRINGS_TO = re.compile(
    r"(?:^|(?<!đã)(?<!phần)\s)đưa\s+(?:[^\s,;:.()]+\s+){1,10}?(?:đạt|lên)\s", re.IGNORECASE
)


def _announcement(text: str) -> re.Match[str] | None:
    """Where the paragraph announces targets (`_ANNOUNCED`, or `_BRINGS_TO` in a paragraph that
    has reported nothing before it)."""
    found = [m for m in (_ANNOUNCED.search(text),) if m]
    brings = _BRINGS_TO.search(text)
    if brings and not _REPORTED.search(text, 0, brings.start()):
        found.append(brings)
    return min(found, key=lambda m: m.start(), default=None)


# a report of what was done: a paragraph that says so ends a run of announced targets
_REPORTED = re.compile(
    r"(?:^|\s)(?:đã|đạt được|ước|ước tính|dự ước|vừa qua|năm qua|cùng kỳ)(?=\s|[,.;]|$)",
    re.IGNORECASE,
)


def announces_targets(text: str) -> bool:
    """The paragraph announces targets and reports nothing after the announcement: the
    paragraphs after it that report nothing either go on listing targets ('Các chỉ tiêu … năm
    2024 là: …', then 'Cơ cấu kinh tế … chuyển dịch như sau: …')."""
    m = _announcement(_blank_spelled(text))
    return m is not None and not _REPORTED.search(text, m.end())


def reports(text: str) -> bool:
    """The paragraph reports what was done ('ước', 'đã', 'so với cùng kỳ')."""
    return _REPORTED.search(text) is not None


_OVER_COUNT = re.compile(rf"\s*/\s*({_NUM})(?=\s+[^\W\d])")
_GIVEN_RATE = re.compile(rf"(?<!\w)tặng(?=\s+(?:{_NUM})\s*%)")


def find_figures(
    text: str, period: str = "", target: bool = False, list_unit: str | None = None
) -> list[Found]:
    """All figures in one paragraph, in order; ``item`` is the inline "(n)" they fall under.

    ``target`` says the paragraph is under a heading of targets (see ``TARGET_HEADING``);
    ``list_unit`` is the unit of a list whose items end in a bare number (see ``list_unit``).
    """
    # "(hai trăm ba mươi bốn triệu, tám trăm nghìn triệu đồng)": the figure before, read out;
    # blanked (same length, so spans hold) so that it names nothing
    text = _blank_spelled(text)
    # "tặng 3%": a slip for 'tăng' (nothing is given away in percent); same length, spans hold
    text = _GIVEN_RATE.sub("tăng", text)
    found: list[Found] = []
    prev_end = 0
    announced = _announcement(text)
    for m in _QUANTITY.finditer(text):
        if m.start() < prev_end:
            continue
        figure = _figure(text, m, prev_end, period, found[-1] if found else None, list_unit)
        if figure is None:
            continue
        told = target or (announced is not None and m.start() >= announced.end())
        figure = _with_kind(text, m, figure, told)
        found.append(figure)
        prev_end = (figure.plan_span or figure.span)[1]
        if said := _TIME_AFTER.match(text, prev_end):
            prev_end = said.end()  # "5.500 tấn/năm vào năm 2010, 10.000 tấn/năm …": its time
        if bound := _FLOOR_AFTER.match(text, prev_end):
            prev_end = bound.end()  # "97% trở lên và …": the bound of the figure before
        if (
            not m.group("of")
            and figure.unit in _MONEY
            and (slash := _OVER_COUNT.match(text, prev_end))
            and not re.fullmatch(r"0?1|10{0,2}(?:\.000)*", slash.group(1))
            and (over := _QUANTITY_AT.match(text, slash.start(1)))
            and (count := _figure(text, over, slash.start(1), period, figure)) is not None
            and _is_count(count)
        ):
            # "đã cho vay 45,8 tỷ đồng/6.521 hộ": a sum and the count it went to, two figures
            found.append(count)
            prev_end = count.span[1]
            continue
        if m.group("of"):
            # "319,59/428,39 ha": the part done and the whole, as two figures
            total_m = _QUANTITY_AT.match(text, m.start("of"))
            assert total_m is not None
            total = _figure(text, total_m, prev_end, period, figure)
            whole = m.group("of")
            if (
                total is not None
                and (figure.unit in _NOUNS or figure.unit in _COUNTED)
                and "," not in m.group("low") + whole
            ):
                # "320/411 xã đạt chuẩn": a count out of a whole, one figure
                note = later(
                    N_("'{text}': {part} out of {whole}"),
                    text=text[m.start() : total.span[1]],
                    part=m.group("low"),
                    whole=whole,
                )
                found[-1] = replace(figure, review=(*figure.review, note))
                prev_end = total.span[1]
            elif total is not None:
                note = later(
                    N_("'{text}' read as the part done and the whole"),
                    text=text[m.start() : total.span[1]],
                )
                found[-1] = replace(figure, review=(*figure.review, note))
                found.append(
                    replace(total, label=f"{figure.label} (tổng)", review=(*total.review, note))
                )
                prev_end = total.span[1]
        if found[-1].unit in _PLACE_UNITS and (kinds := _MORE_KINDS.match(text, prev_end)):
            prev_end = kinds.end()  # "8/11 huyện, thành phố": one noun phrase, not a subject
    found = _said_twice(text, found)
    found = _of_counted(text, found)
    found = _growth_parts(text, found)
    found = _listed_parts(text, _shared_subjects(text, _once(text, found)))
    found = _enumerated(text, _bracket_targets(text, _targets_after(text, found)))
    found = _plans_before(text, found)
    found = _count_changes(text, _joined_counts(text, _counted_alike(found)))
    found = _of_the_subject(text, _of_the_sector(text, _defining_bounds(text, found)))
    found = _with_ranks(text, _counted_in_words(text, found, period), period)
    found = _respectively(text, found)
    found = _shared_act(text, found)
    found = _verb_objects(text, _of_a_place(text, found))
    found = _distinct_siblings(text, _to_places(text, _from_source(text, found)))
    return _written_out(_from_to_levels(text, found))


_CHANGE_VERB_AROUND = re.compile(
    r"^(?:giảm|tăng|nâng|hạ|đưa|kéo giảm|điều chỉnh)\s+|\s+(?:giảm|tăng)$", re.IGNORECASE
)


def _from_to_levels(text: str, found: list[Found]) -> list[Found]:
    """'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ', 'tỷ lệ … giảm từ 12,5% xuống 11,2%': the two
    levels of one measure, both named by it ('Số hộ nghèo'), the first said as the level it
    starts from: 'hiện nay' when the second is a target, else 'đầu kỳ'."""
    out = list(found)
    for i in range(len(out) - 1):
        start, end = out[i], out[i + 1]
        to = _TO_LEVEL.match(text, start.span[1])
        if (
            not _FROM_LEVEL.search(text, 0, start.span[0])
            or to is None
            or not end.span[0] < to.end() <= end.span[1]
            or start.unit != end.unit
        ):
            continue
        subject = _CHANGE_VERB_AROUND.sub("", start.label).strip()
        if _nwords(subject) < 2:
            continue
        subject = subject[:1].upper() + subject[1:]
        when = "hiện nay" if end.plan_kind else "đầu kỳ"
        out[i] = replace(start, label=f"{fit(subject, LABEL_WORDS - 2)} {when}")
        out[i + 1] = replace(end, label=subject)
    return out


# the administrative shorthands a report writes its sectors and programmes in ('TM-DV đạt 52%',
# 'sản xuất TTCN', 'xã đạt chuẩn NTM'): a slide says them in words, the shorthand kept after them
# in brackets; 'SX' is a plain shorthand of one word, said in that word alone
_SHORTHANDS = {
    "TM-DV": "thương mại - dịch vụ", "TMDV": "thương mại, dịch vụ",
    "CN-TTCN": "công nghiệp - tiểu thủ công nghiệp", "TTCN": "tiểu thủ công nghiệp",
    "CN-XD": "công nghiệp - xây dựng", "KT-XH": "kinh tế - xã hội", "NTM": "nông thôn mới",
    "KDTH": "kinh doanh tổng hợp", "DTTS": "dân tộc thiểu số", "XDCB": "xây dựng cơ bản",
    "GTNT": "giao thông nông thôn", "NSNN": "ngân sách nhà nước", "SX": "sản xuất",
}  # fmt: skip
_PLAIN_SHORTHANDS = {"SX"}
_SHORTHAND = re.compile(
    rf"(?<![\w-])({'|'.join(sorted(map(re.escape, _SHORTHANDS), key=len, reverse=True))})(?![\w-])"
)


def _written_out(found: list[Found]) -> list[Found]:
    """Labels with their shorthands said in words ('TM-DV' -> 'Thương mại - dịch vụ (TM-DV)',
    'SX nông nghiệp' -> 'Sản xuất nông nghiệp'), within the label's words (else as written);
    a shorthand the label already says in words ('nông thôn mới (NTM)') is left alone."""
    out = []
    for f in found:
        label = f.label
        for m in reversed(list(_SHORTHAND.finditer(label))):
            abbr, words = m.group(1), _SHORTHANDS[m.group(1)]
            if words.lower() in label.lower():
                continue
            said = words if abbr in _PLAIN_SHORTHANDS else f"{words} ({abbr})"
            if m.start() == 0:
                said = said[:1].upper() + said[1:]
            longer = label[: m.start()] + said + label[m.end() :]
            if _nwords(longer) > LABEL_WORDS and abbr not in _PLAIN_SHORTHANDS:
                longer = label[: m.start()] + said.rsplit(" (", 1)[0] + label[m.end() :]
            if _nwords(longer) <= LABEL_WORDS:
                label = longer
        out.append(f if label == f.label else replace(f, label=label))
    return out


# a label that is a bare act on a sum or a share; 'Bé sung' is 'Bổ sung' misread by OCR
_BARE_ACTS = {
    "bổ sung": "Bổ sung", "bé sung": "Bổ sung", "bỗ sung": "Bổ sung", "tiết kiệm": "Tiết kiệm",
    "tiết kiệm thêm": "Tiết kiệm thêm", "điều tiết": "Điều tiết", "thực hiện điều tiết":
    "Thực hiện điều tiết", "bố trí": "Bố trí", "phân bổ": "Phân bổ", "trích": "Trích",
}  # fmt: skip
# the object after the number: up to where it comes from, whom it is for, a comparison, a time
_OBJECT = re.compile(
    r"\s*(?!(?:từ|cho|để|theo|so|của|tại|về|năm|đối|nhằm|vào|và|hoặc|trong)\s)"
    r"(?P<object>[^\W\d][^.;:,()\d]{2,80}?)(?=\s+(?:từ|cho|để|theo|so với|so|của|tại|về|"
    r"năm|đối với|nhằm|vào)\s|\s*[.;:,(\d]|$)"
)


def _verb_objects(text: str, found: list[Found]) -> list[Found]:
    """'Bổ sung 245,814 tỷ đồng dự toán chi đầu tư phát triển từ …', 'tiết kiệm thêm khoảng
    10% chi thường xuyên tăng thêm …': a figure labelled by its verb alone is named by the verb
    and its object, the words after the number."""
    out = []
    for f in found:
        act = _BARE_ACTS.get(re.sub(r"\s+", " ", f.label).strip().casefold())
        m = _OBJECT.match(text, (f.plan_span or f.span)[1]) if act else None
        if act is None or m is None:
            out.append(replace(f, label=act) if act else f)  # 'Bé sung' said right
            continue
        what = re.sub(r"\s+", " ", m.group("object")).strip()
        if f.text.endswith(what):
            what = ""  # the object is already the figure's unit ('10% chi thường xuyên')
        label = f"{act} {what}".strip()
        if _nwords(label) > LABEL_WORDS:
            label = fit(label, LABEL_WORDS)
        out.append(replace(f, label=label))
    return out


_PLACE_KIND = r"(?:phường|xã|thị trấn|thị xã|huyện|tỉnh|thành phố|quận|thôn|bản)"
_PLACE_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*){0,3}"
# "Khu vực nội thị gồm 8 phường …", "phường Bến Tắm có diện tích …", "Phường Sao Đỏ được thành
# lập trên cơ sở …": the place a clause is about, before its verb
_PLACE_SUBJECT = re.compile(
    rf"^(?:-\s*)?(?:sau khi [^,;]*,\s*)?(?P<place>khu vực\s+\w+(?:\s+\w+)?|{_PLACE_KIND}\s+"
    rf"{_PLACE_NAME})\s+(?:có|gồm|với|được|là)\b",
    re.IGNORECASE,
)
# "… 41.511 nhân khẩu của thị trấn Phả Lại": the place named after the number
_OF_PLACE = re.compile(rf"\s*của\s+(?P<place>{_PLACE_KIND}\s+{_PLACE_NAME})", re.IGNORECASE)
# what a population or an area is said as, just before its number
_POPULATION_SAID = re.compile(r"\bdân số\s*(?:là\s*)?$", re.IGNORECASE)
_AREA_SAID = re.compile(r"\b(?P<what>diện tích(?:\s+tự nhiên)?)\s*(?:là\s*)?$", re.IGNORECASE)


def _of_a_place(text: str, found: list[Found]) -> list[Found]:
    """A population ('dân số 19.616 nhân khẩu của xã Văn An', 'dân số 16.369 người') or an
    area ('diện tích tự nhiên 561,64 ha') of a place is named 'Dân số xã Văn An', 'Diện tích tự
    nhiên phường Sao Đỏ': the place after the number ('của …'), else the place the clause is
    about; a population with no place is 'Dân số', never 'Số nhân khẩu dân số'."""
    out = []
    for f in found:
        before = text[max(0, f.span[0] - 30) : f.span[0]]
        unit = (f.unit or "").casefold()
        said = None
        if unit in ("nhân khẩu", "người") and _POPULATION_SAID.search(before):
            said = "Dân số"
        elif unit == "ha" and (area := _AREA_SAID.search(before)):
            said = area.group("what")[:1].upper() + area.group("what")[1:].lower()
        if said is None:
            out.append(f)
            continue
        place = ""
        if after := _OF_PLACE.match(text, f.span[1]):
            place = after.group("place")
        else:
            clause = max(
                _sentence_start(text, f.span[0]),
                text.rfind(";", 0, f.span[0]) + 1,
            )
            if subject := _PLACE_SUBJECT.match(text[clause : f.span[0]].strip()):
                place = subject.group("place")
        place = re.sub(r"\s+", " ", place)
        if place:
            place = place[:1].lower() + place[1:]
            named = f.label.casefold()
            if place.casefold() in named and named.startswith(said.casefold()):
                out.append(f)  # the label already names the measure and the place
                continue
            label = f"{said} {place}"
        elif said == "Dân số" and f.label.casefold() != "dân số":
            label = said
        else:
            out.append(f)
            continue
        out.append(replace(f, label=label))
    return out


# a time said with a figure, in its own clause: 'vào năm 2010', 'giai đoạn 2011 - 2015', 'đến
# năm 2030', 'tháng 9', 'lũy kế 9 tháng', 'quý I/2023'
_SIBLING_TIME = re.compile(
    r"(?:(?:lũy kế|luỹ kế)\s+\d{1,2}\s+tháng"
    r"|(?:giai đoạn|thời kỳ)\s+(?:đến\s+năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?"
    r"|(?:đến\s+)?năm\s+\d{4}"
    r"|tháng\s+\d{1,2}(?:/\d{4})?"
    r"|quý\s+[IV]+(?:/\d{4})?)(?![\w/])",
    re.IGNORECASE,
)
# words of a clause that tell nothing apart: aspect, estimate, bound, link words
_SIBLING_FILLER = {
    "ước", "đạt", "khoảng", "là", "và", "với", "được", "có", "trên", "hơn", "gần", "dưới",
    "bằng", "đã", "đến", "vào", "trong", "đó", "riêng", "thì", "còn", "lên", "từ", "mức",
    "tăng", "giảm", "cả", "của", "bình", "quân", "tỷ", "lệ", "chiếm", "so", "cùng", "kỳ",
    "tương", "đương",
}  # fmt: skip


def _sibling_quality(text: str, f: Found, start: int) -> tuple[str, str]:
    """What one figure's own clause says besides its shared label: a time ('năm 2010') said
    right after it or in the clause before it, and the last words of that clause before it
    that its label does not have ('phấn đấu')."""
    end = f.span[1]
    after = re.split(r"[,;.:()]|\s(?:và|còn)\s", text[end : end + 40])[0]
    before = text[start : f.span[0]]
    before = re.split(r"[,;:()]|\.\s", before)[-1]
    time = _SIBLING_TIME.search(after) or None
    if time is None:
        times = list(_SIBLING_TIME.finditer(before))
        time = times[-1] if times else None
    when = re.sub(r"\s+", " ", time.group(0)).strip() if time else ""
    # said short: 'giai đoạn 2011 - 2015' -> '2011-2015', 'giai đoạn đến năm 2020' -> 'đến năm
    # 2020', 'lũy kế 9 tháng' -> '9 tháng'
    when = re.sub(r"^(?:giai đoạn|thời kỳ)\s+(\d{4})\s*[-–]\s*(\d{4})$", r"\1-\2", when, flags=re.I)
    when = re.sub(r"^(?:giai đoạn|thời kỳ|lũy kế|luỹ kế)\s+(?=đến|\d)", "", when, flags=re.I)
    if re.fullmatch(r"(?:đến )?năm \d{4}", when, flags=re.I):
        when = ""  # a year alone is the figure's period: named apart by it later (compose)
    have = {w.casefold() for w in re.findall(r"\w+", f.label)}
    have |= {w.casefold() for w in re.findall(r"\w+", when)}
    words = re.findall(r"[^\W\d]\w*", _SIBLING_TIME.sub(" ", before))  # a time is no word
    kept: list[str] = []
    for w in reversed(words):  # the words nearest the number, back to one the label has
        if w.casefold() in have:
            break
        if w.casefold() in _SIBLING_FILLER:
            if kept:
                break
            continue
        kept.insert(0, w)
        if len(kept) == 3:
            break
    return when, " ".join(kept)


_ACRONYM_NAMED = re.compile(r"^[^()]{6,}?\s*\((?P<acronym>[A-ZĐ][A-Z0-9Đ-]{1,9})\)")
# the base a change is measured against, said right after it: 'so với cùng kỳ', 'so tháng trước'
_SIBLING_BASE = re.compile(
    r"\s*(?P<base>so(?:\s+với)?\s+[^\W\d][^,;.()\d]{1,30}?)(?=\s*[,;.()]|\s+(?:và|còn)\s|$)"
)


def _sibling_base(text: str, found: list[Found], i: int, first: bool) -> str:
    """'so với cùng kỳ' for a change said so, with what its own clause says before it when it
    is not the first ('; bình quân 6 tháng tăng 3,68% so với cùng kỳ' -> 'bình quân 6 tháng so
    với cùng kỳ'); '' when no base is said."""
    f = found[i]
    m = _SIBLING_BASE.match(text, (f.plan_span or f.span)[1])
    if m is None:
        return ""
    base = re.sub(r"\s+", " ", m.group("base")).strip()
    if first:
        return base
    prev = found[i - 1].span[1] if i else 0
    before = text[max(prev, _sentence_start(text, f.span[0])) : f.span[0]]
    lead = re.split(r"[,;:()]|\.\s", before)[-1]
    lead = re.sub(r"(?:\s*\b(?:tăng|giảm|đạt|ước|là|khoảng|ước đạt)\b)+\s*$", "", lead).strip()
    have = {w.casefold() for w in re.findall(r"\w+", f.label)}
    if lead and all(w.casefold() in have for w in re.findall(r"\w+", lead)):
        lead = ""
    return f"{lead} {base}".strip()


def _distinct_siblings(text: str, found: list[Found]) -> list[Found]:
    """Figures of one paragraph in one unit that would share a label ('Tốc độ tăng trưởng kim
    ngạch xuất khẩu đạt 17% giai đoạn 2011 - 2015 và 15% giai đoạn 2016 - 2020') are told apart
    by what their own clauses say differently: the time said with each, else the words before
    each that its label lacks ('quyết nghị … 6,5-7,0% và phấn đấu 7,0-7,5%'); the label is
    shortened to make room, within ``LABEL_WORDS``. Siblings not told apart so are left alone."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(found):
        groups.setdefault((f.label.casefold(), (f.unit or "").casefold()), []).append(i)
    out = list(found)
    for (label, _), members in groups.items():
        if len(members) < 2 or not label:
            continue
        said = []
        for i in members:
            prev = found[i - 1].span[1] if i else 0
            said.append(
                _sibling_quality(text, found[i], max(prev, _sentence_start(text, found[i].span[0])))
            )
        # the first sibling's clause holds the words its label was read from (some cut off:
        # 'đường chính đối với … đô thị'), so only the later ones are told apart by words
        said[0] = (said[0][0], "")
        # else by the base each is compared with ('tăng 0,55% so với tháng trước, tăng 3,52%
        # so với cùng kỳ; bình quân 6 tháng tăng 3,68% so với cùng kỳ'), with what a later
        # one's clause says before it ('bình quân 6 tháng')
        based = [_sibling_base(text, found, i, first=(n == 0)) for n, i in enumerate(members)]
        for pick in (0, 1, 2):
            quals = [s[pick] for s in said] if pick < 2 else based
            if all(quals) and len({q.casefold() for q in quals}) == len(quals):
                break
            if (
                pick >= 1
                and sum(1 for q in quals if not q) <= 1
                and len({q.casefold() for q in quals}) == len(quals)
            ):
                break  # one sibling named by the label alone, the others told apart
        else:
            continue
        named = {}
        for i, q in zip(members, quals, strict=True):
            if q:
                base = fit(found[i].label, LABEL_WORDS - _nwords(q), cut=False)
                if _nwords(f"{base} {q}") > LABEL_WORDS:
                    # 'Chỉ số giá tiêu dùng (CPI) tăng' said by its acronym: 'CPI tăng'
                    base = _ACRONYM_NAMED.sub(r"\g<acronym>", base, count=1)
                named[i] = f"{base} {q}"
        # every word and number counts ('2011-2015' is two): a label cut to fit is left alone
        if all(len(re.findall(r"\w+", n)) <= LABEL_WORDS for n in named.values()):
            for i, n in named.items():
                out[i] = replace(found[i], label=n)
    return out


# "Bổ sung 77.490 triệu đồng từ nguồn viện trợ của Chính phủ Ai-len cho ...": an act on a sum
# named by where the sum comes from
_FROM_SOURCE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?từ\s+(?:nguồn\s+)?(?P<source>(?:viện trợ|vốn|kinh phí|tài trợ|"
    r"ngân sách)\b[^.;:,()\d]{0,80}?)(?=\s+(?:cho|để|nhằm|vào)\s|[.;:,(]|$)"
)


def _from_source(text: str, found: list[Found]) -> list[Found]:
    """A sum named only by a short act ('Bổ sung') takes its source ('Bổ sung viện trợ Ai-len')."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit not in (*_MONEY, "USD") or _nwords(f.label) > 2:
            continue
        m = _FROM_SOURCE.match(text, (f.plan_span or f.span)[1])
        if m is None:
            continue
        source = m.group("source")
        if _nwords(source) > 3:
            source = _ISSUER.sub("", source)
        label = f"{f.label} {fit(source, LABEL_WORDS - _nwords(f.label))}"
        out[i] = replace(
            f, label=label, review=(*f.review, N_("named by where the sum comes from"))
        )
        # the same sum in another currency, in brackets after it
        for j in range(i + 1, len(out)):
            if out[j].span[0] < m.start("source") and out[j].label == f.label:
                out[j] = replace(out[j], label=label)
    return out


# "Bổ sung 77.490 triệu đồng từ nguồn viện trợ của Chính phủ Ai-len cho các tỉnh: Hà Giang:
# 18.000 triệu đồng; Hòa Bình: 20.900 triệu đồng ...": what is shared out, then each place's part
_SHARED_OUT = re.compile(
    r"\s+cho\s+(?:các|hai|ba|bốn|năm|sáu|\d+)\s+(?:tỉnh|thành phố|huyện|xã|phường|"
    r"địa phương|đơn vị)\s*:\s*"
)
_SOURCE_WORDS = re.compile(
    r"^(?:.*?\s)?(?:từ\s+)?(?:nguồn\s+)?(?=(?:viện trợ|vốn|kinh phí|ngân sách|tài trợ)\b)", re.I
)
_ISSUER = re.compile(r"\s+của\s+(?:Chính phủ|Nhà nước)(?:\s+(?:Cộng hòa|Vương quốc))?(?=\s)")


def _place(label: str) -> str | None:
    """'Hà Giang', 'và Trà Vinh': a label that is only a place's name."""
    name = re.sub(r"^(?:và|va)\s+", "", label.strip(), flags=re.I)
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return name


def _to_places(text: str, found: list[Found]) -> list[Found]:
    """The parts of a sum shared out to places are named by what is shared and the place
    ('Viện trợ Ai-len cho Hà Giang'), not by the place alone."""
    out = list(found)
    for m in _SHARED_OUT.finditer(text):
        before = [f for f in out if f.span[1] <= m.start()]
        start = max(before[-1].span[1] if before else 0, _sentence_start(text, m.start()))
        what = re.sub(r"\s*\([^()]*\)\s*", " ", text[start : m.start()]).strip(" ,")
        source = _SOURCE_WORDS.match(what)
        if source is None:
            continue
        what = what[source.end() :]
        if _nwords(what) > 5:
            what = _ISSUER.sub("", what)
        end = _SENTENCE_START.search(text, m.end())
        limit = end.start() if end else len(text)
        for i, f in enumerate(out):
            if m.end() <= f.span[0] < limit and (place := _place(f.label)):
                label = f"{fit(what, LABEL_WORDS - 1 - _nwords(place))} cho {place}"
                note = N_("named by what is shared out and the place")
                out[i] = replace(f, label=label[:1].upper() + label[1:], review=(*f.review, note))
    return out


_RESPECTIVELY = re.compile(r"(?:^|\s)lần lượt(?:\s+là|\s+đạt|\s+chiếm)?\s*:?\s*", re.IGNORECASE)


def _respectively(text: str, found: list[Found]) -> list[Found]:
    """'… công nghiệp 64,22%, dịch vụ 29,2% và nông nghiệp 6,58% (Năm 2021 lần lượt là: 62,82%,
    29,43% và 7,76%)': the values after 'lần lượt' (respectively) pair, in order, with the
    figures named before it in the sentence, in their unit; a year said with them is theirs."""
    out = list(found)
    for m in _RESPECTIVELY.finditer(text):
        opened = text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
        stop = re.compile(r"\)" if opened else r"[.;!?](?:\s|$)")
        end = stop.search(text, m.end())
        limit = end.start() if end else len(text)
        after = [i for i, f in enumerate(out) if m.end() <= f.span[0] < limit]
        sentence = _sentence_start(text, m.start())
        opening = text.rfind("(", 0, m.start()) if opened else m.start()
        before = [i for i, f in enumerate(out) if sentence <= f.span[0] and f.span[1] <= opening]
        n = len(after)
        if n < 2 or len(before) < n:
            continue
        named = before[-n:]
        if any(out[a].unit != out[b].unit for a, b in zip(named, after, strict=True)):
            continue
        scope = text[(opening + 1 if opened else sentence) : m.start()]
        year = _YEAR.search(scope)
        for a, b in zip(named, after, strict=True):
            label = subject_of(out[a].label)
            period = out[b].period
            if year:
                period = re.sub(r"\s*[-–]\s*", "-", year.group(1))
                label = f"{fit(label, LABEL_WORDS - 2)} năm {period}"
            note = N_("named by the figure it stands for, before 'lần lượt'")
            out[b] = replace(out[b], label=label, period=period, review=(*out[b].review, note))
    return out


# what a figure of a sector or a product measures ('Giá trị sản xuất nông nghiệp'), shared by the
# parts listed after it ('; công nghiệp 4.560 tỷ đồng')
_MEASURE_HEAD = re.compile(
    r"^(?:giá trị sản xuất|giá trị xuất khẩu|giá trị|sản lượng|diện tích gieo trồng|diện tích|"
    r"kim ngạch xuất khẩu|kim ngạch nhập khẩu|kim ngạch|tổng mức bán lẻ|doanh thu|vốn đầu tư|"
    r"năng suất|tốc độ tăng trưởng|tổng đàn)\s+(?=\S)",
    re.IGNORECASE,
)


def _enumerated(text: str, found: list[Found]) -> list[Found]:
    """'Giá trị sản xuất nông nghiệp ước đạt 2.345 tỷ đồng, tăng 3,5%; công nghiệp 4.560 tỷ
    đồng, tăng 8,2%': the parts listed after a figure of one measure, in its unit and its
    sentence, share the measure ('Giá trị sản xuất công nghiệp', 'Giá trị sản xuất công nghiệp
    tăng')."""
    out: list[Found] = []
    head: Found | None = None
    measure = ""
    renamed: tuple[str, str] | None = None
    for f in found:
        if head is not None and re.search(r"[.!?](?:\s|$)", text[head.span[1] : f.span[0]]):
            head, renamed = None, None
        if head is None:
            m = _MEASURE_HEAD.match(f.label)
            if m and f.unit not in (None, "%", "%/năm", "hạng"):
                head, measure = f, m.group(0).strip()
            out.append(f)
            continue
        part = subject_of(f.label)
        gap = text[(out[-1].span[1] if out else 0) : f.span[0]]
        if (
            f.unit == head.unit
            and re.match(r"^[^;]*;\s*\S", gap)
            and 1 <= _nwords(part) <= 4
            and not re.search(r"\d|:", part)
            and not _MEASURE_HEAD.match(part)
            and not f"{part.lower()} ".startswith(_HEAD_WORDS)
            and part.lower() not in head.label.lower()
        ):
            named = f"{measure} {part[:1].lower()}{part[1:]}"
            renamed = (part, named)
            f = replace(f, label=named + f.label[len(part) :])
        elif renamed is not None and f.label.startswith(renamed[0]) and f.unit != head.unit:
            # its change, named by the measure too if that still reads as one label (the words
            # of 'công nghiệp-xây dựng' counted apart); else by the part alone
            named = renamed[1] + f.label[len(renamed[0]) :]
            if len(re.findall(r"\w+", named)) <= LABEL_WORDS:
                f = replace(f, label=named)
            else:
                part = re.sub(r"^[Nn]gành\s+", "", f.label)
                f = replace(f, label=part[:1].upper() + part[1:])
        else:
            renamed = None
        out.append(f)
    return out


# "850 triệu USD, kế hoạch năm là 1.000 triệu USD", "đạt 7,2% (mục tiêu 7,5%)", "85 xã, chỉ tiêu
# 90 xã", "3.200 tỷ đồng so với kế hoạch 4.000 tỷ đồng": the target written after the figure
_TARGET_BEFORE = re.compile(
    r"(?:^|[\s(,;])(?<!vượt )(?:so với\s+|so\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|KH)"
    r"(?:\s+(?!(?:và|tăng|giảm|đạt|vượt|bằng|so|với|cùng|kỳ|trong|của|là)\b)[^\W\d]+){0,4}?"
    r"\s*(?:là|:)?\s*$"
)


# "giảm dự toán vốn trái phiếu 14.033,795 tỷ đồng, đồng thời tăng dự toán vốn ngoài nước
# 14.033,795 tỷ đồng": a budget acted on is what changes, not the target of the figure before
_CHANGED = re.compile(r"(?:^|\s)(?:tăng|giảm|bổ sung|điều chỉnh|cắt giảm|tăng thêm)\s*$")


def _own_bracket(text: str, f: Found) -> bool:
    """'tăng 6,47% (kế hoạch 9,05%)': the figure is a target in a bracket of its own."""
    opening = _TARGET_BRACKET.search(text, max(0, f.span[0] - 40), f.span[0])
    return opening is not None and opening.end() == f.span[0]


def _targets_after(text: str, found: list[Found]) -> list[Found]:
    """A figure written after its actual in the same sentence and named as its target ('kế
    hoạch', 'dự toán', 'chỉ tiêu', 'mục tiêu', in the same unit) is that figure's plan (a
    floor), not a figure of its own; one in a bracket of its own ('(kế hoạch 9,05%)') is both,
    see `_bracket_targets`."""
    out: list[Found] = []
    for f in found:
        actual = next((g for g in reversed(out) if g.unit == f.unit and f.unit is not None), None)
        gap = text[out[-1].span[1] if out else 0 : f.span[0]]
        if (
            actual is not None
            and actual.plan is None
            and isinstance(actual.value, Decimal)
            and isinstance(f.value, Decimal)
            and not re.search(r"[.;!?](?:\s|$)", text[actual.span[1] : f.span[0]])
            and (said := _TARGET_BEFORE.search(gap))
            and not _CHANGED.search(gap, 0, said.start() + 1)
            and not _own_bracket(text, f)
        ):
            note = later(
                N_("plan {plan} read from '{text}'"),
                plan=f.value,
                text=gap.strip(" ,(") + " " + f.text,
            )
            out[out.index(actual)] = replace(
                actual,
                plan=f.value,
                plan_kind="floor",
                plan_span=f.span,
                review=(*actual.review, note),
            )
            continue
        out.append(f)
    return out


_PART_OF = re.compile(r"[Tt]rong đó\s*(?:có\s+|gồm\s+)?[,:]?")


_RATE = re.compile(r"(?:Tỷ lệ|Tỉ lệ)\s(?!.*\s(?:tăng|giảm)(?:\s|$))(?!.*\(so với)", re.IGNORECASE)


def _listed_parts(text: str, found: list[Found]) -> list[Found]:
    """'Tổng diện tích gieo trồng ước 40.831 ha, giảm 1,6%. Trong đó, lúa 6.194 ha, giảm 0,95%;
    ngô 10.724,7 ha ...': the parts listed after 'trong đó' are named by their whole and the
    part ('Diện tích gieo trồng lúa', 'Diện tích gieo trồng lúa giảm'), not by the whole alone
    nor by the part alone ('Rau các loại')."""
    out: list[Found] = []
    head: Found | None = None
    zone: tuple[int, int] | None = None  # from 'trong đó' to the end of its sentence
    # the part's old and new label and the part, for its changes
    renamed: tuple[str, str, str] | None = None
    for f in found:
        if zone is not None and not zone[0] <= f.span[0] < zone[1]:
            zone = renamed = None
        if zone is None and head is not None and f.unit == head.unit:
            between = _PART_OF.search(text, head.span[1], f.span[0])
            if between and not re.search(r"[;!?](?:\s|$)", text[head.span[1] : between.start()]):
                end = re.compile(r"[.!?](?:\s|$)").search(text, between.end())
                zone = (between.end(), end.start() if end else len(text))
        signed = re.search(r"\([-+]\s*$", text[max(0, f.span[0] - 3) : f.span[0]])
        if zone is not None and head is not None and f.unit == head.unit and not signed:
            start = max(zone[0], out[-1].span[1] if out else 0)
            words = text[start : f.span[0]]
            # a comma may join the words of one part ('ngành nông-lâm nghiệp, thủy sản là …')
            words = re.split(r"[;:]\s*", words)[-1].lstrip(" ,)")
            if not re.match(r"(?:ngành|khu vực|lĩnh vực)\s", words.strip(), re.I):
                words = re.split(r",\s*", words)[-1]
            words = _PART_OF.sub("", words.strip(), count=1) if _PART_OF.match(words) else words
            part = _VERBS.sub("", words.strip()).strip()
            if f.unit and f"{part.lower()} ".startswith(f"{f.unit.lower()} "):
                # "; hộ cận nghèo có 14.994 hộ": a new whole of its own noun, not a part
                zone = renamed = None
                head = f
                out.append(f)
                continue
            whole = re.sub(r"^(?:Tổng số|Tổng)\s+", "", subject_of(head.label), flags=re.I)
            if whole.startswith("Số "):
                whole = re.sub(r"\s+được\s.*$", "", whole)  # not what was done to the whole
            if (
                part
                and 1 <= len(part.split()) <= (5 if "," in part else 4)
                and not re.search(r"\d", part)
                and part.lower() not in whole.lower()
                # "thu nội địa" of "Tổng thu ngân sách": a part that names itself
                and part.split()[0].lower() != whole.split()[0].lower()
                and not f"{part.lower()} ".startswith(_HEAD_WORDS)
                and len(f"{whole} {part}".split()) <= LABEL_WORDS
            ):
                joint = ": " if head.unit == "%" else " "  # 'Tỷ lệ lao động qua đào tạo: nghề'
                named = f"{whole[:1].upper()}{whole[1:]}{joint}{part.lower()}"
                renamed = (subject_of(f.label), named, part)
                f = replace(f, label=named)
            else:
                renamed = None
        elif zone is not None and renamed is not None and f.label.startswith(renamed[0]):
            # "lúa 6.194 ha, giảm 0,95% (-59 ha)": the part's own changes, named by the whole
            # too if that still reads as one label (the words of 'công nghiệp-xây dựng' each
            # counted), else by the part alone ('Công nghiệp-xây dựng tăng so với năm 2023')
            change = f.label[len(renamed[0]) :]
            named = renamed[1] + change
            if len(re.findall(r"\w+", named)) > LABEL_WORDS:
                part = re.sub(r"^(?:ngành|khu vực|lĩnh vực)\s+", "", renamed[2], flags=re.I)
                run_in = renamed[1].split(": ")[0] + ": " if ": " in renamed[1] else ""
                part = part[:1].lower() + part[1:] if run_in else part[:1].upper() + part[1:]
                named = run_in + part + change
            f = replace(f, label=named)
        elif zone is None and (
            f.unit not in (None, "%", "%/năm") or f.unit == "%" and _RATE.match(f.label)
        ):
            # a rate is a whole too: 'tỷ lệ lao động qua đào tạo đạt 60% (trong đó đào tạo nghề
            # đạt 40%)'; a change or a share of a plan is not
            head = f
        out.append(f)
    return out


def _once(text: str, found: list[Found]) -> list[Found]:
    """A count named again in the same clause ('14 chiếc đang triển khai các thủ tục), nhất là
    đối với 14 chiếc đang triển khai thủ tục') is one figure, not two."""
    out: list[Found] = []
    for f in found:
        same = next(
            (
                g
                for g in out
                if g.value == f.value
                and g.unit == f.unit
                and f.unit not in (None, "%")
                and _is_count(f)
                and not re.search(r"[.;!?](?:\s|$)", text[g.span[1] : f.span[0]])
                and _alike(g.label, f.label)
            ),
            None,
        )
        if same is None:
            out.append(f)
            continue
        note = later(N_("'{text}' named again later in the sentence: one figure"), text=f.text)
        out[out.index(same)] = replace(same, review=(*same.review, note))
    return out


def _said_twice(text: str, found: list[Found]) -> list[Found]:
    """A clause printed twice in a row ('khu vực dịch vụ tăng 3,84%; khu vực dịch vụ tăng
    3,84%.'): an editing slip, one figure."""
    out: list[Found] = []
    for f in found:
        if out:
            g = out[-1]
            first = text[_clause_start(text, g.span[0]) : g.span[1]].strip()
            again = text[_clause_start(text, f.span[0]) : f.span[1]].strip()
            if (
                first == again
                and len(first) > len(g.text) + 5
                and re.fullmatch(r"\s*[;,]?\s*", text[g.span[1] : _clause_start(text, f.span[0])])
            ):
                note = later(N_("'{text}' printed twice in a row: one figure"), text=again)
                out[-1] = replace(g, review=(*g.review, note))
                continue
        out.append(f)
    return out


def _clause_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in ";,.:")
    return cut + 1 if cut >= 0 else 0


def _alike(a: str, b: str) -> bool:
    """Two labels name the same thing: (nearly) every word of the shorter is in the longer."""
    one, two = (set(x.lower().split()) - {"số", "các", "những"} for x in (a, b))
    short = min(one, two, key=len)
    return not short or len(one & two) >= 0.9 * len(short)


def _lower_first(label: str) -> str:
    """The label to follow other words: its first letter lower-cased, but no acronym or name
    after it ('THPT công lập', 'Hà Nội' stay as written)."""
    first, _, rest = label.partition(" ")
    if len(first) > 1 and first[1:].isupper():
        return label
    return f"{first[:1].lower()}{first[1:]}{' ' if rest else ''}{rest}"


def _joined_counts(text: str, found: list[Found]) -> list[Found]:
    """'tuyển mới 2.435 học sinh và 67 lớp': a count joined by 'và' to a count of another noun
    right before it, with nothing said of its own, shares what is said of that one ('Số lớp …'
    as 'Số học sinh …')."""
    out = list(found)
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        said = f"Số {prev.unit} "
        if (
            _is_count(f)
            and _is_count(prev)
            and f.unit != prev.unit
            and f.label == f"Số {f.unit}"
            and prev.label.startswith(said)
            and re.fullmatch(r"\s+và\s+", text[prev.span[1] : f.span[0]])
        ):
            note = N_("label of the count it is joined to")
            out[i] = replace(
                f, label=f"Số {f.unit} {prev.label[len(said) :]}", review=(*f.review, note)
            )
    return out


_CHANGE_BEFORE = re.compile(r"(?:^|[\s(,])(tăng|giảm)(?:\s+(?:thêm|hơn|khoảng))?\s*$")
_SHARE_AFTER = re.compile(r"\s*,\s*chiếm(?:\s+tỷ lệ)?\s*$")


def _count_changes(text: str, found: list[Found]) -> list[Found]:
    """'Hộ nghèo có 10.689 hộ, chiếm 3,20% … (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)':
    a change written in the unit of a figure before it in the sentence, with nothing said of
    its own ('Số hộ'), is that figure's change ('Hộ nghèo tăng so với đầu năm'); a share
    right after the change is its rate ('Tỷ lệ hộ nghèo tăng so với đầu năm')."""
    out = list(found)
    for i, f in enumerate(out):
        verb = _CHANGE_BEFORE.search(text, max(0, f.span[0] - 20), f.span[0])
        if verb is None or f.unit in (None, "%", "%/năm") or f.label != f"Số {f.unit}":
            continue
        start = _sentence_start(text, f.span[0])
        whole = next(
            (g for g in reversed(out[:i]) if g.unit == f.unit and g.span[0] >= start), None
        )
        if whole is None or whole.label == f.label:
            continue
        label = _with_change(whole.label, verb.group(1), _CHANGE_BASE.match(text, f.span[1]))
        out[i] = replace(f, label=label, review=(*f.review, N_("label of the figure it changes")))
        base = _CHANGE_BASE.match(text, f.span[1])
        after = base.end() if base else f.span[1]
        if (
            i + 1 < len(out)
            and out[i + 1].unit == "%"
            and _SHARE_AFTER.fullmatch(text, after, out[i + 1].span[0])
        ):
            rate = fit(f"Tỷ lệ {_lower_first(label)}", LABEL_WORDS)
            out[i + 1] = replace(out[i + 1], label=rate)
    return out


def _counted_alike(found: list[Found]) -> list[Found]:
    """'hình thành mới 33 mô hình, 2 HTX, 18 DN': counts listed one after another share what
    is said of the first, each of its own noun ('Số HTX hình thành mới'), not the first's."""
    out = list(found)
    first = 0
    for i in range(1, len(found)):
        f, prev = found[i], found[i - 1]
        if not (_is_count(f) and _is_count(prev) and f.label == prev.label):
            first = i
            continue
        head = found[first]
        said = f"Số {head.unit} "
        if f.unit and head.unit and f.unit != head.unit and f.label.startswith(said):
            out[i] = replace(f, label=f"Số {f.unit} {f.label[len(said) :]}")
    return out


# "(mục tiêu tăng 8,0-9,0%)", "(kế hoạch: 9%)": a target written in a bracket of its own
# "(NQ tăng 9,24%)", "(NQ cả năm 88.591 tỷ đồng)", "(dự toán 1.200 tỷ đồng)": the resolution
# (NQ, Nghị quyết) or the estimate (dự toán, DT) that set the target, named by its abbreviation
_TARGET_BRACKET = re.compile(
    r"\(\s*(?:mục tiêu|kế hoạch|chỉ tiêu|KH|NQ|Nghị quyết|dự toán|DT)"
    r"(?:\s+(?:kế hoạch|năm \d{4}|đề ra|cả năm|năm|giao))?\s*"
    r"(?:là|:)?\s*(?:tăng|giảm|đạt)?\s*(?:khoảng|từ)?\s*$",
    re.IGNORECASE,
)


# "Thu ngân sách: kế hoạch giao 384 tỷ đồng; ước thực hiện 213,7 tỷ đồng": a plan written as a
# figure of its own, before the result
_PLAN_BEFORE = re.compile(
    r"(?:^|[\s:,;(])(?:kế hoạch|KH|dự toán|chỉ tiêu)(?:\s+(?:năm|quý|tháng)\s+\d{1,4})?"
    r"(?:\s+(?:được\s+)?(?:(?:[^\W\d]+\s+){0,3}giao|đề ra|là))?\s*:?\s*$",
    re.IGNORECASE,
)
_DONE_BEFORE = re.compile(r"(?:^|\s)(?:thực hiện|ước|đạt|hoàn thành|làm được)(?=\s)", re.I)
_PLAN_WORDS = re.compile(r"[:\s,]*\b(?:kế hoạch|KH|dự toán|chỉ tiêu)\b.*$", re.IGNORECASE)


def _plans_before(text: str, found: list[Found]) -> list[Found]:
    """'Kế hoạch năm 2024 giao 120 km đường giao thông nông thôn. Đến nay đã thực hiện 96 km':
    a plan written before its result, as a figure of its own, is the plan of the next figure in
    its unit that the text says was done ('thực hiện', 'ước', 'đạt'); the plan keeps its figure,
    named '… (kế hoạch)', and the result takes the subject the plan was written with."""
    out = list(found)
    for i, plan in enumerate(out):
        cue = _PLAN_BEFORE.search(text, max(0, plan.span[0] - 60), plan.span[0])
        if cue is None or cue.end() != plan.span[0] or isinstance(plan.value, tuple):
            continue
        j = next((k for k in range(i + 1, len(out)) if out[k].unit == plan.unit), None)
        if j is None:
            continue
        result = out[j]
        before = text[out[j - 1].span[1] : result.span[0]]
        if (
            result.plan is not None
            or not _DONE_BEFORE.search(before)
            or _PLAN_BEFORE.search(text, max(0, result.span[0] - 60), result.span[0])
        ):
            continue
        subject = _PLAN_WORDS.sub("", plan.label).strip(" :,")
        of = re.match(r"\s+([^\W\d][^,;.()\d]{2,50}?)(?=\s*[,;.()]|$)", text[plan.span[1] :])
        if not subject and of and _nwords(of.group(1)) <= 6:
            subject = of.group(1)[:1].upper() + of.group(1)[1:]  # 'giao 120 km đường …'
        note = later(N_("plan taken from '{text}' before it"), text=plan.text)
        label = result.label
        if subject and (label == plan.label or re.search(r"kế hoạch|đã|ước", label, re.I)):
            label = subject  # 'Thu ngân sách', not 'Thu ngân sách: kế hoạch giao'
        out[j] = replace(
            result, label=label, plan=plan.value, plan_kind="floor", review=(*result.review, note)
        )
        if subject:
            out[i] = replace(plan, label=f"{subject} (kế hoạch)")
            for k in range(j + 1, len(out)):  # 'đạt 55,6% kế hoạch' after it, named alike
                if _sentence_start(text, out[k].span[0]) != _sentence_start(text, result.span[0]):
                    break
                for old in (plan.label, result.label):
                    if old and old != label and out[k].label.startswith(old):
                        out[k] = replace(out[k], label=f"{label}{out[k].label[len(old) :]}")
                        break
    return out


def _in_bracket(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _bracket_targets(text: str, found: list[Found]) -> list[Found]:
    """'GRDP ước tăng 9,54% ... Mức tăng này cao hơn ... mục tiêu kế hoạch đề ra (mục tiêu tăng
    8,0-9,0%)': a target in a bracket of its own is the plan of the nearest result before it in
    the paragraph with its unit (not one in a bracket: '(ước tăng 8%)' of the country), and is
    named after that result ('Tổng sản phẩm (GRDP): mục tiêu tăng')."""
    out = list(found)
    for i, f in enumerate(out):
        opening = _TARGET_BRACKET.search(text, max(0, f.span[0] - 40), f.span[0])
        if opening is None or opening.end() != f.span[0]:
            continue
        result = next(
            (
                j
                for j in range(i - 1, -1, -1)
                if out[j].unit == f.unit
                and out[j].plan is None
                and (out[j].plan_kind is None or _PLAN.match(text, out[j].span[1]))
                and not _in_bracket(text, out[j].span[0])
            ),
            None,
        )
        if result is None:
            continue
        actual = out[result]
        # a growth or a rate to reach is a floor, a level ('NQ cả năm 88.591 tỷ đồng') the
        # amount itself (the rule of round 6), unless the bracket's own words bound it
        if isinstance(f.value, tuple):
            kind = "range"
        elif f.plan_kind in ("floor", "ceiling"):
            kind = f.plan_kind
        else:
            kind = "floor" if f.unit in ("%", "%/năm", *_POINT_UNITS) else "exact"
        note = later(
            N_("plan taken from '{text}' after it"), text=text[opening.start() + 1 : f.span[1]]
        )
        out[result] = replace(actual, plan=f.value, plan_kind=kind, review=(*actual.review, note))
        said = re.sub(r"\s+", " ", text[opening.start() + 1 : f.span[0]]).strip(" :")
        said = re.sub(r"\s+(?:là|khoảng|từ)$", "", said)
        said = re.sub(r"^KH\b", "kế hoạch", said)  # 'KH là 7 tỷ USD': said in full
        subject = subject_of(actual.label)
        whole = _subject(text, _sentence_start(text, actual.span[0]), actual.span[0])
        whole = re.split(r":\s", whole)[-1]  # not the list's opening ('gồm: …')
        if whole and whole.lower().endswith(subject.lower()) and whole != subject:
            # 'Tổng mức bán lẻ hàng hóa', shortened in the result's change
            subject = whole[:1].upper() + whole[1:]
        if not re.match(r"[A-ZĐ]{2}", said):  # 'NQ tăng' keeps its abbreviation
            said = f"{said[:1].lower()}{said[1:]}"
        label = f"{fit(subject, LABEL_WORDS - _nwords(said))}: {said}"
        out[i] = replace(f, label=label, plan_kind=kind)
    return out


def _shared_act(text: str, found: list[Found]) -> list[Found]:
    """'Triển khai xây dựng, nâng cấp 19 phòng học, thư viện; 1 nhà văn hóa xã, 19 nhà văn hóa
    thôn': counts listed after one act, with nothing but commas, semicolons or 'và' between
    them, are all what was done ('Số nhà văn hóa xã được xây dựng, nâng cấp')."""
    out = list(found)
    act = ""
    for i, f in enumerate(found):
        said = f"Số {f.unit} " if f.unit else ""
        done = re.search(r"\sđược\s(.+)$", f.label) if said and f.label.startswith(said) else None
        rest = f.label[len(said) :] if said and f.label.startswith(said) else ""
        tagger = _pyvi()
        if done:
            act = f"được {done.group(1)}"
            continue
        if (
            _nwords(rest) >= 2
            and tagger is not None
            and tagger(rest)[1][:1] == ["V"]
            and _acts(rest)
        ):
            act = rest  # 'Số phòng học xây dựng, nâng cấp'
            continue
        prev = found[i - 1] if i else None
        gap = text[prev.span[1] : f.span[0]] if prev is not None else ""
        # between them: the rest of the noun phrase before ('học, thư viện') and a comma, a
        # semicolon or 'và'; the count's own label says no more than its noun ('Số cầu tràn')
        listed = prev is not None and re.fullmatch(
            r"(?:\s*,?\s*[^\W\d][^\d.;!?():]{0,30}?)?\s*[,;]\s*(?:và\s+)?|\s+và\s+", gap
        )
        plain = _nwords(f.label) <= _nwords(said) + 3
        own = f"{f.label} ".startswith(said)  # 'Số trường học' is its noun alone
        if not (act and said and own and listed and plain and _is_count(f)):
            act = ""
            continue
        named = f"{f.label} {act}"
        if _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# between a count and the bound that defines what it counts: the rest of its noun phrase ('huyện,
# thành phố', 'thị trường xuất khẩu'), what is said of it ('đạt kim ngạch'), then the bound
_NOT_DEFINING = r"(?!(?:tăng|giảm|chiếm|với|so|bằng|là|và|trong|tại|của)\b)"
_DEFINED_BY = (
    re.compile(
        rf"(?P<more>(?:\s*,)?(?:\s+{_NOT_DEFINING}[^\W\d]+){{0,3}}?)"
        rf"(?P<said>\s+(?:đạt|có)(?:\s+{_NOT_DEFINING}[^\W\d]+){{0,4}}?)"
        r"\s+(?P<bound>trên|hơn|từ|dưới)\s*"
    ),
    re.compile(
        rf"(?P<more>(?:\s+{_NOT_DEFINING}[^\W\d]+){{0,2}}?)(?P<said>)"
        r"\s+(?P<bound>trên|hơn|từ|dưới)\s*"
    ),
)


def _defining_bounds(text: str, found: list[Found]) -> list[Found]:
    """'6 mặt hàng đạt kim ngạch xuất khẩu trên 10 tỷ USD', '09/10 huyện, thành phố đạt trên 50%
    dự toán', '8 thị trường trên 5 tỷ USD': a bound written right after a count, with nothing
    between but the rest of its noun and what is said of it, is the threshold that defines what
    is counted, not a figure; it goes into the count's label ('Số mặt hàng đạt kim ngạch xuất
    khẩu trên 10 tỷ USD'), and into that of a count joined to it by 'và' ('Có 11/15 khoản thu
    và 09/10 huyện … đạt trên 50% dự toán')."""
    out: list[Found] = []
    for f in found:
        count = out[-1] if out else None
        if count is None or not _is_count(count) or _is_count(f) or count.unit is None:
            out.append(f)
            continue
        whole = re.match(rf"/\s*\d+\s*{re.escape(count.unit)}", text[count.span[1] :])
        count_end = count.span[1] + (whole.end() if whole else 0)
        gap = next(
            (hit for r in _DEFINED_BY if (hit := r.fullmatch(text, count_end, f.span[0]))), None
        )
        if gap is None:
            out.append(f)
            continue
        base = _ATTAIN_OF.match(text, f.span[1]) if f.unit == "%" else None
        bound = f"{text[gap.start('bound') : f.span[1]]} {base.group(1) if base else ''}"
        for i in range(len(out) - 1, -1, -1):
            g = out[i]
            if g is count:
                noun = f"Số {g.unit}{gap.group('more')}"
            elif _is_count(g) and re.fullmatch(r"\s+và\s+", text[g.span[1] : out[i + 1].span[0]]):
                noun = f"Số {g.unit}"
            else:
                break
            # what is said of it, unless that makes the label too long
            for said in (gap.group("said"), ""):
                label = re.sub(r"\s+", " ", f"{noun} {said} {bound}").strip()
                if _nwords(label) <= LABEL_WORDS:
                    note = later(N_("'{text}' defines what is counted"), text=f.text)
                    out[i] = replace(g, label=label, review=(*g.review, note))
                    break
    return out


# "Lĩnh vực xây dựng tiếp tục được quan tâm đầu tư.", "Sản xuất nông, lâm nghiệp và thủy sản đảm
# bảo tiến độ": a sentence that opens on the sector the next sentences are about
_SECTOR = re.compile(
    r"(?:^|[.!?]\s+)(?:Lĩnh vực|Ngành|Sản xuất)\s+(?P<sector>[^\W\d][^.;:()\d]{0,60}?)\s+"
    r"(?:tiếp tục|đảm bảo|bảo đảm|được|có|duy trì|phát triển|giữ|ổn định|gặp)\b"
)
_SCALE = re.compile(r"^Quy mô(?:\s+(?P<rest>[^()]+?))?(?P<tail>\s*\(so với [^)]*\))?$")


def _of_the_sector(text: str, found: list[Found]) -> list[Found]:
    """'Lĩnh vực xây dựng tiếp tục được quan tâm đầu tư. Giá trị sản xuất toàn ngành tăng 5,72%
    so với cùng kỳ. Quy mô giá trị sản xuất đạt trên 17.150 tỷ đồng': 'toàn ngành' is the
    sector the paragraph last named ('Giá trị sản xuất ngành xây dựng'), and a bare 'Quy mô' (or
    'Quy mô' of the measure just said) is the size of what the figure before it measured."""
    out = list(found)
    for i, f in enumerate(out):
        scale = _SCALE.match(f.label)
        before = next((g for g in reversed(out[:i]) if not _SCALE.match(g.label)), None)
        if scale and before is not None and not _in_bracket(text, f.span[0]):
            measured = re.sub(r"\s+(?:tăng|giảm)(?:\s.*)?$", "", before.label)
            rest = scale.group("rest")
            if not rest or measured.lower().startswith(rest.lower()):
                # not 'Quy mô GRDP' after another measure: it names its own
                tail = (scale.group("tail") or "").strip()
                if _nwords(f"{measured} {tail}") > LABEL_WORDS:
                    measured = re.sub(r"\s+ngành\s+", " ", measured)  # 'sản xuất xây dựng'
                label = f"{fit(measured, LABEL_WORDS - _nwords(tail))} {tail}".strip()
                note = N_("label of the figure before it")
                f = out[i] = replace(f, label=label, review=(*f.review, note))
        sector = None
        for sector in _SECTOR.finditer(text, 0, f.span[0]):
            pass
        if sector and "toàn ngành" in f.label:
            for said in (f"ngành {sector.group('sector')}", sector.group("sector")):
                label = f.label.replace("toàn ngành", said, 1)
                if _nwords(label) <= LABEL_WORDS:
                    out[i] = replace(f, label=label)
                    break
    return out


# a label that is only a measure's word ('Tổng diện tích', 'Kinh phí'): the measure of something
_BARE_MEASURE = re.compile(
    r"(?:tổng\s+)?(?:diện tích|kinh phí|sản lượng|nguồn vốn|tổng vốn|quy mô)", re.IGNORECASE
)


def _of_the_subject(text: str, found: list[Found]) -> list[Found]:
    """'Chương trình cánh đồng mẫu thực hiện tại 10 huyện, với tổng diện tích 1.877,4 ha': a
    measure named by its word alone is the measure of what its sentence opens on, a noun phrase
    (pyvi's nouns up to the first verb: 'Tổng diện tích chương trình cánh đồng mẫu')."""
    tagger = _pyvi()
    if tagger is None:
        return found
    out = list(found)
    for i, f in enumerate(out):
        if not _BARE_MEASURE.fullmatch(f.label):
            continue
        opening = _LEADING.sub("", text[_sentence_start(text, f.span[0]) : f.span[0]])
        if ":" in opening:
            continue  # "Vùng I: Bao gồm … với diện tích": the run-in head names it
        tokens, tags = tagger(opening)
        n = 0
        while n < len(tokens) and (
            tags[n] in ("N", "Nc", "Np", "Ny") or tags[n] == "A" and "_" not in tokens[n]
        ):
            n += 1  # ('thực_hiện_tại', read as one adjective, is the act)
        subject = " ".join(tokens[:n]).replace("_", " ")
        if (
            not 2 <= _nwords(subject) <= 6
            or n == len(tokens)  # the whole opening: no act after it to tell it a subject
            or f.label.lower() in subject.lower()
            or subject.split()[0].lower() in _PLACE_UNITS | {"toàn", "đến", "năm", "trong"}
        ):
            continue
        label = f"{f.label} {_lower_first(subject)}"
        if _nwords(label) <= LABEL_WORDS:
            out[i] = replace(
                f,
                label=label,
                review=(*f.review, N_("label taken from the subject of the sentence")),
            )
    return out


def _of_counted(text: str, found: list[Found]) -> list[Found]:
    """'có 11 sản phẩm của 9 cơ sở đủ điều kiện tham gia OCOP': a count whose noun is owned by
    the next count ('của 9 cơ sở') shares what is said after that one ('Số sản phẩm đủ điều kiện
    tham gia OCOP'), when its own label says nothing more than its noun."""
    out = list(found)
    for i in range(len(out) - 1):
        f, owner = out[i], out[i + 1]
        bare = f"Số {f.unit}"
        owner_said = f"Số {owner.unit} "
        if (
            f.unit
            and owner.unit
            and f.label == bare
            and owner.label.startswith(owner_said)
            and re.fullmatch(r"\s+của\s+", text[f.span[1] : owner.span[0]])
        ):
            said = owner.label[len(owner_said) :]
            if _nwords(f"{bare} {said}") <= LABEL_WORDS:
                out[i] = replace(f, label=f"{bare} {said}")
    return out


def _is_count(f: Found) -> bool:
    return (
        isinstance(f.value, Decimal)
        and f.value == f.value.to_integral()
        and (f.label.startswith(f"Số {f.unit}") or f.unit in _NOUNS or f.unit in _COUNTED)
    )


def _shared_subjects(text: str, found: list[Found]) -> list[Found]:
    """'rà soát thu hồi 20 dự án (8 dự án trong nước và 12 dự án nước ngoài), trong đó có 09
    dự án ...': the parts of a count, in a bracket or after 'trong đó', share its subject
    ('Số dự án rà soát thu hồi trong nước')."""
    out: list[Found] = []
    head: Found | None = None
    for f in found:
        prefix = f"Số {f.unit} " if f.unit else ""
        if (
            head is not None
            and head.unit == f.unit
            and f.label.startswith(prefix)
            and not re.search(r"[;.!?](?:\s|$)", text[head.span[1] : f.span[0]])
            and re.search(r"\(|trong đó", text[head.span[1] : f.span[0]])
        ):
            whole = re.sub(r"\s+được\s.*$", "", head.label[len(prefix) :])  # not what was done
            named = f"{prefix}{whole} {f.label[len(prefix) :]}".strip()
            if len(named.split()) <= SHORT_WORDS + 2 and whole.lower() not in f.label.lower():
                f = replace(f, label=named)
            out.append(f)
            continue
        head = f if prefix and f.label.startswith(prefix) and len(f.label) > len(prefix) else None
        out.append(f)
    return out


# words after a number that are not what it counts: time, order, grammar words
_NOT_COUNTED = {
    "năm", "tháng", "ngày", "quý", "tuần", "giờ", "phút", "giây", "tuổi", "đến", "và", "với", "của",
    "trong", "là", "có", "được", "đã", "sẽ", "về", "tại", "trên", "dưới", "so", "để", "theo", "thì",
    "mà", "này", "khoảng", "nữa", "hoặc", "hay", "các", "những", "một", "từ", "cho", "bằng", "đạt",
    "tăng", "giảm", "vượt", "lần", "thứ", "khóa", "khoá", "kỳ", "đợt", "điểm", "giai", "nhiệm",
    "nghìn", "triệu", "tỷ", "tỉ", "ngàn", "vạn", "trở", "ha", "km", "m", "kg", "đồng", "còn", "lên",
    "xuống", "nay", "như", "sau", "trước", "khi", "cùng", "cả", "mới", "chiếm", "tương", "người",
}  # fmt: skip
# nouns of a measure: a number before one counts nothing a presenter shows
_MEASURE_WORDS = {
    "diện tích", "sản lượng", "giá trị", "công suất", "tỷ lệ", "quy mô", "dân số", "mật độ",
}  # fmt: skip
# "cấp độ 3, 4 thực chất", "hạng 3": an order or a grade, not a count
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\d\s*,\s*|(?:^|\s)(?:cấp độ|mức độ|mức|loại|hạng|(?<!nâng )cấp|(?<!dân )số|thứ|khóa|khoá|"
    r"điều|khoản|điểm|nhóm|giai đoạn|đợt|kỳ|lần|Điều|Khoản|Chương|Mục)\s+)$"
)
# "18.516con", "224nghìn con": a portal that runs the number into its noun, read as if spaced
_WORD = re.compile(r"(\s*)([^\W\d_]+)(?=[\s,;.:)…]|$)")


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
    magnitude = re.match(r"\s*(nghìn|ngàn|triệu|vạn)(?=\s)", text[after:])
    # a decimal counts nothing, but '12,6/19 tiêu chí' (an average of a whole) and
    # '14,24 tiêu chí/xã' (an average per part)
    decimal = (
        ("," in low or _POINT_DECIMAL.fullmatch(low))
        and not magnitude
        and not re.match(r"/\d{1,4}\s", text[after:])
    )
    if whole := re.match(r"/(\d{1,4})(?=\s)", text[after:]):
        after += whole.end()  # "23/27 ngành sản xuất tăng": 23 out of 27
    elif text[m.end() : m.end() + 1] == "/":
        return None
    if _NOT_COUNT_BEFORE.search(text, 0, m.start()):
        return None
    if magnitude:
        # "hơn 15 nghìn con": the magnitude belongs to the unit
        after += magnitude.end()
    first = _WORD.match(text, after)
    if first is None or not first.group(1) and not first.group(2).islower():
        return None  # glued, only a lower-case noun: "18.516con", not "4G"
    if first.group(2) in _NOT_COUNTED and not _COMRADES.match(text, first.start()):
        return None
    if not first.group(2).islower():
        named = _institution(text[first.start(2) : first.start(2) + 60])
        if named is None or magnitude:
            return None
        return named, first.start(2) + len(named)
    word = _segmented_head(text[first.start(2) : first.start(2) + 40])
    if word is None or word.split()[0] in _NOT_COUNTED and not _COMRADES.match(text, first.start()):
        return None
    if word.lower() in _MEASURE_WORDS:
        return None  # "(4 diện tích và điểm quặng đồng …)": a measure names no thing counted
    end = first.start(2) + len(word)
    if per := _PER_PART.match(text, end):
        word += re.sub(r"\s+", "", per.group(0))  # "14,24 tiêu chí/xã": a count per part
        end = per.end()
    elif decimal:
        return None
    if magnitude:
        return f"{magnitude.group(1).replace('ngàn', 'nghìn')} {word}", end
    return word, end


_PER_PART = re.compile(r"/ ?[^\W\d_]+(?=[\s,;.:)…]|$)")  # "14,8 tiêu chí/ xã" too
_COMRADES = re.compile(r"\s+đồng (?:chí|bào)\b")  # "80 đồng chí": people, not money
# the kinds of body a count of institutions names with a capital ("55 Sở Tư pháp")
_INSTITUTIONS = (
    "Sở", "Bộ", "Ban", "Cục", "Chi cục", "Tổng cục", "Phòng", "Trung tâm", "Trường", "Viện",
    "Bệnh viện", "Hội", "Quỹ", "Đoàn", "Tổ", "Công ty", "Tổng công ty", "Hợp tác xã", "Ngân hàng",
    "Văn phòng", "Tòa án", "Toà án", "Viện kiểm sát", "Ủy ban", "Uỷ ban", "UBND",
)  # fmt: skip
_INSTITUTION = re.compile(rf"(?:{'|'.join(sorted(_INSTITUTIONS, key=len, reverse=True))})(?!\w)")


def _institution(text: str) -> str | None:
    """'Sở Tư pháp' of '55 Sở Tư pháp đã tách ...': an institution's kind and the capitalised
    words of its name (segmented by pyvi when installed, else the kind alone)."""
    kind = _INSTITUTION.match(text)
    if kind is None:
        return None
    tagger = _pyvi()
    rest = text[kind.end() :]
    if tagger is None or not rest[:1].isspace():
        return kind.group(0)
    tokens, _tags = tagger(rest.strip())
    name = [kind.group(0)]
    for token in tokens:
        if not token[:1].isupper() or not token.replace("_", "").isalpha():
            break
        name.append(token.replace("_", " "))
    return " ".join(name)


def _segmented_head(text: str) -> str | None:
    """The first word of ``text`` (one or more syllables) if it is a noun; without pyvi, the
    first syllable."""
    tagger = _pyvi()
    if tagger is None:
        return text.split()[0].strip(",;.:)")
    tokens, tags = tagger(text)
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
    if not tokens or tags[0] not in ("N", "Nc", "Ny"):
        return None
    if (
        len(tokens) > 1
        and tags[0] == tags[1] == "N"
        and "_" not in tokens[0] + tokens[1]
        and tokens[1] not in _NOT_COUNTED
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
    return tokens[0].replace("_", " ")


# verbs that say something of a count, never part of its noun ('3 xã đạt, 2 xã chưa đạt')
_PREDICATES = {
    "đạt", "tăng", "giảm", "có", "là", "được", "còn", "chưa", "bị", "mới", "vượt", "gồm", "nghèo",
    "tham", "hoạt", "làm", "chết", "mất", "bỏ", "về", "đi", "đến", "ra", "vào", "lên", "xuống",
}  # fmt: skip


_ORDER_WORDS = {"hạng", "loại", "cấp", "mức", "số", "độ", "nhóm", "đợt"}


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


# the population a rate is counted on ("trên 1 vạn dân", "/1.000 dân", "trên 100.000 người dân")
_PER_PEOPLE = re.compile(r"\s*(?:vạn|nghìn|ngàn)?\s*(?:dân|người dân|dân số|trẻ em|người)(?!\w)")


def _with_kind(text: str, m: re.Match[str], figure: Found, target: bool) -> Found:
    """The kind of the figure's plan, or of the figure itself when the text states it as a
    target: a bound written before it ('dưới' ceiling, 'trên'/'tối thiểu' floor, 'trở lên'
    after it), a range, 'phấn đấu'/'đạt' (floor), else an exact target ('dự toán')."""
    if figure.plan is not None:
        return replace(figure, plan_kind="range" if isinstance(figure.plan, tuple) else "floor")
    excess = _EXCESS.match(text, figure.span[1]) or _EXCESS_AFTER.match(text, figure.span[1])
    if excess and figure.unit == "%" and not isinstance(figure.value, tuple):
        by = parse_number(excess.group("by"))
        plan = figure.value - by if excess.group("verb") != "thấp hơn" else figure.value + by
        note = later(
            N_("plan {plan}% worked out from '{text}'"),
            plan=plan,
            text=excess.group(0).strip(" ("),
        )
        return replace(figure, plan=plan, plan_kind="floor", review=(*figure.review, note))
    sentence = 0
    for s in _SENTENCE_START.finditer(text, 0, m.start()):
        sentence = s.end()
    before = text[sentence : m.start()]
    clause = re.split(r"[;:]\s|,\s(?=trong đó)|\(", before)[-1]
    if _FROM_LEVEL.search(before) and _TO_LEVEL.match(text, figure.span[1]):
        return figure  # 'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ': 28 is where it starts
    if _BEYOND.search(before) and (target or _sets_targets(before)):
        return replace(figure, plan_kind="floor")
    if (
        _ACTUAL.search(clause)
        or _COMPARED.search(clause)
        or _BY_MORE.search(before)
        or _DONE_HERE.search(re.split(r",\s", clause)[-1])
    ):
        return figure
    if _HARD_CEILING.search(before):
        return replace(figure, plan_kind="ceiling")
    if _HARD_FLOOR.search(before):
        return replace(figure, plan_kind="floor")
    planned_after = re.match(r"\s*(?:[^\W\d]+\s+){0,3}?(?:phải|cần|sẽ)\s", text[figure.span[1] :])
    expected = _EXPECTED.search(clause) and not re.search(
        r"\s(?:đạt và vượt|hoàn thành)\s", text[figure.span[1] : figure.span[1] + 40]
    )
    adjusted = _ADJUSTED_TO.search(clause) and not _DONE_HERE.search(clause.lower())
    # '(kế hoạch 88.600 tỷ đồng)': a target in a bracket of its own, whether or not a result in
    # its unit comes before it (`_bracket_targets` makes it that result's plan)
    opening = _TARGET_BRACKET.search(text, max(0, m.start() - 40), m.start())
    bracketed = opening is not None and opening.end() == m.start()
    if not (target or _sets_targets(before) or planned_after or expected or adjusted or bracketed):
        return figure
    if _THRESHOLD.search(clause) or _CEILING.search(before):
        kind = "ceiling"
    elif _FLOOR.search(before) or _FLOOR_AFTER.match(text, figure.span[1]):
        kind = "floor"
    elif isinstance(figure.value, tuple):
        kind = "range"
    elif (
        # 'tăng trưởng' binds in its own comma-clause: 'Tốc độ tăng trưởng … đạt 9,5% trở lên,
        # tổng giá trị sản xuất đạt 8.962,72 tỷ đồng' plans the level exactly
        _FLOOR_VERB.search(re.sub(r"tăng trưởng(?=.*,\s)", "", clause))
        or (figure.unit == "%/năm" and re.search(r"(?:^|\s)tăng(?=\s)", clause))
        # "Tỷ lệ hộ nghèo giảm 3%" among targets: a change to make, at least; with its base
        # ("tăng 1,19% so ước thực hiện năm 2017") it is the change worked out, as written
        or (
            figure.unit == "%"
            and _CHANGE_TO_MAKE.search(before)
            and not _CHANGE_OF_LEVEL.search(before)
            and not re.match(r"\s*,?\s*so\b", text[figure.span[1] :])
        )
    ):
        kind = "floor"
    elif _TO_HAVE.search(before):
        kind = "exact"  # 'phấn đấu có thêm 2 huyện đạt chuẩn', 'có 1 xã': the count to have
    elif re.search(r"phấn đấu|phân đầu|vượt mức", _LIST_OPENS.split(before)[-1], re.IGNORECASE):
        # through ';' and a run-in colon ("Phấn đấu đạt tốc độ tăng trưởng … 13-13,5%/năm; GDP
        # bình quân đầu người … là 41 triệu đồng"), not across a colon that opens the list of
        # targets: "phấn đấu
        # các chỉ tiêu chủ yếu như: thu nhập … đạt 30 triệu đồng/người/năm; tổng đầu tư 850 tỷ
        # đồng" states each level itself, exactly (the rule of round 6)
        kind = "floor"
    else:
        kind = "exact"
    return replace(figure, plan_kind=kind)


# "Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở lên … Trong đó, ngành công nghiệp-xây dựng
# 3.671,79 tỷ đồng, tăng 10,53% so với năm 2023": the parts' growths of a growth at least are at
# least too; "chiếm 36,50%, tăng 0,06%": the change of a share, as written
_GROWTH = re.compile(r"(?:^|[\s(])tăng(?:\s+trưởng)?\s*$")
_AFTER_SHARE = re.compile(r"%\s*,\s*(?:và\s+)?$")


def _growth(text: str, start: int, unit: str | None) -> bool:
    """A percentage written as a growth ('tăng 8,53%'), not as the change of a share."""
    verb = _GROWTH.search(text, max(0, start - 20), start)
    return (
        unit in ("%", "%/năm")
        and verb is not None
        and not _AFTER_SHARE.search(text, max(0, verb.start() - 10), verb.start() + 1)
    )


def _growth_parts(text: str, found: list[Found]) -> list[Found]:
    """Growths planned after a growth target that is a floor ('tăng trưởng … 9,5% trở lên')
    are its parts, floors too; without one a growth in a plan is planned as written."""
    out: list[Found] = []
    floor = False
    for f in found:
        growth = _growth(text, f.span[0], f.unit)
        if f.plan is None and f.plan_kind == "floor" and f.unit in ("%", "%/năm"):
            floor = floor or growth or "tăng trưởng" in f.label.lower()
        elif floor and growth and f.plan is None and f.plan_kind == "exact":
            f = replace(f, plan_kind="floor")
        out.append(f)
    return out


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# a count written in words opening a sentence or a clause ('Tám trường công lập tự chủ tuyển
# mới …', 'Trong đó, bốn trường …'); 'một' and 'năm' (a year, too) are left alone
_WORD_COUNT = re.compile(
    r"(?:^|[.!?]\s+|(?:[Tt]rong đó|[Nn]goài ra|[Bb]ên cạnh đó),\s+)"
    rf"(?P<n>(?i:{'|'.join(_COUNT_WORDS)}))\s+(?P<noun>[^\W\d_]+)(?=\s)"
)


def _counted_in_words(text: str, found: list[Found], period: str) -> list[Found]:
    """Counts written in words of a noun the paragraph also counts in digits ('bốn trường'
    beside '110 trường'), added as figures in text order."""
    counted = {f.unit for f in found if f.unit and f.unit[:1].islower()} | set(_NOUNS)
    for m in _WORD_COUNT.finditer(text):
        start = m.start("n")
        noun = _segmented_head(text[m.start("noun") : m.start("noun") + 40]) or m.group("noun")
        if noun not in counted or any(f.span[0] <= start < f.span[1] for f in found):
            continue
        end = m.start("noun") + len(noun)
        before = [f for f in found if f.span[1] <= start]
        prev = before[-1] if before else None
        label, review = _label(text, start, end, prev.span[1] if prev else 0, noun, prev, True)
        review.append(later(N_("'{text}': a count written in words"), text=text[start:end]))
        found.append(
            Found(
                label=clean_ends(label),
                value=Decimal(_COUNT_WORDS[m.group("n").lower()]),
                unit=noun,
                period=period,
                plan=None,
                item=_item(text, start),
                span=(start, end),
                plan_span=None,
                text=text[start:end],
                review=tuple(review),
            )
        )
    found.sort(key=lambda f: f.span[0])
    return found


def _with_ranks(text: str, found: list[Found], period: str) -> list[Found]:
    """Add rankings ("đứng thứ 04/34 tỉnh") as figures in 'hạng', in text order."""
    for m in _RANK.finditer(text):
        start, end = m.span("rank")
        if any(f.span[0] <= start < f.span[1] for f in found):
            continue
        before = [f for f in found if f.span[1] <= start]
        prev_end = before[-1].span[1] if before else 0
        label, review = _label(text, start, end, prev_end, "hạng", before[-1] if before else None)
        chain = [f for f in before if f.span[0] >= _sentence_start(text, start)]
        tagger = _pyvi()
        said = re.match(r"(?:đứng|xếp|dẫn đầu|cao nhất|thấp nhất|là|nằm)\b", label, re.IGNORECASE)
        if chain and (said or tagger is not None and tagger(label)[1][:1] == ["V"]):
            # "thu ngân sách ... 54.341 tỷ đồng, ..., đứng đầu khu vực và đứng thứ 8 cả nước":
            # the rank of what the sentence's first figure measures, not of its predicates
            label = f"{subject_of(chain[0].label)}: xếp hạng"
            review.append(N_("label borrowed from the figure before it"))
        if m.group("of"):
            review.append(later(N_("ranked {n} of {of}"), n=m.group("n"), of=m.group("of")))
        found.append(
            Found(
                label=clean_ends(label),
                value=parse_number(m.group("n")),
                unit="hạng",
                period=period,
                plan=None,
                item=_item(text, start),
                span=(start, end),
                plan_span=None,
                text=m.group("rank"),
                review=tuple(review),
            )
        )
    found.sort(key=lambda f: f.span[0])
    return found


def _figure(
    text: str,
    m: re.Match[str],
    prev_end: int,
    period: str,
    previous: Found | None,
    list_unit: str | None = None,
) -> Found | None:
    unit = m.group("unit") or m.group("lowunit")
    if unit:
        unit = re.sub(r"\s+", " ", unit.replace("tỉ", "tỷ").replace("ngàn", "nghìn"))
        unit = re.sub(r"/0?1\s*(?=[^\W\d_])", "/", unit)  # "triệu đồng/1 ha": per hectare
    review: list[str] = []
    if unit and (slip := re.match(_SLIP, unit)):
        review.append(
            later(
                N_("'{text}' read as tỷ đồng (a slip of the scan)"),
                text=m.group(0).strip(),
            )
        )
        unit = "tỷ đồng" + unit[slip.end() :]
    if unit and re.match(r"đ(?!\w)", unit):
        unit = "đồng" + unit[1:]  # "91.481.640.145đ": đồng, written short
    if _POINT_DECIMAL.fullmatch(m.group("low")) and unit:
        review.append(
            later(
                N_("'{text}' read with a point as the decimal mark"),
                text=m.group(0).strip(),
            )
        )
    if unit in ("nghìn", "triệu", "tỷ", "nghìn tỷ") and _MONEY_WORDS.search(
        text, _sentence_start(text, m.start()), m.start()
    ):
        review.append(
            later(
                N_("'{text}' read as {unit} đồng (the sentence is about money)"),
                text=m.group(0).strip(),
                unit=unit,
            )
        )
        unit = f"{unit} đồng"
    low = m.group("low")
    if (
        _YEAR_LIKE.fullmatch(low)
        and unit != "%"
        and (unit in _NOUNS or unit in _COUNTED or re.search(r"năm\s*$", text[: m.start()]))
    ):
        return None  # "trong năm 2025 dự án": a year, not a count
    if unit == "tuổi" and re.search(
        r"(?:trẻ em|trẻ|người)\s+(?:dưới|trên|từ)\s*$", text[: m.start()]
    ):
        return None  # "trẻ em dưới 5 tuổi": an age group, part of a label
    before = text[: m.start()]
    if re.search(r"(?:^|\s)(?:top|tốp|nhóm)\s*$", before, re.IGNORECASE):
        return None  # "nằm trong top 10 địa phương": a band, not a count
    if text.startswith("/", m.end("low")) and re.search(r"(?:^|\s)ngày\s*$", before, re.I):
        return None  # "Tính đến ngày 25/6 số người …", "ngày 15/10 huyện …": a date
    if re.search(r"(?:^|\s)(?:lớp|khối)\s*$", before, re.IGNORECASE):
        return None  # "tuyển sinh vào lớp 10 công lập": the grade, not a count
    if unit == "%" and _GRADE.match(text, m.end()):
        return None  # "tinh quặng đồng 20-25% Cu": the grade that names the product
    if unit == "%" and m.group("low") == "100" and _OWNED.match(text, m.end()):
        return None  # "doanh nghiệp 100% vốn nước ngoài": a form of ownership
    if (
        re.search(r"(?:^|\s)(?:trên|mỗi|/)\s*$", before)
        and re.fullmatch(r"0?1|10{0,2}(?:\.000)*", m.group("low"))
        and _PER_PEOPLE.match(text, m.end("low"))
    ):
        return None  # "Số bác sĩ trên 1 vạn dân": the base of a rate, part of its label
    if (
        _NAMED_BY.search(before)
        and unit not in (*_MONEY, "%", None)
        and re.match(r"\s+[^\W\d]", text[m.end() :])
        and _segmented_head(text[m.end() :].strip()[:40]) is not None
        and not counted_noun(text, m)
    ):
        return None  # "dự án 5 triệu ha rừng": a name, not a figure
    plan_m = _PLAN.match(text, m.end())
    if plan_m and plan_m.group("unit"):
        # "tăng 6,47% (kế hoạch 9,05%)": a plan written with its unit is a figure of its own too,
        # made the plan of this one by `_bracket_targets` (as '(NQ tăng 9,24%)')
        plan_m = None
    if m.group("of"):
        unit = m.group("ofunit")
    counted_end = None
    if unit is None and not plan_m and (counted := counted_noun(text, m)):
        unit, counted_end = counted
        count = parse_number(m.group("low"))
        # "tách tỉnh Vĩnh Phú thành 2 tỉnh Vĩnh Phúc và Phú Thọ": which, not how many; "7 nhóm
        # nhiệm vụ lớn", "5 ý kiến chỉ đạo": how the text is organised
        if _names_listed(text[counted_end:], count) or (unit.lower() in _STRUCTURE and count <= 12):
            return None
        if unit == "con số":
            return None  # "tăng trưởng trên 2 con số": a number of digits, a way of saying ≥ 10%
        if unit == "số" and count == 1:
            return None  # "giá cả 1 số hàng hóa": 'một số' (some), not one issue ('12 số báo')
        if (
            previous is not None
            and _is_count(previous)
            and re.fullmatch(r"\s*đạt(?:\s+(?:đủ|chuẩn))?\s*", text[previous.span[1] : m.start()])
            and re.match(rf"/{re.escape(m.group('low'))}\s", text[m.end("low") :])
        ):
            return None  # "6 xã đạt 19/19 tiêu chí": the standard the count reached, all of it
    if unit in _PLACE_UNITS and _WHERE.search(before):
        # "thực hiện trên địa bàn 8 huyện, thị xã", "áp dụng tại 10 địa phương", "cho Tập đoàn
        # Điện lực Việt Nam và 08 địa phương": where a measure applies, not a statistic
        return None
    if (
        (counted_end is not None or unit in _NOUNS or unit in _COUNTED)
        and not m.group("high")
        and _names_in_bracket(text[counted_end or m.end() :], parse_number(m.group("low")))
        and not _MADE_OF.search(before)
    ):
        # "2.710 nhân khẩu của 06 thôn (Trại Gạo, …, Tân An)", "11 xã (Hưng Đạo, …) không thay
        # đổi": the count only introduces the places it names; "có 8 phường (…)" says what a
        # whole is made of, a figure
        return None
    if (
        unit is None
        and not plan_m
        and _ITEM_END.fullmatch(text, m.end())
        and ((noun := list_unit) or (noun := _total_noun(text[: m.start()])))
    ):
        # "Tổng số thủ tục hành chính rà soát là 292." then "- Kiến nghị giữ nguyên là: 67"
        unit = noun
        review.append(later(N_("unit '{unit}' taken from the list's 'Tổng số {unit}'"), unit=noun))
    if unit is None:
        if not plan_m:
            return None
        noun = next((n for n in _NOUNS if n in before[prev_end:].lower()), None)
        if noun:
            unit = noun
            review.append(
                later(N_("unit '{unit}' taken from the words before the number"), unit=noun)
            )
        else:
            review.append(N_("no unit is written after the number; add one"))
    elif (
        unit == "bé trai"
        and (ratio := re.match(r"/(\d+) ([^\W\d]+(?: [^\W\d]+)?)", text[m.end() :]))
        and ratio.group(1) not in ("1", "01")
    ):
        unit = f"{unit}/{ratio.group(1)} {ratio.group(2)}"
    low = parse_number(m.group("low"))
    value: Value = (low, parse_number(m.group("high"))) if m.group("high") else low
    plan: Value | None = None
    qualifier = _QUALIFIER.search(before)
    if qualifier:
        if value == 1 and unit in ("ha", "vạn lao động") or before.endswith("/"):
            return None  # a denominator such as "trên 01 ha"
        review.append(
            later(
                N_("written '{text}': a bound, not exact"),
                text=f"{qualifier.group(1)} {m.group(0).strip()}",
            )
        )
    plan_span = None
    pair = _PAIR.match(text, m.end()) if m.group("unit") and not plan_m else None
    if pair and (pair.group("unit") or unit) == unit:
        plan = parse_number(pair.group("plan"))
        plan_span = (
            pair.start("plan"),
            pair.end("unit") if pair.group("unit") else pair.end("plan"),
        )
    elif plan_m:
        plan = parse_number(plan_m.group("plan"))
        plan_span = (
            plan_m.start("plan"),
            plan_m.end("unit") if plan_m.group("unit") else plan_m.end("plan"),
        )
        if plan_m.group("unit") and unit and plan_m.group("unit") != unit:
            review.append(
                later(
                    N_("plan unit '{plan_unit}' differs from '{unit}'"),
                    plan_unit=plan_m.group("unit"),
                    unit=unit,
                )
            )
    end = m.end("unit") if m.group("unit") else m.end("high" if m.group("high") else "low")
    if counted_end is not None:
        end = counted_end
    if unit and unit.startswith("bé trai/"):
        end = m.end() + len(unit) - len("bé trai")
    label, label_review = _label(
        text, m.start(), end, prev_end, unit, previous, counted=counted_end is not None
    )
    review.extend(label_review)
    if (
        previous is not None
        and previous.unit in ("%", "%/năm")
        and unit not in ("%", "%/năm")
        and re.search(r"(?:^|\s)(?:tăng|giảm)(?:\s|$)", previous.label)
        and (
            re.search(r"\([-+]\s*$", before)
            or re.fullmatch(
                r"(?:\s+so(?: với)?\s[^\d().;,]{0,40}?(?:\s\d{4})?)?\s*(?:\(|,)\s*bằng\s*",
                text[previous.span[1] : m.start()],
            )
        )
    ):
        # "giảm 1,6% (-673 ha)", "tăng 2,64%, bằng 7.300 con", "tăng 0,74% (bằng 837,2 ha)":
        # the same change in the measure's own unit
        label = previous.label
        review = [*review[: -len(label_review) or None], N_("label of the change before it")]
    attain = _ATTAIN_OF.match(text, m.end()) if unit == "%" else None
    if (
        attain
        and _ATTAIN_VERB.search(before)
        and previous is not None
        and previous.span[0] >= _sentence_start(text, m.start())
    ):
        suffix = f"(so với {attain.group(1)})"
        label = f"{fit(subject_of(previous.label), LABEL_WORDS - len(suffix.split()))} {suffix}"
        review = [r for r in review if "borrowed" not in r]
    elif attain and _ATTAIN_VERB.search(before) and label not in ("", "?"):
        # "Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch": no figure before it
        suffix = f"(so với {attain.group(1)})"
        label = f"{fit(subject_of(label), LABEL_WORDS - len(suffix.split()))} {suffix}"
    elif (
        unit == "%"
        and previous is not None
        and previous.unit not in (None, "%", "%/năm", *_POINT_UNITS)
        and _is_count(previous)
        and (base := _ANY_BASE.match(text, end))
        and re.fullmatch(
            r"[^\d.;!?()]{0,60}?\s*[(,]\s*chiếm(?:\s+tỷ lệ)?\s*", text[previous.span[1] : m.start()]
        )
    ):
        # "có 3.373 hộ nghèo vùng đồng bào dân tộc (chiếm 13,13% so với tổng số hộ nghèo
        # DTTS": the share of what the count counts, against its base
        subject = _lower_first(re.sub(r"^Số\s+", "", subject_of(previous.label)))
        said = f"so với {_short_base(base.group(1), subject)}"
        label = f"Tỷ lệ {fit(subject, LABEL_WORDS - 2 - _nwords(said))} {said}"
        review = [*review[: -len(label_review) or None], N_("label of the figure before it")]
    elif (
        unit == "%"
        and previous is not None
        and previous.span[0] >= _sentence_start(text, m.start())
        and (base := _ANY_BASE.match(text, end))
        and _SAME_SUBJECT_GAP.fullmatch(text, previous.span[1], m.start())
    ):
        # "thu ngân sách ... 446.777 triệu đồng, đạt 77% ..., 24% so với dự toán huyện giao và
        # bằng 131% so với cùng kỳ": each share is of the subject before, against its own base
        subject = subject_of(re.sub(r"\s+so(?: với)?\s.*$", "", previous.label))
        short = _short_base(base.group(1), subject)
        said = f"so với {short}" if len(short.split()) <= 4 else "(so sánh)"
        label = f"{fit(subject, LABEL_WORDS - _nwords(said))} {said}"
        review = [*review[: -len(label_review) or None], N_("label of the figure before it")]
    elif unit in ("%", "%/năm", *_POINT_UNITS) and (change := _CHANGE_VERB.search(before)):
        base = (_EXCESS_BASE if change.group(1) == "vượt" else _CHANGE_BASE).match(text, m.end())
        label = _with_change(label, change.group(1), base)
    elif (
        unit == "lần"
        and label not in ("", "?")
        and _MULTIPLE.search(before)
        and (
            base := _CHANGE_BASE.match(text, end)
            or _ANY_BASE.match(text, end)
            or _BARE_BASE.match(text, end)
        )
        and _nwords(base.group(1)) <= 5
    ):
        # "… đạt 53 triệu đồng, gấp 28 lần so với thời điểm chia tách tỉnh": a multiple is
        # nothing without what it multiplies, its base ('… so với thời điểm chia tách tỉnh')
        subject = subject_of(re.sub(r"\s+so(?: với)?\s.*$", "", label))
        subject = re.sub(r"\s+(?:tăng\s+)?gấp$", "", subject)  # 'Kim ngạch xuất khẩu gấp'
        subject = re.sub(r"^(?:Đến nay|Hiện nay|Nay)\s+(?=\S+\s+\S)", "", subject, flags=re.I)
        subject = subject[:1].upper() + subject[1:]
        short = _short_base(base.group(1), subject)
        for said in (f"so với {short}", f"so {short}"):  # 'so' alone before cutting a name
            fitted = fit(subject, LABEL_WORDS - _nwords(said), cut=False)
            if _nwords(f"{fitted} {said}") <= LABEL_WORDS:
                label = f"{fitted} {said}"
                break
    elif (
        (change := re.search(r"(?:^|[\s,(])(tăng|giảm)(?:\s+(?:thêm|hơn|khoảng))?\s*$", before))
        and previous is not None
        and previous.unit == unit
        and unit is not None
        and not re.search(r"[.;!?](?:\s|$)", text[previous.span[1] : m.start()])
        and re.fullmatch(
            r"[^\d.;!?()]{0,60},\s*(?:và\s+)?|\s*", text[previous.span[1] : change.start(1)]
        )
    ):
        # "156 hợp tác xã nông nghiệp, tăng 12 hợp tác xã so với cùng kỳ": the change of the
        # figure before, in its unit
        label = _with_change(previous.label, change.group(1), _CHANGE_BASE.match(text, end))
        review = [*review[: -len(label_review) or None], N_("label of the figure it changes")]
    year = _TIME_AFTER.match(text, end) or _YEAR.search(
        text[max(prev_end, m.start() - 60) : m.start()]
    )
    if (
        year is None
        and previous is not None
        and previous.period != period
        and not re.search(r"[.;!?](?:\s|$)", text[previous.span[1] : m.start()])
    ):
        period = previous.period  # "đến năm 2030 khoảng 250.000 người, trong đó ... 150.000"
    label = clean_ends(label)
    if (
        unit == "%"
        and previous is not None
        and previous.unit in _MONEY
        and _RATE_OF_ACT.fullmatch(label)
        and re.fullmatch(r",\s*[^\d.;!?()]{0,40}", text[previous.span[1] : m.start()])
    ):
        # "tổng nguồn vốn … là 565,4 tỷ đồng, tỷ lệ giải ngân đạt 33%": the rate of the act on
        # the sum just named
        of = re.sub(r"^(?:Tổng số|Tổng)\s+", "", subject_of(previous.label), flags=re.I)
        label = fit(f"{label} {_lower_first(of)}", LABEL_WORDS)
        review.append(N_("label of the figure before it"))
    if unit in _AREAS and _acts(label):
        # "Đã thực hiện thu hoạch vụ Hè thu trên diện tích 19.396 ha": the area of the act
        label = f"Diện tích {label[:1].lower()}{label[1:]}"
    return Found(
        label=label,
        value=value,
        unit=unit,
        period=re.sub(r"\s*[-–]\s*", "-", year.group(1)) if year else period,
        plan=plan,
        item=_item(text, m.start()),
        span=(m.start(), end),
        plan_span=plan_span,
        text=text[m.start() : (plan_m.end() if plan_m else (plan_span or (0, m.end()))[1])].strip(),
        review=tuple(review),
    )


# a rate of an act with no object ('tỷ lệ giải ngân đạt 33%')
_RATE_OF_ACT = re.compile(r"Tỷ lệ (?:giải ngân|thực hiện|hoàn thành|thanh toán)", re.IGNORECASE)
# a chemical symbol or formula right after a percentage: the grade of an ore or a product
_GRADE = re.compile(
    r"\s*(?:Cu|Fe|Pb|Zn|Au|Ag|Sn|Sb|Mn|Cr|Ni|Al|Ti|Mo|Ba|Ca|Si|W|P|TR)"
    r"(?:\d*(?:O|S|F|Cl)\d*)*(?![\w])"
)
# "100% vốn nước ngoài", "100% vốn nhà nước": who owns an enterprise
_OWNED = re.compile(
    r"\s*vốn\s+(?:đầu tư\s+)?(?:nước ngoài|nhà nước|ngoài nhà nước|tư nhân|trong nước|FDI)\b"
)


# a time written right after a figure is the figure's own ('đạt 10.000 tấn/năm vào năm 2015',
# '2.800 tấn/năm từ năm 2010 trở đi'), not the opening of the next one's label
_TIME_AFTER = re.compile(
    r"\s*(?:vào\s+|trong\s+|đến\s+|từ\s+)?năm\s+(\d{4})(?:\s+trở đi)?(?=[\s,;.)]|$)"
)


# a few of these are the parts a text is organised in, not a statistic a presenter would show
_STRUCTURE = {
    "ý kiến", "nhóm", "sự kiện", "mức", "vùng", "nội dung", "giải pháp", "bước", "khâu", "mặt",
    "quan điểm", "yêu cầu", "phần", "hình thức", "phương án", "nguyên tắc", "chương trình",
    "loại", "cấp",
}  # fmt: skip


def _names_listed(after: str, n: Decimal) -> bool:
    """The words after a count name each thing counted ('2 tỉnh Vĩnh Phúc và Phú Thọ', '3 xã
    An Hòa, Bình Minh, Tân Lập'): proper names, as many as the count."""
    words = re.split(r"[.;:()!?]", after, maxsplit=1)[0]
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", words)]
    if len(parts) < 2 or len(parts) != n:
        return False
    last: list[str] = []
    for word in parts[-1].split():  # "Phú Thọ được ...": the name, not what is said of it
        if not word[:1].isupper():
            break
        last.append(word)
    parts[-1] = " ".join(last)
    return all(p and all(w[:1].isupper() for w in p.split()) for p in parts)


# "huyện, thành phố", "xã, phường, thị trấn": the kinds of place a count of places lists
_MORE_KINDS = re.compile(
    r"(?:\s*,\s*(?:thành phố|thị xã|thị trấn|phường|xã|huyện|quận)(?=[\s,;.]|$))+"
    r"(?:\s+và\s+(?:thành phố|thị xã|thị trấn|phường|xã|huyện|quận)(?=[\s,;.]|$))?"
)
_PLACE_UNITS = {"tỉnh", "huyện", "xã", "phường", "địa phương", "thị xã", "thị trấn", "thôn", "bản"}
_WHERE = re.compile(
    r"(?:^|\s)(?:trên địa bàn|áp dụng tại|tại|(?<=[^\W\d] )thuộc"
    r"|cho(?!\s+thuê)\s+(?:[^\W\d]+\s+){1,8}và)\s*$"
)
_MADE_OF = re.compile(r"(?:^|\s)(?:có|gồm|bao gồm)\s*$")


def _names_in_bracket(after: str, n: Decimal) -> bool:
    """A bracket right after a count names each thing counted ('06 thôn (Trại Gạo, Trại Quan,
    …, Tân An)'): as many proper names as the count."""
    bracket = re.match(r"\s*\(([^()]*)\)", after)
    if bracket is None:
        return False
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", bracket.group(1))]
    return (
        len(parts) >= 2
        and len(parts) == n
        and all(p and all(w[:1].isupper() or w[:1].isdigit() for w in p.split()) for p in parts)
    )


# "dự án 5 triệu ha rừng", "dự án trồng mới 5 triệu ha rừng": the number names the project
_NAMED_BY = re.compile(
    r"(?:^|\s)(?i:chương trình|đề án|dự án)(?:\s+(?=[^\W\d])(?!(?:[A-ZĐ]))\w+){0,2}\s*$"
)
# a bare number that ends its list item: "... là: 67", "... thay thế: 25."
_ITEM_END = re.compile(r"\s*[.;]?\s*")
_TOTAL = re.compile(
    r"^(?:[-–+•]\s*)?(?:Tổng số|Số lượng|Số)\s+(?P<rest>[^\d:;]+?)\s+(?:là|:)\s*:?\s*$"
)


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
        total = re.match(r"^(.*?)(\d[\d.]*)\s*[.;]?\s*$", text)
        if total and (noun := _total_noun(total.group(1))):
            unit = noun
        elif not (total and re.search(r"(?:là|:)\s*:?\s*$", total.group(1))):
            unit = None
    return out


# "gấp 28 lần", "tăng hơn 160 lần", "gấp gần 3 lần": a multiple
_MULTIPLE = re.compile(
    r"(?:^|[\s(,])(?:gấp|tăng|tăng gấp|cao hơn|thấp hơn)(?:\s+(?:hơn|gần|khoảng|trên))?\s*$"
)
# 'gấp 2 lần năm 2010', 'gấp 3 lần kế hoạch': the base said without 'so với'
_BARE_BASE = re.compile(
    r"\s*(năm \d{4}|cùng kỳ(?: năm trước)?|kế hoạch|dự toán|mục tiêu)(?=[\s,;.)]|$)"
)
# "giải ngân tăng 20-30% so với năm 2009": a change, named with its verb and its base
_CHANGE_VERB = re.compile(r"(?:^|[\s(])(tăng|giảm|vượt|bằng)(?:\s+(?:hơn|trên|gần|khoảng))?\s*$")
_EXCESS_BASE = re.compile(r"\s*so(?: với)?\s+(chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?=[\s,;.)]|$)")
_CHANGE_BASE = re.compile(
    r"\s*so(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|tháng trước|quý trước|"
    r"đầu năm|đầu nhiệm kỳ|nhiệm kỳ trước|kỳ trước|năm học trước)(?=[\s,;.)]|$)"
)


# "so với dự toán huyện giao", "so cùng kỳ năm 2021": the base a share is taken against
_ANY_BASE = re.compile(
    r"\s*so(?: với)?\s+([^\W\d][^,;.()\d]{1,40}?)(?=\s+và\s|\s+năm\s|\s*\(|[,;.)]|$)"
)
# between a figure and the next share of the same subject: the figure's own base, a comma or
# 'và', and a verb of attaining ('đạt', 'bằng'): no new subject
_SAME_SUBJECT_GAP = re.compile(
    r"(?:\s*(?:\(|,\s*)?(?:đạt|bằng|so(?: với)?)\s+[^\W\d][^,;.()\d]{0,40}?\)?)?"
    r"\s*,?\s*(?:và\s+)?(?:đạt|bằng)?\s*"
)


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
    for suffix, how in (
        (based, ""), (based, "head"), (said, ""), (said, "head"), (said or based, "cut")
    ):  # fmt: skip
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
    r"tiếp tục|thực hiện)\s+)+(?=\S+\s+\S+\s+\S)",
    re.IGNORECASE,
)
_MEASURE_NOUN = (
    r"(?:tỷ lệ|tỉ lệ|tỷ trọng|tốc độ|tổng|số|giá trị|thu nhập|mức|diện tích|sản lượng|chỉ số|"
    r"kim ngạch|năng suất|tuổi thọ|dân số|doanh thu|vốn|thu ngân sách)"
)
_TARGET_VERB = re.compile(
    rf"^(?:phấn đấu|phân đấu|phân đầu|đạt|đưa|duy trì|nâng|nâng cao|giữ|giữ vững|giữ ổn định)"
    rf"\s+(?=(?:được\s+)?{_MEASURE_NOUN}\s)",
    re.IGNORECASE,
)
# who set the target and the act of setting it ('Quốc hội quyết nghị tốc độ tăng GDP', 'Huyện
# Nghi Xuân đề ra mục tiêu tốc độ tăng trưởng'): not what the number measures
_DECIDED = re.compile(
    r"^(?:\S+\s+){0,6}?(?:quyết nghị|đề ra|đặt ra|đặt|thông qua)\s+(?:(?:các\s+)?mục tiêu\s+)?"
    rf"(?={_MEASURE_NOUN}\s)",
    re.IGNORECASE,
)
# what ends a label but names nothing: a preposition or a conjunction cut from its object ('Tạo
# việc làm mới cho', 'Xã đạt chuẩn quốc gia về', 'Tăng trưởng kinh tế (GRDP) từ')
_CLOSING_WORDS = re.compile(
    r"(?:\s+(?:về|cho|qua|với|tại|ở|theo|từ|đến|để|của|và|hoặc|trên|dưới|so|được|là|có|đã|"
    r"các|những|như|nhằm|mà|thì|bởi|gồm|bao gồm))+$"
)


_AREAS = ("ha", "nghìn ha", "km2", "m2")


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


def clean_ends(label: str) -> str:
    """``label`` without the words that open or close it and name nothing (see
    ``_OPENING_WORDS``, ``_TARGET_VERB``, ``_CLOSING_WORDS``); unchanged if little is left."""
    out = _CLOSING_WORDS.sub("", label).rstrip(" ,;:-–")
    out = _TARGET_VERB.sub("", _OPENING_WORDS.sub("", _DECIDED.sub("", out)))
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
    return re.sub(r"\s+(?:tăng|giảm|đạt|vượt)(?:\s+so(?: với)?\s.*)?$", "", label)


# heads that say little of what is measured ('Tổng sản lượng' is 'Sản lượng')
_LIGHT_HEAD = re.compile(r"^(?:Tổng số|Tổng mức|Số lượng|Tỷ lệ|Tổng|Số)\s+(?=\S+\s+\S)", re.I)
_GENERIC_HEAD = re.compile(
    r"^(?:Tổng số|Tổng mức|Số lượng|Tỷ lệ|Giá trị sản xuất(?: ngành)?|Giá trị|Tổng)\s+", re.I
)


def fit(label: str, budget: int, cut: bool = True) -> str:
    """``label`` in at most ``budget`` words: its generic head dropped ('Tổng', 'Giá trị sản
    xuất ngành'), then (if ``cut``) cut between words (pyvi's: 'công nghiệp' is never split)."""
    if _nwords(label) <= budget:
        return label
    shorter = _GENERIC_HEAD.sub("", label)
    if shorter != label and _nwords(shorter) >= 2:
        label = shorter[:1].upper() + shorter[1:]
    if _nwords(label) <= budget or not cut:
        return label
    tagger = _pyvi()
    tokens = tagger(label)[0] if tagger else label.split()
    allowed, n = {0}, 0
    for token in tokens:  # a cut may fall only between pyvi's words
        n += _nwords(token.replace("_", " "))
        allowed.add(n)
    best = max(a for a in allowed if a <= budget)
    kept: list[str] = []
    count = 0
    for word in label.split():
        count += _nwords(word)
        if count > best:
            break
        kept.append(word)
    out = " ".join(kept)
    out = re.sub(r"\s+(?:và|của|trong|các|những|có|đến|từ|-|–)$", "", out).strip(" ,;:-–")
    return out or " ".join(label.split()[:budget])


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\s*[-.–)]\s*|[IVXLC]+\.\s+|[a-zđ]\)\s+)")
_TRAILING = re.compile(
    r"(?:\s+(?:tăng|giảm|đạt|vượt|bằng|ước|ước đạt|phấn đấu|phân đầu|vượt kế hoạch đề ra|là|hiện|"
    r"chiếm|tỷ lệ|đạt tỷ lệ|xếp|xếp hạng|đứng))+$"
)
_POINT_UNITS = ("điểm phần trăm", "điểm %")
LABEL_WORDS = 10


# a grade written after what a count counts ('đạt 3 sao', 'xếp loại 1', 'hạng 2')
_GRADED = re.compile(
    r"(?:(?<=đạt )|(?<=loại )|(?<=hạng ))\d{1,2}\s+sao\b"
    r"|\s*(?:đạt|xếp loại|xếp hạng)\s+\d{1,2}\s+sao\b"
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
    cut = re.search(r"\s(?:đối với|trong đó)\s", label)
    if len(words) > LABEL_WORDS and cut and len(label[: cut.start()].split()) >= 2:
        label = label[: cut.start()]  # "mật độ đường chính đối với khu vực cửa khẩu"
        words = label.split()
    tagger = _pyvi()
    if len(words) > LABEL_WORDS and " và " in label and tagger is not None:
        last = label.rsplit(" và ", 1)[1]
        if len(last.split()) >= 5 and tagger(label)[1][0] == "V" == tagger(last)[1][0]:
            label = last[:1].upper() + last[1:]  # "... tuyển chọn và xây dựng lực lượng X"
            words = label.split()
    if len(words) > LABEL_WORDS:
        label = re.sub(r"^(?:Tổng mức|Tổng số|Tỷ lệ|Số lượng|Tổng)\s+", "", label, flags=re.I)
        label = re.sub(r"\s(?:các|những|đang hoạt động|toàn bộ)(?=\s)", "", label)
        words = label.split()
    if len(words) > LABEL_WORDS:
        # aspect words go before any word of the subject does
        label = re.sub(r"\s(?:đã|đang|sẽ|cũng|vẫn|đều)(?=\s)", "", label)
        label = fit(label, LABEL_WORDS).rstrip(",;:-–")
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
_KEEP_WHOLE = re.compile(r"\b(?:mặt bằng|thực hiện|phát hiện|xuất hiện|thể hiện)\b", re.I)


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
    head = text[prev_end:start]
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
    while True:
        stripped = _VERBS.sub("", head.rstrip(" :"))
        if stripped == head:
            break
        head = stripped
    cut = 0
    for b in _BOUNDARY.finditer(head):
        cut = b.end()
    open_paren = head.rfind("(", cut)
    if open_paren > head.rfind(")"):
        cut = open_paren + 1
    label = _LEADING.sub("", head[cut:]).strip(" ,:-–")
    label = _DECIDED.sub("", label) if _nwords(_DECIDED.sub("", label)) >= 2 else label
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
        and re.fullmatch(r"[\s,]*tương đương(?:\s+với)?\s*", text[prev_end:start])
    ):
        # "là 234.800.000 triệu đồng, tương đương 3,44% tổng sản phẩm trong nước": the figure
        # before, as a share of what follows
        subject = subject_of(previous.label)
        raw_of = _long_tail(text, end)
        of = compact(raw_of) if raw_of[:1].isalpha() else ""
        at = text.find(raw_of, end) + len(raw_of) if raw_of else end
        if of and (short := re.match(r"\s*\(([A-Z]{2,6})\)", text[at:])):
            of = short.group(1)  # "tổng sản phẩm trong nước (GDP)": its short name
        share = f"so với {of}" if of else "(tương đương)"
        return f"{fit(subject, LABEL_WORDS - _nwords(share))} {share}", [
            N_("label of the figure before, as a share")
        ]
    if unit == "%" and (named := _bracket_subject(text, start, end, previous)):
        return named, [N_("label taken from the words before the bracket")]
    if unit == "%" and (acted := _acted_share(label, text, end)):
        return acted, [N_("label made of the verb and what follows the number")]
    if unit == "%" and (share := _share_of(text, start, end, prev_end)):
        return share, [N_("label taken from the words after the percentage")]
    if verb := re.search(r"(?:^|\s)và (tăng|giảm)$", label):
        label = verb.group(1)
    if len(label) > 50 and ", " in label:
        last = label.rsplit(", ", 1)[1]
        if last.lower().startswith(_HEAD_WORDS):
            label = last
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
    tail = re.sub(r"^/\s*\d+\s+\S+\s*", "", tail)  # "320/411 xã đạt chuẩn": not "/411 xã"
    label = compact(label)
    if (
        not counted
        and unit not in (None, "%", "hạng", *_NOUNS, *_COUNTED)
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
    counted_as = re.sub(rf"^{_MAGNITUDE}\s+", "", unit or "")
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
    if (
        counted_as != unit
        and counted_as in _COUNTED
        and len(counted_as.split()) >= 2
        and _nwords(label) <= 1
        and not tail[:1].islower()
    ):
        return f"{counted_as[:1].upper()}{counted_as[1:]}", []  # "Đón 850 nghìn lượt khách"
    if (
        unit == "lượt"
        and tail[:1].islower()
        and 1 <= _nwords(tail) <= 6
        and not re.match(r"(?:đạt|tăng|giảm|vượt|bằng|so|chiếm|là|có|được|trở|đến|năm)\b", tail)
        and not re.match(r"(?:số|tổng|lượt)\b", label, re.IGNORECASE)
        and (tagger := _pyvi()) is not None
        and tagger(tail)[1][0] in ("N", "Nc")
    ):
        # "huyện đã đón 47.173 lượt du khách đến thăm quan": the turns of whom, not who
        # counted them
        return _tidy(f"Lượt {compact(tail)}"), [N_("label taken from the words after the number")]
    if (
        not counted
        and unit not in (None, "%", "hạng", *_NOUNS, *_COUNTED)
        and (acted := _tidy(_action(label, tail, text[prev_end:start], previous)))
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
        if unit in label.lower() or re.search(r"(?:^|\s)số\s", label.lower()):
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
        elif tail or not label:
            label = f"Số {unit} {tail}".replace(" /", "/").strip()
        elif (act := _act_on(label)) and act.lower() != label.lower():
            label = f"Số {unit} {act}"  # "Toàn huyện đã xây dựng mới 06 chợ": 'Số chợ xây dựng mới'
        else:
            label = f"Số {unit} {_lower_first(label)}"
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
        if long_tail and not (borrow and (long_tail.startswith("về ") or parallel)):
            label = f"Tỷ lệ {long_tail}"
        elif borrow:
            assert previous is not None
            subject = subject_of(previous.label)
            label = f"{subject} {label}".strip() if len(label) >= 4 else subject
            if long_tail.startswith("về "):  # "81,05% về việc ... và 57,64% về tiền"
                label = f"{fit(label, LABEL_WORDS - len(long_tail.split()))} {long_tail}"
            review.append(N_("label borrowed from the figure before it"))
        elif unit == "%" and compact(tail):
            label = f"Tỷ lệ {tail}"
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
        and tail[:1].islower()
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
    if len(label.split()) > SHORT_WORDS and ", " in label and not run_in and not one_name:
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
            label = fit(first[:1].upper() + first[1:], SHORT_WORDS)
        elif len(label.split()) > SHORT_WORDS and len(last.split()) >= 3:
            label = last
    if unit in ("ha", "nghìn ha") and _bare_noun(label):
        # "rau các loại 17.405 ha", "; ngô 10.724 ha": a crop or a kind of land measured in
        # hectares is named by its area ('Diện tích rau các loại')
        label = f"Diện tích {label[:1].lower()}{label[1:]}"
    if (prefix := _list_head(text, prev_end, start)) and not _names_head(label, prefix):
        label = _headed(prefix, label)
    label = _tidy(label)
    if len(label) > 90:
        label = label[:90].rsplit(" ", 1)[0]
        review.append(N_("label shortened"))
    return label[:1].upper() + label[1:], review


SHORT_WORDS = 8
"""A label longer than this is cut back to its nearest noun phrase."""
# framing words before the subject, and the verbs, comparisons and periods around a figure:
# none of them is what the number measures
_FRAMING = re.compile(
    r"^(?:(?:Dự kiến|Ngoài ra|Đặc biệt|Do đó|Bên cạnh đó|Đồng thời|Theo [^,]{0,60}|"
    r"Trong (?:thời kỳ|giai đoạn|năm)[^,]{0,30}|Tính đến[^,]{0,30}|Đến nay|Hiện nay|"
    r"(?:Đến )?[Nn]ăm \d{4}|"
    # a quarter, a month, months of a year opening the sentence ('Quý I/2023, sản xuất …')
    r"Quý [IV]+(?:/\d{4}| năm \d{4})?|Tháng \d{1,2}(?:/\d{4})?|\d{1,2} tháng(?: đầu năm)?"
    r"(?: (?:năm )?\d{4})?|Năm nay),\s*"
    # a connective written without its comma ('Theo đó tổng sản phẩm trong tỉnh (GRDP) …')
    r"|(?:Theo đó|Do đó|Bên cạnh đó|Đồng thời|Ngoài ra)\s+(?=\w))+",
)
_FILLER = re.compile(
    r"(?:^|\s)(?:phấn đấu|phân đầu|dự kiến|dự ước|ước thực hiện|ước tính|ước đạt|lũy kế|luỹ kế|"
    r"(?:trung bình|bình quân) trong \d+ năm(?: qua)?|"
    r"ước(?= (?:thu|chi|giải ngân|thực hiện)\b)|"
    r"trên địa bàn(?: tỉnh)?|theo giá so sánh|đang hoạt động|cả năm|"
    # a cut-off date ('đến ngày 31/10/2023') stays: it tells a figure to date from the year's
    r"(?:tính )?từ ngày [\d/.]+ đến(?: ngày)? [\d/.]+|"
    r"(?<!đến\s)ngày \d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?|"
    r"(?:giai đoạn |thời kỳ )?(?:trong |của |đến )?(?:\d+ tháng(?: đầu năm)?|năm \d{4}|"
    r"tháng \d{1,2}(?:/\d{4})?|"
    r"giai đoạn \d{4}\s*[-–]\s*\d{4}))(?=\s|,|$)",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    r"(?:\s|,|;|:|bằng|đạt|tăng|giảm|vượt|so với|so|cùng kỳ|năm trước|dự toán|kế hoạch|KH|"
    r"tương đương|chiếm|cao hơn|thấp hơn|gấp|và|ước|thực hiện|đứng|thứ|cả nước|cao nhất|"
    r"từ trước đến nay|từ|bình quân|trong đó|đầu năm|trên|dưới|khoảng|hơn|gần|còn|được|là|có|"
    r"với|đã|mức|tốc độ|lần|cao|thấp|đầu|ở)*",
    re.IGNORECASE,
)
# an adverbial opening run into a measure's head, with no comma ('Qua rà soát đến cuối năm tỷ lệ
# hộ nghèo', 'Theo kết quả điều tra tổng số hộ'): the measure starts at its head
_LEAD_IN = re.compile(
    r"^(?:qua|theo|đến|tính đến|sau|trong|cuối)\s[^,;:()\d]{0,40}?\s"
    r"(?=(?:tỷ lệ|tỉ lệ|tổng số|số lượng)\s)",
    re.IGNORECASE,
)
_FRAMING_WORDS = {"do đó", "bên cạnh đó", "đồng thời", "ngoài ra", "đặc biệt", "dự kiến", "theo đó"}
_VERB_CUT = re.compile(r"\s(?:đã|đạt|tăng|giảm|là|có|được|ước|vượt|chiếm|bằng)\s")


def compact(label: str) -> str:
    """A label without its framing ('Dự kiến', 'Năm 2024,'), periods ('9 tháng', 'năm 2024')
    and estimate words ('ước thực hiện'); empty when only verbs and comparisons are left
    ('bằng', 'so với dự toán', 'tăng')."""
    label = _FRAMING.sub("", label.strip())
    if inner := _LEAD_IN.match(label):
        label = label[inner.end() :]  # "Qua rà soát đến cuối năm tỷ lệ hộ nghèo": the rate
    label = _trailing(_FILLER.sub("", label).strip(" ,;:-–"))
    label = re.sub(r"\s{2,}", " ", label)
    label = re.sub(r"(?<=đến) ngày (?=\d)", " ", label)  # "đến 31/10/2023"
    # "Tỷ lệ thi hành án xong hoàn toàn khá cao": an appraisal is not part of the subject
    label = re.sub(r"\s+(?:khá|rất|tương đối|khá là|rất là)\s+[^\W\d]+$", "", label)
    if _PREDICATE.fullmatch(label) or label.lower() in _FRAMING_WORDS:
        return ""
    return label


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for s in _SENTENCE_START.finditer(text, 0, pos):
        start = s.end()
    return start


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


_COMPARISON_ONLY = re.compile(
    r"[Ss]o(?: với)?\s+(?:dự toán|kế hoạch|chỉ tiêu|KH|mục tiêu)(?:\s+[^\W\d]+){0,3}"
)
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
        label = f"Số {unit} {said.strip(' ,;:')} được {act}"
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


def _act_on(label: str) -> str:
    """The act of the words before a count ('hỗ trợ' of 'Toàn huyện đã hỗ trợ', 'đào tạo nghề'
    of 'Đào tạo nghề cho'): a verb first (pyvi), at most four words, its agent dropped."""
    tagger = _pyvi()
    if tagger is None or not label:
        return ""
    act = _WHEN.sub("", label.strip())  # "Năm nay đã xây dựng mới": the time is no agent
    agent = _SCOPE_AGENT.match(act) or _AGENT.match(act)
    if agent and (agent.re is _SCOPE_AGENT or _is_agent(agent.group("who"), tagger)):
        act = agent.group("verb")
    act = _CLOSING_WORDS.sub("", _OPENING_WORDS.sub("", act.strip())).strip(" ,;:")
    act = re.sub(r"^(?:đã|đang|sẽ)\s+(?=\S)", "", act)  # 'đã khởi công': the act is 'khởi công'
    act = re.sub(r"\s+được$", "", act)
    # "Triển khai xây dựng, nâng cấp": the act is what is carried out
    act = re.sub(r"^(?:triển khai|tiến hành)\s+(?=\S)", "", act, flags=re.IGNORECASE)
    tokens, tags = tagger(act)
    if not tokens or tags[0] != "V" or not 1 <= _nwords(act) <= 4:
        return ""
    if "," in act and not all(
        (piece := tagger(p.strip())[1]) and piece[0] == "V" and _nwords(p) <= 2
        for p in act.split(",")
    ):
        return ""  # "xây dựng, nâng cấp": verbs joined by a comma are one act; not a list
    if tokens[0].lower() in _NOT_ACTS:
        return ""
    return act[:1].lower() + act[1:]


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

    tags = tagger(who)[1]
    return bool(tags) and tags[0] in ("Ny", "Np")


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
    if verb.lower().replace("_", " ") in _NO_SHARE_VERBS:
        return ""
    after = re.match(
        r"\s*(?:(?:các|những|toàn bộ)\s+)?([^\W\d][^,;.()\d:]{2,80}?)"
        r"(?=\s+(?:để|nhằm|so với|so|đến|vào|tại|theo|cho|trở lên|và|hoặc)\s|[,;.()]|$)",
        text[end:],
    )
    if not after or _NOT_OBJECT.match(after.group(1)) or after.group(1).startswith("còn lại"):
        return ""
    obj = after.group(1).strip()
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


_NOT_A_NAME = re.compile(r"\s(?:là|gồm|sau|như sau|đề ra|cụ thể|bao gồm|như)$")


def _list_head(text: str, prev_end: int, start: int) -> str:
    """'Cơ cấu kinh tế' when the figure is in a list after 'Cơ cấu kinh tế: ...'; 'Sản xuất vụ Hè
    thu' when its paragraph opens with 'Sản xuất vụ Hè thu: ...'."""
    sentence = 0
    for s in _SENTENCE_START.finditer(text, 0, start):
        sentence = s.end()
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


def slug(label: str, taken: set[str]) -> str:
    """An ASCII key from a label, unique among ``taken`` (which it joins)."""
    plain = unicodedata.normalize("NFKD", label.replace("đ", "d").replace("Đ", "D"))
    plain = plain.encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in _STOP]
    base = "_".join(words[:6]) or "figure"
    if base[0].isdigit():
        base = f"f_{base}"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    taken.add(key)
    return key


_STOP = {"cua", "va", "cac", "duoc", "trong", "do", "la", "so", "voi", "nhung", "mot"}
