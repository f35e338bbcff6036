"""h45f: a ``divider: false`` section's keys that only its divider slide shows (``subtitle``,
``key_figure``, ``notes``; ``label`` when the deck has no agenda) are warned of at their
outline line, not dropped silently; the agenda still lists the section, numbered by its label."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main

OUTLINE = """\
deck:
  title: Báo cáo kết quả
  language: {lang}
  agenda: {agenda}
  figures: figures.yaml
sections:
  - title: Nông nghiệp
    label: "Chuyên đề 7"
    subtitle: Sáu tháng đầu năm
    key_figure: lua
    divider: false
    notes: Nói kỹ về vụ lúa
    slides:
      - title: Sản xuất
        bullets: [Lúa xuân ổn định]
  - title: Nhiệm vụ
    slides:
      - title: Năm tới
        bullets: [Giữ ổn định sản xuất]
"""
FIGURES = "lua:\n  value: 120\n  unit: nghìn tấn\n  label: Sản lượng lúa\n"


def _build(tmp_path, agenda: str, lang: str = "en"):
    (tmp_path / "outline.yaml").write_text(OUTLINE.format(agenda=agenda, lang=lang), "utf-8")
    (tmp_path / "figures.yaml").write_text(FIGURES, "utf-8")
    out = tmp_path / "d.pptx"
    r = CliRunner().invoke(main, ["--lang", lang, "build", str(tmp_path), "-o", str(out)])
    return r, Presentation(str(out))


def _text_of(slide) -> list[str]:
    return [sh.text_frame.text.replace("\xa0", " ") for sh in slide.shapes if sh.has_text_frame]


def _text(deck) -> list[str]:
    return [t for s in deck.slides for t in _text_of(s)]


@pytest.mark.render
def test_keys_only_the_divider_shows_are_warned_at_their_line(tmp_path):
    r, deck = _build(tmp_path, "false")
    assert r.exit_code == 0, r.output
    out = r.output.replace("\\", "/")
    for line, col, key in ((8, 12, "label"), (9, 15, "subtitle"), (10, 17, "key_figure")):
        assert (
            f"outline.yaml:{line}:{col}: warning: '{key}' is shown only on the section's "
            "divider slide, and 'divider: false' leaves that slide out"
        ) in out, out
        assert f"hint: remove '{key}', or remove 'divider: false' to show it" in out
    assert "outline.yaml:12:12: warning: 'notes' is shown only" in out
    # the deck itself: no divider for the section, and none of those keys on any slide
    texts = " ".join(_text(deck))
    assert "Sáu tháng đầu năm" not in texts and "Chuyên đề" not in texts
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide]
    assert not any("vụ lúa" in n for n in notes)


@pytest.mark.render
def test_with_an_agenda_the_label_numbers_its_line_and_is_not_warned(tmp_path):
    r, deck = _build(tmp_path, "true")
    assert r.exit_code == 0, r.output
    assert "'label' is shown only" not in r.output
    assert "'key_figure' is shown only" in r.output
    agenda = deck.slides[1]
    words = " ".join(_text_of(agenda))
    assert "7\tNông nghiệp" in words and "Nông nghiệp" in words and "Nhiệm vụ" in words


def test_the_warning_is_in_vietnamese_too(tmp_path):
    (tmp_path / "outline.yaml").write_text(OUTLINE.format(agenda="false", lang="vi"), "utf-8")
    (tmp_path / "figures.yaml").write_text(FIGURES, "utf-8")
    r = CliRunner().invoke(main, ["--lang", "vi", "check", str(tmp_path / "outline.yaml")])
    assert "'key_figure' chỉ hiện trên trang mở đầu phần" in r.output, r.output
    assert "Traceback" not in r.output


def test_a_divided_section_keeps_its_keys_unwarned(tmp_path):
    text = OUTLINE.format(agenda="false", lang="en").replace("divider: false", "divider: true")
    (tmp_path / "outline.yaml").write_text(text, "utf-8")
    (tmp_path / "figures.yaml").write_text(FIGURES, "utf-8")
    r = CliRunner().invoke(main, ["--lang", "en", "check", str(tmp_path / "outline.yaml")])
    assert r.exit_code == 0, r.output
    assert "warning" not in r.output


def test_an_empty_label_says_none_and_is_not_warned(tmp_path):
    # (h45r) `label: ""` is the documented "no label": nothing is left out, nothing to warn of
    text = OUTLINE.format(agenda="false", lang="en").replace('label: "Chuyên đề 7"', 'label: ""')
    (tmp_path / "outline.yaml").write_text(text, "utf-8")
    (tmp_path / "figures.yaml").write_text(FIGURES, "utf-8")
    r = CliRunner().invoke(main, ["--lang", "en", "check", str(tmp_path / "outline.yaml")])
    assert "'label' is shown only" not in r.output, r.output
    assert "'subtitle' is shown only" in r.output
