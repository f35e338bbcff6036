"""Issue 14, review R20 #4: section-slide items break as bullets do; a line never ends on a
preposition before its object where another break exists."""

from __future__ import annotations

from .conftest import FIXTURES, SAMPLE, planned_lines


def _xanh_so(tmp_path):
    folder = tmp_path / "xanh-so"
    folder.mkdir()
    (folder / "template.potx").write_bytes((FIXTURES / "agency" / "xanh-so.potx").read_bytes())
    (folder / "theme.yaml").write_text(
        "name: xanh-so\nextends: default\ntemplate: template.potx\n", encoding="utf-8"
    )
    return str(folder)


def _tokens(text: str) -> list[str]:
    """``text`` split at spaces only (U+00A0 binds a word)."""
    return text.split(" ")


LEADING = frozenset(("cần", "được", "và", "các", "của", "vào", "từ"))


def test_section_items_break_between_phrases_as_bullets_do(tmp_path):
    """A section slide's list of what it covers was wrapped greedily, no breaker at all:
    xanh-so 57 "Các nghị quyết, kết luận cần / quán triệt", "Đối ngoại, pháp luật và định /
    hướng lớn" (a word split), 66 "Cấp ủy các cơ quan được / phân công" (R20 #4). Its items
    now take ``fit.phrase_set`` with a body's costs, as a subtitle and a statement do."""
    from deckmaker.layout.nobreak import is_word
    from deckmaker.pipeline import load_inputs, plan

    plans = plan(load_inputs(SAMPLE / "outline.yaml", _xanh_so(tmp_path)))
    items = {}
    for n, s in enumerate(plans, 1):
        if s.kind != "section":
            continue
        names = {e.name: e.role for e in s.elements if hasattr(e, "paras")}
        if "Section Contents" not in names:
            continue
        for para in planned_lines(plans, n, names["Section Contents"]):
            items[" ".join(para)] = para
    assert items["Các nghị quyết, kết luận cần quán triệt"] == [
        "Các nghị quyết, kết luận",
        "cần quán triệt",
    ]
    assert items["Cấp ủy các cơ quan được phân công"] == ["Cấp ủy các cơ quan", "được phân công"]
    for para in items.values():
        for a, b in zip(para, para[1:], strict=False):
            assert a.split()[-1].lower() not in LEADING, para
            assert not is_word([a.split()[-1].lower(), b.split()[0].lower()]), para
