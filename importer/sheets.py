"""What calamine (fastexcel) does not say about a workbook sheet, read from the file itself: the
rows it hides (calamine reads hidden and filtered-out rows like any other and does not say which
they are), and the formula cells of an .xlsx that hold no saved value (calamine reads them as
empty cells).

- .xlsx/.xlsm: the sheet's part is found by the sheet's name through the workbook part and its
  relationships. The part names (``sheet1.xml``, ``sheet2.xml`` …) keep the order in which the
  sheets were created, not the order the user sees after moving or deleting sheets. A row is
  hidden by ``<row hidden="1">`` (Excel's filter hides rows the same way).
- .ods: a row with ``table:visibility="collapse"`` (hidden) or ``"filter"`` (filtered out), or a
  row inside a collapsed row group; ``table:number-rows-repeated`` counts as that many rows.
- .xls (Excel 97–2003, BIFF8, and Excel 5/95, BIFF5): the workbook stream is taken out of its
  OLE container with olefile; the sheet's substream is found by the name in its BOUNDSHEET
  record, and a ROW record with the flag fDyZero (0x20) is a hidden row ([MS-XLS] 2.4.221).

A whole number shown through a number format (:attr:`SheetMarks.formatted`): Excel keeps ``1067``
in a cell formatted ``00000`` and shows ``01067``; calamine reads the number. In an .xlsx the
cell's style (``<c s="…">``) leads through ``cellXfs`` in the styles part to the format code,
which :mod:`importer.numfmt` renders when it is one made of digit placeholders and literal text.
An .ods stores the shown text beside the value (``office:value="1067"``, ``<text:p>01067``); it
is taken when it writes the same digits with padding zeros and literal text only.

A text cell of an .ods with a tab or a line break inside a paragraph (:attr:`SheetMarks.texts`):
calamine drops ``<text:tab/>`` and ``<text:line-break/>`` ("Weg 1<text:line-break/>Hinterhaus"
became "Weg 1Hinterhaus"); the cell's text is rendered here with them.

A number whose digits cannot be taken as calamine writes them (:attr:`SheetMarks.formatted`):
2^53 or more (the nearest binary number's digits): read in scientific notation ("2,12346E+19"),
as Excel's General format shows it and writes it into a CSV file (an .ods: as LibreOffice shows
it). A smaller number keeps its exact digits, whatever the cell shows.

A content.xml that uses a namespace prefix it does not declare (``xlink:href``; calamine reads it)
is read with the prefix declared; a part that cannot be read at all leaves every mark unknown,
and :attr:`SheetMarks.unread` says so.

A formula cell without a saved value (:attr:`SheetMarks.unsaved`): Excel and LibreOffice store each
formula's result with it (``<c><f>A2&amp;B2</f><v>…</v></c>``); programs that write workbooks without
calculating them (openpyxl, PhpSpreadsheet, many shops' "Excel export") leave out the ``<v>`` or
write it empty. An empty ``<v>`` of a string cell (``t="str"``) is a saved result, the empty text
(Excel writes ``=IF(A1="","",A1)`` that way). Only .xlsx/.xlsm are read for them: LibreOffice
always saves .ods with values, and an .xls FORMULA record always holds a result (what a writer
that calculated nothing puts there, 0 or the empty text, looks like a calculated one).
"""

from __future__ import annotations

import contextlib
import io
import math
import posixpath
import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Final, NamedTuple
from xml.etree import ElementTree

from importer.numfmt import PLAIN_LITERALS, integer_format

__all__ = ["FormattedNumber", "MergedCells", "SheetMarks", "UnsavedFormula", "sheet_marks"]

#: The leading bytes of an OLE container (an .xls workbook).
_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: BIFF record types ([MS-XLS] 2.3): beginning and end of a substream, a sheet's name and place, a row.
_BOF: Final = (0x0809, 0x0409, 0x0209, 0x0009)
_EOF: Final = 0x000A
_BOUNDSHEET: Final = 0x0085
_ROW: Final = 0x0208
_ROW_HIDDEN: Final = 0x20

_HIDDEN_ROW: Final = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')
_HIDDEN_ROW_ALT: Final = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*?\br="(\d+)"')
#: A formula element followed by no value or an empty one: the cheap test before the sheet is parsed.
_FORMULA_WITHOUT_VALUE: Final = re.compile(
    rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*(?:</(?:\w+:)?c>|<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)"
)
_CELL_REF: Final = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")
#: A merged range of a worksheet part.
_MERGE_CELL: Final = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"')
#: An error or boolean cell (``t="e"``, ``t="b"``): the cheap test before the cells are looked at.
_TYPED_CELL: Final = re.compile(rb'<(?:\w+:)?c\b[^>]*\bt="[eb]"')
#: A cell with a saved value (a formula before it allowed): its attributes and the value.
_VALUE_CELL: Final = re.compile(
    rb"<(?:\w+:)?c\b([^>]*)>\s*(?:<(?:\w+:)?f\b[^>]*/>\s*|<(?:\w+:)?f\b[^>]*>[^<]*</(?:\w+:)?f>\s*)?"
    rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>"
)
_ATTRIBUTE: Final = re.compile(rb'\b([rst])="([^"]*)"')
#: The largest whole number a cell keeps exactly (Excel: 15 significant digits).
_EXACT_LIMIT: Final = 10**15
#: From here on a number's digits are those of the nearest binary number, not the ones stored.
_EXACT_BINARY: Final = 2**53
#: The digits of 2^53: a whole number written out with fewer is below it.
_EXACT_BINARY_DIGITS: Final = len(str(_EXACT_BINARY))
#: The format code of Excel's General format (numFmtId 0), as :class:`FormattedNumber` names it.
GENERAL: Final = "General"
#: A value of as many digits as 2^53, or in scientific notation: the cheap test before the cells
#: are looked at for :func:`_long_numbers`.
_LONG_VALUE: Final = re.compile(rb"<(?:\w+:)?v>\s*-?(?:[0-9]{16}|[0-9.]*[eE])")
#: A cell's text in scientific notation, as Excel and LibreOffice show a long number ("4,93511E+11").
_SCIENTIFIC: Final = re.compile(r"^-?[0-9](?:[.,][0-9]+)?E[+-][0-9]+$", re.IGNORECASE)
#: How a boolean cell shows in a German Excel (an .xlsx stores 1 or 0, not the text shown).
_BOOLEAN_TEXT: Final = {"1": "WAHR", "0": "FALSCH", "true": "WAHR", "false": "FALSCH"}
_ODS: Final = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE: Final = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT: Final = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODS_HIDDEN: Final = ("collapse", "filter")


class UnsavedFormula(NamedTuple):
    """A formula cell that holds no saved value."""

    #: The sheet row, from 1.
    row: int
    #: The sheet column, from 0 (A is 0).
    column: int
    #: The formula as the file stores it (function names in English, arguments separated by
    #: commas), with a leading "=". A cell that shares the formula of another
    #: (``<f t="shared" si="…"/>``) gets the text written in that first cell.
    formula: str


class FormattedNumber(NamedTuple):
    """A whole number that its cell's number format shows otherwise than as the bare number."""

    #: The sheet row, from 1.
    row: int
    #: The sheet column, from 0 (A is 0).
    column: int
    #: The number as the file stores it.
    number: int
    #: The text Excel shows.
    text: str
    #: The format code.
    format: str
    #: The number as the file writes it, where its digits are more than the file keeps exactly
    #: ("2.123456789012346e+19"; else "": the number is shown).
    stored: str = ""


class CellText(NamedTuple):
    """A text cell's whole text, where calamine reads it without its tabs and line breaks."""

    #: The sheet row (from 1).
    row: int
    #: The sheet column (from 0).
    column: int
    text: str
    #: The text as calamine reads it: without the tabs and line breaks inside paragraphs.
    read: str


class MergedCells(NamedTuple):
    """A range of merged cells (.xlsx ``<mergeCell ref="A2:A3"/>``): Excel shows the first cell's
    value over the whole range; calamine reads it in the first cell only."""

    #: The first and last sheet rows (from 1) and columns (from 0) of the range.
    first_row: int
    first_column: int
    last_row: int
    last_column: int


class SheetMarks(NamedTuple):
    """What calamine does not say about a sheet."""

    #: The sheet rows (from 1) it hides or its filter leaves out.
    hidden: tuple[int, ...]
    #: Its formula cells without a saved value (.xlsx/.xlsm), in sheet order.
    unsaved: tuple[UnsavedFormula, ...]
    #: Its whole numbers shown through a number format (.xlsx/.xlsm, .ods), in sheet order.
    formatted: tuple[FormattedNumber, ...] = ()
    #: Its .ods text cells with a tab or line break inside a paragraph, rendered whole; an
    #: .xlsx's error cells with their error ("#N/A"); boolean cells as shown (WAHR, FALSCH) and
    #: an .ods's time cells (which calamine reads as empty) as shown.
    texts: tuple[CellText, ...] = ()
    #: Its merged ranges (.xlsx/.xlsm).
    merged: tuple[MergedCells, ...] = ()
    #: The sheet columns (from 0) it hides (.xlsx/.xlsm: ``<col hidden="1">``).
    hidden_columns: tuple[int, ...] = ()
    #: True when the sheet's part could not be read for them (broken XML that calamine read
    #: leniently): none is known, and the reader warns (``workbook-marks-unread``).
    unread: bool = False


_NO_MARKS: Final = SheetMarks((), ())
_UNREAD: Final = SheetMarks((), (), unread=True)
#: What reading a workbook's parts may raise (calamine read it, so its cells are fine; only the
#: marks are missing then).
#: (zlib.error, EOFError: a damaged deflate stream; NotImplementedError: an unknown compression.)
_UNREADABLE: Final = (
    zipfile.BadZipFile,
    KeyError,
    OSError,
    ValueError,
    IndexError,
    struct.error,
    zlib.error,
    EOFError,
    NotImplementedError,
)


def sheet_marks(data: bytes, sheet: str, *, rows: int) -> SheetMarks:
    """The hidden rows and the formula cells without a saved value of ``sheet`` in the workbook
    ``data``, its part read once. ``rows``: the rows calamine read; hidden rows below them and
    below every formula found are left out (an .ods may repeat an empty hidden row a million times).
    """
    if data.startswith(_OLE):
        try:
            return SheetMarks(_xls_hidden(data, sheet, rows), ())
        except _UNREADABLE:  # olefile: OSError for a broken container
            return _UNREAD
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if _is_ods(archive):
                try:
                    with archive.open("content.xml") as stream:
                        hidden, formatted, texts = _ods_marks(stream, sheet, rows)
                except ElementTree.ParseError:
                    # not well-formed: a prefix used but never declared ("xlink:href" without
                    # xmlns:xlink; calamine reads it all the same): read again with it declared
                    if archive.getinfo("content.xml").file_size > _ODS_SCAN_MAX:
                        return _UNREAD
                    content = _declared(archive.read("content.xml"))
                    hidden, formatted, texts = _ods_marks(io.BytesIO(content), sheet, rows)
                return SheetMarks(hidden, (), formatted, texts)
            book = _book(archive)
            xml = _xlsx_sheet(archive, book, sheet)
            formats = _xlsx_formats(archive, book) if xml is not None else {}
    except (*_UNREADABLE, ElementTree.ParseError):
        # the hostile round: an .ods's line breaks, tabs and shown formats were dropped silently
        return _UNREAD
    if xml is None:
        return _NO_MARKS
    formatted = _formatted(xml, formats) if formats else ()
    if _LONG_VALUE.search(xml) is not None:
        formatted += _long_numbers(xml)
    unsaved: tuple[UnsavedFormula, ...] = ()
    if _FORMULA_WITHOUT_VALUE.search(xml) is not None:
        with contextlib.suppress(ElementTree.ParseError, ValueError):
            unsaved = _unsaved(xml)
    limit = max([rows, *(f.row for f in unsaved)])
    found = {int(m) for m in _HIDDEN_ROW.findall(xml)} | {int(m) for m in _HIDDEN_ROW_ALT.findall(xml)}
    errors = _typed_texts(xml) if _TYPED_CELL.search(xml) is not None else ()
    hidden = tuple(sorted(n for n in found if n <= limit))
    return SheetMarks(hidden, unsaved, formatted, errors, _merged(xml), _hidden_columns(xml))


#: A worksheet's column range element and its attributes (``<col min="3" max="4" hidden="1"/>``).
_COL_RANGE: Final = re.compile(rb"<col\b([^>]*)>")
_COL_ATTRIBUTE: Final = re.compile(rb'\b(min|max|hidden)="([^"]*)"')
#: Excel's widest sheet: 16,384 columns.
_COLUMNS_MAX: Final = 16384


def _hidden_columns(xml: bytes) -> tuple[int, ...]:
    """The columns (from 0) the worksheet part ``xml`` hides (the hostile round on hand-made
    sheets: hidden "… alt" columns were uploaded without a word)."""
    hidden: set[int] = set()
    for match in _COL_RANGE.finditer(xml):
        attributes = {
            k.decode(): v.decode("ascii", "replace") for k, v in _COL_ATTRIBUTE.findall(match.group(1))
        }
        if attributes.get("hidden") not in ("1", "true"):
            continue
        try:
            low, high = int(attributes["min"]), int(attributes["max"])
        except (KeyError, ValueError):
            continue
        hidden.update(range(max(low, 1) - 1, min(high, _COLUMNS_MAX)))
    return tuple(sorted(hidden))


def _merged(xml: bytes) -> tuple[MergedCells, ...]:
    """The merged ranges of the worksheet part ``xml`` (``<mergeCell ref="A2:B3"/>``)."""
    found: list[MergedCells] = []
    for ref in _MERGE_CELL.findall(xml):
        start, _, end = ref.decode("ascii", "replace").partition(":")
        first, last = _CELL_REF.match(start), _CELL_REF.match(end)
        if first is not None and last is not None:
            rows = sorted((int(first.group(2)), int(last.group(2))))
            columns = sorted((_column_index(first.group(1)), _column_index(last.group(1))))
            found.append(MergedCells(rows[0], columns[0], rows[1], columns[1]))
    return tuple(found)


def _typed_texts(xml: bytes) -> tuple[CellText, ...]:
    """The error and boolean cells of the worksheet part ``xml`` with the text Excel shows.

    An error cell (``<c t="e"><v>#N/A</v></c>``: a failed SVERWEIS, a division by zero) with its
    error; calamine reads it as an empty cell. The hostile round on Excel's files: a failed
    SVERWEIS for the Ort uploaded the contact without a town, and nothing said so; as text, the
    cleaning reports the error (``spreadsheet-error-removed``) and keeps it in the unmapped file,
    as in a CSV. A boolean cell (``<c t="b"><v>1</v></c>``) as a German Excel shows it, WAHR or
    FALSCH; calamine reads "true" and "false" (the hostile round: "true" was uploaded).
    """
    found: list[CellText] = []
    for match in _VALUE_CELL.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        ref = _CELL_REF.match(attributes.get(b"r", b"").decode("ascii", "replace"))
        value = match.group(2).decode("utf-8", "replace").strip()
        kind = attributes.get(b"t")
        if ref is None or not value:
            continue
        row, column = int(ref.group(2)), _column_index(ref.group(1))
        if kind == b"e":
            found.append(CellText(row, column, value, ""))
        elif kind == b"b" and value in ("0", "1"):
            found.append(CellText(row, column, _BOOLEAN_TEXT[value], "true" if value == "1" else "false"))
    return tuple(found)


def general_text(number: float) -> str:
    """``number`` as Excel's General format shows one too long for the cell: scientific notation
    of six significant digits with a decimal comma ("4,93511E+11", "1E+20")."""
    mantissa, _, exponent = f"{number:.5E}".partition("E")
    return f"{mantissa.rstrip('0').rstrip('.').replace('.', ',')}E{exponent}"


def _long_number(value: str) -> tuple[int, str] | None:
    """The whole number ``value`` (a cell's stored number) and the text to read it as, when its
    digits cannot be taken as they are: 2^53 or more, where the file's number is the nearest
    binary one (calamine wrote its digits, "21234567890123460608" for a tax number stored as
    2.123456789012346e+19; Excel keeps 15 significant digits anyway): in scientific notation, as
    Excel saves it into a CSV file (whose such cells are set aside: ``scientific-number-set-aside``).
    None for any other number."""
    try:
        number = float(value)
    except ValueError:
        return None
    if not math.isfinite(number) or not number.is_integer():
        return None
    whole = int(number)
    # Below 2^53 the stored digits are exact: kept (the hostile round: a GLN, an account number
    # and a mobile number lost them to "4,01235E+12" in every output)
    if abs(whole) >= _EXACT_BINARY:
        return whole, general_text(number)
    return None


def _long_numbers(xml: bytes) -> tuple[FormattedNumber, ...]:
    """The number cells of the worksheet part ``xml`` read as :func:`_long_number` tells."""
    found: list[FormattedNumber] = []
    for match in _VALUE_CELL.finditer(xml):
        raw = match.group(2)
        if len(raw) < _EXACT_BINARY_DIGITS and b"e" not in raw.lower():
            continue  # too short to be long (read on every number cell: no float made of it)
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        if attributes.get(b"t", b"n") != b"n":
            continue
        ref = _CELL_REF.match(attributes.get(b"r", b"").decode("ascii", "replace"))
        text = raw.decode("ascii", "replace").strip()
        long = _long_number(text)
        if ref is None or long is None:
            continue
        row, column = int(ref.group(2)), _column_index(ref.group(1))
        found.append(FormattedNumber(row, column, long[0], long[1], GENERAL, text))
    return tuple(found)


def _xlsx_formats(archive: zipfile.ZipFile, book: str) -> dict[int, tuple[str, Callable[[int], str | None]]]:
    """The cell styles (index into ``cellXfs``) whose number format :mod:`importer.numfmt` renders,
    with the format code and its renderer. Only custom formats (``<numFmt>``) are looked at: the
    built-in ones never pad a whole number or add text to it."""
    part = _target(archive, _book_rels(book), lambda rel: rel.get("Type", "").endswith("/styles"))
    if part is None or part not in set(archive.namelist()):
        return {}
    root = ElementTree.fromstring(archive.read(part))
    codes: dict[str, str] = {}
    styles: list[str | None] = []
    for element in root:
        tag = _local(element.tag)
        if tag == "numFmts":
            for fmt in element:
                if _local(fmt.tag) == "numFmt" and fmt.get("numFmtId") is not None:
                    codes[fmt.get("numFmtId", "")] = fmt.get("formatCode", "")
        elif tag == "cellXfs":
            styles.extend(xf.get("numFmtId") for xf in element if _local(xf.tag) == "xf")
    found: dict[int, tuple[str, Callable[[int], str | None]]] = {}
    for index, fmt_id in enumerate(styles):
        code = codes.get(fmt_id or "")
        show = integer_format(code) if code else None
        if code and show is not None:
            found[index] = (code, show)
    return found


def _formatted(
    xml: bytes, formats: dict[int, tuple[str, Callable[[int], str | None]]]
) -> tuple[FormattedNumber, ...]:
    """The number cells of the worksheet part ``xml`` whose style's format shows them otherwise
    than as the bare number (cells without a reference ``r`` are not placed, and left out)."""
    wanted = {str(i).encode() for i in formats}
    found: list[FormattedNumber] = []
    for match in _VALUE_CELL.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        style = attributes.get(b"s")
        if style not in wanted or attributes.get(b"t", b"n") != b"n":
            continue
        ref = _CELL_REF.match(attributes.get(b"r", b"").decode("ascii", "replace"))
        number = _whole(match.group(2).decode("ascii", "replace"))
        if ref is None or number is None:
            continue  # a negative number is shown by no format rendered here either
        code, show = formats[int(style)]
        text = show(number)
        if text is not None and text != str(number):
            found.append(FormattedNumber(int(ref.group(2)), _column_index(ref.group(1)), number, text, code))
    return tuple(found)


def _unsaved(xml: bytes) -> tuple[UnsavedFormula, ...]:
    """The formula cells without a saved value in a worksheet part (rows and cells without ``r``
    follow the one before, as the format says)."""
    found: list[UnsavedFormula] = []
    shared: dict[str, str] = {}  # si -> the text of the shared formula
    row = 0
    column = -1
    for event, element in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
        tag = _local(element.tag)
        if event == "start":
            if tag == "row":
                row = int(element.get("r") or row + 1)
                column = -1
            continue
        if tag == "row":
            element.clear()
            continue
        if tag != "c":
            continue
        ref = _CELL_REF.match(element.get("r", ""))
        if ref is not None:
            row = int(ref.group(2))
            column = _column_index(ref.group(1))
        else:
            column += 1
        formula = value = None
        for child in element:
            if _local(child.tag) == "f":
                formula = child
            elif _local(child.tag) == "v":
                value = child
        if formula is None:
            continue
        text = formula.text or ""
        if formula.get("t") == "shared" and formula.get("si") is not None:
            si = formula.get("si", "")
            if text:
                shared[si] = text
            text = text or shared.get(si, "")
        saved = value is not None and (bool(value.text) or element.get("t") == "str")
        if not saved:
            found.append(UnsavedFormula(row, column, "=" + text))
    return tuple(found)


def column_letters(column: int) -> str:
    """The column's letters as Excel shows them (0 is A, 26 is AA): :func:`_column_index` backwards."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    """The column from 0 of column letters ("A" 0, "Z" 25, "AA" 26)."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _is_ods(archive: zipfile.ZipFile) -> bool:
    """Whether the archive is an OpenDocument spreadsheet (not an Office Open XML workbook)."""
    names = set(archive.namelist())
    return "content.xml" in names and "xl/workbook.xml" not in names


def _xlsx_sheet(archive: zipfile.ZipFile, book: str, sheet: str) -> bytes | None:
    """The XML of the worksheet named ``sheet`` of the workbook part ``book`` (None when the
    workbook has no such part)."""
    part = _xlsx_part(archive, book, sheet)
    if part is None or part not in set(archive.namelist()):
        return None
    return archive.read(part)


def _local(tag: str) -> str:
    """An XML tag without its namespace (Transitional and Strict OOXML differ only there)."""
    return tag.rpartition("}")[2]


def _target(archive: zipfile.ZipFile, rels: str, pick: Callable[[ElementTree.Element], bool]) -> str | None:
    """The part that the first relationship in ``rels`` chosen by ``pick`` points to."""
    base = posixpath.dirname(posixpath.dirname(rels))  # "xl/_rels/workbook.xml.rels" -> "xl"
    for rel in ElementTree.fromstring(archive.read(rels)).iter():
        if _local(rel.tag) == "Relationship" and pick(rel):
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(base, target))
    return None


def _book(archive: zipfile.ZipFile) -> str:
    """The workbook part ("xl/workbook.xml" where the package does not say otherwise)."""
    book = _target(archive, "_rels/.rels", lambda rel: rel.get("Type", "").endswith("/officeDocument"))
    return book or "xl/workbook.xml"


def _book_rels(book: str) -> str:
    """The relationships part of the workbook part ``book``."""
    return posixpath.join(posixpath.dirname(book), "_rels", posixpath.basename(book) + ".rels")


def _xlsx_sheet_names(archive: zipfile.ZipFile, book: str) -> list[str]:
    """The names of the sheets the workbook part ``book`` lists, in its order."""
    return [
        element.get("name", "")
        for element in ElementTree.fromstring(archive.read(book)).iter()
        if _local(element.tag) == "sheet"
    ]


def _xlsx_part(archive: zipfile.ZipFile, book: str, sheet: str) -> str | None:
    """The archive part holding the worksheet named ``sheet`` of the workbook part ``book``."""
    rel_id = None
    for element in ElementTree.fromstring(archive.read(book)).iter():
        if _local(element.tag) == "sheet" and element.get("name") == sheet:
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            break
    if rel_id is None:
        return None
    return _target(archive, _book_rels(book), lambda rel: rel.get("Id") == rel_id)


#: A prefixed element or attribute name, and the declaration of a prefix.
_PREFIXED: Final = re.compile(rb"[<\s/]([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*")
_ROOT_TAG: Final = re.compile(rb"<[A-Za-z_][\w.:-]*")


def _declared(xml: bytes) -> bytes:
    """``xml`` with each namespace prefix it uses but does not declare declared on its root
    element, in a namespace of its own: the elements and attributes read here are in declared
    ones, and parsing no longer stops at the first undeclared name."""
    declared = {prefix for prefix, _uri in _XMLNS.findall(xml)} | {b"xml", b"xmlns"}
    missing = sorted(set(_PREFIXED.findall(xml)) - declared)
    root = next((m for m in _ROOT_TAG.finditer(xml) if not xml.startswith((b"<?", b"<!"), m.start())), None)
    if not missing or root is None:
        return xml
    added = b"".join(b' xmlns:%s="urn:lexoffice-import:undeclared:%s"' % (p, p) for p in missing)
    return xml[: root.end()] + added + xml[root.end() :]


def _ods_marks(
    stream: IO[bytes], sheet: str, limit: int
) -> tuple[tuple[int, ...], tuple[FormattedNumber, ...], tuple[CellText, ...]]:
    """The hidden rows (up to ``limit``) of the table named ``sheet`` in an OpenDocument
    content.xml, its whole numbers whose cell shows other text (:func:`_ods_shown`), and its
    text cells with tabs or line breaks (:func:`_ods_texts`)."""
    hidden: list[int] = []
    formatted: list[FormattedNumber] = []
    texts: list[CellText] = []
    row = 0
    depth = 0  # tables open from the sheet's own table down (a cell may hold a table)
    groups: list[bool] = []  # for each open row group of the sheet: whether it is collapsed
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "end":
            if depth and tag == _ODS + "table":
                depth -= 1
                if not depth:
                    break
            elif depth == 1 and tag == _ODS + "table-row-group":
                groups.pop()
            if tag == _ODS + "table-row":
                if depth == 1:
                    formatted.extend(_ods_shown(element, row))
                    texts.extend(_ods_texts(element, row))
                element.clear()  # read once: a long sheet is not kept in memory
                if depth == 1 and row >= limit:
                    break
            continue
        if tag == _ODS + "table":
            if depth or element.get(_ODS + "name") == sheet:
                depth += 1
        elif depth == 1 and tag == _ODS + "table-row-group":
            groups.append(element.get(_ODS + "display") == "false")
        elif depth == 1 and tag == _ODS + "table-row":
            repeat = int(element.get(_ODS + "number-rows-repeated", "1"))
            if element.get(_ODS + "visibility") in _ODS_HIDDEN or any(groups):
                hidden.extend(range(row + 1, min(row + repeat, limit) + 1))
            row += repeat
    # No format code to name (the cell's number style is elsewhere): the first shown text of each
    # column, its digits written as 0, stands for the column's format.
    first: dict[int, str] = {}
    for number in formatted:
        first.setdefault(number.column, re.sub(r"[0-9]", "0", number.text))
    return tuple(hidden), tuple(n._replace(format=first[n.column]) for n in formatted), tuple(texts)


#: The marks inside a paragraph that calamine drops.
_ODS_BREAKS: Final = (_TEXT + "tab", _TEXT + "line-break")


def _ods_texts(row_element: ElementTree.Element, last_row: int) -> list[CellText]:
    """The cells of one table row (ending at sheet row ``last_row``) whose paragraphs hold a tab
    or a line break, with their whole text (paragraphs joined by a line break, as calamine does);
    and its boolean cells with the text they show ("WAHR"; calamine reads "true")."""
    breaks = any(e.tag in _ODS_BREAKS for e in row_element.iter())
    booleans = any(c.get(_OFFICE + "value-type") in ("boolean", "time") for c in row_element)
    if not breaks and not booleans:
        return []
    repeat = int(row_element.get(_ODS + "number-rows-repeated", "1"))
    found: list[CellText] = []
    column = 0
    for cell in row_element:
        span = int(cell.get(_ODS + "number-columns-repeated", "1"))
        kind = cell.get(_OFFICE + "value-type")
        if kind in ("boolean", "time"):
            # a time cell calamine reads as empty (the hostile round: "03:51:12" was lost)
            value = cell.get(_OFFICE + "boolean-value", "").strip().lower() if kind == "boolean" else ""
            shown = "\n".join(_ods_paragraph(p, keep=True) for p in cell if p.tag == _TEXT + "p")
            text = (
                shown.strip() or _BOOLEAN_TEXT.get(value) or _ods_duration(cell.get(_OFFICE + "time-value"))
            )
            if text and (kind == "time" or value in _BOOLEAN_TEXT):
                found += [
                    CellText(row, at, text, value)
                    for row in range(last_row - repeat + 1, last_row + 1)
                    for at in range(column, column + span)
                ]
        elif breaks and any(e.tag in _ODS_BREAKS for e in cell.iter()):
            paragraphs = [p for p in cell if p.tag == _TEXT + "p"]
            text = "\n".join(_ods_paragraph(p, keep=True) for p in paragraphs)
            read = "\n".join(_ods_paragraph(p, keep=False) for p in paragraphs)
            found += [
                CellText(row, at, text, read)
                for row in range(last_row - repeat + 1, last_row + 1)
                for at in range(column, column + span)
            ]
        column += span
    return found


_DURATION: Final = re.compile(r"^PT(\d+)H(\d+)M(\d+)(?:[.,]\d+)?S$")


def _ods_duration(value: str | None) -> str:
    """An .ods time value ("PT03H51M12S") as a time ("03:51:12"); "" for any other value."""
    match = _DURATION.match((value or "").strip())
    if match is None:
        return ""
    hours, minutes, seconds = (int(g) for g in match.groups())
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _ods_paragraph(element: ElementTree.Element, *, keep: bool) -> str:
    """A paragraph's (or span's) text with its spaces (``text:s``), and its tabs and line breaks
    if ``keep`` (else as calamine reads it)."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == _TEXT + "tab":
            parts.append("\t" if keep else "")
        elif tag == _TEXT + "line-break":
            parts.append("\n" if keep else "")
        elif tag == _TEXT + "s":
            parts.append(" " * int(child.get(_TEXT + "c", "1")))
        else:  # a span, a link, a field: its own text
            parts.append(_ods_paragraph(child, keep=keep))
        parts.append(child.tail or "")
    return "".join(parts)


def _ods_shown(row_element: ElementTree.Element, last_row: int) -> list[FormattedNumber]:
    """The float cells of one table row (ending at sheet row ``last_row``) whose displayed text is
    the whole number written otherwise: only digits, letters and `` -+/():`` whose digits, without
    leading zeros, are the number's (``01067`` for 1067, ``0351 1234567``). LibreOffice stores the
    text each cell shows beside its value; a thousands separator, decimals or a currency sign are
    left out (they would change the value read)."""
    repeat = int(row_element.get(_ODS + "number-rows-repeated", "1"))
    if repeat != 1:
        return []  # a repeated row repeats empty or equal cells: none is a contact's
    found: list[FormattedNumber] = []
    column = 0
    for cell in row_element:
        span = int(cell.get(_ODS + "number-columns-repeated", "1"))
        if cell.get(_OFFICE + "value-type") == "float" and span == 1:
            shown = "\n".join("".join(p.itertext()) for p in cell if p.tag == _TEXT + "p")
            value = cell.get(_OFFICE + "value", "")
            # shown in scientific notation, it is LibreOffice's General format for a long number
            scientific = _SCIENTIFIC.match(shown.strip()) is not None
            long = _long_number(value)
            number = _whole(value)
            if long is not None:
                text = shown.strip() if scientific else long[1]
                found.append(FormattedNumber(last_row, column, long[0], text, GENERAL, value.strip()))
            elif number is not None and shown != str(number) and _shows(shown, number):
                found.append(FormattedNumber(last_row, column, number, shown, ""))
        column += span
    return found


def _whole(value: str) -> int | None:
    """``value`` as a whole number Excel and LibreOffice keep exactly, else None."""
    try:
        number = float(value)
    except ValueError:
        return None
    if not number.is_integer() or abs(number) >= _EXACT_LIMIT or number < 0:
        return None
    return int(number)


def _shows(text: str, number: int) -> bool:
    """Whether ``text`` writes ``number`` with padding zeros and literal text only."""
    if not text or any(not (ch.isalnum() or ch in PLAIN_LITERALS) for ch in text):
        return False
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits.lstrip("0") == str(number).lstrip("0") and digits.isascii()


#: Sector numbers from here on mark no sector ([MS-CFB] 2.1: DIFAT, FAT, end of chain, free).
_RESERVED: Final = 0xFFFFFFFA
_END_OF_CHAIN: Final = 0xFFFFFFFE
#: calamine reads a stream this long or longer through the FAT, a shorter one through the mini FAT.
_MINI_CUTOFF: Final = 4096


def ole_flaw(data: bytes) -> str | None:
    """What makes the OLE container of an .xls workbook unsafe to hand to calamine, or None.

    calamine follows a container's sector chains until their end mark or the length it reads,
    and reserves the FAT by the header's count: a chain that runs in a circle with no length to
    stop it (the directory's; the DIFAT's; the mini stream's, mini FAT's or a stream's when the
    length given is beyond the file) made it take memory until the system killed the process
    (23 GB, found by the corpus fuzzer from a 5.7 kB file), and a FAT count beyond the file
    makes it reserve up to 16 GB at once, which aborts the process where memory is limited.
    The container is read here as calamine reads it (header, DIFAT, FAT, directory), without
    reading any stream; what calamine itself refuses with an error (a sector past the end of
    the file, a wrong signature) is left to it.
    """
    if not data.startswith(_OLE) or len(data) < 512 or data[0x1E] not in (9, 12):
        return None
    sector = 1 << data[0x1E]
    last = len(data) // sector  # calamine's largest sector number

    def body(number: int) -> bytes:
        return data[(number + 1) * sector : (number + 2) * sector]

    def walk(start: int, table: Sequence[int], length: int) -> tuple[list[int], bool]:
        """The sectors of the chain from ``start`` as calamine reads them (up to its end, a number
        calamine refuses, or ``length`` bytes; the last may lie beyond ``table``, where calamine
        stops), and whether it came back to a sector it had read."""
        sectors: list[int] = []
        seen: set[int] = set()
        while start != _END_OF_CHAIN and start <= last and len(seen) * sector < length:
            if start in seen:
                return sectors, True
            seen.add(start)
            sectors.append(start)
            if start >= len(table):
                break  # calamine stops there (a panic it raises, taken as damage)
            start = table[start]
        return sectors, False

    if struct.unpack_from("<I", data, 0x2C)[0] * sector > len(data):
        return "FAT count"
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    chain, seen = struct.unpack_from("<I", data, 0x44)[0], set()
    while chain < _RESERVED and chain <= last:
        if chain in seen:
            return "DIFAT chain"
        seen.add(chain)
        entries = list(struct.unpack_from(f"<{sector // 4}I", body(chain).ljust(sector, b"\0")))
        difat += entries[:-1]
        chain = entries[-1]
    fat = [
        entry
        for number in difat
        if number < 0xFFFFFFFC and number <= last
        for entry in struct.unpack_from(f"<{sector // 4}I", body(number).ljust(sector, b"\0"))
    ]
    directory, circled = walk(struct.unpack_from("<I", data, 0x30)[0], fat, sys.maxsize)
    if circled:
        return "directory chain"
    read = b"".join(body(number) for number in directory if number < len(fat))
    entries = [read[i : i + 128] for i in range(0, len(read) - 127, 128)]

    def length(entry: bytes) -> int:
        return int(struct.unpack_from("<I" if sector == 512 else "<Q", entry, 120)[0])

    chains: list[tuple[int, int]] = []
    if entries and struct.unpack_from("<I", data, 0x40)[0]:  # calamine reads the mini stream
        chains.append((struct.unpack_from("<I", entries[0], 116)[0], length(entries[0])))
        chains.append(
            (struct.unpack_from("<I", data, 0x3C)[0], struct.unpack_from("<I", data, 0x40)[0] * sector)
        )
    chains += [
        (struct.unpack_from("<I", e, 116)[0], length(e)) for e in entries[1:] if length(e) >= _MINI_CUTOFF
    ]
    if any(size > len(data) and walk(start, fat, size)[1] for start, size in chains):
        return "stream chain"
    return None


#: An .xlsx row that holds cells, and a filled cell beyond column Z (self-closing: "/").
#: (Searched from the attribute, not from the tag: ten times faster on a 10,000-row sheet.)
_ROW_TAG: Final = re.compile(rb'<(?:\w+:)?row [^>]*?\br="(\d+)"[^>]*?(/?)>')
#: A cell that is not self-closing (a formatted empty cell is: calamine leaves it out).
_FILLED_CELL: Final = re.compile(rb"<(?:\w+:)?c\b[^>]*?(?<!/)>")
_WIDE_CELL: Final = re.compile(rb'\br="([A-Z]{2,3})\d+"[^>]*?(/?)>')


def sheet_extents(data: bytes) -> dict[str, tuple[int, int]]:
    """The rows and columns calamine makes a grid of for each sheet of an .xlsx workbook or an
    .ods spreadsheet: from its first row holding a value to its last, from the first column to
    the last filled one (none for an .xls, which has at most 65,536 rows of 256 columns, and for
    a sheet whose part cannot be read: calamine says what is wrong with it). calamine allocates
    that grid at once, for every cell: one value in XFD1048576 (a stray entry, or a damaged
    file) asked for 17 billion cells and aborted the process (found while fuzzing the workbook
    reader); and it reads every sheet of an .ods when it opens it: an .ods of 1.8 kB repeating
    a row of 16,000 filled cells a thousand times took 2 GB."""
    if data.startswith(_OLE):
        return {}
    found: dict[str, tuple[int, int]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if _is_ods(archive):
                # zipfile reads no more than the size the archive states
                if archive.getinfo("content.xml").file_size > _ODS_SCAN_MAX:
                    return {}
                return _ods_extents(archive.read("content.xml"))
            book = _book(archive)
            for sheet in _xlsx_sheet_names(archive, book):
                try:
                    xml = _xlsx_sheet(archive, book, sheet)
                except (*_UNREADABLE, ElementTree.ParseError, RuntimeError):  # RuntimeError: encrypted
                    continue
                if xml is not None:
                    found[sheet] = _xlsx_extent(xml)
    except (*_UNREADABLE, ElementTree.ParseError, RuntimeError):
        pass
    return found


def _xlsx_extent(xml: bytes) -> tuple[int, int]:
    """:func:`sheet_extents` of an .xlsx sheet part: its rows from the first with a cell that is
    not self-closing to the last, from column A (at least to Z) to the last filled one."""
    rows = []
    for match in _ROW_TAG.finditer(xml):
        end = -1 if match.group(2) else xml.find(b"row>", match.end())  # </row>, </x:row>
        if end >= 0 and _FILLED_CELL.search(xml, match.end(), end):
            rows.append(int(match.group(1)))
    widest = max((_column_number(m.group(1)) for m in _WIDE_CELL.finditer(xml) if not m.group(2)), default=26)
    return (max(rows) - min(rows) + 1 if rows else 0), widest


#: The largest content.xml :func:`sheet_extents` reads (whole, into memory): 128 MB, about 75,000
#: rows of 20 columns as LibreOffice writes them (17 MB for 10,000). A larger one is left to
#: calamine, as any .ods was before this check.
_ODS_SCAN_MAX: Final = 128_000_000


#: Where a namespace prefix is declared, and the number a repeat attribute holds.
_XMLNS: Final = re.compile(rb'xmlns:([\w.-]+)="([^"]*)"')
_REPEAT: Final = re.compile(rb'number-(?:rows|columns)-repeated="(\d+)"')


def _ods_extents(xml: bytes) -> dict[str, tuple[int, int]]:
    """:func:`sheet_extents` of a content.xml, read by patterns over its bytes: an element tree of
    a 10,000-row sheet took 0.7 s, calamine reads it in 0.15 s. A table inside a cell counts as a
    sheet of its own (never smaller than its cells make it)."""
    prefixes = {uri: prefix for prefix, uri in _XMLNS.findall(xml[:10_000])}
    table = re.escape(prefixes.get(_ODS[1:-1].encode(), b"table"))
    office = re.escape(prefixes.get(_OFFICE[1:-1].encode(), b"office"))
    sheets = re.compile(rb"<" + table + rb":table\s[^>]*?\b" + table + rb':name="([^"]*)"')
    rows = re.compile(rb"<" + table + rb":table-row\b([^>]*?)(/?)>")
    row_end = b"</" + table + b":table-row>"
    cells = re.compile(rb"<" + table + rb":(?:covered-)?table-cell\b([^>]*?)(/?)>")
    cell, covered = b"<" + table + b":table-cell", b"<" + table + b":covered-table-cell"
    value = office + b":value-type="
    found: dict[str, tuple[int, int]] = {}
    starts = list(sheets.finditer(xml))
    for n, start in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(xml)
        row = first = last = widest = 0
        for match in rows.finditer(xml, start.end(), end):
            repeat = _repeat(match.group(1))
            at = match.end()
            stop = at if match.group(2) else xml.find(row_end, at, end)
            stop = end if stop < 0 else stop
            width = 0
            if xml.find(b"repeated", at, stop) < 0:  # (searched in place: no copy of each row)
                if xml.find(value, at, stop) >= 0 or xml.find(b"<text:", at, stop) >= 0:
                    # at most: empty cells after the last filled one count too
                    width = xml.count(cell, at, stop) + xml.count(covered, at, stop)
            else:
                column = 0
                for found_cell in cells.finditer(xml, at, stop):
                    column += _repeat(found_cell.group(1))
                    if not found_cell.group(2) or value in found_cell.group(1):
                        width = column
            if width:
                first = first or row + 1
                last = row + repeat
                widest = max(widest, width)
            row += repeat
        found[start.group(1).decode("utf-8", "replace")] = ((last - first + 1 if first else 0), widest)
    return found


def _repeat(attributes: bytes) -> int:
    """How often a row or cell repeats, by its attributes (1: once)."""
    match = _REPEAT.search(attributes)
    return int(match.group(1)) if match else 1


def _column_number(letters: bytes) -> int:
    """1 for A, 27 for AA, 16384 for XFD."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _xls_hidden(data: bytes, sheet: str, limit: int) -> tuple[int, ...]:
    """The hidden rows (up to ``limit``) of the sheet named ``sheet`` in an .xls workbook."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as container:
        name = next((n for n in ("Workbook", "Book") if container.exists(n)), None)
        if name is None:
            return ()
        stream = container.openstream(name).read()
    start = None
    for kind, body in _biff_records(stream, 0):
        if kind == _BOUNDSHEET and _sheet_name(body, unicode=name == "Workbook") == sheet:
            start = struct.unpack_from("<I", body)[0]
            break
    if start is None:
        return ()
    hidden = set()
    for kind, body in _biff_records(stream, start):
        if kind == _ROW and len(body) >= 14 and struct.unpack_from("<H", body, 12)[0] & _ROW_HIDDEN:
            hidden.add(struct.unpack_from("<H", body)[0] + 1)  # rw counts from 0
    return tuple(sorted(n for n in hidden if n <= limit))


def _biff_records(stream: bytes, start: int) -> Iterator[tuple[int, bytes]]:
    """The records of the substream beginning at ``start`` (charts inside it included) to its end."""
    depth = 0
    pos = start
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + length]
        pos += 4 + length
        if kind in _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                return
        yield kind, body


def _sheet_name(body: bytes, *, unicode: bool) -> str:
    """The name in a BOUNDSHEET record: BIFF8 writes it as Latin-1 or UTF-16, BIFF5 in the code page."""
    count = body[6]
    if not unicode:
        return body[7 : 7 + count].decode("cp1252", "replace")
    if body[7] & 1:
        return body[8 : 8 + 2 * count].decode("utf-16-le", "replace")
    return body[8 : 8 + count].decode("latin-1")
