"""deckmaker.legacy: TCVN3 and VNI tables, detection without false alarms, and conversion."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deckmaker.errors import Location
from deckmaker.legacy import (
    ENCODINGS,
    LETTERS,
    detect_legacy,
    fix_text,
    from_unicode,
    is_syllable,
    normalize,
    to_unicode,
)

GUIDANCE = Path(__file__).parents[1] / "fixtures" / "draft" / "25-HD-BTGDUK-2024.txt"
LINES = [ln.strip() for ln in GUIDANCE.read_text(encoding="utf-8").splitlines() if ln.strip()]
SENTENCES = [ln for ln in LINES if len(ln.split()) >= 5][:50]

# TCVN3 has no capital with a tone mark: the capitals it can write, and the others
TCVN3_CAPITALS = set("ĂÂÊÔƠƯĐ")
TONED_CAPITALS = [ch for ch in LETTERS if ch.isupper() and ch not in TCVN3_CAPITALS]


def test_the_tables_cover_the_134_letters():
    assert len(LETTERS) == len(set(LETTERS)) == 134
    vowels = "aăâeêioôơuưy"
    for base in vowels:
        for tone in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + tone)
            if not letter.isascii():
                assert letter in LETTERS and letter.upper() in LETTERS
    assert "đ" in LETTERS and "Đ" in LETTERS


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips(letter, encoding):
    legacy = from_unicode(letter, encoding)
    assert legacy.encode("cp1252"), "legacy text is Windows-1252 characters"
    if legacy == letter:  # the few letters whose legacy byte is their own Latin-1 code
        assert letter in "íìÍÌ" if encoding == "vni" else letter == "ý"
    if encoding == "tcvn3" and letter in TONED_CAPITALS:
        # one byte for both cases: a lone letter reads in lower case, in a word of capitals
        # (or at the start of a sentence) it reads as the capital
        assert to_unicode(legacy, encoding) == letter.lower()
        word = f"{letter}NH"
        assert to_unicode(from_unicode(word, encoding), encoding) == word
        assert (
            to_unicode(from_unicode(f"và {letter}", encoding), encoding) == f"và {letter.lower()}"
        )
        assert to_unicode(from_unicode(f"x. {letter}", encoding), encoding) == f"x. {letter}"
    else:
        assert to_unicode(legacy, encoding) == letter


def test_the_bytes_of_the_tables():
    # a few bytes as printed in the charts of both encodings
    assert from_unicode("á", "tcvn3").encode("cp1252") == b"\xb8"
    assert from_unicode("đ", "tcvn3").encode("cp1252") == b"\xae"
    assert from_unicode("Đ", "tcvn3").encode("cp1252") == b"\xa7"
    assert from_unicode("ư", "tcvn3").encode("cp1252") == b"\xad"
    assert from_unicode("á", "vni").encode("cp1252") == b"a\xf9"
    assert from_unicode("Ố", "vni").encode("cp1252") == b"O\xc1"
    assert from_unicode("ơ", "vni").encode("cp1252") == b"\xf4"
    assert from_unicode("ỵ", "vni").encode("cp1252") == b"\xee"


@pytest.mark.parametrize(
    ("legacy", "encoding", "unicode"),
    [
        ("Tæng thu ng©n s¸ch", "tcvn3", "Tổng thu ngân sách"),
        ("Toång thu ngaân saùch", "vni", "Tổng thu ngân sách"),
        ("Bé Tµi chÝnh", "tcvn3", "Bộ Tài chính"),
        ("TæNG THU NG¢N S¸CH", "tcvn3", "TỔNG THU NGÂN SÁCH"),
        ("tû ®ång", "tcvn3", "tỷ đồng"),
        ("ng\xadêi", "tcvn3", "người"),
        ("Taêng tröôûng GRDP", "vni", "Tăng trưởng GRDP"),
        ("TAÊNG TRÖÔÛNG", "vni", "TĂNG TRƯỞNG"),
        ("Löu BTGTh.", "vni", "Lưu BTGTh."),
    ],
)
def test_phrases_are_detected_and_converted(legacy, encoding, unicode):
    found = detect_legacy(legacy)
    assert (found.encoding, found.unsure) == (encoding, False)
    assert found.converted == unicode
    assert found.confidence >= 0.75


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_guidance_sentences_come_back_identical(encoding):
    assert len(SENTENCES) == 50
    for line in SENTENCES:
        legacy = from_unicode(line, encoding)
        assert legacy != line
        found = detect_legacy(legacy)
        assert (found.encoding, found.unsure) == (encoding, False), line
        if encoding == "tcvn3" and (
            any(ch in TONED_CAPITALS for ch in line) or line[0] in TONED_LOWER
        ):
            # a capital with a tone inside a sentence ("Ủy ban") is lost with the font, and a
            # text's first letter is taken for a capital
            assert found.converted.lower() == line.lower(), line
        else:
            assert found.converted == line, line


def test_whole_guidance_in_tcvn3_keeps_capitals_of_headings():
    headings = [ln for ln in LINES if ln.isupper() and len(ln) > 10]
    assert headings, "the guidance has headings in capitals"
    for line in headings:
        assert to_unicode(from_unicode(line, "tcvn3"), "tcvn3") == line


def test_no_false_alarm_on_unicode_guidance():
    text = GUIDANCE.read_text(encoding="utf-8")
    assert detect_legacy(text).encoding is None
    for line in LINES:
        found = detect_legacy(line)
        assert found.encoding is None and found.converted == line, line


@pytest.mark.parametrize(
    "text",
    [
        "Gross regional domestic product grew faster than planned in 2023.",
        "Revenue, budget and investment: see the annex for details.",
        "10,05%",
        "1.234,5 tỷ đồng",
        "7,5–8",
        "Café",
        "Müller",
        "©2024",
        "© 2024 Sở Thông tin và Truyền thông",
        "José Núñez",
        "Señor Peña, España",
        "François Hélène, Zoë, Noël",
        "Ångström, Jürgen, Bjørn",
        "naïve résumé à la carte",
        "5 µm",
        "±5 °C",
        "Tài chính",
        "Hà Nội",
        "Ý kiến",
    ],
)
def test_no_false_alarm_on_western_text_numbers_and_vietnamese(text):
    found = detect_legacy(text)
    assert found.encoding is None
    assert found.converted == text


def test_mixed_unicode_and_legacy_is_unsure():
    found = detect_legacy("Chỉ tiêu Tæng thu ng©n s¸ch")
    assert found.encoding == "tcvn3" and found.unsure


def test_syllables():
    for word in ("tổng", "ngân", "sách", "quyết", "giếng", "người", "khuya", "nghiêng", "Hưng"):
        assert is_syllable(word), word
    for word in ("tæng", "cafộ", "hàt", "ce", "ngi", "gha", "xyz", "müller", "chớnh", "ba2"):
        assert not is_syllable(word), word


def test_nfd_is_composed_and_flagged():
    nfd = unicodedata.normalize("NFD", "Tổng thu ngân sách")
    text, changed = normalize(nfd)
    assert text == "Tổng thu ngân sách" and changed
    assert normalize(text) == (text, False)
    assert fix_text(nfd, Location("f.csv", 2, 3)) == ("Tổng thu ngân sách", None)


def test_fix_text_warns_with_place_and_encoding():
    where = Location("figures.csv", 3, 2)
    text, problem = fix_text("Tæng thu ng©n s¸ch", where, "thu_ngan_sach.label")
    assert text == "Tổng thu ngân sách"
    assert problem is not None and problem.severity == "warning"
    formatted = problem.format()
    assert formatted.startswith("figures.csv:3:2: warning: converted from TCVN3")
    assert "thu_ngan_sach.label" in formatted

    text, problem = fix_text("Chỉ tiêu Tæng", where, "x.label")
    assert text == "Chỉ tiêu Tæng"
    assert problem is not None and problem.severity == "error"
    assert "TCVN3" in problem.message and "Unicode" in problem.hint

    assert fix_text("Café Müller ©2024", where) == ("Café Müller ©2024", None)


# --- random Vietnamese ----------------------------------------------------------------------

_ONSETS = ["", "b", "ch", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t"]
_ONSETS += ["th", "tr", "v", "x"]
_RHYMES = ["a", "ai", "anh", "ao", "ăn", "âm", "ây", "e", "êt", "im", "inh", "oa", "oan", "ôi"]
_RHYMES += ["ông", "ơi", "ơn", "u", "ung", "uy", "uyên", "ưa", "ưng", "ươi", "ương", "iêu", "y"]
_TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]


def _place_tone(rhyme: str, tone: str) -> str:
    """Put the tone on the vowel that carries it (new style: on ơ/ê/â…, else the main vowel)."""
    marked = [i for i, ch in enumerate(rhyme) if ch in "ăâêôơư"]
    vowels = [i for i, ch in enumerate(rhyme) if ch in "aăâeêioôơuưy"]
    if marked:
        at = marked[-1]
    elif len(vowels) >= 2 and vowels[-1] == len(rhyme) - 1:
        at = vowels[-2]
    else:
        at = vowels[-1] if len(vowels) < 2 else vowels[1]
    return unicodedata.normalize("NFC", rhyme[: at + 1] + tone + rhyme[at + 1 :])


@st.composite
def syllables(draw):
    onset = draw(st.sampled_from(_ONSETS))
    rhyme = draw(st.sampled_from(_RHYMES))
    if onset == "qu" and rhyme[0] in "uoôơư":
        onset = "h"  # "quô", "quư" are no syllables
    if rhyme[0] == "y" and onset not in ("", "qu", "h", "l", "m", "t", "s", "v"):
        onset = ""  # y begins a rhyme only after these
    if onset in ("g", "ng") and rhyme[0] in "eêi":
        onset += "h"  # ghe, nghiêng
    stop = rhyme.endswith(("c", "ch", "p", "t"))
    tone = draw(st.sampled_from(_TONE_MARKS[1::4] if stop else _TONE_MARKS))  # át, ạt
    word = onset + _place_tone(rhyme, tone)
    case = draw(st.sampled_from(["lower", "lower", "title", "upper"]))
    return word.upper() if case == "upper" else word.title() if case == "title" else word


def _tcvn3_can_carry(word: str) -> str:
    """``word`` as TCVN3 can carry it: a capital with a tone only in a word of capitals with two
    other letters (elsewhere the font, lost, said whether it was a capital)."""
    others = [ch for ch in word if ch not in TONED_CAPITALS and ch not in TONED_LOWER]
    if word.isupper() and len(others) >= 2:
        return word
    if len(others) == 1 and others[0].isupper():  # "Hà": a capital next to capitals is one
        return word.lower()
    return "".join(ch.lower() if ch in TONED_CAPITALS else ch for ch in word)


TONED_LOWER = {ch.lower() for ch in TONED_CAPITALS}


@settings(max_examples=300, deadline=None)
@given(st.lists(syllables(), min_size=3, max_size=12), st.sampled_from(ENCODINGS))
def test_random_vietnamese_round_trips(words, encoding):
    if encoding == "tcvn3":
        words = ["Và", "nay", *(_tcvn3_can_carry(w) for w in words)]  # a text's first letter
    text = " ".join(words)
    legacy = from_unicode(text, encoding)
    found = detect_legacy(legacy)
    assert detect_legacy(text).encoding is None
    if found.encoding is None:
        # only when every changed word reads as Vietnamese in its legacy form too ("bé" for
        # "bộ"), or is a single letter: nothing tells the two apart
        changed = [(lw, w) for lw, w in zip(legacy.split(), words, strict=True) if lw != w]
        assert sum(len(w) for lw, w in changed if not is_syllable(lw)) < 2, (text, legacy)
        return
    assert to_unicode(legacy, encoding) == text
    if found.unsure:  # both encodings read it as well ("hî": VNI "hỵ", TCVN3 "hợ")
        other = to_unicode(legacy, next(e for e in ENCODINGS if e != encoding))
        assert all(is_syllable(w) for w in other.split()), (text, legacy, other)
        return
    assert (found.encoding, found.unsure) == (encoding, False), (text, legacy)
    assert found.converted == text


# --- deckmaker draft from a legacy document ----------------------------------------------------


@pytest.fixture(scope="module")
def unicode_draft():
    from deckmaker.draft import draft

    return draft(GUIDANCE)


@pytest.mark.parametrize(
    ("encoding", "kind"),
    [("tcvn3", ".txt"), ("vni", ".txt"), ("tcvn3", ".docx"), ("vni", ".docx")],
)
def test_draft_from_a_legacy_document(tmp_path, unicode_draft, encoding, kind):
    import docx

    from deckmaker.draft import draft

    text = GUIDANCE.read_text(encoding="utf-8")
    legacy = from_unicode(text, encoding)
    path = tmp_path / f"huong-dan{kind}"
    if kind == ".txt":  # the bytes as the legacy editor saved them: not UTF-8
        path.write_bytes(legacy.encode("cp1252"))
    else:
        document = docx.Document()
        for line in legacy.split("\n"):
            document.add_paragraph(line)
        document.save(str(path))
    result = draft(path)
    assert result.figures_yaml == unicode_draft.figures_yaml
    if encoding == "vni":
        assert result.outline_yaml == unicode_draft.outline_yaml
    else:  # only capitals with a tone inside a sentence ("và Ý kiến") are lost with the font
        assert result.outline_yaml.lower() == unicode_draft.outline_yaml.lower()
    [warning] = result.warnings
    assert warning.severity == "warning"
    line = warning.location.line  # the first line with a word that only the encoding explains
    assert legacy.split("\n")[line - 1] != text.split("\n")[line - 1]
    assert warning.format().startswith(
        f"{path}:{line}:1: warning: converted from {encoding.upper()}"
    )
    assert "113 line(s)" in warning.message


def test_draft_refuses_a_document_that_only_may_be_legacy(tmp_path):
    from deckmaker.draft import draft
    from deckmaker.errors import DeckmakerError

    path = tmp_path / "tron.txt"
    path.write_text("Chỉ tiêu năm 2024\nTæng thu ng©n s¸ch\n", encoding="utf-8")
    with pytest.raises(DeckmakerError) as err:
        draft(path)
    [problem] = err.value.problems
    assert problem.location.line == 2 and "TCVN3" in problem.message
    assert "Unicode" in problem.hint


# --- figures and outlines in a legacy encoding -------------------------------------------------

E2E = Path(__file__).parents[1] / "fixtures" / "e2e"


def _label(letter: str) -> str:
    """A label holding ``letter`` in a syllable: "Tổng thu ắn", "ẮN TỔNG THU", "Tổng thu quýnh"."""
    base = unicodedata.normalize("NFD", letter.lower())[0]
    word = "qu" + letter + "nh" if base == "y" else letter + ("i" if base == "đ" else "n")
    return f"{word.upper()} TỔNG THU" if letter.isupper() else f"Tổng thu {word}"


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_csv_labels_and_units_letter_by_letter(tmp_path, encoding):
    from deckmaker.figures import load_figures

    rows = ["key,label,value,unit"]
    for i, letter in enumerate(LETTERS):
        rows.append(f"f{i},{_label(letter)},{i},tỷ đồng")
    path = tmp_path / "figures.csv"
    path.write_text(from_unicode("\n".join(rows) + "\n", encoding), encoding="utf-8")
    warnings: list = []
    figures = load_figures(path, warnings)
    for i, letter in enumerate(LETTERS):
        assert figures[f"f{i}"].label == _label(letter), letter
        assert figures[f"f{i}"].unit == "tỷ đồng"
    assert len(warnings) == 2 * len(LETTERS)  # each label and each unit
    first = warnings[0].format()
    assert first.startswith(f"{path}:2:2: warning: converted from {encoding.upper()}")
    assert "at: f0.label" in first


def test_xlsx_and_yaml_labels(tmp_path):
    import openpyxl

    from deckmaker.figures import load_figures

    book = openpyxl.Workbook()
    book.active.append(["key", "label", "value", "unit"])
    book.active.append(["thu", "Tæng thu ng©n s¸ch", 33100, "tû ®ång"])
    book.active.append(["chi", "Toång chi ngaân saùch", 21671.5, "tyû ñoàng"])
    book.save(tmp_path / "figures.xlsx")
    warnings: list = []
    figures = load_figures(tmp_path / "figures.xlsx", warnings)
    assert figures["thu"].label == "Tổng thu ngân sách" and figures["thu"].unit == "tỷ đồng"
    assert figures["chi"].label == "Tổng chi ngân sách" and figures["chi"].unit == "tỷ đồng"
    assert [str(w.location).rsplit(":", 2)[1:] for w in warnings] == [
        ["2", "2"],
        ["2", "4"],
        ["3", "2"],
        ["3", "4"],
    ]
    assert "TCVN3" in warnings[0].message and "VNI" in warnings[2].message

    (tmp_path / "f.yaml").write_text("thu: {label: Tæng thu ng©n s¸ch, value: 1}\n", "utf-8")
    warnings = []
    assert load_figures(tmp_path / "f.yaml", warnings)["thu"].label == "Tổng thu ngân sách"
    assert warnings[0].format().startswith(f"{tmp_path / 'f.yaml'}:1:14: warning: converted")


def test_figures_refuse_a_label_that_only_may_be_legacy(tmp_path):
    from deckmaker.errors import DataError
    from deckmaker.figures import load_figures

    path = tmp_path / "figures.csv"
    path.write_text("key,label,value\nthu,Chỉ tiêu Tæng thu,1\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_figures(path)
    [problem] = err.value.problems
    assert (problem.location.line, problem.location.col, problem.path) == (2, 2, "thu.label")
    assert "TCVN3" in problem.message and "UniKey" in problem.hint


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_outline_and_figures_in_a_legacy_encoding_load_as_unicode(tmp_path, encoding):
    from deckmaker.pipeline import load_inputs

    for name in ("outline.yaml", "figures.yaml"):
        text = (E2E / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(from_unicode(text, encoding), encoding="utf-8")
    want = load_inputs(E2E / "outline.yaml")
    got = load_inputs(tmp_path / "outline.yaml")
    if encoding == "tcvn3":
        # the one word that reads as Vietnamese both ways, alone in its text: kept as it is
        assert got.figures["grdp_growth"].source == "HD 25, môc II.2.2a"
        fixed = dataclasses.replace(got.figures["grdp_growth"], source="HD 25, mục II.2.2a")
        got = dataclasses.replace(got, figures={**got.figures, "grdp_growth": fixed})
    assert got.figures == want.figures
    texts = [
        (t.value, u.value)
        for t, u in zip(_texts(got.deck), _texts(want.deck), strict=True)
        if t.value != u.value
    ]
    if encoding == "vni":
        assert texts == []
    else:
        assert all(t.lower() == u.lower() for t, u in texts), texts
    assert got.warnings and all(w.severity == "warning" for w in got.warnings)
    assert {w.location.file for w in got.warnings} == {
        str(tmp_path / "outline.yaml"),
        str(tmp_path / "figures.yaml"),
    }


def _texts(deck) -> list:
    """Every Text of a deck, in order."""
    from deckmaker.outline.model import Text

    out: list = []

    def walk(value) -> None:
        if isinstance(value, Text):
            out.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for field in value.__dataclass_fields__:
                if field != "warnings":
                    walk(getattr(value, field))

    walk(deck)
    return out


def test_a_vni_deck_builds_the_same_slides_as_its_unicode_original(tmp_path):
    from pptx import Presentation

    from deckmaker.pipeline import build_deck

    for name in ("outline.yaml", "figures.yaml"):
        text = (E2E / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(from_unicode(text, "vni"), encoding="utf-8")
    found: list = []
    legacy = build_deck(tmp_path / "outline.yaml", tmp_path / "vni.pptx", warnings=found)
    unicode = build_deck(E2E / "outline.yaml", tmp_path / "unicode.pptx")
    assert any("warning: converted from VNI" in w.format() for w in found)

    def texts(path: Path) -> list[list[str]]:
        return [
            [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
            for slide in Presentation(str(path)).slides
        ]

    assert texts(legacy.path) == texts(unicode.path)
    assert "Kết quả năm 2023" in str(texts(legacy.path)).replace("\\xa0", " ")


def test_unicode_text_with_a_few_ocr_misreadings_is_not_legacy():
    # an OCR'd resolution: Unicode Vietnamese with a few garbled words that TCVN3 would "fix";
    # reading the whole text as TCVN3 leaves far fewer Vietnamese words, so it is Unicode
    text = (
        "Quốc hội quyết định tổng số thu ngân sách nhà nước năm 2020 là 1.512.300 tỷ đồng; "
        "tăng cường kỷ luật, kỷ cương tài chính, triệt để tiết kiệm chi thường xuyên. "
        * 4
        + "Tiếp tục đổi mới, mở rộng ứng dung céng nghé thông tin trong quản lý thu, chi ngân sách."
    )
    found = detect_legacy(text)
    assert found.encoding is None and found.converted == text


def test_words_are_converted_and_scored_as_the_whole_text_is():
    """Detection converts a word alone (``_tcvn3_word``) and scores both encodings of a text in
    one walk (``_scores``): the same as ``to_unicode`` of the word and each encoding's walk."""
    from deckmaker.legacy import _WORD, _scores, _tcvn3_word, _word_score

    texts = [*LINES, *(from_unicode(t, e) for t in LINES for e in ENCODINGS)]
    texts += [t.upper() for t in texts]
    words = {w for t in texts for w in _WORD.findall(t)}
    assert len(words) > 1000
    for w in words:
        assert _tcvn3_word(w) == to_unicode(w, "tcvn3"), w
    for t in texts:
        walked = tuple(
            tuple(map(sum, zip(*[_word_score(w, e) for w in _WORD.findall(t)], strict=True)))
            or (0, 0, 0)
            for e in ENCODINGS
        )
        assert _scores(t) == walked, t
