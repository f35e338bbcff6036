"""``deckmaker build`` run by the warm server (deckmaker/remote.py): the same deck bytes, the same
stdout, stderr and exit code as a build in its own process, in Vietnamese and English, for a
good outline and a broken one; options it does not handle build locally; no process left."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from deckmaker import remote
from deckmaker.charts import server
from tests.test_chart_server import _alive, _fresh, _wait

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SERVED = "deckmaker: chart server: build run by the server"


@pytest.fixture
def started(tmp_path, monkeypatch):
    """A server (charts and builds) on the cache ``tmp_path/served``; gone after the test."""
    root = tmp_path / "served"
    monkeypatch.setenv("DECKMAKER_CACHE", str(root))
    monkeypatch.setenv(server.ENV, "on")
    monkeypatch.setenv(server.IDLE_ENV, "60")
    cache = root / "charts"
    _fresh()
    assert server.start(cache)
    assert _wait(lambda: (cache / server.SOCKET).exists(), 120), "the server never listened"
    pid = int((cache / server.LOCK).read_text())
    yield root, pid
    server.forget(cache)
    client = server.connect(cache)
    if client is not None:
        server.send(client._sock, {"op": "exit"})  # noqa: SLF001
        server.forget(cache)
    helpers = _helpers(pid) if Path("/proc/self/stat").exists() else {}
    assert _wait(lambda: not _alive(pid), 30), "the server outlived its test"
    assert _wait(lambda: not any(_alive(h) for h in helpers), 30), "its helper outlived it"
    _fresh()


def _helpers(pid: int) -> dict[int, int]:
    """The server's children (its drawing helper) and the CPU ticks each has used (Linux)."""
    found = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            found[int(entry.name)] = int(fields[11]) + int(fields[12])
    return found


def _build(cwd: Path, args: list[str], cache: Path, served: bool, **env: str):
    environ = {
        k: v
        for k, v in os.environ.items()
        if not (k.startswith(("DECKMAKER_", "LC_")) or k in ("LANG", "LANGUAGE"))
    }
    environ.update(
        PYTHONPATH=str(ROOT),
        DECKMAKER_CACHE=str(cache),
        DECKMAKER_DEBUG="1",
        DECKMAKER_CHART_SERVER="on" if served else "off",
        **env,
    )
    p = subprocess.run(
        [sys.executable, "-m", "deckmaker", "build", *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        timeout=300,
    )
    return p.returncode, p.stdout, p.stderr


def _same_but_time(text: bytes) -> bytes:
    return re.sub(rb"\d+,\d (s|gi\xc3\xa2y)\n", b"T s\n", text)  # "in 1,2 s", "trong 1,2 giây"


def _project(where: Path, fixture: str, broken: bool = False) -> Path:
    shutil.copytree(FIXTURES / fixture, where / "deck")
    if broken:
        outline = where / "deck" / "outline.yaml"
        text = outline.read_text(encoding="utf-8")
        outline.write_text(text.replace("grdp_growth,", "no_such_figure,", 1), encoding="utf-8")
    return where


@pytest.mark.parametrize(
    ("fixture", "env", "broken"),
    [
        ("charts-vi", {"LANG": "vi_VN.UTF-8"}, False),
        ("charts-en", {"LANG": "C.UTF-8"}, False),
        ("charts-vi", {"LANG": "vi_VN.UTF-8"}, True),
        ("charts-vi", {"DECKMAKER_LANG": "en"}, True),
    ],
)
def test_the_server_builds_as_a_local_build(started, tmp_path, fixture, env, broken):
    root, pid = started
    here = _project(tmp_path / "a", fixture, broken)
    there = _project(tmp_path / "b", fixture, broken)
    args = ["deck", "-o", "out/deck.pptx"]
    code, out, err = _build(here, args, root, served=True, **env)
    local = _build(there, args, tmp_path / "local-cache", served=False, **env)
    assert SERVED.encode() in err, err.decode()
    err = b"".join(line for line in err.splitlines(True) if not line.startswith(SERVED.encode()))
    assert (code, _same_but_time(out), err) == (local[0], _same_but_time(local[1]), local[2])
    if broken:
        assert code == 1
        assert not (here / "out").exists()
        assert b"no_such_figure" in err
    else:
        assert code == 0
        digest = [
            hashlib.sha256((d / "out/deck.pptx").read_bytes()).digest() for d in (here, there)
        ]
        assert digest[0] == digest[1]
        # again, one figure changed: the plan memo and slide store of the server at work
        for d in (here, there):
            figures = d / "deck" / "figures.yaml"
            figures.write_text(
                figures.read_text(encoding="utf-8").replace("10.05", "10.5", 1), encoding="utf-8"
            )
        helpers = _helpers(pid) if Path("/proc/self/stat").exists() else None
        again = _build(here, args, root, served=True, **env)
        local = _build(there, args, tmp_path / "local-cache", served=False, **env)
        assert again[0] == local[0] == 0
        assert SERVED.encode() in again[2]
        a, b = ((d / "out/deck.pptx").read_bytes() for d in (here, there))
        assert a == b
        if helpers is not None and (os.cpu_count() or 1) > 1:
            # the changed chart was drawn by the server's helper process (on another core
            # than the build's planning and writing), the same one as before
            after = _helpers(pid)
            assert len(helpers) == 1 and after.keys() == helpers.keys(), (helpers, after)
            (helper,) = helpers
            assert after[helper] > helpers[helper]
    assert _alive(pid)


def test_what_the_server_does_not_run():
    assert remote.servable(["build", "deck"])
    assert remote.servable(["--lang", "vi", "build", "deck", "-o", "x.pptx", "--theme=co-do"])
    assert remote.servable(["build", "-v", "--svg", "deck", "--force", "-j", "2"])
    for argv in (
        ["build", "deck", "--pdf"],
        ["build", "deck", "--doctor"],
        ["build", "deck", "--agencies", "a.yaml"],
        ["build", "deck", "--theme", "a", "--theme", "b"],
        ["build", "--help"],
        ["build", "deck", "--debug"],
        ["--debug", "build", "deck"],
        ["check", "deck"],
        ["build"],
        ["build", "a", "b"],
        ["build", "deck", "-o"],
        ["build", "--", "deck"],
    ):
        assert not remote.servable(argv), argv


def test_off_builds_locally(started, tmp_path):
    root, _pid = started
    here = _project(tmp_path / "a", "charts-en")
    code, out, err = _build(here, ["deck"], root, served=True, DECKMAKER_BUILD_SERVER="off")
    assert code == 0
    assert SERVED.encode() not in err
    code, out, err = _build(here, ["deck", "--pdf"], root, served=True, DECKMAKER_SOFFICE="/no")
    assert SERVED.encode() not in err
