"""The workbook reader: .xlsx, .xlsm, .xls and .ods through fastexcel (the calamine engine).

Every cell becomes the text the user sees in the spreadsheet: a PLZ stored as the number 1067
becomes ``1067`` (the cleaning restores the leading zero) unless the cell's number format shows
it as ``01067`` (an .xlsx cell formatted ``00000``, Excel's special format "Postleitzahl", or
``"K-"00000``, ``0000 0000000``: see :mod:`importer.numfmt`; an .ods cell by the text
LibreOffice stores beside the value, see :mod:`importer.sheets`; the report names each column
and format), whole numbers get neither ``.0`` nor an exponent unless Excel shows one (12 digits
or more in the General format, 2^53 or more in any: ``4,93511E+11``), dates become ``dd.mm.yyyy``
(with ``HH:MM[:SS]`` when they have a time), a time without a date its time, a boolean WAHR or
FALSCH, formula cells give the value Excel stored with them; a formula
cell without a stored value (a workbook written by a program that does not calculate, see
:mod:`importer.sheets`) holds its formula text, and its row is rejected
(``formula-without-value``): its value is unknown. Then:

- the sheet: the one named by ``--sheet`` (name or number from 1), else the first visible sheet
  whose header row maps best to lexoffice's columns; the other sheets are named in the report;
- a title block and blank rows above the header are skipped (the same preamble rule as for CSV),
  empty columns before and after the table are dropped;
- row numbers are the sheet's row numbers, so the user finds a rejected row in Excel;
- the sheet chosen by itself is a visible one when a visible sheet holds contacts: a hidden sheet
  (old data, a lookup list) is read only when no other holds contacts, with a warning;
- rows hidden or filtered out are read like the others and reported (see :mod:`importer.sheets`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from typing import Final

import polars as pl

from importer.catalog import Catalog, load_catalog
from importer.errors import ConfigurationError, InputUnusableError
from importer.frame import LINE, ROW
from importer.mapping import header_reading
from importer.messages import format_number, msg
from importer.model import Table
from importer.parse import MAX_COLUMNS, unique_headers
from importer.result import NumberFormat, Preamble, RawInput, ReadOptions, ReadTable, Workbook
from importer.rules import finding
from importer.sheets import (
    GENERAL,
    CellText,
    FormattedNumber,
    MergedCells,
    UnsavedFormula,
    column_letters,
    ole_flaw,
    sheet_extents,
    sheet_marks,
)

# calamine reports through Python's logging what it did about a sheet, in English, on stderr
# before the German summary ("ods row repeat count capped (1048570 -> 1048569 …)": LibreOffice's
# empty rows repeated to the sheet's end; the hostile round on Excel's files). Nothing a user can
# act on: what matters of a sheet is said in the report.
logging.getLogger("calamine").addHandler(logging.NullHandler())
logging.getLogger("calamine").propagate = False

#: calamine's rendering of a date cell, which becomes dd.mm.yyyy (HH:MM).
#: (An .ods date with a time: "2020-01-02T03:04:05".)
_DATETIME: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?$")


@dataclasses.dataclass(frozen=True)
class Sheet:
    """One sheet's cells as the user sees them."""

    rows: list[list[str]]
    #: Empty columns before the used range.
    leading: int
    #: False for a sheet hidden in the workbook.
    visible: bool


#: Rows looked at to find the header below a title block.
_HEADER_SEARCH: Final = 20


#: The day calamine gives a time without a date (a serial number below 1): Excel's day 0.
_NO_DATE: Final = ("1899-12-30", "1899-12-31")


def _cell_text(value: str | None) -> str:
    """A cell as the user sees it: dates in German notation (with the time where it has one, its
    seconds where they are not 0), a time without a date as the time ("03:51:12", not
    "31.12.1899 03:51": the hostile round), everything else as calamine renders it."""
    if value is None:
        return ""
    match = _DATETIME.match(value)
    if match is None:
        return value
    year, month, day, hour, minute, second = match.groups()
    time = None if hour is None else f"{hour}:{minute}" + ("" if second == "00" else f":{second}")
    if value[:10] in _NO_DATE and time is not None:
        return time
    date = f"{day}.{month}.{year}"
    return date if time is None or (hour, minute, second) == ("00", "00", "00") else f"{date} {time}"


def _open(data: bytes, path: str) -> object:
    import fastexcel

    if ole_flaw(data) is not None:
        # calamine would circle through it until the memory runs out, or abort the process
        raise InputUnusableError(msg("workbook-broken", path=path, detail=msg("workbook-reason-chains")))
    for sheet, extent in sheet_extents(data).items():  # before calamine reserves any grid
        _refuse_too_large(path, sheet, extent)
    try:
        with _panic_reports_held():
            return fastexcel.read_excel(data)
    except _CALAMINE_FAILURES as exc:
        if not _is_calamine_failure(exc):
            raise
        if (
            data.startswith(b"\xd0\xcf\x11\xe0")
            and b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d" in data[:1_000_000]
        ):
            raise InputUnusableError(msg("workbook-protected", path=path)) from None
        raise InputUnusableError(msg("workbook-broken", path=path, detail=_reason(exc, None))) from None


#: The report Rust's panic hook writes to the process's stderr (an empty line, "thread '<unnamed>'
#: (19022) panicked at …/calamine-0.36.1/src/xls.rs:606:29:", the reason, "stack backtrace:" and
#: its frames, a "note: …" line).
_PANIC_REPORT: Final = re.compile(rb"(?m)^\n?thread '[^\n]* panicked at [^\n]*\n(?:.*\n)*?note: [^\n]*\n?")


_STDERR_HELD: Final = threading.Lock()


@contextlib.contextmanager
def _panic_reports_held() -> Iterator[None]:
    """Keep what calamine's panics write to stderr (file descriptor 2, past Python) out of the
    user's terminal: the refusal that follows says what happened, in German, and a traceback is
    for --debug only (a damaged .xls printed Rust's panic report above it). Anything else written
    to stderr meanwhile is written out afterwards. One thread at a time (the web page checks in
    worker threads): a second would save the first one's file as stderr and restore it. Where
    stderr cannot be held (no descriptor 2, no temporary file) the report is let through."""
    with _STDERR_HELD, contextlib.ExitStack() as stack:
        try:
            sys.stderr.flush()
            held = stack.enter_context(tempfile.TemporaryFile())
            saved = os.dup(2)
        except (OSError, ValueError):
            held = None
        if held is None:
            yield
            return
        os.dup2(held.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            held.seek(0)
            rest = _PANIC_REPORT.sub(b"", held.read())
            if rest:
                os.write(2, rest)


#: What calamine raises on a damaged file: fastexcel's errors, and a Rust panic on some damage
#: (``pyo3_runtime.PanicException``, a BaseException: "range start index … out of range").
_CALAMINE_FAILURES: Final = BaseException


def _is_calamine_failure(exc: BaseException) -> bool:
    import fastexcel

    return isinstance(exc, fastexcel.FastExcelError) or type(exc).__name__ == "PanicException"


def _reason(exc: BaseException, sheet: str | None) -> str:
    """Why calamine could not read the workbook (or ``sheet``), in the user's language: its own
    text is English ("calamine error: Cannot detect file format"), kept only where unknown."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    detail = first.removeprefix("calamine error: ")
    if "Cannot detect file format" in detail:
        return msg("workbook-reason-format")
    if type(exc).__name__ == "PanicException":  # calamine lost its way in the file's structure
        return msg("workbook-reason-damaged")
    if sheet is not None:
        return msg("workbook-reason-sheet", sheet=sheet, detail=detail)
    return msg("workbook-reason-other", detail=detail)


def _rows(reader: object, index: int) -> Sheet:
    """All rows of one sheet from its first row on (so list index + 1 is the sheet row), as cell
    texts ("" for empty cells), the number of empty columns before the used range, and whether
    the sheet is visible (not hidden in the workbook)."""
    import fastexcel

    assert isinstance(reader, fastexcel.ExcelReader)
    with _panic_reports_held():
        sheet = reader.load_sheet(index, header_row=None, skip_rows=0, dtypes="string")
        frame = sheet.to_polars()
    columns = sheet.selected_columns
    offset = columns[0].absolute_index if columns else 0
    rows = [[_cell_text(v) for v in row] for row in frame.iter_rows()]
    return Sheet(rows, offset, sheet.visible == "visible")


def _with_formulas(sheet: Sheet, formulas: Sequence[UnsavedFormula]) -> Sheet:
    """``sheet`` with the formula text in each formula cell that holds no saved value (calamine read
    it as empty, or not at all when it lies outside the cells with values)."""
    if not formulas:
        return sheet
    leading = min(sheet.leading, *(f.column for f in formulas))
    shift = sheet.leading - leading
    rows = [[""] * shift + row for row in sheet.rows]
    for formula in formulas:
        while len(rows) < formula.row:
            rows.append([])
        cells = rows[formula.row - 1]
        at = formula.column - leading
        cells.extend([""] * (at + 1 - len(cells)))
        cells[at] = formula.formula
    return dataclasses.replace(sheet, rows=rows, leading=leading)


def _with_merged(sheet: Sheet, merged: Sequence[MergedCells]) -> tuple[Sheet, list[CellText]]:
    """``sheet`` with the value of each range merged over several rows in the range's first column
    of every row below its first (Excel shows it there; calamine reads it in the first row only),
    and the cells so filled (``read``: the range, "A2:A3"). A company merged over its two contact
    persons' rows made the second a private person without an address (the hostile round on
    Excel's files). A range within one row (a title over several columns) changes nothing."""
    tall = [m for m in merged if m.last_row > m.first_row]
    if not tall:
        return sheet, []
    rows = [list(row) for row in sheet.rows]
    filled: list[CellText] = []
    for cells in tall:
        at = cells.first_column - sheet.leading
        top = cells.first_row - 1
        if not (0 <= top < len(rows) and 0 <= at < len(rows[top])) or not rows[top][at].strip():
            continue
        value = rows[top][at]
        first, last = column_letters(cells.first_column), column_letters(cells.last_column)
        name = f"{first}{cells.first_row}:{last}{cells.last_row}"
        for index in range(cells.first_row, min(cells.last_row, len(rows))):
            row = rows[index]
            row.extend([""] * (at + 1 - len(row)))
            if not row[at].strip():
                row[at] = value
                filled.append(CellText(index + 1, cells.first_column, value, name))
    return dataclasses.replace(sheet, rows=rows), filled


def _with_formatted(sheet: Sheet, numbers: Sequence[FormattedNumber]) -> tuple[Sheet, list[FormattedNumber]]:
    """``sheet`` with each whole number in the text its number format shows, and the cells changed
    (a cell whose text calamine did not read as that number is left as it is)."""
    if not numbers:
        return sheet, []
    rows = [list(row) for row in sheet.rows]
    changed: list[FormattedNumber] = []
    for number in numbers:
        at = number.column - sheet.leading
        if not (0 < number.row <= len(rows) and 0 <= at < len(rows[number.row - 1])):
            continue
        read = rows[number.row - 1][at]
        try:
            same = float(read) == number.number
        except ValueError:
            same = False
        if same:
            rows[number.row - 1][at] = number.text
            changed.append(number)
    return dataclasses.replace(sheet, rows=rows), changed


def _with_texts(sheet: Sheet, texts: Sequence[CellText]) -> Sheet:
    """``sheet`` with the whole text of each cell calamine read without its tabs and line breaks
    (only where what it read is that text without them)."""
    if not texts:
        return sheet
    rows = [list(row) for row in sheet.rows]
    for cell in texts:
        at = cell.column - sheet.leading
        inside = 0 < cell.row <= len(rows) and 0 <= at < len(rows[cell.row - 1])
        if inside and rows[cell.row - 1][at] == cell.read:
            rows[cell.row - 1][at] = cell.text
    return dataclasses.replace(sheet, rows=rows)


def _format_counts(
    changed: Sequence[FormattedNumber], columns: Sequence[str], first: int, header_row: int
) -> tuple[NumberFormat, ...]:
    """Each column and format of the table's changed cells, the first cell as an example, in column order."""
    found: dict[tuple[int, str], list[FormattedNumber]] = {}
    for number in changed:
        at = number.column - first
        if number.row > header_row and 0 <= at < len(columns):
            found.setdefault((at, number.format), []).append(number)
    return tuple(
        NumberFormat(
            columns[at],
            msg("workbook-format-general") if code == GENERAL else code,
            len(cells),
            cells[0].stored or str(cells[0].number),
            cells[0].text,
        )
        for (at, code), cells in sorted(found.items())
    )


def _header_index(rows: Sequence[Sequence[str]]) -> int | None:
    """The first row (within the first rows) that looks like a header: the preamble rule of the CSV reader."""
    widths = [sum(1 for v in row if v.strip()) for row in rows[: _HEADER_SEARCH + 20]]
    for start in range(min(_HEADER_SEARCH, len(widths))):
        if widths[start] < 2:
            continue
        below = [w for w in widths[start : start + 20] if w]
        table = sorted(below)[len(below) // 2] if below else 0
        if all(w <= max(1, table / 3) for w in widths[:start]):
            return start
    return next((i for i, w in enumerate(widths) if w), None)


def _header_start(rows: Sequence[Sequence[str]], options: ReadOptions) -> tuple[int | None, int]:
    """The header row's index, and how many rows above it were told by their names: the row the
    user named (``--header-row``), else the first below a title block (:func:`_header_index`),
    or a row below that whose names map clearly better (a title as wide as the table)."""
    if options.header_row is not None:
        return options.header_row - 1, 0
    start = _header_index(rows)
    if start is None or options.find_header is None:
        return start, 0
    moved = options.find_header(rows[start : start + _HEADER_SEARCH])
    return start + moved, moved


def _reading(rows: Sequence[Sequence[str]], catalog: Catalog, options: ReadOptions) -> tuple[int, bool]:
    """How many header cells of a sheet map to a lexoffice column (0 for an empty sheet), and
    whether it lists contacts: a header that names them (a name column) and a row below it (not
    a sheet of sales by customer number, of appointments, or an empty template: the re-test of
    the warning about sheets not read)."""
    start, _moved = _header_start(rows, dataclasses.replace(options, header_row=None))
    if start is None:
        return 0, False
    mapped, naming = header_reading(rows[start], catalog)
    below = rows[start + 1 :]
    return mapped, (naming or _companies_listed(below)) and any(any(v.strip() for v in row) for row in below)


#: Rows of a sheet looked at for a column of businesses' names, and the share of a column's
#: filled cells that must name one.
_COMPANY_ROWS: Final = 200
_COMPANY_SHARE: Final = 0.5


def _companies_listed(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the first filled column of ``rows`` lists businesses ("Holzhandel Hartmann GmbH" in
    most of its filled cells, at least two): a sheet of contacts whose name column's header maps
    to no lexoffice column ("Lieferant"). Not a later column (an article sheet's "Hersteller").
    Found by the 40th real-export round: a workbook's second sheet "Lieferanten" was named in no
    warning, only counted ("2 Blätter insgesamt")."""
    from importer.names import company_evidence

    sample = rows[:_COMPANY_ROWS]
    width = max((len(r) for r in sample), default=0)
    for column in range(width):
        cells = [r[column].strip() for r in sample if column < len(r) and r[column].strip()]
        if not cells:
            continue
        named = sum(1 for c in cells if company_evidence(c) is not None)
        return named >= 2 and named >= _COMPANY_SHARE * len(cells)
    return False


#: The most cells calamine may make a sheet's grid of. calamine and fastexcel alone take about 75
#: bytes a cell of an .xlsx and 125 of an .ods (a million cells: 75 and 125 MB); read into this
#: process's rows, an .ods of 16 million cells peaked at 3.1 GB before its 16,000 columns were
#: refused. Ten million keep a read under about 2 GB; a contact list for lexoffice (2 MB) has a
#: few hundred thousand, and a larger list reads leaner as CSV (the message says so).
_MAX_SHEET_CELLS: Final = 10_000_000


def _refuse_too_large(path: str, sheet: str, extent: tuple[int, int]) -> None:
    """Refuse a sheet whose grid (rows, columns) holds more than :data:`_MAX_SHEET_CELLS`: calamine
    would reserve it at once, and run out of memory or abort the process."""
    if extent[0] * extent[1] > _MAX_SHEET_CELLS:
        raise InputUnusableError(
            msg(
                "workbook-sheet-too-large",
                path=path,
                sheet=sheet,
                rows=format_number(extent[0]),
                columns=format_number(extent[1]),
            )
        )


def _choose(
    reader: object, catalog: Catalog, options: ReadOptions, path: str
) -> tuple[int, Sheet, tuple[str, ...]]:
    """The sheet to read: the one asked for, else the visible one whose header maps best (a hidden
    one only when no visible sheet holds contacts); and the other sheets that hold contacts."""
    import fastexcel

    assert isinstance(reader, fastexcel.ExcelReader)
    names = tuple(reader.sheet_names)
    asked = None if options.sheet is None else _sheet_index(names, options.sheet, path)
    scored: list[tuple[int, int, Sheet]] = []
    listing: set[int] = set()  # the sheets that list contacts, named and warned (sheets-unread)
    for index in range(len(names)):
        try:
            found = _rows(reader, index)
        except _CALAMINE_FAILURES as exc:
            if not _is_calamine_failure(exc):
                raise
            raise InputUnusableError(
                msg("workbook-broken", path=path, detail=_reason(exc, names[index]))
            ) from None
        score, lists = _reading(found.rows, catalog, options)
        scored.append((score, index, found))
        if lists:  # a name column, or a column of businesses' names (whose header may map to none)
            listing.add(index)
    contact = [s for s in scored if s[0] > 0]
    if asked is not None:  # the other contact sheets too: the outputs are named after the sheet then
        return (
            asked,
            scored[asked][2],
            tuple(names[s[1]] for s in scored if s[1] != asked and s[1] in listing),
        )
    if not contact:
        filled = [s for s in scored if any(v.strip() for row in s[2].rows for v in row)]
        if not filled:
            raise InputUnusableError(msg("workbook-empty", path=path))
        best = next((s for s in filled if s[2].visible), filled[0])
        return best[1], best[2], ()
    best = max([s for s in contact if s[2].visible] or contact, key=lambda s: (s[0], -s[1]))
    others = tuple(names[s[1]] for s in scored if s[1] != best[1] and s[1] in listing)
    return best[1], best[2], others


def _sheet_index(names: tuple[str, ...], sheet: str, path: str) -> int:
    if sheet in names:
        return names.index(sheet)
    if sheet.isdigit() and 1 <= int(sheet) <= len(names):
        return int(sheet) - 1
    raise ConfigurationError(
        msg("workbook-sheet-missing", path=path, sheet=sheet, sheets=", ".join(f"„{n}“" for n in names))
    )


def read_workbook(raw: RawInput, options: ReadOptions) -> ReadTable:
    """Read the contacts sheet of a workbook into the table every stage works on."""
    data = raw.take()
    reader = _open(data, raw.path)
    catalog = options.catalog or load_catalog()
    index, chosen, others = _choose(reader, catalog, options, raw.path)
    names = tuple(reader.sheet_names)  # type: ignore[attr-defined]
    marks = sheet_marks(data, names[index], rows=len(chosen.rows))
    formulas = marks.unsaved
    chosen, formatted = _with_formatted(_with_texts(chosen, marks.texts), marks.formatted)
    chosen = _with_formulas(chosen, formulas)
    rows = chosen.rows
    start, guessed = _header_start(rows, options)
    if start is None:
        raise InputUnusableError(msg("workbook-sheet-empty", path=raw.path, sheet=names[index]))
    # only ranges below the header: one from the header down (a two-row header's "Firma" over
    # its second row) would fill header words into a row (the hostile re-test)
    chosen, spread = _with_merged(chosen, [m for m in marks.merged if m.first_row > start + 1])
    rows = chosen.rows
    if start >= len(rows) or not any(v.strip() for row in rows[start:] for v in row):
        raise ConfigurationError(msg("usage-header-row-beyond", path=raw.path, row=start + 1))
    width = max((len(r) for r in rows), default=0)
    used = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in rows[start:])]
    if not used:
        raise InputUnusableError(msg("workbook-sheet-empty", path=raw.path, sheet=names[index]))
    first, last = used[0], used[-1]
    if last - first + 1 > MAX_COLUMNS:  # as a CSV file's: each column costs every stage its time
        raise InputUnusableError(
            msg(
                "workbook-too-many-columns",
                path=raw.path,
                sheet=names[index],
                count=format_number(last - first + 1),
                cap=format_number(MAX_COLUMNS),
            )
        )
    header = [rows[start][c] if c < len(rows[start]) else "" for c in range(first, last + 1)]
    columns, issues = unique_headers(header)
    header_row = start + 1  # the sheet's row number of the header
    # Header findings keep row 1 (the header), their line is the sheet's header row.
    issues = [dataclasses.replace(i, line=header_row) for i in issues]
    records: list[list[str]] = []
    numbers: list[int] = []
    blank = 0
    for offset, row in enumerate(rows[start + 1 :], start=header_row + 1):
        cells = [row[c] if c < len(row) else "" for c in range(first, last + 1)]
        if not any(v.strip() for v in cells):
            blank += 1
            continue
        records.append(cells)
        numbers.append(offset)
    frame = pl.DataFrame(
        {name: [r[i] for r in records] for i, name in enumerate(columns)} | {ROW: numbers, LINE: numbers},
        schema={**dict.fromkeys(columns, pl.String), ROW: pl.Int64, LINE: pl.Int64},
    )
    if not chosen.visible and options.sheet is None:
        issues.insert(0, finding("sheet-hidden", sheet=names[index]))
    if marks.unread:
        issues.insert(0, finding("workbook-marks-unread", sheet=names[index]))
    if others and options.sheet is None:
        # the other sheets' contacts are in no output: a warning, not only the console's line (the
        # 26th hostile round: a workbook's suppliers' sheet was left out, exit 0, report silent)
        sheets = ", ".join(f"„{name}“" for name in others)
        issues.insert(0, finding("sheets-unread", value=", ".join(others), sheet=names[index], sheets=sheets))
    if guessed:
        issues.insert(0, finding("header-guessed", row=1, line=header_row, header=header_row, lines=start))
    hidden = marks.hidden
    shown = set(numbers)
    for number in hidden:
        if number in shown:
            issues.append(finding("row-hidden", row=number, line=number, sheet=names[index]))
    for column in marks.hidden_columns:
        at = column - chosen.leading - first
        if 0 <= at < len(columns):
            issues.append(
                finding("column-hidden", row=1, line=header_row, column=columns[at], sheet=names[index])
            )
    for formula in formulas:
        at = formula.column - chosen.leading - first
        if formula.row - 1 < start or not 0 <= at < len(columns):
            continue  # in the title block above the header: the preamble shows its text
        in_header = formula.row == header_row  # header findings keep row 1, and reject no row
        issues.append(
            finding(
                "formula-without-value",
                row=1 if in_header else formula.row,
                line=formula.row,
                column=columns[at],
                value=formula.formula,
                message="issue-formula-without-value-header" if in_header else None,
            )
        )
    for cell in spread:
        at = cell.column - chosen.leading - first
        if cell.row > header_row and 0 <= at < len(columns) and cell.row in shown:
            issues.append(
                finding(
                    "merged-cell-filled",
                    row=cell.row,
                    line=cell.row,
                    column=columns[at],
                    value=cell.text,
                    cells=cell.read,
                )
            )
    table = Table(frame, columns, header, [], issues, blank)
    preamble = None
    if start:
        texts = tuple(" | ".join(v for v in r if v.strip()) for r in rows[:start])
        preamble = Preamble(start, "title", texts)
    chars = sum(len(v) for r in records for v in r)
    formats = _format_counts(formatted, columns, chosen.leading + first, header_row)
    workbook = Workbook(names[index], names, others, hidden, chosen.leading + first, formats)
    return ReadTable(table, chars, preamble=preamble, workbook=workbook)
