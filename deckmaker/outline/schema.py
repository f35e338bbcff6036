"""Validate a located YAML tree against outline format v1 and build the Deck model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ..errors import Location, Problem, did_you_mean
from ..source import Node
from ..textnorm import check_text
from .model import (
    CHART_TYPES,
    LANGUAGES,
    Bullet,
    ChartSpec,
    ClosingSpec,
    Deck,
    DeckInfo,
    ImageSpec,
    KpiSpec,
    QuoteSpec,
    SectionSpec,
    SeriesSpec,
    SlideSpec,
    TableSpec,
    Text,
)

TOP_KEYS = ("deck", "sections", "closing")
DECK_KEYS = (
    "title",
    "subtitle",
    "organization",
    "presenter",
    "date",
    "language",
    "theme",
    "figures",
    "notes",
)
SECTION_KEYS = ("title", "subtitle", "label", "slides", "notes")
SLIDE_KEYS = ("title", "bullets", "chart", "kpis", "table", "image", "quote", "notes")
CHART_KEYS = ("type", "title", "figures", "categories", "series", "unit", "source", "engine")
SERIES_KEYS = ("name", "values")
KPI_KEYS = ("figure", "value", "label", "unit")
TABLE_KEYS = ("columns", "rows")
QUOTE_KEYS = ("text", "author")
IMAGE_KEYS = ("file", "caption")
CLOSING_KEYS = ("title", "subtitle", "notes")
BULLET_KEYS = ("text", "bullets")
CONTENT_KEYS = ("bullets", "chart", "kpis", "table", "image", "quote")
ENGINES = ("image", "native")
MAX_BULLET_DEPTH = 3
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff")


def _type_name(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | Decimal | float):
        return f"a number ({value})"
    if isinstance(value, dt.date):
        return f"a date ({value})"
    return f"a text ('{value}')"


class _Validator:
    """Walks the tree, collecting every problem rather than stopping at the first."""

    def __init__(self, source: Path):
        self.source = source
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------------------------
    def error(self, loc: Location, path: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(loc, message, path, hint))

    def expect_mapping(self, node: Node, path: str, keys: tuple[str, ...], what: str) -> bool:
        if not isinstance(node.value, dict):
            self.error(
                node.location,
                path,
                f"{what} must be a mapping of keys, got {_type_name(node.value)}",
                hint=f"known keys: {', '.join(keys)}",
            )
            return False
        for key in node.value:
            if key not in keys:
                self.error(
                    node.key_locations[key],
                    f"{path}.{key}" if path else key,
                    f"unknown key '{key}' in {what}",
                    hint=did_you_mean(key, keys),
                )
        return True

    def expect_list(self, node: Node, path: str, what: str, hint: str = "") -> list[Node] | None:
        if not isinstance(node.value, list):
            self.error(
                node.location,
                path,
                f"{what} must be a list, got {_type_name(node.value)}",
                hint=hint or "write each item on its own line starting with '- '",
            )
            return None
        return node.value

    def text(self, node: Node | None, path: str, what: str, required: bool = False) -> Text | None:
        if node is None:
            return None
        value = node.value
        if value is None and not required:
            return None
        if isinstance(value, bool | dict | list) or value is None:
            self.error(
                node.location,
                path,
                f"{what} must be a text, got {_type_name(value)}",
                hint='quote it if it should be a text, e.g. "…"',
            )
            return None
        if isinstance(value, dt.date):
            value = value.isoformat()
        s = str(value)
        clean, problems = check_text(s, node.location, path)
        self.problems.extend(problems)
        if required and not clean.strip():
            self.error(
                node.location, path, f"{what} is empty", hint="write the text or remove the key"
            )
        return Text(clean, node.location, path)

    def required(self, node: Node, key: str, path: str, what: str) -> Node | None:
        child = node.get(key)
        if child is None:
            self.error(node.location, path, f"{what} needs '{key}'", hint=f"add '{key}: …'")
        return child

    def number(self, node: Node, path: str, what: str) -> Decimal | None:
        v = node.value
        if isinstance(v, bool) or not isinstance(v, int | Decimal | float):
            self.error(
                node.location,
                path,
                f"{what} must be a number, got {_type_name(v)}",
                hint="write numbers with a dot for decimals (10.05) and no thousands separator",
            )
            return None
        return Decimal(str(v)) if not isinstance(v, Decimal) else v

    # -- the document ------------------------------------------------------------------------
    def deck(self, root: Node) -> Deck | None:
        if root.value is None:
            self.error(
                root.location, "", "the outline is empty", hint="start from `deckmaker init DIR`"
            )
            return None
        if not self.expect_mapping(root, "", TOP_KEYS, "the outline"):
            return None
        deck_node = self.required(root, "deck", "", "the outline")
        info = self.deck_info(deck_node) if deck_node is not None else None
        sections: list[SectionSpec] = []
        sec_node = self.required(root, "sections", "", "the outline")
        if sec_node is not None:
            items = self.expect_list(sec_node, "sections", "'sections'")
            if items is not None and not items:
                self.error(
                    sec_node.location,
                    "sections",
                    "the outline has no sections",
                    hint="add at least one section with slides",
                )
            for i, item in enumerate(items or []):
                sec = self.section(item, f"sections[{i}]")
                if sec:
                    sections.append(sec)
        closing = None
        if (cnode := root.get("closing")) is not None:
            closing = self.closing(cnode)
        if info is None:
            return None
        return Deck(info, tuple(sections), self.source, closing)

    def deck_info(self, node: Node) -> DeckInfo | None:
        if not self.expect_mapping(node, "deck", DECK_KEYS, "'deck'"):
            return None
        title_node = self.required(node, "title", "deck", "'deck'")
        title = self.text(title_node, "deck.title", "the deck title", required=True)
        language = "vi"
        if (lnode := node.get("language")) is not None:
            if lnode.value in LANGUAGES:
                language = lnode.value
            else:
                self.error(
                    lnode.location,
                    "deck.language",
                    f"unknown language '{lnode.value}'",
                    hint=did_you_mean(str(lnode.value), LANGUAGES),
                )
        date = None
        if (dnode := node.get("date")) is not None:
            if isinstance(dnode.value, dt.date):
                date = dnode.value
            else:
                self.error(
                    dnode.location,
                    "deck.date",
                    f"the date must be written YYYY-MM-DD, got {_type_name(dnode.value)}",
                    hint="e.g. date: 2024-01-20",
                )
        figures = None
        if (fnode := node.get("figures")) is not None:
            ftext = self.text(fnode, "deck.figures", "'figures'")
            if ftext:
                figures = self.source.parent / ftext.value
                if not figures.is_file():
                    self.error(
                        fnode.location,
                        "deck.figures",
                        f"figures file not found: {ftext.value}",
                        hint="the path is relative to the outline file",
                    )
        if title is None:
            return None
        return DeckInfo(
            title=title,
            location=node.location,
            subtitle=self.text(node.get("subtitle"), "deck.subtitle", "the subtitle"),
            organization=self.text(node.get("organization"), "deck.organization", "'organization'"),
            presenter=self.text(node.get("presenter"), "deck.presenter", "'presenter'"),
            date=date,
            language=language,
            theme=self.text(node.get("theme"), "deck.theme", "'theme'"),
            figures=figures,
            notes=self.text(node.get("notes"), "deck.notes", "notes"),
        )

    def section(self, node: Node, path: str) -> SectionSpec | None:
        if not self.expect_mapping(node, path, SECTION_KEYS, "a section"):
            return None
        title = self.text(
            self.required(node, "title", path, "a section"),
            f"{path}.title",
            "the section title",
            required=True,
        )
        slides: list[SlideSpec] = []
        snode = node.get("slides")
        if snode is None or snode.value in (None, []):
            self.error(
                node.location,
                path,
                "empty section: it has no slides",
                hint="add 'slides:' with at least one slide, or remove the section",
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
            subtitle=self.text(node.get("subtitle"), f"{path}.subtitle", "the subtitle"),
            label=self.text(node.get("label"), f"{path}.label", "the label"),
            slides=tuple(slides),
            notes=self.text(node.get("notes"), f"{path}.notes", "notes"),
        )

    def slide(self, node: Node, path: str) -> SlideSpec | None:
        if not self.expect_mapping(node, path, SLIDE_KEYS, "a slide"):
            return None
        present = [k for k in CONTENT_KEYS if node.get(k) is not None]
        allowed_pairs = ({"chart", "bullets"},)
        if len(present) > 1 and set(present) not in allowed_pairs:
            self.error(
                node.key_locations[present[1]],
                f"{path}.{present[1]}",
                f"a slide cannot have both '{present[0]}' and '{present[1]}'",
                hint="split them into two slides (only 'chart' with 'bullets' can share one)",
            )
        if not present:
            self.error(
                node.location,
                path,
                "the slide has no content",
                hint=f"give it one of: {', '.join(CONTENT_KEYS)}",
            )
        title = self.text(node.get("title"), f"{path}.title", "the slide title")
        if title is None and node.get("quote") is None:
            self.error(node.location, path, "the slide needs a 'title'", hint="add 'title: …'")
        bullets: tuple[Bullet, ...] = ()
        if (b := node.get("bullets")) is not None:
            bullets = self.bullets(b, f"{path}.bullets", 1)
            if not bullets:
                self.error(
                    b.location,
                    f"{path}.bullets",
                    "'bullets' is empty",
                    hint="add at least one bullet or remove the key",
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
            notes=self.text(node.get("notes"), f"{path}.notes", "notes"),
        )

    def bullets(self, node: Node, path: str, depth: int) -> tuple[Bullet, ...]:
        items = self.expect_list(node, path, "'bullets'")
        out: list[Bullet] = []
        for i, item in enumerate(items or []):
            ipath = f"{path}[{i}]"
            if isinstance(item.value, dict):
                if not self.expect_mapping(item, ipath, BULLET_KEYS, "a bullet"):
                    continue
                text = self.text(
                    self.required(item, "text", ipath, "a bullet with sub-bullets"),
                    f"{ipath}.text",
                    "the bullet",
                    required=True,
                )
                children: tuple[Bullet, ...] = ()
                if (sub := item.get("bullets")) is not None:
                    if depth >= MAX_BULLET_DEPTH:
                        self.error(
                            sub.location,
                            f"{ipath}.bullets",
                            f"bullets nest at most {MAX_BULLET_DEPTH} levels deep",
                            hint="merge this level into its parent or make a new slide",
                        )
                    else:
                        children = self.bullets(sub, f"{ipath}.bullets", depth + 1)
                if text:
                    out.append(Bullet(text, children))
            else:
                text = self.text(item, ipath, "a bullet", required=True)
                if text:
                    out.append(Bullet(text))
        return tuple(out)

    def chart(self, node: Node, path: str) -> ChartSpec | None:
        if not self.expect_mapping(node, path, CHART_KEYS, "a chart"):
            return None
        ctype = "bar"
        tnode = self.required(node, "type", path, "a chart")
        if tnode is not None:
            if tnode.value in CHART_TYPES:
                ctype = tnode.value
            else:
                self.error(
                    tnode.location,
                    f"{path}.type",
                    f"unknown chart type '{tnode.value}'",
                    hint=did_you_mean(str(tnode.value), CHART_TYPES),
                )
        engine = "image"
        if (enode := node.get("engine")) is not None:
            if enode.value in ENGINES:
                engine = enode.value
            else:
                self.error(
                    enode.location,
                    f"{path}.engine",
                    f"unknown chart engine '{enode.value}'",
                    hint=did_you_mean(str(enode.value), ENGINES),
                )
        figures: list[Text] = []
        if (fnode := node.get("figures")) is not None:
            for i, item in enumerate(self.expect_list(fnode, f"{path}.figures", "'figures'") or []):
                if t := self.text(item, f"{path}.figures[{i}]", "a figure key", required=True):
                    figures.append(t)
        categories: list[Text] = []
        if (cnode := node.get("categories")) is not None:
            for i, item in enumerate(
                self.expect_list(cnode, f"{path}.categories", "'categories'") or []
            ):
                if t := self.text(item, f"{path}.categories[{i}]", "a category", required=True):
                    categories.append(t)
        series: list[SeriesSpec] = []
        if (snode := node.get("series")) is not None:
            for i, item in enumerate(self.expect_list(snode, f"{path}.series", "'series'") or []):
                s = self.series(item, f"{path}.series[{i}]", len(categories))
                if s:
                    series.append(s)
        if figures and (categories or series):
            self.error(
                node.location,
                path,
                "a chart takes either 'figures' or 'categories' with 'series', not both",
                hint="keep one way of giving the data",
            )
        elif not figures and not series:
            self.error(
                node.location,
                path,
                "the chart has no data",
                hint="add 'figures: [key, …]' or 'categories' with 'series'",
            )
        elif ctype in ("pie", "donut") and len(series) > 1:
            self.error(
                snode.location if snode else node.location,
                f"{path}.series",
                f"a {ctype} chart shows one series, this one has {len(series)}",
                hint="use type: bar or stacked-bar for several series",
            )
        elif ctype == "plan-actual" and series and len(series) != 2:
            self.error(
                snode.location if snode else node.location,
                f"{path}.series",
                f"a plan-actual chart takes two series (actual, then plan), got {len(series)}",
                hint="or give 'figures:' that have a 'plan:'",
            )
        elif series and not categories:
            self.error(
                node.location,
                path,
                "a chart with 'series' needs 'categories'",
                hint='add \'categories: ["2023", "2024"]\', one per value',
            )
        return ChartSpec(
            type=ctype,
            location=node.location,
            path=path,
            title=self.text(node.get("title"), f"{path}.title", "the chart title"),
            figures=tuple(figures),
            categories=tuple(categories),
            series=tuple(series),
            unit=self.text(node.get("unit"), f"{path}.unit", "the unit"),
            source=self.text(node.get("source"), f"{path}.source", "the source"),
            engine=engine,
        )

    def series(self, node: Node, path: str, n_categories: int) -> SeriesSpec | None:
        if not self.expect_mapping(node, path, SERIES_KEYS, "a series"):
            return None
        name = self.text(
            self.required(node, "name", path, "a series"),
            f"{path}.name",
            "the series name",
            required=True,
        )
        values: list[Decimal | Text] = []
        vnode = self.required(node, "values", path, "a series")
        if vnode is not None:
            for i, item in enumerate(self.expect_list(vnode, f"{path}.values", "'values'") or []):
                if isinstance(item.value, str):
                    values.append(Text(item.value, item.location, f"{path}.values[{i}]"))
                elif (num := self.number(item, f"{path}.values[{i}]", "a value")) is not None:
                    values.append(num)
            if n_categories and len(vnode.value or []) != n_categories:
                self.error(
                    vnode.location,
                    f"{path}.values",
                    f"the series has {len(vnode.value or [])} values but the chart has "
                    f"{n_categories} categories",
                    hint="give one value per category",
                )
        if name is None:
            return None
        return SeriesSpec(name, tuple(values), node.location)

    def kpis(self, node: Node, path: str) -> tuple[KpiSpec, ...]:
        out: list[KpiSpec] = []
        items = self.expect_list(node, path, "'kpis'") or []
        if not items and isinstance(node.value, list):
            self.error(node.location, path, "'kpis' is empty", hint="add at least one KPI card")
        for i, item in enumerate(items):
            ipath = f"{path}[{i}]"
            if not self.expect_mapping(item, ipath, KPI_KEYS, "a KPI card"):
                continue
            fig = self.text(item.get("figure"), f"{ipath}.figure", "the figure key")
            value = None
            if (v := item.get("value")) is not None:
                value = self.number(v, f"{ipath}.value", "the KPI value")
            label = self.text(item.get("label"), f"{ipath}.label", "the label")
            if fig is None and value is None:
                self.error(
                    item.location,
                    ipath,
                    "a KPI card needs 'figure' or 'value'",
                    hint="e.g. {figure: grdp_growth} or {value: 87, label: dự án mới}",
                )
            elif fig is None and label is None:
                self.error(
                    item.location,
                    ipath,
                    "a KPI card with 'value' needs a 'label'",
                    hint="add 'label: …'",
                )
            out.append(
                KpiSpec(
                    item.location,
                    ipath,
                    fig,
                    value,
                    label,
                    self.text(item.get("unit"), f"{ipath}.unit", "the unit"),
                )
            )
        return tuple(out)

    def table(self, node: Node, path: str) -> TableSpec | None:
        if not self.expect_mapping(node, path, TABLE_KEYS, "a table"):
            return None
        columns: list[Text] = []
        cnode = self.required(node, "columns", path, "a table")
        if cnode is not None:
            for i, item in enumerate(self.expect_list(cnode, f"{path}.columns", "'columns'") or []):
                if t := self.text(item, f"{path}.columns[{i}]", "a column heading"):
                    columns.append(t)
        rows: list[tuple[Text, ...]] = []
        rnode = self.required(node, "rows", path, "a table")
        if rnode is not None:
            for i, row in enumerate(self.expect_list(rnode, f"{path}.rows", "'rows'") or []):
                rpath = f"{path}.rows[{i}]"
                cells = self.expect_list(row, rpath, "a row", hint="write a row as [cell, cell, …]")
                if cells is None:
                    continue
                if columns and len(cells) != len(columns):
                    self.error(
                        row.location,
                        rpath,
                        f"the row has {len(cells)} cells but the table has {len(columns)} columns",
                        hint="give one cell per column",
                    )
                texts = []
                for j, c in enumerate(cells):
                    if isinstance(c.value, int | Decimal) and not isinstance(c.value, bool):
                        c = Node(str(c.value), c.location)
                    texts.append(
                        self.text(c, f"{rpath}[{j}]", "a cell") or Text("", c.location, "")
                    )
                rows.append(tuple(texts))
        return TableSpec(tuple(columns), tuple(rows), node.location, path)

    def image(self, node: Node, path: str) -> ImageSpec | None:
        if isinstance(node.value, str):
            file_node, caption = node, None
        elif self.expect_mapping(node, path, IMAGE_KEYS, "an image"):
            file_node = self.required(node, "file", path, "an image")
            caption = self.text(node.get("caption"), f"{path}.caption", "the caption")
            if file_node is None:
                return None
        else:
            return None
        ftext = self.text(file_node, path, "the image path", required=True)
        if ftext is None:
            return None
        file = self.source.parent / ftext.value
        if not file.is_file():
            self.error(
                file_node.location,
                path,
                f"image not found: {ftext.value}",
                hint="the path is relative to the outline file",
            )
        elif file.suffix.lower() not in IMAGE_SUFFIXES:
            self.error(
                file_node.location,
                path,
                f"not a picture file: {ftext.value}",
                hint=f"use one of: {', '.join(IMAGE_SUFFIXES)}",
            )
        return ImageSpec(file, file_node.location, path, caption)

    def quote(self, node: Node, path: str) -> QuoteSpec | None:
        if isinstance(node.value, str):
            text = self.text(node, path, "the quote", required=True)
            return QuoteSpec(text) if text else None
        if not self.expect_mapping(node, path, QUOTE_KEYS, "a quote"):
            return None
        text = self.text(
            self.required(node, "text", path, "a quote"), f"{path}.text", "the quote", required=True
        )
        author = self.text(node.get("author"), f"{path}.author", "the author")
        return QuoteSpec(text, author) if text else None

    def closing(self, node: Node) -> ClosingSpec | None:
        if isinstance(node.value, str):
            t = self.text(node, "closing", "the closing title", required=True)
            return ClosingSpec(t, node.location) if t else None
        if not self.expect_mapping(node, "closing", CLOSING_KEYS, "'closing'"):
            return None
        title = self.text(
            self.required(node, "title", "closing", "'closing'"),
            "closing.title",
            "the closing title",
            required=True,
        )
        if title is None:
            return None
        return ClosingSpec(
            title,
            node.location,
            self.text(node.get("subtitle"), "closing.subtitle", "the subtitle"),
            self.text(node.get("notes"), "closing.notes", "notes"),
        )


def validate(root: Node, source: Path) -> tuple[Deck | None, list[Problem]]:
    """Build the Deck from a located tree; returns it with every problem found."""
    v = _Validator(source)
    deck = v.deck(root)
    return deck, v.problems
