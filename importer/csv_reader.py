"""The CSV reader: bytes → encoding → text → dialect → table.

Its facts (the encoding and the dialect) travel in the :class:`importer.result.ReadTable` it
returns; the intake (:mod:`importer.intake`) picks it for every input that is not another
known format.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
import statistics
import tomllib
from collections.abc import Mapping, Sequence
from typing import Final

import polars as pl

import reference
from importer.dialect import DELIMITERS, detect_dialect
from importer.encoding import decode, detect_encoding
from importer.errors import ConfigurationError, InputUnusableError
from importer.frame import LINE, ROW
from importer.messages import msg
from importer.model import Dialect, Issue, Table
from importer.parse import parse
from importer.result import HeaderFinder, Preamble, RawInput, ReadTable
from importer.rules import finding
from importer.sniff import refuse_binary, refuse_binary_text

_SEP_LINE: Final = re.compile(r"\Asep=(.)[ \t]*(\r\n|\r|\n)", re.IGNORECASE)
#: DATEV's format line before the header of every EXTF/DTVF export ("EXTF";700;16;"Debitoren/Kreditoren";…).
_DATEV_LINE: Final = re.compile(r'\A[ \t]*"?(EXTF|DTVF)"?[ \t]*[;,\t]')
_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|\Z)")
#: Lines looked at for a preamble, and the lines after it that show how wide the table is.
_PREAMBLE_MAX: Final = 10
_PREAMBLE_LOOKAHEAD: Final = 20


def _fields(line: str, delimiter: str) -> list[str]:
    """The fields of one physical line cut at ``delimiter`` (none when it cannot be cut)."""
    try:
        return next(csv.reader([line], delimiter=delimiter, quotechar='"', strict=False), [])
    except csv.Error:
        return []


def _filled_fields(line: str, delimiter: str) -> int:
    """Non-empty fields of one physical line cut at ``delimiter``."""
    return sum(1 for field in _fields(line, delimiter) if field.strip())


def find_preamble(text: str, delimiter: str | None = None) -> Preamble | None:
    """Lines before the real header: DATEV's EXTF/DTVF line, a title, blank lines.

    A leading line is preamble when it has at most a third as many filled fields as the lines of
    the table below it (and at most one when the table is narrow): "Kundenliste Stand 1.3.",
    "CLIENTS", an empty line, a DATEV format line of 31 fields above a header of 254.
    """
    lines = [line for line in _lines(text, _PREAMBLE_MAX + _PREAMBLE_LOOKAHEAD) if line]
    if not lines:
        return None
    if _DATEV_LINE.match(lines[0]):
        return Preamble(1, "datev", (lines[0].rstrip("\r\n"),))
    candidates = (delimiter,) if delimiter else DELIMITERS
    cut = [[_filled_fields(line.rstrip("\r\n"), d) for line in lines] for d in candidates]
    # Cut at one delimiter, a first line as wide as the lines below it is the header of a table that
    # starts there ("a,b" above "0;0;0;,;0" is no title above a table of semicolons).
    if any(
        w[0] >= 2 and w[0] == statistics.median(w[1 : 1 + _PREAMBLE_LOOKAHEAD]) for w in cut if len(w) > 1
    ):
        return None
    widths = [max(fields) for fields in zip(*cut, strict=True)]
    for start in range(1, min(_PREAMBLE_MAX, len(lines) - 1) + 1):
        below = widths[start : start + _PREAMBLE_LOOKAHEAD]
        table = statistics.median(below)
        if table < 2 or widths[start] < 2:
            continue
        limit = max(1.0, table / 3)
        if all(width <= limit for width in widths[:start]):
            return Preamble(start, "title", tuple(line.rstrip("\r\n") for line in lines[:start]))
        break
    return None


#: A header cell no export writes, but a record does: an e-mail address, a number of five or
#: more digits (customer number, German postcode; not a year, "2024"), a phone number in
#: international form, an IBAN.
_DATA_CELL: Final = re.compile(
    r"(?P<email>[^@\s]+@[^@\s]+\.[A-Za-z]{2,})|(?P<number>\d{5,})|(?P<phone>\+\d[\d ()/-]{6,})"
    r"|(?P<iban>[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){3,7}[A-Z0-9]{0,3})"
)
#: Data cells a first line needs to be taken for a record, not for the header.
_DATA_CELLS_MIN: Final = 2


def _data_cells(line: str, delimiter: str) -> list[str]:
    """The cells of ``line`` that only a record holds (see :data:`_DATA_CELL`)."""
    return [f.strip() for f in _fields(line, delimiter) if _DATA_CELL.fullmatch(f.strip())]


#: The lines below the first that must hold record cells where it does (:func:`_like_the_records`).
_RECORDS_BELOW: Final = 2


def _like_the_records(text: str, delimiter: str) -> bool:
    """True when the first line of ``text`` holds a record cell (:data:`_DATA_CELL`) and each
    of the next :data:`_RECORDS_BELOW` lines (at least one) holds one of the same kind (e-mail,
    number, phone, IBAN) in the same columns: a header never does. "Müller GmbH;Hauptstr. 1;
    01067;Dresden" above "Schmidt KG;Weg 2;04109;Leipzig" has a single record cell (01067),
    fewer than :data:`_DATA_CELLS_MIN`, and was taken for the header: the first contact was lost
    to the column names (found checking a hand-made list without a header row)."""
    lines = [line.rstrip("\r\n") for line in _lines(text, _RECORDS_BELOW + 1)]
    lines = [line for line in lines if line.strip()]
    if len(lines) < 2:
        return False

    def columns(line: str) -> set[tuple[int, str | None]]:
        found = (_DATA_CELL.fullmatch(f.strip()) for f in _fields(line, delimiter))
        return {(i, m.lastgroup) for i, m in enumerate(found) if m is not None}

    first = columns(lines[0])
    return bool(first) and all(first <= columns(line) for line in lines[1:])


#: The number's name in a file of several record types (customers and suppliers): a column of
#: both numbers (:data:`importer.mapping._BOTH_NUMBERS`).
MIXED_NUMBER: Final = "Kd./Lief.-Nr."
#: The fields Collmex's customer and supplier records share (type … USt-IdNr.).
SHARED_FIELDS: Final = 25


@functools.cache
def record_layouts() -> Mapping[str, Mapping[str, object]]:
    """Headerless exports whose records start with their type ("CMXKND"): each type's system and
    field names (reference/record_layouts.toml)."""
    text = reference.data_file("record_layouts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _without_header(text: str, found: Dialect) -> tuple[str, list[str], str | None] | None:
    """A header line of column names ("Spalte 1" …) before ``text``, when its first line is a
    record (:data:`_DATA_CELLS_MIN` cells such as an e-mail address or a customer number: a
    Collmex export has no header; or one in the columns where the next lines hold theirs,
    :func:`_like_the_records`); with the cells that told and the record type whose layout
    named the columns (:func:`record_layouts`: Collmex's "CMXKND", so that the mapping reads
    them; the fifth real-layout round found every row rejected, and the tip of ``--map`` options
    named the phone only). None for a file with a header."""
    first = _lines(text, 1)[0].rstrip("\r\n")
    fields = _fields(first, found.delimiter)
    kind = fields[0].strip() if fields else ""
    layout = record_layouts().get(kind)
    cells = _data_cells(first, found.delimiter)
    if len(cells) < _DATA_CELLS_MIN and layout is None and not _like_the_records(text, found.delimiter):
        return None
    width = len(fields)
    listed = layout["fields"] if layout is not None else []
    known = [str(name) for name in listed] if isinstance(listed, list) else []
    delimiter = re.escape(found.delimiter)
    if len(known) > 1 and any(
        re.search(rf'(?m)^"?{re.escape(other)}"?{delimiter}', text)
        for other in record_layouts()
        if other != kind
    ):
        # customers and suppliers in one file: each number read by its range, each role by its
        # type; only the fields the types share are named (the hostile re-test found a supplier's
        # "Telefon 2" named by a customer record's field)
        known = [MIXED_NUMBER if i == 1 else name for i, name in enumerate(known[:SHARED_FIELDS])]
    names = [
        known[n - 1] if n <= len(known) else msg("header-missing-name", n=n) for n in range(1, width + 1)
    ]
    header = found.delimiter.join(f'"{name}"' for name in names)
    return header + found.line_terminator + text, cells, kind if layout is not None else None


def _records_of_other_types(table: Table, system: str) -> list[Issue]:
    """``record-type-other``: the records of a file read by a record layout whose type has none
    (Collmex's contact persons "CMXASP" beside its customers): they were read with the customers'
    field names and uploaded as customers (the hostile re-test of the Collmex layouts)."""
    first = table.columns[0]
    types = list(record_layouts())
    others = table.frame.filter(~pl.col(first).str.strip_chars().is_in(types).fill_null(False))
    return [
        finding("record-type-other", row=row, line=line, column=first, value=kind, system=system)
        for row, line, kind in others.select(ROW, LINE, pl.col(first).fill_null("")).iter_rows()
    ]


def _lines(text: str, count: int) -> list[str]:
    """The first ``count`` physical lines of ``text``, each with its line break."""
    return [m.group(0) for m, _ in zip(_LINE.finditer(text), range(count), strict=False)]


def _given_preamble(text: str, lines: int, header_row: int, path: str) -> Preamble | None:
    """The ``lines`` lines above the header row the user named (``--header-row``); refused when
    no line of the file is left for the header."""
    above = _lines(text, lines)
    if not text[sum(map(len, above)) :].strip():
        raise ConfigurationError(msg("usage-header-row-beyond", path=path, row=header_row))
    return Preamble(lines, "title", tuple(line.rstrip("\r\n") for line in above)) if lines else None


def _header_by_names(text: str, delimiters: Sequence[str], find_header: HeaderFinder) -> int:
    """How many more lines of ``text`` are above its header row, told by the names in them.

    The lines are cut at each of ``delimiters`` in turn until one cut finds a header below the
    first line: a title such as "Export vom 1.3., Benutzer Admin" may have led the dialect to
    its commas, above a table of semicolons.
    """
    lines = [line.rstrip("\r\n") for line in _lines(text, _PREAMBLE_MAX) if line]
    return next(
        (moved for d in delimiters if (moved := find_header([_fields(line, d) for line in lines]))), 0
    )


def read_csv(
    raw: RawInput,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
    find_header: HeaderFinder | None = None,
) -> ReadTable:
    """Decode and parse a CSV input; raise :class:`InputUnusableError` when it cannot be used.

    ``header_row``: the physical line of the headers (``--header-row``); otherwise the header is
    the first line below a title block, or a line below that ``find_header`` tells by its names
    (a title as wide as the table), with a warning (``header-guessed``).
    """
    shown = raw.path
    data = raw.take()
    info = detect_encoding(data, encoding, path=shown)
    wide = info.name.startswith(("utf-16", "utf-32"))  # the decoder (utf-16 for utf-16-le …) too
    if not wide:
        refuse_binary(data, shown)
    text = decode(data, info)
    del data  # the text holds everything from here on
    if wide:
        refuse_binary_text(text, shown)
    if not text.strip():
        what = msg("input-blank-bom") if info.bom and not text else msg("input-blank-lines")
        raise InputUnusableError(msg("input-blank", path=shown, what=what))
    sep = _SEP_LINE.match(text)
    by_sep_line = bool(sep and not delimiter)
    if sep and not delimiter:
        delimiter = sep.group(1)
    skipped = 0
    if sep:
        text = text[sep.end() :]
        skipped = 1
    if header_row is not None:  # the "sep=" line is Excel's, never the header
        preamble = _given_preamble(text, max(0, header_row - 1 - skipped), header_row, shown)
    else:
        preamble = find_preamble(text, delimiter)
    if preamble is not None:
        text = text[sum(map(len, _lines(text, preamble.lines))) :]
        skipped += preamble.lines
    found = detect_dialect(text, delimiter, from_sep_line=by_sep_line)
    guessed = 0
    if header_row is None and find_header is not None:
        order = (
            (delimiter,) if delimiter else (found.delimiter, *(d for d in DELIMITERS if d != found.delimiter))
        )
        guessed = _header_by_names(text, order, find_header)
    if guessed:
        above = _lines(text, guessed)
        texts = (preamble.texts if preamble else ()) + tuple(line.rstrip("\r\n") for line in above)
        preamble = Preamble(len(texts), "title", texts)
        text = text[sum(map(len, above)) :]
        skipped += guessed
        found = detect_dialect(text, delimiter, from_sep_line=by_sep_line)
    missing = _without_header(text, found) if header_row is None and not guessed else None
    if missing is not None:
        text = missing[0]
        skipped -= 1  # the header line made up is no line of the file
    table = parse(text, found, path=shown)
    if skipped:  # the lines above the header ("sep=", a preamble) count for the line numbers
        table.frame = table.frame.with_columns(pl.col(LINE) + skipped)
        table.issues = [dataclasses.replace(i, line=i.line + skipped if i.line else 0) for i in table.issues]
    if guessed:
        table.issues.insert(
            0, finding("header-guessed", row=1, line=skipped + 1, header=skipped + 1, lines=len(texts))
        )
    if missing is not None and missing[2] is not None:
        system = str(record_layouts()[missing[2]]["system"])
        table.issues.insert(0, finding("header-from-layout", row=1, line=1, value=missing[2], system=system))
        table.issues += _records_of_other_types(table, system)
    elif missing is not None:
        shown_cells = ", ".join(f"„{c}“" for c in missing[1][:3])
        table.issues.insert(0, finding("header-missing", row=1, line=1, value=shown_cells, cells=shown_cells))
    return ReadTable(table, len(text), info, found, preamble)
