"""What each key of an outline means, with an example: the descriptions of the JSON Schema
(``deckmaker schema``), which an editor shows when the pointer rests on a key. They are written
in English and shown in the interface language (``deckmaker schema --lang vi``).

Keys are ``parent.key``: the key and the key it sits under (``chart.type``, ``kpis.label``);
a top-level key is its own name.
"""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _

_KPI = [{"figure": "grdp_growth"}]

DESCRIPTIONS: dict[str, tuple[str, Any]] = {
    "deck": (N_("The deck as a whole: its title slide and settings."), {"title": "Báo cáo"}),
    "deck.title": (N_("The deck's title, on the title slide."), "Kinh tế – xã hội năm 2024"),
    "deck.subtitle": (N_("A line under the title."), "Báo cáo tại Hội nghị tổng kết"),
    "deck.organization": (
        N_("The agency presenting, on the title slide and in the footer."),
        "Sở Thông tin và Truyền thông tỉnh Hưng Yên",
    ),
    "deck.presenter": (N_("Who presents, on the title slide."), "Đồng chí Giám đốc Sở"),
    "deck.place": (N_("Where the deck is presented, before the date."), "Hưng Yên"),
    "deck.date": (N_("The date of the meeting, written YYYY-MM-DD."), "2024-12-20"),
    "deck.language": (
        N_("The language the slides are written in (numbers, dates, chart words): vi or en."),
        "vi",
    ),
    "deck.theme": (N_("The theme: a bundled name or a theme folder."), "co-do"),
    "deck.figures": (
        N_("The figures file, relative to the outline (.yaml, .csv or .xlsx)."),
        "figures.yaml",
    ),
    "deck.notes": (N_("Speaker notes of the title slide."), "Kính thưa các đồng chí…"),
    "deck.agenda": (
        N_(
            "The agenda slide after the title slide, listing the sections: auto (with three "
            "sections or more), true, false, or its own title."
        ),
        "auto",
    ),
    "sections": (
        N_("The parts of the deck, in order; each opens with a section slide."),
        [{"title": "Kết quả đạt được", "slides": [{"title": "Tăng trưởng", "kpis": _KPI}]}],
    ),
    "sections.title": (N_("The section's title, on its section slide."), "Kết quả đạt được"),
    "sections.subtitle": (N_("A line under the section's title."), "Năm 2024"),
    "sections.label": (N_("Shown above the title; default 'Phần n'."), "Phần I"),
    "sections.key_figure": (
        N_("A figure key shown big beside the section's title, as its visual anchor."),
        "grdp_growth",
    ),
    "sections.part": (
        N_(
            "The part above sections this section belongs to; sections one after another with "
            "the same part are its sections. The agenda lists the part with its sections "
            "indented under it; the section slide shows it over its title. Its number is the "
            "one written first ('II. …'), else the one its sections' labels start with "
            "('Phần II.1')."
        ),
        "Nội dung tuyên truyền",
    ),
    "sections.divider": (
        N_(
            "Whether a divider slide opens the section: true (default) or false (its slides "
            "follow the slide before it, as in a deck of one section)."
        ),
        False,
    ),
    "sections.notes": (N_("Speaker notes of the section slide."), "Phần này trình bày…"),
    "sections.slides": (
        N_("The slides of the section, in order."),
        [{"title": "Tăng trưởng", "kpis": _KPI}],
    ),
    "slides.title": (N_("The slide's title."), "Tăng trưởng kinh tế"),
    "slides.bullets": (
        N_("Bullets; {key} inserts a figure, a mapping with 'bullets' nests a level."),
        ["GRDP tăng {grdp_growth}", {"text": "Công nghiệp", "bullets": ["Tăng 12%"]}],
    ),
    "slides.chart": (
        N_("A chart, drawn from figures or from categories and series."),
        {"type": "bar", "figures": ["grdp_2023", "grdp_2024"]},
    ),
    "slides.kpis": (
        N_("Big-number cards, each from a figure or a value with its label."),
        [{"figure": "grdp_growth"}, {"value": 87, "label": "dự án mới"}],
    ),
    "slides.table": (
        N_("A table: column headings and rows of cells."),
        {"columns": ["Chỉ tiêu", "2024"], "rows": [["GRDP", "{grdp_growth}"]]},
    ),
    "slides.image": (
        N_("A picture, relative to the outline, with an optional caption."),
        {"file": "images/cau.jpg", "caption": "Cầu Hưng Hà"},
    ),
    "slides.quote": (
        N_("A quotation, with its author."),
        {"text": "Dân là gốc", "author": "Chủ tịch Hồ Chí Minh"},
    ),
    "slides.notes": (N_("Speaker notes."), "Nhấn mạnh kết quả vượt kế hoạch."),
    "bullets.text": (N_("The bullet's text."), "Công nghiệp"),
    "bullets.bullets": (N_("Sub-bullets of this bullet."), ["Tăng 12%"]),
    "chart.type": (N_("The kind of chart."), "bar"),
    "chart.title": (N_("The chart's title, above it."), "Tốc độ tăng trưởng GRDP (%)"),
    "chart.figures": (
        N_("Figure keys, one category each."),
        ["grdp_2022", "grdp_2023", "grdp_2024"],
    ),
    "chart.categories": (N_("The category names, one per value."), ["2023", "2024"]),
    "chart.series": (
        N_("The series: a name and one value per category."),
        [{"name": "Thực hiện", "values": [7.2, 8.1]}],
    ),
    "series.name": (N_("The series' name, in the legend."), "Thực hiện"),
    "series.values": (N_("One number (or figure key) per category."), [7.2, 8.1]),
    "chart.unit": (N_("The unit of the values."), "%"),
    "chart.source": (N_("The source, under the chart."), "Cục Thống kê tỉnh"),
    "chart.total": (
        N_("The key of the figure that is the whole of the others: its bar is set apart."),
        "grdp_growth",
    ),
    "chart.engine": (
        N_("How the chart is made: a picture or a native PowerPoint chart."),
        "native",
    ),
    "kpis.figure": (N_("The figure key the card shows."), "grdp_growth"),
    "kpis.value": (N_("A value, when the card shows no figure."), 87),
    "kpis.label": (N_("What the number is."), "dự án mới"),
    "kpis.unit": (N_("The unit after the value."), "dự án"),
    "table.columns": (N_("The column headings."), ["Chỉ tiêu", "Kế hoạch", "Thực hiện"]),
    "table.rows": (N_("The rows, each a list of cells."), [["GRDP (%)", 7.5, "{grdp_growth}"]]),
    "table.highlight": (
        N_(
            "Rows shown bold on a tinted band: a row's number from 1 or the text of one of its "
            "cells; one or a list."
        ),
        "GRDP (%)",
    ),
    "image.file": (N_("The picture file, relative to the outline."), "images/cau.jpg"),
    "image.caption": (N_("A caption under the picture."), "Cầu Hưng Hà"),
    "quote.text": (N_("The quotation."), "Dân là gốc"),
    "quote.author": (N_("Who said it."), "Chủ tịch Hồ Chí Minh"),
    "closing": (
        N_("The closing slide: a text, or a title with a subtitle."),
        "Trân trọng cảm ơn!",
    ),
    "closing.title": (N_("The closing slide's title."), "Trân trọng cảm ơn!"),
    "closing.subtitle": (N_("A line under it."), "Sở Thông tin và Truyền thông"),
    "closing.notes": (N_("Speaker notes of the closing slide."), "Xin cảm ơn các đồng chí."),
}


def describe(schema: dict[str, Any], parent: str = "") -> None:
    """Give every key of ``schema`` named in DESCRIPTIONS its description and example (in
    place), in the interface language; other descriptions and titles are translated. The parts
    below ``schema`` are copied before they change: the schema shares them between keys."""
    for word in ("description", "title"):
        if isinstance(schema.get(word), str):
            schema[word] = _(schema[word])
    if isinstance(schema.get("properties"), dict):
        schema["properties"] = props = dict(schema["properties"])
        for key in props:
            props[key] = sub = dict(props[key])
            describe(sub, key)
            name = f"{parent}.{key}" if parent else key
            if name in DESCRIPTIONS:
                text, example = DESCRIPTIONS[name]
                sub["description"] = _(text)
                sub["examples"] = [example]
    if isinstance(schema.get("items"), dict):
        schema["items"] = items = dict(schema["items"])
        describe(items, parent)
    for word in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(word), list):
            schema[word] = [dict(a) if isinstance(a, dict) else a for a in schema[word]]
            for alternative in schema[word]:
                if isinstance(alternative, dict):
                    describe(alternative, parent)
