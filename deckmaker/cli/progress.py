"""What a long command shows while it works: on a terminal, one status line redrawn in place as
work finishes (charts as each is drawn, LibreOffice while it converts); piped or redirected,
only the plain lines of each finished stage, so logs stay readable."""

from __future__ import annotations

import sys
import threading
from typing import TextIO

import click

from ..i18n import N_, _

STAGES = {
    "charts": N_("charts   {done}/{total} drawn"),
    "pdf": N_("pdf      LibreOffice is writing the PDF…"),
}
"""The status line of each stage (the interface language wraps these)."""


class Progress:
    """``log`` for finished stages, ``__call__(stage, done, total)`` for work in progress."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._shown = 0
        self._lock = threading.Lock()

    def _clear(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self._shown = 0

    def log(self, line: str) -> None:
        """A finished stage: a line of its own (the status line, if any, is cleared first)."""
        with self._lock:
            self._clear()
            self.stream.flush()
        click.echo(line)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.live:
            return
        text = (_(STAGES[stage]) if stage in STAGES else stage + " {done}/{total}").format(
            done=done, total=total
        )
        with self._lock:
            self._clear()
            self.stream.write(text)
            self.stream.flush()
            self._shown = len(text)

    def close(self) -> None:
        with self._lock:
            self._clear()
            self.stream.flush()
