"""Inspect a theme's template .pptx: find layouts and placeholders, report what is missing."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.exc import PackageNotFoundError

from ..errors import Location, Problem, ThemeError
from ..i18n import N_, _
from ..units import EMU_PER_INCH
from .model import LAYOUT_ROLES, SLIDE_SIZES, Theme
from .package import PackageRefused, read_package

SLOT_TYPES: dict[str, tuple[PP_PLACEHOLDER, ...]] = {
    "title": (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE),
    "subtitle": (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY),
    "body": (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY),
}
"""Placeholder types that fill each slot when ``placeholders:`` does not name one, in order."""

ROLE_SLOTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "title": (("title", True), ("subtitle", False)),
    "section": (("title", True),),
    "content": (("title", True), ("body", True)),
    "title_only": (("title", True),),
    "closing": (("title", True), ("subtitle", False)),
    "blank": (),
}
"""The slots each slide role fills, and whether the layout must have them."""

_ROLE_WORDS = {
    "title": N_("title"),
    "section": N_("section"),
    "content": N_("bullet"),
    "title_only": N_("chart, KPI, table and quote"),
    "closing": N_("closing"),
    "blank": N_("blank"),
}
_TYPE_WORDS = {
    PP_PLACEHOLDER.FOOTER: N_("footer"),
    PP_PLACEHOLDER.SLIDE_NUMBER: N_("slide number"),
    PP_PLACEHOLDER.DATE: N_("date"),
}


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def find_layout(presentation: Any, theme: Theme, role: str) -> Any | None:
    """The slide layout that carries ``role`` (matched by name, case-insensitively), or None."""
    by_name = {_norm(layout.name): layout for layout in presentation.slide_layouts}
    for name in theme.layout_names(role):
        if _norm(name) in by_name:
            return by_name[_norm(name)]
    return None


def find_placeholder(layout: Any, theme: Theme, slot: str) -> Any | None:
    """The layout placeholder that fills ``slot``: by its mapped name, else by type."""
    placeholders = sorted(layout.placeholders, key=lambda ph: ph.placeholder_format.idx)
    wanted = theme.placeholders.get(slot)
    if wanted:
        for ph in placeholders:
            if _norm(wanted) in (_norm(ph.name), _norm(re.sub(r"\s+\d+$", "", ph.name))):
                return ph
        return None
    for kind in SLOT_TYPES[slot]:
        for ph in placeholders:
            if ph.placeholder_format.type == kind:
                return ph
    return None


def check_template(theme: Theme) -> list[Problem]:
    """Everything the theme's template lacks (layouts, placeholders, slide size), each with a fix.

    Errors stop a build; warnings (``severity="warning"``) say what will look different.
    A theme without a template has nothing to check.
    """
    if theme.template is None:
        return []
    where = theme.origin("template")
    try:
        package = read_package(theme.template, where)
    except PackageRefused as exc:
        return [exc.problem]
    try:
        prs = Presentation(io.BytesIO(package.data))
    except (PackageNotFoundError, KeyError, ValueError, OSError, SyntaxError) as exc:
        return [
            Problem(
                where,
                _("cannot open template '{name}': {exc}").format(name=theme.template.name, exc=exc),
                "template",
                _("open it in PowerPoint or LibreOffice and save it again as .pptx"),
            )
        ]
    problems = list(package.warnings)
    problems += _check_size(prs, theme, where)
    problems += _check_layouts(prs, theme, where)
    return problems


def open_presentation(path: Path) -> Any:
    """The template at ``path`` as python-pptx opens it: from its checked, cleaned bytes
    (``package.read_package``), never from the file itself. Raises a located ``ThemeError``."""
    try:
        return Presentation(io.BytesIO(read_package(path).data))
    except PackageRefused as exc:
        raise ThemeError(exc.problem) from None


def _own(theme: Theme, key: str, default: Location) -> Location:
    """Where the theme's own file sets ``key``; ``default`` when it is inherited or unset."""
    loc = theme.origins.get(key)
    own = Location.of(theme.chain[0]).file if theme.chain else None
    return loc if loc is not None and loc.file == own else default


def _inches(emu: int) -> str:
    return f"{emu / EMU_PER_INCH:.3f}".rstrip("0").rstrip(".")


def _check_size(prs: Any, theme: Theme, where: Location) -> list[Problem]:
    width, height = prs.slide_width, prs.slide_height
    if abs(width - theme.width_emu) <= 12700 and abs(height - theme.height_emu) <= 12700:
        return []
    fits = [s for s, (w, h) in SLIDE_SIZES.items() if abs(w / h - width / height) < 0.01]
    hint = (
        _('set size: "{fits}" in theme.yaml').format(fits=fits[0])
        if fits
        else _("in PowerPoint: Design → Slide Size → Widescreen (16:9) or Standard (4:3)")
    )
    if fits:
        hint += _(", or change the template's slide size (PowerPoint: Design → Slide Size)")
    return [
        Problem(
            _own(theme, "size", where),
            _("the template's slides are {inches} × {inches2} in").format(
                inches=_inches(width), inches2=_inches(height)
            )
            + (f" ({fits[0]})" if fits else "")
            + _(", but the theme's size is {size}").format(size=theme.size),
            "size",
            hint,
        )
    ]


def _check_layouts(prs: Any, theme: Theme, where: Location) -> list[Problem]:
    problems: list[Problem] = []
    known = [layout.name for layout in prs.slide_layouts]
    missing: dict[tuple[str, ...], list[str]] = {}
    for role in LAYOUT_ROLES:
        layout = find_layout(prs, theme, role)
        if layout is None:
            missing.setdefault(theme.layout_names(role), []).append(role)
            continue
        problems += _check_slots(layout, theme, role, where)
        if role == "content":
            problems += _check_footer(layout, theme, where)
    for names, roles in missing.items():
        loc = _own(theme, f"layouts.{roles[0]}", where)
        used_for = _(" and ").join(_(_ROLE_WORDS[r]) for r in roles)
        mapping = ", ".join(f'{r}: "…"' for r in roles)
        problems.append(
            Problem(
                loc,
                _("the template has no layout named '{names}' (for {used_for} slides)").format(
                    names=names[0], used_for=used_for
                ),
                f"layouts.{roles[0]}",
                _(
                    "its layouts are: {names}; map one in theme.yaml (layouts: {{{mapping}}}) or "
                    "add a layout named '{names2}' (PowerPoint: View → Slide Master → Insert "
                    "Layout)"
                ).format(names=", ".join(repr(k) for k in known), mapping=mapping, names2=names[0]),
                severity="warning" if roles == ["blank"] else "error",
            )
        )
    return problems


def _describe(layout: Any) -> str:
    parts = []
    for ph in layout.placeholders:
        kind = ph.placeholder_format.type
        word = _(_TYPE_WORDS[kind]) if kind in _TYPE_WORDS else kind.name.lower().replace("_", " ")
        parts.append(f"'{ph.name}' ({word})")
    return ", ".join(parts) or "none"


def _check_slots(layout: Any, theme: Theme, role: str, where: Location) -> list[Problem]:
    problems = []
    for slot, required in ROLE_SLOTS[role]:
        if find_placeholder(layout, theme, slot) is not None:
            continue
        mapped = theme.placeholders.get(slot)
        what = (
            _("placeholder named '{mapped}'").format(mapped=mapped)
            if mapped
            else _("{slot} placeholder").format(slot=slot)
        )
        loc = _own(theme, f"placeholders.{slot}", _own(theme, f"layouts.{role}", where))
        problems.append(
            Problem(
                loc,
                _("layout '{name}' has no {what} (for {ROLE_WORDS} slides)").format(
                    name=layout.name, what=what, ROLE_WORDS=_(_ROLE_WORDS[role])
                ),
                f"placeholders.{slot}" if mapped else f"layouts.{role}",
                _(
                    "its placeholders are: {describe}; add a {slot} placeholder (PowerPoint: View "
                    "→ Slide Master → Insert Placeholder)"
                ).format(describe=_describe(layout), slot=slot)
                + (
                    ""
                    if mapped
                    else _(" or name one in theme.yaml (placeholders: {{{slot}: …}})").format(
                        slot=slot
                    )
                ),
                severity="error" if required else "warning",
            )
        )
    return problems


def _check_footer(layout: Any, theme: Theme, where: Location) -> list[Problem]:
    types = {ph.placeholder_format.type for ph in layout.placeholders}
    problems = []
    if theme.slide_numbers and PP_PLACEHOLDER.SLIDE_NUMBER not in types:
        problems.append(
            Problem(
                _own(theme, "slide_numbers", where),
                _(
                    "layout '{name}' has no slide-number placeholder, so the template does not say "
                    "where slide numbers go"
                ).format(name=layout.name),
                "slide_numbers",
                _(
                    "add one (PowerPoint: View → Slide Master → Footers) or set slide_numbers: "
                    "false"
                ),
                severity="warning",
            )
        )
    if theme.footer and PP_PLACEHOLDER.FOOTER not in types:
        problems.append(
            Problem(
                _own(theme, "footer", where),
                _(
                    "layout '{name}' has no footer placeholder, so the template does not say where "
                    "the footer goes"
                ).format(name=layout.name),
                "footer",
                _('add one (PowerPoint: View → Slide Master → Footers) or set footer: ""'),
                severity="warning",
            )
        )
    return problems


def template_summary(path: Path) -> list[str]:
    """One line per layout of a .pptx: its name and placeholders (for ``themes check`` output)."""
    prs = open_presentation(path)
    return [f"{layout.name}: {_describe(layout)}" for layout in prs.slide_layouts]


_CHROME_TYPES = {"footer": PP_PLACEHOLDER.FOOTER, "number": PP_PLACEHOLDER.SLIDE_NUMBER}
_BOXES: dict[tuple[Any, ...], tuple[tuple[str, tuple[int, int, int, int]], ...]] = {}


def layout_boxes(theme: Theme, role: str) -> dict[str, tuple[int, int, int, int]]:
    """Where the layout for ``role`` puts each slot, as ``(x, y, w, h)`` in EMU (plain data).

    Slots are ``title``, ``subtitle`` and ``body`` (as ``find_placeholder`` finds them) and
    ``footer`` and ``number`` (the footer and slide-number placeholders). Empty when the theme
    has no template or the template lacks the layout (``check_template`` reports that).
    """
    if theme.template is None:
        return {}
    key = (
        str(theme.template),
        theme.template.stat().st_mtime_ns,
        theme.layout_names(role),
        tuple(sorted(theme.placeholders.items())),
    )
    if key not in _BOXES:
        _BOXES[key] = _read_boxes(theme.template, theme, role)
    return dict(_BOXES[key])


def _read_boxes(
    template: Path, theme: Theme, role: str
) -> tuple[tuple[str, tuple[int, int, int, int]], ...]:
    layout = find_layout(open_presentation(template), theme, role)
    if layout is None:
        return ()
    found = [(slot, find_placeholder(layout, theme, slot)) for slot in SLOT_TYPES]
    for slot, kind in _CHROME_TYPES.items():
        ph = next((p for p in layout.placeholders if p.placeholder_format.type == kind), None)
        found.append((slot, ph))
    return tuple(
        (slot, (int(ph.left), int(ph.top), int(ph.width), int(ph.height)))
        for slot, ph in found
        if ph is not None and ph.width is not None
    )
