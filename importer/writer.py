"""Stage five: the upload files (split under 2 MB each), the rejected file and the unmapped file.

Rows are written by polars' CSV writer: ``;``, CRLF, ``"`` quoting only where needed.
Sizes are computed per row after encoding, so a file of umlauts in UTF-8 is split where
its bytes, not its characters, reach the limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from importer.formulas import guarded, needs_guard

if TYPE_CHECKING:
    import io

    import polars as pl

DELIMITER: Final = ";"
TERMINATOR: Final = "\r\n"
OUTPUT_ENCODINGS: Final = ("utf-8", "utf-8-sig", "cp1252")
_BOM: Final = "\ufeff"
#: Characters Windows-1252 can hold besides ASCII and U+00A0–U+00FF.
_CP1252_EXTRA: Final = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
CP1252_UNENCODABLE: Final = f"[^\\x00-\\x7f\\xa0-\\xff{_CP1252_EXTRA}]"
_NEEDS_QUOTES: Final = r'[;"\r\n]'


def quote_text(value: str) -> str:
    """One header name as a CSV field: quoted only when it holds ``;``, ``"`` or a line break."""
    if any(ch in value for ch in ';"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def header_line(columns: list[str]) -> str:
    """The rendered header line (without terminator)."""
    return DELIMITER.join(quote_text(c) for c in columns)


def row_sizes(frame: pl.DataFrame, columns: list[str], encoding: str) -> pl.Series:
    """The encoded size of each row's CSV line, CRLF included, computed without writing the lines.

    A field takes its encoded length, plus two quotes and one more per quote inside when it
    must be quoted (``;``, ``"``, CR or LF in it: polars' ``quote_style="necessary"``).
    """
    import polars as pl

    if not columns:
        return pl.Series("bytes", [len(TERMINATOR)] * frame.height, dtype=pl.Int64)
    fields = []
    for column in columns:
        value = pl.col(column).fill_null("")
        # cp1252 is one byte per character; UTF-8 is measured in bytes.
        length = value.str.len_chars() if encoding == "cp1252" else value.str.len_bytes()
        quoting = pl.when(value.str.contains(_NEEDS_QUOTES)).then(
            value.str.count_matches('"', literal=True) + 2
        )
        fields.append(length.cast(pl.Int64) + quoting.otherwise(0).cast(pl.Int64))
    extra = len(columns) - 1 + len(TERMINATOR)
    return frame.select((pl.sum_horizontal(fields) + extra).alias("bytes")).to_series()


def header_bytes(columns: list[str], encoding: str) -> int:
    """The encoded size of the header line, CRLF (and the BOM of ``utf-8-sig``) included."""
    return len((header_line(columns) + TERMINATOR).encode(encoding))


@dataclass(frozen=True)
class Part:
    """One upload file's content before it is written."""

    start: int
    stop: int
    data: bytes


def split_parts(
    frame: pl.DataFrame, columns: list[str], encoding: str, limit: int, sizes: pl.Series | None = None
) -> list[Part]:
    """Cut ``frame`` at row boundaries into encoded files of at most ``limit`` bytes, each with the header.

    Part boundaries come from the cumulative encoded row sizes (``sizes``, from :func:`row_sizes`
    when not given; a binary search per part); each part is written by polars' CSV writer.
    A single row that cannot fit beside the header raises :class:`ValueError` with its index.
    """
    head = header_line(columns) + TERMINATOR
    head_bytes = header_bytes(columns, encoding)
    if sizes is None:
        sizes = row_sizes(frame, columns, encoding)
    too_big = (sizes + head_bytes > limit).arg_true()
    if too_big.len():
        raise ValueError(int(too_big[0]))
    ends = sizes.cum_sum()
    budget = limit - head_bytes
    parts: list[Part] = []
    start, done = 0, 0
    while True:
        # Every row fits beside the header (checked above), so each part takes at least one row.
        stop = max(int(ends.search_sorted(done + budget, side="right")), start + 1) if frame.height else 0
        body = _write_rows(frame.slice(start, stop - start), columns)
        data = head.encode(encoding) + (
            body if encoding != "cp1252" else body.decode("utf-8").encode(encoding)
        )
        parts.append(Part(start, stop, data))
        if stop >= frame.height:
            return parts
        done = int(ends[stop - 1])
        start = stop


def _write_rows(frame: pl.DataFrame, columns: list[str]) -> bytes:
    """The rows as CSV lines in UTF-8 (no header): ``;``, CRLF, quotes only where needed."""
    import io

    import polars as pl

    if frame.height == 0:
        return b""
    if not columns:
        return TERMINATOR.encode() * frame.height
    body = io.BytesIO()
    # Empty strings are written as empty fields, like nulls (polars would quote them).
    _append_csv(frame.select(pl.col(c).replace("", None) for c in columns), body)
    return body.getvalue()


def _append_csv(frame: pl.DataFrame, body: io.BytesIO) -> None:
    """Append ``frame``'s rows to ``body``: ``;``, CRLF, quotes only where needed, null as empty."""
    frame.write_csv(
        body,
        separator=DELIMITER,
        quote_char='"',
        quote_style="necessary",
        line_terminator=TERMINATOR,
        null_value="",
        include_header=False,
    )


def render_table(
    frames: pl.DataFrame | Iterable[pl.DataFrame], columns: list[str], headers: list[str]
) -> tuple[bytes, memoryview]:
    """A whole CSV file in UTF-8 with BOM (for the rejected and unmapped files that people open in Excel).

    A value or header a spreadsheet would run as a formula (it starts with = + - @ TAB or CR,
    or apostrophes before one: :data:`importer.formulas.GUARDED`) gets a leading apostrophe: shown, never run.

    ``frames`` is one frame or its slices in order. Returned as (BOM and header, body): polars'
    CSV writer writes the body as UTF-8 bytes (handed on as a view of its buffer, not copied),
    with the same quoting as the upload files; empty strings are written as empty fields, like
    nulls (polars would quote them).
    """
    import io

    import polars as pl

    exprs = _table_cells(columns)
    body = io.BytesIO()
    for frame in [frames] if isinstance(frames, pl.DataFrame) else frames:
        _append_csv(frame.select(exprs), body)
    return _table_head(headers), body.getbuffer()


@dataclass(frozen=True)
class TableStream:
    """The file :func:`render_table` renders from ``slices()``, rendered a slice at a time while it
    is written: a large rejected file (130 MB of a mostly rejected 100 MB input) is never whole
    in memory. Each iteration renders it anew, in the pieces BOM and header, then one per slice.
    """

    #: The slices of the file's rows, in order (called once per iteration).
    slices: Callable[[], Iterable[pl.DataFrame]]
    columns: list[str]
    headers: list[str]

    def __iter__(self) -> Iterator[bytes | memoryview]:
        import io

        exprs = _table_cells(self.columns)
        yield _table_head(self.headers)
        for frame in self.slices():
            body = io.BytesIO()
            _append_csv(frame.select(exprs), body)
            yield body.getbuffer()


def _table_cells(columns: list[str]) -> list[pl.Expr]:
    """``columns`` as the cells :func:`render_table` writes: empty as null, formulas defused."""
    import polars as pl

    exprs = []
    for n, column in enumerate(columns):
        value = pl.col(column)
        value = pl.when(value == "").then(None).otherwise(value)
        value = pl.when(needs_guard(value)).then(pl.lit("'") + value).otherwise(value)
        exprs.append(value.alias(f"c{n}"))
    return exprs


def _table_head(headers: list[str]) -> bytes:
    """BOM and header line of :func:`render_table`'s files, a formula-like header defused."""
    head = DELIMITER.join(quote_text(("'" + h) if guarded(h) else h) for h in headers)
    return (_BOM + head + TERMINATOR).encode("utf-8")
