"""Label classes left on the evaluation set's newest documents after wt-h24d (issue 15, session
21, wt-h25b), each checked on the sentences of the set that showed it, through the whole draft."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest

from .draft_cases import case, composed, read
from .draft_eval import clean_label

CROP_AREAS = [
    # too vague: a crop's area named by the crop and the act alone ('Cây ngô gieo trồng: 471,5
    # ha'), its changes with it (aa-lamha-bc-thongke-6thang-2022)
    case("vague/crop-and-act",
         ["Diện tích ngô gieo trồng 6 tháng đầu năm",
          "Diện tích ngô gieo trồng tăng so với cùng kỳ",
          "Diện tích ngô gieo trồng năm", "Diện tích ngô gieo trồng giảm so với năm trước",
          "Diện tích ngô thu hoạch 6 tháng đầu năm", "Năng suất ngô 6 tháng đầu năm",
          "Năng suất ngô tăng so với cùng kỳ năm trước"],
         "- Cây ngô 6 tháng đầu năm gieo trồng được 471,5 ha, tăng 2,5% so cùng kỳ; ước cả năm "
         "812 ha, giảm 3% so với năm trước. Dự ước diện tích thu hoạch 6 tháng đầu năm 38,5 ha, "
         "năng suất đạt 46 tạ/ha, tăng 2,2% so cùng kỳ năm trước."),
    # (the crop opens the sentence without its kind word; the change's base left out where the
    # label would run past ten words)
    case("vague/crop-and-act-too-long-with-its-base",
         ["Diện tích rau các loại gieo trồng 6 tháng",
          "Diện tích rau các loại gieo trồng 6 tháng tăng",
          "Diện tích hoa các loại gieo trồng 6 tháng",
          "Diện tích hoa các loại gieo trồng 6 tháng tăng",
          "Diện tích rau gieo trồng", "Diện tích rau gieo trồng tăng", "Diện tích hoa gieo trồng",
          "Diện tích hoa gieo trồng tăng", "Diện tích rau các loại thu hoạch 6 tháng",
          "Diện tích rau các loại thu hoạch 6 tháng tăng", "Năng suất rau các loại 6 tháng đầu năm",
          "Năng suất rau các loại tăng so với cùng kỳ"],
         "- Cây rau các loại ước 6 tháng gieo trồng 1.351,1 ha, tăng 9,8% và cây hoa các loại "
         "gieo trồng 218,9 ha, tăng 8,9% so cùng kỳ. Ước tính cả năm, cây rau gieo trồng 2.364 ha,"
         " tăng 10,5% và cây hoa gieo trồng 340 ha, tăng 11,2% so với cùng kỳ năm trước. Rau các "
         "loại 6 tháng đầu năm thu hoạch được 1.203,8 ha, tăng 10,2% so năm trước, năng suất ước "
         "đạt 192,4 tạ/ha, tăng 1,7% so cùng kỳ năm trước"),
    # (a season's crop cut from its act by a comma; its rate of the plan named by the area
    # alone, as the act would run it past ten words) (aa-chogao-bc-thongke-6thang-2022)
    case("vague/season-crop-cut-by-a-comma",
         ["Diện tích lúa Đông Xuân xuống giống", "Diện tích lúa Đông Xuân (so với kế hoạch)",
          "Diện tích lúa Đông Xuân xuống giống giảm", "Năng suất bình quân lúa Đông Xuân",
          "Sản lượng vụ lúa Đông Xuân", "Sản lượng lúa Đông Xuân (so với kế hoạch)"],
         "- Vụ lúa Đông Xuân, xuống giống 199,8 ha, đạt 90,86% kế hoạch, giảm 44,7% so cùng kỳ; "
         "năng suất bình quân 5,9 tạ/ha, sản lượng 1.183 tấn, đạt 91% kế hoạch."),
    # the places that sow, the crop the act's object after the number: the area of the act,
    # the places left out (ac-soctrang-bc-ktxh-2014; no 'Diện tích các địa phương gieo trồng';
    # since session 23, h29b, no 'Các địa phương gieo trồng màu' either: a card in ha that
    # names who sows says not what is counted)
    case("vague/the-places-sow",
         ["Diện tích gieo trồng màu", "Diện tích gieo trồng màu tăng"],
         "Các địa phương gieo trồng 63.308 ha màu và cây công nghiệp ngắn ngày, tăng 0,3% so với "
         "năm trước."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), CROP_AREAS)
def test_a_crops_area_is_named_by_its_area(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert all(clean_label(label) for label in got if label.startswith("Diện tích"))


CLAUSE_OPENERS = [
    # garbled: a concession said first, its clause taken as the subject ('Mặc dù bị ảnh hưởng
    # bởi điều kiện thời tiết: 185 tỷ đồng'); the main clause after 'nhưng' names the number
    # (za-gialai-bc-nangluong-2024)
    case("garbled/concession-before-the-main-clause",
         ["Nộp ngân sách"],
         "Mặc dù bị ảnh hưởng bởi điều kiện thời tiết không thuận lợi nhưng Công ty Thủy điện "
         "Ialy đã nộp ngân sách 185 tỷ đồng trong 9 tháng năm 2024."),
    # (a condition said first, 'sau khi … thì'; za-gialai-bc-nangluong-2024)
    case("garbled/condition-before-the-main-clause",
         [ANY, "Điện mặt trời đóng góp ngân sách"],
         "Đối với các dự án điện mặt trời, đa phần quy mô nhỏ, công suất 1 MW. Theo dự tính, sau "
         "khi thực hiện khấu trừ thuế giá trị gia tăng đầu vào thì điện mặt trời đóng góp ngân "
         "sách trên 200 triệu đồng/năm/MW”."),
    # (the number in the concession itself: its opener left out; ub-longan-bc-haiquan-2020)
    case("garbled/number-in-the-concession",
         ["Lũy kim ngạch xuất nhập khẩu có thuế", "Lũy kim ngạch xuất nhập khẩu có thuế giảm",
          ANY],
         "Mặc dù lũy kim ngạch xuất nhập khẩu có thuế đạt 1,4 tỷ USD giảm 3% so với cùng kỳ năm "
         "2019, nhưng một số mặt hàng nhập khẩu có kim ngạch nộp thuế trong cả năm lại có mức "
         "tăng cao như: dầu thực vật tăng 13%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), CLAUSE_OPENERS)
def test_a_clause_said_before_the_subject_is_no_label(expected, paragraph, tmp_path: Path):
    got = read(composed(tmp_path, [paragraph]), "label")
    assert got == expected
    assert not any(label.lower().startswith(("mặc dù", "sau khi")) for label in got)


BRACKETED_SHARES = [
    # too vague: the shares of parts in a bracket right after the whole's share named by the
    # part alone ('Tuyến tỉnh: 75%'): the whole's measure and the part (za-bacgiang-kh-
    # giuongbenh-2030; the part after the bracket is not one of them)
    case("vague/parts-of-a-share-in-brackets",
         [ANY, "Tỷ lệ danh mục kỹ thuật tuyến tỉnh", "Tỷ lệ danh mục kỹ thuật tuyến huyện",
          "Tuyến xã"],
         "Phấn đấu đến 2030 tỷ lệ danh mục kỹ thuật được thực hiện theo phân tuyến trung bình "
         "toàn tỉnh tối thiểu 82% (tuyến tỉnh đạt tối thiểu 75%; tuyến huyện đạt tối thiểu 90%), "
         "tuyến xã đạt 70%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), BRACKETED_SHARES)
def test_a_parts_share_in_brackets_is_named_by_the_wholes_measure(
    expected, paragraph, tmp_path: Path
):
    assert read(composed(tmp_path, [paragraph]), "label") == expected
