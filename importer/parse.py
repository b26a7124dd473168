"""Cut decoded CSV text into a polars DataFrame of strings, keeping row and line numbers.

No type inference: every cell stays text, so leading zeros in PLZ and numbers survive.
Each record keeps its spreadsheet row (header = row 1) in ``__row__`` and the physical
line where it starts in ``__line__``. Ragged records are reported, never fatal: short
ones are padded, the surplus of long ones goes to extra columns (and so to the unmapped
file). Blank lines are skipped and counted.

Two readers give the same table: polars' CSV reader takes the files it can be proven to
read like Python's csv module (:func:`parse_regular`), the csv module all the others
(:func:`parse_irregular`), reporting each irregularity by row.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final

from importer.encoding import MOJIBAKE, unmojibake
from importer.errors import InputUnusableError
from importer.frame import LINE, ROW, unique_name
from importer.messages import delimiter_name, format_number, msg
from importer.model import Dialect, Issue, Table
from importer.names import LEGAL_FORM_RE
from importer.rules import finding

if TYPE_CHECKING:
    import polars as pl

#: Column names polars' ``pl.col`` would not take literally.
_POLARS_PATTERN: Final = re.compile(r"\*\Z|\^.*\$\Z", re.DOTALL)
_MOJIBAKE: Final = re.compile(MOJIBAKE)
#: Records held as Python strings at once before they move into polars (bounds peak memory).
_CHUNK: Final = 10_000
#: The most columns a file may have, header or record. The widest real export we know (DATEV
#: Stammdaten) has 254; every column costs memory in every stage (a 3.9 MB file of 300,000
#: columns needed 11.4 GB), so wider files are refused before they are parsed.
MAX_COLUMNS: Final = 1_000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def unique_headers(headers: list[str]) -> tuple[list[str], list[Issue]]:
    """Name blank headers, repair mis-encoded ones, make repeated ones unique; report each.

    A header once decoded the wrong way ("StraÃŸe") is repaired before anything maps it, like
    the cells. A name the tool makes up (for a blank header, a wildcard pattern or one of the
    internal names :data:`~importer.frame.ROW` and :data:`~importer.frame.LINE`) never takes
    a name the file itself uses, so no two columns share a name.
    """
    issues: list[Issue] = []
    texts: list[str] = []
    for index, raw in enumerate(headers, start=1):
        text = raw.replace("\ufeff", "").strip()
        if _MOJIBAKE.search(text) and (repaired := unmojibake(text)) != text:
            issues.append(
                finding(
                    "header-mojibake-repaired",
                    row=1,
                    line=1,
                    column=repaired,
                    value=text,
                    fixed_value=repaired,
                    index=index,
                    original=text,
                    name=repaired,
                )
            )
            text = repaired
        texts.append(text)
    reserved = {ROW, LINE}
    taken = set(texts) | reserved
    names: list[str] = []
    seen: set[str] = set(reserved)
    for index, (raw, text) in enumerate(zip(headers, texts, strict=True), start=1):
        name = text or unique_name(msg("blank-header-name", n=index), taken)
        if _POLARS_PATTERN.match(name) or name in reserved:
            # polars reads a column name "*" as every column and "^…$" as a regex; __row__ and
            # __line__ are the tool's own.
            if name in reserved:
                key, name = "header-reserved", unique_name(name, taken)
            else:
                key, name = (
                    "header-renamed",
                    unique_name(msg("header-pattern-name", text=text, n=index), taken),
                )
            issues.append(
                finding(
                    "header-renamed",
                    row=1,
                    line=1,
                    column=name,
                    value=raw,
                    message=key,
                    original=text,
                    index=index,
                    name=name,
                )
            )
        # ``taken`` holds every header and every name given so far: a repeated header gets the
        # first free ``name (2)`` … that no other header already spells.
        candidate = name if name not in seen else unique_name(name, taken)
        if not text:
            issues.append(
                finding(
                    "header-blank", row=1, line=1, column=candidate, value=raw, index=index, name=candidate
                )
            )
        elif candidate != name:
            issues.append(
                finding(
                    "header-duplicate",
                    row=1,
                    line=1,
                    column=candidate,
                    value=raw,
                    original=text,
                    index=index,
                    name=candidate,
                )
            )
        seen.add(candidate)
        taken.add(candidate)
        names.append(candidate)
    return names, issues


def parse(text: str, dialect: Dialect, *, path: str = "") -> Table:
    """Parse ``text`` (already decoded) into a :class:`Table`.

    Well-formed files go through polars' CSV reader (:func:`parse_regular`); everything else
    (ragged or blank records, stray quotes, a lone CR or LF beside the records' own line ends)
    through Python's csv module, which reports each irregularity by row (:func:`parse_irregular`).
    Both give the same table for every file the first one accepts.
    """
    _check_header_width(text, dialect, path)
    return parse_regular(text, dialect) or parse_irregular(text, dialect, path=path)


def _check_header_width(text: str, dialect: Dialect, path: str) -> None:
    """Refuse a header of more than :data:`MAX_COLUMNS` fields, reading no further than the header."""
    reader = csv.reader(
        _LazyLines(text), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=False
    )
    for record in reader:
        if len(record) > MAX_COLUMNS:
            name = delimiter_name(dialect.delimiter)
            raise InputUnusableError(
                msg(
                    "input-too-many-columns",
                    path=path,
                    count=format_number(len(record)),
                    cap=format_number(MAX_COLUMNS),
                    delimiter=name,
                )
            )
        if record and "".join(record).strip():
            return


#: Line breaks as this module counts them: CRLF, LF and a lone CR each end a physical line.
_BREAK_PATTERN: Final = r"\r\n|\r|\n"


#: Up to this many characters polars checks the quoting (twice as fast as Python's re);
#: beyond it Python's re, as polars' regex engine takes about six times the text in memory.
_POLARS_GRAMMAR_LIMIT: Final = 8_000_000


@functools.cache
def _grammar(delimiter: str, *, possessive: bool) -> str:
    """A regex that fully matches text made only of RFC 4180 records.

    Fields are either fully quoted (quotes inside doubled) or hold no quote at all. Text it
    does not match is left to Python's csv module, whose lenient reading of stray quotes
    polars does not share. ``possessive``: Python's flavour (polars' Rust flavour has no
    possessive quantifiers); the grammar never needs to give characters back, and without
    backtracking Python's re needs no memory for a 100 MB text.
    """
    q = "+" if possessive else ""
    d = "\\|" if delimiter == "|" else delimiter
    field = f'(?:"[^"]*{q}(?:""[^"]*{q})*{q}"|[^"{d}\\r\\n]*{q})'
    record = f"{field}(?:{d}{field})*{q}"
    return f"{record}(?:(?:\\r\\n|\\n|\\r){record})*{q}"


def well_quoted(text: str, delimiter: str, *, engine: str = "auto") -> bool:
    """True when ``text`` is made only of RFC 4180 records (see :func:`_grammar`).

    ``delimiter``: one of :data:`importer.dialect.DELIMITERS` (only ``|`` needs escaping).

    ``engine``: ``polars``, ``python`` or ``auto`` (polars up to :data:`_POLARS_GRAMMAR_LIMIT`).
    """
    import polars as pl

    if engine == "polars" or (engine == "auto" and len(text) <= _POLARS_GRAMMAR_LIMIT):
        pattern = f"^{_grammar(delimiter, possessive=False)}$"
        return bool(pl.Series([text]).str.contains(pattern).item())
    return _compiled(delimiter).fullmatch(text) is not None


@functools.cache
def _compiled(delimiter: str) -> re.Pattern[str]:
    return re.compile(_grammar(delimiter, possessive=True))


def parse_regular(text: str, dialect: Dialect) -> Table | None:
    """Parse a well-formed file with polars' CSV reader; ``None`` when the file is not one.

    Well-formed: well-quoted (see :func:`well_quoted`), a header and at least one record of
    two or more fields each, every record exactly as wide as the header, no blank record,
    no lone CR in a file that has LF. Counting delimiters and line breaks in the text and
    in the parsed values proves that polars saw the same records as the grammar; as every
    record is then one line apart from the next plus the breaks inside its values, row and
    line numbers follow from those counts.
    """
    import polars as pl

    from importer.dialect import DELIMITERS

    delimiter = dialect.delimiter
    if dialect.quotechar != '"' or delimiter not in DELIMITERS:
        return None  # e.g. "sep=Ä": polars takes one-byte separators, the grammar assumes these
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    # Line breaks and delimiters are ASCII: counting them in the UTF-8 bytes is exact and fast.
    if b"\n" in data:
        breaks_in_text = data.count(b"\n")
        if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
            return None  # polars keeps a lone CR in an unquoted value; csv ends the line there
        eol = "\n"
    else:
        breaks_in_text = data.count(b"\r")
        eol = "\r"
    if not well_quoted(text, delimiter):
        return None
    if data.endswith(delimiter.encode()):
        return None  # polars drops a last empty field at the very end of the data (no line break)
    try:
        frame = pl.read_csv(
            data,
            has_header=False,
            infer_schema=False,
            separator=delimiter,
            quote_char='"',
            empty_string_is_null=False,
            eol_char=eol,
            raise_if_empty=False,
            truncate_ragged_lines=False,
        )
    except pl.exceptions.PolarsError:
        return None  # a record wider than the header, or text polars will not take
    width, height = frame.width, frame.height
    if width < 2 or height < 2:
        return None
    raw = frame.columns
    trailing = 1 if data.endswith((b"\r", b"\n")) else 0
    # The text's line breaks are the records' ends plus those inside values plus blank lines
    # polars skipped: when the ends alone account for all of them, no value holds one (and no
    # line was skipped), and the values need not be searched for them (0.05 s at 20 MB).
    breaks_expr = (
        pl.sum_horizontal(pl.col(c).str.count_matches(_BREAK_PATTERN) for c in raw)
        if breaks_in_text != height - 1 + trailing
        else pl.repeat(0, pl.len(), dtype=pl.UInt32)
    )
    # Python's str.strip also strips the separators U+001C–U+001F, which \s does not cover.
    blank_exprs = [pl.col(c).str.contains(r"[^\s\x1c-\x1f]").not_() for c in raw]
    # A blank record's first value is blank: the other columns are only searched when one is.
    maybe_blank = frame.select(blank_exprs[0].any()).item()
    stats = frame.select(
        breaks_expr.alias("breaks"),
        pl.sum_horizontal(pl.col(c).str.count_matches(delimiter, literal=True) for c in raw).alias("delims"),
        (pl.all_horizontal(blank_exprs) if maybe_blank else pl.repeat(False, pl.len())).alias("blank"),
    )
    value_breaks, value_delimiters, blank = stats.select(
        pl.col("breaks").sum(), pl.col("delims").sum(), pl.col("blank").any()
    ).row(0)
    if blank:
        return None
    if data.count(delimiter.encode()) != (width - 1) * height + value_delimiters:
        return None  # some record is narrower than the header
    del data  # not held while the frame is copied into one chunk per column below
    if breaks_in_text != height - 1 + trailing + value_breaks:
        return None  # blank lines polars skipped
    header = [str(v) for v in frame.row(0)]
    columns, issues = unique_headers(header)
    records = height - 1
    breaks = stats.get_column("breaks")
    inner = breaks.slice(1)
    lines = inner.cum_sum() - inner + pl.int_range(2 + breaks[0], 2 + breaks[0] + records, eager=True)
    if width >= _MIN_SWALLOW_WIDTH:
        # Only a record with line breaks and a record's worth of delimiters inside its values can
        # hold a field that swallowed records: few rows, looked at one by one. The text is
        # well-formed, so such a value may be meant: a warning, not a refusal.
        suspects = (inner > 0) & (stats.get_column("delims").slice(1) >= width - 1)
        for k in suspects.arg_true().to_list():
            found = _swallowing_field(frame.row(k + 1), width, delimiter)
            if found is not None:
                issues.append(_spans_records(found, k + 2, int(lines[k]), columns))
    # One chunk per column: polars' parallel reader leaves several, and the later stages copied
    # every column of a 100 MB file (235 MB more, 0.1 s) to join them.
    frame = frame.slice(1).rename(dict(zip(raw, columns, strict=True))).rechunk()
    frame = frame.with_columns(
        pl.int_range(2, records + 2, eager=True, dtype=pl.Int64).alias(ROW),
        lines.cast(pl.Int64).alias(LINE),
    )
    return Table(frame, columns, header, [], issues, 0)


#: Records that fit whose values tell the kinds each column holds (:func:`parse_irregular`).
_KIND_SAMPLE: Final = 2000
_NUMBER_LIKE: Final = re.compile(r"^[\d\s.,/+\-()]+$")


def _fits_better_shifted(fields: list[str], width: int, kinds: list[set[str]], delimiter: str) -> bool:
    """True when the ``fields`` of a record longer than the header fit their columns' kinds
    (``kinds``) better with the surplus joined into an earlier column than into the last one."""
    surplus = len(fields) - width

    def misfits(at: int) -> int:
        aligned = [*fields[:at], delimiter.join(fields[at : at + surplus + 1]), *fields[at + surplus + 1 :]]
        return sum(
            1
            for seen, value in zip(kinds, aligned, strict=False)
            if seen and (kind := _value_kind(value)) is not None and kind not in seen
        )

    last = misfits(width - 1)
    return any(misfits(at) < last for at in range(width - 1))


def _value_kind(value: str) -> str | None:
    """What a value is, coarsely: None (empty), ``address`` (an @), ``number`` (digits and their
    separators), ``mixed`` (letters and digits: a street with its number) or ``text``."""
    value = value.strip()
    if not value:
        return None
    if "@" in value:
        return "address"
    if _NUMBER_LIKE.match(value):
        return "number"
    return "mixed" if any(c.isdigit() for c in value) else "text"


def parse_irregular(text: str, dialect: Dialect, *, path: str = "") -> Table:
    """Parse any text with Python's csv module, reporting ragged records and counting blank ones."""
    import polars as pl

    source = _lines(text)
    apostrophes = dialect.quotechar == "'"
    reader = _Rejoining(
        _ApostropheReader(source, dialect.delimiter)
        if apostrophes
        else csv.reader(source, delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=False),
        source,
        text,
        foreign=_foreign_breaks(text, dialect.line_terminator),
        dialect=dialect,
    )
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
    #: (row, line, fields) of the records with values beyond the header's columns.
    overlong: list[tuple[int, int, int, list[str]]] = []
    #: The kinds of value (:func:`_value_kind`) each column holds in the first records that fit.
    kinds: list[set[str]] = []
    fitting = 0
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    line_numbers: list[int] = []
    last_start = 1
    #: A quote between two characters of a value: a stray one, if the record breaks the rules
    #: (None: the text has none, and no record is looked at again).
    stray_quote: re.Pattern[str] | None = None
    if not apostrophes:
        beside = f"[^{re.escape(dialect.delimiter + dialect.quotechar)}\r\n]"
        quote = re.escape(dialect.quotechar)
        # led by the quote itself, the search skips along on it (0.1 s at 20 MB, not 0.27 s)
        stray_quote = re.compile(f"{quote}(?<={beside}{quote})(?={beside})")
        if stray_quote.search(text) is None:
            stray_quote = None

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
        if len(record) <= width and (joined := reader.rejoin(record, width)) is not None:
            # "Zeile eins" LF "Zeile zwei" in a note, without quotes: the record went on in the
            # next line, whose values were uploaded as a contact of their own ("Zeile zwei" a
            # company, its phone number the street; the hostile round on Excel's files)
            record, column = joined
            prev_line = reader.line_num
            issues.append(
                finding(
                    "line-break-joined",
                    row=row,
                    line=start,
                    column=_field_name(columns, column),
                    first=start,
                    end=prev_line,
                )
            )
        if prev_line > start and (found := _swallowing_field(record, width, dialect.delimiter)):
            # A value that holds a record: a stray quote when the record breaks the quoting rules.
            if _malformed(_tail(text, prev_line - start, end=source.tell()), dialect):
                # The cell holds the text's last line break: no quote closed it before the end.
                unclosed = source.tell() >= len(text) and record[found[0]].endswith(("\n", "\r"))
                raise _swallowed(found, start, columns + extra, path, unclosed=unclosed)
            issues.append(_spans_records(found, row, start, columns + extra))
        if stray_quote is not None and prev_line == start:
            # a quote inside a value ("Müller "Bau" GmbH", "Schmidt" GmbH) may break the quoting
            # rules: the csv module then drops a quote (the hostile round found it uploaded so)
            raw = _tail(text, 0, end=source.tell())
            quoted = stray_quote.search(raw)
            if quoted is not None and _malformed(raw, dialect):
                record, stray = _stray_quotes_kept(raw, record, dialect, width, quoted.start())
                issues.append(
                    finding(
                        "quote-stray",
                        row=row,
                        line=start,
                        column=_field_name(columns + extra, stray),
                        value=record[stray] if stray < len(record) else None,
                    )
                )
        n = len(record)
        if n == width and fitting < _KIND_SAMPLE:
            fitting += 1
            if not kinds:
                kinds = [set() for _ in range(width)]
            for seen, field in zip(kinds, record, strict=True):
                kind = _value_kind(field)
                if kind is not None:
                    seen.add(kind)
        if n < width:
            issues.append(finding("row-too-short", row=row, line=start, found=n, expected=width))
            record = record + [""] * (width - n)
        elif n > width:
            if n > MAX_COLUMNS:
                raise InputUnusableError(
                    msg(
                        "input-record-too-wide",
                        path=path,
                        line=start,
                        count=format_number(n),
                        cap=format_number(MAX_COLUMNS),
                    )
                )
            if any(field.strip() for field in record[width:]):
                overlong.append((row, start, n, list(record)))  # decided below
            # Empty fields only beyond the header: a delimiter at the line's end ("…;10115;"), as
            # many exporters write one; nothing is lost, nothing to do (the warning said that the
            # "surplus values" were in the unmapped file, which held none)
            need = n - width
            if need > len(extra):
                flush()
                for k in range(len(extra) + 1, need + 1):
                    extra.append(unique_name(msg("extra-column-name", n=k), {*columns, *extra}))
        if len(record) < width + len(extra):
            record = record + [""] * (width + len(extra) - len(record))
        rows.append(record)
        row_numbers.append(row)
        line_numbers.append(start)
        if len(rows) >= _CHUNK:
            flush()
    if not apostrophes:  # its records are lines: no quote can swallow one
        _check_closed_quote(_tail(text, prev_line - last_start), dialect, last_start, path)
    # A few records with values beyond the header, among many that fit: a delimiter typed into
    # a value without quotes ("Müller; Meier GmbH") may have shifted every value after it (the
    # hostile round on Excel's files: Straße "Meier GmbH", Ort "Bahnhofstr. 2" uploaded). The
    # row is rejected where its values fit their columns' kinds better with the surplus joined
    # into an earlier column than into the last one (a note "Lieferung Mo; Di" at the end leaves
    # the others where they are, even an odd one: "Am Markt" without a number; the hostile
    # re-test). Many such records: the header lacks names for the columns; kept, surplus unmapped.
    few = 2 * len(overlong) <= len(row_numbers) + sum(c.height for c in chunks) - len(overlong)
    for r, line, n, fields in overlong:
        shifted = few and kinds and _fits_better_shifted(fields, width, kinds, dialect.delimiter)
        code = "row-too-long-shifted" if shifted else "row-too-long"
        issues.append(finding(code, row=r, line=line, found=n, expected=width))
    if overlong:
        issues.sort(key=lambda issue: issue.line or 0)  # in the file's order, as found
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


#: The line breaks that, in a file whose records end with the key, can only have been typed into
#: a value: Windows programs write a lone LF inside a cell of a CRLF file, and a lone CR comes from
#: a Mac program or a pasted text; in an LF file a lone CR, in an old Mac file (lone CR) a lone LF.
_FOREIGN_BREAKS: Final = {"\r\n": ("\n", "\r"), "\n": ("\r",), "\r": ("\n",)}


def _foreign_breaks(text: str, terminator: str) -> tuple[str, ...]:
    """The breaks of :data:`_FOREIGN_BREAKS` for ``terminator`` that ``text`` holds on their own
    (not as part of a CRLF): the ones a record may have been cut at."""
    pairs = text.count("\r\n")
    return tuple(b for b in _FOREIGN_BREAKS.get(terminator, ()) if text.count(b) > pairs)


#: The lines :meth:`_Rejoining._starts_record` reads for the shapes of the columns' values, the
#: fewest values of the first column it decides on, and how rare the shape must be in the column
#: a break is in (at most one value in this many).
_SHAPE_SAMPLE: Final = 2000
_SHAPE_MIN: Final = 3
_SHAPE_RARE: Final = 5
_DIGITS: Final = re.compile(r"\d+")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _shape(value: str) -> str | None:
    """The shape of a value that marks a column's values: ``legal`` (a legal form: "Epsilon AG"),
    or for a number or code without spaces its letters and digits counted ("10023" "#5", "K-1001"
    "A-#4"); None for any other value."""
    value = value.strip()
    if not value:
        return None
    if LEGAL_FORM_RE.search(value):
        return "legal"
    if len(value) > 20 or any(c.isspace() for c in value) or not any(c.isdigit() for c in value):
        return None
    return _LETTERS.sub("A", _DIGITS.sub(lambda m: f"#{len(m.group())}", value))


class _Rejoining:
    """The records of ``reader``, with :meth:`rejoin` to put together a record that a line break
    typed into a value without quotes cut in two or more: a break other than the one the records
    end with (``foreign``, see :data:`_FOREIGN_BREAKS`; none: nothing is joined). ``line_num``
    counts physical lines, as ``csv.reader``'s does."""

    def __init__(
        self,
        reader: Iterator[list[str]],
        source: io.StringIO | _LazyLines,
        text: str,
        *,
        foreign: tuple[str, ...],
        dialect: Dialect | None = None,
    ):
        self._reader = reader
        self._source = source
        self._text = text
        self._foreign = foreign
        self._dialect = dialect
        #: The shapes (:func:`_shape`) of the values each column holds in the first records
        #: (:meth:`_starts_record`), read when first needed.
        self._shapes: list[list[str | None]] | None = None
        #: Records read ahead and given back: (record, line_num after it, offset after it).
        self._ahead: list[tuple[list[str], int, int]] = []
        self.line_num = 0
        self._end = 0

    def __iter__(self) -> _Rejoining:
        return self

    def __next__(self) -> list[str]:
        if self._ahead:
            record, self.line_num, self._end = self._ahead.pop()
            return record
        record = next(self._reader)
        self.line_num, self._end = getattr(self._reader, "line_num", 0), self._source.tell()
        return record

    def _foreign_end(self) -> str:
        """The break the last record read ended with when it is a foreign one, else ""."""
        end, text = self._end, self._text
        if end <= 0 or text[end - 1] not in "\r\n":
            return ""
        brk = "\r\n" if text.startswith("\r\n", end - 2) else text[end - 1]
        return brk if brk in self._foreign else ""

    def _line_ended(self) -> bool:
        """True when the last record read ended with a line break (not at a text's end without one)."""
        return self._end > 0 and self._text[self._end - 1] in "\r\n"

    def _starts_record(self, value: str, column: int) -> bool:
        """True when ``value``, the first field of a part after a foreign break, has the shape
        (:func:`_shape`) most values of the file's first column have and few of ``column``'s (the
        one the break would be in): a record of its own, not the rest of a value ("Delta OHG;Dora"
        LF "Epsilon AG;Emil;Köln" joined made the contact "Dora Epsilon AG" of Delta OHG and lost
        the company Epsilon AG; the hostile round). A break typed into the first column's value
        itself decides nothing: that column has the shape."""
        shape = _shape(value)
        if shape is None or column <= 0:
            return False
        if self._shapes is None:
            self._shapes = self._sample_shapes()
        shapes = self._shapes
        first = shapes[0] if shapes else []
        if len(first) < _SHAPE_MIN or 2 * first.count(shape) < len(first):
            return False
        cut = shapes[column] if column < len(shapes) else []
        return _SHAPE_RARE * cut.count(shape) <= len(cut)

    def _sample_shapes(self) -> list[list[str | None]]:
        """The shapes of the non-empty values by column in the first physical lines after the
        header (every line's fields, a record's part too: the parts are few)."""
        dialect = self._dialect
        if dialect is None:
            return []
        lines = _LazyLines(self._text)
        reader: Iterator[list[str]] = (
            _ApostropheReader(lines, dialect.delimiter)
            if dialect.quotechar == "'"
            else csv.reader(lines, delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=False)
        )
        shapes: list[list[str | None]] = []
        header = False
        for record in itertools.islice(reader, _SHAPE_SAMPLE):
            if not "".join(record).strip():
                continue
            if not header:
                header = True
                continue
            for index, field in enumerate(record[:MAX_COLUMNS]):
                if not field.strip():
                    continue
                while len(shapes) <= index:
                    shapes.append([])
                shapes[index].append(_shape(field))
        return shapes

    def rejoin(self, record: list[str], width: int) -> tuple[list[str], int] | None:
        """``record`` (no wider than ``width``) joined with the records after it into one of
        exactly ``width`` fields, each join the foreign break inside the value it cut, and the
        index of the first field joined; None (nothing read ahead) when ``record`` does not end
        with a foreign break, the parts do not add up to ``width``, a part before the last ended
        with the records' own line end, or the last did not (the text's end without a line end
        does not count). A record as wide as the header takes parts of one field each: a break
        typed into its last value ("Zeile1" CR "Zeile2")."""
        if not self._foreign or not record or not self._foreign_end():
            return None
        taken: list[tuple[list[str], int, int]] = []
        state = (self.line_num, self._end)
        joined, first = record, len(record) - 1
        own = False
        while len(joined) <= width and (brk := self._foreign_end()):
            try:
                part = next(self)
            except StopIteration:
                break
            taken.append((part, self.line_num, self._end))
            if part and self._starts_record(part[0], len(joined) - 1):
                own = True  # a record of its own: "Delta OHG;Dora" LF "Epsilon AG;Emil;Köln" CRLF
                break
            part = part or [""]  # an empty line typed into the value ("eins" CR CR "drei")
            joined = [*joined[:-1], f"{joined[-1]}{brk}{part[0]}", *part[1:]]
        # its last part ends as the records do, with their own line end: hand-typed LF rows
        # appended to a CRLF file, leaving out their empty last fields, are records of their own
        # (the hostile re-test: "Delta OHG" joined into the Ort of the row above), and so are such
        # rows when the last of them has no line end at all (the text ends without the records'
        # own: "Dora" LF "Epsilon AG" was read as one first name, its company lost in it)
        # ... and holds a value: a record ended by CR CR LF (a CRLF file written once more in text
        # mode) is followed by an empty line, no part of it
        if (
            not own
            and len(joined) == width
            and taken
            and taken[-1][0]
            and not self._foreign_end()
            and self._line_ended()
        ):
            return joined, first
        for item in reversed(taken):  # given back, to be read as they are
            self._ahead.append(item)
        self.line_num, self._end = state
        return None


class _ApostropheReader:
    """Records of a file whose values are masked with apostrophes (Xentral: a cell with a space in
    'Müller & Söhne GmbH', an apostrophe inside doubled), one physical line each, like
    ``csv.reader``. A field is masked only where its apostrophes close right before the delimiter
    or the line's end; any other apostrophe is the value's own: "'s-Hertogenbosch" unmasked,
    Excel's text marker "'01067" (found by the hostile re-test: read as quotes, they swallowed the
    next customer into a cell)."""

    def __init__(self, source: Iterable[str], delimiter: str) -> None:
        self._lines = iter(source)
        self._delimiter = delimiter
        escaped = re.escape(delimiter)
        self._field = re.compile(rf"'((?:[^']|'')*)'(?={escaped}|$)|([^{escaped}]*)")
        self.line_num = 0

    def __iter__(self) -> _ApostropheReader:
        return self

    def __next__(self) -> list[str]:
        line = next(self._lines).rstrip("\r\n")
        self.line_num += 1
        fields: list[str] = []
        pos = 0
        while True:
            found = self._field.match(line, pos)
            if found is None:  # cannot happen: the second alternative matches the empty string
                fields.append(line[pos:])
                break
            raw = found.group(2)
            if found.group(1) is not None:
                fields.append(found.group(1).replace("''", "'"))
            elif len(raw) > 2 and raw[0] == raw[-1] == "'" and " " in raw:
                fields.append(raw[1:-1])  # masked, with an apostrophe inside left single: 'Rock'n'Roll Bar'
            else:
                fields.append(raw)
            pos = found.end()
            if pos >= len(line):
                break
            pos += len(self._delimiter)
            if pos == len(line):
                fields.append("")
                break
        return fields if line else []


#: A quoted field swallowed records when a line inside it holds a whole record's delimiters. Checked
#: from three columns on: in a narrower file a note with one delimiter per line looks like a record.
_MIN_SWALLOW_WIDTH: Final = 3
_BREAK: Final = re.compile(_BREAK_PATTERN)


def _swallowing_field(record: Sequence[str], width: int, delimiter: str) -> tuple[int, int, int] | None:
    """The first field of ``record`` that swallowed whole records, or None.

    A quote at the start of a value that is closed only lines later (a stray ``"`` at the start of
    a note, closed by the next stray one) turns every record in between into text of that one
    cell. Such a cell has a line after its first that holds at least as many delimiters as a
    record of ``width`` fields. Returns (field index, line breaks before the field within its
    record, line breaks inside the field).
    """
    if width < _MIN_SWALLOW_WIDTH:
        return None
    before = 0
    for index, value in enumerate(record):
        if "\n" not in value and "\r" not in value:
            continue
        lines = _BREAK.split(value)
        if value.count(delimiter) >= width - 1 and any(
            line.count(delimiter) >= width - 1 for line in lines[1:]
        ):
            return index, before, len(lines) - 1
        before += len(lines) - 1
    return None


def _field_name(names: Sequence[str], index: int) -> str:
    return names[index] if index < len(names) else msg("extra-column-name", n=index - len(names) + 1)


def _swallowed(
    found: tuple[int, int, int], start: int, names: Sequence[str], path: str, *, unclosed: bool
) -> InputUnusableError:
    """The refusal of a file in which a stray quote swallowed records (see :func:`_swallowing_field`);
    ``unclosed``: the quote is closed nowhere (the cell runs to the end of the file)."""
    index, before, inside = found
    line = start + before
    column = _field_name(names, index)
    if unclosed:
        return InputUnusableError(msg("input-quote-unclosed", path=path, line=line, column=column))
    return InputUnusableError(
        msg("input-quote-swallows", path=path, line=line, end=line + inside, column=column)
    )


def _spans_records(found: tuple[int, int, int], row: int, start: int, names: Sequence[str]) -> Issue:
    """The warning about a well-quoted value that holds a whole record (see :func:`_swallowing_field`)."""
    index, before, inside = found
    line = start + before
    column = _field_name(names, index)
    return finding("value-spans-records", row=row, line=start, column=column, first=line, end=line + inside)


def _stray_quotes_kept(
    raw: str, record: list[str], dialect: Dialect, width: int, at: int
) -> tuple[list[str], int]:
    """The fields of the one-line record ``raw`` with its stray quotes kept as written, and the
    index of the first field that differs from ``record`` (the csv module's lenient reading; else
    the field of the stray quote at offset ``at``, counted by the delimiters before it).

    A quoted field ends at the quote before a delimiter or the line's end; a doubled quote inside
    is one quote, any other quote a character of the value: ``"Müller "Bau" 4 GmbH"`` is
    ``Müller "Bau" 4 GmbH``, where the csv module reads ``Müller Bau" 4 GmbH"``. When that
    reading does not give the header's width (a quote swallowed a delimiter), ``record`` stays."""
    kept = _literal_fields(raw.rstrip("\r\n"), dialect.delimiter, dialect.quotechar)
    fields = kept if len(kept) == width else record
    changed = [i for i, (a, b) in enumerate(zip(fields, record, strict=False)) if a != b]
    if changed:
        return fields, changed[0]
    return fields, min(raw.count(dialect.delimiter, 0, at), len(fields) - 1)


def _literal_fields(line: str, delimiter: str, quote: str) -> list[str]:
    """``line`` cut into fields as :func:`_stray_quotes_kept` reads them."""
    fields: list[str] = []
    pos, end = 0, len(line)
    while True:
        if pos < end and line[pos] == quote:
            value: list[str] = []
            pos += 1
            while pos < end:
                char = line[pos]
                if char == quote:
                    after = line[pos + 1] if pos + 1 < end else ""
                    if after == quote:
                        value.append(quote)
                        pos += 2
                        continue
                    if after in ("", delimiter):
                        pos += 1
                        break
                value.append(char)
                pos += 1
            fields.append("".join(value))
        else:
            stop = line.find(delimiter, pos)
            stop = end if stop < 0 else stop
            fields.append(line[pos:stop])
            pos = stop
        if pos >= end:
            return fields
        pos += 1  # the delimiter
        if pos == end:
            fields.append("")
            return fields


def _malformed(record: str, dialect: Dialect) -> bool:
    """True when ``record`` (its raw text) breaks the quoting rules, e.g. a closing quote followed by text."""
    reader = csv.reader(
        io.StringIO(record, newline=""), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=True
    )
    try:
        for _ in reader:
            pass
    except csv.Error:
        return True
    return False


_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


#: Up to this many characters the text is handed to csv through ``io.StringIO`` (fast, but a
#: copy at four bytes per character: 32 MB here); longer texts are cut into lines lazily.
_STRINGIO_LIMIT: Final = 8_000_000


class _LazyLines:
    """The physical lines of a long text, split lazily; :meth:`tell` is where the last one ends."""

    __slots__ = ("_end", "_matches")

    def __init__(self, text: str) -> None:
        self._matches = _LINE.finditer(text)
        self._end = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        match = next(self._matches)
        self._end = match.end()
        return match.group()

    def tell(self) -> int:
        """The offset just after the last line handed out."""
        return self._end


def _lines(text: str) -> io.StringIO | _LazyLines:
    """The physical lines of ``text`` with their endings (CRLF, LF or a lone CR), and ``tell()``.

    ``io.StringIO(text, newline="")`` for ordinary files; for large ones a lazy split that
    avoids its copy of the whole text (400 MB for a 100 MB input). Unlike ``str.splitlines``
    both break only at CR and LF. ``tell()`` is the offset after the lines read so far.
    """
    if len(text) <= _STRINGIO_LIMIT:
        return io.StringIO(text, newline="")
    return _LazyLines(text)


def _tail(text: str, lines_back: int, *, end: int | None = None) -> str:
    """The last ``lines_back + 1`` physical lines of ``text[:end]`` (CRLF, LF and lone CR each end a line)."""
    stop = len(text) if end is None else end
    pos = stop
    if pos >= 2 and text.startswith("\r\n", pos - 2):
        pos -= 2
    elif pos > 0 and text[pos - 1] in "\r\n":
        pos -= 1
    start = 0
    for _ in range(lines_back + 1):
        brk = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos))
        if brk < 0:
            return text[:stop]
        start = brk + 1
        pos = brk - 1 if text[brk] == "\n" and brk > 0 and text[brk - 1] == "\r" else brk
    return text[start:stop]


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
            name = "TAB" if dialect.delimiter == "\t" else dialect.delimiter  # the one invisible one
            raise InputUnusableError(
                msg("input-unclosed-quote", path=path, line=last_start, delimiter=name)
            ) from None
