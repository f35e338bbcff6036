"""The preview's local web server: 127.0.0.1 only, a free port, the page, its state as JSON,
the slide pictures and a stream of server-sent events telling the page that the state moved."""

from __future__ import annotations

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .page import render_page
from .session import Session

_SLIDE = re.compile(r"^/slide/(\d+)\.png$")


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, session: Session, port: int = 0) -> None:
        self.session = session
        self.stopping = threading.Event()
        self.page = render_page().encode("utf-8")
        super().__init__(("127.0.0.1", port), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def stop(self) -> None:
        self.stopping.set()
        with self.session.changed:
            self.session.changed.notify_all()  # the event streams see ``stopping`` and end
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass  # the terminal shows builds, not requests

    def _send(self, body: bytes, ctype: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        path = self.path.split("?", 1)[0]
        session = self.server.session
        if path == "/":
            self._send(self.server.page, "text/html; charset=utf-8")
        elif path == "/state.json":
            body = json.dumps(session.snapshot(), ensure_ascii=False).encode("utf-8")
            self._send(body, "application/json; charset=utf-8")
        elif path == "/events":
            self._events()
        elif m := _SLIDE.match(path):
            picture = session.picture(int(m.group(1)))
            try:
                data = picture.read_bytes() if picture is not None else None
            except OSError:
                data = None
            if data is None:
                self._send(b"not drawn yet", "text/plain", HTTPStatus.NOT_FOUND)
            else:
                self._send(data, "image/png")
        else:
            self._send(b"not found", "text/plain", HTTPStatus.NOT_FOUND)

    def _events(self) -> None:
        """Server-sent events: ``state`` with the version, each time the state changes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        session, stopping = self.server.session, self.server.stopping
        seen = -1
        try:
            while not stopping.is_set():
                with session.changed:
                    if session.state.version == seen:
                        session.changed.wait(timeout=15)
                    version = session.state.version
                if version != seen:
                    seen = version
                    self.wfile.write(f"event: state\ndata: {version}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
