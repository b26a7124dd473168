"""How polars' allocator hands freed memory back, chosen before polars loads: :func:`fit_to_inputs`.

polars allocates with jemalloc, which reads ``_RJEM_MALLOC_CONF`` once, when polars is imported,
and by default keeps freed pages for about ten seconds. A check frees several big intermediate
frames, so :mod:`importer` sets :data:`DEFAULT`: freed pages returned after 250 ms (a 100 MB
export: 2.0 GB -> 1.47 GB peak when this was introduced). For an input far beyond
what lexoffice takes, memory matters more than seconds: with freed pages returned at once a 100 MB
export peaks at 0.90 GB instead of about 1.0 GB, and takes about a quarter longer (8.3 s -> 10.6 s);
a small file would lose 0.4 s to the many returns, so it keeps the default.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

#: The variable jemalloc reads (polars builds it with the prefix ``_rjem_``).
VARIABLE: Final = "_RJEM_MALLOC_CONF"
#: The setting of every run: freed pages returned after 250 ms, pages only marked free at once.
DEFAULT: Final = "dirty_decay_ms:250,muzzy_decay_ms:0"
#: The setting for a large input: freed pages returned at once.
LARGE: Final = "dirty_decay_ms:0,muzzy_decay_ms:0"
#: From this size on an input is large (25 times the 2 MB lexoffice takes).
LARGE_INPUT_BYTES: Final = 50_000_000


def fit_to_inputs(paths: Iterable[Path]) -> bool:
    """Choose :data:`LARGE` when one of ``paths`` (files, or folders' files) is large; whether it did.

    Only before polars is loaded (the setting is read then) and only over :data:`DEFAULT`, which
    may follow polars' own defaults (polars puts them before the setting it finds, so a process
    started by one that has loaded polars inherits both); a setting of the user's own is left alone.
    """
    setting = os.environ.get(VARIABLE, "")
    if "polars" in sys.modules or not (setting == DEFAULT or setting.endswith("," + DEFAULT)):
        return False
    if _largest(paths) < LARGE_INPUT_BYTES:
        return False
    os.environ[VARIABLE] = setting.removesuffix(DEFAULT) + LARGE  # the later of two settings counts
    return True


def _largest(paths: Iterable[Path]) -> int:
    """The size of the largest file among ``paths`` and their folders' entries (0 if none is readable)."""
    largest = 0
    for path in paths:
        try:
            if path.is_dir():
                sizes = [entry.stat().st_size for entry in os.scandir(path) if entry.is_file()]
            else:
                sizes = [path.stat().st_size]
        except OSError:  # told by the check itself, with its own message
            continue
        largest = max([largest, *sizes])
    return largest
