"""A news page's furniture is no bullet (issue 15, session 24, wt-h32a): the page's date stamp
('Thứ Năm, 15-10-2020, 21:49', 'Ngày đăng: 05/06/2025 15:50', '20:03 11-12-2023 | :155'), its
view counter ('Bình luận · 360 Lượt xem'), the reporter's credit ('CTV Trang Nhung', 'Tác giả:
Minh Tuấn'), a picture's source ('_Nguồn: Bộ TT &TT_') and the source and link closing the page
('Theo Báo Đắk Nông điện tử', 'Link bài viết gốc: https://…') were drafted as bullets, a date
stamp even as a section's title. Each checked on a whole evaluation document as `deckmaker
draft` drafts it: the outline written, read back, the line gone and the text around it there."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from deckmaker.draft import draft
from deckmaker.draft.structure import parse

from .conftest import FIXTURES
from .draft_cases import bullet_texts

EVAL = FIXTURES / "draft-eval"


def _outline(tmp_path: Path, name: str) -> tuple[str, dict]:
    """The outline drafted from the evaluation document ``name`` (its lines naming its source
    dropped, as the evaluation does), as written and as loaded."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outline, _ = draft(path).write(tmp_path / "out")
    text = outline.read_text(encoding="utf-8")
    return text, yaml.safe_load(text)


def _shown(outline: dict) -> tuple[list[str], list[str]]:
    """Every bullet and every title (deck, sections, slides) of a loaded outline."""
    bullets: list[str] = []
    titles = [outline["deck"]["title"]]
    for section in outline["sections"]:
        titles.append(section["title"])
        for slide in section.get("slides", []):
            titles.append(slide.get("title", ""))
            bullets += bullet_texts(slide.get("bullets", []))
    return bullets, titles


# document, its furniture lines (no bullet and no title opens on one), the start
# of a bullet of the text around them, and the credits the deck's review remark names as set
# aside (a date stamp, a counter or a button is dropped unnamed)
CASES = [
    # a plan's targets under the page's weekday, date and time
    ("hanoi-nq-chitieu-2025", ["Thứ Năm, 15-10-2020, 21:49"],
     "Cơ cấu kinh tế năm 2025: Dịch vụ chiếm từ", []),
    # the time, date and view count under the headline ('| :155')
    ("aa-laocai-nq-chitieu-2024", ["20:03 11-12-2023", ":155"],
     "Thu gom rác thải đô thị đạt", []),
    # 'Bình luận · 360 Lượt xem': the counter was a figure too ({luot_xem_binh_luan})
    ("af-laocai-bc-nongnghiep-2023", ["Bình luận"],
     "Toàn tỉnh hiện có {", []),
    # the reporter's credit after the text
    ("sathay-kh-chitieu-2021", ["CTV Trang Nhung"],
     "Thu ngân sách nhà nước trên địa bàn gần", ["CTV Trang Nhung"]),
    ("songma-bc-giaoduc-2018", ["Tác giả: Minh Tuấn"], "Theo báo cáo của Phòng Giáo dục",
     ["Tác giả: Minh Tuấn"]),
    # the source, author, link and posting time closing a repost
    ("wb-vpcp-tbkl-caotoc-2025",
     ["Theo Cổng Thông tin điện tử Chính phủ", "Tác giả: Phương Nhi", "Link bài viết gốc",
      "Ngày đăng: 05/06/2025 15:50"],
     "Phó Thủ tướng đề nghị các địa phương",
     ["Theo Cổng Thông tin điện tử Chính phủ", "Tác giả: Phương Nhi", "Link bài viết gốc: https"]),
    ("v-hcm-dautucong-2025", ["Link bài viết gốc", "Giờ đăng: 17:00 18/09/2025"],
     "Đáng chú ý, công tác giải ngân vốn cho bồi thường",
     ["Theo Bộ Nông nghiệp và Môi trường", "Tác giả: Thục Vy", "Link bài viết gốc: https"]),
    ("ya-daknong-hdnd-chinhsach-2019", ["Theo Báo Đắk Nông điện tử"],
     "Có thể nói, với việc thông qua các chính sách", ["Theo Báo Đắk Nông điện tử"]),
    # a picture's source under each of a report's figures, between its paragraphs
    ("za-btttt-bc-vienthong-2020", ["Nguồn: Bộ TT &TT"], "Vấn đề SIM rác chưa được giải quyết",
     ["Nguồn: Bộ TT &TT"]),
    # the page's date over the headline: a section titled '15/01/2021' before
    ("backan-bc-nongnghiep-2020", ["15/01/2021"], "Theo báo cáo của Sở Nông nghiệp", []),
]  # fmt: skip


@pytest.mark.parametrize(("name", "furniture", "kept", "named"), CASES, ids=[c[0] for c in CASES])
def test_page_furniture_is_no_bullet(
    tmp_path: Path, name: str, furniture: list[str], kept: str, named: list[str]
) -> None:
    text, outline = _outline(tmp_path, name)
    bullets, titles = _shown(outline)
    for line in furniture:
        assert not [b for b in bullets if b.lstrip("_* ").startswith(line)], (name, line)
        assert not [t for t in titles if t.startswith(line)], (name, line)
    assert "luot_xem" not in text  # (no figure of the counter either)
    assert any(b.startswith(kept) for b in bullets), (name, kept, bullets)
    if named:
        remark = next(
            line for line in text.splitlines() if "left out of the slides as footnotes" in line
        )
        assert all(line in remark for line in named), remark


def test_the_page_date_no_longer_titles_a_section(tmp_path: Path) -> None:
    # backan-bc-nongnghiep-2020 opens on the page's date, then its headline
    _, outline = _outline(tmp_path, "backan-bc-nongnghiep-2020")
    assert [s["title"] for s in outline["sections"]][0] == "Tổng quan"
    assert outline["deck"]["title"] == (
        "Sở Nông nghiệp và Phát triển nông thôn triển khai nhiệm vụ năm 2021"
    )


def test_a_portal_rubric_and_stamp_no_longer_titles_the_deck(tmp_path: Path) -> None:
    # ab-quan11-bc-ktxh-thang5-2015 opens on 'Tin tức sự kiện 21 Tháng Năm 2015 9:25:00 SA'
    _, outline = _outline(tmp_path, "ab-quan11-bc-ktxh-thang5-2015")
    assert outline["deck"]["title"] == "Tình hình kinh tế tháng 5 năm 2015"


# the lines the issue names (session 24, h31g: copied from news sites), each after a real
# paragraph of the set (sathay-kh-chitieu-2021), and the lines like them that are text
LEAD = (
    "Trong năm 2021, huyện Sa Thầy phấn đấu hoàn thành 17 chỉ tiêu chủ yếu về phát triển kinh "
    "tế, xã hội."
)
FURNITURE = [
    "Thứ hai - 01/07/2024 09:11",
    "01/07/2024 | 09:11 GMT+7",
    "Cập nhật: Thứ Hai, 01/07/2019 06:46",
    "Ngày đăng: 05/06/2025 15:50",
    "CTV: Hoàng Thông",
    "PV: Minh Tuấn",
    "Lượt xem: 21",
    "Chia sẻ",
    "In bài",
    "Số lượt người xem : Bản in",
]
TEXT = [
    # qb-haiphong-bc-haiquan-2020, qb-haiphong: a sentence opening 'Cập nhật'
    "Cập nhật chung của Cục Hải quan Hải Phòng từ đầu năm đến 15/11, kim ngạch xuất nhập khẩu "
    "tại đơn vị đạt 13,6 tỷ USD.",
    # dongthap-kh-doimoicongnghe-2025: 'chia sẻ' in a task
    "Nâng cấp, hoàn thiện hệ thống cơ sở dữ liệu ngành và liên ngành, đảm bảo liên thông, chia "
    "sẻ dữ liệu.",
    # za-danang-bc-giaingan-2024: a date that says when, in a sentence
    "Đến ngày 30/9/2025 giải ngân đạt 47,3% kế hoạch.",
    # kiengiang-nq-vonxdcb-2010: 'Nguồn vốn …' is a fund, no source
    "Nguồn vốn trái phiếu Chính phủ: 120 tỷ đồng.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_the_issues_lines_are_dropped(line: str) -> None:
    doc = parse([LEAD, line, LEAD.replace("2021", "2022")])
    assert line not in doc.intro
    assert len(doc.intro) == 2


@pytest.mark.parametrize("line", TEXT)
def test_text_like_them_stays(line: str) -> None:
    doc = parse([LEAD, line, LEAD.replace("2021", "2022")])
    assert line in doc.intro
