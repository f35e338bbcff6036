"""Tests for theme loading (extends, deep merge, errors), built-in themes and template checks."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image
from pptx import Presentation

from deckmaker.errors import Location, ThemeError
from deckmaker.theme import (
    BUILTIN_DIR,
    contrast_ratio,
    list_themes,
    load_theme,
    matplotlib_rc,
)
from deckmaker.theme.model import LAYOUT_ROLES
from deckmaker.theme.template import (
    check_template,
    choose_layout,
    find_layout,
    find_placeholder,
    template_summary,
)

REPO = Path(__file__).resolve().parents[2]
BUILTINS = ("default", "co-do", "tuong-phan")
VIETNAMESE = (
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
BASE = """\
palette: {navy: "#0B3D91", red: "#C62828", grey: "#5E6A71"}
colors:
  primary: navy
  accent: red
  text: "#1F2933"
  background: "#FFFFFF"
  chart: [navy, red, grey]
fonts: {heading: Liberation Serif, body: Liberation Sans}
"""


def write_theme(root: Path, name: str, text: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(text, encoding="utf-8")
    return folder


def problems_of(exc: pytest.ExceptionInfo[ThemeError]) -> list[str]:
    return [p.format() for p in exc.value.problems]


def loc(path: Path, line: int, col: int) -> str:
    return str(Location.of(path, line, col))


# --- built-in themes -------------------------------------------------------------------------


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_theme_loads_with_readable_colours(name: str) -> None:
    theme = load_theme(name)
    assert theme.name == name
    assert theme.path == BUILTIN_DIR / name
    assert theme.display_name != name  # each has a Vietnamese display name
    c = theme.colors
    assert contrast_ratio(c.text, c.background) >= 7
    assert contrast_ratio(c.muted, c.background) >= 4.5
    assert contrast_ratio(c.on_primary, c.primary) >= 4.5
    assert contrast_ratio(c.accent, c.background) >= 3  # KPI numbers are large text
    assert len(c.chart) >= 5
    assert len(set(c.chart)) == len(c.chart)
    assert "calibri" not in (theme.fonts.heading + theme.fonts.body).lower()


def test_builtin_themes_are_distinct() -> None:
    themes = [load_theme(n) for n in BUILTINS]
    assert len({t.colors.primary for t in themes}) == 3
    assert len({t.colors.background for t in themes}) == 2  # co-do has a warm background
    co_do = load_theme("co-do")
    assert co_do.colors.primary == "#B71C1C"
    assert co_do.fonts.heading == "Times New Roman"
    default, contrast = load_theme("default"), load_theme("tuong-phan")
    assert contrast.text_sizes.body > default.text_sizes.body
    assert contrast.text_sizes.body_min > default.text_sizes.body_min
    assert contrast_ratio(contrast.colors.text, contrast.colors.background) > 18


def _font_file(family: str) -> Path:
    from deckmaker.layout.fonts import METRIC_SUBSTITUTES, resolve_font

    found = resolve_font(family)
    allowed = {family, *METRIC_SUBSTITUTES.get(family.casefold(), ())}
    assert found.family in allowed, f"{family} is drawn with {found.family} ({found.path})"
    return found.path


@pytest.mark.parametrize("name", [*BUILTINS, "so-tttt-hung-yen"])
def test_theme_fonts_are_installed_and_cover_vietnamese(name: str) -> None:
    theme = load_theme(name, [REPO / "themes"])
    for family in {theme.fonts.heading, theme.fonts.body}:
        with TTFont(_font_file(family), lazy=True) as font:
            cmap = font.getBestCmap()
        missing = [ch for ch in VIETNAMESE if ord(ch) not in cmap]
        assert missing == [], f"{family} lacks {''.join(missing)}"


def test_example_agency_theme_extends_default_with_its_own_logo() -> None:
    theme = load_theme("so-tttt-hung-yen", [REPO / "themes"])
    assert theme.display_name == "Sở Thông tin và Truyền thông tỉnh Hưng Yên"
    assert theme.logo == REPO / "themes" / "so-tttt-hung-yen" / "logo.png"
    assert theme.logo.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert theme.colors.primary == "#005B96"
    assert theme.colors.chart[2] == load_theme("default").palette["teal"]
    assert theme.fonts == load_theme("default").fonts
    assert theme.chain[1] == BUILTIN_DIR / "default" / "theme.yaml"


def test_list_themes_puts_project_themes_first_and_hides_shadowed_builtins(tmp_path: Path) -> None:
    write_theme(tmp_path, "default", 'name: "Của Sở"\nextends: default\n')
    write_theme(tmp_path, "so-x", 'name: "Sở X"\nextends: default\n')
    listed = list_themes([tmp_path])
    names = [n for n, _, _ in listed]
    assert names == ["default", "so-x", "co-do", "tuong-phan"]
    assert listed[0] == ("default", "Của Sở", tmp_path / "default")


def test_a_project_theme_may_extend_the_builtin_of_the_same_name(tmp_path: Path) -> None:
    write_theme(tmp_path, "default", 'extends: default\ncolors: {accent: "#00AA00"}\n')
    theme = load_theme("default", [tmp_path])
    assert theme.colors.accent == "#00AA00"
    assert theme.colors.primary == load_theme("default").colors.primary
    assert theme.chain == (tmp_path / "default" / "theme.yaml", BUILTIN_DIR / "default/theme.yaml")


# --- extends and deep merge ------------------------------------------------------------------


def test_extends_overrides_only_what_it_names(tmp_path: Path) -> None:
    write_theme(tmp_path, "base", BASE + "text_sizes: {title: 40, body: 26}\nfooter: Sở\n")
    write_theme(
        tmp_path,
        "child",
        "extends: base\n"
        'palette: {green: "#2E7D32"}\n'
        "colors: {accent: green, chart: [green]}\n"
        "text_sizes: {body: 28}\n",
    )
    parent, child = load_theme("base", [tmp_path]), load_theme("child", [tmp_path])
    assert child.colors.accent == "#2E7D32"
    assert child.colors.primary == parent.colors.primary == "#0B3D91"
    assert child.colors.text == "#1F2933"
    assert child.colors.chart == ("#2E7D32",)  # lists replace, they do not merge
    assert child.palette == {**parent.palette, "green": "#2E7D32"}
    assert child.text_sizes.body == 28
    assert child.text_sizes.title == 40  # deep merge keeps the parent's sibling keys
    assert child.fonts == parent.fonts
    assert child.footer == "Sở"
    assert child.display_name == "child"  # names are not inherited


def test_a_child_token_recolours_the_parents_roles(tmp_path: Path) -> None:
    write_theme(tmp_path, "base", BASE)
    write_theme(tmp_path, "child", 'extends: base\npalette: {navy: "#000080"}\n')
    child = load_theme("child", [tmp_path])
    assert child.colors.primary == "#000080"
    assert child.colors.chart[0] == "#000080"


def test_extends_by_relative_path_and_assets_stay_with_their_theme(tmp_path: Path) -> None:
    base = write_theme(tmp_path / "shared", "base", BASE + "logo: img/logo.png\n")
    (base / "img").mkdir()
    Image.new("RGB", (4, 2), "navy").save(base / "img" / "logo.png")  # a whole picture
    child = write_theme(tmp_path / "agency", "child", "extends: ../../shared/base\n")
    theme = load_theme(str(child / "theme.yaml"))
    assert theme.logo == base / "img" / "logo.png"
    assert theme.path == child


def test_extends_cycle_is_a_located_error(tmp_path: Path) -> None:
    write_theme(tmp_path, "a", BASE + "extends: b\n")
    write_theme(tmp_path, "b", "extends: c\n")
    write_theme(tmp_path, "c", "# c\nextends: a\n")
    with pytest.raises(ThemeError) as exc:
        load_theme("a", [tmp_path])
    assert problems_of(exc) == [
        f"{loc(tmp_path / 'c/theme.yaml', 2, 10)}: error: themes extend each other in a cycle: "
        "a → b → c → a\n"
        "  at: extends\n"
        f"  hint: remove 'extends' from one of: {loc(tmp_path / 'a/theme.yaml', 0, 0)}, "
        f"{loc(tmp_path / 'b/theme.yaml', 0, 0)}, {loc(tmp_path / 'c/theme.yaml', 0, 0)}"
    ]


def test_a_theme_extending_itself_is_a_cycle(tmp_path: Path) -> None:
    write_theme(tmp_path, "solo", BASE + "extends: solo\n")
    with pytest.raises(ThemeError) as exc:
        load_theme("solo", [tmp_path])
    assert exc.value.problems[0].message == "themes extend each other in a cycle: solo → solo"
    assert exc.value.problems[0].location.line == 9


def test_unknown_parent_lists_the_themes(tmp_path: Path) -> None:
    write_theme(tmp_path, "mine", "name: Của tôi\nextends: defualt\n")
    with pytest.raises(ThemeError) as exc:
        load_theme("mine", [tmp_path])
    assert problems_of(exc) == [
        f"{loc(tmp_path / 'mine/theme.yaml', 2, 10)}: error: 'extends' names an unknown theme "
        "'defualt'\n"
        "  at: extends\n"
        "  hint: did you mean 'default'? known: co-do, default, mine, tuong-phan"
    ]


def test_unknown_theme_name_is_located_where_it_was_asked_for() -> None:
    with pytest.raises(ThemeError) as exc:
        load_theme("co_do", where=Location("deck.yaml", 3, 8))
    assert problems_of(exc) == [
        "deck.yaml:3:8: error: unknown theme 'co_do'\n"
        "  hint: did you mean 'co-do'? known: co-do, default, tuong-phan"
    ]


# --- validation ------------------------------------------------------------------------------


def test_unknown_keys_are_errors_with_did_you_mean_and_all_are_reported(tmp_path: Path) -> None:
    write_theme(
        tmp_path,
        "t",
        "extends: default\ncolour: {primary: blue}\nfonts: {heading: X, bodi: Y}\nsize: 4:3\n",
    )
    with pytest.raises(ThemeError) as exc:
        load_theme("t", [tmp_path])
    file = tmp_path / "t/theme.yaml"
    assert problems_of(exc) == [
        f"{loc(file, 2, 1)}: error: unknown key 'colour' in a theme\n"
        "  at: colour\n"
        "  hint: did you mean 'colors'? closest of the 13 known: colors, footer",
        f"{loc(file, 3, 21)}: error: unknown key 'bodi' in 'fonts'\n"
        "  at: fonts.bodi\n"
        "  hint: did you mean 'body'? known: body, heading",
    ]


def test_colour_errors_are_located_and_collected(tmp_path: Path) -> None:
    write_theme(
        tmp_path,
        "t",
        "extends: default\n"
        'palette: {navy: "#0B3D91"}\n'
        "colors:\n"
        "  primary: nvy\n"
        '  accent: "#12345"\n'
        "  text: #1F2933\n"
        '  chart: [navy, "#GG0000"]\n',
    )
    with pytest.raises(ThemeError) as exc:
        load_theme("t", [tmp_path])
    file = tmp_path / "t/theme.yaml"
    got = [(p.location, p.path, p.message) for p in exc.value.problems]
    assert got == [
        (Location.of(file, 4, 12), "colors.primary", "unknown colour 'nvy'"),
        (Location.of(file, 5, 11), "colors.accent", "'#12345' is not a colour"),
        (Location.of(file, 6, 8), "colors.text", "colour is empty"),
        (Location.of(file, 7, 17), "colors.chart[1]", "'#GG0000' is not a colour"),
    ]
    hints = [p.hint for p in exc.value.problems]
    assert hints[0].startswith("did you mean 'navy'?")
    assert "an unquoted # starts a YAML comment" in hints[2]


def test_roles_resolve_tokens_or_hex_and_missing_roles_are_derived(tmp_path: Path) -> None:
    write_theme(tmp_path, "t", BASE.replace('"#1F2933"', '"#1f2933"'))
    theme = load_theme("t", [tmp_path])
    c = theme.colors
    assert (c.primary, c.accent, c.text) == ("#0B3D91", "#C62828", "#1F2933")
    assert c.chart == ("#0B3D91", "#C62828", "#5E6A71")
    assert c.on_primary == "#FFFFFF"  # white reads better than the text colour on navy
    assert contrast_ratio(c.muted, c.background) < contrast_ratio(c.text, c.background)
    assert c.surface not in (c.background, c.primary)


def test_a_theme_without_extends_must_set_the_required_roles(tmp_path: Path) -> None:
    write_theme(tmp_path, "t", "colors: {primary: '#000000'}\nfonts: {heading: A}\n")
    with pytest.raises(ThemeError) as exc:
        load_theme("t", [tmp_path])
    assert [p.path for p in exc.value.problems] == [
        "colors.accent",
        "colors.text",
        "colors.background",
        "colors.chart",
        "fonts.body",
    ]
    assert exc.value.problems[0].location == Location.of(tmp_path / "t/theme.yaml", 1, 9)


def test_scalar_settings(tmp_path: Path) -> None:
    write_theme(
        tmp_path,
        "ok",
        "extends: default\nsize: 4:3\nslide_numbers: false\nfooter: ''\n"
        "layouts: {section: Tiêu đề mục}\nplaceholders: {body: Nội dung}\n",
    )
    theme = load_theme("ok", [tmp_path])
    assert (theme.size, theme.width_emu, theme.height_emu) == ("4:3", 9144000, 6858000)
    assert load_theme("default").width_emu == 12192000  # 13.333 in
    assert (theme.slide_numbers, theme.footer) == (False, "")
    assert theme.layouts["section"] == "Tiêu đề mục"
    assert theme.layouts["content"] == "Title and Content"
    assert theme.layout_names("section") == ("Tiêu đề mục",)
    assert theme.layout_names("content") == ("Title and Content", "Title, Content")
    assert theme.placeholders == {"body": "Nội dung"}
    write_theme(
        tmp_path,
        "bad",
        'extends: default\nsize: "21:9"\nslide_numbers: yes please\nlogo: missing.png\n'
        "text_sizes: {body: 16, body_min: 20}\nfooter: '{organization'\n",
    )
    with pytest.raises(ThemeError) as exc:
        load_theme("bad", [tmp_path])
    assert [(p.path, p.location.line) for p in exc.value.problems] == [
        ("size", 2),
        ("slide_numbers", 3),
        ("logo", 4),
        ("text_sizes.body_min", 5),
        ("footer", 6),
    ]
    assert exc.value.problems[2].message == "logo file not found: 'missing.png'"


def test_matplotlib_rc_is_accepted_by_matplotlib() -> None:
    import matplotlib

    theme = load_theme("co-do")
    rc = matplotlib_rc(theme)
    with matplotlib.rc_context(rc):
        params = matplotlib.rcParams
        assert params["axes.prop_cycle"].by_key()["color"] == list(theme.colors.chart)
        assert params["font.family"][0] == "Times New Roman"
        assert params["figure.facecolor"] == "#FFFBF2"
        assert params["font.size"] == theme.text_sizes.chart


def test_chart_style_gives_the_chart_renderer_the_theme() -> None:
    theme = load_theme("tuong-phan")
    font = Path("/fonts/LiberationSans-Regular.ttf")
    bold = Path("/fonts/LiberationSans-Bold.ttf")
    style = theme.chart_style(font, bold)
    assert style["colors"] == theme.colors.chart
    assert (style["text_color"], style["background"]) == ("#111111", "#FFFFFF")
    # One family for body and heading: each still gets its own file (the body regular).
    assert (style["font_family"], style["font_file"]) == ("Arial", font)
    assert (style["heading_font_family"], style["heading_font_file"]) == ("Arial", bold)
    assert (style["base_size_pt"], style["min_size_pt"]) == (22, 22)  # never below 22 pt


# --- templates -------------------------------------------------------------------------------


def make_template(folder: Path, *, drop: tuple[str, ...] = (), width: int = 12192000) -> Path:
    prs = Presentation()  # python-pptx's default template has PowerPoint's standard layouts
    prs.slide_width, prs.slide_height = width, 6858000
    for name in drop:
        prs.slide_layouts.remove(prs.slide_layouts.get_by_name(name))
    folder.mkdir(parents=True, exist_ok=True)
    prs.save(folder / "template.pptx")
    return folder / "template.pptx"


def test_a_complete_template_has_no_problems(tmp_path: Path) -> None:
    folder = tmp_path / "agency"
    make_template(folder)
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    assert theme.template == folder / "template.pptx"
    assert check_template(theme) == []
    assert check_template(load_theme("default")) == []
    prs = Presentation(str(theme.template))
    layout = find_layout(prs, theme, "content")
    assert layout.name == "Title and Content"
    assert find_placeholder(layout, theme, "body").placeholder_format.idx == 1
    assert template_summary(theme.template)[1] == (
        "Title and Content: 'Title 1' (title), 'Content Placeholder 2' (object), "
        "'Date Placeholder 3' (date), 'Footer Placeholder 4' (footer), "
        "'Slide Number Placeholder 5' (slide number)"
    )


def test_a_template_lacking_a_layout_falls_back_with_a_warning(tmp_path: Path) -> None:
    make_template(tmp_path / "agency", drop=("Section Header",))
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    problems = check_template(theme)
    assert [(p.severity, p.path, p.message) for p in problems] == [
        (
            "warning",
            "layouts.section",
            "the template has no layout for section slides (a title and at most one text "
            "placeholder): they use 'Title Only'",
        )
    ]
    assert 'map it in theme.yaml (layouts: {section: "…"})' in problems[0].hint
    assert "'Title Slide'" in problems[0].hint
    prs = Presentation(str(theme.template))
    assert choose_layout(prs, theme, "section").fallback is not None
    assert find_layout(prs, theme, "section").name == "Title Only"


def test_layouts_are_found_by_their_placeholders_in_any_language(tmp_path: Path) -> None:
    path = make_template(tmp_path / "agency")
    prs = Presentation(str(path))
    names = {
        "Title Slide": "Trang bìa",
        "Section Header": "Đầu chương",
        "Title and Content": "Tiêu đề và nội dung",
        "Title Only": "Chỉ có tiêu đề",
        "Blank": "Trang trống",
    }
    for layout in prs.slide_layouts:
        layout.name = names.get(layout.name, layout.name)
    prs.save(path)
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    prs = Presentation(str(path))
    chosen = {r: find_layout(prs, theme, r).name for r in LAYOUT_ROLES}
    assert chosen == {
        "title": "Trang bìa",
        "section": "Đầu chương",
        "content": "Tiêu đề và nội dung",
        "title_only": "Chỉ có tiêu đề",
        "figure": "Tiêu đề và nội dung",
        "closing": "Trang bìa",
        "blank": "Trang trống",
    }
    assert check_template(theme) == []


def test_figures_take_the_content_layout_else_title_only_s_with_no_new_warning(
    tmp_path: Path,
) -> None:
    """Charts, tables and pictures (the ``figure`` role) go on the layout with a content
    placeholder; a template with none, or a theme that maps ``title_only`` but not ``figure``,
    keeps them on title_only's layout, with the warnings it had before ``figure`` existed."""
    make_template(tmp_path / "agency")
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    prs = Presentation(str(theme.template))
    choice = choose_layout(prs, theme, "figure")
    assert (choice.layout.name, choice.role, choice.fallback) == (
        "Title and Content",
        "figure",
        None,
    )
    write_theme(tmp_path, "mapped", "extends: agency\n"
                "layouts: {title_only: Two Content}\n")  # fmt: skip
    mapped = load_theme("mapped", [tmp_path])
    assert find_layout(prs, mapped, "figure").name == "Two Content"  # title_only's, as before
    write_theme(tmp_path, "both", "extends: agency\n"
                "layouts: {title_only: Two Content, figure: Picture with Caption}\n")  # fmt: skip
    assert find_layout(prs, load_theme("both", [tmp_path]), "figure").name == (
        "Picture with Caption"
    )
    write_theme(tmp_path, "wrong", "extends: agency\n"
                "layouts: {figure: Biểu đồ}\n")  # fmt: skip
    assert [(p.severity, p.message) for p in check_template(load_theme("wrong", [tmp_path]))] == [
        ("error", "the template has no layout named 'Biểu đồ' (for chart, table and picture "
         "slides)")
    ]  # fmt: skip

    content = ("Title and Content", "Two Content", "Comparison", "Content with Caption",
               "Picture with Caption")  # fmt: skip
    bare = tmp_path / "bare"
    make_template(bare, drop=content)
    write_theme(tmp_path, "bare", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("bare", [tmp_path])
    prs = Presentation(str(theme.template))
    assert choose_layout(prs, theme, "figure") == choose_layout(prs, theme, "title_only")
    assert not any("chart, table and picture" in p.message for p in check_template(theme))


def test_mapping_a_layout_fixes_it_and_a_bad_mapping_is_located(tmp_path: Path) -> None:
    make_template(tmp_path / "agency", drop=("Section Header",))
    write_theme(
        tmp_path,
        "agency",
        "extends: default\ntemplate: template.pptx\n"
        "layouts: {section: title only, closing: Kết thúc}\nplaceholders: {subtitle: Chú thích}\n",
    )
    problems = check_template(load_theme("agency", [tmp_path]))
    assert [(p.severity, p.location.line, p.message) for p in problems] == [
        ("warning", 4, "layout 'Title Slide' has no placeholder named 'Chú thích' "
         "(for title slides)"),
        ("error", 3, "the template has no layout named 'Kết thúc' (for closing slides)"),
    ]  # fmt: skip


def test_a_template_gives_its_slide_size_unless_the_theme_names_one(tmp_path: Path) -> None:
    make_template(tmp_path / "agency", width=9144000)
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    assert (theme.size, theme.width_emu, theme.height_emu) == ("4:3", 9144000, 6858000)
    assert check_template(theme) == []
    write_theme(tmp_path, "agency", 'extends: default\ntemplate: template.pptx\nsize: "16:9"\n')
    (problem,) = check_template(load_theme("agency", [tmp_path]))
    assert problem.message == (
        "the template's slides are 10 × 7.5 in (4:3), but the theme's size is 16:9"
    )
    assert problem.hint.startswith('set size: "4:3" in theme.yaml')


def test_a_custom_slide_size_is_kept(tmp_path: Path) -> None:
    make_template(tmp_path / "agency", width=11887200)  # 13 × 7.5 in: neither 16:9 nor 4:3
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    assert (theme.size, theme.width_emu, theme.height_emu) == ("16:9", 11887200, 6858000)
    assert check_template(theme) == []


@pytest.mark.render
def test_a_template_made_in_libreoffice_lacks_section_header(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing")
        pytest.skip("LibreOffice (soffice) is not installed")
    source = make_template(tmp_path / "src")
    profile = f"file://{tmp_path / 'lo-profile'}"
    # LibreOffice rewrites the masters and layouts in its own way, as in a template made in it
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pptx",
         "--outdir", str(tmp_path / "agency"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    write_theme(tmp_path, "agency", "extends: default\ntemplate: template.pptx\n")
    theme = load_theme("agency", [tmp_path])
    # LibreOffice's 16:9 is 28 × 15.75 cm: slides are laid out on the template's own size
    assert abs(theme.width_emu - 10080000) < 1000  # 28 cm, not PowerPoint's 13.333 in
    assert abs(theme.height_emu - 5670000) < 1000
    problems = check_template(theme)
    assert [p.message for p in problems if p.severity == "error"] == []
    prs = Presentation(str(theme.template))
    # LibreOffice renames the layouts ("Title, Content") and keeps no section layout
    assert find_layout(prs, theme, "content").name == "Title, Content"
    assert find_layout(prs, theme, "section").name == "Title Slide"
    assert any(p.path == "layouts.section" and p.severity == "warning" for p in problems)
    write_theme(
        tmp_path,
        "agency",
        "extends: default\ntemplate: template.pptx\nlayouts: {section: Title Only}\n",
    )
    assert [
        p for p in check_template(load_theme("agency", [tmp_path])) if p.severity == "error"
    ] == []


def test_every_theme_key_is_documented() -> None:
    from deckmaker.theme.loader import _SUBKEYS, _TOP_KEYS

    docs = (REPO / "docs" / "themes.md").read_text(encoding="utf-8")
    missing = [k for k in _TOP_KEYS if f"| `{k}` |" not in docs and f"| `{k}." not in docs]
    missing += [
        f"{section}.{key}"
        for section, keys in _SUBKEYS.items()
        for key in keys
        if f"| `{key}` |" not in docs and f"| `{section}.{key}` |" not in docs
    ]
    assert missing == []


@pytest.mark.parametrize("name", [n for n, _, _ in list_themes([REPO / "themes"])])
def test_chart_colours_stand_out_from_the_background(name: str) -> None:
    """WCAG 1.4.11: graphics need 3:1 against what surrounds them."""
    theme = load_theme(name, [REPO / "themes"])
    for colour in theme.colors.chart:
        assert contrast_ratio(colour, theme.colors.background) >= 3.0, colour


def test_themes_check_fails_on_a_kpi_value_that_fades_into_its_card(tmp_path):
    from click.testing import CliRunner

    from deckmaker.cli import main

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "theme.yaml").write_text(
        'extends: default\ncolors:\n  accent: "#B0B0B0"\n  surface: "#EEEEEE"\n', "utf-8"
    )
    assert contrast_ratio("#B0B0B0", "#EEEEEE") < 2.0
    result = CliRunner().invoke(main, ["themes", "check", str(bad)])
    assert result.exit_code == 1
    assert "theme.yaml:3:" in result.output  # located at the accent colour
    assert "KPI value on its card" in result.output and "1.9:1" in result.output


@pytest.mark.parametrize("name", ["default", "co-do", "tuong-phan"])
def test_every_builtin_theme_has_the_contrast_its_texts_need(name):
    from deckmaker.theme.contrast import check_contrast, contrasts

    theme = load_theme(name)
    assert check_contrast(theme) == []
    body = [c for c in contrasts(theme.colors) if not c.pair.large]
    assert body and all(c.ratio >= 4.5 for c in body)


# --- every text box at 4.5:1 (issue 12) ------------------------------------------------------


def test_a_colour_under_4_5_is_drawn_in_its_nearest_tone_that_reads() -> None:
    from deckmaker.theme.model import readable_tone

    assert readable_tone("#1F2933", ("#FFFFFF",)) == "#1F2933"  # it reads: kept
    tone = readable_tone("#C75B12", ("#EEF3F9",))  # the default KPI value on its card, 3.8:1
    assert contrast_ratio(tone, "#EEF3F9") >= 4.5
    assert tone != "#C75B12" and int(tone[1:3], 16) > int(tone[3:5], 16)  # still an orange
    light = readable_tone("#1B4F8A", ("#C00000",))  # dark blue on a red band: lighter
    assert contrast_ratio(light, "#C00000") >= 4.5
    assert contrast_ratio(light, "#000000") > contrast_ratio("#1B4F8A", "#000000")


@pytest.mark.parametrize("name", BUILTINS)
def test_themes_check_holds_large_text_to_4_5_by_its_tone(name: str) -> None:
    """KPI values and titles are large text: under 3:1 an error (WCAG), between 3:1 and 4.5:1
    drawn in a tone that reaches 4.5:1, and the check says the tone."""
    from deckmaker.theme.contrast import contrasts

    for c in contrasts(load_theme(name).colors):
        assert c.ok
        if c.ratio < 4.5:
            assert c.pair.large and c.drawn and c.drawn_ratio >= 4.5, c
