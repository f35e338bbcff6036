"""Words kept whole at line ends (layout/nobreak.py): every word of two or three syllables of the
Vietnamese lexicon, not only the hand-kept list, and the right word where two overlap."""

from __future__ import annotations

import pytest

from deckmaker.layout.nobreak import COMPOUNDS, NBSP, _lexicon, bind_compounds


def _bound(text: str) -> list[str]:
    return [w for w in bind_compounds(text).split(" ") if NBSP in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [  # words a designer saw split on the sample deck, none of them in COMPOUNDS
        ("Tổ chức tuyên truyền phù hợp, sáng tạo", "phù hợp,"),
        ("thúc đẩy chuyển đổi số", "thúc đẩy"),
        ("tình yêu quê hương", "quê hương"),
        ("điều hành lãi suất", "lãi suất"),
        ("Tết Nguyên đán", "Tết Nguyên đán"),
        ("(Trung ương)", "(Trung ương)"),
    ],
)
def test_a_lexicon_word_is_kept_whole(text, word):
    assert word.split(" ")[0] not in COMPOUNDS
    assert word.replace(" ", NBSP) in _bound(text)


def test_the_word_read_backwards_wins_an_overlap():
    # "tiền sử" (prehistory) and "sử dụng" (use) overlap: "tiền / sử dụng / đất"
    assert _bound("trừ tiền sử dụng đất") == [f"sử{NBSP}dụng"]


def test_function_words_are_not_bound_and_numbers_stay_apart():
    assert _bound("có nhân dân ủng hộ") == [f"nhân{NBSP}dân", f"ủng{NBSP}hộ"]
    assert bind_compounds("tăng 7,5 % so với") == "tăng 7,5 % so với"


def test_the_lexicon_is_pyvis_word_list_read_as_text():
    words = _lexicon()
    assert len(words) > 20000 and "phù hợp" in words
    assert all(2 <= len(w.split()) <= 3 for w in words)
