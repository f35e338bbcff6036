"""YAML text for a draft deck: outline.yaml and figures.yaml with '# review:' comments."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from ..i18n import N_, _, shown
from ..numfmt import default_plan_kind
from .compose import CONTINUED, SUB, DeckDraft, FigureDraft, SlideDraft, divided
from .quantities import Value
from .scale import needs_scale, presenter_value, said

_TARGET_KINDS = {
    "floor": N_("plan_kind floor: at least"),
    "ceiling": N_("plan_kind ceiling: at most"),
    "range": N_("plan_kind range: between its ends"),
    "exact": N_("plan_kind exact"),
}

_PLAIN = re.compile(r"^[^\W\d_][^:#{}\[\],&*!|>'\"%@`]*$")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def scalar(text: str) -> str:
    """A YAML scalar for ``text``: plain when that is safe, else double-quoted."""
    if _PLAIN.match(text) and text.lower() not in _RESERVED and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


def number(value: Value, vietnamese: bool = False) -> str:
    """A Decimal-exact YAML number, or a [low, high] flow list for a range; with ``vietnamese``,
    a number with decimals is quoted the Vietnamese way (``"6,059"``, ``"10,05"``)."""
    if isinstance(value, tuple):
        return f"[{_number(value[0], vietnamese)}, {_number(value[1], vietnamese)}]"
    return _number(value, vietnamese)


def _number(value: Decimal, vietnamese: bool) -> str:
    text = _decimal(value)
    if not vietnamese or "." not in text:
        return text
    if text.endswith("0") and _DOT_THREE.match(text[:-1]):
        text = text[:-1]
    return '"' + text.replace(".", ",") + '"'


def _vietnamese_numbers(figures: tuple[FigureDraft, ...]) -> bool:
    """Whether the figures file writes its decimals the Vietnamese way.

    A value with three decimals (6,059 tỷ đồng) is ``6.059`` to YAML but may mean 6059 to a reader,
    so the figures reader warns; ``_decimal`` writes it ``6.0590``, which the slide then shows as
    "6,0590". Quoted ``"6,059"`` is a decimal only in a file that writes its numbers the Vietnamese
    way, which another decimal written so shows ("10,05"). So: Vietnamese when some value has
    three decimals and another decimal is not three long; else YAML's own numbers.
    """
    texts = [
        _decimal(v)
        for f in figures
        for value in (f.value, f.plan)
        if value is not None
        for v in (value if isinstance(value, tuple) else (value,))
    ]
    three = any(_DOT_THREE.match(t[:-1]) for t in texts if t.endswith("0"))
    return three and any("." in t and not _DOT_THREE.match(t[:-1]) for t in texts)


def _decimal(value: Decimal) -> str:
    """The value without trailing zeros: '105,000 tỷ đồng' is 105, written ``105``; written
    ``105.000`` the figures reader would warn that it may mean 105000."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if _DOT_THREE.match(text):
        text += "0"  # 335.882 reads as 335882 or 335,882: 335.8820 is only the decimal
    return text


_DOT_THREE = re.compile(r"^[+-]?[1-9][0-9]{0,2}\.[0-9]{3}$")


def _review(lines: list[str], indent: str, remarks: tuple[str, ...] | list[str]) -> int:
    for remark in remarks:
        lines.append(f"{indent}# review: {shown(remark)}")
    return len(remarks)


def _block(lines: list[str], indent: str, key: str, text: str) -> None:
    """A literal block scalar; falls back to a quoted scalar for text a block cannot hold."""
    if not text.strip():
        return
    if text != text.strip() or "\t" in text:
        lines.append(f"{indent}{key}: {json.dumps(text, ensure_ascii=False)}")
        return
    lines.append(f"{indent}{key}: |-")
    lines.extend(f"{indent}  {line}" if line else "" for line in text.split("\n"))


def outline_yaml(deck: DeckDraft, figures_file: str = "figures.yaml") -> tuple[str, int]:
    """The outline text and the number of review comments in it."""
    lines = [
        _(
            "# Drafted by `deckmaker draft` from the guidance document; "
            "check every 'review:' comment."
        ),
        "deck:",
    ]
    count = _review(lines, "  ", deck.review)
    lines.append(f"  title: {scalar(deck.title)}")
    if deck.subtitle:
        lines.append(f"  subtitle: {scalar(deck.subtitle)}")
    if deck.organization:
        lines.append(f"  organization: {scalar(deck.organization)}")
    if deck.place and deck.date:
        lines.append(f"  place: {scalar(deck.place)}")
    if deck.date:
        lines.append(f"  date: {deck.date}")
    lines.append("  language: vi")
    lines.append(f"  figures: {scalar(figures_file)}")
    lines.append("sections:")
    for section in deck.sections:
        count += _review(lines, "  ", section.review)
        lines.append(f"  - title: {scalar(section.title)}")
        divider = divided(deck.sections)
        if section.subtitle and divider:  # shown only on the divider (a warning without it)
            lines.append(f"    subtitle: {scalar(section.subtitle)}")
        if section.parent:
            lines.append(f"    part: {scalar(section.parent)}")
        if not divider:
            lines.append("    divider: false")
        lines.append("    slides:")
        for slide in section.slides:
            count += _slide(lines, slide, {f.key: f for f in deck.figures})
    lines.append("closing:")
    lines.append("  title: Trân trọng cảm ơn!")
    return "\n".join(lines) + "\n", count


def _slide(lines: list[str], slide: SlideDraft, figures: dict[str, FigureDraft]) -> int:
    count = _review(lines, "      ", slide.review)
    lines.append(f"      - title: {scalar(slide.title)}")
    if slide.chart:
        chart = slide.chart
        lines.append("        chart:")
        lines.append(f"          type: {chart.type}")
        if not _says(slide.title, chart.title):
            lines.append(f"          title: {scalar(chart.title)}")
        if chart.categories:
            # the bars named without the head they share (it is in the title); each value is
            # still the figure, by its key
            names = ", ".join(json.dumps(c, ensure_ascii=False) for c in chart.categories)
            lines.append(f"          categories: [{names}]")
            lines.append("          series:")
            lines.append(f"            - name: {json.dumps(chart.series, ensure_ascii=False)}")
            values = [_decimal(v) for v in chart.values] or list(chart.figures)
            lines.append(f"              values: [{', '.join(values)}]")
            for name, keys in chart.more:
                lines.append(f"            - name: {json.dumps(name, ensure_ascii=False)}")
                lines.append(f"              values: [{', '.join(keys)}]")
            lines.append(f"          unit: {json.dumps(chart.unit, ensure_ascii=False)}")
        else:
            lines.append(f"          figures: [{', '.join(chart.figures)}]")
        lines.append(f"          source: {scalar(chart.source)}")
    if slide.kpis:
        lines.append("        kpis:")
        cards = dict(slide.kpi_labels)
        for key in slide.kpis:
            count += _kpi(lines, key, figures.get(key), cards.get(key, ""))
    if slide.table:
        # the document's table: its head row, then its rows (the builder continues a long
        # one on more slides, its head repeated)
        lines.append("        table:")
        lines.append(f"          columns: [{_cells(slide.table.columns)}]")
        lines.append("          rows:")
        lines.extend(f"            - [{_cells(row)}]" for row in slide.table.rows)
    if slide.bullets:
        lines.append("        bullets:")
        lines.extend(_bullet_lines(slide.bullets))
    _block(lines, "        ", "notes", slide.notes)
    return count


def _bullet_lines(bullets: tuple[str, ...]) -> list[str]:
    """The slide's bullets, a sub-item (``SUB`` before it) under the bullet before it as the
    outline's ``{text, bullets}``; one with no bullet before it on the slide, a bullet."""
    groups: list[tuple[str, list[str]]] = []
    for bullet in bullets:
        if bullet.startswith(SUB) and groups:
            groups[-1][1].append(bullet.removeprefix(SUB))
        else:
            groups.append((bullet.removeprefix(SUB), []))
    lines = []
    for text, subs in groups:
        if not subs:
            lines.append(f"          - {scalar(text)}")
            continue
        lines.append(f"          - text: {scalar(text)}")
        lines.append("            bullets:")
        lines.extend(f"              - {scalar(b)}" for b in subs)
    return lines


def _cells(row: tuple[str, ...]) -> str:
    """A table row's cells as a YAML flow list's items, each quoted: '1', '7,5' stay text."""
    return ", ".join(json.dumps(c, ensure_ascii=False) for c in row)


def _says(slide_title: str, chart_title: str) -> bool:
    """Whether the slide's title already says the chart's: 'X (tỷ đồng)', 'X (tỷ đồng)
    (tiếp)' over a chart 'X (tỷ đồng)'; the chart then draws none (the same line twice, one
    under the other, is what a presenter deletes first)."""
    plain = CONTINUED.sub("", slide_title)
    plain = re.sub(r"\s+\(\d+\)$", "", plain)  # 'X (2)': a title seen before on the deck
    return " ".join(plain.split()).casefold() == " ".join(chart_title.split()).casefold()


def _kpi(lines: list[str], key: str, figure: FigureDraft | None, label: str = "") -> int:
    """One KPI card: the figure by its key, or a big amount of đồng as a presenter says it
    ('91.481.640.145 đồng' on a card is '91,5 tỷ đồng'; the figure keeps the exact amount);
    ``label`` the card's own where the figure's is too long for a card."""
    if figure is None or not needs_scale(figure.value, figure.unit):
        if not label:
            lines.append(f"          - figure: {key}")
            return 0
        # the card says the figure shorter than figures.yaml does: the presenter checks the
        # short label still says what the number measures
        remark = _("the card labels {key} '{label}', shorter than figures.yaml's label").format(
            key=key, label=label
        )
        lines.append(f"          # review: {remark}")
        lines.append(f"          - figure: {key}")
        lines.append(f"            label: {scalar(label)}")
        return 1
    assert isinstance(figure.value, Decimal)
    value, unit = presenter_value(figure.value, figure.unit)
    remark = _("the card shows {key} as {shown}; figures.yaml keeps the exact amount").format(
        key=key, shown=said(value, unit)
    )
    lines.append(f"          # review: {remark}")
    lines.append(f"          - value: {_decimal(value)}")
    lines.append(f"            label: {scalar(label or figure.label)}")
    lines.append(f"            unit: {scalar(unit)}")
    return 1


def figures_yaml(figures: tuple[FigureDraft, ...]) -> tuple[str, int]:
    """The figures file text and the number of review comments in it."""
    lines = [
        _("# Drafted by `deckmaker draft`: every number found in the guidance, with its source."),
        _("# Check every 'review:' comment; outline.yaml refers to these keys as {key}."),
    ]
    count = 0
    vietnamese = _vietnamese_numbers(figures)
    for figure in figures:
        lines.append("")
        count += _review(lines, "", figure.review)
        lines.append(f"{figure.key}:")
        lines.append(f"  label: {scalar(figure.label)}")
        lines.append(f"  value: {number(figure.value, vietnamese)}")
        if figure.unit:
            lines.append(f"  unit: {scalar(figure.unit)}")
        if figure.period:
            lines.append(f'  period: "{figure.period}"')
        if figure.plan is not None:
            lines.append(f"  plan: {number(figure.plan, vietnamese)}")
            if figure.plan_kind and figure.plan_kind != default_plan_kind(figure.plan):
                lines.append(f"  plan_kind: {figure.plan_kind}")
        elif figure.plan_kind:
            lines.append(
                _("  # a target ({kind}) as the text states it;").format(
                    kind=_(_TARGET_KINDS[figure.plan_kind])
                )
            )
            lines.append(
                _("  # as the plan of a result, write it `plan:` with `plan_kind:` beside")
            )
        lines.append(f"  source: {scalar(figure.source)}")
    if not figures:
        lines.append("{}")
    return "\n".join(lines) + "\n", count
