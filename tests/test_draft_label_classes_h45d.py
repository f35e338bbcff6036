"""Label classes of session 35 (issue 15, wt-h45d): labels that name the right thing but drop
which ones or against what. Two mechanisms, each checked on sentences of the documents of the
seven batches scored untouched (an-* to at-*) and older ones that showed it, and each failing
with it off:

- a share of a plan said in a clause of its own, after a ';' since the figure before it, is of
  that clause's subject, not of the figure before (ao-hiephoa-nq-6thangcuoi-2019,
  at-hungyen-thue-quy1-2018: ``labels.said_in_its_own_clause``);
- an age written after a counted noun says which ones it counts and stays with its numeral
  (an-quangtri-bc-danso-2023, al-haiduong-bc-mamnon-2018: ``labels.aged_tail``)."""

from __future__ import annotations

import pytest

from deckmaker.draft import figures as figures_module
from deckmaker.draft import labels as labels_module

from .draft_cases import case, labels
from .draft_eval import clean_label

# a share of a plan whose own clause, after a ';', names its subject
OWN_CLAUSE = [
    case("a-budget-after-a-list-of-counts",
         "Bên cạnh đó, hoàn thành xây dựng 5 xã nông thôn mới, 10 thôn nông thôn mới, 01 thôn "
         "nông thôn mới kiểu mẫu; mức thu ngân sách trên địa bàn đạt 100% dự toán; tỷ lệ hộ "
         "nghèo giảm xuống còn 3,15%.",
         3, "Mức thu ngân sách (so với dự toán)"),
    case("a-tax-after-other-taxes",
         "Về tổng thể, các khoản thu, sắc thuế đều đạt khá, trong đó tiêu biểu là: Thu từ khu "
         "vực doanh nghiệp nhà nước trung ương đạt 19% dự toán; thu từ khu vực kinh tế ngoài "
         "quốc doanh đạt 15,5% dự toán; thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài "
         "đạt 20,3%  dự toán; thu phí, lệ phí đạt 45,2% dự toán; thu thuế thu nhập cá nhân đạt "
         "26,2% dự toán...",
         4, "Thu thuế thu nhập cá nhân (so với dự toán)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "index", "want"), OWN_CLAUSE)
def test_a_share_of_a_plan_takes_the_subject_of_its_own_clause(text, index, want):
    got = labels(text)
    assert got[index] == want, got
    assert clean_label(got[index])


def test_the_clause_of_its_own_is_read_after_a_semicolon_only():
    text = "thu phí, lệ phí đạt 45,2% dự toán; thu thuế thu nhập cá nhân đạt 26,2% dự toán"
    prev_end, start = text.index("45,2%") + 5, text.index("26,2%")
    assert labels_module.said_in_its_own_clause(text, prev_end, start)
    # the same subject going on ('…, đạt 49,17% kế hoạch'; '; đạt 90% dự toán'): no subject
    same = "Tổng giá trị sản xuất ước đạt 3.868 tỷ đồng, đạt 49,17% kế hoạch"
    assert not labels_module.said_in_its_own_clause(same, same.index("3.868"), same.index("49"))
    same = "thu 1.200 tỷ đồng; đạt 90% dự toán"
    assert not labels_module.said_in_its_own_clause(same, same.index(" tỷ"), same.index("90%"))


def test_the_own_clause_fails_without_the_mechanism(monkeypatch):
    monkeypatch.setattr(figures_module, "said_in_its_own_clause", lambda *args: False)
    for row in OWN_CLAUSE:
        text, index, want = row.values
        assert labels(text)[index] != want


# an age after a counted noun: which of them the count counts
AGED = [
    case("mothers-under-twenty",
         "Cụ thể, năm 2023 có 331 trường hợp tảo hôn, chiếm tỷ lệ 9,9% so với số người kết hôn; "
         "942 bà mẹ sinh con dưới 20 tuổi, chiếm 10,9% tổng số bà mẹ sinh con năm 2023.",
         2, "Số bà mẹ sinh con dưới 20 tuổi"),
    case("five-year-olds-at-school",
         "Có 110.176 trẻ mẫu giáo, đạt tỷ lệ 97% (tăng 0,45%). Trong đó, toàn bộ 42.030 trẻ 5 "
         "tuổi đều đến trường mầm non.",
         3, "Số trẻ 5 tuổi đến trường mầm non"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "index", "want"), AGED)
def test_an_age_stays_with_what_is_counted(text, index, want):
    got = labels(text)
    assert got[index] == want, got
    assert clean_label(got[index])


def test_the_age_is_read_where_it_is_written_only():
    after = "bà mẹ sinh con dưới 20 tuổi, chiếm 10,9%"
    at = after.index("20")
    assert labels_module.aged_tail("bà mẹ sinh con dưới", after, at) == (
        "bà mẹ sinh con dưới 20 tuổi"
    )
    # a number that is no age is the next figure's ('giúp hơn 11 nghìn hội viên')
    after = "giúp hơn 11 nghìn hội viên"
    assert labels_module.aged_tail("giúp hơn", after, after.index("11")) == "giúp hơn"


def test_the_age_fails_without_the_mechanism(monkeypatch):
    monkeypatch.setattr(labels_module, "aged_tail", lambda tail, after, pos: tail)
    for row in AGED:
        text, index, want = row.values
        assert labels(text)[index] != want
