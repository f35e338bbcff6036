"""Issue 14, review R13 of the sample deck (text setting): a run of tables starts its tables at
one height, a dash that joins two parts never ends a line, section titles take two lines, the
lists alone in a section share one size. The decks are built and read back with python-pptx,
or planned."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.measure import TextMeasurer
from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.units import EMU_PER_PT

from .conftest import SAMPLE

BUILTIN = ["default", "co-do", "tuong-phan"]


@pytest.fixture(scope="module")
def decks(built_decks):
    return built_decks


def _measurer(theme: str) -> TextMeasurer:
    return TextMeasurer(resolve_font(load_theme(theme).fonts.body).path)


def _table_tops(path: Path) -> list[int]:
    return [
        next(sh for sh in s.shapes if sh.has_table).top
        for s in Presentation(str(path)).slides
        if any(sh.has_table for sh in s.shapes)
    ]


@pytest.mark.parametrize("theme", BUILTIN)
def test_a_run_of_tables_starts_its_tables_at_one_height(decks, theme):
    """R13: tuong-phan 38 and 41, whose titles take two lines, started their tables about
    35 pt under the six others of the run: the run's tables start under its tallest title."""
    tops = _table_tops(decks(SAMPLE, theme))
    assert len(tops) >= 8
    assert len(set(tops)) == 1, [round(t / EMU_PER_PT) for t in tops]


def test_a_run_with_one_long_title_keeps_its_tables_at_one_height(tmp_path):
    """The same in an outline of three tables, the second under a title of two lines."""
    long = "Các chỉ tiêu chủ yếu về phát triển nông nghiệp, nông thôn và xây dựng nông thôn mới"
    lines = ["deck:", "  title: Báo cáo", "sections:", "  - title: Phần một", "    slides:"]
    for i, title in enumerate(["Chỉ tiêu kinh tế", long, "Chỉ tiêu xã hội"]):
        lines += [
            f"      - title: {title}",
            "        table:",
            "          columns: [Chỉ tiêu, Năm 2023, Kế hoạch 2024]",
            "          rows:",
            f"            - [Chỉ tiêu thứ {i + 1}, '12,5%', '13%']",
            f"            - [Chỉ tiêu khác {i + 1}, '4.200 tỷ đồng', '4.500 tỷ đồng']",
        ]
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "outline.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    path = build_deck(tmp_path / "o", tmp_path / "o.pptx", theme="tuong-phan").path
    titles = [s.shapes.title.text for s in Presentation(str(path)).slides if s.shapes.title]
    assert any("\v" in t or "\n" in t for t in titles), titles  # the long title wraps
    tops = _table_tops(path)
    assert len(tops) == 3 and len(set(tops)) == 1, tops


def _sections(outline: Path, theme: str) -> list:
    from deckmaker.layout.model import TextBox
    from deckmaker.pipeline import load_inputs, plan

    out = []
    for s in plan(load_inputs(outline, theme)):
        if s.kind == "section":
            named = {e.name: e for e in s.elements if getattr(e, "name", "")}
            title = named["Title"]
            assert isinstance(title, TextBox)
            text = title.paras[0].text
            out.append((text.count("\n") + text.count("\v") + 1, named["Section Rule"].box.x))
    return out


@pytest.mark.parametrize("theme", BUILTIN)
def test_section_titles_take_two_lines_beside_a_number_column_one_deck_wide(theme, tmp_path):
    """R13: "Thời cơ, thách thức / và nhiệm vụ, / giải pháp năm 2024" (default and tuong-phan
    29, 51, 55): three lines with a short one in the middle, where a title column a little
    wider (the number beside it a little smaller) sets two. The rule stays at one place on
    every section slide of a deck. The sample, and an outline of long section titles."""
    long = [
        "Thời cơ, thách thức và nhiệm vụ, giải pháp năm 2024",
        "Đẩy mạnh chuyển đổi số, cải cách hành chính năm 2024",
        "Tiếp tục tuyên truyền các nghị quyết, chỉ thị, kết luận",
        "Kết quả",
    ]
    lines = ["deck:", "  title: Báo cáo", "sections:"]
    for i, title in enumerate(long):
        lines += [f"  - title: {title}", "    slides:", f"      - title: Trang {i + 1}"]
        lines += ["        bullets: [Một ý]"]
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "outline.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    for outline in (SAMPLE / "outline.yaml", tmp_path / "o" / "outline.yaml"):
        got = _sections(outline, theme)
        assert len(got) >= 4
        assert max(n for n, _ in got) <= 2, got
        assert len({x for _, x in got}) == 1, got


def _body_sizes(outline: Path, theme: str) -> list[tuple[str, set[float]]]:
    from deckmaker.layout.model import TextBox
    from deckmaker.pipeline import load_inputs, plan

    return [
        (
            s.title,
            {
                p.size_pt
                for e in s.elements
                if isinstance(e, TextBox) and e.name.startswith("Body")
                for p in e.paras
            },
        )
        for s in plan(load_inputs(outline, theme))
        if s.kind == "bullets"
    ]


def test_lists_alone_in_a_section_share_one_size():
    """R13: slide 59 at 30 pt after 29 on 56 in tuong-phan (28 and 29 after 26 in default and
    co-do), two short lists of one section that both grow past the body size, apart (a chart
    and a quote between them): a list alone is no larger than another list alone of its
    section, unless it would then fill less than ``bullets.RUN_FILL`` of its slide (default's
    and co-do's four one-line bullets at 26 pt: the rule that a short list uses its slide
    wins, tools/design_sweep.py's half)."""
    sizes = dict(_body_sizes(SAMPLE / "outline.yaml", "tuong-phan"))
    assert max(sizes["Phong trào thi đua yêu nước"]) == max(sizes["Phản ánh thực tiễn"])
