"""deckmaker.draft: structure, figures, YAML output and accuracy against hand-labelled figures."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from deckmaker.draft import draft
from deckmaker.draft.compose import _STATUS_OR_FIGURE, JOINED_CHARS, MAX_CHARS
from deckmaker.draft.figures import find_figures
from deckmaker.draft.labels import slug
from deckmaker.draft.reader import rejoin
from deckmaker.draft.structure import parse
from deckmaker.numfmt import format_quantity
from deckmaker.source import parse_yaml

FIXTURES = Path(__file__).parents[1] / "fixtures"
GUIDANCE = FIXTURES / "draft" / "25-HD-BTGDUK-2024.txt"
SHARED = Path(__file__).parents[2] / ".." / "shared" / "guidance" / "25-HD-BTGDUK-2024.txt"
TRUTH = FIXTURES / "guidance_figures.yaml"
MEASURED = {"2.2a": "II.2.2a", "2.2b": "II.2.2b", "3.2a": "II.3.2a"}


@pytest.fixture(scope="module")
def result():
    return draft(GUIDANCE, slides=None)  # every part: the document's structure as it is


@pytest.fixture(scope="module")
def outline(result):
    return yaml.safe_load(result.outline_yaml)


@pytest.fixture(scope="module")
def figures(result):
    return parse_yaml(result.figures_yaml, "figures.yaml").plain()


def test_fixture_copy_matches_shared_guidance():
    if not SHARED.is_file():
        pytest.skip("shared/guidance is not next to the repository")
    assert GUIDANCE.read_bytes() == SHARED.read_bytes()


def test_rejoin_joins_page_breaks_and_keeps_items():
    lines = ["phù hợp với từng cơ quan, doanh", "", "nghiệp. Chủ động đấu tranh.", "- Mục tiếp"]
    assert rejoin(lines) == [
        "phù hợp với từng cơ quan, doanh nghiệp. Chủ động đấu tranh.",
        "- Mục tiếp",
    ]


REJOINED = [
    # a sentence broken before its number goes on
    ("number-after-mid-sentence",
     ["vượt kịch bản. Chỉ số sản xuất công nghiệp (IIP) tăng", "26,94% so với cùng kỳ."],
     ["vượt kịch bản. Chỉ số sản xuất công nghiệp (IIP) tăng 26,94% so với cùng kỳ."]),
    ("bracketed-number-after-mid-sentence",
     ["cao hơn so với bình quân chung của cả nước", "(54,4%). Đặc biệt, tỉnh đã thu hút"],
     ["cao hơn so với bình quân chung của cả nước (54,4%). Đặc biệt, tỉnh đã thu hút"]),
    # not across a blank line, after a list item or heading, a sentence's end, a short line
    ("blank-line-parts", ["- Du lịch và dịch vụ hướng tới thông minh", "", "100% điểm đến"],
     ["- Du lịch và dịch vụ hướng tới thông minh", "100% điểm đến"]),
    ("after-a-list-item", ["- Du lịch và dịch vụ hướng tới thông minh", "100% điểm đến"],
     ["- Du lịch và dịch vụ hướng tới thông minh", "100% điểm đến"]),
    ("after-a-sentence", ["Thu ngân sách đạt kết quả tốt trong năm.", "2025 là năm cuối"],
     ["Thu ngân sách đạt kết quả tốt trong năm.", "2025 là năm cuối"]),
    ("after-a-short-line", ["Kết quả thu chi", "12 tháng"], ["Kết quả thu chi", "12 tháng"]),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "joined"), [pytest.param(a, b, id=n) for n, a, b in REJOINED])
def test_rejoin_a_sentence_broken_before_its_number(lines: list[str], joined: list[str]) -> None:
    assert rejoin(lines) == joined


def test_rejoin_wrapped_pdf_lines_break_after_short_sentence_end():
    full = ("Chữ " * 22).strip()
    lines = [
        full,
        "Hưng Yên tiếp tục dòng.",
        full,
        full + ".",
        "Đoạn hai.",
        full,
        "(13) Mục",
        "(2) Mới",
    ]
    assert rejoin(lines, wrapped=True) == [
        f"{full} Hưng Yên tiếp tục dòng.",
        f"{full} {full}. Đoạn hai.",
        f"{full} (13) Mục",
        "(2) Mới",
    ]


def test_structure_follows_numbering():
    doc = parse(
        [
            "Số 7 - HD/ABC",
            "HƯỚNG DẪN",
            "Tiêu đề",
            "I- MỤC MỘT",
            "1- Ý một",
            "- gạch đầu dòng",
            "2- Ý hai",
            "2.1- Ý hai chấm một",
            "a- Chữ a",
            "(1) Mục một. Có hai câu.",
            "II- MỤC HAI",
            "1- Một mục dài có câu. Và thêm câu.",
            "Nơi nhận:",
            "- Lưu VT.",
        ]
    )
    assert (doc.number, doc.doc_type, doc.title) == ("7-HD/ABC", "HƯỚNG DẪN", "Tiêu đề")
    first, second = doc.headings
    assert [h.path for h in first.children] == ["I.1", "I.2"]
    assert first.children[1].children[0].path == "I.2.1"
    letter = first.children[1].children[0].children[0]
    assert (letter.path, letter.paragraphs[0].marker) == ("I.2.1a", "(1)")
    # a numbered paragraph that reads as prose is an item, and "Nơi nhận" ends the body
    assert second.children == ()
    assert [p.marker for p in second.paragraphs] == ["1"]


def test_numbering_jump_is_flagged_for_review():
    doc = parse(["I- A", "1- Một", "3- Ba"])
    assert doc.headings[0].children[1].review
    assert not doc.headings[0].children[0].review


def test_figures_plan_range_attainment_and_denominator():
    text = (
        "kim ngạch xuất khẩu đạt 5,8 tỷ USD (KH là 7 tỷ USD); GRDP tăng 7,5-8%; "
        "thu 33.100 tỷ đồng, đạt 144,6% dự toán; thu nhập trên 01 ha đất đạt 238 triệu đồng."
    )
    found = find_figures(text, "2023")
    assert [(f.value, f.unit, f.plan) for f in found] == [
        (Decimal("5.8"), "tỷ USD", Decimal("7")),
        (Decimal("7"), "tỷ USD", None),  # the plan in its own bracket is a figure too
        ((Decimal("7.5"), Decimal("8")), "%", None),
        (Decimal("33100"), "tỷ đồng", None),
        (Decimal("144.6"), "%", None),
        (Decimal("238"), "triệu đồng", None),
    ]
    assert found[0].label == "Kim ngạch xuất khẩu"
    assert found[4].label.endswith("(so với dự toán)")


def test_figures_ignore_years_dates_and_document_numbers():
    text = "Nghị quyết số 68/2022/QH15 ngày 03/01/2024, giai đoạn 2021 - 2025, Covid-19, 06 vùng."
    assert find_figures(text) == []


def test_slug_is_ascii_and_unique():
    taken: set[str] = set()
    assert slug("Tổng sản phẩm (GRDP) tăng", taken) == "tong_san_pham_grdp_tang"
    assert slug("Tổng sản phẩm (GRDP) tăng", taken) == "tong_san_pham_grdp_tang_2"


def test_sections_follow_i_ii_areas_iii(result, outline):
    subtitles = [s.get("subtitle", "") for s in outline["sections"]]
    assert len(result.sections) == 7
    assert result.sections[0] == "Mục đích, yêu cầu"
    assert result.sections[-1] == "Tổ chức thực hiện"
    # no filler "Mục II.1" subtitles (R12): a section's subtitle is the rest of its heading or none
    assert not any(s and s.startswith("Mục ") for s in subtitles)
    # the five sections of part II carry it (the agenda lists them under it), the others none
    parts = [s.get("part") for s in outline["sections"]]
    assert parts == [None, *["Nội dung tuyên truyền"] * 5, None]
    assert outline["deck"]["subtitle"].endswith("25-HD/BTGDUK")
    assert "Ban Tuyên giáo" in outline["deck"]["organization"]


def test_signature_and_recipients_left_out(result):
    assert "Nơi nhận" not in result.outline_yaml
    assert "Phạm Mạnh Hà" not in result.outline_yaml
    assert "Lưu BTGTh" not in result.outline_yaml


def test_slides_are_buildable_bullets_charts_and_notes(outline, figures):
    keys = set(figures)
    for section in outline["sections"]:
        assert section["slides"]
        for slide in section["slides"]:
            assert set(slide) <= {"title", "bullets", "chart", "kpis", "notes"}
            assert "bullets" in slide or "chart" in slide or "kpis" in slide
            assert {k["figure"] for k in slide.get("kpis", [])} <= keys
            assert len(slide.get("bullets", [])) <= 6
            # (a bullet with sub-items, 'trong đó:' parts, is {text, bullets}: each line a bullet)
            lines = [
                t
                for b in slide.get("bullets", [])
                for t in ([b] if isinstance(b, str) else [b["text"], *b["bullets"]])
            ]
            for bullet in lines:
                for ref in re.findall(r"(?<!\{)\{([a-z0-9_]+)(?:\.plan)?\}", bullet):
                    assert ref in keys, ref
                shown = re.sub(r"\{([a-z0-9_]+)\}", lambda m: _shown(figures[m.group(1)]), bullet)
                shown = re.sub(r"\{([a-z0-9_]+)\.plan\}", "0000", shown)
                # at most MAX_CHARS and the figure that starts within them, kept whole (R12);
                # up to two bullets' length where a '…' cut would drop a figure or the words
                # that make it a forecast or a plan (R21 #8)
                assert len(shown) <= JOINED_CHARS + 25, shown
                if len(shown) > MAX_CHARS + 25:
                    assert _STATUS_OR_FIGURE.search(shown[MAX_CHARS:]), shown
            if "chart" in slide:
                # a donut: shares that sum to 100 (R12)
                assert slide["chart"]["type"] in ("barh", "plan-actual", "donut")
                chart = slide["chart"]
                assert set(_chart_keys(chart)) <= keys
                if "categories" in chart:
                    # bars named without the run-in head they share: one series of the keys
                    assert len(chart["categories"]) == len(_chart_keys(chart))
                    assert "figures" not in chart and len(chart["series"]) == 1


def _chart_keys(chart: dict) -> list[str]:
    """The figure keys a drafted chart shows: ``figures``, or its one series' values."""
    return chart.get("figures") or chart["series"][0]["values"]


def _shown(figure: dict) -> str:
    """Roughly how a figure reference reads on the slide."""
    value = figure["value"]
    return format_quantity(tuple(value) if isinstance(value, list) else value, figure.get("unit"))


def test_every_paragraph_is_in_the_notes(outline):
    notes = "\n".join(s.get("notes", "") for sec in outline["sections"] for s in sec["slides"])
    text = GUIDANCE.read_text(encoding="utf-8")
    body = text[text.index("I- MỤC ĐÍCH") : text.index("Nơi nhận")]
    for paragraph in (p for p in body.split("\n\n") if len(p) > 150):
        first_words = " ".join(paragraph.split()[1:8])
        assert first_words in notes, first_words


def test_indicator_list_gets_charts(outline, figures, result):
    charts = [s["chart"] for sec in outline["sections"] for s in sec["slides"] if "chart" in s]
    assert any(c["source"].endswith("II.3.2a") for c in charts)
    for chart in charts:
        # one unit a chart, a bar per figure, and plans for every plan-actual figure
        assert len({figures[k].get("unit") for k in _chart_keys(chart)}) == 1
        assert 2 <= len(_chart_keys(chart)) <= 8
        if chart["type"] == "plan-actual":
            assert all(figures[k].get("plan") is not None for k in _chart_keys(chart))
    # every drafted chart and KPI slide says why it was chosen
    text = result.outline_yaml
    assert text.count("# review: chart proposed") == len(charts)
    assert text.count("# review: KPI cards proposed") == text.count("kpis:") >= 1


def test_figures_file_is_decimal_exact_with_sources(figures):
    grdp = next(f for f in figures.values() if f["value"] == Decimal("10.05"))
    assert (grdp["unit"], grdp["period"]) == ("%", "2023")
    assert grdp["source"] == "HD 25-HD/BTGDUK, mục II.2.2a"
    export = next(f for f in figures.values() if f.get("plan") == Decimal("7"))
    assert export["value"] == Decimal("5.8")
    growth = next(f for f in figures.values() if f["value"] == [Decimal("7.5"), Decimal("8")])
    assert (growth["period"], growth["source"]) == ("2024", "HD 25-HD/BTGDUK, mục II.3.2a(1)")


def test_review_comments_are_counted(result):
    comments = (result.outline_yaml + result.figures_yaml).count("# review:")
    assert result.review_count == comments > 0
    assert f"{comments} items to review" in result.summary


def test_write_puts_both_files_in_the_directory(result, tmp_path):
    outline_path, figures_path = result.write(tmp_path / "draft")
    assert outline_path.read_text(encoding="utf-8") == result.outline_yaml
    assert figures_path.name == "figures.yaml"


def _measure(figures: dict) -> tuple[float, float, list, list]:
    truth = yaml.safe_load(TRUTH.read_text(encoding="utf-8"))

    def norm(v):
        if v is None:
            return None
        if isinstance(v, list):
            return tuple(Decimal(str(x)) for x in v)
        return Decimal(str(v))

    missed, wrong = [], []
    recall_hits = precision_hits = extracted = 0
    for short, path in MEASURED.items():
        expected = Counter(
            (norm(t["value"]), t["unit"], norm(t.get("plan"))) for t in truth
            if t["section"] == short
        )  # fmt: skip
        values = Counter(v for v, _, _ in expected.elements())
        got = [
            (norm(f["value"]), f.get("unit"), norm(f.get("plan"))) for f in figures.values()
            if f["source"].split("mục ")[1].split("(")[0] == path
        ]  # fmt: skip
        extracted += len(got)
        full = Counter(got)
        recall_hits += sum((expected & full).values())
        missed += list((expected - full).elements())
        got_values = Counter(v for v, _, _ in got)
        precision_hits += sum((values & got_values).values())
        wrong += list((got_values - values).elements())
    total = sum(1 for t in truth if t["section"] in MEASURED)
    return recall_hits / total, precision_hits / extracted, missed, wrong


def test_accuracy_against_hand_labelled_figures(figures):
    """Recall: right value, unit and plan. Precision: extracted figures with a real value."""
    recall, precision, missed, wrong = _measure(figures)
    print(f"\nrecall {recall:.1%}  precision {precision:.1%}  missed {missed}  wrong {wrong}")
    assert recall >= 0.95, missed
    assert precision >= 0.90, wrong


LETTERHEAD = """UBND TỈNH HƯNG YÊN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 0204/KH-UBND
Hưng Yên, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
VỀ THỰC HIỆN DỰ TOÁN NGÂN SÁCH TỈNH HƯNG YÊN NĂM 2024
I. KẾT QUẢ
1. Thu ngân sách
Tổng thu ngân sách ước đạt 21.671,5 tỷ đồng.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
""".splitlines()


def test_letterhead_is_parsed_and_the_motto_dropped():
    doc = parse(LETTERHEAD[:10])
    assert (doc.doc_type, doc.number, doc.place, doc.date) == (
        "KẾ HOẠCH", "0204/KH-UBND", "Hưng Yên", "2024-03-05",
    )  # fmt: skip
    assert doc.organization == "UBND tỉnh Hưng Yên"
    assert doc.title == "Kế hoạch về thực hiện dự toán ngân sách tỉnh Hưng Yên năm 2024"
    assert not any("Hạnh phúc" in p or "CỘNG HÒA" in p for p in doc.intro)
    assert doc.cited == "Kế hoạch 0204/KH-UBND"


def test_sources_name_the_document_type_and_number(tmp_path):
    text = tmp_path / "kh.txt"
    text.write_text("\n".join(LETTERHEAD[:12]) + "\n", encoding="utf-8")
    (figure,) = draft(text).deck.figures
    assert figure.source == "Kế hoạch 0204/KH-UBND, mục I.1"


def test_articles_of_a_resolution_are_sections(tmp_path):
    lines = ["NGHỊ QUYẾT", "VỀ DỰ TOÁN NGÂN SÁCH NĂM 2006", "Quyết nghị:",
             "Điều 1. Thống nhất dự toán năm 2006 như sau:", *LETTERHEAD[9:]]  # fmt: skip
    doc = parse(lines)
    assert [h.title for h in doc.headings] == ["Điều 1. Thống nhất dự toán năm 2006 như sau:",
                                               "Điều 2"]  # fmt: skip
    assert doc.headings[1].paragraphs[0].text.startswith("Giao Ủy ban")
    text = tmp_path / "nq.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = draft(text)
    assert result.deck.figures[0].source == "Nghị quyết, Điều 1, mục I.1"
    assert [s.subtitle for s in result.deck.sections] == ["Điều 1, mục I", "Điều 2"]


def test_actual_over_plan_pairs_fill_the_plan():
    text = "Chi đầu tư phát triển: 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch."
    # the plan after the slash is also a figure of its own, the target (a level: exact), as
    # the hand-labelled daksong-bc-chitieu-2021 has it
    spending, plan, attainment = find_figures(text)
    assert (spending.value, spending.plan) == (Decimal("5817.196"), Decimal("5937.440"))
    assert spending.unit == plan.unit == "tỷ đồng"
    assert (plan.value, plan.plan_kind) == (Decimal("5937.440"), "exact")
    assert attainment.value == Decimal("97.97")


def test_a_count_out_of_a_whole_is_one_figure():
    (count, share) = find_figures("Toàn tỉnh có 320/411 xã đạt chuẩn NTM, chiếm 77,86%.")
    # 'NTM' said in words, kept in brackets (see test_a_sectors_shorthand_is_said_in_words…)
    label = "Số xã đạt chuẩn nông thôn mới (NTM)"
    assert (count.value, count.unit, count.label) == (Decimal("320"), "xã", label)
    assert share.value == Decimal("77.86")


def test_upper_case_letters_are_parts_above_the_roman_numerals():
    doc = parse(
        [
            "A. Kết quả thực hiện nhiệm vụ tháng 5",
            "I. Công tác xây dựng văn bản",
            "1. Văn bản trình Chính phủ",
            "Đã trình 3 nghị định.",
            "B. Nhiệm vụ trọng tâm tháng 6.",
            "I. Công tác xây dựng văn bản",
            "Trình 2 nghị định.",
        ]
    )
    first, second = doc.headings
    assert (first.kind, first.path) == ("part", "A")
    assert first.title == "Kết quả thực hiện nhiệm vụ tháng 5"
    assert [h.path for h in first.children] == ["A.I"]
    assert (second.path, second.title) == ("B", "Nhiệm vụ trọng tâm tháng 6")
    assert not second.review  # B follows A
    # 'I.' and 'V.' still number
    assert parse(["I. Mục đích", "V. Tổ chức"]).headings[0].kind == "roman"
