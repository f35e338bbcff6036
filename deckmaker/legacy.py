"""Vietnamese typed in the legacy TCVN3 (ABC) and VNI encodings: tables, detection, conversion.

Offices that still use the ``.VnTime``/``.VnArial`` (TCVN3) or ``VNI-Times`` (VNI) fonts store
Vietnamese as 8-bit bytes that only those fonts draw as Vietnamese. Read as Windows-1252 (Excel,
Word, a CSV opened as "ANSI") the bytes become Western letters: "Tæng thu ng©n s¸ch" (TCVN3) or
"Toång thu ngaân saùch" (VNI) for "Tổng thu ngân sách". This module recognises such text and
converts it back. It is pure: no I/O.

Sources of the tables (each byte checked against both where both have it):

- UniKey's converter, ``src/vnconv/data.cpp`` (Pham Kim Long, unikey.sourceforge.net; read in the
  ``xmirror/unikey`` mirror): ``SingleByteTables`` row "TCVN3" and ``DoubleByteTables`` row
  "VNIWIN", in the order of its ``UnicodeTable``.
- The TCVN 5712 table of GNU libiconv as shipped in XFree86 ``lib/X11/lcUniConv/tcvn.h``: every
  TCVN3 byte 0xA1–0xFE below agrees with it.

TCVN3 is single-byte. It has the capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7) but no capital letters with a
tone mark: ``.VnTimeH`` and the other "H" fonts draw the *lower-case* bytes as capitals. So byte
0xB8 is "á" in ``.VnTime`` and "Á" in ``.VnTimeH``, and the font is lost when the text is read.
``to_unicode`` writes such a letter in capitals when the other letters of its word (two or more)
are all capitals ("HäP" -> "HỌP"), when its word has one other letter, a capital, and the words
next to it are in capitals ("Hµ NéI" -> "HÀ NỘI"), or when it begins a sentence, a list item or a
text of two words or more ("ë ®©u" -> "Ở đâu"; not a bare line: it may continue a paragraph), and in
lower case otherwise ("Bé Tµi chÝnh" -> "Bộ Tài chính",
"vµ ý kiÕn" -> "và ý kiến" even where the writer meant "Ý kiến").

VNI is a base letter followed by a mark byte ("a" + "ù" -> "á", "o" + "â" -> "ô"); a few letters
are one byte (đ "ñ", ơ "ô", ư "ö", ỵ "î", and i with a tone); it has every capital.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .errors import Location, Problem
from .i18n import _

ENCODINGS = ("tcvn3", "vni")
NAMES = {"tcvn3": "TCVN3 (ABC, .VnTime)", "vni": "VNI (VNI-Times)"}

# Each row: the letter without tone and with sắc, huyền, hỏi, ngã, nặng (lower case); the TCVN3
# byte of each; the TCVN3 byte of the capital without tone; the VNI bytes of each lower-case
# letter; the VNI bytes of each capital. Bytes are hexadecimal, a VNI letter is 1 or 2 bytes.
_ROWS = (
    ("aáàảãạ", "61 b8 b5 b6 b7 b9", "41",
     "61 61f9 61f8 61fb 61f5 61ef", "41 41d9 41d8 41db 41d5 41cf"),
    ("ăắằẳẵặ", "a8 be bb bc bd c6", "a1",
     "61ea 61e9 61e8 61fa 61fc 61eb", "41ca 41c9 41c8 41da 41dc 41cb"),
    ("âấầẩẫậ", "a9 ca c7 c8 c9 cb", "a2",
     "61e2 61e1 61e0 61e5 61e3 61e4", "41c2 41c1 41c0 41c5 41c3 41c4"),
    ("eéèẻẽẹ", "65 d0 cc ce cf d1", "45",
     "65 65f9 65f8 65fb 65f5 65ef", "45 45d9 45d8 45db 45d5 45cf"),
    ("êếềểễệ", "aa d5 d2 d3 d4 d6", "a3",
     "65e2 65e1 65e0 65e5 65e3 65e4", "45c2 45c1 45c0 45c5 45c3 45c4"),
    ("iíìỉĩị", "69 dd d7 d8 dc de", "49",
     "69 ed ec e6 f3 f2", "49 cd cc c6 d3 d2"),
    ("oóòỏõọ", "6f e3 df e1 e2 e4", "4f",
     "6f 6ff9 6ff8 6ffb 6ff5 6fef", "4f 4fd9 4fd8 4fdb 4fd5 4fcf"),
    ("ôốồổỗộ", "ab e8 e5 e6 e7 e9", "a4",
     "6fe2 6fe1 6fe0 6fe5 6fe3 6fe4", "4fc2 4fc1 4fc0 4fc5 4fc3 4fc4"),
    ("ơớờởỡợ", "ac ed ea eb ec ee", "a5",
     "f4 f4f9 f4f8 f4fb f4f5 f4ef", "d4 d4d9 d4d8 d4db d4d5 d4cf"),
    ("uúùủũụ", "75 f3 ef f1 f2 f4", "55",
     "75 75f9 75f8 75fb 75f5 75ef", "55 55d9 55d8 55db 55d5 55cf"),
    ("ưứừửữự", "ad f8 f5 f6 f7 f9", "a6",
     "f6 f6f9 f6f8 f6fb f6f5 f6ef", "d6 d6d9 d6d8 d6db d6d5 d6cf"),
    ("yýỳỷỹỵ", "79 fd fa fb fc fe", "59",
     "79 79f9 79f8 79fb 79f5 ee", "59 59d9 59d8 59db 59d5 ce"),
    ("đ", "ae", "a7",
     "f1", "d1"),
)  # fmt: skip

LETTERS: tuple[str, ...] = tuple(
    ch for row in _ROWS for ch in row[0] + row[0].upper() if not ch.isascii()
)
"""The 134 letters of Vietnamese beyond ASCII: 12 vowels with a tone or a mark, and đ, in both
cases (a, e, i, o, u, y without a tone are ASCII and the same in every encoding)."""


def _glyphs(hexes: str) -> str:
    """Bytes written in hexadecimal, as the characters Windows-1252 shows for them."""
    return bytes.fromhex(hexes).decode("cp1252")


def _build() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]], frozenset[str]]:
    decode: dict[str, dict[str, str]] = {"tcvn3": {}, "vni": {}}
    encode: dict[str, dict[str, str]] = {"tcvn3": {}, "vni": {}}
    ambiguous: set[str] = set()  # TCVN3 glyphs of letters whose capital TCVN3 cannot write
    for letters, tcvn3, tcvn3_capital, vni, vni_capitals in _ROWS:
        for i, (letter, t, v, vc) in enumerate(
            zip(letters, tcvn3.split(), vni.split(), vni_capitals.split(), strict=True)
        ):
            capital = letter.upper()
            if i == 0:  # the letter without a tone: TCVN3 has its capital
                t_capital = _glyphs(tcvn3_capital)
            else:
                t_capital = _glyphs(t)
                ambiguous.add(_glyphs(t))
            for enc, low, up in (
                ("tcvn3", _glyphs(t), t_capital),
                ("vni", _glyphs(v), _glyphs(vc)),
            ):
                encode[enc][letter] = low
                encode[enc][capital] = up
                decode[enc].setdefault(low, letter)
                decode[enc].setdefault(up, capital)
    for enc in ENCODINGS:  # plain ASCII letters are themselves, not table entries
        decode[enc] = {k: v for k, v in decode[enc].items() if k != v}
        encode[enc] = {k: v for k, v in encode[enc].items() if k != v}
    return decode, encode, frozenset(ambiguous)


_DECODE, _ENCODE, _TCVN3_NO_CAPITAL = _build()

_WORD = re.compile(r"(?:[^\W_]|[\u00a1-\u00ff])+")
"""A word: letters and digits, with the Latin-1 signs (©, ¸, «…) that legacy letters show as."""

_UNICODE_ONLY = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")
"""Vietnamese letters outside Latin-1: no legacy text read as Windows-1252 contains them."""


# --- conversion --------------------------------------------------------------------------------


def to_unicode(text: str, encoding: str) -> str:
    """``text`` (legacy bytes shown as Windows-1252 characters) converted to Unicode."""
    if encoding == "vni":
        return _vni_to_unicode(text)
    if encoding == "tcvn3":
        return _tcvn3_to_unicode(text)
    raise ValueError(
        _("unknown encoding {encoding!r}; known: {names}").format(
            encoding=encoding, names=", ".join(ENCODINGS)
        )
    )


def from_unicode(text: str, encoding: str) -> str:
    """The inverse: Unicode Vietnamese as it shows once typed in ``encoding`` and read as
    Windows-1252. TCVN3 writes a capital with a tone mark as its lower-case byte (see above)."""
    if encoding not in ENCODINGS:
        raise ValueError(
            _("unknown encoding {encoding!r}; known: {names}").format(
                encoding=encoding, names=", ".join(ENCODINGS)
            )
        )
    table = _ENCODE[encoding]
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def _vni_to_unicode(text: str) -> str:
    table = _DECODE["vni"]
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
        else:
            out.append(table.get(text[i], text[i]))
            i += 1
    return "".join(out)


def _tcvn3_to_unicode(text: str) -> str:
    table = _DECODE["tcvn3"]
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    # the cased letters of each word that TCVN3 writes in their own case, and whether the word
    # is a Vietnamese word in capitals ("NéI"), not an acronym ("HD")
    known = [
        [c for ch in w if ch not in _TCVN3_NO_CAPITAL for c in [table.get(ch, ch)] if c.isalpha()]
        for _, w in words
    ]
    in_capitals = [
        len(k) >= 2 and all(c.isupper() for c in k) and any(ch in table for ch in w)
        for k, (_, w) in zip(known, words, strict=True)
    ]
    out = list(text)
    for i, (start, word) in enumerate(words):
        k = known[i]
        capitals = len(k) >= 2 and all(c.isupper() for c in k)
        if len(k) == 1 and k[0].isupper():  # "Hµ" in "Hµ NéI": as its neighbours
            near = [
                j for j in (i - 1, i + 1) if 0 <= j < len(words) and _next_to(text, words, i, j)
            ]
            capitals = bool(near) and all(in_capitals[j] for j in near)
        for j, ch in enumerate(word):
            letter = table.get(ch, ch)
            first = j == 0 and (_starts_sentence(text, start) or (i == 0 and len(words) > 1))
            if ch in _TCVN3_NO_CAPITAL and (capitals or first):
                letter = letter.upper()
            out[start + j] = letter
    return "".join(out)


def _tcvn3_word(word: str) -> str:
    """``_tcvn3_to_unicode`` of one word (a whole match of ``_WORD``), as detection scores
    words: no neighbours, no sentence before it, so its letters that TCVN3 writes only in lower
    case are capitals only when the word is in capitals."""
    table = _DECODE["tcvn3"]
    known = [
        c for ch in word if ch not in _TCVN3_NO_CAPITAL for c in [table.get(ch, ch)] if c.isalpha()
    ]
    if len(known) >= 2 and all(c.isupper() for c in known):
        return "".join(
            table.get(ch, ch).upper() if ch in _TCVN3_NO_CAPITAL else table.get(ch, ch)
            for ch in word
        )
    return "".join(table.get(ch, ch) for ch in word)


def _next_to(text: str, words: list[tuple[int, str]], i: int, j: int) -> bool:
    """Whether only spaces part words ``i`` and ``j`` (in "Hµ, NéI" the comma parts them)."""
    (a, first), (b, _) = sorted((words[i], words[j]))
    return not text[a + len(first) : b].strip()


_SENTENCE = re.compile(r"(?:[.!?]|(?:^|\n)[ \t]*(?:[-–+•]|\(?\d+(?:\.\d+)*[.)-]))\s+$")
"""What comes before the first word of a sentence, or of a list item ("- ", "2.1- ", "(10) ")."""


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start]
    return bool(_SENTENCE.search(before if start <= 24 else "\0" + before))


def normalize(text: str) -> tuple[str, bool]:
    """``text`` in NFC, and whether it changed (decomposed "ê" + U+0301 becomes "ế")."""
    nfc = unicodedata.normalize("NFC", text)
    return nfc, nfc != text


# --- Vietnamese syllables --------------------------------------------------------------------

_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}  # sắc, huyền, hỏi, ngã, nặng
_ONSETS = sorted(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
_RHYMES = frozenset(
    """a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu
    iêc iêm iên iêng iêp iêt iêu o oc oi om on ong op ot oa oac oach oai oam oan oang oanh
    oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet oong ooc ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt u ua uân uâng uât uây uc ui um un ung up ut uê uêch uênh uơ uy uya
    uych uyên uyêt uyn uynh uyp uyt uyu uôc uôi uôm uôn uông uôt ư ưa ưc ưi ưm ưn ưng ưt
    ưu ươc ươi ươm ươn ương ươp ươt ươu y yêm yên yêng yêt yêu""".split()  # noqa: SIM905
)
_AFTER_QU = frozenset(r for r in _RHYMES if r[0] not in "oôơuư") | {
    "ôc", "ơ", "ych", "yn", "ynh", "yp", "yt",
}  # fmt: skip
_FRONT = tuple("eêiy")  # k, gh, ngh are written before these; c, g, ng before the others


def is_syllable(word: str) -> bool:
    """Whether ``word`` is spelt as one Vietnamese syllable: onset, rhyme, a tone the rhyme
    allows, on the vowel that carries it ("tổng", "ngân", "quyết", "hòa" or "hoà"; not "tæng",
    "cafộ", "hàt", "aỷ")."""
    base, tones, at = "", [], -1
    for i, ch in enumerate(unicodedata.normalize("NFC", word.lower())):
        parts = unicodedata.normalize("NFD", ch)
        marks = [c for c in parts if c in _TONES]
        if marks:
            tones.extend(marks)
            at = i
        base += unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
    if len(tones) > 1 or len(base) != len(word):
        return False
    if not base or not all("a" <= ch <= "z" or ch in "ăâđêôơư" for ch in base):
        return False
    if tones and base.endswith(("c", "ch", "p", "t")) and tones[0] not in ("\u0301", "\u0323"):
        return False  # a syllable closed by a stop takes only sắc or nặng
    for onset in [*_ONSETS, ""]:
        rhyme = base[len(onset) :]
        if (
            base.startswith(onset)
            and _rhyme_fits(onset, rhyme)
            and (at < 0 or at in _tone_places(base, len(onset)))
        ):
            return True
    return False


def _tone_places(base: str, onset: int) -> set[int]:
    """Where the tone mark may sit in ``base`` (a syllable without tone) after its onset."""
    vowels = [i for i in range(onset, len(base)) if base[i] in "aăâeêioôơuưy"]
    if not vowels:  # "gì": the i of "gi" carries it
        return {onset - 1}
    marked = [i for i in vowels if base[i] in "ăâêôơư"]
    if marked:
        return {marked[-1]}
    if len(vowels) == 1:
        return {vowels[0]}
    if len(vowels) == 3:
        return {vowels[1]}
    if vowels[-1] < len(base) - 1:  # a final consonant: "toán", "hoàng"
        return {vowels[1]}
    pair = base[vowels[0] : vowels[1] + 1]
    return {vowels[0], vowels[1]} if pair in ("oa", "oe", "uy") else {vowels[0]}  # hòa, hoà


def _rhyme_fits(onset: str, rhyme: str) -> bool:
    if onset == "qu":
        return rhyme in _AFTER_QU
    if onset == "gi":
        return rhyme == "" or rhyme in _RHYMES or "i" + rhyme in _RHYMES
    if rhyme not in _RHYMES:
        return False
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front and not rhyme.startswith("y")
    if onset in ("c", "g", "ng"):
        return not front
    return True


# --- detection ---------------------------------------------------------------------------------

SURE = 0.75
"""Share of converted words that must become Vietnamese for a detection to be sure."""


@dataclass(frozen=True)
class Detection:
    """What ``detect_legacy`` found.

    ``encoding`` is the legacy encoding the text is written in (None: Unicode, or nothing to
    tell); ``converted`` the text in Unicode (the text itself when ``encoding`` is None);
    ``confidence`` the share of the words the conversion changes (leaving aside those Vietnamese
    before and after) that become Vietnamese syllables. ``unsure`` means
    the text looks like ``encoding`` but not clearly enough to convert it without asking.
    """

    encoding: str | None
    confidence: float
    converted: str
    unsure: bool = False


@functools.lru_cache(maxsize=8192)  # a pure function; a preview's rebuilds ask it again
def detect_legacy(text: str) -> Detection:
    """Recognise TCVN3 or VNI text read as Windows-1252; see ``Detection``."""
    none = Detection(None, 0.0, text)
    if text.isascii():
        return none
    candidates: list[tuple[tuple[int, float, int], str, str, float]] = []
    # scored first: most Unicode Vietnamese has no word the conversion makes Vietnamese, and
    # the words' scores are memoised (both encodings' in one look-up), the conversion is not
    for encoding, (good, bad, letters) in zip(ENCODINGS, _scores(text), strict=True):
        if not good or letters < 2:  # no Vietnamese word, or too little text to tell
            continue
        converted = to_unicode(text, encoding)
        if converted == text:
            continue
        confidence = good / (good + bad)
        # on a tie, the reading with fewer tone marks ("Löu": VNI "Lưu", not TCVN3 "Lửu")
        rank = (good, confidence, -_tone_marks(converted))
        candidates.append((rank, encoding, converted, confidence))
    if not candidates:
        return none
    candidates.sort(reverse=True)
    rank, encoding, converted, confidence = candidates[0]
    if len(candidates) > 1 and candidates[1][0] == rank:  # "hî": VNI "hỵ" or TCVN3 "hợ"
        confidence = min(confidence, 0.5)
    gain = _syllables(converted) - _syllables(text)
    if gain <= 0 and confidence < 0.25:
        # most words the reading changes become foreign and it leaves no more Vietnamese words
        # than the text has: Unicode with a few stray letters (OCR noise), not this encoding
        return none
    if _UNICODE_ONLY.search(text):  # Unicode Vietnamese beside legacy-looking words
        confidence = min(confidence, 0.5)
    if confidence >= SURE and gain > 0:
        return Detection(encoding, confidence, converted)
    return Detection(encoding, confidence, converted, unsure=True)


def _score(text: str, encoding: str) -> tuple[int, int, int]:
    """(words the conversion makes Vietnamese, words it makes or leaves foreign, letters of the
    first). A word Vietnamese both before and after ("Bé" -> "Bộ") tells nothing."""
    return _scores(text)[ENCODINGS.index(encoding)]


def _scores(text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """``_score`` of ``text`` in each of ``ENCODINGS``, its words walked and looked up once."""
    tg = tb = tn = vg = vb = vn = 0
    for word in _WORD.findall(text):
        if word.isascii():  # plain ASCII letters and digits are themselves in both encodings
            continue
        (g, b, n), (g2, b2, n2) = _word_scores(word)
        tg, tb, tn, vg, vb, vn = tg + g, tb + b, tn + n, vg + g2, vb + b2, vn + n2
    return (tg, tb, tn), (vg, vb, vn)


@functools.lru_cache(maxsize=16384)  # words repeat across a deck's texts
def _word_scores(word: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """One word's share of ``_scores``, in each of ``ENCODINGS``."""
    tcvn3, vni = ENCODINGS
    return _word_score(word, tcvn3), _word_score(word, vni)


def _word_score(word: str, encoding: str) -> tuple[int, int, int]:
    """One word's share of ``_score``: (1, 0, its letters), (0, 1, 0) or (0, 0, 0)."""
    if word.isascii():  # plain ASCII letters and digits are themselves in both encodings
        return 0, 0, 0
    converted = _tcvn3_word(word) if encoding == "tcvn3" else to_unicode(word, encoding)
    if converted == word or _MICRO.fullmatch(word):
        return 0, 0, 0
    if not is_syllable(converted):
        if not (len(converted) > 1 and converted.isupper()):  # "§UK" -> "ĐUK": an acronym
            return 0, 1, 0
        return 0, 0, 0
    if not is_syllable(word):
        return 1, 0, len(converted)
    return 0, 0, 0


_MICRO = re.compile("µ[A-Za-z]{1,3}")
"""µm, µg, µmol: a unit, not TCVN3 "à"."""


def _tone_marks(text: str) -> int:
    return sum(ch in _TONES for ch in unicodedata.normalize("NFD", text))


def _syllables(text: str) -> int:
    return sum(is_syllable(m.group()) for m in _WORD.finditer(text))


# --- for the readers -------------------------------------------------------------------------

HINT = (
    "the text was typed with a {font} font; convert the file to Unicode (UniKey: Ctrl+Shift+F6, "
    "from {name} to Unicode) or retype it"
)
_FONTS = {"tcvn3": ".VnTime", "vni": "VNI-Times"}


def _shown(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fix_text(value: str, location: Location, path: str = "") -> tuple[str, Problem | None]:
    """``value`` in Unicode NFC, and what was done about a legacy encoding in it.

    Sure TCVN3 or VNI text is converted, with a warning that names the place and the encoding;
    text that only may be legacy is kept, with an error that asks for a Unicode file. Decomposed
    (NFD) text is composed silently: nothing is lost.
    """
    text, _fixed = normalize(value)
    found = detect_legacy(text)
    if found.encoding is None:
        return text, None
    name, font = NAMES[found.encoding], _FONTS[found.encoding]
    if found.unsure:
        return text, Problem(
            location,
            _("'{shown}' may be Vietnamese typed in {name}: it would read '{shown2}'").format(
                shown=_shown(text), name=name, shown2=_shown(found.converted)
            ),
            path,
            HINT.format(font=font, name=found.encoding.upper()),
        )
    return found.converted, Problem(
        location,
        _("converted from {name}: '{shown}' -> '{shown2}'").format(
            name=name, shown=_shown(text), shown2=_shown(found.converted)
        ),
        path,
        _("check the text on the slide; better, save the file in Unicode"),
        severity="warning",
    )


def fix_lines(lines: list[str], location: Location) -> tuple[list[str], Problem | None]:
    """A document's lines, converted together when the document is TCVN3 or VNI.

    The whole document is judged at once (a heading alone says little). A document that arrived
    through the Vietnamese code page 1258 (a .txt that is not UTF-8, Word on a Vietnamese
    Windows) is also read back to its bytes, since the legacy fonts' bytes are Windows-1252
    characters. ``location`` names the file; the message gives the first line converted.
    """
    joined = "\n".join(lines)
    text, _fixed = normalize(joined)
    found = detect_legacy(text)
    if found.encoding is None or found.unsure:
        try:  # before NFC: code page 1258 has combining tone marks
            raw = joined.replace("\ufffd", "?").encode("cp1258")
        except UnicodeEncodeError:
            raw = None
        if raw is not None and (as_bytes := raw.decode("cp1252", "replace")) != text:
            again = detect_legacy(as_bytes)
            if again.encoding and not again.unsure:
                text, found = as_bytes, again
    if found.encoding is None:
        return lines, None
    before, after = text.split("\n"), found.converted.split("\n")
    first = next((i for i, line in enumerate(before) if _score(line, found.encoding)[0]), 0)
    where = Location(location.file, first + 1, 1)
    name, font = NAMES[found.encoding], _FONTS[found.encoding]
    if found.unsure:
        return lines, Problem(
            where,
            _(
                "this document may be typed in {name} ({confidence:.0%} of its changed words read "
                "as Vietnamese): '{shown}' would read '{shown2}'"
            ).format(
                name=name,
                confidence=found.confidence,
                shown=_shown(before[first]),
                shown2=_shown(after[first]),
            ),
            hint=HINT.format(font=font, name=found.encoding.upper()),
        )
    changed = sum(a != b for a, b in zip(before, after, strict=True))
    return after, Problem(
        where,
        _("converted from {name}: {changed} line(s), e.g. '{shown}' -> '{shown2}'").format(
            name=name, changed=changed, shown=_shown(before[first]), shown2=_shown(after[first])
        ),
        hint=_("check the draft; better, save the document in Unicode"),
        severity="warning",
    )
