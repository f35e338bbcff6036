"""Charts of batch AP (tests/fixtures/draft-eval/ap-*, joined in session 32, charted by h42b):
made-up text in the shapes AP's documents showed, never their own."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.compose import _common_head


def _charts(tmp_path: Path, paragraphs: list[str]) -> list:
    doc = tmp_path / "doc.txt"
    doc.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    deck = draft(doc).deck
    return [sl.chart for sec in deck.sections for sl in sec.slides if sl.chart]


def test_shares_in_brackets_after_their_counts_are_the_bars_of_a_chart(tmp_path: Path) -> None:
    # a census release: each count followed by its share in a bracket, '(chiếm …%)', the share
    # labelled by its count's subject (a label borrowed, sure as a change's is): one chart
    charts = _charts(
        tmp_path,
        [
            "Kết quả điều tra dân số huyện năm 2024",
            "Tổng dân số toàn huyện là 152.400 người. Trong đó, dân số nam là 74.100 người "
            "(chiếm 48,6%), dân số nữ là 78.300 người (chiếm 51,4%). Dân số thành thị là "
            "35.052 người (chiếm 23%), dân số nông thôn là 117.348 người (chiếm 77%).",
        ],
    )
    assert len(charts) == 1, charts
    (chart,) = charts
    assert chart.title.startswith("Tỷ lệ dân số") and "(%)" in chart.title, chart
    assert chart.categories == ("Nam", "Nữ", "Thành thị", "Nông thôn"), chart


def test_a_head_that_ends_in_a_word_of_so_keeps_it() -> None:
    # 'dân số' is one word: the chart over 'Tỷ lệ dân số nam', '… nữ' is 'Tỷ lệ dân số', its
    # bars 'Nam', 'Nữ', never 'Tỷ lệ dân' over 'Số nam', 'Số nữ'
    assert _common_head(["Tỷ lệ dân số nam", "Tỷ lệ dân số nữ"]) == "Tỷ lệ dân số"
    assert _common_head(["Chỉ số giá tiêu dùng tháng 5", "Chỉ số giá tiêu dùng tháng 6"]) != ""
    # ('số' as a connective still goes: 'Tỷ lệ số hộ nghèo', 'Tỷ lệ số hộ cận nghèo')
    assert _common_head(["Tỷ lệ số hộ nghèo", "Tỷ lệ số hộ cận nghèo"]) == "Tỷ lệ số hộ"


def test_rates_of_plans_one_label_names_without_so_are_titled_as_such(tmp_path: Path) -> None:
    # 'đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao': the second's label names
    # its plan in its bracket without 'so với' ('(kế hoạch HĐND huyện giao)'): the chart of the
    # four is still 'Tỷ lệ thực hiện kế hoạch', never the part's 'Tổng quan'
    charts = _charts(
        tmp_path,
        [
            "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024",
            "Tổng thu ngân sách nhà nước ước thực hiện được 120,5 tỷ đồng, đạt 70% kế hoạch tỉnh "
            "giao, đạt 65% kế hoạch HĐND huyện giao; trong đó, thu trên địa bàn huyện được 20,4 "
            "tỷ đồng, đạt 45% kế hoạch tỉnh giao, đạt 38% kế hoạch HĐND huyện giao.",
        ],
    )
    assert len(charts) == 1, charts
    assert charts[0].title.startswith("Tỷ lệ thực hiện kế hoạch"), charts[0]
    assert len(charts[0].figures) == 4, charts[0]
