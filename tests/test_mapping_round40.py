"""Header mapping found by the 40th session's real-export round (headers verbatim from the public
field lists of NEVARIS, CAS genesisWorld, Xero, OM-BM, co*pilot and Zammad; values made up)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import ClassVar

from helpers import check

from importer.result import CheckResult


def _write(path: Path, lines: list[list[str]], delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(lines)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _rows(result: CheckResult, role: str = "customers") -> list[dict[str, str]]:
    (upload,) = [u for u in result.outputs.upload if u.role == role]
    text = upload.path.read_bytes().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def _unmapped_headers(result: CheckResult) -> list[str]:
    path = result.outputs.unmapped
    assert path is not None
    return next(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


class TestNevarisAddressImport:
    """NEVARIS Finance's address import: "Adressnr." (K00100) beside "Name-Lang" and "Adresse-lang"."""

    HEADERS: ClassVar = [
        "Adressnr.",
        "Name-Lang",
        "Suchbegriff",
        "Adresse-lang",
        "PLZ",
        "Ort",
        "Vorname",
        "Name",
    ]
    ROWS: ClassVar = [
        ["K00100", "Julia Stein", "STEIN", "Dorfstraße 120", "70173", "Stuttgart", "Julia", "Stein"],
        ["K00101", "Blumenhaus Roth", "BLUMENHAUS", "Hauptstraße 41b", "99084", "Erfurt", "", ""],
        ["K00102", "Baumann Reisebüro OHG", "BAUMANN", "Kirchgasse 48", "09111", "Chemnitz", "", ""],
    ]

    def test_the_address_number_is_no_street_and_the_long_name_is_the_row_s_name(
        self, tmp_path: Path
    ) -> None:
        source = _write(tmp_path / "nevaris.csv", [self.HEADERS, *self.ROWS])
        result = check(source, tmp_path / "out")
        fields = ("Firmenname", "Vorname", "Nachname", "Straße 1", "Ort 1")
        assert [tuple(r[f] for f in fields) for r in _rows(result)] == [
            ("", "Julia", "Stein", "Dorfstraße 120", "Stuttgart"),
            ("Blumenhaus Roth", "", "", "Hauptstraße 41b", "Erfurt"),
            ("Baumann Reisebüro OHG", "", "", "Kirchgasse 48", "Chemnitz"),
        ]
        assert result.rows_rejected == 0
        assert "Adressnr." in _unmapped_headers(result)

    def test_a_number_header_is_no_typo_of_a_word_column(self, tmp_path: Path) -> None:
        source = _write(
            tmp_path / "liste.csv",
            [["Firma", "Adressnr.", "PLZ", "Ort"], ["Roth GmbH", "K00100", "10115", "Berlin"]],
        )
        result = check(source, tmp_path / "out")
        columns = {c.source: c for c in result.columns}
        assert (columns["Adressnr."].target, columns["Adressnr."].suggestion) == (None, None)
        assert "Straße 1" not in _rows(result)[0]


class TestCasGenesisWorld:
    """CAS genesisWorld's text export (field names CompName, ChristianName, PhoneFieldStr4 …)."""

    HEADERS: ClassVar = [
        "key", "CompName", "CompName2", "ChristianName", "Name", "Street1", "Zip1", "Town1",
        "PhoneFieldStr4", "PhoneFieldStr2", "FaxFieldStr1", "MailFieldStr1",
    ]  # fmt: skip

    def test_the_fields_fill_their_columns(self, tmp_path: Path) -> None:
        rows = [
            ["P1", "", "", "Stefan", "Haas", "Lindenweg 3", "04109", "Leipzig", "0341 7594762",
             "0160 82167485", "", "stefan.haas@example.de"],
            ["F1", "Reisebüro Schulze", "Inh. Frank Graf", "", "", "Industriestraße 17", "01067",
             "Dresden", "0351 4455667", "", "0351 4455668", "info@schulze.example"],
        ]  # fmt: skip
        source = _write(tmp_path / "adressen.txt", [self.HEADERS, *rows], delimiter="\t")
        result = check(source, tmp_path / "out")
        fields = ("Firmenname", "Adresszusatz 1", "Vorname", "Nachname", "Telefon 1", "Telefon 2", "E-Mail 1")
        assert [tuple(r[f] for f in fields) for r in _rows(result)] == [
            ("", "", "Stefan", "Haas", "0341 7594762", "0160 82167485", "stefan.haas@example.de"),
            ("Reisebüro Schulze", "Inh. Frank Graf", "", "", "0351 4455667", "", "info@schulze.example"),
        ]
        assert "FaxFieldStr1" in _unmapped_headers(result)


def test_a_repeated_contact_s_finding_names_only_what_was_compared(tmp_path: Path) -> None:
    """Two rows with only the same last name (their first names and e-mails in columns not read)
    were said to have "gleichem Namen und gleicher E-Mail-Adresse"."""
    source = _write(
        tmp_path / "liste.csv",
        [
            ["Vorname", "Nachname", "E-Mail", "Ort"],
            ["Anna", "Roth", "a.roth@example.de", "Köln"],
            ["Anna", "Roth", "a.roth@example.de", "Köln"],
            ["", "Haas", "", ""],
            ["", "Haas", "", ""],
        ],
    )
    result = check(source, tmp_path / "out")
    messages = {i.row: i.message for i in result.issues if i.code == "contact-duplicate"}
    assert "gleichem Namen, gleicher E-Mail-Adresse, gleicher Anschrift" in messages[3]
    assert "gleichem Nachnamen (ein Vorname fehlt), beide ohne E-Mail-Adresse und Anschrift" in messages[5]
    assert "gleicher E-Mail-Adresse" not in messages[5]


def test_xero_s_first_two_people_are_the_contact_persons(tmp_path: Path) -> None:
    """Xero's contacts export: "Person1FirstName" … were left unmapped, said to lose to
    "FirstName"; "POAttentionTo" ("z. Hd. Frau …") was unmapped beside a free Adresszusatz 1."""
    headers = [
        "*ContactName", "EmailAddress", "FirstName", "LastName", "POAttentionTo", "POAddressLine1",
        "POCity", "POPostalCode", "Person1FirstName", "Person1LastName", "Person1Email",
        "Person2FirstName", "Person2LastName", "Person2Email", "Person3FirstName", "Person3LastName",
    ]  # fmt: skip
    row = [
        "Autohaus Klein GmbH", "buchhaltung@klein.example", "", "", "z. Hd. Frau Kraus",
        "Industriestraße 80a", "Berlin", "10115", "Andreas", "Groß", "a.gross@klein.example",
        "Jörg", "Schulz", "j.schulz@klein.example", "Lena", "Hahn",
    ]  # fmt: skip
    source = _write(tmp_path / "Contacts.csv", [headers, row], delimiter=",")
    result = check(source, tmp_path / "out")
    (uploaded,) = _rows(result)
    fields = (
        "Firmenname", "E-Mail 1", "Adresszusatz 1", "Straße 1",
        "Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname", "Ansprechpartner 1 E-Mail",
        "Ansprechpartner 2 Vorname", "Ansprechpartner 2 Nachname", "Ansprechpartner 2 E-Mail",
    )  # fmt: skip
    assert tuple(uploaded[f] for f in fields) == (
        "Autohaus Klein GmbH", "buchhaltung@klein.example", "z. Hd. Frau Kraus", "Industriestraße 80a",
        "Andreas", "Groß", "a.gross@klein.example", "Jörg", "Schulz", "j.schulz@klein.example",
    )  # fmt: skip
    unmapped = _unmapped_headers(result)
    assert "Person3FirstName" in unmapped
    assert "Person3LastName" in unmapped


def test_a_contact_name_beside_a_first_name_is_the_surname(tmp_path: Path) -> None:
    """OM-BM's "Zweitadressen": "Kontaktname" beside "Vorname", no surname column; it was left
    unmapped ("Vorname / Nachname sind schon belegt") and the persons rejected without a name."""
    source = _write(
        tmp_path / "zweitadressen.txt",
        [
            ["Anrede", "Vorname", "Kontaktname", "Firma", "Strasse", "PLZ", "Stadt"],
            ["Frau", "Andrea", "Wolff", "", "Königsbrücker Str. 21b", "97070", "Würzburg"],
            ["Herr", "Stefan", "Hoffmann", "Krüger Druckerei e.V.", "Waldstraße 90a", "3011", "Bern"],
        ],
        delimiter="\t",
    )
    result = check(source, tmp_path / "out")
    fields = ("Firmenname", "Vorname", "Nachname", "Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname")
    assert [tuple(r[f] for f in fields) for r in _rows(result)] == [
        ("", "Andrea", "Wolff", "", ""),
        ("Krüger Druckerei e.V.", "", "", "Stefan", "Hoffmann"),
    ]
    assert result.rows_rejected == 0


def test_the_name_column_to_try_is_no_flag(tmp_path: Path) -> None:
    """Zammad's organisation import fixture (spec/fixtures/files/csv_import/organization/
    simple.csv, verbatim): the missing-name warning offered --map "active=Firmenname", a column
    of "false"."""
    source = tmp_path / "simple.csv"
    source.write_text(
        "id;name;members;active\n"
        ";organization-member-import1;customer1-members@example.com\n"
        ";organization-member-import2;customer2-members@example.com;false\n",
        encoding="utf-8",
    )
    result = check(source, tmp_path / "out")
    (warning,) = [i.message for i in result.issues if i.code == "name-columns-missing"]
    assert '--map "name=Firmenname"' in warning
    assert "active=" not in warning


def test_a_flag_column_is_not_offered_as_the_name(tmp_path: Path) -> None:
    source = _write(
        tmp_path / "liste.csv",
        [["Kennung", "aktiv", "Mail"], ["17", "ja", "a@example.de"], ["18", "nein", "b@example.de"]],
    )
    result = check(source, tmp_path / "out")
    (warning,) = [i.message for i in result.issues if i.code == "name-columns-missing"]
    assert "aktiv=" not in warning


def test_co_pilot_s_person_fields_are_the_contact_person_s(tmp_path: Path) -> None:
    """co*pilot's contact import (person*/company* pairs): the person's e-mail and direct line
    filled the company's E-Mail 2 and Telefon 2; its "personAddStreet" was unmapped."""
    headers = [
        "firstName", "lastName", "personStreet", "personAddStreet", "personZip", "personCity",
        "personPhone", "personEmail", "company", "companyStreet", "companyZip", "companyCity",
        "companyPhone", "companyEmail",
    ]  # fmt: skip
    rows = [
        ["Thomas", "Haas", "", "", "", "", "+49 221 86050-43", "thomas.haas@example.de", "Elektro Schröder",
         "Gewerbering 25", "79098", "Freiburg", "+49 221 8605035", "info@schroeder.example"],
        ["Susanne", "Kuhn", "Am Markt 108", "Hinterhaus, 3. OG", "28195", "Bremen", "0421 445566",
         "susanne.kuhn@example.de", "", "", "", "", "", ""],
    ]  # fmt: skip
    source = _write(tmp_path / "kontakte.csv", [headers, *rows])
    result = check(source, tmp_path / "out")
    fields = (
        "Firmenname", "Nachname", "Straße 1", "Adresszusatz 1", "Telefon 1", "Telefon 2", "E-Mail 1",
        "E-Mail 2", "Ansprechpartner 1 Nachname", "Ansprechpartner 1 E-Mail", "Ansprechpartner 1 Telefon",
    )  # fmt: skip
    assert [tuple(r.get(f, "") for f in fields) for r in _rows(result)] == [
        ("Elektro Schröder", "", "Gewerbering 25", "", "+49 221 8605035", "", "info@schroeder.example", "",
         "Haas", "thomas.haas@example.de", "+49 221 86050-43"),
        ("", "Kuhn", "Am Markt 108", "Hinterhaus, 3. OG", "0421 445566", "", "susanne.kuhn@example.de", "",
         "", "", ""),
    ]  # fmt: skip
