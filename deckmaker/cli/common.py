"""What every command shares: the examples in ``--help`` and the mapping of errors to exit codes."""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import click

from ..errors import DeckmakerError
from ..i18n import _, ngettext

EXAMPLES = {
    "build": "deckmaker build outlines/hung-yen-2024 --theme co-do --pdf",
    "check": "deckmaker check outlines/hung-yen-2024",
    "update": "deckmaker update build/hung-yen-2024.pptx --dry-run",
    "init": "deckmaker init my-deck && deckmaker build my-deck",
    "schema": "deckmaker schema > outline.schema.json",
    "figures": "deckmaker figures outlines/hung-yen-2024",
    "diff": "deckmaker diff old-figures.yaml outlines/hung-yen-2024/figures.yaml",
    "doctor": "deckmaker doctor build/hung-yen-2024.pptx",
    "draft": "deckmaker draft huong-dan.txt -o draft && deckmaker build draft",
    "themes": "deckmaker themes",
    "themes check": "deckmaker themes check themes/so-tttt-hung-yen",
    "themes preview": "deckmaker themes preview co-do -o co-do.png",
    "preview": "deckmaker preview outlines/hung-yen-2024",
}


def example(name: str) -> str:
    """The end of a command's help: ``Example:`` and one command line, kept as written."""
    return f"\n\n\b\nExample:\n  {EXAMPLES[name]}"


P = ParamSpec("P")
R = TypeVar("R")


def handle_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Map DeckmakerError to exit 1 with located messages, a fault of deckmaker's own to exit 1 with
    a plain message and a hint; tracebacks only with --debug."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        ctx = click.get_current_context()
        debug = (ctx.find_root().params or {}).get("debug", False)
        try:
            return fn(*args, **kwargs)
        except DeckmakerError as exc:
            if debug:
                traceback.print_exc()
            click.echo(exc.format(), err=True)
            n = len([p for p in exc.problems if p.severity == "error"])
            if n > 1:
                click.echo(ngettext("{n} error", "{n} errors", n).format(n=n), err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo(_("interrupted"), err=True)
            sys.exit(130)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # click's own: a usage error, an exit it was asked for
        except Exception as exc:  # a fault of deckmaker's own, not of the user's files
            if debug:
                traceback.print_exc()
            click.echo(
                _("error: deckmaker stopped on a fault of its own ({kind}: {what})").format(
                    kind=type(exc).__name__, what=str(exc)[:200]
                ),
                err=True,
            )
            click.echo(
                _(
                    "hint: this is a bug in deckmaker, not a mistake in your files, and no file "
                    "is left half-written. Run the command again with --debug and send what it "
                    "prints, with your files, to whoever maintains deckmaker for you."
                ),
                err=True,
            )
            sys.exit(1)

    return wrapper
