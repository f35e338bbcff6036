"""Issue 14, review R20 (xanh-so): a statement's lines break between phrases as a list's do."""

from __future__ import annotations

from .conftest import FIXTURES, SAMPLE, planned_lines


def test_a_statement_breaks_between_phrases_as_a_list_does(tmp_path):
    """A few short bullets set as a statement (the bullets after a chart on a slide of its own,
    xanh-so's "Ngân sách … (tiếp 2/2)") break as ``bullet_pages`` breaks a list's lines
    (``fit.even_lines``): "Thu nội địa 29.123 tỷ đồng; / thu từ xuất nhập khẩu …", not
    "…; thu / từ xuất nhập khẩu …" (R20 xanh-so, measured lines only on main)."""
    from deckmaker.pipeline import load_inputs, plan

    folder = tmp_path / "xanh-so"
    folder.mkdir()
    (folder / "template.potx").write_bytes((FIXTURES / "agency" / "xanh-so.potx").read_bytes())
    (folder / "theme.yaml").write_text(
        "name: xanh-so\nextends: default\ntemplate: template.potx\n", encoding="utf-8"
    )
    plans = plan(load_inputs(SAMPLE / "outline.yaml", str(folder)))
    found = [
        para
        for n in range(1, len(plans) + 1)
        for para in planned_lines(plans, n, "body")
        if para[0].startswith("Thu nội địa 29.123")
    ]
    assert found
    for para in found:
        assert para[0].endswith("tỷ đồng;"), para
