"""Every deck we write is valid OOXML: nothing PowerPoint would offer to repair."""

from __future__ import annotations

import pytest
from openxml_audit import validate_pptx

from deckmaker.pipeline import build_deck

from .conftest import FIXTURES, ROOT, SAMPLE

CASES = {
    "every-default": (FIXTURES / "every", None, False),
    "every-co-do": (FIXTURES / "every", "co-do", False),
    "every-tuong-phan": (FIXTURES / "every", "tuong-phan", False),
    "every-agency": (FIXTURES / "every", str(ROOT / "themes" / "so-tttt-hung-yen"), False),
    "every-template": (FIXTURES / "every", str(ROOT / "themes" / "mau-co-quan"), False),
    "every-svg": (FIXTURES / "every", None, True),
    "sample": (SAMPLE, None, False),
}


def _native(tmp_path):
    """The one-chart-of-each-type outline with every chart written as a native chart."""
    import shutil

    folder = tmp_path / "native"
    shutil.copytree(FIXTURES / "charts-vi", folder)
    outline = folder / "outline.yaml"
    text = outline.read_text("utf-8").replace(
        "        chart:\n", "        chart:\n          engine: native\n"
    )
    outline.write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", [*sorted(CASES), "native"])
def test_the_deck_is_valid_ooxml(case, tmp_path):
    outline, theme, svg = CASES[case] if case != "native" else (_native(tmp_path), None, False)
    out = build_deck(outline, tmp_path / f"{case}.pptx", theme, svg=svg).path
    result = validate_pptx(out)
    assert result.is_valid, "\n".join(str(e) for e in result.errors[:20])


def test_the_validator_catches_a_broken_deck(tmp_path):
    import zipfile

    good = build_deck(FIXTURES / "every", tmp_path / "good.pptx").path
    bad = tmp_path / "bad.pptx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "ppt/slides/slide3.xml":
                data = data.replace(b"<a:lnSpc>", b"<a:bogus/><a:lnSpc>", 1)
            dst.writestr(item, data)
    assert not validate_pptx(bad).is_valid
