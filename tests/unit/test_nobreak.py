"""Words kept whole at line ends (layout/nobreak.py): every word of two or three syllables of the
Vietnamese lexicon, not only the hand-kept list, and the right word where two overlap."""

from __future__ import annotations

import pytest

from deckmaker.layout.nobreak import COMPOUNDS, NBSP, _lexicon, bind_compounds, no_widow


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


def test_binding_the_last_two_words_adds_no_space():
    # two plain words left after the lexicon bound the rest: "Tỷ lệ" + "hộ nghèo"
    assert no_widow(f"Tỷ{NBSP}lệ hộ{NBSP}nghèo") == f"Tỷ{NBSP}lệ{NBSP}hộ{NBSP}nghèo"
    assert no_widow("một hai ba bốn năm") == f"một hai ba bốn{NBSP}năm"


def test_a_word_that_names_a_number_stays_with_it():
    got = bind_compounds("theo Kết luận số 42-KL/TW, GRDP năm 2023, giai đoạn 2021-2025, khóa XIII")
    for kept in ("số 42-KL/TW", "năm 2023", "giai đoạn 2021-2025", "khóa XIII"):
        assert kept.replace(" ", NBSP) in got, kept
    assert bind_compounds("năm nay tăng") == "năm nay tăng"


def test_a_year_counts_nothing():
    from deckmaker.layout.nobreak import bind_counted

    assert bind_counted("năm 2024 tăng 8,5%") == "năm 2024 tăng 8,5%"  # "2024" is no count
    assert bind_counted("Thu hút 11 dự án") == f"Thu hút 11{NBSP}dự án"
