"""The subject a number measures, found from its clause (issue 15; the blind editor's classes of
unusable labels on batch X, J4): a pass over the labels the rules made, which replaces only a
label that names something else than the number's subject:

- ``own act``: 'Tuyến đường liên xã có chiều dài 83 km đã được nhựa hóa 59 km': a number
  whose clause after the figure before is only an act ('đã được nhựa hóa') measures the
  shared subject *as acted on* ('Tuyến đường liên xã đã được nhựa hóa'), not the subject of
  the figure before ('… có chiều dài', or '… có chiều dài 83': a neighbour's number);
- ``share``: '… chiếm tỷ lệ 49,56%', 'bằng 6,1% quy mô GDP', '30% là đối tượng tham gia mới':
  a percentage its clause says is a share is labelled as one ('Tỷ lệ hộ nghèo toàn huyện',
  'Doanh thu so với quy mô GDP', 'Tỷ lệ đối tượng tham gia mới'), never as the count or the
  amount it is a share of;
- ``measure over actor``: 'bà con canh tác theo lối cũ nên năng suất cây ngô thấp, chỉ đạt
  6 - 7 tấn/ha': the measure noun of the sentence the number is said of ('Năng suất cây ngô'),
  not who acted; a count of people said after an agent and its act ('cơ quan bảo hiểm xã hội
  đang chi trả cho khoảng 24 nghìn người hưởng chế độ …') is the count of those people;
- ``bare``: a label with no noun of its own ('Ở mức', 'Sau khi điều chỉnh tăng') is the
  subject noun phrase of its sentence; a label opened by a stray adverbial ('Vào, giá điện
  bình quân …') loses it.

Each reading uses pyvi's tags where the words need them (nouns, verbs); none changes a value."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from .labels import LABEL_WORDS, _nwords, fit, lent_from_before
from .quantities import Found, _pyvi
from .wellformed import cut_back

_SHARE_WORDS = re.compile(
    r"^(?:Tỷ lệ|Tỷ trọng|Cơ cấu|Tốc độ|Chỉ số|Mức|Tăng|Giảm)\b|\bso(?: với)?\b|\(|%|\b(?:tăng|giảm|"
    r"vượt|đạt|tỷ lệ|tỷ trọng)\b",
    re.IGNORECASE,
)
# 'chiếm 97%', 'chiếm tỷ lệ 49,56%', 'bằng 6,1%': the number is a share of a whole
_SHARE_BEFORE = re.compile(
    r"(?<!\w)(?:chiếm|bằng)\s+(?:tỷ lệ\s+|tỷ trọng\s+|khoảng\s+|gần\s+|trên\s+|hơn\s+|xấp xỉ\s+)*$",
    re.IGNORECASE,
)
# '30% là đối tượng tham gia mới', '70% còn lại là những người đã …': a share of those named
_SHARE_IS = re.compile(
    r"\s*(?:còn lại\s+)?là\s+(?:những\s+|các\s+)?"
    r"(?P<what>[^\W\d][^,;.()\d]{2,160}?)\s*(?=[,;.()]|$)"
)
_COUNTS = re.compile(r"^(?:Tổng số|Số lượng|Số)\s+(?=\S)", re.IGNORECASE)
_MONEY = ("đồng", "USD")
# the figure's clause reaches back no further than a sentence's or a clause run's end
_CLAUSE_END = re.compile(r"[.;!?:](?=\s|$)|\n")
# what a share's whole may be said as after the number: 'quy mô GDP', 'tổng số cử tri'
_BASE_AFTER = re.compile(
    r"\s*(?:so với\s+|của\s+)?(?P<base>[^\W\d][^,;.()\d]{2,40}?)\s*(?=[,;.()\d]|$)"
)
# an act on a subject already named: 'đã được nhựa hóa', ', đã nhựa hóa được'
_ACT_ONLY = re.compile(r"\s*,?\s*(?:và\s+)?(?P<act>[^\W\d][^,;.()\d:]{1,40}?)\s*$")
# measure nouns a sentence may say a number is of ('năng suất cây ngô … chỉ đạt 6 - 7 tấn/ha')
_MEASURE = re.compile(
    r"(?<!\w)(?:năng suất|sản lượng|chiều dài|diện tích|doanh thu|giá trị sản xuất|tổng mức đầu tư"
    r"|kinh phí|thu nhập bình quân|giá điện bình quân|giá điện)(?!\w)",
    re.IGNORECASE,
)
_STRAY_OPENING = re.compile(
    r"^(?:Vào|Trong|Sau|Đến|Tại|Với|Theo|Từ|Riêng|Còn|Nhưng|Song)\s*,\s+(?=\S)", re.IGNORECASE
)
_NOUN_TAGS = {"N", "Np", "Nc", "Ny"}
_TIME_NOUNS = {"hiện", "năm", "tháng", "quý", "ngày", "khi", "lúc", "mức", "giai đoạn", "kỳ", "đó"}


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _clause_start(text: str, pos: int) -> int:
    return _last_end(_CLAUSE_END, text, pos)


def _sentence(text: str, pos: int) -> int:
    return _last_end(_SENTENCE_END, text, pos)


def _last_end(stop: re.Pattern[str], text: str, pos: int) -> int:
    """The end of the last ``stop`` read in ``text[:pos]`` (0 when none), as a scan of
    ``text[:pos]`` finds it, from the stops of the whole text read once a paragraph (a scan from
    its start for each figure was the square of a long paragraph). ``stop`` ends with a
    punctuation mark followed by a space or the end, or a line break: a mark right before
    ``pos`` ends one there, as ``$`` reads it in the scan."""
    if 0 < pos <= len(text) and text[pos - 1] in ".;!?:\n" and stop.match(text[pos - 1]):
        return pos
    ends = _ends(stop, text)
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else 0


@functools.lru_cache(maxsize=32)
def _ends(stop: re.Pattern[str], text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in stop.finditer(text))


def _upper_first(label: str) -> str:
    return label[:1].upper() + label[1:]


def _lower_first(label: str) -> str:
    first = label.split()[0] if label.split() else ""
    if len(first) > 1 and first[1:].isupper():  # 'TNGT', 'GRDP' stay as written
        return label
    return label[:1].lower() + label[1:]


def _within(words: str, budget: int) -> str:
    """``words`` in ``budget`` words, cut between pyvi's words ('bảo hiểm' is never split): a
    phrase too long keeps its head noun and the act it does ('nông dân và lao động khu vực phi
    chính thức tham gia bảo hiểm xã hội tự nguyện' -> 'nông dân tham gia bảo hiểm xã hội'),
    not the head's modifiers cut off ('nông dân và lao động khu vực phi')."""
    if _nwords(words) <= budget:
        return words
    tokens, tags = _tags(words)
    head = next((k for k, t in enumerate(tags) if t not in _NOUN_TAGS), len(tags))
    act = next(
        (
            k
            for k in range(head + 1, len(tags))
            if tags[k] == "V" and tokens[k].lower() not in ("có", "là", "được")
        ),
        None,
    )
    if head and act is not None and _nwords(" ".join(tokens[:head] + tokens[act:])) >= 5:
        tokens = tokens[:head] + tokens[act:]  # the head and its act, modifiers between dropped
    kept: list[str] = []
    for token in tokens:
        if _nwords(" ".join((*kept, token))) > budget:
            break
        kept.append(token)
    back = cut_back(" ".join(kept))
    out = back if _nwords(back) >= 3 else " ".join(kept)
    while len(out.split()) > 1 and out.split()[-1].lower() in _PREFIXES:
        out = out.rsplit(" ", 1)[0]  # 'khu vực phi' of 'khu vực phi chính thức'
    return out


# syllables that open a word of more ('phi chính thức', 'tự nguyện'): never a label's last
_PREFIXES = {"trở", "phi", "bất", "vô", "tự", "phó", "đa", "siêu", "tiểu", "liên"}


def _rate_of(words: str, done: str = "") -> str:
    """'Tỷ lệ <words> <done>' within a label's words (``fit`` would drop a light head it cuts)."""
    room = LABEL_WORDS - 2 - _nwords(done)
    return " ".join(("Tỷ lệ", _within(_lower_first(words.strip()), room), done)).strip()


# a deictic the text closes a subject with ('phương án sắp xếp nói trên'): no part of a label
_DEICTIC = re.compile(r"\s+(?:nói trên|nói|trên đây|kể trên|này|đó)$", re.IGNORECASE)


def _tags(words: str) -> tuple[list[str], list[str]]:
    tagger = _pyvi()
    if tagger is None or not words.strip():
        return [], []
    tokens, tags = tagger(words)
    return [t.replace("_", " ") for t in tokens], tags


def _nouns(label: str) -> list[str]:
    """The nouns of ``label`` that name something (no time, no 'mức')."""
    tokens, tags = _tags(label)
    return [
        t
        for t, g in zip(tokens, tags, strict=False)
        if g in _NOUN_TAGS and t.lower() not in _TIME_NOUNS
    ]


def _last_noun_phrase(words: str) -> str:
    """The last run of nouns (with the adjectives, verbs, 'của', 'và' and numbers that go on to
    a noun within two words) in ``words``: the subject noun phrase a clause closes with ('số hộ
    thoát nghèo hàng năm tại địa phương khá lớn' -> 'số hộ thoát nghèo hàng năm tại địa
    phương')."""
    words = _ADVERB_OPENING.sub("", words)
    tokens, tags = _tags(words)
    best: list[str] = []
    run: list[str] = []
    for k, (tok, tag) in enumerate(zip(tokens, tags, strict=False)):
        ahead = tags[k + 1 : k + 3]
        inside = (
            tag in _NOUN_TAGS
            or (
                bool(run)
                and tag in ("A", "V", "E", "M", "S", "C")
                and (
                    any(t in _NOUN_TAGS for t in ahead)
                    # 'số đối tượng tham gia còn thấp': a verb that closes the noun phrase
                    or tag == "V"
                    and ahead[:1] in (["R"], ["A"])
                )
                and tok.lower() not in _PREDICATES
            )
        )
        if tag in _NOUN_TAGS and tok.lower() in _TIME_NOUNS and not run:
            inside = False
        if inside:
            run.append(tok)
            continue
        if run and _nwords(" ".join(run)) >= 2:
            best = run
        run = []
    if run and _nwords(" ".join(run)) >= 2:
        best = run
    return " ".join(best)


_PREDICATES = {"là", "có", "đạt", "chiếm", "bằng", "đã", "được", "tăng", "giảm", "còn"}
_ADVERB_OPENING = re.compile(
    r"^\s*(?:Hiện nay|Hiện|Đến nay|Nay|Trong đó|Nhờ đó|Do đó|Cụ thể)\s*,?\s+", re.I
)
# 'Tuyến đường liên thôn, buôn, bon và nội đồng': an enumeration said by its first and last
_ENUMERATION = re.compile(
    r"(?P<first>[^,]+?)(?:,\s*[^\W\d][^,]{0,12}?)+\s+và\s+(?P<last>[^\W\d][^,]{0,20})$"
)
# '… có (tổng) chiều dài (gần) 20 km': the measure a subject has
_HAS_MEASURE = re.compile(
    r"^(?P<subject>[^\W\d].{4,120}?)\s+(?:có\s+)(?:tổng\s+)?"
    r"(?P<measure>chiều dài|diện tích|công suất|tổng mức đầu tư|dân số)"
    r"(?:\s+(?:là|gần|khoảng|trên|hơn|xấp xỉ))*$",
    re.IGNORECASE,
)


def _subject_of_clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The subject and the measure of a clause '<subject> có (tổng) <measure> (gần)' that runs
    from ``start`` to the number at ``end``; ('', '') if the clause is not said so."""
    words = text[start:end].strip()
    said = _HAS_MEASURE.match(words)
    if said is None:
        return "", ""
    subject = _ADVERB_OPENING.sub("", said["subject"]).strip(" ,")
    if enum := _ENUMERATION.fullmatch(subject):
        subject = f"{enum['first'].strip()} và {enum['last'].strip()}"
    tokens, tags = _tags(subject)
    verb = next((k for k, t in enumerate(tags) if t == "V" and k >= 3), None)
    if verb is not None:
        subject = " ".join(tokens[:verb])  # 'tuyến quốc lộ 28 nối huyện với …': its head
    if not _nouns(subject):
        return "", ""
    return subject, said["measure"]


def _has_measure(text: str, f: Found) -> str:
    """'Tuyến đường liên huyện có chiều dài 101 km': 'Chiều dài tuyến đường liên huyện'."""
    if f.unit in (None, "%"):
        return ""
    subject, measure = _subject_of_clause(text, _clause_start(text, f.span[0]), f.span[0])
    if not subject:
        return ""
    return fit(f"{_upper_first(measure.lower())} {_lower_first(subject)}", LABEL_WORDS)


def _share(text: str, f: Found, previous: Found | None) -> str:
    """A percentage its clause says is a share, labelled as one ('' when it is not, or its
    label says so already)."""
    if f.unit != "%" or _SHARE_WORDS.search(f.label):
        return ""
    before = text[max(0, f.span[0] - 30) : f.span[0]]
    after = text[f.span[1] : f.span[1] + 120]
    if (what := _SHARE_IS.match(after)) and _nouns(what["what"]):
        return _rate_of(what["what"])
    if not _SHARE_BEFORE.search(before):
        return ""
    subject = _ADVERB_OPENING.sub("", f.label)
    base = _BASE_AFTER.match(after)
    if base and re.match(r"(?:so|cùng|với|trong|tăng|giảm|đạt|và)\b", base["base"].strip()):
        base = None
    if base is not None and _nouns(base["base"]):
        # 'doanh thu 340.500 tỉ đồng, …, bằng 6,1% quy mô GDP': the amount against its whole
        said = "so với " + re.sub(r"\s+(?:năm|tháng|quý)$", "", base["base"].strip())
        if _nwords(said) <= 6:
            return f"{fit(_upper_first(subject), LABEL_WORDS - _nwords(said))} {said}"
    if not re.search(r"chiếm", before) or (
        previous is not None and previous.unit and previous.unit.endswith(_MONEY)
    ):
        return ""  # 'bằng 91,15% so cùng kỳ': a comparison; an amount's share: the composer's
    return _rate_of(_DEICTIC.sub("", _COUNTS.sub("", subject)))


def _own_act(text: str, f: Found, previous: Found | None) -> str:
    """A number whose words after the figure before are only an act on their shared subject:
    '<subject> có chiều dài 83 km đã được nhựa hóa 59 km', '…, đã nhựa hóa được 297 km'."""
    if previous is None or previous.unit != f.unit and f.unit != "%":
        return ""
    start = _clause_start(text, f.span[0])
    if previous.span[0] < start:
        return ""
    subject, _measure = _subject_of_clause(text, start, previous.span[0])
    if not subject:
        return ""
    between = text[previous.span[1] : f.span[0]]
    act = _ACT_ONLY.fullmatch(between.rsplit(",", 1)[-1])
    if act is None:
        return ""
    tokens, tags = _tags(act["act"])
    if not tags or any(t in _NOUN_TAGS for t in tags) or "V" not in tags:
        return ""
    done = re.sub(r"\s+được$", "", act["act"].strip())  # 'đã nhựa hóa được 297 km'
    if f.unit == "%":
        return _rate_of(subject, done)
    return f"{fit(_upper_first(subject), LABEL_WORDS - _nwords(done))} {done}"


# what a measure noun and its object may be followed by before the number: its predicate
_MEASURE_THEN = re.compile(
    r"(?P<object>(?:\s+[^\W\d,;]+){0,4}?)(?:\s+(?:thấp|cao|tăng|giảm|lớn|nhỏ))?\s*,?\s*"
    r"(?:chỉ\s+|bình quân\s+|ước\s+)?(?:đạt|là|ở mức|khoảng|xấp xỉ|từ)?"
    r"(?:\s+(?:khoảng|gần|trên))?\s*$",
    re.IGNORECASE,
)


def _measure_over_actor(text: str, f: Found, previous: Found | None) -> str:
    """The measure noun phrase said just before the number's predicate ('bà con canh tác theo
    lối cũ nên năng suất cây ngô thấp, chỉ đạt 6 - 7 tấn/ha'), when the label names another
    thing (who acted, how)."""
    if f.unit in (None, "%") or _MEASURE.search(f.label):
        return ""
    start = _clause_start(text, f.span[0])
    said = list(_MEASURE.finditer(text, start, f.span[0]))
    if not said:
        return ""
    m = said[-1]
    then = _MEASURE_THEN.fullmatch(text, m.end(), f.span[0])
    if then is None:
        return ""
    phrase = m.group(0)
    obj = then["object"].strip()
    if obj and _nouns(obj) and not re.search(r"\s(?:và|của)$", f" {obj}"):
        phrase = f"{phrase} {obj}"
    elif (
        previous is not None
        and previous.unit == f.unit
        and previous.label.lower().startswith(phrase.lower())
    ):
        return previous.label  # 'nên năng suất đạt 9 - 10 tấn/ha': the measure of the one before
    return _upper_first(phrase) if phrase != m.group(0) else ""


# 'đã sản xuất được 317.211 tấn Alumin quy đổi': the output of an act of production
_PRODUCED = re.compile(
    r"(?<!\w)(?:đã\s+|đang\s+)?(?P<act>sản xuất|khai thác|thu hoạch|chế biến)(?:\s+được)?\s*$",
    re.IGNORECASE,
)
_OUTPUT_UNITS = ("tấn", "tạ", "m3", "kWh", "lít", "con", "tấn/năm")


def _output_of_act(text: str, f: Found) -> str:
    """'Sản lượng Alumin quy đổi', not the plant that produced it."""
    if not (f.unit or "").endswith(_OUTPUT_UNITS) or _MEASURE.search(f.label):
        return ""
    act = _PRODUCED.search(text, max(0, f.span[0] - 30), f.span[0])
    if act is None:
        # 'Nhà máy Alumin đang vận hành sản xuất theo kế hoạch năm 2019 là 650 tấn': the output
        # of who produces, not who produces
        who = re.match(
            r"(?P<who>.+?)\s+(?:đang\s+|đã\s+)?(?:vận hành\s+)?sản xuất(?:\s+theo)?"
            r"(?P<rest>\s*\(.*\))?$",
            f.label,
        )
        if who is None or not _nouns(who["who"]):
            return ""
        return f"Sản lượng {_lower_first(who['who'])}{who['rest'] or ''}"
    what = re.match(
        r"\s*((?:[^\W\d,;.()]+\s*){1,4}?)(?=[,;.()]|\s+(?:đạt|tăng|giảm|bằng)\b|$)",
        text[f.span[1] :],
    )
    said = "Sản lượng" if act["act"].lower() == "sản xuất" else f"Sản lượng {act['act'].lower()}"
    if what and _nouns(what[1]):
        return fit(f"{said} {what[1].strip()}", LABEL_WORDS)
    return ""


def _counted_after_actor(text: str, f: Found) -> str:
    """'cơ quan bảo hiểm xã hội đang chi trả cho khoảng 24 nghìn người hưởng chế độ bảo hiểm xã
    hội tự nguyện': the people counted and what they are, not the agent and its act."""
    unit = (f.unit or "").split()[-1:] or [""]
    if unit[0] not in ("người", "hộ"):
        return ""
    if not re.search(r"\s(?:đã|đang|sẽ|vừa)\s+[^\W\d]+", f" {f.label}"):
        return ""
    tokens, tags = _tags(f.label)
    if not tags or tags[0] not in _NOUN_TAGS:
        return ""
    rest = re.match(r"\s*((?:[^\W\d,;.()]+\s*){1,14})", text[f.span[1] :])
    if rest is None:
        return ""
    _toks, rtags = _tags(rest[1])
    if not rtags or rtags[0] != "V":
        return ""
    return f"Số {unit[0]} {_within(rest[1].strip(), LABEL_WORDS - 2)}"


# heads that name no subject by themselves ('Tỷ trọng hiện mới', 'Số tiền')
_LIGHT = {
    "tỷ lệ", "tỷ trọng", "số", "tổng số", "số tiền", "số lượng", "mức", "đánh giá", "mỗi",
    "mục tiêu", "chỉ tiêu",
}  # fmt: skip
# 'Sau khi điều chỉnh tăng 8,36% vào tháng 3/2019, giá điện bình quân …': a clause said before
# its subject
_BEFORE_SUBJECT = re.compile(r"\s*(?:Sau khi|Khi|Nếu|Trước khi)\s", re.IGNORECASE)
_THEN_SUBJECT = re.compile(
    r"(?:\s*(?:vào|trong|từ)\s+(?:tháng|năm|quý)\s+[\d/]+)?\s*,\s*(?P<np>[^,;.()\d]{4,80}?)\s+"
    r"(?:chỉ\s+)?(?:đạt|là|tăng|giảm|ở mức|còn)\b"
)
_RUN_IN_HEAD = re.compile(
    r"(?:^|[.;:]\s*|Trong đó,\s*)(?P<head>[^\W\d][^:;.,()\d]{2,30}?)\s*:\s+"
    r"(?:[^:;.]|\.(?=\d))*$"
)
_UNIT_MEASURE = {"m2": "Diện tích", "ha": "Diện tích", "km": "Chiều dài", "tấn": "Sản lượng"}


def _own_nouns(label: str) -> list[str]:
    return [n for n in _nouns(label) if n.lower() not in _LIGHT]


def _bare(text: str, f: Found, previous: Found | None) -> str:
    """A label with no noun of its own, named by the subject noun phrase its clause gives."""
    label = f.label
    if stray := _STRAY_OPENING.match(label):
        return _upper_first(label[stray.end() :])
    start = _clause_start(text, f.span[0])
    if label.lower() in ("số tiền", "kinh phí", "tổng kinh phí") and (
        head := _RUN_IN_HEAD.search(text[_sentence(text, f.span[0]) : f.span[0]])
    ):
        # 'Trong đó, muối I ốt: 463.484 kg, với số tiền 2,5 tỷ đồng': the run-in item's sum
        return fit(f"{label} {_lower_first(head['head'].strip())}", LABEL_WORDS)
    light = re.match(r"(?:Tỷ trọng|Tỷ lệ)\s+", label)
    rest = label[light.end() :] if light else label
    # 'Tỷ trọng đặt ra mục tiêu, nông dân': a share's head run into the words of an act, cut
    # across a comma from its subject, in words the text never writes so ('Tỷ lệ thu hồi, tái
    # chế bao bì …' is written so: acts sharing one object)
    garbled = (
        bool(light)
        and ", " in rest
        and _tags(rest)[1][:1] == ["V"]
        and rest.lower() not in text.lower()
    )
    if (unit := (f.unit or "")) in _UNIT_MEASURE and label.lower().startswith("mỗi "):
        return f"{_UNIT_MEASURE[unit]} {_lower_first(label)}"  # 'Diện tích mỗi hộ'
    if _own_nouns(label) and not garbled:
        return ""
    if _BEFORE_SUBJECT.match(text, start) and (main := _THEN_SUBJECT.match(text, f.span[1])):
        verb = re.search(r"(?:^|\s)(tăng|giảm)$", label)
        np = _last_noun_phrase(main["np"])
        if np and verb:
            return fit(f"{_upper_first(np)} {verb[1]}", LABEL_WORDS)
    if (
        not garbled
        and label.lower() not in _LIGHT
        and not (light and not _own_nouns(rest) and "V" not in _tags(rest)[1])
        and (_nouns(label) or _nwords(label) > 3)
        and not label.lower().startswith("mỗi ")
    ):
        return ""  # a label of its own words: the composer names it from its clause
    said = re.sub(r"\s+(?:tăng|giảm)$", "", label.lower())
    if (
        _tags(label)[1][:1] not in (["E"], ["C"], ["R"])
        and said in text[max(start, f.span[0] - 60) : f.span[0]].lower()
    ):
        # 'xuất khẩu tăng', 'chi thường xuyên ở mức': pyvi's verbs (or 'Chi' as P), the text's
        # own subject written right before the number
        return ""
    words = text[start : f.span[0]]
    if previous is not None and previous.span[1] > start:
        words = text[start : previous.span[0]]
    bracket = words.rfind("(")
    if bracket > words.rfind(")") and not _own_nouns(words[bracket + 1 :]):
        words = words[:bracket]  # '… số đối tượng tham gia còn thấp (hiện mới chiếm khoảng'
    phrase = _last_noun_phrase(words)
    if not phrase or not _own_nouns(phrase):
        sentence = _sentence(text, f.span[0])
        if (
            previous is not None
            and previous.unit == f.unit
            and previous.span[0] >= sentence
            and _own_nouns(previous.label)
        ):
            return previous.label  # '…; đến năm 2025 đạt khoảng 2,5%': said of the same subject
        return ""
    if (f.unit or "").startswith("%"):  # '%', '%/năm': a rate of what the phrase counts
        return _rate_of(_COUNTS.sub("", phrase))
    return fit(_upper_first(phrase), LABEL_WORDS)


_FRACTION = re.compile(r"^(?:½|1/2|một nửa|gấp đôi|gần|khoảng)\s+(?=\S)", re.IGNORECASE)
_BASE_BRACKET = re.compile(r"\s*\((?:so với|so)\s[^()]*\)$")


def _from_other_clause(text: str, f: Found) -> str:
    """'… đến hết tháng 6 …; Dịch vụ cung cấp nước sạch 6 tháng đầu năm đạt 121,2% kế
    hoạch': a label the text writes only before the number's clause (a ';' between) is the
    clause before's; the number's own clause names it ('Dịch vụ cung cấp nước sạch (so với kế
    hoạch)'). A number in a bracket names what the bracket follows, without a fraction of it
    ('chỉ bằng ½ giá điện bình quân của thế giới (0,14 USD/kWh)')."""
    label = f.label
    base = _BASE_BRACKET.search(label)
    said = (label[: base.start()] if base else label).strip()
    start = _clause_start(text, f.span[0])
    if ("/" in (f.unit or "") or (f.unit or "").endswith(_MONEY)) and (
        bracket := re.search(r"(?<=[^\W\d])\s*\(\s*$", text[start : f.span[0]])
    ):
        # 'chỉ bằng ½ giá điện bình quân của thế giới (0,14 USD/kWh)': what the bracket follows
        before = text[start : start + bracket.start()]
        phrase = _last_noun_phrase(before)
        if phrase and before.rstrip().endswith(phrase.split()[-1]) and _own_nouns(phrase):
            phrase = _FRACTION.sub("", phrase)
            if phrase.lower() != said.lower() and _nwords(phrase) >= 2:
                return _within(_upper_first(phrase), LABEL_WORDS)
    own = text[start : f.span[0]]
    if base is None or not said or said.lower() in own.lower():
        return ""  # (a list of counts after ';' shares its subject: left as the rules named it)
    if ";" not in text[max(0, start - 1) : start]:
        return ""
    opening = " ".join(said.lower().split()[:2])  # the label's words are the clause before's
    if opening in own.lower() or opening not in text[_sentence(text, start) : start].lower():
        return ""
    phrase = re.split(r"\s+\d", _last_noun_phrase(own))[0]  # not its period ('6 tháng …')
    if not phrase or not _own_nouns(phrase) or _nwords(phrase) < 2:
        return ""
    named = _within(_upper_first(phrase), LABEL_WORDS - _nwords(base.group(0) if base else ""))
    return named + (base.group(0) if base else "")


# a bound said in a bracket right after a figure ('hỗ trợ 50% (không quá 40 triệu đồng/ha)'):
# the most or the least of the same support, not a subject of its own
_BOUND_BRACKET = re.compile(
    r"\s*\(\s*(?P<bound>không quá|tối đa|không vượt quá|không dưới|tối thiểu|ít nhất)\s*$",
    re.IGNORECASE,
)
_BOUND_NAME = {"không quá": "tối đa", "tối đa": "tối đa", "không vượt quá": "tối đa"}
_ABOUT = re.compile(r"^(?:Về|Đối với|Riêng)\s+", re.IGNORECASE)


def _bracket_bound(text: str, f: Found, previous: Found | None) -> str:
    """'Về hỗ trợ tưới nước tiên tiến, hỗ trợ 50% (không quá 40 triệu đồng/ha)': a bound in a
    bracket right after the figure before is that figure's subject at its most (or least):
    'Hỗ trợ tưới nước tiên tiến (tối đa)', not the bracket's words ('Không quá') nor a place
    named after it."""
    if previous is None or not previous.label or previous.unit == f.unit:
        return ""
    bound = _BOUND_BRACKET.search(text, previous.span[1], f.span[0])
    if bound is None or bound.end() != f.span[0] or bound.start() != previous.span[1]:
        return ""
    if _own_nouns(f.label) and f.label.lower() not in text[bound.start() : f.span[0]].lower():
        subject = _last_noun_phrase(f.label)
        if subject and subject.lower() != "địa phương":
            return ""  # (a bound with a subject of its own, named by it)
    said = _BOUND_NAME.get(bound["bound"].lower(), "tối thiểu")
    head = _upper_first(_ABOUT.sub("", re.sub(r"\s*\([^()]*\)$", "", previous.label)))
    if _nwords(head) > LABEL_WORDS - 2 and ", " in head:
        head = head.split(", ")[0]  # 'Hỗ trợ tưới nước tiên tiến, tiết kiệm nước': its first
    return f"{fit(head, LABEL_WORDS - 2)} ({said})"


def _about(text: str, f: Found) -> str:
    """'Về hỗ trợ tưới nước tiên tiến, tiết kiệm nước': a label opened by the word that
    announces a topic ('Về') names it without it ('Riêng công nghiệp tăng' keeps its 'Riêng': it
    sets the part apart)."""
    opening = re.match(r"Về\s+", f.label)
    if opening is None or not re.match(r"\s*Về\s", text[_sentence(text, f.span[0]) :]):
        return ""  # ('… 60.476,8 tấn, về trị giá tương đương …': 'as for', no topic announced)
    rest = f.label[opening.end() :]
    return _upper_first(rest) if _nwords(rest) >= 2 and _own_nouns(rest) else ""


# an aspect word after a noun phrase: that phrase is who acts, a clause's subject ('Bộ đã chỉ
# đạo', 'Đại hội cũng thống nhất', 'Thành phố đã giải ngân'), not a noun phrase's own clause
# ('vừa' is no such word: 'doanh nghiệp vừa và nhỏ' is a size)
_ASPECT = re.compile(r"\s+(?:đã|cũng|cũng đã|sẽ|đang)\s+(?=[^\W\d])", re.IGNORECASE)
# the number's predicate, closing the clause before it ('… năm 2018 ước đạt', '… là khoảng')
_PREDICATE_END = re.compile(
    r"(?:\s+(?:ước tính|ước đạt|ước|dự kiến|đạt được|đạt|là|khoảng|gần|trên|hơn|xấp xỉ|chỉ|"
    r"bình quân|lên|tới))+\s*$",
    re.IGNORECASE,
)


# what makes the noun phrase before it the subject of the number: 'đạt', 'là', 'ước'
_COPULA = re.compile(r"(?<!\w)(?:đạt|là|ước)(?!\w)", re.IGNORECASE)
# a time a clause closes on before its predicate ('… đến cuối năm 2025', '… năm 2018')
_TIME_CLOSING = re.compile(
    r"\s+(?:(?:đến|trong|vào|tính đến|đến hết)\s+)?(?:cuối\s+|đầu\s+|hết\s+)?(?P<when>"
    r"(?:năm|quý|tháng)\s+[\dIVX][\dIVX/.-]*(?:\s+năm\s+\d{4})?)$",
    re.IGNORECASE,
)


def _subject_past_agent(text: str, f: Found) -> str:
    """'Bộ đã chỉ đạo, triển khai nhiều giải pháp …, dự kiến các nguồn vốn giải ngân năm 2018
    ước đạt 33.785 tỷ đồng', 'Đại hội cũng thống nhất điều chỉnh GRDP bình quân đầu người đến
    cuối năm 2025 đạt 8.500 USD/người': a label that opens on who acts or on the act (its
    opening words are said, in the number's sentence, just after or just before an aspect word:
    'Bộ đã', 'Đại hội cũng') is the subject noun phrase the number's predicate closes on
    ('Nguồn vốn giải ngân năm 2018', 'GRDP bình quân đầu người'), where the clause says one
    right before it."""
    sentence = _sentence(text, f.span[0])
    said = text[sentence : f.span[0]]
    opening = re.escape(" ".join(f.label.split()[:2]))
    if not opening or not any(
        _ASPECT.match(said, m.end()) or re.search(r"(?:đã|cũng|sẽ|đang)\s+$", said[: m.start()])
        for m in re.finditer(rf"(?<!\w){opening}(?!\w)", said, re.IGNORECASE)
    ):
        return ""
    clause = re.split(r"[,;:(]", said)[-1]
    predicate = _PREDICATE_END.search(clause)
    if predicate is None or not _COPULA.search(predicate.group(0)):
        return ""  # (a hedge alone, 'thu nộp ngân sách hơn 4.300 tỷ đồng': an act's object)
    before = clause[: predicate.start()].strip()
    time = _TIME_CLOSING.search(before)
    if time is not None:
        before = before[: time.start()].strip()
    phrase = _last_noun_phrase(before)
    rest = before[before.rfind(phrase) + len(phrase) :].strip() if phrase else ""
    if rest and len(_tags(rest)[1]) <= 2 and set(_tags(rest)[1]) <= {"V", "A", "N"}:
        phrase = f"{phrase} {rest}"  # a verb closing the phrase ('nguồn vốn giải ngân')
    if not phrase or not before.endswith(phrase.split()[-1]) or _ASPECT.search(f" {phrase} "):
        return ""  # no noun phrase right before the predicate, or one that acts itself
    if not _own_nouns(phrase) or _nwords(phrase) < 2:
        return ""
    if time is not None:
        phrase = f"{phrase} {time['when']}"  # the time it is of, said before its predicate
    if phrase.lower() in f.label.lower() or f.label.lower().startswith(phrase.lower()):
        return ""
    return _upper_first(_within(phrase, LABEL_WORDS))


def clause_subjects(text: str, found: list[Found]) -> list[Found]:
    """Each figure's label checked against its clause (see the module); replaced only where the
    clause names the number's subject otherwise."""
    out = list(found)
    for i, f in enumerate(out):
        if not f.label:
            continue
        previous = out[i - 1] if i else None
        named = (
            _subject_past_agent(text, f)
            or _bracket_bound(text, f, previous)
            or _own_act(text, f, previous)
            or _has_measure(text, f)
            or (not lent_from_before(found, i) and _from_other_clause(text, f))
            or _share(text, f, previous)
            or _counted_after_actor(text, f)
            or _output_of_act(text, f)
            or _measure_over_actor(text, f, previous)
            # (a bare head lent from the figure before, 'Mục tiêu', is named here all the same)
            or (
                (not lent_from_before(found, i) or f.label.lower() in _LIGHT)
                and _bare(text, f, previous)
            )
            or _about(text, f)
        )
        if named and named != f.label:
            out[i] = replace(f, label=named)
    return out


# what a share is written before: the noun phrase after the number up to its clause's end or the
# next number ('100% nhà trường và trên 70% người lao động tại các khu công nghiệp')
_AFTER_NUMBER = re.compile(r"[ \t]+(?P<np>[^\W\d](?:[^;:.()\n|\d]|\d(?![\d.,]*(?:\s|%|$)))+)")
_NP_TAIL = re.compile(
    r"(?:\s+(?:và|hoặc|trên|hơn|ít nhất|tối thiểu|khoảng|gần|đạt|là|từ|đến))+\s*$", re.I
)
# what may come before a share of those named after it in its clause: nothing but a list mark
# ('6.5. Trên 80% số trạm y tế …'), 'và' (the next of a list of shares), 'có' ('có ít nhất 50%
# đơn vị hành chính cấp xã …'), 'tại', or a target's verb ('Phấn đấu 100% cơ sở …', 'Đảm bảo
# trên 70% diện tích nuôi …'), each with its hedge; an act's verb makes the phrase its object
# ('phủ sóng 90% dân số', 'hỗ trợ 100% chi phí thiết kế', 'bố trí ít nhất 3% tổng chi ngân
# sách'), a measure's its whole or its plan ('tương đương 3,7% tổng sản phẩm', 'đạt 87% vốn kế
# hoạch', 'giảm 19,4% số thí sinh'): no share of those
_SHARE_OPENING = re.compile(
    r"(?:^\W*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•*])?|.*(?<!\w)(?:và|có|tại|phấn đấu|bảo đảm|đảm bảo))"
    r"\s*(?:(?:khoảng|gần|trên|hơn|xấp xỉ|ít nhất|tối thiểu)\s+)*",
    re.IGNORECASE | re.DOTALL,
)
# nouns after a percentage that are its base or its time, never those it counts
_BASE_NOUNS = {
    "kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "nghị quyết", "kh", "nq", "tổng", "tổng số",
    "gdp", "grdp", "năm", "tháng", "quý", "kỳ", "cùng kỳ", "giai đoạn", "so", "điểm", "mức",
    "trở", "trở lên", "vốn", "tổng mức", "giá trị", "quy mô", "cơ cấu", "lãi suất", "thời kỳ",
}  # fmt: skip
_COUNT_WORDS = {"số", "các", "những", "toàn bộ", "tất cả", "số lượng"}


def _share_noun_phrase(text: str, f: Found) -> str:
    """The noun phrase a percentage is written before ('trên 70% người lao động tại các khu
    công nghiệp' -> 'người lao động tại các khu công nghiệp', '80% số trạm y tế' -> 'trạm y
    tế', '100% cơ quan, đơn vị đạt danh hiệu …': kinds listed, one phrase); '' when none
    follows it, or its clause makes that phrase the number's whole, base, plan or an act's
    object (``_SHARE_OPENING``)."""
    after = _AFTER_NUMBER.match(text, f.span[1])
    if after is None:
        return ""
    digit = next((k for k in range(f.span[0], f.span[1]) if text[k].isdigit()), f.span[0])
    if not _SHARE_OPENING.fullmatch(text, _clause_start(text, digit), digit):
        return ""
    parts = after["np"].split(",")
    np = parts[0]
    for part in parts[1:]:
        if _nwords(np.rsplit(",", 1)[-1]) > 2 or _tags(part.strip())[1][:1] not in (["N"], []):
            break
        np = f"{np},{part}"
    if (more := re.search(r"\s+và\s+(?:[^\W\d]+\s+){0,3}(?=\d)", np)) is not None:
        np = np[: more.start()]  # '… nhà trường và trên 70% …': the next share's words
    np = _NP_TAIL.sub("", np).strip(" ,")
    if np.count("“") > np.count("”") or np.count('"') % 2:
        return ""  # cut inside a quotation ('100% trường học trên toàn tỉnh “xanh, sạch, đẹp”')
    tokens, tags = _tags(np)
    k = 0
    while k < len(tokens) and tokens[k].lower() in _COUNT_WORDS:
        k += 1
    if k >= len(tokens) or tags[k] not in _NOUN_TAGS or tokens[k].lower() in _BASE_NOUNS:
        return ""
    return np[np.lower().index(tokens[k].lower()) :] if k else np


def shares_of_what_follows(text: str, found: list[Found]) -> list[Found]:
    """A percentage written before a noun phrase is the share of those the phrase names, as its
    clause says ('Trên 80% số trạm y tế cấp xã trên toàn tỉnh và 100% cơ sở cai nghiện ma túy
    công lập đủ điều kiện …', '… khoảng 11,43% dân số sống ở đô thị và 88,57% dân số sống ở
    nông thôn'): a label that does not name that phrase (one lent from the share before, 'Tỷ lệ
    trạm y tế cấp xã' of '100% cơ sở cai nghiện', 'Dân số sống ở đô thị' of '88,57% dân số
    sống ở nông thôn', or made of words before the number, 'Chống ma túy cho người học' of '…
    tại 100% nhà trường') is 'Tỷ lệ <the phrase>', the phrase alone where both do not fit, the
    phrase cut to fit where it alone does not. Never a table's cell (its row and column name
    it)."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit != "%" or not f.label or "|" in text[_sentence(text, f.span[0]) : f.span[1]]:
            continue
        np = _share_noun_phrase(text, f)
        if not np:
            continue
        if _nwords(np) + 2 <= LABEL_WORDS:
            label = f"Tỷ lệ {np}"
        elif _nwords(np) <= LABEL_WORDS:
            label = np  # ('Chất thải rắn ở đô thị được thu gom': whole, as the gold says it)
        else:
            label = f"Tỷ lệ {fit(np, LABEL_WORDS - 2)}"
        said = set(re.findall(r"\w+", f.label.lower())) - {"tỷ", "lệ", "số"}
        if (
            said <= set(re.findall(r"\w+", np.lower()))
            or set(re.findall(r"\w+", label.lower())) - {"tỷ", "lệ"} <= said
        ):
            continue  # the label names those already, in the phrase's words or more
        out[i] = replace(f, label=_upper_first(label))
    return out


# an item of a list of amounts, each before what it is of ('379 ha đậu tương, 840 ha lạc, '):
# the items before a figure in its list, back to the act the list is the object of
_AMOUNT_ITEM = re.compile(
    r"(?:(?:khoảng|gần|trên|hơn|xấp xỉ)\s+)?\d[\d.,]*\s*(?:ha|tấn|km|m2)\s+"
    r"[^\W\d][^,;.()\d\n]{0,40}?\s*[,;]\s*$",
    re.IGNORECASE,
)
_HEDGES = re.compile(r"(?:\s+(?:khoảng|gần|trên|hơn|xấp xỉ|được))+\s*$", re.IGNORECASE)
_ACT_WORDS = {"mới"}  # ('trồng mới')
_NOT_AMOUNT_ACTS = {"tăng", "giảm", "còn", "đạt", "là", "chiếm", "bằng", "vượt", "lên", "xuống"}


def _act_before(text: str, f: Found) -> str:
    """The act whose object a list of amounts is ('toàn tỉnh đã thu hoạch được 11.695 ha lúa
    đông xuân', 'gieo trồng được 19.726 ha lúa nương, …, 3.338 ha dong giềng', 'hiện có 6.206
    ha cao su; … 4.397 ha chè'): its verbs ('thu hoạch', 'gieo trồng', 'hiện có'), '' when the
    words before the list end on none, or on a change ('tăng 500 ha lúa')."""
    digit = next((k for k in range(f.span[0], f.span[1]) if text[k].isdigit()), f.span[0])
    before = text[_sentence(text, digit) : digit]  # (a list may run on after ';')
    while item := _AMOUNT_ITEM.search(before):
        before = before[: item.start()]
    before = _HEDGES.sub("", before).rstrip(" ,")
    tokens, tags = _tags(before)
    k = len(tokens)
    while k and (tags[k - 1] == "V" or tokens[k - 1].lower() in _ACT_WORDS):
        k -= 1
    act = tokens[k:]
    if not act or not any(t == "V" for t in tags[k:]) or act[0].lower() in _NOT_AMOUNT_ACTS:
        return ""
    if [a.lower() for a in act] == ["có"]:
        return "hiện có" if k and tokens[k - 1].lower() == "hiện" else ""
    return " ".join(act).lower()


_WHAT_AFTER = re.compile(
    r"[ \t]*(?P<what>[^\W\d][^,;:.()\d\n]{1,60}?)\s*(?=[,;:.()\n]|$|\s+và\s+\d|\s+trong đó)"
)
# what a word of the list's item is not when the item names a crop or a kind ('lạc', 'dong
# giềng', which pyvi reads as an adjective or a verb): a preposition, a conjunction, an adverb,
# a number, a pronoun
_NOT_NAMING = {"E", "C", "CC", "R", "M", "P", "L"}


def amounts_of_what_follows(text: str, found: list[Found]) -> list[Found]:
    """An area or a weight written before what it is of, the object of an act ('Tính đến ngày
    15/7 toàn tỉnh đã thu hoạch được 11.695 ha lúa đông xuân', 'trên địa bàn tỉnh gieo trồng
    được 19.726 ha lúa nương, …, 3.338 ha dong giềng; 5.799 ha rau và đậu đỗ các loại',
    'trồng mới 303 ha cà phê; 107 ha chè'): named by its measure, what it is of and the act
    ('Diện tích lúa đông xuân thu hoạch', 'Diện tích dong giềng gieo trồng', 'Diện tích chè
    trồng mới'), where its label names no more than that crop (its name alone, 'Dong giềng')
    or none of it (a time or an act of the clause, 'Đến trung tuần tháng Bảy', 'Cây công
    nghiệp lâu năm tiếp tục phát triển'). Never a table's cell."""
    out = list(found)
    for i, f in enumerate(out):
        measure = _UNIT_MEASURE.get((f.unit or "").lower())
        if measure is None or not f.label or "|" in text[_sentence(text, f.span[0]) : f.span[1]]:
            continue
        after = _WHAT_AFTER.match(text, f.span[1])
        if after is None or _nwords(after["what"]) > 6:
            continue
        what = after["what"].strip()
        tokens, tags = _tags(what)
        if (
            not tags
            or tags[0] in _NOT_NAMING
            or tokens[0].lower() in _BASE_NOUNS | _NOT_AMOUNT_ACTS
        ):
            continue
        act = _act_before(text, f)
        if not act:
            continue
        said = set(re.findall(r"\w+", f.label.lower()))
        named = set(re.findall(r"\w+", what.lower()))
        measured = set(re.findall(r"\w+", measure.lower()))
        if said - named - measured and said & named:
            continue  # a label of its own words about that crop: kept
        if measure == "Sản lượng" and act.lower() == "sản xuất":
            act = ""  # what production yields is its output ('Sản lượng alumin', as above)
        label = fit(f"{measure} {_lower_first(what)} {act}".strip(), LABEL_WORDS)
        out[i] = replace(f, label=label)
        # its change said right after what it is of, named with it ('… thả nuôi được hơn
        # 76.180ha thuỷ sản các loại (tăng 5,42% so với năm 2021)', '… 18.462 ha lúa ruộng,
        # giảm 1,9% so với cùng kỳ'): the label's change kept, its subject this one
        if i + 1 < len(out) and out[i + 1].unit == "%":
            nxt = out[i + 1]
            between = text[after.end() : nxt.span[0]]
            change = _CHANGE_AFTER.search(nxt.label)
            if change is not None and re.fullmatch(r"[\s,(]*(?:tăng|giảm)?\s*", between):
                changed = fit(f"{label}{nxt.label[change.start() :]}", LABEL_WORDS)
                out[i + 1] = replace(nxt, label=changed)
    return out


# a change closing a label ('… gieo cấy giảm', '… tăng so với năm 2021')
_CHANGE_AFTER = re.compile(r"\s+(?:tăng|giảm)(?:\s.*)?$")
