"""Classes of the draft extractor found on batch Y (session 17's held-out batch, six real
documents, now material in tests/fixtures/draft-eval/ya-*), each stated on a sentence of those
documents; the documents themselves are scored in tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal

from deckmaker.draft.figures import find_figures
from deckmaker.draft.reader import clean

D = Decimal


def test_a_markdown_escaped_dash_is_a_dash_in_ranges_and_list_items():
    # ya-botchinhtri-nq-khcn-2030, a .docx kept as Markdown: every '-' written '\-'; read as
    # written, the ranges were their upper ends ('50 tổ chức', '18 %/năm', '10 %') and the
    # list item's label opened with the markup ('\- Đóng góp của …')
    text = clean(
        r"\- Nguồn nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân; có từ 40 \- 50 "
        r"tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới; số lượng đơn đăng ký "
        r"sáng chế, văn bằng bảo hộ sáng chế tăng trung bình 16 \- 18%/năm, tỉ lệ khai thác "
        r"thương mại đạt 8 \- 10%."
    )
    assert "\\" not in text and text.startswith("- Nguồn")
    _, bodies, patents, trade = find_figures(text)
    assert (bodies.value, bodies.unit) == ((D(40), D(50)), "tổ chức")
    assert (patents.value, patents.unit) == ((D(16), D(18)), "%/năm")
    assert (trade.value, trade.unit) == ((D(8), D(10)), "%")
    (tfp,) = find_figures(
        clean(r"\- Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng ở mức trên 55%.")
    )
    assert tfp.label.startswith("Đóng góp của năng suất")
    # an escape names its character: 'kinh tế \- xã hội', 'Số 57\-NQ/TW'; a lone backslash stays
    assert clean(r"kinh tế \- xã hội, Số 57\-NQ/TW, a\b") == "kinh tế - xã hội, Số 57-NQ/TW, a\\b"


def test_an_area_unit_written_with_a_superscript_is_the_unit_as_written():
    # ya-bacgiang-bc-ktxh-2017: '429,8 người/km²' was '429,8 người' and its '/km²' opened the
    # next figure's label ('/km², gấp'); 'km²', 'm²', 'm³' are 'km2', 'm2', 'm3' written so
    density, twice = find_figures(
        "Năm 2017, dân số trung bình toàn tỉnh khoảng 1.674.400 người, mật độ dân số trung bình "
        "429,8 người/km², gấp 1,5 lần mật độ dân số bình quân của cả nước."
    )[1:]
    assert (density.value, density.unit) == (D("429.8"), "người/km²")
    assert (twice.unit, twice.label.startswith("Mật độ dân số")) == ("lần", True)
    (earth,) = find_figures("Khối lượng đào đắp đạt 1.200 m³ đất.")
    assert (earth.value, earth.unit) == (D(1200), "m³")
