"""What the tests of the draft's rules share: a composed document drafted, the named fields of
the figures found, the labels drafted and checked, one row of a table of such cases, and a label
said in part."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from deckmaker.draft import DraftResult, draft
from deckmaker.draft.figures import Found, find_figures

from .draft_eval import clean_label


def bullet_texts(items: list) -> list[str]:
    """Every bullet's text of an outline's ``bullets:`` list, sub-bullets after their bullet."""
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        else:
            out.append(item["text"])
            out += bullet_texts(item.get("bullets", []))
    return out


def composed_draft(tmp_path: Path, paragraphs: Sequence[str] | str) -> DraftResult:
    """The draft of a document of ``paragraphs`` (a blank line between them), or of the text as
    it is written when it is one string (lines that a blank line does not part)."""
    doc = tmp_path / "doc.txt"
    text = paragraphs if isinstance(paragraphs, str) else "\n\n".join(paragraphs) + "\n"
    doc.write_text(text, encoding="utf-8")
    return draft(doc)


def composed(tmp_path: Path, paragraphs: Sequence[str] | str) -> list:
    """The figures drafted from a document of ``paragraphs`` (``composed_draft``)."""
    return list(composed_draft(tmp_path, paragraphs).deck.figures)


def read(figures: Sequence[Any], fields: str) -> list:
    """The ``fields`` (names parted by spaces) of each figure, in order: a tuple per figure, or
    the one field alone when one is named."""
    names = fields.split()
    if len(names) == 1:
        return [getattr(f, names[0]) for f in figures]
    return [tuple(getattr(f, n) for n in names) for f in figures]


def drafted_labels(tmp_path: Path, paragraphs: Sequence[str] | str) -> list[str]:
    """The label of each figure drafted from a document of ``paragraphs`` (``composed``), in
    order."""
    return read(composed(tmp_path, paragraphs), "label")


def check_labels(
    tmp_path: Path, paragraphs: Sequence[str] | str, expected: Sequence[Any], *, whole: bool = False
) -> list[str]:
    """The labels drafted from ``paragraphs`` (``drafted_labels``), checked: they begin with
    ``expected`` (are it, when ``whole``; a ``Label`` says one in part) and each is clean as the
    evaluation set's scorer wants it (``draft_eval.clean_label``)."""
    got = drafted_labels(tmp_path, paragraphs)
    assert (got if whole else got[: len(expected)]) == list(expected), got
    assert all(clean_label(label) for label in got), got
    return got


def found(text: str, fields: str, *, target: bool = False) -> list:
    """``read`` of the figures in one paragraph (under a heading of targets when ``target``)."""
    figures: list[Found] = find_figures(text, target=target)
    return read(figures, fields)


def labels(text: str) -> list[str]:
    """The label of each figure in one paragraph, in order."""
    return found(text, "label")


def case(name: str, *values: Any) -> Any:
    """One row of a table of cases, named ``name`` in the test's id."""
    return pytest.param(*values, id=name)


@dataclass(frozen=True, eq=False)
class Label:
    """What a test says of a label short of all of it: the words it starts or ends with, holds
    and does not hold (of the label lower-cased when ``lower``); equal to every label that fits,
    so that a row can say it among labels said in full."""

    starts: str = ""
    ends: str = ""
    has: tuple[str, ...] = ()
    lacks: tuple[str, ...] = ()
    lower: bool = False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, str):
            return NotImplemented
        said = other.lower() if self.lower else other
        return (
            said.startswith(self.starts)
            and said.endswith(self.ends)
            and all(words in said for words in self.has)
            and not any(words in said for words in self.lacks)
        )

    __hash__ = None  # type: ignore[assignment]  # equal to many strings: no hash fits them all
