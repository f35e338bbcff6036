"""The checks of single outline values (mappings, lists, texts, numbers) the validators share."""

from __future__ import annotations

import datetime as dt
import difflib
from decimal import Decimal
from pathlib import Path

from ..errors import Location, Problem, did_you_mean
from ..figures.model import NumberTextError, check_magnitude
from ..i18n import _
from ..legacy import fix_text
from ..source import AmbiguousText, Node, file_problem
from ..textnorm import check_text
from .model import Text


def type_name(value: object) -> str:
    """What a YAML value is, for messages: "a list", "a number (7)", "a text ('…')"."""
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    if value is None:
        return _("nothing (null)")
    if isinstance(value, bool):
        return _("a boolean ({lower})").format(lower=str(value).lower())
    if isinstance(value, int | Decimal | float):
        return _("a number ({value})").format(value=value)
    if isinstance(value, dt.date):
        return _("a date ({value})").format(value=value)
    return _("a text ('{value}')").format(value=value)


class BaseValidator:
    """Checks of single values that every part of the outline uses; collects every problem
    rather than stopping at the first."""

    def __init__(self, source: Path):
        self.source = source
        self.problems: list[Problem] = []
        self.misspelt: dict[int, set[str]] = {}
        """Per mapping node (by id), the known keys an unknown key there is a misspelling of:
        a misspelt 'title' is reported once, not also as a missing title."""

    def is_misspelt(self, node: Node, *keys: str) -> bool:
        """Whether one of ``keys`` is missing from ``node`` because it was misspelt there."""
        return bool(self.misspelt.get(id(node), set()) & set(keys))

    # -- reporting -------------------------------------------------------------------------
    def error(self, loc: Location, path: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(loc, message, path, hint))

    def named_file(self, node: Node, path: str, value: str, not_found: str) -> bool:
        """Whether the file ``value`` the outline names at ``node`` (relative to the outline's
        folder) can be read; else its problem is reported (``source.file_problem``: a folder, a
        device or a pipe; else ``not_found``)."""
        file = self.source.parent / value
        hint = _("the path is relative to the outline file")
        problem = file_problem(file, node.location, not_found, hint, value=value, path=path)
        if problem is not None:
            self.problems.append(problem)
        return problem is None

    def expect_mapping(self, node: Node, path: str, keys: tuple[str, ...], what: str) -> bool:
        if not isinstance(node.value, dict):
            self.error(
                node.location,
                path,
                _("{what} must be a mapping of keys, got {type_name}").format(
                    what=what, type_name=type_name(node.value)
                ),
                hint=_("known keys: {names}").format(names=", ".join(keys)),
            )
            return False
        for key in node.value:
            if key not in keys:
                close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
                if close and close[0] not in node.value:
                    self.misspelt.setdefault(id(node), set()).add(close[0])
                self.error(
                    node.key_locations[key],
                    f"{path}.{key}" if path else key,
                    _("unknown key '{key}' in {what}").format(key=key, what=what),
                    hint=did_you_mean(key, keys),
                )
        return True

    def expect_list(self, node: Node, path: str, what: str, hint: str = "") -> list[Node] | None:
        if not isinstance(node.value, list):
            self.error(
                node.location,
                path,
                _("{what} must be a list, got {type_name}").format(
                    what=what, type_name=type_name(node.value)
                ),
                hint=hint or _("write each item on its own line starting with '- '"),
            )
            return None
        return node.value

    def text(self, node: Node | None, path: str, what: str, required: bool = False) -> Text | None:
        if node is None:
            return None
        value = node.value
        if value is None and not required:
            return None
        if isinstance(value, dict | list) or value is None:
            self.error(
                node.location,
                path,
                _("{what} must be a text, got {type_name}").format(
                    what=what, type_name=type_name(value)
                ),
                hint=_('quote it if it should be a text, e.g. "…"'),
            )
            return None
        s = node.as_text or ""  # as written: title: no is "no", 1e3 is "1e3"
        clean, problems = check_text(s, node.location, path)
        self.problems.extend(problems)
        clean, legacy = fix_text(clean, node.location, path)  # TCVN3/VNI: converted or refused
        self.problems.extend([legacy] if legacy else [])
        if required and not clean.strip():
            self.error(
                node.location,
                path,
                _("{what} is empty").format(what=what),
                hint=_("write the text or remove the key"),
            )
        return Text(clean, node.location, path)

    def required(self, node: Node, key: str, path: str, what: str) -> Node | None:
        child = node.get(key)
        if child is None and not self.is_misspelt(node, key):
            self.error(
                node.location,
                path,
                _("{what} needs '{key}'").format(what=what, key=key),
                hint=_("add '{key}: …'").format(key=key),
            )
        return child

    def number(self, node: Node, path: str, what: str) -> Decimal | None:
        v = node.value
        if isinstance(v, AmbiguousText):
            message, hint = v.number_problem()
            self.error(node.location, path, f"{what} {message}", hint=hint)
            return None
        if isinstance(v, bool) or not isinstance(v, int | Decimal | float):
            self.error(
                node.location,
                path,
                _("{what} must be a number, got {type_name}").format(
                    what=what, type_name=type_name(v)
                ),
                hint=_("write numbers with a dot for decimals (10.05) and no thousands separator"),
            )
            return None
        number = Decimal(str(v)) if not isinstance(v, Decimal) else v
        try:
            return check_magnitude(number)
        except NumberTextError as exc:
            self.error(node.location, path, f"{what} {exc}", hint=exc.hint)
            return None

    def text_at(self, node: Node, key: str, path: str, what: str) -> Text | None:
        """The optional text under ``key``."""
        return self.text(node.get(key), f"{path}.{key}", what)

    def required_text(self, node: Node, key: str, path: str, owner: str, what: str) -> Text | None:
        """The text under ``key``, which ``owner`` needs, not empty."""
        return self.text(
            self.required(node, key, path, owner), f"{path}.{key}", what, required=True
        )

    def texts(
        self, node: Node | None, path: str, what: str, item: str, required: bool = True
    ) -> list[Text]:
        """The texts of a list (each ``item``), none without ``node``; a non-text or (when
        ``required``) empty item is reported and left out."""
        out: list[Text] = []
        if node is None:
            return out
        for i, child in enumerate(self.expect_list(node, path, what) or []):
            if t := self.text(child, f"{path}[{i}]", item, required=required):
                out.append(t)
        return out

    def choice(
        self, node: Node | None, path: str, what: str, known: tuple[str, ...], default: str
    ) -> str:
        """The value of ``node`` when it is one of ``known``, else ``default`` (an unknown value
        is reported, with the nearest known one)."""
        if node is None:
            return default
        if node.value in known:
            return node.value
        self.error(
            node.location,
            path,
            _("unknown {what} '{value}'").format(what=what, value=node.value),
            hint=did_you_mean(str(node.value), known),
        )
        return default
