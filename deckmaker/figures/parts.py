"""Parts of a whole: figures that say ``part_of: total`` must add up to it, and shares of one
whole in % to no more than 100 (beyond what rounding of the written decimals explains)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..errors import Problem
from ..i18n import _
from ..numfmt import format_quantity
from .model import Figure


def _slack(number: Decimal) -> Decimal:
    """Half a unit of the last written decimal: what rounding may have taken from ``number``."""
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(exponent - 1)


def _is_share(unit: str | None) -> bool:
    return (unit or "").strip() == "%"


def check_parts(figures: Mapping[str, Figure]) -> list[Problem]:
    """Warnings where the parts listed under a total (``part_of``) do not add up to it, beyond
    rounding, and where a set of shares in % adds up to more than 100%."""
    groups: dict[str, list[Figure]] = {}
    for fig in figures.values():
        if fig.part_of:
            groups.setdefault(fig.part_of, []).append(fig)
    problems: list[Problem] = []
    for name, parts in groups.items():
        first = parts[0]
        path = f"{first.key}.part_of"
        keys = ", ".join(p.key for p in parts)
        if any(isinstance(p.value, tuple) for p in parts):
            continue  # a range has no one sum
        values = [p.value for p in parts if isinstance(p.value, Decimal)]
        total = sum(values, Decimal(0))
        slack = sum((_slack(v) for v in values), Decimal(0))
        units = {p.unit for p in parts}
        whole = figures.get(name)
        if len(units) > 1:
            problems.append(
                Problem(
                    first.location,
                    _("the parts of '{name}' ({keys}) have different units: {units}").format(
                        name=name, keys=keys, units=", ".join(sorted(str(u) for u in units))
                    ),
                    path,
                    _("parts of one whole are counted in one unit"),
                    severity="warning",
                )
            )
            continue
        unit = units.pop()
        if whole is not None and whole.unit == unit and isinstance(whole.value, Decimal):
            if abs(total - whole.value) > slack + _slack(whole.value):
                problems.append(
                    Problem(
                        first.location,
                        _(
                            "the parts of '{name}' ({keys}) add up to {total}, not its {whole}"
                        ).format(
                            name=name,
                            keys=keys,
                            total=format_quantity(total, unit),
                            whole=format_quantity(whole.value, unit),
                        ),
                        path,
                        _(
                            "check the parts and the total '{name}' (at {location}); a part "
                            "left out of the list, or one listed under the wrong total, does this"
                        ).format(name=name, location=whole.location),
                        severity="warning",
                    )
                )
        elif _is_share(unit) and total - slack > 100:
            problems.append(
                Problem(
                    first.location,
                    _(
                        "the shares of '{name}' ({keys}) add up to {total}, more than the whole"
                    ).format(name=name, keys=keys, total=format_quantity(total, unit)),
                    path,
                    _(
                        "shares of one whole add up to 100% at most: check each share, or "
                        "whether one of them belongs to another whole"
                    ),
                    severity="warning",
                )
            )
    return problems
