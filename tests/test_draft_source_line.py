"""The copier's source line above a text ('# source: https://…'), drafted from the file as a
user has it: an address kept whole for the notes, never a title, a bullet or a figure, and never
run into the text's first line (documents of tests/fixtures/draft-eval/ as they are stored)."""

from __future__ import annotations

import re

import pytest

from deckmaker.draft import draft

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # an address with '%C4%91' in it, which was split as a number glued to a word
        ("af-sonlang-chitieu-2025", "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)"),
        ("ninhgiang-bc-ktxh-9thang-2023", None),
        # the text's first line ran into the source line ('… .html CHỈ THỊ' the title)
        ("ct-ttg-tangtruong-2025", None),
        ("ta-vpcp-tbkl-giaothong-2025", None),
    ],
)
def test_the_source_line_is_no_title_bullet_or_figure(name, title):
    result = draft(EVAL / f"{name}.txt")
    deck_title = re.search(r"(?m)^  title: (.+)$", result.outline_yaml)
    assert deck_title is not None
    assert "http" not in deck_title.group(1)
    if title is not None:
        assert deck_title.group(1) == title
    assert not [f.key for f in result.deck.figures if f.key.startswith("source")]
    assert not re.search(r"(?m)^ +- \"?Source:", result.outline_yaml)
    address = (EVAL / f"{name}.txt").read_text(encoding="utf-8").split()[2]
    assert address in result.outline_yaml  # (whole, in the notes)
