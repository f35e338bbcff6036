"""``deckmaker update``: new figures into a deck a presenter has edited, keeping every hand edit.

``build`` records in the deck (``record.py``, record 2) the text it wrote into every element of a
slide that shows figures: text shapes, table cells, notes, charts' alt texts, and a digest of each
chart's data. ``update`` lays the deck out again from the outline with today's figures, and for
each element compares the text written then with the text it would write now. What differs (a
number, its unit, "vượt"/"chưa đạt") is looked for in the edited deck:

- on the slide where it is now (found by its fingerprint, else by its title and texts: slides
  the presenter added, deleted or moved stay so), in the shape of that name, at paragraph level
  (runs joined, so a PowerPoint or LibreOffice run split does not hide it), where its
  surroundings best match, else in a shape the presenter added to the slide;
- found: replaced, in the formatting of the first run it touches; not found (the presenter
  changed that text by hand): a conflict, reported and left alone.

A chart whose data digest changed is redrawn at its current position and size: a picture's image
replaced (drawn at the frame's current aspect), a native chart's XML and workbook rewritten. The
deck is written atomically after a numbered backup, with its record refreshed.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import guard
from .atomic import output_error, write_output
from .errors import DeckmakerError, Location, Problem, display_path
from .i18n import N_, _, ngettext
from .layout.model import ChartBox
from .record import ElementText, Record, SlideRecord, SlideTexts, read_record

if TYPE_CHECKING:
    from .writer.edit import EditedDeck

Log = Callable[[str], None]
_TOKEN = re.compile(r"\w+(?:[.,]\w+)*[%‰]?|[^\w\s]")
ASPECT_KEPT = 0.005
"""A picture chart whose aspect is within this share of the one laid out is drawn as laid out
(LibreOffice rounds sizes when it saves); otherwise at the frame's aspect, as wide as laid out."""
_CONTEXT = 24
"""Characters before and after a changed text that say which of its occurrences is meant."""


@dataclass(frozen=True)
class Change:
    """One text to replace: as written (matched form), as it reads now, its surroundings."""

    old: str
    new: str
    before: str
    after: str


def text_changes(old: str, new: str) -> list[Change]:
    """What differs between two texts deckmaker wrote, by words and numbers: each changed span
    of ``old`` (matched form) with the span of ``new`` (as written) that replaces it."""
    from .writer.edit import normalize

    old_n, _ = normalize(old)
    new_n, new_at = normalize(new)
    a = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(old_n)]
    b = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(new_n)]
    out = []
    matcher = difflib.SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if i1 == i2 or j1 == j2:  # an insertion or deletion: anchored on a word beside it
            if i2 < len(a) and j2 < len(b):
                i2, j2 = i2 + 1, j2 + 1
            elif i1 > 0 and j1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            else:
                continue
        s, e = a[i1][1], a[i2 - 1][2]
        ns, ne = b[j1][1], b[j2 - 1][2]
        raw_new = new[new_at[ns] : new_at[ne - 1] + 1]
        out.append(
            Change(old_n[s:e], raw_new, old_n[max(0, s - _CONTEXT) : s], old_n[e : e + _CONTEXT])
        )
    return out


# -- the report -------------------------------------------------------------------------------
@dataclass
class UpdateReport:
    deck: Path
    figures: list[tuple[str, str, str, str, tuple[int, ...]]] = field(default_factory=list)
    """Figures whose value changed: key, label, old, new, the slides (now) showing them."""
    texts: list[tuple[int, str, str]] = field(default_factory=list)
    """Texts replaced: slide (now), old, new."""
    charts: list[tuple[int, str]] = field(default_factory=list)
    """Charts redrawn: slide (now), its title."""
    conflicts: list[tuple[int, str, str]] = field(default_factory=list)
    """Texts changed by hand and left alone: slide (now), as deckmaker wrote it, the new text."""
    restyled: list[tuple[int, str, str, bool]] = field(default_factory=list)
    """Texts replaced in a shape restyled by hand, or across runs of different styles: slide
    (now), old, new, whether the new text took the style of the first of those runs. Counted
    with the conflicts: the presenter reads them again."""
    unused: list[tuple[str, str]] = field(default_factory=list)
    """Figures the deck showed and shows no more: key, why."""
    kept: list[str] = field(default_factory=list)
    """Hand edits kept, one per slide edited (a shape moved, resized, added or deleted, a text
    or the notes changed), added, deleted or moved since the deck was built or last updated,
    then one per shape whose style alone changed (a run made bold or recoloured, a font or its
    size, a fill or a line): ``guard.slide_changes``' messages. A deck whose record holds no
    styles (built before session 25) has its styles unknown: none is reported."""
    backup: Path | None = None
    written: bool = False

    def lines(self) -> list[str]:
        out = []
        for key, label, old, new, slides in self.figures:
            where = ngettext("  — slide {numbers}", "  — slides {numbers}", len(slides)).format(
                numbers=", ".join(map(str, slides))
            )
            out.append(f"~ {key}  {label}: {old} → {new}" + (where if slides else ""))
        places: dict[tuple[str, str], list[int]] = {}
        for n, old, new in self.texts:
            places.setdefault((old, new), []).append(n)
        for (old, new), at in places.items():
            where = ", ".join(str(n) for n in sorted(set(at)))
            out.append(
                ngettext(
                    "  {old} → {new}: {count}× on slide {numbers}",
                    "  {old} → {new}: {count}× on slides {numbers}",
                    len(set(at)),
                ).format(old=old, new=new, count=len(at), numbers=where)
            )
        for n, title in self.charts:
            out.append(_("  slide {number}: chart '{title}' redrawn").format(number=n, title=title))
        for n, old, new in self.conflicts:
            out.append(
                _(
                    "! slide {number}: '{old}' was changed by hand; left as it is "
                    "(new value: {new})"
                ).format(number=n, old=old, new=new)
            )
        for n, old, new, mixed in self.restyled:
            if mixed:
                line = _(
                    "! slide {number}: '{old}' → '{new}' was written over text restyled by hand "
                    "in parts, in the style of its first part; check its style"
                )
            else:
                line = _(
                    "! slide {number}: '{old}' → '{new}' was written into a shape restyled by "
                    "hand, in the style of the text it replaced; check that the style still fits"
                )
            out.append(line.format(number=n, old=old, new=new))
        for change in self.kept:
            out.append(_("= kept: {change}").format(change=change))
        for key, why in self.unused:
            out.append(f"- {key}: {_(why)}")
        tail = _(
            "{figures} figure(s) changed, {texts} text(s) replaced, "
            "{charts} chart(s) redrawn, {conflicts} conflict(s), {kept} hand edit(s) kept"
        ).format(
            figures=len(self.figures),
            texts=len(self.texts),
            charts=len(self.charts),
            conflicts=len(self.conflicts) + len(self.restyled),
            kept=len(self.kept),
        )
        if self.written:
            tail += _("; wrote {path}").format(path=display_path(self.deck))
            if self.backup is not None:
                tail += _(", the deck before is kept as {path}").format(
                    path=display_path(self.backup)
                )
        elif self.figures or self.texts or self.charts:
            tail += _("; nothing written (--dry-run)")
        else:
            tail += _("; nothing to do")
        out.append(tail)
        return out


# -- matching built slides with the slides now -------------------------------------------------
def _tokens(text: str) -> set[str]:
    from .writer.edit import normalize

    return set(_TOKEN.findall(normalize(text)[0]))


def match_slides(
    record: Record, states: list[tuple[str, str, str]], text_of: Callable[[int], str]
) -> dict[int, int]:
    """Built slide number (from 1) → index of the slide now, for the slides still there: by
    fingerprint (unchanged), else by title and the share of its recorded words found
    (``text_of(index)``: all the text of a slide now)."""
    out: dict[int, int] = {}
    taken: set[int] = set()
    for i, s in enumerate(record.slides, 1):
        for j, (fp, again, _title) in enumerate(states):
            if j not in taken and s.fingerprint in (fp, again):
                out[i] = j
                taken.add(j)
                break
    words: dict[int, set[str]] = {}
    for i in sorted(record.texts):
        if i in out:
            continue
        want = record.slides[i - 1].title if i <= len(record.slides) else ""
        mine = set().union(*(_tokens(t.text) for t in record.texts[i].texts)) or {""}
        best: tuple[float, int] | None = None
        for j, (_fp, _again, title) in enumerate(states):
            if j in taken:
                continue
            if j not in words:
                words[j] = _tokens(text_of(j))
            found = len(mine & words[j]) / len(mine)
            score = (2.0 if want and title == want else 0.0) + 3.0 * found
            if score < 2.0:
                continue
            if (
                best is None
                or score > best[0]
                or (score == best[0] and abs(j - i + 1) < abs(best[1] - i + 1))
            ):
                best = (score, j)
        if best is not None:
            out[i] = best[1]
            taken.add(best[1])
    return out


def _ordinals(items: tuple) -> dict[tuple, object]:
    """Items keyed by (name, kind or native, how many came before with that key)."""
    out: dict[tuple, object] = {}
    seen: dict[tuple, int] = {}
    for it in items:
        k = (it.name, getattr(it, "kind", None))
        n = seen.get(k, 0)
        seen[k] = n + 1
        out[(*k, n)] = it
    return out


# -- update -----------------------------------------------------------------------------------
def _error(deck: Path, message: str, hint: str = "") -> DeckmakerError:
    return DeckmakerError(Problem(Location(display_path(deck)), message, hint=hint))


def _outline_of(deck: Path, outline: Path | None, figures: Path | None) -> tuple[Path, Path | None]:
    if outline is not None:
        return outline, figures
    entry = guard.last_build(deck)
    if entry and entry.get("outline"):
        return Path(entry["outline"]), figures or (
            Path(entry["figures"]) if entry.get("figures") else None
        )
    raise _error(
        deck,
        _("which outline was this deck built from? deckmaker has no note of its last build"),
        hint=_("name it: deckmaker update {deck} OUTLINE").format(deck=display_path(deck)),
    )


def update_deck(
    deck: str | Path,
    outline: str | Path | None = None,
    figures: str | Path | None = None,
    theme: str | None = None,
    *,
    dry_run: bool = False,
    log: Log = lambda _: None,
) -> UpdateReport:
    """Write today's figures into ``deck`` in place, keeping every hand edit (the module's doc);
    ``dry_run``: only report. Raises ``DeckmakerError`` (located) on a deck it cannot update."""
    from .pipeline import load_inputs, plan

    path = Path(deck)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise output_error(path, exc, _("the deck")) from exc
    record = read_record(data)
    if record is None:
        raise _error(
            path,
            _(
                "this file was not made by deckmaker (it has no deckmaker record); "
                "it cannot be updated"
            ),
            hint=_("build the deck with deckmaker build"),
        )
    if record.version < 2 or not record.texts and record.figures:
        raise _error(
            path,
            _(
                "this deck was built by an older deckmaker, which did not record where its "
                "figures are"
            ),
            hint=_(
                "rebuild it once (deckmaker build … --force keeps this one as a backup); "
                "decks built since can be updated"
            ),
        )
    src, figs = _outline_of(
        path, Path(outline) if outline else None, Path(figures) if figures else None
    )
    if not dry_run and any(t.charts for t in record.texts.values()):
        from .charts import start_workers

        # a chart to redraw is drawn by a worker whose matplotlib was imported (in the fork
        # server) while the inputs were loaded and planned and the deck was read
        start_workers(None)
    if theme is None:
        # the theme the deck was built with: on the outline's own (``default`` when it names
        # none) an agency template's deck was laid out again on other boxes, and its split
        # titles, chart kinds and notes read as texts to replace and as hand edits
        theme = (guard.last_build(path) or {}).get("theme") or None
    inputs = load_inputs(src, theme, figs)
    plans = plan(inputs)
    new_figures = guard.figure_record(
        inputs.figures, inputs.resolver.used, inputs.deck.info.language, plans
    )
    from .writer.edit import EditedDeck, Place
    from .writer.record import record_texts, slide_texts

    try:
        edited = EditedDeck(data)
    except ValueError as exc:
        raise _error(
            path, _("the deck cannot be read as a presentation: {error}").format(error=exc)
        ) from exc
    states = edited.states()
    where = match_slides(record, states, edited.text_of)
    report = UpdateReport(path)
    # the hand edits, read before this update changes a slide: kept as they are, and counted
    shapes = edited.shapes()
    report.kept = guard.slide_changes(
        record,
        tuple(SlideRecord(fp, title) for fp, _again, title in states),
        tuple(again for _fp, again, _title in states),
        tuple(shapes),
    )
    restyled = {
        (j, s.index)
        for i, j in where.items()
        if i in record.styles
        for s in guard.restyled(record.styles[i], shapes[j])
    }
    by_source = {f"{p.source}#{p.continued}": (n, p) for n, p in enumerate(plans, 1)}
    lang = "vi-VN" if inputs.deck.info.language == "vi" else "en-US"
    kept: dict[int, SlideTexts] = {}
    redraw: list[tuple[int, object, ChartBox, int, int, bool, bool]] = []
    titles: dict[int, str] = {}
    for i, old in sorted(record.texts.items()):
        j = where.get(i)
        found = by_source.get(old.source)
        if j is None or found is None:
            continue
        new = slide_texts(found[1])
        new_el = _ordinals(new.texts)
        recorded = frozenset(t.name for t in old.texts if t.name)
        still: list[ElementText] = []
        for k, was in _ordinals(old.texts).items():
            now = new_el.get(k)
            assert isinstance(was, ElementText)
            if not isinstance(now, ElementText) or now.text == was.text:
                continue
            conflict = False
            for ch in text_changes(was.text, now.text):
                place = Place(was.name, was.kind)
                ok = edited.replace_text(j, place, ch.old, ch.new, (ch.before, ch.after), recorded)
                if ok:
                    report.texts.append((j + 1, ch.old, ch.new))
                    at = edited.last
                    if at is not None and (at.mixed or (j, at.shape) in restyled):
                        report.restyled.append((j + 1, ch.old, ch.new, at.mixed))
                else:
                    conflict = True
                    report.conflicts.append((j + 1, ch.old, ch.new))
            if conflict:
                still.append(was)
        kept[found[0]] = _keep_conflicts(new, still)  # by slide number as built now
        boxes = {}
        seen: dict[str, int] = {}
        for el in found[1].elements:
            if isinstance(el, ChartBox):
                n = seen.get(el.name, 0)
                seen[el.name] = n + 1
                boxes[(el.name, n)] = el
        new_charts = {(c.name, c.digest) for c in new.charts}
        seen = {}
        for c in old.charts:
            n = seen.get(c.name, 0)
            seen[c.name] = n + 1
            box = boxes.get((c.name, n))
            if box is None or (c.name, c.digest) in new_charts:
                continue
            frames = edited.chart_frames(j, c.name)
            if n < len(frames):
                shape, w, h, native, svg = frames[n]
                redraw.append((j, shape, box, w, h, native, svg))
                titles[j] = states[j][2]
    if dry_run:  # named, not drawn
        report.charts += [(j + 1, box.chart.title or titles[j]) for j, _, box, *_ in redraw]
        report.charts.sort()
    else:
        _redraw(edited, redraw, lang, report, titles)
    _figures_report(record, new_figures, where, report)
    if dry_run or not (report.texts or report.charts):
        return report
    # slides untouched by hand are recorded as they are now; an edited one keeps its fingerprint
    # as built, so that a later build still stops before replacing the presenter's work
    touched = {n - 1 for n, _, _ in report.texts} | {n - 1 for n, _ in report.charts}
    now = edited.fingerprints([fp for fp, _, _ in states], touched)
    slides = [
        dataclasses.replace(s, fingerprint=now[where[i]])
        if i in where and s.fingerprint in states[where[i]][:2]
        else s
        for i, s in enumerate(record.slides, 1)
    ]
    texts = {**record_texts(plans, new_figures), **kept}
    after = edited.shapes()
    styles = dict(record.styles)
    for i, j in where.items():
        styles[i] = guard.styles_kept(record.styles.get(i, ()), shapes[j], after[j])
    out = edited.save(slides, new_figures, texts, styles)
    report.backup = guard.keep_backup(path)
    write_output(path, out, _("the deck"))
    report.written = True
    return report


def _keep_conflicts(new: SlideTexts, still: list[ElementText]) -> SlideTexts:
    """``new``, except that an element with a conflict keeps the text written then: the next
    update reports it again, until the presenter settles it."""
    if not still:
        return new
    old = {(t.name, t.kind): t for t in still}
    texts = tuple(old.get((t.name, t.kind), t) for t in new.texts)
    return dataclasses.replace(new, texts=texts)


def _redraw(
    edited: EditedDeck,
    todo: list[tuple[int, object, ChartBox, int, int, bool, bool]],
    lang: str,
    report: UpdateReport,
    titles: dict[int, str],
) -> None:
    """Redraw the charts whose data changed, at their current size (a picture at the frame's
    aspect, as wide as laid out: its text keeps the size the presenter saw)."""
    pictures = [t for t in todo if not t[5]]
    images = []
    if pictures:
        from . import cache as cache_settings
        from .charts import render_async

        plans = []
        for _j, _shape, box, w, h, _native, _svg in pictures:
            chart = box.chart
            height = max(1, round(chart.width_emu * h / max(w, 1)))
            if abs(height - chart.height_emu) > chart.height_emu * ASPECT_KEPT:
                chart = dataclasses.replace(chart, height_emu=height)
            plans.append(chart)
        with render_async(plans, cache_settings.cache_dir()) as rendering:
            images = [rendering[k] for k in range(len(plans))]
        with_svg = [k for k, t in enumerate(pictures) if t[6]]
        if with_svg:
            from .charts import render_svg

            svgs = {k: render_svg(plans[k]) for k in with_svg}
        else:
            svgs = {}
    for k, (j, shape, box, *_rest) in enumerate(pictures):
        edited.replace_picture(j, shape, images[k].png, svgs.get(k))
        report.charts.append((j + 1, box.chart.title or titles.get(j, box.name)))
    for j, shape, box, _w, _h, native, _svg in todo:
        if native:
            edited.replace_native(shape, box, lang)
            report.charts.append((j + 1, box.chart.title or titles.get(j, box.name)))
    report.charts.sort()


def _figures_report(record: Record, new: dict, where: dict[int, int], report: UpdateReport) -> None:
    for key, was in sorted(record.figures.items()):
        now_slides = tuple(sorted(where[i] + 1 for i in was.slides if i in where))
        fig = new.get(key)
        if fig is None:
            report.unused.append((key, N_("the outline no longer uses it")))
            continue
        if not now_slides:
            report.unused.append((key, N_("the slides that showed it were deleted")))
        if fig.value != was.value:
            report.figures.append((key, fig.label, was.value, fig.value, now_slides))
