"""A drafted deck's bullets as a presenter shows them: the mark that ends an administrative
text ('./.') and a word processor's list mark ('·') are read, not copied onto slides
(documents of the evaluation set, tests/fixtures/draft-eval/)."""

from __future__ import annotations

import pytest

from deckmaker.draft import draft
from deckmaker.draft.reader import clean

from .conftest import FIXTURES

EVAL = FIXTURES / "draft-eval"


def _outline(tmp_path, name: str) -> str:
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
    return draft(path).outline_yaml


@pytest.mark.parametrize(
    "name",
    [
        "ar-namdinh-bc-nongnghiep-6thang-2016",  # '… so với cùng kỳ./.'
        "ar-trangdinh-kh-ktxh-2021-2025",  # '… hằng năm 150 ha.../.'
        "ra-thanhhoa-tbkl-lamviec-2025",  # 'Văn phòng Chính phủ trân trọng thông báo./.'
        "wa-btc-cv-thuetncn-2025",
    ],
)
def test_no_bullet_ends_on_the_texts_end_mark(tmp_path, name):
    text = (EVAL / f"{name}.txt").read_text(encoding="utf-8")
    assert "./." in text
    outline = _outline(tmp_path, name)
    assert "./" not in outline


def test_the_end_mark_keeps_its_stop():
    assert clean("trân trọng thông báo./.") == "trân trọng thông báo."
    assert clean("hằng năm 150 ha.../.") == "hằng năm 150 ha..."
    assert clean("tỷ lệ 5/6 đạt 83,3%.") == "tỷ lệ 5/6 đạt 83,3%."


def test_a_middle_dot_opens_a_list_item(tmp_path):
    # ar-locphat's items open on '· ', which the build dropped as a stray mark
    assert clean("· Về học sinh:") == "• Về học sinh:"
    assert clean("Bình luận · 360 Lượt xem") == "Bình luận · 360 Lượt xem"
    outline = _outline(tmp_path, "ar-locphat-thpt-namhoc-2013")
    assert "·" not in outline
    assert "Đội ngũ giáo viên, nhân viên của trường tận tâm" in outline
