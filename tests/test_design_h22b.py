"""Issue 14, a designer's pass over the sample deck on real templates (h22b, after review R22).

- A round chart takes a template's own right-hand column only where its circle keeps its floor
  there: coreoz's 4.4 in column drew the sample's donuts about 1 in across, their labels in five
  lines of one or two words on either side.
- A takeaway slide ("… – điểm chính") is never one bullet: grouped bars stacked over their last
  lines keep one panel (a box just narrower than the renderer's halves) where the halves' plots
  would each fall under their floor, so the bullet stays under its chart (coreoz's "Ngân sách:
  năm 2023 và dự toán 2024": halves 1.45 in wide with ticks "0" and "50.000", the chart alone
  and "Thu nội địa 29.123 tỷ đồng; …" alone on the slide after it).

Both are read from the written deck (python-pptx; the chart's picture as embedded).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from deckmaker.layout.kinds.chart_bullets import ROUND_FLOOR
from deckmaker.pipeline import build_deck
from tests.template_corpus import theme_for

from .conftest import FIXTURES, SAMPLE

REAL = FIXTURES / "templates-real"
DONUTS = ("Dự án bị thu hồi năm 2023", "Chi ngân sách năm 2023")
TAKEAWAY = "– điểm chính"


@pytest.fixture(
    scope="module", params=["coreoz-template.pptx", "automizer-RootTemplateWithImages.pptx"]
)
def deck(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(Path(request.param).stem)
    theme = theme_for(REAL / request.param, tmp / "themes")
    out = build_deck(SAMPLE, tmp / "deck.pptx", theme=str(theme), cache=False).path
    return request.param, Presentation(str(out))


MARGINS = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)


def _title(slide) -> str:
    t = slide.shapes.title
    if t is None:
        return ""
    return " ".join(t.text_frame.text.replace("\u00a0", " ").split())


def _donuts(prs):
    """(slide number, slide, picture) of every donut of the sample the deck draws."""
    for n, slide in enumerate(prs.slides, 1):
        for pic in _pictures(slide):
            if any(d in _alt(pic) for d in DONUTS):
                yield n, slide, pic


def _pictures(slide):
    """The slide's pictures, placed as shapes or in a picture placeholder of the template."""
    for sh in slide.shapes:
        if sh._element.tag.endswith("}pic"):  # noqa: SLF001
            yield sh


def _alt(picture) -> str:
    return picture._element.nvPicPr.cNvPr.get("descr") or ""  # noqa: SLF001


def _body_bullets(slide) -> list[str]:
    """The top-level paragraphs of the slide's texts but its title, footer and number."""
    title = slide.shapes.title
    out = []
    for sh in slide.shapes:
        if not sh.has_text_frame or (title is not None and sh.shape_id == title.shape_id):
            continue
        if sh.is_placeholder and sh.placeholder_format.type in MARGINS:
            continue
        out += [p.text for p in sh.text_frame.paragraphs if p.text.strip() and p.level == 0]
    return out


def _ring_inches(picture) -> float:
    """The width (inches, on the slide) of the coloured ring of a donut's picture: the box
    of its saturated pixels (the slices; labels, leaders and the total are grey or black,
    the shares inside the ring white), scaled from the image to the picture's placed width."""
    img = Image.open(io.BytesIO(picture.image.blob)).convert("RGB")
    w, h = img.size
    px = img.load()
    cols = [
        x
        for x in range(w)
        for y in range(0, h, 2)
        if max(px[x, y]) - min(px[x, y]) > 90  # a slice's colour, not text or a leader
    ]
    assert cols, "no slice drawn"
    return (max(cols) - min(cols) + 1) / w * picture.width / 914400


def test_a_donut_on_a_templates_narrow_column_keeps_its_circle(deck):
    """On f31c668: coreoz's donuts 1.2 and 0.95 in across (their rings as drawn) in the
    template's 4.4 in column, a 3.5 in text column beside them. RootTemplateWithImages keeps
    deckmaker's own split and its circles as they were."""
    name, prs = deck
    seen = 0
    for n, slide, pic in _donuts(prs):
        seen += 1
        ring = _ring_inches(pic)
        assert ring >= ROUND_FLOOR, (name, n, _title(slide), round(ring, 2))
    assert seen == len(DONUTS), name


def test_no_takeaway_slide_holds_a_single_bullet(deck):
    """On f31c668: coreoz 37 "Ngân sách: năm 2023 và dự toán 2024 – điểm chính" held one
    bullet under a title of two lines (a filler slide, R22). The bullet now stands under its
    chart, drawn in one panel across most of the body."""
    name, prs = deck
    for n, slide in enumerate(prs.slides, 1):
        if not _title(slide).endswith(TAKEAWAY):
            continue
        bullets = _body_bullets(slide)
        assert len(bullets) >= 2, (name, n, _title(slide), bullets)
    budget = [s for s in prs.slides if _title(s).startswith("Ngân sách: năm 2023 và dự toán 2024")]
    assert len(budget) == 1, (name, [_title(s) for s in budget])
    (slide,) = budget
    said = " ".join(_body_bullets(slide)).replace("\u00a0", " ")
    assert "Thu nội địa 29.123 tỷ đồng" in said, said
    assert [p for p in _pictures(slide) if "Thu, chi ngân sách" in _alt(p)]


BUILTIN = ("default", "co-do", "tuong-phan")


@pytest.fixture(scope="module", params=BUILTIN)
def builtin(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    out = build_deck(SAMPLE, tmp / "deck.pptx", theme=request.param, cache=False).path
    return request.param, Presentation(str(out))


def _hole_ink(picture) -> int:
    """The pixels of text in a donut's hole: those far from the picture's background (its
    corner) within half the hole's radius of the ring's centre (the ring found as in
    ``_ring_inches``; the hole is ``pie.DONUT_WIDTH`` of the radius less)."""
    from deckmaker.charts.kinds.pie import DONUT_WIDTH

    img = Image.open(io.BytesIO(picture.image.blob)).convert("RGB")
    w, h = img.size
    px = img.load()
    ring = [
        (x, y) for x in range(0, w, 2) for y in range(0, h, 2) if max(px[x, y]) - min(px[x, y]) > 90
    ]
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    r = (1 - DONUT_WIDTH) * (max(xs) - min(xs)) / 2 / 2
    back = px[0, h - 1]
    return sum(
        1
        for x in range(int(cx - r), int(cx + r))
        for y in range(int(cy - r), int(cy + r))
        if sum(abs(a - b) for a, b in zip(px[x, y], back, strict=True)) > 200
    )


def test_a_donut_beside_bullets_that_say_its_whole_leaves_its_hole_empty(builtin):
    """On f31c668 (R22): "20 dự án" in the hole beside "Rà soát thu hồi 20 dự án", "21.671,5
    tỷ đồng" beside "Tổng chi ngân sách 21.671,5 tỷ đồng": the slide said its whole twice."""
    name, prs = builtin
    seen = 0
    for n, slide, pic in _donuts(prs):
        seen += 1
        assert _body_bullets(slide), (name, n)  # beside its bullets
        assert _hole_ink(pic) == 0, (name, n, _title(slide))
    assert seen == len(DONUTS), name


def test_a_donut_whose_whole_no_bullet_gives_keeps_it_in_its_hole(tmp_path):
    """The sample's slide 19 without its bullet "Rà soát thu hồi {revoked_projects}": nothing
    beside the donut says its whole (20 dự án), so its hole does."""
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE, folder)
    outline = folder / "outline.yaml"
    text = outline.read_text(encoding="utf-8")
    said = "          - Rà soát thu hồi {revoked_projects}\n"
    assert said in text
    outline.write_text(text.replace(said, ""), encoding="utf-8")
    out = build_deck(folder, tmp_path / "deck.pptx", theme="default", cache=False).path
    prs = Presentation(str(out))
    (pic,) = [p for s in prs.slides for p in _pictures(s) if "Dự án bị thu hồi năm 2023" in _alt(p)]
    assert _hole_ink(pic) > 0
