"""Imported by the chart workers' fork server only: loads what drawing needs, then freezes it."""

import gc
import sys
import warnings

# No garbage collection while matplotlib loads: the import makes objects by the hundred
# thousand and frees almost none, so each collection it triggers walks them for nothing
# (~30 ms of the ~0.4 s before the first chart can start). Collection resumes below.
_collecting = gc.isenabled()
gc.disable()

# Matplotlib registers its 3D projection when it is imported, importing mpl_toolkits.mplot3d:
# ~20 ms of the ~0.4 s the fork server spends before the first chart can start, for a
# projection no chart uses. Marked missing, matplotlib goes without it (and says so in a
# warning, silenced here); the 3D toolkit stays importable in every other process.
if "matplotlib.projections" not in sys.modules:
    sys.modules.setdefault("mpl_toolkits.mplot3d", None)  # type: ignore[arg-type]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Unable to import Axes3D")
        import matplotlib.projections  # noqa: F401

import matplotlib.backends.backend_agg  # noqa: E402, F401

import deckmaker.charts.kinds  # noqa: E402, F401
from deckmaker.charts.render import png_zlib  # noqa: E402

png_zlib()  # zlib-ng's module imported once here, not in each worker

# Babel's data for Vietnamese (the numbers of every chart's ticks and labels), read once here
# rather than by each worker at its first number: ~9 ms of each worker's first chart.
from babel import localedata  # noqa: E402

localedata.load("vi")

# Workers fork from here: with everything loaded so far frozen, their garbage collector never
# walks (and so never copies) the pages they share with the fork server.
gc.freeze()
if _collecting:
    gc.enable()
