"""Shared test helpers: the repository's paths and a real LibreOffice, never a mock."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "outlines" / "hung-yen-2024"


def need_soffice() -> str:
    """The soffice path; fails under CI=true when LibreOffice is missing, skips elsewhere."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail("LibreOffice (soffice) is not installed; .ci/run must install it")
    pytest.skip("LibreOffice is not installed")


@pytest.fixture
def soffice() -> str:
    return need_soffice()


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Each test session gets its own chart cache, so no test sees another run's charts (set
    for the whole session, before any module-scoped fixture builds a deck)."""
    cache = tmp_path_factory.getbasetemp() / "chart-cache"
    mp = pytest.MonkeyPatch()
    mp.setenv("DECKMAKER_CACHE", str(cache))
    # every test really writes its deck (tests/test_deckcache.py turns the deck cache on)
    mp.setenv("DECKMAKER_DECK_CACHE", "off")
    yield
    mp.undo()
