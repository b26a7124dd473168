"""lexoffice-import: get contacts into lexoffice (Lexware Office) right the first time.

The library entry point is :func:`importer.pipeline.check_file`; the command line in
:mod:`importer.cli` only renders its result. Heavy libraries are imported lazily so that
``lexoffice-import --help`` starts fast.
"""

from __future__ import annotations

import os

# polars allocates with jemalloc, which by default keeps freed pages for about ten seconds; a
# check of a large export frees several big intermediate frames, so hand them back after 250 ms
# (100 MB export: 2.0 GB -> 1.47 GB peak; 0 ms would cost a small file 0.4 s in madvise calls).
# Read when polars loads (always after this module); a setting of the user's own is left alone.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:250,muzzy_decay_ms:0")

#: The single source of the version: hatchling reads it from here (no importlib.metadata at start-up).
__version__ = "0.1.0"

__all__ = ["__version__"]
