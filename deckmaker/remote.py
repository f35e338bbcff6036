"""``deckmaker build`` run by the warm server (like eslint_d, Gradle's daemon or dmypy), and the
message format that server speaks.

The warm chart server (``charts/server.py``) also runs whole builds: a ``deckmaker build`` whose
options it handles sends it its arguments, current folder, umask and the environment variables
deckmaker reads (``LANG``, ``LANGUAGE``, ``LC_*``, ``DECKMAKER_*``, ``HOME``,
``XDG_CACHE_HOME``), bounded in size. The server runs the very same command line in its process
(the same checks, the same messages), with imports, the plan memo and the slide store kept warm
between builds, captures what it would print and sends back stdout, stderr and the exit code,
which this process prints and exits with. The deck and the output are those of a local build.

Any doubt before the server has taken the job (no server, another key, a server busy with
another build, a refused request, an option it does not handle such as ``--pdf``, ``--doctor``,
``--agencies`` or several ``--theme``) and the build runs here, silently (a line on stderr with
``DECKMAKER_DEBUG=1``). Once the server has taken the job, the build is never run twice: if the
server fails, its error is reported and the exit code is 1. ``DECKMAKER_CHART_SERVER=off`` or
``DECKMAKER_BUILD_SERVER=off`` keeps builds here.

Only the standard library (and deckmaker's light modules) is imported: this runs before any
command does.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import struct
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .digest import code_digest, package_version

BUILD_ENV = "DECKMAKER_BUILD_SERVER"
CHART_ENV = "DECKMAKER_CHART_SERVER"
SOCKET = "server.sock"
PROTOCOL = "deckmaker-chart-server-1"
MAX_HEADER = 1 << 20
"""Largest JSON part of a message."""
MAX_BLOBS = 64 << 20
"""Largest binary part of a message (font files, PNG and SVG, a build's output)."""
MAX_REQUEST = 64 << 10
"""Largest build request (arguments, folder and environment), in bytes of JSON."""
CONNECT_TIMEOUT = 0.5
READY_TIMEOUT = 2.0
"""Seconds to wait for the server to take a build before building here."""

_OFF = ("off", "0", "no", "false")

serving = False
"""True in the server's process: its builds run there (never sent to a server)."""

# The options of ``deckmaker build`` the server handles; the rest (--pdf, --doctor, --agencies,
# --help, --debug, --version, anything unknown) build here.
_WITH_VALUE = {"-o", "--output", "--theme", "--figures", "-j", "--jobs", "--lang"}
_FLAGS = {"--svg", "--force", "-v", "--verbose"}


def _off(name: str) -> bool:
    return os.environ.get(name, "").lower() in _OFF


def enabled() -> bool:
    """Whether the warm server may be used: Unix sockets, and not turned off."""
    return os.name == "posix" and hasattr(socket, "AF_UNIX") and not _off(CHART_ENV)


def debug(message: str) -> None:
    if os.environ.get("DECKMAKER_DEBUG"):
        print(f"deckmaker: chart server: {message}", file=sys.stderr)


def server_key() -> str:
    """What a server must have been started with to serve this process."""
    h = hashlib.sha256(PROTOCOL.encode())
    for part in (
        package_version("deckmaker"),
        package_version("matplotlib"),
        package_version("pillow"),
        code_digest(),
        sys.version,
        sys.executable,
    ):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


# -- messages: a 4-byte length and JSON, then the blobs the JSON lists by size -----------------


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            raise ConnectionError("connection closed")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def send(sock: socket.socket, header: dict[str, Any], blobs: Iterable[bytes] = ()) -> None:
    blobs = list(blobs)
    head = json.dumps({**header, "blobs": [len(b) for b in blobs]}).encode()
    sock.sendall(struct.pack(">I", len(head)) + head + b"".join(blobs))


def recv(sock: socket.socket) -> tuple[dict[str, Any], list[bytes]]:
    (n,) = struct.unpack(">I", _recv_exact(sock, 4))
    if n > MAX_HEADER:
        raise ValueError("message too large")
    header = json.loads(_recv_exact(sock, n))
    if not isinstance(header, dict):
        raise ValueError("not a message")
    sizes = header.get("blobs", [])
    if (
        not isinstance(sizes, list)
        or not all(isinstance(s, int) and s >= 0 for s in sizes)
        or sum(sizes) > MAX_BLOBS
    ):
        raise ValueError("bad message")
    return header, [_recv_exact(sock, s) for s in sizes]


def trusted(path: Path) -> bool:
    """A socket of this user that no one else may open."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISSOCK(st.st_mode)
        and st.st_uid == os.getuid()
        and stat.S_IMODE(st.st_mode) & 0o077 == 0
    )


# -- the build's request ---------------------------------------------------------------------


def _env_wanted(name: str) -> bool:
    return (
        name in ("LANG", "LANGUAGE", "HOME", "XDG_CACHE_HOME")
        or name.startswith("LC_")
        or name.startswith("DECKMAKER_")
    )


def build_env(environ: dict[str, str] | os._Environ[str] | None = None) -> dict[str, str]:
    """The environment variables a build reads (the server puts exactly these in place)."""
    env = os.environ if environ is None else environ
    return {k: v for k, v in env.items() if _env_wanted(k)}


def servable(argv: list[str]) -> bool:
    """Whether the server handles ``argv`` (``deckmaker``'s arguments): ``build`` with one
    outline and only the options it knows, one ``--theme`` at most; ``--lang`` may come first."""
    args = list(argv)
    if args[:1] == ["--lang"] and len(args) >= 2:
        args = args[2:]
    elif args[:1] and args[0].startswith("--lang="):
        args = args[1:]
    if args[:1] != ["build"]:
        return False
    positional, themes, i = 0, 0, 1
    while i < len(args):
        arg = args[i]
        name = arg.split("=", 1)[0] if arg.startswith("--") else arg
        if arg == "--" or arg == "-":
            return False
        if name in _FLAGS and "=" not in arg:
            i += 1
        elif name in _WITH_VALUE:
            themes += name == "--theme"
            i += 1 if "=" in arg else 2
            if i > len(args):
                return False
        elif arg.startswith("-"):
            return False  # -o=x, -ofile, -vo, --pdf, --doctor, --agencies, --help, unknown
        else:
            positional += 1
            i += 1
    return positional == 1 and themes <= 1


def _socket_path() -> Path | None:
    from .cache import cache_dir

    folder = cache_dir()
    return folder / SOCKET if folder is not None else None


def _stream_info(stream: Any) -> dict[str, Any]:
    try:
        tty = bool(stream.isatty())
    except (AttributeError, ValueError):
        tty = False
    return {
        "encoding": getattr(stream, "encoding", None) or "utf-8",
        "errors": getattr(stream, "errors", None) or "strict",
        "tty": tty,
        "binary": hasattr(stream, "buffer"),
    }


def request(argv: list[str], prog_name: str) -> dict[str, Any]:
    """What the server needs to run ``argv`` as this process would."""
    umask = os.umask(0o022)
    os.umask(umask)
    return {
        "op": "build",
        "argv": argv,
        "prog": prog_name,
        "cwd": os.getcwd(),
        "umask": umask,
        "env": build_env(),
        "stdout": _stream_info(sys.stdout),
        "stderr": _stream_info(sys.stderr),
    }


def run_build(argv: list[str], prog_name: str) -> int | None:
    """Run ``deckmaker`` ``argv`` in the warm server: its exit code once the server took the
    job (its output printed here), or None to build in this process."""
    if serving or not enabled() or _off(BUILD_ENV) or not servable(argv):
        return None
    if not all(_stream_info(s)["binary"] for s in (sys.stdout, sys.stderr)):
        return None  # a caller's own streams (tests with click's runner): build here
    try:
        path = _socket_path()
        req = request(argv, prog_name)
    except (OSError, ValueError) as exc:  # e.g. the current folder was removed
        debug(f"not used ({exc})")
        return None
    if path is None or len(str(path)) > 100 or not trusted(path):
        return None
    if len(json.dumps(req)) > MAX_REQUEST:
        debug("not used (request too large)")
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with sock:
        try:
            sock.settimeout(CONNECT_TIMEOUT)
            sock.connect(str(path))
            hello, _blobs = recv(sock)
            if hello.get("key") != server_key():
                debug("a server of another deckmaker is running: told to exit")
                send(sock, {"op": "exit"})
                return None
            if not hello.get("builds"):
                return None
            sock.settimeout(READY_TIMEOUT)
            send(sock, req)
            ready, _blobs = recv(sock)
            if not ready.get("ready"):
                debug(f"not used ({ready.get('error', 'refused')})")
                return None
            send(sock, {"op": "go"})  # from here on the build is the server's: never run twice
        except (OSError, ValueError) as exc:
            debug(f"not used ({exc})")
            return None
        try:
            sock.settimeout(None)
            result, data = recv(sock)
            code = result["code"]
            if not isinstance(code, int) or len(data) != 2:
                raise ValueError("bad reply")
        except (OSError, ValueError, KeyError) as exc:
            from .i18n import _

            print(
                _("error: the build server stopped before the build was done ({error})").format(
                    error=exc
                ),
                file=sys.stderr,
            )
            return 1
    debug("build run by the server")
    for stream, out in ((sys.stdout, data[0]), (sys.stderr, data[1])):
        if out:
            stream.flush()
            stream.buffer.write(out)
            stream.flush()
    return code
