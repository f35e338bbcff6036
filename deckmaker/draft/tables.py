"""A document's tables as the drafter reads them: the Markdown rows the reader writes every table
as ('| 1.1 | Thuế tài nguyên … | | 100% | |'), where each table is among a part's paragraphs,
their cells, which of their numbers are figures, what names a row (its own name, its parent
row's) and what a column's head says of its figures (a plan, a result, a measure, whose share).
The composer (compose.py) makes slides of them; this module makes nothing but readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..vi_words import PLACE_KINDS, alternation
from .measures import measures
from .structure import Heading, Paragraph

TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# a row's number in a table's first column: '1', '1.1', '26.4', 'A', 'II', 'a'
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[A-HĐ]|[IVX]{1,5}|[a-zđ])\.?$")
_LETTERS = re.compile(r"[^\W\d_]+")


def cell_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a Markdown row's cells, inside its outer pipes."""
    bars = [m.start() for m in re.finditer(r"\|", text)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)]


def in_row_name(text: str, at: int) -> bool:
    """Whether the number at ``at`` of a table's row is part of the row's name, not a figure: it
    stands among words ('CÁC KHOẢN THU NGÂN SÁCH ĐỊA PHƯƠNG HƯỞNG 100%') in a cell followed by
    the row's value cells, all of them empty (the head of a group of rows, whose rates are in
    the rows under it)."""
    spans = cell_spans(text)
    n = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
    if n is None or n + 1 >= len(spans):
        return False
    a, b = spans[n]
    later = [text[x:y].strip() for x, y in spans[n + 1 :]]
    return len(_LETTERS.findall(text[a:b])) >= 4 and not any(later)


def _row(text: str) -> tuple[str, str]:
    """A row's number (its first cell, when that is one or empty) and its name (the first cell
    with words after it, its ending colon left off)."""
    values = [text[a:b].strip() for a, b in cell_spans(text)]
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
    a, b = next(((a, b) for a, b in cell_spans(text) if a <= span[0] < b), (0, 0))
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


def row_word(text: str) -> str:
    """A sub-row's name of one word ('| | - Xã | | | 100 |' under '| 23 | Huy động đóng góp …
    |'), too short for a label alone (``row_name``) but one with the row it belongs to; ''
    for any other row."""
    name = _row(text)[1].lstrip("-+ ").strip(" .,:")
    return name if re.fullmatch(r"[^\W\d_]{2,}", name) else ""


# a bracket of amounts as a row names it ('Đến 10', 'Trên 10 đến 30', 'Từ 5 đến dưới 10')
_BRACKET = re.compile(r"(?:đến|trên|dưới|từ|tới|không quá|hơn)\s+\d", re.IGNORECASE)


def bracket_row(text: str, head: str) -> str:
    """A row named by its number under a named first column and a bracket of amounts, as a
    label says it: '| 2 | Trên 10 đến 30 | … | 10% |' under '| Bậc thuế | Phần thu nhập tính
    thuế/tháng (triệu đồng) | … |' -> 'bậc thuế 2 (trên 10 đến 30 triệu đồng)', the bracket's
    unit from its column's head; '' for a row that is not so."""
    spans, heads = cell_spans(text), cell_spans(head)
    if len(spans) < 3 or len(heads) != len(spans):
        return ""
    number, name = (text[a:b].strip(" *") for a, b in spans[:2])
    first, named = (head[a:b].strip(" *") for a, b in heads[:2])
    if not re.fullmatch(r"\d{1,2}", number) or not _BRACKET.match(name):
        return ""
    if not re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+)?", first) or not _LETTERS.search(name):
        return ""
    unit = re.search(r"\(([^()]+)\)\s*$", named)
    said = f"{name[:1].lower()}{name[1:]} {unit.group(1)}" if unit else name
    return f"{first.split()[0].lower()} {number} ({said})"


def parent_row(paragraphs: Sequence[Paragraph], paragraph: Paragraph) -> str:
    """The name of the row a sub-row of a table belongs to, when the sub-row's name does not
    say it: '| | - Thu trên địa bàn phường | | 100 | |' under '| 8.1 | Lệ phí trước bạ nhà đất |'
    (an unnumbered row under the numbered row before it), '| 1.1 | Thu từ khu vực DNNN … |'
    under '| 1 | Thuế giá trị gia tăng … |' (a row numbered under another). '' for none: a
    row of its own, a sub-row whose name opens with its parent's ('Lệ phí trước bạ nhà đất'
    under 'Lệ phí trước bạ'), a parent in capitals (the head of a group: 'CÁC KHOẢN THU …')."""
    if not TABLE_ROW.match(paragraph.text):
        return ""  # (before the look for its place: a list of thousands of items made it square)
    at = next((i for i, p in enumerate(paragraphs) if p is paragraph), None)
    if at is None:
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


def sibling_opening(paragraphs: Sequence[Paragraph], paragraph: Paragraph) -> int:
    """How many words the sub-rows of one row open their names with, when they are two or more
    and go on past it: 'Thu trên địa bàn' of '| | - Thu trên địa bàn phường | | 100 | |' and
    '| | - Thu trên địa bàn xã | | | 100 |' under '| 8.1 | Lệ phí trước bạ nhà đất |', whose
    last words tell them apart. 0 for a row under no other, or sub-rows that share no opening."""
    at = next((i for i, p in enumerate(paragraphs) if p is paragraph), None)
    if at is None or not (parent := parent_row(paragraphs, paragraph)):
        return 0
    a = b = at
    while a > 0 and parent_row(paragraphs, paragraphs[a - 1]) == parent:
        a -= 1
    while b + 1 < len(paragraphs) and parent_row(paragraphs, paragraphs[b + 1]) == parent:
        b += 1
    names = [
        " ".join(_row(paragraphs[k].text)[1].lstrip("-+ ").split()).lower().split()
        for k in range(a, b + 1)
    ]
    if len(names) < 2:
        return 0
    own = names[at - a]
    n = 0
    while all(len(name) > n + 1 and name[n] == own[n] for name in names):
        n += 1
    return n if n >= 2 else 0


def row_cell(text: str) -> str:
    """A table row's name cell as written ('Xã; phường'), its list dash left off."""
    return _row(text)[1].lstrip("-+ ").strip()


def shared_opening(paragraphs: Sequence[Paragraph], paragraph: Paragraph) -> int:
    """How many words every row of ``paragraph``'s table opens its name with, when they are two
    rows or more and their names go on past it: 'Số doanh nghiệp đang cung cấp dịch vụ' of '|
    Số doanh nghiệp đang cung cấp dịch vụ viễn thông cố định mặt đất | 80 | 74 |' and its
    siblings ('… di động vệ tinh', '… di động hàng hải'), whose last words tell them apart. 0
    for a row of no table, or rows that share no opening."""
    at = next((i for i, p in enumerate(paragraphs) if p is paragraph), None)
    if at is None or not TABLE_ROW.match(paragraph.text):
        return 0
    a = b = at
    while a > 0 and TABLE_ROW.match(paragraphs[a - 1].text):
        a -= 1
    while b + 1 < len(paragraphs) and TABLE_ROW.match(paragraphs[b + 1].text):
        b += 1
    names = [  # (the head row, over the rule, names the columns)
        name.split()
        for k in range(a, b + 1)
        if not TABLE_RULE.match(paragraphs[k].text)
        and not (k < b and TABLE_RULE.match(paragraphs[k + 1].text))
        and (name := row_name(paragraphs[k].text))
    ]
    own = row_name(paragraph.text).split()
    if len(names) < 2 or own not in names:
        return 0
    n = 0
    while all(len(name) > n + 1 and name[n] == own[n] for name in names):
        n += 1
    return n if n >= 2 else 0


@dataclass(frozen=True)
class Table:
    """Where a table is in a part's paragraphs: the paragraph that opens it ('… như sau:'),
    its head row, its body rows."""

    intro: int | None
    head: int
    rows: tuple[int, ...]


def split_tables(paragraphs: Sequence[Paragraph]) -> tuple[list[int], list[Table]]:
    """The paragraphs that are text (by index), and the tables among them: each run of
    Markdown rows (the reader writes every table so) with its head row over the rule; the
    paragraph right before a table that only opens it (ends with ':') goes with the table."""
    rows = [bool(TABLE_ROW.match(p.text)) for p in paragraphs]
    text_at: list[int] = []
    tables: list[Table] = []
    i = 0
    while i < len(paragraphs):
        if not rows[i]:
            text_at.append(i)
            i += 1
            continue
        j = i
        while j < len(paragraphs) and rows[j]:
            j += 1
        run = [k for k in range(i, j) if not TABLE_RULE.match(paragraphs[k].text)]
        if len(run) < 2:  # a lone row: its cells as the text of a paragraph
            text_at.extend(run)
        else:
            intro = None
            if text_at and text_at[-1] == i - 1 and paragraphs[i - 1].text.rstrip().endswith(":"):
                intro = text_at.pop()
            tables.append(Table(intro, run[0], tuple(run[1:])))
        i = j
    return text_at, tables


def segments(text_at: list[int], tables: list[Table]) -> list[list[int] | Table]:
    """The runs of text paragraphs (by index) and the tables between them, in order."""
    out: list[list[int] | Table] = []
    starts = sorted(tables, key=lambda t: t.head)
    run: list[int] = []
    for i in text_at:
        while starts and starts[0].head < i:
            if run:
                out.append(run)
                run = []
            out.append(starts.pop(0))
        run.append(i)
    if run:
        out.append(run)
    out.extend(starts)
    return out


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def head_of(node: Heading, paragraph: Paragraph) -> str:
    """The head row of the Markdown table ``paragraph`` is a row of (the row over the table's
    rule, '|---|---|', above it in ``node``), or ''."""
    if not TABLE_ROW.match(paragraph.text):
        return ""
    rows = [p.text for p in node.paragraphs]
    if paragraph.text not in rows:
        return ""
    i = rows.index(paragraph.text)
    while i > 1 and TABLE_ROW.match(rows[i - 1]) and not TABLE_RULE.match(rows[i - 1]):
        i -= 1
    if i < 2 or not TABLE_RULE.match(rows[i - 1]) or not TABLE_ROW.match(rows[i - 2]):
        return ""
    return rows[i - 2]


def column_head(node: Heading, paragraph: Paragraph, at: int) -> str:
    """The head of the column of a Markdown table row's cell at ``at``, when short (at most
    ``COLUMN_HEAD_WORDS`` words, a unit's bracket left off): the row over the table's rule
    ('|---|---|') above ``paragraph`` in ``node``."""
    if not (head_row := head_of(node, paragraph)):
        return ""
    heads = [c.strip(" *") for c in head_row.strip().strip("|").split("|")]
    n = paragraph.text[:at].count("|") - 1
    head = heads[n] if 0 < n < len(heads) else ""
    # (a unit its bracket gives is in the figure: 'Kế hoạch (tỷ đồng)' names it 'kế hoạch')
    head = re.sub(r"\s*\([^()]*\)$", "", head)
    if not head or words(head) > COLUMN_HEAD_WORDS:
        return ""
    return head if head[1:2].isupper() else head[:1].lower() + head[1:]  # 'năm 2024', 'GRDP'


# the head of a table's column of plans, and of results ('Kế hoạch 2023', 'Ước thực hiện')
PLAN_HEAD = re.compile(r"^(?:kế hoạch|kh|dự toán|mục tiêu)(?!\w)", re.IGNORECASE)
RESULT_HEAD = re.compile(
    r"^(?:thực hiện|th|ước thực hiện|ước th|ước tính|ước đạt|ước|ưth|kết quả)(?!\w)",
    re.IGNORECASE,
)
TOTAL_ROW = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn huyện)$", re.IGNORECASE)
COLUMN_HEAD_WORDS = 5
"""A column's head names a row's figure with the row when at most this long ('Ước thực hiện
6 tháng', 'Số xã đạt chuẩn NTM')."""
TABLE_LABEL_WORDS = 8
"""A table's figure is named by its row and column in at most this many words."""
# a column head that tells a row's figures apart by when or how they are counted ('Kế hoạch',
# 'Thực hiện', 'Ước TH', 'năm 2024', 'So với cùng kỳ'), not by what they measure
KIND_COLUMN = re.compile(
    r"^(?:kế hoạch|kh|thực hiện|th|ước|ưth|dự toán|dự kiến|mục tiêu|chỉ tiêu|so sánh|so với|so"
    r"|cùng kỳ|năm|giai đoạn|quý|tháng|lũy kế|luỹ kế|tăng|giảm|ghi chú|kết quả|đạt|tỷ lệ so)"
    r"(?!\w)|\d",
    re.IGNORECASE,
)
# a row name that is itself a measure ('Tỷ lệ hộ nghèo', 'Thu ngân sách', 'Số xã đạt chuẩn')
MEASURE_NAME = re.compile(
    r"^(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tốc độ|tăng trưởng|số|tổng|thu|chi|giá trị|vốn|kim"
    r" ngạch|sản lượng|diện tích|doanh thu|thu nhập|chỉ số|mức|năng suất|dân số|kinh phí|lượng"
    r"|tuổi thọ|quy mô|cơ cấu|bình quân|nguồn|grdp|gdp|giải ngân|đầu tư|xuất khẩu|nhập khẩu)"
    r"(?!\w)",
    re.IGNORECASE,
)


# a column head that says a year or a span of years ('2019', 'Năm 2024', 'Giai đoạn 2021-2025'):
# the period of its figures
TIME_COLUMN = re.compile(
    r"^(?:năm\s+|giai đoạn\s+)?((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)$", re.IGNORECASE
)


def whose(column: str) -> bool:
    """Whether a table's column head names whose or where its figures are ('NS Thành phố',
    'Quảng Bình', 'Nữ'), neither when nor how they are counted nor what they measure: said in
    brackets after the row's name."""
    return not KIND_COLUMN.match(column) and not MEASURE_NAME.match(column)


def measured_by(column: str, row: str) -> bool:
    """Whether a table's column head says what its figures measure ('Giá trị', 'Số xã',
    'Kinh phí') of a row that names a thing, not a measure ('Dự án cầu Cao Lãnh')."""
    return not KIND_COLUMN.match(column) and not MEASURE_NAME.match(row)


def run_on(name: str) -> str:
    """A row's name run on after its column's measure: its first letter lower-cased when
    that is a common noun's ('Dự án cầu …' -> 'dự án cầu …'; 'Cao Lãnh', 'THPT …' kept)."""
    words = name.split()
    if not words or not words[0][1:].islower() or (len(words) > 1 and words[1][:1].isupper()):
        return name
    return name[:1].lower() + name[1:]


# what a table's head or the line over it says of its figures when they are targets set: 'Mục
# tiêu', 'Kế hoạch năm 2026', 'Chỉ tiêu giao', 'Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030'
_TARGET_WORDS = re.compile(
    r"(?:^|\s)(?:mục tiêu|kế hoạch|kh|chỉ tiêu|phấn đấu|dự kiến|dự toán)(?!\w)", re.IGNORECASE
)
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)")


def _says_targets(text: str, reported: int | None) -> bool:
    """The words set targets ('Mục tiêu', 'Kế hoạch 2026', 'Dự kiến …'), or name a span of years
    that ends after the year the document reports on ('2026 - 2030' in a report on 2025)."""
    if _TARGET_WORDS.search(text):
        return True
    spans = [int(m.group(2)) for m in _YEARS.finditer(text) if m.group(2)]
    return bool(spans) and reported is not None and max(spans) > reported


def target_rows(paragraphs: Sequence[Paragraph], reported: int | None) -> set[int]:
    """The rows (by index in ``paragraphs``) of the tables whose figures are targets: the
    table's head names targets or a later span of years ('| Tỉnh | Mục tiêu tăng trưởng GRDP
    2026-2030 (%) |'), or the line over it does ('Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030
    của 34 tỉnh thành'), and no column of the head holds results ('Thực hiện', 'Ước', 'Kết
    quả': a table of results against plans, its plans read beside them by the composer)."""
    _, tables = split_tables(paragraphs)
    out: set[int] = set()
    for table in tables:
        head = paragraphs[table.head].text
        cells = [" ".join(head[a:b].strip(" *").split()) for a, b in cell_spans(head)]
        if any(RESULT_HEAD.match(c) or re.match(r"(?:ước|kết quả)", c, re.I) for c in cells):
            continue
        before = table.intro if table.intro is not None else table.head - 1
        lead = paragraphs[before].text if before >= 0 and before != table.head else ""
        if TABLE_ROW.match(lead):
            lead = ""
        # ('| Chỉ tiêu | 2015 | 2016 |': the head of the rows' names, 'indicator', no target)
        cells = [c for c in cells if not re.fullmatch(r"(?:tên\s+)?chỉ tiêu", c, re.IGNORECASE)]
        said = [*cells, lead] if words(lead) <= 40 else cells
        if any(_says_targets(c, reported) for c in said):
            out.update(table.rows)
    return out


def table_lead(node: Heading, paragraph: Paragraph) -> str:
    """The line right over the table ``paragraph`` is a row of ('Mục tiêu tăng trưởng GRDP năm
    2026 của các tỉnh, thành phố'), or '' (none, or another row)."""
    if not (head := head_of(node, paragraph)):
        return ""
    texts = [p.text for p in node.paragraphs]
    at = texts.index(head) - 1
    while at >= 0 and re.match(r"\W*(?:đơn vị|đvt)\b", texts[at], re.IGNORECASE):
        at -= 1  # ('Đơn vị: %' between the title and the table)
    lead = texts[at] if at >= 0 else ""
    return "" if TABLE_ROW.match(lead) or words(lead) > 30 else lead


# what a table measures, said in its column's head or the line over it ('Tốc độ tăng trưởng
# GRDP (%)', 'Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành'), up to its time,
# whose or how it is counted (measures.yaml's 'table' nouns: a column's head, not the running
# text's 'noun' ones, labels._RUN_MEASURE's, which stop at a verb or a place's kind)
_MEASURE_SAID = re.compile(
    rf"(?<!\w)(?:{measures('table')})(?!\w)"
    r"(?:\s+(?!(?:năm|giai đoạn|của|đến|tới|theo|các|tại|trên|so với|dự kiến|kế hoạch|mục tiêu"
    r"|phấn đấu)(?!\w))[^\W\d][\w-]*){0,4}",
    re.IGNORECASE,
)
# the time a column's head names ('Năm 2026', 'Giai đoạn 2026-2030', '2026 - 2030')
_TIME_SAID = re.compile(
    r"(?:(?:năm|giai đoạn)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)", re.IGNORECASE
)
# a row that names a place ('Hà Nội', 'Thành phố Hồ Chí Minh', 'Cao Bằng', 'TP. Huế')
_PLACE_ROW = re.compile(
    rf"^(?:(?:{alternation(PLACE_KINDS)}|tp\.?)\s+)?"
    r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,4}$",
    re.IGNORECASE,
)


def place_row(name: str, words_at_least: int = 2) -> bool:
    """Whether a row's name is a place's ('Hà Nội', 'Thành phố Hồ Chí Minh', 'Cao Bằng'; 'Huế'
    too, with ``words_at_least`` 1), not a total ('Tổng cộng', 'Cả nước')."""
    name = name.strip(" *")
    return bool(
        name
        and all(w[:1].isupper() for w in name.split()[-2:])
        and _PLACE_ROW.match(name)
        and len(name.split()) >= words_at_least
        and not TOTAL_ROW.match(name)
        and not re.match(r"(?:cả nước|toàn quốc|chung)$", name, re.IGNORECASE)
    )


def measure_of_place(
    node: Heading, paragraph: Paragraph, at: int, label: str, lead: str = ""
) -> str:
    """A label for the figure at ``at`` of a table's row that names a place ('| Hà Nội |
    10,5-11 |'), when ``label`` says no measure: what the table measures, from the figure's
    column head or else ``lead`` (the line over the table, or the heading it is under), the
    place, and the time the column names ('Tăng trưởng GRDP Hà Nội năm 2026'); '' for any other
    row or figure."""
    place = row_cell(paragraph.text).strip(" *")
    if not place_row(place, 1) or _MEASURE_SAID.search(label):
        return ""
    head_row = head_of(node, paragraph)
    heads = [c.strip(" *") for c in head_row.strip().strip("|").split("|")] if head_row else []
    n = paragraph.text[:at].count("|") - 1
    head = re.sub(r"\s*\([^()]*\)", "", heads[n]) if 0 <= n < len(heads) else ""
    # (a head that says a measure of its own, 'Số xã đạt chuẩn NTM', names the figure; the
    # line over the table only names what a head of a time or a kind, 'Mục tiêu năm 2026', is of)
    said = _MEASURE_SAID.search(head)
    if said is None and (not head or KIND_COLUMN.match(head) or TIME_COLUMN.match(head)):
        said = _MEASURE_SAID.search(lead)
    if said is None:
        return ""
    measure = re.sub(r"^tốc độ tăng trưởng", "tăng trưởng", said.group(0), flags=re.IGNORECASE)
    time = _TIME_SAID.search(head)
    named = f"{measure[:1].upper()}{measure[1:]} {place}"
    if time:
        when = time.group(0)
        named += f" {when[:1].lower()}{when[1:]}" if not when[:1].isdigit() else f" {when}"
    return named if words(named) <= 10 else ""
