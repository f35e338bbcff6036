"""A recall audit of `deckmaker draft` on unlabelled documents: every digit run of the text beside
what the draft made of it, re-scored from a hand verdict file on any later tree (issue 15).

Each document (.txt; leading ``#`` lines name its source and are dropped, as the evaluation
does) is drafted through the library with every slide kept. Every digit run of its text is
listed with its context and the figure it became (value, unit, label, plan) or ``-``; the
drafted values no digit run wrote are listed after (``EXTRA``).

A verdict file (YAML) judges the runs once, by hand: per document (its file name without
``.txt``), one entry per digit run in text order, ``"TOKEN skip"`` (a date, a document or
section number, a duration, an age bound, a restated base: nothing a presenter would show) or
``"TOKEN show UNIT"`` (``"TOKEN show"`` for a number with no unit)::

    collector:
      - "31,88 show %"
      - "2025 skip"
      - "45 show vụ"

With it the audit is scored: of the M showable runs, N drafted with their unit (right), K
drafted with another unit, the rest missed; J drafted non-figures (a run judged ``skip`` that
became a figure, or a drafted value no run wrote). ``--template FILE`` writes a verdict file
from the current draft (drafted runs ``show`` with the drafted unit, the rest ``skip``, each
entry's context as a comment) to be corrected by hand.

Usage: PYTHONPATH=$PWD python tools/draft_audit.py [--verdicts FILE] [--template FILE] [-q]
           DOC.txt [DOC.txt ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deckmaker.draft import draft  # noqa: E402
from deckmaker.errors import DeckmakerError  # noqa: E402
from deckmaker.source import MAX_FILE_BYTES, load_yaml  # noqa: E402
from tests.draft_eval import _unit  # noqa: E402

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMPOUND = re.compile(r"\d+\s+(?:tỷ|tỉ|triệu|nghìn|ngàn)\s+(\d{1,3})\s+(?:triệu|nghìn|ngàn|đồng)")
CONTEXT = 35
"""Characters of text shown on each side of a run."""


def number(token: str) -> Decimal | None:
    """The value a digit run writes: '495.086,8' -> 495086.8 (dots group thousands where they
    group threes), '31,88' -> 31.88; None where it writes none ('1.2.3')."""
    if _GROUPED.fullmatch(token):
        token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", ".")
        if token.count(".") > 1:
            return None
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def same_unit(a: str | None, b: str | None) -> bool:
    """Units equal as the evaluation compares them (tests/draft_eval.py ``_unit``)."""
    return _unit(a) == _unit(b)


@dataclass
class Drafted:
    """One drafted value (a figure's value, or its plan) and where its paragraph starts."""

    value: Decimal
    unit: str | None
    label: str
    plan: str
    anchor: int | None
    used: bool = False

    def describe(self) -> str:
        return f"{self.unit or ''} [{self.label}]{self.plan}"


@dataclass
class Run:
    """One digit run of the text, the value drafted from it and its verdict."""

    token: str
    start: int
    end: int
    context: str
    drafted: Drafted | None = None
    verdict: str | None = None
    unit: str | None = None


@dataclass
class Audit:
    name: str
    chars: int
    figures: int
    runs: list[Run]
    extra: list[Drafted]
    problems: list[str] = field(default_factory=list)


def _flat(value: object) -> list[Decimal]:
    values = value if isinstance(value, (list, tuple)) else [value]
    out = []
    for v in values:
        try:
            out.append(abs(Decimal(str(v))))
        except (InvalidOperation, ValueError):
            continue
    return out


def _anchor(text: str, source: str) -> int | None:
    """Where the figure's paragraph (its ``source``, cut with '…') starts in the text."""
    quote = source.rstrip("…").strip()
    for size in (len(quote), 40, 20):
        if len(quote[:size]) >= 8:
            at = text.find(quote[:size])
            if at >= 0:
                return at
    return None


def _unit_follows(text: str, end: int, unit: str | None) -> bool:
    after = " ".join(text[end : end + 60].split()).lower()
    return bool(unit) and after.startswith((unit or "").lower())


def audit(path: Path) -> Audit:
    """Draft one document and pair its digit runs with the drafted values."""
    raw = path.read_bytes()[: MAX_FILE_BYTES + 1]
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    lines = raw.decode("utf-8-sig", errors="replace").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    text = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        body = Path(tmp) / f"{path.stem}.txt"
        body.write_text(text, encoding="utf-8")
        figures = draft(body, slides=None).deck.figures
    drafted: list[Drafted] = []
    for f in figures:
        at = _anchor(text, f.source)
        plan = f" plan={f.plan}" if f.plan is not None else ""
        kind = f" {f.plan_kind}" if f.plan_kind else ""
        for v in _flat(f.value):
            drafted.append(Drafted(v, f.unit, f.label, plan + kind, at))
        if f.plan is not None:
            for v in _flat(f.plan):
                drafted.append(Drafted(v, f.unit, f"plan of {f.label}", "", at))
    runs = []
    for m in DIGITS.finditer(text):
        a, b = max(0, m.start() - CONTEXT), m.end() + CONTEXT
        runs.append(Run(m.group(), m.start(), m.end(), " ".join(text[a:b].split())))

    by_value: dict[Decimal, list[Drafted]] = {}
    for d in drafted:  # (each run looks only at the drafted values equal to its own)
        by_value.setdefault(d.value, []).append(d)

    def candidates(run: Run) -> list[Drafted]:
        value = number(run.token)
        compound = _COMPOUND.match(text, run.start)
        if compound and value is not None:
            # '13 tỷ 631 triệu đồng' is drafted as one value, 13.631 tỷ đồng: the first run
            # carries it, the second is judged skip
            value += Decimal(compound.group(1)) / 1000
        free = [d for d in by_value.get(value, ()) if not d.used] if value is not None else []
        before = [d for d in free if d.anchor is not None and d.anchor <= run.start]
        after = [d for d in free if d.anchor is not None and d.anchor > run.start]
        # the nearest paragraph before the run first, then a figure placed nowhere, then one
        # whose quoted paragraph comes later (a figure's source may quote a heading after it)
        before.sort(key=lambda d: -(d.anchor or 0))
        after.sort(key=lambda d: d.anchor or 0)
        return before + [d for d in free if d.anchor is None] + after

    # first the runs their drafted unit follows in the text ('9 tháng' a date, '9 ha' a
    # figure), then the rest in text order
    for run in runs:
        hit = next((d for d in candidates(run) if _unit_follows(text, run.end, d.unit)), None)
        if hit is not None:
            hit.used, run.drafted = True, hit
    for run in runs:
        if run.drafted is None:
            hit = next(iter(candidates(run)), None)
            if hit is not None:
                hit.used, run.drafted = True, hit
    extra = [d for d in drafted if not d.used]
    return Audit(path.stem, len(text), len(figures), runs, extra)


def judge(a: Audit, entries: list) -> None:
    """Set each run's verdict from the verdict file's entries for its document."""
    if len(entries) != len(a.runs):
        a.problems.append(f"{len(entries)} verdicts for {len(a.runs)} digit runs")
    for n, (run, entry) in enumerate(zip(a.runs, entries), 1):
        parts = str(entry).split(None, 2)
        if len(parts) < 2 or parts[0] != run.token or parts[1] not in ("show", "skip"):
            a.problems.append(f"verdict {n} {entry!r} does not judge run {run.token!r}")
            return
        run.verdict = parts[1]
        run.unit = parts[2] if len(parts) > 2 else None


@dataclass
class Tally:
    showable: int = 0
    right: int = 0
    wrong_unit: int = 0
    non_figures: int = 0

    def add(self, other: Tally) -> None:
        self.showable += other.showable
        self.right += other.right
        self.wrong_unit += other.wrong_unit
        self.non_figures += other.non_figures

    def line(self) -> str:
        rate = f" ({100 * self.right / self.showable:.1f}%)" if self.showable else ""
        return (
            f"{self.right} of {self.showable} showable numbers drafted right{rate}; "
            f"{self.wrong_unit} wrong unit; {self.non_figures} drafted non-figures"
        )


def tally(a: Audit) -> Tally:
    t = Tally()
    for run in a.runs:
        if run.verdict == "show":
            t.showable += 1
            if run.drafted is not None:
                if same_unit(run.drafted.unit, run.unit):
                    t.right += 1
                else:
                    t.wrong_unit += 1
        elif run.verdict == "skip" and run.drafted is not None:
            t.non_figures += 1
    t.non_figures += len(a.extra)
    return t


def mark(run: Run) -> str:
    """How the run's verdict and its draft agree: ok, MISS, UNIT, NONFIG or blank."""
    if run.verdict == "show":
        if run.drafted is None:
            return "MISS"
        return "ok" if same_unit(run.drafted.unit, run.unit) else "UNIT"
    if run.verdict == "skip" and run.drafted is not None:
        return "NONFIG"
    return ""


def listing(a: Audit) -> list[str]:
    out = [f"=== {a.name}: {a.chars} chars, {a.figures} figures"]
    for run in a.runs:
        got = run.drafted.describe() if run.drafted else "-"
        want = "" if run.verdict is None else (run.verdict + (f" {run.unit}" if run.unit else ""))
        out.append(
            f"  {run.token:>12} | {got[:58]:58} | {want[:16]:16} {mark(run):6} | {run.context}"
        )
    out += [f"  EXTRA {d.value} {d.describe()}" for d in a.extra]
    return out


def template(audits: list[Audit]) -> str:
    """A verdict file from the current draft, to be corrected by hand."""
    out = ["# Verdicts for tools/draft_audit.py: one per digit run, in text order."]
    for a in audits:
        out.append(f"{json.dumps(a.name, ensure_ascii=False)}:")
        for run in a.runs:
            d = run.drafted
            verdict = f"show {d.unit}".strip() if d else "skip"
            entry = json.dumps(f"{run.token} {verdict}", ensure_ascii=False)
            out.append(f"  - {entry}  # {run.context.replace('#', ' ')}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("documents", nargs="+", type=Path, help="the .txt documents to audit")
    ap.add_argument("--verdicts", type=Path, help="a verdict file (YAML) to score against")
    ap.add_argument("--template", type=Path, help="write a verdict file from the current draft")
    ap.add_argument("-q", "--quiet", action="store_true", help="the scores only, no listing")
    args = ap.parse_args(argv)
    verdicts: dict = {}
    if args.verdicts:
        try:
            verdicts = load_yaml(args.verdicts).plain() or {}
        except DeckmakerError as exc:
            for p in exc.problems:
                print(p.format(), file=sys.stderr)
            return 2
        if not isinstance(verdicts, dict):
            print(f"{args.verdicts}: not a mapping of documents", file=sys.stderr)
            return 2
    audits, total, failed = [], Tally(), False
    for path in args.documents:
        try:
            a = audit(path)
        except (OSError, ValueError, DeckmakerError) as exc:
            print(f"{path}: cannot be audited: {exc}", file=sys.stderr)
            failed = True
            continue
        audits.append(a)
        entries = verdicts.get(a.name)
        if isinstance(entries, list):
            judge(a, entries)
        elif entries is not None:
            a.problems.append(f"the verdicts for {a.name} are not a list of 'RUN show|skip [UNIT]'")
            entries = None
        if not args.quiet:
            print("\n".join(listing(a)))
        for problem in a.problems:
            print(f"{path}: {problem}", file=sys.stderr)
            failed = True
        if entries is not None:
            t = tally(a)
            total.add(t)
            print(f"{a.name}: {t.line()}")
    if verdicts:
        print(f"ALL: {total.line()}")
    if args.template:
        args.template.write_text(template(audits), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
