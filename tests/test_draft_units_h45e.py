"""Count units read in session 35 (issue 15, wt-h45e: the batches held out last), each checked
on real sentences of two batches' documents (at-camau-vhttdl-tongket-2018,
ai-tracu-bc-nongthonmoi-2023) and on a sentence composed from the class."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft.figures import find_figures

D = Decimal


def _read(sentence: str) -> list[tuple[Decimal, str | None]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


# 'ấp, khóm': the Mekong delta's rural and urban hamlets, one level of administration said
# together (tests/draft_eval.py's convention, as 'thôn, bản'), one unit of the count
def test_hamlets_rural_and_urban_are_one_level() -> None:
    camau = _read(
        "Hiện nay, trong toàn tỉnh có 636 ấp, khóm đạt chuẩn văn hóa, với hơn 230 ngàn hộ đạt "
        "chuẩn gia đình văn hóa."
    )
    assert camau[0] == (D(636), "ấp, khóm")
    tracu = _read(
        "Toàn huyện có 15 xã, 02 thị trấn, 124 ấp, khóm. Đất nông nghiệp 26.283,50 hécta, đất "
        "phi nông nghiệp 10.423 hécta."
    )
    assert (D(124), "ấp, khóm") in tracu
    assert (D(15), "xã") in tracu and (D(2), "thị trấn") in tracu


def test_a_clump_is_no_level() -> None:
    # ('khóm' alone, a clump of a plant, is no level said with another: its noun as before)
    assert _read("Nhóm đã trồng 12 khóm tre ven kênh.")[0][1] != "ấp, khóm"


# a long counted noun is counted in its head (tests/draft_eval.py's convention: '141 trạm y tế' in
# 'trạm'), also where pyvi runs the head into the field after it ('giải_thể_thao')
def test_an_award_is_counted_in_its_head() -> None:
    camau = _read(
        "Trong năm tham gia 24 giải thể thao thành tích cao, giành 77 huy chương, đạt 226% kế "
        "hoạch."
    )
    assert camau[:2] == [(D(24), "giải"), (D(77), "huy chương")]
    backan = _read(
        "VĐV tham dự 21 giải thể thao cấp quốc gia, trong đó có 5 giải quần chúng và 16 giải thể "
        "thao thành tích cao, giành được tổng cộng 89 huy chương các loại."
    )
    assert (D(21), "giải") in backan and (D(16), "giải") in backan


def test_a_building_of_a_field_keeps_its_noun() -> None:
    # ('nhà văn hóa', one noun of the language, is no head with a field after it)
    assert _read("Xã đã xây dựng 19 nhà văn hóa thôn.")[0] == (D(19), "nhà văn hóa")
