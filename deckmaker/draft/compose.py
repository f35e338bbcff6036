"""From a parsed guidance document to draft sections, slides and figures."""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, TypeVar

from ..i18n import N_, later
from ..numfmt import format_quantity
from . import scale
from .figures import find_figures, restated
from .grammar import (
    NAMED_PART,
    _tags,
    against_base,
    bracket_part,
    bracketed,
    composed,
    counted_before,
    counted_item,
    item_named,
    listed_part,
    measured_after,
    part_of,
    rank_scope,
    ranked,
    ranked_in,
    repaired,
    respectively,
    sentence_start,
    weak,
    whole_part,
    with_its_change,
    without_modifiers,
)
from .labels import (
    LABEL_WORDS,
    contribution_named,
    coordinate_restored,
    dimension_named,
    fit,
    head_phrase,
    measured_as_the_first_part,
    parts_of_a_rate_head,
    places_of_a_measure,
    season_of_the_crop,
    slug,
    subject_of,
)
from .lead import lead_title
from .mood import Mood, Setting, moods, plans_by_genre
from .quantities import Found, Value, list_unit, parse_number
from .ranker import Context, pick
from .scale import needs_scale, presenter_value, presenter_values
from .shorten import shortened
from .structure import (
    OPENING_CAPTION,
    Document,
    Heading,
    Paragraph,
    cited_as,
    sentence_case,
)
from .tables import (
    MEASURE_NAME,
    PLAN_HEAD,
    RESULT_HEAD,
    TABLE_LABEL_WORDS,
    TABLE_ROW,
    TIME_COLUMN,
    TOTAL_ROW,
    Table,
    bare_cell,
    bracket_row,
    cell_spans,
    column_head,
    head_of,
    in_row_name,
    measure_of_place,
    measured_by,
    parent_row,
    place_row,
    row_cell,
    row_name,
    row_word,
    run_on,
    segments,
    shared_opening,
    sibling_opening,
    split_tables,
    table_lead,
    target_rows,
    whose,
)
from .targets import opens_targets, reported_year
from .validity import is_label
from .wellformed import well_formed

MAX_BULLETS = 6
MAX_CHARS = 110
TITLE_CHARS = 80
HEADLINE_WORDS = 8  # a first line this long, with no letterhead before it, titles the deck
HEADLINE_CHARS = 2 * TITLE_CHARS  # a headline is at most two title lines long
CHART_TITLE_CHARS = 60  # a chart title with its head; longer, the head alone
CHART_MAX = 8
ARTICLE_TITLE_CHARS = 50  # an article's title longer: its slides are titled by its number
KPI_MAX = 4
KPI_WORDS = 7  # a card's label at most this many words (a headline's kind two more)
KPI_TITLE = "Những con số nổi bật"
KPI_TARGETS_TITLE = "Những mục tiêu chủ yếu"

# a sentence ends at its stop, and before an inline item "(3) …" or "4. Tỷ lệ …" (a list run
# into one paragraph: the item's number opens the next sentence, not ends this one)
# (no stop of a title's abbreviation before a name: 'TP. Đồng Hới', 'TX. Ba Đồn', 'ThS. …')
_ABBREVIATED = "".join(
    rf"(?<!\b{a}\.)" for a in ("TP", "Tp", "TX", "Tx", "TT", "TS", "ThS", "PGS", "GS", "BS")
)
_SENTENCE = re.compile(
    rf"(?<=[.!?…]){_ABBREVIATED}\s+(?=[A-ZĐÀ-Ỹ(“\"])|\s(?=\(\d+\)\s)"
    r"|(?<=[.!?…;:])\s+(?=\d{1,2}\.\s+[A-ZĐÀ-Ỹ])"
)
_CLAUSE = re.compile(r";\s+")
_YEAR = re.compile(r"năm (\d{4})")


@dataclass(frozen=True)
class FigureDraft:
    """One entry of figures.yaml."""

    key: str
    label: str
    value: Value
    unit: str | None
    period: str
    plan: Value | None
    source: str
    review: tuple[str, ...] = ()
    plan_kind: str | None = None
    """The kind of ``plan``; with no plan, the kind of target the figure itself is."""


@dataclass(frozen=True)
class ChartDraft:
    """A chart of figures, one category per figure."""

    type: str
    title: str
    figures: tuple[str, ...]
    source: str
    categories: tuple[str, ...] = ()
    """Category names other than the figures' labels (their shared run-in head taken off, the
    head being in the title); empty: the labels."""
    unit: str = ""
    series: str = ""
    """The one series' name when ``categories`` are given: the head the labels share."""
    values: tuple[Decimal, ...] = ()
    """The bars' values as the slide shows them, when not the figures' own: big amounts of
    đồng said in one magnitude word (``unit``: 'tỷ đồng'); the figures keep the exact ones."""
    more: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Further series after ``series`` (with ``categories``): each a name and one figure key a
    category ('Mục tiêu 2022' beside 'Năm 2021')."""


@dataclass(frozen=True)
class TableDraft:
    """A table of the document: its head row and its rows, one cell per column, a figure's
    cell naming it by its key ('{thu_ngan_sach}'); ``source`` is where it is in the document."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: str = ""


@dataclass(frozen=True)
class SlideDraft:
    """A bullets slide, a chart slide or a table slide, with notes and review remarks."""

    title: str
    bullets: tuple[str, ...] = ()
    notes: str = ""
    chart: ChartDraft | None = None
    review: tuple[str, ...] = ()
    kpis: tuple[str, ...] = ()
    table: TableDraft | None = None
    kpi_labels: tuple[tuple[str, str], ...] = ()
    """A card's own label where the figure's is too long for a card: (key, label)."""


@dataclass(frozen=True)
class SectionDraft:
    """A section of the deck, following one part of the guidance."""

    title: str
    subtitle: str
    slides: tuple[SlideDraft, ...]
    review: tuple[str, ...] = ()
    parent: str = ""
    """The top-level part this section is a child of ('' for a top-level part itself): the
    outline's ``part:`` of the section."""
    cited: str = ""
    """Where the section is in the document ('Mục II.1', 'Điều 2'): review remarks say it."""


def divided(sections: Sequence[SectionDraft]) -> bool:
    """Whether the drafted deck opens each section with a divider slide: not a deck of one
    section ('PHẦN 1 Tổng quan' before its only part is a slide a presenter deletes; its
    outline says ``divider: false``)."""
    return len(sections) > 1


@dataclass(frozen=True)
class DeckDraft:
    """Everything the writer needs for outline.yaml and figures.yaml."""

    title: str
    subtitle: str
    organization: str
    date: str
    sections: tuple[SectionDraft, ...]
    figures: tuple[FigureDraft, ...]
    review: tuple[str, ...] = ()
    place: str = ""  # where it was issued: the cover's 'Cà Mau, tháng 11 năm 2025'


_SHARE_HEAD = re.compile(r"(?:Tỷ lệ|Tỉ lệ|Tỷ trọng|Tỉ trọng)(?!\w)")


# a table's column or row of growth rates ('Tốc độ tăng trưởng GRDP (%)', 'Tăng trưởng …')
_GROWTH = re.compile(r"(?:^|[\s|])(?:tốc độ tăng|tăng trưởng)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Keyed:
    found: Found
    key: str
    before: str = ""
    """The words before the figure in its sentence ('… tăng: ', '… giảm còn '): what kind of
    measure it is (``_measure``)."""
    column: str = ""
    """The table column the figure is in ('' for one of the text): a chart's bars are of one
    column of one table, never a table's figures beside the text's or another column's."""
    enumeration: str = ""
    """The one sentence or list the figure is stated in (``_enumeration``): a chart's bars are of
    one, never a percentage of one paragraph beside another's of the next."""
    when: str = ""
    """The time the figure is of, as its sentence says it up to the figure (``_when``): '2018',
    'quý I 2019'; a chart's bars are of one time, never a year beside a quarter."""
    carried: str = ""
    """For a figure whose clause says no time: the time of the last figure before it in its
    sentence that says one ('đến tháng 9/2024, toàn tỉnh có 320/411 xã …; 101/320 xã …; 16/320
    xã …': the month said once, for the clauses after it; ``_said_once``)."""
    opens: bool = False
    """The figure is the level a change said from-to starts from ('tỉ trọng … giảm từ mức 40,1%
    … xuống còn 38%', 'giảm từ 29,5 tỷ đồng xuống còn 15,2 tỷ đồng'): of the time before, no
    bar beside the others (``_comparable``)."""


def _all_texts(doc: Document) -> list[str]:
    """The document's paragraphs, its intro's and every heading's, in order."""
    out = list(doc.intro)

    def walk(node: Heading) -> None:
        out.extend(p.text for p in node.paragraphs)
        for child in node.children:
            walk(child)

    for top in doc.headings:
        walk(top)
    return out


def _titles(doc: Document) -> list[str]:
    """Every heading's title, in order."""
    out: list[str] = []

    def walk(node: Heading) -> None:
        out.append(node.title)
        for child in node.children:
            walk(child)

    for top in doc.headings:
        walk(top)
    return out


class _Composer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.taken: set[str] = set()
        self.runs: dict[int, list[int]] = {}  # (``run_starts`` by node, while composing)
        self.numbered: dict[str, int] = {}  # (``slug``'s hints)
        self.figures: list[FigureDraft] = []
        self.found: dict[str, Found] = {}
        self.source = doc.cited
        self.headline = ""  # a text with no letterhead: its first line, when it is a headline
        self.headline_figures = False  # that headline repeats figures of the body
        # the year the document reports on: a sentence on a later year plans it
        self.reported = reported_year(_all_texts(doc), doc.date, [doc.title, *_titles(doc)])
        self.headed: dict[str, _Keyed] = {}  # a heading's path -> the one amount it states
        self.before: dict[str, str] = {}  # a figure's key -> the words before it (_Keyed)
        self.opening: set[str] = set()  # the keys of levels a change starts from (_Keyed)
        self.clause: dict[str, str] = {}  # a figure's key -> its clause up to it (_headed_label)
        self.enumeration: dict[str, str] = {}  # a figure's key -> its list or sentence (_Keyed)
        self.when: dict[str, str] = {}  # a figure's key -> the time it is of (_Keyed)
        self.carried: dict[str, str] = {}  # a figure's key -> the time said before it (_Keyed)
        self.column: dict[str, str] = {}  # a table's figure's key -> its column (_Keyed)
        # a figure's key -> the list of sibling headings it is stated under, its heading's path
        # and whether it is in the heading's first paragraph (``_items``)
        self.item: dict[str, tuple[str, str, bool]] = {}
        self.lists: dict[str, str] = {}  # such a list -> its parent heading's title
        self.above: list[str] = []  # lines above a headline (a copier's description): notes
        self.said_in: dict[str, str] = {}  # a figure's key -> its paragraph (``told_apart``)
        self.told: dict[str, str] = {}  # a figure's key -> the time that tells it apart
        self.cards: dict[str, str] = {}  # a figure's key -> its card's shorter label
        self.under: dict[str, str] = {}  # a figure's key -> the heading it is stated under
        self.headed_in: dict[str, str] = {}  # a figure's key -> the period its headings say

    @property
    def setting(self) -> Setting:
        """What the document says of its paragraphs' mood, as read so far (the headline is set
        when the text before the first heading is read)."""
        return Setting(
            title=self.doc.title or (self.headline if not self.headline_figures else ""),
            reported=self.reported,
            intro=self.doc.intro,
            directive=(self.doc.doc_type or "").upper() == "CHỈ THỊ",
            planning=plans_by_genre(self.doc.doc_type, self.doc.title or self.headline),
        )

    def deck(self) -> DeckDraft:
        sections: list[SectionDraft] = []
        self.read_headline()  # the headline's mood holds for every section (``setting``)
        for top in map(_lettered, self.doc.headings):
            # an article's clauses are its slides ('Điều 2' then '1.', and '2.' with '2.1.',
            # 'a)'…): the article is the section; parts above them ('Điều 1' then 'I.', 'II.'),
            # or several clauses with parts of their own, are sections of their own
            parted = [child for child in top.children if child.children]
            if top.kind == "article":
                split = len(parted) >= 2 or any(c.kind in _PARTS for c in parted)
            else:
                split = bool(parted)
            if split:
                parent = f"Điều {top.number}" if top.kind == "article" else sentence_case(top.title)
                if any(p.text.strip() for p in top.paragraphs) and top.kind != "article":
                    # what a part says before its first section ('A. KẾT QUẢ ĐẠT ĐƯỢC' then a
                    # summary of the targets met, then 'I.'): its own section, never dropped
                    sections.append(self.section(replace(top, children=()), [], parent))
                for child in top.children:
                    sections.append(self.section(child, [top], parent))
            else:
                sections.append(self.section(top, [], ""))
        review = list(self.doc.review)
        before_lead = len(self.figures)
        lead = self.lead_section()
        if lead is not None:
            sections.insert(0, lead)
            # its figures are the text's first, as its section is the deck's first (read after
            # the rest, for the headline it may set, but listed in the order of the text)
            self.figures = self.figures[before_lead:] + self.figures[:before_lead]
        elif (self.doc.copied_from or self.doc.intro) and sections and sections[0].slides:
            first = sections[0].slides[0]
            intro = "\n\n".join((*self.doc.copied_from, *self.doc.intro))
            notes = f"{intro}\n\n{first.notes}".strip()
            remark = N_("the document's opening paragraph is in these notes")
            slides = (replace(first, notes=notes, review=(*first.review, remark)),)
            sections[0] = replace(sections[0], slides=slides + sections[0].slides[1:])
        self.told_apart(sections)
        self.with_kpis(sections)
        self.with_a_chart(sections)
        sections = distinct_titles(sections)
        subtitle = deck_subtitle(self.doc.doc_type, self.doc.number)
        title = self.doc.title
        if not title and self.doc.noted_title:
            # no letterhead: the page's title, as the copier's note names it, before a line read
            # as the text's headline (the note's own description, angiang 2020) or the genre's
            # words ('Tài liệu tuyên truyền': a title slide that says nothing)
            title = self.doc.noted_title
            review.append(later(N_("deck title taken from the note above the text: {title}"),
                                title=title))  # fmt: skip
        title = title or self.headline
        if not title and (at := _headline_at(list(self.doc.intro))) is not None:
            # no letterhead: the line that heads the text ('Phân tích hiện trạng các yếu tố …')
            title = self.doc.intro[at]
            if any(sec.title == title for sec in sections):
                title = ""  # a part's heading ('Sản xuất công nghiệp'), not the text's title
                # … or a page's rubric over the headline ('Thông tin kinh tế xã hội' over
                # 'Tình hình kinh tế - xã hội tỉnh Kon Tum quý II và 6 tháng năm 2019')
                under = list(self.doc.intro[at + 1 : at + 2])
                if under and _headline_at(under) == 0 and len(under[0].split()) >= HEADLINE_WORDS:
                    title = under[0]
        said = list(self.doc.intro)  # (not the copier's 'source: https://…': ``copied_from``)
        if not title and said and (named := _NAMED_LEAD_IN.match(said[0])):
            # 'Tình hình kinh tế tỉnh Bạc Liêu năm 2020:' over the text: a lead-in that names
            # the subject and its time heads the text
            title = named.group(1)
        organization = self.doc.organization
        if not title and (reported := lead_title(said)) is not None:
            # a news text cut from its headline: what its lead reports on ('Sở Công thương tỉnh
            # Lâm Đồng vừa tổng kết kết quả hoạt động năm 2019, …'), by the body it names
            title = reported.title
            organization = organization or reported.issuer
            review.append(
                later(
                    N_("deck title read from the text's opening sentence: {sentence}"),
                    sentence=reported.sentence,
                )
            )
        cited = cited_as(self.doc.doc_type, self.doc.number, organization, title)
        if cited != self.source:
            # 'Văn bản, mục I' when nothing else was known while the parts were read: the
            # issuer or the title found since names the document in every source
            sections = [_recited(sec, self.source, cited) for sec in sections]
            self.figures = [
                replace(f, source=_recite(f.source, self.source, cited)) for f in self.figures
            ]
        if not title:
            # no line heads the text (it opens on a sentence): the genre's words hold the place,
            # and the review asks for the title (an empty one would stop the build)
            title = "Tài liệu tuyên truyền"
            review.append(N_("no title found in the document: write the deck's title"))
        title = re.sub(r"(?<![.…])\.$", "", title.strip())  # a title slide ends with no stop
        sections[:1] = [_without_title(sec, title) for sec in sections[:1]]
        title = _named_as_plan(title, self.doc.doc_type)
        if len(title) > HEADLINE_CHARS:
            # a resolution's whole title ('Nghị quyết về sửa đổi, bổ sung một số nội dung quy
            # định tại Nghị quyết số 22/2022/NQ-HĐND … giai đoạn 2023-2025', 290 characters) is
            # no title slide's: its first phrases, the whole in the review
            full, (title, _cut) = title, shorten(title, HEADLINE_CHARS)
            review.append(
                later(N_("deck title shortened from the document's title: {title}"), title=full)
            )
        if subtitle == title:
            subtitle = ""  # a text with neither title nor type: the title slide says it once
        return DeckDraft(
            title=title,
            subtitle=subtitle,
            organization=organization,
            date=self.doc.date or self.doc.cover_date,  # a page's stamp, a resolution's passing
            place=self.doc.place,
            sections=tuple(sections),
            figures=tuple(self.figures),
            review=tuple(review),
        )

    def with_kpis(self, sections: list[SectionDraft]) -> None:
        """KPI cards on the first section that states figures: its headline numbers."""
        stated = False  # a part stating figures seen before: a later part's cards are headlines
        for i, sec in enumerate(sections):
            keys = [k for k in _keys(sec) if k in self.found]
            # a result and next year's target on cards side by side read as one kind ('7 xã'
            # done beside '3.700 ha' to plant): the results, else the targets
            picked = self.kpi_cards(keys, targets=False)
            if len(picked) < 2:
                picked = self.kpi_cards(keys, targets=True)
            if len(picked) < 2:  # one of each: a budget and its rate of support, say
                picked = self.kpi_cards(keys, targets=None)
            later_part, stated = stated, stated or bool(keys)
            if later_part and not any(kpi_rank(self.found[k]) < KPI_OTHER for k in picked):
                # the first part's figures are its lead; a later part's cards only for a
                # headline ('7 Luật', '2 doanh nghiệp' of part II are no 'con số nổi bật')
                continue
            if len(picked) < 2:
                continue
            why = later(
                N_(
                    "KPI cards proposed: {n} headline figures of the first part that states "
                    "figures (growth, GRDP or output, per head and budget totals first), one per "
                    "unit (totals apart), no value twice, results or targets rather than both; "
                    "keep the ones the audience should remember"
                ),
                n=len(picked),
            )
            notes = "\n".join(f"- {self.found[k].label}: {self.found[k].text}" for k in picked)
            # cards of targets alone ('3.700 ha' to plant in 2022) say so in their title
            targets = all(self.found[k].plan_kind and self.found[k].plan is None for k in picked)
            title = KPI_TARGETS_TITLE if targets else KPI_TITLE
            cards = tuple((k, self.cards[k]) for k in picked if k in self.cards)
            slide = SlideDraft(
                title, notes=notes, review=(why,), kpis=tuple(picked), kpi_labels=cards
            )
            sections[i] = replace(sec, slides=(slide, *sec.slides))
            return

    def kpi_cards(self, keys: list[str], targets: bool | None) -> list[str]:
        """The headline figures of ``keys`` fit for a card, by kind (``kpi_rank``: growth,
        GRDP or output, per head, budget totals, then the rest in the order of the text), one
        per unit (totals apart), never one value twice, all results or all targets the text
        sets (``targets`` None: either); dated ones alone when two or more are dated (a card
        says its period)."""
        fit: list[str] = []
        for key in keys:
            f = self.found[key]
            if any(_unsure(r) for r in f.review):
                continue
            if targets is not None and (bool(f.plan_kind) and f.plan is None) != targets:
                continue
            # a card's label in a few words; a headline's kind ('Tốc độ tăng trưởng kinh tế
            # của tỉnh', 'Sản phẩm trong tỉnh (GRDP) theo giá hiện hành') in a few more
            # (the time that tells it from another figure of the text, ``told_apart``, aside)
            words = KPI_WORDS + (2 if kpi_rank(f) < KPI_OTHER else 0)
            words += len(self.told.get(key, "").split())
            if f.unit == "hạng" or kpi_rank(f) == KPI_FEW_RANK:
                continue
            card = card_label(f.label, words)
            if not card:
                continue
            if card != f.label:
                self.cards[key] = card
            foreseen = "dự kiến" in self.when.get(key, "") and not f.plan_kind
            if foreseen or _NUMBERED_LABEL.match(f.label):
                # a forecast ('dự kiến đến hết 2025 … phủ sóng 90% dân số') not set as a target
                # is no result on a card; a label that is a list's heading ('(3) Phát triển hạ
                # tầng số') names no measure
                continue
            fit.append(key)
        if sum(1 for key in fit if self.found[key].period) >= 2:
            fit = [key for key in fit if self.found[key].period]
        ranked = sorted(fit, key=lambda key: kpi_rank(self.found[key]))  # stable: text order
        picked: list[str] = []
        units: set[str | None] = set()
        values: set[Value] = set()
        for key in ranked:
            f = self.found[key]
            # 'Tổng thu …', 'Tổng chi …' in one unit: each a headline of its own
            total = bool(_TOTAL.match(f.label)) and f.unit not in ("%", "%/năm")
            balanced = _BUDGET_TOTAL.match(f.label) and any(
                _BUDGET_TOTAL.match(self.found[k].label) for k in picked
            )
            if (f.unit in units and not total) or (f.value in values and not balanced):
                continue  # '650.000 tấn/năm' capacity beside '650.000 tấn' made: one number
            picked.append(key)
            units.add(f.unit)
            values.add(f.value)
            if len(picked) == KPI_MAX:
                break
        return sorted(picked, key=keys.index)  # the cards in the order of the text

    def with_a_chart(self, sections: list[SectionDraft]) -> None:
        """A document with no chart yet but >= 3 comparable figures gets one, in the section
        that holds the first of them."""
        if any(sl.chart for sec in sections for sl in sec.slides):
            return
        flat = self.flat()
        groups = self.chartable(flat)
        listed = ""  # the title of the list of headings the chart's bars are the items of
        if not groups:
            # no one sentence or list holds them: the figures a list of headings states, one
            # under each ('a. Thành lập phường Phả Lại: … 1.382,5 ha', 'b. … Văn An: 1.438,46
            # ha', …), titled by the heading over them, not by its first item
            groups = self.chartable(_items(flat, self.item))
            if groups:
                listed = self.lists.get(max(groups, key=len)[0].enumeration, "")
        signed = False
        if not groups and (groups := self.chartable(flat, signed=True)):
            # 'Chỉ số phát triển sản xuất công nghiệp tăng 6,2%', 'lượng khách … giảm khoảng 50%,
            # doanh thu giảm khoảng 40%': no three rises nor three falls, the changes of one
            # frame are the chart, each fall a bar below zero (a signed value the chart's own
            # series writes out; the figures file keeps the size the text says)
            signed = any(_a_fall(k) for g in groups for k in g)
        pairs = _result_target_pairs(flat)
        if len(pairs) < 2 or 2 * len(pairs) < max(map(len, groups), default=0):
            pairs = []  # a list of more bars than the pairs have says more
        if pairs:
            # 'tỷ lệ che phủ rừng đạt trên 46%' in 2021 and 'ổn định … từ 46% trở lên' in 2022:
            # each indicator's result beside its next target, two bars a category
            best = [k for pair in pairs for k in pair]
        horizons = [] if groups or pairs else _horizon_pairs(flat)
        path = [] if groups or pairs or horizons else _target_path(flat, self.clause)
        if horizons:
            # a plan's targets for two horizons ('năm 2025 … khoảng 6,3 triệu việc làm, trong
            # đó khoảng 2,1 triệu …; đến năm 2030 … khoảng 10,5 triệu …'): each indicator's
            # target of one horizon beside its next, two bars a category
            best = [k for pair in horizons for k in pair]
        # (never results and targets as bars of one series, nor figures of several sentences
        # or times gathered from the text: ``_comparable`` keeps one enumeration, one time)
        if path:
            # 'đến năm 2021 … khoảng 1%; đến năm 2025 đạt khoảng 2,5% và đến năm 2030 đạt
            # khoảng 5%': one indicator's targets at three horizons or more, a bar a year
            best = [k for _, k in path]
        if not groups and not pairs and not horizons and not path:
            return
        if not pairs and not horizons and not path:
            # (of a table's columns of periods, as many bars each, the latest: '| Chỉ tiêu |
            # 2019 | … | Sơ bộ 2023 |' compares its rows as they stand now, not as in 2019)
            best = max(groups, key=lambda g: (len(g), _column_period(g[0])))[:CHART_MAX]
        # the section whose bullets name one of the bars (a figure drafted but left out of the
        # bullets, say under a presenter's slide budget, names none): else the first section
        named = [set(_keys(sec)) for sec in sections]
        where = next((i for i, ks in enumerate(named) for k in best if k.key in ks), None)
        if where is None and not sections:
            return
        where = where or 0
        unit = best[0].found.unit or ""
        if not pairs and not horizons and not path and all(map(_a_fall, best)):
            unit = _FALL  # 'Số vụ TNGT giảm 13,78%', …: bars of the falls' sizes, said so
        if all(k.found.plan_kind and k.found.plan is None for k in best):
            unit += _TARGETS  # next year's targets alone: said so beside the unit
        why = later(
            N_(
                "chart proposed: {n} figures in {unit} of one list or sentence of the text, "
                "of one time and one status; check that they compare like with like"
            ),
            n=len(best),
            unit=unit,
        )
        sec = sections[where]
        # after the slide whose bullets name the first bar, titled by its part (not the
        # section's last slide, which may be of another part)
        keys = {"{" + k.key + "}" for k in best}
        naming = [
            i for i, sl in enumerate(sec.slides) if any(k in b for b in _texts(sl) for k in keys)
        ]
        # (the items of a list of headings: after the last of them, where the list ends)
        at = (naming[-1] if listed else naming[0]) if naming else len(sec.slides) - 1
        base = CONTINUED.sub("", sec.slides[at].title) if sec.slides else ""
        while at + 1 < len(sec.slides) and CONTINUED.sub("", sec.slides[at + 1].title) == base:
            at += 1  # after the part's '(tiếp)' slides, not between them
        title = sec.slides[at].title if sec.slides else sec.title
        if pairs:
            slide = _paired_slide(title, pairs[: CHART_MAX // 2], self.source)
        elif horizons:
            slide = _horizon_slide(title, horizons[: CHART_MAX // 2], self.source)
        elif path:
            slide = _path_slide(path[:CHART_MAX], self.source)
        elif signed:
            signs = _SIGNED + (_TARGETS if unit.endswith(_TARGETS) else "")
            slide = self.chart_slide("barh", title, signs, best, self.source, why, signed=True)
        else:
            slide = self.chart_slide("barh", listed or title, unit, best, self.source, why)
        sections[where] = replace(sec, slides=(*sec.slides[: at + 1], slide, *sec.slides[at + 1 :]))

    def chartable(self, flat: list[_Keyed], signed: bool = False) -> list[list[_Keyed]]:
        """The groups of ``flat`` a document's only chart may show: three bars or more of one
        frame (``_comparable``, loose), no total beside its parts, not one value, not rates of
        a plan all met (a sentence of their part, ``_all_met``). ``signed``: the changes said
        as falls among the rises of their frame, to be drawn below zero."""
        groups = [_parts_only(g) for g in _comparable(flat, loose=True, signed=signed).values()]
        groups = [g for g in groups if len(g) >= 3 and not _one_value(g)]
        return [g for g in groups if not _met(g, _measure(g[0].found, loose=True))]

    def flat(self) -> list[_Keyed]:
        """Every figure drafted, with what tells its frame (list, time, column)."""
        return [
            _Keyed(
                self.found[f.key],
                f.key,
                self.before.get(f.key, ""),
                self.column.get(f.key, ""),
                self.enumeration.get(f.key, ""),
                self.when.get(f.key, ""),
                self.carried.get(f.key, ""),
                f.key in self.opening,
            )
            for f in self.figures
        ]

    def _lead_paragraphs(self) -> list[str]:
        """The paragraphs before the first heading that the lead section drafts, [] for none."""
        # (not 'Căn cứ tại Điều 2 Nghị quyết … nêu rõ các chỉ tiêu chủ yếu …, cụ thể:', which
        # opens the list of targets after it: a legal basis never ends on a colon)
        paragraphs = [
            p for p in self.doc.intro if not p.startswith(_PREAMBLE) or opens_targets([p])
        ]
        if not paragraphs or (self.doc.headings and not any(find_figures(p) for p in paragraphs)):
            return []
        return paragraphs

    def read_headline(self) -> tuple[list[str], str]:
        """The lead's paragraphs after its headline (and the description above it, kept in
        ``above``) and the lead's own title; sets ``headline`` (a news text's headline, which
        titles the deck) and ``headline_figures``. Read before any section is drafted: a
        headline that names targets ('Các chỉ tiêu chủ yếu phát triển Kinh tế - Xã hội đến
        năm 2025' over 'a) Về kinh tế', 'b) Về xã hội') sets the mood of the whole text."""
        paragraphs = self._lead_paragraphs()
        self.headline, self.headline_figures, self.above = "", False, []
        if not paragraphs:
            return [], ""
        title = self.doc.title
        at = _headline_at(paragraphs) if not title else None
        if at is not None and (
            at == 0
            or len(paragraphs[0]) > HEADLINE_CHARS
            and paragraphs[0].rstrip().endswith(")")
            and not find_figures(paragraphs[0])
        ):
            # (a description above the headline, longer than a headline: the notes keep it)
            above, paragraphs = paragraphs[:at], paragraphs[at:]
            self.above = above
        first = paragraphs[0]
        if (
            not title
            and (
                len(first) <= TITLE_CHARS
                # a news headline up to two title lines ('Đồng chí … thăm và làm việc tại tỉnh
                # ta'), not one that names the document its text gives ('Chợ Đồn: Nghị quyết
                # của HĐND huyện về nhiệm vụ …': the text's own first line, which says its mood)
                or len(first) <= HEADLINE_CHARS
                and len(re.findall(r"\w+", first)) >= HEADLINE_WORDS
                and not _NAMES_A_DOCUMENT.search(first)
                and not find_figures(first)
            )
            and _no_news_of_its_own(first, paragraphs[1:])
            and not first.endswith((".", ":", ";"))
        ):
            title = paragraphs.pop(0)
            if len(re.findall(r"\w+", title)) >= HEADLINE_WORDS:
                # "10 sự kiện tiêu biểu ngành Công Thương năm 2020": a news text's headline
                # titles the deck (a short line, 'Sản xuất công nghiệp', only its first part)
                self.headline, title = title, ""
                if find_figures(self.headline) or len(self.headline) > TITLE_CHARS:
                    # its figures, the body's, say which are targets; the headline does not;
                    # nor does a long one, read as the deck's title only ('Những định hướng lớn
                    # … đến năm 2030' over the results it reviews: no mood for the text)
                    self.headline_figures = True
        return paragraphs, title

    def lead_section(self) -> SectionDraft | None:
        """A first section for figures written before the first heading (or with no headings)."""
        paragraphs, title = self.read_headline()
        if not paragraphs:
            return None
        if title and title == self.doc.title:
            # the title titles the deck; its first part is an overview (the same title on a
            # divider would be 'X (2)')
            title = ""
        node = Heading(
            "lead", "", "", title or "Tổng quan", tuple(_as_paragraph(p) for p in paragraphs), ()
        )
        section = self.section(node, [], "")
        cited = [*self.doc.copied_from, *self.above]
        if cited and section.slides:
            opening = section.slides[0]
            notes = "\n\n".join([*cited, opening.notes]).strip()
            slides = (replace(opening, notes=notes), *section.slides[1:])
            section = replace(section, slides=slides)
        remark = N_("the text before the document's first heading, with its figures")
        return replace(section, subtitle="", review=(*section.review, remark))

    def section(self, node: Heading, parents: list[Heading], parent_title: str) -> SectionDraft:
        # a long heading: its first phrase the title, the rest of its clause the subtitle
        title, rest, left_out = split_heading(_heading_text(node))
        shortened = bool(rest) or left_out
        review = list(node.review)
        if shortened:
            review.append(
                N_("section title shortened from the heading; the full heading is in notes")
            )
        cited = node.path if node.path.startswith(("Điều", "Chương")) else f"mục {node.path}"
        # the part above it ('Nội dung tuyên truyền') is the section's ``part:``, shown over
        # its title and in the agenda: the subtitle cites the document's section alone
        if not node.path:
            cited = ""  # an unnumbered head at the top ('Mục tiêu … đến năm 2025:')
        else:
            cited = cited[:1].upper() + cited[1:]
        # 'Mục II.1' under the title tells the hall nothing: the rest of a long heading does;
        # an article's number ('Điều 2') is how a resolution is read out
        subtitle = cited if cited.startswith(("Điều", "Chương")) else rest
        slides = self.slides(node, parents)
        if not slides:
            slides = [SlideDraft(title, (title,), node.title, review=(N_("empty heading"),))]
        elif shortened and not slides[0].notes.startswith(node.title):
            slides[0] = replace(slides[0], notes=f"{node.title}\n\n{slides[0].notes}".strip())
        if node.kind == "article" and len(title) > ARTICLE_TITLE_CHARS:
            # 'Điều 3. Thông qua các giải pháp thực hiện dự toán …' on its divider; its slides
            # 'Điều 3: nội dung chính' and '… (tiếp)', not the long title again on each
            named = f"Điều {node.number}: {OPENING}"
            for i, sl in enumerate(slides):
                if CONTINUED.sub("", sl.title) == title:
                    slides[i] = replace(sl, title=f"{named}{sl.title[len(title) :]}")
        return SectionDraft(
            title, subtitle, tuple(slides), tuple(review), parent=parent_title, cited=cited
        )

    def slides(
        self, node: Heading, parents: list[Heading], full_heading: str = ""
    ) -> list[SlideDraft]:
        out: list[SlideDraft] = []
        title, shortened = _title_of(node)
        if node.kind != "lead" and (
            find_figures(node.title) or not (node.paragraphs or node.children)
        ):
            # "1. Thu nội địa: 1.256,000 tỷ đồng:": the heading states figures of its own;
            # "4. Triển khai thực hiện … theo quy định của Nhà nước;" with nothing under it:
            # the heading is the item
            node = replace(node, paragraphs=(Paragraph(node.title), *node.paragraphs))
        if node.paragraphs:
            period = _period([*parents, node])
            mood = moods([*parents, node], self.setting)
            if targets := target_rows(node.paragraphs, self.reported):
                # '| Hà Nội | 10,5 – 11,0% |' under '| Tỉnh | Mục tiêu tăng trưởng GRDP (%) |':
                # the rows of a table of targets set targets, whatever its heading says
                mood = tuple(
                    replace(m, target=True, against_plans=False) if i in targets else m
                    for i, m in enumerate(mood)
                )
            units = list_unit([p.text for p in node.paragraphs])
            keyed = []
            # (each paragraph at its own place: a line said twice, '- Tiểu học: 100%' under two
            # rates, reads the lines before it, not those before its first saying)
            for i, (p, unit, said) in enumerate(zip(node.paragraphs, units, mood, strict=True)):
                if m := _PERIOD_LINE.fullmatch(p.text.strip(" :.;")):
                    # "- Giai đoạn năm 2003-2005" then "+ Xây dựng mới 06 chợ."
                    period = re.sub(r"\s*[-–]\s*", "-", m.group(1))
                keyed.append(self.keyed(p, node, period, said, unit, at=i))
            keyed = self.distinguished(node, keyed)
            if node.kind == "lead":
                keyed = self.headline_kinds(node, keyed)
            if parents and not node.children and node.kind != "lead" and keyed[0]:
                # 'a. Thành lập phường Phả Lại' / '- … diện tích tự nhiên 1.382,5 ha', 'b. …':
                # an item of its parent's list of headings, stated first under it (``_items``)
                siblings = f"{parents[-1].path}\u2063{node.kind}"
                self.lists[siblings] = _title_of(parents[-1])[0]
                for i, stated in enumerate(keyed):
                    for one in stated:
                        self.item[one.key] = (siblings, node.path, i == 0)
            if node.paragraphs[0].text == node.title and len(keyed[0]) == 1:
                self.headed[node.path] = keyed[0][0]  # "a) Bổ sung Quỹ dự trữ: 1.000 triệu đồng;"
            remarks = list(node.review)
            if shortened:
                remarks.append(
                    N_("slide title shortened from the heading; the full heading is in notes")
                )
            heading = full_heading or (node.title if shortened else "")
            text_at, tables = split_tables(node.paragraphs)
            for table in tables:
                self.table_plans(node, table, keyed)
                self.table_columns(node, table, keyed)
            # the text and the tables in the order of the document, one run of slides titled on
            # ('… (tiếp)'); a table of the document is a table slide, its figures by key
            for segment in segments(text_at, tables):
                if isinstance(segment, Table):
                    source = _source(self.source, node.path, "")
                    made = [_table_slide(title, node, segment, keyed, source)]
                    if not out:
                        notes = made[0].notes
                        notes = f"{heading}\n\n{notes}".strip() if heading else notes
                        made = [replace(made[0], notes=notes, review=(*remarks, *made[0].review))]
                else:
                    plain = replace(node, paragraphs=tuple(node.paragraphs[i] for i in segment))
                    ks = [keyed[i] for i in segment]
                    made = _bullet_slides(
                        title, plain, ks, "" if out else heading, [] if out else remarks
                    )
                    if not out and made and plain.paragraphs[0].text == node.title:
                        # 'c) Chi trả lãi …: 11,4 tỷ đồng, đạt 100% dự toán' under its title
                        # 'Chi trả lãi …': the bullet says what the title does not
                        plain_bullets = _without_head(made[0].bullets, title)
                        made[0] = replace(made[0], bullets=plain_bullets)
                for sl in made:
                    if CONTINUED.sub("", sl.title) == title:  # not a lead clause's (_led_slides)
                        n = sum(1 for o in out if CONTINUED.sub("", o.title) == title)
                        sl = replace(sl, title=continued(title, n))
                    out.append(sl)
            out.extend(self.charts(title, node, keyed))
        children = [self.slides(child, [*parents, node]) for child in node.children]
        listed = _listed(title, node, children)
        own = [i for i, sl in enumerate(out) if not sl.chart]
        if own and listed and listed[0].title == title and not listed[0].chart:
            # "1.1. Vốn cân đối: 643.780 triệu đồng" then its one-item parts "a. …", "b. …":
            # the parts' list goes on the part's own slide, where there is room
            last = out[own[-1]]
            if len(last.bullets) + len(listed[0].bullets) <= MAX_BULLETS:
                notes = "\n\n".join(n for n in (last.notes, listed[0].notes) if n)
                review = tuple(dict.fromkeys((*last.review, *listed[0].review)))
                out[own[-1]] = replace(
                    last, bullets=last.bullets + listed[0].bullets, notes=notes, review=review
                )
                listed = listed[1:]
        if (chart := self.parts_chart(title, node)) is not None:
            # after the list of the parts ('Chi trong cân đối ngân sách', '… (tiếp)')
            at = 0
            while at < len(listed) and CONTINUED.sub("", listed[at].title) == title:
                at += 1
            listed = [*listed[:at], chart, *listed[at:]]
        out.extend(listed)
        return out

    def lead_of(self, node: Heading, paragraph: Paragraph) -> str:
        """The line over the table ``paragraph`` is a row of, else the heading the table is
        under, else (a table of the text before any heading) the document's title."""
        if lead := table_lead(node, paragraph):
            return lead
        return self.setting.title if node.kind == "lead" else node.title

    def table_columns(self, node: Heading, table: Table, keyed: list[list[_Keyed]]) -> None:
        """Each figure of a table's rows marked with its table and column (``_Keyed.column``),
        in ``keyed`` and for the document's chart."""
        for i in table.rows:
            text = node.paragraphs[i].text
            cells = cell_spans(text)
            # a totals row ('Tổng cộng', 'Cộng') is no bar beside the rows it adds up
            total = any(TOTAL_ROW.match(text[a:b].strip(" *")) for a, b in cells)
            for j, k in enumerate(keyed[i]):
                n = next((n for n, (a, b) in enumerate(cells) if a <= k.found.span[0] < b), -1)
                column = f"{node.path}#{table.head}:{n}{' tổng' if total else ''}"
                keyed[i][j] = replace(k, column=column)
                self.column[k.key] = column

    def table_plans(self, node: Heading, table: Table, keyed: list[list[_Keyed]]) -> None:
        """'| Chỉ tiêu | Kế hoạch | Thực hiện |' over '| Thu ngân sách | 12.500 tỷ đồng |
        13.200 tỷ đồng |': a row's result is measured against the plan beside it, in one unit
        (a plan of another year than the result's is none of it)."""
        head = node.paragraphs[table.head].text
        heads = [" ".join(head[a:b].strip(" *").split()) for a, b in cell_spans(head)]
        for i in table.rows:
            text = node.paragraphs[i].text
            cells = cell_spans(text)
            plans, results = [], []
            for k in keyed[i]:
                n = next((n for n, (a, b) in enumerate(cells) if a <= k.found.span[0] < b), -1)
                if 0 <= n < len(heads) and PLAN_HEAD.match(heads[n]):
                    plans.append((heads[n], k))
                elif 0 <= n < len(heads) and RESULT_HEAD.match(heads[n]):
                    results.append((heads[n], k))
            if len(plans) != 1 or len(results) != 1:
                continue
            (plan_head, plan), (result_head, result) = plans[0], results[0]
            years = {y for h in (plan_head, result_head) for y in re.findall(r"\d{4}", h)}
            if (
                len(years) > 1
                or plan.found.unit != result.found.unit
                or result.found.plan is not None
                or isinstance(plan.found.value, tuple)
            ):
                continue
            remark = later(
                N_(
                    "plan read from the table's '{plan}' column; read as a floor (at least): "
                    "write `plan_kind: ceiling` where less is better"
                ),
                plan=plan_head,
            )
            found = replace(
                self.found[result.key],
                plan=plan.found.value,
                plan_kind=None,
                review=(*self.found[result.key].review, remark),
            )
            self.found[result.key] = found
            self.figures = [
                replace(f, plan=found.plan, plan_kind=None, review=(*f.review, remark))
                if f.key == result.key
                else f
                for f in self.figures
            ]

    def parts_chart(self, title: str, node: Heading) -> SlideDraft | None:
        """A chart of the amounts a part's sub-headings state, one each ('a) Phân bổ …:
        2.113.490 triệu đồng;', 'b) Bổ sung Quỹ dự trữ tài chính: 1.000 triệu đồng;' …, 'g)
        Các khoản chi … chưa phân bổ: 977.450 triệu đồng, gồm:'): the parts of the whole the
        part's heading names, compared on one slide."""
        if len(node.children) < 3:
            return None
        parts = [self.headed.get(child.path) for child in node.children]
        if any(k is None for k in parts):
            return None  # a sub-heading with no amount of its own: they are not all parts
        flat = [k for k in parts if k is not None]
        if sum(1 for k in flat if _TOTAL.match(k.found.label)) >= 2:
            return None  # 'Tổng thu …', 'Tổng chi …': totals side by side, not parts of one
        # (the sub-headings are the one enumeration, each a node of its own)
        groups = [_parts_only(g) for g in _comparable(flat, framed=False).values()]
        best = max(groups, key=len, default=[])
        if len(best) < 3 or len(best) < len(flat):
            return None
        source = _source(self.source, node.path, "")
        unit = _measure(best[0].found)
        why = later(
            N_(
                "chart proposed: the {n} sub-headings of this part with the amount each states, "
                "in {unit}; check that they compare like with like"
            ),
            n=len(best),
            unit=unit,
        )
        return self.chart_slide("barh", title, unit, best[:CHART_MAX], source, why)

    def _measured_in(self, node: Heading, unit: str | None) -> str:
        """The label of the last figure in ``unit`` found so far under ``node``."""
        prefix = _source(self.source, node.path, "")
        for f in reversed(self.figures):
            if not f.source.startswith(prefix):
                return ""
            if f.unit == unit:
                return re.sub(r"\s+(?:năm|giai đoạn) [\d-]+$", "", f.label)
        return ""

    def headline_kinds(self, node: Heading, keyed: list[list[_Keyed]]) -> list[list[_Keyed]]:
        """A news headline's figures ('Hậu Giang: Hơn 240 tỉ đồng thực hiện chương trình …', the
        lead's first line, no stop at its end) that its body states again ('Tỉnh sẽ đầu tư hơn
        240 tỉ đồng …') are the body's: a target there is one in the headline, of its kind."""
        first = node.paragraphs[0].text.strip()
        if len(keyed) < 2 or len(first) > HEADLINE_CHARS or first.endswith((".", ":", ";", ",")):
            return keyed
        # the body's figures by value and unit: one said twice there ('100%' of two targets)
        # tells no single figure the headline says again
        body: dict[tuple[object, str | None], list[Found]] = {}
        for ks in keyed[1:]:
            for k in ks:
                body.setdefault((k.found.value, k.found.unit), []).append(k.found)
        out = [list(ks) for ks in keyed]
        for j, k in enumerate(keyed[0]):
            said_all = body.get((k.found.value, k.found.unit), [])
            if len(said_all) != 1 or k.found.plan_kind is not None or k.found.plan is not None:
                continue
            said = said_all[0]
            if said.plan_kind is None:
                continue
            if k.found.unit == "%" and not _content_words(k.found.label) & _content_words(
                said.label
            ):
                continue  # a share is the same figure only where the labels share a word
            out[0][j] = self._rekind(k, plan=said.plan, plan_kind=said.plan_kind)
        return out

    def _rekind(self, k: _Keyed, **changes: Any) -> _Keyed:
        """``k`` with ``changes`` to its figure (its label, its plan and the plan's kind), made in
        each store that keeps the figure (the found figures by key, the drafted ones) as in the
        keyed figure returned: the three stay in step."""
        found = replace(k.found, **changes)
        self.found[k.key] = found
        n = next(n for n, f in enumerate(self.figures) if f.key == k.key)
        self.figures[n] = replace(self.figures[n], **changes)
        return replace(k, found=found)

    def distinguished(self, node: Heading, keyed: list[list[_Keyed]]) -> list[list[_Keyed]]:
        """Figures of one part that would read alike ('Trồng mới', 'Diện tích') named apart by
        their periods ('Trồng mới năm 2008') or, failing that, by the run-in heads of their
        paragraphs ('Diện tích (Vùng I)')."""
        groups: dict[tuple[frozenset[str], str | None], list[tuple[int, int]]] = {}
        for i, ks in enumerate(keyed):
            for j, k in enumerate(ks):
                # "cải tạo nâng cấp" and "nâng cấp cải tạo" read alike
                words = frozenset(k.found.label.lower().split())
                groups.setdefault((words, k.found.unit), []).append((i, j))
        out = [list(ks) for ks in keyed]
        for at in groups.values():
            if len(at) < 2:
                continue
            periods = [keyed[i][j].found.period for i, j in at]
            heads = [_run_in(node.paragraphs[i].text) for i, _ in at]
            if all(periods) and len(set(periods)) == len(at):
                texts = [node.paragraphs[i].text for i, _ in at]
                marks = [
                    f"giai đoạn {p}"
                    if "-" in p
                    else f"đến năm {p}"
                    if f"đến năm {p}" in t
                    else f"năm {p}"
                    for p, t in zip(periods, texts, strict=True)
                ]
                if not all(map(_says_period, texts, marks)):
                    continue  # a mark the sentence contradicts is worse than the same label
            elif all(heads) and len(set(heads)) == len(at):
                marks = [f"({h})" for h in heads]
            else:
                continue
            for (i, j), mark in zip(at, marks, strict=True):
                k = keyed[i][j]
                label = f"{fit(k.found.label, LABEL_WORDS - len(mark.split()))} {mark}"
                out[i][j] = self._rekind(k, label=label)
        return out

    def told_apart(self, sections: list[SectionDraft]) -> None:
        """Figures of the document a presenter could not tell apart by their labels (one label,
        both amounts or both percentages: 'Vốn đầu tư công' of 2022 and of 2023, 'Tỷ lệ nông
        dân tham gia bảo hiểm xã hội' of 2021, 2025 and 2030), wherever in the document they are
        said, named apart by the time each one's sentence says it is of (``_time_of``), when
        that tells every one of them apart; a figure already on a part's chart keeps its label
        (the chart's categories were named from it)."""
        charted = {
            key for sec in sections for sl in sec.slides if sl.chart for key in sl.chart.figures
        }
        groups: dict[tuple[str, bool], list[int]] = {}
        for n, f in enumerate(self.figures):
            groups.setdefault((_plain(f.label), (f.unit or "").startswith("%")), []).append(n)
        for members in groups.values():
            if len(members) < 2 or any(self.figures[n].key in charted for n in members):
                continue
            label = self.figures[members[0]].label
            said = {w.casefold() for w in re.findall(r"\w+", label)}
            for marks in (
                [self.time_of(self.figures[n].key) for n in members],
                [_scope_of(self.under.get(self.figures[n].key, "")) for n in members],
            ):
                if (
                    all(marks)
                    and len({m.casefold() for m in marks}) == len(marks)
                    and not any(set(re.findall(r"\w+", m.casefold())) <= said for m in marks)
                ):
                    break  # a time, else a heading, that tells every one of them apart
            else:
                continue
            for n, mark in zip(members, marks, strict=True):
                f = self.figures[n]
                # 'năm 2018' said short ('2018') where the whole would make the label too long
                short = re.sub(r"^(?:năm|giai đoạn)\s+", "", mark)
                named = next(
                    (
                        said
                        for said in (
                            _with_mark(f.label, mark),
                            _with_mark(f.label, short),
                            _with_mark(fit(f.label, LABEL_WORDS - _words(mark), cut=False), mark),
                        )
                        if _words(said) <= LABEL_WORDS
                    ),
                    "",
                )
                if not named:
                    continue
                self.figures[n] = replace(f, label=named)
                self.found[f.key] = replace(self.found[f.key], label=named)
                self.told[f.key] = mark if mark in named else short

    def time_of(self, key: str) -> str:
        """The time a figure is of, as a label says it: its sentence's time before it
        (``_when``, or the time said for the clauses after it), else the year its sentence says
        before it that is no base of a change ('Đến năm 2030, … đạt 30%': 'năm 2030'); never
        the year prices are counted at ('giá so sánh 2010')."""
        text, found = self.said_in.get(key, ""), self.found.get(key)
        if found is None:
            return ""
        said = _FORESEEN.sub("", self.when.get(key) or self.carried.get(key, ""))
        # ('5 tháng 5 tháng': a part of the year that is the period too, said once)
        when = re.sub(r"^(.+?)\s+\1$", r"\1", said.strip()).split()
        if not when:
            start = max(text.rfind(m, 0, found.span[0]) for m in (". ", "\n"))
            before = [
                m.group(1) for m in _YEAR_SAID.finditer(text, start + 1, found.span[0])
                if not _BASE_BEFORE.search(text, max(0, m.start() - 25), m.start())
            ]  # fmt: skip
            if not before:
                return ""
            when = [before[-1]]
        if re.search(rf"(?<!\w)so sánh\s+(?:năm\s+)?{when[-1]}(?!\d)", text, re.IGNORECASE):
            return ""
        headed = _YEARS.findall(self.headed_in.get(key, ""))
        years = _YEARS.findall(when[-1])
        if not all(y in headed or _said_as_time(text, found, y) for y in years):
            return ""  # a period read from elsewhere than the figure's words or its headings
        if set(_YEARS.findall(_own_clause_after(text, found))) - set(years):
            return ""  # its clause says another year after it ('16,5% giai đoạn 2011 - 2015')
        # ('quý i', as ``_part_said`` lower-cases it: 'quý I')
        *part, last = [w.upper() if re.fullmatch(r"[ivx]+", w) else w for w in when]
        if re.fullmatch(r"(?:19|20)\d\d-(?:19|20)\d\d", last):
            last = f"giai đoạn {last}"
        elif re.fullmatch(r"(?:19|20)\d\d", last):
            last = f"năm {last}"
        return " ".join([*part, last])

    def keyed(
        self,
        paragraph: Paragraph,
        node: Heading,
        period: str,
        mood: Mood | None = None,
        unit: str | None = None,
        at: int | None = None,
    ) -> list[_Keyed]:
        """The figures of ``paragraph`` of ``node`` (its first place among the node's
        paragraphs ``at``, when the caller knows it), named and keyed."""
        result: list[_Keyed] = []
        if node.kind == "lead" and _says_the_body(paragraph, node):
            return result
        heading = re.sub(r"[\s:;.,]+$", "", sentence_case(node.title))
        topic = re.sub(r"^(?:Về|Đối với)\s+", "", heading)
        topic = topic[:1].upper() + topic[1:]
        previous: Found | None = None
        time_said: tuple[int, str] | None = None  # the last time said: its sentence, the time
        starts: list[int] = []  # where each of ``result`` begins,
        ordered = True  # in the order of the text (``_from``)
        # what the rules below read of the figures before each, kept as each is added (a list
        # made of all of them for each figure made a paragraph of hundreds of figures square)
        founds: list[Found] = []
        named_at: list[tuple[str, int]] = []
        measured_at: list[tuple[str, str | None, int]] = []
        measured_over: list[tuple[str, str | None, tuple[int, int]]] = []
        if at is None:
            at = node.paragraphs.index(paragraph) if paragraph in node.paragraphs else 0
        place = at  # (``at`` is reused below for places in a label)
        drafted = places_of_a_measure(
            paragraph.text,
            find_figures(
                paragraph.text,
                period,
                bool(mood and mood.target),
                unit,
                self.reported,
                against_plans=bool(mood and mood.against_plans),
                growth=bool(mood and mood.growth),
            ),
            # ('… đặt mục tiêu tăng trưởng GRDP từ 10% trở lên.' then 'Cụ thể, …: Quảng Ninh:
            # 12%; Hải Dương: 10,2%; …': the measure of a run of places said just before it)
            node.paragraphs[at - 1].text if at else "",
        )
        # ('b. Vụ hè thu' over '… Trong đó lúa 40/38ha.': the season of the crops under it)
        drafted = season_of_the_crop(paragraph.text, drafted, node.title)
        # ('- Tỷ lệ học sinh đi học đúng độ tuổi:' then '- Tiểu học: 100%': the rate a run-in
        # head on the lines before names its parts by)
        lines_before = [p.text for p in node.paragraphs[max(0, at - 12) : at]]
        for found in parts_of_a_rate_head(paragraph.text, drafted, lines_before):
            if TABLE_ROW.match(paragraph.text) and in_row_name(paragraph.text, found.span[0]):
                continue  # 'CÁC KHOẢN THU … HƯỞNG 100%' heads a group of rows: no figure
            if (
                mood
                and mood.target
                and found.plan_kind == "exact"
                and found.plan is None
                and found.unit in ("%", "%/năm")
                and TABLE_ROW.match(paragraph.text)
                and _GROWTH.search(
                    f"{head_of(node, paragraph)} {row_cell(paragraph.text)} "
                    f"{self.lead_of(node, paragraph)}"
                )
            ):
                # '| Huế | 10,0% |' under '| Tỉnh | Tăng trưởng GRDP 2026 - 2030 (%) |': a
                # growth set as a target is a floor (the rule of round 6)
                found = replace(found, plan_kind="floor")
            said = found.label.lower()
            if found.label == "?" or found.label.startswith("? "):
                # "d) Phân kỳ đầu tư:" then "- Năm 2009: 1.300.000.000đ": the heading names it
                name = re.sub(r"\s*:.*$", "", topic)
                if name:
                    found = replace(found, label=fit(f"{name}{found.label[1:]}", LABEL_WORDS))
                said = found.label.lower()
            elif (measure := _parent_measure(node, paragraph, found.label, place)) is not None:
                # "- Kinh phí tổ chức giao rừng: …" then "+ Hộ gia đình, cá nhân: 18.275.472.282đ":
                # an item named by who or what it is for takes its parent's measure
                named = f"{measure}: {found.label[:1].lower()}{found.label[1:]}"
                found = replace(found, label=named)
                said = found.label.lower()
            if said in _GENERIC_TOTALS:
                # "2.2. Phương án phân bổ:" then "Tổng số: 776.880 triệu đồng"
                found = replace(found, label=f"{heading}: {said}")
            elif (
                node.kind != "lead"
                and topic
                and not _FRAMING_HEADING.search(topic)
                and (said == f"số {(found.unit or '').lower()}" or said in _PLACES)
            ):
                # "a) Quy mô dân số:" then "Dự kiến ... khoảng 200.000 người"; "1. Về diện
                # tích." then "toàn tỉnh có 20.000 ha": the heading names what is counted
                named = topic if said not in _PLACES else f"{topic} {said}"
                found = replace(found, label=fit(named, LABEL_WORDS - 2))
            elif (
                "/" in (found.unit or "")
                and any("subject of the sentence" in str(r) for r in found.review)
                and (same := self._measured_in(node, found.unit))
            ):
                # "... 120 lít/người/ngày đêm." then "...; giai đoạn đến năm 2030 khoảng 150
                # lít/người/ngày đêm": a rate's unit names its measure, as the figure before
                found = replace(found, label=same)
            frame = "" if found.period else _opening_frame(paragraph.text, found.span[0])
            if frame and frame.lower() not in found.label.lower():
                # "Quý I/2023, sản xuất công nghiệp … hơn 1.200 tỷ đồng": the time the sentence
                # opens with tells the figure from the same measure in another time; said
                # before what is said of the measure ('… quý II/2024 tăng so với
                # cùng kỳ'), within the label's length ('I/2023' is two words)
                cut = re.search(r"\s(?:tăng|giảm|\(so với|so với)(?!\w)", found.label)
                at = cut.start() if cut else len(found.label)
                named = f"{found.label[:at]} {frame}{found.label[at:]}"
                if len(re.findall(r"\w+", named)) <= LABEL_WORDS:
                    found = replace(found, label=named)
            chosen = pick(Context(paragraph.text, found, previous, topic))
            previous = found
            if chosen != found.label:
                found = replace(found, label=chosen)
            if weak(found.label, found.unit) and (
                named := repaired(
                    found.label,
                    found.unit,
                    counted_before(
                        paragraph.text,
                        found.span,
                        (result[-1].found.unit, result[-1].found.span[0]) if result else None,
                    ),
                )
                or respectively(
                    paragraph.text,
                    found.span,
                    list(named_at),
                    found.unit,
                )
                or composed(
                    paragraph.text,
                    found.span,
                    found.unit,
                    (result[-1].found.label, result[-1].found.span[0]) if result else None,
                )
            ):
                # 'Vận động', 'Sau hợp nhất', 'HĐND tỉnh quyết nghị thông qua': what the rules
                # gave names no measure; the sentence's grammar does (deckmaker/draft/grammar.py)
                note = N_("label composed from the sentence: the rules' label named no measure")
                found = replace(found, label=named, review=(*found.review, note))
            elif (
                result
                and (
                    found.label == result[-1].found.label
                    and found.unit == result[-1].found.unit
                    # '… tăng 6,68%; quy mô GRDP năm 2020 ước đạt …': a clause of its own after
                    # a semicolon, whatever its unit
                    or any(str(r) in _LENT for r in found.review)
                    and ";" in paragraph.text[result[-1].found.span[1] : found.span[0]]
                )
                and (own := composed(paragraph.text, found.span, found.unit, own=True))
                and own != found.label
                # (a share keeps its head: 'Tỷ lệ …' is not renamed by a noun of its clause)
                and not (_SHARE_HEAD.match(found.label) and not _SHARE_HEAD.match(own))
            ):
                # '… thu từ DNNN 120 tỷ đồng, thu ngoài quốc doanh 300 tỷ đồng' both named by
                # the first: where its own clause names the second, that name is its own
                note = N_(
                    "label composed from the figure's own clause: the rules gave it the "
                    "label of the figure before it"
                )
                found = replace(found, label=own, review=(*found.review, note))
            text = paragraph.text
            if (
                result
                and any(str(r) == _BORROWED for r in found.review)
                and _RESTATED.fullmatch(text[result[-1].found.span[1] : found.span[0]])
                and _money(found.unit) == _money(result[-1].found.unit)
                and found.unit != result[-1].found.unit
            ):
                # 'ước đạt 1,024 triệu tỷ đồng, khoảng 43,5 tỷ USD': the same amount said again in
                # another currency is named as the figure it restates
                found = replace(found, label=result[-1].found.label)
            if (
                result
                and found.unit == "%"
                and any(str(r) in _LENT for r in found.review)
                and result[-1].found.unit not in (None, "%", "%/năm")
                and _says_change(result[-1].found.label)
                and _SIGNED_RATE.fullmatch(text[result[-1].found.span[1] : found.span[0]])
            ):
                # 'giảm 47 vụ (-32,64%)', 'tăng 2.450 trường hợp (+13,36%)': a change counted,
                # then the same change as a rate, signed in its bracket, is named as the change
                # it restates ('Số vụ giảm'), not by the counted noun alone ('Tỷ lệ vụ')
                found = replace(found, label=result[-1].found.label)
            if named := against_base(found.label, text, found.span, found.unit):
                # '… 09 tháng so với kế hoạch của Thủ tướng Chính phủ giao chỉ đạt 41,97%': the
                # rules named the base the figure is compared with, not what it measures
                note = N_(
                    "label composed from its clause: the rules named the base it is set against"
                )
                found = replace(found, label=named, review=(*found.review, note))
            sentence_from = sentence_start(text, found.span[0])
            in_sentence = _from(result, starts, sentence_from, ordered)
            against = next(
                (
                    subject_of(k.found.label)
                    for k in reversed(in_sentence)
                    if not text[max(0, k.found.span[0] - 3) : k.found.span[0]]
                    .rstrip()
                    .endswith("(")
                ),
                "",
            )
            named, phrase = bracketed(text, found.span, found.unit, against)
            if named and " ".join(phrase.lower().split()[:2]) not in found.label.lower():
                # '… thấp hơn so với bình quân của cả nước (7,85%)': a value alone in brackets
                # is the value of the noun phrase it stands after, not of the figure before
                note = N_("label composed from the noun phrase the bracketed figure stands after")
                found = replace(found, label=named, review=(*found.review, note))
            if named := listed_part(
                found.label,
                text,
                found.span,
                list(measured_at),
            ):
                # 'kế tiếp là Nhật Bản 3.605 triệu USD, chiếm 13,1%': an item named by a proper
                # name alone is measured by the measure its list opened with
                found = replace(found, label=named)
            if (
                result
                and re.search(r"(?<!\w)chiếm\s+$", text[max(0, found.span[0] - 10) : found.span[0]])
                and found.label == result[-1].found.label
                and not _SHARE_HEAD.match(found.label)
                and found.unit == "%"
                and "%" not in (result[-1].found.unit or "%")
            ):
                # '… đạt 1.200 triệu USD, chiếm 30%': a share named as the amount before it is
                # that amount's share
                # ('Giá trị thương mại dịch vụ' -> 'Tỷ trọng thương mại dịch vụ')
                part = re.sub(r"^giá trị(?: sản xuất)?\s+", "", found.label, flags=re.IGNORECASE)
                named = fit(f"Tỷ trọng {part[:1].lower()}{part[1:]}", LABEL_WORDS)
                found = replace(found, label=named)
            whole_at = next(
                (
                    k.found
                    for k in reversed(result)
                    if k.found.unit == found.unit and ": " not in k.found.label
                ),
                None,
            )
            if whole_at and (
                named := whole_part(
                    found.label, text, found.span, (whole_at.label, whole_at.span[0])
                )
            ):
                # '(bao gồm NSTW là 391.739 tỷ đồng, NSĐP là …)': a part named by its name alone
                # is that part of what its whole measures
                found = replace(found, label=named)
            if (named := growth_of(found, result[-1].found if result else None, text)) != (
                found.label
            ):
                # '… đạt 48 triệu USD, tốc độ tăng bình quân 5 - 6%/năm': the growth of the
                # amount before it, not that amount
                found = replace(found, label=named)
            if (named := with_its_change(found.label, text, found.span)) != found.label:
                found = replace(found, label=named)
            if (named := ranked(found.label, found.unit)) != found.label:
                found = replace(found, label=named)
            if (named := ranked_in(found.label, found.unit, text, found.span)) != found.label:
                # 'năm 2024 xếp thứ 05 cả nước về Chỉ số chuyển đổi số': what it ranks in
                found = replace(found, label=named)
            before = next((k.found.label for k in reversed(result) if k.found.unit != "hạng"), "")
            if (named := rank_scope(found.label, found.unit, text, found.span, before)) != (
                found.label
            ):
                # 'xếp thứ 3/14 tỉnh vùng trung du và miền núi phía Bắc': where it ranks
                found = replace(found, label=named)
            whole = next(
                (
                    k.found
                    for k in reversed(result)
                    if k.found.unit == found.unit
                    and not NAMED_PART.match(k.found.label)
                    and ": " not in k.found.label
                ),
                None,
            )
            if (
                whole
                and (
                    named := part_of(
                        found.label,
                        found.unit,
                        paragraph.text,
                        found.span,
                        (whole.label, whole.span[0]),
                    )
                )
                != found.label
            ):
                found = replace(found, label=named)
            if (
                named := bracket_part(
                    found.label,
                    found.unit,
                    text,
                    found.span,
                    list(measured_over),
                )
            ) != found.label:
                # 'cây ăn quả trồng trên đất dốc 2.259 ha (nhãn 653 ha; mận 580 ha)': a part
                # measured as its whole, by its own name
                found = replace(found, label=named)
            if named := measured_after(found.label, text, found.span, found.unit):
                # 'khai thác trên 3.000 km đường bộ cao tốc': what follows a measure's unit is
                # what it measures, not what the clause before the number names
                note = N_("label read from the noun phrase the figure's unit measures")
                found = replace(found, label=named, review=(*found.review, note))
            if named := item_named(found.label, text, found.span, found.unit):
                # '+ Dự án khu dân cư …, thành phố Mỹ Tho: khoảng 10 tỷ đồng, diện tích 2,95 ha':
                # a list item's figure is named by the item and its measure, not by a place in
                # its name nor by the measure alone
                note = N_("label read from its list item: the item's measure and its name")
                found = replace(found, label=named, review=(*found.review, note))
            if named := counted_item(
                found.label,
                text,
                found.span,
                found.unit,
                tuple(k.found.label for k in in_sentence if k.found.unit == found.unit),
            ):
                # '11 xã đạt và cơ bản đạt tiêu chí cơ cấu lao động, 25 xã đạt …': a count in an
                # enumeration of counts is named by its own item
                note = N_("label read from its item of an enumeration of counts")
                found = replace(found, label=named, review=(*found.review, note))
            if (
                not is_label(found.label)
                and (name := re.sub(r"\s*:.*$", "", topic))
                and is_label(name)
                and not _FRAMING_HEADING.search(name)
            ):
                # "Tổng quan" then "Lũy kế 9 tháng giảm 11,6%": what the text says of the figure
                # names nothing, and the heading it is under names what is measured
                note = N_("label read from the heading it is under")
                found = replace(
                    found, label=fit(name, LABEL_WORDS - 2), review=(*found.review, note)
                )
            span = found.period if re.fullmatch(r"\d{4}-\d{4}", found.period or "") else ""
            if (
                span
                and f"giai đoạn {span}" in _said(paragraph.text)
                and span not in re.sub(r"\s*[-–]\s*", "-", found.label)
            ):
                # 'giai đoạn 2016-2020, … ước đạt gần 1,2 triệu tỷ đồng': a figure over a span
                # of years is a total or an average of those years, read as one year's without
                # it; said before what is said of the measure, within the label's length
                said_of = r"\s(?:tăng(?! trưởng)|giảm|gấp|\(so với|so với)(?!\w)"
                cut = re.search(said_of, found.label)
                at = cut.start() if cut else len(found.label)
                room = LABEL_WORDS - 4 - _words(found.label[at:])
                head = fit(found.label[:at], room, cut=False)
                if _words(head) > room:  # 'Tốc độ tăng trưởng GRDP' is 'Tăng trưởng GRDP'
                    head = re.sub(r"^Tốc độ tăng", "Tăng", head)
                head = without_modifiers(head, room)
                named = f"{head} giai đoạn {span}{found.label[at:]}"
                if _words(named) <= LABEL_WORDS:
                    found = replace(found, label=named)
            if (
                (
                    own := row_name(paragraph.text)
                    or (parent_row(node.paragraphs, paragraph) and row_word(paragraph.text))
                )
                and own not in paragraph.text[found.span[0] :]
                and bare_cell(paragraph.text, found.span)
            ):
                # '| 2.1 | Lệ phí môn bài thu từ khu vực DNNN; khu vực DN có vốn … | | 100 | |':
                # a table's figure is named by its row's name (to its first semicolon), as the
                # row says it; a sub-row of a table with the row it belongs to ('| 8.1 | Lệ phí
                # trước bạ nhà đất |' then '| | - Thu trên địa bàn xã | | | 100 |'), the
                # sub-row's own words first: they tell it from its siblings
                column = column_head(node, paragraph, found.span[0])
                parent = parent_row(node.paragraphs, paragraph)
                room = LABEL_WORDS - _words(column)
                if (
                    not parent
                    and _words(own) > room
                    and (shared := shared_opening(node.paragraphs, paragraph))
                    and _words(tail := " ".join(own.split()[shared:])) < room - 1
                ):
                    # '| Số doanh nghiệp đang cung cấp dịch vụ viễn thông cố định mặt đất | 80 |'
                    # among '… di động vệ tinh', '… di động hàng hải': the words its table's
                    # rows share are cut, not the words that tell the row from its siblings
                    # ('Số doanh nghiệp viễn thông cố định mặt đất'); the count's noun kept
                    opening = " ".join(own.split()[:shared])
                    counted = found.unit and re.match(
                        rf"(?:Tổng số|Số lượng|Số)\s+{re.escape(found.unit)}(?!\w)", opening
                    )
                    head = counted.group(0) if counted else fit(opening, room - _words(tail))
                    own = f"{head} {tail}"
                head = re.split(r"\s*[,;(:]|\s(?:bao gồm|kể cả|trừ|không kể)\s", parent)[0]
                if (
                    parent
                    and _words(head) > LABEL_WORDS - min(5, _words(own)) - _words(column)
                    and (shared := sibling_opening(node.paragraphs, paragraph))
                    and shared <= 4  # (not 'Tiền đấu giá quyền sử dụng đất do': what they are)
                ):
                    # '- Thu trên địa bàn phường', '- Thu trên địa bàn xã' under '| 8.1 | Lệ phí
                    # trước bạ nhà đất |': the words the sub-rows share are cut for the row
                    # they belong to, not the row's own name ('Lệ phí trước bạ nhà đất: phường')
                    own = " ".join(own.lstrip("-+ ").split()[shared:])
                own = fit(own, 5 if parent else room)
                if parent:
                    own = own[:1].lower() + own[1:] if own[1:2].islower() else own
                    room = LABEL_WORDS - _words(own) - _words(column)
                    own = f"{fit(head, max(3, room))}: {own}"
                # (a place's name is whole as written: 'Cao Bằng' is no label cut at 'bằng')
                found = replace(found, label=own if place_row(own) else well_formed(own))
            column = column_head(node, paragraph, found.span[0])
            if (
                column
                and bare_cell(paragraph.text, found.span)
                and (bracket := bracket_row(paragraph.text, head_of(node, paragraph)))
            ):
                # '| 2 | Trên 10 đến 30 | 20 | 10% |' under '| Bậc thuế | Phần thu nhập tính
                # thuế/tháng (triệu đồng) | … | Thuế suất (%) |': a row of a bracket of amounts
                # is named by its number and its bracket, after its column's measure
                named = f"{column[:1].upper()}{column[1:]} {bracket}"
                if _words(named) <= LABEL_WORDS:
                    found = replace(found, label=well_formed(named))
                    column = ""
            if (
                column
                and (own := row_cell(paragraph.text))
                and column.lower() in found.label.lower()
                and found.label.lower() == own.lower()
                and not MEASURE_NAME.match(own)
                and (topic := _title_of(node)[0])
                and not re.search(r"\d", topic)
                and _words(topic) >= 2
            ):
                # '### III. Bổ sung từ ngân sách cấp trên' over '| Nội dung | Thành phố (%) |
                # Xã; phường (%) |' and '| | Thành phố | 100 | |': the row and its column name
                # the same place, the heading the table is under what is measured of it
                room = LABEL_WORDS - _words(own)
                found = replace(found, label=well_formed(f"{fit(topic, room)} ({own})"))
                column = ""
            if column and (time := TIME_COLUMN.match(column)):
                # '| Chỉ tiêu | 2015 | 2016 |': a column of a year is its figures' period
                found = replace(found, period=re.sub(r"\s*[-–]\s*", "-", time.group(1)))
            if column and (
                column.lower() not in found.label.lower()
                # ('Thu từ khu vực DNNN do Trung ương quản lý' under 'Trung ương (%)': the
                # share of the column still said, after the row that names a place too)
                or (whose(column) and f"({column.lower()})" not in found.label.lower())
            ):
                # '| Chỉ tiêu | 2024 | 2025 |' over '| Thu ngân sách | 12.000 tỷ đồng | …':
                # a short column head tells the row's figures apart
                # (in about eight words; a compound is never cut for it: 'nông thôn mới')
                name = fit(found.label, TABLE_LABEL_WORDS - _words(column), cut=False)
                if _words(name) + _words(column) > LABEL_WORDS:
                    name = fit(found.label, LABEL_WORDS - _words(column))
                named = f"{name} {column}"
                if whose(column):
                    # '| Nội dung | NS Trung ương (%) | NS Thành phố (%) |' over '| Thuế thu nhập
                    # cá nhân | 68 | 32 |', '| Thu từ quỹ dự trữ … | 100 |': the column names
                    # whose share, in brackets after the row, whether the row names a measure
                    # or a thing
                    named = f"{name} ({column})"
                elif measured_by(column, found.label):
                    # '| Danh mục | Giá trị |' over '| Dự án cầu Cao Lãnh | 85 tỷ đồng |':
                    # the row names a thing, its column what is measured of it
                    named = f"{column[:1].upper()}{column[1:]} {run_on(name)}"
                found = replace(found, label=well_formed(named))
            if (
                TABLE_ROW.match(paragraph.text)
                and bare_cell(paragraph.text, found.span)
                and (
                    named := measure_of_place(
                        node, paragraph, found.span[0], found.label, self.lead_of(node, paragraph)
                    )
                )
            ):
                # '| 1 | Hà Nội | 11 |' under '| STT | Tỉnh | Mục tiêu năm 2026 |' under 'Mục
                # tiêu tăng trưởng GRDP năm 2026 của các tỉnh': a place's row is named by what
                # the table measures, the place and the column's time
                found = replace(found, label=well_formed(named))
            if (
                named := measured_as_the_first_part(found, paragraph.text, list(founds))
            ) != found.label:
                # 'Xuất khẩu tôm …; cá tra thu về 1,2 tỷ USD': a later part named by its item
                # alone takes the measure the first part is named by ('Xuất khẩu cá tra')
                found = replace(found, label=named)
            if (named := dimension_named(found, paragraph.text, list(founds))) != found.label:
                # '… tăng 34,45% về số lượt xe và tăng 144,55% về lượt hành khách'
                found = replace(found, label=named)
            if (named := coordinate_restored(found, paragraph.text)) != found.label:
                # 'khu vực nông, lâm nghiệp và thủy sản tăng 2,68%': not cut at its comma
                found = replace(found, label=named)
            if (named := contribution_named(found, paragraph.text, list(founds))) != found.label:
                # '… dịch vụ tăng 6,5%, đóng góp 43,9%': 'Khu vực dịch vụ đóng góp'
                found = replace(found, label=named)
            if needs_scale(found.value, found.unit):
                assert isinstance(found.value, Decimal)
                shown = scale.said(*presenter_value(found.value, found.unit))
                remark = later(
                    N_(
                        "the exact amount the text gives; KPI cards and charts show it as "
                        "{shown}, as a presenter says it"
                    ),
                    shown=shown,
                )
                found = replace(found, review=(*found.review, remark))
            if found.period and _only_a_base(paragraph.text, found, found.period):
                # '…, tăng 8,53% so với năm 2023; ngành công nghiệp-xây dựng 3.671,79 tỷ đồng':
                # a year the sentence names only as the base of a change is no figure's period
                found = replace(found, period="")
            key = slug(found.label, self.taken, self.numbered)
            self.figures.append(
                FigureDraft(
                    key=key,
                    label=found.label,
                    value=found.value,
                    unit=found.unit,
                    period=found.period,
                    plan=found.plan,
                    source=_source(self.source, node.path, found.item),
                    review=found.review,
                    plan_kind=found.plan_kind,
                )
            )
            before = paragraph.text[max(0, found.span[0] - 40) : found.span[0]]
            if len(self.runs.get(id(node), ())) != len(node.paragraphs):
                self.runs[id(node)] = run_starts(node)
            self.enumeration[key] = _enumeration(node, paragraph, place, self.runs[id(node)])
            self.when[key] = _when(paragraph.text, found)
            sentence = paragraph.text.rfind(". ", 0, found.span[0])
            if self.when[key]:
                # (a time said before the figure leads the clauses after it; a figure's own
                # period, '25% đến năm 2025; …', is its alone)
                time_said = (
                    (sentence, self.when[key]) if _part_said(paragraph.text, found) else None
                )
            elif time_said is not None and time_said[0] == sentence:
                self.carried[key] = time_said[1]
            if _FROM_LEVEL_BEFORE.search(before) and _TO_LEVEL_AFTER.match(
                paragraph.text, found.span[1]
            ):
                self.opening.add(key)
            ordered = ordered and (not starts or starts[-1] <= found.span[0])
            starts.append(found.span[0])
            founds.append(found)
            named_at.append((found.label, found.span[0]))
            measured_at.append((found.label, found.unit, found.span[0]))
            measured_over.append((found.label, found.unit, found.span))
            result.append(
                _Keyed(
                    found,
                    key,
                    before,
                    "",
                    self.enumeration[key],
                    self.when[key],
                    opens=key in self.opening,
                )
            )
            self.before[key] = before
            self.clause[key] = _clause_before(paragraph.text, found.span[0])
            self.found[key] = found
            self.said_in[key] = paragraph.text
            self.under[key] = node.title
            self.headed_in[key] = period
        return result

    def charts(self, title: str, node: Heading, keyed: list[list[_Keyed]]) -> list[SlideDraft]:
        """Charts of what this part states: actual against plan, then parts in one unit."""
        flat = [k for ks in keyed for k in ks]
        source = _source(self.source, node.path, "")
        out = []
        planned: dict[tuple[str, str, str], list[_Keyed]] = {}
        for k in flat:
            f = k.found
            if isinstance(f.value, Decimal) and isinstance(f.plan, Decimal) and f.unit:
                # one enumeration, one time: the bars of one frame (``_comparable``)
                planned.setdefault((f.unit, k.enumeration, k.when), []).append(k)
        for (unit, _list, _time), ks in planned.items():
            ks = _parts_only(ks)
            if len(ks) < 2:
                continue  # one figure against its plan: its KPI card says it
            amounts = [abs(v) for k in ks if isinstance(v := k.found.value, Decimal)]
            if len(ks) == 2 and len(amounts) == 2 and max(amounts) > PAIR_SCALE * min(amounts):
                continue  # 560 beside 22,656 tỷ đồng: one bar a sliver, two panels of one bar
            for part in _chunks(ks):
                why = later(
                    N_(
                        "chart proposed: {n} figure(s) in {unit} with the plan the text "
                        "states beside them (actual against plan)"
                    ),
                    n=len(part),
                    unit=unit,
                )
                out.append(self.chart_slide("plan-actual", title, unit, part, source, why))
        # an indicator list "(1) ... (2) ..." is charted per unit; a list of "- " items, by
        # its largest group of one unit
        items = sum(
            len(re.findall(r"\(\d+\)\s", p.text))
            for p in node.paragraphs
            if not p.marker.startswith("(")
        )
        listed = {
            k.key for p, ks in zip(node.paragraphs, keyed, strict=True) if p.marker for k in ks
        }
        groups = {u: ks for u, ks in _comparable(flat).items() if len(ks) >= 3}
        if items < 3:
            groups = {u: [k for k in ks if k.key in listed] for u, ks in groups.items()}
        groups = {u: _parts_only(ks) for u, ks in groups.items()}
        # '- Chi đầu tư … chưa phân bổ: 718.692' with its '+ …' items, then '- Chi thường xuyên
        # …' with its own: a subtotal left beside its own parts (not all of them found, say)
        # says the money twice; the items of the inner lists alone are the bars
        subs = {k.key for p, ks in zip(node.paragraphs, keyed, strict=True) if p.sub for k in ks}
        groups = {
            u: [k for k in ks if k.key in subs]
            if any(k.key in subs for k in ks) and any(k.key in listed - subs for k in ks)
            else ks
            for u, ks in groups.items()
        }
        groups = {u: ks for u, ks in groups.items() if len(ks) >= 3 and not _one_value(ks)}
        if items < 3 and groups:
            unit = max(groups, key=lambda u: len(groups[u]))
            groups = {unit: groups[unit]}
        for measure, ks in groups.items():
            unit = _without_column(measure)
            if (said := _all_met(ks, unit)) is not None:
                out.append(said)  # eleven bars of 100-105% say one thing: a sentence says it
                continue
            for part in _chunks(ks):
                why = later(
                    N_(
                        "chart proposed: {n} parts of this heading measured in {unit}; "
                        "check that they compare like with like"
                    ),
                    n=len(part),
                    unit=unit,
                )
                out.append(self.chart_slide("barh", title, unit, part, source, why))
        if (cards := _ceiling_cards(title, flat)) is not None:
            out.append(cards)
        return out

    def chart_slide(
        self,
        kind: str,
        title: str,
        unit: str,
        part: list[_Keyed],
        source: str,
        why: str,
        signed: bool = False,
    ) -> SlideDraft:
        title = _without_figures(CONTINUED.sub("", title))  # the chart is of the part
        # a group of targets ('tỷ đồng (mục tiêu)'): said once, beside the unit
        unit, targets = unit.removesuffix(_TARGETS), unit.endswith(_TARGETS)
        bare = title  # the part's name: what the chart says when nothing names its bars better
        head, categories = _shared_head([k.found.label for k in part])
        if head and kind == "barh":
            # "Sản xuất vụ Hè thu: diện tích lúa", "…: diện tích ngô": the head said once, in
            # the title, not on every bar
            long = f"{title}: {head[:1].lower()}{head[1:]}"
            title = long if len(long) <= CHART_TITLE_CHARS else head
        else:
            categories = ()
        named = [k.found.label for k in part]
        headed = [_headed_label(k.found.label, self.clause.get(k.key, "")) for k in part]
        if not categories and kind == "barh" and headed != named:
            # 'Đào tạo và dạy nghề' of '- Chi sự nghiệp giáo dục, đào tạo và dạy nghề 5.627,152
            # tỷ đồng': a bar keeps the head of the noun phrase it is named by
            categories, named = tuple(headed), headed
            head = head or title
        if not categories and len(part) > 1 and all(map(_AGAINST_PLAN.search, named)):
            # 'Sản lượng điện (so với kế hoạch)' on every bar: the base said once, on the axis
            # ('100% KH') and in the title's '(% kế hoạch)', never on each label
            categories = tuple(map(_plain_label, named))
            head = head or title
        values: tuple[Decimal, ...] = ()
        review: tuple[str, ...] = (why,)
        amounts = [k.found.value for k in part]
        exact = [v for v in amounts if isinstance(v, Decimal)]
        if signed and len(exact) == len(part):
            # the falls below zero, each bar named by its subject without its verb ('Lượng
            # khách tham quan' -50, not 'Lượng khách tham quan giảm' -50: a fall said twice)
            values = tuple(-v if _a_fall(k) else v for k, v in zip(part, exact, strict=True))
            categories = tuple(_CHANGE_SAID.sub("", k.found.label) or k.found.label for k in part)
            head = head or title
        if kind == "barh" and len(exact) == len(part) and any(needs_scale(v, unit) for v in exact):
            # "91.481.640.145đ" beside "180.000.000đ": bars in tỷ đồng, as a presenter says them
            shown, unit = presenter_values(exact, unit)
            values = tuple(shown)
            categories = categories or tuple(k.found.label for k in part)
            title = _BIG_DONG.sub(_said_dong, title)  # "…cấp: 25.810.035.989đ" -> "25,8 tỷ đồng"
            head = head or title
            review = (
                why,
                later(
                    N_(
                        "the bars are in {unit}, rounded as a presenter says them; the "
                        "figures file keeps the exact amounts"
                    ),
                    unit=unit,
                ),
            )
        # the kind of a percentage said where it tells the bars apart ('% tăng': growth rates),
        # the bars themselves in plain '%' (63%, never a bare 63 with '% cơ cấu' in the footer)
        said = (
            "%"
            if unit.startswith("%") and unit not in ("% tăng", "% kế hoạch", _FALL, _SIGNED)
            else unit
        )
        shown_unit = "%" if unit.startswith("%") else unit
        shares = [v for v in amounts if isinstance(v, Decimal)]
        if (
            kind == "barh"
            and unit == "% cơ cấu"
            and len(shares) == len(part)
            and abs(sum(shares, Decimal(0)) - 100) <= 1
        ):
            kind = "donut"  # the shares of one whole ('Cơ cấu kinh tế'): parts of a circle
            categories = categories or tuple(k.found.label for k in part)
            head = head or title
        if title == bare and (better := self.measured(part, unit, title, targets)):
            # 'Tổng quan (%)' over the growth of five products: what the bars measure, from
            # the sentence that lists them or the kind of the measure, and the time
            title = better
            if said in ("% tăng", "% kế hoạch", _FALL):
                said = "%"  # 'Tốc độ tăng … (%)': the kind said in the title, once
            common = _common_head([k.found.label for k in part])
            if not categories and common and title.startswith(common):
                # 'Sản lượng 6 tháng đầu năm 2024' over 'Sản lượng cà phê', 'Sản lượng hạt
                # điều': the shared words said once, in the title, each bar its own
                rest = [k.found.label[len(common) :].strip() for k in part]
                categories = tuple(r[:1].upper() + r[1:] for r in rest)
                head = head or title
        chart = ChartDraft(
            type=kind,
            title=_chart_title(title, said, targets),
            figures=tuple(k.key for k in part),
            source=source,
            categories=categories,
            unit=shown_unit if categories else "",
            series=head if categories else "",
            values=values,
        )
        labels = "\n".join(f"- {k.found.label}: {k.found.text}" for k in part)
        # the chart's own title, so that a chart after its bullets is not a second slide of
        # the same title
        return SlideDraft(chart.title, notes=labels, chart=chart, review=review)

    def measured(self, part: list[_Keyed], unit: str, title: str, targets: bool = False) -> str:
        """What the bars of ``part`` measure, when something says it better than the part's
        name ``title``: the subject the sentence listing them opens with ('Các sản phẩm chủ
        lực như lọc hóa dầu tăng 23,01%; sắt thép tăng 30,34%; …' -> 'Tăng trưởng các sản
        phẩm chủ lực'), else, under a part named by no subject ('Tổng quan'), the kind of the
        measure ('Tốc độ tăng', 'Tỷ lệ thực hiện kế hoạch'); with the time the document
        reports on when it names one ('9 tháng năm 2025'). '' when nothing does."""
        keys = [k.key for k in part]
        labels = [k.found.label for k in part]
        if unit == "%" and all(
            re.search(r"(?:^|\s)tăng\s*$", self.clause.get(k, "")) for k in keys
        ):
            unit = "% tăng"  # 'sắt thép tăng 30,34%; giày da tăng 30,02%': growth rates
        elif unit == "%" and all(map(_OVER_PLAN_LABEL.search, labels)):
            # 'Thu ngân sách (so với dự toán)', '… (kế hoạch HĐND huyện giao)': shares of plans
            unit = "% kế hoạch"
        texts = {self.said_in.get(k, "") for k in keys}
        first = part[0].found
        opened = ""
        if len(texts) == 1 and (text := texts.pop()):
            start = max(text.rfind(s, 0, first.span[0]) for s in (". ", "\n")) + 1
            end = part[-1].found.span[1]
            if ". " not in text[first.span[1] : end] and (
                m := _LIST_OPENER.match(text[start : first.span[0]].strip())
            ):
                opened = m.group(1)
        if (
            opened
            and 2 <= len(opened.split()) <= _OPENER_WORDS
            and not _NOT_A_SUBJECT.search(opened)
        ):
            subject = opened[:1].lower() + opened[1:]
            named = {"% tăng": f"Tăng trưởng {subject}", "% kế hoạch": f"Thực hiện {subject}"}
            measure = named.get(unit, opened[:1].upper() + opened[1:])
        elif _GENERIC_PART.fullmatch(title) and unit in _MEASURE_KINDS:
            # (a growth to reach is no change against the same time before)
            measure = "Tốc độ tăng" if targets and unit == "% tăng" else _MEASURE_KINDS[unit]
        elif _GENERIC_PART.fullmatch(title) and (common := _common_head(labels)):
            measure = common  # 'Sản lượng cà phê', 'Sản lượng hạt điều': 'Sản lượng'
        elif _GENERIC_PART.fullmatch(title) and targets and (year := self.targets_year(part)):
            # 'Nhiệm vụ … đặt ra trong năm 2021 là … đạt trên 1.400 tỷ đồng; …': the year's
            # targets, said as the year the sentence sets them for
            return f"Chỉ tiêu năm {year}"
        else:
            return ""
        when = self.reported_span()
        if when and when.casefold() not in measure.casefold():
            measure = f"{measure} {when}"
        bases = {
            " ".join(m.group(1).split()) if m else ""
            for k in part
            for m in [
                _TIME_BASE_SAID.search(_sentence_before(self.said_in.get(k.key, ""), k.found))
            ]
        }
        if unit == _FALL and len(bases) == 1 and (base := bases.pop()):
            # 'So với cùng kỳ năm 2022, giảm 47 vụ (-32,64%), giảm 27 người chết (-36,99%),
            # …', 'So với 3 tháng đầu năm 2018, số vụ TNGT giảm 644 vụ (giảm 13,78%), …': the
            # falls against one time before, the base said once for them all
            measure = f"{measure} so với {base}"
        return measure

    def targets_year(self, part: list[_Keyed]) -> str:
        """The year the sentence stating the first of ``part`` names before it ('… đặt ra trong
        năm 2021 là …'), when it is later than the year reported; else ''."""
        text = self.said_in.get(part[0].key, "")
        at = part[0].found.span[0]
        start = max(text.rfind(s, 0, at) for s in (". ", "\n")) + 1
        years = re.findall(r"(?<!\w)năm\s+((?:19|20)\d\d)(?!\d)", text[start:at])
        if not years or (self.reported is not None and int(years[-1]) <= self.reported):
            return ""
        return years[-1]

    def reported_span(self) -> str:
        """The time the document reports on, as its title or headline names it ('9 tháng năm
        2025' of 'Kinh tế - xã hội 9 tháng năm 2025 của tỉnh …'), or ''."""
        for text in (self.doc.title, self.headline, *self.doc.intro[:2]):
            for m in _SPAN_NAMED.finditer(text or ""):
                # (not the base of a comparison: 'tăng 4,13% so với cùng kỳ năm 2023')
                if not re.search(r"(?:so|với|cùng kỳ|từ)\s*$", text[: m.start()], re.I):
                    span = " ".join(m.group(0).split())
                    return span[:1].lower() + span[1:]  # 'Năm 2024, …': 'năm 2024'
        return ""


# 'Thu ngân sách (so với dự toán Trung ương giao)': a share of the plan its label names
# ('(so với kế hoạch)', '(so dự toán)', and the plan a bracket names alone, '(kế hoạch HĐND
# huyện giao)' beside '(so kế hoạch tỉnh giao)')
_OVER_PLAN_LABEL = re.compile(r"\((?:(?:so với|so)\s+)?(?:kế hoạch|dự toán|mục tiêu)\b[^()]*\)$")


def _common_head(labels: list[str]) -> str:
    """The words every label opens with ('Sản lượng' of 'Sản lượng cà phê', 'Sản lượng hồ
    tiêu'), short of a connective at their end and of any label whole; '' when none."""
    split = [label.split() for label in labels]
    common: list[str] = []
    for words in zip(*split, strict=False):
        if len({w.casefold() for w in words}) > 1:
            break
        common.append(words[0])
    while common and common[-1].casefold() in _CONNECTIVES:
        if " ".join(common[-2:]).casefold() in _ENDS_IN_SO:
            break  # 'Tỷ lệ dân số' of 'Tỷ lệ dân số nam', '… nữ': a word, not 'dân' and 'số'
        common.pop()
    if not common or any(len(words) <= len(common) for words in split):
        return ""
    if common[0].casefold() in ("tăng", "giảm", "đạt"):
        return ""
    said = " ".join(common)
    if (
        len(common) < 2
        or said.casefold() in _VAGUE_HEADS
        or (len(common) == 2 and common[0] == "Số")
    ):
        return ""  # 'Tỷ lệ', 'Giá trị', 'Số hộ': no measure a title names
    return said


# the words a label opens with that name no measure on their own
_VAGUE_HEADS = {"tỷ lệ", "tỷ trọng", "giá trị", "tổng số", "tổng", "thu", "chi", "vốn", "kết quả"}
# a list's opening that is no subject ('Thực hiện có một số kết quả nổi bật như …', 'Với
# phương châm …', 'Các chỉ tiêu chủ yếu đề ra là: …')
_OPENER_WORDS = 6
_NOT_A_SUBJECT = re.compile(
    r"(?:^|\s)(?:có|là|được|đã|đề ra|với|trong đó|thực hiện|kết quả|chỉ tiêu|mục tiêu|nhiệm vụ"
    r"|phương châm|cụ thể|sau|năm)(?:\s|$)",
    re.IGNORECASE,
)


_CONNECTIVES = {"của", "từ", "và", "các", "những", "trong", "cho", "về", "tại", "với", "số"}
# the words of two syllables that end in 'số', no connective there ('dân số', 'chỉ số')
_ENDS_IN_SO = {"dân số", "chỉ số", "hệ số", "thiểu số", "tần số"}
# a part of a deck named by no subject: its charts say what they measure instead
_GENERIC_PART = re.compile(r"Tổng quan|Nội dung chính|Kết quả(?: đạt được)?|Tình hình chung", re.I)
# what a chart of percentages of one kind measures, when nothing names its bars
_MEASURE_KINDS = {
    "% tăng": "Tốc độ tăng so với cùng kỳ",
    "% kế hoạch": "Tỷ lệ thực hiện kế hoạch",
    "% cơ cấu": "Cơ cấu",
    "% giảm": "Mức giảm",  # ``_FALL``: the sizes of falls
}
# a time before, as the base of a change ('So với cùng kỳ năm 2022, giảm …', 'So với 3 tháng
# đầu năm 2018, …')
_TIME_BASE_SAID = re.compile(
    r"(?<!\w)so(?:\s+với)?\s+(cùng kỳ(?:\s+năm\s+(?:19|20)\d\d)?"
    r"|(?:\d{1,2}\s+tháng(?:\s+đầu)?\s+|quý\s+[IV1-4]+\s+)?năm\s+(?:19|20)\d\d)(?!\w)",
    re.IGNORECASE,
)
CHART_TITLE_WORDS = 8
# 'Các sản phẩm chủ lực như lọc hóa dầu tăng', 'Diện tích cây lâu năm tăng khá: cây ăn quả': the
# subject a sentence names before it lists the parts ('như', 'gồm', a colon)
_LIST_OPENER = re.compile(
    r"^(?:(?:Trong đó|Riêng|Về)\s*,?\s*)?([^\W\d][^.;:,()\d]*?)"
    r"(?:\s+(?:tăng|giảm|đạt)(?:\s+(?:khá|mạnh|cao|nhẹ))?)?\s*"
    r"(?:\s(?:như|gồm|gồm có|bao gồm)\s|:\s*)",
)
# a report's time: '9 tháng năm 2025', '6 tháng đầu năm 2023', 'quý II năm 2024', 'năm 2024'
_SPAN_NAMED = re.compile(
    r"(?<!\w)(?:\d{1,2}\s+tháng(?:\s+đầu)?\s+năm\s+\d{4}|quý\s+[IV]{1,3}(?:\s+năm)?\s+\d{4}"
    r"|(?<!\w)năm\s+\d{4})(?!\d)",
    re.IGNORECASE,
)


def _clause_before(text: str, at: int) -> str:
    """The words of ``text``'s clause before position ``at`` (from the last '.', ';', ':', '('
    or the start): '- Chi sự nghiệp giáo dục, đào tạo và dạy nghề ' -> 'Chi sự nghiệp giáo dục,
    đào tạo và dạy nghề'."""
    head = text[:at]
    cut = max(head.rfind(m) for m in (". ", "; ", ": ", "("))
    return head[cut + 1 :].strip(" -+*,")


def _headed_label(label: str, clause: str) -> str:
    """``label`` with the head of the noun phrase it ends, when the clause before the figure is
    that phrase and the label dropped its first words at a comma ('Đào tạo và dạy nghề' of 'Chi
    sự nghiệp giáo dục, đào tạo và dạy nghề' -> the whole phrase); else ``label``."""
    if not label or not clause.casefold().endswith(label.casefold()) or clause == label:
        return label
    lead = clause[: len(clause) - len(label)]
    if not lead.rstrip().endswith(",") or "{" in lead:
        return label  # ('Tổng thu … đạt' + a label of its own words: no phrase cut at a comma)
    if len(clause.split()) > LABEL_WORDS + 2 or re.search(r"\d", clause):
        return label
    return clause[:1].upper() + clause[1:]


MET_BAND = (Decimal(95), Decimal(105))
"""Rates of a plan all within this band (whole %) are no chart: they all say 'met the plan'."""
MET_TITLE = "Kết quả thực hiện so với kế hoạch"
"""The title of the sentence that says so (``_all_met``)."""


def _all_met(ks: list[_Keyed], unit: str) -> SlideDraft | None:
    """A statement for rates of a plan that all lie within ``MET_BAND`` ('đạt 100% kế hoạch',
    'đạt 100,12% kế hoạch', '105,1%'): bars of near one length compare nothing, as bars of one
    length (``_one_value``); one sentence says what they say, '11 chỉ tiêu đạt và vượt kế
    hoạch, từ 100% đến 105,1%', the figures by key, each named in the notes. None for others."""
    if not _met(ks, unit):
        return None
    exact = [k.found.value for k in ks if isinstance(k.found.value, Decimal)]
    at = sorted(range(len(ks)), key=lambda i: exact[i])
    low, high = ks[at[0]], ks[at[-1]]
    n = len(ks)
    if low.found.value == high.found.value:
        said = f"{n} chỉ tiêu đều đạt {{{low.key}}} kế hoạch"
    elif min(exact) >= 100:
        said = f"{n} chỉ tiêu đạt và vượt kế hoạch, từ {{{low.key}}} đến {{{high.key}}}"
    else:
        said = f"{n} chỉ tiêu đạt từ {{{low.key}}} đến {{{high.key}}} kế hoạch"
    notes = "\n".join(f"- {_plain_label(k.found.label)}: {k.found.text}" for k in ks)
    why = later(
        N_(
            "{n} rates of the plan all within {low}-{high}%: one sentence instead of a chart "
            "of bars of near one length; the notes name each"
        ),
        n=n,
        low=MET_BAND[0],
        high=MET_BAND[1],
    )
    return SlideDraft(MET_TITLE, (said,), notes, review=(why,))


def _met(ks: list[_Keyed], unit: str) -> bool:
    """Whether ``ks`` are three or more rates of a plan all within ``MET_BAND``."""
    values = [k.found.value for k in ks]
    exact = [v for v in values if isinstance(v, Decimal)]
    # (in whole percent, as the bars are read: 105,1% of 'giải quyết việc làm' is 105%)
    whole = [v.quantize(Decimal(1)) for v in exact]
    return (
        unit == "% kế hoạch"
        and len(ks) >= 3
        and len(exact) == len(ks)
        and all(MET_BAND[0] <= v <= MET_BAND[1] for v in whole)
    )


_AGAINST_PLAN = re.compile(r"\s*\((?:so với|so)\s+(?:kế hoạch|dự toán|mục tiêu)\)$")
"""What a label says of its base at its end: ' (so với kế hoạch)'."""


def _plain_label(label: str) -> str:
    """A label without its base, when a chart's axis or a sentence says it once."""
    return _AGAINST_PLAN.sub("", label)


# a paragraph that is the next lettered item of a list whose first item is a heading: 'b) Chi
# thường xuyên: Uớc thực hiện …' after 'a) Chi đầu tư phát triển: …' and its '- ' items
_LETTER_ITEM = re.compile(r"^([a-zđ])\)\s+(\S.*)$", re.DOTALL)
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _lettered(node: Heading) -> Heading:
    """``node`` with a lettered item the parser left inside the item before it (its paragraphs
    'b) Chi thường xuyên: …', 'c) Chi trả lãi …: 11,4 tỷ đồng', 'd) …' under 'a) Chi đầu tư
    phát triển: …') made a heading beside it, as 'a)' is: each a title of its own slides, never
    bullets with their letters under another item's title (R19 camau 23, 24)."""
    children: list[Heading] = []
    for child in node.children:
        child = _lettered(child)
        children.append(child)
        if child.kind != "letter" or child.number not in _LETTERS:
            continue
        expected = _LETTERS.index(child.number) + 1
        kept: list[Paragraph] = []
        for p in child.paragraphs:
            m = _LETTER_ITEM.match(p.text) if not p.marker else None
            if m and expected < len(_LETTERS) and m.group(1) == _LETTERS[expected]:
                path = child.path[: -len(child.number)] + m.group(1)
                children.append(Heading("letter", m.group(1), path, m.group(2).strip(), (), ()))
                expected += 1
            elif len(children) > 1 and children[-1] is not child:
                last = children[-1]
                children[-1] = replace(last, paragraphs=(*last.paragraphs, p))
            else:
                kept.append(p)
        at = children.index(child)
        children[at] = replace(child, paragraphs=tuple(kept))
    return replace(node, children=tuple(children)) if node.children else node


def _ceiling_cards(title: str, flat: list[_Keyed]) -> SlideDraft | None:
    """KPI cards for the rates a part sets as ceilings ('tỷ lệ hộ nghèo giảm còn 0,71%') among
    two or more other rates (attainments of 93-98%): on a bar beside those they would be an
    invisible sliver, and a rate to bring down is no bar among rates to raise. One ceiling
    alone stays in the bullets."""
    rates = [
        k
        for k in flat
        if k.found.unit == "%"
        and isinstance(k.found.value, Decimal)
        and not any(_unsure(r) for r in k.found.review)
    ]
    ceilings = [k for k in rates if _measure(k.found, before=k.before) == _CEILING]
    if len(ceilings) < 2 or len(rates) - len(ceilings) < 2:
        return None  # one card alone is a thin slide, and costs a divider under --slides
    picked = ceilings[:KPI_MAX]
    why = later(
        N_(
            "KPI cards proposed: {n} rate(s) the text sets as a ceiling ('còn', 'dưới'), "
            "apart from the rates to raise; check the period of each"
        ),
        n=len(picked),
    )
    notes = "\n".join(f"- {k.found.label}: {k.found.text}" for k in picked)
    base = _without_figures(CONTINUED.sub("", title))
    return SlideDraft(
        f"{base}: {CEILING_TITLE}", notes=notes, review=(why,), kpis=tuple(k.key for k in picked)
    )


CEILING_TITLE = "chỉ tiêu kéo giảm"
"""After a part's title, on the KPI cards of the rates it sets as ceilings."""

_PARTS = ("roman", "part", "chapter")
"""Kinds of heading that are parts of an article big enough to be sections of their own."""

_TARGETS = " (mục tiêu)"


def _chart_title(title: str, said: str, targets: bool) -> str:
    """'X (tỷ đồng)', 'X (%, mục tiêu)': what the bars measure after the heading, only what the
    heading does not say already ('… tỷ đồng/5.937,440 tỷ đồng' takes no '(tỷ đồng)' after
    it, 'Các mục tiêu đến năm 2030' no ', mục tiêu')."""
    low = title.casefold()
    parts = [said] if said.casefold() not in low else []
    if targets and not re.search(r"(?<!\w)(?:mục tiêu|chỉ tiêu)(?!\w)", low):
        parts.append("mục tiêu")
    return f"{title} ({', '.join(parts)})" if parts else title


_COLUMN_TAG = "\u2063"  # in a measure of ``_comparable``: the table column after it
_FRAME_TAG = "\u2064"  # in a measure of ``_comparable``: the list and the time after it
# a part of the year a sentence says before its figure ('Trong quý I năm 2019, … 3.802,8 tỷ
# đồng'; '6 tháng đầu năm', 'tháng 3/2025'): the figure is not the year's
_PART_OF_YEAR_SAID = re.compile(
    r"(?<!\w)(?:quý\s+(?:[IV]{1,3}|[1-4])\b|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?"
    r"|tháng\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def _sentence_before(text: str, found: Found) -> str:
    """The words of the sentence of ``found`` before it."""
    start = max(text.rfind(m, 0, found.span[0]) for m in (". ", "\n"))
    return text[start + 1 : found.span[0]]


def _when(text: str, found: Found) -> str:
    """The time a figure is of and whether it is foreseen: its period, a part of the year its
    sentence names before it ('quý I' of 'Trong quý I năm 2019, tổng mức bán lẻ … ước đạt
    3.802,8 tỷ đồng'), and 'dự kiến' when the sentence foresees it before it ('03 doanh nghiệp
    … dự kiến đến hết 2025 số trạm 5G đạt 68.457 trạm (57,5% số trạm 4G), phủ sóng 90% dân số':
    a forecast, never a bar beside what is done)."""
    start = max(text.rfind(m, 0, found.span[0]) for m in (". ", "; ", "\n"))
    before = text[start + 1 : found.span[0]]
    part = _part_said(text, found)
    foreseen = "dự kiến" if _FORESEEN.search(before) else ""
    period = found.period
    if period and _only_a_base(text, found, period):
        # '…, tăng 8,53% so với năm 2023; ngành công nghiệp-xây dựng 3.671,79 tỷ đồng': the year
        # its sentence names only as what a change is measured against is not the time of the
        # amount (the plan's year, 2024, like the parts before it)
        period = ""
    return " ".join(w for w in (part, period, foreseen) if w)


# a heading's numbering ('a)', '1.2.', 'II.', '-'), left out of the scope it names
_NUMBERING_MARK = re.compile(
    r"^\s*(?:[-–+•]\s*|\(?[a-zđ0-9]{1,2}[.)]\s*|[\dIVX]+(?:\.[\dIVX]+)*\.?\s+)"
)
SCOPE_WORDS = 6
# a year a sentence says ('đến năm 2021', 'Năm 2023,', 'hết năm 2022'), and what makes it the
# base of a change rather than a time of its own ('so với năm 2022', 'so cùng kỳ năm 2022')
_YEAR_SAID = re.compile(r"(?<!\w)năm\s+((?:19|20)\d\d)(?![\d/.-])", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"(?<!\w)(?:so|với|cùng kỳ|hơn|từ)\s*$", re.IGNORECASE)
# where a time goes in a label: before the change or the base it closes on ('… năm 2018 tăng',
# '… năm 2018 (so với kế hoạch)')
_LABEL_TAIL = re.compile(
    r"(?:(?<!\sgia)\s+(?:tăng|giảm|vượt)(?=\s+so\s|\s+so với\s|\s*\(|$))?"
    r"(?:\s+so(?:\s+với)?\s+[^()]*)?(?:\s*\([^()]*\))?$",
    re.IGNORECASE,
)


_YEARS = re.compile(r"(?:19|20)\d\d")
_BASE_OF_CHANGE = re.compile(
    r"(?<!\w)(?:so với|so|hơn|từ)\s+(?:cùng kỳ\s+|bình quân\s+)?(?:(?:tháng|quý)\s+\S+\s+)?"
    r"(?:năm\s+)?"
    r"(?:19|20)\d\d",
    re.IGNORECASE,
)


def _said_as_time(text: str, found: Found, year: str) -> bool:
    """Whether the sentence of ``found`` says ``year`` as a time of the figure: before it, and
    not as the base or the start of a change ('so với năm 2022', 'từ năm 2014'), or after it in
    its own clause, before any other number ('đạt 16,5%/năm giai đoạn 2011 - 2015')."""
    start = max(text.rfind(m, 0, found.span[0]) for m in (". ", "\n"))
    for m in re.finditer(rf"(?<!\d){year}(?!\d)", text[start + 1 : found.span[0]]):
        at = start + 1 + m.start()
        if not _BASE_BEFORE.search(re.sub(r"\s*năm\s*$", "", text[max(0, at - 30) : at])):
            return True
    return re.search(rf"(?<!\d){year}(?!\d)", _own_clause_after(text, found)) is not None


def _own_clause_after(text: str, found: Found) -> str:
    """What the clause of ``found`` says after it, up to its end, a 'và' or the next
    percentage, without the base of a change ('so với tháng 12 năm 2019', 'từ năm 2014')."""
    after = re.split(r"[;.,\n]|\svà\s|\d+(?:[.,]\d+)*\s*%", text[found.span[1] :])[0]
    return _BASE_OF_CHANGE.sub("", after)


def _scope_of(heading: str) -> str:
    """A heading as the scope that tells a figure under it from one under another, in brackets
    ('a) Vốn ngân sách tập trung:' -> '(Vốn ngân sách tập trung)'): its numbering, what follows
    its colon and its figures left out, its head phrase (``head_phrase``) of a few words; ''
    for a heading that is a sentence or says nothing of its own."""
    head = _NUMBERING_MARK.sub("", heading).split(":")[0].strip(" .;,-–")
    if not head or re.search(r"\d", head) or _words(head) > SCOPE_WORDS:
        return ""
    return f"({head_phrase(head[:1].upper() + head[1:], SCOPE_WORDS)})"


def _with_mark(label: str, mark: str) -> str:
    """``label`` with ``mark`` (a time, a scope) said before the change or the base it closes
    on."""
    tail = _LABEL_TAIL.search(label)
    at = tail.start() if tail and tail.start() > 0 else len(label)
    return f"{label[:at]} {mark}{label[at:]}"


def _part_said(text: str, found: Found) -> str:
    """The part of the year the clause of ``found`` names before it ('tháng 9' of '(đến tháng
    9/2024, toàn tỉnh có 320/411 xã …'), or ''."""
    start = max(text.rfind(m, 0, found.span[0]) for m in (". ", "; ", "\n"))
    said = _PART_OF_YEAR_SAID.findall(text[start + 1 : found.span[0]])
    return " ".join(said[-1].lower().split()) if said else ""


def _only_a_base(text: str, found: Found, period: str) -> bool:
    """Whether the sentence of ``found`` names ``period`` (a year) only as the base of a
    comparison ('so với năm 2023', 'so cùng kỳ năm 2023'), never as a time of its own."""
    if not re.fullmatch(r"(?:19|20)\d\d", period):
        return False
    start = max(text.rfind(m, 0, found.span[0]) for m in (". ", "\n"))
    end = min((i for m in (". ", "\n") if (i := text.find(m, found.span[1])) >= 0), default=None)
    sentence = text[start + 1 : end]
    said = [m.start() for m in re.finditer(rf"(?<!\d){period}(?!\d)", sentence)]
    bases = {m.end() - len(period) for m in _BASE_YEAR.finditer(sentence)}
    return bool(said) and all(at in bases for at in said)


_BASE_YEAR = re.compile(
    r"(?<!\w)so(?:\s+với)?\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?:19|20)\d\d(?!\d)", re.IGNORECASE
)


_EARLIER = re.compile(r"(?<!\w)(?:kỳ trước|cùng kỳ năm trước|năm trước)\)?$", re.IGNORECASE)
# (not 'mục tiêu': 'vốn trung ương hỗ trợ có mục tiêu' is money given, not foreseen; a target
# the text sets is ``Found.plan_kind``, kept apart by ``_comparable``)
_FORESEEN = re.compile(r"(?<!\w)(?:dự kiến|dự báo|phấn đấu)(?!\w)", re.IGNORECASE)


def _enumeration(
    node: Heading,
    paragraph: Paragraph,
    at: int | None = None,
    starts: list[int] | None = None,
) -> str:
    """Which one list or sentence of ``node`` a figure of ``paragraph`` is stated in: a run of
    list items ('- …', '+ …', '(3) …') or of table rows is one enumeration, a paragraph of text
    another of its own. ``at``, the paragraph's place, and ``starts``, the node's
    ``run_starts``, when the caller knows them (found once per node: a look back from each item
    of a list of thousands made it square)."""
    at = _place(node, paragraph, at)
    if at is None:
        return f"{node.path}\u2063{paragraph.text}"
    first = (starts if starts is not None else run_starts(node))[at]
    return f"{node.path}\u2063{node.title}\u2063{first}"


def _item_kind(p: Paragraph) -> str:
    # ('a) Thu nội địa: …', 'b) Thu xuất nhập khẩu: …' as paragraphs: items of one list)
    item = p.marker or _LETTERED_ITEM.match(p.text)
    return "row" if TABLE_ROW.match(p.text) else "item" if item else ""


def run_starts(node: Heading) -> list[int]:
    """For each paragraph of ``node``, where its enumeration begins: the first of its run of
    list items or of table rows, itself for a paragraph of text."""
    starts: list[int] = []
    last = ""
    for i, p in enumerate(node.paragraphs):
        kind = _item_kind(p)
        starts.append(starts[-1] if kind and kind == last else i)
        last = kind
    return starts


def _place(node: Heading, paragraph: Paragraph, at: int | None) -> int | None:
    """``paragraph``'s place among ``node``'s paragraphs: ``at`` when the caller's is right,
    else looked for (None when it is not there)."""
    paragraphs = node.paragraphs
    if at is not None and 0 <= at < len(paragraphs) and paragraphs[at] is paragraph:
        return at
    return next((i for i, p in enumerate(paragraphs) if p is paragraph), None)


def _from(result: list[_Keyed], starts: list[int], at: int, ordered: bool) -> list[_Keyed]:
    """The figures of ``result`` that begin at ``at`` or after, in their order: found by
    bisection when they are in the order of the text (``starts``, where each begins), not by a
    look at every figure before each (a paragraph of hundreds of figures made that square)."""
    if ordered:
        return result[bisect.bisect_left(starts, at) :]
    return [k for k in result if k.found.span[0] >= at]


_LETTERED_ITEM = re.compile(r"^(?:[a-zđ]\)|[-+•*])\s")


@functools.lru_cache(maxsize=4096)
def _plain(label: str) -> str:
    """A label as two bars are told apart: case, spacing and the place of a tone mark aside
    ('hoá' is 'hóa')."""
    text = unicodedata.normalize("NFD", label.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


_PART_OF_YEAR = re.compile(r"(?<!\w)(?:tháng|quý)(?!\w)", re.IGNORECASE)
"""How ``_comparable`` names a group of figures the text states as targets: after the unit."""


def _without_figures(title: str) -> str:
    """A part's title without the amount its heading states: 'Thu nội địa: 1.256,000 tỷ đồng'
    -> 'Thu nội địa', 'Tổng chi … năm 2006 là 1.617,352 tỷ đồng' -> 'Tổng chi … năm 2006' (the
    chart shows the parts; its title names them)."""
    found = find_figures(title)
    if not found or title[found[-1].span[1] :].strip(" :;,.)"):
        return title  # 'Qui hoạch thành 5 vùng phát triển cao su': the number is no amount
    head = title[: found[0].span[0]].rstrip(" :;,")
    head = re.sub(r"(?:\s+(?:là|đạt|khoảng|với|gồm))+$", "", head)
    if head.count("(") > head.count(")"):  # 'Mục tiêu chung (6 mục tiêu)': the bracket with it
        head = head[: head.rfind("(")].rstrip(" :;,")
    return head.rstrip(" :;,") if len(head) >= 3 else title


_BIG_DONG = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3}){2,})\s*(?:đồng|đ)(?!\w)")
"""An amount of đồng written to the đồng in a heading: '25.810.035.989đ'."""


def _said_dong(m: re.Match[str]) -> str:
    value, unit = presenter_value(Decimal(m.group(1).replace(".", "")), "đồng")
    return scale.said(value, unit)


_OPENING_FRAME = re.compile(
    r"(?:Trong\s+|Tính đến\s+|Lũy kế\s+)?"
    r"(?P<frame>(?:quý\s+[IV]+(?:/\d{4})?|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+\d{4})?"
    r"|tháng\s+\d{1,2}(?:/\d{4})?))\s*,\s",
    re.IGNORECASE,
)
"""A time frame a sentence opens with: 'Quý I/2023, …', 'Trong 6 tháng đầu năm, …'."""


_BORROWED = "label of the figure before it"
_LENT = {_BORROWED, "label borrowed from the figure before it"}
# a signed rate's bracket opening right after the change it restates, the rest of what the
# change counts between (' (-', ' chết (-', ' bị thương (+')
_SIGNED_RATE = re.compile(r"(?:\s+[^\W\d]+){0,3}\s*\(\s*[-+−–]\s*")
# what stands between an amount and the same amount said again ('…, khoảng', ' (tương đương')
_RESTATED = re.compile(
    r"\s*(?:,|\(|;)?\s*(?:khoảng|tương đương|tương ứng|xấp xỉ|gần|hơn|trên)?\s*(?:với\s*)?",
    re.IGNORECASE,
)


# what says that a percent right after an amount is that amount's growth ('…, tốc độ tăng bình
# quân', '…, tăng bình quân hàng năm trong giai đoạn này đạt')
_GROWTH_SAID = re.compile(
    r"[\s,;]*(?:với\s+)?(?:tốc độ\s+)?tăng(?:\s+trưởng)?(?:\s+bình quân)?"
    r"(?:\s+(?:hàng|mỗi)\s+năm)?(?:\s+(?:trong\s+)?giai đoạn này)?"
    r"\s*(?:đạt|là|khoảng|từ|trên|dưới)?\s*",
    re.IGNORECASE,
)


def growth_of(found: Found, before: Found | None, text: str) -> str:
    """The label of a percent said right after an amount as its growth ('… đạt 48,3 triệu USD,
    tốc độ tăng bình quân 05 - 06%/năm'): 'Tăng trưởng' and what the amount measures, where
    the rules named the percent as the amount ('Giá trị sản phẩm …') or by the growth words
    alone ('Tăng bình quân hàng năm trong giai đoạn này'); ``found.label`` otherwise."""
    if (
        before is None
        or not (found.unit or "").startswith("%")
        or (before.unit or "%").startswith("%")
        or not _GROWTH_SAID.fullmatch(text[before.span[1] : found.span[0]])
        or not (found.label == before.label or _GROWTH_SAID.fullmatch(found.label))
        or weak(before.label, before.unit)
    ):
        return found.label
    measure = before.label[:1].lower() + before.label[1:]
    named = f"Tăng trưởng {measure}"
    if _words(named) > LABEL_WORDS:
        shorter = fit(fit(measure, LABEL_WORDS - 2, cut=False), LABEL_WORDS - 2, cut=False)
        named = f"Tăng trưởng {shorter[:1].lower()}{shorter[1:]}"
    return named if _words(named) <= LABEL_WORDS else found.label


def _money(unit: str | None) -> bool:
    return bool(re.search(r"(?:đồng|USD|đô la)$", unit or ""))


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


@functools.lru_cache(maxsize=16)
def _said(text: str) -> str:
    """A paragraph as ``keyed`` looks for a span of years in it: spaced once, dashes tight,
    lower-cased (read once a paragraph, not once a figure of it)."""
    return re.sub(r"\s*[-–]\s*", "-", " ".join(text.split())).lower()


_STOP = re.compile(r"[.!?;]\s+")


@functools.lru_cache(maxsize=16)
def _stops(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the stops of a paragraph (``_STOP``) begin and end, read once a paragraph."""
    found = [(m.start(), m.end()) for m in _STOP.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def _opening_frame(text: str, at: int) -> str:
    """The time frame the sentence holding ``at`` opens with, lower-cased: 'quý I/2023'."""
    # the last stop before ``at`` in ``text[:at]``: a stop of the whole text that has a space
    # before ``at`` (its spaces cut at ``at``)
    starts, ends = _stops(text)
    last = bisect.bisect_left(starts, at - 1) - 1
    start = min(ends[last], at) if last >= 0 else 0
    m = _OPENING_FRAME.match(text, start)
    if m is None or m.end() > at:
        return ""
    frame = re.sub(r"\s+", " ", m.group("frame"))
    return frame[:1].lower() + frame[1:]


def _shared_head(labels: list[str]) -> tuple[str, tuple[str, ...]]:
    """The run-in head every label opens with ('Sản xuất vụ Hè thu: …'), and the labels without
    it (capitalised); ('', ()) when they do not all share one or one would be left empty."""
    heads = {label.split(": ", 1)[0] for label in labels if ": " in label}
    if len(labels) < 2 or len(heads) != 1 or not all(": " in label for label in labels):
        return "", ()
    (head,) = heads
    rest = [label.split(": ", 1)[1].strip() for label in labels]
    if not all(rest) or len(set(rest)) != len(rest):
        return "", ()
    return head, tuple(r[:1].upper() + r[1:] for r in rest)


def _texts(slide: SlideDraft) -> tuple[str, ...]:
    """A slide's bullets, and its table's cells."""
    cells = tuple(c for row in slide.table.rows for c in row) if slide.table else ()
    return slide.bullets + cells


def _keys(section: SectionDraft) -> list[str]:
    """Figure keys named in a section's bullets, in order."""
    found = (re.findall(r"(?<!\{)\{(\w+)\}", b) for sl in section.slides for b in _texts(sl))
    return list(dict.fromkeys(k for ks in found for k in ks))


def _unsure(remark: str) -> bool:
    """A remark that keeps a figure off a chart or a KPI card: a bound ('trên 8%'; 'khoảng',
    an approximate value, is not one), a label borrowed or missing."""
    remark = str(remark)
    bound = "bound" in remark and "'khoảng " not in remark
    return bound or "borrowed" in remark or "no label" in remark


def _comparable(
    flat: list[_Keyed],
    loose: bool = False,
    targets_apart: bool = True,
    framed: bool = True,
    signed: bool = False,
) -> dict[str, list[_Keyed]]:
    """Exact figures grouped by what they measure, one per label: the bars of a chart.

    Percentages split by kind (attainment of a plan, share, rate, change): a growth rate and a
    share of GRDP are both in % but are not bars of one chart. ``loose`` (a document's only
    chart) also takes ranges (charted at their upper end: a resolution's targets '6,5-7%') and
    results written with a bound ('trên 28 km', 'gần 69 tỷ đồng': approximate values) and
    targets set as a floor ('ít nhất 80%', 'tối thiểu 82%': the target is that value; a
    ceiling's bound, 'dưới 4%', stays off). A figure the text states as a target ('37% trở
    lên' among the targets a congress set, a plan written in its own bracket) is no bar beside
    the results (unless ``targets_apart`` is off). ``framed``: the bars of one group are of one
    enumeration (one sentence or list, ``_Keyed.enumeration``) and one time (``_Keyed.when``;
    loose, a time said once for an enumeration is the time of all its figures, ``_said_once``),
    and no two read one label (accents aside): 'Bán lẻ hàng hoá …' of 2018 and 'Bán lẻ hàng
    hóa …' of quý I/2019 are two frames, never two bars of one chart. A percentage the text says
    as a fall ('bia (giảm 6,12%)', ``_a_fall``) is of its own measure (``_FALL``), never a bar
    as long as a rise beside the rises; ``signed`` (the chart draws it below zero) keeps it with
    them.
    """
    groups: dict[str, list[_Keyed]] = {}
    taken: dict[str, set[str]] = {}
    when = _said_once(flat) if loose else {}
    for k in flat:
        f = k.found
        # a range is a target's ('6,5-7%' a resolution sets); a range among results is a plan
        # in brackets ('đạt 3,6% (Chính phủ giao 2,5 - 2,8%)'), no bar of its own
        ranged = loose and isinstance(f.value, tuple) and bool(f.plan_kind)
        if not ((isinstance(f.value, Decimal) or ranged) and f.unit) or f.unit == "hạng":
            continue
        # loose: a change named by the subject of the figure before it ('sản lượng lương thực
        # có hạt đạt 285.920 tấn, …, tăng 1,04%': 'Sản lượng lương thực tăng') is a growth
        # rate beside the others, its borrowed label the clause's own subject
        # ('Nông-lâm nghiệp, thủy sản tăng so với năm 2023': the change said with its base)
        change = loose and f.unit == "%" and _says_change(f.label, named=True)
        # loose: a multiple said right after a result ('53 triệu đồng, gấp 28 lần') is named by
        # that result's subject, borrowed as a change's is
        multiple = loose and f.unit == "lần"
        # loose: a share in a bracket right after a count ('dân số nam là 4.381.242 người
        # (chiếm 48,7%)') is of that count's subject, borrowed as a change's is
        share = loose and f.unit == "%" and bool(_SHARE_IN_BRACKET.search(k.before))
        if any(
            _unsure(r)
            and not (loose and f.plan_kind in (None, "floor") and "bound" in str(r))
            and not ((change or multiple or share) and "borrowed" in str(r))
            for r in f.review
        ):
            continue
        if k.opens:
            # 'giảm từ mức 40,1% trong quí I-2017 xuống còn 38%': the level before the change,
            # of another time than the bars (its end, '38%', may be one)
            continue
        if f.unit not in ("%", "%/năm", "lần") and _says_change(f.label):
            # "giảm 1,6% (-673 ha)", "tăng 25 xã so năm 2013" (labelled 'Số xã so năm'): a
            # change, not a bar beside the levels (a multiple, 'tăng hơn 30 lần', is a level of
            # its base: beside the other multiples)
            continue
        # a target stated as such ('18 chỉ tiêu … 37% trở lên') is no bar beside the results
        target = _TARGETS if targets_apart and f.plan_kind and f.plan is None else ""
        measure = _measure(f, loose, k.before)
        if measure == _CEILING or (loose and f.plan_kind == "ceiling" and f.plan is None):
            # ('Nợ công … không quá 5%' beside targets to reach: a ceiling is no bar of theirs)
            continue  # 'giảm còn 0,71%' among rates of 93-98%: a card of its own, no bar
        if _a_fall(k) and not (signed and measure == "% tăng"):
            # 'bia (giảm 6,12%)' among 'sắt thép tăng 30,34%; …': the size of a fall, drawn
            # beside the rises, is a bar that says the beer grew; the falls are bars of their
            # own measure ('% giảm', a chart of falls alone), the rises' chart leaves them to
            # the bullets. An amount ('Giảm dự toán vốn … 14.033,795 tỷ đồng' beside 'Tăng dự
            # toán …', 'Bổ sung …') is no bar at all, as a change of a level is not (above).
            if not measure.startswith("%"):
                continue
            measure = _FALL
        # a figure of part of the year ('6 tháng đầu năm 2025') is no bar beside the year's
        # (loose, the document's only chart: its figures as they come)
        part = f.period if not loose and _PART_OF_YEAR.search(f.period) else ""
        column = f"{_COLUMN_TAG}{k.column}{part}" if k.column or part else ""
        # 'Đoạn qua Hà Giang (kỳ trước)' 51% beside its 59% now: the time the label says
        earlier = "kỳ trước" if _EARLIER.search(f.label) else ""
        time = when.get(k.key, k.when)
        if target:
            # a target is foreseen by what it is ('phấn đấu đến năm 2030 … ít nhất 80%'): no
            # frame of its own beside the targets of its list said without 'phấn đấu'
            time = " ".join(w for w in time.split() if w not in ("dự", "kiến"))
        frame = f"{_FRAME_TAG}{k.enumeration}{_FRAME_TAG}{time}{earlier}" if framed else ""
        group = measure + column + frame + target
        same = groups.setdefault(group, [])
        # one bar per label: the labels already taken kept aside, not compared one by one
        # (hundreds of like figures in one paragraph made this quadratic)
        plain = _plain(f.label)
        if plain not in taken.setdefault(group, set()):
            taken[group].add(plain)
            same.append(k)
    return {m: _one_scale(ks) if m.startswith("%") else ks for m, ks in groups.items()}


# the bracket a share opens right after the count it is of: '… 4.381.242 người (chiếm 48,7%)'
_SHARE_IN_BRACKET = re.compile(r"\d\s*[^\W\d]*(?:\s+[^\W\d]+)?\s*\(\s*chiếm\s*$", re.IGNORECASE)


def _items(flat: list[_Keyed], item: dict[str, tuple[str, str, bool]]) -> list[_Keyed]:
    """The figures stated first under headings of one list (in a heading's first paragraph),
    each heading's one figure of its measure made an item of the list (``_Keyed.enumeration``:
    the parent's list of headings); a heading that states two of one measure anywhere under it
    ('… 1.613,36 ha …', then '… 2.026,23 ha') says which is its bar no more than the text
    does: none of its figures is an item ('2.710 nhân khẩu' is the part it takes too)."""
    listed = [k for k in flat if k.key in item]
    count: dict[tuple[str, str], int] = {}
    for k in listed:
        at = (item[k.key][1], _measure(k.found, loose=True, before=k.before))
        count[at] = count.get(at, 0) + 1
    unsure = {node for (node, _measure_of), n in count.items() if n > 1}
    items = [
        replace(k, enumeration=item[k.key][0])
        for k in listed
        if item[k.key][2] and item[k.key][1] not in unsure
    ]
    # (an item's figure named by the words every other item's name starts with, 'Diện tích
    # tự nhiên' beside 'Diện tích tự nhiên phường Phả Lại', …: no item of its own, it says not
    # which; Bến Tắm's '1.613,36 ha' is the part it takes from Bắc An)
    return [
        k
        for k in items
        if not (
            (others := [o for o in items if o.enumeration == k.enumeration and o is not k])
            and len(others) >= 2
            and all(
                _plain(o.found.label).startswith(_plain(k.found.label) + " ")
                for o in others
                if o.found.unit == k.found.unit
            )
            and any(o.found.unit == k.found.unit for o in others)
        )
    ]


# the verb of a change that ends a label, with what follows it ('… tăng', '… giảm so với năm
# 2023', '… tăng so với kế hoạch'): its base, if any
_CHANGE_VERB = re.compile(r"\s(?:tăng|giảm)(?=(?:\s+(?P<base>so\b.*))?$)")
_TIME_BASE = r"so(?:\s+với)?\s+(?:năm|cùng kỳ|tháng)[\w\s/]*"
# a base of time said anywhere in a label ('Số xã so năm 2013', of 'tăng 25 xã so năm 2013')
_BASE_SAID = re.compile(r"\sso\s+(?:với\s+)?(?:năm|cùng kỳ)\b")


_FALL = "% giảm"
"""The measure of ``_comparable`` of percentages the text says as falls ('giảm 6,12%')."""
_SIGNED = "% tăng, giảm"
"""The unit of a chart of changes whose falls are drawn below zero."""
# the verb of a change ending a label, with its base or its 'bình quân mỗi năm' ('Doanh thu
# giảm', 'Tỷ lệ hộ nghèo giảm bình quân mỗi năm'): a signed bar says it by its side of zero
_CHANGE_SAID = re.compile(
    r"\s+(?:tăng|giảm)(?:\s+bình quân)?(?:\s+(?:mỗi|hằng|hàng)\s+năm)?(?:\s+so\b.*)?$"
)
# the words of a fall right before its size: 'bia (giảm 6,12%)', 'khu vực I giảm 1,62%', 'tương
# ứng mức giảm 14%', 'tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1%', 'giảm so với cùng kỳ 5%',
# 'thấp hơn 2%', 'tăng trưởng âm 1,5%' (not the level a fall ends at, 'giảm còn 0,71%', 'giảm
# xuống 17%', nor the one it starts from, 'giảm từ 40,1%')
_FALL_BEFORE = re.compile(
    r"(?:(?<!\w)giảm|(?<!\w)thấp hơn|(?<!\w)âm)"
    r"(?:\s+(?:bình quân|mỗi năm|hằng năm|hàng năm|khoảng|hơn|gần|trên|tới|đến|mạnh|nhẹ|sâu"
    r"|so(?:\s+với)?\s+[^,;.:()\d]{1,30}?))*\s*:?\s*\(?\s*$"
    # ('giảm 47 vụ (-32,64%)': a rate whose bracket signs it a fall)
    r"|\(\s*[-−–]\s*$",
    re.IGNORECASE,
)
# a label that opens on the fall it measures ('Giảm dự toán vốn trái phiếu Chính phủ'; not the
# name of the programme, 'Giảm nghèo bền vững')
_FALL_LABEL = re.compile(r"giảm\s(?!nghèo)", re.IGNORECASE)


def _a_fall(k: _Keyed) -> bool:
    """Whether the text says ``k`` as the size of a fall ('giảm 6,12%'), a positive value a bar
    would draw as long as a rise's (a value written negative, '-673 ha', is drawn as one)."""
    value = k.found.value
    top = value[-1] if isinstance(value, tuple) else value
    if not isinstance(top, Decimal) or top <= 0:
        return False
    return bool(_FALL_BEFORE.search(k.before) or _FALL_LABEL.match(k.found.label))


def _says_change(label: str, named: bool = False) -> bool:
    """Whether ``label`` says a change: the verb of a change at its end, with any base after it
    ('… tăng', '… giảm so với năm 2023'), or a base of time anywhere ('Số xã so năm', of 'tăng 25
    xã so năm 2013'). ``named``: a change named by its subject, the verb at the end alone or
    with a base of time ('Sản lượng tăng', 'Nông-lâm nghiệp tăng so với năm 2023'; not '… tăng
    so với kế hoạch', not 'Số xã so năm')."""
    for m in _CHANGE_VERB.finditer(label):
        base = m.group("base")
        if not named or base is None or re.fullmatch(_TIME_BASE, base):
            return True
    return not named and bool(_BASE_SAID.search(label))


def _said_once(flat: list[_Keyed]) -> dict[str, str]:
    """For a document's only chart: the time of each figure whose sentence says none before it,
    taken from the others of its enumeration when they say one time ('Dự ước chỉ số sản xuất
    công nghiệp tháng 10/2022 tăng 1,34% …, trong đó ngành khai khoáng tăng 1,75%; Công
    nghiệp chế biến, chế tạo tăng 1,36%': the month said once, for the whole list); a figure
    whose enumeration says two times takes the one its sentence said last before it
    (``_Keyed.carried``), else keeps its own."""
    times: dict[str, set[str]] = {}
    for k in flat:
        if k.when:
            times.setdefault(k.enumeration, set()).add(k.when)
    out: dict[str, str] = {}
    for k in flat:
        said = times.get(k.enumeration, set())
        if not k.when and len(said) == 1:
            out[k.key] = next(iter(said))
        elif not k.when and k.carried:
            out[k.key] = k.carried  # two times said: the one its sentence said before it
    return out


SCALE = 50
PAIR_SCALE = 10
"""Two bars against their plans, one more than this many times the other: no chart (the small
one a sliver beside it; split into two panels, each a bar alone)."""
"""Percentages more than this many times smaller than a chart's largest are left off its bars
(an invisible sliver on its axis): they stay in the bullets."""


def _column_period(k: _Keyed) -> tuple[int, int]:
    """The period of a table's column the figure is in, as its head says it ('2019', 'Sơ bộ
    2023', 'Tháng 7'), as (its year, its month) to order columns by; (0, 0) for a figure of the
    text or a column of no period."""
    when = k.when.strip() if k.column else ""
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", when)
    month = re.match(r"tháng\s+(\d{1,2})(?!\d)", when, re.IGNORECASE)
    return (int(year.group(0)) if year else 0, int(month.group(1)) if month else 0)


def _without_column(measure: str) -> str:
    """A measure of ``_comparable`` without the table column it is of: 'tỷ đồng (mục tiêu)'."""
    head = re.split(f"[{_COLUMN_TAG}{_FRAME_TAG}]", measure)[0]
    return head if head == measure else head + (_TARGETS if measure.endswith(_TARGETS) else "")


def _one_value(ks: list[_Keyed]) -> bool:
    """Whether the figures all read one value ('100%' of each revenue to one budget level): bars
    of one length compare nothing, no chart of them."""
    return len({k.found.value for k in ks}) == 1


def _one_scale(ks: list[_Keyed]) -> list[_Keyed]:
    values = [k.found.value for k in ks if isinstance(k.found.value, Decimal)]
    top = max(values, default=Decimal(0))
    return [k for k in ks if not isinstance(k.found.value, Decimal) or k.found.value * SCALE >= top]


def _result_target_pairs(flat: list[_Keyed]) -> list[tuple[_Keyed, _Keyed]]:
    """Each indicator the text states both as a result and as a target, in one measure: the
    result and its target ('Tỷ lệ che phủ rừng' 46% done, 'Ổn định tỷ lệ che phủ rừng' 46% to
    keep), of the measure with most such pairs."""
    groups = _comparable(flat, loose=True, framed=False)  # two series: a result, its target
    best: list[tuple[_Keyed, _Keyed]] = []
    for measure, results in groups.items():
        if measure.endswith(_TARGETS):
            continue
        targets = list(groups.get(measure + _TARGETS, []))
        pairs = []
        for r in results:
            words = _content_words(r.found.label)
            t = next(
                (t for t in targets if _same_indicator(words, _content_words(t.found.label))),
                None,
            )
            if t is not None and not isinstance(r.found.value, tuple):
                targets.remove(t)
                pairs.append((r, t))
        if len(pairs) > len(best):
            best = pairs
    return best


def _paired_slide(title: str, pairs: list[tuple[_Keyed, _Keyed]], source: str) -> SlideDraft:
    """A grouped bar chart: the results and the targets, one category an indicator."""
    # a year names a series when every figure of it has that year
    done_in = {r.found.period for r, _ in pairs}
    aim_in = {t.found.period for _, t in pairs}
    done = f"Năm {next(iter(done_in))}" if len(done_in) == 1 and "" not in done_in else "Kết quả"
    aim = f"Mục tiêu {next(iter(aim_in))}" if len(aim_in) == 1 and "" not in aim_in else "Mục tiêu"
    why = later(
        N_(
            "chart proposed: {n} indicators the text gives both as a result and as a target, "
            "the two side by side; check that each pair measures one thing"
        ),
        n=len(pairs),
    )
    labels = tuple(r.found.label for r, _ in pairs)
    return _side_by_side(title, "kết quả và mục tiêu", pairs, labels, (done, aim), why, source)


def _horizon_pairs(flat: list[_Keyed]) -> list[tuple[_Keyed, _Keyed]]:
    """Each indicator a plan sets a target for at two horizons, in one measure: the earlier
    target and the next one of that indicator, in another sentence or of another time ('khoảng
    6,3 triệu việc làm' in 2025, 'khoảng 10,5 triệu việc làm' in 2030), of the measure with most
    such pairs; two pairs at least (a chart of one indicator compares nothing but its years).
    A target stated again with its value (a headline's, a caption's) pairs with nothing, nor does
    a range (no one bar of its own)."""
    groups = _comparable(flat, loose=True, framed=False)
    best: list[tuple[_Keyed, _Keyed]] = []
    for measure, targets in groups.items():
        if not measure.endswith(_TARGETS):
            continue
        pairs: list[tuple[_Keyed, _Keyed]] = []
        used: set[str] = set()
        names: set[str] = set()
        for i, a in enumerate(targets):
            if a.key in used or not isinstance(a.found.value, Decimal):
                continue
            words = _content_words(a.found.label)
            b = next(
                (
                    b
                    for b in targets[i + 1 :]
                    if b.key not in used
                    and isinstance(b.found.value, Decimal)
                    and b.found.value != a.found.value
                    and (b.enumeration != a.enumeration or b.found.period != a.found.period)
                    and _same_indicator(words, _content_words(b.found.label))
                ),
                None,
            )
            if b is None or _plain(a.found.label) in names:
                continue
            used.update((a.key, b.key))
            names.add(_plain(a.found.label))
            pairs.append((a, b))
        if len(pairs) > len(best):
            best = pairs
    return best if len(best) >= 2 else []


def _horizon_slide(title: str, pairs: list[tuple[_Keyed, _Keyed]], source: str) -> SlideDraft:
    """A grouped bar chart: the targets of two horizons, one category an indicator."""

    def named(ks: list[_Keyed]) -> str:
        # a year names a series when every figure of it that says a year says that one
        years = {k.found.period for k in ks if k.found.period}
        return f"Mục tiêu {next(iter(years))}" if len(years) == 1 else "Mục tiêu"

    first = named([a for a, _ in pairs])
    then = named([b for _, b in pairs])
    if first == then:
        first, then = "Mục tiêu trước", "Mục tiêu sau"
    why = later(
        N_(
            "chart proposed: {n} indicators the text sets a target for at two horizons, "
            "the two side by side; check that each pair measures one thing"
        ),
        n=len(pairs),
    )
    labels = tuple(_plain_horizon(a.found.label) for a, _ in pairs)
    return _side_by_side(title, "mục tiêu", pairs, labels, (first, then), why, source)


def _side_by_side(
    title: str,
    shown: str,
    pairs: list[tuple[_Keyed, _Keyed]],
    categories: tuple[str, ...],
    series: tuple[str, str],
    why: str,
    source: str,
) -> SlideDraft:
    """A grouped bar chart of figure pairs, one category a pair, its two series named `series`;
    its notes list each pair as the text says it; titled '<title>: <shown> (<unit>)'."""
    unit = pairs[0][0].found.unit or ""
    said = unit.split()[0] if unit.startswith("%") else unit
    chart = ChartDraft(
        type="bar",
        title=f"{_without_figures(CONTINUED.sub('', title))}: {shown} ({said})",
        figures=tuple(a.key for a, _ in pairs),
        source=source,
        categories=categories,
        unit=unit,
        series=series[0],
        more=((series[1], tuple(b.key for _, b in pairs)),),
    )
    notes = "\n".join(
        f"- {a.found.label}: {a.found.text} / {b.found.label}: {b.found.text}" for a, b in pairs
    )
    return SlideDraft(chart.title, notes=notes, chart=chart, review=(why,))


_HORIZON_SAID = re.compile(r"(?<!\w)năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _target_path(flat: list[_Keyed], clause: dict[str, str]) -> list[tuple[str, _Keyed]]:
    """One indicator's targets at three horizons or more, each year its clause names before it
    ('phấn đấu đến năm 2021, … chiếm khoảng 1% …; đến năm 2025 đạt khoảng 2,5% và đến năm
    2030 đạt khoảng 5%'), of one enumeration and one measure, later years after earlier ones
    and no year twice: (year, figure) pairs in the order of the text; [] for none. A figure
    whose clause names no year ('(thay vì 40.000 USD/người)') is no step of the path."""
    by_list: dict[tuple[str, str], list[_Keyed]] = {}
    for k in flat:
        f = k.found
        # (a label borrowed from the figure before is that indicator's: '… 2,5% và đến năm
        # 2030 đạt khoảng 5%'; a bound is a target's floor, a ceiling no step of a path)
        doubt = [r for r in f.review if _unsure(r) and "borrowed" not in str(r)]
        if (
            not isinstance(f.value, Decimal)
            or not f.unit
            or not f.plan_kind
            or f.plan is not None
            or f.plan_kind == "ceiling"
            or (doubt and f.plan_kind != "floor")
        ):
            continue
        measure = _measure(f, loose=True, before=k.before)
        if measure != _CEILING:
            by_list.setdefault((measure, k.enumeration), []).append(k)
    best: list[tuple[str, _Keyed]] = []
    for ks in by_list.values():
        steps: list[tuple[str, _Keyed]] = []
        for k in ks:
            years = _HORIZON_SAID.findall(clause.get(k.key, ""))
            if years and (not steps or years[-1] > steps[-1][0]):
                words = _content_words(k.found.label)
                if steps and not _same_indicator(words, _content_words(steps[0][1].found.label)):
                    continue
                steps.append((years[-1], k))
        values = {k.found.value for _, k in steps}
        if len(steps) >= 3 and len(values) == len(steps) and len(steps) > len(best):
            best = steps
    return best


def _path_slide(path: list[tuple[str, _Keyed]], source: str) -> SlideDraft:
    """A column chart of one indicator's targets, a bar a horizon ('Năm 2021', 'Năm 2025', …),
    titled by the indicator and its unit."""
    first = path[0][1].found
    unit = first.unit or ""
    said = unit.split()[0] if unit.startswith("%") else unit
    name = _plain_horizon(first.label)
    why = later(
        N_(
            "chart proposed: the targets the text sets for one indicator at {n} horizons, a "
            "bar a year; check that every bar measures that indicator"
        ),
        n=len(path),
    )
    chart = ChartDraft(
        type="bar",
        title=_chart_title(name, said, True),
        figures=tuple(k.key for _, k in path),
        source=source,
        categories=tuple(f"Năm {year}" for year, _ in path),
        unit=unit,
        series=name,
    )
    notes = "\n".join(f"- {year}: {k.found.label}: {k.found.text}" for year, k in path)
    return SlideDraft(chart.title, notes=notes, chart=chart, review=(why,))


# ('Số triệu việc làm trực tiếp đến năm 2025'): the horizon a label ends on, said by the series
_LABEL_HORIZON = re.compile(r"\s+(?:(?:đến|tới|vào)\s+)?năm\s+(?:19|20)\d\d$", re.I)


def _plain_horizon(label: str) -> str:
    return _LABEL_HORIZON.sub("", label)


def _content_words(label: str) -> set[str]:
    return {w for w in re.findall(r"\w+", label.lower()) if w not in _FILLER}


def _same_indicator(a: set[str], b: set[str]) -> bool:
    small, large = sorted((a, b), key=len)
    return len(small) >= 2 and len(small & large) >= 0.75 * len(small)


# words a label of a result or of a target may add to the indicator's own: 'Ổn định tỷ lệ che
# phủ rừng', 'Ngành nâng tỷ lệ người dân nông thôn'
_FILLER = {
    "số", "tỷ", "lệ", "của", "và", "được", "các", "những", "ổn", "định", "duy", "trì", "đạt",
    "nâng", "ngành", "phấn", "đấu", "giữ", "vững", "trở", "lên", "toàn", "tỉnh",
}  # fmt: skip


_TOTAL = re.compile(r"^(?:tổng số|tổng cộng|tổng|cộng|toàn bộ)\b", re.IGNORECASE)

# a base set by someone ('mức Thủ tướng giao', 'kế hoạch UBND tỉnh giao'): on a card the level
# set, 'mức được giao', the one who set it said in the notes
_SET_BY = re.compile(
    r"^(?P<noun>mức|kế hoạch|chỉ tiêu|dự toán)\s+(?:\S+\s+){1,4}?"
    r"(?P<verb>giao|đề ra|phê duyệt|quy định)$"
)
_CARD_BASE = re.compile(r"^(?P<measure>[^()]+?)\s*\(so với\s+(?P<base>[^()]+)\)$")


def card_label(label: str, words: int) -> str:
    """``label`` as a KPI card says it in at most ``words`` words, or '' when it cannot.

    A share's label names its base in a bracket ('Vốn triển khai (so với mức vốn Thủ tướng
    giao)', nine words, v-hcm-dautucong): the card says it as the evaluation set's labels do,
    'X so Y', and drops from the base a noun the measure already names ('mức vốn' of 'Vốn …' is
    'mức'), and, still too long, says a base someone set as the level set ('mức Thủ tướng giao'
    is 'mức được giao', who set it in the slide's notes): 'Vốn triển khai so mức được giao',
    seven words a reader still takes as the share of the amount set. A base that says nothing
    without its noun is kept whole; a label no such step brings to ``words`` has no card."""
    if len(label.split()) <= words:
        return label
    m = _CARD_BASE.match(label)
    if not m:
        return ""
    measure, base = m["measure"], m["base"].split()
    named = {w.lower() for w in measure.split()}
    kept = [w for i, w in enumerate(base) if i == 0 or w.lower() not in named]
    card = f"{measure} so {' '.join(kept if len(kept) >= 2 else base)}"
    if len(card.split()) > words and (set_by := _SET_BY.match(card.split(" so ", 1)[1])):
        card = f"{measure} so {set_by['noun']} được {set_by['verb']}"
    return card if len(card.split()) <= words else ""


_NUMBERED_LABEL = re.compile(r"^\(?(?:\d+|[a-zđ]|[IVX]+)[.)]\s")
# a budget's revenue and spending totals: equal when it is balanced, both cards all the same
_BUDGET_TOTAL = re.compile(r"^tổng (?:thu|chi) ngân sách\b", re.IGNORECASE)

# the kinds of figure a hall remembers, in order: the growth of the economy, its size (GRDP,
# output), per head, the budget's and the trade's totals (R21: '8%' growth and GRDP '172.033
# tỷ đồng' before a sector's share)
_KPI_GROWTH = re.compile(
    r"^(?:tốc độ\s+)?tăng trưởng|^tốc độ tăng|^(?:GRDP|GDP|tổng sản phẩm|chỉ số sản xuất công"
    r" nghiệp|IIP)\b",
    re.IGNORECASE,
)
_KPI_OUTPUT = re.compile(
    r"\b(?:GRDP|GDP|tổng sản phẩm|sản phẩm trong (?:tỉnh|địa bàn)|quy mô (?:nền )?kinh tế|"
    r"giá trị sản xuất)\b",
    re.IGNORECASE,
)
_KPI_PER_HEAD = re.compile(r"bình quân đầu người|thu nhập bình quân", re.IGNORECASE)
_KPI_TOTALS = re.compile(
    r"^(?:tổng\s+)?(?:thu|chi)(?:\s+ngân sách|\s+nội địa)\b|^tổng (?:thu|chi|vốn|mức bán lẻ|"
    r"kim ngạch)\b|^(?:vốn đầu tư|kim ngạch xuất khẩu|tổng mức bán lẻ)\b",
    re.IGNORECASE,
)
# a sector's share of a whole alone, or a handful of bodies ('3 Tổ Công tác', '02 dự án'):
# said in the bullets, after every other figure on a card
_KPI_SHARE = re.compile(r"^(?:tỷ trọng|tỉ trọng|cơ cấu)\b", re.IGNORECASE)
KPI_FEW = 10  # fewer bodies than this are no headline (``_few``)
KPI_OTHER = 4  # the rank of a figure of no headline kind
KPI_FEW_RANK = KPI_OTHER + 2  # a handful of things: never a card (``_few``)


def kpi_rank(f: Found) -> int:
    """How much a figure is a headline of its part, lower first: a growth rate, the economy's
    size, a per-head amount, a budget or trade total, any other figure, then a share of one
    sector; a count of fewer than ``KPI_FEW`` things is never a card (``KPI_FEW_RANK``)."""
    percent = (f.unit or "").startswith("%")
    if percent and _KPI_GROWTH.search(f.label):
        return 0
    if not percent and (_KPI_PER_HEAD.search(f.label) or "/người" in (f.unit or "")):
        return 2
    if not percent and _KPI_OUTPUT.search(f.label):
        return 1
    if not percent and _KPI_TOTALS.search(f.label):
        return 3
    if _few(f):
        return KPI_FEW_RANK
    if _KPI_SHARE.search(f.label):
        return KPI_OTHER + 1
    return KPI_OTHER


def _few(f: Found) -> bool:
    """A handful of bodies or papers ('03 Tổ Công tác', '02 đề án'; not '07 xã' reaching a
    standard): how the work is organised, no headline."""
    v = f.value
    return isinstance(v, Decimal) and v < KPI_FEW and bool(_BODIES.match(f.unit or ""))


_BODIES = re.compile(
    r"(?:tổ|ban|tiểu ban|nhóm|đoàn|hội đồng|cơ quan|văn bản|kế hoạch|đề án|nghị quyết|"
    r"quyết định|chỉ thị|cuộc|hội nghị|buổi|lớp)(?!\w)",
    re.IGNORECASE,
)


"""A label that names a total: 'Tổng vốn đầu tư', 'Cộng', 'Tổng số'."""


def _last_digit(value: Decimal) -> Decimal:
    """The size of the last digit written: 1 for '24030035989', 0.001 for '1.256,000'."""
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def _parts_only(ks: list[_Keyed]) -> list[_Keyed]:
    """The bars of one chart with no total beside its own parts: a total says the same money
    twice. A total is a bar that is the sum of the bars right after (or before) it ('Kinh phí
    giao rừng' then its four parts; three parts or more anywhere in the list), or a 'Tổng …'
    no smaller than any bar after it that names what it totals ('Tổng vốn 500 tỷ đồng, trong
    đó: vốn ngân sách 300, vốn doanh nghiệp 150'). Parts are folded into their totals from the
    innermost out (a subtotal of subtotals too); the chart is the outermost level with three
    bars or more (the parts of the one total when that level is that total alone)."""
    values = [k.found.value for k in ks]
    if len(ks) < 3 or not all(isinstance(v, Decimal) for v in values):
        return ks
    if len(ks) > TOTALS_MAX_BARS:
        return ks  # the search for totals is of the fourth power in the bars: bounded
    if (ks[0].found.unit or "").startswith("%"):
        return ks  # rates and shares do not add up
    nodes = list(range(len(ks)))  # indices into ks of the bars not yet folded into a total
    parts: dict[int, list[int]] = {}
    while (found := _a_total(ks, nodes, set(parts))) is not None:
        total, run = found
        parts[total] = run
        nodes = [n for n in nodes if n not in run]
    while len(nodes) < 3 and any(n in parts for n in nodes):
        # 'Tổng' alone, or two totals: the level under them (each part once, no total)
        nodes = [p for n in nodes for p in sorted(parts.get(n, [n]))]
    bars = [ks[n] for n in nodes] if len(nodes) >= 2 else ks
    return _without_near_total(bars)


TOTALS_MAX_BARS = 60
"""The most bars of one frame searched for a total beside its parts (every run of bars against
every bar, again after each total folded): the evaluation set's largest frame has 38; a
document of thousands of like figures (a hostile or a machine-made one) drafts in seconds, its
chart the first bars as any other's."""

NEAR_TOTAL = Decimal("0.8")
"""A bar is the total of the others, some part unstated, when they add up to this much of it
or more (and not above it): '37 nhiệm vụ' beside '22' done and '13' under way (2 overdue
unstated as a bar)."""


def _without_near_total(ks: list[_Keyed]) -> list[_Keyed]:
    """The bars without a total whose parts are beside it with one missing ('Số nhiệm vụ' 37,
    22 done, 13 under way: the 2 overdue are no bar): the total says the whole the parts do
    not, a hall reads a bar beside its parts as one more thing of the kind."""
    values = [k.found.value for k in ks]
    if len(ks) < 3 or not all(isinstance(v, Decimal) and v > 0 for v in values):
        return ks
    top = max(v for v in values if isinstance(v, Decimal))
    rest = sum((v for v in values if isinstance(v, Decimal)), Decimal(0)) - top
    at = values.index(top)
    if NEAR_TOTAL * top <= rest <= top and _names_a_total(ks[at], ks[:at] + ks[at + 1 :]):
        return ks[:at] + ks[at + 1 :]
    return ks


_TOTAL_SAID = re.compile(r"^(?:tổng|toàn|cả)\b", re.IGNORECASE)


def _names_a_total(top: _Keyed, others: list[_Keyed]) -> bool:
    """Whether a bar can be the whole of the others: its label says so ('Tổng …') or its words
    are in every other label ('Số nhiệm vụ' beside 'Số nhiệm vụ đã hoàn thành'); in text, any
    bar ('37 nhiệm vụ' due, then 22 done and 13 under way). A table's rows are parallel
    things, its total a row that says so: three projects' money (120, 85 and 32 tỷ đồng) add
    up near the first by chance."""
    if _TOTAL_SAID.search(top.found.label) or not top.column:
        return True
    words = set(_plain(top.found.label).split())
    return bool(words) and all(words <= set(_plain(o.found.label).split()) for o in others)


def _a_total(ks: list[_Keyed], nodes: list[int], folded: set[int]) -> tuple[int, list[int]] | None:
    """A bar among ``nodes`` (not one of the ``folded`` totals) that totals others next to it,
    and those others; the smallest total first (the innermost)."""
    nums = [k.found.value for k in ks]
    best: tuple[int, list[int]] | None = None
    # (each run is a slice of ``nodes``: its sum from prefix sums, its finest digit from one
    # slice, not a sum and a look at each part for each run — a frame of 60 bars made 369,000
    # runs a document)
    values = [nums[n] for n in nodes]
    assert all(isinstance(v, Decimal) for v in values)
    prefix = [Decimal(0)]
    for v in values:
        prefix.append(prefix[-1] + (v if isinstance(v, Decimal) else Decimal(0)))
    digits = [_last_digit(v) if isinstance(v, Decimal) else Decimal(0) for v in values]

    def sums_to(i: int, a: int, b: int) -> bool:
        # to the last digit written, give or take half a digit a part, never more than a
        # thousandth: 24.030.035.989 is 18.275.472.282 + 2.000.501.930 + 3.258.582.730 +
        # 495.479.046 (one đồng off); 19 is not 20 + 1
        whole = nums[i]
        assert isinstance(whole, Decimal)
        total = prefix[b] - prefix[a]
        digit = max(_last_digit(whole), max(digits[a:b]))
        slack = min(digit * (b - a) / 2, abs(whole) / 1000)
        return total > 0 and abs(total - whole) <= slack

    n = len(nodes)
    for at, i in enumerate(nodes):
        if i in folded:
            continue
        bounds = [(at + 1, end) for end in range(at + 3, n + 1)]
        bounds += [(start, at) for start in range(0, at - 1)]
        # three parts or more listed elsewhere ('Diện tích khu vực nội thị' before the list of
        # its wards): as exact a sum is no coincidence
        bounds += [
            (a, b)
            for a in range(n)
            for b in range(a + 3, n + 1)
            if not a <= at < b and a != at + 1 and b != at
        ]
        for a, b in bounds:
            if sums_to(i, a, b) and (best is None or _smaller(nums[i], nums[best[0]])):
                best = (i, nodes[a:b])
    if best is not None:
        return best
    for at, i in enumerate(nodes):
        # no sum found: a 'Tổng …' over the bars after it that name what it totals
        if i not in folded and (m := _TOTAL.match(ks[i].found.label)):
            head = ks[i].found.label[m.end() :].split()[:1]
            of = [
                j
                for j in nodes[at + 1 :]
                if head and head[0].lower() in ks[j].found.label.lower().split()
            ]
            whole = nums[i]
            assert isinstance(whole, Decimal)
            # as large as any of them: the whole (its parts may be said in part, or twice over)
            if len(of) >= 2 and all(isinstance(v := nums[j], Decimal) and whole >= v for j in of):
                return (i, of)
    return None


def _smaller(a: Value, b: Value) -> bool:
    return isinstance(a, Decimal) and isinstance(b, Decimal) and abs(a) < abs(b)


def _measure(f: Found, loose: bool = False, before: str = "") -> str:
    """The unit, and for % what kind of percentage: '%', '% kế hoạch', '% cơ cấu', '% tỷ lệ',
    '% tăng' (a change), or ``_CEILING`` (a rate to bring down to: 'giảm còn 0,71%'), from the
    label and the words ``before`` the figure."""
    if f.unit != "%":
        return f.unit or ""
    label = f.label.lower()
    if "(so với" in label or _AGAINST_A_PLAN.search(label):
        return "% kế hoạch"  # 'Tổng thu ngân sách so với nghị quyết HĐND xã' 143,8%
    if re.search(r"\svượt\s+(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)$", label):
        return "% vượt"  # by how much a plan was passed: never beside shares of a plan
    if f.plan_kind and _CEILING_BEFORE.search(before):
        return _CEILING  # a target's 'còn'; a result's ('hộ nghèo còn 3,1%') is its level
    if _RATIO_BEFORE.search(before):
        # 'chỉ số bằng 92,85%', 'chỉ số sản xuất công nghiệp năm 2017 bằng 130% so với năm
        # 2016': an index, the level against a base (100% is no change), never a bar beside
        # the changes ('tăng 4,11%') nor the shares of its list
        return "% bằng"
    if (
        label.startswith(("tốc độ tăng", "tăng trưởng", "chỉ số", "tốc độ phát triển"))
        or re.search(r"(?:tăng|giảm)(?:\s+so\b.*)?$", label)
        or re.search(r"(?<!\w)(?:tăng|giảm)\s+bình quân(?!\w)", label)
        or _CHANGE_BEFORE.search(before)
    ):
        return "% tăng"  # a growth rate or a change ('chế tạotăng': OCR), not a level
    if label.startswith(("cơ cấu", "tỷ trọng")):
        return "% cơ cấu"
    if _PLAN_NAMED.search(label):
        # a label that names a plan anywhere ('Chỉ tiêu chủ yếu như tốc độ tăng trưởng', 'Trồng
        # thuốc lá năm 2023 các chỉ tiêu kinh tế'): a share of a plan or a target, never a bar
        # beside the levels of its list ('Tỷ lệ gia đình văn hóa' 86%); not the excess over a
        # plan ('… vượt kế hoạch', above) nor a change ('Tỷ lệ chỉ tiêu tăng so với cùng kỳ'
        # 15,8% beside the revenue's 126% of its estimate), nor a share: above; a growth it
        # names is a change ('Kế hoạch là tốc độ tăng trưởng kinh tế (GRDP)' 7,26%)
        return "% tăng" if _GROWTH_NAMED.search(label) else "% kế hoạch"
    if label.startswith("tỷ lệ") and not loose:  # loose: a rate named or not, one level
        return "% tỷ lệ"
    return "%"


_CEILING = "% trần"
_PLAN_NAMED = re.compile(r"(?<!\w)(?:kế hoạch|dự toán|chỉ tiêu|nghị quyết)(?!\w)", re.IGNORECASE)
_GROWTH_NAMED = re.compile(r"(?<!\w)(?:tốc độ tăng|tăng trưởng)(?!\w)", re.IGNORECASE)
_AGAINST_A_PLAN = re.compile(
    r"(?<!\w)so(?: với)? (?:kế hoạch|dự toán|nghị quyết|chỉ tiêu|mục tiêu)(?!\w)", re.IGNORECASE
)
# 'giảm còn 0,71%', 'dưới 1%', 'không quá 3%': in a target, a ceiling the rate is to stay under
_CEILING_BEFORE = re.compile(
    r"(?:\bcòn|\bdưới|không quá|không vượt quá|tối đa|xuống|thấp hơn)\s*(?:mức\s*)?"
    r"(?:khoảng\s*)?:?\s*$",
    re.IGNORECASE,
)
# 'giảm từ mức 40,1% … xuống còn 38%', 'tăng từ 27,4% lên 29,7%': the level a change starts from
_FROM_LEVEL_BEFORE = re.compile(r"(?:^|\s)từ\s+(?:mức\s+)?$", re.IGNORECASE)
_TO_LEVEL_AFTER = re.compile(r"[^.;\d]{0,40}?\s(?:lên|xuống)(?:\s+còn)?\s+(?:mức\s+)?\d", re.I)
# 'chỉ số bằng 92,85%', 'bằng 2,37% so với cùng kỳ': the level against a base, an index
_RATIO_BEFORE = re.compile(r"(?:^|\s)bằng\s*(?:khoảng\s*)?$", re.IGNORECASE)
# 'xây dựng tăng: 10%', 'tăng bình quân 8%', 'giảm 1,6%': a change, not a level
# ('tỉnh đạt tăng trưởng GRDP 11,67%', 'tăng trưởng kinh tế 7,2%': the growth of what it names)
_CHANGE_BEFORE = re.compile(
    r"\b(?:tăng|giảm|tăng trưởng(?:\s+(?:GRDP|GDP|kinh tế))?)(?:\s+bình quân)?"
    r"(?:\s+(?:khoảng|trên|từ|đạt))?\s*:?\s*$",
    re.IGNORECASE,
)


def _chunks(ks: list[_Keyed]) -> list[list[_Keyed]]:
    """At most ``CHART_MAX`` bars a chart, split evenly (10 -> 5 + 5, never 8 + 2)."""
    n = -(-len(ks) // CHART_MAX)
    size = -(-len(ks) // n)
    return [ks[i : i + size] for i in range(0, len(ks), size)]


_PREAMBLE = ("Căn cứ", "Trên cơ sở", "Qua xem xét", "Xét ", "Theo đề nghị")


_NAMES_A_DOCUMENT = re.compile(
    r"\b(?:Nghị quyết|Kế hoạch|Chương trình|Chỉ thị|Đề án|Quyết định|Kết luận|Thông báo|Báo cáo"
    r"|Hướng dẫn|Đề cương|Công văn|Tờ trình|Nghị định|Thông tư|Luật)\b",
    re.IGNORECASE,
)


# a first line that opens the text on its subject and time, with a colon: 'Tình hình kinh tế
# tỉnh Bạc Liêu năm 2020:' (not 'Mục tiêu tổng quát:', no time; not 'I. …', a numbered part)
_NAMED_LEAD_IN = re.compile(
    r"^((?:Tình hình|Kết quả|Số liệu|Mục tiêu|Thông tin)\b[^.:;\d]{3,60}"
    r"(?:năm|đến năm|giai đoạn|quý \w+)\s+\d{4}(?:\s*[-–]\s*\d{4})?)\s*:\s*$"
)


def _headline_at(paragraphs: list[str]) -> int | None:
    """Where the line that heads a text with no letterhead is, of its first two (not the line
    that says where it was copied from): a line of three words or more, at most two title lines
    long (``HEADLINE_CHARS``), no stop at its end and not a list item ('Đồng chí Trần Tuấn Anh –
    … thăm và làm việc tại tỉnh ta', under a longer description). None for none."""
    for i, line in [(i, p.strip()) for i, p in enumerate(paragraphs)][:2]:
        if (
            len(line.split()) >= 3
            and len(line) <= HEADLINE_CHARS
            and not line.endswith((".", ":", ";", ","))
            and not line.startswith(("-", "+", "*", "•", "("))
        ):
            return i
    return None


def _no_news_of_its_own(line: str, rest: list[str]) -> bool:
    """A line with no figures, or whose every figure the text after it states again: a
    headline ('Quốc hội đặt mục tiêu tăng trưởng GDP năm 2025 khoảng 6,5-7%' above '… tốc độ
    tăng GDP khoảng 6,5-7,0% …') repeats the body's news, it tells none. A rank it states
    ('Tốc độ tăng trưởng của Thanh Hóa đứng thứ 2 cả nước') is the news itself."""
    said = find_figures(line)
    if not said:
        return True
    if any(f.unit == "hạng" for f in said):
        return False
    return restated(line, rest)


# "… đạt 77,85%. Ảnh: Internet.", "… 26 chỉ tiêu … nhiệm kỳ 2020-2025. Ảnh Thanh Vũ": a photo's
# caption, its credit last
_PHOTO_CREDIT = re.compile(r"(?:^|[.\s(])Ảnh\s*:?\s*[\w][\w.&\s-]{0,40}?\.?\)?\s*$")


_LIST_MARKERS = ("-", "+", "•", "*", "–")


def _says_the_body(paragraph: Paragraph, node: Heading) -> bool:
    """A news text's run-in subheading ('Thu ngân sách giảm 15%' over '… giảm 15% so với cùng
    kỳ …') or a photo's caption whose figures the paragraphs after it state again: a line that
    announces the body's figures, drafted once, where the body gives them."""
    text = paragraph.text.strip()
    if TABLE_ROW.match(text):
        return False  # a table's row: its figure is its row's, whatever the rows after it say
    caption = _PHOTO_CREDIT.search(text) is not None
    # (an item of a list, '- Tỷ lệ trường học đạt chuẩn quốc gia: 68%', is no subheading: a
    # figure of its own, whatever the items after it say, '… lao động qua đào tạo đạt 68,8%')
    heading_like = (
        not caption
        and len(text) <= TITLE_CHARS
        and not text.endswith((".", ":", ";", ","))
        and paragraph.marker not in _LIST_MARKERS
    )
    if not heading_like and not caption:
        return False
    if any(f.unit == "hạng" for f in find_figures(text)):
        return False  # a rank it states is the news itself (as a headline's)
    at = next((i for i, p in enumerate(node.paragraphs) if p is paragraph), -1)
    if at < 0:
        return False
    # a heading announces what follows it; a caption may stand after what it illustrates
    rest = (
        node.paragraphs[at + 1 :]
        if heading_like
        else [*node.paragraphs[:at], *node.paragraphs[at + 1 :]]
    )
    return restated(text, [p.text for p in rest])


def _as_paragraph(text: str) -> Paragraph:
    if m := re.match(r"^[-–+•]\s+(.+)$", text):
        return Paragraph(m.group(1), "-")
    if m := re.match(r"^\((\d{1,2})\)\s+\S", text):
        # '(3) Tỷ trọng công nghiệp chế biến …', '(7) Tỷ lệ lao động …': the numbered items
        # of a list before any heading, one list as under a heading (structure's '(N)' items)
        return Paragraph(text, f"({m.group(1)})")
    return Paragraph(text)


# what a list's head measures: "Kinh phí tổ chức giao rừng: …", "Diện tích rừng: …"
_MEASURE = re.compile(
    r"^(?:Tổng\s+)?(?P<measure>Kinh phí|Nguồn vốn|Vốn|Diện tích|Dân số|Sản lượng|Giá trị|Doanh thu|"
    # ('tổng đàn gia cầm … là:' over '- Gà: 2.431.189 con': a herd's size, 'Tổng' its own)
    r"Dự toán|Số lượng|Tổng đàn)\b",
    re.IGNORECASE,
)
# "Hộ gia đình, cá nhân: 18.275.472.282đ": an item that is a name and an amount alone, or with
# its parts in a bracket after it ('Gà: 2.431.189 con (chăn nuôi nhỏ lẻ: 630.159 con, …).')
_NAMED_ITEM = re.compile(
    r"^(?P<name>[^\W\d][^:;.\d]{0,60}?)\s*:\s*[\d.,]+\s*[^\s\d()]{0,12}(?:\s*\([^()]*\))?\s*\.?$"
)
_ITEM_OPENS = re.compile(r"^(?P<name>[^\W\d][^:;.\d]{0,60}?)\s*:\s*[\d.,]+\s")
# the last clause of a lead-in to a list ('Theo báo cáo …; tổng đàn gia cầm thời điểm hiện nay
# là:'), where it names the measure its items share
_LEAD_IN_CLAUSE = re.compile(r"(?:^|[;,.]\s+)(?P<clause>[^;,.]+?)\s*(?:là\s*)?:$")


_RUN_LOOK = 100
"""The most sibling items ``_parent_measure`` looks back over for its list's measure (a list of
thousands of items made the look from each square)."""


def _parent_measure(
    node: Heading, paragraph: Paragraph, label: str, at: int | None = None
) -> str | None:
    """The measure of the list an item falls in, when the item is named only by who or what
    it is for ('Hộ gia đình, cá nhân: 18.275.472.282đ' under 'Kinh phí tổ chức giao rừng: …'):
    the nearest earlier paragraph of the part that is not such an item, within ``_RUN_LOOK``
    paragraphs, else the heading. ``at``, the paragraph's place, when the caller knows it."""
    item = _NAMED_ITEM.match(paragraph.text.strip())
    if not item or paragraph.marker != "-" or _MEASURE.match(item.group("name")):
        return None
    if label.strip().casefold() != item.group("name").strip().casefold():
        return None
    paragraphs = node.paragraphs
    at = _place(node, paragraph, at)
    if at is None:
        return None
    for p in reversed(paragraphs[max(0, at - _RUN_LOOK) : at]):
        # (a sibling item, as '- Vịt: 363.739 con (…) - Ngan: 12.374 con (…) .', two run together)
        m = _NAMED_ITEM.match(p.text.strip())
        if not m and p.marker == "-":
            m = _ITEM_OPENS.match(p.text.strip())
        if m and not _MEASURE.match(m.group("name")):
            continue  # a sibling item
        head = _MEASURE.match(p.text.strip())
        if head is None and (clause := _LEAD_IN_CLAUSE.search(p.text.strip())):
            head = _MEASURE.match(clause.group("clause"))
        if head:
            return head.group("measure").capitalize()
        break
    head = _MEASURE.match(sentence_case(node.title))
    return head.group("measure").capitalize() if head else None


_GENERIC_TOTALS = {"tổng số", "tổng", "tổng cộng", "cộng", "tổng mức"}
# headings that frame a part rather than name what its numbers measure
_FRAMING_HEADING = re.compile(
    r"mục tiêu|mục đích|kết quả|nhiệm vụ|giải pháp|chỉ tiêu|tình hình|nội dung|thực hiện|"
    r"những|các|chung|cụ thể|khái quát|đánh giá|phương hướng|định hướng",
    re.IGNORECASE,
)
# a place is not what a number measures ("Đến năm 2015 toàn tỉnh có 20.000 ha")
_PLACES = {"toàn tỉnh", "toàn huyện", "toàn thành phố", "cả nước", "toàn quốc", "toàn ngành"}


def _recite(source: str, was: str, cited: str) -> str:
    """``source`` with the document it names first as ``cited`` instead of ``was``."""
    return cited + source[len(was) :] if source.startswith(was) else source


def _recited(section: SectionDraft, was: str, cited: str) -> SectionDraft:
    """The section with its charts' and tables' sources naming the document as ``cited``."""
    slides = []
    for slide in section.slides:
        if slide.chart is not None:
            chart = replace(slide.chart, source=_recite(slide.chart.source, was, cited))
            slide = replace(slide, chart=chart)
        if slide.table is not None:
            table = replace(slide.table, source=_recite(slide.table.source, was, cited))
            slide = replace(slide, table=table)
        slides.append(slide)
    return replace(section, slides=tuple(slides))


def _says_the_title(bullet: str, title: str) -> bool:
    """Whether ``bullet`` is the deck's ``title`` again, its figures as references ('Bình Định:
    Các huyện 30a phấn đấu mỗi năm giảm {ty_le_ho_ngheo_giam} tỷ lệ hộ nghèo' under the title
    slide's '… giảm 4-5% tỷ lệ hộ nghèo')."""
    said = bullet.strip().rstrip(".…").strip()
    if not said or not title:
        return False
    parts = [re.sub(r"\s+", " ", p) for p in _REFERENCE.split(said)]
    text = " ".join(title.split())
    if len(parts) == 1:
        return text == parts[0]
    first, *middle, last = parts
    # each reference stands for a stretch of the title opening on a non-space; matched from
    # the left, each part at its first place that leaves the next stretch a non-space to open
    # on (no pattern: one lazy '.*?' a reference backtracked exponentially on a long title)
    if not text.startswith(first) or not text.endswith(last):
        return False
    pos, end = len(first), len(text) - len(last)
    for part in middle:
        if pos >= end or text[pos].isspace():
            return False
        at = text.find(part, pos + 1)
        while at >= 0 and at + len(part) < end and text[at + len(part)].isspace():
            at = text.find(part, at + 1)  # (the next stretch opens on a non-space)
        if at < 0 or at + len(part) >= end:
            return False
        pos = at + len(part)
    return pos < end and not text[pos].isspace()


def _without_title(section: SectionDraft, title: str) -> SectionDraft:
    """``section`` (the deck's first) whose first bullets slide no longer opens on the deck's
    title said again: the headline a news text opens on titles the deck, and the slide right
    after the title slide read it out a second time (its figure, the notes keep it; a slide
    of that bullet alone keeps it)."""
    for i, slide in enumerate(section.slides):
        if not slide.bullets:
            continue
        if len(slide.bullets) > 1 and _says_the_title(slide.bullets[0], title):
            slides = list(section.slides)
            slides[i] = replace(slide, bullets=slide.bullets[1:])
            return replace(section, slides=tuple(slides))
        break
    return section


def _source(document: str, path: str, item: str) -> str:
    if path.startswith(("Điều", "Chương")):
        return f"{document}, {path}{item}"
    return f"{document}, mục {path}{item}" if path else f"{document}{f', {item}' if item else ''}"


def compose(doc: Document) -> DeckDraft:
    """The draft deck of a parsed guidance document."""
    return _Composer(doc).deck()


def shorten(text: str, limit: int = TITLE_CHARS) -> tuple[str, bool]:
    """A title of at most ``limit`` characters, cut at a phrase boundary; and whether it was cut.

    A clause's punctuation first, then before a word that opens a phrase ('… năm 2023 là sự
    nỗ lực …' -> '… năm 2023'): a whole phrase, with no '…'; never inside a compound ('kinh tế
    - xã…') nor after a dash ('thời kỳ 2021 -…')."""
    text = _without_lead_tail(text)
    if len(text) <= limit:
        return text, False
    for lo in (limit * 3 // 5, 30):  # a long whole phrase before a short one
        cut = phrase_cut(text, 0, limit, lo)
        if cut is not None:
            return text[:cut].rstrip(" ,;:"), True
    out = text[: _word_cut(text, 0, limit)]
    if out.count("(") > out.count(")") and len(out[: out.rfind("(")].split()) >= 2:
        # 'Sở Nội vụ (Cơ quan thường trực Ban … Thành…': the title before the bracket, whole
        return out[: out.rfind("(")].rstrip(" ,;:"), True
    return out + "…", True


SECTION_CHARS = 90
"""A divider's title: about three lines."""


def split_heading(text: str, limit: int = SECTION_CHARS) -> tuple[str, str, bool]:
    """A section's title and the rest of its heading as its subtitle, each a whole phrase: its
    first clause when that fits ('Phân tích thời cơ, … đến nền kinh tế đất nước' and 'Làm sâu
    sắc các nhiệm vụ, …'), else its first phrase ('Khẳng định kết quả … năm 2023' and 'là sự nỗ
    lực của các cấp, các ngành, các địa phương', the rest of the clause); and whether any of
    the heading is in neither."""
    text = _without_lead_tail(text)
    first = text.find("; ")
    if len(text) > limit and 0 < first <= limit:
        title, rest = text[:first], text[first + 2 :]
        rest = rest[:1].upper() + rest[1:]
    else:
        title, cut = shorten(text, limit)
        if not cut:
            return title, "", False
        rest = text[len(title) :].lstrip(" ,;:")
    end = rest.find("; ")
    clause = rest[:end] if end > 0 else rest
    subtitle, short = shorten(clause, limit)
    return title, subtitle, short or clause != rest


# a word that opens a phrase: a text cut before one ends on a whole phrase ('… đến tỉnh Hưng
# Yên | trong việc …'), never inside a compound ('kinh tế | - xã hội') or a name
_OPENER = re.compile(
    r"\s(?=(?:của|và|trong|theo|để|nhằm|cho|với|tại|về|do|đối với|từ|đến|trên|qua|bằng|"
    r"khi|nhưng|mà|là|như|ở|gắn với|hướng tới|thông qua|nhất là|đồng thời|trình)\s)"
)
_CLAUSE_MARK = re.compile(r"[;,:]\s")
# a weak opener: a cut before it may split one noun phrase ('kết luận | của Đảng'), the last
# choice; any other opener or a comma starts a phrase of its own
_WEAK = re.compile(r"(?:của|và|với|như|cho|mà)\s")
# what a cut must not leave at the end: a dash ('2021 -'), a word that needs what follows
# (a hedge or a comparison too: '… cao tốc và khoảng', '… phần thiếu hụt so')
_DANGLING = re.compile(
    r"(?:[-–—/+]|\b(?:của|và|các|những|một|trong|theo|để|nhằm|cho|với|tại|về|do|từ|đến|"
    r"trên|qua|bằng|khi|nhưng|mà|là|như|nhất|số|đối|hoặc|hay|sự|việc|khoảng|so|gần))$",
    re.IGNORECASE,
)


def phrase_cut(
    text: str,
    a: int,
    limit: int,
    lo: int,
    spans: Sequence[tuple[tuple[int, int], str]] = (),
) -> int | None:
    """Where to end ``text[a:]`` at most ``limit`` characters on, and at least ``lo``: after the
    last ';', else the last ',' or ':' or word that opens a phrase ('về', 'là', 'trong' …), else
    before the last 'của', 'và' …; never in a bracket, a figure or after a dash. None if none is."""
    end = min(len(text), a + limit)

    def fine(pos: int) -> bool:
        piece = text[a:pos].rstrip(" ,;:")
        if len(piece) < lo or any(s[0] < pos < s[1] for s, _ in spans):
            return False
        if piece.count("(") > piece.count(")") or piece.count("“") > piece.count("”"):
            return False
        return not _DANGLING.search(piece) and not _in_name(text, pos)

    classes: list[list[int]] = [[], [], []]
    for m in _CLAUSE_MARK.finditer(text, a):
        if (pos := m.start()) > end:
            break
        classes[0 if text[pos] == ";" else 1].append(pos)
    for m in _OPENER.finditer(text, a):
        if m.start() > end:
            break
        weak = _WEAK.match(text, m.end())
        classes[2 if weak else 1].append(m.start())
    for positions in classes:
        for pos in sorted(positions, reverse=True):
            if fine(pos):
                return pos
    return None


def _word_cut(text: str, a: int, limit: int) -> int:
    """The last resort: the end of the last word within ``limit`` that leaves no dash nor a
    word that needs what follows at the end."""
    pos = min(len(text), a + limit)
    while True:
        pos = text.rfind(" ", a, pos)
        if pos <= a:
            return min(len(text), a + limit)
        if not _DANGLING.search(text[a:pos].rstrip(" ,;:")) and not _in_name(text, pos):
            return len(text[:pos].rstrip(" ,;:"))


_LAST_WORD = re.compile(r"(\S+)\s+(\S+)\s*$")
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _in_name(text: str, pos: int) -> bool:
    """A cut at ``pos`` would split a name: the words either side are capitalised ('tỉnh Đồng |
    Nai'), or the word before opens a name with a capital after a lower-case word and the name
    goes on in lower case ('mục tiêu Chương | trình phát triển …', 'của Quốc | hội')."""
    before = _LAST_WORD.search(text, max(0, pos - 60), pos)
    after = _NEXT_WORD.match(text, pos)
    if before is None or after is None or text[pos - 1 : pos] in ",;:.)":
        return False
    prev, last, nxt = before.group(1), before.group(2), after.group(1)
    if not last[:1].isupper() or last.isupper() or not last.isalpha():
        return False
    if nxt[:1].isupper() and nxt[:1].isalpha():
        return True
    return nxt[:1].islower() and prev[:1].islower() and prev[-1:].isalpha()


# what ends a heading or a clause that opens a list: "…, trong đó:", "…, gồm:", "… như sau:"
_LEAD_TAIL = re.compile(
    r"(?:[,;]\s*(?:bao gồm|gồm(?: có)?|trong đó|cụ thể|sau đây)"
    r"|(?<!bao)\s+(?:bao gồm|gồm(?: có)?|như sau)"
    # 'Phát triển xã hội số đến năm 2030 với các mục tiêu:': the list of targets follows
    r"|,?\s+(?:với|gồm|bao gồm)\s+(?:các|những)\s+(?:mục tiêu|chỉ tiêu|nội dung|nhiệm vụ)"
    r"(?:\s+(?:sau|sau đây|cụ thể|chủ yếu))?)\s*:?\s*$",
    re.IGNORECASE,
)
# a paragraph that only opens the items after it: "Bao gồm:", "Trong đó:", "* Về thu ngân sách:"
_LEAD_IN = re.compile(
    r"^(?:(?:bao gồm|gồm(?: có)?|trong đó|cụ thể(?: như sau)?|như sau)\s*:?|[^.;:{}]{1,40}:)$",
    re.IGNORECASE,
)
# a photo's caption in a news text: "Quang cảnh Hội nghị", "Toàn cảnh huyện Đak Song.",
# "… nhiệm kỳ 2025-2030. (Ảnh: Vương Hà)"
_CAPTION = re.compile(rf"{OPENING_CAPTION.pattern}|\((?:Ảnh|Nguồn ảnh)\s*:[^()]*\)?\s*$")
_JOINED_LEAD = re.compile(r"^(?:bao gồm|gồm(?: có)?|trong đó)$", re.IGNORECASE)
# a piece that is only an item's number: "2.2", "1.1.", "a)", "(3)"
_NUMBERING = re.compile(
    r"^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-zĐđ][.)]?(?:\s*\d{1,2}[.)]?)?|[IVXLC]+\.?)$"
)


def _without_lead_tail(text: str) -> str:
    """A title without the punctuation and the words that open a list after it:
    'Chi dự phòng ngân sách: 37,420 tỷ đồng;' -> '… tỷ đồng', 'Tổng chi …, trong đó:' ->
    'Tổng chi …', 'Dự toán chi cụ thể như sau:' -> 'Dự toán chi cụ thể'."""
    text = text.strip().rstrip(" :;,.")
    cut = _LEAD_TAIL.sub("", text).rstrip(" :;,.")
    return cut if len(cut) >= 3 else text


_PERIOD_LINE = re.compile(
    r"(?:[Gg]iai đoạn|[Tt]hời kỳ|[Nn]ăm)\s+(?:\w+\s+)?(?:năm\s+)?(\d{4}(?:\s*[-–]\s*\d{4})?)"
)


def _title_of(node: Heading) -> tuple[str, bool]:
    """A part's title, shortened (and whether it was), without the amount its heading states
    ('Thu nội địa: 1.256,000 tỷ đồng:' -> 'Thu nội địa'): the heading's own line, a bullet
    under the title, says it with its figure."""
    return shorten(_topic(_heading_text(node)))


# 'Chi đầu tư phát triển: Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng': a run-in
# heading with its data after the colon
_RUN_IN_DATA = re.compile(r"^(?P<topic>[^:\d]{8,60}):\s+(?P<said>.*\d.*)$")


def _without_head(bullets: tuple[str, ...], title: str) -> tuple[str, ...]:
    """A heading's own line as bullets without the run-in head its slide's ``title`` says:
    'Chi trả lãi các khoản …: {x}, đạt {y} dự toán' -> '{x}, đạt {y} dự toán'; 'Chi thực hiện
    các chương trình mục tiêu' + 'Nhiệm vụ: Phấn đấu hoàn thành {z} …' (the head cut at its
    comma) -> 'Phấn đấu hoàn thành {z} …'."""
    for n in (1, 2):
        if len(bullets) < n:
            break
        joined = ", ".join(b[:1].lower() + b[1:] if i else b for i, b in enumerate(bullets[:n]))
        if joined.casefold().startswith(f"{title}: ".casefold()):
            rest = joined[len(title) + 2 :].strip()
            if rest and not rest.startswith("{"):  # ('X: {amount}' stays whole: its label)
                return (rest[:1].upper() + rest[1:], *bullets[n:])
    return bullets


def _topic(title: str) -> str:
    """A title is a topic, never a data sentence: a run-in heading's words before the colon
    when the rest states figures ('Chi đầu tư phát triển'); the data are the bullets'."""
    m = _RUN_IN_DATA.match(title)
    return m.group("topic").strip() if m and len(m.group("topic").split()) >= 2 else title


def _heading_text(node: Heading) -> str:
    text = _without_lead_tail(sentence_case(node.title))
    if node.kind != "lead" and find_figures(node.title):
        text = _without_figures(text)
    return text


def _one_item(child: Heading, slides: list[SlideDraft]) -> bool:
    """A sub-part drafted as one slide whose one item restates its title: 'Chi dự phòng ngân
    sách: 37,420 tỷ đồng;' as title and '- Chi dự phòng ngân sách: {chi_du_phong}' as body (a
    heading that is itself the item, with at most one line after it)."""
    if len(slides) != 1 or child.children:
        return False
    slide = slides[0]
    if slide.chart or slide.kpis or not 1 <= len(slide.bullets) <= 2:
        return False
    head = _fold_case(re.split(r":\s", slide.title, maxsplit=1)[0]).rstrip("…")
    return len(head) >= 3 and _fold_case(slide.bullets[0]).startswith(head)


def _fold_case(text: str) -> str:
    return " ".join(text.split()).casefold()


def _listed(title: str, node: Heading, children: list[list[SlideDraft]]) -> list[SlideDraft]:
    """The slides of a part's sub-parts, in order, with each run of two or more one-item
    sub-parts (see ``_one_item``) made one list slide titled by the part ('Dự toán chi'), six
    items a slide: a presenter reads a list, not one line a slide."""
    out: list[SlideDraft] = []
    run: list[SlideDraft] = []

    def flush() -> None:
        if len(run) < 2:
            out.extend(run)
        else:
            bullets = [b for sl in run for b in sl.bullets]
            pages = -(-len(bullets) // MAX_BULLETS)
            for n in range(pages):
                part = run if pages == 1 else None
                items = [b for i, b in enumerate(bullets) if i * pages // len(bullets) == n]
                # the notes and remarks of the sub-parts whose items this slide lists
                of = part or [sl for sl in run if set(sl.bullets) & set(items)]
                notes = "\n\n".join(
                    f"{sl.title}\n{sl.notes}".strip() if sl.notes else sl.title for sl in of
                )
                review = tuple(dict.fromkeys(r for sl in of for r in sl.review))
                out.append(SlideDraft(continued(title, n), tuple(items), notes, review=review))
        run.clear()

    for child, slides in zip(node.children, children, strict=True):
        if _one_item(child, slides):
            run.append(slides[0])
            continue
        flush()
        out.extend(slides)
    flush()
    return out


def _says_period(text: str, mark: str) -> bool:
    """Whether a period mark ('năm 2020', 'giai đoạn 2011-2015') fits its paragraph: a
    paragraph that states periods of its own ('… 16,5%/năm giai đoạn 2011 - 2015 và 17%/năm
    giai đoạn 2016 - 2020') says it among them; one that states none took it from its heading."""
    said = re.sub(r"\s*[-–]\s*", "-", " ".join(text.split())).lower()
    if not re.search(r"(?:năm|giai đoạn|đến)\s+\d{4}", said):
        return True
    return mark.lower() in said


def _run_in(text: str) -> str:
    """'Vùng I' of 'Vùng I: Bao gồm 8 xã ...': a short head before the paragraph's colon."""
    m = re.match(r"([^:;,.()]{2,40}?)\s*:\s", text)
    return m.group(1).strip() if m and len(m.group(1).split()) <= 5 else ""


def _period(chain: list[Heading]) -> str:
    for node in reversed(chain):
        if m := _YEAR.search(node.title):
            return m.group(1)
    return ""


def _bullet_slides(
    title: str, node: Heading, keyed: list[list[_Keyed]], full_heading: str, remarks: list[str]
) -> list[SlideDraft]:
    """Bullets from every paragraph, at most six to a slide and as many on each slide of one
    list (13 bullets are 5 + 4 + 4, not 6 + 6 + 1); notes hold the paragraphs in full.

    A paragraph that only opens the items after it ('Bao gồm:', 'Trong đó:', 'Về thu ngân
    sách:') is no bullet of its own: it opens the next bullet ('Bao gồm thu nội địa: …'), or,
    with none after it in the part, is left to the notes."""
    per_paragraph = [_bullets(p, ks) for p, ks in zip(node.paragraphs, keyed, strict=True)]
    announced = _announced_lists(node.paragraphs)
    listed: dict[int, str] = {}  # the bullets of ``flat`` that open an announced list -> its title
    flat: list[tuple[str, str]] = []  # (bullet, the note of the paragraph it opens, or '')
    leads: set[int] = set()  # the bullets of ``flat`` that are a paragraph's lead clause
    opens: dict[int, str] = {}  # the other first bullets of a paragraph -> the title they give
    topics: dict[int, tuple[str, str]] = {}  # first bullets opening on a run-in head: its parts
    lead = ""
    for at, (paragraph, bullets, ks) in enumerate(
        zip(node.paragraphs, per_paragraph, keyed, strict=True)
    ):
        note = _note(paragraph)
        if at - 1 in announced and at not in announced:
            listed[len(flat)] = announced[at - 1]
        if _CAPTION.search(paragraph.text) and not ks:
            flat.append(("", note))  # a photo's caption, copied with a news text: notes only
            continue
        if at in announced and _LEAD_IN.match(paragraph.text.strip()):
            flat.append(("", note))  # '11 chỉ tiêu kinh tế gồm:': the title of its list says it
            continue
        if len(bullets) == 1 and _LEAD_IN.match(paragraph.text.strip()) and "{" not in bullets[0]:
            lead = bullets[0]
            flat.append(("", note))
            continue
        for i, bullet in enumerate(bullets):
            if lead:
                bullet = _led(lead, bullet)
                lead = ""
            if i == 0 and len(bullets) >= TOPIC_BULLETS and (topic := _run_in_topic(bullet)):
                # (a paragraph of several bullets: a list's 'Tỷ lệ đô thị hóa: 33,5%' is a
                # figure under its name, no topic of a slide)
                topics[len(flat)] = topic
            if i == 0 and len(bullets) > 1 and _LEAD_CLAUSE.match(bullet):
                leads.add(len(flat))
            elif i == 0 and not SUBJECTLESS.match(bullet) and not bullet.startswith(SUB):
                opens[len(flat)] = _own_topic(bullet)
            flat.append((bullet, note if i == 0 else ""))
    if not any(b for b, _ in flat):
        # nothing but lead-ins: they are the part's text
        flat = [(bs[0], _note(p)) for p, bs in zip(node.paragraphs, per_paragraph, strict=True)]
    count = sum(1 for b, _ in flat if b)
    starts = _page_starts(count)
    if listed and count > MAX_BULLETS:
        # '… đã đưa ra 12 chỉ tiêu chủ yếu sau:', '11 chỉ tiêu kinh tế gồm:' over their items:
        # each list's slides titled by what it counts, never '(tiếp 4)' over another topic
        return _listed_slides(title, flat, listed, full_heading, remarks)
    if len(starts) > 3 and len(leads) + len(topics) >= 2:
        # more than two continuations: the source's own lead clauses title the slides, and so
        # do its paragraphs' run-in heads ('Tăng trưởng kinh tế: Tổng sản phẩm …', 'Thu, chi
        # ngân sách và bảo hiểm: …'), each a title over the rest of its paragraph
        flat, leads, opens = _topics_led(flat, leads, opens, topics)
        return _led_slides(title, flat, leads, full_heading, remarks, opens)
    slides: list[tuple[list[str], list[str]]] = []
    waiting: list[str] = []  # notes of lead-ins before the first bullet of a slide
    at = 0
    for bullet, note in flat:
        if not bullet:
            waiting.append(note)
            continue
        if _new_page(at, bullet, starts, [b for b, _ in slides]):
            slides.append(([], []))  # 21 bullets: 6 + 5 + 5 + 5
        at += 1
        slides[-1][0].append(bullet)
        slides[-1][1].extend(waiting)
        waiting = []
        if note:
            slides[-1][1].append(note)
    if waiting and slides:
        slides[-1][1].extend(waiting)
    out = []
    for n, (bullets, notes) in enumerate(slides):
        text = "\n\n".join(notes)
        if n == 0 and full_heading:
            text = f"{full_heading}\n\n{text}"
        review = tuple(remarks) if n == 0 else ()
        out.append(SlideDraft(continued(title, n), tuple(bullets), text, review=review))
    return out


def _page_starts(count: int) -> list[int]:
    """Where each slide of a list of ``count`` bullets starts: at most six to a slide
    (``MAX_BULLETS``) and as many on each, the first slides taking the one more (13 bullets
    are 5 + 4 + 4, not 6 + 6 + 1, 21 are 6 + 5 + 5 + 5): every part's lists are cut so."""
    pages = -(-count // MAX_BULLETS)
    return [-(-k * count // pages) for k in range(pages)]


_T = TypeVar("_T")


def _new_page(at: int, bullet: str, starts: Sequence[int], pages: Sequence[Sequence[str]]) -> bool:
    """Whether the ``at``-th bullet of a list cut at ``starts`` (``_page_starts``) opens a new
    slide after ``pages``: at its start, unless it stays with the bullet before it
    (``_kept_with``)."""
    return len(pages) < len(starts) and at >= starts[len(pages)] and not _kept_with(bullet, pages)


def _balanced(items: Sequence[_T], said: Callable[[_T], str]) -> list[list[_T]]:
    """``items`` (each a bullet as ``said``) on slides as ``_bullet_slides`` puts a part's
    bullets: ``_page_starts``, a bullet kept with the one before it (``_new_page``)."""
    starts = _page_starts(len(items))
    pages: list[list[_T]] = []
    for at, item in enumerate(items):
        if _new_page(at, said(item), starts, [[said(i) for i in p] for p in pages]):
            pages.append([])
        pages[-1].append(item)
    return pages


# a paragraph that announces the counted list after it: '… Điều 2 của Nghị quyết … đã đưa ra 12
# chỉ tiêu chủ yếu sau:', '11 chỉ tiêu kinh tế gồm:' (what it counts, a few words, titles the list)
_ANNOUNCES = re.compile(
    r"(?:^|[\s,;])(?P<what>\d{1,3}\s+(?:nhóm\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp|nội dung)"
    r"(?:\s+(?!(?:như|sau|gồm|bao)(?!\w))[^\W\d][^\s:;,.{}()]*){0,4}?)"
    r"\s*(?:(?:như\s+)?sau(?:\s+đây)?|gồm(?:\s+có)?|bao\s+gồm)?\s*:$",
    re.IGNORECASE,
)
ANNOUNCED_ITEMS = 2
"""A list is titled by the paragraph announcing it when it has at least this many items."""


def _announced_lists(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """The paragraphs (by index) that announce the list of items right after them
    (``_ANNOUNCES``, at least ``ANNOUNCED_ITEMS`` items marked '-' or '•'), each with the
    title of its list ('12 chỉ tiêu chủ yếu', '11 chỉ tiêu kinh tế')."""
    out: dict[int, str] = {}
    for i, paragraph in enumerate(paragraphs):
        m = _ANNOUNCES.search(paragraph.text.strip())
        if m is None or paragraph.marker:
            continue
        items = 0
        while i + 1 + items < len(paragraphs) and paragraphs[i + 1 + items].marker == "-":
            items += 1
        if items >= ANNOUNCED_ITEMS:
            what = " ".join(m.group("what").split())
            out[i] = what[:1].upper() + what[1:]
    return out


def _listed_slides(
    title: str,
    flat: list[tuple[str, str]],
    listed: dict[int, str],
    full_heading: str,
    remarks: list[str],
) -> list[SlideDraft]:
    """The slides of a part whose text announces counted lists (``_announced_lists``): the
    bullets before the first list under the part's title, each list's (with what follows it up
    to the next list) under its own, a group longer than a slide balanced over '(tiếp)'; each
    slide's notes are the paragraphs its bullets open (and the lead-ins before them)."""
    groups: list[tuple[str, list[tuple[str, list[str]]]]] = []  # (title, [(bullet, notes)])
    waiting: list[str] = []
    for n, (bullet, note) in enumerate(flat):
        if n in listed or not groups:
            groups.append((listed.get(n, title), []))
        if note:
            waiting.append(note)
        if bullet:
            groups[-1][1].append((bullet, waiting))
            waiting = []
    out: list[SlideDraft] = []
    for named, items in groups:
        for page, shown in enumerate(_balanced(items, lambda item: item[0])):
            text = "\n\n".join(n for _, notes in shown for n in notes)
            if not out and full_heading:
                text = f"{full_heading}\n\n{text}"
            review = tuple(remarks) if not out else ()
            bullets = tuple(b for b, _ in shown)
            out.append(SlideDraft(continued(named, page), bullets, text, review=review))
    if waiting and out:
        last = out[-1]
        out[-1] = replace(last, notes="\n\n".join([last.notes, *waiting]).strip())
    return out


# a paragraph's first clause that says its topic, fit for a title: no figure, not cut, not a
# lead-in to a list ('… như sau:'), a few words ('Hoạt động xuất khẩu hàng hóa tăng khá')
_LEAD_CLAUSE = re.compile(rf"^(?=.{{15,{SECTION_CHARS}}}$)(?=(?:\S+\s+){{3}})[^{{}}…:]+$")


def _led_slides(
    title: str,
    flat: list[tuple[str, str]],
    leads: set[int],
    full_heading: str,
    remarks: list[str],
    opens: dict[int, str] | None = None,
) -> list[SlideDraft]:
    """The slides of a long part (more than three) cut where the source opens a paragraph
    with its topic ('Hoạt động thương mại và dịch vụ nội địa tăng khá; …'): that clause
    titles the slide of its paragraph and of those after it up to the next lead, never
    '(tiếp 8)' over unrelated topics; the bullets before the first lead keep the part's
    title. A group longer than a slide goes on, balanced, under its own title '(tiếp)'.

    A paragraph that opens on a subject of its own after a lead's group (``opens``: 'Công tác
    quản lý nhà nước về du lịch được tăng cường, … thu hút gần {x} khách' after 'Hoạt động
    xuất khẩu hàng hóa tăng khá') is never put under that lead: it starts a group titled by its
    own first clause, or by the part's title when it has none fit for one."""
    opens = opens or {}
    groups: list[tuple[str, list[str], list[str]]] = []  # (title, bullets, notes)
    waiting: list[str] = []
    for n, (bullet, note) in enumerate(flat):
        if not bullet:
            waiting.append(note)
            continue
        if n in opens and groups and groups[-1][0] != title:
            named = opens[n] or title
            whole = named == bullet.removesuffix("…")  # a figure-free item: its title, as a lead's
            groups.append((named, [] if whole else [bullet], [*waiting]))
        elif n in leads or not groups:
            named = bullet if n in leads else title
            groups.append((named, [] if n in leads else [bullet], [*waiting]))
        else:
            groups[-1][1].append(bullet)
            groups[-1][2].extend(waiting)
        waiting = []
        if note:
            groups[-1][2].append(note)
    if waiting and groups:
        groups[-1][2].extend(waiting)
    out: list[SlideDraft] = []
    for named, bullets, notes in groups:
        if not bullets:  # a lead with nothing after it: its own bullet, under its title
            bullets = [named]
        for page, shown in enumerate(_balanced(bullets, str)):
            text = "\n\n".join(notes) if page == 0 else ""
            if not out and full_heading:
                text = f"{full_heading}\n\n{text}"
            review = tuple(remarks) if not out else ()
            out.append(SlideDraft(continued(named, page), tuple(shown), text, review=review))
    return out


TOPIC_BULLETS = 3  # a paragraph with a run-in head titles slides when it says this much
# a paragraph's run-in head ('Tăng trưởng kinh tế: Tổng sản phẩm …', 'Đầu tư–xây dựng: …'):
# a topic of a few words before a colon, no figure, not a lead-in ('Trong đó:', 'Cụ thể:')
_RUN_IN_TOPIC = re.compile(r"^(?P<topic>[^\W\d_][^:{}\d…]{2,78}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
_NO_TOPIC = re.compile(
    r"^(?:trong đó|cụ thể|bao gồm|gồm(?: có)?|ví dụ|theo đó|tóm lại|kết quả|như sau|nhìn chung"
    r"|tuy nhiên|ngoài ra|đến nay|hiện nay)$|(?:như sau|sau đây|gồm(?: có)?|là)$",
    re.IGNORECASE,
)


def _run_in_topic(bullet: str) -> tuple[str, str] | None:
    """(the head, the rest) of a bullet that opens on its paragraph's run-in head, else None."""
    m = _RUN_IN_TOPIC.match(bullet)
    if m is None or not bullet[:1].isupper() or _NO_TOPIC.search(m.group("topic")):
        return None
    rest = m.group("rest")
    return m.group("topic"), rest[:1].upper() + rest[1:]


def _topics_led(
    flat: list[tuple[str, str]],
    leads: set[int],
    opens: dict[int, str],
    topics: dict[int, tuple[str, str]],
) -> tuple[list[tuple[str, str]], set[int], dict[int, str]]:
    """``flat`` with each run-in head of ``topics`` a lead of its own (a title, no bullet) before
    the rest of its bullet; ``leads`` and ``opens`` moved with their bullets."""
    if not topics:
        return flat, leads, opens
    out: list[tuple[str, str]] = []
    led: set[int] = set()
    opening: dict[int, str] = {}
    for n, (bullet, note) in enumerate(flat):
        if n in topics:
            head, rest = topics[n]
            led.add(len(out))
            out.append((head, ""))
            out.append((rest, note))
            continue
        if n in leads:
            led.add(len(out))
        if n in opens:
            opening[len(out)] = opens[n]
        out.append((bullet, note))
    return out, led, opening


def _own_topic(bullet: str) -> str:
    """The title a paragraph that opens on its own subject gives its slide: the bullet itself
    when it is a topic with no figure ('Cơ sở vật chất, trang thiết bị phục vụ dạy học được
    đầu tư cơ bản đáp ứng yêu cầu đổi mới…', its '…' dropped), else its first clause when that
    names one ('Công tác quản lý nhà nước về du lịch được tăng cường' of '…, đẩy mạnh, thu hút
    gần {x} khách'); '' when neither does."""
    whole = bullet.removesuffix("…").rstrip(" ,;:")
    if "{" not in whole and 15 <= len(whole) <= SECTION_CHARS and ":" not in whole:
        return whole
    first = re.split(r"[,;:(]\s", bullet, maxsplit=1)[0].strip()
    if "{" in first or len(first.split()) < 4 or len(first) > SECTION_CHARS or first == bullet:
        return ""
    return first


def _kept_with(bullet: str, pages: Sequence[Sequence[str]]) -> bool:
    """A subjectless bullet (too long to join its subject, ``_with_subjects``) stays on the
    slide of the bullet before it (the last of ``pages``) when that slide has room."""
    return bool(
        pages
        and (SUBJECTLESS.match(bullet) or bullet.startswith(SUB))
        and len(pages[-1]) < MAX_BULLETS
    )


def _table_slide(
    title: str, node: Heading, table: Table, keyed: list[list[_Keyed]], source: str
) -> SlideDraft:
    """The slide of a table: its head and rows as the outline's ``table:``, a figure's cell
    naming it by key; the paragraph that opens it and the table's source in the notes."""
    paragraphs = node.paragraphs
    head = paragraphs[table.head].text
    columns = [_escape(head[a:b].strip(" *")) for a, b in cell_spans(head)]
    body: list[list[str]] = []
    for i in table.rows:
        text = paragraphs[i].text
        spans = sorted((k.found.span, f"{{{k.key}}}") for k in keyed[i])
        body.append([_render(text, a, b, spans) for a, b in cell_spans(text)])
    width = max(len(columns), *(len(r) for r in body))
    columns += [""] * (width - len(columns))
    body = [r + [""] * (width - len(r)) for r in body]
    notes = [paragraphs[table.intro].text] if table.intro is not None else []
    notes.append(f"Nguồn: {source}")
    remark = N_("table drafted from the document's table; check its rows and columns")
    return SlideDraft(
        title,
        notes="\n\n".join(notes),
        review=(remark,),
        table=TableDraft(tuple(columns), tuple(tuple(r) for r in body), source),
    )


def _led(lead: str, bullet: str) -> str:
    """The bullet an item's lead-in opens: 'Bao gồm' + 'Thu nội địa: {x}' -> 'Bao gồm thu
    nội địa: {x}'; 'Về thu ngân sách' + 'Tiếp tục …' -> 'Về thu ngân sách: tiếp tục …'."""
    low = bullet[:1].lower() + bullet[1:] if not bullet[1:2].isupper() else bullet
    joined = f"{lead} {low}" if _JOINED_LEAD.match(lead) else f"{lead}: {low}"
    return joined if len(joined) <= MAX_CHARS + 20 else bullet


# what a presenter does with a document of each type: a guidance or an outline is the basis of
# the propaganda; a report or a conclusion is summarised; a resolution, a plan or a decision is
# made known and carried out
_DECK_PURPOSE = {
    "HƯỚNG DẪN": "Tài liệu tuyên truyền theo",
    "ĐỀ CƯƠNG TUYÊN TRUYỀN": "Tài liệu tuyên truyền theo",
    "ĐỀ CƯƠNG": "Tài liệu tuyên truyền theo",
    "BÁO CÁO": "Tóm tắt",
    "THÔNG BÁO KẾT LUẬN": "Tóm tắt",
    "THÔNG BÁO": "Tóm tắt",
    "KẾT LUẬN": "Tóm tắt",
    "TỜ TRÌNH": "Tóm tắt",
    "NGHỊ QUYẾT": "Quán triệt, triển khai",
    "CHỈ THỊ": "Quán triệt, triển khai",
    "KẾ HOẠCH": "Triển khai",
    "QUYẾT ĐỊNH": "Triển khai",
    "CHƯƠNG TRÌNH": "Triển khai",
    "ĐỀ ÁN": "Triển khai",
}


def deck_subtitle(doc_type: str, number: str) -> str:
    """The title slide's subtitle, after the document's type: 'Tài liệu tuyên truyền theo Hướng
    dẫn số 25-HD/BTGDUK', 'Tóm tắt Báo cáo số 174/BC-UBND', 'Quán triệt, triển khai Nghị quyết
    số 51/2010/QH12'; a document of no known type, 'Tài liệu tuyên truyền'."""
    cited = f" số {number}" if number else ""
    if not doc_type:
        return f"Tài liệu tuyên truyền theo văn bản{cited}" if number else "Tài liệu tuyên truyền"
    if not number:
        return ""  # 'Triển khai Kế hoạch' with no number says nothing the title does not
    purpose = _DECK_PURPOSE.get(doc_type.upper(), "Tài liệu tuyên truyền theo")
    return f"{purpose} {sentence_case(doc_type)}{cited}"


# what a plan is called by its type: 'Kế hoạch tài chính - ngân sách nhà nước …', never the
# bare 'Tài chính - ngân sách nhà nước …' its letterhead's title line says after 'KẾ HOẠCH'
_NAMED_BY_TYPE = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN")


def _named_as_plan(title: str, doc_type: str) -> str:
    """The deck's title of a plan with its type first: 'Tài chính - ngân sách nhà nước 03 năm
    2026 - 2028 tỉnh Cà Mau' of a 'KẾ HOẠCH' -> 'Kế hoạch tài chính - ngân sách nhà nước …'."""
    kind = (doc_type or "").upper()
    if kind not in _NAMED_BY_TYPE or not title or title.upper().startswith(kind):
        return title
    first = title.split()[0]
    # (an acronym or a name keeps its capitals: 'UBND …', 'Hưng Yên …' stays as it is)
    if first.isupper() and len(first) > 1 or _PROPER_FIRST.match(title):
        return title
    return f"{sentence_case(kind)} {title[:1].lower()}{title[1:]}"


_PROPER_FIRST = re.compile(r"^[^\W\d_]+\s+[A-ZĐ]")


OPENING = "nội dung chính"
"""Said of a section's first slide that would repeat the section's title ('X: nội dung chính')."""


def unique_titles(deck: DeckDraft) -> DeckDraft:
    """Every built slide with a title of its own, as the accessibility gate asks: a section's
    slide that repeats the title of its divider becomes 'X: nội dung chính'; any other title
    seen before on the deck (title slide, dividers, slides) is numbered 'X (2)', 'X (3)'."""
    seen: set[str] = {" ".join(deck.title.split()).casefold()}
    sections = []

    def fresh(title: str, slide: bool = False) -> str:
        key = " ".join(title.split()).casefold()
        n = 1
        base = CONTINUED.sub("", title)
        named = title
        while key in seen:
            n += 1
            # a slide goes on a title seen before: 'X (tiếp 3)', as the slides of one list
            # are numbered, never 'X (2)' beside 'X (tiếp)' nor 'X (tiếp) (2)'
            named = continued(base, n - 1) if slide else f"{title} ({n})"
            key = " ".join(named.split()).casefold()
        seen.add(key)
        return named

    for sec in deck.sections:
        title = fresh(sec.title)
        slides = []
        own = " ".join(sec.title.split()).casefold()
        topic = _without_scope(sec.title)
        for slide in sec.slides:
            named = slide.title
            base = CONTINUED.sub("", named)
            if " ".join(named.split()).casefold() == own:
                named = topic or f"{named}: {OPENING}"
            elif topic and not slide.chart and " ".join(base.split()).casefold() == own:
                # its '(tiếp)' slides go on under the same words
                named = f"{topic}{named[len(base) :]}"
            named = fresh(named, slide=True)
            slides.append(slide if named == slide.title else replace(slide, title=named))
        sections.append(replace(sec, title=title, slides=tuple(slides)))
    return replace(deck, sections=tuple(sections))


# what a heading says of where and when, after its topic: 'của tỉnh Cà Mau năm 2025', 'đến năm
# 2030', 'trên địa bàn tỉnh Đồng Nai giai đoạn 2026 - 2030'
_SCOPE = re.compile(
    r"\s+(?:(?:của|trên địa bàn|tại)\s+(?:tỉnh|thành phố|huyện|xã|phường|thị xã)\s"
    r"|(?:tỉnh|thành phố|huyện)\s+[A-ZĐ]"
    r"|(?:trong\s+)?(?:năm|giai đoạn|đến năm|từ năm)\s+\d{4}"
    r"|(?:6|06|9|09)\s+tháng\b"
    r").*$"
)


def _without_scope(title: str) -> str:
    """A section's first slide's title, told from its divider's without a generated suffix: the
    heading's topic without its place and time ('Đánh giá tình hình phát triển kinh tế - xã
    hội của tỉnh Cà Mau năm 2025' -> 'Đánh giá tình hình phát triển kinh tế - xã hội'; the
    divider says the rest); '' when the heading says none (then 'X: nội dung chính')."""
    m = _SCOPE.search(title)
    if not m or len(title[: m.start()].split()) < 3:
        return ""
    return title[: m.start()].rstrip(" ,:;-–")


def distinct_titles(sections: list[SectionDraft]) -> list[SectionDraft]:
    """No two slides in a row with one title: the later ones of a run become 'X (tiếp)',
    'X (tiếp 2)', ..."""
    out = []
    for sec in sections:
        slides: list[SlideDraft] = []
        run = 0
        for slide in sec.slides:
            base = CONTINUED.sub("", slide.title)
            if slides and CONTINUED.sub("", slides[-1].title) == base:
                run += 1
            else:
                run = 0
            slide = replace(slide, title=continued(base, run))
            slides.append(slide)
        out.append(replace(sec, slides=tuple(slides)))
    return out


CONTINUED = re.compile(r"\s*\(tiếp(?: \d+)?\)$")
"""The mark of a continuation slide's title (see ``continued``)."""


def continued(title: str, n: int) -> str:
    """The title of the ``n``-th slide (from 0) of one list: 'X', 'X (tiếp)', 'X (tiếp 2)'."""
    if n == 0:
        return title
    return f"{title} (tiếp)" if n == 1 else f"{title} (tiếp {n})"


def _note(paragraph: Paragraph) -> str:
    if paragraph.said:
        return paragraph.said
    if paragraph.marker == "-":
        return f"- {paragraph.text}"
    if paragraph.marker and not paragraph.marker.startswith("("):
        return f"{paragraph.marker}- {paragraph.text}"
    return paragraph.text


def _bullets(paragraph: Paragraph, keyed: list[_Keyed]) -> list[str]:
    """First clause of the first sentence, and every sentence or clause that holds a figure."""
    text = paragraph.text
    spans = sorted(
        [
            (k.found.span, _reference(text, k.found.span, k.key, k.found.value, k.found.unit))
            for k in keyed
        ]
        + [
            (span, _reference(text, span, f"{k.key}.plan", k.found.plan, k.found.unit))
            for k in keyed
            if (span := k.found.plan_span) and k.found.plan is not None
        ]
    )
    out: list[str] = []
    lead = ""  # a run-in head ('Về kinh tế:') waiting for the bullet it opens
    skipped = False  # the first sentence was an item's number alone: the next one opens it
    # the sentence of the last bullet: 'Trong đó: …' after a sentence left out ('Bên cạnh đó,
    # vẫn còn một số nguồn chưa đạt …') lists that one's parts, not the bullet before's
    last_at = -1
    for i, (a, b) in enumerate(_pieces(text, _SENTENCE, 0, len(text))):
        within = False  # a clause 'trong đó: …' seen: the sentence's clauses after are its parts
        has = [s for s in spans if a <= s[0][0] < b]
        first = i == 0 or (skipped and not out)
        if not first and not has:
            continue
        if b - a <= MAX_CHARS and (has or first):
            ranges = [(a, b)]
        elif has and (item := _one_bullet(text, a, b, spans)) is not None:
            # one item, one bullet: its subject with its figure, never split at its commas
            out.append(_ITEM_MARK.sub("", item))
            continue
        else:
            # never cut inside a bracket: '(trong đó công nghiệp tăng 8,5%; xây dựng tăng: 10%)'
            clauses = _bracketed(text, _pieces(text, _CLAUSE, a, b))
            ranges = [
                (c, d)
                for j, (c, d) in enumerate(clauses)
                if (first and j == 0) or any(c <= s[0][0] < d for s in has)
            ]
        for c, d in _packed(text, ranges, spans):
            end = _closed_end(text, c, _trim_end(text, c, d, spans), spans)
            if (
                end < d
                and d - c <= MAX_CHARS + 30
                and _nouns_listed(text[c:end], text[end:d].lstrip(" ,"))
            ):
                # never cut a noun phrase's list from its verb ('… và 63/63 tỉnh…' for '… và
                # 63/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành'): a little long, whole
                end = d
            elif end < d and d - c <= JOINED_CHARS and _TAIL_KEPT.search(text[end:d]):
                # never a '…' that drops a figure or what makes the figure a forecast ('… với kết
                # quả dự kiến đến hết năm 2025 số trạm 5G đạt 68,457 trạm' cut at 'dự kiến…'):
                # the clause whole, up to two bullets long
                end = d
            bullet = _render(text, c, end, spans) + ("…" if end < d else "")
            if end == d and text[c:d].rstrip().endswith(":"):
                # "…, nghèo có nhà ở hư hỏng, cụ thể:": the list it opens follows
                bullet = _without_lead_tail(bullet)
            if _NUMBERING.match(bullet):
                # "1.1. Nhiệm vụ …" read as a sentence "1.1." then the item's text
                skipped = True
                continue
            # "(1) Tổng sản phẩm …": the slide's bullet is the item's mark, not a second one
            bullet = _ITEM_MARK.sub("", bullet)
            bullet = bullet[:1].upper() + bullet[1:]
            if len(bullet) < 25 and text[c:d].rstrip().endswith(":"):
                if out:
                    continue
                # "Về kinh tế: (1) Tổng sản phẩm …": a run-in head opens the next bullet
                lead = bullet
                continue
            if bullet:
                if lead:
                    bullet, lead = _led(lead, bullet), ""
                if out and (within or _WITHIN.match(bullet) and last_at >= i - 1):
                    # '…; trong đó: thu nội địa {x}, …; thu từ hoạt động xuất, nhập khẩu {y}':
                    # the parts of the whole the bullet before states, under it
                    within = True
                    bullet = SUB + _without_within(bullet)
                out.append(bullet)
                last_at = i
    if lead and not out:
        out.append(lead)
    out = _with_subjects(out)
    end = _trim_end(text, 0, len(text), spans)
    return out or [_render(text, 0, end, spans) + ("…" if end < len(text) else "")]


_ITEM_MARK = re.compile(r"^\(\d{1,2}\)\s+")
# a clause that opens on its verb or on 'với' before its figure says something of the subject
# before it: 'Đạt {x} kế hoạch, tăng {y} so cùng kỳ', 'Với tổng vốn đăng ký {z}'; never
# 'Tăng cường …', 'Vượt qua khó khăn …', 'Với phương châm …' (a verb or a frame with its own
# object, a sentence of its own)
SUBJECTLESS = re.compile(
    r"^(?:(?:Ước\s+)?(?:Đạt|Tăng|Giảm|Vượt|Bằng)(?:\s+(?:được|khoảng|gần|trên|hơn|mức|tối thiểu))*"
    r"\s+[{\d]|Với(?:\s+[^\s{}]+){1,6}\s+\{)"
)
JOINED_CHARS = 2 * MAX_CHARS
"""A clause and its subject joined up to this length; longer, they stay two bullets on one
slide (``_bullet_slides``)."""


def _with_subjects(bullets: list[str]) -> list[str]:
    """'Sản lượng … thu hoạch {x}' + 'Đạt {y} kế hoạch, tăng {z} so cùng kỳ': a bullet with no
    subject of its own (``SUBJECTLESS``) goes on the bullet before it, its subject, as the
    source wrote them ('… thu hoạch {x}, đạt {y} kế hoạch, …'), never alone on a slide."""
    out: list[str] = []
    for bullet in bullets:
        if out and SUBJECTLESS.match(bullet) and not _ELIDED_SUBJECT.search(out[-1]):
            sub = ""
            if _read_len(bullet) + _read_len(out[-1]) > MAX_CHARS and (
                m := _WITHIN_BRACKET.search(bullet)
            ):
                # 'Tăng {z} so với cùng kỳ (trong đó, {w} khách, đạt {v} kế hoạch, …)': the
                # bracket's parts under the bullet, the clause on its subject (longer than a
                # bullet, a bracket of parts reads better as their own line)
                bullet, sub = bullet[: m.start()].rstrip(" ,"), _without_within(m.group(1))
            low = f"{bullet[:1].lower()}{bullet[1:]}"
            # ('… như: Sản lượng chế biến tôm…' + 'Đạt {x} kế hoạch': on the elided subject)
            joined = f"{out[-1]} {low}" if out[-1].endswith("…") else f"{out[-1]}, {low}"
            if _read_len(joined) > JOINED_CHARS:
                joined = _short_subject(out[-1], low)
            if _read_len(joined) <= JOINED_CHARS:
                out[-1] = joined
                if sub:
                    out.append(SUB + sub)
                continue
            if sub:
                bullet = f"{bullet} ({_WITHIN_WORDS} {sub[:1].lower()}{sub[1:]})"
        out.append(bullet)
    return out


FIGURE_CHARS = 12
"""How long a figure reads on a slide ('368.000 tấn', '8.223 triệu kWh' 15): a bullet's length
counts each ``{key}`` so, not as its key's name."""


def _read_len(bullet: str) -> int:
    """A bullet's length as a slide shows it, each figure ``FIGURE_CHARS`` long."""
    return len(_REFERENCE.sub("x" * FIGURE_CHARS, bullet))


_REFERENCE = re.compile(r"(?<!\{)\{\w+(?:\.plan)?\}")


# a bullet cut before what its next clause is said of ('Một số sản phẩm như…'); one cut inside
# it ('… như: Sản lượng chế biến tôm…') still names it
_ELIDED_SUBJECT = re.compile(r"(?:\b(?:như|gồm|là|có)|:)\s*…$|^\t")

SUB = "\t"
"""Before a bullet of ``SlideDraft.bullets``: a sub-item of the bullet before it (the outline's
``{text, bullets}``)."""
_WITHIN_WORDS = "trong đó:"
# a clause that lists the parts of the whole before it: 'Trong đó: thu nội địa {x}, …'
_WITHIN = re.compile(r"^(?:Trong đó|Trong số đó|Bao gồm)\s*[:,]?\s+(?=\S)", re.IGNORECASE)
# a bracket at a clause's end that does so: '… (trong đó, {w} khách, đạt {v} kế hoạch)'
_WITHIN_BRACKET = re.compile(
    r"\s*\(((?:trong đó|trong số đó)\s*[:,]?\s+[^()]*\{[^()]*)\)…?\s*$", re.IGNORECASE
)


def _without_within(text: str) -> str:
    """A sub-item without the words that opened it ('Trong đó: thu nội địa {x}' -> 'Thu nội địa
    {x}'); with them when what is left opens on its number ('Trong đó: {w} khách …')."""
    rest = _WITHIN.sub("", text, count=1)
    if not rest or rest[:1] in "{0123456789":
        rest = f"Trong đó: {rest}" if rest else text
    return rest[:1].upper() + rest[1:]


def _short_subject(subject: str, clause: str) -> str:
    """``subject`` + ``clause`` with the subject's clauses between its first and the one that
    states its figure left out ('Công tác quản lý nhà nước về du lịch được tăng cường, đẩy
    mạnh, thu hút gần {x}' -> '… được tăng cường… thu hút gần {x}'): the subjectless clause
    stays on the subject it speaks of."""
    parts = subject.split(", ")
    keep = [p for j, p in enumerate(parts) if j == 0 or "{" in p]
    if len(keep) == len(parts):
        return f"{subject}, {clause}"
    head, rest = keep[0], keep[1:]
    return f"{head}… {', '.join(rest)}, {clause}" if rest else f"{head}… {clause}"


# the verb that says a figure's measure, with its hedge: what joins a subject to its number
_MEASURED = re.compile(
    r"(?<!\w)(?:phấn đấu\s+)?(?:đạt|chiếm|gấp|là|tăng|giảm|ở mức|bằng|có)"
    r"(?:\s+(?:tối thiểu|tối đa|ít nhất|trên|dưới|khoảng|gần|hơn|từ))*\s*$",
    re.IGNORECASE,
)
# a bracket that says no figure: an aside a bullet can drop ('(trồng trọt, chăn nuôi …)')
_ASIDE = re.compile(r"\s*\([^()]*\)")


# what a '…' cut never drops from before a kept figure: another figure, or the words that say
# it is a forecast, a plan or a target, or by when ('dự kiến đến hết năm 2025', 'phấn đấu')
_STATUS_OR_FIGURE = re.compile(
    r"(?<![\w/.,-])(?<!số )(?<!ngày )\d[\d.,]*(?:\s*%|\s+[a-zđà-ỹ]|\s+[A-Z]{1,5}\b)"
    r"|\b(?:dự kiến|kế hoạch|mục tiêu|phấn đấu|chỉ tiêu|dự báo|ước|đến (?:hết )?năm)\b"
)
# what a '…' at a bullet's end never drops: a figure ('68,457 trạm', not 'số 01/CTr-UBND' nor
# 'ngày 19/01/2025'), or a forecast's or a horizon's words
_TAIL_KEPT = re.compile(
    r"(?<![\w/.,-])(?<!số )(?<!ngày )\d[\d.,]*(?:\s*%|\s+[a-zđà-ỹ]|\s+[A-Z]{1,5}\b)"
    r"|\b(?:dự kiến|phấn đấu|dự báo|đến (?:hết )?năm \d{4})\b"
)


def _one_bullet(text: str, a: int, b: int, spans: list[tuple[tuple[int, int], str]]) -> str | None:
    """A sentence too long for a bullet whose figures come at its end, after the verb that
    measures its subject ('(5) Tỷ lệ trang trại, hợp tác xã … (trồng trọt, chăn nuôi …) sử
    dụng nền tảng số …, chăn nuôi đạt tối thiểu 50%'), as one bullet: its asides in brackets
    dropped, then its subject shortened between phrases with '…' before the verb and its
    figure; None when the figures are not all in that short tail (the caller cuts clauses)."""
    inside = [s for s in spans if a <= s[0][0] < b]
    if not inside:
        return None
    first = min(s[0][0] for s in inside)
    verb = _MEASURED.search(text, a, first)
    if verb is None or verb.start() - a < 25 or b - verb.start() > 45:
        return None
    if text[first:b].count("(") != text[first:b].count(")"):
        return None
    gaps = [
        (m.start(), m.end())
        for m in _ASIDE.finditer(text, a, verb.start())
        if not any(m.start() <= s[0][0] < m.end() for s in spans)
    ]
    head = "".join(
        text[p:q] for p, q in zip([a] + [g[1] for g in gaps], [g[0] for g in gaps] + [verb.start()])
    ).strip()
    head = re.sub(r"\s{2,}", " ", head).rstrip(" ,;:")
    tail = _render(text, verb.start(), b, spans)
    tail = tail[:1].lower() + tail[1:] if not tail[1:2].isupper() else tail
    room = MAX_CHARS - len(tail) - 2
    if head.count("(") != head.count(")") or "{" in head or "}" in head:
        return None
    if len(head) > room:
        cut = phrase_cut(head, 0, room, room * 3 // 4)
        short = head[:cut] if cut is not None else None
        budget = len(head.split())
        while short is None and budget > 4:
            # between phrases, never inside a compound or a name (shorten.py)
            budget -= 1
            fits = shortened(head, budget)
            short = fits if fits is not None and len(fits) <= room else None
        if short is None or _STATUS_OR_FIGURE.search(head[len(short.rstrip("…")) :]):
            # '… với kết quả dự kiến đến hết năm 2025 số trạm 5G đạt 68,457 trạm' cut from
            # '… bằng {x} số trạm 4G': a forecast would read as a result, a figure be lost
            return None
        head = short.rstrip(" ,;:") + "…"
    bullet = f"{_escape(head)} {tail}"
    return bullet[:1].upper() + bullet[1:]


def _closed_end(text: str, a: int, end: int, spans: list[tuple[tuple[int, int], str]]) -> int:
    """``end`` moved before a bracket it would leave open (after it, when the bracket holds a
    figure the bullet keeps or is all the bullet says): a bullet never opens a bracket it does
    not close ('… quản trị (tối thiểu tích hợp thuế điện tử, hóa đơn điện…')."""
    depth, opened = 0, -1
    for i in range(a, end):
        if text[i] == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
    if not depth:
        return end
    close = text.find(")", end)
    holds = any(opened <= s[0] < end for s, _ in spans)
    before = len(text[:opened].rstrip(" ,;:-–"))
    if (holds or before - a < 20) and close != -1:
        return close + 1
    return before if before - a >= 20 else end


_COMMA = re.compile(r",\s+")


def _packed(
    text: str, ranges: list[tuple[int, int]], spans: list[tuple[tuple[int, int], str]]
) -> list[tuple[int, int]]:
    """Ranges too long for one bullet, split at commas into bullets of at most ``MAX_CHARS``
    that keep every figure: the first piece, then only the pieces that hold a figure."""
    out: list[tuple[int, int]] = []
    for c, d in ranges:
        cut = _trim_end(text, c, d, spans, whole_figures=False)
        if cut >= d or not any(cut <= s[0][0] < d for s in spans):
            out.append((c, d))
            continue
        chunks: list[tuple[int, int]] = []

        def holds(a: int, b: int) -> bool:
            return any(a <= s[0][0] < b for s in spans)

        for a, b in _coordinated(text, _bracketed(text, _pieces(text, _COMMA, c, d))):
            if chunks and b - chunks[-1][0] <= MAX_CHARS:
                chunks[-1] = (chunks[-1][0], b)
            elif chunks and not holds(a, b) and _tags(text[a:b])[1][:1] == ["A"]:
                # '… được thực hiện đầy đủ, | kịp thời, đúng quy định, đã vận động …': how the
                # clause before was done opens no bullet of its own ('Kịp thời, …')
                continue
            else:
                chunks.append((a, b))

        if len(chunks) > 1 and chunks[0][1] - chunks[0][0] < 30:
            # "Nửa nhiệm kỳ qua," or "Năm 2024," alone is no bullet: it opens the clause after
            # it (cut to length, with '…', when that holds no figure); a time frame too short
            # to say anything is left out when its clause is too long to join
            if not holds(*chunks[1]) or chunks[1][1] - chunks[0][0] <= MAX_CHARS + 25:
                chunks[:2] = [(chunks[0][0], chunks[1][1])]
            elif _FRAME_ONLY.match(text[chunks[0][0] : chunks[0][1]]):
                chunks = chunks[1:]
        for n, (a, b) in enumerate(chunks):
            if n == 0 or holds(a, b):
                out.append((a, b))
    return out


# 'nông, lâm nghiệp và thuỷ sản', 'giáo dục, y tế và văn hóa': the items after a comma that run
# on to 'và' within a few words are one noun phrase with the word before the comma
_LIST_AFTER = re.compile(r"[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}\s+(?:và|hoặc)\s+[^\W\d]")
_WORD_BEFORE = re.compile(r"(?:^|[\s:(])([^\W\d][\w-]*)$")


def _coordinated(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces cut at a comma inside a coordinated noun phrase joined again: 'trong đó: Khu vực
    nông' + 'lâm nghiệp và thuỷ sản chiếm {x}' is one piece ('… Khu vực nông, lâm nghiệp và
    thuỷ sản chiếm {x}'): a comma after a lone word, before lower-case words that run on to
    'và' or 'hoặc', lists the parts of one noun, it ends no clause."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out:
            before = text[out[-1][0] : out[-1][1]].rstrip(" ,")
            word = _WORD_BEFORE.search(before)
            if (
                word is not None
                and word.group(1)[:1].islower()
                and text[a : a + 1].islower()
                and _LIST_AFTER.match(text, a)
                and not _MEASURED_BEFORE.search(text, out[-1][0], a)
            ) or (
                b - out[-1][0] <= MAX_CHARS + 30
                and _nouns_listed(text[out[-1][0] : out[-1][1]], text[a:b])
            ):
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


_NOUN_TAGS = frozenset(("N", "Np", "Nc", "Ny"))


def _nouns_listed(before: str, after: str) -> bool:
    """A comma between two nouns of one list ('… và 63/63 tỉnh' + 'thành phố trực thuộc Trung
    ương đã ban hành', '… phát triển khoa học' + 'công nghệ, đổi mới sáng tạo …', 'Chính phủ' +
    'Thủ tướng Chính phủ đã giao …'): the noun before the comma (not a unit) and the one that
    opens the piece after it, which has no figure of its own before its verb, name the parts of
    one noun phrase; a piece split off there has no subject of its own (R21 #1). Pieces that each
    measure their own subject ('lúa 500 tấn' + 'ngô 300 tấn') stay apart."""
    before = before.rstrip(" ,")
    if not before or not after or not after[:1].isalpha() or before[-1:] in ')]"”':
        return False
    _, tags_before = _tags(before)
    words, tags = _tags(after)
    if (
        not tags_before
        or tags_before[-1] not in _NOUN_TAGS
        or not tags
        or tags[0] not in _NOUN_TAGS
    ):
        return False
    for word, tag in zip(words, tags, strict=False):
        if tag == "V":
            return True
        if tag == "M" or word[:1].isdigit() or word.startswith("{"):
            return False
    return True


# a piece that already measures its subject ('… chiếm 34,86%,'): its comma ends a clause
_MEASURED_BEFORE = re.compile(r"\d[^,;]*,\s*$")


_FRAME_ONLY = re.compile(
    r"^(?:năm|trong|quý|tháng|đến|từ|giai đoạn)\b[^,;:]{0,20},?$", re.IGNORECASE
)
"""A piece that only says when: 'Năm 2024,', 'Trong 6 tháng đầu năm,'."""


def _bracketed(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces with those cut inside a bracket joined again: '… 889 tỷ đồng (đạt gần 29% so
    với kế hoạch, tăng hơn 4% so với cùng kỳ)' is one piece, never '… (đạt …' and '… kỳ)'."""
    out: list[tuple[int, int]] = []
    open_ = False
    for a, b in pieces:
        if open_ and out:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        part = text[out[-1][0] : out[-1][1]]
        open_ = part.count("(") > part.count(")")
    return out


def _pieces(text: str, pattern: re.Pattern[str], a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a] + [m.end() for m in pattern.finditer(text, a, b)] + [b]
    pieces = []
    for c, d in zip(cuts, cuts[1:], strict=False):
        c2 = c + len(text[c:d]) - len(text[c:d].lstrip())
        d2 = c2 + len(text[c2:d].rstrip(" ;"))
        if d2 > c2:
            pieces.append((c2, d2))
    return pieces


def _trim_end(
    text: str,
    a: int,
    b: int,
    spans: list[tuple[tuple[int, int], str]],
    whole_figures: bool = True,
) -> int:
    """Where to end a bullet so it stays under ``MAX_CHARS``, never inside a figure: at a
    phrase boundary (``phrase_cut``), a little past the limit if that is the only one near;
    after a figure that starts within the limit when a boundary there is (``whole_figures``)."""
    if b - a <= MAX_CHARS:
        return b
    need = 0
    if whole_figures:
        need = max((s[1] - a for s, _ in spans if a <= s[0] < a + MAX_CHARS - 2), default=0)
    for floor in (need, 0) if need else (0,):
        for lo in (MAX_CHARS * 3 // 5, 40, 20):  # a long whole phrase before a short one
            pos = phrase_cut(text[:b], a, MAX_CHARS - 2, max(lo, floor), spans)
            if pos is not None:
                return pos
        pos = phrase_cut(text[:b], a, MAX_CHARS + 25, max(MAX_CHARS - 2, floor), spans)
        if pos is not None:
            return pos
        if floor and b - a <= MAX_CHARS + 25:
            return b  # the clause whole, a little long, with its figure
    cut = _word_cut(text[:b], a, MAX_CHARS - 2)
    while cut > a and any(s[0] < cut < s[1] for s, _ in spans):
        cut = _word_cut(text[:b], a, cut - a - 1)
    return cut


def _render(text: str, a: int, b: int, spans: list[tuple[tuple[int, int], str]]) -> str:
    parts = []
    pos = a
    for (s, e), ref in spans:
        if s >= a and e <= b:
            parts.append(_escape(text[pos:s]))
            parts.append(ref)
            pos = e
    parts.append(_escape(text[pos:b]))
    bullet = _FOOTNOTE_MARK.sub("", "".join(parts)).strip().rstrip(".;,: ")
    return bullet[:1].upper() + bullet[1:]


# a footnote's mark after a word or a figure ('14.635,05 tỷ đồng[3]', 'giảm thu ngân sách [2]'):
# the footnote is not on the slide, nor its mark
_FOOTNOTE_MARK = re.compile(r"\s?\[\d{1,2}\](?!\()")


def _reference(text: str, span: tuple[int, int], name: str, value: Value, unit: str | None) -> str:
    """What stands in a bullet for the figure at ``span``: ``{name}`` when the figure renders
    as the source writes it (its numbers and words, number formatting aside: '03' is '3',
    'đ' is 'đồng'), else the source's own words ('thứ 8/63' is no '8 hạng', '629/731 trường'
    no '629 trường/731 trường', '13/20 nguồn thu' no '13 nguồn thu'): a bullet never says a
    figure in words the source did not use; figures.yaml keeps the figure."""
    said = text[span[0] : span[1]]
    written, shown = _surface(said), _surface(format_quantity(value, unit, "vi"))
    if isinstance(value, tuple):
        # a range's 'đến', its unit said twice ('7,5% đến 8%'), is how it is formatted
        written, shown = _numbers(written), _numbers(shown)
    if written == shown:
        return "{" + name + "}"
    return _escape(said)


def _numbers(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t[:1].isdigit()]


_SURFACE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[%/]")


def _surface(text: str) -> list[str]:
    """The numbers (as values) and words of a figure as written, to compare two writings."""
    text = re.sub(r"(?<=\d)\s*đ(?!\w)", " đồng", text.lower())
    text = re.sub(r"(?<!\w)ngàn(?!\w)", "nghìn", text.replace("tỉ", "tỷ"))
    out = []
    for token in _SURFACE.findall(text):
        if token[0].isdigit():
            with contextlib.suppress(ArithmeticError, ValueError):
                token = str(parse_number(token).normalize())
        out.append(token)
    return out


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")
