"""Words that contradict the figure after them: "tăng" before a fall, "vượt" before a miss.

A sentence such as "GRDP tăng {grdp_growth}" is true the day it is written and false the day the
figures file says -1,2%. :func:`contradictions` reads the fixed words just before each figure
reference (the phrases of ``vocabulary.CLAIMS``) and returns those the figure now contradicts,
with a hint naming the form that follows the number (``{key.change}``, ``{key.vs_plan}``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from .errors import Location
from .figures.model import Figure, format_figure, plan_kind_of, suggest_key
from .i18n import _
from .numfmt import format_change, format_vs_plan, plan_standing
from .vocabulary import CLAIMS, SIGNED_CHANGE, Claim

_FIELD_RE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_KEY_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\.([a-z_]+))?$")
_BOUNDARY = re.compile(r"\.(?!\d)|[;!?\n()\[\]]")
_WORD = re.compile(r"\w+")

MAX_GAP = 5
"""The most words between a claim and the figure it is read as being about: "vượt kế hoạch đề
ra, đạt {social_investment}" (three)."""

_SIGN = ("rise", "fall")
_PLAN = ("exceed", "meet", "short", "under", "within")
_MEETS = {"above_floor", "at_floor", "below_ceiling", "at_ceiling", "in_range", "on_target"}


@dataclass(frozen=True)
class Contradiction:
    """Fixed words (``start``) that say the opposite of the figure reference ending at ``end``."""

    start: int
    end: int
    phrase: str
    key: str
    message: str
    hint: str


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    claim: Claim
    family: str


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], Claim, str], ...]:
    out = []
    for pattern, claim in CLAIMS[lang]:
        family = "plan" if claim in _PLAN else "sign"  # what claims nothing is a sign word's use
        out.append((re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), claim, family))
    return tuple(out)


def _claims(window: str, lang: str) -> list[_Found]:
    """The claims in ``window``, none overlapping one found by an earlier pattern."""
    taken: list[_Found] = []
    for regex, claim, family in _patterns(lang):
        for m in regex.finditer(window):
            if any(m.start() < f.end and f.start < m.end() for f in taken):
                continue
            taken.append(_Found(m.start(), m.end(), claim, family))
    return taken


def _nearest(found: list[_Found], family: str, window: str) -> _Found | None:
    """The claim of ``family`` closest to the end of ``window``, if few enough words follow it."""
    mine = [f for f in found if f.family == family]
    if not mine:
        return None
    last = max(mine, key=lambda f: f.end)
    if len(_WORD.findall(window[last.end :])) > MAX_GAP:
        return None
    return last


def _sign(value: Decimal | tuple[Decimal, Decimal]) -> int:
    low, high = value if isinstance(value, tuple) else (value, value)
    if low > 0 and high > 0:
        return 1
    if low < 0 and high < 0:
        return -1
    return 0


def contradictions(text: str, figures: Mapping[str, Figure], lang: str) -> list[Contradiction]:
    """Every place in outline ``text`` where the words before a ``{key}`` contradict the figure."""
    if lang not in CLAIMS:
        return []
    out: list[Contradiction] = []
    for end, key, offset, claims in _sites(text, lang):
        fig = figures.get(key)
        if fig is None:
            continue
        for claim, phrase in claims:
            said = _contradiction(claim.claim, phrase, fig, lang)
            if said is not None:
                message, hint = said
                out.append(Contradiction(offset + claim.start, end, phrase, fig.key, message, hint))
    return out


@lru_cache(maxsize=8192)
def _sites(
    text: str, lang: str
) -> tuple[tuple[int, str, int, tuple[tuple[_Found, str], ...]], ...]:
    """Each ``{key}`` of ``text`` (a figure's value) with a claim before it: where the reference
    ends, its key, where its window starts and the claims nearest to it ("sign", then "plan")
    with their phrases. Made of the words alone (the figures are only read by
    ``contradictions``): kept by the text, which a rebuild after one figure changed checks
    again (every text of the outline, each window matched against every claim pattern)."""
    out = []
    since = 0
    for m in _FIELD_RE.finditer(text):
        if m.group(1) is None:  # a literal {{ or }}
            continue
        start, since = since, m.end()
        km = _KEY_RE.match(m.group(1).strip())
        if km is None or (km.group(2) or "value") != "value":
            continue
        window = text[start : m.start()]
        cut = [b.end() for b in _BOUNDARY.finditer(window)]
        offset = start + (cut[-1] if cut else 0)
        window = text[offset : m.start()]
        found = _claims(window, lang)
        claims = []
        for family in ("sign", "plan"):
            claim = _nearest(found, family, window)
            if claim is None or claim.claim is None:
                continue
            claims.append((claim, window[claim.start : claim.end]))
        if claims:
            out.append((m.end(), km.group(1), offset, tuple(claims)))
    return tuple(out)


def _contradiction(claim: Claim, phrase: str, fig: Figure, lang: str) -> tuple[str, str] | None:
    """(message, hint) when ``fig`` contradicts ``claim``; None when it agrees or cannot tell."""
    key, shown = fig.key, format_figure(fig, lang)
    if claim in _SIGN:
        sign = _sign(fig.value)
        if (claim == "rise" and sign < 0) or (claim == "fall" and sign > 0 and _signed(fig)):
            what = _("a fall") if sign < 0 else _("a rise")
            words = format_change(fig.value, fig.unit, lang)
            hint = _(
                'write {{{key}.change}} ("{words}"): it says the direction by the sign'
            ).format(key=key, words=words)
            if claim == "fall":
                hint += _(
                    "; if {{{key}}} is the size of a fall, write it as a negative number in "
                    "the figures file"
                ).format(key=key)
            message = _("'{phrase}' before {{{key}}}, which is {shown}: {what}").format(
                phrase=phrase, key=key, shown=shown, what=what
            )
            return message, hint
        return None
    if fig.plan is None or isinstance(fig.value, tuple):
        return None
    kind = plan_kind_of(fig)
    standing = plan_standing(fig.value, fig.plan, kind)
    high = fig.plan[1] if isinstance(fig.plan, tuple) else fig.plan
    agrees = {
        "exceed": standing in ("above_floor", "above_ceiling", "above_range", "above_target"),
        "meet": standing in _MEETS,
        "short": standing not in _MEETS,
        "under": fig.value <= high,
        "within": standing == "in_range" if kind == "range" else True,
    }[str(claim)]
    if agrees:
        return None
    words = format_vs_plan(fig.value, fig.plan, kind, lang, fig.unit)
    message = _("'{phrase}' before {{{key}}}, which is {shown}: {what}").format(
        phrase=phrase, key=key, shown=shown, what=words
    )
    hint = _('write {{{key}.vs_plan}} ("{words}"): it follows the figure and its plan').format(
        key=key, words=words
    )
    return message, hint


def _signed(fig: Figure) -> bool:
    """Whether ``fig`` is a signed change by its label or key (``SIGNED_CHANGE``)."""
    label = fig.label.lower()
    key = fig.key.replace("_", " ")
    return any(
        re.search(rf"(?<!\w){w}(?!\w)", label)
        or re.search(rf"(?<!\w){suggest_key(w).replace('_', ' ?')}(?!\w)", key)
        for w in SIGNED_CHANGE
    )


def source_of(loc: Location, sources: dict[str, str | None]) -> str | None:
    """The text of the file ``loc`` is in (read once into ``sources``); None when unknown."""
    if not loc.line:
        return None
    if loc.file not in sources:
        try:
            with open(loc.file, encoding="utf-8") as f:
                sources[loc.file] = f.read()
        except (OSError, UnicodeDecodeError):
            sources[loc.file] = None
    return sources[loc.file]


def place(
    loc: Location, text: str, start: int, end: int, sources: dict[str, str | None]
) -> Location:
    """Where ``text[start:end]`` is in the file of ``loc`` (the text's own start), found by
    looking for it there from ``loc`` on; ``loc`` itself when it cannot be found (a text folded
    over several lines, a file gone)."""
    source = source_of(loc, sources)
    if source is None:
        return loc
    lines = source.split("\n")
    if loc.line > len(lines):
        return loc
    begin = sum(len(x) + 1 for x in lines[: loc.line - 1]) + max(0, loc.col - 1)
    snippet = text[start:end].split("\n")[0]
    at = source.find(snippet, begin)
    if at < 0:
        return loc
    line = source.count("\n", 0, at) + 1
    col = at - (source.rfind("\n", 0, at) + 1) + 1
    return Location(loc.file, line, col)
