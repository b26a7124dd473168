"""How polars' allocator hands freed memory back, chosen before polars loads: :func:`fit_to_inputs`.

polars allocates with jemalloc, which reads ``_RJEM_MALLOC_CONF`` once, when polars is imported;
polars puts its own defaults before what it finds there (freed pages kept 0.5 s, pages only marked
free 1 s; :data:`POLARS_DEFAULTS`). A check frees several big intermediate frames, so
:mod:`importer` sets :data:`DEFAULT`: freed pages returned after 250 ms, marked ones at once. For
an input far beyond what lexoffice takes, memory matters more than seconds: with freed pages
returned at once a 100 MB export peaks at 0.87-0.90 GB instead of 1.0-1.16 GB, and takes about
a quarter to a third longer (8.2-8.4 s -> 10.4-11.0 s); a small file would lose 0.4 s to the
many returns, so it keeps the default.
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


#: What polars itself puts before the setting it finds when it loads (polars/__init__.py): a
#: process started by one that has loaded polars inherits it, with or without our setting after it.
POLARS_DEFAULTS: Final = (
    "dirty_decay_ms:500,muzzy_decay_ms:1000,thp:always,metadata_thp:always",
    "dirty_decay_ms:500,muzzy_decay_ms:1000",
)


def set_default() -> None:
    """Set :data:`DEFAULT` unless the user has a setting of their own (called by :mod:`importer`)."""
    setting = os.environ.get(VARIABLE, "")
    if _ours(setting) and not setting.endswith(DEFAULT):
        os.environ[VARIABLE] = _then(setting, DEFAULT)


def fit_to_inputs(paths: Iterable[Path]) -> bool:
    """Choose :data:`LARGE` when one of ``paths`` (files, or folders' files) is large; whether it did.

    Only before polars is loaded (the setting is read then) and only over this package's or
    polars' own defaults: a setting of the user's own is left alone.
    """
    setting = os.environ.get(VARIABLE, "")
    if "polars" in sys.modules or not _ours(setting):
        return False
    if _largest(paths) < LARGE_INPUT_BYTES:
        return False
    # in DEFAULT's place: the later of two settings counts, polars' before it do not
    os.environ[VARIABLE] = _then(setting.removesuffix(DEFAULT).removesuffix(","), LARGE)
    return True


def _ours(setting: str) -> bool:
    """True when ``setting`` holds no more than polars' defaults and :data:`DEFAULT`."""
    rest = setting
    while True:
        for prefix in POLARS_DEFAULTS:
            if rest == prefix or rest.startswith(prefix + ","):
                rest = rest[len(prefix) :].removeprefix(",")
                break
        else:
            return rest in ("", DEFAULT)


def _then(setting: str, more: str) -> str:
    return f"{setting},{more}" if setting else more


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
