"""The sample deck as pandoc Markdown, for the bench's "pandoc" case (pandoc's conversion alone).

Same slides and texts as ``floor.py`` (title, dividers, bullets, KPIs, tables, quotes, notes,
closing); each chart slide shows a picture already drawn (taken from a deck deckmaker built),
so that pandoc only converts: ``pandoc slides.md -o deck.pptx`` in the folder written here.
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from floor import Data, bullet_lines  # noqa: E402


def charts_of(deck: Path, folder: Path) -> list[str]:
    """The chart pictures of a built deck, written to ``folder``: their file names in order."""
    names = []
    with zipfile.ZipFile(deck) as z:
        media = sorted(
            (n for n in z.namelist() if re.fullmatch(r"ppt/media/image\d+\.png", n)),
            key=lambda n: int(re.sub(r"\D", "", n)),
        )
        for i, n in enumerate(media):
            name = f"chart{i + 1}.png"
            (folder / name).write_bytes(z.read(n))
            names.append(name)
    return names


def write(outline_dir: Path, deck: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    outline = yaml.safe_load((outline_dir / "outline.yaml").read_text(encoding="utf-8"))
    info = outline["deck"]
    figures = yaml.safe_load((outline_dir / info["figures"]).read_text(encoding="utf-8"))
    data = Data(figures, info, info.get("language", "vi"))
    pictures = iter(charts_of(deck, folder))
    md = [
        "---",
        f"title: {data.text(info['title'])!r}",
        f"subtitle: {data.text(info.get('subtitle', ''))!r}",
        f"author: {data.text(info.get('organization', ''))!r}",
        f"date: {info['date'].strftime('%d/%m/%Y')!r}",
        "---",
        "",
    ]
    for section in outline["sections"]:
        md += [f"# {section['title']}", ""]
        for spec in section["slides"]:
            title = spec.get("title") or data.text(spec.get("quote", {}).get("text", ""))
            md += [f"## {data.text(title)}", ""]
            if "chart" in spec:
                md += [f"![]({next(pictures, 'chart1.png')})", ""]
            if "bullets" in spec:
                md += [
                    "    " * (len(line) - len(line.lstrip())) + "- " + line.strip()[2:]
                    for line in bullet_lines(spec["bullets"], data)
                ] + [""]
            for kpi in spec.get("kpis", []):
                key = kpi["figure"]
                md.append(f"- **{data.text('{' + key + '}')}** {figures[key]['label']}")
            if "table" in spec:
                t = spec["table"]
                md += ["", "| " + " | ".join(map(str, t["columns"])) + " |"]
                md.append("|" + "---|" * len(t["columns"]))
                md += ["| " + " | ".join(data.text(c) for c in row) + " |" for row in t["rows"]]
            if "quote" in spec:
                md += [f"> {data.text(spec['quote']['text'])}", ""]
            if spec.get("notes"):
                md += ["", "::: notes", data.text(spec["notes"]), ":::"]
            md.append("")
    md += [f"## {data.text(outline['closing']['title'])}", ""]
    out = folder / "slides.md"
    out.write_text("\n".join(md), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(write(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
