"""Recognise what a file is before reading it: CSV text, or a spreadsheet, PDF, image, archive …

:func:`detect_format` names the format by its magic bytes; the intake picks a reader for it
(:data:`importer.intake.READERS`) or refuses the file with the format's name and what to do.
:func:`refuse_binary` and :func:`refuse_binary_text` refuse text that is really binary data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from importer.encoding import line_of
from importer.errors import InputUnusableError
from importer.messages import msg


@dataclass(frozen=True, slots=True)
class FileFormat:
    """A file format recognised by its bytes: ``key`` names it (message ``format-<key>``)."""

    key: str
    #: Message key of the advice on how to get a CSV file out of it.
    howto: str

    @property
    def name(self) -> str:
        """The format's name in the active language, e.g. ``ein PDF-Dokument``."""
        return msg(f"format-{self.key}")


_XLS: Final = FileFormat("xls", "howto-excel")
_XLSX: Final = FileFormat("xlsx", "howto-excel")
_ODS: Final = FileFormat("ods", "howto-calc")
_DOCX: Final = FileFormat("docx", "howto-export")
_NUMBERS: Final = FileFormat("numbers", "howto-excel")
_ZIP: Final = FileFormat("zip", "howto-export")
_BMP: Final = FileFormat("bmp", "howto-export")
_EXCEL_XML: Final = FileFormat("excel-xml", "howto-excel")
_HTML: Final = FileFormat("html", "howto-excel")
#: Other structured text: a phone book or CRM export as XML (Fritz!Box, Outlook's XML) or JSON
#: (a shop's or CRM's API). Contacts, but no table.
_XML: Final = FileFormat("xml", "howto-export")
_JSON: Final = FileFormat("json", "howto-export")
#: A lone XML tag on the first line (``<phonebooks>``, ``<contacts xmlns="…">``), an XML
#: comment or declaration: no table's header looks like that.
_XML_HEAD: Final = re.compile(rb"<\?xml\b|<!--|<[A-Za-z_][\w:.-]*(\s[^<>]*)?/?>\s*(<|$)")
#: A JSON object with a quoted key, alone or in an array: no CSV header starts so.
_JSON_HEAD: Final = re.compile(rb'(\[\s*)?\{\s*("|\}|$)')
#: Address books as exported by Apple Contacts, iCloud, Android, Outlook (vCard: read by
#: importer.vcard_reader) and Thunderbird (LDIF: contacts, but no table).
_VCARD: Final = FileFormat("vcard", "howto-export")
_LDIF: Final = FileFormat("ldif", "howto-ldif")
_UTF8_BOM: Final = b"\xef\xbb\xbf"

#: (magic prefix, format), checked in order.
_MAGIC: Final[tuple[tuple[bytes, FileFormat], ...]] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _XLS),
    (b"%PDF", FileFormat("pdf", "howto-export")),
    (b"\x89PNG\r\n\x1a\n", FileFormat("png", "howto-export")),
    (b"\xff\xd8\xff", FileFormat("jpeg", "howto-export")),
    (b"GIF87a", FileFormat("gif", "howto-export")),
    (b"GIF89a", FileFormat("gif", "howto-export")),
    (b"II*\x00", FileFormat("tiff", "howto-export")),
    (b"MM\x00*", FileFormat("tiff", "howto-export")),
    (b"\x1f\x8b", FileFormat("gzip", "howto-export")),
    (b"7z\xbc\xaf\x27\x1c", FileFormat("7z", "howto-export")),
    (b"Rar!", FileFormat("rar", "howto-export")),
    (b"SQLite format 3\x00", FileFormat("sqlite", "howto-export")),
    (b"{\\rtf", FileFormat("rtf", "howto-export")),
)


def _zip_format(data: bytes) -> FileFormat:
    head = data[:65536]
    if b"xl/" in head or (b"[Content_Types].xml" in head and b"xl" in head):
        return _XLSX
    if b"opendocument.spreadsheet" in head:
        return _ODS
    if b"word/" in head:
        return _DOCX
    if b"numbers" in head.lower() and b"Index/" in head:
        return _NUMBERS
    return _ZIP


#: UTF-32 and UTF-16 byte order marks (UTF-32 LE first: it starts like UTF-16 LE's).
_WIDE_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _narrow_head(data: bytes) -> bytes:
    """The first bytes as UTF-8 when ``data`` is UTF-16/32 (a BOM, or "B" and NUL bytes in
    turn, as Windows tools write an address book), else ``data`` itself: for the text checks."""
    head = data[:1024]
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, "ignore").encode("utf-8")
    unmarked = unmarked_utf16_vcard(head)
    if unmarked is not None:
        return head.decode(unmarked, "ignore").encode("utf-8")
    return data


def unmarked_utf16_vcard(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for a vCard file in UTF-16 without a byte order mark (its first
    letters and NUL bytes in turn), else None: the encoding detection needs the BOM."""
    for codec in ("utf-16-le", "utf-16-be"):
        if data[:22].lower() == "begin:vcard".encode(codec):
            return codec
    return None


def _vcard_after_preface(data: bytes) -> bool:
    """A "BEGIN:VCARD" line among the first lines, after lines that are no table's header (a
    stray "ENCODING:UTF-8" some exporters write first)."""
    lines = data[:512].removeprefix(_UTF8_BOM).lower().splitlines()[:4]
    for line in lines:
        if line.strip() == b"begin:vcard":
            return True
        if any(sep in line for sep in (b";", b",", b"\t")):
            return False
    return False


#: An HTML page without its ``<html>`` element: a bare table (some web tools' "Excel" download),
#: or its head's elements first (found by the HTML round: refused as an XML file).
#: Whitespace and comments before a page's first element.
_LEADING_COMMENTS: Final = re.compile(rb"^\s*(?:<!--.*?-->\s*)*", re.DOTALL)
_HTML_FRAGMENT: Final = re.compile(rb"<(?:head|body|meta|title|style|table|thead|tbody|tr)\b", re.IGNORECASE)


def detect_format(data: bytes) -> FileFormat | None:
    """The format ``data`` is in by its leading bytes; None for anything that may be CSV text."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(data)
    if data.startswith(b"BM") and len(data) > 26 and data[6:10] == b"\x00\x00\x00\x00":
        return _BMP
    if data.lstrip()[:5] == b"<?xml" and b"urn:schemas-microsoft-com:office:spreadsheet" in data[:4096]:
        return _EXCEL_XML
    narrow = _narrow_head(data)
    # after a byte order mark and comments (a browser's "saved from url" mark of the web): the
    # hostile round found both pages refused as XML files
    page = _LEADING_COMMENTS.sub(b"", narrow[:65536].removeprefix(_UTF8_BOM))
    if page[:14].lower().startswith((b"<!doctype html", b"<html")) or _HTML_FRAGMENT.match(page[:64]):
        return _HTML
    head = narrow.removeprefix(_UTF8_BOM).lstrip()[:64].lower()
    if head.startswith(b"begin:vcard") or _vcard_after_preface(narrow):
        return _VCARD
    if head.startswith(b"dn:") or (head.startswith(b"version:") and b"\ndn:" in head.replace(b"\r", b"")):
        return _LDIF
    start = narrow.removeprefix(_UTF8_BOM).lstrip()[:4096]
    if _XML_HEAD.match(start.split(b"\n", 1)[0].strip()):
        return _XML
    if _JSON_HEAD.match(start):
        return _JSON
    for magic, found in _MAGIC:
        if data.startswith(magic):
            return found
    return None


def refuse_format(found: FileFormat, path: str) -> InputUnusableError:
    """The error for a file in a format no reader takes: its name, and how to get a CSV file."""
    return InputUnusableError(msg("input-other-format", path=path, format=found.name, howto=msg(found.howto)))


#: Control bytes that count as evidence of binary data. TAB, LF, VT, FF and CR are text:
#: FileMaker writes a vertical tab for a line break inside a field.
_CONTROL: Final = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"
#: Binary only by evidence: control bytes are at least this share of the first megabyte ...
BINARY_CONTROL_SHARE: Final = 0.05
#: ... and at least this many. Text never comes near 5 %; random or compressed data has about
#: 11 % control bytes. A few control characters in a text file are removed by the cleaning.
BINARY_CONTROL_MIN: Final = 32


def refuse_binary(data: bytes, path: str, howto: str | None = None) -> None:
    """Raise when single-byte or UTF-8 ``data`` is binary by evidence: NUL bytes, or a high share
    of control bytes (:data:`BINARY_CONTROL_SHARE`, at least :data:`BINARY_CONTROL_MIN`).

    A few control characters do not make a file binary; the cleaning removes them from the cells
    (``control-character-removed``). UTF-16/32 input is checked after decoding, with
    :func:`refuse_binary_text`. ``howto``: how to export the file anew (default: as CSV).
    """
    nul = data.count(0)
    if nul:
        detail = msg("binary-nul", count=nul, line=line_of(data, data.find(0)))
        raise InputUnusableError(
            msg("input-binary", path=path, detail=detail, howto=howto or msg("howto-export"))
        )
    sample = data[:1_000_000]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls >= BINARY_CONTROL_MIN and controls >= len(sample) * BINARY_CONTROL_SHARE:
        first = min(p for p in (sample.find(bytes([b])) for b in _CONTROL) if p >= 0)
        detail = msg("binary-control", count=controls, line=line_of(data, first))
        raise InputUnusableError(
            msg("input-binary", path=path, detail=detail, howto=howto or msg("howto-export"))
        )


def refuse_binary_text(text: str, path: str, howto: str | None = None) -> None:
    """The text-level twin of :func:`refuse_binary`, for input decoded from UTF-16/32."""
    if "\x00" in text:
        pos = text.find("\x00")
        line = text.count("\n", 0, pos) + 1
        detail = msg("binary-nul", count=text.count("\x00"), line=line)
        raise InputUnusableError(
            msg("input-binary", path=path, detail=detail, howto=howto or msg("howto-export"))
        )
