"""``deckmaker figures`` and ``deckmaker diff``: what a deck's figures are and what changed."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from deckmaker.cli import main
from deckmaker.figures import format_figure, load_figures

from .conftest import FIXTURES, ROOT, SAMPLE

E2E = FIXTURES / "e2e"


@pytest.fixture
def run(monkeypatch):
    """Runs the CLI from the repository root, so paths in messages are pinned."""
    monkeypatch.chdir(ROOT)

    def invoke(*args: str):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_figures_lists_every_sample_figure_with_its_value_and_slides(run):
    result = run("figures", SAMPLE)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    figures = load_figures(SAMPLE / "figures.yaml")
    assert len(figures) == 121
    rows = {line.split()[0]: line for line in lines[:-1]}
    assert list(rows) == list(figures)
    for key, fig in figures.items():
        assert f"{fig.label}: {format_figure(fig, 'vi')}" in rows[key]
        assert re.search(r"— slides? \d+(, \d+)*$", rows[key]), rows[key]
    assert lines[-1] == "121 figures, 0 unused, 0 undefined"
    assert rows["grdp_growth"].endswith(
        "Tăng trưởng GRDP: 10,05%  — slides 12, 15, 16, 33, 36"
    )  # after the agenda (2)
    assert "(KH 112 triệu đồng)" in rows["grdp_per_capita"]


def test_figures_flags_the_unused(run):
    result = run("figures", E2E / "report")
    assert result.exit_code == 0
    assert result.output == (
        "grdp_growth        Tăng trưởng GRDP: 10,05% (KH 8%)  — slides 3, 4\n"
        "grdp_growth_2022   Tăng trưởng GRDP năm 2022: 9,31%  — UNUSED\n"
        "iip_growth         Chỉ số sản xuất công nghiệp: 6,35%  — slide 4\n"
        "trade_growth       Thương mại - dịch vụ: 15,23%  — UNUSED\n"
        "exports            Kim ngạch xuất khẩu: 5,8 tỷ USD (KH 7 tỷ USD)  — slide 3\n"
        "budget             Thu ngân sách: 33.100 tỷ đồng (KH 22.893 tỷ đồng)  — UNUSED\n"
        "target             Mục tiêu GRDP 2024: 7,5–8%  — UNUSED\n"
        "share_industry     Công nghiệp - xây dựng: 61,7%  — UNUSED\n"
        "share_services     Thương mại - dịch vụ: 31,3%  — UNUSED\n"
        "share_agriculture  Nông nghiệp - thủy sản: 7,0%  — UNUSED\n"
        "10 figures, 7 unused, 0 undefined\n"
    )


def test_figures_names_each_use_of_the_full_e2e_deck(run):
    result = run("figures", E2E)
    assert result.exit_code == 0
    assert "grdp_growth        Tăng trưởng GRDP: 10,05% (KH 8%)  — slides 3, 4, 7, 8, 10\n" in (
        result.output
    )
    assert result.output.endswith("10 figures, 0 unused, 0 undefined\n")


def test_figures_exits_1_on_a_figure_used_but_undefined(run):
    result = run("figures", E2E / "undefined")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == ("grdp_growth        Tăng trưởng GRDP: 10,05% (KH 8%)  — used")
    assert lines[1] == "grdp_growth_2022   Tăng trưởng GRDP năm 2022: 9,31%  — UNUSED"
    assert lines[-5:] == [
        "tests/fixtures/e2e/undefined/outline.yaml:10:19: error: unknown figure 'fdi_total' "
        "in tests/fixtures/e2e/figures.yaml",
        "  at: section 1, slide 1, bullet 1",
        "  hint: no figure's key or label is close: `deckmaker figures OUTLINE` lists them all",
        "slide numbers are shown once every figure used is defined",
        "10 figures, 9 unused, 1 undefined",
    ]


DIFF = E2E / "diff"


def test_diff_names_what_changed_from_what_to_what_and_where(run):
    result = run("diff", DIFF / "old.yaml", DIFF / "new.yaml", "--outline", E2E)
    assert result.exit_code == 0
    assert result.output == (
        "~ grdp_growth  Tăng trưởng GRDP: 10,05% (KH 8%) → 10,2% (KH 8%)"
        "  — slides 3, 4, 7, 8, 10\n"
        "~ budget  Thu ngân sách: 33.100 tỷ đồng (KH 22.893 tỷ đồng)"
        " → 33.100 tỷ đồng (KH 25.000 tỷ đồng)  — slides 5, 8, 10\n"
        "- target  Mục tiêu GRDP 2024: 7,5–8%  — slides 8, 10 (still used: define it again)\n"
        "+ fdi  Vốn FDI thu hút: 1,2 tỷ USD\n"
        "4 figure(s) changed; re-read slides 3, 4, 5, 7, 8, 10\n"
    )


def test_diff_without_an_outline_names_no_slides(run):
    result = run("diff", DIFF / "old.yaml", DIFF / "new.yaml")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "~ grdp_growth  Tăng trưởng GRDP: 10,05% (KH 8%) → 10,2% (KH 8%)",
        "~ budget  Thu ngân sách: 33.100 tỷ đồng (KH 22.893 tỷ đồng)"
        " → 33.100 tỷ đồng (KH 25.000 tỷ đồng)",
        "- target  Mục tiêu GRDP 2024: 7,5–8%",
        "+ fdi  Vốn FDI thu hút: 1,2 tỷ USD",
        "4 figure(s) changed; give --outline to see which slides to re-read",
    ]


def test_diff_of_the_same_file_changes_nothing(run):
    result = run("diff", DIFF / "old.yaml", E2E / "figures.yaml", "--outline", E2E)
    assert result.exit_code == 0
    assert result.output == "no figure changed\n"


def test_diff_of_two_outlines_compares_their_figures_files(run, tmp_path):
    for name, figures in (("old", "old.yaml"), ("new", "new.yaml")):
        deck = tmp_path / name
        deck.mkdir()
        text = (E2E / "outline.yaml").read_text(encoding="utf-8")
        text = text.replace("figures: figures.yaml", f"figures: {DIFF / figures}")
        # the new deck no longer quotes the 2024 target, so it builds with the new figures
        if name == "new":
            text = re.sub(r"\n *- figure: target", "", text.replace('"{target}"', '"7,5–8%"'))
        (deck / "outline.yaml").write_text(text, encoding="utf-8")
    result = run("diff", tmp_path / "old", tmp_path / "new")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith("10,05% (KH 8%) → 10,2% (KH 8%)  — slides 3, 4, 7, 8, 10")
    assert lines[2] == "- target  Mục tiêu GRDP 2024: 7,5–8%"
    assert lines[-1] == "4 figure(s) changed; re-read slides 3, 4, 5, 7, 8, 10"


def test_diff_of_an_outline_without_figures_is_an_error(run, tmp_path):
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "outline.yaml").write_text(
        "deck: {title: T}\nsections: [{title: S, slides: [{title: A, bullets: [x]}]}]\n",
        encoding="utf-8",
    )
    result = run("diff", deck, deck)
    assert result.exit_code == 1
    assert "the outline names no figures file" in result.output
