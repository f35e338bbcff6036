"""Big amounts of money as a presenter says them: '91.481.640.145 đồng' is '91,5 tỷ đồng'.

A document may write a budget to the đồng; on a KPI card or a chart a presenter reads it in
the magnitude word of its size (nghìn, triệu, tỷ, nghìn tỷ), with a Vietnamese decimal. The
figures file keeps the exact amount the text gives; only what the slide shows is scaled.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MAGNITUDES = (
    ("nghìn tỷ", Decimal(10) ** 12),
    ("tỷ", Decimal(10) ** 9),
    ("triệu", Decimal(10) ** 6),
    ("nghìn", Decimal(10) ** 3),
)
"""The magnitude words a presenter uses, largest first."""

_OF_UNIT = {
    "đồng": Decimal(1),
    "nghìn đồng": Decimal(10) ** 3,
    "ngàn đồng": Decimal(10) ** 3,
    "triệu đồng": Decimal(10) ** 6,
    "tỷ đồng": Decimal(10) ** 9,
    "tỉ đồng": Decimal(10) ** 9,
}

TOO_LONG = Decimal(10) ** 6
"""A number of seven digits or more in its own unit ('91.481.640.145 đồng', '4.069.000 triệu
đồng') is scaled; '109.501 tỷ đồng' is how documents and presenters write it, and stays."""


def in_dong(value: Decimal, unit: str | None) -> Decimal | None:
    """``value`` in đồng when ``unit`` is an amount of đồng, else None."""
    factor = _OF_UNIT.get((unit or "").strip().lower())
    return None if factor is None else value * factor


def magnitude(amount: Decimal) -> tuple[str, Decimal]:
    """The magnitude word of ``amount`` đồng and its size: 91.481.640.145 -> ('tỷ', 10^9)."""
    for word, size in MAGNITUDES:
        if abs(amount) >= size:
            return word, size
    return "", Decimal(1)


def needs_scale(value: object, unit: str | None) -> bool:
    """Whether a presenter would say this figure in a larger magnitude word."""
    if not isinstance(value, Decimal):
        return False
    amount = in_dong(value, unit)
    return amount is not None and abs(value) >= TOO_LONG and abs(amount) >= Decimal(10) ** 6


def rounded(value: Decimal, places: int) -> Decimal:
    """``value`` to ``places`` decimals, half up, without trailing zeros ('180,0' is '180')."""
    q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if q == q.to_integral_value():
        return q.quantize(Decimal(1))
    return q.normalize()


def scaled_unit(word: str) -> str:
    return f"{word} đồng" if word else "đồng"


def presenter_value(value: Decimal, unit: str | None) -> tuple[Decimal, str]:
    """One figure as a presenter says it: (91.5, 'tỷ đồng'); two decimals under 10 ('2,55
    nghìn tỷ đồng'), one from 10 ('91,5 tỷ đồng')."""
    amount = in_dong(value, unit)
    assert amount is not None
    word, size = magnitude(amount)
    scaled = amount / size
    return rounded(scaled, 2 if abs(scaled) < 10 else 1), scaled_unit(word)


def presenter_values(values: list[Decimal], unit: str | None) -> tuple[list[Decimal], str]:
    """The bars of one chart in one magnitude word: one decimal, two when a bar would read
    under 1 ('0,18 tỷ đồng' beside '18,3 tỷ đồng', never '0,2')."""
    amounts = [abs(a) for v in values if (a := in_dong(v, unit)) is not None]
    word, size = magnitude(max(amounts))
    smallest = min((a for a in amounts if a), default=Decimal(0))
    # the largest word in which no bar reads under 0,1: '1.009,1 tỷ' beside '33,4 tỷ', not
    # '1,01 nghìn tỷ' beside '0,03 nghìn tỷ'
    for w, s in MAGNITUDES:
        if s <= size and smallest / s >= Decimal("0.1"):
            word, size = w, s
            break
    scaled = [a / size for v in values if (a := in_dong(v, unit)) is not None]
    places = 2 if any(0 < abs(s) < 1 for s in scaled) else 1
    return [rounded(s, places) for s in scaled], scaled_unit(word)


def said(value: Decimal, unit: str) -> str:
    """'91,5 tỷ đồng': a scaled value written the Vietnamese way."""
    text = format(value, "f").replace(".", ",")
    return f"{text} {unit}"
