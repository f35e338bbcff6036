"""Recall on wide new material (session 33, h43f): real sentences of documents from hosts no
labelled or held-out document names, audited number by number; each test quotes one sentence
and names its source."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from deckmaker.draft.figures import find_figures

from .draft_cases import composed, read


def test_a_count_in_thousand_millions_keeps_its_noun(tmp_path: Path) -> None:
    # moitruong.net.vn (Bộ NN-PTNT, forestry news): 'tỷ' before a counted noun is a magnitude of
    # the count (as 'triệu cây giống' is), not money with its currency unsaid
    figures = composed(
        tmp_path,
        [
            "Đến nay, cả nước chuẩn bị được gần 1,19 tỷ cây giống, tăng 32,4% so với cùng kỳ "
            "năm trước."
        ],
    )
    assert (Decimal("1.19"), "tỷ cây giống") in read(figures, "value unit"), figures


def test_a_thousand_millions_before_a_word_of_money_stays_no_count(tmp_path: Path) -> None:
    # (the rule's bound: 'tỷ vốn' is money, its 'đồng' unsaid, never a count of 'vốn')
    figures = composed(tmp_path, ["Năm 2023, tỉnh bố trí 14,7 tỷ vốn đối ứng cho các dự án."])
    assert "tỷ vốn" not in read(figures, "unit"), figures


def test_the_parts_of_a_count_named_with_a_colon_count_its_noun(tmp_path: Path) -> None:
    # thuviennhadat.vn (Báo cáo 1270/BC-TCTTTg, 2017): the parts of a count in a bracket, each a
    # short name and a colon before a bare number, count what the count counts
    figures = composed(
        tmp_path,
        [
            "Trong đó, có 16.051 nhiệm vụ đến hạn đã hoàn thành, đạt 98,62% (đúng hạn: 14.068, "
            "quá hạn: 1983); chưa hoàn thành: 5.863 (trung hạn: 5.640, quá hạn: 223)."
        ],
    )
    got = read(figures, "value unit")
    for value in ("14068", "1983", "5863", "5640", "223"):
        assert (Decimal(value), "nhiệm vụ") in got, figures


def test_an_english_ordinal_of_a_yearbook_date_counts_nothing() -> None:
    # cucthongke.vn (niên giám thống kê 2022, bilingual): 'as of 31st December' is a date
    found = find_figures("Hiện trạng rừng đến 31/12 hằng năm - Area of forest as of 31st December")
    assert [f.unit for f in found if f.unit == "st"] == [], found


def test_the_base_a_rate_is_said_over_is_no_figure(tmp_path: Path) -> None:
    # labweb.vtvgo.vn (giảm nghèo, 2024): 'cứ 2 hộ dân thì có 1 hộ nghèo' says a rate in words:
    # the base after 'cứ' is no figure (the count after 'thì có' is the rate, as the labelled
    # census's 'cứ 100.000 hộ dân cư thì có khoảng 2 hộ' is)
    figures = composed(
        tmp_path,
        [
            "Nhiều huyện tỷ lệ hộ nghèo và cận nghèo ở mức trên 50%, tức là cứ 2 hộ dân thì có "
            "1 hộ nghèo."
        ],
    )
    got = read(figures, "value unit")
    assert (Decimal("2"), "hộ") not in got, figures
    assert (Decimal("1"), "hộ") in got and (Decimal("50"), "%") in got, figures


def test_groups_of_a_price_index_counted_by_their_move_are_figures(tmp_path: Path) -> None:
    # thongketuyenquang.gso.gov.vn (CPI tháng 9/2022): the groups counted by how their prices
    # moved are results (as the labelled '10 nhóm hàng tăng giá' is), not how a text is organised
    figures = composed(
        tmp_path,
        [
            "Trong số 11 nhóm hàng hóa và dịch vụ tiêu dùng chính thì có 06 nhóm tăng giá so với "
            "tháng trước, 03 nhóm giảm giá, 02 nhóm giữ giá ổn định."
        ],
    )
    got = read(figures, "value unit")
    for value in ("6", "3", "2"):
        assert (Decimal(value), "nhóm") in got, figures
    # (the rule's bound: '7 nhóm nhiệm vụ' still says how a plan is organised)
    (tmp_path / "b").mkdir()
    assert composed(tmp_path / "b", ["Kế hoạch gồm 7 nhóm nhiệm vụ lớn."]) == []


def test_the_cu_of_can_cu_opens_no_rate_in_words() -> None:
    # h43r's review: 'Căn cứ' (on the grounds of) is no 'cứ … thì có' rate: its count stays
    got = [(f.value, f.unit) for f in find_figures("Căn cứ 5 tiêu chí có 3 xã được công nhận.")]
    assert (Decimal(5), "tiêu chí") in got, got
