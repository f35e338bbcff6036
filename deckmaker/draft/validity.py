"""Whether a drafted label names anything, and what names a figure whose label does not.

A label made only of discourse markers and function words ('Tương ứng', 'Chỉ', 'Tổng quan',
'Đây là kết quả đạt'), of years, punctuation or markup ('|', '2030'), or headed by an agent and
its act ('Cục Thuế thành phố tập trung vào nguồn thu': who collects, not what is collected) is no
label. ``relabelled`` gives such a figure, in order: what the label names once the agent and its
act are dropped, the subject of the figure before it in the same sentence (what 'tương ứng 21%'
or 'giảm 12,4%' refer to), the measured noun of its own clause ('thu', 'kim ngạch', 'giá'). The
heading it is under comes last, where the heading is known (`deckmaker.draft.compose`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import N_
from .labels import LABEL_WORDS, _nwords, _with_change, fit, subject_of
from .measures import measures
from .quantities import Found

# words that say how something is said, not what is measured (accents as written)
_FUNCTION = {
    "tương ứng", "chỉ", "tổng quan", "đây", "là", "kết quả", "đạt", "đạt được", "giảm", "tăng",
    "tuyệt đối", "so", "với", "so với", "so sánh", "cùng kỳ", "dự toán", "kế hoạch", "qua đó",
    "trong đó", "riêng", "còn", "cụ thể", "như", "khoảng", "trên", "dưới", "hơn", "gần", "đến",
    "hết", "năm", "tháng", "quý", "bằng", "chiếm", "vượt", "có", "được", "và", "của", "các",
    "những", "này", "đó", "nêu", "tính", "lũy kế", "luỹ kế", "ước", "thực hiện", "tại", "trong",
    "đã", "sẽ", "đang", "cũng", "thì", "mà", "nhưng", "tuy nhiên", "đồng thời", "ngoài ra",
    "bên cạnh", "theo", "từ", "về", "cho", "nhìn chung", "tổng", "số", "mức", "tỷ lệ", "tỉ lệ",
    "lần", "thứ", "người", "đầu", "cuối", "nay", "hiện", "kỳ", "gồm", "bao gồm", "khác",
}  # fmt: skip
_FUNCTION_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _FUNCTION), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
# an organisation or office that acts, then its act: the label says who, not what
_AGENT = re.compile(
    r"^(?:(?:Lãnh đạo|Chủ tịch|Phó Chủ tịch|Giám đốc|Cục trưởng)\s+)?"
    r"(?:Cục|Chi cục|Tổng cục|Sở|Bộ|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Chủ tịch|Ban|Văn phòng|"
    r"Chính phủ|Thủ tướng|Lãnh đạo|Đơn vị|Ông|Bà)(?!\w)"
    r"(?P<who>[^,;()]*?)\s"
    r"(?P<act>giao|tập trung(?: vào)?|thực hiện|ước(?: tính)?|đề nghị|chỉ đạo|yêu cầu|phấn đấu|"
    r"nỗ lực|dự kiến|cho biết|báo cáo|đề ra|đặt ra|đạt|thu|sẽ đạt)"
    r"(?P<rest>(?:\s.*)?)$"
)
_ORGAN = re.compile(
    r"(?:Cục|Chi cục|Tổng cục|Sở|Bộ|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Hải quan)(?!\w)"
)
# nouns that name what is measured; the phrase they open names the figure
_MEASURE = re.compile(rf"(?<!\w)(?:{measures('measured')})(?!\w)", re.IGNORECASE)
# where the measured phrase stops: a verb of the figure, a comparison, a clause's end
_MEASURE_END = re.compile(
    r"\s(?:đạt|là|ước|dự kiến|tăng|giảm|được|vượt|bằng|chiếm|so với|so|sẽ|đã|đang|"
    r"khoảng|trên|dưới|hơn|tối thiểu|tối đa|khoảng)(?!\w)|[,;:(]",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(r"(?P<verb>tăng|giảm)(?:\s+(?:tuyệt đối|thêm|khoảng|hơn|trên))?\s*$")
# a label that points back at what was said before it ('Đây là kết quả', 'Tương ứng')
_ANAPHOR = re.compile(
    r"^(?:đây|đó|điều này|tương ứng|tương đương|kết quả|con số này)(?!\w)", re.IGNORECASE
)
_RATE = re.compile(r"(?:Tỷ lệ|Tỉ lệ|Tỷ trọng|Tỉ trọng)(?!\w)", re.IGNORECASE)
# the base a change is measured from, said after the figure (a bracket between skipped)
_BASE_AFTER = re.compile(
    r"(?:\s*\([^()]{0,60}\))?\s*so(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|"
    r"tháng trước|quý trước|kỳ trước)(?=[\s,;.)]|$)"
)
_BASE_BRACKET = re.compile(r"\sso(?: với)?\s+((?:cùng kỳ|năm|tháng|quý|kỳ)[^,;()]{0,30}?)\s*\(\s*$")
_RESTATED = re.compile(r"^(?:tương ứng|tương đương)(?!\w)", re.IGNORECASE)
_TAG = re.compile(r"\s\((?:so với|so sánh|kế hoạch)[^()]*\)$")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_MARKUP = re.compile(r"[*_#|`>\[\]]+")


def _words(label: str) -> str:
    """The label without markup, brackets and numbers."""
    label = re.sub(r"\([^)]*\)?", " ", _MARKUP.sub(" ", label))
    return re.sub(r"[\d.,/%:;\-–+]+", " ", label)


def agent_act(label: str) -> re.Match[str] | None:
    """'Cục Thuế thành phố tập trung vào nguồn thu': the agent, its act and what follows."""
    return _AGENT.match(_MARKUP.sub("", label).strip())


def is_label(label: str, unit: str | None = "%") -> bool:
    """The label names something: a content word besides discourse markers, function words,
    years and markup, and no agent and its act at its head; a rate or share ('Tỷ lệ …') names
    no figure in another unit than percent (``unit``)."""
    if unit is not None and "%" not in unit and "điểm" not in unit and _RATE.match(label):
        return False
    rest = _FUNCTION_RE.sub(" ", _words(label))
    if not re.search(r"[^\W\d_]", rest):
        return False
    return agent_act(label) is None


def _clean(label: str) -> str:
    label = re.sub(r"\s+", " ", _MARKUP.sub(" ", label)).strip(" ,:-–")
    return label[:1].upper() + label[1:]


def measured(clause: str) -> str:
    """The measured noun phrase of a clause, from its last measure noun to the figure's verb
    ('… phấn đấu thu ngân sách năm 2020 đạt' -> 'Thu ngân sách năm 2020')."""
    found = list(_MEASURE.finditer(clause))
    for n in range(len(found) - 1, -1, -1):
        # back to the first measure noun of the same phrase ('kim ngạch xuất nhập khẩu có
        # thuế', not 'nhập khẩu có thuế')
        while n and not _MEASURE_END.search(clause, found[n - 1].end(), found[n].start()):
            n -= 1
        m = found[n]
        tail = clause[m.start() :]
        end = _MEASURE_END.search(tail, m.end() - m.start())
        phrase = _clean(tail[: end.start()] if end else tail)
        if phrase and is_label(phrase):
            return fit(phrase, LABEL_WORDS - 2)
    return ""


def _clause(text: str, start: int, prev_end: int) -> str:
    head = text[prev_end:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    return head[cut:]


def _same_sentence(text: str, previous: Found, start: int) -> bool:
    return not _SENTENCE_END.search(text, previous.span[1], start)


_ROW = re.compile(r"^\s*\|.*\|\s*$")
# the remarks of a label borrowed from elsewhere or missing
_LENT = re.compile(r"borrowed|no label|of the figure before it")
_INDEX_CELL = re.compile(r"^\s*(?:\d{1,3}|[IVXLC]+|[a-zđ])[.)]?\s*$")


def table_row(text: str, found: list[Found]) -> list[Found]:
    """'| 2 | Số hộ nghèo | 1.234 hộ | giảm 5% |': a Markdown table's row is read as cells; its
    figures are named by the row's header, the first cell that is neither an index nor a figure,
    with the change their own cell says ('Số hộ nghèo giảm')."""
    if not _ROW.match(text) or not found:
        return found
    bars = [m.start() for m in re.finditer(r"\|", text)]
    cells = [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)]
    spans = [f.span for f in found]
    header = next(
        (
            (a, b)
            for a, b in cells
            if not _INDEX_CELL.match(text[a:b])
            and not any(a <= s < b for s, _ in spans)
            and is_label(text[a:b])
        ),
        None,
    )
    if header is None:
        return found
    name = fit(_clean(text[header[0] : header[1]]), LABEL_WORDS - 1)
    out = []
    for f in found:
        own = next((a for a, b in cells if a <= f.span[0] < b), f.span[0])
        change = _CHANGE_BEFORE.search(text, own, f.span[0])
        label = f"{name} {change['verb']}" if change else name
        if label != f.label:
            # named by its own row: no longer a label borrowed or missing
            kept = tuple(r for r in f.review if not _LENT.search(str(r)))
            f = replace(f, label=label, review=(*kept, N_("label read from its table row")))
        out.append(f)
    return out


# acts that open a count of what is done ('Tổ chức 30 lớp', 'Xây dựng 05 mô hình')
_COUNT_ACTS = re.compile(
    r"(?<!\w)(?:tổ chức|thực hiện|xây dựng|mở|hỗ trợ|triển khai|phát hành|in)(?!\w)", re.I
)
# after a count (and the bracket that splits it per year): the words that say what it counts
_COUNTED_AFTER = re.compile(r"\)?(?:\s*\([^()]{0,40}\))?\s+(?P<what>[^\W\d][^;.()\d]{2,120})")


def _names_only_its_unit(label: str, unit: str | None) -> bool:
    """'Số lớp tổ chức', 'Số cuộc/năm': a count's label that says its unit and an act only."""
    if not unit or "%" in unit:
        return False
    rest = re.sub(r"^(?:Số|Số lượng)\s+", "", label, flags=re.I)
    noun = unit.split("/")[0].strip()
    if not rest.lower().startswith(noun.lower()):
        return False
    rest = _COUNT_ACTS.sub(" ", rest[len(noun) :])
    return not re.search(r"[^\W\d_]", re.sub(r"/\s*(?:năm|tháng|quý)", " ", rest))


def counted_after(text: str, f: Found) -> str:
    """'Tổ chức 30 lớp (6 lớp/năm) tập huấn nâng cao năng lực …': a count whose label says
    only its unit is named by its unit and the words after it (after the bracket that splits
    it per year), 'mỗi năm' for a count per year."""
    m = _COUNTED_AFTER.match(text, f.span[1])
    if m is None or not f.unit:
        return ""
    noun = f.unit.split("/")[0].strip()
    what = re.split(r"(?:^|\s)(?:giúp|nhằm|để|góp phần|cho|với|tại|gắn với)\s", m["what"])[0]
    if not what.strip(" ,"):
        return ""  # '60 Chuyên mục giúp nông dân …': what it is for, not what it counts
    named = fit(f"{noun[:1].upper()}{noun[1:]} {what.strip(' ,')}", LABEL_WORDS - 2)
    if re.search(r"/\s*năm$", f.unit):
        named = f"{named} mỗi năm"
    return named if is_label(named, f.unit) else ""


def relabelled(text: str, found: list[Found]) -> list[Found]:
    """Figures whose label names nothing (``is_label``) named by what the text says of them:
    the label without its agent and act, the subject carried from the figure before it in the
    sentence, the measured noun of its clause; left as they are when none of these serves."""
    out: list[Found] = []
    for f in found:
        if _names_only_its_unit(f.label, f.unit) and (named := counted_after(text, f)):
            out.append(
                replace(f, label=named, review=(*f.review, N_("label read after its count")))
            )
            continue
        if is_label(f.label, f.unit):
            if _MARKUP.search(f.label):
                f = replace(f, label=_clean(f.label))  # '**Thu thuế XNK': bold marks name nothing
            out.append(f)
            continue
        start = f.span[0]
        named = ""
        how = ""
        prev_end = out[-1].span[1] if out else 0
        if (
            (rate := _RATE.match(f.label))
            and is_label(bare := _clean(f.label[rate.end() :]), f.unit)
            and bare.lower() in _clause(text, start, prev_end).lower()
        ):
            # 'đạt 74,7% chỉ tiêu Bộ Tài chính giao (67.000 tỷ đồng)', 'tỷ lệ giải ngân vốn
            # đầu tư công ước thực hiện 6 tháng gần 130 tỷ đồng': a sum its own clause calls a
            # rate is named without the rate's head
            named, how = bare, N_("label without a rate's head: the figure is no rate")
        if not named and (act := agent_act(f.label)) is not None:
            # who acts names nothing measured; its clause does ('… tập trung vào các nguồn
            # thu thường xuyên (15.077 tỷ đồng)'), else what the label says after the act
            if noun := measured(_clause(text, start, prev_end)):
                named, how = noun, N_("label read from the measured noun of its clause")
            rest = re.sub(r"^\s*(?:vào|cho|các|những)\s+", "", act["rest"])
            rest = re.sub(r"^(?:các|những)\s+", "", rest.strip())
            if not named and rest and is_label(rest) and not _ORGAN.match(rest):
                named, how = _clean(rest), N_("label read without the agent that acts")
        change = _CHANGE_BEFORE.search(text, 0, start)
        if not named:
            before = next(
                (
                    p
                    for p in reversed(out)
                    if p.span[1] <= start
                    and not text[: p.span[0]].rstrip().endswith("(")
                    and (_same_sentence(text, p, start) or _ANAPHOR.match(f.label))
                    and is_label(p.label, f.unit)
                ),
                None,
            )
            base_of = _BASE_BRACKET.search(text, 0, start)
            if before is not None and base_of:
                # 'so với cùng kỳ năm 2019 (63.312 tỷ đồng)': the subject at the base
                subject = subject_of(before.label)
                subject = f"{fit(subject, LABEL_WORDS - _nwords(base_of[1]))} {base_of[1]}"
            elif before is not None and _RESTATED.match(f.label):
                # '(tương ứng 21%)': the figure before said again in another unit
                subject = re.sub(r"\s*\([^)]*\)?$", "", before.label)
            elif before is not None:
                subject = subject_of(before.label)
            if (
                before is not None
                and change
                and not base_of
                and not _ANAPHOR.match(f.label)
                and change["verb"] not in subject.lower().split()
            ):
                said = text[change.start() : start].strip()
                if said == change["verb"]:
                    base = _BASE_AFTER.match(text, f.span[1])
                    subject = _with_change(subject, said, base)
                else:
                    subject = f"{fit(subject, LABEL_WORDS - _nwords(said))} {said}"
            if before is not None:
                named = subject
                how = N_("label carried from the figure before it in the sentence")
        if not named and (noun := measured(_clause(text, start, prev_end))):
            named, how = noun, N_("label read from the measured noun of its clause")
        tag = _TAG.search(f.label)
        if named and tag and tag[0].strip() not in named:
            # 'Ước kết quả thực hiện giảm (so với kế hoạch)': what the figure is set against
            # stays said
            named = f"{fit(subject_of(named), LABEL_WORDS - _nwords(tag[0]))} {tag[0].strip()}"
        if named and is_label(named, f.unit):
            out.append(replace(f, label=named, review=(*f.review, how)))
        else:
            out.append(f)
    return out
