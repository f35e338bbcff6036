"""Validate a slide's content other than bullets: chart, series, KPI cards, table, image, quote."""

from __future__ import annotations

from decimal import Decimal

from ..i18n import _
from ..source import AmbiguousText, Node
from ..theme.values import IMAGE_SUFFIXES  # one list for logos and pictures
from .model import (
    CHART_TYPES,
    ChartSpec,
    ImageSpec,
    KpiSpec,
    QuoteSpec,
    SeriesSpec,
    TableSpec,
    Text,
)
from .validator import BaseValidator

CHART_KEYS = (
    "type", "title", "figures", "categories", "series", "unit", "source", "engine", "total",
)  # fmt: skip
SERIES_KEYS = ("name", "values")
KPI_KEYS = ("figure", "value", "label", "unit")
TABLE_KEYS = ("columns", "rows", "highlight")
QUOTE_KEYS = ("text", "author")
IMAGE_KEYS = ("file", "caption")
ENGINES = ("image", "native")
CHART_DATA = (("figures",), ("categories", "series"))
"""The ways a chart takes its data: exactly one of them, whole (the validator and the JSON
Schema both read this)."""
KPI_NEEDS = (("figure",), ("value", "label"))
"""What a KPI card needs: a figure, or a value with its label."""


class ContentValidator(BaseValidator):
    """The validators of ``chart``, ``kpis``, ``table``, ``image`` and ``quote``."""

    def chart(self, node: Node, path: str) -> ChartSpec | None:
        if not self.expect_mapping(node, path, CHART_KEYS, _("a chart")):
            return None
        tnode = self.required(node, "type", path, _("a chart"))
        ctype = self.choice(tnode, f"{path}.type", _("chart type"), CHART_TYPES, "bar")
        engine = self.choice(
            node.get("engine"), f"{path}.engine", _("chart engine"), ENGINES, "image"
        )
        figures = self.texts(node.get("figures"), f"{path}.figures", "'figures'", _("a figure key"))
        categories = self.texts(
            node.get("categories"), f"{path}.categories", "'categories'", _("a category")
        )
        series: list[SeriesSpec] = []
        if (snode := node.get("series")) is not None:
            for i, item in enumerate(self.expect_list(snode, f"{path}.series", "'series'") or []):
                s = self.series(item, f"{path}.series[{i}]", len(categories))
                if s:
                    series.append(s)
        given = {"figures": figures, "categories": categories, "series": series}
        ways = [way for way in CHART_DATA if any(given[k] for k in way)]
        if len(ways) > 1:
            self.error(
                node.location,
                path,
                _("a chart takes either 'figures' or 'categories' with 'series', not both"),
                hint=_("keep one way of giving the data"),
            )
        elif not ways or not figures and not series:
            self.error(
                node.location,
                path,
                _("the chart has no data"),
                hint=_("add 'figures: [key, …]' or 'categories' with 'series'"),
            )
        elif ctype in ("pie", "donut") and len(series) > 1:
            self.error(
                snode.location if snode else node.location,
                f"{path}.series",
                _("a {ctype} chart shows one series, this one has {n}").format(
                    ctype=ctype, n=len(series)
                ),
                hint=_("use type: bar or stacked-bar for several series"),
            )
        elif ctype == "plan-actual" and series and len(series) != 2:
            self.error(
                snode.location if snode else node.location,
                f"{path}.series",
                _("a plan-actual chart takes two series (actual, then plan), got {n}").format(
                    n=len(series)
                ),
                hint=_("or give 'figures:' that have a 'plan:'"),
            )
        elif series and not categories:
            self.error(
                node.location,
                path,
                _("a chart with 'series' needs 'categories'"),
                hint=_('add \'categories: ["2023", "2024"]\', one per value'),
            )
        return ChartSpec(
            type=ctype,
            location=node.location,
            path=path,
            title=self.text_at(node, "title", path, _("the chart title")),
            figures=tuple(figures),
            categories=tuple(categories),
            series=tuple(series),
            unit=self.text_at(node, "unit", path, _("the unit")),
            source=self.text_at(node, "source", path, _("the source")),
            engine=engine,
            total=self.text_at(node, "total", path, _("the total's figure key")),
        )

    def series(self, node: Node, path: str, n_categories: int) -> SeriesSpec | None:
        if not self.expect_mapping(node, path, SERIES_KEYS, _("a series")):
            return None
        name = self.required_text(node, "name", path, _("a series"), _("the series name"))
        values: list[Decimal | Text] = []
        vnode = self.required(node, "values", path, _("a series"))
        items = None
        if vnode is not None:
            items = self.expect_list(vnode, f"{path}.values", "'values'")
            for i, item in enumerate(items or []):
                if isinstance(item.value, str) and not isinstance(item.value, AmbiguousText):
                    values.append(Text(item.value, item.location, f"{path}.values[{i}]"))
                elif (num := self.number(item, f"{path}.values[{i}]", "a value")) is not None:
                    values.append(num)
        if vnode is not None and items is not None and n_categories and len(items) != n_categories:
            self.error(
                vnode.location,
                f"{path}.values",
                _("the series has {n} values but the chart has {n_categories} categories").format(
                    n=len(items), n_categories=n_categories
                ),
                hint=_("give one value per category"),
            )
        if name is None:
            return None
        return SeriesSpec(name, tuple(values), node.location)

    def kpis(self, node: Node, path: str) -> tuple[KpiSpec, ...]:
        out: list[KpiSpec] = []
        items = self.expect_list(node, path, "'kpis'") or []
        if not items and isinstance(node.value, list):
            self.error(
                node.location, path, _("'kpis' is empty"), hint=_("add at least one KPI card")
            )
        for i, item in enumerate(items):
            ipath = f"{path}[{i}]"
            if not self.expect_mapping(item, ipath, KPI_KEYS, _("a KPI card")):
                continue
            fig = self.text_at(item, "figure", ipath, _("the figure key"))
            value = None
            if (v := item.get("value")) is not None:
                value = self.number(v, f"{ipath}.value", _("the KPI value"))
            label = self.text_at(item, "label", ipath, _("the label"))
            if fig is None and value is None:
                self.error(
                    item.location,
                    ipath,
                    _("a KPI card needs 'figure' or 'value'"),
                    hint=_("e.g. {figure: grdp_growth} or {value: 87, label: dự án mới}"),
                )
            elif fig is None and label is None:
                self.error(
                    item.location,
                    ipath,
                    _("a KPI card with 'value' needs a 'label'"),
                    hint=_("add 'label: …'"),
                )
            out.append(
                KpiSpec(
                    item.location,
                    ipath,
                    fig,
                    value,
                    label,
                    self.text_at(item, "unit", ipath, _("the unit")),
                )
            )
        return tuple(out)

    def table(self, node: Node, path: str) -> TableSpec | None:
        if not self.expect_mapping(node, path, TABLE_KEYS, _("a table")):
            return None
        columns = self.texts(
            self.required(node, "columns", path, _("a table")),
            f"{path}.columns",
            "'columns'",
            _("a column heading"),
            required=False,
        )
        rows: list[tuple[Text, ...]] = []
        rnode = self.required(node, "rows", path, _("a table"))
        if rnode is not None:
            for i, row in enumerate(self.expect_list(rnode, f"{path}.rows", "'rows'") or []):
                rpath = f"{path}.rows[{i}]"
                cells = self.expect_list(
                    row, rpath, _("a row"), hint=_("write a row as [cell, cell, …]")
                )
                if cells is None:
                    continue
                if columns and len(cells) != len(columns):
                    self.error(
                        row.location,
                        rpath,
                        _("the row has {n} cells but the table has {n2} columns").format(
                            n=len(cells), n2=len(columns)
                        ),
                        hint=_("give one cell per column"),
                    )
                texts = []
                for j, c in enumerate(cells):
                    if isinstance(c.value, int | Decimal) and not isinstance(c.value, bool):
                        c = Node(str(c.value), c.location)
                    texts.append(
                        self.text(c, f"{rpath}[{j}]", _("a cell")) or Text("", c.location, "")
                    )
                rows.append(tuple(texts))
        highlight = self.highlight(node.get("highlight"), rows, f"{path}.highlight")
        return TableSpec(tuple(columns), tuple(rows), node.location, path, highlight)

    def highlight(
        self, node: Node | None, rows: list[tuple[Text, ...]], path: str
    ) -> tuple[int, ...]:
        """The rows ``highlight:`` names (0-based): each by its number from 1 or by the text of
        one of its cells ("Tổng số"); one or a list. An unknown one is reported."""
        if node is None or node.value is None:
            return ()
        items = node.value if isinstance(node.value, list) else [node]
        out: list[int] = []
        for i, item in enumerate(items):
            where = f"{path}[{i}]" if isinstance(node.value, list) else path
            v = item.value
            found: int | None = None
            if isinstance(v, int) and not isinstance(v, bool):
                found = v - 1 if 1 <= v <= len(rows) else None
            elif isinstance(v, str | Decimal):
                want = str(v).strip().casefold()
                found = next(
                    (
                        r
                        for r, row in enumerate(rows)
                        if any(c.value.strip().casefold() == want for c in row)
                    ),
                    None,
                )
            if found is None:
                self.error(
                    item.location,
                    where,
                    _("'highlight' names no row of the table: {shown}").format(shown=v),
                    hint=_("give a row's number (1 to {n}) or the text of one of its cells").format(
                        n=len(rows)
                    ),
                )
            elif found not in out:
                out.append(found)
        return tuple(sorted(out))

    def image(self, node: Node, path: str) -> ImageSpec | None:
        file_node: Node | None
        if isinstance(node.value, str):
            file_node, caption = node, None
        elif self.expect_mapping(node, path, IMAGE_KEYS, _("an image")):
            file_node = self.required(node, "file", path, _("an image"))
            caption = self.text_at(node, "caption", path, _("the caption"))
            if file_node is None:
                return None
        else:
            return None
        ftext = self.text(file_node, path, _("the image path"), required=True)
        if ftext is None:
            return None
        file = self.source.parent / ftext.value
        missing = _("image not found: {value}").format(value=ftext.value)
        if self.named_file(file_node, path, ftext.value, missing) and (
            file.suffix.lower() not in IMAGE_SUFFIXES
        ):
            self.error(
                file_node.location,
                path,
                _("not a picture file: {value}").format(value=ftext.value),
                hint=_("use one of: {names}").format(names=", ".join(IMAGE_SUFFIXES)),
            )
        return ImageSpec(file, file_node.location, path, caption)

    def quote(self, node: Node, path: str) -> QuoteSpec | None:
        if isinstance(node.value, str):
            text = self.text(node, path, _("the quote"), required=True)
            return QuoteSpec(text) if text else None
        if not self.expect_mapping(node, path, QUOTE_KEYS, _("a quote")):
            return None
        text = self.required_text(node, "text", path, _("a quote"), _("the quote"))
        author = self.text_at(node, "author", path, _("the author"))
        return QuoteSpec(text, author) if text else None
