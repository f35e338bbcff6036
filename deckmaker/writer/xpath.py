"""python-pptx's element look-ups with each XPath expression compiled once, and each
namespace-prefixed tag turned into its Clark name once.

python-pptx finds elements through ``BaseOxmlElement.xpath``, which hands the expression to
lxml's ``_Element.xpath``: lxml parses and compiles it again at every call. Writing the sample
deck makes ~8,800 such calls (``ph`` on every shape a slide, layout or master holds, ids, names),
about a fifth of the writer's CPU. :func:`install` replaces the method with one that keeps a
compiled ``etree.XPath`` per expression (per thread: lxml's evaluators are not shared between
threads); the elements found are the same, in the same order, so the deck is the same bytes.
Its child look-ups (``find(qn("a:rPr"))``) build the Clark name (``{uri}rPr``) from the prefix at
every call, ~60,000 calls for the sample deck; :func:`qn` is the same function, memoised, and
:func:`install` gives it to python-pptx's element classes.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from lxml import etree
from pptx.oxml import xmlchemy
from pptx.oxml.ns import _nsmap
from pptx.oxml.ns import qn as _own_qn
from pptx.oxml.xmlchemy import BaseOxmlElement

_MAX = 512
"""Expressions kept per thread: python-pptx's are a few dozen fixed strings; a chart's look-ups
by index (``c:dPt[c:idx[@val="3"]]``) make more, so the memo is emptied when it gets this long."""

_local = threading.local()
_original = BaseOxmlElement.xpath


@functools.lru_cache(maxsize=1024)
def qn(tag: str) -> str:
    """``pptx.oxml.ns.qn``: ``"a:rPr"`` -> ``"{http://...drawingml/2006/main}rPr"``, memoised."""
    return _own_qn(tag)


def compiled(xpath_str: str) -> etree.XPath:
    """``xpath_str`` compiled with python-pptx's namespace prefixes, kept for this thread."""
    memo: dict[str, etree.XPath] | None = getattr(_local, "memo", None)
    if memo is None:
        memo = _local.memo = {}
    found = memo.get(xpath_str)
    if found is None:
        if len(memo) >= _MAX:
            memo.clear()
        found = memo[xpath_str] = etree.XPath(xpath_str, namespaces=_nsmap)
    return found


def _xpath(self: BaseOxmlElement, xpath_str: str) -> Any:
    """``BaseOxmlElement.xpath``: the same result, the expression compiled once."""
    return compiled(xpath_str)(self)


def install() -> None:
    """Make every python-pptx element look up with compiled expressions (idempotent)."""
    BaseOxmlElement.xpath = _xpath  # type: ignore[method-assign]  # the same signature
    xmlchemy.qn = qn  # the child look-ups python-pptx's element classes make


def uninstall() -> None:
    """Back to python-pptx's own ``xpath`` (for the test that compares both)."""
    BaseOxmlElement.xpath = _original  # type: ignore[method-assign]  # the same signature
    xmlchemy.qn = _own_qn
