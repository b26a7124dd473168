"""``index.html`` for ``check`` with several files: one line per file, linked to its report."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from importer.fileio import RUN_FILES, RUN_SET, natural_key, readable_name, shown_name, write_set
from importer.pages import render_index
from importer.result import CheckResult


def index_entry(report: Mapping[str, Any]) -> dict[str, Any]:
    """What ``index.html`` shows of one JSON report (or failure stand-in): small enough to pass
    between processes, whatever the size of the report."""
    keys = ("input", "verdict", "exit_code", "rows", "issue_counts", "error")
    entry = {key: report[key] for key in keys if key in report}
    report_html = (report.get("outputs") or {}).get("report_html")
    entry["outputs"] = {
        "report_html": report_html,
        "report_json": (report.get("outputs") or {}).get("report_json"),
    }
    return entry


def result_entry(result: CheckResult) -> dict[str, Any]:
    """:func:`index_entry` of a checked input, without building its whole report."""
    return {
        "input": {"path": str(result.intake.path)},
        "verdict": result.verdict,
        "exit_code": int(result.exit_code),
        "rows": result.rows_dict(),
        "issue_counts": result.issue_counts(),
        "outputs": result.outputs.to_dict(),
    }


def _readable(entry: Mapping[str, Any]) -> Mapping[str, Any]:
    """``entry`` with an input name that is no UTF-8 shown as :func:`importer.fileio.shown_name`
    (such an input is unusable; its name broke the page: the hostile round on environments)."""
    path = (entry.get("input") or {}).get("path")
    if path is None or readable_name(Path(path)):
        return entry
    return {**entry, "input": {**entry["input"], "path": shown_name(Path(path))}}


def write_index(
    entries: Sequence[Mapping[str, Any]],
    out_dir: Path | None,
    lang: str,
    *,
    protected: Collection[Path] = (),
) -> Path | None:
    """Write ``index.html`` into ``out_dir`` (or the folder of the first report); return its path.

    ``entries``: one :func:`index_entry` per input, listed in natural order of the input paths.
    It is recorded in the folder's manifest like every output; an ``index.html`` the tool did not
    write is not replaced (:class:`importer.fileio.OutputConflict`).
    """
    if out_dir is None:
        reports = [
            e["outputs"]["report_json"] for e in entries if (e.get("outputs") or {}).get("report_json")
        ]
        if not reports:
            return None
        out_dir = Path(reports[0]).parent
    path = out_dir / RUN_FILES[0]
    ordered = sorted(entries, key=lambda e: natural_key(str((e.get("input") or {}).get("path") or "")))
    ordered = [_readable(entry) for entry in ordered]
    html = render_index(ordered, index_dir=out_dir, lang=lang)
    write_set(out_dir, RUN_SET, [(path.name, html.encode("utf-8"))], source=None, protected=protected)
    return path
