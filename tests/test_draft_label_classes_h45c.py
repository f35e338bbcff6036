"""Label classes of session 35 (issue 15, wt-h45c): labels that named who acted, where, or only
the change, instead of the thing measured. Each mechanism is checked on sentences of the
documents of the seven batches last held out that showed it (an-quangtri-bc-danso-2023,
ar-binhdinh-kh-giamngheo-2015, at-anlao-huyenuy-quy1-2021, at-camau-vhttdl-tongket-2018,
aj-quangngai-bc-ktxh-9thang-2025) and fails with the mechanism off."""

from __future__ import annotations

import pytest

from deckmaker.draft import figures as figures_module

from .draft_cases import case, labels
from .draft_eval import clean_label

# a change whose label named no measure ('Bình quân mỗi năm giảm', 'Tỷ lệ tỷ tăng', 'Tuy nhiên
# qua thực tế, công tác dân số giảm'): the subject of the figure before it in its clause, else
# the measure its sentence names last before it
CHANGE_OF_THE_SUBJECT = [
    case("ar-binhdinh-a-yearly-cut-after-the-level",
         "Mục tiêu đến 2015 của Bình Định là tạo việc làm ổn định; giảm tỷ lệ hộ nghèo chung "
         "trên địa bàn tỉnh xuống còn dưới 8%, bình quân mỗi năm giảm 2% (theo chuẩn nghèo "
         "hiện hành).",
         1, "Tỷ lệ hộ nghèo chung giảm mỗi năm"),
    case("at-anlao-a-growth-after-the-value",
         "Một số chỉ tiêu kinh tế đáng chú ý là: diện tích gieo cấy lúa xuân đạt 3.500ha đạt "
         "100% kế hoạch; giá trị sản xuất công nghiệp 126,5 triệu đòng, tăng 13,96% tỷ; thu "
         "ngân sách trên địa bàn 87.776 triệu đồng, tăng 57,93%… so với cùng kỳ năm trước.",
         3, "Giá trị sản xuất công nghiệp tăng"),
    case("an-quangtri-a-cut-after-a-link-and-its-measure",
         "Tuy nhiên qua thực tế, công tác dân số còn những tồn tại, hạn chế, đó là tỷ lệ sinh "
         "con thứ 3 trở lên vẫn còn cao, chỉ giảm 0,3% so với năm 2022; hoạt động nhân rộng "
         "và duy trì mô hình còn hạn chế.",
         0, "Tỷ lệ sinh con thứ 3 trở lên giảm"),
]  # fmt: skip

# a count labelled by its actor and the act ('Lĩnh vực du lịch cũng đón'): the thing its unit
# counts, the sector a qualifier; the change said right after it of the same count follows it
COUNTED_NOT_THE_ACTOR = [
    case("at-camau-a-sector-that-welcomed-visitors",
         "Lĩnh vực du lịch cũng đón hơn 1,4 triệu lượt khách, tăng hơn 16% so với năm 2017, "
         "doanh thu trên 2.200 tỷ đồng.",
         ["Lượt khách du lịch", "Lượt khách du lịch tăng"]),
    case("aj-quangngai-a-sector-that-flourished-as-the-province-welcomed",
         "Lĩnh vực du lịch khởi sắc khi toàn tỉnh đón 3,85 triệu lượt khách, tăng 17%, trong "
         "đó khách quốc tế 75.735 lượt (tăng 2,5 lần).",
         ["Lượt khách du lịch", "Lượt khách du lịch tăng"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "index", "want"), CHANGE_OF_THE_SUBJECT)
def test_a_change_takes_the_subject_of_what_it_changes(text, index, want):
    got = labels(text)
    assert got[index].startswith(want), got
    assert clean_label(got[index])


def test_a_link_opens_a_clause_of_its_own():
    # 'tối thiểu 30% các quy định …, đồng thời cắt giảm 30% chi phí …' (gtvt-tbkl-2010): the
    # figure before the link is no subject of the cut after it
    text = (
        "Phải đơn giản hoá tối thiểu 30% các quy định hiện hành của thủ tục hành chính, đồng "
        "thời cắt giảm 30% chi phí xã hội thực hiện thủ tục hành chính."
    )
    assert "quy định" not in labels(text)[1].lower()


@pytest.mark.parametrize(("text", "want"), COUNTED_NOT_THE_ACTOR)
def test_a_count_names_what_it_counts_not_who_counted(text, want):
    got = labels(text)
    assert got[: len(want)] == want, got
    assert all(clean_label(label) for label in got[: len(want)])


def test_a_count_that_names_its_measure_keeps_it():
    # 'Số doanh nghiệp đang hoạt động' names what it counts: no actor, no act to replace
    got = labels("Toàn tỉnh có 2.793 doanh nghiệp đang hoạt động.")
    assert not got[0].startswith("Doanh nghiệp số"), got


def test_the_mechanisms_fail_without_them(monkeypatch):
    monkeypatch.setattr(figures_module, "change_of_the_subject_before", lambda text, found: found)
    for row in CHANGE_OF_THE_SUBJECT[:2]:
        text, index, want = row.values
        assert not labels(text)[index].startswith(want)
    monkeypatch.setattr(figures_module, "counted_not_the_actor", lambda text, found: found)
    for row in COUNTED_NOT_THE_ACTOR:
        text, want = row.values
        assert labels(text)[0] != want[0]
