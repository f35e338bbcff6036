"""Where deckmaker keeps its caches, and the environment variables that move or disable them.

``DECKMAKER_CACHE=DIR`` moves the cache folder (default ``$XDG_CACHE_HOME/deckmaker``, else
``~/.cache/deckmaker``); ``DECKMAKER_CACHE=off`` turns every cache off; ``DECKMAKER_DECK_CACHE=off``
turns off only the cache of written decks. A library caller turns both off with
``deckmaker.build(..., cache=False)`` instead. ``DECKMAKER_CHART_SERVER=off`` keeps builds from
starting (or using) the warm chart server whose socket lives in the chart cache
(``charts/server.py``); ``DECKMAKER_BUILD_SERVER=off`` only keeps builds from running in it
(``remote.py``).
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path | None:
    """deckmaker's cache folder; None when ``DECKMAKER_CACHE=off``."""
    env = os.environ.get("DECKMAKER_CACHE")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deckmaker"


def cache_dir() -> Path | None:
    """Where drawn charts are cached; None when caching is off."""
    root = cache_root()
    return root / "charts" if root is not None else None


def deck_cache_dir() -> Path | None:
    """Where written decks are cached; None when caching is off (``DECKMAKER_CACHE=off``, or
    ``DECKMAKER_DECK_CACHE=off`` for decks only)."""
    root = cache_root()
    if root is None or os.environ.get("DECKMAKER_DECK_CACHE") == "off":
        return None
    return root / "decks"
