"""A figure's label chosen among the readings its text offers, by a small linear scorer.

The rules of ``labels`` give one label per figure. They were tuned on the evaluation set and
transfer less well to documents they never saw, so the label is chosen among *candidates*:

1. **Candidates** (``candidates``): the rules' label, and the other spans the text offers for
   what the number measures: the clause before the number back to its boundary (and its last
   words), the sentence's subject, its first noun phrase (pyvi's tags), the noun phrase just
   before the number, the run-in head of the paragraph ("a) Chi đầu tư phát triển:"), the head
   of the list it is in, the noun phrase before a bracket it opens, the words after its unit,
   the section heading and the heading joined to the clause, and the rules' subject or the
   subject of the figure before it in the sentence with what is said of this number ('tăng so
   cùng kỳ'). Each helper of ``labels`` that finds such a span is reused as a generator.
2. **Features** (``features``): which generators gave the candidate, its length in words, how
   far before the number it ends, pyvi's tags of its first and last word, whether it starts with
   a verb or a measure noun, has digits, how many generators gave it and how much it agrees with
   the other candidates; on the other candidates, what the rules' label says of itself and the
   rules' review remark (how they came to it), so that the weights can say when to trust them.
3. **Score**: a weighted sum of the features with the weights in ``label_weights.json``, fitted
   by listwise logistic regression on the hand-labelled evaluation set (tools/label_ranker.py,
   which also measures the choice by document-grouped cross-validation). The highest score wins;
   ties go to the earlier candidate, the rules' label first, so the choice is deterministic.

No weights are shipped: measured (BASELINE.md, round 19), the scorer did not beat the rules by a
clear margin on documents it was not fitted on (10-fold document-grouped cross-validation on the
evaluation set: 87.9% usable labels against the rules' 88.0%, the candidates' oracle 91.9%; on
batches the rules had never seen, with the rules of that time: batch O 65.2 -> 68.3%, batches M
and N 83.3 -> 83.8%), and scoring the candidates doubles the draft's CPU for labels. Without the
weights file ``pick`` returns the rules' label at once, so the draft is the rules' alone; the
composer calls it so that tools/label_ranker.py can record each figure's context.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..locate import LABEL_WEIGHTS
from .labels import (
    LABEL_WORDS,
    _bracket_subject,
    _list_head,
    _long_tail,
    _noun_phrase,
    _nwords,
    _sentence_start,
    _subject,
    _tidy,
    clean_ends,
    compact,
    fit,
    subject_of,
)
from .measures import measures
from .quantities import _LEADING, _VERBS, Found, _pyvi

_MEASURE = re.compile(rf"^(?:{measures('ranked')})(?:\s|$)", re.IGNORECASE)
_RUN_IN = re.compile(
    r"^(?:[-–+•]\s*|[a-zđ]\)\s*|\d+(?:\.\d+)*[.)]\s*)?(?P<head>[^:;.()\d]{2,60}?)\s*:\s"
)
_CLAUSE_END = re.compile(r"[.;:!?(]\s|,\s|\s[-–]\s|\(")
_AFTER = re.compile(r"\s*([^\W\d][^,;.:()\d]{0,60}?)(?=\s*[,;.:()]|\s(?:và|là|đạt|tăng|giảm)\s|$)")
_WORD = re.compile(r"\w+")
# what a number is set against, written after it ('vượt 10,22% so dự toán', 'đạt 74,5% KH')
_BASE_AFTER = re.compile(
    r"\s*(?:\(\s*)?(?:so\s+(?:với\s+)?)?(?P<base>(?:cùng kỳ|dự toán|kế hoạch|KH|chỉ tiêu|"
    r"mục tiêu|năm trước|năm \d{4})(?:\s+(?:năm(?: \d{4})?|tỉnh giao|huyện giao|HĐND(?: tỉnh)?|"
    r"Trung ương giao|giao|đề ra))?)",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?P<verb>tăng|giảm|vượt|đạt|bằng|chiếm)(?:\s+(?:khoảng|hơn|trên|gần|xấp xỉ))?\s*$"
)


Tagger = Callable[[str], tuple[list[str], list[str]]]


@dataclass(frozen=True)
class Context:
    """What the scorer reads of one figure: its paragraph, the figure as the rules labelled it,
    the figure before it in the paragraph, the heading it is under."""

    text: str
    figure: Found
    previous: Found | None
    heading: str

    @property
    def start(self) -> int:
        return self.figure.span[0]

    @property
    def end(self) -> int:
        return self.figure.span[1]

    @property
    def prev_end(self) -> int:
        return self.previous.span[1] if self.previous is not None else 0

    @property
    def unit(self) -> str | None:
        return self.figure.unit

    @property
    def rule(self) -> str:
        return self.figure.label


@dataclass(frozen=True)
class Candidate:
    label: str
    generators: tuple[str, ...]
    distance: int
    """Characters between the candidate's end in the text and the number (-1: not found)."""


def _clean(label: str) -> str:
    label = re.sub(r"\s+", " ", label).strip(" ,;:-–+•")
    label = _LEADING.sub("", label).strip(" ,;:-–")
    if not label or not any(c.isalpha() for c in label):
        return ""
    label = fit(_tidy(label), LABEL_WORDS)
    return label[:1].upper() + label[1:]


def _pieces(ctx: Context) -> list[tuple[str, str]]:
    """(generator, raw label) for every reading the text offers."""
    text, start = ctx.text, ctx.start
    sentence = _sentence_start(text, start)
    out: list[tuple[str, str]] = [("rule", ctx.rule)]
    before = text[max(sentence, ctx.prev_end) : start]
    cut = 0
    for b in _CLAUSE_END.finditer(before):
        cut = b.end()
    clause = _VERBS.sub("", before[cut:].rstrip()).strip()
    clause = compact(clause) or clause
    out.append(("clause", clause))
    out.append(("clause_clean", clean_ends(clause)))
    words = clause.split()
    if len(words) > 6:
        out.append(("clause_tail", " ".join(words[-6:])))
    wide = before
    semi = max(wide.rfind("; "), wide.rfind(": "))
    if semi >= 0:
        wide = wide[semi + 2 :]
    out.append(("wide", compact(wide) or wide))
    out.append(("subject", _subject(text, sentence, start)))
    out.append(("np_last", _noun_phrase(clause)))
    tagger = _pyvi()
    if tagger is not None and clause:
        tokens, tags = tagger(compact(text[sentence:start]) or text[sentence:start])
        first = next((i for i, t in enumerate(tags) if t in ("N", "Nc", "Np", "Ny")), None)
        if first is not None:
            stop = next(
                (i for i in range(first + 1, len(tags)) if tags[i] in ("V", "E", "C", "CH", "M")),
                len(tags),
            )
            out.append(("np_first", " ".join(tokens[first:stop]).replace("_", " ")))
    if (run_in := _RUN_IN.match(text)) and run_in.end() <= start:
        out.append(("run_in", run_in.group("head")))
        if clause:
            out.append(("run_in_clause", f"{run_in.group('head')} {clause}"))
    out.append(("list_head", _list_head(text, ctx.prev_end, start)))
    out.append(("bracket", _bracket_subject(text, start, ctx.end, ctx.previous)))
    after = _long_tail(text, ctx.end)
    out.append(("after", after))
    if ctx.unit and ctx.unit not in ("%", "%/năm") and (tail := _AFTER.match(text, ctx.end)):
        out.append(("unit_after", f"{ctx.unit} {tail.group(1)}"))
    base = _BASE_AFTER.match(text, ctx.end)
    verb = _VERB_BEFORE.search(text, max(sentence, ctx.prev_end), start)
    subjects = [("rule", subject_of(ctx.rule))]
    if ctx.previous is not None and ctx.previous.span[0] >= sentence:
        subjects.append(("prev", subject_of(ctx.previous.label)))
        out.append(("prev_subject", subjects[-1][1]))
    for name, subject in subjects:
        if not subject or subject == "?":
            continue
        said = " ".join(w for w in (verb and verb["verb"], base and f"so {base['base']}") if w)
        if said and said.lower() not in subject.lower():
            out.append((f"{name}_said", f"{fit(subject, LABEL_WORDS - _nwords(said))} {said}"))
    if ctx.heading:
        out.append(("heading", ctx.heading))
        if clause:
            out.append(("heading_clause", f"{ctx.heading} {clause}"))
    return out


def candidates(ctx: Context) -> list[Candidate]:
    """The distinct readings of one figure's label, the rules' label first."""
    seen: dict[str, list[str]] = {}
    order: list[str] = []
    for generator, raw in _pieces(ctx):
        label = ctx.rule if generator == "rule" else _clean(raw)
        if not label or (label == "?" and generator != "rule"):
            continue
        key = label.lower()
        if key not in seen:
            seen[key] = []
            order.append(label)
        if generator not in seen[key]:
            seen[key].append(generator)
    before = ctx.text[: ctx.start].lower()
    out = []
    for label in order:
        at = before.rfind(label.lower())
        out.append(
            Candidate(
                label, tuple(seen[label.lower()]), ctx.start - at - len(label) if at >= 0 else -1
            )
        )
    return out


def _words(label: str) -> set[str]:
    return {w for w in _WORD.findall(label.lower()) if not w.isdigit()}


def _own(label: str, unit: str, tagger: Tagger | None) -> dict[str, float]:
    """What a label says of itself: its length, its first and last word, its shape."""
    f: dict[str, float] = {}
    n = _nwords(label)
    f[f"words={min(n, 11)}"] = 1.0
    f["words"] = n / 10
    f["digits"] = 1.0 if any(ch.isdigit() for ch in label) else 0.0
    f["measure"] = 1.0 if _MEASURE.match(label) else 0.0
    f["colon"] = 1.0 if ":" in label else 0.0
    f["bracket"] = 1.0 if "(" in label else 0.0
    f["unit_in"] = 1.0 if unit and unit.split()[-1] in label.lower() else 0.0
    if tagger is not None:
        tags = tagger(label)[1] or ["?"]
        f[f"first={tags[0]}"] = 1.0
        f[f"last={tags[-1]}"] = 1.0
        f["verbs"] = sum(t == "V" for t in tags) / len(tags)
    return f


def features(ctx: Context, cands: list[Candidate]) -> list[dict[str, float]]:
    """One feature vector (name -> value) per candidate: its own, and for every candidate other
    than the rules' label, what the rules' label says of itself and how the rules came to it
    (their review remark), so that the weights can say when the rules are to be trusted."""
    tagger = _pyvi()
    sets = [_words(c.label) for c in cands]
    rule_words = _words(ctx.rule)
    unit = (ctx.unit or "").lower()
    kind = (
        "pct" if unit.startswith("%") else "money" if "đồng" in unit or "usd" in unit else "count"
    )
    rule = {f"alt&rule_{k}": v for k, v in _own(ctx.rule, unit, tagger).items()}
    for remark in ctx.figure.review:
        said = str(getattr(remark, "message", remark))
        if said.startswith(("label", "named")):
            rule[f"alt&rule_review={said}"] = 1.0
    out = []
    for c, ws in zip(cands, sets, strict=True):
        f: dict[str, float] = {}
        for g in c.generators:
            f[f"gen={g}"] = 1.0
            f[f"gen={g}&{kind}"] = 1.0
        f.update(_own(c.label, unit, tagger))
        if c.distance < 0:
            f["far=none"] = 1.0
        else:
            f["far"] = math.log1p(c.distance) / 5
        others = [s for s, o in zip(sets, cands, strict=True) if o is not c]
        if ws and others:
            f["agree"] = sum(len(ws & s) / len(ws) for s in others) / len(others)
        f["n_gens"] = len(c.generators) / 5
        if "rule" not in c.generators:
            f.update(rule)
            f["alt"] = 1.0
            f["alt&rule_overlap"] = len(ws & rule_words) / len(ws) if ws else 0.0
            f["alt&extends_rule"] = 1.0 if rule_words and rule_words < ws else 0.0
        out.append(f)
    return out


@functools.cache
def weights() -> dict[str, float]:
    """The fitted weights (tools/label_ranker.py); empty when the file is missing."""
    try:
        data = json.loads(LABEL_WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in data.get("weights", {}).items()}


def score(f: dict[str, float], w: dict[str, float]) -> float:
    return sum(w.get(k, 0.0) * v for k, v in f.items())


def pick(ctx: Context, w: dict[str, float] | None = None) -> str:
    """The label with the highest score among ``candidates(ctx)``; the rules' label when there
    are no weights (or no pyvi, whose tags the weights were fitted with)."""
    w = weights() if w is None else w
    if not w or _pyvi() is None:
        return ctx.rule
    cands = candidates(ctx)
    if len(cands) < 2:
        return ctx.rule
    scores = [score(f, w) for f in features(ctx, cands)]
    best = max(range(len(cands)), key=lambda i: (scores[i], -i))
    return cands[best].label
