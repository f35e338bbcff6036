"""Text hygiene: NFC normalisation, and characters that must never reach a slide: control
characters (invalid XML), and invisible ones that make a text display differently from what it
says (bidi overrides, zero-width characters, non-characters)."""

from __future__ import annotations

import re
import unicodedata

from .errors import Location, Problem
from .i18n import N_, _

_ALLOWED = {"\n", "\t"}
_NAMES = {
    "\x00": "NUL",
    "\x0b": N_("vertical tab"),
    "\x0c": N_("form feed"),
    "\x0d": N_("carriage return"),
    "\ufffe": N_("U+FFFE (not a character)"),
    "\uffff": N_("U+FFFF (not a character)"),
}


MAX_TEXT = 10_000
"""The longest single text (a title, a bullet, a label) read, in characters."""

_BIDI = {
    **{chr(c): n for c, n in zip(range(0x202A, 0x202F), ("LRE", "RLE", "PDF", "LRO", "RLO"))},
    **{chr(c): n for c, n in zip(range(0x2066, 0x206A), ("LRI", "RLI", "FSI", "PDI"))},
}
_INVISIBLE = {
    "\u200b": N_("zero width space"),
    "\u200c": N_("zero width non-joiner"),
    "\u200d": N_("zero width joiner"),
    "\u2060": N_("word joiner"),
    "\ufeff": N_("zero width no-break space (BOM)"),
}


def _suspects() -> re.Pattern[str]:
    """One character class of every character ``_is_hidden`` or ``_is_bad`` may flag (a text
    without any, nearly every text, skips their character-by-character checks)."""
    ranges = ["\\x00-\\x08", "\\x0b-\\x1f", "\\x7f-\\x9f", "\\ud800-\\udfff", "\\ufdd0-\\ufdef"]
    ranges += [f"\\U{plane << 16 | 0xFFFE:08x}\\U{plane << 16 | 0xFFFF:08x}" for plane in range(17)]
    ranges += [f"\\u{ord(ch):04x}" for ch in (*_BIDI, *_INVISIBLE)]
    return re.compile(f"[{''.join(ranges)}]")


_SUSPECT = _suspects()


def _is_nonchar(cp: int) -> bool:
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _is_bad(ch: str) -> bool:
    if ch in _ALLOWED:
        return False
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF or _is_nonchar(cp):
        return True
    return unicodedata.category(ch) == "Cc"


def _is_hidden(ch: str) -> bool:
    """Characters that are valid XML but hide what a text says."""
    return ch in _BIDI or ch in _INVISIBLE


def too_long(location: Location, path: str) -> Problem:
    return Problem(
        location,
        _("the text is longer than {MAX_TEXT:,} characters").format(MAX_TEXT=MAX_TEXT),
        path,
        hint=_("no slide shows that much; shorten it or put it in the speaker notes file"),
    )


def describe(ch: str) -> str:
    cp = ord(ch)
    if ch in _BIDI:
        return _("U+{cp:04X} (bidi control {BIDI})").format(cp=cp, BIDI=_BIDI[ch])
    if ch in _INVISIBLE:
        return f"U+{cp:04X} ({_(_INVISIBLE[ch])})"
    if 0xD800 <= cp <= 0xDFFF:
        return _("U+{cp:04X} (half of a surrogate pair)").format(cp=cp)
    if _is_nonchar(cp) and ch not in _NAMES:
        return _("U+{cp:04X} (not a character)").format(cp=cp)
    return _(_NAMES[ch]) if ch in _NAMES else f"U+{cp:04X}"


def check_text(text: str, location: Location, path: str) -> tuple[str, list[Problem]]:
    """Return the NFC-normalised text and a problem for each control character in it.

    The returned text never contains such characters: they are dropped, so nothing invalid can
    reach the slide XML even when the caller decides to carry on.
    """
    problems: list[Problem] = []
    if len(text) > MAX_TEXT:
        problems.append(too_long(location, path))
        text = text[:MAX_TEXT]
    if _SUSPECT.search(text) is None:  # nothing to flag or drop
        return unicodedata.normalize("NFC", text.replace("\t", " ")), problems
    hidden = [ch for ch in text if _is_hidden(ch)]
    if hidden:
        first = text.index(hidden[0])
        kinds = ", ".join(sorted({describe(c) for c in hidden}))
        problems.append(
            Problem(
                _at(text, first, location),
                _("the text contains {n} invisible character(s): {kinds}").format(
                    n=len(hidden), kinds=kinds
                ),
                path,
                hint=_(
                    "they can make a text display differently from what it says (e.g. reversed); "
                    "delete them or retype the text"
                ),
            )
        )
        text = "".join(ch for ch in text if not _is_hidden(ch))
    bad = [ch for ch in text if _is_bad(ch)]
    if bad:
        loc = _at(text, text.index(bad[0]), location)
        kinds = ", ".join(sorted({describe(c) for c in bad}))
        problems.append(
            Problem(
                loc,
                _("the text contains {n} control character(s): {kinds}").format(
                    n=len(bad), kinds=kinds
                ),
                path,
                hint=_(
                    "these usually come from copying out of a PDF; delete them or retype the text"
                ),
            )
        )
        text = "".join(
            " " if ch in "\x0b\x0c" else ch for ch in text if ch in "\x0b\x0c" or not _is_bad(ch)
        )
    text = text.replace("\t", " ")
    return unicodedata.normalize("NFC", text), problems


def _at(text: str, index: int, location: Location) -> Location:
    """Where ``text[index]`` is, for a text that starts at ``location``."""
    line_no = text.count("\n", 0, index)
    if line_no:
        return Location(location.file, location.line + line_no, 0)
    return location
