"""Results the draft read as targets, or as exact targets where the text says at least, and
charts that set unlike percentages side by side, on the evaluation set's documents (issue 15,
session 23, wt-h29c): each class checked on real sentences of two batches or more, beside a
sentence of the same words whose reading must not change."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from deckmaker.draft import draft
from deckmaker.draft.compose import _measure
from deckmaker.draft.targets import heads_targets

from .conftest import FIXTURES
from .draft_cases import case, composed, read

D = Decimal
EVAL = FIXTURES / "draft-eval"


def _line_with(name: str, marker: str) -> str:
    """The line of an evaluation document that holds ``marker``, as written."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return next(x for x in lines if marker in x) + "\n"


def _drafted(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    deck = draft(path).deck
    figures = {f.key: f for f in deck.figures}
    charts = [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]
    return figures, charts


def _document(name: str) -> str:
    """An evaluation document's text without the lines naming its source."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("# "):
        lines.pop(0)
    return "\n".join(lines) + "\n"


# -- plans: a split or a rate a rule fixes is no target ------------------------------------------

NORMS = [
    # rb-qh-nq-duongsat-2025: a resolution's split of land revenue between budget levels
    case("split/kept-and-paid-in",
         "rb-qh-nq-duongsat-2025", "giữ lại 50%", [(D("50"), None), (D("50"), None)]),
    # wa-btc-cv-thuetncn-2025: the tax rates a draft law sets per band of turnover
    case("tax-rate/per-band",
         "wa-btc-cv-thuetncn-2025", "thuế suất 17%", [(D("17"), None), (D("20"), None)]),
    # ya-daknong-hdnd-chinhsach-2019: what a policy pays of a price or an interest rate
    case("support/of-a-price",
         "ya-daknong-hdnd-chinhsach-2019", "100% mệnh giá", [(D("100"), None)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "marker", "shares"), NORMS)
def test_a_split_or_rate_a_rule_fixes_is_no_target(tmp_path, name, marker, shares):
    # (the whole document: a resolution, a plan or a policy whose mood sets targets)
    figures, _charts = _drafted(tmp_path, _document(name))
    line = _line_with(name, marker)
    said = [
        (f.value, f.plan_kind)
        for f in figures.values()
        if f.unit == "%"
        and f.label
        and f.value in {v for v, _ in shares}
        and str(f.value).replace(".", ",") + "%" in line.replace(" %", "%")
    ]
    assert said[: len(shares)] == shares, read(list(figures.values()), "label value plan_kind")


def test_a_share_to_reach_stays_a_target_beside_the_norms(tmp_path):
    # (the same words without a rule's: 'Phấn đấu … đạt 50%' a target, 'hỗ trợ 50%' not)
    figures = composed(
        tmp_path,
        ["Phấn đấu đến năm 2025, tỷ lệ hộ được giữ lại đất sản xuất đạt 50%."],
    )
    assert read(figures, "value plan_kind") == [(D("50"), "exact")]


def test_norms_of_allocation_head_no_targets_but_an_allocation_does():
    # wc-hanoi-nq-phanchianguonthu-2025: a resolution on 'định mức phân bổ ngân sách' and the
    # sharing rates between budget levels: rules, its table of rates no targets
    # (qh-nq-dutoan, tb-quochoi-nq-dutoan-2026: 'Phân bổ ngân sách …' assigns amounts, targets)
    title = (
        "VỀ SỬA ĐỔI, BỔ SUNG MỘT SỐ NỘI DUNG QUY ĐỊNH TẠI NGHỊ QUYẾT SỐ 22/2022/NQ-HĐND NGÀY "
        "08/12/2022 VỀ PHÂN CẤP NGUỒN THU, NHIỆM VỤ CHI GIỮA CÁC CẤP NGÂN SÁCH, ĐỊNH MỨC PHÂN "
        "BỔ NGÂN SÁCH THÀNH PHỐ HÀ NỘI VÀ TỶ LỆ PHẦN TRĂM PHÂN CHIA NGUỒN THU GIỮA CÁC CẤP "
        "NGÂN SÁCH GIAI ĐOẠN 2023-2025"
    )
    assert not heads_targets(title)
    assert heads_targets("Phân bổ ngân sách cấp tỉnh năm 2026")
    assert heads_targets("Phương án phân bổ vốn đầu tư công")


def test_a_table_of_sharing_rates_drafts_no_targets(tmp_path):
    # (the lines naming its source dropped; the annex's '## PHỤ LỤC 03' stays)
    figures, _charts = _drafted(tmp_path, _document("wc-hanoi-nq-phanchianguonthu-2025"))
    rates = [f for f in figures.values() if f.unit == "%"]
    assert len(rates) >= 90
    assert [f for f in rates if f.plan_kind is not None] == []


# -- plans: the least said before the verb, or as where a level starts, is a floor ---------------

FLOORS = [
    # ac-quangnam-kh-nongnghiep-2030: 'tỷ lệ sản xuất dưới các hình thức liên kết đạt từ 20%'
    case("reach-from",
         "ac-quangnam-kh-nongnghiep-2030", "đạt từ 20%", D("20"), "floor"),
    # ad-bgtvt-bc-tongket-2022: 'đặt mục tiêu giải ngân … thấp nhất đạt 90% kế hoạch'
    case("lowest-reach",
         "ad-bgtvt-bc-tongket-2022", "thấp nhất đạt 90%", D("90"), "floor"),
    # ua-langson-bc-haiquan-2020: 'chỉ tiêu được giao 4.350 tỷ đồng, ít nhất tăng 5%'
    case("least-rise",
         "ua-langson-bc-haiquan-2020", "ít nhất tăng 5%", D("5"), "floor"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "marker", "value", "kind"), FLOORS)
def test_the_least_said_before_the_verb_is_a_floor(tmp_path, name, marker, value, kind):
    figures = composed(tmp_path, _line_with(name, marker))
    said = [f.plan_kind for f in figures if f.value == value and f.unit == "%"]
    assert said[:1] == [kind], read(figures, "label value plan_kind")


def test_a_level_said_reached_stays_exact_and_a_from_level_no_target(tmp_path):
    # (the same verbs without the least: 'đạt 10%' a level, exact; 'từ 28 hộ xuống còn 23 hộ'
    # the level it starts from, no target)
    figures = composed(
        tmp_path,
        [
            "Mục tiêu của Kế hoạch đến năm 2025: sản xuất theo các quy trình sản xuất nông "
            "nghiệp tốt (GAP) hoặc tương đương đạt 10%; giảm số hộ nghèo từ 28 hộ xuống còn 23 "
            "hộ.",
        ],
    )
    assert read(figures, "value plan_kind")[:1] == [(D("10"), "exact")]
    assert (D("28"), None) in read(figures, "value plan_kind")


# -- charts: an index said with 'bằng' is the level against a base, no growth rate -------------


def test_an_index_said_equal_to_a_share_of_its_base_is_no_bar_beside_the_growths(tmp_path):
    # wc-baclieu-bc-ktxh-2020: 'chỉ số bằng 92,85%' among the industries' 'tăng 11,17%', 'tăng
    # 5,13%', 'tăng 12,61%': an index (100% is no change), no bar of the growth chart
    figures, charts = _drafted(tmp_path, _line_with("wc-baclieu-bc-ktxh-2020", "92,85%"))
    index = next(f for f in figures.values() if f.value == D("92.85"))
    assert _measure(index, before="điều hòa không khí, chỉ số bằng ") == "% bằng"
    growth = [c for c in charts if any(figures[k].value == D("11.17") for k in c.figures)]
    assert growth, [c.title for c in charts]
    for chart in growth:
        bars = [figures[k] for k in chart.figures]
        assert D("92.85") not in [f.value for f in bars]
        assert D("5.13") in [f.value for f in bars] and D("12.61") in [f.value for f in bars]


def test_an_index_against_last_year_is_its_own_kind(tmp_path):
    # ya-bacgiang-bc-ktxh-2017: 'chỉ số sản xuất công nghiệp năm 2017 bằng 130% so với năm 2016'
    # then 'tăng 32,8% so với năm 2016': the index is no change, the growth is one
    figures, _charts = _drafted(tmp_path, _line_with("ya-bacgiang-bc-ktxh-2017", "bằng 130%"))
    index = next(f for f in figures.values() if f.value == D("130"))
    growth = next(f for f in figures.values() if f.value == D("32.8"))
    assert _measure(index, before="chỉ số sản xuất công nghiệp năm 2017 bằng ") == "% bằng"
    assert _measure(growth, before="đạt 114.375 tỷ đồng, tăng ") == "% tăng"


# -- charts: the level a change said from-to starts from is no bar --------------------------------

FROM_LEVELS = [
    # ae-tiengiang-tuyengiao-quy1-2018: the economy's shares, each from last year's quarter to
    # this one's ('giảm từ mức 40,1% trong quí I-2017 xuống còn 38%'), after the sectors' growths
    case("shares-from-last-year", "ae-tiengiang-tuyengiao-quy1-2018", "Trong đó, khu vực",
         [D("40.1"), D("27.4"), D("32.5")]),
    # ub-dongthap-nq-vondautu-2017: a project's capital 'giảm từ 29,5 tỷ đồng xuống còn 15,2 tỷ
    # đồng'
    case("capital-cut", "ub-dongthap-nq-vondautu-2017", "giảm từ 29,5 tỷ đồng",
         [D("29.5"), D("483.5")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "marker", "starts"), FROM_LEVELS)
def test_the_level_a_change_starts_from_is_no_bar(tmp_path, name, marker, starts):
    figures, charts = _drafted(tmp_path, _document(name))
    drafted = [f.value for f in figures.values()]
    assert all(v in drafted for v in starts[:1]), drafted  # found, as figures
    bars = [figures[k].value for c in charts for k in c.figures]
    assert not [v for v in starts if v in bars], bars
    if name.startswith("ae-"):
        # the growths of the sectors and of the exports stay bars of their charts
        assert charts and all(len(c.figures) >= 3 for c in charts)
