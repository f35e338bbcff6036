"""Load theme.yaml files: resolve ``extends`` (deep merge), check every key, build a Theme."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import DeckmakerError, Location, Problem, ThemeError, did_you_mean
from ..i18n import _
from ..pictures import theme_file_problems
from ..source import Node, file_problem, load_yaml
from ..units import Length
from .model import LAYOUT_ROLES, PLACEHOLDER_SLOTS, SLIDE_SIZES, TextSizes, Theme
from .values import (
    DERIVED_ROLES,
    IMAGE_SUFFIXES,
    REQUIRED_ROLES,
    read_bool,
    read_colors,
    read_file,
    read_fonts,
    read_footer,
    read_names,
    read_palette,
    read_size,
    read_text,
    read_text_sizes,
)

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "themes"
"""Where the built-in themes live (``deckmaker/themes/<name>/theme.yaml``)."""

THEME_FILE = "theme.yaml"

_TOP_KEYS = (
    "name", "extends", "palette", "colors", "fonts", "logo", "footer", "slide_numbers", "size",
    "template", "text_sizes", "layouts", "placeholders",
)  # fmt: skip
_SUBKEYS: dict[str, tuple[str, ...]] = {
    "colors": REQUIRED_ROLES + DERIVED_ROLES,
    "fonts": ("heading", "body"),
    "text_sizes": tuple(TextSizes.__dataclass_fields__),
    "layouts": tuple(LAYOUT_ROLES),
    "placeholders": PLACEHOLDER_SLOTS,
}
_NOT_INHERITED = ("name", "extends")


def list_themes(search_dirs: Iterable[Path] = ()) -> list[tuple[str, str, Path]]:
    """Every theme that a name can choose: (name, display name, folder), project themes first.

    A project theme that has the name of a built-in one hides the built-in.
    """
    seen: set[str] = set()
    out: list[tuple[str, str, Path]] = []
    for folder in [*search_dirs, BUILTIN_DIR]:
        if not Path(folder).is_dir():
            continue
        for sub in sorted(Path(folder).iterdir()):
            if sub.name in seen or not (sub / THEME_FILE).is_file():
                continue
            seen.add(sub.name)
            out.append((sub.name, _display_name(sub / THEME_FILE), sub.resolve()))
    return out


def _display_name(file: Path) -> str:
    try:
        node = load_yaml(file)
    except DeckmakerError:
        return file.parent.name
    name = node.get("name")
    return name.value if name is not None and isinstance(name.value, str) else file.parent.name


def load_theme(
    name_or_path: str | Path, search_dirs: Sequence[Path] = (), *, where: Location | None = None
) -> Theme:
    """Load a theme by name (looked up in ``search_dirs``, then the built-ins) or by path.

    A path may name a theme folder or its theme.yaml. ``where`` locates the reference (e.g. the
    outline's ``theme:``) for the error raised when no such theme exists. Raises ``ThemeError``
    with every problem found.
    """
    file = _find_start(str(name_or_path), search_dirs, where)
    problems: list[Problem] = []
    chain, complete = _load_chain(file, search_dirs, problems)
    # With a broken chain the settings a missing parent would give are unknown: report only the
    # chain's problems and the unknown keys found on the way.
    theme = _build(chain, problems) if complete else None
    if problems or theme is None:
        ordered = sorted(dict.fromkeys(problems), key=lambda p: p.location)
        raise ThemeError(ordered)
    return theme


def _looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text in (".", "..") or text.endswith((".yaml", ".yml"))


def _by_name(name: str, search_dirs: Sequence[Path], skip: Path | None = None) -> Path | None:
    for folder in [*search_dirs, BUILTIN_DIR]:
        file = Path(folder) / name / THEME_FILE
        if file.is_file() and file.resolve() != skip:
            return file.resolve()
    return None


def _by_path(path: Path) -> Path | None:
    file = path / THEME_FILE if path.is_dir() else path
    return file.resolve() if file.is_file() else None


def _find_start(text: str, search_dirs: Sequence[Path], where: Location | None) -> Path:
    found = None if _looks_like_path(text) else _by_name(text, search_dirs)
    found = found or _by_path(Path(text).expanduser())
    if found is not None:
        return found
    loc = where or Location("theme")
    if _looks_like_path(text) or Path(text).is_dir():
        raise ThemeError(
            Problem(
                loc,
                _("no theme at '{text}'").format(text=text),
                hint=_("a theme is a folder holding a {THEME_FILE}; check the path").format(
                    THEME_FILE=THEME_FILE
                ),
            )
        )
    raise ThemeError(
        Problem(
            loc,
            _("unknown theme '{text}'").format(text=text),
            hint=did_you_mean(text, _names(search_dirs)),
        )
    )


def _names(search_dirs: Sequence[Path]) -> list[str]:
    return [name for name, _, _ in list_themes(search_dirs)]


def _theme_name(file: Path) -> str:
    return file.parent.name if file.name == THEME_FILE else file.stem


def _load_chain(
    file: Path, search_dirs: Sequence[Path], problems: list[Problem]
) -> tuple[list[tuple[Path, Node]], bool]:
    """The theme files from ``file`` up its ``extends`` chain, child first; False if it broke."""
    chain: list[tuple[Path, Node]] = []
    current: Path | None = file
    while current is not None:
        try:
            root = load_yaml(current)
        except DeckmakerError as exc:
            problems.extend(exc.problems)
            return chain, False
        if not isinstance(root.value, dict):
            problems.append(
                Problem(
                    root.location,
                    _("a theme file must be a mapping of settings"),
                    hint=_("start with lines such as 'name: …' and 'colors:'"),
                )
            )
            return chain, False
        _check_keys(root, problems)
        root = _absolute_paths(root, current.parent, problems)
        chain.append((current, root))
        ext = root.get("extends")
        current = _parent(current, root, chain, search_dirs, problems)
        if current is None and ext is not None and ext.value is not None:
            return chain, False
    return chain, True


def _parent(
    current: Path,
    root: Node,
    chain: list[tuple[Path, Node]],
    search_dirs: Sequence[Path],
    problems: list[Problem],
) -> Path | None:
    ext = root.get("extends")
    if ext is None or ext.value is None:
        return None
    if not isinstance(ext.value, str) or not ext.value.strip():
        problems.append(
            Problem(ext.location, _("'extends' must be a theme name or a path"), path="extends")
        )
        return None
    text = ext.value.strip()
    if _looks_like_path(text):
        parent = _by_path(current.parent / text)
    else:
        parent = _by_name(text, search_dirs, skip=current)
        if parent is None and _by_name(text, search_dirs) == current:
            parent = current  # a theme that extends itself
    if parent is None:
        hint = (
            _("the path is relative to {parent}").format(parent=current.parent)
            if _looks_like_path(text)
            else did_you_mean(text, _names(search_dirs))
        )
        problems.append(
            Problem(
                ext.location,
                _("'extends' names an unknown theme '{text}'").format(text=text),
                "extends",
                hint,
            )
        )
        return None
    files = [f for f, _ in chain]
    if parent in files:
        loop = [_theme_name(f) for f in files[files.index(parent) :]] + [_theme_name(parent)]
        problems.append(
            Problem(
                ext.location,
                _("themes extend each other in a cycle: ") + " → ".join(loop),
                "extends",
                _("remove 'extends' from one of: ")
                + ", ".join(str(Location.of(f)) for f in files[files.index(parent) :]),
            )
        )
        return None
    return parent


def _check_keys(root: Node, problems: list[Problem]) -> None:
    """Unknown keys (with did-you-mean) and sections that are not mappings, in one file."""
    _unknown(root, _TOP_KEYS, "", problems)
    for section, known in _SUBKEYS.items():
        node = root.get(section)
        if node is None or node.value is None:
            continue
        if not isinstance(node.value, dict):
            problems.append(
                Problem(
                    node.location,
                    _("'{section}' must be a mapping").format(section=section),
                    section,
                )
            )
            continue
        _unknown(node, known, section + ".", problems)
    palette = root.get("palette")
    if palette is not None and palette.value is not None and not isinstance(palette.value, dict):
        problems.append(Problem(palette.location, _("'palette' must be a mapping"), "palette"))


def _unknown(node: Node, known: tuple[str, ...], prefix: str, problems: list[Problem]) -> None:
    for key in node.value:
        if key not in known:
            where = f"'{prefix[:-1]}'" if prefix else _("a theme")
            problems.append(
                Problem(
                    node.key_locations.get(key, node.location),
                    _("unknown key '{key}' in {where}").format(key=key, where=where),
                    prefix + key,
                    did_you_mean(key, known),
                )
            )


def _absolute_paths(root: Node, folder: Path, problems: list[Problem]) -> Node:
    """Make ``logo`` and ``template`` absolute (they are relative to the file that names them)."""
    values = dict(root.value)
    for key in ("logo", "template"):
        node = values.get(key)
        if node is None or node.value in (None, ""):
            continue
        if not isinstance(node.value, str):
            problems.append(
                Problem(node.location, _("'{key}' must be a file name").format(key=key), key)
            )
            continue
        path = (folder / node.value).resolve()
        if problem := file_problem(
            path,
            node.location,
            _("{key} file not found: '{value}'").format(key=key, value=node.value),
            lambda: _files_there(folder),
            value=node.value,
            path=key,
        ):
            problems.append(problem)
            continue
        problems += theme_file_problems(key, folder / node.value, folder, node.location)
        values[key] = Node(path, node.location)
    return Node(values, root.location, root.key_locations)


def _files_there(folder: Path) -> str:
    """The hint of a theme file not found: the files the theme's folder holds."""
    files = sorted(p.name for p in folder.iterdir() if p.is_file())
    return _("paths are relative to {of}/; files there: ").format(of=Location.of(folder)) + (
        ", ".join(files) or "none"
    )


def _merge(base: Node, over: Node) -> Node:
    """Deep merge: mappings merge key by key, anything else (lists too) is replaced."""
    if not (isinstance(base.value, dict) and isinstance(over.value, dict)):
        return over
    out = dict(base.value)
    keys = dict(base.key_locations)
    for key, value in over.value.items():
        out[key] = _merge(out[key], value) if key in out else value
        keys[key] = over.key_locations.get(key, value.location)
    return Node(out, over.location, keys)


def _merged(chain: list[tuple[Path, Node]]) -> Node:
    merged: Node | None = None
    for _file, root in reversed(chain):
        if merged is not None:
            merged = Node(
                {k: v for k, v in merged.value.items() if k not in _NOT_INHERITED},
                merged.location,
                merged.key_locations,
            )
            merged = _merge(merged, root)
        else:
            merged = root
    assert merged is not None
    return merged


def _origins(node: Node, prefix: str = "") -> dict[str, Location]:
    out: dict[str, Location] = {}
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            out[prefix + key] = node.key_locations.get(key, child.location)
            out.update(_origins(child, prefix + key + "."))
    return out


def _build(chain: list[tuple[Path, Node]], problems: list[Problem]) -> Theme | None:
    file, own = chain[0]
    root = _merged(chain)
    name_node = own.get("name")
    display = read_text(name_node, "name", problems) or _theme_name(file)
    palette = read_palette(root.get("palette"), problems)
    colors = read_colors(root, palette, problems)
    fonts = read_fonts(root, problems)
    sizes = read_text_sizes(root.get("text_sizes"), problems)
    size = read_size(root.get("size"), problems)
    footer = read_footer(root.get("footer"), problems)
    slide_numbers = read_bool(root.get("slide_numbers"), "slide_numbers", True, problems)
    logo = read_file(root.get("logo"), "logo", IMAGE_SUFFIXES, _("save the logo as PNG"), problems)
    template = read_file(
        root.get("template"),
        "template",
        (".pptx", ".potx"),
        _("save it from PowerPoint as .pptx or .potx"),
        problems,
    )
    layouts = read_names(root.get("layouts"), "layouts", tuple(LAYOUT_ROLES), problems)
    placeholders = read_names(root.get("placeholders"), "placeholders", PLACEHOLDER_SLOTS, problems)
    if colors is None or fonts is None or problems:
        return None
    own_colors = colors
    template_look = template is not None and not _beside_template(chain, root, "colors")
    if template_look and template is not None:
        from .template import template_colors

        colors = template_colors(template, colors)  # the template's look, unless the theme's
    if template is not None and not _beside_template(chain, root, "fonts"):
        from .template import template_fonts

        fonts = template_fonts(template, fonts)  # the template's, where installed and Vietnamese
    own_size = template is not None and not _beside_template(chain, root, "size")
    if own_size and template is not None:
        size = _template_size(template) or size  # the template's own shape, custom included
    width, height = _slide_size(template, size, exact=own_size)
    theme = Theme(
        name=_theme_name(file),
        display_name=display,
        path=file.parent,
        colors=colors,
        fonts=fonts,
        logo=logo,
        footer=footer,
        slide_numbers=slide_numbers,
        size=size,
        width_emu=width,
        height_emu=height,
        template=template,
        text_sizes=sizes,
        layouts=dict(LAYOUT_ROLES) | layouts,
        placeholders=placeholders,
        palette=palette,
        chain=tuple(f for f, _ in chain),
        origins=_origins(root),
    )
    if template_look and template is not None:  # and readable on the artwork under the content
        from dataclasses import replace

        from .model import contrast_ratio
        from .template import content_backdrop, template_colors

        try:
            under = content_backdrop(theme)
        except ThemeError:  # a template it cannot open: check_template reports it, located
            under = ()
        if under:
            colors = template_colors(template, own_colors, under)
            if all(contrast_ratio(colors.text, c) >= 4.5 for c in under):
                theme = replace(theme, colors=colors)  # else the text gets a backing panel
    return theme


def _beside_template(chain: list[tuple[Path, Node]], root: Node, key: str) -> bool:
    """Whether ``key`` (``size``, ``colors``) is written in the theme file that names the
    template (or a child of it): then it is the theme's wish; a parent's (the default's 16:9
    and blue) gives way to the template's own."""
    files = [Location.of(f).file for f, _ in chain]
    size_at = root.key_locations.get(key) if isinstance(root.value, dict) else None
    tpl_at = root.key_locations.get("template") if isinstance(root.value, dict) else None
    if size_at is None or tpl_at is None:
        return False
    index = {f: i for i, f in enumerate(files)}
    return index.get(size_at.file, len(files)) <= index.get(tpl_at.file, -1)


def _template_size(template: Path) -> str | None:
    """The slide size name nearest the template's proportions: ``16:9`` (16:10 and wider
    included) or ``4:3``; None when the template cannot be read (``check_template`` says why)."""
    got = _sld_size(template)
    if got is None:
        return None
    return "16:9" if got[0] / got[1] > 1.5 else "4:3"


def _sld_size(template: Path) -> tuple[int, int] | None:
    try:
        with zipfile.ZipFile(template) as z:
            xml = z.open("ppt/presentation.xml").read(4 << 20)  # bounded: a bomb stays packed
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    tag = re.search(rb"<p:sldSz\b[^>]*>", xml)
    cx = re.search(rb'\bcx="(\d+)"', tag[0]) if tag else None
    cy = re.search(rb'\bcy="(\d+)"', tag[0]) if tag else None
    if not (cx and cy) or int(cy[1]) <= 0:
        return None
    return int(cx[1]), int(cy[1])


def _slide_size(template: Path | None, size: str, exact: bool = False) -> tuple[Length, Length]:
    """The template's own slide size when it has the theme's proportions (or, ``exact``, when
    the template's shape is the theme's: any size), else the nominal size.

    LibreOffice's "Screen 16:9" is 28 × 15.75 cm, not PowerPoint's 13.333 × 7.5 in; slides are
    laid out on the size the template really has. A different proportion is left for
    ``check_template`` to report.
    """
    nominal = SLIDE_SIZES[size]
    got = _sld_size(template) if template is not None else None
    if got is None:
        return nominal
    width, height = got
    if not exact and abs(width / height - nominal[0] / nominal[1]) > 0.01:
        return nominal
    return Length(width), Length(height)
