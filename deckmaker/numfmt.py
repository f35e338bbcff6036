"""Number formatting for Vietnamese and English through Babel, independent of the machine locale."""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from .i18n import _
from .kept import kept
from .vocabulary import WORDS

Number = int | float | Decimal
"""A figure's number: ``Decimal`` keeps its written digits, ``float`` its shortest repr."""

LANGS = ("vi", "en")
"""The languages deckmaker formats numbers for."""

EN_DASH = "\u2013"
"""Joins the two ends of a range: ``7,5–8%``."""

MINUS = "-"
"""The minus sign: hyphen-minus, as CLDR gives for both vi and en (and as Excel writes)."""

# ("/100.000 dân": a rate on a base written without its counted noun, '4/100.000 dân')
_ATTACHED_UNITS = ("%", "‰", "/")
_TICK_CONTEXT = Context(prec=12)
_PARSE_RE = re.compile(r"^[+-]?[0-9][0-9.,]*$")


def _locale(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(
            _("unsupported language {lang!r}; known: {names}").format(
                lang=lang, names=", ".join(LANGS)
            )
        )
    return lang


def to_decimal(value: Number) -> Decimal:
    """``value`` as a finite Decimal; a float goes through its shortest repr (10.05 -> 10.05)."""
    if isinstance(value, bool):
        raise TypeError(_("a bool is not a number"))
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(_("cannot format {value!r}").format(value=value))
        d = Decimal(repr(value))
    else:
        raise TypeError(_("not a number: {value!r}").format(value=value))
    if not d.is_finite():
        raise ValueError(_("cannot format {value!r}").format(value=value))
    return d


def _exact(d: Decimal, places: int) -> Context:
    """A context precise enough to write ``d`` with ``places`` decimals without rounding."""
    return Context(prec=max(28, d.adjusted() + places + 2))


def _places(d: Decimal) -> int:
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def format_number(value: Number, lang: str = "vi", places: int | None = None) -> str:
    """``value`` written for ``lang``: Decimal("10.05") -> "10,05"; 109501 -> "109.501".

    Never invents precision: a Decimal keeps its written decimals (``Decimal("7.0")`` -> "7,0",
    ``7`` -> "7"), a float its shortest repr. ``places`` forces that many decimals, rounding
    half up (144.55 -> "144,6"). Negatives use ``MINUS``; a zero is never negative.
    """
    locale = _locale(lang)
    d = to_decimal(value)
    if places is not None:
        if places < 0:
            raise ValueError(_("places must be >= 0, not {places}").format(places=places))
        d = d.quantize(
            Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_exact(d, places)
        )
    if d.is_zero():
        d = abs(d)
    key = (str(d), locale)  # the decimal's sign, digits and exponent: what its text depends on

    def written() -> str:
        n = _places(d)
        pattern = "#,##0" + ("." + "0" * n if n else "")
        with localcontext(_exact(d, n)):  # Babel quantizes in the current context: every digit
            text = format_decimal(d, format=pattern, locale=locale, decimal_quantization=True)
        return text.replace("\u2212", MINUS)

    return kept(_FORMATTED, key, FORMATTED_LIMIT, written)


_FORMATTED: OrderedDict[tuple[str, str], str] = OrderedDict()
FORMATTED_LIMIT = 16384
"""Numbers written kept in a process (``format_number``): a deck writes the same figures again
and again (a slide's texts are resolved at every size its planner tries, every chart's ticks
and labels), each through Babel's pattern parsing and locale look-ups."""


def _unit_suffix(unit: str | None) -> str:
    if not unit:
        return ""
    if unit.startswith(_ATTACHED_UNITS):
        return unit
    return " " + unit


def format_quantity(
    value: Number | tuple[Number, Number],
    unit: str | None,
    lang: str = "vi",
    places: int | None = None,
) -> str:
    """A number or a (low, high) range with its unit: "10,05%", "109.501 tỷ đồng", "7,5–8%".

    "%" and "‰" (and units starting with them, "% GRDP") and a rate's base ("/100.000 dân")
    attach to the number; any other unit follows after a space. A range is joined
    with an en dash and carries its unit once.
    """
    if isinstance(value, tuple):
        low, high = value
        text = format_number(low, lang, places) + EN_DASH + format_number(high, lang, places)
    else:
        text = format_number(value, lang, places)
    return text + _unit_suffix(unit)


def attainment_percent(actual: Number, plan: Number) -> Decimal:
    """``actual / plan`` in percent, rounded half up to one decimal (144.58 -> 144.6)."""
    a, p = to_decimal(actual), to_decimal(plan)
    if p.is_zero():
        raise ValueError(_("cannot compute attainment of a zero plan"))
    return (a * 100 / p).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_attainment(actual: Number, plan: Number, lang: str = "vi", of: str | None = None) -> str:
    """Plan attainment: "đạt 144,6% kế hoạch" (vi) or "144.6% of plan" (en), one decimal.

    ``of`` names what was planned (default "kế hoạch" in vi, "plan" in en), e.g. "dự toán".
    """
    _locale(lang)
    target = WORDS[lang]["plan"] if of is None else of
    percent = format_quantity(attainment_percent(actual, plan), "%", lang)
    if lang == "vi":
        return f"đạt {percent} {target}".rstrip()
    return f"{percent} of {target}".rstrip()


PLAN_KINDS = ("floor", "ceiling", "range", "exact")
"""What a plan asks for: at least (floor), at most (ceiling), between two ends (range), or
exactly (exact)."""

PLAN_WORDS = {
    "vi": {
        "below_ceiling": "dưới mức trần {plan}",
        "at_ceiling": "bằng mức trần {plan}",
        "above_ceiling": "vượt mức trần {plan}",
        "in_range": "trong khoảng kế hoạch {plan}",
        "below_range": "thấp hơn khoảng kế hoạch {plan}",
        "above_range": "cao hơn khoảng kế hoạch {plan}",
        "on_target": "đúng kế hoạch {plan}",
        "above_target": "cao hơn mức kế hoạch {plan}",
        "below_target": "thấp hơn mức kế hoạch {plan}",
        "above_floor": "vượt kế hoạch {plan}",
        "at_floor": "đạt kế hoạch {plan}",
        "below_floor": "chưa đạt kế hoạch {plan}",
        "ceiling": "Mức trần",
        "range": "Khoảng kế hoạch",
        "target": "Kế hoạch",
    },
    "en": {
        "below_ceiling": "below the {plan} ceiling",
        "at_ceiling": "at the {plan} ceiling",
        "above_ceiling": "above the {plan} ceiling",
        "in_range": "within the planned range {plan}",
        "below_range": "below the planned range {plan}",
        "above_range": "above the planned range {plan}",
        "on_target": "on the {plan} target",
        "above_target": "above the exact {plan} target",
        "below_target": "below the exact {plan} target",
        "above_floor": "above the {plan} target",
        "at_floor": "at the {plan} target",
        "below_floor": "short of the {plan} target",
        "ceiling": "Ceiling",
        "range": "Planned range",
        "target": "Target",
    },
}
"""How a result reads against each kind of plan; ``{plan}`` is the plan with its unit (left out
where the chart shows the plan itself)."""


def default_plan_kind(plan: Number | tuple[Number, Number]) -> str:
    """A range plan is a range; a single number is a floor (at least)."""
    return "range" if isinstance(plan, tuple) else "floor"


def format_plan_result(
    actual: Number,
    plan: Number | tuple[Number, Number],
    kind: str | None = None,
    lang: str = "vi",
    unit: str | None = None,
    of: str | None = None,
    show_plan: bool = True,
) -> str:
    """How ``actual`` stands against ``plan`` of ``kind``, in ``lang``:

    a floor "đạt 97,9% kế hoạch" / "97.9% of plan" (``format_attainment``); a ceiling
    "dưới mức trần 4,5%" / "below the 4.5% ceiling", or "vượt mức trần 4,5%"; a range
    "trong khoảng kế hoạch 7,5–8%" / "within the planned range 7.5–8%", "thấp hơn …", "cao hơn
    …"; an exact target "đúng kế hoạch 8%", "cao hơn mức kế hoạch 8%" / "above the exact 8%
    target" or "thấp hơn …" (never "đạt 116,0% kế hoạch", which reads like a floor met).
    ``show_plan=False`` leaves the
    plan's number out ("dưới mức trần") where it is shown beside, as on a chart.
    """
    _locale(lang)
    kind = kind or default_plan_kind(plan)
    if kind not in PLAN_KINDS:
        raise ValueError(
            _("unknown plan kind {kind!r}; known: {names}").format(
                kind=kind, names=", ".join(PLAN_KINDS)
            )
        )
    words = PLAN_WORDS[lang]
    a = to_decimal(actual)
    if kind == "range":
        if not isinstance(plan, tuple):
            raise ValueError(_("a range plan needs two ends"))
        low, high = to_decimal(plan[0]), to_decimal(plan[1])
        key = "below_range" if a < low else "above_range" if a > high else "in_range"
    else:
        if isinstance(plan, tuple):
            raise ValueError(_("a {kind} plan is one number, not a range").format(kind=kind))
        target = to_decimal(plan)
        if kind == "floor":
            return format_attainment(a, target, lang, of)
        if kind == "exact":
            key = "on_target" if a == target else "above_target" if a > target else "below_target"
        else:
            key = (
                "below_ceiling" if a < target else "at_ceiling" if a == target else "above_ceiling"
            )
    shown = format_quantity(plan, unit, lang) if show_plan else ""
    return words[key].format(plan=shown).replace("  ", " ").strip()


def plan_standing(
    actual: Number, plan: Number | tuple[Number, Number], kind: str | None = None
) -> str:
    """Where ``actual`` stands against ``plan`` of ``kind``, as a ``PLAN_WORDS`` key: a floor
    "above_floor", "at_floor" or "below_floor"; a ceiling "below_ceiling", "at_ceiling" or
    "above_ceiling"; a range "in_range", "below_range" or "above_range"; an exact target
    "on_target", "above_target" or "below_target"."""
    kind = kind or default_plan_kind(plan)
    if kind not in PLAN_KINDS:
        raise ValueError(f"unknown plan kind {kind!r}; known: {', '.join(PLAN_KINDS)}")
    a = to_decimal(actual)
    if kind == "range":
        if not isinstance(plan, tuple):
            raise ValueError("a range plan needs two ends")
        low, high = to_decimal(plan[0]), to_decimal(plan[1])
        return "below_range" if a < low else "above_range" if a > high else "in_range"
    if isinstance(plan, tuple):
        raise ValueError(f"a {kind} plan is one number, not a range")
    target = to_decimal(plan)
    if kind == "ceiling":
        return "below_ceiling" if a < target else "at_ceiling" if a == target else "above_ceiling"
    if kind == "exact":
        return "on_target" if a == target else "above_target" if a > target else "below_target"
    return "above_floor" if a > target else "at_floor" if a == target else "below_floor"


def format_vs_plan(
    actual: Number,
    plan: Number | tuple[Number, Number],
    kind: str | None = None,
    lang: str = "vi",
    unit: str | None = None,
) -> str:
    """The words for how ``actual`` stands against ``plan``, with the plan: a floor "vượt kế
    hoạch 8%", "đạt kế hoạch 8%" or "chưa đạt kế hoạch 8%" (en "above the 8% target", "at the 8%
    target", "short of the 8% target"); a ceiling, a range or an exact target as
    ``format_plan_result`` words them ("dưới mức trần 4,5%", "trong khoảng kế hoạch 7,5–8%",
    "đúng kế hoạch 8%"). Chosen by the numbers, so they stay true when the figures change."""
    _locale(lang)
    key = plan_standing(actual, plan, kind)
    return PLAN_WORDS[lang][key].format(plan=format_quantity(plan, unit, lang))


def format_change(
    value: Number | tuple[Number, Number], unit: str | None = None, lang: str = "vi"
) -> str:
    """A change with the word its sign calls for: 5.05 -> "tăng 5,05%", -1.2 -> "giảm 1,2%",
    0 -> "không đổi" (en "up 5.05%", "down 1.2%", "unchanged"). A range keeps its ends in
    order ([-8, -7.5] -> "giảm 7,5–8%"); a range from a fall to a rise has no one word and is a
    ``ValueError``."""
    _locale(lang)
    words = WORDS[lang]
    if isinstance(value, tuple):
        low, high = to_decimal(value[0]), to_decimal(value[1])
        if low >= 0 and high > 0:
            return f"{words['rise']} {format_quantity((low, high), unit, lang)}"
        if low < 0 and high <= 0:
            return f"{words['fall']} {format_quantity((-high, -low), unit, lang)}"
        if low == 0 and high == 0:
            return words["same"]
        raise ValueError("a range from a fall to a rise has no one direction word")
    d = to_decimal(value)
    if d.is_zero():
        return words["same"]
    word = words["rise"] if d > 0 else words["fall"]
    return f"{word} {format_quantity(abs(d), unit, lang)}"


def round_to_total(
    values: list[Number], places: int = 1, total: Number | None = None
) -> list[Decimal]:
    """``values`` rounded to ``places`` decimals so that they add up to ``total`` rounded the
    same way (the sum of ``values`` when None): largest-remainder rounding, as think-cell rounds
    the shares of a whole. Each value is rounded down, then the units of the last place still
    missing go to the values that lost the most (ties to the earlier value): 33,3 + 33,3 +
    33,3 shares of 100 become 33,4 + 33,3 + 33,3. Values must not be negative."""
    ds = [to_decimal(v) for v in values]
    if any(d < 0 for d in ds):
        raise ValueError("shares of a whole cannot be negative")
    step = Decimal(1).scaleb(-places)
    context = Context(prec=max(28, *(d.adjusted() + places + 2 for d in ds), 1))
    whole = to_decimal(total) if total is not None else sum(ds, Decimal(0))
    target = whole.quantize(step, rounding=ROUND_HALF_UP, context=context)
    down = [d.quantize(step, rounding="ROUND_FLOOR", context=context) for d in ds]
    missing = int(((target - sum(down, Decimal(0))) / step).to_integral_value())
    order = sorted(range(len(ds)), key=lambda i: (-(ds[i] - down[i]), i))
    for i in order[: max(0, min(missing, len(ds)))]:
        down[i] += step
    return down


def shares_of(values: list[Number], places: int = 1) -> list[Decimal]:
    """Each value's share of their sum in percent, rounded to ``places`` decimals so that the
    shares add up to exactly 100 (``round_to_total``): [1, 1, 1] -> [33.4, 33.3, 33.3]."""
    ds = [to_decimal(v) for v in values]
    whole = sum(ds, Decimal(0))
    if whole <= 0:
        raise ValueError("shares of a whole need a total above zero")
    return round_to_total([d * 100 / whole for d in ds], places, Decimal(100))


def tick_formatter(lang: str = "vi") -> Callable[[float, int | None], str]:
    """A ``(value, pos) -> label`` function for chart axes: "1.000", "2,5", "0" (no trailing ",0").

    Float noise from tick arithmetic is removed (0.30000000000000004 -> "0,3"). Plain Python, so
    it can be wrapped in ``matplotlib.ticker.FuncFormatter`` without this module importing it.
    """
    _locale(lang)

    def tick(value: float, pos: int | None = None) -> str:
        if not math.isfinite(value):
            return ""
        d = Decimal(repr(float(value))).normalize(_TICK_CONTEXT)
        if d == d.to_integral_value():
            d = d.quantize(Decimal(1))
        return format_number(d, lang)

    return tick


def parse_number(text: str, lang: str = "vi") -> Decimal:
    """Read a number written for ``lang``: "109.501" -> 109501, "10,05" -> 10.05 (vi).

    Grouping must be regular ("1.234,5" yes, "10.05" no in vi), and the written decimals are
    kept ("7,0" -> Decimal("7.0")). Raises ``ValueError`` on anything else.
    """
    locale = _locale(lang)
    cleaned = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "")
    if not _PARSE_RE.match(cleaned):
        raise ValueError(_("{text!r} is not a number").format(text=text))
    digits = sum(ch.isdigit() for ch in cleaned)
    try:
        with localcontext(Context(prec=max(28, digits + 2))):  # Babel parses in this context
            number = parse_decimal(cleaned, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation) as exc:
        raise ValueError(
            _("{text!r} is not a number written the {lang} way").format(text=text, lang=lang)
        ) from exc
    if not number.is_finite():
        raise ValueError(_("{text!r} is not a number").format(text=text))
    return number
