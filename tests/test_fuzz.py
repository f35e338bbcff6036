"""Fuzzing the loaders of what strangers send: outlines, figures (YAML, CSV, XLSX) and themes.

Whatever the input (generated structures dumped to YAML, random CSV rows, spreadsheets with
random cells, raw bytes), the only outcomes are a result or a ``DeckmakerError`` whose every
problem is located in a file; never another exception, never a hang (the deadline).

A short profile runs by default (about 200 examples in all); a long one on demand:
``DECKMAKER_FUZZ_EXAMPLES=5000 python -m pytest -p no:xdist -s tests/test_fuzz.py``.
Each test prints how many examples it ran.
"""

from __future__ import annotations

import csv
import io
import os
import string
import tempfile
from collections import Counter
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deckmaker.errors import DeckmakerError
from deckmaker.figures import load_figures
from deckmaker.outline import load_outline
from deckmaker.theme.loader import load_theme

TOTAL = int(os.environ.get("DECKMAKER_FUZZ_EXAMPLES", "200"))
SHARE = {"outline": 0.2, "figures_yaml": 0.15, "csv": 0.15, "xlsx": 0.1, "theme": 0.15}
SHARE["bytes"] = 1 - sum(SHARE.values())
RAN: Counter[str] = Counter()


def fuzz_settings(name: str):
    return settings(
        max_examples=max(5, int(TOTAL * SHARE[name])),
        deadline=timedelta(seconds=2),
        suppress_health_check=[HealthCheck.too_slow],  # spreadsheets take a while to write
        derandomize=os.environ.get("DECKMAKER_FUZZ_EXAMPLES") is None,  # CI: the same inputs
    )


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    print("\nfuzz examples run: " + ", ".join(f"{k} {v}" for k, v in sorted(RAN.items())))
    print(f"fuzz examples run in all: {sum(RAN.values())}")


def only_located_errors(load, path: Path) -> None:
    """``load(path)`` succeeds or raises a DeckmakerError located in a file."""
    try:
        load(path)
        return
    except DeckmakerError as exc:
        problems = exc.problems
    assert problems
    for p in problems:
        assert p.location.file and p.location.file != "deckmaker", p.format()
        assert p.message, p.format()


# -- generated values -------------------------------------------------------------------------

WORDS = [
    "deck",
    "sections",
    "slides",
    "title",
    "subtitle",
    "bullets",
    "text",
    "chart",
    "type",
    "figures",
    "categories",
    "series",
    "name",
    "values",
    "kpis",
    "figure",
    "value",
    "label",
    "unit",
    "table",
    "columns",
    "rows",
    "image",
    "file",
    "caption",
    "quote",
    "author",
    "closing",
    "notes",
    "date",
    "language",
    "theme",
    "engine",
    "plan",
    "period",
    "source",
    "key",
    "bar",
    "pie",
    "donut",
    "line",
    "stacked-bar",
    "plan-actual",
    "native",
    "vi",
    "en",
    "palette",
    "colors",
    "fonts",
    "text_sizes",
    "size",
    "footer",
    "extends",
    "slide_numbers",
    "logo",
    "template",
    "heading",
    "body",
    "accent",
    "primary",
]

texts = st.one_of(
    st.sampled_from(WORDS),
    st.text(max_size=20),
    st.sampled_from(["0777", "12:30", "0x1F", "no", "yes", "1e400", ".inf", "2024-01-20", "=1+1"]),
    st.sampled_from(["{grdp}", "{{", "}", "\u202e", "\ufeff", "\x00", "\ud800", "'", '"', "&a"]),
)
scalars = st.one_of(
    texts,
    st.integers(),
    st.booleans(),
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
)
structures = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), children, max_size=6
        ),  # fmt: skip
    ),
    max_leaves=40,
)


def _plain(value):
    """``value`` with what yaml.safe_dump cannot write (Decimal) written as text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def dumped(value) -> str:
    return yaml.safe_dump(_plain(value), allow_unicode=True, sort_keys=False)


outlines = st.fixed_dictionaries(
    {"deck": st.fixed_dictionaries({"title": scalars}, optional={"date": scalars}),
     "sections": st.lists(
         st.fixed_dictionaries(
             {"title": scalars,
              "slides": st.lists(st.dictionaries(st.sampled_from(WORDS), structures, max_size=4),
                                 max_size=3)}),
         max_size=3)},
)  # fmt: skip


def _write(folder: str, name: str, data: str | bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


# -- the tests --------------------------------------------------------------------------------


@fuzz_settings("outline")
@given(st.one_of(outlines, structures))
def test_outline_loader(value):
    RAN["outline"] += 1
    with tempfile.TemporaryDirectory() as d:
        only_located_errors(load_outline, _write(d, "outline.yaml", dumped(value)))


@fuzz_settings("figures_yaml")
@given(
    st.one_of(
        st.dictionaries(
            st.text(string.ascii_lowercase + "_0", min_size=1, max_size=6),
            st.dictionaries(
                st.sampled_from(["label", "value", "unit", "plan", "period", "source", "x"]),
                scalars,
            ),
            max_size=5,
        ),  # fmt: skip
        structures,
    )
)
def test_figures_yaml_loader(value):
    RAN["figures_yaml"] += 1
    with tempfile.TemporaryDirectory() as d:
        only_located_errors(load_figures, _write(d, "figures.yaml", dumped(value)))


cells = st.one_of(texts, st.integers().map(str), st.decimals(allow_nan=False).map(str))


@fuzz_settings("csv")
@given(
    st.lists(st.sampled_from(["key", "label", "value", "unit", "plan", "x", ""]), max_size=8),
    st.lists(st.lists(cells, max_size=8), max_size=8),
    st.sampled_from([",", ";", "\t"]),
)
def test_figures_csv_loader(header, rows, delimiter):
    RAN["csv"] += 1
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in [header, *rows]:
        writer.writerow(row)
    with tempfile.TemporaryDirectory() as d:
        only_located_errors(load_figures, _write(d, "figures.csv", out.getvalue()))


xlsx_cells = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cn")), max_size=12),
    st.integers(min_value=-(10**17), max_value=10**17),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.sampled_from(["=1+1", "=A1", "=cmd|' /C calc'!A0", "12:30", "0777"]),
)


@fuzz_settings("xlsx")
@given(
    st.lists(st.sampled_from(["key", "label", "value", "unit", "plan", "x", None]), max_size=8),
    st.lists(st.lists(xlsx_cells, max_size=8), max_size=6),
)
def test_figures_xlsx_loader(header, rows):
    import openpyxl

    RAN["xlsx"] += 1
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "figures.xlsx"
        book.save(path)
        only_located_errors(load_figures, path)


@fuzz_settings("theme")
@given(
    st.one_of(
        st.dictionaries(st.sampled_from(WORDS), structures, max_size=6),
        structures,
    )
)
def test_theme_loader(value):
    RAN["theme"] += 1
    with tempfile.TemporaryDirectory() as d:
        only_located_errors(load_theme, _write(d, "theme.yaml", dumped(value)))


@fuzz_settings("bytes")
@given(st.binary(max_size=300), st.sampled_from(["yaml", "csv", "xlsx", "outline", "theme"]))
def test_raw_bytes(data, kind):
    RAN["bytes"] += 1
    with tempfile.TemporaryDirectory() as d:
        if kind == "outline":
            only_located_errors(load_outline, _write(d, "outline.yaml", data))
        elif kind == "theme":
            only_located_errors(load_theme, _write(d, "theme.yaml", data))
        else:
            only_located_errors(load_figures, _write(d, f"figures.{kind}", data))
