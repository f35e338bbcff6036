"""Line breaks a designer would make (issue 14, review R2): no line opens with a separating
dash, a short parenthesis stays whole, a cover's agency name breaks at its strongest
boundary with balanced lines. Checked on the plan and in LibreOffice's rendering."""

from __future__ import annotations

import subprocess

import pytest

from deckmaker.layout.model import TextBox
from deckmaker.layout.nobreak import NBSP

from .conftest import SAMPLE
from .test_table_space import _planned

AGENCY = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"


def _subtitle(theme: str) -> tuple[TextBox, object]:
    plans, frame, _, fonts = _planned(theme)
    closing = plans[-1]
    assert closing.kind == "closing"
    (box,) = [e for e in closing.elements if isinstance(e, TextBox) and e.name == "Subtitle"]
    return box, frame


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_the_closing_agency_breaks_before_its_joined_name_in_balanced_lines(theme):
    """tuong-phan's closing slide set the agency as "Ban … Cơ quan - Doanh nghiệp / tỉnh Hưng
    Yên" (50 and 13 characters, R2), then "… Cơ quan - / Doanh nghiệp …", inside the name (R3):
    the name stands on one line when it fits a little smaller (tuong-phan: 27 pt, not two lines
    at 28), else its lines break before "Cơ quan - Doanh nghiệp", never inside it."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer

    box, frame = _subtitle(theme)
    para = box.paras[0]
    text = "".join(r.text for r in para.runs)
    lines = [ln.replace(NBSP, " ").replace("\u2060", "") for ln in text.split("\n")]
    assert " ".join(lines) == AGENCY
    if theme == "tuong-phan":
        assert para.size_pt == 27  # one line, rather than two at 28 pt
    if len(lines) == 1:
        m = measurer(resolve_font(box.font))
        assert m.wrap(text, para.size_pt, box.box.w / 12700, 0.03) == [text]
        return
    assert lines == ["Ban Tuyên giáo Đảng ủy Khối", "Cơ quan - Doanh nghiệp tỉnh Hưng Yên"]


@pytest.mark.render
def test_libreoffice_opens_no_line_with_a_dash_and_keeps_the_parenthesis(tmp_path):
    """The sample deck as LibreOffice sets it (default theme): "– 70.000 tỷ đồng" and "–
    32.823 tỷ đồng" no longer open a line (slides 19 and 34), "(KH" no longer ends one
    (slide 26)."""
    from deckmaker.office import convert
    from deckmaker.pipeline import build_deck

    deck = tmp_path / "sample.pptx"
    build_deck(SAMPLE / "outline.yaml", deck, "default", cache=False)
    pdf = convert(deck, "pdf", tmp_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = [part.strip() for ln in text.splitlines() for part in ln.split("   ") if part.strip()]
    assert not [ln for ln in lines if ln.startswith(("– 70.000", "– 32.823"))]
    # (slide 20's "Kế hoạch năm 2024 – 70.000 tỷ đồng" became "… tiếp tục tăng" in session 16:
    # the panel beside it shows the number; slide 34's dash stays)
    for amount in ("32.823 tỷ đồng",):  # after its dash, on its line or the next
        assert [
            i
            for i, ln in enumerate(lines)
            if f"2024 – {amount}" in ln
            or (ln.startswith(amount) and lines[i - 1].endswith("2024 –"))
        ], amount
    assert not [ln for ln in lines if ln.endswith("(KH")]
    assert any("(KH là 9,5 bác sĩ)" in ln for ln in lines)


def test_a_bound_group_on_the_last_line_is_no_widow():
    """ "(KH là 9,5 bác sĩ)" kept whole on a bullet's last line is a phrase, not one word: the
    widow rule does not bind it to the figure before it, which left "bình quân" alone on the
    line above (slide 26)."""
    from deckmaker.layout.fit import keep_last_words
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.layout.nobreak import bind_compounds, bind_counted, bind_units

    m = measurer(resolve_font("Liberation Sans"))
    text = "Số bác sĩ trên một vạn dân bình quân 9,3 bác sĩ (KH là 9,5 bác sĩ)"
    bound = bind_compounds(bind_counted(bind_units(text)))
    kept = keep_last_words(bound, m, 24, 320)
    assert kept == bound
    assert m.wrap(kept, 24, 320)[-1] == f"(KH{NBSP}là{NBSP}9,5{NBSP}bác{NBSP}sĩ)"
    # a word of two syllables alone on the last line is a widow still: "sai trái, / xuyên tạc"
    text = bind_compounds(
        "Chủ động đấu tranh phản bác các thông tin, quan điểm sai trái, xuyên tạc"
    )
    for w in range(300, 700, 10):
        lines = m.wrap(keep_last_words(text, m, 24, w), 24, w)
        if len(lines) > 1:
            assert lines[-1].replace(NBSP, " ") != "xuyên tạc", (w, lines)
