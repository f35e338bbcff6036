"""Text boxes: one paragraph in a box, and the largest size at which a text fits its box."""

from __future__ import annotations

from typing import TypedDict, Unpack

from ..units import EMU_PER_PT
from .breaks import WordPairs
from .fit import LINE_SPACING, break_cost, fit_single, fit_title, nice_lines, phrase_set
from .frame import Frame
from .measure import TextMeasurer
from .model import Align, Anchor, Box, Para, Run, TextBox
from .nobreak import bind_compounds


class TextStyle(TypedDict, total=False):
    """How ``text_box`` draws its text; each key has the default that ``text_box`` names."""

    font: str | None
    color: str | None
    bold: bool
    italic: bool
    align: Align
    anchor: Anchor
    role: str
    name: str


def text_box(
    frame: Frame,
    box: Box,
    text: str,
    size: float,
    *,
    font: str | None = None,
    color: str | None = None,
    bold: bool = False,
    italic: bool = False,
    align: Align = Align.LEFT,
    anchor: Anchor = Anchor.TOP,
    role: str = "body",
    name: str = "Text",
) -> TextBox:
    """``text`` as one paragraph at ``size``, in the body font and text colour unless told."""
    para = Para(
        (Run(text, bold=bold, italic=italic),), size, align=align, line_spacing=LINE_SPACING
    )
    return TextBox(
        box,
        (para,),
        font or frame.fonts.body,
        color or frame.colors.text,
        name,
        role=role,
        anchor=anchor,
    )


def fitted(
    frame: Frame,
    box: Box,
    text: str,
    size_max: float,
    size_min: float,
    m: TextMeasurer,
    max_lines: int | None = None,
    *,
    pairs: WordPairs | None = None,
    phrased: bool = False,
    **style: Unpack[TextStyle],
) -> tuple[TextBox, float, int]:
    """A text box with the largest size at which ``text`` fits, that size and its lines. With
    ``pairs`` the text is a title: broken into lines where a reader would break it, with
    explicit line breaks (when those lines fit the box). With ``phrased`` it is a paragraph
    (a subtitle): its lines broken between phrases as a body's are (``fit.phrase_set``, in as
    many lines)."""
    w, h = box.w / EMU_PER_PT, box.h / EMU_PER_PT
    if pairs is not None:
        size, lines = fit_title(text, m, w, size_max, size_min, max_lines or 3, pairs)
        if len(lines) * m.line_height_pt(size, LINE_SPACING) <= h + 1e-6:
            return text_box(frame, box, "\n".join(lines), size, **style), size, len(lines)
    size, lines = fit_single(text, m, w, h, size_max, size_min, max_lines)
    if pairs is not None and len(lines) >= 2:  # a title the box fits at a smaller size than
        # ``fit_title`` found: its lines still broken where a reader would (R14 #9, tuong-phan
        # 1: "… phát triển / kinh tế - xã hội …" where "… kết quả / phát triển kinh tế - xã
        # hội năm 2023, / …" fits)
        nice = nice_lines(text, m, size, w, len(lines), pairs)
        if nice is not None and break_cost(nice, pairs) < break_cost(lines, pairs):
            return text_box(frame, box, "\n".join(nice), size, **style), size, len(nice)
    if phrased:
        text = phrase_set(text, m, size, w)
    return text_box(frame, box, text, size, **style), size, len(lines)


def cover_title(
    frame: Frame,
    pairs: WordPairs,
    box: Box,
    text: str,
    size_max: float,
    size_min: float,
    color: str,
    *,
    max_lines: int | None = None,
    align: Align = Align.LEFT,
    anchor: Anchor = Anchor.TOP,
) -> tuple[TextBox, float, int]:
    """A cover's title: fitted in the bold heading font, broken where a reader would (never
    inside a common word, ``nobreak.COMPOUNDS``)."""
    return fitted(
        frame,
        box,
        bind_compounds(text),
        size_max,
        size_min,
        frame.measure.heading,
        max_lines,
        pairs=pairs,
        font=frame.fonts.heading,
        color=color,
        bold=True,
        role="title",
        name="Title",
        align=align,
        anchor=anchor,
    )


def heading(frame: Frame, box: Box, text: str, size: float, anchor: Anchor) -> TextBox:
    """A content slide's title, at ``size``, in the bold heading font and primary colour."""
    return text_box(
        frame,
        box,
        text,
        size,
        font=frame.fonts.heading,
        color=frame.title_color or frame.colors.primary,
        bold=True,
        role="title",
        name="Title",
        anchor=anchor,
    )
