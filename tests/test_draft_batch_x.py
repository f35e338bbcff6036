"""Classes of the draft extractor found on batch X (session 17: seven real documents, now
material in tests/fixtures/draft-eval/xa-*, xb-*), each stated on sentences of the kind the
documents write; the documents themselves are scored in tests/test_draft_eval.py."""

from __future__ import annotations

from decimal import Decimal

import yaml

from deckmaker.draft import draft
from deckmaker.draft.reader import read_paragraphs
from deckmaker.draft.structure import parse

from .draft_cases import read

D = Decimal

# a resolution that issues a programme: its three articles, the recipients and the signature,
# then the programme itself under its title and '(Ban hành kèm theo Nghị quyết số …)'; the
# letterhead's two columns flattened into one line per row with ' | ' (as a legal database's
# copy writes its table)
ISSUED = """CHÍNH PHỦ
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 12/NQ-CP | Hà Nội, ngày 07 tháng 02 năm 2023

NGHỊ QUYẾT

BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW VỀ PHÁT TRIỂN THỦ ĐÔ

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

{article}

Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: VT, QHĐP (3). | TM. CHÍNH PHỦ
THỦ TƯỚNG

Phạm Minh Chính

CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ

THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW VỀ PHÁT TRIỂN THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030
(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)

I. MỤC ĐÍCH, YÊU CẦU

1. Phấn đấu đạt các mục tiêu, chỉ tiêu cụ thể đã đề ra trong Nghị quyết

a) Giai đoạn từ nay đến năm 2030:

{targets}
""".format(
    article="Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ "
    "thực hiện Nghị quyết số 15-NQ/TW.",
    targets="- Tỷ trọng kinh tế số trong GRDP đến năm 2025 đạt khoảng 30%, đến năm 2030 đạt "
    "khoảng 40%; Tỷ lệ đô thị hóa đến năm 2025 đạt khoảng 60-62%, đến năm 2030 đạt 75%.",
)


def test_the_document_a_resolution_issues_after_its_signature_is_read(tmp_path):
    # the programme after the signature is the substance: its targets are figures, its parts
    # sections (before, everything after 'Nơi nhận' was dropped: 0 of 17 figures on xa-hanoi)
    path = tmp_path / "nghi-quyet.txt"
    path.write_text(ISSUED, encoding="utf-8")
    result = draft(path, slides=None)
    figures = list(result.deck.figures)
    assert read(figures, "value unit") == [
        (D("30"), "%"),
        (D("40"), "%"),
        ((D("60"), D("62")), "%"),
        (D("75"), "%"),
    ]
    assert {f.plan_kind for f in figures} == {"exact", "range"}
    outline = yaml.safe_load(result.outline_yaml)
    titles = [s["title"] for s in outline["sections"]]
    assert titles[:3] == ["Điều 1", "Điều 2", "Điều 3"]
    assert titles[3:] == ["Mục đích, yêu cầu"]
    # the programme a part of its own, under no article; its parts under it
    doc = parse(read_paragraphs(path, []))
    issued = doc.headings[3]
    assert (issued.kind, issued.title) == ("annex", "Chương trình hành động của Chính phủ")
    assert [h.title for h in issued.children] == ["MỤC ĐÍCH, YÊU CẦU"]
    # nothing of the recipients or the signature is read as content
    text = result.outline_yaml
    assert "Phạm Minh Chính" not in text and "Ban Bí thư" not in text


def test_a_letterhead_flattened_with_bars_is_read_cell_by_cell(tmp_path):
    # 'Số: 12/NQ-CP | Hà Nội, ngày 07 …': the number, the place and date; the rule's cell and
    # the motto no part of the issuer; the title keeps the number it cites in capitals
    path = tmp_path / "nghi-quyet.txt"
    path.write_text(ISSUED, encoding="utf-8")
    result = draft(path, slides=None)
    deck = yaml.safe_load(result.outline_yaml)["deck"]
    assert deck["organization"] == "Chính phủ"
    assert str(deck["date"]) == "2023-02-07"
    assert "15-NQ/TW" in deck["title"]
    assert {f.source.split(",")[0] for f in result.deck.figures} == {"Nghị quyết 12/NQ-CP"}
