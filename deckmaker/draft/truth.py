"""What a figure's own sentence says of its number, kept in the label a slide shows (R18's
defect 1: a drafted deck states numbers wrongly when the label drops it).

- ``excess_over_plan``: 'vượt 21,3% kế hoạch' is 21,3 points *over* the plan (121,3% of it),
  never 21,3% *of* it: the label says 'vượt kế hoạch', not '(so với kế hoạch)'.
- ``sub_year_period``: '6 tháng đầu năm thu hoạch 574.341 tấn' is a half-year figure: its
  period says so, a card never shows it as the year's.
- ``share_of_whole``: 'công nghiệp - xây dựng chiếm 24,23% … trong GRDP' is a share: its label
  opens 'Tỷ trọng', never reads as a growth rate or a level.

Each pass rewrites a label or a period, never a value; values stay as
written, so the figures file keeps the source's numbers."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from .labels import _nwords, coordinate_restored, fit, lent_from_before, subject_of
from .quantities import Found

LABEL_WORDS = 10

_PLAN = r"(kế hoạch|dự toán|chỉ tiêu|mục tiêu|KH\b|DT\b)"
_PLAN_SAID = {"kh": "kế hoạch", "dt": "dự toán"}
# 'vượt 21,3%', 'ước vượt 19%', 'vượt mức 5%', 'vượt khoảng 3%': the number is the excess
_EXCESS_BEFORE = re.compile(r"(?<!\w)vượt\s+(?:mức\s+|khoảng\s+|gần\s+|trên\s+|hơn\s+)?$", re.I)
_PLAN_AFTER = re.compile(rf"\s*(?:so\s+(?:với\s+)?)?{_PLAN}", re.IGNORECASE)
# what a label already says of its base: '(so với kế hoạch)', 'so dự toán', 'vượt kế hoạch'
_BASE_SAID = re.compile(
    r"\s*(?:\(\s*so(?:\s+với)?\s+[^()]*\)|(?:so(?:\s+với)?|vượt|đạt)(?:\s+\S+){0,3})$", re.I
)


def excess_over_plan(text: str, found: list[Found]) -> list[Found]:
    """'đã vận động Quỹ Đền ơn đáp nghĩa được 12.375,3/10.200 triệu đồng, vượt 21,3% kế hoạch':
    a percentage said after 'vượt' and before the plan is by how much the result passed the
    plan; its label says 'vượt kế hoạch' ('Vận động Quỹ Đền ơn đáp nghĩa vượt kế hoạch'), so
    that no slide or chart shows it as a share of the plan."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit != "%" or not f.label:
            continue
        if not _EXCESS_BEFORE.search(text, max(0, f.span[0] - 20), f.span[0]):
            continue
        plan = _PLAN_AFTER.match(text, f.span[1])
        if plan is None:
            continue
        if re.search(r"\svượt(?:\s|$)", f.label) and "(so với" not in f.label:
            continue  # 'Tỷ lệ thi hành án xong hoàn toàn vượt': it says so already
        if lent_from_before(out, i):
            # 'Thu từ khu vực DNNN đạt 95% dự toán; thu phí, lệ phí vượt 12% dự toán': its own
            # clause names it in the composer, which keeps its 'vượt dự toán'
            continue
        said = _PLAN_SAID.get(plan.group(1).lower(), plan.group(1).lower())
        subject = _BASE_SAID.sub("", subject_of(f.label)).strip(" ,:;-–")
        if _nwords(subject) < 1:
            continue
        label = f"{fit(subject, LABEL_WORDS - 1 - _nwords(said))} vượt {said}"
        if label != f.label:
            out[i] = replace(f, label=label)
    return out


# '6 tháng đầu năm', 'sáu tháng cuối năm', '9 tháng', 'quý I', 'quý 3': a part of the year
_PERIOD = re.compile(
    r"(?<!\w)(?:(?:\d{1,2}|sáu|chín|ba|năm|mười) tháng(?: đầu năm| cuối năm| năm)?"
    r"|quý (?:I{1,3}|IV|[1-4]))(?!\w)",
    re.IGNORECASE,
)
# a period said as the base of a change ('so với 6 tháng đầu năm 2024', 'cùng kỳ'), or as a
# length of time ('trong 9 tháng', 'sau 6 tháng', 'thời hạn 3 tháng'), is no figure's period
_NOT_OWN = re.compile(
    r"(?:so(?:\s+với)?|cùng kỳ|trong|sau|thời hạn|thời gian|mỗi|hằng|hàng|từ|đến|trước)\s*$",
    re.IGNORECASE,
)
# a sentence's or a clause run's end: never the dot of '574.341'
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")
_YEAR_SAID = re.compile(r"^\s*(?:năm\s+)?(\d{4})(?!\w)")


# what may come before a time a sentence opens with: 'Trong 9 tháng đầu năm, …', '- Quý I, …'
_OPENS = re.compile(r"\s*(?:[-+*•]\s*)?(?:(?:trong|lũy kế|tính đến|đến hết)\s+)?", re.IGNORECASE)


def _sentence_at(text: str, start: int) -> int:
    # the last end of a ``_SENTENCE_END`` in ``text[:start]`` (a stop right before ``start`` ends
    # one by ``$``), from the ends in the whole text read once a paragraph
    if 0 < start <= len(text) and text[start - 1] in ".;!?\n":
        return start
    ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, start)
    return ends[i - 1] if i else 0


@functools.lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def _period_before(text: str, start: int) -> re.Match[str] | None:
    """The last part of the year said in the figure's sentence before it, of the figure's own
    clause run (no ';' or '.' between), not as a base or a length of time."""
    sentence = _sentence_at(text, start)
    said = None
    for m in _PERIOD.finditer(text, sentence, start):
        if _NOT_OWN.search(text, max(0, m.start() - 12), m.start()):
            continue
        said = m
    return said


def sub_year_period(text: str, found: list[Found]) -> list[Found]:
    """'Sản lượng nuôi trồng và khai thác thủy sản tăng khá so cùng kỳ, 6 tháng đầu năm thu
    hoạch 574.341 tấn, đạt 45,2% kế hoạch': the figures of a clause that names a part of the
    year are of that part: their period becomes '6 tháng đầu năm 2025' (the year kept), so
    that a KPI card never shows them as the year's, nor a chart beside the year's."""
    out = list(found)
    for i, f in enumerate(out):
        if not f.label or (f.unit or "").startswith("tháng"):
            continue
        said = _period_before(text, f.span[0])
        if said is None or _OPENS.fullmatch(text, _sentence_at(text, said.start()), said.start()):
            continue  # 'Quý II/2024, …': the composer names the time a sentence opens with
        phrase = said.group(0)
        phrase = phrase[:1].lower() + phrase[1:]
        if phrase.lower() in f.label.lower() or _PERIOD.search(f.label):
            continue
        year = _YEAR_SAID.match(text, said.end()) or re.search(r"\d{4}", f.period or "")
        period = phrase
        if year is not None:
            y = year.group(1) if year.re is _YEAR_SAID else year.group(0)
            period = f"{phrase} {y}" if phrase.endswith("năm") else f"{phrase} năm {y}"
        # the period, not the label: a card and a chart show it; a label that named it in
        # every figure of a half-year report would say it forty times
        out[i] = replace(f, period=period)
    return out


# 'chiếm 24,23%', 'chiếm khoảng 24%', 'chiếm tỷ lệ 24%': a share of a whole
_SHARE_BEFORE = re.compile(r"(?<!\w)chiếm\s+(?:tỷ lệ\s+|tỷ trọng\s+|khoảng\s+|gần\s+|trên\s+)?$")
_SHARE_VERB_KEPT = re.compile(r"\s+chiếm(?:\s+(?:tỷ lệ|tỷ trọng|tỉ lệ|tỉ trọng))?$", re.IGNORECASE)
_PARTS_OPEN = re.compile(r"^(?:trong đó|bao gồm|gồm),?\s+", re.IGNORECASE)
_SHARE_SAID = re.compile(r"(?<!\w)(?:tỷ trọng|tỷ lệ|cơ cấu|chiếm)(?!\w)", re.IGNORECASE)


def share_of_whole(text: str, found: list[Found]) -> list[Found]:
    """'trong đó: Khu vực nông, lâm nghiệp và thuỷ sản chiếm 34,86%, công nghiệp - xây dựng
    chiếm 24,23% và dịch vụ chiếm 36,49% trong GRDP': a percentage said after 'chiếm' is a
    share; a label that does not say so opens 'Tỷ trọng' ('Tỷ trọng công nghiệp - xây dựng')."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit != "%" or not f.label:
            continue
        if not _SHARE_BEFORE.search(text, max(0, f.span[0] - 20), f.span[0]):
            continue
        if said := _SHARE_VERB_KEPT.search(f.label):
            # 'Khu vực dịch vụ chiếm tỷ trọng 44,71%': the verb and its noun run into the
            # label ('Dịch vụ chiếm tỷ trọng') say it is a share; what it is of goes first
            f = replace(f, label=f.label[: said.start()])
            restored = _PARTS_OPEN.sub("", coordinate_restored(f, text))  # 'Khu vực nông, …'
            f = replace(f, label=restored[:1].upper() + restored[1:])
        if not f.label or _SHARE_SAID.search(f.label):
            continue
        if lent_from_before(out, i):
            continue  # the share of the amount before it: the composer names it from that
        label = f.label
        if _nwords(label) + 2 > LABEL_WORDS:
            continue  # never cut what the share is of to say it is one
        first = label.split()[0]
        if not (len(first) > 1 and first[1:].isupper()):  # 'GRDP', 'HTX' stay as written
            label = label[:1].lower() + label[1:]
        out[i] = replace(f, label=f"Tỷ trọng {label}")
    return out


def stated(text: str, found: list[Found]) -> list[Found]:
    """The three passes above, in order: a share or an excess named first, then its period."""
    return sub_year_period(text, excess_over_plan(text, share_of_whole(text, found)))
