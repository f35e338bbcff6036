"""The floor: a minimal python-pptx + Matplotlib script making the sample deck's slides plainly."""

from __future__ import annotations

import io
import re
import sys
from decimal import Decimal
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import yaml  # noqa: E402
from pptx import Presentation  # noqa: E402
from pptx.util import Emu, Inches, Pt  # noqa: E402

from deckmaker.numfmt import format_attainment, format_quantity  # noqa: E402

W, H = Inches(13.333), Inches(7.5)
HALF_CHART = (6464808, 4937760)
"""The chart box of a slide with a chart and bullets, as the sample deck lays it out (EMU)."""
FULL_CHART = (11094720, 4937760)
"""The chart box of a slide with a chart alone (EMU)."""
DPI = 200
REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([a-z]+))?\}")


def dec(v: object) -> Decimal:
    return Decimal(str(v))


class Data:
    """The figures file read with plain pyyaml, and ``{key}`` references filled in."""

    def __init__(self, figures: dict, deck: dict, lang: str) -> None:
        self.figures = figures
        self.deck = {k: str(v) for k, v in deck.items()}
        self.lang = lang

    def value(self, key: str, part: str = "value") -> Decimal | tuple[Decimal, Decimal]:
        v = self.figures[key][part]
        return (dec(v[0]), dec(v[1])) if isinstance(v, list) else dec(v)

    def number(self, key: str) -> float:
        v = self.value(key)
        return float(v[1] if isinstance(v, tuple) else v)

    def text(self, s: object) -> str:
        def sub(m: re.Match[str]) -> str:
            key, part = m.group(1), m.group(2) or "value"
            if key not in self.figures:
                return self.deck.get(key, m.group(0))
            fig = self.figures[key]
            if part == "attainment":
                return format_attainment(self.value(key), self.value(key, "plan"), self.lang)
            if part in ("value", "plan"):
                return format_quantity(self.value(key, part), fig.get("unit"), self.lang)
            return str(fig.get(part, ""))

        return REF.sub(sub, str(s))


def add_text(slide, x, y, w, h, lines: list[str], size: int) -> None:
    frame = slide.shapes.add_textbox(x, y, w, h).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        para.font.size = Pt(size)


def bullet_lines(items: list, data: Data, depth: int = 0) -> list[str]:
    lines = []
    for item in items:
        if isinstance(item, dict):
            lines.append("  " * depth + "• " + data.text(item["text"]))
            lines += bullet_lines(item.get("bullets", []), data, depth + 1)
        else:
            lines.append("  " * depth + "• " + data.text(item))
    return lines


def chart_png(spec: dict, data: Data, size: tuple[int, int]) -> bytes:
    """One chart, drawn with one plt.subplots and plain bar/barh/pie/plot calls."""
    unit = spec.get("unit")
    fig, ax = plt.subplots(figsize=(size[0] / 914400, size[1] / 914400))
    kind = spec["type"]
    if "figures" in spec:
        keys = spec["figures"]
        names = [data.figures[k]["label"] for k in keys]
        values = [data.number(k) for k in keys]
        if kind == "plan-actual":
            plans = [float(dec(data.figures[k]["plan"])) for k in keys]
            ax.bar(range(len(keys)), plans, width=0.7, fill=False, linestyle="--")
            bars = ax.bar(range(len(keys)), values, width=0.45)
            ax.bar_label(bars, [format_quantity(dec(v), unit, data.lang) for v in values])
            ax.set_xticks(range(len(keys)), names)
        elif kind in ("pie", "donut"):
            wedge = {"width": 0.42} if kind == "donut" else None
            ax.pie(values, startangle=90, counterclock=False, wedgeprops=wedge)
            labels = [
                f"{n}\n{format_quantity(dec(v), unit, data.lang)}" for n, v in zip(names, values)
            ]
            ax.legend(labels, loc="center left", bbox_to_anchor=(1, 0.5))
        else:
            draw = ax.barh if kind == "barh" else ax.bar
            bars = draw(range(len(keys)), values)
            ax.bar_label(bars, [format_quantity(dec(v), unit, data.lang) for v in values])
            (ax.set_yticks if kind == "barh" else ax.set_xticks)(range(len(keys)), names)
    else:
        cats = [str(c) for c in spec["categories"]]
        series = spec["series"]
        n = len(series)
        bottom = [0.0] * len(cats)
        for i, s in enumerate(series):
            values = [data.number(str(v).strip("{}")) for v in s["values"]]
            labels = [format_quantity(dec(v), unit, data.lang) for v in values]
            if kind == "line":
                ax.plot(range(len(cats)), values, marker="o", label=s["name"])
                for x, (v, t) in enumerate(zip(values, labels)):
                    ax.annotate(t, (x, v), textcoords="offset points", xytext=(0, 6), ha="center")
            elif kind == "stacked-bar":
                bars = ax.bar(range(len(cats)), values, bottom=bottom, label=s["name"])
                ax.bar_label(bars, labels, label_type="center")
                bottom = [b + v for b, v in zip(bottom, values)]
            else:
                width = 0.8 / n
                xs = [c + (i - (n - 1) / 2) * width for c in range(len(cats))]
                bars = ax.bar(xs, values, width=width, label=s["name"])
                ax.bar_label(bars, labels)
        ax.set_xticks(range(len(cats)), cats)
        if n > 1:
            ax.legend()
    ax.set_title(data.text(spec.get("title", "")))
    if spec.get("source"):
        fig.text(0.01, 0.01, f"Nguồn: {spec['source']}", fontsize=8)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    plt.close(fig)
    return buf.getvalue()


def content_slide(prs, spec: dict, data: Data) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    if "quote" in spec:
        q = spec["quote"]
        add_text(slide, Inches(1), Inches(2), Inches(11), Inches(3),
                 [data.text(q["text"]), "— " + data.text(q.get("author", ""))], 32)  # fmt: skip
    else:
        add_text(
            slide, Inches(0.6), Inches(0.4), Inches(12), Inches(1), [data.text(spec["title"])], 36
        )
    left = Inches(0.6)
    if "chart" in spec:
        size = HALF_CHART if "bullets" in spec else FULL_CHART
        png = chart_png(spec["chart"], data, size)
        slide.shapes.add_picture(io.BytesIO(png), left, Inches(1.6), Emu(size[0]), Emu(size[1]))
        left = Inches(0.6) + Emu(size[0]) + Inches(0.3)
    if "bullets" in spec:
        add_text(slide, left, Inches(1.6), W - left - Inches(0.6), Inches(5.2),
                 bullet_lines(spec["bullets"], data), 24)  # fmt: skip
    if "kpis" in spec:
        for i, kpi in enumerate(spec["kpis"]):
            key = kpi["figure"]
            x, y = Inches(0.6 + 4.1 * (i % 3)), Inches(1.8 + 2.6 * (i // 3))
            lines = [data.text("{" + key + "}"), data.figures[key]["label"]]
            add_text(slide, x, y, Inches(3.8), Inches(2.2), lines, 28)
    if "table" in spec:
        t = spec["table"]
        rows = [t["columns"]] + t["rows"]
        shape = slide.shapes.add_table(len(rows), len(t["columns"]), Inches(0.6), Inches(1.6),
                                       Inches(12), Inches(5.2))  # fmt: skip
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                shape.table.cell(r, c).text = data.text(cell)
    if spec.get("notes"):
        slide.notes_slide.notes_text_frame.text = data.text(spec["notes"])


def main(outline_dir: str, output: str) -> int:
    folder = Path(outline_dir)
    outline = yaml.safe_load((folder / "outline.yaml").read_text(encoding="utf-8"))
    deck = outline["deck"]
    figures = yaml.safe_load((folder / deck["figures"]).read_text(encoding="utf-8"))
    data = Data(figures, deck, deck.get("language", "vi"))
    prs = Presentation()
    prs.slide_width, prs.slide_height = W, H
    title = prs.slides.add_slide(prs.slide_layouts[6])
    add_text(title, Inches(0.8), Inches(2), Inches(11.7), Inches(4),
             [data.text(deck[k]) for k in ("title", "subtitle", "organization", "presenter")
              if k in deck] + [deck["date"].strftime("%d/%m/%Y")], 28)  # fmt: skip
    for section in outline["sections"]:
        divider = prs.slides.add_slide(prs.slide_layouts[6])
        lines = [section.get("label", ""), section["title"], section.get("subtitle", "")]
        add_text(divider, Inches(0.8), Inches(2.5), Inches(11.7), Inches(3), lines, 36)
        for spec in section["slides"]:
            content_slide(prs, spec, data)
    closing = prs.slides.add_slide(prs.slide_layouts[6])
    add_text(closing, Inches(0.8), Inches(3), Inches(11.7), Inches(1.5),
             [data.text(outline["closing"]["title"])], 40)  # fmt: skip
    prs.save(output)
    print(f"{output}: {len(prs.slides)} slides")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
