"""``deck_share`` and ``deck_title_size`` read a section slide's title alone
(``section.title_box``), not the whole slide at each share and size they try: on the sample deck
in two themes, the long-titled stress outline and the sample with a plain label, a long label
and a long title, every title they asked for is the title of the whole slide planned afresh
with the same frame and context, and each pass answers what it answered reading whole slides."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import deckmaker.layout.plan as deck_plan
from deckmaker.layout.kinds import section
from deckmaker.layout.model import TextBox
from deckmaker.pipeline import load_inputs, plan

ROOT = Path(__file__).resolve().parents[1]
WORDS = ROOT / "tests/fixtures/stress/words"
SAMPLE = ROOT / "outlines/hung-yen-2024"


def _whole_title(spec: Any, frame: Any, ctx: Any) -> TextBox:
    """The title of ``spec``'s whole section slide, planned afresh (nothing kept)."""
    planned = section.plan(spec, frame, ctx)
    boxes = [
        e
        for s in planned.slides
        for e in s.elements
        if isinstance(e, TextBox) and e.role == "title" and e.paras
    ]
    assert boxes, "a section slide without a title"
    return boxes[0]


def _lines(box: TextBox) -> int:
    text = box.paras[0].text
    return text.count("\n") + text.count("\v") + 1


def _share_by_slides(sections: Any, frame: Any, ctx: Any) -> float | None:
    """``deck_share`` as it was: every section slide planned whole at each share."""
    if not sections or frame.slot("section", "title") is not None:
        return None
    best: tuple[int, float] | None = None
    for share in section.SHARES:
        trial = replace(ctx, section_share=share, section_title_pt=None)
        over = sum(_lines(_whole_title(s, frame, trial)) > section.TITLE_LINES for s in sections)
        if best is None or over < best[0]:
            best = over, share
        if over == 0:
            break
    return None if best is None or best[1] == section.ANCHOR_SHARE else best[1]


def _size_by_slides(sections: Any, frame: Any, ctx: Any) -> float | None:
    """``deck_title_size`` as it was: every section slide planned whole."""
    if len(sections) < 2 or frame.slot("section", "title") is not None:
        return None
    sizes = [_whole_title(s, frame, ctx).paras[0].size_pt for s in sections]
    if len(set(sizes)) < 2:
        return None
    size = min(sizes)
    shared = replace(ctx, section_title_pt=size)
    if any(_whole_title(s, frame, shared).paras[0].size_pt != size for s in sections):
        return None
    return size


def _labelled(tmp_path: Path) -> Path:
    """The sample with a label that numbers nothing on its first section (the plain layout,
    ``_plain``), a long word before the number of its second's and its last section's title
    the stress outline's, in three lines or more at any share."""
    out = tmp_path / "labelled"
    shutil.copytree(SAMPLE, out)
    text = (out / "outline.yaml").read_text(encoding="utf-8")
    long = (WORDS / "outline.yaml").read_text(encoding="utf-8").split("  - title: ")[1]
    for old, new in (
        ('label: "Phần I"\n', 'label: "Chuyên đề"\n'),
        ('label: "Phần II.1"', 'label: "Chuyên đề chuyên sâu II.1"'),
        ("- title: Tổ chức thực hiện\n", f"- title: {long.splitlines()[0]}\n"),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (out / "outline.yaml").write_text(text, encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("outline", "theme"),
    [
        ("outlines/hung-yen-2024", "default"),
        ("outlines/hung-yen-2024", "tuong-phan"),
        ("tests/fixtures/stress/words", "co-do"),
        ("labelled", "default"),
    ],
)
def test_the_passes_read_the_titles_of_whole_slides(
    outline: str, theme: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Any, Any, Any, TextBox]] = []
    passes: dict[str, tuple[Any, Any, Any, float | None]] = {}
    real_box = section.title_box

    def title_box(spec: Any, frame: Any, ctx: Any) -> TextBox:
        got = real_box(spec, frame, ctx)
        asked.append((spec, frame, ctx, got))
        return got

    def watched(name: str) -> Any:
        real = getattr(deck_plan, name)

        def run(sections: Any, frame: Any, ctx: Any) -> Any:
            got = real(sections, frame, ctx)
            passes[name] = (sections, frame, ctx, got)
            return got

        return run

    monkeypatch.setattr(section, "title_box", title_box)
    for name in ("deck_share", "deck_title_size"):
        monkeypatch.setattr(deck_plan, name, watched(name))
    path = _labelled(tmp_path) if outline == "labelled" else ROOT / outline
    inputs = load_inputs(path, theme)
    plan(inputs)
    monkeypatch.setattr(section, "title_box", real_box)

    assert len(asked) > len(inputs.deck.sections), "several shares or sizes asked"
    monkeypatch.setattr(section, "ANCHORED_KEPT", 0)  # each slide planned afresh
    section._ANCHORED.clear()
    for spec, frame, ctx, got in asked:
        whole = _whole_title(spec, frame, ctx)
        assert got.paras == whole.paras, (spec.section.title.value, ctx.section_share)
    share_args = passes["deck_share"]
    assert share_args[3] == _share_by_slides(*share_args[:3])
    size_args = passes["deck_title_size"]
    assert size_args[3] == _size_by_slides(*size_args[:3])
    if outline == "labelled":  # both layouts asked: a plain label's title and a numbered one's
        kinds = {section.split_label(s.section.label.value) is None for s, *_ in asked
                 if s.section.label is not None}  # fmt: skip
        assert kinds == {True, False}
