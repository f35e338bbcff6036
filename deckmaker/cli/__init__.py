"""The ``deckmaker`` command line: a thin click shell over the library.

One module per group of commands: ``build`` (build, check), ``update``, ``project`` (init,
schema, draft), ``figures`` (figures, diff), ``doctor``, ``themes`` (themes, themes check, themes
preview), ``preview`` (the live page); ``common`` holds the error handling they share;
``language`` the interface language (``--lang``, ``--help`` translated). Each imports the library
only when it runs, so
``deckmaker --help`` stays fast.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading

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


GC_YOUNG = 2000
"""Allocations between two collections of the youngest generation, in the command's process."""


def run() -> None:
    """The ``deckmaker`` command (``python -m deckmaker``, the installed script): ``main``, then
    the end of the process as the interpreter's own exit begins it (threads joined, ``atexit``
    handlers run, standard streams flushed) without tearing down every module and object after
    it: ~0.1 s of CPU at the end of a build, with nothing left to write (every file deckmaker
    writes is closed when written, ``atomic.py``). ``main`` itself, as tests call it, returns.

    The garbage collector looks at new objects every ``GC_YOUNG`` allocations rather than
    Python's 700: a cold build of the sample deck then runs no full collection (each walks
    every object the imports made, ~0.03 s) where it ran two, and its collections take ~0.05 s
    of CPU instead of ~0.1; the cycles a build leaves are still collected young, so its memory
    is as before (102 MB at its peak either way)."""
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    try:
        main(prog_name="deckmaker")
        code: int = 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # sys.exit("message"): printed as the interpreter prints it
            print(exc.code, file=sys.stderr)
            code = 1
    threading._shutdown()  # type: ignore[attr-defined]  # what Py_FinalizeEx calls first
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


__all__ = ["EXAMPLES", "example", "handle_errors", "main", "run"]
