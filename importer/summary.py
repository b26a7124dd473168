"""The short German summary ``check`` prints for a person (``--json`` prints the report instead)."""

from __future__ import annotations

import shlex

from importer.messages import counted, delimiter_name, format_number, format_size, line_ending_name, msg
from importer.report import fix_options
from importer.result import UPLOAD_LIMIT, CheckResult


def render_summary(result: CheckResult) -> str:
    """A few lines: verdict, file facts, row counts, findings and where the outputs are."""
    intake = result.intake
    share = round(100 * intake.size / UPLOAD_LIMIT)
    lines = [
        f"{intake.path}: {msg('verdict-' + result.verdict)}",
        "  " + msg("summary-size", size=format_size(intake.size, exact=True), share=share),
    ]
    if intake.encoding is not None:
        lines.append(
            "  " + msg("summary-encoding", name=intake.encoding.name, evidence=intake.encoding.evidence)
        )
    if intake.dialect is not None:
        lines.append(
            "  "
            + msg(
                "summary-dialect",
                delimiter=delimiter_name(intake.dialect.delimiter),
                terminator=line_ending_name(intake.dialect.line_terminator),
            )
        )
    if intake.workbook is not None:
        book = intake.workbook
        lines.append(
            "  " + msg("summary-workbook", sheet=book.sheet, count=counted("count-sheets", len(book.sheets)))
        )
        if book.other_contact_sheets:
            others = ", ".join(f"„{name}“" for name in book.other_contact_sheets)
            lines.append("  " + msg("summary-workbook-others", sheets=others))
        if book.number_formats:
            formats = "; ".join(
                msg(
                    "summary-workbook-format",
                    column=f.column,
                    format=f.format,
                    cells=format_number(f.cells),
                    stored=f.stored,
                    shown=f.shown,
                )
                for f in book.number_formats
            )
            lines.append("  " + msg("summary-workbook-formats", formats=formats))
    if intake.preamble is not None:
        kind = "datev" if intake.preamble.kind == "datev" else "title"
        label = msg(f"preamble-{kind}", lines=intake.preamble.lines)
        lines.append("  " + msg("summary-preamble", label=label, text=intake.preamble.text))
    if result.columns and all(c.target is None for c in result.columns):
        # the warning's value is the line that holds the headers, when one above does
        # (importer.columns._none_mapped)
        above = next(
            (i.value for i in result.issues if i.code == "columns-none-mapped" and (i.value or "").isdigit()),
            None,
        )
        key = "summary-none-mapped" if above is None else "summary-none-mapped-above"
        lines.append("  " + msg(key, count=len(result.columns), line=above))
    lines.append(
        "  "
        + msg(
            "summary-rows",
            read=result.rows_read,
            uploaded=result.rows_uploaded,
            rejected=result.rows_rejected,
        )
    )
    lines.extend(_round_line(result))
    counts = result.issue_counts()["by_severity"]
    if counts:
        lines.append(
            "  "
            + msg(
                "summary-issues",
                errors=counted("count-errors", counts.get("error", 0)),
                warnings=counted("count-warnings", counts.get("warning", 0)),
                fixes=counted("count-fixes", counts.get("fix", 0)),
            )
        )
    options = fix_options(result)
    if options:
        command = " ".join(["lexoffice-import check", _quoted(str(intake.path)), *options])
        lines.append("  " + msg("summary-fix-options", command=command))
    lines.extend(_next_round_line(result))
    lines.append("  " + msg("summary-outputs"))
    lines.extend(f"    {path}" for path in result.outputs.paths())
    return "\n".join(lines)


def _round_line(result: CheckResult) -> list[str]:
    """The correction round and the balance across rounds (from round 2 on; none without context)."""
    found = result.round
    if found.get("uploads_replaced"):
        return ["  " + msg("round-uploads-replaced", files=", ".join(found["uploads_replaced"]))]
    if found.get("context_missing"):
        return ["  " + msg("html-round-context-missing")]
    if int(found.get("number") or 1) < 2:
        return []
    balance = found.get("accounting") or {}
    text = msg(
        "summary-round",
        round=found["number"],
        stem=found.get("stem"),
        corrected=counted("count-corrected-rows", int(found.get("rows_corrected", 0))),
        uploaded=result.rows_uploaded,
        rejected=result.rows_rejected,
        total=sum(balance.get("uploaded_per_round") or []),
        original=balance.get("rows_original", 0),
    )
    taken = found.get("settings_taken") or []
    if taken:
        return ["  " + text, "  " + msg("round-settings-taken", options=" ".join(taken))]
    return ["  " + text]


def _next_round_line(result: CheckResult) -> list[str]:
    """How to go on with the rejected rows: the exact command of the next correction round."""
    rejected = result.outputs.rejected
    if rejected is None:
        return []
    command = f"lexoffice-import check {_quoted(str(rejected))}"
    return ["  " + msg("summary-round-next", rejected=rejected.name, command=command)]


def _quoted(path: str) -> str:
    """``path`` as typed in a shell: in double quotes when it holds spaces or special characters."""
    return path if shlex.quote(path) == path else '"' + path.replace('"', '\\"') + '"'
