"""The output stage: name the outputs, render the upload, rejected and unmapped files in memory.

accepted rows per role → rows too large for any file rejected → upload parts split under the
limit, each re-read and compared (:func:`self_check`) → rejected file → unmapped file.
Nothing is written here: :func:`importer.pipeline.check_file` writes once the whole run succeeded.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import polars as pl

from importer.catalog import Catalog
from importer.dialect import detect_dialect
from importer.encoding import decode, detect_encoding
from importer.errors import ConfigurationError, SelfCheckError
from importer.frame import LINE, ROW, filled, unique_name
from importer.issues import IssueList
from importer.messages import format_number, format_size, msg
from importer.model import ColumnMapping, EncodingInfo, Issue, Severity
from importer.result import Intake, Outputs, Processed, Rendered, RenderedFile, UploadFile, Workbook
from importer.rows import ROLE_FLAGS
from importer.rules import finding
from importer.writer import (
    CP1252_UNENCODABLE,
    TERMINATOR,
    TableStream,
    header_bytes,
    render_table,
    row_sizes,
    split_parts,
)

#: Role → the word in its upload file's name.
ROLE_FILES: Final = {"customers": "kunden", "suppliers": "lieferanten"}
#: Rows rendered at once into the rejected file (at 100 MB, slices of 100,000 rows held 0.15 GB
#: more memory while they were rendered).
_RENDER_CHUNK: Final = 25_000
#: The rejected file's own columns: the row number and the reasons (named by the message catalog).
_ROW_COLUMN: Final = "__r"
_REASON_COLUMN: Final = "__why"

#: The number columns of an upload file (:attr:`importer.result.UploadFile.numbers`).
_NUMBERS: Final[tuple[str, ...]] = ("Kundennummer", "Lieferantennummer")


# --- output names ------------------------------------------------------------------------


#: Characters a sheet's name may hold that no file name may (on Windows): replaced by ``_``.
_UNSAFE_IN_NAME: Final = re.compile(r'[\x00-\x1f<>:"/\\|?*]')

#: The name stdin's outputs take (``check -``).
STDIN_STEM: Final = "stdin"


def _resolved(path: Path) -> Path:
    with contextlib.suppress(OSError, RuntimeError):  # RuntimeError: a link to itself (Python < 3.13)
        return path.resolve()
    return path.absolute()


@dataclass(frozen=True)
class OutputNames:
    """Where each output of one input goes: ``<out>/<stem>.<suffix>``.

    ``stem`` is the input's stem, unless another input of the same run would get the same names
    in the same folder (:meth:`for_inputs`). ``protected`` are the run's inputs (resolved): no
    output may replace one.
    """

    input: Path
    out: Path
    stem: str
    protected: frozenset[Path] = frozenset()

    @classmethod
    def for_input(cls, path: Path, out: Path) -> OutputNames:
        """Names for ``path``'s outputs in ``out`` (a run of this one input)."""
        return cls.for_inputs([(path, out)])[0]

    @classmethod
    def for_inputs(cls, inputs: Sequence[tuple[Path, Path]]) -> list[OutputNames]:
        """Names for each ``(input, out)`` of one run, no two sets alike.

        Inputs whose stems are equal in one folder (ignoring case, as Windows and macOS do) take
        the next name that tells them apart: the file name with its extension (``x.csv``,
        ``x.txt``), then the parent folders' names before it (``a-kunden``, ``b-kunden``), then both.
        Inputs that no name tells apart (the same path twice) are a usage error.
        """
        protected = frozenset(_resolved(path) for path, _ in inputs if str(path) != "-")
        candidates = [_stem_candidates(path) for path, _ in inputs]
        folders = [str(_resolved(out)).casefold() for _, out in inputs]
        level = [0] * len(inputs)
        while True:
            groups: dict[tuple[str, str], list[int]] = {}
            for i, options in enumerate(candidates):
                groups.setdefault((folders[i], options[level[i]].casefold()), []).append(i)
            clashing = [group for group in groups.values() if len(group) > 1]
            if not clashing:
                break
            for group in clashing:
                for i in group:
                    level[i] += 1
                    if level[i] >= len(candidates[i]):
                        first, second = (inputs[j][0] for j in group[:2])
                        raise ConfigurationError(
                            msg("usage-same-output-names", first=first, second=second, out=inputs[i][1])
                        )
        return [cls(path, out, candidates[i][level[i]], protected) for i, (path, out) in enumerate(inputs)]

    def for_sheet(self, workbook: Workbook | None) -> OutputNames:
        """The names of one sheet's outputs: ``<stem>.<sheet>`` when the workbook holds contacts on
        more than one sheet, so that checking each of them (``--sheet``) into one folder keeps the
        others' outputs; otherwise these names."""
        if workbook is None or not workbook.other_contact_sheets:
            return self
        sheet = _UNSAFE_IN_NAME.sub("_", workbook.sheet).strip(" .") or "_"
        return OutputNames(self.input, self.out, f"{self.stem}.{sheet}", self.protected)

    @property
    def source(self) -> str:
        """The input as the manifest records it: relative to the output folder where possible."""
        if str(self.input) == "-":
            return "-"
        try:
            return os.path.relpath(_resolved(self.input), _resolved(self.out))
        except ValueError:  # another drive (Windows)
            return str(_resolved(self.input))

    def path(self, suffix: str) -> Path:
        """``<out>/<stem><suffix>``, refusing to name the input itself."""
        target = self.out / f"{self.stem}{suffix}"
        with contextlib.suppress(OSError):
            if str(self.input) != "-" and target.resolve() == self.input.resolve():
                raise ConfigurationError(msg("usage-out-is-input", path=target))
        return target

    def upload(self, role: str, part: int | None) -> Path:
        """``<stem>.kunden.csv`` or, when split, ``<stem>.kunden-<part>.csv``."""
        base = ROLE_FILES[role]
        return self.path(f".{base}.csv" if part is None else f".{base}-{part}.csv")


def _stem_candidates(path: Path) -> list[str]:
    """The names ``path``'s outputs may take, shortest first (see :meth:`OutputNames.for_inputs`)."""
    if str(path) == "-":
        return [STDIN_STEM]
    names = [path.stem, path.name] if path.suffix else [path.stem]
    parents = [part for part in _resolved(path).parent.parts[1:] if part]
    for depth in range(1, len(parents) + 1):
        prefix = "-".join(parents[-depth:])
        names += (
            [f"{prefix}-{path.stem}", f"{prefix}-{path.name}"] if path.suffix else [f"{prefix}-{path.stem}"]
        )
    return names


# --- rendering ----------------------------------------------------------------------------


def render_outputs(
    processed: Processed,
    intake: Intake,
    columns: list[ColumnMapping],
    catalog: Catalog,
    names: OutputNames,
    *,
    encoding: str,
    html: bool,
) -> Rendered:
    """Render the upload parts, the rejected file and the unmapped file.

    Rows no upload file can take are rejected here, with the reason, before any upload file is
    rendered: a value the output encoding cannot hold (``output-unencodable``) and a row too
    large for any file (``row-too-large``). A row of both roles is rejected for both. The
    result carries the run's findings and rejected rows with these included.

    ``processed`` is handed over: keep no reference to it, so that its cleaned rows are freed
    once the upload files are rendered, before the rejected and unmapped files are.
    """
    outputs = Outputs(report_json=names.path(".report.json"))
    if html:
        outputs.report_html = names.path(".report.html")
    files: list[RenderedFile] = []
    found: list[Issue] = []
    rejected_rows = set(processed.rejected_rows)
    frame = processed.frame.filter(~pl.col(ROW).is_in(list(rejected_rows)))
    issues, moved = processed.issues, processed.moved
    del processed  # the caller hands it over: its cleaned rows are freed with the frames below
    #: Role → (rows, columns, encoded row sizes) as checked, to split without measuring again.
    checked: dict[str, tuple[int, list[str], pl.Series | None]] = {}
    for role, flag in ROLE_FLAGS.items():
        rows = frame.filter(pl.col(flag))
        if rows.height == 0:
            continue
        role_columns = _filled_columns(rows, catalog.names(role))
        unencodable = unencodable_cells(rows, role_columns, encoding)
        if unencodable:
            found.extend(unencodable)
            rows = rows.filter(~pl.col(ROW).is_in([i.row for i in unencodable]))
            role_columns = _filled_columns(rows, role_columns)
        too_large, sizes = oversized_rows(rows, role_columns, catalog, encoding)
        if too_large:
            found.extend(too_large)
            rows = rows.filter(~pl.col(ROW).is_in([i.row for i in too_large]))
            role_columns = _filled_columns(rows, role_columns)
        checked[role] = (rows.height, role_columns, sizes)
    refused = {i.row for i in found}
    rejected_rows |= refused
    frame = frame.filter(~pl.col(ROW).is_in(list(refused)))
    uploaded_rows: set[int] = set()
    for role, flag in ROLE_FLAGS.items():
        rows = frame.filter(pl.col(flag))
        if rows.height == 0:
            continue
        height, role_columns, sizes = checked[role]
        if rows.height != height:  # rows of this role were refused (here or for the other role)
            role_columns, sizes = _filled_columns(rows, role_columns), None
        numbers = rows.get_column(ROW).to_list()
        start = 0  # the parts are the role's rows in order, cut one after the other
        for path, part_rows, data in render_upload(rows, role, role_columns, catalog, names, encoding, sizes):
            files.append(RenderedFile(path, data))
            held = tuple(numbers[start : start + part_rows])
            part = rows.slice(start, part_rows)
            given = {
                c: tuple(part.get_column(c).drop_nulls().to_list()) for c in _NUMBERS if c in role_columns
            }
            outputs.upload.append(UploadFile(path, role, part_rows, len(data), encoding, held, given))
            start += part_rows
        uploaded_rows.update(numbers)
    del frame, rows  # not needed for the rejected and unmapped files
    if found:
        issues = IssueList.concat([issues, found]).sorted(catalog.names())
    rejected = render_rejected(issues, rejected_rows, intake)
    if rejected is not None:
        outputs.rejected = names.path(".rejected.csv")
        files.append(RenderedFile(outputs.rejected, rejected))
    unmapped = render_unmapped(moved, rejected_rows, intake, columns)
    if unmapped is not None:
        outputs.unmapped = names.path(".unmapped.csv")
        files.append(RenderedFile(outputs.unmapped, unmapped))
    return Rendered(outputs, files, issues, frozenset(rejected_rows), frozenset(uploaded_rows))


def _filled_columns(rows: pl.DataFrame, columns: list[str]) -> list[str]:
    """The ``columns`` that hold a value in some row: the columns of an upload file, in order."""
    return [c for c in columns if rows.get_column(c).null_count() < rows.height]


def unencodable_cells(rows: pl.DataFrame, columns: list[str], encoding: str) -> list[Issue]:
    """Each cell the output encoding cannot hold (``output-unencodable``): its row goes to the rejected file.

    Only cp1252 can fail (UTF-8 holds every character); it never replaces a character.
    """
    if encoding != "cp1252":
        return []
    problems = []
    for column in columns:
        bad = rows.filter(pl.col(column).str.contains(CP1252_UNENCODABLE))
        for r, line, value in bad.select(ROW, LINE, column).iter_rows():
            chars = "".join(sorted({ch for ch in value if not _cp1252_ok(ch)}))
            problems.append(
                finding("output-unencodable", row=r, line=line, column=column, value=value, chars=chars)
            )
    return problems


def oversized_rows(
    rows: pl.DataFrame, columns: list[str], catalog: Catalog, encoding: str
) -> tuple[list[Issue], pl.Series | None]:
    """The rows too large for any upload file (``row-too-large``), and the row sizes.

    A file must stay under the limit and a row cannot be split, so such a row (a value of
    megabytes, e.g. a pasted document) goes to the rejected file with the reason. The sizes
    are returned for splitting when no row is too large (otherwise the columns may change,
    and with them the sizes).
    """
    limit = catalog.settings["upload_limit_bytes"]
    sizes = row_sizes(rows, columns, encoding)
    too_big = sizes + header_bytes(columns, encoding) > limit
    if not too_big.any():
        return [], sizes
    issues = []
    for size, row in zip(sizes.filter(too_big), rows.filter(too_big).iter_rows(named=True), strict=True):
        column = max(columns, key=lambda c: len(row[c] or ""))
        issues.append(
            finding(
                "row-too-large",
                row=row[ROW],
                line=row[LINE],
                column=column,
                size=format_size(size, exact=True),
                limit=format_size(limit, exact=True),
                length=format_number(len(row[column] or "")),
            )
        )
    return issues, None


def render_upload(
    rows: pl.DataFrame,
    role: str,
    columns: list[str],
    catalog: Catalog,
    names: OutputNames,
    encoding: str,
    sizes: pl.Series | None = None,
) -> list[tuple[Path, int, bytes]]:
    """One role's upload file(s): (path, rows, bytes) per part, split under the limit, self-checked.

    ``rows`` fit (:func:`oversized_rows`) and are encodable (:func:`unencodable_cells`).
    ``sizes``: the rows' encoded sizes, when already computed (:func:`oversized_rows`).
    """
    limit = catalog.settings["upload_limit_bytes"]
    parts = split_parts(rows, columns, encoding, limit, sizes)
    rendered: list[tuple[Path, int, bytes]] = []
    for number, part in enumerate(parts, start=1):
        path = names.upload(role, None if len(parts) == 1 else number)
        self_check(
            part.data, path, rows.slice(part.start, part.stop - part.start), columns, catalog, encoding
        )
        rendered.append((path, part.stop - part.start, part.data))
    return rendered


def upload_subset(data: bytes, numbers: Sequence[int], keep: Container[int]) -> tuple[bytes, tuple[int, ...]]:
    """The upload file ``data`` with only the records of the rows in ``keep``, and those rows.

    ``numbers``: the input's row of each record, in order (:attr:`UploadFile.row_numbers`). An
    upload record is one line: the cleaning turns every line break inside a value into a space,
    and the self-check read the file back record by record. The header (with its BOM, if any),
    the encoding and every kept record stay byte for byte as written.
    """
    end = TERMINATOR.encode("ascii")
    lines = data.split(end)
    if lines[-1] != b"" or len(lines) != len(numbers) + 2:
        raise ValueError(f"{len(lines) - 2} upload lines for {len(numbers)} rows")
    kept = [(line, row) for line, row in zip(lines[1:-1], numbers, strict=True) if row in keep]
    return b"".join(line + end for line in [lines[0], *(line for line, _row in kept)]), tuple(
        row for _line, row in kept
    )


def _cp1252_ok(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


_AS_CP1252: Final = EncodingInfo("cp1252", bom=False, evidence="", decoder="cp1252")
_READS_AS: Final = {"utf-8": {"utf-8", "ascii"}, "utf-8-sig": {"utf-8"}, "cp1252": {"cp1252", "ascii"}}


def self_check(
    data: bytes, path: Path, rows: pl.DataFrame, columns: list[str], catalog: Catalog, encoding: str
) -> None:
    """Re-read an upload file as lexoffice would get it and compare it with what was meant.

    The encoding and delimiter are detected afresh with the intake's own detectors; the
    values are read back with polars' CSV reader, a parser independent of the writer.
    """
    limit = catalog.settings["upload_limit_bytes"]
    problems: list[str] = []
    if len(data) > limit:
        problems.append(f"{len(data)} bytes > {limit}")
    info = detect_encoding(data)
    if encoding == "cp1252" and not info.name.startswith(("utf", "ascii")):
        # A single-byte file's code page is guessed from its letters, and a few can tip the
        # guess: "Kön¸bing" read as Latin-9's "Könžbing", others as cp850 or Mac Roman (found
        # by the corpus fuzzer). The file is the cp1252 asked for and is compared as cp1252
        # reads it; read back as UTF-8 (or written in it), it still fails.
        info = _AS_CP1252
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


def render_rejected(issues: IssueList, rejected_rows: set[int], intake: Intake) -> TableStream | None:
    """The rejected rows with all their original columns, their row and the reasons.

    Rendered while it is written (:class:`importer.writer.TableStream`), :data:`_RENDER_CHUNK` rows
    at a time.
    """
    if not rejected_rows:
        return None
    rejected = pl.Series(ROW, sorted(rejected_rows), dtype=pl.Int64).implode()
    source = intake.table.frame
    row_col, reason_col = msg("rejected-row-column"), msg("rejected-reason-column")
    data_columns = intake.table.columns + intake.table.extra_columns
    # The file's own columns may be called anything, "__r" and "__why" included.
    row_name = unique_name(_ROW_COLUMN, source.columns)
    reason_name = unique_name(_REASON_COLUMN, source.columns)
    # Lazy: only the columns used are read, never a copy of every finding's fields.
    errors = (
        issues.frame.lazy()
        .filter(pl.col("severity") == Severity.ERROR.value)
        .select(
            pl.col("row").alias(ROW),
            pl.when(pl.col("column").is_not_null())
            .then(pl.concat_str([pl.col("column"), pl.lit(": "), pl.col("message")]))
            .otherwise(pl.col("message"))
            .alias(reason_name),
        )
    )

    def chunks() -> Iterator[pl.DataFrame]:
        # Filtered, joined and rendered a slice at a time: no copy of all rejected rows at once
        # (a 100 MB file of mostly rejected rows would hold one of about 200 MB), and the reasons
        # of the slice's rows only (those of all rows are another 0.1 GB).
        for start in range(0, source.height, _RENDER_CHUNK):
            part = source.slice(start, _RENDER_CHUNK).filter(pl.col(ROW).is_in(rejected))
            rows = part.get_column(ROW).cast(pl.Int64).implode()
            reasons = (
                errors.filter(pl.col(ROW).is_in(rows))
                .group_by(ROW, maintain_order=True)
                .agg(pl.col(reason_name).str.join(" | "))
                .collect()
            )
            yield part.join(reasons, on=ROW, how="left", maintain_order="left").select(
                pl.col(ROW).cast(pl.String).alias(row_name),
                pl.col(reason_name).fill_null(""),
                *[pl.col(c) for c in data_columns],
            )

    return TableStream(chunks, [row_name, reason_name, *data_columns], [row_col, reason_col, *data_columns])


def render_unmapped(
    moved: dict[str, pl.Series], rejected_rows: set[int], intake: Intake, columns: list[ColumnMapping]
) -> tuple[bytes | memoryview, ...] | None:
    """Every non-empty value of the columns without a place in the upload files, keyed by row."""
    sources = [c.source for c in columns if c.destination == "unmapped"]
    frame = intake.table.frame.select(pl.col(ROW), *[pl.col(s) for s in sources])
    # A moved column ("Anrede (entfernt)") never takes the name of a column of the file.
    taken = set(intake.table.frame.columns)
    names: list[str] = []
    for name, series in moved.items():
        names.append(unique_name(name, taken))
        taken.add(names[-1])
        frame = frame.with_columns(pl.Series(names[-1], series.to_list(), dtype=pl.String))
    data_columns = [*sources, *names]
    if not data_columns:
        return None
    keep = pl.any_horizontal([filled(c) for c in data_columns])
    # A rejected row keeps all its columns in the rejected file: each cell lands in one file only.
    frame = frame.filter(keep & ~pl.col(ROW).is_in(list(rejected_rows)))
    if frame.height == 0:
        return None
    row_name = unique_name(_ROW_COLUMN, taken)
    frame = frame.with_columns(pl.col(ROW).cast(pl.String).alias(row_name))
    # A column of the file named like the row number's ("Zeile") is marked as the file's: the
    # header "Zeile;Zeile" left the reader to guess which was which (the hostile round)
    row_header = msg("rejected-row-column")
    written = set(data_columns) | {row_header}
    headers = [row_header]
    for name in data_columns:
        if name.strip().casefold() == row_header.casefold():
            name = unique_name(msg("unmapped-file-column", name=name.strip()), written)
            written.add(name)
        headers.append(name)
    return render_table(frame, [row_name, *data_columns], headers)
