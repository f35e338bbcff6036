"""Keep deckmaker's message catalogs: extract, update, compile, check.

    python tools/i18n.py update    # extract every message into deckmaker/locale/deckmaker.pot
                                   # and merge it into each language's .po (new ones untranslated)
    python tools/i18n.py compile   # write each .po's .mo (deterministic: same .po, same bytes)
    python tools/i18n.py check     # list the messages without a translation (exit 1 if any)

The messages are every ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` in deckmaker/
(Babel's Python extractor, the keywords of babel.cfg) and the help texts of the command line
(read from the click commands themselves, so a ``help="…"`` needs no marker). Line numbers are
left out of the catalogs, so a moved message does not change them. tests/test_i18n.py runs the
same extraction and fails, naming them, on messages missing from the catalog or untranslated.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "deckmaker"
LOCALE = PACKAGE / "locale"
POT = LOCALE / "deckmaker.pot"
DOMAIN = "deckmaker"
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2), "N_ngettext": (1, 2)}
DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The catalogs' header dates, fixed: the catalog changes only when its messages do."""

sys.path.insert(0, str(ROOT))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.extract import extract_from_dir  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402


def languages() -> list[str]:
    return sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES").is_dir())


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract() -> Catalog:
    """Every message deckmaker can show, in a template catalog."""
    catalog = Catalog(
        project="deckmaker",
        domain=DOMAIN,
        creation_date=DATE,
        revision_date=DATE,
        msgid_bugs_address="",
        copyright_holder="deckmaker",
        charset="utf-8",
    )
    for filename, lineno, message, comments, _context in extract_from_dir(
        str(PACKAGE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        catalog.add(message, None, [(f"deckmaker/{filename}", None)], auto_comments=comments)
    from deckmaker.cli import main
    from deckmaker.cli.language import help_texts

    for text in help_texts(main):
        catalog.add(text, None, [("deckmaker/cli (--help)", None)])
    return catalog


def _write(catalog: Catalog, path: Path) -> None:
    buf = io.BytesIO()
    write_po(buf, catalog, width=100, include_lineno=False, sort_output=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang, domain=DOMAIN)


def update() -> None:
    template = extract()
    _write(template, POT)
    for lang in languages():
        catalog = read(lang)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()  # messages gone from the code leave the catalog too
        catalog.revision_date = DATE
        catalog.fuzzy = False
        _write(catalog, po_path(lang))
        print(f"{po_path(lang).relative_to(ROOT)}: {len(catalog)} messages")


def compiled(lang: str) -> bytes:
    """The .mo of ``lang``'s .po, as ``compile`` writes it."""
    buf = io.BytesIO()
    write_mo(buf, read(lang), use_fuzzy=False)
    return buf.getvalue()


def compile_all() -> None:
    for lang in languages():
        mo = po_path(lang).with_suffix(".mo")
        tmp = mo.with_suffix(".mo.tmp")
        tmp.write_bytes(compiled(lang))
        os.replace(tmp, mo)  # a deckmaker running meanwhile reads the old file or the new one
        print(f"wrote {mo.relative_to(ROOT)}")


def untranslated(lang: str) -> list[str]:
    """The message ids of ``lang``'s catalog without a (non-fuzzy) translation."""
    out = []
    for m in read(lang):
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple | list) else [m.string]
        if m.fuzzy or not all(strings):
            out.append(m.id if isinstance(m.id, str) else m.id[0])
    return out


def check() -> int:
    bad = 0
    for lang in languages():
        for msgid in untranslated(lang):
            print(f"{lang}: untranslated: {msgid!r}")
            bad += 1
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "compile": compile_all, "extract": lambda: _write(extract(), POT)}
    if len(argv) == 1 and argv[0] == "check":
        return check()
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
