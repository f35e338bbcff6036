"""One digest of deckmaker's own code, for cache keys: edited code never serves a stale result.

Only the standard library is imported here, so ``deckmaker.charts`` (which must stay free of
python-pptx) can use it as well as the deck cache.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).parent
"""The ``deckmaker`` package folder."""


@functools.lru_cache(maxsize=8)
def code_digest(folder: str = "", files: tuple[str, ...] = (), dists: tuple[str, ...] = ()) -> str:
    """sha256 (hex) of the state on disk of every ``.py`` file under ``deckmaker/<folder>`` (by
    relative name, in sorted order), then of each of ``files`` (relative to the package, skipped
    when absent), then the installed version of each distribution in ``dists`` (skipped when not
    installed). Memoised: the code does not change while a process runs.

    A file's state is its ``stat``: inode, size, modification and change times (``_stamp``), not
    its bytes. Writing a file, or replacing it (an editor's save, a checkout, a reinstall), moves
    its change time, which no program can set back, so edited code still never serves a stale
    result; reading and hashing the package's ~150 files (~0.01 s of a cold build's main thread
    at load 15, the deck key's) is left out. A copy of the same code, or a touched file, only
    makes other keys (a cache miss).
    """
    here = os.path.join(str(PACKAGE), folder) if folder else str(PACKAGE)
    h = hashlib.sha256(b"stat-1\0")
    for rel, path in _sources(here):
        h.update(rel.encode("utf-8", "surrogateescape") + b"\0" + _stamp(path))
    for name in files:
        extra = os.path.join(str(PACKAGE), name)
        if os.path.isfile(extra):
            h.update(name.encode() + b"\0" + _stamp(extra))
    for dist in dists:
        version = _version(dist)
        if version is not None:
            h.update(version.encode())
    return h.hexdigest()


def _sources(here: str) -> list[tuple[str, str]]:
    """Every ``.py`` file under ``here`` (symlinked folders not followed, as ``Path.rglob`` in
    Python 3.11): its name relative to ``here`` with ``/``, and its path, in the order of the
    names' parts (as sorted ``Path`` objects)."""
    found: list[tuple[tuple[str, ...], str]] = []
    for top, dirs, names in os.walk(here):
        rel = os.path.relpath(top, here)
        parts = () if rel == "." else tuple(rel.split(os.sep))
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found += [((*parts, n), os.path.join(top, n)) for n in names if n.endswith(".py")]
    found.sort()
    return [("/".join(parts), path) for parts, path in found]


def _stamp(path: str) -> bytes:
    st = os.stat(path)
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}\0".encode()


@functools.lru_cache(maxsize=8)
def package_version(dist: str) -> str:
    """The installed version of ``dist`` (a cache or server key's part); "unknown" without one."""
    version = _version(dist)
    return "unknown" if version is None else version


def _version(dist: str) -> str | None:
    """``importlib.metadata.version(dist)``, None where it raises ``PackageNotFoundError``.

    Read from the first ``NAME-VERSION.dist-info/METADATA`` on ``sys.path`` whose name matches, as
    importlib.metadata's path finder finds it, without importing importlib.metadata (with
    ``email``, ``csv``, ``zipfile``: ~0.01-0.03 s of a cold build's main thread) for the three or
    four look-ups of a build's keys. Anything else (an egg-info, a zip on the path, another
    finder's distribution) asks importlib.metadata, so a version is always the one it gives.
    """
    if _other_finders():
        return _metadata_version(dist)  # a finder other than the path's may hold it: ask it
    want = _normal(dist)
    for entry in sys.path:
        infos = _dist_infos(entry or ".")
        if infos is None:
            return _metadata_version(dist)
        found = infos.get(want)
        if found is None:
            continue
        version = _metadata_field(found)
        return version if version is not None else _metadata_version(dist)
    return _metadata_version(dist)


def _other_finders() -> bool:
    """Whether a finder on ``sys.meta_path`` besides the standard path finder lists
    distributions (importlib.metadata asks every such finder)."""
    from importlib.machinery import PathFinder

    return any(f is not PathFinder and hasattr(f, "find_distributions") for f in sys.meta_path)


def _normal(name: str) -> str:
    """A distribution's name as importlib.metadata's ``Prepared.normalize`` compares it."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


@functools.lru_cache(maxsize=32)
def _dist_infos(entry: str) -> dict[str, str] | None:
    """The folder ``entry`` of ``sys.path``: each distribution's normalised name -> the first
    metadata folder of that name, in importlib.metadata's order (``os.listdir``'s); a file on the
    path (a zip) gives None: importlib.metadata decides."""
    try:
        names = os.listdir(entry)
    except NotADirectoryError:
        return None  # a zip on the path: importlib.metadata reads it
    except OSError:
        return {}
    found: dict[str, str] = {}
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot or suffix.lower() not in ("dist-info", "egg-info"):
            continue
        key = _normal(stem.partition("-")[0])
        if key in found:
            continue
        found[key] = os.path.join(entry, name)
    return found


def _metadata_field(folder: str) -> str | None:
    """The ``Version:`` header of a dist-info's ``METADATA`` or an egg-info folder's ``PKG-INFO``
    (what importlib.metadata reads; an editable install leaves ``NAME.egg-info`` in the project,
    which is on the path when Python runs there). None when unreadable or missing."""
    leaf = "PKG-INFO" if folder.lower().endswith(".egg-info") else "METADATA"
    try:
        with open(os.path.join(folder, leaf), "rb") as f:
            head = f.read(1 << 16)
    except OSError:
        return None
    for line in head.split(b"\n"):
        line = line.rstrip(b"\r")
        if not line:
            return None  # the headers end: no Version header
        if line[:8].lower() == b"version:":
            return line[8:].strip().decode("utf-8", "replace")
    return None


def _metadata_version(dist: str) -> str | None:
    import importlib.metadata  # ~0.01-0.03 s: only where the fast path cannot tell

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
