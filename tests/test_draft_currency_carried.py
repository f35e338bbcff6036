"""A bare magnitude after amounts in a foreign currency keeps that currency (session 35)."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft.figures import find_figures


def test_a_bare_magnitude_takes_the_currency_said_with_the_amounts_before_it() -> None:
    # at-angiang (Sở Công Thương An Giang, 2019), as stored: the imports' '160 triệu' said
    # after the total and the exports in 'triệu USD' — not 160 triệu đồng
    text = (
        "Tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 1.050 triệu USD, tăng 6,1% so cùng "
        "kỳ(trong đó, kim ngạch xuất khẩu ước đạt 890 triệu USD, tăng 5,95% so cùng kỳ; kim "
        "ngạch nhập khẩu ước đạt 160 triệu, tăng 6,67% so cùng kỳ)."
    )
    got = {f.value: f.unit for f in find_figures(text, "", False, None, None)}
    assert got[Decimal(160)] == "triệu USD"
    # an amount in đồng said nearer, or another magnitude: the money rule's đồng as before
    text = "Doanh thu đạt 890 triệu USD; chi phí 50 triệu đồng, lãi 160 triệu."
    got = {f.value: f.unit for f in find_figures(text, "", False, None, None)}
    assert got[Decimal(160)] == "triệu đồng"
    text = "Xuất khẩu đạt 1,2 tỷ USD; thu ngân sách 160 triệu."
    got = {f.value: f.unit for f in find_figures(text, "", False, None, None)}
    assert got[Decimal(160)] == "triệu đồng"
