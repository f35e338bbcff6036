"""The Figure model, how a figures file writes numbers and ranges, and how a figure is shown."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..errors import Location
from ..i18n import N_, _
from ..numfmt import PLAN_KINDS as PLAN_KINDS
from ..numfmt import default_plan_kind, format_quantity, parse_number
from ..source import AmbiguousText

Value = Decimal | tuple[Decimal, Decimal]
"""A figure's number, or a (low, high) range such as 7,5–8."""

FIELDS = ("key", "label", "value", "unit", "period", "plan", "source", "plan_kind", "part_of")
"""The fields of a figure, in the order of a spreadsheet's columns."""

REQUIRED = ("key", "label", "value")

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Figure:
    """One key figure, e.g. ``grdp_growth``: Tăng trưởng GRDP 10,05% (kế hoạch 8%).

    ``location`` says where the figure was defined (the key in YAML, the row in CSV/XLSX); it
    takes no part in equality, so the same figures from YAML, CSV and XLSX compare equal.
    """

    key: str
    """Name used in outlines as ``{key}``: a lowercase letter, then a-z, 0-9 or _."""
    label: str
    """What the number measures, e.g. "Tăng trưởng GRDP"."""
    value: Value
    """The number as written (``Decimal("7.0")`` keeps its decimal), or a (low, high) range."""
    unit: str | None = None
    """Written after the number: "%" attached, others after a space ("tỷ đồng")."""
    period: str | None = None
    """The time the figure covers, e.g. "2023"."""
    plan: Value | None = None
    """The plan or target, for plan-actual charts and ``{key.plan}``."""
    source: str | None = None
    """Where the figure comes from, e.g. "HD 25-HD/BTGDUK, mục II.2.2a"."""
    plan_kind: str | None = None
    """What the plan asks for (``PLAN_KINDS``): "floor" (at least), "ceiling" (at most, e.g. CPI
    "dưới 4,5%"), "range" or "exact"; None for the default (``plan_kind_of``)."""
    part_of: str | None = None
    """The figure this one is a part of (its total, e.g. ``budget_revenue`` for
    ``domestic_revenue``), or the name of a set of shares of one whole (``grdp_structure``):
    ``check`` warns when the parts do not add up to the total, or shares in % to more than 100."""
    location: Location = field(default=Location("<figures>"), compare=False)


def plan_kind_of(fig: Figure) -> str:
    """The kind of ``fig``'s plan: as written, else a range for a range plan and a floor for a
    number."""
    if fig.plan_kind:
        return fig.plan_kind
    return default_plan_kind(fig.plan) if fig.plan is not None else "floor"


BOUNDS = ("ceiling", "floor", "about")
"""What a figure's number is besides exact: a ceiling ("dưới 0,9%"), a floor ("trên 69%") or an
approximation ("khoảng 31%")."""

_BOUND_RE = re.compile(
    r"\(\s*(?P<word>còn dưới|dưới|không quá|tối đa|under|below|at most"
    r"|trên|hơn|ít nhất|tối thiểu|over|above|at least|more than"
    r"|khoảng|gần|about|around|approximately|nearly)\s*\)\s*$",
    re.IGNORECASE,
)
_BOUND_WORDS = {
    "ceiling": ("còn dưới", "dưới", "không quá", "tối đa", "under", "below", "at most"),
    "floor": ("trên", "hơn", "ít nhất", "tối thiểu", "over", "above", "at least", "more than"),
}


def bound_of(fig: Figure) -> str | None:
    """What ``fig``'s number is besides exact (``BOUNDS``), as its label says at its end:
    "Tỷ lệ hộ nghèo (dưới)" is a ceiling, "… (trên)" a floor, "… (khoảng)" an approximation;
    None for an exact number."""
    m = _BOUND_RE.search(fig.label)
    if not m:
        return None
    word = m.group("word").lower()
    for bound, words in _BOUND_WORDS.items():
        if word in words:
            return bound
    return "about"


def format_figure(fig: Figure, lang: str = "vi", part: str = "value") -> str:
    """``fig``'s value (or plan) with its unit, written for ``lang``: "10,05%", "7,5–8%"."""
    if part not in ("value", "plan"):
        raise ValueError(_("part must be 'value' or 'plan', not {part!r}").format(part=part))
    number = fig.value if part == "value" else fig.plan
    if number is None:
        raise ValueError(_("figure '{key}' has no plan").format(key=fig.key))
    return format_quantity(number, fig.unit, lang)


def suggest_key(text: str) -> str:
    """A valid key made from ``text``: "Tăng trưởng GRDP" -> "tang_truong_grdp"."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = plain.encode("ascii", "ignore").decode().lower()
    key = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    if not key or not key[0].isalpha():
        key = "f_" + key
    return key.rstrip("_")


# --- numbers written as text (CSV cells, quoted YAML, text cells in a spreadsheet) -----------

_RANGE_RE = re.compile(
    r"^\s*([-\u2212]?[^-\u2212\u2013\u2014\s]+)\s*[-\u2013\u2014]\s*([-\u2212]?\S+)\s*$"
)
_DOT_DECIMAL_RE = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")
_AMBIGUOUS_RE = re.compile(r"^[+-]?[1-9][0-9]{0,2}\.[0-9]{3}$")


class NumberTextError(ValueError):
    """A number written as text could not be read; ``hint`` says how to write it."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


NUMBER_HINT = N_(
    "write a number such as 10.05 or 10,05 (or a range such as 7,5–8); "
    "put the unit in the unit field"
)


def parse_number_text(text: str, dot_groups: bool = False) -> Decimal:
    """One number written in a figures file.

    The rule: a comma makes it Vietnamese (comma decimal, dots group thousands: ``10,05``,
    ``1.234,5``); several dots group thousands (``1.234.567``); otherwise a single dot is a
    decimal point (``10.05``, as YAML and spreadsheet exports write it). ``109.501`` (one dot,
    three digits after it) could be either: it is read as 109501 only when ``dot_groups`` says
    the file writes its numbers the Vietnamese way, and refused otherwise.
    """
    t = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "")
    if "," in t or t.count(".") > 1 or (dot_groups and _AMBIGUOUS_RE.match(t)):
        try:
            return parse_number(t, "vi")
        except ValueError:
            raise NumberTextError(
                _("'{text}' is not a number").format(text=text), _(NUMBER_HINT)
            ) from None
    if _AMBIGUOUS_RE.match(t):
        whole, frac = t.split(".")
        raise NumberTextError(
            _("'{text}' is ambiguous").format(text=text),
            _("write {whole}{frac} for thousands, or {whole},{frac} for a decimal").format(
                whole=whole, frac=frac
            ),
        )
    if _DOT_DECIMAL_RE.match(t):
        try:
            return Decimal(t)
        except InvalidOperation:  # pragma: no cover - the regex admits only valid decimals
            pass
    raise NumberTextError(_("'{text}' is not a number").format(text=text), _(NUMBER_HINT))


_WITH_UNIT_RE = re.compile(r"^\s*([-+\u2212]?[0-9][0-9.,\s\u2013-]*?)\s*(%|‰|[^\W\d_][^\d]*)\s*$")


def _unit_written_in(text: str, dot_groups: bool) -> NumberTextError | None:
    """The specific error for a number written with its unit ("10,05%", "109.501 tỷ đồng"),
    saying how to write both; None when ``text`` is not a number and a unit."""
    m = _WITH_UNIT_RE.match(text)
    if not m:
        return None
    try:
        value = parse_value_text(m.group(1), dot_groups)
    except NumberTextError:
        return None
    unit = m.group(2).strip()
    if isinstance(value, tuple):
        shown = f"[{value[0]}, {value[1]}]"
    elif value == value.to_integral_value() and "." not in str(value):
        shown = str(value)
    else:
        shown = _("{value} (or '{comma}', quoted)").format(
            value=value, comma=str(value).replace(".", ",")
        )
    return NumberTextError(
        _("'{text}' is a number with its unit").format(text=text),
        _(
            'write the number alone, value: {shown}, and the unit in its own field, unit: "{unit}"'
        ).format(shown=shown, unit=unit),
    )


def parse_value_text(text: str, dot_groups: bool = False) -> Value:
    """A number or a range ("7.5-8", "7,5–8", "5 – 5,5") written in a figures file."""
    try:
        return _parse_value_text(text, dot_groups)
    except NumberTextError:
        with_unit = _unit_written_in(text, dot_groups)
        if with_unit is not None:
            raise with_unit from None
        raise


def _parse_value_text(text: str, dot_groups: bool = False) -> Value:
    m = _RANGE_RE.match(text)
    if m:
        low, high = m.group(1), m.group(2)
        return parse_number_text(low, dot_groups), parse_number_text(high, dot_groups)
    return parse_number_text(text, dot_groups)


def writes_dot_groups(texts: list[str]) -> bool:
    """Whether numbers written as ``texts`` use the Vietnamese way throughout.

    True when some are written with a decimal comma or dot-grouped thousands (``10,05``,
    ``1.234.567``) and none with a decimal point (``5.8``); then ``109.501`` means 109501.
    """
    ranges = [(t, _RANGE_RE.match(t)) for t in texts]
    parts = [p for t, found in ranges for p in (found.groups() if found else (t,))]
    parts = [p.strip() for p in parts]
    vietnamese = any("," in p or p.count(".") > 1 for p in parts)
    dotted = any(
        _DOT_DECIMAL_RE.match(p) and "." in p and not _AMBIGUOUS_RE.match(p) for p in parts
    )
    return vietnamese and not dotted


MAX_MAGNITUDE = Decimal("1e15")
"""Numbers are drawn and written with at most 15 significant digits: 999 nghìn tỷ is the
largest figure (and chart value) read."""


def check_magnitude(number: Decimal) -> Decimal:
    """``number`` if a deck can show it; else a ``NumberTextError``."""
    if not number.is_finite() or abs(number) >= MAX_MAGNITUDE:
        raise NumberTextError(
            _("{number} is too large to show").format(number=number),
            _(
                "numbers must be smaller than 1,000,000,000,000,000 (10^15): write it in a larger "
                "unit (tỷ đồng, nghìn tỷ đồng)"
            ),
        )
    return number


def to_value(raw: object, dot_groups: bool = False) -> Value:
    """A figure's value as read from YAML, a CSV cell or a spreadsheet cell."""
    value = _to_value(raw, dot_groups)
    for number in value if isinstance(value, tuple) else (value,):
        check_magnitude(number)
    return value


def _to_value(raw: object, dot_groups: bool = False) -> Value:
    if isinstance(raw, AmbiguousText):
        message, hint = raw.number_problem()
        raise NumberTextError(message, hint)
    if isinstance(raw, list):
        if len(raw) != 2:
            hint = _("a range is [low, high], e.g. [7.5, 8]")
            raise NumberTextError(
                _("{show} is not a number or a range").format(show=_show(raw)), hint
            )
        low, high = (to_value(v, dot_groups) for v in raw)
        if isinstance(low, tuple) or isinstance(high, tuple):
            raise NumberTextError(
                _("{show} is not a range").format(show=_show(raw)), _("a range is [low, high]")
            )
        return low, high
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Decimal(raw)
    if isinstance(raw, Decimal) and raw.is_finite():
        return raw
    if isinstance(raw, str):
        return parse_value_text(raw, dot_groups)
    if isinstance(raw, NumberTextError):  # a reader's finding, e.g. a formula without a result
        raise raw
    raise NumberTextError(
        _("{show} is not a number").format(show=_show(raw)), _("write a number such as 10.05")
    )


def _show(raw: object) -> str:
    if isinstance(raw, list):
        return "[" + ", ".join(str(v) for v in raw) + "]"
    return f"'{raw}'"
