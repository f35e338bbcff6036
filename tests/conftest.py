"""Shared test helpers: the repository's paths and a real LibreOffice, never a mock.

Tests that start LibreOffice (``soffice``) or poppler (``pdftoppm``, ``pdftotext``) carry the
``render`` marker, so that ``pytest -m "not render"`` is the quick subset (CONTRIBUTING.md). A
test that asks for the ``soffice`` fixture is marked automatically; one that starts them another
way says ``@pytest.mark.render`` (or ``pytestmark``). A test without the marker that starts one
of them anyway fails, naming the marker: the quick subset never renders by accident.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Speed lives in bench/, not in timed tests: Hypothesis's per-example deadline (200 ms) failed a
# property test at random on a loaded machine; the properties are checked without a clock.
settings.register_profile("deckmaker", deadline=None)
settings.load_profile("deckmaker")

# The tests read deckmaker's messages in English, whatever the machine's locale; a test of the
# Vietnamese interface asks for it (tests/test_i18n.py).
os.environ["DECKMAKER_LANG"] = "en"

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "outlines" / "hung-yen-2024"


def tool_module(name: str):
    """tools/NAME.py as a module (a script, not a package; registered under its name, for its
    dataclasses look their module up)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def design_sweep():
    """tools/design_sweep.py as a module."""
    return tool_module("design_sweep")


def pdf_text(pdf: Path, page: int) -> str:
    """The text of page ``page`` of ``pdf`` as poppler's ``pdftotext`` reads it."""
    import subprocess

    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def rendered_pairs(deck: Path, tmp: Path) -> list[tuple[int, str, str]]:
    """LibreOffice's lines of ``deck`` as pairs of a line and the next (page, line, next line):
    the deck rendered to PDF in ``tmp``, its lines read with ``pdftotext -bbox-layout``
    (``design_sweep.rendered_line_pairs``)."""
    import subprocess

    from deckmaker.office import convert

    pdf = convert(deck, "pdf", tmp)
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    return design_sweep().rendered_line_pairs(bbox)


@pytest.fixture(scope="module")
def sample_decks(tmp_path_factory):
    """The sample deck in a theme by its name (built-in, or coreoz: ``theme_named``), built once
    per test module: ``sample_decks(name)`` is the written deck's path."""
    from deckmaker.pipeline import build_deck

    from .template_corpus import theme_named

    kept: dict[str, Path] = {}

    def built(name: str) -> Path:
        if name not in kept:
            out = tmp_path_factory.mktemp("sample") / f"{name}.pptx"
            kept[name] = build_deck(SAMPLE, out, theme=theme_named(name, tmp_path_factory)).path
        return kept[name]

    return built


def bound_tokens(text: str) -> list[str]:
    """``text`` split into the groups a slide's words make: units, counted nouns and compounds
    bound (U+00A0), as the line-break tests read the seams between them."""
    from deckmaker.layout.nobreak import bind_compounds, bind_counted, bind_units

    return bind_compounds(bind_counted(bind_units(text))).split(" ")


def seam_after(text: str, before: str) -> tuple[list[str], int]:
    """``bound_tokens(text)`` and the index of the seam after the first group that ends on the
    words ``before``."""
    from deckmaker.layout.nobreak import NBSP

    toks = bound_tokens(text)
    for j in range(1, len(toks)):
        if (" " + toks[j - 1].replace(NBSP, " ")).endswith(" " + before):
            return toks, j
    raise AssertionError((text, before, toks))


def planned_state(work: Path, memo) -> str:  # type: ignore[no-untyped-def]
    """Everything a plan of the outline folder ``work`` gives (``pipeline.plan`` with ``memo``,
    or afresh with None): the slides, the warnings and the resolver's record, as one string,
    so that a memoised plan can be compared with planning afresh."""
    from deckmaker.pipeline import load_inputs, plan

    inputs = load_inputs(work)
    warnings: list = []
    plans = plan(inputs, warnings=warnings, memo=memo)
    r = inputs.resolver
    return repr((plans, warnings, r.used, list(r.used), r.problems))


def planned_lines(plans, n: int, role: str) -> list[list[str]]:
    """The lines of each paragraph of the text boxes of ``role`` on slide ``n`` (1-based) of
    ``plans`` (``pipeline.plan``), as they wrap in the measured font: spaces and joiners plain."""
    from deckmaker.layout.fonts import resolve_font
    from deckmaker.layout.frame import measurer
    from deckmaker.layout.model import TextBox
    from deckmaker.layout.nobreak import NBSP
    from deckmaker.units import EMU_PER_PT

    out = []
    for e in plans[n - 1].elements:
        if not isinstance(e, TextBox) or e.role != role:
            continue
        m = measurer(resolve_font(e.font))
        for p in e.paras:
            if "\n" in p.text:
                got = p.text.split("\n")
            else:
                w = (e.box.w - p.indent - e.inset[0] - e.inset[2]) / EMU_PER_PT
                got = m.wrap(p.text, p.size_pt, w)
            out.append([ln.strip().replace(NBSP, " ").replace("\u2060", "") for ln in got])
    return out


def need_soffice() -> str:
    """The soffice path; fails under CI=true when LibreOffice is missing, skips elsewhere."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail("LibreOffice (soffice) is not installed; .ci/run must install it")
    pytest.skip("LibreOffice is not installed")


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's soffice; a test that asks for it is marked ``render``."""
    return need_soffice()


RENDER_FIXTURES = frozenset({"soffice"})
"""Fixtures whose users render: each test that needs one (directly or through another fixture)
is marked ``render`` at collection."""

RENDERERS = ("soffice", "libreoffice", "pdftoppm", "pdftotext")
"""The programs only a test marked ``render`` may start."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if RENDER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.render)


_GUARD: dict[str, str] = {}


def _guard_dir() -> str:
    """A folder of stand-ins for RENDERERS that fail, saying the test lacks the marker."""
    if "dir" not in _GUARD:
        folder = Path(tempfile.mkdtemp(prefix="deckmaker-render-guard-"))
        for name in RENDERERS:
            stub = folder / name
            stub.write_text(
                "#!/bin/sh\n"
                f'echo "{name} was started by a test not marked render:'
                ' add @pytest.mark.render or use the soffice fixture (tests/conftest.py)" >&2\n'
                "exit 97\n"
            )
            stub.chmod(stub.stat().st_mode | stat.S_IXUSR)
        _GUARD["dir"] = str(folder)
        _GUARD["path"] = os.environ.get("PATH", "")
        _GUARD["soffice"] = os.environ.get("DECKMAKER_SOFFICE", "")
    return _GUARD["dir"]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before the test's fixtures: a test not marked ``render`` finds only the failing
    stand-ins of soffice, pdftoppm and pdftotext (on PATH and as $DECKMAKER_SOFFICE)."""
    if os.name != "posix":
        return
    guard = _guard_dir()
    if item.get_closest_marker("render"):
        os.environ["PATH"] = _GUARD["path"]
        if _GUARD["soffice"]:
            os.environ["DECKMAKER_SOFFICE"] = _GUARD["soffice"]
        else:
            os.environ.pop("DECKMAKER_SOFFICE", None)
    else:
        os.environ["PATH"] = guard + os.pathsep + _GUARD["path"]
        os.environ["DECKMAKER_SOFFICE"] = str(Path(guard) / "soffice")


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Each test session gets its own chart cache, so no test sees another run's charts (set
    for the whole session, before any module-scoped fixture builds a deck)."""
    cache = tmp_path_factory.getbasetemp() / "chart-cache"
    mp = pytest.MonkeyPatch()
    mp.setenv("DECKMAKER_CACHE", str(cache))
    # every test really writes its deck (tests/test_deckcache.py turns the deck cache on)
    mp.setenv("DECKMAKER_DECK_CACHE", "off")
    # no build of the suite leaves a warm chart server behind (tests/test_chart_server.py
    # turns it on for its own builds)
    mp.setenv("DECKMAKER_CHART_SERVER", "off")
    yield
    mp.undo()


def pytest_unconfigure(config: pytest.Config) -> None:
    if "dir" in _GUARD:
        shutil.rmtree(_GUARD.pop("dir"), ignore_errors=True)


@pytest.fixture(scope="session")
def built_decks(tmp_path_factory):
    """``built(outline, theme)``: the deck of ``outline`` in ``theme``, built once a session
    (the design tests read the same sample decks)."""
    from deckmaker.pipeline import build_deck

    kept: dict[tuple[str, str], Path] = {}

    def built(outline: Path, theme: str) -> Path:
        key = (str(outline), theme)
        if key not in kept:
            out = tmp_path_factory.mktemp("decks") / f"{outline.name}-{theme}.pptx"
            kept[key] = build_deck(outline, out, theme=theme).path
        return kept[key]

    return built


@pytest.fixture(autouse=True)
def _language_put_back():
    """``--lang`` sets the process's language, click's words and ``DECKMAKER_LANG`` (for the
    processes deckmaker starts): a CLI test run with it must not leave the next test of its
    worker speaking it (test_update_report_s24's Vietnamese dry run left test_wording's checks
    reading no claim at all). Put back after every test, as found."""
    from deckmaker import i18n

    env, was = os.environ.get(i18n.ENV), i18n.chosen()
    yield
    if i18n.chosen() == was and os.environ.get(i18n.ENV) == env:
        return
    if was is None:
        i18n.reset()
    else:
        from deckmaker.cli.language import use_language

        use_language(str(was))
    if env is None:
        os.environ.pop(i18n.ENV, None)
    else:
        os.environ[i18n.ENV] = env
