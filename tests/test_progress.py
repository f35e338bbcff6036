"""What ``build`` shows while it works (issue 16, point 4) and the shortcuts of a rebuild:
progress redrawn in place on a terminal only, plain lines when piped, notes only with -v, an
unchanged rebuild that reads no input twice, and ``init``'s schema line for editors."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

SAMPLE = ROOT / "deckmaker" / "preview_sample"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DECKMAKER_CACHE": str(tmp_path / "cache")}
    env.pop("DECKMAKER_DECK_CACHE", None)  # the test session turns the deck cache off
    return env


def _build(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deckmaker", "build", *args],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        check=True,
    )


def test_piped_build_prints_plain_lines_after_the_work(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "deck")
    out = _build(tmp_path, "deck")
    assert "\r" not in out.stdout + out.stderr
    lines = out.stdout.splitlines()
    stages = [line.split()[0] for line in lines]
    assert stages[:4] == ["loaded", "planned", "charts", "wrote"], lines
    assert re.fullmatch(r"charts +(\d+) drawn, 0 from cache", lines[2])
    quiet = out.stderr

    # notes (a theme font drawn with a stand-in) only with -v, each once
    verbose = _build(tmp_path, "deck", "-v", "--force")
    notes = [line for line in verbose.stderr.splitlines() if ": note: " in line]
    assert not [line for line in quiet.splitlines() if ": note: " in line]
    assert len(notes) == len(set(notes))
    fonts = yaml.safe_load((ROOT / "deckmaker/themes/default/theme.yaml").read_text("utf-8"))
    if shutil.which("fc-match") and "Liberation" not in str(fonts.get("fonts")):
        assert any("font " in n for n in notes), verbose.stderr


def test_terminal_build_shows_each_chart_as_it_is_drawn(tmp_path: Path) -> None:
    outline = tmp_path / "deck"
    shutil.copytree(SAMPLE, outline)
    text = (outline / "outline.yaml").read_text("utf-8")
    # three more charts, so that several are drawn at once
    extra = "".join(
        f"      - title: Biểu đồ {i}\n        chart:\n          type: bar\n"
        f"          figures: [{pair}]\n"
        for i, pair in enumerate(
            ["grdp_growth, iip_growth", "iip_growth, trade_growth", "grdp_growth, trade_growth"]
        )
    )
    text = text.replace(
        "      - title: Những con số nổi bật\n", extra + "      - title: Những con số nổi bật\n", 1
    )
    (outline / "outline.yaml").write_text(text, "utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "deckmaker", "build", "deck"],
        cwd=tmp_path,
        env=_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the build ends
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.wait(timeout=120) == 0, shown
    text = shown.decode("utf-8")
    counts = [(int(a), int(b)) for a, b in re.findall(r"charts +(\d+)/(\d+) drawn", text)]
    total = counts[-1][1]
    assert total >= 4  # the sample's chart and the three added
    done = [a for a, _ in counts]
    assert done == sorted(done) and done[0] == 0 and done[-1] == total, counts
    # the finished line comes after every chart is drawn, on a line of its own
    assert text.index(f"{total}/{total} drawn") < text.index(f"charts   {total} drawn, 0 from")


def test_unchanged_rebuild_reuses_the_deck_and_a_change_is_seen(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "deck")
    first = _build(tmp_path, "deck")
    deck = tmp_path / "build" / "deck.pptx"
    before = deck.read_bytes()
    again = _build(tmp_path, "deck")
    assert "loaded" not in again.stdout and "nothing changed" in again.stdout, again.stdout
    assert deck.read_bytes() == before
    assert again.stderr == first.stderr  # the same warnings, though nothing was loaded
    figures = tmp_path / "deck" / "figures.yaml"
    figures.write_text(figures.read_text("utf-8").replace("value: 10.05", "value: 10.06"), "utf-8")
    changed = _build(tmp_path, "deck")
    assert changed.stdout.startswith("loaded"), changed.stdout
    assert deck.read_bytes() != before


def test_init_names_the_schema_for_editors(tmp_path: Path) -> None:
    import jsonschema

    from deckmaker.project import init_project

    init_project(tmp_path / "d")
    outline = (tmp_path / "d" / "outline.yaml").read_text("utf-8")
    first = outline.splitlines()[0]
    m = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert m, first
    schema = json.loads((tmp_path / "d" / m.group(1)).read_text("utf-8"))
    data = yaml.safe_load(outline)
    data["deck"]["date"] = str(data["deck"]["date"])  # as the editor extension reads it: text
    jsonschema.validate(data, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"deck": {"title": 3}}, schema)
