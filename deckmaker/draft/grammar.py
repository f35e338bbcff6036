"""A figure's label composed from the grammar of its sentence, for a label the rules left unusable.

The rules of ``deckmaker.draft.labels`` name most figures from spans of the text around them. On
documents nobody tuned them on, some of what they give names nothing a reader of the slide could
use: a verb or a discourse word ('Vận động', 'Sau hợp nhất', 'Qua đó, đạt được số thu'), an agent
and its act ('Hội đồng nhân dân tỉnh quyết nghị thông qua'), a legal reference ('Quy định tại
điểm d khoản 2 Điều 9 Luật'). ``weak`` tells such a label without any gold: by its words and
pyvi's part-of-speech tags alone. ``composed`` then assembles a label from the sentence:

(a) the measured noun phrase: what stands before the verb that governs the number ('Tổng thu
    ngân sách nhà nước ước thực hiện 825 tỷ đồng'), or the object of an agent's verb ('Cục Thuế
    ước số thu cả năm …'), or the noun a count counts with what follows it ('có thêm 3 xã đạt
    chuẩn nông thôn mới' -> 'Số xã đạt chuẩn nông thôn mới');
(b) where the clause before the number is a verb alone ('…, tăng 5,2%'), the subject of the
    sentence, of the figure before it, or the run-in heading the figure is under;
(c) the change or the base the number is said against ('tăng so với cùng kỳ', '(so với kế
    hoạch)'), as the rules write them;
(d) well-formed by construction (``deckmaker.draft.wellformed``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from ..vi_words import LINKING_WORDS, alternation
from .labels import LABEL_WORDS, _nwords, _with_change, fit, subject_of
from .measures import measure_nouns, measures
from .quantities import _pyvi
from .validity import agent_act, is_label
from .wellformed import well_formed

# what opens a clause and names nothing: framing, linking and time ('Trong đó,', 'Qua đó', 'Sau
# hợp nhất', 'Năm 2024,', 'Lũy kế 9 tháng', '6 tháng đầu năm')
_OPENER = re.compile(
    r"^(?:(?:[-–+•*]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s*"
    r"|(?:trong đó|theo đó|qua đó|do đó|vì vậy|bên cạnh đó|ngoài ra|đồng thời|đặc biệt|riêng|"
    r"cụ thể|nhìn chung|tuy nhiên|nhưng|song|còn|và|với|từ đó|từ thực tế trên|sau hợp nhất|"
    r"như vậy|tính chung|tính đến|đến nay|hiện nay|hiện|dự kiến|ước tính|ước|"
    r"lũy kế|luỹ kế|cả năm|bình quân|trong kỳ|có|là|đạt|được|về|với|tại|đối với)(?!\w)[\s,:]*"
    r"|(?:(?:trong|đến|đến hết|tính đến|từ)\s+)?(?:năm|quý|tháng|giai đoạn|ngày)\s+"
    r"[\dIVX][\d/IVX\-–\s]*(?:đầu năm|năm)?[\s,:]*"
    r"|(?:trong\s+)?\d+\s+tháng(?:\s+đầu năm|\s+cuối năm)?(?:\s+(?:năm\s+)?\d{4})?[\s,:]*)",
    re.IGNORECASE,
)
# what closes a clause before its number: the figure's own verb, hedge or comparison
_PREDICATE = re.compile(
    r"(?:\s+|^)(?:ước(?: tính| đạt| thực hiện)?|thực hiện|đạt(?: được)?|được|là|có|có thêm|còn|"
    r"tăng(?: thêm)?|(?:tăng|giảm)(?: còn| xuống| lên)|giảm|vượt|bằng|chiếm|khoảng|gần|trên|"
    r"dưới|hơn|xấp xỉ|"
    r"tối thiểu|tối đa|ít nhất|phấn đấu|đến|lên|xuống|mới|với|trong|của|tại|cho|từ|"
    r"đã|sẽ|đang|cũng|vẫn|đều|tiếp tục|bình quân|nâng|đưa|lên mức|ở mức|mức|"
    r"dự kiến|ước khoảng|so với|so|thêm|cả|tổng cộng|tổng số|tổng|số)\s*$",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"(?<!\w)(tăng|giảm|vượt)(?!\w)", re.IGNORECASE)
# an organisation or a place that acts, then its act: what follows the act is what is measured
_ACTOR = re.compile(
    r"^(?:(?:Lãnh đạo|Chủ tịch|Giám đốc)\s+)?(?:Cục|Chi cục|Tổng cục|Sở|Bộ|UBND|HĐND|Ủy ban|"
    r"Uỷ ban|Hội đồng|Chính phủ|Thủ tướng|Ban|Văn phòng|Đơn vị|Hải quan|Tỉnh|Huyện|Thành phố|"
    r"Thị xã|Xã|Toàn tỉnh|Toàn huyện|Toàn xã|Toàn thành phố|Cả nước|Ngành|Hội|Đảng bộ|"
    r"Mặt trận|Ngân hàng|Quỹ|Công ty|Tập đoàn|Doanh nghiệp|Các đơn vị|Các địa phương|"
    r"Địa phương|Chúng ta|Chúng tôi)(?!\w)",
    re.IGNORECASE,
)
_ACT = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|cũng)?\s*(?:giao|ước|ước tính|dự tính|dự kiến|thực hiện|thu hút|"
    r"phấn đấu|huy động|vận động|cấp|hỗ trợ|giải ngân|phân bổ|bố trí|xây dựng|tổ chức|"
    r"đầu tư|cấp mới|giải quyết|tạo|đào tạo|tuyển|có|đạt|quyết nghị|thông qua|đề ra|"
    r"triển khai|hoàn thành|tiếp nhận|xử lý|kiểm tra|phát hiện|cho vay|trồng|sản xuất)(?!\w)",
    re.IGNORECASE,
)
# a body that acts, then its act: who, not what is measured ('HĐND tỉnh quyết nghị thông qua')
_BODY = re.compile(
    r"^(?:(?:Lãnh đạo|Chủ tịch|Phó Chủ tịch|Giám đốc)\s+)?(?:Cục|Chi cục|Tổng cục|Sở|UBND|HĐND|"
    r"Ủy ban|Uỷ ban|Hội đồng|Chính phủ|Thủ tướng|Văn phòng|Đơn vị|Chúng ta|Chúng tôi)(?!\w)",
    re.IGNORECASE,
)
_BODY_ACT = re.compile(
    r"(?<!\w)(?:giao|quyết nghị|thông qua|đề ra|đặt ra|chỉ đạo|yêu cầu|đề nghị|ước|dự tính|"
    r"dự kiến|phấn đấu|tập trung|báo cáo|cho biết|kiến nghị|ban hành)(?!\w)",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"(?:mục tiêu|kết quả|chỉ tiêu|nhiệm vụ|tình hình|nội dung|giải pháp|định hướng|kế hoạch|"
    r"công tác|hoạt động|tổng quan|chương trình|dự án|giai đoạn|cả giai đoạn|trong giai đoạn|"
    r"số liệu|tổng cộng|cộng|tổng số|tổng|số|mức|khu vực|hiện trạng|"
    r"thực trạng)(?:\s+(?:năm\s+)?\d{4})?",
    re.IGNORECASE,
)
# a figure of its own inside a label ('Cơ sở giáo dục đại học và ít nhất 80%', 'Có 33.585 giao
# dịch'): a percent or an amount, not a year, a code or a name's digits ('5G', '3G/4G')
_OTHER_FIGURE = re.compile(
    r"\slà\s+\d[\d.,]*(?:[\s,;]|$)"
    r"|(?:,|\svà|\shoặc|\slà)\s*(?:(?:ít nhất|tối thiểu|khoảng|trên|dưới|gần|hơn)\s+)*"
    r"(?<![\w/.,])\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|ha(?!\w)|tấn|km|người|hộ|xã|"
    r"doanh nghiệp|dự án|giao dịch|lượt|trạm|cơ sở|trường)"
)
_OTHER_FIGURE_TAIL = re.compile(
    r"\s+là\s+\d.*$"
    r"|\s*(?:,|và|hoặc|là)\s*(?:(?:ít nhất|tối thiểu|khoảng|trên|dưới|gần|hơn|có|đạt)\s+)*"
    r"(?<![\w/.,])\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|ha|tấn|km|người|hộ|xã|doanh nghiệp|"
    r"dự án|giao dịch|lượt|trạm|cơ sở|trường).*$"
)
# (the nouns of measures.yaml read 'opens', capitalized as a label opens: matched in that case)
_MEASURE_OPENS = re.compile(
    rf"^(?:{alternation(w[:1].upper() + w[1:] for w in measure_nouns('opens'))})(?!\w)"
)
# a label that opens on a word that refers back, frames or links: no subject of its own
_DISCOURSE = re.compile(
    r"^(?:sau|qua|từ|có|trong|tính|trở đi|bảo đảm|đảm bảo|mức tăng này|mức này|con số này|đây|"
    r"điều này|trong đó|theo đó|với|nhờ|do|vì|tuy|nhưng|song|cơ bản|khiến|nên|để|"
    r"nếu|khi|tại|ở|đối với|về|cùng với|bên cạnh|không|tương ứng|tương đương|đặc biệt|"
    r"như vậy|thay vì|mặc dù|dù|đến nay|hiện|từ đầu năm|cho biết)(?!\w)",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"(?<!\w)(?:Điều\s+\d+|khoản\s+\d+|điểm\s+[a-zđ](?!\w)|Luật|Nghị định|Thông tư|"
    r"Quyết định số|Nghị quyết số|Công văn)",
)
# words pyvi tags a verb that name a measure where they open a label ('Thu nội địa', 'Xuất khẩu')
_MEASURE_VERBS = {
    "thu", "chi", "tăng_trưởng", "giải_ngân", "xuất_khẩu", "nhập_khẩu", "đầu_tư", "sản_xuất",
    "tiêu_dùng", "bán_lẻ", "huy_động", "cho_vay", "dư_nợ", "vốn", "tăng", "giảm", "thu_hút",
}  # fmt: skip
_NOUN_TAGS = {"N", "Np", "Nc", "Ny", "Nb"}
_SENTENCE = re.compile(r"[.;!?\n]\s|[.;!?\n]$|:\s|\n")
_CLAUSE = re.compile(r"[,(]")
# an area, however its unit is spelled ('ha', 'hecta', 'héc ta', 'km2')
_AREA = re.compile(r"(?<!\w)(?:ha|h[ée]c[\s-]?ta|km[2²]|m[2²])(?!\w)", re.IGNORECASE)
# a verb that names no act by itself, only that one is done ('thực hiện đấu giá')
_LIGHT_VERB = re.compile(r"^(?:thực hiện|tiến hành)\s+", re.IGNORECASE)
# a unit that measures (not a noun a count counts)
_MEASURE_UNIT = re.compile(
    r"%|đồng|USD|đô la|ha|tấn|km|m2|m3|m²|m³|kWh|MW|lít|kg|tạ|lần|điểm|giờ|ngày|tháng|năm|"
    r"tuổi|bác sĩ|giường bệnh|người/|/",
    re.IGNORECASE,
)


def _tags(text: str) -> tuple[list[str], list[str]]:
    tagger = _pyvi()
    if tagger is None:
        return text.split(), ["N"] * len(text.split())
    return tagger(text)


# a label that says where, not what: a run-in scope ('Tại địa bàn đô thị', 'Địa bàn có khu
# công nghiệp')
_SCOPE_ONLY = re.compile(r"^(?:tại\s+)?địa bàn(?!\w)|^tại\s", re.IGNORECASE)


def weak(label: str, unit: str | None = None) -> str:
    """Why ``label`` is no label a slide can show, tested without any gold (empty if none of
    the tests holds): it names nothing (``validity.is_label``), it is a body and its act ('HĐND
    tỉnh quyết nghị thông qua'), it opens on a word that refers back or frames ('Sau hợp nhất',
    'Qua đó, đạt được số thu'), it is a legal reference or a generic word alone ('Mục tiêu'),
    or pyvi finds no noun in it, or a verb alone ('Vận động')."""
    text = re.sub(r"\s*\([^()]*\)\s*$", "", label).strip()
    if not text or not is_label(label, unit):
        return "names nothing"
    if agent_act(text) or ((body := _BODY.match(text)) and _BODY_ACT.search(text, body.end())):
        return "an agent and its act"
    if _DISCOURSE.match(text):
        return "opens on a discourse word"
    if _REFERENCE.search(text):
        return "a legal reference"
    if _SCOPE_ONLY.match(text):
        return "a place, not a measure"
    if _GENERIC.fullmatch(text):
        return "a generic word alone"
    if _OTHER_FIGURE.search(text):
        return "holds another figure"
    if (
        unit
        and "%" in unit
        and re.match(r"Số\s", text)
        and not re.search(r"(?<!\w)(?:tăng|giảm|vượt|so với)(?!\w)", text)
    ):
        return "a count's name on a percent"
    if re.search(r"(?<!\w)lần lượt(?!\w)", text, re.IGNORECASE):
        return "says 'respectively' for its subjects"
    tokens, tags = _tags(text)
    words = [(t.lower(), g) for t, g in zip(tokens, tags) if g != "F"]
    if not words:
        return "names nothing"
    if not any(g in _NOUN_TAGS for _, g in words) and words[0][0] not in _MEASURE_VERBS:
        return "no noun"
    if _LIGHT_VERB.match(text) and unit and _AREA.search(unit):
        return "an act, not the area it covers"  # 'Thực hiện đấu giá' of '2-3 nghìn ha'
    if words[0][1] == "C" and len(words) > 1:
        return "opens on a conjunction"  # 'Như tốc độ tăng trưởng …' ('17 chỉ tiêu, như …')
    if len(words) == 1 and words[0][1] == "V" and words[0][0] not in _MEASURE_VERBS:
        return "a verb alone"
    return ""


def _nominal(label: str) -> bool:
    """``label`` opens on a noun or on a measure ('Số', 'Tỷ lệ', 'Thu', 'Xuất khẩu'): what a
    composed label must do, stricter than what ``weak`` asks of the rules' label."""
    if _MEASURE_OPENS.match(label):
        return True
    tokens, tags = _tags(label)
    first = next(((t.lower(), g) for t, g in zip(tokens, tags) if g != "F"), ("", ""))
    return first[1] in _NOUN_TAGS - {"Nc"} or first[0] in _MEASURE_VERBS


# a discourse word, a framing preposition or a verb of having that opens a label before its noun
# phrase ('Về nguồn thu', 'Với tổng vốn đăng ký', 'Có diện tích tự nhiên', 'Qua đó, …'): a link
# to the sentence before (LINKING_WORDS, first: 'qua đó' before 'qua'), then the others
_LEADING = re.compile(
    rf"^(?:(?:{alternation(LINKING_WORDS)}|trong đó|về|với|có|tại|đối với|qua|"
    r"nhờ|cùng với|tương ứng|tương đương|khi|"
    r"(?:trong|đến hết|đến)?\s*(?:năm|kỳ|tháng|quý)(?:\s+(?:\d{4}|này|qua|nay))?"
    r"(?=\s\S)|đến nay|hiện nay|lũy kế|luỹ kế|trong)(?!\w)[\s,:]*)+",
    re.IGNORECASE,
)
# a legal reference and what ties it to the label: 'theo Nghị định', 'của Luật', 'tại điểm d …'
_REFERENCE_TAIL = re.compile(
    r"\s*(?:(?:theo|của|tại|quy định tại|thuộc)\s+)?(?:Điều\s+\d|khoản\s+\d|điểm\s+[a-zđ]\s|"
    r"Luật|Nghị định|Thông tư|Quyết định số|Nghị quyết số|Công văn).*$",
)


def repaired(label: str, unit: str | None = None, counted: str = "") -> str:
    """``label`` with what made it ``weak`` taken off, where what is left is a nominal label:
    a discourse word or framing preposition at its head ('Về nguồn thu' -> 'Nguồn thu', 'Có
    diện tích tự nhiên' -> 'Diện tích tự nhiên'), a legal reference at its tail ('Số CCB được
    hưởng chế độ BHYT theo Nghị định'); a count named by its act alone ('Thành lập mới' of '50
    hợp tác xã' -> 'Số hợp tác xã thành lập mới'), a share named by its act alone after a count
    of ``counted`` in the same sentence ('tiếp nhận 120 đơn thư, đã xử lý 100%' -> 'Tỷ lệ đơn
    thư đã xử lý'). Empty if none serves."""
    bracket = re.search(r"\s*\([^()]*\)\s*$", label)
    tail = bracket.group(0) if bracket else ""
    text = label[: bracket.start()] if bracket else label
    out = text
    tokens, tags = _tags(text)
    if len(tags) > 1 and tags[0] == "C":  # a conjunction joins clauses and names nothing
        out = text[len(tokens[0]) :].lstrip(" ,")
    out = _REFERENCE_TAIL.sub("", _LEADING.sub("", out))
    out = _OTHER_FIGURE_TAIL.sub("", out).strip(" ,;:-–")
    if (
        out
        and unit
        and not _AREA.search(unit)
        and not _MEASURE_UNIT.search(unit)
        and not _nominal(out)
        and not re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", out, re.IGNORECASE)
    ):
        act = re.sub(r"^(?:đã|đang|sẽ)\s+", "", out, flags=re.IGNORECASE)
        noun = re.sub(r"^(?:nghìn|ngàn|triệu|vạn)\s+", "", unit)
        out = f"Số {noun} {act[:1].lower()}{act[1:]}"
    elif out and unit and _AREA.search(unit) and _LIGHT_VERB.match(out):
        out = f"Diện tích {_LIGHT_VERB.sub('', out)}"  # the area the act covers
    elif out and unit == "%" and re.match(r"Số\s", out) and weak(out, unit):
        out = f"Tỷ lệ {out[3:]}"  # 'X cơ quan đạt chuẩn, đạt tỷ lệ 100%': the share of them
    elif out and unit == "%" and counted and not _nominal(out):
        noun = re.sub(r"^(?:nghìn|ngàn|triệu|vạn)\s+", "", counted)
        out = f"Tỷ lệ {noun} {out[:1].lower()}{out[1:]}"
    if not out or out == text:
        return ""
    out = well_formed(fit(out[:1].upper() + out[1:] + tail, LABEL_WORDS), room=LABEL_WORDS)
    if weak(out, unit) or not _nominal(out) or _VAGUE_HEAD.match(out):
        return ""
    return out


# heads that leave a label vague once what framed them is gone ('Kế hoạch năm trước', 'Công
# tác tiêm chủng', 'Số liệu tổng hợp cho thấy')
_VAGUE_HEAD = re.compile(
    r"^(?:Kế hoạch|Công tác|Số liệu|Tình hình|Kết quả|Năm|Hợp nhất|Giai đoạn|Thời kỳ)(?!\w)"
)


def counted_before(
    text: str, span: tuple[int, int], previous: tuple[str | None, int] | None
) -> str:
    """The noun counted by the figure before, where it is a count in the same sentence as the
    figure at ``span`` (``previous``: its unit and where it starts); empty otherwise."""
    if not previous or not previous[0] or _MEASURE_UNIT.search(previous[0]):
        return ""
    return previous[0] if previous[1] >= _sentence_start(text, span[0]) else ""


def _noun_phrase(segment: str) -> tuple[str, str]:
    """The measured noun phrase of a clause before its number, and the change verb said just
    before the number ('tăng', 'giảm', 'vượt'; empty if none)."""
    s = re.sub(r"\s+", " ", segment).strip(" ,;:-–")
    verb = ""
    while True:  # the figure's verb, hedge or comparison off the end
        m = _PREDICATE.search(s)
        if not m or not m.group(0).strip():
            break
        if not verb and (c := _CHANGE.fullmatch(m.group(0).strip().removesuffix(" thêm"))):
            verb = c.group(1).lower()
        if re.search(r"(?:còn|xuống|lên)\s*$", m.group(0)):
            verb = "-"  # a level reached ('giảm còn 2,1%'), not a change
        s = s[: m.start()].rstrip(" ,;:-–")
    while (m := _OPENER.match(s)) and m.end():
        s = s[m.end() :]
    if (actor := _ACTOR.match(s)) and (act := _ACT.search(s, actor.end())):
        rest = s[act.end() :].strip(" ,:")
        while (m := _OPENER.match(rest)) and m.end():
            rest = rest[m.end() :]
        s = rest  # what the agent collects, gives or reaches, not the agent
    elif actor and _nwords(s[actor.end() :]) <= 1:
        s = ""  # a place or a body alone ('toàn huyện có thêm …'): who has, not what
    s = s.strip(" ,;:-–")
    verb = "" if verb == "-" else verb
    if re.search(r"\s(?:là|có sự|thuộc)\s", s):
        return "", verb  # a clause that says what something is or has, not a measure
    if not s or weak(s[:1].upper() + s[1:]):
        return "", verb
    return s[:1].upper() + s[1:], verb


def sentence_start(text: str, start: int) -> int:
    """Where the sentence (or the clause after a colon) holding ``start`` begins."""
    return _sentence_start(text, start)


def _sentence_start(text: str, start: int) -> int:
    # as the last end of a ``_SENTENCE`` found in ``text[:start]`` (where a stop right before
    # ``start`` ends one by ``$``), read from the ends in the whole text once a paragraph: a
    # paragraph of thousands of figures asks for each, and each scan from its start was the
    # square of its length
    if start > 0 and text[start - 1] in ".;!?\n":
        return start
    ends = _sentence_ends(text)
    at = bisect.bisect_right(ends, start)
    return ends[at - 1] if at else 0


@functools.lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _SENTENCE.finditer(text))


_SCOPE = re.compile(
    r"\s+(?:trên địa bàn(?:\s+(?:tỉnh|huyện|thành phố|xã))?|toàn (?:tỉnh|huyện|xã|thành phố))$"
)


def _qualified(subject: str, verb: str, text: str, end: int) -> str:
    """(c): the change and its base, or the plan a share is of, said after the subject."""
    after = text[end : end + 80]
    base = re.match(
        r"\s*(?:\([^()]{0,60}\))?\s*so(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|"
        r"tháng trước|quý trước|kỳ trước)(?=[\s,;.)]|$)",
        after,
    )
    if verb in ("tăng", "giảm"):
        # a scope the slide's title gives ('trên địa bàn') makes room for the base
        scoped = _SCOPE.sub("", subject)
        return _with_change(scoped if _nwords(scoped) >= 2 else subject, verb, base)
    plan = re.match(r"\s*(?:so với\s+|so\s+)?(kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?!\w)", after)
    if plan or verb == "vượt":
        what = plan.group(1) if plan else "kế hoạch"
        if verb == "vượt":
            return f"{fit(subject, LABEL_WORDS - 3)} vượt {what}"
        return f"{fit(subject, LABEL_WORDS - 4)} (so với {what})"
    return subject


# what a figure is said of, named after it ('12%/năm đối với số công bố khoa học quốc tế')
_SAID_OF = re.compile(r"\s*(?:đối với|với)\s+(?P<np>[^\W\d][^,;.()\d]{2,60}?)(?=\s*[,;.()]|$)")


def respectively(
    text: str, span: tuple[int, int], earlier: list[tuple[str, int]], unit: str | None
) -> str:
    """'xuất khẩu đạt 19 tỷ USD, nhập khẩu đạt 14,7 tỷ USD, giảm lần lượt 2,27% và 6,91% so
    với năm 2019': the k-th figure of a list said 'respectively' (lần lượt, tương ứng) is of the
    k-th subject named before it in the sentence (``earlier``: the labels of the figures before
    it and where they start), with the change and the base said of the list."""
    start, end = span
    sentence = _sentence_start(text, start)
    said = None
    for m in _RESPECTIVELY.finditer(text, sentence, start):
        said = m
    if said is None or _nwords(re.sub(r"[\d.,%]+", "", text[said.end() : start])) > 4:
        return ""
    stop = re.search(r"\s(?:so với|so)\s|[;.(]|$", text[said.end() :])
    listed = text[said.end() : said.end() + (stop.start() if stop else 0)]
    n = len(re.findall(r"(?<![\d.,])\d[\d.,]*", listed))
    k = sum(1 for _, at in earlier if said.end() <= at < start)
    subjects = [label for label, at in earlier if sentence <= at < said.start()]
    if n < 2 or len(subjects) < n or k >= n:
        return ""
    subject = subject_of(subjects[len(subjects) - n + k])
    verb = said.group("verb") or ""
    base = re.match(
        r"\s*so(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|tháng trước|quý trước)",
        text[said.end() + len(listed) :],
    )
    label = _with_change(subject, verb.lower(), base) if verb else subject
    label = well_formed(fit(label, LABEL_WORDS), text, span, LABEL_WORDS)
    return "" if weak(label, unit) or not _nominal(label) else label


_RESPECTIVELY = re.compile(
    r"(?:(?P<verb>tăng|giảm)\s+)?(?:lần lượt|tương ứng)(?:\s+(?:là|đạt|bằng))?\s*",
    re.IGNORECASE,
)


# a verb that makes what stands before a comma a clause of its own, not a noun of a list
_LISTED_VERB = re.compile(
    r"(?<!\w)(?:đạt|là|có|tăng|giảm|vượt|được|đã|ước|chiếm|bằng|thực hiện|hoàn thành)(?!\w)",
    re.IGNORECASE,
)


_MONEY = re.compile(r"đồng|USD|đô la", re.IGNORECASE)
# a physical unit ('1 triệu km cáp quang', '200 MW điện gió'): the noun phrase after it is what
# it measures, as after an amount
_PHYSICAL = re.compile(r"^(?:nghìn |triệu |tỷ )?(?:km|m|ha|tấn|MW|kWh|m2|m3|lít)$")
# what a share is of when it is a base, not the measured things ('95% kế hoạch', '60% GRDP')
_BASE_NOUN = re.compile(
    r"(?:kế hoạch|kể hoạch|dự toán|chỉ tiêu|mục tiêu|cùng kỳ|tổng|GRDP|GDP|NSNN|ngân sách|"
    r"vốn|kim ngạch|diện tích|dân số|số)(?!\w)",
    re.IGNORECASE,
)


def composed(
    text: str,
    span: tuple[int, int],
    unit: str | None,
    previous: tuple[str, int] | None = None,
    own: bool = False,
) -> str:
    """A label for the figure at ``span`` of ``text`` assembled from its sentence (see the
    module); empty when the sentence gives none that passes ``weak``. With ``own``, only what
    the figure's own clause names (a): no subject carried from elsewhere (b)."""
    start, end = span
    sentence = _sentence_start(text, start)
    clause = max((m.end() for m in _CLAUSE.finditer(text, sentence, start)), default=sentence)
    if clause > sentence and text[clause - 1] == ",":
        # 'thu phí, lệ phí vượt 12%': nouns listed before the comma are of the same phrase
        before = max(
            (m.end() for m in _CLAUSE.finditer(text, sentence, clause - 1)), default=sentence
        )
        listed = text[before : clause - 1]
        if (
            not re.search(r"\d", listed)
            and not _DISCOURSE.match(listed.strip())
            and _nominal(listed.strip())
            and not _LISTED_VERB.search(listed)
            and 1 <= _nwords(listed) <= 4
        ):
            clause = before
    subject, verb = _noun_phrase(text[clause:start])
    if not subject and unit and not _MEASURE_UNIT.search(unit):
        # a count: the noun it counts and what the text says of it ('3 xã đạt chuẩn NTM')
        tail = re.split(r"[,;.:()\d]", text[end : end + 60])[0].strip()
        tail = re.split(r"\s(?:so với|so|tăng|giảm|trong đó|với|là|gồm|như)(?!\w)", tail)[0]
        subject = fit(f"Số {unit} {tail}".strip(), LABEL_WORDS - 2)
        if weak(subject):
            subject = ""
    elif (
        not subject
        and unit
        and (unit == "%" or _MONEY.search(unit) or (not own and _PHYSICAL.search(unit)))
    ):
        # '55% phường xây dựng mô hình …', '949 tỷ đồng vốn giao từ đầu năm chưa phân bổ':
        # a share or an amount of the noun phrase that follows it, where its own clause
        # names nothing before it
        tail = re.split(r"[,;.:()\d]", text[end : end + 80])[0].strip()
        tail = re.split(r"\s(?:so với|so|trong đó|là|gồm|như|do|vì|để)(?!\w)", tail)[0]
        tokens, tags = _tags(tail) if tail else ([], [])
        if (
            tokens
            and tags[0] in _NOUN_TAGS - {"Nc", "Np"}
            and not (unit == "%" and _BASE_NOUN.match(tail))
        ):
            head = "Tỷ lệ " if unit == "%" else ""
            tail = fit(tail, 6 if head else 8)
            named = f"{head}{tail[:1].lower() if head else tail[:1].upper()}{tail[1:]}"
            subject = "" if weak(named) else named
    said_of = _SAID_OF.match(text, end)
    named = said_of.group("np").strip() if said_of else ""
    if named and _nominal(named[:1].upper() + named[1:]):
        # '… tăng bình quân 12%/năm đối với số công bố khoa học quốc tế': named after it
        subject = named[:1].upper() + named[1:]
        verb = verb or (
            "tăng" if re.search(r"tăng\s+(?:bình quân\s+)?$", text[clause:start]) else ""
        )
    if not subject and own:
        return ""
    if not subject and clause > sentence:
        # (b) the clause is a verb alone: the subject of its sentence ('X đạt …, tăng 5%')
        first = re.split(r"[,(]", text[sentence:clause])[0]
        first = re.split(r"\s\d", first)[0]
        subject, _ = _noun_phrase(first)
    if not subject and previous and previous[1] >= sentence and not weak(previous[0]):
        # (b) the figure before it in the same sentence ('X đạt 500 tỷ đồng; tăng 5%')
        subject = subject_of(previous[0])
    if not subject or not _nominal(subject):
        return ""
    subject = fit(subject, LABEL_WORDS - 2)
    if not verb and unit == "%/năm" and not re.search(r"tăng|tốc độ|giảm", subject, re.I):
        # a percent a year is a rate of growth ('16%/năm đối với số sáng chế'), or of a fall
        # when the change its sentence says last before it is one ('tỷ lệ hộ nghèo giảm
        # nhanh, trung bình từ 5 - 7%/năm'): the label never says the opposite of its words
        said = re.findall(r"(?<!\w)(tăng|giảm)(?!\w)", text[sentence:start], re.IGNORECASE)
        verb = said[-1].lower() if said else "tăng"
    label = _qualified(subject, verb, text, end)
    label = well_formed(fit(label, LABEL_WORDS), text, span, LABEL_WORDS)
    if weak(label, unit) or not _nominal(label) or _nwords(label) > LABEL_WORDS:
        return ""
    return "" if _VAGUE_HEAD.match(label) else label


def ranked(label: str, unit: str | None) -> str:
    """A ranking ('đứng thứ 17 trên cả nước', unit 'hạng') named as one: 'Xếp hạng tốc độ tăng
    trưởng kinh tế', not the measure alone, which would read as 17 per cent; ``label`` as it is
    when it says so already or the figure is no ranking."""
    if unit != "hạng" or re.search(r"(?<!\w)(?:hạng|xếp|thứ)(?!\w)", label, re.IGNORECASE):
        return label
    subject = subject_of(label)
    first = subject.split(" ", 1)[0]
    lowered = subject if first[1:] != first[1:].lower() else subject[:1].lower() + subject[1:]
    return fit(f"Xếp hạng {lowered}", LABEL_WORDS - 2)


# a part of a breakdown named by who it is ('(Trong đó: VNPT: 25 trạm, Viettel: 33 trạm)'):
# a count of the unit and the name alone
NAMED_PART = re.compile(r"^Số (?P<unit>.+?) (?P<name>[A-ZĐ]\S*(?:\s[A-ZĐ]\S*)*)$")


def part_of(
    label: str, unit: str | None, text: str, span: tuple[int, int], head: tuple[str, int]
) -> str:
    """'Số trạm VNPT' of '+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25 trạm, …)':
    the part of a breakdown in a bracket or after 'trong đó' takes what its whole (``head``: its
    label and where it starts, the last figure in the unit before it that is no such part)
    measures: 'Lắp đặt mới trạm 3G/4G: VNPT'; ``label`` as it is otherwise."""
    m = NAMED_PART.match(label)
    if not m or m.group("unit") != unit or head[1] >= span[0]:
        return label
    between = text[head[1] : span[0]]
    if re.search(r"[.;!?](?:\s|$)", between) or not re.search(r"\(|trong đó", between, re.I):
        return label
    whole = subject_of(head[0])
    if NAMED_PART.match(whole) or weak(whole, unit):
        return label
    return f"{fit(whole, LABEL_WORDS - 1 - _nwords(m.group('name')))}: {m.group('name')}"


# what ends the noun phrase a bracketed value stands after ('thấp hơn so với bình quân của cả
# nước (7,85%)'): a comparison, a verb of the figure before, a list's joint
_BRACKET_BOUND = re.compile(
    r"(?:^|[,;:()]|(?<!\w)(?:so với|so|và|hoặc|trong đó|đạt|là|chiếm|hơn|bằng|gồm|như)(?!\w))\s*",
    re.IGNORECASE,
)
# a noun phrase that names a reference level, not a measure of its own: it is the level of the
# measure said before it ('bình quân của cả nước' of 'Tăng trưởng GRDP')
_REFERENCE_LEVEL = re.compile(r"^(?:bình quân|trung bình|mức bình quân|mức trung bình)(?!\w)", re.I)


# prepositions a verb governs, after which a new noun phrase begins ('tập trung vào …')
_GOVERNED = {"vào", "với", "cho", "về", "đến", "tới", "lên", "ra", "từ", "sang"}


_LEVEL_SAID = re.compile(
    r"\(\s*(?P<np>(?:bình quân|trung bình)(?:\s+(?:chung|của|cả|nước|toàn quốc|vùng|khu vực|"
    r"tỉnh|các tỉnh))*)\s+(?P<verb>tăng|giảm|đạt|là)\s+(?:khoảng\s+)?$",
    re.IGNORECASE,
)


def bracketed(
    text: str, span: tuple[int, int], unit: str | None, measure: str = ""
) -> tuple[str, str]:
    """A figure alone in brackets right after a noun phrase ('… thấp hơn so với bình quân của
    cả nước (7,85%)', 'mục tiêu tăng trưởng kinh tế Chính phủ giao (8%)') is that noun
    phrase's value: the noun phrase, from its first noun, as its label; one that names a
    reference level ('bình quân …', 'kịch bản …') is the level of ``measure``, the measure of
    the figure it is set against. Returns (label, the noun phrase as written); empty if the
    figure is not so placed or the phrase is no label."""
    start, end = span
    level = _LEVEL_SAID.search(text[max(0, start - 60) : start])
    if level and measure and not weak(measure) and not _VAGUE_HEAD.match(measure):
        # '… xuất khẩu tăng 18,3% (bình quân cả nước tăng 16,2%)': the level of the same
        # measure, said with its own verb inside the bracket
        np, verb = level.group("np").strip(), level.group("verb").lower()
        said = f" {verb}" if verb in ("tăng", "giảm") else ""
        label = f"{fit(measure, LABEL_WORDS - _nwords(np) - 1)} {np}{said}"
        label = well_formed(fit(label, LABEL_WORDS), text, span, LABEL_WORDS)
        return ("", "") if weak(label, unit) else (label, np)
    if not re.search(r"\(\s*(?:khoảng\s+)?$", text[max(0, start - 12) : start]):
        return "", ""
    if not re.match(r"\s*\)", text[end : end + 3]):
        return "", ""
    paren = text.rindex("(", 0, start)
    sentence = _sentence_start(text, paren)
    segment = text[sentence:paren].rstrip()
    bound = max((m.end() for m in _BRACKET_BOUND.finditer(segment)), default=0)
    phrase = segment[bound:].strip(" ,;:-–")
    if not phrase or re.search(r"\d[\d.,]*(?:\s*\S+){0,3}\s*$", phrase) or _PLAN_WORD.match(phrase):
        # the same amount again in another unit ('5.042 triệu đồng (225.000 USD)'), or the
        # plan the figure before is set against ('vượt so với dự toán (6.193 tỷ đồng)')
        return "", ""
    tokens, tags = _tags(phrase)
    # the last noun phrase: after the last verb that governs a preposition or a determiner
    # ('Cục Thuế tập trung vào các nguồn thu thường xuyên' -> 'nguồn thu thường xuyên')
    # or after the last numeral: what the bracket says again in another unit is what that
    # quantity counts ('chuyển khoảng 1/3 diện tích đất trồng lúa (30 nghìn ha)')
    gov = max(
        (
            *(
                i + 2
                for i in range(len(tags) - 1)
                if tags[i] == "V" and (tags[i + 1] == "L" or tokens[i + 1].lower() in _GOVERNED)
            ),
            *(
                i + 1
                for i in range(len(tags) - 1)
                if tags[i] == "M" and not _TIME.fullmatch(tokens[i + 1])  # not '06 tháng'
            ),
        ),
        default=0,
    )
    first = next((i for i, g in enumerate(tags) if i >= gov and g in _NOUN_TAGS - {"Nc"}), None)
    if first is None or _REFERENCE_LEVEL.match(phrase):
        first = 0
    at = 0
    for token in tokens[:first]:  # back to the phrase as written
        at = phrase.find(token.replace("_", " "), at) + len(token)
    np = phrase[at:].strip(" ,;:-–")
    if _nwords(np) < 2:
        return "", ""
    if _REFERENCE_LEVEL.match(np):
        if not measure or weak(measure) or _VAGUE_HEAD.match(measure):
            return "", ""
        label = f"{fit(measure, 4)} {np[:1].lower()}{np[1:]}"
    else:
        label = np[:1].upper() + np[1:]
    label = well_formed(fit(label, LABEL_WORDS), text, span, LABEL_WORDS)
    if weak(label, unit) or not _nominal(label) or _VAGUE_HEAD.match(label):
        return "", ""
    return label, np


# words that only say where an item stands in a list ('kế tiếp là Nhật Bản')
_LIST_PLACE = re.compile(
    r"^(?:kế tiếp là|kế đến là|tiếp theo là|tiếp đến là|sau đó là|đứng đầu là|"
    r"thứ hai là|thứ ba là|tiếp là)\s+",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"\.\s|\n")
_LIGHT_MEASURE = re.compile(rf"^(?:{measures('item')})\s+", re.IGNORECASE)
_PROPER = re.compile(r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*)(?:\s+[A-ZĐ]\w*){0,3}")


def listed_part(
    label: str, text: str, span: tuple[int, int], earlier: list[tuple[str, str | None, int]]
) -> str:
    """'Mỹ … với kim ngạch xuất khẩu đạt 6.916 triệu USD, chiếm 25,2% …; kế tiếp là Nhật Bản
    3.605 triệu USD, chiếm 13,1% và tăng 6,5%; Hàn Quốc 3.155 triệu USD …': an item of a list
    named by a proper name alone (a market, a partner, a place), with at most a light measure
    word ('Kim ngạch Hàn Quốc') or its place in the list ('Kế tiếp là Nhật Bản'), is measured
    by the measure the list opened with (``earlier``: the labels, units and starts of the
    figures before it): 'Kim ngạch xuất khẩu Nhật Bản', its share 'Tỷ trọng kim ngạch xuất
    khẩu Nhật Bản', its change '… tăng'. Empty where ``label`` names more than a name or the
    sentence opened with no measure."""
    core = _LIST_PLACE.sub("", label)
    change = re.search(r"\s+(tăng|giảm)$", core)
    core = core[: change.start()] if change else core
    core = _LIGHT_MEASURE.sub("", core)
    if core == label or not _PROPER.fullmatch(core) or _ACTOR.match(core):
        return ""
    sentence = max((m.end() for m in _PERIOD.finditer(text, 0, span[0])), default=0)
    measure = next(
        (
            subject_of(said)
            for said, unit, at in earlier
            if at >= sentence
            and unit
            and "%" not in unit
            and _MEASURE_OPENS.match(said)
            and _nwords(subject_of(said)) >= 2
            and not re.search(r"\s[A-ZĐ]", subject_of(said))
        ),
        "",
    )
    if not measure or weak(measure):
        return ""
    measure = fit(measure, LABEL_WORDS - 2 - _nwords(core))
    before = text[max(0, span[0] - 12) : span[0]]
    if re.search(r"(?<!\w)chiếm\s+$", before):
        named = f"Tỷ trọng {measure[:1].lower()}{measure[1:]} {core}"
    elif change:
        named = f"{measure} {core} {change.group(1)}"
    else:
        named = f"{measure} {core}"
    return "" if weak(named) else named


_AGAINST = re.compile(r"(?<!\w)so với\s+", re.IGNORECASE)
_PLAN_WORD = re.compile(r"^(kế hoạch|kể hoạch|dự toán|chỉ tiêu|mục tiêu)(?!\w)", re.IGNORECASE)


def against_base(label: str, text: str, span: tuple[int, int], unit: str | None) -> str:
    """'(ii) Giải ngân vốn đầu tư công 09 tháng so với kế hoạch của Thủ tướng Chính phủ giao
    chỉ đạt 41,97%': a label that names the base of a comparison in the figure's own clause
    ('Kế hoạch của Thủ tướng Chính phủ giao') names what the figure is compared with, not what
    it measures; the noun phrase before 'so với' does, with the base it is said against.
    Empty where the label is no such base."""
    start = span[0]
    sentence = _sentence_start(text, start)
    clause_at = max((m.end() for m in re.finditer(r"[,;(]", text[sentence:start])), default=0)
    clause = text[sentence + clause_at : start]
    said = None
    for m in _AGAINST.finditer(clause):
        said = m
    if said is None:
        return ""
    base = clause[said.end() :].lower()
    core = subject_of(label).lower()
    if not core or not base.startswith(" ".join(core.split()[:3])):
        return ""
    head = re.sub(r"^\s*\(?[ivxlcd\d]+[).]\s*", "", clause[: said.start()], flags=re.I)
    subject, _ = _noun_phrase(head)
    if not subject or not _nominal(subject):
        return ""
    plan = _PLAN_WORD.match(base)
    named = f"{fit(subject, LABEL_WORDS - 4)} (so với kế hoạch)" if plan else fit(subject, 8)
    named = well_formed(fit(named, LABEL_WORDS), text, span, LABEL_WORDS)
    return "" if weak(named, unit) or not _nominal(named) else named


_PART_OPENS = re.compile(r"\(\s*(?:bao gồm|gồm|trong đó)\s*:?", re.IGNORECASE)
_ABBREVIATION = re.compile(r"[A-ZĐ][A-ZĐ0-9\-]{1,9}")


def whole_part(label: str, text: str, span: tuple[int, int], whole: tuple[str, int]) -> str:
    """'Tổng số vốn đã phân bổ là 1.035 tỷ đồng (bao gồm NSTW là 391 tỷ đồng, NSĐP là 643 tỷ
    đồng)': a part in a bracket opened by 'bao gồm' / 'trong đó' after its whole (``whole``: its
    label and where it starts), named by an abbreviation or a proper name alone ('Bao gồm
    NSTW', 'NSĐP'), is that part of what the whole measures: 'Tổng số vốn đã phân bổ: NSTW'.
    Empty otherwise."""
    core = re.sub(r"^(?:bao gồm|gồm|trong đó)[\s:,]+", "", label, flags=re.IGNORECASE)
    if not (_ABBREVIATION.fullmatch(core) or (_PROPER.fullmatch(core) and core != label)):
        return ""
    between = text[whole[1] : span[0]]
    opens = list(_PART_OPENS.finditer(between))
    if not opens or ")" in between[opens[-1].end() :] or re.search(r"[.;](?:\s|$)", between):
        return ""
    measure = subject_of(whole[0])
    if not measure or weak(measure) or _ABBREVIATION.fullmatch(measure) or ": " in measure:
        return ""
    return f"{fit(measure, LABEL_WORDS - 1 - _nwords(core))}: {core}"


# ('tăng thêm' is left alone: 'cấp mới và tăng thêm 1,9 tỷ USD' is an amount added, no change)
_CHANGE_BEFORE = re.compile(r"(?<!\w)(tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.I)
_CHANGE_SAID = re.compile(
    r"(?<!\w)(?:tăng|giảm|tăng trưởng|tốc độ|mức tăng|mức giảm|so với)(?!\w)", re.I
)
_CHANGE_BASE = re.compile(
    r"\s*\)?\s*so(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|tháng trước|quý trước|"
    r"kỳ trước|tuần trước|đầu năm|"
    # a month or a quarter named ("tăng 39,9% so với tháng 4"): no year-on-year change
    r"tháng \d{1,2}(?:/\d{4})?|quý [IV]+(?:/\d{4})?)(?=[\s,;.)]|$)"
)


def with_its_change(label: str, text: str, span: tuple[int, int]) -> str:
    """'… đạt 528.870 tỷ đồng (tăng 12.076 tỷ đồng so với tuần trước)': a number said as a change
    is named as one, with its base when the text gives it ('Số giải ngân thực tế tăng so với
    tuần trước'), where its label names the measure alone; ``label`` as it is otherwise."""
    start, end = span
    own = re.match(r"(tăng|giảm)\s", text[start:end], re.IGNORECASE)
    said = own or _CHANGE_BEFORE.search(text[max(0, start - 20) : start])
    if not said or _CHANGE_SAID.search(label) or weak(label):
        return label
    bracket = re.search(r"\s*\([^()]*\)$", label)  # '(kế hoạch)' stays last
    tail = bracket.group(0) if bracket else ""
    head = label[: bracket.start()] if bracket else label
    named = _with_change(head, said.group(1).lower(), _CHANGE_BASE.match(text, end))
    if named == head or _nwords(named + tail) > LABEL_WORDS:
        return label
    return named + tail


# what a ranking is in, said after it ('xếp thứ 05 cả nước về Chỉ số chuyển đổi số', 'đứng thứ
# 5 so với cả nước về tốc độ tăng trưởng')
_RANKED_IN = re.compile(
    r"[^,;.()\d]{0,30}?(?<!\w)về\s+(?P<what>[^,;.()\d]{3,60}?)(?=\s+(?:sau|với|của|trong)\s|[,;.()]|$)"
)


def ranked_in(label: str, unit: str | None, text: str, span: tuple[int, int]) -> str:
    """A ranking named by what the text says it ranks ('… về Chỉ số chuyển đổi số' -> 'Xếp hạng
    Chỉ số chuyển đổi số'), where the text says so right after it; ``label`` otherwise."""
    if unit != "hạng" or not (m := _RANKED_IN.match(text, span[1])):
        return label
    what = m.group("what").strip()
    named = fit(f"Xếp hạng {what}", LABEL_WORDS)
    return label if weak(named) or _nwords(what) < 2 else named


# where a ranking ranks, said right after it: the region or the world ('xếp thứ 3/14 tỉnh vùng
# trung du và miền núi phía Bắc', 'đứng thứ 4 trên cả nước', 'thứ 10 toàn cầu'), after the
# kind ranked and a preposition; a region runs to the clause's end (its name may hold 'và')
_RANK_SCOPE = re.compile(
    r"\s*(?:(?:tỉnh|tỉnh,?\s*thành(?:,?\s*phố)?|địa phương|nước|quốc gia)\s+)?"
    r"(?:(?:trên|trong|của|tại|so với)\s+)?"
    r"(?P<scope>cả nước|toàn quốc|toàn cầu|thế giới|"
    r"(?:khu vực|vùng|miền)(?:\s+(?!về\s)[^\W\d][^,;.()\d]{0,50}?)?)"
    r"(?=\s*[,;.()]|\s+về\s|\s*$)",
    re.IGNORECASE,
)
# a rank out of every province ('thứ 5/63 tỉnh thành, phố', 'thứ 04/34 tỉnh, thành phố'): the
# country's (63 provinces and cities until mid-2025, 34 since)
_OF_PROVINCES = re.compile(r"\s*tỉnh(?!\w)", re.IGNORECASE)
_PROVINCES = ("63", "34")
# the time a ranked measure is said at, at its end ('tháng 6/2020', 'năm 2024', 'quý I')
_RANKED_WHEN = re.compile(r"\s+(?:tháng|năm|quý)\s+[\dIVX][\d/IVX]*$", re.IGNORECASE)
# a label that says the ranking alone, nothing ranked ('Xếp', 'Đứng thứ')
_BARE_RANK = re.compile(r"^(?:xếp|đứng)(?:\s+(?:hạng|thứ))?(?::\s*xếp hạng)?$", re.IGNORECASE)


def _lowered(label: str) -> str:
    """``label`` to follow other words: its first letter lower-cased unless its first word is
    an abbreviation or a name ('Tăng trưởng GRDP' -> 'tăng trưởng GRDP'; 'GRDP của tỉnh' kept)."""
    first = label.split(" ", 1)[0]
    return label if first[1:] != first[1:].lower() else label[:1].lower() + label[1:]


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def rank_scope(
    label: str, unit: str | None, text: str, span: tuple[int, int], before: str = ""
) -> str:
    """A ranking named with where it ranks ('xếp thứ 3/14 tỉnh vùng trung du và miền núi phía
    Bắc' -> 'Xếp hạng … vùng trung du và miền núi phía Bắc'; 'thứ 5/63 tỉnh' -> '… cả nước'),
    and, when its own words name nothing ranked ('Xếp'), what ``before`` (the label of the
    figure before it in its paragraph) measures; the scope kept first, what is ranked cut to
    fit; ``label`` as it is when the text says no scope or the label says it already."""
    if unit != "hạng":
        return label
    after = text[span[1] :]
    of = re.search(r"/\s*(\d+)\s*$", text[span[0] : span[1]])
    if m := _RANK_SCOPE.match(after):
        scope = re.sub(r"\s+", " ", m.group("scope")).strip()
    elif of and of.group(1).lstrip("0") in _PROVINCES and _OF_PROVINCES.match(after):
        scope = "cả nước"
    else:
        return label
    scope = scope[:1].lower() + scope[1:]
    bare = not label or _BARE_RANK.match(label.strip())
    if not bare and _plain_words(scope) in _plain_words(label):
        return label
    what = ""
    if not bare:
        what = re.sub(r"^xếp hạng\s+", "", label, flags=re.IGNORECASE)
        # ('Tăng trưởng GRDP: xếp hạng', a ranking named by the figure before it; 'tỉnh' said
        # of the place that ranks, not of what is ranked)
        owned = re.sub(r"(?:,\s*tỉnh)?:\s*xếp hạng$", "", what, flags=re.IGNORECASE)
        what = _lowered(owned) if owned != what else what
    elif before and (measured := subject_of(before)) and not weak(measured):
        what = _lowered(re.sub(r"\s+(?:tăng|giảm)$", "", measured))
    room = LABEL_WORDS - 2 - _nwords(scope)
    if room < 0:
        return label
    if what and _nwords(what) > room:
        what = fit(what, room) if room >= 2 else ""
        if _nwords(what) > room or weak(what):
            what = ""
    named = " ".join(w for w in ("Xếp hạng", what, scope) if w)
    if len(re.findall(r"[^\W_]+", named)) > LABEL_WORDS:
        # ('Xếp hạng sử dụng IPv6 tháng 6/2020 toàn cầu': a date reads as two words) the time
        # what is ranked is said at goes first: the figure's period says it
        what = _RANKED_WHEN.sub("", what)
        named = " ".join(w for w in ("Xếp hạng", what, scope) if w)
    return label if weak(named, unit) and not bare else named


# a measure that names no thing: a share, a length, an area, a weight, an amount of money
_AMOUNT_UNIT = re.compile(
    r"(?:km2?|m[23]?|ha|h[ée]c[\s-]?ta|tấn|tạ|kg|kWh|GWh|MWh|kW|MW|lít|đồng|USD)$", re.IGNORECASE
)
# what a measure is said against or within, not what it measures ('đạt 97% kế hoạch', '5% GRDP')
_NOT_MEASURED = re.compile(
    r"(?:kế hoạch|dự toán|cùng kỳ|chỉ tiêu|mục tiêu|nghị quyết|tổng|năm|tháng|quý|ngày|"
    r"giai đoạn|thời kỳ|kỳ|lần|mỗi|một|trở|so|GRDP|GDP|vốn điều lệ)(?!\w)",
    re.IGNORECASE,
)
_PHRASE_TAGS = {"N", "Np", "Nc", "Nu", "A", "V", "R"}
_TIME = re.compile(r"năm|tháng|quý|ngày|kỳ", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"có|là|được|đã|sẽ|đang|cần|phải|nên|bị", re.IGNORECASE)


def measured_after(label: str, text: str, span: tuple[int, int], unit: str | None) -> str:
    """'… khai thác trên 3.000 km đường bộ cao tốc', 'bố trí 250 tỷ đồng vốn đối ứng': an amount
    (a length, an area, a weight, money) followed at once by a noun phrase measures that
    phrase; the label is the phrase ('Đường bộ cao tốc', 'Vốn đối ứng'), not what the clause
    before the number names. The phrase runs over pyvi's nouns, adjectives, verbs and adverbs to
    the first preposition, conjunction, quantifier, number, punctuation, base, time or verb of a
    clause of its own. Empty where no such phrase follows, where it opens a list, or where the
    label names it already. (A share is not read so: the noun after 'đạt 93% dân số', '100%
    xã' is the whole the share is of, and what the share measures is said around it.)"""
    if not unit or not _AMOUNT_UNIT.search(unit):
        return ""
    if text[: span[0]].rstrip().endswith(":"):
        return ""  # 'Kon Tum: 19.200 triệu đồng': an item named by what stands before it
    after = text[span[1] : span[1] + 80]
    m = re.match(r" ([^\W\d_][^\d,;:.()\[\]…/\-–]*)", after)
    if not m or _NOT_MEASURED.match(m.group(1)):
        return ""
    words, tags = _tags(m.group(1).strip())
    if not tags or tags[0] not in {"N", "Nc"}:
        return ""
    phrase: list[str] = []
    for w, t in zip(words, tags, strict=False):
        said = w.replace("_", " ")
        if phrase and _TIME.fullmatch(said) and not re.match(r"\s*\d", after[m.end() :]):
            return ""  # a time word that is no date ('cây hàng năm'): no clear end to the name
        if t not in _PHRASE_TAGS or (
            phrase and (_NOT_MEASURED.match(said) or _CLAUSE_VERB.fullmatch(said))
        ):
            break  # a preposition, a base or a time, or the verb of a clause of its own
        phrase.append(w.replace("_", " "))
    while len(phrase) > 1 and tags[len(phrase) - 1] == "R":
        phrase.pop()  # an adverb off the end ('đường bộ cao tốc cũng')
    if len(phrase) < 2:
        return ""  # one word ('sản phẩm', 'vốn') names too little to replace a label
    whole = len(phrase) == len(words)
    if whole and re.match(r",\s*[^\W\d_]+\s*,", after[m.end() :]):
        return ""  # a list of what is measured ('450 ha rau, đậu, đỗ'): no one name
    named = " ".join(phrase)
    if named.lower() in label.lower() or phrase[-1].lower() in label.lower().split():
        return ""  # the label names it already
    act = re.sub(r"\s+(?:là|đạt|được)$", "", label)
    between = text[max(0, span[0] - 3 * len(label)) : span[0]]
    if (
        _tags(act)[1][:2] == ["R", "V"]
        and (at := between.lower().rfind(act.lower())) >= 0
        and not re.search(r"[,;:.()]", between[at:])
        and _nwords(named) + _nwords(act) <= LABEL_WORDS
    ):
        # 'Chưa thực hiện phân bổ chi tiết là 45 tỷ đồng vốn NSTW': an act marked for its
        # aspect ('chưa', 'đã', 'còn') with no subject of its own is said of what follows the
        # number; what is measured, then the act ('Vốn NSTW chưa thực hiện phân bổ chi tiết')
        named = f"{named} {act[:1].lower()}{act[1:]}"
    named = fit(named[:1].upper() + named[1:], LABEL_WORDS - 2)
    return "" if weak(named, unit) else named


def without_modifiers(label: str, budget: int) -> str:
    """``label`` with the adverbs and adjectives at its end dropped ('Thu ngân sách nhà nước
    liên tục' -> 'Thu ngân sách nhà nước') while it has more than ``budget`` words; never a noun:
    what is measured stays whole, or the label is returned as it is."""
    tokens, tags = _tags(label)
    words = [t.replace("_", " ") for t in tokens]
    while (
        len(words) > 1 and _nwords(" ".join(words)) > budget and tags[len(words) - 1] in {"R", "A"}
    ):
        words.pop()
    kept = " ".join(words)
    return kept if _nwords(kept) <= budget and label.startswith(kept) else label


# an item of a list: its name, then a colon, then what is said of it ('+ Dự án khu dân cư …, thành
# phố Mỹ Tho: khoảng 195 tỷ đồng, diện tích 19,33 ha;')
_ITEM_NAME = re.compile(
    r"^\s*(?:(?:[-–+•*]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s*)?(?P<name>[^\W\d_][^:;.!?]{2,160}?)\s*:\s+"
)
# a time a sentence opens with, a year in it, then its comma ('Tính đến cuối năm 2017, …',
# 'Năm 2023, …'): what follows is no item's name
_FRAMED = re.compile(
    r"(?:(?:tính\s+)?đến(?:\s+hết)?|trong|vào|cuối|đầu|năm|quý|tháng|giai đoạn)(?!\w)"
    r"[^,:;]{0,30}?(?<!\d)(?:19|20)\d\d\s*,\s",
    re.IGNORECASE,
)
# a place named inside an item's name, its last qualifier ('…, thành phố Mỹ Tho', '… phường 4')
_LOCALITY = re.compile(
    r"\s+(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|ấp|thôn|khu phố)\s+[\w\s]+$",
    re.IGNORECASE,
)
# what a measure's own clause may hold besides the measure: hedges
_HEDGE = re.compile(
    r"(?:\s|^)(?:khoảng|gần|trên|dưới|hơn|xấp xỉ|tối thiểu|tối đa|ít nhất|là|đạt)\s*$", re.I
)
# the standard short forms a presenter writes when a name is too long for a label
_SHORT_FORMS = (
    ("khu dân cư", "KDC"),
    ("khu công nghiệp", "KCN"),
    ("cụm công nghiệp", "CCN"),
    ("nông thôn mới", "NTM"),
    ("hợp tác xã", "HTX"),
)
_TOPIC = re.compile(r"^(?:về|đối với|trong đó|riêng|cụ thể|ngoài ra)(?!\w)", re.IGNORECASE)
_LEADS_IN = re.compile(
    r"(?<!\w)(?:như|gồm|gồm có|bao gồm|sau|sau đây|là|cụ thể|trong đó|như sau)$", re.IGNORECASE
)
_AREA_UNIT = re.compile(r"^(?:ha|hecta|héc ta|km[2²]|m[2²])$", re.IGNORECASE)
_WORKS = re.compile(r"^(?:dự án|công trình|khu|cụm|nhà máy|tuyến|đường)(?!\w)", re.IGNORECASE)


def _short_name(name: str, budget: int) -> str:
    """An item's name in at most ``budget`` words, its brackets dropped: the comma-separated
    pieces it starts with while they fit (a long name's trailing place dropped, then the standard
    short forms: 'khu dân cư' -> 'KDC'); empty when its first piece cannot fit."""
    name = " ".join(re.sub(r"\([^()]*\)", " ", name).split())
    pieces = [p.strip() for p in name.split(",") if p.strip()]
    if not pieces:
        return ""

    def short(text: str) -> str:
        for long, abbr in _SHORT_FORMS:
            if _nwords(text) <= budget:
                break
            text = re.sub(rf"(?<!\w){long}(?!\w)", abbr, text, flags=re.IGNORECASE)
        return text

    first = short(pieces[0])
    while _nwords(first) > budget and (shorter := _LOCALITY.sub("", first)) != first:
        first = shorter
    if _nwords(first) > budget:
        return ""
    for piece in pieces[1:]:
        longer = short(f"{first} {piece}")
        if _nwords(longer) > budget:
            break
        first = longer
    return first


def item_named(label: str, text: str, span: tuple[int, int], unit: str | None) -> str:
    """'+ Dự án khu dân cư kênh Xáng Cụt phường 6, thành phố Mỹ Tho: khoảng 10 tỷ đồng, diện tích
    2,95 ha;': a figure in a list item named before a colon is that item's; its label is the
    item's measure (the noun its own clause opens with, 'Diện tích'; money that names none is
    'Vốn' of works, 'Kinh phí' of anything else; an area 'Diện tích') and the item's name
    ('Diện tích dự án khu dân cư kênh Xáng Cụt phường 6').

    The test, general and stated: the rules' label is replaced only when it does not name the
    item (none of the first two words of the item's name) and is either the measure alone (it
    is all its clause says before the number: 'Diện tích') or a piece of the item's name that
    is not its head (a place: 'Thành phố Mỹ Tho'). A label that names something else the item
    says ('Xã đã được cấp có thẩm quyền phê duyệt' after '100%') is kept. Empty otherwise."""
    m = _ITEM_NAME.match(text)
    if not m or m.end() > span[0]:
        return ""
    name = m["name"].strip()
    head = [w.lower() for w in re.findall(r"\w+", name)[:2]]
    said = label.lower()
    if not is_label(name) or _nwords(name) < 2 or any(w in said.split() for w in head):
        return ""
    if _TOPIC.match(name) or _LEADS_IN.search(name):
        return ""  # 'Về trồng trọt:', '… các ấn phẩm như:' open a topic or a list, not an item
    if _FRAMED.match(name):
        # 'Tính đến cuối năm 2017, tỷ lệ dân số toàn tỉnh sử dụng nước hợp vệ sinh: 98%': a
        # sentence that opens with its time, its measure before the colon; no item's name
        return ""
    between = text[m.end() : span[0]]
    if re.search(r"[.!?](?:\s|$)", between):
        return ""  # the figure is said in a sentence after the item's own
    words = [w for w in re.findall(r"\w+", said) if len(w) > 1]
    if words and not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text.lower()) for w in words):
        # 'Đô thị' (the heading above) of '+ Số phòng tối thiểu mỗi căn hộ: 4 phòng/căn hộ vào
        # năm 2010 và 3 phòng/căn hộ vào năm 2020': a label none of whose words the item says
        # names something else; the item's name names the figure
        short = _short_name(name, LABEL_WORDS)
        return short[:1].upper() + short[1:] if short else ""
    clause = re.split(r"[,;]", between)[-1]
    if re.search(r"\d", clause):
        return ""  # another figure's clause
    clause = _HEDGE.sub("", " ".join(clause.split())).strip()
    place = said in name.lower() and not name.lower().startswith(said)
    if clause:
        if _nwords(clause) > 3 or clause.lower() != said:
            return ""  # the figure's own clause says more than a measure the label is
        measure = clause[:1].upper() + clause[1:]
    elif not place:
        return ""
    elif unit and re.search(r"(?<!\w)(?:đồng|USD)$", unit):
        measure = "Vốn" if _WORKS.match(name) else "Kinh phí"
    elif unit and _AREA_UNIT.match(unit):
        measure = "Diện tích"
    else:
        measure = ""
    short = _short_name(name, LABEL_WORDS - _nwords(measure))
    if not short:
        return ""
    if measure:
        short = short if short[1:2].isupper() else short[:1].lower() + short[1:]
        return f"{measure} {short}"
    return short[:1].upper() + short[1:]


# where an item of an enumeration of counts ends: a punctuation mark, a bracket, or 'và' / a comma
# before the next number
_ITEM_END = re.compile(
    r"[,.](?!\d)|[;:()\[\]]|\s+(?:và|còn|trong đó)\s+(?=\d)|\s+(?:so với|so)(?!\w)"
)
# a verb said 'fully and in the main' ('đạt và cơ bản đạt'): one verb on a slide
_AND_MOSTLY = re.compile(r"(?<!\w)(\w+)\s+và\s+cơ bản\s+\1(?!\w)", re.IGNORECASE)


def counted_item(
    label: str, text: str, span: tuple[int, int], unit: str | None, before: tuple[str, ...] = ()
) -> str:
    """'… có 1 xã cơ bản đạt tiêu chí thu nhập, 11 xã đạt và cơ bản đạt tiêu chí cơ cấu lao động,
    25 xã …': in an enumeration of counts of one noun (the sentence counts the noun more than
    once), each count is named by its own item: 'Số' and the noun, then what its own words say
    up to the next item ('Số xã đạt tiêu chí cơ cấu lao động'; 'đạt và cơ bản đạt' said once).

    The test, general and stated: the rules' label is replaced only when the item's own name
    fits a label whole (at most ``LABEL_WORDS`` words, no number in it) and the label is one a
    reader cannot tell the item by: the noun alone ('Số xã'), the item's own name cut short
    ('Số xã đạt và cơ bản'), the label of a count before it in the sentence (``before``: 'Số xã
    đạt tiêu chí hộ nghèo' borrowed) or the run-in heading the enumeration stands after ('Nhóm
    tiêu chí về văn hoá - xã hội - môi trường: 28 xã …'). Any other label is kept. Empty
    otherwise. A name one word too long drops its 'Số' ('Xã đạt tiêu chí hình thức tổ chức sản
    xuất')."""
    if not unit or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)?", unit) or _AMOUNT_UNIT.search(unit):
        return ""
    said = text[span[0] : span[1]]
    if "/" in said or not re.fullmatch(rf"\d[\d.,]*\s+{re.escape(unit)}", said.strip(), re.I):
        return ""
    start = sentence_start(text, span[0])
    end = re.search(r"[.;](?:\s|$)", text[span[1] :])
    sentence = text[start : span[1] + (end.start() if end else len(text))]
    counts = re.findall(rf"\d[\d.,]*\s+{re.escape(unit)}(?!\w)", sentence, re.IGNORECASE)
    if len(counts) < 2:
        return ""  # no enumeration: one count, named as the rules name it
    rest = re.sub(r"^\s*\([^()]*\)", "", text[span[1] : span[1] + 160])
    stop = _ITEM_END.search(rest)
    phrase = " ".join(rest[: stop.start() if stop else len(rest)].split())
    if _nwords(phrase) < 2 or re.search(
        r"[/%]|^\d|\d\s*$|\d[\d.,]*\s*(?:[^\W\d_]+\s*)?(?:đồng|USD)", phrase
    ):
        return ""  # another figure said in the item, not a number of its name ('từ 4 - 5 tiêu chí')
    raw = f"Số {unit.lower()} {phrase}"
    if re.search(rf"\d\s*{re.escape(unit)}(?!\w)", phrase, re.IGNORECASE):
        return ""  # another count of the noun ('từ 2 làn xe hiện nay lên 04 làn xe')
    once = _AND_MOSTLY.sub(r"\1", phrase)
    own = f"Số {unit.lower()} {once}"
    if _nwords(own) > LABEL_WORDS:
        own = f"{unit[:1].upper()}{unit[1:].lower()} {once}"
    if _nwords(own) > LABEL_WORDS or own.lower() == label.lower() or not is_label(own):
        return ""
    low = label.lower()
    # 'Nhóm tiêu chí về kinh tế: số xã', 'Số xã đến nay': the noun alone
    bare = re.sub(r"\s+(?:đến nay|hiện nay|hiện tại|hiện có)$", "", low.rsplit(": ", 1)[-1])
    colon = text.rfind(":", 0, span[0])
    lead = text[max(0, text.rfind(". ", 0, colon) + 1) : colon] if colon >= 0 else ""
    if not (
        bare == f"số {unit.lower()}"
        or raw.lower().startswith(bare)
        or low in {b.lower() for b in before}
        or (lead and low in lead.lower())
    ):
        return ""  # the rules' label tells the item apart in its own way
    return "" if weak(own, unit) else own


# the measure a whole opens with, lent to its parts ('Diện tích', 'Sản lượng')
_PARTS_MEASURE = re.compile(rf"^(?P<measure>{measures('parts')})\s+(?P<rest>.+)$", re.IGNORECASE)
# a part's own name right before its number: at most three words after the bracket's opening,
# a colon or the part before it
_PART_NAME = re.compile(r"(?:^|[(;,:])\s*(?P<name>[^\W\d]+(?:\s[^\W\d]+){0,2})\s+$")


def bracket_part(
    label: str,
    unit: str | None,
    text: str,
    span: tuple[int, int],
    wholes: Sequence[tuple[str, str | None, tuple[int, int]]],
) -> str:
    """'cây ăn quả trồng trên đất dốc 2.259 ha (nhãn 653 ha; mận 580 ha; …)': a part named by
    its own name alone, in a bracket opened right after its whole (``wholes``: the label, unit
    and span of the figures before it in its paragraph) in its unit, is measured as the whole
    is, with its name for the whole's noun: 'Diện tích mận trồng trên đất dốc', not 'Diện tích
    cây ăn quả mận'; ``label`` as it is when the whole's label says no act after its noun."""
    start = span[0]
    bracket = text.rfind("(", 0, start)
    if bracket < 0 or ")" in text[bracket:start]:
        return label
    whole = next(
        (w for w in reversed(wholes) if w[2][1] <= bracket and not text[w[2][1] : bracket].strip()),
        None,
    )
    part = _PART_NAME.search(text, bracket, start)
    if whole is None or whole[1] != unit or part is None or part.end() != start:
        return label
    name = part.group("name")
    _, tags = _tags(name)
    if tags[:1] not in (["N"], ["Np"]) or (name[:1].isupper() and tags[:1] != ["Np"]):
        return label
    measured = _PARTS_MEASURE.match(subject_of(whole[0]))
    if measured is None:
        return label
    tokens, tags = _tags(measured.group("rest"))
    act = next((k for k, t in enumerate(tags) if t == "V" and k > 0), None)
    if act is None:
        return label
    said = " ".join(tokens[act:]).replace("_", " ")
    named = f"{measured.group('measure')} {name} {said}"
    return label if _nwords(named) > LABEL_WORDS or weak(named, unit) else named
