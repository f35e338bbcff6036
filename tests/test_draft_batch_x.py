"""Classes of the draft extractor found on batch X (session 17: seven real documents, now
material in tests/fixtures/draft-eval/xa-*, xb-*), each stated on sentences of the kind the
documents write; the documents themselves are scored in tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from deckmaker.draft import draft
from deckmaker.draft.figures import find_figures
from deckmaker.draft.reader import read_paragraphs
from deckmaker.draft.structure import parse
from deckmaker.draft.targets import reported_year

from .draft_cases import case, composed, read

D = Decimal

# a resolution that issues a programme: its three articles, the recipients and the signature,
# then the programme itself under its title and '(Ban hành kèm theo Nghị quyết số …)'; the
# letterhead's two columns flattened into one line per row with ' | ' (as a legal database's
# copy writes its table)
ISSUED = """CHÍNH PHỦ
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 12/NQ-CP | Hà Nội, ngày 07 tháng 02 năm 2023

NGHỊ QUYẾT

BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW VỀ PHÁT TRIỂN THỦ ĐÔ

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

{article}

Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: VT, QHĐP (3). | TM. CHÍNH PHỦ
THỦ TƯỚNG

Phạm Minh Chính

CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ

THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW VỀ PHÁT TRIỂN THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030
(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)

I. MỤC ĐÍCH, YÊU CẦU

1. Phấn đấu đạt các mục tiêu, chỉ tiêu cụ thể đã đề ra trong Nghị quyết

a) Giai đoạn từ nay đến năm 2030:

{targets}
""".format(
    article="Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ "
    "thực hiện Nghị quyết số 15-NQ/TW.",
    targets="- Tỷ trọng kinh tế số trong GRDP đến năm 2025 đạt khoảng 30%, đến năm 2030 đạt "
    "khoảng 40%; Tỷ lệ đô thị hóa đến năm 2025 đạt khoảng 60-62%, đến năm 2030 đạt 75%.",
)


def test_the_document_a_resolution_issues_after_its_signature_is_read(tmp_path):
    # the programme after the signature is the substance: its targets are figures, its parts
    # sections (before, everything after 'Nơi nhận' was dropped: 0 of 17 figures on xa-hanoi)
    path = tmp_path / "nghi-quyet.txt"
    path.write_text(ISSUED, encoding="utf-8")
    result = draft(path, slides=None)
    figures = list(result.deck.figures)
    assert read(figures, "value unit") == [
        (D("30"), "%"),
        (D("40"), "%"),
        ((D("60"), D("62")), "%"),
        (D("75"), "%"),
    ]
    assert {f.plan_kind for f in figures} == {"exact", "range"}
    outline = yaml.safe_load(result.outline_yaml)
    titles = [s["title"] for s in outline["sections"]]
    assert titles[:3] == ["Điều 1", "Điều 2", "Điều 3"]
    assert titles[3:] == ["Mục đích, yêu cầu"]
    # the programme a part of its own, under no article; its parts under it
    doc = parse(read_paragraphs(path, []))
    issued = doc.headings[3]
    assert (issued.kind, issued.title) == ("annex", "Chương trình hành động của Chính phủ")
    assert [h.title for h in issued.children] == ["MỤC ĐÍCH, YÊU CẦU"]
    # nothing of the recipients or the signature is read as content
    text = result.outline_yaml
    assert "Phạm Minh Chính" not in text and "Ban Bí thư" not in text


def test_a_letterhead_flattened_with_bars_is_read_cell_by_cell(tmp_path):
    # 'Số: 12/NQ-CP | Hà Nội, ngày 07 …': the number, the place and date; the rule's cell and
    # the motto no part of the issuer; the title keeps the number it cites in capitals
    path = tmp_path / "nghi-quyet.txt"
    path.write_text(ISSUED, encoding="utf-8")
    result = draft(path, slides=None)
    deck = yaml.safe_load(result.outline_yaml)["deck"]
    assert deck["organization"] == "Chính phủ"
    assert str(deck["date"]) == "2023-02-07"
    assert "15-NQ/TW" in deck["title"]
    assert {f.source.split(",")[0] for f in result.deck.figures} == {"Nghị quyết 12/NQ-CP"}


def test_targets_said_to_be_met_set_no_target_on_the_results_after_them():
    # 'Các chỉ tiêu văn hóa - xã hội … đều đạt': the targets of a field, all met; the rates
    # after are results ('trên 97%' was drafted a floor, '98,3 %' an exact target)
    figures = find_figures(
        "Các chỉ tiêu văn hóa - xã hội của huyện đều đạt, chất lượng giáo dục các bậc học tăng "
        "đồng đều, tỷ lệ học sinh lên lớp đạt trên 97%; tốt nghiệp THCS đạt 98,3 %.",
        reported=2019,
    )
    assert read(figures, "value plan_kind") == [(D("97"), None), (D("98.3"), None)]
    # the targets still set when the sentence strives for them
    strived = find_figures(
        "Các chỉ tiêu văn hóa - xã hội phấn đấu đều đạt, tỷ lệ học sinh lên lớp đạt trên 97%.",
        reported=2019,
    )
    assert read(strived, "plan_kind") == ["floor"]


def test_the_first_months_of_a_year_are_a_year_reported_on(tmp_path):
    # '3 tháng đầu năm 2019' in a text that otherwise reports on 2018 ('Năm 2018 … đã'): what it
    # counts for those months happened; no target for 2019 (4.030 vụ, 1.905 người, 3.141 người
    # were drafted as exact targets)
    figures = composed(
        tmp_path,
        [
            "Năm 2018, EVN đã đạt sản lượng điện thương phẩm 192,7 tỷ kWh.",
            "Đặc biệt 3 tháng đầu năm 2019, toàn quốc chỉ xảy ra 4.030 vụ tai nạn giao thông, "
            "làm chết 1.905 người, bị thương 3.141 người.",
        ],
    )
    assert read(figures, "value plan_kind") == [
        (D("192.7"), None),
        (D("4030"), None),
        (D("1905"), None),
        (D("3141"), None),
    ]
    # months of a plan are no months gone by
    assert reported_year(["Kế hoạch 6 tháng đầu năm 2026: hoàn thành 50 nhà."]) is None
    assert reported_year(["Trong 9 tháng năm 2024, tổng thu đạt 500 tỷ đồng."]) == 2024


# a class of measures checked on one sentence: (value, unit) of each figure found in it
MEASURES = [
    # a count per year: the rate keeps its per-part (was '11.220 người', the total's unit)
    case("count-per-year", [(D("112200"), "người"), (D("11220"), "người/năm")],
         "Giai đoạn 1999-2008, cả nước có 112.200 người chết do tai nạn giao thông "
         "(11.220 người/năm)."),
    # the count after a rank is the list ranked, no figure (was '24 tập đoàn/Tổng công ty')
    case("list-ranked-is-no-figure", [(D("2"), "hạng"), (D("2"), "hạng")],
         "EVN được xếp thứ 2 trong 24 tập đoàn/Tổng công ty nhà nước về chỉ số ứng dụng "
         "công nghệ thông tin; EVN xếp thứ 2 trong danh sách 500 doanh nghiệp lớn nhất."),
    # a road's number counts nothing (was '3 đoạn')
    case("road-number-counts-nothing", [(D("5"), "tỷ đồng")],
         "Sửa chữa nền, mặt đường tỉnh lộ 3 đoạn Km21+500 ÷ Km27+500, với tổng mức đầu tư "
         "khoảng 5 tỷ đồng."),
    # a programme's code ('30a') is no count of 'a'; a bare 'tỷ' before what it is for is money
    case("programme-code-and-money-for-a-purpose", [(D("14.7"), "tỷ")],
         "Thực hiện Chương trình 30a, huyện được Trung ương bố trí 14,7 tỷ để đầu tư xây dựng "
         "đường giao thông liên thôn."),
    # a listed noun that opens a compound it does not name: cases, no schools (was '38 trường')
    case("cases-are-no-schools", [(D("38"), "trường hợp"), (D("37"), "trường")],
         "Hải quan phát hiện 38 trường hợp vi phạm; toàn huyện có 37 trường đạt chuẩn quốc gia."),
    # metres at a clause's end
    case("metres-before-a-comma", [(D("6300"), "m")],
         "Thảm tăng cường mặt đường bằng bê tông nhựa dài 6.300 m, bổ sung hệ thống rãnh thoát "
         "nước."),
]  # fmt: skip


@pytest.mark.parametrize(("want", "text"), MEASURES)
def test_measures(want, text):
    assert read(find_figures(text), "value unit") == want


def test_a_later_year_s_level_of_a_target_is_about_that_level():
    # 'phấn đấu đến năm 2021, … chiếm khoảng 1% …; đến năm 2025 đạt khoảng 2,5% và đến năm 2030
    # đạt khoảng 5%': the same target for later years, its subject left out, each about a level
    # (exact, as the first), not a floor (the striving is in a clause before)
    figures = find_figures(
        "Nghị quyết đặt ra mục tiêu phấn đấu đến năm 2021, nông dân và lao động khu vực phi "
        "chính thức tham gia bảo hiểm xã hội tự nguyện chiếm khoảng 1% lực lượng lao động trong "
        "độ tuổi; đến năm 2025 đạt khoảng 2,5% và đến năm 2030 đạt khoảng 5%.",
        reported=2018,
    )
    assert read(figures, "value plan_kind") == [
        (D("1"), "exact"),
        (D("2.5"), "exact"),
        (D("5"), "exact"),
    ]


def test_what_a_hardship_forced_in_a_concession_is_no_duty():
    # 'tuy phải giảm trên 30% …': what had to be cut (a concession), no target; the results
    # after it neither ('trên 9,4 tỷ đồng' a floor, 'tăng 14%' exact, before)
    figures = find_figures(
        "Trong năm 2020 tuy phải giảm trên 30% số cuộc kiểm tra so với cùng kỳ do dịch "
        "Covid-19 nhưng Cục Hải quan vẫn thu về cho ngân sách trên 9,4 tỷ đồng từ công tác "
        "kiểm tra sau thông quan, tăng 14% so cùng kỳ 2019.",
        reported=2020,
    )
    assert read(figures, "plan_kind") == [None, None, None]
    # a duty set is still a target
    duty = find_figures("Năm 2025, các huyện phải giảm tỷ lệ hộ nghèo trên 2%.", reported=2024)
    assert read(duty, "plan_kind") == ["floor"]


def test_what_an_amount_already_includes_reports_nothing(tmp_path):
    # 'chi ngân sách trung ương là …, đã bao gồm dự toán …': what the estimate includes, not
    # what was done; the list of the estimate's amounts goes on (10 of the 17 amounts of a
    # budget resolution were drafted as results)
    figures = composed(
        tmp_path,
        [
            "Quốc hội quyết nghị: Thông qua dự toán ngân sách nhà nước năm 2026 với số thu "
            "ngân sách nhà nước là 2.529.467 tỷ đồng.",
            "Tổng số chi ngân sách nhà nước là 3.159.106 tỷ đồng. Trong đó, chi ngân sách trung "
            "ương là 1.809.056 tỷ đồng, đã bao gồm dự toán 238.421 tỷ đồng để bổ sung cân đối "
            "ngân sách địa phương.",
            "Mức bội chi ngân sách nhà nước là 605.800 tỷ đồng.",
        ],
    )
    kinds = dict(read(figures, "value plan_kind"))
    assert kinds[D("3159106")] == kinds[D("1809056")] == kinds[D("605800")] == "exact"


def test_a_plan_as_assigned_is_a_level_whatever_the_tense_of_its_assigning():
    # '(Tổng) kế hoạch … (đã) được Thủ tướng Chính phủ giao là X, trong đó … là Y và … là Z':
    # the plan and its parts, exact levels (drafted as results: 'đã' reports)
    figures = find_figures(
        "Tổng kế hoạch đầu tư công vốn NSNN năm 2025 đã được Thủ tướng Chính phủ giao là "
        "913.216,2 tỷ đồng (bao gồm: vốn ngân sách trung ương (NSTW) là 437.488,9 tỷ đồng và "
        "vốn ngân sách địa phương (NSĐP) là 475.727,3 tỷ đồng).",
        reported=2025,
    )
    assert read(figures, "plan_kind") == ["exact"] * 3
    # what is done with the plan is a result
    done = find_figures(
        "Kế hoạch vốn được giao là 500 tỷ đồng, thành phố đã giải ngân 300 tỷ đồng.",
        reported=2025,
    )
    assert read(done, "value plan_kind") == [(D("500"), "exact"), (D("300"), None)]
