"""`deckmaker draft` against the hand-labelled evaluation set (see tests/draft_eval.py).

The thresholds are what the extractor reaches today, so a change that loses ground fails; the
issue's targets (recall and precision >= 95%, labels >= 90%, plans >= 90%) are met overall,
not yet on every document (see BASELINE.md).
"""

from __future__ import annotations

import pytest

from .draft_cases import case
from .draft_eval import (
    clean_label,
    comparable_gold,
    evaluate,
    table,
    totals,
    usable_label,
    words,
)

# overall floors (fractions); raise them as the extractor improves (wave 3: four more held-out
# documents joined the set, and the general fixes that followed reach these; wave 4 round 2:
# batch C and its fixes, 604 figures; session 5: run-in heads, label ends; session 6 (round 9):
# acts shared by listed counts, shares against any base, bracketed targets; session 11: the
# held-out batches M and N (13 documents, 246 figures, plans 27 of 87) joined the set untouched
# and the floors dropped to what the whole set then reached; round 17, plans (h15s): a list of
# targets opened before its headings, a plan range after a slash, results set against their plans,
# a target named before its figure: plans 675 -> 745 of 751; then the held-out batch O (11
# documents, 299 figures) joined untouched and the floors dropped again; h15t's units and labels
# on M and N, and O as material (h15u): results a plan's document reports read as results, a
# resolution's targets as targets, all of a whole exact; O's labels (h15w): names with
# their values in brackets, shares in a list of targets, counts joined by 'và'; h15p: batch Q's
# target context, then the held-out batch Q (8 documents, 216 figures; untouched: precision
# 93.9%, labels 59.7%) joined with only its plans worked on, and the floors dropped to what the
# whole set then reaches (precision 97.8%, labels 85.9%, plans 917/929); see BASELINE.md; h15c:
# a usable label must also be clean (``clean_label``), which the same drafts met for 84.3%, so
# the floor dropped to 0.83; then every label made well-formed (deckmaker/draft/wellformed.py):
# labels 85.8%, clean 99.9%, and the floor back at 0.85; session 13: the dev batch S (6
# documents, 102 figures; untouched: recall 90.2%, precision 91.1%, labels 63.0%, plans 19/36)
# joined after h15k's labels and h15m's targets used it as material: recall 98.2%, precision
# 97.5%, labels 86.3%, plans 952/965, the floors unchanged; session 14: the batch R (6
# documents, 131 figures, held out since session 12, its misses read only for two general
# classes) joined: recall 98.1%, precision 97.5%, labels 84.5%, plans 977/1005, and the label
# and plan floors dropped to what the whole set then reaches; h17l: labels from the clause a
# number stands in (a value in brackets after its noun phrase, the base of a comparison that is
# no subject, markets listed under one measure, parts named by an abbreviation, a scope that is
# no measure; a change, a national level, a ranking named as such): R 48.0% -> 66.4%, the whole
# set 85.4%, and the label floor back at 0.85; then the held-out batch T (6 documents, 188
# figures; untouched: recall 91.5%, precision 83.9%, labels 59.3%, plans 87/116) joined as
# material: recall 97.7%, precision 96.6%, labels 83.8%, plans 1064/1121, and the floors dropped
# to what the whole set then reaches; h17p's dev batch V (8 documents, 190 figures; untouched on
# main 7b8041c: recall 98.9%, precision 93.5%, labels 61.7%, plans 12/35) joined after its figure
# classes were fixed (recall 100%, precision 99.5%, labels 63.2%, plans 21/36), its labels and
# plans not worked on: the whole set, 3070 figures, reads recall 97.8%, precision 96.9%, labels
# 82.6%, plans 1086/1157 (93.9%), and the label and plan floors dropped to 0.82 and 0.93; h17m,
# from T's three ta-* documents only (a span's figure says its span, an amount names the noun
# phrase after its unit, a conjunction opens no label, ...): ta 70.9% -> 88.4%, tb (untouched)
# 47.7% -> 47.7%; h17q, from T's tb-* documents only, on figures: tb precision 85.1% -> 96.0%,
# ta (untouched) 83.5% -> 83.5%; the whole set then reads recall 98.2%, precision 97.3%, labels
# 83.1%, plans 1088/1164, and the floors rise to 0.98, 0.97 and 0.83; session 15: the held-out
# batch U (6 documents, 184 figures; untouched on ae22298: recall 97.3%, precision 91.3%, labels
# 53.6%, plans 73/76) joined as material: the whole set, 3254 figures, reads recall 98.1%,
# precision 96.9%, labels 82.4%, plans 1161/1240, and the precision and label floors drop to
# 0.96 and 0.82; session 16: the held-out batch W (8 documents, 537 figures; untouched on
# 845bbb9: recall 77.8%, precision 94.6%, labels 69.9%, plans 20/97) joined as material: the whole
# set, 3791 figures, reads recall 95.4%, precision 96.9%, labels 80.8%, plans 1185/1341, and the
# recall, label and plan floors drop to 0.95, 0.80 and 0.88; h19f, on W as material: an annex
# after the signature and its table of rates read (Hà Nội's 99 figures), a part that is itself a
# plan, bounds that name whom a rule is for: recall 97.97%, precision 97.1%, labels 80.4%, plans
# 1257/1341 (93.7%), and the recall, precision and plan floors rise to 0.97, 0.97 and 0.93;
# session 17: the held-out batch X (7 documents, 133 figures; untouched on a3b9ead: recall 77.4%,
# precision 88.8%, labels 53.4%, plans 3/5) joined as material: the whole set, 3924 figures, reads
# recall 97.3%, precision 96.9%, labels 80.0%, plans 1260/1346, and the precision and label floors
# drop to 0.96 and 0.79; h20f, on X as material: the programme a resolution issues after its
# signature read, per-time counts, ranked lists, results read as targets and plans as assigned:
# recall 97.9%, precision 97.1%, labels 80.1%, plans 1297/1363 (95.2%), and the precision, label
# and plan floors rise to 0.97, 0.80 and 0.95; h20e: the subject a number measures read from its
# clause (deckmaker/draft/subject.py, J4's classes on X): labels 80.5% (X 69.3%), recall,
# precision and plans unchanged, no document's label rate lower; session 18: the held-out batch Y
# (6 documents, 205 figures; untouched at the end of session 17: recall 85.9%, precision 90.7%,
# labels 61.4%, plans 22/32) joined as material: the whole set, 4129 figures, reads recall 97.4%,
# precision 96.9%, labels 79.6%, plans 1322/1398 (94.6%), and the precision, label and plan floors
# drop to 0.96, 0.79 and 0.94); h21f, on Y as material: Markdown escapes, 'km²', counts over the
# kinds of one level of government ('22/22 bộ, ngành'), bounds in brackets, codes like '5G' in
# a count's words: recall 97.7%, precision 97.2%, labels 79.6%, plans 1324/1401 (94.5%), and the
# precision floor back at 0.97; session 19: the held-out batch Z (6 documents, 165 figures;
# untouched on f31c668: recall 73.3%, precision 90.3%, labels 45.5%, plans 10/26) joined as
# material: the whole set, 4294 figures, reads recall 96.7%, precision 96.97%, labels 78.6%, plans
# 1334/1427 (93.5%), and the floors drop to 0.96, 0.96, 0.78 and 0.93; h22c, on Z as material:
# an HTML table in a text read as a table, counts of abbreviations in a list, ranks by 'vị trí
# N/M', a schedule's milestones as targets, the plan a result nearly reached in a bracket:
# recall 97.55%, precision 97.06%, labels 78.59% (26 more usable labels, on 35 more matched
# figures), plans 1340/1427, and the recall and precision floors back at 0.97; h22f's label
# classes of batch AA (an editor's verdicts, J8), then AA (7 documents, 183 figures; untouched on
# f31c668: recall 95.6%, precision 91.1%, labels 70.3%, plans 46/51) joined as material: the
# whole set, 194 documents and 4477 figures, reads recall 97.5%, precision 96.9%, labels 78.6%,
# plans 1391/1479 (94.0%), and the precision floor drops to 0.96 (Lào Cai's targets, 69.4%);
# session 20: the held-out batch AB (6 documents, 102 figures; untouched on 7d29dcb: recall
# 93.1%, precision 89.6%, labels 67.4%, plans 24/36) joined as material: the whole set, 200
# documents and 4579 figures, reads recall 97.4%, precision 96.7%, labels 78.3%, plans 1415/1515
# (93.4%), every floor still met; h23c, on AB as material (a plan's targets and their kinds, a
# chart of targets at two horizons, results over plans in brackets, glued months, 'lượt khách'):
# recall 97.6%, precision 96.96%, labels 78.4%, plans 1427/1516 (94.1%), the floors unchanged;
# session 21: AC (6 documents, 115 figures; last read on ceecaa9: recall 90.4%, precision 90.4%,
# labels 62.5%, plans 35/39) joined as material: 206 documents, 4694 figures, recall 97.4%,
# precision 96.8%, labels 78.6%, plans 1462/1555 (94.0%), the floors unchanged; after h24d's and
# h25b's label classes the set reads labels 79.3%: the labels floor rises to 0.79; session 22: AD
# (6 documents, 104 figures; read untouched on afedb83: recall 94.2%, precision 93.3%, labels
# 72.4%, plans 16/18) joined as material: 212 documents, 4798 figures, recall 97.4%, precision
# 96.8%, labels 79.2%, plans 1478/1573 (94.0%), the floors unchanged; session 23: AE (6 documents,
# 119 figures; read untouched on 16db2c4: recall 96.6%, precision 98.3%, labels 73.9%, plans 4/7)
# joined as material: 218 documents, 4917 figures, recall 97.7%, precision 97.0%, labels 79.6%,
# plans 1488/1585 (93.9%), the floors unchanged; session 24: AF (6 documents, 124 figures; read
# untouched on 6dd0151: recall 95.2%, precision 98.3%, labels 73.7%, plans 19/20) joined as
# material: 224 documents, 5041 figures, recall 97.6%, precision 97.1%, labels 79.7%, plans
# 1511/1605 (94.1%), 206 charts, 5 mixed, 167 chartable with 5 uncharted, the floors unchanged;
# h31f (figures of one label told apart by time or heading; a label past the agent and its act):
# labels 80.1% (bad labels 998 -> 981), the other totals unchanged: the labels floor rises to 0.80;
# session 25: AG (6 documents, 124 figures; read untouched on 03c66c9 as on a42334b: recall 96.0%,
# precision 97.5%, labels 68.1%, plans 14/19) joined as material: 230 documents, 5165 figures,
# recall 97.6%, precision 97.1%, labels 79.8%, plans 1525/1624 (93.9%), 210 charts, 6 mixed,
# 172 chartable with 6 uncharted: the labels floor goes back to 0.79 until AG's labels are read;
# h33b (a share or an area written before what it is of) and h33c (a table's cell named by its
# row and column, a figure's period the time its own sentence says): labels 80.5%, charts 212,
# mixed 5, the other totals unchanged: the labels floor 0.80 again; session 26: AH (6 documents,
# 103 figures; read untouched on 4302de9, the extractor of 712b0a3: recall 95.1%, precision
# 99.0%, labels 61.2%, plans 15/19) joined as material: 236 documents, 5268 figures, recall
# 97.5%, precision 97.1%, labels 80.3%, plans 1540/1643 (93.7%), 218 charts, 5 mixed, 177
# chartable with 6 uncharted: every floor what the set reads, rounded down (precision 0.97);
# h35b (the prices a value is counted at said whole, 'theo giá so sánh 2010'; a sector's share
# named a share, 'chiếm tỷ trọng', 'đến hết năm 2024 tỷ trọng …', sectors joined by commas):
# labels 80.4% (4127 -> 4130 usable, 15 labels changed, none worse), the other totals unchanged;
# then a focus word opens no label ('Riêng công nghiệp tăng', 'Nhất là sản lượng …'): 19 labels
# changed, 4130 -> 4129 (vinhphuc's gold writes 'Riêng công nghiệp tăng bình quân'); session 27:
# AI (6 documents, 115 figures; read untouched on 81bd32a: recall 96.5%, precision 98.2%, labels
# 48.6%, plans 3/3) and AJ (6 documents, 135 figures; untouched on 81bd32a: recall 89.6%, precision
# 92.4%, labels 64.5%, plans 1/10) joined as material: 248 documents, 5518 figures, recall 97.3%,
# precision 97.05%, labels 79.3% (4261 of 5370), plans 1544/1656 (93.2%), 230 charts, 5 mixed, 189
# chartable with 8 uncharted: every floor what the set reads, rounded down (labels 0.79); h36b
# (a statistical list's 'Tổng số <noun>: N' and its bare items, a unit in the bracket before the
# colon, 'Quốc lộ 53 dài 24,5km' named a length): recall 97.4% (5377 matched), precision 97.06%,
# labels 79.4% (4261 -> 4272 usable; 15 figures' labels changed or new, none worse), plans
# 1547/1659 (93.3%): no floor crosses its next step; session 28: AK (read untouched on 9e2f007:
# 98.4%, 97.6%, labels 70.2%, plans 16/47) joined as material: 254 documents, 5644 figures,
# recall 97.5%, precision 97.1%, labels 79.3%, plans 1571/1706 (92.1%); h37c (a headline naming
# targets sets the mood of the lists under it, the rates listed after growth targets are announced
# are floors, a range estimated among targets is a target range, results named as such or
# foreseen against their plans are results): plans 1601/1706 (93.8%), the other totals unchanged;
# session 29: AL's five held-out documents (read untouched on a16a897 and d347d45 alike: 87.1%,
# 90.7%, labels 72.7%, plans 23/33) joined as material: 260 documents, 5780 figures, recall
# 97.3%, precision 96.9%, labels 79.7%, plans 1659/1774 (93.5%): precision's floor 0.96; h38c
# (counts of tasks, forecasts, the parts of an amount foreseen, rises by a multiple; a rate signed
# in its bracket named as the change it restates): labels 79.8%, plans 1672/1774 (94.25%); h38b
# (a figure of part of a year named with that part; the scorer's CPI, IIP, TNGT): labels 80.3%
# on its own: the labels floor rises to 0.80; h38d (a rank said by a comparative, 'cao thứ 2', a
# listed noun's per-part, '64 người/xã', and the scorer reading 'tỷ.đ' as tỷ đồng): recall 97.5%,
# precision 97.1% on its own: precision's floor back to 0.97 (all three together: see CHANGELOG);
# session 30: AM's six held-out documents (read untouched on d347d45 and cdccc47: 85.9%, 88.7%,
# labels 59.1% then 65.5%, plans 1/1) joined as material: 266 documents, 5908 figures, recall
# 97.2%, precision 96.9%, labels 80.0%, plans 1679/1781 (94.3%): precision's floor 0.96; h39b
# (AM's counts by the set's one convention for a count's unit, tests/draft_eval.py: work over a
# distance, 'tỷ tấn.km'; turns of people, 'lượt người'; 'trẻ' closing a count stated of its
# subject, a sex left to the label; a listed level with its kinds, '95 xã, phường và thị trấn',
# '1 Thị Xã'; an area glued to its place's name; 18 gold units of 14 other documents set to the
# convention; 'một số' opens no measure; items under a lead-in that ends on their measure; the
# scorer's NK, XK, XNK, TP.HCM): AM 85.9% -> 98.4% recall, 88.7% -> 98.4% precision; the set
# recall 97.8%, precision 97.4%, labels 80.2%, plans 1681/1784: precision's floor back to 0.97
# (together with h39c: a share joined to the figure before it, the sectors of a growth, turns of
# a clause's subject, the parts of a rate's run-in head, a run of places by its measure: labels
# 80.5% on its own, 1149 -> 1119 bad; both: see the merge's totals in CHANGELOG)
RECALL, PRECISION, LABELS, PLANS = 0.97, 0.97, 0.80, 0.94
# session 23, h29c (the norms a rule fixes are no targets: a split, a tax rate, a table of
# sharing rates under 'định mức phân bổ'; the least said before the verb, 'đạt từ', is a floor):
# plans 1492/1585 (94.1%), figures read as targets where the gold states none 232 -> 127;
# session 25: AG joined with 14 of its 19 plans: 1525/1624 (93.9%), the floor back to 0.93;
# session 26: AH joined with 15 of its 19: 1540/1643 (93.7%), the floor 0.93; session 27: AI and
# AJ joined with 4 of their 13 (Na Hang's eight targets 0 of 8): 1544/1656 (93.2%), the floor 0.93;
# session 28: AK joined with 16 of its 47 (Đà Nẵng's list of targets 12/26, the Government's
# resolution 4/21): 1571/1706 (92.1%), the floor 0.92; h37c: Đà Nẵng's list 25/26 (its headline
# names the targets of the lists under it; 'ước đạt 260-270 nghìn tỷ đồng' among them a range
# foreseen), the resolution's 21/21 (the provinces' rates listed after growth targets are
# announced, floors): 1601/1706 (93.8%), figures read as targets where the gold states none
# 139 -> 122 (Hải Hậu's 'Thành tựu … năm 2020:' list, Giồng Riềng's 'đạt nhiều kết quả nổi bật
# như', Sơn La's '02 chỉ tiêu chưa đạt mục tiêu đề ra:', a result foreseen against its plan, 'sẽ
# thu 3.341 tỷ đồng, đạt 84% chỉ tiêu được giao'; 59 of the 122 are Hưng Yên's 2024 indicators,
# targets its older truth file gives no kind), the floor 0.93; session 29, h38c: counts of tasks
# by what became of them ('02 nhiệm vụ đang thực hiện quá hạn'), targets said met with a dashed
# field ('28/28 chỉ tiêu kinh tế - xã hội đạt …'), a total raised by what was just counted, a
# change or a state foreseen ('dự kiến sẽ giảm tới 459 tỷ đồng') are no targets; the parts of an
# amount foreseen are ('…, trong đó, thu nội địa trên 1,3 triệu tỷ đồng'), and a rise by a
# multiple among targets a floor ('tăng 0,7 lần so với năm 2015'): 1672/1774 (94.25%), results
# read as targets 123 -> 108 (59 of them Hưng Yên's), the floor 0.94; session 31: AN joined
# with 24 of its 31 (Hậu Giang's poverty plan 3/7, Quảng Trị's population 1/3): 1705/1815
# (93.9%), the floor 0.93; h40b: a sentence opening bare on 'Phấn đấu …' or 'Mục tiêu là …'
# announces targets in mid-paragraph, a share of its plan 'trở lên' is a floor, a headline's
# figure said again as a target in its body is that target, a list of tasks opened by a colon
# goes on past an item with no figure (Hậu Giang 7/7, Quảng Trị 3/3, Tam Phước 20/20, the
# expressways' tasks 4/4 once '10 hộ dân' is read in 'hộ'), 'số phải thu' no duty, a rate
# assigned ('được giao tỷ lệ … là 91,75%') the quota (Quảng Bình 18/18): 1720/1817 (94.7%),
# results read as targets 114 -> 113, the floor back to 0.94; session 32: AP joined with its 9
# of 9: 1746/1844 (94.7%), the set 283 documents, 6109 figures, recall 97.8%, precision 97.5%,
# labels 80.4%; session 33: AQ joined with its 27 of 41 (the National Assembly's Điều 2 list of
# targets read as results, 0 of 13): 1774/1886 (94.1%), the set 289 documents, 6187 figures,
# recall 97.8%, precision 97.5%, labels 80.3%; session 34: AR joined with its 13 of 23 (Tràng
# Định's five-year targets 5 of 14): 1814/1909 (95.0%), the set 295 documents, 6255 figures,
# recall 98.0%, precision 97.6%, labels 80.7%; session 35: AS and AT joined with 21 of their 24:
# 1868/1938 (96.4%), the set 307 documents, 6345 figures, recall 98.2%, precision 97.8%, labels
# 80.8%
PLANS = 0.94


@pytest.fixture(scope="module")
def scores():
    return evaluate()


def test_evaluation_set_scores(scores):
    print("\n" + table(scores))
    total = totals(scores)
    assert total.recall >= RECALL, [s.missed for s in scores]
    assert total.precision >= PRECISION, [s.wrong for s in scores]
    assert total.label_rate >= LABELS, [s.bad_labels for s in scores]
    assert total.plan_rate >= PLANS


# drafted charts whose bars compare unlike things (``mixed_charts``: units or kinds of %,
# periods, results beside targets, one label twice, a total beside its parts with one missing):
# 45 of 188 on 957f9c8; h21h drafts a chart from one enumeration of one time and status: 5 of
# 145, each a list of percentages whose labels the check reads as of two kinds; session 23: AE
# joined with two more, 7 on 1c1daac; h29c (an index 'bằng 92,85%' is no growth, the level a
# change starts from, 'giảm từ mức 40,1% … xuống còn 38%', no bar): 5; session 25: AG joined
# with one more (ag-sonla), 6; h33b (ag-sonla's areas named by their crops): 5; session 26: AH
# joined with none (6 charts), 5 of 218; session 27: AI and AJ joined with none (12 charts): 5 of
# 230; session 28: AK joined with none (5 charts): 5 of 235; session 31: AO joined with two of
# its three charts mixed (ao-hiephoa, ao-ngockhe): 7 of 255; h42b (h41b's rule redone: a %
# whose label names a plan anywhere, 'Chỉ tiêu chủ yếu như tốc độ tăng trưởng', is no bar beside
# the levels, unless it is an excess over a plan or a change): 5 of 256; session 35: AS and AT
# joined with one more of their six charts mixed (as-dantri's graduation rates): 6 of 273
MIXED_CHARTS = 6


def test_drafted_charts_compare_like_with_like(scores):
    mixed = {s.name: s.mixed for s in scores if s.mixed}
    assert sum(map(len, mixed.values())) <= MIXED_CHARTS, mixed


# chartable documents (``comparable_gold``: >= 3 gold figures of one unit and kind, results or
# targets, of one enumeration, distinct labels, no total beside its parts, one scale, no value
# on more than half the bars) that get no drafted chart: 23 of 155 on 020ff55; h24e (a time
# said once for a sentence, a year named only as a base, floors of targets, the items of a list
# of headings, '(N)' items before any heading, one indicator's targets at three horizons): 7 of
# 155, each a label or a kind the drafter reads apart (two bases under one label, a borrowed
# label, units 'căn' and 'căn nhà', rates of the same period last year read as levels); h26c (a
# time said at a clause's head frames the clauses after it, multiples of one base are levels):
# 4 of 155 (huongbinh: its third rate of a plan, '36 triệu đồng/người/năm, đạt 120%', names no
# base and borrows its label; nongson: the three sums in tỷ đồng add up to near the largest, a
# total beside its parts to ``mixed_charts``; sathay: the third target's label is borrowed
# from the figure before it and wrong; vinhcuu: the first sum's label is borrowed); session 23:
# AE joined with one more, 5 of 163 on 1c1daac (ae-thaibinh: transport revenue 2.464 tỷ đồng beside
# its goods and passengers 1.729 and 716, their sum 99% of it, a total beside its parts to
# ``mixed_charts`` as nongson's), unchanged by h29c; session 25: AG joined with one more
# (ag-bgddt, the education ministry's report: recall 77.8%), 6 of 172; session 26: AH joined with
# five chartable documents, all charted: 6 of 177; session 27: AI and AJ joined with twelve
# chartable documents, two with no chart (ai-chinhphu: the Government's meeting, three growth
# rates of one province; ai-khanhhoa: the press conference, three factories' capacities): 8 of 189;
# session 28: AK joined with six, one with no chart (ak-danang-chitieu-2025, a list of
# 2021-2025 targets): 9 of 195; h37c: ak-danang charted (its headline names the targets of the
# list, charted as targets, 'Về kinh tế (%, mục tiêu)'), ai-chinhphu charted ('tỉnh đạt tăng
# trưởng GRDP 11,67%' a growth beside its sectors'): 7 of 195; session 29: AL's five joined with
# four chartable, two with no chart (al-binhduong's road safety, al-haiduong's preschools): 9 of
# 200; h38c: al-binhduong charted (its falls counted, then signed as rates in their brackets,
# 'giảm 47 vụ (-32,64%)': 'Mức giảm 3 tháng đầu năm 2023 so với cùng kỳ năm 2022 (%)');
# al-haiduong's counts of children are not found (two of its three, 'Có 110.176 trẻ mẫu giáo,
# đạt tỷ lệ 97%'): 8 of 200; session 30: AM's six joined, all chartable, one with no chart
# (am-hungyen-bc-danso-2009, the province's population in 2009): 9 of 206; session 31: AN's six
# joined, four chartable, one with no chart (an-bentre-bc-nongnghiep-thang8-2022, its crops):
# 10 of 210; session 32: AP's six joined (untouched 93.0% / 93.0% / 77.4%, plans 9/9), four
# chartable, two with no chart (ap-tphcm's census release, ap-unghoa's conference): 12 of 216;
# h42b: ao-ngockhe's mixed chart no longer drafted (its third rate of a plan borrows a label
# naming 'các chỉ tiêu kinh tế', the two left are no chart): 13 of 216; h42b: ap-tphcm charted
# (its shares in brackets after their counts, '… 4.381.242 người (chiếm 48,7%)', borrow the
# count's subject as a change does): 12 of 216; with h42c's labels merged (a share of a plan
# after a count's comma is a figure of its own, not the count's label) ao-ngockhe's rates of a
# plan are charted again, like with like: 11 of 216; session 33: AQ's six joined (untouched
# 92.3% / 93.5% / 61.1%, plans 27/41), four chartable, one with no chart (aq-huulung's hospital
# report): 12 of 220; h43d: aq-huulung charted (its out-patients by disease, run-in items
# 'bệnh nhân … tăng huyết áp: 4.290, …' bare after their colons, counted in the noun they open
# with, which the count before them counts): 11 of 220; h43d: al-haiduong charted (its counts
# of children found, 'trẻ' pyvi reads as an adjective opening its phrase: '23.921 trẻ đến nhà
# trẻ', '110.176 trẻ mẫu giáo', '42.030 trẻ 5 tuổi'): 10 of 220; session 34: AR's six joined
# (untouched 85.3% / 90.6% / 75.9%, plans 13/23), three chartable, all three charted: 10 of 223;
# session 35: AS's and AT's twelve joined (untouched 93.9% / 86.8% / 69.6% and 90.9% / 94.3% /
# 80.0%), eight chartable, two with no chart (as-hanoi's plan targets, as-langson's nutrition
# targets): 12 of 231
UNCHARTED = 12


def test_every_chartable_document_gets_a_chart(scores):
    uncharted = [s.name for s in scores if s.unchartered]
    assert sum(s.chartable for s in scores) >= 150  # the rule finds them: not a vacuous pass
    assert len(uncharted) <= UNCHARTED, uncharted


def test_comparable_gold_figures_are_of_one_list_unit_and_kind():
    body = (
        "Tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, nông nghiệp 3.621,68 tỷ đồng, "
        "công nghiệp 3.671,79 tỷ đồng, dịch vụ 1.669,24 tỷ đồng.\n"
        "Thu ngân sách 20,8 tỷ đồng.\n"
        "- Thuế GTGT: 68%\n- Thuế TNDN: 68%\n- Thuế TNCN: 32%\n"
    )

    def gold(text, value, unit, label):
        return {"text": text, "value": value, "unit": unit, "label": label}

    figures = [
        gold("8.962,72 tỷ đồng", 8962.72, "tỷ đồng", "Tổng giá trị sản xuất"),
        gold("3.621,68 tỷ đồng", 3621.68, "tỷ đồng", "Giá trị sản xuất nông nghiệp"),
        gold("3.671,79 tỷ đồng", 3671.79, "tỷ đồng", "Giá trị sản xuất công nghiệp"),
        gold("1.669,24 tỷ đồng", 1669.24, "tỷ đồng", "Giá trị sản xuất dịch vụ"),
        gold("20,8 tỷ đồng", 20.8, "tỷ đồng", "Thu ngân sách"),
        gold("68%", 68, "%", "Thuế GTGT"),
        gold("68%", 68, "%", "Thuế TNDN"),
        gold("32%", 32, "%", "Thuế TNCN"),
    ]
    # the three sectors, not their total, nor the budget of the next paragraph; the shares of
    # 68, 68 and 32 are one value twice: no chart
    assert [g["value"] for g in comparable_gold(body, figures)] == [3621.68, 3671.79, 1669.24]
    # growth against two bases is two kinds: two and two are no chart
    body = "Gạo tăng 39,9% so với tháng 4, tăng 14% so với cùng kỳ; sắn tăng 13,3% so với tháng 4."
    changes = [
        gold("tăng 39,9%", 39.9, "%", "Xuất khẩu gạo tăng so với tháng 4"),
        gold("tăng 14%", 14, "%", "Xuất khẩu gạo tăng so với cùng kỳ"),
        gold("tăng 13,3%", 13.3, "%", "Xuất khẩu sắn tăng so với tháng 4"),
    ]
    assert comparable_gold(body, changes) == []


def test_no_kpi_card_repeats_another_cards_value(scores):
    # '650.000 tấn/năm' capacity beside '650.000 tấn' made: 5 slides on 957f9c8, none since h21h
    twice = {s.name: s.kpi_twice for s in scores if s.kpi_twice}
    assert not twice, twice


def test_no_drafted_title_or_bullet_is_cut_inside_a_bracket(scores):
    # a heading cut at its source's line wrap ('Phát triển kinh tế số đến năm 2030 (') or at a
    # title's length ('Sở Nội vụ (Cơ quan thường trực Ban …'): none in the whole set
    cut = {s.name: s.cut for s in scores if s.cut}
    assert not cut, cut


def test_tuned_document_keeps_its_scores(scores):
    hung_yen = scores[0]
    assert hung_yen.recall == 1.0, hung_yen.missed
    assert hung_yen.precision >= 0.95, hung_yen.wrong


def test_abbreviation_and_its_spelled_out_form_are_the_same_words():
    # either side may write the standard short form: 'HTX' covers 'hợp tác xã' and back
    assert usable_label("Số hợp tác xã thành lập mới", "HTX thành lập")
    assert usable_label("Số HTX thành lập mới", "Hợp tác xã thành lập")
    assert usable_label("Giá trị CN-TTCN", "Giá trị công nghiệp - tiểu thủ công nghiệp")
    assert usable_label("Vốn NHCSXH", "Vốn ngân hàng chính sách xã hội")
    assert usable_label("Thu ngân sách nhà nước", "Thu NSNN")
    assert usable_label("Chỉ số giá tiêu dùng tăng so với cùng kỳ", "CPI so cùng kỳ năm trước")
    assert usable_label("Số người chết do tai nạn giao thông", "Người chết do TNGT quý I")
    assert usable_label("Số chuyến tàu dầu thô NK", "Chuyến dầu thô nhập khẩu năm 2020")
    assert usable_label("Doanh thu thành phố Hồ Chí Minh tăng", "Doanh thu du lịch TP.HCM tăng")
    # spelling out never loses a match the words as written make
    assert usable_label("Thu ngân sách (so với kế hoạch)", "Thu ngân sách so kế hoạch HĐND")
    # without the table these miss: two of five content words
    assert not usable_label("Số hộ thành lập", "Hợp tác xã thành lập mới")
    # the length limit counts the words as written, spelled out or not
    assert not usable_label(
        "Số hộ nông dân đăng ký sản xuất kinh doanh giỏi cấp tỉnh năm nay", "Hộ SXKD giỏi"
    )


@pytest.mark.parametrize(
    ("label", "clean"),
    [
        case("plain", "Tỷ lệ hộ nghèo", True),
        case("bracket closed", "Thu nội địa (so với dự toán)", True),
        case("bracket left open", "Số xã đạt chuẩn nông thôn mới (theo Bộ", False),
        case("adverb at the end", "Tỷ lệ hộ nghèo chỉ", False),
        case("preposition before a bracket", "Tổng thu nội địa đến hết (so với dự toán)", False),
        case("half of 'đối với'", "Quy mô: tốc độ thiết kế đối", False),
        case("copula at the end", "Người dân kết nối mạng được bảo vệ ở mức", False),
        case("verb of measure at the end", "Tổng thu ngân sách nhà nước đạt", False),
        case("'chưa đạt' is whole", "Số chỉ tiêu chưa đạt", True),
        case("'chứng chỉ' is whole", "Tỷ lệ lao động có bằng cấp, chứng chỉ", True),
        case("'nhà ở' is whole", "Diện tích nhà ở", True),
        case("pair said twice", "Số mô hình mô hình phát triển cây dược liệu", False),
        case("word said twice", "Tổng đàn đàn lợn", False),
        case("compounds sharing a syllable", "Số mô hình hình thành mới", True),
        case("a word before a name", "Tỷ lệ giải ngân Ngân hàng Chính sách xã hội", True),
        case("markup", "**Thu thuế XNK", False),
        case("a table's bar", "| so với cùng kỳ", False),
        case("a year only", "2030", False),
        case("a year opening", "2022 tổng giá trị sản xuất", False),
        case("a name lower-cased", "hàn Quốc", False),
        case("a name kept", "Kim ngạch xuất khẩu sang Hàn Quốc", True),
    ],
)
def test_clean_label_reads_a_label_as_a_slide_title(label, clean):
    assert clean_label(label) is clean
    # a label not clean is never usable, whatever words of the gold it has
    assert usable_label(label, label) is (clean and len(words(label)) <= 10)
