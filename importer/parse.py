"""Cut decoded CSV text into a polars DataFrame of strings, keeping row and line numbers.

No type inference: every cell stays text, so leading zeros in PLZ and numbers survive.
Each record keeps its spreadsheet row (header = row 1) in ``__row__`` and the physical
line where it starts in ``__line__``. Ragged records are reported, never fatal: short
ones are padded, the surplus of long ones goes to extra columns (and so to the unmapped
file). Blank lines are skipped and counted.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from importer.errors import InputUnusableError
from importer.messages import msg
from importer.model import Dialect, Issue, Severity

if TYPE_CHECKING:
    import polars as pl

#: Column names polars' ``pl.col`` would not take literally.
_POLARS_PATTERN: Final = re.compile(r"\*\Z|\^.*\$\Z", re.DOTALL)
ROW: Final = "__row__"
LINE: Final = "__line__"
#: Records held as Python strings at once before they move into polars (bounds peak memory).
_CHUNK: Final = 10_000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class Table:
    """The parsed file: string columns named uniquely, plus ``__row__`` and ``__line__``."""

    frame: pl.DataFrame
    #: Column names as used in ``frame``, in file order (unique, never blank).
    columns: list[str]
    #: The header texts exactly as in the file (may be blank or repeated).
    original_headers: list[str]
    #: Names of the columns added for surplus fields of over-long records.
    extra_columns: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    blank_records: int = 0

    @property
    def records(self) -> int:
        """Number of data records (blank lines not counted)."""
        return self.frame.height


def unique_headers(headers: list[str]) -> tuple[list[str], list[Issue]]:
    """Give blank headers a name and make repeated ones unique; report both."""
    names: list[str] = []
    issues: list[Issue] = []
    seen: set[str] = set()
    for index, raw in enumerate(headers, start=1):
        text = raw.replace("\ufeff", "").strip()
        name = text or msg("blank-header-name", n=index)
        if _POLARS_PATTERN.match(name):
            # polars reads a column name "*" as every column and "^…$" as a regex.
            name = msg("header-pattern-name", text=text, n=index)
            issues.append(
                Issue(
                    1,
                    1,
                    name,
                    raw,
                    "header-renamed",
                    Severity.WARNING,
                    msg("header-renamed", original=text, index=index, name=name),
                )
            )
        candidate, n = name, 2
        while candidate in seen or candidate in (ROW, LINE):
            candidate = f"{name} ({n})"
            n += 1
        if not text:
            issues.append(
                Issue(
                    1,
                    1,
                    candidate,
                    raw,
                    "header-blank",
                    Severity.WARNING,
                    msg("header-blank", index=index, name=candidate),
                )
            )
        elif candidate != name:
            issues.append(
                Issue(
                    1,
                    1,
                    candidate,
                    raw,
                    "header-duplicate",
                    Severity.WARNING,
                    msg("header-duplicate", original=text, index=index, name=candidate),
                )
            )
        seen.add(candidate)
        names.append(candidate)
    return names, issues


def parse(text: str, dialect: Dialect, *, path: str = "") -> Table:
    """Parse ``text`` (already decoded) into a :class:`Table`."""
    import polars as pl

    reader = csv.reader(_lines(text), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=False)
    header: list[str] | None = None
    header_index = 0
    record_index = 0
    prev_line = 0
    blank = 0
    columns: list[str] = []
    width = 0
    extra: list[str] = []
    issues: list[Issue] = []
    chunks: list[pl.DataFrame] = []
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    line_numbers: list[int] = []
    last_start = 1

    def flush() -> None:
        if not rows:
            return
        cols = list(zip(*rows, strict=True)) if rows else []
        data = {
            name: pl.Series(name, list(values), dtype=pl.String)
            for name, values in zip(columns + extra, cols, strict=True)
        }
        frame = pl.DataFrame(data)
        frame = frame.with_columns(
            pl.Series(ROW, row_numbers, dtype=pl.Int64), pl.Series(LINE, line_numbers, dtype=pl.Int64)
        )
        chunks.append(frame)
        rows.clear()
        row_numbers.clear()
        line_numbers.clear()

    for record in reader:
        start = prev_line + 1
        prev_line = reader.line_num
        last_start = start
        record_index += 1
        if not record or not "".join(record).strip():
            if header is not None:
                blank += 1
            continue
        if header is None:
            header = record
            header_index = record_index
            columns, issues = unique_headers(record)
            width = len(columns)
            continue
        row = record_index - header_index + 1
        n = len(record)
        if n < width:
            issues.append(
                Issue(
                    row,
                    start,
                    None,
                    None,
                    "row-too-short",
                    Severity.WARNING,
                    msg("row-too-short", found=n, expected=width),
                )
            )
            record = record + [""] * (width - n)
        elif n > width:
            issues.append(
                Issue(
                    row,
                    start,
                    None,
                    None,
                    "row-too-long",
                    Severity.WARNING,
                    msg("row-too-long", found=n, expected=width),
                )
            )
            need = n - width
            if need > len(extra):
                flush()
                for k in range(len(extra) + 1, need + 1):
                    extra.append(msg("extra-column-name", n=k))
        if len(record) < width + len(extra):
            record = record + [""] * (width + len(extra) - len(record))
        rows.append(record)
        row_numbers.append(row)
        line_numbers.append(start)
        if len(rows) >= _CHUNK:
            flush()
    _check_closed_quote(_tail(text, prev_line - last_start), dialect, last_start, path)
    flush()
    if header is None:
        frame = pl.DataFrame(schema={ROW: pl.Int64, LINE: pl.Int64})
        return Table(frame, [], [], [], issues, blank)
    if chunks:
        frame = pl.concat(chunks, how="diagonal") if len(chunks) > 1 else chunks[0]
        frame = frame.with_columns(pl.col(c).fill_null("") for c in extra)
    else:
        frame = pl.DataFrame(schema={**dict.fromkeys(columns, pl.String), ROW: pl.Int64, LINE: pl.Int64})
    frame = frame.select([*columns, *extra, ROW, LINE])
    return Table(frame, columns, header, extra, issues, blank)


_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


#: Up to this many characters the text is handed to csv through ``io.StringIO`` (fast, but a
#: copy at four bytes per character: 32 MB here); longer texts are cut into lines lazily.
_STRINGIO_LIMIT: Final = 8_000_000


def _lines(text: str) -> Iterator[str]:
    """The physical lines of ``text`` with their endings (CRLF, LF or a lone CR).

    ``io.StringIO(text, newline="")`` for ordinary files; for large ones a lazy split that
    avoids its copy of the whole text (400 MB for a 100 MB input). Unlike ``str.splitlines``
    both break only at CR and LF.
    """
    if len(text) <= _STRINGIO_LIMIT:
        return io.StringIO(text, newline="")
    return (match.group() for match in _LINE.finditer(text))


def _tail(text: str, lines_back: int) -> str:
    """The last ``lines_back + 1`` physical lines of ``text`` (CRLF, LF and lone CR each end a line)."""
    pos = len(text)
    if text.endswith("\r\n"):
        pos -= 2
    elif text.endswith(("\r", "\n")):
        pos -= 1
    start = 0
    for _ in range(lines_back + 1):
        brk = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos))
        if brk < 0:
            return text
        start = brk + 1
        pos = brk - 1 if text[brk] == "\n" and brk > 0 and text[brk - 1] == "\r" else brk
    return text[start:]


def _check_closed_quote(tail: str, dialect: Dialect, last_start: int, path: str) -> None:
    """Refuse the file when the last record's quote is never closed (it swallowed the rest)."""
    if dialect.quotechar not in tail:
        return
    reader = csv.reader(
        io.StringIO(tail, newline=""), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=True
    )
    try:
        for _ in reader:
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc) or "EOF" in str(exc):
            name = {";": ";", ",": ",", "\t": "TAB", "|": "|"}.get(dialect.delimiter, dialect.delimiter)
            raise InputUnusableError(
                msg("input-unclosed-quote", path=path, line=last_start, delimiter=name)
            ) from None
