"""Issue 14 (h31c): a word of the lexicon with a function word at an edge ("tự do", "thiết bị",
"tồn tại") is kept whole at a line end like any other word, while the lexicon's entries that a
briefing reads as a phrase ("bắt đầu / từ tháng 9/2020", "mặt hàng / không đạt", "thực hiện / tại
10 huyện") still break (``nobreak._bound_here``).

Before: ``nobreak._one_word`` refused every such entry, so LibreOffice set "… có quyền hưởng tự
/ do và độc lập" in a quote (stress/cards, slide 10)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.errors import Location
from deckmaker.layout.fit import Item, even_lines, measure_items
from deckmaker.layout.fonts import resolve_font
from deckmaker.layout.frame import measurer
from deckmaker.layout.nobreak import NBSP, bind_measure_verbs, bind_proclitics
from deckmaker.office import convert
from deckmaker.pipeline import build_deck
from deckmaker.units import EMU_PER_PT, Pt

from .conftest import bound_tokens, design_sweep

# real sentences: the Declaration of Independence (the stress outline's quote), and provinces'
# reports (tests/fixtures/draft-eval: ab-daklak-bc-6thang-2024, brvt-ketluan-9thang-2024, …)
QUOTE = (
    "Không có gì quý hơn độc lập, tự do. Đó là lẽ sống của dân tộc Việt Nam, là chân lý của"
    " thời đại; nước Việt Nam có quyền hưởng tự do và độc lập, và sự thật đã thành một nước"
    " tự do, độc lập."
)
SENTENCES = [
    ("Nước Việt Nam có quyền hưởng tự do và độc lập, và sự thật đã thành một nước tự do", "tự do"),
    ("Đầu tư cơ sở vật chất, trang thiết bị dạy, học gắn với chuyển đổi số", "thiết bị"),
    ("Mua sắm thiết bị y tế cho tuyến xã, nâng cao chất lượng khám chữa bệnh", "thiết bị"),
    ("Bên cạnh những thành tích đạt được, vẫn còn tồn tại một số thiếu sót, hạn chế", "tồn tại"),
    (
        "Thị trường viễn thông đã được mở cửa, tạo lập môi trường cạnh tranh song cấu trúc và"
        " tính bền vững của thị trường còn tồn tại một số hạn chế",
        "tồn tại",
    ),
    ("Tỉnh còn những tồn tại, hạn chế như: thu hút đầu tư chưa đạt kỳ vọng", "tồn tại"),
]
PHRASES = [
    # a verb and the preposition that opens what follows (``PHRASE_ENTRIES``)
    ("Bắt đầu từ tháng 9/2020 trở lại đây, số thu có chiều hướng khả quan trở lại", "đầu", "từ"),
    ("Tính từ đầu năm đến nay, huyện đã triển khai thi công 73 công trình mới", "Tính", "từ"),
    # a word before it takes its first syllable ("thực hiện", "hỗ trợ"); a word after it its
    # last ("động viên")
    ("Chương trình cánh đồng mẫu thực hiện tại 10 huyện", "hiện", "tại"),
    ("Khi không được hỗ trợ từ ngân sách trung ương thực hiện Chương trình", "trợ", "từ"),
    ("Tăng cường lãnh đạo lực lượng dân quân tự vệ, lực lượng dự bị động viên", "bị", "động"),
]


@pytest.fixture(scope="module")
def times():
    return measurer(resolve_font("Times New Roman"))


def _lines_at(m, text: str, width: int, size: float = 26) -> list[str] | None:
    """The lines of ``text`` (bound as a bullet is) set at ``width`` pt, or None when one line."""
    bound = bind_proclitics(bind_measure_verbs(" ".join(bound_tokens(text))))
    item = Item(bound, 1, 0, Location("outline.yaml"), "p")
    x = even_lines(measure_items([item], m, Pt(width), size)[0], m, Pt(width))
    if x.lines < 2:
        return None
    avail = (Pt(width) - x.indent) / EMU_PER_PT
    return [ln.replace(NBSP, " ").strip() for ln in m.wrap(x.item.text, size, avail)]


def _cuts(lines: list[str], a: str, b: str) -> bool:
    """True when a line ends on ``a`` and the next opens with ``b`` (punctuation aside)."""
    ends = [(x.split() or [""])[-1].rstrip(",.;:") for x in lines[:-1]]
    opens = [(x.split() or [""])[0] for x in lines[1:]]
    return any(e.lower() == a.lower() and o.lower() == b for e, o in zip(ends, opens, strict=True))


@pytest.mark.parametrize(("text", "word"), SENTENCES)
def test_the_word_is_one_group(text, word):
    """The slide's binding keeps the word's syllables in one group (U+00A0 between them)."""
    assert word.replace(" ", NBSP) in " ".join(bound_tokens(text)).lower()


@pytest.mark.parametrize(("text", "word"), SENTENCES)
def test_a_bullet_never_ends_a_line_inside_the_word(times, text, word):
    """Set at 26 pt at every width from 240 to 640 pt: no line ends inside the word. Before
    (the function-word test), 'tự / do', 'thiết / bị', 'tồn / tại' ended lines at some of
    these widths."""
    a, b = word.split(" ")
    cut, checked = [], 0
    for width in range(240, 640, 4):
        lines = _lines_at(times, text, width)
        if lines is None:
            continue
        checked += 1
        if _cuts(lines, a, b):
            cut.append(width)
    assert checked
    assert not cut


@pytest.mark.parametrize(("text", "a", "b"), PHRASES)
def test_a_phrase_the_lexicon_lists_still_breaks(times, text, a, b):
    """The two syllables are not bound, and at some width from 120 to 400 pt a line ends
    between them: the break falls where the phrase parts ("Bắt đầu / từ tháng 9/2020",
    "thực hiện / tại 10 huyện"), never inside "thực hiện"."""
    joined = " ".join(bound_tokens(text)).lower()
    assert f"{a.lower()}{NBSP}{b}" not in joined
    widths = [w for w in range(120, 400, 4) if (x := _lines_at(times, text, w)) and _cuts(x, a, b)]
    assert widths


def _outline(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        ["1", SENTENCES[5][0], "Chưa đạt"],
        ["2", SENTENCES[1][0] + "; " + SENTENCES[2][0].lower(), "Đạt"],
    ]
    cells = "\n".join(f'            - ["{a}", "{b}", "{c}"]' for a, b, c in rows)
    (folder / "outline.yaml").write_text(
        f"""deck:
  title: Tự do, thiết bị, tồn tại
  organization: Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên
  date: 2024-01-20
  language: vi
sections:
  - title: Trích dẫn
    slides:
      - quote:
          text: {QUOTE}
          author: Chủ tịch Hồ Chí Minh
      - title: Những tồn tại, hạn chế
        table:
          columns: [TT, Nội dung, Kết quả]
          rows:
{cells}
""",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def deck(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("h31c")
    return build_deck(_outline(tmp / "words"), tmp / "words.pptx", theme="default").path


def test_the_written_deck_binds_the_words(deck):
    """The written .pptx (python-pptx): every "tự do", "thiết bị", "tồn tại" of the quote and
    the table is written with U+00A0 between its syllables; the phrases aside."""
    texts = []
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                texts += [c.text for row in shape.table.rows for c in row.cells]
    text = "\n".join(texts).lower()
    for word in ("tự do", "thiết bị", "tồn tại"):
        assert word.replace(" ", NBSP) in text, word
        assert word not in text, word  # no occurrence left with a plain space


@pytest.mark.render
def test_libreoffice_never_ends_a_line_inside_the_words(deck, tmp_path):
    """The deck as LibreOffice sets it (its PDF's lines): no line ends inside one of the words.
    On main the quote's "… có quyền hưởng tự / do và độc lập" did."""
    pdf = convert(deck, "pdf", tmp_path)
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    pairs = design_sweep().rendered_line_pairs(bbox)
    assert len(pairs) >= 5  # the quote's and the cells' lines were read
    cut = [
        (p, x[-20:], y[:20])
        for p, x, y in pairs
        for word in ("tự do", "thiết bị", "tồn tại")
        if _cuts([x, y], *word.split(" "))
    ]
    assert not cut
