"""Precision and recall of the header mapper, on two collections of real header rows.

- ``tests/data/headers``: the development sets the mapper was built and tuned on;
- ``tests/data/corpus``: header rows of 26 further systems gathered from public sources, with the
  expected mapping judged from the catalog's descriptions before the mapper ran on them
  (``tests/data/corpus/README.md``). Reported separately: it is the honest measure.

Run it with ``.venv/bin/python tests/mapping_quality.py``. Precision = correct applied mappings /
applied mappings; recall = correct applied mappings / columns that have a lexoffice target. A
mapping is correct when target and merge kind both equal the expected ones. Exits 1 when the
development sets' precision is below 1.0 or their recall below 0.95, or when the corpus's recall
is below 0.95. ``tests/test_mapping.py`` imports this module.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from importer.catalog import Catalog, load_catalog
from importer.mapping import map_headers, names_suppliers

HEADERS_DIR: Final = Path(__file__).resolve().parent / "data" / "headers"
CORPUS_DIR: Final = Path(__file__).resolve().parent / "data" / "corpus"
MIN_PRECISION: Final = 1.0
MIN_RECALL: Final = 0.95


@dataclass(frozen=True)
class Expected:
    """One header of a header set with what it must become."""

    header: str
    target: str | None
    merge: str | None = None


@dataclass(frozen=True)
class HeaderSet:
    """One header row of one source system."""

    system: str
    name: str
    columns: tuple[Expected, ...]
    #: Headers with a target the mapper is known not to find (they must stay unmapped).
    known_misses: frozenset[str] = frozenset()

    @property
    def headers(self) -> list[str]:
        """The header row."""
        return [c.header for c in self.columns]


@dataclass
class Quality:
    """Counts for precision and recall."""

    applied: int = 0
    correct: int = 0
    with_target: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Correct applied mappings / applied mappings (1.0 when nothing was applied)."""
        return self.correct / self.applied if self.applied else 1.0

    @property
    def recall(self) -> float:
        """Correct applied mappings / columns with a lexoffice target."""
        return self.correct / self.with_target if self.with_target else 1.0

    def add(self, other: Quality) -> None:
        """Add the counts of ``other``."""
        self.applied += other.applied
        self.correct += other.correct
        self.with_target += other.with_target
        self.wrong += other.wrong
        self.missed += other.missed


def load_header_sets(directory: Path = HEADERS_DIR) -> dict[str, list[HeaderSet]]:
    """File stem (system) → its header sets."""
    result: dict[str, list[HeaderSet]] = {}
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        sets = []
        for entry in data["set"]:
            columns = tuple(
                Expected(str(c[0]), str(c[1]) or None, str(c[2]) if len(c) > 2 else None)
                for c in entry["columns"]
            )
            misses = frozenset(str(h) for h in entry.get("known_misses", ()))
            sets.append(HeaderSet(str(data["system"]), str(entry["name"]), columns, misses))
        result[path.stem] = sets
    return result


def measure_set(header_set: HeaderSet, catalog: Catalog) -> Quality:
    """Map one header set and count."""
    quality = Quality()
    # A set named like its file ("lieferanten.import.csv") gives the mapper what the file name would.
    columns = map_headers(header_set.headers, catalog, supplier_list=names_suppliers(header_set.name))
    for expected, column in zip(header_set.columns, columns, strict=True):
        ok = column.target == expected.target and column.merge == expected.merge
        if expected.target is not None:
            quality.with_target += 1
        if column.target is not None:
            quality.applied += 1
            if ok:
                quality.correct += 1
            else:
                quality.wrong.append(
                    f"{expected.header!r} → {column.target} ({column.method}), expected {expected.target}"
                )
        if expected.target is not None and not ok:
            quality.missed.append(f"{expected.header!r} → {column.target}, expected {expected.target}")
    return quality


def measure(catalog: Catalog | None = None, directory: Path = HEADERS_DIR) -> dict[str, Quality]:
    """System → quality, plus ``"overall"``, for the header sets in ``directory``."""
    catalog = catalog or load_catalog()
    result: dict[str, Quality] = {}
    overall = Quality()
    for system, sets in load_header_sets(directory).items():
        quality = Quality()
        for header_set in sets:
            quality.add(measure_set(header_set, catalog))
        result[system] = quality
        overall.add(quality)
    result["overall"] = overall
    return result


def _print(title: str, results: dict[str, Quality]) -> None:
    print(title)
    print(f"{'system':<28} {'columns':>8} {'applied':>8} {'correct':>8} {'precision':>10} {'recall':>8}")
    for system, q in results.items():
        counts = f"{q.with_target:>8} {q.applied:>8} {q.correct:>8}"
        print(f"{system:<28} {counts} {q.precision:>10.3f} {q.recall:>8.3f}")
    overall = results["overall"]
    for line in overall.wrong:
        print(f"WRONG  {line}")
    for line in overall.missed:
        if not line.endswith("expected None"):
            print(f"MISSED {line}")
    print()


def main() -> int:
    """Print precision and recall per system and overall, for both collections; 1 when below the targets."""
    development = measure()
    corpus = measure(directory=CORPUS_DIR)
    _print("Development sets (tests/data/headers):", development)
    _print("Real-world corpus (tests/data/corpus), never tuned on before its first measurement:", corpus)
    dev, real = development["overall"], corpus["overall"]
    ok = all(q.precision >= MIN_PRECISION and q.recall >= MIN_RECALL for q in (dev, real))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
