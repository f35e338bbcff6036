"""The ``deckmaker`` command line: a thin click shell over the library.

One module per group of commands: ``build`` (build, check), ``update``, ``project`` (init,
schema, draft), ``figures`` (figures, diff), ``doctor``, ``themes`` (themes, themes check, themes
preview), ``preview`` (the live page); ``common`` holds the error handling they share;
``language`` the interface language (``--lang``, ``--help`` translated). Each imports the library
only when it runs, so
``deckmaker --help`` stays fast.
"""

from __future__ import annotations

import click

from .. import __version__
from .build import build, check
from .common import EXAMPLES, example, handle_errors
from .doctor import doctor
from .figures import diff, figures
from .language import LocalizedGroup, add_lang_option, lang_option
from .preview import preview
from .project import draft, init, schema
from .themes import themes
from .update import update


@click.group(cls=LocalizedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="deckmaker")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
def main(debug: bool) -> None:
    """Turn a YAML outline and a figures file into a finished PowerPoint deck.

    \b
    Start with:
      deckmaker init my-deck && deckmaker build my-deck
    """


for command in (build, check, update, init, schema, figures, diff, doctor, draft, themes, preview):
    main.add_command(command)
    add_lang_option(command)
main.params.insert(0, lang_option())

__all__ = ["EXAMPLES", "example", "handle_errors", "main"]
