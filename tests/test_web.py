"""The local web page (``lexoffice-import serve``), through Starlette's test client: every route, the
corrections in the browser's table, and hostile requests."""

from __future__ import annotations

import csv
import io
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RunCli
from starlette.testclient import TestClient

from importer.messages import msg
from importer.web import Sessions, WebSettings, create_app, safe_name

EXAMPLE = Path(__file__).resolve().parents[1] / "reference" / "examples" / "faktura-kunden.csv"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "files"
BASE = "http://127.0.0.1:8765"
SMALL = (
    "Kundennummer;Firma;Strasse;PLZ;Ort;E-Mail\r\n"
    "10001;Alpha GmbH;Weg 1;01067;Dresden;info@alpha.example\r\n"
    "10002;Beta KG;Gasse 2;80331;München;keine-adresse\r\n"
)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """The app on loopback, its sessions under the test's folder."""
    app = create_app(WebSettings(root=tmp_path, max_upload=1_000_000))
    with TestClient(app, base_url=BASE) as test_client:
        yield test_client


def upload(client: TestClient, name: str, data: bytes, **fields: str) -> tuple[int, str]:
    """POST /check with one file; the status and the page."""
    response = client.post("/check", files={"file": (name, data, "text/csv")}, data=fields)
    return response.status_code, response.text


def token_of(page: str) -> str:
    """The session token a result page links its downloads with."""
    found = re.search(r"/download/([A-Za-z0-9_-]+)/", page)
    assert found is not None, "no download link on the page"
    return found.group(1)


def records(data: bytes) -> list[dict[str, str]]:
    """The records of an upload file."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


class TestPages:
    def test_the_page_is_german_and_self_contained(self, client: TestClient) -> None:
        """GET / answers the upload page in German with a CSP that allows only the app's own files."""
        response = client.get("/")

        assert response.status_code == 200
        assert msg("web-index-heading") in response.text
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy
        assert "script-src 'self'" in policy
        assert "http" not in re.sub(r'href="[^"]*"', "", response.text.split("<body>")[0])
        assert client.get("/static/web.js").status_code == 200

    def test_english_on_request(self, client: TestClient) -> None:
        """?lang=en switches the page to English."""
        assert msg("web-index-heading", lang="en") in client.get("/?lang=en").text

    def test_result_page_shows_verdict_downloads_and_rejected_rows(self, client: TestClient) -> None:
        """The bundled example: verdict, the upload file to download, 13 rejected rows in a table."""
        status, page = upload(client, "faktura-kunden.csv", EXAMPLE.read_bytes())

        assert status == 200
        assert msg("verdict-attention") in page
        assert "faktura-kunden.kunden.csv" in page
        assert page.count('<tr data-row="') == 13
        assert 'class="bad"' in page


class TestJsonInterface:
    def test_json_report_with_download_urls(self, client: TestClient) -> None:
        """Accept: application/json gives the JSON report; each upload file has a url that downloads it."""
        response = client.post(
            "/check",
            files={"file": ("kunden.csv", EXAMPLE.read_bytes(), "text/csv")},
            headers={"Accept": "application/json"},
        )

        report = response.json()
        assert report["rows"]["uploaded"] == 287
        (part,) = report["outputs"]["upload"]
        download = client.get(part["url"])
        assert download.status_code == 200
        assert len(records(download.content)) == 287

    def test_vcard_address_book(self, client: TestClient) -> None:
        """An Apple/Android address book uploaded on the page is read as one, its contacts uploadable."""
        data = (Path(__file__).parent / "data" / "vcard" / "two_contacts_encoding_line.vcf").read_bytes()
        response = client.post(
            "/check",
            files={"file": ("Kontakte.vcf", data, "text/vcard")},
            headers={"Accept": "application/json"},
        )

        report = response.json()
        assert report["input"]["format"] == "vcard"
        (part,) = report["outputs"]["upload"]
        uploaded = records(client.get(part["url"]).content)
        assert [(r["Vorname"], r["Nachname"]) for r in uploaded] == [("alex", "spass"), ("jan", "gerber")]

    def test_mapping_form_sent_back_keeps_merged_columns(self, client: TestClient) -> None:
        """The mapping form sent back as shown, with merged columns (house number, home address,
        whole name): the run is the same, not refused for two columns mapped to one target."""
        data = (
            "Name;E-Mail;Straße;Hausnummer;PLZ;Ort;Straße privat;Ort privat\n"
            "Herr Max Muster;max@example.de;Weg;1;01067;Dresden;Gartenweg 3;Radebeul\n"
            "Frau Eva Kahl;eva@example.de;;;;;Ring 2;Leipzig\n"
        ).encode()
        status, page = upload(client, "k.csv", data)
        assert status == 200
        shown = dict(re.findall(r'<select name="map:([^"]+)".*?<option value="([^"]*)" selected', page, re.S))
        assert shown["Hausnummer"] == shown["Straße privat"] == "Straße 1"
        response = client.post(
            f"/session/{token_of(page)}/mapping", data={f"map:{k}": v for k, v in shown.items()}
        )
        assert response.status_code == 200
        again = dict(
            re.findall(r'<select name="map:([^"]+)".*?<option value="([^"]*)" selected', response.text, re.S)
        )
        assert again == shown

    def test_a_merge_chosen_on_the_page(self, client: TestClient) -> None:
        """The page offers what --map "Kontakt=Ansprechpartner" does: a contact's whole name
        (Business Central's "Kontakt") split into the contact person's columns; shown as chosen."""

        def chosen(page: str) -> dict[str, str]:
            selects = re.findall(r'<select name="map:([^"]+)"(.*?)</select>', page, re.S)
            return {
                source: found.group(1)
                if (found := re.search(r'<option value="([^"]*)" selected', body))
                else ""
                for source, body in selects
            }

        data = "Name;Kontakt;Ort\nMöbelhaus Schröder GmbH;Frau Claudia Schröder;Düsseldorf\n".encode()
        _status, page = upload(client, "deb.csv", data)
        assert "Ansprechpartner: ganzer Name → Anrede, Vorname, Nachname" in page
        shown = chosen(page)
        assert shown["Kontakt"] == ""  # not mapped by the tool

        form = {f"map:{k}": v for k, v in {**shown, "Kontakt": "Ansprechpartner"}.items()}
        response = client.post(f"/session/{token_of(page)}/mapping", data=form)

        assert response.status_code == 200
        assert chosen(response.text) == {**shown, "Kontakt": "Ansprechpartner"}
        link = re.search(r'href="(/download/[^"]+\.kunden\.csv)"', response.text)
        assert link is not None
        (row,) = records(client.get(link.group(1)).content)
        assert (row["Ansprechpartner 1 Anrede"], row["Ansprechpartner 1 Vorname"]) == ("Frau", "Claudia")
        assert row["Ansprechpartner 1 Nachname"] == "Schröder"

    def test_a_dialling_code_chosen_on_the_page(self, client: TestClient) -> None:
        """A code column the tool leaves alone (three columns from its number) is put before the
        number when "Vorwahl" is chosen for it on the page, as --map "Vorw.=Vorwahl" does."""
        data = b"Firma;Telefon;Ort;PLZ;Vorw.\nACME GmbH;1234567;Dresden;01067;0351\n"
        _status, page = upload(client, "liste.csv", data)
        assert "Vorwahl → vor die Telefonnummer daneben setzen" in page
        shown = dict(
            re.findall(
                r'<select name="map:([^"]+)".*?(?:<option value="([^"]*)" selected|</select>)', page, re.S
            )
        )
        form = {f"map:{k}": v for k, v in {**shown, "Vorw.": "Vorwahl"}.items()}
        response = client.post(f"/session/{token_of(page)}/mapping", data=form)
        assert response.status_code == 200
        link = re.search(r'href="(/download/[^"]+\.kunden\.csv)"', response.text)
        assert link is not None
        (row,) = records(client.get(link.group(1)).content)
        assert row["Telefon 1"] == "0351 1234567"

    def test_a_merged_column_set_back_is_merged_again(self, client: TestClient) -> None:
        """Found by the hostile-input session: the house number moved to Adresszusatz 1 and then
        back to Straße 1 unmapped the street (the changed column took the target); now the
        merge comes back."""
        data = "Firma;Straße;Hausnummer;PLZ;Ort\nACME GmbH;Hauptstr.;5;01067;Dresden\n".encode()
        _status, page = upload(client, "k.csv", data)
        token = token_of(page)
        shown = dict(re.findall(r'<select name="map:([^"]+)".*?<option value="([^"]*)" selected', page, re.S))
        moved = client.post(
            f"/session/{token}/mapping",
            data={f"map:{k}": v for k, v in {**shown, "Hausnummer": "Adresszusatz 1"}.items()},
        )
        assert moved.status_code == 200
        back = client.post(f"/session/{token}/mapping", data={f"map:{k}": v for k, v in shown.items()})
        assert back.status_code == 200
        link = re.search(r'href="(/download/[^"]+\.kunden\.csv)"', back.text)
        assert link is not None
        (row,) = records(client.get(link.group(1)).content)
        assert row["Straße 1"] == "Hauptstr. 5"

    def test_a_column_whose_target_went_to_another_says_so(self, client: TestClient) -> None:
        """The web round: Matchcode chosen as Firmenname left Firma out, labelled "chosen in the
        list", though the user chose nothing for it. The note says which column took it."""
        data = b"Firma;Matchcode;Ort\nAlpha GmbH;ALPHA;Dresden\n"
        _status, page = upload(client, "k.csv", data)
        shown = dict(re.findall(r'<select name="map:([^"]+)".*?<option value="([^"]*)" selected', page, re.S))
        assert shown["Firma"] == "Firmenname"

        response = client.post(
            f"/session/{token_of(page)}/mapping",
            data={f"map:{k}": v for k, v in {**shown, "Matchcode": "Firmenname"}.items()},
        )

        row = re.search(r"<tr><td>Firma</td>.*?</tr>", response.text, re.S)
        assert row is not None
        assert "Sie haben Firmenname der Spalte „Matchcode“ zugeordnet" in row.group(0)
        assert "in der Liste gewählt" not in row.group(0)

    def test_the_same_mapping_form_sent_twice_is_the_same_choice(self, client: TestClient) -> None:
        """A double click (or back and resend) sends the form as the page showed it twice: Matchcode
        chosen as Firmenname stays so, rather than Firma taking its target back the second time."""
        data = b"Firma;Matchcode;Ort\nAlpha GmbH;ALPHA;Dresden\n"
        _status, page = upload(client, "k.csv", data)
        token = token_of(page)
        form = dict(re.findall(r'<input type="hidden" name="(shown:[^"]+)" value="([^"]*)"', page))
        assert form == {"shown:Firma": "Firmenname", "shown:Matchcode": "", "shown:Ort": "Ort 1"}
        form.update({"map:Firma": "Firmenname", "map:Matchcode": "Firmenname", "map:Ort": "Ort 1"})

        uploaded = []
        for _ in range(2):
            response = client.post(f"/session/{token}/mapping", data=form)
            assert response.status_code == 200
            link = re.search(r'href="(/download/[^"]+\.kunden\.csv)"', response.text)
            assert link is not None
            (row,) = records(client.get(link.group(1)).content)
            uploaded.append(row["Firmenname"])
        assert uploaded == ["ALPHA", "ALPHA"]

    def test_a_displaced_column_s_note_in_the_downloaded_reports(self, client: TestClient) -> None:
        """The page said beside Firma that Matchcode took its target; the downloaded reports said
        "Ausdrücklich nicht übernommen (in der Liste gewählt)", though nothing was chosen for it."""
        data = b"Firma;Matchcode;Ort\nAlpha GmbH;ALPHA;Dresden\n"
        _status, page = upload(client, "k.csv", data)
        token = token_of(page)
        shown = dict(re.findall(r'<select name="map:([^"]+)".*?<option value="([^"]*)" selected', page, re.S))
        client.post(
            f"/session/{token}/mapping",
            data={f"map:{k}": v for k, v in {**shown, "Matchcode": "Firmenname"}.items()},
        )

        said = msg("web-mapping-displaced-report", other="Matchcode", target="Firmenname")
        assert "auf der Webseite" in said
        report = client.get(f"/download/{token}/k.report.json").json()
        (firma,) = [c for c in report["columns"] if c["source"] == "Firma"]
        assert firma["target"] is None
        assert firma["note"] == said
        html = client.get(f"/download/{token}/k.report.html").text
        assert said in html
        assert msg("mapping-manual-unmapped@web") not in html

    def test_one_target_chosen_twice_is_worded_for_the_page(self, client: TestClient) -> None:
        data = b"Firma;Telefon;E-Mail\nA GmbH;0351 4567890;a@b.de\n"
        _status, page = upload(client, "k.csv", data)
        form = {"map:Firma": "Firmenname", "map:Telefon": "Telefon 2", "map:E-Mail": "Telefon 2"}
        response = client.post(f"/session/{token_of(page)}/mapping", data=form)
        assert response.status_code == 422
        assert "„— nicht übernehmen —“" in response.text
        assert "--map" not in response.text

    def test_header_row_field(self, client: TestClient) -> None:
        """The page's "Kopfzeile" field does what --header-row does: without it the header below
        the title line is found by its names, with "1" the title line is the header; a value that
        is no line number is refused in German, naming the field."""
        data = "Kundenliste;März;2026\nFirma;PLZ;Ort\nAlpha GmbH;01067;Dresden\n".encode()

        def columns(**fields: str) -> list[str]:
            response = client.post(
                "/check",
                files={"file": ("k.csv", data, "text/csv")},
                data=fields,
                headers={"Accept": "application/json"},
            )
            return [c["source"] for c in response.json()["columns"]]

        assert columns() == ["Firma", "PLZ", "Ort"]
        assert columns(header_row="1") == ["Kundenliste", "März", "2026"]
        status, page = upload(client, "k.csv", data, header_row="drei")
        assert status == 400
        assert "„Kopfzeile“" in page
        assert "--header-row" not in page

    def test_json_names_no_server_path(self, client: TestClient, tmp_path: Path) -> None:
        """The JSON answer names the client's file and the outputs by name, never the server's folders."""
        response = client.post(
            "/check",
            files={"file": ("meine kunden.csv", SMALL.encode(), "text/csv")},
            headers={"Accept": "application/json"},
        )

        text = response.text
        assert response.json()["input"]["path"] == "meine kunden.csv"
        assert str(tmp_path) not in text

    def test_unusable_input_as_json(self, client: TestClient) -> None:
        """An unusable file gives the German message and exit code 3 as JSON, status 422."""
        response = client.post(
            "/check",
            files={"file": ("leer.csv", b"", "text/csv")},
            headers={"Accept": "application/json"},
        )

        assert response.status_code == 422
        assert response.json()["exit_code"] == 3
        assert "leer" in response.json()["error"]


class TestSeveralFiles:
    def test_each_file_is_checked_and_listed(self, client: TestClient) -> None:
        """Several files in one upload: an overview with each file's verdict, linked to its own page;
        an unusable one is listed with its message."""
        files = [
            ("file", ("kunden.csv", EXAMPLE.read_bytes(), "text/csv")),
            ("file", ("klein.csv", SMALL.encode(), "text/csv")),
            ("file", ("leer.csv", b"", "text/csv")),
        ]

        response = client.post("/check", files=files)

        page = response.text
        assert response.status_code == 200
        assert msg("web-batch-heading", count=3) in page
        assert page.count('<a href="/session/') == 2
        assert msg("verdict-unusable") in page
        link = re.search(r'href="(/session/[^"]+)"', page)
        assert link is not None
        assert "kunden.csv" in client.get(link.group(1).replace("&amp;", "&")).text

    def test_the_file_picker_offers_every_format_the_server_reads(self, client: TestClient) -> None:
        """The upload field's accept list names each suffix a reader takes (a .vcf was hidden in
        the browser's file dialog although the server reads it)."""
        from importer.intake import SUFFIXES

        found = re.search(r'<input id="file"[^>]* accept="([^"]+)"', client.get("/").text)
        assert found is not None
        offered = set(found.group(1).split(","))
        assert {s for suffixes in SUFFIXES.values() for s in suffixes if s} <= offered

    def test_the_overviews_language_link_shows_it_again(self, client: TestClient) -> None:
        """The overview's "English" link shows the same files' overview in English (it led to the
        start page: the overview's own address answers only a POST)."""
        files = [("file", ("a.csv", SMALL.encode(), "text/csv")), ("file", ("leer.csv", b"", "text/csv"))]
        page = client.post("/check", files=files).text
        link = re.search(r'<nav class="lang"><a href="([^"]+)">English</a>', page)
        assert link is not None
        assert link.group(1).startswith("/batch/")

        english = client.get(link.group(1).replace("&amp;", "&"))

        assert english.status_code == 200
        assert msg("web-batch-heading", count=2, lang="en") in english.text
        assert "a.csv" in english.text
        assert "leer.csv" in english.text
        assert client.get("/batch/unknown-token").status_code == 404

    def test_several_files_as_json(self, client: TestClient) -> None:
        """With Accept: application/json the answer is a list: one report (or error) per file."""
        files = [
            ("file", ("a.csv", SMALL.encode(), "text/csv")),
            ("file", ("b.csv", b"", "text/csv")),
        ]

        reports = client.post("/check", files=files, headers={"Accept": "application/json"}).json()

        assert [r["input"]["path"] for r in reports] == ["a.csv", "b.csv"]
        assert reports[0]["rows"]["read"] == 2
        assert reports[1]["exit_code"] == 3


class TestCorrections:
    def test_a_corrected_row_moves_to_the_upload(self, client: TestClient) -> None:
        """Correcting the e-mail of the rejected row re-checks the whole file; the row is then uploaded."""
        status, page = upload(client, "k.csv", SMALL.encode())
        assert status == 200
        token = token_of(page)
        assert 'name="cell:3:5"' in page

        response = client.post(f"/session/{token}/correct", data={"cell:3:5": "kontakt@beta.example"})

        assert response.status_code == 200
        assert msg("verdict-ready") in response.text
        data = client.get(f"/download/{token}/k.korrigiert.kunden.csv").content
        assert [(r["Kundennummer"], r["E-Mail 1"]) for r in records(data)] == [
            ("10001", "info@alpha.example"),
            ("10002", "kontakt@beta.example"),
        ]

    def test_a_header_row_chosen_for_the_upload_is_not_applied_to_the_corrected_copy(
        self, client: TestClient
    ) -> None:
        """Found by the hostile web session: with "Kopfzeile" 3, a correction in the table read a
        data row of the corrected copy (header on line 1) as the header; the two good rows were
        in no file."""
        data = (
            "Kundenliste 2026\n\nKundennummer;Firma;Straße;PLZ;Ort;E-Mail\n"
            "10001;Alpha GmbH;Weg 1;01067;Dresden;a@alpha.example\n"
            "10002;Beta GmbH;Weg 2;01067;Dresden;kaputt@\n"
            "10003;Gamma KG;Weg 3;01067;Dresden;g@gamma.example\n"
        ).encode()
        _status, page = upload(client, "titel.csv", data, header_row="3")
        token = token_of(page)
        assert 'name="cell:3:5"' in page  # the table's row 3 (the header is row 1), sixth column

        response = client.post(f"/session/{token}/correct", data={"cell:3:5": "b@beta.example"})

        assert msg("verdict-ready") in response.text
        uploaded = records(client.get(f"/download/{token}/titel.korrigiert.kunden.csv").content)
        assert [(r["Kundennummer"], r["E-Mail 1"]) for r in uploaded] == [
            ("10001", "a@alpha.example"),
            ("10002", "b@beta.example"),
            ("10003", "g@gamma.example"),
        ]

    def test_a_header_row_given_too_low_names_the_field(self, client: TestClient) -> None:
        """Found by the hostile web session: "Kopfzeile" 3 on a file whose header is line 1; the
        warning now names the line above and the page's field, not --header-row."""
        data = "Kundennummer;Firma;Ort\n10001;Alpha GmbH;Dresden\n10002;Beta GmbH;Jena\n10003;Gamma KG;Köln\n"
        report = client.post(
            "/check",
            files={"file": ("k.csv", data.encode(), "text/csv")},
            data={"header_row": "3"},
            headers={"Accept": "application/json"},
        ).json()
        (none,) = [i for i in report["issues"] if i["code"] == "columns-none-mapped"]
        assert "geben Sie im Feld „Kopfzeile“ 1 an" in none["message"]
        assert "--header-row" not in none["message"]

    def test_suppliers_by_the_sheet_name_stay_suppliers(self, client: TestClient) -> None:
        """Found by the hostile web session: a workbook's only sheet "Lieferanten" made its rows
        suppliers; after a correction in the table (a CSV copy named for the upload) all were
        customers, the two offered as suppliers before too."""
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "Lieferanten"
        for row in (
            ["Firma", "Ort", "E-Mail"],
            ["Alpha GmbH", "Berlin", "a@alpha.de"],
            ["Beta AG", "Jena", "kaputt@"],
        ):
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = client.post(
            "/check",
            files={"file": ("export.xlsx", buffer.getvalue(), "application/octet-stream")},
        )
        token = token_of(response.text)
        assert "export.lieferanten.csv" in response.text

        corrected = client.post(f"/session/{token}/correct", data={"cell:3:2": "b@beta.de"})

        assert "export.korrigiert.kunden.csv" not in corrected.text
        uploaded = records(client.get(f"/download/{token}/export.korrigiert.lieferanten.csv").content)
        assert [r["Firmenname"] for r in uploaded] == ["Alpha GmbH", "Beta AG"]

    def test_line_breaks_survive_a_form_sent_back(self, client: TestClient) -> None:
        """Found by the hostile web session: a text field drops line breaks, so every multi-line
        note of the rejected rows came back joined ("Zeile einsZeile zwei"), in rows the user
        never touched. Such a cell is a text area now, and a cell sent back as shown keeps its text."""
        data = (
            b"Kundennummer;Firma;E-Mail;Bemerkung\r\n"
            b'10001;Alpha GmbH;kaputt@;"Zeile eins\r\nZeile zwei"\r\n'
            b'10002;Beta GmbH;auch-kaputt@;"nur Lieferung\nab 10 Uhr"\r\n'
        )
        _status, page = upload(client, "nl.csv", data)
        token = token_of(page)
        assert re.search(r'<textarea name="cell:2:3"[^>]*>Zeile eins\r?\nZeile zwei</textarea>', page)
        # what a browser sends: every cell, a text field's without line breaks, a text area's with CRLF
        form = {
            "cell:2:0": "10001",
            "cell:2:1": "Alpha GmbH",
            "cell:2:2": "a@alpha.example",
            "cell:2:3": "Zeile eins\r\nZeile zwei",
            "cell:3:0": "10002",
            "cell:3:1": "Beta GmbH",
            "cell:3:2": "auch-kaputt@",
            "cell:3:3": "nur Lieferungab 10 Uhr",
        }

        client.post(f"/session/{token}/correct", data=form)

        unmapped = client.get(f"/download/{token}/nl.korrigiert.unmapped.csv").content.decode("utf-8-sig")
        assert '2;"Zeile eins\r\nZeile zwei"' in unmapped  # the row corrected
        rejected = client.get(f"/download/{token}/nl.korrigiert.rejected.csv").content.decode("utf-8-sig")
        assert '"nur Lieferung\nab 10 Uhr"' in rejected  # the row left as it was

    def test_a_rejected_file_uploaded_on_its_own_points_to_the_table(self, client: TestClient) -> None:
        """Found by the hostile web session: the downloaded rejected file, corrected and uploaded
        again, cannot be checked against the first upload file; the warning asked the user to put
        a report "daneben" (the command line's wording) instead of pointing to the table."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        rejected = client.get(f"/download/{token_of(page)}/k.rejected.csv").content
        fixed = rejected.replace(b"keine-adresse", b"kontakt@beta.example")

        second = client.post("/check", files={"file": ("k.rejected.csv", fixed, "text/csv")}).text

        frame = re.search(r'<iframe class="report" src="([^"]+)"', second)
        assert frame is not None
        shown = client.get(frame.group(1).replace("&amp;", "&")).text
        assert (
            "Dies ist eine Datei abgelehnter Zeilen von lexoffice-import, hier für sich hochgeladen" in shown
        )
        assert "in der Tabelle „Abgelehnte Zeilen“" in shown  # the hint
        assert "daneben" not in shown
        # and at the top of the page, not only in the report's frame (the web round)
        top = second.split('<iframe class="report"')[0]
        assert 'id="context-missing"' in top
        assert "hier für sich hochgeladen" in top

    def test_once_every_contact_was_downloaded_the_page_says_so(self, client: TestClient) -> None:
        """Found by the hostile web session: the complete file downloaded, a row corrected, its
        ".neu.csv" downloaded, then the page shown again (reload, language link): it offered the
        complete corrected file under "Laden Sie diese Dateien in lexoffice hoch", every contact
        of which the user had already; imported, they would all be there twice."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)
        client.get(f"/download/{token}/k.kunden.csv")
        corrected = client.post(f"/session/{token}/correct", data={"cell:3:5": "kontakt@beta.example"})
        assert 'id="all-delivered"' not in corrected.text  # the new contact is still to upload
        client.get(f"/download/{token}/k.korrigiert.kunden.neu.csv")

        again = client.get(f"/session/{token}").text

        assert 'id="all-delivered"' in again
        assert "Sie haben alle Kontakte dieser Upload-Dateien schon heruntergeladen (2 Kontakte)" in again
        assert msg("web-upload-hint") not in again
        assert 'k.korrigiert.kunden.csv</a> <span class="small">alle Kontakte schon heruntergeladen' in again

    def test_after_a_download_the_new_contacts_come_in_a_file_of_their_own(self, client: TestClient) -> None:
        """The user downloads the upload file (and may have imported it), then corrects a row: the
        page offers a file with only that row, so that no contact is imported twice; the complete
        file is still there."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)
        first = client.get(f"/download/{token}/k.kunden.csv").content
        assert [r["Kundennummer"] for r in records(first)] == ["10001"]

        response = client.post(f"/session/{token}/correct", data={"cell:3:5": "kontakt@beta.example"})

        assert 'id="undelivered"' in response.text
        assert "k.korrigiert.kunden.neu.csv" in response.text
        new = client.get(f"/download/{token}/k.korrigiert.kunden.neu.csv").content
        assert [(r["Kundennummer"], r["E-Mail 1"]) for r in records(new)] == [
            ("10002", "kontakt@beta.example")
        ]
        complete = client.get(f"/download/{token}/k.korrigiert.kunden.csv").content
        assert [r["Kundennummer"] for r in records(complete)] == ["10001", "10002"]
        assert new.split(b"\r\n")[0] == complete.split(b"\r\n")[0]

    def test_the_downloaded_json_report_names_no_server_folder(
        self, client: TestClient, tmp_path: Path
    ) -> None:
        """The web round: the report.json downloaded named the server's temporary folders (on
        Windows the user's login), personal data hidden or not. They are left out; the input is
        named as the user named the upload; the report stays valid JSON."""
        import json

        _status, page = upload(client, "Kunden 2024.csv", SMALL.encode(), mask="on")
        token = token_of(page)
        names = client.get(f"/session/{token}").text
        report_name = re.search(r'href="/download/[^/]+/([^"]+\.report\.json)"', names)
        assert report_name is not None
        text = client.get(f"/download/{token}/{report_name.group(1)}").text
        assert str(tmp_path) not in text
        report = json.loads(text)
        assert report["input"]["path"] == "Kunden 2024.csv"
        assert all("/" not in u["path"] for u in report["outputs"]["upload"])

    def test_a_form_s_result_is_a_page_of_its_own(self, client: TestClient) -> None:
        """Found by the web round: the result of an upload or a correction was the answer to the
        POST, so the back button and a reload asked to send the form again (and sent the upload
        again), and its address could not be opened. It is a redirect to the session's page now."""
        sent = client.post(
            "/check", files={"file": ("k.csv", SMALL.encode(), "text/csv")}, follow_redirects=False
        )
        assert sent.status_code == 303
        page = sent.headers["location"]
        assert re.fullmatch(r"/session/[\w-]+\?lang=de", page)
        shown = client.get(page)
        assert shown.status_code == 200
        assert "k.kunden.csv" in shown.text
        assert client.get(page).text == shown.text  # a reload: the same page, no new check
        corrected = client.post(
            page.split("?")[0] + "/correct", data={"cell:3:5": "kontakt@beta.example"}, follow_redirects=False
        )
        assert corrected.status_code == 303
        assert corrected.headers["location"] == page
        assert "k.korrigiert.kunden.csv" in client.get(page).text

    def test_the_same_file_uploaded_again_knows_what_was_downloaded(self, client: TestClient) -> None:
        """Found by the web round: after the back button and a reload (or the session's expiry)
        the same file came in a new session, and the complete upload file was offered again,
        every contact the user had imported. The new session knows the rows downloaded."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        client.get(f"/download/{token_of(page)}/k.kunden.csv")

        _status, again = upload(client, "k.csv", SMALL.encode())

        assert token_of(again) != token_of(page)
        assert 'id="all-delivered"' in again
        assert msg("web-upload-hint") not in again
        other = upload(client, "k.csv", SMALL.replace("Beta KG", "Gamma KG").encode())[1]
        assert 'id="all-delivered"' not in other  # another file: nothing downloaded of it

    def test_four_digit_customer_numbers_point_to_the_mapping_not_an_option(self, client: TestClient) -> None:
        """The web round: every row of a list of four-digit numbers rejected, and the only remedy
        for all rows at once was --renumber, which the page does not have."""
        data = "Kundennummer;Firma;Ort\r\n1001;Alpha GmbH;Dresden\r\n1002;Beta KG;Leipzig\r\n"
        _status, page = upload(client, "k.csv", data.encode())
        frame = re.search(r'<iframe class="report" src="([^"]+)"', page)
        assert frame is not None
        shown = client.get(frame.group(1).replace("&amp;", "&")).text
        assert "--renumber" not in shown
        assert "„— nicht übernehmen —“" in shown

    def test_a_correction_cannot_take_a_downloaded_row_s_number(self, client: TestClient) -> None:
        """Found by the web round: row 3 corrected to 10001, the number of the downloaded row 2,
        was accepted and offered as new, and row 2 (maybe imported already) was rejected as the
        duplicate. The correction is refused with what to do; other cells sent as shown pass."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)
        client.get(f"/download/{token}/k.kunden.csv")

        refused = client.post(
            f"/session/{token}/correct", data={"cell:3:0": "10001", "cell:3:5": "kontakt@beta.example"}
        )

        assert refused.status_code == 422
        assert "Die Nummer „10001“ in Zeile 3 gehört schon zu Zeile 2" in refused.text
        taken = client.post(
            f"/session/{token}/correct", data={"cell:3:0": "10002", "cell:3:5": "kontakt@beta.example"}
        )
        assert taken.status_code == 200
        assert "k.korrigiert.kunden.neu.csv" in taken.text

    def test_without_a_download_there_is_no_second_file(self, client: TestClient) -> None:
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)

        response = client.post(f"/session/{token}/correct", data={"cell:3:5": "kontakt@beta.example"})

        assert 'id="undelivered"' not in response.text
        assert ".neu.csv" not in response.text

    def test_a_correction_that_duplicates_a_number_stays_rejected(self, client: TestClient) -> None:
        """The corrected row is checked in the whole file's context: a customer number taken by
        another row is a duplicate."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)

        response = client.post(
            f"/session/{token}/correct", data={"cell:3:5": "kontakt@beta.example", "cell:3:0": "10001"}
        )

        assert msg("verdict-attention") in response.text
        assert response.text.count('<tr data-row="') == 1

    def test_mapping_change_is_applied(self, client: TestClient) -> None:
        """Choosing "do not use" for a column in the dropdown leaves it out of the upload."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)
        fields = {f"map:{name}": "" for name in ("Kundennummer", "Firma", "Strasse", "PLZ", "Ort", "E-Mail")}
        fields |= {"map:Firma": "Firmenname", "map:Kundennummer": "Kundennummer"}

        response = client.post(
            f"/session/{token}/mapping", data=fields, headers={"Accept": "application/json"}
        )

        report = response.json()
        assert [c["source"] for c in report["columns"] if c["target"]] == ["Kundennummer", "Firma"]
        data = client.get(report["outputs"]["upload"][0]["url"]).content
        assert list(records(data)[0]) == ["Kundennummer", "Firmenname"]

    def test_headers_with_quotes_or_line_breaks_as_browsers_send_their_names(
        self, client: TestClient
    ) -> None:
        """A browser sends the field ``map:Firma "Name"`` as ``map:Firma %22Name%22`` and a header
        over two lines with ``%0D%0A``: the mapping was refused as naming columns that are not
        there (the hostile web round). They are the columns they stand for."""
        data = 'Kundennummer;"Firma ""Name""";Ort;"Notiz\nintern"\r\n10001;Alpha GmbH;Dresden;x\r\n'
        _status, page = upload(client, "k.csv", data.encode())
        token = token_of(page)
        fields = {
            "map:Kundennummer": "Kundennummer",
            "map:Firma %22Name%22": "Firmenname",
            "map:Ort": "",
            "map:Notiz%0D%0Aintern": "",
        }

        response = client.post(
            f"/session/{token}/mapping", data=fields, headers={"Accept": "application/json"}
        )

        assert response.status_code == 200, response.text
        report = response.json()
        assert [c["source"] for c in report["columns"] if c["target"]] == ["Kundennummer", 'Firma "Name"']


class TestServeCommand:
    def test_another_host_warns(self, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
        """--host beyond loopback prints the warning that the data is reachable on the network."""
        called: list[tuple[str, int]] = []
        monkeypatch.setattr("importer.web.serve", lambda host, port, **_: called.append((host, port)))

        result = run_cli("serve", "--host", "0.0.0.0", "--port", "9000")

        assert result.exit_code == 0
        assert msg("serve-not-loopback", host="0.0.0.0") in result.stderr
        assert called == [("0.0.0.0", 9000)]

    def test_loopback_by_default(self, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without --host the page listens on 127.0.0.1 and warns about nothing."""
        called: list[tuple[str, int]] = []
        monkeypatch.setattr("importer.web.serve", lambda host, port, **_: called.append((host, port)))

        result = run_cli("serve")

        assert called == [("127.0.0.1", 8765)]
        assert result.stderr == ""


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class TestServePort:
    """Starting the page where its port is taken: a second start (a second double click), or
    another program. Before, the page said "läuft" first, then uvicorn's English "ERROR: [Errno
    98] … address already in use", and the command ended with exit 3 ("input unusable")."""

    def test_a_port_held_by_another_program_is_refused_naming_a_free_one(self, run_cli: RunCli) -> None:
        with socket.socket() as holder:
            holder.bind(("127.0.0.1", 0))
            holder.listen()
            port = holder.getsockname()[1]

            result = run_cli("serve", "--port", str(port))

        assert result.exit_code == 5
        assert "läuft" not in result.stdout
        assert "ERROR" not in result.stderr
        prefix = f"Fehler: Der Port {port} ist von einem anderen Programm belegt. Starten Sie die Seite an "
        assert result.stderr.startswith(prefix + "einem freien Port, z. B. mit --port ")
        suggested = int(result.stderr.removeprefix(prefix).split("--port ")[1].rstrip(".\n"))
        assert suggested > port
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", suggested))  # free indeed

    def test_a_second_start_opens_the_page_already_running(
        self, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        import uvicorn

        port = _free_loopback_port()
        app = create_app(WebSettings(root=tmp_path / "sessions"))
        first = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=first.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not first.started and time.monotonic() < deadline:
            time.sleep(0.05)
        opened: list[str] = []
        monkeypatch.setattr("webbrowser.open", opened.append)
        try:
            result = run_cli("serve", "--port", str(port), "--open")
        finally:
            first.should_exit = True
            thread.join(timeout=10)

        url = f"http://localhost:{port}/"
        assert result.exit_code == 0
        assert result.stdout == (
            f"lexoffice-import läuft hier schon: {url} (in einem anderen Fenster). Die Seite ist im "
            "Browser geöffnet; eine zweite wird nicht gestartet.\n"
        )
        assert opened == [url]

    def test_the_page_is_announced_once_its_port_is_bound(
        self, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import uvicorn

        port = _free_loopback_port()
        bound: list[tuple[str, int]] = []

        def run(server: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
            assert sockets is not None
            bound.append(sockets[0].getsockname()[:2])

        monkeypatch.setattr(uvicorn.Server, "run", run)

        result = run_cli("serve", "--port", str(port))

        assert result.exit_code == 0
        assert result.stdout == f"lexoffice-import läuft: http://localhost:{port}/  (Beenden mit Strg+C)\n"
        assert bound == [("127.0.0.1", port)]


class TestHostileRequests:
    def test_upload_above_the_cap_is_refused_before_reading(self, client: TestClient) -> None:
        """A body announced larger than the cap is refused with 413 and nothing is stored."""
        response = client.post(
            "/check",
            content=b"x" * 10,
            headers={"Content-Length": "5000000", "Content-Type": "multipart/form-data; boundary=x"},
        )

        assert response.status_code == 413
        assert (
            "Die Datei ist zu groß für diese Seite: Sie nimmt höchstens 1,0 MB auf einmal." in response.text
        )

    def test_a_suggestion_by_values_names_the_list_not_an_option(self, client: TestClient) -> None:
        """The page told users who never open a terminal to use --map (the hostile web round)."""
        data = "Firma;Telefon\r\nAlpha GmbH;Herr Meier\r\nBeta AG;Frau Kunz\r\nGamma KG;Zentrale\r\n"
        _status, page = upload(client, "k.csv", data.encode())
        assert "stimmt es doch, wählen Sie Telefon 1 in der Liste." in page
        assert "--map" not in page.split('<iframe class="report"')[0]

    def test_binary_file_gets_the_german_message(self, client: TestClient) -> None:
        """A binary upload answers with the tool's message for it, not a traceback."""
        status, page = upload(client, "bild.csv", b"\x89PNG\r\n\x1a\n" + bytes(100))

        assert status == 422
        assert "kein" in page or "PNG" in page
        assert "Traceback" not in page

    def test_path_traversal_name_is_never_a_path(self, client: TestClient, tmp_path: Path) -> None:
        """A client file name with ../ only names the upload; nothing is written outside the session."""
        status, _page = upload(client, "../../../etc/passwd.csv", SMALL.encode())

        assert status == 200
        assert not (tmp_path.parent / "etc").exists()
        assert safe_name("../../../etc/passwd.csv") == "passwd.csv"
        assert safe_name("..\\..\\boot.ini") == "boot.csv"
        assert safe_name("<script>.xlsx") == "script.xlsx"

    def test_html_in_cells_and_names_is_escaped(self, client: TestClient) -> None:
        """Markup in a cell or in the file name is shown as text, never run."""
        raw = "Firma;E-Mail\r\n<script>alert(1)</script>;<img src=x onerror=alert(2)>\r\n"
        status, page = upload(client, "<b>x</b>.csv", raw.encode())

        assert status == 200
        assert "<script>alert(1)</script>" not in page
        assert "<img src=x" not in page
        assert "&lt;b&gt;x&lt;/b&gt;.csv" in page

    def test_wrong_tokens(self, client: TestClient) -> None:
        """An unknown or malformed token gets 404, for downloads and for corrections."""
        assert client.get("/download/" + "A" * 43 + "/x.csv").status_code == 404
        assert client.get("/download/../x.csv").status_code == 404
        assert client.post("/session/nope/correct", data={}).status_code == 404

    def test_download_only_names_the_sessions_outputs(self, client: TestClient) -> None:
        """The download route serves only a file of the session's output folder."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)

        assert client.get(f"/download/{token}/..%2Fin%2Fk.csv").status_code == 404
        assert client.get(f"/download/{token}/.lexoffice-import.json").status_code == 404

    def test_foreign_host_is_refused(self, client: TestClient) -> None:
        """A Host that is not the served name (DNS rebinding) is refused before any route runs,
        with the German error page and what to do (it was bare, half-English text)."""
        refused = client.get("/", headers={"Host": "evil.example"})
        assert refused.status_code == 421
        assert refused.headers["content-type"].startswith("text/html")
        assert "nicht unter „evil.example“" in refused.text
        assert "--allow-host" in refused.text
        assert "not allowed" not in refused.text

    def test_a_proxy_that_drops_the_port_from_host_is_no_foreign_origin(self, client: TestClient) -> None:
        """nginx's ``proxy_set_header Host $host`` (the README's recipe) drops the port: the page's
        own Origin ``http://localhost:8765`` beside ``Host: localhost`` was refused as foreign."""
        same = client.post(
            "/check",
            files={"file": ("k.csv", SMALL.encode())},
            headers={"Host": "localhost", "Origin": "http://localhost:8765"},
        )
        other_port = client.post(
            "/check",
            files={"file": ("k.csv", SMALL.encode())},
            headers={"Host": "localhost:9000", "Origin": "http://localhost:8765"},
        )
        assert same.status_code == 200
        assert other_port.status_code == 403
        assert "von einer fremden Seite" in other_port.text

    def test_foreign_origin_is_refused_on_post(self, client: TestClient) -> None:
        """A POST whose Origin names another site (CSRF) is refused; the same origin is fine."""
        foreign = client.post(
            "/check", files={"file": ("k.csv", SMALL.encode())}, headers={"Origin": "http://evil.example"}
        )
        same = client.post("/check", files={"file": ("k.csv", SMALL.encode())}, headers={"Origin": BASE})

        assert foreign.status_code == 403
        assert same.status_code == 200

    def test_idle_sessions_are_removed(self, tmp_path: Path) -> None:
        """A session idle longer than the limit is gone, folder and all; its token then gets 404."""
        sessions = Sessions(WebSettings(root=tmp_path, idle_seconds=0.05))
        session = sessions.create("k.csv", SMALL.encode())
        assert session.folder.exists()

        time.sleep(0.1)
        sessions.expire()

        assert not session.folder.exists()
        assert sessions.get(session.token) is None

    def test_sessions_are_removed_at_shutdown(self, tmp_path: Path) -> None:
        """Leaving the app (its lifespan) removes every session folder."""
        app = create_app(WebSettings(root=tmp_path))
        with TestClient(app, base_url=BASE) as test_client:
            upload(test_client, "k.csv", SMALL.encode())
            assert any(tmp_path.iterdir())
        assert not any(tmp_path.iterdir())


class TestWhatTheUserSees:
    def test_windows_device_names_are_never_file_names(self) -> None:
        """CON, AUX, NUL, COM1, LPT1 … name devices on Windows (with any suffix): an upload so
        named is stored and its outputs are named otherwise."""
        devices = {
            "CON",
            "PRN",
            "AUX",
            "NUL",
            *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10)),
        }
        for name in ("CON.csv", "aux.csv", "nul", "Com1.xlsx", "lpt9.txt", "con .csv"):
            stored = safe_name(name)

            assert stored.split(".")[0].strip().upper() not in devices, stored

    def test_language_link_works_on_a_result_page(self, client: TestClient) -> None:
        """The result page comes from a form (POST); its "English" link still opens the same
        result in English instead of an error."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        found = re.search(r'<nav class="lang"><a href="([^"]+)">', page)
        assert found is not None

        response = client.get(found.group(1).replace("&amp;", "&"))

        assert response.status_code == 200
        assert msg("verdict-attention", lang="en") in response.text
        assert "k.csv" in response.text

    def test_session_gone_in_english(self, client: TestClient) -> None:
        """A correction for an unknown session answers in the language the form was in."""
        response = client.post("/session/" + "A" * 43 + "/correct", data={"lang": "en", "cell:2:0": "x"})

        assert response.status_code == 404
        assert msg("web-session-gone", lang="en") in response.text

    def test_too_many_files_get_a_german_page(self, client: TestClient) -> None:
        """More files than the form takes: a German page saying the limit, not the English text."""
        files = [("file", (f"k{i}.csv", SMALL.encode(), "text/csv")) for i in range(60)]

        response = client.post("/check", files=files)

        assert response.status_code == 400
        assert msg("web-error-heading") in response.text
        assert "50" in response.text
        assert "Too many" not in response.text

    def test_a_cell_above_the_form_limit_gets_a_german_page(self, client: TestClient) -> None:
        """A corrected value above 1 MB: the German page, not the framework's English text."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)

        response = client.post(f"/session/{token}/correct", data={"cell:3:1": "A" * 1_100_000})

        assert response.status_code == 400
        assert msg("web-form-refused", files=50) in response.text
        assert "exceeded" not in response.text

    def test_an_unknown_address_gets_a_german_page(self, client: TestClient) -> None:
        """A mistyped address, or a form's address opened directly: the German page with a way back."""
        gone = client.get("/download/" + "A" * 43 + "/k.kunden.csv")
        assert gone.status_code == 404
        assert msg("web-session-gone") in gone.text
        for response in (client.get("/nirgends"), client.get("/check")):
            assert response.status_code in (404, 405)
            assert msg("web-not-found") in response.text
            assert 'href="/?lang=de"' in response.text

    def test_an_unusable_file_is_named_as_the_user_named_it(self, client: TestClient, tmp_path: Path) -> None:
        """The message about an unusable upload names the user's file, never the server's
        temporary folder (which the user does not know and which is deleted anyway)."""
        status, page = upload(client, "meine kunden.csv", b"Kundennummer;Firma\r\n")

        assert status == 422
        assert "meine kunden.csv" in page
        assert str(tmp_path) not in page
        response = client.post(
            "/check",
            files={"file": ("meine kunden.csv", b"", "text/csv")},
            headers={"Accept": "application/json"},
        )
        assert str(tmp_path) not in response.text
        assert "meine kunden.csv" in response.json()["error"]

    def test_unknown_option_value_is_a_message_not_a_crash(self, client: TestClient) -> None:
        """A form with an encoding or kind the page does not offer gets a German message, not a 500."""
        for fields in ({"output_encoding": "latin9"}, {"kind": "freunde"}):
            status, page = upload(client, "k.csv", SMALL.encode(), **fields)

            assert status == 400
            assert msg("web-error-heading") in page
            assert "Internal Server Error" not in page


class TestCorrectionRobustness:
    ROWS = (
        "Kundennummer;Firma;Strasse;PLZ;Ort;E-Mail\r\n"
        "10001;Alpha GmbH;Weg 1;01067;Dresden;info@alpha.example\r\n"
        "\r\n"
        "10002;Beta KG;Gasse 2;80331;München;falsch-beta\r\n"
        "10003;Gamma AG;Allee 3;01069;Dresden;falsch-gamma\r\n"
        "10004;Delta AG;Allee 4;01069;Dresden;d@delta.example\r\n"
        "10005;Epsilon AG;Allee 5;01069;Dresden;e@epsilon.example\r\n"
    )

    def test_rows_keep_their_numbers_across_corrections(self, client: TestClient) -> None:
        """A blank line in the file: the rows keep the numbers the user sees in Excel after a
        correction, and the same form sent twice (double click, back and resend) changes the same
        contact again, never another one."""
        _status, page = upload(client, "k.csv", self.ROWS.encode())
        token = token_of(page)
        assert re.findall(r'<tr data-row="(\d+)"', page) == ["4", "5"]
        form = {"cell:4:5": "b@beta.example"}

        first = client.post(f"/session/{token}/correct", data=form)
        second = client.post(f"/session/{token}/correct", data=form)

        for response in (first, second):
            assert re.findall(r'<tr data-row="(\d+)"', response.text) == ["5"]
            assert 'value="falsch-gamma"' in response.text
        upload_name = re.search(r'/download/[^/]+/([^"]+\.kunden\.csv)"', second.text)
        assert upload_name is not None
        data = client.get(f"/download/{token}/{upload_name.group(1)}").content
        assert {r["Firmenname"]: r["E-Mail 1"] for r in records(data)}["Beta KG"] == "b@beta.example"
        assert "Gamma AG" not in {r["Firmenname"] for r in records(data)}
        # Found by the hostile web session: the form sent again counted a second round.
        assert msg("web-corrections-one") in second.text

    def test_an_older_view_of_the_form_cannot_undo_later_corrections(self, client: TestClient) -> None:
        """Found by the hostile web round: the page open in two tabs, row 4 corrected in one; the
        other tab's form, sent later, put row 4's wrong e-mail back without a word. It is refused
        (409, what to do), the later correction stays; the same form sent twice still passes."""
        _status, page = upload(client, "k.csv", self.ROWS.encode())
        token = token_of(page)
        assert '<input type="hidden" name="round" value="0">' in page
        first_tab = {"round": "0", "cell:4:5": "b@beta.example", "cell:5:5": "falsch-gamma"}
        second_tab = {"round": "0", "cell:4:5": "falsch-beta", "cell:5:5": "g@gamma.example"}

        first = client.post(f"/session/{token}/correct", data=first_tab)
        again = client.post(f"/session/{token}/correct", data=first_tab)
        stale = client.post(f"/session/{token}/correct", data=second_tab)

        assert first.status_code == again.status_code == 200
        assert msg("web-corrections-one") in again.text
        assert "1 Korrekturrunde" in again.text
        assert "Korrekturrunde(n)" not in again.text
        assert stale.status_code == 409
        assert "Diese Korrekturen stammen aus einer älteren Ansicht der Seite" in stale.text
        current = client.get(f"/session/{token}").text
        assert re.findall(r'<tr data-row="(\d+)"', current) == ["5"]
        assert '<input type="hidden" name="round" value="1">' in current

    def test_a_twin_session_counts_only_its_own_rows_as_downloaded(self, client: TestClient) -> None:
        """The same bytes uploaded anew share what was downloaded; the count took rows only the
        other session's corrections made uploadable ("4 Kontakte" beside 3 uploadable: the hostile
        web round)."""
        _status, page = upload(client, "k.csv", self.ROWS.encode())
        token = token_of(page)
        corrected = client.post(f"/session/{token}/correct", data={"cell:4:5": "b@beta.example"})
        name = re.search(r'/download/[^/]+/([^"]+\.kunden\.csv)"', corrected.text)
        assert name is not None
        client.get(f"/download/{token}/{name.group(1)}")

        _status, twin = upload(client, "kopie.csv", self.ROWS.encode())

        assert msg("web-counts", read=5, uploaded=3, rejected=2) in twin
        assert msg("web-all-delivered", count=3) in twin

    def test_the_form_sent_unchanged_is_no_round(self, client: TestClient) -> None:
        """The correction form sent as shown counted "1 Korrekturrunde(n)" and renamed every output
        to *.korrigiert.* (the hostile web round); it changes nothing now, answered by a redirect."""
        _status, page = upload(client, "k.csv", self.ROWS.encode())
        token = token_of(page)
        unchanged = {"round": "0", "cell:4:5": "falsch-beta", "cell:5:5": "falsch-gamma"}

        response = client.post(f"/session/{token}/correct", data=unchanged, follow_redirects=False)

        assert response.status_code == 303
        shown = client.get(response.headers["location"]).text
        assert msg("web-corrections-one") not in shown
        assert ".korrigiert." not in shown
        assert re.findall(r'<tr data-row="(\d+)"', shown) == ["4", "5"]

    def test_one_record_is_named_in_the_singular(self, client: TestClient) -> None:
        _status, page = upload(client, "k.csv", b"Firma;Ort\r\nAlpha GmbH;Berlin\r\n")
        assert "1 Datensatz gelesen, 1 hochladbar, 0 abgelehnt" in page

    def test_a_forged_row_number_is_ignored(self, client: TestClient) -> None:
        """A hand-made form naming a 40-digit row after a download ended in HTTP 500 (an overflow
        in the number check; the hostile web round)."""
        _status, page = upload(client, "k.csv", self.ROWS.encode())
        token = token_of(page)
        client.get(f"/download/{token}/k.kunden.csv")

        for row in ("9" * 40, "999999999999"):
            response = client.post(f"/session/{token}/correct", data={f"cell:{row}:0": "10002"})
            assert response.status_code == 200, response.text
            assert msg("web-corrections-one") not in response.text

    def test_a_correction_that_breaks_the_file_keeps_the_session(
        self, client: TestClient, tmp_path: Path
    ) -> None:
        """A correction the check refuses (a NUL byte pasted into a cell): the user is told it was
        not taken, without the server's folders, and the session still shows the last result."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)

        refused = client.post(f"/session/{token}/correct", data={"cell:3:5": "a\x00b@beta.example"})

        assert refused.status_code == 422
        assert msg("web-error-heading") in refused.text
        assert str(tmp_path) not in refused.text
        assert f'href="/session/{token}' in refused.text
        again = client.get(f"/session/{token}")
        assert again.status_code == 200
        assert 'value="keine-adresse"' in again.text
        assert len(records(client.get(f"/download/{token}/k.kunden.csv").content)) == 1

    def test_a_refused_round_after_a_correction_names_the_users_file(self, client: TestClient) -> None:
        """Refused in the second round: the message names the user's file, and the first round's
        correction is still there."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)
        client.post(f"/session/{token}/correct", data={"cell:3:1": "Beta KG neu", "cell:3:5": "noch-falsch"})

        refused = client.post(f"/session/{token}/correct", data={"cell:3:5": "\x00"})

        assert "k.csv" in refused.text
        assert "korrigiert" not in refused.text
        assert 'value="Beta KG neu"' in client.get(f"/session/{token}").text

    def test_a_refused_mapping_keeps_the_session(self, client: TestClient) -> None:
        """A mapping the check refuses (a column the file lacks) is undone: the page stays usable."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)

        refused = client.post(f"/session/{token}/mapping", data={"map:Gibtsnicht": "Firmenname"})

        assert refused.status_code == 422
        assert client.get(f"/session/{token}").status_code == 200

    def test_a_target_the_list_does_not_offer_is_refused_not_dropped(self, client: TestClient) -> None:
        """A mapping form naming no lexoffice column ("Firmennamen", an old page's or a hand-made
        request's) is refused with the column named; the mapping and the upload stay as they were
        (the hostile web round: the column silently left the upload)."""
        _status, page = upload(client, "k.csv", SMALL.encode())
        token = token_of(page)
        before = client.get(f"/session/{token}", headers={"Accept": "application/json"}).json()

        refused = client.post(f"/session/{token}/mapping", data={"map:Firma": "Firmennamen"})

        assert refused.status_code == 400
        assert "„Firmennamen“" in refused.text
        assert "„Firma“" in refused.text
        after = client.get(f"/session/{token}", headers={"Accept": "application/json"}).json()
        mapped = [(c["source"], c["target"]) for c in after["columns"]]
        assert ("Firma", "Firmenname") in mapped
        assert mapped == [(c["source"], c["target"]) for c in before["columns"]]

    def test_many_rejected_rows_still_make_a_form_that_can_be_sent(self, client: TestClient) -> None:
        """Thousands of rejected cells: the table shows the first rows and says where the others
        are; sending the form back works."""
        header = ";".join(f"Feld {i}" for i in range(40))
        lines = [header] + [";".join(f"{row}" for _ in range(40)) for row in range(700)]
        _status, page = upload(client, "breit.csv", ("\r\n".join(lines) + "\r\n").encode())
        token = token_of(page)
        shown = page.count('<tr data-row="')
        fields = dict(re.findall(r'name="(cell:\d+:\d+)" value="([^"]*)"', page))

        response = client.post(f"/session/{token}/correct", data=fields)

        assert 0 < shown < 700
        assert "700" in page
        assert "breit.rejected.csv" in page
        assert response.status_code == 200
        assert msg("verdict-attention") in response.text


class TestWordedForThePage:
    """The page's users have no terminal: advice names the page's list, table and options, never
    --map, --sheet or a command (the command line keeps its wording)."""

    SUGGESTED = (
        "Firma;Ansprechpartner Mobil;Strasse;PLZ;Ort;E-Mail\r\n"
        "Alpha GmbH;a@alpha.example;Weg 1;01067;Dresden;info@alpha.example\r\n"
        "Beta KG;b@beta.example;Gasse 2;80331;München;keine-adresse\r\n"
    )

    def test_mapping_advice_and_next_step_name_the_page(
        self, client: TestClient, run_cli: RunCli, tmp_path: Path
    ) -> None:
        _status, page = upload(client, "kunden.csv", self.SUGGESTED.encode())
        token = token_of(page)
        report = client.get(f"/download/{token}/kunden.report.html").text

        advice = msg("mapping-suggestion@web", suggestion="Ansprechpartner 1 E-Mail", score="{score}")
        before, _, after = advice.partition("{score}")
        assert before in page
        assert after in page
        assert "--map" not in page
        assert "--map" not in report
        assert "lexoffice-import check" not in report
        assert "„Korrekturen prüfen“" in report
        # the command line keeps its wording for the same file
        source = tmp_path / "kunden.csv"
        source.write_bytes(self.SUGGESTED.encode())
        run_cli("check", str(source), "--out", str(tmp_path / "cli"))
        cli_report = (tmp_path / "cli" / "kunden.report.html").read_text(encoding="utf-8")
        assert "lexoffice-import check" in cli_report
        assert "--map" in cli_report

    def test_a_missing_sheet_names_the_pages_field(self, client: TestClient) -> None:
        data = EXAMPLE.with_suffix(".xlsx").read_bytes()
        response = client.post(
            "/check",
            files={"file": ("kunden.xlsx", data, "application/octet-stream")},
            data={"sheet": "Gibtsnicht"},
        )

        assert response.status_code in (400, 422)
        assert "Tabellenblatt" in response.text
        assert "--sheet" not in response.text

    def test_no_name_column_is_worded_for_the_page(self, client: TestClient) -> None:
        """A table whose name columns no header names: the warning points at the column mapping,
        not at --map (added with name-columns-missing)."""
        data = "Feld1;Feld2;Feld3;Feld4\ninfo@a.example;Teehandel Sonnenblatt e.K.;Sonnenblatt;MR\n"
        _status, page = upload(client, "export.csv", data.encode())
        report = client.get(f"/download/{token_of(page)}/export.report.html").text

        assert "„Feld2“ als Firmenname" in report
        assert "--map" not in page
        assert "--map" not in report

    def test_an_inactive_contact_is_worded_for_the_page(self, client: TestClient) -> None:
        """The page has no --inactive: its warning says to delete the row instead (added with
        contact-inactive)."""
        data = "Firma;Ort;Inaktiv\nMüller Bau GmbH;Dresden;0\nAlt & Co KG;Kiel;1\n"
        _status, page = upload(client, "kunden.csv", data.encode())
        report = client.get(f"/download/{token_of(page)}/kunden.report.html").text

        assert "löschen Sie die Zeile in Ihrer Datei" in report
        assert "--inactive" not in page
        assert "--inactive" not in report

    #: Messages whose text names an option and that cannot reach the page, its JSON, its error page
    #: or a session's reports (every other one has an ``@web`` wording, see the test below).
    COMMAND_LINE_ONLY = frozenset(
        {
            # --help texts and the exit codes' descriptions: printed by the command line only
            *("help-cmd-check", "help-cmd-map", "help-cmd-reference", "help-cmd-serve", "help-cmd-template"),
            *("help-map", "help-mapping", "help-reference-out", "help-save-mapping", "exit-internal"),
            # option values the page never sends (click or CheckOptions refuse them before a check)
            *("usage-delimiter", "usage-size", "usage-renumber", "usage-encoding-not-text"),
            *("input-unknown-encoding", "template-kind-invalid"),
            # --out and its folder: a session's folder is the page's own, one input in it
            *(
                "usage-out-is-input",
                "usage-out-not-dir",
                "usage-out-dangling-link",
                "usage-out-name-not-text",
            ),
            *("usage-out-under-file", "usage-same-output-names", "env-busy", "env-path-too-long"),
            *("output-conflict-input", "output-conflict-foreign", "output-conflict-newer"),
            *(
                "output-conflict-folder",
                "output-conflict-foreign-damaged",
                "output-conflict-other-input-stdin",
            ),
            *(
                "output-conflict-other-input",
                "output-conflict-changed",
                "output-conflict-changed-no-contacts",
            ),
            # --map, --mapping and --save-mapping: the page's list sends known targets only
            # (web-mapping-unknown refuses any other before the check)
            *("mapping-unknown-target", "mapping-unknown-target-closest", "mapping-map-malformed"),
            *("mapping-map-conflict", "mapping-file-missing", "mapping-file-invalid", "mapping-file-write"),
            *("mapping-file-comment", "mapping-file-unknown-key", "mapping-file-is-catalog"),
            *("usage-save-mapping-several", "usage-save-mapping-is-input", "usage-save-mapping-is-output"),
            "usage-save-mapping-foreign",
            # --catalog: the page reads the shipped catalog
            *("catalog-missing", "catalog-invalid", "catalog-unknown-key", "catalog-is-mapping"),
            # --renumber, --inactive reject, --phone-format, --delimiter and --encoding: the page
            # never sets them (a "sep=" line is worded for the page: delimiter-suspicious-sep)
            *("customer-number-cleared", "supplier-number-cleared", "customer-number-offset"),
            *("supplier-number-offset", "renumber-offset-invalid", "renumber-offset-duplicate"),
            "renumber-offset-range",
            *("rule-customer-number-renumbered-hint", "rule-supplier-number-renumbered-hint"),
            *("issue-contact-inactive-set-aside", "rule-contact-inactive-set-aside-hint"),
            *("rule-phone-formatted-hint", "delimiter-suspicious", "dialect-forced", "evidence-forced"),
            # correction rounds beside earlier outputs: a session keeps its own rounds (managed_session)
            *(
                "issue-correction-kind-changed",
                "issue-correction-kind-auto",
                "rule-correction-kind-changed-hint",
            ),
            *("round-delimiter-wrong", "round-elsewhere", "round-restart-anew"),
            # several inputs in one run, standard input, the terminal's summary
            *("skipped-upload", "skipped-upload-changed", "skipped-corrected-in-run"),
            *("skipped-changed-beside-correction", "skipped-unmapped-changed", "workers-lost"),
            *("workers-lost-signal", "internal-error", "input-too-large-stream", "summary-workbook-others"),
            *("summary-none-mapped", "summary-none-mapped-no-header", "summary-none-mapped-above"),
            "summary-none-mapped-delimiter",
            # the quick reference (lexoffice-import reference) and its PDF
            *("html-quick-option-kind", "pdf-no-chromium", "pdf-failed"),
            # serve's own words to whoever starts it: its console warning, and refusals of the page
            # that name serve's and check's options on purpose
            *("serve-not-loopback", "web-host-refused", "web-too-large"),
            *("serve-port-in-use", "serve-port-in-use-no-free", "serve-port-refused"),
        }
    )

    def test_every_message_naming_an_option_is_worded_for_the_page(self) -> None:
        """A message whose text names an option either has an ``@web`` wording or is one the page
        never shows (:attr:`COMMAND_LINE_ONLY`): a new one fails here until someone decides."""
        from importer.messages import MESSAGES

        naming = {
            key
            for key, texts in MESSAGES.items()
            if "@" not in key and re.search(r"--[a-z]", texts["de"] + texts["en"])
        }
        unworded = sorted(key for key in naming - self.COMMAND_LINE_ONLY if f"{key}@web" not in MESSAGES)
        assert unworded == [], "word them for the page (<key>@web) or list them in COMMAND_LINE_ONLY"
        assert sorted(self.COMMAND_LINE_ONLY - naming) == []  # no longer naming an option, or gone
        assert sorted(key for key in self.COMMAND_LINE_ONLY if f"{key}@web" in MESSAGES) == []

    @pytest.mark.parametrize(
        "path",
        [
            CORPUS / "lxoffice_customers_1.csv",
            CORPUS / "invoiceninja_clients.csv",
            *sorted(p for p in EXAMPLE.parent.iterdir() if p.suffix in (".csv", ".xlsx", ".vcf")),
        ],
        ids=lambda path: path.name,
    )
    def test_real_files_show_no_option(self, client: TestClient, path: Path) -> None:
        """Real exports through the page: neither the result page nor its JSON name an option
        (lxoffice_customers_1.csv said 'mit --map "…=Lieferantennummer" … oder mit --kind
        lieferanten', invoiceninja_clients.csv 'ordnen Sie die Spalten mit --map zu')."""
        option = re.compile(r"(?:^|\s)--[a-z]")
        files = {"file": (path.name, path.read_bytes(), "application/octet-stream")}

        page = client.post("/check", files=files)
        report = client.post("/check", files=files, headers={"Accept": "application/json"})

        assert page.status_code == report.status_code == 200
        assert option.findall(page.text) == []

        def texts(value: object, key: str = "") -> Iterator[tuple[str, str]]:
            # fix_options lists command-line options by design; settings.assumptions name one only
            # as what the command line alone can change (their web wording, catalog.toml de_web)
            if key == "fix_options":
                return
            if isinstance(value, str) and not (key == "text" and "Kommandozeile" in value):
                yield key, value
            elif isinstance(value, dict):
                for name, item in value.items():
                    yield from texts(item, name)
            elif isinstance(value, list):
                for item in value:
                    yield from texts(item, key)

        assert [(key, text) for key, text in texts(report.json()) if option.search(text)] == []

    def test_a_kind_the_page_does_not_offer_and_a_sep_line_name_the_page(self, client: TestClient) -> None:
        status, page = upload(client, "k.csv", SMALL.encode(), kind="freunde")
        assert status == 400
        assert "„Art der Kontakte“" in page
        assert "--kind" not in page

        data = b"sep=,\nFirma;Ort;PLZ\nA GmbH;Dresden;01067\n"
        _status, page = upload(client, "k.csv", data)
        report = client.get(f"/download/{token_of(page)}/k.report.html").text
        assert (
            "Löschen Sie die Zeile „sep=“ in einem Texteditor und laden Sie die Datei erneut hoch" in report
        )
        assert "--delimiter" not in report

    def test_every_page_wording_has_its_command_line_key_and_fields(self) -> None:
        """An ``@web`` entry words an existing message with the same placeholders (or fewer)."""
        from importer.messages import MESSAGES

        web = {k: v for k, v in MESSAGES.items() if k.endswith("@web")}
        assert len(web) >= 20
        for key, texts in web.items():
            base = MESSAGES[key.removesuffix("@web")]
            for lang in ("de", "en"):
                fields = set(re.findall(r"{(\w+)", texts[lang]))
                assert fields <= set(re.findall(r"{(\w+)", base[lang])), (key, lang)
                assert "--" not in texts[lang], (key, lang)


def test_a_check_under_way_does_not_hold_up_other_pages(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the web round: a check ran on the server's event loop, and while a 40 MB file was
    checked another user's start page waited for it. A check runs in a worker thread now: the
    start page answers while one is held up."""
    import threading

    from importer import web

    started, release = threading.Event(), threading.Event()
    real = web.run_check

    def held(session: web.Session, lang: str) -> web.CheckResult:
        started.set()
        assert release.wait(30), "the check was never let go"
        return real(session, lang)

    monkeypatch.setattr(web, "run_check", held)
    answers: list[int] = []
    upload_thread = threading.Thread(
        target=lambda: answers.append(
            client.post("/check", files={"file": ("k.csv", SMALL.encode(), "text/csv")}).status_code
        )
    )
    upload_thread.start()
    try:
        assert started.wait(30)
        assert client.get("/").status_code == 200  # while the check is held
    finally:
        release.set()
        upload_thread.join(60)
    assert answers == [200]
