"""The whole ``check`` job as one library call: :func:`check_file` returns a :class:`CheckResult`.

intake → header mapping → cleaning and fixes → validation → upload, rejected and unmapped
files → JSON (and HTML) report. The click command only renders the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importer.errors import ConfigurationError
from importer.exitcodes import ExitCode
from importer.intake import DEFAULT_MAX_INPUT, Intake, read_contacts
from importer.issues import IssueList
from importer.messages import msg
from importer.model import ColumnMapping


@dataclass(frozen=True)
class CheckOptions:
    """Everything ``check`` can be told; the defaults are what the command line uses."""

    out_dir: Path | None = None
    encoding: str | None = None
    delimiter: str | None = None
    max_input: int = DEFAULT_MAX_INPUT
    #: ``--catalog FILE``: extends or replaces the shipped catalog.
    catalog: Path | None = None
    #: ``--map SOURCE=TARGET`` (already parsed) and ``--mapping FILE`` (merged; --map wins).
    manual_map: dict[str, str | None] = field(default_factory=dict)
    mapping_file: Path | None = None
    save_mapping: Path | None = None
    #: ``--kind``: ``auto`` (by the number columns), ``customers`` or ``suppliers``.
    kind: str = "auto"
    output_encoding: str = "utf-8"
    #: ``--renumber``: None, ``clear`` or ``offset:N``.
    renumber: str | None = None
    html: bool = True
    mask: bool = False
    lang: str = "de"
    write_files: bool = True


@dataclass(frozen=True)
class UploadFile:
    """One written upload file (a part, when the result had to be split)."""

    path: Path
    role: str
    rows: int
    bytes: int
    encoding: str

    def to_dict(self) -> dict[str, Any]:
        """The ``outputs.upload`` entry."""
        return {
            "path": str(self.path),
            "role": self.role,
            "rows": self.rows,
            "bytes": self.bytes,
            "encoding": self.encoding,
        }


@dataclass
class Outputs:
    """The files a run wrote."""

    report_json: Path
    upload: list[UploadFile] = field(default_factory=list)
    rejected: Path | None = None
    unmapped: Path | None = None
    report_html: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        """The report's ``outputs`` object."""
        return {
            "upload": [u.to_dict() for u in self.upload],
            "rejected": None if self.rejected is None else str(self.rejected),
            "unmapped": None if self.unmapped is None else str(self.unmapped),
            "report_html": None if self.report_html is None else str(self.report_html),
            "report_json": str(self.report_json),
        }


@dataclass
class CheckResult:
    """What ``check`` found and wrote for one input file."""

    intake: Intake
    columns: list[ColumnMapping]
    #: The findings; a sequence of :class:`Issue` records kept in columns (see :mod:`importer.issues`).
    issues: IssueList
    outputs: Outputs
    rows_read: int
    rows_uploaded: int
    rows_rejected: int
    settings: dict[str, Any] = field(default_factory=dict)
    accounting: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> ExitCode:
        """0 when every row is ready, 1 when rows were rejected or warnings need reading."""
        return ExitCode.NEEDS_ATTENTION if self.issues.needs_attention() else ExitCode.READY

    @property
    def verdict(self) -> str:
        """``ready`` or ``attention`` (``unusable`` never reaches a result: it raises)."""
        return "ready" if self.exit_code is ExitCode.READY else "attention"

    def rows_dict(self) -> dict[str, int]:
        """The report's ``rows`` object."""
        return {
            "read": self.rows_read,
            "uploaded": self.rows_uploaded,
            "rejected": self.rows_rejected,
            "blank_skipped": self.intake.table.blank_records,
        }

    def issue_counts(self) -> dict[str, dict[str, int]]:
        """Number of findings per code, and per severity."""
        return self.issues.counts()

    def to_report(self) -> dict[str, Any]:
        """The JSON report, version 1, as plain JSON-ready data (``issues`` as a list of dicts)."""
        from importer.report import build_report

        return build_report(self)

    def report_document(self) -> dict[str, Any]:
        """The same report with ``issues`` kept columnar, for writing large reports cheaply."""
        from importer.report import build_report

        return build_report(self, columnar=True)


def output_dir(path: Path, options: CheckOptions) -> Path:
    """Where the outputs of ``path`` go: ``--out`` or the input's own folder."""
    out = options.out_dir if options.out_dir is not None else path.parent
    if out.exists() and not out.is_dir():
        raise ConfigurationError(msg("usage-out-not-dir", path=out))
    return out


def column_stats(intake: Intake) -> list[ColumnMapping]:
    """One entry per source column, in file order, with its count of non-empty values."""
    from importer.stages import filled

    frame = intake.table.frame
    names = intake.table.columns + intake.table.extra_columns
    if not names:
        return []
    counts = frame.select(filled(name).sum().alias(name) for name in names).row(0)
    originals = intake.table.original_headers
    return [
        ColumnMapping(
            index=i,
            source=name,
            target=None,
            method="unmapped",
            score=0.0,
            non_empty=int(count),
            original=originals[i] if i < len(originals) else None,
        )
        for i, (name, count) in enumerate(zip(names, counts, strict=True))
    ]


def check_file(path: Path, options: CheckOptions | None = None) -> CheckResult:
    """Run the whole check on one file; raise :class:`importer.errors.ImporterError` when it cannot run.

    Nothing is written unless the run completes: outputs are rendered in memory first and
    then written atomically, the JSON report last.
    """
    from importer.messages import language

    options = options or CheckOptions()
    with language(options.lang):
        return _check(path, options)


def _check(path: Path, options: CheckOptions) -> CheckResult:
    from importer import stages
    from importer.catalog import load_catalog

    out = output_dir(path, options)
    names = stages.OutputNames.for_input(path, out)
    catalog = load_catalog(options.catalog)
    manual = stages.manual_mapping(options)
    intake = read_contacts(
        path, encoding=options.encoding, delimiter=options.delimiter, max_input=options.max_input
    )
    columns = stages.map_columns(intake, column_stats(intake), catalog, manual, options.kind)
    run = stages.process(stages.working_frame(intake, columns, catalog), intake, columns, catalog, options)
    outputs, files = stages.render_outputs(run, intake, columns, catalog, names, options)
    result = CheckResult(
        intake=intake,
        columns=columns,
        issues=run.issues,
        outputs=outputs,
        rows_read=intake.table.records,
        rows_uploaded=run.rows_uploaded,
        rows_rejected=run.rows_rejected,
        settings=stages.settings_dict(catalog, options),
        accounting=run.accounting,
    )
    if options.write_files:
        stages.write_outputs(result, files, names, catalog, options)
    return result


def map_file(path: Path, options: CheckOptions | None = None) -> list[ColumnMapping]:
    """Only the intake and mapping stages: the ``map`` command's result."""
    from importer import stages
    from importer.catalog import load_catalog

    options = options or CheckOptions()
    catalog = load_catalog(options.catalog)
    manual = stages.manual_mapping(options)
    intake = read_contacts(
        path, encoding=options.encoding, delimiter=options.delimiter, max_input=options.max_input
    )
    return stages.map_columns(intake, column_stats(intake), catalog, manual, options.kind)
