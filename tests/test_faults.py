"""Faults while writing, and broken inputs together: a one-line located error, exit 1, no
traceback, the old deck untouched, nothing left lying around (issue 11, "Faults")."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import deckmaker
from deckmaker.atomic import STALE_AFTER
from deckmaker.cli import main

from .conftest import FIXTURES, ROOT

EVERY = FIXTURES / "every"

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mount needs root (CI runs as root)"
)


def build(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def one_line_error(stderr: str, path: Path, reason: str) -> None:
    (line,) = stderr.splitlines()
    assert line.startswith(f"{path}: error: cannot write the deck: "), line
    assert reason in line
    assert "Traceback" not in stderr


@pytest.fixture(scope="module")
def last_week(tmp_path_factory) -> bytes:
    """Last week's deck, as deckmaker built it (build replaces only its own, unedited decks)."""
    out = tmp_path_factory.mktemp("last-week") / "deck.pptx"
    assert build(str(EVERY), "-o", str(out))[0] == 0
    return out.read_bytes()


@pytest.fixture
def tmpfs(tmp_path: Path, last_week: bytes) -> Iterator[Path]:
    """An in-memory disk holding last week's deck, with no room for a second one."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    size = f"size={len(last_week) // 1024 + 64}k"
    subprocess.run(["mount", "-t", "tmpfs", "-o", size, "tmpfs", str(mnt)], check=True)
    try:
        (mnt / "deck.pptx").write_bytes(last_week)
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


@needs_root
def test_a_full_disk_is_one_line_and_the_old_deck_stays(tmpfs: Path, last_week: bytes):
    out = tmpfs / "deck.pptx"
    code, stderr = build(str(EVERY), "-o", str(out))
    assert code == 1
    one_line_error(stderr, out, "there is no space left on the disk")
    assert out.read_bytes() == last_week
    assert sorted(p.name for p in tmpfs.iterdir()) == ["deck.pptx"]  # no temporary file left


@needs_root
def test_a_read_only_folder_is_one_line_and_the_old_deck_stays(tmpfs: Path, last_week: bytes):
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    out = tmpfs / "deck.pptx"
    code, stderr = build(str(EVERY), "-o", str(out))
    assert code == 1
    one_line_error(stderr, out, "the folder is on a read-only disk")
    assert out.read_bytes() == last_week


def test_an_output_that_is_a_folder_is_refused_before_any_work(tmp_path: Path):
    out = tmp_path / "deck.pptx"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    code, stderr = build(str(EVERY), "-o", str(out))
    assert code == 1
    one_line_error(stderr, out, "it is a folder")
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_an_output_whose_parent_is_a_file_names_that_file(tmp_path: Path):
    (tmp_path / "build").write_text("a file, not a folder")
    out = tmp_path / "build" / "deck.pptx"
    code, stderr = build(str(EVERY), "-o", str(out))
    assert code == 1
    one_line_error(stderr, out, f"{tmp_path / 'build'} is a file, not a folder")
    assert (tmp_path / "build").read_text() == "a file, not a folder"


def test_a_full_disk_through_the_library_is_an_output_error(tmp_path: Path):
    (tmp_path / "build").write_text("x")
    with pytest.raises(deckmaker.OutputError) as exc:
        deckmaker.build(EVERY, tmp_path / "build" / "deck.pptx")
    assert isinstance(exc.value, deckmaker.DeckmakerError)


WRITER = """
import sys
from pathlib import Path
from deckmaker.atomic import open_temp
import os
fd, tmp = open_temp(Path(sys.argv[1]))
os.write(fd, b"half a deck")
print(tmp, flush=True)
import time
time.sleep(600)
"""


def start_writer(out: Path) -> tuple[subprocess.Popen[str], Path]:
    """A process in the middle of writing ``out`` (deckmaker's own temporary file, locked)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(out)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_the_temporary_file_of_a_killed_build_is_removed_by_the_next_build(tmp_path: Path):
    out = tmp_path / "deck.pptx"
    proc, tmp = start_writer(out)
    assert tmp.name.startswith(".deck.pptx.") and tmp.name.endswith(".tmp")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()  # type: ignore[union-attr]
    assert tmp.exists()  # kill -9 leaves it behind
    age(tmp, STALE_AFTER + 60)  # the crash was a while ago
    other = tmp_path / ".notes.txt.abcdefgh.tmp"  # another program's: not ours to remove
    other.write_text("x")
    age(other, 7200)
    code, stderr = build(str(EVERY), "-o", str(out))
    assert code == 0, stderr
    assert not tmp.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".notes.txt.abcdefgh.tmp", "deck.pptx"]


def test_the_temporary_file_of_a_build_still_running_is_left_alone(tmp_path: Path):
    out = tmp_path / "deck.pptx"
    proc, tmp = start_writer(out)
    try:
        age(tmp, STALE_AFTER + 60)  # old, but its process holds it
        code, stderr = build(str(EVERY), "-o", str(out))
        assert code == 0, stderr
        assert tmp.read_bytes() == b"half a deck"
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]


def test_every_problem_of_every_input_is_reported_at_once(tmp_path: Path):
    deck = tmp_path / "deck"
    shutil.copytree(EVERY, deck)
    outline = deck / "outline.yaml"
    text = outline.read_text("utf-8")
    assert "deck:\n" in text
    text = text.replace("deck:\n", "deck:\n  theme: khong-co\n  tilte: x\n", 1)
    outline.write_text(text, "utf-8")
    (deck / "figures.yaml").write_text("grdp_growth: {value: [1, 2]}\n", "utf-8")
    result = CliRunner().invoke(main, ["check", str(deck)])
    assert result.exit_code == 1
    err = result.stderr
    assert "Traceback" not in err
    assert f"{outline}:" in err and "unknown key 'tilte'" in err
    assert f"{deck / 'figures.yaml'}:1:" in err
    assert "unknown theme 'khong-co'" in err
    with pytest.raises(deckmaker.InputsError) as exc:
        deckmaker.check(deck)
    kinds = {type(e) for e in exc.value.errors}
    assert kinds == {deckmaker.OutlineError, deckmaker.DataError, deckmaker.ThemeError}
    assert len(exc.value.problems) >= 3


def test_one_bad_input_keeps_its_own_error_class(tmp_path: Path):
    deck = tmp_path / "deck"
    shutil.copytree(EVERY, deck)
    (deck / "figures.yaml").write_text("grdp_growth: {value: [1, 2]}\n", "utf-8")
    with pytest.raises(deckmaker.DataError) as exc:
        deckmaker.check(deck)
    assert not isinstance(exc.value, deckmaker.InputsError)
