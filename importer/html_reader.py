"""The HTML table reader: an "Excel export" that is a web page with a table.

Web applications (Bitrix24, many CRMs and shop back ends) offer "Export to Excel" and write an
HTML page with a ``<table>``, named ``.xls``; Excel opens it with a warning. The ninth real-layout
round found Bitrix24's refused (exit 3) as "no CSV file". The page is decoded like a CSV file (its
``<meta charset>`` is one more hint to the detection), its data table is read with the standard
library's HTML parser and handed on as CSV text, so that header detection and parsing are the CSV
reader's.

The data table is looked for among the tables at any depth: of the largest ones (the most cells of
their own text, not counting nested tables' cells) the one whose header names lexoffice columns.
Old exports set the page's layout in a table and the data table in one of its cells (the hostile
round found such a page read as one cell, or refused). A table nested in a data cell (two phone
numbers in a table of their own) is that cell's text: its rows are lines, its cells apart by a tab,
as a browser copies them (the hostile round found "0351 1110351 222"). A cell's ``<br>`` (and a
paragraph in it) is a line break.

The cells are laid out as a browser and Excel lay them out: a cell spanning rows (``rowspan``)
takes its place in the rows below, so that their cells keep their columns (the hostile round found
"Eva" read as the company of the row below a company spanning two rows). Its value counts for each
row it spans below the header (``merged-cell-filled``, as a workbook's merged cell); ``colspan``
repeats no value (the cells it spans are empty, as Excel shows them). Spans are clamped as
browsers clamp them: ``rowspan="0"`` and spans beyond the table end at its row group's end.

A header of two or more rows (a ``<thead>``, or rows of ``<th>`` cells) with a label over several
columns is read as one header row, each column's labels joined (:func:`_one_header`). Text in the
table outside its cells, and cells after the tables, are no cell of the table: each is named
(``html-text-outside-cells``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Final

import polars as pl

from importer.catalog import Catalog, load_catalog
from importer.csv_reader import read_csv
from importer.encoding import decode, detect_encoding
from importer.errors import InputUnusableError
from importer.frame import LINE, ROW
from importer.mapping import header_reading, map_headers
from importer.messages import format_number, msg
from importer.model import Issue, Table
from importer.parse import MAX_COLUMNS
from importer.result import RawInput, ReadOptions, ReadTable
from importer.rules import finding
from importer.sheets import column_letters

#: Elements whose start or end ends the text of a cell line ("<br>", a paragraph inside a cell).
_BREAKS: Final = frozenset(
    {
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "pre", "address", "blockquote", "section", "article", "header", "footer", "caption",
    }
)  # fmt: skip
#: Elements whose text is no cell text (a script in a cell, a template).
_HIDDEN: Final = frozenset({"script", "style", "template"})
#: Elements that start a new row group: a rowspan ends at its group's end.
_GROUPS: Final = frozenset({"thead", "tbody", "tfoot"})
#: Runs of white space other than line breaks, as HTML collapses them.
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0]+")
#: Line breaks of the page's source: white space like any, outside ``<pre>``.
_SOURCE_BREAK: Final = re.compile(r"[\r\n]+")
#: What stands between the cells of one row of a nested table while the page is read: a character
#: the page's text never holds (removed from it), a tab in the value.
_APART: Final = "\x1f"
_AROUND_APART: Final = re.compile(f" ?{_APART}[ {_APART}]*")
#: Span values are clamped as browsers clamp them (the HTML standard's limits).
_COLSPAN_MAX: Final = 1000
_ROWSPAN_MAX: Final = 65534
#: A span's leading digits ("2", " 2px"); anything else is no span (1).
_SPAN: Final = re.compile(r"\s*\+?([0-9]+)")
#: Cells laid out (with the columns spans cover, the rows' padding and the values a rowspan
#: fills in) allowed per character of the page, and at least: spans cannot make a small page
#: a table too large to hold (the hostile round: rowspan="100000").
_CELLS_PER_CHAR: Final = 4
_CELLS_MIN: Final = 4_000_000
#: The data table is chosen among this many of the largest tables, by the header names in their
#: first rows (a title above the header); naming this many lexoffice columns, the larger one wins.
_CANDIDATES: Final = 20
_HEADER_ROWS: Final = 3
_NAMED_ENOUGH: Final = 3


def _span(value: str | None, limit: int) -> int:
    """A ``rowspan``/``colspan`` value: its leading digits, 1 without any, at most ``limit``."""
    found = _SPAN.match(value or "")
    if found is None:
        return 1
    digits = found.group(1).lstrip("0")
    return limit if len(digits) > len(str(limit)) else min(int(digits or "0"), limit)


@dataclass(eq=False)
class _Cell:
    """A cell: its text as read (strings, and the tables nested in it), worded when asked for."""

    parts: list[str | _Table]
    rowspan: int
    colspan: int
    #: Whether it holds any text, its own or a nested table's.
    filled: bool
    #: A header cell (``<th>``).
    head: bool = False
    worded: str | None = None

    @property
    def text(self) -> str:
        """The cell's text: white space collapsed, each line trimmed, no blank line."""
        if self.worded is None:
            self.worded = _worded(self.parts)
        return self.worded


@dataclass(eq=False)
class _Table:
    """One ``<table>`` of the page: its own rows (not those of tables nested in its cells)."""

    rows: list[list[_Cell]] = field(default_factory=list)
    #: The row group (thead, tbody, tfoot) of each row.
    groups: list[int] = field(default_factory=list)
    #: Cells with text of their own (not only a nested table's).
    own: int = 0
    #: Whether any cell holds text.
    filled: bool = False
    #: The row group that a ``<thead>`` started (None: the table has none).
    head_group: int | None = None
    #: Text inside the table but in no cell (before a row's first cell, between rows), with the
    #: index of the row it stood in or before: no browser shows it in the table.
    stray: list[tuple[int, str]] = field(default_factory=list)


def _nested_parts(table: _Table) -> Iterator[str | _Table]:
    """A nested table as text of its cell: lines of their own, one for each row, its cells apart."""
    yield "\n"
    for row in table.rows:
        for cell in row:
            yield from cell.parts
            yield _APART
        yield "\n"


def _worded(parts: list[str | _Table]) -> str:
    """The text of a cell's ``parts``; nested tables are unfolded with a stack, not a recursion
    (thousands of tables nested in each other), and their text is built once, for the cell read:
    a text copied into each enclosing cell would take the nesting depth times its size."""
    pieces: list[str] = []
    stack: list[Iterator[str | _Table]] = [iter(parts)]
    while stack:
        part = next(stack[-1], None)
        if part is None:
            stack.pop()
        elif isinstance(part, str):
            pieces.append(part)
        else:
            stack.append(_nested_parts(part))
    lines = (_SPACES.sub(" ", line) for line in "".join(pieces).split("\n"))
    kept = (_AROUND_APART.sub(_APART, line).strip(f" {_APART}") for line in lines)
    return "\n".join(line for line in kept if line)


@dataclass
class _Open:
    """A table being read: its open row and cell."""

    table: _Table
    group: int = 0
    row: list[_Cell] | None = None
    cell: list[str | _Table] | None = None
    own_text: bool = False
    nested_text: bool = False
    rowspan: int = 1
    colspan: int = 1
    head: bool = False

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            filled = self.own_text or self.nested_text
            self.row.append(_Cell(self.cell, self.rowspan, self.colspan, filled, self.head))
            self.table.own += self.own_text
            self.table.filled = self.table.filled or filled
        self.cell, self.own_text, self.nested_text, self.rowspan, self.colspan = None, False, False, 1, 1

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None:
            self.table.rows.append(self.row)
            self.table.groups.append(self.group)
        self.row = None


class _Tables(HTMLParser):
    """Every ``<table>`` of a page, at any depth, in the order they start."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        #: The text of cells outside any table (``<td>`` after ``</table>``): no browser shows them
        #: as cells, and no table holds them.
        self.orphans: list[str] = []
        self._orphan: list[str] | None = None
        self._open: list[_Open] = []
        self._hidden = 0
        self._pre = 0  # inside <pre>: the page's own line breaks are the text's
        self._caption = 0  # inside a table's <caption>: its title, no stray text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
            return
        self._pre += tag == "pre"
        self._caption += tag == "caption"
        if tag == "table":
            self._end_orphan()
            table = _Table()
            self.tables.append(table)
            self._open.append(_Open(table))
            return
        if not self._open:
            if tag in ("td", "th", "tr"):
                self._end_orphan()
                self._orphan = [] if tag != "tr" else None
            return
        at = self._open[-1]
        if tag == "tr":
            at.end_row()
            at.row = []
        elif tag in ("td", "th"):
            at.end_cell()
            if at.row is None:
                at.row = []
            at.cell = []
            at.head = tag == "th"
            spans = dict(attrs)
            at.rowspan = _span(spans.get("rowspan"), _ROWSPAN_MAX) if "rowspan" in spans else 1
            at.colspan = max(1, _span(spans.get("colspan"), _COLSPAN_MAX))
        elif tag in _GROUPS:
            at.end_row()
            at.group += 1
            if tag == "thead" and at.table.head_group is None:
                at.table.head_group = at.group
        elif tag in _BREAKS and at.cell is not None:
            at.cell.append("\n")

    def _end_orphan(self) -> None:
        if self._orphan is not None:
            text = _SPACES.sub(" ", _SOURCE_BREAK.sub(" ", "".join(self._orphan))).strip()
            if text:
                self.orphans.append(text)
        self._orphan = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN and tag != "table":  # "<table/>" and "<script/>" open nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag == "caption":
            self._caption = max(0, self._caption - 1)
        if not self._open:
            if tag in ("td", "th", "tr", "body", "html"):
                self._end_orphan()
            return
        at = self._open[-1]
        if tag == "table":
            self._close_table()
        elif tag in ("td", "th"):
            at.end_cell()
        elif tag == "tr":
            at.end_row()
        elif tag in _GROUPS:
            at.end_row()
            at.group += 1
        elif tag in _BREAKS and at.cell is not None:
            at.cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if not self._open:
            if self._orphan is not None:
                self._orphan.append(data)
            return
        at = self._open[-1]
        if at.cell is None:
            if self._caption:
                return
            # text in the table but in no cell: a browser shows it above the table, not in it
            text = _SPACES.sub(" ", _SOURCE_BREAK.sub(" ", data.replace(_APART, ""))).strip()
            if text:
                at.table.stray.append((len(at.table.rows), text))
        else:
            text = data.replace(_APART, "")
            if not self._pre:
                # a line break in the page's source is a space, as a browser and Excel show it
                # (Excel's "Save as web page" wraps long cell texts: "Müller &amp;\n  Söhne")
                text = _SOURCE_BREAK.sub(" ", text)
            at.cell.append(text)
            at.own_text = at.own_text or bool(text.strip())

    def close(self) -> None:
        super().close()
        while self._open:  # tables the page leaves open end with it
            self._close_table()
        self._end_orphan()

    def _close_table(self) -> None:
        done = self._open.pop()
        done.end_row()
        outer = self._open[-1] if self._open else None
        if outer is not None and outer.cell is not None and done.table.filled:
            outer.cell.append(done.table)
            outer.nested_text = True


@dataclass(frozen=True)
class _Spread:
    """A cell spanning rows: its value, where it stands and the last row it covers."""

    row: int
    column: int
    last_row: int
    last_column: int
    text: str


@dataclass
class _Grid:
    """The data table laid out: each row's values by column, and the cells spanning rows."""

    rows: list[dict[int, str]]
    width: int
    spread: list[_Spread]


def _too_large(path: str, cap: int) -> InputUnusableError:
    return InputUnusableError(msg("html-table-too-large", path=path, cap=format_number(cap)))


def _layout(table: _Table, cap: int, path: str) -> _Grid:
    """The cells of ``table`` in their columns: a cell spanning rows takes its columns in the rows
    below (up to its row group's end), a cell spanning columns those of its row."""
    count = len(table.rows)
    group_end = [0] * count
    for index in range(count - 1, -1, -1):
        same = index + 1 < count and table.groups[index + 1] == table.groups[index]
        group_end[index] = group_end[index + 1] if same else index
    active: list[tuple[int, int, int]] = []  # first column, end column, last row
    rows: list[dict[int, str]] = []
    spread: list[_Spread] = []
    width = 0
    work = 0
    for index, cells in enumerate(table.rows):
        active = [span for span in active if span[2] >= index]
        taken = sorted(span[:2] for span in active)
        work += sum(end - start for start, end in taken)
        values: dict[int, str] = {}
        column = 0
        at = 0
        for cell in cells:
            while at < len(taken) and taken[at][0] <= column:
                column = max(column, taken[at][1])
                at += 1
            if column >= MAX_COLUMNS:
                raise InputUnusableError(
                    msg(
                        "html-too-many-columns",
                        path=path,
                        count=format_number(column + 1),
                        cap=format_number(MAX_COLUMNS),
                    )
                )
            last = group_end[index] if cell.rowspan == 0 else min(group_end[index], index + cell.rowspan - 1)
            if cell.text:
                values[column] = cell.text
                if last > index:
                    spread.append(_Spread(index, column, last, column + cell.colspan - 1, cell.text))
                    work += len(cell.text) * (last - index)
            if last > index:
                active.append((column, column + cell.colspan, last))
            width = max(width, column + 1)
            work += cell.colspan
            column += cell.colspan
        if work > cap:
            raise _too_large(path, cap)
        rows.append(values)
    if width * count > cap:
        raise _too_large(path, cap)
    return _Grid(rows, width, spread)


def _csv_rows(grid: _Grid) -> Iterator[list[str]]:
    for values in grid.rows:
        yield [values.get(column, "").replace(_APART, "\t") for column in range(grid.width)]


def _line_numbers(grid: _Grid) -> list[int]:
    """The physical line of the CSV text where each row of ``grid`` starts."""
    lines: list[int] = []
    line = 1
    for values in grid.rows:
        lines.append(line)
        line += 1 + sum(value.count("\n") for value in values.values())
    return lines


def _with_spread(table: Table, grid: _Grid) -> None:
    """The value of each cell spanning rows in the rows below it, when it stands below the header
    (a header cell spanning into the first record fills nothing, as a workbook's merged header),
    each with its finding."""
    frame = table.frame
    lines = _line_numbers(grid)
    numbers = frame.get_column(ROW).to_list()
    at_lines = frame.get_column(LINE).to_list()
    record = {line: at for at, line in enumerate(at_lines)}
    changed: dict[str, list[str | None]] = {}
    issues: list[Issue] = []
    for cell in grid.spread:
        top = record.get(lines[cell.row])
        if top is None or cell.column >= len(table.columns):
            continue  # a title or the header
        name = table.columns[cell.column]
        below = [record[lines[i]] for i in range(cell.row + 1, cell.last_row + 1) if lines[i] in record]
        if not below:
            continue
        first, last = (
            column_letters(cell.column),
            column_letters(min(cell.last_column, len(table.columns) - 1)),
        )
        cells = f"{first}{numbers[top]}:{last}{numbers[below[-1]]}"
        values = changed.setdefault(name, frame.get_column(name).to_list())
        for at in below:
            if not (values[at] or "").strip():
                values[at] = cell.text.replace(_APART, "\t")
                issues.append(
                    finding(
                        "merged-cell-filled",
                        row=numbers[at],
                        line=at_lines[at],
                        column=name,
                        value=values[at],
                        cells=cells,
                    )
                )
    if changed:
        table.frame = frame.with_columns(
            pl.Series(name, values, dtype=pl.String) for name, values in changed.items()
        )
        table.issues.extend(sorted(issues, key=lambda i: i.row))


def _head_rows(table: _Table) -> int:
    """How many rows at the table's start are its header: those of its ``<thead>`` when it starts
    the table, else the rows of header cells (``<th>``) only."""
    rows = table.rows
    count = 0
    if table.head_group is not None:
        while count < len(rows) and table.groups[count] == table.head_group:
            count += 1
        return count
    while count < len(rows) and rows[count] and all(cell.head for cell in rows[count]):
        count += 1
    return count


def _covered(table: _Table, rows: int) -> list[dict[int, str]]:
    """For each of the first ``rows`` rows of ``table``: the text of the cell covering each column,
    a cell spanning columns or rows in each of them."""
    covered: list[dict[int, str]] = [{} for _ in range(rows)]
    taken: list[set[int]] = [set() for _ in range(rows)]
    for index in range(rows):
        column = 0
        for cell in table.rows[index]:
            while column in taken[index]:
                column += 1
            last = rows - 1 if cell.rowspan == 0 else min(rows - 1, index + cell.rowspan - 1)
            for row in range(index, last + 1):
                for at in range(column, column + cell.colspan):
                    taken[row].add(at)
                    if cell.text:
                        covered[row][at] = cell.text.replace(_APART, " ")
            column += cell.colspan
    return covered


def _joined_label(labels: list[str], catalog: Catalog) -> str:
    """One column's header of its labels in the header rows, top to bottom: all of them when so
    they name a lexoffice column ("Ansprechpartner" over "Vorname": "Ansprechpartner Vorname"),
    else the lowest ("Name" over "Vorname": "Vorname", not a whole name read surname first)."""
    joined = " ".join(labels)
    if len(labels) < 2:
        return joined
    read = map_headers([joined], catalog)[0]
    if read.target is not None and not (read.merge or "").startswith("person-name"):
        return joined
    return labels[-1]


def _one_header(table: _Table, grid: _Grid, catalog: Catalog) -> tuple[int, int]:
    """``grid`` with a header of two or more rows as one row, when a label in an upper row spans
    columns (a ``<thead>``'s "Ansprechpartner" over "Vorname" and "Nachname": the first names were
    read as the contact person's surname, the header below them as a record). Each column's
    header joins its labels (:func:`_joined_label`); a title row above (one cell) stays as it is.
    Returns the index of the header row and how many rows were joined into it (0: none)."""
    count = _head_rows(table)
    if count < 2:
        return 0, 0
    covered = _covered(table, count)
    start = 0
    while start < count and len({id(c) for c in table.rows[start] if c.filled}) <= 1:
        start += 1  # a title above the header, or an empty row
    upper = [cell for row in table.rows[start : count - 1] for cell in row]
    if count - start < 2 or not any(cell.colspan > 1 and cell.filled for cell in upper):
        return 0, 0
    header: dict[int, str] = {}
    for column in range(grid.width):
        labels: list[str] = []
        for row in range(start, count):
            label = covered[row].get(column)
            if label and (not labels or labels[-1] != label):
                labels.append(label)
        if labels:
            header[column] = _joined_label(labels, catalog)
    joined = count - start
    grid.rows[start:count] = [header]
    grid.spread = [
        dataclasses.replace(s, row=s.row - joined + 1, last_row=s.last_row - joined + 1)
        for s in grid.spread
        if s.row >= count
    ]
    return start, joined


def _data_table(tables: list[_Table], options: ReadOptions) -> tuple[_Table, list[_Table]]:
    """The table of the contacts: of the largest tables (the most cells of their own text) the one
    whose header names the most lexoffice columns (up to :data:`_NAMED_ENOUGH`), then the largest,
    then the first (the outer). A layout table holding the data table in a cell names none; a table
    of phone numbers nested in a contact's cell names fewer than the contacts' table.

    Also the other tables whose header names as many lexoffice columns: contacts of their own
    (customers and suppliers on one page), which are not read."""
    found = [t for t in tables if len(t.rows) > 1 and any(c.filled for row in t.rows[1:] for c in row)]
    if len(found) < 2:
        return (found[0] if found else _Table()), []
    largest = sorted(found, key=lambda t: (t.own, len(t.rows)), reverse=True)[:_CANDIDATES]
    catalog = options.catalog or load_catalog()
    order = {id(t): at for at, t in enumerate(tables)}
    named = {
        id(table): max(
            header_reading([c.text.replace(_APART, " ") for c in row], catalog)[0]
            for row in table.rows[:_HEADER_ROWS]
        )
        for table in largest
    }

    def key(table: _Table) -> tuple[int, int, int, int]:
        return min(named[id(table)], _NAMED_ENOUGH), table.own, len(table.rows), -order[id(table)]

    chosen = max(largest, key=key)
    others = [t for t in largest if t is not chosen and named[id(t)] >= _NAMED_ENOUGH]
    return chosen, sorted(others, key=lambda t: order[id(t)])


#: The generator tag of the pages this tool writes (templates/base.html).
_OWN_REPORT: Final = re.compile(r'<meta\s+name="generator"\s+content="lexoffice-import[\s"]', re.IGNORECASE)


def read_html(raw: RawInput, options: ReadOptions) -> ReadTable:
    """Read the data table of an HTML page (see the module docstring)."""
    data = raw.take()
    info = detect_encoding(data, options.encoding, path=raw.path)
    text = decode(data, info)
    del data
    if _OWN_REPORT.search(text[:4000]):
        # a report of this tool copied elsewhere or piped in: its tables are findings and the
        # column reference, not contacts (the hostile re-test: read as rejected "contacts", exit 1)
        raise InputUnusableError(msg("input-own-report", path=raw.path))
    parser = _Tables()
    parser.feed(text)
    parser.close()
    chosen, others = _data_table(parser.tables, options)
    rows = chosen.rows
    if len(rows) < 2 or not any(cell.text for row in rows[1:] for cell in row):
        raise InputUnusableError(
            msg("input-other-format", path=raw.path, format=msg("format-html"), howto=msg("howto-excel"))
        )
    grid = _layout(chosen, max(_CELLS_MIN, _CELLS_PER_CHAR * len(text)), raw.path)
    orphans = parser.orphans
    del text, parser
    at, joined = (
        (0, 0) if options.header_row else _one_header(chosen, grid, options.catalog or load_catalog())
    )
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(_csv_rows(grid))
    read = read_csv(
        RawInput(out.getvalue().encode("utf-8"), raw.path),
        encoding="utf-8",
        delimiter=";",
        header_row=options.header_row,
        find_header=options.find_header,
    )
    if grid.spread:
        _with_spread(read.table, grid)
    _stray_text(read.table, grid, chosen.stray, orphans, at, joined)
    if others:
        # found by the HTML round: a page of customers and suppliers lost the second table silently
        shown = "; ".join(_header_text(t) for t in others[:3])
        read.table.issues.insert(
            0, finding("html-tables-unread", value=shown, count=len(others), tables=shown)
        )
    return ReadTable(read.table, read.text_chars, encoding=info, preamble=read.preamble)


def _stray_text(
    table: Table, grid: _Grid, stray: list[tuple[int, str]], orphans: list[str], at: int, joined: int
) -> None:
    """``html-text-outside-cells``: text in the data table but in no cell ("<tr>Lose Text<td>…"),
    or cells after the tables (``<td>`` past ``</table>``). A browser shows such text outside the
    table and no reader of the table has it: it is named, at the row it stood in where that is a
    record (the hostile HTML round found it lost without a word)."""
    if not stray and not orphans:
        return
    lines = _line_numbers(grid)
    frame = table.frame
    record = dict(zip(frame.get_column(LINE).to_list(), frame.get_column(ROW).to_list(), strict=True))
    issues: list[Issue] = []
    for index, text in stray:
        if joined and index > at:
            index = max(at, index - joined + 1)
        line = lines[index] if index < len(lines) else 0
        row = record.get(line, 0)
        issues.append(
            finding("html-text-outside-cells", row=row, line=line if row else 0, value=text, text=text)
        )
    if orphans:
        shown = " | ".join(orphans)
        issues.append(
            finding(
                "html-text-outside-cells",
                value=shown,
                text=shown,
                message="issue-html-text-outside-cells-after",
            )
        )
    table.issues.extend(issues)


def _header_text(table: _Table) -> str:
    """A table's first row as the message names it: its first cells, comma-separated."""
    cells = [c.text.replace(_APART, " ").strip() for c in table.rows[0] if c.text.strip()]
    return ", ".join(cells[:4]) + (", …" if len(cells) > 4 else "")
