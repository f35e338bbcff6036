"""h44g: drafted decks as a presenter builds them (issue 15's composition debts), each on a real
document of the evaluation set (tests/fixtures/draft-eval/, batch AR and older)."""

from __future__ import annotations

import re

import pytest
import yaml
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main
from deckmaker.draft import draft
from deckmaker.outline import load_outline

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"


def _document(tmp_path, name: str):
    """The evaluation document without its copier's '#' lines (as the evaluation reads it)."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
    return path


def _dividers(deck) -> list:
    return [s for s in deck.slides if any(sh.name == "Section Number" for sh in s.shapes)]


# --- a one-section draft opens on its slides, with no 'PHẦN 1' divider ----------------------


@pytest.mark.parametrize(
    "name", ["ar-namdinh-bc-nongnghiep-6thang-2016", "ar-binhdinh-kh-giamngheo-2015"]
)
def test_a_one_section_draft_has_no_divider_slide(tmp_path, name):
    result = draft(_document(tmp_path, name))
    outline = yaml.safe_load(result.outline_yaml)
    assert len(outline["sections"]) == 1
    assert outline["sections"][0]["divider"] is False
    # the built deck counted as the summary says: title, content, closing, no divider
    slides = sum(len(s["slides"]) for s in outline["sections"])
    assert f"({slides + 2} in the built deck)" in result.summary


def test_a_deck_of_several_sections_keeps_its_dividers(tmp_path):
    result = draft(_document(tmp_path, "ar-locphat-thpt-namhoc-2013"))
    outline = yaml.safe_load(result.outline_yaml)
    assert len(outline["sections"]) == 2
    assert all("divider" not in s for s in outline["sections"])


@pytest.mark.render
def test_a_one_section_draft_builds_without_a_divider_and_updates(tmp_path, monkeypatch):
    """Drafted, built, a figure changed and the deck updated: the record maps each built slide
    to its outline slide though no divider stands before them (update = a fresh build)."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    document = _document(tmp_path, "ar-namdinh-bc-nongnghiep-6thang-2016")
    assert runner.invoke(main, ["draft", str(document), "-o", "p"]).exit_code == 0
    built = runner.invoke(main, ["build", "p", "-o", "deck.pptx", "--doctor"])
    assert built.exit_code == 0, built.output
    deck = Presentation("deck.pptx")
    assert _dividers(deck) == []
    outline = load_outline(tmp_path / "p" / "outline.yaml")
    assert len(deck.slides) == 2 + sum(len(s.slides) for s in outline.sections)
    figures = tmp_path / "p" / "figures.yaml"
    text = figures.read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^(san_luong_muoi:\n(?:  .*\n)*?  value: )22$", r"\g<1>23", text)
    assert n == 1
    figures.write_text(text, encoding="utf-8")
    r = runner.invoke(main, ["update", "deck.pptx", "p"])
    assert r.exit_code == 0, r.output
    assert re.search(r"(?m)^~ san_luong_muoi ", r.output), r.output
    assert runner.invoke(main, ["build", "p", "-o", "fresh.pptx"]).exit_code == 0
    mine, fresh = Presentation("deck.pptx"), Presentation("fresh.pptx")
    texts = [[sh.text_frame.text for sh in s.shapes if sh.has_text_frame] for s in mine.slides]
    again = [[sh.text_frame.text for sh in s.shapes if sh.has_text_frame] for s in fresh.slides]
    assert texts == again
    assert any("23" in t for slide in texts for t in slide)


OUTLINE = """\
deck:
  title: Báo cáo
sections:
  - title: Kết quả
    divider: {divider}
    slides:
      - title: Nông nghiệp
        bullets: [Lúa xuân ổn định]
  - title: Nhiệm vụ
    slides:
      - title: Năm tới
        bullets: [Giữ ổn định sản xuất]
"""


@pytest.mark.render
def test_divider_false_builds_the_section_without_its_divider(tmp_path):
    runner = CliRunner()
    counts = {}
    for divider in ("true", "false"):
        folder = tmp_path / divider
        folder.mkdir()
        (folder / "outline.yaml").write_text(OUTLINE.format(divider=divider), "utf-8")
        r = runner.invoke(main, ["build", str(folder), "-o", str(folder / "d.pptx")])
        assert r.exit_code == 0, r.output
        deck = Presentation(str(folder / "d.pptx"))
        counts[divider] = (len(deck.slides), len(_dividers(deck)))
        titles = [s.shapes.title.text.replace("\xa0", " ") for s in deck.slides if s.shapes.title]
        assert titles.index("Nông nghiệp") < titles.index("Năm tới")
    assert counts == {"true": (5, 2), "false": (4, 1)}


def test_divider_must_be_true_or_false(tmp_path):
    path = tmp_path / "outline.yaml"
    path.write_text(OUTLINE.format(divider="không"), "utf-8")
    r = CliRunner().invoke(main, ["--lang", "en", "check", str(path)])
    assert r.exit_code != 0
    assert "'divider' must be true or false" in r.output
    assert "Traceback" not in r.output


# --- the deck's title is not read out again as the first bullet under it -------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ar-binhdinh-kh-giamngheo-2015", "ty_le_ho_ngheo_giam"),
        ("ar-trangdinh-kh-ktxh-2021-2025", ""),
        ("ap-tuyenquang-bc-vieclam-2023", "lao_dong_giai_quyet_viec_lam"),
    ],
)
def test_the_headline_is_not_the_first_bullet_under_the_title(tmp_path, name, key):
    result = draft(_document(tmp_path, name))
    outline = yaml.safe_load(result.outline_yaml)
    title = outline["deck"]["title"]
    first = next(s for s in outline["sections"][0]["slides"] if "bullets" in s)
    opening = first["bullets"][0]
    opening = opening if isinstance(opening, str) else opening["text"]
    words = re.sub(r"\{\w+\}", "", opening).split()
    assert words[:5] != title.split()[:5], (title, opening)
    if key:  # its figure is still drafted (the title slide says it)
        assert f"\n{key}:\n" in result.figures_yaml


# --- a part's lists, announced or led, are cut as every part's bullets are -----------------


def _counts(result, prefix: str) -> list[int]:
    outline = yaml.safe_load(result.outline_yaml)
    slides = [s for sec in outline["sections"] for s in sec["slides"]]
    return [len(s["bullets"]) for s in slides if s["title"].startswith(prefix) and "bullets" in s]


def test_an_announced_list_is_cut_as_a_part_is_the_first_slides_fuller(tmp_path):
    """'11 chỉ tiêu kinh tế gồm:' over eleven items: 6 + 5 (as 13 bullets are 5 + 4 + 4), not the
    5 + 6 that ``_listed_slides`` cut on its own."""
    laocai = draft(_document(tmp_path, "aa-laocai-nq-chitieu-2024"))
    assert _counts(laocai, "11 chỉ tiêu kinh tế") == [6, 5]
    quochoi = draft(_document(tmp_path, "aq-quochoi-nq-kehoach-2021"))
    assert _counts(quochoi, "12 chỉ tiêu chủ yếu") == [5, 4, 4]


# --- the copier's '# source:' line is set apart once: the text is read as without it --------


def test_the_copiers_source_line_changes_nothing_but_the_notes(tmp_path):
    """ar-namdinh as stored, its '# source: http://…' line first, drafts as the evaluation reads
    it (the '#' lines dropped): its chart titled by the period its headline says; the address
    in the opening slide's notes."""
    name = "ar-namdinh-bc-nongnghiep-6thang-2016"
    raw = draft(EVAL / f"{name}.txt")
    plain = draft(_document(tmp_path, name))
    assert "Sản lượng 6 tháng đầu năm 2016 (nghìn tấn)" in raw.outline_yaml
    assert raw.figures_yaml == plain.figures_yaml
    address = "http://www.namdinhtv.vn/kinh-te/san-xuat-nong-nghiep-tren-dia-ban-tinh"
    said = [line for line in raw.outline_yaml.splitlines() if address in line]
    assert said == [f"          source: {address}"]
    without = "\n".join(x for x in raw.outline_yaml.splitlines() if address not in x)
    assert (
        re.sub(r"\n\s*\n", "\n", without).strip()
        == re.sub(r"\n\s*\n", "\n", plain.outline_yaml).strip()
    )


def test_the_title_said_again_is_matched_without_backtracking():
    """A bullet's references each stand for a stretch of the title: matched from the left, not
    by a pattern of one lazy '.*?' a reference (h44r: six references over a 40-comma title took
    a third of a second, each more seven times as long)."""
    from deckmaker.draft.compose import _says_the_title

    title = "Bình Định: Các huyện 30a phấn đấu mỗi năm giảm 4-5% tỷ lệ hộ nghèo"
    assert _says_the_title(
        "Bình Định: Các huyện 30a phấn đấu mỗi năm giảm {x} tỷ lệ hộ nghèo", title
    )
    assert not _says_the_title("Các huyện phấn đấu giảm {x} tỷ lệ hộ nghèo", title)
    assert _says_the_title("A {x}{y} C", "A 12 C")
    assert not _says_the_title("A {x}{y} C", "A 1 C")  # (each reference stands for something)
    long = ", ".join(["x"] * 400) + " tỷ đồng"
    assert not _says_the_title(" , ".join(["{a}"] * 30) + " tỷ", long)  # (returns at once)
