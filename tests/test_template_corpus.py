"""Issue 12: every template of the corpus (LibreOffice's 23, python-pptx's default at 4:3 and
widened to 16:9, two agency templates) builds with no hand mapping, and ``themes check`` says
exactly what build does (``tests/template_corpus.py`` makes the corpus)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main
from deckmaker.kinds import KINDS
from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.theme.contrast import contrasts

from .conftest import FIXTURES, need_soffice
from .template_corpus import LO_TEMPLATES, agency_templates, corpus, pptx_defaults, theme_for

EVERY = FIXTURES / "every"
CACHE = Path(os.environ.get("DECKMAKER_CORPUS", "/tmp/deckmaker-template-corpus"))
"""Where the converted LibreOffice templates are kept between test sessions."""

LO_NAMES = sorted(p.stem for p in LO_TEMPLATES.glob("*.otp"))
QUICK = [p.stem for p in (*pptx_defaults(CACHE / "pptx"), *agency_templates())]


def _template(name: str) -> Path:
    if name in QUICK:
        return next(
            p for p in (*pptx_defaults(CACHE / "pptx"), *agency_templates()) if p.stem == name
        )
    return next(p for p in corpus(CACHE, need_soffice()) if p.stem == name)


def _check_agrees_with_build(template: Path, tmp: Path) -> None:
    theme = theme_for(template, tmp / "themes")
    checked = CliRunner().invoke(main, ["themes", "check", str(theme)])
    out = tmp / "deck.pptx"
    result = build_deck(EVERY, out, theme=str(theme), cache=False)
    assert checked.exit_code == 0, checked.output  # build succeeded: check says ok
    assert "builds: 11 probe slides" in checked.output
    th = load_theme(str(theme))
    assert all(c.ok for c in contrasts(th.colors)), checked.output
    prs = Presentation(str(out))
    assert len(prs.slides) == result.slides == 10
    assert (prs.slide_width, prs.slide_height) == (th.width_emu, th.height_emu)
    for kind in KINDS:
        line = next((ln for ln in checked.output.splitlines() if f"layout: {kind} " in ln), "")
        assert line, f"themes check names no layout for {kind}"
    for plan, slide in zip(result.plans, prs.slides, strict=True):
        kind = plan.kind  # an untitled quote too: its quote is the title, on the quote's layout
        named = next(ln for ln in checked.output.splitlines() if f"layout: {kind} " in ln)
        assert slide.slide_layout.name in named, (plan.kind, slide.slide_layout.name, named)


@pytest.mark.parametrize("name", QUICK)
def test_agency_and_python_pptx_templates_build_as_checked(name, tmp_path):
    _check_agrees_with_build(_template(name), tmp_path)


@pytest.mark.render
@pytest.mark.parametrize("name", LO_NAMES)
def test_every_libreoffice_template_builds_as_checked(name, tmp_path):
    _check_agrees_with_build(_template(name), tmp_path)


def test_the_potx_template_makes_a_pptx(tmp_path):
    potx = next(p for p in agency_templates() if p.suffix == ".potx")
    theme = theme_for(potx, tmp_path)
    out = build_deck(EVERY, tmp_path / "deck.pptx", theme=str(theme), cache=False).path
    import zipfile

    types = zipfile.ZipFile(out).read("[Content_Types].xml").decode()
    assert "presentationml.presentation.main+xml" in types
    assert "template.main+xml" not in types
    assert load_theme(str(theme)).size == "4:3"


def test_widened_default_template_says_ok_only_when_it_builds(tmp_path):
    wide = next(p for p in pptx_defaults(CACHE / "pptx") if "16x9" in p.stem)
    theme = theme_for(wide, tmp_path)
    checked = CliRunner().invoke(main, ["themes", "check", str(theme)])
    assert checked.exit_code == 0 and checked.output.startswith("ok: theme")
    build_deck(EVERY, tmp_path / "deck.pptx", theme=str(theme), cache=False)


@pytest.mark.render
@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            "Progress",
            marks=pytest.mark.xfail(
                strict=True,
                reason="KNOWN (issue 12): the template's accent kept for the quote reads 2.99:1 "
                "on Progress's grey, just under the 3:1 the accessibility gate asks of large text",
            ),
        ),
        pytest.param(
            "Blue_Curve",
            marks=pytest.mark.xfail(
                strict=True,
                reason="KNOWN (issue 12/18): the gate measures the white footer against the "
                "master's white background; the blue band it sits on is not found behind it",
            ),
        ),
        "Metropolis",
    ],
)
def test_template_footers_and_boxes_pass_doctor(name, tmp_path):
    """The footer and slide number are written at deckmaker's measured size (the template's own
    14-18 pt overflowed its footer box), and a body box the template draws off the slide
    (Progress) is cut to it: doctor finds nothing on the every-kind deck."""
    theme = theme_for(_template(name), tmp_path / "themes")
    out = tmp_path / "deck.pptx"
    result = build_deck(EVERY, out, theme=str(theme), cache=False)
    doctor = CliRunner().invoke(main, ["doctor", str(out)])
    assert doctor.exit_code == 0, doctor.output
    prs = Presentation(str(out))
    for plan, slide in zip(result.plans, prs.slides, strict=True):
        footer = next((e for e in plan.elements if getattr(e, "role", "") == "footer"), None)
        if footer is None:
            continue
        ph = next(s for s in slide.placeholders if s.placeholder_format.type == 15)  # ftr
        sizes = {r.font.size.pt for p in ph.text_frame.paragraphs for r in p.runs}
        assert sizes == {footer.paras[0].size_pt}, (sizes, footer.paras[0].size_pt)
