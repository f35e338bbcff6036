"""Label rules of round 16 (issue 15, batch K held out), each stated as a class of the grammar
and checked on sentences composed from it, not only on the document that showed it.

Where the cases of a class differ only in the sentence and its labels, they are rows of LABELS:
the class is said in a comment above its rows, each row's id names the case. A check that sets
one label against another, or reads a label by a pattern, keeps a test of its own."""

from __future__ import annotations

import re
from unittest.mock import ANY

import pytest

from .draft_cases import Label, case, labels

# One paragraph and the label of each figure found in it, in order: a label in full, in part
# (`Label`), or ANY where the class says nothing of it.
LABELS = [
    # a target in a bracket after its result is named by the result's subject, then who set it
    # (who set the target is not what it measures)
    case("bracket-target/tinh-giao", [ANY, "Thu ngân sách (tỉnh giao)"],
         "Thu ngân sách đạt 450 tỷ đồng (tỉnh giao 400 tỷ đồng)."),
    case("bracket-target/trung-uong-giao", [ANY, "Sản lượng lương thực (Trung ương giao)"],
         "Sản lượng lương thực đạt 120.000 tấn (Trung ương giao 110.000 tấn)."),
    # a change's target keeps the change, not how it goes on nor its base
    case("bracket-target/of-a-change",
         [ANY, Label(ends="đàn gia súc chính tăng (nghị quyết hđnd tỉnh giao)", lower=True), ANY],
         "Tổng đàn gia súc chính tiếp tục tăng 5,69% so với cùng kỳ (Nghị quyết HĐND tỉnh giao "
         "4%); diện tích rừng trồng mới là 15.507 ha."),
    case("bracket-target/not-how-it-goes-on",
         [ANY, Label(starts="Tổng đàn gia súc chính", lacks=("tiếp tục",))],
         "Tổng đàn gia súc chính tiếp tục tăng 5,69% (kế hoạch là 4%)."),
    # a bracket that names no target is not one ('cùng kỳ' is a base)
    case("bracket-target/not-a-base", [ANY, Label(lacks=("giao", "kế hoạch"))],
         "Giá trị sản xuất đạt 500 tỷ đồng (cùng kỳ 450 tỷ đồng)."),
    # "tăng 12 hợp tác xã so với năm 2020": a base after a count is not what it counts; the
    # change is of the count before, against its base
    case("base-after-a-count/hop-tac-xa",
         [ANY, Label(starts="Hợp tác xã", has=("tăng so với năm 2020",))],
         "Toàn tỉnh có 85 hợp tác xã, tăng 12 hợp tác xã so với năm 2020."),
    case("base-after-a-count/doanh-nghiep",
         [ANY, Label(starts="Doanh nghiệp thành lập mới tăng")],
         "Số doanh nghiệp thành lập mới là 450 doanh nghiệp, tăng 9 doanh nghiệp so cùng kỳ."),
    # budget lines of one kind are named by their source of funds; a line that fits is left as
    # written (its kind is all it says before the source)
    case("budget-line/province", [Label(starts="Vốn ngân sách tỉnh hỗ trợ")],
         "Chi thường xuyên từ nguồn vốn ngân sách tỉnh hỗ trợ các huyện miền núi khó khăn: "
         "12.000 triệu đồng;"),
    case("budget-line/bank", ["Vốn vay Ngân hàng Chính sách xã hội tỉnh"],
         "Chi thường xuyên từ nguồn vốn vay Ngân hàng Chính sách xã hội tỉnh: 8.000 triệu đồng."),
    case("budget-line/fits-as-written", ["Chi từ nguồn cân đối ngân sách địa phương"],
         "Chi từ nguồn cân đối ngân sách địa phương: 1.281 tỷ đồng;"),
    # a sum said with 'với' or 'bằng' after a count is the money of what was counted
    case("sum-with-voi/so-tien", [ANY, Label(starts="Số tiền của tổ tiết kiệm")],
         "Trong năm, Hội đã lập 120 tổ tiết kiệm với số tiền 3,5 tỷ đồng."),
    case("sum-with-voi/tong-kinh-phi",
         [ANY, Label(starts="Tổng kinh phí của", has=("nhà đại đoàn kết",))],
         "Đã xây dựng 25 căn nhà đại đoàn kết với tổng kinh phí 1,2 tỷ đồng."),
    case("sum-with-voi/so-von", [ANY, "Số vốn đăng ký của doanh nghiệp thành lập mới"],
         "Toàn tỉnh có 469 doanh nghiệp thành lập mới với số vốn đăng ký là 6.411 tỷ đồng."),
    # a document cited by its number is never part of a label; what the document's issuer is
    # followed by stays ('cho cấp huyện quản lý')
    case("cited-document/nghi-dinh", ["Số tàu cá được hỗ trợ"],
         "Hỗ trợ theo Nghị định 67, 17 và 89 của Chính phủ cho 350 tàu cá."),
    case("cited-document/what-follows-the-issuer", ["Vốn phân bổ cho cấp huyện quản lý"],
         "Vốn phân bổ theo Quyết định 210 của Thủ tướng Chính phủ cho cấp huyện quản lý: "
         "40.000 triệu đồng"),
    # "… cho N hộ": those an act was done for are counted with the act (not a bare 'Số hộ dân')
    case("done-for/bo-tri", ["Số hộ dân được bố trí nơi ở mới"],
         "Huyện đã bố trí, sắp xếp nơi ở mới cho 95 hộ dân."),
    case("done-for/ho-tro", ["Số hộ nghèo được hỗ trợ xây dựng nhà ở"],
         "Năm 2023, huyện đã hỗ trợ xây dựng nhà ở cho 120 hộ nghèo."),
    case("done-for/xay-dung", ["Số hộ nghèo được xây dựng nhà ở"],
         "Toàn huyện đã xây dựng, sửa chữa nhà ở cho 120 hộ nghèo."),
    # an area named after what was done to it is the area; a measure's own head ('Ước tổng') is
    # not an act done to the area
    case("area-acted-on/cao-su", ["Diện tích cao su"],
         "Chăm sóc, bảo vệ tốt diện tích cao su, hiện có là 2.106 ha."),
    case("area-acted-on/che", [Label(starts="Diện tích chè")],
         "Tiếp tục chăm sóc, bảo vệ diện tích chè hiện có 1.500 ha."),
    case("area-acted-on/not-a-head", [Label(has=("tổng diện tích gieo trồng",))],
         "Ước tổng diện tích gieo trồng cây hàng năm 23.600 ha."),
    # a measure per hectare is one name with its head
    case("per-hectare/dat-trong-trot", [ANY, "Giá trị sản phẩm trên 1 ha đất trồng trọt", ANY],
         "Năm 2022, ngành phấn đấu giá trị sản xuất tăng 3,5%; giá trị sản phẩm thu được trên 01 "
         "ha đất trồng trọt bình quân đạt 120 triệu đồng; trồng rừng tập trung đạt 3.700 ha."),
    case("per-hectare/dat-san-xuat",
         [Label(starts="Giá trị sản phẩm trên 1 ha đất sản xuất"), ANY],
         "Giá trị sản phẩm nông, lâm nghiệp và thủy sản trên 1 ha đất sản xuất nông nghiệp, đất "
         "nuôi trồng thủy sản đạt 115 triệu đồng, tăng 48,6 triệu đồng/ha so với năm 2020."),
    case("per-hectare/mat-nuoc",
         [Label(starts="Doanh thu", has=("trên 1 ha mặt nước",))],
         "Doanh thu bình quân trên 1 ha mặt nước nuôi trồng thủy sản đạt 250 triệu đồng."),
    # shares acted on listed objects share the act: both kinds, not the last alone, and the act
    # said of the first share is the next one's too; a change and its comparison share no act
    case("shared-act/phu", ["Thôn, bản phủ", "Hộ dân phủ"],
         "Sóng di động đã phủ 100% thôn, bản và 95% hộ dân."),
    case("shared-act/be-tong-hoa", [ANY, "Đường ngõ xóm bê tông hóa"],
         "Huyện đã bê tông hóa 85% đường trục thôn, xóm và 60% đường ngõ xóm."),
    case("shared-act/cat-giam", [ANY, "Thời gian giải quyết hồ sơ cắt giảm"],
         "Phấn đấu cắt giảm 30% chi phí xã hội thực hiện thủ tục hành chính và 20% thời gian "
         "giải quyết hồ sơ."),
    case("shared-act/not-a-comparison", [ANY, Label(starts="Tổng thu ngân sách")],
         "Tổng thu ngân sách tăng 12% so với cùng kỳ và 8% so với kế hoạch."),
    # the named place that did it tells counts apart; a whole area acting ('Toàn huyện') names
    # no place
    case("named-place/xa",
         ["Số tiêu chí xã Tân Lập hoàn thành", "Số tiêu chí xã Mỹ Hòa hoàn thành"],
         "Xã Tân Lập đã hoàn thành 15 tiêu chí; xã Mỹ Hòa đã hoàn thành 12 tiêu chí."),
    case("named-place/huyen",
         [Label(has=("huyện Tuy Phước",)), Label(has=("huyện An Nhơn",))],
         "Huyện Tuy Phước đã xây dựng 25 nhà văn hóa; huyện An Nhơn đã xây dựng 18 nhà văn hóa."),
    case("named-place/not-a-whole-area", ["Số chợ xây dựng mới"],
         "Toàn huyện đã xây dựng mới 06 chợ."),
    # h15q (batch L): turns ('lượt') counted after who acted are named by whom, not by who acted
    case("turns/after-an-agent", [Label(starts="Lượt hội viên phụ nữ tham gia hiến máu")],
         "Năm 2023, các cấp Hội Phụ nữ đã vận động 215.300 lượt hội viên phụ nữ tham gia "
         "hiến máu tình nguyện tại các điểm hiến máu lưu động."),
    # ... a magnitude before 'lượt', an act after it joined by a comma ('khám, chữa bệnh')
    case("turns/magnitude-and-acts",
         ["Lượt xét nghiệm, sàng lọc", Label(starts="Lượt xét nghiệm, sàng lọc")],
         "Các trạm y tế xã trong toàn huyện đã thực hiện gần 1,2 triệu lượt xét nghiệm, sàng "
         "lọc, đạt 104,5% kế hoạch."),
    # ... an act done for them ('… cho N lượt X'): the turns, and the act (since h39b counts
    # 'lượt người' as one unit, turns of people, its count reads 'Số lượt người bệnh …')
    case("turns/done-for",
         [Label(ends="lượt người bệnh được phẫu thuật", lower=True, lacks=("bệnh viện",))],
         "Bệnh viện huyện đã phẫu thuật cho hơn 4.800 lượt người bệnh."),
    # ... an act whose object says nothing of its own: the turns and the act, not the topic
    case("turns/act-not-topic", ["Lượt cán bộ được tập huấn, bồi dưỡng"],
         "Tổ chức tập huấn, bồi dưỡng 2.150 lượt cán bộ về kỹ năng chuyển đổi số, an toàn thông "
         "tin."),
    # ... nouns joined by a comma are one kind of person
    case("turns/one-kind-of-person", [Label(starts="Lượt hội viên, nông dân tham gia")],
         "Có 86.400 lượt hội viên, nông dân tham gia các lớp tập huấn kỹ thuật."),
    # h15q: a rate per so many people names itself, not who set it
    case("rate-per-people", [ANY, "Giường bệnh trên 10.000 dân", "Dược sĩ trên 10.000 dân"],
         "Năm 2025, Sở Y tế đề ra các mục tiêu: tỷ lệ tiêm chủng đầy đủ đạt 97%; có 35 giường "
         "bệnh/10.000 dân; đạt 3,2 dược sĩ/10.000 dân."),
    # h15q: a qualifier of the number ('Tối thiểu', 'lên tối thiểu') is never its label: it says
    # how the target bounds the number, not what it measures; a bound that names what it bounds
    # stays ('vay tối đa', 'công suất tối thiểu')
    case("qualifier/toi-thieu-opening", [Label(starts="Hợp tác xã", lacks=("Tối thiểu",))],
         "- Tối thiểu 65% hợp tác xã trên địa bàn huyện áp dụng quy trình sản xuất an toàn."),
    case("qualifier/len-toi-thieu",
         [Label(has=("trường học đạt chuẩn quốc gia",), lacks=("tối thiểu",), lower=True)],
         "- Nâng tỷ lệ trường học đạt chuẩn quốc gia trong toàn tỉnh lên tối thiểu 75% vào năm "
         "2030."),
    case("qualifier/a-bound-named", [Label(has=("tối đa",))],
         "Mỗi hộ được vay tối đa 50 triệu đồng/hộ."),
    # a run of names each with its value in brackets, after the measure they share ('có tỷ lệ
    # … như:'): each value is named by its own name and that measure, never by the run before it
    case("named-run/tinh", [ANY, "Tỷ lệ tiêm chủng Nghệ An", "Tỷ lệ tiêm chủng Hà Tĩnh",
                            "Tỷ lệ tiêm chủng Quảng Bình"],
         "Nhiều địa phương có tỷ lệ tiêm chủng trên 90% như: Nghệ An (96,5%), Hà Tĩnh (93,1%); "
         "Quảng Bình (91,02%)."),
    case("named-run/huyen", [ANY, Label(starts="Tỷ lệ hộ nghèo giảm", ends="Mường Lát"),
                             Label(ends="Quan Sơn", lacks=("(",))],
         "Đặc biệt có 3 huyện có tỷ lệ hộ nghèo giảm mạnh: Mường Lát (12,4%), Quan Sơn (10,7%)."),
    # a name too long to take the measure too is named alone
    case("named-run/long-name", ["Tỷ lệ giải ngân Sở Giao thông", "Ban Quản lý dự án đầu tư xây "
                                 "dựng công trình dân dụng"],
         "Một số đơn vị có tỷ lệ giải ngân cao: Sở Giao thông (88%), Ban Quản lý dự án đầu tư xây "
         "dựng công trình dân dụng (85,3%)."),
    # a target's share whose clause opens with only what sets it ('phấn đấu đạt', 'bảo đảm đến
    # hết năm 2030, có ít nhất') is the share of the object counted after the number and what is
    # said of it (its year kept, the whole place as scope dropped), never the clause before
    case("target-share/scope-dropped", ["Tỷ lệ thôn, bản có nhà văn hóa"],
         "Phấn đấu đến năm 2030 đạt ít nhất 60% số thôn, bản trên toàn huyện có nhà văn hóa."),
    case("target-share/no-verb", ["Tỷ lệ thôn, bản “kiểu mẫu” năm 2026",
                                  "Tỷ lệ thôn, bản “kiểu mẫu”"],
         "Huyện đăng ký xây dựng nông thôn mới theo lộ trình, phấn đấu đạt 30% thôn, bản “kiểu "
         "mẫu” năm 2026, bảo đảm đến hết năm 2030 đạt 60% thôn, bản “kiểu mẫu”; hoàn thành kế "
         "hoạch."),
    case("target-share/deadline-first", ["Tỷ lệ trường học “xanh, sạch, đẹp”"],
         "Bảo đảm đến hết năm 2028, có ít nhất 70% trường học trên toàn tỉnh “xanh, sạch, đẹp” "
         "và từng bước nâng cao chất lượng dạy học."),
    # a result's share of its base stays its base's ('đạt 47,5% diện tích gieo trồng')
    case("target-share/not-a-result", [ANY, Label(lacks=("Tỷ lệ diện tích",))],
         "Toàn huyện thu hoạch 2.150 ha lúa Hè thu, đạt 52,3% diện tích gieo trồng."),
    # a worth said right after a count ('…, trị giá', '(tổng giá trị …)') is the worth of what
    # was counted, not a bare 'Trị giá'
    case("worth-of-count/comma", [ANY, Label(starts="Trị giá của", has=("phòng học",))],
         "Hội đã vận động sửa chữa 35 phòng học, trị giá 1,2 tỷ đồng."),
    case("worth-of-count/bracket", [ANY, Label(starts="Tổng giá trị của", has=("suất quà",))],
         "Công đoàn đã trao tặng 200 suất quà (tổng giá trị 80 triệu đồng) cho công nhân."),
    # an aspect adverb left before a count ('vẫn còn 6 sở') is no part of its name
    case("aspect-adverb/van", ["Số sở"], "Đến nay, vẫn còn 18 sở."),
    # a count with only more kinds after its noun, joined by 'và' to a count of another kind, is
    # of its kinds and of what is said of both after the second (without 'Số' when that fits),
    # never the framing before it ('Cũng theo Sở Tài chính')
    # (the bound after the second count defines what is counted: no figure, h15u)
    case("joined-counts/kinds", ["Số sở, ngành có tỷ lệ giải ngân", ANY],
         "Cũng theo Sở Tài chính, có 9 sở, ngành và 4 huyện có tỷ lệ giải ngân đạt trên 70%."),
    case("joined-counts/no-kinds", ["Tập thể được Chủ tịch UBND tỉnh tặng bằng khen", ANY],
         "Nhân dịp Tết, 2 tập thể và 5 cá nhân được Chủ tịch UBND tỉnh tặng bằng khen."),
    # the count of several kinds (since h21f one unit, 'bộ, cơ quan ngang bộ') names the first
    # kind where all of them leave no room for what is said of it and its bound
    case("joined-counts/too-long-for-so", ["Số bộ có tỷ lệ giải ngân dưới 20%", ANY],
         "Có 8 bộ, cơ quan ngang bộ và 3 tỉnh có tỷ lệ giải ngân dưới 20%."),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "paragraph"), LABELS)
def test_the_labels_of_a_paragraph_of_the_class(expected, paragraph):
    assert labels(paragraph) == expected


def test_a_target_in_a_bracket_after_its_result_is_named_by_the_result_and_its_setter():
    # who set the target is not what it measures: the result's subject, then who set it (the
    # cases said alone: LABELS, 'bracket-target/…')
    growth, target, _ = labels(
        "Năm 2022, tốc độ tăng trưởng GDP toàn ngành đạt 3,6% (Chính phủ giao 2,5 - 2,8%); "
        "tổng kim ngạch xuất khẩu đạt 53,22 tỷ USD."
    )
    assert target == f"{growth} (Chính phủ giao)"


def test_a_base_after_a_count_is_not_what_it_counts():
    # the change of the count named before it, against its base (LABELS, 'base-after-a-count/…')
    *_, change = labels(
        "Đến nay số xã đạt từ 10 tiêu chí trở lên là 37 xã, gấp 2,46 lần so kế hoạch, tăng 25 "
        "xã so năm 2013."
    )
    assert "10 tiêu chí" in change and "so năm" not in change


def test_a_sum_said_with_voi_or_bang_after_a_count_is_the_money_of_what_was_counted():
    # a share between the count and its sum leaves the sum the count's (LABELS, 'sum-with-voi/…')
    *_, money = labels(
        "Hội vận động xây dựng 257 nhà đồng đội, đạt 128,5%, bằng tổng số tiền là 6,059 tỉ đồng."
    )
    assert money.startswith("Tổng số tiền của nhà đồng đội")


def test_a_document_cited_by_its_number_is_never_part_of_a_label():
    # no number, no document, no issuer in the label (LABELS, 'cited-document/…')
    (paid,) = labels(
        "Chi trả trợ cấp một lần theo Quyết định số 62/2011/QĐ-TTg ngày 09/11/2011 của Thủ tướng "
        "Chính phủ cho 2.300 người."
    )
    assert paid.startswith("Số người") and "trợ cấp" in paid
    assert not re.search(r"\d|Quyết định|tướng", paid)
    (people,) = labels(
        "Xét đề nghị hưởng các chế độ theo các quyết định 290, 188, 142 của Thủ tướng Chính phủ "
        "được 17.815 người."
    )
    assert "hưởng" in people and not re.search(r"\d|Thủ tướng", people)


def test_a_measure_whose_comma_lists_kinds_of_its_object_stays_one_name_when_long():
    (share,) = labels("Tỷ lệ hộ gia đình, cá nhân sử dụng dịch vụ đạt trên 80%.")
    assert share.startswith("Hộ gia đình, cá nhân") or share.startswith("Tỷ lệ hộ gia đình")
    (share,) = labels("Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.")
    assert "kinh tế số" in share.lower() and "lĩnh vực" in share


# --- labels (h15q): batch L's classes, on sentences composed with other words, places, numbers


def test_changes_said_respectively_take_the_figures_named_before_them():
    # 'lần lượt tăng A% và B%': each change is of the figure before it in the same order
    *_, first, second = labels(
        "Toàn tỉnh có 1.460 hợp tác xã và 92 liên hiệp hợp tác xã (lần lượt tăng 6,1% và "
        "2,3% so với năm 2021)."
    )
    assert first.startswith("Hợp tác xã") and "tăng" in first
    assert second.startswith("Liên hiệp hợp tác xã") and "tăng" in second
    *_, first, second = labels(
        "Năm học 2022-2023 có 318 học sinh giỏi cấp tỉnh, 27 học sinh giỏi quốc gia, lần lượt "
        "giảm 4% và 10%."
    )
    assert "cấp tỉnh giảm" in first and "quốc gia giảm" in second


def test_a_qualifier_of_the_number_is_never_its_label():
    # 'trở lên' bounds the words before it ('từ 8 tiêu chí trở lên'), it is no qualifier (the
    # qualifiers: LABELS, 'qualifier/…')
    (communes,) = labels("Đến nay số thôn đạt từ 8 tiêu chí trở lên là 41 thôn.")
    assert communes.endswith("trở lên") or "trở" not in communes


def test_a_share_a_target_is_set_on_is_named_by_its_object_and_what_is_said_of_it():
    # 'Phấn đấu/Đảm bảo X% <noun phrase> (<kinds>) <verb> …': the verb before the share sets the
    # target, it does not act on the object; the object and its own verb name the share
    (share,) = labels(
        "Bảo đảm trên 60% diện tích trồng cây ăn quả (bưởi, cam, quýt) áp dụng quy trình sản "
        "xuất an toàn."
    )
    assert share.startswith("Diện tích trồng cây ăn quả áp dụng")
    assert "(" not in share and "bảo đảm" not in share.lower()
    # kinds of the object listed before its verb are the object
    (parks,) = labels(
        "Đảm bảo 100% bệnh viện, trung tâm y tế áp dụng bệnh án điện tử trong khám chữa bệnh."
    )
    assert parks.startswith("Bệnh viện, trung tâm y tế áp dụng")


def test_a_run_in_head_may_name_its_period_and_spell_out_a_name():
    # class: the words before the colon of a figure's own item name it even when they give its
    # period in years or a short name in brackets ('(3) … (GRDP) bình quân giai đoạn 2026 -
    # 2030: từ 8 đến 9%/năm'), not the sentence's subject cut at its change ('Tốc độ')
    (growth,) = labels(
        "Các chỉ tiêu: (3) Tốc độ tăng năng suất lao động xã hội (NSLĐ) bình quân giai đoạn "
        "2026 - 2030: từ 6,5 đến 7%/năm."
    )
    assert growth.startswith("Tốc độ tăng năng suất lao động xã hội")
    (income,) = labels("Thu nhập bình quân đầu người năm 2030: từ 95 đến 100 triệu đồng.")
    assert income.startswith("Thu nhập bình quân đầu người")


def test_parts_in_a_bracket_take_what_is_said_of_their_whole():
    # class: counts of one kind of thing in a bracket right after a count of that kind are its
    # parts; what the whole's phrase says after its noun is said of each part, unless the part
    # says its own act
    whole, *parts = labels(
        "Năm 2024 thành phố có 64 chợ được đầu tư cải tạo (21 chợ nông thôn, 43 chợ đô thị)."
    )
    assert whole == "Số chợ được đầu tư cải tạo"
    assert parts == ["Số chợ nông thôn được đầu tư cải tạo", "Số chợ đô thị được đầu tư cải tạo"]
    _, *parts = labels(
        "Toàn tỉnh có 215 trường học được công nhận đạt chuẩn (80 trường mầm non, "
        "95 trường tiểu học và 40 trường THCS)."
    )
    assert parts[2] == "Số trường THCS được công nhận đạt chuẩn"
    _, own = labels("Huyện có 25 xã đạt chuẩn nông thôn mới (3 xã đạt chuẩn nâng cao).")
    assert own == "Số xã đạt chuẩn nâng cao"


def test_a_share_kept_is_named_by_its_object_and_what_it_says():
    # class: keeping a share reached ('Duy trì N% …') sets it as 'Đảm bảo' does: the share is
    # of the noun phrase after it and what that says, not the verb that keeps it
    (share,) = labels("Duy trì 100% trường học có nhà vệ sinh đạt chuẩn.")
    assert share == "Trường học có nhà vệ sinh đạt chuẩn"
    _, share = labels(
        "Số bác sĩ/vạn dân: 12 bác sĩ; Duy trì 100% thôn, bản có nhân viên y tế hoạt động."
    )
    assert share == "Thôn, bản có nhân viên y tế hoạt động"


def test_a_share_said_to_correspond_names_the_figure_before_as_a_share():
    # class: 'tương ứng (với) N%' after a figure says what 'tương đương' says: that figure as a
    # share of what follows; a count's share of a count is of the things counted, without 'Số'
    _, share = labels("Năm 2024 cấp 1.250 sổ đỏ cho hộ dân, tương ứng 85% tổng số hộ đủ điều kiện.")
    # (the measure in the words left it: 'cho hộ dân' whole or not at all, not cut inside the
    # noun the preposition governs, 'cho hộ | dân': see deckmaker/draft/shorten.py)
    assert share == "Sổ đỏ so với hộ đủ điều kiện"
    _, share = labels(
        "Thu ngân sách đạt 2.300 tỷ đồng, tương ứng với khoảng 12% tổng sản phẩm trên địa bàn."
    )
    assert share.startswith("Thu ngân sách so với tổng sản phẩm")
    # nothing after the share: the rate of what is counted
    _, share = labels("Đến nay có 125/140 thôn đạt chuẩn văn hóa, tương đương 89,3%.")
    assert share == "Tỷ lệ thôn đạt chuẩn văn hóa"


def test_a_bare_rate_or_act_after_a_figure_is_that_figures_share():
    # class: a percentage named only by a bare rate word or a bare act, right after a figure of
    # its sentence, is that figure's share: the rate of what a count counts, or the share of a
    # sum that the act reached, named by the act and what the sum measures
    *_, rate = labels("Năm nay kiểm tra 1.240 cơ sở, trong đó có 1.102 cơ sở đạt, tỷ lệ 88,9%.")
    assert rate == "Tỷ lệ cơ sở đạt"
    _, done = labels("Tổng dự toán vốn sự nghiệp môi trường 215 tỷ đồng, đã thanh toán đạt 71%.")
    assert done == "Tỷ lệ thanh toán vốn sự nghiệp môi trường"


def test_a_rate_of_acts_joined_by_commas_names_the_acts_and_their_object():
    # class: a rate whose object is acts joined by commas ('Tỷ lệ thu hồi, tái chế …') names
    # the acts and the object they share after the last, cut to fit, not the first act alone;
    # a measure with a noun of its own still names itself ('Nhu cầu vốn …')
    (rate,) = labels(
        "Tỷ lệ thu hồi, tái chế bao bì thuốc bảo vệ thực vật tại các vùng sản xuất tập trung "
        "đạt 60% trở lên."
    )
    assert rate.startswith("Tỷ lệ thu hồi, tái chế bao bì")
    (need,) = labels(
        "Dự kiến tổng nhu cầu vốn đầu tư phát triển thăm dò, khai thác, chế biến khoáng sản "
        "khoảng 1.200 tỷ đồng."
    )
    assert need == "Nhu cầu vốn đầu tư phát triển"


def test_an_act_and_its_listed_objects_are_named_together_whatever_pyvi_reads_last():
    # class: an act opens the words and the commas list its objects ('có văn bằng, chứng chỉ,
    # chứng nhận đạt …'); named by the act and its first objects even when pyvi reads the last
    # object as a verb, the one before it a noun, not by the last object ('Chứng nhận đạt')
    _, part = labels(
        "Tỷ lệ thanh niên được tư vấn nghề đạt 60%, trong đó học nghề có văn bằng, chứng chỉ, "
        "chứng nhận đạt 40%."
    )
    assert part == "Học nghề có văn bằng, chứng chỉ"


def test_a_sum_asked_for_a_purpose_is_named_by_the_request_and_the_purpose():
    # class: a sum named only by the acts that ask for or give it (a heading's 'Về' dropped),
    # with what it is for after it ('để …'), is named by those acts and that purpose
    (asked,) = labels(
        "3. Về đề xuất bố trí khoảng 85 tỷ đồng để nhanh chóng sửa chữa các công trình thủy lợi "
        "bị hư hỏng sau đợt lũ tháng 9:"
    )
    assert asked.startswith("Đề xuất bố trí sửa chữa các công trình")


def test_a_change_in_a_bracket_after_a_figure_is_that_figures_change():
    # class: a bare change in a bracket opened right after a figure, after at most how the
    # figure is valued ('theo giá so sánh,'), is the change of that figure
    _, change = labels(
        "(6) Thu nhập bình quân đầu người: từ 85 đến 90 triệu đồng (theo giá hiện hành, tăng từ "
        "8 đến 9%/năm)."
    )
    assert change == "Thu nhập bình quân đầu người tăng"
    _, change = labels(
        "(7) Tổng vốn đầu tư toàn xã hội: khoảng 120 nghìn tỷ đồng (theo giá hiện hành, tăng "
        "bình quân 10%/năm)."
    )
    assert change.endswith("tăng bình quân") and change.startswith("Tổng vốn đầu tư")


def test_a_share_joined_to_a_share_of_one_result_is_on_its_own_base():
    # class: 'đạt A% <base> và B% <other base>': the second share is the same result's, against
    # the base said after it, not a share of the first base
    *_, other = labels(
        "Chi ngân sách địa phương đạt 5.200 tỷ đồng, bằng 96% dự toán năm và 102% so với cùng kỳ."
    )
    assert other == "Chi ngân sách địa phương (so với cùng kỳ)"
    *_, other = labels(
        "Thu nội địa ước thực hiện 2.450 tỷ đồng, đạt 98% dự toán Trung ương giao và 91% dự "
        "toán HĐND huyện giao."
    )
    assert other.startswith("Thu nội địa") and other.endswith("(so với dự toán HĐND huyện giao)")


def test_a_verb_ending_in_qua_is_no_preposition_cut_from_its_object():
    # class: 'thông qua' (passed), 'vượt qua' (overcome) end an act whole; only a 'qua' cut from
    # its object is dropped from a label's end
    (passed,) = labels("Kỳ họp đã thông qua 9 nghị quyết chuyên đề, gồm: Nghị quyết về đất đai.")
    assert passed.endswith("thông qua")
