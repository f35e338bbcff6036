"""``python -m deckmaker``."""

from .cli import main

main(prog_name="deckmaker")
