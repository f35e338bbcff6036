"""A document's tables as the drafter reads them: the Markdown rows the reader writes every table
as ('| 1.1 | Thuế tài nguyên … | | 100% | |'), their cells, which of their numbers are figures,
and what names a row (its own name, its parent row's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .structure import Paragraph

TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# a row's number in a table's first column: '1', '1.1', '26.4', 'A', 'II', 'a'
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[A-HĐ]|[IVX]{1,5}|[a-zđ])\.?$")
_LETTERS = re.compile(r"[^\W\d_]+")


def cells(text: str) -> list[tuple[int, int]]:
    """The spans of a Markdown row's cells, inside its outer pipes."""
    bars = [m.start() for m in re.finditer(r"\|", text)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)]


def in_row_name(text: str, at: int) -> bool:
    """Whether the number at ``at`` of a table's row is part of the row's name, not a figure: it
    stands among words ('CÁC KHOẢN THU NGÂN SÁCH ĐỊA PHƯƠNG HƯỞNG 100%') in a cell followed by
    the row's value cells, all of them empty (the head of a group of rows, whose rates are in
    the rows under it)."""
    spans = cells(text)
    n = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
    if n is None or n + 1 >= len(spans):
        return False
    a, b = spans[n]
    later = [text[x:y].strip() for x, y in spans[n + 1 :]]
    return len(_LETTERS.findall(text[a:b])) >= 4 and not any(later)


def _row(text: str) -> tuple[str, str]:
    """A row's number (its first cell, when that is one or empty) and its name (the first cell
    with words after it, its ending colon left off)."""
    values = [text[a:b].strip() for a, b in cells(text)]
    if not values:
        return "", ""
    number = values[0] if not values[0] or _ROW_NUMBER.match(values[0]) else ""
    rest = values[1:] if number or not values[0] else values
    name = next((v for v in rest if _LETTERS.search(v)), "")
    return number.rstrip("."), name.strip(" :;")


def bare_cell(text: str, span: tuple[int, int]) -> bool:
    """Whether the cell of a table's row holding the figure at ``span`` holds nothing else but
    its unit ('100', '68 %', '3.200 tỷ đồng' under no words; not 'giảm 5%', which says what the
    figure is)."""
    a, b = next(((a, b) for a, b in cells(text) if a <= span[0] < b), (0, 0))
    return not _LETTERS.search(text[a : span[0]]) and span[1] <= b


def row_name(text: str) -> str:
    """A table row's name as a label reads it: its name cell up to a semicolon or a bracket,
    the list dash left off ('- Thu trên địa bàn xã' -> 'Thu trên địa bàn xã'); '' for a row
    whose name holds a number ('Trên 10 đến 30': a bracket of amounts, named otherwise) or is a
    single word."""
    name = _row(text)[1]
    name = re.split(r"\s*[;(]", name.lstrip("-+ "))[0].strip(" .,:")
    if re.search(r"\d", name) or len(_LETTERS.findall(name)) < 2:
        return ""
    return name


def parent_row(paragraphs: Sequence[Paragraph], paragraph: Paragraph) -> str:
    """The name of the row a sub-row of a table belongs to, when the sub-row's name does not
    say it: '| | - Thu trên địa bàn phường | | 100 | |' under '| 8.1 | Lệ phí trước bạ nhà đất |'
    (an unnumbered row under the numbered row before it), '| 1.1 | Thu từ khu vực DNNN … |'
    under '| 1 | Thuế giá trị gia tăng … |' (a row numbered under another). '' for none: a
    row of its own, a sub-row whose name opens with its parent's ('Lệ phí trước bạ nhà đất'
    under 'Lệ phí trước bạ'), a parent in capitals (the head of a group: 'CÁC KHOẢN THU …')."""
    at = next((i for i, p in enumerate(paragraphs) if p is paragraph), None)
    if at is None or not TABLE_ROW.match(paragraph.text):
        return ""
    number, name = _row(paragraph.text)
    if not name or (number and "." not in number):
        return ""
    if number:
        up = number.rsplit(".", 1)[0]
        wanted = lambda n: n == up  # noqa: E731
    else:
        wanted = bool
    for i in range(at - 1, -1, -1):
        text = paragraphs[i].text
        if not TABLE_ROW.match(text) or TABLE_RULE.match(text):
            return ""
        their_number, their_name = _row(text)
        if not wanted(their_number):
            continue
        parent = re.sub(r"\s*\([^()]*\)", "", their_name).strip(" .:;")
        if not parent or parent.isupper():
            return ""
        head = " ".join(parent.lower().split()[:2])
        if " ".join(name.lstrip("-+ ").lower().split()).startswith(head):
            return ""
        return parent
    return ""
