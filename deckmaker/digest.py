"""One digest of deckmaker's own code, for cache keys: edited code never serves a stale result.

Only the standard library is imported here, so ``deckmaker.charts`` (which must stay free of
python-pptx) can use it as well as the deck cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from pathlib import Path

PACKAGE = Path(__file__).parent
"""The ``deckmaker`` package folder."""


@functools.lru_cache(maxsize=8)
def code_digest(folder: str = "", files: tuple[str, ...] = (), dists: tuple[str, ...] = ()) -> str:
    """sha256 (hex) of every ``.py`` file under ``deckmaker/<folder>`` (by relative name and
    bytes, in sorted order), then the bytes of each of ``files`` (relative to the package, skipped
    when absent), then the installed version of each distribution in ``dists`` (skipped when not
    installed). Memoised: the code does not change while a process runs.
    """
    here = PACKAGE / folder if folder else PACKAGE
    h = hashlib.sha256()
    for path in sorted(here.rglob("*.py")):
        h.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    for name in files:
        extra = PACKAGE / name
        if extra.exists():
            h.update(extra.read_bytes())
    for dist in dists:
        import importlib.metadata  # ~5-10 ms: not before a cold build has started its workers

        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            h.update(importlib.metadata.version(dist).encode())
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def package_version(dist: str) -> str:
    """The installed version of ``dist`` (a cache or server key's part); "unknown" without one."""
    import importlib.metadata  # ~5-10 ms: not before a cold build has started its chart workers

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
