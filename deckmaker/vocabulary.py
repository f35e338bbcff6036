"""The words deckmaker itself writes on slides and charts, per deck language, in one place."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, Literal

Lang = Literal["vi", "en"]
LANGUAGES: Final = ("vi", "en")

_WORDS: Final = {
    "vi": {
        "cont": "(tiếp)",  # a continued slide's title: "Kết quả (tiếp)"
        "cont_n": "(tiếp {i}/{n})",  # numbered: "Kết quả (tiếp 2/3)", unique (issue 18)
        "first_n": "({i}/{n})",  # the first of them: "Kết quả (1/3)" (review R14)
        "part": "Phần",  # a section's label: "Phần 1"
        "agenda": "Nội dung",  # the agenda slide's title (``deck.agenda``)
        "agenda_alt": "Nội dung chính",  # its title when a section is called "Nội dung"
        "agenda_notes": "Trang nội dung: bài trình bày gồm {n} phần.",  # its speaker notes
        "source": "Nguồn",
        "unit": "Đơn vị",
        "plan": "kế hoạch",  # "đạt 144,6% kế hoạch"
        "plan_short": "KH",
        "plan_name": "Kế hoạch",  # a series or a KPI detail
        "actual": "Thực hiện",
        "no_data": "không có số liệu",
        "rise": "tăng",  # {key.change}: "tăng 5,05%"
        "fall": "giảm",  # "giảm 1,2%"
        "same": "không đổi",
        "ceiling": "dưới",  # a figure that is a ceiling: "dưới 0,9%"
        "floor": "trên",  # a floor: "trên 69%"
        "about": "khoảng",  # an approximation: "khoảng 31%"
        "target": "Mục tiêu",  # a chart's planned values, drawn dashed
        # the speaker notes of a chart slide whose bullets only said its values again
        "restated": "Các ý sau đã có trên biểu đồ nên không nhắc lại trên trang chiếu:",
        # the title of the bullets after a chart gone to a slide of its own: its takeaway, not
        # a continuation ("(tiếp 2/2)"), and a title of its own (a screen reader lists them)
        "takeaway": "{title} – điểm chính",
    },
    "en": {
        "cont": "(cont.)",
        "cont_n": "(cont. {i}/{n})",
        "first_n": "({i}/{n})",
        "part": "Part",
        "agenda": "Contents",
        "agenda_alt": "Main contents",
        "agenda_notes": "The contents: the presentation has {n} parts.",
        "source": "Source",
        "unit": "Unit",
        "plan": "plan",
        "plan_short": "plan",
        "plan_name": "Plan",
        "actual": "Actual",
        "no_data": "no data",
        "rise": "up",
        "fall": "down",
        "same": "unchanged",
        "ceiling": "under",
        "floor": "over",
        "about": "about",
        "target": "Target",
        "restated": "The chart shows these points, so the slide does not repeat them:",
        "takeaway": "{title} – key points",
    },
}

WORDS: Final = MappingProxyType({k: MappingProxyType(v) for k, v in _WORDS.items()})
"""``WORDS[lang][word]``: every word deckmaker writes by itself, per deck language."""


def word(lang: str, key: str) -> str:
    """One word of deckmaker's vocabulary in ``lang``."""
    return WORDS[lang][key]


# --- what fixed text claims about the figure after it -----------------------------------------
#
# ``check`` reads the words written just before a ``{key}`` and warns when they say the opposite
# of the figure: "tăng" before a fall, "vượt kế hoạch" before a result short of its plan. Each
# entry is (pattern, claim), tried in order; a phrase a longer entry has taken is not read again,
# so "tăng trưởng" (growth, a noun) and "giảm còn" (fell *to* a level) claim nothing.
#
# Claims: "rise" (the value is above zero), "fall" (below zero), "exceed" (above the plan, or
# above the top of a range or a ceiling), "meet" (the plan is met, by its kind), "short" (the
# plan is not met), "under" (at or below a ceiling), "within" (inside a range); None: nothing.

Claim = Literal["rise", "fall", "exceed", "meet", "short", "under", "within"] | None

_CLAIMS: Final[dict[str, tuple[tuple[str, Claim], ...]]] = {
    "vi": (
        (r"tăng trưởng|tăng cường|tốc độ tăng|tăng giảm|tăng, giảm|tăng/giảm", None),
        (r"giảm nghèo|cắt giảm chi phí", None),
        (r"(?:tăng|giảm)(?: lên| xuống)? (?:còn|lên|xuống|đến|tới)\b", None),
        (r"chưa đạt|không đạt|chưa hoàn thành|không hoàn thành|thấp hơn kế hoạch", "short"),
        (r"dưới kế hoạch|hụt kế hoạch", "short"),
        (r"dưới mức trần|trong mức trần|không vượt mức trần|không vượt quá", "under"),
        (r"trong khoảng", "within"),
        (r"vượt", "exceed"),
        (r"(?:đạt|hoàn thành)(?: và vượt)? (?:kế hoạch|chỉ tiêu|mục tiêu)", "meet"),
        (r"gia tăng|tăng thêm|tăng", "rise"),
        (r"sụt giảm|suy giảm|giảm", "fall"),
    ),
    "en": (
        (r"up to|rose to|risen to|fell to|fallen to|increased to|decreased to|grew to", None),
        (r"declined to|dropped to|down to|growth rate", None),
        (r"fell short of|short of|missed|below (?:the )?(?:plan|target)", "short"),
        (r"under the ceiling|below the ceiling|within the ceiling", "under"),
        (r"within the (?:planned )?range|within the range", "within"),
        (r"exceeded|exceeding|exceeds|above (?:the )?(?:plan|target)|surpassed|beat", "exceed"),
        (
            r"met (?:the )?(?:plan|target)|on (?:plan|target)|achieved (?:the )?(?:plan|target)",
            "meet",
        ),
        (r"up|rose|risen|increased|increase of|grew|grown|gained|higher by", "rise"),
        (r"down|fell|fallen|decreased|decrease of|declined|dropped|lower by", "fall"),
    ),
}

CLAIMS: Final = MappingProxyType(_CLAIMS)
"""``CLAIMS[lang]``: (pattern, claim) pairs, in the order they are tried; see above."""

SIGNED_CHANGE: Final = ("tăng trưởng", "tăng", "growth", "change", "thay đổi", "biến động")
"""Words in a figure's label (or key, without accents: ``grdp_growth``, ``tang_truong``) that say
its value is a signed change, below zero for a fall. "giảm {key}" before a positive value is only
a contradiction for such a figure: elsewhere "giảm 6,52%" may well write the size of a fall."""
