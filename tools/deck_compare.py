"""Builds every deck of the design sweep (tools/design_sweep.py: the sample and the stress outlines
in every built-in theme, the sample on every template, the two drafted decks) and of
tools/deck_hashes.sh (the chart fixtures, every bundled theme) with two trees, each build cold (a
fresh ``DECKMAKER_CACHE``, no deck cache, no build or chart server), and compares the decks'
sha256: for a change that must not change any deck.

    PYTHONPATH=$PWD python tools/deck_compare.py --against DIR [--jobs 2] [--keep OUT]

``DIR`` is another tree (``git archive main | tar -x -C DIR``). The drafted outlines are drafted
once, by this tree, and built by both. Prints one line per deck that differs (and the count of
those that do not); the exit status is 1 when one differs or a build fails. ``--keep OUT`` keeps
the decks (``OUT/this``, ``OUT/against``) to render the ones that differ; with ``--reuse`` a
later run takes the other tree's decks from there instead of building them again.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from design_sweep import jobs as sweep_jobs  # noqa: E402

EXTRA = ("charts-en", "charts-vi", "e2e", "every")
"""tools/deck_hashes.sh's chart fixtures (tests/fixtures), in every built-in theme."""


def decks(tmp: Path) -> list[tuple[str, Path, str]]:
    """(name, outline folder, theme) of every deck compared."""
    args = argparse.Namespace(only=None, theme=None)
    out = list(sweep_jobs(args, tmp))
    fixtures = ROOT / "tests" / "fixtures"
    for name in EXTRA:
        for theme in ("default", "co-do", "tuong-phan"):
            out.append((f"{name} / {theme}", fixtures / name, theme))
    for theme in sorted((ROOT / "themes").iterdir()):
        out.append((f"every / {theme.name}", fixtures / "every", str(theme)))
        out.append((f"sample / {theme.name}", ROOT / "outlines" / "hung-yen-2024", str(theme)))
    return list(dict.fromkeys(out))


def build(tree: Path, outline: Path, theme: str, deck: Path) -> str:
    """The sha256 of ``outline`` built by ``tree`` in ``theme``, cold; "FAILED: …" else."""
    with tempfile.TemporaryDirectory(prefix="deck-compare-cache-") as cache:
        env = dict(
            os.environ,
            PYTHONPATH=str(tree),
            DECKMAKER_CACHE=cache,
            DECKMAKER_DECK_CACHE="off",
            DECKMAKER_BUILD_SERVER="off",
            DECKMAKER_CHART_SERVER="off",
        )
        run = subprocess.run(
            [sys.executable, "-m", "deckmaker", "build", str(outline), "--theme", theme,
             "-o", str(deck)],
            cwd=tree, env=env, capture_output=True, text=True,
        )  # fmt: skip
    if run.returncode != 0 or not deck.exists():
        return "FAILED: " + run.stderr.strip().splitlines()[-1:][0] if run.stderr else "FAILED"
    return hashlib.sha256(deck.read_bytes()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, required=True, help="the other tree")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="keep the decks here")
    ap.add_argument("--only", help="only decks whose name contains this")
    ap.add_argument(
        "--reuse", action="store_true", help="the other tree's decks kept in --keep, not rebuilt"
    )
    args = ap.parse_args()
    trees = {"this": ROOT, "against": args.against.resolve()}
    with tempfile.TemporaryDirectory(prefix="deck-compare-") as d:
        tmp = Path(d)
        out = args.keep or tmp
        todo = [j for j in decks(tmp) if not args.only or args.only in j[0]]
        for name in trees:
            (out / name).mkdir(parents=True, exist_ok=True)

        def one(job: tuple[str, Path, str], name: str) -> str:
            label, outline, theme = job
            file = label.replace(" / ", "--").replace(" ", "_").replace(".", "_") + ".pptx"
            deck = out / name / file
            if args.reuse and name == "against" and deck.exists():
                return hashlib.sha256(deck.read_bytes()).hexdigest()
            return build(trees[name], outline, theme, deck)

        with ThreadPoolExecutor(args.jobs) as pool:
            this = list(pool.map(lambda j: one(j, "this"), todo))
            other = list(pool.map(lambda j: one(j, "against"), todo))
    same = 0
    bad = 0
    for (label, _, _), a, b in zip(todo, this, other, strict=True):
        if a == b and not a.startswith("FAILED"):
            same += 1
            continue
        bad += 1
        print(f"DIFFERS {label}: this {a[:16]} against {b[:16]}")
    print(f"{same} of {len(todo)} decks byte-identical")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
