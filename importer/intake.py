"""Stage one: read a contact file exactly right, or refuse it with a clear message.

size check → format (by the leading bytes) → the reader for that format → the table.
A reader takes a :class:`importer.result.RawInput` and returns a
:class:`importer.result.ReadTable`; :data:`READERS` names them by format. CSV text is read by
:func:`importer.csv_reader.read_csv`; every other format is refused with its name and what to do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

from importer.catalog import Catalog
from importer.csv_reader import read_csv
from importer.errors import InputUnusableError
from importer.messages import format_size, msg
from importer.result import DEFAULT_MAX_INPUT, UPLOAD_LIMIT, Intake, RawInput, ReadOptions, ReadTable
from importer.rules import finding
from importer.sniff import detect_format, refuse_format
from importer.workbook_reader import read_workbook

__all__ = ["DEFAULT_MAX_INPUT", "READERS", "UPLOAD_LIMIT", "intake_bytes", "read_bytes", "read_contacts"]

#: A reader: the input's bytes (which it takes) and what the user said (encoding, delimiter, sheet).
Reader = Callable[[RawInput, ReadOptions], ReadTable]

#: Format key (:class:`importer.sniff.FileFormat`; ``csv`` for text) → its reader.
READERS: Final[Mapping[str, Reader]] = {
    "csv": lambda raw, options: read_csv(raw, encoding=options.encoding, delimiter=options.delimiter),
    "xlsx": read_workbook,
    "xls": read_workbook,
    "ods": read_workbook,
}
#: File name suffixes of each format: a file named otherwise is read by its bytes, with a note.
SUFFIXES: Final[Mapping[str, tuple[str, ...]]] = {
    "csv": (".csv", ".txt", ".tsv", ".tab", ""),
    "xlsx": (".xlsx", ".xlsm"),
    "xls": (".xls",),
    "ods": (".ods",),
}


def read_bytes(path: Path, max_input: int = DEFAULT_MAX_INPUT) -> bytes:
    """Read ``path`` after checking it exists and is under the sanity cap."""
    shown = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputUnusableError(msg("input-missing", path=shown)) from None
    except OSError as exc:
        raise InputUnusableError(msg("input-not-readable", path=shown, reason=exc.strerror or exc)) from None
    if size > max_input:
        raise InputUnusableError(
            msg(
                "input-too-large",
                path=shown,
                size=format_size(size),
                cap=format_size(max_input),
            )
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputUnusableError(msg("input-not-readable", path=shown, reason=exc.strerror or exc)) from None


def read_contacts(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_input: int = DEFAULT_MAX_INPUT,
    header_only_ok: bool = False,
    sheet: str | None = None,
    catalog: Catalog | None = None,
) -> Intake:
    """Read one contact file; raise :class:`InputUnusableError` when it cannot be used.

    ``header_only_ok``: a file with a header and no records is read (``map`` on a template).
    ``sheet`` and ``catalog`` are for workbooks: the sheet to read, the catalog to pick one by.
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
    read = reader(raw, ReadOptions(encoding, delimiter, sheet, catalog))
    table = read.table
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
