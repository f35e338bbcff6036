"""Issue 12: every template of the corpus (LibreOffice's 23, python-pptx's default at 4:3 and
widened to 16:9, two agency templates) builds with no hand mapping, and ``themes check`` says
exactly what build does (``tests/template_corpus.py`` makes the corpus)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from deckmaker.cli import main
from deckmaker.kinds import KINDS
from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.theme.contrast import contrasts

from .conftest import FIXTURES, need_soffice
from .template_corpus import LO_TEMPLATES, agency_templates, corpus, pptx_defaults, theme_for

EVERY = FIXTURES / "every"
CACHE = Path(os.environ.get("DECKMAKER_CORPUS", "/tmp/deckmaker-template-corpus"))
"""Where the converted LibreOffice templates are kept between test sessions."""

LO_NAMES = sorted(p.stem for p in LO_TEMPLATES.glob("*.otp"))
QUICK = [p.stem for p in (*pptx_defaults(CACHE / "pptx"), *agency_templates())]


def _template(name: str) -> Path:
    if name in QUICK:
        return next(
            p for p in (*pptx_defaults(CACHE / "pptx"), *agency_templates()) if p.stem == name
        )
    return next(p for p in corpus(CACHE, need_soffice()) if p.stem == name)


def _check_agrees_with_build(template: Path, tmp: Path) -> None:
    theme = theme_for(template, tmp / "themes")
    checked = CliRunner().invoke(main, ["themes", "check", str(theme)])
    out = tmp / "deck.pptx"
    result = build_deck(EVERY, out, theme=str(theme), cache=False)
    assert checked.exit_code == 0, checked.output  # build succeeded: check says ok
    # the probe's 11 slides, one more where a chart that cannot keep its floor beside its
    # bullets takes a slide of its own (h20c: Yellow_Idea)
    assert re.search(r"builds: 1[12] probe slides", checked.output), checked.output
    th = load_theme(str(theme))
    assert all(c.ok for c in contrasts(th.colors)), checked.output
    prs = Presentation(str(out))
    assert len(prs.slides) == result.slides
    assert result.slides in (10, 11)  # 11: the chart on a slide of its own, as said above
    assert (prs.slide_width, prs.slide_height) == (th.width_emu, th.height_emu)
    for kind in KINDS:
        line = next((ln for ln in checked.output.splitlines() if f"layout: {kind} " in ln), "")
        assert line, f"themes check names no layout for {kind}"
    for plan, slide in zip(result.plans, prs.slides, strict=True):
        kind = plan.kind  # an untitled quote too: its quote is the title, on the quote's layout
        named = next(ln for ln in checked.output.splitlines() if f"layout: {kind} " in ln)
        assert slide.slide_layout.name in named, (plan.kind, slide.slide_layout.name, named)


@pytest.mark.parametrize("name", QUICK)
def test_agency_and_python_pptx_templates_build_as_checked(name, tmp_path):
    _check_agrees_with_build(_template(name), tmp_path)


@pytest.mark.render
@pytest.mark.parametrize("name", LO_NAMES)
def test_every_libreoffice_template_builds_as_checked(name, tmp_path):
    _check_agrees_with_build(_template(name), tmp_path)


def test_the_potx_template_makes_a_pptx(tmp_path):
    potx = next(p for p in agency_templates() if p.suffix == ".potx")
    theme = theme_for(potx, tmp_path)
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    import zipfile

    types = zipfile.ZipFile(out).read("[Content_Types].xml").decode()
    assert "presentationml.presentation.main+xml" in types
    assert "template.main+xml" not in types
    assert load_theme(str(theme)).size == "4:3"


def test_widened_default_template_says_ok_only_when_it_builds(tmp_path):
    wide = next(p for p in pptx_defaults(CACHE / "pptx") if "16x9" in p.stem)
    theme = theme_for(wide, tmp_path)
    checked = CliRunner().invoke(main, ["themes", "check", str(theme)])
    assert checked.exit_code == 0 and checked.output.startswith("ok: theme")
    build_deck(EVERY, tmp_path / "deck.pptx", theme=str(theme), cache=False)


@pytest.mark.render
@pytest.mark.parametrize(
    "name",
    ["Progress", "Blue_Curve", "Metropolis", "Focus", "Sunset", "Midnightblue", "Piano", "Pencil",
     "Nature_Illustration"],
)  # fmt: skip
def test_template_footers_and_boxes_pass_doctor(name, tmp_path):
    """The footer and slide number are written at deckmaker's measured size (the template's own
    14-18 pt overflowed its footer box), a body box the template draws off the slide
    (Progress) is cut to it, and text is readable on the artwork really behind it (Progress's
    grey freeform under the quote, Blue Curve's gradient band under the footer, Focus's
    many-coloured triangles, Sunset's pale panel over its brown picture, Midnightblue's slide
    number drawn by deckmaker on its footer band, Piano's picture behind the body, Nature
    Illustration's green under an image caption, Pencil's picture above its body box where a
    quote went): doctor, its accessibility gate included, finds nothing on the every-kind
    deck."""
    theme = theme_for(_template(name), tmp_path / "themes")
    out = tmp_path / "deck.pptx"
    result = build_deck(EVERY, out, theme=str(theme), cache=False)
    doctor = CliRunner().invoke(main, ["doctor", str(out)])
    assert doctor.exit_code == 0, doctor.output
    prs = Presentation(str(out))
    for plan, slide in zip(result.plans, prs.slides, strict=True):
        footer = next((e for e in plan.elements if getattr(e, "role", "") == "footer"), None)
        if footer is None:
            continue
        # the template's footer placeholder (ftr), else deckmaker's own box where its layouts
        # have none (Pencil)
        ph = next(
            s
            for s in slide.shapes
            if (s.is_placeholder and s.placeholder_format.type == 15)
            or (s.name == "Footer" and not s.is_placeholder)
        )
        sizes = {r.font.size.pt for p in ph.text_frame.paragraphs for r in p.runs}
        assert sizes == {footer.paras[0].size_pt}, (sizes, footer.paras[0].size_pt)


def test_the_template_fonts_are_used_where_installed_and_vietnamese(tmp_path):
    """do-vang names Times New Roman for titles and Arial for text (drawn by the bundled
    Liberation twins): they are used; python-pptx's default names Calibri, not installed here
    (or drawn by another family): the theme's fonts stay and themes check says why."""
    from deckmaker.theme.template import font_problem, template_font_names

    agency = next(p for p in agency_templates() if p.stem == "do-vang")
    assert template_font_names(agency) == ("Times New Roman", "Arial")
    theme = load_theme(str(theme_for(agency, tmp_path / "a")))
    assert (theme.fonts.heading, theme.fonts.body) == ("Times New Roman", "Arial")
    checked = CliRunner().invoke(main, ["themes", "check", str(theme_for(agency, tmp_path / "a"))])
    assert "fonts: titles: the template's font 'Times New Roman'" in checked.output
    default = next(p for p in pptx_defaults(CACHE / "pptx") if "4x3" in p.stem)
    assert template_font_names(default) == ("Calibri", "Calibri")
    folder = theme_for(default, tmp_path / "d")
    if font_problem("Calibri") is None:
        pytest.skip("Calibri is installed here")
    assert load_theme(str(folder)).fonts.heading == "Arial"
    checked = CliRunner().invoke(main, ["themes", "check", str(folder)])
    assert "the template's font 'Calibri' is not used, it is not installed" in checked.output


@pytest.mark.render
def test_what_is_behind_a_box_sees_gradients_and_artwork(tmp_path):
    """Blue Curve's footer sits on a blue gradient band the master draws: the colours behind it
    are the band's stops, not the master's white background; the footer's colour reads on
    them."""
    from deckmaker.theme.model import contrast_ratio
    from deckmaker.theme.template import backdrop, chrome_color, layout_boxes

    theme = load_theme(str(theme_for(_template("Blue_Curve"), tmp_path)))
    footer = layout_boxes(theme, "content")["footer"]
    under = backdrop(theme, "content", footer)
    assert "#FFFFFF" not in under and "#009BDD" in under, under
    color = chrome_color(theme)
    assert all(contrast_ratio(color, c) >= 4.5 for c in under), (color, under)


def _without_artwork_numbers(template: Path, tmp: Path) -> Path:
    """``template`` with the slide-number fields of its masters' and layouts' artwork turned
    into plain text: the same artwork (Midnightblue's teal circle), no number drawn on it."""
    import re
    import zipfile

    out = tmp / f"{template.stem}-plain.pptx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if re.match(r"ppt/slide(Master|Layout)s/[^/]+\.xml$", info.filename):
                data = data.replace(b'type="slidenum"', b'type="datetime"')
            dst.writestr(info, data)
    return out


def test_a_number_the_template_draws_as_artwork_is_not_doubled(tmp_path):
    """Midnightblue's master draws the slide number itself (a field in its teal circle, not a
    placeholder): deckmaker writes no number of its own beside it; a template with numbers
    only in placeholders (Pencil) or none (the circle without its field) still gets them."""
    from deckmaker.theme.template import draws_numbers

    folder = theme_for(_template("Midnightblue"), tmp_path / "themes")
    assert draws_numbers(load_theme(str(folder)))
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    roles = [getattr(e, "role", "") for plan in out.plans for e in plan.elements]
    assert "footer" in roles and "number" not in roles
    prs = Presentation(str(tmp_path / "deck.pptx"))
    assert not [
        ph
        for slide in prs.slides
        for ph in slide.placeholders
        if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
    ]
    plain = theme_for(_without_artwork_numbers(_template("Midnightblue"), tmp_path), tmp_path / "p")
    assert not draws_numbers(load_theme(str(plain)))
    assert not draws_numbers(load_theme(str(theme_for(_template("Pencil"), tmp_path / "q"))))
    again = build_deck(EVERY, tmp_path / "plain.pptx", theme=str(plain), cache=False)
    assert "number" in [getattr(e, "role", "") for plan in again.plans for e in plan.elements]


def test_a_number_without_placeholder_sits_in_the_footer_row(tmp_path):
    """Midnightblue has a footer placeholder on a dark band but no slide-number one: deckmaker
    draws the number in the footer's row (on the band, not half on the white above it), in a
    colour that reads on what is behind it."""
    from deckmaker.theme.model import contrast_ratio
    from deckmaker.theme.template import _number_box, backdrop, layout_boxes, number_color

    plain = _without_artwork_numbers(_template("Midnightblue"), tmp_path)
    theme = load_theme(str(theme_for(plain, tmp_path / "themes")))
    boxes = layout_boxes(theme, "content")
    assert "number" not in boxes and "footer" in boxes
    box = _number_box(theme)
    foot = boxes["footer"]
    assert box[1] <= foot[1] + foot[3] // 2 <= box[1] + box[3]  # the footer's row
    under = backdrop(theme, "content", box)
    color = number_color(theme) or theme.colors.muted
    assert all(contrast_ratio(color, c) >= 4.5 for c in under), (color, under)
    out = build_deck(
        EVERY,
        tmp_path / "deck.pptx",
        theme=str(theme_for(plain, tmp_path / "themes")),
        cache=False,
    )
    numbers = [e for plan in out.plans for e in plan.elements if getattr(e, "role", "") == "number"]
    mid = foot[1] + foot[3] // 2
    assert numbers and all(e.box.y <= mid <= e.box.y + e.box.h for e in numbers)
    assert {e.color.upper() for e in numbers} == {color.upper()}


def test_content_colours_are_judged_where_the_content_is(tmp_path):
    """Where the template gives no usable body box (Piano), the content is judged on
    deckmaker's own body box (Piano's black-and-white picture: a backing panel), not on a
    guessed middle of the slide; and on each part of the box (Nature Illustration's darker
    green under a caption): the secondary text colour reads on all of it."""
    from deckmaker.theme.model import contrast_ratio
    from deckmaker.theme.template import content_backdrop, layout_boxes, needs_backing

    piano = load_theme(str(theme_for(_template("Piano"), tmp_path / "p")))
    assert "body" not in layout_boxes(piano, "content")
    assert needs_backing(piano)
    nature = load_theme(str(theme_for(_template("Nature_Illustration"), tmp_path / "n")))
    under = content_backdrop(nature)
    assert len(under) > 3, under
    for color in (nature.colors.text, nature.colors.muted):
        assert all(contrast_ratio(color, c) >= 4.5 for c in under), (color, under)


def test_a_quote_stays_in_the_template_body_box(tmp_path):
    """Pencil's body box is the lower half of its slides, under a picture: an untitled quote
    (its marks in the accent colour) is centred in the body box when it fits there."""
    from deckmaker.theme.template import layout_boxes

    folder = theme_for(_template("Pencil"), tmp_path / "themes")
    x, y, w, h = layout_boxes(load_theme(str(folder)), "content")["body"]
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    quotes = [p for p in out.plans if p.kind == "quote"]
    assert quotes
    for plan in quotes:
        for e in plan.elements:
            if getattr(e, "name", "") in ("Quote", "Quote Mark", "Author"):
                b = e.box
                assert y <= b.y and b.y + b.h <= y + h and x <= b.x and b.x + b.w <= x + w, (
                    e.name,
                    b,
                )


SECTION_TITLES = (
    "Thời cơ, thách thức và nhiệm vụ, giải pháp năm 2024",
    "Tiếp tục tuyên truyền các Nghị quyết, Chỉ thị, Kết luận",
    "Phản ánh thực tiễn triển khai đường lối, chủ trương",
)


def _every_with_sections(tmp: Path, titles: tuple[str, ...]) -> Path:
    """The every-kind outline with its sections renamed to ``titles`` (the sample's longest)."""
    import re
    import shutil

    folder = tmp / "every"
    shutil.copytree(EVERY, folder)
    text = (folder / "outline.yaml").read_text(encoding="utf-8")
    head = re.findall(r"^  - title: .*$", text, flags=re.M)[0]
    text = text.replace(head, f"  - title: {titles[0]}", 1)
    more = "".join(
        f"  - title: {t}\n    slides:\n      - title: Nội dung\n        bullets: [Một ý]\n"
        for t in titles[1:]
    )
    text = text.replace("\nclosing:", "\n" + more + "closing:", 1)
    (folder / "outline.yaml").write_text(text, encoding="utf-8")
    return folder


def test_a_title_the_template_draws_in_capitals_is_measured_in_capitals(tmp_path):
    """python-pptx's Section Header draws its title in capitals (``cap="all"``): a section
    title is fitted as it is drawn, so its capital lines stay in the title box, and the text
    keeps its own case (the template's style makes the capitals)."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.measure import TextMeasurer, capitals
    from deckmaker.theme.template import layout_capitals

    template = _template("pptx-default-16x9")
    folder = theme_for(template, tmp_path / "themes")
    theme = load_theme(str(folder))
    assert layout_capitals(theme, "section") == ("title",)
    assert layout_capitals(theme, "content") == ()
    outline = _every_with_sections(tmp_path, SECTION_TITLES)
    out = build_deck(outline, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    sections = [p for p in out.plans if p.kind == "section"]
    assert len(sections) >= 2
    for plan in sections:
        title = next(e for e in plan.elements if getattr(e, "role", "") == "title")
        para = title.paras[0]
        text = "".join(r.text for r in para.runs)
        assert text != text.upper()  # written in its own case
        m = capitals(TextMeasurer(resolve_font(title.font, bold=True).path))
        width = (title.box.w - title.inset[0] - title.inset[2]) / 12700
        lines = sum(len(m.wrap(part, para.size_pt, width)) for part in text.split("\n"))
        assert lines * m.line_height_pt(para.size_pt) <= title.box.h / 12700 + 0.5, (
            text,
            lines,
            para.size_pt,
        )


@pytest.mark.render
def test_section_titles_in_capitals_pass_doctor(tmp_path):
    """The sample's three longest section titles on python-pptx's default template, widened:
    doctor finds nothing (they ran 12–19 pt over the Section Header's title box, drawn in
    capitals but measured in the outline's case)."""
    from deckmaker.doctor import diagnose

    folder = theme_for(_template("pptx-default-16x9"), tmp_path / "themes")
    outline = _every_with_sections(tmp_path, SECTION_TITLES)
    out = tmp_path / "deck.pptx"
    build_deck(outline, out, theme=str(folder), cache=False)
    assert diagnose(out) == []


def test_an_untitled_quote_leaves_no_empty_title_frame(tmp_path):
    """Piano's master draws a grey frame around the title: on an untitled quote (its quote
    the slide's title, in the middle) the frame showed empty at the top. The frame is found
    by its geometry (an artwork shape on the title box), and the panel under the quote's text
    covers it, as it covers the title frame on Piano's content slides."""
    from deckmaker.theme.template import title_frames

    folder = theme_for(_template("Piano"), tmp_path / "themes")
    frames = title_frames(load_theme(str(folder)), "title_only")
    assert frames and all(y < 1371600 for _, y, _, _ in frames)  # at the top
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    quote = next(p for p in out.plans if p.kind == "quote")
    assert not any(getattr(e, "role", "") == "title" for e in quote.elements)  # untitled
    panel = next(e for e in quote.elements if getattr(e, "name", "") == "Backing")
    b = panel.box
    for x, y, w, h in frames:
        assert b.x <= x and b.y <= y and x + w <= b.x + b.w and y + h <= b.y + b.h
    # a template that draws no frame around its title gets nothing more
    plain = theme_for(_template("pptx-default-16x9"), tmp_path / "plain")
    assert title_frames(load_theme(str(plain)), "title_only") == ()


def test_chart_with_bullets_on_the_template_two_content_layout(tmp_path):
    """python-pptx's default template has "Two Content" (two ``obj`` placeholders side by
    side): a chart-with-bullets slide is built on it, found by geometry, its bullets in the
    left placeholder (python-pptx reads them as the placeholder's paragraphs, with levels) and
    its chart bound to the right one; the generated master keeps its own Chart and Text."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    from deckmaker.theme.template import open_presentation, two_content

    folder = theme_for(_template("pptx-default-16x9"), tmp_path / "themes")
    out = tmp_path / "deck.pptx"
    result = build_deck(EVERY, out, theme=str(folder), cache=False)
    prs = Presentation(str(out))
    at = [k for k, p in enumerate(result.plans) if p.kind == "chart-bullets"]
    assert at
    for k in at:
        slide = prs.slides[k]
        assert slide.slide_layout.name == "Two Content"
        phs = {ph.placeholder_format.idx: ph for ph in slide.placeholders}
        body = phs[1]  # the layout's left content placeholder
        assert body.placeholder_format.type in (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY)
        assert body.has_text_frame and body.text_frame.paragraphs[0].text
        chart = phs[2]  # the right one: the chart picture carries its p:ph
        assert chart._element.tag.endswith("}pic")
        assert body.left + body.width <= chart.left
    # a layout whose two content placeholders lie on each other is no "Two Content"
    dv = load_theme(str(theme_for(_template("do-vang"), tmp_path / "dv")))
    assert two_content(open_presentation(dv.template), dv) is None
    # the generated master: its own layout for the kind
    own = build_deck(EVERY, tmp_path / "own.pptx", theme="default", cache=False)
    own_prs = Presentation(str(tmp_path / "own.pptx"))
    for k, plan in enumerate(own.plans):
        if plan.kind == "chart-bullets":
            assert own_prs.slides[k].slide_layout.name == "Chart and Text"


def test_bullets_restating_the_chart_stay_on_the_templates_two_content_layout(tmp_path):
    """A chart slide whose bullets only restate its bars is the chart alone on deckmaker's
    own master (``chart_bullets.restated``, issue 14), never on an agency template's layout
    of a chart beside text: there the bullets stay in the layout's text placeholder."""
    import shutil

    folder = theme_for(_template("pptx-default-16x9"), tmp_path / "themes")
    src = tmp_path / "every"
    shutil.copytree(EVERY, src)
    outline = src / "outline.yaml"
    said = ', dẫn đầu các ngành"]'
    text = outline.read_text("utf-8")
    assert said in text
    outline.write_text(text.replace(said, '"]'), "utf-8")  # both bullets restate a bar
    own = build_deck(src, tmp_path / "own.pptx", theme="default", cache=False)
    at = [p.title for p in own.plans if p.kind == "chart-bullets"]
    assert "Tăng trưởng các ngành năm 2023" not in at  # the chart alone on the own master
    result = build_deck(src, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    prs = Presentation(str(tmp_path / "deck.pptx"))
    (k,) = [k for k, p in enumerate(result.plans) if p.title == "Tăng trưởng các ngành năm 2023"]
    assert result.plans[k].kind == "chart-bullets"
    slide = prs.slides[k]
    assert slide.slide_layout.name == "Two Content"
    body = {ph.placeholder_format.idx: ph for ph in slide.placeholders}[1]
    # "tăng 10,05%": a verb of measure bound to its number (U+00A0, ``bind_measure_verbs``)
    assert [p.text for p in body.text_frame.paragraphs][:1] == ["GRDP tăng\u00a010,05%"]


def test_section_titles_read_on_the_section_layouts_own_band(tmp_path):
    """do-vang's section layout draws a red band under its title (the content layout does
    not): the section title is judged there, where it is written, not on the content layout's
    background (#1B4F8A on the red band was 1.3:1); the doctor finds nothing on those slides."""
    from deckmaker.doctor.contrast import check_contrast
    from deckmaker.theme.model import contrast_ratio
    from deckmaker.theme.template import backdrop

    folder = theme_for(_template("do-vang"), tmp_path / "themes")
    theme = load_theme(str(folder))
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    prs = Presentation(str(out.path))
    sections = [
        (n, plan, slide)
        for n, (plan, slide) in enumerate(zip(out.plans, prs.slides, strict=True), start=1)
        if plan.kind == "section"
    ]
    assert sections
    for n, plan, slide in sections:
        for el in plan.elements:
            if getattr(el, "role", "") not in ("title", "subtitle"):
                continue
            box = (int(el.box.x), int(el.box.y), int(el.box.w), int(el.box.h))
            under = backdrop(theme, "section", box)
            assert all(contrast_ratio(el.color, c) >= 4.5 for c in under), (el.color, under)
        assert check_contrast(n, slide, prs) == [], n


def test_a_number_on_artwork_no_colour_reads_on_moves_off_it(tmp_path):
    """Midnightblue's master draws a teal circle at the bottom right, on its dark footer band:
    deckmaker's own number there (right-aligned, so on the circle, though the circle covers
    only a fifth of its box) is seen on the teal as well as the band, where no colour reads on
    both (2.5:1 at best); the number moves left along its row, off the circle, and reads."""
    from deckmaker.theme.model import contrast_ratio
    from deckmaker.theme.template import backdrop, stacked_colors

    circle = (9315000, 5175000, 450000, 450000)
    row = (8617585, 5400000, 914400, 270000)  # the number's box on the band, its right end teal
    assert "#1ABC9C" in (stacked_colors([(circle, ("#1ABC9C",))], row, ("#2C3E50",)) or ())
    from deckmaker.theme.template import _number_row_box

    folder = theme_for(
        _without_artwork_numbers(_template("Midnightblue"), tmp_path), tmp_path / "t"
    )
    theme = load_theme(str(folder))
    assert "#1ABC9C" in backdrop(theme, "content", _number_row_box(theme))
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(folder), cache=False)
    numbers = [e for plan in out.plans for e in plan.elements if getattr(e, "role", "") == "number"]
    assert numbers
    for e in numbers:
        box = (int(e.box.x), int(e.box.y), int(e.box.w), int(e.box.h))
        assert box[0] + box[2] <= circle[0], box  # left of the circle, in the footer's row
        under = backdrop(theme, "content", box)
        assert all(contrast_ratio(e.color, c) >= 4.5 for c in under), (e.color, under)


@pytest.mark.render
def test_a_composed_cover_reads_its_layout_rows_once(tmp_path, monkeypatch):
    """Pencil's title and closing slides share its one title layout: the rows of its composed
    cover (``CoverInk.clear``, the stroke across its picture) are read once for both, through
    one opening of the template (``theme.template.backdrops``), and come out as each row read
    on its own (``backdrop``) finds them (review of session 16: the scan ran twice, +0.27 s)."""
    import deckmaker.theme.template as template
    from deckmaker.layout.frame import CLEAR_ROW, _cover_inks, free_area
    from deckmaker.theme.model import contrast_ratio

    theme = load_theme(str(theme_for(_template("Pencil"), tmp_path / "themes")))
    assert template.layout_key(theme, "title") == template.layout_key(theme, "closing")
    calls: list[int] = []
    real = template.backdrops

    def counted(theme_, role, boxes):  # type: ignore[no-untyped-def]
        calls.append(len(boxes))
        return real(theme_, role, boxes)

    monkeypatch.setattr(template, "backdrops", counted)
    inks = _cover_inks(theme)
    rows = [n for n in calls if n > 1]
    assert len(rows) == 1, calls  # one scan of the rows for title and closing
    assert inks["title"].clear == inks["closing"].clear == ((2638800, 2867400),)
    monkeypatch.undo()
    # each row read on its own says the same: the scan's result is unchanged
    area = free_area(_slots_of(theme), "title")
    assert area is not None
    ((top, bottom),) = inks["title"].clear
    for y in range(top, bottom, CLEAR_ROW):
        under = template.backdrop(theme, "title", (area.x, y, area.w, min(CLEAR_ROW, bottom - y)))
        assert any(contrast_ratio("#000000", u) < 4.5 for u in under), (y, under)


def _slots_of(theme):  # type: ignore[no-untyped-def]
    from deckmaker.layout.frame import _slots

    return _slots(theme)
