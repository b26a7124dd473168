"""Excel and LibreOffice workbooks as input: every cell as the user sees it, the right sheet, the
sheet's row numbers, and the same outputs as for CSV. The workbooks are built here (openpyxl for
.xlsx, the OpenDocument XML for .ods); the .xls fixture is described in tests/data/workbooks."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import olefile
import openpyxl
import pytest
from conftest import RunCli
from helpers import check, ods_bytes
from msoffcrypto.format.ooxml import OOXMLFile

from importer.errors import ConfigurationError, InputUnusableError
from importer.messages import msg
from importer.model import Severity
from importer.report import build_report
from importer.result import CheckResult
from importer.sheets import ole_flaw, sheet_extents

FIXTURES = Path(__file__).parent / "data" / "workbooks"
HEADER = ["Kundennummer", "Firma", "Straße", "PLZ", "Ort", "E-Mail", "Kunde seit"]


def xlsx(path: Path, sheets: dict[str, list[list[object]]], *, hidden: tuple[int, ...] = ()) -> Path:
    """Write a workbook with openpyxl; ``hidden``: sheet rows of the first sheet hidden in Excel."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for number in hidden:
        book.worksheets[0].row_dimensions[number].hidden = True
    book.save(path)
    return path


def with_last_cell(path: Path, change: Callable[[Any], object]) -> Path:
    """A workbook of :data:`ROWS` in the sheet "Kunden" whose last cell, XFD1048576, ``change`` sets."""
    book = openpyxl.load_workbook(xlsx(path, {"Kunden": ROWS}))
    change(book["Kunden"]["XFD1048576"])
    book.save(path)
    return path


def panicking_xls(path: Path) -> Path:
    """The .xls fixture with one byte damaged that makes calamine panic (a Rust panic)."""
    damaged = bytearray((FIXTURES / "kunden.xls").read_bytes())
    damaged[1424] = 0xFF
    path.write_bytes(bytes(damaged))
    return path


def refused(run_cli: RunCli, source: Path, out: Path) -> str:
    """``check source --out out`` refused with exit 3 and nothing written; its stderr."""
    result = run_cli("check", source, "--out", out)
    assert result.exit_code == 3
    assert not out.exists()
    return result.stderr


def rewrite_part(path: Path, part: str, change: Callable[[str], str]) -> None:
    """Rewrite the XML part ``part`` of the workbook at ``path`` with ``change``."""
    data = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                content = change(content.decode("utf-8")).encode("utf-8")
            target.writestr(item, content)
    path.write_bytes(out.getvalue())


def with_cached_value(path: Path, formula: str, value: str) -> None:
    """Give a formula cell the value Excel stores with it (openpyxl writes formulas without one)."""

    def cache(text: str) -> str:
        text = text.replace(f"<f>{formula}</f><v></v>", f"<f>{formula}</f><v>{value}</v>")
        text = text.replace(f"<f>{formula}</f><v />", f"<f>{formula}</f><v>{value}</v>")
        return re.sub(rf"<f>{re.escape(formula)}</f>(?!<v>)", f"<f>{formula}</f><v>{value}</v>", text)

    rewrite_part(path, "xl/worksheets/sheet1.xml", cache)


def rewrite_sheet(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must occur) with ``new`` in the XML of the workbook's first sheet."""

    def replace(text: str) -> str:
        assert old in text, text
        return text.replace(old, new)

    rewrite_part(path, "xl/worksheets/sheet1.xml", replace)


def ods(
    path: Path,
    rows: list[list[str | int | tuple[int, str]]],
    *,
    row_attributes: dict[int, str] | None = None,
) -> Path:
    """A minimal OpenDocument spreadsheet: numbers as float cells, everything else as strings.

    A (number, text) pair is a float cell showing ``text`` (as LibreOffice stores a number shown
    through a number format: the value in ``office:value``, the text in ``text:p``).
    ``row_attributes``: the attributes written into the row element of these sheet rows (1-based),
    e.g. ``table:visibility="collapse"``.
    """

    def cell(value: str | int | tuple[int, str]) -> str:
        shown = value
        if isinstance(value, tuple):
            value, shown = value
        if isinstance(value, int):
            kind = f'office:value-type="float" office:value="{value}"'
        else:
            kind = 'office:value-type="string"'
        return f"<table:table-cell {kind}><text:p>{shown}</text:p></table:table-cell>"

    extra = row_attributes or {}
    body = "".join(
        f"<table:table-row {extra.get(number, '')}>" + "".join(cell(v) for v in row) + "</table:table-row>"
        for number, row in enumerate(rows, start=1)
    )
    path.write_bytes(ods_bytes(body))
    return path


def records(data: bytes, encoding: str = "utf-8") -> list[dict[str, str]]:
    """The records of a written CSV file, by header."""
    return list(csv.DictReader(io.StringIO(data.decode(encoding), newline=""), delimiter=";"))


def upload(result: CheckResult, role: str = "customers") -> list[dict[str, str]]:
    """The records of one role's upload file."""
    (part,) = [u for u in result.outputs.upload if u.role == role]
    return records(part.path.read_bytes())


ROWS: list[list[object]] = [
    HEADER,
    [
        10001,
        "Müller Bau GmbH",
        "Hauptstraße 5",
        1067,
        "Dresden",
        "info@mueller-bau.example",
        datetime.date(2019, 3, 1),
    ],
    [
        10002,
        "Café Sonne",
        "Marktplatz 1",
        80331,
        "München",
        "kontakt@cafe-sonne.example",
        datetime.datetime(2020, 5, 6, 14, 30),
    ],
]


class TestCellsAsTheUserSeesThem:
    def test_numbers_dates_and_postcodes(self, tmp_path: Path) -> None:
        """PLZ 1067 gets its zero back, numbers carry no .0, dates read dd.mm.yyyy (HH:MM)."""
        source = xlsx(tmp_path / "kunden.xlsx", {"Kunden": ROWS})

        result = check(source, tmp_path / "out")

        rows = upload(result)
        assert [(r["Kundennummer"], r["PLZ 1"]) for r in rows] == [("10001", "01067"), ("10002", "80331")]
        unmapped = records((tmp_path / "out" / "kunden.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [r["Kunde seit"] for r in unmapped] == ["01.03.2019", "06.05.2020 14:30"]

    def test_long_numbers_in_a_number_format_keep_every_digit(self, tmp_path: Path) -> None:
        """A phone number stored as a number in the format "0" is shown, and written, with all its
        digits, no exponent."""
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["Firma", "Telefon"])
        sheet.append(["Alpha GmbH", 4935112345678])
        sheet.cell(2, 2).number_format = "0"
        source = tmp_path / "k.xlsx"
        book.save(source)

        result = check(source, tmp_path / "out")

        assert upload(result)[0]["Telefon 1"] == "4935112345678"

    def test_a_long_number_below_two_to_the_53_keeps_its_digits(self, tmp_path: Path) -> None:
        """Excel shows a number of 12 or more digits in the General format as "4,93511E+12", but the
        workbook holds its exact digits: they are read (the hostile round found a GLN, an account
        number and a mobile number replaced by "4,01235E+12" in every output, the digits lost)."""
        source = xlsx(
            tmp_path / "k.xlsx",
            {"Kunden": [["Firma", "Telefon", "GLN"], ["Alpha GmbH", 4935112345678, 4012345678901]]},
        )

        result = check(source, tmp_path / "out")

        assert "scientific-number-set-aside" not in {i.code for i in result.issues}
        written = b"".join(p.read_bytes() for p in (tmp_path / "out").glob("k.*.csv"))
        assert b"4935112345678" in written.replace(b" ", b"")
        assert b"4012345678901" in written
        assert b"E+12" not in written

    @pytest.mark.parametrize("number_format", ["General", "0"])
    def test_numbers_beyond_two_to_the_53_have_no_invented_digits(
        self, tmp_path: Path, number_format: str
    ) -> None:
        """A Steuernummer stored as the number 2.123456789012346e+19 was uploaded as
        "21234567890123460608": digits no file holds (a double keeps about 16). Such a number is read
        as Excel shows it in the General format, and set aside like a CSV's; in an unmapped
        column it is kept so, without made-up digits; in any number format."""
        rows: list[list[object]] = [
            ["Firma", "Steuernummer", "Notiz"],
            ["Alpha GmbH", 21234567890123456789, 12345678901234567890],
            ["Beta AG", 2**53 - 1, 2**53],  # the largest exact number, and the first that is not
        ]
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(row)
        for row_number in (2, 3):
            for column in (2, 3):
                sheet.cell(row_number, column).number_format = number_format
        source = tmp_path / "k.xlsx"
        book.save(source)

        result = check(source, tmp_path / "out")

        exact = "9007199254740991"
        assert [r.get("Steuernummer", "") for r in upload(result)] == [
            "",
            exact,  # the largest exact number keeps its digits in any format
        ]
        unmapped = records((tmp_path / "out" / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [r["Notiz"] for r in unmapped] == ["1,23457E+19", "9,0072E+15"]
        assert "21234567890123460608" not in (tmp_path / "out" / "k.unmapped.csv").read_text("utf-8-sig")
        assert ("scientific-number-set-aside", "2,12346E+19") in [(i.code, i.value) for i in result.issues]

    def test_ods_numbers_beyond_two_to_the_53_have_no_invented_digits(self, tmp_path: Path) -> None:
        """The same in an .ods: its value is a double too; a long number LibreOffice shows in
        scientific notation is read as shown."""
        rows: list[list[str | int | tuple[int, str]]] = [
            ["Firma", "Steuernummer", "Telefon"],
            ["Alpha GmbH", (21234567890123456789, "21234567890123500000"), (493511234567, "4,94E+11")],
        ]
        source = ods(tmp_path / "k.ods", rows)

        result = check(source, tmp_path / "out")

        assert [r.get("Steuernummer") for r in upload(result)] == [None]
        set_aside = sorted(
            (i.code, i.value) for i in result.issues if i.code == "scientific-number-set-aside"
        )
        assert set_aside == [("scientific-number-set-aside", "2,12346E+19")]  # the phone's digits are exact

    def test_times_datetimes_and_truth_values_as_excel_shows_them(self, tmp_path: Path) -> None:
        """The hostile round: a time without a date read "31.12.1899 03:51", a date with a time
        lost its seconds, a boolean cell was uploaded as "true"; a German Excel shows 03:51:12,
        02.01.2020 03:04:05 and WAHR or FALSCH."""
        rows: list[list[object]] = [
            ["Firma", "Ort", "Zeit", "Stand", "Aktiv"],
            ["Alpha GmbH", "Dresden", datetime.time(3, 51, 12), datetime.datetime(2020, 1, 2, 3, 4, 5), True],
            ["Beta AG", "Berlin", datetime.time(14, 30), datetime.datetime(2020, 1, 2, 3, 4), False],
            ["Gamma KG", "true", None, None, None],  # text stays text
        ]
        source = xlsx(tmp_path / "k.xlsx", {"Kunden": rows})
        assert b't="b"' in zipfile.ZipFile(source).read("xl/worksheets/sheet1.xml")

        result = check(source, tmp_path / "out")

        assert [r["Ort 1"] for r in upload(result)] == ["Dresden", "Berlin", "true"]
        unmapped = records((tmp_path / "out" / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [(r["Zeit"], r["Stand"], r["Aktiv"]) for r in unmapped] == [
            ("03:51:12", "02.01.2020 03:04:05", "WAHR"),
            ("14:30", "02.01.2020 03:04", "FALSCH"),
        ]

    def test_ods_times_datetimes_and_truth_values_as_libreoffice_shows_them(self, tmp_path: Path) -> None:
        """An .ods time cell was read as empty, a date with a time as "2020-01-02T03:04:05", a
        boolean as "true"; LibreOffice stores the text it shows beside each."""
        cells = (
            '<table:table-cell office:value-type="time" office:time-value="PT03H51M12S">'
            "<text:p>03:51:12</text:p></table:table-cell>"
            '<table:table-cell office:value-type="date" office:date-value="2020-01-02T03:04:05">'
            "<text:p>02.01.20 03:04</text:p></table:table-cell>"
            '<table:table-cell office:value-type="boolean" office:boolean-value="true">'
            "<text:p>WAHR</text:p></table:table-cell>"
            '<table:table-cell office:value-type="boolean" office:boolean-value="false"/>'
        )
        head = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'
            for t in ("Firma", "Zeit", "Stand", "Aktiv", "Inaktiv")
        )
        firm = '<table:table-cell office:value-type="string"><text:p>Alpha GmbH</text:p></table:table-cell>'
        source = tmp_path / "k.ods"
        source.write_bytes(
            ods_bytes(
                f"<table:table-row>{head}</table:table-row><table:table-row>{firm}{cells}</table:table-row>"
            )
        )

        check(source, tmp_path / "out")

        unmapped = records((tmp_path / "out" / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [(r["Zeit"], r["Stand"], r["Aktiv"], r["Inaktiv"]) for r in unmapped] == [
            ("03:51:12", "02.01.2020 03:04:05", "WAHR", "FALSCH")
        ]

    def test_phone_stored_as_a_number_is_named(self, tmp_path: Path) -> None:
        """A Dresden number typed as a number reaches the tool without its 0: uploaded as written,
        with a warning that shows it with the 0."""
        source = xlsx(tmp_path / "k.xlsx", {"Kunden": [["Firma", "Telefon"], ["Alpha GmbH", 3511234567]]})

        result = check(source, tmp_path / "out")

        assert upload(result)[0]["Telefon 1"] == "3511234567"
        (issue,) = result.issues
        assert (issue.code, issue.value) == ("phone-prefix-missing", "3511234567")
        assert "Mit 0 davor ist es „0351 1234567“" in issue.message

    def test_number_formats_are_read_as_excel_shows_them(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Cells formatted 00000 (Excel's "Postleitzahl"), 0000 0000000 and "K-"00000 read as shown:
        01067 needs no repair, the phone keeps its 0, the reference its prefix; a Swiss PLZ padded
        by the column's format loses the zero again. The report names each column and format."""
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Kunden"
        sheet.append(["Firma", "Straße", "PLZ", "Ort", "Land", "Telefon", "Referenz"])
        sheet.append(["Alpha GmbH", "Hauptstr. 1", 1067, "Dresden", "DE", 3511234567, 123])
        sheet.append(["Beta AG", "Ring 2", 8001, "Zürich", "CH", None, 45])
        sheet.append(["Gamma KG", "Weg 3", "A-1010", "Wien", "AT", "0351 1234569", "frei"])
        for row in (2, 3, 4):
            sheet.cell(row, 3).number_format = "00000"
            sheet.cell(row, 6).number_format = "0000 0000000"
            sheet.cell(row, 7).number_format = '"K-"00000'
        source = tmp_path / "k.xlsx"
        book.save(source)

        result = check(source, tmp_path / "out")

        assert [(r["PLZ 1"], r["Telefon 1"]) for r in upload(result)] == [
            ("01067", "0351 1234567"),
            ("8001", ""),
            ("1010", "0351 1234569"),
        ]
        assert {(i.code, i.value, i.fixed_value) for i in result.issues} == {
            ("postcode-zero-padding-removed", "08001", "8001"),
            ("postcode-prefix-removed", "A-1010", "1010"),
        }
        unmapped = records((tmp_path / "out" / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [r["Referenz"] for r in unmapped] == ["K-00123", "K-00045", "frei"]
        assert build_report(result)["workbook"]["number_formats"] == [
            {"column": "PLZ", "format": "00000", "cells": 2, "example": {"stored": "1067", "shown": "01067"}},
            {
                "column": "Telefon",
                "format": "0000 0000000",
                "cells": 1,
                "example": {"stored": "3511234567", "shown": "0351 1234567"},
            },
            {
                "column": "Referenz",
                "format": '"K-"00000',
                "cells": 2,
                "example": {"stored": "123", "shown": "K-00123"},
            },
        ]
        shown = run_cli("check", str(source), "--out", str(tmp_path / "cli")).stdout
        assert "„PLZ“ im Format 00000 (2 Zellen, z. B. 1067 → 01067)" in shown

    def test_ods_numbers_read_as_libreoffice_shows_them(self, tmp_path: Path) -> None:
        """LibreOffice keeps the shown text beside a float cell's value: 01067 and 0351 1234567 are
        read as shown; 1.067 (a thousands separator) and 1067,00 € keep the number."""
        rows: list[list[str | int | tuple[int, str]]] = [
            ["Firma", "PLZ", "Ort", "Telefon", "Umsatz", "Rabatt"],
            ["Alpha GmbH", (1067, "01067"), "Dresden", (3511234567, "0351 1234567"), (1067, "1.067"), 5],
            ["Beta KG", 80331, "München", (891234567, "089 1234567"), (1067, "1067,00 €"), (7, "007")],
        ]
        source = ods(tmp_path / "k.ods", rows)

        result = check(source, tmp_path / "out")

        assert [(r["PLZ 1"], r["Telefon 1"]) for r in upload(result)] == [
            ("01067", "0351 1234567"),
            ("80331", "089 1234567"),
        ]
        unmapped = records((tmp_path / "out" / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [(r["Umsatz"], r["Rabatt"]) for r in unmapped] == [("1067", "5"), ("1067", "007")]
        assert [
            (f["column"], f["format"], f["cells"]) for f in build_report(result)["workbook"]["number_formats"]
        ] == [
            ("PLZ", "00000", 1),
            ("Telefon", "0000 0000000", 2),
            ("Rabatt", "000", 1),
        ]

    def test_ods_tabs_and_line_breaks_inside_a_cell_are_kept(self, tmp_path: Path) -> None:
        """calamine drops ``<text:line-break/>`` and ``<text:tab/>`` (LibreOffice writes them for a
        break inside a paragraph): "Hauptstr. 5" and "Hinterhaus" ran together. They are kept
        now, so the address lines are joined as in a CSV file, and a note keeps its tab."""
        rows: list[list[str | int | tuple[int, str]]] = [
            ["Firma", "Straße", "Notiz", "Ort"],
            ["Alpha GmbH", "Weg 1", "erste</text:p><text:p>zweite", "Berlin"],
            [
                "Beta AG",
                "Hauptstr. 5<text:line-break/>Hinterhaus",
                'Tor<text:tab/>2<text:span> und<text:line-break/>Rampe</text:span><text:s text:c="2"/>B',
                "Köln",
            ],
        ]
        source = ods(tmp_path / "k.ods", rows)

        result = check(source, tmp_path / "out")

        # the building's line goes to the Adresszusatz (since the 26th hostile round)
        rows_up = upload(result)
        assert [(r["Straße 1"], r["Adresszusatz 1"]) for r in rows_up] == [
            ("Weg 1", ""),
            ("Hauptstr. 5", "Hinterhaus"),
        ]
        unmapped = records((tmp_path / "out" / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [r["Notiz"] for r in unmapped] == ["erste\nzweite", "Tor\t2 und\nRampe  B"]

    def test_ods_with_an_undeclared_prefix_keeps_its_line_breaks(self, tmp_path: Path) -> None:
        """A content.xml that uses ``xlink:href`` without declaring ``xlink`` is no XML parser's:
        calamine reads it, but the tabs, line breaks and shown formats read beside it were dropped
        without a word (the hostile round). It is read with the prefix declared."""
        rows: list[list[str | int | tuple[int, str]]] = [
            ["Firma", "Straße", "PLZ", "Notiz"],
            [
                "Alpha GmbH",
                "Hauptstr. 5<text:line-break/>Hinterhaus",
                (1067, "01067"),
                '<text:a xlink:href="x">Link</text:a>',
            ],
        ]
        source = ods(tmp_path / "k.ods", rows)
        assert b"xmlns:xlink" not in zipfile.ZipFile(source).read("content.xml")

        result = check(source, tmp_path / "out")

        assert [(r["Straße 1"], r["Adresszusatz 1"], r["PLZ 1"]) for r in upload(result)] == [
            ("Hauptstr. 5", "Hinterhaus", "01067")
        ]
        assert "workbook-marks-unread" not in [i.code for i in result.issues]

    def test_ods_that_cannot_be_read_beside_calamine_is_warned(self, tmp_path: Path) -> None:
        """Broken beyond a missing declaration (an attribute twice): what only the file's XML tells
        (here a line break) is unknown, and a warning says so instead of silence."""
        rows: list[list[str | int | tuple[int, str]]] = [
            ["Firma", "Straße", "Ort"],
            ["Alpha GmbH", 'Hauptstr. 5<text:line-break/>Hinterhaus<text:span a="1" a="2"/>', "Berlin"],
        ]
        source = ods(tmp_path / "k.ods", rows)

        result = check(source, tmp_path / "out")

        (warning,) = [i for i in result.issues if i.code == "workbook-marks-unread"]
        assert warning.severity == Severity.WARNING
        assert "Blatt „Kunden“" in warning.message
        assert "Zeilenumbrüche" in warning.message

    def test_formula_cells_give_their_cached_value(self, tmp_path: Path) -> None:
        """A formula cell reads as the value Excel saved with it."""
        source = xlsx(tmp_path / "f.xlsx", {"Kunden": [["Firma", "Ort"], ["Alpha GmbH", '=UPPER("berlin")']]})
        with_cached_value(source, 'UPPER("berlin")', "BERLIN")

        result = check(source, tmp_path / "out")

        assert upload(result)[0]["Ort 1"] == "BERLIN"

    def test_an_error_cell_is_reported_and_kept(self, tmp_path: Path) -> None:
        """An error Excel saved as a cell's value (a failed SVERWEIS: ``<c t="e"><v>#N/A</v>``) is
        no empty cell: calamine read it as one, and the contact was uploaded without its town with
        nothing said (the hostile round on Excel's files). Reported and kept, as in a CSV."""
        rows = [["Firma", "Ort"], ["Alpha GmbH", "Dresden"], ["Gamma KG", "#N/A"], ["Delta KG", "#DIV/0!"]]
        source = xlsx(tmp_path / "e.xlsx", {"Kunden": rows})  # openpyxl writes them as error cells
        assert b't="e"' in zipfile.ZipFile(source).read("xl/worksheets/sheet1.xml")

        result = check(source, tmp_path / "out")

        assert [
            (i.row, i.column, i.value) for i in result.issues if i.code == "spreadsheet-error-removed"
        ] == [
            (3, "Ort 1", "#N/A"),
            (4, "Ort 1", "#DIV/0!"),
        ]
        unmapped = records((tmp_path / "out" / "e.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [r["Ort (entfernt)"] for r in unmapped] == ["#N/A", "#DIV/0!"]

    def test_a_cell_merged_over_rows_counts_for_each(self, tmp_path: Path) -> None:
        """A company merged over its two contact persons' rows (A2:A3): Excel shows it beside both,
        calamine read it in the first row only, and the second person became a private customer
        without a company (the hostile round on Excel's files). Taken for each row, warned; a
        title merged across the columns of one row changes nothing."""
        source = tmp_path / "m.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        for row in (
            ["Kundenliste", None, None],
            ["Firma", "Ansprechpartner", "Ort"],
            ["Alpha GmbH", "Anna Alt", "Dresden"],
            [None, "Bernd Bach", "Leipzig"],
            ["Beta KG", "Carla Conrad", "Halle"],
        ):
            sheet.append(row)
        sheet.merge_cells("A1:C1")
        sheet.merge_cells("A3:A4")
        book.save(source)

        result = check(source, tmp_path / "out")

        assert [(r["Firmenname"], r["Ansprechpartner 1 Nachname"]) for r in upload(result)] == [
            ("Alpha GmbH", "Alt"),
            ("Alpha GmbH", "Bach"),
            ("Beta KG", "Conrad"),
        ]
        merged = [i for i in result.issues if i.code == "merged-cell-filled"]
        assert [(i.row, i.column, i.value, i.severity) for i in merged] == [
            (4, "Firma", "Alpha GmbH", Severity.WARNING)
        ]
        assert "verbundenen Zelle A3:A4" in merged[0].message

    def test_a_merged_note_over_the_totals_row_leaves_it_a_totals_row(self, tmp_path: Path) -> None:
        """The hostile re-test: a note merged over the last contact and the totals row made the
        label "Summe" no longer alone, and "Summe" was uploaded as a company."""
        source = tmp_path / "s.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        for row in (
            ["Firma", "Ort", "Umsatz", "Bemerkung"],
            ["Müller GmbH", "Köln", 100, None],
            ["Schmidt AG", "Bonn", 200, "geprüft"],
            ["Summe", None, 300, None],
        ):
            sheet.append(row)
        sheet.merge_cells("D3:D4")
        book.save(source)

        result = check(source, tmp_path / "out")

        assert [r["Firmenname"] for r in upload(result)] == ["Müller GmbH", "Schmidt AG"]
        assert [i.row for i in result.issues if i.code == "summary-row"] == [4]

    def test_a_header_merged_over_two_rows_fills_no_data_row(self, tmp_path: Path) -> None:
        """The hostile re-test: "Firma" merged over the header's two rows was filled into the row
        below the header ("Kundennummer „Kundennummer“ ist ungültig")."""
        source = tmp_path / "h.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        for row in (["Firma", "Adresse", None], [None, "Straße", "Ort"], ["Alpha GmbH", "Weg 1", "Köln"]):
            sheet.append(row)
        sheet.merge_cells("A1:A2")
        sheet.merge_cells("B1:C1")
        book.save(source)

        result = check(source, tmp_path / "out")

        assert not [i for i in result.issues if i.code == "merged-cell-filled"]
        assert "Firma" not in [i.value for i in result.issues]


class TestFormulasWithoutSavedValue:
    """A workbook written by a program that does not calculate (openpyxl here, PhpSpreadsheet, a
    shop's export) stores formulas without their value: each such cell is named, its row rejected."""

    def test_formula_cell_is_named_and_its_row_rejected(self, tmp_path: Path) -> None:
        """openpyxl writes ``<f>…</f><v />``: the cell is reported with the sheet row, its column's
        header and the formula; the row goes to the rejected file with the formula, not uploaded
        with an empty Firma; a formula saved with the empty text (``t="str"``) is a value."""
        rows: list[list[object]] = [
            ["", "", "Kundenliste"],
            [],
            ["", "", "Kundennummer", "Firma", "Ort"],
            ["", "", 10001, "Alpha GmbH", '=IF(1=2,"x","")'],
            ["", "", 10002, '=CONCATENATE("Form","el AG")', "Berlin"],
        ]
        source = xlsx(tmp_path / "skript.xlsx", {"Kunden": rows})
        rewrite_sheet(
            source, '<c r="E4"><f>IF(1=2,"x","")</f><v />', '<c r="E4" t="str"><f>IF(1=2,"x","")</f><v />'
        )

        result = check(source, tmp_path / "out")

        formula = '=CONCATENATE("Form","el AG")'
        found = [i for i in result.issues if i.code == "formula-without-value"]
        assert [(i.row, i.line, i.column, i.value, i.severity.value) for i in found] == [
            (5, 5, "Firma", formula, "error")
        ]
        assert found[0].message == msg("issue-formula-without-value", value=formula)
        assert "nie berechnet" in found[0].message
        assert upload(result) == [{"Kundennummer": "10001", "Firmenname": "Alpha GmbH"}]
        rejected = records((tmp_path / "out" / "skript.rejected.csv").read_bytes(), "utf-8-sig")
        assert [(r[msg("rejected-row-column")], r["Firma"], r["Ort"]) for r in rejected] == [
            ("5", "'" + formula, "Berlin")
        ]
        accounting = build_report(result)["accounting"]
        assert (accounting["cells_non_empty"], accounting["cells_in_rejected"], accounting["balanced"]) == (
            2 + 3,
            3,
            True,
        )

    def test_formula_without_any_value_element_outside_the_cells_with_values(self, tmp_path: Path) -> None:
        """No ``<v>`` at all, in a column right of every value and in a row with nothing else: the
        row is read (not skipped as blank) and rejected, the column kept (a header of its own).
        The formula in that unmapped column rejected its row too; now that row is uploaded and
        the formula kept in the unmapped file, with a warning."""
        rows: list[list[object]] = [["Firma", "Ort"], ["Alpha GmbH", "Dresden"], [], ["Beta KG", "Köln"]]
        source = xlsx(tmp_path / "shop.xlsx", {"Kunden": rows})
        book = openpyxl.load_workbook(source)
        book["Kunden"]["A3"] = '=UPPER("gamma ag")'
        book["Kunden"]["C4"] = "=B4"
        book.save(source)
        rewrite_sheet(source, '<f>UPPER("gamma ag")</f><v />', '<f>UPPER("gamma ag")</f>')
        rewrite_sheet(source, "<f>B4</f><v />", "<f>B4</f>")

        result = check(source, tmp_path / "out")

        found = [
            (i.code, i.severity.value, i.row, i.column, i.value)
            for i in result.issues
            if i.code.startswith("formula-without-value")
        ]
        assert found == [
            ("formula-without-value", "error", 3, "Firma", '=UPPER("gamma ag")'),
            ("formula-without-value-unmapped", "warning", 4, "Spalte 3", "=B4"),
        ]
        assert (result.rows_read, result.rows_uploaded, result.rows_rejected) == (3, 2, 1)
        assert upload(result) == [
            {"Firmenname": "Alpha GmbH", "Ort 1": "Dresden"},
            {"Firmenname": "Beta KG", "Ort 1": "Köln"},
        ]
        unmapped = records((tmp_path / "out" / "shop.unmapped.csv").read_bytes(), "utf-8-sig")
        assert [r["Spalte 3"] for r in unmapped if r["Spalte 3"]] == ["'=B4"]
        report = build_report(result)["accounting"]
        assert (report["cells_non_empty"], report["balanced"]) == (2 + 1 + 3, True)


class TestSheets:
    @pytest.mark.parametrize(
        ("book", "sheet", "upload"),
        [
            ("Lieferanten 2024.xlsx", "Kunden", "kunden"),  # the sheet says what it holds
            ("Export.xlsx", "Lieferanten", "lieferanten"),
            ("Lieferanten.xlsx", "Tabelle1", "lieferanten"),
        ],
    )
    def test_role_by_sheet_before_file_name(self, tmp_path: Path, book: str, sheet: str, upload: str) -> None:
        """Found by the hostile re-test: a workbook "Lieferanten 2024.xlsx" with its one sheet
        "Kunden" gave suppliers. Without number columns the sheet's name decides, then the file's."""
        source = xlsx(tmp_path / book, {sheet: [["Firma", "Ort"], ["Alpha GmbH", "Berlin"]]})
        result = check(source, tmp_path / "out")
        assert [u.role for u in result.outputs.upload] == [
            {"kunden": "customers", "lieferanten": "suppliers"}[upload]
        ]

    def test_the_sheet_that_maps_best_is_read_and_named(self, tmp_path: Path) -> None:
        """A notes sheet first, the contacts second: the contacts are read; the report names the sheet."""
        notes = [["Notizen zum Export"], ["bitte bis Freitag prüfen"]]
        source = xlsx(tmp_path / "mappe.xlsx", {"Notizen": notes, "Kunden": ROWS})

        result = check(source, tmp_path / "out")

        report = build_report(result)
        assert report["workbook"]["sheet"] == "Kunden"
        assert report["workbook"]["sheets"] == ["Notizen", "Kunden"]
        assert result.rows_uploaded == 2

    def test_customers_and_suppliers_on_two_sheets(self, run_cli: RunCli, tmp_path: Path) -> None:
        """The best sheet is read and the other contact sheet is named with the option that checks it."""
        suppliers = [["Lieferantennummer", "Firma"], [70001, "Holz AG"]]
        source = xlsx(tmp_path / "mappe.xlsx", {"Kunden": ROWS, "Lieferanten": suppliers})

        first = run_cli("check", source, "--out", tmp_path / "a")
        second = run_cli("check", source, "--sheet", "Lieferanten", "--out", tmp_path / "b")

        assert msg("summary-workbook-others", sheets="„Lieferanten“") in first.stdout
        assert (tmp_path / "a" / "mappe.Kunden.kunden.csv").exists()
        # the suppliers are in no output: a warning of the report and its page too, not only the
        # console's line (the 26th hostile round: exit 0, the report silent)
        assert first.exit_code == 1
        report = json.loads((tmp_path / "a" / "mappe.Kunden.report.json").read_text(encoding="utf-8"))
        (unread,) = [i for i in report["issues"] if i["code"] == "sheets-unread"]
        assert (unread["severity"], unread["value"]) == ("warning", "Lieferanten")
        assert "--sheet NAME" in unread["message"]
        page = (tmp_path / "a" / "mappe.Kunden.report.html").read_text(encoding="utf-8")
        assert "Weitere Blätter mit Kontakten nicht gelesen" in page
        assert second.exit_code == 0, second.stdout
        assert records((tmp_path / "b" / "mappe.Lieferanten.lieferanten.csv").read_bytes()) == [
            {"Lieferantennummer": "70001", "Firmenname": "Holz AG"}
        ]

    @pytest.mark.parametrize(
        "other",
        [
            [["Kundennummer", "Jahr", "Umsatz"], [10001, 2025, 1200]],  # sales by customer number
            [["Datum", "Uhrzeit", "Ort", "Thema"], ["01.03.2026", "10:00", "Berlin", "Termin"]],
            [["Firma", "Vorname", "Nachname", "Ort"]],  # an empty template
        ],
    )
    def test_a_sheet_listing_no_contacts_is_no_other_contact_sheet(
        self, tmp_path: Path, other: list[list[object]]
    ) -> None:
        """Only a sheet with a name column and rows below it counts: the re-test of sheets-unread
        found it warned (exit 1) for sheets of sales, of appointments and an empty template."""
        source = xlsx(tmp_path / "mappe.xlsx", {"Kunden": ROWS, "Weiteres": other})
        result = check(source, tmp_path / "out")
        assert build_report(result)["workbook"]["other_contact_sheets"] == []
        assert "sheets-unread" not in [i.code for i in result.issues]

    @pytest.mark.parametrize(
        "header",
        [
            ["Lieferant", "Kundennr. bei Lieferant", "Telefon", "Vertreter"],
            ["Lieferant", "Unsere Nr.", "Notiz"],
        ],
    )
    def test_a_sheet_listing_businesses_under_an_unknown_header_is_named(
        self, tmp_path: Path, header: list[str]
    ) -> None:
        """The 40th real-export round: a hand-made list's second sheet "Lieferanten" (its name
        column "Lieferant" maps to no lexoffice column) was only counted, "2 Blätter insgesamt"."""
        width = len(header)
        suppliers = [
            header,
            ["Holzhandel Hartmann GmbH", "KD37120", "030 9832154", "Jörg Krüger"][:width],
            ["Holzhandel Berger KG", "KD58965", "+49 511 4054899", "Sebastian Lehmann"][:width],
            ["Beschläge Pfeiffer e.K.", "KD78134", "(030) 812-7023", "Jürgen Lang"][:width],
        ]
        source = xlsx(tmp_path / "mappe.xlsx", {"Kunden": ROWS, "Lieferanten": suppliers})

        result = check(source, tmp_path / "out")

        assert build_report(result)["workbook"]["other_contact_sheets"] == ["Lieferanten"]
        (unread,) = [i for i in result.issues if i.code == "sheets-unread"]
        assert unread.value == "Lieferanten"
        assert "--sheet NAME" in unread.message

    def test_a_later_column_of_businesses_is_no_contact_list(self, tmp_path: Path) -> None:
        """An article sheet naming each article's maker ("Bosch GmbH") lists no contacts."""
        articles = [
            ["Artikel", "Hersteller", "Preis"],
            ["Akkuschrauber", "Bosch GmbH", "99,00"],
            ["Stichsäge", "Festool GmbH", "199,00"],
        ]
        source = xlsx(tmp_path / "mappe.xlsx", {"Kunden": ROWS, "Artikel": articles})

        result = check(source, tmp_path / "out")

        assert "sheets-unread" not in [i.code for i in result.issues]

    def test_each_contact_sheet_keeps_its_outputs(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Checking the suppliers' sheet after the customers' one, as the summary advises, into the same
        folder: the outputs are named after the sheet, so the customers' upload file and report stay."""
        suppliers = [["Lieferantennummer", "Firma"], [70001, "Holz AG"]]
        source = xlsx(tmp_path / "mappe.xlsx", {"Kunden": ROWS, "Lieferanten": suppliers})

        first = run_cli("check", source)
        second = run_cli("check", source, "--sheet", "Lieferanten")

        assert first.exit_code in (0, 1), first.stdout
        assert second.exit_code == 0, second.stdout
        uploads = (".kunden.csv", ".lieferanten.csv")
        kept = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(uploads))
        reports = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".report.json"))
        assert kept == ["mappe.Kunden.kunden.csv", "mappe.Lieferanten.lieferanten.csv"]
        assert reports == ["mappe.Kunden.report.json", "mappe.Lieferanten.report.json"]
        customers = records((tmp_path / "mappe.Kunden.kunden.csv").read_bytes())
        assert customers[0]["Firmenname"] == "Müller Bau GmbH"

    def test_a_workbook_of_one_contact_sheet_keeps_its_plain_names(self, tmp_path: Path) -> None:
        """A notes sheet beside the contacts: only one sheet holds contacts, so the names stay ``mappe.*``."""
        source = xlsx(tmp_path / "mappe.xlsx", {"Notizen": [["Notizen zum Export"]], "Kunden": ROWS})

        check(source, tmp_path / "out")

        assert (tmp_path / "out" / "mappe.kunden.csv").exists()

    def test_sheet_by_number(self, tmp_path: Path) -> None:
        """--sheet 2 reads the second sheet."""
        source = xlsx(tmp_path / "m.xlsx", {"Kunden": ROWS, "Andere": [["Firma"], ["Beta KG"]]})

        result = check(source, tmp_path / "out", sheet="2")

        assert build_report(result)["workbook"]["sheet"] == "Andere"

    def test_unknown_sheet_names_the_sheets(self, tmp_path: Path) -> None:
        """--sheet with a name the workbook lacks is a usage error listing the sheets."""
        source = xlsx(tmp_path / "m.xlsx", {"Kunden": ROWS})

        with pytest.raises(ConfigurationError) as caught:
            check(source, tmp_path / "out", sheet="Kontakte")

        assert caught.value.exit_code == 2
        assert "„Kunden“" in caught.value.message


class TestLayout:
    def test_title_block_empty_columns_and_sheet_row_numbers(self, tmp_path: Path) -> None:
        """A title above the header and two empty leading columns are skipped; findings and the rejected
        file use the sheet's row numbers."""
        rows: list[list[object]] = [
            ["", "", "Kundenliste Stand 1.3.2024"],
            [],
            ["", "", *HEADER[:6]],
            ["", "", 10001, "Alpha GmbH", "Weg 1", 1067, "Dresden", "kein-at-zeichen"],
            ["", "", 10002, "Beta KG", "Gasse 2", 80331, "München", "b@beta.example"],
        ]
        source = xlsx(tmp_path / "liste.xlsx", {"Kunden": rows})

        result = check(source, tmp_path / "out")

        report = build_report(result)
        assert report["preamble"]["kind"] == "title"
        assert report["workbook"]["leading_empty_columns"] == 2
        assert [(i["row"], i["code"]) for i in report["issues"] if i["code"] == "email-invalid"] == [
            (4, "email-invalid")
        ]
        rejected = records((tmp_path / "out" / "liste.rejected.csv").read_bytes(), "utf-8-sig")
        assert [r[msg("rejected-row-column")] for r in rejected] == ["4"]
        assert rejected[0]["E-Mail"] == "kein-at-zeichen"

    def test_a_title_row_as_wide_as_the_table_is_told_by_the_names(self, tmp_path: Path) -> None:
        """Seven filled title cells above seven headers: the header is sheet row 2, told by its names,
        with a warning; the sheet is chosen over one whose header maps less."""
        title: list[object] = ["Export vom 01.03.2024", "Benutzer: Admin", "Mandant 1", "a", "b", "c", "d"]
        other: list[list[object]] = [["Name", "Notiz"], ["X", "Y"]]
        source = xlsx(tmp_path / "t.xlsx", {"Notizen": other, "Kunden": [title, *ROWS]})

        result = check(source, tmp_path / "out")

        report = build_report(result)
        assert report["workbook"]["sheet"] == "Kunden"
        assert report["preamble"] == {"lines": 1, "kind": "title", "text": [" | ".join(map(str, title))]}
        assert [(i.row, i.line, i.code) for i in result.issues if i.code == "header-guessed"] == [
            (1, 2, "header-guessed")
        ]
        assert [r["Firmenname"] for r in upload(result)] == ["Müller Bau GmbH", "Café Sonne"]

    def test_header_row_names_the_sheet_row(self, tmp_path: Path) -> None:
        """--header-row 1 keeps the wide title as the header (nothing guessed); a row beyond the
        sheet's cells is a usage error."""
        title: list[object] = ["Export", "Benutzer", "Mandant", "a", "b", "c", "d"]
        source = xlsx(tmp_path / "t.xlsx", {"Kunden": [title, *ROWS]})

        result = check(source, tmp_path / "out", header_row=1)

        assert result.intake.preamble is None
        assert result.intake.table.columns == [str(v) for v in title]
        assert "header-guessed" not in [i.code for i in result.issues]
        with pytest.raises(ConfigurationError, match="hat ab Zeile 5 keine Zeile mit Inhalt mehr"):
            check(source, tmp_path / "out", header_row=5)

    def test_group_titles_of_a_board_export_are_no_contacts(self, tmp_path: Path) -> None:
        """A monday.com board's export: the board's name, then per group its title ("Ehemalige
        Kunden", one cell) above the group's own header row. The second group's title was uploaded
        as a private person "Ehemalige Kunden"; it is rejected as a heading, the rejected file keeps it."""
        header: list[object] = ["Name", "Person", "Status", "Firma", "E-Mail", "Kundennummer"]
        rows: list[list[object]] = [
            ["Kunden"],
            [],
            ["Aktive Kunden"],
            header,
            ["Markus Lehmann", "Anja Roth", "Aktiv", "Lehmann GmbH", "m@lehmann.example", "10100"],
            ["Sophie Bauer", "Anja Roth", "Aktiv", None, "s@bauer.example", "10101"],
            [],
            ["Ehemalige Kunden"],
            header,
            ["Georg Fischer", "Anja Roth", "Gekündigt", "Fischer Bau AG", "g@fischer.example", "10102"],
        ]
        source = xlsx(tmp_path / "board.xlsx", {"Kunden": rows})

        result = check(source, tmp_path / "out")

        assert [r["Kundennummer"] for r in upload(result)] == ["10100", "10101", "10102"]
        assert "Ehemalige" not in (tmp_path / "out" / "board.kunden.csv").read_text("utf-8")
        errors = sorted((i.row, i.code) for i in result.issues if i.severity is Severity.ERROR)
        assert errors == [(8, "heading-row"), (9, "header-row-repeated")]
        rejected = records((tmp_path / "out" / "board.rejected.csv").read_bytes(), "utf-8-sig")
        assert [(r[msg("rejected-row-column")], r["Name"]) for r in rejected] == [
            ("8", "Ehemalige Kunden"),
            ("9", "Name"),
        ]
        assert result.accounting["balanced"]

    def test_hidden_rows_are_read_and_reported(self, tmp_path: Path) -> None:
        """A row hidden in Excel is read like the others, with a warning naming it."""
        source = xlsx(tmp_path / "h.xlsx", {"Kunden": ROWS}, hidden=(3,))

        result = check(source, tmp_path / "out")

        assert result.rows_uploaded == 2
        assert [(i.row, i.code) for i in result.issues if i.code == "row-hidden"] == [(3, "row-hidden")]
        assert build_report(result)["workbook"]["hidden_rows"] == [3]


class TestHiddenRowsAndSheets:
    """What a workbook hides is read, but said: rows hidden or filtered out, a hidden sheet."""

    def test_hidden_rows_of_a_sheet_moved_before_another(self, tmp_path: Path) -> None:
        """The user moved "Kunden" before "Notizen": its rows are still the ones reported, found by
        the sheet's name, not by the order of the archive's parts (sheet1.xml is "Notizen")."""
        notes: list[list[object]] = [["Notizen"], ["a"], ["b"], ["c"]]
        source = xlsx(tmp_path / "m.xlsx", {"Notizen": notes, "Kunden": [*ROWS, ROWS[1]]})
        book = openpyxl.load_workbook(source)
        book["Notizen"].row_dimensions[2].hidden = True
        book["Kunden"].row_dimensions[3].hidden = True
        book.save(source)

        def move_notes_last(text: str) -> str:
            notes_entry = re.search(r'<sheet [^>]*name="Notizen"[^>]*/>', text)
            assert notes_entry is not None
            return text.replace(notes_entry.group(0), "").replace(
                "</sheets>", notes_entry.group(0) + "</sheets>"
            )

        rewrite_part(source, "xl/workbook.xml", move_notes_last)

        result = check(source, tmp_path / "out")

        workbook = build_report(result)["workbook"]
        assert workbook["sheets"] == ["Kunden", "Notizen"]
        assert workbook["hidden_rows"] == [3]
        assert [(i.row, i.code) for i in result.issues if i.code == "row-hidden"] == [(3, "row-hidden")]

    def test_ods_hidden_and_filtered_rows(self, tmp_path: Path) -> None:
        """LibreOffice's hidden rows and rows its filter left out are reported; a repeated row counts
        as as many rows."""
        rows: list[list[str | int]] = [
            ["Firma", "PLZ", "Ort"],
            ["Alpha GmbH", 1067, "Dresden"],
            ["Beta KG", 80331, "München"],
            ["Gamma AG", 10115, "Berlin"],
            ["Delta OHG", 20095, "Hamburg"],
        ]
        attributes = {
            3: 'table:visibility="collapse"',
            4: 'table:visibility="filter"',
        }
        source = ods(tmp_path / "k.ods", rows, row_attributes=attributes)

        result = check(source, tmp_path / "out")

        assert result.rows_uploaded == 4
        assert [(i.row, i.code) for i in result.issues if i.code == "row-hidden"] == [
            (3, "row-hidden"),
            (4, "row-hidden"),
        ]

    def test_ods_repeated_rows_shift_the_row_numbers(self, tmp_path: Path) -> None:
        """Two empty rows written once with table:number-rows-repeated="2" are two sheet rows: the
        hidden row after them is row 5."""
        rows: list[list[str | int]] = [
            ["Firma", "Ort"],
            ["Alpha GmbH", "Dresden"],
            [],
            ["Beta KG", "Berlin"],
        ]
        attributes = {3: 'table:number-rows-repeated="2"', 4: 'table:visibility="collapse"'}
        source = ods(tmp_path / "k.ods", rows, row_attributes=attributes)

        result = check(source, tmp_path / "out")

        assert [(i.row, i.code) for i in result.issues if i.code == "row-hidden"] == [(5, "row-hidden")]
        assert upload(result) == [
            {"Firmenname": "Alpha GmbH", "Ort 1": "Dresden"},
            {"Firmenname": "Beta KG", "Ort 1": "Berlin"},
        ]

    def test_no_english_engine_message_for_libreoffices_empty_rows(self, tmp_path: Path) -> None:
        """LibreOffice writes the empty rows down to the sheet's end as one row repeated a million
        times; calamine logged "ods row repeat count capped (…)" in English on stderr before the
        German summary (the hostile round on Excel's files). A process of its own: pytest's log
        capture would swallow the line."""
        rows: list[list[str | int]] = [["Firma", "Ort"], ["Alpha GmbH", "Dresden"], [""]]
        source = ods(tmp_path / "k.ods", rows, row_attributes={3: 'table:number-rows-repeated="1048580"'})

        done = subprocess.run(
            [sys.executable, "-m", "importer", "check", str(source), "--quiet"],
            capture_output=True,
            text=True,
            check=False,
        )

        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert (tmp_path / "k.kunden.csv").exists()

    def test_xls_hidden_row(self, tmp_path: Path) -> None:
        """A row hidden in an Excel 97–2003 workbook (its ROW record's flag fDyZero) is reported."""
        source = tmp_path / "kunden.xls"
        shutil.copy(FIXTURES / "kunden.xls", source)
        with olefile.OleFileIO(str(source), write_mode=True) as container:
            stream = bytearray(container.openstream("Workbook").read())
            # The ROW record of sheet row 3: type 0x0208, 16 bytes long, rw = 2; its flags at +12.
            at = stream.index(bytes.fromhex("080210000200"))
            stream[at + 4 + 12] |= 0x20
            container.write_stream("Workbook", bytes(stream))

        result = check(source, tmp_path / "out")

        assert result.rows_uploaded == 2
        assert [(i.row, i.code) for i in result.issues if i.code == "row-hidden"] == [(3, "row-hidden")]
        assert build_report(result)["workbook"]["hidden_rows"] == [3]

    def test_a_hidden_sheet_is_not_chosen_over_a_visible_one(self, tmp_path: Path) -> None:
        """A hidden sheet of old customers maps better than the visible one: the visible one is read,
        the hidden one named as another sheet with contacts."""
        old = [
            [*HEADER, "Telefon"],
            [20001, "Alt GmbH", "Weg 9", 1067, "Dresden", "alt@alt.example", "", "0351 1"],
        ]
        source = xlsx(tmp_path / "m.xlsx", {"Kunden alt": old, "Kunden": [HEADER[:2], [10001, "Neu GmbH"]]})
        book = openpyxl.load_workbook(source)
        book["Kunden alt"].sheet_state = "hidden"
        book.active = 1
        book.save(source)

        result = check(source, tmp_path / "out")

        workbook = build_report(result)["workbook"]
        assert (workbook["sheet"], workbook["other_contact_sheets"]) == ("Kunden", ["Kunden alt"])
        assert upload(result) == [{"Kundennummer": "10001", "Firmenname": "Neu GmbH"}]
        assert "sheet-hidden" not in [i.code for i in result.issues]

    def test_only_a_hidden_sheet_holds_contacts(self, tmp_path: Path) -> None:
        """When no visible sheet holds contacts the hidden one is read, with a warning naming it."""
        notes: list[list[object]] = [["Bitte nicht ändern"]]
        source = xlsx(tmp_path / "m.xlsx", {"Daten": ROWS, "Hinweis": notes})
        book = openpyxl.load_workbook(source)
        book["Daten"].sheet_state = "hidden"
        book.active = 1
        book.save(source)

        result = check(source, tmp_path / "out")

        assert build_report(result)["workbook"]["sheet"] == "Daten"
        hidden = [i for i in result.issues if i.code == "sheet-hidden"]
        assert [(i.row, i.severity.value, i.message) for i in hidden] == [
            (0, "warning", msg("issue-sheet-hidden", sheet="Daten"))
        ]
        assert result.rows_uploaded == 2


class TestUnusableWorkbooks:
    def test_password_protected(self, tmp_path: Path) -> None:
        """An encrypted workbook is refused with exit 3 and how to remove the password."""
        plain = xlsx(tmp_path / "plain.xlsx", {"Kunden": ROWS})
        office = OOXMLFile(io.BytesIO(plain.read_bytes()))
        secret = io.BytesIO()
        office.encrypt("geheim", secret)
        source = tmp_path / "geschuetzt.xlsx"
        source.write_bytes(secret.getvalue())

        with pytest.raises(InputUnusableError) as caught:
            check(source, tmp_path / "out")

        assert caught.value.exit_code == 3
        assert caught.value.message == msg("workbook-protected", path=source)
        assert not (tmp_path / "out").exists()

    def test_broken(self, tmp_path: Path) -> None:
        """A truncated workbook is refused with exit 3."""
        whole = xlsx(tmp_path / "ganz.xlsx", {"Kunden": ROWS}).read_bytes()
        source = tmp_path / "kaputt.xlsx"
        source.write_bytes(whole[: len(whole) // 2])

        with pytest.raises(InputUnusableError) as caught:
            check(source, tmp_path / "out")

        assert caught.value.exit_code == 3
        assert caught.value.message.startswith(
            f"{source} lässt sich nicht als Arbeitsmappe lesen (ihr Format ist nicht zu erkennen: "
            "sie ist beschädigt, unvollständig übertragen oder keine Arbeitsmappe)."
        )
        assert "calamine error" not in caught.value.message

    @pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
    def test_cut_short_before_its_parts_are_named(self, tmp_path: Path, suffix: str) -> None:
        """A download broken off in its first bytes (no part's name readable yet) was called "keine
        CSV-Datei, sondern ein ZIP-Archiv" with the advice to export a CSV from the program: under a
        workbook's name it is a damaged workbook, to be saved again."""
        whole = xlsx(tmp_path / "ganz.xlsx", {"Kunden": ROWS}).read_bytes()
        source = tmp_path / f"kaputt{suffix}"
        source.write_bytes(whole[:300])

        with pytest.raises(InputUnusableError) as caught:
            check(source, tmp_path / "out")

        assert caught.value.exit_code == 3
        assert caught.value.message == msg(
            "workbook-broken", path=source, detail=msg("workbook-reason-format")
        )
        (tmp_path / "archiv.zip").write_bytes(whole[:300])
        with pytest.raises(InputUnusableError) as caught:
            check(tmp_path / "archiv.zip", tmp_path / "out")
        assert "ZIP" in caught.value.message  # a .zip is still named what it is

    def test_a_damaged_sheet_is_refused_naming_it(self, tmp_path: Path, run_cli: RunCli) -> None:
        """A workbook whose sheet XML breaks off (the zip itself intact) ended in exit 4, "internal
        error"; it is refused with exit 3, naming the sheet, and nothing is written."""
        whole = zipfile.ZipFile(xlsx(tmp_path / "ganz.xlsx", {"Kunden": ROWS}))
        source = tmp_path / "blatt-kaputt.xlsx"
        with zipfile.ZipFile(source, "w") as broken:
            for name in whole.namelist():
                data = whole.read(name)
                broken.writestr(name, data[: len(data) // 2] if name.endswith("sheet1.xml") else data)

        result = run_cli("check", source, "--out", tmp_path / "out")

        assert result.exit_code == 3
        assert result.stderr.startswith(
            f"Fehler: {source} lässt sich nicht als Arbeitsmappe lesen (das Blatt „Kunden“ ist beschädigt "
            "oder unvollständig;"
        )
        assert not (tmp_path / "out").exists()

    def test_a_workbook_that_makes_calamine_panic_is_refused(self, tmp_path: Path, run_cli: RunCli) -> None:
        """One damaged byte in the .xls fixture makes calamine panic (a Rust panic, raised as a
        BaseException that no ``except Exception`` catches): a traceback and exit 1 before; now
        exit 3 and the German reason, nothing written."""
        source = panicking_xls(tmp_path / "kaputt.xls")

        assert refused(run_cli, source, tmp_path / "out").endswith(
            f"Fehler: {source} lässt sich nicht als Arbeitsmappe lesen (sie ist beschädigt: ihr innerer "
            "Aufbau stimmt nicht, der Leser calamine brach ab). Öffnen Sie sie in Excel oder LibreOffice "
            "und speichern Sie sie erneut, oder exportieren Sie die Kontakte als CSV.\n"
        )

    @staticmethod
    def _damaged_container(kind: str) -> bytes:
        """The .xls fixture with its OLE container damaged as [MS-CFB] lays it out: the header's
        FAT sector count at 0x2C, directory's first sector at 0x30, first DIFAT sector at 0x44,
        first FAT sector at 0x4C; sector n at (n + 1) * 512; the workbook stream in sectors 0-7
        (4,096 bytes), the directory in sector 9."""
        data = bytearray((FIXTURES / "kunden.xls").read_bytes())
        fat = (struct.unpack_from("<I", data, 0x4C)[0] + 1) * 512
        assert struct.unpack_from("<10I", data, fat) == (
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            0xFFFFFFFE,
            0xFFFFFFFD,
            0xFFFFFFFE,
        )
        assert struct.unpack_from("<I", data, 0x30)[0] == 9
        if kind == "directory":
            struct.pack_into("<I", data, fat + 9 * 4, 9)  # the directory's sector leads to itself
        elif kind == "stream":
            struct.pack_into("<I", data, fat + 3 * 4, 0)  # the stream's fourth sector leads to its first
        elif kind == "count":
            struct.pack_into("<I", data, 0x2C, 0xFFFFFFF0)  # 4 billion FAT sectors in 5.6 kB
        else:  # the first DIFAT sector names itself as the next
            struct.pack_into("<I", data, 0x44, 7)
            struct.pack_into("<I", data, 9 * 512 - 4, 7)
        return bytes(data)

    @pytest.mark.parametrize(
        ("kind", "flaw"), [("directory", "directory chain"), ("count", "FAT count"), ("difat", "DIFAT chain")]
    )
    def test_a_container_calamine_would_lose_its_way_in_is_refused(
        self, tmp_path: Path, run_cli: RunCli, kind: str, flaw: str
    ) -> None:
        """Found by the corpus fuzzer: a 5.7 kB .xls whose directory chain ran in a circle made
        calamine take memory until the system killed the process (23 GB); a DIFAT circle or a FAT
        count of 4 billion make it reserve gigabytes at once, and the process aborts where memory
        is limited (tried under ulimit -v 3 GB: SIGABRT). Refused before calamine reads it:
        exit 3, the reason in German, nothing written."""
        damaged = self._damaged_container(kind)
        assert ole_flaw(damaged) == flaw
        source = tmp_path / "kaputt.xls"
        source.write_bytes(damaged)

        assert refused(run_cli, source, tmp_path / "out") == (
            f"Fehler: {source} lässt sich nicht als Arbeitsmappe lesen (sie ist beschädigt: die "
            "Verkettung ihrer Datenblöcke läuft im Kreis oder über das Dateiende hinaus). Öffnen Sie sie "
            "in Excel oder LibreOffice und speichern Sie sie erneut, oder exportieren Sie die Kontakte als "
            "CSV.\n"
        )

    def test_a_sound_container_has_no_flaw(self) -> None:
        assert ole_flaw((FIXTURES / "kunden.xls").read_bytes()) is None

    def test_a_circle_inside_a_streams_length_is_left_to_calamine(self, tmp_path: Path) -> None:
        """calamine stops reading a stream at its length: a circle before it costs no more memory
        than the stream's size, and the workbook is read as far as calamine can."""
        damaged = self._damaged_container("stream")
        assert ole_flaw(damaged) is None
        source = tmp_path / "kreis.xls"
        source.write_bytes(damaged)
        intact = check(FIXTURES / "kunden.xls", tmp_path / "ganz")
        assert (check(source, tmp_path / "out").rows_uploaded, intact.rows_uploaded) == (2, 2)

    def test_a_stray_value_in_the_last_cell_is_refused_with_what_to_do(
        self, tmp_path: Path, run_cli: RunCli
    ) -> None:
        """One value in XFD1048576 beside the contacts: calamine reserves a grid of 17 billion
        cells at once and the process aborted (SIGABRT under a memory limit, the machine's memory
        exhausted without). Refused with exit 3, naming the sheet, its extent and Ctrl+End."""
        source = with_last_cell(tmp_path / "streuwert.xlsx", lambda cell: setattr(cell, "value", "x"))

        assert refused(run_cli, source, tmp_path / "out") == (
            f"Fehler: {source}: Das Blatt „Kunden“ reicht über 1.048.576 Zeilen und 16.384 Spalten; so "
            "viele Zellen kann lexoffice-import nicht lesen. Meist steht weit unten oder rechts ein "
            "einzelner Wert (Strg+Ende springt in Excel zur letzten benutzten Zelle): Löschen Sie die "
            "Zeilen und Spalten außerhalb der Kontaktliste, speichern Sie und prüfen Sie erneut, oder "
            "speichern Sie das Blatt als CSV.\n"
        )

    def test_an_ods_repeating_a_filled_row_is_refused_before_it_is_read(
        self, tmp_path: Path, run_cli: RunCli
    ) -> None:
        """1.8 kB of .ods: a row of 16,000 filled cells (one cell repeated) repeated down to the
        sheet's end. calamine reads every sheet of an .ods when it opens it, a cell at a time (a
        thousand such rows took 2 GB); the grid is measured from content.xml first."""
        rows: list[list[str | int | tuple[int, str]]] = [["Firma", "Ort"], ["Alpha GmbH", "Dresden"], ["x"]]
        source = ods(tmp_path / "k.ods", rows, row_attributes={3: 'table:number-rows-repeated="1048570"'})
        once = '<table:table-cell office:value-type="string"><text:p>x<'
        wide = once.replace("<table:table-cell ", '<table:table-cell table:number-columns-repeated="16000" ')
        rewrite_part(source, "content.xml", lambda text: text.replace(once, wide))
        assert source.stat().st_size < 2000

        assert refused(run_cli, source, tmp_path / "out").startswith(
            f"Fehler: {source}: Das Blatt „Kunden“ reicht über 1.048.572 Zeilen und 16.000 Spalten;"
        )

    def test_the_ods_grid_counts_repeats_and_leaves_out_empty_cells(self, tmp_path: Path) -> None:
        """An empty first row, then rows 2-4 filled (row 3 written once, repeated twice), the
        widest to column 5 (a filled cell repeated four times after one cell); LibreOffice's empty
        rows and cells right of and below the list (repeated, a style and no value) make no grid."""
        cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
        empty = '<table:table-cell table:number-columns-repeated="1000" table:style-name="ce1"/>'
        body = (
            f"<table:table-row>{empty}</table:table-row>"
            f"<table:table-row>{cell.format('Firma')}{empty}</table:table-row>"
            '<table:table-row table:number-rows-repeated="2">'
            + cell.format("a")
            + cell.format("b").replace(
                "<table:table-cell ", '<table:table-cell table:number-columns-repeated="4" '
            )
            + f"{empty}</table:table-row>"
            f'<table:table-row table:number-rows-repeated="1048570">{empty}</table:table-row>'
        )
        source = ods(tmp_path / "k.ods", [["weg"]])
        rewrite_part(
            source, "content.xml", lambda text: re.sub(r"<table:table-row .*</table:table-row>", body, text)
        )

        assert sheet_extents(source.read_bytes()) == {"Kunden": (3, 5)}

    def test_a_sheet_of_more_columns_than_the_cap_is_refused(self, tmp_path: Path, run_cli: RunCli) -> None:
        """A CSV file's cap holds for a sheet too: 1,001 columns are refused with what to do (a
        sheet of 16,000 columns took 104 s and 3 GB)."""
        header = ["Firma", *(f"Feld {n}" for n in range(1, 1001))]
        source = xlsx(tmp_path / "breit.xlsx", {"Kunden": [header, ["Alpha GmbH", *(["x"] * 1000)]]})

        assert refused(run_cli, source, tmp_path / "out") == (
            f"Fehler: {source}: Das Blatt „Kunden“ hat 1.001 Spalten; lexoffice-import liest höchstens 1.000 "
            "(auch große Exporte haben selten mehr als 250). Steht weit rechts ein einzelner Wert (Strg+Ende "
            "springt in Excel zur letzten benutzten Zelle), löschen Sie die Spalten rechts der Kontaktliste; "
            "sonst löschen Sie die Spalten, die Sie nicht brauchen. Speichern Sie und prüfen Sie erneut.\n"
        )

    def test_a_formatted_empty_last_cell_is_no_stray_value(self, tmp_path: Path) -> None:
        """A cell with a format and no value (Excel's formatting down to the last row) makes no grid:
        calamine leaves it out, and the contacts are read."""
        bold = openpyxl.styles.Font(bold=True)
        source = with_last_cell(tmp_path / "formatiert.xlsx", lambda cell: setattr(cell, "font", bold))

        assert check(source, tmp_path / "out").rows_uploaded == len(ROWS) - 1

    def test_calamine_s_panic_report_stays_out_of_the_terminal(self, tmp_path: Path) -> None:
        """Rust's panic hook wrote "thread '<unnamed>' panicked at …" and 66 frames of "stack
        backtrace" to the process's stderr above the German message (past click and Python, so
        only a real process shows it); stderr now holds that message alone."""
        source = panicking_xls(tmp_path / "kaputt.xls")

        done = subprocess.run(
            [sys.executable, "-m", "importer", "check", str(source), "--out", str(tmp_path / "out")],
            capture_output=True,
            env={**os.environ, "RUST_BACKTRACE": "1"},
            timeout=120,
            check=False,
        )

        assert done.returncode == 3
        assert done.stderr.decode() == (
            f"Fehler: {source} lässt sich nicht als Arbeitsmappe lesen (sie ist beschädigt: ihr innerer "
            "Aufbau stimmt nicht, der Leser calamine brach ab). Öffnen Sie sie in Excel oder LibreOffice "
            "und speichern Sie sie erneut, oder exportieren Sie die Kontakte als CSV.\n"
        )

    def test_other_text_on_stderr_meanwhile_is_written_out(self) -> None:
        """What else reaches stderr while calamine reads (another thread's warning) is kept, only
        the panic report is left out."""
        script = (
            "import os\n"
            "from importer.workbook_reader import _panic_reports_held\n"
            "with _panic_reports_held():\n"
            "    os.write(2, b'vorher\\n')\n"
            "    os.write(2, b\"\\nthread '<unnamed>' (7) panicked at src/xls.rs:1:2:\\nkaputt\\n\")\n"
            "    os.write(2, b'note: run with `RUST_BACKTRACE=1` to display a backtrace\\n')\n"
            "    os.write(2, b'nachher\\n')\n"
            "os.write(2, b'danach\\n')\n"
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, check=False)
        assert (done.returncode, done.stderr) == (0, b"vorher\nnachher\ndanach\n")

    def test_a_damaged_deflate_stream_in_the_sheet_is_refused(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by the corpus fuzzer: bytes damaged inside the sheet part's compressed data made
        the grid-size check raise zlib.error, exit 4; now calamine's refusal stands, exit 3."""
        whole = xlsx(tmp_path / "ganz.xlsx", {"Kunden": ROWS}).read_bytes()
        with zipfile.ZipFile(io.BytesIO(whole)) as archive:
            info = archive.getinfo("xl/worksheets/sheet1.xml")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        # the member's data follows its 30-byte local header, its name and its extra field
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        damaged = bytearray(whole)
        for offset in range(start + 20, start + 60, 3):
            damaged[offset] ^= 0x5A
        source = tmp_path / "kaputt.xlsx"
        source.write_bytes(bytes(damaged))

        assert refused(run_cli, source, tmp_path / "out").startswith(
            f"Fehler: {source} lässt sich nicht als Arbeitsmappe lesen (das Blatt „Kunden“ ist beschädigt "
            "oder unvollständig;"
        )

    def test_old_format_file_that_is_no_workbook(self, tmp_path: Path) -> None:
        """An Office 97 container that holds no workbook (e.g. a .doc renamed .xls) is refused with exit 3."""
        source = tmp_path / "alt.xls"
        source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))

        with pytest.raises(InputUnusableError) as caught:
            check(source, tmp_path / "out")

        assert caught.value.exit_code == 3
        assert caught.value.message.startswith(f"{source} lässt sich nicht als Arbeitsmappe lesen")

    def test_empty(self, tmp_path: Path) -> None:
        """A workbook without any filled cell is refused with exit 3."""
        source = xlsx(tmp_path / "leer.xlsx", {"Tabelle1": []})

        with pytest.raises(InputUnusableError) as caught:
            check(source, tmp_path / "out")

        assert caught.value.message == msg("workbook-empty", path=source)

    def test_csv_that_is_a_workbook(self, tmp_path: Path) -> None:
        """A workbook saved as "kunden.csv" is read as a workbook, and the report says so."""
        source = tmp_path / "kunden.csv"
        source.write_bytes(xlsx(tmp_path / "x.xlsx", {"Kunden": ROWS}).read_bytes())

        result = check(source, tmp_path / "out")

        assert result.rows_uploaded == 2
        assert build_report(result)["input"]["format"] == "xlsx"
        assert [i.code for i in result.issues if i.row == 0] == ["format-differs-from-name"]

    def test_an_option_the_workbook_has_no_use_for_is_named(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--delimiter`` and ``--encoding`` mean nothing to a workbook: the report names both as
        not used (the user may have picked the wrong file), and the rows are read as without them."""
        source = xlsx(tmp_path / "kunden.xlsx", {"Kunden": ROWS})

        run_cli("check", source, "--delimiter", ",", "--encoding", "latin-1", "--out", tmp_path / "out")

        report = json.loads((tmp_path / "out" / "kunden.report.json").read_text("utf-8"))
        notes = [f for f in report["issues"] if f["code"] == "option-not-used"]
        assert [f["message"] for f in notes] == [
            "--encoding gilt hier nicht: die Datei ist eine Excel-Arbeitsmappe (.xlsx) und wurde ohne "
            "--encoding gelesen.",
            "--delimiter gilt hier nicht: die Datei ist eine Excel-Arbeitsmappe (.xlsx) und wurde ohne "
            "--delimiter gelesen.",
        ]
        assert report["rows"]["uploaded"] == 2

    def test_sheet_on_a_csv_file_is_named(self, tmp_path: Path) -> None:
        """``--sheet`` on a CSV file (the user meant the workbook of the same name) is not dropped
        without a word; options the file did use raise nothing."""
        source = tmp_path / "kunden.csv"
        source.write_text("Firmenname;Ort\nMüller Bau GmbH;Berlin\n", "utf-8")

        result = check(source, tmp_path / "out", sheet="Kunden", delimiter=";", header_row=1)

        notes = [i for i in result.issues if i.code == "option-not-used"]
        assert [(i.row, i.severity, i.message) for i in notes] == [
            (
                0,
                Severity.WARNING,
                "--sheet gilt hier nicht: die Datei ist eine CSV-Textdatei und wurde ohne --sheet gelesen.",
            )
        ]


class TestSameOutputsAsCsv:
    def test_accounting_rejected_and_unmapped(self, tmp_path: Path) -> None:
        """Every non-empty cell is in exactly one output file, as for CSV input."""
        rows = [*ROWS, [99, "Klein", "Weg 3", 1234, "Ort", "x@y.example", ""]]
        source = xlsx(tmp_path / "k.xlsx", {"Kunden": rows})

        result = check(source, tmp_path / "out")

        accounting = build_report(result)["accounting"]
        assert accounting["balanced"] is True
        assert accounting["cells_non_empty"] == 7 + 7 + 6
        assert result.rows_rejected == 1
        report = json.loads((tmp_path / "out" / "k.report.json").read_text(encoding="utf-8"))
        assert report["rows"]["uploaded"] == 2


class TestOtherFormats:
    def test_ods(self, tmp_path: Path) -> None:
        """A LibreOffice spreadsheet is read like an Excel workbook."""
        source = ods(tmp_path / "kunden.ods", [["Firma", "PLZ", "Ort"], ["Alpha GmbH", 1067, "Dresden"]])

        result = check(source, tmp_path / "out")

        assert upload(result) == [{"Firmenname": "Alpha GmbH", "PLZ 1": "01067", "Ort 1": "Dresden"}]

    def test_xls(self, tmp_path: Path) -> None:
        """An Excel 97–2003 workbook (the fixture of tests/data/workbooks) is read."""
        result = check(FIXTURES / "kunden.xls", tmp_path / "out")

        assert [(r["Kundennummer"], r["PLZ 1"], r["Firmenname"]) for r in upload(result)] == [
            ("10001", "01067", "Müller Bau GmbH"),
            ("10002", "80331", "Café Sonne"),
        ]

    def test_folder_with_a_workbook(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Checking a folder includes its workbooks."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        xlsx(folder / "kunden.xlsx", {"Kunden": ROWS})

        result = run_cli("check", folder, "--out", tmp_path / "out")

        assert result.exit_code == 0, result.stdout
        assert (tmp_path / "out" / "kunden.kunden.csv").exists()


def test_a_hidden_column_whose_values_are_uploaded_is_named(tmp_path: Path) -> None:
    """The hostile round on hand-made sheets: hidden columns were never mentioned (hidden rows
    were), and a hidden "Telefon privat" went to lexoffice unseen. A hidden column whose values
    are uploaded is warned; one that goes to the unmapped file is not."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kunden"
    sheet.append(["Firma", "Ort", "Telefon", "Notiz"])
    sheet.append(["Alpha GmbH", "Köln", "0221 123456", "alt"])
    for letter in ("C", "D"):
        sheet.column_dimensions[letter].hidden = True
    source = tmp_path / "kunden.xlsx"
    book.save(source)
    result = check(source, tmp_path / "out")
    assert [(i.code, i.column, i.row) for i in result.issues if i.code == "column-hidden"] == [
        ("column-hidden", "Telefon", 1)
    ]
    (hidden,) = [i for i in result.issues if i.code == "column-hidden"]
    assert '--map "Telefon="' in hidden.message
