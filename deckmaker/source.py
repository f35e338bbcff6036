"""YAML loading that keeps a location for every node, and keeps numbers' written precision."""

from __future__ import annotations

import gc
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml._yaml import CParser

from .errors import DeckmakerError, Location, Problem, display_path
from .i18n import N_, _, ngettext


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
    written: str | None = None
    """A plain (unquoted) scalar exactly as written: ``no``, ``1e3``, ``2024-1-2``; a text
    field shows this rather than the boolean, number or date YAML read."""

    @property
    def as_text(self) -> str | None:
        """The scalar as a text: what was written for a number, date or boolean; None for a
        mapping, a list or null."""
        if self.value is None or isinstance(self.value, dict | list):
            return None
        if isinstance(self.value, str):
            return self.value
        return self.written if self.written is not None else str(self.value)

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


MAX_DEPTH = 64
"""How deeply mappings and lists may nest in a YAML file (an outline needs about 10)."""

MAX_ALIAS_VALUES = 10_000
"""How many values aliases (``*name``) may produce in one YAML file, all told."""

MAX_FILE_BYTES = 2 * 1024 * 1024
"""The largest outline, figures, theme or CSV file read (an outline of 300 slides is ~100 kB)."""


class AmbiguousText(str):
    """A plain scalar that YAML 1.1 reads as a number or a boolean but YAML 1.2 as a text:
    ``0777`` (octal 511 or 777?), ``12:30`` (sexagesimal 750), ``0x1F``, ``1_000``, ``no``.

    It is a text wherever a text is expected (``label: no`` is "no"); where a number is
    expected it is an error naming both readings. ``reading`` is what YAML 1.1 makes of it.
    """

    reading: str

    def __new__(cls, text: str, reading: str) -> AmbiguousText:
        obj = super().__new__(cls, text)
        obj.reading = reading
        return obj

    def number_problem(self) -> tuple[str, str]:
        """The message and hint for this text where a number is expected."""
        plain = self.lstrip("+-").lstrip("0") or "0"
        if re.fullmatch(r"[0-9]+", plain):
            hint = _("write {value}{plain} for the number").format(
                value=self[0] if self[0] in "+-" else "", plain=plain
            )
        else:
            hint = _("write the number in decimal digits, with a dot for decimals (10.05)")
        return (
            _("'{value}' is ambiguous: it could be read as {reading}").format(
                value=self, reading=self.reading
            ),
            hint + _(", or quote it ('{value}') if it is a text").format(value=self),
        )


# YAML 1.2 core schema, decimal only: what a presenter writes is what is read.
_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")
_INT_RE = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_LEADING_ZERO_RE = re.compile(r"^[-+]?0+[0-9]+$")  # 03, 09: decimal, unless octal differs
_FLOAT_RE = re.compile(r"^[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")
_TIMESTAMP_RE = re.compile(
    r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
    r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$"
)
_STR = "tag:yaml.org,2002:str"
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")  # only "\0" or "\ud800" escapes can make them
_YAML11 = yaml.resolver.Resolver()
_YAML11_READINGS = {
    "tag:yaml.org,2002:int": N_("an integer"),
    "tag:yaml.org,2002:float": N_("a number"),
    "tag:yaml.org,2002:bool": N_("a boolean"),
}


_STARTS_WITH_REFERENCE = re.compile(r"(^\s*-|:)\s+\{[A-Za-z_][\w.]*\}\s*[^\s,}]")


if TYPE_CHECKING:  # what _Schema is mixed into: a parser, PyYAML's composer and a resolver
    _Mixed = yaml.SafeLoader
else:
    _Mixed = object


class _Schema(_Mixed):
    """The YAML 1.2 core schema (decimal numbers kept as written, as ``Decimal``), no tags,
    no merge keys, and bounded nesting, for both loaders below."""

    yaml_implicit_resolvers: dict = {}  # noqa: RUF012 - resolve() below does it all
    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            raise _Refused(
                event.start_mark,
                _("tags are not allowed (found {tag})").format(tag=tag),
                _(_TAG_HINT),
            )
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(event.start_mark, _("nested too deep (over {MAX_DEPTH} levels)")
                           .format(MAX_DEPTH=MAX_DEPTH),
                           _(_DEPTH_HINT).format(MAX_DEPTH=MAX_DEPTH))  # fmt: skip
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is not yaml.ScalarNode or not implicit[0]:
            return super().resolve(kind, value, implicit)
        if _NULL_RE.match(value):
            return "tag:yaml.org,2002:null"
        if _BOOL_RE.match(value):
            return "tag:yaml.org,2002:bool"
        if _INT_RE.match(value) or (_LEADING_ZERO_RE.match(value) and _octal_agrees(value)):
            return "tag:yaml.org,2002:int"
        if _FLOAT_RE.match(value):
            return "tag:yaml.org,2002:float"
        if _DATE_RE.match(value) or _TIMESTAMP_RE.match(value):
            return "tag:yaml.org,2002:timestamp"
        return _STR


class _Loader(_Schema, yaml.composer.Composer, CParser, yaml.constructor.SafeConstructor,
              yaml.resolver.Resolver):  # fmt: skip
    """libyaml's parser (fast) under PyYAML's composer (where nesting and tags are checked)."""

    def __init__(self, stream: str):
        CParser.__init__(self, stream)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        yaml.composer.Composer.__init__(self)


class _PyLoader(_Schema, yaml.SafeLoader):
    """PyYAML's own parser: slower, but its error messages are the ones the hints know."""


PY_REPARSE_CHARS = 256 * 1024
"""A file with a YAML syntax error up to this size is read again by ``_PyLoader`` for its
clearer message; a larger one gets libyaml's."""


_TAG_HINT = N_("remove the '!…' tag; write the value itself (quote a text)")
_DEPTH_HINT = N_("an outline needs only a few levels; at most {MAX_DEPTH} are read")


class _Refused(yaml.MarkedYAMLError):
    def __init__(self, mark: yaml.Mark, problem: str, hint: str):
        super().__init__(problem=problem, problem_mark=mark)
        self.hint = hint


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    return Decimal(node.value)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    return int(node.value)


for _cls in (_Loader, _PyLoader):
    _cls.add_constructor("tag:yaml.org,2002:float", _construct_float)
    _cls.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _octal_agrees(text: str) -> bool:
    """Whether YAML 1.1 (octal 0777, or a text for 09) and a decimal reading give one number."""
    digits = text.lstrip("+-")
    return any(d in "89" for d in digits) or int(digits, 8) == int(digits, 10)


def _yaml11_reading(text: str) -> str | None:
    """What YAML 1.1 would make of a plain scalar that YAML 1.2 reads as a text."""
    tag = _YAML11.resolve(yaml.ScalarNode, text, (True, False))
    if tag not in _YAML11_READINGS:
        return None
    try:
        value = yaml.SafeLoader("").construct_object(yaml.ScalarNode(tag, text))
    except (ValueError, yaml.YAMLError):  # pragma: no cover - the resolver's regexes admit it
        return _(_YAML11_READINGS[tag])
    if isinstance(value, bool):
        return _("the boolean {lower}").format(lower=str(value).lower())
    if isinstance(value, float) and value != value * 0:  # .inf, .nan: not numbers at all
        return None
    return _("{value} ({YAML11_READINGS} in YAML 1.1)").format(
        value=value, YAML11_READINGS=_YAML11_READINGS[tag]
    )


def _loc(file: str, mark: yaml.Mark) -> Location:
    return Location(file, mark.line + 1, mark.column + 1)


class _Builder:
    """Turns composed YAML nodes into located ``Node``s, bounding what aliases expand to."""

    def __init__(self, loader: _Loader | _PyLoader, file: str):
        self.loader = loader
        self.file = file
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.from_aliases = 0

    def build(self, node: yaml.Node, depth: int = 1) -> Node:
        loc = _loc(self.file, node.start_mark)
        if id(node) in self.seen:
            self.from_aliases += 1
            if self.from_aliases > MAX_ALIAS_VALUES:
                raise _Refused(
                    node.start_mark,
                    _("aliases expand to more than {MAX_ALIAS_VALUES:,} values").format(
                        MAX_ALIAS_VALUES=MAX_ALIAS_VALUES
                    ),
                    _("write the values out, or use fewer '*name' aliases"),
                )
        else:
            self.seen.add(id(node))
        if depth > MAX_DEPTH:  # an alias inside its own anchor, or aliases stacked deep
            raise _Refused(node.start_mark, _("nested too deep (over {MAX_DEPTH} levels)")
                           .format(MAX_DEPTH=MAX_DEPTH),
                           _(_DEPTH_HINT).format(MAX_DEPTH=MAX_DEPTH))  # fmt: skip
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Node] = {}
            keys: dict[str, Location] = {}
            for key_node, value_node in node.value:
                kloc = _loc(self.file, key_node.start_mark)
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _Refused(key_node.start_mark, _("a key must be a plain text"),
                                   _("write the key as a word followed by ':'"))  # fmt: skip
                key = key_node.value
                if _UNWRITABLE.search(key):
                    raise _Refused(key_node.start_mark, _("the key contains NUL or a surrogate"),
                                   _("delete the escape from the key"))  # fmt: skip
                if key in out:
                    self.problems.append(
                        Problem(
                            kloc,
                            _("duplicate key '{key}'").format(key=key),
                            hint=_("it is already set at line {line}; keep one").format(
                                line=keys[key].line
                            ),
                        )
                    )
                out[key] = self.build(value_node, depth + 1)
                keys[key] = kloc
            return Node(out, loc, keys)
        if isinstance(node, yaml.SequenceNode):
            return Node([self.build(n, depth + 1) for n in node.value], loc)
        assert isinstance(node, yaml.ScalarNode)  # the composer makes no other kind of node
        try:
            value = self.loader.construct_object(node, deep=True)
        except ValueError as exc:  # 2024-02-30 looks like a date but is none
            raise _Refused(node.start_mark, _("'{value}' is not a valid date ({exc})")
                           .format(value=node.value, exc=exc),
                           _("write the date as YYYY-MM-DD, e.g. 2024-01-20"))  # fmt: skip
        if isinstance(value, str) and (unwritable := _UNWRITABLE.search(value)):
            ch = unwritable.group(0)
            what = (
                "NUL"
                if ch == "\x00"
                else _("U+{ord:04X} (half of a surrogate pair)").format(ord=ord(ch))
            )
            raise _Refused(node.start_mark,
                           _("the text contains {what}, which no file can hold").format(what=what),
                           _("delete the escape (\\0, \\u…) from the text"))  # fmt: skip
        if isinstance(value, str) and not node.style and value:
            reading = _yaml11_reading(value)
            if reading is not None:
                value = AmbiguousText(value, reading)
        written = None if node.style else node.value
        return Node(value, loc, written=written)


def parse_yaml(text: str, file: str) -> Node:
    """Parse YAML text into a located ``Node`` tree; raises ``DeckmakerError`` on bad YAML.

    Read as YAML 1.2 core: numbers are decimal, ``true``/``false`` the only booleans, no tags,
    no merge keys; nesting, alias expansion and size are bounded (see docs/security.md).
    """
    if len(text) > MAX_FILE_BYTES:
        raise DeckmakerError(_too_big(file))
    try:
        try:
            return _compose(_Loader, text, file)
        except _Refused:
            raise
        except yaml.YAMLError:
            if len(text) > PY_REPARSE_CHARS:
                raise
        return _compose(_PyLoader, text, file)  # the same error, in PyYAML's words
    except _Refused as exc:
        loc = _loc(file, exc.problem_mark) if exc.problem_mark else Location(file)
        raise DeckmakerError(Problem(loc, exc.problem or "", hint=exc.hint)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = _loc(file, mark) if mark else Location(file)
        msg = (exc.problem or exc.context or _("invalid YAML")).strip()
        lines = text.splitlines()
        near = [
            lines[i]
            for i in {m.line for m in (exc.context_mark, exc.problem_mark) if m}
            if i < len(lines)
        ]
        hint = _yaml_hint(msg)
        if any(_STARTS_WITH_REFERENCE.search(line) for line in near):
            hint = _('a text that starts with {figure} must be quoted: - "{grdp_growth} là …"')
        elif explained := _explain(lines, exc, msg, file):
            raise DeckmakerError(explained) from exc
        raise DeckmakerError(
            Problem(loc, _("invalid YAML: {msg}").format(msg=msg), hint=hint)
        ) from exc
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        if len(char) != 1 and exc.position < len(text):  # libyaml does not say which
            char = text[exc.position]
        raise DeckmakerError(
            Problem(
                Location(file, line, col),
                _("the file contains a control character U+{ord:04X}").format(ord=ord(char)),
                hint=_(
                    "these usually come from copying out of a PDF; delete it or retype the text"
                ),
            )
        ) from exc
    except yaml.YAMLError as exc:
        raise DeckmakerError(
            Problem(Location(file), _("invalid YAML: {exc}").format(exc=exc))
        ) from exc


def _compose(loader_class: type[_Loader] | type[_PyLoader], text: str, file: str) -> Node:
    loader = loader_class(text)
    collecting = gc.isenabled()
    gc.disable()  # the tree holds no cycles; collecting while it grows triples the time
    try:
        root = loader.get_single_node()
        if root is None:
            return Node(None, Location(file, 1, 1))
        builder = _Builder(loader, file)
        tree = builder.build(root)
    finally:
        loader.dispose()
        if collecting:
            gc.enable()
    if builder.problems:
        raise DeckmakerError(builder.problems)
    return tree


def _too_big(file: str) -> Problem:
    return Problem(
        Location(file),
        _("the file is larger than {value} MB").format(value=MAX_FILE_BYTES // (1024 * 1024)),
        hint=_(
            "deckmaker reads files up to this size (see docs/security.md, Limits); split the deck "
            "or check that this is the right file"
        ),
    )


_KEY_LINE = re.compile(r"^( *)(- +)*([^\s:#'\"][^:#]*?)?(:(?:\s|$))?")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _shown(line: str) -> str:
    """What a line starts with, to name it: "key 'date'", "the list item '- b'"."""
    body = line.strip()
    if body.startswith("-"):
        return _("the list item '{body}'").format(body=body[:30])
    key = body.split(":", 1)[0].strip() if ":" in body else body.split(" ", 1)[0]
    return _("key '{key}'").format(key=key[:30])


def _levels(lines: list[str], above: int) -> list[tuple[int, int]]:
    """The indentations open at line ``above`` (0-based, exclusive): (spaces, line index) of
    each line that encloses it, nearest first; a list item '- key:' opens its key's level too."""
    levels: list[tuple[int, int]] = []
    lowest = 1 << 30
    for i in range(above - 1, -1, -1):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        n = _indent(line)
        if n >= lowest:
            continue
        body = line[n:]
        if body.startswith("- "):
            inner = n + len(body) - len(body[1:].lstrip(" "))  # the key after '- '
            if inner < lowest and ":" in body:
                levels.append((inner, i))
        levels.append((n, i))
        lowest = n
    return levels


def _spaces(n: int) -> str:
    return ngettext("{n} space", "{n} spaces", n).format(n=n)


def _misaligned(lines: list[str], at: int, file: str, msg: str) -> Problem | None:
    """Line ``at`` is indented to a level no line above opens: say by how much, and to what."""
    line = lines[at]
    col = _indent(line)
    levels = [lv for lv in _levels(lines, at) if lv[0] != col]
    if not levels:
        return None
    spaces, where = min(levels, key=lambda lv: (abs(lv[0] - col), -lv[1]))
    diff = col - spaces
    more = _("too many") if diff > 0 else _("too few")
    what = _shown(line)
    other = _shown(lines[where][spaces:])  # the key after '- ' when it opened the level
    return Problem(
        Location(file, at + 1, 1),
        _(
            "{what} is indented {spaces}, {diff} {more} to line up with {other} at line {value}"
        ).format(
            what=what, spaces=_spaces(col), diff=abs(diff), more=more, other=other, value=where + 1
        ),
        hint=_("indent it {spaces}, like line {value} (the YAML parser said: {msg})").format(
            spaces=_spaces(spaces), value=where + 1, msg=msg
        ),
    )


def _no_colon(lines: list[str], at: int, file: str, msg: str) -> Problem:
    line = lines[at]
    body = line.strip().lstrip("- ").strip()
    key = body.split(" ", 1)[0]
    rest = body[len(key) :].strip()
    return Problem(
        Location(file, at + 1, _indent(line) + line.strip().find(key) + len(key) + 1),
        _("a ':' is missing after the key '{key}'").format(key=key),
        hint=f"write {key}: {rest}".rstrip() + _(" (the YAML parser said: {msg})").format(msg=msg),
    )


def _previous(lines: list[str], at: int) -> int | None:
    for i in range(at - 1, -1, -1):
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            return i
    return None


def _explain(lines: list[str], exc: yaml.MarkedYAMLError, msg: str, file: str) -> Problem | None:
    """The common syntax errors in what the user did, at the line where they must act: a key or
    a list item indented a few spaces off, a colon missing after a key, a tab."""
    mark = exc.problem_mark
    if mark is None or mark.line >= len(lines):
        return None
    at = mark.line
    line = lines[at]
    if "cannot start any token" in msg and "\\t" in msg:  # "found character '\\t'"
        return Problem(
            Location(file, at + 1, mark.column + 1),
            _("this line is indented with a tab"),
            hint=_("indent with spaces, not tabs: replace the tab with spaces"),
        )
    if msg.startswith("expected <block end>"):
        return _misaligned(lines, at, file, msg)
    if msg.startswith("could not find expected ':'") and exc.context_mark is not None:
        ctx = exc.context_mark.line
        if ctx < len(lines) and ":" not in lines[ctx]:
            return _no_colon(lines, ctx, file, msg)
        return None
    if msg.startswith("mapping values are not allowed"):
        if ": " in line[: mark.column]:
            return Problem(
                Location(file, at + 1, mark.column + 1),
                _("a text containing ': ' must be quoted"),
                hint=_('quote the whole text, e.g. title: "Mục tiêu: tăng trưởng"'),
            )
        prev = _previous(lines, at)
        if prev is None:
            return None
        if ":" not in lines[prev]:
            return _no_colon(lines, prev, file, msg)
        if _indent(line) > _indent(lines[prev]):
            return _misaligned(lines, at, file, msg)
    return None


def _yaml_hint(msg: str) -> str:
    if "got '{'" in msg or "got '}'" in msg:
        return _(
            "inside [ ] or { }, a text with {figure} references must be quoted: "
            '["GRDP tăng {grdp_growth}"]'
        )
    if "tab" in msg or "'\\t'" in msg:
        return _("indent with spaces, not tabs")
    if "mapping values are not allowed" in msg:
        return _("a text containing ': ' must be quoted, e.g. title: \"Mục tiêu: tăng trưởng\"")
    if "could not find expected ':'" in msg or "expected <block end>" in msg:
        return _("check the indentation of this line and the one above it")
    if "found character" in msg:
        return _("quote the text that starts with this character")
    return _("check the YAML syntax near this position (quotes, colons, indentation)")


UTF8_HINT = N_("save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)")

NOT_REGULAR = N_("not a regular file (a folder, a device or a pipe)")
NOT_REGULAR_HINT = N_("give a file saved on disk")
NOT_REGULAR_NAMED = N_("not a regular file (a folder, a device or a pipe): {value}")


def special_file(path: str | Path) -> bool:
    """Whether ``path`` exists but is not a regular file: a folder, a device or a pipe. Such a
    path is refused before it is opened: a pipe's open waits for a writer, /dev/zero never ends."""
    try:
        return not stat.S_ISREG(Path(path).stat().st_mode)
    except (OSError, ValueError):
        return False


def not_regular(file: str) -> Problem:
    """The problem of a path that names a folder, a device or a pipe."""
    return Problem(Location(file), _(NOT_REGULAR), hint=_(NOT_REGULAR_HINT))


def file_problem(
    file: str | Path,
    location: Location,
    not_found: str,
    hint: str | Callable[[], str],
    *,
    value: str | None = None,
    path: str = "",
) -> Problem | None:
    """What keeps a user's ``file`` from being read, reported at ``location`` (``path``: where in
    the document): None for a regular file; a folder, a device or a pipe (``special_file``),
    named ``value`` as the user wrote it (None: ``location`` names the file); else missing,
    ``not_found`` with ``hint`` (a callable is asked only then, e.g. for a folder's listing)."""
    if special_file(file):
        message = _(NOT_REGULAR) if value is None else _(NOT_REGULAR_NAMED).format(value=value)
        return Problem(location, message, path, _(NOT_REGULAR_HINT))
    if Path(file).is_file():
        return None
    return Problem(location, not_found, path, hint if isinstance(hint, str) else hint())


def read_text(path: str | Path, hint: str = UTF8_HINT) -> str:
    """A user's UTF-8 text file (a BOM is allowed), with located errors when it cannot be read."""
    p = Path(path)
    file = display_path(p)
    if special_file(p):
        raise DeckmakerError(not_regular(file))
    try:
        with p.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise DeckmakerError(_too_big(file))
    except FileNotFoundError as exc:
        raise DeckmakerError(
            Problem(Location(file), _("file not found"), hint=_("check the path and its spelling"))
        ) from exc
    except OSError as exc:
        raise DeckmakerError(
            Problem(Location(file), _("cannot read file: {strerror}").format(strerror=exc.strerror))
        ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DeckmakerError(
            Problem(Location(file, line, 1), _("the file is not valid UTF-8"), hint=_(hint))
        ) from exc


def load_yaml(path: str | Path) -> Node:
    """Read and parse a YAML file; the file must be UTF-8."""
    return parse_yaml(read_text(path), display_path(Path(path)))
