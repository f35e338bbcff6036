"""A build's store of written slides on disk is written in a thread (``SlideStore.put_soon``),
while the build zips and writes its deck: the same entries as written in turn, all of them on
disk when the build returns, pruned after them, and a failure raised in the build's thread."""

from __future__ import annotations

import threading
import time
import zipfile

import pytest

from deckmaker import deckcache
from deckmaker.deckcache import SlideStore
from deckmaker.pipeline import build_deck

from .conftest import SAMPLE


def _in_turn(self: SlideStore, items) -> None:
    for key, make in items:
        self.put(key, make())


def _stored(folder) -> dict[str, dict[str, bytes]]:
    """Each entry's members (an entry's zip dates its members when it is made)."""
    out = {}
    for p in sorted(folder.glob("*.slide")):
        with zipfile.ZipFile(p) as z:
            out[p.name] = {n: z.read(n) for n in z.namelist()}
    return out


def test_a_cold_build_stores_in_a_thread_the_entries_it_stored_in_turn(tmp_path, monkeypatch):
    names: set[str] = set()
    put = SlideStore._put

    def seen(self, key, data):
        names.add(threading.current_thread().name)
        put(self, key, data)

    monkeypatch.delenv("DECKMAKER_DECK_CACHE", raising=False)
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "soon"))
    with monkeypatch.context() as m:
        m.setattr(SlideStore, "_put", seen)
        soon = build_deck(SAMPLE, tmp_path / "soon.pptx")
    # every slide on disk as build_deck returns (it waits for the thread)
    stored = _stored(tmp_path / "soon" / "decks" / "slides")
    assert names == {"deckmaker-slide-store"}
    assert len(stored) == soon.slides == 62
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "turn"))
    with monkeypatch.context() as m:
        m.setattr(SlideStore, "put_soon", _in_turn)
        build_deck(SAMPLE, tmp_path / "turn.pptx")
    assert stored == _stored(tmp_path / "turn" / "decks" / "slides")
    assert (tmp_path / "soon.pptx").read_bytes() == (tmp_path / "turn.pptx").read_bytes()


def test_a_store_in_memory_is_written_at_once(tmp_path):
    store = SlideStore(tmp_path, memory=10)
    store.put_soon([("a", lambda: b"A"), ("b", lambda: b"B")])
    assert store._writing is None
    assert store.memory == {"a": b"A", "b": b"B"}
    assert (tmp_path / "a.slide").read_bytes() == b"A"


def test_prune_asked_while_the_thread_writes_runs_after_its_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(deckcache, "SLIDES_KEPT", 4)
    gate = threading.Event()

    def slow(i: int):
        def make() -> bytes:
            gate.wait(5)
            time.sleep(0.002)  # distinct mtimes
            return b"%d" % i

        return make

    store = SlideStore(tmp_path)
    store.put_soon([(f"k{i}", slow(i)) for i in range(10)])
    store.prune()  # the thread has written nothing yet: pruned after its writes, there
    assert len(list(tmp_path.glob("*.slide"))) == 0
    gate.set()
    store.wait()
    left = sorted(p.name for p in tmp_path.glob("*.slide"))
    assert len(left) == 3, left  # SLIDES_KEPT * 3 // 4, the newest
    assert left == ["k7.slide", "k8.slide", "k9.slide"]


def test_a_failure_in_the_thread_is_raised_by_wait_and_get(tmp_path):
    def broken() -> bytes:
        raise ValueError("no entry")

    store = SlideStore(tmp_path)
    store.put_soon([("a", lambda: b"A"), ("b", broken)])
    with pytest.raises(ValueError, match="no entry"):
        store.get("a")
    assert store.get("a") == b"A"  # raised once; what was written is there
    store.wait()


def test_after_a_failure_in_the_thread_a_prune_runs_at_once(tmp_path, monkeypatch):
    """A prune asked while the thread writes waits for it; once the thread has failed (its
    slides not all written), a prune asked runs at once, in the caller's thread."""
    monkeypatch.setattr(deckcache, "SLIDES_KEPT", 4)

    def broken() -> bytes:
        raise ValueError("no entry")

    store = SlideStore(tmp_path)
    for i in range(10):
        store.put(f"old{i}", b"%d" % i)
    store.put_soon([("a", lambda: b"A"), ("b", broken)])
    with pytest.raises(ValueError, match="no entry"):
        store.wait()
    store.prune()
    assert len(list(tmp_path.glob("*.slide"))) == 3  # SLIDES_KEPT * 3 // 4
