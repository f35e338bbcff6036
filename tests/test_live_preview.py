"""``deckmaker preview`` in a real headless Chromium: the page shows every slide as a picture,
a figure changed on disk redraws the slides that show it, and Ctrl-C leaves no process behind.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON
messages ending in NUL on file descriptors 3 and 4), so no browser-automation package is needed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

SAMPLE = ROOT / "deckmaker" / "preview_sample"
pytestmark = pytest.mark.render


def need_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is not installed; .ci/system-packages must install it")
    pytest.skip("Chromium is not installed")


class Browser:
    """Headless Chromium and one page of it, spoken to over the DevTools pipe."""

    def __init__(self, chromium: str, profile: Path) -> None:
        self._to_r, self._to_w = os.pipe()
        self._from_r, self._from_w = os.pipe()
        self.proc = subprocess.Popen(
            [
                chromium,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            close_fds=False,  # fds 3 and 4 are made in the child (_fds), after which the
            # standard library would close them
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # the child reads fd 3 and writes fd 4: move the ends there
            preexec_fn=self._fds,
        )
        os.close(self._to_r)
        os.close(self._from_w)
        self._buffer = b""
        self._id = 0
        self.session = ""

    def _fds(self) -> None:
        read, write = os.dup(self._to_r), os.dup(self._from_w)  # above 4: no clash
        os.dup2(read, 3)
        os.dup2(write, 4)

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            msg["sessionId"] = self.session
        os.write(self._to_w, json.dumps(msg).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._from_r, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk
            raw, _, self._buffer = self._buffer.partition(b"\0")
            answer = json.loads(raw)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]

    def js(self, expression: str) -> Any:
        r = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return r["result"].get("value")

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_w)
        os.close(self._from_r)


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(check: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"{what}: not within {timeout:g} s")


PICTURES = """[...document.querySelectorAll('#slides figure')].map(f => {
  const img = f.querySelector('img');
  return [f.dataset.slide, img.getAttribute('src'), img.complete && img.naturalWidth > 0];
})"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_preview_in_headless_chromium(tmp_path: Path, soffice: str) -> None:
    chromium = need_chromium()
    deck = tmp_path / "deck"
    shutil.copytree(SAMPLE, deck)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DECKMAKER_CACHE": str(tmp_path / "cache")}
    preview = subprocess.Popen(
        [sys.executable, "-m", "deckmaker", "preview", "deck", "--no-open"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    browser = None
    try:
        assert preview.stderr is not None
        first = preview.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:\d+/", first)
        assert m, first
        url = m.group(0)
        browser = Browser(chromium, tmp_path / "chromium")
        browser.open(url)

        # the page shows every slide of the deck as a loaded picture, numbered
        from deckmaker.record import read_record

        built = tmp_path / "build" / "deck.pptx"
        wait_for(built.is_file, 120, "the deck written next to the outline as build does")
        record = read_record(built.read_bytes())
        assert record is not None
        n = len(record.slides)
        assert n >= 8

        def all_drawn() -> list | None:
            shown = browser.js(PICTURES)
            return shown if len(shown) == n and all(ok for _, _, ok in shown) else None

        shown = wait_for(all_drawn, 120, f"{n} slide pictures on the page")
        assert [int(s) for s, _, _ in shown] == list(range(1, n + 1))
        assert browser.js("document.querySelector('#figures').rows.length") >= 3
        uses = browser.js(
            "[...document.querySelectorAll('#figures tr')].map(r => r.cells[0].textContent"
            " + '=' + r.cells[3].textContent)"
        )
        chart_slides = dict(u.split("=", 1) for u in uses)
        assert chart_slides["grdp_growth"] != "not used"

        # a figure changed on disk redraws the slides that show it, and only those
        before = {s: src for s, src, _ in shown}
        using = {int(x) for x in chart_slides["grdp_growth"].split(", ")}
        figures = deck / "figures.yaml"
        text = figures.read_text("utf-8")
        new = re.sub(r"(?m)^(grdp_growth: \{.*?value: )([\d.]+)", r"\g<1>11.93", text, count=1)
        assert new != text
        t0 = time.monotonic()
        figures.write_text(new, "utf-8")

        def redrawn() -> list | None:
            now = browser.js(PICTURES)
            changed = {int(s) for s, src, ok in now if src != before[s] and ok}
            return sorted(changed) if changed >= using else None

        changed = wait_for(redrawn, 60, "the slides using the changed figure drawn again")
        seconds = time.monotonic() - t0
        assert set(changed) == using, (changed, using)
        print(f"figure saved -> picture on the page: {seconds:.2f} s")
        # the target is 3 s; a machine busier than its cores (other test workers, CI
        # neighbours) stretches every wall time, so there the bound is looser
        busy = os.getloadavg()[0] > (os.cpu_count() or 1)
        limit = float(os.environ.get("DECKMAKER_PREVIEW_SECONDS", "15" if busy else "3"))
        assert seconds <= limit, (seconds, os.getloadavg())

        # a broken outline: its problems are listed with their location, slides stay
        outline = deck / "outline.yaml"
        outline.write_text(outline.read_text("utf-8").replace("{budget}", "{budgte}"), "utf-8")
        where = wait_for(
            lambda: browser.js(
                "[...document.querySelectorAll('#problems .where')].map(e => e.textContent)"
            ),
            60,
            "the outline's problem on the page",
        )
        assert any(re.fullmatch(r"deck/outline\.yaml:\d+:\d+", w) for w in where), where
        assert len(browser.js(PICTURES)) == n
    finally:
        if browser is not None:
            browser.close()
        below = descendants(preview.pid)
        preview.send_signal(signal.SIGINT)  # Ctrl-C
        try:
            _, log = preview.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            preview.kill()
            preview.communicate()
            raise
        print(log)
    assert preview.returncode == 0 or preview.returncode == 130, preview.returncode
    assert below, "the preview started no LibreOffice or chart worker"
    time.sleep(0.5)
    left = [p for p in below if alive(p)]
    assert not left, f"processes left after Ctrl-C: {left}"
