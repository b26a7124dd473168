"""The short German summary ``check`` prints for a person (``--json`` prints the report instead)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer.dialect import delimiter_name
from importer.intake import UPLOAD_LIMIT, human_size
from importer.messages import msg

if TYPE_CHECKING:
    from importer.pipeline import CheckResult

_TERMINATORS = {"\r\n": "CRLF (Windows)", "\n": "LF (Unix)", "\r": "CR (altes Mac-Format)"}


def render_summary(result: CheckResult) -> str:
    """A few lines: verdict, file facts, row counts, findings and where the outputs are."""
    intake = result.intake
    share = round(100 * intake.size / UPLOAD_LIMIT)
    lines = [
        f"{intake.path}: {msg('verdict-' + result.verdict)}",
        "  " + msg("summary-size", size=human_size(intake.size), share=share),
        "  " + msg("summary-encoding", name=intake.encoding.name, evidence=intake.encoding.evidence),
        "  "
        + msg(
            "summary-dialect",
            delimiter=delimiter_name(intake.dialect.delimiter),
            terminator=_TERMINATORS.get(intake.dialect.line_terminator, "?"),
        ),
        "  "
        + msg(
            "summary-rows",
            read=result.rows_read,
            uploaded=result.rows_uploaded,
            rejected=result.rows_rejected,
        ),
    ]
    counts = result.issue_counts()["by_severity"]
    if counts:
        lines.append(
            "  "
            + msg(
                "summary-issues",
                errors=counts.get("error", 0),
                warnings=counts.get("warning", 0),
                fixes=counts.get("fix", 0),
            )
        )
    outputs = result.outputs
    written = [str(u.path) for u in outputs.upload]
    for extra in (outputs.rejected, outputs.unmapped, outputs.report_html, outputs.report_json):
        if extra is not None:
            written.append(str(extra))
    lines.append("  " + msg("summary-outputs"))
    lines.extend(f"    {path}" for path in written)
    return "\n".join(lines)
