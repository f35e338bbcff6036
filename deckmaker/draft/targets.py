"""Which figures are targets: headings and sentences that announce targets or report results,
the plan a figure is measured against, and the kind of a plan or target (floor, ceiling, range,
exact), with the passes over a paragraph's figures that set them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..i18n import N_, later
from ..vi_words import PLAN_NOUNS, REPORTING_WORDS, alternation
from .labels import (
    _PLACE_UNITS,
    _POINT_UNITS,
    LABEL_WORDS,
    _nwords,
    _sentence_start,
    _subject,
    assigned_target_name,
    fit,
    subject_of,
)
from .quantities import (
    _NUM,
    _PLAN,
    _SENTENCE_START,
    Found,
    _blank_spelled,
    parse_number,
)

_PLAN_NOUN = f"(?:{alternation(PLAN_NOUNS)})"
_PLAN_NOUN_OR_KH = f"(?:{alternation((*PLAN_NOUNS, 'KH'))})"
_REPORTING = f"(?:{alternation(REPORTING_WORDS)})"

# 'phải' of a hardship suffered ('61 doanh nghiệp phải tạm ngưng sản xuất', 'phải thu hẹp sản xuất
# kinh doanh'): what was forced, no duty set
_HARDSHIP = (
    r"(?!\s+(?:tạm|ngừng|ngưng|dừng|thu hẹp|đóng cửa|giải thể|chịu|nghỉ|cắt giảm|bán|cách ly"
    r"|đối mặt|gánh|vay)\b)"
)
# 'phải' of a duty set: not what is due ('số phải thu', 'khoản phải trả': a noun), nor a hardship
_DUTY = r"(?<!số )(?<!khoản )phải" + _HARDSHIP

# a target is stated: in the heading ("Mục tiêu", "Các chỉ tiêu", "dự toán", "quy hoạch") or in
# the sentence before the number ("phấn đấu", "mục tiêu", "phải")
TARGET_HEADING = re.compile(
    r"\b(?:mục tiêu|chỉ tiêu|dự toán|phấn đấu|quy hoạch|qui hoạch)\b"
    # ('Phân bổ ngân sách cấp tỉnh năm 2026', 'Giao chỉ tiêu vốn đầu tư'): amounts assigned
    # (not 'định mức phân bổ ngân sách': the norms an allocation follows, rules, no amounts)
    r"|(?<!định mức )\bphân bổ\b|\bgiao\s+(?:các\s+)?(?:chỉ tiêu|dự toán|vốn|nhiệm vụ)\b"
    # ('Nghị quyết về chủ trương đầu tư Dự án …', 'Phê duyệt dự án …'): what is to be built
    r"|\bchủ trương đầu tư\b|\bphê duyệt\s+(?:điều chỉnh\s+)?dự án\b"
    r"|\b(?:thông qua|phê duyệt|giao)\s+[\"“]?(?:\w+\s+){0,2}?"
    r"(?:kế hoạch|phương án phân bổ|chương trình|đề án)\b"
    # ('Thông qua đề án thành lập thị xã …': the land and people the units are made of, what is)
    r"(?!\s+(?:về\s+(?:việc\s+)?)?(?:thành lập|điều chỉnh địa giới|sáp nhập|chia tách|giải thể"
    r"|nhập|mở rộng địa giới)\b)",
    re.IGNORECASE,
)
_TARGET_SENTENCE = re.compile(
    r"(?:^|\s)(?:phấn đấu|phân đầu|(?<!đã )quyết tâm|mục tiêu|chỉ tiêu|dự toán"
    # ('tuy phải giảm trên 30% số cuộc kiểm tra …', 'buộc phải …': what a hardship forced, said
    # in a concession or as compelled, no duty set)
    r"|(?<!tuy )(?<!dù )(?<!mặc dù )(?<!buộc )" + _DUTY + r"|sẽ"
    r"|theo kế hoạch"
    # 'tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là 91,75%, …': a rate or a
    # level assigned, the quota itself (as 'được giao chỉ tiêu …')
    r"|được giao(?=\s+(?:tỷ lệ|tỉ lệ|mức)\s)"
    # a task set or an amount assigned, the verb opening its sentence or clause ('Hướng tới …',
    # 'Yêu cầu các chủ đầu tư giải ngân …', 'Giao Sở Tài chính bố trí 200 tỷ đồng', 'Phân bổ
    # 1.200 tỷ đồng cho các huyện', 'Bảo đảm giải ngân 100% …'): not after a word ('đã phân bổ',
    # 'các yêu cầu', 'giao dịch', 'Chính phủ giao')
    r"|(?<![^\W\d] )(?:hướng tới|yêu cầu|phân bổ|bố trí|bảo đảm|đảm bảo|giao(?=\s+(?-i:[A-ZĐ])))"
    # 'UBND Thành phố xây dựng Kế hoạch hỗ trợ … 2.305 nhà': the scope of the plan being made
    r"|(?:xây dựng|ban hành) kế hoạch(?!\s+(?:số\s+)?\d))(?=\s)",
    re.IGNORECASE,
)
# targets said to be met ('xã đã hoàn thành cơ bản các chỉ tiêu', 'có 05 chỉ tiêu đạt và
# vượt', 'đã hoàn thành nhiều chỉ tiêu') and a programme's name ('chương trình mục tiêu quốc
# gia') are no sign that the sentence sets targets
_TARGETS_MET = re.compile(
    r"(?:^|\s)(?:đã|đều)\s+(?:[^\W\d]+\s+){0,2}?(?:hoàn thành|đạt|vượt|thực hiện)"
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:(?:các|những|nhiều|hầu hết(?:\s+các)?|\d+(?:/\d+)?)\s+)?"
    r"(?:mục tiêu|chỉ tiêu)\b"
    # ('14/17 nhóm chỉ tiêu đạt và vượt kế hoạch': groups of targets, met)
    # ('28/28 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch đề ra': a field's name, its dash)
    r"|(?:\d+(?:/\d+)?|các|những)\s+(?:nhóm\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+(?:[^\W\d]+|-)){0,6}?"
    r"\s+(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)\b"
    # ('có 02 chỉ tiêu chưa đạt mục tiêu đề ra: (i) …': the targets they fell short of, named
    # after the verb, are theirs, no target set)
    r"(?:\s+(?:và\s+vượt\s+)?(?:so với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch|dự toán)"
    r"(?:\s+(?:đã\s+)?(?:đề ra|đặt ra|được giao|giao))?)?"
    # ('Các chỉ tiêu văn hóa - xã hội của huyện đều đạt, …': the targets of a field, all met;
    # not 'Các chỉ tiêu chủ yếu phấn đấu đạt …', nor a level named after the verb)
    r"|(?:các|những)\s+(?:mục tiêu|chỉ tiêu)(?:\s+(?!phấn\b|cần\b|phải\b|sẽ\b)(?:[^\W\d]+|-)){0,8}?"
    r"\s+(?:đều|đã)\s+(?:đạt|vượt|hoàn thành)\b(?!\s*(?:mức\s+)?(?:khoảng|trên|từ|hơn)?\s*\d)"
    r"|chương trình\s+mục tiêu"
    # 'nhà thuộc chỉ tiêu Kế hoạch 77', '169 nhà ngoài chỉ tiêu': the quota a thing belongs to
    r"|(?:thuộc|ngoài)\s+(?:các\s+)?chỉ tiêu\b"
    # 'hỗ trợ theo Kế hoạch 77/KH-LT': a plan named by its number, a document
    r"|theo\s+kế hoạch\s+(?:số\s+)?\d+"
    # 'đánh giá về thực hiện các chỉ tiêu …', 'kết quả thực hiện các mục tiêu', 'Tình hình thực
    # hiện nhiệm vụ kinh tế - xã hội và dự toán ngân sách năm 2025': a report on them
    r"|(?:đánh giá|kết quả|tình hình)(?:\s+về)?(?:\s+việc)?\s+thực hiện\s+"
    r"(?:(?!phương hướng|nhiệm vụ năm|kế hoạch năm)[^\W\d]+(?:\s+-)?\s+){0,8}?"
    r"(?:(?:các|những)\s+)?(?:mục tiêu|chỉ tiêu|dự toán)\b",
    re.IGNORECASE,
)


# ('Hầu hết chỉ tiêu đều vượt kế hoạch', 'Chỉ tiêu đạt cao'): targets a heading says were met,
# not one to strive for ('Chỉ tiêu phấn đấu đạt …') or the level one names ('với mục tiêu tăng
# trưởng đạt 8% trở lên')
_MET_AFTER = re.compile(
    r"(?:mục tiêu|chỉ tiêu)(?:\s+(?!phấn\b|cần\b|phải\b)[^\W\d]+){0,3}?\s+(?:đều\s+|đã\s+)?"
    r"(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)\b"
    r"(?!\s*(?:mức\s+)?(?:khoảng|trên|từ|tối thiểu|ít nhất|hơn)?\s*\d)",
    re.IGNORECASE,
)


def heads_targets(heading: str) -> bool:
    """The heading names targets (`TARGET_HEADING`), other than ones it says were met ('Đa số
    đều vượt chỉ tiêu', 'Các chỉ tiêu đạt và vượt', 'Kết quả thực hiện các chỉ tiêu …') or a
    result set against one ('vượt kế hoạch', 'so với chỉ tiêu'): those head results."""
    said = _COMPARED.sub(" ", _TARGETS_MET.sub(" ", _MET_AFTER.sub(" ", heading)))
    said = _INDICATORS_OF.sub(" ", said)
    short = len(said.split()) <= _TASKS_WORDS
    return (
        TARGET_HEADING.search(said) is not None
        or (_TASKS_HEADING.match(said) is not None and short)
        or (_COMING.search(said) is not None and short and not _REPORT_TITLE.search(said))
    )


# ('5. Chỉ tiêu về chăm sóc sức khỏe' in a statistical yearbook's list, then '- Tỷ lệ trẻ em dưới 1
# tuổi được tiêm đầy đủ các loại vắcxin: 92,55%'): the indicators of a field, named with no
# time, no plan and no striving, measure what is (under a heading that sets targets, or with
# a year, 'Chỉ tiêu về kinh tế năm 2026', they are targets by that)
_INDICATORS_OF = re.compile(
    r"^\s*(?:[\dIVX]+[.)]\s*)*(?:(?:các|nhóm)\s+)?chỉ tiêu\s+(?:về|của)\s+"
    r"(?=(?:(?!chủ yếu|phấn đấu|kế hoạch|mục tiêu|năm|giai đoạn|đến|nhiệm kỳ)[^\d:;.])+[:.]?\s*$)",
    re.I,
)


# ('Giải pháp trọng tâm trong thời gian tới', 'Năm học tới'): a time to come, named by a short
# heading that reports nothing ('Kết quả năm 2025 và phương hướng năm tới' reports)
_COMING = re.compile(r"(?:^|\s)(?:thời gian|giai đoạn|năm|năm học|nhiệm kỳ)\s+tới\b", re.I)


# a short heading that opens with the tasks to do ('III. NHIỆM VỤ, GIẢI PHÁP', 'Phương hướng,
# nhiệm vụ năm 2026', 'Nhiệm vụ trọng tâm'), as one naming the targets does (not a sentence run
# in as a heading, '1.1. Nhiệm vụ quản lý nhà nước về … được chú trọng triển khai …')
_TASKS_WORDS = 12
_TASKS_HEADING = re.compile(
    # ('Về nhiệm vụ, giải pháp thời gian tới', 'Một số nhiệm vụ trọng tâm')
    r"\s*(?:(?:về|đối với)\s+)?(?:(?:một số|những|các)\s+)?"
    r"(?:(?:định hướng|phương hướng)(?:\s*,\s*|\s+và\s+))?(?:các\s+)?nhiệm vụ\b"
    # ('Phương hướng năm 2026', 'Định hướng phát triển đến năm 2035', 'Lộ trình thực hiện', 'Dự
    # kiến phân bổ …'): a part that says what is to come (a title 'Kế hoạch …' is the genre's,
    # `deckmaker.draft.mood.plans_by_genre`, whose parts may report)
    r"|\s*(?:(?:về|đối với)\s+)?(?:phương hướng|định hướng|lộ trình|dự kiến)\b",
    re.I,
)


def _sets_targets(before: str) -> bool:
    """The sentence up to the figure says it sets targets (`_TARGET_SENTENCE`), other than by
    naming targets it says were met (`_TARGETS_MET`) or a result's attainment of one ('đạt
    121% dự toán năm', 'so với kế hoạch': `_COMPARED`)."""
    said = _FORECAST_WILL.sub(" ", _ESTIMATE_WILL.sub(lambda m: m.group(1), before))
    return _TARGET_SENTENCE.search(_COMPARED.sub(" ", _TARGETS_MET.sub(" ", said))) is not None


# 'Đơn vị ước thực hiện đến 31/12/2020 sẽ đạt … trên 106.000 tỷ đồng, … (giảm tuyệt đối 14.200 tỷ
# đồng)': what an estimate will come to, no target set ('sẽ' dropped after an estimate's word)
_ESTIMATE_WILL = re.compile(
    r"((?:^|\s)(?:ước|ước tính|dự tính|dự báo)\s[^.;!?]*?\s)sẽ(?=\s)", re.IGNORECASE
)


# 'dự kiến sẽ giảm tới 459 tỷ đồng', 'dự kiến sẽ có khoảng 2,3 triệu hộ': a change or a state
# foreseen (`_EXPECTED`), its 'sẽ' no duty set
_FORECAST_WILL = re.compile(r"(?<=\sdự kiến)\s+sẽ(?=\s+(?:tăng|giảm|có)\s)", re.IGNORECASE)


# a clause that names the parts of the amount before it ('trong đó, thu nội địa …')
_PARTS_OF = re.compile(r"\s*trong đó\b", re.IGNORECASE)


# ('Trên 70% số doanh nghiệp …': the bound opening its sentence, in capitals)
_CEILING = re.compile(
    r"(?:^|\s|\()(?:không quá|không vượt quá|tối đa|dưới|còn dưới|thấp hơn|giảm xuống dưới|<)\s*$",
    re.I,
)
_FLOOR = re.compile(
    r"(?:^|\s|\()(?:trên|ít nhất|tối thi[ểế]u|không dưới|không thấp hơn|hơn|>"
    # the least said before the verb ('ít nhất tăng 5%', 'thấp nhất đạt 90% kế hoạch') or as
    # where the level starts ('tỷ lệ … đạt từ 20%', 'tổng vốn đầu tư … từ 10.000 tỷ đồng'; 'từ
    # 28 hộ xuống còn 23 hộ' is read before, a range 'từ 8 - 9%' is a range)
    r"|(?:ít nhất|thấp nhất|tối thi[ểế]u)\s+(?:đạt|tăng|là)|từ)\s*$",
    re.I,
)
_FLOOR_AFTER = re.compile(r"\s*trở lên\b")
# "phấn đấu đạt 60%", "nhu cầu vốn tối thiểu ... khoảng 3.770 tỷ đồng", a growth to reach ("tốc độ
# tăng trưởng đạt 16,5%/năm", "tăng 21%/năm"): at least; a plain level in a list of targets
# ("tỷ lệ cấp nước đạt 80%", "diện tích cao su đạt 6.000 ha") states the value itself
_FLOOR_VERB = re.compile(r"(?:^|\s)(?:tối thiểu|tăng trưởng)(?=\s)", re.I)
# "thu ngân sách hoàn thành vượt so với dự toán Trung ương giao (6.193 tỷ đồng)": the bracket is
# the plan to be exceeded, a floor
_BEYOND = re.compile(r"vượt\s+(?:so với\s+|mức\s+)?" + _PLAN_NOUN + r"[^();.\d]{0,40}\(\s*$")
# ('kết quả thực hiện 320 ha', 'thực hiện được 45 km': what was done)
_ACTUAL = re.compile(
    r"(?:^|\s)(?:hiện có|hiện nay|hiện tại|đã có|ước thực hiện|ước đạt|ước tính|ước|dự ước"
    r"|kết quả(?:\s+thực hiện)?|thực hiện được)(?=\s)",
    re.I,  # ('Hiện nay tổng khối lượng hoàn thành … khoảng 61%': opening its sentence)
)
# '…; thực hiện 1.350 lao động': done, when the clause does not strive for it
# (not the means to do it: 'Tổng kinh phí thực hiện 1.250 tỷ đồng', 'vốn thực hiện …', planned)
_DONE_NUMBER = re.compile(
    r"(?:^|\s)(?<!kinh phí )(?<!vốn )(?<!chi phí )(?<!nguồn vốn )(?<!ngân sách )thực hiện\s*$",
    re.I,
)
# "dự kiến" plans in the figure's own clause ("dự kiến đầu tư 500 tỷ đồng"), but in a report of
# results it is an estimate ("dự kiến cả 17/17 chỉ tiêu đạt và vượt mục tiêu", "dự kiến cả năm
# ước đạt ..."): not when what follows says the figure is reached
# ('số thu từ mặt hàng sắt thép dự kiến sẽ giảm tới 459 tỷ đồng', 'Chỉ số sản xuất công nghiệp
# quý I dự kiến tăng 8,2%', 'dự kiến sẽ có khoảng 2,3 triệu hộ kinh doanh không phải nộp thuế':
# a change or a state foreseen, a forecast, no plan; the set's four, none a target)
_EXPECTED = re.compile(
    r"(?:^|\s)dự kiến(?=\s)(?![^;]*\s(?:ước|đạt và vượt|hoàn thành|cả năm)\s)"
    r"(?!\s+(?:sẽ\s+)?(?:tăng|giảm|có)\s)",
    re.I,
)
# "... đã làm được trong các năm qua, cần phải ... khoảng 85 HTX": only in the number's own
# comma-clause does 'đã' say the figure is done
# ('phấn đấu đạt được số thu tối thiểu 254.000 tỷ đồng': what is striven for, not done)
_DONE_HERE = re.compile(
    r"(?:^|\s)(?:đã(?!\s+qua\s+đào tạo)|(?<!phấn đấu\s)(?<!phân đầu\s)đạt được)(?=\s)"
)
# "vượt mục tiêu 0,36%", "so với dự toán": a comparison with a target, not one
_COMPARED = re.compile(
    r"(?:(?:vượt|cao hơn|thấp hơn|so với|so)\s+(?:mức\s+)?"
    + _PLAN_NOUN
    # "đạt 100% chỉ tiêu giao với 1.250 thanh niên nhập ngũ": an attainment, reported
    + r"|\d\s*%\s+"
    + _PLAN_NOUN
    + r")"
    # 'đạt 69,5% chỉ tiêu UBND giao phấn đấu (63.000 tỷ đồng)': the words that name the plan, up
    # to its bracket or the clause's end, are part of it ('phấn đấu' there sets no target)
    r"(?:(?:\s+[^\W\d]+){1,6}?(?=\s*[(,;.]))?"
)
# "tăng 7,36% (vượt mục tiêu Nghị quyết 0,36%)": the target is the value less the excess
_EXCESS = re.compile(
    r"(?:\s+so với[^(;.\d]{0,20}\d*)?\s*\(?\s*(?P<verb>vượt|cao hơn|thấp hơn)\s+"
    r"(?:mục tiêu|kế hoạch|chỉ tiêu)[^()\d;.]{0,30}?"
    rf"(?P<by>{_NUM})\s*%"
)
# "đạt 81,05% (vượt 6,05% so với chỉ tiêu ...)": the same excess, its base written after it
_EXCESS_AFTER = re.compile(
    r"(?:\s+[^\W\d][^(;.\d]{0,20}?)?\s*\(?\s*"
    rf"(?P<verb>vượt|cao hơn|thấp hơn)\s+(?P<by>{_NUM})\s*%\s*"
    r"so(?: với)?\s+(?:mục tiêu|kế hoạch|chỉ tiêu)"
)
# a bound that states a limit whatever the sentence ('mức vay tối đa 8 triệu đồng/hộ')
_BY_MORE = re.compile(r"(?:^|[\s(])(?:vượt|cao hơn|thấp hơn)\s*$")
# "nợ công … có thể đến ngưỡng hoặc vượt ngưỡng cảnh báo khoảng 5% GDP": a threshold is a limit
_THRESHOLD = re.compile(r"(?:^|\s)(?:ngưỡng|trần|giới hạn)(?:\s+[^\W\d]+){0,3}?\s*(?:khoảng\s*)?$")
# "điều chỉnh mức lương cơ sở từ 1,3 triệu đồng/tháng lên 1,39 triệu đồng/tháng": the level set
_ADJUSTED_TO = re.compile(r"(?:^|\s)(?:điều chỉnh|nâng)\s.*\slên(?:\s+mức)?(?:\s+khoảng)?\s*$")
# "Tỷ lệ hộ nghèo giảm 3%" among targets: a change to make, at least (the rule of round 6), also
# said per year ("giảm bình quân mỗi năm 2%", "tăng bình quân hằng năm 7%")
_CHANGE_TO_MAKE = re.compile(
    r"(?:^|\s)(?:tăng|giảm)(?:\s+bình quân)?(?:\s+(?:mỗi năm|hằng năm|hàng năm))?"
    r"(?:\s+(?:thêm|trên|hơn))?\s*$"
)
# "Tốc độ tăng thu ngân sách bình quân hằng năm đạt 10%", "Tỷ lệ tăng vốn đầu tư: 12%": a rate of
# growth named before the figure, with no other number between, is a growth to reach, at least;
# not a rise held down ('Tốc độ tăng chỉ số giá tiêu dùng bình quân khoảng 4%', 'tốc độ tăng dân
# số 1,2%'): that level is the target as written
_RATE_OF_GROWTH = re.compile(
    r"(?:^|\s)(?:tốc độ|tỷ lệ|mức)\s+tăng(?!\s+trưởng)"
    r"(?!\s+(?:chỉ số giá|giá(?!\s+trị)|CPI|lạm phát|dân số)\b)\s[^\d;]*$",
    re.I,
)
# 'tăng 0,7 lần', 'tăng thêm 2 lần': a rise by a multiple (not 'gấp', a level against a base)
_RISE_BY = re.compile(r"(?:^|\s)tăng(?:\s+(?:thêm|trên|hơn))?\s*$", re.I)
# "Tổng chi ngân sách địa phương 11.892 tỷ đồng, tăng 3,07%": the change of the level just said
_CHANGE_OF_LEVEL = re.compile(r"\d[^\d;:,]{0,25},\s*(?:tăng|giảm)(?:\s+(?:thêm|trên|hơn))?\s*$")
# "phấn đấu các chỉ tiêu chủ yếu như: …", "… đạt được là: …": a colon that opens a list
# (or the targets named before the colon: 'phấn đấu đến năm 2025, ngành du lịch tỉnh sẽ đạt được
# một số chỉ tiêu: Tổng lượng khách du lịch đạt 5.250.000 lượt, trong đó khách quốc tế 320.000
# lượt …': each level of the list stated itself)
_LIST_OPENS = re.compile(
    r"(?:như|sau|là|gồm|sau đây|(?:chỉ tiêu|mục tiêu)(?:\s+(?:chủ yếu|cụ thể|sau))?)\s*:\s"
)
# 'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ', 'nâng tỷ lệ từ 60% lên 75%': the level a change
# starts from is what is, not a target; the level it goes to is
_FROM_LEVEL = re.compile(r"(?:^|\s)từ\s*$")
# ('từ 7 triệu năm 2005 lên 14 triệu': the year of the level it starts from between; 'tăng từ
# 8.000 tỷ đồng năm 2020 đến 12.000 tỷ đồng năm 2025': 'đến' a level, not a year, goes to)
_TO_LEVEL = re.compile(
    rf"\s+(?:(?:[^\W\d]+|(?<=năm )\d{{4}})\s+){{0,4}}?(?:xuống|lên|đến(?=\s+(?:khoảng\s+)?"
    rf"(?!(?:19|20)\d\d(?![\d.,]))\d))"
    rf"(?:\s+(?:còn|mức|đến))?\s+(?:khoảng\s+)?(?:{_NUM})"
)
# 'phấn đấu có thêm 2 huyện …', 'thêm 2 trường đạt chuẩn quốc gia', 'có 1 xã đạt chuẩn', 'tiết
# kiệm thêm khoảng 10% chi thường xuyên': what to have or to add is planned as written, even after
# 'phấn đấu'
_TO_HAVE = re.compile(r"(?:^|\s)(?:có|có thêm|thêm)(?:\s+(?:khoảng|gần))?\s*$", re.IGNORECASE)
# a count's noun, then what has been done to it: 'đã được cấp', 'đã ký kết' (not a relative
# clause with its own subject, 'thuộc chỉ tiêu Thành phố đã giao': no capital before 'đã')
_DONE_AFTER = re.compile(
    r"(?:\s+[a-zà-ỹđ]+){0,4}?(?:\s*\([^()]{1,20}\))?\s+đã(?:\s+được)?\s+[^\W\d]"
)
_NATURAL_AREA = re.compile(
    r"diện tích tự nhiên(?:\s+(?:là|có|khoảng|rộng|gần|hơn|trên))*\s*$", re.IGNORECASE
)
_MADE_OF = re.compile(r"(?:^|\s)(?:bao gồm|gồm có|gồm)\s*$", re.IGNORECASE)
# 'bảo đảm 100% xã có trạm y tế đạt chuẩn', 'đảm bảo đạt 95%': a level to guarantee, right
# before the figure (not 'bảo đảm cho tàu 40.000 DWT', what a work makes possible)
# ('… nhân rộng tại các cơ sở khác (đảm bảo 70% cơ sở … được triển khai)': the guarantee may open
# a bracket)
_GUARANTEE = re.compile(r"(?:^|[\s(])(?:bảo đảm|đảm bảo)(?:\s+(?:đạt|có))?\s*$", re.IGNORECASE)
# ('Có ≤ 5%', 'Có ≥ 30% doanh nghiệp …': the signs said as the words)
_HARD_CEILING = re.compile(r"(?:^|\s|\()(?:không quá|không vượt quá|tối đa|≤|<=)\s*$", re.I)
_TIME_AND_VERB = re.compile(
    r"(?:\s+(?:vào|đến|trong)?\s*(?:cuối\s+)?năm\s+\d{4})?\s+(?:đạt|là|ở mức)\s*$"
)
# 'đạt được mục tiêu tăng trưởng kinh tế 8%', 'góp phần đạt mục tiêu tăng trưởng từ 8,3 - 8,5%':
# a figure right after the target's name and its measure, no verb between, is that target, even
# after a verb to reach it (not one a result is set against: 'vượt mục tiêu …', 'so với chỉ tiêu';
# not a programme's name, 'Chương trình mục tiêu quốc gia giảm nghèo 25 tỷ đồng')
_NAMED_TARGET = re.compile(
    r"(?:^|\s)(?<!vượt )(?<!so với )(?<!so )(?<!hơn )(?<!trình )(?:mục tiêu|chỉ tiêu)"
    r"(?:\s+(?!(?:đạt|là|ước|được|đã|vượt|có|chiếm|bằng|với|so|thực hiện|hoàn thành|đề ra"
    r"|giao|năm)\b)[^\W\d]+){1,6}"
    r"\s+(?:(?:từ|trên|dưới|khoảng)\s+)?$",
    re.IGNORECASE,
)
# 'Phấn đấu đạt tốc độ …; tỷ lệ … đạt 60%': a striving to reach, its list targets (each level
# itself, exactly, since h44c)
_STRIVE_TO_REACH = re.compile(r"(?:phấn đấu|phân đầu)\s+đạt\s", re.IGNORECASE)
# a change its clause strives for, its measure between ('Phấn đấu giảm tỷ lệ hộ nghèo 1,5%')
# (not a level its words reach: 'giảm tỷ lệ hộ nghèo xuống còn', 'tăng lên', '… đạt'; not a
# value added, 'giá trị tăng thêm')
_CHANGE_STRIVEN = re.compile(
    r"(?:^|\s)(?<!trị\s)(?:tăng|giảm)"
    r"(?:\s+(?!(?:đạt|lên|còn|xuống|là|ở|bằng)\b)[^\W\d]+){0,6}\s*$",
    re.IGNORECASE,
)
# ('tối thiếu': the same word with its tone slipped, as typed in a portal's copy)
_HARD_FLOOR = re.compile(
    r"(?:^|\s|\()(?:tối thi[ểế]u|ít nhất|không dưới|không thấp hơn|≥|>=)\s*$", re.I
)
# 'Tốc độ tăng năng suất lao động xã hội bình quân khoảng 8,5%': a growth said as about a level
# is that level, exactly (the labelled set: every 'khoảng N%' target exact), no floor
_HARD_FLOOR_VERB = re.compile(r"(?:^|\s)tối thi[ểế]u(?=\s)", re.I)
# ('Số phòng tối thiểu mỗi căn hộ: '): a run-in name that says its value is the least
_LEAST_NAMED = re.compile(r"(?:^|\s)tối thi[ểế]u(?:\s+[^\W\d:;]+){0,4}\s*:\s", re.I)
# a bound denied: 'không có tỉnh, thành phố đạt dưới 60%' (none below: at least), 'không để tỷ lệ
# nợ xấu vượt trên 3%' (none above: at most); not 'không quá', 'không vượt quá', read as ceilings,
# nor the syllable in a word ('không gian mạng', 'không khí')
_NEGATION = (
    r"(?:^|\s)không\s(?!quá|vượt|gian|khí|quân|phận|lưu|dây|ảnh|trung|kích|chỉ)[^;.]{0,60}?\s"
)
_NOT_BELOW = re.compile(_NEGATION + r"(?:dưới|thấp hơn)\s*$", re.I)
_NOT_ABOVE = re.compile(_NEGATION + r"(?:vượt\s+)?(?:trên|cao hơn|quá)\s*$", re.I)
_ABOUT = re.compile(r"(?:^|\s)(?:khoảng|xấp xỉ)\s*$", re.I)


# a paragraph that announces the targets set ('Quốc hội quyết nghị tốc độ tăng GDP khoảng
# 6,5-7,0%. GDP bình quân đầu người đạt khoảng 4.900 USD.', 'Một số chỉ tiêu khác cũng được
# chốt, gồm: ...'): its figures after the announcement are targets, in every sentence
_ANNOUNCED = re.compile(
    # ('Điều 2 của Nghị quyết … đã đưa ra 12 chỉ tiêu chủ yếu sau: …': the targets a resolution
    # puts forward, as a legal-news page cites them)
    r"(?:^|\s)(?:quyết nghị|(?:đề ra|đặt ra|đưa ra|đặt|thông qua|giao)\s+"
    r"(?:các\s+|những\s+|\d+\s+)?(?:mục tiêu|chỉ tiêu)(?!\s+(?:đã|được)\s)"
    # 'ngành đề ra 11 nhiệm vụ trọng tâm, trong đó …': the tasks set, what each is to reach
    r"|(?:đề ra|đặt ra)\s+(?:các\s+|những\s+|\d+\s+)?nhiệm vụ(?:\s+[^\W\d]+){0,2}?,\s+trong đó)"
    r"(?=\s|:)"
    # 'Nhiệm vụ trọng tâm được huyện Na Hang đặt ra trong năm 2021 là thu nhập … đạt trên 29
    # triệu đồng; …', 'Các chỉ tiêu chủ yếu đề ra là: …': the tasks or targets named first, as
    # the clause's subject, then the verb that sets them and what they are (not 'các chỉ tiêu
    # chưa đạt mục tiêu đề ra:', results short of them, nor 'vượt chỉ tiêu đề ra, cụ thể:')
    r"|(?:^|[.;:,]\s+)(?:(?:các|những|một số)\s+)?(?:nhiệm vụ|mục tiêu|chỉ tiêu)"
    r"(?:\s+(?!(?:đạt|vượt|chưa|không|đã|đều)\b)[^\W\d]+){0,3}?"
    r"(?:\s+(?:được|mà)(?:\s+[^\W\d]+){1,4}?)?\s+(?:đặt ra|đề ra)"
    r"(?:\s+(?:trong|cho|đến|tới)?\s*(?:năm|giai đoạn|nhiệm kỳ)\s+\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"\s+(?:là\s*:?|:)(?=\s)"
    # 'Tổng chi ngân sách … được Hội đồng nhân dân tỉnh giao là 26.811,096 tỷ đồng': the budget
    # the council assigned, its figure right after
    r"|(?:^|\s)được\s+(?:Hội đồng nhân dân|HĐND)(?:\s+[^\W\d]+){0,2}?\s+giao(?:\s+là)?(?=\s+\d)"
    # (not 'Các chỉ tiêu đạt cao gồm: …', results)
    r"|(?:^|\s)(?:mục tiêu|chỉ tiêu)\b"
    r"(?:(?!\s" + _REPORTING + r"\s)[^.;:]){0,60}"
    r"(?:gồm|như sau|cụ thể|sau đây)\s*:"
    # 'Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: …', not a report of them ('Kết quả
    # thực hiện các chỉ tiêu … là:')
    r"|(?:^|\s)(?:các|những|một số)\s+(?:mục tiêu|chỉ tiêu)\b"
    r"(?:(?!\s" + _REPORTING + r"\s)[^.;:]){0,60}\slà\s*:"
    # a paragraph on the coming year ('Năm học tới, Hà Nội có 1.513 lớp 10 THPT. …') plans it
    r"|^\s*(?:trong\s+)?(?:năm|năm học|niên khóa|niên khoá|niên độ|vụ|mùa vụ)\s+tới\s*,"
    # 'huyện phấn đấu hoàn thành 17 chỉ tiêu chủ yếu …. Trong đó, …': the targets to reach
    r"|(?:^|\s)phấn đấu\s+(?:hoàn thành|đạt|thực hiện)\s+(?:(?:các|những|\d+)\s+)?"
    r"(?:mục tiêu|chỉ tiêu)\b"
    # 'Chợ Đồn: Nghị quyết của HĐND huyện về nhiệm vụ và giải pháp … năm 2012': a line naming a
    # resolution on the tasks, plan or targets of a time, the list it sets after it
    r"|^(?:[^\d.:;]{1,40}:\s*)?nghị quyết\b[^.;:\d]{0,80}?\svề\s+(?:việc\s+)?"
    r"(?:nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu)\b[^.;:]*$"
    # 'Điều 2 của Nghị quyết quy định các chỉ tiêu năm 2021:', '… nêu 12 chỉ tiêu chủ yếu sau:':
    # the targets a verb of stating sets out, the list its colon opens at the paragraph's end
    # (not 'đã đạt được các chỉ tiêu sau:', results, nor 'các chỉ tiêu đã đạt:')
    r"|(?:^|\s)(?:quy định|nêu|nêu rõ|xác định|ban hành|chốt|thống nhất)\s+"
    r"(?:(?:các|những|một số|\d+)\s+)?(?:mục tiêu|chỉ tiêu)\b"
    r"(?:(?!\s" + _REPORTING + r"[\s:,])[^.;:\d]|\d{4}){0,60}:\s*$"
    # 'thống nhất nhiệm vụ … với các chỉ tiêu: …': a list of targets opened by a colon; '… lên
    # kế hoạch chi tiết cho việc giải ngân … theo các mốc tiến độ: đến ngày 30/4/2025 giải ngân
    # đạt 10% kế hoạch; …': the milestones of a schedule, each a target
    r"|(?:^|\s)(?:với|theo)\s+(?:các|những)\s+(?:mục tiêu|chỉ tiêu|mốc|lộ trình)\b[^.;:]{0,60}:"
    # 'Bộ Tài chính đề nghị các Bộ, cơ quan trung ương và địa phương:', 'Thủ tướng Chính phủ yêu
    # cầu các bộ, ngành:': a list of tasks set for those below, its items after the colon (not a
    # request made upward, 'Tỉnh đề nghị Trung ương hỗ trợ …', which names no 'các …')
    r"|(?:^|\s)(?:đề nghị|yêu cầu|chỉ thị|giao)\s+(?:các|những|mọi|toàn thể)\s[^.;:]{0,150}:\s*$",
    re.IGNORECASE,
)
# 'Theo đó, giai đoạn 2020-2025 đưa tốc độ tăng trưởng … đạt …': a level to bring a measure to
# announces targets, unless the paragraph reported before it ('GRDP ước tăng 9,54% … ; đưa tăng
# trưởng bình quân … đạt gần 9%/năm': what the result brought) or says it was brought ('đã đưa',
# 'góp phần đưa')
_BRINGS_TO = re.compile(
    r"(?:^|(?<!đã)(?<!phần)\s)đưa\s+(?:[^\s,;:.()]+\s+){1,10}?(?:đạt|lên)\s", re.IGNORECASE
)


# a title in capitals that names targets ('MỤC TIÊU, CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030'), not
# a report of them ('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU …', 'ĐÁNH GIÁ …')
_CAPS_TARGETS = re.compile(r"\b(?:CHỈ TIÊU|MỤC TIÊU)\b")
_CAPS_RESULTS = re.compile(r"\b(?:KẾT QUẢ|ĐÁNH GIÁ|THỰC HIỆN|TÌNH HÌNH|ĐẠT ĐƯỢC|SƠ KẾT|TỔNG KẾT)\b")
_CAPS_RUN = re.compile(r"(?:[^\s]*[^\W\d_][^\s]*\s+|[\d.,/:-]+\s+)+")


def _caps_title(text: str) -> re.Match[str] | None:
    """A title in capitals opening the paragraph or a sentence of it ('CÁC CHỈ TIÊU CHỦ YẾU
    NHIỆM KỲ 2026-2030 1. Tổng thu …', its list run in after it) that names targets: where it
    ends, the targets begin."""
    for start in (0, *(m.end() for m in re.finditer(r"[.;:!?]\s+", text))):
        run = _CAPS_RUN.match(text, start)
        if run is None:
            continue
        end = start
        for word in re.finditer(r"\S+", run.group(0)):
            if word.group(0) != word.group(0).upper():
                break
            end = run.start() + word.end()
        title = text[start:end]
        if (
            len(re.findall(r"[^\W\d_]{2,}", title)) >= 3
            and _CAPS_TARGETS.search(title)
            and not _CAPS_RESULTS.search(title)
        ):
            return re.compile(re.escape(title)).match(text, start)
    return None


# 'Các chỉ tiêu chủ yếu năm 2026: 1. …', 'Mục tiêu cụ thể đến năm 2030: …': a run-in heading
# naming targets, opening the paragraph or a sentence, announces them where nothing after it
# reports (not 'Các chỉ tiêu kinh tế năm 2024: … ước đạt …', not 'Các chỉ tiêu không đạt:')
# ('Kế hoạch năm 2022: Giá trị sản xuất … tăng 18,5%; …', 'Dự toán năm 2025: …': the plan for a
# year, its run-in heading, in a report of the first half of it; not 'Kế hoạch 77/KH-LT:', a
# document named by its number)
_RUN_IN_TARGETS = re.compile(
    r"(?:^|[.;]\s+)(?:(?:các|những|một số)\s+)?" + _PLAN_NOUN + r"\b"
    # (the colon may end the paragraph: 'Mục tiêu … đến năm 2025:' then its list, item by item)
    r"(?:(?!\s" + _REPORTING + r"[\s:,])[^.;:\d]|\d{4}){0,60}:(?:\s|$)",
    re.IGNORECASE,
)


# 'Mục tiêu tổng quát năm 2027 phấn đấu …. Trong đó …': a paragraph that opens by naming its
# targets and striving for them sets targets in every sentence after, where nothing reports
# (or by who strives, 'Huyện Đan Phượng cũng phấn đấu … đạt 95 triệu đồng/người/năm. Thu ngân
# sách … tăng bình quân hàng năm 30%.': the sentences after it go on with the targets)
_OPENS_STRIVING = re.compile(
    r"^\s*(?:(?:(?:các|những)\s+)?(?:mục tiêu|chỉ tiêu)\b"
    r"|(?=[^\W\d]))"
    r"(?:(?!\s" + _REPORTING + r"\s)[^.;:\d]|\d{4}){0,60}?"
    r"\s(?:phấn đấu|phân đầu)(?=\s)",
    re.IGNORECASE,
)


# 'Phấn đấu giảm tỷ lệ hộ nghèo … bình quân từ 1%/năm. Hỗ trợ xây dựng … 150 mô hình …; 100%
# người …', '… năm 2024. Mục tiêu là giảm tỷ suất sinh thô 0,2%. Giảm tỷ lệ sinh con thứ 3 …
# 1% …': a sentence of a plan's voice, opening bare on the striving or on what the aim is,
# announces targets in mid-paragraph, the sentences after it the plan's too (a Kế hoạch's lead
# as the press sums it up), where nothing after it reports
_SENTENCE_STRIVES = re.compile(
    r"(?:(?<=[.!?]\s)|^\s*)(?:Phấn đấu|Mục tiêu(?:\s+[^\W\d]+){0,3}?\s+là)(?=\s)"
)
# ('Phấn đấu đến năm 2025 huyện Tràng Định đạt được các chỉ tiêu chủ yếu: Lượng khách du lịch
# đến năm 2025 ước đạt 200 nghìn người, …'): the verbs of the striving sentence are what is
# striven for, no report; what reports is a later sentence's ('… Ước thực hiện cả năm …')
_STRIVING = re.compile(r"(?:^|\s)(?:phấn đấu|phân đầu)(?=\s|$)|^\s*mục tiêu\b", re.IGNORECASE)


def _reported_after(text: str, opening: re.Match[str], at: int) -> bool:
    """Whether the paragraph reports (`_REPORTED`) from ``at`` on, past the announcement
    ``opening``: from the end of its sentence when the opening strives (`_STRIVING`, its own
    verbs the aims), else from ``at``."""
    if _STRIVING.search(opening.group(0)):
        at = next((s.end() for s in _SENTENCE_START.finditer(text, opening.end())), len(text))
    return _REPORTED.search(text, at) is not None


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _announcement(text: str) -> re.Match[str] | None:
    """Where the paragraph announces targets (`_ANNOUNCED`, a title in capitals naming them, a
    run-in heading naming them where nothing after it reports, or `_BRINGS_TO` in a paragraph
    that has reported nothing before it)."""
    # ('… có 8/14 chỉ tiêu đạt và vượt mức chỉ tiêu kế hoạch, gồm: …': targets met and a result
    # compared with one, blanked to spaces, announce none)
    said = _COMPARED.sub(_blank, _TARGETS_MET.sub(_blank, text))
    found = [m for m in (_ANNOUNCED.search(said), _caps_title(text)) if m]
    for opening in (
        _RUN_IN_TARGETS.search(text),
        _OPENS_STRIVING.match(text),
        _SENTENCE_STRIVES.search(text),
    ):
        if opening and not _reported_after(text, opening, opening.end()):
            found.append(opening)
    brings = _BRINGS_TO.search(text)
    if (
        brings
        # ('có 30/32 chỉ tiêu đạt và vượt kế hoạch đề ra, đưa tốc độ … đạt 7,36%': targets said
        # met, or a result set against its plan, before it report: what they brought, a result)
        and not reports(text[: brings.start()])
        and not _TOTAL_RAISED.search(text, _sentence_start(text, brings.start()), brings.end())
    ):
        found.append(brings)
    return min(found, key=lambda m: m.start(), default=None)


# 'kết nạp được 12.026 hội viên mới, đưa tổng số hội viên lên 524.558 hội viên', 'ra mắt được
# 387 CLB, nâng tổng số lên 900 CLB': a total raised by what was just counted is the total
# reached, a result, no level to bring a measure to
_TOTAL_RAISED = re.compile(
    r"\d[^;.]*\s(?:đưa|nâng)\s+tổng(?:\s+số)?(?:\s+[^\W\d]+){0,10}\s+lên(?:\s|$)", re.IGNORECASE
)


# a report of what was done: a paragraph that says so ends a run of announced targets
_REPORTED = re.compile(
    r"(?:^|\s)(?:đã|đạt được|ước|ước tính|dự ước|vừa qua|năm qua|cùng kỳ)(?=\s|[,.;]|$)",
    re.IGNORECASE,
)


# ('Tỷ lệ lao động đã qua đào tạo …': trained, what they are, not a report)
_TRAINED = re.compile(r"đã(?=\s+qua\s+(?:đào tạo|sử dụng|chế biến|xử lý))", re.IGNORECASE)


def announced_reach(text: str, announced: re.Match[str]) -> int:
    """Where the targets announced in the paragraph end: at the first sentence after the
    announcement that reports ('… quyết nghị thông qua tổng thu ngân sách 10.367,700 tỷ đồng;
    …. Ước thực hiện cả năm là 11.580 tỷ đồng, …': from 'Ước' on, results), else its end."""
    for s in _SENTENCE_START.finditer(text, announced.end()):
        end = next(_SENTENCE_START.finditer(text, s.end()), None)
        said = _TRAINED.sub(_blank, text[s.end() : end.start() if end else len(text)])
        if _REPORTED.search(said):
            return s.end()
    return len(text)


def announces_targets(text: str) -> bool:
    """The paragraph announces targets and reports nothing after the announcement: the
    paragraphs after it that report nothing either go on listing targets ('Các chỉ tiêu … năm
    2024 là: …', then 'Cơ cấu kinh tế … chuyển dịch như sau: …')."""
    m = _announcement(_blank_spelled(text))
    # (from the space the announcement may end on: 'Kế hoạch năm 2030: đã thực hiện …')
    return m is not None and not _reported_after(text, m, max(0, m.end() - 1))


# ('… nhiều địa phương được đặt mục tiêu tăng trưởng GRDP từ 10% trở lên.', 'Các chỉ tiêu tăng
# trưởng của các ngành như sau:'): the targets announced are growths
_GROWTH_TARGETS = re.compile(
    r"(?:mục tiêu|chỉ tiêu)\s+(?:(?:về|tốc độ)\s+)*tăng trưởng\b", re.IGNORECASE
)


def announces_growth(text: str) -> bool:
    """The paragraph announces targets (`announces_targets`) and names them growths ('đặt mục
    tiêu tăng trưởng GRDP …'): the rates listed after it, each bare after its name, are growths
    to make."""
    m = _announcement(_blank_spelled(text))
    return m is not None and _GROWTH_TARGETS.search(text, m.start()) is not None


# 'Quảng Ninh: 12%', 'Hải Dương: 10,2%': a rate written bare after its name and a colon
_NAMED_RATE = re.compile(r"[^\W\d][^\W\d\s]*(?:\s+[^\W\d]+){0,5}\s*:\s*$")


def growth_floor(text: str, figure: Found) -> Found:
    """A rate an item of a list of growth targets writes bare after its name ('Quảng Ninh:
    12%') is a growth to make: at least that (a floor, the rule of round 6), where the item
    drafted it an exact level."""
    if (
        figure.plan_kind == "exact"
        and figure.plan is None
        and figure.unit in ("%", "%/năm")
        and _NAMED_RATE.search(text, max(0, figure.span[0] - 60), figure.span[0])
    ):
        return replace(figure, plan_kind="floor")
    return figure


def opens_targets(paragraphs: Sequence[str]) -> bool:
    """The last of the paragraphs before a run of headings announces targets and opens a list
    with its colon ('Các chỉ tiêu chủ yếu:' then '1. Về kinh tế:', '2. Về xã hội:'): the
    headings after it are the list's parts, headed by targets."""
    if not paragraphs:
        return False
    text = paragraphs[-1].rstrip()
    return text.endswith(":") and announces_targets(text)


def opens_results_against_plans(text: str) -> bool:
    """The paragraph opens a list (a colon at its end) by setting results against their plans
    ('có 10/17 chỉ tiêu đạt và vượt so với kế hoạch, …, cụ thể:', 'Các chỉ tiêu so với kế
    hoạch:'): its items are results, each written with its plan."""
    return text.rstrip().endswith(":") and (
        _TARGETS_MET.search(text) is not None or _COMPARED.search(text) is not None
    )


def heads_results(title: str) -> bool:
    """The heading says it reports ('Kết quả thực hiện …', 'Tình hình …') or reports itself."""
    return _REPORT_TITLE.search(title) is not None or reports(title)


# a paragraph that opens a list of norms ('…, mức hỗ trợ như sau:', 'Định mức chi cụ thể:'): the
# amounts its items give are what is paid per case, not targets
_NORMS_OPEN = re.compile(
    r"(?:^|\s)(?:mức|định mức)\s+(?:hỗ trợ|chi|thu|vay|phụ cấp|trợ cấp|khen thưởng|bồi thường)"
    r"(?:\s+[^\W\d]+){0,4}?\s*(?:như sau|cụ thể|gồm)?\s*:\s*$",
    re.IGNORECASE,
)
# an item of such a list: the case, a colon, what is paid ('Trồng trên đất nương rẫy: 12 triệu
# đồng/1 ha.')
_CASE_ITEM = re.compile(r"[^:;.!?]{2,120}:\s+\S")


def opens_norms(text: str) -> bool:
    """The paragraph ends by opening a list of norms (`_NORMS_OPEN`)."""
    return _NORMS_OPEN.search(text) is not None


def states_a_case(text: str) -> bool:
    """The paragraph reads as an item of a list of norms: a case and what applies to it."""
    return _CASE_ITEM.match(text) is not None


# a bound set on a share of a plan ('đạt tối thiểu 60% kế hoạch vốn'): a target, no result
_LEAST_OR_MOST = re.compile(
    r"(?:^|\s)(?:tối thi[ểế]u|ít nhất|không dưới|không thấp hơn|không quá|tối đa|≥|≤)(?=\s|\d)",
    re.I,
)


def lists_on(text: str) -> bool:
    """The paragraph may go on listing targets announced before it: it reports nothing
    (`reports`) and states a figure or opens a list (a colon at its end). A paragraph of prose
    with no figure ('Ông … chỉ đạo, thời gian tới, ngành cần …') ends the list: what follows it
    ('Nhân dịp này, 1 tập thể … được tặng bằng khen') is no item of it."""
    # ('1. Phấn đấu giải ngân 100% kế hoạch vốn được giao.': a share of a plan striven for, no
    # result set against it)
    strives = _STRIVE.search(text) or _LEAST_OR_MOST.search(text)
    said = _COMPARED.sub(_blank, text) if strives else text
    return not reports(said) and (re.search(r"\d", text) is not None or text.rstrip().endswith(":"))


# ('chi ngân sách trung ương là 1.809.056 tỷ đồng, đã bao gồm dự toán 238.421 tỷ đồng …'): what
# an amount already includes, said of a plan as of a result, no report of what was done
_INCLUDED = re.compile(r"(?:^|(?<=\s))đã(?=\s+(?:bao gồm|gồm cả|tính cả|tính đến|tính)\s)", re.I)


# 'Thành tựu kinh tế xã hội huyện … năm 2020:', '… xã Giồng Riềng đạt nhiều kết quả nổi bật như,
# …', 'Kết quả đạt được:': results named as such, what was achieved
_RESULTS_NAMED = re.compile(
    # ('Thành tựu' opening its sentence: not 'phát huy những thành tựu đạt được, phấn đấu …')
    r"(?:^|[.;]\s+)(?:(?:những|các)\s+)?thành tựu"
    r"|(?:^|\s)(?:(?:đạt|đạt được|giành được|có)\s+(?:nhiều|những|một số)\s+kết quả"
    r"|kết quả\s+(?:nổi bật|đạt được|quan trọng đạt được))(?=[\s,.;:]|$)",
    re.IGNORECASE,
)


def names_results(text: str) -> bool:
    """The paragraph names what it gives as results achieved (`_RESULTS_NAMED`): 'Thành tựu
    … năm 2020:' opening a list, 'Nhiệm kỳ 2020-2025, xã … đạt nhiều kết quả nổi bật như, …'."""
    return _RESULTS_NAMED.search(text) is not None


def reports(text: str) -> bool:
    """The paragraph reports what was done ('ước', 'đã', 'so với cùng kỳ', results named as
    such: 'đạt nhiều kết quả nổi bật'), or says targets were met ('có 14/15 chỉ tiêu đạt và
    vượt') or sets a result against one ('đạt 100% kế hoạch', 'so với kế hoạch'): results, not
    a list of targets."""
    return (
        names_results(text)
        or _REPORTED.search(_INCLUDED.sub(_blank, text)) is not None
        or _TARGETS_MET.search(text) is not None
        or _COMPARED.search(text) is not None
    )


# a year named as a time ('năm 2024', 'cuối năm 2025'); one after 'đến'/'tới' looks forward
_YEAR_NAMED = re.compile(
    r"(?:^|\s)((?:đến|tới)\s+(?:cuối\s+|hết\s+)?)?năm\s+((?:19|20)\d\d)(?!\d)", re.I
)


# a title that reports ('KẾT QUẢ THỰC HIỆN NĂM 2024', 'Tình hình kinh tế - xã hội năm 2024')
# (not the means or the steps of doing it: 'Kinh phí thực hiện', 'Tổ chức thực hiện', 'Lộ trình
# thực hiện', parts of a plan)
_REPORT_TITLE = re.compile(
    r"\b(?:kết quả|đánh giá|(?<!kinh phí )(?<!tổ chức )(?<!lộ trình )(?<!nguồn vốn )(?<!giải pháp )"
    r"thực hiện|tình hình|đạt được|sơ kết|tổng kết|báo cáo)\b",
    re.I,
)
# 'so với cùng kỳ năm 2023': the base of a comparison, a year before the one reported
_BASE_YEAR = re.compile(r"so(?:\s+với)?(?:\s+cùng kỳ)?\s+năm\s+$", re.I)


# the first months of a year ('3 tháng đầu năm 2019', '9 tháng năm 2024'): what a sentence counts
# for them is done, whatever its words, and the year is one the document reports on (not '6
# tháng cuối năm', nor the span of a plan or a task: 'kế hoạch 6 tháng đầu năm 2026')
_ELAPSED = re.compile(
    r"(?<![\w/])\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm\s+|/)((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_PLANNED_SPAN = re.compile(
    r"(?:kế hoạch|nhiệm vụ|phương hướng|dự kiến|phấn đấu|đến|tới)\s*$", re.IGNORECASE
)


def reported_year(texts: list[str], dated: str = "", titles: list[str] | None = None) -> int | None:
    """The year a document reports on: its date's, else the latest year named (not as a horizon,
    'đến năm 2030'; a comparison's base, 'so với cùng kỳ năm 2023', counts a year later) in a
    paragraph that reports what was done or a title that says it reports, or the year of months
    gone by (`_ELAPSED`) anywhere; None if none does."""
    if re.match(r"(?:19|20)\d\d-", dated):
        return int(dated[:4])
    years: list[int] = []
    for t in texts:
        years.extend(
            int(y.group(1))
            for y in _ELAPSED.finditer(t)
            if not _PLANNED_SPAN.search(t, max(0, y.start() - 30), y.start())
        )
        if not _REPORTED.search(t):
            continue
        for y in _YEAR_NAMED.finditer(t):
            if not y.group(1):
                years.append(int(y.group(2)) + bool(_BASE_YEAR.search(t, 0, y.start(2))))
    for t in titles or []:
        head = re.split(r"\s(?:và|,)\s", t)[0]  # not '… và phương hướng, nhiệm vụ năm 2025'
        if _REPORT_TITLE.search(head):
            years.extend(int(y.group(2)) for y in _YEAR_NAMED.finditer(head) if not y.group(1))
    return max(years, default=None)


# a horizon a heading looks to ('Đến năm 2030', 'Định hướng đến năm 2035', 'Giai đoạn 2026 -
# 2030'): the year it ends on
_HORIZON = re.compile(
    r"(?:(?:đến|tới)\s+(?:cuối\s+|hết\s+)?năm\s+|giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*)"
    r"((?:19|20)\d\d)(?!\d)",
    re.I,
)


def heads_horizon(title: str, reported: int | None) -> bool:
    """The heading looks to a horizon (`_HORIZON`) after the year the document reports on (any,
    when it reports on none) and does not say it reports ('Kết quả giai đoạn 2021-2025')."""
    years = [int(m.group(1)) for m in _HORIZON.finditer(title)]
    return (
        bool(years)
        and (reported is None or max(years) > reported)
        and not heads_results(title)
        and not _REQUEST.search(title)
    )


# ('Về kiến nghị bổ sung … giai đoạn 2026-2030, khoảng 16.750 tỷ đồng'): what is asked for
_REQUEST = re.compile(r"\b(?:kiến nghị|đề nghị|đề xuất)\b", re.I)


# a time said right after the figure ('… xuống dưới 2% vào năm 2026', '… 120 triệu đồng đến năm
# 2030'), its year
_YEAR_AFTER = re.compile(
    r"[^\W\d]*(?:\s*/\s*[^\W\d]+)*\s*,?\s*(?:vào|đến|tới|trong)\s+(?:cuối\s+|hết\s+)?năm\s+"
    r"((?:19|20)\d\d)(?!\d)",
    re.I,
)
# a bound said with the figure that a result is not written with: 'trở lên' after it ('đạt
# 70% trở lên'), 'xuống dưới'/'còn dưới' before it ('giảm tỷ lệ hộ nghèo xuống dưới 2%')
_BOUND_BEFORE = re.compile(r"(?:^|\s)(?:xuống|xuống còn|giảm còn)\s+dưới\s*$", re.I)


# 'Mốc triển khai: tháng 6 (10,5%), tháng 9 (14,9%), tháng 12 (57,5%)', 'Lộ trình thực hiện: …':
# the milestones of a schedule, named run-in at the head of their sentence, each a target
_MILESTONES_RUN_IN = re.compile(r"\s*(?:các\s+)?(?:mốc|lộ trình)(?:\s+[^\W\d]+){0,3}\s*:", re.I)


def targeted_by_wording(text: str, start: int, end: int, reported: int | None) -> bool:
    """The figure at ``start``-``end`` is stated as a target by its own wording, whatever the
    heading: a time after it later than the year reported ('… 2% vào năm 2026'), or a bound
    only a target is written with (`_FLOOR_AFTER`, `_BOUND_BEFORE`), or a sentence that names
    milestones (`_MILESTONES_RUN_IN`), in a sentence that reports nothing ('ước', 'đã', 'cùng
    kỳ')."""
    sentence = _sentence_start(text, start)
    if _REPORTED.search(text, sentence, start):
        return False
    after = _YEAR_AFTER.match(text, end)
    forward = after is not None and reported is not None and int(after.group(1)) > reported
    return (
        forward
        or (
            (_FLOOR_AFTER.match(text, end) or _SHARE_BOUND_AFTER.match(text, end)) is not None
            # ('nếu có từ 02 địa phương trở lên …', 'người từ 15 tuổi trở lên'): a condition's
            # range, not a target
            and not re.search(r"(?:^|\s)từ\s*$", text[sentence:start])
        )
        or _BOUND_BEFORE.search(text, sentence, start) is not None
        or _MILESTONES_RUN_IN.match(text, sentence) is not None
    )


def looks_forward(text: str, at: int, reported: int | None) -> bool:
    """The sentence up to ``at`` names a year later than the one the document reports on
    ('Năm 2025, toàn ngành …', 'Đến năm 2030, tỷ lệ đô thị hóa đạt 45%') and reports nothing
    itself: what it says of that year is planned. A document that reports on no year (news of a
    plan: 'Theo quy hoạch, đến năm 2025, du lịch tạo ra khoảng 6,3 triệu việc làm') plans what a
    sentence says of a horizon it looks to ('đến năm 2025')."""
    start = 0
    for s in _SENTENCE_START.finditer(text, 0, at):
        start = s.end()
    sentence = text[start:at]
    if reported is None:
        return not _REPORTED.search(sentence) and _PLAIN_HORIZON.search(sentence) is not None
    return not _REPORTED.search(sentence) and any(
        int(y.group(2)) > reported for y in _YEAR_NAMED.finditer(sentence)
    )


# 'đến năm 2025' (not a status as of a time, 'đến cuối năm 2019', 'đến hết năm 2017', 'lũy kế
# đến năm 2021', 'tính đến năm …': what is, counted up to then)
_PLAIN_HORIZON = re.compile(
    r"(?:^|\s)(?<!lũy kế )(?<!luỹ kế )(?<!tính )(?:đến|tới)\s+năm\s+(?:19|20)\d\d(?!\d)", re.I
)


# "850 triệu USD, kế hoạch năm là 1.000 triệu USD", "đạt 7,2% (mục tiêu 7,5%)", "85 xã, chỉ tiêu
# 90 xã", "3.200 tỷ đồng so với kế hoạch 4.000 tỷ đồng": the target written after the figure
_TARGET_BEFORE = re.compile(
    r"(?:^|[\s(,;/])(?<!vượt )(?:so với\s+|so\s+)?"
    + _PLAN_NOUN_OR_KH
    # ('đạt 86,7% dự toán năm 2020 được Trung ương giao là 405.000 tỷ đồng': its year)
    + r"(?:\s+(?:năm|quý|tháng)\s+[\dIV/]+)?"
    r"(?:\s+(?!(?:và|tăng|giảm|đạt|vượt|bằng|so|với|cùng|kỳ|trong|của|là)\b)[^\W\d]+){0,4}?"
    r"\s*(?:là|:)?\s*$"
)


# "giảm dự toán vốn trái phiếu 14.033,795 tỷ đồng, đồng thời tăng dự toán vốn ngoài nước
# 14.033,795 tỷ đồng": a budget acted on is what changes, not the target of the figure before
_CHANGED = re.compile(r"(?:^|\s)(?:tăng|giảm|bổ sung|điều chỉnh|cắt giảm|tăng thêm)\s*$")


# "chi ngân sách trung ương là 1.809.056 tỷ đồng, đã bao gồm dự toán 238.421 tỷ đồng để bổ
# sung …": what follows 'bao gồm', 'gồm', 'trong đó' is a part of the figure, not its plan
_PARTS_OPEN = re.compile(r"(?:^|[\s,(])(?:bao gồm|gồm|gồm có|trong đó)(?!\w)", re.IGNORECASE)
_TARGET_WORD = re.compile(r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|KH")


def _named_alike(text: str, actual: Found, said: str) -> bool:
    """'dự toán 238.421 tỷ đồng để bổ sung …, dự toán 187.175 tỷ đồng bổ sung …': the figure
    before is named by the same word of target as the one after, two items of one list of
    estimates, neither the other's plan."""
    word = _TARGET_WORD.search(said)
    if word is None:
        return False
    before = text[max(0, actual.span[0] - 30) : actual.span[0]]
    return re.search(rf"(?:^|\s){word.group(0)}\s*(?:là|:)?\s*$", before) is not None


def _own_bracket(text: str, f: Found) -> bool:
    """'tăng 6,47% (kế hoạch 9,05%)': the figure is a target in a bracket of its own."""
    opening = _TARGET_BRACKET.search(text, max(0, f.span[0] - 60), f.span[0])
    return opening is not None and opening.end() == f.span[0]


def _targets_after(text: str, found: list[Found]) -> list[Found]:
    """A figure written after its actual in the same sentence and named as its target ('kế
    hoạch', 'dự toán', 'chỉ tiêu', 'mục tiêu', in the same unit) is that figure's plan (a
    floor), not a figure of its own; one in a bracket of its own ('(kế hoạch 9,05%)') is both,
    see `_bracket_targets`."""
    out: list[Found] = []
    for f in found:
        actual = next((g for g in reversed(out) if g.unit == f.unit and f.unit is not None), None)
        gap = text[out[-1].span[1] if out else 0 : f.span[0]]
        if (
            actual is not None
            and actual.plan is None
            and isinstance(actual.value, Decimal)
            and isinstance(f.value, Decimal)
            and not re.search(r"[.;!?](?:\s|$)", text[actual.span[1] : f.span[0]])
            and (said := _TARGET_BEFORE.search(gap))
            and not _CHANGED.search(gap, 0, said.start() + 1)
            and not _own_bracket(text, f)
            and not _PARTS_OPEN.search(gap, 0, said.start() + 1)
            and not _named_alike(text, actual, said.group(0))
        ):
            note = later(
                N_("plan {plan} read from '{text}'"),
                plan=f.value,
                text=gap.strip(" ,(") + " " + f.text,
            )
            out[out.index(actual)] = replace(
                actual,
                plan=f.value,
                # a growth or a rate to reach at least, a level's plan exact (round 6's rule)
                plan_kind="floor" if f.unit in ("%", "%/năm", *_POINT_UNITS) else "exact",
                plan_span=f.span,
                review=(*actual.review, note),
            )
            continue
        out.append(f)
    return out


# "(mục tiêu tăng 8,0-9,0%)", "(kế hoạch: 9%)": a target written in a bracket of its own
# "(NQ tăng 9,24%)", "(NQ cả năm 88.591 tỷ đồng)", "(dự toán 1.200 tỷ đồng)": the resolution
# (NQ, Nghị quyết) or the estimate (dự toán, DT) that set the target, named by its abbreviation
# "(Chính phủ giao 2,5 - 2,8%)", "(tỉnh giao 95%)": a target named by whoever assigned it
_TARGET_BRACKET = re.compile(
    # ('(gần đạt Kế hoạch đề ra, tăng từ 7,5 - 8%)': the plan a result nearly reached, said in
    # the bracket after it)
    r"\(\s*(?:(?:(?:gần|chưa|không)\s+)?(?:đạt|vượt)\s+)?"
    r"(?:(?:mục tiêu|kế hoạch|chỉ tiêu|KH|NQ|Nghị quyết|dự toán|DT)"
    r"(?:\s+(?:kế hoạch|năm \d{4}|đề ra|cả năm|năm|giao))?"
    r"|(?:[^\W\d]+\s+){1,4}?giao(?:\s+năm \d{4})?)\s*"
    r"(?:(?:là|:|,)\s*){0,2}(?:tăng|giảm|đạt)?\s*(?:khoảng|từ|dưới|trên|tối đa|tối thiểu)?\s*$"
    # 'thấp hơn kế hoạch (7,5%)', 'so với chỉ tiêu Nghị quyết (4.000 tỷ đồng)', 'đạt 122,5% kế
    # hoạch năm (2.000 lao động)': the plan named right before the bracket, its value inside
    r"|(?<![\w(])(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|Nghị quyết|NQ|KH)"
    # ('đạt 70,5% chỉ tiêu Tổng cục Hải quan giao (71.000 tỷ đồng)': named by who set it;
    # 'đạt 97,1% kế hoạch đầu tư vốn được Thủ tướng Chính phủ giao (478.020,733 tỷ đồng)',
    # 'đạt 68,05% so với chỉ tiêu giao của Bộ Tài chính và Tổng cục Hải quan (5.250 tỷ đồng)')
    r"(?:\s+(?!(?:so|với|là)\b)[^\W\d]+){0,10}\s*\(\s*$",
    re.IGNORECASE,
)


# "Thu ngân sách: kế hoạch giao 384 tỷ đồng; ước thực hiện 213,7 tỷ đồng": a plan written as a
# figure of its own, before the result
_PLAN_BEFORE = re.compile(
    r"(?:^|[\s:,;(])(?:kế hoạch|KH|dự toán|chỉ tiêu)(?:\s+(?:năm|quý|tháng)\s+\d{1,4})?"
    r"(?:\s+(?:được\s+)?(?:(?:[^\W\d]+\s+){0,3}giao|đề ra|là))?\s*:?\s*$",
    re.IGNORECASE,
)
# ('đến nay đã giải quyết việc làm cho 1.350 lao động': 'đã', done)
_DONE_BEFORE = re.compile(r"(?:^|\s)(?:thực hiện|ước|đạt|hoàn thành|làm được|đã)(?=\s)", re.I)
_PLAN_WORDS = re.compile(r"[:\s,]*\b(?:kế hoạch|KH|dự toán|chỉ tiêu)\b.*$", re.IGNORECASE)


def _plans_before(text: str, found: list[Found]) -> list[Found]:
    """'Kế hoạch năm 2024 giao 120 km đường giao thông nông thôn. Đến nay đã thực hiện 96 km':
    a plan written before its result, as a figure of its own, is the plan of the next figure in
    its unit that the text says was done ('thực hiện', 'ước', 'đạt'); the plan keeps its figure,
    named '… (kế hoạch)', and the result takes the subject the plan was written with."""
    out = list(found)
    for i, plan in enumerate(out):
        cue = _PLAN_BEFORE.search(text, max(0, plan.span[0] - 60), plan.span[0])
        if cue is None or cue.end() != plan.span[0] or isinstance(plan.value, tuple):
            continue
        j = next((k for k in range(i + 1, len(out)) if out[k].unit == plan.unit), None)
        if j is None:
            continue
        result = out[j]
        before = text[out[j - 1].span[1] : result.span[0]]
        if (
            result.plan is not None
            or not _DONE_BEFORE.search(before)
            or _PLAN_BEFORE.search(text, max(0, result.span[0] - 60), result.span[0])
        ):
            continue
        subject = _PLAN_WORDS.sub("", plan.label).strip(" :,")
        of = re.match(r"\s+([^\W\d][^,;.()\d]{2,50}?)(?=\s*[,;.()]|$)", text[plan.span[1] :])
        if not subject and of and _nwords(of.group(1)) <= 6:
            subject = of.group(1)[:1].upper() + of.group(1)[1:]  # 'giao 120 km đường …'
        note = later(N_("plan taken from '{text}' before it"), text=plan.text)
        label = result.label
        if subject and (label == plan.label or re.search(r"kế hoạch|đã|ước", label, re.I)):
            label = subject  # 'Thu ngân sách', not 'Thu ngân sách: kế hoạch giao'
        out[j] = replace(
            result, label=label, plan=plan.value, plan_kind="floor", review=(*result.review, note)
        )
        if subject:
            out[i] = replace(plan, label=f"{subject} (kế hoạch)")
            for k in range(j + 1, len(out)):  # 'đạt 55,6% kế hoạch' after it, named alike
                if _sentence_start(text, out[k].span[0]) != _sentence_start(text, result.span[0]):
                    break
                for old in (plan.label, result.label):
                    if old and old != label and out[k].label.startswith(old):
                        out[k] = replace(out[k], label=f"{label}{out[k].label[len(old) :]}")
                        break
    return out


def _stated_targets(text: str, found: list[Found]) -> list[Found]:
    """'Phát triển 1.500 hội viên mới; … Kết quả Hội đã phát triển 1.757/1.500 hội viên mới':
    a count that comes back later in its paragraph as the plan of a result in the same noun
    ('căn nhà' and 'nhà' alike, a classifier dropped) was that target, stated before it: the
    count itself is planned, exactly (not one its own sentence reports: 'Năm 2023 đã kết nạp 200
    hội viên')."""
    out = list(found)
    for i, f in enumerate(out):
        if f.plan is not None or f.plan_kind is not None or not isinstance(f.value, Decimal):
            continue
        if _REPORTED.search(text, _sentence_start(text, f.span[0]), f.span[0]):
            continue
        if f.unit is None or f.unit in ("%", "%/năm", "chỉ tiêu", "mục tiêu"):
            continue
        if any(
            g.plan == f.value
            and g.unit is not None
            and g.unit.split()[-1] == f.unit.split()[-1]
            and g.plan_span is None  # the plan after a slash, no figure of its own
            for g in out[i + 1 :]
        ):
            out[i] = replace(f, plan_kind="exact")
    return out


_PLAN_WORD = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|[Nn]ghị quyết", re.IGNORECASE)


def _in_bracket(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _bracket_targets(text: str, found: list[Found]) -> list[Found]:
    """'GRDP ước tăng 9,54% ... Mức tăng này cao hơn ... mục tiêu kế hoạch đề ra (mục tiêu tăng
    8,0-9,0%)': a target in a bracket of its own is the plan of the nearest result before it in
    the paragraph with its unit (not one in a bracket: '(ước tăng 8%)' of the country), and is
    named after that result ('Tổng sản phẩm (GRDP): mục tiêu tăng')."""
    out = list(found)
    for i, f in enumerate(out):
        opening = _TARGET_BRACKET.search(text, max(0, f.span[0] - 60), f.span[0])
        if opening is None or opening.end() != f.span[0] or f.plan is not None:
            # ('đạt 45,7% dự toán năm (344/766 tỷ đồng)': a result over its plan in the
            # bracket, the plan after its slash, no target of the figure before)
            continue
        result = next(
            (
                j
                for j in range(i - 1, -1, -1)
                if out[j].unit == f.unit
                and out[j].plan is None
                and (out[j].plan_kind is None or _PLAN.match(text, out[j].span[1]))
                and not _in_bracket(text, out[j].span[0])
            ),
            None,
        )
        if result is None:
            continue
        actual = out[result]
        # a growth or a rate to reach is a floor, a level ('NQ cả năm 88.591 tỷ đồng') the
        # amount itself (the rule of round 6), unless the bracket's own words bound it
        if isinstance(f.value, tuple):
            kind = "range"
        elif f.plan_kind in ("floor", "ceiling"):
            kind = f.plan_kind
        else:
            kind = "floor" if f.unit in ("%", "%/năm", *_POINT_UNITS) else "exact"
        note = later(
            N_("plan taken from '{text}' after it"),
            text=text[opening.start() : f.span[1]].lstrip("( "),
        )
        out[result] = replace(actual, plan=f.value, plan_kind=kind, review=(*actual.review, note))
        said = re.sub(r"\s+", " ", text[opening.start() : f.span[0]]).strip(" :(")
        said = re.sub(r"(?:\s+(?:là|khoảng|từ))+$", "", said)
        said = re.sub(r"^KH\b", "kế hoạch", said)  # 'KH là 7 tỷ USD': said in full
        if _nwords(said) > 6 and (plan := _PLAN_WORD.search(said)):
            # 'kế hoạch đầu tư vốn được Thủ tướng Chính phủ giao': the plan and that it was
            # assigned, short enough to name a target
            said = plan.group(0) + (" giao" if re.search(r"\bgiao\b", said) else "")
        subject = subject_of(actual.label)
        whole = _subject(text, _sentence_start(text, actual.span[0]), actual.span[0])
        whole = re.split(r":\s", whole)[-1]  # not the list's opening ('gồm: …')
        if whole and whole.lower().endswith(subject.lower()) and whole != subject:
            # 'Tổng mức bán lẻ hàng hóa', shortened in the result's change
            subject = whole[:1].upper() + whole[1:]
        # 'NQ tăng' keeps its abbreviation, 'Chính phủ giao' the name of who assigned it
        if not re.match(r"[A-ZĐ]{2}", said) and not said.endswith("giao"):
            said = f"{said[:1].lower()}{said[1:]}"
        # who assigned it qualifies the result's name, decided by the label rules
        label = assigned_target_name(f.label, subject, said)
        label = label or f"{fit(subject, LABEL_WORDS - _nwords(said))}: {said}"
        out[i] = replace(f, label=label, plan_kind=kind)
    return out


# 'đạt 101% nghị quyết', 'trên 100% kế hoạch', '95%NQ': a share of a plan reached, a result,
# unless the clause strives for it ('phấn đấu hoàn thành 100% kế hoạch')
_ATTAINED = re.compile(
    r"\s*(?:so(?:\s+với)?\s+)?(?:kế hoạch|KH|NQ|[Nn]ghị quyết|dự toán|DT|chỉ tiêu)(?!\w)"
)
_ATTAIN_BEFORE = re.compile(
    r"(?:^|\s)(?:đạt|vượt|hoàn thành|thực hiện)(?:\s+được)?[\s,]*"
    r"(?:(?:trên|hơn|gần|khoảng|xấp xỉ)\s*)?$",
    re.I,
)
# 'Tổng thu ngân sách … đạt 100% chỉ tiêu trở lên': a share of its plan with the bound only a
# target is written with, after the plan's name, a floor to reach (no result is 'trở lên')
_SHARE_BOUND_AFTER = re.compile(_ATTAINED.pattern + r"(?:\s+[^\W\d]+){0,3}?\s+trở lên\b")
# ', đạt 84% chỉ tiêu được giao', ', bằng 90,3% kế hoạch': the share of its plan a result
# comes to, said right after it (one figure's own clause; mood.py's against_plans is a list's
# items each written over its plan, '76,4/140 tỷ đồng', opened by opens_results_against_plans)
_SET_AGAINST_PLAN = re.compile(
    r"\s*,\s*(?:ước\s+)?(?:đạt|bằng)\s+(?:khoảng\s+)?\d+(?:,\d+)?\s*%\s*(?:so\s+(?:với\s+)?)?"
    r"(?:kế hoạch|KH|dự toán|chỉ tiêu)(?!\w)",
    re.IGNORECASE,
)
_STRIVE = re.compile(
    r"(?:^|\s)(?:phấn đấu|phân đầu|(?<!đã )quyết tâm|mục tiêu|phải|cần)(?=\s)", re.I
)


# a clause that is only a later year and the level for it: '; đến năm 2025 đạt khoảng ', ' và
# đến năm 2030 đạt khoảng '
_LATER_YEAR_LEVEL = re.compile(
    r"(?:;|,|\svà)\s*(?:đến|tới|vào)\s+(?:cuối\s+)?năm\s+(?:19|20)\d\d\s*,?\s*(?:đạt|là)?\s*"
    r"(?:khoảng|xấp xỉ)\s*$",
    re.IGNORECASE,
)


# a plan (a budget) named as its subject, then who assigned it, and the amount: '(Tổng) kế hoạch
# … (đã) được Thủ tướng Chính phủ giao (đầu năm, bổ sung) là', and the parts it is made of after
# it ('…, trong đó vốn … là', '(bao gồm: vốn … là')
_ASSIGNED_PLAN = re.compile(
    r"(?:^|[\s(])(?:[Tt]ổng\s+)?(?:[Kk]ế hoạch|[Dd]ự toán)(?:\s+[^\W\d]+){0,14}?"
    r"(?:\s+(?:19|20)\d\d(?:\s+[^\W\d]+){0,6}?)?\s+(?:đã\s+)?được(?:\s+[^\W\d]+){0,6}?\s+giao"
    r"(?:\s+(?:đầu năm|bổ sung|tăng))?\s+là\s+(?:[^;]*?"
    r"(?:,\s*trong đó|\(\s*bao gồm\s*:?|\svà)\s+(?:[^\s\d]+\s+){1,10}?là\s*)?$"
)
# ('Trong đó, số kế hoạch vốn giao bổ sung sau ngày 30/9/2025 … là', 'Như vậy, tổng kế hoạch
# giao năm 2025 đến thời điểm báo cáo (kế hoạch Thủ tướng Chính phủ giao, …) là'): a plan named
# as its subject by what was assigned, 'giao' with no 'được', then the amount, where nothing
# between says it was done ('đã', 'ước', 'đạt', 'giải ngân')
_PLAN_ASSIGNED_IS = re.compile(
    r"(?:^|[\s(])(?:[Tt]ổng\s+|[Ss]ố\s+)?[Kk]ế hoạch(?:\s+vốn)?"
    # ('giao' alone, the verb: not 'giao thông', 'giao dịch', 'giao đất', 'bàn giao')
    r"(?:\s+(?!(?:đã|ước|đạt|giải ngân)\b)[^\s;:.]+){0,20}?\s+(?<!bàn\s)(?<!chuyển\s)giao"
    r"(?!\s+(?:thông|dịch|đất|rừng|tiếp|lưu|thương|hữu|hàng|nhận|kết|khoán|ban)(?!\w))"
    r"(?:\s+(?!(?:đã|ước|đạt|giải ngân)\b)[^\s;:.]+){0,20}?\s+là\s*$"
)
# the units of a count of tasks ('42 nhiệm vụ', '22 việc')
_TASK_UNITS = ("nhiệm vụ", "việc", "công việc")
_MONEY_UNITS = ("tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "tỷ USD", "triệu USD")


# the milestones of a schedule opened by a colon ('theo các mốc tiến độ:', 'theo lộ trình:')
_MILESTONES = re.compile(r"(?:^|\s)(?:với|theo)\s+(?:các|những)\s+(?:mốc|lộ trình)\b[^.;:]{0,60}:")


def _with_kind(text: str, m: re.Match[str], figure: Found, target: bool) -> Found:
    """The kind of the figure's plan, or of the figure itself when the text states it as a
    target: a bound written before it ('dưới' ceiling, 'trên'/'tối thiểu' floor, 'trở lên'
    after it), a range, 'phấn đấu'/'đạt' (floor), else an exact target ('dự toán')."""
    if figure.plan is not None:
        if figure.plan_kind is not None:
            return figure  # set where the plan was read ('71/70 hội viên …': exact)
        return replace(figure, plan_kind="range" if isinstance(figure.plan, tuple) else "floor")
    excess = _EXCESS.match(text, figure.span[1]) or _EXCESS_AFTER.match(text, figure.span[1])
    if excess and figure.unit == "%" and not isinstance(figure.value, tuple):
        by = parse_number(excess.group("by"))
        plan = figure.value - by if excess.group("verb") != "thấp hơn" else figure.value + by
        note = later(
            N_("plan {plan}% worked out from '{text}'"),
            plan=plan,
            text=excess.group(0).strip(" ("),
        )
        return replace(figure, plan=plan, plan_kind="floor", review=(*figure.review, note))
    if figure.unit in ("chỉ tiêu", "mục tiêu", *_TASK_UNITS):
        # 'Đại hội đề ra 15 chỉ tiêu', '27 chỉ tiêu … đạt và vượt kế hoạch': how many targets
        # are set or met, a count of them, no target itself; so are the tasks counted by what
        # became of them ('có 22 nhiệm vụ hoàn thành; … 02 nhiệm vụ đang thực hiện quá hạn',
        # '10 nhiệm vụ là công việc chỉ đạo, điều hành thường xuyên, 11 nhiệm vụ chưa đến thời
        # hạn'): a report on the work assigned (the set's 15 counts of tasks, none a target)
        return figure
    sentence = 0
    for s in _SENTENCE_START.finditer(text, 0, m.start()):
        sentence = s.end()
    before = text[sentence : m.start()]
    clause = re.split(r"[;:]\s|,\s(?=trong đó)|\(", before)[-1]
    if _FROM_LEVEL.search(before) and _TO_LEVEL.match(text, figure.span[1]):
        return figure  # 'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ': 28 is where it starts
    if figure.label.startswith(f"Số {figure.unit}") and _DONE_AFTER.match(text, figure.span[1]):
        return figure  # '17 hiệp định thương mại tự do (FTA) đã ký kết': what is done, a fact
    if _NATURAL_AREA.search(clause):
        return figure  # 'có diện tích tự nhiên là 39.020 ha': the land as it is
    if figure.unit in _PLACE_UNITS and _MADE_OF.search(before):
        return figure  # 'Vùng I: Bao gồm 8 xã vùng thấp …': what a zone is made of, what is
    if _BEYOND.search(before) and (target or _sets_targets(before)):
        return replace(figure, plan_kind="floor")
    if (
        _ASSIGNED_PLAN.search(before) or _PLAN_ASSIGNED_IS.search(before)
    ) and figure.unit in _MONEY_UNITS:
        # 'tổng kế hoạch đầu tư công năm 2025 … được Thủ tướng Chính phủ giao là 118.948 tỷ
        # đồng, trong đó vốn ngân sách trung ương là 15.299 tỷ đồng …': the plan as assigned
        # (its parts too), a level, whatever the tense of its assigning
        return replace(figure, plan_kind="exact")
    named = _NAMED_TARGET.search(before) is not None
    # ('Tổng vốn đầu tư … tăng 9-10%/năm với tổng vốn đầu tư … giai đoạn 2021-2025 ước đạt
    # 260-270 nghìn tỷ đồng' in a list of targets): a range estimated among targets is the
    # range the plan foresees, no result (a result is one number)
    foreseen = target and isinstance(figure.value, tuple)
    # ('… đạt được các chỉ tiêu chủ yếu: Lượng khách du lịch đến năm 2025 ước đạt 200 nghìn
    # người, doanh thu du lịch đến năm 2025 đạt 112,5 tỷ đồng'): among targets, an estimate of
    # the horizon they look to is what the plan foresees for it, no result
    forecast = target and _PLAIN_HORIZON.search(clause) is not None
    if (
        not target
        and _SET_AGAINST_PLAN.match(text, figure.span[1])
        and not _STRIVE.search(clause)
        and not _STRIVE_TO_REACH.search(before)
    ):
        # 'Dự kiến đến hết tháng 12/2020, đơn vị sẽ thu 3.341 tỷ đồng, đạt 84% chỉ tiêu được
        # giao', '… dự kiến giải ngân 23.785 tỷ đồng, đạt 90,3% kế hoạch': a result (foreseen)
        # set against its plan, no target (not one striven for: 'phấn đấu thu …, bằng 110%
        # dự toán')
        return figure
    if (
        not named
        and not foreseen
        and (
            (_ACTUAL.search(clause) and not forecast)
            or _COMPARED.search(clause)
            or (_DONE_NUMBER.search(clause) and not _STRIVE.search(clause))
            or (
                figure.unit == "%"
                and _ATTAINED.match(text, figure.span[1])
                and not _SHARE_BOUND_AFTER.match(text, figure.span[1])
                and _ATTAIN_BEFORE.search(before)
                and not _STRIVE.search(clause)
                # ('theo các mốc tiến độ: đến ngày 30/4/2025 giải ngân đạt 10% kế hoạch; …': the
                # share of its plan a schedule sets, a target)
                and not _MILESTONES.search(text, 0, m.start())
            )
            or _BY_MORE.search(before)
            or _DONE_HERE.search(re.split(r",\s", clause)[-1])
        )
    ):
        return figure
    # 'ít nhất vào năm 2025 đạt 40%': the bound, read through the time and the verb after it
    bound = _TIME_AND_VERB.sub("", before)
    if _HARD_CEILING.search(before) or _HARD_CEILING.search(bound):
        return replace(figure, plan_kind="ceiling")
    if _HARD_FLOOR.search(before) or _HARD_FLOOR.search(bound):
        return replace(figure, plan_kind="floor")
    # ('khoảng 2,3 triệu hộ kinh doanh không phải nộp thuế': no duty, its negation; 'chiếm 4,02%
    # so với số phải thu': the amount due, a noun)
    planned_after = re.match(
        r"\s*(?:[^\W\d]+\s+){0,3}?(?:(?<!không )" + _DUTY + r"|cần|sẽ)\s",
        text[figure.span[1] :],
    )
    # ('Dự kiến tổng thu … khoảng 1,4 triệu tỷ đồng, trong đó, thu nội địa trên 1,3 triệu tỷ
    # đồng, chiếm trên 90%', '… dự kiến … cần huy động khoảng 3,1-3,2 triệu tỷ đồng; trong đó,
    # vốn đầu tư khu vực nhà nước khoảng 30-31%, …'): the parts of an amount foreseen are
    # foreseen with it (the set's five, all targets)
    foreseen_whole = _PARTS_OF.match(clause) and _EXPECTED.search(before)
    expected = (_EXPECTED.search(clause) or foreseen_whole) and not re.search(
        r"\s(?:đạt và vượt|hoàn thành)\s", text[figure.span[1] : figure.span[1] + 40]
    )
    # ('ra mắt được 387 CLB, nâng tổng số lên 900 CLB': a total raised by what was just counted
    # is the total reached, a result)
    adjusted = (
        _ADJUSTED_TO.search(clause)
        and not _DONE_HERE.search(clause.lower())
        and not _TOTAL_RAISED.search(clause)
    )
    # '(kế hoạch 88.600 tỷ đồng)': a target in a bracket of its own, whether or not a result in
    # its unit comes before it (`_bracket_targets` makes it that result's plan)
    opening = _TARGET_BRACKET.search(text, max(0, m.start() - 60), m.start())
    bracketed = opening is not None and opening.end() == m.start()
    if opening is not None and bracketed:
        # its kind is what the bracket and the plan's name say ('(mục tiêu trên 8%)'), not the
        # sentence around it ('đạt 69,5% chỉ tiêu UBND giao phấn đấu (63.000 tỷ đồng)': the
        # plan, a level, exact): a growth or a rate a floor, a level exact (the rule of round 6)
        named_as = text[opening.start() : m.start()]
        if isinstance(figure.value, tuple):
            kind = "range"
        elif _CEILING.search(named_as):
            kind = "ceiling"
        elif _FLOOR.search(named_as) or _FLOOR_AFTER.match(text, figure.span[1]):
            kind = "floor"
        else:
            kind = "floor" if figure.unit in ("%", "%/năm", *_POINT_UNITS) else "exact"
        return replace(figure, plan_kind=kind)
    guaranteed = _GUARANTEE.search(before)
    if not (
        target
        or named
        or _sets_targets(before)
        or planned_after
        or expected
        or adjusted
        or bracketed
        or guaranteed
    ):
        return figure
    if _NOT_BELOW.search(clause):
        kind = "floor"  # 'không có tỉnh, thành phố đạt dưới 60%': no one below, a least
    elif _NOT_ABOVE.search(clause):
        kind = "ceiling"  # 'không để nợ xấu vượt trên 3%'
    elif _THRESHOLD.search(clause) or _CEILING.search(before):
        kind = "ceiling"
    elif isinstance(figure.value, tuple):
        kind = "range"  # 'trên 8% - 9%': the range is the target, its bound said of both ends
    elif (
        _FLOOR.search(before)
        or _FLOOR_AFTER.match(text, figure.span[1])
        or _SHARE_BOUND_AFTER.match(text, figure.span[1])
        # 'nhu cầu vốn đầu tư tối thiểu … khoảng 3.770 tỷ đồng': the least, however said
        or _HARD_FLOOR_VERB.search(clause)
        # '+ Số phòng tối thiểu mỗi căn hộ: 4 phòng/căn hộ vào năm 2010 và 3 phòng/căn hộ …':
        # the least named run-in before the colon, of every value its clause lists
        or _LEAST_NAMED.search(re.split(r";\s|\(", before)[-1])
        or not _ABOUT.search(before)
        and (
            # 'tăng trưởng' binds in its own comma-clause: 'Tốc độ tăng trưởng … đạt 9,5% trở lên,
            # tổng giá trị sản xuất đạt 8.962,72 tỷ đồng' plans the level exactly
            _FLOOR_VERB.search(re.sub(r"tăng trưởng(?=.*,\s)", "", clause))
            # "tăng 21%/năm", "giảm bình quân 1,5%/năm": a change to make every year, at least
            or (figure.unit == "%/năm" and re.search(r"(?:^|\s)(?:tăng|giảm)(?=\s)", clause, re.I))
            or (
                figure.unit in ("%", "%/năm")
                and _RATE_OF_GROWTH.search(re.sub(r"\([^()]*\)", " ", before))
            )
            # "Tỷ lệ hộ nghèo giảm 3%" among targets: a change to make, at least; with its base
            # ("tăng 1,19% so ước thực hiện năm 2017") it is the change worked out, as written
            or (
                figure.unit == "%"
                and _CHANGE_TO_MAKE.search(before)
                and not _CHANGE_OF_LEVEL.search(before)
                and not re.match(r"\s*,?\s*so\b", text[figure.span[1] :])
            )
            # 'Tổng giá trị sản xuất … đến năm 2020 đạt: 396,1 tỷ.đ, tăng 0,7 lần so với năm
            # 2015': a rise by a multiple among targets is a growth to make, at least, as 'tăng
            # 8%' is, its base said or not (the set's rises by a multiple: floors, none exact)
            or (figure.unit == "lần" and _RISE_BY.search(before))
        )
    ):
        kind = "floor"
    elif _TO_HAVE.search(before):
        kind = "exact"  # 'phấn đấu có thêm 2 huyện đạt chuẩn', 'có 1 xã': the count to have
    elif (
        _ABOUT.search(before)
        and (
            re.search(r"phấn đấu|phân đầu", before.split(";")[-1], re.IGNORECASE)
            # '…; đến năm 2025 đạt khoảng 2,5% và đến năm 2030 đạt khoảng 5%': the level of
            # the target before for a later year, its subject left out, about that level too
            or _LATER_YEAR_LEVEL.search(before)
        )
        and not _STRIVE_TO_REACH.search(before)
    ):
        # 'Chỉ tiêu phấn đấu kinh tế số đóng góp khoảng 25% … trong GRDP': about a level is
        # that level, exactly, after a striving in its own clause too (the labelled set: every
        # 'khoảng N%' target exact); a striving to reach ('Phấn đấu đạt …') or said in a clause
        # before ('phấn đấu giải ngân …; huy động … khoảng 15.000 tỷ đồng') states each level
        # exactly too, below (h44c), but for a change it strives for (a floor)
        kind = "exact"
    elif re.search(r"vượt mức", _LIST_OPENS.split(before)[-1], re.IGNORECASE) or (
        re.search(r"phấn đấu|phân đầu", _LIST_OPENS.split(before)[-1], re.IGNORECASE)
        and _CHANGE_STRIVEN.search(re.split(r"[;,]", before)[-1])
    ):
        # 'vượt mức …': beyond the level it names, at least (a striving names no bound: 'Phấn
        # đấu đạt …; GDP bình quân đầu người … là 41 triệu đồng', 'phấn đấu …; huy động …
        # khoảng 15.000 tỷ đồng' state each level itself, exactly, as a list of targets does:
        # h44c, issue 15, when the set's golds had 83 such levels exact and 22 floors; a change
        # striven for, 'Phấn đấu giảm tỷ lệ hộ nghèo 1,5%', is at least, as any growth is)
        kind = "floor"
    else:
        # 'phấn đấu … bình quân đạt 120 triệu đồng', 'Phấn đấu đạt …; … đạt 60%': a level
        # reached is the level itself, whatever strives for it (h44c: longan's floors aligned)
        kind = "exact"
    return replace(figure, plan_kind=kind)


# ('…, 50 doanh nghiệp', '… và 30 hợp tác xã'): the next count of a list, nothing between but
# what the count before it counts
_LIST_NEXT = re.compile(r"(?:\s+[^\W\d]+){0,8}\s*(?:,|\svà)\s*")
# what is said of a count between it and the next ('… đạt chuẩn quốc gia, …')
_PREDICATE = re.compile(r"(?:^|\s)(?:đạt|được|là|có)(?=\s)")
# the figure before, what it is said of, a ';', then the figure, nothing between
_ELLIPSIS = re.compile(r"[^;.\d]{0,120};\s*")


def shared_bound(text: str, before: Found | None, figure: Found) -> Found:
    """'Hình thành ít nhất 100 doanh nghiệp khởi nghiệp, 50 doanh nghiệp khoa học công nghệ': a
    bound written before the first count of a list ('ít nhất', 'tối thiểu', 'không quá') bounds
    every count listed after it in the same unit, with nothing but what each counts between,
    where the list states targets (the next count is drafted a target, exactly)."""
    if (
        before is None
        or figure.plan_kind != "exact"
        or figure.plan is not None
        or before.plan_kind not in ("floor", "ceiling")
        or before.unit != figure.unit
    ):
        return figure
    rest = re.match(r"[^;.]*", text[figure.span[1] :])
    if (
        _ELLIPSIS.fullmatch(text, before.span[1], figure.span[0])
        and rest is not None
        and not _PREDICATE.search(rest.group(0))
    ):
        # 'Tăng bình quân 12%/năm đối với số công bố khoa học; 16%/năm đối với số sáng chế': a
        # clause that opens on its figure says it as the one before it, its verb left out (not
        # '…; 95% hộ gia đình đạt danh hiệu …', a clause with a verb of its own)
        return replace(figure, plan_kind=before.plan_kind)
    between = _LIST_NEXT.fullmatch(text, before.span[1], figure.span[0])
    if between is None or _PREDICATE.search(between.group(0)):
        # ('ít nhất 80% cơ sở đạt chuẩn quốc gia, 20% cơ sở được đầu tư hiện đại': the first
        # count's own verb between, the next is another target, not the list's next item)
        return figure
    hard = _HARD_FLOOR if before.plan_kind == "floor" else _HARD_CEILING
    if hard.search(text[: before.span[0]]):
        return replace(figure, plan_kind=before.plan_kind)
    return figure


# a share allotted to whoever pays or gets it ('ngân sách tỉnh hỗ trợ 60% kinh phí', 'nhân dân
# đóng góp 50% đơn giá', 'dành 40% tăng thu …'): a norm of who pays what, not a target
# ('điều tiết 100% số thu thuế … về ngân sách trung ương', 'Thu vào ngân sách nhà nước 72% số
# tiền lãi dầu, khí …': a revenue split between budgets, the same kind of norm)
_ALLOTS = re.compile(
    # ('được giữ lại 50% và nộp 50% vào ngân sách trung ương', 'áp dụng thuế suất 17%'): a split
    # or a rate a rule fixes
    r"(?:^|\s)(?:hỗ trợ|đóng góp|dành|trích|chi trả|đối ứng|điều tiết|giữ lại|thuế suất"
    r"|(?:thu|nộp)\s+(?:vào|về)\s+ngân sách(?:\s+[^\W\d]+){0,3}?)\s*$",
    re.I,
)
# 'số tiền còn lại (28%)': the rest of a split, a norm as its first part
_THE_REST = re.compile(r"(?:^|\s)(?:số|phần)(?:\s+tiền)?\s+còn lại\s*\(?\s*$", re.I)
_OF_A_COST = re.compile(
    r"\s*(?:[,.;:)]|$|(?:đơn giá|kinh phí|chi phí|tăng thu|số thu|học phí|số tiền|tiền|vốn|giá trị"
    r"|còn lại|bổ sung|mệnh giá|lãi suất|và)(?!\w))"
)
# ('…, khu vực 2: 50%', '… và 70% tăng thu …'): the next share of the same norm, nothing between
# but what it is for
_NEXT_SHARE = re.compile(r"[^;.()%]{0,60}?(?:,|\svà|:)\s*[^;.()%\d]{0,30}?(?:\d\s*:\s*)?")


def norm_shares(text: str, found: list[Found]) -> list[Found]:
    """Shares allotted as a norm (`_ALLOTS` right before, a cost or nothing after) and the shares
    listed after them in their sentence are no targets, whatever the heading says."""
    out = list(found)
    norm: Found | None = None
    for i, f in enumerate(out):
        if f.unit != "%" or f.plan is not None:
            norm = None
            continue
        start = _sentence_start(text, f.span[0])
        said = (
            _ALLOTS.search(text, start, f.span[0]) and _OF_A_COST.match(text, f.span[1])
        ) or _THE_REST.search(text, start, f.span[0])
        listed = (
            norm is not None
            and norm.span[0] >= start
            and _NEXT_SHARE.fullmatch(text, norm.span[1], f.span[0])
        )
        if not (said or listed):
            norm = None
            continue
        norm = f
        if f.plan_kind is not None:
            out[i] = replace(f, plan_kind=None)
    return out
