"""Count units and labels read in session 32 (issue 15, wt-h42c: batches AO and AP), each
checked on sentences of the documents that showed the class (ao-tamdao-bc-kiemlam-6thang-2018,
ao-myan-hdnd-kyhop8-2024, chodon-hdnd-nq-chitieu-2012, ap-thanhliem-huyenuy-thang10-2019,
ap-tuyenquang-bc-vieclam-2023) and on sentences composed from the class."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .draft_cases import case, composed, found, labels, read

D = Decimal

# two nouns said together, joined by a comma, are one unit (tests/draft_eval.py's convention:
# 'nhà hàng, khách sạn'); not a noun that opens the next figure's measure or a plan, not half of
# a list, not a syllable pyvi cuts off a compound
PAIRS = [
    case("restaurants-hotels",
         "Các cơ sở đã ký cam kết với 18 nhà hàng, khách sạn đạt 120% so với năm 2017.",
         [(D(18), "nhà hàng, khách sạn"), (D(120), "%")]),
    case("opinions-petitions",
         "Tổng hợp trả lời 20 ý kiến, kiến nghị của cử tri.",
         [(D(20), "ý kiến, kiến nghị")]),
    case("classifier-and-a-compound-cut-before-a-stop",
         "Đàn vật nuôi có 35.000 con lợn; 295.000 con gia cầm, thủy cầm.",
         [(D(35000), "con lợn"), (D(295000), "con gia cầm, thủy cầm")]),
    case("not-a-measure-after",
         "Thu hút 500 lao động, doanh thu đạt 5 tỷ đồng.",
         [(D(500), "lao động"), (D(5), "tỷ đồng")]),
    case("not-a-plan-after",
         "Hiện có 512.700 tên miền, mục tiêu hết năm đạt 600.000 tên miền.",
         [(D(512700), "tên miền"), (D(600000), "tên miền")]),
    case("not-a-list-of-three",
         "Có 18 nhà hàng, khách sạn, quán ăn ký cam kết.",
         [(D(18), "nhà hàng")]),
    case("not-a-level-run",
         "Có 8/11 huyện, thành phố triển khai.",
         [(D(8), "huyện")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PAIRS)
def test_two_nouns_said_together_are_one_unit(text, want):
    assert found(text, "value unit") == want


# a manner of planting after a classifier is the label's, the classifier's noun is counted
def test_a_manner_after_a_classifier_is_no_part_of_the_unit():
    text = "Trồng được 55 ha rừng sản xuất; 176.559 cây phân tán các loại."
    assert found(text, "value unit") == [(D(55), "ha"), (D(176559), "cây")]


# a share of a plan after a count's comma is what the count attained, not the bound that
# defines what is counted ('6 mặt hàng đạt kim ngạch trên 10 tỷ USD' still is)
def test_a_share_of_a_plan_after_a_counts_comma_is_a_figure():
    text = (
        "Năm 2023, toàn tỉnh đã giải quyết việc làm cho 25.953 lao động, đạt hơn 116% kế hoạch năm."
    )
    assert found(text, "value unit") == [(D(25953), "lao động"), (D(116), "%")]
    bound = "Có 6 mặt hàng đạt kim ngạch xuất khẩu trên 10 tỷ USD."
    assert found(bound, "value unit") == [(D(6), "mặt hàng")]


# a sentence of clauses: the last clause a measure opens names the figure, cut before its verb
# when later clauses go on with it; the label of the share after it follows
CLAUSES = [
    case("measure-in-a-later-clause",
         "Tình hình kinh tế - xã hội cơ bản ổn định, giá trị sản xuất CN-TTCN đạt khá, lũy kế "
         "đến nay ước trên 12 tỷ 300 triệu đồng, đạt 94,03% KH.",
         ["Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
          "Giá trị sản xuất CN-TTCN (so với kế hoạch)"]),
    # a measure that opens the last clause is not cut at a verb ('đã phân bổ' names it), nor at
    # 'tăng' of 'gia tăng' (a noun)
    case("measure-in-the-last-clause",
         "Nếu không tính kế hoạch vốn cân đối NSĐP các địa phương giao tăng, tổng số vốn đã phân "
         "bổ là 867.466,27 tỷ đồng, đạt 95% kế hoạch vốn Thủ tướng Chính phủ đã giao.",
         ["Tổng số vốn đã phân bổ", "Tổng số vốn đã phân bổ (so với kế hoạch)"]),
    case("value-added-no-verb",
         "Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, năm 2020, tổng giá trị gia "
         "tăng lĩnh vực nông, lâm nghiệp, thủy sản theo giá hiện hành đạt trên 3.994,8 tỷ đồng.",
         ["Giá trị gia tăng lĩnh vực nông, lâm nghiệp"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_the_last_clause_a_measure_opens_names_the_figure(text, expected):
    assert labels(text) == expected


# a sentence that opens with its time, its measure before a colon ('Tính đến cuối năm 2017, tỷ lệ
# …: 98%'), is no list item named before the colon: the measure names the figure, not the time
# (ap-thuathienhue-bc-nuocsach-2017), through the whole draft
def test_a_sentence_opened_by_its_time_is_no_item_name(tmp_path):
    text = (
        "Tính đến cuối năm 2017, tỷ lệ dân số toàn tỉnh sử dụng nước hợp vệ sinh: 98%; tỷ lệ dân "
        "số nông thôn sử dụng nước hợp vệ sinh: 97%."
    )
    got = read(composed(tmp_path, [text]), "label")
    assert got == [
        "Dân số toàn tỉnh sử dụng nước hợp vệ sinh",
        "Dân số nông thôn sử dụng nước hợp vệ sinh",
    ]


# a place named alone before a count with its magnitude names no measure: the count is named by
# what it counts and what is said of it (ao-daklak-bc-quatet-2018), as 'toàn tỉnh có …' is
PLACE_ONLY = [
    case("place-now",
         "Đắc Lắc hiện có khoảng 18 nghìn đối tượng chính sách đang hưởng trợ cấp xã hội.",
         ["Số đối tượng chính sách đang hưởng trợ cấp"]),
    case("scope-listed-noun",
         "Toàn tỉnh có 735,2 nghìn lao động đang làm việc trong các ngành kinh tế.",
         ["Số lao động đang làm việc"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACE_ONLY)
def test_a_place_alone_before_a_count_is_its_scope(text, expected):
    assert labels(text) == expected


# a measure given as an example ('… như tốc độ tăng trưởng …') names the figure, not the kind
# it is an example of (ao-hiephoa-nq-6thangcuoi-2019); 'cũng như' (as well as) is no example
def test_a_measure_given_as_an_example_names_the_figure():
    text = (
        "Trong đó, tập trung thực hiện thắng lợi các nhiệm vụ, chỉ tiêu chủ yếu như tốc độ tăng "
        "trưởng giá trị sản xuất (giá so sánh 2010) đạt 15%."
    )
    assert labels(text) == ["Tốc độ tăng trưởng giá trị sản xuất"]
