"""The HTML table reader: an "Excel export" that is a web page with a table.

Web applications (Bitrix24, many CRMs and shop back ends) offer "Export to Excel" and write an
HTML page with one ``<table>``, named ``.xls``; Excel opens it with a warning. The ninth
real-layout round found Bitrix24's refused (exit 3) as "no CSV file". The page is decoded like a
CSV file (its ``<meta charset>`` is one more hint to the detection), its largest table is read
with the standard library's HTML parser and handed on as CSV text, so that header detection and
parsing are the CSV reader's. A cell's ``<br>`` is a line break; ``colspan`` repeats no value
(the cells it spans are empty, as Excel shows them); nested tables are read as text of their cell.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from typing import Final

from importer.csv_reader import read_csv
from importer.encoding import decode, detect_encoding
from importer.errors import InputUnusableError
from importer.messages import msg
from importer.result import RawInput, ReadOptions, ReadTable

#: Elements whose start ends the text of a cell line ("<br>", a paragraph inside a cell).
_BREAKS: Final = frozenset({"br", "p", "div", "li"})
#: Runs of white space other than line breaks, as HTML collapses them.
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0]+")
#: A colspan larger than this is taken as this (a page's layout table spanning everything).
_SPAN_MAX: Final = 100


class _Tables(HTMLParser):
    """The rows of each top-level ``<table>`` of a page, each cell's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
            return
        if self._depth != 1:
            if tag in _BREAKS and self._cell is not None:
                self._cell.append("\n")
            return
        if tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = min(int(span), _SPAN_MAX) if span.strip().isdigit() and int(span) > 0 else 1
        elif tag in _BREAKS and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self._depth == 1:
                self._end_row()
            self._depth = max(0, self._depth - 1)
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self._depth == 1 and tag == "tr":
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        lines = [_SPACES.sub(" ", line).strip() for line in "".join(self._cell).split("\n")]
        self._row.append("\n".join(line for line in lines if line))
        self._row.extend([""] * (self._span - 1))
        self._cell, self._span = None, 1

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None


#: The generator tag of the pages this tool writes (templates/base.html).
_OWN_REPORT: Final = re.compile(r'<meta\s+name="generator"\s+content="lexoffice-import[\s"]', re.IGNORECASE)


def read_html(raw: RawInput, options: ReadOptions) -> ReadTable:
    """Read the largest table of an HTML page (see the module docstring)."""
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
    rows = max(parser.tables, key=len, default=[])
    if len(rows) < 2 or not any(cell for row in rows[1:] for cell in row):
        raise InputUnusableError(
            msg("input-other-format", path=raw.path, format=msg("format-html"), howto=msg("howto-excel"))
        )
    width = max(len(row) for row in rows)
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(
        row + [""] * (width - len(row)) for row in rows
    )
    read = read_csv(
        RawInput(out.getvalue().encode("utf-8"), raw.path),
        encoding="utf-8",
        delimiter=";",
        header_row=options.header_row,
        find_header=options.find_header,
    )
    return ReadTable(read.table, read.text_chars, encoding=info, preamble=read.preamble)
