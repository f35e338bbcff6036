"""Vietnamese words that more than one place of deckmaker reads, each list spelt once.

The layout's line breaker (``layout/breaks.py``, ``layout/nobreak.py``) and the draft extractor
(``draft/reader.py``, ``draft/wellformed.py``) ask the same question of a word: does it need
what follows it? A slide's line, a pasted text's wrapped line or a drafted label that ends on
one was parted from its complement. Each place keeps beside its import the words only it needs
(the layout's aspect and modal words, the reader's verbs of change and nouns of time, the label
check's adverbs): the lists here are the words they all mean. The draft's target finder
(``draft/targets.py``, ``draft/labels.py``) names a plan, and tells a report from it, by the
same words in several patterns (``PLAN_NOUNS``, ``REPORTING_WORDS``); its label makers
(``draft/grammar.py``, ``draft/labels.py``) take the same words of a link off a label
(``LINKING_WORDS``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

QUANTIFIERS = ("các", "những", "mọi", "mỗi")
"""Plural markers and quantifiers: they say how many of the noun after them ("các / khu công
nghiệp")."""
TENSE_VOICE = ("đã", "đang", "sẽ", "được")
"""Tense and voice words: they open the predicate whose verb follows them ("đã / hoàn thành",
"được / tăng cường")."""
NEEDS_WHAT_FOLLOWS = frozenset(
    QUANTIFIERS
    + TENSE_VOICE
    # prepositions
    + ("của", "về", "với", "đối với", "trong", "cho", "tại", "ở", "từ", "để", "nhằm", "bởi")
    + ("do", "theo", "đến", "tới", "thuộc", "trong đó", "tính đến")
    # conjunctions, comparison and inclusion
    + ("và", "hoặc", "mà", "so", "so với", "như", "gồm", "bao gồm")
    # the copula, having, verbs of measure and the hedges of a number
    + ("là", "có", "bằng", "đạt", "chiếm", "hơn", "khoảng", "gần", "trên", "dưới")
)
"""Words that need what follows them: a preposition, a conjunction, a determiner, a tense or
voice word, the copula, a verb of measure ("… bệnh án điện tử đạt" then "100%;", "Tổng thu
nội địa đến" cut from "hết tháng 6")."""

PLAN_NOUNS = ("mục tiêu", "kế hoạch", "chỉ tiêu", "dự toán")
"""The nouns that name a plan or a target ("vượt / so với kế hoạch", "đạt 100% chỉ tiêu"): the
draft extractor tells a target from a comparison with one by them (``draft/targets.py``,
``draft/labels.py``; where the abbreviation counts too, with "KH")."""
PLACE_KINDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")
"""The kinds of local unit written before a place's name ("tỉnh Hưng Yên", "thành phố Hà Nội"):
a table's row that names a place and a list's item of one (``draft/tables.py``,
``draft/labels.py``, each with its own extras: "TP.", "địa bàn", "địa phương"). Rules that read
smaller units too ("thị trấn", "thôn") list their own."""
LINKING_WORDS = (
    "bên cạnh đó", "cùng với đó", "do đó", "do vậy", "dù vậy", "dẫu vậy", "đặc biệt",
    "đồng thời", "mặc dù vậy", "ngoài ra", "nhìn chung", "như vậy", "nhờ đó", "qua đó",
    "theo đó", "thực tế", "trên thực tế", "từ đó", "tuy nhiên", "tuy vậy", "vì vậy",
)  # fmt: skip
"""Words that link a sentence to what came before it ("Cùng với đó, số thu đạt …", "Tuy vậy,
số lượng này …", "Thực tế, …"): no word of what a figure measures. The draft takes them off a
label's head (``draft/grammar.py``, ``draft/labels.py``), reads no subject's boundary in them
("với" of "Cùng với đó") and no concession in "Tuy nhiên", "Dù vậy"."""
REPORTING_WORDS = ("đạt", "vượt", "ước", "đã", "thực hiện", "hoàn thành")
"""Words that report a result ("Các chỉ tiêu … ước đạt …", "Kết quả thực hiện các chỉ tiêu"):
a run-in heading that names targets is no list of them when one of these follows
(``draft/targets.py``)."""


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular expression's alternatives, longest first ("so với|so")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
