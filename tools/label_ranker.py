"""Fit and measure the draft's label scorer (deckmaker/draft/ranker.py) on the hand-labelled
evaluation set (tests/fixtures/draft-eval, scored as tests/draft_eval.py scores it).

    PYTHONPATH=$PWD python tools/label_ranker.py cv [--folds 10] [--only a,b] [-v]
    PYTHONPATH=$PWD python tools/label_ranker.py heldout --test a,b  # fitted without a,b
    PYTHONPATH=$PWD python tools/label_ranker.py misses   # figures no candidate names
    PYTHONPATH=$PWD python tools/label_ranker.py fit [--out PATH]  # default: the draft's weights
    (any command: --cache FILE keeps the collected examples, drafted once, for the next run)

Every document is drafted once with the rules alone (the scorer's ``pick`` replaced by one that
keeps the rules' label and records what it was asked); each drafted figure matched to a gold
figure (same value and unit, in text order, as the eval matches them) gives one example: its
candidates, their features, and which of them are usable labels for the gold label.

``cv`` reports, overall and per fold, with the documents split into folds (each document's
figures all in one fold; the scorer fitted on the other folds):

- **rules**: the share of matched figures whose drafted (rules') label is usable;
- **ranker**: the share whose label chosen by the scorer fitted *without* their document is;
- **oracle**: the share with at least one usable candidate (what any choice can reach).

Only the held-out ranker number says anything about documents never seen, and the folds are held
out from the scorer only: the rules were tuned on every document of the set. ``heldout`` scores a
batch the scorer was not fitted on; run in the tree of the commit at which a batch joined the set
untouched (with ranker.py, this tool and the composer's ``pick`` call copied in), it scores a
batch held out from both (BASELINE.md, round 19). ``fit`` fits on every document and writes
deckmaker/draft/label_weights.json, which the draft then reads: that wires the scorer in, so run
it only when ``cv`` and ``heldout`` show a clear gain (none is shipped).
"""

from __future__ import annotations

import importlib
import json
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from deckmaker.draft import draft
from deckmaker.draft.ranker import Candidate, Context, candidates, features
from deckmaker.locate import LABEL_WEIGHTS

# the module, not the function of the same name that deckmaker.draft exports
compose = importlib.import_module("deckmaker.draft.compose")

from tests.draft_eval import (  # noqa: E402
    EVAL,
    HUNG_YEN,
    HUNG_YEN_SECTIONS,
    HUNG_YEN_TRUTH,
    _body,
    _number,
    _unit,
    usable_label,
)

L2 = 0.3
"""The weight of the L2 penalty (per figure, on the listwise loss)."""
STEPS = 400


@dataclass
class Example:
    doc: str
    gold: str
    drafted: str
    """The label the rules-only draft wrote (after every later pass of the composer)."""
    labels: list[str]
    ok: list[bool]
    ctx: Context
    cands: list[Candidate]
    feats: list[dict[str, float]] = field(default_factory=list)


def _documents(only: set[str] | None) -> list[tuple[str, Path, list[dict], object]]:
    docs: list[tuple[str, Path, list[dict], object]] = []
    truth = yaml.safe_load(HUNG_YEN_TRUTH.read_text(encoding="utf-8"))
    wanted = set(HUNG_YEN_SECTIONS.values())
    docs.append(
        (
            "hungyen-25-HD-BTGDUK-2024",
            HUNG_YEN,
            [t for t in truth if t["section"] in HUNG_YEN_SECTIONS],
            lambda f: f.source.split("mục ")[-1].split("(")[0] in wanted,
        )
    )
    for text in sorted(EVAL.glob("*.txt")):
        if text.with_suffix(".yaml").exists():
            gold = yaml.safe_load(text.with_suffix(".yaml").read_text(encoding="utf-8")) or []
            docs.append((text.stem, text, gold, None))
    return [d for d in docs if only is None or d[0] in only]


def collect(only: set[str] | None = None) -> list[Example]:
    """One example per matched figure of every document (rules-only draft)."""
    asked: list[Context] = []

    def record(ctx: Context, w=None) -> str:
        asked.append(ctx)
        return ctx.rule

    real = compose.pick
    compose.pick = record  # type: ignore[assignment]  # the rules alone, and what was asked
    examples: list[Example] = []
    try:
        for name, path, gold, keep in _documents(only):
            asked.clear()
            with tempfile.TemporaryDirectory() as tmp:
                result = draft(_body(path, Path(tmp)))
            contexts = list(asked)
            # each drafted figure's context: the first unused one of the same value and unit
            taken = [False] * len(contexts)
            of_figure = []
            for f in result.deck.figures:
                key = (_number(f.value), _unit(f.unit), f.period, _number(f.plan))
                hit = next(
                    (
                        i
                        for i, c in enumerate(contexts)
                        if not taken[i]
                        and (
                            _number(c.figure.value),
                            _unit(c.figure.unit),
                            c.figure.period,
                            _number(c.figure.plan),
                        )
                        == key
                    ),
                    None,
                )
                if hit is not None:
                    taken[hit] = True
                of_figure.append(contexts[hit] if hit is not None else None)
            figures = [
                (f, c)
                for f, c in zip(result.deck.figures, of_figure, strict=True)
                if keep is None or keep(f)
            ]
            used = [False] * len(figures)
            for g in gold:
                key = (_number(g["value"]), _unit(g.get("unit")))
                hit = next(
                    (
                        i
                        for i, (f, _) in enumerate(figures)
                        if not used[i] and (_number(f.value), _unit(f.unit)) == key
                    ),
                    None,
                )
                if hit is None:
                    continue
                used[hit] = True
                f, ctx = figures[hit]
                if ctx is None:
                    continue
                cands = candidates(ctx)
                ok = [
                    usable_label(f.label if i == 0 else c.label, g["label"])
                    for i, c in enumerate(cands)
                ]
                examples.append(
                    Example(name, g["label"], f.label, [c.label for c in cands], ok, ctx, cands)
                )
    finally:
        compose.pick = real  # type: ignore[assignment]
    return examples


class _Vocabulary:
    def __init__(self, examples: list[Example]):
        names = sorted({k for e in examples for f in e.feats for k in f})
        self.index = {k: i for i, k in enumerate(names)}

    def matrix(self, feats: list[dict[str, float]]) -> np.ndarray:
        x = np.zeros((len(feats), len(self.index)))
        for r, f in enumerate(feats):
            for k, v in f.items():
                if (i := self.index.get(k)) is not None:
                    x[r, i] = v
        return x


def train(examples: list[Example]) -> dict[str, float]:
    """Listwise logistic regression: per figure, a softmax over its candidates, the loss the
    negative log of the probability given to its usable ones (figures with none left out)."""
    vocab = _Vocabulary(examples)
    groups = [(vocab.matrix(e.feats), np.array(e.ok, dtype=float)) for e in examples if any(e.ok)]
    x = np.vstack([g[0] for g in groups])
    ok = np.concatenate([g[1] for g in groups])
    ends = np.cumsum([len(g[1]) for g in groups])
    starts = ends - np.array([len(g[1]) for g in groups])
    seg = np.repeat(np.arange(len(groups)), [len(g[1]) for g in groups])
    w = np.zeros(x.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    rate, b1, b2 = 0.05, 0.9, 0.999
    n = len(groups)
    for step in range(1, STEPS + 1):
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[seg])
        p = e / np.add.reduceat(e, starts)[seg]
        q = e * ok
        q = q / np.add.reduceat(q, starts)[seg]
        grad = x.T @ (p - q) / n + L2 * w / n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
    names = sorted(vocab.index, key=vocab.index.get)  # type: ignore[arg-type]
    return {k: round(float(w[i]), 4) for i, k in enumerate(names) if abs(w[i]) >= 1e-4}


def choose(e: Example, w: dict[str, float]) -> int:
    scores = [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in e.feats]
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


def folds(docs: list[str], k: int) -> list[list[str]]:
    """Documents in ``k`` folds, in name order dealt round (deterministic)."""
    return [docs[i::k] for i in range(k)]


def report(rows: list[tuple[str, list[Example], list[int]]], verbose: bool = False) -> None:
    """Rules, ranker and oracle rates of each row of (name, examples, chosen candidates), and
    of all rows together when there are several."""
    if len(rows) > 1:
        rows = [
            *rows,
            ("ALL", [e for _, t, _ in rows for e in t], [c for _, _, p in rows for c in p]),
        ]
    print(f"{'':22} {'figures':>7} {'rules':>7} {'ranker':>7} {'oracle':>7}")
    for name, test, picked in rows:
        n = max(len(test), 1)
        rules = sum(e.ok[0] for e in test)
        ranker = sum(e.ok[c] for e, c in zip(test, picked, strict=True))
        oracle = sum(any(e.ok) for e in test)
        print(f"{name:22} {len(test):7d} {rules / n:7.1%} {ranker / n:7.1%} {oracle / n:7.1%}")
    if verbose:
        for name, test, picked in rows[:-1] if len(rows) > 1 else rows:
            for e, c in zip(test, picked, strict=True):
                if e.ok[0] != e.ok[c]:
                    mark = "+" if e.ok[c] else "-"
                    print(f"{mark} {e.doc}: {e.labels[0]!r} -> {e.labels[c]!r} (gold {e.gold!r})")


def cv(examples: list[Example], k: int, verbose: bool = False) -> None:
    """Document-grouped cross-validation: each fold's documents scored by the scorer fitted on
    the other folds."""
    docs = sorted({e.doc for e in examples})
    rows = []
    for i, held in enumerate(folds(docs, k)):
        test = [e for e in examples if e.doc in held]
        w = train([e for e in examples if e.doc not in held])
        rows.append((f"fold {i + 1:2d} ({len(held)} docs)", test, [choose(e, w) for e in test]))
    report(rows, verbose)


def main(argv: list[str]) -> None:
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    k = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 10
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if cache is not None and cache.exists():
        examples = pickle.loads(cache.read_bytes())
    else:
        examples = collect(only)
        if cache is not None:
            cache.write_bytes(pickle.dumps(examples))
    for e in examples:  # (features apart from the cache: they change more often)
        e.feats = features(e.ctx, e.cands)
    if argv[:1] == ["misses"]:
        for e in examples:
            if not any(e.ok):
                print(f"{e.doc}: gold {e.gold!r}; {' | '.join(e.labels)}")
        return
    if argv[:1] == ["heldout"]:
        # a batch held out of the fit: the scorer fitted on every other document
        test = set(argv[argv.index("--test") + 1].split(","))
        w = train([e for e in examples if e.doc not in test])
        held = [e for e in examples if e.doc in test]
        report([("held out", held, [choose(e, w) for e in held])], "-v" in argv)
        return
    if argv[:1] == ["fit"]:
        w = train(examples)
        data = {
            "about": "deckmaker/draft/ranker.py's label scorer, fitted by tools/label_ranker.py "
            f"on {len({e.doc for e in examples})} documents, {len(examples)} figures",
            "weights": dict(sorted(w.items())),
        }
        out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else LABEL_WEIGHTS
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(w)} weights)")
    else:
        cv(examples, min(k, len({e.doc for e in examples})), "-v" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
