"""Writing files so that a failure never leaves half a file, and saying why a write failed.

Every file deckmaker writes for the user (decks, PDFs' neighbours, drafts, new projects, theme
previews) and every cache entry goes through :func:`write_bytes`: the data goes to a temporary
file beside the target, ``.NAME.XXXXXXXX.tmp``, which is renamed over the target only once it is
complete. An earlier file at the target stays untouched until that rename, so a failed write (a
full disk, a read-only folder, Ctrl+C, a crash) never damages it.

While the temporary file is written its process holds a lock on it (``flock``). A process killed
during the write (``kill -9``, a power cut) cannot remove its temporary file; the next write to
the same target removes every ``.NAME.*.tmp`` left there that no process holds locked and that
was last modified more than :data:`STALE_AFTER` seconds ago (where file locks are not available,
an hour ago). Nothing else in the folder is touched.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from pathlib import Path

from .errors import Location, OutputError, Problem, display_path
from .i18n import N_, _

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # no module there: files are then written unlocked

STALE_AFTER = 60.0
"""Seconds after which an unlocked temporary file of a write is taken for a crash's leftover."""
STALE_UNLOCKED_AFTER = 3600.0
"""The same, where file locks are not available."""

_RANDOM = re.compile(r"[a-z0-9_]{8}")


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def write_bytes(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename; creates the folder.

    Raises ``OSError`` as the system reports it (see :func:`write_output` for the user's files).
    """
    fd, tmp = open_temp(path)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if sync:
                os.fsync(f.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)  # while the lock is held
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def open_temp(path: Path) -> tuple[int, str]:
    """Create (and lock) the temporary file a write of ``path`` goes through, after removing
    the leftovers of earlier writes that crashed; returns its descriptor and path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(path)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=path.parent)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            Path(tmp).unlink(missing_ok=True)
            raise
    return fd, tmp


def remove_stale(path: Path) -> list[Path]:
    """Remove the temporary files of earlier writes to ``path`` that crashed; returns them."""
    prefix = temp_prefix(path)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        if not _RANDOM.fullmatch(name[len(prefix) : -len(".tmp")]):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if not entry.is_file(follow_symlinks=False):
                continue
            if fcntl is None:
                stale = age > STALE_UNLOCKED_AFTER
            else:
                stale = age > STALE_AFTER and not _locked(entry.path)
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _locked(file: str) -> bool:
    """Whether some process holds a lock on ``file`` (i.e. is writing it now)."""
    assert fcntl is not None
    fd = os.open(file, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases a lock taken here
    return False


_REASONS = {
    errno.ENOSPC: N_("there is no space left on the disk"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EROFS: N_("the folder is on a read-only disk"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("the file or its folder may not be changed"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}


def check_output(path: Path, what: str = N_("the file")) -> None:
    """Raise ``OutputError`` now (before any work) when ``path`` can never be written: it is a
    folder, or one of its parents is a file."""
    if path.is_dir():
        raise _error(path, what, _("it is a folder; give a file name"))
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise _error(
                    path,
                    what,
                    _("{parent} is a file, not a folder").format(parent=display_path(parent)),
                )
            break


def write_output(path: Path, data: bytes, what: str = N_("the file")) -> None:
    """:func:`write_bytes` for the user's own files. A failure is an ``OutputError`` of one line,
    ``PATH: error: cannot write WHAT: REASON``, and whatever was at ``path`` is left as it was."""
    check_output(path, what)
    try:
        write_bytes(path, data)
    except OSError as exc:
        raise output_error(path, exc, what) from exc


def output_error(path: Path, exc: OSError, what: str = N_("the file")) -> OutputError:
    """The ``OutputError`` for a failed write of ``path``."""
    if isinstance(exc, FileExistsError) or exc.errno in (errno.ENOTDIR, errno.EISDIR):
        try:
            check_output(path, what)  # says which part of the path is in the way
        except OutputError as better:
            return better
    known = _REASONS.get(exc.errno or 0)
    reason = _(known) if known else (exc.strerror or str(exc)).lower()
    return _error(path, what, reason)


def _error(path: Path, what: str, reason: str) -> OutputError:
    return OutputError(
        Problem(
            Location(display_path(path)),
            _("cannot write {what}: {reason}").format(what=_(what), reason=reason),
        )
    )
