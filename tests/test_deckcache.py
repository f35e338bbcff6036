"""An unchanged rebuild copies the deck written last time; any change writes it again."""

from __future__ import annotations

import shutil

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
