"""Each slide kind planned on its own, from a small outline and a frame: no deck is written and
LibreOffice is not started; the assertions are on the returned SlidePlans and problems."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from deckmaker.layout.context import PlanContext
from deckmaker.layout.frame import Fonts, Frame, build_frame
from deckmaker.layout.kinds import PLANNERS
from deckmaker.layout.kinds.section import NumberedSection
from deckmaker.layout.model import Box, ChartBox, PictureBox, SlidePlan, TableBox
from deckmaker.layout.page import body_box
from deckmaker.outline import load_outline
from deckmaker.outline.model import Deck
from deckmaker.resolve import Resolver
from deckmaker.theme import load_theme
from deckmaker.units import Inches

LONG = "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân"
_FRAMES: dict[str, Frame] = {}


def frame_of(theme: str = "default") -> Frame:
    if theme not in _FRAMES:
        th = load_theme(theme)
        _FRAMES[theme] = build_frame(th, Fonts.for_theme(th))
    return _FRAMES[theme]


def deck_of(tmp_path: Path, slides: str, lang: str = "vi", extra: str = "") -> Deck:
    """An outline of one section holding ``slides`` (YAML, indented as a list item's body)."""
    (tmp_path / "outline.yaml").write_text(
        f"deck: {{title: Báo cáo kết quả năm 2023, language: {lang}, date: 2024-01-20}}\n"
        f"sections:\n  - title: Phần đầu\n    slides:\n{slides}{extra}",
        "utf-8",
    )
    return load_outline(tmp_path / "outline.yaml")


def ctx_of(deck: Deck) -> PlanContext:
    return PlanContext.for_deck(deck, Resolver({}, deck.info.language))


def plan_slide(deck: Deck, frame: Frame | None = None, i: int = 0):
    spec = deck.sections[0].slides[i]
    return PLANNERS[spec.kind].plan(spec, frame or frame_of(), ctx_of(deck))


def inside(inner: Box, outer: Box) -> bool:
    return (
        inner.x >= outer.x
        and inner.y >= outer.y
        and inner.right <= outer.right
        and inner.bottom <= outer.bottom
    )


def slide_box(frame: Frame) -> Box:
    return Box(0, 0, frame.width, frame.height)


def named(plan: SlidePlan, name: str):
    return next(e for e in plan.elements if e.name == name)


def content_body(frame: Frame, plan: SlidePlan) -> Box:
    """The body box under a content slide's title rule (``body_gap`` below the rule's top)."""
    rule = named(plan, "Title Rule")
    return body_box(frame, rule.box.y + frame.header.body_gap)


def test_a_bullet_list_too_long_for_one_slide_continues_on_tiep_slides(tmp_path):
    bullets = "".join(f"          - {LONG} số {n}\n" for n in range(14))
    deck = deck_of(tmp_path, f"      - title: Nhiệm vụ năm 2024\n        bullets:\n{bullets}")
    frame = frame_of()
    planned = plan_slide(deck, frame)
    assert planned.problems == ()
    titles = [s.title for s in planned.slides]
    assert len(titles) >= 2
    n = len(titles)
    assert titles == [f"Nhiệm vụ năm 2024 (1/{n})"] + [
        f"Nhiệm vụ năm 2024 (tiếp {i}/{n})" for i in range(2, n + 1)
    ]
    assert [s.continued for s in planned.slides] == list(range(len(titles)))
    # U+00A0 keeps the last two words together where one would stand alone on a line
    texts = [p.text.replace("\u00a0", " ") for s in planned.slides for p in named(s, "Body").paras]
    assert texts == [f"{LONG} số {n}" for n in range(14)]
    for s in planned.slides:
        assert s.kind == "bullets"
        assert inside(named(s, "Body").box, body_box(frame, 0))


def test_english_decks_continue_with_cont(tmp_path):
    bullets = "".join(f"          - {LONG} {n}\n" for n in range(14))
    deck = deck_of(tmp_path, f"      - title: Tasks\n        bullets:\n{bullets}", lang="en")
    titles = [s.title for s in plan_slide(deck).slides]
    assert titles[1] == f"Tasks (cont. 2/{len(titles)})"


def test_a_bullet_too_long_for_any_slide_is_a_returned_problem(tmp_path):
    huge = (LONG + ". ") * 40
    deck = deck_of(tmp_path, f"      - title: Dài\n        bullets:\n          - {huge}\n")
    planned = plan_slide(deck)
    assert planned.slides == ()
    (problem,) = planned.problems
    assert "does not fit on a slide even alone" in problem.message
    assert (problem.location.line, problem.path) == (7, "sections[0].slides[0].bullets[0]")


def test_a_tables_columns_fill_the_body_and_long_tables_split_by_rows(tmp_path):
    rows = "".join(
        f"            - [Chỉ tiêu số {n} về kinh tế - xã hội, '{n},5%', '{n}']\n" for n in range(30)
    )
    deck = deck_of(
        tmp_path,
        f"      - title: Chỉ tiêu\n        table:\n          columns: [Chỉ tiêu, Năm 2023, KH]\n"
        f"          rows:\n{rows}",
    )
    frame = frame_of()
    planned = plan_slide(deck, frame)
    tables = [e for s in planned.slides for e in s.elements if isinstance(e, TableBox)]
    assert len(tables) >= 2
    assert sum(len(t.rows) for t in tables) == 30
    for s, t in zip(planned.slides, tables, strict=True):
        body = content_body(frame, s)
        assert sum(t.col_widths) == body.w == t.box.w
        assert inside(t.box, body)
        assert sum(t.row_heights) == t.box.h
        # "Chỉ tiêu" is one word: its syllables are bound (U+00A0)
        assert t.header == ("Chỉ\u00a0tiêu", "Năm\u00a02023", "KH")  # "Năm 2023" kept together
        assert [str(a) for a in t.align] == ["l", "r", "r"]  # figures line up on the right


def test_kpi_cards_stay_inside_the_body(tmp_path):
    kpis = "".join(
        f"          - {{value: {n}.5, unit: '%', label: Tăng trưởng ngành số {n}}}\n"
        for n in range(7)
    )
    deck = deck_of(tmp_path, f"      - title: Số liệu nổi bật\n        kpis:\n{kpis}")
    frame = frame_of()
    planned = plan_slide(deck, frame)
    assert planned.problems == ()
    cards = 0
    for s in planned.slides:
        body = content_body(frame, s)
        for e in s.elements:
            if e.name.startswith("KPI"):
                assert inside(e.box, body), e.name
            cards += e.name.startswith("KPI Card")
    assert cards == 7
    values = [
        e.paras[0].text
        for s in planned.slides
        for e in s.elements
        if e.name.startswith("KPI Value")
    ]
    assert values[:2] == ["0,5%", "1,5%"]


def test_a_quote_sits_inside_the_slide_and_a_too_long_one_is_a_problem(tmp_path):
    deck = deck_of(
        tmp_path,
        "      - quote: {text: 'Không có gì quý hơn độc lập, tự do', author: Hồ Chí Minh}\n"
        f"      - quote: {{text: '{(LONG + '. ') * 30}'}}\n",
    )
    frame = frame_of()
    short = plan_slide(deck, frame)
    (s,) = short.slides
    assert short.problems == ()
    for name in ("Quote", "Quote Mark", "Author"):
        assert inside(named(s, name).box, slide_box(frame)), name
    quote, author = named(s, "Quote"), named(s, "Author")
    assert author.box.y >= quote.box.bottom
    # the quote's column with its mark's column left of it centred on the slide, as narrow as
    # its lines, and the author right-aligned under it
    assert abs(named(s, "Quote Mark").box.x + quote.box.right - frame.width) <= 1
    assert quote.box.w < frame.width - 2 * (frame.margin + frame.quote.indent)
    assert named(s, "Quote Mark").box.right <= quote.box.x
    assert (author.box.x, author.box.w) == (quote.box.x, quote.box.w)
    long = plan_slide(deck, frame, 1)
    (problem,) = long.problems
    assert "the quote does not fit on a slide" in problem.message


@pytest.mark.parametrize("theme", ["default", "co-do", "tuong-phan"])
def test_title_section_and_closing_put_their_title_inside_the_slide(tmp_path, theme):
    deck = deck_of(
        tmp_path,
        "      - title: Một\n        bullets: [a]\n",
        extra="closing: {title: Trân trọng cảm ơn!}\n",
    )
    frame, ctx = frame_of(theme), ctx_of(deck)
    planned = [
        PLANNERS["title"].plan(deck.info, frame, ctx),
        PLANNERS["section"].plan(NumberedSection(2, deck.sections[0]), frame, ctx),
        PLANNERS["closing"].plan(deck.closing, frame, ctx),
    ]
    for p, kind in zip(planned, ("title", "section", "closing"), strict=True):
        (s,) = p.slides
        assert s.kind == kind
        assert inside(named(s, "Title").box, slide_box(frame))
    section = planned[1].slides[0]
    assert named(section, "Section Number").paras[0].text == "PHẦN"
    assert named(section, "Section Anchor").paras[0].text == "2"  # the number, large
    assert named(section, "Section Anchor").paras[0].size_pt >= 3 * frame.sizes.title
    date = [e for e in planned[0].slides[0].elements if e.name == "Date"]
    assert date[0].paras[0].text == "Tháng 01 năm 2024"


def test_the_title_slide_has_agency_on_top_title_in_the_middle_place_and_date_below(tmp_path):
    deck = deck_of(
        tmp_path,
        "      - title: Một\n        bullets: [a]\n",
    )
    (tmp_path / "outline.yaml").write_text(
        (tmp_path / "outline.yaml")
        .read_text("utf-8")
        .replace("date: 2024-01-20}", "date: 2024-01-20, place: Hưng Yên, organization: Sở Y tế}"),
        "utf-8",
    )
    deck = load_outline(tmp_path / "outline.yaml")
    frame = frame_of()
    (s,) = PLANNERS["title"].plan(deck.info, frame, ctx_of(deck)).slides
    org, title, date = named(s, "Organization"), named(s, "Title"), named(s, "Date")
    assert org.paras[0].text == "SỞ Y TẾ"
    assert date.paras[0].text == "Hưng Yên, tháng 01 năm 2024"
    assert org.box.bottom <= title.box.y and title.box.bottom <= date.box.y
    middle = title.box.y + title.box.h / 2
    assert abs(middle - frame.height / 2) < frame.height * 0.1  # the title sits mid-slide


def test_a_picture_keeps_its_proportions_inside_the_body(tmp_path):
    Image.new("RGB", (4000, 1000), "navy").save(tmp_path / "wide.png")
    deck = deck_of(tmp_path, "      - title: Ảnh\n        image: {file: wide.png, caption: Cầu}\n")
    frame = frame_of()
    (s,) = plan_slide(deck, frame).slides
    pic = next(e for e in s.elements if isinstance(e, PictureBox) and e.name == "Picture")
    body = content_body(frame, s)
    assert inside(pic.box, body)
    assert pic.box.w == body.w  # a wide picture fills the width
    assert pic.box.w / pic.box.h == pytest.approx(4, rel=1e-3)
    assert inside(named(s, "Caption").box, body)
    assert plan_slide(deck, frame).problems == ()


def test_a_small_logo_is_not_blown_up_and_keeps_clear_of_the_footer(tmp_path):
    Image.new("RGB", (120, 90), "navy").save(tmp_path / "logo.png")
    deck = deck_of(tmp_path, "      - title: Biểu trưng\n        image: {file: logo.png}\n")
    frame = frame_of()
    planned = plan_slide(deck, frame)
    (s,) = planned.slides
    pic = next(e for e in s.elements if isinstance(e, PictureBox) and e.name == "Picture")
    assert pic.box.w / pic.box.h == pytest.approx(120 / 90, rel=1e-3)
    shown_dpi = 120 / (pic.box.w / 914400)
    assert shown_dpi >= frame.image.min_dpi - 0.5  # was 22 dpi, stretched to 5.4 in
    footer = min(e.box.y for e in s.elements if getattr(e, "role", "") in ("footer", "number"))
    assert footer - pic.box.bottom >= frame.image.footer_gap
    (warning,) = planned.problems
    assert warning.severity == "warning"
    assert "logo.png" in warning.message and "120×90 px" in warning.message
    assert warning.location.line == 6 and warning.path.endswith("image")


def test_a_quote_with_a_title_has_the_content_header_and_both_marks(tmp_path):
    deck = deck_of(
        tmp_path,
        "      - title: Lời Bác dạy\n"
        "        quote: {text: 'Không có gì quý hơn độc lập, tự do', author: Hồ Chí Minh}\n"
        "      - title: Lời Bác dạy\n        bullets: [Một ý]\n",
    )
    frame = frame_of()
    (q,) = plan_slide(deck, frame).slides
    (b,) = plan_slide(deck, frame, 1).slides
    assert named(q, "Title").box == named(b, "Title").box
    assert named(q, "Title").paras[0].size_pt == named(b, "Title").paras[0].size_pt
    assert named(q, "Quote Mark").paras[0].text == "“"
    assert named(q, "Quote").paras[0].text.endswith("do\u2060”")  # no space before the mark
    assert named(q, "Quote").box.y >= named(q, "Title Rule").box.bottom


def test_a_chart_fills_the_body_and_beside_bullets_takes_its_share(tmp_path):
    chart = (
        "        chart:\n          type: bar\n          categories: ['2022', '2023']\n"
        "          series: [{name: GRDP, values: [8.1, 10.05]}]\n"
    )
    deck = deck_of(
        tmp_path,
        f"      - title: Tăng trưởng\n{chart}"
        f"      - title: Tăng trưởng và ý chính\n{chart}"
        "        bullets: [Tăng nhanh, Vượt kế hoạch]\n",
    )
    frame = frame_of()
    (alone,) = plan_slide(deck, frame).slides
    cb = next(e for e in alone.elements if isinstance(e, ChartBox))
    assert cb.box == content_body(frame, alone)
    assert cb.chart.categories == ("2022", "2023")
    (both,) = plan_slide(deck, frame, 1).slides
    assert both.kind == "chart-bullets"
    cb = next(e for e in both.elements if isinstance(e, ChartBox))
    text = named(both, "Body")
    body = content_body(frame, both)
    assert inside(cb.box, body) and inside(text.box, body)
    assert text.box.x - cb.box.right == frame.chart.gap
    assert cb.box.w == round((body.w - frame.chart.gap) * frame.chart.share)


def test_positions_come_from_the_frame(tmp_path):
    deck = deck_of(
        tmp_path,
        "      - title: Một\n        bullets: [a, {text: b, bullets: [c]}]\n"
        "      - quote: {text: 'Không có gì quý hơn độc lập, tự do'}\n",
    )  # a sub-bullet: a list at the body's top (a few short points would be a statement)
    frame = frame_of()
    wider = replace(frame, margin=frame.margin + Inches(0.5))
    lower = replace(frame, header=replace(frame.header, top=frame.header.top + Inches(0.4)))
    (base,) = plan_slide(deck, frame).slides
    (moved,) = plan_slide(deck, wider).slides
    (down,) = plan_slide(deck, lower).slides
    for name in ("Title", "Title Rule", "Body"):
        assert named(moved, name).box.x == named(base, name).box.x + Inches(0.5), name
        assert named(down, name).box.y == named(base, name).box.y + Inches(0.4), name
    assert named(moved, "Body").box.w == named(base, "Body").box.w - Inches(1.0)
    (q, qm) = (plan_slide(deck, f, 1).slides[0] for f in (frame, wider))
    for f, s in ((frame, q), (wider, qm)):  # centred, inside the margins and marks' columns
        quote = named(s, "Quote").box
        assert abs(named(s, "Quote Mark").box.x + quote.right - f.width) <= 1
        assert quote.x >= f.margin + f.quote.indent
    ruled_frame = replace(
        frame, header=replace(frame.header, rule=replace(frame.header.rule, w=Inches(3)))
    )
    (ruled,) = plan_slide(deck, ruled_frame).slides
    assert named(ruled, "Title Rule").box.w == Inches(3)


def test_planning_changes_nothing_it_was_given(tmp_path):
    deck = deck_of(tmp_path, "      - title: Một\n        bullets: [a, b]\n")
    frame = frame_of()
    before = repr(frame)
    first, second = plan_slide(deck, frame), plan_slide(deck, frame)
    assert first == second
    assert repr(frame) == before


def test_a_pasted_bullet_mark_is_dropped_and_a_typed_number_warned(tmp_path):
    deck = deck_of(
        tmp_path,
        "      - title: Nghị quyết\n        bullets:\n"
        "          - '- Thông qua nghị quyết về kinh tế'\n"
        "          - '1- Thông qua nghị quyết về ngân sách'\n"
        "          - Bình thường\n",
    )
    planned = plan_slide(deck)
    texts = [p.text.replace("\u00a0", " ") for p in named(planned.slides[0], "Body").paras]
    assert texts == [
        "Thông qua nghị quyết về kinh tế",
        "1- Thông qua nghị quyết về ngân sách",
        "Bình thường",
    ]
    assert [(w.severity, w.location.line, w.path[-10:]) for w in planned.problems] == [
        ("warning", 7, "bullets[0]"),
        ("warning", 8, "bullets[1]"),
    ]


def test_table_column_widths_are_kept_and_handed_out_fresh(monkeypatch) -> None:
    """The members of a run of tables ask for the same widths (the run's rows, one size): they
    are computed once, equal to computing them afresh, and a caller's list is its own."""
    from deckmaker.layout.kinds import table

    frame = frame_of()
    m, bold = frame.measure.body, frame.measure.bold
    header = ("Chỉ tiêu", "Kết quả 2023")
    rows = [("Tốc độ tăng trưởng kinh tế (GRDP) của toàn tỉnh", "10,05%")] * 3 + [
        ("Thu ngân sách nhà nước trên địa bàn", "37.800 tỷ đồng")
    ]
    args = (m, bold, header, rows, 14.0, Inches(8), frame.table.inset)
    fresh = table._column_widths(*args, frozenset())
    computed = []
    real = table._column_widths
    monkeypatch.setattr(table, "_WIDTHS", type(table._WIDTHS)())
    monkeypatch.setattr(table, "_column_widths", lambda *a: computed.append(a) or real(*a))
    first = table.column_widths(*args)
    first[0] += 1  # the caller's own list
    second = table.column_widths(*args)
    assert second == fresh and sum(second) == Inches(8)
    assert len(computed) == 1


def _label_lines(planned, frame) -> dict[str, list[str]]:
    """Each card label's lines as the measurer (and LibreOffice) sets them, by its text."""
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.nobreak import NBSP
    from deckmaker.units import EMU_PER_PT

    out = {}
    for s in planned.slides:
        for e in s.elements:
            if e.name.startswith("KPI Label"):
                text = "".join(r.text for p in e.paras for r in p.runs)
                size, width = e.paras[0].size_pt, e.box.w / EMU_PER_PT
                lines = frame.measure.body.wrap(text, size, width, SAFETY)
                out[text.replace(NBSP, " ")] = [ln.replace(NBSP, " ").strip() for ln in lines]
    return out


@pytest.mark.parametrize("theme", ["tuong-phan", "default"])
def test_a_card_label_breaks_between_phrases(tmp_path, theme):
    # labels longer than a card's line: a break goes before a parenthesis or a word opening a
    # phrase ("và", "trên"), never leaves one word alone, and keeps the lines greedy set
    labels = [
        "Tổng giá trị xuất khẩu hàng hóa (ước)",
        "Số thuê bao di động và internet cố định",
        "Thu phí, lệ phí trên địa bàn tỉnh",
        "Giá trị sản xuất công nghiệp",
        "Số doanh nghiệp thành lập mới",
        "Tỷ lệ hộ nghèo đa chiều",
    ]
    kpis = "".join(f"          - {{value: {n}.5, unit: '%', label: '{lb}'}}\n" for n, lb in
                   enumerate(labels))  # fmt: skip
    deck = deck_of(tmp_path, f"      - title: Số liệu nổi bật\n        kpis:\n{kpis}")
    frame = frame_of(theme)
    planned = plan_slide(deck, frame)
    found = _label_lines(planned, frame)
    from deckmaker.layout.breaks import LINK_WORDS
    from deckmaker.layout.fit import SAFETY
    from deckmaker.layout.nobreak import bind_compounds
    from deckmaker.units import EMU_PER_PT

    assert set(found) == set(labels)
    broken = 0
    for lines in found.values():
        broken += len(lines) > 1
        assert all(len(ln.split()) > 1 or ln.startswith("(") for ln in lines[1:]), lines
        assert not any(ln.split()[-1].lower() in LINK_WORDS for ln in lines[:-1]), lines
    assert broken >= 2
    # where the words before the parenthesis fit a line fewer, the parenthesis is the last line
    # (greedy, with the last two words bound against a widow, set "… / hàng hóa (ước)")
    label = next(e for s in planned.slides for e in s.elements if e.name == "KPI Label 1")
    size, width = label.paras[0].size_pt, label.box.w / EMU_PER_PT
    head = frame.measure.body.wrap(bind_compounds(labels[0][:-6]), size, width, SAFETY)
    if len(found[labels[0]]) > len(head):
        assert found[labels[0]][-1] == "(ước)"
    assert found[labels[0]][-1].endswith("(ước)")


def test_phrase_lines_keep_the_line_count_and_fit():
    from deckmaker.layout.fit import SAFETY, phrase_lines
    from deckmaker.layout.nobreak import NBSP, bind_compounds

    m = frame_of().measure.body
    text = bind_compounds("Doanh thu bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")
    for width in (120.0, 160.0, 200.0, 260.0):
        greedy = m.wrap(text, 20, width, SAFETY)
        nice = phrase_lines(text, m, 20, width)
        lines = m.wrap(nice, 20, width, SAFETY)
        assert len(lines) == len(greedy)
        assert nice.replace(NBSP, " ") == text.replace(NBSP, " ")
        assert all(m.width_pt(ln.strip(), 20) <= width * (1 - SAFETY) + 0.01 for ln in lines)
        if len(lines) > 1:
            assert " và " not in f" {lines[0].replace(NBSP, ' ')} "[-5:]  # no line ends on "và"


@pytest.mark.parametrize("theme", ["default", "tuong-phan", "co-do"])
@pytest.mark.parametrize("subtitle", ["Hướng dẫn số 1", ""])
def test_the_title_slide_balances_its_band_between_agency_and_foot(tmp_path, theme, subtitle):
    # the gap above the band and the gap under the subtitle (or band) to the bottom lines are
    # about equal, the band never lower than its share; the subtitle clear of the band's rule
    from deckmaker.layout.kinds.title import SUBTITLE_GAP
    from deckmaker.layout.kinds.title import plan as title_plan
    from deckmaker.units import Pt

    sub = f", subtitle: {subtitle}" if subtitle else ""
    (tmp_path / "outline.yaml").write_text(
        "deck: {title: Báo cáo kết quả thực hiện nhiệm vụ năm 2023 và phương hướng năm 2024,"
        f" organization: Ủy ban nhân dân huyện Kim Động, presenter: Báo cáo viên{sub},"
        " language: vi, date: 2024-01-20}\n"
        "sections:\n  - title: Phần đầu\n    slides:\n      - title: A\n        bullets: [b]\n",
        "utf-8",
    )
    deck = load_outline(tmp_path / "outline.yaml")
    frame = frame_of(theme)
    (slide,) = title_plan(deck.info, frame, ctx_of(deck)).slides
    at = {e.name: e.box for e in slide.elements}
    above = at["Band"].y - at["Organization Rule"].bottom
    last = at["Subtitle"].bottom if subtitle else at["Band Rule"].bottom
    below = at["Presenter"].y - last
    assert above > 0 and below > 0
    assert abs(above - below) <= max(above, below) * 0.35, (above, below)
    assert at["Band"].y <= round(frame.height * frame.title.band_top_share)
    if subtitle:
        size = next(e for e in slide.elements if e.name == "Subtitle").paras[0].size_pt
        assert at["Subtitle"].y - at["Band"].bottom >= Pt(size * SUBTITLE_GAP) - 1


def test_boxes_overlap_only_when_they_share_some_area():
    """``Box.overlaps``, the one rectangle test the section and cover planners keep the
    template's marks clear with: boxes that only touch do not overlap."""
    from deckmaker.units import Length

    def box(x: int, y: int, w: int, h: int) -> Box:
        return Box(Length(x), Length(y), Length(w), Length(h))

    a = box(0, 0, 10, 10)
    assert a.overlaps(box(9, 9, 5, 5)) and box(9, 9, 5, 5).overlaps(a)
    assert a.overlaps(box(2, 2, 2, 2))  # inside
    assert not a.overlaps(box(10, 0, 5, 10))  # touching at the right
    assert not a.overlaps(box(0, 10, 10, 5))  # touching at the bottom
    assert not a.overlaps(box(11, 11, 1, 1))
