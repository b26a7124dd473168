"""lexoffice-import: get contacts into lexoffice (Lexware Office) right the first time.

The library entry point is :func:`importer.pipeline.check_file`; the command line in
:mod:`importer.cli` only renders its result. Heavy libraries are imported lazily so that
``lexoffice-import --help`` starts fast.
"""

from __future__ import annotations

import os

from importer.allocator import set_default

# polars' allocator reads its setting when polars loads, always after this module: freed pages
# returned after 250 ms (importer.allocator); a setting of the user's own is left alone.
set_default()

# polars' in-memory engine for every query (a setting of the user's own is left alone). Where
# polars leaves the engine to "auto" (polars 2), each query is first weighed for the streaming
# engine: a check runs several hundred small queries, and they took 10 % longer (1 MB export:
# 0.68 s -> 0.61 s in one process, the same outputs; peak memory at 100 MB the same, 0.88 GB).
os.environ.setdefault("POLARS_ENGINE_AFFINITY", "in-memory")

#: The single source of the version: hatchling reads it from here (no importlib.metadata at start-up).
__version__ = "0.1.0"

__all__ = ["__version__"]
