"""The mood of each paragraph: targets being set or results being reported, decided once from the
document, the headings above the paragraph and the paragraphs before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .structure import Heading
from .targets import (
    announces_growth,
    announces_targets,
    heads_horizon,
    heads_results,
    heads_targets,
    lists_on,
    looks_forward,
    names_results,
    opens_norms,
    opens_results_against_plans,
    opens_targets,
    reports,
    states_a_case,
)


@dataclass(frozen=True)
class Setting:
    """What the whole document says of the mood of its paragraphs."""

    title: str
    """The document's title, or the headline a text without letterhead opens with (when the
    headline repeats no figures of the body)."""
    reported: int | None
    """The year the document reports on: a heading on a later year plans what is under it."""
    intro: tuple[str, ...]
    """The text before the first heading: its last paragraph may open a list the top headings
    are parts of."""
    directive: bool
    """A Chỉ thị: its tasks are targets, but for what it says was done."""
    planning: bool = False
    """A plan of its genre (a Kế hoạch, Chương trình, Đề án, by its letterhead or its title): what
    it says outside a part that reports ('Thực trạng', 'Kết quả …') is planned, but for what a
    paragraph says was done."""


@dataclass(frozen=True)
class Mood:
    """How a paragraph's figures are read."""

    target: bool
    """Its figures are targets set (under a heading of targets, in a list of targets announced
    before it, a directive's task), not results reported."""
    against_plans: bool = False
    """Its figures are results each written over its plan ('76,4/140 tỷ đồng', '4/5 xã'): an
    item of a list opened by setting results against their plans."""
    growth: bool = False
    """Its figures are items of a list of growth targets the paragraph before announced ('…
    được đặt mục tiêu tăng trưởng GRDP từ 10% trở lên.' then 'Quảng Ninh: 12%; Hải Dương:
    10,2%; …'): a rate written bare after its name is a growth to make, at least (a floor)."""


# ('cán bộ đã qua đào tạo': trained, what they are, as targets' _DONE_HERE reads it)
_DONE = re.compile(
    r"(?:^|\s)(?:đã(?!\s+qua\s+(?:đào tạo|sử dụng|chế biến|xử lý))|đạt được|năm qua|vừa qua)\s",
    re.IGNORECASE,
)


# the parts of a plan that state the ground it stands on, not what it plans
_GROUNDS = re.compile(
    r"\b(?:căn cứ|cơ sở|sự cần thiết|thực trạng|hiện trạng|bối cảnh|đặc điểm|quan điểm)\b", re.I
)


def headed_by_targets(chain: list[Heading], setting: Setting) -> bool:
    """The headings down to the paragraphs (``chain``, the last one theirs) head targets: one
    names them or looks forward to a year after the one reported ('II. PHƯƠNG HƯỚNG, NHIỆM VỤ
    NĂM 2025' in a report on 2024), an article's first sentence or the document's title names
    them, or the text before the headings opens their list ('Các chỉ tiêu chủ yếu:' then '1. Về
    kinh tế:', '2. Về xã hội:') and none of them reports."""
    parents = chain[:-1]
    # an article's title may be its first sentence ("Điều 1. Thông qua kế hoạch ...")
    heads = [h.title for h in chain] + [
        h.paragraphs[0].text for h in chain if h.kind == "article" and h.paragraphs
    ]
    return (
        any(
            heads_targets(h)
            or looks_forward(h, len(h), setting.reported)
            or heads_horizon(h, setting.reported)
            for h in (h.title for h in chain)
        )
        or any(heads_targets(h) for h in heads)
        or bool(heads_targets(setting.title))
        or (
            any(opens_targets([p.text for p in h.paragraphs]) for h in parents)
            # (the intro's own paragraphs, the 'lead' part, are before the list, not in it)
            or (not parents and chain[-1].kind != "lead" and opens_targets(setting.intro))
        )
        and not any(heads_results(h.title) for h in chain)
    )


def moods(chain: list[Heading], setting: Setting) -> tuple[Mood, ...]:
    """The mood of each paragraph of the last heading of ``chain``, in order."""
    target = headed_by_targets(chain, setting)
    # a plan's parts plan, but for one that reports or states the ground it stands on ('Căn
    # cứ', 'Thực trạng', 'Sự cần thiết') and the text before its first heading
    # ('G. KẾ HOẠCH PHÁT TRIỂN VĂN HÓA - XÃ HỘI … NĂM 2025' then its indicators 'Tỷ lệ
    # lao động qua đào tạo: 38,31%': a part that is itself a plan, in any document, plans too)
    planned = (
        (setting.planning or any(plans_by_genre("", h.title) for h in chain))
        and chain[-1].kind != "lead"
        and not any(heads_results(h.title) or _GROUNDS.search(h.title) for h in chain)
    )
    out = []
    listing = False  # a paragraph before announced targets, and none has reported since
    # the items of a list of norms ('mức hỗ trợ như sau:' then '+ Đất …: 05 triệu
    # đồng/1 ha.'): what is paid per case, no targets
    norms = False
    # the items of a list of results set against their plans ('… chỉ tiêu đạt và vượt so với
    # kế hoạch, cụ thể:' then '+ Thu ngân sách … 76,4/140 tỷ đồng.'): each over its plan (a
    # paragraph's mood; one figure's ', đạt 84% kế hoạch' is targets._SET_AGAINST_PLAN's)
    against = False
    growth = False  # the targets announced are growths ('mục tiêu tăng trưởng …')
    # the items of a list of results named as such ('Thành tựu … năm 2020:' then ' • Tổng sản
    # phẩm … tăng bình quân 8,3%/năm'): results, whatever the title or heading over them says
    achieved = False
    # the announcement opened its list by a colon ('yêu cầu các địa phương …, cụ thể:'): an item
    # of it that states no figure ('- Tỉnh Tuyên Quang: Giải quyết dứt điểm …') is still one of
    # the tasks, and the list goes on after it ('- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí …')
    colon = False
    for p in chain[-1].paragraphs:
        listing = listing and (
            lists_on(p.text) or (colon and bool(p.marker) and not reports(p.text))
        )
        colon = colon and listing
        achieved = achieved and bool(p.marker or p.sub)
        announces = announces_targets(p.text)
        named = names_results(p.text) and not announces
        growth = growth and listing
        norms = norms and bool(p.marker) and states_a_case(p.text)
        # (an item inside the opening item may report: '+ Thu ngân sách ước đạt 76,4/140 …')
        against = against and (p.sub or lists_on(p.text))
        told = (
            target
            or listing
            or (setting.directive and not _DONE.search(p.text))
            or (planned and not reports(p.text))
        ) and not (norms or achieved or named)
        # (the list may follow in the paragraph that announces it: 'Chính phủ giao chỉ tiêu
        # tăng trưởng cho các địa phương: Hà Nội: 8%; …')
        grows = announces and announces_growth(p.text)
        out.append(Mood(target=told, against_plans=against and not told, growth=growth or grows))
        if announces:
            listing, growth = True, grows
            colon = p.text.rstrip().endswith(":")
        achieved = achieved or (named and p.text.rstrip().endswith(":"))
        norms = norms or opens_norms(p.text)
        against = against or opens_results_against_plans(p.text)
    return tuple(out)


# the genre's documents that plan: a Kế hoạch, a Chương trình (of action, of work), an Đề án
_PLAN_GENRES = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN")
# a title that names such a plan, when no letterhead says the type ('Kế hoạch phát triển kinh tế
# số tỉnh … giai đoạn 2026-2030'), not a report on one ('Báo cáo kết quả thực hiện Kế hoạch …',
# 'Sơ kết 6 tháng thực hiện Chương trình …'), nor a programme's name in a headline of news
_PLAN_TITLE = re.compile(
    r"\s*(?:kế hoạch|chương trình hành động|chương trình công tác|đề án)\b", re.I
)
_REPORTING_TITLE = re.compile(
    r"\b(?:kết quả|đánh giá|tình hình|sơ kết|tổng kết|báo cáo|thực trạng)\b", re.I
)


def plans_by_genre(doc_type: str, title: str) -> bool:
    """The document is a plan of its genre (`_PLAN_GENRES` by its letterhead, else a title that
    opens by naming one) and its title does not say it reports."""
    if _REPORTING_TITLE.search(title or ""):
        return False
    if doc_type:
        return doc_type.upper() in _PLAN_GENRES
    return _PLAN_TITLE.match(title or "") is not None
