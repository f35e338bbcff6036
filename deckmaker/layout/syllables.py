"""What ``nobreak`` and ``terms`` both know of a phrase's syllables: the cost of a line break
inside a phrase read as one (``BOUND_PHRASE``) and the spelling syllables are compared in
(``tone_first``, ``tones_first``). ``terms`` imports them from here, not from ``nobreak``,
which binds the terms it lists (``terms.bind_terms``): no import cycle, one copy of each."""

from __future__ import annotations

import functools
import re
import unicodedata

BOUND_PHRASE = 1.0
"""The cost of a break inside a phrase read as one: a word of the lexicon ("đẩy / nhanh" where
the matching did not bind it), an opening phrase ("nhất / là"), a verb of measure and its
number, a document and its number, a term of ``terms.txt`` or a proper name."""

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(f"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])$")
_OLD_TONES = re.compile(f"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?=\\s|$)", re.MULTILINE)
"""``_OLD_TONE`` at the end of every syllable of a text at once (before a space or a line's
end)."""


@functools.lru_cache(maxsize=8192)
def tone_first(syllable: str) -> str:
    """``syllable`` with its tone mark spelt as the 1997 rules place it, on the first vowel of
    a final "oa", "oe", "uy" ("hoá" → "hóa", "uỷ" → "ủy", "khoẻ" → "khỏe"; not after "q":
    "quý"): pyvi's list and some documents spell them the older way, the decks the newer
    ("đô thị hóa", "Tỉnh ủy")."""
    d = unicodedata.normalize("NFD", syllable)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(r"\1\3\2", d))


_TONED = "".join(unicodedata.normalize("NFC", base + tone) for base in "aAeEyY" for tone in _TONES)
"""The 30 letters "a", "e", "y" with one tone mark and nothing else, each one character in NFC."""
_OLD_TONED = re.compile(f"[oOuU][{_TONED}](?=\\s|$)", re.MULTILINE)
"""``_OLD_TONES`` as it reads an NFC text: a final "oa", "oe", "uy" whose tone is on its second
letter is an "o" or "u" and one of ``_TONED`` (whether a "q" precedes is checked on each)."""


def tones_first(text: str) -> str:
    """``text`` with every syllable spelt as ``tone_first`` spells it, at once (a word list of
    31.000 lines read syllable by syllable took ~0.05 s). An NFC text (pyvi's list) is read as
    it is: ``_OLD_TONED`` finds in it exactly what ``_OLD_TONES`` finds in its NFD form (a tone
    mark straight after a plain "a", "e", "y" at a syllable's end composes with it, and with
    nothing else), each found pair respelt by ``tone_first``, the rest of the text unchanged
    (NFC of its NFD): the same text in ~2 ms instead of ~20 (``_tones_first_nfd``)."""
    if not unicodedata.is_normalized("NFC", text):
        return _tones_first_nfd(text)

    def respell(found: re.Match[str]) -> str:
        start = found.start()
        if start and text[start - 1] in "qQ":  # "quý", "quả" keep their spelling
            return found.group()
        return tone_first(found.group())

    return _OLD_TONED.sub(respell, text)


def _tones_first_nfd(text: str) -> str:
    """``tones_first`` of any text: its NFD form respelt, then composed again."""
    d = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONES.sub(r"\1\3\2", d))
