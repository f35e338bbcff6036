"""Rules of the draft extractor found on the dev batch V (session 14: eight news reports,
resolutions and budget items found with the search tool, tests/fixtures/draft-eval/v-*), each
class stated on a sentence of its own (not copied from the documents); the documents themselves
are scored in tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .draft_cases import case, composed, found, read

D = Decimal

# a class checked on one paragraph: (the fields of each figure found in it, the paragraph)
PARAGRAPHS = [
    # the amounts of a share of the plan, in a bracket after it: the result over its plan,
    # one figure (the plan is no figure of its own)
    case("bracketed-pair-after-a-share-of-plan", "value unit plan plan_kind",
         [(D("12.5"), "%", None, None), (D("250"), "tỷ đồng", D("2000"), "exact")],
         "Vốn bồi thường của dự án đến nay mới giải ngân đạt 12,5% kế hoạch giao "
         "(250/2.000 tỷ đồng)."),
    # money paid out over the capital allocated, the magnitude written on both sides
    case("disbursed-over-allocated-magnitude-twice", "value unit plan plan_kind",
         [(D("146"), "tỷ đồng", D("520"), "exact")],
         "Dự án đường vành đai đã giải ngân được 146 tỷ/520 tỷ đồng, phần còn lại sẽ giải "
         "ngân trong quý IV."),
    # a month's number is no count of the word after it
    case("month-number-is-no-count", "value unit",
         [(D("1.8"), "tỷ USD")],
         "Trong tháng 5 ước tính xuất siêu 1,8 tỷ USD."),
    # a fraction of a whole is no count
    case("fraction-is-no-count", "value", [],
         "Đến nay tiến độ thi công mới đi được 1/2 chặng đường."),
    # a count of one, named in a bracket with its kind, is no figure; the bound after it
    # defines the group counted, as it does for the count joined before it
    case("count-of-one-named-with-its-kind", "value unit",
         [(D("5"), "sở")],
         "Có 5 sở, ban, ngành và 1 huyện (huyện Tân Phú) có tỷ lệ hồ sơ trễ hạn trên 3%."),
    # a group's threshold said after the date it is measured at is no figure
    case("threshold-after-a-day-is-no-figure", "value unit",
         [(D("9"), "huyện")],
         "Toàn tỉnh có 9 huyện có tỷ lệ thu ngân sách đến 30/9/2021 đạt trên 75%."),
    # a rank written 'xếp hạng N/M', without 'thứ'
    case("rank-written-n-of-m", "value unit",
         [(D("12"), "hạng")],
         "Chỉ số cải cách hành chính năm 2022 của tỉnh xếp hạng 12/63 tỉnh, thành phố."),
    # a plan in a bracket named by who assigned it, however long the name: the result's plan
    case("bracket-plan-named-by-a-long-assigner", "value plan plan_kind",
         [(D("2140"), D("3000"), "exact"), (D("71.3"), None, None), (D("3000"), None, "exact")],
         "Số thu đến 30/9 đạt 2.140 tỷ đồng, mới đạt 71,3% so với chỉ tiêu giao của Bộ Tài "
         "chính và Tổng cục Thuế (3.000 tỷ đồng)."),
    # about a level is that level, exactly, after a striving too; a striving to reach bounds it
    case("about-a-level-after-a-striving-is-exact", "value plan_kind",
         [(D("30"), "exact")],
         "Chỉ tiêu phấn đấu kinh tế số đóng góp khoảng 30% trong GRDP của tỉnh đến năm 2030."),
    # (h44c, issue 15: a striving to reach names no bound, about a level is that level; was a
    # floor)
    case("about-a-level-striving-to-reach-is-a-floor", "value plan_kind",
         [(D("45"), "exact")],
         "Phấn đấu đạt tỷ lệ che phủ rừng khoảng 45%."),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "want", "text"), PARAGRAPHS)
def test_what_a_paragraph_of_the_class_yields(fields: str, want: list, text: str) -> None:
    assert found(text, fields) == want


def test_a_headline_that_rounds_the_body_states_no_figures(tmp_path: Path) -> None:
    """A news text's headline, a run-in subheading and a photo's caption whose figures the body
    states again (as written or rounded) are drafted once, where the body gives them."""
    figures = composed(
        tmp_path,
        [
            "Thu ngân sách 9 tháng đạt hơn 12 nghìn tỷ đồng, bằng 80% dự toán",
            "Cán bộ thuế hướng dẫn người nộp thuế tại bộ phận một cửa. Ảnh: Minh Anh",
            "Theo Cục Thuế tỉnh, thu ngân sách 9 tháng ước đạt 12.350 tỷ đồng, bằng 80,2% dự "
            "toán năm, tăng 7,5% so với cùng kỳ.",
            "Thu nội địa tăng 9%",
            "Trong đó, thu nội địa đạt 10.100 tỷ đồng, tăng 9% so với cùng kỳ; 26 dự án đã "
            "nộp thuế đúng hạn.",
            "Chủ đầu tư của 26 dự án đã nộp thuế đúng hạn. Ảnh: Lê Hà",
        ],
    )
    assert read(figures, "value") == [
        D("12350"), D("80.2"), D("7.5"), D("10100"), D("9"), D("26"),
    ]  # fmt: skip


def test_a_headline_rank_is_news_of_its_own(tmp_path: Path) -> None:
    figures = composed(
        tmp_path,
        [
            "Chỉ số năng lực cạnh tranh của tỉnh đứng thứ 5 cả nước",
            "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh tăng 2,1 điểm, đứng thứ 5 cả nước.",
        ],
    )
    assert D("5") in read(figures, "value")
