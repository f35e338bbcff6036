"""The shape of a drafted deck a presenter can use as it is, on documents of the evaluation set:
slides titled by the document's own run-in heads rather than '(tiếp 8)', a long annex table
cut to the slide budget, a resolution's long title shortened for its title slide."""

from __future__ import annotations

import re
from pathlib import Path

from deckmaker.draft import DEFAULT_SLIDES, built_slides, draft
from deckmaker.draft.compose import CONTINUED, HEADLINE_CHARS
from deckmaker.draft.size import TABLE_ROWS

EVAL = Path(__file__).parent / "fixtures" / "draft-eval"


def _body(name: str, tmp_path: Path) -> Path:
    """The document without the copier's note above it (its leading '#' lines), as
    tests/draft_eval.py reads it: its own Markdown headings kept."""
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _longest_run(titles: list[str]) -> int:
    best = run = 1
    for a, b in zip(titles, titles[1:], strict=False):
        run = run + 1 if CONTINUED.sub("", a) == CONTINUED.sub("", b) else 1
        best = max(best, run)
    return best


def test_run_in_heads_of_a_long_part_title_its_slides(tmp_path):
    # Bạc Liêu's 2020 report: eight paragraphs, each opening on its topic ('Tăng trưởng kinh
    # tế: Tổng sản phẩm trong tỉnh (GRDP) ước tính tăng 4,08% …', 'Đầu tư–xây dựng: Tổng vốn
    # …'), once a run of 'Tổng quan (tiếp 13)' slides
    deck = draft(_body("wc-baclieu-bc-ktxh-2020", tmp_path), slides=None).deck
    titles = [sl.title for sec in deck.sections for sl in sec.slides]
    for head in (
        "Tăng trưởng kinh tế",
        "Đầu tư–xây dựng",
        "Công nghiệp",
        "Nông, lâm nghiệp và thủy sản",
    ):
        assert head in titles, titles
    assert _longest_run(titles) <= 3, titles
    bullets = [b for sec in deck.sections for sl in sec.slides for b in sl.bullets]
    # the head is the title; the bullet says the rest of its paragraph
    assert not any(b.startswith("Tăng trưởng kinh tế:") for b in bullets)
    assert any(b.startswith("Tổng sản phẩm trong tỉnh (GRDP) ước tính tăng {") for b in bullets)


def test_a_long_annex_table_is_cut_to_the_slide_budget(tmp_path):
    # Hà Nội's revenue-sharing resolution: its annex lists the rates of 77 items, once fifteen
    # table slides, a deck of 36 slides at --slides 35
    document = _body("wc-hanoi-nq-phanchianguonthu-2025", tmp_path)
    full, fitted = draft(document, slides=None), draft(document)
    assert built_slides(full.deck) > DEFAULT_SLIDES
    assert built_slides(fitted.deck) <= DEFAULT_SLIDES
    tables = [sl for sec in fitted.deck.sections for sl in sec.slides if sl.table]
    cut = [sl for sl in tables if any("table cut to its first" in str(r) for r in sl.review)]
    assert cut
    for slide in cut:
        assert slide.table is not None and len(slide.table.rows) % TABLE_ROWS == 0
        of = int(re.search(r"rows of (\d+)", str(slide.review[-1])).group(1))  # type: ignore[union-attr]
        assert of > len(slide.table.rows)
        # the rows left out are in the slide's notes, their figures in figures.yaml still
        assert len(slide.notes.splitlines()) >= of - len(slide.table.rows)
    assert [f.key for f in fitted.deck.figures] == [f.key for f in full.deck.figures]


def test_a_resolutions_long_title_is_shortened_for_its_title_slide(tmp_path):
    deck = draft(_body("wc-hanoi-nq-phanchianguonthu-2025", tmp_path)).deck
    assert len(deck.title) <= HEADLINE_CHARS
    assert deck.title.startswith("Nghị quyết về sửa đổi, bổ sung một số nội dung quy định tại")
    # a document cited by its number keeps its capital ('NGHỊ QUYẾT SỐ 22/2022/NQ-HĐND')
    assert "Nghị quyết số 22/2022/NQ-HĐND" in deck.title
    whole = [str(r) for r in deck.review if "deck title shortened" in str(r)]
    assert whole and whole[0].endswith("giữa các cấp ngân sách giai đoạn 2023-2025")
    assert (deck.organization, deck.date, deck.place) == (
        "Hội đồng nhân dân thành phố Hà Nội",
        "2025-06-27",
        "Hà Nội",
    )
