"""Slide pictures for the preview: LibreOffice kept running between builds, poppler per page.

One LibreOffice per preview, with its own locked-down profile and no network (office.py), is
driven over UNO by ``unohelper.py`` run with a Python that has LibreOffice's bindings (Debian:
python3-uno). Each build exports only the slides that changed to a PDF (PageRange) and
``pdftoppm`` turns each page into a PNG. Without the bindings every render is a one-off
``soffice --convert-to`` (slower: LibreOffice starts each time).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from ..errors import Location, Problem, RenderError
from ..i18n import _
from ..office import _write_profile, convert, find_soffice, offline_prefix

HELPER = Path(__file__).with_name("unohelper.py")
WIDTH = 960
"""Pixels across a slide picture on the page."""


def find_uno_python(soffice: str) -> str | None:
    """A Python that can ``import uno``: ``$DECKMAKER_UNO_PYTHON``, LibreOffice's own (Windows,
    macOS), else the system's python3 (Debian's python3-uno); None when there is none."""
    program = Path(os.path.realpath(soffice)).parent
    candidates = [
        os.environ.get("DECKMAKER_UNO_PYTHON", ""),
        str(program / "python"),
        str(program / "python.exe"),
        "/usr/bin/python3",
        shutil.which("python3") or "",
    ]
    for c in dict.fromkeys(c for c in candidates if c):
        if not Path(c).is_file():
            continue
        try:
            ok = subprocess.run(  # noqa: S603 - fixed argument list, no shell
                [c, "-c", "import uno"], capture_output=True, timeout=20, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if ok.returncode == 0:
            return c
    return None


class SlideRenderer:
    """Pictures of chosen slides of a deck, from one LibreOffice kept running until ``close``."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._profile = Path(tempfile.mkdtemp(prefix="deckmaker-preview-lo-"))
        self.soffice = find_soffice()
        self.kept_running = False
        if self.soffice is None:
            raise RenderError(
                Problem(
                    Location("deckmaker preview"),
                    _("LibreOffice (soffice) is not installed; the preview draws slides with it"),
                    hint=_("install LibreOffice Impress: apt-get install libreoffice-impress"),
                )
            )
        python = find_uno_python(self.soffice)
        if python is not None:
            self._start(python)

    def _start(self, python: str) -> None:
        assert self.soffice is not None
        _write_profile(self._profile)
        pipe = f"deckmaker-preview-{os.getpid()}-{os.urandom(4).hex()}"
        cmd = [*offline_prefix(), python, str(HELPER), self.soffice, self._profile.as_uri(), pipe]
        self._proc = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # LibreOffice joins its group: close() stops them together
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if '"ready"' in line:
            self.kept_running = True
        else:
            self._stop()

    @property
    def pid(self) -> int | None:
        """The process group of the helper and its LibreOffice (None when not kept running)."""
        return self._proc.pid if self._proc is not None else None

    def render(self, deck: Path, slides: Sequence[int], prefix: str) -> dict[int, Path]:
        """PNGs of ``slides`` (numbers from 1) of ``deck``: ``{number: workdir/prefix-N.png}``."""
        slides = sorted(set(slides))
        if not slides:
            return {}
        with self._lock:
            pdf = self.workdir / f"{prefix}.pdf"
            pdf.unlink(missing_ok=True)
            pages = ",".join(str(n) for n in slides)
            if self.kept_running:
                self._ask({"deck": str(deck), "pages": pages, "pdf": str(pdf)})
            else:
                fmt = "pdf:impress_pdf_Export:" + json.dumps(
                    {"PageRange": {"type": "string", "value": pages}}, separators=(",", ":")
                )
                out = convert(deck, fmt, self.workdir / "convert")
                out.replace(pdf)
            return self._pictures(pdf, slides, prefix)

    def _ask(self, request: dict[str, str]) -> None:
        proc = self._proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline() or "{}")
        except (OSError, ValueError):
            answer = {}
        if not answer.get("ok"):
            said = answer.get("error", _("LibreOffice stopped"))
            raise RenderError(
                Problem(
                    Location(request["deck"]),
                    _("LibreOffice could not draw the slides: {said}").format(said=said),
                    hint=_("open the deck in LibreOffice Impress to see whether it loads"),
                )
            )

    def _pictures(self, pdf: Path, slides: list[int], prefix: str) -> dict[int, Path]:
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            raise RenderError(
                Problem(
                    Location("deckmaker preview"),
                    _("pdftoppm is not installed; the preview turns pages into pictures with it"),
                    hint=_("install poppler-utils: apt-get install poppler-utils"),
                )
            )
        folder = Path(tempfile.mkdtemp(prefix="pages-", dir=self.workdir))
        try:
            subprocess.run(  # noqa: S603 - fixed argument list, no shell
                [pdftoppm, "-png", "-scale-to-x", str(WIDTH), "-scale-to-y", "-1"]
                + [str(pdf), str(folder / "p")],
                capture_output=True,
                check=True,
                timeout=120,
            )
            made = sorted(folder.glob("p-*.png"), key=lambda p: int(p.stem[2:]))
            out = {}
            for n, png in zip(slides, made, strict=False):
                final = self.workdir / f"{prefix}-slide{n}.png"
                png.replace(final)
                out[n] = final
            return out
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        self.kept_running = False
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()  # the helper closes LibreOffice and exits
            proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            pass
        if sys.platform != "win32":
            # whatever is left of the group (LibreOffice's soffice.bin)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
        proc.wait()

    def close(self) -> None:
        """Stop LibreOffice and the helper; remove the profile."""
        with self._lock:
            self._stop()
        shutil.rmtree(self._profile, ignore_errors=True)
