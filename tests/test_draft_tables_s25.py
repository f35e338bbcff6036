"""A figure of a table's row is named by the row and by its column, both: the row's head
(with the row it is a sub-row of, or its number and its bracket of amounts) and the column's
head when that names whose share or what is measured; a column of a year gives the figure its
period; a row that names only the place its column names takes the heading the table is under.
Real tables of the evaluation set (tests/fixtures/draft-eval/), each document drafted whole."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from deckmaker.draft import draft
from deckmaker.draft.labels import LABEL_WORDS
from deckmaker.draft.wellformed import well_formed

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"


@cache
def _figures(name: str) -> list:
    return list(draft(EVAL / f"{name}.txt", slides=None).deck.figures)


def _labels(name: str) -> list[str]:
    return [f.label for f in _figures(name)]


def test_a_row_of_a_bracket_of_amounts_is_named_by_its_number_and_its_bracket():
    # '| Bậc thuế | Phần thu nhập tính thuế/tháng (triệu đồng) | … | Thuế suất (%) |' over
    # '| 2 | Trên 10 đến 30 | 20 | 10 |': on main every rate was 'Biểu thuế lũy tiến từng phần
    # (thuế suất)', the table's caption and the column, five labels alike
    figures = _figures("wa-btc-cv-thuetncn-2025")
    rates = [
        f
        for f in figures
        if f.unit == "%" and f.label.startswith("Thuế suất bậc") and "(" in f.label
    ]
    assert [(f.value, f.label) for f in rates] == [
        (Decimal(5), "Thuế suất bậc 1 (đến 10 triệu đồng)"),
        (Decimal(10), "Thuế suất bậc 2 (trên 10 đến 30 triệu đồng)"),
        (Decimal(20), "Thuế suất bậc 3 (trên 30 đến 60 triệu đồng)"),
        (Decimal(30), "Thuế suất bậc 4 (trên 60 đến 100 triệu đồng)"),
        (Decimal(35), "Thuế suất bậc 5 (trên 100 triệu đồng)"),
    ]


HANOI = "wc-hanoi-nq-phanchianguonthu-2025"


def test_a_row_naming_the_place_its_column_names_takes_the_tables_heading():
    # '### III. Bố sung từ ngân sách cấp trên' over '| Nội dung | Thành phố (%) | Xã; phường (%)
    # |' and '| | Thành phố | 100 | |': on main labelled 'Thành phố', 'Xã; phường', twice each
    labels = _labels(HANOI)
    tail = labels[-4:]
    assert [re.sub(r"^.*\(", "(", s) for s in tail] == ["(Thành phố)", "(Xã; phường)"] * 2
    assert all(s.startswith("Bố sung từ ngân sách") for s in tail[:2])
    assert all(s.startswith("Thu chuyển nguồn") for s in tail[2:])


def test_a_one_word_sub_row_is_named_with_its_row():
    # '| 23 | **Huy động đóng góp theo quy định …** |' then '| | - Xã | | | 100 |', and '| 24 |
    # **Thu kết dư ngân sách** |' then '| | - Xã | …': on main both were 'Xã (NS xã)'
    labels = _labels(HANOI)
    assert "Xã (NS xã)" not in labels
    assert any(re.fullmatch(r"Huy động đóng góp[^:]*: xã \(NS xã\)", s) for s in labels)
    assert "Thu kết dư ngân sách: xã (NS xã)" in labels


def test_the_words_sub_rows_share_give_way_to_the_row_they_belong_to():
    # '| 8.1 | Lệ phí trước bạ nhà đất |' then '- Thu trên địa bàn phường', '- Thu trên địa bàn
    # xã': on main 'Lệ phí: thu trên địa bàn phường (NS Thành phố)', the row cut to two words
    labels = _labels(HANOI)
    assert "Lệ phí trước bạ nhà đất: phường (NS Thành phố)" in labels
    assert "Lệ phí trước bạ nhà đất: xã (NS xã)" in labels
    # '| 1.4 | Thu từ khu vực kinh tế ngoài quốc doanh | 68 | 32 |' under '| 1 | Thuế giá trị gia
    # tăng …': on main 'Thuế giá trị: thu từ khu vực (trung ương)', the sector lost
    assert sum("kinh tế ngoài quốc doanh (trung ương)" in s for s in labels) == 3


def test_a_share_column_is_said_in_brackets_whatever_the_row_names():
    # '| 11 | Thu từ quỹ dự trữ tài chính của Thành phố | | 100 | |': on main 'Thu từ quỹ dự trữ
    # tài chính NS Thành phố' (a row naming a measure ran on into the column); and a row naming
    # the column's place ('Thu từ khu vực DNNN do Trung ương quản lý') still says whose share
    labels = _labels(HANOI)
    assert "Thu từ quỹ dự trữ tài chính (NS Thành phố)" in labels
    assert not [s for s in labels if re.search(r"\sNS (?:Thành phố|xã)$", s)]
    central = [f for f in _figures(HANOI) if "DNNN do Trung ương" in f.label]
    assert central and all(f.label.endswith(("(trung ương)", "(thành phố)")) for f in central)
    for label in labels:
        assert len(re.findall(r"\w+", label)) <= LABEL_WORDS
        assert well_formed(label) == label


def test_a_column_of_a_year_is_its_figures_period():
    # '| Chỉ tiêu | 2015 | 2016 | 2017 | 2018 | 2019 |': on main the figures had no period
    counted = [
        f for f in _figures("za-btttt-bc-vienthong-2020")
        if f.unit == "doanh nghiệp" and re.search(r"\s20(?:1[5-9])$", f.label)
    ]  # fmt: skip
    assert len(counted) == 28
    assert all(f.period == f.label[-4:] for f in counted)
