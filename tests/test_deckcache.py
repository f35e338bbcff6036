"""An unchanged rebuild copies the deck written last time; any change writes it again."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from deckmaker.pipeline import build_deck

from .conftest import FIXTURES


@pytest.fixture
def deck_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("DECKMAKER_DECK_CACHE", raising=False)
    return tmp_path / "cache" / "decks"


def test_an_unchanged_rebuild_comes_from_the_cache(tmp_path, deck_cache):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    logs: list[str] = []
    first = build_deck(work, tmp_path / "a.pptx", log=logs.append)
    assert first.charts_drawn == 2
    assert len(list(deck_cache.glob("*.pptx"))) == 1
    logs.clear()
    second = build_deck(work, tmp_path / "b.pptx", log=logs.append)
    assert any("the deck comes from the cache" in line for line in logs)
    assert second.charts_drawn == 0
    assert (tmp_path / "a.pptx").read_bytes() == (tmp_path / "b.pptx").read_bytes()


def test_any_change_writes_the_deck_again(tmp_path, deck_cache):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    build_deck(work, tmp_path / "a.pptx")
    outline = work / "outline.yaml"
    outline.write_text(
        outline.read_text("utf-8").replace("Lạm phát ở mức cao", "Lạm phát cao"), encoding="utf-8"
    )
    logs: list[str] = []
    build_deck(work, tmp_path / "b.pptx", log=logs.append)
    assert not any("from the cache" in line for line in logs)
    assert (tmp_path / "a.pptx").read_bytes() != (tmp_path / "b.pptx").read_bytes()
    # a picture edited in place (same path) changes the deck too
    from PIL import Image

    Image.new("RGB", (40, 30), "#123456").save(work / "pic.png")
    logs.clear()
    build_deck(work, tmp_path / "c.pptx", log=logs.append)
    assert not any("from the cache" in line for line in logs)
    assert len(list(deck_cache.glob("*.pptx"))) == 3


def _fsynced(monkeypatch) -> list[str]:
    """The files ``os.fsync`` is called on from now on (Linux: by their /proc/self/fd link)."""
    import os

    synced: list[str] = []
    real = os.fsync

    def fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_a_cold_build_flushes_to_disk_only_the_deck_it_writes(tmp_path, deck_cache, monkeypatch):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    synced = _fsynced(monkeypatch)
    build_deck(work, tmp_path / "a.pptx", reuse_inputs=True)
    assert len(list(deck_cache.glob("*.pptx"))) == 1
    assert len(list(deck_cache.glob("*.inputs.json"))) == 1
    # the output's temporary file, renamed over a.pptx: the cache's copy and note are not flushed
    assert len(synced) == 1 and Path(synced[0]).parent == tmp_path, synced


@pytest.mark.parametrize("damage", ["deck zeroed", "deck cut", "note zeroed", "note cut"])
def test_a_cache_entry_a_crash_left_damaged_is_built_again(tmp_path, deck_cache, damage):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    fresh = build_deck(work, tmp_path / "a.pptx", reuse_inputs=True).path.read_bytes()
    (entry,) = deck_cache.glob("*.pptx" if damage.startswith("deck") else "*.inputs.json")
    data = entry.read_bytes()
    entry.write_bytes(bytes(len(data)) if damage.endswith("zeroed") else data[: len(data) // 2])
    logs: list[str] = []
    again = build_deck(work, tmp_path / "b.pptx", reuse_inputs=True, log=logs.append)
    assert again.inputs is not None  # loaded and planned: the damaged entry was not used
    if damage.startswith("deck"):  # a damaged note: the deck (whole) comes from the cache
        assert not any("from the cache" in line for line in logs)
    assert (tmp_path / "b.pptx").read_bytes() == fresh
    third = build_deck(work, tmp_path / "c.pptx", reuse_inputs=True)  # rebuilt, it serves again
    assert third.inputs is None and (tmp_path / "c.pptx").read_bytes() == fresh


def _keys_directly(plans, meta, size, svg, figures):
    """``deck_key`` and ``slide_keys`` as they were made before they shared their parts."""
    import hashlib

    from deckmaker.charts.cache import chart_key, file_digest
    from deckmaker.deckcache import KEY_VERSION, SLIDE_KEY_VERSION, _code_digest
    from deckmaker.layout.model import ChartBox, PictureBox

    h = hashlib.sha256(KEY_VERSION)
    parts = [repr(plans), repr(meta), repr(size), repr(svg), _code_digest()]
    parts.append(repr(sorted(figures.items())))
    for p in plans:
        for e in p.elements:
            if isinstance(e, PictureBox):
                parts.append(file_digest(e.file))
            elif isinstance(e, ChartBox):
                parts.append(chart_key(e.chart))
    for part in parts:
        h.update(part.encode("utf-8") + b"\0")
    keys = []
    for p in plans:
        s = hashlib.sha256(SLIDE_KEY_VERSION)
        for part in (repr(meta), repr(svg), _code_digest(), repr(p)):
            s.update(part.encode("utf-8") + b"\0")
        for e in p.elements:
            if isinstance(e, PictureBox):
                s.update(file_digest(e.file).encode() + b"\0")
            elif isinstance(e, ChartBox):
                s.update(chart_key(e.chart).encode() + b"\0")
        keys.append(s.hexdigest())
    return h.hexdigest(), keys


def test_the_deck_and_slide_keys_share_their_parts_and_are_what_they_were(tmp_path):
    from dataclasses import replace

    from deckmaker import deckcache
    from deckmaker.layout.model import DeckMeta
    from deckmaker.pipeline import check_inputs

    inputs, plans, _warnings = check_inputs(FIXTURES / "every")
    meta = DeckMeta("t", "a", "", None, "vi-VN", "Arial", "Arial")
    size = (inputs.theme.width_emu, inputs.theme.height_emu)
    figures: dict = {}
    key = deckcache.deck_key(plans, meta, size, None, False, figures)
    keys = deckcache.slide_keys(plans, meta, False)
    assert (key, keys) == _keys_directly(plans, meta, size, False, figures)
    assert len(set(keys)) == len(keys)
    # the same list, one slide replaced in it: the parts are made again, not the last ones
    plans[1] = replace(plans[1], title=plans[1].title + " (2)")
    assert deckcache.slide_keys(plans, meta, False)[1] != keys[1]
    again = (
        deckcache.deck_key(plans, meta, size, None, False, figures),
        deckcache.slide_keys(plans, meta, False),
    )
    assert again == _keys_directly(plans, meta, size, False, figures) and again[0] != key
