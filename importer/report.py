"""The JSON report, version 1: the documented keys stay stable; more may be added."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importer.pipeline import CheckResult

REPORT_VERSION = 1


def build_report(result: CheckResult) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    intake = result.intake
    from importer import __version__
    from importer.intake import UPLOAD_LIMIT

    return {
        "version": REPORT_VERSION,
        "tool": {"name": "lexoffice-import", "version": __version__},
        "verdict": result.verdict,
        "exit_code": int(result.exit_code),
        "input": {"path": str(intake.path), "bytes": intake.size, "sha256": intake.sha256},
        "size": {"bytes": intake.size, "limit": UPLOAD_LIMIT, "over_limit": intake.over_limit},
        "encoding": {
            "name": intake.encoding.name,
            "bom": intake.encoding.bom,
            "evidence": intake.encoding.evidence,
            "confident": intake.encoding.confident,
            "alternative": intake.encoding.alternative,
        },
        "dialect": {
            "delimiter": intake.dialect.delimiter,
            "quotechar": intake.dialect.quotechar,
            "line_terminator": intake.dialect.line_terminator,
            "evidence": intake.dialect.evidence,
        },
        "rows": result.rows_dict(),
        "columns": [c.to_dict() for c in result.columns],
        "issues": [i.to_dict() for i in result.issues],
        "issue_counts": result.issue_counts(),
        "outputs": result.outputs.to_dict(),
        "settings": result.settings,
        "accounting": result.accounting,
    }


def dumps(report: dict[str, Any] | list[dict[str, Any]]) -> str:
    """Serialise a report (or a list of them) the way it is written to disk and stdout.

    One top-level key per line and one column or issue per line: readable with ``less``
    and ``grep``, and fast, because every line is encoded by json's C encoder.
    """
    if isinstance(report, list):
        return "[\n" + ",\n".join(dumps(r).rstrip("\n") for r in report) + "\n]\n"
    lines = []
    for key, value in report.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value:
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f"  {name}: [\n{items}\n  ]")
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
