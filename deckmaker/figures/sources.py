"""Read figures from .yaml, .csv or .xlsx into Figures, reporting every problem with its place."""

from __future__ import annotations

import csv
import datetime
import io
import math
import re
import warnings
import zipfile
from dataclasses import dataclass
from decimal import Context, Decimal
from pathlib import Path
from typing import Any

from ..errors import DataError, DeckmakerError, Location, Problem, did_you_mean, display_path
from ..i18n import _
from ..legacy import fix_text
from ..source import file_problem, load_yaml, read_text
from ..textnorm import MAX_TEXT, check_text
from ..textnorm import too_long as _too_long
from .model import (
    FIELDS,
    KEY_RE,
    PLAN_KINDS,
    REQUIRED,
    Figure,
    NumberTextError,
    Value,
    suggest_key,
    to_value,
    writes_dot_groups,
)
from .parts import check_parts

SUFFIXES = (".yaml", ".yml", ".csv", ".xlsx")
"""File types a figures file may have."""

MAX_FIGURES = 10_000
"""The most figures (YAML entries, CSV or spreadsheet rows) a figures file may hold."""
MAX_COLUMNS = 20
"""Spreadsheet columns read; the figure fields need 7."""
MAX_XLSX_BYTES = 50 * 1024 * 1024
"""The largest a spreadsheet may be once unzipped, all its parts together."""
MAX_XLSX_RATIO = 100
"""The most a part larger than 1 MB may have been compressed (zip bombs compress 1000:1)."""
MAX_XLSX_PARTS = 1_000
"""The most parts (files inside the zip) a spreadsheet may have."""


def _too_many(location: Location) -> Problem:
    return Problem(
        location,
        _("the figures file has more than {MAX_FIGURES:,} figures").format(MAX_FIGURES=MAX_FIGURES),
        hint=_(
            "deckmaker reads at most this many (see docs/security.md, Limits); keep the figures "
            "this deck uses"
        ),
    )


@dataclass(frozen=True)
class _Cell:
    value: object
    location: Location
    written: tuple[str, ...] = ()
    """The numbers of an unquoted YAML value as written (``6.820``), before YAML read them."""


@dataclass(frozen=True)
class _Record:
    """One figure as read, before validation: fields by name, each with where it was written."""

    key: _Cell
    cells: dict[str, _Cell]
    location: Location


def load_figures(path: str | Path, warnings: list[Problem] | None = None) -> dict[str, Figure]:
    """Load a figures file (.yaml/.yml, .csv or .xlsx); ``DataError`` lists all its problems.

    Warnings (a label converted from TCVN3 or VNI) go to ``warnings`` when it is given.
    """
    p = Path(path)
    file = display_path(p)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        hint = (
            _("save it as .xlsx")
            if suffix == ".xls"
            else _("use one of: {names}").format(names=", ".join(SUFFIXES))
        )
        raise DataError(
            Problem(
                Location(file),
                _("unsupported figures file type '{suffix}'").format(suffix=suffix),
                "",
                hint,
            )
        )
    if problem := file_problem(
        p, Location(file), _("file not found"), _("check the path and its spelling")
    ):
        raise DataError(problem)
    problems: list[Problem] = []
    if suffix in (".yaml", ".yml"):
        records = _read_yaml(p, problems)
    elif suffix == ".csv":
        records = _read_table(_csv_rows(p, file), file, problems)
    else:
        records = _read_table(_xlsx_rows(p, file), file, problems)
    figures = _validate(records, problems)
    problems += check_parts(figures)
    if any(p.severity == "error" for p in problems):
        raise DataError(sorted(problems, key=lambda p: p.location))
    if warnings is not None:
        warnings.extend(problems)
    return figures


# --- YAML ------------------------------------------------------------------------------------


def _read_yaml(path: Path, problems: list[Problem]) -> list[_Record]:
    try:
        root = load_yaml(path)
    except DeckmakerError as exc:
        raise DataError(exc.problems) from exc
    if root.value is None:
        return []
    if not isinstance(root.value, dict):
        problems.append(
            Problem(
                root.location,
                _("a figures file must map each key to a figure"),
                hint=_("e.g. grdp_growth: {label: Tăng trưởng GRDP, value: 10.05, unit: '%'}"),
            )
        )
        return []
    known = FIELDS[1:]
    records: list[_Record] = []
    for key, node in root.value.items():
        key_loc = root.key_locations[key]
        if not isinstance(node.value, dict):
            problems.append(
                Problem(
                    node.location,
                    _("figure '{key}' must be a mapping with a label and a value").format(key=key),
                    key,
                    _("e.g. {key}: {{label: Tăng trưởng GRDP, value: 10.05, unit: '%'}}").format(
                        key=key
                    ),
                )
            )
            continue
        if len(records) == MAX_FIGURES:
            problems.append(_too_many(key_loc))
            break
        cells = {}
        previous: tuple[str, Any] | None = None
        for name, child in node.value.items():
            if name in _TEXT_FIELDS and child.as_text is not None:  # label: no is "no"
                cells[name] = _Cell(child.as_text, child.location)
            elif name in known:
                cells[name] = _Cell(child.plain(), child.location, _written(child))
            elif split := _split_by_comma(previous, name, child):
                message, hint = split
                problems.append(Problem(node.key_locations[name], message, f"{key}.{name}", hint))
            else:
                problems.append(
                    Problem(
                        node.key_locations[name],
                        _("unknown field '{name}'").format(name=name),
                        f"{key}.{name}",
                        did_you_mean(name, known),
                    )
                )
            previous = (name, child)
        records.append(_Record(_Cell(key, key_loc), cells, key_loc))
    return records


def _written(node: Any) -> tuple[str, ...]:
    """The unquoted numbers of a YAML value (or of a range's items) as they were written."""
    items = node.value if isinstance(node.value, list) else [node]
    return tuple(
        n.written
        for n in items
        if n.written is not None and isinstance(n.value, int | Decimal) and n.value is not True
    )


def _split_by_comma(previous: tuple[str, Any] | None, name: str, node: Any) -> tuple[str, str]:
    """The message and hint for ``{value: 11,4}``: in a flow mapping the comma ends the value,
    leaving ``value: 11`` and a field named ``4`` with no value; () for any other field."""
    if previous is None or not re.fullmatch(r"[0-9]+", name) or node.value is not None:
        return ()  # type: ignore[return-value]
    field, before = previous
    whole = before.written if isinstance(before.value, int) else None
    if whole is None:
        return ()  # type: ignore[return-value]
    return (
        _(
            "a decimal comma split {field}: '{whole},{name}' was read as {field}: {whole} and a "
            "field named '{name}'"
        ).format(field=field, whole=whole, name=name),
        _(
            "inside {{ }} a comma separates fields: write {field}: {whole}.{name}, or quote it, "
            "{field}: '{whole},{name}'"
        ).format(field=field, whole=whole, name=name),
    )


# --- tables: CSV and XLSX --------------------------------------------------------------------

Row = list[_Cell]


def _csv_rows(path: Path, file: str) -> list[Row]:
    try:
        text = read_text(path, hint=_("in Excel: Save As → CSV UTF-8 (Comma delimited)"))
    except DeckmakerError as exc:
        raise DataError(exc.problems) from exc
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[Row] = []
    line = 1
    for values in reader:
        if len(rows) > MAX_FIGURES:  # the header, then at most MAX_FIGURES figures
            raise DataError(_too_many(Location(file, line, 1)))
        rows.append(
            [_Cell(v, Location(file, line, i + 1)) for i, v in enumerate(values[:MAX_COLUMNS])]
        )
        line = reader.line_num + 1
    return rows


def _xlsx_rows(path: Path, file: str) -> list[Row]:
    import openpyxl

    _check_xlsx_zip(path, file)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                values = _sheet_cells(book.worksheets[0], file)
            finally:
                book.close()
            # a formula saved without its result reads as blank: tell it from a blank cell
            blanks = {(r, c) for r, row in enumerate(values, 1) for c, v in enumerate(row, 1)
                      if v.value is None}  # fmt: skip
            written: dict[tuple[int, int], object] = {}
            if blanks:
                formulas = openpyxl.load_workbook(path, read_only=True)
                try:
                    last = max(r for r, _ in blanks)
                    for r, row in enumerate(_sheet_cells(formulas.worksheets[0], file, last), 1):
                        for c, cell in enumerate(row, 1):
                            if (r, c) in blanks:
                                written[r, c] = cell.value
                finally:
                    formulas.close()
            rows = [
                [
                    _Cell(_xlsx_value(cell, written.get((r, c))), Location(file, r, c))
                    for c, cell in enumerate(row, 1)
                ]
                for r, row in enumerate(values, 1)
            ]
    except DeckmakerError:
        raise
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError… on a bad file
        raise DataError(
            Problem(
                Location(file),
                _("cannot read the spreadsheet: {exc}").format(exc=exc),
                hint=_("save it from Excel or LibreOffice Calc as .xlsx"),
            )
        ) from exc
    return rows


def _sheet_cells(sheet: Any, file: str, last: int = 0) -> list[list[Any]]:
    """The cells of ``sheet`` row by row, without the empty cells that end each row; at most
    MAX_FIGURES rows after the header (``last`` rows when given), MAX_COLUMNS columns."""
    rows: list[list[Any]] = []
    bounds = {"min_row": 1, "min_col": 1, "max_col": MAX_COLUMNS, "max_row": MAX_FIGURES + 2}
    if last:
        bounds["max_row"] = last
    for r, cells in enumerate(sheet.iter_rows(**bounds), start=1):
        if r > MAX_FIGURES + 1:
            raise DataError(_too_many(Location(file, r, 1)))
        row = list(cells)
        while row and getattr(row[-1], "value", None) is None:
            row.pop()
        rows.append(row)
    return rows


_ROOT_TAG = re.compile(rb"<[A-Za-z_]")
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_xlsx_zip(path: Path, file: str) -> None:
    """Refuse a spreadsheet that would inflate to more than it may, before anything is unzipped;
    and any XML part with a DTD (entities are how XML bombs and file reads are made)."""
    hint = _("save the figures again from Excel or LibreOffice Calc as a new .xlsx")

    def refuse(message: str) -> DataError:
        return DataError(Problem(Location(file), message, hint=hint))

    try:
        with zipfile.ZipFile(path) as zf:
            parts = zf.infolist()
            if len(parts) > MAX_XLSX_PARTS:
                raise refuse(
                    _("the spreadsheet has {n:,} parts (at most {MAX_XLSX_PARTS:,})").format(
                        n=len(parts), MAX_XLSX_PARTS=MAX_XLSX_PARTS
                    )
                )
            total = sum(p.file_size for p in parts)
            if total > MAX_XLSX_BYTES:
                mb = MAX_XLSX_BYTES // (1024 * 1024)
                raise refuse(
                    _("the spreadsheet unzips to {value:,.0f} MB (at most {mb} MB)").format(
                        value=total / 1000000.0, mb=mb
                    )
                )
            for p in parts:
                if p.file_size > 1024 * 1024 and p.file_size > MAX_XLSX_RATIO * p.compress_size:
                    raise refuse(
                        _(
                            "part '{filename}' is compressed {value:,}:1, as zip bombs are (at "
                            "most {MAX_XLSX_RATIO}:1)"
                        ).format(
                            filename=p.filename,
                            value=p.file_size // max(p.compress_size, 1),
                            MAX_XLSX_RATIO=MAX_XLSX_RATIO,
                        )
                    )
            for p in parts:
                if p.filename.endswith((".xml", ".rels")) and _has_dtd(zf, p):
                    raise refuse(
                        _("part '{filename}' declares a DTD or entities").format(
                            filename=p.filename
                        )
                    )
    except zipfile.BadZipFile as exc:
        raise refuse(_("cannot read the spreadsheet: {exc}").format(exc=exc)) from exc
    except OSError as exc:
        raise refuse(
            _("cannot read the spreadsheet: {value}").format(value=exc.strerror or exc)
        ) from exc


def _has_dtd(zf: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether the XML prolog of ``part`` (what comes before its root element) has a DTD."""
    head = b""
    with zf.open(part) as f:
        while chunk := f.read(64 * 1024):
            head += chunk
            root = _ROOT_TAG.search(head)
            prolog = head[: root.start()] if root else head
            if _DTD.search(prolog):
                return True
            if root:
                return False
            head = head[-16:]
    return False


_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_DIGITS15 = Context(prec=15)


def _xlsx_value(cell: Any, written: object) -> object:
    """A cell's value; a float becomes the Decimal the spreadsheet shows (10.05 stays 10.05).

    A formula is never read, only the result the spreadsheet saved with it."""
    value = cell.value
    number_format = getattr(cell, "number_format", "General")
    if value is None and isinstance(written, str) and written.startswith("="):
        return NumberTextError(
            _("'{written}' is a formula with no saved result").format(written=written),
            _("open the file in Excel or LibreOffice Calc and save it, so the result is stored"),
        )
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return value
    d = _DIGITS15.create_decimal(repr(value))  # Excel keeps 15 significant digits
    fmt = _FORMAT_NOISE.sub("", (number_format or "General").split(";")[0])
    if "%" in fmt:
        d = d.scaleb(2)
    d = d.normalize()
    if _exponent(d) > 0:
        d = d.quantize(Decimal(1))
    decimals = re.search(r"\.([0#?]+)", fmt)
    shown = decimals.group(1).count("0") if decimals else 0
    if shown > -_exponent(d):
        d = d.quantize(Decimal(1).scaleb(-shown))  # 7 shown as 7,0 is written 7.0
    return d


def _exponent(d: Decimal) -> int:
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)  # "n", "N" or "F" only for NaN and infinity
    return exponent


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_table(rows: list[Row], file: str, problems: list[Problem]) -> list[_Record]:
    rows = [r for r in rows if not all(_is_blank(c.value) for c in r)]
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    columns: dict[int, str] = {}
    for i, cell in enumerate(header):
        if _is_blank(cell.value):
            continue
        name = str(cell.value).strip().lower()
        if name not in FIELDS:
            problems.append(
                Problem(
                    cell.location,
                    _("unknown column '{name}'").format(name=name),
                    hint=did_you_mean(name, FIELDS),
                )
            )
        elif name in columns.values():
            problems.append(
                Problem(
                    cell.location,
                    _("duplicate column '{name}'").format(name=name),
                    hint=_("keep one"),
                )
            )
        else:
            columns[i] = name
    missing = [f for f in REQUIRED if f not in columns.values()]
    if missing:
        names = ", ".join(f"'{m}'" for m in missing)
        problems.append(
            Problem(
                header[0].location,
                _("the header row has no column {names}").format(names=names),
                hint=_("the first row names the columns: ") + ", ".join(FIELDS),
            )
        )
        return []
    records = []
    for row in body:
        cells = {columns[i]: c for i, c in enumerate(row) if i in columns}
        for i, cell in enumerate(row):
            if i not in columns and i >= len(header) and not _is_blank(cell.value):
                problems.append(
                    Problem(
                        cell.location,
                        _("this row has more cells than the header"),
                        hint=_('quote a number with a decimal comma: "10,05" (or write 10.05)'),
                    )
                )
                break
        location = Location(row[0].location.file, row[0].location.line, 1)
        key = cells.pop("key", _Cell(None, location))
        records.append(_Record(key, cells, location))
    return records


# --- validation --------------------------------------------------------------------------------


def _validate(records: list[_Record], problems: list[Problem]) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    number_texts = _number_texts(records)
    dot_groups = writes_dot_groups(number_texts)
    style = _Style.of(records, number_texts)
    for rec in records:
        before = _errors(problems)
        key = _key(rec, figures, problems)
        if key is None:
            continue
        texts = {name: _text(rec, name, key, problems) for name in _TEXT_FIELDS}
        if texts["label"] is None and _errors(problems) == before:
            where = rec.cells["label"].location if "label" in rec.cells else rec.location
            problems.append(
                Problem(
                    where,
                    _("figure '{key}' has no label").format(key=key),
                    key,
                    _("e.g. label: Tăng trưởng GRDP"),
                )
            )
        value = _number(rec, "value", key, dot_groups, problems)
        plan = _number(rec, "plan", key, dot_groups, problems)
        plan_kind = _plan_kind(rec, key, plan, problems)
        for name in ("value", "plan"):
            if _errors(problems) == before and name in rec.cells:
                style.check(rec.cells[name], name, key, texts["unit"], problems)
        if _errors(problems) > before or not isinstance(value, Decimal | tuple):
            continue
        if isinstance(plan, Decimal | tuple):
            _check_scale(rec, key, value, plan, problems)
        figures[key] = Figure(
            key=key,
            label=texts["label"] or "",
            value=value,
            unit=texts["unit"],
            period=texts["period"],
            plan=plan if isinstance(plan, Decimal | tuple) else None,
            source=texts["source"],
            plan_kind=plan_kind,
            part_of=_text(rec, "part_of", key, problems),
            location=rec.location,
        )
    return figures


_TEXT_FIELDS = ("label", "unit", "period", "source")

# --- numbers that read one way and were meant another ------------------------------------------

_DOT_THREE = re.compile(r"^[+-]?[1-9][0-9]{0,2}\.[0-9]{3}$")  # 6.820: 6820 or 6,82?
_COMMA_THREE = re.compile(r"^[+-]?[1-9][0-9]{0,2},[0-9]{3}$")  # 6,820: 6820 or 6,82?
_VI_MARKS = re.compile(r"^[+-]?[0-9]+,[0-9]{1,2}$|^[+-]?[0-9]+,[0-9]{4,}$|\..*,|\..*\.")
_EN_MARKS = re.compile(r"^[+-]?[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})$|,.*\.|,.*,")
_COUNTS = re.compile(
    r"đồng|usd|người|hộ|lao động|doanh nghiệp|dự án|xã|thôn|trường|học sinh|hợp tác xã|"
    r"cơ sở|tấn|ha\b|km|căn|ngôi|lượt|khách|people|households|firms|projects",
    re.IGNORECASE,
)
"""Units counted in whole things or money, where 6.820 is rarely six point eight two."""


def _parts(text: str) -> list[str]:
    """The numbers of a value written as text: one, or the two ends of a range."""
    return [p.strip() for p in re.split(r"\s*[\u2013\u2014]\s*|(?<=[0-9])\s*-\s*", text) if p]


@dataclass(frozen=True)
class _Style:
    """How a figures file writes its numbers: the Vietnamese way (``9,2``, ``1.234.567``), the
    English way (``10.05``, ``1,234,567``), both, or neither is shown; and where it shows it."""

    vietnamese: str = ""
    """A number written the Vietnamese way, with its place ("'9,2' at line 7")."""
    english: str = ""

    @classmethod
    def of(cls, records: list[_Record], texts: list[str]) -> _Style:
        vi = en = ""
        for rec in records:
            for name in ("value", "plan"):
                cell = rec.cells.get(name)
                if cell is None:
                    continue
                raw = cell.value if isinstance(cell.value, list) else [cell.value]
                written = [str(t) for t in raw if isinstance(t, str)] + list(cell.written)
                for text in written:
                    for part in _parts(text):
                        place = _("'{part}' at line {line}").format(
                            part=part, line=cell.location.line
                        )
                        if not vi and _VI_MARKS.search(part) and not _EN_MARKS.search(part):
                            vi = place
                        if not en and _EN_MARKS.search(part) and not _VI_MARKS.search(part):
                            en = place
        return cls(vi, en)

    def check(
        self, cell: _Cell, name: str, key: str, unit: str | None, problems: list[Problem]
    ) -> None:
        """A problem for each number of ``cell`` that reads one way and may mean another."""
        path = f"{key}.{name}"
        raw = cell.value if isinstance(cell.value, list) else [cell.value]
        for text in [p for t in raw if isinstance(t, str) for p in _parts(t)]:
            if _COMMA_THREE.match(text) and not self.vietnamese:
                whole, frac = text.lstrip("+-").split(",")
                problems.append(
                    Problem(
                        cell.location,
                        _("{name} '{text}' is ambiguous: {readings}").format(
                            name=name, text=text, readings=_readings(whole, frac)
                        ),
                        path,
                        _(
                            "write {whole}{frac} for thousands, or {whole}.{value} for a decimal"
                        ).format(whole=whole, frac=frac, value=frac.rstrip("0") or 0),
                    )
                )
        for text in cell.written:
            if not _DOT_THREE.match(text):
                continue
            whole, frac = text.lstrip("+-").split(".")
            dec = frac.rstrip("0") or "0"
            how = _(
                "write {whole}{frac} for thousands, or {whole}.{value} (or '{whole},{value}', "
                "quoted) for a decimal"
            ).format(whole=whole, frac=frac, value=frac.rstrip("0") or 0)
            if self.vietnamese and not self.english:
                problems.append(
                    Problem(
                        cell.location,
                        _(
                            "{name} {text} is ambiguous: {readings}; this file writes numbers the "
                            "Vietnamese way ({vietnamese}), but YAML reads {text} with a decimal "
                            "point"
                        ).format(
                            name=name,
                            text=text,
                            readings=_readings(whole, frac),
                            vietnamese=self.vietnamese,
                        ),
                        path,
                        how,
                    )
                )
            elif not self.english or (unit and _COUNTS.search(unit)):
                counted = _(" of {unit}").format(unit=unit) if unit and _COUNTS.search(unit) else ""
                problems.append(
                    Problem(
                        cell.location,
                        _(
                            "{name} {text}{counted} is read as {whole},{dec} (a decimal); if it "
                            "means {whole}.{frac} written the Vietnamese way, it is 1000 times "
                            "larger"
                        ).format(
                            name=name, text=text, counted=counted, whole=whole, dec=dec, frac=frac
                        ),
                        path,
                        how,
                        severity="warning",
                    )
                )


def _readings(whole: str, frac: str) -> str:
    """The two readings of 6.820 or 6,820, written the Vietnamese way: 6.820 or 6,82."""
    return _("it could be {whole}.{frac} (thousands) or {whole},{value} (a decimal)").format(
        whole=whole, frac=frac, value=frac.rstrip("0") or 0
    )


def _check_scale(
    rec: _Record, key: str, value: Value, plan: Value, problems: list[Problem]
) -> None:
    """A warning when value and plan differ about 1000 times: a thousands dot read as a decimal
    point (or the other way) in one of them."""
    v = value[1] if isinstance(value, tuple) else value
    p = plan[1] if isinstance(plan, tuple) else plan
    if not v or not p or (v < 0) != (p < 0):
        return
    ratio = abs(v / p)
    if not (Decimal(300) <= ratio <= Decimal(3000) or Decimal(300) <= 1 / ratio <= Decimal(3000)):
        return
    bigger = "value" if ratio > 1 else "plan"
    problems.append(
        Problem(
            rec.cells["value"].location,
            _(
                "value {v} and plan {p} differ about 1000 times: is a thousands dot read as a "
                "decimal point in one of them?"
            ).format(v=v, p=p),
            f"{key}.value",
            _(
                "check both; if the {bigger} is right, write the other in the same unit (6820 for "
                "thousands, 6.82 for a decimal)"
            ).format(bigger=bigger),
            severity="warning",
        )
    )


def _errors(problems: list[Problem]) -> int:
    return sum(p.severity == "error" for p in problems)  # warnings keep the figure


def _plan_kind(rec: _Record, key: str, plan: Value | None, problems: list[Problem]) -> str | None:
    """The optional ``plan_kind`` (floor, ceiling, range, exact), checked against the plan."""
    text = _text(rec, "plan_kind", key, problems)
    if text is None:
        return None
    cell = rec.cells["plan_kind"]
    kind = text.lower()
    path = f"{key}.plan_kind"
    if kind not in PLAN_KINDS:
        hint = _("floor (at least), ceiling (at most), range (low–high) or exact")
        problems.append(
            Problem(cell.location, _("unknown plan_kind '{text}'").format(text=text), path, hint)
        )
        return None
    if plan is None:
        hint = _("add 'plan:' to '{key}', or remove plan_kind").format(key=key)
        problems.append(Problem(cell.location, _("plan_kind needs a plan"), path, hint))
    elif (kind == "range") != isinstance(plan, tuple):
        hint = (
            _("write the plan as low–high, e.g. 7,5–8")
            if kind == "range"
            else _("a range plan (low–high) is plan_kind: range")
        )
        problems.append(
            Problem(
                cell.location,
                _("plan_kind {kind} does not match the plan").format(kind=kind),
                path,
                hint,
            )
        )
    return kind


def _number_texts(records: list[_Record]) -> list[str]:
    """Every number written as text in the file, to tell how the file writes numbers."""
    texts = []
    for rec in records:
        for name in ("value", "plan"):
            cell = rec.cells.get(name)
            raw = cell.value if cell else None
            for item in raw if isinstance(raw, list) else [raw]:
                if isinstance(item, str):
                    texts.append(item)
    return texts


def _key(rec: _Record, figures: dict[str, Figure], problems: list[Problem]) -> str | None:
    """The record's key if it is valid and new; otherwise a problem and None."""
    raw = rec.key.value
    key = None if _is_blank(raw) else str(raw).strip()
    if key is None:
        label = rec.cells.get("label")
        text = label.value if label is not None and isinstance(label.value, str) else ""
        hint = (
            _("give it a key, e.g. '{suggest_key}'").format(suggest_key=suggest_key(text))
            if text.strip()
            else ""
        )
        problems.append(
            Problem(rec.key.location, _("this row has no key"), hint=hint or _("give it a key"))
        )
        return None
    if not KEY_RE.match(key):
        hint = _("a key is a lowercase letter then a-z, 0-9 or _, e.g. '{suggest_key}'").format(
            suggest_key=suggest_key(key)
        )
        problems.append(
            Problem(rec.key.location, _("bad figure key '{key}'").format(key=key), key, hint)
        )
        return None
    if key in figures:
        hint = _("it is first defined at {location}; keep one").format(
            location=figures[key].location
        )
        problems.append(
            Problem(rec.key.location, _("duplicate figure key '{key}'").format(key=key), key, hint)
        )
        return None
    return key


def _text(rec: _Record, name: str, key: str, problems: list[Problem]) -> str | None:
    """A text field: numbers and dates written as text ("2023"), blanks as None, NFC."""
    cell = rec.cells.get(name)
    value = None if cell is None else cell.value
    if _is_blank(value):
        return None
    assert cell is not None
    if isinstance(value, NumberTextError):  # a formula without a saved result
        problems.append(Problem(cell.location, f"{name} {value}", f"{key}.{name}", value.hint))
        return None
    if isinstance(value, list | dict):
        problems.append(
            Problem(cell.location, _("{name} must be text").format(name=name), f"{key}.{name}")
        )
        return None
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()
    if isinstance(value, datetime.date):
        value = value.isoformat()
    if isinstance(value, str) and len(value) > MAX_TEXT:
        problems.append(_too_long(cell.location, f"{key}.{name}"))
        return None
    text, found = check_text(str(value).strip(), cell.location, f"{key}.{name}")
    if found:
        problems.extend(found)
        return None
    text, legacy = fix_text(text, cell.location, f"{key}.{name}")  # TCVN3/VNI: converted or refused
    problems.extend([legacy] if legacy else [])
    if name == "unit" and re.fullmatch(r"[0-9]+", text):
        hint = _('a decimal comma splits a CSV cell: quote it, "10,05", or write 10.05')
        problems.append(
            Problem(
                cell.location, _("unit '{text}' is a number").format(text=text), f"{key}.unit", hint
            )
        )
    return text


def _number(
    rec: _Record, name: str, key: str, dot_groups: bool, problems: list[Problem]
) -> Value | None:
    """The Value in field ``name``: None when blank or bad (with a problem if required or bad)."""
    cell = rec.cells.get(name)
    if cell is None or _is_blank(cell.value) or cell.value == []:
        if name == "value":
            hint = _("give it a number such as 10.05, or a range such as 7,5–8")
            where = cell.location if cell else rec.location
            problems.append(
                Problem(where, _("figure '{key}' has no value").format(key=key), key, hint)
            )
        return None
    try:
        value = to_value(cell.value, dot_groups)
    except NumberTextError as exc:
        problems.append(Problem(cell.location, f"{name} {exc}", f"{key}.{name}", exc.hint))
        return None
    if isinstance(value, tuple) and value[0] > value[1]:
        hint = _("write the low end first, e.g. 7,5–8")
        problems.append(
            Problem(
                cell.location,
                _("{name} range runs from high to low").format(name=name),
                f"{key}.{name}",
                hint,
            )
        )
        return None
    return value
