"""vCard address books (.vcf) read as a table: real exports of Apple, eM Client and phone books
(tests/data/vcard, with provenance), and the vCard rules a hand-written file exercises."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import RunCli
from helpers import check
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.catalog import load_catalog
from importer.errors import InputUnusableError
from importer.exitcodes import ExitCode
from importer.intake import intake_bytes, read_contacts
from importer.mapping import map_headers
from importer.model import Severity
from importer.report import build_report
from importer.vcard_reader import INFO_COLUMNS, OTHER_PROPERTY

DATA = Path(__file__).parent / "data" / "vcard"


def cells(path: Path) -> list[dict[str, str]]:
    """The table the reader made: one dict of filled cells per contact."""
    frame = read_contacts(path).table.frame
    columns = [c for c in frame.columns if not c.startswith("__")]
    return [{k: v for k, v in row.items() if k in columns and v} for row in frame.iter_rows(named=True)]


def card(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]) + "\r\n").encode("utf-8")


def write(tmp_path: Path, data: bytes, name: str = "kontakte.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


class TestRealExports:
    """Each exporter's contact as the table's cells (expected values copied by hand from the files)."""

    def test_apple_address_book(self) -> None:
        """macOS Address Book 6: work address first (it is pref), labels of grouped properties as
        the type, every other property in a column of its own. The person's home address and
        number beside the organisation's work ones are the contact person's."""
        (row,) = cells(DATA / "apple_macos_addressbook6.vcf")
        assert {k: row[k] for k in ("Vorname", "Nachname", "Firmenname", "E-Mail 1", "E-Mail 2")} == {
            "Vorname": "Lars",
            "Nachname": "Kneschke",
            "Firmenname": "Organisation",
            "E-Mail 1": "l.kneschke@metaways.de",
            "E-Mail 2": "email other",
        }
        assert (row["Ansprechpartner 1 E-Mail"], row["Ansprechpartner 1 Telefon"]) == (
            "lars@kneschke.de",
            "+49 PRIVAT",
        )
        assert (row["Telefon 1"], row["Telefon 2"]) == ("+49 BUSINESS", "Tel Zentrale")
        assert (row["Straße 1"], row["PLZ 1"], row["Ort 1"], row["Land 1"]) == (
            "Address Business 1",
            "12345",
            "City Business",
            "COUNTRY BUSINESS",
        )
        assert row["vCard: weitere Adresse"] == "home: Address Privat 1, 12345 City Privat, COUNTRY PRIVAT"
        assert (
            row["vCard: weitere Adresse (2)"]
            == "other: andere sta..e, andere plz andere stan..e, andere land"
        )
        assert (row["vCard: Fax"], row["vCard: Fax (2)"]) == ("+49 FAX PRIVAT", "+49 FAX")
        assert row["vCard: Notiz"] == "Notes\nwith\nLine Break"
        assert row["vCard: Kennung (UID)"] == "2d935ec3-c22d-4aa5-aa80-66ea39bd9703"
        assert row["vCard-Eigenschaft X-ABRELATEDNAMES (13)"] == "Andere"
        assert "X-ABLabel" not in " ".join(row)  # read as the type, not a column

    def test_apple_ios(self) -> None:
        """iOS 5: prefix, additional name and suffix in N, department in ORG; beside the
        organisation its work address is address 1, the person's preferred home address a
        further one, and the person's preferred home e-mail address the contact person's."""
        (row,) = cells(DATA / "apple_ios5.vcf")
        assert (row["Anrede"], row["Vorname"], row["Nachname"], row["vCard: Namenszusatz"]) == (
            "Prefix",
            "Lars Paul",
            "Kneschke",
            "Suffix",
        )
        assert (row["Firmenname"], row["vCard: Abteilung"]) == ("Organisation", "Department")
        assert (row["Straße 1"], row["vCard: Adresstyp"]) == ("Pickhuben 2", "work")
        assert row["vCard: weitere Adresse"] == "home: Address Privat 1, 12345 City Privat, COUNTRY PRIVAT"
        assert (row["E-Mail 1"], row["Ansprechpartner 1 E-Mail"]) == (
            "l.kneschke@metaways.de",
            "lars@kneschke.de",
        )
        assert (row["Telefon 1"], row["Telefon 2"]) == ("+49 MOBIL", "+49 BUSINESS")
        assert row["vCard: Webseite"] == "www.heise.de"

    def test_display_name_kept_only_when_it_says_more(self) -> None:
        """FN that differs from N ("Titel AAASync AAASync" beside N Kneschke;Lars) is kept; FN that
        repeats N ("alex spass" beside N spass;alex) gets no column."""
        (ios,) = cells(DATA / "apple_ios5.vcf")
        assert ios["vCard: Anzeigename (FN)"] == "Titel AAASync AAASync"
        assert all(
            "Anzeigename" not in column
            for row in cells(DATA / "two_contacts_encoding_line.vcf")
            for column in row
        )

    def test_em_client(self) -> None:
        """eM Client: the TYPE list "WORK,VOICE,PREF" makes the business number Telefon 1."""
        (row,) = cells(DATA / "emclient5.vcf")
        assert (row["Telefon 1"], row["E-Mail 1"], row["E-Mail 2"]) == (
            "+49 BUSINESS",
            "business@email.de",
            "privat@email.de",
        )
        assert (row["Straße 1"], row["Ort 1"]) == ("Address Business", "City Business")
        assert row["vCard: Geburtstag"] == "1950-01-26"
        assert row["vCard: Sortiername"] == "Nach, Vor"

    def test_broken_lines_are_kept_and_named(self) -> None:
        """A second address line left unfolded is no property: kept in its contact's row, named
        in a finding. "FN:München, Falk" (an unescaped comma) only repeats N: no column."""
        intake = read_contacts(DATA / "broken_label_lines.vcf")
        (row,) = cells(DATA / "broken_label_lines.vcf")
        assert (row["vCard: nicht lesbare Zeile"], row["vCard: nicht lesbare Zeile (2)"]) == (
            "21255 Bad Vilbel",
            "40222 Düsseldorf",
        )
        assert (row["Vorname"], row["Nachname"]) == ("Falk", "München")
        assert "vCard: Anzeigename (FN)" not in row
        assert [(i.code, i.row, i.value) for i in intake.table.issues] == [
            ("vcard-line-unreadable", 2, "21255 Bad Vilbel")
        ]

    def test_lines_outside_contacts_are_named(self) -> None:
        """The stray "ENCODING:UTF-8" before the first contact is named; both contacts are read."""
        intake = read_contacts(DATA / "two_contacts_encoding_line.vcf")
        assert intake.table.records == 2
        (issue,) = intake.table.issues
        assert (issue.code, issue.line, issue.value) == ("vcard-line-unreadable", 1, "ENCODING:UTF-8")
        assert "außerhalb" in issue.message

    def test_name_from_display_name_beside_organisation(self, tmp_path: Path) -> None:
        """vCard 2.1 without N: FN beside ORG names the contact person, and the report says so."""
        result = check(DATA / "without_n_v21.vcf", tmp_path / "out")
        (upload,) = result.outputs.upload
        rows = list(csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";"))
        assert [
            (r["Firmenname"], r["Ansprechpartner 1 Vorname"], r["Ansprechpartner 1 Nachname"]) for r in rows
        ] == [("Mein Schiff", "Hans", "Müller")]
        fixes = [(i.code, i.severity, i.value) for i in result.issues if i.code == "vcard-name-from-fn"]
        assert fixes == [("vcard-name-from-fn", Severity.FIX, "Hans Müller")]

    @pytest.mark.parametrize("path", sorted(DATA.glob("*.vcf")), ids=lambda p: p.name)
    def test_every_cell_is_accounted_for(self, path: Path, tmp_path: Path) -> None:
        """Every cell the reader made ends in the upload, rejected or unmapped file."""
        result = check(path, tmp_path / "out")
        accounting = build_report(result)["accounting"]
        assert accounting["balanced"] is True
        assert accounting["cells_not_written"] == 0


class TestVcardRules:
    """What the vCard formats define, on cards written for the case."""

    def test_outlook_quoted_printable_in_its_code_page(self, tmp_path: Path) -> None:
        """Outlook's vCard 2.1: quoted-printable in Windows-1252, a soft line break, bare types."""
        data = card(
            "VERSION:2.1",
            "N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen",
            "NOTE;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite Zeile, die Outlook =",
            "umbricht",
            "TEL;WORK;VOICE:+49 351 1234567",
            "EMAIL;PREF;INTERNET:juergen@example.com",
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["Vorname"], row["Nachname"]) == ("Jürgen", "Müller")
        assert row["vCard: Notiz"] == "Erste Zeile\r\nZweite Zeile, die Outlook umbricht"
        assert (row["Telefon 1"], row["E-Mail 1"]) == ("+49 351 1234567", "juergen@example.com")

    def test_utf8_quoted_printable_without_charset(self, tmp_path: Path) -> None:
        """Android writes UTF-8 bytes in quoted-printable without naming the charset."""
        data = card("VERSION:2.1", "N;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Ay=C5=9Fe;;;")
        (row,) = cells(write(tmp_path, data))
        assert (row["Vorname"], row["Nachname"]) == ("Ayşe", "Öztürk")

    def test_folding_escapes_and_structured_values(self, tmp_path: Path) -> None:
        """Folded lines are joined; "\\," and "\\;" stay inside their component."""
        data = card(
            "VERSION:3.0",
            "N:Meier\\, Schulze;Anna;;Frau;",
            "ORG:Bau\\; Boden GmbH;Einkauf",
            "ADR;TYPE=work:;Haus B;Lange Stra",
            " ße 12;Dresden;;01067;Deutschland",
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["Anrede"], row["Vorname"], row["Nachname"]) == ("Frau", "Anna", "Meier, Schulze")
        assert (row["Firmenname"], row["vCard: Abteilung"]) == ("Bau; Boden GmbH", "Einkauf")
        assert (row["Adresszusatz 1"], row["Straße 1"], row["PLZ 1"]) == (
            "Haus B",
            "Lange Straße 12",
            "01067",
        )

    def test_home_address_when_there_is_no_other(self, tmp_path: Path) -> None:
        """A private customer has only a home address: it is address 1, and the type says home."""
        data = card("VERSION:3.0", "N:Berg;Eva", "ADR;TYPE=HOME:;;Am Teich 3;Leipzig;;04109;Deutschland")
        (row,) = cells(write(tmp_path, data))
        assert (row["Straße 1"], row["Ort 1"], row["vCard: Adresstyp"]) == ("Am Teich 3", "Leipzig", "home")

    def test_a_company_s_address_before_the_contact_s_home(self, tmp_path: Path) -> None:
        """A company's card with the contact person's home address listed first and the company's
        without a type (as Android and Outlook write it): the company gets its own address; the
        home address is kept in the column of further addresses. Without an organisation the
        first address stays address 1."""
        addresses = (
            "ADR;TYPE=HOME:;;Am Teich 3;Leipzig;;04109;Deutschland",
            "ADR:;;Industriestraße 12;Stuttgart;;70565;Deutschland",
        )
        company = card("VERSION:3.0", "N:Berg;Eva", "ORG:Berg Metallbau GmbH", *addresses)
        person = card("VERSION:3.0", "N:Kahl;Kurt", *addresses)
        first, second = cells(write(tmp_path, company + person))
        assert (first["Straße 1"], first["Ort 1"]) == ("Industriestraße 12", "Stuttgart")
        assert first["vCard: weitere Adresse"] == "home: Am Teich 3, 04109 Leipzig, Deutschland"
        assert (second["Straße 1"], second["Ort 1"]) == ("Am Teich 3", "Leipzig")

    def test_a_company_s_work_address_before_the_person_s_preferred_home(self, tmp_path: Path) -> None:
        """iPhone's card of a company's contact person: the person's home address is preferred,
        the company's work address second. The company is uploaded with its work address, the
        home address goes to the unmapped file; a private person's card (no ORG) keeps the home
        address as address 1 even when the work address is preferred."""
        company = card(
            "VERSION:3.0",
            "N:Günther;Jörg;;;",
            "ORG:Softwarehaus Martin;Vertrieb",
            "item1.ADR;type=HOME;type=pref:;;Am Anger 66;Innsbruck;Tirol;6020;Österreich",
            "item2.ADR;type=WORK:;;Bahnhofstraße 15;Erfurt;Thüringen;99084;Deutschland",
        )
        person = card(
            "VERSION:3.0",
            "N:Neumann;Sabine;;;",
            "ADR;TYPE=WORK,PREF:;;Hauptstraße 1;Leipzig;;04109;Deutschland",
            "ADR;TYPE=HOME:;;Am Markt 82;Salzburg;;5020;Österreich",
        )
        result = check(write(tmp_path, company + person), tmp_path / "out")
        (upload,) = result.outputs.upload
        rows = list(csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";"))
        assert [(r["Firmenname"], r["Straße 1"], r["PLZ 1"], r["Ort 1"], r["Land 1"]) for r in rows] == [
            ("Softwarehaus Martin", "Bahnhofstraße 15", "99084", "Erfurt", "DE"),
            ("", "Am Markt 82", "5020", "Salzburg", "AT"),
        ]
        assert result.outputs.unmapped is not None
        unmapped = result.outputs.unmapped.read_text(encoding="utf-8-sig")
        assert "home: Am Anger 66, 6020 Innsbruck, Tirol, Österreich" in unmapped
        assert "work: Hauptstraße 1, 04109 Leipzig, Deutschland" in unmapped

    def test_billing_and_delivery_labels_choose_address_1_and_2(self, tmp_path: Path) -> None:
        """Apple's own labels ("Rechnungsadresse", "Lieferadresse", "Billing", "Shipping"): the
        billing address is address 1 even beside a preferred work address, the delivery address
        is lexoffice's address 2 (its shipping address); the work address goes to the unmapped
        file. An unlabelled further address never becomes address 2."""
        data = (
            card(
                "VERSION:3.0",
                "FN:Reisebüro Maier GmbH",
                "ORG:Reisebüro Maier GmbH;",
                "item1.ADR;type=WORK;type=pref:;;Königsbrücker Str. 25a;Hannover;;30159;Deutschland",
                "item2.ADR:;Tor 2;Lagerweg 3;Kassel;Hessen;34117;Deutschland",
                "item2.X-ABLabel:Lieferadresse",
                "item3.ADR:;;Königsbrücker Str. 59;Freiburg im Breisgau;;79098;Deutschland",
                "item3.X-ABLabel:Rechnungsadresse",
            )
            + card(
                "VERSION:3.0",
                "N:Kahl;Kurt;;;",
                "item1.ADR;type=HOME:;;Am Teich 3;Leipzig;;04109;Deutschland",
                "item2.ADR:;;Hafenstraße 9;Rostock;;18055;Deutschland",
                "item2.X-ABLabel:Shipping",
            )
            + card(
                "VERSION:3.0",
                "N:Roth;Anna;;;",
                "ADR;TYPE=HOME:;;Am Teich 5;Leipzig;;04109;Deutschland",
                "ADR;TYPE=WORK:;;Werkstraße 2;Halle;;06108;Deutschland",
            )
        )
        result = check(write(tmp_path, data), tmp_path / "out")
        (upload,) = result.outputs.upload
        rows = list(csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";"))
        first = ("Straße 1", "PLZ 1", "Ort 1")
        second = ("Straße 2", "Adresszusatz 2", "PLZ 2", "Ort 2")
        assert [tuple(r[c] for c in (*first, *second)) for r in rows] == [
            (
                "Königsbrücker Str. 59",
                "79098",
                "Freiburg im Breisgau",
                "Lagerweg 3",
                "Tor 2",
                "34117",
                "Kassel",
            ),
            ("Am Teich 3", "04109", "Leipzig", "Hafenstraße 9", "", "18055", "Rostock"),
            ("Am Teich 5", "04109", "Leipzig", "", "", "", ""),
        ]
        assert result.outputs.unmapped is not None
        unmapped = list(
            csv.DictReader(
                io.StringIO(result.outputs.unmapped.read_text(encoding="utf-8-sig")), delimiter=";"
            )
        )
        assert unmapped[0][INFO_COLUMNS["address"]] == (
            "work: Königsbrücker Str. 25a, 30159 Hannover, Deutschland"
        )
        assert unmapped[0][INFO_COLUMNS["region-2"]] == "Hessen"
        assert unmapped[2][INFO_COLUMNS["address"]] == "work: Werkstraße 2, 06108 Halle, Deutschland"

    def test_country_from_apple_address_format(self, tmp_path: Path) -> None:
        """Apple keeps an address's country as its format ("item1.X-ABADR:us", verbatim from a horde
        test card) and may leave ADR's country empty: the Atlanta address is uploaded with Land 1
        US, not as a German one, and the report says where the country came from. A country the
        ADR names wins over the format."""
        data = card(
            "VERSION:3.0",
            "N:Braunstein;Sharon;;;",
            "ORG:Seed & Feed\\, Inc.;",
            "item1.ADR;type=HOME;type=pref:;;Attn\\: Sharon Braunstein\\nP.O. Box 5396;Atlanta;GA;31107;",
            "item1.X-ABLabel:bill to",
            "item1.X-ABADR:us",
        ) + card(
            "VERSION:3.0",
            "N:Berg;Eva;;;",
            "item1.ADR;type=HOME:;;Am Markt 82;Salzburg;;5020;Österreich",
            "item1.X-ABADR:de",
        )
        result = check(write(tmp_path, data), tmp_path / "out")
        (upload,) = result.outputs.upload
        rows = list(csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";"))
        assert [(r["Ort 1"], r["Land 1"]) for r in rows] == [("Atlanta", "US"), ("Salzburg", "AT")]
        found = [
            (i.code, i.row, i.column, i.value) for i in result.issues if i.code == "vcard-country-from-format"
        ]
        assert found == [("vcard-country-from-format", 2, "Land 1", "US")]

    def test_the_person_s_own_address_and_number_are_the_contact_person_s(self, tmp_path: Path) -> None:
        """iPhone's card of a company's contact person with a private (HOME) and a work e-mail
        address and number: the company gets the work ones, the contact person the private ones
        (lexoffice's Ansprechpartner 1 E-Mail and Telefon), not the company's E-Mail 1. Without a
        work address beside it, or without an organisation, the private address stays E-Mail 1."""
        both = card(
            "VERSION:3.0",
            "N:Günther;Jörg;;;",
            "ORG:Softwarehaus Martin;Vertrieb",
            "EMAIL;type=INTERNET;type=HOME;type=pref:joerg.guenther@gmx.de",
            "EMAIL;type=INTERNET;type=WORK:joerg.guenther@softwarehaus-martin.de",
            "TEL;type=CELL;type=VOICE;type=pref:+49 171 8295405",
            "TEL;type=WORK;type=VOICE:+49 40 7584916",
            "TEL;type=HOME;type=VOICE:+49 941 5014422",
        )
        private_only = card(
            "VERSION:3.0",
            "N:Winkler;Petra;;;",
            "ORG:Sommer Bäckerei e.K.;",
            "EMAIL;type=INTERNET;type=HOME:petra.winkler@posteo.de",
        )
        person = card(
            "VERSION:3.0",
            "N:Neumann;Sabine;;;",
            "EMAIL;type=INTERNET;type=HOME;type=pref:sabine.neumann@gmx.de",
            "EMAIL;type=INTERNET;type=WORK:s.neumann@example.de",
        )
        result = check(write(tmp_path, both + private_only + person), tmp_path / "out")
        (upload,) = result.outputs.upload
        rows = list(csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";"))
        columns = ("E-Mail 1", "E-Mail 2", "Ansprechpartner 1 E-Mail", "Ansprechpartner 1 Telefon")
        assert tuple(rows[0][c] for c in columns) == (
            "joerg.guenther@softwarehaus-martin.de",
            "",
            "joerg.guenther@gmx.de",
            "+49 941 5014422",
        )
        assert [(r["E-Mail 1"], r["E-Mail 2"]) for r in rows[1:]] == [
            ("petra.winkler@posteo.de", ""),
            ("sabine.neumann@gmx.de", "s.neumann@example.de"),
        ]
        assert (rows[0]["Telefon 1"], rows[0]["Telefon 2"]) == ("+49 171 8295405", "+49 40 7584916")
        assert (rows[0]["Ansprechpartner 1 Vorname"], rows[0]["Ansprechpartner 1 Nachname"]) == (
            "Jörg",
            "Günther",
        )

    def test_the_person_s_own_details_with_company_person_keep(self, tmp_path: Path) -> None:
        """With ``--company-person keep`` the person stays on the company's row: the private
        e-mail address becomes the row's free E-Mail 2, the private number (Telefon 1 and 2
        taken) goes to the unmapped file, and the row is uploaded, not rejected for a contact
        person without a name."""
        data = card(
            "VERSION:3.0",
            "N:Winkler;Petra;;;",
            "ORG:Sommer Bäckerei e.K.;Einkauf",
            "EMAIL;type=INTERNET;type=HOME;type=pref:petra.winkler@posteo.de",
            "EMAIL;type=INTERNET;type=WORK:petra.winkler@sommer-baeckerei.de",
            "TEL;type=CELL;type=VOICE;type=pref:0171 13665519",
            "TEL;type=WORK;type=VOICE:0351 2578636",
            "TEL;type=HOME;type=VOICE:0941 5014422",
        )
        result = check(write(tmp_path, data), tmp_path / "out", company_person="keep")
        assert (result.rows_read, result.rows_uploaded) == (1, 1)
        (upload,) = result.outputs.upload
        (row,) = csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";")
        assert (row["Nachname"], row["E-Mail 1"], row["E-Mail 2"]) == (
            "Winkler",
            "petra.winkler@sommer-baeckerei.de",
            "petra.winkler@posteo.de",
        )
        assert "0941 5014422" not in upload.path.read_text(encoding="utf-8")
        assert result.outputs.unmapped is not None
        assert "0941 5014422" in result.outputs.unmapped.read_text(encoding="utf-8-sig")
        assert build_report(result)["accounting"]["balanced"] is True

    def test_photos_are_counted_not_read(self, tmp_path: Path) -> None:
        """A photo's base64 data is no cell; one finding counts what was left out."""
        data = card(
            "VERSION:3.0",
            "N:Berg;Eva",
            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
            " /2wBDAAMCAgICAgMCAgIDAwMD",
        ) + card("VERSION:4.0", "N:Kahl;Kurt", "PHOTO:data:image/png;base64,iVBORw0KGgo=")
        intake = read_contacts(write(tmp_path, data))
        assert not [c for c in intake.table.columns if "PHOTO" in c]
        (issue,) = intake.table.issues
        assert (issue.code, issue.severity) == ("vcard-binary-skipped", Severity.WARNING)
        assert "Fotos ×2" in issue.message

    def test_company_card_without_person(self, tmp_path: Path) -> None:
        """Apple's company card: empty N, FN the same as ORG: a company, no contact person."""
        data = card(
            "VERSION:3.0", "N:;;;;", "FN:Keller Bau GmbH", "ORG:Keller Bau GmbH;", "X-ABShowAs:COMPANY"
        )
        (row,) = cells(write(tmp_path, data))
        assert {k: v for k, v in row.items() if not k.startswith("vCard")} == {
            "Firmenname": "Keller Bau GmbH"
        }

    def test_quoted_printable_without_charset(self, tmp_path: Path) -> None:
        """The Bat!'s vCard 2.1 (roundcube's tests/src/thebat.vcf) writes quoted-printable text
        in the system's code page without naming it: "Iksi=F1ski" is Polish "Iksiński" (Windows-
        1250) but reads "Iksiñski" in Windows-1252, and was uploaded so, exit 0. It is still read
        so (no other guess is better), with a warning naming the value; UTF-8 bytes need none."""
        data = card("VERSION:2.1", "N;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr")
        data += card("VERSION:2.1", "N;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Anna")
        intake = read_contacts(write(tmp_path, data))
        rows = intake.table.frame.select("Nachname").to_series().to_list()
        assert rows == ["Iksiñski", "Müller"]
        assert [(i.code, i.row, i.severity) for i in intake.table.issues] == [
            ("vcard-charset-guessed", 2, Severity.WARNING)
        ]
        assert "„Iksiñski Piotr“" in intake.table.issues[0].message

    def test_company_card_without_org(self, tmp_path: Path) -> None:
        """A card marked "show as company" with its name in N and FN and no ORG (Group-Office's
        organisations, the thirty-third session's real exports) was a private person called
        "Group-Office"; a person's card without the mark stays a person's."""
        data = card("VERSION:3.0", "N:Group-Office;;;;", "FN:Group-Office", "X-ABSHOWAS:COMPANY")
        data += card("VERSION:3.0", "N:Berg;Eva;;;", "FN:Eva Berg")
        company, person = cells(write(tmp_path, data))
        assert {k: v for k, v in company.items() if not k.startswith("vCard")} == {
            "Firmenname": "Group-Office"
        }
        assert (person["Vorname"], person["Nachname"]) == ("Eva", "Berg")

    def test_company_name_in_display_name_only(self, tmp_path: Path) -> None:
        """No N, no ORG, FN with a legal form: the Firmenname."""
        (row,) = cells(write(tmp_path, card("VERSION:2.1", "FN:Autohaus Meier KG")))
        assert row["Firmenname"] == "Autohaus Meier KG"
        assert "Nachname" not in row

    def test_unterminated_contact_is_read(self, tmp_path: Path) -> None:
        """A file cut off before END:VCARD: its last contact is still read."""
        path = write(tmp_path, b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Eva\r\n")
        assert cells(path) == [{"Vorname": "Eva", "Nachname": "Berg"}]

    def test_no_contact_is_refused(self, tmp_path: Path) -> None:
        """A file that starts like a vCard but holds no contact block: refused, named."""
        path = write(tmp_path, b"BEGIN:VCARDS\r\nN:Berg;Eva\r\nEND:VCARDS\r\n")
        with pytest.raises(InputUnusableError, match="keinen Kontakt"):
            read_contacts(path)

    def test_info_columns_never_map(self) -> None:
        """No column the reader makes for what lexoffice lacks is mapped or suggested, also with
        a number after it (a second fax) and for any property's name."""
        properties = [
            "NAME",
            "LANG",
            "TZ",
            "GEO",
            "GENDER",
            "KIND",
            "X-AIM",
            "IMPP",
            "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        ]
        headers = [*INFO_COLUMNS.values(), *(OTHER_PROPERTY.format(name=p) for p in properties)]
        slots = [
            "E-Mail 1",
            "E-Mail 2",
            "Telefon 1",
            "Telefon 2",
            INFO_COLUMNS["email"],
            INFO_COLUMNS["phone"],
            "Ansprechpartner 1 E-Mail",
            "Ansprechpartner 1 Telefon",
        ]
        headers += [INFO_COLUMNS["label"].format(column=c) for c in slots]
        headers += [f"{h} (2)" for h in headers]
        found = [(c.source, c.target, c.suggestion) for c in map_headers(headers, load_catalog())]
        assert [f for f in found if f[1] or f[2]] == []


class TestHostileCards:
    """Broken and unusual files found by a hostile-input session: no contact and no value lost."""

    def test_begin_inside_an_open_contact_keeps_both(self, tmp_path: Path) -> None:
        """A contact whose END:VCARD is missing before the next BEGIN: both are rows, in file order,
        and the open one is named."""
        data = (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Eins;Anna;;;\r\nEMAIL:anna@x.de\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zwei;Bert;;;\r\nEND:VCARD\r\n"
        )
        path = write(tmp_path, data)
        assert cells(path) == [
            {"Vorname": "Anna", "Nachname": "Eins", "E-Mail 1": "anna@x.de"},
            {"Vorname": "Bert", "Nachname": "Zwei"},
        ]
        assert [(i.code, i.row) for i in read_contacts(path).table.issues] == [("vcard-not-terminated", 2)]

    def test_agent_card_inside_a_contact(self, tmp_path: Path) -> None:
        """vCard 2.1's AGENT holds a whole vCard: the outer contact goes on after it, and the
        agent's card is its AGENT's value, no contact of its own."""
        data = card(
            "VERSION:2.1",
            "N:Chef;Carl",
            "AGENT:",
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N:Assistenz;Ada",
            "END:VCARD",
            "TEL;WORK:0301234567",
        )
        rows = cells(write(tmp_path, data))
        assert rows[0]["Nachname"] == "Chef"
        assert rows[0]["Telefon 1"] == "0301234567"
        assert len(rows) == 1
        assert rows[0][INFO_COLUMNS["AGENT"]] == "N:Assistenz;Ada"

    def test_soft_break_before_end_does_not_swallow_it(self, tmp_path: Path) -> None:
        """A quoted-printable value ending in "=" (Funambol) right before END:VCARD."""
        data = card("VERSION:2.1", "N:Eins;Anna", "NOTE;ENCODING=QUOTED-PRINTABLE:Rabatt 5% =") + card(
            "VERSION:2.1", "N:Zwei;Bert"
        )
        assert [r["Nachname"] for r in cells(write(tmp_path, data))] == ["Eins", "Zwei"]

    def test_extra_components_are_kept_aside(self, tmp_path: Path) -> None:
        """An unescaped ";" in a street or RFC 9554's further name components: nothing cut off."""
        data = card(
            "VERSION:4.0",
            "N:García;José;;Sr.;;López;Jr.",
            "ADR;TYPE=WORK:;;Hauptstr. 1;Hinterhaus;Berlin;;10115;Deutschland",
        )
        (row,) = cells(write(tmp_path, data))
        assert row["vCard: weitere Namensteile"] == "López; Jr."
        assert row["vCard: weitere Adressteile"] == "Deutschland"

    def test_only_cr_and_lf_end_a_line(self, tmp_path: Path) -> None:
        """U+2028 or a form feed inside a note is no line break: no e-mail address taken from it."""
        data = card(
            "VERSION:3.0", "N:Sep;Lina;;;", "NOTE:Bitte anrufen\u2028EMAIL:alt@x.de", "ORG:Firma\x0cAG"
        )
        (row,) = cells(write(tmp_path, data))
        assert "E-Mail 1" not in row
        assert row["vCard: Notiz"] == "Bitte anrufen\u2028EMAIL:alt@x.de"

    def test_uri_values(self, tmp_path: Path) -> None:
        """vCard 4 writes numbers and addresses as URIs: the number and the address are taken."""
        data = card(
            "VERSION:4.0",
            "N:Test;Uwe;;;",
            "TEL;VALUE=uri;TYPE=work:tel:+49-30-1234567",
            "EMAIL:mailto:u@x.de",
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["Telefon 1"], row["E-Mail 1"]) == ("+49-30-1234567", "u@x.de")

    def test_titles_in_the_prefix_stay_with_the_first_name(self, tmp_path: Path) -> None:
        """N's prefix "Frau Prof. Dr.": the salutation is the Anrede, the titles go with the first
        name (as in a one-cell name); FN is not combined with N's prefix."""
        data = card("VERSION:3.0", "N:Weber;Anna;;Frau Prof. Dr.;") + card(
            "VERSION:3.0", "N:;;;Dr.;", "FN:Dr. Hans Müller"
        )
        rows = cells(write(tmp_path, data))
        assert (rows[0]["Anrede"], rows[0]["Vorname"]) == ("Frau", "Prof. Dr. Anna")
        assert (rows[1].get("Anrede"), rows[1]["Vorname"], rows[1]["Nachname"]) == (
            None,
            "Dr. Hans",
            "Müller",
        )

    def test_display_name_that_is_a_number_is_no_name(self, tmp_path: Path) -> None:
        """A phone contact saved without a name (FN is its number): no name made of the number."""
        (row,) = cells(
            write(tmp_path, card("VERSION:3.0", "FN:+49 171 1234567", "TEL;TYPE=CELL:+49 171 1234567"))
        )
        assert "Nachname" not in row
        assert row["vCard: Anzeigename (FN)"] == "+49 171 1234567"

    def test_empty_values_take_no_slot(self, tmp_path: Path) -> None:
        data = card(
            "VERSION:3.0", "N:A;B;;;", "EMAIL;TYPE=WORK:", "EMAIL:b@x.de", "TEL;TYPE=WORK:", "TEL:0301234567"
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["E-Mail 1"], row["Telefon 1"]) == ("b@x.de", "0301234567")

    def test_escaped_colon(self, tmp_path: Path) -> None:
        (row,) = cells(write(tmp_path, card("VERSION:3.0", "N:A;B;;;", "URL:https\\://example.de")))
        assert row["vCard: Webseite"] == "https://example.de"

    @pytest.mark.parametrize("codec", ["latin-1", "utf-16"])
    def test_binary_bytes_are_refused(self, codec: str, tmp_path: Path) -> None:
        """NUL bytes are no address book: refused like a binary CSV file, with the way to export
        an address book anew (not Lexware Faktura's CSV export)."""
        text = "BEGIN:VCARD\r\nN:Bin;Bea\r\n\x00\x01\x02\xff\xfe\r\nEND:VCARD\r\n"
        path = write(tmp_path, text.encode(codec))
        with pytest.raises(InputUnusableError, match="Binärdaten") as raised:
            read_contacts(path)
        assert "als vCard (.vcf)" in raised.value.message
        assert "Faktura" not in raised.value.message

    @pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
    def test_utf16_files(self, codec: str, tmp_path: Path) -> None:
        """Windows tools write address books in UTF-16, with or without a byte order mark."""
        text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Meier;Jürgen;;;\r\nEND:VCARD\r\n"
        assert cells(write(tmp_path, text.encode(codec))) == [{"Vorname": "Jürgen", "Nachname": "Meier"}]

    def test_lines_outside_contacts_are_all_in_the_finding(self, tmp_path: Path) -> None:
        data = b"X-EINS:1\r\n" + card("VERSION:3.0", "N:A;B;;;") + b"TEL:0301234\r\n"
        (issue,) = read_contacts(write(tmp_path, data)).table.issues
        assert issue.value == "X-EINS:1 | TEL:0301234"


class TestThirdRound:
    """Found by the third hostile-input session."""

    def test_a_line_of_many_separators_is_read_at_once(self, tmp_path: Path) -> None:
        """A lost fold indent leaves a line of separators without ":": it was read with
        exponential backtracking (three minutes for 30 commas); now it is one pass."""
        data = card("VERSION:3.0", "N:A;B;;;", "CATEGORIES:", "Kunden," + "x," * 60 + "VIP")
        (row,) = cells(write(tmp_path, data))
        assert row["vCard: nicht lesbare Zeile"].startswith("Kunden,x,x,")

    def test_a_second_display_name_is_kept(self, tmp_path: Path) -> None:
        data = card("VERSION:3.0", "N:Meier;Hans;;;", "FN:Hans Meier", "FN:Hansi vom Sportverein")
        (row,) = cells(write(tmp_path, data))
        assert row["vCard: Anzeigename (FN)"] == "Hansi vom Sportverein"

    def test_labels_the_user_wrote_are_kept(self, tmp_path: Path) -> None:
        """Apple's custom labels stay beside their value; a number labelled "Fax" is a fax;
        Apple's own labels ("_$!<Other>!$_") are types, no column."""
        data = card(
            "VERSION:3.0",
            "N:Meier;Hans;;;",
            "EMAIL;type=INTERNET;type=pref:hans@meier.de",
            "item2.EMAIL;type=INTERNET:gisela@meier.de",
            "item2.X-ABLabel:Ehefrau Gisela",
            "item3.TEL:0351 4567891",
            "item3.X-ABLabel:Fax Büro",
            "item4.EMAIL:alt@meier.de",
            "item4.X-ABLabel:_$!<Other>!$_",
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["E-Mail 2"], row["vCard: Bezeichnung zu E-Mail 2"]) == (
            "gisela@meier.de",
            "Ehefrau Gisela",
        )
        assert row["vCard: Fax"] == "0351 4567891"
        assert "Telefon 1" not in row
        assert not [c for c in row if "Other" in row[c]]

    def test_mailto_query_is_not_part_of_the_address(self, tmp_path: Path) -> None:
        data = card("VERSION:4.0", "N:A;B;;;", "EMAIL:mailto:info@x.de?subject=Anfrage")
        (row,) = cells(write(tmp_path, data))
        assert row["E-Mail 1"] == "info@x.de"

    def test_pref_parameter_ranks_first(self, tmp_path: Path) -> None:
        data = card(
            "VERSION:4.0",
            "N:A;B;;;",
            "EMAIL;TYPE=home:h@x.de",
            "EMAIL;TYPE=work:w@x.de",
            "EMAIL;PREF=1:p@x.de",
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["E-Mail 1"], row["E-Mail 2"]) == ("p@x.de", "w@x.de")

    def test_prefix_beside_a_display_name_is_kept_and_doubt_warned(self, tmp_path: Path) -> None:
        """N's "Dr." that FN lacks stays with the first name; a doubtful FN split is warned."""
        data = card("VERSION:3.0", "N:;;;Dr.;", "FN:Anna Roth") + card("VERSION:3.0", "FN:Hans Peter Meier")
        path = write(tmp_path, data)
        rows = cells(path)
        assert (rows[0]["Vorname"], rows[0]["Nachname"]) == ("Dr. Anna", "Roth")
        unsure = [
            (i.code, i.row) for i in read_contacts(path).table.issues if i.code == "person-name-split-unsure"
        ]
        assert unsure == [("person-name-split-unsure", 3)]

    def test_soft_break_before_an_indented_line_leaves_no_equals_sign(self, tmp_path: Path) -> None:
        """vCard 2.1 (Outlook): a quoted-printable value that breaks before a space goes on with
        that space; no "=" of the soft break stays in the note."""
        data = card(
            "VERSION:2.1",
            "N:Roth;Anna",
            "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Rechnung bitte an=",
            " die Buchhaltung, Stra=C3=9Fe 1",
        )
        (row,) = cells(write(tmp_path, data))
        assert row["vCard: Notiz"] == "Rechnung bitte an die Buchhaltung, Straße 1"

    def test_name_components_with_several_values(self, tmp_path: Path) -> None:
        """N's components hold comma lists (RFC 6350 §6.2.2): prefixes "Frau,Dr." are a salutation
        and a title, additional names "Maria,Luise" two names; an escaped comma stays a comma."""
        data = card("VERSION:3.0", "N:Roth\\, geb. Klein;Anna;Maria,Luise;Frau,Dr.;", "FN:Anna Roth")
        (row,) = cells(write(tmp_path, data))
        assert (row["Anrede"], row["Vorname"], row["Nachname"]) == (
            "Frau",
            "Dr. Anna Maria Luise",
            "Roth, geb. Klein",
        )

    def test_apple_labels_of_web_sites_and_related_names_are_kept(self) -> None:
        """Apple's label of a grouped web site or related name says what it is ("Spouse" beside
        "Ehepartner"): it stays beside its value, not only in the type of an address."""
        (mac,) = cells(DATA / "apple_macos_addressbook6.vcf")
        related = OTHER_PROPERTY.format(name="X-ABRELATEDNAMES")
        assert mac[f"{related} (9)"] == "Ehepartner"
        assert mac[INFO_COLUMNS["label"].format(column=f"{related} (9)")] == "Spouse"
        assert mac[INFO_COLUMNS["label"].format(column=related)] == "Friend"
        (ios,) = cells(DATA / "apple_ios5.vcf")
        assert ios[INFO_COLUMNS["URL"]] == "www.heise.de"
        assert ios[INFO_COLUMNS["label"].format(column=INFO_COLUMNS["URL"])] == "HomePage"

    def test_an_unclosed_contact_s_agent_is_named_in_its_warning(self, tmp_path: Path) -> None:
        """A contact without END:VCARD whose last line is an empty "AGENT:": the next card is read
        as its agent. The warning says so and how to make it a contact (the hostile re-test: it
        said the contact was read up to the next one)."""
        text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Alt;Anna\r\nAGENT:\r\n"
        text += "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Neu;Nina\r\nEND:VCARD\r\n"
        path = write(tmp_path, text.encode())
        (warning,) = [i for i in read_contacts(path).table.issues if i.code == "vcard-not-terminated"]
        assert "die Karte ab Zeile 5" in warning.message
        assert "setzen Sie END:VCARD vor ihr BEGIN:VCARD" in warning.message

    def test_an_honorary_doctorate_is_part_of_the_titles(self, tmp_path: Path) -> None:
        """N's prefixes "Prof.,Dr.,Dr. h.c.": "h.c." became the Anrede, and lexoffice would print
        "h.c. Prof. Dr. Dr. Karl Klein" (the hostile re-test). "Frau Dr. h. c." keeps Frau."""
        data = card("VERSION:3.0", "N:Klein;Karl;;Prof.,Dr.,Dr. h.c.;") + card(
            "VERSION:3.0", "N:Lang;Eva;;Frau Dr. h. c.;"
        )
        rows = cells(write(tmp_path, data))
        assert [(r.get("Anrede"), r["Vorname"]) for r in rows] == [
            (None, "Prof. Dr. Dr. h.c. Karl"),
            ("Frau", "Dr. h.c. Eva"),
        ]

    def test_a_character_broken_over_a_soft_break_and_a_fold(self, tmp_path: Path) -> None:
        """ "M=C3=" then " =BCller": the space folds the line inside the bytes of "ü"; kept, it made
        "MÃ ¼ller" without a word (the hostile re-test). Between words it stays (the test above)."""
        data = card(
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=",
            " =BCller;Hans",
        )
        (row,) = cells(write(tmp_path, data))
        assert (row["Nachname"], row["Vorname"]) == ("Müller", "Hans")

    def test_every_label_of_a_group_is_kept(self, tmp_path: Path) -> None:
        """Two X-ABLabel lines in one group: the first was in no output while the report stayed
        balanced (the hostile re-test)."""
        data = card(
            "VERSION:3.0",
            "N:Roth;Anna",
            "item1.EMAIL:rechnung@roth.example",
            "item1.X-ABLabel:Buchhaltung",
            "item1.X-ABLabel:Nur Rechnungen",
            "item2.X-ABRELATEDNAMES:Peter",
            "item2.X-ABLabel:_$!<Assistant>!$_",
            "item2.X-ABLabel:Vertretung",
        )
        (row,) = cells(write(tmp_path, data))
        assert row[INFO_COLUMNS["label"].format(column="E-Mail 1")] == "Buchhaltung; Nur Rechnungen"
        related = OTHER_PROPERTY.format(name="X-ABRELATEDNAMES")
        assert row[INFO_COLUMNS["label"].format(column=related)] == "Assistant; Vertretung"

    def test_an_agent_s_card_is_no_contact_of_its_own(self, tmp_path: Path) -> None:
        """vCard 2.1's AGENT (the contact's assistant, a card inside the card) stays with its
        contact as text; it was uploaded as a customer of its own. A contact after it is read."""
        data = card(
            "VERSION:2.1",
            "N:Roth;Anna",
            "ORG:Roth Consulting GmbH",
            "AGENT:",
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N:Klein;Paul",
            "TEL;WORK:0351 123456",
            "END:VCARD",
            "EMAIL:anna@roth.de",
        ) + card("VERSION:2.1", "N:Berg;Lea")
        rows = cells(write(tmp_path, data))
        assert [(r.get("Firmenname"), r["Nachname"]) for r in rows] == [
            ("Roth Consulting GmbH", "Roth"),
            (None, "Berg"),
        ]
        assert rows[0]["E-Mail 1"] == "anna@roth.de"
        assert rows[0][INFO_COLUMNS["AGENT"]] == "N:Klein;Paul\nTEL;WORK:0351 123456"


class TestCommandLine:
    """The user's view: a .vcf is checked like a CSV file, alone or in a folder."""

    def test_check_a_vcard_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Exit 0 or 1 like any file; the upload file holds the contacts."""
        source = DATA / "two_contacts_encoding_line.vcf"
        result = run_cli("check", source, "--out", tmp_path / "out", "--json")
        report = json.loads(result.stdout)
        assert result.exit_code == ExitCode.NEEDS_ATTENTION  # warnings (salutation, phone numbers)
        assert report["input"]["format"] == "vcard"
        assert report["rows"]["read"] == 2
        upload = (tmp_path / "out" / "two_contacts_encoding_line.kunden.csv").read_text(encoding="utf-8")
        assert "alex;spass" in upload
        assert "jan;gerber" in upload

    def test_folder_checks_vcards(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A folder's .vcf files are checked now, not skipped."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "telefonbuch.vcf").write_bytes((DATA / "telefonbuch_v21.vcf").read_bytes())
        result = run_cli("check", folder, "--out", tmp_path / "out")
        assert "übersprungen" not in result.stdout
        assert (tmp_path / "out" / "telefonbuch.kunden.csv").is_file()


PROPERTY_NAMES = ["NOTE", "TITLE", "URL", "EMAIL", "TEL", "CATEGORIES", "X-CUSTOM", "NICKNAME", "ROLE"]
VALUE = st.text(alphabet="abcxyzÄÖÜäöüß0123456789 .,@+-/()'", min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(
    contacts=st.lists(
        st.lists(st.tuples(st.sampled_from(PROPERTY_NAMES), VALUE), min_size=1, max_size=8),
        min_size=1,
        max_size=5,
    ),
    # stray lines; one starting with a space or tab would continue the line before (folding)
    junk=st.lists(
        st.text(alphabet='abc:;=\\ \t"', max_size=12).filter(lambda t: t[:1] not in " \t"), max_size=3
    ),
)
def test_property_every_value_is_in_its_contacts_row(
    contacts: list[list[tuple[str, str]]], junk: list[str]
) -> None:
    """Whatever the properties and stray lines, each contact is one row and each value is a cell
    of it (never an exception other than a refusal, never a value lost)."""
    lines: list[str] = []
    for props in contacts:
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            *(f"{name}:{value}" for name, value in props),
            *junk,
            "END:VCARD",
        ]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    table = intake_bytes(data, Path("kontakte.vcf")).table
    assert table.records == len(contacts)
    for props, row in zip(contacts, table.frame.iter_rows(named=True), strict=True):
        values = {str(v) for k, v in row.items() if not k.startswith("__") and v}
        for _name, value in props:
            assert value.strip() in values, (value, values)


@settings(max_examples=200, deadline=None)
@given(rest=st.binary(max_size=300))
def test_property_any_bytes_after_begin_are_read_or_refused(rest: bytes) -> None:
    """Whatever follows BEGIN:VCARD (broken encodings, control bytes): a table of one contact per
    BEGIN, or a refusal with a message, never another error."""
    data = b"BEGIN:VCARD\r\n" + rest
    refusal: InputUnusableError | None = None
    try:
        records = intake_bytes(data, Path("kontakte.vcf")).table.records
    except InputUnusableError as refused:
        refusal, records = refused, 0
    if refusal is not None:
        assert refusal.message
    else:
        assert records >= 1
