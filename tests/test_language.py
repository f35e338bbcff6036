"""The deck declares its language everywhere PowerPoint and LibreOffice look for it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from deckmaker.pipeline import build_deck

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(("case", "lang"), [("every", "vi-VN"), ("charts-en", "en-US")])
def test_every_language_tag_is_the_decks(tmp_path: Path, case: str, lang: str) -> None:
    out = build_deck(FIXTURES / case, tmp_path / f"{case}.pptx").path
    seen: dict[str, set[str]] = {}
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                tags = set(re.findall(r'\blang="([^"]+)"', z.read(name).decode("utf-8")))
                if tags:
                    seen[name] = tags
        core = z.read("docProps/core.xml").decode("utf-8")
    # the default text style, the masters, layouts and the notes master too, not only the runs
    assert "ppt/presentation.xml" in seen
    assert any(n.startswith("ppt/slideMasters/") for n in seen)
    if case == "every":  # a deck with speaker notes has a notes master
        assert any(n.startswith("ppt/notesMasters/") for n in seen)
    assert {t for tags in seen.values() for t in tags} == {lang}
    assert f"<dc:language>{lang}</dc:language>" in core
