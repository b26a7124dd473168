"""Inputs, expected texts and small helpers shared by several test modules."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from importer.pipeline import CheckOptions, CheckResult, check_file

#: Customers, suppliers, a row with both numbers, a rejected row, merges, a blank header,
#: an unmapped column, a long and a short row and a blank line.
MESSY = (
    "Kundennummer;Lieferantennummer;Firma;Strasse;Hausnr;PLZ Ort;;Telefax;Land\r\n"
    "10001;;Müller GmbH;Hauptstr.;5;01067 Dresden;frei;0351-1;Deutschland\r\n"
    "10002;70002;Beide KG;Weg;3a;80331 München;;;DE\r\n"
    "99;;;;;;x;;\r\n"
    ";70003; Lief  AG ;Gasse;1;10115 Berlin;;;DE;extra1;extra2\r\n"
    "10004;;Kurz\r\n"
    "\r\n"
)


#: The export instructions refusals of non-CSV input end with (messages "howto-export", "howto-excel").
HOWTO_EXPORT = (
    "Exportieren Sie die Kontakte aus Ihrem Programm als CSV- oder Textdatei (in Lexware "
    "Faktura+Auftrag: Datei → Export → Kunden, Dateiart „ANSI (Windows)“)."
)
HOWTO_EXCEL = (
    "Öffnen Sie die Datei in Excel und speichern Sie sie mit „Datei → Speichern unter → "
    "CSV UTF-8 (durch Trennzeichen getrennt)“; prüfen Sie dann die neue .csv-Datei."
)


def docx_bytes() -> bytes:
    """A minimal Word document: a ZIP archive holding ``[Content_Types].xml`` and ``word/document.xml``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><document/>')
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    """A minimal .xlsx: a ZIP archive holding ``[Content_Types].xml`` and ``xl/workbook.xml``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
    return buffer.getvalue()


def ods_bytes(rows: str, sheet: str = "Kunden") -> bytes:
    """An OpenDocument spreadsheet of one table named ``sheet`` whose ``<table:table-row>``
    elements are ``rows`` (the namespaces ``office``, ``table`` and ``text`` declared)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def check(path: Path, out: Path, **options: object) -> CheckResult:
    """``check_file`` with ``--out out`` and the given options."""
    return check_file(path, CheckOptions(out_dir=out, **options))  # type: ignore[arg-type]


def csv_rows(data: bytes, encoding: str = "utf-8") -> list[list[str]]:
    """The records of a written CSV file, split by Python's csv module (``;``, ``"``)."""
    return list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=";"))


def names_in(folder: Path) -> list[str]:
    """The sorted file names in ``folder``, less the tool's hidden bookkeeping (manifest, lock)."""
    return sorted(
        p.name for p in folder.iterdir() if p.name not in (".lexoffice-import.json", ".lexoffice-import.lock")
    )
