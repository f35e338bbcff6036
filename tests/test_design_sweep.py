"""tools/design_sweep.py, issue 14's "Done when" sweep: its checks, and what it finds on the
sample deck."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _sweep():
    path = ROOT / "tools" / "design_sweep.py"
    spec = importlib.util.spec_from_file_location("design_sweep", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_number_split_from_its_unit_is_seen():
    sweep = _sweep()
    assert sweep._unit_split("tổng chi 8.171,5", "tỷ đồng, tăng")
    assert sweep._unit_split("đạt 21.671,5 tỷ", "đồng")
    assert sweep._unit_split("tăng", "5,05%") is False
    assert not sweep._unit_split("Năm 2023", "Kế hoạch")


@pytest.mark.parametrize("theme", ["default", "co-do"])  # tuong-phan: KPI labels at 18-20 pt
def test_the_sample_deck_passes_the_planned_checks(theme):
    sweep = _sweep()
    report = sweep.Report(f"sample / {theme}")
    sweep._plan_checks(sweep.SAMPLE, theme, report)
    assert report.splits == []
    assert report.small == []
    assert report.contrast == []
    assert report.empty == []


@pytest.mark.render
def test_the_sample_deck_as_libreoffice_draws_it(tmp_path):
    """No number split from its unit in LibreOffice's lines, no doctor finding."""
    sweep = _sweep()
    report = sweep.Report("sample / default")
    sweep._rendered_checks(sweep.SAMPLE, "default", report, tmp_path)
    assert report.rendered_splits == []
    assert report.doctor == []
