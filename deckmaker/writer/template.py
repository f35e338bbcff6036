"""Build on an agency's template .pptx: drop its example slides, pick layouts, fill placeholders."""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from ..errors import ThemeError
from ..kinds import KINDS
from ..layout.model import SlidePlan, TextBox
from ..theme.model import Theme
from ..theme.template import (
    ROLE_SLOTS,
    TWO_CONTENT,
    TwoContent,
    check_template,
    find_layout,
    find_placeholder,
    layout_boxes,
    open_presentation,
    two_content,
)
from .layouts import Placement

P14_NS = "http://schemas.microsoft.com/office/powerpoint/2010/main"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_STALE_APP_PROPS = ("HeadingPairs", "TitlesOfParts", "Slides", "Notes", "HiddenSlides", "MMClips")
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

CONTENT_TYPES = frozenset(
    {
        PP_PLACEHOLDER.OBJECT,
        PP_PLACEHOLDER.CHART,
        PP_PLACEHOLDER.TABLE,
        PP_PLACEHOLDER.PICTURE,
    }
)
"""The template's placeholders a figure may fill when no text takes them (``FIGURE_SLOTS``)."""

_AUTOFIT = frozenset({"body"})
"""Only the body shrinks on overflow on a template: a cover subtitle in the template's own box
can run a few points over it (python-pptx's default template), and LibreOffice would then
shrink deckmaker's text."""

_SLOTLESS = "blank"
"""The layout role of a slide without a title (a quote without one)."""


def slide_role(plan: SlidePlan) -> str:
    """The layout role a planned slide is built on: its kind's (``deckmaker.kinds.KINDS``), or
    ``blank`` for a slide without a title."""
    if not any(isinstance(e, TextBox) and e.role in ("title", "quote") for e in plan.elements):
        return _SLOTLESS
    return KINDS[plan.kind].layout  # an untitled quote is its slide's title (slot_for)


def open_template(theme: Theme) -> Any:
    """The theme's template, checked, with its example slides removed cleanly.

    Raises the same located ``ThemeError`` that ``deckmaker themes check`` reports when the
    template lacks something a build needs: a build never falls back silently.
    """
    assert theme.template is not None, "open_template is for a theme with a template"
    errors = [p for p in check_template(theme) if p.severity == "error"]
    if errors:
        raise ThemeError(errors)
    prs = open_presentation(theme.template)  # checked: no macros, no external links
    remove_slides(prs)
    _ensure_view_props(prs)
    return prs


_VIEW_PROPS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<p:viewPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
    b'<p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>'
    b'<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>'
)


def _ensure_view_props(prs: Any) -> None:
    """Templates saved by LibreOffice have no viewProps part; PowerPoint repairs a file without."""
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    if any(rel.reltype == RT.VIEW_PROPS for rel in prs.part.rels.values()):
        return
    part = Part(PackURI("/ppt/viewProps.xml"), CT.PML_VIEW_PROPS, prs.part.package, _VIEW_PROPS)
    prs.part.relate_to(part, RT.VIEW_PROPS)


def remove_slides(prs: Any) -> None:
    """Remove every slide from ``prs``: its parts, list entries, sections and custom shows.

    The slide parts (and their notes, media and charts) are no longer reached from the
    package, so python-pptx does not save them.
    """
    pres = prs.part._element
    sld_id_lst = pres.find(qn("p:sldIdLst"))
    rids = []
    if sld_id_lst is not None:
        for sld_id in list(sld_id_lst):
            rids.append(sld_id.get(qn("r:id")))
            sld_id_lst.remove(sld_id)
    shows = pres.find(qn("p:custShowLst"))
    if shows is not None:
        pres.remove(shows)
    for ext_lst in pres.findall(qn("p:extLst")):
        for ext in list(ext_lst):
            if ext.find(f"{{{P14_NS}}}sectionLst") is not None:
                ext_lst.remove(ext)
        if len(ext_lst) == 0:
            pres.remove(ext_lst)
    for rid in rids:
        prs.part.drop_rel(rid)
    _show_all_slides(prs)
    _drop_stale_package_parts(prs)


def _show_all_slides(prs: Any) -> None:
    """Make the slide show run every slide (it may name a removed custom show or range)."""
    try:
        part = prs.part.part_related_by(RT.PRES_PROPS)
    except KeyError:
        return
    root = etree.fromstring(part.blob)
    changed = False
    for show in root.iter(qn("p:showPr")):
        for child in list(show):
            if child.tag in (qn("p:custShow"), qn("p:sldRg")):
                child.addprevious(etree.Element(qn("p:sldAll")))
                show.remove(child)
                changed = True
    if changed:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_stale_package_parts(prs: Any) -> None:
    """Drop the thumbnail and the slide titles and counts that describe the example slides."""
    package = prs.part.package
    for rid, rel in list(package._rels.items()):
        if rel.reltype == _THUMBNAIL:
            package.drop_rel(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            part = rel.target_part
            root = etree.fromstring(part.blob)
            for name in _STALE_APP_PROPS:
                for el in root.findall(f"{{{EP_NS}}}{name}"):
                    root.remove(el)
            part._blob = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )


def set_theme_fonts(prs: Any, heading: str, body: str) -> None:
    """Give every master's theme the deck's heading and body fonts (Vietnamese-safe faces)."""
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    for master in prs.slide_masters:
        part = master.part.part_related_by(RT.THEME)
        root = etree.fromstring(part.blob)
        for tag, face in (("majorFont", heading), ("minorFont", body)):
            for el in root.iter(f"{{{a}}}{tag}"):
                latin = el.find(f"{{{a}}}latin")
                if latin is not None:
                    latin.set("typeface", face)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def clear_letter_spacing(prs: Any) -> None:
    """Set the letter spacing the template's text styles give placeholders' text to none: its
    masters' title, body and other styles, the list styles of its masters' and layouts'
    placeholders, and the presentation's default style (``<a:defRPr spc="300">``, 3 pt after
    every letter). deckmaker sets each run's font, size and weight and measures its text
    without spacing; a spacing it inherits would widen every line (a WPS template's 3 pt on
    titles, 1.5 pt on bullets: 20 texts of the sample deck overflowed). The artwork's own
    text keeps its spacing."""
    roots = [prs.part._element.find(qn("p:defaultTextStyle"))]
    for master in prs.slide_masters:
        roots.append(master._element.find(qn("p:txStyles")))
        for part in (master, *master.slide_layouts):
            roots.extend(
                sp.find(qn("p:txBody") + "/" + qn("a:lstStyle"))
                for sp in part._element.iter(qn("p:sp"))
                if sp.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}") is not None
            )
    for root in roots:
        if root is None:
            continue
        for rpr in root.iter(qn("a:defRPr")):
            if rpr.get("spc") not in (None, "0"):
                rpr.set("spc", "0")


def set_default_language(prs: Any, lang: str) -> None:
    """Tag the presentation's default text style, its masters and layouts with the deck's
    language, so text a presenter adds is proofed in it and a PDF export declares it."""
    a_lang = {qn("a:defRPr"), qn("a:rPr"), qn("a:endParaRPr")}
    roots = [prs.part._element]
    for master in prs.slide_masters:
        roots.append(master._element)
        roots.extend(layout._element for layout in master.slide_layouts)
    roots.extend(  # the notes master, where there is one (python-pptx makes it with notes)
        part._element
        for part in prs.part.package.iter_parts()
        if str(part.partname).startswith("/ppt/notesMasters/") and hasattr(part, "_element")
    )
    for root in roots:
        for el in root.iter(*a_lang):
            if el.get("lang") not in (None, lang):
                el.set("lang", lang)
        if root is prs.part._element:
            for el in root.iter(qn("a:defRPr")):
                el.set("lang", lang)


class TemplateLayouts:
    """Where slides go on an agency's template: the layout mapped to each slide kind's role
    (``theme.template.choose_layout``) and the placeholders that role's slots take."""

    def __init__(self, prs: Any, theme: Theme):
        self.prs = prs
        self.theme = theme
        self._places: dict[str, Placement] = {}

    def _two(self) -> TwoContent | None:
        """The template's "Two Content" layout, for charts with bullets (``two_content``)."""
        if not hasattr(self, "_two_content"):  # where the planner found its columns
            found = layout_boxes(self.theme, TWO_CONTENT)
            self._two_content = two_content(self.prs, self.theme) if found else None
        return self._two_content

    def layout(self, role: str) -> Any:
        """The layout for ``role``; a template without ``Blank`` gives ``title_only``'s."""
        layout = find_layout(self.prs, self.theme, role)
        if layout is None and role == "blank":
            layout = find_layout(self.prs, self.theme, "title_only")
        if layout is None:  # open_template checked the template: only a changed file gets here
            raise ThemeError(check_template(self.theme))
        return layout

    def placement(self, plan: SlidePlan) -> Placement:
        """The layout of ``plan``'s role, its slots' placeholders and its free content ones.

        The slide's background is left to the template unless the plan asks for another
        colour than the theme's background (section and closing slides).
        """
        role = slide_role(plan)
        if plan.kind == "chart-bullets" and self._two() is not None:
            role = TWO_CONTENT
        if role == TWO_CONTENT and role not in self._places:
            two = self._two()
            assert two is not None
            _own_idx(two.layout, two.right)
            holders = list(two.layout.iter_cloneable_placeholders())
            place_of = {id(h.element): k for k, h in enumerate(holders)}
            title = find_placeholder(two.layout, self.theme, "title")
            assert title is not None  # two_content found it
            self._places[role] = Placement(
                two.layout,
                {place_of[id(title.element)]: "title", place_of[id(two.left.element)]: "body"},
                self.theme.colors.background,
                (place_of[id(two.right.element)],),  # the chart is bound to the right one
                template_chrome=True,
                autofit=_AUTOFIT,
            )
        if role not in self._places:
            layout = self.layout(role)
            holders = list(layout.iter_cloneable_placeholders())
            slots: dict[int, str] = {}
            for slot, _ in ROLE_SLOTS.get(role, ()):
                ph = find_placeholder(layout, self.theme, slot)
                at = next(
                    (
                        k
                        for k, h in enumerate(holders)
                        if ph is not None and h.element is ph.element
                    ),
                    None,
                )
                if at is not None and at not in slots:
                    slots[at] = slot
            content = tuple(
                k for k, ph in enumerate(holders) if ph.placeholder_format.type in CONTENT_TYPES
            )
            self._places[role] = Placement(
                layout,
                slots,
                self.theme.colors.background,
                content,
                template_chrome=True,
                autofit=_AUTOFIT,
            )
        return self._places[role]


def _own_idx(layout: Any, holder: Any) -> None:
    """Give ``holder`` an ``idx`` no other placeholder of ``layout`` has: LibreOffice writes
    every ``idx`` as 0, and a slide's two content placeholders (bullets, chart) would then
    both point at the first one (PowerPoint's Reset would put the chart on the bullets)."""
    ph = holder.element.find(f".//{qn('p:ph')}")
    taken = [
        int(p.placeholder_format.idx)
        for p in layout.placeholders
        if p.element is not holder.element
    ]
    if ph is not None and int(ph.get("idx", "0")) in taken:
        ph.set("idx", str(max(taken) + 1))


def fill_chrome(shape: Any, box: TextBox, lang: str, number: int) -> None:
    """Put the footer text or the slide number into a template placeholder, as deckmaker
    measured it: at the planned box, size, font, insets and line spacing (the template's own
    size often does not fit its footer box on one line), in the planned colour (the template's
    own where it reads on what is behind the footer: ``theme.template.chrome_color``).
    Alignment stays the template's."""
    from pptx.util import Emu

    b = box.box
    shape.left, shape.top, shape.width, shape.height = Emu(b.x), Emu(b.y), Emu(b.w), Emu(b.h)
    body = shape.text_frame._txBody
    body_pr = body.bodyPr
    for attr, value in zip(("lIns", "tIns", "rIns", "bIns"), box.inset, strict=True):
        body_pr.set(attr, str(int(value)))
    body_pr.set("wrap", "square")
    body_pr.set("anchor", box.anchor.value)
    for child in list(body_pr):
        body_pr.remove(child)
    etree.SubElement(body_pr, qn("a:noAutofit"))
    for p in list(body.iterchildren(qn("a:p"))):
        body.remove(p)
    para = box.paras[0]
    p = etree.SubElement(body, qn("a:p"))
    ppr = etree.SubElement(p, qn("a:pPr"), marL="0", indent="0")
    ln = etree.SubElement(ppr, qn("a:lnSpc"))
    etree.SubElement(ln, qn("a:spcPct"), val=str(round(para.line_spacing * 100000)))
    for tag in ("a:spcBef", "a:spcAft"):
        etree.SubElement(etree.SubElement(ppr, qn(tag)), qn("a:spcPts"), val="0")
    etree.SubElement(ppr, qn("a:buNone"))
    if box.role == "number":
        run = etree.SubElement(
            p, qn("a:fld"), id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum"
        )
        text = str(number)
    else:
        run = etree.SubElement(p, qn("a:r"))
        text = "".join(para.text for para in box.paras)
    rpr = etree.SubElement(run, qn("a:rPr"), lang=lang, sz=str(round(para.size_pt * 100)))
    rpr.set("dirty", "0")
    fill = etree.SubElement(rpr, qn("a:solidFill"))  # readable on what is behind (chrome_color)
    etree.SubElement(fill, qn("a:srgbClr"), val=box.color.lstrip("#").upper())
    for tag in ("a:latin", "a:ea", "a:cs"):
        etree.SubElement(rpr, qn(tag), typeface=box.font)
    etree.SubElement(run, qn("a:t")).text = text
