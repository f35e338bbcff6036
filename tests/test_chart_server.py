"""The warm chart server (deckmaker/charts/server.py): same bytes as a local worker, a stale
server never used, a 0600 socket, an exit when idle, no process left behind."""

from __future__ import annotations

import os
import socket
import stat
import time
from pathlib import Path

import pytest

from deckmaker.charts import render_async, render_many, server
from tests.unit.test_charts import plan_of

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")


def _fresh() -> None:
    """This process as a new build sees the server: no connection, none started."""
    server._clients.clear()  # noqa: SLF001
    server._started.clear()  # noqa: SLF001


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _wait(what, seconds: float = 60.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if what():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def running(tmp_path, monkeypatch):
    """A server started as a build starts it, on a short idle time; gone after the test."""
    monkeypatch.setenv(server.ENV, "on")
    monkeypatch.setenv(server.IDLE_ENV, "30")
    cache = tmp_path / "charts"
    _fresh()  # a fresh process's view
    assert server.start(cache)
    assert _wait(lambda: (cache / server.SOCKET).exists()), "the server never listened"
    pid = int((cache / server.LOCK).read_text())
    yield cache, pid
    server.forget(cache)
    client = server.connect(cache)
    if client is not None:
        server.send(client._sock, {"op": "exit"})  # noqa: SLF001
        server.forget(cache)
    assert _wait(lambda: not _alive(pid), 20), "the server outlived its test"
    _fresh()


def test_same_bytes_as_a_local_worker(running):
    cache, _pid = running
    plans = [plan_of("bar"), plan_of("plan-actual"), plan_of("pie", lang="en")]
    local = render_many(plans, cache_dir=None, jobs=2, svg=True)  # forked workers
    client = server.connect(cache)
    assert client is not None
    for plan, mine in zip(plans, local, strict=True):
        png, svg = client.draw(plan, svg=True)
        assert png == mine.png
        assert svg == mine.svg
    # a build's rendering sends its few charts to the server and caches what it draws
    plans = [plan_of("line"), plan_of("donut")]
    rendering = render_async(plans, cache_dir=cache, svg=False)
    assert rendering.served
    got = [rendering[i].png for i in range(len(rendering))]
    assert got == [c.png for c in render_many(plans, cache_dir=None, jobs=2)]
    assert render_async(plans, cache_dir=cache).cached == 2


def test_socket_is_private(running):
    cache, _pid = running
    st = os.lstat(cache / server.SOCKET)
    assert stat.S_ISSOCK(st.st_mode)
    assert stat.S_IMODE(st.st_mode) == 0o600
    assert st.st_uid == os.getuid()


def test_a_stale_server_is_not_used_and_exits(running, monkeypatch):
    cache, pid = running
    monkeypatch.setattr(server, "server_key", lambda: "another deckmaker")
    assert server.connect(cache) is None
    assert _wait(lambda: not _alive(pid), 20)
    # the build draws in its own workers: same bytes, nothing served
    plan = plan_of("bar")
    rendering = render_async([plan], cache_dir=cache, jobs=2)
    assert not rendering.served
    assert rendering[0].png == render_many([plan], cache_dir=None)[0].png


def test_the_server_exits_when_idle(tmp_path, monkeypatch):
    monkeypatch.setenv(server.ENV, "on")
    monkeypatch.setenv(server.IDLE_ENV, "1")
    cache = tmp_path / "charts"
    _fresh()
    assert server.start(cache)
    assert _wait(lambda: (cache / server.SOCKET).exists())
    pid = int((cache / server.LOCK).read_text())
    assert _wait(lambda: not _alive(pid), 30), "still running after its idle time"
    assert not (cache / server.SOCKET).exists()
    _fresh()


def test_off_and_refusals(tmp_path, monkeypatch):
    monkeypatch.setenv(server.ENV, "off")
    _fresh()
    assert not server.start(tmp_path / "charts")
    assert server.connect(tmp_path / "charts") is None
    # a socket another user could open is never used
    monkeypatch.setenv(server.ENV, "on")
    path = tmp_path / "open" / server.SOCKET
    path.parent.mkdir()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    os.chmod(path, 0o666)
    assert server.connect(path.parent) is None
    s.close()
    _fresh()


def test_spec_round_trip_and_bounds():
    plan = plan_of("plan-actual")
    spec, fonts = server.plan_spec(plan)
    names = {d: str(p) for d, p in fonts.items()}
    assert server.spec_plan(spec, names) == plan
    with pytest.raises(ValueError, match="unknown plan field"):
        server.spec_plan({**spec, "code": "import os"}, names)
    with pytest.raises(KeyError):  # a font the server was not given
        server.spec_plan(spec, {})


def test_the_server_imports_the_deckmaker_that_started_it(tmp_path):
    # a checkout run with PYTHONPATH, or an editable install whose path moved: the server, started
    # from the cache folder, must still import this very deckmaker, not fail or find another one
    import subprocess
    import sys

    import deckmaker

    env = server._launch_env()  # noqa: SLF001
    env.pop("PYTHONSAFEPATH", None)
    out = subprocess.run(
        [sys.executable, "-c", "import deckmaker; print(deckmaker.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    assert Path(out).resolve() == Path(deckmaker.__file__).resolve()


def test_a_build_does_not_wait_at_exit_for_a_launcher_still_starting(monkeypatch):
    import subprocess
    import sys

    slow = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3)"])
    monkeypatch.setattr(server, "_spawned", [slow])
    try:
        start = time.perf_counter()
        server._reap()  # noqa: SLF001 - what runs at the build's exit
        assert time.perf_counter() - start < 1.0
        assert slow.returncode is None  # left running (then reaped by the init process)
    finally:
        slow.kill()
        slow.wait()
