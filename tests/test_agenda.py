"""The agenda slide (issue 14): after the title slide, the deck's parts numbered as their section
slides are, on the theme's (or the template's) title-and-content layout; ``deck.agenda`` turns
it on, off or gives it a title."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from deckmaker.cli import main
from deckmaker.errors import OutlineError
from deckmaker.i18n import language, set_language
from deckmaker.outline import load_outline
from deckmaker.outline.jsonschema import outline_schema
from deckmaker.pipeline import build_deck

from .conftest import SAMPLE
from .test_template import make_theme

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_THEME = str(ROOT / "themes" / "mau-co-quan")


def _outline(tmp: Path, sections: int, deck: str = "", labels: bool = False) -> Path:
    lines = ["deck:", "  title: Báo cáo kết quả năm 2024", *(f"  {x}" for x in deck.splitlines())]
    lines.append("sections:")
    for i in range(sections):
        lines.append(f"  - title: Phần việc thứ {i + 1} của năm")
        if labels:
            lines.append(f"    label: Mục {['I', 'II', 'III', 'IV'][i]}")
        lines += [
            "    slides:",
            f"      - title: Trang {i + 1}",
            "        bullets: [Một ý, Ý khác]",
        ]
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "outline.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return tmp


def _plain(text: str) -> str:
    """A text as read: no-break spaces (words kept whole) as spaces, no word joiners."""
    return text.replace("\xa0", " ").replace("\u2060", "").replace("\n", " ").replace("\v", " ")


def _slides(path: Path) -> list:
    return list(Presentation(str(path)).slides)


def _agenda(slide) -> tuple[str, list[str]]:
    """(title, the paragraphs of the body) of an agenda slide."""
    title = _plain(slide.shapes.title.text_frame.text)
    body = [s for s in slide.shapes if s.name == "Body"]
    assert len(body) == 1
    return title, [_plain(p.text) for p in body[0].text_frame.paragraphs]


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return build_deck(SAMPLE, tmp_path_factory.mktemp("agenda") / "sample.pptx").path


def _sections(slides) -> list[tuple[str, str]]:
    """Each section slide's big number and title, in order."""
    return [
        (
            next(s.text_frame.text for s in sl.shapes if s.name == "Section Anchor"),
            _plain(sl.shapes.title.text_frame.text),
        )
        for sl in slides
        if any(s.name == "Section Anchor" for s in sl.shapes)
    ]


def test_the_sample_deck_lists_its_sections_numbered_as_their_slides(sample):
    slides = _slides(sample)
    title, paras = _agenda(slides[1])
    assert title == "Nội dung"
    # each section slide's big number and title, in order, as the agenda lists them; before
    # II.1 the line of the part II.1-II.5 belong to (``part:``), numbered from their labels
    sections = _sections(slides)
    assert [n for n, _ in sections] == ["I", "II.1", "II.2", "II.3", "II.4", "II.5", "III"]
    listed = [f"{n}\t{t}" for n, t in sections]
    assert paras == [listed[0], "II\tNội dung tuyên truyền", *listed[1:]]
    body = next(s for s in slides[1].shapes if s.name == "Body")
    # in the layout's content placeholder, as a list slide's bullets (the outline view shows it)
    assert body.is_placeholder
    assert body.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    assert slides[1].slide_layout.name == "Title and Content"
    # the numbers stand out in the accent's tone, the titles do not
    runs = body.text_frame.paragraphs[0].runs
    assert runs[0].font.bold and not runs[1].font.bold
    assert str(runs[0].font.color.rgb) != str(runs[1].font.color.rgb)
    # the list is readable from the back of a hall: never under the theme's body minimum
    assert min(r.font.size.pt for p in body.text_frame.paragraphs for r in p.runs) >= 18
    notes = slides[1].notes_slide.notes_text_frame.text
    assert "3 phần" in notes and "II.3. Thời cơ, thách thức" in notes
    assert "II. Nội dung tuyên truyền" in notes


def _margin(para) -> int:
    """A paragraph's left margin (marL, EMU) as written."""
    ppr = para._p.pPr
    return int(ppr.get("marL", "0")) if ppr is not None else 0


def test_a_part_is_a_parent_line_with_its_sections_indented_under_it(sample):
    body = next(s for s in _slides(sample)[1].shapes if s.name == "Body")
    paras = body.text_frame.paragraphs
    numbers = [_plain(p.text).split("\t")[0] for p in paras]
    assert numbers == ["I", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "III"]
    margins = [_margin(p) for p in paras]
    top, sub = margins[0], margins[2]
    # I, II and III one margin; the part's sections further in, each one margin
    assert margins[1] == margins[-1] == top and set(margins[2:7]) == {sub}
    assert sub > top
    # their numbers start under the part's title: the indent is the number column's width
    hang = int(paras[2]._p.pPr.get("indent", "0"))
    assert sub + hang == top
    # the lines of the top level have one weight: the part "II" among the sections I and III
    # of no part is not bold alone (R13); its sections' titles are regular too
    assert not any(paras[i].runs[1].font.bold for i in range(len(paras)))
    # a part's sections hold together: less space before each than before the next part
    before = [p.space_before.pt if p.space_before is not None else 0.0 for p in paras]
    assert max(before[2:7]) < min(before[1], before[7])


def test_a_section_of_a_part_shows_the_part_over_its_title(sample):
    for slide in _slides(sample):
        names = {s.name: s for s in slide.shapes}
        if "Section Anchor" not in names:
            continue
        number = names["Section Anchor"].text_frame.text
        if not number.startswith("II."):
            assert "Section Part" not in names, number  # I and III belong to no part
            continue
        over = names["Section Part"]
        title = slide.shapes.title
        assert _plain(over.text_frame.text) == "NỘI DUNG TUYÊN TRUYỀN"
        # over the title, in its column, ending before it starts
        assert over.left == title.left and over.top + over.height <= title.top
        assert all(r.font.size.pt >= 18 for p in over.text_frame.paragraphs for r in p.runs)


def test_an_agenda_comes_with_three_sections_by_default(tmp_path):
    two = build_deck(_outline(tmp_path / "two", 2), tmp_path / "two.pptx").path
    assert [s.slide_layout.name for s in _slides(two)][:2] == ["Title Slide", "Section Header"]
    three = build_deck(_outline(tmp_path / "three", 3), tmp_path / "three.pptx").path
    slides = _slides(three)
    assert len(slides) == len(_slides(two)) + 3  # a section (divider, slide) and the agenda
    title, paras = _agenda(slides[1])
    assert title == "Nội dung"
    # the default labels "Phần 1", "Phần 2", … number the parts 1, 2, …
    assert paras == [f"{i}\tPhần việc thứ {i} của năm" for i in (1, 2, 3)]


def test_agenda_false_removes_it_and_true_or_a_title_shows_it(tmp_path):
    off = build_deck(_outline(tmp_path / "off", 4, "agenda: false"), tmp_path / "off.pptx").path
    assert _slides(off)[1].slide_layout.name == "Section Header"
    on = build_deck(_outline(tmp_path / "on", 2, "agenda: true"), tmp_path / "on.pptx").path
    assert _agenda(_slides(on)[1])[0] == "Nội dung"
    own = build_deck(
        _outline(tmp_path / "own", 1, "agenda: Nội dung chính", labels=True),
        tmp_path / "own.pptx",
    ).path
    assert _agenda(_slides(own)[1]) == ("Nội dung chính", ["I\tPhần việc thứ 1 của năm"])


def test_an_english_deck_says_contents(tmp_path):
    path = build_deck(
        _outline(tmp_path / "en", 3, "language: en", labels=True), tmp_path / "en.pptx"
    ).path
    title, paras = _agenda(_slides(path)[1])
    assert title == "Contents"
    assert [p.split("\t")[0] for p in paras] == ["I", "II", "III"]
    notes = _slides(path)[1].notes_slide.notes_text_frame.text
    assert notes.startswith("The contents: the presentation has 3 parts.")


def test_on_a_template_it_is_a_content_slide_of_the_template(tmp_path):
    path = build_deck(SAMPLE, tmp_path / "tpl.pptx", theme=TEMPLATE_THEME).path
    slides = _slides(path)
    title, paras = _agenda(slides[1])
    assert title == "Nội dung" and len(paras) == 8 and paras[0].startswith("I\t")
    assert paras[1] == "II\tNội dung tuyên truyền"  # the part's line, as on the built-in themes
    # on the layout the template's bullet slides take, in its title and body placeholders
    bullets = next(s for s in slides[2:] if s.slide_layout.name == slides[1].slide_layout.name)
    assert bullets is not None
    body = next(s for s in slides[1].shapes if s.name == "Body")
    assert body.is_placeholder
    assert slides[1].shapes.title.is_placeholder


@pytest.mark.parametrize(
    ("value", "agenda"),
    [("auto", "auto"), ("true", "on"), ("false", "off"), ('""', "off"), ("Nội dung", "on")],
)
def test_the_agenda_key(tmp_path, value, agenda):
    deck = load_outline(_outline(tmp_path, 1, f"agenda: {value}") / "outline.yaml")
    assert deck.info.agenda == agenda
    assert deck.has_agenda == (agenda == "on")
    schema = outline_schema()["properties"]["deck"]["properties"]["agenda"]
    assert jsonschema.Draft202012Validator(schema).is_valid(
        {"true": True, "false": False, '""': ""}.get(value, value)
    )


def test_an_agenda_that_is_a_list_is_an_error(tmp_path):
    with pytest.raises(OutlineError) as err:
        load_outline(_outline(tmp_path, 3, "agenda: [a]") / "outline.yaml")
    assert "'agenda' must be auto, true, false or a title" in str(err.value)
    assert "deck.agenda" in str(err.value)


def test_a_long_agenda_keeps_every_part_readable_in_two_columns(tmp_path):
    folder = tmp_path / "long"
    folder.mkdir()
    sections = "".join(
        f"  - title: Nhiệm vụ, giải pháp trọng tâm số {i} về phát triển kinh tế - xã hội\n"
        f"    slides: [{{title: Trang {i}, bullets: [Một ý]}}]\n"
        for i in range(1, 15)
    )
    (folder / "outline.yaml").write_text(f"deck: {{title: T}}\nsections:\n{sections}", "utf-8")
    slide = _slides(build_deck(folder, tmp_path / "long.pptx").path)[1]
    boxes = [s for s in slide.shapes if s.name in ("Body", "Body 2")]
    assert [b.name for b in boxes] == ["Body", "Body 2"]  # fourteen long titles: two columns
    left, right = boxes
    assert left.left + left.width < right.left  # side by side, apart
    paras = [_plain(p.text) for b in boxes for p in b.text_frame.paragraphs]
    assert [p.split("\t")[0] for p in paras] == [str(i) for i in range(1, 15)]
    sizes = {r.font.size.pt for b in boxes for p in b.text_frame.paragraphs for r in p.runs}
    assert len(sizes) == 1 and sizes.pop() >= 18  # one size, readable from the back


def _parted(tmp: Path, parts: list[str | None], labels: list[str] | None = None) -> Path:
    lines = ["deck:", "  title: Báo cáo kết quả năm 2024", "sections:"]
    for i, part in enumerate(parts):
        lines.append(f"  - title: Phần việc thứ {i + 1} của năm")
        if part is not None:
            lines.append(f"    part: {part}")
        if labels is not None:
            lines.append(f"    label: {labels[i]}")
        lines += ["    slides:", f"      - title: Trang {i + 1}", "        bullets: [Một ý]"]
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "outline.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return tmp


def test_a_part_written_with_its_number_or_without_one(tmp_path):
    # "II. …": the number written first; the default labels ("Phần 2") number the sections
    path = build_deck(
        _parted(tmp_path / "a", [None, '"II. Nhiệm vụ trọng tâm"', '"II. Nhiệm vụ trọng tâm"']),
        tmp_path / "a.pptx",
    ).path
    paras = _agenda(_slides(path)[1])[1]
    assert paras == [
        "1\tPhần việc thứ 1 của năm",
        "II\tNhiệm vụ trọng tâm",
        "2\tPhần việc thứ 2 của năm",
        "3\tPhần việc thứ 3 của năm",
    ]
    # a numbered part beside a section of no part: one weight on the top level
    body = next(s for s in _slides(path)[1].shapes if s.name == "Body")
    weights = {p.runs[1].font.bold for p in body.text_frame.paragraphs}
    assert weights == {False}
    # a part with no number of its own and sections not numbered under one: the title alone
    path = build_deck(
        _parted(tmp_path / "b", ["Kết quả", "Kết quả", "Nhiệm vụ"]), tmp_path / "b.pptx"
    ).path
    paras = _agenda(_slides(path)[1])[1]
    assert [p.split("\t")[-1] for p in paras] == [
        "Kết quả",
        "Phần việc thứ 1 của năm",
        "Phần việc thứ 2 của năm",
        "Nhiệm vụ",
        "Phần việc thứ 3 của năm",
    ]
    assert paras[0] == "Kết quả" and paras[1].startswith("1\t")
    # a heading: no bullet, from the list's left edge, its sections' numbers further in
    body = next(s for s in _slides(path)[1].shapes if s.name == "Body")
    head, first = body.text_frame.paragraphs[:2]
    assert head._p.pPr.find("{*}buNone") is not None and _margin(head) == 0
    assert head.runs[0].font.bold
    assert _margin(first) > 0


def test_the_part_key_in_the_schema_and_the_outline(tmp_path):
    schema = outline_schema()
    section = schema["properties"]["sections"]["items"]
    assert "part" in section["properties"]
    assert section["properties"]["part"]["examples"] == ["Nội dung tuyên truyền"]
    ok = {
        "deck": {"title": "T"},
        "sections": [
            {
                "title": "A",
                "part": "Nội dung tuyên truyền",
                "slides": [{"title": "x", "bullets": ["y"]}],
            },
        ],
    }
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(ok)
    ok["sections"][0]["part"] = ["a list"]
    assert not validator.is_valid(ok)
    deck = load_outline(_parted(tmp_path / "ok", ["Kết quả", "Kết quả", None]) / "outline.yaml")
    assert [s.part.value if s.part else None for s in deck.sections] == ["Kết quả"] * 2 + [None]
    was = language()
    set_language("vi")  # the description an editor shows, in Vietnamese
    try:
        vi = outline_schema()["properties"]["sections"]["items"]["properties"]["part"]
    finally:
        set_language(was)
    assert vi["description"].startswith("Phần lớn chứa phần này")


def test_a_part_whose_sections_are_apart_is_an_error(tmp_path):
    with pytest.raises(OutlineError) as err:
        load_outline(_parted(tmp_path, ["Kết quả", "Nhiệm vụ", "Kết quả"]) / "outline.yaml")
    text = str(err.value)
    assert "the sections of part 'Kết quả' are not one after another" in text
    assert "at: section 3, part" in text
    # the hint says where the part began: the first section's ``part:`` line
    assert "(from line 5)" in text


def test_update_keeps_the_agenda_and_the_parts_section_slides_matched(tmp_path, monkeypatch):
    """``update`` finds the agenda and every section slide of a part by their outline paths:
    a new figure reaches the part's section slide (its key figure), the part's lines stay."""
    monkeypatch.chdir(tmp_path)
    project = tmp_path / "hung-yen-2024"
    shutil.copytree(SAMPLE, project)
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(project), "-o", "deck.pptx"]).exit_code == 0
    figures = project / "figures.yaml"
    text = figures.read_text("utf-8")
    text, n = re.subn(r"(?ms)^(grdp_growth:.*?value: )10\.05\b", r"\g<1>10.6", text, count=1)
    assert n == 1
    figures.write_text(text, "utf-8")
    r = runner.invoke(main, ["update", "deck.pptx", str(project)])
    assert r.exit_code == 0, r.output
    assert runner.invoke(main, ["build", str(project), "-o", "fresh.pptx"]).exit_code == 0
    mine, fresh = _slides(tmp_path / "deck.pptx"), _slides(tmp_path / "fresh.pptx")
    assert _agenda(mine[1]) == _agenda(fresh[1])
    assert "II\tNội dung tuyên truyền" in _agenda(mine[1])[1]
    for a, b in zip(mine, fresh, strict=True):
        names = {s.name: s for s in a.shapes}
        if "Section Part" not in names:
            continue
        other = {s.name: s for s in b.shapes}
        assert names["Section Part"].text_frame.text == other["Section Part"].text_frame.text
        if "Key Figure" in names:  # II.2: GRDP growth, updated in place
            assert _plain(names["Key Figure"].text_frame.text) == "10,6%"


def test_a_section_without_a_number_shows_its_part_before_its_label(tmp_path):
    long = "Nhiệm vụ, giải pháp trọng tâm phát triển kinh tế - xã hội của tỉnh năm 2024"
    lines = [
        "deck: {title: Báo cáo, agenda: false}",
        "sections:",
        "  - title: Chuyển đổi số",
        "    label: Chuyên đề",
        f"    part: {long}",
        "    slides: [{title: Trang, bullets: [Một ý]}]",
    ]
    (tmp_path / "outline.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    slide = _slides(build_deck(tmp_path, tmp_path / "d.pptx").path)[0 + 1]
    names = {s.name: s for s in slide.shapes}
    assert "Section Part" not in names and "Section Anchor" not in names  # the plain layout
    label = names["Section Number"]
    assert _plain(label.text_frame.text) == f"{long.upper()} – CHUYÊN ĐỀ"
    # on its one line over the rule: smaller than the label's size, never under the minimum
    size = label.text_frame.paragraphs[0].runs[0].font.size.pt
    assert 16 <= size < 24


def test_on_a_template_section_layout_the_part_leads_its_subtitle(tmp_path):
    theme = make_theme(tmp_path / "co-quan", 'layouts: {section: "Title Slide"}')
    project = _parted(tmp_path / "deck", ["Kết quả", "Kết quả", None])
    path = build_deck(project, tmp_path / "d.pptx", theme=str(theme)).path
    covers = [s for s in _slides(path) if s.slide_layout.name == "Title Slide"][1:]
    assert len(covers) == 3  # the title slide aside, a section slide each
    subs = [
        [
            _plain(sh.text_frame.text).lower()
            for sh in s.shapes
            if sh.name in ("Subtitle", "Section Part")
        ]
        for s in covers
    ]
    # its part, where the template's layout has its subtitle, or in deckmaker's own section
    # composition where the layout leaves it room (h18t: the part label in capitals, as the
    # built-in themes set it); the last section is in no part
    assert subs == [["kết quả"], ["kết quả"], []]


def test_numbered_parts_that_are_the_whole_top_level_are_bold(tmp_path):
    # every line of the top level a numbered part: the parts bold, their sections regular
    path = build_deck(
        _parted(tmp_path / "a", ['"I. Kết quả"', '"I. Kết quả"', '"II. Nhiệm vụ"']),
        tmp_path / "a.pptx",
    ).path
    body = next(s for s in _slides(path)[1].shapes if s.name == "Body")
    paras = body.text_frame.paragraphs
    heavy = [bool(p.runs[-1].font.bold) for p in paras]
    tops = [_plain(p.text).split("\t")[0] in ("I", "II") for p in paras]
    assert tops.count(True) == 2 and heavy == tops


def test_the_agenda_is_not_titled_as_a_section(tmp_path):
    """A plan's part called "Nội dung" (Cần Thơ's population plan, drafted): the agenda's own
    title "Nội dung" made two slides titled alike, which the doctor flags. The agenda then
    takes the longer form of its word."""
    folder = _outline(tmp_path / "o", 3)
    text = (folder / "outline.yaml").read_text("utf-8")
    (folder / "outline.yaml").write_text(
        text.replace("Phần việc thứ 2 của năm", "Nội dung"), "utf-8"
    )
    deck = build_deck(folder, tmp_path / "deck.pptx").path
    titles = [_plain(s.shapes.title.text_frame.text) for s in _slides(deck) if s.shapes.title]
    assert titles[1] == "Nội dung chính", titles
    assert titles.count("Nội dung") == 1, titles
