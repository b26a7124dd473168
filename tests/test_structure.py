"""Structure traps, formula injection, unencodable values, bounded reports, configuration errors (issue 11).

Each class covers one point of the issue: a quote that swallows records, internal column names,
mis-encoded headers (6); formulas in the files people open (7); values the output encoding cannot
hold (8); the column cap and the JSON report's size (9); unknown keys and wrong files given as
configuration, and a suspicious ``--delimiter`` (10). Every input is built inside its test.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from helpers import check, csv_rows, names_in

from importer import parse
from importer.errors import InputUnusableError

RunCli = Callable[..., Result]
WriteInput = Callable[[str, bytes], Path]

BOM = codecs.BOM_UTF8


def contacts(count: int, notes: dict[int, str] | None = None) -> str:
    """``count`` records ``Kundennummer;Firmenname;Ort 1;Bemerkung``; ``notes`` by record index."""
    notes = notes or {}
    lines = ["Kundennummer;Firmenname;Ort 1;Bemerkung"]
    lines += [f"{10001 + i};Firma {i} GmbH;Köln;{notes.get(i, '')}" for i in range(count)]
    return "\r\n".join(lines) + "\r\n"


# --- point 6: structure traps ---------------------------------------------------------------


class TestQuoteSwallowingRecords:
    """A quote at the start of a value that closes only lines later is an error of the file (exit 3)."""

    def test_stray_quote_in_a_note_refuses_the_file_with_its_line(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Record 5 (line 6) opens a quote that the note of record 15 (line 16) closes: exit 3, no output."""
        text = contacts(20, {4: '"Zollpapiere beilegen', 14: 'bitte "Express" senden'})
        path = write_input("kunden.csv", text.encode())
        out = tmp_path / "out"

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 3
        assert result.stderr == (
            f"Fehler: {path}: Das Anführungszeichen am Anfang des Werts in Zeile 6 (Spalte „Bemerkung“) "
            "wird erst in Zeile 16 geschlossen: alle Datensätze bis dorthin würden sonst in dieser einen "
            'Zelle landen. Meist ist es ein einzelnes " am Anfang einer Bemerkung. Öffnen Sie die Datei in '
            "einem Texteditor, entfernen Sie das Anführungszeichen am Anfang des Werts in Zeile 6 und "
            "prüfen Sie dann erneut.\n"
        )
        assert not out.exists()

    @pytest.mark.parametrize("lazy", [False, True], ids=["small-file", "large-file-reader"])
    def test_the_line_is_found_by_either_line_reader(
        self, monkeypatch: pytest.MonkeyPatch, write_input: WriteInput, tmp_path: Path, lazy: bool
    ) -> None:
        """Files above 8 million characters are cut into lines lazily; the refusal names the same lines."""
        if lazy:
            monkeypatch.setattr(parse, "_STRINGIO_LIMIT", 0)
        text = contacts(8, {1: '"Achtung', 5: '"Zoll'})
        path = write_input("kunden.csv", text.encode())

        with pytest.raises(InputUnusableError) as caught:
            check(path, tmp_path / "out")

        assert "in Zeile 3 (Spalte „Bemerkung“) wird erst in Zeile 7 geschlossen" in caught.value.message

    @pytest.mark.parametrize("lazy", [False, True], ids=["small-file", "large-file-reader"])
    @pytest.mark.parametrize("eol", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
    def test_a_quote_closed_nowhere_is_said_so(
        self, monkeypatch: pytest.MonkeyPatch, write_input: WriteInput, tmp_path: Path, lazy: bool, eol: str
    ) -> None:
        """A stray quote in record 2 (line 3) that nothing closes swallows every record to the end of
        the file: the refusal says it is closed nowhere, not "closed in line 10" past the last line."""
        if lazy:
            monkeypatch.setattr(parse, "_STRINGIO_LIMIT", 0)
        text = contacts(8, {1: '"Achtung'}).replace("\r\n", eol)
        path = write_input("kunden.csv", text.encode())

        with pytest.raises(InputUnusableError) as caught:
            check(path, tmp_path / "out")

        assert caught.value.message == (
            f"{path}: Das Anführungszeichen am Anfang des Werts in Zeile 3 (Spalte „Bemerkung“) wird "
            "nirgends geschlossen: alle Datensätze bis zum Dateiende würden sonst in dieser einen Zelle "
            'landen. Meist ist es ein einzelnes " am Anfang einer Bemerkung. Öffnen Sie die Datei in einem '
            "Texteditor, entfernen Sie das Anführungszeichen am Anfang des Werts in Zeile 3 und prüfen Sie "
            "dann erneut."
        )

    @pytest.mark.parametrize("ending", ["\r\n", ""], ids=["last-line-ended", "no-last-line-end"])
    def test_a_quote_closed_on_the_last_line_names_that_line(
        self, write_input: WriteInput, tmp_path: Path, ending: str
    ) -> None:
        """The stray quote's partner is in the last line (line 9): that line is named."""
        text = contacts(8, {1: '"Achtung', 7: 'bitte "Express" senden'}).removesuffix("\r\n") + ending
        path = write_input("kunden.csv", text.encode())

        with pytest.raises(InputUnusableError) as caught:
            check(path, tmp_path / "out")

        assert "in Zeile 3 (Spalte „Bemerkung“) wird erst in Zeile 9 geschlossen" in caught.value.message

    def test_well_quoted_value_holding_a_record_is_a_warning(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A value quoted by the rules may be meant: kept whole in its cell, with a warning naming lines."""
        text = (
            "Kundennummer;Firmenname;Bemerkung\r\n"
            '10001;A GmbH;"Achtung\r\n10002;B GmbH;Zoll"\r\n10003;C AG;x\r\n'
        )
        path = write_input("kunden.csv", text.encode())

        result = check(path, tmp_path / "out")

        assert result.rows_read == 2
        assert [(i.row, i.line, i.column, i.code, i.severity.value, i.message) for i in result.issues] == [
            (
                2,
                2,
                "Bemerkung",
                "value-spans-records",
                "warning",
                "Der Wert in Bemerkung beginnt in Zeile 2 mit einem Anführungszeichen und reicht bis "
                "Zeile 3; mindestens eine Zeile darin sieht wie ein ganzer Datensatz aus. Gehört das "
                "Anführungszeichen am Anfang nicht dorthin, entfernen Sie es und prüfen Sie erneut; sonst "
                "ist nichts zu tun.",
            )
        ]
        unmapped = csv_rows((tmp_path / "out" / "kunden.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped[1] == ["2", "Achtung\r\n10002;B GmbH;Zoll"]

    def test_near_miss_a_note_with_line_breaks_is_read(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A quoted note over three lines without a record's worth of delimiters stays one cell."""
        note = '"Lieferung: Tor 2\r\nRechnung per Post; bitte\r\nnicht vor 8 Uhr"'
        path = write_input("kunden.csv", contacts(3, {1: note}).encode())

        result = check(path, tmp_path / "out")

        assert result.rows_read == 3
        unmapped = csv_rows((tmp_path / "out" / "kunden.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped == [
            ["Zeile", "Bemerkung"],
            ["3", "Lieferung: Tor 2\r\nRechnung per Post; bitte\r\nnicht vor 8 Uhr"],
        ]


class TestInternalColumnNames:
    """Headers that equal the tool's own column names lose no cell and crash nothing."""

    HEADER = "Kundennummer;Firmenname;Anrede;__r;__why;Anrede (entfernt);__status;__row__;Zusatzfeld 1"

    def test_every_cell_lands_in_one_file(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Row 2 uploads (its Anrede "Firma" is removed), row 3 is rejected and has a surplus field."""
        text = (
            f"{self.HEADER}\r\n"
            "10001;A GmbH;Firma;r1;w1;e1;s1;o1;z1\r\n99;B GmbH;Herr;r2;w2;e2;s2;o2;z2;extra\r\n"
        )
        path = write_input("k.csv", text.encode())
        out = tmp_path / "out"

        result = run_cli("check", path, "--out", out, "--json")

        assert result.exit_code == 1, result.stderr
        assert (out / "k.kunden.csv").read_bytes() == b"Kundennummer;Firmenname\r\n10001;A GmbH\r\n"
        unmapped = csv_rows((out / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped == [
            [
                "Zeile",
                "__r",
                "__why",
                "Anrede (entfernt)",
                "__status",
                "__row__ (2)",
                "Zusatzfeld 1",
                "Zusatzfeld 1 (2)",
                "Anrede (entfernt) (2)",
            ],
            ["2", "r1", "w1", "e1", "s1", "o1", "z1", "", "Firma"],
        ]
        rejected = csv_rows((out / "k.rejected.csv").read_bytes(), "utf-8-sig")
        assert rejected[0][2:] == [
            "Kundennummer",
            "Firmenname",
            "Anrede",
            "__r",
            "__why",
            "Anrede (entfernt)",
            "__status",
            "__row__ (2)",
            "Zusatzfeld 1",
            "Zusatzfeld 1 (2)",
        ]
        assert rejected[1][0] == "3"
        assert rejected[1][1].startswith("Kundennummer: ")
        assert rejected[1][2:] == ["99", "B GmbH", "Herr", "r2", "w2", "e2", "s2", "o2", "z2", "extra"]
        report = json.loads(result.stdout)
        assert report["accounting"] == {
            "cells_non_empty": 19,
            "cells_in_upload": 2,
            "cells_in_rejected": 10,
            "cells_in_unmapped": 7,
            "cells_not_written": 0,
            "balanced": True,
            "rows_not_written": 0,
        }

    def test_reserved_header_is_renamed_and_reported(self, write_input: WriteInput, tmp_path: Path) -> None:
        """``__row__`` is the tool's own name: the column is renamed, with a warning that says why."""
        path = write_input("k.csv", b"Firmenname;__row__\r\nA GmbH;1\r\n")

        result = check(path, tmp_path / "out")

        assert [(i.row, i.column, i.value, i.code, i.message) for i in result.issues] == [
            (
                1,
                "__row__ (2)",
                "__row__",
                "header-renamed",
                "Die Überschrift „__row__“ von Spalte 2 verwendet lexoffice-import selbst; "
                "die Spalte heißt hier „__row__ (2)“.",
            )
        ]

    def test_catalog_column_with_an_internal_name_is_refused(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A ``--catalog`` column named ``__row__`` would sit beside the tool's own: exit 2, no output."""
        path = write_input("k.csv", b"Firmenname;__row__\r\nA GmbH;1\r\n")
        catalog = write_input("catalog.toml", b'[[column]]\nname = "__row__"\n')

        result = run_cli("check", path, "--out", tmp_path / "out", "--catalog", catalog)

        assert result.exit_code == 2
        assert result.stderr == (
            f"Fehler: Die Katalogdatei {catalog} ist fehlerhaft (der Spaltenname „__row__“ beginnt mit „__“; "
            "solche Namen verwendet lexoffice-import selbst). Vergleichen Sie sie mit reference/catalog.toml "
            "und korrigieren Sie --catalog.\n"
        )
        assert not (tmp_path / "out").exists()


class TestMisencodedHeader:
    """A header once decoded the wrong way is repaired before mapping, like the cells, and reported."""

    def test_utf8_file_with_one_cp1252_byte(self, write_input: WriteInput, tmp_path: Path) -> None:
        """The file is read as cp1252 (one byte 0xE9); "StraÃŸe 1" maps to Straße 1 and its values upload."""
        text = (
            "Kundennummer;Firmenname;Straße 1\r\n10001;Müller GmbH;Hauptstraße 5\r\n10002;Bäcker KG;Weg 1\r\n"
        )
        data = text.encode("utf-8") + "10003;Café AG;Weg 2\r\n".encode("cp1252")
        out = tmp_path / "out"

        result = check(write_input("k.csv", data), out)

        assert (out / "k.kunden.csv").read_bytes().decode() == (
            "Kundennummer;Firmenname;Straße 1\r\n"
            "10001;Müller GmbH;Hauptstraße 5\r\n10002;Bäcker KG;Weg 1\r\n10003;Café AG;Weg 2\r\n"
        )
        assert "k.unmapped.csv" not in names_in(out)
        header = [i for i in result.issues if i.row == 1]
        assert [(i.column, i.value, i.code, i.severity.value, i.fixed_value, i.message) for i in header] == [
            (
                "Straße 1",
                "StraÃŸe 1",
                "header-mojibake-repaired",
                "fix",
                "Straße 1",
                "Die Überschrift „StraÃŸe 1“ von Spalte 3 war falsch kodiert (UTF-8 als Windows-1252 "
                "gelesen) und heißt hier „Straße 1“.",
            )
        ]
        assert result.accounting["balanced"] is True


# --- point 7: formula injection ---------------------------------------------------------------


class TestFormulaInjection:
    """Files opened in a spreadsheet neutralise = + - @ TAB CR; no fix turns a value into a live formula."""

    RAW = (
        "Kundennummer;Firmenname;Notiz;Ort 1;Telefon 1\r\n"
        "10001;A GmbH;=cmd|' /C calc'!A0;Köln;+49 30 1\r\n"
        "10002;B GmbH;\t=2+2;=1+1;\t+49 30 2\r\n"
        "10003;C GmbH;@SUM(1);\t=1+1;\r\n"
        '99;D GmbH;-x;Bonn;"\r=3"\r\n'
    )

    def test_unmapped_and_rejected_files_are_safe_and_upload_values_stay(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Unmapped and rejected cells get a leading '; "=1+1" uploads as given; "\\t=1+1" is rejected."""
        out = tmp_path / "out"

        check(write_input("k.csv", self.RAW.encode()), out)

        assert (out / "k.kunden.csv").read_bytes() == (
            b"Kundennummer;Firmenname;Ort 1;Telefon 1\r\n"
            b"10001;A GmbH;K\xc3\xb6ln;+49 30 1\r\n"
            b"10002;B GmbH;=1+1;+49 30 2\r\n"
        )
        assert (out / "k.unmapped.csv").read_bytes() == BOM + (
            b"Zeile;Notiz\r\n2;'=cmd|' /C calc'!A0\r\n3;'\t=2+2\r\n"
        )
        rejected = csv_rows((out / "k.rejected.csv").read_bytes(), "utf-8-sig")
        assert [line[:1] + line[2:] for line in rejected] == [
            ["Zeile", "Kundennummer", "Firmenname", "Notiz", "Ort 1", "Telefon 1"],
            ["4", "10003", "C GmbH", "'@SUM(1)", "'\t=1+1", ""],
            ["5", "99", "D GmbH", "'-x", "Bonn", "'\r=3"],
        ]

    def test_trimming_into_a_formula_rejects_the_row(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Trimming "\\t=1+1" or "\\r=3" would make a formula: an error; "\\t+49 30 2" is not."""
        result = check(write_input("k.csv", self.RAW.encode()), tmp_path / "out")

        created = [i for i in result.issues if i.code == "fix-creates-formula"]
        assert [(i.row, i.column, i.value, i.severity.value, i.fixed_value) for i in created] == [
            (4, "Ort 1", "\t=1+1", "error", None),
            (5, "Telefon 1", "\r=3", "error", None),
        ]
        assert created[0].message == (
            "Die Korrektur „Leerzeichen bereinigt“ würde „\t=1+1“ in Ort 1 zu „=1+1“ machen, und ein "
            "Wert, der mit „=“ beginnt, wird von Tabellenprogrammen als Formel ausgeführt. Die Zeile "
            "steht daher mit ihren ursprünglichen Werten in der Datei der abgelehnten Zeilen: ändern Sie "
            "den Wert dort so, dass er nicht mit „=“ beginnt, und prüfen Sie erneut."
        )
        assert result.accounting["balanced"] is True

    def test_splitting_into_a_formula_rejects_the_row(self, write_input: WriteInput, tmp_path: Path) -> None:
        """ "12345 =HYPERLINK(…)" in Ort 1 would leave "=HYPERLINK(…)" in Ort 1; "12345 Berlin" splits."""
        raw = 'Firmenname;PLZ 1;Ort 1\r\nA GmbH;;12345 =HYPERLINK("x")\r\nB GmbH;;12345 Berlin\r\n'
        out = tmp_path / "out"

        result = check(write_input("k.csv", raw.encode()), out)

        created = [(i.row, i.column, i.value) for i in result.issues if i.code == "fix-creates-formula"]
        assert created == [(2, "Ort 1", '12345 =HYPERLINK("x")')]
        assert (out / "k.kunden.csv").read_bytes() == b"Firmenname;PLZ 1;Ort 1\r\nB GmbH;12345;Berlin\r\n"
        rejected = csv_rows((out / "k.rejected.csv").read_bytes(), "utf-8-sig")
        assert rejected[1][2:] == ["A GmbH", "", '12345 =HYPERLINK("x")']


# --- point 8: values the output encoding cannot hold ---------------------------------------


class TestUnencodableValues:
    """``--output-encoding cp1252``: a row cp1252 cannot hold is rejected with the reason; the rest upload."""

    def test_row_rejected_others_written_accounting_balanced(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """ "Łódź" (Ł and ź are not in cp1252) rejects row 3; rows 2 and 4 are in kunden.csv in cp1252."""
        raw = "Kundennummer;Firmenname\r\n10001;Café A GmbH\r\n10002;Łódź Sp. z o.o.\r\n10003;C AG\r\n"
        out = tmp_path / "out"

        result = run_cli(
            "check", write_input("k.csv", raw.encode()), "--out", out, "--output-encoding", "cp1252", "--json"
        )

        assert result.exit_code == 1
        assert (
            out / "k.kunden.csv"
        ).read_bytes() == b"Kundennummer;Firmenname\r\n10001;Caf\xe9 A GmbH\r\n10003;C AG\r\n"
        rejected = csv_rows((out / "k.rejected.csv").read_bytes(), "utf-8-sig")
        assert rejected == [
            ["Zeile", "Ablehnungsgrund", "Kundennummer", "Firmenname"],
            [
                "3",
                "Firmenname: Windows-1252 kann Łź nicht darstellen; die Zeile steht daher in der Datei der "
                "abgelehnten Zeilen, alle anderen in der Upload-Datei. Nehmen Sie --output-encoding utf-8 "
                "oder ersetzen Sie die Zeichen.",
                "10002",
                "Łódź Sp. z o.o.",
            ],
        ]
        report = json.loads(result.stdout)
        assert report["rows"] == {"read": 3, "uploaded": 2, "rejected": 1, "blank_skipped": 0}
        assert report["accounting"] == {
            "cells_non_empty": 6,
            "cells_in_upload": 4,
            "cells_in_rejected": 2,
            "cells_in_unmapped": 0,
            "cells_not_written": 0,
            "balanced": True,
            "rows_not_written": 0,
        }


# --- point 9: bounded resources ----------------------------------------------------------------


class TestColumnCap:
    """At most 1,000 columns (the widest real export has 254): wider files are refused, exit 3."""

    def test_header_of_1001_columns_is_refused(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A header of 1,001 fields: exit 3 with the count, the cap and the options that help."""
        header = ";".join(f"Feld {n}" for n in range(1001))
        path = write_input("breit.csv", f"{header}\r\n{';' * 1000}x\r\n".encode())

        result = run_cli("check", path, "--out", tmp_path / "out")

        assert result.exit_code == 3
        assert result.stderr == (
            f"Fehler: {path} hat 1.001 Spalten; lexoffice-import liest höchstens 1.000 (auch große Exporte "
            "haben selten mehr als 250). Ist das Trennzeichen richtig erkannt (Semikolon)? Geben Sie es "
            "sonst mit --delimiter an, oder exportieren Sie nur die Spalten, die Sie brauchen.\n"
        )
        assert not (tmp_path / "out").exists()

    def test_near_miss_1000_columns_are_read(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Exactly 1,000 columns: read, mapped, its values in the unmapped file."""
        header = "Firmenname;" + ";".join(f"Feld {n}" for n in range(999))
        path = write_input("breit.csv", f"{header}\r\nA GmbH;{';' * 998}x\r\n".encode())

        result = check(path, tmp_path / "out")

        assert len(result.columns) == 1000
        assert result.accounting["cells_in_unmapped"] == 1

    def test_a_record_of_1001_fields_is_refused_with_its_line(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Three columns, but line 3 holds 1,001 fields: refused before 998 surplus columns are made."""
        path = write_input("k.csv", ("A;B;C\r\n1;2;3\r\n" + ";" * 1000 + "x\r\n").encode())

        with pytest.raises(InputUnusableError) as caught:
            check(path, tmp_path / "out")

        assert caught.value.message.startswith(f"{path}: Der Datensatz ab Zeile 3 hat 1.001 Felder;")


#: Rows of the bounded-report input.
ROWS = 3000


def bounded_input(folder: Path, rows: int) -> Path:
    """``rows`` customers, each with "Deutschland" (→ DE, a fix) and a broken e-mail address (an error)."""
    lines = ["Kundennummer;Firmenname;Land 1;E-Mail 1"]
    lines += [f"{10001 + n};Firma {n} GmbH;Deutschland;kaputt{n}@" for n in range(rows)]
    path = folder / "gross.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    return path


@pytest.fixture(scope="module")
def bounded_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], str]:
    """The input of :data:`ROWS` rows, its JSON report and its HTML report."""
    folder = tmp_path_factory.mktemp("bounded")
    result = check(bounded_input(folder, ROWS), folder / "out")
    report = json.loads(result.outputs.report_json.read_text("utf-8"))
    html = (folder / "out" / "gross.report.html").read_text("utf-8")
    return folder / "gross.csv", report, html


class TestBoundedReport:
    """The JSON report lists each distinct fix once and caps long listings, so it stays small."""

    def test_fixes_are_aggregated(self, bounded_run: tuple[Path, dict[str, Any], str]) -> None:
        """One entry for Deutschland → DE with its count and first 20 rows; no fix in ``issues``."""
        _path, report, _html = bounded_run

        assert report["fixes"] == [
            {
                "code": "country-normalized",
                "column": "Land 1",
                "value": "Deutschland",
                "fixed_value": "DE",
                "count": ROWS,
                "rows": list(range(2, 22)),
                "lines": list(range(2, 22)),
                "message": "Land in Land 1 als ISO-Code geschrieben: „Deutschland“ → „DE“.",
            }
        ]
        assert report["fixes_omitted"] == []
        assert {i["severity"] for i in report["issues"]} == {"error"}

    def test_errors_are_capped_with_counts(self, bounded_run: tuple[Path, dict[str, Any], str]) -> None:
        """1,000 of the 3,000 email-invalid errors are listed; the other 2,000 are counted."""
        _path, report, _html = bounded_run

        assert [i["row"] for i in report["issues"]] == list(range(2, 1002))
        assert report["issues_omitted"] == {"email-invalid": 2000}
        assert report["issue_counts"]["by_code"] == {"country-normalized": 3000, "email-invalid": 3000}
        assert report["rows"]["rejected"] == ROWS

    def test_report_does_not_grow_with_the_findings(
        self, bounded_run: tuple[Path, dict[str, Any], str], tmp_path: Path
    ) -> None:
        """Twice the rows (6,000 fixes and errors more) add less than 1 KB to the report."""
        _path, report, _html = bounded_run
        small = Path(report["outputs"]["report_json"]).stat().st_size

        double = check(bounded_input(tmp_path, 2 * ROWS), tmp_path / "out")

        assert double.issue_counts()["by_code"] == {"country-normalized": 6000, "email-invalid": 6000}
        assert double.outputs.report_json.stat().st_size - small < 1000

    def test_html_report_still_shows_the_fixes(self, bounded_run: tuple[Path, dict[str, Any], str]) -> None:
        """The HTML report lists the fix's 20 rows before → after and says how many more there are."""
        _path, _report, html = bounded_run

        assert html.count('<tr data-severity="fix"') == 20
        assert "<del>Deutschland</del> → <ins>DE</ins>" in html
        assert "… weitere 2.980; der JSON-Bericht nennt jede Korrektur einmal, mit ihrer Anzahl" in html
        assert html.count('<tr data-severity="error"') == 200


# --- point 10: configuration errors are errors --------------------------------------------------


#: A small customer file every configuration test reads.
CUSTOMERS = b"Kundennummer;Firmenname;Ort 1\r\n10001;A GmbH;K\xc3\xb6ln\r\n10002;B AG;Bonn\r\n"


class TestConfigurationFiles:
    """Unknown keys in ``--catalog`` and ``--mapping`` files, and a file of the wrong kind, are exit 2."""

    def run(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, *options: str | Path) -> Result:
        """Check the customer file with ``options``; it must end with exit 2 and write nothing."""
        result = run_cli("check", write_input("k.csv", CUSTOMERS), "--out", tmp_path / "out", *options)
        assert result.exit_code == 2, result.stderr
        assert not (tmp_path / "out").exists()
        return result

    def test_misspelled_setting_names_the_key_and_the_right_one(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``suplier_number_max`` was ignored without a word; now it is refused with the likely key."""
        catalog = write_input("katalog.toml", b"[settings]\nsuplier_number_max = 99999\n")

        result = self.run(run_cli, write_input, tmp_path, "--catalog", catalog)

        assert result.stderr == (
            f"Fehler: Die Katalogdatei {catalog} enthält den unbekannten Schlüssel „suplier_number_max“ in "
            "[settings]. Meinten Sie „supplier_number_max“? Erlaubt sind dort: upload_limit_bytes, "
            "customer_number_min, customer_number_max, supplier_number_min, supplier_number_max. "
            "Korrigieren Sie die Datei bei --catalog.\n"
        )

    def test_unknown_key_of_a_column(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """``maxlength`` in a [[column]] is named with its column."""
        catalog = write_input("katalog.toml", b'[[column]]\nname = "Notiz"\nmaxlength = 5\n')

        result = self.run(run_cli, write_input, tmp_path, "--catalog", catalog)

        assert "„maxlength“ in der Spalte „Notiz“ ([[column]]). Meinten Sie „max_length“?" in result.stderr

    def test_mapping_file_given_as_catalog(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A file with [mapping] is no catalog: exit 2, naming --mapping."""
        mapping = write_input("zuordnung.toml", b'[mapping]\n"Firma" = "Firmenname"\n')

        result = self.run(run_cli, write_input, tmp_path, "--catalog", mapping)

        assert result.stderr == (
            f"Fehler: {mapping} ist eine Zuordnungsdatei (Abschnitt [mapping]), keine Katalogdatei. "
            "Geben Sie sie mit --mapping an, nicht mit --catalog.\n"
        )

    def test_catalog_given_as_mapping(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """A file with [settings] and [[column]] is no mapping: exit 2, naming --catalog."""
        catalog = write_input(
            "katalog.toml", b'[settings]\nsupplier_number_max = 99999\n[[column]]\nname = "X"\n'
        )

        result = self.run(run_cli, write_input, tmp_path, "--mapping", catalog)

        assert result.stderr == (
            f"Fehler: {catalog} ist eine Katalogdatei (Spalten und Einstellungen), keine Zuordnungsdatei. "
            "Geben Sie sie mit --catalog an, nicht mit --mapping; eine Zuordnungsdatei schreibt "
            "--save-mapping.\n"
        )

    def test_unknown_key_in_a_mapping_file(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Beside [mapping] a mapping file holds nothing: an extra table is named."""
        mapping = write_input(
            "zuordnung.toml", b'[mapping]\n"Ort 1" = "Ort 1"\n[optionen]\nkind = "suppliers"\n'
        )

        result = self.run(run_cli, write_input, tmp_path, "--mapping", mapping)

        assert result.stderr == (
            f"Fehler: Die Zuordnungsdatei {mapping} (--mapping) enthält den unbekannten Schlüssel "
            "„optionen“; erlaubt ist nur der Abschnitt [mapping]. Korrigieren Sie die Datei oder schreiben "
            "Sie sie mit --save-mapping neu.\n"
        )

    def test_near_miss_a_valid_catalog_and_mapping_are_taken(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """The keys of reference/catalog.toml and a [mapping] table are accepted."""
        catalog = write_input(
            "katalog.toml", b'[settings]\nsupplier_number_max = 99999\n[[column]]\nname = "Notiz"\n'
        )
        mapping = write_input("zuordnung.toml", b'[mapping]\n"Ort 1" = "Ort 1"\n')

        result = check(
            write_input("k.csv", CUSTOMERS), tmp_path / "out", catalog=catalog, mapping_file=mapping
        )

        assert result.settings["supplier_number_range"] == [70000, 99999]


class TestSuspiciousDelimiter:
    """A ``--delimiter`` that leaves one column where another delimiter gives several is a warning."""

    def test_comma_on_a_semicolon_file_names_the_semicolon(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--delimiter ,`` on a ``;`` file: one column, with a warning naming ``;`` and its 3 columns."""
        result = check(write_input("k.csv", CUSTOMERS), tmp_path / "out", delimiter=",")

        assert [(i.row, i.code, i.severity.value, i.message) for i in result.issues][:1] == [
            (
                0,
                "delimiter-suspicious",
                "warning",
                "Mit dem vorgegebenen Trennzeichen Komma hat die Kopfzeile nur eine Spalte; mit Semikolon "
                "wären es 3. Lassen Sie --delimiter weg, damit das Trennzeichen erkannt wird, oder geben Sie "
                "--delimiter ';' an.",
            )
        ]
        assert result.exit_code == 1

    def test_a_sep_line_is_named_not_the_option(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Found by the hostile session: a file's own "sep=," line was blamed on --delimiter, an
        option the user never gave."""
        result = check(write_input("k.csv", b"sep=,\r\n" + CUSTOMERS), tmp_path / "out")

        (warning,) = [i for i in result.issues if i.code == "delimiter-suspicious"]
        assert warning.message.startswith("Die Zeile „sep=“ am Anfang der Datei nennt das Trennzeichen Komma")
        assert "Lassen Sie --delimiter weg" not in warning.message
        assert result.intake.dialect is not None
        assert result.intake.dialect.evidence == "vorgegeben von der Zeile „sep=,“ am Anfang der Datei"

    def test_the_option_overrules_the_sep_line(self, write_input: WriteInput, tmp_path: Path) -> None:
        """--delimiter beside a "sep=" line: the option is used and named as the source."""
        result = check(write_input("k.csv", b"sep=,\r\n" + CUSTOMERS), tmp_path / "out", delimiter=";")
        assert result.intake.dialect is not None
        assert result.intake.dialect.evidence == "vorgegeben mit --delimiter"

    def test_a_sep_line_above_a_title(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A "sep=" line, a title line, then the header (told by its names): still named as the source."""
        raw = b"sep=;\r\nExport vom 01.03.2024;Benutzer: Admin;Mandant 1\r\n" + CUSTOMERS
        result = check(write_input("k.csv", raw), tmp_path / "out")
        assert [i.code for i in result.issues if i.code == "header-guessed"] == ["header-guessed"]
        assert result.intake.dialect is not None
        assert result.intake.dialect.evidence == "vorgegeben von der Zeile „sep=;“ am Anfang der Datei"

    def test_near_misses_no_warning(self, write_input: WriteInput, tmp_path: Path) -> None:
        """The right delimiter, and a file that is one column with any delimiter, get no warning."""
        right = check(write_input("k.csv", CUSTOMERS), tmp_path / "a", delimiter=";")
        single = check(
            write_input("s.csv", b"Firmenname\r\nA GmbH\r\nB AG\r\n"), tmp_path / "b", delimiter=","
        )

        assert [i.code for i in right.issues if i.code == "delimiter-suspicious"] == []
        assert [i.code for i in single.issues if i.code == "delimiter-suspicious"] == []
