"""Benchmark: map a 60-column header (target: under 50 ms). ``tests/benchmarks/run.py`` calls :func:`main`.

The header is the first 60 columns of a German Outlook export (``tests/data/headers/outlook_de.toml``):
most of them have no lexoffice column, so they go through every step down to fuzzy matching,
the slowest path. "cold" includes loading ``synonyms.toml`` and building the lookup tables
(once per process); "warm" is every further file, with the header normalisation cache cleared.
"""

from __future__ import annotations

import statistics
import time
import tomllib
from pathlib import Path
from typing import Final

from importer.catalog import load_catalog
from importer.mapping import map_headers
from importer.vocabulary import load_synonyms, lookup_tables, normalize

HEADERS: Final = Path(__file__).resolve().parents[1] / "data" / "headers" / "outlook_de.toml"
COLUMNS: Final = 60
RUNS: Final = 50
TARGET_MS: Final = 50.0


def header_row() -> list[str]:
    """The first 60 headers of the Outlook export."""
    data = tomllib.loads(HEADERS.read_text(encoding="utf-8"))
    headers = [str(column[0]) for column in data["set"][0]["columns"]]
    return headers[:COLUMNS]


def _clear_caches() -> None:
    load_synonyms.cache_clear()
    lookup_tables.cache_clear()
    normalize.cache_clear()


def main() -> int:
    """Print the cold time and the median warm time of mapping a 60-column header."""
    catalog = load_catalog()
    headers = header_row()
    assert len(headers) == COLUMNS
    _clear_caches()
    start = time.perf_counter()
    map_headers(headers, catalog)
    cold_ms = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(RUNS):
        normalize.cache_clear()
        start = time.perf_counter()
        map_headers(headers, catalog)
        times.append((time.perf_counter() - start) * 1000)
    warm_ms = statistics.median(times)
    verdict = "ok" if max(cold_ms, warm_ms) < TARGET_MS else "MISSED"
    print(
        f"(e) map_headers, {COLUMNS} columns: median {warm_ms:.1f} ms warm over {RUNS} runs, "
        f"{cold_ms:.1f} ms cold (target < {TARGET_MS:.0f} ms): {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
