"""Lists that grow as a one-slide bullet list does (issue 14, R7): a list in two columns grows
past the theme's body size while its columns leave most of the slide empty; the sample's run
of numbered lists shares one size in the middle of its body. Real decks read back with
python-pptx."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme

from .conftest import SAMPLE

DISTRICTS = [
    "Hà Nội", "Hải Phòng", "Hưng Yên", "Bắc Ninh", "Hải Dương", "Thái Bình", "Nam Định",
    "Hà Nam", "Ninh Bình", "Vĩnh Phúc", "Quảng Ninh", "Phú Thọ", "Thái Nguyên", "Bắc Giang",
]  # fmt: skip


def _deck(tmp: Path, theme: str, items: list[str]) -> Path:
    listed = "".join(f"          - {t}\n" for t in items)
    (tmp / "outline.yaml").write_text(
        f"deck: {{title: Báo cáo, theme: {theme}, agenda: false}}\n"
        "sections:\n  - title: Địa bàn\n    slides:\n"
        f"      - title: Các tỉnh, thành phố\n        bullets:\n{listed}",
        "utf-8",
    )
    return build_deck(tmp, tmp / "deck.pptx").path


@pytest.mark.parametrize("theme", ["default", "tuong-phan"])
def test_a_list_in_two_columns_grows_as_a_one_slide_list(tmp_path, theme):
    sizes = load_theme(theme).text_sizes
    slide = Presentation(str(_deck(tmp_path, theme, DISTRICTS))).slides[-1]
    cols = [s for s in slide.shapes if s.name in ("Body", "Body Right")]
    assert [c.name for c in cols] == ["Body", "Body Right"]
    got = {r.font.size.pt for c in cols for p in c.text_frame.paragraphs for r in p.runs}
    # one size for both columns: past the body size (14 short names leave the slide mostly
    # empty at it), up to the short-text size, never past the theme's fill size
    assert len(got) == 1
    size = got.pop()
    assert sizes.body < size <= sizes.body_fill
    assert size >= sizes.body_grow
    # still two even columns side by side, tops on one line, each name on its own line
    left, right = cols
    assert left.top == right.top and left.left + left.width < right.left
    assert [len(c.text_frame.paragraphs) for c in cols] == [7, 7]
    assert not any("\n" in p.text or "\v" in p.text for c in cols for p in c.text_frame.paragraphs)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return build_deck(SAMPLE, tmp_path_factory.mktemp("growth") / "sample.pptx").path


def test_the_sample_decks_numbered_run_shares_one_size_and_its_tops(sample):
    """The numbered run 46-50 at one size, its lists of about one height starting at one place
    under their titles (review R9: each centred alone, 49-50 sat ~0.3 in lower than 46-48;
    ``bullets.run_top``), its short lists not hung from the full ones' top (review R12: 49-50
    ended ~100 pt above their footers; review R14: 49-50 starting 35 pt under 46-48 read as
    the list dropping): all five start at one place."""
    slides = list(Presentation(str(sample)).slides)
    run = [s for s in slides if s.shapes.title is not None and "(1)" in s.shapes.title.text]
    i = slides.index(run[0])
    run = slides[i : i + 5]
    assert [s.shapes.title.text_frame.text.split("(")[1][:2] for s in run] == [
        "1)", "5)", "8)", "12", "15",
    ]  # fmt: skip
    tops = set()
    starts = []
    for s in run:
        body = next(sh for sh in s.shapes if sh.name == "Body")
        anchor = body.text_frame._txBody.bodyPr.get("anchor")
        assert anchor == "t"  # the run's lists start at one place, set from the top
        starts.append(body.top)
        tops.add(max(r.font.size.pt for p in body.text_frame.paragraphs for r in p.runs))
    assert len(set(starts)) == 1, starts
    assert len(tops) == 1 and tops.pop() >= 25  # one size for the run, above the body's 24
