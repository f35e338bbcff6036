"""The title slide of every drafted document of a folder: one line per document with a gold
file, tab-separated (name, title, subtitle, organization, place, date, sections); the count of
titles that are the genre's fallback ('Tài liệu tuyên truyền') on stderr.

    PYTHONPATH=$PWD python tools/draft_titles.py tests/fixtures/draft-eval > titles.tsv
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from deckmaker.draft import draft

FALLBACK = "Tài liệu tuyên truyền"


def main(folder: Path) -> int:
    fallback = 0
    for text in sorted(folder.glob("*.txt")):
        if not text.with_suffix(".yaml").exists():
            continue
        lines = text.read_text(encoding="utf-8").splitlines()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "doc.txt"
            path.write_text("\n".join(x for x in lines if not x.startswith("#")) + "\n", "utf-8")
            deck = draft(path).deck
        fallback += deck.title == FALLBACK
        print(
            f"{text.stem}\t{deck.title!r}\t{deck.subtitle!r}\t{deck.organization!r}"
            f"\t{deck.place!r}\t{deck.date!r}\t{len(deck.sections)} sections"
        )
    print(f"fallback titles: {fallback}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
