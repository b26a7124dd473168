"""Stage five: the upload files (split under 2 MB each), the rejected file and the unmapped file.

Rows are serialised with polars expressions: ``;``, CRLF, ``"`` quoting only where needed.
Sizes are measured after encoding, so a file of umlauts in UTF-8 is split where its
bytes, not its characters, reach the limit.
"""

from __future__ import annotations

from collections.abc import Iterable
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

    Part boundaries come from the cumulative encoded sizes (a binary search per part), and
    each part's text is joined by polars, so no Python string is made per row.
    A single row that cannot fit beside the header raises :class:`ValueError`.
    """
    head = header + TERMINATOR
    head_bytes = len(head.encode(encoding))  # includes the BOM for utf-8-sig
    sizes = byte_lengths(lines, encoding)
    too_big = (sizes + head_bytes > limit).arg_true()
    if too_big.len():
        raise ValueError(int(too_big[0]))
    ends = sizes.cum_sum()
    budget = limit - head_bytes
    parts: list[Part] = []
    start, done = 0, 0
    while True:
        # Every row fits beside the header (checked above), so each part takes at least one row.
        stop = max(int(ends.search_sorted(done + budget, side="right")), start + 1)
        body = lines.slice(start, stop - start).str.join(TERMINATOR).item() if stop > start else ""
        text = head + body + (TERMINATOR if stop > start else "")
        parts.append(Part(start, stop, text.encode(encoding)))
        if stop >= len(lines):
            return parts
        done = int(ends[stop - 1])
        start = stop


def render_table(
    frames: pl.DataFrame | Iterable[pl.DataFrame],
    columns: list[str],
    headers: list[str],
    *,
    excel_safe: bool = False,
) -> tuple[bytes, memoryview]:
    """A whole CSV file in UTF-8 with BOM (for the rejected and unmapped files that people open in Excel).

    ``frames`` is one frame or its slices in order. Returned as (BOM and header, body): polars'
    CSV writer writes the body as UTF-8 bytes (handed on as a view of its buffer, not copied),
    with the same quoting as :func:`csv_lines`; empty strings are written as empty fields, like
    nulls (polars would quote them).
    """
    import io

    import polars as pl

    exprs = []
    for n, column in enumerate(columns):
        value = pl.col(column)
        value = pl.when(value == "").then(None).otherwise(value)
        if excel_safe:
            value = pl.when(value.str.contains(_FORMULA_START)).then(pl.lit("'") + value).otherwise(value)
        exprs.append(value.alias(f"c{n}"))
    body = io.BytesIO()
    for frame in [frames] if isinstance(frames, pl.DataFrame) else frames:
        frame.select(exprs).write_csv(
            body,
            separator=DELIMITER,
            quote_char='"',
            quote_style="necessary",
            line_terminator=TERMINATOR,
            null_value="",
            include_header=False,
        )
    head = DELIMITER.join(quote_text(("'" + h) if excel_safe and h[:1] in "=+-@" else h) for h in headers)
    return (_BOM + head + TERMINATOR).encode("utf-8"), body.getbuffer()
