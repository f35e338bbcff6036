"""Words kept whole at line ends (layout/nobreak.py): every word of two or three syllables of the
Vietnamese lexicon, not only the hand-kept list, and the right word where two overlap."""

from __future__ import annotations

import importlib.util
import random
import unicodedata
from pathlib import Path

import pytest

from deckmaker.layout.nobreak import (
    COMPOUNDS,
    NAME_CHARS,
    NBSP,
    _lexicon,
    bind_compounds,
    no_widow,
)
from deckmaker.layout.syllables import _TONED, _tones_first_nfd, tones_first


def _bound(text: str) -> list[str]:
    return [w for w in bind_compounds(text).split(" ") if NBSP in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [  # words a designer saw split on the sample deck, none of them in COMPOUNDS
        ("Tổ chức tuyên truyền phù hợp, sáng tạo", "phù hợp,"),
        ("thúc đẩy chuyển đổi số", "thúc đẩy"),
        ("tình yêu quê hương", "quê hương"),
        ("điều hành lãi suất", "lãi suất"),
        ("Tết Nguyên đán", "Tết Nguyên đán"),
        ("(Trung ương)", "(Trung ương)"),
    ],
)
def test_a_lexicon_word_is_kept_whole(text, word):
    assert word.split(" ")[0] not in COMPOUNDS
    assert word.replace(" ", NBSP) in _bound(text)


def test_the_word_read_backwards_wins_an_overlap():
    # "tiền sử" (prehistory) and "sử dụng" (use) overlap: "tiền / sử dụng / nước"
    assert _bound("trả tiền sử dụng nước") == [f"sử{NBSP}dụng"]
    # "tiền sử dụng đất" (the land-use levy) is one word of PUBLIC_COMPOUNDS
    assert _bound("trừ tiền sử dụng đất") == [f"tiền{NBSP}sử{NBSP}dụng{NBSP}đất"]


def test_function_words_are_not_bound_and_numbers_stay_apart():
    assert _bound("có nhân dân ủng hộ") == [f"nhân{NBSP}dân", f"ủng{NBSP}hộ"]
    assert bind_compounds("giá 7,5 % là") == "giá 7,5 % là"


def test_the_lexicon_is_pyvis_word_list_read_as_text():
    words = _lexicon()
    assert len(words) > 20000 and "phù hợp" in words
    assert all(2 <= len(w.split()) <= 4 for w in words)
    assert "bảo hiểm xã hội" in words


def test_tones_first_reads_an_nfc_text_as_its_nfd_form_is_read():
    """The NFC reading (``_OLD_TONED`` on the text as it is) gives what the NFD one gives, on
    pyvi's whole list and on random texts of the letters and marks the two patterns look at."""
    spec = importlib.util.find_spec("pyvi")
    assert spec is not None and spec.submodule_search_locations
    listed = Path(list(spec.submodule_search_locations)[0], "models", "words.txt")
    text = listed.read_text(encoding="utf-8").lower()
    got = tones_first(text)
    assert got == _tones_first_nfd(text)
    assert "hóa" in got.split() and "hoá" not in got.split() and "quý" in got.split()
    marks = "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"
    letters = "oOuUqQaAeEyYâêôơưhk" + _TONED + "óụ" + marks + " \n\t"
    rng = random.Random(16)
    for _ in range(20000):
        sample = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        for form in (sample, unicodedata.normalize("NFC", sample)):
            assert tones_first(form) == _tones_first_nfd(form), repr(form)
    assert tones_first("hoá quý thuỷ Uỷ ban khoẻ") == "hóa quý thủy Ủy ban khỏe"


def test_binding_the_last_two_words_adds_no_space():
    # two plain words left after the lexicon bound the rest: "Tỷ lệ" + "hộ nghèo"
    assert no_widow(f"Tỷ{NBSP}lệ hộ{NBSP}nghèo") == f"Tỷ{NBSP}lệ{NBSP}hộ{NBSP}nghèo"
    assert no_widow("một hai ba bốn năm") == f"một hai ba bốn{NBSP}năm"


def test_a_word_that_names_a_number_stays_with_it():
    got = bind_compounds("theo Kết luận số 42-KL/TW, GRDP năm 2023, giai đoạn 2021-2025, khóa XIII")
    for kept in ("số 42-KL/TW", "năm 2023", "giai đoạn 2021-2025", "khóa XIII"):
        assert kept.replace(" ", NBSP) in got.replace("\u2060", ""), kept
    assert bind_compounds("năm nay tăng") == "năm nay tăng"


def test_a_year_counts_nothing():
    from deckmaker.layout.nobreak import bind_counted

    assert bind_counted("năm 2024 tăng 8,5%") == "năm 2024 tăng 8,5%"  # "2024" is no count
    assert bind_counted("Thu hút 11 dự án") == f"Thu hút 11{NBSP}dự án"


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # the splits a designer saw on the sample deck ("Hồ Chí / Minh", "tỉnh / Hưng Yên")
        ("phong cách Hồ Chí Minh về phát huy", "Hồ Chí Minh"),
        ("của Hội nghị Trung ương 8 khóa XIII", "Hội nghị Trung ương"),
        ("lần thứ XIII, Đại hội Đảng bộ tỉnh lần thứ XIX", "Đại hội Đảng bộ"),
        ("Doanh nghiệp tỉnh Hưng Yên", "tỉnh Hưng Yên"),
        ("hệ thống sông Bắc Hưng Hải", "Bắc Hưng Hải"),
        ("Thành lập Chi bộ Cộng sản đầu tiên", "Chi bộ Cộng sản"),
        ("Hưng Yên đạt 8,5%", "Hưng Yên"),  # a one-syllable first word starts a name
        ("thành phố Hưng Yên và thị xã Mỹ Hào", "thị xã Mỹ Hào"),
        # four syllables: the lexicon's, and the list's
        ("an ninh chính trị được giữ vững", "an ninh chính trị"),
        ("đóng bảo hiểm xã hội", "bảo hiểm xã hội"),
    ],
)
def test_a_name_a_unit_and_its_name_and_a_long_word_are_kept_whole(text, kept):
    # whole, alone or in a longer group ("và thị xã Mỹ Hào": a conjunction leans on it)
    whole = kept.replace(" ", NBSP)
    assert any(w == whole or w.endswith(NBSP + whole) for w in _bound(text))


def test_what_is_not_a_name_is_not_bound():
    # a sentence's first word is capitalised as a sentence starts, not as a name's
    assert _bound("Thành lập An toàn khu") == [f"Thành{NBSP}lập", f"An{NBSP}toàn{NBSP}khu"]
    # abbreviations and numerals are not names; a bracket starts something else
    assert bind_compounds("GRDP FDI tăng") == "GRDP FDI tăng"
    assert f"Việt{NBSP}Nam" in _bound("gia nhập Việt Nam (WTO)")
    # punctuation after a word ends the name: "Hưng Yên, Hải Dương" is two names
    assert _bound("tỉnh Hưng Yên, Hải Dương") == [f"tỉnh{NBSP}Hưng{NBSP}Yên,", f"Hải{NBSP}Dương"]


def test_a_long_name_is_bound_in_parts_a_line_can_hold():
    parts = _bound("của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIII")
    assert len(parts) >= 2 and all(len(p) <= NAME_CHARS for p in parts)
    assert f"Việt{NBSP}Nam" in " ".join(parts)


def test_a_document_code_is_never_broken_after_its_dash_or_slash():
    """ "42-/KL/TW" was broken after its dash at a line end (the sample deck, slide 9, seen by a
    designer): the code is one piece for deckmaker's measurer, as for LibreOffice."""
    from deckmaker.layout.measure import segments
    from deckmaker.layout.nobreak import bind_compounds

    for code in ("42-KL/TW", "25-HD/BTGDUK", "53-NQ/TW"):
        text = bind_compounds(f"Thực hiện Kết luận số {code} của Bộ Chính trị")
        words = [s.word.replace("\u2060", "") for s in segments(text)]
        assert any(w.endswith(code) for w in words), words
        assert text.replace("\u2060", "").replace("\u00a0", " ").endswith(
            f"số {code} của Bộ Chính trị"
        ) or code in text.replace("\u2060", "")
    # a fraction or a range is not a code
    assert "\u2060" not in bind_compounds("tỷ lệ 1-2/3 số hộ")


def _lines_at_every_width(text: str) -> list[list[str]]:
    """``text`` as the measurer (LibreOffice's breaks) sets it at each width from 200 to 600 pt."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.measure import TextMeasurer

    m = TextMeasurer(resolve_font("Liberation Sans").path)
    return [m.wrap(text, 24, w) for w in range(200, 600, 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2024 – 70.000 tỷ đồng",  # the sample's slide 19
        "Dự toán năm 2024 — 32.823 tỷ đồng",
        "Giai đoạn 2021 - 2025 tăng bình quân 8%",
    ],
)
def test_no_line_opens_with_a_separating_dash(text):
    """Slides 19 and 34 of the sample opened a line with "– 70.000 tỷ đồng": a dash between
    spaces stays with the word before it (U+00A0 before it), at every width."""
    from deckmaker.layout.nobreak import bind_counted, bind_units

    bound = bind_compounds(bind_counted(bind_units(text)))
    assert any(f"{NBSP}{d} " in bound for d in "-–—")
    for lines in _lines_at_every_width(bound):
        assert not any(ln.lstrip()[:1] in "-–—" for ln in lines[1:]), lines


def test_a_dash_pair_keeps_its_dash():
    """ "kinh tế - xã hội" is kept whole; an en dash between two words stays an en dash."""
    assert f"hội{NBSP}–\u2060{NBSP}Nghị" in bind_compounds("Quốc hội – Nghị quyết số 68")
    assert f"tế{NBSP}-\u2060{NBSP}xã" in bind_compounds("kinh tế - xã hội")


def test_a_short_parenthesis_is_kept_whole():
    """ "(KH / là 9,5 bác sĩ)" (the sample's slide 26): a parenthesis of at most 18
    characters is one piece; a longer one keeps its short first and last words with their
    neighbours ("(KH là", "mỗi xã)")."""
    from deckmaker.layout.nobreak import bind_counted, bind_units

    text = "Số bác sĩ trên một vạn dân bình quân 9,3 bác sĩ (KH là 9,5 bác sĩ)"
    bound = bind_compounds(bind_counted(bind_units(text)))
    assert bound.endswith(f"(KH{NBSP}là{NBSP}9,5{NBSP}bác{NBSP}sĩ)")
    for lines in _lines_at_every_width(bound):
        if len(lines) > 1:
            assert all("(" not in ln or ")" in ln for ln in lines), lines
    long = bind_compounds("đạt 9,3 (KH là 9,5 bác sĩ và 31 giường bệnh cho mỗi xã)")
    assert f"(KH{NBSP}là " in long and f"{NBSP}mỗi{NBSP}xã)" in long
    assert bind_compounds("Tăng trưởng (GRDP) đạt") == "Tăng\xa0trưởng (GRDP) đạt"


def test_a_text_bound_again_is_the_kept_binding_while_the_lexicon_is_the_same(monkeypatch):
    from deckmaker.layout import nobreak

    calls = []
    bind = nobreak._bind_compounds
    monkeypatch.setattr(nobreak, "_bind_compounds", lambda t, w: calls.append(t) or bind(t, w))
    text = "Phát triển kinh tế - xã hội của tỉnh Hưng Yên (đến năm 2025) bền vững"
    nobreak._BOUND.clear()
    first = bind_compounds(text)
    assert bind_compounds(text) == first and len(calls) == 1, "kept"
    assert NBSP in first
    monkeypatch.setattr(nobreak, "_lexicon", lambda: frozenset({"kinh tế"}))
    assert bind_compounds(text) == bind(text, frozenset({"kinh tế"}))
    assert len(calls) == 2, "another lexicon: bound afresh"


@pytest.mark.parametrize(
    ("text", "word"),
    [  # public-sector terms a function word hides from the lexicon, or that it lacks
        ("xây thêm nhà ở cho công nhân", "nhà ở"),
        ("chính sách an sinh xã hội", "an sinh xã hội"),
        ("thăm hỏi người có công", "người có công"),
        ("giảm 2% so với cùng kỳ", "cùng kỳ"),
        ("vốn đầu tư công giải ngân chậm", "đầu tư công"),
        ("xã đạt chuẩn nông thôn mới", "nông thôn mới"),
    ],
)
def test_a_public_sector_term_is_kept_whole(text, word):
    # whole, alone or inside a larger bound group ("so với cùng kỳ": a leaning "so với" joins it)
    assert any(word.replace(" ", NBSP) in token for token in _bound(text))


def test_a_term_of_a_function_word_binds_only_as_the_term():
    # "ở" of "nhà ở" is still a function word elsewhere: "làm việc / ở xã"
    # (elsewhere it leans on the word after it, ``test_leaning_words``, never on "làm việc")
    assert _bound("làm việc ở xã Tân Dân") == [f"làm{NBSP}việc", f"ở{NBSP}xã{NBSP}Tân{NBSP}Dân"]


def test_a_noun_ending_on_a_verb_of_measure_is_not_bound_to_the_number_after_it():
    """ "Giải phóng mặt bằng 319,59/428,39 ha" was one group ("bằng" read as the verb of
    "bằng 104,6%"), wider than its column beside a chart: LibreOffice broke inside the number
    (stress/cards slide 8, R12). "mặt bằng" is a noun; a verb of change ending a word still
    binds ("gia tăng 5%")."""
    from deckmaker.layout.nobreak import bind_units

    got = bind_compounds(bind_units("Giải phóng mặt bằng 319,59/428,39 ha cụm công nghiệp"))
    assert f"bằng 319,59/428,39{NBSP}ha" in got
    assert f"bằng{NBSP}104,6%" in bind_compounds("Thu ngân sách bằng 104,6% dự toán")
    assert f"tăng{NBSP}5%" in bind_compounds("Tổng vốn gia tăng 5% so với năm trước")


def test_a_group_wider_than_its_line_is_released_at_its_word_spaces_first():
    from deckmaker.layout.nobreak import release

    group = NBSP.join(["Giải", "phóng", "mặt", "bằng", "319,59/428,39", "ha"])
    # fits: as it is
    assert release(group, lambda t: len(t) > 40) == group
    # wider: it breaks between its words, the figure kept with its unit
    assert release(group, lambda t: len(t) > 25) == (
        f"Giải{NBSP}phóng{NBSP}mặt{NBSP}bằng 319,59/428,39{NBSP}ha"
    )
    # narrower still: the words of two syllables, then the syllables; never the unit
    assert release(group, lambda t: len(t) > 12) == (
        f"Giải{NBSP}phóng mặt{NBSP}bằng 319,59/428,39{NBSP}ha"
    )
    assert release(group, lambda t: len(t) > 3).endswith(f" 319,59/428,39{NBSP}ha")
    money = NBSP.join(["Tổng", "thu", "ngân", "sách", "21.671,5", "tỷ", "đồng"])
    assert release(money, lambda t: len(t) > 12).endswith(f" 21.671,5{NBSP}tỷ{NBSP}đồng")


def test_a_chain_of_numbers_wider_than_its_line_breaks_between_its_numbers_only():
    from deckmaker.layout.nobreak import ZWSP, open_chains

    chain = f"21.671,5/22.893,0/33.100,0/109.501,0{NBSP}tỷ{NBSP}đồng"
    assert open_chains(chain, lambda t: len(t) > 60) == chain  # it fits: whole
    opened = open_chains(chain, lambda t: len(t) > 20)
    assert opened == chain.replace("/", "/" + ZWSP)  # a break that shows nothing, "/" kept
    ranges = "2024-\u20602025-\u20602026-\u20602027"
    assert open_chains(ranges, lambda t: len(t) > 10) == "2024-2025-2026-2027"
    assert open_chains(ranges, lambda t: len(t) > 30) == ranges
    assert open_chains(f"{NBSP}USD/người", lambda t: True) == f"{NBSP}USD/người"


@pytest.mark.parametrize(
    "code",
    ["25-HD/BTGDUK", "04-NQ/TU", "1141/QĐ-UBND", "21/CT-TTg", "68/2022/QH15", "15/2023/NĐ-CP"],
)
def test_every_document_code_is_one_piece_vietnamese_capitals_and_mixed_case_too(code):
    """R12: "25-HD/BTGDUK" was bound, "1141/QĐ-UBND" and "21/CT-TTg" broke at their dash."""
    from deckmaker.layout.measure import segments

    text = bind_compounds(f"Mã số văn bản: {code}, 2024")
    pieces = [s.word.replace("\u2060", "") for s in segments(text)]
    assert any(p.rstrip(",").endswith(code) for p in pieces), pieces


@pytest.mark.parametrize(
    "text",
    [
        "18/5/2021", "2024-2025", "1-2/3", "Hưng-Yên/phát-triển", "12/Ủy ban",
    ],
)  # fmt: skip
def test_dates_ranges_and_paths_are_no_codes(text):
    from deckmaker.layout.nobreak import _join_codes

    assert _join_codes(text) == text


@pytest.mark.parametrize(
    "url",
    [
        "https://hungyen.gov.vn/portal/Pages/2024-01-20/Ket-qua-2023.aspx",
        "https://www.example.gov.vn/tai-lieu/2024/01/huong-dan-so-25-HD/BTGDUK",
        "www.example.gov.vn/so-1141/QĐ-UBND/bang-1/2",
    ],
)
def test_nothing_is_put_inside_a_web_address(url):
    """R12: "2024-⁠01-⁠20" in an address (U+2060, copied with it); a code or a ratio inside
    one is no code and no ratio."""
    from deckmaker.layout.nobreak import bind_counted, bind_units

    for text in (f"Xem tại {url} và 21/CT-TTg", f"{url}, 2024-2025"):
        for bound in (bind_compounds(bind_units(text)), bind_counted(text, clause=True)):
            assert url in bound, ascii(bound)
    assert "\u2060" in bind_compounds(bind_units(f"Xem tại {url} và 21/CT-TTg"))  # the code's
