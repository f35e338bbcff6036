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


def test_package_versions_are_read_without_importlib_metadata():
    """``deckmaker build`` asks the warm server first (``remote``), then makes its cache keys
    with three or four package versions: read from the dist-info folders on ``sys.path``, not
    through ``importlib.metadata`` (its import and look-ups: ~0.015 s of a cold build's main
    thread), and the same versions it gives, for every installed distribution."""
    code = (
        # a site's start-up may load it already (an editable install's .pth finder does, as in
        # the fresh-clone CI): what counts is that deckmaker's own imports and look-ups do not
        "import sys\n"
        "before = 'importlib.metadata' in sys.modules\n"
        "import deckmaker.cli, deckmaker.remote, deckmaker.digest as D\n"
        "vs = [D.package_version(n) for n in ('click', 'python-pptx', 'Pillow', 'deckmaker')]\n"
        "print('importlib.metadata' in sys.modules and not before)\n"
        "import importlib.metadata as M\n"
        "names = [d.metadata['Name'] for d in M.distributions()] + ['click', 'no-such-dist']\n"
        "print(len(names) > 10, vs == [M.version(n) for n in ('click', 'python-pptx', 'Pillow',"
        " 'deckmaker')])\n"
        "def ask(n):\n"
        "    try:\n"
        "        return M.version(n)\n"
        "    except M.PackageNotFoundError:\n"
        "        return None\n"
        "print([n for n in names if D._version(n) != ask(n)])\n"
        "print(D.package_version('no-such-dist'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "True", "True", "[]", "unknown"]


def test_an_egg_info_folder_on_the_path_is_read_like_importlib_metadata(tmp_path):
    """``pip install -e`` leaves ``deckmaker.egg-info`` in the project, and Python started there
    has the project on its path: the version comes from that folder's PKG-INFO, as
    importlib.metadata gives it, still without importing importlib.metadata (CI on 20844fc ran
    the check above from the project folder and fell back to importlib.metadata)."""
    info = tmp_path / "made_up_dist.egg-info"
    info.mkdir()
    (info / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: made-up-dist\nVersion: 1.2.3\n\n")
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import deckmaker.digest as D\n"
        "v = D.package_version('made-up-dist')\n"
        "print(v, 'importlib.metadata' in sys.modules)\n"
        "import importlib.metadata as M\n"
        "print(M.version('made-up-dist'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["1.2.3", "False", "1.2.3"]
