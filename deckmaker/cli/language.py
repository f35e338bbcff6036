"""The interface language on the command line: ``--lang``, and ``--help`` in that language.

``--lang vi|en`` is accepted before the command (``deckmaker --lang vi build …``) and after it
(``deckmaker build … --lang vi``); without it, ``DECKMAKER_LANG`` then the system locale decide
(``deckmaker.i18n``). The choice is put in ``DECKMAKER_LANG`` for the processes deckmaker starts
(chart workers, one process per agency), so their messages are in the same language.

The help texts are written in English in the click decorators, as everywhere in click; they are
translated when shown: ``localize`` walks the command tree and puts each text's translation in
its place (the English text is kept, so the language can change again, as tests do). click's own
words ("Usage:", "Options:", its error messages) go through the same catalog.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Iterator
from typing import Any

import click

from ..i18n import ENV, LANGUAGES, N_, N_ngettext, _, ngettext, set_language

EXAMPLE = "\n\n\b\nExample:\n"
"""How ``common.example`` ends a command's help (kept apart from the translated text)."""

_ENGLISH: dict[int, dict[str, str | None]] = {}
"""Per command or option (by id), its help texts in English."""


def help_texts(command: click.Command) -> Iterator[str]:
    """Every help text of ``command`` and its subcommands, as a catalog's message ids."""
    for obj, field in _fields(command):
        text = _english(obj, field)
        if text:
            yield from _pieces(text)


def localize(command: click.Command) -> None:
    """Put the interface language's help texts into ``command`` and its subcommands."""
    for obj, field in _fields(command):
        text = _english(obj, field)
        if text:
            setattr(obj, field, _translate(text))
        if field == "help" and isinstance(obj, click.Command):
            obj._help_option = None  # made again, with click's words in the new language


def _fields(command: click.Command) -> Iterator[tuple[Any, str]]:
    yield command, "help"
    yield command, "short_help"
    for param in command.params:
        if isinstance(param, click.Option):
            yield param, "help"
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from _fields(command.commands[name])


def _english(obj: Any, field: str) -> str | None:
    saved = _ENGLISH.setdefault(id(obj), {})
    if field not in saved:
        text = getattr(obj, field)
        saved[field] = inspect.cleandoc(text).partition("\f")[0] if text else text
    return saved[field]


def _pieces(text: str) -> list[str]:
    head, sep, tail = text.partition(EXAMPLE)
    return [head, "Example:"] if sep else [head]


def _translate(text: str) -> str:
    head, sep, tail = text.partition(EXAMPLE)
    if not sep:
        return _(head)
    return _(head) + "\n\n\b\n" + _("Example:") + "\n" + tail


def use_language(lang: str | None) -> str:
    """Speak ``lang`` (None: what the environment asks for), in deckmaker, in click and in the
    processes started from here."""
    chosen = set_language(lang)
    if lang is not None:
        os.environ[ENV] = chosen
    for module in _CLICK_MODULES:
        # click translates its own words with the stdlib's gettext, bound in each module as `_`
        if hasattr(module, "_"):
            module._ = _
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
    return chosen


def _lang_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None or ctx.resilient_parsing:
        return
    use_language(value)
    localize(ctx.find_root().command)


def lang_option(hidden: bool = False) -> click.Option:
    """The ``--lang`` option, for the group and (``hidden``: its help shows it once, on the
    group) for every command."""
    return click.Option(
        ["--lang"],
        hidden=hidden,
        type=click.Choice(LANGUAGES, case_sensitive=False),
        is_eager=True,
        expose_value=False,
        callback=_lang_callback,
        help=N_(
            "Language of deckmaker's messages and help [default: DECKMAKER_LANG, then the "
            "system locale]."
        ),
    )


def add_lang_option(command: click.Command) -> None:
    """``--lang`` on ``command`` and every subcommand."""
    command.params.append(lang_option(hidden=True))
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            add_lang_option(sub)


class LocalizedGroup(click.Group):
    """The root group: picks the language from the environment before anything is shown."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from .. import remote

        if not remote.serving and not args and kwargs.get("args") is None:
            # a build the warm server can run: there, with its imports and memos warm
            argv = sys.argv[1:]
            prog = kwargs.get("prog_name") or click.utils._detect_program_name()  # noqa: SLF001
            try:
                code = remote.run_build(argv, prog)
            except KeyboardInterrupt:  # as ``handle_errors`` says it
                use_language(None)
                click.echo(_("interrupted"), err=True)
                sys.exit(130)
            if code is not None:
                sys.exit(code)
        use_language(None)
        localize(self)
        return super().main(*args, **kwargs)


def _click_modules() -> list[Any]:
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types
    import click.utils

    return [
        click.core,
        click.decorators,
        click.exceptions,
        click.formatting,
        click.parser,
        click.termui,
        click.types,
        click.utils,
    ]


_CLICK_MODULES = _click_modules()

CLICK_MESSAGES = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("%(prog)s, version %(version)s"),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("No such command {name!r}."),
    N_("No such option {name!r}."),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Invalid value: {message}"),
    N_("{name} {filename!r} does not exist."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("default: {default}"),
    N_("Aborted!"),
)
"""click's own words that deckmaker's catalog translates (the ones a user meets)."""

CLICK_PLURALS = (
    N_ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    N_ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    N_ngettext(
        "Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."
    ),
    N_ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    N_ngettext(
        "Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."
    ),
    N_ngettext(
        "{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}.",
    ),
)
"""click's words that change with a count (click passes them through ``ngettext``)."""
