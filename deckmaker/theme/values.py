"""Read and check theme.yaml values: colours (palette tokens or hex), fonts, sizes, files."""

from __future__ import annotations

import re
import string
from decimal import Decimal
from pathlib import Path

from ..errors import Problem, did_you_mean
from ..i18n import _
from ..source import Node
from .model import SLIDE_SIZES, TextSizes, ThemeColors, ThemeFonts, blend, contrast_ratio

REQUIRED_ROLES = ("primary", "accent", "text", "background", "chart")
"""Colour roles a theme (or the theme it extends) must set."""
DERIVED_ROLES = ("muted", "surface", "on_primary", "grid")
"""Colour roles computed from the others when no theme in the chain sets them."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff")
_HEX_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


def read_text(node: Node | None, path: str, problems: list[Problem]) -> str:
    if node is None or node.value is None:
        return ""
    if not isinstance(node.value, str):
        problems.append(Problem(node.location, _("'{path}' must be text").format(path=path), path))
        return ""
    return node.value.strip()


def read_bool(node: Node | None, path: str, default: bool, problems: list[Problem]) -> bool:
    if node is None:
        return default
    if not isinstance(node.value, bool):
        problems.append(
            Problem(
                node.location,
                _("'{path}' must be true or false").format(path=path),
                path,
                _("write true or false"),
            )
        )
        return default
    return node.value


def _hex(value: object) -> str | None:
    return value.upper() if isinstance(value, str) and _HEX_RE.match(value.strip()) else None


def read_palette(node: Node | None, problems: list[Problem]) -> dict[str, str]:
    out: dict[str, str] = {}
    if node is None or not isinstance(node.value, dict):
        return out
    for token, value in node.value.items():
        color = _hex(value.value)
        if color is None:
            problems.append(_bad_color(value, f"palette.{token}", []))
        else:
            out[token] = color
    return out


def _bad_color(node: Node, path: str, tokens: list[str]) -> Problem:
    value = node.value
    if value is None:
        return Problem(
            node.location,
            _("colour is empty"),
            path,
            _('quote hex colours, e.g. "#0B3D91": an unquoted # starts a YAML comment'),
        )
    if isinstance(value, str) and value.startswith("#"):
        return Problem(
            node.location,
            _("'{value}' is not a colour").format(value=value),
            path,
            _('write # and six hex digits, e.g. "#0B3D91"'),
        )
    hint = _('a colour is a palette name or "#RRGGBB"')
    if tokens:
        hint = did_you_mean(str(value), tokens) + _('; or write a colour as "#RRGGBB"')
    return Problem(node.location, _("unknown colour '{value}'").format(value=value), path, hint)


def _color(node: Node, path: str, palette: dict[str, str], problems: list[Problem]) -> str | None:
    value = node.value
    if isinstance(value, str) and value.strip() in palette:
        return palette[value.strip()]
    color = _hex(value)
    if color is None:
        problems.append(_bad_color(node, path, list(palette)))
    return color


def read_colors(root: Node, palette: dict[str, str], problems: list[Problem]) -> ThemeColors | None:
    node = root.get("colors")
    roles: dict[str, Node] = node.value if node is not None and isinstance(node.value, dict) else {}
    out: dict[str, str | None] = {}
    ok = True
    for role in REQUIRED_ROLES:
        if role not in roles:
            problems.append(
                Problem(
                    (node or root).location,
                    _("colour role '{role}' is not set").format(role=role),
                    f"colors.{role}",
                    _(
                        "add colors.{role}, or extend a theme that sets it (extends: default)"
                    ).format(role=role),
                )
            )
            ok = False
    for role in DERIVED_ROLES + REQUIRED_ROLES[:-1]:
        if role in roles:
            out[role] = _color(roles[role], f"colors.{role}", palette, problems)
            ok = ok and out[role] is not None
    chart = _chart_colors(roles.get("chart"), palette, problems)
    if not ok or chart is None:
        return None
    primary, text, bg = out["primary"], out["text"], out["background"]
    assert primary
    assert text
    assert bg
    white = "#FFFFFF"
    return ThemeColors(
        primary=primary,
        accent=out["accent"] or "",
        text=text,
        background=bg,
        chart=chart,
        muted=out.get("muted") or blend(text, bg, 0.35),
        surface=out.get("surface") or blend(bg, primary, 0.07),
        on_primary=out.get("on_primary")
        or (white if contrast_ratio(white, primary) >= contrast_ratio(text, primary) else text),
        grid=out.get("grid") or blend(bg, text, 0.15),
    )


def _chart_colors(
    node: Node | None, palette: dict[str, str], problems: list[Problem]
) -> tuple[str, ...] | None:
    if node is None:
        return None
    if not isinstance(node.value, list) or not node.value:
        problems.append(
            Problem(
                node.location,
                _("'colors.chart' must be a list of colours"),
                "colors.chart",
                _('e.g. chart: [primary_token, accent_token, "#5E6A71"]'),
            )
        )
        return None
    found = [_color(n, f"colors.chart[{i}]", palette, problems) for i, n in enumerate(node.value)]
    return tuple(c for c in found if c) if all(found) else None


def read_fonts(root: Node, problems: list[Problem]) -> ThemeFonts | None:
    node = root.get("fonts")
    fonts = node.value if node is not None and isinstance(node.value, dict) else {}
    out: dict[str, str] = {}
    for key in ("heading", "body"):
        if key not in fonts:
            problems.append(
                Problem(
                    (node or root).location,
                    _("font '{key}' is not set").format(key=key),
                    f"fonts.{key}",
                    _(
                        "name a font family that covers Vietnamese (e.g. Liberation Sans), or"
                        " extend a theme that sets it (extends: default)"
                    ),
                )
            )
            continue
        out[key] = read_text(fonts[key], f"fonts.{key}", problems)
        if not out[key] and isinstance(fonts[key].value, str | None):
            problems.append(Problem(fonts[key].location, _("font name is empty"), f"fonts.{key}"))
    return ThemeFonts(**out) if len(out) == 2 and all(out.values()) else None


def read_text_sizes(node: Node | None, problems: list[Problem]) -> TextSizes:
    values: dict[str, float] = {}
    if node is not None and isinstance(node.value, dict):
        for key, child in node.value.items():
            v = child.value
            if key not in tuple(TextSizes.__dataclass_fields__):
                continue
            if isinstance(v, bool) or not isinstance(v, int | float | Decimal) or v <= 0:
                problems.append(
                    Problem(child.location, _("a text size must be a positive number of points"),
                            f"text_sizes.{key}", "e.g. body: 24")
                )  # fmt: skip
                continue
            values[key] = float(v)
    sizes = TextSizes(**values)
    if sizes.body_min > sizes.body and node is not None:
        loc = node.key_locations.get("body_min", node.location)
        problems.append(
            Problem(
                loc,
                _("body_min ({body_min:g} pt) is larger than body ({body:g} pt)").format(
                    body_min=sizes.body_min, body=sizes.body
                ),
                "text_sizes.body_min",
                _("body_min is the smallest size body text may shrink to"),
            )
        )
    return sizes


def read_size(node: Node | None, problems: list[Problem]) -> str:
    if node is None:
        return "16:9"
    value = node.value if isinstance(node.value, str) else None  # "16:9"; a list is no size
    if value not in SLIDE_SIZES:
        problems.append(
            Problem(node.location, _("unknown slide size '{value}'").format(value=node.value),
                    "size",
                    _("write size: \"16:9\" or size: \"4:3\""))
        )  # fmt: skip
        return "16:9"
    return str(value)


def read_footer(node: Node | None, problems: list[Problem]) -> str:
    text = read_text(node, "footer", problems)
    try:
        list(string.Formatter().parse(text))
    except ValueError as exc:
        assert node is not None
        problems.append(
            Problem(node.location, _("footer is not a valid template: {exc}").format(exc=exc),
                    "footer",
                    _("fields are written {organization}; write {{ or }} for a brace"))
        )  # fmt: skip
    return text


def read_file(
    node: Node | None, key: str, suffixes: tuple[str, ...], fix: str, problems: list[Problem]
) -> Path | None:
    if node is None or not isinstance(node.value, Path):
        return None  # absent, empty, or already reported by _absolute_paths
    if node.value.suffix.lower() not in suffixes:
        problems.append(
            Problem(
                node.location,
                _("{key} must be a {names} file").format(key=key, names=", ".join(suffixes)),
                key,
                fix,
            )
        )
    return node.value


def read_names(
    node: Node | None, section: str, known: tuple[str, ...], problems: list[Problem]
) -> dict[str, str]:
    out: dict[str, str] = {}
    if node is None or not isinstance(node.value, dict):
        return out
    for key, child in node.value.items():
        if key in known:
            text = read_text(child, f"{section}.{key}", problems)
            if text:
                out[key] = text
            elif child.value in (None, ""):
                problems.append(Problem(child.location, _("name is empty"), f"{section}.{key}"))
    return out
