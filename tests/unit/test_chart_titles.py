"""Chart titles and big-number panels: a bracketed unit never alone on a title's line, a value's
name that only repeats its panel's title or unit left out, a run of panels' titles in as many
lines (issue 14)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

from deckmaker.charts.kinds.common import _words
from deckmaker.charts.kinds.layout import visible_texts
from deckmaker.charts.kinds.numbers import said
from deckmaker.charts.model import Series
from deckmaker.charts.render import draw
from tests.unit.test_charts import plan_of


def test_a_bracketed_unit_stays_with_the_word_before_it():
    from deckmaker.charts.render import _drawn

    assert _words("Mức thực hiện so với dự toán, kế hoạch (%)")[-1] == "hoạch (%)"
    assert _words("Kim ngạch năm 2023 (tỷ USD)")[-1] == "năm 2023 (tỷ USD)"
    canvas = _drawn(plan_of("barh"))
    head = "Mức thực hiện so với dự toán, kế hoạch"
    size = 24.0
    # a line just wide enough for all but the unit: it goes down with the word before it
    room = canvas.width_px(head, size, True) / 0.97 + 2
    lines = canvas.wrap(f"{head} (%)", room, size, heading=True).split("\n")
    assert lines[-1] == "hoạch (%)", lines
    # a pair wider than the line is parted again rather than run past it
    narrow = canvas.width_px("hoạch (%)", size, True) * 0.9
    assert canvas.wrap("kế hoạch (%)", narrow, size, heading=True).split("\n")[-1] == "(%)"


def test_a_value_name_that_repeats_the_title_or_unit_is_left_out():
    assert said("Bác sĩ/1 vạn dân", "Số bác sĩ trên một vạn dân năm 2023", "bác sĩ")
    assert said("Bác sĩ", "", "bác sĩ")
    assert not said("Giường bệnh/1 vạn dân", "Số bác sĩ trên một vạn dân năm 2023", "bác sĩ")
    two = (Series("Thực hiện", (D("9.3"),)), Series("Kế hoạch", (D("9.5"),)))
    plan = plan_of(
        "plan-actual", form="numbers", categories=("Bác sĩ/1 vạn dân",), series=two,
        unit="bác sĩ", title="Số bác sĩ trên một vạn dân năm 2023",
        width_emu=3600000, height_emu=4937760,
    )  # fmt: skip
    texts = [t.get_text() for t in visible_texts(draw(plan))]
    assert not any("vạn dân" in t and "Số" not in t for t in texts), texts


def test_a_run_of_number_panels_holds_its_numbers_at_one_height_not_its_title_lines():
    """A panel whose title takes two lines beside one whose title takes three keeps its own
    phrase-true lines across its full width (review R10, slide 25: "Kim ngạch / xuất khẩu /
    năm 2023 (tỷ USD)" to match its peer's three, a term split with room to spare); its title's
    row is held three lines high, the title at its foot, so the run's numbers stand at one
    height."""
    two = (Series("Thực hiện", (D("5.8"),)), Series("Kế hoạch", (D("7"),)))
    common = {"form": "numbers", "series": two, "width_emu": 3600000, "height_emu": 4937760}
    long = plan_of(
        "plan-actual", categories=("Tổng sản phẩm",), unit="triệu đồng",
        title="Tổng sản phẩm bình quân đầu người năm 2023 (triệu đồng)", **common,
    )  # fmt: skip
    short = plan_of(
        "plan-actual", categories=("Xuất khẩu",), unit="tỷ USD",
        title="Kim ngạch xuất khẩu năm 2023 (tỷ USD)", **common,
    )  # fmt: skip
    # the words a deck keeps whole (``layout.nobreak``): "GRDP bình quân đầu / người" never
    words = ("sản phẩm", "bình quân", "đầu người", "xuất khẩu")
    kept = dataclasses.replace(long.style, keep_whole=words)
    long, short = (dataclasses.replace(p, style=kept) for p in (long, short))

    def drawn(plan):  # type: ignore[no-untyped-def]
        """The title's lines as Matplotlib sets them, and the top of the big number (pixels)."""
        fig = draw(plan)
        texts = visible_texts(fig)
        first = plan.title.split()[0]
        (t,) = [t for t in texts if t.get_text().startswith(first)]
        big = max(texts, key=lambda x: x.get_fontsize())
        return t.get_text().split("\n"), big.get_window_extent().y1

    own, _ = drawn(long)
    assert len(own) == 3  # the premise: the peer's title takes three lines
    ran, top = drawn(dataclasses.replace(short, peers=(long,)))
    assert ran == ["Kim ngạch xuất khẩu", "năm 2023 (tỷ USD)"], ran
    _, peer_top = drawn(dataclasses.replace(long, peers=(short,)))
    assert abs(top - peer_top) < 1, (top, peer_top)


def test_a_title_line_never_ends_on_a_word_that_leads_the_next():
    from deckmaker.charts.render import _cuts_phrase

    assert _cuts_phrase("Số bác sĩ trên một\nvạn dân năm 2023")
    assert _cuts_phrase("Số bác sĩ trên\nmột vạn dân\nnăm 2023")
    assert not _cuts_phrase("Số bác sĩ\ntrên một vạn dân\nnăm 2023")
    assert not _cuts_phrase("Kim ngạch xuất khẩu\nnăm 2023 (tỷ USD)")
