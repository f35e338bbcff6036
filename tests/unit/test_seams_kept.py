"""A seam's cost is kept per process (``breaks._seam``): the kept answer must be the one
computed afresh for every seam of the sample deck's texts, in every kind, with and without the
deck's word pairs, whichever sequence the tokens come in; and a kind equal to ``TITLE`` but not
``TITLE`` itself must not be answered with the title's cost."""

from __future__ import annotations

from dataclasses import replace

from deckmaker.layout import breaks
from deckmaker.layout.breaks import BODY, LABEL, QUOTE, TITLE, WordPairs, seam_cost
from deckmaker.pipeline import load_inputs
from tests.conftest import SAMPLE, bound_tokens


def _texts() -> list[str]:
    deck = load_inputs(SAMPLE).deck
    out = []
    for sec in deck.sections:
        out.append(sec.title.value)
        for spec in sec.slides:
            out.extend([spec.title.value] if spec.title else [])
            out.extend(b.text.value for b in spec.bullets)
    return [t for t in out if t.count(" ") >= 2]


def test_kept_seam_costs_are_the_ones_computed_afresh():
    texts = _texts()
    assert len(texts) > 100
    pairs = WordPairs(texts)
    fresh = breaks._seam.__wrapped__
    asked = 0
    for text in texts:
        words = bound_tokens(text)
        for j in range(1, len(words)):
            for kind in (TITLE, BODY, LABEL, QUOTE):
                for p in (None, pairs):
                    for shrink in (False, True):
                        want = fresh(tuple(words), j, kind, kind is TITLE, p, shrink)
                        assert seam_cost(words, j, kind, p, shrink=shrink) == want
                        assert seam_cost(tuple(words), j, kind, p, shrink=shrink) == want
                        asked += 2
    info = breaks._seam.cache_info()
    assert asked > 10_000 and info.hits >= asked // 2


def test_a_kind_equal_to_the_title_is_kept_apart_from_it():
    # a title's line on its dash costs TITLE_DASH; another kind's (even one equal to TITLE)
    # costs the dash as the phrase it cuts
    words = bound_tokens("Chỉ tiêu kinh tế 2024 – ngân sách, nông nghiệp")
    j = next(i for i, w in enumerate(words) if w.endswith("–")) + 1
    twin = replace(TITLE)
    assert twin == TITLE and twin is not TITLE
    title = seam_cost(words, j, TITLE)
    other = breaks._seam.__wrapped__(tuple(words), j, twin, False, None, False)
    assert other != title
    assert seam_cost(words, j, twin) == other
    assert seam_cost(words, j, TITLE) == title
