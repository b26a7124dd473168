"""The JSON report, version 1, built from a :class:`CheckResult`: the documented keys stay stable.

More keys may be added. ``encoding`` and ``dialect`` are facts of the CSV reader: null for an
input another reader read.

The report stays small however large the input: ``issues`` lists the errors and warnings, at
most :data:`ISSUES_PER_CODE` per code (``issues_omitted`` counts the rest); ``fixes`` lists
each distinct change (code, column, before → after) once, with its count and first rows, at
most :data:`FIX_CHANGES_PER_COLUMN` per code and column (``fixes_omitted`` counts the rest).
``issue_counts`` counts every finding. A 100 MB input wrote a 220 MB report with one record per
finding; now a few MB.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import polars as pl

from importer import __version__
from importer.columns import open_suggestions
from importer.exitcodes import ExitCode
from importer.issues import IssueList
from importer.masking import mask_issues
from importer.messages import msg
from importer.model import Severity
from importer.result import UPLOAD_LIMIT, CheckResult
from schemas.contacts import in_number_range

REPORT_VERSION: Final = 1
#: Errors and warnings listed per code in ``issues``.
ISSUES_PER_CODE: Final = 1_000
#: Distinct changes listed per fix code and column in ``fixes`` (the most frequent first).
FIX_CHANGES_PER_COLUMN: Final = 100
#: Rows (and lines) listed per change in ``fixes``.
FIX_ROWS_PER_CHANGE: Final = 20


def build_report(result: CheckResult, *, columnar: bool = False, mask: bool = False) -> dict[str, Any]:
    """The report as a dict: JSON-ready, or with ``issues`` as the columnar :class:`IssueList`.

    ``mask`` (``--mask``) hides the personal data the findings quote (values, fixed values and
    the quotes in messages), as in the HTML report, so that the report can go to support.
    """
    intake = result.intake
    encoding, dialect = intake.encoding, intake.dialect
    issues = result.issues
    if mask:
        targets = {c.source: c.target for c in result.columns if c.target}
        issues = mask_issues(issues, targets)
    listed, omitted = attention_issues(issues)
    fixes, fixes_omitted = fix_changes(issues)
    return {
        "version": REPORT_VERSION,
        "tool": {"name": "lexoffice-import", "version": __version__},
        "verdict": result.verdict,
        "exit_code": int(result.exit_code),
        "input": {
            "path": str(intake.path),
            "bytes": intake.size,
            "sha256": intake.sha256,
            "format": intake.format,
        },
        "size": {"bytes": intake.size, "limit": UPLOAD_LIMIT, "over_limit": intake.over_limit},
        "encoding": None
        if encoding is None
        else {
            "name": encoding.name,
            "bom": encoding.bom,
            "evidence": encoding.evidence,
            "confident": encoding.confident,
            "alternative": encoding.alternative,
        },
        "dialect": None
        if dialect is None
        else {
            "delimiter": dialect.delimiter,
            "quotechar": dialect.quotechar,
            "line_terminator": dialect.line_terminator,
            "evidence": dialect.evidence,
        },
        "preamble": None if intake.preamble is None else intake.preamble.to_dict(),
        "workbook": None if intake.workbook is None else intake.workbook.to_dict(),
        "rows": result.rows_dict(),
        "columns": [c.to_dict() for c in result.columns],
        "issues": listed if columnar else listed.to_dicts(),
        "issues_omitted": omitted,
        "fixes": fixes,
        "fixes_omitted": fixes_omitted,
        "issue_counts": result.issue_counts(),
        "outputs": result.outputs.to_dict(),
        "settings": result.settings,
        "accounting": result.accounting,
        "round": result.round,
        "masked": mask,
        "fix_options": fix_options(result),
    }


def fix_options(result: CheckResult) -> list[str]:
    """The options that would fix findings of this run, exactly as typed on the command line.

    ``--encoding NAME`` for an uncertain encoding (the likelier reading), ``--map "SOURCE=TARGET"``
    for each unmapped column with a suggestion no other column fills, ``--renumber clear`` for
    customer or supplier numbers out of range (unless ``--renumber`` was given), ``--inactive reject``
    for contacts a column marks as out of use. The summary and the reports show them.
    """
    by_code = result.issue_counts()["by_code"]
    found: list[str] = []
    encoding = result.intake.encoding
    if "encoding-uncertain" in by_code and encoding is not None and encoding.alternative:
        found.append(f"--encoding {encoding.alternative}")
    # A header broken over lines in a spreadsheet is typed on one line (--map finds it so).
    found += [
        f'--map "{" ".join(c.source.split())}={c.suggestion}"' for c in open_suggestions(result.columns)
    ]
    out_of_range = "customer-number-range" in by_code or "supplier-number-range" in by_code
    if out_of_range and result.settings.get("renumber") is None and not _other_role_numbers(result):
        found.append("--renumber clear")
    if "contact-inactive" in by_code:
        found.append("--inactive reject")
    return found


def _other_role_numbers(result: CheckResult) -> bool:
    """Whether an out-of-range number lies within the other role's range (70001 as Kundennummer):
    clearing it (``--renumber clear``) would file a supplier as a customer, so it is no tip."""
    ranges = {
        "customer-number-range": result.settings.get("supplier_number_range"),
        "supplier-number-range": result.settings.get("customer_number_range"),
    }
    frame = result.issues.frame
    for code, other in ranges.items():
        if not other:
            continue
        within = (pl.col("code") == code) & in_number_range(pl.col("value").str.strip_chars(), *other)
        if frame.select(within.fill_null(False).any()).item():
            return True
    return False


def failure_report(path: Path | None, message: str, exit_code: int) -> dict[str, Any]:
    """The stand-in report of an input that could not be checked: which, why, and the exit code.

    ``verdict`` is ``unusable`` for an unusable input (exit 3), ``error`` for any other reason
    (an output in the way, the environment). ``path`` None: the run failed before any input.
    """
    return {
        "version": REPORT_VERSION,
        "tool": {"name": "lexoffice-import", "version": __version__},
        "verdict": "unusable" if exit_code == 3 else "error",
        "exit_code": exit_code,
        "input": None if path is None else {"path": str(path)},
        "error": message,
    }


def not_checked_report(path: Path | None, exit_code: int = ExitCode.INTERRUPTED) -> dict[str, Any]:
    """The stand-in report of an input not checked because the run was stopped (Ctrl-C: 130,
    SIGTERM or SIGHUP: 143)."""
    return failure_report(path, msg("not-checked-interrupted"), int(exit_code))


def attention_issues(issues: IssueList) -> tuple[IssueList, dict[str, int]]:
    """The errors and warnings, in order, at most :data:`ISSUES_PER_CODE` per code; and per code how
    many more there are (the report's ``issues`` and ``issues_omitted``)."""
    frame = issues.frame.filter(pl.col("severity") != Severity.FIX.value)
    numbered = pl.int_range(pl.len()).over("code")
    omitted = frame.filter(numbered >= ISSUES_PER_CODE).get_column("code").value_counts(sort=True)
    return IssueList(frame.filter(numbered < ISSUES_PER_CODE)), {
        str(code): int(n) for code, n in sorted(omitted.iter_rows())
    }


def fix_changes(issues: IssueList) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The fixes, one entry per distinct change, and what is left out (``fixes``, ``fixes_omitted``).

    A change is (code, column, value before, value after, message: it names the source of a
    split or a merge); it lists how many cells it changed and the first
    :data:`FIX_ROWS_PER_CHANGE` rows and lines.
    Per code and column the :data:`FIX_CHANGES_PER_COLUMN` most frequent changes are listed
    (by code, column, count, first row); the others are counted per code and column.
    """
    fixes = issues.frame.filter(pl.col("severity") == Severity.FIX.value)
    changes = (
        fixes.group_by("code", "column", "value", "fixed_value", "message", maintain_order=True)
        .agg(
            pl.len().alias("count"),
            pl.col("row").head(FIX_ROWS_PER_CHANGE).alias("rows"),
            pl.col("line").head(FIX_ROWS_PER_CHANGE).alias("lines"),
        )
        .sort(
            ["code", "column", "count", pl.col("rows").list.first()],
            descending=[False, False, True, False],
            nulls_last=False,
            maintain_order=True,
        )
        .with_columns(pl.int_range(pl.len()).over("code", "column").alias("rank"))
    )
    listed = changes.filter(pl.col("rank") < FIX_CHANGES_PER_COLUMN).select(
        "code", "column", "value", "fixed_value", "count", "rows", "lines", "message"
    )
    omitted = (
        changes.filter(pl.col("rank") >= FIX_CHANGES_PER_COLUMN)
        .group_by("code", "column", maintain_order=True)
        .agg(pl.len().alias("changes"), pl.col("count").sum().alias("cells"))
    )
    return listed.to_dicts(), omitted.to_dicts()


def dump_chunks(report: dict[str, Any]) -> Iterator[str]:
    """The report as JSON text in pieces: one top-level key per line, one column or issue per line.

    Readable with ``less`` and ``grep``, and cheap: lines are encoded by json's C encoder or, for
    columnar findings, by polars, and written piece by piece.
    """
    yield "{\n"
    last = len(report) - 1
    for n, (key, value) in enumerate(report.items()):
        name = json.dumps(key, ensure_ascii=False)
        end = ",\n" if n < last else "\n"
        if isinstance(value, IssueList):
            lines = value.json_lines()
        elif isinstance(value, list) and value:
            lines = (json.dumps(v, ensure_ascii=False) for v in value)
        else:
            yield f"  {name}: {json.dumps(value, ensure_ascii=False)}{end}"
            continue
        first = True
        for line in lines:
            yield (f"  {name}: [\n    " if first else ",\n    ") + line
            first = False
        yield (f"  {name}: []" if first else "\n  ]") + end
    yield "}\n"


def dumps(report: dict[str, Any] | list[dict[str, Any]]) -> str:
    """Serialise a report (or a list of them) the way it is written to disk and stdout."""
    if isinstance(report, list):
        return "[\n" + ",\n".join(dumps(r).rstrip("\n") for r in report) + "\n]\n"
    return "".join(dump_chunks(report))
