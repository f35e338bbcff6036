"""The language deckmaker speaks to its user: English or Vietnamese, through gettext catalogs.

Message ids are the English texts. A message is translated when it is made: ``_("…")`` for one
text, ``ngettext`` for counts, named placeholders filled after translation
(``_("{n} slides").format(n=…)``) so a translator can reorder them. Texts that exist before the
language is known (click's ``--help`` strings, module constants) are marked with ``N_`` and
translated where they are shown.

The interface language is, in order: ``set_language`` (the command line's ``--lang``),
``DECKMAKER_LANG``, then the system locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``):
Vietnamese for ``vi``/``vi_*``, English otherwise. It is not the language of a deck
(the outline's ``language:``), which decides how the slides are written.

The catalogs live in ``deckmaker/locale/<lang>/LC_MESSAGES/deckmaker.po`` (and the compiled
``.mo`` beside it); ``python tools/i18n.py update`` and ``… compile`` keep them (CONTRIBUTING.md).
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "deckmaker"
LOCALEDIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "vi")
"""The interface languages; English is the message ids themselves."""

ENV = "DECKMAKER_LANG"

_state: dict[str, _gettext.NullTranslations | str] = {}


def normalize(lang: str | None) -> str | None:
    """``"vi"`` for a Vietnamese locale name (``vi``, ``vi_VN.UTF-8``, ``vi-VN``), ``"en"`` for any
    other non-empty name, None for an empty one (and for ``C``/``POSIX``, which say nothing)."""
    if not lang:
        return None
    code = lang.strip().split(":")[0].split(".")[0].split("@")[0].replace("-", "_").lower()
    if not code or code in ("c", "posix"):
        return None
    return "vi" if code == "vi" or code.startswith("vi_") else "en"


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the environment asks for: ``DECKMAKER_LANG``, then the locale."""
    env = os.environ if environ is None else environ
    for name in (ENV, "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        lang = normalize(env.get(name))
        if lang:
            return lang
    return "en"


def set_language(lang: str | None = None) -> str:
    """Speak ``lang`` (``"vi"``, ``"en"`` or a locale name) from now on; None: what the
    environment asks for. Returns the language chosen."""
    chosen = normalize(lang) or detect_language()
    if chosen == "en":
        translations: _gettext.NullTranslations = _gettext.NullTranslations()
    else:
        translations = _gettext.translation(
            DOMAIN, str(LOCALEDIR), languages=[chosen], fallback=True
        )
    _state["lang"] = chosen
    _state["translations"] = translations
    return chosen


def chosen() -> str | None:
    """The language set so far, None while none is (the first message asks the environment)."""
    lang = _state.get("lang")
    return None if lang is None else str(lang)


def reset() -> None:
    """Forget the language set: the next message asks the environment again."""
    _state.clear()


def language() -> str:
    """The interface language in use (``"en"`` or ``"vi"``)."""
    if "lang" not in _state:
        set_language()
    return str(_state["lang"])


def _translations() -> _gettext.NullTranslations:
    if "translations" not in _state:
        set_language()
    t = _state["translations"]
    assert isinstance(t, _gettext.NullTranslations)
    return t


def _(message: str) -> str:
    """``message`` (English) in the interface language."""
    return _translations().gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` in the interface language."""
    return _translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now (it is translated where it
    is shown, with ``_(text)``)."""
    return message


def N_ngettext(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for the catalog (``N_`` of ``ngettext``): one that another
    library, e.g. click, puts through ``ngettext`` itself."""
    return singular, plural


class Later(str):
    """A text in English now (the string itself: what code compares and tests read) that is
    shown in the interface language where it is printed or written (``shown``): a remark made
    before it is known where it goes, e.g. the '# review:' comments of ``deckmaker draft``."""

    message: str
    fields: dict[str, object]

    def __new__(cls, message: str, **fields: object) -> Later:
        text = super().__new__(cls, message.format(**fields))
        text.message, text.fields = message, fields
        return text

    def __reduce__(self) -> tuple:  # pickled whole, for worker processes
        return (_rebuild, (self.message, self.fields))


def _rebuild(message: str, fields: dict[str, object]) -> Later:
    return Later(message, **fields)


def later(message: str, **fields: object) -> str:
    """``message`` filled with ``fields``, English until ``shown``; mark ``message`` with ``N_``."""
    return Later(message, **fields)


def shown(text: str) -> str:
    """``text`` in the interface language: a ``later`` text, or a message id marked with ``N_``."""
    if isinstance(text, Later):
        return _(text.message).format(**text.fields)
    return _(text)


__all__ = [
    "LANGUAGES",
    "Later",
    "N_",
    "N_ngettext",
    "_",
    "detect_language",
    "gettext",
    "language",
    "later",
    "ngettext",
    "normalize",
    "set_language",
    "shown",
]
