"""Never destroy a presenter's work: what ``build`` does to a deck already at its output.

A deck deckmaker wrote carries a record (``record.py``): a fingerprint per slide and the figures
it shows. Before ``build`` overwrites a file it asks :func:`check_overwrite`:

- the file is the one deckmaker wrote there last (its sha256 is in a small note in the cache
  folder, kept by :func:`remember`), or its slides still match their fingerprints: overwrite;
- its slides differ from their fingerprints (edited, added, deleted, moved) or its shapes from
  their recorded styles (restyled by hand), or it has no record (deckmaker did not make it):
  stop before any work, naming the slides, unless ``force``;
- with ``force`` the file is first kept as ``NAME.backup-N.pptx`` (:func:`keep_backup`).

:func:`report.diff_since_build` compares the figures recorded in a built deck with today's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import errno
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache as cache_settings
from .atomic import open_temp, output_error, write_bytes
from .errors import Location, OutputError, Problem, display_path
from .i18n import N_, _, ngettext
from .record import FigureRecord, Record, ShapeNow, ShapeStyle, SlideRecord, read_record

if TYPE_CHECKING:
    from .figures import Figure
    from .layout.model import SlidePlan

FORCE_HINT = N_(
    "to write new figures into it and keep the hand edits, run `deckmaker update {deck}`; or "
    "rebuild with --force to replace it; your edited deck is then kept as {backup}. See "
    "docs/editing.md"
)


# -- what build records ----------------------------------------------------------------------
def figure_record(
    figures: Mapping[str, Figure],
    used: Mapping[str, list[str]],
    lang: str,
    plans: list[SlidePlan],
) -> dict[str, FigureRecord]:
    """The figures the deck shows: key → value as formatted on the slides, label, slides.
    ``used`` maps each figure used to the outline paths that use it (the resolver's)."""
    from .usage import show_figure, slide_numbers, slides_by_source

    out = {}
    by_source = slides_by_source(plans)
    for key in sorted(used):
        fig = figures.get(key)
        if fig is not None:
            slides = slide_numbers(plans, list(used[key]), by_source)
            out[key] = FigureRecord(show_figure(fig, lang), fig.label, slides)
    return out


# -- the note of the last deck written at each output -----------------------------------------
def _note_path(out: Path) -> Path | None:
    root = cache_settings.cache_root()
    if root is None:
        return None
    name = hashlib.sha256(str(out.resolve()).encode("utf-8")).hexdigest()[:32]
    return root / "outputs" / f"{name}.json"


def remember(
    out: Path, data: bytes, outline: Path, figures: Path | None, theme: Path | None = None
) -> None:
    """Note the sha256 of the deck just written at ``out`` and what it was built from: the
    outline, figures file and theme folder (``deckmaker update`` lays the deck out again on
    that theme when not told another)."""
    note = _note_path(out)
    if note is None:
        return
    entry = {
        "output": str(out.resolve()),
        "sha256": hashlib.sha256(data).hexdigest(),
        "outline": str(outline.resolve()),
        "figures": str(figures.resolve()) if figures else None,
        "theme": str(theme.resolve()) if theme else None,
    }
    with contextlib.suppress(OSError):  # without the note, the next check reads the deck
        write_bytes(note, json.dumps(entry, ensure_ascii=False).encode("utf-8"), sync=False)


def last_build(out: Path) -> dict | None:
    """The note :func:`remember` kept for ``out``, or None."""
    note = _note_path(out)
    if note is None:
        return None
    try:
        entry = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) and entry.get("output") == str(out.resolve()) else None


# -- before overwriting --------------------------------------------------------------------
def backup_name(out: Path) -> Path:
    """The first free ``NAME.backup-N.pptx`` beside ``out``."""
    n = 1
    while True:
        candidate = out.with_name(f"{out.stem}.backup-{n}{out.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def check_overwrite(out: Path, force: bool = False) -> bool:
    """Whether ``out`` may be written; True when it must first be kept as a backup (``force``).

    Raises ``OutputError`` naming the edited slides (or saying deckmaker did not make the file)
    when the file at ``out`` is not a deck deckmaker wrote and nobody changed since.
    """
    if not out.is_file():
        return False
    try:
        data = out.read_bytes()
    except OSError as exc:
        raise output_error(out, exc, _("the deck")) from exc
    entry = last_build(out)
    if entry and entry.get("sha256") == hashlib.sha256(data).hexdigest():
        return False
    problems = edits(out, data)
    if not problems:
        return False
    if force:
        return True
    raise OutputError(problems)


def edits(out: Path, data: bytes) -> list[Problem]:
    """What makes the deck at ``out`` someone else's work: one problem per edited, added,
    deleted or moved slide, the last one with the way out; empty when it is unchanged."""
    where = Location(display_path(out))
    hint = _(FORCE_HINT).format(deck=display_path(out), backup=display_path(backup_name(out)))
    record = read_record(data)
    if record is None:
        return [
            Problem(
                where,
                _(
                    "this file was not made by deckmaker (it has no deckmaker record); it is not "
                    "overwritten"
                ),
                hint=_(
                    "choose another -o, or rebuild with --force to replace it; the file is then "
                    "kept as {backup}"
                ).format(backup=display_path(backup_name(out))),
            )
        ]
    from .writer.record import read_deck

    try:
        state = read_deck(data, record)
    except ValueError:
        return [
            Problem(
                where,
                _("the deck was changed since deckmaker built it and cannot be read as a deck"),
                hint=hint,
            )
        ]
    found = slide_changes(record, state.slides, state.slides_saved_again, state.shapes)
    if not found:
        return []
    problems = [Problem(where, message) for message in found]
    n = len(found)
    problems.append(
        Problem(
            where,
            ngettext(
                "the deck was edited since deckmaker built it ({n} slide change); it is left as "
                "it is",
                "the deck was edited since deckmaker built it ({n} slide changes); it is left as "
                "it is",
                n,
            ).format(n=n),
            hint=hint,
        )
    )
    return problems


@dataclasses.dataclass(frozen=True)
class SlideMatch:
    """How the slides of a deck now answer to the slides it was built with (0-based indexes):
    each slide still there as (built, now), the edited ones among them, those deleted and
    added (by fingerprint), and the moved ones as (built, now)."""

    pairs: tuple[tuple[int, int], ...]
    edited: tuple[tuple[int, int], ...]
    deleted: tuple[int, ...]
    added: tuple[int, ...]
    moved: tuple[tuple[int, int], ...]

    def now_of(self, built: int) -> int | None:
        """Where built slide ``built`` (1-based) is now (1-based), or None when deleted."""
        return next((j + 1 for i, j in self.pairs if i + 1 == built), None)


def pair_slides(
    record: Record, now: tuple[SlideRecord, ...], saved_again: tuple[str, ...] = ()
) -> SlideMatch:
    """Pair the slides as built with the slides now. A slide matches its record as written, or
    as LibreOffice saves it again; a built slide found in another place was moved, not edited."""
    built = [s.fingerprint for s in record.slides]
    known = set(built)
    current = []
    for i, s in enumerate(now):
        fp = s.fingerprint
        if fp not in known and i < len(saved_again) and saved_again[i] in known:
            fp = saved_again[i]
        current.append(fp)
    pairs: list[tuple[int, int]] = []  # (built, now) of each slide still there
    edited: list[tuple[int, int]] = []
    deleted: dict[str, int] = {}
    added: dict[str, int] = {}
    matcher = difflib.SequenceMatcher(None, built, current, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
            continue
        n_pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(n_pairs):
            i, j = i1 + k, j1 + k
            if current[j] in known:  # a built slide in another place: moved, not edited
                deleted[built[i]] = i
                added[current[j]] = j
                continue
            pairs.append((i, j))
            edited.append((i, j))
        for i in range(i1 + n_pairs, i2):
            deleted[built[i]] = i
        for j in range(j1 + n_pairs, j2):
            added[current[j]] = j
    moved = [(i, added[fp]) for fp, i in deleted.items() if fp in added]
    return SlideMatch(
        tuple(pairs + moved),
        tuple(edited),
        tuple(i for fp, i in deleted.items() if fp not in added),
        tuple(j for fp, j in added.items() if fp not in deleted),
        tuple(moved),
    )


def slide_changes(
    record: Record,
    now: tuple[SlideRecord, ...],
    saved_again: tuple[str, ...] = (),
    shapes: tuple[list[ShapeNow], ...] = (),
) -> list[str]:
    """Which slides differ from the record: edited, added, deleted or moved, by number and
    title; then, with the ``shapes`` of each slide now, which shapes' style changed on a slide
    still there (:func:`restyled`). A slide matches its record as written, or as LibreOffice
    saves it again."""
    match = pair_slides(record, now, saved_again)
    out: list[str] = []
    for i, j in match.edited:
        was = _(" (slide {value} as built)").format(value=i + 1) if i != j else ""
        out.append(
            _("slide {value} {title} was edited{was}").format(
                value=j + 1, title=_title(now[j].title), was=was
            )
        )
    moved = dict(match.moved)
    for i in sorted((*match.deleted, *moved)):
        title = _title(record.slides[i].title)
        if i in moved:
            out.append(
                _("slide {value} {title} was moved to slide {value2}").format(
                    value=i + 1, title=title, value2=moved[i] + 1
                )
            )
        else:
            out.append(
                _("slide {value} {title} (as built) was deleted").format(value=i + 1, title=title)
            )
    for j in match.added:
        out.append(
            _("slide {value} {title} was added").format(value=j + 1, title=_title(now[j].title))
        )
    for i, j in sorted(match.pairs, key=lambda p: p[1]):
        if j < len(shapes) and i + 1 in record.styles:
            for shape in restyled(record.styles[i + 1], shapes[j]):
                out.append(
                    _("slide {value}: style of {what} changed").format(
                        value=j + 1, what=_shape_name(shape)
                    )
                )
    return out


def _paired(
    built: tuple[ShapeStyle, ...], now: list[ShapeNow]
) -> Iterator[tuple[ShapeStyle, ShapeNow]]:
    """The shapes of a slide as built and now that show the same thing (kind and text), in
    order: a shape added, deleted or rewritten since has no pair."""
    matcher = difflib.SequenceMatcher(
        None, [s.content for s in built], [s.shape.content for s in now], autojunk=False
    )
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            yield built[block.a + k], now[block.b + k]


def restyled(built: tuple[ShapeStyle, ...], now: list[ShapeNow]) -> list[ShapeNow]:
    """The shapes of a slide now whose style differs from that recorded as built: a run made
    bold or recoloured, a font or its size changed, a shape's fill or line recoloured. Only
    shapes that still show what they showed (:func:`_paired`) are compared."""
    return [b for a, b in _paired(built, now) if a.style != b.shape.style]


def styles_kept(
    built: tuple[ShapeStyle, ...], before: list[ShapeNow], after: list[ShapeNow] | None = None
) -> tuple[ShapeStyle, ...]:
    """The shapes of a slide as the record keeps them: ``after`` (the slide once ``update``
    wrote into it; ``before``, its shapes as the presenter left them, by default), each shape
    restyled by hand with its style as built, so that a later ``update`` or ``build`` still
    sees the change."""
    if after is None or len(after) != len(before):
        after = before
    was = {s.index: a.style for a, s in _paired(built, before) if a.style != s.shape.style}
    return tuple(
        dataclasses.replace(s.shape, style=was[s.index]) if s.index in was else s.shape
        for s in after
    )


def _shape_name(shape: ShapeNow) -> str:
    """A shape as a message names it: its text's first line, else its name."""
    if shape.label:
        return _title(shape.label)
    return _("the shape {name}").format(name=_title(shape.name))


def _title(title: str) -> str:
    """A slide's title as a message shows it: words kept whole by no-break spaces read (and
    copy) as plain spaces."""
    return f"'{title.replace(chr(0xA0), ' ')}'" if title else _("(no title)")


def keep_backup(out: Path) -> Path:
    """Keep the file at ``out`` as the first free ``NAME.backup-N.pptx`` beside it, byte for
    byte; an existing backup is never overwritten. Returns the backup's path."""
    try:
        data = out.read_bytes()
        fd, tmp = open_temp(out)
    except OSError as exc:
        raise output_error(out, exc, _("the backup of the deck")) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        while True:
            backup = backup_name(out)
            try:
                os.link(tmp, backup)  # fails when a backup of that name appeared meanwhile
                return backup
            except FileExistsError:
                continue
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                    raise output_error(backup, exc, _("the backup of the deck")) from exc
                os.replace(tmp, backup)  # a file system without hard links
                return backup
    finally:
        Path(tmp).unlink(missing_ok=True)


# -- deckmaker diff against the last build ---------------------------------------------------
