"""Inspect a theme's template .pptx: find layouts and placeholders, report what is missing."""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.exc import PackageNotFoundError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from ..errors import Location, Problem, ThemeError
from ..i18n import N_, _
from ..units import EMU_PER_INCH
from .freeform import inside, painted_outline, painted_share
from .model import LAYOUT_ROLES, SLIDE_SIZES, Theme
from .package import PackageRefused, read_package
from .rescale import rescale

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
    "figure": (("title", True),),
    "closing": (("title", True), ("subtitle", False)),
    "blank": (),
}
"""The slots each slide role fills, and whether the layout must have them."""

_ROLE_WORDS = {
    "title": N_("title"),
    "section": N_("section"),
    "content": N_("bullet"),
    "title_only": N_("chart, KPI, table and quote"),
    "figure": N_("chart, table and picture"),
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


_CONTENT_TYPES = frozenset(
    {
        PP_PLACEHOLDER.OBJECT,
        PP_PLACEHOLDER.CHART,
        PP_PLACEHOLDER.TABLE,
        PP_PLACEHOLDER.PICTURE,
        PP_PLACEHOLDER.BITMAP,
        PP_PLACEHOLDER.MEDIA_CLIP,
        PP_PLACEHOLDER.ORG_CHART,
        PP_PLACEHOLDER.VERTICAL_OBJECT,
    }
)
"""Placeholder types that hold a figure or bullets (``obj``, ``chart``, ``tbl``, ``pic`` …)."""
_PICTURE_TYPES = frozenset({PP_PLACEHOLDER.PICTURE, PP_PLACEHOLDER.BITMAP})
SMALL_TEXT_SHARE = 0.01
"""A ``body`` placeholder smaller than this share of the slide's area is a caption line (a
closing layout's e-mail, telephone and website), not a cover's text: left empty."""

_ROLE_TYPES: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "closing": ("title",),
    "section": ("secHead",),
    "content": ("obj", "tx"),
    "title_only": ("titleOnly",),
    "figure": ("obj",),
    "blank": ("blank",),
}
"""The ``<p:sldLayout type="…">`` PowerPoint and LibreOffice give each role's layout."""

FALLBACKS: dict[str, tuple[str, ...]] = {
    "title": ("section", "title_only", "content"),
    "closing": ("title", "section", "title_only", "content"),
    "section": ("title", "title_only", "content"),
    "content": ("title_only", "section", "title"),
    "title_only": ("content", "section", "title"),
    "figure": (),  # no layout with a content placeholder: title_only's (``choose_layout``)
    "blank": ("title_only", "content", "section", "title"),
}
"""Where a role goes when no layout has its structure, nearest first."""


@dataclass(frozen=True)
class LayoutShape:
    """What a layout holds, by placeholder type: what makes it fit a role in any language."""

    title: bool
    centered: bool
    """Its title is a ``ctrTitle`` (a cover's)."""
    subtitle: int
    body: int
    """``body`` placeholders (text only)."""
    content: int
    """Placeholders for bullets or a figure (``obj``, ``chart``, ``tbl``, ``pic`` …)."""
    kind: str
    """Its ``type`` attribute (``secHead``, ``obj``, ``titleOnly`` …); empty when absent."""
    vertical: bool = False
    """It has vertical text (East Asian layouts): never chosen."""
    pictures: int = 0
    """Picture placeholders (counted in ``content`` too): a cover's, a section's or a closing
    layout's photo frame, left empty on deckmaker's slides (removed: PowerPoint shows "Click
    to add picture" there in editing, nothing in a show or a PDF)."""
    small: int = 0
    """``body`` placeholders smaller than ``SMALL_TEXT_SHARE`` of the slide (a closing
    layout's contact lines), left empty like a picture's."""

    @classmethod
    def of(cls, layout: Any) -> LayoutShape:
        types = [ph.placeholder_format.type for ph in layout.placeholders]
        prs = layout.part.package.presentation_part.presentation
        area = int(prs.slide_width or 0) * int(prs.slide_height or 0)
        return cls(
            title=any(t in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE) for t in types),
            centered=PP_PLACEHOLDER.CENTER_TITLE in types,
            subtitle=types.count(PP_PLACEHOLDER.SUBTITLE),
            body=types.count(PP_PLACEHOLDER.BODY),
            content=sum(t in _CONTENT_TYPES for t in types),
            kind=layout._element.get("type") or "",
            vertical=any(
                ph.placeholder_format.element.get("orient") == "vert"
                or ph.placeholder_format.type.name.startswith("VERTICAL")
                for ph in layout.placeholders
            ),
            pictures=sum(t in _PICTURE_TYPES for t in types),
            small=sum(
                ph.placeholder_format.type == PP_PLACEHOLDER.BODY
                and ph.width is not None
                and ph.height is not None
                and int(ph.width) * int(ph.height) < SMALL_TEXT_SHARE * area
                for ph in layout.placeholders
            ),
        )

    def score(self, role: str) -> int | None:
        """How well the layout carries ``role`` (higher is better); None when it cannot."""
        texts = self.subtitle + self.body
        if self.vertical:
            return None
        # a cover's, section's or closing layout may hold a photo frame and small text lines
        # deckmaker leaves empty, unless its type says it is made for a picture (``picTx``)
        framed = self.kind in ("", "cust", *_ROLE_TYPES.get(role, ()))
        empty = self.content - self.pictures if framed else self.content
        words = texts - self.small if framed else texts
        if role == "blank":
            ok = not self.title and not self.content and not texts
        elif role in ("title", "closing"):
            ok = self.title and not empty and words <= 2
        elif role == "section":
            ok = self.title and not empty and words <= 1
        elif role == "content":
            ok = self.title and self.content + self.body >= 1 and not self.subtitle
        elif role == "figure":
            ok = self.title and self.content >= 1 and not self.subtitle
        else:  # title_only
            ok = self.title and not self.content and not texts
        if not ok:
            return None
        score = 8 if self.kind in _ROLE_TYPES[role] else 0
        if role in ("title", "closing"):
            score += 4 * self.centered + 3 * bool(self.subtitle) - 2 * self.body
            score -= self.content  # a photo frame left empty: a layout without one first
        elif role == "section":
            score += 2 * bool(texts) - 3 * self.centered - self.content
        elif role in ("content", "figure"):
            score -= 3 * (self.content + self.body - 1)
        return score


@dataclass(frozen=True)
class LayoutChoice:
    """The layout a role is built on and how it was chosen."""

    layout: Any
    """The python-pptx ``SlideLayout``; None when no layout can carry the role."""
    role: str
    fallback: str | None = None
    """The role whose structure the layout has, when it is a stand-in for ``role``."""


def choose_layout(presentation: Any, theme: Theme, role: str) -> LayoutChoice:
    """The layout for ``role``: the one ``layouts:`` names; else the one whose placeholders
    (title, subtitle, body, content) fit the role best, whatever its name or language; else
    the nearest stand-in (``FALLBACKS``).

    ``figure`` (charts, tables, pictures) takes the layout whose content placeholder a figure
    is bound to; without one, or when the theme maps ``title_only`` and not ``figure``, it is
    ``title_only``'s choice itself, so such a template builds and warns as before."""
    layouts = list(presentation.slide_layouts)
    if role == "figure" and "layouts.figure" not in theme.origins:
        if "layouts.title_only" in theme.origins:
            return choose_layout(presentation, theme, "title_only")
        names = {_norm(n) for n in theme.layout_names(role)}
        if "layouts.content" in theme.origins:  # the bullets' layout, named: the figures' too
            names |= {_norm(n) for n in theme.layout_names("content")}
        found = _best(layouts, role, names)
        return (
            LayoutChoice(found, role) if found else choose_layout(presentation, theme, "title_only")
        )
    if f"layouts.{role}" in theme.origins:  # named in theme.yaml: exactly that one
        return LayoutChoice(_by_name(layouts, theme.layout_names(role)), role)
    names = {_norm(n) for n in theme.layout_names(role)}
    for wanted in (role, *FALLBACKS[role]):
        best = _best(layouts, wanted, names)
        if best is not None:
            if wanted == role and not _own_kind(best, role, names):
                wanted = LayoutShape.of(best).kind or "stand-in"
            return LayoutChoice(best, role, None if wanted == role else wanted)
    return LayoutChoice(None, role)


def _best(layouts: list[Any], role: str, names: set[str]) -> Any | None:
    """The layout whose placeholders fit ``role`` best (its name among ``names`` counts too),
    one whose name says it is the role's (``says_role``) before any; the first of equals;
    None when none can carry it."""
    best, best_score = None, None
    for layout in layouts:
        score = LayoutShape.of(layout).score(role)
        if score is None:
            continue
        ranked = (says_role(layout.name, role), score + 3 * (_norm(layout.name) in names))
        if best_score is None or ranked > best_score:
            best, best_score = layout, ranked
    return best


_ROLE_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "title": ("cover", "trang bìa"),
    "section": ("section", "divider", "chapter", "phần", "chương"),
    "closing": (
        "closing", "close", "end", "ending", "thank you", "thanks", "q&a", "questions",
        "kết thúc", "cảm ơn", "cám ơn",
    ),
}  # fmt: skip
"""Words that, whole in a layout's name, say it is made for a role (PowerPoint has no layout
type for a closing slide, and a designer's own cover and section layouts, PresentationGo's
"Cover" and "Section 1", carry none either)."""


def says_role(name: str, role: str) -> bool:
    """Whether the layout name ``name`` says it is made for ``role`` (``_ROLE_NAME_WORDS``,
    whole words, any case): MSDM5005's "Closing" and "Section 1"."""
    words = _norm(name)
    return any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", words) for w in _ROLE_NAME_WORDS.get(role, ())
    )


def _own_kind(layout: Any, role: str, names: set[str]) -> bool:
    """Whether ``layout`` is made for ``role`` (by its type or its name), not only able to
    carry it: a title slide can carry a section, but the template then has no section layout."""
    kind = LayoutShape.of(layout).kind
    return (
        _norm(layout.name) in names
        or _norm(re.sub(r"\s+\d+$", "", layout.name)) in names  # "Title and Content 1"
        or kind in _ROLE_TYPES[role]
        or says_role(layout.name, role)
        or role == "closing"
    )


def _by_name(layouts: list[Any], names: tuple[str, ...]) -> Any | None:
    by_name = {_norm(layout.name): layout for layout in reversed(layouts)}  # the first wins
    return next((by_name[_norm(n)] for n in names if _norm(n) in by_name), None)


def find_layout(presentation: Any, theme: Theme, role: str) -> Any | None:
    """The slide layout that carries ``role`` (see ``choose_layout``), or None."""
    return choose_layout(presentation, theme, role).layout


TWO_MIN_W = 0.3
"""Each column of a "Two Content" layout is at least this share of the slide's width."""
TWO_MIN_H = 0.55
"""... and, within the content slides' body room, this share of its height: a chart in a
shallower half-width column may not fit (Pencil's lower-half body: a barh chart of the sample
did not)."""
_TWO_TEXT = (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY)
_TWO_FIGURE = (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.CHART, PP_PLACEHOLDER.PICTURE)


@dataclass(frozen=True)
class TwoContent:
    """A layout with a title and two content placeholders side by side ("Two Content", found
    by geometry in any language): chart-with-bullets slides put their bullets in the left one
    and bind their chart to the right one."""

    layout: Any
    left: Any
    """The placeholder the bullets go into (``obj`` or ``body``)."""
    right: Any
    """The placeholder the chart is bound to (``obj``, ``chart`` or ``pic``)."""


def two_content(presentation: Any, theme: Theme) -> TwoContent | None:
    """The template's "Two Content"-like layout: a title, no subtitle, exactly two content or
    body placeholders side by side (disjoint across, overlapping down by half the shorter),
    each at least ``TWO_MIN_W`` of the slide wide and ``MIN_BODY_SHARE`` of it tall, below the
    title, on the slide; the right one takes a figure. A layout of type ``twoObj`` first, else
    the first found. None when there is none, or when ``theme.yaml`` maps the figure layouts
    by hand (``layouts.figure`` or ``layouts.title_only``)."""
    if "layouts.figure" in theme.origins or "layouts.title_only" in theme.origins:
        return None
    size = presentation.slide_width, presentation.slide_height
    found = []
    for layout in presentation.slide_layouts:
        shape = LayoutShape.of(layout)
        if shape.vertical or not shape.title or shape.subtitle:
            continue
        phs = [p for p in layout.placeholders if p.placeholder_format.type in _CONTENT_TYPES]
        phs += [p for p in layout.placeholders if p.placeholder_format.type in _TWO_TEXT]
        phs = list({id(p._element): p for p in phs}.values())
        title = find_placeholder(layout, theme, "title")
        tbox = _xywh(title) if title is not None else None
        boxes = [b for p in phs if (b := _xywh(p)) is not None]
        if len(phs) != 2 or len(boxes) != 2 or tbox is None:
            continue
        (a, ab), (b, bb) = sorted(zip(phs, boxes, strict=True), key=lambda pb: pb[1][0])
        ab, bb = _on_slide(ab, size), _on_slide(bb, size)
        _, ty, _, th = _on_slide(tbox, size)
        down = min(ab[1] + ab[3], bb[1] + bb[3]) - max(ab[1], bb[1])
        if (
            a.placeholder_format.type in _TWO_TEXT
            and b.placeholder_format.type in _TWO_FIGURE
            and ab[0] + ab[2] <= bb[0]
            and down >= min(ab[3], bb[3]) // 2
            and min(ab[2], bb[2]) >= TWO_MIN_W * size[0]
            and min(ab[3], bb[3]) >= MIN_BODY_SHARE * size[1]
            and min(ab[1], bb[1]) >= ty + th // 2
        ):
            found.append(TwoContent(layout, a, b))
    typed = [t for t in found if t.layout._element.get("type") == "twoObj"]
    return next(iter(typed or found), None)


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
    (``package.read_package``), never from the file itself, its masters and layouts scaled to
    its slide when they were drawn for a smaller one (``rescale``). Raises a located
    ``ThemeError``."""
    try:
        prs = Presentation(io.BytesIO(read_package(path).data))
    except PackageRefused as exc:
        raise ThemeError(exc.problem) from None
    size = int(prs.slide_width or 0), int(prs.slide_height or 0)
    masters = [(m._element, [lay._element for lay in m.slide_layouts]) for m in prs.slide_masters]
    rescale(masters, size)  # drawn for a smaller slide: scaled to this one, as PowerPoint would
    return prs


def template_layout(theme: Theme, role: str) -> tuple[Any, Any] | None:
    """The theme's template, opened (``open_presentation``), and its layout for ``role``
    (``find_layout``); None without a template or such a layout."""
    if theme.template is None:
        return None
    prs = open_presentation(theme.template)
    layout = find_layout(prs, theme, role)
    return None if layout is None else (prs, layout)


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
        choice = choose_layout(prs, theme, role)
        layout = choice.layout
        if layout is None and f"layouts.{role}" in theme.origins:
            missing.setdefault(theme.layout_names(role), []).append(role)
            continue
        if role == "figure" and choice.role != "figure":
            continue  # on title_only's layout, which title_only's own checks cover
        if layout is None:
            problems.append(
                Problem(
                    where,
                    _(
                        "the template has no layout with a title placeholder (for {role} slides)"
                    ).format(role=_(_ROLE_WORDS[role])),
                    f"layouts.{role}",
                    _(
                        "its layouts are: {names}; add a layout with a title "
                        "(PowerPoint: View → Slide Master → Insert Layout)"
                    ).format(names=", ".join(repr(k) for k in known)),
                    severity="warning" if role == "blank" else "error",
                )
            )
            continue
        if choice.fallback is not None and role != "blank":
            problems.append(
                Problem(
                    where,
                    _(
                        "the template has no layout for {role} slides ({shapes}): "
                        "they use '{layout}'"
                    ).format(
                        role=_(_ROLE_WORDS[role]),
                        shapes=_(_ROLE_SHAPES[role]),
                        layout=layout.name,
                    ),
                    f"layouts.{role}",
                    _(
                        'to use another, map it in theme.yaml (layouts: {{{role}: "…"}}); '
                        "its layouts are: {names}"
                    ).format(role=role, names=", ".join(repr(k) for k in known)),
                    severity="warning",
                )
            )
        problems += _check_slots(layout, theme, role, where, choice.fallback is not None)
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


_ROLE_SHAPES = {
    "title": N_("a title and a subtitle"),
    "closing": N_("a title and a subtitle"),
    "section": N_("a title and at most one text placeholder"),
    "content": N_("a title and a content placeholder"),
    "title_only": N_("a title and nothing else"),
    "figure": N_("a title and a content placeholder"),
    "blank": N_("no title"),
}


def _describe(layout: Any) -> str:
    parts = []
    for ph in layout.placeholders:
        kind = ph.placeholder_format.type
        word = _(_TYPE_WORDS[kind]) if kind in _TYPE_WORDS else kind.name.lower().replace("_", " ")
        parts.append(f"'{ph.name}' ({word})")
    return ", ".join(parts) or "none"


def _check_slots(
    layout: Any, theme: Theme, role: str, where: Location, stand_in: bool = False
) -> list[Problem]:
    problems = []
    for slot, required in ROLE_SLOTS[role]:
        if find_placeholder(layout, theme, slot) is not None:
            continue
        if stand_in and slot != "title":  # the stand-in's warning says it already
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
TWO_CONTENT = "two_content"
"""The slots' role of a "Two Content" layout (``two_content``): not a ``layouts:`` key, the
layout is found by its placeholders' geometry."""
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
        role,  # title and closing share their names, not always their layout (MSDM5005's)
        _names(theme, role),
        tuple(sorted(theme.placeholders.items())),
    )
    if key not in _BOXES:
        _BOXES[key] = _read_boxes(theme.template, theme, role)
    return dict(_BOXES[key])


def _names(theme: Theme, role: str) -> tuple[Any, ...]:
    """What decides ``role``'s layout in ``theme.yaml`` (a cache key): the names mapped to it;
    for ``two_content``, found by geometry, every mapping (it yields to a hand-mapped one)."""
    if role == TWO_CONTENT:
        return tuple(sorted(theme.layouts.items()))
    return theme.layout_names(role)


def _read_boxes(
    template: Path, theme: Theme, role: str
) -> tuple[tuple[str, tuple[int, int, int, int]], ...]:
    prs = open_presentation(template)
    if role == TWO_CONTENT:  # title, bullets (``body``) and chart (``figure``) side by side
        two = two_content(prs, theme)
        if two is None:
            return ()
        size = prs.slide_width, prs.slide_height
        found = [("title", find_placeholder(two.layout, theme, "title"))]
        found += [("body", two.left), ("figure", two.right)]
        for slot, kind in _CHROME_TYPES.items():
            ph = next(
                (p for p in two.layout.placeholders if p.placeholder_format.type == kind), None
            )
            found.append((slot, ph))
        boxes = {
            slot: _on_slide(xywh, size)
            for slot, ph in found
            if ph is not None and (xywh := _xywh(ph)) is not None
        }
        # the columns share the content slides' body room (off the artwork and the small
        # shapes, LibreOffice's cover-sized boxes mended): without a usable body, no columns
        body = dict(_read_boxes(template, theme, "content")).get("body")
        if body is None:
            return ()
        top, bottom = body[1], body[1] + body[3]
        left, right = body[0], body[0] + body[2]
        for slot in ("body", "figure"):
            x, y, w, h = boxes[slot]
            y0, y1 = max(y, top), min(y + h, bottom)
            # and within its sides: a body cut short of a logo beside it (USBR's at the bottom
            # right) cuts the column under the logo too
            x0, x1 = max(x, left), min(x + w, right)
            if y1 - y0 < TWO_MIN_H * size[1] or x1 - x0 < w // 2:
                return ()
            boxes[slot] = (x0, y0, x1 - x0, y1 - y0)
        return tuple(boxes.items())
    layout = find_layout(prs, theme, role)
    if layout is None:
        return ()
    found = [(slot, find_placeholder(layout, theme, slot)) for slot in SLOT_TYPES]
    for slot, kind in _CHROME_TYPES.items():
        ph = next((p for p in layout.placeholders if p.placeholder_format.type == kind), None)
        found.append((slot, ph))
    size = prs.slide_width, prs.slide_height
    boxes = {
        slot: _on_slide((int(ph.left), int(ph.top), int(ph.width), int(ph.height)), size)
        for slot, ph in found
        if ph is not None and ph.width is not None
    }
    if role in ("content", "title_only", "figure"):
        master = {k: _on_slide(v, size) for k, v in _master_boxes(layout).items()}
        boxes = _roomiest(boxes, master, prs.slide_height)
        if "body" in boxes:
            chrome = [boxes[k] for k in _CHROME_TYPES if k in boxes]  # footers stay readable
            art = _artwork(layout, prs.slide_width) + chrome
            boxes["body"] = _off_artwork(boxes["body"], art)
            boxes["body"] = _off_shapes(boxes["body"], _small_shapes(layout, prs.slide_width))
            boxes = _roomiest(boxes, {}, prs.slide_height)
    if role in ("content", "title_only", "figure", "section"):
        boxes = _widened(boxes, layout, prs.slide_width)
        if "title" in boxes:
            boxes["title"] = _on_band(boxes["title"], _artwork(layout, prs.slide_width))
    small = _small_shapes(layout, prs.slide_width)
    for slot in ("title", "subtitle"):  # a photo strip beside a cover's title (RootTemplate…)
        if slot in boxes:
            boxes[slot] = _off_shapes(boxes[slot], small, sideways=True)
    return tuple(boxes.items())


NARROW_SHARE = 0.75
"""A title or body placeholder narrower than this share of the slide (a 4:3 template's 9 in
boxes on a 16:9 master) is widened to the slide's margins where the layout leaves room."""
SHAPE_GAP = 91440
"""0.1 in: kept between a widened box and a shape the template draws beside it."""
BAND_MIN_SHARE = 0.5
"""A title cut to its band keeps at least this share of its placeholder's height (else the band
is a thin rule across it, not the title's ground)."""


def _widened(
    boxes: dict[str, tuple[int, int, int, int]], layout: Any, slide_w: int
) -> dict[str, tuple[int, int, int, int]]:
    """The title and body boxes, each narrower than ``NARROW_SHARE`` of the slide, widened
    rightwards to mirror their left margin, stopping ``SHAPE_GAP`` short of any shape (not a
    placeholder, not a band across the slide) the layout or its master draws at their height:
    the layout's content then uses the slide's width, as its designer would have drawn it."""
    shapes = []
    for tree in _drawn_shapes(layout):
        for sh in tree:
            if sh.width is None or sh.left is None:
                continue
            if sh.is_placeholder and sh.placeholder_format.type not in _PICTURE_TYPES:
                continue  # a photo frame is the design's, even left empty (MSDM5005's sections)
            if sh.width < slide_w // 2:
                shapes.append((int(sh.left), int(sh.top), int(sh.width), int(sh.height)))
    out = dict(boxes)
    for slot in ("title", "body"):
        if slot not in out:
            continue
        x, y, w, h = out[slot]
        if w >= NARROW_SHARE * slide_w:
            continue
        right = slide_w - x
        for sx, sy, sw, sh_ in shapes:
            if sy < y + h and sy + sh_ > y and sx >= x + w // 2:
                right = min(right, sx - SHAPE_GAP)
        if right > x + w:
            out[slot] = (x, y, right - x, h)
    return out


def _on_band(
    title: tuple[int, int, int, int], art: list[tuple[int, int, int, int]]
) -> tuple[int, int, int, int]:
    """The title's box cut to the band it sits on: a band across the slide under its top that
    ends inside it (do-vang's red band ends at 1.25 in, its master's title box at 1.55 in) would
    put a second line half on the band, half off it."""
    x, y, w, h = title
    for ax, ay, aw, ah in art:
        bottom = ay + ah
        on = ax <= x and ax + aw >= x + w and ay <= y < bottom < y + h
        if on and bottom - y >= BAND_MIN_SHARE * h:
            h = bottom - y
    return x, y, w, h


_CAPITALS: dict[tuple[Any, ...], tuple[str, ...]] = {}
_CAPS_VALUES = ("all", "small")
"""``<a:defRPr cap="…">`` values that draw text in capitals (small capitals are narrower:
measured as capitals, the text fits)."""


def layout_capitals(theme: Theme, role: str) -> tuple[str, ...]:
    """The slots (``title``, ``subtitle``, ``body``) of the layout for ``role`` whose text the
    template draws in capitals (``cap="all"`` in the placeholder's, its master placeholder's or
    the master's text style: python-pptx's own Section Header): text is measured as drawn."""
    if theme.template is None:
        return ()
    key = (
        str(theme.template),
        theme.template.stat().st_mtime_ns,
        role,
        _names(theme, role),
        tuple(sorted(theme.placeholders.items())),
    )
    if key not in _CAPITALS:
        prs = open_presentation(theme.template)
        if role == TWO_CONTENT:
            two = two_content(prs, theme)
            layout = two.layout if two is not None else None
        else:
            layout = find_layout(prs, theme, role)
        found = {s: find_placeholder(layout, theme, s) for s in SLOT_TYPES} if layout else {}
        _CAPITALS[key] = tuple(
            slot for slot, ph in found.items() if ph is not None and _capitals(layout, ph)
        )
    return _CAPITALS[key]


def _capitals(layout: Any, ph: Any) -> bool:
    """Whether the first level of ``ph``'s text is drawn in capitals, as PowerPoint inherits
    it: the layout placeholder's list style, the master placeholder's of its type, the master's
    title or body text style."""
    kind = ph.placeholder_format.type
    titles = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    master = layout.slide_master
    chain = [ph._element.find(f".//{_A}lstStyle")]
    same = titles if kind in titles else (kind,)
    chain += [
        m._element.find(f".//{_A}lstStyle")
        for m in master.placeholders
        if m.placeholder_format.type in same
    ][:1]
    styles = master._element.find(f"{_P}txStyles")
    if styles is not None:
        chain.append(styles.find(f"{_P}titleStyle" if kind in titles else f"{_P}bodyStyle"))
    for style in chain:
        rpr = style.find(f"{_A}lvl1pPr/{_A}defRPr") if style is not None else None
        if rpr is not None and rpr.get("cap") is not None:
            return rpr.get("cap") in _CAPS_VALUES
    return False


FRAME_MATCH = 0.8
"""An artwork shape whose box and the title placeholder's overlap by this share of their union
frames the title (Piano's grey box, Inspiration's green bar)."""


def title_frames(theme: Theme, role: str) -> tuple[tuple[int, int, int, int], ...]:
    """The frames the master or the layout for ``role`` draws around the title: a shape (not a
    placeholder) on the layout's or master's title box, not an edge-to-edge band, with the small
    shapes that decorate it. On a slide whose title is elsewhere (a quote without a title) they
    would show empty. ``(x, y, w, h)`` in EMU, cut to the slide."""
    if (found := template_layout(theme, role)) is None:
        return ()
    prs, layout = found
    ph = find_placeholder(layout, theme, "title")
    size = prs.slide_width, prs.slide_height
    titles = [_xywh(ph)] if ph is not None else []
    titles.append(_master_boxes(layout).get("title"))
    art = [
        box
        for shapes in _drawn_shapes(layout)
        for sh in shapes
        if not sh.is_placeholder and (box := _xywh(sh)) is not None
    ]

    def match(a: Rect, b: Rect | None) -> bool:
        if b is None:
            return False
        ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
        iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
        union = a[2] * a[3] + b[2] * b[3] - ix * iy
        return union > 0 and ix * iy >= FRAME_MATCH * union

    frames = []
    for box in art:
        if box[2] >= size[0] * 0.98 or not any(match(box, t) for t in titles):
            continue
        x0, y0, x1, y1 = box[0], box[1], box[0] + box[2], box[1] + box[3]
        for deco in art:  # a small shape on the frame belongs to it
            if deco[2] < size[0] // 2 and deco[3] < size[1] // 2 and overlaps(deco, box):
                x0, y0 = min(x0, deco[0]), min(y0, deco[1])
                x1, y1 = max(x1, deco[0] + deco[2]), max(y1, deco[1] + deco[3])
        frames.append(_on_slide((x0, y0, x1 - x0, y1 - y0), size))
    return tuple(dict.fromkeys(frames))


def _drawn_shapes(layout: Any) -> list[Any]:
    """The shape trees drawn under a slide on ``layout``: its master's (unless the layout hides
    them), then its own."""
    shown = layout._element.get("showMasterSp", "1") in ("1", "true")
    return [layout.slide_master.shapes, layout.shapes] if shown else [layout.shapes]


def _on_slide(box: tuple[int, int, int, int], size: tuple[int, int]) -> tuple[int, int, int, int]:
    """``box`` cut to the slide: LibreOffice keeps the boxes of a template made at another
    size (Progress's body runs 1.4 in below its 16:9 slide)."""
    x, y, w, h = box
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + w, size[0]), min(y + h, size[1])
    return x0, y0, max(x1 - x0, 0), max(y1 - y0, 0)


def _artwork(layout: Any, slide_w: int) -> list[tuple[int, int, int, int]]:
    """The boxes of the bands the master and layout draw across the slide (shapes and pictures
    at least half its width that are not placeholders)."""
    out = []
    for shapes in (layout.slide_master.shapes, layout.shapes):
        for sh in shapes:
            if sh.is_placeholder or sh.width is None or sh.left is None:
                continue
            if sh.width >= slide_w // 2:
                out.append((int(sh.left), int(sh.top), int(sh.width), int(sh.height)))
    return out


TOP_BAND_SHARE = 0.15
"""A band across the slide that ends in this top share of its height runs above the content
(a title band with its rules); lower, it is the content's ground or a divider."""


def top_bands_bottom(theme: Theme, role: str) -> int:
    """The lowest bottom, in EMU, of the bands (shapes and pictures across at least half the
    slide, not placeholders) that a slide on the layout for ``role`` shows ending in the slide's
    top ``TOP_BAND_SHARE`` (m3dev's grey title band and its two rules: 0.68 in of 7.5); 0 for
    none, without a template or such a layout."""
    if theme.template is None:
        return 0
    prs = open_presentation(theme.template)
    layout = find_layout(prs, theme, role)
    if layout is None:
        return 0
    size = prs.slide_width, prs.slide_height
    limit = TOP_BAND_SHARE * prs.slide_height
    bottoms = []
    for tree in _drawn_shapes(layout):
        for sh in tree:
            if sh.is_placeholder or (box := _xywh(sh)) is None or box[2] < prs.slide_width // 2:
                continue
            _, y, _, h = _on_slide(box, size)
            if y + h <= limit:
                bottoms.append(y + h)
    return max(bottoms, default=0)


def _off_artwork(
    body: tuple[int, int, int, int], art: list[tuple[int, int, int, int]]
) -> tuple[int, int, int, int]:
    """``body`` cut to stay off each band that enters it from below or above (a band under
    its upper half lowers its bottom; one over its lower half raises its top)."""
    x, y, w, h = body
    for ax, ay, aw, ah in art:
        if ax + aw <= x or ax >= x + w or ay >= y + h or ay + ah <= y:
            continue
        if ay >= y + h // 2:
            h = ay - y
        elif ay + ah <= y + h // 2:
            h, y = y + h - (ay + ah), ay + ah
    return x, y, w, max(h, 0)


GROUND_SHARE = 0.5
"""A small shape covering at least this share of the body is its ground (a panel the text sits
on), not a shape in its way."""
GRAZE_CUT = 0.1
"""A small shape that grazes a title's top or bottom narrows it only when the cut takes at most
this share of its width (a logo at its end); a wider one (a photo strip over it) leaves it."""
MAX_CUT = 0.35
"""Cuts that would take more than this share of the body's area away mean the small shapes are
ornaments scattered for text to sit over (Lights' circles), not shapes in its way: none is made."""


def _small_shapes(layout: Any, slide_w: int) -> list[tuple[int, int, int, int]]:
    """The boxes of the shapes and pictures (not placeholders) narrower than half the slide that
    a slide on ``layout`` shows: its master's (unless the layout hides them), then its own (a
    logo, a badge, a "ModifyMe" button in a corner of the content area)."""
    out = []
    for tree in _drawn_shapes(layout):
        for sh in tree:
            if sh.is_placeholder or (box := _xywh(sh)) is None or box[2] >= slide_w // 2:
                continue
            out.append(box)
    return out


def drawn_marks(theme: Theme, role: str) -> tuple[tuple[int, int, int, int], ...]:
    """The small shapes (``_small_shapes``: a logo, a copyright line, a page mark, a badge) that
    a slide on the layout for ``role`` shows from its master and layout, cut to the slide;
    ``role`` ``blank`` is the layout a slide without a title takes. ``(x, y, w, h)`` in EMU;
    empty without a template."""
    if theme.template is None:
        return ()
    prs = open_presentation(theme.template)
    layout = find_layout(prs, theme, role)
    if layout is None and role == "blank":
        layout = find_layout(prs, theme, "title_only")
    if layout is None:
        return ()
    size = prs.slide_width, prs.slide_height
    return tuple(_on_slide(b, size) for b in _small_shapes(layout, prs.slide_width))


def _off_shapes(
    body: tuple[int, int, int, int],
    shapes: list[tuple[int, int, int, int]],
    sideways: bool = False,
) -> tuple[int, int, int, int]:
    """``body`` kept ``SHAPE_GAP`` clear of each small shape drawn inside it (``_artwork`` keeps
    it off the bands): of the four cuts (its bottom above the shape, its top under it, its right
    edge before it, its left edge after it) the one that keeps the most of its area. A shape
    that covers ``GROUND_SHARE`` of the body is the panel it sits on and stays under it; shapes
    whose cuts would take more than ``MAX_CUT`` of its area are ornaments it is drawn over.
    ``sideways``: only the side cuts (a title keeps its height)."""
    x, y, w, h = body
    for sx, sy, sw, sh in shapes:
        if not overlaps((x, y, w, h), (sx, sy, sw, sh)) or w <= 0 or h <= 0:
            continue
        ix = min(x + w, sx + sw) - max(x, sx)
        iy = min(y + h, sy + sh) - max(y, sy)
        if ix * iy >= GROUND_SHARE * w * h:
            continue  # its ground
        cuts = [
            (x, y, w, sy - SHAPE_GAP - y),  # bottom above it
            (x, sy + sh + SHAPE_GAP, w, y + h - (sy + sh + SHAPE_GAP)),  # top under it
            (x, y, sx - SHAPE_GAP - x, h),  # right edge before it
            (sx + sw + SHAPE_GAP, y, x + w - (sx + sw + SHAPE_GAP), h),  # left edge after it
        ]
        cut = max(cuts[2:] if sideways else cuts, key=lambda c: max(c[2], 0) * max(c[3], 0))
        if sideways and 2 * iy < min(h, sh) and cut[2] < (1 - GRAZE_CUT) * w:
            continue  # beside a title, a shape that only grazes its top or bottom, unless it
            # takes a sliver off its end (USBR's logo under a section title's right end: 6%)
        x, y, w, h = cut
    w, h = max(w, 0), max(h, 0)
    if w * h < (1 - MAX_CUT) * body[2] * body[3]:
        return body
    return x, y, w, h


MIN_BODY_SHARE = 0.4
MASTER_GAIN = 1.1
"""The master's boxes replace a layout's own usable ones only when they give its body this many
times the room (a cover's boxes on every layout, LibreOffice's), not for a sliver more."""
"""A content layout's body below its title must be this share of the slide's height, or the
slides are laid out on deckmaker's own geometry (the template's artwork stays)."""


def _roomiest(
    own: dict[str, tuple[int, int, int, int]],
    master: dict[str, tuple[int, int, int, int]],
    slide_h: int,
) -> dict[str, tuple[int, int, int, int]]:
    """The layout's title and body boxes, or its master's when those leave the body more room
    (LibreOffice writes every layout with the boxes of the template's first slide, a cover's;
    the master holds the real ones); neither when both leave the body too little."""

    def room(b: dict[str, tuple[int, int, int, int]]) -> int:
        if "title" not in b or "body" not in b:
            return 0
        _, ty, _, th = b["title"]
        _, by, _, bh = b["body"]
        return max(0, by + bh - max(by, ty + th)) if by >= ty else 0

    best = max((own, own | master), key=room)
    if room(own) >= MIN_BODY_SHARE * slide_h and room(best) <= room(own) * MASTER_GAIN:
        best = own  # the layout's own boxes as drawn (do-vang's master has 4:3 ones)
    if room(best) < MIN_BODY_SHARE * slide_h:
        return {k: v for k, v in own.items() if k not in ("title", "body")}
    return best


def _master_boxes(layout: Any) -> dict[str, tuple[int, int, int, int]]:
    """The title and body boxes of the layout's slide master."""
    out = {}
    for slot, kinds in (("title", SLOT_TYPES["title"]), ("body", SLOT_TYPES["body"])):
        for ph in layout.slide_master.placeholders:
            if ph.placeholder_format.type in kinds and ph.width is not None:
                out[slot] = (int(ph.left), int(ph.top), int(ph.width), int(ph.height))
                break
    return out


# --- the template's colours ------------------------------------------------------------------

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_SCHEME = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
           "accent6", "hlink", "folHlink")  # fmt: skip


def _scheme(master: Any) -> dict[str, str]:
    """The master's colour scheme by name, with its colour map (``bg1`` → ``lt1`` …) applied."""
    from lxml import etree

    theme_part = master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme_part.blob)
    scheme: dict[str, str] = {}
    for clr in root.iter(f"{_A}clrScheme"):
        for name in _SCHEME:
            el = clr.find(f"{_A}{name}")
            if el is None or len(el) == 0:
                continue
            c = el[0]
            val = c.get("lastClr") if c.tag == f"{_A}sysClr" else c.get("val")
            if val and re.fullmatch(r"[0-9A-Fa-f]{6}", val):
                scheme[name] = "#" + val.upper()
        break
    cmap = master._element.find(f"{_P}clrMap")
    mapping = dict(cmap.attrib) if cmap is not None else {}
    for alias, default in (("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2")):
        target = mapping.get(alias, default)
        if target in scheme:
            scheme[alias] = scheme[target]
    return scheme


def _color(fill: Any, scheme: dict[str, str]) -> str | None:
    """The colour of a ``solidFill`` (or a ``schemeClr``/``srgbClr`` itself), if it has one,
    with its luminance and shade changes applied (``transformed``)."""
    if fill is None:
        return None
    for el in fill.iter(f"{_A}srgbClr", f"{_A}schemeClr", f"{_A}sysClr"):
        if el.tag == f"{_A}srgbClr":
            return transformed("#" + el.get("val", "000000").upper(), el)
        if el.tag == f"{_A}sysClr":
            return transformed("#" + (el.get("lastClr") or "000000").upper(), el)
        found = scheme.get(el.get("val", ""))
        return transformed(found, el) if found else found
    return None


def transformed(color: str, el: Any) -> str:
    """``color`` (``#RRGGBB``) changed as the colour element ``el``'s children say, in their
    order: ``lumMod``/``lumOff`` (PowerPoint's "Lighter 35%", "Darker 25%": the HSL lightness
    times, then plus, a share), ``shade`` (towards black) and ``tint`` (towards white). NYU
    Shanghai's title box is ``tx1`` at ``lumMod 65% lumOff 35%``: grey #595959, not black."""
    import colorsys

    steps = [
        (etree.QName(ch).localname, int(ch.get("val", "100000")) / 100000)
        for ch in el
        if etree.QName(ch).localname in ("lumMod", "lumOff", "shade", "tint")
    ]
    if not steps:
        return color
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    for name, v in steps:
        if name in ("lumMod", "lumOff"):
            h, lum, sat = colorsys.rgb_to_hls(r, g, b)
            lum = min(max(lum * v if name == "lumMod" else lum + v, 0.0), 1.0)
            r, g, b = colorsys.hls_to_rgb(h, lum, sat)
        elif name == "shade":
            r, g, b = r * v, g * v, b * v
        else:
            r, g, b = (1 - (1 - c) * v for c in (r, g, b))
    return "#{:02X}{:02X}{:02X}".format(*(round(min(max(c, 0.0), 1.0) * 255) for c in (r, g, b)))


R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _picture_colors(part: Any, rid: str) -> list[str] | None:
    """The mean colour of each third (top, middle, bottom) of a background picture: where the
    title, the body and the footer sit."""
    from PIL import Image

    try:
        blob = part.related_part(rid).blob
        with Image.open(io.BytesIO(blob)) as im:
            small = im.convert("RGB").resize((1, 3), Image.Resampling.BOX)
    except (KeyError, OSError, ValueError):
        return None
    pixels = [small.getpixel((0, y)) for y in range(3)]
    return ["#{:02X}{:02X}{:02X}".format(*p) for p in pixels if isinstance(p, tuple)] or None


def _background(el: Any, scheme: dict[str, str], part: Any = None) -> list[str] | None:
    """The colours a ``p:cSld``'s background shows: one for a solid fill, each stop of a
    gradient; None for none or a picture (not measured)."""
    bg = el.find(f"{_P}cSld/{_P}bg")
    if bg is None:
        return None
    pr = bg.find(f"{_P}bgPr")
    if pr is not None:
        solid = pr.find(f"{_A}solidFill")
        if solid is not None:
            c = _color(solid, scheme)
            return [c] if c else None
        grad = pr.find(f"{_A}gradFill")
        if grad is not None:
            stops = [_color(gs, scheme) for gs in grad.iter(f"{_A}gs")]
            return [c for c in stops if c] or None
        blip = pr.find(f"{_A}blipFill/{_A}blip")
        if blip is not None and part is not None:
            return _picture_colors(part, blip.get(f"{{{R_NS}}}embed", ""))
        return None
    ref = bg.find(f"{_P}bgRef")
    c = _color(ref, scheme) if ref is not None else None
    return [c] if c else None


def _text_color(master: Any, style: str, scheme: dict[str, str]) -> str | None:
    """The colour the master gives its title (``titleStyle``) or body text: its placeholder's
    own text first (LibreOffice writes it there), then its text styles."""
    kinds = SLOT_TYPES["title"] if style == "titleStyle" else (PP_PLACEHOLDER.BODY,)
    for ph in master.placeholders:
        if ph.placeholder_format.type in kinds:
            for tag in (f"{_A}lvl1pPr", f"{_A}rPr", f"{_A}endParaRPr"):
                for el in ph._element.iter(tag):
                    fill = el.find(f".//{_A}solidFill")
                    if fill is not None and (c := _color(fill, scheme)):
                        return c
    el = master._element.find(f"{_P}txStyles/{_P}{style}/{_A}lvl1pPr/{_A}defRPr/{_A}solidFill")
    return _color(el, scheme)


@dataclass(frozen=True)
class TemplateLook:
    """What a template's master says about colour, as ``#RRGGBB`` values."""

    background: tuple[str, ...]
    """The master's background colours (a gradient's stops); empty when a picture or none."""
    title: str | None
    body: str | None
    accents: tuple[str, ...]
    """``accent1`` to ``accent6``, those the scheme has."""
    shown: tuple[str, ...] = ()
    """The coloured (not grey) fills and lines the master's own shapes draw (bands, rules,
    emblems), largest first: the colours a viewer sees on every slide."""


# accent1..accent6 of the schemes an editor writes when nobody chose colours: Office 2007-2010
# (LibreOffice writes it too), Office 2013-2022, Office 2023, LibreOffice 7.6+
STOCK_ACCENTS = frozenset(
    {
        ("#4F81BD", "#C0504D", "#9BBB59", "#8064A2", "#4BACC6", "#F79646"),
        ("#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"),
        ("#156082", "#E97132", "#196B24", "#0F9ED5", "#A02B93", "#4EA72E"),
        ("#18A303", "#0369A3", "#A33E03", "#8E03A3", "#C99C00", "#C9211E"),
    }
)


def _coloured(c: str) -> bool:
    """A colour with a hue (a band, an emblem), not white, black or a grey."""
    rgb = [int(c[i : i + 2], 16) for i in (1, 3, 5)]
    return max(rgb) - min(rgb) >= 40


def _shown_colors(master: Any, scheme: dict[str, str]) -> tuple[str, ...]:
    """The coloured fills and outlines of the master's shapes that are not placeholders,
    largest shape first (a band before a rule)."""
    found: list[tuple[int, int, str]] = []
    for order, sh in enumerate(master.shapes):
        if sh.is_placeholder:
            continue
        pr = sh._element.find(f".//{_P}spPr")
        if pr is None:
            continue
        area = int(sh.width or 0) * int(sh.height or 0)
        for fill in (pr.find(f"{_A}solidFill"), pr.find(f"{_A}ln/{_A}solidFill")):
            c = _color(fill, scheme)
            if c and _coloured(c):
                found.append((-area, order, c))
    out: list[str] = []
    for _area, _order, c in sorted(found):
        if c not in out:
            out.append(c)
    return tuple(out)


def template_look(path: Path) -> TemplateLook | None:
    """The colours of the template's first slide master; None when it cannot be read."""
    try:
        prs = open_presentation(path)
    except ThemeError:
        return None
    master = prs.slide_masters[0]
    scheme = _scheme(master)
    return TemplateLook(
        tuple(_background(master._element, scheme, master.part) or ()),
        _text_color(master, "titleStyle", scheme) or scheme.get("tx1"),
        _text_color(master, "bodyStyle", scheme) or scheme.get("tx1"),
        tuple(scheme[f"accent{i}"] for i in range(1, 7) if f"accent{i}" in scheme),
        _shown_colors(master, scheme),
    )


def chart_marks(look: TemplateLook, backgrounds: tuple[str, ...]) -> tuple[str, ...]:
    """The template's colours for chart marks, each at least 3:1 on ``backgrounds``: its
    accents, unless they are an editor's stock scheme or none of them appears on the master
    while the master shows colours of its own (a burgundy-and-gold template whose theme still
    carries Office blue); then the title colour and the master's own colours, darkened or
    lightened until they read, with a neutral and a deep tone of the first to make enough
    series. Empty when the template gives nothing that reads."""
    from .model import blend, contrast_ratio, readable_tone

    def worst(c: str) -> float:
        return min(contrast_ratio(c, b) for b in backgrounds)

    def near(a: str, b: str) -> bool:
        return sum(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) for i in (1, 3, 5)) < 24

    accents = look.accents
    stock = tuple(a.upper() for a in accents[:6]) in STOCK_ACCENTS
    on_master = any(near(a, s) for a in accents for s in look.shown)
    if accents and not stock and (on_master or not look.shown):
        return tuple(a for a in accents if worst(a) >= 3.0)
    own = [c for c in (look.title, *look.shown) if c and _coloured(c)]
    if not own:
        return () if stock else tuple(a for a in accents if worst(a) >= 3.0)
    marks: list[str] = []
    for c in own:
        tone = readable_tone(c, backgrounds, 3.0)
        if tone not in marks and worst(tone) >= 3.0:
            marks.append(tone)
    if not marks:
        return ()
    dark = "#000000" if _luminance_of(backgrounds[0]) > 0.4 else "#FFFFFF"
    extra = [
        readable_tone(blend(look.body or dark, backgrounds[0], 0.35), backgrounds, 3.0),
        readable_tone(blend(marks[0], dark, 0.45), backgrounds, 3.0),
    ]
    for c in extra:
        if all(not near(c, m) for m in marks) and worst(c) >= 3.0:
            marks.append(c)
    return tuple(marks)


def _luminance_of(c: str) -> float:
    from .model import _luminance

    return _luminance(c)


def template_colors(path: Path, colors: Any, under: tuple[str, ...] = ()) -> Any:
    """``colors`` (a ``ThemeColors``) remade from the template's master: its background, its
    title and body text colours and its accents for charts, cards and tables, each kept only
    where it reads on the background and on the colours ``under`` the content (the template's
    artwork there, ``content_backdrop``): 4.5:1 for every text (titles and KPI values too),
    3:1 for chart marks."""
    from dataclasses import replace

    from .model import blend, contrast_ratio

    look = template_look(path)
    if look is None:
        return colors
    bgs = tuple(under) or look.background or ("#FFFFFF",)  # what the content really sits on
    bg = bgs[0] if under else bgs[len(bgs) // 2]

    def worst(c: str) -> float:
        return min(contrast_ratio(c, b) for b in bgs)

    def readable(*candidates: str | None, ratio: float = 4.5) -> str:
        for c in candidates:
            if c and worst(c) >= ratio:
                return c
        return max(("#000000", "#FFFFFF"), key=worst)

    text = readable(look.body, colors.text)
    # the template's title colour, else its first accent that reads (do-vang's gold titles sit on
    # its red band, not on the cream content): tables and cards in the template's colours,
    # never the default theme's blue
    primary = readable(look.title, *look.accents, colors.primary, text)
    marks = chart_marks(look, bgs) or tuple(c for c in colors.chart if worst(c) >= 3.0) or (text,)
    accent = readable(*look.accents, colors.accent, primary)  # KPI values, quote marks: text
    surface = blend(bg, text, 0.08)
    on_primary = max(("#FFFFFF", "#000000"), key=lambda c: contrast_ratio(c, primary))
    muted = readable(blend(text, bg, 0.25), text)
    return replace(
        colors,
        primary=primary,
        accent=accent if contrast_ratio(accent, surface) >= 4.5 else primary,
        text=text,
        background=bg,
        chart=marks,
        muted=muted,
        surface=surface,
        on_primary=on_primary,
        grid=blend(bg, text, 0.18),
    )


def role_layouts(theme: Theme) -> dict[str, LayoutChoice]:
    """The layout each role is built on (see ``choose_layout``); empty without a template."""
    if theme.template is None:
        return {}
    prs = open_presentation(theme.template)
    return {role: choose_layout(prs, theme, role) for role in LAYOUT_ROLES}


def title_backdrop(theme: Theme) -> tuple[str, ...]:
    """The colours the template's artwork shows behind a content slide's title (its title box,
    else the top of the slide: a band, a gradient, a picture), when any differs from the plain
    background; empty when the title sits on the background."""
    if theme.template is None:
        return ()
    box = layout_boxes(theme, "content").get("title")
    if box is None:
        w, h = theme.width_emu, theme.height_emu
        box = (w // 20, h // 25, w * 9 // 10, h // 8)
    under = placeholder_fill(theme, "content", "title") or backdrop(theme, "content", box)
    plain = theme.colors.background.upper()
    return under if any(c.upper() != plain for c in under) else ()


def title_band(theme: Theme) -> str | None:
    """The colour behind content titles that reads worst with their colour (a band the master
    or the content layout draws under the title); None when there is none."""
    under = title_backdrop(theme)
    title = title_band_color(theme, theme.colors.primary)
    if not under or title is None:
        return None
    from .model import contrast_ratio

    return min(under, key=lambda c: contrast_ratio(title, c))


def title_band_color(theme: Theme, primary: str) -> str | None:
    """The colour content titles take on the template's title band: the template's own title
    colour, else ``primary``, else black or white, whichever first reads on every colour of
    it (4.5:1); None without a band."""
    from .model import contrast_ratio

    under = title_backdrop(theme)
    if not under:
        return None

    def worst(c: str) -> float:
        return min(contrast_ratio(c, b) for b in under)

    look = template_look(theme.template) if theme.template else None
    for c in (look.title if look else None, primary):
        if c and worst(c) >= 4.5:
            return c
    return max(("#FFFFFF", "#000000"), key=worst)


def cover_colors(theme: Theme, role: str, first: str = "") -> tuple[str, str]:
    """(title, subtitle) colours of a title, section or closing slide on the template's own
    layout for ``role``, each judged on what that layout draws behind its own box
    (``backdrop``: a band of the section layout is not the content layout's): ``first`` (the
    content title's colour, when the cover's title sits where the content title does), the
    theme's ``primary`` (``text`` for the subtitle), the layout's own placeholder colour, the
    other, whichever first reads (4.5:1), else the nearest tone of the first that does
    (``readable_tone``); empty strings without a template or the layout."""
    from .model import readable_tone

    if theme.template is None:
        return "", ""
    boxes = layout_boxes(theme, role)
    prs = open_presentation(theme.template)
    layout = find_layout(prs, theme, role)
    if layout is None:
        return "", ""
    scheme = _scheme(layout.slide_master)
    c = theme.colors
    out = []
    for slot, preferred in (("title", (first, c.primary)), ("subtitle", (c.text,))):
        box = boxes.get(slot)
        if box is None:
            out.append("")
            continue
        under = placeholder_fill(theme, role, slot) or backdrop(theme, role, box)
        own = [_placeholder_color(layout, k, scheme) for k in SLOT_TYPES[slot]]
        others = (c.text,) if slot == "title" else (c.primary,)
        candidates = [x for x in (*preferred, *own, *others) if x]
        found = next((x for x in candidates if _reads(x, under, 4.5)), None)
        out.append(found or readable_tone(candidates[0], under))
    return out[0], out[1]


# --- what is behind a box: the background and the artwork of the master and layout ---------

Rect = tuple[int, int, int, int]
"""``(x, y, w, h)`` in EMU."""

SHARE = 0.04
"""A colour of a picture under a box counts when it covers at least this share of the box."""


@functools.lru_cache(maxsize=16)
def _decoded(blob: bytes) -> Any:
    """A picture as RGB pixels (see-through parts over white, as on a plain slide); None when
    it cannot be read. Kept: a template's pictures are measured under many boxes."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(blob)) as im:
            rgba = im.convert("RGBA")
            return Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _picture_region(blob: bytes, region: tuple[float, float, float, float]) -> tuple[str, ...]:
    """The main colours of ``region`` (left, top, right, bottom as shares of the picture) of
    an image: its pixels reduced to 8 colours, those covering at least ``SHARE`` of it."""
    from PIL import Image

    rgb = _decoded(blob)
    if rgb is None:
        return ()
    w, h = rgb.size
    x0, y0, x1, y1 = (min(max(v, 0.0), 1.0) for v in region)
    left, top = int(x0 * w), int(y0 * h)
    box = (left, top, max(int(x1 * w), left + 1), max(int(y1 * h), top + 1))
    small = rgb.crop(box).resize((48, 48), Image.Resampling.BOX)
    pal = small.quantize(8, method=Image.Quantize.MEDIANCUT)
    palette = pal.getpalette() or []
    total = 48 * 48
    found = []
    for count, index in sorted(pal.getcolors() or [], reverse=True):
        if count / total >= SHARE and isinstance(index, int):
            r_, g_, b_ = palette[3 * index : 3 * index + 3]
            found.append(f"#{r_:02X}{g_:02X}{b_:02X}")
    return tuple(found)


def _region(outer: Rect, inner: Rect) -> tuple[float, float, float, float]:
    """Where ``inner`` lies in ``outer``, as shares of ``outer`` (left, top, right, bottom)."""
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return (
        (ix - ox) / (ow or 1),
        (iy - oy) / (oh or 1),
        (ix + iw - ox) / (ow or 1),
        (iy + ih - oy) / (oh or 1),
    )


def fill_colors(
    fill_owner: Any, color_of: Any, part: Any, where: Rect | None = None, box: Rect | None = None
) -> tuple[str, ...] | None:
    """The colours a fill shows: a ``solidFill``'s, each stop of a ``gradFill``, a pattern's
    two, the main colours of a picture (``blipFill``; of the part under ``box`` when the fill
    covers ``where``). ``fill_owner`` holds the fill (``p:spPr``, ``p:bgPr``, ``p:pic``);
    ``color_of`` reads a colour element. Empty for no fill; None when it cannot be known."""
    if fill_owner is None:
        return ()
    for child in fill_owner:
        tag = child.tag
        if tag == f"{_A}solidFill":
            c = color_of(child)
            return (c,) if c else None
        if tag == f"{_A}gradFill":
            stops = [color_of(gs) for gs in child.iter(f"{_A}gs")]
            return tuple(c for c in stops if c) or None
        if tag == f"{_A}pattFill":
            two = [color_of(el) for el in child if el.tag in (f"{_A}fgClr", f"{_A}bgClr")]
            return tuple(c for c in two if c) or None
        if tag in (f"{_A}blipFill", f"{_P}blipFill"):
            blip = child.find(f"{_A}blip")
            rid = blip.get(f"{{{R_NS}}}embed", "") if blip is not None else ""
            try:
                blob = part.related_part(rid).blob
            except (KeyError, AttributeError):
                return None
            region = _region(where, box) if where and box else (0.0, 0.0, 1.0, 1.0)
            return _picture_region(blob, region) or None
        if tag == f"{_A}noFill":
            return ()
    return ()


def _xywh(shape: Any) -> Rect | None:
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    return int(shape.left), int(shape.top), int(shape.width), int(shape.height)


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _covers(a: Rect, b: Rect) -> bool:
    inside_x = a[0] <= b[0] and a[0] + a[2] >= b[0] + b[2]
    return inside_x and a[1] <= b[1] and a[1] + a[3] >= b[1] + b[3]


def _own_fill_owner(shape: Any) -> Any:
    el = shape._element
    if el.tag == f"{_P}pic":
        return el
    return el.find(f"{_P}spPr")


def _share(a: Rect, b: Rect) -> float:
    """The share of ``b``'s area that ``a`` covers."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(w, 0) * max(h, 0) / max(b[2] * b[3], 1)


PARTLY = 0.25
"""A shape not under a text box's centre counts behind it when it covers this share of it, or
of one of its ``GRID`` × ``GRID`` parts (a right-aligned slide number sits at its box's end:
Midnightblue's circle covers a fifth of the number's box, and all of the number)."""


def _partly(where: Rect, box: Rect) -> bool:
    """Whether ``where`` covers ``PARTLY`` of ``box`` or of one of its ``GRID`` × ``GRID``
    parts."""
    if _share(where, box) >= PARTLY:
        return True
    x, y, w, h = box
    n = GRID
    return any(
        _share(where, (x + w * i // n, y + h * j // n, w // n, h // n)) >= PARTLY
        for j in range(n)
        for i in range(n)
    )


def stacked_colors(
    layers: Sequence[tuple[Rect | None, tuple[str, ...] | None]], box: Rect, base: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The colours seen under ``box`` through ``layers`` (bottom first; each a shape's box and
    fill colours) over ``base``: a layer under the box's centre hides what is under it (its
    colours replace them), one covering at least ``PARTLY`` of the box or of one of its parts
    elsewhere adds its colours; None when an unknown fill (a chart) is under the centre."""
    seen = list(base)
    centre = (box[0] + box[2] // 2, box[1] + box[3] // 2, 0, 0)
    for where, colors in layers:
        if where is None or not overlaps(where, box) and not _covers(where, centre):
            continue
        if colors is None:
            if _covers(where, centre):
                return None
            continue
        if not colors:
            continue
        if _covers(where, centre):
            seen = list(colors)
        elif _partly(where, box):
            seen += list(colors)
    out: list[str] = []
    for c in seen:
        if c.upper() not in out:
            out.append(c.upper())
    return tuple(out)


def artwork_layers(
    layout: Any, box: Rect, color_of: Any
) -> list[tuple[Rect | None, tuple[str, ...] | None]]:
    """The shapes and pictures (not placeholders) the master and the layout draw, bottom
    first, with the colours each shows under ``box``; the master's only where the layout
    shows them (``showMasterSp``)."""
    owners = [layout]
    if layout._element.get("showMasterSp") not in ("0", "false"):
        owners.insert(0, layout.slide_master)
    out: list[tuple[Rect | None, tuple[str, ...] | None]] = []
    for owner in owners:
        for sh in owner.shapes:
            if sh.is_placeholder:
                continue
            where = _xywh(sh)
            if where is None or not overlaps(where, box):
                continue
            if sh._element.tag == f"{_P}graphicFrame":
                out.append((where, None))
                continue
            if sh._element.tag == f"{_P}grpSp":
                continue  # groups: their children's boxes are in the group's own space
            colors = fill_colors(_own_fill_owner(sh), color_of, owner.part, where, box)
            out += painted_layers(sh, where, box, colors)
    return out


def painted_layers(
    shape: Any, where: Rect, box: Rect, colors: tuple[str, ...] | None
) -> list[tuple[Rect | None, tuple[str, ...] | None]]:
    """The layers a shape makes under ``box``: its box with its colours, but for a freeform
    (``a:custGeom``) only where its paths paint: a slide-wide freeform of thin arrows and arcs
    (PresentationGo's "Memphis" layouts) is not a slide-wide plate of its gradient's first
    colour under every text. Under the box's centre it hides what is below as a plate does;
    elsewhere each of the box's ``GRID`` × ``GRID`` parts it paints ``PARTLY`` adds its colours
    (``stacked_colors``)."""
    outlines = painted_outline(shape._element.find(f"{_P}spPr"), where)
    if outlines is None:
        return [(where, colors)]
    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2
    if inside(outlines, cx, cy):
        return [(where, colors)]
    n = GRID
    out: list[tuple[Rect | None, tuple[str, ...] | None]] = []
    for j in range(n):
        for i in range(n):
            cell = (x + w * i // n, y + h * j // n, w // n, h // n)
            if painted_share(outlines, cell) < PARTLY:
                continue
            if cell[0] <= cx <= cell[0] + cell[2] and cell[1] <= cy <= cell[1] + cell[3]:
                cell = (cell[0], cell[1], max(int(cx - cell[0]) - 1, 1), cell[3])  # off the centre
            out.append((cell, colors))
    return out


_FILLED_TEXT = {
    PP_PLACEHOLDER.TITLE: (PP_PLACEHOLDER.TITLE,),
    PP_PLACEHOLDER.CENTER_TITLE: (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE),
    PP_PLACEHOLDER.SUBTITLE: (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY),
}
"""A layout placeholder's type to the master's placeholder types it takes its shape's fill
from."""
_FILLS = tuple(f"{_A}{t}" for t in ("solidFill", "gradFill", "pattFill", "blipFill", "noFill"))


def placeholder_fill(theme: Theme, role: str, slot: str) -> tuple[str, ...]:
    """The colours the fill of the placeholder for ``slot`` (``title``, ``subtitle``) on the
    layout for ``role`` shows under its text: its own ``spPr``'s, else its master
    placeholder's (NYU Shanghai's master fills its title box dark grey under white titles).
    The fill goes with the placeholder wherever a slide puts it (a composed cover moves its
    title); empty for none, without a template or for a picture fill."""
    if (found := template_layout(theme, role)) is None:
        return ()
    _prs, layout = found
    ph = find_placeholder(layout, theme, slot)
    if ph is None:
        return ()
    inherits = _FILLED_TEXT.get(ph.placeholder_format.type, (ph.placeholder_format.type,))
    owner, part = ph._element.find(f"{_P}spPr"), layout.part
    if owner is None or not any(child.tag in _FILLS for child in owner):
        master = layout.slide_master
        base = next((m for m in master.placeholders if m.placeholder_format.type in inherits), None)
        owner = base._element.find(f"{_P}spPr") if base is not None else None
        part = master.part
    scheme = _scheme(layout.slide_master)
    if owner is not None and owner.find(f"{_A}blipFill") is not None:
        return ()
    return fill_colors(owner, lambda el: _color(el, scheme), part) or ()


def background_colors(
    owners: list[Any], color_of: Any, size: tuple[int, int], box: Rect
) -> tuple[str, ...] | None:
    """The colours the first of ``owners`` (slide, layout, master) with a background shows
    under ``box``; None when none has one."""
    for owner in owners:
        bg = owner._element.find(f"{_P}cSld/{_P}bg")
        if bg is None:
            continue
        pr = bg.find(f"{_P}bgPr")
        if pr is not None:
            found = fill_colors(pr, color_of, owner.part, (0, 0, *size), box)
            if found:
                return found
            continue
        ref = bg.find(f"{_P}bgRef")
        c = color_of(ref) if ref is not None else None
        if c:
            return (c,)
    return None


def backdrop(theme: Theme, role: str, box: Rect) -> tuple[str, ...]:
    """The colours behind ``box`` on a slide of ``role`` built on the theme's template: the
    layout's or master's background, with the artwork they draw over it (shapes, gradients,
    pictures); the theme's background colour without a template."""
    return backdrops(theme, role, [box])[0]


def backdrops(theme: Theme, role: str, boxes: Sequence[Rect]) -> list[tuple[str, ...]]:
    """``backdrop`` of each of ``boxes``, the template opened and its layout chosen once (a
    composed cover's rows, ``layout.frame._cover_inks``)."""
    if (opened := template_layout(theme, role)) is None:
        return [(theme.colors.background,) for _ in boxes]
    prs, layout = opened
    scheme = _scheme(layout.slide_master)

    def color_of(el: Any) -> str | None:
        return _color(el, scheme)

    size = (int(prs.slide_width), int(prs.slide_height))
    out = []
    for box in boxes:
        base = background_colors([layout, layout.slide_master], color_of, size, box)
        found = stacked_colors(
            artwork_layers(layout, box, color_of), box, base or (scheme.get("bg1", "#FFFFFF"),)
        )
        out.append(found or (theme.colors.background,))
    return out


def layout_key(theme: Theme, role: str) -> str | None:
    """The part name of the layout a slide of ``role`` is built on (``find_layout``): roles
    that share a layout (a template's title and closing slides on its one "Title Slide") share
    it; None without a template or its layout."""
    if theme.template is None:
        return None
    layout = find_layout(open_presentation(theme.template), theme, role)
    return None if layout is None else str(layout.part.partname)


def artwork_under(theme: Theme, role: str, box: Rect) -> list[tuple[Rect, tuple[str, ...]]]:
    """The shapes and pictures a slide of ``role`` draws under ``box`` (``artwork_layers``),
    each with its box and the colours it shows there (a chart's: none known); empty without a
    template or its layout."""
    if (found := template_layout(theme, role)) is None:
        return []
    _prs, layout = found
    scheme = _scheme(layout.slide_master)
    layers = artwork_layers(layout, box, lambda el: _color(el, scheme))
    return [(where, colors or ()) for where, colors in layers if where is not None]


def content_backdrop(theme: Theme) -> tuple[str, ...]:
    """The colours the template's artwork shows where content slides put their text, cards and
    charts (the content layout's body box, else deckmaker's own body box), beyond its plain
    background, read over the whole box and over each of its ``GRID`` × ``GRID`` parts;
    empty without a template or artwork there."""
    if theme.template is None:
        return ()
    box = layout_boxes(theme, "content").get("body") or _own_body_box(theme)
    x, y, w, h = box
    n = GRID
    cells = [
        (x + w * i // n, y + h * j // n, w // n, h // n) for j in range(n) for i in range(n)
    ]  # a caption or a card sits on a part of the box: a dark patch there counts too
    out: list[str] = []
    for part in (box, *cells):
        for c in backdrop(theme, "content", part):
            if c.upper() not in out:
                out.append(c.upper())
    return tuple(out)


GRID = 3
"""``content_backdrop`` also reads the content box in ``GRID`` × ``GRID`` parts."""

HEADER_BOTTOM = 1371600
"""The top of a content slide's body on deckmaker's own geometry, 1.5 in (a one-line title
from 0.35 in, its rule and gap: ``layout.frame.HeaderGeometry``)."""
BODY_BOTTOM = 594360
"""From a content slide's body to the slide's bottom on deckmaker's own geometry (0.65 in)."""


def _own_body_box(theme: Theme) -> Rect:
    """Where content slides put their body when the template gives no body box to use:
    deckmaker's own (``layout.page.body_box``), margin to margin below a one-line title."""
    margin = 548640 if theme.size == "16:9" else 457200  # the frame's margin, 0.6 or 0.5 in
    w, h = theme.width_emu, theme.height_emu
    bottom = h - BODY_BOTTOM
    middle = HEADER_BOTTOM + (bottom - HEADER_BOTTOM) // 2
    for slot in ("footer", "number"):  # a template's footer drawn higher up stays clear
        chrome = layout_boxes(theme, "content").get(slot)
        if chrome is not None and middle < chrome[1] < bottom:
            bottom = chrome[1]
    return (margin, HEADER_BOTTOM, w - 2 * margin, bottom - HEADER_BOTTOM)


def _placeholder_color(layout: Any, kind: PP_PLACEHOLDER, scheme: dict[str, str]) -> str | None:
    """The text colour the layout's (else the master's) placeholder of ``kind`` gives."""
    for owner in (layout, layout.slide_master):
        for ph in owner.placeholders:
            if ph.placeholder_format.type != kind:
                continue
            for tag in (f"{_A}lvl1pPr", f"{_A}rPr", f"{_A}endParaRPr", f"{_A}defRPr"):
                for el in ph._element.iter(tag):
                    fill = el.find(f"{_A}solidFill")
                    if fill is not None and (c := _color(fill, scheme)):
                        return c
    return None


def chrome_color(theme: Theme) -> str:
    """The colour of the footer and the slide number on the theme's template: the template's
    own where it reads (4.5:1) on every colour behind its footer box (``backdrop``: a band of
    artwork under it too), else the theme's ``muted`` or ``text``, else black or white,
    whichever reads best; empty without a template or a footer box."""
    from .model import contrast_ratio

    if theme.template is None:
        return ""
    boxes = layout_boxes(theme, "content")
    prs = open_presentation(theme.template)
    layout = find_layout(prs, theme, "content")
    if layout is None or not ({"footer", "number"} & set(boxes)):
        return ""
    under = _chrome_backdrop(theme)
    scheme = _scheme(layout.slide_master)
    own = _placeholder_color(layout, PP_PLACEHOLDER.FOOTER, scheme)

    def worst(c: str) -> float:
        return min(contrast_ratio(c, b) for b in under)

    for c in (own, theme.colors.muted, theme.colors.text):
        if c and worst(c) >= 4.5:
            return c
    return max(("#000000", "#FFFFFF"), key=worst)


NUMBER_W = 914400
"""The width of the slide number deckmaker draws itself (1 in: ``layout.frame.ChromeGeometry``)."""
CHROME_BOTTOM = 457200
"""From the top of deckmaker's own footer and number to the slide's bottom (0.5 in)."""


def _number_box(theme: Theme) -> Rect:
    """Where a content slide's number goes: the template's placeholder, else deckmaker's own
    box (``_number_row_box``), moved left along its row, a quarter of its width at a time,
    off artwork on which no colour reads (Midnightblue's teal circle on its dark band: 4.5:1
    on both is out of reach), never onto the footer (``number_place``)."""
    boxes = layout_boxes(theme, "content")
    if "number" in boxes:
        return boxes["number"]
    x, y, w, h = _number_row_box(theme)
    c = theme.colors
    colors = [chrome_color(theme), c.muted, c.text, "#000000", "#FFFFFF"]
    stop = 0
    if "footer" in boxes:
        fx, _, fw, _ = boxes["footer"]
        stop = fx + fw if fx + fw <= x else 0
    for step in range(0, 4 * 4 + 1):
        moved = (x - step * w // 4, y, w, h)
        if moved[0] < stop:
            break
        under = backdrop(theme, "content", moved)
        if any(_reads(k, under, 4.5) for k in colors if k):
            return moved
    return (x, y, w, h)


def draws_numbers(theme: Theme) -> bool:
    """True when the template's content layout already shows a slide number as artwork: a
    shape (not a placeholder) of the layout, or of its master where the layout shows the
    master's shapes, with a slide-number field (Midnightblue's number in its teal circle).
    Deckmaker then writes no number of its own beside it."""
    if theme.template is None:
        return False
    prs = open_presentation(theme.template)
    layout = find_layout(prs, theme, "content")
    if layout is None:
        return False
    owners = [layout]
    if layout._element.get("showMasterSp") not in ("0", "false"):
        owners.append(layout.slide_master)
    for owner in owners:
        for sh in owner.shapes:
            if sh.is_placeholder:
                continue
            for fld in sh._element.iter(f"{_A}fld"):
                if fld.get("type") == "slidenum":
                    return True
    return False


def number_place(theme: Theme) -> Rect | None:
    """Where deckmaker draws a content slide's number when it is not where it would be
    (``_number_box`` moved it off artwork); None to keep it there (or a template's
    placeholder, or no template)."""
    if theme.template is None or "number" in layout_boxes(theme, "content"):
        return None
    place = _number_box(theme)
    return place if place != _number_row_box(theme) else None


def _number_row_box(theme: Theme) -> Rect:
    """Deckmaker's own number box at the bottom right, in the row of the template's footer
    when it has one (``layout.page.chrome_boxes``)."""
    boxes = layout_boxes(theme, "content")
    margin = 548640 if theme.size == "16:9" else 457200  # the frame's margin, 0.6 or 0.5 in
    w, h = theme.width_emu, theme.height_emu
    x, y, row_h = w - margin - NUMBER_W, h - CHROME_BOTTOM, CHROME_BOTTOM * 3 // 5
    if "footer" in boxes:  # in the row of the template's footer
        _, fy, _, fh = boxes["footer"]
        row_h = max(fh, row_h)
        y = min(fy + (fh - row_h) // 2, h - row_h)
    return (x, y, NUMBER_W, row_h)


def number_color(theme: Theme) -> str:
    """The slide number's colour on the theme's template: the footer's (``chrome_color``) where
    it reads (4.5:1) on what is behind the number's own box too (a template without a number
    placeholder has it drawn by deckmaker at the bottom right, off the footer's band), else
    the template's, the theme's ``muted`` or ``text``, else black or white, whichever reads
    best there; empty without a template."""
    from .model import contrast_ratio

    if theme.template is None:
        return ""
    shared = chrome_color(theme)
    under = backdrop(theme, "content", _number_box(theme))
    if _reads(shared or theme.colors.muted, under, 4.5):
        return shared

    def worst(c: str) -> float:
        return min(contrast_ratio(c, b) for b in under)

    for c in (theme.colors.muted, theme.colors.text):
        if worst(c) >= 4.5:
            return c
    return max(("#000000", "#FFFFFF"), key=worst)


def _reads(color: str | None, under: Sequence[str], ratio: float) -> bool:
    from .model import contrast_ratio

    return color is not None and all(contrast_ratio(color, b) >= ratio - 1e-9 for b in under)


def _chrome_backdrop(theme: Theme) -> tuple[str, ...]:
    boxes = layout_boxes(theme, "content")
    return tuple(
        c for slot in ("footer", "number") if slot in boxes
        for c in backdrop(theme, "content", boxes[slot])
    )  # fmt: skip


def needs_backing(theme: Theme) -> bool:
    """Whether the template's artwork leaves no colour readable where the slides put their
    text (busy, many-coloured pictures or shapes behind the body, the titles or the footer):
    then each slide's text sits on a backing panel of the background colour."""
    if theme.template is None:
        return False
    c = theme.colors
    title = title_band_color(theme, c.primary) or c.primary
    return not (
        _reads(c.text, content_backdrop(theme) or (c.background,), 4.5)
        and _reads(title, title_backdrop(theme) or (c.background,), 4.5)
        and _reads(chrome_color(theme) or c.muted, _chrome_backdrop(theme) or (c.background,), 4.5)
    )


# --- the template's fonts ------------------------------------------------------------------

VIETNAMESE = (
    "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộ"
    "ỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
)
"""The letters a font must draw for Vietnamese text (beyond ASCII)."""

_BUNDLED = Path(__file__).resolve().parents[1] / "fonts"
_METRIC = {
    "arial": "Liberation Sans",
    "helvetica": "Liberation Sans",
    "times new roman": "Liberation Serif",
    "times": "Liberation Serif",
}
"""Families LibreOffice and deckmaker draw with a bundled metric-compatible font (as
``layout.fonts.METRIC_SUBSTITUTES``): the same line breaks as in PowerPoint."""


def _latin_face(el: Any) -> str:
    found = el.find(f"{_A}latin") if el is not None else None
    return found.get("typeface", "") if found is not None else ""


def template_font_names(path: Path) -> tuple[str, str]:
    """The families the template gives titles and body text (heading, body): its master's
    title and body placeholders' text, its master text styles, else its font scheme's major
    and minor fonts; an empty name where it names none."""
    try:
        prs = open_presentation(path)
    except ThemeError:
        return "", ""
    master = prs.slide_masters[0]
    root = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    scheme = {
        "+mj": _latin_face(root.find(f".//{_A}majorFont")),
        "+mn": _latin_face(root.find(f".//{_A}minorFont")),
    }
    out = []
    for kinds, style, ref in (
        (SLOT_TYPES["title"], "titleStyle", "+mj"),
        ((PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT), "bodyStyle", "+mn"),
    ):
        faces = [
            _latin_face(el)
            for ph in master.placeholders
            if ph.placeholder_format.type in kinds
            for el in ph._element.iter(f"{_A}defRPr", f"{_A}rPr", f"{_A}endParaRPr")
        ]
        styles = master._element.find(f"{_P}txStyles/{_P}{style}/{_A}lvl1pPr/{_A}defRPr")
        faces.append(_latin_face(styles))
        face = next((f for f in faces if f), "") or ref
        out.append(scheme.get(face[:3], "") if face.startswith("+") else face)
    return out[0], out[1]


def _fc_file(family: str) -> tuple[Path | None, str]:
    """The file fontconfig draws ``family`` with, and that file's family."""
    import shutil
    import subprocess

    if shutil.which("fc-match") is None:
        return None, ""
    pattern = family.replace("-", r"\-").replace(":", r"\:")
    out = subprocess.run(
        ["fc-match", "-f", "%{file}\n%{family[0]}", pattern + ":weight=regular:slant=roman"],
        capture_output=True,
        text=True,
        check=False,
        timeout=20,
    )
    lines = out.stdout.splitlines()
    if out.returncode != 0 or len(lines) < 2 or not lines[0]:
        return None, ""
    return Path(lines[0]), lines[1]


def font_problem(family: str) -> str | None:
    """Why ``family`` cannot draw the deck's text here (not installed, no Vietnamese letters),
    or None when it can (itself, bundled, or drawn by its bundled metric-compatible twin)."""
    from fontTools.ttLib import TTFont

    def key(name: str) -> str:
        return name.casefold().replace(" ", "")

    twin = _METRIC.get(family.casefold(), family)
    path: Path | None = _BUNDLED / f"{twin.replace(' ', '')}-Regular.ttf"
    if path is None or not path.is_file():
        path, found = _fc_file(family)
        if path is None or key(found) != key(family):
            return _("it is not installed (fontconfig gives '{found}')").format(found=found or "?")
    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            cmap = font.getBestCmap() or {}
    except (OSError, ValueError, KeyError):
        return _("its file {path} cannot be read").format(path=path)
    missing = [ch for ch in VIETNAMESE if ord(ch) not in cmap]
    if missing:
        return _("it has no Vietnamese letters ({letters})").format(letters="".join(missing[:6]))
    return None


def template_fonts(path: Path, fonts: Any) -> Any:
    """``fonts`` (a ``ThemeFonts``) with the template's own heading and body families
    (``template_font_names``) where they are installed and draw Vietnamese
    (``font_problem``); the theme's where not (``themes check`` says why: ``font_notes``)."""
    from dataclasses import replace

    heading, body = template_font_names(path)
    if heading and font_problem(heading) is None:
        fonts = replace(fonts, heading=heading)
    if body and font_problem(body) is None:
        fonts = replace(fonts, body=body)
    return fonts


def font_notes(theme: Theme) -> list[str]:
    """What ``themes check`` says of the template's fonts: which are used, and why a font the
    template names is not (the theme's stays)."""
    if theme.template is None:
        return []
    notes = []
    for what, named, used in zip(
        (_("titles"), _("text")),
        template_font_names(theme.template),
        (theme.fonts.heading, theme.fonts.body),
        strict=True,
    ):
        if not named:
            notes.append(
                _("{what}: the template names no font; the theme's '{used}'").format(
                    what=what, used=used
                )
            )
        elif named == used:
            notes.append(_("{what}: the template's font '{used}'").format(what=what, used=used))
        else:
            why = font_problem(named) or _("the theme sets its own fonts")
            notes.append(
                _("{what}: the template's font '{named}' is not used, {why}; the theme's '{used}'")
                .format(what=what, named=named, why=why, used=used)
            )  # fmt: skip
    return notes
