"""``deckmaker update`` counts the hand edits it keeps (session 24, h31g's afternoon: a box moved
with python-pptx, a figure changed, and the report said 0 hand edits kept — in Vietnamese, where
the count of conflicts was translated as "chỗ sửa tay được giữ nguyên").

Real parts: the e2e fixture built by the CLI, edited with python-pptx as a presenter would,
updated by the CLI, the written deck read back with python-pptx.
"""

from __future__ import annotations

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Cm

from deckmaker.cli import main

from .test_update import E2E_CHANGES, change_figures, delete_slide, e2e, runner  # noqa: F401


def _shape(slide, name: str):
    return next(s for s in slide.shapes if s.name == name)


def _polish(path) -> None:
    """A shape moved and resized on a slide that shows figures (10), a section title rewritten
    (2), a text box added (1), the closing slide (11) deleted, a rule recoloured (6): kept, and
    since session 25 counted too (the record holds each shape's style, see
    ``UpdateReport.kept``)."""
    prs = Presentation(str(path))
    slides = list(prs.slides)
    card = _shape(slides[9], "KPI Card 1")
    card.left, card.top = card.left + Cm(1), card.top + Cm(0.5)
    card.width = card.width - Cm(0.8)
    _shape(slides[1], "Title").text_frame.paragraphs[0].runs[0].text = "Kinh tế năm nay"
    box = slides[0].shapes.add_textbox(Cm(1), Cm(1), Cm(6), Cm(1.5))
    box.name = "Presenter Note"
    box.text_frame.text = "Bản nháp cho Ban Tuyên giáo"
    rule = _shape(slides[5], "Title Rule")
    rule.fill.solid()
    rule.fill.fore_color.rgb = RGBColor(0xC0, 0x10, 0x20)
    delete_slide(prs, 10)
    prs.save(str(path))


def test_update_counts_the_hand_edits_it_keeps(runner, e2e, tmp_path):  # noqa: F811
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    deck = tmp_path / "deck.pptx"
    built = Presentation(str(deck))
    card_built = _shape(list(built.slides)[9], "KPI Card 1")
    _polish(deck)
    change_figures(e2e / "figures.yaml", E2E_CHANGES)

    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    kept = [line for line in r.output.splitlines() if line.startswith("= kept: ")]
    assert kept == [
        "= kept: slide 1 'Kinh tế -\u2060 xã hội năm 2023' was edited",
        "= kept: slide 2 'Kinh tế năm nay' was edited",
        "= kept: slide 10 'Những con số nổi bật' was edited",
        "= kept: slide 11 'Trân trọng cảm ơn!' (as built) was deleted",
        "= kept: slide 6: style of the shape 'Title Rule' changed",
    ], r.output
    assert "5 hand edit(s) kept" in r.output, r.output
    assert "~ grdp_growth" in r.output and "wrote deck.pptx" in r.output

    prs = Presentation(str(deck))
    slides = list(prs.slides)
    assert len(slides) == 10
    card = _shape(slides[9], "KPI Card 1")
    assert (card.left, card.top, card.width) == (
        card_built.left + Cm(1),
        card_built.top + Cm(0.5),
        card_built.width - Cm(0.8),
    )
    assert _shape(slides[1], "Title").text_frame.text == "Kinh tế năm nay"
    assert _shape(slides[0], "Presenter Note").text_frame.text == "Bản nháp cho Ban Tuyên giáo"
    assert _shape(slides[5], "Title Rule").fill.fore_color.rgb == RGBColor(0xC0, 0x10, 0x20)
    texts = [s.text_frame.text for s in slides[9].shapes if s.has_text_frame]
    assert any("10,5%" in t for t in texts), texts  # the new figure written beside the edits

    # the edits are still kept (and counted) by the next update, which has nothing else to do
    r = runner.invoke(main, ["update", "deck.pptx", str(e2e)])
    assert r.exit_code == 0, r.output
    assert "5 hand edit(s) kept; nothing to do" in r.output, r.output


def test_the_vietnamese_report_counts_hand_edits_apart_from_conflicts(runner, e2e, tmp_path):  # noqa: F811
    assert runner.invoke(main, ["build", str(e2e), "-o", "deck.pptx"]).exit_code == 0
    _polish(tmp_path / "deck.pptx")
    change_figures(e2e / "figures.yaml", E2E_CHANGES)
    r = runner.invoke(main, ["--lang", "vi", "update", "deck.pptx", str(e2e), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "0 chỗ xung đột" in r.output, r.output
    assert "= giữ nguyên: trang chiếu 10 'Những con số nổi bật' đã bị sửa" in r.output
    assert "5 chỗ sửa tay được giữ nguyên" in r.output, r.output
