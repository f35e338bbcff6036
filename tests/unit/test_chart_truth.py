"""Charts that tell the truth (issue 14): plans name their unit, bounds and approximations keep
their word, targets look like targets, pie names stay on one line."""

from __future__ import annotations

from decimal import Decimal as D

from deckmaker.charts import ChartPlan, Series
from tests.unit.test_charts import H, W, drawn, style, texts_of


def _plan(**fields: object) -> ChartPlan:
    base: dict[str, object] = {
        "kind": "bar",
        "title": None,
        "categories": ("a",),
        "series": (Series("s", (D(1),)),),
        "unit": None,
        "source": None,
        "width_emu": W // 2,
        "height_emu": H,
        "lang": "vi",
        "style": style(),
    }
    base.update(fields)
    return ChartPlan(**base)  # type: ignore[arg-type]


def test_big_number_plan_label_names_the_unit():
    plan = _plan(
        kind="plan-actual",
        title="Kim ngạch xuất khẩu năm 2023",
        categories=("Kim ngạch xuất khẩu",),
        series=(Series("Thực hiện", (D("5.8"),)), Series("Kế hoạch", (D(7),))),
        unit="tỷ USD",
        form="numbers",
    )
    texts = texts_of(drawn(plan))
    assert any(t.startswith("Kế hoạch") and t.endswith("7 tỷ USD") for t in texts), texts
