"""A deck as PowerPoint writes it back: what PowerPoint changes in a package it did not write.

No PowerPoint runs here, so this module rewrites a deck the way PowerPoint 2016 and later save a
presentation another program wrote. Every change is one seen in real PowerPoint files (those in
tests/fixtures/templates-real/, saved by PowerPoint for Windows and Mac) or documented in ECMA-376
and [MS-PPTX]/[MS-ODRAWXML]:

- parts renamed in presentation order: ``slideN.xml`` and ``notesSlideN.xml`` by slide order,
  ``chartN.xml`` and ``imageN.ext`` by first use, embedded workbooks as
  ``Microsoft_Excel_Worksheet.xlsx``, ``Microsoft_Excel_Worksheet1.xlsx`` …;
- relationship ids numbered again from ``rId1`` in every part, the slide layout first;
- a ``p14:creationId`` on every slide, an ``a16:creationId`` on every shape, ``a16:colId`` and
  ``a16:rowId`` on table columns and rows, a ``c16:uniqueId`` on every chart series;
- every run's properties with ``lang`` and ``dirty="0"``, every paragraph closed by an
  ``a:endParaRPr``;
- ``docProps/app.xml`` naming Microsoft Office PowerPoint, ``core.xml``'s last author and date,
  a ``docProps/thumbnail.jpeg``; the custom properties (deckmaker's record) kept, serialised anew;
- XML written ``standalone="yes"`` with a CR LF after the declaration, the content types first.

The optional ``order`` moves slides as a presenter does in the slide sorter before saving.
"""

from __future__ import annotations

import io
import posixpath
import uuid
import zipfile
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
C16 = "http://schemas.microsoft.com/office/drawing/2014/chart"
T_LAYOUT = R_NS + "/slideLayout"
T_THUMB = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_DECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _rels_name(part: str) -> str:
    d, f = posixpath.split(part)
    return posixpath.join(d, "_rels", f + ".rels")


def _source_of(rels: str) -> str:
    d, f = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(d), f[: -len(".rels")])


def _target(source: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _relative(source: str, part: str) -> str:
    return posixpath.relpath(part, posixpath.dirname(source) or ".")


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def _bytes(root: etree._Element) -> bytes:
    return _DECL + etree.tostring(root, encoding="UTF-8")


class _Ids:
    """Deterministic GUIDs and numbers, as PowerPoint's are unique per file."""

    def __init__(self, seed: str) -> None:
        self._n = 0
        self._seed = seed

    def guid(self) -> str:
        self._n += 1
        return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self._seed}/{self._n}")).upper() + "}"

    def number(self) -> str:
        self._n += 1
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self._seed}/{self._n}").int % 4_000_000_000)


def save_as_powerpoint(src: Path, dst: Path, order: Sequence[int] | None = None) -> None:
    """Write ``src`` to ``dst`` as PowerPoint saves it; ``order`` (0-based slide indexes) moves
    slides first."""
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ids = _Ids(Path(src).name)

    # the presenter's slide sorter
    prs_name = "ppt/presentation.xml"
    prs = _xml(parts[prs_name])
    lst = prs.find(f"{{{P}}}sldIdLst")
    assert lst is not None
    slides_el = list(lst)
    if order is not None:
        assert sorted(order) == list(range(len(slides_el)))
        for el in slides_el:
            lst.remove(el)
        for i in order:
            lst.append(slides_el[i])
    parts[prs_name] = _bytes(prs)

    rels = {n: _xml(b) for n, b in parts.items() if n.endswith(".rels")}

    def related(part: str, kind: str) -> list[str]:
        root = rels.get(_rels_name(part))
        if root is None:
            return []
        return [
            _target(part, r.get("Target"))
            for r in root
            if r.get("Type") == R_NS + "/" + kind and r.get("TargetMode") != "External"
        ]

    prs_rels = {r.get("Id"): _target(prs_name, r.get("Target")) for r in rels[_rels_name(prs_name)]}
    slide_order = [prs_rels[el.get(f"{{{R_NS}}}id")] for el in lst]

    # new names: slides and their notes in order, charts and media by first use
    rename: dict[str, str] = {}
    charts: list[str] = []
    media: list[str] = []
    books: list[str] = []
    for i, slide in enumerate(slide_order, 1):
        rename[slide] = f"ppt/slides/slide{i}.xml"
        for notes in related(slide, "notesSlide"):
            rename[notes] = f"ppt/notesSlides/notesSlide{i}.xml"
        for chart in related(slide, "chart"):
            if chart not in charts:
                charts.append(chart)
                books += [b for b in related(chart, "package") if b not in books]
        for image in related(slide, "image"):
            if image not in media:
                media.append(image)
    others = sorted(n for n in parts if n.endswith(".xml") and n not in slide_order)
    for part in others:  # the layouts' and masters' pictures after the slides'
        media += [m for m in related(part, "image") if m not in media]
    for n, chart in enumerate(charts, 1):
        rename[chart] = f"ppt/charts/chart{n}.xml"
    for n, image in enumerate(media, 1):
        rename[image] = f"ppt/media/image{n}{posixpath.splitext(image)[1]}"
    for n, book in enumerate(books):
        rename[book] = f"ppt/embeddings/Microsoft_Excel_Worksheet{n or ''}.xlsx"
    # every part is written once under its new name: no two parts may end with one name
    kept = set(parts) - set(rename)
    assert len(set(rename.values())) == len(rename) and not kept & set(rename.values())

    # every relationship: its target renamed, its id renumbered (the slide layout first)
    id_maps: dict[str, dict[str, str]] = {}
    new_rels: dict[str, etree._Element] = {}
    for name, root in rels.items():
        source = _source_of(name) if name != "_rels/.rels" else ""
        items = list(root)
        for r in items:
            if r.get("TargetMode") == "External":
                continue
            if source:
                part = _target(source, r.get("Target"))
                r.set("Target", _relative(rename.get(source, source), rename.get(part, part)))
        if source and source.endswith(".xml") and "/slides/" in source:
            items.sort(key=lambda r: r.get("Type") != T_LAYOUT)
        mapping = {}
        for n, r in enumerate(items, 1):
            mapping[r.get("Id")] = f"rId{n}"
            root.remove(r)
        for n, r in enumerate(items, 1):
            r.set("Id", f"rId{n}")
            root.append(r)
        if source:
            id_maps[source] = mapping
        new_rels[name] = root
    if not any(r.get("Type") == T_THUMB for r in new_rels["_rels/.rels"]):
        thumb = etree.SubElement(new_rels["_rels/.rels"], f"{{{PKG_RELS}}}Relationship")
        thumb.set("Id", f"rId{len(new_rels['_rels/.rels'])}")
        thumb.set("Type", T_THUMB)
        thumb.set("Target", "docProps/thumbnail.jpeg")

    out: dict[str, bytes] = {}
    for name, data in parts.items():
        if name.endswith(".rels"):
            continue
        new = rename.get(name, name)
        if name.endswith(".xml") and name not in ("[Content_Types].xml",):
            root = _xml(data)
            mapping = id_maps.get(name, {})
            for el in root.iter():
                for attr, value in el.attrib.items():
                    if attr.startswith(f"{{{R_NS}}}") and value in mapping:
                        el.set(attr, mapping[value])
            _powerpoint_markup(name, root, ids)
            data = _bytes(root)
        out[new] = data
    for name, root in new_rels.items():
        source = _source_of(name) if name != "_rels/.rels" else ""
        out[_rels_name(rename.get(source, source)) if source else name] = _bytes(root)

    # content types: overrides renamed, jpeg known
    ct = _xml(parts["[Content_Types].xml"])
    for el in ct:
        if el.get("PartName"):
            part = el.get("PartName").lstrip("/")
            el.set("PartName", "/" + rename.get(part, part))
    if not any(el.get("Extension") == "jpeg" for el in ct):
        d = etree.Element(f"{{{CT_NS}}}Default", Extension="jpeg", ContentType="image/jpeg")
        ct.insert(0, d)
    out["[Content_Types].xml"] = _bytes(ct)
    out["docProps/thumbnail.jpeg"] = _thumbnail()
    out["docProps/app.xml"] = _app(out.get("docProps/app.xml"), len(slide_order))
    out["docProps/core.xml"] = _core(out["docProps/core.xml"])

    first = ["[Content_Types].xml", "_rels/.rels"]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name in first + sorted(n for n in out if n not in first):
            z.writestr(name, out[name])


def _powerpoint_markup(name: str, root: etree._Element, ids: _Ids) -> None:
    if name.startswith(("ppt/slides/", "ppt/notesSlides/", "ppt/slideLayouts/")):
        _shapes(root, ids)
        _runs(root)
    if name.startswith("ppt/slides/"):
        ext_lst = root.find(f"{{{P}}}extLst")
        if ext_lst is None:
            ext_lst = etree.SubElement(root, f"{{{P}}}extLst")
        ext = etree.SubElement(ext_lst, f"{{{P}}}ext", uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}")
        etree.SubElement(ext, f"{{{P14}}}creationId", nsmap={"p14": P14}, val=ids.number())
    if name.startswith("ppt/charts/"):
        for ser in root.iter(f"{{{C}}}ser"):
            ext_lst = ser.find(f"{{{C}}}extLst")
            if ext_lst is None:
                ext_lst = etree.SubElement(ser, f"{{{C}}}extLst")
            ext = etree.SubElement(
                ext_lst, f"{{{C}}}ext", uri="{C3380CC4-5D6E-409C-BE32-E72D297353CC}"
            )
            etree.SubElement(ext, f"{{{C16}}}uniqueId", nsmap={"c16": C16}, val=ids.guid())


def _ext(parent: etree._Element, uri: str) -> etree._Element:
    ext_lst = parent.find(f"{{{A}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(parent, f"{{{A}}}extLst")
    return etree.SubElement(ext_lst, f"{{{A}}}ext", uri=uri)


def _shapes(root: etree._Element, ids: _Ids) -> None:
    for c_nv_pr in root.iter(f"{{{P}}}cNvPr"):
        if c_nv_pr.get("id") == "1":  # the shape tree itself
            continue
        ext = _ext(c_nv_pr, "{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}")
        etree.SubElement(ext, f"{{{A16}}}creationId", nsmap={"a16": A16}, id=ids.guid())
    for n, col in enumerate(root.iter(f"{{{A}}}gridCol")):
        ext = _ext(col, "{9D8B030D-6E8A-4147-A177-3AD203B41FA5}")
        etree.SubElement(ext, f"{{{A16}}}colId", nsmap={"a16": A16}, val=str(20000 + n))
    for n, row in enumerate(root.iter(f"{{{A}}}tr")):
        ext = _ext(row, "{0D108BD9-81ED-4DB2-BD59-A6C34878D82A}")
        etree.SubElement(ext, f"{{{A16}}}rowId", nsmap={"a16": A16}, val=str(10000 + n))


def _runs(root: etree._Element) -> None:
    for p in root.iter(f"{{{A}}}p"):
        for r in p:
            if r.tag not in (f"{{{A}}}r", f"{{{A}}}fld", f"{{{A}}}br"):
                continue
            rpr = r.find(f"{{{A}}}rPr")
            if rpr is None:
                rpr = etree.Element(f"{{{A}}}rPr")
                r.insert(0, rpr)
            rpr.set("lang", rpr.get("lang") or "vi-VN")
            rpr.set("dirty", "0")
        if p.find(f"{{{A}}}endParaRPr") is None:
            etree.SubElement(p, f"{{{A}}}endParaRPr", lang="vi-VN", dirty="0")


def _thumbnail() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (256, 144), (200, 40, 40)).save(buf, "JPEG", quality=80)
    return buf.getvalue()


_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _app(data: bytes | None, slides: int) -> bytes:
    root = _xml(data) if data else etree.Element(f"{{{_APP}}}Properties", nsmap={None: _APP})
    for tag, text in (("Application", "Microsoft Office PowerPoint"), ("AppVersion", "16.0000")):
        el = root.find(f"{{{_APP}}}{tag}")
        if el is None:
            el = etree.SubElement(root, f"{{{_APP}}}{tag}")
        el.text = text
    el = root.find(f"{{{_APP}}}Slides")
    if el is None:
        el = etree.SubElement(root, f"{{{_APP}}}Slides")
    el.text = str(slides)
    return _bytes(root)


def _core(data: bytes) -> bytes:
    root = _xml(data)
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    el = root.find(f"{{{cp}}}lastModifiedBy")
    if el is None:
        el = etree.SubElement(root, f"{{{cp}}}lastModifiedBy")
    el.text = "Báo cáo viên"
    rev = root.find(f"{{{cp}}}revision")
    if rev is None:
        rev = etree.SubElement(root, f"{{{cp}}}revision")
    rev.text = "2"
    return _bytes(root)
