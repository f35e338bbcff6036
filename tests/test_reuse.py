"""A rebuild copies each unchanged slide as written before (writer/reuse.py): the deck it writes
is byte for byte the deck a full write makes, whatever changed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from deckmaker.deckcache import SlideStore
from deckmaker.pipeline import build_deck

from .conftest import FIXTURES, ROOT, SAMPLE, planned_state


@pytest.fixture
def caches(tmp_path, monkeypatch):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("DECKMAKER_DECK_CACHE", raising=False)
    return tmp_path / "cache"


def _bump(figures: Path, key: str, by: str) -> None:
    """Add ``by`` to the first ``value:`` of figure ``key`` (block or flow style)."""
    text = figures.read_text("utf-8")
    m = re.search(rf"(?m)^{key}:(?:\n(?:[ \t]+.*\n)*?[ \t]+| .*?)value: ([0-9.]+)", text)
    assert m is not None, key
    new = f"{float(m.group(1)) + float(by):.2f}"
    figures.write_text(text[: m.start(1)] + new + text[m.end(1) :], "utf-8")


def _full(work: Path, out: Path, monkeypatch, **kw) -> bytes:
    """The deck written in full: no deck cache, so no slide is reused."""
    with monkeypatch.context() as m:
        m.setenv("DECKMAKER_DECK_CACHE", "off")
        result = build_deck(work, out, **kw)
    assert result.slides_reused == 0
    return out.read_bytes()


CASES = [
    pytest.param(SAMPLE, {}, "grdp_growth", id="sample"),
    pytest.param(FIXTURES / "every", {}, "grdp_growth", id="every"),
    pytest.param(FIXTURES / "every", {"svg": True}, "grdp_growth", id="every-svg"),
    pytest.param(FIXTURES / "every", {"theme": "co-do"}, "budget", id="every-co-do"),
    pytest.param(
        FIXTURES / "every",
        {"theme": str(ROOT / "themes" / "mau-co-quan")},
        "grdp_growth",
        id="every-template",
    ),
    pytest.param(FIXTURES / "every", {"native": True}, "grdp_growth", id="every-native"),
]


@pytest.mark.parametrize(("source", "options", "key"), CASES)
def test_a_changed_figure_rebuilds_to_the_bytes_of_a_full_write(
    tmp_path, caches, monkeypatch, source, options, key
):
    work = tmp_path / "deck"
    shutil.copytree(source, work)
    kw = dict(options)
    if kw.pop("native", False):
        outline = work / "outline.yaml"
        outline.write_text(
            re.sub(r"(?m)^(\s*)chart:$", r"\1chart:\n\1  engine: native", outline.read_text()),
            "utf-8",
        )
    first = build_deck(work, tmp_path / "first.pptx", **kw)
    assert first.slides_reused == 0
    assert list((caches / "decks" / "slides").glob("*.slide"))
    _bump(work / "figures.yaml", key, "0.7")
    again = build_deck(work, tmp_path / "again.pptx", **kw)
    assert 0 < again.slides_reused < again.slides, "one figure changes some slides, not all"
    full = _full(work, tmp_path / "full.pptx", monkeypatch, **kw)
    assert (tmp_path / "again.pptx").read_bytes() == full
    assert full != (tmp_path / "first.pptx").read_bytes()


def test_a_store_in_memory_serves_every_unchanged_slide(tmp_path, caches, monkeypatch):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    store = SlideStore(None, memory=1000)
    build_deck(work, tmp_path / "a.pptx", slide_store=store)
    outline = work / "outline.yaml"
    outline.write_text(outline.read_text("utf-8").replace("Lạm phát ở mức cao", "Lạm phát cao"))
    b = build_deck(work, tmp_path / "b.pptx", slide_store=store)
    assert b.slides - b.slides_reused == 1  # the slide whose text changed
    assert (tmp_path / "b.pptx").read_bytes() == _full(work, tmp_path / "c.pptx", monkeypatch)
    assert not (caches / "decks" / "slides").exists()


def test_a_stored_slide_is_decoded_once_for_its_bytes(tmp_path, caches, monkeypatch):
    """A store in memory hands out the same bytes for a slide each time: the entry decoded by
    the last write is taken again (a replay only reads it), and the deck is a full write's."""
    from deckmaker.writer import reuse

    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    store = SlideStore(None, memory=1000)
    decoded: list[bytes] = []
    decode = reuse._Entry.decode
    monkeypatch.setattr(reuse._Entry, "decode", lambda data: decoded.append(data) or decode(data))
    build_deck(work, tmp_path / "a.pptx", slide_store=store)
    outline = work / "outline.yaml"
    outline.write_text(outline.read_text("utf-8").replace("Lạm phát ở mức cao", "Lạm phát cao"))
    b = build_deck(work, tmp_path / "b.pptx", slide_store=store)
    assert len(decoded) == b.slides_reused > 1
    decoded.clear()
    outline.write_text(outline.read_text("utf-8").replace("title: Phố Hiến", "title: Phố Hiến xưa"))
    c = build_deck(work, tmp_path / "c.pptx", slide_store=store)
    # the slide b wrote in full is decoded (new in the store), those b replayed are kept
    assert 1 <= len(decoded) < c.slides_reused
    monkeypatch.setattr(reuse._Entry, "decode", decode)
    assert (tmp_path / "c.pptx").read_bytes() == _full(work, tmp_path / "d.pptx", monkeypatch)
    data = next(iter(store.memory.values()))
    assert reuse._decoded(bytes(bytearray(data))) is not reuse._decoded(data)  # another object


def test_a_damaged_stored_slide_is_written_again(tmp_path, caches, monkeypatch):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    build_deck(work, tmp_path / "a.pptx")
    for f in (caches / "decks" / "slides").glob("*.slide"):
        f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2])
    _bump(work / "figures.yaml", "grdp_growth", "0.3")
    b = build_deck(work, tmp_path / "b.pptx")
    assert b.slides_reused == 0
    assert (tmp_path / "b.pptx").read_bytes() == _full(work, tmp_path / "c.pptx", monkeypatch)


@pytest.mark.parametrize("source", [SAMPLE, FIXTURES / "every"], ids=["sample", "every"])
def test_memoised_planning_plans_what_planning_afresh_plans(tmp_path, source):
    from deckmaker.layout.memo import PlanMemo

    work = tmp_path / "deck"
    shutil.copytree(source, work)
    memo = PlanMemo()

    def planned(m: PlanMemo | None) -> str:
        return planned_state(work, m)

    assert planned(memo) == planned(None)
    assert memo.misses and not memo.hits
    _bump(work / "figures.yaml", "grdp_growth", "0.4")
    misses = memo.misses
    assert planned(memo) == planned(None)
    assert memo.hits and memo.misses > misses  # the slides that show it, and only they
    outline = work / "outline.yaml"  # a text edit: that slide (and the word pairs) change
    text = outline.read_text("utf-8")
    outline.write_text(text.replace("tăng", "tăng lên", 1), "utf-8")
    assert planned(memo) == planned(None)


def test_a_picture_changed_in_place_is_planned_again(tmp_path):
    from PIL import Image

    from deckmaker.layout.memo import PlanMemo
    from deckmaker.pipeline import load_inputs, plan

    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    memo = PlanMemo()
    plan(load_inputs(work), memo=memo)
    Image.new("RGB", (40, 90), "#123456").save(work / "pic.png")  # another aspect ratio
    assert repr(plan(load_inputs(work), memo=memo)) == repr(plan(load_inputs(work)))


def test_a_preview_rebuild_draws_new_charts_early_and_writes_a_full_writes_bytes(
    tmp_path, caches, monkeypatch
):
    from deckmaker.layout.memo import PlanMemo

    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    memo, store = PlanMemo(), SlideStore(None, memory=1000)
    build_deck(work, tmp_path / "a.pptx", slide_store=store, plan_memo=memo)
    for step in ("0.2", "0.5"):
        _bump(work / "figures.yaml", "grdp_growth", step)
        b = build_deck(work, tmp_path / "b.pptx", slide_store=store, plan_memo=memo)
        assert b.charts_drawn == 1 and 0 < b.slides_reused < b.slides
        assert (tmp_path / "b.pptx").read_bytes() == _full(work, tmp_path / "c.pptx", monkeypatch)
    assert memo.on_new is None
