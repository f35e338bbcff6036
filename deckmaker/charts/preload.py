"""Imported by the chart workers' fork server only: loads what drawing needs, then freezes it."""

import gc

import matplotlib.backends.backend_agg  # noqa: F401

import deckmaker.charts.kinds  # noqa: F401

# Workers fork from here: with everything loaded so far frozen, their garbage collector never
# walks (and so never copies) the pages they share with the fork server.
gc.freeze()
