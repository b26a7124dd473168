"""``index.html`` for ``check`` with several files: one line per file, linked to its report."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from importer.exitcodes import ExitCode
from importer.fileio import RUN_SET, write_set
from importer.pages import render_index
from importer.report import build_report, failure_report
from importer.result import CheckResult


def index_entries(
    results: list[CheckResult], failures: list[tuple[Path, str, ExitCode]]
) -> list[dict[str, Any]]:
    """One report-shaped entry per input: the JSON report, or a stand-in for a file that could not be read."""
    entries: list[dict[str, Any]] = [build_report(r, columnar=True) for r in results]
    entries += [failure_report(path, message, int(code)) for path, message, code in failures]
    return sorted(entries, key=lambda e: str(e["input"]["path"]))


def write_index(
    results: list[CheckResult],
    failures: list[tuple[Path, str, ExitCode]],
    out_dir: Path | None,
    lang: str,
    *,
    protected: Collection[Path] = (),
) -> Path | None:
    """Write ``index.html`` into ``out_dir`` (or the folder of the first report); return its path.

    It is recorded in the folder's manifest like every output; an ``index.html`` the tool did not
    write is not replaced (:class:`importer.fileio.OutputConflict`).
    """
    if out_dir is None:
        if not results:
            return None
        out_dir = results[0].outputs.report_json.parent
    path = out_dir / "index.html"
    html = render_index(index_entries(results, failures), index_dir=out_dir, lang=lang)
    write_set(out_dir, RUN_SET, [(path.name, html.encode("utf-8"))], source=None, protected=protected)
    return path
