"""Label classes of session 34 (issue 15, wt-h44i), from the causes h44b sorted on five batches
scored untouched (an-*, ao-*, ap-*, aq-*, ar-*): a figure named by the thing alone where its unit
implies a measure (LD), and a count named by its noun alone where its clause opens with the
topic it counts (LB). Each class is checked on sentences of the documents that showed it
(an-tamphuoc-kh-ktxh-2022, aq-quynhphu-bc-ktxh-2022, aj-quangngai-bc-ktxh-9thang-2025;
an-binhduong-bc-bhxh-2022, ai-binhdinh-bc-ktxh-6thang-2023) and on sentences composed from it."""

from __future__ import annotations

import pytest

from deckmaker.draft import labels as labels_module

from .draft_cases import case, labels
from .draft_eval import clean_label

# a thing or a sector named alone ('Lúa', 'Ngành công nghiệp, xây dựng', 'Thủy sản') in a unit
# of area, weight or money: the measure its sentence gave the figure before it in that unit, or
# the one the unit implies ('Diện tích' of hectares, 'Sản lượng' of tonnes; money none)
MEASURE_OF_THE_UNIT = [
    case("a-sector-after-its-sibling-measure",
         "Tổng giá trị sản xuất ước đạt 23.326,9 tỷ đồng, tăng 11,04% so với năm 2021, trong đó "
         "giá trị sản xuất ngành nông, lâm, thủy sản ước đạt 3.867,7 tỷ đồng, tăng 3,03%; ngành "
         "công nghiệp, xây dựng ước 16.370,5 tỷ đồng, tăng 13,59%.",
         4, "Giá trị sản xuất công nghiệp, xây dựng"),
    case("a-catch-by-the-weight-it-is-counted-in",
         "Thủy sản đạt 249.762 tấn, tăng 1,79%; trong đó khai thác 239.600 tấn, nuôi trồng "
         "10.158 tấn.",
         0, "Sản lượng thủy sản"),
    case("a-crop-by-its-area",
         "Cây ăn quả hiện có 2.400 ha; thanh long 1.250 ha.",
         1, "Diện tích thanh long"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "index", "want"), MEASURE_OF_THE_UNIT)
def test_a_thing_alone_takes_the_measure_of_its_unit(text, index, want):
    got = labels(text)
    assert got[index].startswith(want), got
    assert clean_label(got[index])


def test_the_measure_before_in_its_unit_and_a_measure_of_its_own():
    # '- Thực hiện tổng diện tích gieo trồng 772 ha, trong đó: + Lúa 507 ha' (the list's lines
    # read as one text): the measure the line the list hangs from gave; 'Quy mô' (of 'quy mô từ
    # 20 ha đến 800 ha') names a measure of its own and is kept
    text = "- Thực hiện tổng diện tích gieo trồng 772 ha, trong đó:\n\n+ Lúa 507 ha"
    at = text.index("507")
    assert labels_module._measured_part("Lúa", text, at, "ha") == "Diện tích gieo trồng lúa"
    assert labels_module._measured_part("Quy mô", "quy mô từ 20 ha", 10, "ha") == ""


def test_the_measure_of_the_unit_fails_without_the_mechanism(monkeypatch):
    monkeypatch.setattr(labels_module, "_measured_part", lambda *args: "")
    text, index, want = MEASURE_OF_THE_UNIT[0].values
    assert not labels(text)[index].startswith(want)
    text, index, want = MEASURE_OF_THE_UNIT[1].values
    assert not labels(text)[index].startswith(want)


# a count named by its noun alone, or with what they did, after the topic its clause opens with
# ('Về BHXH bắt buộc, …', 'Đối với thu hút đầu tư, …'): the count of that topic
COUNT_OF_THE_TOPIC = [
    case("participants-of-the-insurance-the-clause-is-about",
         "Bà Lê Minh Lý - GĐ BHXH tỉnh Bình Dương cho biết: Về BHXH bắt buộc, tỉnh đã có "
         "993.341 người tham gia, đạt 87,39% kế hoạch; về BHXH tự nguyện có 10.031 người tham "
         "gia, đạt 34,93% kế hoạch.",
         0, "Số người tham gia BHXH bắt buộc"),
    case("the-second-topic-after-a-semicolon",
         "Bà Lê Minh Lý - GĐ BHXH tỉnh Bình Dương cho biết: Về BHXH bắt buộc, tỉnh đã có "
         "993.341 người tham gia, đạt 87,39% kế hoạch; về BHXH tự nguyện có 10.031 người tham "
         "gia, đạt 34,93% kế hoạch.",
         2, "Số người tham gia BHXH tự nguyện"),
    case("projects-of-the-investment-the-clause-is-about",
         "Đối với thu hút đầu tư, tỉnh Bình Định thu hút được 1 dự án FDI với tổng vốn đăng ký "
         "5 triệu USD.",
         0, "Số dự án FDI thu hút đầu tư"),
    case("a-composed-count-of-a-topic",
         "Về công tác đào tạo nghề, huyện đã có 1.200 lao động tham gia.",
         0, "Số lao động tham gia đào tạo nghề"),
    # (a topic the label says in part is not said twice)
    case("a-topic-said-already",
         "Về thu ngân sách, số thu đạt 22.919 tỉ đồng.",
         0, "Thu ngân sách, số thu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "index", "want"), COUNT_OF_THE_TOPIC)
def test_a_count_is_named_by_the_topic_of_its_clause(text, index, want):
    got = labels(text)
    assert got[index] == want, got
    assert clean_label(got[index])


def test_the_count_of_the_topic_fails_without_the_mechanism(monkeypatch):
    monkeypatch.setattr(labels_module, "_count_of_topic", lambda *args: "")
    text, index, want = COUNT_OF_THE_TOPIC[0].values
    assert labels(text)[index] != want
    text, index, want = COUNT_OF_THE_TOPIC[2].values
    assert labels(text)[index] != want
