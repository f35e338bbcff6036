"""What starting the command line imports: nothing a build does not need (issue 16: the time of
an unchanged or one-figure rebuild is mostly the interpreter and imports)."""

from __future__ import annotations

import subprocess
import sys

from deckmaker.cli.project import DEFAULT_SLIDES
from deckmaker.draft.size import DEFAULT_SLIDES as DRAFT_DEFAULT


def test_draft_default_written_out_equal():
    assert DEFAULT_SLIDES == DRAFT_DEFAULT


def test_the_cli_starts_without_draft_matplotlib_or_pptx():
    code = (
        "import sys, deckmaker.cli\n"
        "print(sorted(m for m in ('deckmaker.draft', 'matplotlib', 'pptx', 'deckmaker.charts')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_build_servers_client_leaves_package_metadata_for_later():
    """``deckmaker build`` asks the warm server first (``remote``), before it starts a cold
    build's chart workers: ``importlib.metadata`` (~5-10 ms) comes later, with the cache keys."""
    code = (
        "import sys, deckmaker.cli, deckmaker.remote, deckmaker.digest\n"
        "print('importlib.metadata' in sys.modules)\n"
        "deckmaker.digest.package_version('click')\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "True"]
