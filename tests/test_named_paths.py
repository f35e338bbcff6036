"""``outline._named_paths`` (the paths a loaded outline holds, whose being a file decides
whether a kept load is served again) finds what walking every value of the outline finds."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from deckmaker import outline as outline_pkg

from .conftest import FIXTURES, SAMPLE


def _walked(obj: Any, out: set[Path]) -> set[Path]:
    """The walk as it was (recursive, every value, ``dataclasses.fields`` each time)."""
    if isinstance(obj, Path):
        out.add(obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            _walked(getattr(obj, f.name), out)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            _walked(item, out)
    elif isinstance(obj, dict):
        for item in obj.values():
            _walked(item, out)
    return out


@pytest.mark.parametrize(
    "folder",
    [SAMPLE, FIXTURES / "every", *sorted((FIXTURES / "stress").iterdir())],
    ids=lambda p: p.name,
)
def test_the_paths_of_a_loaded_outline(folder):
    deck = outline_pkg.load_outline(folder)
    found = outline_pkg._named_paths(deck, set())
    assert found == _walked(deck, set())
    assert deck.source in found


def test_paths_in_every_kind_of_container():
    @dataclasses.dataclass
    class Leaf:
        where: Path
        name: str = "x"

    class Text(str):
        pass

    value = {"a": [Leaf(Path("p1")), (Path("p2"), 3, None, 1.5, True)], "b": Text("p3")}
    found = outline_pkg._named_paths([value, Leaf(Path("p4"))], set())
    assert (
        found == {Path("p1"), Path("p2"), Path("p4")} == _walked([value, Leaf(Path("p4"))], set())
    )
