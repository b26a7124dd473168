"""The stages of ``check`` after intake, each a plain function the pipeline calls in order.

map columns → working frame → clean and fix → renumber → roles → validate → render the
upload, rejected and unmapped files in memory (with a round-trip self-check) → write.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from importer.errors import ConfigurationError, SelfCheckError
from importer.fileio import write_atomic
from importer.issues import IssueList
from importer.messages import msg
from importer.model import ColumnMapping, Issue, Severity
from importer.parse import LINE, ROW

if TYPE_CHECKING:
    import polars as pl

    from importer.catalog import Catalog
    from importer.intake import Intake
    from importer.pipeline import CheckOptions, CheckResult, Outputs

ROLE_FILES: Final = {"customers": "kunden", "suppliers": "lieferanten"}
_IS_CUSTOMER: Final = "__customer__"
_IS_SUPPLIER: Final = "__supplier__"
_MERGE_PREFIX: Final = "__merge_"
#: Rows rendered at once into the rejected file.
_RENDER_CHUNK: Final = 100_000


def filled(column: str) -> pl.Expr:
    """True for a cell with content: not empty, not only whitespace or zero-width characters.

    The one definition of a "non-empty cell" for the column counts and the accounting; the
    cleaning empties exactly the other cells (without a finding, as they held nothing).
    """
    import polars as pl

    from importer.clean import ZERO_WIDTH

    # Any character that is neither whitespace nor zero-width: found without copying the cell.
    return pl.col(column).str.contains(f"[^\\s{ZERO_WIDTH[1:-1]}]").fill_null(False)


# --- output names ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputNames:
    """Where each output of one input goes: ``<out>/<stem>.<suffix>``."""

    input: Path
    out: Path
    stem: str

    @classmethod
    def for_input(cls, path: Path, out: Path) -> OutputNames:
        """Names for ``path``'s outputs in ``out``."""
        return cls(path, out, path.stem)

    def path(self, suffix: str) -> Path:
        """``<out>/<stem><suffix>``, refusing to name the input itself."""
        target = self.out / f"{self.stem}{suffix}"
        with contextlib.suppress(OSError):
            if target.resolve() == self.input.resolve():
                raise ConfigurationError(msg("usage-out-is-input", path=target))
        return target

    def upload(self, role: str, part: int | None) -> Path:
        """``<stem>.kunden.csv`` or, when split, ``<stem>.kunden-<part>.csv``."""
        base = ROLE_FILES[role]
        return self.path(f".{base}.csv" if part is None else f".{base}-{part}.csv")

    def stale(self, keep: set[Path]) -> list[Path]:
        """Outputs of an earlier run of the same input that this run did not produce."""
        if not self.out.is_dir():
            return []
        pattern = re.compile(
            re.escape(self.stem)
            + r"\.(?:(?:kunden|lieferanten)(?:-\d+)?\.csv|rejected\.csv|unmapped\.csv|report\.html)"
        )
        found = [p for p in self.out.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
        return sorted(p for p in found if p not in keep and p.resolve() != self.input.resolve())


# --- mapping ------------------------------------------------------------------------------


def manual_mapping(options: CheckOptions) -> dict[str, str | None]:
    """``--mapping FILE`` merged with ``--map`` (the command line wins)."""
    from importer.mapping import load_mapping_file

    manual: dict[str, str | None] = {}
    if options.mapping_file is not None:
        manual.update(load_mapping_file(options.mapping_file))
    manual.update(options.manual_map)
    return manual


def map_columns(
    intake: Intake, stats: list[ColumnMapping], catalog: Catalog, manual: dict[str, str | None], kind: str
) -> list[ColumnMapping]:
    """Map the source headers and decide where each column's data goes."""
    from importer.mapping import map_headers

    unknown = sorted(set(manual) - {c.source for c in stats} - {c.original for c in stats if c.original})
    if unknown:
        raise ConfigurationError(msg("mapping-unknown-source", sources=", ".join(unknown)))
    by_original = {c.original: c.source for c in stats if c.original and c.original not in manual}
    manual = {by_original.get(k, k): v for k, v in manual.items()}
    mapped = map_headers([c.source for c in stats], catalog, manual=manual)
    columns: list[ColumnMapping] = []
    excluded = {"customers": "suppliers", "suppliers": "customers"}.get(kind)
    for stat, found in zip(stats, mapped, strict=True):
        found.non_empty = stat.non_empty
        found.original = stat.original
        if found.target is None:
            found.destination = "unmapped"
        elif excluded and found.merge is None and catalog.get(found.target).role == excluded:
            found.destination = "unmapped"
            found.note = msg("mapping-role-excluded", target=found.target, kind=msg(f"kind-{kind}"))
        elif found.merge is not None:
            found.destination = f"merged:{found.target}"
        else:
            found.destination = "upload"
        columns.append(found)
    return columns


def working_frame(intake: Intake, columns: list[ColumnMapping], catalog: Catalog) -> pl.DataFrame:
    """One String column per catalog column (null when empty), merge inputs, row and line."""
    import polars as pl

    frame = intake.table.frame
    by_target = {c.target: c.source for c in columns if c.destination == "upload" and c.target}

    def cell(source: str) -> pl.Expr:
        col = pl.col(source)
        return pl.when(col.str.len_chars() > 0).then(col).otherwise(None)

    exprs = [
        (cell(by_target[name]) if name in by_target else pl.lit(None, dtype=pl.String)).alias(name)
        for name in catalog.names()
    ]
    exprs += [cell(c.source).alias(_MERGE_PREFIX + c.merge) for c in columns if c.merge and c.target]
    return frame.select([*exprs, pl.col(ROW), pl.col(LINE)])


# --- processing ---------------------------------------------------------------------------


@dataclass
class Run:
    """The processed rows: the cleaned frame, the findings and which rows go where."""

    frame: pl.DataFrame
    issues: IssueList
    rejected_rows: set[int]
    #: Columns whose values left the upload (e.g. ``Kundennummer (alt)`` after --renumber clear).
    moved: dict[str, pl.Series] = field(default_factory=dict)
    #: Source column index → rows whose cell went to the unmapped file instead of an upload file.
    moved_cells: dict[int, set[int]] = field(default_factory=dict)
    rows_uploaded: int = 0
    rows_rejected: int = 0
    accounting: dict[str, Any] = field(default_factory=dict)
    not_written: dict[str, list[int]] = field(default_factory=dict)


def process(
    work: pl.DataFrame, intake: Intake, columns: list[ColumnMapping], catalog: Catalog, options: CheckOptions
) -> Run:
    """Clean, renumber, assign roles and validate; decide which rows are rejected."""
    import polars as pl

    from importer.clean import clean
    from importer.validate import validate

    frame, fixes = clean(work, catalog)
    del work  # the cleaned frame replaces it
    frame, renumbered, moved = renumber(frame, options.renumber, catalog)
    moved_cells: dict[int, set[int]] = {}
    if moved:
        cleared = {i.row for i in renumbered if i.fixed_value is None}
        moved_cells.update(
            {c.index: cleared for c in columns if c.target == "Kundennummer" and c.merge is None}
        )
    moved.update(unused_merge_inputs(fixes, intake, columns, moved_cells))
    moved.update(removed_values(fixes, intake, columns, moved_cells))
    frame = assign_roles(frame, options.kind)
    parts: list[Sequence[Issue]] = [intake.issues, mapping_issues(columns), fixes, renumbered]
    for role, flag in (("customers", _IS_CUSTOMER), ("suppliers", _IS_SUPPLIER)):
        rows = frame.filter(pl.col(flag)).drop(_IS_CUSTOMER, _IS_SUPPLIER)
        if rows.height:
            parts.append(validate(rows, role, catalog))
    parts.append(role_both_issues(frame))
    issues = IssueList.concat(parts).sorted(catalog.names())
    rejected = issues.rows_with(Severity.ERROR)
    return Run(frame, issues, rejected, moved, moved_cells)


def _cells_of(frame: pl.DataFrame, source: str, rows: set[int]) -> pl.Series:
    """``source``'s cells in ``rows`` (null elsewhere): a column for the unmapped file."""
    import polars as pl

    return frame.select(
        pl.when(pl.col(ROW).is_in(list(rows))).then(pl.col(source)).otherwise(None)
    ).to_series()


def removed_values(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping], moved_cells: dict[int, set[int]]
) -> dict[str, pl.Series]:
    """Values a fix removed outright (Anrede "Firma" on a company row) go to the unmapped file."""
    import polars as pl

    removed = fixes.frame.filter(
        (pl.col("severity") == Severity.FIX.value)
        & pl.col("fixed_value").is_null()
        & (pl.col("value").fill_null("").str.strip_chars() != "")
        & (pl.col("code") != "whitespace-trimmed")
    )
    if removed.height == 0:
        return {}
    extra: dict[str, pl.Series] = {}
    frame = intake.table.frame
    for column in columns:
        if column.merge is not None or column.target is None or column.destination != "upload":
            continue
        rows = set(removed.filter(pl.col("column") == column.target).get_column("row").to_list())
        if not rows:
            continue
        extra[msg("removed-value-column", source=column.source)] = _cells_of(frame, column.source, rows)
        moved_cells[column.index] = moved_cells.get(column.index, set()) | rows
    return extra


#: The catalog columns a merge input is merged into, by merge kind.
_MERGE_TARGETS: Final = {
    "house-number-1": ("Straße 1",),
    "house-number-2": ("Straße 2",),
    "postcode-city-1": ("PLZ 1", "Ort 1"),
    "postcode-city-2": ("PLZ 2", "Ort 2"),
    "contact-person-1": (
        "Ansprechpartner 1 Anrede",
        "Ansprechpartner 1 Vorname",
        "Ansprechpartner 1 Nachname",
    ),
}


def unused_merge_inputs(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping], moved_cells: dict[int, set[int]]
) -> dict[str, pl.Series]:
    """Merge inputs the cleaning could not use (``merge-input-unused``) go to the unmapped file, not lost."""
    import polars as pl

    unused = IssueList(fixes.frame.filter(pl.col("code") == "merge-input-unused")).records()
    if not unused:
        return {}
    extra: dict[str, pl.Series] = {}
    frame = intake.table.frame
    for column in columns:
        if column.merge is None:
            continue
        targets = _MERGE_TARGETS.get(column.merge, (column.target,))
        rows = {i.row for i in unused if i.column in targets}
        if not rows:
            continue
        extra[msg("merge-unused-column", source=column.source)] = _cells_of(frame, column.source, rows)
        moved_cells[column.index] = rows
    return extra


def mapping_issues(columns: list[ColumnMapping]) -> list[Issue]:
    """Warnings about header mapping the user must read: a suggestion not applied, a lost duplicate."""
    found: list[Issue] = []
    for c in columns:
        if c.target is None and c.suggestion and c.non_empty:
            found.append(
                Issue(
                    1,
                    1,
                    c.source,
                    c.source,
                    "column-suggestion",
                    Severity.WARNING,
                    msg(
                        "column-suggestion",
                        source=c.source,
                        suggestion=c.suggestion,
                        score=round(100 * (c.suggestion_score or 0)),
                        count=c.non_empty,
                    ),
                )
            )
    return found


def renumber(
    frame: pl.DataFrame, mode: str | None, catalog: Catalog
) -> tuple[pl.DataFrame, list[Issue], dict[str, pl.Series]]:
    """``--renumber clear`` empties out-of-range Kundennummern; ``offset:N`` adds N to all of them."""
    import polars as pl

    if not mode:
        return frame, [], {}
    low, high = catalog.customer_range
    number = pl.col("Kundennummer")
    valid = number.str.contains(r"^\d{5}$") & number.cast(pl.Int64, strict=False).is_between(low, high)
    if mode == "clear":
        hit = frame.select(number.is_not_null() & ~valid.fill_null(False)).to_series()
        if not hit.any():
            return frame, [], {}
        old = (
            frame.select(pl.when(hit).then(number).otherwise(None))
            .to_series()
            .alias(msg("renumber-old-column"))
        )
        issues = [
            Issue(
                r,
                line,
                "Kundennummer",
                v,
                "customer-number-renumbered",
                Severity.FIX,
                msg("customer-number-cleared", value=v),
                None,
            )
            for r, line, v in frame.filter(hit).select(ROW, LINE, "Kundennummer").iter_rows()
        ]
        return (
            frame.with_columns(pl.when(hit).then(None).otherwise(number).alias("Kundennummer")),
            issues,
            {old.name: old},
        )
    match = re.fullmatch(r"offset:(-?\d+)", mode)
    if not match:
        raise ConfigurationError(msg("usage-renumber", value=mode))
    offset = int(match.group(1))
    digits = number.str.strip_chars()
    new = (digits.cast(pl.Int64, strict=False) + offset).cast(pl.String)
    check = frame.select(ROW, digits.alias("old"), new.alias("new")).filter(pl.col("old").is_not_null())
    bad = check.filter(
        ~pl.col("old").str.contains(r"^\d+$")
        | ~pl.col("new").cast(pl.Int64, strict=False).is_between(low, high)
    )
    if bad.height:
        first = bad.row(0, named=True)
        raise ConfigurationError(
            msg(
                "renumber-offset-invalid",
                offset=offset,
                row=first[ROW],
                old=first["old"],
                new=first["new"],
                count=bad.height,
                low=low,
                high=high,
            )
        )
    dupes = check.filter(pl.col("new").is_duplicated())
    if dupes.height:
        first = dupes.row(0, named=True)
        raise ConfigurationError(
            msg("renumber-offset-duplicate", offset=offset, new=first["new"], count=dupes.height)
        )
    issues = [
        Issue(
            r,
            line,
            "Kundennummer",
            old,
            "customer-number-renumbered",
            Severity.FIX,
            msg("customer-number-offset", value=old, new=str(int(old) + offset)),
            str(int(old) + offset),
        )
        for r, line, old in frame.filter(number.is_not_null()).select(ROW, LINE, digits).iter_rows()
    ]
    return (
        frame.with_columns(pl.when(number.is_not_null()).then(new).otherwise(None).alias("Kundennummer")),
        issues,
        {},
    )


def assign_roles(frame: pl.DataFrame, kind: str) -> pl.DataFrame:
    """Flag each row as customer and/or supplier (``--kind auto``: by the number columns)."""
    import polars as pl

    if kind == "customers":
        return frame.with_columns(pl.lit(True).alias(_IS_CUSTOMER), pl.lit(False).alias(_IS_SUPPLIER))
    if kind == "suppliers":
        return frame.with_columns(pl.lit(False).alias(_IS_CUSTOMER), pl.lit(True).alias(_IS_SUPPLIER))
    has_customer = pl.col("Kundennummer").is_not_null()
    has_supplier = pl.col("Lieferantennummer").is_not_null()
    return frame.with_columns(
        (has_customer | ~has_supplier).alias(_IS_CUSTOMER), has_supplier.alias(_IS_SUPPLIER)
    )


def role_both_issues(frame: pl.DataFrame) -> list[Issue]:
    """``role-both``: a row with both numbers goes to both files; lexoffice creates two contacts."""
    import polars as pl

    both = frame.filter(pl.col(_IS_CUSTOMER) & pl.col(_IS_SUPPLIER))
    return [
        Issue(
            r,
            line,
            "Lieferantennummer",
            f"{k} / {s}",
            "role-both",
            Severity.WARNING,
            msg("role-both", customer=k, supplier=s),
        )
        for r, line, k, s in both.select(ROW, LINE, "Kundennummer", "Lieferantennummer").iter_rows()
    ]


# --- rendering ----------------------------------------------------------------------------


@dataclass
class RenderedFile:
    """An output rendered in memory, written only when the whole run succeeded."""

    path: Path
    #: The file's bytes, possibly in pieces (a large rejected file is not joined in memory).
    data: bytes | tuple[bytes | memoryview, ...]


def render_outputs(
    run: Run,
    intake: Intake,
    columns: list[ColumnMapping],
    catalog: Catalog,
    names: OutputNames,
    options: CheckOptions,
) -> tuple[Outputs, list[RenderedFile]]:
    """Render the upload parts, the rejected file and the unmapped file; fill the run's counts."""
    import polars as pl

    from importer.pipeline import Outputs, UploadFile

    outputs = Outputs(report_json=names.path(".report.json"))
    files: list[RenderedFile] = []
    frame = run.frame.filter(~pl.col(ROW).is_in(list(run.rejected_rows)))
    uploaded_rows: set[int] = set()
    for role, flag in (("customers", _IS_CUSTOMER), ("suppliers", _IS_SUPPLIER)):
        rows = frame.filter(pl.col(flag))
        if rows.height == 0:
            continue
        role_columns = [c for c in catalog.names(role) if rows.get_column(c).null_count() < rows.height]
        rows, oversized, sizes = reject_oversized(run, rows, role_columns, catalog, options.output_encoding)
        if oversized:  # a row of both roles is rejected for both
            frame = frame.filter(~pl.col(ROW).is_in(list(oversized)))
            if rows.height == 0:
                continue
            role_columns = [c for c in role_columns if rows.get_column(c).null_count() < rows.height]
        rendered, problems = render_upload(
            rows, role, role_columns, catalog, names, options.output_encoding, sizes
        )
        if problems:
            run.issues = IssueList.concat([run.issues, problems]).sorted(catalog.names())
            run.not_written[role] = sorted(set(rows.get_column(ROW).to_list()))
            continue
        for path, part_rows, data in rendered:
            files.append(RenderedFile(path, data))
            outputs.upload.append(UploadFile(path, role, part_rows, len(data), options.output_encoding))
        uploaded_rows.update(rows.get_column(ROW).to_list())
    run.rows_uploaded = len(uploaded_rows)
    run.rows_rejected = len(run.rejected_rows)
    rejected = render_rejected(run, intake)
    if rejected is not None:
        outputs.rejected = names.path(".rejected.csv")
        files.append(RenderedFile(outputs.rejected, rejected))
    unmapped = render_unmapped(run, intake, columns)
    if unmapped is not None:
        outputs.unmapped = names.path(".unmapped.csv")
        files.append(RenderedFile(outputs.unmapped, unmapped))
    run.accounting = accounting(run, intake, columns, uploaded_rows)
    return outputs, files


def reject_oversized(
    run: Run, rows: pl.DataFrame, columns: list[str], catalog: Catalog, encoding: str
) -> tuple[pl.DataFrame, set[int], pl.Series | None]:
    """Reject the rows too large for any upload file (``row-too-large``).

    A file must stay under the limit and a row cannot be split, so such a row (a value of
    megabytes, e.g. a pasted document) goes to the rejected file with the reason. Returns the
    other rows, the rejected ones, and the row sizes for splitting when none was rejected
    (otherwise the columns may change, and with them the sizes).
    """

    from importer.intake import human_size
    from importer.messages import format_number
    from importer.writer import header_bytes, row_sizes

    limit = catalog.settings["upload_limit_bytes"]
    sizes = row_sizes(rows, columns, encoding)
    too_big = sizes + header_bytes(columns, encoding) > limit
    if not too_big.any():
        return rows, set(), sizes
    issues = []
    for size, row in zip(sizes.filter(too_big), rows.filter(too_big).iter_rows(named=True), strict=True):
        column = max(columns, key=lambda c: len(row[c] or ""))
        issues.append(
            Issue(
                row[ROW],
                row[LINE],
                column,
                None,
                "row-too-large",
                Severity.ERROR,
                msg(
                    "row-too-large",
                    size=human_size(size),
                    limit=human_size(limit),
                    column=column,
                    length=format_number(len(row[column] or "")),
                ),
            )
        )
    run.issues = IssueList.concat([run.issues, issues]).sorted(catalog.names())
    rejected = {i.row for i in issues}
    run.rejected_rows |= rejected
    return rows.filter(~too_big), rejected, None


def render_upload(
    rows: pl.DataFrame,
    role: str,
    columns: list[str],
    catalog: Catalog,
    names: OutputNames,
    encoding: str,
    sizes: pl.Series | None = None,
) -> tuple[list[tuple[Path, int, bytes]], list[Issue]]:
    """One role's upload file(s), split under the limit, self-checked; or the findings that stop it.

    ``sizes``: the rows' encoded sizes, when already computed (:func:`reject_oversized`).
    """
    import polars as pl

    from importer.writer import CP1252_UNENCODABLE, split_parts

    if encoding == "cp1252":
        problems = []
        for column in columns:
            bad = rows.filter(pl.col(column).str.contains(CP1252_UNENCODABLE))
            for r, line, value in bad.select(ROW, LINE, column).iter_rows():
                chars = "".join(sorted({ch for ch in value if not _cp1252_ok(ch)}))
                problems.append(
                    Issue(
                        r,
                        line,
                        column,
                        value,
                        "output-unencodable",
                        Severity.ERROR,
                        msg("output-unencodable", chars=chars, file=names.upload(role, None).name),
                    )
                )
        if problems:
            return [], problems
    limit = catalog.settings["upload_limit_bytes"]
    parts = split_parts(rows, columns, encoding, limit, sizes)
    rendered: list[tuple[Path, int, bytes]] = []
    for number, part in enumerate(parts, start=1):
        path = names.upload(role, None if len(parts) == 1 else number)
        self_check(
            part.data, path, rows.slice(part.start, part.stop - part.start), columns, catalog, encoding
        )
        rendered.append((path, part.stop - part.start, part.data))
    return rendered, []


def _cp1252_ok(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


_READS_AS: Final = {"utf-8": {"utf-8", "ascii"}, "utf-8-sig": {"utf-8"}, "cp1252": {"cp1252", "ascii"}}


def self_check(
    data: bytes, path: Path, rows: pl.DataFrame, columns: list[str], catalog: Catalog, encoding: str
) -> None:
    """Re-read an upload file as lexoffice would get it and compare it with what was meant.

    The encoding and delimiter are detected afresh with the intake's own detectors; the
    values are read back with polars' CSV reader, a parser independent of the writer.
    """
    import io

    import polars as pl

    from importer.dialect import detect_dialect
    from importer.encoding import decode, detect_encoding

    limit = catalog.settings["upload_limit_bytes"]
    problems: list[str] = []
    if len(data) > limit:
        problems.append(f"{len(data)} bytes > {limit}")
    info = detect_encoding(data)
    if info.name not in _READS_AS[encoding]:
        problems.append(f"encoding read back as {info.name}, written as {encoding}")
    text = decode(data, info)
    if len(columns) > 1 and detect_dialect(text[:65536]).delimiter != ";":
        problems.append("delimiter not read back as ';'")
    back = pl.read_csv(
        io.BytesIO(text.encode("utf-8")),
        separator=";",
        quote_char='"',
        infer_schema=False,
        empty_string_is_null=False,
        raise_if_empty=False,
    )
    if back.columns != columns or any(c not in catalog for c in back.columns):
        problems.append(f"header read back as {back.columns}")
    elif back.height != rows.height:
        problems.append(f"{back.height} records read back, {rows.height} written")
    else:
        expected = rows.select(pl.col(c).fill_null("") for c in columns)
        if not back.select(pl.col(c).fill_null("") for c in columns).equals(expected):
            problems.append("values differ after reading back")
    if problems:
        raise SelfCheckError(msg("self-check-failed", path=path, problems="; ".join(problems)))


def render_rejected(run: Run, intake: Intake) -> tuple[bytes | memoryview, ...] | None:
    """The rejected rows with all their original columns, their row and the reasons."""
    import polars as pl

    from importer.writer import render_table

    if not run.rejected_rows:
        return None
    errors = run.issues.frame.filter(pl.col("severity") == Severity.ERROR.value)
    reasons = (
        errors.select(
            pl.col("row").alias(ROW),
            pl.when(pl.col("column").is_not_null())
            .then(pl.concat_str([pl.col("column"), pl.lit(": "), pl.col("message")]))
            .otherwise(pl.col("message"))
            .alias("__why"),
        )
        .group_by(ROW, maintain_order=True)
        .agg(pl.col("__why").str.join(" | "))
    )
    rejected = pl.Series(ROW, sorted(run.rejected_rows), dtype=pl.Int64)
    source = intake.table.frame
    row_col, reason_col = msg("rejected-row-column"), msg("rejected-reason-column")
    data_columns = intake.table.columns + intake.table.extra_columns

    def chunks() -> Iterator[pl.DataFrame]:
        # Filtered, joined and rendered a slice at a time: no copy of all rejected rows at once
        # (a 100 MB file of mostly rejected rows would hold one of about 200 MB).
        for start in range(0, source.height, _RENDER_CHUNK):
            part = source.slice(start, _RENDER_CHUNK).filter(pl.col(ROW).is_in(rejected))
            yield part.join(reasons, on=ROW, how="left", maintain_order="left").select(
                pl.col(ROW).cast(pl.String).alias("__r"),
                pl.col("__why").fill_null(""),
                *[pl.col(c) for c in data_columns],
            )

    return render_table(
        chunks(), ["__r", "__why", *data_columns], [row_col, reason_col, *data_columns], excel_safe=True
    )


def render_unmapped(
    run: Run, intake: Intake, columns: list[ColumnMapping]
) -> tuple[bytes | memoryview, ...] | None:
    """Every non-empty value of the columns without a place in the upload files, keyed by row."""
    import polars as pl

    from importer.writer import render_table

    sources = [c.source for c in columns if c.destination == "unmapped"]
    frame = intake.table.frame.select(pl.col(ROW), *[pl.col(s) for s in sources])
    for name, series in run.moved.items():
        frame = frame.with_columns(pl.Series(name, series.to_list(), dtype=pl.String))
    data_columns = [*sources, *run.moved]
    if not data_columns:
        return None
    keep = pl.any_horizontal([filled(c) for c in data_columns])
    # A rejected row keeps all its columns in the rejected file: each cell lands in one file only.
    frame = frame.filter(keep & ~pl.col(ROW).is_in(list(run.rejected_rows)))
    if frame.height == 0:
        return None
    frame = frame.with_columns(pl.col(ROW).cast(pl.String).alias("__r"))
    return render_table(frame, ["__r", *data_columns], [msg("rejected-row-column"), *data_columns])


def accounting(run: Run, intake: Intake, columns: list[ColumnMapping], uploaded: set[int]) -> dict[str, Any]:
    """Where every non-empty input cell went; ``balanced`` is true when none is lost.

    One pass: each row gets a status (rejected, uploaded, neither), each column a count of
    non-empty cells per status; cells moved to the unmapped file are counted there.
    """
    import polars as pl

    frame = intake.table.frame
    status = (
        pl.when(pl.col(ROW).is_in(list(run.rejected_rows)))
        .then(pl.lit("rejected"))
        .when(pl.col(ROW).is_in(list(uploaded)))
        .then(pl.lit("uploaded"))
        .otherwise(pl.lit("none"))
        .alias("__status")
    )
    sums = [filled(c.source).sum().alias(str(c.index)) for c in columns]
    per_status = {"rejected": [0] * len(columns), "uploaded": [0] * len(columns), "none": [0] * len(columns)}
    if columns:
        table = frame.lazy().group_by(status).agg(sums).collect()
        for row in table.iter_rows(named=True):
            per_status[row["__status"]] = [int(row[str(c.index)]) for c in columns]
    counts = {"upload": 0, "rejected": 0, "unmapped": 0, "lost": 0}
    for n, c in enumerate(columns):
        counts["rejected"] += per_status["rejected"][n]
        kept = per_status["uploaded"][n] + per_status["none"][n]
        if c.destination == "unmapped":
            counts["unmapped"] += kept
            continue
        moved_up, moved_none = _moved_counts(
            frame, c.source, run.moved_cells.get(c.index), run.rejected_rows, uploaded
        )
        counts["unmapped"] += moved_up + moved_none
        counts["upload"] += per_status["uploaded"][n] - moved_up
        counts["lost"] += per_status["none"][n] - moved_none
    non_empty = sum(c.non_empty for c in columns)
    return {
        "cells_non_empty": non_empty,
        "cells_in_upload": counts["upload"],
        "cells_in_rejected": counts["rejected"],
        "cells_in_unmapped": counts["unmapped"],
        "cells_not_written": counts["lost"],
        "balanced": counts["lost"] == 0 and sum(counts.values()) == non_empty,
        "rows_not_written": sum(len(v) for v in run.not_written.values()),
    }


def _moved_counts(
    frame: pl.DataFrame, source: str, moved: set[int] | None, rejected: set[int], uploaded: set[int]
) -> tuple[int, int]:
    """Non-empty cells of ``source`` moved to the unmapped file: in uploaded rows, in rows written nowhere."""
    import polars as pl

    if not moved:
        return 0, 0
    rows = frame.filter(pl.col(ROW).is_in(list(moved - rejected)))
    kept = rows.filter(filled(source))
    in_upload = int(kept.get_column(ROW).is_in(list(uploaded)).sum())
    return in_upload, kept.height - in_upload


# --- settings and writing -----------------------------------------------------------------


def settings_dict(catalog: Catalog, options: CheckOptions) -> dict[str, Any]:
    """The settings the run used, and the undocumented points it assumed (shown in the reports)."""
    from importer.messages import current_language

    lang = current_language()
    return {
        "kind": options.kind,
        "output_encoding": options.output_encoding,
        "output_delimiter": ";",
        "output_line_terminator": "\r\n",
        "upload_limit_bytes": catalog.settings["upload_limit_bytes"],
        "customer_number_range": list(catalog.customer_range),
        "supplier_number_range": list(catalog.supplier_range),
        "renumber": options.renumber,
        "catalog": catalog.source,
        "assumptions": [{"key": a.key, "text": a.en if lang == "en" else a.de} for a in catalog.assumptions],
    }


def write_outputs(
    result: CheckResult,
    files: list[RenderedFile],
    names: OutputNames,
    catalog: Catalog,
    options: CheckOptions,
) -> None:
    """Write every rendered output, then the HTML and JSON reports; remove stale outputs of earlier runs."""
    from importer.report import dump_chunks

    outputs = result.outputs
    keep = {f.path for f in files} | {outputs.report_json}
    if options.html:
        outputs.report_html = names.path(".report.html")
        keep.add(outputs.report_html)
    for path in names.stale(keep):
        path.unlink()
    for rendered in files:
        write_atomic(rendered.path, rendered.data)
    if options.save_mapping is not None:
        from importer.mapping import save_mapping

        save_mapping(options.save_mapping, result.columns)
    report = result.report_document()
    if outputs.report_html is not None:
        from importer.html import render_report

        html = render_report(report, catalog, mask=options.mask, lang=options.lang, report_dir=names.out)
        write_atomic(outputs.report_html, html.encode("utf-8"))
    write_atomic(outputs.report_json, (chunk.encode("utf-8") for chunk in dump_chunks(report)))
