"""Counts read in their counted noun by the set's one convention (tests/draft_eval.py: the noun
as one word of the language, with the classifier or the turn that opens it; its qualifiers to
the label), for the nouns pyvi cuts after their first syllable (issue 15, session 31, wt-h40b):
'giấy chứng nhận', 'tuyến đường', 'ổ dịch', and turns of households, 'lượt hộ'. The sentences
are the documents' own (ac-xuantang-hdnd-kyhop-2021, am-tayninh-kh-cumgiacam-2013,
phutan-hoinongdan-soket-2021)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .draft_cases import case, found

D = Decimal

UNITS = [
    case(
        "certificates",
        [(D(743), "giấy chứng nhận"), (D(40), "giấy chứng nhận")],
        "Đã đính chính, trả cho nhân dân 743 giấy chứng nhận quyền sử dụng đất; cấp mới 40 giấy "
        "chứng nhận quyền sử dụng đất.",
    ),
    case("roads/classifier", [(D(5), "tuyến đường")], "Cải tạo, trồng mới 05 tuyến đường hoa."),
    case(
        "outbreaks/leading-zero",
        [(D(2), "ổ dịch")],
        "Tháng 01/2013 xảy ra 02 ổ dịch cúm gia cầm tại huyện Bến Cầu.",
    ),
    case(
        "turns/households",
        [(D(41866), "lượt hộ"), (D(22106), "lượt hộ")],
        "Có 41.866 lượt hộ nông dân đăng ký sản xuất kinh, doanh giỏi các cấp, 22.106 lượt hộ "
        "đạt danh hiệu.",
    ),
    # a turn of members is no turn of households ('hội' opens with 'hộ'; h44c: in 'lượt' with
    # the noun it counts, was 'lượt' alone)
    case("turns/members", [(D(1000), "lượt hội viên")], "Có trên 1000 lượt hội viên được vay vốn."),
]


@pytest.mark.parametrize(("want", "text"), UNITS)
def test_a_count_is_read_in_its_counted_noun(want, text):
    assert found(text, "value unit") == want
