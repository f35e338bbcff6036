"""The deck's title read from a news text's lead, when no letterhead or headline titles it.

A web page cut from its headline opens on the lead: 'Sở Công thương tỉnh Lâm Đồng vừa tổng kết
kết quả hoạt động năm 2019, trong đó …'; 'Sáng nay, …, Cục Thống kê tỉnh Gia Lai tổ chức Họp
báo công bố Số liệu thống kê kinh tế - xã hội tỉnh Gia Lai 6 tháng đầu năm 2024.' What the
reporting verb (tổng kết, đánh giá, công bố, báo cáo, thông tin về, sơ kết, ban hành) reports
on is the text's subject, the title slide's title; the body the lead names before the verb
('Sở Công thương tỉnh Lâm Đồng') is its issuer. Pure text in, text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLE_WORDS = 16  # a title slide's title in at most this many words, cut at a comma
MOST_WORDS = 20  # … or a few more, when it has no comma to cut at (one phrase, no list)

# the verb that says what the text reports on, and the words it reports on
_VERB = re.compile(
    r"(?<!\w)(tổng kết|sơ kết|đánh giá(?: về)?|công bố|báo cáo|thông tin về|ban hành)\s+",
    re.IGNORECASE,
)
# what a report is on ('kết quả …', 'tình hình …', 'công tác …'); a document issued ('Kế hoạch …')
_SUBJECT = re.compile(
    r"^(?:kết quả|tình hình|số liệu|công tác|việc|thực hiện|hoạt động|phong trào|nhiệm vụ"
    r"|tháng thanh niên|chương trình|kế hoạch|nghị quyết|đề án|chỉ thị)(?!\w)",
    re.IGNORECASE,
)
_ISSUED = re.compile(r"^(?:kế hoạch|nghị quyết|đề án|chỉ thị|chương trình)(?!\w)", re.IGNORECASE)
# where the subject ends: a sentence's or clause's end, or the next thing the lead says
_SUBJECT_END = re.compile(
    r"[.;:]\s|[.;:]$|,\s*(?:triển khai|trong đó|đồng thời|nhằm|với|ông|bà"
    r"|đồng chí|định hướng|phương hướng|tại|theo|cho thấy|thực hiện theo|qua đó|nêu rõ|dưới sự)"
    r"(?!\w)|\s(?:và|để)\s+(?:triển khai|công bố|biểu dương|phương hướng|đề ra|định hướng"
    r"|nhiệm vụ|kế hoạch|giải pháp|khen thưởng)(?!\w)|\s(?:tại|nhằm|cho biết|cho thấy|với sự"
    r"|dưới sự|diễn ra|được tổ chức)(?!\w)",
    re.IGNORECASE,
)
# a body that reports: 'Sở …', 'Cục …', 'UBND tỉnh …', 'Ban Thường vụ Huyện ủy …'
_BODY = re.compile(
    r"(?<!\w)(?:Sở|Cục|Chi cục|Tổng cục|Bộ|Ban Thường vụ|Ban thường vụ|Ban Chấp hành|BCH|Ban"
    r"|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Hội|Tỉnh Đoàn|Tỉnh đoàn"
    r"|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng bộ|Thành ủy|Thành uỷ)\s+\S",
)
# how a body's acronyms are spelled out on a title slide, as a committee named in the opening
# paragraph is ('Ủy ban nhân dân tỉnh Cà Mau')
_SPELLED = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "BCH": "Ban Chấp hành"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


@dataclass(frozen=True)
class LeadTitle:
    """A title read from the lead, the body that issues what it reports on ('' for none) and
    the sentence it was read from."""

    title: str
    issuer: str
    sentence: str


def lead_title(paragraphs: list[str]) -> LeadTitle | None:
    """The subject of the reporting verb in the first sentence of the first two of
    ``paragraphs`` that reports on one ('… vừa tổng kết kết quả hoạt động năm 2019, …' ->
    'Kết quả hoạt động năm 2019'), with the body the sentence names before it; None for none."""
    for paragraph in paragraphs[:2]:
        sentence = _SENTENCE_END.split(paragraph.strip(), maxsplit=1)[0]
        for m in _VERB.finditer(sentence):
            rest = sentence[m.end() :]
            if not _SUBJECT.match(rest):
                continue  # 'Theo đánh giá của UBND huyện …', 'báo cáo tại kỳ họp cho biết'
            verb = m.group(1).lower()
            if verb == "ban hành" and not _ISSUED.match(rest):
                continue
            end = _SUBJECT_END.search(rest)
            subject = rest[: end.start()] if end else rest
            issuer = _issuer(sentence[: m.start()])
            if place := re.search(r"(?<!\w)(?:tỉnh|huyện|thị xã|thành phố)\s+\S.*$", issuer):
                # 'Cục Thống kê tỉnh Gia Lai … công bố Số liệu … tỉnh Gia Lai 6 tháng …': the
                # issuer says the place, the title need not
                # (not 'trên địa bàn tỉnh Bắc Giang', 'của tỉnh …': the phrase needs it)
                subject = re.sub(
                    rf"(?<!bàn)(?<!của)(?<!tại) {re.escape(place.group(0))}(?!\w)", "", subject
                )
            title = _presentable(subject, verb)
            if title:
                return LeadTitle(title, issuer, sentence)
    return None


def _presentable(subject: str, verb: str) -> str:
    """The subject as a title: sentence case, at most ``TITLE_WORDS`` words (cut at a comma),
    a summing up's subject said as its results ('tổng kết công tác năm 2018' -> 'Kết quả công
    tác năm 2018'). Empty when too short to title anything."""
    text = " ".join(subject.split()).strip(" ,;:-–")
    text = re.sub(r"^việc\s+", "", text, flags=re.IGNORECASE)
    if verb in ("tổng kết", "sơ kết") and not re.match(
        r"(?:kết quả|tình hình|số liệu)(?!\w)", text, re.IGNORECASE
    ):
        text = f"kết quả {text}"
    words = text.split()
    if _nwords(text) > TITLE_WORDS:
        head = " ".join(words[: TITLE_WORDS + len(words) - _nwords(text)])
        cut = head.rfind(",")
        if cut >= 0 and _nwords(head[:cut]) >= 4:
            text = head[:cut]  # its first phrases
        elif _nwords(text) > MOST_WORDS:
            return ""  # no phrase to end on: not a title

    if len(text.split()) < 3 or text.count("(") != text.count(")"):
        return ""
    return text[:1].upper() + text[1:]


def _nwords(text: str) -> int:
    """Words, not counting the dashes between them ('kinh tế - xã hội': 4)."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def _issuer(before: str) -> str:
    """The body named just before the verb ('Sáng 13/1, Bộ GTVT tổ chức Hội nghị' -> 'Bộ
    GTVT'), acronyms spelled out; '' when the verb has no body before it."""
    for m in _BODY.finditer(before):
        name = before[m.start() :]
        verb_at = re.search(
            r"\s+(?:vừa|đã|chính thức|tổ chức|có|họp|hội nghị|nhằm|cho biết)(?!\w)|\s*$",
            name,
            re.IGNORECASE,
        )
        assert verb_at is not None  # (the pattern matches at the end at least)
        body, tail = name[: verb_at.start()], name[verb_at.start() :]
        if len(body.split()) > 12 or len(tail.split()) > 15:
            continue  # (a body named far before the verb is not the one that reports)
        body = re.sub(r"\s*\(?\b(?:khóa|khoá)\s+[IVXLC]+\b\)?.*$", "", body.strip(" ,"))
        if not any(w[:1].isupper() for w in body.split()[1:]):
            continue  # 'Ủy ban nhân dân huyện': no name, no issuer
        first, _, others = body.partition(" ")
        return f"{_SPELLED.get(first, first)} {others}".strip()
    return ""
