"""Validate a located YAML tree against outline format v1 and build the Deck model."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import Problem
from ..i18n import N_, _
from ..kinds import CONTENT_KEYS, SHARED, kind_of
from ..source import Node
from .content import ENGINES, ContentValidator
from .model import (
    LANGUAGES,
    Bullet,
    ClosingSpec,
    Deck,
    DeckInfo,
    SectionSpec,
    SlideSpec,
    Text,
)
from .validator import type_name

TOP_KEYS = ("deck", "sections", "closing")
DECK_KEYS = (
    "title",
    "subtitle",
    "organization",
    "presenter",
    "place",
    "date",
    "language",
    "theme",
    "figures",
    "notes",
    "agenda",
)
SECTION_KEYS = ("title", "subtitle", "label", "key_figure", "part", "divider", "slides", "notes")
SLIDE_KEYS = ("title", *CONTENT_KEYS, "notes")
CLOSING_KEYS = ("title", "subtitle", "notes")
BULLET_KEYS = ("text", "bullets")
MAX_BULLET_DEPTH = 3
_DATE_HINT = N_("e.g. date: 2024-01-20")
_UNSHOWN = ("subtitle", "key_figure", "notes")
"""A section's keys that only its divider slide shows (``label`` numbers its agenda line too)."""
MAX_SLIDES = 1_000
"""The most slides an outline may ask for (a two-day conference is ~300)."""


class _Validator(ContentValidator):
    """Walks the tree, collecting every problem rather than stopping at the first."""

    def deck(self, root: Node) -> Deck | None:
        if root.value is None:
            self.error(
                root.location,
                "",
                _("the outline is empty"),
                hint=_("start from `deckmaker init DIR`"),
            )
            return None
        if not self.expect_mapping(root, "", TOP_KEYS, _("the outline")):
            return None
        deck_node = self.required(root, "deck", "", _("the outline"))
        info = self.deck_info(deck_node) if deck_node is not None else None
        sections: list[SectionSpec] = []
        sec_node = self.required(root, "sections", "", _("the outline"))
        undivided: list[tuple[Node, str]] = []  # (sections with ``divider: false``)
        if sec_node is not None:
            items = self.expect_list(sec_node, "sections", "'sections'")
            if items is not None and not items:
                self.error(
                    sec_node.location,
                    "sections",
                    _("the outline has no sections"),
                    hint=_("add at least one section with slides"),
                )
            if self.too_many_slides(items or []):
                return None
            for i, item in enumerate(items or []):
                sec = self.section(item, f"sections[{i}]")
                if sec:
                    sections.append(sec)
                    if not sec.divider:
                        undivided.append((item, sec.path))
            self.parts(sections)
        closing = None
        if (cnode := root.get("closing")) is not None:
            closing = self.closing(cnode)
        if info is None:
            return None
        deck = Deck(info, tuple(sections), self.source, closing)
        for item, path in undivided:
            self.unshown(item, path, deck.has_agenda)
        return deck

    def deck_info(self, node: Node) -> DeckInfo | None:
        if not self.expect_mapping(node, "deck", DECK_KEYS, "'deck'"):
            return None
        title = self.required_text(node, "title", "deck", "'deck'", _("the deck title"))
        language = self.choice(node.get("language"), "deck.language", "language", LANGUAGES, "vi")
        date = None
        if (dnode := node.get("date")) is not None:
            date = self.date(dnode, "deck.date")
        figures = None
        if (fnode := node.get("figures")) is not None:
            ftext = self.text(fnode, "deck.figures", "'figures'")
            if ftext:
                figures = self.source.parent / ftext.value
                missing = _("figures file not found: {value}").format(value=ftext.value)
                self.named_file(fnode, "deck.figures", ftext.value, missing)
        agenda, agenda_title = self.agenda(node.get("agenda"))
        if title is None:
            return None
        return DeckInfo(
            title=title,
            location=node.location,
            subtitle=self.text_at(node, "subtitle", "deck", _("the subtitle")),
            organization=self.text_at(node, "organization", "deck", "'organization'"),
            presenter=self.text_at(node, "presenter", "deck", "'presenter'"),
            place=self.text_at(node, "place", "deck", "'place'"),
            date=date,
            language=language,
            theme=self.text_at(node, "theme", "deck", "'theme'"),
            figures=figures,
            notes=self.text_at(node, "notes", "deck", "notes"),
            agenda=agenda,
            agenda_title=agenda_title,
        )

    def agenda(self, node: Node | None) -> tuple[str, Text | None]:
        """``deck.agenda``: ``auto`` (the default), ``true``/``false``, or a text, the agenda
        slide's own title (shown then)."""
        if node is None or node.value is None or node.value == "auto":
            return "auto", None
        if isinstance(node.value, bool):
            return ("on" if node.value else "off"), None
        if isinstance(node.value, dict | list):
            self.error(
                node.location,
                "deck.agenda",
                _("'agenda' must be auto, true, false or a title, got {type_name}").format(
                    type_name=type_name(node.value)
                ),
                hint=_("e.g. agenda: false, or agenda: Nội dung chính"),
            )
            return "auto", None
        title = self.text(node, "deck.agenda", "'agenda'")
        if title is None or not title.value.strip():
            return "off", None
        return "on", title

    def too_many_slides(self, sections: list[Node]) -> bool:
        """Report an outline of more than MAX_SLIDES slides, at the first one too many."""
        count = 0
        for sec in sections:
            slides = sec.get("slides")
            if slides is None or not isinstance(slides.value, list):
                continue
            if count + len(slides.value) > MAX_SLIDES:
                where = slides.value[MAX_SLIDES - count]
                self.error(
                    where.location,
                    "",
                    _("the outline has more than {MAX_SLIDES:,} slides").format(
                        MAX_SLIDES=MAX_SLIDES
                    ),
                    hint=_(
                        "deckmaker builds at most this many (see docs/security.md, Limits); split "
                        "it into several decks"
                    ),
                )
                return True
            count += len(slides.value)
        return False

    def date(self, node: Node, path: str) -> dt.date | None:
        """A date written 2024-01-20, quoted or not (tools that write YAML quote dates)."""
        value = node.value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                self.error(
                    node.location,
                    path,
                    _("'{value}' is not a date").format(value=value),
                    hint=_(_DATE_HINT),
                )
                return None
        shown = f"'{value}'" if isinstance(value, str) else type_name(value)
        self.error(
            node.location,
            path,
            _("the date must be written YYYY-MM-DD, got {shown}").format(shown=shown),
            _(_DATE_HINT),
        )
        return None

    def section(self, node: Node, path: str) -> SectionSpec | None:
        if not self.expect_mapping(node, path, SECTION_KEYS, _("a section")):
            return None
        title = self.required_text(node, "title", path, _("a section"), _("the section title"))
        slides: list[SlideSpec] = []
        snode = node.get("slides")
        if snode is None or snode.value in (None, []):
            self.error(
                node.location,
                path,
                _("empty section: it has no slides"),
                hint=_("add 'slides:' with at least one slide, or remove the section"),
            )
        else:
            for i, item in enumerate(self.expect_list(snode, f"{path}.slides", "'slides'") or []):
                slide = self.slide(item, f"{path}.slides[{i}]")
                if slide:
                    slides.append(slide)
        if title is None:
            return None
        return SectionSpec(
            title=title,
            location=node.location,
            path=path,
            subtitle=self.text_at(node, "subtitle", path, _("the subtitle")),
            label=self.text_at(node, "label", path, _("the label")),
            key_figure=self.text_at(node, "key_figure", path, _("the key figure")),
            part=self.text_at(node, "part", path, _("the part")),
            divider=self.divider(node.get("divider"), f"{path}.divider"),
            slides=tuple(slides),
            notes=self.text_at(node, "notes", path, "notes"),
        )

    def divider(self, node: Node | None, path: str) -> bool:
        """A section's ``divider``: true (the default) or false (no divider slide)."""
        if node is None or node.value is None:
            return True
        if isinstance(node.value, bool):
            return node.value
        self.error(
            node.location,
            path,
            _("'divider' must be true or false, got {type_name}").format(
                type_name=type_name(node.value)
            ),
            hint=_("e.g. divider: false, for a section whose slides need no divider slide"),
        )
        return True

    def unshown(self, node: Node, path: str, agenda: bool) -> None:
        """A warning at each key of a ``divider: false`` section that only its divider slide
        shows, so that none is left out silently: ``subtitle``, ``key_figure`` and ``notes``
        always; ``label`` when the deck shows no agenda (the agenda numbers the section by it,
        as the other sections' dividers are numbered; h45f)."""
        keys = ("subtitle", "label", "key_figure", "notes") if not agenda else _UNSHOWN
        given = [
            (n.location, key)
            for key in keys
            if (n := node.get(key)) and n.value is not None and n.value != ""  # ('' says none)
        ]
        for location, key in sorted(given):
            self.problems.append(
                Problem(
                    location,
                    _(
                        "'{key}' is shown only on the section's divider slide, and "
                        "'divider: false' leaves that slide out"
                    ).format(key=key),
                    f"{path}.{key}",
                    _("remove '{key}', or remove 'divider: false' to show it").format(key=key),
                    severity="warning",
                )
            )

    def parts(self, sections: list[SectionSpec]) -> None:
        """A part's sections follow one another: a ``part`` met again after another part (or
        a section of none) is an error, at the later section, naming where the part began."""
        began: dict[str, SectionSpec] = {}
        last = ""
        for sec in sections:
            name = sec.part.value.strip() if sec.part is not None else ""
            if name and name != last and name in began:
                assert sec.part is not None
                first = began[name]
                self.error(
                    sec.part.location,
                    sec.part.path,
                    _("the sections of part '{part}' are not one after another").format(part=name),
                    hint=_(
                        "move this section after the part's others (from line {line}), or "
                        "name another part"
                    ).format(line=first.part.location.line if first.part else 0),
                )
            began.setdefault(name, sec)
            last = name

    def slide(self, node: Node, path: str) -> SlideSpec | None:
        if not self.expect_mapping(node, path, SLIDE_KEYS, _("a slide")):
            return None
        present = [k for k in CONTENT_KEYS if node.get(k) is not None]
        if len(present) > 1 and kind_of(present) is None:
            shared = "; ".join(_(" with ").join(f"'{k}'" for k in keys) for keys in SHARED)
            self.error(
                node.key_locations[present[1]],
                f"{path}.{present[1]}",
                _("a slide cannot have both '{present}' and '{present2}'").format(
                    present=present[0], present2=present[1]
                ),
                hint=_("split them into two slides (only {shared} can share one)").format(
                    shared=shared
                ),
            )
        if not present and not self.is_misspelt(node, *CONTENT_KEYS):
            self.error(
                node.location,
                path,
                _("the slide has no content"),
                hint=_("give it one of: {names}").format(names=", ".join(CONTENT_KEYS)),
            )
        title = self.text_at(node, "title", path, _("the slide title"))
        if title is None and node.get("quote") is None and not self.is_misspelt(node, "title"):
            self.error(
                node.location, path, _("the slide needs a 'title'"), hint=_("add 'title: …'")
            )
        bullets: tuple[Bullet, ...] = ()
        if (b := node.get("bullets")) is not None:
            bullets = self.bullets(b, f"{path}.bullets", 1)
            if not bullets:
                self.error(
                    b.location,
                    f"{path}.bullets",
                    _("'bullets' is empty"),
                    hint=_("add at least one bullet or remove the key"),
                )
        return SlideSpec(
            location=node.location,
            path=path,
            title=title,
            bullets=bullets,
            chart=self.chart(c, f"{path}.chart") if (c := node.get("chart")) is not None else None,
            kpis=self.kpis(k, f"{path}.kpis") if (k := node.get("kpis")) is not None else (),
            table=self.table(t, f"{path}.table") if (t := node.get("table")) is not None else None,
            image=self.image(i, f"{path}.image") if (i := node.get("image")) is not None else None,
            quote=self.quote(q, f"{path}.quote") if (q := node.get("quote")) is not None else None,
            notes=self.text_at(node, "notes", path, "notes"),
        )

    def bullets(self, node: Node, path: str, depth: int) -> tuple[Bullet, ...]:
        items = self.expect_list(node, path, "'bullets'")
        out: list[Bullet] = []
        for i, item in enumerate(items or []):
            ipath = f"{path}[{i}]"
            if isinstance(item.value, dict):
                if not self.expect_mapping(item, ipath, BULLET_KEYS, _("a bullet")):
                    continue
                text = self.required_text(
                    item, "text", ipath, _("a bullet with sub-bullets"), _("the bullet")
                )
                children: tuple[Bullet, ...] = ()
                if (sub := item.get("bullets")) is not None:
                    if depth >= MAX_BULLET_DEPTH:
                        self.error(
                            sub.location,
                            f"{ipath}.bullets",
                            _("bullets nest at most {MAX_BULLET_DEPTH} levels deep").format(
                                MAX_BULLET_DEPTH=MAX_BULLET_DEPTH
                            ),
                            hint=_("merge this level into its parent or make a new slide"),
                        )
                    else:
                        children = self.bullets(sub, f"{ipath}.bullets", depth + 1)
                if text:
                    out.append(Bullet(text, children))
            else:
                text = self.text(item, ipath, _("a bullet"), required=True)
                if text:
                    out.append(Bullet(text))
        return tuple(out)

    def closing(self, node: Node) -> ClosingSpec | None:
        if isinstance(node.value, str):
            t = self.text(node, "closing", _("the closing title"), required=True)
            return ClosingSpec(t, node.location) if t else None
        if not self.expect_mapping(node, "closing", CLOSING_KEYS, "'closing'"):
            return None
        title = self.required_text(node, "title", "closing", "'closing'", _("the closing title"))
        if title is None:
            return None
        return ClosingSpec(
            title,
            node.location,
            self.text_at(node, "subtitle", "closing", _("the subtitle")),
            self.text_at(node, "notes", "closing", "notes"),
        )


def validate(root: Node, source: Path) -> tuple[Deck | None, list[Problem]]:
    """Build the Deck from a located tree; returns it with every problem found."""
    v = _Validator(source)
    deck = v.deck(root)
    return deck, v.problems


__all__ = ["ENGINES", "MAX_BULLET_DEPTH", "validate"]
