"""The agency's name on a built-in theme's title slide breaks between its units (issue 14, h32c).

The title slide set the agency's name, in capitals, as one run the renderer wrapped where the
width ran out: 'BAN TUYÊN GIÁO ĐẢNG ỦY KHỐI CƠ / QUAN - DOANH NGHIỆP TỈNH HƯNG YÊN' (the sample
in tuong-phan), '… TỈNH HƯNG YÊN VÀ SỞ / THÔNG TIN VÀ TRUYỀN THÔNG …' (the stress words outline,
whose name joins two agencies). h31d broke it between its units only when the name was inset
past a template's logos; now every title slide does."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.util import Pt

from deckmaker.layout.fit import SAFETY
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.measure import capitals
from deckmaker.layout.page import name_lines

from .conftest import FIXTURES, SAMPLE

WORDS = FIXTURES / "stress" / "words"
UNITS = {
    SAMPLE: ("Ban Tuyên giáo", "Đảng ủy Khối", "Cơ quan - Doanh nghiệp", "tỉnh Hưng Yên"),
    WORDS: (
        *("Ban Tuyên giáo", "Đảng ủy Khối", "Cơ quan - Doanh nghiệp", "tỉnh Hưng Yên"),
        *("và Sở Thông tin và Truyền thông", "tỉnh Hưng Yên"),
    ),
}
"""Each outline's agency name in the units a reader sees ('và' opens the second agency)."""


def _boundaries(units: tuple[str, ...]) -> set[int]:
    """The word counts after which a line of the name may end."""
    out, n = set(), 0
    for u in units[:-1]:
        n += len(u.split())
        out.add(n)
    return out


@pytest.mark.parametrize("outline", [SAMPLE, WORDS], ids=["sample", "words"])
@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_the_title_slides_agency_name_breaks_only_between_its_units(built_decks, outline, theme):
    """Slide 1's agency line: on one line, or in lines broken (explicitly, not by the
    renderer's wrap) after whole units, each line fitting its box (with the planner's margin
    for the renderer's metrics: on main the sample's name in tuong-phan measured just inside
    its box and LibreOffice wrapped it, 'KHỐI CƠ / QUAN')."""
    units = UNITS[outline]
    prs = Presentation(str(built_decks(outline, theme)))
    org = next(sh for sh in prs.slides[0].shapes if sh.name == "Organization")
    text = org.text_frame.text.replace("\x0b", "\n")
    lines = text.split("\n")
    assert " ".join(" ".join(lines).split()) == " ".join(units).upper()
    size = next(r.font.size for p in org.text_frame.paragraphs for r in p.runs if r.font.size)
    run = org.text_frame.paragraphs[0].runs[0]
    m = capitals(measurer(resolve_font(run.font.name, bold=bool(run.font.bold))))
    inner = org.width - org.text_frame.margin_left - org.text_frame.margin_right
    room = inner / Pt(1) * (1 - SAFETY)  # the planner's margin for the renderer's metrics
    for line in lines:  # each line as the renderer draws it: whole, in its box
        assert m.width_pt(line, size.pt) <= room, (theme, line)
    ends, n = set(), 0
    for line in lines[:-1]:
        n += len(line.split())
        ends.add(n)
    assert ends <= _boundaries(units), (theme, lines)


def test_two_agencies_joined_by_va_take_a_line_each():
    """A name joining two agencies breaks before the 'và' that joins them when those lines
    fit, rather than before the first agency's place."""
    name = " ".join(UNITS[WORDS])
    m = capitals(measurer(resolve_font("Arial", bold=True)))
    whole = m.width_pt(name.upper(), 20)
    lines = name_lines(name, m, 20, whole * 0.62)
    assert lines == [
        "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên",
        "và Sở Thông tin và Truyền thông tỉnh Hưng Yên",
    ]
    # too narrow for those lines: the name's other units
    lines = name_lines(name, m, 20, whole * 0.56)
    assert lines is not None and not lines[1].startswith("và"), lines
