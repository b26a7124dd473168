"""The short German summary ``check`` prints for a person (``--json`` prints the report instead)."""

from __future__ import annotations

from pathlib import Path

from importer.choices import Kind
from importer.fileio import shown_name
from importer.messages import (
    counted,
    delimiter_name,
    format_number,
    format_size,
    line_ending_name,
    msg,
    shell_arg,
    shell_quoted,
)
from importer.report import fix_options
from importer.result import DEFAULT_MAX_INPUT, UPLOAD_LIMIT, CheckOptions, CheckResult, delimiter_option


def render_summary(result: CheckResult, options: CheckOptions | None = None) -> str:
    """A few lines: verdict, file facts, row counts, findings and where the outputs are.

    ``options``: the run's own, repeated in the command line of the tip (:func:`given_args`)."""
    intake = result.intake
    share = round(100 * intake.size / UPLOAD_LIMIT)
    lines = [
        f"{shown_name(intake.path)}: {msg('verdict-' + result.verdict)}",
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
        if any(i.code == "header-missing" for i in result.issues):
            key = "summary-none-mapped-no-header"  # no header row further down: a --map helps
        dialect = intake.dialect
        if dialect is not None and dialect.assumed and dialect.likely is not None:
            # read as one column, and another character cuts it (the 40th real-export round:
            # "#" sent the user to --header-row)
            key = "summary-none-mapped-delimiter"
        lines.append(
            "  "
            + msg(
                key,
                count=len(result.columns),
                line=above,
                likely=delimiter_name(dialect.likely) if dialect and dialect.likely else "",
                option=delimiter_option(dialect.likely) if dialect and dialect.likely else "",
            )
        )
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
    fixes = fix_options(result)
    again = _checked_again(result)
    if fixes and again is not None:
        given = given_args(options) if options is not None else []
        command = " ".join(["lexoffice-import check", shell_arg(str(again)), *given, *fixes])
        lines.append("  " + msg("summary-fix-options", command=command))
    lines.extend(_next_round_line(result))
    lines.append("  " + msg("summary-outputs"))
    lines.extend(f"    {shown_name(path)}" for path in result.outputs.paths())
    return "\n".join(lines)


def _checked_again(result: CheckResult) -> Path | None:
    """The file a tip's options apply to: the input; in a correction round whose upload holds
    contacts, the round's rejected file instead (the round is done: checking its input again
    is refused), and none when no row is left to check (found by the hostile session)."""
    if int(result.round.get("number") or 1) < 2 or not result.rows_uploaded:
        return result.intake.path
    return result.outputs.rejected


def _round_line(result: CheckResult) -> list[str]:
    """The correction round and the balance across rounds (from round 2 on; none without context)."""
    found = result.round
    if found.get("uploads_replaced"):
        key = "round-uploads-replaced-settings" if found.get("uploads_replaced_by") == "settings" else None
        return ["  " + msg(key or "round-uploads-replaced", files=", ".join(found["uploads_replaced"]))]
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
    missing = balance.get("rows_missing") or []
    if missing:  # in no output of any round (found by the hostile session: only "1 Warnung" said so)
        shown = ", ".join(map(str, missing[:20])) + (" …" if len(missing) > 20 else "")
        key = "summary-round-missing-one" if len(missing) == 1 else "summary-round-missing"
        text += msg(key, count=len(missing), rows=shown)
    taken = found.get("settings_taken") or []
    if taken:
        return ["  " + text, "  " + msg("round-settings-taken", options=" ".join(taken))]
    return ["  " + text]


def _next_round_line(result: CheckResult) -> list[str]:
    """How to go on with the rejected rows: the exact command of the next correction round."""
    rejected = result.outputs.rejected
    if rejected is None:
        return []
    command = f"lexoffice-import check {shell_arg(str(rejected))}"
    return ["  " + msg("summary-round-next", rejected=rejected.name, command=command)]


def given_args(options: CheckOptions) -> list[str]:
    """The options of a run as typed on the command line, for a tip to check again with one more:
    the tip that left out the user's own ``--map``, ``--sheet`` or ``--out`` checked another
    sheet, lost the columns mapped by hand or wrote elsewhere (found by the hostile session on
    hand-made sheets). ``--save-mapping`` is left out (it would write the file again)."""
    args: list[str] = []
    if options.out_dir is not None:
        args += ["--out", shell_quoted(str(options.out_dir))]
    for flag, value in (
        ("--encoding", options.encoding),
        (
            "--delimiter",
            None if options.delimiter is None else "tab" if options.delimiter == "\t" else options.delimiter,
        ),
        ("--sheet", options.sheet),
        ("--header-row", None if options.header_row is None else str(options.header_row)),
        ("--catalog", None if options.catalog is None else str(options.catalog)),
        ("--mapping", None if options.mapping_file is None else str(options.mapping_file)),
    ):
        if value is not None:
            args += [flag, shell_quoted(value)]
    for source, target in options.manual_map.items():
        args += ["--map", shell_quoted(f"{source}={target or ''}")]
    if options.max_input != DEFAULT_MAX_INPUT:
        args += ["--max-input-size", str(options.max_input)]
    if options.kind is not Kind.AUTO:
        args += ["--kind", "kunden" if options.kind is Kind.CUSTOMERS else "lieferanten"]
    for flag, value, default in (
        ("--output-encoding", options.output_encoding, "utf-8"),
        ("--renumber", None if options.renumber is None else str(options.renumber), None),
        ("--phone-format", options.phone_format, None),
        ("--company-person", options.company_person, "contact"),
        ("--inactive", options.inactive, "upload"),
        ("--lang", options.lang, "de"),
    ):
        if value is not None and value != default:
            args += [flag, value]
    args += [flag for flag, on in (("--mask", options.mask), ("--no-html", not options.html)) if on]
    return args
