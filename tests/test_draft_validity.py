"""A label that names nothing (deckmaker/draft/validity.py) and what names its figure instead:
rows of (the fields of each figure found, the paragraph), in the table style of
tests/draft_cases.py; the held-out batches are scored in tests/test_draft_eval.py."""

from __future__ import annotations

import pytest

from deckmaker.draft.validity import is_label, measured

from .draft_cases import Label, case, composed, found, read

# (label, unit, whether it names something)
LABELS = [
    case("pipe", "|", "%", False),
    case("discourse-marker", "Tương ứng", "%", False),
    case("adverb", "Chỉ", "tỷ USD", False),
    case("year", "2030", "%", False),
    case("section-word", "Tổng quan", "%", False),
    case("anaphor", "Đây là kết quả đạt (so với dự toán)", "%", False),
    case("verb-alone", "Giảm tuyệt đối", "tỷ đồng", False),
    case("agent-and-act", "Cục Thuế thành phố tập trung vào nguồn thu", "tỷ đồng", False),
    case("agent-assigns", "Chủ tịch UBND TPHCM giao Cục Hải quan TPHCM thu", "tỷ đồng", False),
    case("rate-on-a-sum", "Tỷ lệ chỉ tiêu Bộ Tài chính giao", "tỷ đồng", False),
    case("rate-on-a-percent", "Tỷ lệ chỉ tiêu Bộ Tài chính giao", "%", True),
    case("rate-in-points", "Tỷ lệ hộ nghèo giảm", "điểm %", True),
    case("bold-subject", "**Thu thuế XNK", "tỷ đồng", True),
    case("measure", "Kim ngạch xuất nhập khẩu", "tỷ USD", True),
    case("count", "Số thu", "tỷ đồng", True),
    case("organ-as-place", "Sở Y tế có bác sĩ", "người", True),
]


@pytest.mark.parametrize(("label", "unit", "names"), LABELS)
def test_a_label_names_something_or_not(label: str, unit: str, names: bool) -> None:
    assert is_label(label, unit) is names


MEASURED = [
    case("last-measure-of-the-clause",
         "Chủ tịch UBND TPHCM giao Cục Hải quan TPHCM phấn đấu thu ngân sách năm 2020 đạt ",
         "Thu ngân sách năm 2020"),
    case("phrase-from-its-first-measure-noun",
         "Trong khi kim ngạch xuất nhập khẩu có thuế (chỉ chiếm ",
         "Kim ngạch xuất nhập khẩu có thuế"),
    case("up-to-a-bracket", "Cục Thuế thành phố tập trung vào các nguồn thu thường xuyên (",
         "Nguồn thu thường xuyên"),
    case("nothing-measured", "Lũy kế 9 tháng giảm ", ""),
]  # fmt: skip


@pytest.mark.parametrize(("clause", "noun"), MEASURED)
def test_the_measured_noun_of_a_clause(clause: str, noun: str) -> None:
    assert measured(clause) == noun


# (the label of each figure found, the paragraph)
PARAGRAPHS = [
    # a bracket that restates the change before it in another unit, a base's own value
    case("restated-and-base-value",
         ["Số thu tại đơn vị", Label(starts="Tỷ lệ"),
          # the plan in brackets, named by who set it (targets: h15p), tagged on the subject,
          # without the 'tại' cut from its place (h15c: a dangling end is cut back)
          "Số thu (chỉ tiêu Bộ Tài chính giao)",
          "Số thu tại đơn vị giảm so với cùng kỳ", "Số thu tại đơn vị giảm so với cùng kỳ",
          "Số thu tại đơn vị cùng kỳ năm 2019"],
         "Theo Cục Hải quan Hải Phòng, tính hết tháng 11, số thu tại đơn vị đạt 50.045 tỷ "
         "đồng, đạt 74,7% chỉ tiêu Bộ Tài chính giao (67.000 tỷ đồng), giảm 13.267 tỷ đồng "
         "(tương ứng 21%) so với cùng kỳ năm 2019 (63.312 tỷ đồng)."),
    # an adverb before a share: the measured noun of the clause, then carried in the sentence;
    # the share ('chiếm 20%') says so (session 16, h19h: "Tỷ trọng …")
    case("adverb-then-carried",
         ["Tỷ trọng kim ngạch xuất nhập khẩu có thuế", "Kim ngạch xuất nhập khẩu có thuế",
          "Kim ngạch xuất nhập khẩu có thuế giảm"],
         "Trong khi kim ngạch xuất nhập khẩu có thuế (chỉ chiếm 20% tổng kim ngạch xuất nhập "
         "khẩu), đạt 14,673 tỷ USD giảm 14,1% so với cùng kỳ năm 2019."),
    # an agent that acts: the parts it works on name the sums
    case("agent-then-parts",
         ["Nguồn thu thường xuyên", "Nguồn thu qua công tác quản lý"],
         "Để đạt được số thu nêu trên, Cục Thuế thành phố tập trung vào các nguồn thu thường "
         "xuyên (15.077 tỷ đồng) và nguồn thu qua công tác quản lý (8.900 tỷ đồng)."),
    # a change said with its amount: the subject of the sentence's figure before it
    case("absolute-change-carried",
         ["Thu đạt kết quả", "Thu đạt kết quả giảm", "Thu đạt kết quả giảm tuyệt đối"],
         "Cục Hải quan đã thu đạt kết quả trên 100.090 tỷ đồng, giảm 12,4% (giảm tuyệt đối "
         "14.210 tỷ đồng) so với cùng kỳ năm 2019."),
    # a count whose label says only its unit and an act: its unit and the words after it (after
    # the bracket that splits it per year); not what it is for
    case("count-named-after-its-unit",
         ["Cuộc diễn đàn, tọa đàm, hội thảo", "Cuộc diễn đàn, tọa đàm, hội thảo mỗi năm"],
         "Tổ chức 05 cuộc (01 cuộc/năm) diễn đàn, tọa đàm, hội thảo giúp cho nông dân tổ chức "
         "sản xuất hàng hoá theo đúng định hướng của địa phương."),
    case("count-for-a-purpose-keeps-its-label", [Label(starts="Số")],
         "Phát sóng 60 chuyên mục giúp nông dân nắm bắt chủ trương của Đảng, Nhà nước."),
    # a rate's head on a sum its own clause names: the sum without the head
    case("rate-head-on-a-sum", ["Giải ngân vốn đầu tư công 6 tháng", Label(starts="Giải ngân")],
         "Tỷ lệ giải ngân vốn đầu tư công ước thực hiện 6 tháng gần 130 tỷ đồng, đạt hơn "
         "60,5% kế hoạch."),
]  # fmt: skip


@pytest.mark.parametrize(("labels", "text"), PARAGRAPHS)
def test_a_figure_whose_label_names_nothing_is_named_from_the_text(labels: list, text: str) -> None:
    assert found(text, "label") == labels


# (the label of each figure found, the table's lines)
TABLES = [
    # a row's figures named by its header, the column head said when short
    case("row-and-column-heads",
         ["Thu ngân sách nhà nước năm 2024", "Thu ngân sách nhà nước năm 2025",
          "Chi đầu tư phát triển năm 2024", "Chi đầu tư phát triển năm 2025"],
         "| Chỉ tiêu | Năm 2024 | Năm 2025 |\n|---|---|---|\n"
         "| Thu ngân sách nhà nước | 12.000 tỷ đồng | 13.500 tỷ đồng |\n"
         "| Chi đầu tư phát triển | 4.100 tỷ đồng | 4.600 tỷ đồng |\n"),
    # an index cell is no header; a change in the figure's own cell is said, with its column head
    # when that head is a short measure of up to five words (h18b's table labels: "so với cùng
    # kỳ" says what the change is against); a long column head is not
    case("index-cell-and-change",
         ["Số hộ nghèo", "Số hộ nghèo giảm so với cùng kỳ"],
         "| TT | Nội dung | Kết quả thực hiện đến hết năm | So với cùng kỳ |\n|---|---|---|---|\n"
         "| 2 | Số hộ nghèo | 1.234 hộ | giảm 5% |\n"),
]  # fmt: skip


@pytest.mark.parametrize(("labels", "text"), TABLES)
def test_a_table_row_is_read_as_cells(tmp_path, labels: list, text: str) -> None:
    heading = "1. Kết quả thực hiện các chỉ tiêu năm 2025\n\n"
    assert read(composed(tmp_path, heading + text), "label") == labels
