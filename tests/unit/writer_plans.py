"""What the writer's tests share: the deck's size and meta, a table and a text box of a plan
made by hand, and a picture's bytes."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from deckmaker.layout.model import Align, Box, Para, TableBox, TextBox
from deckmaker.units import Inches, Length
from deckmaker.writer import DeckMeta

W, H = Inches(13.333), Inches(7.5)
META = DeckMeta(
    title="Báo cáo kết quả",
    author="Sở Thông tin và Truyền thông",
    subject="Quý I",
    date=dt.date(2024, 1, 20),
    lang="vi-VN",
    heading_font="Roboto Slab",
    body_font="Roboto",
)
TABLE = TableBox(
    Box(Inches(0.5), Inches(1.6), Inches(8), Inches(2)),
    header=("Chỉ tiêu", "2023"),
    rows=(("GRDP", "10,05%"), ("Thu ngân sách", "21.671,5")),
    col_widths=(Inches(5), Inches(3)),
    row_heights=(Inches(0.6), Inches(0.7), Inches(0.7)),
    size_pt=14.0,
    font="Roboto",
    text_color="#111111",
    header_fill="#1F4E79",
    header_color="#FFFFFF",
    band_fill="#EEF2F7",
    name="Bảng",
    align=(Align.LEFT, Align.RIGHT),
    inset=Length(Inches(0.1)),
)


def png(color: str, size: tuple[int, int] = (40, 30)) -> bytes:
    """A PNG of one colour."""
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def text_box(name: str, box: Box, *paras: Para, role: str = "body", **kw) -> TextBox:
    """A text box in the body font and colour."""
    return TextBox(box, paras, "Roboto", "#1F2937", name, role=role, **kw)
