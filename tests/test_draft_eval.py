"""`deckmaker draft` against the hand-labelled evaluation set (see tests/draft_eval.py).

The thresholds are what the extractor reaches today, so a change that loses ground fails; the
issue's targets (recall and precision >= 95%, labels >= 90%, plans >= 90%) are met overall,
not yet on every document (see BASELINE.md).
"""

from __future__ import annotations

import pytest

from .draft_eval import evaluate, table, totals

# overall floors (fractions); raise them as the extractor improves (wave 3: four more held-out
# documents joined the set, and the general fixes that followed reach these; wave 4 round 2:
# batch C and its fixes, 604 figures; session 5: run-in heads, label ends; session 6 (round 9):
# acts shared by listed counts, shares against any base, bracketed targets; see BASELINE.md)
RECALL, PRECISION, LABELS, PLANS = 0.99, 0.98, 0.90, 0.98


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


def test_tuned_document_keeps_its_scores(scores):
    hung_yen = scores[0]
    assert hung_yen.recall == 1.0, hung_yen.missed
    assert hung_yen.precision >= 0.95, hung_yen.wrong
