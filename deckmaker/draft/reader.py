"""Text extraction from guidance documents (.txt, .docx, .pdf) into rejoined paragraphs."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from ..errors import DeckmakerError, Location, Problem, display_path
from ..i18n import _
from ..legacy import fix_lines
from ..source import not_regular, special_file
from ..vi_words import NEEDS_WHAT_FOLLOWS, alternation

SUFFIXES = (".txt", ".docx", ".pdf")

# A line that starts a new numbered item or list item never continues the previous paragraph.
_MARKER = re.compile(
    r"^(?:[IVXLC]+\s*[-.–]\s|\d{1,3}(?:\.\d+)*\s*[-.–]\s|[a-zđ]\s*[-.)]\s|\(\d+\)\s|[-–+•]\s|\*$"
    r"|(?:Điều|Chương|Mục)\s+(?:\d+|[IVXLC]+)\s*[.:]\s)"
)
_TERMINAL = (".", ":", ";", "!", "?", "…", "\u201d", '"', ")")
# "chế tạotăng1,36%": a percentage run into the word before it, as some portals publish
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d+(?:[.,]\d+)*\s?%)")
# "chế tạotăng1,36%", "hơi nướctăng1,06%": the verb of a change run into the word before it (a
# syllable of its own, never the end of another), before its number
_GLUED_CHANGE = re.compile(r"(?<=[^\W\d_])(?=(?:tăng|giảm)\s?\d)")
# "so cùng kỳ.Giá trị dịch vụ …", "… kg/người/6 tháng.Tỷ lệ …": a sentence run into the next
# without a space; a period between a lower-case word (not 'tp', 'tx', 'tt': 'tp.Hồ Chí Minh'),
# a number or '%' and an upper-case letter ends it (not '14.560', not 'TP.HCM'), spaced as written
_UPPER = "".join(
    c
    for c in map(chr, [*range(0x41, 0x5B), *range(0xC0, 0x1B1), *range(0x1EA0, 0x1EFA)])
    if c.isupper()
)
UPPER_LETTERS = _UPPER
"""Every upper-case Latin letter Vietnamese text uses (A-Z, the accented ones), for a class."""
_LOWER = "".join(
    c
    for c in map(chr, [*range(0x61, 0x7B), *range(0xDF, 0x1B1), *range(0x1EA0, 0x1EFA)])
    if c.islower()
)
_RUN_ON = re.compile(
    rf"(?:(?<=[{_LOWER}]{{2}})(?<!\btp)(?<!\btx)(?<!\btt)(?<!www)|(?<=\d)|(?<=\dđ)|(?<=[%)]))"
    rf"\.(?=[{_UPPER}]\w)"
)
# "… kế hoạch ;sản lượng hồ tiêu …": a semicolon glued to the clause after it, spaced
_GLUED_SEMICOLON = re.compile(r"\s*;(?=[^\W\d_])")
# "195,4 kg/ người", "45 tạ /ha": a per-part written with a space beside its slash
_SLASH_SPACE = re.compile(r"(?<=[^\W\d_])(?:/\s+|\s+/\s*)(?=[^\W\d_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff\u200b]")
# a text kept as Markdown ('**II. MỤC TIÊU**', '*Căn cứ Nghị quyết số' … 'gia;*', a table's '|'
# left on a line of its own): the marks of emphasis are no words, and a line of bare table
# rules holds none
_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_ITALIC_EDGE = re.compile(r"^\*(?=[^\s*])|(?<=[^\s*])\*$")
# words set in emphasis inside a line ('*Hà Nội*, *ngày 22 tháng 12 năm 2024*', 'quốc gia *là đột
# phá* quan trọng', '*Thứ hai,* trên tinh thần …'): the words without their marks (not a list's
# '* ' nor a note's '(*)')
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\W_]|[\"“])([^*\n]*?[^\s*(])\*(?![\w*])")
_TABLE_RULE = re.compile(r"[|\s]*")  # "|---|" kept: compose finds a head row by it
# a Markdown backslash escape ('kinh tế \- xã hội', '40 \- 50 tổ chức', a list's '\- Đóng góp …',
# 'Số 57\-NQ/TW'), as a .docx converted to Markdown writes its dashes, stars and brackets: the
# character itself, or ranges, list items and labels keep a backslash no reader expects
_MD_ESCAPE = re.compile(r"\\([-*_.#()\[\]+!`>|~{}\\])")
# a Markdown rule between parts ('---', '***', '___'): no words, no bullet of its own
_RULE_LINE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})")
# a line that only stands for a picture, as a document converted to Markdown keeps it
# ('|<image_1>|', '![Hình 1](media/image1.png)', '<img src="…">'): no words, no bullet (its
# caption is a line of its own)
_IMAGE_LINE = re.compile(
    r"\|?\s*(?:<image[\w-]*>|<img\b[^>]*>|!\[[^\]]*\]\([^)]*\))\s*\|?", re.IGNORECASE
)
# a Markdown heading's marks ('## PHỤ LỤC 03', '### II. CÁC KHOẢN THU …'): no words, and the
# heading's number must open the line to be read as one
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# a Markdown heading without a number ('## Dân số', '## Đô thị'): a heading still, at its level;
# its marks are kept as one '#' a level ('## Dân số') for the structure to read. Not one whose
# text opens with a number the structure reads ('### A. BÁO CÁO …', '#### I- CÔNG TÁC …'), nor
# where a text was copied from ('# source: https://…')
_MD_LEVEL = re.compile(r"^(#{1,6})\s+(?=\S)")
_NUMBERED = re.compile(
    r"^(?:[IVXLC]+\s*[-.–]\s|\d{1,3}(?:\.\d+)*\s*[-.–)]|[A-HĐa-zđ]\s*[-.)]\s|\(\d+\)\s"
    r"|(?:Điều|Chương|Mục|CHƯƠNG|PHỤ LỤC|Phụ lục)\b|(?:source|nguồn|title)\s*:)",
    re.IGNORECASE,
)
# a run-in head set in emphasis, marks of both kinds ('_* Về đầu tư phát triển khu đô thị mới:_
# Hiện nay, …'): the head and its colon, without the marks
_EMPHASISED_HEAD = re.compile(r"^[_*]{1,3}\s*([^_*:]{2,100}?)\s*:\s*[_*]{1,3}\s+")
# a footnote's number glued to a heading's last word ('## Kinh tế xã hội1'): no part of it
_HEAD_NOTE = re.compile(r"(?<=[^\W\d_]{2})\d$")


def read_paragraphs(path: Path, notes: list[Problem] | None = None) -> list[str]:
    """The document's paragraphs in reading order, with PDF/page-break splits rejoined.

    A document typed in TCVN3 or VNI is converted to Unicode, with a warning added to ``notes``;
    one that only may be is refused with a located error.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DeckmakerError(
            Problem(
                Location.of(path),
                _("cannot read '{value}' documents").format(value=suffix or path.name),
                hint=_("save the guidance as .txt, .docx or .pdf"),
            )
        )
    if special_file(path):
        raise DeckmakerError(not_regular(display_path(path)))
    if not path.is_file():
        raise DeckmakerError(
            Problem(
                Location.of(path), _("file not found"), hint=_("check the path and its spelling")
            )
        )
    if suffix == ".txt" and path.stat().st_size > 4 * MAX_TEXT:
        # (refused before it is read: no character of UTF-8 takes more than four bytes)
        raise DeckmakerError(_too_long(Location.of(path), path.stat().st_size))
    if suffix == ".txt":
        lines = _txt_lines(path)
    else:
        lines = _document_lines(path, suffix)
    size = sum(len(line) for line in lines) + max(0, len(lines) - 1)  # (and the line breaks)
    if size > MAX_TEXT:
        where = Location.of(path)
        if suffix == ".txt":  # (the line and column of the first character past the bound)
            read = 0
            for n, line in enumerate(lines, 1):
                if read + len(line) > MAX_TEXT:
                    where = Location.of(path, n, MAX_TEXT - read + 1)
                    break
                read += len(line) + 1
        raise DeckmakerError(_too_long(where, size))
    # (the copier's note first, as written: a '<br>' it names breaks none of its lines)
    head = _copier_note(lines)
    lines = lines[:head] + html_markup(html_tables(lines[head:]))
    if suffix != ".pdf":  # (a PDF's text spaces its justified lines: no columns to trust)
        lines = aligned_tables(lines)
    lines, legacy = fix_lines(lines, Location.of(path))
    if legacy is not None and legacy.severity == "error":
        raise DeckmakerError(legacy)
    if legacy is not None and notes is not None:
        notes.append(legacy)
    lines, heads = bold_spans(lines)
    note = _copier_note(lines)
    lines = [
        _address(line) if n < note else _md_heading(line, False) or clean(line)
        for n, line in enumerate(lines)
    ]
    # the page's title in the note ('# title: Tập trung hoàn thành nhiệm vụ năm 2021'): set
    # apart, never run into the line before it ("source: http://… title: …" titled the deck)
    titled = [n for n in range(note) if NOTED_TITLE.match(lines[n])]
    noted = [lines[n] for n in titled[:1]]
    for n in titled:
        lines[n] = ""
    # the copier's own description of the page ('# News item (Ministry of … site, 09/2025) on
    # …; heading marks removed.'): no text of the document, never a bullet (v-hcm-dautucong's
    # overview opened on it) nor a line read before the headline; only where it came from stays
    for n in range(1, note):
        if not _CITED.match(lines[n]):
            lines[n] = ""
    wrapped = suffix == ".pdf" or _hard_wrapped(lines)
    # the note's lines are paragraphs of their own: the text's first line never runs into the
    # source line ('source: https://…/page569.html 236 Chỉ số giá …' titled a yearbook's deck)
    cited = [line for line in lines[:note] if line]
    lines = lines[note:]
    heads = {n - note for n in heads if n >= note}
    paragraphs = rejoin(lines, wrapped=wrapped, soft=wrapped or soft_wrapped(lines), heads=heads)
    return noted + cited + [piece for p in paragraphs for piece in bounded(p)]


def _too_long(where: Location, size: int) -> Problem:
    return Problem(
        where,
        _(
            "the document holds {n:,} characters of text, more than the {limit:,} a draft reads"
        ).format(n=size, limit=MAX_TEXT),
        hint=_("draft it in parts: save each part of the document as a file of its own"),
    )


MAX_TEXT = 400_000
"""The most characters of text a draft reads: 12 times the longest document of the evaluation
set (34 kB); a longer one is refused with a located error (draft it in parts). With
``MAX_PARAGRAPH`` and ``MAX_DIGITS`` it bounds a draft's time on hostile text."""
MAX_PARAGRAPH = 3000
"""The most characters of one paragraph: a longer one (a page's text with no line breaks, a PDF
read as one block) is cut after its last sentence (else clause, else word) within the bound, so
that the reading of each figure, which looks along its paragraph, costs at most that much
(a paragraph of 300 kB read for more than five minutes). The evaluation set's longest is 2 kB."""
MAX_DIGITS = 40
"""The longest run of digits and digit marks ('.', ',') read as it is: no figure is written
longer; a longer run is spaced every ``MAX_DIGITS`` characters (a run of 8,000 digits took the
number patterns 13 s); its marks count with it."""
_DIGIT_RUN = re.compile(rf"\d(?:[.,]?\d){{{MAX_DIGITS},}}")
"""More than ``MAX_DIGITS`` digits, one mark at most between two (not a form's dot leader
before a number, '…………1.234 hộ')."""
_SENTENCE_END = re.compile(r"[.;!?:](?=\s)")
_CLAUSE_END = re.compile(r",(?=\s)")


def bounded(paragraph: str) -> list[str]:
    """``paragraph`` as pieces of at most ``MAX_PARAGRAPH`` characters, each cut after a
    sentence's end where there is one in its second half, else after a clause's, else at a space;
    its runs of digits longer than ``MAX_DIGITS`` spaced. A paragraph of the genre is itself."""
    if len(paragraph) > MAX_DIGITS:
        paragraph = _DIGIT_RUN.sub(
            lambda m: " ".join(
                m.group()[i : i + MAX_DIGITS] for i in range(0, len(m.group()), MAX_DIGITS)
            ),
            paragraph,
        )
    pieces: list[str] = []
    while len(paragraph) > MAX_PARAGRAPH:
        half = MAX_PARAGRAPH // 2
        window = paragraph[half:MAX_PARAGRAPH]
        end = None
        for pattern in (_SENTENCE_END, _CLAUSE_END):
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                end = half + ends[-1]
                break
        if end is None:
            space = paragraph.rfind(" ", half, MAX_PARAGRAPH)
            end = space if space > 0 else MAX_PARAGRAPH
        pieces.append(paragraph[:end].strip())
        paragraph = paragraph[end:].strip()
    pieces.append(paragraph)
    return [p for p in pieces if p] or [paragraph]


NOTED_TITLE = re.compile(r"^title\s*:\s*(\S.*)$", re.IGNORECASE)
"""A copier's note's line naming the page's title (``_copier_note``): the first paragraph
``read_paragraphs`` returns, which ``structure.parse`` takes as the title of a text that has
none of its own."""
_SOURCE_SAID = r"^(?:source|nguồn)\s*:"
_CITED = re.compile(_SOURCE_SAID, re.IGNORECASE)
"""A copier's note's line saying where the text was copied from: kept as a paragraph, which the
composer puts in the opening's notes where it is an address alone (``CITES_SOURCE``)."""
CITES_SOURCE = re.compile(rf"{_SOURCE_SAID}\s*https?://\S+\s*$", re.IGNORECASE)
"""A paragraph that says where the text was copied from, an address alone ('source: https://…',
'Nguồn: https://…'): the composer's notes keep it, no bullet says it ('Source…' on an overview
slide), nor is it a headline."""


def bold_spans(lines: list[str]) -> tuple[list[str], set[int]]:
    """``lines`` with a bold span broken over lines ('**1. Phát triển kinh tế số đến' then
    'năm 2030 (16 mục tiêu)**') made one line, and the indices of the lines that are a bold span
    whole: a heading, a unit of its own whatever its end."""
    out: list[str] = []
    heads: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        j = i
        if line.startswith("**") and line.count("**") % 2:
            # the span closes within a few lines, none of them blank, or it is left as it is
            while j + 1 < len(lines) and j - i < 3 and lines[j + 1].strip():
                j += 1
                if lines[j].count("**") % 2:
                    line = " ".join(ln.strip() for ln in lines[i : j + 1])
                    break
            else:
                j = i
        if line.startswith("**") and line.endswith("**") and len(line) > 4:
            heads.add(len(out))
        out.append(line if j > i else lines[i])
        i = j + 1
    return out, heads


def _md_heading(line: str, note: bool) -> str:
    """'## Dân số' for a Markdown heading without a number, its text cleaned and its marks kept
    ('#' a level); '' for any other line, and for a line of the note a copier wrote above a
    text (``note``: see ``_copier_note``): no heading of the text."""
    m = _MD_LEVEL.match(line.strip())
    if m is None or note:
        return ""
    text = clean(line)
    if not text or _NUMBERED.match(text):
        return ""
    return f"{m.group(1)} {_HEAD_NOTE.sub('', text)}"


def _copier_note(lines: list[str]) -> int:
    """How many lines open the file as the note of whoever copied the text ('# source:
    https://…' and the '# …' lines right after it, one mark each): 0 for none."""
    if not lines or not _MD_LEVEL.sub("", lines[0].strip()).lower().startswith("source:"):
        return 0
    n = 0
    while n < len(lines) and lines[n].startswith("# "):
        n += 1
    return n


def _address(line: str) -> str:
    """A line of the copier's note: its source line as written, an address no rule of the text
    splits ('…/Thanh-tuu-giai-%C4%91oan-2015-2020.aspx', whose '%C4' ``clean`` read as a
    number glued to its word); its other lines cleaned."""
    text = unicodedata.normalize("NFC", _MD_LEVEL.sub("", line.strip()))
    return " ".join(text.split()) if _CITED.match(text) else clean(line)


def clean(text: str) -> str:
    """NFC-normalised text without control characters and with single spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = _CONTROL.sub(" ", text)
    text = _EMPHASISED_HEAD.sub(r"\1: ", text.strip())
    text = _BOLD.sub("", _MD_HEADING.sub("", text.strip())).strip()
    text = _ITALIC_EDGE.sub("", _ITALIC.sub(r"\1", text))
    text = _MD_ESCAPE.sub(r"\1", text)
    if _TABLE_RULE.fullmatch(text) or _RULE_LINE.fullmatch(text) or _IMAGE_LINE.fullmatch(text):
        return ""
    text = _GLUED.sub(" ", _GLUED_CHANGE.sub(" ", text))
    text = _SLASH_SPACE.sub("/", _RUN_ON.sub(". ", text))
    text = _GLUED_SEMICOLON.sub("; ", text)
    text = _GLUED_ITEM.sub(r"\1 ", text)
    text = _END_MARK.sub(r"\1", _OTHER_BULLET.sub("• ", text))
    return re.sub(r"[ \t]+", " ", text).strip()


_OTHER_BULLET = re.compile(r"^[·▪●◦○■□►▶➢➤✓✔]\s+")
"""A list item's mark that word processors write for '•' ('· Về học sinh:', ar-locphat): read as
'•', the mark every list rule knows."""
_END_MARK = re.compile(r"(\.{1,3})\s*/\s*\.\s*$")
"""The mark that ends an administrative text ('… biết, thực hiện./.', '… 150 ha.../.'): its
stop kept, the '/.' after it dropped, so that no bullet ends on './'."""


_GLUED_ITEM = re.compile(r"^([a-zđ]\))(?=[A-ZĐÀ-Ỹ])")
"""A line's item letter glued to its first word ('a)Tại huyện Bến Cầu', am-tayninh): set apart,
so that the line reads as the item heading it is ('a) Tại …')."""


def rejoin(
    lines: list[str], *, wrapped: bool = False, soft: bool = False, heads: set[int] | None = None
) -> list[str]:
    """Join lines broken inside a paragraph.

    A line that starts with a lower-case letter continues the previous one (a page or line break
    in the middle of a sentence), and so does one that starts with a figure right after a line
    that stops mid-sentence (``_mid_sentence``). With ``wrapped`` (PDF text, one visual line per
    line), a line also continues the previous one unless that ended a sentence on a short line,
    or the line starts a numbered or list item. With ``soft`` (text pasted from a PDF or a web
    page, wrapped at varying widths: ``soft_wrapped``), a line also continues the previous one
    when that stops mid-clause and the line opens no unit of its own (``_wrap_continues``);
    ``heads`` are the indices of lines that are a bold heading whole, never joined.
    """
    full = _full_width([ln for ln in lines if ln]) if wrapped else 0
    width = _full_width([ln for ln in lines if ln]) if soft else 0
    heads = heads or set()
    prev_head = False
    out: list[str] = []
    prev_raw = ""
    adjacent = False  # no blank line between the line and the one before
    for n, line in enumerate(lines):
        if not line:
            adjacent = False
            continue
        head = n in heads
        if (
            out
            and not _POSTED.match(line)
            and (
                _continues(prev_raw, line, full)
                or soft
                and adjacent
                and not head
                and not prev_head
                and _wrap_continues(prev_raw, line, width)
                or adjacent
                and not _MARKER.match(prev_raw)
                and (
                    _NUMBER_GOES_ON.match(line)
                    and _mid_sentence(prev_raw)
                    # "… phát triển từ" then "05 bộ dữ liệu …", "… giai đoạn" then "2026 - 2030":
                    # a hard-wrapped line (several words) that ends on a word, then its number
                    or line[0].isdigit()
                    and prev_raw[-1:].isalpha()
                    and len(prev_raw.split()) >= 6
                )
            )
        ):
            # "2016-" then "2020"; "Ai-" then "len": a word broken at its hyphen
            # (read on the line's last characters: a search of the whole paragraph joined so far
            # for each line made a long paragraph square)
            glue = (
                ""
                if re.search(r"\d-$", out[-1][-3:])
                and line[0].isdigit()
                or re.search(r"[^\W\d_]-$", out[-1][-3:])
                and line[0].islower()
                else " "
            )
            out[-1] = f"{out[-1]}{glue}{line}"
        else:
            out.append(line)
        prev_raw = line
        prev_head = head
        adjacent = True
    return out


# a line's end that needs what the next line brings: a comma, a dash or an open bracket, a
# preposition, conjunction, determiner, copula or verb of measure ('… bệnh án điện tử đạt' then
# '100%;', '… thông báo của' then 'Ủy ban Mặt trận …')
_BINDS = re.compile(
    r"(?:[,(/–-]|(?<!\S)(?:"
    + alternation(
        NEEDS_WHAT_FOLLOWS | {"tăng", "giảm", "số", "ngày", "tháng", "năm", "giai đoạn", "thứ"}
    )
    + r"))$",
    re.IGNORECASE,
)
# a capitalised word ending a line and one opening the next: a proper name broken over them
_NAME_END = re.compile(rf"(?<=\s)[{_UPPER}][{_LOWER}]+$")
_NAME_START = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:[\s,;.:)]|$)")
# a web page's line of who posted it and when, under its title ('quantri gửi vào T6, 2018-01-12
# 07:50'): it opens with the poster's user name in lower case, yet goes on from no line
POSTED_BY = r"^[\w.-]{2,30}\s+gửi\s+vào"
"""The opening of that line, the poster's user name and 'gửi vào' (``structure``'s stamp)."""
_POSTED = re.compile(rf"{POSTED_BY}\s+(?:T[2-7]|CN|[Tt]hứ\s|[Cc]hủ\s+nhật|\d)")
# a line that opens a unit of its own: a list marker, a table row, a letterhead's number
_UNIT = re.compile(r"^(?:\||#\s|Số\s*:|Căn cứ\s|Nơi nhận|\*\s)")


def soft_wrapped(lines: list[str]) -> bool:
    """Text pasted from a PDF or a web page with its visual lines kept, wrapped at whatever
    width (not one fixed width: ``_hard_wrapped``): of the lines that follow a line with no
    blank line between, a quarter or more open with a lower-case letter, a word broken off the
    line before it."""
    pairs = lower = 0
    for prev, line in zip(lines, lines[1:], strict=False):
        if prev and line:
            pairs += 1
            lower += line[0].islower()
    return lower >= 8 and lower >= 0.25 * pairs


def _wrap_continues(prev: str, line: str, width: int) -> bool:
    """In soft-wrapped text, ``line`` goes on from ``prev``: ``prev`` stops mid-clause and
    ``line`` opens no unit (no list or numbered item, table row, heading in capitals), and
    either ``prev`` ends on a word or mark that needs what follows, or ``line`` opens with a
    figure or a bracket, or ``prev`` fills the text's width (a wrap, not a heading's end), or
    ``prev`` leaves a bracket open, or a capitalised name goes on ('… Phạm' then 'Minh Chính')."""
    if _MARKER.match(line) or _UNIT.match(line):
        return False
    if prev.count("(") > prev.count(")") and not prev.endswith((".", ";")):
        return True  # '… Bộ Xây dựng (cơ quan Thường trực Ban' then 'Chỉ đạo) báo cáo …'
    if prev.endswith(_TERMINAL):
        return False
    if prev.isupper() or (line.isupper() and len(line) >= 12) or prev.startswith("|"):
        return False
    if _BINDS.search(prev) or line[0].isdigit() or line[0] in "(%":
        return True
    if _NAME_END.search(prev) and _NAME_START.match(line) and len(prev.split()) >= 4:
        return True  # a name broken at its line's end: '… Thủ tướng Chính phủ Phạm' / 'Minh Chính'
    return len(prev) >= 0.85 * width


# "… Chỉ số sản xuất công nghiệp (IIP) tăng" then "26,94% so với cùng kỳ": a sentence broken
# before its number continues on the next line (no blank line between, the line before no list
# item or heading, stopping mid-sentence: several words ending on a lower-case word or a comma)
_NUMBER_GOES_ON = re.compile(r"^\(?\d[\d.,]*\s*(?:%|[^\W\d_])")


def _mid_sentence(line: str) -> bool:
    words = line.split()
    return len(words) >= 6 and (line.endswith(",") or (words[-1].isalpha() and words[-1].islower()))


def _continues(prev: str, line: str, full: int) -> bool:
    if prev == "*" or (line.startswith("|") and prev.startswith("|")):
        return False
    if _MARKER.match(line):
        # an inline "(13)" wrapped to the start of a line continues a full-width line
        return bool(full) and line.startswith("(") and len(prev) >= 0.92 * full
    if line[0].islower():
        return True
    if line[0] == ")" and prev.count("(") > prev.count(")"):
        # "… (chủ yếu là nguồn ODA, FDI, … Trung Quốc..." then ") để phát triển …": the
        # bracket the line before left open closes here
        return True
    if not full:
        return False
    if prev.isupper() or (line.isupper() and len(line) >= 12) or len(prev) < 0.75 * full:
        return False
    return not (prev.endswith(_TERMINAL) and len(prev) < 0.92 * full)


def _hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width, one visual line per line (an OCR'd or copied page): most
    of its many lines come close to one short full width."""
    body = [ln for ln in lines if ln]
    full = _full_width(body)
    if len(body) < 20 or not 40 <= full <= 120:
        return False
    return sum(len(ln) >= 0.75 * full for ln in body) >= 0.6 * len(body)


def _full_width(lines: list[str]) -> int:
    """The length of a full line of body text: the 80th percentile of line lengths."""
    lengths = sorted(len(ln) for ln in lines)
    return lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0


def _txt_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1258", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


def _document_lines(path: Path, suffix: str) -> list[str]:
    """The lines of a .docx or .pdf; a damaged, truncated or hostile file is a located error."""
    from ..theme.package import PackageRefused

    try:
        return _docx_lines(path) if suffix == ".docx" else _pdf_lines(path)
    except PackageRefused as exc:
        raise DeckmakerError(exc.problem) from None
    except RecursionError:
        raise DeckmakerError(
            Problem(Location.of(path), _("the document is nested too deeply to read"))
        ) from None
    except Exception as exc:  # python-docx and pypdf raise many kinds for damaged files
        raise DeckmakerError(
            Problem(
                Location.of(path),
                _("cannot read the document: {error}").format(error=f"{type(exc).__name__}: {exc}")[
                    :300
                ],
                hint=_(
                    "open it in Word or LibreOffice and save it again as {suffix}, or save the "
                    "text as .txt"
                ).format(suffix=suffix),
            )
        ) from None


# cells of a row of a table typed as text: parted by tabs, or by runs of three spaces or more
_CELL_GAP = re.compile(r"\t+|\s{3,}")
# the head of a column that gives the unit of the row's figures ('Đơn vị', 'Đơn vị tính', 'ĐVT')
_UNIT_HEAD = re.compile(r"^(?:đơn vị(?: tính)?|đvt)$", re.IGNORECASE)
# a cell that holds a value and nothing else, its unit given elsewhere (by its column's head, a
# column of units, the table's 'Đơn vị: %' line): '3.200', '10-10,5', '10,5 – 11,0', 'Khoảng
# 6', 'Trên 90', '≥ 8', '8 trở lên'; the unit goes after its last number
_BARE_NUMBER = re.compile(
    r"^(?:(?:khoảng|trên|dưới|từ|hơn|gần|tối thiểu|tối đa|ít nhất|không quá|không dưới|đạt"
    r"|xấp xỉ)\s+|[<>~≈≥≤]\s*)?\d[\d.,]*(?:\s*(?:[-–÷]|đến)\s*\d[\d.,]*)?(?P<end>\s+trở lên)?$",
    re.IGNORECASE,
)
_INDEX_HEAD = re.compile(r"^(?:s?tt|số tt|số thứ tự|no\.?)$", re.IGNORECASE)
# a column whose numbers are no amounts of the table's unit: when, a code, a note
_NOT_MEASURED_HEAD = re.compile(
    r"^(?:năm|thời gian|thời hạn|thời điểm|giai đoạn|tiến độ|ghi chú|mã|mã số|số hiệu|ngày)"
    r"(?:\s+(?:hoàn thành|thực hiện|ban hành|khởi công))?$",
    re.IGNORECASE,
)
# the line that gives a whole table's unit, above it or in its first row: 'Đơn vị: %',
# 'ĐVT: tỷ đồng', '(Đơn vị tính: triệu đồng)'
_UNIT_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?P<unit>%|[^\W\d_][^()\[\]:;.]{0,24}?)"
    r"\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)


def unit_line(text: str) -> str:
    """The unit a line gives a table ('Đơn vị: %' -> '%', '(ĐVT: tỷ đồng)' -> 'tỷ đồng'), or ''."""
    m = _UNIT_LINE.match(text.strip(" *_"))
    return " ".join(m.group("unit").split()) if m else ""


def _title_unit(line: str) -> str:
    """The unit a table's title gives its figures in a bracket at its end ('Tổng sản phẩm trong
    nước năm 2009 theo giá so sánh 1994 (%)' -> '%'): a short line, no sentence."""
    text = line.strip(" *_")
    if not text or len(text.split()) > 24 or text.endswith((".", ";", ":")):
        return ""
    return _head_unit(text)


def _with_unit(cell: str, unit: str) -> str:
    """A bare value cell with ``unit`` after its last number ('10-10,5' -> '10-10,5%', '8 trở
    lên' -> '8% trở lên', 'Khoảng 3.700' -> 'Khoảng 3.700 USD')."""
    m = _BARE_NUMBER.match(cell)
    if m is None or not unit:
        return cell
    at = m.start("end") if m.group("end") else len(cell)
    return f"{cell[:at]}{'' if unit == '%' else ' '}{unit}{cell[at:]}"


def _head_rows(rows: list[list[str]]) -> list[list[str]]:
    """A head written over two rows (a group's head spanning its columns, 'Tốc độ tăng trưởng
    GRDP (%)', over a row that parts it, '2025 | 2026-2030') as one: each column's head the
    group's words (its unit's bracket last) and its own; rows as they are otherwise."""
    if len(rows) < 3:
        return rows
    head, under = rows[0], rows[1]
    spans = [i for i in range(1, len(head)) if not head[i].strip() and head[i - 1].strip()]
    if not spans or not any(i < len(under) and under[i].strip() for i in spans):
        return rows
    # (the row under holds no figure: words, years, spans of years, empty cells)
    if any(re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", c)) for c in under):
        return rows
    merged, group = [], ""
    for i, cell in enumerate(head):
        own = under[i].strip() if i < len(under) else ""
        group = cell.strip() if cell.strip() else group
        if not cell.strip() and not own:
            group = ""
        words = group if not own else f"{group} {own}".strip()
        if own and (unit := re.search(r"\s*(\([^()]*\))\s*(?=\S|$)", group)):
            words = f"{(group[: unit.start()] + group[unit.end() :]).strip()} {own} {unit.group(1)}"
        merged.append(" ".join(words.split()) if (cell.strip() or own) else "")
    return [merged, *rows[2:]]


def _side_by_side(rows: list[list[str]]) -> list[list[str]]:
    """A table set out in two halves side by side (its head 'Tỉnh | Tăng trưởng (%) | Tỉnh |
    Tăng trưởng (%)') as one: the right half's rows under the left half's."""
    head = [" ".join(c.lower().split()) for c in rows[0]]
    n = len(head)
    if n < 4 or n % 2 or head[: n // 2] != head[n // 2 :] or not any(head[: n // 2]):
        return rows
    half = n // 2
    left = [row[:half] for row in rows]
    right = [row[half:] for row in rows[1:] if any(c.strip() for c in row[half:])]
    return left + right


def table_lines(rows: list[list[str]], unit: str = "") -> list[str]:
    """A table's rows (the first its head) as the Markdown rows the drafter reads a table by: the
    head, a rule, then each row ('| 1 | Thu ngân sách | 3.200 tỷ đồng |'). A column of units
    (headed 'Đơn vị', 'ĐVT') is written into each bare value of its row and dropped, so a
    figure keeps its unit ('3.200' under 'tỷ đồng' is '3.200 tỷ đồng'); so is the unit of a
    column's head ('Tỷ lệ (%)') into its column's bare values, and the table's own unit
    (``unit``, its 'Đơn vị: %' line, or a first row that says only that) into the bare values
    of the columns that give none. A head over two rows is read as one, a table set out in
    two halves side by side as one."""
    rows = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    if len(rows) >= 2 and (said_unit := unit_line(" ".join(c for c in rows[0] if c))):
        unit, rows = said_unit, rows[1:]  # ('| Đơn vị: % | | |' over the head)
    if len(rows) < 2:
        return [" ".join(" ".join(row) for row in rows)] if rows else []
    rows = _side_by_side(_head_rows(rows))
    unit_at = next((i for i, c in enumerate(rows[0]) if _UNIT_HEAD.match(c.strip(" *:"))), None)
    # a column whose head says its unit ('Kế hoạch (tỷ đồng)', 'Tỷ lệ (%)'): its bare numbers
    # are in it; the table's unit is in those of the other columns that measure
    heads = [c.strip(" *:") for c in rows[0]]
    said = [_head_unit(c) for c in rows[0]]
    # the column that names the rows (the first past a column of row numbers): a bracket it
    # names a row by ('Trên 10 đến 30', 'Đến 10') is no value
    name_at = 1 if _index_column(rows) == 0 or _INDEX_HEAD.match(heads[0]) else 0

    def named(i: int, cell: str) -> bool:
        return i == name_at and bool(re.match(r"[^\W\d_]", cell.strip()))

    if unit and unit_at is None:
        index = _index_column(rows)
        said = [
            s
            or (
                unit
                if i != index
                and not _INDEX_HEAD.match(heads[i])
                and not _NOT_MEASURED_HEAD.match(heads[i])
                else ""
            )
            for i, s in enumerate(said)
        ]
    rows = [rows[0]] + [
        [
            _with_unit(c, said[i]) if i < len(said) and said[i] and not named(i, c) else c
            for i, c in enumerate(row)
        ]
        for row in rows[1:]
    ]
    out = []
    for n, row in enumerate(rows):
        if unit_at is not None and unit_at < len(row):
            unit = row[unit_at]
            if n:
                row = [
                    _with_unit(c, unit)
                    if unit
                    and not named(i, c)
                    and i != unit_at
                    and not _INDEX_HEAD.match(heads[i] if i < len(heads) else "")
                    and not _NOT_MEASURED_HEAD.match(heads[i] if i < len(heads) else "")
                    else c
                    for i, c in enumerate(row)
                ]
            row = row[:unit_at] + row[unit_at + 1 :]
        out.append("| " + " | ".join(row) + " |")
        if n == 0:
            out.append("|" + "---|" * len(row))
    return out


def _index_column(rows: list[list[str]]) -> int | None:
    """0 when a table's first column numbers its rows ('1', '2', 'I', '1.1', empty), else None."""
    cells = [row[0].strip(" .") for row in rows[1:] if row and row[0].strip()]
    if cells and all(re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[A-HĐa-h]", c) for c in cells):
        return 0
    return None


_HEAD_UNIT = re.compile(r"\(\s*(%|[a-zđ][^\W\d_]*(?:[ /][^\W\d_]+){0,2}|[a-z]+[23]?)\s*\)\s*$")
# a bracket after a head that says when or how, not a unit ('Thực hiện (ước)')
_NOT_A_UNIT = re.compile(
    r"^(?:ước|ước tính|dự kiến|tạm tính|sơ bộ|lũy kế|luỹ kế|kế hoạch|năm|tháng|quý)$"
)


def _head_unit(head: str) -> str:
    """The unit a column's head gives its figures in a bracket at its end: 'Kinh phí (triệu
    đồng)' -> 'triệu đồng', 'Tỷ lệ (%)' -> '%', 'Diện tích (m2)' -> 'm2'; '' for none."""
    m = _HEAD_UNIT.search(head.strip(" *:"))
    if m is None or _NOT_A_UNIT.match(m.group(1)):
        return ""
    return m.group(1)


def aligned_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table typed as aligned text (two lines or more in a row, each with the
    same number of cells, three or more, parted by tabs or wide gaps; two cells parted by tabs,
    three rows or more), each table typed with pipes (Markdown rows, or 'TT | Danh mục | Giá
    trị' with no pipe at its ends or one at its end only; two rows or more) and each table
    typed one cell a line (``stacked_tables``) written as Markdown rows (``table_lines``: a
    column of units goes into the figures, so does the 'Đơn vị: %' line said right above the
    table); every other line as it is."""
    out: list[str] = []
    run: list[list[str]] = []
    unit, since = "", 0  # the last 'Đơn vị: …' line, and how many lines of text were since

    def flush() -> None:
        if len(run) >= 3 or (len(run) == 2 and len(run[0]) >= 3):
            out.extend(table_lines(run, unit))
        else:
            out.extend("\t".join(row) for row in run)
        run.clear()

    piped: list[list[str]] = []

    def flush_piped() -> None:
        out.extend(table_lines(piped, unit))  # (one row alone: its cells as one line of text)
        piped.clear()

    for line in stacked_tables(ended_tables(yearbook_tables(lines))):
        if (row := _piped_row(line)) is not None:
            flush()
            if row:  # (a rule '|---|---|' between the head and the body: written anew)
                piped.append(row)  # (a row short of a cell or two is padded by the drafter)
            continue
        if piped:
            flush_piped()
            unit = ""
        cells = [c.strip() for c in _CELL_GAP.split(line.strip())] if "|" not in line else []
        if len(cells) == 2 and ("\t" not in line.strip() or _LIST_CELL.match(cells[0])):
            cells = []
        if len(cells) >= 2 and (not run or len(cells) == len(run[0])):
            run.append(cells)
            continue
        if run:
            flush()
            unit = ""
        if len(cells) >= 2:
            run.append(cells)
            continue
        out.append(line)
        if said := unit_line(line) or _title_unit(line):
            unit, since = said, 0
        elif line.strip():
            since += 1
            if since > 2:  # (a unit said three lines of text before is no table's)
                unit = ""
    flush()
    flush_piped()
    return out


# a list's marker as the first cell of a line parted by a tab ('-\tDân số …: 29.708 người')
_LIST_CELL = re.compile(r"^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])$")
# a line that may be a cell of a table typed one cell a line: short, no markup ('*- Thu và
# phân tích mẫu:*'), no clause opening what follows (':', ';')
_STACKED_CELL = re.compile(r"^(?![*#])[^|\t*]{1,120}(?<![:;])$")
_STACKED_WORDS = 25
_STACKED_MAX_COLUMNS = 8


def _value_cell(cell: str) -> bool:
    """A cell that holds a value, its unit with it or not ('10,5 – 11,0', 'Khoảng 6', '95%',
    '3.700 USD', '-')."""
    text = cell.strip()
    if text in ("-", "–", "x"):
        return True
    head = re.match(r"^(.*?\d[\d.,]*(?:\s*(?:[-–÷]|đến)\s*\d[\d.,]*)?)\s*(.*)$", text)
    if head is None or not _BARE_NUMBER.match(head.group(1).strip()):
        return False
    rest = head.group(2)
    return len(rest.split()) <= 3 and not re.search(r"\d", rest.replace("trở lên", ""))


_YEAR_CELL = re.compile(r"(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.I)


def _head_cell(cell: str) -> bool:
    """A cell that may head a column: a few words, no value, no sentence's end."""
    text = cell.strip()
    if _YEAR_CELL.fullmatch(text):
        return True  # a column of a year ('2008', 'Năm 2025', '2026-2030')
    return (
        bool(text)
        and len(text.split()) <= 14
        and not _value_cell(text)
        and not text.endswith((".", ";", ","))
        and bool(re.search(r"[^\W\d_]", text))
    )


def _stacked_body(cells: list[str], k: int) -> list[list[str]]:
    """The body rows of a table typed one cell a line whose head has ``k`` cells, from
    ``cells`` (the lines after the head, blank lines left out): each row as long as the head,
    each column holding values or words as in the first row, no cell a sentence; the rows of a
    table numbered by its first column ('1', '2' …) parted at each next number, a row's cells
    past the head's width a sub-row of it ('- Trong đó: …')."""

    def fits(row: list[str], kinds: list[bool] | None) -> bool:
        if any(
            len(c.split()) > _STACKED_WORDS
            or (len(c.split()) > 8 and c.endswith("."))
            or (c and not _STACKED_CELL.match(c))
            for c in row
        ):
            return False
        if kinds is None:
            return True
        return all(
            _value_cell(c) == v or c.strip() in ("-", "") for c, v in zip(row, kinds, strict=False)
        )

    rows: list[list[str]] = []
    numbered = bool(cells) and cells[0].strip(" .") == "1"
    if numbered:
        i, n = 0, 1
        while i < len(cells) and cells[i].strip(" .") == str(n):
            j = i + 1
            limit = min(len(cells), i + 2 * k)
            while j < limit and cells[j].strip(" .") != str(n + 1):
                j += 1
            row = cells[i:j]
            if j >= limit and j < len(cells) and cells[j].strip(" .") != str(n + 1):
                row = cells[i : i + k]  # (the last row: as wide as the head)
            if len(row) < k - 1 or not fits(row, None):
                break
            if len(row) > k and len(row) - k >= 2 and not _value_cell(row[k]):
                rows.append(row[:k])
                extra = ["", *row[k:]][:k]
                rows.append(extra + [""] * (k - len(extra)))
            else:
                rows.append((row + [""] * k)[:k])
            i, n = i + len(row), n + 1
        kinds = [_value_cell(c) for c in rows[0]] if rows else []
        if len(rows) >= 3 and any(kinds[1:]) and not all(kinds[1:]):
            return rows
        return []
    kinds_of: list[bool] | None = None
    at = 0
    while at + k <= len(cells):
        row = cells[at : at + k]
        if kinds_of is None:
            kinds_of = [_value_cell(c) for c in row]
            # (a row's first cell names it: a value first is a head read one cell off)
            if not any(kinds_of) or kinds_of[0] or not fits(row, None):
                return []
        elif not fits(row, kinds_of):
            following = cells[at + 1 : at + 1 + k]
            if _head_cell(cells[at]) and len(following) == k and fits(following, kinds_of):
                # a group's heading on a line of its own between rows ('A. Phân theo khu vực
                # kinh tế'): a row of its own, no value
                rows.append([cells[at]] + [""] * (k - 1))
                at += 1
                continue
            break
        rows.append(row)
        at += k
    return rows if len(rows) >= 3 else []


# a cell of a table typed one cell a line, each cell closed by a '|' ('26.536.722 |', 'triệu
# đồng |', a lone '|' for an empty cell), as a legal-text site's page gives a table


def _ended_cell(line: str) -> str | None:
    """The cell of a line that is one cell closed by a '|' after a space ('Thu nội địa: |' ->
    'Thu nội địa:', a lone '|' -> ''), None for any other line; read without a pattern (the
    one it was, '^\\s*(?:([^|]*[^|\\s])\\s+)?\\|\\s*$', took a line of thousands of spaces a time
    square in its length)."""
    text = line.rstrip()
    if not text.endswith("|") or "|" in text[:-1]:
        return None
    body = text[:-1]
    cell = body.strip()
    if cell and not body[-1:].isspace():
        return None  # ('x|': the cell and its '|' are parted by a space)
    return cell


_ENDED_MIN_CELLS = 6
_ENDED_MAX_COLUMNS = 4
_ENDED_MAX_LEAD = 8


def _ended_rows(cells: list[str]) -> list[list[str]] | None:
    """The rows of a table typed one cell a line each closed by '|' (``cells``, the cells in
    order), each row naming a figure: its name first, then one value, then its unit or nothing
    ('Thu nội địa:', '5.419.153', 'triệu đồng'); a row of no value ('Trong đó:', '', '') a
    group's heading. None for cells that read as no such table (a letterhead's layout)."""
    for k in range(2, _ENDED_MAX_COLUMNS + 1):
        if len(cells) % k:
            continue
        rows = [cells[i : i + k] for i in range(0, len(cells), k)]
        valued = [r for r in rows if any(r[1:])]
        if (
            len(valued) >= 2
            and all(_value_cell(r[1]) and r[0] and not _value_cell(r[0]) for r in valued)
            and all(not any(_value_cell(c) for c in r[2:]) for r in rows)
            and all(len(c.split()) <= 3 for r in rows for c in r[2:])
            and all(len(r[0].split()) <= _STACKED_WORDS for r in rows)
        ):
            return rows
    return None


def ended_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table typed one cell a line, each cell closed by a '|' (the name of a
    row, its value and its unit each a line: 'Thu nội địa: |', '5.419.153 |', 'triệu đồng |'),
    written one row a line as the text it reads ('Thu nội địa: 5.419.153 triệu đồng'), so a
    resolution's article that holds such a table gives its figures with their names and
    units; a row of no value (a group's heading, 'Trong đó:') is its name alone. Any other run
    of such lines (a letterhead's cells) as it is. A table may follow a few other cells in one
    run (it is the run's tail from one of its first ``_ENDED_MAX_LEAD`` cells): linear in the
    length of the text, however long a run of cells or blank lines."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _ended_cell(lines[i]) is None:
            out.append(lines[i])  # (a table starts at a cell, never at a blank line)
            i += 1
            continue
        j = i
        while j < len(lines) and (lines[j].strip() == "" or _ended_cell(lines[j]) is not None):
            j += 1
        while j > i and not lines[j - 1].strip():
            j -= 1  # (blank lines after the run: kept as they are)
        starts = [k for k in range(i, j) if lines[k].strip()][:_ENDED_MAX_LEAD]
        for start in starts:
            found = (_ended_cell(line) for line in lines[start:j])
            cells = [c for c in found if c is not None]
            rows = _ended_rows(cells) if len(cells) >= _ENDED_MIN_CELLS else None
            if rows is not None:
                out.extend(lines[i:start])
                out.extend(" ".join(c for c in row if c) for row in rows)
                break
        else:
            out.extend(lines[i:j])
        i = j
    return out


def stacked_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table typed one cell a line, as a web page's text gives a table (its
    head's cells, then each row's, blank lines between them or not), written as Markdown rows:
    a head of two to ``_STACKED_MAX_COLUMNS`` short cells naming columns (a column of row
    numbers, 'STT', first if any), then three rows or more whose columns each hold values
    ('10,5 – 11,0', '95%') or words (a name) as the first row's do; of two heads that read the
    same rows, the later (a title over the table is no column's head). Each line is tried as a
    head's first cell once for each width: bounded for any length of text."""
    kept = [i for i, line in enumerate(lines) if line.strip()]
    stripped = [lines[i].strip() for i in kept]  # (each once: a window is a slice of them)

    def table_at(at: int) -> tuple[int, list[list[str]]] | None:
        best: tuple[int, list[list[str]]] | None = None
        if not (_STACKED_CELL.match(lines[kept[at]].strip()) and _head_cell(lines[kept[at]])):
            return None
        for k in range(2, _STACKED_MAX_COLUMNS + 1):
            head = [lines[i].strip() for i in kept[at : at + k]]
            if len(head) < k or not all(_STACKED_CELL.match(c) and _head_cell(c) for c in head):
                break
            if any(_INDEX_HEAD.match(c.strip(" *:")) for c in head[1:]):
                break
            window = kept[at + k : at + k + 2 * (k + 1) * 200]
            # a head of years only ('2008', '2009') heads the value columns: the column of the
            # rows' names has an empty head
            stub = all(_YEAR_CELL.fullmatch(c) for c in head)
            body = _stacked_body(stripped[at + k : at + k + len(window)], k + stub)
            if body and (_INDEX_HEAD.match(head[0].strip(" *:")) or body[0][0].strip(" .") != "1"):
                used = k + sum(len([c for c in r if c]) for r in body)
                if best is None or used > best[0]:
                    best = (used, [[""] * stub + head, *body])
        return best

    out: list[str] = []
    done = 0  # lines before this are written
    at = 0
    while at < len(kept):
        found = table_at(at)
        if found is None:
            at += 1
            continue
        for later in range(at + 1, min(at + 3, len(kept))):
            other = table_at(later)
            if (
                other is not None
                and later + other[0] == at + found[0]
                and len(other[1][0]) <= len(found[1][0])
            ):
                at, found = later, other
        used, rows = found
        out.extend(lines[done : kept[at]])
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        done = kept[min(at + used, len(kept)) - 1] + 1
        at += used
    out.extend(lines[done:])
    return out


_HTML_TABLE_OPEN = re.compile(r"<table\b[^>]*>", re.IGNORECASE)
_HTML_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


class _HtmlRows(HTMLParser):
    """The rows of cells of an HTML table (``<tr>``, ``<td>``/``<th>``; the text of a cell with
    its markup dropped and its line breaks made spaces). A cell spanning columns
    (``colspan``) is followed by empty cells, one spanning rows (``rowspan``) leaves its column
    empty in the rows under it, so each cell stays under its column's head; a table nested in a
    cell is read as that cell's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.depth = 0
        self.cell: list[str] | None = None
        self.below: dict[int, int] = {}  # column -> rows still spanned by a cell above
        self.at = 0  # the column of the open cell

    def _span(self, attrs: list[tuple[str, str | None]], name: str) -> int:
        value = dict(attrs).get(name) or "1"
        return min(int(value), 50) if value.strip().isdigit() and int(value) > 0 else 1

    def _pad(self) -> None:
        row = self.rows[-1]
        while self.below.get(len(row), 0) > 0:
            self.below[len(row)] -= 1
            row.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.depth += 1
        if self.depth != 1:
            return
        if tag == "tr":
            self.rows.append([])
            self.cell = None
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
            self._pad()
            self.cell = []
            row = self.rows[-1]
            at = len(row)
            row.append("")
            for _n in range(self._span(attrs, "colspan") - 1):
                row.append("")
            down = self._span(attrs, "rowspan") - 1
            if down:
                for c in range(at, len(row)):
                    self.below[c] = down
            self.at = at
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 1 and tag in ("td", "th") and self.cell is not None:
            self.rows[-1][self.at] = " ".join("".join(self.cell).split())
            self.cell = None
        elif self.depth == 1 and tag == "tr" and self.rows:
            self._pad()
        if tag == "table":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def html_tables(lines: list[str]) -> list[str]:
    """``lines`` with each HTML table in them (``<table>`` … ``</table>``, as a document converted
    to Markdown keeps a table Markdown cannot write) made the Markdown rows the drafter reads a
    table by (``table_lines``); the text before and after it on its lines kept as lines. A table
    left unclosed is kept as written."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        opened = _HTML_TABLE_OPEN.search(lines[i])
        if opened is None:
            out.append(lines[i])
            i += 1
            continue
        block = "\n".join(lines[i:])
        depth, end = 0, None
        for tag in re.finditer(r"<(/?)table\b[^>]*>", block[opened.start() :], re.IGNORECASE):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = opened.start() + tag.end()
                break
        if end is None:
            out.extend(lines[i:])
            break
        parser = _HtmlRows()
        parser.feed(block[opened.start() : end])
        parser.close()
        before, after = block[: opened.start()], block[end:]
        if before.strip():
            out.append(before)
        out.extend(table_lines(parser.rows))
        rest = after.split("\n")
        i = len(lines) - len(rest) + 1
        if rest[0].strip():
            out.append(rest[0])
        continue
    return out


# the markup of a paragraph a converter kept as HTML ('<p align="center"><b>HỘI ĐỒNG NHÂN
# DÂN<br>THÀNH PHỐ HÀ NỘI</b><br>-------</p>', '<div align="right"><b>CHỦ TỊCH</b>'); its line
# breaks are lines of their own
_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|div)\s*>\s*<(?:p|div)\b[^>]*>", re.IGNORECASE)
_HTML_INLINE = re.compile(
    r"</?(?:p|div|b|i|u|em|strong|span|font|center|sup|sub)\b[^<>]*>", re.IGNORECASE
)


def html_markup(lines: list[str]) -> list[str]:
    """``lines`` without the HTML a converter kept around paragraphs and words (a letterhead's
    '<p align="center"><b>HỘI ĐỒNG NHÂN DÂN<br>THÀNH PHỐ HÀ NỘI</b></p>'): each line break
    (``<br>``, one paragraph closed and the next opened) a line of its own, the tags dropped, the
    entities ('&amp;') their characters. Lines without such markup are kept as they are."""
    out: list[str] = []
    for line in lines:
        if not _HTML_INLINE.search(line) and not _HTML_BREAK.search(line):
            out.append(line)
            continue
        for part in _HTML_BREAK.split(line):
            text = html.unescape(_HTML_INLINE.sub("", part))
            if text.strip():
                out.append(text)
    return out


# a table's row typed with pipes: '| 1 | Thu ngân sách | 3.200 |' (Markdown), or 'TT | Danh mục |
# Giá trị' with none at its ends (two pipes or more, spaced, between cells)
_PIPED = re.compile(r"^\s*\|.*\|\s*$")
_PIPED_BARE = re.compile(r"^[^|]*\S\s+\|\s+\S[^|]*(?:\|\s+\S[^|]*)+(?:\|\s*)?$")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _piped_row(line: str) -> list[str] | None:
    """The cells of a table's row typed with pipes, [] for its rule ('|---|:--:|'), None for a
    line that is no such row (a lone '|' left of a letterhead's layout table is none)."""
    text = line.strip()
    if _RULE.match(text):
        return []
    if _PIPED.match(text) and len(text) > 2:
        cells = [c.strip() for c in text[1:-1].split("|")]
    elif _PIPED_BARE.match(text):
        cells = [c.strip() for c in text.rstrip("| ").split("|")]
    else:
        return None
    if len(cells) < 2:
        return None
    if all(_RULE_CELL.match(c.replace(" ", "")) for c in cells):
        return []
    return cells


def _docx_lines(path: Path) -> list[str]:
    import io

    import docx  # python-docx

    from ..theme.package import read_package

    # checked first: bounded unzip, no DTDs, no macros or external links (docs/security.md)
    document = docx.Document(io.BytesIO(read_package(path).data))
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.extend(block.text.split("\n"))
        elif isinstance(block, Table):
            # a table in reading order, as the Markdown rows the drafter reads a table by
            lines.extend(table_lines([[cell.text for cell in row.cells] for row in block.rows]))
    return lines


def _pdf_lines(path: Path) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    lines: list[str] = []
    for page in reader.pages:
        page_lines = (page.extract_text() or "").split("\n")
        # drop bare page numbers in headers and footers
        lines.extend(ln for ln in page_lines if not re.fullmatch(r"\s*-?\s*\d{1,3}\s*-?\s*", ln))
    return lines


# --- a statistics yearbook's table copied as text ('Đơn vị tính - Unit: %', the years as its
# columns' heads or its rows' names, each name in Vietnamese then in English)

# a period that heads a yearbook's column or names its row: '2019', 'Sơ bộ - Prel. 2023',
# '2016/2015', 'Tháng 7', 'Quý II'
_YEAR_PERIOD = (
    r"(?:(?:sơ bộ|ước tính|ước|prel\.?)(?:\s*-\s*prel\.?)?\s*)?"
    r"(?:19|20)\d\d(?:\s*/\s*(?:19|20)\d\d)?"
)
_PERIOD = rf"{_YEAR_PERIOD}|tháng\s+\d{{1,2}}|quý\s+[IV]{{1,3}}"
_PERIOD_CELL = re.compile(rf"(?:{_PERIOD})", re.IGNORECASE)
_PERIOD_HEAD = re.compile(rf"\s*(?:{_PERIOD})(?:\s+(?:{_PERIOD})){{2,}}\s*", re.IGNORECASE)
_YEARBOOK_VALUE = re.compile(r"[-–]?\d[\d.,]*(?<![.,])")
_YEARBOOK_EMPTY = {"-", "–", "..", "...", "x"}
# a Vietnamese syllable as typed without its marks ('Nam', 'Kinh', 'Thanh'): no English word
# ('Male', 'Total', 'Urban') reads as one but a few short ones ('by', 'may')
_BARE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)
# a head that groups the columns under it ('Chia ra', 'Phân theo giới tính', 'Trong đó')
_GROUP_HEAD = re.compile(r"^(?:chia ra|phân theo|trong đó|bao gồm|of which|by)\b", re.IGNORECASE)
_YEARBOOK_UNIT = re.compile(
    r"^\(?\s*(?:(?:đơn vị tính|đvt)(?!\w)\s*[:-]?|đơn vị\s*[:-])\s*(?:unit\s*:\s*)?"
    r"(?P<unit>.*?)\s*\)?$",
    re.IGNORECASE,
)
_RATE_HEAD = re.compile(r"^(?:tỷ lệ|tỉ lệ|cơ cấu|tốc độ|tỷ trọng|tỉ trọng)\b", re.IGNORECASE)
# a section's line between a yearbook's heads and rows, or between its rows: its Vietnamese then
# its English ('Người - Person', 'Cơ cấu - Structure (%)'), or a unit's bracket or a base
# ('Năm trước = 100'), on a line of its own
_SECTION = re.compile(r"^\S+(?:\s\S+)*\s-\s*[A-Z][^\W\d_]*(?:\s\S+)*$|\((?:%|‰)\)$|=\s*100\b")
_YEARBOOK_MAX_COLUMNS = 20
_YEARBOOK_MAX_ROWS = 200
_YEARBOOK_HEAD_LINES = 16
# the English months a yearbook's rows or columns are named by beside the Vietnamese ('Tháng 5 -
# May', 'Tháng 12 - Dec.'), English though they read as syllables
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)


_ABBREVIATION = re.compile(r"[A-Z]{2,3}|(?=[A-Z]{4,6}$)[^AEIOUY]*[AEIOUY]?[^AEIOUY]*")
"""An abbreviation in capitals, no English word: short ('GDP', 'IIP') or of one vowel at most
('UBND', 'GRDP'; not 'TOTAL', 'URBAN')."""


def _english(text: str) -> bool:
    """Whether words are English, not Vietnamese: no letter of Vietnamese marks and a word no
    Vietnamese syllable reads as ('Rate of repeaters', 'Male'; not 'Nam', 'Tiểu học', nor an
    abbreviation in capitals, 'GDP', 'UBND')."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words or any(not w.isascii() for w in words):
        return False
    return any(
        not _BARE_SYLLABLE.fullmatch(w) and not _ABBREVIATION.fullmatch(w) or w.lower() in _MONTHS
        for w in words
    )


def _vi_part(text: str) -> str:
    """The Vietnamese of a yearbook's bilingual line ('Tháng 1 - Jan.' -> 'Tháng 1', 'Tiểu học -'
    -> 'Tiểu học', 'Cơ cấu - Structure (%)' -> 'Cơ cấu (%)'), '' for a line in English alone.
    A bracket of a unit the English part ends on is kept."""
    text = " ".join(text.split())
    unit = re.search(r"\((%|‰)\)\s*$|\s-\s*(%)$", text)
    parts = re.split(r"\s+-\s*|\s*-\s+", text)
    if _english(parts[0]):  # ('Rate of repeaters …'; not 'GDP - Gross domestic product')
        return ""
    keep = [parts[0]]
    for part in parts[1:]:
        if not part or _english(part) or part.strip() == "%":
            break
        keep.append(part)
    said = " - ".join(keep).strip(" -")
    if unit and not re.search(r"\((%|‰)\)", said):
        said = f"{said} ({unit.group(1) or unit.group(2)})"
    return said


def _period_label(text: str) -> str:
    """A period as a column's head says it: 'Sơ bộ - Prel.2022' -> 'Sơ bộ 2022'."""
    text = re.sub(r"\s*-?\s*prel\.?\s*", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def _split_values(line: str) -> tuple[str, list[str]]:
    """A yearbook line's words and the values it ends on ('Tháng 1 - Jan.  100,39  101,54' ->
    ('Tháng 1 - Jan.', ['100,39', '101,54'])); a lone dash is a value only beside a number."""
    tokens = line.split()
    n = len(tokens)
    while n and (_YEARBOOK_VALUE.fullmatch(tokens[n - 1]) or tokens[n - 1] in _YEARBOOK_EMPTY):
        n -= 1
    if 0 < n < len(tokens) and tokens[n - 1].endswith("="):
        n += 1  # ('Năm trước = 100': the base of an index, no value)
    values = tokens[n:]
    if values and not any(_YEARBOOK_VALUE.fullmatch(v) for v in values) and (n or len(values) > 1):
        return " ".join(tokens), []
    return " ".join(tokens[:n]), values


def _yearbook_unit(lines: list[str], at: int) -> str:
    """The unit a yearbook's table gives its figures on a line above ``at`` ('Đơn vị tính -
    Unit: Ha' -> 'ha', 'Đơn vị tính -' then 'Unit: %', a lone '%'), or ''."""
    for i in range(at - 1, max(-1, at - _YEARBOOK_HEAD_LINES), -1):
        text = " ".join(lines[i].split())
        if text == "%":
            return "%"
        m = _YEARBOOK_UNIT.match(text)
        said = m.group("unit") if m else ""
        if m and not said and i + 1 < len(lines):
            said = re.sub(r"^unit\s*:\s*", "", lines[i + 1].strip(), flags=re.IGNORECASE)
        said = re.split(r"\s+-\s*unit\b", said, flags=re.IGNORECASE)[0].strip(" .-")
        if said and len(said.split()) <= 4:
            return said if said.isupper() and len(said) > 2 else said[:1].lower() + said[1:]
    return ""


def _row_unit(name: str, unit: str) -> tuple[str, str]:
    """A row's name without the unit its bracket says, and that unit (or ``unit``)."""
    m = re.search(r"\s*\(\s*(%|‰)\s*\)\s*$", name)
    if m:
        return name[: m.start()], m.group(1)
    return name, unit


def _yearbook_cells(values: list[str], unit: str) -> list[str]:
    return [_with_unit(v, unit) if v not in _YEARBOOK_EMPTY else "" for v in values]


def _period_head(lines: list[str], at: int) -> tuple[list[str], int] | None:
    """The periods heading a yearbook's columns at line ``at`` (on one line, '2019  2020  2021',
    or one a line, three or more), and the line after them; None for none."""
    text = lines[at].strip()
    if not text:
        return None
    if _PERIOD_HEAD.fullmatch(text):
        periods = [m.group(0) for m in _PERIOD_CELL.finditer(text)]
        return [_period_label(p) for p in periods], at + 1
    periods, i, blank = [], at, 0
    while i < len(lines) and len(periods) <= _YEARBOOK_MAX_COLUMNS and blank <= 3:
        cell = lines[i].strip()
        if cell and not _PERIOD_CELL.fullmatch(cell):
            break
        if cell:
            periods.append(_period_label(cell))
        blank = 0 if cell else blank + 1  # (a few blank lines between cells, not a page of them)
        i += 1
    years = [int(p[-4:]) for p in periods if p[-4:].isdigit()]
    if len(periods) >= 3 and len(years) == len(periods) and years == sorted(set(years)):
        return periods, i
    return None


def _rows_under_periods(lines: list[str], at: int, k: int) -> tuple[list[list[str]], int]:
    """The rows of a yearbook's table whose ``k`` columns are periods, from line ``at``: each
    row its name (its Vietnamese, over one line or more) and ``k`` values (on its line, the
    line of its English name, or one a line); a line of words over a row with a name of its own
    a group's row. The rows and the line after the last; none for no such rows."""
    rows: list[list[str]] = []
    names: list[str] = []
    values: list[str] = []
    end = at
    i = at
    while i < len(lines) and len(rows) < _YEARBOOK_MAX_ROWS:
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if "|" in line:
            break
        text, found = _split_values(line)
        if text and 0 < len(found) < k:  # ('Tháng trước = 100': words, no row's values)
            text, found = line, []
        vi = _vi_part(text) if text else ""
        if text and (values or len(text.split()) > 25 or len(names) > 4):
            break
        if not found:
            if vi:
                names.append(vi)
            elif text and not _english(text) and re.search(r"[^\W\d_]", text):
                break
            continue
        if not values:
            if vi and names and not vi[:1].islower():
                rows.append([" ".join(names), *[""] * k])  # (a group's row: 'Tháng trước = 100')
                names = []
            if vi:
                names.append(vi)
            if not names:
                break
        values.extend(found)
        if len(values) > k:
            break
        if len(values) == k:
            rows.append([" ".join(names), *values])
            names, values, end = [], [], i
    while rows and not any(rows[-1][1:]):
        rows.pop()
    valued = [r for r in rows if any(r[1:])]
    if len(valued) < 2 or (len(valued) < 3 and k < 3):
        return [], at
    return rows, end


def _heads_above(lines: list[str], start: int, stop: int) -> list[str]:
    """The Vietnamese heads of a yearbook's columns over its rows (lines ``start`` to ``stop``):
    typed aligned, each line's cells by their place (a line opening in lower case goes on from
    the cell over it), or one a line; English cells and heads that group others left out."""
    cells: list[list] = []  # [start column, text, line]
    for n in range(start, stop):
        raw = lines[n].rstrip()
        if not raw.strip():
            continue
        parts = [(m.start(), m.group(0).strip()) for m in re.finditer(r"\S+(?:\s{1,2}\S+)*", raw)]
        if "\t" in raw:
            parts = [(raw.index(c), c.strip()) for c in raw.split("\t") if c.strip()]
        for col, text in parts:
            vi = _vi_part(text)
            unit = re.search(r"\((%|‰)\)\s*$", text)
            if not vi:
                if unit and cells:  # ('coverage (%)': the unit of the head over it, a rate's)
                    rates = [c for c in cells if _RATE_HEAD.match(c[1])]
                    near = (
                        rates[0] if len(rates) == 1 else min(cells, key=lambda c: abs(c[0] - col))
                    )
                    if "(" not in near[1]:
                        near[1] = f"{near[1]} ({unit.group(1)})"
                continue
            if vi[:1].islower():  # (a head's words go on: 'có rừng' under 'Diện tích')
                over = [c for c in cells if c[2] < n]
                if over:
                    near = min(over, key=lambda c: (abs(c[0] - col), -c[2]))
                    near[1] = f"{near[1]} {vi}"
                continue
            if re.search(r"[^\W\d_]", vi):
                cells.append([col, vi, n])
    heads = [c for c in cells if not _GROUP_HEAD.match(c[1])]
    heads.sort(key=lambda c: (c[0], c[2]))
    return [c[1] for c in heads]


def _period_rows(lines: list[str], at: int) -> tuple[list[tuple[str, list[str], str]], int, int]:
    """A yearbook's table whose rows are named by periods ('2018  325.517,2  286.495,4 …', or
    the period on a line and its values one a line), from line ``at``: its rows (each the
    period, its values and the line of words over it, a section's 'Cơ cấu - Structure (%)'),
    the number of values a row, and the line after the last row."""
    rows: list[tuple[str, list[str], str]] = []
    k = 0
    section = ""
    i, end = at, at
    last_year = 0
    while i < len(lines) and len(rows) < _YEARBOOK_MAX_ROWS:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        m = re.match(rf"({_YEAR_PERIOD})(?:\s+|$)", line, re.IGNORECASE)
        rest = line[m.end() :] if m else ""
        values = rest.split()
        if m and (
            not values or all(_YEARBOOK_VALUE.fullmatch(v) or v in _YEARBOOK_EMPTY for v in values)
        ):
            year = int(re.findall(r"\d{4}", m.group(1))[-1])
            if not values:  # (the period on a line of its own, its values one a line under it)
                j = i + 1
                while j < len(lines) and len(values) < (k or _YEARBOOK_MAX_COLUMNS + 1):
                    cell = lines[j].strip()
                    if cell and not (_YEARBOOK_VALUE.fullmatch(cell) or cell in _YEARBOOK_EMPTY):
                        break
                    if not k and re.fullmatch(_YEAR_PERIOD, cell, re.I) and int(cell[-4:]) > year:
                        break  # (the next period: the first row's values are counted)
                    if cell:
                        values.append(cell)
                    j += 1
                nxt = j
            else:
                nxt = i + 1
            if (k and len(values) != k) or len(values) < 2 or len(values) > _YEARBOOK_MAX_COLUMNS:
                break
            if rows and year < last_year and not section:
                break
            k, last_year = len(values), year
            rows.append((_period_label(m.group(1)), values, section))
            i = end = nxt
            continue
        if not rows:
            break
        text, found = _split_values(line)
        vi = _vi_part(text)
        if found or not text or len(text.split()) > 16:
            break
        if vi:
            section = vi
            last_year = 0
        i += 1
    return rows, k, end


def yearbook_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table of a statistics yearbook copied as text written as the Markdown
    rows the drafter reads a table by: its columns headed by periods ('2019  2020  Sơ bộ 2021',
    on a line or one a line), each row's Vietnamese name (its English left out) and its values;
    or its rows named by periods ('2018  325.517,2  286.495,4', a section's line 'Cơ cấu -
    Structure (%)' between them) under heads above them, written turned, a row a measure and a
    column a period, so that each figure is named by its measure and its year. Each value
    takes the table's unit ('Đơn vị tính - Unit: Ha') or its row's ('(%)'). Lines of any other
    kind as they are; each line is tried once as a table's start, its rows bounded."""
    out: list[str] = []
    i = plain = 0
    while i < len(lines):
        head = _period_head(lines, i) if "|" not in lines[i] else None
        if head is not None and len(head[0]) <= _YEARBOOK_MAX_COLUMNS:
            periods, after = head
            # (the periods' English under them, 'July Aug. Sep.': no row)
            while (
                after < len(lines) and _english(lines[after]) and not _split_values(lines[after])[1]
            ):
                after += 1
            rows, end = _rows_under_periods(lines, after, len(periods))
            if rows:
                unit = _yearbook_unit(lines, i)
                _tidy_above(out, min(plain, _YEARBOOK_HEAD_LINES))
                body = []
                for name, *values in rows:
                    name, own = _row_unit(name, unit)
                    body.append([name, *_yearbook_cells(values, own)])
                out.extend(table_lines([["Chỉ tiêu", *periods], *body]))
                i, plain = _after_page(lines, end), 0
                continue
        found = _period_table(lines, i, out, plain)
        if found:
            i, plain = found, 0
            continue
        out.append(lines[i])
        i, plain = i + 1, plain + 1
    return out


def _tidy_above(out: list[str], n: int) -> None:
    """Drops of the ``n`` lines ``out`` ends on, over a yearbook's table, those the table now
    says: its unit's ('Đơn vị tính -', 'Unit: %', a lone '%': in each value), the English of
    its title ('Rate of repeatters and drop-out by grade and by sex') and its number ('161', or
    before its title: '236       Chỉ số giá tiêu dùng …')."""
    for at in range(len(out) - 1, len(out) - 1 - max(n, 0), -1):
        text = " ".join(out[at].split())
        if text.startswith("#") or "://" in text:
            continue  # (the copier's note, where the page was copied from: kept)
        if (
            _YEARBOOK_UNIT.match(text)
            and len(text.split()) <= 8
            or re.match(r"unit\s*:", text, re.IGNORECASE)
            or text == "%"
            or _english(text)
            or re.fullmatch(r"\d{1,3}\.?", text)  # (the table's number in the yearbook: '161')
        ):
            del out[at]
        elif m := re.fullmatch(r"\d{1,3}\.?\s{2,}([^\W\d_].*)", out[at].strip()):
            out[at] = m.group(1)  # (its number before its title: '236       Chỉ số giá …')


def _after_page(lines: list[str], end: int) -> int:
    """The line after a yearbook's table ending at ``end``, past the page's number right under
    it ('384'), which is no figure of the text."""
    at = end
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at < len(lines) and re.fullmatch(r"\d{1,4}", lines[at].strip()):
        nxt = at + 1
        while nxt < len(lines) and not lines[nxt].strip():
            nxt += 1
        if nxt >= len(lines):
            return nxt
    return end


def _period_table(lines: list[str], at: int, out: list[str], plain: int) -> int:
    """Writes into ``out`` the yearbook's table whose rows are named by periods starting at line
    ``at`` (``_period_rows``), turned, with its heads read over it (the lines ``out`` ends on
    given back: at most the ``plain`` lines it ends on, written as they are); the line after
    it, or 0 for no such table."""
    if "|" in lines[at] or not re.match(rf"(?:{_YEAR_PERIOD})(?:\s|$)", lines[at].strip(), re.I):
        return 0
    before = next((lines[n].strip() for n in range(at - 1, -1, -1) if lines[n].strip()), "")
    if before and (_split_values(before)[1] or _PERIOD_CELL.match(before)):
        return 0  # (a row's values or period over it: no table's first row)
    rows, k, end = _period_rows(lines, at)
    if len(rows) < 3 or k < 2:
        return 0
    # its heads: the fewest lines over the rows that give one a column, the line right over
    # the rows a section's ('Cơ cấu - Structure (%)', first tried) or a head's
    found: tuple[int, list[str], str] | None = None
    start, seen = at, 0
    while start > at - plain and seen < _YEARBOOK_HEAD_LINES and found is None:
        start -= 1
        text = lines[start].strip()
        if not text:
            continue
        if _YEARBOOK_UNIT.match(text) or re.fullmatch(r"\d{1,4}\.?|%", text):
            break
        if text.lower().startswith("unit") or len(text.split()) > 20:
            break
        if re.search(r"[.!?…]$", text) and len(text.split()) >= 4 and " - " not in text:
            break  # (a sentence of the text, 'Kết quả cụ thể như sau.': no column's head)
        seen += 1
        last = next(n for n in range(at - 1, start - 1, -1) if lines[n].strip())
        said = _vi_part(lines[last].strip())
        if said and _SECTION.search(lines[last].strip()):
            if last > start and len(_heads_above(lines, start, last)) == k:
                found = (start, _heads_above(lines, start, last), said)
        elif len(_heads_above(lines, start, at)) == k:
            found = (start, _heads_above(lines, start, at), "")
    if found is None:
        return 0
    start, heads, first_section = found
    unit = _yearbook_unit(lines, start + 1)
    periods: list[str] = []
    for period, _values, _section in rows:
        if period not in periods:
            periods.append(period)
    sections: list[str] = []
    for _period, _values, section in rows:
        if (section or first_section) not in sections:
            sections.append(section or first_section)
    for section in sections:
        periods_of = [p for p, _v, s in rows if (s or first_section) == section]
        if len(set(periods_of)) != len(periods_of):
            return 0
    del out[len(out) - (at - start) :]
    _tidy_above(out, min(plain - (at - start), _YEARBOOK_HEAD_LINES))
    for section in sections:
        own = [(p, v) for p, v, s in rows if (s or first_section) == section]
        said_unit, measure = unit, ""
        if section:
            measure, said_unit = _row_unit(section, unit)
            measure = re.sub(r"\s*\([^()]*\)", "", measure).strip()
            if (
                said_unit == unit
                and 1 <= len(measure.split()) <= 2
                and not re.search(r"\d", measure)
            ):
                said_unit, measure = measure.lower(), ""  # ('Người - Person': a unit, no measure)
        body = []
        for n, head in enumerate(heads):
            name, cell_unit = _row_unit(head, said_unit)
            if measure:  # ('Cơ cấu' over 'Nam': 'Cơ cấu nam', each section's rows its own)
                name = f"{measure} {name[:1].lower() + name[1:] if name[1:2].islower() else name}"
            cells = {p: v[n] for p, v in own}
            if cell_unit == "%" and all(re.fullmatch(r"100(?:[.,]0+)?", c) for c in cells.values()):
                continue  # ('Cơ cấu tổng số': the whole, 100% each year, no figure of its own)
            body.append([name, *_yearbook_cells([cells.get(p, "") for p in periods], cell_unit)])
        if out and out[-1].startswith("|"):
            # (each section's table a table of its own, opened by its section's words)
            opening = re.sub(r"\s*\([^()]*\)", "", section) or section
            out.append(f"{opening}:")
        out.extend(table_lines([["Chỉ tiêu", *periods], *body]))
    return _after_page(lines, end)
