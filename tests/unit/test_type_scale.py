"""One type scale across a deck's slides: KPI numbers above their title, short lists grown no
more than a step over the lists beside them, one title size for a run of tables (issue
14)."""

from __future__ import annotations

from deckmaker.layout.frame import TITLE_FEWER, Fonts
from deckmaker.layout.kinds.bullets import NEIGHBOUR_GROW
from deckmaker.layout.kinds.kpis import DOMINANT, TIGHT_LIFT
from deckmaker.layout.model import TableBox, TextBox
from deckmaker.layout.plan import plan_deck
from deckmaker.resolve import Resolver
from deckmaker.theme import load_theme
from tests.unit.test_kinds import deck_of, frame_of, plan_slide


def _kpis(label: str, n: int = 6) -> str:
    return "".join(
        f"          - {{value: {12345 + n * k}, unit: tỷ đồng, label: '{label} số {k}'}}\n"
        for k in range(n)
    )


def _numbers(slides) -> list[float]:  # type: ignore[no-untyped-def]
    return [
        r.size_pt
        for s in slides
        for e in s.elements
        if e.name.startswith("KPI Value")
        for r in e.paras[0].runs[:1]
    ]


def test_kpi_numbers_dominate_the_title_on_more_slides_when_one_cannot_hold_them(tmp_path):
    """Six cards whose labels take three lines under the large-text theme's 40-pt title: on
    one slide their numbers would be about the title's size; they go on two slides of three,
    numbers at least ``DOMINANT`` x the title. Short labels keep one slide."""
    frame = frame_of("tuong-phan")
    title = frame.header.size_max
    long = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh"
    deck = deck_of(tmp_path, f"      - title: Số liệu nổi bật\n        kpis:\n{_kpis(long)}")
    planned = plan_slide(deck, frame)
    assert len(planned.slides) == 2
    sizes = _numbers(planned.slides)
    assert len(sizes) == 6 and min(sizes) >= title * DOMINANT - 1e-6, sizes
    short = deck_of(
        tmp_path, f"      - title: Số liệu nổi bật\n        kpis:\n{_kpis('Thu ngân sách')}"
    )
    one = plan_slide(short, frame)
    assert len(one.slides) == 1
    assert min(_numbers(one.slides)) >= title * DOMINANT - 1e-6


def test_kpi_cards_take_less_padding_before_their_numbers_shrink_under_the_title(tmp_path):
    """Six cards, one label of three lines: with the cards' usual padding their numbers stop
    under ``DOMINANT`` x the 40-pt title; with ``tight_pad`` above and below their text (and
    their units under the numbers) they reach it on one slide."""
    frame = frame_of("tuong-phan")
    # every column holds a long label: columns shared out by their labels' needs (h14k) would
    # otherwise take the third line off the one long label, and no padding would be tightened
    labels = [
        "Tổng mức bán lẻ hàng hóa và doanh thu vận tải", "Thu nhập đầu người",
        "Tổng vốn đầu tư phát triển toàn xã hội năm nay", "Tăng trưởng kinh tế",
        "Tổng thu ngân sách nhà nước trên địa bàn tỉnh", "Số dự án mới",
    ]  # fmt: skip
    kpis = "".join(
        f"          - {{value: {123456 + 7 * k}, unit: tỷ đồng, label: '{label}'}}\n"
        for k, label in enumerate(labels)
    )
    deck = deck_of(tmp_path, f"      - title: Những con số của năm\n        kpis:\n{kpis}")
    (s,) = plan_slide(deck, frame).slides
    assert min(_numbers([s])) >= frame.header.size_max * DOMINANT - 1e-6
    tight = frame.kpi.tight_pad
    assert tight < frame.kpi.pad
    # the text raised in its card (``TIGHT_LIFT``): the number's line has room above its
    # digits, a label's last line none under it (R7, tuong-phan 15: a three-line label
    # ~0.1 in above the card's edge, its number 0.28 in under the top)
    lift = round(tight * TIGHT_LIFT)
    assert lift > 0
    for k in range(1, 7):
        card = next(e for e in s.elements if e.name == f"KPI Card {k}").box
        value = next(e for e in s.elements if e.name == f"KPI Value {k}").box
        label = next(e for e in s.elements if e.name == f"KPI Label {k}").box
        assert value.y - card.y == tight - lift
        assert card.y + card.h - (label.y + label.h) >= tight + lift
    # cards with their usual padding keep it above and below their text
    (one,) = plan_slide(deck, frame_of("default")).slides
    card = next(e for e in one.elements if e.name == "KPI Card 1").box
    value = next(e for e in one.elements if e.name == "KPI Value 1").box
    assert value.y - card.y == frame_of("default").kpi.pad


def _plan(tmp_path, outline: str, theme: str):  # type: ignore[no-untyped-def]
    (tmp_path / "outline.yaml").write_text(outline, "utf-8")
    from deckmaker.outline import load_outline

    deck = load_outline(tmp_path / "outline.yaml")
    th = load_theme(theme)
    plans, _ = plan_deck(deck, th, Resolver({}, "vi"), Fonts.for_theme(th))
    return plans


def _top_size(plan) -> float:  # type: ignore[no-untyped-def]
    body = [e for e in plan.elements if isinstance(e, TextBox) and e.name == "Body"]
    return max(p.size_pt for e in body for p in e.paras if p.level <= 1)


LONG_ITEM = "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân số"
SHORT_ITEM = "Tạo sự phấn khởi, tin tưởng trong toàn Đảng bộ số"


def test_a_short_list_grows_at_most_a_step_over_the_lists_beside_it(tmp_path):
    """A short list (five one-line points) in the section before a long list set under the
    theme's body size grows no more than ``NEIGHBOUR_GROW`` over it, whatever the theme's
    growth would give it alone; the theme's own growth is at most 2 pt over its body."""
    short = "".join(f"          - {SHORT_ITEM} {k}\n" for k in range(5))
    long = "".join(f"          - {LONG_ITEM} {k}\n" for k in range(6))
    outline = (
        "deck: {title: Báo cáo năm 2023, language: vi, date: 2024-01-20}\n"
        "sections:\n"
        f"  - title: Mục đích\n    slides:\n      - title: Mục đích\n        bullets:\n{short}"
        f"  - title: Bối cảnh\n    slides:\n      - title: Tình hình\n        bullets:\n{long}"
    )
    th = load_theme("tuong-phan")
    assert th.text_sizes.body_grow == th.text_sizes.body + 2
    plans = _plan(tmp_path, outline, "tuong-phan")
    lists = [p for p in plans if any(e.name == "Body" for e in p.elements)]
    first, second = (_top_size(p) for p in lists)
    assert second < th.text_sizes.body  # the long list is set under the body size
    assert th.text_sizes.body <= first <= max(th.text_sizes.body, second + NEIGHBOUR_GROW)
    # alone, the short list grows past that
    alone = _plan(tmp_path, outline.split("  - title: Bối cảnh")[0], "tuong-phan")
    assert _top_size(next(p for p in alone if any(e.name == "Body" for e in p.elements))) > first


def test_a_run_of_tables_sets_every_title_at_one_size(tmp_path):
    """Three tables with the same columns. A title a step too long (the deck's
    ``TITLE_FEWER``) sets the run one step smaller, every title on one line (not 37 pt
    between two titles at 40). A title too long for a line at a step under the theme's size
    keeps the theme's size on two lines (R12: the run set on one line at 35 pt between 40s
    read as a jump in the deck's title size; R5 saw the same), the tables at one height under
    the run's tallest title (R13), in the run's columns."""
    rows = "          rows:\n            - [Tăng trưởng GRDP, '7,5%']\n"
    table = "        table:\n          columns: [Chỉ tiêu, Kế hoạch 2024]\n" + rows
    titles = [
        "Chỉ tiêu kinh tế – tăng trưởng",
        "Chỉ tiêu xã hội 2025 – việc làm, đô thị văn minh",
        "Chỉ tiêu môi trường",
    ]
    slides = "".join(f"      - title: {t}\n{table}" for t in titles)
    outline = (
        "deck: {title: Báo cáo năm 2023, language: vi, date: 2024-01-20}\n"
        f"sections:\n  - title: Chỉ tiêu\n    slides:\n{slides}"
    )
    th = load_theme("tuong-phan")
    full = th.text_sizes.title

    def run(text: str) -> tuple[list[TextBox], list[TableBox]]:
        plans = _plan(tmp_path, text, "tuong-phan")[-3:]
        heads = [e for p in plans for e in p.elements if e.name == "Title"]
        tables = [e for p in plans for e in p.elements if isinstance(e, TableBox)]
        assert all(isinstance(h, TextBox) for h in heads) and len(tables) == 3
        return heads, tables  # type: ignore[return-value]

    # too long for a line at 40 pt, not at 37: the theme's size, the long title on two lines
    heads, tables = run(outline)
    assert {h.paras[0].size_pt for h in heads} == {full}
    assert ["\n" in h.paras[0].text for h in heads] == [False, True, False]
    # R13: the run's tables at one height, under its tallest title (R7 had each under its own)
    assert tables[0].box.y == tables[2].box.y == tables[1].box.y
    # a step too long: one step under the theme's title size, on one line
    heads, tables = run(outline.replace("việc làm, đô thị văn minh", "lao động, nhà ở, đô thị"))
    sizes = {h.paras[0].size_pt for h in heads}
    assert len(sizes) == 1 and full * TITLE_FEWER <= sizes.pop() < full
    assert all("\n" not in h.paras[0].text for h in heads)
    # far too long for one line: the theme's size, two lines, the tables at one height under
    # the run's tallest title (R13; R7 had each under its own, which moved two tables of the
    # sample's run of eight 35 pt down), its columns where the run's others have them
    longer = "việc làm, nhà ở xã hội, đô thị văn minh, giảm nghèo"
    heads, tables = run(outline.replace("việc làm, đô thị văn minh", longer))
    assert {h.paras[0].size_pt for h in heads} == {full}
    assert ["\n" in h.paras[0].text for h in heads] == [False, True, False]
    assert all(t.box.y > h.box.y + h.box.h for h, t in zip(heads, tables, strict=True))
    assert tables[0].box.y == tables[2].box.y == tables[1].box.y  # one body top
    assert len({(t.box.x, t.box.w, t.col_widths, t.size_pt) for t in tables}) == 1


def _wrapped_figures(tmp_path, rows: list[tuple[str, str, str]]) -> list[str]:  # type: ignore[no-untyped-def]
    """The figures of a run of two tables set on more than one line (tuong-phan)."""

    def table(part: list[tuple[str, str, str]]) -> str:
        body = "".join(f"            - ['{a}', '{b}', '{c}']\n" for a, b, c in part)
        return (
            "        table:\n          columns: [Chỉ tiêu, Năm 2023, Kế hoạch 2024]\n"
            f"          rows:\n{body}"
        )

    half = len(rows) // 2
    outline = (
        "deck: {title: Báo cáo năm 2023, language: vi, date: 2024-01-20}\n"
        "sections:\n  - title: Chỉ tiêu\n    slides:\n"
        f"      - title: Chỉ tiêu xã hội – y tế\n{table(rows[:half])}"
        f"      - title: Chỉ tiêu xã hội – dân số\n{table(rows[half:])}"
    )
    frame = frame_of("tuong-phan")
    out = []
    for p in _plan(tmp_path, outline, "tuong-phan")[-2:]:
        (t,) = [e for e in p.elements if isinstance(e, TableBox)]
        for row in t.rows:
            for c in (1, 2):
                room = (t.col_widths[c] - 2 * t.inset) / 12700
                if len(frame.measure.body.wrap(row[c], t.size_pt, room, safety=0.0)) > 1:
                    out.append(row[c])
    return out


def test_a_run_of_tables_keeps_its_figures_on_one_line(tmp_path):
    """R6: "9,3 bác sĩ; / 31 giường bệnh", "118,2 bé trai/ / 100 bé gái" read across a line
    break while the names column beside them had room to give. A run whose tables keep their
    size and pages with their figures whole takes that room from the names, which wrap
    (``whole_figures``); one set of column widths for the run."""
    rows = [
        ("Trên một vạn dân: bác sĩ; giường bệnh", "9,3", "9,5 bác sĩ; 31 giường bệnh"),
        ("Tỷ số giới tính khi sinh", "–", "118,2 bé trai/100 bé gái"),
        ("Học sinh bình quân một lớp: tiểu học; trung học", "–", "35 học sinh; 42 học sinh"),
        ("Tuổi thọ trung bình", "–", "trên 75 tuổi"),
    ]
    assert _wrapped_figures(tmp_path, rows) == []
