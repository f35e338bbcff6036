"""Numbers with their units, plans and labels, found in Vietnamese guidance text: ``find_figures``
reads a paragraph's figures one by one and runs the passes that split, join and relate them
(parts of a whole, respective lists, shared subjects and acts, places, sources, ranks)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from ..i18n import N_, later
from .labels import (
    _MORE_KINDS,
    _PLACE_UNITS,
    _POINT_UNITS,
    _TIME_AFTER,
    LABEL_WORDS,
    SHORT_WORDS,
    _acts,
    _item,
    _label,
    _lower_first,
    _nwords,
    _short_base,
    _with_change,
    amount_of_what_before,
    area_of_the_crop,
    change_of_the_subject_before,
    clean_ends,
    counted_not_the_actor,
    counts_of_a_change,
    earlier_in_brackets,
    fit,
    levelled_parts,
    levels_of_parts,
    measure_of_the_clause_before,
    measured_against,
    measured_by_the_list_head,
    named_by_fund,
    named_by_the_item,
    parallel_parts,
    part_of_the_year,
    places_of_a_measure,
    plans_told_apart,
    rates_named_by_their_unit,
    said_in_its_own_clause,
    said_of_the_list,
    season_of_the_crop,
    sectors_of_a_growth,
    set_levels,
    shares_of_parts_in_brackets,
    subject_of,
)
from .measures import measures
from .quantities import (
    _ATTAIN_OF,
    _ATTAIN_VERB,
    _COUNTED,
    _HEAD_WORDS,
    _LEADING,
    _LEVEL,
    _LEVEL_RUN,
    _MEASURE_WORDS,
    _MONEY,
    _MONEY_WORDS,
    _NOT_COUNT_BEFORE,
    _NOT_COUNTED,
    _NOUNS,
    _NUM,
    _PAIR,
    _PER_PART,
    _PLAN,
    _POINT_DECIMAL,
    _PREDICATES,
    _QUALIFIER,
    _QUANTITY,
    _QUANTITY_AT,
    _RANK,
    _SENTENCE_START,
    _SLIP,
    _VERBS,
    _YEAR,
    _YEAR_LIKE,
    Found,
    Value,
    _blank_spelled,
    _compound_end,
    _pyvi,
    _segmented_head,
    _total_noun,
    counted_noun,
    parse_number,
    rate_unit,
    reach_back,
    sentence_opening,
    turns_counted,
)
from .subject import amounts_of_what_follows, clause_subjects, shares_of_what_follows
from .targets import (
    _FLOOR_AFTER,
    _FROM_LEVEL,
    _TO_LEVEL,
    _announcement,
    _bracket_targets,
    _caps_title,
    _in_bracket,
    _plans_before,
    _stated_targets,
    _targets_after,
    _with_kind,
    announced_reach,
    growth_floor,
    looks_forward,
    norm_shares,
    shared_bound,
    targeted_by_wording,
)
from .truth import stated
from .validity import relabelled, table_row
from .wellformed import well_formed

_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
_OVER_COUNT = re.compile(rf"\s*/\s*({_NUM})(?=\s+[^\W\d])")
_GIVEN_RATE = re.compile(rf"(?<!\w)tặng(?=\s+(?:{_NUM})\s*%)")
# 'dịch vụ tăng 0 68%': a lone zero, a space, then the digits of a rate - a decimal whose comma
# was lost (no whole number is written '0'); same length, spans hold
_LOST_COMMA = re.compile(r"(?<![\w.,/])0 (?=\d{1,3}\s*%)")
# 'thực hiện tháng 5801,9 tỷ đồng, lũy kế 5 tháng là 3.310,6 tỷ đồng': the month's number run
# into the value after it (the space lost), a month the paragraph names again ('5 tháng', 'tháng
# 5'), the rest a number as written on its own, of three digits or more ('801,9', '7.800'; not
# 'lương tháng 12 triệu đồng')
_GLUED_MONTH = re.compile(
    r"(?<=\btháng )(1[0-2]|[1-9])"
    r"(?=\d(?:\d\d|\.\d{3}|\d,\d|,\d\d)[\d.,]*\s+(?!(?:năm|tháng|ngày)(?!\w))[^\W\d])",
    re.IGNORECASE,
)

_sentence_start = sentence_opening  # (labels' own, read from the paragraph's stops once)


_SPACED_NAME = re.compile(
    r"(\b(?:covid|sars-cov)(?:\s+[–-]\s*|\s*[–-]\s+))(19|2)(?!\d)", re.IGNORECASE
)
# 'tỷ trọng 3 khu vực cụ thể là 37,73% - 14,44%- 47,83%': percentages joined by dashes are a
# list of values, not a range, when three or more are joined or the second is the smaller (a
# range runs from its low end to its high end: '7,5% - 8%' stays one)
_DASHED_PERCENTS = re.compile(rf"(?:{_NUM})\s*%(?:\s*[-–]\s*(?:{_NUM})\s*%)+")
_DASH_AFTER_PERCENT = re.compile(rf"({_NUM})(\s*%\s*)[-–]")


def _falling_listed(text: str) -> str:
    """Each dash of such a list read as a comma (same length: spans hold)."""

    def listed(run: re.Match[str]) -> str:
        values = [parse_number(v) for v in re.findall(rf"{_NUM}(?=\s*%)", run.group(0))]
        if len(values) < 3 and values[1] >= values[0]:
            return run.group(0)
        return _DASH_AFTER_PERCENT.sub(lambda m: m.group(1) + m.group(2) + ",", run.group(0))

    return _DASHED_PERCENTS.sub(listed, text)


def _month_unglued(text: str) -> str:
    """The month's number glued to a value (`_GLUED_MONTH`) blanked (same length, spans hold),
    when the paragraph names that month elsewhere, so the value reads as written."""

    def unglued(m: re.Match[str]) -> str:
        month = m.group(1)
        rest = re.match(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d.,]*\d)", text[m.end() :])
        if rest is None:
            return month  # ('tháng 5801' with no comma: one number, as written)
        elsewhere = re.compile(rf"(?<!\d)(?:{month}\s+tháng|tháng\s+{month})(?![\d.,])", re.I)
        return " " * len(month) if elsewhere.search(text) else month

    return _GLUED_MONTH.sub(unglued, text)


def find_figures(
    text: str,
    period: str = "",
    target: bool = False,
    list_unit: str | None = None,
    reported: int | None = None,
    against_plans: bool = False,
    growth: bool = False,
) -> list[Found]:
    """All figures in one paragraph, in order; ``item`` is the inline "(n)" they fall under.

    ``target`` says the paragraph is under a heading of targets (see ``TARGET_HEADING``);
    ``list_unit`` is the unit of a list whose items end in a bare number (see ``list_unit``);
    ``reported`` the year the document reports on: a sentence on a later year plans it;
    ``against_plans`` that the paragraph is an item of a list of results set against their
    plans: 'A/B' is a result over its plan (see `deckmaker.draft.mood`); ``growth`` that it
    is an item of a list of growth targets (``growth_floor``).
    """
    # "(hai trăm ba mươi bốn triệu, tám trăm nghìn triệu đồng)": the figure before, read out;
    # blanked (same length, so spans hold) so that it names nothing
    text = _blank_spelled(text)
    # '22,656 tỷ đồng [4]/12,9 tỷ đồng', '14.635,050 tỷ đồng[3],': a footnote's mark is no part
    # of the sentence; blanked (same length) so that what it stands between reads as one
    text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    # "tặng 3%": a slip for 'tăng' (nothing is given away in percent); same length, spans hold
    text = _GIVEN_RATE.sub("tăng", text)
    text = _LOST_COMMA.sub("0,", text)
    text = _month_unglued(text)
    # 'dịch bệnh Covid – 19 ảnh hưởng đến …': the disease's name with its dash spaced, as
    # 'Covid-19'; its number blanked (same length) so that it counts nothing
    text = _SPACED_NAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    text = _falling_listed(text)
    text = _one_magnitude(text)
    found: list[Found] = []
    prev_end = 0
    paired = False  # an 'A/B' of the paragraph read as a result over its plan
    pair_name = ""  # and what it is of ('lúa' of 'Trong đó lúa 40/38ha')
    announced = _announcement(text)
    reach = announced_reach(text, announced) if announced else 0
    for m in _QUANTITY.finditer(text):
        if m.start() < prev_end:
            continue
        if _EVERY_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and _EVERY_THEN.match(
            text, m.end()
        ):
            # "cứ 2 hộ dân thì có 1 hộ nghèo", "cứ 100.000 hộ dân cư thì có khoảng 2 hộ": the
            # base a rate is said over, not a figure (the count after 'thì có' is the rate),
            # its words no part of the rate's label
            prev_end = m.end()
            continue
        if _persons_age(text, m):
            # "cô Hồng (39 tuổi, làm hiệu trưởng)": a person's age, said of the name before
            # its bracket; no figure (an age of a population, 'tuổi thọ … 74,5 tuổi', is)
            prev_end = m.end()
            continue
        last_count = next((f for f in reversed(found) if _is_count(f)), None)
        figure = _figure(
            text, m, prev_end, period, found[-1] if found else None, list_unit, last_count
        )
        if figure is None:
            continue
        figure = _two_part_amount(text, figure, prev_end, found[-1] if found else None)
        told = (
            target
            or (announced is not None and announced.end() <= m.start() < reach)
            or looks_forward(text, m.start(), reported)
            or targeted_by_wording(text, m.start(), figure.span[1], reported)
        )
        figure = _with_kind(text, m, figure, told)
        if growth:
            figure = growth_floor(text, figure)
        figure = shared_bound(text, found[-1] if found else None, figure)
        found.append(figure)
        prev_end = (figure.plan_span or figure.span)[1]
        if target_of := _slash_target(text, figure, period):
            # "1.450 tỷ đồng/1.600 tỷ đồng, đạt 90,6% kế hoạch": the result and its target
            # (the target's own span, not the result's plan_span: the bullet says it once)
            found[-1] = replace(figure, plan_kind=target_of.plan_kind, plan_span=None)
            found.append(target_of)
        if said := _TIME_AFTER.match(text, prev_end):
            prev_end = said.end()  # "5.500 tấn/năm vào năm 2010, 10.000 tấn/năm …": its time
        if bound := _FLOOR_AFTER.match(text, prev_end):
            prev_end = bound.end()  # "97% trở lên và …": the bound of the figure before
        if (
            not m.group("of")
            and figure.unit in _MONEY
            and (slash := _OVER_COUNT.match(text, prev_end))
            and not re.fullmatch(r"0?1|10{0,2}(?:\.000)*", slash.group(1))
            and (over := _QUANTITY_AT.match(text, slash.start(1)))
            and (count := _figure(text, over, slash.start(1), period, figure)) is not None
            and _is_count(count)
        ):
            # "đã cho vay 45,8 tỷ đồng/6.521 hộ": a sum and the count it went to, two figures
            found.append(count)
            prev_end = count.span[1]
            continue
        if m.group("of") and not re.search(r"/\d", figure.unit or ""):
            # "319,59/428,39 ha": the part done and the whole, as two figures
            total_m = _QUANTITY_AT.match(text, m.start("of"))
            assert total_m is not None
            total = _figure(text, total_m, prev_end, period, figure)
            whole = m.group("of")
            if total is not None and against_plans and isinstance(total.value, Decimal):
                # '+ Thu ngân sách … 76,4/140 tỷ đồng' under '… chỉ tiêu đạt và vượt so với kế
                # hoạch, cụ thể:': the result over its plan, exact as written (no bound said)
                found[-1] = _over_its_plan(figure, total, text[m.start() : total.span[1]])
                prev_end = total.span[1]
            elif (
                total is not None
                and (figure.unit in _NOUNS or figure.unit in _COUNTED)
                and "," not in m.group("low") + whole
            ):
                # "320/411 xã đạt chuẩn": a count out of a whole, one figure; "125/120 hộ, đạt
                # 104% kế hoạch": the count done and its target, which the share confirms
                planned = _plan_by_share(
                    text, total.span[1], figure.value, total.value, figure.unit
                ) or _beyond_whole(figure.value, total.value, figure.unit)
                note = later(
                    N_("plan {plan} read from '{text}'")
                    if planned
                    else N_("'{text}': {part} out of {whole}"),
                    text=text[m.start() : total.span[1]],
                    part=m.group("low"),
                    whole=whole,
                    plan=total.value,
                )
                found[-1] = replace(figure, review=(*figure.review, note))
                if planned:
                    found[-1] = replace(found[-1], plan=total.value, plan_kind="exact")
                prev_end = total.span[1]
            elif total is not None and (
                (share := _SHARE_BEFORE.search(text, 0, m.start()))
                and _share_of(figure.value, total.value, share.group("share"))
                or figure.unit in _MONEY
                and _DISBURSED.search(text, 0, m.start())
                and isinstance(figure.value, Decimal)
                and isinstance(total.value, Decimal)
                and figure.value <= total.value
            ):
                # "đạt 20,4% kế hoạch giao (3.711/18.195 tỷ đồng)": the bracket spells out the
                # share said before it, the result over its plan; "đã giải ngân được 393
                # tỷ/932 tỷ đồng": money paid out of what was allocated, the plan; one figure
                found[-1] = _over_its_plan(figure, total, text[m.start() : total.span[1]])
                prev_end = total.span[1]
            elif total is not None and _PLAN_AHEAD.match(text, total.span[1]):
                # "trồng rừng 46,8/50 ha, đạt 93,6% kế hoạch": the result and its target, one
                # figure (its plan the whole, as '115/116 ha' is): the unit written once, the
                # plan no figure of its own ('46,3 triệu USD/52 triệu USD' is, `_slash_target`)
                kind = "floor" if figure.unit in ("%", "%/năm", *_POINT_UNITS) else "exact"
                found[-1] = replace(figure, plan=total.value, plan_kind=kind)
                prev_end = total.span[1]
            elif total is not None and (
                paired
                or _beyond_whole(figure.value, total.value, figure.unit)
                or _plan_by_share(
                    text, _share_said_next(text, total.span[1]), figure.value, total.value, None
                )
            ):
                # "Trong đó lúa là 115/116 ha. Đạt 99,13% so với kế hoạch", "lúa 40/38ha. Đậu
                # 25/25ha. Ngô 31/35ha": a result over its plan (what a share of the plan said
                # next, or a result above what it is written over, tells), and so are the pairs
                # the paragraph writes after it, read alike
                found[-1] = _over_its_plan(figure, total, text[m.start() : total.span[1]])
                name = _pair_name(text, m.start())
                if paired and pair_name and name and pair_name in figure.label.lower():
                    # ('Đậu 25/25ha' after 'lúa 40/38ha': the rice's label, of the beans)
                    at = figure.label.lower().rindex(pair_name)
                    label = f"{figure.label[:at]}{name}{figure.label[at + len(pair_name) :]}"
                    found[-1] = replace(found[-1], label=label)
                pair_name = name or pair_name
                prev_end = total.span[1]
                paired = True
            elif total is not None:
                note = later(
                    N_("'{text}' read as the part done and the whole"),
                    text=text[m.start() : total.span[1]],
                )
                found[-1] = replace(figure, review=(*figure.review, note))
                found.append(
                    replace(total, label=f"{figure.label} (tổng)", review=(*total.review, note))
                )
                prev_end = total.span[1]
        if (
            against_plans
            and not m.group("of")
            and found[-1].plan is None
            and (whole := re.match(rf"/({_NUM})(?=\s)", text[m.end("low") :]))
            and found[-1].span[1] > m.end("low") + whole.end()
        ):
            # '41/44 thôn' (a count of a noun read after it) in such a list: over its plan too
            plan = parse_number(whole.group(1))
            note = later(N_("plan {plan} read from '{text}'"), plan=plan, text=found[-1].text)
            found[-1] = replace(
                found[-1], plan=plan, plan_kind="exact", review=(*found[-1].review, note)
            )
        if found[-1].unit in _PLACE_UNITS and (kinds := _MORE_KINDS.match(text, prev_end)):
            prev_end = kinds.end()  # "8/11 huyện, thành phố": one noun phrase, not a subject
    found = _said_twice(text, found)
    found = _of_counted(text, found)
    found = _growth_parts(text, found)
    found = _listed_parts(text, _shared_subjects(text, _once(text, found)))
    found = _enumerated(text, _bracket_targets(text, _targets_after(text, found)))
    found = _changes_of_parts(text, found)  # 'trong đó nông nghiệp tăng …' of a whole's growth
    found = _stated_targets(text, _plans_before(text, found))
    found = _count_changes(text, _joined_counts(text, _counted_alike(found)))
    found = _of_the_subject(text, _of_the_sector(text, _defining_bounds(text, found)))
    found = _with_ranks(text, _counted_in_words(text, found, period), period)
    found = _respectively(text, found)
    found = _shared_act(text, found)
    found = _verb_objects(text, _of_a_place(text, found))
    found = _distinct_siblings(text, _to_places(text, _from_source(text, found)))
    found = _bases_kept(text, found)  # 'CPI tăng so với tháng trước', not 'CPI tăng'
    found = said_of_the_list(text, _written_out(_from_to_levels(text, found)))
    found = levelled_parts(text, found)
    found = norm_shares(text, found)
    found = _after_title(text, measured_against(text, named_by_fund(text, found)))
    found = set_levels(text, levels_of_parts(text, found))
    found = relabelled(text, table_row(text, found))
    found = stated(text, found)  # what the sentence says of each number kept in its label
    found = clause_subjects(text, found)  # the subject each number's clause names
    found = shares_of_what_follows(text, found)  # '… và 100% cơ sở cai nghiện …': of them
    found = amounts_of_what_follows(text, found)  # 'gieo trồng … 3.338 ha dong giềng'
    found = named_by_the_item(text, found)  # a bare measure of a crop the item opens with
    found = parallel_parts(text, found)  # a part of a list by the measure the list opens with
    found = amount_of_what_before(text, found)  # 'Giá trị' of what 'với giá trị' follows
    found = measured_by_the_list_head(text, found)  # '… có kim ngạch … như: than tăng 50%'
    found = plans_told_apart(text, found)  # '… 41% dự toán Trung ương giao, 34% dự toán HĐND …'
    found = measure_of_the_clause_before(text, found)  # 'Tổng công suất' of the count before
    found = rates_named_by_their_unit(found)  # 'Trung bình toàn tỉnh' of '42,7 giường bệnh/…'
    found = places_of_a_measure(text, found)  # 'Hải Dương: 10,2%' after 'tăng trưởng GRDP'
    found = earlier_in_brackets(text, found)  # '(năm 2017 đạt 90,4%)': the measure then
    found = sectors_of_a_growth(text, found)  # 'Tăng trưởng dịch vụ' of '… trong đó, dịch vụ tăng'
    found = [_kinds_named(f) for f in found]
    # whatever rule or cut named them, labels a slide can show (see `deckmaker.draft.wellformed`)
    found = [
        replace(f, label=well_formed(f.label, text, f.span, LABEL_WORDS)) if f.label else f
        for f in found
    ]
    found = area_of_the_crop(found)  # 'Cây ngô gieo trồng' (ha): 'Diện tích ngô gieo trồng'
    found = _lengths_named(text, found)  # 'Quốc lộ 53 dài' (km): 'Chiều dài quốc lộ 53'
    found = [_measured_by_unit(f) for f in found]  # 'Xuất khẩu' (USD): 'Kim ngạch xuất khẩu'
    found = season_of_the_crop(text, found)  # 'Diện tích lúa vụ thu mùa'
    found = counts_of_a_change(text, found)  # 'giảm 1.200 hộ nghèo': 'Số hộ nghèo giảm'
    found = counted_not_the_actor(text, found)  # '… cũng đón 1,4 triệu lượt khách': 'Lượt khách …'
    found = change_of_the_subject_before(text, found)  # 'Tăng hơn năm ngoái': what rose
    found = shares_of_parts_in_brackets(text, found)  # '82% (tuyến tỉnh đạt 75%; …)'
    return part_of_the_year(text, found)  # 'Kim ngạch xuất khẩu quí I-2018'


_KIND_SEP = re.compile(r",\s*|\s+và\s+")


def _kinds_named(f: Found) -> Found:
    """'22/22 bộ, ngành ban hành kế hoạch', '63/63 tỉnh, thành phố trực thuộc Trung ương': a
    count of several kinds (``unit`` 'bộ, ngành') named by all of them, not by the last kind
    after the comma ('Ngành ban hành …', 'Thành phố trực thuộc …') nor by the kinds cut short
    ('Số bộ, cơ quan ngang bộ, cơ quan'); kinds left out, from the last, to leave the label
    room for what is said of them."""
    kinds = _KIND_SEP.split(f.unit or "")
    if len(kinds) < 2 or not f.label or not all(_LEVEL.fullmatch(k) for k in kinds):
        return f  # ('2,5 - 5,5 tỷ đồng/xã, phường': a per-part, no kinds counted)
    low = f.label.lower()
    opening = next((k for k in kinds[1:] if low.startswith(k.lower() + " ")), None)
    if opening is not None and not low.startswith(kinds[0].lower() + " "):
        rest = f.label[len(opening) :]
        counted = f"{kinds[0][:1].upper()}{(f.unit or '')[1:]}"
    elif (
        low.startswith("số ")
        and (f.unit or "").lower().startswith(low[3:])
        and (low[3:] != (f.unit or "").lower())
    ):
        rest, counted = "", f"Số {f.unit}"
    elif (
        not any(k.lower() in low for k in kinds)
        and (tagger := _pyvi()) is not None
        and tagger(f.label)[1][:1] == ["V"]
    ):
        # '41 xã, phường và thị trấn' named by its act alone ('Được phân bố'): the count of them
        rest, counted = f" {f.label[:1].lower()}{f.label[1:]}", f"Số {f.unit}"
    else:
        return f
    while _nwords(counted) > LABEL_WORDS - 3 and _KIND_SEP.search(counted):
        counted = counted[: list(_KIND_SEP.finditer(counted))[-1].start()]
    return replace(f, label=fit(f"{counted}{rest}", LABEL_WORDS))


def _after_title(text: str, found: list[Found]) -> list[Found]:
    """'MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030 - Tốc độ tăng trưởng … 8%/năm': a title in capitals run into
    the list it opens names none of the list's figures; the first is named from after it."""
    title = _caps_title(text)
    if title is None:
        return found
    head = " ".join(title.group(0).split()[:2])
    out = list(found)
    for i, f in enumerate(out):
        if f.span[0] < title.end() or not f.label.startswith(head):
            continue
        label, _review = _label(
            text, f.span[0], f.span[1], title.end(), f.unit, out[i - 1] if i else None
        )
        if not label or label.startswith(head):
            # named by a later pass from the sentence's start: the title's words cut off
            words = title.group(0).split()
            k = next(k for k in range(len(words), 1, -1) if f.label.startswith(" ".join(words[:k])))
            label = f.label[len(" ".join(words[:k])) :].lstrip(" :-–,")
            label = label[:1].upper() + label[1:]
        if label:
            out[i] = replace(f, label=label)
    return out


# a share of the plan, the resolution or the estimate said later in the clause
_PLAN_AHEAD = re.compile(r"(?=[^.;]{0,50}?(?:kế hoạch|dự toán|KH\b|DT\b|NQ\b|[Nn]ghị quyết))")
# "71/70 hội viên mới, đạt 101% chỉ tiêu giao": the share of its plan a result reached
_SHARE_OF_PLAN = re.compile(
    r"[^.;()\d]{0,40}?(?:[Đđ]ạt|[Bb]ằng|[Vv]ượt|[Hh]oàn thành)(?:\s+được)?"
    rf"\s+(?P<share>{_NUM})\s*%\s*"
    r"(?:so(?:\s+với)?\s+)?(?:kế hoạch|KH\b|chỉ tiêu|mục tiêu|dự toán|DT\b|NQ\b|[Nn]ghị quyết)"
)


# "… đạt 20,4% kế hoạch giao (": a share of the plan, its amounts in the bracket that follows
_SHARE_BEFORE = re.compile(
    rf"(?:đạt|bằng|vượt|hoàn thành)(?:\s+được)?\s+(?P<share>{_NUM})\s*%\s*"
    r"(?:so(?:\s+với)?\s+)?(?:kế hoạch|KH\b|chỉ tiêu|mục tiêu|dự toán)[^.;()\d]{0,40}\(\s*$"
)


# "đã giải ngân được 393 tỷ/932 tỷ đồng": money paid out, over the capital allocated
_DISBURSED = re.compile(r"giải ngân(?:\s+được)?\s*$")
# "393 tỷ/932 tỷ đồng": the magnitude written twice; read "393/932 tỷ đồng" (same length: the
# first magnitude's room moved before the number, so that spans hold)
_MAGNITUDE_TWICE = re.compile(
    r"(?<![\w.,/])(?P<a>\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?P<mag>\s+(?:nghìn tỷ|tỷ|triệu))\s*/\s*"
    r"(?P<b>\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?=(?P=mag)\s)"
)


def _one_magnitude(text: str) -> str:
    def moved(m: re.Match[str]) -> str:
        pair = f"{m.group('a')}/{m.group('b')}"
        return " " * (len(m.group(0)) - len(pair)) + pair

    return _SPACED_PAIR.sub(moved, _MAGNITUDE_TWICE.sub(moved, text))


# "Diện tích gieo trồng 33/ 31,5 ha": a pair with a space after its slash, the first number
# bare; read "33/31,5 ha" (the space moved before the pair, so that spans hold)
_SPACED_PAIR = re.compile(
    r"(?<![\w.,/])(?P<a>\d{1,3}(?:\.\d{3})*(?:,\d+)?)/\s+"
    r"(?P<b>\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?=\s*(?:ha|tấn|tạ|km|m|con|tỷ đồng|triệu đồng)\b)"
)


def _share_of(actual: Value, whole: Value, share: str) -> bool:
    """Whether ``actual`` over ``whole`` is the percentage ``share``, to a point."""
    if not isinstance(actual, Decimal) or not isinstance(whole, Decimal) or whole <= 0:
        return False
    return abs(actual * 100 / whole - parse_number(share)) <= 1


def _over_its_plan(figure: Found, total: Found, written: str) -> Found:
    """``figure`` with ``total`` as its plan, exact as written ('76,4/140 tỷ đồng'), noted."""
    note = later(N_("plan {plan} read from '{text}'"), plan=total.value, text=written)
    return replace(figure, plan=total.value, plan_kind="exact", review=(*figure.review, note))


def _plan_by_share(text: str, end: int, actual: Value, whole: Value, unit: str | None) -> bool:
    """After 'A/B' (ending at ``end``), the clause says A reached a share of a plan that is A
    over B, to a point: B is the plan, not the whole A is a part of; not for targets
    ('12/14 chỉ tiêu, đạt 85,7% kế hoạch': how many of the set of targets were met)."""
    share = _SHARE_OF_PLAN.match(text, end)
    if (
        share is None
        or unit in ("chỉ tiêu", "mục tiêu")
        or not isinstance(actual, Decimal)
        or not isinstance(whole, Decimal)
    ):
        return False
    return whole > 0 and abs(actual * 100 / whole - parse_number(share.group("share"))) <= 1


# ". Đạt 99,13% so với kế hoạch": a share of the plan said as the next sentence, of no subject
_NEXT_SHARE = re.compile(r"\s*[.;]\s+(?=(?:Đạt|Bằng|Vượt|Hoàn thành)\s)")


def _share_said_next(text: str, end: int) -> int:
    """Where the share of a plan said of the 'A/B' ending at ``end`` may start: right after it,
    or (a sentence of its own with no subject: '115/116 ha. Đạt 99,13% so với kế hoạch') at the
    next sentence."""
    said = _NEXT_SHARE.match(text, end)
    return said.end() if said else end


# the name of a part a pair 'A/B' is of, right before it: 'Trong đó lúa ', 'Đậu ', '; ngô là '
_PAIR_NAME = re.compile(r"(?:^|[.;,:]\s+)(?P<name>[^\W\d]+(?:\s[^\W\d]+){0,2}?)(?:\s+là)?\s*$")


def _pair_name(text: str, start: int) -> str:
    """The part a result over its plan at ``start`` is of, said alone before it (lower-cased)."""
    said = _PAIR_NAME.search(text, max(start - 40, 0), start)
    if said is None:
        return ""
    name = _LEADING.sub("", said["name"]).strip()
    return name.lower() if 0 < len(name.split()) <= 2 else ""


def _beyond_whole(actual: Value, whole: Value, unit: str | None) -> bool:
    """'257/200 nhà đồng đội': a count greater than what it is written over can be no part of
    it; the number after the slash is its plan (not for targets, '17/15 chỉ tiêu')."""
    return (
        isinstance(actual, Decimal)
        and isinstance(whole, Decimal)
        and unit not in ("chỉ tiêu", "mục tiêu", "%", None)
        and actual > whole > 0
    )


# '/KH ', '/kế hoạch tăng ': a plan after a slash, named as such (and the change it plans)
_SAID_PLAN_AFTER = re.compile(
    r"\s*/\s*(?:KH|NQ|DT|kế hoạch|dự toán|[Nn]ghị quyết)\s*:?\s*(?:(?P<change>tăng|giảm)\s+)?(?=\d)"
)


def _in_unit(text: str, q: re.Match[str], unit: str | None) -> int | None:
    """Where the quantity ``q`` ends if it is written in ``unit`` (its own unit, or the counted
    noun after it: '16.200-16.500 con'), else None."""
    if unit is None:
        return None
    said = q.group("unit") or q.group("lowunit")
    if said:
        said = re.sub(r"\s+", " ", said.replace("tỉ", "tỷ").replace("ngàn", "nghìn"))
        return q.end("unit" if q.group("unit") else "lowunit") if said == unit else None
    noun = re.match(rf"\s*{re.escape(unit)}(?!\w)", text[q.end() :])
    return q.end() + noun.end() if noun else None


def _slash_target(text: str, f: Found, period: str) -> Found | None:
    """'… 1.450 tỷ đồng/1.600 tỷ đồng, đạt 90,6% kế hoạch', '… 38 ha/40 ha, đạt 95%NQ': the
    figure after the slash, read as the result's plan, is also a figure of its own, the target,
    named '… (kế hoạch)'; a level is planned exactly, a rate at least (as a target in a bracket
    of its own, `_bracket_targets`)."""
    if f.plan_span is None or f.plan is None:
        return None
    said = r"(?:KH|NQ|DT|kế hoạch|dự toán|[Nn]ghị quyết)\s*:?\s*(?:(?:tăng|giảm)\s+)?"
    if not re.fullmatch(rf"\s*/\s*(?:{said})?", text[f.span[1] : f.plan_span[0]]):
        return None
    at = _QUANTITY_AT.match(text, f.plan_span[0])
    if at is None:
        return None
    target = _figure(text, at, f.plan_span[0], period, f)
    if target is None and isinstance(f.plan, tuple):
        # '16.133 con/KH 16.200-16.500 con': a range of the count the figure is, read as its
        # plan (no range of a noun stands alone: '2010-2015 …'), is the plan's figure
        start, end = f.plan_span
        target = replace(f, value=f.plan, plan=None, span=f.plan_span, plan_span=None)
        target = replace(target, text=text[start:end], review=())
    if target is None or target.value != f.plan:
        return None
    if isinstance(f.plan, tuple):
        kind = "range"
    else:
        kind = "floor" if f.unit in ("%", "%/năm", *_POINT_UNITS) else "exact"
    label = f"{fit(subject_of(f.label), LABEL_WORDS - 2)} (kế hoạch)"
    return replace(target, unit=f.unit, label=label, plan_kind=kind)


# "I. Về kinh tế (", "B. Lĩnh vực xã hội (": a numbered part's title opening a bracket
_PART_TITLE = re.compile(
    r"(?:^|[\s.:])(?:[IVXLC]+|[A-Z]|\d{1,2})[.)]\s+[^\W\d][^.;:()\d]{1,60}\(\s*$"
)


# "2 tỷ 265 triệu đồng", "1 tỷ 500 triệu đồng", "3 triệu 200 nghìn đồng": an amount written in two
# parts, the larger magnitude first; read in the larger one (2,265 tỷ đồng), as a presenter says it
_TWO_PART = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*)\s+(nghìn tỷ|tỷ|triệu)\s+$")
_NEXT_DOWN = {"nghìn tỷ": "tỷ", "tỷ": "triệu", "triệu": "nghìn"}


def _two_part_amount(text: str, f: Found, prev_end: int, previous: Found | None) -> Found:
    """The figure 'N triệu đồng' written after 'M tỷ' is the amount M tỷ N triệu đồng, one
    figure in tỷ đồng (and so 'M triệu N nghìn đồng' in triệu đồng)."""
    if not isinstance(f.value, Decimal) or f.unit is None or f.plan is not None:
        return f
    two = _TWO_PART.search(text, prev_end, f.span[0])
    if two is None:
        return f
    big = two.group(2)
    small, _, currency = f.unit.partition(" ")
    if (
        small != _NEXT_DOWN[big]
        or not re.fullmatch(r"(?:đồng|USD)(?:/.+)?", currency)
        or not 0 < f.value < 1000
        or f.value != f.value.to_integral_value()
    ):
        return f
    unit = f"{big} {currency}"
    label, review = _label(text, two.start(1), f.span[1], prev_end, unit, previous)
    note = later(
        N_("'{text}' read as one amount in {unit}"),
        text=text[two.start(1) : f.span[1]],
        unit=unit,
    )
    return replace(
        f,
        value=parse_number(two.group(1)) + f.value / 1000,
        unit=unit,
        label=label or f.label,
        span=(two.start(1), f.span[1]),
        text=text[two.start(1) : f.span[1]],
        review=(*review, note),
    )


_CHANGE_VERB_AROUND = re.compile(
    r"^(?:giảm|tăng|nâng|hạ|đưa|kéo giảm|điều chỉnh)\s+|\s+(?:giảm|tăng)$", re.IGNORECASE
)


def _from_to_levels(text: str, found: list[Found]) -> list[Found]:
    """'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ', 'tỷ lệ … giảm từ 12,5% xuống 11,2%': the two
    levels of one measure, both named by it ('Số hộ nghèo'), the first said as the level it
    starts from: 'hiện nay' when the second is a target, else 'đầu kỳ'."""
    out = list(found)
    for i in range(len(out) - 1):
        start, end = out[i], out[i + 1]
        to = _TO_LEVEL.match(text, start.span[1])
        if (
            not _FROM_LEVEL.search(text, reach_back(text, start.span[0]), start.span[0])
            or to is None
            or not end.span[0] < to.end() <= end.span[1]
            or start.unit != end.unit
        ):
            continue
        subject = _CHANGE_VERB_AROUND.sub("", start.label).strip()
        if _nwords(subject) < 2:
            continue
        subject = subject[:1].upper() + subject[1:]
        when = "hiện nay" if end.plan_kind else "đầu kỳ"
        out[i] = replace(start, label=f"{fit(subject, LABEL_WORDS - 2)} {when}")
        out[i + 1] = replace(end, label=subject)
    return out


# the administrative shorthands a report writes its sectors and programmes in ('TM-DV đạt 52%',
# 'sản xuất TTCN', 'xã đạt chuẩn NTM'): a slide says them in words, the shorthand kept after them
# in brackets; 'SX' is a plain shorthand of one word, said in that word alone
_SHORTHANDS = {
    "TM-DV": "thương mại - dịch vụ", "TMDV": "thương mại, dịch vụ",
    "CN-TTCN": "công nghiệp - tiểu thủ công nghiệp", "TTCN": "tiểu thủ công nghiệp",
    "CN-XD": "công nghiệp - xây dựng", "KT-XH": "kinh tế - xã hội", "NTM": "nông thôn mới",
    "KDTH": "kinh doanh tổng hợp", "DTTS": "dân tộc thiểu số", "XDCB": "xây dựng cơ bản",
    "GTNT": "giao thông nông thôn", "NSNN": "ngân sách nhà nước", "SX": "sản xuất",
}  # fmt: skip
_PLAIN_SHORTHANDS = {"SX"}
_SHORTHAND = re.compile(
    rf"(?<![\w-])({'|'.join(sorted(map(re.escape, _SHORTHANDS), key=len, reverse=True))})(?![\w-])"
)


def _written_out(found: list[Found]) -> list[Found]:
    """Labels with their shorthands said in words ('TM-DV' -> 'Thương mại - dịch vụ (TM-DV)',
    'SX nông nghiệp' -> 'Sản xuất nông nghiệp'), within the label's words (else as written);
    a shorthand the label already says in words ('nông thôn mới (NTM)') is left alone."""
    out = []
    for f in found:
        label = f.label
        for m in reversed(list(_SHORTHAND.finditer(label))):
            abbr, words = m.group(1), _SHORTHANDS[m.group(1)]
            if words.lower() in label.lower():
                continue
            said = words if abbr in _PLAIN_SHORTHANDS else f"{words} ({abbr})"
            if m.start() == 0:
                said = said[:1].upper() + said[1:]
            longer = label[: m.start()] + said + label[m.end() :]
            if _nwords(longer) > LABEL_WORDS and abbr not in _PLAIN_SHORTHANDS:
                longer = label[: m.start()] + said.rsplit(" (", 1)[0] + label[m.end() :]
            if _nwords(longer) <= LABEL_WORDS:
                label = longer
        out.append(f if label == f.label else replace(f, label=label))
    return out


# a label that is a bare act on a sum or a share; 'Bé sung' is 'Bổ sung' misread by OCR
_BARE_ACTS = {
    "bổ sung": "Bổ sung", "bé sung": "Bổ sung", "bỗ sung": "Bổ sung", "tiết kiệm": "Tiết kiệm",
    "tiết kiệm thêm": "Tiết kiệm thêm", "điều tiết": "Điều tiết", "thực hiện điều tiết":
    "Thực hiện điều tiết", "bố trí": "Bố trí", "phân bổ": "Phân bổ", "trích": "Trích",
}  # fmt: skip
# the object after the number: up to where it comes from, whom it is for, a comparison, a time
_OBJECT = re.compile(
    r"\s*(?!(?:từ|cho|để|theo|so|của|tại|về|năm|đối|nhằm|vào|và|hoặc|trong)\s)"
    r"(?P<object>[^\W\d][^.;:,()\d]{2,80}?)(?=\s+(?:từ|cho|để|theo|so với|so|của|tại|về|"
    r"năm|đối với|nhằm|vào)\s|\s*[.;:,(\d]|$)"
)


def _verb_objects(text: str, found: list[Found]) -> list[Found]:
    """'Bổ sung 245,814 tỷ đồng dự toán chi đầu tư phát triển từ …', 'tiết kiệm thêm khoảng
    10% chi thường xuyên tăng thêm …': a figure labelled by its verb alone is named by the verb
    and its object, the words after the number."""
    out = []
    for f in found:
        act = _BARE_ACTS.get(re.sub(r"\s+", " ", f.label).strip().casefold())
        m = _OBJECT.match(text, (f.plan_span or f.span)[1]) if act else None
        if act is None or m is None:
            out.append(replace(f, label=act) if act else f)  # 'Bé sung' said right
            continue
        what = re.sub(r"\s+", " ", m.group("object")).strip()
        if f.text.endswith(what):
            what = ""  # the object is already the figure's unit ('10% chi thường xuyên')
        label = f"{act} {what}".strip()
        if _nwords(label) > LABEL_WORDS:
            label = fit(label, LABEL_WORDS)
        out.append(replace(f, label=label))
    return out


_PLACE_KIND = r"(?:phường|xã|thị trấn|thị xã|huyện|tỉnh|thành phố|quận|thôn|bản)"
_PLACE_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*){0,3}"
# "Khu vực nội thị gồm 8 phường …", "phường Bến Tắm có diện tích …", "Phường Sao Đỏ được thành
# lập trên cơ sở …": the place a clause is about, before its verb
_PLACE_SUBJECT = re.compile(
    rf"^(?:-\s*)?(?:sau khi [^,;]*,\s*)?(?P<place>khu vực\s+\w+(?:\s+\w+)?|{_PLACE_KIND}\s+"
    rf"{_PLACE_NAME})\s+(?:có|gồm|với|được|là)\b",
    re.IGNORECASE,
)
# "… 41.511 nhân khẩu của thị trấn Phả Lại": the place named after the number
_OF_PLACE = re.compile(rf"\s*của\s+(?P<place>{_PLACE_KIND}\s+{_PLACE_NAME})", re.IGNORECASE)
# what a population or an area is said as, just before its number
_POPULATION_SAID = re.compile(r"\bdân số\s*(?:là\s*)?$", re.IGNORECASE)
_AREA_SAID = re.compile(r"\b(?P<what>diện tích(?:\s+tự nhiên)?)\s*(?:là\s*)?$", re.IGNORECASE)


def _of_a_place(text: str, found: list[Found]) -> list[Found]:
    """A population ('dân số 19.616 nhân khẩu của xã Văn An', 'dân số 16.369 người') or an
    area ('diện tích tự nhiên 561,64 ha') of a place is named 'Dân số xã Văn An', 'Diện tích tự
    nhiên phường Sao Đỏ': the place after the number ('của …'), else the place the clause is
    about; a population with no place is 'Dân số', never 'Số nhân khẩu dân số'."""
    out = []
    for f in found:
        before = text[max(0, f.span[0] - 30) : f.span[0]]
        unit = (f.unit or "").casefold()
        said = None
        if unit in ("nhân khẩu", "người") and _POPULATION_SAID.search(before):
            said = "Dân số"
        elif unit == "ha" and (area := _AREA_SAID.search(before)):
            said = area.group("what")[:1].upper() + area.group("what")[1:].lower()
        if said is None:
            out.append(f)
            continue
        place = ""
        if after := _OF_PLACE.match(text, f.span[1]):
            place = after.group("place")
        else:
            clause = max(
                _sentence_start(text, f.span[0]),
                text.rfind(";", 0, f.span[0]) + 1,
            )
            if subject := _PLACE_SUBJECT.match(text[clause : f.span[0]].strip()):
                place = subject.group("place")
        place = re.sub(r"\s+", " ", place)
        if place:
            place = place[:1].lower() + place[1:]
            named = f.label.casefold()
            if place.casefold() in named and named.startswith(said.casefold()):
                out.append(f)  # the label already names the measure and the place
                continue
            label = f"{said} {place}"
        elif said == "Dân số" and f.label.casefold() != "dân số":
            label = said
        else:
            out.append(f)
            continue
        out.append(replace(f, label=label))
    return out


# a time said with a figure, in its own clause: 'vào năm 2010', 'giai đoạn 2011 - 2015', 'đến
# năm 2030', 'tháng 9', 'lũy kế 9 tháng', 'quý I/2023'
_SIBLING_TIME = re.compile(
    r"(?:(?:lũy kế|luỹ kế)\s+\d{1,2}\s+tháng"
    r"|(?:giai đoạn|thời kỳ)\s+(?:đến\s+năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?"
    r"|(?:đến\s+)?năm\s+\d{4}"
    r"|tháng\s+\d{1,2}(?:/\d{4})?"
    r"|quý\s+[IV]+(?:/\d{4})?)(?![\w/])",
    re.IGNORECASE,
)
# words of a clause that tell nothing apart: aspect, estimate, bound, link words
_SIBLING_FILLER = {
    "ước", "đạt", "khoảng", "là", "và", "với", "được", "có", "trên", "hơn", "gần", "dưới",
    "bằng", "đã", "đến", "vào", "trong", "đó", "riêng", "thì", "còn", "lên", "từ", "mức",
    "tăng", "giảm", "cả", "của", "bình", "quân", "tỷ", "lệ", "chiếm", "so", "cùng", "kỳ",
    "tương", "đương",
}  # fmt: skip


_SIBLING_PRICES = re.compile(
    r"(?:theo\s+)?(giá\s+(?:so sánh|hiện hành|thực tế|cố định))(?:\s+(?:năm\s+)?\d{4})?", re.I
)


def _sibling_quality(text: str, f: Found, start: int) -> tuple[str, str]:
    """What one figure's own clause says besides its shared label: a time ('năm 2010') said
    right after it or in the clause before it, and the last words of that clause before it
    that its label does not have ('phấn đấu')."""
    end = f.span[1]
    after = re.split(r"[,;.:()]|\s(?:và|còn)\s", text[end : end + 40])[0]
    before = text[start : f.span[0]]
    before = re.split(r"[,;:()]|\.\s", before)[-1]
    time = _SIBLING_TIME.search(after) or None
    if time is None:
        times = list(_SIBLING_TIME.finditer(before))
        time = times[-1] if times else None
    when = re.sub(r"\s+", " ", time.group(0)).strip() if time else ""
    # said short: 'giai đoạn 2011 - 2015' -> '2011-2015', 'giai đoạn đến năm 2020' -> 'đến năm
    # 2020', 'lũy kế 9 tháng' -> '9 tháng'
    when = re.sub(r"^(?:giai đoạn|thời kỳ)\s+(\d{4})\s*[-–]\s*(\d{4})$", r"\1-\2", when, flags=re.I)
    when = re.sub(r"^(?:giai đoạn|thời kỳ|lũy kế|luỹ kế)\s+(?=đến|\d)", "", when, flags=re.I)
    if re.fullmatch(r"(?:đến )?năm \d{4}", when, flags=re.I):
        when = ""  # a year alone is the figure's period: named apart by it later (compose)
    have = {w.casefold() for w in re.findall(r"\w+", f.label)}
    have |= {w.casefold() for w in re.findall(r"\w+", when)}
    if basis := _SIBLING_PRICES.search(before):
        # 'theo giá hiện hành đạt …, theo giá so sánh năm 2010 đạt …': the prices each is counted
        # at, whole ('sánh' alone of 'giá so sánh' names nothing)
        return when, re.sub(r"\s+", " ", basis.group(1))
    words = re.findall(r"[^\W\d]\w*", _SIBLING_TIME.sub(" ", before))  # a time is no word
    kept: list[str] = []
    for w in reversed(words):  # the words nearest the number, back to one the label has
        if w.casefold() in have:
            break
        if w.casefold() in _SIBLING_FILLER:
            if kept:
                break
            continue
        kept.insert(0, w)
        if len(kept) == 3:
            break
    return when, " ".join(kept)


_ACRONYM_NAMED = re.compile(r"^[^()]{6,}?\s*\((?P<acronym>[A-ZĐ][A-Z0-9Đ-]{1,9})\)")
# the base a change is measured against, said right after it: 'so với cùng kỳ', 'so tháng trước'
_SIBLING_BASE = re.compile(
    r"\s*(?P<base>so(?:\s+với)?\s+[^\W\d][^,;.()\d]{1,30}?)(?=\s*[,;.()]|\s+(?:và|còn)\s|$)"
)


def _sibling_base(text: str, found: list[Found], i: int, first: bool) -> str:
    """'so với cùng kỳ' for a change said so, with what its own clause says before it when it
    is not the first ('; bình quân 6 tháng tăng 3,68% so với cùng kỳ' -> 'bình quân 6 tháng so
    với cùng kỳ'); '' when no base is said."""
    f = found[i]
    m = _SIBLING_BASE.match(text, (f.plan_span or f.span)[1])
    if m is None:
        return ""
    base = re.sub(r"\s+", " ", m.group("base")).strip()
    if first:
        return base
    prev = found[i - 1].span[1] if i else 0
    before = text[max(prev, _sentence_start(text, f.span[0])) : f.span[0]]
    lead = re.split(r"[,;:()]|\.\s", before)[-1]
    lead = re.sub(r"(?:\s*\b(?:tăng|giảm|đạt|ước|là|khoảng|ước đạt)\b)+\s*$", "", lead).strip()
    have = {w.casefold() for w in re.findall(r"\w+", f.label)}
    if lead and all(w.casefold() in have for w in re.findall(r"\w+", lead)):
        lead = ""
    return f"{lead} {base}".strip()


# a change's base that is a time just before, not the year before ('so với tháng trước', 'so
# tháng trước', 'so với quý trước'): read without it, a change is taken as on the same time a
# year before, the base a label may leave unsaid
_SHORT_TERM_BASE = re.compile(
    r"\s*so(?:\s+với)?\s+(?P<base>(?:tháng|quý|kỳ|tuần) trước(?: liền kề)?)(?=[\s,;.)]|$)"
)
# the year before, said after the change: left unsaid, unless a sibling says its own base
_YEAR_BEFORE = re.compile(r"\s*so(?:\s+với)?\s+(?P<base>cùng kỳ(?: năm trước)?)(?=[\s,;.)]|$)")


def _bases_kept(text: str, found: list[Found]) -> list[Found]:
    """'Chỉ số giá tiêu dùng (CPI) tháng 6/2023 tăng 0,27% so với tháng trước. So với tháng
    12/2022, CPI tháng 6 tăng 0,67% và so với cùng kỳ năm trước tăng 2%': changes of one
    measure against several bases, labelled by their verb alone because the subject left no
    room for the base ('Chỉ số giá tiêu dùng (CPI) tăng'), keep it: a base a month or a
    quarter before, said after the change; a base the clause opens with; the year before, said
    after it, where a change beside it in its sentence says its own base ('tăng 0,24% so với
    tháng trước, tăng 4,33% so với cùng kỳ năm trước'). The subject is said whole if it fits,
    else by its acronym ('CPI tăng so với tháng trước'); a subject with no acronym is not cut
    to make room (cut, 'Chỉ số sản xuất công nghiệp' would be no 'Chỉ số sản xuất')."""
    out = list(found)
    for i, f in enumerate(found):
        verb = re.search(r"\s(tăng|giảm)$", f.label)
        if (
            verb is None
            or (f.unit or "") not in ("%", *_POINT_UNITS)
            or re.search(r"(?<!\w)so(?:\s+với)?\s", f.label)
        ):
            continue
        base = _SHORT_TERM_BASE.match(text, f.span[1]) or _fronted_base(
            text, f.span[0], found[i - 1].span[1] if i else 0
        )
        if base is None and (year := _YEAR_BEFORE.match(text, f.span[1])):
            sentence = _sentence_start(text, f.span[0])
            beside = [
                j
                for j in (i - 1, i + 1)
                if 0 <= j < len(found)
                and found[j].unit == f.unit
                and found[j].span[0] >= sentence
                and not re.search(r"[.;]\s", text[min(f.span[1], found[j].span[1]) : max(
                    f.span[0], found[j].span[0])])
            ]  # fmt: skip
            if any(re.search(r"(?<!\w)so(?:\s+với)?\s", out[j].label) for j in beside):
                base = year
        if base is None:
            continue
        plain = f.label[: verb.start()]
        acronym = _ACRONYM_NAMED.match(plain)
        short = f"{acronym['acronym']}{plain[acronym.end() :]}" if acronym else plain
        said = base.group(1)
        for subject, against in (
            (plain, said), (short, said), (plain, "cùng kỳ"), (short, "cùng kỳ")
        ):  # fmt: skip
            if against == "cùng kỳ" and not said.startswith("cùng kỳ"):
                continue
            named = f"{subject} {verb[1]} so với {against}"
            if _nwords(named) <= LABEL_WORDS:
                out[i] = replace(f, label=named)
                break
    return out


def _distinct_siblings(text: str, found: list[Found]) -> list[Found]:
    """Figures of one paragraph in one unit that would share a label ('Tốc độ tăng trưởng kim
    ngạch xuất khẩu đạt 17% giai đoạn 2011 - 2015 và 15% giai đoạn 2016 - 2020') are told apart
    by what their own clauses say differently: the time said with each, else the words before
    each that its label lacks ('quyết nghị … 6,5-7,0% và phấn đấu 7,0-7,5%'); the label is
    shortened to make room, within ``LABEL_WORDS``. Siblings not told apart so are left alone."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(found):
        groups.setdefault((f.label.casefold(), (f.unit or "").casefold()), []).append(i)
    out = list(found)
    for (label, _), members in groups.items():
        if len(members) < 2 or not label:
            continue
        said = []
        for i in members:
            prev = found[i - 1].span[1] if i else 0
            said.append(
                _sibling_quality(text, found[i], max(prev, _sentence_start(text, found[i].span[0])))
            )
        # the first sibling's clause holds the words its label was read from (some cut off:
        # 'đường chính đối với … đô thị'), so only the later ones are told apart by words
        said[0] = (said[0][0], "")
        # else by the base each is compared with ('tăng 0,55% so với tháng trước, tăng 3,52%
        # so với cùng kỳ; bình quân 6 tháng tăng 3,68% so với cùng kỳ'), with what a later
        # one's clause says before it ('bình quân 6 tháng')
        based = [_sibling_base(text, found, i, first=(n == 0)) for n, i in enumerate(members)]
        for pick in (0, 1, 2):
            quals = [s[pick] for s in said] if pick < 2 else based
            if all(quals) and len({q.casefold() for q in quals}) == len(quals):
                break
            if (
                pick >= 1
                and sum(1 for q in quals if not q) <= 1
                and len({q.casefold() for q in quals}) == len(quals)
            ):
                break  # one sibling named by the label alone, the others told apart
        else:
            continue
        named = {}
        for i, q in zip(members, quals, strict=True):
            if q:
                base = fit(found[i].label, LABEL_WORDS - _nwords(q), cut=False)
                if _nwords(f"{base} {q}") > LABEL_WORDS:
                    # 'Chỉ số giá tiêu dùng (CPI) tăng' said by its acronym: 'CPI tăng'
                    base = _ACRONYM_NAMED.sub(r"\g<acronym>", base, count=1)
                named[i] = f"{base} {q}"
        # every word and number counts ('2011-2015' is two): a label cut to fit is left alone
        if all(len(re.findall(r"\w+", n)) <= LABEL_WORDS for n in named.values()):
            for i, n in named.items():
                out[i] = replace(found[i], label=n)
    return out


# "Bổ sung 77.490 triệu đồng từ nguồn viện trợ của Chính phủ Ai-len cho ...": an act on a sum
# named by where the sum comes from
_FROM_SOURCE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?từ\s+(?:nguồn\s+)?(?P<source>(?:viện trợ|vốn|kinh phí|tài trợ|"
    r"ngân sách)\b[^.;:,()\d]{0,80}?)(?=\s+(?:cho|để|nhằm|vào)\s|[.;:,(]|$)"
)


def _from_source(text: str, found: list[Found]) -> list[Found]:
    """A sum named only by a short act ('Bổ sung') takes its source ('Bổ sung viện trợ Ai-len')."""
    out = list(found)
    for i, f in enumerate(out):
        if f.unit not in (*_MONEY, "USD") or _nwords(f.label) > 2:
            continue
        m = _FROM_SOURCE.match(text, (f.plan_span or f.span)[1])
        if m is None:
            continue
        source = m.group("source")
        if _nwords(source) > 3:
            source = _ISSUER.sub("", source)
        label = f"{f.label} {fit(source, LABEL_WORDS - _nwords(f.label))}"
        out[i] = replace(
            f, label=label, review=(*f.review, N_("named by where the sum comes from"))
        )
        # the same sum in another currency, in brackets after it
        for j in range(i + 1, len(out)):
            if out[j].span[0] < m.start("source") and out[j].label == f.label:
                out[j] = replace(out[j], label=label)
    return out


# "Bổ sung 77.490 triệu đồng từ nguồn viện trợ của Chính phủ Ai-len cho các tỉnh: Hà Giang:
# 18.000 triệu đồng; Hòa Bình: 20.900 triệu đồng ...": what is shared out, then each place's part
_SHARED_OUT = re.compile(
    r"\s+cho\s+(?:các|hai|ba|bốn|năm|sáu|\d+)\s+(?:tỉnh|thành phố|huyện|xã|phường|"
    r"địa phương|đơn vị)\s*:\s*"
)
_SOURCE_WORDS = re.compile(
    r"^(?:.*?\s)?(?:từ\s+)?(?:nguồn\s+)?(?=(?:viện trợ|vốn|kinh phí|ngân sách|tài trợ)\b)", re.I
)
_ISSUER = re.compile(r"\s+của\s+(?:Chính phủ|Nhà nước)(?:\s+(?:Cộng hòa|Vương quốc))?(?=\s)")


def _place(label: str) -> str | None:
    """'Hà Giang', 'và Trà Vinh': a label that is only a place's name."""
    name = re.sub(r"^(?:và|va)\s+", "", label.strip(), flags=re.I)
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return name


def _to_places(text: str, found: list[Found]) -> list[Found]:
    """The parts of a sum shared out to places are named by what is shared and the place
    ('Viện trợ Ai-len cho Hà Giang'), not by the place alone."""
    out = list(found)
    for m in _SHARED_OUT.finditer(text):
        before = [f for f in out if f.span[1] <= m.start()]
        start = max(before[-1].span[1] if before else 0, _sentence_start(text, m.start()))
        what = re.sub(r"\s*\([^()]*\)\s*", " ", text[start : m.start()]).strip(" ,")
        source = _SOURCE_WORDS.match(what)
        if source is None:
            continue
        what = what[source.end() :]
        if _nwords(what) > 5:
            what = _ISSUER.sub("", what)
        end = _SENTENCE_START.search(text, m.end())
        limit = end.start() if end else len(text)
        for i, f in enumerate(out):
            if m.end() <= f.span[0] < limit and (place := _place(f.label)):
                label = f"{fit(what, LABEL_WORDS - 1 - _nwords(place))} cho {place}"
                note = N_("named by what is shared out and the place")
                out[i] = replace(f, label=label[:1].upper() + label[1:], review=(*f.review, note))
    return out


_RESPECTIVELY = re.compile(
    r"(?:^|\s|(?<=\())lần lượt(?:\s+là|\s+đạt|\s+chiếm|\s+(?P<change>tăng|giảm))?\s*:?\s*",
    re.IGNORECASE,
)


def _respectively(text: str, found: list[Found]) -> list[Found]:
    """'… công nghiệp 64,22%, dịch vụ 29,2% và nông nghiệp 6,58% (Năm 2021 lần lượt là: 62,82%,
    29,43% và 7,76%)': the values after 'lần lượt' (respectively) pair, in order, with the
    figures named before it in the sentence, in their unit; a year said with them is theirs."""
    out = list(found)
    for m in _RESPECTIVELY.finditer(text):
        opened = text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
        stop = re.compile(r"\)" if opened else r"[.;!?](?:\s|$)")
        end = stop.search(text, m.end())
        limit = end.start() if end else len(text)
        after = [i for i, f in enumerate(out) if m.end() <= f.span[0] < limit]
        sentence = _sentence_start(text, m.start())
        opening = text.rfind("(", 0, m.start()) if opened else m.start()
        before = [i for i, f in enumerate(out) if sentence <= f.span[0] and f.span[1] <= opening]
        n = len(after)
        if n < 2 or len(before) < n:
            continue
        named = before[-n:]
        # "có 35.292 đoàn viên …, trong đó 6716 … (lần lượt tăng 33% và 27% so với năm 2020)":
        # changes of the figures named before, in a unit of their own
        change = m["change"]
        if not change and any(
            out[a].unit != out[b].unit for a, b in zip(named, after, strict=True)
        ):
            continue
        scope = text[(opening + 1 if opened else sentence) : m.start()]
        year = _YEAR.search(scope)
        base = _CHANGE_BASE.match(text, out[after[-1]].span[1])
        for a, b in zip(named, after, strict=True):
            label = subject_of(out[a].label)
            if change:
                label = _with_change(re.sub(r"^Số\s+", "", label), change.lower(), base)
                label = label[:1].upper() + label[1:]
            period = out[b].period
            if year:
                period = re.sub(r"\s*[-–]\s*", "-", year.group(1))
                label = f"{fit(label, LABEL_WORDS - 2)} năm {period}"
            note = N_("named by the figure it stands for, before 'lần lượt'")
            out[b] = replace(out[b], label=label, period=period, review=(*out[b].review, note))
    return out


# what a figure of a sector or a product measures ('Giá trị sản xuất nông nghiệp'), shared by the
# parts listed after it ('; công nghiệp 4.560 tỷ đồng'): the nouns of measures.yaml read 'parts'
_MEASURE_HEAD = re.compile(rf"^(?:{measures('parts')})\s+(?=\S)", re.IGNORECASE)


def _enumerated(text: str, found: list[Found]) -> list[Found]:
    """'Giá trị sản xuất nông nghiệp ước đạt 2.345 tỷ đồng, tăng 3,5%; công nghiệp 4.560 tỷ
    đồng, tăng 8,2%': the parts listed after a figure of one measure, in its unit and its
    sentence, share the measure ('Giá trị sản xuất công nghiệp', 'Giá trị sản xuất công nghiệp
    tăng')."""
    out: list[Found] = []
    head: Found | None = None
    measure = ""
    renamed: tuple[str, str] | None = None
    for f in found:
        if head is not None and re.search(r"[.!?](?:\s|$)", text[head.span[1] : f.span[0]]):
            head, renamed = None, None
        if head is None:
            m = _MEASURE_HEAD.match(f.label)
            if m and f.unit not in (None, "%", "%/năm", "hạng"):
                head, measure = f, m.group(0).strip()
            out.append(f)
            continue
        part = subject_of(f.label)
        gap = text[(out[-1].span[1] if out else 0) : f.span[0]]
        if (
            f.unit == head.unit
            and re.match(r"^[^;]*;\s*\S", gap)
            and 1 <= _nwords(part) <= 4
            and not re.search(r"\d|:", part)
            and not _MEASURE_HEAD.match(part)
            and not f"{part.lower()} ".startswith(_HEAD_WORDS)
            and part.lower() not in head.label.lower()
        ):
            named = f"{measure} {part[:1].lower()}{part[1:]}"
            renamed = (part, named)
            f = replace(f, label=named + f.label[len(part) :])
        elif renamed is not None and f.label.startswith(renamed[0]) and f.unit != head.unit:
            # its change, named by the measure too if that still reads as one label (the words
            # of 'công nghiệp-xây dựng' counted apart); else by the part alone
            named = renamed[1] + f.label[len(renamed[0]) :]
            if len(re.findall(r"\w+", named)) <= LABEL_WORDS:
                f = replace(f, label=named)
            else:
                part = re.sub(r"^[Nn]gành\s+", "", f.label)
                f = replace(f, label=part[:1].upper() + part[1:])
        else:
            renamed = None
        out.append(f)
    return out


_PART_OF = re.compile(r"[Tt]rong đó\s*(?:có\s+|gồm\s+)?[,:]?")

# a change of a measure of a whole economy or sector ('Giá trị gia tăng toàn ngành tăng', 'Giá
# trị sản xuất tăng'), at most with the whole it is of ('toàn ngành', 'toàn tỉnh')
_WHOLE_CHANGE = re.compile(
    rf"^(?P<measure>{measures('whole')})"
    r"(?:\s+(?:toàn ngành|toàn tỉnh|toàn huyện|chung))?(?:\s+(?:tăng|giảm))?$",
    re.IGNORECASE,
)


def _changes_of_parts(text: str, found: list[Found]) -> list[Found]:
    """'Giá trị gia tăng toàn ngành tăng khoảng 2,85 đến 2,9%, trong đó nông nghiệp tăng trên
    3,18%, lâm nghiệp tăng trên 3,85%': the changes of the parts listed after 'trong đó', in the
    whole's sentence, are changes of the whole's measure ('Giá trị gia tăng nông nghiệp tăng'),
    not of the part alone ('Nông nghiệp tăng')."""
    out: list[Found] = []
    head: re.Match[str] | None = None
    zone: tuple[int, int] | None = None
    for f in found:
        if zone is not None and not zone[0] <= f.span[0] < zone[1]:
            head = zone = None
        if zone is None:
            head = _WHOLE_CHANGE.match(f.label) if f.unit == "%" else None
            if head is not None:
                part_of = _PART_OF.search(text, f.span[1])
                end = re.compile(r"[.!?;](?:\s|$)").search(text, f.span[1])
                stop = end.start() if end else len(text)
                zone = (part_of.end(), stop) if part_of and part_of.start() < stop else None
            out.append(f)
            continue
        assert head is not None
        changed = re.fullmatch(r"(?P<part>.+?)\s+(?P<verb>tăng|giảm)", f.label)
        part, verb = (changed["part"], changed["verb"]) if changed else ("", "")
        named = f"{head['measure']} {part.lower()} {verb}"
        if (
            f.unit == "%"
            and part
            and 1 <= _nwords(part) <= 4
            and not re.search(r"\d|[:()]", part)
            and not f"{part.lower()} ".startswith(_HEAD_WORDS)
            and part.lower() not in head["measure"].lower()
            and _nwords(named) <= LABEL_WORDS
        ):
            f = replace(f, label=named[:1].upper() + named[1:])
        out.append(f)
    return out


_RATE = re.compile(r"(?:Tỷ lệ|Tỉ lệ)\s(?!.*\s(?:tăng|giảm)(?:\s|$))(?!.*\(so với)", re.IGNORECASE)


def _listed_parts(text: str, found: list[Found]) -> list[Found]:
    """'Tổng diện tích gieo trồng ước 40.831 ha, giảm 1,6%. Trong đó, lúa 6.194 ha, giảm 0,95%;
    ngô 10.724,7 ha ...': the parts listed after 'trong đó' are named by their whole and the
    part ('Diện tích gieo trồng lúa', 'Diện tích gieo trồng lúa giảm'), not by the whole alone
    nor by the part alone ('Rau các loại')."""
    out: list[Found] = []
    head: Found | None = None
    zone: tuple[int, int] | None = None  # from 'trong đó' to the end of its sentence
    # the part's old and new label and the part, for its changes
    renamed: tuple[str, str, str] | None = None
    for f in found:
        if zone is not None and not zone[0] <= f.span[0] < zone[1]:
            zone = renamed = None
        if zone is None and head is not None and f.unit == head.unit:
            between = _PART_OF.search(text, head.span[1], f.span[0])
            if between and not re.search(r"[;!?](?:\s|$)", text[head.span[1] : between.start()]):
                end = re.compile(r"[.!?](?:\s|$)").search(text, between.end())
                zone = (between.end(), end.start() if end else len(text))
                if not zone[0] <= f.span[0] < zone[1]:
                    zone = None  # ('… trong đó 28 xã …. Hiện có 72 xã': past its sentence)
        signed = re.search(r"\([-+]\s*$", text[max(0, f.span[0] - 3) : f.span[0]])
        if zone is not None and head is not None and f.unit == head.unit and not signed:
            start = max(zone[0], out[-1].span[1] if out else 0)
            words = text[start : f.span[0]]
            # a comma may join the words of one part ('ngành nông-lâm nghiệp, thủy sản là …')
            words = re.split(r"[;:]\s*", words)[-1].lstrip(" ,)")
            # (and a run its own label keeps whole, an act and the objects its commas list:
            # 'cung cấp nước, hoạt động thu gom và xử lý chất thải, nước thải')
            if not re.match(r"(?:ngành|khu vực|lĩnh vực)\s", words.strip(), re.I) and not (
                ", " in f.label and words.strip().lower().startswith(f.label.lower()[:12])
            ):
                words = re.split(r",\s*", words)[-1]
            words = _PART_OF.sub("", words.strip(), count=1) if _PART_OF.match(words) else words
            part = _VERBS.sub("", words.strip()).strip()
            if f.unit and f"{part.lower()} ".startswith(f"{f.unit.lower()} "):
                # "; hộ cận nghèo có 14.994 hộ": a new whole of its own noun, not a part
                zone = renamed = None
                head = f
                out.append(f)
                continue
            whole = re.sub(r"^(?:Tổng số|Tổng)\s+", "", subject_of(head.label), flags=re.I)
            if whole.startswith("Số "):
                whole = re.sub(r"\s+được\s.*$", "", whole)  # not what was done to the whole
            if (
                part
                and 1 <= len(part.split()) <= (5 if "," in part else 4)
                and not re.search(r"\d", part)
                and part.lower() not in whole.lower()
                # "thu nội địa" of "Tổng thu ngân sách": a part that names itself
                and part.split()[0].lower() != whole.split()[0].lower()
                and not f"{part.lower()} ".startswith(_HEAD_WORDS)
                and len(f"{whole} {part}".split()) <= LABEL_WORDS
            ):
                joint = ": " if head.unit == "%" else " "  # 'Tỷ lệ lao động qua đào tạo: nghề'
                named = f"{whole[:1].upper()}{whole[1:]}{joint}{part.lower()}"
                renamed = (subject_of(f.label), named, part)
                f = replace(f, label=named)
            else:
                renamed = None
        elif zone is not None and renamed is not None and f.label.startswith(renamed[0]):
            # "lúa 6.194 ha, giảm 0,95% (-59 ha)": the part's own changes, named by the whole
            # too if that still reads as one label (the words of 'công nghiệp-xây dựng' each
            # counted), else by the part alone ('Công nghiệp-xây dựng tăng so với năm 2023')
            change = f.label[len(renamed[0]) :]
            named = renamed[1] + change
            if len(re.findall(r"\w+", named)) > LABEL_WORDS:
                part = re.sub(r"^(?:ngành|khu vực|lĩnh vực)\s+", "", renamed[2], flags=re.I)
                run_in = renamed[1].split(": ")[0] + ": " if ": " in renamed[1] else ""
                part = part[:1].lower() + part[1:] if run_in else part[:1].upper() + part[1:]
                named = run_in + part + change
            f = replace(f, label=named)
        elif zone is None and (
            f.unit not in (None, "%", "%/năm") or f.unit == "%" and _RATE.match(f.label)
        ):
            # a rate is a whole too: 'tỷ lệ lao động qua đào tạo đạt 60% (trong đó đào tạo nghề
            # đạt 40%)'; a change or a share of a plan is not
            head = f
        out.append(f)
    return out


def _once(text: str, found: list[Found]) -> list[Found]:
    """A count named again in the same clause ('14 chiếc đang triển khai các thủ tục), nhất là
    đối với 14 chiếc đang triển khai thủ tục') is one figure, not two; the same count in two
    cells of a table's row ('| Số doanh nghiệp … | 5 | 5 | 6 |') is one a column apart, two."""
    out: list[Found] = []
    for f in found:
        same = next(
            (
                g
                for g in out
                if g.value == f.value
                and g.unit == f.unit
                and f.unit not in (None, "%")
                and _is_count(f)
                and not re.search(r"[.;!?|](?:\s|$)", text[g.span[1] : f.span[0]])
                and _alike(g.label, f.label)
            ),
            None,
        )
        if same is None:
            out.append(f)
            continue
        note = later(N_("'{text}' named again later in the sentence: one figure"), text=f.text)
        out[out.index(same)] = replace(same, review=(*same.review, note))
    return out


def _said_twice(text: str, found: list[Found]) -> list[Found]:
    """A clause printed twice in a row ('khu vực dịch vụ tăng 3,84%; khu vực dịch vụ tăng
    3,84%.'): an editing slip, one figure."""
    out: list[Found] = []
    for f in found:
        if out:
            g = out[-1]
            first = text[_clause_start(text, g.span[0]) : g.span[1]].strip()
            again = text[_clause_start(text, f.span[0]) : f.span[1]].strip()
            if (
                first == again
                and len(first) > len(g.text) + 5
                and re.fullmatch(r"\s*[;,]?\s*", text[g.span[1] : _clause_start(text, f.span[0])])
            ):
                note = later(N_("'{text}' printed twice in a row: one figure"), text=again)
                out[-1] = replace(g, review=(*g.review, note))
                continue
        out.append(f)
    return out


def _clause_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in ";,.:")
    return cut + 1 if cut >= 0 else 0


def _alike(a: str, b: str) -> bool:
    """Two labels name the same thing: (nearly) every word of the shorter is in the longer."""
    one, two = (set(x.lower().split()) - {"số", "các", "những"} for x in (a, b))
    short = min(one, two, key=len)
    return not short or len(one & two) >= 0.9 * len(short)


def _joined_counts(text: str, found: list[Found]) -> list[Found]:
    """'tuyển mới 2.435 học sinh và 67 lớp': a count joined by 'và' to a count of another noun
    right before it, with nothing said of its own, shares what is said of that one ('Số lớp …'
    as 'Số học sinh …')."""
    out = list(found)
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        said = f"Số {prev.unit} "
        if (
            _is_count(f)
            and _is_count(prev)
            and f.unit != prev.unit
            and f.label == f"Số {f.unit}"
            and prev.label.startswith(said)
            and re.fullmatch(r"\s+và\s+", text[prev.span[1] : f.span[0]])
        ):
            note = N_("label of the count it is joined to")
            out[i] = replace(
                f, label=f"Số {f.unit} {prev.label[len(said) :]}", review=(*f.review, note)
            )
    return out


_CHANGE_BEFORE = re.compile(r"(?:^|[\s(,])(tăng|giảm)(?:\s+(?:thêm|hơn|khoảng))?\s*$")
_SHARE_AFTER = re.compile(r"\s*,\s*chiếm(?:\s+tỷ lệ)?\s*$")


def _count_changes(text: str, found: list[Found]) -> list[Found]:
    """'Hộ nghèo có 10.689 hộ, chiếm 3,20% … (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)':
    a change written in the unit of a figure before it in the sentence, with nothing said of
    its own ('Số hộ'), is that figure's change ('Hộ nghèo tăng so với đầu năm'); a share
    right after the change is its rate ('Tỷ lệ hộ nghèo tăng so với đầu năm')."""
    out = list(found)
    for i, f in enumerate(out):
        verb = _CHANGE_BEFORE.search(text, max(0, f.span[0] - 20), f.span[0])
        if verb is None or f.unit in (None, "%", "%/năm") or f.label != f"Số {f.unit}":
            continue
        start = _sentence_start(text, f.span[0])
        whole = next(
            (g for g in reversed(out[:i]) if g.unit == f.unit and g.span[0] >= start), None
        )
        if whole is None or whole.label == f.label:
            continue
        label = _with_change(whole.label, verb.group(1), _CHANGE_BASE.match(text, f.span[1]))
        out[i] = replace(f, label=label, review=(*f.review, N_("label of the figure it changes")))
        base = _CHANGE_BASE.match(text, f.span[1])
        after = base.end() if base else f.span[1]
        if (
            i + 1 < len(out)
            and out[i + 1].unit == "%"
            and _SHARE_AFTER.fullmatch(text, after, out[i + 1].span[0])
        ):
            rate = fit(f"Tỷ lệ {_lower_first(label)}", LABEL_WORDS)
            out[i + 1] = replace(out[i + 1], label=rate)
    return out


def _counted_alike(found: list[Found]) -> list[Found]:
    """'hình thành mới 33 mô hình, 2 HTX, 18 DN': counts listed one after another share what
    is said of the first, each of its own noun ('Số HTX hình thành mới'), not the first's."""
    out = list(found)
    first = 0
    for i in range(1, len(found)):
        f, prev = found[i], found[i - 1]
        if not (_is_count(f) and _is_count(prev) and f.label == prev.label):
            first = i
            continue
        head = found[first]
        said = f"Số {head.unit} "
        if f.unit and head.unit and f.unit != head.unit and f.label.startswith(said):
            out[i] = replace(f, label=f"Số {f.unit} {f.label[len(said) :]}")
    return out


def _shared_act(text: str, found: list[Found]) -> list[Found]:
    """'Triển khai xây dựng, nâng cấp 19 phòng học, thư viện; 1 nhà văn hóa xã, 19 nhà văn hóa
    thôn': counts listed after one act, with nothing but commas, semicolons or 'và' between
    them, are all what was done ('Số nhà văn hóa xã được xây dựng, nâng cấp')."""
    out = list(found)
    act = ""
    for i, f in enumerate(found):
        said = f"Số {f.unit} " if f.unit else ""
        done = re.search(r"\sđược\s(.+)$", f.label) if said and f.label.startswith(said) else None
        rest = f.label[len(said) :] if said and f.label.startswith(said) else ""
        tagger = _pyvi()
        if done:
            act = f"được {done.group(1)}"
            continue
        if (
            _nwords(rest) >= 2
            and tagger is not None
            and tagger(rest)[1][:1] == ["V"]
            and _acts(rest)
        ):
            act = rest  # 'Số phòng học xây dựng, nâng cấp'
            continue
        prev = found[i - 1] if i else None
        gap = text[prev.span[1] : f.span[0]] if prev is not None else ""
        # between them: the rest of the noun phrase before ('học, thư viện') and a comma, a
        # semicolon or 'và'; the count's own label says no more than its noun ('Số cầu tràn')
        listed = prev is not None and re.fullmatch(
            r"(?:\s*,?\s*[^\W\d][^\d.;!?():]{0,30}?)?\s*[,;]\s*(?:và\s+)?|\s+và\s+", gap
        )
        plain = _nwords(f.label) <= _nwords(said) + 3
        own = f"{f.label} ".startswith(said)  # 'Số trường học' is its noun alone
        if not (act and said and own and listed and plain and _is_count(f)):
            act = ""
            continue
        named = f"{f.label} {act}"
        if _nwords(named) <= LABEL_WORDS:
            out[i] = replace(f, label=named)
    return out


# between a count and the bound that defines what it counts: the rest of its noun phrase ('huyện,
# thành phố', 'thị trường xuất khẩu'), what is said of it ('đạt kim ngạch'), then the bound
_NOT_DEFINING = r"(?!(?:tăng|giảm|chiếm|với|so|bằng|là|và|trong|tại|của)\b)"
_DEFINED_BY = (
    re.compile(
        # (and a count of one it names, no figure: '8 Bộ, cơ quan trung ương và 1 địa phương
        # (tỉnh Đồng Nai) có tỷ lệ giải ngân đạt dưới 20%')
        r"(?P<more>(?:(?:(?:\s*,)?\s+[^\W\d]+){0,5}?\s+và\s+0?1(?:\s+[^\W\d]+){1,2}(?=\s*\()"
        rf"|(?:\s*,)?(?:\s+{_NOT_DEFINING}[^\W\d]+){{0,3}}?)(?:\s*\([^()\d]{{1,40}}\))?)"
        # (what is said may run on, and name the time it is measured at: '21 địa phương có tỷ
        # lệ giải ngân đến hết tháng 10/2020 đạt trên 70%', '… có ước tỷ lệ giải ngân đến
        # 31/10/2020 đạt trên 70%': a month or a day)
        # ('đạt và cơ bản đạt': two degrees of one attainment, one thing said)
        rf"(?P<said>\s+(?:đạt|có)(?:\s+{_NOT_DEFINING}[^\W\d]+|\s+và(?=\s+cơ bản\s+đạt\b)"
        r"|\s+(?:đến hết|đến|trong)\s+(?:tháng\s+|ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?"
        r"|\s+(?:đến hết|đến|trong)\s+tháng\s+\d{1,2}/\d{4}){0,7}?)"
        r"\s+(?P<bound>trên|hơn|từ|dưới)\s*"
    ),
    re.compile(
        rf"(?P<more>(?:\s+{_NOT_DEFINING}[^\W\d]+){{0,2}}?)(?P<said>)"
        r"\s+(?P<bound>trên|hơn|từ|dưới)\s*"
    ),
)


_ATTAINED_COUNT = re.compile(r"\s+đạt(?:\s+và\s+cơ bản\s+đạt)?")


def _defining_bounds(text: str, found: list[Found]) -> list[Found]:
    """'6 mặt hàng đạt kim ngạch xuất khẩu trên 10 tỷ USD', '09/10 huyện, thành phố đạt trên 50%
    dự toán', '8 thị trường trên 5 tỷ USD': a bound written right after a count, with nothing
    between but the rest of its noun and what is said of it, is the threshold that defines what
    is counted, not a figure; it goes into the count's label ('Số mặt hàng đạt kim ngạch xuất
    khẩu trên 10 tỷ USD'), and into that of a count joined to it by 'và' ('Có 11/15 khoản thu
    và 09/10 huyện … đạt trên 50% dự toán')."""
    out: list[Found] = []
    for f in found:
        count = out[-1] if out else None
        if count is None or not _is_count(count) or count.unit is None:
            out.append(f)
            continue
        whole = re.match(rf"/\s*\d+\s*{re.escape(count.unit)}", text[count.span[1] :])
        count_end = count.span[1] + (whole.end() if whole else 0)
        gap = next(
            (hit for r in _DEFINED_BY if (hit := r.fullmatch(text, count_end, f.span[0]))), None
        )
        if gap is None or _is_count(f) and not _ATTAINED_COUNT.fullmatch(gap.group("said")):
            # a count after a count is a figure of its own ('28 xã, trên 200 thôn'), unless
            # the first attains it ('1 xã đạt từ 6 tiêu chí', '11 xã đạt và cơ bản đạt từ
            # 14-18 tiêu chí', '12 xã đạt dưới 4 tiêu chí': how many criteria a commune met
            # defines which communes are counted)
            out.append(f)
            continue
        base = _ATTAIN_OF.match(text, f.span[1]) if f.unit == "%" else None
        if base is not None and re.fullmatch(r"\s*,", gap.group("more")):
            # '… cho 25.953 lao động, đạt hơn 116% kế hoạch năm': a share of a plan after the
            # count's own comma is what the count attained, a figure of its own
            out.append(f)
            continue
        bound = f"{text[gap.start('bound') : f.span[1]]} {base.group(1) if base else ''}"
        for i in range(len(out) - 1, -1, -1):
            g = out[i]
            if g is count:
                more = gap.group("more")
            elif _is_count(g) and re.fullmatch(r"\s+và\s+", text[g.span[1] : out[i + 1].span[0]]):
                more = ""
            else:
                break
            # the kinds it counts, the last left out where all of them leave no room for what
            # is said of them ('Số bộ có tỷ lệ giải ngân dưới 20%', not 'Số bộ, cơ quan ngang
            # bộ dưới 20%': '8 bộ, cơ quan ngang bộ' is said beside it)
            kinds = [g.unit or ""]
            while _KIND_SEP.search(kinds[-1]):
                kinds.append(kinds[-1][: list(_KIND_SEP.finditer(kinds[-1]))[-1].start()])
            # what is said of it, unless that makes the label too long
            labelled = (
                re.sub(r"\s+", " ", f"Số {kind}{more} {said} {bound}").strip()
                for said in (gap.group("said"), "")
                for kind in kinds
            )
            label = next((t for t in labelled if _nwords(t) <= LABEL_WORDS), None)
            if label is not None:
                note = later(N_("'{text}' defines what is counted"), text=f.text)
                out[i] = replace(g, label=label, review=(*g.review, note))
    return out


# "Lĩnh vực xây dựng tiếp tục được quan tâm đầu tư.", "Sản xuất nông, lâm nghiệp và thủy sản đảm
# bảo tiến độ": a sentence that opens on the sector the next sentences are about
_SECTOR = re.compile(
    r"(?:^|[.!?]\s+)(?:Lĩnh vực|Ngành|Sản xuất)\s+(?P<sector>[^\W\d][^.;:()\d]{0,60}?)\s+"
    r"(?:tiếp tục|đảm bảo|bảo đảm|được|có|duy trì|phát triển|giữ|ổn định|gặp)\b"
)
_SCALE = re.compile(r"^Quy mô(?:\s+(?P<rest>[^()]+?))?(?P<tail>\s*\(so với [^)]*\))?$")


def _of_the_sector(text: str, found: list[Found]) -> list[Found]:
    """'Lĩnh vực xây dựng tiếp tục được quan tâm đầu tư. Giá trị sản xuất toàn ngành tăng 5,72%
    so với cùng kỳ. Quy mô giá trị sản xuất đạt trên 17.150 tỷ đồng': 'toàn ngành' is the
    sector the paragraph last named ('Giá trị sản xuất ngành xây dựng'), and a bare 'Quy mô' (or
    'Quy mô' of the measure just said) is the size of what the figure before it measured."""
    out = list(found)
    for i, f in enumerate(out):
        scale = _SCALE.match(f.label)
        # (the figure before it looked for only under a 'Quy mô': a copy of all those before
        # each figure made a paragraph of hundreds of figures square)
        before = (
            next((g for g in reversed(out[:i]) if not _SCALE.match(g.label)), None)
            if scale
            else None
        )
        if scale and before is not None and not _in_bracket(text, f.span[0]):
            measured = re.sub(r"\s+(?:tăng|giảm)(?:\s.*)?$", "", before.label)
            rest = scale.group("rest")
            if not rest or measured.lower().startswith(rest.lower()):
                # not 'Quy mô GRDP' after another measure: it names its own
                tail = (scale.group("tail") or "").strip()
                if _nwords(f"{measured} {tail}") > LABEL_WORDS:
                    measured = re.sub(r"\s+ngành\s+", " ", measured)  # 'sản xuất xây dựng'
                label = f"{fit(measured, LABEL_WORDS - _nwords(tail))} {tail}".strip()
                note = N_("label of the figure before it")
                f = out[i] = replace(f, label=label, review=(*f.review, note))
        if "toàn ngành" not in f.label:
            continue  # (the sectors said before read only for a 'toàn ngành')
        sector = None
        for sector in _SECTOR.finditer(text, 0, f.span[0]):
            pass
        if sector:
            for said in (f"ngành {sector.group('sector')}", sector.group("sector")):
                label = f.label.replace("toàn ngành", said, 1)
                if _nwords(label) <= LABEL_WORDS:
                    out[i] = replace(f, label=label)
                    break
    return out


# a label that is only a measure's word ('Tổng diện tích', 'Kinh phí'): the measure of something
_BARE_MEASURE = re.compile(
    r"(?:tổng\s+)?(?:diện tích|kinh phí|sản lượng|nguồn vốn|tổng vốn|quy mô)", re.IGNORECASE
)


def _of_the_subject(text: str, found: list[Found]) -> list[Found]:
    """'Chương trình cánh đồng mẫu thực hiện tại 10 huyện, với tổng diện tích 1.877,4 ha': a
    measure named by its word alone is the measure of what its sentence opens on, a noun phrase
    (pyvi's nouns up to the first verb: 'Tổng diện tích chương trình cánh đồng mẫu')."""
    tagger = _pyvi()
    if tagger is None:
        return found
    out = list(found)
    for i, f in enumerate(out):
        if not _BARE_MEASURE.fullmatch(f.label):
            continue
        opening = _LEADING.sub("", text[_sentence_start(text, f.span[0]) : f.span[0]])
        if ":" in opening:
            continue  # "Vùng I: Bao gồm … với diện tích": the run-in head names it
        tokens, tags = tagger(opening)
        n = 0
        while n < len(tokens) and (
            tags[n] in ("N", "Nc", "Np", "Ny") or tags[n] == "A" and "_" not in tokens[n]
        ):
            n += 1  # ('thực_hiện_tại', read as one adjective, is the act)
        subject = " ".join(tokens[:n]).replace("_", " ")
        if (
            not 2 <= _nwords(subject) <= 6
            or n == len(tokens)  # the whole opening: no act after it to tell it a subject
            or f.label.lower() in subject.lower()
            or subject.split()[0].lower() in _PLACE_UNITS | {"toàn", "đến", "năm", "trong"}
        ):
            continue
        label = f"{f.label} {_lower_first(subject)}"
        if _nwords(label) <= LABEL_WORDS:
            out[i] = replace(
                f,
                label=label,
                review=(*f.review, N_("label taken from the subject of the sentence")),
            )
    return out


def _of_counted(text: str, found: list[Found]) -> list[Found]:
    """'có 11 sản phẩm của 9 cơ sở đủ điều kiện tham gia OCOP': a count whose noun is owned by
    the next count ('của 9 cơ sở') shares what is said after that one ('Số sản phẩm đủ điều kiện
    tham gia OCOP'), when its own label says nothing more than its noun."""
    out = list(found)
    for i in range(len(out) - 1):
        f, owner = out[i], out[i + 1]
        bare = f"Số {f.unit}"
        owner_said = f"Số {owner.unit} "
        if (
            f.unit
            and owner.unit
            and f.label == bare
            and owner.label.startswith(owner_said)
            and re.fullmatch(r"\s+của\s+", text[f.span[1] : owner.span[0]])
        ):
            said = owner.label[len(owner_said) :]
            if _nwords(f"{bare} {said}") <= LABEL_WORDS:
                out[i] = replace(f, label=f"{bare} {said}")
    return out


def _is_count(f: Found) -> bool:
    return (
        isinstance(f.value, Decimal)
        and f.value == f.value.to_integral()
        and (
            f.label.startswith(f"Số {f.unit}")
            or f.unit in _NOUNS
            or f.unit in _COUNTED
            # 'Hội viên toàn xã' of '865 hội viên', 'Bộ, cơ quan trung ương …' of '8 Bộ': a
            # label that opens with what it counts
            or f.unit is not None
            and re.match(rf"{re.escape(f.unit)}(?:[\s,]|$)", f.label, re.IGNORECASE) is not None
        )
    )


def _shared_subjects(text: str, found: list[Found]) -> list[Found]:
    """'rà soát thu hồi 20 dự án (8 dự án trong nước và 12 dự án nước ngoài), trong đó có 09
    dự án ...': the parts of a count, in a bracket or after 'trong đó', share its subject
    ('Số dự án rà soát thu hồi trong nước')."""
    out: list[Found] = []
    head: Found | None = None
    for f in found:
        prefix = f"Số {f.unit} " if f.unit else ""
        if (
            head is not None
            and head.unit == f.unit
            and f.label.startswith(prefix)
            and not re.search(r"[;.!?](?:\s|$)", text[head.span[1] : f.span[0]])
            and re.search(r"\(|trong đó", text[head.span[1] : f.span[0]])
        ):
            whole = re.sub(r"\s+được\s.*$", "", head.label[len(prefix) :])  # not what was done
            named = f"{prefix}{whole} {f.label[len(prefix) :]}".strip()
            if len(named.split()) <= SHORT_WORDS + 2 and whole.lower() not in f.label.lower():
                f = replace(f, label=named)
            out.append(f)
            continue
        head = f if prefix and f.label.startswith(prefix) and len(f.label) > len(prefix) else None
        out.append(f)
    return out


# the population a rate is counted on ("trên 1 vạn dân", "/1.000 dân", "trên 100.000 người dân")
_PER_PEOPLE = re.compile(r"\s*(?:vạn|nghìn|ngàn)?\s*(?:dân|người dân|dân số|trẻ em|người)(?!\w)")


# "Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở lên … Trong đó, ngành công nghiệp-xây dựng
# 3.671,79 tỷ đồng, tăng 10,53% so với năm 2023": the parts' growths of a growth at least are at
# least too; "chiếm 36,50%, tăng 0,06%": the change of a share, as written
_GROWTH = re.compile(r"(?:^|[\s(])tăng(?:\s+trưởng)?\s*$")
_AFTER_SHARE = re.compile(r"%\s*,\s*(?:và\s+)?$")


def _growth(text: str, start: int, unit: str | None) -> bool:
    """A percentage written as a growth ('tăng 8,53%'), not as the change of a share."""
    verb = _GROWTH.search(text, max(0, start - 20), start)
    return (
        unit in ("%", "%/năm")
        and verb is not None
        and not _AFTER_SHARE.search(text, max(0, verb.start() - 10), verb.start() + 1)
    )


def _growth_parts(text: str, found: list[Found]) -> list[Found]:
    """Growths planned after a growth target that is a floor ('tăng trưởng … 9,5% trở lên')
    are its parts, floors too; without one a growth in a plan is planned as written."""
    out: list[Found] = []
    floor = False
    for f in found:
        growth = _growth(text, f.span[0], f.unit)
        if f.plan is None and f.plan_kind == "floor" and f.unit in ("%", "%/năm"):
            floor = floor or growth or "tăng trưởng" in f.label.lower()
        elif floor and growth and f.plan is None and f.plan_kind == "exact":
            f = replace(f, plan_kind="floor")
        out.append(f)
    return out


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# a count written in words opening a sentence or a clause ('Tám trường công lập tự chủ tuyển
# mới …', 'Trong đó, bốn trường …'); 'một' and 'năm' (a year, too) are left alone
_WORD_COUNT = re.compile(
    r"(?:^|[.!?]\s+|(?:[Tt]rong đó|[Nn]goài ra|[Bb]ên cạnh đó),\s+)"
    rf"(?P<n>(?i:{'|'.join(_COUNT_WORDS)}))\s+(?P<noun>[^\W\d_]+)(?=\s)"
)


def _counted_in_words(text: str, found: list[Found], period: str) -> list[Found]:
    """Counts written in words of a noun the paragraph also counts in digits ('bốn trường'
    beside '110 trường'), added as figures in text order."""
    counted = {f.unit for f in found if f.unit and f.unit[:1].islower()} | set(_NOUNS)
    for m in _WORD_COUNT.finditer(text):
        start = m.start("n")
        noun = _segmented_head(text[m.start("noun") : m.start("noun") + 40]) or m.group("noun")
        if noun not in counted or any(f.span[0] <= start < f.span[1] for f in found):
            continue
        end = m.start("noun") + len(noun)
        before = [f for f in found if f.span[1] <= start]
        prev = before[-1] if before else None
        label, review = _label(text, start, end, prev.span[1] if prev else 0, noun, prev, True)
        review.append(later(N_("'{text}': a count written in words"), text=text[start:end]))
        found.append(
            Found(
                label=clean_ends(label),
                value=Decimal(_COUNT_WORDS[m.group("n").lower()]),
                unit=noun,
                period=period,
                plan=None,
                item=_item(text, start),
                span=(start, end),
                plan_span=None,
                text=text[start:end],
                review=tuple(review),
            )
        )
    found.sort(key=lambda f: f.span[0])
    return found


_RANKED_AMONG = re.compile(r"\s+(?:trong|trên)\s+(?:(?:danh sách|tổng số|số)\s+)?(?=(\d[\d.]*))")


# "đứng thứ 2 khu vực Asean, thứ 10 toàn cầu": a further rank listed after the first, the verb
# said once (the groups of `_RANK` that it has not never match)
_RANK_AFTER = re.compile(
    r"[^,;.()\d]{0,40}?(?:,\s*|\s+và\s+)(?P<rank>thứ\s+(?P<n>\d{1,3})(?:/(?P<of>\d{1,3}))?)"
    r"(?!\d)(?P<n2>(?!))?(?P<of2>(?!))?"
)


def _rank_matches(text: str) -> Iterator[re.Match[str]]:
    """The ranks of ``text`` (`_RANK`), each followed by those listed after it (`_RANK_AFTER`)."""
    for m in _RANK.finditer(text):
        yield m
        at = m.end("rank")
        while more := _RANK_AFTER.match(text, at):
            yield more
            at = more.end("rank")


def _with_ranks(text: str, found: list[Found], period: str) -> list[Found]:
    """Add rankings ("đứng thứ 04/34 tỉnh", "xếp hạng 39/160 nước") as figures in 'hạng', in
    text order."""
    for m in _rank_matches(text):
        start, end = m.span("rank")
        if any(f.span[0] <= start < f.span[1] for f in found):
            continue
        before = [f for f in found if f.span[1] <= start]
        prev_end = before[-1].span[1] if before else 0
        label, review = _label(text, start, end, prev_end, "hạng", before[-1] if before else None)
        chain = [f for f in before if f.span[0] >= _sentence_start(text, start)]
        tagger = _pyvi()
        said = re.match(r"(?:đứng|xếp|dẫn đầu|cao nhất|thấp nhất|là|nằm)\b", label, re.IGNORECASE)
        if chain and (said or tagger is not None and tagger(label)[1][:1] == ["V"]):
            # "thu ngân sách ... 54.341 tỷ đồng, ..., đứng đầu khu vực và đứng thứ 8 cả nước":
            # the rank of what the sentence's first figure measures, not of its predicates
            label = f"{subject_of(chain[0].label)}: xếp hạng"
            review.append(N_("label borrowed from the figure before it"))
        n, of = m.group("n") or m.group("n2"), m.group("of") or m.group("of2")
        if not of and (among := _RANKED_AMONG.match(text, end)):
            # "xếp thứ 2 trong 24 tập đoàn/Tổng công ty", "… trong danh sách 500 doanh
            # nghiệp": the count after is the list ranked, no figure of its own
            ranked = [f for f in found if f.span[0] == among.end()]
            if ranked:
                found = [f for f in found if f not in ranked]
                of = among.group(1)
        if of:
            review.append(later(N_("ranked {n} of {of}"), n=n, of=of))
        # ('năm 2024 xếp thứ 05 cả nước': the year its sentence says, not its heading's)
        when = time_said(text, start, end, "hạng", prev_end, before[-1] if before else None)
        found.append(
            Found(
                label=clean_ends(label),
                value=parse_number(n),
                unit="hạng",
                period=when if when is not None else period,
                plan=None,
                item=_item(text, start),
                span=(start, end),
                plan_span=None,
                text=m.group("rank"),
                review=tuple(review),
            )
        )
    found.sort(key=lambda f: f.span[0])
    return found


# what ends a paragraph that opens the list after it ('… gồm:', '… như sau:')
_OPENS_LIST = re.compile(r"[^.;:,\d]*?\s(?:gồm(?: có)?|bao gồm|như sau|sau đây)\s*:\s*")
# a measure right before a count, with at most two words of its own between ('tỷ trọng', 'diện
# tích gieo trồng'; not a verb that says the count: 'tỷ lệ đạt 5 xã')
_MEASURE_BEFORE = re.compile(
    r"(?:^|\s)(?i:tỷ trọng|tỉ trọng|cơ cấu|diện tích|sản lượng|giá trị|tỷ lệ|tỉ lệ)"
    r"(?:\s+(?!(?:đạt|là|có|được|còn|tăng|giảm|chiếm|gồm|của|trên|với)(?!\w))[^\W\d]+){0,2}\s*$"
)
# the plan a share is of, right after its number ('đạt 100,3 kế hoạch')
_OF_PLAN_AFTER = re.compile(r"\s*(?:so(?: với)?\s+)?(?:kế hoạch|KH|dự toán|DT)(?!\w)")
# the minutes after an hour ('9:25', '20:03'): the number before is a time of day
_CLOCK = re.compile(r":\d\d(?!\d)")
_PER_AREA_UNIT = re.compile(r"/(?:km[2²]|m[2²]|km|ha)$")
# a rate named before its number ('Tỷ lệ tử vong …', 'tỷ suất sinh', 'mật độ')
_RATE_NAMED = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tỷ suất|tỷ số|mật độ)\b", re.IGNORECASE)


def _rate(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """A rate on a base (`rate_unit`): with its counted words before the slash whatever the
    base; a bare number over a base ('4/100.000 trẻ sinh ra còn sống', not '9/10 huyện', a part
    of a whole) when the base is a thousand or more, or a hundred or more and the sentence names
    a rate before it."""
    if m.group("high") or (rate := rate_unit(text, m.end("low"))) is None:
        return None
    unit, end, counted = rate
    if not counted:
        said = unit[1:].split()[0]
        # ('4/vạn dân' as '4/1 vạn dân': a base said in words is read as its '1 vạn')
        base = parse_number(said if said[0].isdigit() else "1")
        named = _RATE_NAMED.search(text, _sentence_start(text, m.start()), m.start())
        if base < 100 or base < 1000 and named is None:
            return None
    return unit, end


# a time said right after a figure, its own ('16,5%/năm giai đoạn 2011 - 2015', 'đạt 2.800
# tấn/năm từ năm 2010 trở đi', 'khoảng 250.000 người vào năm 2030'); 'từ năm 2005' alone is
# where a count starts ('từ năm 2005 đến nay trồng được 2.961,2 ha'), no period of the figure
_PERIOD_AFTER = re.compile(
    r"\s*(?:(?P<start>từ\s+)|vào\s+|trong\s+|đến\s+)?(?:năm|giai đoạn|thời kỳ)\s+"
    r"(?P<time>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)(?P<on>\s+trở đi)?(?=[\s,;.)]|$)"
)
# what a figure's sentence says right after it of another time, the figure's own or the base of
# its change ('tăng 21,5% cùng kỳ năm 2017', '… 16,5%/năm giai đoạn 2011 - 2015'): no time of
# the figure after it
_TIME_OF_BEFORE = re.compile(
    r"\s*(?:(?:so với|so|hơn|bằng)\s+)?(?:cùng kỳ\s+)?(?:vào\s+|trong\s+|đến\s+|từ\s+)?"
    r"(?:năm|giai đoạn|thời kỳ)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s+trở đi)?",
    re.IGNORECASE,
)
# a year said as where a change is measured from or a count starts ('so với cùng kỳ năm 2021',
# 'so với bình quân năm 2019', 'so với 3 tháng đầu năm 2018', 'từ năm 2014 đến nay'), or the
# year prices are counted at ('theo giá so sánh năm 2010'), before the 'năm' that says it
_FROM_OR_BASE = re.compile(
    r"(?<!\w)(?:so với|so sánh|so|hơn|từ|kể từ)\s+"
    r"(?:cùng kỳ\s+|bình quân\s+|ước thực hiện\s+|thực hiện\s+|\d{1,2}\s+tháng\s+(?:đầu\s+)?)*$",
    re.IGNORECASE,
)


_STARTED = re.compile(r"(?<!\w)(?:từ|kể từ)\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)", re.IGNORECASE)


def _aside_in_time(text: str, previous: Found, start: int) -> bool:
    """Whether ``previous`` was said in brackets closed before ``start`` that say its time: an
    aside of another time than the sentence it is in ('(cùng kỳ năm 2016 đạt 5,83%)')."""
    between = text[previous.span[1] : start]
    if between.count(")") <= between.count("("):
        return False
    opened = text.rfind("(", 0, previous.span[0])
    aside = text[opened : text.find(")", previous.span[1])]
    return opened >= 0 and any(y in aside for y in re.findall(r"\d{4}", previous.period))


def time_said(
    text: str, start: int, end: int, unit: str | None, prev_end: int, previous: Found | None
) -> str | None:
    """The period the sentence of the figure at ``start``–``end`` says it is of, or None: the
    time right after it ('17%/năm giai đoạn 2016 - 2020'; not after a multiplier, whose time is
    its base: 'gấp 1,64 lần giai đoạn 2011-2015'), else the last time said shortly before it,
    past the figure before it and the time said right after that one, that is no base of a
    change, no year of prices nor where a count starts ('Giá trị sản xuất công nghiệp năm 2018
    đạt 8.943 tỷ đồng' after '… so với năm 2017.'; '… tăng 21,5% cùng kỳ năm 2017, đạt 45% kế
    hoạch')."""
    after = _PERIOD_AFTER.match(text, end)
    if after and unit != "lần" and not (after.group("start") and not after.group("on")):
        return re.sub(r"\s*[-–]\s*", "-", after.group("time"))
    lo = max(prev_end, start - 60)
    if previous is not None and (own := _TIME_OF_BEFORE.match(text, previous.span[1])):
        lo = max(lo, own.end())
    said = [
        y
        for y in _YEAR.finditer(text, lo, start)
        if not _FROM_OR_BASE.search(text, max(0, y.start() - 30), y.start())
        or re.match(r"\s+trở đi", text[y.end() :])
    ]
    return re.sub(r"\s*[-–]\s*", "-", said[-1].group(1)) if said else None


_REACH_BACK = 2000
"""How far before a number ``_figure`` reads the words that end at it: far more than any of its
patterns anchored at the number spans (a phrase, a bracket's title of 60 characters)."""


def _reach_back(text: str, start: int) -> int:
    r"""Where the words before ``start`` that ``_figure`` reads begin: ``_REACH_BACK`` characters
    before the last word before it, moved back to the start of a word after a space, so that a
    pattern's ``(?:^|\s)`` there reads as it reads in the whole text (and a run of spaces
    before the number is taken whole)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    at = end - _REACH_BACK
    if at <= 0:
        return 0
    while at > 0 and not (text[at - 1].isspace() and not text[at].isspace()):
        at -= 1
    return at


@functools.lru_cache(maxsize=16)
def _formula_names(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the counts that make a name ('mô hình 1 vụ lúa - 1 vụ tôm'), read once a
    paragraph rather than once a number of it."""
    return tuple((n.start(1), n.end(1)) for n in _FORMULA_NAME.finditer(text))


def _figure(
    text: str,
    m: re.Match[str],
    prev_end: int,
    period: str,
    previous: Found | None,
    list_unit: str | None = None,
    last_count: Found | None = None,
) -> Found | None:
    unit = m.group("unit") or m.group("lowunit")
    if unit:
        unit = re.sub(r"\s+", " ", unit.replace("tỉ", "tỷ").replace("ngàn", "nghìn"))
        unit = re.sub(r"/0?1\s*(?=[^\W\d_])", "/", unit)  # "triệu đồng/1 ha": per hectare
    review: list[str] = []
    if unit and (slip := re.match(_SLIP, unit)):
        review.append(
            later(
                N_("'{text}' read as tỷ đồng (a slip of the scan)"),
                text=m.group(0).strip(),
            )
        )
        unit = "tỷ đồng" + unit[slip.end() :]
    if unit and re.match(r"đ(?!\w)", unit):
        unit = "đồng" + unit[1:]  # "91.481.640.145đ": đồng, written short
    if _POINT_DECIMAL.fullmatch(m.group("low")) and unit:
        review.append(
            later(
                N_("'{text}' read with a point as the decimal mark"),
                text=m.group(0).strip(),
            )
        )
    carried = (
        _currency_said_before(text, m.start(), unit)
        if unit in ("nghìn", "triệu", "tỷ", "nghìn tỷ")
        else None
    )
    if carried is not None:
        # '… xuất khẩu ước đạt 890 triệu USD, …; kim ngạch nhập khẩu ước đạt 160 triệu': the
        # currency said with the same magnitude just before, not đồng
        review.append(
            later(
                N_("'{text}' read as {unit} (the currency said just before it)"),
                text=m.group(0).strip(),
                unit=f"{unit} {carried}",
            )
        )
        unit = f"{unit} {carried}"
    elif unit in ("nghìn", "triệu", "tỷ", "nghìn tỷ") and _MONEY_WORDS.search(
        text, _sentence_start(text, m.start()), m.start()
    ):
        review.append(
            later(
                N_("'{text}' read as {unit} đồng (the sentence is about money)"),
                text=m.group(0).strip(),
                unit=unit,
            )
        )
        unit = f"{unit} đồng"
    low = m.group("low")
    # the words before the number, as far back as a pattern that ends at it can reach (each
    # figure's slice from the paragraph's start made a paragraph of hundreds of figures square)
    reach = _reach_back(text, m.start())
    before = text[reach : m.start()]
    if (
        _YEAR_LIKE.fullmatch(low)
        and unit != "%"
        and (unit in _NOUNS or unit in _COUNTED or re.search(r"năm\s*$", before))
    ):
        return None  # "trong năm 2025 dự án": a year, not a count
    if (
        unit == "tuổi"
        and (
            re.search(r"(?:^|\s)(?:dưới|trên|từ|đủ|đến)\s*$", before)
            # 'huy động trẻ 5 tuổi vào mẫu giáo': the age of whom, right after them
            or re.search(
                r"(?:^|\s)(?:trẻ|trẻ em|cháu|học sinh|người|thanh niên|phụ nữ|nam|nữ)\s*$",
                before,
                re.IGNORECASE,
            )
            or re.match(r"\s*(?:trở lên|trở xuống)\b", text[m.end() :])
        )
        and not _AGE_MEASURED.search(text, _sentence_start(text, m.start()), m.start())
    ):
        # "trẻ em dưới 5 tuổi", "dân số từ 15 tuổi trở lên có tài khoản …": an age bounded, or
        # said of whom right before it, is an age group, part of what a figure counts, not a
        # figure; an age measured is ('tuổi thọ trung bình trên 75 tuổi')
        return None
    if re.search(r"(?:^|\s)(?:top|tốp|nhóm)\s*$", before, re.IGNORECASE):
        return None  # "nằm trong top 10 địa phương": a band, not a count
    if text.startswith("/", m.end("low")) and re.search(r"(?:^|\s)ngày\s*$", before, re.I):
        return None  # "Tính đến ngày 25/6 số người …", "ngày 15/10 huyện …": a date
    if re.search(r"(?:^|\s)ngày\s*\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?$", before, re.I):
        return None  # "Chiều ngày 15/ 9 đồng chí …": a date's month (or year) spaced off its slash
    if before.endswith(":") and before[-2:-1].isdigit() or _CLOCK.match(text, m.end("low")):
        return None  # "21 Tháng Năm 2015 9:25:00 SA", "20:03 11-12-2023": a time of day
    if (
        unit in ("chỉ tiêu", "mục tiêu", "nhiệm vụ")
        and _PART_TITLE.search(before)
        and re.match(r"\s*\)", text[m.end() :])
    ):
        return None  # "II. Về xã hội (9 chỉ tiêu) 10. …": how many targets the part lists
    if re.search(r"(?:^|\s)(?:lớp|khối)\s*$", before, re.IGNORECASE):
        return None  # "tuyển sinh vào lớp 10 công lập": the grade, not a count
    if unit == "%" and _GRADE.match(text, m.end()):
        return None  # "tinh quặng đồng 20-25% Cu": the grade that names the product
    if unit == "%" and m.group("low") == "100" and _OWNED.match(text, m.end()):
        return None  # "doanh nghiệp 100% vốn nước ngoài": a form of ownership
    if (
        re.search(r"(?:^|\s)(?:trên|mỗi|bình quân|/)\s*$", before)
        and re.fullmatch(r"0?1|10{0,2}(?:\.000)*", m.group("low"))
        and _PER_PEOPLE.match(text, m.end("low"))
    ):
        # "Số bác sĩ trên 1 vạn dân", "Số bác sỹ bình quân 1 vạn dân": the base of a rate,
        # part of its label
        return None
    if (
        _NAMED_BY.search(before)
        and unit not in (*_MONEY, "%", None)
        and re.match(r"\s+[^\W\d]", text[m.end() :])
        and _segmented_head(text[m.end() :].strip()[:40]) is not None
        and not counted_noun(text, m)
    ):
        return None  # "dự án 5 triệu ha rừng": a name, not a figure
    if (
        _BOUND_BEFORE.search(before)
        and _CONDITION_OPENS.search(text, _sentence_start(text, m.start()), m.start())
        and _RULE_AFTER.match(text, m.end())
    ):
        # "Đối với các ngành có tỷ lệ nữ thấp dưới 30% có thể điều chỉnh mục tiêu": the bound
        # that says where a provision applies, a condition, not a figure
        return None
    if _GROUP_BOUND.search(before):
        # "cá nhân có doanh thu trên 3 tỷ đến 50 tỷ đồng áp dụng thuế suất 17%": the bound
        # that says which taxpayers a rule is for, a condition, not a figure
        return None
    if _SHARE_BASE.search(before):
        return None  # "chiếm khoảng 90% trên tổng số 2,54 triệu hộ": the share's base, said before
    if any(start <= m.start() < end for start, end in _formula_names(text)):
        return None  # "mô hình 1 vụ lúa - 1 vụ tôm": a name made of counts
    plan_m = _PLAN.match(text, m.end())
    if plan_m and plan_m.group("unit"):
        # "tăng 6,47% (kế hoạch 9,05%)": a plan written with its unit is a figure of its own too,
        # made the plan of this one by `_bracket_targets` (as '(NQ tăng 9,24%)')
        plan_m = None
    if m.group("of"):
        unit = m.group("ofunit")
    counted_end = None
    rated = False
    # '245.000 lượt bệnh nhân': turns, in 'lượt' and what they count (given the figure last: it
    # still ends at 'lượt', its label read on from there as turns')
    said = "ofunit" if m.group("of") else "unit" if m.group("unit") else None
    turns = turns_counted(text, m.end(said), unit) if said and unit else None
    turned = unit
    if rate := _rate(text, m):
        # "ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái", "dưới 4/100.000 trẻ sinh ra còn
        # sống": a rate on its base, the base in the unit
        unit, counted_end = rate
        rated = True
    elif (
        unit is None
        # '95 xã, phường và thị trấn': a listed noun that is a level of government, said with
        # the other kinds of its level, counts them together (``counted_noun``'s run)
        or m.group("unit") in _NOUNS
        and _LEVEL.fullmatch(unit)
        and _LEVEL_RUN.match(text, m.end())
    ) and (not plan_m and (counted := counted_noun(text, m))):
        unit, counted_end = counted
        count = parse_number(m.group("low"))
        # "tách tỉnh Vĩnh Phú thành 2 tỉnh Vĩnh Phúc và Phú Thọ": which, not how many; "7 nhóm
        # nhiệm vụ lớn", "5 ý kiến chỉ đạo": how the text is organised
        if _names_listed(text[counted_end:], count) or (
            unit.lower() in _STRUCTURE
            and count <= 12
            and not _PRICES_MOVED.match(text, counted_end)
        ):
            return None
        if unit == "con số":
            return None  # "tăng trưởng trên 2 con số": a number of digits, a way of saying ≥ 10%
        if unit == "số" and count == 1:
            return None  # "giá cả 1 số hàng hóa": 'một số' (some), not one issue ('12 số báo')
        if (
            previous is not None
            and _is_count(previous)
            and re.fullmatch(r"\s*đạt(?:\s+(?:đủ|chuẩn))?\s*", text[previous.span[1] : m.start()])
            and re.match(rf"/{re.escape(m.group('low'))}\s", text[m.end("low") :])
        ):
            return None  # "6 xã đạt 19/19 tiêu chí": the standard the count reached, all of it
        if (
            previous is not None
            and (_is_count(previous) or previous.unit == "%")
            and _ATTAINED_BY_COUNT.fullmatch(text, previous.span[1], m.start())
            and _CRITERIA_AFTER.match(text, m.end("high") if m.group("high") else m.end("low"))
        ):
            # "27 xã đạt 15 đến 18 tiêu chí, 81 xã đạt 10-14 tiêu chí", "72 xã đạt 19 tiêu chí",
            # "12,2% tổng số xã trên toàn tỉnh đạt 19 tiêu chí": how many criteria a commune met
            # defines which communes are counted, as with a bound ('đạt từ 6 tiêu chí')
            return None
    if (
        (counted_end is not None or unit in _NOUNS or unit in _COUNTED)
        and not before.strip(" -+•*")
        and not text[:reach].strip(" -+•*")
        and _OPENS_LIST.fullmatch(text, counted_end or m.end())
    ):
        return None  # "11 chỉ tiêu kinh tế gồm:": a head counting the items listed under it
    if (counted_end is not None or unit in _NOUNS or unit in _COUNTED) and _NAMED_BY_NUMBER.search(
        before
    ):
        # "Tổ 5 ấp 3 xã Tân Phú", "ấp 3 xã …": a place or a group named by its number, a name,
        # not a count of what follows
        return None
    if (
        (counted_end is not None or unit in _NOUNS or unit in _COUNTED)
        and previous is not None
        and previous.unit == "%"
        and _DEFINES_SHARE.fullmatch(text, previous.span[1], m.start())
    ):
        # "100% xã, phường mỗi quý có ít nhất 04 tin, bài về …": the least each must have to be
        # counted in the share, which defines the share; not a figure
        return None
    if (
        (counted_end is not None or unit in _NOUNS or unit in _COUNTED)
        and not rated
        and not m.group("high")
        and text[m.end("low") : m.end("low") + 1] != "/"
        and unit not in ("chỉ tiêu", "mục tiêu")
        and parse_number(m.group("low")) <= 20
        and _KEY_ITEMS.match(text, counted_end or m.end())
    ):
        # "thực hiện 03 nhiệm vụ trọng tâm …", "2 kết quả nổi bật là …", "3 giải pháp đột phá":
        # how many key items the agenda has, how the text is organised; not '15/15 nhiệm vụ
        # trọng tâm' (how many were done)
        return None
    if (
        unit in _OWN_LIST
        and not m.group("high")
        and text[m.end("low") : m.end("low") + 1] != "/"
        and (
            _LIST_SET_BEFORE.search(before)
            # ('12 chỉ tiêu phát triển kinh tế - xã hội năm 2021' opening its line, a title;
            # '… và 26 chỉ tiêu chủ yếu của giai đoạn 2020-2025', the key targets, not those
            # 'Trong 20 chỉ tiêu chủ yếu' of which some were met)
            or unit in ("chỉ tiêu", "mục tiêu")
            and (
                not before.strip(" -+•*")
                and not text[:reach].strip(" -+•*")
                or _KEY_ITEMS.match(text, counted_end or m.end())
                and not re.search(r"(?:^|\s)(?:trong|trên|tổng số)\s*$", before, re.IGNORECASE)
            )
        )
        and not _DONE_AFTER.match(text, counted_end or m.end())
    ):
        # "Đảng bộ xã đề ra 12 chỉ tiêu cụ thể:", "đã đưa ra 12 chỉ tiêu chủ yếu sau:", "phấn
        # đấu đạt 17 chỉ tiêu": how many targets the text sets, the list's title, not a figure
        # (its items are; h44c, issue 15: the set's golds split 4 to 5, settled as the key items
        # of an agenda are); not how many were met ('có 19 chỉ tiêu đạt và vượt', 'Trong 20
        # chỉ tiêu chủ yếu, có 19 …', 'Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành')
        return None
    if (
        (counted_end is not None or unit in _NOUNS or unit in _COUNTED)
        and not rated
        and not m.group("high")
        and parse_number(m.group("low")) <= 12
        and _MEASURE_BEFORE.search(before)
    ):
        # "tỷ trọng 3 khu vực cụ thể là 37,73% - …", "diện tích gieo trồng 3 vụ lúa cả năm là
        # 363.897 ha": the parts a measure is taken over, part of its name, no count of its own
        return None
    if (
        unit
        and re.split(r",|/|\s+và\s+", unit)[0].strip() in _PLACE_UNITS
        and _WHERE.search(before)
    ):
        # "thực hiện trên địa bàn 8 huyện, thị xã", "áp dụng tại 10 địa phương", "triển khai trải
        # rộng khắp 63 tỉnh, thành phố" (throughout them; levels said together, by the first),
        # "cho Tập đoàn Điện lực Việt Nam và 08 địa phương": where a measure applies, not a
        # statistic
        return None
    if (
        (counted_end is not None or unit in _NOUNS or unit in _COUNTED)
        and not m.group("high")
        and (
            _names_in_bracket(text[counted_end or m.end() :], parse_number(m.group("low")))
            # '3 xã: Tuy Lộc, Báo Đáp, Mông Sơn', a noun of the closed list as well
            or (
                counted_end is None
                and text[m.end() :].lstrip().startswith(":")
                and _names_listed(text[m.end() :], parse_number(m.group("low")))
            )
        )
        and not _MADE_OF.search(before)
        and not _ATTAINED_AFTER.match(text, text.find(")", counted_end or m.end()) + 1)
    ):
        # "2.710 nhân khẩu của 06 thôn (Trại Gạo, …, Tân An)", "11 xã (Hưng Đạo, …) không thay
        # đổi": the count only introduces the places it names; "có 8 phường (…)" says what a
        # whole is made of, a figure; "6 xã (…) đã được công nhận đạt chuẩn": how many reached
        # a standard, a result, whose names the bracket only lists
        return None
    bracket = None
    if (
        unit is None
        and not plan_m
        and _ITEM_END.fullmatch(text, m.end())
        and ((noun := list_unit) or (noun := _total_noun(text[: m.start()])))
    ):
        # "Tổng số thủ tục hành chính rà soát là 292." then "- Kiến nghị giữ nguyên là: 67"
        unit = noun
        review.append(later(N_("unit '{unit}' taken from the list's 'Tổng số {unit}'"), unit=noun))
    elif (
        unit is None
        and not plan_m
        and _ITEM_END.fullmatch(text, m.end())
        and (bracket := _UNIT_IN_BRACKET.search(text, 0, m.start()))
        and bracket.group(1).islower()
    ):
        # "- Số bác sỹ bình quân 1 vạn dân (người): 15": a yearbook's indicator gives its unit
        # in a bracket after its name, the value bare after the colon
        unit = bracket.group(1)
        review.append(later(N_("unit '{unit}' taken from the words before the number"), unit=unit))
    elif unit is None and not plan_m and (noun := _item_counts(text, m)):
        # "… 10.661 lượt bệnh nhân …. Trong đó, bệnh nhân điều trị ngoại trú tăng huyết áp:
        # 4.290, bệnh nhân … tiểu đường: 4.149": run-in items of a count, each its bare number
        # after a colon, count the noun they open with, which the count before them counts
        unit = noun
        review.append(later(N_("unit '{unit}' taken from the words before the number"), unit=noun))
    elif (
        unit is None
        and not plan_m
        and last_count is not None
        and re.fullmatch(r"\d{1,3}(?:\.\d{3})*|\d+", m.group("low"))
        and not m.group("high")
        and _PART_KEY.search(text, last_count.span[1], m.start())
        and _PART_END.match(text, m.end())
        and _sentence_start(text, m.start()) <= last_count.span[0]
    ):
        # "có 16.051 nhiệm vụ đến hạn đã hoàn thành, đạt 98,62% (đúng hạn: 14.068, quá hạn:
        # 1983)": the parts of a count, each a short name and a colon before a bare number,
        # count what it counts
        unit = last_count.unit
        review.append(later(N_("unit '{unit}' taken from the words before the number"), unit=unit))
    elif unit is None and not plan_m and (noun := _row_counts(text, m.start(), m.end())):
        # '| Số doanh nghiệp đang cung cấp dịch vụ … | 80 | 74 | 73 |': a bare number in a table
        # row that counts a noun counts that noun (the kind the row names goes to its label)
        unit = noun
        review.append(later(N_("unit '{unit}' taken from the words before the number"), unit=noun))
    if (
        unit is None
        and not plan_m
        and _ATTAIN_VERB.search(before)
        and _OF_PLAN_AFTER.match(text, m.end())
        and "," in m.group("low")
    ):
        # "giá trị sản xuất nông nghiệp ước đạt 79 tỷ đồng, đạt 100,3 kế hoạch": a share of the
        # plan whose '%' was lost (a decimal attained of a plan is no count)
        unit = "%"
        review.append(later(N_("'{text}' read as a percentage of the plan"), text=m.group(0)))
    # "diện tích … 127,59 km2, dân số 214.000.": a population written without its noun, a figure
    # of no unit (none taken from the words before: 'Xã có dân số 12.500' counts no xã)
    population = (
        unit is None
        and _POPULATION_SAID.search(before)
        and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m.group("low"))
        and re.match(r"\s*(?:[,;.)]|$)", text[m.end() :])
    )
    if unit is None:
        if not plan_m and not population:
            return None
        noun = (
            None
            if population
            else next((n for n in _NOUNS if n in text[prev_end : m.start()].lower()), None)
        )
        if noun:
            unit = noun
            review.append(
                later(N_("unit '{unit}' taken from the words before the number"), unit=noun)
            )
        else:
            review.append(N_("no unit is written after the number; add one"))
    low = parse_number(m.group("low"))
    top = parse_number(m.group("high")) if m.group("high") else None
    # a range runs low to high: numbers that fall across a dash are no range (the figures file
    # would refuse it), the first is the figure
    value: Value = (low, top) if top is not None and top > low else low
    plan: Value | None = None
    qualifier = _QUALIFIER.search(before)
    if qualifier:
        if value == 1 and unit in ("ha", "vạn lao động") or before.endswith("/"):
            return None  # a denominator such as "trên 01 ha"
        review.append(
            later(
                N_("written '{text}': a bound, not exact"),
                text=f"{qualifier.group(1)} {m.group(0).strip()}",
            )
        )
    plan_span = None
    plan_kind = None
    if (
        counted_end is not None
        and isinstance(value, Decimal)
        and (whole := re.match(r"/(\d{1,3}(?:\.\d{3})+|\d{1,4})\s", text[m.end("low") :]))
        and (
            _plan_by_share(text, counted_end, value, parse_number(whole.group(1)), unit)
            or _beyond_whole(value, parse_number(whole.group(1)), unit)
        )
    ):
        # "kết nạp được 71/70 hội viên mới, đạt 101% chỉ tiêu giao": the count done and its
        # target, which the share after it confirms (71/70 is 101%); a count's plan is exact
        plan, plan_kind = parse_number(whole.group(1)), "exact"
        review.append(later(N_("plan {plan} read from '{text}'"), plan=plan, text=m.group(0)))
    if (
        plan is None
        and not plan_m
        and (after := m.end() if m.group("unit") else counted_end) is not None
        and (named := _SAID_PLAN_AFTER.match(text, after))
        and (planned := _QUANTITY_AT.match(text, named.end()))
        and (planned.group("high") or named.group("change"))
        and (planned_end := _in_unit(text, planned, unit)) is not None
    ):
        # "23,4%/KH 24,5-25,5%", "tăng 8,31%/KH tăng 3-4%", "16.133 con/KH 16.200-16.500 con":
        # the plan after the slash, named as such, a range or a change, in the figure's unit
        low = parse_number(planned.group("low"))
        high = planned.group("high")
        plan = (low, parse_number(high)) if high else low
        plan_span = (planned.start(), planned_end)
    pair = _PAIR.match(text, m.end()) if m.group("unit") and not plan_m and not plan else None
    pair_unit = pair and pair.group("unit") and re.sub(r"^đ(?!\w)", "đồng", pair.group("unit"))
    if pair and not pair.group("said") and unit in ("chỉ tiêu", "mục tiêu"):
        # '20 chỉ tiêu/21 chỉ tiêu kinh tế - xã hội': how many of the set of targets were met
        # (as '20/21 chỉ tiêu'), no result against its plan
        pair = None
    if pair and (pair_unit or unit) == unit:
        plan = parse_number(pair.group("plan"))
        plan_span = (
            pair.start("plan"),
            pair.end("unit") if pair.group("unit") else pair.end("plan"),
        )
    elif plan_m:
        plan = parse_number(plan_m.group("plan"))
        plan_span = (
            plan_m.start("plan"),
            plan_m.end("unit") if plan_m.group("unit") else plan_m.end("plan"),
        )
        if plan_m.group("unit") and unit and plan_m.group("unit") != unit:
            review.append(
                later(
                    N_("plan unit '{plan_unit}' differs from '{unit}'"),
                    plan_unit=plan_m.group("unit"),
                    unit=unit,
                )
            )
    end = m.end("unit") if m.group("unit") else m.end("high" if m.group("high") else "low")
    if counted_end is not None:
        end = counted_end
    per_part = ""
    if (
        counted_end is None
        and unit in _NOUNS
        and m.group("unit")
        and (per := _PER_PART.match(text, end))
    ):
        # '64 người/xã', '02 công trình/dự án': a noun of the list takes the part it is per as
        # a counted noun of the open grammar does (``counted_noun``: '14,24 tiêu chí/xã'), the
        # part's compound whole; named as the noun alone is ('Số người/xã'), the unit given last
        per_part = re.sub(r"\s+", "", per.group(0)) + text[per.end() : _compound_end(text, per)]
    # a rate, and a count per area ('1.100 cây/ha', a density), are named by what they measure
    a_count = counted_end is not None and not rated and not _PER_AREA_UNIT.search(unit or "")
    label, label_review = _label(text, m.start(), end, prev_end, unit, previous, counted=a_count)
    if bracket is not None and unit and label.endswith(f"({unit})"):
        label = label[: -len(unit) - 2].rstrip()  # the unit is said by the figure
    review.extend(label_review)
    if (
        previous is not None
        and previous.unit in ("%", "%/năm")
        and unit not in ("%", "%/năm")
        and re.search(r"(?:^|\s)(?:tăng|giảm)(?:\s|$)", previous.label)
        and (
            re.search(r"\([-+]\s*$", before)
            or re.fullmatch(
                r"(?:\s+so(?: với)?\s[^\d().;,]{0,40}?(?:\s\d{4})?)?\s*(?:\(|,)\s*bằng\s*",
                text[previous.span[1] : m.start()],
            )
        )
    ):
        # "giảm 1,6% (-673 ha)", "tăng 2,64%, bằng 7.300 con", "tăng 0,74% (bằng 837,2 ha)":
        # the same change in the measure's own unit
        label = previous.label
        review = [*review[: -len(label_review) or None], N_("label of the change before it")]
    attain = _ATTAIN_OF.match(text, m.end()) if unit == "%" else None
    if (
        attain
        and _ATTAIN_VERB.search(before)
        and previous is not None
        and previous.span[0] >= _sentence_start(text, m.start())
        and not _OWN_SUBJECT.fullmatch(text, previous.span[1], m.start())
        # (nor where a ';' opens a clause that names its own subject: that subject's share)
        and (label in ("", "?") or not said_in_its_own_clause(text, previous.span[1], m.start()))
    ):
        suffix = f"(so với {attain.group(1)})"
        label = f"{fit(subject_of(previous.label), LABEL_WORDS - len(suffix.split()))} {suffix}"
        review = [r for r in review if "borrowed" not in r]
    elif attain and _ATTAIN_VERB.search(before) and label not in ("", "?"):
        # "Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch": no figure before it
        suffix = f"(so với {attain.group(1)})"
        label = f"{fit(subject_of(label), LABEL_WORDS - len(suffix.split()))} {suffix}"
    elif (
        unit == "%"
        and previous is not None
        and previous.unit not in (None, "%", "%/năm", *_POINT_UNITS)
        and _is_count(previous)
        and (base := _ANY_BASE.match(text, end))
        and re.fullmatch(
            r"[^\d.;!?()]{0,60}?\s*[(,]\s*chiếm(?:\s+tỷ lệ)?\s*", text[previous.span[1] : m.start()]
        )
    ):
        # "có 3.373 hộ nghèo vùng đồng bào dân tộc (chiếm 13,13% so với tổng số hộ nghèo
        # DTTS": the share of what the count counts, against its base
        subject = _lower_first(re.sub(r"^Số\s+", "", subject_of(previous.label)))
        said = f"so với {_short_base(base.group(1), subject)}"
        label = f"Tỷ lệ {fit(subject, LABEL_WORDS - 2 - _nwords(said))} {said}"
        review = [*review[: -len(label_review) or None], N_("label of the figure before it")]
    elif (
        unit == "%"
        and previous is not None
        and previous.span[0] >= _sentence_start(text, m.start())
        and (base := _ANY_BASE.match(text, end))
        and _SAME_SUBJECT_GAP.fullmatch(text, previous.span[1], m.start())
    ):
        # "thu ngân sách ... 446.777 triệu đồng, đạt 77% ..., 24% so với dự toán huyện giao và
        # bằng 131% so với cùng kỳ": each share is of the subject before, against its own base
        subject = subject_of(re.sub(r"\s+so(?: với)?\s.*$", "", previous.label))
        short = _short_base(base.group(1), subject)
        said = f"so với {short}" if len(short.split()) <= 4 else "(so sánh)"
        label = f"{fit(subject, LABEL_WORDS - _nwords(said))} {said}"
        review = [*review[: -len(label_review) or None], N_("label of the figure before it")]
    elif (
        unit in ("%", "%/năm")
        and re.fullmatch(r"(?:dự ước |ước )?tăng trưởng", label, re.IGNORECASE)
        and previous is not None
        and previous.unit not in (None, "%", "%/năm")
        and re.fullmatch(
            r"\s*,\s*(?:dự ước\s+|ước\s+)?tăng trưởng\s*", text[previous.span[1] : m.start()]
        )
    ):
        # "tổng sản phẩm … đạt 9.100 tỷ đồng, tăng trưởng 6,4%": the growth of the figure before
        subject = subject_of(re.sub(r"\s+so(?: với)?\s.*$", "", previous.label))
        label = f"{fit(subject, LABEL_WORDS - 2)} tăng trưởng"
        review = [*review[: -len(label_review) or None], N_("label of the figure before it")]
    elif unit in ("%", "%/năm", *_POINT_UNITS) and (change := _CHANGE_VERB.search(before)):
        base = (_EXCESS_BASE if change.group(1) == "vượt" else _CHANGE_BASE).match(text, m.end())
        if base is None and change.group(1) in ("tăng", "giảm"):
            base = _fronted_base(text, m.start(), prev_end)
        label = _with_change(label, change.group(1), base)
    elif (
        unit == "lần"
        and label not in ("", "?")
        and _MULTIPLE.search(before)
        and (
            base := _CHANGE_BASE.match(text, end)
            or _ANY_BASE.match(text, end)
            or _BARE_BASE.match(text, end)
        )
        and _nwords(base.group(1)) <= 5
    ):
        # "… đạt 53 triệu đồng, gấp 28 lần so với thời điểm chia tách tỉnh": a multiple is
        # nothing without what it multiplies, its base ('… so với thời điểm chia tách tỉnh')
        subject = subject_of(re.sub(r"\s+so(?: với)?\s.*$", "", label))
        subject = re.sub(r"\s+(?:tăng\s+)?gấp$", "", subject)  # 'Kim ngạch xuất khẩu gấp'
        subject = re.sub(r"^(?:Đến nay|Hiện nay|Nay)\s+(?=\S+\s+\S)", "", subject, flags=re.I)
        subject = subject[:1].upper() + subject[1:]
        short = _short_base(base.group(1), subject)
        for said in (f"so với {short}", f"so {short}"):  # 'so' alone before cutting a name
            fitted = fit(subject, LABEL_WORDS - _nwords(said), cut=False)
            if _nwords(f"{fitted} {said}") <= LABEL_WORDS:
                label = f"{fitted} {said}"
                break
    elif (
        (change := re.search(r"(?:^|[\s,(])(tăng|giảm)(?:\s+(?:thêm|hơn|khoảng))?\s*$", before))
        and previous is not None
        and previous.unit == unit
        and unit is not None
        and not re.search(r"[.;!?](?:\s|$)", text[previous.span[1] : m.start()])
        and re.fullmatch(
            r"[^\d.;!?()]{0,60},\s*(?:và\s+)?|\s*", text[previous.span[1] : change.start(1)]
        )
    ):
        # "156 hợp tác xã nông nghiệp, tăng 12 hợp tác xã so với cùng kỳ": the change of the
        # figure before, in its unit
        label = _with_change(previous.label, change.group(1), _CHANGE_BASE.match(text, end))
        review = [*review[: -len(label_review) or None], N_("label of the figure it changes")]
    elif (
        unit not in (None, "%", "%/năm", *_POINT_UNITS, *_NOUNS, *_COUNTED)
        and label not in ("", "?")
        and not label.startswith("Số ")
        and (
            change := re.search(
                r"(?:^|[\s(])(tăng|giảm)(?:\s+(?:thêm|hơn|khoảng|gần))?\s*$", before
            )
        )
        and (base := _CHANGE_BASE.match(text, end))
        and not re.search(r"(?:^|\s)(?:tăng|giảm)(?:\s|$)", label)
    ):
        # "… đạt 61,2%KH (tăng 9 tỷ đồng so với cùng kỳ năm 2023)": a change in the measure's own
        # unit with its base is said as a change, not as the level its subject names
        label = _with_change(label, change.group(1), base)
    said_time = time_said(text, m.start(), end, unit, prev_end, previous)
    if (
        said_time is None
        and previous is not None
        and previous.period != period
        and not re.search(r"[.;!?](?:\s|$)", text[previous.span[1] : m.start()])
        and not _aside_in_time(text, previous, m.start())
        and not _STARTED.search(text, previous.span[1], m.start())
    ):
        # "đến năm 2030 khoảng 250.000 người, trong đó ... 150.000"; not from a figure in
        # brackets closed before it ('(cùng kỳ năm 2016 đạt 5,83%), trong đó … tăng 5,58%'),
        # nor past where a count starts ('năm 2010 có 9 doanh nghiệp, từ năm 2015 đến nay còn
        # 5 doanh nghiệp': the 5 are of no year of their own)
        period = previous.period
    label = clean_ends(label)
    if (
        unit == "%"
        and previous is not None
        and previous.unit in _MONEY
        and _RATE_OF_ACT.fullmatch(label)
        and re.fullmatch(r",\s*[^\d.;!?()]{0,40}", text[previous.span[1] : m.start()])
    ):
        # "tổng nguồn vốn … là 565,4 tỷ đồng, tỷ lệ giải ngân đạt 33%": the rate of the act on
        # the sum just named
        of = re.sub(r"^(?:Tổng số|Tổng)\s+", "", subject_of(previous.label), flags=re.I)
        label = fit(f"{label} {_lower_first(of)}", LABEL_WORDS)
        review.append(N_("label of the figure before it"))
    if unit in _AREAS and _acts(label):
        # "Đã thực hiện thu hoạch vụ Hè thu trên diện tích 19.396 ha": the area of the act
        label = f"Diện tích {label[:1].lower()}{label[1:]}"
    return Found(
        label=label,
        value=value,
        unit=f"{unit}{per_part}"
        if unit in _NOUNS
        else turns[0]
        if turns and unit == turned
        else unit,
        period=said_time if said_time is not None else period,
        plan=plan,
        item=_item(text, m.start()),
        span=(m.start(), end),
        plan_span=plan_span,
        text=text[m.start() : (plan_m.end() if plan_m else (plan_span or (0, m.end()))[1])].strip(),
        review=tuple(review),
        plan_kind=plan_kind,
    )


# an age a sentence measures: how long people live, the mean age of a group
_AGE_MEASURED = re.compile(r"tuổi thọ|(?:độ )?tuổi (?:bình quân|trung bình)")
# a rate of an act with no object ('tỷ lệ giải ngân đạt 33%')
_RATE_OF_ACT = re.compile(r"Tỷ lệ (?:giải ngân|thực hiện|hoàn thành|thanh toán)", re.IGNORECASE)
# a chemical symbol or formula right after a percentage: the grade of an ore or a product
_GRADE = re.compile(
    r"\s*(?:Cu|Fe|Pb|Zn|Au|Ag|Sn|Sb|Mn|Cr|Ni|Al|Ti|Mo|Ba|Ca|Si|W|P|TR)"
    r"(?:\d*(?:O|S|F|Cl)\d*)*(?![\w])"
)
# "100% vốn nước ngoài", "100% vốn nhà nước": who owns an enterprise
_OWNED = re.compile(
    r"\s*vốn\s+(?:đầu tư\s+)?(?:nước ngoài|nhà nước|ngoài nhà nước|tư nhân|trong nước|FDI)\b"
)


# a few of these are the parts a text is organised in, not a statistic a presenter would show
# between a share and a count: the share's noun, what each must do, and a least
# ('100% xã …', the share opening its noun phrase; not 'đạt 95%, có ít nhất 120 hộ …')
_DEFINES_SHARE = re.compile(r"\s+[^\W\d][^\d;.:()!?]*\s(?:ít nhất|tối thiểu)\s*")
# the key items of an agenda: what a count of them is said to be (not 'trọng điểm', said of
# works and places: '5 công trình trọng điểm' are counted)
# (not 'cơ bản' before a verb, an adverb: '1 xã cơ bản đạt tiêu chí thu nhập', a count of
# communes that have largely met it)
_KEY_ITEMS = re.compile(
    r"\s+(?:chủ yếu|cơ bản|trọng tâm|nổi bật|then chốt|đột phá)(?!\w)"
    r"(?!\s+(?:đạt|hoàn thành|được|đáp ứng|đủ|bảo đảm|đảm bảo|xong)(?!\w))"
)
# 'có 06 nhóm tăng giá so với tháng trước, 03 nhóm giảm giá': the groups of a price index,
# counted by how their prices moved (as '10 nhóm hàng tăng giá' is), no part of the text's plan
_PRICES_MOVED = re.compile(r"\s+(?:tăng|giảm|giữ)\s+giá(?!\w)")
# the lists a text sets out, and the verbs that set them before a count of their items ('đề ra 12
# chỉ tiêu', 'thông qua 26 chỉ tiêu', 'xác định 5 định hướng', 'phấn đấu đạt 17 chỉ tiêu')
_OWN_LIST = {"chỉ tiêu", "mục tiêu", "nhiệm vụ", "giải pháp", "định hướng", "đột phá", "khâu"}
_LIST_SET_BEFORE = re.compile(
    r"(?:^|\s)(?:đề ra|đưa ra|xác định|thông qua(?:\s+với)?|phấn đấu(?:\s+(?:đạt|hoàn thành))?)"
    r"(?:\s+(?:được|các|là|với))?\s*$",
    re.IGNORECASE,
)
# what a count of targets met says right after it ('17 chỉ tiêu đạt', '… chủ yếu đều hoàn thành')
_DONE_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:đều\s+)?(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)(?!\w)"
)
_STRUCTURE = {
    "ý kiến", "nhóm", "sự kiện", "mức", "vùng", "nội dung", "giải pháp", "bước", "khâu", "mặt",
    "quan điểm", "yêu cầu", "phần", "hình thức", "phương án", "nguyên tắc", "chương trình",
    "loại", "cấp",
}  # fmt: skip


def _names_listed(after: str, n: Decimal) -> bool:
    """The words after a count name each thing counted ('2 tỉnh Vĩnh Phúc và Phú Thọ', '3 xã
    An Hòa, Bình Minh, Tân Lập', '4 điểm đá quý Nậm Xẻ, Pít Tong, Bản Bo và Bản Mẫn': its
    qualifiers first), or after a colon ('3 xã: Tuy Lộc, Báo Đáp, Mông Sơn'): proper
    names, as many as the count."""
    words = re.split(r"[.;:()!?]", re.sub(r"^\s*:\s*", " ", after), maxsplit=1)[0]
    # (the list closes on its 'và': "… Tung Qua Lìn và Tả Chu Phùng, giai đoạn 2009-2010")
    pieces = re.split(r"(,\s*|\s+và\s+)", words)
    parts = [pieces[0].strip()]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        parts.append(part.strip())
        if "và" in sep:
            break
    if len(parts) < 2 or len(parts) != n:
        return False
    last: list[str] = []
    for word in parts[-1].split():  # "Phú Thọ được ...": the name, not what is said of it
        if not word[:1].isupper():
            break
        last.append(word)
    parts[-1] = " ".join(last)
    # "2 điểm mỏ molybden Tung Qua Lìn và Tả Chu Phùng": the counted noun's qualifiers before
    # the first name are no part of it
    first = parts[0].split()
    while first and not first[0][:1].isupper():
        first.pop(0)
    parts[0] = " ".join(first)
    return all(p and all(w[:1].isupper() for w in p.split()) for p in parts)


_WHERE = re.compile(
    r"(?:^|\s)(?:trên địa bàn|áp dụng tại|tại|khắp|(?<=[^\W\d] )thuộc"
    r"|cho(?!\s+thuê)\s+(?:[^\W\d]+\s+){1,8}và)\s*$"
)
_ATTAINED_AFTER = re.compile(
    r"\s*(?:đã\s+|đều\s+)*(?:được công nhận|đạt chuẩn|về đích|hoàn thành)(?!\w)"
)
_MADE_OF = re.compile(r"(?:^|\s)(?:có|gồm|bao gồm)\s*$")


def _names_in_bracket(after: str, n: Decimal) -> bool:
    """A bracket right after a count, or after the rest of its noun ('02 dự án điện gió (Cà Mau
    1A, Cà Mau 1B)'), names each thing counted ('06 thôn (Trại Gạo, Trại Quan, …, Tân An)', '1
    địa phương (Đồng Nai)', '1 địa phương (tỉnh Đồng Nai)'): as many proper names as the count."""
    bracket = re.match(r"((?:\s+[^\W\d]+){0,3}?)\s*\(([^()]*)\)", after)
    if bracket is None or any(not w.islower() for w in bracket.group(1).split()):
        return False
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", bracket.group(2))]
    # '1 địa phương (tỉnh Đồng Nai)': a place named with its kind
    parts = [re.sub(rf"^{_PLACE_KIND}\s+(?=[A-ZĐ])", "", p) for p in parts]
    return len(parts) == n and all(
        p and all(w[:1].isupper() or w[:1].isdigit() for w in p.split()) for p in parts
    )


# the places and groups a text names by number ('ấp 3', 'tổ 5', 'khu phố 2', 'lô 4')
_NAMED_BY_NUMBER = re.compile(r"(?:^|\s)(?i:tổ|ấp|thôn|xóm|khóm|khu phố|lô|tiểu khu)\s+$")
# "dự án 5 triệu ha rừng", "dự án trồng mới 5 triệu ha rừng": the number names the project
_NAMED_BY = re.compile(
    r"(?:^|\s)(?i:chương trình|đề án|dự án)(?:\s+(?=[^\W\d])(?!(?:[A-ZĐ]))\w+){0,2}\s*$"
)
# a condition: a sentence opening on the cases it is about ('Đối với …', 'Trường hợp …', 'Nếu
# …'), a bound, then what may or must be done in them
_CONDITION_OPENS = re.compile(r"(?<![^\s,:])(?:[Đđ]ối với|[Tt]rường hợp|[Nn]ếu)\s")
_BOUND_BEFORE = re.compile(
    r"(?:^|\s)(?:dưới|trên|từ|không quá|tối đa|tối thiểu|thấp hơn|cao hơn|ít nhất|vượt)\s*$"
)
_RULE_AFTER = re.compile(r"\s*(?:trở lên|trở xuống)?\s*(?:thì\s+)?(?:có thể|được|phải|sẽ|cần)\s")
# a group named by a bound on its turnover or income ('cá nhân có doanh thu trên', 'doanh
# nghiệp có doanh thu năm dưới', 'hộ có thu nhập từ'): who a rule is for
_GROUP_BOUND = re.compile(
    r"(?:^|\s)có\s+(?:mức\s+|tổng\s+)?(?:doanh thu|thu nhập)(?:\s+(?:năm|hằng năm|hàng năm))?"
    r"\s+(?:trên|dưới|từ|không quá|tối đa)\s*$"
)
# the base of a share in the clause before it: 'chiếm 90% trên tổng số', '(… 90% so với tổng số'
_SHARE_BASE = re.compile(r"\d\s*%\s+(?:trên|so với|của)\s+tổng số\s*$")
# a model's or a movement's name made of counts, two or more in a row ('mô hình 1 vụ lúa – 1 vụ
# tôm', 'phong trào 3 sạch 1 xanh', 'mô hình 2 lúa 1 màu')
_FORMULA_NAME = re.compile(
    r"(?:^|\s)(?i:mô hình|phong trào|cuộc vận động)\s+"
    r"((?:\d{1,2}\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}?(?:\s*[-–+]\s*|\s+)?){2,})"
)
# a length said by the adjective after the name: 'Quốc lộ 53 dài 24,5km' (not 'chiều dài 778 km')
# a magnitude with a foreign currency ('890 triệu USD', '1,2 tỷ đô la Mỹ'), the currency kept
_FOREIGN_AMOUNT = re.compile(
    r"\d\s*(?P<magnitude>nghìn tỷ|nghìn|triệu|tỷ)\s+(?P<currency>USD|đô la Mỹ|đô-la Mỹ|đô la|EUR)"
    r"(?!\w)"
)
_CARRY_REACH = 300
"""How far back (characters) a bare magnitude looks for the currency said with it."""


def _currency_said_before(text: str, at: int, magnitude: str) -> str | None:
    """The foreign currency of the nearest amount of the same magnitude said in the
    ``_CARRY_REACH`` characters before ``at`` (its paragraph's same list of amounts), when the
    amount at ``at`` says none ('… 890 triệu USD, …; nhập khẩu ước đạt 160 triệu'); None where
    none is said, or an amount in đồng is said nearer."""
    start = max(0, at - _CARRY_REACH)
    said = None
    for said in _FOREIGN_AMOUNT.finditer(text, start, at):
        pass
    if said is None or said.group("magnitude") != magnitude:
        return None
    if re.search(r"\d\s*(?:nghìn tỷ|nghìn|triệu|tỷ)\s+(?:đồng|đ)(?!\w)", text[said.end() : at]):
        return None
    return said.group("currency")


# an activity named bare, what it measures said by the unit alone: trade in a currency is its
# turnover ('kim ngạch'); transport in people or in tonnes is of passengers or of goods
_BARE_TRADE = re.compile(r"(?:xuất khẩu|nhập khẩu|xuất nhập khẩu|xuất, nhập khẩu)", re.IGNORECASE)
_BARE_TRANSPORT = re.compile(r"(?:vận chuyển|luân chuyển|vận tải)", re.IGNORECASE)
_CURRENCY = re.compile(r"(?:(?:nghìn |triệu |tỷ |nghìn tỷ )?(?:USD|đồng|đô la Mỹ))$")


def _measured_by_unit(f: Found) -> Found:
    """'Cụ thể, xuất khẩu đạt 19 tỷ USD, nhập khẩu đạt 14,7 tỷ USD', 'Xuất khẩu 6 tháng ước đạt
    563 triệu USD': a label that is the activity alone ('Xuất khẩu') names no measure; in a
    currency, trade is measured by its turnover ('Kim ngạch xuất khẩu'). 'Luân chuyển
    3.006,29 triệu hành khách/km, … 821,91 triệu tấn/km': transport is of the passengers or
    the goods its unit counts ('Luân chuyển hành khách', 'Luân chuyển hàng hóa')."""
    label, unit = f.label.strip(), f.unit or ""
    if _BARE_TRADE.fullmatch(label) and _CURRENCY.search(unit):
        return replace(f, label=f"Kim ngạch {label[:1].lower()}{label[1:]}")
    if _BARE_TRANSPORT.fullmatch(label):
        if re.search(r"(?:^|\s)(?:hành khách|lượt khách|khách|người)(?:/|$)", unit):
            return replace(f, label=f"{label} hành khách")
        if re.search(r"(?:^|\s)tấn(?:/|\.|$)", unit):
            return replace(f, label=f"{label} hàng hóa")
    return f


_LONG_BEFORE = re.compile(r"(?<!chiều)\s+dài\s+\d", re.IGNORECASE)


def _lengths_named(text: str, found: list[Found]) -> list[Found]:
    """'Quốc lộ 53 dài 24,5km', '… bê tông nhựa dài 6.300 m': the adjective after the name says
    the measure; the label names the length of what it names ('Chiều dài quốc lộ 53'), not the
    thing and its adjective ('Quốc lộ 53 dài')."""
    out = []
    for f in found:
        if (
            f.unit in ("km", "m")
            and re.search(r"\S\s+dài$", f.label)
            and _LONG_BEFORE.search(text, max(0, f.span[0] - 12), f.span[0] + 5)
            and not re.search(r"(?:^|\s)chiều\s+dài$", f.label, re.IGNORECASE)
        ):
            name = _lower_first(f.label[:-4].rstrip())
            if " và " not in name and _nwords(name) <= LABEL_WORDS - 2:
                # (not cut to fit, nor of two things joined: 'Đi qua xã Đại An và đường tỉnh 915
                # dài', a name a longer rule would have to find)
                f = replace(f, label=f"Chiều dài {name}")
        out.append(f)
    return out


# a unit in a bracket closing an indicator's name: '(người): ', '(giường): ', '(tỷ đồng): '
_UNIT_IN_BRACKET = re.compile(r"\(((?!năm\b|tháng\b|quý\b)[^\W\d_]+(?: [^\W\d_]+)?)\)\s*:\s*$")
_AGE_IN_BRACKET = re.compile(r"(\w+)\s*\(\s*$")


def _persons_age(text: str, m: re.Match[str]) -> bool:
    """'Xồng Bá Rống (23 tuổi)', 'cô Hồng (39 tuổi, …)': a whole number of years in a bracket
    opened right after a name (a capitalised word, not an acronym)."""
    if not re.fullmatch(r"\d{1,3}\s*tuổi", m.group(0)):
        return False
    named = _AGE_IN_BRACKET.search(text, max(0, m.start() - 40), m.start())
    word = named.group(1) if named else ""
    if re.search(r"tuổi thọ", text[max(0, m.start() - 80) : m.start()], re.IGNORECASE):
        return False  # ('tuổi thọ bình quân … Việt Nam (73 tuổi)': a life's length, no age)
    return word[:1].isupper() and not word.isupper() and not word[:1].isdigit()


# 'cứ N X thì có M Y': N X the base of a rate said in words ('cứ' before it, 'thì' or 'có' after
# its noun, in its clause)
# ('cứ', not the 'cứ' of 'căn cứ': 'Căn cứ 5 tiêu chí có …')
_EVERY_BEFORE = re.compile(r"(?:^|[\s,(])(?<![Cc]ăn\s)[Cc]ứ(?:\s+(?:mỗi|khoảng))?\s*$")
_EVERY_THEN = re.compile(r"[^\d,;.:()]{1,40}?\s(?:thì|có)\s")
# the parts of a count named in its sentence: a bracket, a comma or a semicolon, a name of one
# to four words and a colon, then the bare number ('(đúng hạn: 14.068, quá hạn: 1983)'), which
# ends its part
_PART_KEY = re.compile(r"[(,;]\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*:\s*$")
_PART_END = re.compile(r"\s*[,;()]")  # (or its own parts' bracket: 'chưa hoàn thành: 5.863 (…)')
# a bare number that ends its list item: "... là: 67", "... thay thế: 25.", or a total that opens
# its breakdown, "Tổng số giường bệnh: 2.411, trong đó:"
_ITEM_END = re.compile(r"\s*(?:[.;]|,\s*trong đó\s*:?)?\s*")
# a table's row named by a count ('| Số doanh nghiệp đang cung cấp dịch vụ … |', '| 2 | Số lượng
# xã … |', '| | - Tổng số hộ … |'), the noun it counts after 'Số'
_COUNTING_ROW = re.compile(
    r"^\s*\|(?:\s*[\dIVXa-zđ][\d.]*\s*\|)?\s*(?:[-+]\s*)?(?:Tổng số|Số lượng|Số)\s+"
    r"(?P<rest>[^\W\d_][^|\d]*?)\s*\|"
)


def _row_counts(text: str, start: int, end: int) -> str | None:
    """The noun a table row's name counts ('doanh nghiệp' of '| Số doanh nghiệp đang cung cấp
    dịch vụ … | 80 | 74 |') when the number at ``start``-``end`` stands alone in a cell of it."""
    if not (re.search(r"\|\s*$", text[:start]) and re.match(r"\s*\|", text[end:])):
        return None
    row = _COUNTING_ROW.match(text)
    if row is None or row.end() > start:
        return None
    noun = _segmented_head(row.group("rest"))
    return noun if noun and noun.split()[0].lower() not in _NOT_COUNTED else None


# what a count (or a share) before a count says it attained, with nothing but words between:
# "27 xã đạt 15 đến 18 tiêu chí", "12,2% tổng số xã trên toàn tỉnh đạt 19 tiêu chí", "34/45 xã
# đạt 19/19 tiêu chí" (the count's whole after its slash)
_ATTAINED_BY_COUNT = re.compile(
    r"\s*(?:/\s*\d[\d.]*\s+)?(?:[^\W\d_]+\s+){0,6}?đạt(?:\s+và\s+cơ bản\s+đạt|\s+đủ)?\s*"
)
# what that count counts: criteria (a standard's items), not what the count won ('150 học sinh
# đạt 180 giải': the prizes are a figure)
_CRITERIA_AFTER = re.compile(r"(?:\s*/\s*\d+)?\s+(?:bộ\s+)?tiêu\s+chí(?!\w)", re.IGNORECASE)
# a run-in item: the words from a clause's start to the colon before its bare number
_RUN_IN_ITEM = re.compile(r"(?:^|[,;.(]\s*)([^\W\d_][^,;.:()\d]{1,80}?)\s*:\s*$")


_CLAUSE_CLOSES = re.compile(r"\s*(?:[,;.]|$)")
"""What may follow a run-in item's bare number: its clause closes."""


def _item_counts(text: str, m: re.Match[str]) -> str | None:
    """The noun a run-in item counts ('bệnh nhân' of '…, bệnh nhân điều trị ngoại trú tiểu
    đường: 4.149,'): a whole number, bare after the colon and closing its clause, whose item
    opens with a noun the paragraph before counts ('10.661/3.318 lượt bệnh nhân'); or bare after
    the item's words with no colon, in a list of counts of that noun ('… 159 doanh nghiệp ngừng
    sản xuất, doanh nghiệp chờ giải thể 121, doanh nghiệp không tìm thấy, không xác minh 166');
    else None."""
    if m.group("high") or "," in m.group("low") or not _CLAUSE_CLOSES.match(text, m.end()):
        return None
    counted = r"\d(?:[\d.]*\d)?(?:/\d[\d.]*)?\s+(?:(?:nghìn|ngàn|triệu)\s+)?(?:lượt\s+)?"
    if item := _RUN_IN_ITEM.search(text, max(0, m.start() - 90), m.start()):
        starts = [item.start(1)]
    else:
        window = max(0, m.start() - 90)
        words = text[window : m.start()]
        last = re.search(r"([^\W\d_]+)\s*$", words)
        if (
            last is None
            or last.group(1).lower() in _NOT_COUNTED
            or last.group(1).lower() in _PREDICATES
            or _NOT_COUNT_BEFORE.search(words)
        ):
            return None
        # the item opens after a comma or a semicolon (the nearest first; its own words may
        # hold a comma: 'không tìm thấy, không xác minh')
        starts = [window + c.end() for c in re.finditer(r"[,;]\s*", words)][::-1][:2]
    for start in starts:
        if re.search(r"\d", text[start : m.start()]):
            continue  # ('…, 159 doanh nghiệp ngừng …': an item of its own number)
        noun = _segmented_head(text[start : start + 40])
        if noun is None or noun.split()[0] in _NOT_COUNTED or noun.lower() in _MEASURE_WORDS:
            continue
        # (searched up to the item, not on a copy of the text before it: once per bare number)
        if re.compile(rf"{counted}{re.escape(noun)}(?!\w)").search(text, 0, start):
            return noun
    return None


# "gấp 28 lần", "tăng hơn 160 lần", "gấp gần 3 lần": a multiple
_MULTIPLE = re.compile(
    r"(?:^|[\s(,])(?:gấp|tăng|tăng gấp|cao hơn|thấp hơn)(?:\s+(?:hơn|gần|khoảng|trên))?\s*$"
)
# 'gấp 2 lần năm 2010', 'gấp 3 lần kế hoạch': the base said without 'so với'
_BARE_BASE = re.compile(
    r"\s*(năm \d{4}|cùng kỳ(?: năm trước)?|kế hoạch|dự toán|mục tiêu)(?=[\s,;.)]|$)"
)
# "giải ngân tăng 20-30% so với năm 2009": a change, named with its verb and its base
_CHANGE_VERB = re.compile(r"(?:^|[\s(])(tăng|giảm|vượt|bằng)(?:\s+(?:hơn|trên|gần|khoảng))?\s*$")
_EXCESS_BASE = re.compile(r"\s*so(?: với)?\s+(chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?=[\s,;.)]|$)")
# a change's base said before it, opening its clause: 'So với tháng 12/2022, CPI tháng 6 tăng
# 0,67%', '… và so với cùng kỳ năm trước tăng 2%'
_FRONTED_BASE = re.compile(
    r"(?:^|(?<=[\s,(]))[Ss]o(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|tháng trước|"
    r"quý trước|kỳ trước|tháng \d{1,2}(?:/\d{4})?(?: năm trước)?|quý [IV]+(?:/\d{4})?)(?=[\s,])"
)
_CLAUSE_OPENS = re.compile(r"\s*(?:[,(]\s*)?(?:(?:và|còn|nhưng|trong khi)\s+)?", re.IGNORECASE)


def _fronted_base(text: str, start: int, prev_end: int) -> re.Match[str] | None:
    """The base a change's clause opens with, before its verb ('So với tháng 12/2022, CPI
    tháng 6 tăng 0,67% và so với cùng kỳ năm trước tăng 2%': 'tháng 12/2022', 'cùng kỳ năm
    trước'); None where the words before the change say none, or where they are the base of the
    figure before ('tăng 5% so với cùng kỳ; …')."""
    opening = max(prev_end, _sentence_start(text, start))
    said = list(_FRONTED_BASE.finditer(text, opening, start))
    if not said:
        return None
    base = said[-1]
    lead = text[opening : base.start()]
    if opening == prev_end and prev_end > 0 and not re.search(r"[,(]|\bvà\b|\bcòn\b", lead):
        return None  # ('… tăng 5% so với cùng kỳ': the figure before's own base)
    if not _CLAUSE_OPENS.fullmatch(lead) or re.search(r"[;.]|so với", text[base.end() : start]):
        return None
    return base


_CHANGE_BASE = re.compile(
    r"\s*so(?: với)?\s+(cùng kỳ(?: năm trước)?|năm \d{4}|năm trước|tháng trước|quý trước|"
    r"đầu năm|đầu nhiệm kỳ|nhiệm kỳ trước|kỳ trước|năm học trước|"
    # a month or a quarter named ("tăng 39,9% so với tháng 4"): no year-on-year change
    r"tháng \d{1,2}(?:/\d{4})?|quý [IV]+(?:/\d{4})?)(?=[\s,;.)]|$)"
)


# "so với dự toán huyện giao", "so cùng kỳ năm 2021": the base a share is taken against
_ANY_BASE = re.compile(
    r"\s*so(?: với)?\s+([^\W\d][^,;.()\d]{1,40}?)(?=\s+và\s|\s+năm\s|\s*\(|[,;.)]|$)"
)
# between a figure and the next share of the same subject: the figure's own base, a comma or
# 'và', and a verb of attaining ('đạt', 'bằng'): no new subject
# a clause of its own between the figure before and a share of a plan: its subject, then its
# verb ('…, tăng 127%, tổng thu du lịch ước đạt 71,3% KH'); the share is of that subject, not of
# the one the figure before was said of
_OWN_SUBJECT = re.compile(
    r"\s*(?:\([^()]*\)\s*)?[,;]\s*(?!(?:và|nhưng|song|đạt|bằng|tăng|giảm|vượt|so|trong đó|chiếm)\s)"
    r"[^\W\d][^,;:()\d]{6,60}?\s+(?:ước\s+|dự ước\s+|ước tính\s+)?(?:đạt|bằng)"
    r"(?:\s+(?:hơn|gần|khoảng|trên))?\s*"
)
_SAME_SUBJECT_GAP = re.compile(
    r"(?:\s*(?:\(|,\s*)?(?:đạt|bằng|so(?: với)?)\s+[^\W\d][^,;.()\d]{0,40}?\)?)?"
    r"\s*,?\s*(?:và\s+)?(?:đạt|bằng)?\s*"
)


_AREAS = ("ha", "nghìn ha", "km2", "m2", "km²", "m²")


# the magnitude words a unit may open with, and their size ('nghìn tỷ đồng' is 10^12 đồng)
_UNIT_MAGNITUDE = (
    ("nghìn tỷ ", Decimal(10) ** 12),
    ("ngàn tỷ ", Decimal(10) ** 12),
    ("tỷ ", Decimal(10) ** 9),
    ("triệu ", Decimal(10) ** 6),
    ("nghìn ", Decimal(10) ** 3),
    ("ngàn ", Decimal(10) ** 3),
)


def _in_base(value: Decimal, unit: str | None) -> tuple[Decimal, str]:
    """``value`` in its unit's base: (321, 'nghìn tỷ đồng') -> (321·10^12, 'đồng')."""
    u = " ".join((unit or "").lower().replace("tỉ", "tỷ").split())
    for word, size in _UNIT_MAGNITUDE:
        if u.startswith(word):
            return value * size, u[len(word) :]
    return value, u


def _one_unit(a: str, b: str) -> bool:
    """One unit, or one said with what it counts and once without: a title's '5.250.000 lượt
    người' is the body's '5.250.000 lượt, trong đó …'."""
    return a == b or bool(a and b) and (a.startswith(f"{b} ") or b.startswith(f"{a} "))


def says_again(head: Found, body: Found) -> bool:
    """Whether ``body`` states the figure ``head`` states, as written or rounded to the digits
    ``head`` is written with: a headline's 'hơn 321 nghìn tỷ đồng, đạt 68%' is the body's
    '321.529 tỷ đồng, đạt 68,3% kế hoạch'; '8.035 tỷ đồng' in a subheading is the same number
    in the paragraph under it."""
    if head.value == body.value and _one_unit(head.unit or "", body.unit or ""):
        return True
    if not isinstance(head.value, Decimal) or not isinstance(body.value, Decimal):
        return False
    h, base = _in_base(head.value, head.unit)
    b, body_base = _in_base(body.value, body.unit)
    if base != body_base or not base:
        return False
    exponent = head.value.normalize().as_tuple().exponent
    step = Decimal(10) ** min(0, int(exponent)) * (h / head.value if head.value else 1)
    return abs(h - b) < step


def restated(line: str, rest: list[str]) -> bool:
    """Whether ``line`` (a headline, a run-in subheading, a photo's caption) has figures and
    the text after it states every one of them again: its figures are the body's, drafted
    where the body gives them (with their plans and their sentence's subject), not twice."""
    said = find_figures(line)
    if not said:
        return False
    body = [f for p in rest for f in find_figures(p)]
    return all(any(says_again(f, b) for b in body) for f in said)
