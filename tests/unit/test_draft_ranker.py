"""deckmaker.draft.ranker: a figure's label chosen among the readings its text offers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from deckmaker.draft.figures import find_figures
from deckmaker.draft.ranker import Context, candidates, features, pick, score, weights
from deckmaker.locate import LABEL_WEIGHTS

ROOT = Path(__file__).resolve().parents[2]
RUN_IN = "a) Chi đầu tư phát triển: Ước thực hiện 5.817 tỷ đồng, đạt 97,97% kế hoạch."


def _context(text: str, n: int = 0, heading: str = "Tình hình thu, chi ngân sách") -> Context:
    found = find_figures(text)
    return Context(text, found[n], found[n - 1] if n else None, heading)


def test_the_rules_label_comes_first_and_the_text_offers_others():
    ctx = _context(RUN_IN)
    got = [c.label for c in candidates(ctx)]
    assert got[0] == ctx.rule
    assert "Chi đầu tư phát triển" in got  # the run-in head
    assert "Tình hình thu, chi ngân sách" in got  # the section heading
    run_in = next(c for c in candidates(ctx) if c.label == "Chi đầu tư phát triển")
    assert "run_in" in run_in.generators
    # the share after it: the subject said with its base ('so kế hoạch')
    second = [c.label for c in candidates(_context(RUN_IN, 1))]
    assert any(label.endswith("so kế hoạch") for label in second), second


def test_the_highest_score_wins_and_a_tie_keeps_the_rules_label():
    ctx = _context(RUN_IN)
    assert ctx.rule == "Chi đầu tư phát triển"  # the rules read the run-in head too
    assert pick(ctx, {"gen=clause": 5.0}) == "Ước thực hiện"
    assert pick(ctx, {"gen=heading": 5.0}) == "Tình hình thu, chi ngân sách"
    assert pick(ctx, {"gen=clause": 5.0, "gen=run_in": 6.0}) == ctx.rule
    # every candidate scores 0: the first, the rules' label, stays
    assert pick(ctx, {"no such feature": 1.0}) == ctx.rule
    scores = [score(f, {"gen=heading": 5.0}) for f in features(ctx, candidates(ctx))]
    assert scores[0] == 0.0 and max(scores) == 5.0


def test_without_weights_the_rules_label_stands():
    """No weights are shipped (BASELINE.md, round 19): the draft keeps the rules' labels."""
    assert not LABEL_WEIGHTS.exists() and weights() == {}
    for n in range(2):
        ctx = _context(RUN_IN, n)
        assert pick(ctx) == ctx.rule


def test_the_cross_validation_tool_runs(tmp_path):
    """tools/label_ranker.py: folds of documents, the rules, ranker and oracle rates, and a fit
    written where it is asked to be."""
    docs = "gialai-daihoi-2025,binhdinh-dinhhuong-2023,brvt-ketluan-9thang-2024"
    env = {"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)}
    tool = [sys.executable, "tools/label_ranker.py"]
    run = subprocess.run(
        [*tool, "cv", "--only", docs, "--folds", "3"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = run.stdout.splitlines()
    assert rows[0].split() == ["figures", "rules", "ranker", "oracle"]
    assert [r.split()[0] for r in rows[1:]] == ["fold", "fold", "fold", "ALL"]
    total = rows[-1].split()
    assert int(total[1]) > 10 and all(r.endswith("%") for r in total[2:])
    out = tmp_path / "weights.json"
    subprocess.run([*tool, "fit", "--only", docs, "--out", str(out)], cwd=ROOT, env=env, check=True)
    fitted = json.loads(out.read_text(encoding="utf-8"))["weights"]
    for n in range(2):  # the fitted weights choose one of the candidates, the same each time
        ctx = _context(RUN_IN, n)
        chosen = pick(ctx, fitted)
        assert chosen in [c.label for c in candidates(ctx)] and pick(ctx, fitted) == chosen
