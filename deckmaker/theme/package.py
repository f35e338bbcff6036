"""Read a .pptx from a stranger: bounded unzip, XML without DTDs, no macros or external links.

``read_package`` inspects the zip before anything inflates it (part count, declared sizes,
compression ratio), parse-checks every XML part with a parser that refuses DTDs and entities,
and returns the package's bytes with macros, ActiveX controls, OLE objects and every external
relationship (linked pictures, ``file:`` hyperlinks, linked media) removed, with a warning
naming each part it changed. python-pptx then opens those bytes, never the file itself.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import Location, Problem
from ..i18n import _

MAX_PARTS = 5000
"""Parts (zip members) a package may have."""
MAX_TOTAL = 200 * 1024 * 1024
"""Bytes all parts may take once inflated."""
MAX_XML_PART = 50 * 1024 * 1024
"""Bytes one XML part may take once inflated."""
MAX_RATIO = 200
"""How many times smaller than its content a part larger than 1 MB may be stored."""

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PRESENTATION_MAIN = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_MAIN_TYPES = (
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
)
_ACTIVE_RELS = ("vbaProject", "activeXControl", "activeXControlBinary", "oleObject", "control")
"""Relationship types (their last word) whose targets are code: never passed through."""
_ACTIVE_TYPES = ("vbaProject", "activeX", "oleObject", "macroEnabled", "vba")
"""Words in a content type that mark a part holding code."""
_SHAPES = {f"{{{P_NS}}}{t}" for t in ("pic", "graphicFrame", "sp", "control", "bg")}
_HYPERLINKS = {f"{{{A_NS}}}{t}" for t in ("hlinkClick", "hlinkHover", "hlinkMouseOver")}

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
)


@dataclass(frozen=True)
class Package:
    """A checked package: bytes safe to open, and what was removed (as warnings)."""

    data: bytes
    warnings: tuple[Problem, ...]


class PackageRefused(Exception):
    """The package cannot be opened safely; ``problem`` says where and why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


_CACHE: dict[tuple[str, int, int], Package | Problem] = {}


def read_package(path: Path, where: Location | None = None) -> Package:
    """The package at ``path``, checked and cleaned; raises ``PackageRefused`` (located)."""
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _CACHE:
        try:
            _CACHE[key] = _read(path, where or Location.of(path))
        except PackageRefused as exc:
            _CACHE[key] = exc.problem
    got = _CACHE[key]
    if isinstance(got, Problem):
        raise PackageRefused(got)
    return got


def _refuse(where: Location, path: Path, message: str, part: str = "") -> PackageRefused:
    at = _("{name}: part {part}: ").format(name=path.name, part=part) if part else f"{path.name}: "
    return PackageRefused(
        Problem(
            where,
            at + message,
            "",
            _(
                "open it in PowerPoint, Word or LibreOffice and save it again; deckmaker refuses "
                "files it cannot open safely (see docs/security.md)"
            ),
        )
    )


def check_zip(z: zipfile.ZipFile, where: Location, path: Path) -> list[zipfile.ZipInfo]:
    """The members of ``z``, after checking count, declared sizes and compression ratios."""
    infos = z.infolist()
    if len(infos) > MAX_PARTS:
        raise _refuse(
            where,
            path,
            _("{n} parts, more than the {MAX_PARTS} allowed").format(
                n=len(infos), MAX_PARTS=MAX_PARTS
            ),
        )
    total = 0
    for info in infos:
        total += info.file_size
        xml = info.filename.endswith((".xml", ".rels"))
        if xml and info.file_size > MAX_XML_PART:
            raise _refuse(
                where,
                path,
                _("{value:.0f} MB of XML, more than the {value2} MB allowed for one part").format(
                    value=info.file_size / 2**20, value2=MAX_XML_PART // 2**20
                ),
                info.filename,
            )
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                where,
                path,
                _("compressed {value} to 1 (a zip bomb?)").format(
                    value=info.file_size // max(info.compress_size, 1)
                ),
                info.filename,
            )
        if total > MAX_TOTAL:
            raise _refuse(
                where,
                path,
                _("the parts take more than {value} MB once unpacked").format(
                    value=MAX_TOTAL // 2**20
                ),
                info.filename,
            )
    return infos


def parse_xml(data: bytes, where: Location, path: Path, part: str) -> etree._Element:
    """Parse one XML part: no DTD, no entities, no network; a located error otherwise."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise _refuse(where, path, _("not well-formed XML: {exc}").format(exc=exc), part) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or b"<!DOCTYPE" in data[:4096].upper():
        raise _refuse(where, path, _("has a DOCTYPE (DTDs and entities are not allowed)"), part)
    return root


def _read(path: Path, where: Location) -> Package:
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile:  # zipfile's own words ("File is not a zip file") are English
        raise _refuse(where, path, _("not an Office (zip) file")) from None
    except OSError as exc:
        raise _refuse(where, path, _("not an Office (zip) file: {exc}").format(exc=exc)) from None
    with z:
        infos = check_zip(z, where, path)
        parts: dict[str, bytes] = {}
        try:
            for info in infos:
                if not info.is_dir():
                    parts[info.filename] = z.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
            raise _refuse(
                where, path, _("cannot be unpacked: {exc}").format(exc=exc), info.filename
            ) from None
    xml = {
        name: parse_xml(data, where, path, name)
        for name, data in parts.items()
        if name.endswith((".xml", ".rels"))
    }
    if "[Content_Types].xml" not in xml:
        raise _refuse(where, path, _("no [Content_Types].xml: not an Office file"))
    return _clean(parts, xml, where, path)


def _types(ct_root: etree._Element) -> tuple[dict[str, str], dict[str, str]]:
    defaults = {
        d.get("Extension", "").lower(): d.get("ContentType", "")
        for d in ct_root.iter(f"{{{CT_NS}}}Default")
    }
    overrides = {
        o.get("PartName", "").lstrip("/"): o.get("ContentType", "")
        for o in ct_root.iter(f"{{{CT_NS}}}Override")
    }
    return defaults, overrides


def _source_of(rels_name: str) -> str:
    """``ppt/slideMasters/_rels/slideMaster1.xml.rels`` → ``ppt/slideMasters/slideMaster1.xml``."""
    folder, name = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), name[: -len(".rels")])


def _target(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _clean(
    parts: dict[str, bytes], xml: dict[str, etree._Element], where: Location, path: Path
) -> Package:
    warnings: list[Problem] = []
    changed: set[str] = set()
    ct_root = xml["[Content_Types].xml"]
    defaults, overrides = _types(ct_root)

    def content_type(name: str) -> str:
        return overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower(), "")

    def warn(part: str, what: str) -> None:
        warnings.append(
            Problem(
                where,
                _("{name}: part {part}: ").format(name=path.name, part=part) + what,
                "template",
                _(
                    "deckmaker never passes macros, controls, OLE objects or external links "
                    "through (see docs/security.md)"
                ),
                severity="warning",
            )
        )

    dropped = {
        name
        for name in parts
        if any(word.lower() in content_type(name).lower() for word in _ACTIVE_TYPES)
        and content_type(name) not in _MAIN_TYPES
        or posixpath.basename(name).lower().startswith("vbaproject")
    }
    for name in sorted(dropped):
        warn(name, _("removed (macros, ActiveX controls and OLE objects never pass through)"))
    for rels_name in [n for n in xml if n.endswith(".rels")]:
        source = _source_of(rels_name)
        removed: set[str] = set()
        links: dict[str, list[str]] = {}
        for rel in list(xml[rels_name]):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            external = rel.get("TargetMode", "") == "External"
            target = rel.get("Target", "")
            if external:
                links.setdefault(kind, []).append(target[:80])
            elif kind in _ACTIVE_RELS or _target(source, target) in dropped:
                dropped.add(_target(source, target))
                warn(source or "/", _("{kind} relationship removed").format(kind=kind))
            else:
                continue
            removed.add(rel.get("Id", ""))
            xml[rels_name].remove(rel)
            changed.add(rels_name)
        for kind, targets in links.items():
            warn(source or "/", _external_links(kind, targets))
        if removed and source in xml:
            _drop_references(xml[source], removed)
            changed.add(source)
    for name in list(dropped):
        dropped.add(
            posixpath.join(posixpath.dirname(name), "_rels", posixpath.basename(name) + ".rels")
        )
    for override in list(ct_root.iter(f"{{{CT_NS}}}Override")):
        name = override.get("PartName", "").lstrip("/")
        if name in dropped:
            ct_root.remove(override)
            changed.add("[Content_Types].xml")
        elif override.get("ContentType") in _MAIN_TYPES:
            warn(name, _("macro-enabled or show/template content type made a plain presentation"))
            override.set("ContentType", PRESENTATION_MAIN)
            changed.add("[Content_Types].xml")
    for default in list(ct_root.iter(f"{{{CT_NS}}}Default")):
        if any(w.lower() in default.get("ContentType", "").lower() for w in _ACTIVE_TYPES):
            ct_root.remove(default)
            changed.add("[Content_Types].xml")
    if not changed and not dropped:
        return Package(_zip(parts), tuple(warnings))
    for name in changed:
        parts[name] = etree.tostring(
            xml[name], xml_declaration=True, encoding="UTF-8", standalone=True
        )
    for name in dropped:
        parts.pop(name, None)
    return Package(_zip(parts), tuple(warnings))


LINKS_NAMED = 3
"""External links of one kind in one part named in its warning; the rest are counted."""


def _external_links(kind: str, targets: list[str]) -> str:
    """One warning's text for a part's external links of one kind (a template's own slide may
    carry dozens: one line per part and kind, not one per link)."""
    if len(targets) == 1:
        return _("external {kind} link to '{target}' removed").format(kind=kind, target=targets[0])
    named = ", ".join(f"'{t}'" for t in targets[:LINKS_NAMED])
    if len(targets) > LINKS_NAMED:
        named = _("{named} and {more} more").format(named=named, more=len(targets) - LINKS_NAMED)
    return _("{count} external {kind} links removed: {targets}").format(
        count=len(targets), kind=kind, targets=named
    )


def _drop_references(root: etree._Element, rids: set[str]) -> None:
    """Remove what used a removed relationship: a linked picture's shape, a hyperlink, else
    the attribute (so the part names no relationship that is not there)."""
    for el in list(root.iter()):
        for attr, value in list(el.attrib.items()):
            if not (attr.startswith(f"{{{R_NS}}}") and value in rids):
                continue
            target: etree._Element | None = el
            if el.tag not in _HYPERLINKS:
                target = next((a for a in el.iterancestors() if a.tag in _SHAPES), None)
            parent = target.getparent() if target is not None else None
            if target is not None and parent is not None:
                parent.remove(target)
                break
            del el.attrib[attr]


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()
