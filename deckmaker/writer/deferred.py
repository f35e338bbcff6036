"""Modules python-pptx imports and a build never uses, loaded when first used instead.

python-pptx's picture element (``pptx.oxml.shapes.picture``) imports ``xml.sax.saxutils`` for
its ``escape``, and ``xml.sax.saxutils`` imports ``urllib.request`` (for a function that opens
URLs), which imports ``http.client``, ``ssl``, ``email`` and more: ~0.017-0.02 s of a cold
build's CPU while its charts are drawn, for modules no build calls. :func:`defer` puts a
stand-in in ``sys.modules`` that imports the real module at its first attribute read and from
then on holds the real module's names: every ``import`` and ``from … import`` of it still gets
what it asks for, later.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

DEFERRED = ("urllib.request",)
"""What the writer's import leaves unloaded until it is used."""

_LOCK = threading.Lock()


def defer(name: str) -> bool:
    """Put a stand-in for module ``name`` (not imported yet; its package is imported) in
    ``sys.modules``; True when it did."""
    parent, _, child = name.rpartition(".")
    if name in sys.modules or (parent and parent not in sys.modules):
        return False
    spec = importlib.util.find_spec(name)
    if spec is None:
        return False
    stand_in = types.ModuleType(name)
    # the import system reads ``__spec__`` of a module it finds in sys.modules (is it still
    # being imported?): the real spec, read without loading anything
    stand_in.__spec__ = spec

    def __getattr__(attr: str) -> Any:  # noqa: N807 - a module's __getattr__ (PEP 562)
        return getattr(_load(name, stand_in), attr)

    stand_in.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[name] = stand_in
    if parent:
        setattr(sys.modules[parent], child, stand_in)
    return True


def _load(name: str, stand_in: types.ModuleType) -> types.ModuleType:
    """The real module ``name`` (imported now, in place of ``stand_in`` in ``sys.modules`` and
    its package); ``stand_in`` holds its names from then on."""
    with _LOCK:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        real = importlib.import_module(name)
        names = stand_in.__dict__
        names.pop("__getattr__", None)
        names.update(real.__dict__)
    return real


def defer_all() -> None:
    """:func:`defer` each of ``DEFERRED`` whose package is imported (``urllib`` always is)."""
    for name in DEFERRED:
        parent = name.rpartition(".")[0]
        if parent:
            importlib.import_module(parent)
        defer(name)
