"""A chart cache on disk, keyed by a hash of everything that affects the pixels."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

from deckmaker.atomic import write_bytes
from deckmaker.charts.model import ChartPlan, RenderedChart

KEY_VERSION = b"deckmaker-chart-cache-1"


@functools.lru_cache(maxsize=64)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def file_digest(path: Path | str) -> str:
    """sha256 of a file's bytes (memoised while the file's mtime and size stay the same)."""
    st = os.stat(path)
    return _file_digest(str(path), st.st_mtime_ns, st.st_size)


def _code_digest() -> str:
    """The chart drawing code itself (and numfmt), so an edited renderer never serves stale
    pictures."""
    from deckmaker.digest import code_digest  # the build's: a chart worker only stores

    return code_digest("charts", ("numfmt.py",))


def chart_key(plan: ChartPlan) -> str:
    """sha256 of the plan's repr, its font files' contents, and the library and code versions."""
    from deckmaker.digest import package_version  # (importlib.metadata) as _code_digest

    h = hashlib.sha256(KEY_VERSION)
    for part in (
        repr(plan),
        file_digest(plan.style.font_file),
        file_digest(plan.style.heading_font_file),
        package_version("matplotlib"),
        package_version("deckmaker"),
        _code_digest(),
    ):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def _paths(cache_dir: Path, key: str) -> tuple[Path, Path]:
    folder = cache_dir / key[:2]
    return folder / f"{key}.png", folder / f"{key}.svg"


def _sum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sum")


def _sum(data: bytes) -> bytes:
    """What a ``.sum`` file holds: the length and sha256 of the entry it goes with."""
    return f"{len(data)} {hashlib.sha256(data).hexdigest()}\n".encode()


def _verified(path: Path) -> bytes | None:
    """The bytes of a cache entry when its ``.sum`` matches them; a truncated or damaged entry
    (or one without a sum, e.g. from an older deckmaker) is removed and None returned."""
    try:
        data = path.read_bytes()
        ok = _sum_path(path).read_bytes() == _sum(data)
    except FileNotFoundError:
        ok, data = False, b""
    except OSError:
        return None
    if not ok:
        for p in (path, _sum_path(path)):
            p.unlink(missing_ok=True)
        return None
    return data


def load(cache_dir: Path, key: str, svg: bool) -> RenderedChart | None:
    """The cached chart, or None when it (or its SVG, if asked for) is not there whole."""
    png_path, svg_path = _paths(cache_dir, key)
    png = _verified(png_path)
    svg_bytes = _verified(svg_path) if svg else None
    if png is None or (svg and svg_bytes is None):
        return None
    return RenderedChart(png=png, svg=svg_bytes, cached=True)


def store(cache_dir: Path, key: str, png: bytes, svg: bytes | None) -> None:
    """Writes the chart atomically, so a crash or a parallel build never leaves half a file;
    each entry's checksum is written after it (``load`` checks it)."""
    png_path, svg_path = _paths(cache_dir, key)
    for path, data in ((png_path, png), (svg_path, svg)):
        if data is None:
            continue
        for target, content in ((path, data), (_sum_path(path), _sum(data))):
            write_bytes(target, content, sync=False)
