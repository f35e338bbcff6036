"""Label classes of the evaluation set's sixty newest documents read as an editor would (issue 15,
session 20, wt-h23g), each checked on the sentences of the set that showed it."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest

from deckmaker.draft.wellformed import well_formed

from .draft_cases import Label, case, composed, labels, read

AMOUNTS = [
    # too vague: an amount the text names by a generic noun of worth alone ('với giá trị',
    # 'với số tiền là', '(kinh phí …)') is the worth of what its clause names before that noun
    # (ub-dongthap-nq-vondautu-2017: the level it starts from said as such; the change said
    # after a comma, 'tương đương giảm 14,3 tỷ đồng', is no worth of that noun)
    case("vague/worth-of-the-act-before",
         [ANY, ANY, Label(starts="Giá trị điều chỉnh giảm kế hoạch vốn "),
          "Giá trị điều chỉnh giảm kế hoạch vốn", Label(lacks=("kế hoạch vốn",))],
         "2.1. Tổng vốn ngân sách tập trung năm 2017 là 557,480 tỷ đồng, dự kiến điều chỉnh như "
         "sau:\na) Điều chỉnh giảm kế hoạch vốn của 04 dự án, với giá trị giảm từ 29,5 tỷ đồng "
         "xuống còn 15,2 tỷ đồng, tương đương giảm 14,3 tỷ đồng (Kèm theo biểu số 1.1)."),
    # (a part said in a bracket after 'bao gồm': the part, its worth's noun left out to fit)
    case("vague/worth-of-a-part-in-brackets",
         [ANY, "Giá trị giữ nguyên kế hoạch vốn", "Vốn chuẩn bị đầu tư chưa phân khai chi tiết"],
         "c) Giữ nguyên kế hoạch vốn của 91 dự án, với giá trị 670,3 tỷ đồng (bao gồm vốn chuẩn "
         "bị đầu tư chưa phân khai chi tiết với giá trị 25 tỷ đồng) (Kèm theo biểu số 2.3)."),
    # (v-bgtvt-tongket-2018: who acts, and the count of what is acted on, left out)
    case("vague/worth-of-the-act-not-of-who-acts",
         [ANY, "Giá trị trình quyết toán dự án vốn NSNN", ANY],
         "Về quyết toán các dự án hoàn thành, các chủ đầu tư, Ban Quản lý dự án đã lập, trình "
         "quyết toán 39 dự án vốn NSNN với giá trị là 26.812 tỷ đồng, đạt 85% kế hoạch."),
    # (za-hcm-bc-dauan-2024: a bracket gives the noun; the clause after an amount before it)
    case("vague/worth-in-a-bracket",
         [ANY, ANY, ANY, "Kinh phí hỗ trợ xây tặng căn nhà tình nghĩa"],
         "Với tình cảm gắn bó, TPHCM hỗ trợ Điện Biên xây dựng Di tích đồi E2 (35 tỷ đồng trong "
         "2 năm 2024, 2025), tổng kinh phí hỗ trợ là 85 tỷ đồng; Ủy ban MTTQ Việt Nam TPHCM đã "
         "hỗ trợ xây tặng 200 căn nhà tình nghĩa (kinh phí 10 tỷ đồng); Đoàn đại biểu HĐND"),
    # (v-quangnam-haiquan-thungansach-2020: a decree's number is a code, no figure of the clause)
    case("vague/worth-of-an-act-under-a-decree",
         ["Số tiền hoàn thuế theo Nghị định số 57/2020/NĐ-CP"],
         "Cụ thể, do sự cạnh tranh với xe nhập khẩu, xe trong nước và ảnh hưởng của dịch bệnh "
         "Covid-19 nên lượng tiêu thụ xe giảm, bên cạnh đó đơn vị đã thực hiện hoàn thuế theo "
         "Nghị định số 57/2020/NĐ-CP với số tiền là 707 tỷ đồng nên số thực thu từ các mặt hàng "
         "của Công ty cổ phần ô tô Trường Hải chỉ đạt 2."),
    # not cut: too long whole, the generic noun stays alone rather than 'Giá trị công trình
    # thanh niên cấp huyện, cấp' (quangninh-tinhdoan-thangthanhnien-2022)
    case("not-cut/worth-too-long-to-name",
         [ANY, ANY, ANY, "Tổng giá trị", ANY],
         "Tiêu biểu như: Thực hiện 01 Công trình thanh niên cấp tỉnh trị giá 6,8 tỷ đồng và 110 "
         "Công trình thanh niên cấp huyện, cấp cơ sở với tổng giá trị gần 3 tỷ đồng; tổ chức 498 "
         "hoạt động tình nguyện."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), AMOUNTS)
def test_an_amount_named_by_a_generic_noun_is_of_what_its_clause_names(expected, paragraph):
    assert labels(paragraph) == expected


FRAMES = [
    # too vague: a label that is the time or the frame a sentence opens with ('Đến nay', 'Hiện',
    # 'Thay vì') names no measure: the sentence's grammar names it (wa-thanhhoa-bc-haiquan-2020,
    # yenbai-bc-ktxh-2014)
    case("vague/now-and-who-acts",
         ["Chỉ tiêu phấn đấu"],
         "Lãnh đạo Chi cục Hải quan Cảng Thanh Hóa cho biết, hiện đơn vị đang nỗ lực hoàn thành "
         "chỉ tiêu phấn đấu Cục Hải quan Thanh Hóa giao lần 3 là 170 tỷ đồng."),
    case("vague/until-now",
         ["Số xã đạt từ 10 tiêu chí", ANY, "Số xã đạt từ 10 tiêu chí tăng"],
         "Đến nay số xã đạt từ 10 tiêu chí trở lên là 37 xã, gấp 2,46 lần so kế hoạch, tăng 25 "
         "xã so năm 2013."),
    # (za-btttt-bc-vienthong-2020: a physical amount, named by the noun phrase after its unit)
    case("vague/until-now-of-an-amount",
         ["Cáp quang đã được triển khai", ANY, ANY, ANY],
         "Đến nay, đã có hơn 1 triệu km cáp quang đã được triển khai đến tận thôn/bản/xã/phường "
         "của 63/63 tỉnh/thành phố trên cả nước, sóng di động đã phủ tới 99,7% dân số (trong "
         "đó, vùng phủ 3G, 4G phục vụ trên 98% dân số)."),
    # (v-hcm-daihoi-chitieu-2020: the value replaced, in a bracket opened by 'thay vì')
    case("vague/instead-of",
         [ANY, Label(lacks=("Thay vì",)), ANY, Label(lacks=("Thay vì",))],
         "Ngoài ra, Đại hội cũng thống nhất điều chỉnh GRDP bình quân đầu người đến cuối năm 2025 "
         "đạt 8.500 USD/ người (thay vì từ 8.500-9.000 USD/người như báo cáo trình Đại hội trước "
         "đó); đến năm 2030 đạt 13.000 USD/người (thay vì từ 13.000- 14.000 USD/ người)."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), FRAMES)
def test_a_label_that_is_a_frame_is_composed_from_the_sentence(expected, paragraph, tmp_path: Path):
    assert read(composed(tmp_path, [paragraph]), "label") == expected


GARBLED = [
    # garbled: the digits that end a word are part of it ('IPv6', not 'IPv'), in the words a
    # count is said of (za-btttt-bc-vienthong-2020)
    case("garbled/digits-ending-a-word",
         [ANY, "Sử dụng IPv6", ANY, ANY],  # (the two ranks: 'thứ 10 toàn cầu' since h26c)
         "Tính đến tháng 6/2020, tỷ lệ ứng dụng IPv6 trên mạng Internet Việt Nam đạt 44% với hơn "
         "36 triệu người sử dụng IPv6, đứng thứ 2 khu vực Asean, thứ 10 toàn cầu."),
    # garbled: a quotation the label opens and never closes, a quoted sentence cut at its figure
    # (wa-thanhhoa-bc-haiquan-2020)
    case("garbled/quotation-mark-never-closed",
         ["Số thuế GTGT bình quân một chuyến", ANY, ANY],
         "“Số thuế GTGT bình quân một chuyến đạt 181 tỷ đồng, tính chung số thuế GTGT của mặt "
         "hàng dầu thô đã nộp NSNN là 6.572 tỷ đồng, chiếm 68% tổng số thu NSNN của đơn vị” – "
         "ông Phong thông tin."),
    # (a sign before the number, '~10%': no word of the label)
    case("garbled/approximately-sign",
         [Label(lacks=("~",))],
         "Tên miền quốc gia Việt Nam “.vn” tăng trưởng đảm bảo theo dự kiến, tăng trưởng ~10%, "
         "đứng đầu khu vực ASEAN về số lượng duy trì sử dụng."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), GARBLED)
def test_a_label_keeps_no_fragment_of_a_word_or_a_sign(expected, paragraph):
    assert labels(paragraph) == expected


def test_a_quotation_the_label_holds_whole_is_kept():
    # (za-btttt-bc-vienthong-2020: 'Tên miền “.vn”' keeps both its marks)
    assert well_formed("Tên miền “.vn”") == "Tên miền “.vn”"
    assert well_formed("“Tổng số thu từ dầu thô") == "Tổng số thu từ dầu thô"


LISTED = [
    # too vague: the items of a list opened by 'như:' share the measure the sentence names
    # before it ('… có kim ngạch nộp thuế … như: dầu thực vật tăng 13%'), each named by it with
    # its own name; an item too long with it stays as it is (ub-longan-bc-haiquan-2020)
    case("vague/items-of-a-measured-list",
         [ANY, ANY, "Kim ngạch nộp thuế dầu thực vật tăng", "Kim ngạch nộp thuế than tăng",
          "Thức ăn gia súc và nguyên liệu tăng", ANY, "Kim ngạch nộp thuế nông sản tăng",
          "Kim ngạch nộp thuế thủy sản tăng", "Kim ngạch nộp thuế gỗ tăng", ANY,
          "Kim ngạch nộp thuế giấy tăng", "Kim ngạch nộp thuế phân bón tăng", ANY],
         "Mặc dù lũy kim ngạch xuất nhập khẩu có thuế đạt 1,4 tỷ USD giảm 3% so với cùng kỳ năm "
         "2019, nhưng một số mặt hàng nhập khẩu có kim ngạch nộp thuế trong cả năm lại có mức "
         "tăng cao như: dầu thực vật tăng 13%; than tăng 50%; thức ăn gia súc và nguyên liệu tăng "
         "77%; nguyên liệu may, da giày tăng 52%; nông sản tăng 38%, thủy sản tăng 118%, gỗ tăng "
         "84%, nguyên liệu sản xuất thuốc lá tăng 188%, giấy tăng 10%; phân bón tăng 164%; hàng "
         "hóa khác tăng 13% so với cùng kỳ năm 2019."),
    # (wc-baclieu-bc-ktxh-2020: an amount of the item, its output; the change after it in the
    # item named by the item already)
    case("vague/items-of-a-list-of-outputs",
         [Label(starts="Sản lượng ", ends="đông lạnh xuất khẩu"), ANY,
          Label(starts="Sản lượng ", ends="uối Iốt"), ANY],
         "Năm 2020, một số sản phẩm công nghiệp chủ yếu trên địa bàn tỉnh Bạc Liêu có sản lượng "
         "tăng cao so với năm trước như: Thủy sản đông lạnh xuất khẩu đạt 97.146 tấn, tăng "
         "9,80%; muối Iốt 10.152 tấn, tăng 5,09%."),
    # not a rate of growth: the item's own 'tăng' says it (hanam-bc-congthuong-quy1-2022)
    case("not-said-twice/growth-of-listed-items",
         ["Xi măng tăng", "Thiết bị điện, điện tử tăng", "Xe máy tăng", "Quần áo may sẵn tăng",
          "Đồ chơi trẻ em tăng"],
         "Các nhà máy sản xuất hoạt động đều đặn nên tốc độ tăng trưởng của các sản phẩm công "
         "nghiệp chủ yếu của tỉnh có mức tăng cao như: xi măng tăng 14,1%; thiết bị điện, điện "
         "tử tăng 14,2%, xe máy tăng 11,5%; quần áo may sẵn tăng 12,4%, đồ chơi trẻ em tăng 42%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), LISTED)
def test_the_items_of_a_list_are_named_by_the_measure_it_opens_with(expected, paragraph):
    assert labels(paragraph) == expected


CRITERIA = [
    # too vague: the criteria a count of communes meets, written with their own number after
    # it ('34/45 xã đạt 19/19 tiêu chí'), say which communes are counted: not 'Số xã' alone, nor
    # the words before the count ('Số xã đạt Hiện toàn tỉnh') (sa-brvt-bc-nongnghiep-2019,
    # aa-laocai-nq-chitieu-2024); the criteria themselves no figure (h43d: they define the count)
    case("vague/communes-by-the-criteria-they-meet",
         ["Số xã đạt 19/19 tiêu chí", ANY, ANY, ANY, "Số xã đạt 15/15 tiêu chí NTM nâng cao", ANY],
         "Về chương trình xây dựng NTM, toàn tỉnh có 34/45 xã đạt 19/19 tiêu chí, trong đó 28 xã "
         "được UBND tỉnh công nhận đạt chuẩn. Tổng số tiêu chí đã đạt của 45 xã là 785, bình quân "
         "17,4 tiêu chí/xã. Hiện toàn tỉnh có 7 xã đạt 15/15 tiêu chí NTM nâng cao, trong đó 1 xã "
         "đã hoàn thiện hồ sơ trình UBND tỉnh phê duyệt."),
    case("vague/communes-by-the-criteria-in-a-list",
         ["Số xã đạt 19 tiêu chí nông thôn mới"],
         "- 72 xã đạt 19 tiêu chí nông thôn mới"),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), CRITERIA)
def test_a_count_of_communes_is_named_by_the_criteria_they_meet(expected, paragraph):
    assert labels(paragraph) == expected
