"""The heading hierarchy of a guidance document, recovered from its numbering."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROMAN = re.compile(r"^([IVXLC]+)\s*[-.–]\s+(.+)$")
_DOTTED = re.compile(r"^(\d+(?:\.\d+)+)\s*[-.–]?\s+(.+)$")
_ARABIC = re.compile(r"^(\d+)\s*[-.–]\s+(.+)$")
_LETTER = re.compile(r"^([a-zđ])\s*[-.)]\s+(.+)$")
_PAREN = re.compile(r"^\((\d+)\)\s+(.+)$")
_DASH = re.compile(r"^[-–+•]\s+(.+)$")
_NUMBER = re.compile(r"^Số\s*:?\s*(\d+)\s*[-–]\s*([A-ZĐ]+/[A-ZĐ0-9/]+)", re.IGNORECASE)
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_END = re.compile(r"^(Nơi nhận|T/M\b|K/T\b|TM\.|KT\.|T/L\b|TL\.)", re.IGNORECASE)
_DOC_TYPES = ("HƯỚNG DẪN", "KẾ HOẠCH", "BÁO CÁO", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO", "ĐỀ CƯƠNG")
_ORG_IN_TEXT = re.compile(r"(Ban [^,;:]*?(?:tỉnh|Tỉnh ủy|Khối))\s+(?:xây dựng|ban hành|hướng dẫn)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; ``marker`` is '-', '(3)' or '2' for list and numbered items, else ''."""

    text: str
    marker: str = ""


@dataclass(frozen=True)
class Heading:
    """A numbered heading with its own paragraphs and sub-headings.

    ``path`` is the full item number as cited, e.g. ``II.2.2a``; ``review`` holds doubts.
    """

    kind: str
    number: str
    path: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    children: tuple[Heading, ...]
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A guidance document: front matter and numbered headings, without signature or recipients."""

    title: str
    number: str
    doc_type: str
    organization: str
    date: str
    intro: tuple[str, ...]
    headings: tuple[Heading, ...]
    review: tuple[str, ...] = ()


@dataclass
class _Open:
    kind: str
    number: str
    path: str
    title: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[_Open] = field(default_factory=list)
    review: list[str] = field(default_factory=list)

    def freeze(self) -> Heading:
        return Heading(
            self.kind,
            self.number,
            self.path,
            self.title,
            tuple(self.paragraphs),
            tuple(c.freeze() for c in self.children),
            tuple(self.review),
        )


def parse(paragraphs: list[str]) -> Document:
    """Split paragraphs into front matter, a heading tree and the (dropped) closing matter."""
    first = next((i for i, p in enumerate(paragraphs) if _heading(p)), len(paragraphs))
    body = paragraphs[first:]
    end = next((i for i, p in enumerate(body) if _END.match(p)), len(body))
    front = _front(paragraphs[:first])
    root = _Open("root", "", "", "")
    stack: list[_Open] = [root]
    for text in body[:end]:
        head = _heading(text)
        if head is None:
            stack[-1].paragraphs.append(_paragraph(text))
            continue
        kind, number, title = head
        kinds = [o.kind for o in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        parent = stack[-1]
        node = _Open(kind, number, _path(parent, kind, number), title)
        previous = parent.children[-1] if parent.children else None
        expected = _ordinal(kind, previous.number) + 1 if previous else 1
        if _ordinal(kind, number) != expected:
            node.review.append(
                f"numbering goes from {previous.number if previous else 'nothing'} to {number}; "
                "check this heading's level"
            )
        parent.children.append(node)
        stack.append(node)
    review = list(front.pop("review"))
    if root.paragraphs:
        review.append("text between the front matter and the first heading was kept as intro")
    return Document(
        headings=tuple(c.freeze() for c in root.children),
        intro=tuple(front.pop("intro")) + tuple(p.text for p in root.paragraphs),
        review=tuple(review),
        **front,
    )


def _heading(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) when the paragraph is a numbered heading, else None.

    A numbered paragraph that reads as prose (it ends with a full stop or has several
    sentences) is a numbered item, not a heading.
    """
    for kind, pattern in (
        ("roman", _ROMAN),
        ("dotted", _DOTTED),
        ("arabic", _ARABIC),
        ("letter", _LETTER),
    ):
        m = pattern.match(text)
        if not m:
            continue
        number, title = m.group(1), m.group(2).strip()
        if kind == "dotted":
            kind = f"dotted{number.count('.')}"
        if kind != "roman" and (title.endswith(".") or ". " in title):
            return None
        return kind, number, title
    return None


def _paragraph(text: str) -> Paragraph:
    for pattern, marker in ((_PAREN, None), (_DASH, "-"), (_ARABIC, None)):
        m = pattern.match(text)
        if m:
            if pattern is _PAREN:
                return Paragraph(text, f"({m.group(1)})")
            if marker:
                return Paragraph(m.group(1), marker)
            return Paragraph(m.group(2), m.group(1))
    return Paragraph(text)


def _path(parent: _Open, kind: str, number: str) -> str:
    if parent.kind == "root":
        return number
    if kind.startswith("dotted"):
        # "2.1" under "II" -> "II.2.1": the dotted number repeats its arabic parent
        base = parent.path.rsplit(".", 1)[0] if parent.kind == "arabic" else parent.path
        return f"{base}.{number}"
    if kind == "letter":
        return f"{parent.path}{number}"
    return f"{parent.path}.{number}"


def _ordinal(kind: str, number: str) -> int:
    if kind == "roman":
        total = 0
        values = [_ROMAN_VALUES[c] for c in number]
        for i, v in enumerate(values):
            total += -v if i + 1 < len(values) and values[i + 1] > v else v
        return total
    if kind == "letter":
        return "abcdđefghiklmnopqrstuvxy".index(number) + 1 if number != "đ" else 5
    return int(number.rsplit(".", 1)[-1])


def _front(paragraphs: list[str]) -> dict:
    """Deck fields from the paragraphs before the first heading."""
    number = doc_type = title = date = ""
    org_lines: list[str] = []
    intro: list[str] = []
    review: list[str] = []
    for text in paragraphs:
        m = _NUMBER.match(text)
        d = _DATE.search(text)
        if text == "*" or not text:
            continue
        if m:
            number = f"{int(m.group(1))}-{m.group(2).upper()}"
        elif d and len(text) < 80 and not date:
            date = f"{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
        elif text.upper() in _DOC_TYPES and not doc_type:
            doc_type = text.upper()
        elif doc_type and not title:
            title = text
        elif not doc_type and text.isupper():
            org_lines.append(text)
        else:
            intro.append(text)
    organization = " - ".join(_sentence_case(line) for line in org_lines)
    if not organization:
        found = next((m for p in intro if (m := _ORG_IN_TEXT.search(p))), None)
        if found:
            organization = found.group(1)
            review.append("organization taken from the opening paragraph (no header lines found)")
        else:
            review.append("no issuing body found")
    if not title:
        review.append("no title found after the document type line")
    if not number:
        review.append("no document number ('Số ...') found")
    return {
        "title": title,
        "number": number,
        "doc_type": doc_type,
        "organization": organization,
        "date": date,
        "intro": intro,
        "review": review,
    }


def _sentence_case(text: str) -> str:
    lower = text.lower()
    return lower[:1].upper() + lower[1:]


def sentence_case(text: str) -> str:
    """'MỤC ĐÍCH, YÊU CẦU' -> 'Mục đích, yêu cầu'; mixed-case text is left as it is."""
    return _sentence_case(text) if text.isupper() else text
