"""A label shortened to its budget at phrase boundaries (deckmaker/draft/shorten.py, used by
``labels.fit`` and ``wellformed.cut_back``): rows of invented phrases of the genre, none taken
from the evaluation set; what it does on documents never seen is scored in
tests/test_draft_eval.py."""

from __future__ import annotations

import pytest

from deckmaker.draft.labels import fit
from deckmaker.draft.shorten import COMPLEMENT, shortened
from deckmaker.draft.wellformed import DANGLING, PREDICATE_END, WHOLE_ENDS, well_formed

from .draft_cases import case


def _words(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


# (a label ending on its figure's predicate, the label without it)
PREDICATE = [
    case(
        "reached-at-least",
        "Tỷ lệ hộ dân dùng nước sạch đạt tối thiểu",
        "Tỷ lệ hộ dân dùng nước sạch",
    ),
    case("a-share-at-least", "Doanh thu du lịch chiếm tối thiểu", "Doanh thu du lịch"),
    case("a-multiplier", "Giá trị xuất khẩu nông sản gấp", "Giá trị xuất khẩu nông sản"),
    case("at-the-least", "Số khách du lịch đạt ít nhất", "Số khách du lịch"),
    case("aimed-to-reach", "Số trạm sạc xe điện phấn đấu đạt", "Số trạm sạc xe điện"),
    # a hedge that names the measure stays: the minimum wage, a target aimed at
    case("minimum-wage", "Mức lương tối thiểu vùng", "Mức lương tối thiểu vùng"),
    case("minimum-area", "Diện tích tối thiểu", "Diện tích tối thiểu"),
    case("target-aimed-at", "Chỉ tiêu phấn đấu", "Chỉ tiêu phấn đấu"),
]


@pytest.mark.parametrize(("label", "want"), PREDICATE)
def test_a_label_never_ends_on_what_its_number_is_said_to_do(label: str, want: str) -> None:
    assert well_formed(label) == want


# (a label over its budget, the budget, the label shortened)
SHORTENED = [
    # the scope of a place, then a time frame, go before any word of what is measured
    case(
        "scope-of-a-place",
        "Số hộ gia đình trên địa bàn tỉnh sử dụng nước sạch theo quy chuẩn",
        8,
        "Số hộ gia đình sử dụng nước sạch",
    ),
    case(
        "place-and-period",
        "Số cơ sở lưu trú đạt chuẩn sao trên địa bàn tỉnh giai đoạn 2026 - 2030",
        8,
        "Số cơ sở lưu trú đạt chuẩn sao",
    ),
    # 'nông thôn' without 'mới' is another measure: the cut goes back before both
    case(
        "new-countryside-whole",
        "Số xã có nhà văn hóa đạt chuẩn nông thôn mới nâng cao",
        8,
        "Số xã có nhà văn hóa đạt chuẩn",
    ),
    # a verb an adverb opens is a clause: not cut from its object ('mới cung cấp | giải pháp')
    case(
        "a-clause-not-cut-from-its-object",
        "Số doanh nghiệp khởi nghiệp mới cung cấp giải pháp chuyển đổi số",
        6,
        "Số doanh nghiệp khởi nghiệp mới",
    ),
    # a name is not cut inside ('châu | Âu'): what is measured goes before the name
    case(
        "a-name-whole",
        "Kim ngạch xuất khẩu nông sản sang thị trường châu Âu và Bắc Mỹ",
        7,
        "Kim ngạch xuất khẩu nông sản",
    ),
    # a long bracket goes before any word is cut
    case(
        "a-long-bracket",
        "Số lao động được tạo việc làm mới (bao gồm cả lao động đi làm việc ở nước ngoài)",
        8,
        "Số lao động được tạo việc làm mới",
    ),
]


@pytest.mark.parametrize(("label", "budget", "want"), SHORTENED)
def test_a_long_label_is_shortened_between_its_phrases(label: str, budget: int, want: str) -> None:
    assert fit(label, budget) == want


# (a label over its budget, the budget): whatever the cut, never a dangling end, never a word
# of what makes a head what it is cut off its head, never over the budget
PHRASES = [
    case("smartphone", "Tỷ lệ người dân từ 15 tuổi trở lên có điện thoại thông minh kết nối", 8),
    case("online-service", "Tỷ lệ hồ sơ được giải quyết qua dịch vụ công trực tuyến toàn trình", 9),
    case("digital-platform", "Tỷ lệ hợp tác xã sử dụng nền tảng số phục vụ tiêu thụ nông sản", 8),
    case("e-invoice", "Số hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", 7),
    case("age-scope", "Số người trong độ tuổi lao động có việc làm ổn định tại địa phương", 6),
    case("hedged", "Tỷ lệ trường học có kết nối Internet băng rộng cố định đạt tối thiểu", 8),
]


@pytest.mark.parametrize(("label", "budget"), PHRASES)
def test_a_cut_leaves_no_phrase_broken(label: str, budget: int) -> None:
    out = fit(label, budget)
    assert 2 <= _words(out) <= budget
    assert not (DANGLING.search(out) and not WHOLE_ENDS.search(out)), out
    assert not PREDICATE_END.search(out), out
    rest = label[label.find(out[1:]) + len(out) - 1 :].split() if out[1:] in label else []
    # the word after the cut is no word a head needs ('thông | minh', 'trực | tuyến', 'số')
    assert not (rest and rest[0].lower() in {w.split()[0] for w in COMPLEMENT}), (out, rest)


def test_only_a_stub_fitting_is_left_to_the_caller() -> None:
    # (the only cut between phrases within 5 words leaves 'Học viên', under half of them: no cut
    # it trusts; 'có điện thoại' would drop 'thông minh')
    assert shortened("Học viên có điện thoại thông minh kết nối mạng di động", 5) is None
