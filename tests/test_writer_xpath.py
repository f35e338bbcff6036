"""python-pptx's look-ups with compiled XPath (writer/xpath.py) write the same bytes as
python-pptx's own ``xpath``, and find the same elements."""

from __future__ import annotations

import re
import shutil

import pytest
from lxml import etree
from pptx.oxml import parse_xml, xmlchemy
from pptx.oxml.xmlchemy import BaseOxmlElement

from deckmaker.pipeline import build_deck
from deckmaker.writer import xpath

from .conftest import FIXTURES, ROOT


@pytest.fixture
def own_xpath():
    """python-pptx's own ``xpath`` for the test's duration, the compiled one after."""
    xpath.uninstall()
    yield
    xpath.install()


def test_the_writer_installs_the_compiled_lookups():
    assert BaseOxmlElement.xpath is xpath._xpath
    assert xmlchemy.qn is xpath.qn


def test_a_memoised_clark_name_is_python_pptx_s():
    for tag in ("a:rPr", "p:sp", "c:dLbl", "r:id", "a:ext"):
        assert xpath.qn(tag) == xpath._own_qn(tag)


CASES = [
    pytest.param(FIXTURES / "every", {}, False, id="every"),
    pytest.param(FIXTURES / "every", {}, True, id="every-native"),
    pytest.param(
        FIXTURES / "every", {"theme": str(ROOT / "themes" / "mau-co-quan")}, False, id="template"
    ),
]


@pytest.mark.parametrize(("source", "options", "native"), CASES)
def test_the_same_bytes_with_and_without_compiled_lookups(
    tmp_path, monkeypatch, source, options, native
):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))  # charts drawn once, shared
    monkeypatch.setenv("DECKMAKER_DECK_CACHE", "off")  # every slide written, none replayed
    work = tmp_path / "deck"
    shutil.copytree(source, work)
    if native:  # python-pptx's chart XML: look-ups by index, expressions made at run time
        outline = work / "outline.yaml"
        outline.write_text(
            re.sub(r"(?m)^(\s*)chart:$", r"\1chart:\n\1  engine: native", outline.read_text()),
            "utf-8",
        )
    build_deck(work, tmp_path / "compiled.pptx", **options)
    xpath.uninstall()
    try:
        build_deck(work, tmp_path / "own.pptx", **options)
    finally:
        xpath.install()
    assert BaseOxmlElement.xpath is xpath._xpath and xmlchemy.qn is xpath.qn
    assert (tmp_path / "compiled.pptx").read_bytes() == (tmp_path / "own.pptx").read_bytes()


P = "http://schemas.openxmlformats.org/presentationml/2006/main"
SP = (
    f'<p:sp xmlns:p="{P}"><p:nvSpPr><p:cNvPr id="7" name="Title 1"/><p:cNvSpPr/>'
    '<p:nvPr><p:ph type="title" idx="3"/></p:nvPr></p:nvSpPr></p:sp>'
)


@pytest.mark.parametrize(
    "expr",
    ["./*[1]/p:nvPr/p:ph", "//@id", "count(.//p:cNvPr)", "string(.//p:cNvPr/@name)", "p:nothing"],
)
def test_a_compiled_expression_finds_what_lxml_finds(expr):
    sp = parse_xml(SP)
    own = etree.ElementBase.xpath(sp, expr, namespaces=xpath._nsmap)
    assert sp.xpath(expr) == own
    assert xpath.compiled(expr) is xpath.compiled(expr)  # compiled once


def test_the_memo_is_emptied_when_full():
    for i in range(xpath._MAX + 5):
        xpath.compiled(f'p:sp[@id="{i}"]')
    assert len(xpath._local.memo) <= xpath._MAX
