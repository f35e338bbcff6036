"""A copier's description of the page under its '# source:' line is no text of the document
(session 31: v-hcm-dautucong's overview opened on 'News item (Ministry of …)' as a bullet, and
its headline was left out as a byline)."""

from __future__ import annotations

from pathlib import Path

from deckmaker.draft import draft
from deckmaker.draft.reader import read_paragraphs

TEXT = """# source: https://example.org/tin-tuc/giai-ngan-123.htm
# News item (a ministry's site, 09/2025) on a city's public investment; heading marks removed.
TP.HCM gỡ vướng về bồi thường, giải phóng mặt bằng

Theo báo cáo, tổng số vốn triển khai của thành phố là 151.432 tỷ đồng, đạt 127% kế hoạch.

Thành phố giao Sở Xây dựng khẩn trương làm việc với Bộ Xây dựng để có hướng dẫn về việc bồi thường.
"""


def _doc(tmp_path: Path) -> Path:
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    return doc


def test_the_copiers_description_is_no_paragraph_and_its_source_stays(tmp_path):
    paragraphs = read_paragraphs(_doc(tmp_path))
    assert not [p for p in paragraphs if "News item" in p], paragraphs
    assert paragraphs[0] == "source: https://example.org/tin-tuc/giai-ngan-123.htm"


def test_the_headline_under_the_note_titles_the_deck_and_no_bullet_says_the_note(tmp_path):
    deck = draft(_doc(tmp_path)).deck
    assert deck.title == "TP.HCM gỡ vướng về bồi thường, giải phóng mặt bằng"
    bullets = [b for sec in deck.sections for s in sec.slides for b in s.bullets]
    assert not [b for b in bullets if "News item" in b], bullets
    notes = "\n".join(s.notes for sec in deck.sections for s in sec.slides)
    assert "https://example.org/tin-tuc/giai-ngan-123.htm" in notes
