"""A chart server kept warm between builds (like eslint_d or Gradle's daemon), so that a rebuild
after one figure changed does not import matplotlib again before drawing its one chart.

A build that had to draw a chart starts it, detached, when none is running
(``deckmaker/charts/serve.py``). It listens on a Unix socket, ``server.sock`` in the chart
cache folder, mode 0600, and serves only the user who started it; it holds ``server.lock`` while it
runs, so there is one per cache folder. It takes plain chart specs (JSON: the chart plan's values,
its font files by sha256, font bytes it has not seen yet), bounded in size and time, and draws them
with the very code a chart worker runs, so the PNG bytes are a worker's. It exits after
``DECKMAKER_CHART_SERVER_IDLE`` seconds without a request (default 600). Every build checks its
key (deckmaker's version, a digest of deckmaker's code, matplotlib's and Python's versions): a
server of another key is told to exit and never used. ``DECKMAKER_CHART_SERVER=off`` turns it off;
so does a platform without Unix sockets. Whatever goes wrong, the build draws in its own workers.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import math
import os
import socket
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

from deckmaker import remote
from deckmaker.charts import cache
from deckmaker.charts.model import ChartPlan, ChartStyle, Series
from deckmaker.remote import debug, recv, send, server_key, trusted

__all__ = ["debug", "recv", "send", "server_key", "trusted"]

ENV = "DECKMAKER_CHART_SERVER"
IDLE_ENV = "DECKMAKER_CHART_SERVER_IDLE"
IDLE = 600.0
"""Seconds without a request after which the server exits."""
SOCKET, LOCK, FONTS = "server.sock", "server.lock", "server-fonts"
CONNECT_TIMEOUT = 0.5
DRAW_TIMEOUT = 60.0
"""Seconds the client waits for one chart before drawing it itself."""
MAX_CHARTS = 4
"""A build drawing more charts than this draws them in its own workers, in parallel."""


def enabled() -> bool:
    """Whether builds may use (and start) the server: Unix sockets, and not turned off."""
    return remote.enabled()


# -- chart plans as plain data --------------------------------------------------------------


def _num(v: Decimal | None) -> str | None:
    return None if v is None else str(v)


def plan_spec(plan: ChartPlan) -> tuple[dict[str, Any], dict[str, Path]]:
    """The plan as plain JSON data, its font files named by sha256; and those files by digest."""
    style = dataclasses.asdict(plan.style)
    fonts: dict[str, Path] = {}
    for name in ("font_file", "heading_font_file"):
        path = Path(getattr(plan.style, name))
        digest = cache.file_digest(path)
        fonts[digest] = path
        style[name] = digest
    style["colors"] = list(plan.style.colors)
    spec = {
        f.name: getattr(plan, f.name)
        for f in dataclasses.fields(plan)
        if f.name not in ("style", "series", "plan_lows", "peers")
    }
    spec["peers"] = [plan_spec(peer)[0] for peer in plan.peers]  # the same fonts
    spec["categories"] = list(plan.categories)
    spec["units"] = list(plan.units)
    spec["plan_kinds"] = list(plan.plan_kinds)
    spec["plan_lows"] = [_num(v) for v in plan.plan_lows]
    spec["reach"] = list(plan.reach)
    spec["bounds"] = [list(row) for row in plan.bounds]
    spec["targets"] = [list(row) for row in plan.targets]
    spec["series"] = [{"name": s.name, "values": [_num(v) for v in s.values]} for s in plan.series]
    spec["style"] = style
    return spec, fonts


def _dec(v: object) -> Decimal | None:
    if v is None:
        return None
    if not isinstance(v, str) or len(v) > 64:
        raise ValueError("bad number")
    return Decimal(v)


def _strs(v: object) -> tuple[Any, ...]:
    if not isinstance(v, list) or not all(x is None or isinstance(x, str) for x in v):
        raise ValueError("bad list")
    return tuple(v)


def _rows(v: object) -> list[object]:
    if not isinstance(v, list):
        raise ValueError("bad rows")
    return v


def _floats(v: object) -> tuple[float, ...]:
    if (
        not isinstance(v, list)
        or len(v) > 2
        or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)
        or not all(math.isfinite(x) for x in v)
    ):
        raise ValueError("bad list")
    return tuple(float(x) for x in v)


def _bools(v: object) -> tuple[bool, ...]:
    if not isinstance(v, list) or not all(isinstance(x, bool) for x in v):
        raise ValueError("bad list")
    return tuple(v)


def spec_plan(spec: dict[str, Any], font_path: dict[str, str]) -> ChartPlan:
    """The chart plan of ``spec`` (as ``plan_spec`` made it), its fonts at ``font_path``."""
    s = dict(spec["style"])
    for name in ("font_file", "heading_font_file"):
        s[name] = font_path[s[name]]  # a digest the server holds, else KeyError: refused
    s["colors"] = _strs(s["colors"])
    allowed = {f.name for f in dataclasses.fields(ChartStyle)}
    if not set(s) <= allowed:
        raise ValueError("unknown style field")
    style = ChartStyle(**s)
    fields = {f.name for f in dataclasses.fields(ChartPlan)}
    if not set(spec) <= fields:
        raise ValueError("unknown plan field")
    plain = {k: v for k, v in spec.items() if k not in ("style", "series", "peers")}
    peers = spec.get("peers", [])
    if not isinstance(peers, list) or any(not isinstance(p, dict) or p.get("peers") for p in peers):
        raise ValueError("bad peers")
    plain["peers"] = tuple(spec_plan(p, font_path) for p in peers)
    for k in ("categories", "units", "plan_kinds"):
        plain[k] = _strs(spec.get(k, []))
    plain["plan_lows"] = tuple(_dec(v) for v in spec.get("plan_lows", []))
    plain["reach"] = _floats(spec.get("reach", []))
    plain["bounds"] = tuple(_strs(row) for row in _rows(spec.get("bounds", [])))
    plain["targets"] = tuple(_bools(row) for row in _rows(spec.get("targets", [])))
    series = tuple(
        Series(str(x["name"]), tuple(_dec(v) for v in x["values"])) for x in spec["series"]
    )
    for k in ("width_emu", "height_emu", "dpi"):
        if not isinstance(plain.get(k, 1), int) or not 0 < plain.get(k, 1) < 100_000_000:
            raise ValueError("bad size")
    return ChartPlan(**plain, series=series, style=style)


# -- the client, in a build -----------------------------------------------------------------


def socket_path(cache_dir: Path) -> Path:
    return cache_dir / SOCKET


class Client:
    """A connection to a live server of this process's key."""

    def __init__(self, sock: socket.socket, fonts: set[str]) -> None:
        self._sock = sock
        self._fonts = fonts
        self._lock = threading.Lock()

    def draw(self, plan: ChartPlan, svg: bool) -> tuple[bytes, bytes | None]:
        """The chart's PNG (and SVG) bytes, drawn by the server; raises on any failure."""
        spec, fonts = plan_spec(plan)
        with self._lock:
            missing = [d for d in fonts if d not in self._fonts]
            blobs = [fonts[d].read_bytes() for d in missing]
            self._sock.settimeout(DRAW_TIMEOUT)
            send(self._sock, {"op": "draw", "spec": spec, "svg": svg, "fonts": missing}, blobs)
            header, data = recv(self._sock)
            if not header.get("ok") or len(data) != (2 if svg else 1):
                raise RuntimeError(str(header.get("error", "refused")))
            self._fonts.update(missing)
        return data[0], (data[1] if svg else None)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()


_clients: dict[str, Client | None] = {}

local: Client | None = None
"""In the server's process: what its builds draw with (``serve.py``), in place of a connection."""


def connect(cache_dir: Path | None) -> Client | None:
    """The live server of ``cache_dir`` with this process's key (one connection per process),
    or None; a server of another key is told to exit. In the server itself (a build it runs),
    the server's own drawing."""
    if local is not None:
        return local
    if cache_dir is None or not enabled():
        return None
    where = str(cache_dir)
    if where in _clients:
        return _clients[where]
    _clients[where] = None
    path = socket_path(cache_dir)
    if len(str(path)) > 100 or not trusted(path):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT)
        sock.connect(str(path))
        hello, _ = recv(sock)
        if hello.get("key") != server_key():
            debug("a server of another deckmaker is running: told to exit")
            send(sock, {"op": "exit"})
            sock.close()
            return None
        fonts = hello.get("fonts", [])
        client = Client(sock, {f for f in fonts if isinstance(f, str)})
    except (OSError, ValueError) as exc:
        debug(f"not used ({exc})")
        sock.close()
        return None
    _clients[where] = client
    return client


def forget(cache_dir: Path | None, client: Client | None = None) -> None:
    """Drop this process's connection (it failed, or the build is done)."""
    kept = _clients.pop(str(cache_dir), None) if cache_dir is not None else None
    for c in (kept, client):
        if c is not None:
            c.close()


def start(cache_dir: Path | None) -> bool:
    """Start a server for ``cache_dir`` in the background, detached from this process, unless
    one of this key is running or the server is off. True when one was started."""
    if local is not None or cache_dir is None or not enabled() or str(cache_dir) in _started:
        return False  # a batch of builds in one process starts one server at most
    if connect(cache_dir) is not None:
        return False
    if len(str(socket_path(cache_dir))) > 100:
        return False
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH, str(cache_dir)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
            cwd=str(cache_dir),
            env=_launch_env(),
        )
    except OSError as exc:
        debug(f"not started ({exc})")
        return False
    _started.add(str(cache_dir))
    _spawned.append(proc)  # the launcher exits at once, the server lives on as its child
    if len(_spawned) == 1:
        atexit.register(_reap)
    _clients.pop(str(cache_dir), None)
    return True


def _launch_env() -> dict[str, str]:
    """The build's environment, with the directory this deckmaker is imported from first on the
    server's path: the server runs the same code as the build that starts it (a checkout run with
    PYTHONPATH, an install whose editable path moved), not another deckmaker found elsewhere."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


_LAUNCH = (
    "import os, sys\n"
    "if os.fork():\n"
    "    os._exit(0)\n"
    "from deckmaker.cli.served import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
"""The launcher forks the server and exits, so the server is no child of the build. The server
runs builds too (``deckmaker/remote.py``): ``deckmaker.cli.served`` starts it."""

_spawned: list[subprocess.Popen[bytes]] = []
_started: set[str] = set()


def _reap() -> None:
    """Reap the launchers that have exited (each exits as soon as it has forked the server).
    One still starting its interpreter is not waited for: the build is done, and its exit
    should not wait on the next build's server; the launcher, orphaned, is reaped by the
    init process (or the caller's subreaper) a moment later."""
    for launcher in _spawned:
        launcher.poll()
