"""YAML loading that keeps a location for every node, and keeps numbers' written precision."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from .errors import DeckmakerError, Location, Problem, display_path


@dataclass
class Node:
    """A YAML value with where it was written.

    ``value`` is a ``dict[str, Node]``, a ``list[Node]``, or a plain scalar (``str``, ``int``,
    ``Decimal``, ``bool``, ``None``, ``datetime.date``). ``key_locations`` holds where each mapping
    key itself was written, for errors about keys.
    """

    value: Any
    location: Location
    key_locations: dict[str, Location] = field(default_factory=dict)

    def plain(self) -> Any:
        """The value with all locations stripped."""
        if isinstance(self.value, dict):
            return {k: v.plain() for k, v in self.value.items()}
        if isinstance(self.value, list):
            return [v.plain() for v in self.value]
        return self.value

    def get(self, key: str) -> Node | None:
        if isinstance(self.value, dict):
            return self.value.get(key)
        return None


_FLOAT_RE = re.compile(r"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$")


_STARTS_WITH_REFERENCE = re.compile(r"(^\s*-|:)\s+\{[A-Za-z_][\w.]*\}\s*[^\s,}]")


class _Loader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals written exactly as in the file."""


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = node.value.replace("_", "")
    if _FLOAT_RE.match(text):
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the regex admits only valid decimals
            pass
    return loader.construct_yaml_float(node)


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)


def _loc(file: str, mark: yaml.Mark) -> Location:
    return Location(file, mark.line + 1, mark.column + 1)


def _build(loader: _Loader, node: yaml.Node, file: str, problems: list[Problem]) -> Node:
    loc = _loc(file, node.start_mark)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        out: dict[str, Node] = {}
        keys: dict[str, Location] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            kloc = _loc(file, key_node.start_mark)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                problems.append(
                    Problem(
                        kloc,
                        f"duplicate key '{key}'",
                        hint=f"it is already set at line {keys[key].line}; keep one",
                    )
                )
            out[key] = _build(loader, value_node, file, problems)
            keys[key] = kloc
        return Node(out, loc, keys)
    if isinstance(node, yaml.SequenceNode):
        return Node([_build(loader, n, file, problems) for n in node.value], loc)
    return Node(loader.construct_object(node, deep=True), loc)


def parse_yaml(text: str, file: str) -> Node:
    """Parse YAML text into a located ``Node`` tree; raises ``DeckmakerError`` on bad YAML."""
    problems: list[Problem] = []
    loader: _Loader | None = None
    try:
        loader = _Loader(text)
        root = loader.get_single_node()
        if root is None:
            return Node(None, Location(file, 1, 1))
        tree = _build(loader, root, file, problems)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = _loc(file, mark) if mark else Location(file)
        msg = (exc.problem or exc.context or "invalid YAML").strip()
        lines = text.splitlines()
        near = [
            lines[i]
            for i in {m.line for m in (exc.context_mark, exc.problem_mark) if m}
            if i < len(lines)
        ]
        hint = _yaml_hint(msg)
        if any(_STARTS_WITH_REFERENCE.search(line) for line in near):
            hint = 'a text that starts with {figure} must be quoted: - "{grdp_growth} là …"'
        raise DeckmakerError(Problem(loc, f"invalid YAML: {msg}", hint=hint)) from exc
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        raise DeckmakerError(
            Problem(
                Location(file, line, col),
                f"the file contains a control character U+{ord(char):04X}",
                hint="these usually come from copying out of a PDF; delete it or retype the text",
            )
        ) from exc
    except yaml.YAMLError as exc:
        raise DeckmakerError(Problem(Location(file), f"invalid YAML: {exc}")) from exc
    finally:
        if loader is not None:
            loader.dispose()
    if problems:
        raise DeckmakerError(problems)
    return tree


def _yaml_hint(msg: str) -> str:
    if "got '{'" in msg or "got '}'" in msg:
        return (
            "inside [ ] or { }, a text with {figure} references must be quoted: "
            '["GRDP tăng {grdp_growth}"]'
        )
    if "tab" in msg or "'\\t'" in msg:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in msg:
        return "a text containing ': ' must be quoted, e.g. title: \"Mục tiêu: tăng trưởng\""
    if "could not find expected ':'" in msg or "expected <block end>" in msg:
        return "check the indentation of this line and the one above it"
    if "found character" in msg:
        return "quote the text that starts with this character"
    return "check the YAML syntax near this position (quotes, colons, indentation)"


UTF8_HINT = "save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)"


def read_text(path: str | Path, hint: str = UTF8_HINT) -> str:
    """A user's UTF-8 text file (a BOM is allowed), with located errors when it cannot be read."""
    p = Path(path)
    file = display_path(p)
    try:
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise DeckmakerError(
            Problem(Location(file), "file not found", hint="check the path and its spelling")
        ) from exc
    except OSError as exc:
        raise DeckmakerError(Problem(Location(file), f"cannot read file: {exc.strerror}")) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DeckmakerError(
            Problem(Location(file, line, 1), "the file is not valid UTF-8", hint=hint)
        ) from exc


def load_yaml(path: str | Path) -> Node:
    """Read and parse a YAML file; the file must be UTF-8."""
    return parse_yaml(read_text(path), display_path(Path(path)))
