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
