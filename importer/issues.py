"""Findings kept in columns: a polars frame that reads as a sequence of :class:`Issue` records.

A 100 MB export can yield hundreds of thousands of findings. Held as Python objects (and
then as dicts for the report) they cost gigabytes; held in a frame they cost a few bytes
per cell, and sorting, counting, grouping and JSON encoding run in Rust. Records are made
only for the findings someone actually iterates over.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, overload

from importer.frame import concat_gathered
from importer.model import Issue, Severity

if TYPE_CHECKING:
    import polars as pl

#: Column order = the JSON report's documented key order.
FIELDS: Final = ("row", "line", "column", "value", "code", "severity", "message", "fixed_value")


def _schema() -> dict[str, Any]:
    import polars as pl

    return {
        "row": pl.Int64,
        "line": pl.Int64,
        "column": pl.String,
        "value": pl.String,
        "code": pl.String,
        "severity": pl.String,
        "message": pl.String,
        "fixed_value": pl.String,
    }


class IssueList(Sequence[Issue]):
    """An immutable sequence of findings backed by a polars DataFrame with :data:`FIELDS`."""

    __slots__ = ("_cache", "frame")

    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame.select(FIELDS)
        self._cache: list[Issue] | None = None

    @classmethod
    def empty(cls) -> IssueList:
        """No findings."""
        import polars as pl

        return cls(pl.DataFrame(schema=_schema()))

    @classmethod
    def of(cls, issues: Iterable[Issue]) -> IssueList:
        """Findings given as records."""
        import polars as pl

        if isinstance(issues, IssueList):
            return issues
        rows = [
            (i.row, i.line, i.column, i.value, i.code, i.severity.value, i.message, i.fixed_value)
            for i in issues
        ]
        return cls(pl.DataFrame(rows, schema=_schema(), orient="row"))

    @classmethod
    def concat(cls, parts: Iterable[Iterable[Issue]]) -> IssueList:
        """All findings of ``parts``, in order."""
        import polars as pl

        frames = [cls.of(part).frame for part in parts]
        frames = [f for f in frames if f.height]
        if not frames:
            return cls.empty()
        return cls(pl.concat(frames, how="vertical_relaxed"))

    # --- Sequence -----------------------------------------------------------------------

    def __len__(self) -> int:
        return self.frame.height

    @overload
    def __getitem__(self, index: int) -> Issue: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Issue]: ...

    def __getitem__(self, index: int | slice) -> Issue | Sequence[Issue]:
        return self.records()[index]

    def __iter__(self) -> Iterator[Issue]:
        return iter(self.records())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IssueList):
            return self.frame.equals(other.frame)
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"IssueList({len(self)} findings)"

    def records(self) -> list[Issue]:
        """The findings as :class:`Issue` records (made once, on first use)."""
        if self._cache is None:
            columns = [self.frame.get_column(name).to_list() for name in FIELDS]
            self._cache = [
                Issue(row, line, column, value, code, Severity(severity), message, fixed)
                for row, line, column, value, code, severity, message, fixed in zip(*columns, strict=True)
            ]
        return self._cache

    # --- columnar helpers ---------------------------------------------------------------

    def needs_attention(self) -> bool:
        """True when any finding is an error or a warning."""
        import polars as pl

        return bool(self.frame.select((pl.col("severity") != Severity.FIX.value).any()).item() or False)

    def counts(self) -> dict[str, dict[str, int]]:
        """Number of findings per code and per severity, sorted by name."""
        by_code = dict(self.frame.get_column("code").value_counts().iter_rows())
        by_severity = dict(self.frame.get_column("severity").value_counts().iter_rows())
        return {
            "by_code": {k: int(v) for k, v in sorted(by_code.items())},
            "by_severity": {k: int(v) for k, v in sorted(by_severity.items())},
        }

    def rows_with(self, severity: Severity) -> set[int]:
        """Spreadsheet rows (> 1) that have a finding of ``severity``."""
        return set(self.row_series(severity).to_list())

    def row_series(self, severity: Severity) -> pl.Series:
        """:meth:`rows_with` as a polars Series (each row once, in no particular order): a few
        bytes a row, where a Python set of the 490,000 rejected rows of a 100 MB file takes 34 MB."""
        import polars as pl

        row = pl.col("row")
        hit = row.filter((pl.col("severity") == severity.value) & (row > 1)).unique()
        return self.frame.select(hit).to_series()

    def rows_of(self, code: str) -> set[int]:
        """Spreadsheet rows (> 1) that have a finding ``code``."""
        import polars as pl

        row = pl.col("row")
        return set(
            self.frame.select(row.filter((pl.col("code") == code) & (row > 1)).unique()).to_series().to_list()
        )

    def sorted(self, column_order: Sequence[str]) -> IssueList:
        """Findings by row, catalog column order, column and code; a data finding repeated for the same
        (row, column, code) — a both-roles row is validated twice — is kept once."""
        import polars as pl

        return IssueList(self.frame.select(pl.all().gather(_sort_index(self.frame, column_order))))

    @classmethod
    def concat_sorted(cls, parts: list[Sequence[Issue]], column_order: Sequence[str]) -> IssueList:
        """``concat(parts).sorted(column_order)``, taking ``parts`` over (the list is emptied), the
        findings gathered into their order a column at a time (:func:`importer.frame.concat_gathered`):
        at 100 MB sorting them whole was the run's highest memory use."""
        frames = [cls.concat(parts).frame]
        parts.clear()
        return cls(concat_gathered(frames, lambda whole: _sort_index(whole, column_order)))

    def json_lines(self, chunk: int = 50_000) -> Iterator[str]:
        """Each finding as one compact JSON object (documented key order), encoded by polars."""
        import polars as pl

        for start in range(0, len(self), chunk):
            part = self.frame.slice(start, chunk)
            encoded = part.select(pl.struct(list(FIELDS)).struct.json_encode().alias("json"))
            yield from encoded.get_column("json").to_list()

    def to_dicts(self) -> list[dict[str, Any]]:
        """The findings as JSON-ready dicts (the report's ``issues`` list)."""
        return self.frame.to_dicts()


def _sort_index(frame: pl.DataFrame, column_order: Sequence[str]) -> pl.Series:
    """The order of :meth:`IssueList.sorted` as row positions of ``frame``, duplicates left out."""
    import polars as pl

    # The order is found on integer sort keys alone and the findings gathered after: at 100 MB
    # (850,000 findings, 0.14 GB) sorting and deduplicating whole rows held two more copies, and
    # sorting on the column and code texts held their row encoding as well. A column's rank is
    # its catalog position; after the catalog's come a row's own findings (no column), then other
    # columns by name. A code's rank is its position among the codes by name.
    known = list(dict.fromkeys(column_order))
    present = frame.get_column("column").unique().drop_nulls().to_list()
    others = sorted(set(present) - set(known))
    no_column = len(known)
    column_rank = {name: i for i, name in enumerate(known)}
    column_rank.update({name: no_column + 1 + i for i, name in enumerate(others)})
    codes = sorted(frame.get_column("code").unique().drop_nulls().to_list())
    code_rank = {code: i for i, code in enumerate(codes)}
    keys = frame.select(
        pl.col("row"),
        pl.col("column")
        .replace_strict(column_rank, default=None, return_dtype=pl.Int32)
        .fill_null(no_column)
        .alias("order"),
        pl.col("code").replace_strict(code_rank, default=None, return_dtype=pl.Int32).alias("code"),
    ).with_row_index("i")
    row = pl.col("row")
    # A null row is neither; the first of each (row, column, code) among the data rows (> 1).
    keep = (row <= 1) | ((row > 1) & pl.struct("row", "order", "code").is_first_distinct())
    return keys.filter(keep).sort(["row", "order", "code", "i"], nulls_last=False)["i"]
