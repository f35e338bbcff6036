"""A chart slide whose every bullet only says a value the chart plots (the same number of the
same category) is the chart alone across its body, its bullets said in the speaker notes under
a line saying why (issue 14, R5: the sample's slide 15, four bullets restating four of its six
bars); a bullet that says anything more keeps the chart beside its bullets."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout.model import ChartBox, TextBox
from deckmaker.pipeline import load_inputs, plan
from deckmaker.usage import slide_numbers
from deckmaker.vocabulary import WORDS

FIGURES = """\
grdp:
  label: Tăng trưởng GRDP
  value: 10.05
  unit: "%"
  plan: 8
industry: {label: Giá trị sản xuất công nghiệp, value: 12.3, unit: "%"}
services:
  label: Giá trị sản xuất thương mại, dịch vụ
  value: 7.6
  unit: "%"
farming: {label: Giá trị sản xuất nông nghiệp, value: 2.45, unit: "%"}
"""

RESTATING = [
    "Tổng sản phẩm (GRDP) tăng {grdp}",  # the abbreviation names the bar
    "Thương mại, dịch vụ tăng {services}",
    "Nông nghiệp tăng {farming}",
]


def _plans(tmp_path: Path, bullets: list[str], lang: str = "vi", figures: str = FIGURES):
    items = "".join(f"          - {b}\n" for b in bullets)
    (tmp_path / "figures.yaml").write_text(figures, "utf-8")
    (tmp_path / "outline.yaml").write_text(
        f"deck: {{title: Báo cáo năm 2023, language: {lang}, date: 2024-01-20, "
        "figures: figures.yaml}\n"
        "sections:\n  - title: Kết quả\n    slides:\n"
        "      - title: Tăng trưởng các ngành\n"
        "        chart: {type: barh, figures: [grdp, industry, services, farming]}\n"
        f"        bullets:\n{items}"
        "        notes: Nhấn mạnh ngành công nghiệp.\n",
        "utf-8",
    )
    inputs = load_inputs(tmp_path / "outline.yaml", "default")
    return inputs, plan(inputs)


def test_bullets_that_only_restate_the_bars_go_to_the_notes(tmp_path):
    inputs, plans = _plans(tmp_path, RESTATING)
    (s,) = [p for p in plans if p.title == "Tăng trưởng các ngành"]
    assert not [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]
    (chart,) = [e for e in s.elements if isinstance(e, ChartBox)]
    (rule,) = [e for e in s.elements if e.name == "Title Rule"]
    assert chart.box.x == rule.box.x and chart.box.w > 0.9 * (
        inputs.theme.width_emu - 2 * rule.box.x
    )
    said = WORDS["vi"]["restated"]
    assert s.notes.startswith("Nhấn mạnh ngành công nghiệp.")  # the presenter's own notes first
    assert s.notes.endswith(
        f"{said}\n- Tổng sản phẩm (GRDP) tăng 10,05%\n- Thương mại, dịch vụ tăng 7,6%\n"
        "- Nông nghiệp tăng 2,45%"
    )
    # the figures report still finds the slide for the figures its bullets read
    n = plans.index(s) + 1
    for key in ("grdp", "services", "farming"):
        assert slide_numbers(plans, inputs.resolver.used[key]) == (n,)


@pytest.mark.parametrize(
    "bullet",
    [
        "GRDP tăng {grdp}, vượt kế hoạch {grdp.plan}",  # says the plan too
        "Xuất khẩu tăng {services}",  # a plotted number under another category's name
        "Công nghiệp tăng {industry} nhờ dự án mới",  # says why
        "Tổng sản phẩm (GRDP) tăng {grdp}",  # a bar said twice
        "Chỉ số giá tiêu dùng {cpi}",  # a figure the chart does not plot
        "Nông nghiệp giữ vững vai trò trụ đỡ",  # no figure at all
    ],
)
def test_a_bullet_that_says_more_keeps_the_chart_beside_the_bullets(tmp_path, bullet):
    cpi = 'cpi: {label: Chỉ số giá tiêu dùng, value: 3.25, unit: "%"}\n'
    _, plans = _plans(tmp_path, [*RESTATING, bullet], figures=FIGURES + cpi)
    (s,) = [p for p in plans if p.title == "Tăng trưởng các ngành"]
    body = [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]
    assert body and sum(len(b.paras) for b in body) == 4
    assert WORDS["vi"]["restated"] not in s.notes


def test_sub_points_keep_the_chart_beside_the_bullets(tmp_path):
    (tmp_path / "x").mkdir()
    bullets = [*RESTATING[:-1], f"{{text: '{RESTATING[-1]}', bullets: [Vụ lúa đạt năng suất cao]}}"]
    _, plans = _plans(tmp_path / "x", bullets)
    (s,) = [p for p in plans if p.title == "Tăng trưởng các ngành"]
    assert [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]


def test_an_english_deck_restating_its_bars(tmp_path):
    bullets = ["GDP growth rose to {grdp}", "Services grew {services}"]
    figures = FIGURES.replace("Tăng trưởng GRDP", "GDP growth").replace(
        "Giá trị sản xuất thương mại, dịch vụ", "Trade and services"
    )
    _, plans = _plans(tmp_path, bullets, "en", figures)
    (s,) = [p for p in plans if p.title == "Tăng trưởng các ngành"]
    assert not [e for e in s.elements if isinstance(e, TextBox) and e.name == "Body"]
    assert (
        f"{WORDS['en']['restated']}\n- GDP growth rose to 10.05%\n- Services grew 7.6%" in s.notes
    )
