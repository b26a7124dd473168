"""Recognise files that are not CSV text at all: spreadsheets, PDFs, images, binary data."""

from __future__ import annotations

from typing import Final

from importer.encoding import line_of
from importer.errors import InputUnusableError
from importer.messages import current_language, msg

# (magic prefix, German/English format name, message key for what to do)
_MAGIC: Final[tuple[tuple[bytes, str, str, str], ...]] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "eine Excel-Arbeitsmappe im alten Format (.xls)",
        "an old-format Excel workbook (.xls)",
        "howto-excel",
    ),
    (b"%PDF", "ein PDF-Dokument", "a PDF document", "howto-export"),
    (b"\x89PNG\r\n\x1a\n", "ein PNG-Bild", "a PNG image", "howto-export"),
    (b"\xff\xd8\xff", "ein JPEG-Bild", "a JPEG image", "howto-export"),
    (b"GIF87a", "ein GIF-Bild", "a GIF image", "howto-export"),
    (b"GIF89a", "ein GIF-Bild", "a GIF image", "howto-export"),
    (b"II*\x00", "ein TIFF-Bild", "a TIFF image", "howto-export"),
    (b"MM\x00*", "ein TIFF-Bild", "a TIFF image", "howto-export"),
    (b"BM", "", "", ""),  # checked below: only with a plausible bitmap header
    (b"\x1f\x8b", "ein gzip-Archiv", "a gzip archive", "howto-export"),
    (b"7z\xbc\xaf\x27\x1c", "ein 7-Zip-Archiv", "a 7-Zip archive", "howto-export"),
    (b"Rar!", "ein RAR-Archiv", "a RAR archive", "howto-export"),
    (b"SQLite format 3\x00", "eine SQLite-Datenbank", "an SQLite database", "howto-export"),
    (b"{\\rtf", "ein RTF-Textdokument", "an RTF document", "howto-export"),
)


def _zip_format(data: bytes) -> tuple[str, str, str]:
    head = data[:65536]
    if b"xl/" in head or (b"[Content_Types].xml" in head and b"xl" in head):
        return "eine Excel-Arbeitsmappe (.xlsx)", "an Excel workbook (.xlsx)", "howto-excel"
    if b"opendocument.spreadsheet" in head:
        return (
            "eine LibreOffice-/OpenOffice-Tabelle (.ods)",
            "a LibreOffice/OpenOffice spreadsheet (.ods)",
            "howto-calc",
        )
    if b"word/" in head:
        return "ein Word-Dokument (.docx)", "a Word document (.docx)", "howto-export"
    if b"numbers" in head.lower() and b"Index/" in head:
        return "eine Apple-Numbers-Tabelle", "an Apple Numbers spreadsheet", "howto-excel"
    return "ein ZIP-Archiv", "a ZIP archive", "howto-export"


def refuse_other_formats(data: bytes, path: str) -> None:
    """Raise :class:`InputUnusableError` naming the real format when ``data`` is no CSV text."""
    found: tuple[str, str, str] | None = None
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        found = _zip_format(data)
    elif data.startswith(b"BM") and len(data) > 26 and data[6:10] == b"\x00\x00\x00\x00":
        found = ("ein BMP-Bild", "a BMP image", "howto-export")
    elif data.lstrip()[:5] == b"<?xml" and b"urn:schemas-microsoft-com:office:spreadsheet" in data[:4096]:
        found = (
            "eine Excel-XML-Tabelle (XML-Kalkulationstabelle 2003)",
            "an Excel XML spreadsheet (2003)",
            "howto-excel",
        )
    elif data.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
        found = ("eine HTML-Seite", "an HTML page", "howto-excel")
    else:
        for magic, de, en, howto in _MAGIC:
            if de and data.startswith(magic):
                found = (de, en, howto)
                break
    if found is None:
        return
    de, en, howto = found
    name = en if current_language() == "en" else de
    raise InputUnusableError(msg("input-other-format", path=path, format=name, howto=msg(howto)))


_CONTROL: Final = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def refuse_binary(data: bytes, path: str) -> None:
    """Raise when single-byte or UTF-8 ``data`` holds NUL bytes or many control characters.

    UTF-16/32 input is checked after decoding, with :func:`refuse_binary_text`.
    """
    nul = data.count(0)
    if nul:
        detail = msg("binary-nul", count=nul, line=line_of(data, data.find(0)))
        raise InputUnusableError(msg("input-binary", path=path, detail=detail, howto=msg("howto-export")))
    sample = data[:1_000_000]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls and (controls > 50 or controls > len(sample) * 0.01):
        first = min(p for p in (sample.find(bytes([b])) for b in _CONTROL) if p >= 0)
        detail = msg("binary-control", count=controls, line=line_of(data, first))
        raise InputUnusableError(msg("input-binary", path=path, detail=detail, howto=msg("howto-export")))


def refuse_binary_text(text: str, path: str) -> None:
    """The text-level twin of :func:`refuse_binary`, for input decoded from UTF-16/32."""
    if "\x00" in text:
        pos = text.find("\x00")
        line = text.count("\n", 0, pos) + 1
        detail = msg("binary-nul", count=text.count("\x00"), line=line)
        raise InputUnusableError(msg("input-binary", path=path, detail=detail, howto=msg("howto-export")))
