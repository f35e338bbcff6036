"""LibreOffice in headless mode: the one place that runs soffice, each run with its own locked-
down profile and, where the system allows it, in a network namespace with no network at all."""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from deckmaker.errors import Location, Problem, RenderError

from .i18n import N_, _

INSTALL_HINT = N_("install LibreOffice Impress: apt-get install libreoffice-impress")

_CANDIDATES = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The path of LibreOffice's ``soffice`` (``$DECKMAKER_SOFFICE`` first), or None."""
    override = os.environ.get("DECKMAKER_SOFFICE")
    if override:
        return override if Path(override).is_file() else shutil.which(override)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in _CANDIDATES if Path(c).is_file()), None)


_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
{items}
</oor:items>
"""
_SCRIPTING = "org.openoffice.Office.Common/Security/Scripting"
_SETTINGS = (
    (_SCRIPTING, "MacroSecurityLevel", "3"),
    (_SCRIPTING, "DisableMacrosExecution", "true"),
    (_SCRIPTING, "BlockUntrustedRefererLinks", "true"),
    ("org.openoffice.Office.Calc/Content/Update", "Link", "0"),
    ("org.openoffice.Office.Writer/Content/Update", "Link", "0"),
    ("org.openoffice.Office.Common/Misc", "FirstRun", "false"),
)
"""What each run's fresh profile sets: no macros, no link updates, no untrusted referers."""


PDF_EXPORT = "pdf:impress_pdf_Export:" + json.dumps(
    {
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "PDFUACompliance": {"type": "boolean", "value": "true"},
        "ExportBookmarks": {"type": "boolean", "value": "true"},
    },
    separators=(",", ":"),
)
"""The PDF a presenter gets: tagged (PDF/UA), with a bookmark per slide."""


def _write_profile(profile: Path, lang: str | None = None) -> None:
    settings = list(_SETTINGS)
    if lang:  # the document language a PDF declares (/Lang) follows the office's locale
        settings.append(("org.openoffice.Setup/L10N", "ooSetupSystemLocale", lang))
        settings.append(("org.openoffice.Office.Linguistic/General", "DefaultLocale", lang))
    items = "\n".join(
        f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse">'
        f"<value>{value}</value></prop></item>"
        for path, name, value in settings
    )
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_PROFILE.format(items=items), "utf-8")


@functools.lru_cache(maxsize=1)
def offline_prefix() -> tuple[str, ...]:
    """The command that runs a program with no network (a new, empty network namespace), or
    ``()`` where the system does not allow one (not Linux, no ``unshare``, no user namespaces):
    then the locked-down profile is the only guard (docs/security.md)."""
    unshare = shutil.which("unshare")
    if unshare is None or os.environ.get("DECKMAKER_OFFICE_NETWORK") == "1":
        return ()
    for prefix in ((unshare, "--net"), (unshare, "--map-root-user", "--net")):
        try:
            ok = subprocess.run(  # noqa: S603 - fixed argument list, no shell
                [*prefix, "true"], capture_output=True, timeout=10, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if ok.returncode == 0:
            return prefix
    return ()


def convert(
    path: Path,
    fmt: str,
    outdir: Path,
    timeout: float = 180,
    shown_as: Path | None = None,
    lang: str | None = None,
) -> Path:
    """Convert ``path`` with ``soffice --convert-to fmt`` into ``outdir``; returns the new file.

    ``fmt`` is what ``--convert-to`` takes: ``"pdf"``, ``"png"`` or with a filter and options,
    e.g. ``'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'``.
    Every call uses a fresh temporary user profile, so parallel conversions never collide, and
    runs without network where the system allows (``offline_prefix``). ``shown_as`` is the file
    errors name when ``path`` is a temporary copy of it. ``lang`` (``"vi-VN"``) is the
    language LibreOffice assumes for the document, which a PDF declares.
    """
    path = Path(path)
    where = Location.of(shown_as or path)
    soffice = find_soffice()
    if soffice is None:
        raise RenderError(
            Problem(
                where,
                _("LibreOffice (soffice) is not installed; it is needed to render decks"),
                hint=_(INSTALL_HINT),
            )
        )
    if not path.is_file():
        raise RenderError(Problem(where, _("cannot convert: no such file")))
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / f"{path.stem}.{fmt.split(':', 1)[0]}"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="deckmaker-lo-") as profile:
        _write_profile(Path(profile), lang)
        cmd = [
            *offline_prefix(),
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(path),
        ]
        proc = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise RenderError(
                Problem(
                    where,
                    _(
                        "LibreOffice did not finish converting to {split} within {timeout:g} s"
                    ).format(split=fmt.split(":")[0], timeout=timeout),
                    hint=_(
                        "the deck may be very large or damaged: open it in LibreOffice Impress to "
                        "see whether it loads, or split it into smaller decks"
                    ),
                )
            ) from None
    if proc.returncode != 0 or not target.is_file():
        said = " ".join((err or out or "").split())[-300:] or _("no output")
        raise RenderError(
            Problem(
                where,
                _(
                    "LibreOffice could not convert the file to {split} (exit {returncode}): {said}"
                ).format(split=fmt.split(":")[0], returncode=proc.returncode, said=said),
                hint=_("open the file in LibreOffice Impress to see whether it is damaged"),
            )
        )
    return target


def _kill_group(proc: subprocess.Popen[str]) -> None:
    """Stop soffice and the soffice.bin it started (they share the new session's group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.communicate()
