"""From a parsed guidance document to draft sections, slides and figures."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .figures import Found, Value, find_figures, slug
from .structure import Document, Heading, Paragraph, sentence_case

MAX_BULLETS = 6
MAX_CHARS = 110
TITLE_CHARS = 80
CHART_MAX = 8

_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ(“\"])|\s(?=\(\d+\)\s)")
_CLAUSE = re.compile(r";\s+")
_YEAR = re.compile(r"năm (\d{4})")


@dataclass(frozen=True)
class FigureDraft:
    """One entry of figures.yaml."""

    key: str
    label: str
    value: Value
    unit: str | None
    period: str
    plan: Value | None
    source: str
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChartDraft:
    """A chart of figures, one category per figure."""

    type: str
    title: str
    figures: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class SlideDraft:
    """A bullets slide or a chart slide, with notes and review remarks."""

    title: str
    bullets: tuple[str, ...] = ()
    notes: str = ""
    chart: ChartDraft | None = None
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionDraft:
    """A section of the deck, following one part of the guidance."""

    title: str
    subtitle: str
    slides: tuple[SlideDraft, ...]
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeckDraft:
    """Everything the writer needs for outline.yaml and figures.yaml."""

    title: str
    subtitle: str
    organization: str
    date: str
    sections: tuple[SectionDraft, ...]
    figures: tuple[FigureDraft, ...]
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Keyed:
    found: Found
    key: str


class _Composer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.taken: set[str] = set()
        self.figures: list[FigureDraft] = []
        self.source = f"HD {doc.number}" if doc.number else "Hướng dẫn"

    def deck(self) -> DeckDraft:
        sections: list[SectionDraft] = []
        for top in self.doc.headings:
            if any(child.children for child in top.children):
                for child in top.children:
                    sections.append(self.section(child, [top], sentence_case(top.title)))
            else:
                sections.append(self.section(top, [], ""))
        review = list(self.doc.review)
        lead = self.lead_section()
        if lead is not None:
            sections.insert(0, lead)
        elif self.doc.intro and sections and sections[0].slides:
            first = sections[0].slides[0]
            intro = "\n\n".join(self.doc.intro)
            notes = f"{intro}\n\n{first.notes}".strip()
            remark = "the document's opening paragraph is in these notes"
            slides = (replace(first, notes=notes, review=(*first.review, remark)),)
            sections[0] = replace(sections[0], slides=slides + sections[0].slides[1:])
        doc_type = self.doc.doc_type.capitalize() if self.doc.doc_type else "Văn bản"
        subtitle = f"Tài liệu tuyên truyền theo {doc_type} số {self.doc.number}".strip()
        return DeckDraft(
            title=self.doc.title or "Tài liệu tuyên truyền",
            subtitle=subtitle,
            organization=self.doc.organization,
            date=self.doc.date,
            sections=tuple(sections),
            figures=tuple(self.figures),
            review=tuple(review),
        )

    def lead_section(self) -> SectionDraft | None:
        """A first section for figures written before the first heading (or with no headings)."""
        paragraphs = [p for p in self.doc.intro if not p.startswith(_PREAMBLE)]
        if not paragraphs or (self.doc.headings and not any(find_figures(p) for p in paragraphs)):
            return None
        title = self.doc.title
        first = paragraphs[0]
        if (
            not title
            and len(first) <= TITLE_CHARS
            and not find_figures(first)
            and not first.endswith((".", ":", ";"))
        ):
            title = paragraphs.pop(0)
        node = Heading(
            "lead", "", "", title or "Tổng quan", tuple(_as_paragraph(p) for p in paragraphs), ()
        )
        section = self.section(node, [], "")
        remark = "the text before the document's first heading, with its figures"
        return replace(section, subtitle="", review=(*section.review, remark))

    def section(self, node: Heading, parents: list[Heading], parent_title: str) -> SectionDraft:
        title, shortened = shorten(sentence_case(node.title))
        review = list(node.review)
        if shortened:
            review.append("section title shortened from the heading; the full heading is in notes")
        subtitle = f"{parent_title} (mục {node.path})" if parent_title else f"Mục {node.path}"
        slides = self.slides(node, parents)
        if not slides:
            slides = [SlideDraft(title, (title,), node.title, review=("empty heading",))]
        elif shortened and not slides[0].notes.startswith(node.title):
            slides[0] = replace(slides[0], notes=f"{node.title}\n\n{slides[0].notes}".strip())
        return SectionDraft(title, subtitle, tuple(slides), tuple(review))

    def slides(
        self, node: Heading, parents: list[Heading], full_heading: str = ""
    ) -> list[SlideDraft]:
        out: list[SlideDraft] = []
        title, shortened = shorten(sentence_case(node.title))
        if node.kind != "lead" and find_figures(node.title):
            # "1. Thu nội địa: 1.256,000 tỷ đồng:": the heading states figures of its own
            node = replace(node, paragraphs=(Paragraph(node.title), *node.paragraphs))
        if node.paragraphs:
            period = _period([*parents, node])
            keyed = [self.keyed(p, node, period) for p in node.paragraphs]
            remarks = list(node.review)
            if shortened:
                remarks.append(
                    "slide title shortened from the heading; the full heading is in notes"
                )
            out.extend(
                _bullet_slides(
                    title, node, keyed, full_heading or (node.title if shortened else ""), remarks
                )
            )
            out.extend(self.charts(title, node, keyed))
        for child in node.children:
            out.extend(self.slides(child, [*parents, node]))
        return out

    def keyed(self, paragraph: Paragraph, node: Heading, period: str) -> list[_Keyed]:
        result = []
        for found in find_figures(paragraph.text, period):
            key = slug(found.label, self.taken)
            self.figures.append(
                FigureDraft(
                    key=key,
                    label=found.label,
                    value=found.value,
                    unit=found.unit,
                    period=found.period,
                    plan=found.plan,
                    source=_source(self.source, node.path, found.item),
                    review=found.review,
                )
            )
            result.append(_Keyed(found, key))
        return result

    def charts(self, title: str, node: Heading, keyed: list[list[_Keyed]]) -> list[SlideDraft]:
        """Bar charts of an indicator list: exact single values grouped by unit."""
        items = sum(
            len(re.findall(r"\(\d+\)\s", p.text))
            for p in node.paragraphs
            if not p.marker.startswith("(")
        )
        if items < 3:
            return []
        groups: dict[str, list[_Keyed]] = {}
        for k in (k for ks in keyed for k in ks):
            f = k.found
            if isinstance(f.value, Decimal) and not f.review and f.unit:
                groups.setdefault(f.unit, []).append(k)
        out = []
        for unit, ks in groups.items():
            if len(ks) < 3:
                continue
            for i in range(0, len(ks), CHART_MAX):
                part = ks[i : i + CHART_MAX]
                chart = ChartDraft(
                    type="barh",
                    title=f"{title} ({unit})",
                    figures=tuple(k.key for k in part),
                    source=_source(self.source, node.path, ""),
                )
                labels = "\n".join(f"- {k.found.label}: {k.found.text}" for k in part)
                out.append(
                    SlideDraft(
                        title,
                        notes=labels,
                        chart=chart,
                        review=("chart proposed from the indicator list; check the grouping",),
                    )
                )
        return out


_PREAMBLE = ("Căn cứ", "Trên cơ sở", "Qua xem xét", "Xét ", "Theo đề nghị")


def _as_paragraph(text: str) -> Paragraph:
    if m := re.match(r"^[-–+•]\s+(.+)$", text):
        return Paragraph(m.group(1), "-")
    return Paragraph(text)


def _source(document: str, path: str, item: str) -> str:
    return f"{document}, mục {path}{item}" if path else f"{document}{f', {item}' if item else ''}"


def compose(doc: Document) -> DeckDraft:
    """The draft deck of a parsed guidance document."""
    return _Composer(doc).deck()


def shorten(text: str, limit: int = TITLE_CHARS) -> tuple[str, bool]:
    """A title of at most ``limit`` characters, cut at a clause or word; and whether it was cut."""
    text = text.rstrip(" :")
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    for sep in ("; ", ", "):
        cut = head.rfind(sep)
        if cut >= 30:
            return head[:cut], True
    return head.rsplit(" ", 1)[0] + "…", True


def _period(chain: list[Heading]) -> str:
    for node in reversed(chain):
        if m := _YEAR.search(node.title):
            return m.group(1)
    return ""


def _bullet_slides(
    title: str, node: Heading, keyed: list[list[_Keyed]], full_heading: str, remarks: list[str]
) -> list[SlideDraft]:
    """Bullets from every paragraph, six to a slide; notes hold the paragraphs in full."""
    per_paragraph = [_bullets(p, ks) for p, ks in zip(node.paragraphs, keyed, strict=True)]
    slides: list[tuple[list[str], list[str]]] = []
    for paragraph, bullets in zip(node.paragraphs, per_paragraph, strict=True):
        for i, bullet in enumerate(bullets):
            if not slides or len(slides[-1][0]) >= MAX_BULLETS:
                slides.append(([], []))
            slides[-1][0].append(bullet)
            if i == 0:
                slides[-1][1].append(_note(paragraph))
    out = []
    for n, (bullets, notes) in enumerate(slides):
        text = "\n\n".join(notes)
        if n == 0 and full_heading:
            text = f"{full_heading}\n\n{text}"
        out.append(SlideDraft(title, tuple(bullets), text, review=tuple(remarks) if n == 0 else ()))
    return out


def _note(paragraph: Paragraph) -> str:
    if paragraph.marker == "-":
        return f"- {paragraph.text}"
    if paragraph.marker and not paragraph.marker.startswith("("):
        return f"{paragraph.marker}- {paragraph.text}"
    return paragraph.text


def _bullets(paragraph: Paragraph, keyed: list[_Keyed]) -> list[str]:
    """First clause of the first sentence, and every sentence or clause that holds a figure."""
    text = paragraph.text
    spans = sorted(
        [(k.found.span, "{" + k.key + "}") for k in keyed]
        + [(k.found.plan_span, "{" + k.key + ".plan}") for k in keyed if k.found.plan_span]
    )
    out: list[str] = []
    for i, (a, b) in enumerate(_pieces(text, _SENTENCE, 0, len(text))):
        has = [s for s in spans if a <= s[0][0] < b]
        if i > 0 and not has:
            continue
        if b - a <= MAX_CHARS and (has or i == 0):
            ranges = [(a, b)]
        else:
            clauses = _pieces(text, _CLAUSE, a, b)
            ranges = [
                (c, d)
                for j, (c, d) in enumerate(clauses)
                if (i == 0 and j == 0) or any(c <= s[0][0] < d for s in has)
            ]
        for c, d in ranges:
            end = _trim_end(text, c, d, spans)
            bullet = _render(text, c, end, spans) + ("…" if end < d else "")
            if bullet and not (len(bullet) < 25 and bullet.endswith(":")):
                out.append(bullet)
    end = _trim_end(text, 0, len(text), spans)
    return out or [_render(text, 0, end, spans) + ("…" if end < len(text) else "")]


def _pieces(text: str, pattern: re.Pattern[str], a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a] + [m.end() for m in pattern.finditer(text, a, b)] + [b]
    pieces = []
    for c, d in zip(cuts, cuts[1:], strict=False):
        c2 = c + len(text[c:d]) - len(text[c:d].lstrip())
        d2 = c2 + len(text[c2:d].rstrip(" ;"))
        if d2 > c2:
            pieces.append((c2, d2))
    return pieces


def _trim_end(text: str, a: int, b: int, spans: list[tuple[tuple[int, int], str]]) -> int:
    """Where to end a bullet so it stays under ``MAX_CHARS``, never inside a figure."""
    if b - a <= MAX_CHARS:
        return b
    limit = a + MAX_CHARS - 2

    def outside(pos: int) -> bool:
        return not any(s[0] < pos < s[1] for s, _ in spans)

    for sep in (", ", " "):
        pos = text.rfind(sep, a + 40, limit)
        while pos > a and not outside(pos):
            pos = text.rfind(sep, a + 40, pos)
        if pos > a:
            return pos
    return limit


def _render(text: str, a: int, b: int, spans: list[tuple[tuple[int, int], str]]) -> str:
    parts = []
    pos = a
    for (s, e), ref in spans:
        if s >= a and e <= b:
            parts.append(_escape(text[pos:s]))
            parts.append(ref)
            pos = e
    parts.append(_escape(text[pos:b]))
    bullet = "".join(parts).strip().rstrip(".;,: ")
    return bullet[:1].upper() + bullet[1:]


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")
