"""The words deckmaker itself writes on slides and charts, per deck language, in one place."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, Literal

Lang = Literal["vi", "en"]
LANGUAGES: Final = ("vi", "en")

_WORDS: Final = {
    "vi": {
        "cont": "(tiếp)",  # a continued slide's title: "Kết quả (tiếp)"
        "part": "Phần",  # a section's label: "Phần 1"
        "source": "Nguồn",
        "unit": "Đơn vị",
        "plan": "kế hoạch",  # "đạt 144,6% kế hoạch"
        "plan_short": "KH",
        "plan_name": "Kế hoạch",  # a series or a KPI detail
        "actual": "Thực hiện",
        "no_data": "không có số liệu",
    },
    "en": {
        "cont": "(cont.)",
        "part": "Part",
        "source": "Source",
        "unit": "Unit",
        "plan": "plan",
        "plan_short": "plan",
        "plan_name": "Plan",
        "actual": "Actual",
        "no_data": "no data",
    },
}

WORDS: Final = MappingProxyType({k: MappingProxyType(v) for k, v in _WORDS.items()})
"""``WORDS[lang][word]``: every word deckmaker writes by itself, per deck language."""


def word(lang: str, key: str) -> str:
    """One word of deckmaker's vocabulary in ``lang``."""
    return WORDS[lang][key]
