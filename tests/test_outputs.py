"""The files ``check`` writes: upload files, their parts, the rejected and the unmapped file, the reports.

Library-level tests call :func:`importer.pipeline.check_file`; a few run the command line.
Every input is built inside its test, so each expectation can be read next to its data.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
from click.testing import Result
from helpers import MESSY, check, csv_rows, names_in
from hypothesis import given, settings
from hypothesis import strategies as st

from importer import fileio, outputs
from importer.catalog import load_catalog
from importer.errors import ConfigurationError, SelfCheckError
from importer.frame import LINE, ROW
from importer.intake import read_contacts
from importer.messages import msg
from importer.outputs import OutputNames, oversized_rows, render_upload, self_check, upload_subset
from importer.pipeline import CheckResult
from importer.report import build_report
from importer.result import Workbook
from importer.writer import row_sizes, split_parts

RunCli = Callable[..., Result]
WriteInput = Callable[[str, bytes], Path]

LIMIT = 2_000_000
BOM = codecs.BOM_UTF8


# --- inputs -------------------------------------------------------------------------------

#: Headers in a foreign order, synonyms, empty columns (Vorname, Telefon) and an unmapped Telefax.
SYNONYMS = (
    "Ort;Firma;Telefon;Kundennummer;E-Mail;Strasse;PLZ;Vorname;Telefax\r\n"
    "Köln;Müller GmbH;;10001;info@mueller.de;Hauptstr. 5;50667;;\r\n"
    "Bonn;Schmidt AG;;10002;;Weg 1;53111;;\r\n"
)

#: Values that need quoting (``;`` and ``"``) next to values that do not (comma, apostrophe, €).
QUOTING = (
    "Ort 1;Firmenname;Kundennummer;Telefax;Straße 1;E-Mail 2\r\n"
    'Köln, Rhein;"Müller; Söhne GmbH";10001;;"Weg ""Alt"" 1";\r\n'
    "Bonn;O'Brien € Ltd;10002;;Gasse 2;\r\n"
)
QUOTING_UPLOAD = (
    "Kundennummer;Firmenname;Straße 1;Ort 1\r\n"
    '10001;"Müller; Söhne GmbH";"Weg ""Alt"" 1";Köln, Rhein\r\n'
    "10002;O'Brien € Ltd;Gasse 2;Bonn\r\n"
)

MESSY_KUNDEN = [
    ["Kundennummer", "Firmenname", "Straße 1", "PLZ 1", "Ort 1", "Land 1"],
    ["10001", "Müller GmbH", "Hauptstr. 5", "01067", "Dresden", "DE"],
    ["10002", "Beide KG", "Weg 3a", "80331", "München", "DE"],
    ["10004", "Kurz", "", "", "", ""],
]
MESSY_LIEFERANTEN = [
    ["Lieferantennummer", "Firmenname", "Straße 1", "PLZ 1", "Ort 1", "Land 1"],
    ["70002", "Beide KG", "Weg 3a", "80331", "München", "DE"],
    ["70003", "Lief AG", "Gasse 1", "10115", "Berlin", "DE"],
]

SPLIT_HEADER = ["Kundennummer", "Firmenname", "Adresszusatz 1", "Straße 1", "PLZ 1", "Ort 1", "Land 1"]


@functools.cache
def split_lines() -> tuple[str, ...]:
    """15,000 clean customer rows (without line ending), exactly as the upload file must hold them."""
    return tuple(
        f"{10000 + i};Bäckerei & Konditorei Müller-Größe Nr. {i} GmbH & Co. KG;"
        f"Hinterhaus, Aufgang Süd, Büro Öztürk-Çelik, Zimmer {i}, bei Familie Jäger-Weiß, "
        "Anlieferung über die Rückseite (Tor 3), Mo–Fr 8–18 Uhr;"
        f"Hauptstraße {i % 200 + 1};{(i * 7) % 90000 + 10000:05d};Überlingen am Bodensee;DE"
        for i in range(15_000)
    )


def split_input() -> bytes:
    """The 15,000 rows as a UTF-8 input whose upload file needs three parts."""
    return (";".join(SPLIT_HEADER) + "\r\n" + "".join(line + "\r\n" for line in split_lines())).encode()


@pytest.fixture(scope="module")
def split_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[CheckResult, Path]:
    """One check of the 15,000-row input; the tests below only read its outputs."""
    folder = tmp_path_factory.mktemp("split")
    path = folder / "gross.csv"
    path.write_bytes(split_input())
    return check(path, folder / "out"), folder / "out"


# --- upload files -------------------------------------------------------------------------


class TestUploadFormat:
    """Upload files hold lexoffice's exact column names in catalog order, ``;``, CRLF and minimal quoting."""

    def test_only_filled_columns_in_catalog_order(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Mapped columns with data appear under their catalog names, in catalog order; empty ones do not."""
        path = write_input("export.csv", SYNONYMS.encode())

        result = check(path, tmp_path / "out")

        assert result.exit_code == 0
        assert (tmp_path / "out" / "export.kunden.csv").read_bytes() == (
            "Kundennummer;Firmenname;Straße 1;PLZ 1;Ort 1;E-Mail 1\r\n"
            "10001;Müller GmbH;Hauptstr. 5;50667;Köln;info@mueller.de\r\n"
            "10002;Schmidt AG;Weg 1;53111;Bonn;\r\n"
        ).encode()
        assert not (tmp_path / "out" / "export.lieferanten.csv").exists()

    def test_quoting_only_where_needed(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A value with ``;`` or ``"`` is quoted (inner quotes doubled); commas, apostrophes and € are not."""
        path = write_input("q.csv", QUOTING.encode())

        check(path, tmp_path / "out")

        assert (tmp_path / "out" / "q.kunden.csv").read_bytes() == QUOTING_UPLOAD.encode()
        assert names_in(tmp_path / "out") == ["q.kunden.csv", "q.report.html", "q.report.json"]

    @pytest.mark.parametrize(
        ("encoding", "expected"),
        [
            ("utf-8", QUOTING_UPLOAD.encode("utf-8")),
            ("utf-8-sig", BOM + QUOTING_UPLOAD.encode("utf-8")),
            ("cp1252", QUOTING_UPLOAD.encode("cp1252")),
        ],
        ids=["utf-8-no-bom", "utf-8-sig-bom", "cp1252"],
    )
    def test_output_encoding(
        self, write_input: WriteInput, tmp_path: Path, encoding: str, expected: bytes
    ) -> None:
        """UTF-8 has no BOM, ``utf-8-sig`` adds one, ``cp1252`` writes one byte per character (€ = 0x80)."""
        path = write_input("q.csv", QUOTING.encode())

        result = check(path, tmp_path / "out", output_encoding=encoding)

        written = (tmp_path / "out" / "q.kunden.csv").read_bytes()
        assert written == expected
        assert [u.to_dict() for u in result.outputs.upload] == [
            {
                "path": str(tmp_path / "out" / "q.kunden.csv"),
                "role": "customers",
                "rows": 2,
                "bytes": len(expected),
                "encoding": encoding,
            }
        ]

    def test_cli_output_encoding_cp1252(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--output-encoding cp1252`` on the command line writes Windows-1252 bytes."""
        path = write_input("q.csv", QUOTING.encode())

        result = run_cli("check", path, "--output-encoding", "cp1252", "--out", tmp_path / "out")

        assert result.exit_code == 0, result.stderr
        written = (tmp_path / "out" / "q.kunden.csv").read_bytes()
        assert b"O'Brien \x80 Ltd" in written
        assert written == QUOTING_UPLOAD.encode("cp1252")


class TestCp1252Unencodable:
    """cp1252 never replaces characters: a row with a value it cannot hold goes to the rejected file."""

    RAW = (
        "Firmenname;Ort 1;Lieferantennummer;Kundennummer\r\n"
        "Müller € GmbH;Köln;;10001\r\n"
        "Firma Łódź;Łódź;;10002\r\n"
        "Lief AG;Bonn;70001;\r\n"
    )

    def test_reported_with_row_and_the_others_written(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Each cell with Ł or ź is an ``output-unencodable`` error; its row is rejected, others upload."""
        path = write_input("c.csv", self.RAW.encode())
        out = tmp_path / "out"

        result = check(path, out, output_encoding="cp1252")

        found = [
            (i.row, i.line, i.column, i.value, i.severity.value, i.message)
            for i in result.issues
            if i.code == "output-unencodable"
        ]
        message = msg("output-unencodable", chars="Łź")
        assert found == [
            (3, 3, "Firmenname", "Firma Łódź", "error", message),
            (3, 3, "Ort 1", "Łódź", "error", message),
        ]
        assert result.exit_code == 1
        assert (
            out / "c.kunden.csv"
        ).read_bytes() == "Kundennummer;Firmenname;Ort 1\r\n10001;Müller € GmbH;Köln\r\n".encode("cp1252")
        assert (
            out / "c.lieferanten.csv"
        ).read_bytes() == b"Lieferantennummer;Firmenname;Ort 1\r\n70001;Lief AG;Bonn\r\n"
        assert [u.path.name for u in result.outputs.upload] == ["c.kunden.csv", "c.lieferanten.csv"]
        assert csv_rows((out / "c.rejected.csv").read_bytes(), "utf-8-sig")[1][2:] == [
            "Firma Łódź",
            "Łódź",
            "",
            "10002",
        ]
        report = build_report(result)
        assert report["rows"] == {"read": 3, "uploaded": 2, "rejected": 1, "blank_skipped": 0}
        assert report["accounting"]["rows_not_written"] == 0
        assert report["accounting"]["balanced"] is True

    def test_a_row_of_both_roles_is_rejected_for_both(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A customer and supplier row with "Ł" is in neither upload file, only in the rejected file."""
        raw = "Kundennummer;Lieferantennummer;Firmenname\r\n10001;70001;Łódź AG\r\n10002;70002;Bonn AG\r\n"
        out = tmp_path / "out"

        result = check(write_input("c.csv", raw.encode()), out, output_encoding="cp1252")

        assert (out / "c.kunden.csv").read_bytes() == b"Kundennummer;Firmenname\r\n10002;Bonn AG\r\n"
        assert (
            out / "c.lieferanten.csv"
        ).read_bytes() == b"Lieferantennummer;Firmenname\r\n70002;Bonn AG\r\n"
        assert result.rows_rejected == 1
        assert result.accounting["balanced"] is True


class TestNamesForSheet:
    """A workbook with contacts on several sheets names each sheet's outputs after the sheet, so
    that checking one sheet after the other into one folder keeps each set (written by hand)."""

    NAMES = OutputNames(Path("/in/mappe.xlsx"), Path("/out"), "mappe", frozenset({Path("/in/mappe.xlsx")}))

    @staticmethod
    def book(sheet: str, others: tuple[str, ...]) -> Workbook:
        return Workbook(sheet, (sheet, *others), others)

    def test_one_contact_sheet_keeps_the_plain_names(self) -> None:
        assert self.NAMES.for_sheet(None) is self.NAMES
        assert self.NAMES.for_sheet(self.book("Kunden", ())) is self.NAMES

    @pytest.mark.parametrize(
        ("sheet", "stem"),
        [
            ("Kunden", "mappe.Kunden"),
            ("Lieferanten 2024", "mappe.Lieferanten 2024"),
            ('A/B\\C:D*E?F"G<H>I|J', "mappe.A_B_C_D_E_F_G_H_I_J"),
            ("Tab\tNeu", "mappe.Tab_Neu"),
            (" .Liste. ", "mappe.Liste"),
            ("...", "mappe._"),
            ("XKunden X", "mappe.XKunden X"),
        ],
    )
    def test_several_contact_sheets_name_the_sheet(self, sheet: str, stem: str) -> None:
        names = self.NAMES.for_sheet(self.book(sheet, ("Andere",)))
        assert (names.input, names.out, names.stem, names.protected) == (
            Path("/in/mappe.xlsx"),
            Path("/out"),
            stem,
            frozenset({Path("/in/mappe.xlsx")}),
        )
        assert names.upload("customers", None) == Path(f"/out/{stem}.kunden.csv")


class TestUploadRowNumbers:
    """Each upload file knows the input's row of every record it holds (the web page cuts a file
    down to the rows not downloaded yet by them)."""

    def test_parts_and_roles(self, write_input: WriteInput, tmp_path: Path) -> None:
        """An upload limit of 80 bytes: the header (25 bytes) and the records of rows 2, 3 and 5
        (18 + 17 + 18) make 78 bytes; rows 7, 8 and 9 (20 + 17 + 16) the next 78, row 10 (18) a
        third part. The rejected row 4 and the supplier (row 6) are in no customer part."""
        catalog = tmp_path / "klein.toml"
        catalog.write_text("[settings]\nupload_limit_bytes = 80\n", encoding="utf-8")
        raw = (
            "Kundennummer;Lieferantennummer;Firmenname\r\n"
            "10001;;Alpha GmbH\r\n"
            "10002;;Beta GmbH\r\n"
            "123;;Falsch GmbH\r\n"
            "10004;;Delta GmbH\r\n"
            ";70001;Lieferant KG\r\n"
            "10005;;Epsilon GmbH\r\n"
            "10006;;Zeta GmbH\r\n"
            "10007;;Eta GmbH\r\n"
            "10008;;Theta GmbH\r\n"
        )

        result = check(write_input("k.csv", raw.encode()), tmp_path / "out", catalog=catalog)

        parts = {u.path.name: u.row_numbers for u in result.outputs.upload}
        assert parts == {
            "k.kunden-1.csv": (2, 3, 5),
            "k.kunden-2.csv": (7, 8, 9),
            "k.kunden-3.csv": (10,),
            "k.lieferanten.csv": (6,),
        }
        for upload in result.outputs.upload:
            lines = upload.path.read_bytes().split(b"\r\n")[1:-1]
            assert len(lines) == len(upload.row_numbers) == upload.rows


class TestUploadSubset:
    """An upload file cut down to some rows keeps the header (and BOM) and the kept records byte for byte."""

    DATA = '\ufeffKundennummer;Firmenname\r\n10001;Alpha GmbH\r\n10002;"Beta; Söhne"\r\n10003;Gamma KG\r\n'

    def test_kept_rows_in_order(self) -> None:
        data = self.DATA.encode("utf-8")
        cut, rows = upload_subset(data, [2, 5, 9], {9, 5})
        assert cut == '\ufeffKundennummer;Firmenname\r\n10002;"Beta; Söhne"\r\n10003;Gamma KG\r\n'.encode()
        assert rows == (5, 9)

    def test_cp1252_bytes_stay_as_written(self) -> None:
        data = "Kundennummer;Firmenname\r\n10001;Müller\r\n10002;Öztürk\r\n".encode("cp1252")
        cut, rows = upload_subset(data, [2, 3], {3})
        assert cut == "Kundennummer;Firmenname\r\n10002;Öztürk\r\n".encode("cp1252")
        assert rows == (3,)

    def test_nothing_kept_leaves_the_header(self) -> None:
        header = "\ufeffKundennummer;Firmenname\r\n".encode()
        assert upload_subset(self.DATA.encode(), [2, 5, 9], set()) == (header, ())

    def test_records_and_rows_must_agree(self) -> None:
        with pytest.raises(ValueError, match="3 upload lines for 2 rows"):
            upload_subset(self.DATA.encode(), [2, 5], {2})
        with pytest.raises(ValueError):
            upload_subset(self.DATA.encode().removesuffix(b"\r\n"), [2, 5, 9], {2})


# --- splitting ----------------------------------------------------------------------------


class TestSplitting:
    """Results over 2,000,000 bytes are split at row boundaries, measured in encoded bytes."""

    def test_input_is_large_enough(self) -> None:
        """By characters the 15,000 rows would fit into two parts, by UTF-8 bytes they need three."""
        text = split_input().decode()
        assert len(text) < 2 * LIMIT < len(text.encode()) < 3 * LIMIT

    def test_parts_are_named_and_under_the_limit(self, split_run: tuple[CheckResult, Path]) -> None:
        """The parts are ``gross.kunden-1.csv`` … ``-3.csv``, each at most 2,000,000 bytes on disk."""
        result, out = split_run

        assert names_in(out) == [
            "gross.kunden-1.csv",
            "gross.kunden-2.csv",
            "gross.kunden-3.csv",
            "gross.report.html",
            "gross.report.json",
        ]
        sizes = [(out / f"gross.kunden-{n}.csv").stat().st_size for n in (1, 2, 3)]
        assert all(size <= LIMIT for size in sizes)
        assert result.exit_code == 0

    def test_every_part_starts_with_the_header_and_rows_keep_their_order(
        self, split_run: tuple[CheckResult, Path]
    ) -> None:
        """Concatenating the parts' rows gives every input row once, in input order."""
        _, out = split_run
        header = ";".join(SPLIT_HEADER) + "\r\n"
        rows: list[str] = []
        for n in (1, 2, 3):
            text = (out / f"gross.kunden-{n}.csv").read_bytes().decode("utf-8")
            assert text.startswith(header)
            assert text.endswith("\r\n")
            rows += text[len(header) :].split("\r\n")[:-1]

        assert rows == list(split_lines())

    def test_a_part_ends_only_when_the_next_row_does_not_fit(
        self, split_run: tuple[CheckResult, Path]
    ) -> None:
        """Each part but the last would exceed 2,000,000 bytes with the first row of the next part."""
        _, out = split_run
        parts = [(out / f"gross.kunden-{n}.csv").read_bytes() for n in (1, 2, 3)]
        header = (";".join(SPLIT_HEADER) + "\r\n").encode()
        for part, following in itertools.pairwise(parts):
            next_row = following[len(header) :].split(b"\r\n", 1)[0] + b"\r\n"
            assert len(part) + len(next_row) > LIMIT

    def test_report_lists_each_part(self, split_run: tuple[CheckResult, Path]) -> None:
        """``outputs.upload`` names every part with its rows and its size on disk; the rows add up."""
        result, out = split_run
        report = build_report(result)

        entries = report["outputs"]["upload"]
        assert [e["path"] for e in entries] == [str(out / f"gross.kunden-{n}.csv") for n in (1, 2, 3)]
        assert [e["bytes"] for e in entries] == [Path(e["path"]).stat().st_size for e in entries]
        assert {(e["role"], e["encoding"]) for e in entries} == {("customers", "utf-8")}
        assert (
            sum(e["rows"] for e in entries) == report["rows"]["uploaded"] == report["rows"]["read"] == 15_000
        )

    def test_parts_read_back_to_the_same_values(self, split_run: tuple[CheckResult, Path]) -> None:
        """Each part re-reads with ``read_contacts`` to the catalog header and the rows written into it."""
        result, _ = split_run
        expected = [line.split(";") for line in split_lines()]
        start = 0
        for upload in result.outputs.upload:
            intake = read_contacts(upload.path)
            assert intake.table.columns == SPLIT_HEADER
            assert intake.table.frame.select(SPLIT_HEADER).rows() == [
                tuple(row) for row in expected[start : start + upload.rows]
            ]
            start += upload.rows
        assert start == len(expected)

    def test_each_part_knows_the_input_rows_of_its_records(self, split_run: tuple[CheckResult, Path]) -> None:
        """``row_numbers`` of the parts, one after the other, are the input's data rows 2 … 15,001,
        one per record of each part (the web page cuts a part down by them)."""
        result, _ = split_run
        numbers = [n for upload in result.outputs.upload for n in upload.row_numbers]
        assert numbers == list(range(2, 15_002))
        assert [len(u.row_numbers) for u in result.outputs.upload] == [u.rows for u in result.outputs.upload]
        assert all("row_numbers" not in entry for entry in build_report(result)["outputs"]["upload"])

    def test_html_report_links_every_part(self, split_run: tuple[CheckResult, Path]) -> None:
        """The HTML report links each part by its file name, relative to the report."""
        _, out = split_run
        html = (out / "gross.report.html").read_text(encoding="utf-8")

        for n in (1, 2, 3):
            assert f'href="gross.kunden-{n}.csv"' in html

    def test_bytes_not_characters_decide(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Under 2,000,000 characters but over 2,000,000 UTF-8 bytes, the result is split into two parts."""
        header = "Firmenname;Ort 1\r\n"
        rows = [f"Firma Nummer {i:06d} Handel GmbH;Köln\r\n" for i in range(51_300)]
        text = header + "".join(rows)
        assert (len(text), len(text.encode())) == (1_949_418, 2_000_718)
        path = write_input("knapp.csv", text.encode())

        result = check(path, tmp_path / "out")

        assert [(u.path.name, u.rows, u.bytes) for u in result.outputs.upload] == [
            ("knapp.kunden-1.csv", 51_281, 1_999_977),
            ("knapp.kunden-2.csv", 19, 759),
        ]
        first = (tmp_path / "out" / "knapp.kunden-1.csv").read_bytes()
        second = (tmp_path / "out" / "knapp.kunden-2.csv").read_bytes()
        assert first == (header + "".join(rows[:51_281])).encode()
        assert second == (header + "".join(rows[51_281:])).encode()

    def test_cp1252_counts_one_byte_per_character(self, write_input: WriteInput, tmp_path: Path) -> None:
        """The same rows written as cp1252 take 1,949,418 bytes and stay in one file."""
        header = "Firmenname;Ort 1\r\n"
        text = header + "".join(f"Firma Nummer {i:06d} Handel GmbH;Köln\r\n" for i in range(51_300))
        path = write_input("knapp.csv", text.encode())

        result = check(path, tmp_path / "out", output_encoding="cp1252")

        assert [(u.path.name, u.rows, u.bytes) for u in result.outputs.upload] == [
            ("knapp.kunden.csv", 51_300, 1_949_418)
        ]
        assert (tmp_path / "out" / "knapp.kunden.csv").read_bytes() == text.encode("cp1252")


# --- round trip ---------------------------------------------------------------------------


class TestRoundTrip:
    """Every upload file reads back with the tool's own reader to the header and values written."""

    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
    def test_upload_files_read_back(self, write_input: WriteInput, tmp_path: Path, encoding: str) -> None:
        """Customers and suppliers of a messy input re-read to exactly the cleaned rows."""
        path = write_input("messy.csv", MESSY.encode())

        result = check(path, tmp_path / "out", output_encoding=encoding)

        assert [u.path.name for u in result.outputs.upload] == ["messy.kunden.csv", "messy.lieferanten.csv"]
        for upload, expected in zip(result.outputs.upload, (MESSY_KUNDEN, MESSY_LIEFERANTEN), strict=True):
            intake = read_contacts(upload.path)
            assert intake.table.columns == expected[0]
            assert intake.table.frame.select(expected[0]).rows() == [tuple(r) for r in expected[1:]]
            assert intake.dialect.delimiter == ";"
            assert intake.dialect.line_terminator == "\r\n"
            assert (
                csv_rows(upload.path.read_bytes(), "utf-8-sig" if encoding == "utf-8-sig" else encoding)
                == expected
            )


# --- rejected and unmapped files ----------------------------------------------------------


class TestRejectedFile:
    """``<stem>.rejected.csv`` holds rejected rows with their original columns and values, Excel-safe."""

    RAW = (
        "Kundennummer;Firmenname;Land;Bemerkung\r\n"
        "10001;=Müller GmbH;DE;@privat\r\n"
        "123; Schmidt   AG ;Deutschland;=1+1\r\n"
        "10001;+Doppel AG;de;-5\r\n"
        "10003;Gut GmbH;DE;\r\n"
    )

    def test_bytes_header_and_original_values(self, write_input: WriteInput, tmp_path: Path) -> None:
        """UTF-8 with BOM; Zeile, Ablehnungsgrund, then every input column with its uncleaned value."""
        path = write_input("r.csv", self.RAW.encode())

        result = check(path, tmp_path / "out")

        reasons: dict[int, list[str]] = {}
        for issue in result.issues:
            if issue.severity.value == "error":
                reasons.setdefault(issue.row, []).append(f"{issue.column}: {issue.message}")
        assert sorted(reasons) == [3, 4]
        data = (tmp_path / "out" / "r.rejected.csv").read_bytes()
        assert data.startswith(BOM + b"Zeile;Ablehnungsgrund;Kundennummer;Firmenname;Land;Bemerkung\r\n")
        assert csv_rows(data, "utf-8-sig") == [
            ["Zeile", "Ablehnungsgrund", "Kundennummer", "Firmenname", "Land", "Bemerkung"],
            ["3", " | ".join(reasons[3]), "123", " Schmidt   AG ", "Deutschland", "'=1+1"],
            ["4", " | ".join(reasons[4]), "10001", "'+Doppel AG", "de", "'-5"],
        ]
        assert (result.rows_read, result.rows_uploaded, result.rows_rejected) == (4, 2, 2)

    def test_rendered_a_slice_at_a_time_while_written(
        self, write_input: WriteInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Slices of one input row: the same file, written in pieces as they are rendered (BOM and
        header, then one per slice), never joined in memory first."""
        path = write_input("r.csv", self.RAW.encode())
        monkeypatch.setattr(outputs, "_RENDER_CHUNK", 1)
        pieces: list[int] = []
        real_write_new = fileio._write_new

        def write_new(target: Path, data: fileio.Data) -> tuple[str, int]:
            if not isinstance(data, bytes):
                data = list(data)
                pieces.append(len(data))
            return real_write_new(target, data)

        monkeypatch.setattr(fileio, "_write_new", write_new)

        result = check(path, tmp_path / "out")

        messages = {(i.row, i.column): i.message for i in result.issues if i.severity.value == "error"}
        assert sorted(messages) == [(3, "Kundennummer"), (4, "Kundennummer")]
        assert csv_rows((tmp_path / "out" / "r.rejected.csv").read_bytes(), "utf-8-sig") == [
            ["Zeile", "Ablehnungsgrund", "Kundennummer", "Firmenname", "Land", "Bemerkung"],
            [
                "3",
                "Kundennummer: " + messages[3, "Kundennummer"],
                "123",
                " Schmidt   AG ",
                "Deutschland",
                "'=1+1",
            ],
            ["4", "Kundennummer: " + messages[4, "Kundennummer"], "10001", "'+Doppel AG", "de", "'-5"],
        ]
        assert 1 + 4 in pieces  # the rejected file: header, then the 4 input rows' slices (2 empty)

    def test_reasons_of_one_row_joined_in_column_order(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Two errors in one row: one reason cell, "column: message" each, joined by " | " (written out)."""
        raw = "Kundennummer;Firmenname;PLZ;Land\r\n123;A GmbH;12;DE\r\n10002;B AG;50667;DE\r\n"
        path = write_input("z.csv", raw.encode())

        check(path, tmp_path / "out")

        assert csv_rows((tmp_path / "out" / "z.rejected.csv").read_bytes(), "utf-8-sig")[1] == [
            "2",
            "Kundennummer: Die Kundennummer „123“ ist ungültig: erlaubt sind genau 5 Ziffern von 10000 bis "
            "69999. Korrigieren Sie sie oder lassen Sie das Feld leer, dann vergibt lexoffice eine Nummer. | "
            "PLZ 1: Die PLZ „12“ in PLZ 1 ist ungültig: in Deutschland (Land 1 = DE) hat eine PLZ genau 5 "
            "Ziffern. Korrigieren Sie die PLZ oder das Land.",
            "123",
            "A GmbH",
            "12",
            "DE",
        ]

    def test_upload_file_keeps_formula_like_values(self, write_input: WriteInput, tmp_path: Path) -> None:
        """The ' prefix is only for the rejected file: the upload file has ``=Müller GmbH`` unchanged."""
        path = write_input("r.csv", self.RAW.encode())

        check(path, tmp_path / "out")

        assert (tmp_path / "out" / "r.kunden.csv").read_bytes() == (
            "Kundennummer;Firmenname;Land 1\r\n10001;=Müller GmbH;DE\r\n10003;Gut GmbH;DE\r\n"
        ).encode()

    def test_english_headers(self, write_input: WriteInput, tmp_path: Path) -> None:
        """With ``lang="en"`` the first two columns are called Row and Reason."""
        path = write_input("r.csv", self.RAW.encode())

        check(path, tmp_path / "out", lang="en")

        data = (tmp_path / "out" / "r.rejected.csv").read_bytes()
        assert csv_rows(data, "utf-8-sig")[0] == [
            "Row",
            "Reason",
            "Kundennummer",
            "Firmenname",
            "Land",
            "Bemerkung",
        ]

    def test_no_file_without_rejected_rows(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A run without rejected rows writes no rejected file and reports ``outputs.rejected`` as null."""
        path = write_input("q.csv", QUOTING.encode())

        result = check(path, tmp_path / "out")

        assert not (tmp_path / "out" / "q.rejected.csv").exists()
        assert build_report(result)["outputs"]["rejected"] is None


def test_a_files_own_row_column_is_told_apart_in_the_unmapped_file(tmp_path: Path) -> None:
    """The file's own "Zeile" column beside the row number: the header was "Zeile;Zeile"."""
    source = tmp_path / "kunden.csv"
    source.write_text(
        "Zeile;Firma;Ort;Notiz\n1;Müller GmbH;Berlin;x\n2;Schmidt AG;Köln;y\n", encoding="utf-8"
    )
    result = check(source, tmp_path / "out")
    assert result.outputs.unmapped is not None
    assert csv_rows(result.outputs.unmapped.read_bytes(), "utf-8-sig") == [
        ["Zeile", "Zeile (aus der Datei)", "Notiz"],
        ["2", "1", "x"],
        ["3", "2", "y"],
    ]


class TestRowTooLarge:
    """A row that cannot fit into any upload file beside the header is rejected, not a crash."""

    @staticmethod
    def raw(length: int) -> bytes:
        return f"Firmenname;Straße;Ort\r\nGroß GmbH;{'x' * length};Köln\r\nKlein AG;Weg 1;Bonn\r\n".encode()

    @staticmethod
    def long_streets(tmp_path: Path) -> Path:
        """A catalog that lets Straße 1 hold 3,000,000 characters (the shipped one allows 255)."""
        path = tmp_path / "lange-strassen.toml"
        path.write_text('[[column]]\nname = "Straße 1"\nmax_length = 3000000\n', encoding="utf-8")
        return path

    def test_rejected_with_its_size_and_longest_value(self, write_input: WriteInput, tmp_path: Path) -> None:
        path = write_input("big.csv", self.raw(2_100_000))

        result = check(path, tmp_path / "out", catalog=self.long_streets(tmp_path))

        found = [(i.row, i.column, i.code, i.severity.value) for i in result.issues]
        assert found == [(2, "Straße 1", "row-too-large", "error")]
        assert "2.100.000 Zeichen" in result.issues[0].message
        assert (result.rows_uploaded, result.rows_rejected, result.exit_code) == (1, 1, 1)
        assert csv_rows((tmp_path / "out" / "big.kunden.csv").read_bytes())[1:] == [
            ["Klein AG", "Weg 1", "Bonn"]
        ]
        rejected = csv_rows((tmp_path / "out" / "big.rejected.csv").read_bytes(), "utf-8-sig")
        assert [r[0] for r in rejected[1:]] == ["2"]
        assert result.accounting["balanced"] is True

    def test_near_miss_a_large_row_that_fits(self, write_input: WriteInput, tmp_path: Path) -> None:
        path = write_input("big.csv", self.raw(1_900_000))

        result = check(path, tmp_path / "out", catalog=self.long_streets(tmp_path))

        assert list(result.issues) == []
        assert result.rows_uploaded == 2
        assert (tmp_path / "out" / "big.kunden.csv").stat().st_size <= LIMIT


class TestOutputNamesOfARun:
    """``OutputNames.for_inputs``: one run's inputs never share output names (names written out)."""

    @staticmethod
    def stems(inputs: list[Path], out: Path) -> list[str]:
        return [names.stem for names in OutputNames.for_inputs([(path, out) for path in inputs])]

    def test_one_input_keeps_its_stem(self, tmp_path: Path) -> None:
        names = OutputNames.for_input(tmp_path / "kunden.csv", tmp_path / "out")
        assert (names.stem, names.out, names.protected) == (
            "kunden",
            tmp_path / "out",
            frozenset({(tmp_path / "kunden.csv").resolve()}),
        )

    def test_same_stem_in_two_folders_takes_the_folder_names(self, tmp_path: Path) -> None:
        inputs = [tmp_path / "a" / "kunden.csv", tmp_path / "b" / "kunden.csv"]
        result = OutputNames.for_inputs([(path, tmp_path / "out") for path in inputs])
        assert [n.stem for n in result] == ["a-kunden", "b-kunden"]
        assert all(n.protected == {path.resolve() for path in inputs} for n in result)

    def test_same_stem_other_extension_takes_the_file_name(self, tmp_path: Path) -> None:
        assert self.stems([tmp_path / "x.csv", tmp_path / "x.txt"], tmp_path / "out") == ["x.csv", "x.txt"]

    def test_only_the_clashing_inputs_get_longer_names(self, tmp_path: Path) -> None:
        inputs = [tmp_path / "a" / "k.csv", tmp_path / "b" / "k.csv", tmp_path / "a" / "k.txt"]
        assert self.stems(inputs, tmp_path / "out") == ["a-k", "b-k", "k.txt"]

    def test_different_output_folders_do_not_clash(self, tmp_path: Path) -> None:
        result = OutputNames.for_inputs(
            [(tmp_path / "a" / "k.csv", tmp_path / "o1"), (tmp_path / "b" / "k.csv", tmp_path / "o2")]
        )
        assert [(n.stem, n.out) for n in result] == [("k", tmp_path / "o1"), ("k", tmp_path / "o2")]

    @pytest.mark.parametrize(
        ("first", "second", "third"), [("X.csv", "x.CSV", None), ("k.csv", "k.csv", "k.csv")]
    )
    def test_names_alike_but_for_case_are_a_usage_error(
        self, tmp_path: Path, first: str, second: str, third: str | None
    ) -> None:
        """Windows and macOS ignore case: X.csv and x.CSV (or one file three times) cannot all be
        written; the message names the first two."""
        inputs = [tmp_path / first, tmp_path / second] + ([tmp_path / third] if third else [])
        with pytest.raises(ConfigurationError) as raised:
            self.stems(inputs, tmp_path / "out")
        assert raised.value.message == (
            f"{tmp_path / first} und {tmp_path / second} ergäben in {tmp_path / 'out'} "
            "gleichnamige Ausgaben. "
            "Benennen Sie eine der Dateien um oder prüfen Sie sie mit verschiedenen --out-Ordnern."
        )

    @pytest.mark.parametrize(
        ("inputs", "stems"),
        [
            (["/a/k.csv", "/b/k.csv"], ["a-k", "b-k"]),  # the folder right below the root
            (["/x/a/k.csv", "/y/a/k.csv"], ["x-a-k", "y-a-k"]),  # two folders, joined by "-"
            (
                ["/a/k.csv", "/b/k.csv", "/a/k.txt", "/b/k.txt"],
                ["a-k.csv", "b-k.csv", "a-k.txt", "b-k.txt"],  # folder and extension both needed
            ),
        ],
    )
    def test_folder_names_as_deep_as_needed(self, inputs: list[str], stems: list[str]) -> None:
        """Names are worked out from the paths alone (nothing is read): paths that need not exist."""
        assert self.stems([Path(p) for p in inputs], Path("/out")) == stems

    def test_standard_input_is_called_stdin(self, tmp_path: Path) -> None:
        result = OutputNames.for_inputs(
            [(Path("-"), tmp_path / "out"), (tmp_path / "k.csv", tmp_path / "out")]
        )
        assert [n.stem for n in result] == ["stdin", "k"]
        assert result[0].protected == {(tmp_path / "k.csv").resolve()}


class TestRefusedRowsLeaveNoTrace:
    """Rows the upload files cannot take are left out before the files are laid out: their
    columns and sizes play no part in what is uploaded (expected files written out by hand)."""

    def test_an_unencodable_row_does_not_decide_the_columns(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """cp1252 output: the row with "Ł" is rejected; the other row's Ort 1 is uploaded."""
        path = write_input("u.csv", "Firmenname;Ort\r\nŁukasz GmbH;\r\nB GmbH;Bonn\r\n".encode())

        result = check(path, tmp_path / "out", output_encoding="cp1252")

        assert [(i.row, i.column, i.code) for i in result.issues] == [(2, "Firmenname", "output-unencodable")]
        assert (tmp_path / "out" / "u.kunden.csv").read_bytes() == b"Firmenname;Ort 1\r\nB GmbH;Bonn\r\n"

    def test_a_row_too_large_for_one_role_is_left_out_of_both(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A customer and supplier row that fits beside the customers' header but not beside the
        suppliers' longer one: rejected, and neither file is laid out with its columns."""
        catalog = TestRowTooLarge.long_streets(tmp_path)
        # the row fills the customers' file to 2 bytes short of the limit; the suppliers' header
        # (Lieferantennummer, Ort 1) and the row's empty Ort 1 add 12 bytes
        customers = len("Kundennummer;Firmenname;Straße 1\r\n".encode()) + len(
            "10001;Groß GmbH;\r\n".encode()
        )
        street = "x" * (LIMIT - 2 - customers)
        raw = (
            "Kundennummer;Lieferantennummer;Firmenname;Straße;Ort\r\n"
            f"10001;70001;Groß GmbH;{street};\r\n"
            "10002;;Kunde AG;;\r\n"
            ";70002;Klein AG;;Bonn\r\n"
        )
        path = write_input("b.csv", raw.encode())

        result = check(path, tmp_path / "out", catalog=catalog)

        assert [(i.row, i.column, i.code) for i in result.issues] == [
            (2, "Lieferantennummer", "role-both"),
            (2, "Straße 1", "address-incomplete"),  # a street of x's, no PLZ, no Ort
            (2, "Straße 1", "row-too-large"),
        ]
        assert (
            tmp_path / "out" / "b.kunden.csv"
        ).read_bytes() == b"Kundennummer;Firmenname\r\n10002;Kunde AG\r\n"
        assert (tmp_path / "out" / "b.lieferanten.csv").read_bytes() == (
            b"Lieferantennummer;Firmenname;Ort 1\r\n70002;Klein AG;Bonn\r\n"
        )
        rejected = csv_rows((tmp_path / "out" / "b.rejected.csv").read_bytes(), "utf-8-sig")
        assert [r[0] for r in rejected[1:]] == ["2"]


class TestUnmappedFile:
    """``<stem>.unmapped.csv`` keeps the values of columns lexoffice has no field for, keyed by row."""

    RAW = (
        "Kundennummer;Matchcode;Firmenname;Telefax;IBAN;Bemerkung\r\n"
        "10001;MUE;Müller GmbH;0351-1;DE02120300000000202051;=SUMME(A1)\r\n"
        "10002;;Schmidt AG;;;\r\n"
        '10003;;Meier KG;;;"Zeile 1\r\nZeile 2; mit ""Zitat"""\r\n'
        "10004;+X;Vogel OHG;;;\r\n"
    )

    def test_columns_rows_and_values(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Zeile plus each unmapped column; only rows with a value; a value a spreadsheet runs gets a '."""
        path = write_input("u.csv", self.RAW.encode())

        result = check(path, tmp_path / "out")

        assert result.rows_rejected == 0
        data = (tmp_path / "out" / "u.unmapped.csv").read_bytes()
        assert data == BOM + (
            b"Zeile;Matchcode;Telefax;IBAN;Bemerkung\r\n"
            b"2;MUE;0351-1;DE02120300000000202051;'=SUMME(A1)\r\n"
            b'4;;;;"Zeile 1\r\nZeile 2; mit ""Zitat"""\r\n'
            b"5;'+X;;;\r\n"
        )
        assert [(c["source"], c["destination"]) for c in build_report(result)["columns"]] == [
            ("Kundennummer", "upload"),
            ("Matchcode", "unmapped"),
            ("Firmenname", "upload"),
            ("Telefax", "unmapped"),
            ("IBAN", "unmapped"),
            ("Bemerkung", "unmapped"),
        ]
        assert build_report(result)["outputs"]["unmapped"] == str(tmp_path / "out" / "u.unmapped.csv")


# --- stale and half-written outputs -------------------------------------------------------


class TestStaleOutputs:
    """A new run of the same input removes the outputs of an earlier run it does not produce again."""

    def test_old_parts_are_removed(self, run_cli: RunCli, tmp_path: Path) -> None:
        """After a split run, a run that fits into one file leaves only ``gross.kunden.csv``."""
        path = tmp_path / "gross.csv"
        out = tmp_path / "out"
        path.write_bytes(split_input())
        assert run_cli("check", path, "--out", out).exit_code == 0
        assert (out / "gross.kunden-3.csv").exists()
        path.write_bytes(SYNONYMS.encode())

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 0, result.stderr
        assert names_in(out) == ["gross.kunden.csv", "gross.report.html", "gross.report.json"]

    def test_old_rejected_and_unmapped_files_are_removed(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Once the rejected rows and the unmapped column are fixed, their old files are gone."""
        path = write_input("k.csv", TestRejectedFile.RAW.encode())
        out = tmp_path / "out"
        check(path, out)
        assert (out / "k.rejected.csv").exists()
        assert (out / "k.unmapped.csv").exists()
        path.write_bytes(QUOTING.encode())

        check(path, out)

        assert names_in(out) == ["k.kunden.csv", "k.report.html", "k.report.json"]

    def test_other_inputs_outputs_are_kept(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Outputs of another input in the same folder are not touched."""
        out = tmp_path / "out"
        check(write_input("a.csv", QUOTING.encode()), out)
        check(write_input("b.csv", SYNONYMS.encode()), out)

        assert names_in(out) == [
            "a.kunden.csv",
            "a.report.html",
            "a.report.json",
            "b.kunden.csv",
            "b.report.html",
            "b.report.json",
        ]


class TestNoHalfWrittenOutput:
    """Outputs are written only when the whole run succeeded."""

    @pytest.mark.parametrize(
        "data",
        [b"", b"Kundennummer;Firmenname\r\n", b'Name;Ort\r\nA;"Bonn\r\n', bytes(range(1, 9)) * 40],
        ids=["empty", "header-only", "unclosed-quote", "binary"],
    )
    def test_unusable_input_writes_nothing(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, data: bytes
    ) -> None:
        """An unusable input ends with exit 3 and --out is not even created."""
        out = tmp_path / "out"

        result = run_cli("check", write_input("k.csv", data), "--out", out)

        assert result.exit_code == 3
        assert not out.exists()

    def test_failed_self_check_writes_nothing(
        self, write_input: WriteInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """When the re-read of an upload file fails, no output at all is written."""

        def fail(*_args: object, **_kwargs: object) -> None:
            raise SelfCheckError("kaputt")

        monkeypatch.setattr("importer.outputs.self_check", fail)
        out = tmp_path / "out"

        with pytest.raises(SelfCheckError):
            check(write_input("m.csv", MESSY.encode()), out)

        assert not out.exists()

    def test_write_files_false(self, write_input: WriteInput, tmp_path: Path) -> None:
        """``write_files=False`` returns the full result and writes nothing."""
        out = tmp_path / "out"

        result = check(write_input("m.csv", MESSY.encode()), out, write_files=False)

        assert [u.path for u in result.outputs.upload] == [out / "m.kunden.csv", out / "m.lieferanten.csv"]
        assert not out.exists()


# --- reports ------------------------------------------------------------------------------


class TestHtmlReport:
    """The HTML report is written next to the outputs and links them by relative path."""

    def test_links_upload_rejected_and_unmapped_files(self, write_input: WriteInput, tmp_path: Path) -> None:
        """``messy.report.html`` links both upload files by their bare file names."""
        path = write_input("messy.csv", MESSY.encode())
        out = tmp_path / "out"

        result = check(path, out)

        assert result.outputs.report_html == out / "messy.report.html"
        html = (out / "messy.report.html").read_text(encoding="utf-8")
        links = set(re.findall(r'href="([^"#][^"]*)"', html))
        assert {"messy.kunden.csv", "messy.lieferanten.csv"} <= links
        assert not any(link.startswith(("/", str(tmp_path))) for link in links)

    def test_no_html(self, write_input: WriteInput, tmp_path: Path) -> None:
        """``html=False`` (``--no-html``) writes no HTML report."""
        path = write_input("q.csv", QUOTING.encode())

        result = check(path, tmp_path / "out", html=False)

        assert result.outputs.report_html is None
        assert names_in(tmp_path / "out") == ["q.kunden.csv", "q.report.json"]


class TestPartSizes:
    """The split depends on row sizes computed without writing the rows; they must be exact."""

    @settings(deadline=None)
    @given(
        st.lists(
            st.lists(
                st.one_of(st.none(), st.text(alphabet='ab ;"\r\näß€„', max_size=8)), min_size=3, max_size=3
            ),
            max_size=12,
        ),
        st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
        st.integers(min_value=120, max_value=400),
    )
    def test_each_part_is_as_large_as_computed(
        self, rows: list[list[str | None]], encoding: str, limit: int
    ) -> None:
        """Parts are cut greedily at the limit; each row measured by Python's csv module, not row_sizes."""
        import csv
        import io

        import polars as pl

        from importer.writer import split_parts

        def line(fields: list[str]) -> bytes:
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerow(fields)
            return buffer.getvalue().encode("cp1252" if encoding == "cp1252" else "utf-8")

        columns = ["Firmenname", "Straße; Nr", 'Notiz "x"']
        frame = pl.DataFrame(rows, schema=dict.fromkeys(columns, pl.String), orient="row")
        sizes = [len(line([v or "" for v in row])) for row in rows]
        head = len(line(columns)) + (3 if encoding == "utf-8-sig" else 0)
        # The plain way: take rows while they fit beside the header, then start a new part.
        expected: list[tuple[int, int]] = []
        start, used = 0, head
        for n, size in enumerate(sizes):
            if used + size > limit:
                expected.append((start, n))
                start, used = n, head
            used += size
        expected.append((start, len(rows)))

        parts = split_parts(frame, columns, encoding, limit)

        assert [(p.start, p.stop) for p in parts] == expected
        assert [len(p.data) for p in parts] == [head + sum(sizes[a:b]) for a, b in expected]
        assert all(len(p.data) <= limit for p in parts)


class TestSelfCheckEdges:
    """The upload self-check on hand-written files at its edges: an empty file, a one-column file."""

    def test_empty_file_fails_the_check_not_the_reader(self, tmp_path: Path) -> None:
        """Zero bytes for two meant records: the self-check names the empty header (no reader error)."""
        rows = pl.DataFrame({"Kundennummer": ["10001", "10002"], "Firmenname": ["A GmbH", "B AG"]})

        with pytest.raises(SelfCheckError, match=r"\(header read back as \[\]\)"):
            self_check(b"", tmp_path / "k.csv", rows, ["Kundennummer", "Firmenname"], load_catalog(), "utf-8")

    def test_one_column_file_is_judged_by_its_header_alone(self, tmp_path: Path) -> None:
        """One column meant, two written with ``,``: the header is named, no delimiter is demanded.

        A one-column upload has no delimiter of its own to read back, so the check names only the
        header it found.
        """
        rows = pl.DataFrame({"Firmenname": ["A"]})

        with pytest.raises(SelfCheckError, match=r"\(header read back as \['Firmenname,Ort 1'\]\)"):
            self_check(
                b"Firmenname,Ort 1\r\nA,Bonn\r\n",
                tmp_path / "k.csv",
                rows,
                ["Firmenname"],
                load_catalog(),
                "utf-8",
            )


class TestOversizedRows:
    """A row that cannot fit into any upload file beside the header, counted by hand."""

    def test_row_one_byte_over_is_named_with_its_longest_value(self) -> None:
        """Limit 2,000 bytes, header ``Firmenname;Ort 1`` + CRLF = 18 bytes.

        Row 2 takes 1,975 + ``;Bonn`` + CRLF = 1,982 bytes: exactly the limit with the header, it
        fits. Row 3 takes 1,983 bytes, one too many: rejected, on its own line 9, naming its longest
        value's column (Firmenname, not the alphabetically last Ort 1) and both sizes exactly.
        """
        catalog = load_catalog()
        catalog.settings["upload_limit_bytes"] = 2_000
        rows = pl.DataFrame(
            {
                ROW: [2, 3],
                LINE: [5, 9],
                "Firmenname": ["a" * 1_975, "b" * 1_976],
                "Ort 1": ["Bonn", "Bonn"],
            }
        )

        issues, sizes = oversized_rows(rows, ["Firmenname", "Ort 1"], catalog, "utf-8")

        assert sizes is None
        assert [(i.row, i.line, i.column, i.code) for i in issues] == [(3, 9, "Firmenname", "row-too-large")]
        assert issues[0].message == (
            "Die Zeile braucht in der Upload-Datei 2,0 kB (1.983 Bytes) und passt mit der Kopfzeile in "
            "keine Datei bis 2,0 kB (2.000 Bytes). Kürzen Sie den längsten Wert (Firmenname, 1.976 Zeichen)."
        )


class TestWriterEdges:
    """Row sizes and parts for tables without columns or with empty cells, counted by hand."""

    def test_rows_without_columns_are_empty_lines(self) -> None:
        """No columns: each row is CRLF alone (2 bytes); the file is the empty header and two empty lines."""
        frame = pl.DataFrame({"ignored": ["x", "y"]})

        assert row_sizes(frame, [], "utf-8").to_list() == [2, 2]
        (part,) = split_parts(frame, [], "utf-8", 100)
        assert (part.start, part.stop, part.data) == (0, 2, b"\r\n\r\n\r\n")

    def test_empty_cells_take_no_bytes(self) -> None:
        """A null cell is an empty field: ``;y`` + CRLF and ``x;`` + CRLF are 4 bytes each."""
        frame = pl.DataFrame({"a": [None, "x"], "b": ["y", None]})

        assert row_sizes(frame, ["a", "b"], "utf-8").to_list() == [4, 4]


class TestRenderUpload:
    """The upload files of one role, each self-checked before anything is written."""

    def test_failed_self_check_names_the_upload_file(self, tmp_path: Path) -> None:
        """A column that is no lexoffice column fails the self-check, which names the file it refused."""
        names = OutputNames(input=tmp_path / "k.csv", out=tmp_path / "out", stem="k")
        rows = pl.DataFrame({"Fantasie": ["x"]})

        with pytest.raises(SelfCheckError) as caught:
            render_upload(rows, "customers", ["Fantasie"], load_catalog(), names, "utf-8")

        assert f"Die Upload-Datei {tmp_path / 'out' / 'k.kunden.csv'} hat die Kontrolle" in str(caught.value)
        assert "header read back as ['Fantasie']" in str(caught.value)
