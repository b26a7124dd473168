"""Stage one: read a contact file exactly right, or refuse it with a clear message.

size check → format (by the leading bytes) → the reader for that format → the table.
A reader takes a :class:`importer.result.RawInput` and returns a
:class:`importer.result.ReadTable`; :data:`READERS` names them by format. CSV text is read by
:func:`importer.csv_reader.read_csv`; every other format is refused with its name and what to do.
"""

from __future__ import annotations

import collections
import errno
import functools
import hashlib
import os
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO, Final

from importer.catalog import Catalog, load_catalog
from importer.csv_reader import read_csv
from importer.errors import InputUnusableError
from importer.html_reader import read_html
from importer.mapping import header_line
from importer.messages import REJECTED_OWN_COLUMNS, format_size, msg
from importer.model import Table
from importer.result import DEFAULT_MAX_INPUT, UPLOAD_LIMIT, Intake, RawInput, ReadOptions, ReadTable
from importer.rules import finding
from importer.sniff import detect_format, refuse_format
from importer.vcard_reader import read_vcard
from importer.workbook_reader import read_workbook

__all__ = ["DEFAULT_MAX_INPUT", "READERS", "UPLOAD_LIMIT", "intake_bytes", "read_bytes", "read_contacts"]

#: A reader: the input's bytes (which it takes) and what the user said (encoding, delimiter, sheet).
Reader = Callable[[RawInput, ReadOptions], ReadTable]

#: Bytes read at once from a stream of unknown size.
_READ_PIECE: Final = 1 << 20

#: Format key (:class:`importer.sniff.FileFormat`; ``csv`` for text) → its reader.
READERS: Final[Mapping[str, Reader]] = {
    "csv": lambda raw, options: read_csv(
        raw,
        encoding=options.encoding,
        delimiter=options.delimiter,
        header_row=options.header_row,
        find_header=options.find_header,
    ),
    "xlsx": read_workbook,
    "xls": read_workbook,
    "ods": read_workbook,
    "vcard": read_vcard,
    "html": read_html,
}
#: Format key → the user's reading options its reader follows; any other one given is named in a
#: finding (``--sheet`` on a CSV file, ``--delimiter`` on a workbook), not silently dropped.
OPTIONS_USED: Final[Mapping[str, frozenset[str]]] = {
    "csv": frozenset({"--encoding", "--delimiter", "--header-row"}),
    "xlsx": frozenset({"--sheet", "--header-row"}),
    "xls": frozenset({"--sheet", "--header-row"}),
    "ods": frozenset({"--sheet", "--header-row"}),
    "vcard": frozenset({"--encoding"}),
    "html": frozenset({"--encoding", "--header-row"}),
}
#: File name suffixes of each format: a file named otherwise is read by its bytes, with a note.
SUFFIXES: Final[Mapping[str, tuple[str, ...]]] = {
    "csv": (".csv", ".txt", ".tsv", ".tab", ""),
    "xlsx": (".xlsx", ".xlsm"),
    "xls": (".xls",),
    "ods": (".ods",),
    "vcard": (".vcf", ".vcard"),
    "html": (".html", ".htm"),
}


def read_bytes(path: Path, max_input: int = DEFAULT_MAX_INPUT) -> bytes:
    """The bytes of ``path`` — a regular file, or ``-`` for stdin — at most ``max_input`` of them.

    A pipe (FIFO), device, socket or folder is refused at once, before it is read (a FIFO would
    wait for a writer forever, ``/dev/zero`` never ends). The file is opened without blocking and
    checked again on the open handle, so that it cannot be swapped in between. Reading stops
    after ``max_input`` bytes even when the size was unknown or wrong (stdin, a growing file, a
    file of the ``/proc`` kind that reports 0 bytes).
    """
    shown = str(path)
    if shown == "-":
        if sys.stdin is None:  # started with standard input closed ("<&-")
            raise InputUnusableError(msg("input-stdin-closed"))
        return _read_bounded(sys.stdin.buffer, shown, max_input, 0)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputUnusableError(msg("input-missing", path=shown)) from None
    except OSError as exc:
        raise _not_readable(shown, exc) from None
    _require_regular(info.st_mode, shown)
    if info.st_size > max_input:
        raise InputUnusableError(
            msg(
                "input-too-large",
                path=shown,
                size=format_size(info.st_size),
                cap=format_size(max_input),
            )
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _not_readable(shown, exc) from None
    with os.fdopen(fd, "rb") as handle:
        _require_regular(os.fstat(fd).st_mode, shown)
        try:
            return _read_bounded(handle, shown, max_input, info.st_size)
        except OSError as exc:
            raise _not_readable(shown, exc) from None


def _require_regular(mode: int, shown: str) -> None:
    """Refuse anything but a regular file, naming what it is."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        kind = "input-kind-folder"
    elif stat.S_ISFIFO(mode):
        kind = "input-kind-fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "input-kind-device"
    elif stat.S_ISSOCK(mode):
        kind = "input-kind-socket"
    else:
        kind = "input-kind-other"
    raise InputUnusableError(msg("input-not-regular", path=shown, kind=msg(kind)))


def _read_bounded(handle: BinaryIO, shown: str, max_input: int, size_hint: int) -> bytes:
    """Read ``handle`` to its end, refusing it once it holds more than ``max_input`` bytes.

    A regular file is read in one call of its expected size (no copy); more data than expected,
    or a stream of unknown size, is read in pieces up to the cap.
    """
    first = handle.read(min(size_hint, max_input) + 1) if size_hint > 0 else b""
    pieces = [first]
    total = len(first)
    while total <= max_input:
        piece = handle.read(min(_READ_PIECE, max_input + 1 - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    if total > max_input:
        raise InputUnusableError(msg("input-too-large-stream", path=shown, cap=format_size(max_input)))
    return first if len(pieces) == 1 else b"".join(pieces)


def _not_readable(shown: str, exc: OSError) -> InputUnusableError:
    """The message for an input the system would not let us read (locked by Excel, no permission …)."""
    if exc.errno in (errno.EACCES, errno.EPERM) or getattr(exc, "winerror", None) in (32, 33):
        return InputUnusableError(msg("input-locked", path=shown))
    if exc.errno == errno.ELOOP:  # "Too many levels of symbolic links" and advice on permissions
        return InputUnusableError(msg("input-link-loop", path=shown))
    return InputUnusableError(msg("input-not-readable", path=shown, reason=exc.strerror or exc))


def _rejected_file_header(table: Table) -> bool:
    """True when the header is that of the tool's rejected file (its row and reason columns)."""
    headers = {h.strip() for h in table.original_headers}
    return any({row, reason} <= headers for row, reason in REJECTED_OWN_COLUMNS)


#: Header warnings that matter only over a column with values.
_EMPTY_COLUMN_CODES: Final = ("header-duplicate", "header-blank")


def _forget_empty_column_warnings(table: Table) -> None:
    """Drop the warning about a repeated or blank header whose column is empty in every record.

    DATEV's Stammdaten export repeats the placeholder column "Leerfeld" twelve times: each
    repeat was a warning, so that no DATEV file was ever ready (exit 1). A repeated header
    matters when its column holds values, which may then be taken for the first one's. So does
    a blank one: a spreadsheet ends every line with a ";" for a column it once touched, and
    that empty column made a clean file exit 1 (found by the hostile re-test).
    """
    import polars as pl

    named = [
        i.column for i in table.issues if i.code in _EMPTY_COLUMN_CODES and i.column in table.frame.columns
    ]
    if not named:
        return
    lengths = table.frame.select(
        pl.col(c).str.strip_chars().str.len_chars().fill_null(0).max().alias(c) for c in dict.fromkeys(named)
    ).row(0, named=True)
    empty = {c for c, longest in lengths.items() if not longest}
    table.issues[:] = [i for i in table.issues if not (i.code in _EMPTY_COLUMN_CODES and i.column in empty)]


def _read_in_their_own_order(table: Table) -> None:
    """Read the rows after a header row repeated in another column order in that order.

    Exports joined into one file (`copy a.csv+b.csv`, two sheets pasted one under the other)
    whose second part has its columns in another order: its rows were read in the first part's
    order, each value under another column's header ("Leipzig" as the street, a postcode as the
    customer number; the hostile re-test of the repeated header row). A row whose cells are the
    file's headers exactly (ignoring case and surrounding spaces, each as often as in the header,
    blank ones where blank ones are) but in another order starts a part read in that order, up to
    the next row that repeats the headers (in any order, or most of them): each such part is
    rearranged under the first header and named by one ``header-order-changed`` finding. The
    repeated header row itself stays as it is (it is rejected as ``header-row-repeated``).
    """
    import polars as pl

    from importer.frame import LINE, ROW

    headers = table.original_headers
    width = len(headers)
    sources = table.columns[:width]
    named = [h for h in headers if h.strip()]
    if len(named) < 2 or width != len(table.columns) - len(table.extra_columns) or not table.frame.height:
        return
    # Cheap first: a header row in another order holds a header in each of its first two headed
    # columns, with the same bytes; the precise test on those few rows only.
    headed = [c for c, h in zip(sources, headers, strict=True) if h.strip()][:2]
    exact = pl.all_horizontal([pl.col(c).is_in(named).fill_null(False) for c in headed])
    candidates = table.frame.filter(exact).select(ROW, LINE, *sources)
    if not candidates.height:
        return
    keys = [h.strip().lower() for h in headers]
    wanted = collections.Counter(keys)
    # (row, line, order, cells): order[i] is the position of header i's cell in that row.
    marks: list[tuple[int, int, list[int] | None, list[str]]] = []
    for row, line, *values in candidates.iter_rows():
        cells = [(v or "").strip().lower() for v in values]
        if collections.Counter(cells) == wanted:
            places: dict[str, list[int]] = {}
            for position, cell in enumerate(cells):
                places.setdefault(cell, []).append(position)
            order = [places[key].pop(0) for key in keys]
            shown = [(v or "").strip() for v in values if (v or "").strip()]
            marks.append((row, line, order if order != list(range(width)) else None, shown))
        else:
            filled_cells = [c for c in cells if c]
            same = sum(1 for c in filled_cells if c in wanted)
            if same >= 2 and same >= 0.6 * len(filled_cells):  # a header row of other columns
                marks.append((row, line, None, []))
    parts = [
        (row, line, order, shown, marks[i + 1][0] if i + 1 < len(marks) else None)
        for i, (row, line, order, shown) in enumerate(marks)
        if order is not None
    ]
    if not parts:
        return
    frame = table.frame
    exprs = []
    for i, column in enumerate(sources):
        expr = pl.col(column)
        for row, _, order, _, end in parts:
            if order[i] != i:
                inside = pl.col(ROW) > row if end is None else pl.col(ROW).is_between(row, end, closed="none")
                expr = pl.when(inside).then(pl.col(sources[order[i]])).otherwise(expr)
        exprs.append(expr.alias(column))
    table.frame = frame.with_columns(exprs)
    for row, line, _, shown, end in parts:
        count = frame.filter(
            pl.col(ROW) > row if end is None else pl.col(ROW).is_between(row, end, closed="none")
        ).height
        named_cells = ", ".join(f"„{cell}“" for cell in shown[:3])
        table.issues.append(
            finding(
                "header-order-changed", row=row, line=line, value=named_cells, cells=named_cells, count=count
            )
        )


def read_contacts(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_input: int = DEFAULT_MAX_INPUT,
    header_only_ok: bool = False,
    sheet: str | None = None,
    catalog: Catalog | None = None,
    header_row: int | None = None,
    manual: Mapping[str, str | None] | None = None,
) -> Intake:
    """Read one contact file; raise :class:`InputUnusableError` when it cannot be used.

    ``header_only_ok``: a file with a header and no records is read (``map`` on a template).
    ``sheet`` is for workbooks: the sheet to read. ``catalog`` (a workbook's sheet is picked by
    it) and ``manual`` (the user's ``--map``) tell the header row by its names, unless
    ``header_row`` names it.
    """
    # No local name for the bytes: the reader takes them and drops them once decoded (a 100 MB input).
    return intake_bytes(
        read_bytes(path, max_input),
        path,
        encoding=encoding,
        delimiter=delimiter,
        header_only_ok=header_only_ok,
        sheet=sheet,
        catalog=catalog,
        header_row=header_row,
        manual=manual,
    )


#: Names of the workbooks that are ZIP archives inside (.xlsx, .xlsm, .ods, Numbers).
_WORKBOOK_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xltx", ".ods", ".numbers"})


def intake_bytes(
    data: bytes,
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_only_ok: bool = False,
    sheet: str | None = None,
    catalog: Catalog | None = None,
    header_row: int | None = None,
    manual: Mapping[str, str | None] | None = None,
) -> Intake:
    """The intake stage on bytes already in memory (``path`` is used for messages and the report)."""
    shown = str(path)
    if not data:
        raise InputUnusableError(msg("input-empty", path=shown))
    found = detect_format(data)
    if found is not None and found.key == "zip" and path.suffix.lower() in _WORKBOOK_SUFFIXES:
        # a workbook cut short (its parts' names not yet in the first bytes): "ein ZIP-Archiv"
        # named no reason the user would recognise (the thirty-third hostile round)
        raise InputUnusableError(msg("workbook-broken", path=shown, detail=msg("workbook-reason-format")))
    if found is not None and found.key not in READERS:
        raise refuse_format(found, shown)
    key = "csv" if found is None else found.key
    reader = READERS[key]
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    raw = RawInput(data, shown)
    del data  # the reader takes the bytes from ``raw``
    catalog = catalog or load_catalog()
    find_header = functools.partial(header_line, catalog=catalog, manual=manual)
    read = reader(raw, ReadOptions(encoding, delimiter, sheet, catalog, header_row, find_header))
    table = read.table
    _forget_empty_column_warnings(table)
    _read_in_their_own_order(table)
    given = {"--encoding": encoding, "--delimiter": delimiter, "--sheet": sheet, "--header-row": header_row}
    for option, value in reversed(given.items()):
        if value is not None and option not in OPTIONS_USED[key]:
            table.issues.insert(0, finding("option-not-used", option=option, format=msg(f"format-{key}")))
    if path.suffix.lower() not in SUFFIXES.get(key, ()):
        table.issues.insert(
            0, finding("format-differs-from-name", suffix=path.suffix or "–", format=msg(f"format-{key}"))
        )
    if not table.columns:
        raise InputUnusableError(msg("input-blank", path=shown, what=msg("input-blank-lines")))
    if table.records == 0 and not header_only_ok:
        raise InputUnusableError(
            msg("input-rejected-emptied" if _rejected_file_header(table) else "input-header-only", path=shown)
        )
    return Intake(
        path,
        size,
        digest,
        table,
        read.text_chars,
        read.encoding,
        read.dialect,
        key,
        read.preamble,
        read.workbook,
    )
