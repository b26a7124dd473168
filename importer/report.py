"""The JSON report, version 1, built from a :class:`CheckResult`: the documented keys stay stable.

More keys may be added. ``encoding`` and ``dialect`` are facts of the CSV reader: null for an
input another reader read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from importer import __version__
from importer.issues import IssueList
from importer.masking import mask_issues
from importer.result import UPLOAD_LIMIT, CheckResult

REPORT_VERSION: Final = 1


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
        "issues": issues if columnar else issues.to_dicts(),
        "issue_counts": result.issue_counts(),
        "outputs": result.outputs.to_dict(),
        "settings": result.settings,
        "accounting": result.accounting,
        "masked": mask,
        "fix_options": fix_options(result),
    }


def fix_options(result: CheckResult) -> list[str]:
    """The options that would fix findings of this run, exactly as typed on the command line.

    ``--encoding NAME`` for an uncertain encoding (the likelier reading), ``--map "SOURCE=TARGET"``
    for each unmapped column with a suggestion, ``--renumber clear`` for customer numbers out of
    range (unless ``--renumber`` was given). The summary and the reports show them.
    """
    by_code = result.issue_counts()["by_code"]
    found: list[str] = []
    encoding = result.intake.encoding
    if "encoding-uncertain" in by_code and encoding is not None and encoding.alternative:
        found.append(f"--encoding {encoding.alternative}")
    found += [
        f'--map "{c.source}={c.suggestion}"'
        for c in result.columns
        if c.target is None and c.suggestion and c.non_empty
    ]
    if "customer-number-range" in by_code and result.settings.get("renumber") is None:
        found.append("--renumber clear")
    return found


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
