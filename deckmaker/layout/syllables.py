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


def tones_first(text: str) -> str:
    """``text`` with every syllable spelt as ``tone_first`` spells it, at once (a word list of
    31.000 lines read syllable by syllable took ~0.05 s)."""
    d = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONES.sub(r"\1\3\2", d))
