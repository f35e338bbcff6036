"""Kept running by ``deckmaker preview``: one headless LibreOffice and a UNO client of it.

Run by a Python that can ``import uno`` (Debian's python3-uno, or LibreOffice's own Python), not
by deckmaker's: it imports nothing from deckmaker. Started (under the same no-network prefix as
every soffice run, see office.py) as::

    python3 unohelper.py SOFFICE PROFILE_URL PIPE_NAME

it starts soffice listening on a named pipe, then reads one JSON request per line on stdin,
``{"deck": PATH, "pictures": {"2": PNG, "5": PNG}, "width": 960}`` (draws those pages of the deck
as PNG pictures, through LibreOffice's graphic export) or ``{"deck": PATH, "pages": "2,5",
"pdf": PATH}`` (exports those pages to a PDF), and answers one JSON line, ``{"ok": true}`` or
``{"error": "..."}``. At the end of stdin it closes
LibreOffice and exits; soffice runs in this process's group, so the caller can kill both.
"""

import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]  # only in LibreOffice's Python bindings
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _connect(pipe, office, timeout=60.0):
    """LibreOffice's desktop and component context, once it listens on ``pipe``."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + timeout
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            desktop = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", ctx
            )
            return desktop, ctx
        except Exception:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _open(desktop, deck):
    """``deck`` loaded hidden and read-only in the running LibreOffice."""
    url = Path(deck).resolve().as_uri()
    doc = desktop.loadComponentFromURL(
        url, "_blank", 0, (_prop("Hidden", True), _prop("ReadOnly", True))
    )
    if doc is None:
        raise RuntimeError(f"LibreOffice could not open {deck}")
    return doc


def _export(desktop, deck, pages, pdf):
    doc = _open(desktop, deck)
    try:
        data = uno.Any("[]com.sun.star.beans.PropertyValue", (_prop("PageRange", pages),))
        doc.storeToURL(
            Path(pdf).resolve().as_uri(),
            (_prop("FilterName", "impress_pdf_Export"), _prop("FilterData", data)),
        )
    finally:
        doc.close(True)


def _pictures(desktop, ctx, deck, pictures, width):
    """Each ``{page number: png path}`` of ``deck`` drawn by LibreOffice's own graphic export
    (the drawing layer the PDF export also draws with), ``width`` pixels across."""
    doc = _open(desktop, deck)
    try:
        pages = doc.getDrawPages()
        for number, png in sorted(pictures.items(), key=lambda kv: int(kv[0])):
            page = pages.getByIndex(int(number) - 1)
            height = round(width * page.Height / page.Width)
            size = (_prop("PixelWidth", width), _prop("PixelHeight", height))
            export = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.drawing.GraphicExportFilter", ctx
            )
            export.setSourceDocument(page)
            export.filter(
                (
                    _prop("URL", Path(png).resolve().as_uri()),
                    _prop("MediaType", "image/png"),
                    _prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", size)),
                )
            )
    finally:
        doc.close(True)


def main():
    soffice, profile, pipe = sys.argv[1:4]
    office = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        desktop, ctx = _connect(pipe, office)
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                req = json.loads(line)
                if "pictures" in req:
                    _pictures(desktop, ctx, req["deck"], req["pictures"], int(req["width"]))
                else:
                    _export(desktop, req["deck"], req["pages"], req["pdf"])
                answer: dict[str, object] = {"ok": True}
            except Exception as exc:  # told to the caller, which shows it on the page
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
        with contextlib.suppress(Exception):
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()


if __name__ == "__main__":
    main()
