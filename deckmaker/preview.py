"""Theme previews: build a sample deck in a theme, lay its slides out on one PNG contact sheet."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .errors import DeckmakerError, Location, Problem, RenderError, display_path
from .i18n import _
from .layout.model import SlidePlan
from .locate import PREVIEW_SAMPLE

SAMPLE_OUTLINE = PREVIEW_SAMPLE
"""The built-in sample deck: one slide of each kind, in Vietnamese."""

MAX_SLIDES = 8
"""At most this many slides go on a contact sheet."""

_WANTED: tuple[tuple[str, ...], ...] = (
    ("title",),
    ("section",),
    ("bullets",),
    ("chart", "chart-bullets"),
    ("kpis",),
    ("table",),
    ("quote",),
    ("closing",),
)
"""Slide kinds a preview shows, in this order of preference; each group gives one slide."""

KIND_LABELS: dict[str, str] = {
    "title": "Trang bìa",
    "agenda": "Mục lục",
    "section": "Chương mục",
    "bullets": "Nội dung",
    "chart": "Biểu đồ",
    "chart-bullets": "Biểu đồ và ý chính",
    "kpis": "Số liệu nổi bật",
    "table": "Bảng",
    "image": "Hình ảnh",
    "quote": "Trích dẫn",
    "closing": "Kết thúc",
}
"""The caption under each thumbnail names the slide's kind in Vietnamese."""


@dataclass(frozen=True)
class SheetStyle:
    """Sizes and colours of a contact sheet, in pixels and ``#RRGGBB``."""

    thumb_width: int = 480
    margin: int = 40
    gap: int = 28
    label_height: int = 34
    caption_size: int = 40
    subcaption_size: int = 20
    label_size: int = 18
    background: str = "#EEF0F3"
    border: str = "#B8BEC6"
    text: str = "#1F2933"
    muted: str = "#5B6670"


def preview_theme(
    theme: str, output: Path, outline: Path | None = None, *, style: SheetStyle = SheetStyle()
) -> Path:
    """Build ``outline`` (default: the built-in sample) in ``theme`` and write a contact sheet PNG.

    The deck goes through LibreOffice once (to PDF) and poppler's ``pdftoppm`` renders the chosen
    pages; at most ``MAX_SLIDES`` slides are shown, one of each kind. Returns ``output``.
    """
    from .atomic import check_output, write_output
    from .locate import outline_theme_dirs, theme_search_dirs
    from .pipeline import build_deck
    from .theme import load_theme

    output = Path(output)
    if output.suffix.lower() != ".png":
        raise DeckmakerError(
            Problem(
                Location(display_path(output)),
                _("a theme preview is written as a .png file"),
                hint=_("e.g. -o preview.png"),
            )
        )
    check_output(output, _("the preview"))
    with tempfile.TemporaryDirectory(prefix="deckmaker-preview-") as tmp:
        work = Path(tmp)
        dirs = outline_theme_dirs(outline) if outline else theme_search_dirs()
        loaded = load_theme(theme, dirs)  # found as `deckmaker themes check` finds it
        result = build_deck(outline or SAMPLE_OUTLINE, work / "preview.pptx", loaded)
        assert result.inputs is not None
        th = result.inputs.theme
        pages = pick_slides(result.plans)
        from .office import convert

        pdf = convert(result.path, "pdf", work)
        thumbs = [render_page(pdf, n + 1, style.thumb_width) for n in pages]
    labels = [
        f"{n + 1} · {KIND_LABELS.get(result.plans[n].kind, result.plans[n].kind)}" for n in pages
    ]
    fonts = ", ".join(dict.fromkeys((th.fonts.heading, th.fonts.body)))
    sub = f"{th.name} · {len(pages)}/{result.slides} trang · {fonts}"
    sheet = contact_sheet(thumbs, labels, th.display_name, sub, th.fonts.heading, style)
    buf = BytesIO()
    sheet.save(buf, format="PNG", optimize=True)
    write_output(output, buf.getvalue(), _("the preview"))
    return output


def pick_slides(plans: Sequence[SlidePlan], limit: int = MAX_SLIDES) -> list[int]:
    """Indexes of the slides to show, in deck order: the first of each kind in ``_WANTED``
    (first parts before "(tiếp)" continuations), then slides of other kinds, up to ``limit``."""
    picked: list[int] = []
    for kinds in _WANTED:
        found = _first(plans, kinds, picked)
        if found is not None:
            picked.append(found)
    seen_kinds = {plans[i].kind for i in picked}
    for i, p in enumerate(plans):
        if len(picked) >= limit:
            break
        if p.kind not in seen_kinds and p.continued == 0:
            picked.append(i)
            seen_kinds.add(p.kind)
    return sorted(picked[:limit])


def _first(plans: Sequence[SlidePlan], kinds: tuple[str, ...], taken: list[int]) -> int | None:
    """The first slide of the first kind in ``kinds`` that the deck has, first parts preferred."""
    for kind in kinds:
        matches = [i for i, p in enumerate(plans) if p.kind == kind and i not in taken]
        firsts = [i for i in matches if plans[i].continued == 0]
        if matches:
            return (firsts or matches)[0]
    return None


def render_page(pdf: Path, page: int, width: int) -> Image.Image:
    """Page ``page`` (1-based) of ``pdf`` as an RGB image ``width`` pixels wide, via pdftoppm."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RenderError(
            Problem(
                Location.of(pdf),
                _("pdftoppm (poppler) is not installed; it is needed to preview themes"),
                hint=_("install it: apt-get install poppler-utils"),
            )
        )
    root = pdf.with_name(f"{pdf.stem}-page{page}")
    proc = subprocess.run(  # noqa: S603 - fixed argument list, no shell
        [exe, "-png", "-f", str(page), "-l", str(page), "-singlefile",
         "-scale-to-x", str(width), "-scale-to-y", "-1", str(pdf), str(root)],
        capture_output=True,
        check=False,
    )  # fmt: skip
    png = root.with_name(root.name + ".png")
    if proc.returncode != 0 or not png.is_file():
        said = proc.stderr.decode("utf-8", "replace").strip()[-300:] or _("no output")
        raise RenderError(
            Problem(
                Location.of(pdf),
                _("pdftoppm could not render page {page}: {said}").format(page=page, said=said),
            )
        )
    with Image.open(png) as im:
        return im.convert("RGB")


def contact_sheet(
    thumbs: Sequence[Image.Image],
    labels: Sequence[str],
    caption: str,
    subcaption: str = "",
    font_family: str = "Liberation Sans",
    style: SheetStyle = SheetStyle(),
) -> Image.Image:
    """Thumbnails on a grid (4 columns from 7 slides on), each with its label below, under a
    caption in ``font_family`` (bold)."""
    if not thumbs:
        raise ValueError(_("a contact sheet needs at least one slide"))
    n = len(thumbs)
    cols = 4 if n >= 7 else 3 if n >= 5 else n
    rows = -(-n // cols)
    tw = style.thumb_width
    th = max(t.height for t in thumbs)
    cell_h = th + style.label_height
    head = style.caption_size + style.subcaption_size + 36
    width = 2 * style.margin + cols * tw + (cols - 1) * style.gap
    height = 2 * style.margin + head + rows * cell_h + (rows - 1) * style.gap
    sheet = Image.new("RGB", (width, height), style.background)
    draw = ImageDraw.Draw(sheet)
    draw.text(
        (style.margin, style.margin),
        caption,
        fill=style.text,
        font=_font(font_family, style.caption_size, bold=True),
    )
    if subcaption:
        draw.text(
            (style.margin, style.margin + style.caption_size + 14),
            subcaption,
            fill=style.muted,
            font=_font("Liberation Sans", style.subcaption_size),
        )
    label_font = _font("Liberation Sans", style.label_size)
    for i, (thumb, label) in enumerate(zip(thumbs, labels, strict=True)):
        r, c = divmod(i, cols)
        x = style.margin + c * (tw + style.gap)
        y = style.margin + head + r * (cell_h + style.gap)
        sheet.paste(thumb, (x, y))
        draw.rectangle((x - 1, y - 1, x + thumb.width, y + thumb.height), outline=style.border)
        draw.text((x, y + thumb.height + 8), label, fill=style.text, font=label_font)
    return sheet


def _font(
    family: str, size: int, bold: bool = False
) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from .layout.fonts import FontNotFoundError, resolve_font

    try:
        return ImageFont.truetype(str(resolve_font(family, bold=bold).path), size)
    except (FontNotFoundError, OSError):
        return ImageFont.load_default(size)


__all__ = [
    "MAX_SLIDES",
    "SAMPLE_OUTLINE",
    "SheetStyle",
    "contact_sheet",
    "pick_slides",
    "preview_theme",
]
