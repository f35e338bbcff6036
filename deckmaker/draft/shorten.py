"""A noun phrase shortened to a label's budget of words at its phrase boundaries, never between
a word and what it needs.

A label longer than a slide allows used to be cut after its N-th word (pyvi's words: a compound
was never split), then its dangling end cut back. On documents nobody tuned on, that left labels
a reader cannot use: 'Số doanh nghiệp công nghệ số mới cung cấp' (a verb without its object),
'Dân số từ 15 tuổi trở lên có điện thoại' (of '… có điện thoại thông minh': another measure),
'Tỷ trọng kinh tế số đạt tối thiểu' (the figure's own predicate). ``shortened`` instead:

(a) drops the figure's predicate at the end ('đạt tối thiểu', 'chiếm tối thiểu', 'gấp'): what
    the number is said to do, no part of what it measures (``wellformed.cut_back`` drops it
    from every label, whatever its length);
(b) drops, one at a time, the parts a reader does not need to tell what is measured: a bracket
    of several words, the scope of a population ('từ 15 tuổi trở lên', 'trong độ tuổi lao
    động'), of a place ('trên địa bàn tỉnh'), a time frame ('đến năm 2030', 'giai đoạn
    2021-2025');
(c) then cuts at the last place that fits where no phrase is broken: never before a word that
    makes its head what it is ('nền tảng | số', 'điện thoại | thông minh', 'dịch vụ công | trực
    tuyến', 'nông thôn | mới'), inside a name ('huyện Sìn | Hồ') or inside the noun a
    preposition governs ('trong lực lượng | lao động'), never leaving a preposition,
    a conjunction, an adverb or a hedge at the end, nor a verb an adverb opens cut from its
    object ('mới cung cấp | sản phẩm'). A verb may end it otherwise: pyvi reads as verbs the
    nouns of many compounds ('hệ thống xử lý | nước thải', 'tài khoản giao dịch thanh toán').

It returns None when the longest such cut keeps less than half the budget: the caller then cuts
between words as it did before, though never before a word of ``COMPLEMENT``.

A label's budget is the caller's share of the slide's ``LABEL_WORDS`` (10), the rest going to
what it appends ('(so với kế hoạch)'): a label never runs over it. A first version let a label
run up to two words over rather than cut a phrase, and cut before every verb: on the evaluation
set 90 labels the scorer took as usable (tests/draft_eval.py) no longer were, most of them over
ten words once the caller's suffix was added. Keeping every verb that takes an object from the
end ('sử dụng | nền tảng số') left stubs that lose the measure ('Bệnh viện, trung tâm y tế' of
'… áp dụng bệnh án điện tử'): only a verb an adverb opens is kept from it.
"""

from __future__ import annotations

import re

from .quantities import _pyvi
from .wellformed import DANGLING, PREDICATE_END, WHOLE_ENDS

# the parts of a noun phrase that narrow it without naming what is measured, in the order they go
_REMOVABLE = (
    # a bracket of a few words inside or at the end ('(giá so sánh 2010)'; not a short name,
    # '(GRDP)', '(MES)')
    re.compile(r"\s*\([^()\s]+(?:\s+[^()\s]+)+\)"),
    # the age of a population ('từ 15 tuổi trở lên', 'trên 15 tuổi', 'trong độ tuổi lao động')
    re.compile(
        r"\s+(?:(?:từ|trên|dưới|đủ)\s+\d{1,3}\s+tuổi(?:\s+trở\s+(?:lên|xuống))?"
        r"|trong\s+độ\s+tuổi(?:\s+lao\s+động|\s+đi\s+học)?)(?=\s|$)",
        re.IGNORECASE,
    ),
    # the place it is counted in ('trên địa bàn tỉnh', 'trên địa bàn thành phố Biên Hòa')
    re.compile(
        r"\s+(?:trên|tại|thuộc)\s+địa\s+bàn(?:\s+(?:toàn\s+)?(?:tỉnh|huyện|thành phố|thị xã|xã|"
        r"phường|quận))?(?-i:\s+[A-ZĐ]\w*)*(?=\s|$)",
        re.IGNORECASE,
    ),
    # a time frame ('đến năm 2030', 'năm 2025', 'giai đoạn 2021 - 2025')
    re.compile(
        r"\s+(?:(?:đến|tới|trong|vào|đến hết)\s+)?(?:năm|giai đoạn)\s+\d{4}"
        r"(?:\s*[-–]\s*\d{4})?(?=\s|$)",
        re.IGNORECASE,
    ),
)

# words that make the noun before them what it is: never a boundary before them, whatever pyvi
# tags them ('trực_tuyến/V', 'băng/V rộng')
COMPLEMENT = {
    "số",
    "thông minh",
    "trực tuyến",
    "điện tử",
    "băng rộng",
    "công",
    "mới",
    "sạch",
    "xanh",
    "kiến thiết",
}

# the words a name follows, the name being theirs ('châu Âu', 'tỉnh Hòa Bình', 'vụ Xuân')
_NAMED = {
    "châu",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "sông",
    "thành phố",
    "thị xã",
    "vụ",
    "cấp",
}

# what pyvi tags as a preposition or a conjunction and is no boundary ('trở lên')
_NOT_BOUNDARY = {"lên", "xuống", "ra", "vào"}

# the tags of what must not end a label: a preposition, a conjunction, an adverb, a
# determiner, a particle
_OPEN_TAGS = {"E", "C", "Cc", "R", "L", "T"}


def _nwords(text: str) -> int:
    """Words as a slide counts them ('khoa/phó': two, as ``labels.fit`` counts them)."""
    return sum(1 for token in text.replace("/", " ").split() if any(c.isalnum() for c in token))


def _capital(label: str, like: str) -> str:
    return label[:1].upper() + label[1:] if like[:1].isupper() else label


def _ends_open(words: list[str], tags: list[str]) -> bool:
    """The words end on something that needs what follows it."""
    text = " ".join(words)
    if DANGLING.search(text) and not WHOLE_ENDS.search(text):
        return True
    if PREDICATE_END.search(text):
        return True
    return tags[-1] in _OPEN_TAGS and words[-1].lower() not in COMPLEMENT


def merged(tokens: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """pyvi's tokens (spaces for its underscores) with the two-syllable words of ``COMPLEMENT``
    it split rejoined ('băng', 'rộng' -> 'băng rộng', an adjective)."""
    words, out_tags = [t.replace("_", " ") for t in tokens], list(tags)
    if len(words) != len(out_tags):
        return words, ["N"] * len(words)
    i = 0
    while i + 1 < len(words):
        if f"{words[i]} {words[i + 1]}".lower() in COMPLEMENT:
            words[i : i + 2] = [f"{words[i]} {words[i + 1]}"]
            out_tags[i : i + 2] = ["A"]
        i += 1
    return words, out_tags


def _offsets(text: str, tokens: list[str]) -> list[int] | None:
    """Where each of pyvi's tokens starts in ``text``; None if pyvi changed what it read."""
    out, at = [], 0
    for token in tokens:
        found = text.find(token, at)
        if found < 0:
            return None
        out.append(found)
        at = found + len(token)
    return out


def shortened(label: str, budget: int) -> str | None:
    """``label`` in at most ``budget`` words (see the module); None when no cut between phrases
    keeps half of it."""
    text = " ".join(label.split())
    while (end := PREDICATE_END.search(text)) and _nwords(text[: end.start()]) >= 2:
        text = text[: end.start()].rstrip(" ,;:-–")
    if _nwords(text) <= budget:
        return _capital(text, label)
    for part in _REMOVABLE:
        shorter = " ".join(part.sub("", text).split())
        if shorter != text and _nwords(shorter) >= 2:
            text = shorter
            if _nwords(text) <= budget:
                return _capital(text, label)
    tagger = _pyvi()
    if tagger is None:
        return None
    words, tags = merged(*tagger(text))
    starts = _offsets(text, words)
    if starts is None:
        return None
    fitting = None
    for i in range(1, len(words) + 1):
        kept = text[: starts[i]] if i < len(words) else text
        if _nwords(kept) > budget:
            break
        if _cuttable(words, tags, i):
            fitting = kept.rstrip(" ,;:-–(")
    if fitting is None or _nwords(fitting) < max(2, budget / 2):
        return None
    return _capital(fitting, label)


def _cuttable(words: list[str], tags: list[str], i: int) -> bool:
    """A phrase may be cut before its ``i``-th token: that token is no word of ``COMPLEMENT``,
    no particle of a verb ('trở lên'), no word inside a name nor inside the noun a preposition
    governs; what is kept ends on no
    preposition, conjunction, adverb, hedge or predicate, nor on a verb an adverb opens cut from
    its object ('mới cung cấp | sản phẩm')."""
    if i < len(words) and (words[i].lower() in COMPLEMENT or words[i].lower() in _NOT_BOUNDARY):
        return False
    if (
        i < len(words)
        and words[i][:1].isupper()
        and (words[i - 1][:1].isupper() or words[i - 1].lower() in _NAMED)
    ):
        return False  # (a name goes on: 'thị trường châu | Âu', 'tỉnh | Hòa Bình', 'Sìn | Hồ')
    kept, kept_tags = words[:i], tags[:i]
    if not kept or not {"N", "Np", "Nc"} & set(kept_tags):
        return False
    if _ends_open(kept, kept_tags):
        return False
    after = tags[i] if i < len(tags) else "F"
    if after in {"N", "Np"} and "E" in kept_tags[1:-1] and kept_tags[-1] in {"N", "Np"}:
        # inside the noun a preposition governs ('trong lực lượng | lao động', 'của ngân sách |
        # địa phương'): before the preposition, or not at all
        return False
    if kept_tags[-1] != "V" or kept[-1].lower() in COMPLEMENT or after in {"E", "C", "Cc", "F"}:
        return True
    # a verb cut from its object: kept where pyvi may have read a noun as a verb ('hệ thống xử
    # lý | nước thải', 'hoàn thành giáo dục | tiểu học'), not where an adverb says it opens a
    # clause ('mới cung cấp | sản phẩm')
    opened = len(kept) > 1 and kept[-2].lower() in {"mới", "đã", "đang", "sẽ", "vừa", "cũng"}
    return not opened
