"""The warm chart server's process (``server.py`` says what it is and how builds use it): one
client at a time, plain chart specs in, PNG and SVG bytes out, drawn by the chart workers' code."""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import socket
import struct
import sys
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from deckmaker import remote
from deckmaker.charts import cache, server
from deckmaker.charts.model import ChartPlan
from deckmaker.charts.render import _die_with_parent, _family, _render_job
from deckmaker.charts.server import (
    FONTS,
    IDLE,
    IDLE_ENV,
    LOCK,
    enabled,
    plan_spec,
    recv,
    send,
    server_key,
    socket_path,
    spec_plan,
)

builds: (
    tuple[
        Callable[[dict[str, Any]], str | None],
        Callable[[dict[str, Any]], tuple[int, bytes, bytes]],
    ]
    | None
) = None
"""How to check and run a client's ``deckmaker build`` (``deckmaker/cli/served.py`` puts them
here when it starts the server); None: charts only."""

BUILD_TIMEOUT = 10.0
"""Seconds the server waits for a client's go once it said it is ready to build."""


class _Terminated(BaseException):
    """SIGTERM: the server stops, even in the middle of a build (whose client then reports it)."""


def _terminate(*_: object) -> None:
    raise _Terminated


def _idle() -> float:
    try:
        return max(0.1, float(os.environ.get(IDLE_ENV, IDLE)))
    except ValueError:
        return IDLE


def _face(path: str) -> str:
    """What matplotlib tells a font file by: family, style, variant, weight, stretch."""
    from matplotlib import font_manager, ft2font

    e = font_manager.ttfFontProperty(ft2font.FT2Font(path))
    return repr((e.name, e.style, e.variant, e.weight, e.stretch))


def _helper_ready(lock: int) -> None:
    """The drawing helper's initializer: it holds no lock of the server's, SIGTERM ends it as
    any process (not as the server's stop), and it dies with the server."""
    import signal

    with contextlib.suppress(OSError):
        os.close(lock)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _peer_ok(conn: socket.socket) -> bool:
    """On Linux, only this user's processes are served (the socket's 0600 says so elsewhere)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return uid == os.getuid()


class _Server:
    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.fonts_dir = cache_dir / FONTS
        self.key = server_key()
        self.fonts: dict[str, str] = {}
        self.conflict = False
        self.families: dict[str, str] = {}
        """Face (family, style, variant, weight, stretch) -> font digest registered with
        matplotlib: two files of one face would make matplotlib's choice depend on what this
        server saw before."""
        self.helper: ProcessPoolExecutor | None = None
        """The process the charts of a build run here are drawn in (``_start_helper``)."""

    def _start_helper(self, lock: int) -> None:
        """Fork the drawing helper: a process with matplotlib loaded, like this one, that
        draws the charts of the builds this server runs, so that a build plans and writes
        on one core while its charts are drawn on another, instead of both sharing this
        process's interpreter lock. Forked before the server listens, while this process
        runs one thread (a fork copies only the thread that makes it); none with one CPU."""
        if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return
        pool = None
        try:
            pool = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_helper_ready,
                initargs=(lock,),
            )
            pool.submit(os.getpid).result(timeout=10)  # forked now, from this thread
        except Exception:  # noqa: BLE001 - no helper: the charts are drawn here, as before
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            return
        self.helper = pool

    def _add_fonts(self, digests: list[str], blobs: list[bytes]) -> None:
        self.fonts_dir.mkdir(mode=0o700, exist_ok=True)
        for digest, data in zip(digests, blobs, strict=True):
            if hashlib.sha256(data).hexdigest() != digest:
                raise ValueError("font digest mismatch")
            if digest in self.fonts:
                continue
            path = self.fonts_dir / digest
            if not path.is_file() or cache.file_digest(path) != digest:
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
            _family(str(path))
            face = _face(str(path))
            if self.families.setdefault(face, digest) != digest:
                raise LookupError("another font file of this family was used before")
            self.fonts[digest] = str(path)

    def draw_here(self, plan: ChartPlan, svg: bool) -> tuple[bytes, bytes | None]:
        """A chart of a build this server runs, drawn as a client's would be."""
        spec, fonts = plan_spec(plan)
        missing = [d for d in fonts if d not in self.fonts]
        try:
            self._add_fonts(missing, [fonts[d].read_bytes() for d in missing])
        except LookupError:
            self.conflict = True  # drawn by the build's own workers; the server exits after
            raise
        plan = spec_plan(spec, self.fonts)
        if self.helper is not None:
            # fonts: registered here first (the check above), by the helper as it draws
            try:
                return self.helper.submit(_render_job, plan, svg).result()
            except BrokenExecutor:  # the helper died (killed): drawn here from now on
                self.helper = None
        return _render_job(plan, svg)

    def _draw(self, header: dict[str, Any], blobs: list[bytes]) -> list[bytes]:
        self._add_fonts(list(header.get("fonts", [])), blobs)
        plan = spec_plan(header["spec"], self.fonts)
        png, svg = _render_job(plan, bool(header.get("svg")))
        return [png] if svg is None else [png, svg]

    def _serve(self, conn: socket.socket) -> bool:
        """One client; False when it asked the server to exit."""
        conn.settimeout(10.0)
        if not _peer_ok(conn):
            return True
        try:
            send(conn, {"key": self.key, "fonts": sorted(self.fonts), "builds": builds is not None})
        except OSError:  # a client that gave up waiting
            return True
        while True:
            try:
                header, blobs = recv(conn)
            except (OSError, ValueError, ConnectionError):
                return True
            if header.get("op") == "exit":
                return False
            if header.get("op") == "build":
                self._build(conn, header)
                return not self.conflict
            if header.get("op") != "draw":
                return True
            conflict = False
            try:
                reply: dict[str, Any] = {"ok": True}
                data = self._draw(header, blobs)
            except LookupError as exc:  # fonts this server cannot keep apart: a fresh one can
                reply, data, conflict = {"ok": False, "error": str(exc)}, [], True
            except Exception as exc:  # the client draws it itself and reports it as a build does
                reply, data = {"ok": False, "error": str(exc)[:500]}, []
            try:
                send(conn, reply, data)
            except OSError:
                return not conflict
            if conflict:
                return False
            conn.settimeout(10.0)

    def _build(self, conn: socket.socket, req: dict[str, Any]) -> None:
        """A client's ``deckmaker build`` (``deckmaker/remote.py``): ready, go, then the output."""
        if builds is None:
            return
        check, run = builds
        problem = check(req)
        try:
            send(conn, {"ready": problem is None, "error": problem or ""})
            if problem is not None:
                return
            conn.settimeout(BUILD_TIMEOUT)
            go, _ = recv(conn)
        except (OSError, ValueError, ConnectionError):
            return  # the client builds itself
        if go.get("op") != "go":
            return
        code, out, err = run(req)
        with contextlib.suppress(OSError):
            conn.settimeout(BUILD_TIMEOUT)
            send(conn, {"code": code}, [out, err])

    def run(self) -> None:
        import fcntl

        self.cache_dir.mkdir(parents=True, exist_ok=True)
        lock = os.open(self.cache_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # another server runs here (or is starting)
        os.ftruncate(lock, 0)
        os.write(lock, f"{os.getpid()}\n".encode())
        import signal

        # kill PID (e.g. to stop it by hand) ends it as an idle time does: the socket removed
        signal.signal(signal.SIGTERM, _terminate)
        import deckmaker.charts.preload  # noqa: F401 - matplotlib and the drawing code, once

        if builds is not None:
            remote.serving = True  # its builds run here, their charts drawn by this server
            server.local = _Inline(self)
            self._start_helper(lock)

        path = socket_path(self.cache_dir)
        path.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            listener.bind(str(path))
        finally:
            os.umask(old)
        os.chmod(path, 0o600)
        mine = os.lstat(path).st_ino
        listener.listen(8)
        listener.settimeout(_idle())
        try:
            while True:
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    return
                with conn:
                    if not self._serve(conn):
                        return
        finally:
            listener.close()
            if self.helper is not None:
                self.helper.shutdown(wait=False, cancel_futures=True)
            try:
                if os.lstat(path).st_ino == mine:
                    path.unlink()
            except OSError:
                pass
            os.close(lock)


class _Inline(server.Client):
    """What a build run in the server draws with: the server itself, not a connection."""

    def __init__(self, owner: _Server) -> None:  # no socket
        self._owner = owner

    def draw(self, plan: ChartPlan, svg: bool) -> tuple[bytes, bytes | None]:
        return self._owner.draw_here(plan, svg)

    def close(self) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not enabled():
        return 2
    try:
        _Server(Path(args[0])).run()
    except _Terminated:
        return 0
    except Exception:  # detached: nowhere to report; builds fall back to their own workers
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
