"""Recall on wide new material (session 34, h44d): real sentences of the unlabelled pages audited
number by number in tests/fixtures/draft-audit/h44d (``tools/draft_audit.py``); each test quotes
one sentence, names its page and fails with its rule off."""

from __future__ import annotations

from decimal import Decimal

from .draft_cases import found


def test_a_day_and_month_just_past_is_a_date() -> None:
    # anninhthudo.vn (Cục CSGT, the 30-4 and 1-5 holidays): '1-5 vừa qua' is the first of May
    # just past, no range of things counted ('vừa qua, lực lượng' was drafted as its unit)
    got = found(
        "Thông tin trên được Cục CSGT (Bộ Công an) cho biết, trong 4 ngày nghỉ lễ 30-4 và 1-5 "
        "vừa qua, thông qua công tác TTKS, lực lượng CSGT đã phát hiện, bắt giữ vụ vận chuyển "
        "10 bánh heroin, 4 viên ma túy tổng hợp.",
        "value unit",
    )
    assert got == [(Decimal(10), "bánh heroin"), (Decimal(4), "viên ma túy")], got


def test_a_count_after_a_year_and_its_comma_counts() -> None:
    # quanlynhanuoc.vn (công tác dân số, 2020): the year's comma ends a time, not a list of
    # grades ('cấp độ 3, 4'), so the 179 countries are counted
    got = found(
        "Tại Hội nghị quốc tế về dân số và phát triển (ICPD) được tổ chức năm 1994, 179 quốc "
        "gia, trong đó có Việt Nam đã thông qua chương trình hành động.",
        "value unit",
    )
    assert got == [(Decimal(179), "quốc gia")], got


def test_a_grade_after_a_grade_and_its_comma_still_counts_nothing() -> None:
    # (the bound of the rule above: 'cấp độ 3, 4' is two grades, no count of 4)
    assert found("Cung cấp dịch vụ công trực tuyến mức độ 3, 4 cho người dân.", "value") == []


def test_an_amount_said_to_equal_a_rate_is_stated() -> None:
    # daidoanket.vn (Tuần lễ tiêm chủng 2019): 'là tương đương với khoảng 87.000 trẻ' states a
    # count as 'là 17.103 trẻ' does: its one-syllable noun closing the sentence is counted
    got = found(
        "Tỷ lệ này theo tính toán của Tổ chức Y tế thế giới (WHO) là tương đương với khoảng "
        "87.000 trẻ.",
        "value unit",
    )
    assert got == [(Decimal(87000), "trẻ")], got


def test_the_subject_of_the_next_figure_is_no_second_noun_of_a_count() -> None:
    # dongthinh.dongson.gov.vn (chỉ tiêu chủ yếu đến năm 2020): after '1000 con,' the poultry
    # is the next figure's subject ('gia cầm đạt 120.000 con'), not a noun said with 'con'
    got = found(
        "Tổng đàn trâu, bò đạt 500 con, lợn đạt 1.300 con, lợn hướng nạc đạt 1000 con, gia cầm "
        "đạt 120.000 con trở lên.",
        "value unit",
    )
    assert got == [
        (Decimal(500), "con"),
        (Decimal(1300), "con"),
        (Decimal(1000), "con"),
        (Decimal(120000), "con"),
    ], got


def test_a_pair_of_nouns_still_counts_together() -> None:
    # (the bound of the rule above: a second noun with no figure of its own after it, or with
    # the pair's share after its verb: ao-tamdao-bc-kiemlam-6thang-2018's sentence)
    assert found("Có 18 nhà hàng, khách sạn ký cam kết.", "unit") == ["nhà hàng, khách sạn"]
    got = found(
        "Các cơ sở đã ký cam kết với 18 nhà hàng, khách sạn đạt 120% so với năm 2017.", "unit"
    )
    assert got == ["nhà hàng, khách sạn", "%"], got


def test_a_container_counts_what_it_holds() -> None:
    # conganbackan.vn (CSGT tháng 4-2018) and anninhthudo.vn: 'bao' is the container of the
    # cigarettes counted, the two the unit as a classifier and its noun are ('viên ma túy'); the
    # second was not drafted at all (pyvi reads 'bao' before 'nhập lậu' as a pronoun)
    got = found(
        "Tang vật thu giữ được gồm có 252 bánh heroin, 520.147 viên và 12,5 kg ma túy các loại; "
        "44.128 bao thuốc lá nhập lậu; 90 tấn quặng.",
        "value unit",
    )
    assert (Decimal(44128), "bao thuốc lá") in got, got
    got = found("bắt giữ vụ vận chuyển 1.920 bao thuốc lá ngoại, 1 tàu khai thác cát.", "unit")
    assert got[0] == "bao thuốc lá", got


def test_a_vehicle_and_its_kind_are_one_noun() -> None:
    # conganbackan.vn (CSGT tháng 4-2018): pyvi reads 'mô tô' after 'xe' as a verb, alone as a
    # noun: 'xe mô tô' is counted, as the 'ô tô' before it is
    got = found("tạm giữ 4.033 ô tô, 76.549 xe mô tô và 484 phương tiện khác.", "value unit")
    assert (Decimal(76549), "xe mô tô") in got, got


def test_a_case_of_a_deed_keeps_its_noun_alone() -> None:
    # (the bound of the rule above: 'vụ' names no vehicle; 'tàng trữ' is what the cases were)
    got = found("Trong đó, có 104 vụ tàng trữ, vận chuyển, sử dụng trái phép chất ma túy.", "unit")
    assert got == ["vụ"], got


def test_a_persons_age_in_a_bracket_after_the_name_is_no_figure() -> None:
    # vietgiaitri.com (a kindergarten in Sơn Tây, Quảng Ngãi, 2020): '(39 tuổi, làm hiệu
    # trưởng)' tells the head teacher's age, said of the name before the bracket
    got = found(
        "Năm 2019, Trường mầm non Sơn Tân do cô Hồng (39 tuổi, làm hiệu trưởng) được công nhận "
        "trường đạt chuẩn quốc gia.",
        "value",
    )
    assert got == [], got


def test_a_populations_age_is_still_a_figure() -> None:
    # (the bound of the rule above: an age said of no name, a life expectancy)
    assert found("Tuổi thọ trung bình của người dân đạt khoảng 74,5 tuổi.", "unit") == ["tuổi"]
