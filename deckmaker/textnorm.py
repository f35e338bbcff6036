"""Text hygiene: NFC normalisation and control characters that must never reach the XML."""

from __future__ import annotations

import unicodedata

from .errors import Location, Problem

_ALLOWED = {"\n", "\t"}
_NAMES = {
    "\x00": "NUL",
    "\x0b": "vertical tab",
    "\x0c": "form feed",
    "\x0d": "carriage return",
    "\ufffe": "U+FFFE (not a character)",
    "\uffff": "U+FFFF (not a character)",
}


def _is_bad(ch: str) -> bool:
    if ch in _ALLOWED:
        return False
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF or ch in ("\ufffe", "\uffff"):
        return True
    return unicodedata.category(ch) == "Cc"


def describe(ch: str) -> str:
    return _NAMES.get(ch, f"U+{ord(ch):04X}")


def check_text(text: str, location: Location, path: str) -> tuple[str, list[Problem]]:
    """Return the NFC-normalised text and a problem for each control character in it.

    The returned text never contains such characters: they are dropped, so nothing invalid can
    reach the slide XML even when the caller decides to carry on.
    """
    problems: list[Problem] = []
    bad = [ch for ch in text if _is_bad(ch)]
    if bad:
        first = text.index(bad[0])
        line_no = text.count("\n", 0, first)
        loc = location
        if line_no:
            loc = Location(location.file, location.line + line_no, 0)
        kinds = ", ".join(sorted({describe(c) for c in bad}))
        problems.append(
            Problem(
                loc,
                f"the text contains {len(bad)} control character(s): {kinds}",
                path,
                hint="these usually come from copying out of a PDF; delete them or retype the text",
            )
        )
        text = "".join(
            " " if ch in "\x0b\x0c" else ch for ch in text if ch in "\x0b\x0c" or not _is_bad(ch)
        )
    text = text.replace("\t", " ")
    return unicodedata.normalize("NFC", text), problems
