"""A label made well-formed as a slide title, whatever rule or cut made it: markup dropped, an
open bracket dropped with what it opens, a word said twice said once, an end that needs its
complement cut back to the phrase before it, the first letter and the names of the document
capitalised as the document writes them (``well_formed``; ``cut_back`` for the end alone)."""

from __future__ import annotations

import re

from ..vi_words import NEEDS_WHAT_FOLLOWS, alternation
from .quantities import _pyvi

# words that need what follows them (a preposition, a conjunction, a determiner, an aspect or
# focus adverb, a copula, a verb of measure): a label ending on one was cut from its complement
# ('Tỷ lệ hộ nghèo chỉ', 'Tổng thu nội địa đến hết', 'tốc độ thiết kế đối', 'được bảo vệ ở mức')
DANGLING = re.compile(
    r"(?:^|\s)(?:"
    + alternation(
        NEEDS_WHAT_FOLLOWS
        | {"chỉ", "còn", "cũng", "vẫn", "đều", "cả", "toàn", "nhất là", "đến hết", "tới hết", "đối"}
        | {"ở mức", "thì", "nếu", "khi", "qua", "sang", "vào", "lên", "xuống"}
        # a time cut from its number ('Tỷ lệ hộ nghèo còn lại cuối' of '… cuối năm 2021',
        # 'Doanh thu … thực hiện tháng' of '… tháng 5', 'GRDP bình quân đầu' of '… đầu người')
        | {"cuối", "đầu", "giữa", "tháng"}
    )
    + r")$",
    re.IGNORECASE,
)
# words whose last syllable is one of those and which are whole ('nhà ở', 'thông qua', 'trở
# lên', 'tự do', 'chưa đạt', 'chứng chỉ', 'tuyệt đối', 'an toàn'; 'hiện có', what exists now:
# 'Diện tích chè hiện có' of 'Diện tích cây lâu năm hiện có … 4.397 ha chè')
WHOLE_ENDS = re.compile(
    r"(?:^|\s)(?:nhà ở|nơi ở|chỗ ở|thông qua|vượt qua|trở lên|trở xuống|tự do|chưa đạt|không đạt|"
    r"đạt và vượt|sở hữu|còn lại|chứng chỉ|địa chỉ|tuyệt đối|tương đối|hoàn toàn|an toàn|hiện có|"
    # a time whole by itself: counted or recurring ('Giải ngân 10 tháng', 'Sản lượng mỗi tháng')
    # and words ending on 'đầu' that need nothing ('dẫn đầu', 'hàng đầu', 'ban đầu')
    r"\d+ tháng|(?:mỗi|hằng|hàng|các|những) tháng|dẫn đầu|hàng đầu|ban đầu|bắt đầu|đi đầu)$",
    re.IGNORECASE,
)
# the figure's own predicate at a label's end: a verb of measure with its hedge ('đạt tối thiểu',
# 'chiếm tối thiểu', 'phấn đấu đạt'), a hedge alone, or a multiplier's verb ('gấp'): what the
# number is said to do, no part of what it measures ('Tỷ trọng kinh tế số đạt tối thiểu'; not
# 'phấn đấu' alone: 'chỉ tiêu phấn đấu' is a target)
PREDICATE_END = re.compile(
    r"(?:\s+(?:phấn đấu\s+)?(?:đạt|chiếm|tăng|giảm|là|ở mức|bằng)\s+(?:tối thiểu|tối đa|ít nhất)"
    r"|\s+(?:ít nhất|gấp|ước đạt|phấn đấu\s+đạt))$",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*#|`]+|\[\d*\]")
_DOUBLED = re.compile(r"(?<!\w)([^\W\d_]+(?:\s[^\W\d_]+)?)\s+(\1)(?!\w)", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\s+(?=[^\W\d])")
# a count named with its unit's scale ('Số triệu việc làm trực tiếp', 'Số nghìn hội viên' of
# '2,1 triệu việc làm', '3,2 nghìn hội viên'): 'Số' counts the noun, the scale is the number's
_SCALED_COUNT = re.compile(
    r"^((?:Tổng\s+)?[Ss]ố(?: lượng)?)\s+(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+(?=[^\W\d])"
)
_REACHED = re.compile(r"[^,;.()]{0,40}?(?<!\S)đạt\s*(?:[,;.)]|$)", re.IGNORECASE)
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)$")
_EDGES = " ,;:-–+•~"


def _words(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def cut_back(label: str, keep_reached: bool = True) -> str:
    """``label`` without the words at its end (or just before a closing bracket at its end)
    that need a complement; unchanged if nothing would be left. A final 'đạt' stays when
    ``keep_reached``: 'Tỷ lệ cơ sở đạt' (of '1.102 cơ sở đạt,') is whole, the establishments
    that passed; only the text tells it from 'Tổng thu ngân sách đạt' cut from its number
    (see ``well_formed``)."""
    bracket = _LAST_BRACKET.search(label)
    head, tail = (label[: bracket.start()], bracket.group(0)) if bracket else (label, "")
    head = head.rstrip(_EDGES)
    while (end := PREDICATE_END.search(head)) and _words(head[: end.start()]) >= 2:
        head = head[: end.start()].rstrip(_EDGES)
    while (end := DANGLING.search(head)) and not WHOLE_ENDS.search(head):
        if keep_reached and end.group(0).strip().lower() == "đạt":
            break
        head = head[: end.start()].rstrip(_EDGES)
    if not any(c.isalpha() for c in head):
        return label
    return f"{head}{tail}"


def _balanced(label: str) -> str:
    """A closing bracket with no opening dropped; an opening one never closed dropped with what
    follows it ('Số xã đạt chuẩn nông thôn mới (theo Bộ'), or alone if it opens the label."""
    out: list[str] = []
    opened: list[int] = []
    for c in label:
        if c in "([":
            opened.append(len(out))
        elif c in ")]":
            if not opened:
                continue
            opened.pop()
        out.append(c)
    text = "".join(out)
    for at in reversed(opened):
        before = text[:at].rstrip(_EDGES)
        text = before if any(c.isalpha() for c in before) else text[:at] + text[at + 1 :]
    return text


def _quoted(label: str) -> str:
    """A quotation mark that opens no quotation the label closes, or closes none it opens,
    dropped ('“Số thuế GTGT bình quân một chuyến' of a quoted sentence cut at the figure);
    quotations the label holds whole kept ('Tên miền “.vn”')."""
    out = list(label)
    opened: list[int] = []
    unmatched: list[int] = []
    for i, c in enumerate(out):
        if c == "“":
            opened.append(i)
        elif c == "”":
            if opened:
                opened.pop()
            else:
                unmatched.append(i)
    unmatched += opened
    straight = [i for i, c in enumerate(out) if c == '"']
    if len(straight) % 2:
        unmatched.append(straight[0] if straight[0] == 0 else straight[-1])
    for i in sorted(unmatched, reverse=True):
        del out[i]
    return re.sub(r"\s{2,}", " ", "".join(out))


def _once(label: str) -> str:
    """A word or a pair of words said twice in a row said once ('Số mô hình mô hình', 'Tổng đàn
    đàn lợn'); not a syllable ending one compound and opening the next ('mô hình hình thành',
    pyvi's 'mô_hình hình_thành'), nor a word before a name that starts with it ('giải ngân Ngân
    hàng')."""
    for m in _DOUBLED.finditer(label):
        first, second = m.group(1), m.group(2)
        if second[0].isupper() and not first[0].isupper():
            continue
        if " " not in first and (tagger := _pyvi()) is not None:
            tokens = tagger(label)[0]
            if any(
                "_" in a and "_" in b and a.split("_")[-1] == first and b.split("_")[0] == second
                for a, b in zip(tokens, tokens[1:], strict=False)
            ):
                continue
        return _once(label[: m.start(2)].rstrip() + label[m.end(2) :])
    return label


def _names_as_written(label: str, text: str) -> str:
    """A name the label lower-cased, written with its capitals as the text writes it ('xuất khẩu
    sang hàn Quốc' of a text saying 'Hàn Quốc')."""

    words = label.split(" ")
    for i in range(1, len(words)):
        # one word lower-cased that the text writes only as a name, inside a sentence
        # ('Số trạm viettel', 'Số trạm mobiFone' of '…, Viettel: 33 trạm, MobiFone: 09 trạm')
        word = words[i]
        if not word.isalpha() or not word[:1].islower() or len(word) < 3:
            continue
        name = f"{word[:1].upper()}{word[1:]}"
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None and re.search(
            rf"(?:[^\W\d_],?|[:(]) {re.escape(name)}(?!\w)", text
        ):
            words[i] = name
    for i in range(len(words) - 1):
        word, name = words[i], words[i + 1]
        if not (word.isalpha() and word.islower() and name[:1].isupper() and name[1:].islower()):
            continue
        written = f"{word[:1].upper()}{word[1:]} {name}"
        # (written so inside a sentence: 'Huyện Tuy Phước' opening one is no name)
        # (or after a figure and a ';': '… tăng 6,5%; Hàn Quốc 3.155 triệu USD')
        inside = re.search(rf"(?:[^\W\d_],?|[\d%)][,;]) {re.escape(written)}(?!\w)", text)
        if inside and f"{word} {name}" not in text:
            words[i] = written.split(" ")[0]
    return " ".join(words)


# what closes a dangling end in the text: a few words up to a comma, a stop or a bracket
_CLOSING = re.compile(
    r"\s+(?P<words>[^\W\d][^,;.:()\d]{0,24}?|\d{1,2}\s+[^\W\d]+)(?=\s*[,;.:()]|$)"
)


def _closed_from(label: str, text: str, span: tuple[int, int] | None, room: int) -> str:
    """``label`` with its dangling end closed as the text closes it, when the words that close
    it are few, not the figure's own and fit in ``room`` words ('Số sản phẩm được cấp giấy
    chứng nhận OCOP đạt' of '10 sản phẩm được cấp giấy chứng nhận OCOP đạt 3 sao,' -> '… đạt 3
    sao'); else ``label``."""
    if _LAST_BRACKET.search(label) or not DANGLING.search(label) or WHOLE_ENDS.search(label):
        return label
    last = " ".join(label.split()[-2:])
    for at in re.finditer(re.escape(last), text, re.IGNORECASE):
        closing = _CLOSING.match(text, at.end())
        if closing is None or (span and closing.start() < span[1] and closing.end() > span[0]):
            continue
        words = closing.group("words").strip()
        if DANGLING.search(words) or len(label.split()) + len(words.split()) > room:
            continue
        return f"{label} {words}"
    return label


_LIST_MARK = re.compile(r"^\(?\s*(?:[ivx]{1,4}|[a-zđ]|\d{1,2})\s*\)\s+", re.IGNORECASE)
"""An enumeration's marker opening a label: '(i) Tăng trưởng GRDP', 'ii) Giải ngân …' (a
sentence listing '(i) …; (ii) …'), 'b) Thu nội địa': the item's words are the label."""


# a label put together from pyvi's tokens spaces its punctuation as tokens ('Doanh nghiệp (
# Viettel , VNPT , Mobifone ) dự kiến', 'Giai đoạn 2016 - 2020 , chỉ số IIP'): written as text
_TOKEN_SPACE = re.compile(r"\s+(?=[,;:.)%])|(?<=\()\s+")


# a label ending on a small bare number ('Tốc độ tăng trưởng kinh tế (GDP) bình quân 5'): the
# count of a time whose noun was cut ('5 năm')
# (after a word that counts a time only: 'Gói thầu số 2', 'cấp độ 3' end on their own number)
_BARE_COUNT_END = re.compile(r"\s(?:bình quân|trung bình|trong|sau|qua)\s(?P<n>\d{1,2})$")
_TIME_NOUN = r"\s+(?P<noun>năm|tháng|quý|ngày)(?!\w)"


def _counted_time(label: str, text: str, span: tuple[int, int] | None, room: int) -> str:
    """``label`` with the time its last number counts said as the text says it ('… bình quân 5
    năm'), or without the number when the text does not say it (not before the figure) or there
    is no room for it within ``room`` words."""
    bare = _BARE_COUNT_END.search(label)
    if bare is None:
        return label
    words = label[: bare.start("n")].split()[-2:]
    said = re.search(
        r"\s+".join(map(re.escape, [*words, bare["n"]])) + _TIME_NOUN,
        text[: span[0]] if span else text,
    )
    if said and _words(label) < room:
        return f"{label} {said['noun']}"
    return label[: bare.start("n")].rstrip()


# a time as the text writes it after the words a label ends on: 'cuối năm 2021', 'tháng 5',
# 'tháng 6/2020', 'đầu năm' (never the start of a longer number: 'tháng 5801,9' is 'tháng 5'
# glued to an amount, no time the label can take)
_TIME_SAID = re.compile(
    r"\s*(?P<time>(?:(?:cuối|đầu|giữa)\s+)?(?:năm|tháng|quý)(?:\s+(?:\d{1,2}/\d{4}|\d{4}|\d{1,2}"
    r"|[IV]{1,3}(?:/\d{4})?))?)(?![\d.,/]?\d)",
)
_TIME_END = re.compile(r"(?:^|\s)(?:cuối|đầu|giữa|tháng)$", re.IGNORECASE)


def _time_closed(label: str, text: str, span: tuple[int, int] | None, room: int) -> str:
    """``label`` ending on a time cut from its number, with that time said as the text says it
    just after the label's words, before the figure ('Tỷ lệ hộ nghèo còn lại cuối' of '… còn lại
    cuối năm 2021 là 0,36%' -> '… cuối năm 2021'), within ``room`` words; else ``label`` (cut
    back later, ``DANGLING``)."""
    end = _TIME_END.search(label)
    if end is None or WHOLE_ENDS.search(label) or not text:
        return label
    head = label[: end.start()].split()[-2:]
    if not head:
        return label
    before = text[: span[0]] if span else text
    for at in re.finditer(r"\s+".join(map(re.escape, head)) + r"\s+", before, re.IGNORECASE):
        said = _TIME_SAID.match(before, at.end())
        if said is None or not re.search(r"\d", said["time"]):
            continue
        named = f"{label[: end.start()].rstrip()} {said['time']}"
        if _words(named) <= room:
            return named
    return label


def well_formed(
    label: str, text: str = "", span: tuple[int, int] | None = None, room: int = 10
) -> str:
    """``label`` as a slide can show it (see the module): what a rule or a cut left dangling
    closed as the text closes it (within ``room`` words, never with the figure at ``span``) or
    cut back, never a word of a compound split; a label that would be left with no word is
    returned as it was."""
    out = _LIST_MARK.sub("", label)
    out = re.sub(r"\s{2,}", " ", _MARKUP.sub(" ", out)).strip(_EDGES)
    out = _TOKEN_SPACE.sub("", out)
    out = _quoted(_balanced(out)).strip(_EDGES)
    out = _YEAR_FIRST.sub("", out)
    out = _SCALED_COUNT.sub(r"\1 ", out)
    out = _once(out)
    if text:
        out = _closed_from(out, text, span, room)
    # a final 'đạt' that the text writes closing the figure's clause ('1.102 cơ sở đạt,', '8
    # chỉ tiêu đạt.') is whole: what passed, not a verb cut from its number
    # ('… 1.102 cơ sở đạt, tỷ lệ 88,9%': the rate after it is of them too)
    reached = bool(
        span
        and out.lower().endswith(" đạt")
        and (
            _REACHED.match(text, span[0])
            or _REACHED.match(text, span[1])
            or re.search(
                rf"(?<!\w){re.escape(out.split()[-2])}\s+đạt\s*[,;.)]",
                text[max(0, span[0] - 80) : span[1]],
                re.IGNORECASE,
            )
        )
    )
    out = _time_closed(out, text, span, room)
    out = cut_back(out, keep_reached=reached)
    out = _counted_time(out, text, span, room)
    if text:
        out = _names_as_written(out, text)
    out = out.strip(_EDGES).removesuffix("/").rstrip(_EDGES)
    if not any(c.isalpha() for c in out):
        return label
    return out[:1].upper() + out[1:]
