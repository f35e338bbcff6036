"""``deckmaker build`` as the warm server runs it for a client (``deckmaker/remote.py`` says
how and when): the same command line, in the client's folder, umask, environment and interface
language, its output captured as the client's terminal would have received it; the plan memo and
the slide store kept between builds."""

from __future__ import annotations

import io
import os
import sys
import traceback
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import remote

if TYPE_CHECKING:
    from ..deckcache import SlideStore
    from ..layout.memo import PlanMemo

DECKS = 4
"""Plan memos kept, one per outline (the oldest dropped first)."""
SLIDES = 1024
"""Written slides kept in memory (the oldest dropped first; the deck cache keeps them all)."""


class Warm:
    """What the server keeps between builds."""

    def __init__(self) -> None:
        self.memos: OrderedDict[str, PlanMemo] = OrderedDict()
        self.store: SlideStore | None = None

    def for_outline(self, outline: Path) -> tuple[PlanMemo, SlideStore | None]:
        from ..cache import deck_cache_dir
        from ..deckcache import SlideStore
        from ..layout.memo import PlanMemo

        key = os.path.abspath(outline)
        memo = self.memos.pop(key, None) or PlanMemo()
        self.memos[key] = memo
        while len(self.memos) > DECKS:
            self.memos.popitem(last=False)
        folder = deck_cache_dir()
        where = folder / "slides" if folder is not None else None
        if self.store is None or self.store.folder != where:
            self.store = SlideStore(where, memory=SLIDES) if where is not None else None
        return memo, self.store


warm: Warm | None = None
"""Set in the server's process: ``build`` takes its plan memo and slide store from here."""


class _Capture(io.TextIOWrapper):
    """A text stream like the client's (its encoding, errors, whether it is a terminal)."""

    def __init__(self, info: dict[str, Any]) -> None:
        super().__init__(
            io.BytesIO(), encoding=info["encoding"], errors=info["errors"], write_through=True
        )
        self._tty = bool(info["tty"])

    def isatty(self) -> bool:
        return self._tty

    def data(self) -> bytes:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue()


def check(req: dict[str, Any]) -> str | None:
    """What is wrong with a build request, or None."""
    argv, env = req.get("argv"), req.get("env")
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        return "bad arguments"
    if not remote.servable(argv):
        return "not a build the server runs"
    if not isinstance(req.get("prog"), str) or not isinstance(req.get("cwd"), str):
        return "bad request"
    if not isinstance(env, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and remote.build_env({k: v})
        for k, v in env.items()
    ):
        return "bad environment"
    umask = req.get("umask")
    if not isinstance(umask, int) or not 0 <= umask <= 0o777:
        return "bad umask"
    for name in ("stdout", "stderr"):
        info = req.get(name)
        if not isinstance(info, dict):
            return "bad stream"
        try:
            "".encode(str(info.get("encoding")), str(info.get("errors")))
        except (LookupError, TypeError):
            return "unknown encoding"
    if not os.path.isabs(req["cwd"]) or not os.path.isdir(req["cwd"]):
        return "no such folder"
    return None


FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts")
"""Where fontconfig finds fonts: a change there (a font installed or removed) makes the server
find the theme's fonts again, as a new process would."""

_fonts_seen: list[tuple[tuple[str, int], ...]] = []


def _font_dirs() -> tuple[tuple[str, int], ...]:
    found = []
    for top in FONT_DIRS:
        for folder, _dirs, _files in os.walk(os.path.expanduser(top)):
            try:
                found.append((folder, os.stat(folder).st_mtime_ns))
            except OSError:
                continue
    return tuple(sorted(found))


def _fresh_fonts() -> None:
    """Forget the fonts found and measured before when the installed fonts changed since."""
    now = _font_dirs()
    if _fonts_seen and _fonts_seen[0] == now:
        return
    from ..layout import fonts, frame, plan
    from ..writer import native

    fonts.resolve_font.cache_clear()
    fonts._cmap.cache_clear()  # noqa: SLF001 - the server's warm state, kept only while valid
    frame._MEASURERS.clear()  # noqa: SLF001
    plan._FRAMES.clear()  # noqa: SLF001 - a frame of the fonts measured before
    native._measurer_for.cache_clear()  # noqa: SLF001
    if warm is not None:
        warm.memos.clear()
    _fonts_seen[:] = [now]


def run(req: dict[str, Any]) -> tuple[int, bytes, bytes]:
    """Run the build of ``req`` (checked by ``check``) here: exit code, stdout and stderr."""
    from . import main

    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_umask = os.umask(req["umask"])
    saved_streams = sys.stdout, sys.stderr
    out, err = _Capture(req["stdout"]), _Capture(req["stderr"])
    code: int = 0
    try:
        for name in [k for k in os.environ if remote.build_env({k: ""})]:
            del os.environ[name]
        os.environ.update(req["env"])
        os.chdir(req["cwd"])
        _fresh_fonts()
        sys.stdout, sys.stderr = out, err
        try:
            main.main(args=req["argv"], prog_name=req["prog"], standalone_mode=True)
        except SystemExit as exc:  # as the interpreter turns it into an exit code
            if exc.code is None:
                code = 0
            elif isinstance(exc.code, int):
                code = exc.code
            else:
                print(exc.code, file=err)
                code = 1
        except Exception:  # as the interpreter would report it
            traceback.print_exc(file=err)
            code = 1
    finally:
        sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.umask(saved_umask)
        os.environ.clear()
        os.environ.update(saved_env)
    return code, out.data(), err.data()


def main(argv: list[str] | None = None) -> int:
    """The warm server's process, with builds (``charts/serve.py`` draws, this runs builds):
    what a build imports, imported once."""
    global warm  # noqa: PLW0603 - this process's one server
    from ..charts import serve
    from ..pipeline import build_deck  # noqa: F401 - imported once, warm for every build
    from ..writer import write_pptx  # noqa: F401

    warm = Warm()
    serve.builds = (check, run)
    return serve.main(argv)
