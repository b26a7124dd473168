"""``index.html`` for ``check`` with several files: one line per file, linked to its report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.exitcodes import ExitCode
from importer.fileio import write_atomic
from importer.pages import render_index
from importer.report import build_report
from importer.result import CheckResult


def index_entries(
    results: list[CheckResult], failures: list[tuple[Path, str, ExitCode]]
) -> list[dict[str, Any]]:
    """One report-shaped entry per input: the JSON report, or a stand-in for a file that could not be read."""
    entries: list[dict[str, Any]] = [build_report(r, columnar=True) for r in results]
    entries += [
        {"input": {"path": str(path)}, "verdict": "unusable", "error": message, "exit_code": int(code)}
        for path, message, code in failures
    ]
    return sorted(entries, key=lambda e: str(e["input"]["path"]))


def write_index(
    results: list[CheckResult], failures: list[tuple[Path, str, ExitCode]], out_dir: Path | None, lang: str
) -> Path | None:
    """Write ``index.html`` into ``out_dir`` (or the folder of the first report); return its path."""
    if out_dir is None:
        if not results:
            return None
        out_dir = results[0].outputs.report_json.parent
    path = out_dir / "index.html"
    html = render_index(index_entries(results, failures), index_dir=out_dir, lang=lang)
    write_atomic(path, html.encode("utf-8"))
    return path
