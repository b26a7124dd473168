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
    """Serialise a report (or a list of them) the way it is written to disk and stdout."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
