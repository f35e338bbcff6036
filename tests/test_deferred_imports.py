"""The writer's import leaves ``urllib.request`` (and ``http.client``, ``ssl``, ``email``, which
it imports) unloaded until something uses it (``writer/deferred.py``); whoever does gets the
real module, by ``import`` or ``from … import``, before and after its first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from deckmaker.writer import deferred

from .conftest import ROOT


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_writers_import_loads_no_url_opener():
    out = _run(
        """
        import sys
        import deckmaker.writer
        print(sorted(m for m in ("ssl", "http.client", "email.message") if m in sys.modules))
        print("__getattr__" in vars(sys.modules["urllib.request"]))
        """
    )
    assert out.splitlines() == ["[]", "True"]


def test_the_module_is_the_real_one_once_used():
    out = _run(
        """
        import sys
        import deckmaker.writer
        import xml.sax.saxutils
        stand_in = sys.modules["urllib.request"]
        import urllib.request
        from urllib.request import Request, urlopen
        real = sys.modules["urllib.request"]
        assert real is not stand_in and real.__file__.endswith("request.py")
        assert urllib.request is real and Request is real.Request and urlopen is real.urlopen
        assert stand_in.Request is real.Request  # held by python-pptx's saxutils: forwards
        assert xml.sax.saxutils.urllib.request.Request is real.Request
        assert "__getattr__" not in vars(stand_in)
        assert "ssl" in sys.modules
        print("ok")
        """
    )
    assert out == "ok"


def test_a_deck_is_written_and_read_back_with_it_deferred(tmp_path):
    out = _run(
        f"""
        import sys
        import deckmaker.writer
        from pptx import Presentation
        from pptx.util import Inches
        from deckmaker.writer.package import pptx_bytes
        prs = Presentation()
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        slide.shapes.add_textbox(0, 0, Inches(2), Inches(1)).text_frame.text = "a & b <c>"
        data = pptx_bytes(prs)
        open({str(tmp_path / "d.pptx")!r}, "wb").write(data)
        Presentation({str(tmp_path / "d.pptx")!r})
        print("ssl" in sys.modules)
        """
    )
    assert out == "False"


def test_defer_leaves_imported_and_unknown_modules():
    assert deferred.defer("urllib.parse") is False  # imported already
    assert deferred.defer("urllib.no_such_module") is False
    assert deferred.defer("no_such_package.module") is False
