"""What a drafted deck states of its numbers is what the source says (R18's defect 1, issue 15):
'vượt X% kế hoạch' is an excess over the plan, never X% of it; a figure of '6 tháng đầu năm'
keeps that period; a share 'chiếm X%' is named a share. Read back from real documents of the
evaluation set (tests/fixtures/draft-eval/), drafted whole."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from deckmaker.draft import draft

EVAL = Path(__file__).parent / "fixtures" / "draft-eval"
_EXCESS = re.compile(
    r"vượt\s+(?:mức\s+|khoảng\s+|gần\s+|trên\s+)?(\d[\d.,]*)\s*%\s*(?:so\s+(?:với\s+)?)?"
    r"(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|KH\b)"
)
_ATTAINED = re.compile(r"(?:đạt|bằng)\s+(?:\S+\s+)?(\d[\d.,]*)\s*%")
# a label that reads its number as a share of the plan
_OF_PLAN = re.compile(r"\(so với|\bso(?: với)? (?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)", re.I)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


@cache
def _drafted(name: str):
    return draft(EVAL / f"{name}.txt")


def _excesses(text: str) -> set:
    """The excesses over a plan the text states, but a value it also states as attained ('đạt
    21,3%'), which could be either: not judged."""
    excesses = {_number(m.group(1)) for m in _EXCESS.finditer(text)}
    return excesses - {_number(m.group(1)) for m in _ATTAINED.finditer(text)}


def _excess_documents() -> list[str]:
    # (aj-vinhphuc's one excess, '11/16 khoản thu nội địa đạt và vượt 50% dự toán', is a
    # threshold also said as attained, 'không đạt 50% dự toán': nothing of it to judge)
    return sorted(p.stem for p in EVAL.glob("*.txt") if _excesses(p.read_text("utf-8")))


def test_the_set_has_documents_that_state_excesses_over_a_plan():
    assert len(_excess_documents()) >= 6  # the test below reads real documents, not none


@pytest.mark.parametrize("name", _excess_documents())
def test_no_excess_over_a_plan_is_drafted_as_a_share_of_the_plan_below_100(name):
    text = (EVAL / f"{name}.txt").read_text("utf-8")
    excesses = _excesses(text)
    result = _drafted(name)
    figures = {f.key: f for f in result.deck.figures}
    judged = [
        f
        for f in figures.values()
        if f.unit == "%" and isinstance(f.value, Decimal) and f.value in excesses
    ]
    assert judged, f"{name}: no drafted figure of the excesses {sorted(excesses)}"
    for f in judged:
        if f.value < 100:
            assert not _OF_PLAN.search(f.label), (name, f.key, f.label, f.value)
    # nor is one drawn among the shares of a plan: a chart of '% kế hoạch'
    for sec in result.deck.sections:
        for slide in sec.slides:
            if slide.chart is None or "kế hoạch" not in slide.chart.title:
                continue
            for key in slide.chart.figures:
                f = figures[key]
                assert not (f in judged and f.value < 100), (name, slide.chart.title, f.label)


def test_camau_fund_over_its_plan_reads_as_an_excess():
    # '… Quỹ Đền ơn đáp nghĩa được 12.375,3/10.200 triệu đồng, vượt 21,3% kế hoạch': R18 saw a
    # chart of a fund at a fifth of its plan
    figures = _drafted("camau-kh-taichinh-2026").deck.figures
    (fund,) = [f for f in figures if f.unit == "%" and f.value == Decimal("21.3")]
    assert fund.label.endswith("vượt kế hoạch") and fund.label.startswith("Vận động Quỹ")


def test_a_half_year_figure_keeps_its_period_on_its_card_and_label():
    # '6 tháng đầu năm thu hoạch 574.341 tấn, đạt 45,2% kế hoạch': a card showed '2025'
    result = _drafted("camau-kh-taichinh-2026")
    figures = {f.key: f for f in result.deck.figures}
    half = [f for f in figures.values() if f.value in (Decimal(574341), Decimal("45.2"))]
    assert len(half) == 2
    for f in half:
        assert f.period == "6 tháng đầu năm 2025", f  # what a card shows beside the label
    # (the label says it too where it stays short enough for a card: truth.PERIOD_WORDS)
    # nor is one drawn among the year's results: R18 saw 45,2% of plan among 100%s
    for sec in result.deck.sections:
        for slide in sec.slides:
            if slide.chart is not None:
                keys = set(slide.chart.figures)
                periods = {figures[k].period for k in keys}
                assert len(periods) == 1 or not keys & {f.key for f in half}, slide.chart


def test_a_share_of_a_whole_is_named_a_share():
    # 'trong đó: Khu vực nông, lâm nghiệp và thuỷ sản chiếm 34,86%, công nghiệp - xây dựng
    # chiếm 24,23% và dịch vụ chiếm 36,49% trong GRDP': a card showed '24,23% · Công nghiệp -
    # xây dựng', read as a growth rate
    figures = _drafted("camau-kh-taichinh-2026").deck.figures
    shares = {
        str(f.value): f.label
        for f in figures
        if f.unit == "%" and str(f.value) in ("34.86", "24.23", "36.49")
    }
    assert shares == {
        "34.86": "Tỷ trọng khu vực nông, lâm nghiệp và thuỷ sản",
        "24.23": "Tỷ trọng công nghiệp - xây dựng",
        "36.49": "Tỷ trọng dịch vụ",
    }
