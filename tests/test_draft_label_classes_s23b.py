"""Label classes of the evaluation set's bad labels fixed in session 23's second round (issue 15,
wt-h30d), each checked on real sentences of the set, from two batches or more, through the whole
draft: a change measured in a dimension ('tăng 14,2% về số doanh nghiệp') named by that dimension
(or by the count before it that the dimension names) when its clause opens with its verb, by its
clause's own subject and the dimension otherwise; two changes of one sentence never one label said
twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

CHANGE_IN_A_DIMENSION = [
    # the clause opens with its verb, after a count and an amount: each change is of what its
    # dimension names, not of the amount before it, said twice; a count before it that the
    # dimension names, by that count's name (ae-tiengiang-tuyengiao-quy1-2018)
    case("dimension/clause-opens-with-its-verb",
         ["Số doanh nghiệp thành lập mới đi vào hoạt động", "Tổng vốn đăng ký",
          "Số doanh nghiệp thành lập mới tăng", "Vốn đầu tư tăng"],
         "Từ đầu năm đến nay, Tiền Giang có 177 doanh nghiệp thành lập mới đi vào hoạt động, tổng "
         "vốn đăng ký là 1.115,3 tỉ đồng, tăng 14,2% về số doanh nghiệp và tăng 27,1% về vốn đầu "
         "tư so với cùng kỳ năm trước."),
    # the same sentence of another report (wc-tiengiang-bc-ktxh-6thang-2012)
    case("dimension/clause-opens-with-its-verb-falling",
         ["Số doanh nghiệp đăng ký thành lập", "Tổng vốn đăng ký của doanh nghiệp",
          "Số doanh nghiệp đăng ký thành lập giảm", "Lượng vốn đăng ký giảm"],
         "Sáu tháng đầu năm 2012, Tỉnh có 165 doanh nghiệp đăng ký thành lập với tổng vốn đăng ký "
         "là 393,9 tỷ đồng, giảm 27% về số doanh nghiệp và giảm 51,8% về lượng vốn đăng ký."),
    # the clause names its subject: kept, the dimension in brackets when 'về …' is too long
    # (ae-tiengiang-tuyengiao-quy1-2018)
    case("dimension/subject-taken-back",
         ["Tội phạm về trật tự xã hội giảm (số vụ)"],
         "Tội phạm về trật tự xã hội giảm 13,2% về số vụ so với cùng kỳ năm trước."),
    # and a second change after 'và' keeps the subject the first names (ac-caobang-bc-6thang-2023)
    case("dimension/subject-shared-by-the-second-change",
         ["Vận chuyển hành khách tăng về số lượt xe",
          "Vận chuyển hành khách tăng về lượt hành khách"],
         "Vận chuyển hành khách tăng 34,45% về số lượt xe và tăng 144,55% về lượt hành khách so "
         "với cùng kỳ năm trước."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), CHANGE_IN_A_DIMENSION)
def test_a_change_in_a_dimension_is_named_by_it(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got)
