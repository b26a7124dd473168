"""Small helpers shared by the output and pipeline tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from importer.pipeline import CheckOptions, CheckResult, check_file


def check(path: Path, out: Path, **options: object) -> CheckResult:
    """``check_file`` with ``--out out`` and the given options."""
    return check_file(path, CheckOptions(out_dir=out, **options))  # type: ignore[arg-type]


def csv_rows(data: bytes, encoding: str = "utf-8") -> list[list[str]]:
    """The records of a written CSV file, split by Python's csv module (``;``, ``"``)."""
    return list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=";"))


def names_in(folder: Path) -> list[str]:
    """The sorted file names in ``folder``."""
    return sorted(p.name for p in folder.iterdir())
