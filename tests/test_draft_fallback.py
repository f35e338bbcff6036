"""`deckmaker draft` without pyvi, the values it writes, and its --slides default."""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from deckmaker.cli.project import draft as draft_command
from deckmaker.draft import DEFAULT_SLIDES, draft, quantities
from deckmaker.draft.figures import find_figures
from deckmaker.draft.writer import figures_yaml, number
from deckmaker.figures.model import format_figure
from deckmaker.figures.sources import load_figures

EVAL = Path(__file__).parent / "fixtures" / "draft-eval"
TEXT = "Toàn tỉnh có 215 cửa hàng tiện lợi; tiếp nhận 179 đơn thư khiếu nại."


@pytest.fixture
def without_pyvi(monkeypatch):
    """pyvi not installed: its import fails, as on a machine without it."""
    quantities._pyvi.cache_clear()
    monkeypatch.setitem(sys.modules, "pyvi", None)
    yield
    quantities._pyvi.cache_clear()


def _units(text: str) -> list[tuple[int, str | None]]:
    return [(int(f.value), f.unit) for f in find_figures(text)]


def test_counted_nouns_with_pyvi_take_the_whole_compound():
    quantities._pyvi.cache_clear()
    assert quantities._pyvi() is not None
    assert _units(TEXT) == [(215, "cửa hàng"), (179, "đơn thư")]


def test_without_pyvi_the_first_syllable_is_the_unit(without_pyvi):
    assert quantities._pyvi() is None
    assert _units(TEXT) == [(215, "cửa"), (179, "đơn")]
    # the rest of the extractor does not depend on pyvi
    result = draft(EVAL / "tiengiang-nq-dutoan-2006.txt")
    assert len(result.deck.figures) >= 40
    assert any(f.unit == "tỷ đồng" for f in result.deck.figures)


def test_drafted_values_read_back_unambiguously(tmp_path):
    """'105,000 tỷ đồng' is 105: written ``105``, not ``105.000``, which the figures reader
    refuses as ambiguous (105 or 105000); '335,882 tỷ đồng' is written ``"335,882"`` (the file
    writes its decimals the Vietnamese way), not ``335.8820``, which the slide showed as
    "335,8820 tỷ đồng". Read back by the figures reader: no problem, every value as drafted."""
    result = draft(EVAL / "tiengiang-nq-dutoan-2006.txt")
    text, _ = figures_yaml(result.deck.figures)
    assert "  value: 105\n" in text
    assert '  value: "335,882"\n' in text
    (tmp_path / "figures.yaml").write_text(text, encoding="utf-8")
    warnings: list = []
    figures = load_figures(tmp_path / "figures.yaml", warnings)
    assert warnings == []
    drafted = {f.key: f.value for f in result.deck.figures}
    assert {key: fig.value for key, fig in figures.items()} == drafted
    shown = {format_figure(fig) for fig in figures.values()}
    assert "335,882 tỷ đồng" in shown
    assert not any(re.search(r",[0-9]{3}0\b", s) for s in shown), shown


def test_three_decimals_alone_keep_yaml_numbers():
    """With no other decimal to show the file is Vietnamese, a quoted "6,059" would itself be
    ambiguous: the value stays a YAML number with a fourth decimal (6.0590)."""
    assert number(Decimal("6.059"), vietnamese=False) == "6.0590"
    assert number(Decimal("6.059"), vietnamese=True) == '"6,059"'
    assert number((Decimal("7.5"), Decimal(8)), vietnamese=True) == '["7,5", 8]'


def test_glued_and_out_of_numbers():
    """'chế tạotăng1,36%' (a portal's missing space), '23/27 ngành', 'tàu 40.000 DWT'."""
    result = draft(EVAL / "dongnai-ktxh-thang10-2022.txt")
    values = [(float(f.value), f.unit) for f in result.deck.figures]
    assert (1.36, "%") in values and (0.42, "%") in values
    assert (23.0, "ngành") in [(v, (u or "").split()[0]) for v, u in values]
    assert _units("bảo đảm cho tàu 40.000 DWT có thể vào cảng") == [(40000, "DWT")]


def test_slides_default_is_the_library_constant():
    option = next(p for p in draft_command.params if p.name == "slides")
    assert option.default == DEFAULT_SLIDES
