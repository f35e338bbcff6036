"""A cold ``deckmaker build`` starts the chart workers' fork server before it imports the
pipeline (``cli/build.py``: ``_start_chart_workers``), so that matplotlib's import in it overlaps
the build's own imports; a build with something cached does not start it that early."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]

# Runs ``deckmaker build`` in this process and prints, as JSON, whether the fork server was
# running when ``deckmaker.pipeline`` was first imported (None: never imported).
SCRIPT = """
import importlib.abc, json, sys
from multiprocessing import forkserver

WATCHED = sys.argv.pop()
seen = []

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == WATCHED and not seen:
            seen.append(getattr(forkserver._forkserver, "_forkserver_pid", None) is not None)
        return None

if __name__ == "__main__":
    sys.meta_path.insert(0, Watch())
    from deckmaker.cli import main
    try:
        main(["build", *sys.argv[1:]], standalone_mode=False)
    finally:
        print("WATCH " + json.dumps(seen[0] if seen else None), flush=True)
"""


def _build(
    outline: Path, out: Path, cache: Path, tmp_path: Path, watched: str = "deckmaker.pipeline"
) -> bool | None:
    script = tmp_path / "watch.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "DECKMAKER_CACHE": str(cache),
        "DECKMAKER_CHART_SERVER": "off",
    }
    proc = subprocess.run(
        [sys.executable, str(script), str(outline), "-o", str(out), watched],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("WATCH "))
    return json.loads(line.removeprefix("WATCH "))


def test_cold_build_starts_chart_workers_before_importing_the_pipeline(tmp_path):
    outline, cache = FIXTURES / "charts-en", tmp_path / "cache"
    assert _build(outline, tmp_path / "cold.pptx", cache, tmp_path) is True
    assert any((cache / "charts").iterdir())  # the charts were drawn and cached
    # the caches filled: the build decides in build_deck, after the pipeline is imported
    (outline_copy := tmp_path / "changed").mkdir()
    for f in outline.iterdir():
        (outline_copy / f.name).write_bytes(f.read_bytes())
    assert _build(outline_copy, tmp_path / "warm.pptx", cache, tmp_path) is False
    # the same deck either way (the early start changes when charts are drawn, not what)
    cold, warm = (
        hashlib.sha256((tmp_path / n).read_bytes()).digest() for n in ("cold.pptx", "warm.pptx")
    )
    assert cold == warm


def test_cold_build_starts_the_fork_server_before_importing_the_charts(tmp_path):
    """``chartfork.start``: the fork server's matplotlib import begins before the build imports
    the charts package (and, with it, the chart model and the pool's modules)."""
    outline, cache = FIXTURES / "charts-en", tmp_path / "cache"
    assert _build(outline, tmp_path / "cold.pptx", cache, tmp_path, "deckmaker.charts") is True
    assert any((cache / "charts").iterdir())  # the workers drew from that fork server


def test_outline_without_charts_starts_no_fork_server(tmp_path):
    outline = FIXTURES / "stress" / "words"
    assert b"chart:" not in (outline / "outline.yaml").read_bytes()
    assert _build(outline, tmp_path / "words.pptx", tmp_path / "cache", tmp_path) is False


# A cold build whose fork server imports for 60 s (a stand-in preload module): the build fails on
# its outline before any chart, and must not wait for that import to end.
SLOW_SCRIPT = """
import sys, time
import deckmaker.chartfork as chartfork

chartfork.PRELOAD = ["slow_preload"]  # the charts package not imported: the early start's path
if __name__ == "__main__":
    from deckmaker.cli import main
    try:
        main(["build", *sys.argv[1:]], standalone_mode=False)
    except SystemExit as exc:
        print("EXIT", exc.code, flush=True)
"""


def test_failed_cold_build_does_not_wait_for_the_fork_server(tmp_path):
    outline = tmp_path / "broken"
    outline.mkdir()
    for f in (FIXTURES / "charts-en").iterdir():
        (outline / f.name).write_bytes(f.read_bytes())
    text = (outline / "outline.yaml").read_text(encoding="utf-8")
    (outline / "outline.yaml").write_text(text.replace("title:", "titel:", 1), encoding="utf-8")
    (tmp_path / "slow_preload.py").write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    script = tmp_path / "slow.py"
    script.write_text(SLOW_SCRIPT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path), os.environ.get("PYTHONPATH", "")]),
        "DECKMAKER_CACHE": str(tmp_path / "cache"),
        "DECKMAKER_CHART_SERVER": "off",
    }
    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(script), str(outline), "-o", str(tmp_path / "x.pptx")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    took = time.monotonic() - t0
    assert "EXIT 1" in proc.stdout, proc.stdout + proc.stderr
    assert "unknown key 'titel'" in proc.stderr
    assert took < 40, f"the build waited {took:.0f} s for its fork server's import"
