"""Slide pictures for the preview: LibreOffice kept running between builds, poppler per page.

One LibreOffice per preview, with its own locked-down profile and no network (office.py), is
driven over UNO by ``unohelper.py`` run with a Python that has LibreOffice's bindings (Debian:
python3-uno). Each build gives it a copy of the deck in which only the slides that changed have
content (``sparse_deck``: loading the whole deck was most of the time) and it draws each of those
pages straight to a PNG (its graphic export: no PDF, no poppler). Without the bindings every
render is a one-off ``soffice --convert-to`` PDF of those pages (slower: LibreOffice starts each
time) and ``pdftoppm`` turns each page into a PNG.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


_SLIDE = re.compile(r"ppt/slides/slide(\d+)\.xml")
_EMPTY_SLIDE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
    b'<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
    b"</p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>"
    b"<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
)
_LAYOUT_REL = re.compile(rb"<Relationship [^>]*?/slideLayout\b[^>]*?/>")


def sparse_deck(deck: Path, keep: set[int], out: Path) -> None:
    """A copy of ``deck`` in which only the slides numbered in ``keep`` have content: the others
    are left empty on their layouts (no shapes, pictures or notes), so LibreOffice loads the deck
    in a fraction of the time, and every slide keeps its number (a slide-number field shows the
    same). Written uncompressed: it is read once, at once."""
    with zipfile.ZipFile(deck) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = src.read(info)
            name = info.filename
            m = _SLIDE.fullmatch(name)
            rels = re.fullmatch(r"ppt/slides/_rels/slide(\d+)\.xml\.rels", name)
            if m and int(m.group(1)) not in keep:
                data = _EMPTY_SLIDE
            elif rels and int(rels.group(1)) not in keep:
                layout = _LAYOUT_REL.search(data)
                head = data[: data.index(b"<Relationship ")] if b"<Relationship " in data else data
                data = head + (layout.group(0) if layout else b"") + b"</Relationships>"
            dst.writestr(name, data)


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
            if self.kept_running:
                sparse = self.workdir / f"{prefix}-sparse.pptx"
                sparse_deck(deck, set(slides), sparse)
                made = {n: self.workdir / f"{prefix}-slide{n}.png" for n in slides}
                try:
                    self._ask(
                        {
                            "deck": str(sparse),
                            "pictures": {str(n): str(p) for n, p in made.items()},
                            "width": str(WIDTH),
                        },
                        deck,
                    )
                finally:
                    sparse.unlink(missing_ok=True)
                return made
            pdf = self.workdir / f"{prefix}.pdf"
            pdf.unlink(missing_ok=True)
            pages = ",".join(str(n) for n in slides)
            fmt = "pdf:impress_pdf_Export:" + json.dumps(
                {"PageRange": {"type": "string", "value": pages}}, separators=(",", ":")
            )
            convert(deck, fmt, self.workdir / "convert").replace(pdf)
            return self._pictures(pdf, slides, prefix)

    def _ask(self, request: dict[str, Any], deck: Path) -> None:
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
                    Location(str(deck)),
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
