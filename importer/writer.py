"""Stage five: the upload files (split under 2 MB each), the rejected file and the unmapped file.

Rows are serialised with polars expressions: ``;``, CRLF, ``"`` quoting only where needed.
Sizes are measured after encoding, so a file of umlauts in UTF-8 is split where its
bytes, not its characters, reach the limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

DELIMITER: Final = ";"
TERMINATOR: Final = "\r\n"
OUTPUT_ENCODINGS: Final = ("utf-8", "utf-8-sig", "cp1252")
_BOM: Final = "\ufeff"
#: Characters Windows-1252 can hold besides ASCII and U+00A0–U+00FF.
_CP1252_EXTRA: Final = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
CP1252_UNENCODABLE: Final = f"[^\\x00-\\x7f\\xa0-\\xff{_CP1252_EXTRA}]"
_NEEDS_QUOTES: Final = r'[;"\r\n]'
_FORMULA_START: Final = r"^[=+\-@]"


def quote_expr(column: str, *, excel_safe: bool = False) -> pl.Expr:
    """A polars expression that renders ``column`` as one CSV field (empty for null)."""
    import polars as pl

    value = pl.col(column).fill_null("")
    if excel_safe:
        value = pl.when(value.str.contains(_FORMULA_START)).then(pl.lit("'") + value).otherwise(value)
    quoted = pl.lit('"') + value.str.replace_all('"', '""', literal=True) + pl.lit('"')
    return pl.when(value.str.contains(_NEEDS_QUOTES)).then(quoted).otherwise(value)


def quote_text(value: str) -> str:
    """The same quoting for one Python string (header names)."""
    if any(ch in value for ch in ';"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_lines(frame: pl.DataFrame, columns: list[str], *, excel_safe: bool = False) -> pl.Series:
    """One rendered CSV line (without terminator) per row of ``frame``."""
    import polars as pl

    if not columns:
        return pl.Series("line", [""] * frame.height, dtype=pl.String)
    exprs = [quote_expr(c, excel_safe=excel_safe) for c in columns]
    return frame.select(pl.concat_str(exprs, separator=DELIMITER).alias("line")).to_series()


def header_line(columns: list[str]) -> str:
    """The rendered header line (without terminator)."""
    return DELIMITER.join(quote_text(c) for c in columns)


def byte_lengths(lines: pl.Series, encoding: str) -> pl.Series:
    """Encoded length of each line plus its CRLF."""
    import polars as pl

    # cp1252 is one byte per character; UTF-8 is measured in bytes.
    lengths = lines.str.len_chars() if encoding == "cp1252" else lines.str.len_bytes()
    return (lengths.cast(pl.Int64) + len(TERMINATOR)).alias("bytes")


@dataclass(frozen=True)
class Part:
    """One upload file's content before it is written."""

    start: int
    stop: int
    data: bytes


def split_parts(lines: pl.Series, header: str, encoding: str, limit: int) -> list[Part]:
    """Cut ``lines`` at row boundaries into encoded files of at most ``limit`` bytes, each with the header.

    A single row that cannot fit beside the header raises :class:`ValueError` (the caller
    rejects such rows before).
    """
    head = header + TERMINATOR
    head_bytes = len(head.encode(encoding))  # includes the BOM for utf-8-sig
    sizes = byte_lengths(lines, encoding).to_list()
    parts: list[Part] = []
    start = 0
    used = head_bytes
    values = lines.to_list()
    for index, size in enumerate(sizes):
        if head_bytes + size > limit:
            raise ValueError(index)
        if used + size > limit and index > start:
            parts.append(_part(values, start, index, head, encoding))
            start, used = index, head_bytes
        used += size
    parts.append(_part(values, start, len(values), head, encoding))
    return parts


def _part(values: list[str], start: int, stop: int, head: str, encoding: str) -> Part:
    body = TERMINATOR.join(values[start:stop])
    text = head + body + (TERMINATOR if stop > start else "")
    return Part(start, stop, text.encode(encoding))


def render_table(
    frame: pl.DataFrame, columns: list[str], headers: list[str], *, excel_safe: bool = False
) -> bytes:
    """A whole CSV file in UTF-8 with BOM (for the rejected and unmapped files that people open in Excel)."""
    lines = csv_lines(frame, columns, excel_safe=excel_safe).to_list()
    head = DELIMITER.join(quote_text(("'" + h) if excel_safe and h[:1] in "=+-@" else h) for h in headers)
    body = TERMINATOR.join([head, *lines]) + TERMINATOR
    return (_BOM + body).encode("utf-8")
