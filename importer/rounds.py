"""Correction rounds: the tool's own rejected file, corrected by the user and checked again.

A rejected file starts with the tool's two columns (``Zeile``, ``Ablehnungsgrund``; ``Row``,
``Reason`` in English). Its signature is the earlier run's JSON report beside it: the manifest
names the set the file was written for (or, when the manifest lost it, the name
``<stem>.rejected.csv`` does), and that set's report lists the file as its ``outputs.rejected``.

Such a file is read back exactly (:func:`read_back`): the apostrophe the tool put before a cell
starting with ``= + - @`` TAB or CR is removed (only that one), the reason column is no data, and
each row keeps the row number of the original file. It is then validated in the context of all
earlier rounds (:func:`context_issues`): a customer or supplier number already in an earlier
upload file is a duplicate, and a row uploaded in an earlier round is never accepted again.
The report's ``round`` object (:func:`round_report`) carries what the next round needs. A round's
rejected file checked again once a later round builds on it is refused (:func:`refuse_superseded`).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import glob
import io
import json
import os
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import polars as pl

from importer.choices import OUTPUT_ENCODINGS, Kind, Renumber
from importer.errors import ConfigurationError
from importer.fileio import Manifest, file_digest
from importer.formulas import SPREADSHEET_DATE, WITH_GUARD, guarded, spreadsheet_date
from importer.frame import LINE, ROW, filled
from importer.issues import IssueList
from importer.messages import REJECTED_OWN_COLUMNS, delimiter_name, msg, shell_arg
from importer.model import MANUAL_TARGET, Issue, Severity, Table
from importer.result import CheckOptions, Intake, Processed, UploadFile
from importer.rows import CONTACT_KEY
from importer.rules import finding

#: The upload columns whose numbers must be unique across rounds, and their finding codes.
NUMBER_COLUMNS: Final = {"Kundennummer": "customer", "Lieferantennummer": "supplier"}
_REJECTED_SUFFIX: Final = ".rejected.csv"
_ROUND_INFIX: Final = ".korrektur-"


@dataclass(frozen=True)
class Round:
    """Which round a run is, and what the earlier rounds left."""

    #: 1 for an ordinary file; 2, 3 … for a corrected rejected file.
    number: int = 1
    #: The rows of this file (their original row numbers) when it is a rejected file read back.
    rows_corrected: int = 0
    #: The earlier round's report (None: round 1, or the context is missing).
    previous_report: Path | None = None
    #: The earlier round's ``round`` object.
    previous: Mapping[str, Any] | None = None
    #: A rejected file of the tool whose earlier report could not be found.
    context_missing: bool = False
    #: Upload column → number → (round, file name) of every earlier upload file.
    numbers_before: Mapping[str, Mapping[str, tuple[int, str]]] = dataclasses.field(default_factory=dict)
    #: A contact's key (:func:`contact_key`) → (round, file name) of every earlier upload file.
    contacts_before: Mapping[str, tuple[int, str]] = dataclasses.field(default_factory=dict)
    #: Earlier upload files that could not be read (uploaded numbers unknown).
    unreadable: tuple[str, ...] = ()
    #: Earlier upload files that could not be read, whose numbers their round's report keeps
    #: (counted in :attr:`numbers_before`; their contacts without a number are unknown).
    numbers_kept: tuple[str, ...] = ()
    #: Records without a valid row number of the original file: row given here → (line, text).
    unnumbered: Mapping[int, tuple[int, str]] = dataclasses.field(default_factory=dict)
    #: The earlier round's options this round took over (as typed: ``--kind lieferanten`` …).
    settings_taken: tuple[str, ...] = ()
    #: Another input with the same content whose upload files are in the output folder already.
    twin: str | None = None
    #: ``twin`` is this very file, checked into the folder before under another name (a batch's
    #: ``a-kunden``, now ``kunden``).
    twin_is_self: bool = False
    #: The upload files (with their contacts) of this input's earlier check, of other content:
    #: replaced by this run (a note: if they were uploaded, the new ones hold the contacts again).
    replaced: tuple[str, ...] = ()
    #: What made them differ: ``input`` (another version of it) or ``settings`` (the same input
    #: checked with other options or another mapping, such as the tip's ``--renumber clear``).
    replaced_by: str = "input"
    #: The upload files of the earlier check changed by hand since: kept (never replaced), so
    #: they stand beside the new ones with old contacts ("name (n Kontakte)" each).
    kept: tuple[str, ...] = ()
    #: ``--kind`` given in this correction round against the earlier rounds' sets: (the sets the
    #: earlier round filed its contacts in, as words; this round's :class:`Kind` value), or None.
    kind_changed: tuple[str, str] | None = None
    #: Columns of the earlier round's rejected file (with values in the input) that this
    #: corrected file no longer has: deleted in the spreadsheet, their values lost.
    columns_deleted: tuple[str, ...] = ()
    #: Upload column → number → (the contact's name case-folded, file) of the upload files of
    #: the folder's other inputs (round 1 only; :func:`with_twin`).
    elsewhere: Mapping[str, Mapping[str, tuple[str, str]]] = dataclasses.field(default_factory=dict)

    @property
    def stem(self) -> str | None:
        """The original input's stem, which every round's outputs start with."""
        return None if self.previous is None else str(self.previous["stem"])

    def output_stem(self) -> str | None:
        """``<stem>.korrektur-<N-1>``, or None for a round whose outputs keep their usual names."""
        return None if self.stem is None else f"{self.stem}{_ROUND_INFIX}{self.number - 1}"

    @property
    def uploaded_before(self) -> frozenset[int]:
        """Original rows uploaded in an earlier round."""
        return frozenset() if self.previous is None else expand(self.previous["rows_uploaded_all"])


def ranges(rows: Set[int]) -> list[list[int]]:
    """``{2, 3, 4, 9}`` as ``[[2, 4], [9, 9]]``: row sets in the report that do not grow with every row."""
    found: list[list[int]] = []
    for row in sorted(rows):
        if found and found[-1][1] == row - 1:
            found[-1][1] = row
        else:
            found.append([row, row])
    return found


def expand(spans: object) -> frozenset[int]:
    """The rows of :func:`ranges`' spans."""
    rows: set[int] = set()
    if isinstance(spans, list):
        for span in spans:
            if isinstance(span, list) and len(span) == 2:
                rows.update(range(int(span[0]), int(span[1]) + 1))
    return frozenset(rows)


def is_rejected_file(table: Table, path: Path | None = None) -> bool:
    """True when the table is the tool's rejected file (:func:`own_columns`)."""
    return own_columns(table, path) is not None


def own_columns(table: Table, path: Path | None = None) -> tuple[int, int | None] | None:
    """The positions of the rejected file's row and reason columns, or None when it is none.

    The tool writes them first. A user may move them, or delete the reason column once the
    rows are corrected: both columns elsewhere, or the row column alone, still make a rejected
    file when it is named ``….rejected.csv`` or a report in its folder wrote it (``path``): read
    as an ordinary file its duplicate numbers would go unnoticed. Without that, columns of those
    names elsewhere are the file's own (a CRM's "Row" and "Reason": the thirty-fourth hostile
    round found the reasons in no output and a row rejected as unknown to an earlier round).
    """
    headers = list(table.original_headers)
    if len(headers) >= 2 and tuple(headers[:2]) in REJECTED_OWN_COLUMNS:
        return 0, 1
    for row_name, reason_name in REJECTED_OWN_COLUMNS:
        if headers.count(row_name) != 1 or len(headers) < 2:
            continue
        row = headers.index(row_name)
        reason = headers.index(reason_name) if headers.count(reason_name) == 1 else None
        if path is None or str(path) == "-":
            if reason is not None:
                return row, reason
            continue
        if _named_rejected(path):
            return row, reason
        rest = [h for h in _used_headers(table) if h not in (row_name, reason_name)]
        numbers = table.frame.get_column(table.columns[row]).str.strip_chars()
        rows = frozenset(int(n) for n in numbers.drop_nulls().to_list() if n.isdigit())
        if _rejected_beside(path.parent, rest, rows):
            return row, reason
    return None


def _used_headers(table: Table) -> list[str]:
    """The headers of ``table``, less the blank ones over empty columns (a spreadsheet saves a
    column it once touched: "Zeile;Ablehnungsgrund;…;" with a last empty field)."""
    empty = {
        c
        for c, h in zip(table.columns, table.original_headers, strict=True)
        if not h.strip() and not table.frame.select(filled(c).any()).item()
    }
    return [h for c, h in zip(table.columns, table.original_headers, strict=True) if c not in empty]


def _rejected_beside(folder: Path, headers: list[str], rows: frozenset[int] | None = None) -> bool:
    """True when a report in ``folder`` wrote a rejected file whose data columns are ``headers``
    and whose rejected rows include ``rows`` (None: any; empty: none): a corrected rejected file
    saved under another name without its reason column (found by the hostile session: read as
    a new file, its rows' numbers went into a second upload file). A user's own file with a
    column "Zeile" numbering other rows is none (the hostile re-test)."""
    if rows is not None and not rows:
        return False
    return bool(_rejecting_reports(folder, headers, rows))


def _rejecting_reports(
    folder: Path, headers: list[str], rows: frozenset[int] | None
) -> list[tuple[Path, dict[str, Any]]]:
    """(report path, ``round`` object) of each report in ``folder`` that wrote a rejected file
    with the data columns ``headers`` and left the rows ``rows`` to correct (None: any)."""
    found: list[tuple[Path, dict[str, Any]]] = []
    #: Reports whose rejected file shares most of its columns with ``headers`` (a column added in
    #: Excel, one deleted, two swapped): taken where no report has exactly ``headers``, and only
    #: with the file's rows (the hostile round on Excel's correction loop: a corrected file saved
    #: under another name with a tick column "erledigt" was checked as a new export, and a
    #: customer number of round 1 was uploaded again).
    close: list[tuple[Path, dict[str, Any]]] = []
    #: The same for reports that left most of the rows, not all, to correct: a row of an upload
    #: file pasted in, a row number mistyped (the thirty-third session's hostile round: such a
    #: file saved under another name was checked as a new export, and a customer number of
    #: round 1 went into a second upload file). The round then rejects those rows.
    most: list[tuple[Path, dict[str, Any]]] = []
    most_close: list[tuple[Path, dict[str, Any]]] = []
    with contextlib.suppress(OSError):
        for report_path in sorted(folder.glob("*.report.json")):
            loaded = _load_report(report_path)
            if loaded is None or not _rejected_name(loaded[0]):
                continue
            report, round_ = loaded
            left = awaited(round_)
            every = rows is None or rows <= left
            if not every and not (rows and 2 * len(rows & left) > len(rows)):
                continue
            columns = [str(c.get("source")) for c in report.get("columns") or []]
            if columns == headers:
                (found if every else most).append((report_path, round_))
            elif rows is not None and _mostly_shared(columns, headers):
                (close if every else most_close).append((report_path, round_))
    return found or close or most or most_close


def _mostly_shared(columns: list[str], headers: list[str]) -> bool:
    """True when ``headers`` keep at least two thirds of ``columns`` (their order aside) and add
    at most a third of them."""
    kept = len(set(columns) & set(headers))
    return (
        len(columns) >= 2 and 3 * kept >= 2 * len(columns) and 3 * (len(set(headers)) - kept) <= len(columns)
    )


def _without_row_column(path: Path, table: Table) -> bool:
    """True when ``path`` is the tool's rejected file with its row column deleted: named or listed
    as one beside its report, or, under another name, its reason column kept over the data
    columns of a rejected file its folder's report wrote (the hostile re-test)."""
    if _named_rejected(path) and find_previous(path) is not None:
        return True
    headers = _used_headers(table)
    for _row_name, reason_name in REJECTED_OWN_COLUMNS:
        if headers.count(reason_name) == 1:
            return _rejected_beside(path.parent, [h for h in headers if h != reason_name])
    return False


def _named_rejected(path: Path) -> bool:
    """True when ``path`` is named like a rejected file or its folder's manifest lists it as one."""
    if path.name.casefold().endswith(_REJECTED_SUFFIX):
        return True
    entry = Manifest.load(path.parent).entry(path.name)
    return entry is not None and entry[0].casefold().endswith(_REJECTED_SUFFIX)


def find_previous(
    path: Path, table: Table | None = None, unnumbered: frozenset[int] = frozenset()
) -> tuple[Path, dict[str, Any]] | None:
    """The earlier run's report whose rejected file ``path`` is, and its ``round`` object.

    By the manifest's entry for ``path`` (or its name ``<stem>.rejected.csv``). A rejected file
    saved under another name in the same folder is matched by its content (``table``, read back):
    the report of the latest round whose rejected rows include all of the file's rows and whose
    columns are the file's columns. Several such reports of different inputs match none.
    """
    if str(path) == "-":
        return None
    folder = path.parent
    entry = Manifest.load(folder).entry(path.name)
    stem: str | None = None
    if entry is not None:
        stem = entry[1].set
    elif path.name.casefold().endswith(_REJECTED_SUFFIX):
        stem = path.name[: -len(_REJECTED_SUFFIX)]
    if stem is not None:
        found = _load_report(folder / f"{stem}.report.json")
        if found is not None and _rejected_name(found[0]) == path.name.casefold():
            return folder / f"{stem}.report.json", found[1]
    if table is None:
        return None
    return _match_by_content(path, table, unnumbered)


#: A report larger than this is no report of the tool's (a 100 MB input's is about 4 MB).
_REPORT_MAX_BYTES: Final = 256_000_000
#: Rows a report may name (a 200 MB input has about a million).
_ROWS_MAX: Final = 50_000_000


def _load_report(report_path: Path) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A report and its ``round`` object, or None when it cannot be read, has none, or its
    ``round`` is not as the tool writes it (a report edited by hand counts as missing)."""
    try:
        if report_path.stat().st_size > _REPORT_MAX_BYTES:
            return None
        report = json.loads(report_path.read_bytes())
        found = report.get("round")
    except (OSError, ValueError, AttributeError, RecursionError, MemoryError):
        return None
    if not isinstance(found, dict) or not _valid_round(found):
        return None
    return report, found


def _is_count(value: object, low: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= _ROWS_MAX


def _valid_spans(spans: object) -> bool:
    return isinstance(spans, list) and all(
        isinstance(s, list) and len(s) == 2 and _is_count(s[0], 2) and _is_count(s[1], 2) and s[0] <= s[1]
        for s in spans
    )


def _valid_round(found: Mapping[str, Any]) -> bool:
    """True when a report's ``round`` object has the shape :func:`round_report` gives it."""
    history = found.get("history")
    accounting = found.get("accounting", {})
    return (
        _is_count(found.get("number"), 1)
        and isinstance(found.get("stem"), str)
        and _is_count(found.get("rows_original", 0))
        and all(
            _valid_spans(found.get(k, [])) for k in ("rows_uploaded", "rows_rejected", "rows_uploaded_all")
        )
        and isinstance(history, list)
        and all(
            isinstance(h, dict)
            and _is_count(h.get("round"), 1)
            and _is_count(h.get("rows_uploaded"))
            and isinstance(h.get("upload"), list)
            and all(isinstance(u, dict) and isinstance(u.get("file"), str) for u in h["upload"])
            for h in history
        )
        and isinstance(accounting, dict)
        and isinstance(accounting.get("rows_missing", []), list)
        and all(_is_count(r) for r in accounting.get("rows_missing", []))
    )


def _rejected_name(report: Mapping[str, Any]) -> str:
    rejected = (report.get("outputs") or {}).get("rejected")
    return Path(str(rejected)).name.casefold() if rejected else ""


def _match_by_content(
    path: Path, table: Table, unnumbered: frozenset[int]
) -> tuple[Path, dict[str, Any]] | None:
    """The latest report whose rejected file ``table`` is; among reports of several inputs that
    fit by columns and rows, the one whose rejected file holds most of ``table``'s cells. Refused
    when that does not decide (found by the hostile session: two branches' exports checked into
    one folder, a corrected file saved under another name was checked without any earlier
    round, and five customer numbers of round 1 were uploaded again)."""
    folder = path.parent
    rows = frozenset(table.frame.get_column(ROW).to_list()) - unnumbered
    headers = _used_headers(table)
    best = _rejecting_reports(folder, headers, rows)
    if not best:
        return None
    stems = sorted({str(found.get("stem")) for _, found in best})
    if len(stems) > 1:
        cells = _cells(table.frame.select(headers))
        kept = {stem: _kept_cells(folder, best, stem, cells) for stem in stems}
        ranked = sorted(stems, key=lambda stem: -kept[stem])
        if kept[ranked[0]] == kept[ranked[1]]:
            names = ", ".join(f"{stem}{_REJECTED_SUFFIX}" for stem in stems)
            raise ConfigurationError(msg("round-ambiguous", path=path, names=names))
        best = [b for b in best if str(b[1].get("stem")) == ranked[0]]
    return max(best, key=lambda b: int(b[1]["number"]))


def _cells(frame: pl.DataFrame) -> set[tuple[str, str]]:
    """The filled cells of ``frame`` as (header, value)."""
    return {
        (column, value)
        for column in frame.columns
        for value in frame.get_column(column).drop_nulls().to_list()
        if value.strip()
    }


def _kept_cells(
    folder: Path, reports: list[tuple[Path, dict[str, Any]]], stem: str, cells: set[tuple[str, str]]
) -> int:
    """How many of ``cells`` the rejected files of ``stem``'s reports hold under the same header
    (a value the tool guarded with an apostrophe counts as itself)."""
    found: set[tuple[str, str]] = set()
    for report_path, round_ in reports:
        if str(round_.get("stem")) != stem:
            continue
        loaded = _load_report(report_path)
        text = None if loaded is None else _upload_text(folder / _rejected_name(loaded[0]), "utf-8-sig")
        if not text:
            continue
        text = text.removeprefix("\ufeff")
        # Read as CSV text, not line by line: a note's line break stays inside its cell.
        header, *records = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
        for record in records:
            for name, value in zip(header, record, strict=False):
                found.add((name, value[1:] if _unprefixed(value) else value))
    return len(cells & found)


def read_back(intake: Intake) -> tuple[Intake, dict[int, tuple[int, str]]] | None:
    """The rejected file as the data it holds, or None when the table is not one.

    The row column becomes each record's row (its number in the original file), the reason
    column is dropped, and the apostrophe the tool added before a formula character is removed,
    from cells and headers alike. A record whose row number is empty, no whole number of 2 or
    more, or repeated (a row the user added or copied) gets a row number after all others; these
    are returned too (row → (line, the text in the row column)), to be rejected.
    """
    table = intake.table
    found = own_columns(table, intake.path)
    if found is None:
        return None
    own = [i for i in found if i is not None]
    row_column = table.columns[found[0]]
    kept = [i for i in range(len(table.columns)) if i not in own]
    kept_columns = [table.columns[i] for i in kept]
    kept_headers = [table.original_headers[i] for i in kept]
    own_names = [table.columns[i] for i in own]
    text = table.frame.get_column(row_column)
    numbers = _whole_numbers(text.str.strip_chars())
    as_int = numbers.cast(pl.Int64, strict=False)
    digits = numbers.str.contains(r"^\d{1,9}$").fill_null(False) & (as_int.fill_null(0) >= 2)
    # Repeated by its value: a copied row numbered "02" beside "2" is the same row twice.
    valid = digits & pl.select(pl.when(digits).then(as_int)).to_series().is_first_distinct()
    physical = table.frame.get_column(ROW)
    base = int(numbers.filter(valid).cast(pl.Int64).max() or 1)  # type: ignore[arg-type]
    original = (
        pl.select(
            pl.when(pl.lit(valid))
            .then(pl.lit(numbers).cast(pl.Int64, strict=False))
            .otherwise(pl.lit(physical) + base)
        )
        .to_series()
        .alias(ROW)
    )
    invalid = table.frame.with_columns(original).filter(~valid)
    unnumbered = {
        int(r): (int(line), "" if value is None else str(value))
        for r, line, value in invalid.select(ROW, LINE, row_column).iter_rows()
    }
    physical_to_original = dict(zip(table.frame.get_column(ROW).to_list(), original.to_list(), strict=True))
    data_columns = [*kept_columns, *table.extra_columns]
    frame = table.frame.with_columns(original.alias(ROW)).drop(*own_names)
    frame = frame.with_columns(
        pl.when(pl.col(c).str.contains(WITH_GUARD)).then(pl.col(c).str.slice(1)).otherwise(pl.col(c)).alias(c)
        for c in data_columns
    )
    renamed = {c: c[1:] for c in kept_columns if _unprefixed(c) and c[1:] not in frame.columns}
    # A user's own column named like the tool's (``Zeile``) was only a duplicate beside them: it
    # gets its own name back now that the tool's columns are gone.
    for column, header in zip(kept_columns, kept_headers, strict=True):
        if column != header and header in own_names and header not in frame.columns:
            renamed[column] = header
    frame = frame.rename(renamed)
    headers = [h[1:] if _unprefixed(h) else h for h in kept_headers]
    issues = [
        dataclasses.replace(i, row=physical_to_original.get(i.row, i.row))
        for i in table.issues
        if i.column not in own_names
        and not (i.code == "header-duplicate" and renamed.get(i.column or "") in own_names)
    ]
    new_table = Table(
        frame,
        [renamed.get(c, c) for c in kept_columns],
        headers,
        list(table.extra_columns),
        issues,
        table.blank_records,
    )
    return dataclasses.replace(intake, table=new_table), unnumbered


def _whole_numbers(numbers: pl.Series) -> pl.Series:
    """Row numbers a spreadsheet wrote in a number format as their digits: "5.0", "5,00",
    "3,8E+01" → "5", "5", "38" (found by the hostile session: such rows were rejected as unknown
    and named as deleted). "5.000" stays: in German notation it may be 5000."""
    formatted = numbers.str.contains(r"^\d{1,9}[.,]0{1,2}$|^\d(?:[.,]\d{1,8})?[eE]\+?\d{1,2}$").fill_null(
        False
    )
    if not formatted.any():
        return numbers
    value = numbers.str.replace(",", ".", literal=True).cast(pl.Float64, strict=False)
    whole = formatted & value.is_not_null() & (value == value.floor()) & (value < 1e9)
    return pl.select(
        pl.when(pl.lit(whole)).then(pl.lit(value).cast(pl.Int64).cast(pl.String)).otherwise(pl.lit(numbers))
    ).to_series()


def _unprefixed(text: str) -> bool:
    """True for a header the tool prefixed (:data:`importer.formulas.WITH_GUARD`)."""
    return text[:1] == "'" and guarded(text[1:])


def load_round(path: Path, intake: Intake) -> tuple[Intake, Round]:
    """Read ``intake`` back when it is the tool's rejected file; find the earlier rounds' context."""
    read = read_back(intake)
    if read is None:
        if str(path) != "-" and _without_row_column(path, intake.table):
            # Found by the hostile session: without its row column a corrected rejected file was
            # read as a new input, and its rows' numbers went into a second upload file.
            dialect = intake.dialect
            if (
                dialect is not None
                and dialect.likely is not None
                and not (dialect.from_sep_line or dialect.assumed)
            ):
                # the column is there, but --delimiter cut the header into one field (the
                # thirty-second session: the message sent the user to Excel's Undo instead)
                raise ConfigurationError(
                    msg(
                        "round-delimiter-wrong",
                        path=path,
                        given=delimiter_name(dialect.delimiter),
                        likely=delimiter_name(dialect.likely),
                    )
                )
            raise ConfigurationError(msg("round-row-column-missing", path=path))
        return intake, Round()
    back, unnumbered = read
    found = find_previous(path, back.table, frozenset(unnumbered))
    if found is None:
        return back, Round(
            number=2, rows_corrected=back.table.records, context_missing=True, unnumbered=unnumbered
        )
    report_path, previous = found
    back, unnumbered = _numbered_after_all(back, unnumbered, previous)
    # read again at most once, by the first step that needs it (a damaged cell, a deleted column)
    original = functools.cache(functools.partial(_original_table, report_path, previous))
    back = _damage_restored(back, report_path, previous, original)
    numbers, contacts, unreadable, numbers_kept = _uploaded_before(report_path.parent, previous)
    return back, Round(
        contacts_before=contacts,
        columns_deleted=_deleted_columns(report_path, back.table, original),
        number=int(previous["number"]) + 1,
        rows_corrected=back.table.records,
        previous_report=report_path,
        previous=previous,
        numbers_before=numbers,
        unreadable=tuple(unreadable),
        numbers_kept=tuple(numbers_kept),
        unnumbered=unnumbered,
    )


#: A cell a spreadsheet may have read as a number: digits, perhaps after a "+".
_DIGITS_ONLY: Final = re.compile(r"\+?[0-9]+")
#: Excel's scientific notation of a long number as it saves it: "4,9352E+12", "4.9352E+12".
_EXCEL_SCIENTIFIC: Final = re.compile(r"([0-9])(?:[,.]([0-9]+))?E\+([0-9]+)")
#: What marks a cell :func:`_damage_restored` may restore: a "?", digits only, scientific notation,
#: a date.
_DAMAGE_MARK: Final = r"\?|^\+?[0-9]+$|^[0-9](?:[,.][0-9]+)?E\+[0-9]+$|" + SPREADSHEET_DATE
#: Two numbers a spreadsheet may read as a day and a month: "7/2", "1-3", "7.2".
_DAY_AND_MONTH: Final = re.compile(r"\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})\s*")


def _damage_restored(
    back: Intake, report_path: Path, previous: Mapping[str, Any], original: Callable[[], Table | None]
) -> Intake:
    """``back`` with each cell restored that a spreadsheet damaged on saving, from the original
    input (``original``, :func:`_original_table`; its rows are the rejected file's row numbers),
    where the original's cell differs only by that damage: letters Windows-1252 lacks replaced
    by "?" ("?ód? Trading" is "Łódź Trading", ``character-restored``; Excel's "CSV
    (Trennzeichen-getrennt)"), and digits read as a number
    (``spreadsheet-number-restored``): a leading 0 or + dropped ("3514567890" was "03514567890"),
    a long number in scientific notation ("4,9352E+12" was "004935198765432"). The hostile round on
    Excel's correction loop found the company uploaded with question marks, and phone numbers and
    a tax number the user never touched uploaded without their 0 or dropped."""
    table = back.table
    columns = [c for c in table.columns if c in table.frame.columns]
    marked = table.frame.select(pl.any_horizontal(pl.col(columns).str.contains(_DAMAGE_MARK)).any())
    if not columns or not marked.item():
        return back
    before = original()
    if before is None:
        return back
    shared = [c for c in columns if c in before.columns]
    asked = _cells_to_correct(_load_report(report_path))
    rows = set(table.frame.get_column(ROW).to_list())
    old = {
        record[ROW]: record
        for record in before.frame.filter(pl.col(ROW).is_in(sorted(rows)))
        .select(ROW, *shared)
        .iter_rows(named=True)
    }
    updates: dict[str, list[str | None]] = {}
    issues: list[Issue] = []
    for position, record in enumerate(table.frame.select(ROW, LINE, *shared).iter_rows(named=True)):
        earlier = old.get(record[ROW])
        if earlier is None or not _same_contact(record, earlier, shared):
            continue
        for column in shared:
            now, then = record[column], earlier[column]
            if not now or not then or now == then:
                continue
            # a cell the earlier round asked to correct holds the user's value, not a spreadsheet's
            untouched = asked is not None and (record[ROW], column) not in asked
            if "?" in now and _replaced_only(now, then):
                code = "character-restored"
            elif untouched and _DIGITS_ONLY.fullmatch(then) and _read_as_number(now, then):
                code = "spreadsheet-number-restored"
            elif untouched and _read_as_date(now, then):
                code = "spreadsheet-date-restored"
            else:
                continue
            updates.setdefault(column, table.frame.get_column(column).to_list())[position] = then
            issues.append(
                finding(
                    code,
                    row=record[ROW],
                    line=record[LINE],
                    column=column,
                    value=now,
                    fixed_value=then,
                    fixed=then,
                )
            )
    if not updates:
        return back
    frame = table.frame.with_columns(pl.Series(c, v, dtype=pl.String) for c, v in updates.items())
    restored = dataclasses.replace(table, frame=frame, issues=[*table.issues, *issues])
    return dataclasses.replace(back, table=restored)


def _first_report(report_path: Path, previous: Mapping[str, Any]) -> Path:
    """Round 1's report of the set whose round ``previous`` is (the earlier round's in round 2)."""
    return report_path.parent / f"{previous.get('stem')}.report.json"


def _original_table(report_path: Path, previous: Mapping[str, Any]) -> Table | None:
    """The original input of a correction round's set, read again (its rows are the rejected
    files' row numbers), when it is still in the folder as round 1 checked it (the digest in
    round 1's report); None otherwise."""
    folder = report_path.parent
    source = Manifest.load(folder).sources.get(str(previous.get("stem")))
    original = folder / source if source is not None else None
    loaded_first = _load_report(_first_report(report_path, previous))
    if original is None or not original.is_file() or not _as_checked(original, loaded_first):
        return None
    from importer.errors import ImporterError
    from importer.intake import read_contacts

    try:
        return read_contacts(original).table
    except ImporterError:
        return None


def _as_checked(original: Path, loaded: tuple[dict[str, Any], dict[str, Any]] | None) -> bool:
    """True when ``original`` is still the file round 1 checked (the digest in its report,
    ``loaded``): an export made anew since, one row more at its top, numbers its rows otherwise
    (the hostile re-test: a contact got the tax number of the row before it)."""
    given = loaded[0].get("input") if loaded is not None else None
    digest = file_digest(original)
    return isinstance(given, dict) and digest is not None and given.get("sha256") == digest[0]


def _cells_to_correct(loaded: tuple[dict[str, Any], dict[str, Any]] | None) -> set[tuple[int, str]] | None:
    """The cells (row, source column) the earlier round's findings asked the user to correct (its
    report, ``loaded``), or None when it does not list them all: "010001" corrected to "10001" is
    the user's correction there, not a spreadsheet's damage."""
    if loaded is None or loaded[0].get("issues_omitted"):
        return None
    report = loaded[0]
    sources: dict[str, set[str]] = {}
    for column in report.get("columns") or []:
        if isinstance(column, Mapping) and isinstance(column.get("source"), str):
            sources.setdefault(str(column.get("target")), set()).add(str(column["source"]))
    asked: set[tuple[int, str]] = set()
    for issue in report.get("issues") or []:
        if (
            not isinstance(issue, Mapping)
            or issue.get("severity") not in ("error", "warning")
            or not _is_count(issue.get("row"))
        ):
            continue
        named = str(issue.get("column"))
        asked.update((int(issue["row"]), c) for c in {named, *sources.get(named, ())})
    return asked


def _same_contact(now: Mapping[str, Any], then: Mapping[str, Any], columns: Sequence[str]) -> bool:
    """True when a corrected row and the original row of its number are one contact: a third at
    least of the text cells both fill (letters, no "?": a spreadsheet's damage aside) are alike.
    Rows sorted in Excel without their "Zeile" column carry another row's number (the hostile
    correction round): nothing is restored from it."""
    both = [
        c
        for c in columns
        if now[c] and then[c] and "?" not in str(now[c]) and any(ch.isalpha() for ch in str(then[c]))
    ]
    alike = sum(str(now[c]).strip() == str(then[c]).strip() for c in both)
    # the user's corrections differ too: one text cell says nothing, a third alike is the contact
    return len(both) <= 1 or 3 * alike >= len(both)


def _read_as_number(now: str, then: str) -> bool:
    """True when ``now`` is what a spreadsheet makes of the digits ``then`` (an optional "+", then
    digits) read as a number: without their leading zeros and "+", or in scientific notation
    rounded to the digits it shows ("4,9352E+12" for "4935198765432")."""
    digits = then.lstrip("+").lstrip("0")
    if not digits:
        return False
    if now == digits:
        return True
    found = _EXCEL_SCIENTIFIC.fullmatch(now)
    if found is None or int(found.group(3)) != len(digits) - 1:
        return False
    shown = found.group(1) + (found.group(2) or "")
    if len(shown) >= len(digits):
        return False
    dropped = 10 ** (len(digits) - len(shown))
    rounded, rest = divmod(int(digits), dropped)
    rounded += 2 * rest >= dropped  # Excel rounds half up
    return str(rounded) == shown


def _read_as_date(now: str, then: str) -> bool:
    """True when ``now`` is the date a spreadsheet makes of ``then`` ("07. Feb" of "7/2" or of
    "2/7", as German or English Excel reads it)."""
    found, pair = spreadsheet_date(now), _DAY_AND_MONTH.fullmatch(then)
    if found is None or pair is None:
        return False
    first, second = int(pair.group(1)), int(pair.group(2))
    return found in ((first, second), (second, first))


def _replaced_only(now: str, then: str) -> bool:
    """True when ``now`` is ``then`` with one or more characters Windows-1252 lacks (letters,
    symbols such as "♥" or "★") replaced by "?", or by "??" for one beyond the Basic Multilingual
    Plane (an emoji: two UTF-16 units). The thirty-fourth hostile round found "Pizzeria I ?
    Napoli" uploaded with exit 0: only letters were restored, and no cell that held a symbol."""
    if now == then:
        return False
    i = 0
    for old in then:
        if i < len(now) and now[i] == old:
            i += 1
            continue
        if i >= len(now) or now[i] != "?" or _in_cp1252(old):
            return False
        i += 2 if ord(old) > 0xFFFF and now[i : i + 2] == "??" else 1
    return i == len(now)


def _in_cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _renamed(columns: Sequence[Mapping[str, Any]], headers: Sequence[str]) -> set[str]:
    """The earlier round's columns (case-folded) whose header the user retyped: as many columns
    as before, and in its place one the earlier round did not have ("Email" → "E-Mail"). Their
    values are in the file under the new header, mapped by it (the thirty-second session's
    correction loop found such a column warned about as deleted)."""
    before = [str(c.get("source")).casefold() for c in columns]
    if len(before) != len(headers):
        return set()
    known = set(before)
    now = [h.casefold() for h in headers]
    return {old for old, new in zip(before, now, strict=True) if old != new and new not in known}


def _deleted_columns(
    report_path: Path, table: Table, original_table: Callable[[], Table | None]
) -> tuple[str, ...]:
    """The columns with values of the earlier round's input that ``table`` lacks (found by the
    hostile session: "Telefon" and "Email" deleted in Excel, two rows rejected for their e-mail
    were uploaded without one, and nothing said so). When the original input is at hand, only
    those with a value in one of ``table``'s rows there: a column empty in every rejected row
    ("Notiz" filled on uploaded rows only) loses nothing when deleted (the thirty-second
    session's correction loop found it warned about)."""
    loaded = _load_report(report_path)
    if loaded is None:
        return ()
    headers = _used_headers(table)
    present = {h.casefold() for h in headers}
    columns = [c for c in loaded[0].get("columns") or [] if isinstance(c, Mapping)]
    renamed = _renamed(columns, headers)
    deleted = [
        str(c.get("source"))
        for c in columns
        if str(c.get("source")).casefold() not in present | renamed
        and _is_count(c.get("non_empty"), 1)
        and not (c.get("method") == "manual" and c.get("target") is None)  # left out by the user
    ]
    if not deleted:
        return ()
    original = original_table()
    if original is None:
        return tuple(deleted)
    known = [c for c in deleted if c in original.frame.columns]
    rows = original.frame.filter(pl.col(ROW).is_in(table.frame.get_column(ROW).implode()))
    filled = (
        rows.select([(pl.col(c).str.strip_chars().fill_null("") != "").any().alias(c) for c in known]).row(
            0, named=True
        )
        if known
        else {}
    )
    earlier = {str(c.get("source")).casefold() for c in columns}
    added = [
        name
        for name, header in zip(table.columns, table.original_headers, strict=True)
        if header.strip() and header.casefold() not in earlier and name in table.frame.columns
    ]
    moved = _renamed_by_values(rows, table.frame, [c for c in known if filled.get(c)], added)
    return tuple(c for c in deleted if filled.get(c, True) and c not in moved)


def _renamed_by_values(
    original: pl.DataFrame, now: pl.DataFrame, missing: list[str], added: list[str]
) -> set[str]:
    """The ``missing`` columns of the original whose values a column ``added`` in the corrected
    file holds in at least half of the rows either fills (its header retyped, the column moved:
    the thirty-third session's hostile round found "Ort" retyped as "Stadt" and moved warned as
    deleted); ``original`` holds the corrected file's rows of the original input."""
    if not missing or not added:
        return set()
    joined = original.select(ROW, *missing).join(
        now.select(ROW, *(pl.col(a).alias(f"{_NOW}{a}") for a in added)), on=ROW, how="inner"
    )
    pairs = [(column, name) for column in missing for name in added]
    measures: list[pl.Expr] = []
    for n, (column, name) in enumerate(pairs):
        old = pl.col(column).str.strip_chars().fill_null("")
        new = pl.col(f"{_NOW}{name}").str.strip_chars().fill_null("")
        measures += [
            ((old != "") | (new != "")).sum().alias(f"e{n}"),
            ((old != "") & (old == new)).sum().alias(f"s{n}"),
        ]
    counts = joined.select(measures).row(0)
    return {
        column
        for n, (column, _) in enumerate(pairs)
        if counts[2 * n] and 2 * counts[2 * n + 1] >= counts[2 * n]
    }


#: The prefix of the corrected file's columns beside the original's (:func:`_renamed_by_values`).
_NOW: Final = "__corrected__"


def _numbered_after_all(
    back: Intake, unnumbered: dict[int, tuple[int, str]], previous: Mapping[str, Any]
) -> tuple[Intake, dict[int, tuple[int, str]]]:
    """Rows without a row number of their own numbered after every row the earlier rounds know.

    :func:`read_back` numbers them after this file's highest row; a row the user deleted could
    have a higher number, and a typed-in contact took it: in the next round it was taken for that
    original row (uploaded as it, the real one counted as uploaded; the correction-loop round).
    """
    if not unnumbered:
        return back, unnumbered
    known = expand(previous.get("rows_uploaded_all")) | expand(previous.get("rows_rejected"))
    highest = max([int(previous.get("rows_original", 0)) + 1, *known, *missing_before(previous)])
    if min(unnumbered) > highest:
        return back, unnumbered
    renumbered = {old: highest + i for i, old in enumerate(sorted(unnumbered), start=1)}
    table = back.table
    row = pl.col(ROW)
    frame = table.frame.with_columns(row.replace(list(renumbered), list(renumbered.values())).alias(ROW))
    moved = dataclasses.replace(back, table=dataclasses.replace(table, frame=frame))
    return moved, {renumbered[old]: found for old, found in unnumbered.items()}


def take_settings(
    round_: Round, options: CheckOptions, headers: Collection[str] = (), mapped: Collection[str] = ()
) -> tuple[Round, CheckOptions]:
    """The earlier round's choices for this round, where this run left them as they are by default.

    A correction round goes on with what the user chose for the original file: ``--kind
    lieferanten`` (a supplier corrected in round 2 is still a supplier), the columns mapped by
    hand (``--map``, ``--mapping``), ``--output-encoding``, ``--phone-format`` and
    ``--renumber``. An option given again wins, even with its default value
    (:attr:`CheckOptions.given`), and so does a column this run maps by hand (``mapped``: its
    ``--map`` and ``--mapping``); a column mapped by hand that the file no longer has
    (``headers``) is not taken. The options taken are named in the report's ``round`` object
    (``settings_taken``), the summary and the HTML report: a note, not a finding, as nothing in
    the rows needs reading for it. The web page's form gives every option: none is taken.
    """
    if round_.previous_report is None or options.managed_session:
        return round_, options
    loaded = _load_report(round_.previous_report)
    if loaded is None:
        return round_, options
    report = loaded[0]
    found = report.get("settings")
    settings: dict[str, Any] = found if isinstance(found, dict) else {}
    changes: dict[str, Any] = {}
    taken: list[str] = []
    with contextlib.suppress(ConfigurationError, ValueError, TypeError):
        kind = Kind.parse(settings.get("kind") or "auto")
        if kind is Kind.AUTO and _suppliers_by_name(report):
            kind = Kind.SUPPLIERS  # the original's name said suppliers; the rejected file's does not
        if "kind" not in options.given and options.kind is Kind.AUTO and kind is not Kind.AUTO:
            changes["kind"] = kind
            taken.append(f"--kind {_KIND_WORDS[kind]}")
        elif "kind" in options.given:
            round_ = dataclasses.replace(round_, kind_changed=_kind_changed(report, kind, options.kind))
    # An option this run left at its default takes the earlier round's other allowed value.
    for name, default, allowed in (
        ("output_encoding", "utf-8", OUTPUT_ENCODINGS),
        ("phone_format", None, ("e164", "national")),
        ("company_person", "contact", ("keep",)),
        ("inactive", "upload", ("reject",)),
    ):
        value = settings.get(name)
        if (
            name not in options.given
            and getattr(options, name) == default
            and value in allowed
            and value != default
        ):
            changes[name] = value
            taken.append(f"--{name.replace('_', '-')} {value}")
    renumber = settings.get("renumber")
    if "renumber" not in options.given and options.renumber is None and isinstance(renumber, str):
        with contextlib.suppress(ValueError):
            changes["renumber"] = Renumber.parse(renumber)
            taken.append(f"--renumber {renumber}")
    manual = dict(options.manual_map)
    for column in report.get("columns") or []:
        # By hand, or by its values (a round's few rows may no longer show them: "Title" → Anrede).
        if not isinstance(column, dict) or column.get("method") not in ("manual", "values"):
            continue
        source, target = column.get("source"), column.get(MANUAL_TARGET) or column.get("target")
        if (
            isinstance(source, str)
            and source not in mapped
            and source in headers
            and (target is None or isinstance(target, str))
        ):
            manual[source] = target
            taken.append(f'--map "{source}={target or ""}"')
    if len(manual) != len(options.manual_map):
        changes["manual_map"] = manual
    if not changes:
        return round_, options
    return dataclasses.replace(round_, settings_taken=tuple(taken)), dataclasses.replace(options, **changes)


def _kind_changed(report: Mapping[str, Any], before: Kind, now: Kind) -> tuple[str, str] | None:
    """The sets the earlier round filed its contacts in and the one ``--kind`` files this round's
    in, as words, when they differ (a supplier list's rejected rows checked with ``--kind kunden``
    become customers, their Lieferantennummer unmapped, while the earlier rounds' stay suppliers);
    None when they agree or the earlier round uploaded nothing that shows its sets. ``--kind auto``
    after a kind of the earlier round's own files the rows by their numbers instead."""
    roles: set[str] = {str(before)}
    if before is Kind.AUTO:
        if now is Kind.AUTO:
            return None
        outputs = report.get("outputs")
        uploads = outputs.get("upload") if isinstance(outputs, dict) else None
        roles = {str(u.get("role")) for u in uploads or () if isinstance(u, dict)} & {
            "customers",
            "suppliers",
        }
    if not roles or roles == {str(now)}:
        return None
    words = [msg(f"kind-set-{role}") for role in sorted(roles)]
    return (msg("kind-sets-joined", first=words[0], second=words[1]) if len(words) > 1 else words[0]), str(
        now
    )


#: Keys of a report's column entry that say its values decided something of each row (its role,
#: its kind, its state): such a column is no plain unmapped one (importer.columns).
_DECIDING_KEYS: Final = frozenset({"states_role", "flags_role", "states_kind", "states_status"})


def earlier_targets(round_: Round) -> dict[str, str | None]:
    """The lexoffice column each column of the earlier round went to (None: the unmapped file),
    for the columns mapped directly, not merged, by their headers (by hand or by values they are
    taken by :func:`take_settings`).

    A correction round's few rows decide a mapping by their values no more: a "Telefon" column
    whose one corrected row holds "0351/47110 Durchwahl -12" was left unmapped in round 2, and
    the contact was uploaded without its phone; an "E-Mail" column of one still invalid address
    went to the unmapped file, and the row was uploaded without the check that had rejected it
    (the hostile round on Excel's correction loop)."""
    if round_.previous_report is None:
        return {}
    loaded = _load_report(round_.previous_report)
    if loaded is None:
        return {}
    targets: dict[str, str | None] = {}
    for column in loaded[0].get("columns") or []:
        if not isinstance(column, dict) or column.get("merge") is not None or column.keys() & _DECIDING_KEYS:
            continue
        source, target, method = column.get("source"), column.get("target"), column.get("method")
        if isinstance(source, str) and (target is None or isinstance(target, str)) and method != "manual":
            targets[source] = target
    return targets


def _suppliers_by_name(report: Mapping[str, Any]) -> bool:
    """True when the earlier round's rows were suppliers by its file's or sheet's name."""
    issues = report.get("issues")
    return isinstance(issues, list) and any(
        isinstance(issue, dict) and issue.get("code") == "role-from-file-name" for issue in issues
    )


#: How ``--kind`` is typed for each kind (the German names of the upload files).
_KIND_WORDS: Final = {Kind.AUTO: "auto", Kind.CUSTOMERS: "kunden", Kind.SUPPLIERS: "lieferanten"}


def _later_rounds(folder: Path, stem: str, number: int) -> list[tuple[int, Path, dict[str, Any]]]:
    """(number, report path, report) of every round of the input ``stem`` after round ``number``."""
    later: list[tuple[int, Path, dict[str, Any]]] = []
    with contextlib.suppress(OSError):
        for report_path in sorted(folder.glob(f"{glob.escape(stem)}{_ROUND_INFIX}*.report.json")):
            # A loaded round object has the tool's shape: its number is a whole number.
            loaded = _load_report(report_path)
            if loaded is not None and loaded[1]["stem"] == stem and loaded[1]["number"] > number:
                later.append((loaded[1]["number"], report_path, loaded[0]))
    return later


def with_twin(
    round_: Round,
    path: Path,
    sha256: str,
    size: int,
    stem: str,
    folder: Path,
    run: Collection[Path] = (),
    outcome: Mapping[str, Any] | None = None,
) -> Round:
    """``round_`` naming another input of the same content (``kunden (1).csv``, the same export
    downloaded twice) whose set in ``folder`` holds upload files: its contacts would be uploaded
    twice. Inputs of the same run (``run``, resolved) are left out: the run's order or its
    workers would decide which of two is warned. ``outcome`` (:func:`outcome_of`): what decides
    this run's upload files besides the input, to tell a check with other settings."""
    if round_.number != 1 or str(path) == "-":
        return round_
    manifest = Manifest.load(folder)
    replaced, kept, by = _replaced_uploads(folder, manifest, stem, sha256, outcome)
    round_ = dataclasses.replace(round_, replaced=replaced, kept=kept, replaced_by=by)
    for name, source in sorted(manifest.sources.items()):
        if name == stem or source == "-":
            continue
        other = Path(os.path.normpath(folder / source))
        uploads = [f for f in manifest.set_files(name) if is_upload_name(name, f)]
        if not uploads:
            continue
        twin = dataclasses.replace(round_, twin=f"{other} ({', '.join(uploads)})")
        if not os.path.lexists(other):
            # Renamed or moved since (found by the hostile session: "export.csv" renamed
            # "export-kunden.csv" and checked again gave a second set of the same contacts, exit
            # 0): the set's report still holds the digest of what it read.
            loaded = _load_report(folder / f"{name}.report.json")
            given = loaded[0].get("input") if loaded is not None else None
            if isinstance(given, dict) and given.get("sha256") == sha256:
                return twin
            continue
        with contextlib.suppress(OSError):
            if other.samefile(path):
                # the same file under another name in this folder (the hostile round: a batch's
                # "a-kunden", then "kunden" alone: two upload files of the same contacts, no word);
                # a workbook's sets are named after their sheets, each of other contacts
                loaded = _load_report(folder / f"{name}.report.json")
                if loaded is None or loaded[0].get("workbook"):
                    continue
                return dataclasses.replace(round_, twin=", ".join(uploads), twin_is_self=True)
            if other.stat().st_size != size or other.resolve() in run:
                continue
            digest = file_digest(other)
            if digest is not None and digest[0] == sha256:
                return twin
    return dataclasses.replace(round_, elsewhere=_contacts_elsewhere(folder, manifest, stem, run))


#: The upload files of other inputs read for :func:`_contacts_elsewhere`, in bytes, at most.
_ELSEWHERE_BYTES: Final = 20_000_000


def _contacts_elsewhere(
    folder: Path, manifest: Manifest, stem: str, run: Collection[Path]
) -> dict[str, dict[str, tuple[str, str]]]:
    """Number → (name in lower case, file) of each contact in the upload files of the folder's other
    inputs, not of this input's rounds nor of inputs of the same run (whose order would decide).
    The hostile round on Excel's correction loop: the original, corrected in Excel and saved
    under a name of its own, gave a second upload file of the contacts of the first, unwarned."""
    found: dict[str, dict[str, tuple[str, str]]] = {c: {} for c in NUMBER_COLUMNS}
    budget = _ELSEWHERE_BYTES  # a support agent's folder of a hundred checks is not read each time
    for name, source in sorted(manifest.sources.items()):
        if name == stem or name.startswith(f"{stem}{_ROUND_INFIX}") or source == "-":
            continue
        with contextlib.suppress(OSError):
            if Path(os.path.normpath(folder / source)).resolve() in run:
                continue
        for file in (f for f in manifest.set_files(name) if is_upload_name(name, f)):
            recorded = manifest.entry(file)
            budget -= recorded[1].bytes if recorded is not None else 0
            text = _upload_text(folder / file, "utf-8") if budget >= 0 else None
            if not text:
                continue
            for record in _upload_records(text, ("Firmenname", "Nachname", *NUMBER_COLUMNS)):
                who = (record.get("Firmenname") or record.get("Nachname") or "").strip().casefold()
                for column in NUMBER_COLUMNS:
                    number = (record.get(column) or "").strip()
                    if number and who:
                        found[column].setdefault(number, (who, file))
    return {c: v for c, v in found.items() if v}


#: The settings that change what an upload file holds (not the report's language or wording).
_OUTCOME_SETTINGS: Final = (
    "kind", "output_encoding", "customer_number_range", "supplier_number_range", "renumber",
    "phone_format", "company_person", "inactive", "catalog",
)  # fmt: skip


def outcome_of(
    settings: Mapping[str, Any], columns: Collection[Mapping[str, Any]], read: Mapping[str, Any]
) -> dict[str, Any]:
    """What decides the upload files besides the input: the settings that change them, the
    mapping (each column's source, target and merge) and how the input was read (its encoding and
    delimiter: ``--encoding`` changes every "ä"), as JSON would hold them. ``read``: the report's
    ``encoding`` and ``dialect`` objects."""
    encoding, dialect = read.get("encoding") or {}, read.get("dialect") or {}
    found = {
        "settings": {k: settings.get(k) for k in _OUTCOME_SETTINGS},
        "columns": [[c.get("source"), c.get("target"), c.get("merge")] for c in columns],
        "read": [encoding.get("name"), dialect.get("delimiter")],
    }
    loaded: dict[str, Any] = json.loads(json.dumps(found))
    return loaded


def _replaced_uploads(
    folder: Path, manifest: Manifest, stem: str, sha256: str, outcome: Mapping[str, Any] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The upload files with contacts of the set ``stem``'s earlier check when its input differed
    (found by the hostile session: an export corrected at its source and checked again silently
    replaced an upload file perhaps uploaded already), "name (n Kontakte)" each: those replaced,
    and those changed by hand since, which are kept (the hostile round of the sixteenth session
    found such an old part of 18,146 contacts beside the new upload file, said to be replaced,
    exit 0). The same input checked with other settings or another mapping (``outcome``) replaces
    them as well: the hostile correction round followed the tool's tip ``--renumber clear`` after
    round 1, and the upload file grew from 7 to 9 contacts without a word. The third value says
    what differed (``input`` or ``settings``)."""
    if not any(is_upload_name(stem, f) for f in manifest.set_files(stem)):
        return (), (), "input"
    loaded = _load_report(folder / f"{stem}.report.json")
    if loaded is None:
        return (), (), "input"
    report = loaded[0]
    given = report.get("input")
    if not isinstance(given, dict):
        return (), (), "input"
    by = "input"
    if given.get("sha256") == sha256:
        columns = report.get("columns")
        settings = report.get("settings")
        read = {k: v for k in ("encoding", "dialect") if isinstance(v := report.get(k), dict)}
        if (
            outcome is None
            or not isinstance(columns, list)
            or not isinstance(settings, dict)
            or outcome_of(settings, [c for c in columns if isinstance(c, dict)], read) == outcome
        ):
            return (), (), "input"
        by = "settings"
    replaced: list[str] = []
    kept: list[str] = []
    for name, rows in _uploads(loaded[0]):
        changed = os.path.lexists(folder / name) and not manifest.unchanged(name)
        (kept if changed else replaced).append(msg("round-replaced-file", name=name, rows=rows))
    return tuple(replaced), tuple(kept), by


def _uploads(report: Mapping[str, Any]) -> list[tuple[str, int]]:
    """(file name, rows) of each upload file of ``report`` that holds rows."""
    outputs = report.get("outputs")
    uploads = outputs.get("upload") if isinstance(outputs, dict) else None
    found: list[tuple[str, int]] = []
    for upload in uploads if isinstance(uploads, list) else []:
        with contextlib.suppress(TypeError, ValueError, KeyError, AttributeError):
            rows = int(upload.get("rows") or 0)
            if rows > 0:
                found.append((Path(str(upload["path"])).name, rows))
    return found


#: An upload file's name after its set's name: ``.kunden.csv``, ``.lieferanten-2.csv`` (a correction
#: round's set is ``<stem>.korrektur-<n>`` already).
_UPLOAD_SUFFIX: Final = re.compile(r"\.(?:kunden|lieferanten)(?:-\d+)?\.csv")


def is_upload_name(set_name: str, name: str) -> bool:
    """True when ``name`` is the name of an upload file of the output set ``set_name``."""
    return name.startswith(f"{set_name}.") and _UPLOAD_SUFFIX.fullmatch(name[len(set_name) :]) is not None


def awaited(previous: Mapping[str, Any] | None) -> frozenset[int]:
    """The original rows an earlier round left to correct: its rejected rows, and the rows deleted
    from a rejected file before (:func:`missing_before`)."""
    return expand((previous or {}).get("rows_rejected")) | missing_before(previous)


def missing_before(previous: Mapping[str, Any] | None) -> frozenset[int]:
    """Rows of an earlier round's rejected file that no later round's file held (deleted by the
    user), carried from round to round: a row pasted back later is still the original's."""
    accounting = (previous or {}).get("accounting")
    rows = accounting.get("rows_missing") if isinstance(accounting, dict) else None
    return frozenset(int(r) for r in rows if isinstance(r, int)) if isinstance(rows, list) else frozenset()


def refuse_superseded(path: Path, round_: Round, *, repeat_uploaded: bool = False) -> None:
    """Refuse to check an earlier round's rejected file once a later round builds on its round.

    Checking the rejected file of round N-1 is round N: its outputs ``<stem>.korrektur-<N-1>.*``
    replace those of an earlier check of the same file, but only while those hold no row to
    upload: once they do, the user may have uploaded them, and a new upload file holding the
    same rows again would create those contacts twice in lexoffice (:func:`_refuse_repeat`).
    Once round N+1 (or later) exists, it was checked against round N's upload files:
    replacing them would put rows into two upload files and drop the later rounds from the
    accounting. Exit 2 naming the latest round's rejected file to correct instead, and the file
    to check again to repeat the latest round; nothing is written.
    """
    if round_.previous_report is None or round_.stem is None:
        return
    folder = round_.previous_report.parent
    found = _later_rounds(folder, round_.stem, round_.number - 1)
    later = [f for f in found if f[0] > round_.number]
    if not later:
        for number, report_path, report in found:
            if number == round_.number and not repeat_uploaded:
                _refuse_repeat(path, round_, report_path, report)
        if not repeat_uploaded and not any(number == round_.number for number, _, _ in found):
            _refuse_unreported_repeat(path, round_, folder)
        return
    latest, report_path, report = max(later, key=lambda found: found[0])
    outputs, given = report.get("outputs"), report.get("input")
    rejected = outputs.get("rejected") if isinstance(outputs, dict) else None
    checked = given.get("path") if isinstance(given, dict) else None
    parts = [
        msg(
            "round-superseded",
            path=path,
            stem=round_.stem,
            previous=round_.number - 1,
            round=round_.number,
            latest=latest,
            report=report_path,
        )
    ]
    if rejected:
        parts.append(
            _with_arg("round-superseded-correct", path=path, rejected=folder / Path(str(rejected)).name)
        )
    else:
        parts.append(msg("round-superseded-done", latest=latest, path=path))
    if checked:
        parts.append(
            _with_arg("round-superseded-repeat", latest=latest, checked=folder / Path(str(checked)).name)
        )
    raise ConfigurationError("\n".join(parts))


def _uploads_recorded(folder: Path, report: Mapping[str, Any]) -> list[Path]:
    """The upload files of ``report`` that hold rows, whether or not still in ``folder``: one moved
    away (archived once uploaded) holds contacts lexoffice may have all the same."""
    return [folder / name for name, _rows in _uploads(report)]


def built_on(folder: Path, stem: str) -> bool:
    """True when correction rounds with upload files build on the set ``stem`` in ``folder``."""
    return any(_uploads_recorded(folder, found[2]) for found in _later_rounds(folder, stem, 1))


def refuse_restart(path: Path, round_: Round, stem: str, folder: Path) -> None:
    """Refuse to check an original input again once correction rounds build on it.

    Its new upload file would hold again the rows a correction round made uploadable, perhaps
    uploaded already: those contacts would be in two upload files. Exit 2 naming the latest
    rejected file to correct instead, and how to start anew; nothing is written.
    """
    if round_.number != 1 or str(path) == "-":
        return
    later = [found for found in _later_rounds(folder, stem, 1) if _uploads_recorded(folder, found[2])]
    if not later:
        return
    latest, report_path, report = max(later, key=lambda found: found[0])
    parts = [msg("round-restart", path=path, stem=stem, latest=latest, report=report_path)]
    outputs = report.get("outputs")
    rejected = outputs.get("rejected") if isinstance(outputs, dict) else None
    if rejected:
        parts.append(
            _with_arg("round-superseded-correct", path=path, rejected=folder / Path(str(rejected)).name)
        )
    parts.append(msg("round-restart-anew", stem=stem, folder=folder, name=path.name))
    raise ConfigurationError("\n".join(parts))


def _with_arg(key: str, **values: object) -> str:
    """The message ``key`` with each of its paths also as a command's argument (``<name>_arg``:
    quoted where it holds spaces, as "Kopie von export.rejected.csv"; the hostile correction
    round found the printed commands failing)."""
    args: dict[str, object] = {
        f"{k}_arg": shell_arg(str(v)) for k, v in values.items() if isinstance(v, Path)
    }
    return msg(key, None, **values, **args)


def refuse_elsewhere(path: Path, round_: Round, out: Path) -> None:
    """Refuse to write a correction round anywhere but beside the earlier rounds' report.

    The rounds are one chain in one folder: a round written elsewhere (``--out``) is not seen by
    the next check of the same rejected file, which then repeats it, and the same rows land in a
    second upload file (found by the hostile session: three runs with ``--out``, three upload
    files). Exit 2 naming the folder; nothing is written.
    """
    if round_.previous_report is None:
        return
    folder = round_.previous_report.parent
    with contextlib.suppress(OSError):
        if out.resolve() == folder.resolve():
            return
    shown = folder if folder.is_absolute() else folder.resolve()
    raise ConfigurationError(msg("round-elsewhere", path=path, out=out, folder=shown, round=round_.number))


def _refuse_repeat(path: Path, round_: Round, report_path: Path, report: Mapping[str, Any]) -> None:
    """Refuse to check ``path`` again as round N while round N's upload files hold rows."""
    folder = report_path.parent
    recorded = _uploads_recorded(folder, report)
    if not recorded:
        return  # nothing to upload was written: the round is repeated
    outputs = report.get("outputs")
    rejected = outputs.get("rejected") if isinstance(outputs, dict) else None
    files = ", ".join(str(p) for p in recorded)
    given = report.get("input")
    checked = given.get("path") if isinstance(given, dict) else None
    if isinstance(checked, str) and Path(checked).name != path.name:
        # another file was that round ("kunden.rejected (1).csv"): it is named, not this one
        # (the thirty-fourth hostile round: "kunden.rejected.csv wurde schon einmal geprüft")
        key, values = "round-repeat-other", {"checked": str(folder / Path(checked).name)}
    else:
        key, values = "round-repeat", dict[str, str]()
    parts = [msg(key, path=path, stem=round_.stem, round=round_.number, files=files, **values)]
    if rejected:
        parts.append(_with_arg("round-repeat-correct", path=path, rejected=folder / Path(str(rejected)).name))
    else:
        parts.append(msg("round-repeat-done", round=round_.number))
    parts.append(msg("round-repeat-redo", path=path, round=round_.number, files=files, report=report_path))
    raise ConfigurationError("\n".join(parts))


def _refuse_unreported_repeat(path: Path, round_: Round, folder: Path) -> None:
    """Refuse round N when its report is gone but the folder's manifest still lists upload files
    round N wrote there: the user deleted the report ("only a report"), and the new round would
    replace an upload file perhaps uploaded, its contacts then twice in lexoffice (the
    thirty-fourth hostile round found it replaced without a word)."""
    name = round_.output_stem()
    if name is None:
        return
    manifest = Manifest.load(folder)
    uploads = [
        folder / n for n in manifest.set_files(name) if is_upload_name(name, n) and (folder / n).is_file()
    ]
    if not uploads:
        return
    files = ", ".join(str(p) for p in uploads)
    parts = [
        msg("round-repeat", path=path, stem=round_.stem, round=round_.number, files=files),
        msg("round-repeat-unreported", path=path, round=round_.number, files=files),
    ]
    raise ConfigurationError("\n".join(parts))


def _uploaded_before(
    folder: Path, previous: Mapping[str, Any]
) -> tuple[dict[str, dict[str, tuple[int, str]]], dict[str, tuple[int, str]], list[str], list[str]]:
    """Every customer and supplier number and every contact (:func:`contact_key`) in the upload
    files of all earlier rounds, each read once; the files that could not be read, and of them
    those whose numbers their round's report keeps (these numbers are counted)."""
    numbers: dict[str, dict[str, tuple[int, str]]] = {c: {} for c in NUMBER_COLUMNS}
    contacts: dict[str, tuple[int, str]] = {}
    unreadable: list[str] = []
    numbers_kept: list[str] = []
    for entry in previous.get("history", []):
        for upload in entry.get("upload", []):
            name, encoding = str(upload["file"]), str(upload.get("encoding") or "utf-8")
            text = _upload_text(folder / name, encoding)
            found = None if text is None else upload_numbers(text)
            earlier = (int(entry["round"]), name)
            if text is None or found is None:
                # moved away after its upload (archived), or damaged: the numbers its round's
                # report keeps still count; its contacts without a number are not known
                kept = _numbers_of_report(upload)
                (unreadable if kept is None else numbers_kept).append(name)
                for column, values in (kept or {}).items():
                    for number in values:
                        numbers[column].setdefault(number, earlier)
                continue
            for column, values in found.items():
                for number in values:
                    numbers[column].setdefault(number, earlier)
            for record in _upload_records(text, CONTACT_KEY):
                key = contact_key(record)
                if key is not None:
                    contacts.setdefault(key, earlier)
    return numbers, contacts, unreadable, numbers_kept


def _upload_records(text: str, columns: Collection[str]) -> Iterator[dict[str, str | None]]:
    """The records of an upload file's text, by its header, holding only ``columns`` (a byte
    order mark dropped; a file a spreadsheet broke yields what it can).

    What :class:`csv.DictReader` gives (blank lines skipped, a column a short record lacks is
    None, of a header named twice the last), without a dictionary of every field for every
    record: 20 MB of other inputs' upload files in a support agent's folder took 1.7 s that way,
    more than checking a 2 MB file.
    """
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    with contextlib.suppress(csv.Error):
        header = next(reader, None)
        if header is None:
            return
        at = {name: i for i, name in enumerate(header) if name in columns}
        for row in reader:
            if row:
                width = len(row)
                yield {name: row[i] if i < width else None for name, i in at.items()}


#: Spellings that are one: umlauts written out ("Schaefer"), a street abbreviated ("Werkstr.").
_SPELLINGS: Final = (
    (re.compile(r"ä"), "ae"),
    (re.compile(r"ö"), "oe"),
    (re.compile(r"ü"), "ue"),
    (re.compile(r"ß"), "ss"),
    (re.compile(r"strasse\b|str\.(?=\s|$)"), "str"),
    (re.compile(r"\s+"), " "),
)


def _spelled(value: str | None) -> str:
    text = (value or "").strip().casefold()
    for pattern, written in _SPELLINGS:
        text = pattern.sub(written, text)
    return text


def contact_key(record: Mapping[str, str | None]) -> str | None:
    """A contact's names, e-mail address and address, case-folded and trimmed, umlauts written out
    and "straße" as "str" ("Schäfer, Werkstraße 1" is "Schaefer, Werkstr. 1"); None without a
    name, or without an e-mail address or a street (two Thomas Müller of a list of names alone
    are not known to be one)."""
    if not any((record.get(c) or "").strip() for c in ("Firmenname", "Nachname")):
        return None
    if not any((record.get(c) or "").strip() for c in ("E-Mail 1", "Straße 1")):
        return None
    return "\x1f".join(_spelled(record.get(c)) for c in CONTACT_KEY)


#: Columns one of which every upload file has (a company's name or a person's).
_UPLOAD_NAMES: Final = ("Firmenname", "Nachname", *NUMBER_COLUMNS)


def _upload_text(path: Path, encoding: str) -> str | None:
    """The text of an earlier upload file: in the encoding it was written in, else as a
    spreadsheet saved it again (UTF-8 with BOM, or Excel's Windows-1252); None when unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    for codec in (encoding, "utf-8-sig", "cp1252"):
        with contextlib.suppress(UnicodeDecodeError, LookupError):
            return data.decode(codec)
    return None


def _delimiter(text: str) -> str:
    """The delimiter of a file the tool wrote (";"), or of its copy a spreadsheet saved again:
    the one that splits its first line most."""
    return max((";", ",", "\t"), key=text.split("\n", 1)[0].count)


def upload_numbers(text: str) -> dict[str, list[str]] | None:
    """The customer and supplier numbers in the text of an upload file; None when it is none.

    The file was written by the tool, but may have been opened and saved since: a spreadsheet
    adds empty fields (";;;"), LibreOffice may write "," instead of ";", a stray quote may creep
    in and swallow the lines after it. It is read leniently, with the delimiter that splits its
    header most, twice: as CSV, and line by line with quotes taken literally, where the numbers
    (the first columns of an upload file) are the digits-only values. A number either reading
    finds counts. A header without a name column is no upload file any more (the caller warns
    that its numbers are unknown).
    """
    text = text.removeprefix("\ufeff")
    delimiter = _delimiter(text)
    found: dict[str, dict[str, None]] = {}
    for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONE):
        literal = quoting == csv.QUOTE_NONE
        try:
            rows = csv.reader(
                io.StringIO(text, newline=""), delimiter=delimiter, strict=False, quoting=quoting
            )
            header = [h.strip().strip('"').strip() for h in next(rows, [])]
            if not set(header) & set(_UPLOAD_NAMES):
                return None
            positions = {c: header.index(c) for c in NUMBER_COLUMNS if c in header}
            for row in rows:
                for column, at in positions.items():
                    value = row[at].strip().strip('"').strip() if at < len(row) else ""
                    if value and (value.isdigit() or not literal):
                        found.setdefault(column, {})[value] = None
        except csv.Error:  # a NUL byte, a field over the csv module's limit
            return None
    return {column: list(values) for column, values in found.items()}


def context_issues(round_: Round, processed: Processed) -> list[Issue]:
    """Findings that only the earlier rounds show: numbers and rows uploaded before, a missing context."""
    found: list[Issue] = []
    if round_.context_missing:
        found.append(finding("correction-context-missing"))
    if round_.twin is not None:
        found.append(
            finding(
                "input-checked-before",
                other=round_.twin,
                message="issue-input-checked-before-self" if round_.twin_is_self else None,
            )
        )
    for kept in round_.kept:
        found.append(finding("upload-file-stale", file=kept))
    found += [finding("correction-column-deleted", column=name) for name in round_.columns_deleted]
    if round_.kind_changed is not None:
        before, now = round_.kind_changed
        if now == Kind.AUTO:
            found.append(
                finding("correction-kind-changed", message="issue-correction-kind-auto", before=before)
            )
        else:
            found.append(
                finding(
                    "correction-kind-changed",
                    before=before,
                    now=msg(f"kind-set-{now}"),
                    kind=_KIND_WORDS[Kind(now)],
                )
            )
    for name in round_.unreadable:
        found.append(finding("correction-upload-unreadable", file=name))
    for name in round_.numbers_kept:
        found.append(
            finding("correction-upload-unreadable", message="issue-correction-upload-numbers-kept", file=name)
        )
    frame = processed.numbers  # every row's, the rejected ones' too
    found += [
        finding("correction-row-unknown", row=r, line=line, column=msg("rejected-row-column"), value=text)
        for r, (line, text) in sorted(round_.unnumbered.items())
    ]
    if round_.previous is not None:
        waited = awaited(round_.previous)
        expected = waited | round_.uploaded_before
        stray = frame.filter(~pl.col(ROW).is_in(list(expected | set(round_.unnumbered))))
        gone = sorted(waited - set(frame.get_column(ROW).to_list()))
        if gone:
            shown = ", ".join(str(r) for r in gone[:20]) + (" …" if len(gone) > 20 else "")
            one = "issue-correction-rows-missing-one" if len(gone) == 1 else None
            found.append(finding("correction-rows-missing", count=len(gone), rows=shown, message=one))
        found += [
            finding(
                "correction-row-unknown", row=r, line=line, column=msg("rejected-row-column"), value=str(r)
            )
            for r, line in stray.select(ROW, LINE).iter_rows()
        ]
    uploaded = round_.uploaded_before
    if uploaded:
        hit = frame.filter(pl.col(ROW).is_in(list(uploaded)))
        found += [
            finding("row-uploaded-earlier", row=r, line=line) for r, line in hit.select(ROW, LINE).iter_rows()
        ]
    found += _uploaded_elsewhere(round_, processed.frame)
    # a row of an earlier upload pasted in is rejected as such (row-uploaded-earlier): no advice
    # to take it out of the new upload file, which does not hold it (the hostile round)
    pasted = pl.col(ROW).is_in(list(uploaded)) if uploaded else pl.lit(False)
    found += _contacts_uploaded_earlier(round_, processed.frame.filter(~pasted))
    for column, role in NUMBER_COLUMNS.items():
        known = round_.numbers_before.get(column, {})
        if not known or column not in frame.columns:
            continue
        rows = frame.filter(pl.col(column).str.strip_chars().is_in(list(known)))
        for r, line, value in rows.select(ROW, LINE, column).iter_rows():
            earlier, file = known[value.strip()]
            found.append(
                finding(
                    f"{role}-number-uploaded-earlier",
                    row=r,
                    line=line,
                    column=column,
                    value=value,
                    round=earlier,
                    file=file,
                )
            )
    return found


def _contacts_uploaded_earlier(round_: Round, frame: pl.DataFrame) -> list[Issue]:
    """``contact-uploaded-earlier``: a corrected row whose contact (names, e-mail, address) an
    earlier round's upload file holds already. The hostile correction round: one contact exported
    twice under one number, the second row rejected; its number cleared as the message advised,
    round 2 uploaded the contact a second time, exit 0."""
    if not round_.contacts_before:
        return []
    columns = [c for c in CONTACT_KEY if c in frame.columns]
    found = []
    for record in frame.select(ROW, LINE, *columns).iter_rows(named=True):
        key = contact_key(record)
        if key is None or key not in round_.contacts_before:
            continue
        earlier, file = round_.contacts_before[key]
        name = record.get("Firmenname") or " ".join(
            part for part in (record.get("Vorname"), record.get("Nachname")) if part
        )
        column = "Firmenname" if record.get("Firmenname") else "Nachname"
        found.append(
            finding(
                "contact-uploaded-earlier",
                row=record[ROW],
                line=record[LINE],
                column=column,
                value=name,
                round=earlier,
                file=file,
            )
        )
    return found


def _uploaded_elsewhere(round_: Round, frame: pl.DataFrame) -> list[Issue]:
    """``contact-uploaded-elsewhere``: an uploadable row whose number and name an upload file of
    another input in the folder holds (:attr:`Round.elsewhere`). The same number with another name is
    no finding: a support agent's folder holds many businesses' exports, all numbered from 10000.
    Names are compared case-folded on both sides ("Weiß" and "WEISS"; the hostile correction round
    found every name with ß unmatched: polars' lower case keeps ß, Python's case folding makes ss)."""
    found: list[Issue] = []
    names = [c for c in ("Firmenname", "Nachname") if c in frame.columns]
    for column, known in round_.elsewhere.items():
        if column not in frame.columns or not names:
            continue
        who = pl.coalesce([pl.col(c) for c in names]).str.strip_chars()
        hits = frame.filter(pl.col(column).str.strip_chars().is_in(list(known))).select(
            ROW, LINE, column, who.alias("who")
        )
        for r, line, value, name in hits.iter_rows():
            earlier_name, file = known[value.strip()]
            if (name or "").casefold() == earlier_name:
                code = "contact-uploaded-elsewhere"
                found.append(finding(code, row=r, line=line, column=column, value=value, file=file))
    return found


def with_context(round_: Round, processed: Processed, catalog_names: list[str]) -> Processed:
    """``processed`` with the findings of :func:`context_issues`; their rows are rejected."""
    extra = context_issues(round_, processed)
    if not extra:
        return processed
    issues = IssueList.concat([processed.issues, extra]).sorted(catalog_names)
    return dataclasses.replace(
        processed, issues=issues, rejected_rows=frozenset(issues.rows_with(Severity.ERROR))
    )


def _number_spans(numbers: Mapping[str, Sequence[str]]) -> dict[str, list[list[int]]] | None:
    """An upload file's numbers as :func:`ranges` spans by column; None when one is not a plain
    number (a custom catalog's range): then only the file itself tells them."""
    spans: dict[str, list[list[int]]] = {}
    for column, values in numbers.items():
        if not all(v.isdigit() and v.isascii() and str(int(v)) == v for v in values):
            return None
        spans[column] = ranges({int(v) for v in values})
    return spans


def _numbers_of_report(entry: Mapping[str, Any]) -> dict[str, list[str]] | None:
    """The numbers an earlier round's report keeps of one of its upload files (:func:`_number_spans`),
    None when it keeps none (a report of an older version, or numbers that are not plain)."""
    spans = entry.get("numbers")
    if not isinstance(spans, dict):
        return None
    return {str(c): [str(n) for n in sorted(expand(s))] for c, s in spans.items() if c in NUMBER_COLUMNS}


def round_report(
    round_: Round,
    *,
    stem: str,
    report_name: str,
    rows_read: int,
    uploaded: Set[int],
    rejected: Set[int],
    upload_files: Sequence[UploadFile],
    unknown: Set[int] = frozenset(),
) -> dict[str, Any]:
    """The report's ``round`` object: this round, every earlier one, and the accounting across them.

    ``upload_files``: this round's upload files (their names, encodings and numbers: a later
    round reads the numbers here when a file was moved away after its upload). ``unknown``: rejected
    rows that are no row of the original (``correction-row-unknown``: typed in, their number
    changed or repeated). They are no original row left to correct, so the next round does not
    wait for them, and they count in no round's accounting (found by the hostile session: a
    contact typed into a rejected file was uploaded in the round after, "3 von 2 Zeilen").
    """
    previous = round_.previous or {}
    uploaded_before = expand(previous.get("rows_uploaded_all"))
    # a row of an earlier upload pasted in (rejected here, row-uploaded-earlier) is no row left to
    # correct: counted once, as uploaded (the thirty-third session's hostile round: "still
    # rejected" counted it too, 21 of 20 rows; deleted in the next round it was "lost")
    rejected = set(rejected) - set(unknown) - uploaded_before
    entry = {
        "round": round_.number,
        "report": report_name,
        "rows_checked": rows_read,
        "rows_uploaded": len(uploaded),
        "rows_rejected": len(rejected),
        "upload": [
            {"file": u.path.name, "encoding": u.encoding, "numbers": _number_spans(u.numbers)}
            for u in upload_files
        ],
    }
    history = [*previous.get("history", []), entry]
    original_rows = int(previous.get("rows_original", rows_read))
    checked = set(uploaded) | set(rejected)
    missing = sorted(awaited(previous) - checked - uploaded_before) if round_.previous is not None else []
    twice = sorted(uploaded_before & set(uploaded))
    per_round = [int(h["rows_uploaded"]) for h in history]
    balanced = not twice and sum(per_round) + len(rejected) + len(missing) == original_rows and not missing
    return {
        "number": round_.number,
        "stem": round_.stem or stem,
        "previous_report": None if round_.previous_report is None else round_.previous_report.name,
        "context_missing": round_.context_missing,
        "settings_taken": list(round_.settings_taken),
        "uploads_replaced": list(round_.replaced),
        "uploads_replaced_by": round_.replaced_by if round_.replaced else None,
        "rows_corrected": round_.rows_corrected,
        "rows_original": original_rows,
        "rows_uploaded": ranges(uploaded),
        "rows_rejected": ranges(rejected),
        "rows_uploaded_all": ranges(uploaded_before | set(uploaded)),
        "history": history,
        "accounting": {
            "rows_original": original_rows,
            "uploaded_per_round": per_round,
            "still_rejected": len(rejected),
            "rows_missing": missing,
            "rows_uploaded_twice": twice,
            "balanced": balanced and not round_.context_missing,
        },
    }
