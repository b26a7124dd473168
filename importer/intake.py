"""Stage one: read a contact file exactly right, or refuse it with a clear message.

size check → format (by the leading bytes) → the reader for that format → the table.
A reader takes a :class:`importer.result.RawInput` and returns a
:class:`importer.result.ReadTable`; :data:`READERS` names them by format. CSV text is read by
:func:`importer.csv_reader.read_csv`; every other format is refused with its name and what to do.
"""

from __future__ import annotations

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
from importer.mapping import header_line
from importer.messages import format_size, msg
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
}
#: File name suffixes of each format: a file named otherwise is read by its bytes, with a note.
SUFFIXES: Final[Mapping[str, tuple[str, ...]]] = {
    "csv": (".csv", ".txt", ".tsv", ".tab", ""),
    "xlsx": (".xlsx", ".xlsm"),
    "xls": (".xls",),
    "ods": (".ods",),
    "vcard": (".vcf", ".vcard"),
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
    return InputUnusableError(msg("input-not-readable", path=shown, reason=exc.strerror or exc))


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
    if path.suffix.lower() not in SUFFIXES.get(key, ()):
        table.issues.insert(
            0, finding("format-differs-from-name", suffix=path.suffix or "–", format=msg(f"format-{key}"))
        )
    if not table.columns:
        raise InputUnusableError(msg("input-blank", path=shown, what=msg("input-blank-lines")))
    if table.records == 0 and not header_only_ok:
        raise InputUnusableError(msg("input-header-only", path=shown))
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
