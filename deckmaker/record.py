"""What deckmaker wrote in a deck, kept in the deck itself: its custom document properties.

``build`` records a fingerprint per slide and the figures it showed, so that a later ``build`` can
tell a deck it may overwrite (unchanged since it was written) from one a presenter has edited,
and ``deckmaker diff`` can compare today's figures with those the deck shows.

The record lives in ``docProps/custom.xml`` (File > Properties > Custom in PowerPoint and
LibreOffice), which both keep when they save; a ``customXml`` part is dropped by LibreOffice
Impress. Every value stays under 255 characters, the longest PowerPoint keeps:

- ``deckmaker``: ``{"record": 1, "slides": N}``;
- ``deckmaker.slide.001`` …: the slide's fingerprint (16 hex digits), a space, its title;
- ``deckmaker.figure.KEY``: ``[formatted value, label, [slide numbers]]`` (JSON);
- ``deckmaker.text.001`` … (record 2): what ``deckmaker update`` needs to find the figures on
  built slide 1 after hand edits: ``{"s": source, "t": [[shape name, kind, text as written]],
  "c": [[chart name, data digest, native]]}`` (JSON), split across ``deckmaker.text.001``,
  ``deckmaker.text.001~2``, … when longer than one property holds.

- ``deckmaker.style.001`` … (record 2, since session 25): built slide 1's shapes in document
  order (groups' members after the group, the notes last), each as 16 hex digits: 6 of its kind
  and text, 4 of its position and size, 6 of its style (fill and line colours, each run's bold,
  italic, underline, colour, size and font): ``aaaaaabbbbcccccc …``, split as the texts are.

Record 1 (no ``deckmaker.text``) is still read: its slides and figures, without the texts. A
record without ``deckmaker.style`` (written before session 25) reads as styles unknown: no
change of style is reported against it.

A slide's fingerprint (``writer/record.py``) hashes what a presenter sees, not the
XML an editor rewrites on save. This module reads and writes the record without python-pptx.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

PROPERTY = "deckmaker"
RECORD_VERSION = 2
MAX_VALUE = 255
"""The longest text value of a custom property that PowerPoint keeps."""
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


@dataclass(frozen=True)
class SlideRecord:
    fingerprint: str
    title: str


@dataclass(frozen=True)
class FigureRecord:
    value: str
    label: str
    slides: tuple[int, ...]


@dataclass(frozen=True)
class ElementText:
    """The text deckmaker wrote into one element of a slide that shows figures."""

    name: str
    """The shape's name (``Body``, ``KPI Value 1``, ``Table``, ``Chart``); empty for notes."""
    kind: str
    """``text`` (a text shape), ``table`` (its cells), ``notes``, ``alt`` (a chart's alt text)."""
    text: str
    """As written: paragraphs (table cells) joined by ``\\n``, line breaks as ``\\v``."""


@dataclass(frozen=True)
class ChartRecord:
    name: str
    digest: str
    """16 hex digits of the chart's data (``chart_digest``): a changed digest means redraw."""
    native: bool


@dataclass(frozen=True)
class SlideTexts:
    """What a built slide that shows figures holds: where it came from, its texts, its charts."""

    source: str
    """The outline path of the slide, ``#`` and its continuation (``sections[0].slides[1]#0``)."""
    texts: tuple[ElementText, ...]
    charts: tuple[ChartRecord, ...] = ()


@dataclass(frozen=True)
class ShapeStyle:
    """One shape of a built slide as the record keeps it (``writer/record.py``)."""

    content: str
    """6 hex digits of its kind and text (a picture's image, a table's cells)."""
    place: str
    """4 hex digits of its position and size in 1/100 mm."""
    style: str
    """6 hex digits of its fill and line colours and its runs' style, in order."""


@dataclass(frozen=True)
class ShapeNow:
    """One shape of a slide as it is now: what the record keeps of it, and how to name it."""

    shape: ShapeStyle
    place_saved_again: str
    """``place`` undoing LibreOffice's saving of a width or height 1/100 mm short."""
    label: str
    """Its text's first line (cut), else ``""``."""
    name: str
    """The shape's name."""
    index: int = 0
    """Its place among the slide's shapes, groups' members after their group, from 0."""


def _styles_value(shapes: Sequence[ShapeStyle]) -> str:
    return " ".join(f"{s.content}{s.place}{s.style}" for s in shapes)


def _read_styles(value: str) -> tuple[ShapeStyle, ...] | None:
    out = []
    for item in value.split():
        if len(item) != 16 or any(ch not in "0123456789abcdef" for ch in item):
            return None
        out.append(ShapeStyle(item[:6], item[6:10], item[10:]))
    return tuple(out)


@dataclass(frozen=True)
class Record:
    """What ``build`` wrote: one entry per slide, in order, and the figures shown."""

    slides: tuple[SlideRecord, ...]
    figures: dict[str, FigureRecord]
    texts: dict[int, SlideTexts] = field(default_factory=dict)
    """Built slide number (from 1) → its texts, for the slides that show figures (record 2)."""
    version: int = RECORD_VERSION
    styles: dict[int, tuple[ShapeStyle, ...]] = field(default_factory=dict)
    """Built slide number (from 1) → its shapes' styles; empty in a record written before
    session 25 (styles unknown)."""


# -- the record in docProps/custom.xml -------------------------------------------------------
def _fit(prefix: str, text: str) -> str:
    """``prefix + text``, with ``text`` cut (ending in …) to keep the value under the limit."""
    if len(prefix) + len(text) <= MAX_VALUE:
        return prefix + text
    return prefix + text[: MAX_VALUE - len(prefix) - 1] + "…"


def _figure_value(fig: FigureRecord) -> str:
    value = json.dumps([fig.value, fig.label, list(fig.slides)], ensure_ascii=False)
    label = fig.label
    while len(value) > MAX_VALUE and label:
        label = label[: max(0, len(label) - (len(value) - MAX_VALUE) - 1)]
        value = json.dumps([fig.value, label + "…", list(fig.slides)], ensure_ascii=False)
    if len(value) > MAX_VALUE:  # a figure on very many slides: the first ones
        value = json.dumps([fig.value[:80], "", list(fig.slides[:20])], ensure_ascii=False)
    return value


def _split(name: str, value: str) -> Iterator[tuple[str, str]]:
    """``value`` as properties of at most ``MAX_VALUE`` characters: ``name``, ``name~2``, …"""
    for k in range(0, max(len(value), 1), MAX_VALUE):
        yield (name if k == 0 else f"{name}~{k // MAX_VALUE + 1}"), value[k : k + MAX_VALUE]


def _joined(props: Mapping[str, str], name: str) -> str | None:
    """The value :func:`_split` wrote under ``name``, or None."""
    if name not in props:
        return None
    parts = [props[name]]
    n = 2
    while f"{name}~{n}" in props:
        parts.append(props[f"{name}~{n}"])
        n += 1
    return "".join(parts)


def _texts_value(t: SlideTexts) -> str:
    return json.dumps(
        {
            "s": t.source,
            "t": [[e.name, e.kind, e.text] for e in t.texts],
            "c": [[c.name, c.digest, int(c.native)] for c in t.charts],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def record_properties(
    slides: Sequence[SlideRecord],
    figures: Mapping[str, FigureRecord],
    texts: Mapping[int, SlideTexts] | None = None,
    styles: Mapping[int, Sequence[ShapeStyle]] | None = None,
) -> Iterator[tuple[str, str]]:
    """The (name, value) pairs of a record, in the order they are written."""
    yield PROPERTY, json.dumps({"record": RECORD_VERSION, "slides": len(slides)})
    for i, s in enumerate(slides, 1):
        yield f"{PROPERTY}.slide.{i:03d}", _fit(f"{s.fingerprint} ", s.title)
    for key in sorted(figures):
        yield f"{PROPERTY}.figure.{key}", _figure_value(figures[key])
    for i in sorted(texts or {}):
        yield from _split(f"{PROPERTY}.text.{i:03d}", _texts_value((texts or {})[i]))
    for i in sorted(styles or {}):
        yield from _split(f"{PROPERTY}.style.{i:03d}", _styles_value((styles or {})[i]))


def custom_xml(pairs: Iterator[tuple[str, str]]) -> bytes:
    from xml.sax.saxutils import escape, quoteattr  # here: it imports urllib.request (~0.017 s)

    rows = [
        f'<property fmtid="{_FMTID}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(pairs, 2)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">' + "".join(rows) + "</Properties>"
    ).encode("utf-8")


def _properties(data: bytes) -> dict[str, str]:
    """The custom properties of a .pptx (empty when it has none, or is no zip)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("docProps/custom.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return {}
    from lxml import etree  # here, not before a cold build's first chart (the guard imports us)

    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return {}
    out = {}
    for prop in root.iterchildren(f"{{{_CUSTOM_NS}}}property"):
        name = prop.get("name") or ""
        value = next((c.text or "" for c in prop), "")
        out[name] = value
    return out


def read_record(data: bytes) -> Record | None:
    """The record in a deck's bytes, or None when deckmaker did not make it."""
    props = _properties(data)
    try:
        head = json.loads(props[PROPERTY])
        n = int(head["slides"])
        version = int(head.get("record", 1))
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    slides = []
    for i in range(1, n + 1):
        fp, _, title = props.get(f"{PROPERTY}.slide.{i:03d}", "").partition(" ")
        slides.append(SlideRecord(fp, title))
    figures = {}
    prefix = f"{PROPERTY}.figure."
    for name, value in props.items():
        if name.startswith(prefix):
            try:
                v, label, nums = json.loads(value)
                figures[name[len(prefix) :]] = FigureRecord(
                    str(v), str(label), tuple(int(n) for n in nums)
                )
            except (ValueError, TypeError):
                continue
    texts = {}
    for i in range(1, n + 1):
        joined = _joined(props, f"{PROPERTY}.text.{i:03d}")
        if joined is None:
            continue
        try:
            d = json.loads(joined)
            texts[i] = SlideTexts(
                str(d["s"]),
                tuple(ElementText(str(a), str(b), str(c)) for a, b, c in d["t"]),
                tuple(ChartRecord(str(a), str(b), bool(c)) for a, b, c in d.get("c", ())),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # a property an editor cut: that slide's figures are found no more
    styles = {}
    for i in range(1, n + 1):
        joined = _joined(props, f"{PROPERTY}.style.{i:03d}")
        shapes = _read_styles(joined) if joined is not None else None
        if shapes is not None:  # none, or cut by an editor: that slide's styles are unknown
            styles[i] = shapes
    return Record(tuple(slides), figures, texts, version, styles)
