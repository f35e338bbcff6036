"""The chart workers' fork server, started without importing ``deckmaker.charts``.

Only the standard library is imported here. A cold ``deckmaker build`` starts the fork server
first thing (``cli/build.py``), before ``deckmaker.charts`` (~0.03 s of CPU: the chart model's
dataclasses, the pool's modules) is imported: the fork server's matplotlib import, which the
first chart waits for, begins that much sooner, on a core the build does not use yet.
``charts.render`` makes its pools of workers from this fork server.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os

PRELOAD = ["deckmaker.charts.preload"]
"""What the fork server imports once, so that each worker forks with matplotlib loaded."""


def available() -> bool:
    """Whether this platform has fork servers (not Windows, not macOS' default builds)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def workers(jobs: int | None) -> int:
    """How many chart workers a build runs: ``jobs``, else one per core."""
    return jobs or os.cpu_count() or 1


def context() -> multiprocessing.context.BaseContext:
    """The workers' start method: forked from the fork server, which imports ``PRELOAD``
    (spawned where there is none)."""
    if available():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def running() -> bool:
    """Whether this process's fork server runs."""
    from multiprocessing import forkserver

    return getattr(forkserver._forkserver, "_forkserver_pid", None) is not None  # noqa: SLF001


def start() -> bool:
    """Start the fork server, importing ``PRELOAD``, unless it runs; True when this call started
    it. Returns at once: the import goes on in the fork server."""
    from multiprocessing import forkserver

    context()
    started = not running()
    forkserver.ensure_running()
    return started
