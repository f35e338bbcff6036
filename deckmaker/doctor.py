"""The deck doctor: render any .pptx through LibreOffice and report text out of place and glyphs."""

from __future__ import annotations

import html
import math
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from deckmaker.errors import Location, Problem, RenderError
from deckmaker.layout.fonts import FontNotFoundError, missing_glyphs, resolve_font
from deckmaker.office import convert
from deckmaker.units import EMU_PER_INCH, EMU_PER_PT

TOLERANCE_PT = 2.0
"""How far (in points) rendered text may stray outside its box before it counts."""
KINDS = ("overflow", "offslide", "overlap", "glyph")
_PDF_FILTER = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'
_BACKGROUND_SHARE = 0.9  # a picture under text covering this much of the slide is a background
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE)
_MAX_SLIDE = 51206400  # 56 in, the largest slide PowerPoint (and python-pptx) allows
# LibreOffice writes Ascent 0 / Descent 0 in its PDF font descriptors, so poppler boxes each word
# from 0.95 em above the baseline to 0.35 em below it, deeper than any real descent (0.21-0.29 em):
# trimming 15% of the box height (0.2 em) brings the bottom back to about where the line ends
# (a little above it for fonts with deep descents: a descender just past a box is no overflow).
_DESCENT_TRIM = 0.15


@dataclass(frozen=True)
class Finding:
    """One problem on one slide; ``slide`` is 1-based, ``kind`` one of ``KINDS``."""

    slide: int
    kind: str
    message: str
    shape: str

    def __str__(self) -> str:
        return f"slide {self.slide}: {self.kind}: {self.message}"


def format_findings(findings: Iterable[Finding]) -> str:
    """One line per finding, ``slide N: kind: message``; empty when there are none."""
    return "\n".join(str(f) for f in findings)


@dataclass(frozen=True)
class _Box:
    left: float
    top: float
    right: float
    bottom: float

    def area(self) -> float:
        return max(0.0, self.right - self.left) * max(0.0, self.bottom - self.top)

    def overlap(self, other: _Box) -> _Box | None:
        box = _Box(
            max(self.left, other.left),
            max(self.top, other.top),
            min(self.right, other.right),
            min(self.bottom, other.bottom),
        )
        return box if box.right > box.left and box.bottom > box.top else None


@dataclass(frozen=True)
class _Text:
    """Text LibreOffice lays out in one box: a text shape, a table cell, or master/layout text."""

    shape: int  # index into the slide's shapes, -1 for master/layout text
    box: _Box
    text: str
    check: bool  # overflow is meaningful (not autofit-to-text, rotated or vertical)
    cell: tuple[int, int] | None = None


@dataclass(frozen=True)
class _Shape:
    name: str
    kind: str  # "text", "picture", "table" or "other"
    box: _Box
    rows: tuple[float, ...] = ()  # table row heights, EMU
    pad_bottom: float = 45720.0  # table cell bottom margin, EMU


@dataclass(frozen=True)
class _Run:
    shape: str
    text: str
    font: str
    bold: bool
    italic: bool


@dataclass(frozen=True)
class _SlideModel:
    shapes: tuple[_Shape, ...]
    texts: tuple[_Text, ...]
    runs: tuple[_Run, ...]


# ---------------------------------------------------------------- reading the deck


def _theme_fonts(master: Any) -> dict[str, str]:
    try:
        root = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    except KeyError:  # a master without a theme: runs then need to name their font
        return {}
    fonts = {}
    for key, tag in (("+mj", "majorFont"), ("+mn", "minorFont")):
        found = root.find(f".//{qn('a:' + tag)}/{qn('a:latin')}")
        fonts[key] = found.get("typeface") if found is not None else ""
    return fonts


def _latin(el: Any, level: int) -> str:
    """The latin typeface a list style (lstStyle, txStyles child) gives paragraphs of ``level``."""
    if el is None:
        return ""
    found = el.find(f"{qn(f'a:lvl{level + 1}pPr')}/{qn('a:defRPr')}/{qn('a:latin')}")
    return found.get("typeface", "") if found is not None else ""


def _font_chain(shape: Any, master: Any, prs: Any) -> list[tuple[Any, str]]:
    """Where a run's font comes from when the run itself does not name one, nearest first."""
    chain: list[Any] = []
    node = shape
    while node is not None:  # slide placeholder -> layout placeholder -> master placeholder
        chain.append(node._element.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}"))
        node = getattr(node, "_base_placeholder", None) if node.is_placeholder else None
    styles = master._element.find(qn("p:txStyles"))
    ph = shape.placeholder_format.type if shape.is_placeholder else None
    kind = "titleStyle" if ph in _TITLES else ("bodyStyle" if ph is not None else "otherStyle")
    if styles is not None:
        chain.append(styles.find(qn("p:" + kind)))
    chain.append(prs._element.find(qn("p:defaultTextStyle")))
    return [(el, "+mj" if kind == "titleStyle" else "+mn") for el in chain]


def _runs(name: str, frame: Any, chain: list[tuple[Any, str]], theme: dict[str, str]) -> list[_Run]:
    out = []
    for para in frame.paragraphs:
        inherited = next((f for el, _ in chain if (f := _latin(el, para.level))), "")
        inherited = inherited or (chain[-1][1] if chain else "+mn")
        for run in para.runs:
            face = run.font.name or inherited
            if face.startswith("+"):
                face = theme.get(face[:3], "") or theme.get("+mn", "")
            if face and run.text.strip():
                out.append(_Run(name, run.text, face, bool(run.font.bold), bool(run.font.italic)))
    return out


def _aabb(x: float, y: float, w: float, h: float, rotation: float) -> _Box:
    rad = math.radians(rotation or 0.0)
    rw = abs(w * math.cos(rad)) + abs(h * math.sin(rad))
    rh = abs(w * math.sin(rad)) + abs(h * math.cos(rad))
    cx, cy = x + w / 2, y + h / 2
    return _Box(cx - rw / 2, cy - rh / 2, cx + rw / 2, cy + rh / 2)


def _walk(shapes: Any, xf: tuple[float, ...]) -> Iterator[tuple[Any, _Box, float, float]]:
    """Yield (shape, box on the slide, x scale, y scale), looking inside groups."""
    ox, oy, sx, sy, cx0, cy0 = xf
    for shape in shapes:
        if shape.left is None or shape.width is None:
            continue
        x, y = ox + (shape.left - cx0) * sx, oy + (shape.top - cy0) * sy
        w, h = shape.width * sx, shape.height * sy
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            xfrm = shape._element.grpSpPr.find(qn("a:xfrm"))
            ch_off, ch_ext = xfrm.find(qn("a:chOff")), xfrm.find(qn("a:chExt"))
            if ch_off is None or ch_ext is None:
                continue
            cw, chh = int(ch_ext.get("cx")) or 1, int(ch_ext.get("cy")) or 1
            inner = (x, y, w / cw, h / chh, int(ch_off.get("x")), int(ch_off.get("y")))
            yield from _walk(shape.shapes, inner)
            continue
        yield shape, _aabb(x, y, w, h, getattr(shape, "rotation", 0.0)), sx, sy


def _slide_model(slide: Any, prs: Any) -> _SlideModel:
    master = slide.slide_layout.slide_master
    theme = _theme_fonts(master)
    shapes: list[_Shape] = []
    texts: list[_Text] = []
    runs: list[_Run] = []
    identity = (0.0, 0.0, 1.0, 1.0, 0.0, 0.0)
    for source in (master.shapes, slide.slide_layout.shapes):
        for shape, box, _, _ in _walk(source, identity):
            if not shape.is_placeholder and shape.has_text_frame and shape.text_frame.text.strip():
                texts.append(_Text(-1, box, shape.text_frame.text, check=False))
    for shape, box, sx, sy in _walk(slide.shapes, identity):
        index, name = len(shapes), shape.name
        if shape.has_text_frame and shape.text_frame.text.strip():
            frame = shape.text_frame
            vertical = frame._bodyPr.get("vert") not in (None, "horz")
            fits = frame.auto_size == MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT
            straight = not (getattr(shape, "rotation", 0.0) or 0.0) % 360
            texts.append(
                _Text(index, box, frame.text, check=straight and not vertical and not fits)
            )
            runs += _runs(name, frame, _font_chain(shape, master, prs), theme)
            shapes.append(_Shape(name, "text", box))
        elif getattr(shape, "has_table", False):
            table = shape.table
            cols = [c.width * sx for c in table.columns]
            rows = [r.height * sy for r in table.rows]
            chain = [(prs._element.find(qn("p:defaultTextStyle")), "+mn")]
            for r, c in ((r, c) for r in range(len(rows)) for c in range(len(cols))):
                cell = table.cell(r, c)
                if cell.is_spanned or not cell.text.strip():
                    continue
                left = box.left + sum(cols[:c])
                top = box.top + sum(rows[:r])
                cbox = _Box(
                    left,
                    top,
                    left + sum(cols[c : c + cell.span_width]),
                    top + sum(rows[r : r + cell.span_height]),
                )
                texts.append(_Text(index, cbox, cell.text, check=True, cell=(r, c)))
                runs += _runs(name, cell.text_frame, chain, theme)
            pad = table.cell(0, 0).margin_bottom if rows and cols else 45720
            shapes.append(_Shape(name, "table", box, tuple(rows), float(pad or 0) * sy))
        elif shape._element.tag == qn("p:pic") or getattr(shape, "has_chart", False):
            shapes.append(_Shape(name, "picture", box))
        else:
            shapes.append(_Shape(name, "other", box))
    return _SlideModel(tuple(shapes), tuple(texts), tuple(runs))


# ---------------------------------------------------------------- rendering


def _render_words(prs: Any, workdir: Path) -> list[list[tuple[_Box, str]]]:
    """Render the deck with every slide centred on a larger page, so text that runs off the slide
    is still in the PDF; returns each page's words, in EMU from the slide's top-left corner."""
    width, height = prs.slide_width, prs.slide_height
    dx, dy = (min(size, (_MAX_SLIDE - size) // 2) for size in (width, height))
    parts = [
        *prs.slide_masters,
        *(lay for m in prs.slide_masters for lay in m.slide_layouts),
        *prs.slides,
    ]
    for part in parts:
        for off in part.shapes._spTree.xpath(
            "./*/p:spPr/a:xfrm/a:off | ./*/p:grpSpPr/a:xfrm/a:off | ./*/p:xfrm/a:off"
        ):
            off.set("x", str(int(off.get("x", "0")) + dx))
            off.set("y", str(int(off.get("y", "0")) + dy))
    prs.slide_width, prs.slide_height = width + 2 * dx, height + 2 * dy
    copy = workdir / "deck.pptx"
    prs.save(copy)
    pdf = convert(copy, _PDF_FILTER, workdir)
    if shutil.which("pdftotext") is None:
        raise RenderError(
            Problem(
                Location("pdftotext"),
                "pdftotext is not installed",
                hint="install poppler-utils: apt-get install poppler-utils",
            )
        )
    out = subprocess.run(
        ["pdftotext", "-bbox", "-raw", str(pdf), "-"], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RenderError(Problem(Location.of(pdf), f"pdftotext failed: {out.stderr.strip()}"))
    pages = []
    for page in re.finditer(
        r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', out.stdout, re.S
    ):
        scale = (width + 2 * dx) / float(page.group(1))  # EMU per PDF point
        words = []
        for m in re.finditer(
            r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
            r'yMax="([-\d.]+)">(.*?)</word>',
            page.group(2),
            re.S,
        ):
            x0, y0, x1, y1 = (float(v) * scale for v in m.groups()[:4])
            y1 -= _DESCENT_TRIM * (y1 - y0)
            words.append((_Box(x0 - dx, y0 - dy, x1 - dx, y1 - dy), html.unescape(m.group(5))))
        pages.append(words)
    return pages


def _chars(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if not c.isspace())


def _align(rendered: str, expected: str) -> dict[int, int]:
    """Map positions of ``rendered`` to positions of ``expected``: first in order, then a few
    passes over what is left for text LibreOffice drew in another order."""
    pairs: dict[int, int] = {}
    left_a, left_b = list(range(len(rendered))), list(range(len(expected)))
    for least in (1, 3, 3):
        a = "".join(rendered[i] for i in left_a)
        b = "".join(expected[j] for j in left_b)
        blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        new = {left_a[x + k]: left_b[y + k] for x, y, n in blocks if n >= least for k in range(n)}
        if not new:
            break
        pairs.update(new)
        used = set(new.values())
        left_a = [i for i in left_a if i not in new]
        left_b = [j for j in left_b if j not in used]
    return pairs


def _assign(words: list[tuple[_Box, str]], texts: tuple[_Text, ...]) -> dict[int, list[_Box]]:
    """Which rendered words belong to which text: by aligning the characters of the slide."""
    rendered, word_of = [], []
    for w, (_, word) in enumerate(words):
        chars = _chars(word)
        rendered.append(chars)
        word_of += [w] * len(chars)
    expected, text_of = [], []
    for t, text in enumerate(texts):
        chars = _chars(text.text)
        expected.append(chars)
        text_of += [t] * len(chars)
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    for i, j in _align("".join(rendered), "".join(expected)).items():
        votes[word_of[i]][text_of[j]] += 1
    owned: dict[int, list[_Box]] = defaultdict(list)
    for w, counter in votes.items():
        text, count = counter.most_common(1)[0]
        if 2 * count >= len(rendered[w]):
            owned[text].append(words[w][0])
    return owned


# ---------------------------------------------------------------- checks


def _pt(emu: float) -> str:
    return f"{round(emu / EMU_PER_PT)} pt"


def _inch(emu: float) -> str:
    return f"{emu / EMU_PER_INCH:.2f} in".replace(".", ",")


def _beyond(boxes: list[_Box], frame: _Box, what: str, noun: str, tol: float) -> str:
    """``"38 pt below its box (box ends at 6,90 in)"`` for every side where ``boxes`` stick out
    of ``frame`` by more than ``tol``; empty when they stay inside."""
    sides = (
        (max(b.bottom for b in boxes) - frame.bottom, "below", "ends", frame.bottom),
        (frame.top - min(b.top for b in boxes), "above", "starts", frame.top),
        (max(b.right for b in boxes) - frame.right, "past the right edge of", "ends", frame.right),
        (frame.left - min(b.left for b in boxes), "past the left edge of", "starts", frame.left),
    )
    return " and ".join(
        f"{_pt(amount)} {where} {what} ({noun} {edge} at {_inch(at)})"
        for amount, where, edge, at in sides
        if amount > tol
    )


def _table_rows(
    shape: _Shape, index: int, texts: tuple[_Text, ...], owned: dict[int, list[_Box]], tol: float
) -> tuple[float, list[str]]:
    """The bottom of the table as rendered (rows grow to fit their text) and the grown rows."""
    top, grown = shape.box.top, []
    for r, height in enumerate(shape.rows):
        bottoms = [
            b.bottom
            for t, text in enumerate(texts)
            if text.shape == index
            and text.cell
            and text.cell[0] == r
            and text.box.bottom - text.box.top <= height + 1
            for b in owned.get(t, ())
        ]
        bottom = max([top + height, *(b + shape.pad_bottom for b in bottoms)])
        if bottom - top - height > tol:
            grown.append(f"row {r + 1} grew by {_pt(bottom - top - height)}")
        top = bottom
    return top, grown


def _check_slide(
    number: int, model: _SlideModel, words: list[tuple[_Box, str]], slide: _Box, tol: float
) -> list[Finding]:
    owned = _assign(words, model.texts)
    found: list[Finding] = []
    off_text: set[int] = set()

    def add(kind: str, shape: int, message: str) -> None:
        found.append(Finding(number, kind, message, model.shapes[shape].name))

    for t, text in enumerate(model.texts):
        boxes = owned.get(t)
        if text.shape < 0 or not boxes:
            continue
        name = model.shapes[text.shape].name
        label = f"table '{name}'" if text.cell else f"'{name}'"
        if text.cell is not None:
            r, c = text.cell
            column = _Box(text.box.left, -math.inf, text.box.right, math.inf)
            if past := _beyond(boxes, column, "its cell", "cell", tol):
                add(
                    "overflow",
                    text.shape,
                    f"text of table '{name}' row {r + 1}, column {c + 1} runs {past}",
                )
        elif text.check and (past := _beyond(boxes, text.box, "its box", "box", tol)):
            add("overflow", text.shape, f"text of '{name}' runs {past}")
        if text.shape not in off_text and (
            past := _beyond(boxes, slide, "the slide", "slide", tol)
        ):
            off_text.add(text.shape)
            add("offslide", text.shape, f"text of {label} runs {past}")
    for s, shape in enumerate(model.shapes):
        if shape.kind == "table":
            bottom, grown = _table_rows(shape, s, model.texts, owned, tol)
            rendered = _Box(shape.box.left, shape.box.top, shape.box.right, bottom)
            if past := _beyond([rendered], shape.box, "its frame", "frame", tol):
                add("overflow", s, f"rows of table '{shape.name}' run {past}; {', '.join(grown)}")
            if s not in off_text and (
                past := _beyond([rendered], slide, "the slide", "slide", tol)
            ):
                off_text.add(s)
                add("offslide", s, f"table '{shape.name}' runs {past}")
        if s not in off_text and (past := _beyond([shape.box], slide, "the slide", "slide", tol)):
            add("offslide", s, f"'{shape.name}' extends {past}")
    found += _overlaps(number, model, owned, slide, tol)
    return found


def _overlaps(
    number: int, model: _SlideModel, owned: dict[int, list[_Box]], slide: _Box, tol: float
) -> list[Finding]:
    found = []
    for p, pic in enumerate(model.shapes):
        if pic.kind != "picture":
            continue
        background = pic.box.area() >= _BACKGROUND_SHARE * slide.area()
        hits: dict[int, list[_Box]] = defaultdict(list)
        for t, text in enumerate(model.texts):
            if text.shape < 0 or (background and text.shape > p):
                continue
            for box in owned.get(t, ()):
                hit = box.overlap(pic.box)
                if hit and min(hit.right - hit.left, hit.bottom - hit.top) > tol:
                    hits[text.shape].append(hit)
        for s, boxes in sorted(hits.items()):
            w = max(b.right for b in boxes) - min(b.left for b in boxes)
            h = max(b.bottom for b in boxes) - min(b.top for b in boxes)
            how = "covers" if p > s else "lies under"
            found.append(
                Finding(
                    number,
                    "overlap",
                    f"picture '{pic.name}' {how} text of '{model.shapes[s].name}' "
                    f"({len(boxes)} words over {_inch(w)[:-3]} × {_inch(h)})",
                    pic.name,
                )
            )
    return found


def _check_glyphs(number: int, model: _SlideModel) -> list[Finding]:
    missing: dict[tuple[str, str, Any], set[str]] = defaultdict(set)
    for run in model.runs:
        try:
            font = resolve_font(run.font, run.bold, run.italic)
        except FontNotFoundError as exc:
            raise RenderError(
                Problem(
                    Location("fontconfig"),
                    str(exc),
                    hint="apt-get install fontconfig fonts-liberation",
                )
            ) from exc
        if chars := missing_glyphs(font.path, run.text):
            missing[(run.shape, run.font, font)].update(chars)
    found = []
    for (shape, requested, font), chars in missing.items():
        ordered = sorted(chars)
        listed = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in ordered[:8])
        listed += ", …" if len(ordered) > 8 else ""
        drawn = f" (stood in for by {font.family})" if font.substituted else ""
        found.append(
            Finding(
                number,
                "glyph",
                f"text of '{shape}' uses {listed}, which font '{requested}'{drawn} "
                f"({font.path.name}) cannot draw; LibreOffice borrows another font, "
                "PowerPoint may show empty boxes",
                shape,
            )
        )
    return found


def diagnose(pptx_path: Path, *, tolerance_pt: float = TOLERANCE_PT) -> list[Finding]:
    """Render the deck once through LibreOffice and report, slide by slide, text that runs out
    of its box ("overflow") or off the slide ("offslide"), pictures over text ("overlap") and
    characters the run's font cannot draw ("glyph")."""
    path = Path(pptx_path)
    try:
        prs = Presentation(str(path))
    except Exception as exc:  # python-pptx raises zip, XML and key errors for damaged files
        raise RenderError(
            Problem(
                Location.of(path),
                f"cannot read the deck: {exc}",
                hint="is this a .pptx file? open it in LibreOffice to check",
            )
        ) from exc
    models = [_slide_model(slide, prs) for slide in prs.slides]
    if not models:
        return []
    slide = _Box(0, 0, prs.slide_width, prs.slide_height)
    with tempfile.TemporaryDirectory(prefix="deckmaker-doctor-") as tmp:
        pages = _render_words(prs, Path(tmp))
    if len(pages) != len(models):
        raise RenderError(
            Problem(
                Location.of(path),
                f"LibreOffice rendered {len(pages)} pages "
                f"for {len(models)} slides; cannot tell which is which",
            )
        )
    tol = tolerance_pt * EMU_PER_PT
    findings = []
    for number, (model, words) in enumerate(zip(models, pages, strict=True), start=1):
        findings += _check_slide(number, model, words, slide, tol)
        findings += _check_glyphs(number, model)
    return sorted(findings, key=lambda f: (f.slide, KINDS.index(f.kind)))
