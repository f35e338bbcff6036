"""Issue 14, review R20 (defect 8): on the xanh-so template (4:3) every slide's footer read
"Ban Tuyên giáo Đảng ủy Khối Cơ…", cut inside "Cơ quan - Doanh nghiệp". A footer too long
for its box at the theme's smallest size drops whole trailing units of the agency's name
("… Khối | Cơ quan - Doanh nghiệp | tỉnh Hưng Yên"), never a word inside one."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckmaker.layout.frame import Fonts, build_frame
from deckmaker.layout.page import chrome_boxes, name_cuts, short_footer
from deckmaker.pipeline import load_inputs
from deckmaker.units import EMU_PER_PT

from .conftest import FIXTURES, SAMPLE

AGENCY = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên"


@pytest.mark.parametrize(
    ("name", "cuts"),
    [
        (
            AGENCY,
            [
                "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp",
                "Ban Tuyên giáo Đảng ủy Khối",
                "Ban Tuyên giáo",
            ],
        ),
        (
            "Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên",
            ["Sở Lao động - Thương binh và Xã hội"],
        ),
        ("Bảo hiểm xã hội tỉnh Bắc Ninh", ["Bảo hiểm xã hội"]),  # "xã hội" is no place
        ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", ["ỦY BAN NHÂN DÂN"]),  # capitals; "BAN" inside a head
        # never a bare head ("Văn phòng") nor a name ending on "và"
        (
            "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Thái Bình",
            ["Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân"],
        ),
        ("Đảng ủy Khối các cơ quan tỉnh", []),
    ],
)
def test_an_agency_name_is_cut_only_between_its_units(name, cuts):
    assert name_cuts(name) == cuts


def test_the_xanh_so_footer_drops_whole_units_of_the_agency(tmp_path: Path):
    """The sample's agency on the xanh-so template (its footer box 3.17 in): since h37e the
    box widens along its row (``page._footer_room``) and the whole name shows; a name too long
    for even that row (two agencies) is shortened at the longest unit boundary that fits at
    the theme's smallest size, no "…"."""
    theme = tmp_path / "xanh-so"
    theme.mkdir()
    (theme / "template.potx").write_bytes((FIXTURES / "agency" / "xanh-so.potx").read_bytes())
    (theme / "theme.yaml").write_text(
        "name: xanh-so\nextends: default\ntemplate: template.potx\n", encoding="utf-8"
    )
    inputs = load_inputs(SAMPLE / "outline.yaml", str(theme))
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme), AGENCY)
    assert short_footer(frame) == AGENCY
    assert chrome_boxes(frame)[0].w / EMU_PER_PT > 3.17 * 72
    two = f"{AGENCY} và Sở Thông tin và Truyền thông tỉnh Hưng Yên"
    frame = build_frame(inputs.theme, Fonts.for_theme(inputs.theme), two)
    shown = short_footer(frame)
    assert "…" not in shown and shown in name_cuts(two)
    # it fits, and the next longer unit boundary would not
    width = chrome_boxes(frame)[0].w / EMU_PER_PT
    size = frame.chrome.footer_min
    assert frame.measure.body.width_pt(shown, size) <= width
    longer = [c for c in name_cuts(two) if len(c) > len(shown)]
    assert longer and frame.measure.body.width_pt(min(longer, key=len), size) > width
