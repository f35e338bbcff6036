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

import re

from .labels import LABEL_WORDS, _nwords, _with_change, fit, subject_of
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
_MEASURE_OPENS = re.compile(
    r"^(?:Số|Tỷ lệ|Tỉ lệ|Tỷ trọng|Tổng|Giá trị|Diện tích|Sản lượng|Kim ngạch|Vốn|Thu|Chi|"
    r"Tốc độ|Mức|Chỉ số|Năng suất|Doanh thu|Dư nợ|GRDP|GDP)(?!\w)",
)
# a label that opens on a word that refers back, frames or links: no subject of its own
_DISCOURSE = re.compile(
    r"^(?:sau|qua|từ|có|trong|tính|trở đi|bảo đảm|đảm bảo|mức tăng này|mức này|con số này|đây|"
    r"điều này|trong đó|theo đó|với|nhờ|do|vì|tuy|nhưng|song|cơ bản|khiến|nên|để|"
    r"nếu|khi|tại|ở|đối với|về|cùng với|bên cạnh|không|tương ứng|tương đương|đặc biệt)(?!\w)",
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
# phrase ('Về nguồn thu', 'Với tổng vốn đăng ký', 'Có diện tích tự nhiên', 'Qua đó, …')
_LEADING = re.compile(
    r"^(?:(?:qua đó|theo đó|trong đó|do đó|từ đó|bên cạnh đó|về|với|có|tại|đối với|qua|"
    r"nhờ|cùng với|tương ứng|tương đương|đặc biệt|khi|"
    r"(?:trong|đến hết|đến)?\s*(?:năm|kỳ|tháng|quý)(?:\s+(?:\d{4}|này|qua|nay))?"
    r"(?=\s\S)|đến nay|hiện nay|lũy kế|luỹ kế|trong|ngoài ra|đồng thời)(?!\w)[\s,:]*)+",
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
    out = _REFERENCE_TAIL.sub("", _LEADING.sub("", text))
    out = _OTHER_FIGURE_TAIL.sub("", out).strip(" ,;:-–")
    if (
        out
        and unit
        and not _MEASURE_UNIT.search(unit)
        and not _nominal(out)
        and not re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", out, re.IGNORECASE)
    ):
        act = re.sub(r"^(?:đã|đang|sẽ)\s+", "", out, flags=re.IGNORECASE)
        noun = re.sub(r"^(?:nghìn|ngàn|triệu|vạn)\s+", "", unit)
        out = f"Số {noun} {act[:1].lower()}{act[1:]}"
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


def _sentence_start(text: str, start: int) -> int:
    return max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)


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
        verb = "tăng"  # a percent a year is a rate of growth ('16%/năm đối với số sáng chế')
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
