"""``python -m deckmaker``."""

from .cli import run

run()
