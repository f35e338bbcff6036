"""Drafted charts compare like with like, KPI cards are the headline figures, and a bullet says a
figure in the source's own words (issue 15; R21's defects 3, 5 and 7 on documents the extractor
was never tuned on). Each test drafts a real document of tests/fixtures/draft-eval/."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from deckmaker.draft import DraftResult, draft

from .draft_cases import composed_draft
from .draft_eval import EVAL, _body, kpi_repeats, mixed_charts

DAKNONG = "ya-daknong-lamviec-bocongthuong-2019"
CHINHPHU = "ya-chinhphu-bc-nq57-2025"
BACGIANG = "ya-bacgiang-bc-ktxh-2017"
CAMAU = "camau-kh-taichinh-2026"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, DraftResult]:
    tmp = tmp_path_factory.mktemp("frames")
    return {
        name: draft(_body(EVAL / f"{name}.txt", tmp))
        for name in (DAKNONG, CHINHPHU, BACGIANG, CAMAU)
    }


def _charts(result: DraftResult) -> list[list]:
    """Each drafted chart's bars: the figures it draws."""
    figures = {f.key: f for f in result.deck.figures}
    return [
        [figures[k] for k in sl.chart.figures]
        for sec in result.deck.sections
        for sl in sec.slides
        if sl.chart is not None
    ]


def _cards(result: DraftResult) -> list[list]:
    figures = {f.key: f for f in result.deck.figures}
    return [
        [figures[k] for k in sl.kpis]
        for sec in result.deck.sections
        for sl in sec.slides
        if sl.kpis
    ]


def _values(bars: list) -> set:
    return {f.value for f in bars}


def test_no_chart_sets_a_year_beside_a_quarter_nor_one_label_twice(drafted):
    # 'Tổng mức bán lẻ … năm 2018 đạt 14.641 tỷ đồng' and, in the next sentence, 'Trong quý I
    # năm 2019, tổng mức bán lẻ … 3.802,8 tỷ đồng' were two bars of one chart, labelled alike
    # but for 'hoá'/'hóa', beside the alumin plant's budget payment and its Q1 revenue
    result = drafted[DAKNONG]
    for bars in _charts(result):
        assert not {Decimal("14641"), Decimal("3802.8")} <= _values(bars)
        assert len({f.period for f in bars if f.period}) <= 1, bars
    assert mixed_charts(result.deck) == []


def test_a_forecast_is_no_bar_beside_what_is_done(drafted):
    # '99,3% thôn bản có kết nối băng rộng di động' is done; '03 doanh nghiệp … dự kiến đến hết
    # 2025 số trạm 5G đạt 68.457 trạm (57,5% số trạm 4G), phủ sóng 90% dân số' is foreseen
    for bars in _charts(drafted[CHINHPHU]):
        values = _values(bars)
        if Decimal("99.3") in values:
            assert not values & {Decimal("57.5"), Decimal("90")}, bars


def test_a_total_is_no_bar_beside_its_parts_with_one_missing(drafted):
    # '37 nhiệm vụ' due, '22' done, '13' under way (the 2 overdue no bar): 37 beside 22 and 13
    # reads as one more kind of task
    for bars in _charts(drafted[CHINHPHU]):
        assert not {Decimal("37"), Decimal("22"), Decimal("13")} <= _values(bars), bars


def test_kpi_cards_are_the_headline_figures_each_with_its_period(drafted):
    # Cà Mau 2025: growth 8% and GRDP 172.033 tỷ đồng, not the industry's share 24,23%
    (cards,) = _cards(drafted[CAMAU])
    values = _values(cards)
    assert {Decimal("8"), Decimal("172033")} <= values, cards
    assert Decimal("24.23") not in values
    assert all(f.period for f in cards), cards
    # Đắk Nông: IIP +15,02% among the cards, every card dated
    (cards,) = _cards(drafted[DAKNONG])
    assert Decimal("15.02") in _values(cards)
    assert all(f.period for f in cards), cards


def test_no_kpi_card_shows_a_value_another_card_shows(drafted):
    # '650.000 tấn/năm' capacity and '650.000 tấn' made in 2018: one number twice to a hall
    for result in drafted.values():
        assert kpi_repeats(result.deck) == []
        for cards in _cards(result):
            assert len(_values(cards)) == len(cards)


def test_a_bullet_says_a_figure_in_the_source_words(drafted):
    # 'tỉnh đứng thứ 8/63 về số dự án' is no 'tỉnh đứng 8 hạng'; '629/731 trường' no '629
    # trường/731 trường'; '13/20 nguồn thu' no '13 nguồn thu'
    bacgiang = drafted[BACGIANG].outline_yaml
    assert "tỉnh đứng thứ 8/63 về số dự án" in _bullet_lines(bacgiang)
    camau = _bullet_lines(drafted[CAMAU].outline_yaml)
    assert "13/20 nguồn thu" in camau
    assert "629/" in camau and "629 trường/" not in camau


def _bullet_lines(outline: str) -> str:
    """The outline's bullet lines (not its notes, which quote the source whole)."""
    lines = outline.splitlines()
    out, inside = [], False
    for line in lines:
        stripped = line.strip()
        if stripped == "bullets:":
            inside = True
            continue
        if inside and not stripped.startswith("- "):
            inside = False
        if inside:
            out.append(stripped)
    return "\n".join(out)


def test_placeholder_kept_where_the_figure_reads_as_written(tmp_path: Path):
    # a figure the renderer writes as the source does stays a live reference
    outline = composed_draft(
        tmp_path,
        [
            "1. Kết quả",
            "Tổng thu ngân sách đạt 11.580 tỷ đồng, tăng 10,48% so cùng kỳ. "
            "Có 629/731 trường đạt chuẩn quốc gia.",
        ],
    ).outline_yaml
    assert "đạt {" in outline
    assert "629 trường/" not in outline
