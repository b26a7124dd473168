"""The records a run passes down the house and returns: options in, state between stages, result out.

Every stage takes what it needs from these records and returns a new one; none rewrites the
record of another stage. They sit low in the house so that every stage can use them, and they
import no stage: the JSON report (:mod:`importer.report`) is built *from* a :class:`CheckResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from importer.catalog import Catalog
from importer.choices import OUTPUT_ENCODINGS, Kind, Renumber
from importer.encoding import CANDIDATES, MIXED_DECODER
from importer.errors import ConfigurationError
from importer.exitcodes import ExitCode
from importer.issues import IssueList
from importer.messages import delimiter_name, msg, shell_arg
from importer.model import ColumnMapping, Dialect, EncodingInfo, Issue, Table
from importer.rules import finding

if TYPE_CHECKING:
    import polars as pl

#: Tells the header row among a table's first lines (cut into fields) by its names: its index.
HeaderFinder = Callable[[Sequence[Sequence[str]]], int]

#: lexoffice's upload limit, "2 MB", taken in the stricter reading.
UPLOAD_LIMIT: Final = 2_000_000
#: Inputs above this are refused before being read (``--max-input-size``).
DEFAULT_MAX_INPUT: Final = 200_000_000
#: How a delimiter is written after ``--delimiter`` on the command line.
_OPTION_VALUES: Final = {";": "';'", ",": "','", "|": "'|'", "#": "'#'", "\t": "tab"}


def delimiter_option(delimiter: str) -> str:
    """``delimiter`` as the value of ``--delimiter`` on a command line (``';'``, ``tab``, ``'~'``)."""
    return _OPTION_VALUES.get(delimiter) or shell_arg(delimiter)


# --- options ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckOptions:
    """Everything ``check`` can be told, already parsed; the defaults are what the command line uses."""

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
    kind: Kind = Kind.AUTO
    output_encoding: str = "utf-8"
    renumber: Renumber | None = None
    #: ``--sheet NAME|N``: the workbook sheet to read (default: the one whose headers map best).
    sheet: str | None = None
    #: ``--header-row N``: the line (CSV) or sheet row (workbook) of the headers, found by itself
    #: otherwise (below a title block, or the first of the first lines that map to lexoffice).
    header_row: int | None = None
    #: ``--phone-format``: ``e164`` or ``national`` rewrites valid phone numbers; None leaves them.
    phone_format: str | None = None
    #: ``--company-person``: ``contact`` (a company row's own Anrede, Vorname and Nachname become
    #: its contact person) or ``keep``.
    company_person: str = "contact"
    #: ``--inactive``: ``upload`` (a row a column marks as out of use is uploaded with a warning)
    #: or ``reject`` (it goes to the rejected file).
    inactive: str = "upload"
    html: bool = True
    mask: bool = False
    #: The run's language: set once, by :func:`importer.pipeline.check_file`.
    lang: str = "de"
    write_files: bool = True
    #: The caller keeps track of its inputs and of the upload files downloaded (the web page,
    #: which offers only the rows new since: ``….neu.csv``). Then a correction round may be checked
    #: again while its upload file holds contacts, the original input again after correction
    #: rounds, and an input may replace the outputs of another of the same name; on the command
    #: line each is refused (the user may have uploaded those files).
    managed_session: bool = False
    #: False: the file's and sheet's names say nothing about the rows' role (the web page's
    #: corrected copy, named for the upload: the upload's own check read its name or sheet, and
    #: that decision comes as ``kind``).
    role_by_name: bool = True
    #: The options the user gave (``kind``, ``output_encoding``, ``phone_format``, ``renumber``,
    #: ``company_person``, ``inactive``), even with their default value: a correction round takes over the
    #: earlier round's value only for the others.
    given: frozenset[str] = frozenset()
    #: Notes for columns the caller's mapping leaves out, by source (the web page: a column whose
    #: target the user gave another column), in place of "left out on purpose".
    column_notes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Library callers (the web page) may give ``kind`` and ``renumber`` as text, and any
        # ``output_encoding``; they are parsed here, once, before any input is read (the command
        # line parses them with click already).
        object.__setattr__(self, "kind", Kind.parse(self.kind))
        if self.output_encoding not in OUTPUT_ENCODINGS:
            raise ConfigurationError(
                msg("usage-output-encoding", value=self.output_encoding, values=", ".join(OUTPUT_ENCODINGS))
            )
        if isinstance(self.renumber, str):
            try:
                object.__setattr__(self, "renumber", Renumber.parse(self.renumber))
            except ValueError as exc:
                raise ConfigurationError(str(exc)) from None


#: Reasons of a skip that leaves an input unchecked the user meant to check: the run exits 2.
REFUSED_SKIPS: Final = frozenset({"changed-beside-correction", "rival-corrections"})


@dataclass(frozen=True)
class Skipped:
    """A file ``check`` was pointed at (in a folder, or among its files) and did not read, and why."""

    path: Path
    #: ``output``: an output of lexoffice-import, unchanged since it was written; ``upload`` /
    #: ``upload-changed``: an upload file of lexoffice-import, unchanged or changed since (checked
    #: again into its folder it would be a second upload file of the same contacts);
    #: ``unmapped-changed``: the file of unmapped columns, changed since (no contacts to check);
    #: ``output-copy``: an unchanged copy of an output under another name (``source``: the output);
    #: ``other-format``: a spreadsheet or other table file, not CSV text; ``not-regular``: a pipe,
    #: device or broken link; ``subfolder``: a subfolder holding files to check (not read);
    #: ``corrected-in-run``: an input whose corrected rejected file (``source``) the run checks;
    #: ``copy-in-run``: an input with the same bytes as another of the run (``source``).
    #: ``changed-beside-correction``: an input changed since its check, whose earlier version's
    #: corrected rejected file (``source``) the run checks: not checked (the run exits 2).
    #: ``rival-corrections``: one of two corrected files of the same earlier round (``source``:
    #: another): neither is checked (the run exits 2).
    reason: str
    #: For ``output``: the input it was written for, where the manifest records it.
    source: Path | None = None


# --- intake -------------------------------------------------------------------------------


class RawInput:
    """The bytes of one input, handed to the one reader that reads them.

    The reader :meth:`take` s them, so that a 100 MB input is not held a second time while it
    is decoded and parsed.
    """

    __slots__ = ("_data", "path", "size")

    def __init__(self, data: bytes, path: str) -> None:
        self._data: bytes | None = data
        #: The input's path as shown in messages.
        self.path = path
        self.size = len(data)

    def peek(self) -> bytes:
        """The bytes, still held here (for a look at the format)."""
        if self._data is None:
            raise RuntimeError("the input's bytes were already taken by a reader")
        return self._data

    def take(self) -> bytes:
        """The bytes; this object no longer holds them."""
        data = self.peek()
        self._data = None
        return data


@dataclass(frozen=True, slots=True)
class Preamble:
    """Lines above the real header that the reader skipped."""

    lines: int
    #: ``datev`` (DATEV's EXTF/DTVF format line) or ``title`` (titles, blank lines).
    kind: str
    #: The skipped lines as they were (without line breaks): kept in the report, so none is lost.
    texts: tuple[str, ...]

    @property
    def text(self) -> str:
        """The first skipped line that is not blank: what the summary shows."""
        return next((t.strip() for t in self.texts if t.strip()), "")

    def to_dict(self) -> dict[str, Any]:
        """The report's ``preamble`` object."""
        return {"lines": self.lines, "kind": self.kind, "text": list(self.texts)}


@dataclass(frozen=True)
class NumberFormat:
    """A column's whole numbers that a workbook shows through a number format (``00000``), read as shown."""

    column: str
    #: The format code ("00000", '"K-"00000').
    format: str
    #: Cells read through it.
    cells: int
    #: The first such cell: the number stored and the text shown.
    stored: str
    shown: str

    def to_dict(self) -> dict[str, Any]:
        """One entry of the report's ``workbook.number_formats``."""
        return {
            "column": self.column,
            "format": self.format,
            "cells": self.cells,
            "example": {"stored": self.stored, "shown": self.shown},
        }


@dataclass(frozen=True)
class Workbook:
    """What the workbook reader learnt: which sheet it read, and what else the workbook holds."""

    #: The sheet that was read.
    sheet: str
    #: Every sheet of the workbook, in order.
    sheets: tuple[str, ...]
    #: Other sheets whose header row maps to lexoffice columns (customers on one, suppliers on another).
    other_contact_sheets: tuple[str, ...] = ()
    #: Sheet rows hidden or filtered out, read like the others (see importer.sheets).
    hidden_rows: tuple[int, ...] = ()
    #: Empty columns before the table, dropped.
    leading_empty_columns: int = 0
    #: Whole numbers read as their number format shows them, per column and format.
    number_formats: tuple[NumberFormat, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The report's ``workbook`` object."""
        return {
            "sheet": self.sheet,
            "sheets": list(self.sheets),
            "other_contact_sheets": list(self.other_contact_sheets),
            "hidden_rows": list(self.hidden_rows),
            "leading_empty_columns": self.leading_empty_columns,
            "number_formats": [f.to_dict() for f in self.number_formats],
        }


@dataclass(frozen=True)
class ReadOptions:
    """What a reader is told: the user's encoding, delimiter, sheet and header row, the catalog (to
    pick a sheet), and how to tell the header row by its names (``find_header``)."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    catalog: Catalog | None = None
    #: ``--header-row N``: the line (CSV) or sheet row (workbook) of the headers; no guess then.
    header_row: int | None = None
    #: The first lines below any title block, cut into fields → the index of the header row among
    #: them (:func:`importer.mapping.header_line`); None: the header is where its width says.
    find_header: HeaderFinder | None = None


@dataclass(frozen=True)
class ReadTable:
    """What a reader returns: the table and the facts it learnt on the way."""

    table: Table
    #: Characters of decoded text (CSV) or of all cells (other formats).
    text_chars: int
    encoding: EncodingInfo | None = None
    dialect: Dialect | None = None
    preamble: Preamble | None = None
    workbook: Workbook | None = None


@dataclass
class Intake:
    """Everything the first stage learnt about one input file.

    ``encoding`` and ``dialect`` are facts of the CSV reader; a reader of another format
    leaves them None.
    """

    path: Path
    size: int
    sha256: str
    table: Table
    text_chars: int
    encoding: EncodingInfo | None = None
    dialect: Dialect | None = None
    #: The reader that read the file (:data:`importer.intake.READERS`).
    format: str = "csv"
    #: Lines above the header that were skipped (DATEV's format line, a title).
    preamble: Preamble | None = None
    #: The workbook facts, when the input was a spreadsheet.
    workbook: Workbook | None = None

    @property
    def over_limit(self) -> bool:
        """True when the input itself is larger than lexoffice's 2 MB."""
        return self.size > UPLOAD_LIMIT

    @property
    def issues(self) -> list[Issue]:
        """Findings of the intake stage (header, ragged rows, encoding)."""
        found = list(self.table.issues)
        if self.encoding is not None and self.encoding.decoder == MIXED_DECODER:
            found.insert(0, finding("encoding-mixed", detail=self.encoding.evidence))
        if self.encoding is not None and not self.encoding.confident:
            found.insert(
                0,
                finding(
                    "encoding-uncertain",
                    chosen=self.encoding.name,
                    guess=self.encoding.alternative,
                    detail=self.encoding.evidence.rsplit("; ", 1)[-1],
                    # read in another code page than the Western one, which is the alternative
                    message="encoding-uncertain-switched"
                    if self.encoding.alternative in CANDIDATES
                    else None,
                ),
            )
        if self.dialect is not None and self.dialect.likely is not None:
            found.insert(
                0,
                finding(
                    "delimiter-suspicious",
                    message="delimiter-suspicious-sep"
                    if self.dialect.from_sep_line
                    else "delimiter-suspicious-none"
                    if self.dialect.assumed
                    else None,
                    given=delimiter_name(self.dialect.delimiter),
                    likely=delimiter_name(self.dialect.likely),
                    fields=self.dialect.likely_fields,
                    option=delimiter_option(self.dialect.likely),
                ),
            )
        return found


# --- state between the stages ---------------------------------------------------------------


@dataclass(frozen=True)
class Processed:
    """What the row stage (:mod:`importer.rows`) made of the mapped rows."""

    #: The cleaned rows not rejected: catalog columns, row and line, and the role flags.
    frame: pl.DataFrame
    issues: IssueList
    #: Rows with an error: they go to the rejected file.
    rejected_rows: frozenset[int]
    #: Row, line and the cleaned Kundennummer/Lieferantennummer (those present) of every row,
    #: rejected or not: what the findings of a correction round look at.
    numbers: pl.DataFrame
    #: Columns whose values left the upload (e.g. ``Kundennummer (alt)`` after --renumber clear),
    #: written to the unmapped file.
    moved: dict[str, pl.Series] = field(default_factory=dict)
    #: Source column index → rows whose cell went to the unmapped file instead of an upload file.
    moved_cells: dict[int, frozenset[int]] = field(default_factory=dict)
    #: Rows that are no contact of their own, joined to the contact above (a composite export's
    #: further address): their cells went to that contact's upload or to the unmapped file.
    joined: frozenset[int] = frozenset()


@dataclass(frozen=True)
class RenderedFile:
    """An output rendered in memory, written only when the whole run succeeded."""

    path: Path
    #: The file's bytes, possibly in pieces: rendered ones (a large unmapped file is not joined in
    #: memory) or pieces rendered while they are written (the rejected file, an iterable that can
    #: be iterated again).
    data: bytes | Iterable[bytes | memoryview]


# --- result -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapResult:
    """What ``map`` found: the mapping of every column, and what it rests on."""

    columns: list[ColumnMapping]
    #: The file had no records: the mapping rests on the headers alone (no value was checked).
    header_only: bool = False
    preamble: Preamble | None = None


@dataclass(frozen=True)
class UploadFile:
    """One written upload file (a part, when the result had to be split)."""

    path: Path
    role: str
    rows: int
    bytes: int
    encoding: str
    #: The input's row number of each record, in order (not in the report: a large file's list).
    row_numbers: tuple[int, ...] = field(default=(), repr=False, compare=False)
    #: The filled customer and supplier numbers of its records, by column (the report's round
    #: keeps them: a later round knows them when this file was moved away after its upload).
    numbers: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

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

    def paths(self) -> list[Path]:
        """Every file of the run, in the report's order: upload parts first, the JSON report last."""
        others = (self.rejected, self.unmapped, self.report_html, self.report_json)
        return [u.path for u in self.upload] + [p for p in others if p is not None]

    def to_dict(self) -> dict[str, Any]:
        """The report's ``outputs`` object."""
        return {
            "upload": [u.to_dict() for u in self.upload],
            "rejected": None if self.rejected is None else str(self.rejected),
            "unmapped": None if self.unmapped is None else str(self.unmapped),
            "report_html": None if self.report_html is None else str(self.report_html),
            "report_json": str(self.report_json),
        }


@dataclass(frozen=True)
class Rendered:
    """What the output stage (:mod:`importer.outputs`) rendered, and what rendering found."""

    outputs: Outputs
    files: list[RenderedFile]
    #: All findings of the run, those of the output stage included (row-too-large …).
    issues: IssueList
    #: All rejected rows, those the output stage rejected included.
    rejected_rows: frozenset[int]
    #: Rows written to an upload file.
    uploaded_rows: frozenset[int]


@dataclass(frozen=True)
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
    #: The correction round (:mod:`importer.rounds`): this round, the earlier ones, their accounting.
    round: dict[str, Any] = field(default_factory=dict)

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
