"""Unit tests for font resolution, text measurement and wrapping."""

from __future__ import annotations

import time

import pytest

from deckmaker.layout.fonts import missing_glyphs, resolve_font
from deckmaker.layout.measure import TextMeasurer, ppem, segments

SANS = resolve_font("Liberation Sans").path


@pytest.fixture(scope="module")
def sans() -> TextMeasurer:
    return TextMeasurer(SANS)


def test_arial_is_stood_in_for_by_liberation_sans() -> None:
    font = resolve_font("Arial", bold=True)
    assert font.substituted
    assert font.family == "Liberation Sans"
    assert font.path.name == "LiberationSans-Bold.ttf"
    assert "substituted by Liberation Sans" in font.describe()


def test_installed_family_is_not_a_substitute() -> None:
    font = resolve_font("Noto Sans", italic=True)
    assert not font.substituted
    assert font.path.name == "NotoSans-Italic.ttf"


def test_every_test_font_draws_vietnamese() -> None:
    text = "Đảng bộ tỉnh Hưng Yên: ước đạt 109.501 tỷ đồng – tăng 6,5%"
    for family in ("Liberation Sans", "Liberation Serif", "Noto Sans", "DejaVu Sans"):
        for bold in (False, True):
            assert missing_glyphs(resolve_font(family, bold).path, text) == set()


def test_missing_glyphs_names_the_characters() -> None:
    assert missing_glyphs(SANS, "a中b") == {"中"}


def test_ppem_follows_libreoffice_600_dpi_reference_device() -> None:
    assert [ppem(s) for s in (14, 16, 20, 28)] == [117, 133, 167, 233]


def test_width_uses_kerning_and_whole_pixels(sans: TextMeasurer) -> None:
    # "AV" kerns in Liberation Sans; 20 pt = 167 px/em at 600 dpi.
    assert sans.width_pt("AV", 20) < sans.width_pt("A", 20) + sans.width_pt("V", 20)
    assert (sans.width_pt("nnnn", 20) * 600 / 72) == pytest.approx(4 * 93)


def test_segments_break_after_spaces_hyphens_and_dashes() -> None:
    words = [s.word for s in segments("kinh tế - xã hội 2020-2025 a–b 68/2022 a/b x\u00a0y")]
    assert words == [
        "kinh",
        "tế",
        "-",
        "xã",
        "hội",
        "2020-",
        "2025",
        "a–",
        "b",
        "68/2022",
        "a/",
        "b",
        "x\u00a0y",
    ]


def test_wrap_is_greedy_and_keeps_words(sans: TextMeasurer) -> None:
    text = "Từ đầu năm 2023 đến nay, tình hình thế giới diễn biến nhanh, phức tạp"
    lines = sans.wrap(text, 18, 200)
    assert " ".join(lines) == text
    assert all(sans.width_pt(line, 18) <= 200.3 for line in lines)
    for line, following in zip(lines, lines[1:], strict=False):
        assert sans.width_pt(line + " " + following.split()[0], 18) > 200


def test_long_word_is_broken_between_characters(sans: TextMeasurer) -> None:
    lines = sans.wrap("x " + "a" * 40 + " b", 18, 100)
    assert lines[0] == "x"
    assert len(lines) > 3
    assert "".join(line.replace(" ", "") for line in lines[1:]) == "a" * 40 + "b"
    assert all(sans.width_pt(line, 18) <= 100.3 for line in lines)


def test_slash_break_falls_back_to_the_space_before(sans: TextMeasurer) -> None:
    width = sans.width_pt("mmmm ab/nnn", 20)
    assert sans.wrap("mmmm ab/nnnnnn", 20, width) == ["mmmm", "ab/nnnnnn"]
    assert sans.wrap("mmmmmm/nnnnnn", 20, sans.width_pt("mmmmmm/nnn", 20)) == [
        "mmmmmm/",
        "nnnnnn",
    ]


def test_nbsp_keeps_words_together(sans: TextMeasurer) -> None:
    width = sans.width_pt("đạt 109.501 tỷ đồng", 20)
    text = "đạt 109.501\u00a0tỷ\u00a0đồng nay"
    assert sans.wrap(text, 20, width - 1) == ["đạt", "109.501\u00a0tỷ\u00a0đồng", "nay"]


def test_safety_margin_narrows_the_line(sans: TextMeasurer) -> None:
    text = "phát triển kinh tế - xã hội năm 2023, nhiệm vụ, giải pháp năm 2024"
    width = sans.width_pt(text, 20)
    assert sans.wrap(text, 20, width) == [text]
    assert len(sans.wrap(text, 20, width, safety=0.02)) == 2


def test_line_height_is_font_independent(sans: TextMeasurer) -> None:
    noto = TextMeasurer(resolve_font("Noto Sans").path)
    assert sans.line_height_pt(16) == noto.line_height_pt(16) == pytest.approx(19.16, abs=0.01)
    assert sans.line_height_pt(18) == pytest.approx(21.6, abs=0.01)


def test_paragraph_height_counts_lines_and_spacing(sans: TextMeasurer) -> None:
    text = "Từ đầu năm 2023 đến nay, tình hình thế giới diễn biến nhanh, phức tạp"
    n = len(sans.wrap(text, 18, 200))
    height = sans.paragraph_height_pt(text, 18, 200, space_before_pt=6, space_after_pt=3)
    assert n > 1
    assert height == pytest.approx(9 + n * sans.line_height_pt(18))


def test_measuring_a_page_of_text_is_fast() -> None:
    measurer = TextMeasurer(SANS)
    text = "Tuyên truyền kết quả phát triển kinh tế - xã hội năm 2023, nhiệm vụ năm 2024. " * 20
    start = time.perf_counter()
    for size in (18, 20, 24):
        measurer.wrap(text, size, 600)
    assert time.perf_counter() - start < 1.0


def test_ppem_is_memoised_to_the_same_pixels() -> None:
    # the look-up by size must give what the formula gives, the first time and after
    for size in (9.5, 13.99, 14, 14.01, 18.333, 44):
        expected = round(round(size * 2540 / 72 + 1e-9) * 600 / 2540 + 1e-9)
        assert ppem(size) == ppem(size) == expected


def test_width_by_size_agrees_with_width_by_pixels(sans: TextMeasurer) -> None:
    # 14 pt and 14.01 pt are set at the same 117 px/em: the widths memoised by size must be
    # those measured at the pixel size, whichever size was asked first
    fresh = TextMeasurer(SANS)
    text = "Tăng trưởng GRDP ước đạt 6,5%"
    assert ppem(14) == ppem(14.01)
    assert fresh.width_pt(text, 14.01) == sans.width_pt(text, 14) == fresh.width_pt(text, 14)
    assert fresh.width_pt(text, 20) > fresh.width_pt(text, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Tăng trưởng kinh tế - xã hội giai đoạn 2020-2025 theo Nghị quyết 68/2022 (ước đạt)",
        "AV To Wa: a/b x\u00a0y 7,5–\u20608% …và? tiếp! đến/ 2025",
        "two  spaces and a\ttab",  # spaces that merge into one piece: measured phrase by phrase
    ],
)
def test_phrase_widths_are_the_widths_of_the_joined_phrases(text: str) -> None:
    # nice_lines asks for every phrase of a title; measured by extending the phrase a word
    # shorter, each must be exactly what width_pt gives for the phrase as one text
    words = text.split(" ")
    for size in (14, 23.5):
        widths = TextMeasurer(SANS).phrase_widths(words, size)
        fresh = TextMeasurer(SANS)
        assert widths == {
            (i, j): fresh.width_pt(" ".join(words[i:j]), size)
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        }


def _sample_texts() -> list[str]:
    """Every text of the sample deck's outline and figures, and a few made to break oddly."""
    import yaml

    from tests.conftest import SAMPLE

    out: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            out.add(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for f in sorted(SAMPLE.glob("*.yaml")):
        walk(yaml.safe_load(f.read_text("utf-8")))
    out |= {
        "",
        " leading space",
        "a/b/c d/e f",
        "x" * 90,
        "2020-2025 và/hoặc 7,5–\u20608% a?b!c",
        "trailing  ",
        "tab\tseparated words",
        "Tăng trưởng/GRDP/bình quân đầu người/năm ở mức cao",
    }
    return sorted(out)


def test_phrase_widths_from_prefix_sums_are_those_measured_piece_by_piece() -> None:
    """Every phrase of every text of the sample (and the odd ones ``_sample_texts`` adds: weak
    and strong breaks inside words, merged spaces, a tab), read from the joined text's prefix
    sums, is exactly ``width_pt`` of the phrase as one text, at two sizes; a measurer that
    has wrapped the text before (its sums kept) gives the same."""
    texts = [t for t in _sample_texts() if len(t.split(" ")) <= 24]
    for size in (12, 23.5):
        fresh, cold, warm = TextMeasurer(SANS), TextMeasurer(SANS), TextMeasurer(SANS)
        for text in texts:
            words = text.split(" ")
            want = {
                (i, j): fresh.width_pt(" ".join(words[i:j]), size)
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
            }
            assert cold.phrase_widths(words, size) == want, text
            warm.wrap(text, size, 300)
            assert warm.phrase_widths(words, size) == want, text


def test_wrapping_from_prefix_sums_breaks_lines_as_measuring_piece_by_piece() -> None:
    """``_wrap`` (widths from prefix sums, kept per text and size) and ``_wrap_pieces`` (each line
    measured as it grows) give the same lines at every width, long words and weak breaks too."""
    import random

    from deckmaker.layout.measure import CapitalsMeasurer, _pieces_of

    rnd = random.Random(16)
    bold = resolve_font("Liberation Sans", bold=True).path
    checked = 0
    for m in (TextMeasurer(SANS), CapitalsMeasurer(bold)):
        for text in _sample_texts():
            for size in (11, 28):
                px = ppem(size)
                full = m._pixels(_pieces_of(text), px)
                limits = [rnd.uniform(0, full * 1.1 + 10) for _ in range(3)]
                for limit in [*limits, full, full - 1]:
                    assert m._wrap(text, px, limit) == m._wrap_pieces(text, px, limit), (
                        text,
                        size,
                        limit,
                    )
                    checked += 1
    assert checked > 3_000
