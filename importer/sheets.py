"""Rows a workbook sheet hides, read from the file itself: calamine (fastexcel) reads hidden and
filtered-out rows like any other and does not say which they are.

- .xlsx/.xlsm: the sheet's part is found by the sheet's name through the workbook part and its
  relationships. The part names (``sheet1.xml``, ``sheet2.xml`` …) keep the order in which the
  sheets were created, not the order the user sees after moving or deleting sheets. A row is
  hidden by ``<row hidden="1">`` (Excel's filter hides rows the same way).
- .ods: a row with ``table:visibility="collapse"`` (hidden) or ``"filter"`` (filtered out), or a
  row inside a collapsed row group; ``table:number-rows-repeated`` counts as that many rows.
- .xls: not read (its row records sit in an OLE container calamine does not open for us); the
  report says which formats were looked at.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from typing import IO, Final
from xml.etree import ElementTree

__all__ = ["HIDDEN_ROW_FORMATS", "hidden_rows"]

#: The workbook formats whose hidden rows are found (named in the report).
HIDDEN_ROW_FORMATS: Final = (".xlsx", ".xlsm", ".ods")

_HIDDEN_ROW: Final = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')
_HIDDEN_ROW_ALT: Final = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*?\br="(\d+)"')
_ODS: Final = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_HIDDEN: Final = ("collapse", "filter")


def hidden_rows(data: bytes, sheet: str, *, rows: int) -> tuple[int, ...]:
    """The sheet rows (1-based, at most ``rows``) that ``sheet`` of the workbook ``data`` hides.

    () for a workbook that hides none, an .xls file, or one whose parts cannot be read this way
    (calamine read it, so its cells are fine; only the hint is missing then).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "content.xml" in names and "xl/workbook.xml" not in names:
                with archive.open("content.xml") as stream:
                    return _ods_hidden(stream, sheet, rows)
            part = _xlsx_part(archive, sheet)
            if part is None or part not in names:
                return ()
            xml = archive.read(part)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError):
        return ()
    found = {int(m) for m in _HIDDEN_ROW.findall(xml)} | {int(m) for m in _HIDDEN_ROW_ALT.findall(xml)}
    return tuple(sorted(n for n in found if n <= rows))


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


def _xlsx_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The archive part holding the worksheet named ``sheet``."""
    book = _target(archive, "_rels/.rels", lambda rel: rel.get("Type", "").endswith("/officeDocument"))
    book = book or "xl/workbook.xml"
    rel_id = None
    for element in ElementTree.fromstring(archive.read(book)).iter():
        if _local(element.tag) == "sheet" and element.get("name") == sheet:
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            break
    if rel_id is None:
        return None
    rels = posixpath.join(posixpath.dirname(book), "_rels", posixpath.basename(book) + ".rels")
    return _target(archive, rels, lambda rel: rel.get("Id") == rel_id)


def _ods_hidden(stream: IO[bytes], sheet: str, limit: int) -> tuple[int, ...]:
    """The hidden rows (up to ``limit``) of the table named ``sheet`` in an OpenDocument content.xml."""
    hidden: list[int] = []
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
                element.clear()  # read once: a long sheet is not kept in memory
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
            if row >= limit:
                break
    return tuple(hidden)
