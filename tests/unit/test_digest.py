"""deckmaker/digest.py: the code digest of the cache keys follows every change of the code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from deckmaker import digest


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "deckmaker"
    (root / "charts" / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("A = 1\n")
    (root / "charts" / "draw.py").write_text("B = 2\n")
    (root / "charts" / "sub" / "x.py").write_text("C = 3\n")
    (root / "numfmt.py").write_text("D = 4\n")
    monkeypatch.setattr(digest, "PACKAGE", root)
    return root


def _digest(folder: str = "", files: tuple[str, ...] = ()) -> str:
    return digest.code_digest.__wrapped__(folder, files, ())


def test_an_edit_changes_the_digest_even_with_the_same_size_and_mtime(package: Path) -> None:
    before, charts = _digest(), _digest("charts", ("numfmt.py",))
    assert _digest() == before  # stable while nothing changes
    f = package / "charts" / "sub" / "x.py"
    st = f.stat()
    f.write_text("C = 4\n")  # same size
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the old mtime put back
    assert f.stat().st_size == st.st_size and f.stat().st_mtime_ns == st.st_mtime_ns
    assert _digest() != before
    assert _digest("charts", ("numfmt.py",)) != charts


def test_an_edited_extra_file_a_new_module_and_a_rename_change_the_digest(package: Path) -> None:
    seen = {_digest("charts", ("numfmt.py",))}
    (package / "numfmt.py").write_text("D = 5\n")
    seen.add(_digest("charts", ("numfmt.py",)))
    (package / "charts" / "new.py").write_text("")
    seen.add(_digest("charts", ("numfmt.py",)))
    (package / "charts" / "new.py").rename(package / "charts" / "newer.py")
    seen.add(_digest("charts", ("numfmt.py",)))
    assert len(seen) == 4


def test_the_sources_are_the_files_rglob_finds_in_its_order() -> None:
    here = digest.PACKAGE
    want = [p.relative_to(here).as_posix() for p in sorted(here.rglob("*.py"))]
    assert [rel for rel, _path in digest._sources(str(here))] == want
    assert len(want) > 100
