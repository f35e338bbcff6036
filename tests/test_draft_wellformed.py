"""Every label the draft emits is well-formed as a slide title (deckmaker/draft/wellformed.py):
whatever rule or word budget made it, a dangling end is cut back to the phrase before it or
closed as the text closes it, an open bracket goes with what it opened, a word said twice is said
once, markup is dropped and names keep the capitals the document gives them."""

from __future__ import annotations

import pytest

from deckmaker.draft.labels import _lower_first, fit
from deckmaker.draft.wellformed import well_formed

from .draft_cases import case, labels
from .draft_eval import clean_label

WELL_FORMED = [
    # (label as a rule or a cut left it, the label emitted)
    case("adverb at the end", "Tỷ lệ hộ nghèo chỉ", "Tỷ lệ hộ nghèo"),
    case(
        "preposition before a bracket",
        "Tổng thu nội địa đến hết (so với dự toán)",
        "Tổng thu nội địa (so với dự toán)",
    ),
    case("half of 'đối với'", "Quy mô: tốc độ thiết kế đối", "Quy mô: tốc độ thiết kế"),
    case(
        "copula and its measure",
        "Người dân kết nối mạng được bảo vệ ở mức",
        "Người dân kết nối mạng được bảo vệ",
    ),
    case("future marker", "TPHCM dự tính số thu ngân sách sẽ", "TPHCM dự tính số thu ngân sách"),
    case(
        "verb cut from its number", "Tổng thu ngân sách nhà nước đạt", "Tổng thu ngân sách nhà nước"
    ),
    case(
        "a bracket left open",
        "Số xã đạt chuẩn nông thôn mới (theo Bộ",
        "Số xã đạt chuẩn nông thôn mới",
    ),
    case("a bracket left open alone", "Xã đạt chuẩn nông thôn mới (", "Xã đạt chuẩn nông thôn mới"),
    case("a bracket never opened", "Thu nội địa) tăng", "Thu nội địa tăng"),
    case(
        "a pair said twice",
        "Số mô hình mô hình phát triển cây dược liệu",
        "Số mô hình phát triển cây dược liệu",
    ),
    case("a word said twice", "Tổng đàn đàn lợn", "Tổng đàn lợn"),
    case(
        "two compounds sharing a syllable", "Số mô hình hình thành mới", "Số mô hình hình thành mới"
    ),
    case(
        "a word before a name",
        "Tỷ lệ giải ngân Ngân hàng Chính sách xã hội",
        "Tỷ lệ giải ngân Ngân hàng Chính sách xã hội",
    ),
    case("markup", "**Thu thuế XNK", "Thu thuế XNK"),
    case("an enumeration's marker", "(i) Tăng trưởng GRDP", "Tăng trưởng GRDP"),
    case(
        "a marker left capitalised", "Ii ) Giải ngân vốn đầu tư công", "Giải ngân vốn đầu tư công"
    ),
    case("a letter's marker", "b) Thu nội địa", "Thu nội địa"),
    case("a letter that is a word", "Vitamin A", "Vitamin A"),
    case("a year run in", "2022 tổng giá trị sản xuất", "Tổng giá trị sản xuất"),
    case("a name opening", "hàn Quốc", "Hàn Quốc"),
    case(
        "whole words ending like one",
        "Tỷ lệ lao động có bằng cấp, chứng chỉ",
        "Tỷ lệ lao động có bằng cấp, chứng chỉ",
    ),
    case("a dwelling, not 'ở'", "Diện tích nhà ở", "Diện tích nhà ở"),
    case("a bound, not 'lên'", "Số người từ 60 tuổi trở lên", "Số người từ 60 tuổi trở lên"),
    case("nothing left: as it was", "Chỉ", "Chỉ"),
]


@pytest.mark.parametrize(("label", "emitted"), WELL_FORMED)
def test_a_label_is_made_well_formed(label, emitted):
    assert well_formed(label) == emitted
    if emitted != "Chỉ":
        assert clean_label(emitted)


TEXT = (
    "Kim ngạch xuất khẩu sang Hàn Quốc tăng; Huyện Tuy Phước có 25 nhà văn hóa. Sang Nhật Bản"
    " tăng 6,5%; Đài Loan 2.669 triệu USD."
)


@pytest.mark.parametrize(
    ("label", "emitted"),
    [
        case("a name the text writes", "Xuất khẩu sang hàn Quốc", "Xuất khẩu sang Hàn Quốc"),
        case(
            "a name after a figure and ';' is inside its sentence",
            "Kim ngạch đài Loan",
            "Kim ngạch Đài Loan",
        ),
        case(
            "a sentence's first word is no name",
            "Nhà văn hóa huyện Tuy Phước",
            "Nhà văn hóa huyện Tuy Phước",
        ),
    ],
)
def test_names_keep_the_capitals_the_text_gives_them(label, emitted):
    assert well_formed(label, TEXT) == emitted


@pytest.mark.parametrize(
    ("label", "budget", "emitted"),
    [
        # the budget cut back to a phrase, never before a word that needs its complement (the
        # cut alone leaves 'đối với', 'ở', '(theo Bộ')
        case(
            "cut before 'đối với'",
            "Tốc độ thiết kế đối với đường cao tốc Bắc Nam",
            6,
            "Tốc độ thiết kế",
        ),
        case(
            "cut before 'ở mức'",
            "Người dân kết nối mạng được bảo vệ ở mức cao",
            9,
            "Người dân kết nối mạng được bảo vệ",
        ),
        case(
            "cut inside a bracket",
            "Số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí quốc gia)",
            9,
            "Số xã đạt chuẩn nông thôn mới",
        ),
    ],
)
def test_the_word_budget_cuts_at_a_phrase(label, budget, emitted):
    assert fit(label, budget) == emitted


@pytest.mark.parametrize(
    ("label", "emitted"),
    [
        case("a measure", "Tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo"),
        case("an acronym", "THPT công lập", "THPT công lập"),
        case("a name of two words", "Hàn Quốc", "Hàn Quốc"),
        case("a name of a place", "Bắc Ninh", "Bắc Ninh"),
    ],
)
def test_a_label_following_other_words_keeps_its_names(label, emitted):
    assert _lower_first(label) == emitted


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # 'đạt' closing the clause of what passed stays ('cơ sở đạt,'); cut from its number, not
        case(
            "what passed is whole",
            "Năm nay kiểm tra 1.240 cơ sở, trong đó có 1.102 cơ sở đạt, tỷ lệ 88,9%.",
            "Tỷ lệ cơ sở đạt",
        ),
        case(
            "what passed, after a number with a dot",
            "Trong đó có 25.407 phương tiện đạt, tỉ lệ 72,4%.",
            "Tỷ lệ phương tiện đạt",
        ),
        case(
            "a count cut before its grade",
            "Đến nay, đã có 10 sản phẩm được cấp giấy chứng nhận OCOP đạt 3 sao.",
            None,
        ),
    ],
)
def test_the_labels_of_a_paragraph_are_clean(paragraph, expected):
    got = labels(paragraph)
    assert all(clean_label(label) for label in got), got
    if expected is not None:  # the last figure's label
        assert got[-1] == expected


def test_a_dangling_end_is_closed_as_the_text_closes_it():
    text = "Đến nay, đã có 10 sản phẩm được cấp OCOP đạt 3 sao, 01 sản phẩm."
    span = (text.index("10"), text.index("10") + len("10 sản phẩm"))
    label = "Số sản phẩm được cấp OCOP đạt"
    assert well_formed(label, text, span, 10) == f"{label} 3 sao"
    # no room for what closes it: cut back instead
    assert well_formed(label, text, span, 8) == "Số sản phẩm được cấp OCOP"
    # the figure's own number never closes its label
    text = "Tổng thu ngân sách nhà nước đạt 6.109 tỷ đồng."
    span = (text.index("6.109"), len(text) - 1)
    assert well_formed("Tổng thu ngân sách nhà nước đạt", text, span) == (
        "Tổng thu ngân sách nhà nước"
    )
