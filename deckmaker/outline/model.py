"""The outline as data: Deck, SectionSpec, SlideSpec and the content specs a slide may carry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..errors import Location
from ..i18n import _
from ..kinds import CONTENT_KEYS, kind_of

CHART_TYPES = ("bar", "barh", "line", "pie", "donut", "stacked-bar", "plan-actual")
LANGUAGES = ("vi", "en")
AGENDA_SECTIONS = 3
"""``agenda: auto`` shows the agenda slide in a deck of this many sections or more."""


@dataclass(frozen=True)
class Text:
    """A piece of user text with where it was written; may hold ``{figure}`` references."""

    value: str
    location: Location
    path: str

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Bullet:
    text: Text
    children: tuple[Bullet, ...] = ()


@dataclass(frozen=True)
class SeriesSpec:
    name: Text
    values: tuple[Decimal | Text, ...]  # a number, or a Text naming a figure key
    location: Location


@dataclass(frozen=True)
class ChartSpec:
    type: str
    location: Location
    path: str
    title: Text | None = None
    figures: tuple[Text, ...] = ()  # figure keys, one category each
    categories: tuple[Text, ...] = ()
    series: tuple[SeriesSpec, ...] = ()
    unit: Text | None = None
    source: Text | None = None
    engine: str = "image"  # "image" (Matplotlib) or "native" (editable PowerPoint chart)
    total: Text | None = None  # the figure key of the bar that is the whole of the others


@dataclass(frozen=True)
class KpiSpec:
    location: Location
    path: str
    figure: Text | None = None
    value: Decimal | None = None
    label: Text | None = None
    unit: Text | None = None


@dataclass(frozen=True)
class TableSpec:
    columns: tuple[Text, ...]
    rows: tuple[tuple[Text, ...], ...]
    location: Location
    path: str
    highlight: tuple[int, ...] = ()  # rows shown bold on a tint (0-based), from ``highlight:``


@dataclass(frozen=True)
class QuoteSpec:
    text: Text
    author: Text | None = None


@dataclass(frozen=True)
class ImageSpec:
    file: Path
    location: Location
    path: str
    caption: Text | None = None


@dataclass(frozen=True)
class SlideSpec:
    location: Location
    path: str
    title: Text | None = None
    bullets: tuple[Bullet, ...] = ()
    chart: ChartSpec | None = None
    kpis: tuple[KpiSpec, ...] = ()
    table: TableSpec | None = None
    image: ImageSpec | None = None
    quote: QuoteSpec | None = None
    notes: Text | None = None

    @property
    def kind(self) -> str:
        """The slide kind, read from the table of kinds by which content keys are present."""
        keys = [k for k in CONTENT_KEYS if getattr(self, k)]
        kind = kind_of(keys)
        if kind is None:  # validation rejects such a slide before anything asks its kind
            raise ValueError(
                _("{path}: no slide kind has the content {keys}").format(path=self.path, keys=keys)
            )
        return kind.name


@dataclass(frozen=True)
class SectionSpec:
    title: Text
    location: Location
    path: str
    subtitle: Text | None = None
    slides: tuple[SlideSpec, ...] = ()
    notes: Text | None = None
    label: Text | None = None  # shown above the title, e.g. "II.2"; default "Phần n"; "" for none
    key_figure: Text | None = None  # a figure key, shown big beside the title
    part: Text | None = None
    """The part of the deck this section belongs to, above the sections ("II. Nội dung tuyên
    truyền", or "Nội dung tuyên truyền" numbered from its sections' labels "Phần II.1", …):
    sections one after another with the same ``part`` are its sections. The agenda shows the
    part's line with its sections indented under it; the section slide shows it over its
    title."""
    divider: bool = True
    """Whether a divider slide opens the section (``divider: false``: none, its slides follow
    the slide before it; a one-section draft, whose only divider a presenter deletes)."""


@dataclass(frozen=True)
class ClosingSpec:
    title: Text
    location: Location
    subtitle: Text | None = None
    notes: Text | None = None


@dataclass(frozen=True)
class DeckInfo:
    title: Text
    location: Location
    subtitle: Text | None = None
    organization: Text | None = None
    presenter: Text | None = None
    date: dt.date | None = None
    language: str = "vi"
    theme: Text | None = None
    figures: Path | None = None
    notes: Text | None = None
    place: Text | None = None
    """Where the deck is presented, before the date on the title slide ("Hưng Yên")."""
    agenda: str = "auto"
    """The agenda slide after the title slide: "auto" (when the deck has ``AGENDA_SECTIONS``
    sections or more), "on" or "off" (``deck.agenda``)."""
    agenda_title: Text | None = None
    """The agenda slide's own title (``agenda: Nội dung chính``); None for the deck language's."""


@dataclass(frozen=True)
class Deck:
    info: DeckInfo
    sections: tuple[SectionSpec, ...]
    source: Path  # the outline file
    closing: ClosingSpec | None = None
    warnings: tuple = field(default=(), compare=False)

    @property
    def base_dir(self) -> Path:
        return self.source.parent

    def slides(self) -> list[SlideSpec]:
        return [s for sec in self.sections for s in sec.slides]

    @property
    def has_agenda(self) -> bool:
        """Whether the deck shows the agenda slide after its title slide (``deck.agenda``)."""
        if self.info.agenda == "auto":
            return len(self.sections) >= AGENDA_SECTIONS
        return self.info.agenda == "on"
