"""``deckmaker preview``: the deck as pictures on a local web page, rebuilt on every save.

``session`` builds and keeps what the page shows, ``render`` draws slides with a LibreOffice kept
running, ``server`` serves the page (``page``) on 127.0.0.1, and :func:`serve` ties them to a
file watcher (watchfiles) until Ctrl-C.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from ..i18n import _
from .server import PreviewServer
from .session import Session

Log = Callable[[str], None]


def _roots(session: Session) -> list[Path]:
    """The folders to watch: those of the input files, and the theme folders."""
    out = {p if p.is_dir() else p.parent for p in session.watched}
    return sorted(p for p in out if p.exists())


def serve(
    outline: Path,
    *,
    output: Path | None = None,
    theme: str | None = None,
    figures: Path | None = None,
    port: int = 0,
    open_browser: bool = True,
    jobs: int | None = None,
    log: Log = print,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Build, serve the page, rebuild on each change of an input; returns on Ctrl-C, with
    LibreOffice, the chart workers and the server stopped."""
    from watchfiles import watch

    from ..charts import start_workers

    session = Session(outline, output, theme, figures, jobs, log)
    server = PreviewServer(session, port)
    thread = threading.Thread(target=server.serve_forever, name="preview-http", daemon=True)
    stop = threading.Event()
    try:
        thread.start()
        log(_("preview  {url}  (Ctrl-C to stop)").format(url=server.url))
        if ready is not None:
            ready(server.url)
        if open_browser:
            webbrowser.open(server.url)
        start_workers(None, jobs)  # matplotlib loads in the fork server while the first build runs
        session.rebuild()
        while not stop.is_set():
            roots = _roots(session)
            for changes in watch(*roots, stop_event=stop, debounce=50, step=20):
                if any(session.is_input(Path(p)) for _, p in changes):
                    session.rebuild()
                if _roots(session) != roots:
                    break  # an input moved to another folder: watch the new set
    except KeyboardInterrupt:
        log(_("stopping"))
    finally:
        stop.set()
        server.stop()
        session.close()
        from ..charts.render import stop_workers

        stop_workers()


__all__ = ["PreviewServer", "Session", "serve"]
