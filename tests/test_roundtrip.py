"""Correction rounds: the rejected file, corrected as a user would in Excel, checked again.

End to end on the bundled Faktura example: run, correct the rejected file with a script (as a
user would in a spreadsheet), check the corrected file. Expected rows and values are read from
the original example with Python's csv module, independently of the tool.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shlex
import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from importer.messages import msg
from importer.rounds import expand

RunCli = Callable[..., Result]

EXAMPLE = "faktura-kunden"
#: Rows of the example rejected for a customer number outside 10000–69999 (cleared by the user).
BAD_NUMBERS = {5: "9999", 124: "501", 139: "123456", 179: "7", 254: "0815"}
#: Rows with an invalid e-mail address, and the address the user types instead (row 34's
#: "simon@posteo.de (privat)" is taken out by the cleaning: email-extracted).
BAD_EMAILS = {103: "horn@t-online.de", 294: "hoffmann@freenet.de"}
#: Rows with an unknown country, and its code (row 119's "Schweiz (CH)" is read as CH now).
BAD_COUNTRY: dict[int, str] = {}
#: Rows whose customer number is already used by an uploaded row (left alone by the user).
DUPLICATES = {38: "10016", 110: "10069", 153: "10188", 156: "10103", 232: "10277", 251: "10323"}
CORRECTED = set(BAD_NUMBERS) | set(BAD_EMAILS) | set(BAD_COUNTRY)


def original_rows() -> dict[int, dict[str, str]]:
    """The example's records by spreadsheet row (header = 1), read with the csv module."""
    raw = files("reference.examples").joinpath(f"{EXAMPLE}.csv").read_bytes().decode("cp1252")
    reader = csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")
    return {n: dict(record) for n, record in enumerate(reader, start=2)}


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    """A ``;`` CSV file as dicts."""
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def correct(
    path: Path,
    edits: dict[int, dict[str, str]],
    *,
    encoding: str = "utf-8-sig",
    drop_apostrophes: bool = False,
) -> None:
    """Edit the rejected file as a user in Excel would: change cells by row, save as ``;`` CSV.

    ``encoding="cp1252"`` is Excel's "CSV (Trennzeichen-getrennt)" on a German Windows;
    ``drop_apostrophes`` a spreadsheet that took the apostrophe as its text marker.
    """
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header = rows[0]
    for row in rows[1:]:
        for column, value in edits.get(int(row[0]), {}).items():
            row[header.index(column)] = value
        if drop_apostrophes:
            row[:] = [c[1:] if c[:1] == "'" else c for c in row]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


def first_round_edits() -> dict[int, dict[str, str]]:
    """Clear the invalid customer numbers, correct the e-mail addresses and the country."""
    edits: dict[int, dict[str, str]] = {row: {"Kundennummer": ""} for row in BAD_NUMBERS}
    edits.update({row: {"Email": email} for row, email in BAD_EMAILS.items()})
    edits.update({row: {"Land": code} for row, code in BAD_COUNTRY.items()})
    return edits


def upload_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith((".kunden.csv", ".lieferanten.csv")))


def rejected_rows(path: Path) -> list[int]:
    return [int(r["Zeile"]) for r in read_csv(path)]


@pytest.fixture
def first_run(tmp_path: Path, run_cli: RunCli) -> Path:
    """The example checked once in its own folder; returns the folder."""
    source = files("reference.examples").joinpath(f"{EXAMPLE}.csv")
    with source.open("rb") as fh, (tmp_path / f"{EXAMPLE}.csv").open("wb") as out:
        shutil.copyfileobj(fh, out)
    assert run_cli("check", tmp_path / f"{EXAMPLE}.csv").exit_code == 1
    return tmp_path


def assert_no_number_twice(folder: Path) -> None:
    numbers = [r["Kundennummer"] for p in upload_files(folder) for r in read_csv(p) if r.get("Kundennummer")]
    assert len(numbers) == len(set(numbers))


def assert_no_apostrophe(folder: Path) -> None:
    for path in upload_files(folder):
        for record in read_csv(path):
            assert not [v for v in record.values() if v.startswith("'")], path.name


class TestSecondRound:
    """Checking the corrected rejected file is round 2: new files, the earlier ones untouched."""

    @pytest.mark.parametrize(
        ("encoding", "drop_apostrophes"),
        [("utf-8-sig", False), ("cp1252", False), ("cp1252", True)],
        ids=["excel-utf8", "excel-cp1252", "cp1252-apostrophes-taken"],
    )
    def test_corrected_rows_and_only_they_are_uploaded(
        self, first_run: Path, run_cli: RunCli, encoding: str, drop_apostrophes: bool
    ) -> None:
        """9 corrected rows uploaded in korrektur-1, the 6 duplicates rejected again, round 1 unchanged."""
        first_upload = first_run / f"{EXAMPLE}.kunden.csv"
        before = sha(first_upload)
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits(), encoding=encoding, drop_apostrophes=drop_apostrophes)

        result = run_cli("check", rejected)

        assert result.exit_code == 1, result.output
        assert sha(first_upload) == before
        second = first_run / f"{EXAMPLE}.korrektur-1.kunden.csv"
        original = original_rows()
        expected = sorted(
            (original[r]["Name"] or original[r]["Firma"], original[r]["Straße"]) for r in CORRECTED
        )
        got = sorted((r["Nachname"] or r["Firmenname"], r["Straße 1"]) for r in read_csv(second))
        assert got == expected
        assert rejected_rows(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv") == sorted(DUPLICATES)
        assert_no_apostrophe(first_run)
        assert_no_number_twice(first_run)
        # The value the rejected file showed as '+49 (0)391 177189-0 is uploaded as it was given.
        row_124 = next(r for r in read_csv(second) if r["Firmenname"] == original[124]["Firma"])
        assert row_124["Telefon 1"] == original[124]["Telefon"] == "+49 (0)391 177189-0"

    def test_duplicates_name_the_earlier_upload(self, first_run: Path, run_cli: RunCli) -> None:
        """A duplicate stays rejected with a reason naming the round-1 upload file that holds its number."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        run_cli("check", rejected)

        reasons = {
            int(r["Zeile"]): r["Ablehnungsgrund"]
            for r in read_csv(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv")
        }
        for row, number in DUPLICATES.items():
            assert f"„{number}“ steht schon in {EXAMPLE}.kunden.csv (Runde 1)" in reasons[row]

    @pytest.mark.parametrize(
        "touch",
        ["trailing-fields", "comma-saved", "stray-quote", "emptied", "cp1252-saved"],
    )
    def test_an_earlier_upload_file_saved_by_a_spreadsheet(
        self, first_run: Path, run_cli: RunCli, touch: str
    ) -> None:
        """Found by a hostile-input session: the round-1 upload file opened and saved again (empty
        fields added, "," written, a stray quote, emptied) made the next round exit 4. Its numbers
        are still read where they can be; an emptied file is warned as unreadable, and its numbers
        are taken from round 1's report."""
        upload = first_run / f"{EXAMPLE}.kunden.csv"
        text = upload.read_bytes().decode("utf-8")
        lines = text.split("\r\n")
        if touch == "trailing-fields":
            lines[3] += ";;;"
        elif touch == "comma-saved":
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
            out = io.StringIO(newline="")
            csv.writer(out, delimiter=",", lineterminator="\n").writerows(rows)
            lines = out.getvalue().split("\n")
        elif touch == "stray-quote":
            lines[5] = lines[5].replace(";", ';"', 1)
        elif touch == "emptied":
            lines = [""]
        joined = ("\r\n" if touch != "comma-saved" else "\n").join(lines)
        # Excel's "CSV (Trennzeichen-getrennt)" writes Windows-1252 (the header "Straße 1" alone differs)
        upload.write_bytes(joined.encode("cp1252" if touch == "cp1252-saved" else "utf-8"))
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        result = run_cli("check", rejected)

        assert result.exit_code == 1, result.output
        report = json.loads((first_run / f"{EXAMPLE}.korrektur-1.report.json").read_text(encoding="utf-8"))
        codes = {i["code"] for i in report["issues"]}
        assert ("correction-upload-unreadable" in codes) == (touch == "emptied")
        # the duplicates are still recognised
        assert rejected_rows(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv") == sorted(DUPLICATES)

    def test_an_earlier_upload_file_moved_away_still_counts(self, first_run: Path, run_cli: RunCli) -> None:
        """Found by a hostile test of the correction loop: the round-1 upload file moved to an
        archive folder once uploaded, round 2 uploaded the six numbers round 1 had uploaded
        already, with one warning. Round 1's report keeps its numbers: they stay rejected."""
        upload = first_run / f"{EXAMPLE}.kunden.csv"
        uploaded = {r["Kundennummer"] for r in read_csv(upload) if r.get("Kundennummer")}
        (first_run / "hochgeladen").mkdir()
        upload.rename(first_run / "hochgeladen" / upload.name)
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        result = run_cli("check", rejected)

        assert result.exit_code == 1, result.output
        assert rejected_rows(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv") == sorted(DUPLICATES)
        second = {
            r["Kundennummer"] for p in upload_files(first_run) for r in read_csv(p) if r.get("Kundennummer")
        }
        assert second
        assert not second & uploaded
        report = json.loads((first_run / f"{EXAMPLE}.korrektur-1.report.json").read_text(encoding="utf-8"))
        (warning,) = [i for i in report["issues"] if i["code"] == "correction-upload-unreadable"]
        assert "werden weiter als doppelt erkannt" in warning["message"]
        assert f"{EXAMPLE}.kunden.csv" in warning["message"]

    def test_a_row_rejected_anyway_still_names_the_earlier_upload(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        """A duplicate whose e-mail address the user broke as well: its reasons name both, the address
        and the round-1 upload that holds its number (the round looks at every row, rejected or not)."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        row, number = next(iter(DUPLICATES.items()))
        correct(rejected, {**first_round_edits(), row: {"Email": "kaputt@"}})

        run_cli("check", rejected)

        reasons = {
            int(r["Zeile"]): r["Ablehnungsgrund"]
            for r in read_csv(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv")
        }
        assert "„kaputt@“" in reasons[row]
        assert f"„{number}“ steht schon in {EXAMPLE}.kunden.csv (Runde 1)" in reasons[row]

    def test_report_shows_both_rounds(self, first_run: Path, run_cli: RunCli) -> None:
        """The JSON report lists rounds 1 and 2 with their counts; the HTML names round 2 and the command."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        run_cli("check", rejected)

        report = json.loads((first_run / f"{EXAMPLE}.korrektur-1.report.json").read_text("utf-8"))
        rounds = report["round"]
        assert rounds["number"] == 2
        assert [
            (h["round"], h["rows_checked"], h["rows_uploaded"], h["rows_rejected"]) for h in rounds["history"]
        ] == [
            (1, 300, 287, 13),
            (2, 13, 7, 6),
        ]
        assert expand(rounds["rows_uploaded"]) == CORRECTED
        assert rounds["accounting"]["balanced"] is True
        assert rounds["accounting"]["uploaded_per_round"] == [287, 7]
        html = (first_run / f"{EXAMPLE}.korrektur-1.report.html").read_text("utf-8")
        assert "Korrekturrunde 2" in html
        assert "Runde 1: 300 geprüft, 287 hochladbar, 13 abgelehnt" in html
        assert f"lexoffice-import check {first_run / (EXAMPLE + '.korrektur-1.rejected.csv')}" in html

    def test_first_report_explains_the_round_trip(self, first_run: Path) -> None:
        """The first run's HTML next-step box gives the exact command for the corrected rejected file."""
        html = (first_run / f"{EXAMPLE}.report.html").read_text("utf-8")
        assert f"lexoffice-import check {first_run / (EXAMPLE + '.rejected.csv')}" in html
        assert "Korrekturrunde 2" in html


class TestAccountingAcrossRounds:
    """A row deleted from the corrected file is named: it is in no upload file and no rejected file."""

    def test_deleted_row_is_named(self, first_run: Path, run_cli: RunCli) -> None:
        """Row 38 deleted by the user: listed as missing, and the rounds no longer balance."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())
        lines = rejected.read_bytes().decode("utf-8-sig").split("\r\n")
        kept = [line for line in lines if not line.startswith("38;")]
        assert len(kept) == len(lines) - 1
        rejected.write_bytes("\r\n".join(kept).encode("utf-8-sig"))

        run_cli("check", rejected)

        report = json.loads((first_run / f"{EXAMPLE}.korrektur-1.report.json").read_text("utf-8"))
        balance = report["round"]["accounting"]
        assert balance["rows_missing"] == [38]
        assert balance["still_rejected"] == 5
        assert balance["balanced"] is False
        # Said on the terminal too (a warning), not only in the reports.
        (missing,) = [i for i in report["issues"] if i["code"] == "correction-rows-missing"]
        assert missing["message"].startswith("Eine abgelehnte Zeile der früheren Runde fehlt")
        assert "(gelöscht?): Zeile 38. Sie ist in keiner Upload-Datei" in missing["message"]
        html = (first_run / f"{EXAMPLE}.korrektur-1.report.html").read_text("utf-8")
        assert "1 aus der korrigierten Datei gelöscht (Zeile 38)" in html

    def test_a_row_of_an_upload_pasted_back_counts_once(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by the thirty-third session's hostile round: round 1's uploaded row 2 pasted back
        into the rejected file was rejected (right), but counted as still rejected as well ("18 in
        upload files, 2 still rejected, 1 deleted" of 20), warned to be taken "out of the new
        upload file", which did not hold it, and, deleted in round 3 as advised, was "lost"."""
        source = tmp_path / "a.csv"
        source.write_bytes(
            b"Kundennummer;Firma;Ort;E-Mail\r\n10001;Alpha GmbH;Dresden;a@alpha.de\r\n"
            b"10002;Beta GmbH;Berlin;kaputt@\r\n10003;Gamma KG;Bonn;kaputt2@\r\n"
        )
        run_cli("check", source)
        rejected = tmp_path / "a.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace(";kaputt@\n", ";b@beta.de\n")
        text = text.replace(";kaputt@\r\n", ";b@beta.de\r\n")
        text += "2;;10001;Alpha GmbH;Dresden;a@alpha.de\r\n"  # pasted back from a.kunden.csv
        rejected.write_bytes(text.encode("utf-8-sig"))

        run_cli("check", rejected)

        report = json.loads((tmp_path / "a.korrektur-1.report.json").read_text("utf-8"))
        assert report["round"]["accounting"]["still_rejected"] == 1  # row 4 (Gamma) only
        assert report["round"]["accounting"]["balanced"] is True
        codes = {i["code"] for i in report["issues"] if i["row"] == 2}
        assert "row-uploaded-earlier" in codes
        assert "contact-uploaded-earlier" not in codes

        second = tmp_path / "a.korrektur-1.rejected.csv"
        lines = second.read_bytes().decode("utf-8-sig").splitlines(keepends=True)
        second.write_bytes("".join(line for line in lines if not line.startswith("2;")).encode("utf-8-sig"))

        run_cli("check", second)

        third = json.loads((tmp_path / "a.korrektur-2.report.json").read_text("utf-8"))
        assert third["round"]["accounting"]["rows_missing"] == []
        assert not [i for i in third["issues"] if i["code"] == "correction-rows-missing"]

    def test_a_contact_typed_into_a_rejected_file_is_never_uploaded(
        self, tmp_path: Path, run_cli: RunCli
    ) -> None:
        """Found by the hostile session: a new contact typed into the rejected file is refused
        (no row of the original), but the next rejected file gave it a row number, and the round
        after uploaded it: "über alle Runden 3 von 2 Zeilen hochladbar", exit 0. New contacts
        belong in a file of their own; the row stays refused, and the rounds balance."""
        source = tmp_path / "a.csv"
        source.write_bytes(b"Kundennummer;Firma;Ort\r\n10001;Alpha GmbH;Dresden\r\n501;Beta GmbH;Berlin\r\n")
        run_cli("check", source)
        rejected = tmp_path / "a.rejected.csv"
        typed = "Zeile;Ablehnungsgrund;Kundennummer;Firma;Ort\r\n3;;501;Beta GmbH;Berlin\r\n"
        typed += ";;;Neu GmbH;Leipzig\r\n"  # a new contact, no row number
        rejected.write_bytes(typed.encode("utf-8-sig"))
        run_cli("check", rejected)
        second = tmp_path / "a.korrektur-1.rejected.csv"
        second.write_bytes(second.read_bytes().replace(b";501;", b";;"))  # row 3 corrected

        result = run_cli("check", second)

        assert result.exit_code == 1
        assert [r["Firmenname"] for r in read_csv(tmp_path / "a.korrektur-2.kunden.csv")] == ["Beta GmbH"]
        assert "Neu GmbH" in (tmp_path / "a.korrektur-2.rejected.csv").read_text("utf-8-sig")
        report = json.loads((tmp_path / "a.korrektur-2.report.json").read_text("utf-8"))
        assert report["round"]["accounting"]["uploaded_per_round"] == [1, 0, 1]
        assert report["round"]["accounting"]["balanced"] is True
        assert "über alle Runden 2 von 2 Zeilen hochladbar" in result.output

    def test_a_typed_in_contact_never_takes_a_deleted_row_s_number(
        self, tmp_path: Path, run_cli: RunCli
    ) -> None:
        """Found by the correction-loop round: a new contact was numbered after the file's highest
        row, which was the number of a row the user had deleted (6); in the round after, it was
        uploaded as that row, and the real row 6 counted as uploaded. It is numbered after every
        row of the original now, and stays refused."""
        rows = "".join(f"{'501' if i <= 5 else 10000 + i};Firma {i} GmbH;Ort\r\n" for i in range(1, 11))
        source = tmp_path / "a.csv"
        source.write_bytes(("Kundennummer;Firma;Ort\r\n" + rows).encode())
        run_cli("check", source)
        rejected = tmp_path / "a.rejected.csv"
        lines = rejected.read_bytes().decode("utf-8-sig").split("\r\n")
        kept = [line for line in lines if not line.startswith(("5;", "6;"))]  # rows 5 and 6 deleted
        kept.insert(1, ";;;Neu GmbH;Leipzig")  # a new contact, no row number
        rejected.write_bytes("\r\n".join(kept).encode("utf-8-sig"))
        run_cli("check", rejected)

        second = (tmp_path / "a.korrektur-1.rejected.csv").read_text("utf-8-sig")
        numbers = {line.split(";")[0]: line for line in second.splitlines()[1:]}
        assert "Neu GmbH" in numbers["12"]  # after the original's rows 2–11
        assert "6" not in numbers

    def test_deleted_row_stays_missing_and_may_come_back(self, first_run: Path, run_cli: RunCli) -> None:
        """Found by a hostile-input session: row 38, deleted in round 2, was forgotten from round 3
        on (the rounds balanced without it), and pasted back it was refused as no row of the
        original file. It stays missing until it comes back, and then it is taken."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())
        lines = rejected.read_bytes().decode("utf-8-sig").split("\r\n")
        row_38 = next(line for line in lines if line.startswith("38;"))
        rejected.write_bytes("\r\n".join(x for x in lines if x != row_38).encode("utf-8-sig"))
        run_cli("check", rejected)
        second = first_run / f"{EXAMPLE}.korrektur-1.rejected.csv"
        left = max(DUPLICATES)  # stays rejected: round 3 has a rejected file to paste into
        correct(second, {row: {"Kundennummer": ""} for row in DUPLICATES if row not in (38, left)})
        run_cli("check", second)
        third = json.loads((first_run / f"{EXAMPLE}.korrektur-2.report.json").read_text("utf-8"))
        assert third["round"]["accounting"]["rows_missing"] == [38]
        assert third["round"]["accounting"]["balanced"] is False

        latest = first_run / f"{EXAMPLE}.korrektur-2.rejected.csv"
        correct(latest, {left: {"Kundennummer": ""}})
        text = latest.read_bytes().decode("utf-8-sig")
        header = next(csv.reader([text.split("\r\n")[0]], delimiter=";"))
        fields = next(csv.reader([row_38], delimiter=";"))
        fields[header.index("Kundennummer")] = ""
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerow(fields)
        latest.write_bytes((text + out.getvalue()).encode("utf-8-sig"))

        result = run_cli("check", latest)

        assert result.exit_code == 0, result.output
        report = json.loads((first_run / f"{EXAMPLE}.korrektur-3.report.json").read_text("utf-8"))
        assert report["round"]["accounting"]["rows_missing"] == []
        assert report["round"]["accounting"]["balanced"] is True
        uploaded = [r for p in upload_files(first_run) for r in read_csv(p)]
        assert len(uploaded) == len(original_rows())
        assert_no_number_twice(first_run)


class TestThirdRound:
    """Round 3 builds on rounds 1 and 2: numbers of both are taken, rows of both never again."""

    def test_third_round(self, first_run: Path, run_cli: RunCli) -> None:
        """Cleared duplicates are uploaded in korrektur-2; a number uploaded in round 2 is rejected."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits(), encoding="cp1252")
        run_cli("check", rejected)
        hashes = {p.name: sha(p) for p in upload_files(first_run)}
        second_rejected = first_run / f"{EXAMPLE}.korrektur-1.rejected.csv"
        # Row 38 takes the number of row 294, which round 2 uploaded; the others are cleared.
        edits = {row: {"Kundennummer": ""} for row in DUPLICATES if row != 38}
        edits[38] = {"Kundennummer": "10416"}
        correct(second_rejected, edits, encoding="cp1252")

        result = run_cli("check", second_rejected)

        assert result.exit_code == 1, result.output
        assert {p.name: sha(p) for p in upload_files(first_run) if p.name in hashes} == hashes
        third = read_csv(first_run / f"{EXAMPLE}.korrektur-2.kunden.csv")
        original = original_rows()
        assert sorted(r["Nachname"] or r["Firmenname"] for r in third) == sorted(
            original[r]["Name"] or original[r]["Firma"] for r in DUPLICATES if r != 38
        )
        last = read_csv(first_run / f"{EXAMPLE}.korrektur-2.rejected.csv")
        assert [int(r["Zeile"]) for r in last] == [38]
        assert f"{EXAMPLE}.korrektur-1.kunden.csv (Runde 2)" in last[0]["Ablehnungsgrund"]
        assert_no_apostrophe(first_run)
        assert_no_number_twice(first_run)
        report = json.loads((first_run / f"{EXAMPLE}.korrektur-2.report.json").read_text("utf-8"))
        balance = report["round"]["accounting"]
        assert balance["uploaded_per_round"] == [287, 7, 5]
        assert balance["still_rejected"] == 1
        assert balance["balanced"] is True
        # Every original row is in exactly one upload file or in the latest rejected file.
        uploaded = sum(len(read_csv(p)) for p in upload_files(first_run))
        assert uploaded + len(last) == len(original)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the folder (the manifest too) by name, with its bytes."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


class TestTwoCorrectionsOfOneRound:
    """The hostile correction round: two edited copies of the rejected file in one folder, checked
    in one run, raced: whichever worker wrote first became round 2 (about 4 runs in 10 the other
    way), and the other's corrections were refused with a wrong reason. Neither is checked now,
    each names the other, and the run exits 2 with nothing written."""

    def test_neither_is_checked(self, first_run: Path, run_cli: RunCli) -> None:
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        copy = first_run / f"{EXAMPLE}.rejected - Kopie.csv"
        copy.write_bytes(rejected.read_bytes())
        correct(rejected, first_round_edits())
        correct(copy, {row: {"Kundennummer": ""} for row in BAD_NUMBERS})
        before = snapshot(first_run)

        result = run_cli("check", first_run)

        assert result.exit_code == 2
        assert f"Nicht geprüft: {copy} – auch {rejected} ist eine korrigierte Fassung" in result.stderr
        assert f"Nicht geprüft: {rejected} – auch {copy} ist eine korrigierte Fassung" in result.stderr
        assert snapshot(first_run) == before


class TestEarlierRoundAfterALaterOne:
    """An earlier round's rejected file checked again once a later round builds on its round is
    refused: it would write that round anew, beside the later round's upload files."""

    def rounds_two_and_three(self, folder: Path, run_cli: RunCli) -> None:
        """Rounds 2 and 3 as in :class:`TestThirdRound`: row 38 stays rejected in round 3."""
        correct(folder / f"{EXAMPLE}.rejected.csv", first_round_edits())
        assert run_cli("check", folder / f"{EXAMPLE}.rejected.csv").exit_code == 1
        edits = {row: {"Kundennummer": ""} for row in DUPLICATES}
        edits[38] = {"Kundennummer": "10416"}  # uploaded in round 2: rejected again
        correct(folder / f"{EXAMPLE}.korrektur-1.rejected.csv", edits)
        assert run_cli("check", folder / f"{EXAMPLE}.korrektur-1.rejected.csv").exit_code == 1

    def test_refused_naming_the_latest_rejected_file(self, first_run: Path, run_cli: RunCli) -> None:
        """Round 1's rejected file, edited again after round 3: exit 2, nothing written, the message
        names round 3's rejected file; checking that one is round 4, and every row is uploaded once."""
        self.rounds_two_and_three(first_run, run_cli)
        old = first_run / f"{EXAMPLE}.rejected.csv"
        correct(old, {row: {"Kundennummer": ""} for row in DUPLICATES})  # no row left rejected
        before = snapshot(first_run)

        result = run_cli("check", old)

        assert result.exit_code == 2, result.output
        latest = first_run / f"{EXAMPLE}.korrektur-2.rejected.csv"
        assert "noch einmal Korrekturrunde 2" in result.stderr
        assert (
            f"spätere Korrekturrunde 3 ({first_run / (EXAMPLE + '.korrektur-2.report.json')})"
            in result.stderr
        )
        assert (
            f"Korrigieren Sie stattdessen die abgelehnten Zeilen der neuesten Runde in {latest}"
            in result.stderr
        )
        assert f"lexoffice-import check {latest}" in result.stderr
        assert snapshot(first_run) == before

        correct(latest, {38: {"Kundennummer": "10500"}})
        assert run_cli("check", latest).exit_code == 0
        fourth = read_csv(first_run / f"{EXAMPLE}.korrektur-3.kunden.csv")
        assert [(r["Kundennummer"], r.get("Nachname") or r.get("Firmenname")) for r in fourth] == [
            ("10500", original_rows()[38]["Name"] or original_rows()[38]["Firma"])
        ]
        assert_no_number_twice(first_run)
        assert sum(len(read_csv(p)) for p in upload_files(first_run)) == len(original_rows())
        report = json.loads((first_run / f"{EXAMPLE}.korrektur-3.report.json").read_text("utf-8"))
        assert report["round"]["accounting"]["uploaded_per_round"] == [287, 7, 5, 1]
        assert report["round"]["accounting"]["balanced"] is True

    def test_nothing_left_names_the_round_to_repeat(self, first_run: Path, run_cli: RunCli) -> None:
        """Round 3 rejected nothing: round 1's rejected file checked again is refused (English too),
        naming the file that repeats round 3; checked twice before round 3 existed, it was round 2
        again once its upload file was deleted."""
        old = first_run / f"{EXAMPLE}.rejected.csv"
        correct(old, first_round_edits())
        assert run_cli("check", old).exit_code == 1
        for made in ("kunden.csv", "report.json"):  # not uploaded: may be made again
            (first_run / f"{EXAMPLE}.korrektur-1.{made}").unlink()
        assert run_cli("check", old).exit_code == 1  # the same round twice in a row: round 2 again
        report = json.loads((first_run / f"{EXAMPLE}.korrektur-1.report.json").read_text("utf-8"))
        assert [h["round"] for h in report["round"]["history"]] == [1, 2]
        edits = {row: {"Kundennummer": ""} for row in DUPLICATES}
        second = first_run / f"{EXAMPLE}.korrektur-1.rejected.csv"
        correct(second, edits)
        assert run_cli("check", second).exit_code == 0
        correct(old, {row: {"Kundennummer": ""} for row in DUPLICATES})  # no row left rejected
        before = snapshot(first_run)

        german = run_cli("check", old)
        english = run_cli("check", old, "--lang", "en")

        assert german.exit_code == english.exit_code == 2
        assert (
            f"In Runde 3 wurde keine Zeile mehr abgelehnt; Ihre Änderungen in {old} werden nicht übernommen"
            in german.stderr
        )
        assert "Runde 3 zu wiederholen" in german.stderr
        assert f"lexoffice-import check {second}" in german.stderr
        assert "the later correction round 3" in english.stderr
        assert "To repeat round 3" in english.stderr
        assert snapshot(first_run) == before
        # Repeating round 3 as the message says replaces its files; still one upload file per row.
        for made in ("kunden.csv", "report.json"):
            (first_run / f"{EXAMPLE}.korrektur-2.{made}").unlink()
        correct(second, {**edits, 38: {"Kundennummer": "10500"}})
        assert run_cli("check", second).exit_code == 0
        assert "10500" in {
            r["Kundennummer"] for r in read_csv(first_run / f"{EXAMPLE}.korrektur-2.kunden.csv")
        }
        assert not (first_run / f"{EXAMPLE}.korrektur-3.kunden.csv").exists()
        assert_no_number_twice(first_run)
        assert sum(len(read_csv(p)) for p in upload_files(first_run)) == len(original_rows())


class TestRepeatedRound:
    """A round checked again while its upload file holds rows is refused: the user may have
    uploaded it, and a new file with the same rows would create those contacts twice."""

    def test_repeat_after_upload_is_refused(self, first_run: Path, run_cli: RunCli) -> None:
        """Found by a hostile-input session: the rejected file still open in Excel, corrected further
        and checked again, silently replaced korrektur-1.kunden.csv (perhaps uploaded already) by
        a file holding its rows again."""
        old = first_run / f"{EXAMPLE}.rejected.csv"
        correct(old, first_round_edits())
        assert run_cli("check", old).exit_code == 1
        upload = first_run / f"{EXAMPLE}.korrektur-1.kunden.csv"
        correct(old, {**first_round_edits(), 38: {"Kundennummer": ""}})
        before = snapshot(first_run)

        german = run_cli("check", old)
        english = run_cli("check", old, "--lang", "en")

        assert german.exit_code == english.exit_code == 2
        assert snapshot(first_run) == before
        assert f"{old} wurde schon einmal geprüft: Das war Korrekturrunde 2" in german.stderr
        assert str(upload) in german.stderr
        newest = first_run / f"{EXAMPLE}.korrektur-1.rejected.csv"
        # the command ends its line (the hostile correction round: it ran into the next sentence)
        assert f"lexoffice-import check {newest}\n" in german.stderr
        report = first_run / f"{EXAMPLE}.korrektur-1.report.json"
        assert f"löschen Sie {upload} und den Bericht {report} und prüfen Sie {old} erneut" in german.stderr
        # Moved away once uploaded (archived): still refused.
        archive = first_run / "hochgeladen"
        archive.mkdir()
        upload.rename(archive / upload.name)
        assert run_cli("check", old).exit_code == 2
        assert "could create those contacts twice" in english.stderr

    def test_a_command_with_spaces_is_quoted(self, tmp_path: Path, run_cli: RunCli) -> None:
        """The hostile correction round: "lexoffice-import check Kopie von export.rejected.csv"
        cannot be pasted into a terminal; the path is quoted."""
        folder = tmp_path / "Meine Kunden"
        folder.mkdir()
        source = folder / "export.csv"
        source.write_text("Firma;Ort;E-Mail\nAlpha GmbH;Kiel;a@\nBeta GmbH;Ulm;b@\n", encoding="utf-8")
        run_cli("check", source)
        old = folder / "export.rejected.csv"
        old.write_bytes(old.read_bytes().replace(b";a@", b";a@alpha.de"))
        assert run_cli("check", old).exit_code == 1
        old.write_bytes(old.read_bytes().replace(b";b@", b";b@beta.de"))

        result = run_cli("check", old)

        assert result.exit_code == 2
        newest = folder / "export.korrektur-1.rejected.csv"
        assert f'lexoffice-import check "{newest}"\n' in result.stderr

    def test_the_original_checked_again_after_a_round_is_refused(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        """Found by a hostile-input session: the original corrected and checked again after round 2
        made a new round-1 upload file holding round 2's contacts as well (two upload files)."""
        old = first_run / f"{EXAMPLE}.rejected.csv"
        correct(old, first_round_edits())
        assert run_cli("check", old).exit_code == 1
        original = first_run / f"{EXAMPLE}.csv"
        before = snapshot(first_run)

        result = run_cli("check", original)

        assert result.exit_code == 2
        assert snapshot(first_run) == before
        newest = first_run / f"{EXAMPLE}.korrektur-1.rejected.csv"
        assert f"lexoffice-import check {newest}" in result.stderr
        assert (
            f"({EXAMPLE}.korrektur-* und die übrigen Dateien {EXAMPLE}.*, außer Ihrer Datei {original.name})"
            in (result.stderr)
        )
        for path in first_run.glob(f"{EXAMPLE}.*"):
            if path != original:
                path.unlink()
        again = run_cli("check", original)
        assert again.exit_code == 1, again.stderr  # started anew

    def test_the_same_export_under_another_name_is_warned(self, first_run: Path, run_cli: RunCli) -> None:
        """Found by a hostile-input session: the export downloaded again ("… (1).csv") and checked
        made a second upload file of the same contacts without a word."""
        copy = first_run / f"{EXAMPLE} (1).csv"
        copy.write_bytes((first_run / f"{EXAMPLE}.csv").read_bytes())

        result = run_cli("check", copy)

        assert result.exit_code == 1
        report = json.loads((first_run / f"{EXAMPLE} (1).report.json").read_text("utf-8"))
        (twin,) = [i for i in report["issues"] if i["code"] == "input-checked-before"]
        assert f"{EXAMPLE}.kunden.csv" in twin["message"]
        assert "nur einmal hoch" in twin["message"]

    def test_the_same_export_renamed_is_warned(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by the hostile session: the export checked, then renamed and checked again, made
        a second upload file of the same contacts, "bereit", exit 0 (a copy was warned: the
        original beside it was compared; renamed, it is gone, and its report's digest counts)."""
        source = tmp_path / "export.csv"
        source.write_bytes(b"Kundennummer;Firma;Ort\r\n10001;Alpha GmbH;Dresden\r\n")
        assert run_cli("check", source).exit_code == 0
        renamed = source.rename(tmp_path / "export-kunden.csv")

        result = run_cli("check", renamed)

        assert result.exit_code == 1
        report = json.loads((tmp_path / "export-kunden.report.json").read_text("utf-8"))
        (twin,) = [i for i in report["issues"] if i["code"] == "input-checked-before"]
        assert "export.csv (export.kunden.csv)" in twin["message"]

    def test_the_same_file_under_another_stem_is_warned(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by the hostile round: a/kunden.csv checked in a batch (outputs "a-kunden.*"), then
        alone into the same folder ("kunden.*"): two upload files of the same contacts, no word."""
        out = tmp_path / "out"
        for folder, number in (("a", "10001"), ("b", "10002")):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "kunden.csv").write_bytes(
                f"Kundennummer;Firma;Ort\r\n{number};Alpha GmbH;Dresden\r\n".encode()
            )
        batch = run_cli("check", tmp_path / "a" / "kunden.csv", tmp_path / "b" / "kunden.csv", "--out", out)
        assert (batch.exit_code, (out / "a-kunden.kunden.csv").exists()) == (0, True)

        result = run_cli("check", tmp_path / "a" / "kunden.csv", "--out", out)

        assert result.exit_code == 1
        report = json.loads((out / "kunden.report.json").read_text("utf-8"))
        (twin,) = [i for i in report["issues"] if i["code"] == "input-checked-before"]
        assert "unter anderem Namen: a-kunden.kunden.csv." in twin["message"]

    def test_repeat_without_rows_to_upload_is_allowed(self, first_run: Path, run_cli: RunCli) -> None:
        """A round that uploaded nothing (every row still rejected) may be checked again."""
        old = first_run / f"{EXAMPLE}.rejected.csv"
        assert run_cli("check", old).exit_code == 1  # unchanged: all 13 rejected again
        correct(old, first_round_edits())

        result = run_cli("check", old)

        assert result.exit_code == 1
        assert len(read_csv(first_run / f"{EXAMPLE}.korrektur-1.kunden.csv")) == len(CORRECTED)


class TestReportsEditedByHand:
    """A report that is not as the tool writes it counts as missing: the round is checked without
    that context (a warning), never a crash."""

    @pytest.mark.parametrize(
        "edit",
        ["nested", "number-text", "huge-range", "history-text", "missing-stem"],
    )
    def test_a_damaged_report_is_no_context(self, first_run: Path, run_cli: RunCli, edit: str) -> None:
        """Found by a hostile-input session: exit 4 (RecursionError, ValueError) or memory
        exhausted by a range of 300 million rows."""
        report_path = first_run / f"{EXAMPLE}.report.json"
        report = json.loads(report_path.read_text("utf-8"))
        if edit == "nested":
            report_path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        else:
            found = report["round"]
            if edit == "number-text":
                found["number"] = "eins"
            elif edit == "huge-range":
                found["rows_uploaded_all"] = [[2, 300_000_000]]
            elif edit == "history-text":
                found["history"] = "x"
            else:
                del found["stem"]
            report_path.write_text(json.dumps(report), encoding="utf-8")
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        result = run_cli("check", rejected)

        assert result.exit_code == 1, result.output
        assert msg_context_missing() in result.output


def msg_context_missing() -> str:
    from importer.messages import msg

    return msg("html-round-context-missing")


class TestSettingsCarriedOver:
    """A correction round goes on with the options of the original check."""

    def test_kind_and_manual_mapping(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by a hostile-input session: checked with --kind lieferanten and a --map, the
        corrected supplier was uploaded as a customer in round 2 (the next-step command has neither
        option), and the row mapped by hand was rejected for want of a name."""
        source = tmp_path / "lief.csv"
        rows = ["Bezeichnung;Ort;E-Mail", "Weingut Kühn;Oestrich;info@kuehn.de", "Mühle Ost;Jena;kaputt@"]
        source.write_bytes(("\r\n".join(rows) + "\r\n").encode())
        first = run_cli("check", source, "--kind", "lieferanten", "--map", "Bezeichnung=Firmenname")
        assert first.exit_code == 1
        rejected = tmp_path / "lief.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("kaputt@", "ost@muehle.de")
        rejected.write_bytes(text.encode("utf-8-sig"))

        result = run_cli("check", rejected)

        assert result.exit_code == 0, result.output  # taking the options over is a note, no warning
        assert "Wie in der früheren Runde geprüft mit: --kind lieferanten" in result.output
        assert not (tmp_path / "lief.korrektur-1.kunden.csv").exists()
        suppliers = read_csv(tmp_path / "lief.korrektur-1.lieferanten.csv")
        assert [(r["Firmenname"], r["Ort 1"]) for r in suppliers] == [("Mühle Ost", "Jena")]
        report = json.loads((tmp_path / "lief.korrektur-1.report.json").read_text("utf-8"))
        assert not report["issues"]
        assert report["round"]["settings_taken"] == ["--kind lieferanten", '--map "Bezeichnung=Firmenname"']
        page = (tmp_path / "lief.korrektur-1.report.html").read_text("utf-8")
        assert (
            "Wie in der früheren Runde geprüft mit: "
            "<code>--kind lieferanten --map &#34;Bezeichnung=Firmenname&#34;</code>" in page
        )
        assert report["settings"]["kind"] == "suppliers"

    @pytest.mark.parametrize(
        ("first_kind", "again", "warned"),
        [
            # customers by their Kundennummer (auto), the corrected row made a supplier
            (
                (),
                "lieferanten",
                "als Kunden geprüft; mit --kind lieferanten werden die korrigierten Zeilen Lieferanten",
            ),
            # suppliers by hand, the corrected row made a customer
            (("--kind", "lieferanten"), "kunden", "als Lieferanten geprüft; mit --kind kunden"),
            # the same kind typed again: nothing changes, nothing said
            ((), "kunden", None),
            (("--kind", "lieferanten"), "lieferanten", None),
        ],
    )
    def test_another_kind_typed_in_a_correction_round_is_named(
        self, tmp_path: Path, run_cli: RunCli, first_kind: tuple[str, ...], again: str, warned: str | None
    ) -> None:
        """Found by the thirty-second session's correction loop: ``--kind lieferanten`` typed in
        round 2 of a customer list filed the corrected customer as a supplier, its Kundennummer in
        the unmapped file, "bereit zum Hochladen" and exit 0, while round 1's stayed customers."""
        source = tmp_path / "kunden.csv"
        rows = ["Kundennummer;Firmenname;Ort;E-Mail", "10001;Müller GmbH;Berlin;info@mueller.de"]
        source.write_bytes(("\r\n".join([*rows, "10002;Schulz AG;Hamburg;kaputt@"]) + "\r\n").encode())
        assert run_cli("check", source, *first_kind).exit_code == 1
        rejected = tmp_path / "kunden.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace(";kaputt@\r\n", ";info@schulz.de\r\n")
        rejected.write_bytes(text.encode("utf-8-sig"))

        result = run_cli("check", rejected, "--kind", again)

        report = json.loads((tmp_path / "kunden.korrektur-1.report.json").read_text("utf-8"))
        notes = [i["message"] for i in report["issues"] if i["code"] == "correction-kind-changed"]
        if warned is None:
            assert result.exit_code == 0, result.output
            assert notes == []
        else:
            assert result.exit_code == 1
            (note,) = notes
            assert warned in note
            assert f"prüfen Sie die ursprüngliche Datei neu mit --kind {again}" in note
        assert (tmp_path / f"kunden.korrektur-1.{again}.csv").is_file()

    @pytest.mark.parametrize(
        ("phone", "fixed", "errors"),
        [
            # only the e-mail corrected: in round 2 alone the phone's values did not read as phone
            # numbers, the column went to the unmapped file, and the contact was uploaded without it
            ("0351/47110 Durchwahl -12", "g@gamma.de", []),
            # a still invalid address: the column was unmapped and the row uploaded, "0 abgelehnt"
            ("0351 4712000", "info(at)gamma.de", ["email-invalid"]),
        ],
    )
    def test_columns_go_where_they_went_in_round_one(
        self, tmp_path: Path, run_cli: RunCli, phone: str, fixed: str, errors: list[str]
    ) -> None:
        """Found by the hostile round on Excel's correction loop: a round's few rows decided the
        mapping by their values again, and a column mapped in round 1 went to the unmapped file."""
        source = tmp_path / "export.csv"
        rows = ["Firma;Telefon;E-Mail", "Alpha GmbH;0351 471100;a@alpha.de", "Beta KG;0351 472200;b@beta.de"]
        source.write_bytes(("\r\n".join([*rows, f"Gamma KG;{phone};g@gamma"]) + "\r\n").encode())
        assert run_cli("check", source).exit_code == 1
        rejected = tmp_path / "export.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace(";g@gamma\r\n", f";{fixed}\r\n")
        rejected.write_bytes(text.encode("cp1252"))

        result = run_cli("check", rejected)

        assert result.exit_code == 1
        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        targets = {c["source"]: c["target"] for c in report["columns"]}
        assert (targets["Telefon"], targets["E-Mail"]) == ("Telefon 1", "E-Mail 1")
        assert [i["code"] for i in report["issues"] if i["severity"] == "error"] == errors
        uploaded = tmp_path / "export.korrektur-1.kunden.csv"
        if errors:
            assert not uploaded.exists()
        else:  # with its phone, warned as in round 1 (phone-invalid)
            assert [(r["Telefon 1"], r["E-Mail 1"]) for r in read_csv(uploaded)] == [(phone, fixed)]
        assert "Wie in der früheren Runde geprüft mit: --map" in result.output

    @pytest.mark.parametrize(
        ("book", "sheet", "role", "other"),
        [
            # the sheet named for suppliers gave suppliers, its rejected file customers in round 2
            ("Export", "Lieferanten", "lieferanten", "kunden"),
            # the second re-test: the sheet "Kunden" gave customers, round 2 read the file's name
            ("Lieferanten 2025", "Kunden", "kunden", "lieferanten"),
        ],
    )
    def test_the_role_by_name_stays_in_round_two(
        self, tmp_path: Path, run_cli: RunCli, book: str, sheet: str, role: str, other: str
    ) -> None:
        """Found by the hostile re-tests: a workbook's role decided by its sheet's name changed in
        the correction round, whose rejected file (a CSV) is named for the workbook."""
        import openpyxl

        workbook = openpyxl.Workbook()
        active = workbook.active
        active.title = sheet
        for row in (
            ["Firma", "Ort", "E-Mail"],
            ["Alpha GmbH", "Berlin", "a@alpha.de"],
            ["Beta AG", "Jena", "kaputt@"],
        ):
            active.append(row)
        workbook.save(tmp_path / f"{book}.xlsx")
        assert run_cli("check", tmp_path / f"{book}.xlsx").exit_code == 1
        assert (tmp_path / f"{book}.{role}.csv").exists()
        rejected = tmp_path / f"{book}.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("kaputt@", "b@beta.de")
        rejected.write_bytes(text.encode("utf-8-sig"))

        result = run_cli("check", rejected)

        assert not (tmp_path / f"{book}.korrektur-1.{other}.csv").exists(), result.output
        uploaded = read_csv(tmp_path / f"{book}.korrektur-1.{role}.csv")
        assert [r["Firmenname"] for r in uploaded] == ["Beta AG"]

    def test_a_value_s_own_apostrophe_survives_the_round(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by the hostile session: "'+Plus GmbH" (an apostrophe of the value, before a
        character a spreadsheet would run) is uploaded as given in round 1, but reading the
        rejected file back took it for the tool's guard: round 2 uploaded "+Plus GmbH"."""
        source = tmp_path / "a.csv"
        source.write_bytes(
            "Kundennummer;Firma;Ort\r\n501;'+Plus GmbH;Dresden\r\n10003;''=Gamma;Köln\r\n".encode()
        )
        assert run_cli("check", source).exit_code == 1
        assert [r["Firmenname"] for r in read_csv(tmp_path / "a.kunden.csv")] == ["''=Gamma"]
        rejected = tmp_path / "a.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig")
        assert ";''+Plus GmbH;" in text  # guarded: the value's apostrophe and one more
        rejected.write_bytes(text.replace(";501;", ";10004;").encode("utf-8-sig"))

        run_cli("check", rejected)

        uploaded = read_csv(tmp_path / "a.korrektur-1.kunden.csv")
        assert [r["Firmenname"] for r in uploaded] == ["'+Plus GmbH"]

    def test_a_merge_chosen_with_map_stays_in_round_two(self, tmp_path: Path, run_cli: RunCli) -> None:
        """``--map "Kontakt=Ansprechpartner"`` (Business Central's contact: a whole name) is taken
        into round 2 as the merge, not as its column "Ansprechpartner 1 Nachname" (the whole name)."""
        source = tmp_path / "deb.csv"
        source.write_bytes(
            "Nr.;Name;Kontakt;E-Mail\r\n"
            "10000;Möbelhaus Schröder GmbH;Frau Claudia Schröder;einkauf@schroeder.de\r\n"
            "20000;Café Sonnenschein;Herr Gerd Pfeiffer;kaputt@\r\n".encode("cp1252")
        )
        assert run_cli("check", source, "--map", "Kontakt=Ansprechpartner").exit_code == 1
        first = read_csv(tmp_path / "deb.kunden.csv")
        assert [
            (r["Ansprechpartner 1 Anrede"], r["Ansprechpartner 1 Vorname"], r["Ansprechpartner 1 Nachname"])
            for r in first
        ] == [("Frau", "Claudia", "Schröder")]
        rejected = tmp_path / "deb.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("kaputt@", "cafe@sonnenschein.de")
        rejected.write_bytes(text.encode("utf-8-sig"))

        result = run_cli("check", rejected)

        assert '--map "Kontakt=Ansprechpartner"' in result.output
        uploaded = read_csv(tmp_path / "deb.korrektur-1.kunden.csv")
        assert [
            (r["Firmenname"], r["Ansprechpartner 1 Vorname"], r["Ansprechpartner 1 Nachname"])
            for r in uploaded
        ] == [("Café Sonnenschein", "Gerd", "Pfeiffer")]

    def test_a_column_mapped_by_its_values_stays_mapped(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by the hostile re-test: Outlook's "Title" (Anrede by its values) was unmapped in
        round 2, whose one row said "Dr.", and the title went to the unmapped file."""
        source = tmp_path / "ol.csv"
        source.write_bytes(
            b"Title,First Name,Last Name,E-mail Address\r\nMr.,John,Smith,j@s.com\r\n"
            b"Mrs.,Jane,Doe,jd@x.com\r\nDr.,Hans,Kurz,kaputt@\r\nMs.,Lisa,Roe,lr@x.de\r\n"
        )
        assert run_cli("check", source).exit_code == 1
        rejected = tmp_path / "ol.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("kaputt@", "hk@x.de")
        rejected.write_bytes(text.encode("utf-8-sig"))

        run_cli("check", rejected)

        uploaded = read_csv(tmp_path / "ol.korrektur-1.kunden.csv")
        assert [(r["Anrede"], r["Nachname"]) for r in uploaded] == [("Dr.", "Kurz")]

    def test_a_mapped_column_deleted_since_is_not_taken(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Found by a hostile-input session: round 1's --map "Bemerkung=" for a column the user then
        deleted from the rejected file refused round 2 with "--map names a column that is not
        there", although the user gave no --map."""
        source = tmp_path / "m.csv"
        source.write_bytes(b"Name1;Ort;Mail;Bemerkung\r\nA GmbH;Jena;a@x.de;x\r\nB GmbH;Jena;kaputt@;y\r\n")
        assert run_cli("check", source, "--map", "Name1=Firmenname", "--map", "Bemerkung=").exit_code == 1
        rejected = tmp_path / "m.rejected.csv"
        rows = list(
            csv.reader(io.StringIO(rejected.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";")
        )
        rows = [[c for c, h in zip(r, rows[0], strict=True) if h != "Bemerkung"] for r in rows]
        rows[1][rows[0].index("Mail")] = "b@x.de"
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        rejected.write_bytes(out.getvalue().encode("utf-8-sig"))

        result = run_cli("check", rejected)

        assert result.exit_code == 0, result.output
        assert 'geprüft mit: --map "Name1=Firmenname".' in result.output  # the deleted column's not
        assert [r["Firmenname"] for r in read_csv(tmp_path / "m.korrektur-1.kunden.csv")] == ["B GmbH"]

    def test_company_person_keep(self, tmp_path: Path, run_cli: RunCli) -> None:
        """--company-person keep on the command line, and taken over by the next round."""
        source = tmp_path / "k.csv"
        source.write_bytes(b"Firma;Vorname;Name;E-Mail\r\nA GmbH;Jan;Berg;kaputt@\r\n")
        first = run_cli("check", source, "--company-person", "keep")
        assert first.exit_code == 1
        rejected = tmp_path / "k.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("kaputt@", "jan@berg.de")
        rejected.write_bytes(text.encode("utf-8-sig"))

        second = run_cli("check", rejected)
        assert second.exit_code == 0, second.output
        assert "geprüft mit: --company-person keep." in second.output

        (row,) = read_csv(tmp_path / "k.korrektur-1.kunden.csv")
        assert (row["Vorname"], row["Nachname"], row.get("Ansprechpartner 1 Nachname")) == (
            "Jan",
            "Berg",
            None,
        )

    @pytest.mark.parametrize("kind", ["kunden", "auto"])
    def test_an_option_given_again_wins(self, tmp_path: Path, run_cli: RunCli, kind: str) -> None:
        """Also with its default value: found by a hostile-input session, --kind auto typed in
        round 2 was overruled by round 1's --kind lieferanten (the default counted as not given)."""
        source = tmp_path / "k.csv"
        source.write_bytes(b"Firma;Ort;E-Mail\r\nA GmbH;Jena;a@x.de\r\nB GmbH;Jena;kaputt@\r\n")
        assert run_cli("check", source, "--kind", "lieferanten").exit_code == 1
        rejected = tmp_path / "k.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("kaputt@", "b@x.de")
        rejected.write_bytes(text.encode("utf-8-sig"))

        result = run_cli("check", rejected, "--kind", kind)

        # the option wins; that the corrected row is a customer now, round 1's a supplier, is said
        assert result.exit_code == 1, result.output
        assert [r["Firmenname"] for r in read_csv(tmp_path / "k.korrektur-1.kunden.csv")] == ["B GmbH"]
        report = json.loads((tmp_path / "k.korrektur-1.report.json").read_text("utf-8"))
        (note,) = [i["message"] for i in report["issues"]]
        assert note.startswith(
            f"Die frühere Runde hat diese Kontakte als Lieferanten geprüft; mit --kind {kind} "
        )


class TestReadBack:
    """The rejected file is read back exactly; rows uploaded before are never taken again."""

    def test_row_uploaded_before_is_rejected(self, first_run: Path, run_cli: RunCli) -> None:
        """A row of round 1's upload pasted into the corrected file is rejected, not uploaded twice."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig")
        original = original_rows()
        header = next(csv.reader(io.StringIO(text), delimiter=";"))
        pasted = {**original[2], "Zeile": "2", "Ablehnungsgrund": "", "Kundennummer": ""}
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerow([pasted.get(h, "") for h in header])
        rejected.write_bytes((text + out.getvalue()).encode("utf-8-sig"))

        run_cli("check", rejected)

        again = {
            int(r["Zeile"]): r["Ablehnungsgrund"]
            for r in read_csv(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv")
        }
        assert "schon in einer früheren Runde" in again[2]

    def test_new_or_renumbered_rows_are_not_taken(self, first_run: Path, run_cli: RunCli) -> None:
        """A contact typed in without a row number, and one whose number was changed, stay rejected."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        edits = first_round_edits()
        edits[294] = {**edits[294], "Zeile": "295"}  # 295 was uploaded in round 1: not this row
        correct(rejected, edits)
        text = rejected.read_bytes().decode("utf-8-sig")
        header = next(csv.reader(io.StringIO(text), delimiter=";"))
        added = {"Zeile": "", "Kundennummer": "", "Firma": "Neu GmbH", "Ort": "Leipzig"}
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerow([added.get(h, "") for h in header])
        rejected.write_bytes((text + out.getvalue()).encode("utf-8-sig"))

        run_cli("check", rejected)

        second = read_csv(first_run / f"{EXAMPLE}.korrektur-1.kunden.csv")
        assert "Neu GmbH" not in {r["Firmenname"] for r in second}
        assert original_rows()[294]["Firma"] not in {r["Firmenname"] for r in second}
        still = read_csv(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv")
        reasons = {r["Firma"] or r["Name"]: r["Ablehnungsgrund"] for r in still}
        assert "keine abgelehnte Zeile der ursprünglichen Datei" in reasons["Neu GmbH"]
        assert "schon in einer früheren Runde" in reasons[original_rows()[294]["Firma"]]

    @pytest.mark.parametrize("copy_as", ["294", "0294", " 294 "])
    def test_a_copied_row_is_taken_once(self, first_run: Path, run_cli: RunCli, copy_as: str) -> None:
        """Found by a hostile-input session: a row copied with its row number written "034" was
        uploaded twice (the repeat was looked for in the text, "34" and "034" differ)."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())
        text = rejected.read_bytes().decode("utf-8-sig")
        line = next(x for x in text.split("\r\n") if x.startswith("294;"))
        rejected.write_bytes((text + copy_as + line[3:] + "\r\n").encode("utf-8-sig"))

        run_cli("check", rejected)

        second = read_csv(first_run / f"{EXAMPLE}.korrektur-1.kunden.csv")
        companies = [r["Firmenname"] for r in second]
        assert companies.count(original_rows()[294]["Firma"]) == 1
        still = {int(r["Zeile"]) for r in read_csv(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv")}
        assert len(still - set(DUPLICATES)) == 1  # the copy, under a row number of its own

    @pytest.mark.parametrize("edit", ["reason-deleted", "row-moved-last", "both-moved"])
    def test_own_columns_moved_or_the_reason_deleted(
        self, first_run: Path, run_cli: RunCli, edit: str
    ) -> None:
        """Found by a hostile-input session: with the column "Ablehnungsgrund" deleted (common once the
        rows are corrected) or "Zeile" moved, the file was an ordinary input: six duplicate numbers,
        rejected in round 1 for being uploaded already, were uploaded again."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())
        rows = list(
            csv.reader(io.StringIO(rejected.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";")
        )
        if edit == "reason-deleted":
            rows = [[r[0], *r[2:]] for r in rows]
        elif edit == "row-moved-last":
            rows = [[*r[2:], r[0]] for r in rows]
        else:
            rows = [[r[2], r[1], *r[3:], r[0]] for r in rows]
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        rejected.write_bytes(out.getvalue().encode("utf-8-sig"))

        result = run_cli("check", rejected)

        assert "Korrekturrunde 2" in result.output, result.output
        assert rejected_rows(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv") == sorted(DUPLICATES)
        assert_no_number_twice(first_run)

    @pytest.mark.parametrize(("row", "reason"), [("Row", "Reason"), ("Zeile", "Ablehnungsgrund")])
    def test_a_plain_exports_own_row_and_reason_columns(
        self, tmp_path: Path, run_cli: RunCli, row: str, reason: str
    ) -> None:
        """A CRM export with columns of those names elsewhere, no report or rejected file beside
        it, is an ordinary input: the thirty-fourth hostile round found it read as a corrected
        rejected file, its reasons in no output and a row rejected as unknown to an earlier round."""
        source = tmp_path / "crm-export.csv"
        source.write_text(
            f"Kundennummer;Firma;Ort;E-Mail;{row};{reason}\n"
            "10001;A GmbH;Dresden;a@a.de;1;Neukunde Messe\n10002;B GmbH;Dresden;b@b.de;2;Empfehlung\n",
            encoding="utf-8",
        )

        result = run_cli("check", source, "--json")

        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert report["round"]["number"] == 1
        assert report["rows"]["uploaded"] == 2
        unmapped = (tmp_path / "crm-export.unmapped.csv").read_text("utf-8-sig")
        assert "Neukunde Messe" in unmapped
        assert "Empfehlung" in unmapped

    def test_a_round_whose_report_was_deleted_is_not_replaced(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Round 2's report deleted, its upload file kept: checking the rejected file again would
        replace that upload file, perhaps uploaded, holding its contacts again (the thirty-fourth
        hostile round found it replaced without a word). Refused, exit 2, nothing written."""
        source = tmp_path / "k.csv"
        source.write_text(
            "Kundennummer;Firma;Ort;E-Mail\n10001;A GmbH;Dresden;a@a.de\n10002;B GmbH;Leipzig;b@\n"
            "10003;C GmbH;Halle;c@\n",
            encoding="utf-8",
        )
        run_cli("check", source)
        rejected = tmp_path / "k.rejected.csv"
        rejected.write_bytes(rejected.read_bytes().replace(b";b@\r\n", b";b@b.de\r\n"))
        assert run_cli("check", rejected).exit_code == 1
        (tmp_path / "k.korrektur-1.report.json").unlink()
        rejected.write_bytes(rejected.read_bytes().replace(b";c@\r\n", b";c@c.de\r\n"))
        upload = tmp_path / "k.korrektur-1.kunden.csv"
        before = upload.read_bytes()

        result = run_cli("check", rejected)

        assert result.exit_code == 2, result.output
        assert "Der Bericht dieser Runde fehlt" in result.stderr
        assert upload.read_bytes() == before

    def test_the_file_that_was_the_round_is_named(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Round 2 checked as "k.rejected (1).csv": the unchanged "k.rejected.csv" checked next is
        refused naming the copy that was checked, not itself as "checked before"."""
        source = tmp_path / "k.csv"
        source.write_text("Firma;Ort;E-Mail\nA GmbH;Dresden;a@a.de\nB GmbH;Leipzig;b@\n", encoding="utf-8")
        run_cli("check", source)
        rejected = tmp_path / "k.rejected.csv"
        copy = tmp_path / "k.rejected (1).csv"
        copy.write_bytes(rejected.read_bytes().replace(b";b@\r\n", b";b@b.de\r\n"))
        assert run_cli("check", copy).exit_code == 0

        result = run_cli("check", rejected)

        assert result.exit_code == 2, result.output
        assert f"die wurde schon mit {copy} geprüft" in result.stderr

    def test_saved_under_another_name_in_the_folder(self, first_run: Path, run_cli: RunCli) -> None:
        """Saved as ``kunden-korrigiert.csv`` beside the report, the file is round 2 with its context."""
        renamed = first_run / "kunden-korrigiert.csv"
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits(), encoding="cp1252")
        renamed.write_bytes(rejected.read_bytes())

        result = run_cli("check", renamed)

        assert result.exit_code == 1, result.output
        assert rejected_rows(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv") == sorted(DUPLICATES)
        assert_no_number_twice(first_run)

    @pytest.mark.parametrize("row", ["2", "999"])
    def test_saved_under_another_name_with_a_row_of_no_round(
        self, first_run: Path, run_cli: RunCli, row: str
    ) -> None:
        """Found by the thirty-third session's hostile round: the renamed file with one row the
        round did not reject (round 1's uploaded row 2 pasted back, or a row number mistyped) was
        checked as a new export, and row 2's customer went into a second upload file. Most of its
        rows are the round's: it is round 2, and that row is rejected."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())
        text = rejected.read_bytes().decode("utf-8-sig")
        header = next(csv.reader(io.StringIO(text), delimiter=";"))
        pasted = {**original_rows()[2], "Zeile": row, "Ablehnungsgrund": ""}
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerow([pasted.get(h, "") for h in header])
        renamed = first_run / "kunden-korrigiert.csv"
        renamed.write_bytes((text + out.getvalue()).encode("utf-8-sig"))

        result = run_cli("check", renamed)

        assert "Korrekturrunde 2" in result.output, result.output
        assert not (first_run / "kunden-korrigiert.kunden.csv").exists()
        assert_no_number_twice(first_run)
        still = read_csv(first_run / f"{EXAMPLE}.korrektur-1.rejected.csv")
        assert original_rows()[2]["Firma"] in {r["Firma"] for r in still}

    def test_without_earlier_report_a_warning(self, first_run: Path, run_cli: RunCli, tmp_path: Path) -> None:
        """Moved away from its report, the corrected file is checked alone, with a warning saying so."""
        elsewhere = tmp_path / "woanders"
        elsewhere.mkdir()
        moved = elsewhere / "korrigiert.csv"
        correct(first_run / f"{EXAMPLE}.rejected.csv", first_round_edits())
        shutil.copy(first_run / f"{EXAMPLE}.rejected.csv", moved)

        output = run_cli("check", moved).output

        assert "Doppelte Nummern gegenüber früheren Upload-Dateien konnten nicht geprüft werden" in output
        report = json.loads((elsewhere / "korrigiert.report.json").read_text("utf-8"))
        assert report["round"]["context_missing"] is True
        assert "correction-context-missing" in {i["code"] for i in report["issues"]}
        # Still read back: original row numbers, no reason column, no apostrophe in the upload.
        assert all(c["source"] not in ("Zeile", "Ablehnungsgrund") for c in report["columns"])
        assert_no_apostrophe(elsewhere)
        assert expand(report["round"]["rows_uploaded"]) == CORRECTED | set(DUPLICATES)

    def test_only_the_added_apostrophe_is_removed(self, tmp_path: Path, run_cli: RunCli) -> None:
        """``'+49…`` loses its apostrophe; ``'Hallo`` and ``''=x`` keep theirs."""
        source = tmp_path / "k.csv"
        source.write_text(
            "Kundennummer;Firmenname;Telefon 1;Bemerkung\r\n1;'Hallo GmbH;+49 30 1234567;''=x\r\n",
            encoding="utf-8",
        )
        run_cli("check", source)
        rejected = tmp_path / "k.rejected.csv"
        assert "'+49 30 1234567" in rejected.read_text("utf-8-sig")
        correct(rejected, {2: {"Kundennummer": "10001"}})

        run_cli("check", rejected)

        row = read_csv(tmp_path / "k.korrektur-1.kunden.csv")[0]
        assert row["Firmenname"] == "'Hallo GmbH"
        assert row["Telefon 1"] == "+49 30 1234567"
        unmapped = read_csv(tmp_path / "k.korrektur-1.unmapped.csv")[0]
        assert unmapped["Bemerkung"] == "'''=x"  # the value "''=x", guarded like any "=x"

    def test_own_column_named_like_the_row_column(self, tmp_path: Path, run_cli: RunCli) -> None:
        """A user's own ``Zeile`` column keeps its name and values in the next round: no
        "duplicate header" warning, no made-up ``Zeile (2)`` and no mapping suggestion for it."""
        source = tmp_path / "k.csv"
        source.write_text(
            "Firmenname;Kundennummer;Zeile;E-Mail\r\n"
            "Müller GmbH;10001;a;info@mueller.de\r\n"
            "Schulz AG;10002;b;kaputt@\r\n",
            encoding="utf-8",
        )
        run_cli("check", source)
        rejected = tmp_path / "k.rejected.csv"
        raw = rejected.read_bytes()
        assert raw.count(b"Zeile;") == 2
        assert b";kaputt@\r\n" in raw
        rejected.write_bytes(raw.replace(b";kaputt@\r\n", b";info@schulz.de\r\n"))

        result = run_cli("check", rejected, "--json")

        assert result.exit_code == 0, result.output
        assert [r["E-Mail 1"] for r in read_csv(tmp_path / "k.korrektur-1.kunden.csv")] == ["info@schulz.de"]
        with (tmp_path / "k.korrektur-1.unmapped.csv").open(encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle, delimiter=";"))
        # named as the file's beside the row number's (not "Zeile;Zeile")
        assert header[1:] == ["Zeile (aus der Datei)"]
        assert [r[1:] for r in rows] == [["b"]]
        report = json.loads((tmp_path / "k.korrektur-1.report.json").read_text("utf-8"))
        codes = {i["code"] for i in report["issues"]}
        assert not codes & {"header-duplicate", "column-suggestion"}
        assert "Zeile (2)" not in (tmp_path / "k.korrektur-1.report.json").read_text("utf-8")


class TestSummary:
    """The command line's summary names the round and the command of the next one."""

    def test_summary_names_round_and_next_command(self, first_run: Path, run_cli: RunCli) -> None:
        """Round 2 prints its counts and the balance across rounds, then how to check what is left."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        output = run_cli("check", rejected).output

        assert (
            f"Korrekturrunde 2 zu {EXAMPLE}: 13 korrigierte Zeilen geprüft, 7 hochladbar, "
            "6 weiterhin abgelehnt; über alle Runden 294 von 300 Zeilen hochladbar"
        ) in output
        assert f"lexoffice-import check {first_run / (EXAMPLE + '.korrektur-1.rejected.csv')}" in output

    def test_rows_deleted_from_the_corrected_file_are_named_in_the_summary(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        """Two rejected rows deleted in Excel: only "1 Warnung" said they are in no file now."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig")
        kept = [line for line in text.split("\r\n") if not line.startswith(("5;", "103;"))]
        rejected.write_bytes("\r\n".join(kept).encode("utf-8-sig"))

        output = run_cli("check", rejected).output

        assert (
            "11 weiterhin abgelehnt; über alle Runden 287 von 300 Zeilen hochladbar; 2 Zeilen aus der "
            "korrigierten Datei gelöscht und in keiner Datei (Zeilen 5, 103): Sie stehen nur noch in der "
            "ursprünglichen Datei"
        ) in output

    def test_a_corrected_file_with_every_row_deleted_says_so(self, first_run: Path, run_cli: RunCli) -> None:
        """Every rejected row deleted: the advice was a fresh export's ("achten Sie darauf, dass im
        Export eine Auswahl von Kontakten getroffen ist"; the hostile session)."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        header = rejected.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]
        rejected.write_bytes((header + "\r\n").encode("cp1252"))

        result = run_cli("check", rejected)

        assert result.exit_code == 3
        assert result.stderr == f"Fehler: {msg('input-rejected-emptied', path=rejected)}\n"
        assert "Alle wurden gelöscht und sind in keiner Upload-Datei" in result.stderr

    def test_english_rejected_file_is_a_round_too(self, tmp_path: Path, run_cli: RunCli) -> None:
        """With ``--lang en`` the rejected file's columns are Row/Reason, and it is read back the same way."""
        source = tmp_path / "k.csv"
        source.write_text(
            "Kundennummer;Firmenname;E-Mail 1\r\n"
            "10001;Alpha GmbH;a@alpha.de\r\n"
            "10002;Beta AG;beta(at)beta.de\r\n",
            encoding="utf-8",
        )
        run_cli("check", source, "--lang", "en")
        rejected = tmp_path / "k.rejected.csv"
        text = rejected.read_text("utf-8-sig").replace("beta(at)beta.de", "info@beta.de")
        rejected.write_text(text, encoding="utf-8-sig")
        assert text.startswith("Row;Reason;")

        result = run_cli("check", rejected, "--lang", "en")

        assert result.exit_code == 0, result.output
        assert [r["Firmenname"] for r in read_csv(tmp_path / "k.korrektur-1.kunden.csv")] == ["Beta AG"]
        assert (
            "Correction round 2 of k: 1 corrected row checked, 1 uploadable, 0 still rejected"
            in result.output
        )


class TestRowNumbersInANumberFormat:
    def test_row_numbers_written_as_decimals_or_exponents_are_read(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        """A spreadsheet that gave the column "Zeile" a number format wrote "5,0" and "3,8E+01":
        such rows were rejected as unknown and named as deleted (the hostile session)."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, {38: {"Kundennummer": "60038"}})
        text = rejected.read_bytes().decode("utf-8-sig")
        lines = text.split("\r\n")
        formatted = [lines[0]] + [
            (
                ("3,8E+01" if line.startswith("38;") else line.split(";", 1)[0] + ",0")
                + ";"
                + line.split(";", 1)[1]
            )
            if line
            else line
            for line in lines[1:]
        ]
        rejected.write_bytes("\r\n".join(formatted).encode("cp1252"))

        report = json.loads(run_cli("check", rejected, "--json").stdout)

        assert report["round"]["number"] == 2
        assert not [
            i for i in report["issues"] if i["code"] in ("correction-row-unknown", "correction-rows-missing")
        ]
        assert report["rows"]["read"] == 13
        assert report["round"]["accounting"]["rows_missing"] == []


def round_one(tmp_path: Path, run_cli: RunCli, rows: list[str]) -> tuple[Path, list[list[str]]]:
    """``kunden.csv`` of ``rows`` checked (some rejected): its rejected file and that file's records."""
    source = tmp_path / "kunden.csv"
    source.write_bytes(("\r\n".join(rows) + "\r\n").encode())
    assert run_cli("check", source).exit_code == 1
    rejected = tmp_path / "kunden.rejected.csv"
    return rejected, list(csv.reader(io.StringIO(rejected.read_text("utf-8-sig"), newline=""), delimiter=";"))


def rewritten(path: Path, records: list[list[str]]) -> None:
    """``path`` written anew with ``records`` (";", CRLF, UTF-8 with BOM), as a spreadsheet saves it."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(records)
    path.write_text(buffer.getvalue(), "utf-8-sig")


class TestColumnDeletedInACorrection:
    def test_a_deleted_column_is_named(self, first_run: Path, run_cli: RunCli) -> None:
        """ "Telefon" and "Email" deleted in Excel: their values of the rejected rows were gone and
        nothing said so (the hostile session). Each deleted column is named in a warning."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        drop = {rows[0].index("Telefon"), rows[0].index("Email")}
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
            [[cell for i, cell in enumerate(row) if i not in drop] for row in rows]
        )
        rejected.write_bytes(out.getvalue().encode("cp1252"))

        result = run_cli("check", rejected, "--json")

        report = json.loads(result.stdout)
        deleted = [i for i in report["issues"] if i["code"] == "correction-column-deleted"]
        assert sorted((i["severity"], i["message"]) for i in deleted) == [
            ("warning", msg("issue-correction-column-deleted", column="Email")),
            ("warning", msg("issue-correction-column-deleted", column="Telefon")),
        ]
        assert "„Email“ der früheren Runde fehlt in dieser Datei" in deleted[0]["message"]

    @pytest.mark.parametrize("original_kept", [True, False])
    def test_a_column_empty_in_every_rejected_row(
        self, tmp_path: Path, run_cli: RunCli, *, original_kept: bool
    ) -> None:
        """ "Notiz", filled on uploaded rows only, deleted from the rejected file: nothing of the
        rejected rows is lost, so nothing is said (the thirty-second session's correction loop).
        "Fax", filled on a rejected row, is still named. Without the original to look in, both are."""
        rejected, table = round_one(
            tmp_path,
            run_cli,
            [
                "Kundennummer;Firmenname;Ort;Fax;E-Mail;Notiz",
                "10001;Müller GmbH;Berlin;;info@mueller.de;Stammkunde",
                "10002;Schulz AG;Hamburg;;kaputt@;",
                "10003;Meier AG;Hamburg;040 1234;kaputt2@;",
            ],
        )
        drop = {table[0].index("Fax"), table[0].index("Notiz")}
        fixed = {"kaputt@": "info@schulz.de", "kaputt2@": "info@meier.de"}
        rewritten(
            rejected,
            [[fixed.get(cell, cell) for i, cell in enumerate(row) if i not in drop] for row in table],
        )
        if not original_kept:
            (tmp_path / "kunden.csv").rename(tmp_path / "weg.csv")

        report = json.loads(run_cli("check", rejected, "--json").stdout)

        deleted = sorted(i["column"] for i in report["issues"] if i["code"] == "correction-column-deleted")
        assert deleted == (["Fax"] if original_kept else ["Fax", "Notiz"])

    def test_a_header_retyped_is_no_deleted_column(self, tmp_path: Path, run_cli: RunCli) -> None:
        """ "E-Mail" retyped as "Mail-Adresse" in the rejected file: its values are there and
        uploaded, not lost; nothing is said. A column deleted besides the retyping (one column
        fewer) is still named."""
        rejected, table = round_one(
            tmp_path,
            run_cli,
            [
                "Kundennummer;Firmenname;Ort;Telefon;E-Mail",
                "10001;Müller GmbH;Berlin;030 123456;info@mueller.de",
                "10002;Schulz AG;Hamburg;040 123456;kaputt@",
            ],
        )
        table = [
            [{"E-Mail": "Mail-Adresse", "kaputt@": "info@schulz.de"}.get(c, c) for c in r] for r in table
        ]
        rewritten(rejected, table)

        result = run_cli("check", rejected)

        assert result.exit_code == 0, result.output
        (row,) = read_csv(tmp_path / "kunden.korrektur-1.kunden.csv")
        assert (row["Firmenname"], row["E-Mail 1"]) == ("Schulz AG", "info@schulz.de")

        drop = table[0].index("Telefon")
        rewritten(rejected, [[cell for i, cell in enumerate(row) if i != drop] for row in table])
        for name in tmp_path.glob("kunden.korrektur-1.*"):
            name.unlink()
        report = json.loads(run_cli("check", rejected, "--json").stdout)
        deleted = sorted(i["column"] for i in report["issues"] if i["code"] == "correction-column-deleted")
        assert deleted == ["E-Mail", "Telefon"]

    @pytest.mark.parametrize(
        ("new_header", "values", "warned"),
        [
            ("Stadt", ("Hamburg", "Köln"), []),  # "Ort" retyped and moved: its values, no warning
            ("Notiz", ("anrufen", ""), ["Ort"]),  # "Ort" deleted, another column typed in
        ],
    )
    def test_a_column_moved_and_retyped(
        self, tmp_path: Path, run_cli: RunCli, new_header: str, values: tuple[str, str], warned: list[str]
    ) -> None:
        """Found by the thirty-third session's hostile round: "Ort" moved to the front and retyped
        "Stadt" was warned as deleted (its values "in no output") while "Stadt" was uploaded as Ort 1.
        With the original at hand, a new column holding the missing one's values is that column."""
        rejected, table = round_one(
            tmp_path,
            run_cli,
            [
                "Kundennummer;Firmenname;Ort;E-Mail",
                "10001;Müller GmbH;Berlin;info@mueller.de",
                "10002;Schulz AG;Hamburg;kaputt@",
                "10003;Meier AG;Köln;kaputt2@",
            ],
        )
        at = table[0].index("Ort")
        fixed = {"kaputt@": "info@schulz.de", "kaputt2@": "info@meier.de"}
        out = [[new_header, *(c for i, c in enumerate(table[0]) if i != at)]]
        for row, value in zip(table[1:], values, strict=True):
            out.append([value, *(fixed.get(c, c) for i, c in enumerate(row) if i != at)])
        rewritten(rejected, out)

        report = json.loads(run_cli("check", rejected, "--json").stdout)

        deleted = [i["column"] for i in report["issues"] if i["code"] == "correction-column-deleted"]
        assert deleted == warned

    def test_columns_kept_give_no_warning(self, first_run: Path, run_cli: RunCli) -> None:
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, {38: {"Kundennummer": "60038"}})
        report = json.loads(run_cli("check", rejected, "--json").stdout)
        assert not [i for i in report["issues"] if i["code"] == "correction-column-deleted"]


class TestTwoInputsInOneFolder:
    """Two exports of one layout checked into one folder; a corrected rejected file saved under
    a name of its own (found by the hostile session: it was checked without any earlier round,
    and five customer numbers of round 1 went into a second upload file)."""

    def _branch_b(self, folder: Path) -> None:
        """A second branch's export: the example with other names in Firma and Name."""
        text = (folder / f"{EXAMPLE}.csv").read_bytes().decode("cp1252")
        lines = text.split("\r\n")
        changed = [lines[0]] + [
            line.replace('"GmbH', '"Filiale GmbH').replace("e KG", "e Nord KG").replace('er"', 'ers"')
            for line in lines[1:]
        ]
        (folder / "filiale-b.csv").write_bytes("\r\n".join(changed).encode("cp1252"))

    def test_the_file_goes_with_the_input_whose_rejected_cells_it_holds(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        self._branch_b(first_run)
        assert run_cli("check", first_run / "filiale-b.csv").exit_code == 1
        assert rejected_rows(first_run / "filiale-b.rejected.csv") == rejected_rows(
            first_run / f"{EXAMPLE}.rejected.csv"
        )
        corrected = first_run / "kunden-korrigiert.csv"
        shutil.copy(first_run / f"{EXAMPLE}.rejected.csv", corrected)
        correct(corrected, {38: {"Kundennummer": "60038"}})

        result = run_cli("check", corrected)

        assert f"Korrekturrunde 2 zu {EXAMPLE}" in result.output, result.output
        assert (first_run / f"{EXAMPLE}.korrektur-1.kunden.csv").is_file()
        numbers = [
            r["Kundennummer"]
            for p in (first_run / f"{EXAMPLE}.kunden.csv", first_run / f"{EXAMPLE}.korrektur-1.kunden.csv")
            for r in read_csv(p)
            if r["Kundennummer"]
        ]
        assert len(numbers) == len(set(numbers))

    def test_a_note_over_two_lines_decides_between_two_inputs(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Two exports alike but for a rejected row's two-line note: the rejected files were read
        line by line, the notes matched neither, the two tied and the check was refused. Read as
        CSV, the note decides: round 2 of the input it came from."""
        for name, gate in (("a.csv", "A"), ("b.csv", "B")):
            text = (
                "Kundennummer;Firmenname;E-Mail 1;Notiz\r\n"
                f'10001;Alpha GmbH;kaputt@;"Tor 2\r\nRampe {gate}"\r\n10002;Beta AG;b@beta.de;\r\n'
            )
            (tmp_path / name).write_text(text, encoding="utf-8")
            assert run_cli("check", tmp_path / name).exit_code == 1
        corrected = tmp_path / "korrigiert.csv"
        shutil.copy(tmp_path / "a.rejected.csv", corrected)
        correct(corrected, {2: {"E-Mail 1": "info@alpha.de"}})

        result = run_cli("check", corrected)

        assert result.exit_code == 0, result.output
        assert "Korrekturrunde 2 zu a:" in result.output

    def test_a_file_that_fits_two_inputs_alike_is_refused(self, first_run: Path, run_cli: RunCli) -> None:
        """The same export checked twice under two names: which round it continues cannot be
        told. Exit 2, both rejected files named, nothing written."""
        shutil.copy(first_run / f"{EXAMPLE}.csv", first_run / "kopie.csv")
        assert run_cli("check", first_run / "kopie.csv").exit_code == 1
        corrected = first_run / "kunden-korrigiert.csv"
        shutil.copy(first_run / f"{EXAMPLE}.rejected.csv", corrected)
        correct(corrected, {38: {"Kundennummer": "60038"}})
        before = sorted(p.name for p in first_run.iterdir())

        result = run_cli("check", corrected)

        assert result.exit_code == 2
        assert result.stderr == (
            f"Fehler: {corrected} ist eine korrigierte Datei abgelehnter Zeilen, passt aber zu mehreren "
            f"früheren Prüfungen in diesem Ordner ({EXAMPLE}.rejected.csv, kopie.rejected.csv); es wurde "
            "nichts geschrieben. Speichern Sie die Datei unter dem Namen der Datei, aus der sie stammt "
            "(z. B. über die alte Datei), und prüfen Sie dann diese.\n"
        )
        assert sorted(p.name for p in first_run.iterdir()) == before


class TestNextCommandAsTyped:
    """The command the summary and the HTML report give for the next round works as typed."""

    def test_the_tip_of_a_round_with_contacts_names_the_rounds_rejected_file(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        """After round 2 uploaded rows, the tip "erneut prüfen mit … --renumber clear" named the
        file just checked, which is then refused (exit 2: that round is done). It names the
        round's rejected file, and the command as printed runs round 3."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, {38: {"Kundennummer": "60038"}})
        second = run_cli("check", rejected)
        tip = next(line for line in second.output.splitlines() if "Tipp – erneut prüfen mit:" in line)
        newest = first_run / f"{EXAMPLE}.korrektur-1.rejected.csv"

        assert tip.strip() == f"Tipp – erneut prüfen mit: lexoffice-import check {newest} --renumber clear"
        third = run_cli(*shlex.split(tip.split("mit: ", 1)[1])[1:])
        assert third.exit_code in (0, 1), third.output
        assert "Korrekturrunde 3 zu faktura-kunden" in third.output

    def test_a_name_starting_with_a_dash_gets_dot_slash(
        self, tmp_path: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``-faktura.csv`` checked in its folder: the tip said ``lexoffice-import check
        -faktura.rejected.csv``, which the command reads as an unknown option (exit 2)."""
        monkeypatch.chdir(tmp_path)
        Path("-faktura.csv").write_text(
            "Kundennummer;Firmenname;E-Mail 1\r\n10001;Alpha GmbH;a@alpha.de\r\n"
            "10002;Beta AG;beta(at)beta.de\r\n",
            encoding="utf-8",
        )
        first = run_cli("check", "--", "-faktura.csv")
        tip = first.output.rsplit("dann: ", 1)[1].splitlines()[0]
        page = Path("-faktura.report.html").read_text("utf-8")
        rejected = Path("-faktura.rejected.csv")
        rejected.write_text(
            rejected.read_text("utf-8-sig").replace("beta(at)beta.de", "info@beta.de"), "utf-8-sig"
        )

        assert tip == "lexoffice-import check ./-faktura.rejected.csv"
        assert "<code>lexoffice-import check ./-faktura.rejected.csv</code>" in page
        second = run_cli(*shlex.split(tip)[1:])
        assert second.exit_code == 0, second.output
        assert [r["Firmenname"] for r in read_csv(Path("-faktura.korrektur-1.kunden.csv"))] == ["Beta AG"]


def rewrite(path: Path, target: Path, change: Callable[[list[list[str]]], list[list[str]]]) -> None:
    """Read the rejected file, change its rows as a user in Excel would, save it as cp1252 ``;``."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(change(rows))
    target.write_bytes(out.getvalue().encode("cp1252"))


def _without(rows: list[list[str]], name: str) -> list[list[str]]:
    """``rows`` without the column ``name`` (deleted in Excel)."""
    at = rows[0].index(name)
    return [r[:at] + r[at + 1 :] for r in rows]


def _swapped(rows: list[list[str]], first: str, second: str) -> list[list[str]]:
    """``rows`` with the columns ``first`` and ``second`` swapped (cut and pasted in Excel)."""
    a, b = rows[0].index(first), rows[0].index(second)
    out = [list(r) for r in rows]
    for r in out:
        r[a], r[b] = r[b], r[a]
    return out


class TestRoundRecognisedAfterExcel:
    """Found by the hostile session: ordinary changes to the rejected file switched the check
    against round 1 off, and the rows whose numbers round 1 uploaded went into a second upload
    file, without a warning."""

    @pytest.mark.parametrize(
        "change",
        [
            pytest.param(lambda rows: [r[:1] + r[2:] for r in rows], id="reason-deleted-other-name"),
            pytest.param(lambda rows: [[*r, ""] for r in rows], id="empty-column-added"),
            # the hostile round on Excel's correction loop: each of these made a new export of it
            pytest.param(
                lambda rows: [[*r, "x" if i else "erledigt"] for i, r in enumerate(rows)],
                id="tick-column-added",
            ),
            pytest.param(lambda rows: _without(rows, "Telefon"), id="column-deleted"),
            pytest.param(lambda rows: _swapped(rows, "Telefon", "Email"), id="columns-swapped"),
            pytest.param(
                lambda rows: [
                    [*r, "x" if i else "erledigt"] for i, r in enumerate(_without(rows, "Ablehnungsgrund"))
                ],
                id="reason-deleted-tick-column-added",
            ),
        ],
    )
    def test_still_a_correction_round(
        self, first_run: Path, run_cli: RunCli, change: Callable[[list[list[str]]], list[list[str]]]
    ) -> None:
        rewrite(first_run / f"{EXAMPLE}.rejected.csv", first_run / "korrigiert.csv", change)

        result = run_cli("check", first_run / "korrigiert.csv")

        assert result.exit_code == 1
        assert "Korrekturrunde 2 zu faktura-kunden" in result.output
        assert not (first_run / "korrigiert.kunden.csv").exists()
        assert_no_number_twice(first_run)

    def test_without_the_row_column_nothing_is_written(self, first_run: Path, run_cli: RunCli) -> None:
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        rewrite(rejected, rejected, lambda rows: [r[2:] for r in rows])
        before = sorted(p.name for p in first_run.iterdir())

        result = run_cli("check", rejected)

        assert result.exit_code == 2
        assert "ihre Spalte „Zeile“ fehlt" in result.stderr
        assert sorted(p.name for p in first_run.iterdir()) == before

    @pytest.mark.parametrize("given", [",", "tab"])
    def test_a_wrong_delimiter_is_named(self, first_run: Path, run_cli: RunCli, given: str) -> None:
        """Found by the hostile loop test: --delimiter , on the rejected file (which has ";") said
        its column Zeile was missing and sent the user to Excel's Undo."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        before = sorted(p.name for p in first_run.iterdir())

        result = run_cli("check", rejected, "--delimiter", given)

        assert result.exit_code == 2
        assert "Lassen Sie --delimiter weg" in result.stderr
        assert "mit Semikolon hätte sie mehrere" in result.stderr
        assert "Rückgängig" not in result.stderr
        assert sorted(p.name for p in first_run.iterdir()) == before

    def test_renamed_without_the_row_column_nothing_is_written(
        self, first_run: Path, run_cli: RunCli
    ) -> None:
        """Found by the hostile re-test: saved under another name with Zeile deleted and
        Ablehnungsgrund kept, the file was read as a new input (exit 0, a second upload file)."""
        rewrite(
            first_run / f"{EXAMPLE}.rejected.csv", first_run / "korr.csv", lambda rows: [r[1:] for r in rows]
        )

        result = run_cli("check", first_run / "korr.csv")

        assert result.exit_code == 2
        assert "ihre Spalte „Zeile“ fehlt" in result.stderr
        assert not (first_run / "korr.kunden.csv").exists()

    def test_a_users_own_row_column_is_no_correction(self, first_run: Path, run_cli: RunCli) -> None:
        """Found by the hostile re-test: a new file with the original's columns and a column
        "Zeile" numbering its rows 1, 2, 3 was taken for a correction round without context."""
        header = (first_run / f"{EXAMPLE}.csv").read_bytes().decode("cp1252").splitlines()[0]
        record = ";".join('"x"' if n else '"20001"' for n in range(header.count(";") + 1))
        lines = [
            f'"Zeile";{header}',
            *(f'"{n}";{record.replace("20001", str(20000 + n))}' for n in (1, 2, 3)),
        ]
        (first_run / "neue.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))

        result = run_cli("check", first_run / "neue.csv")

        assert result.exit_code in (0, 1)
        report = json.loads((first_run / "neue.report.json").read_text("utf-8"))
        assert (report["round"]["number"], report["round"]["context_missing"]) == (1, False)

    def test_a_round_is_written_beside_the_earlier_ones(
        self, first_run: Path, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """--out elsewhere would hide the round from the next check of the same file."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())
        elsewhere = tmp_path / "runde2"

        result = run_cli("check", rejected, "--out", elsewhere)

        assert result.exit_code == 2
        assert "gehört neben die früheren Runden" in result.stderr
        assert not elsewhere.exists() or not list(elsewhere.iterdir())
        assert run_cli("check", rejected, "--out", first_run).exit_code in (0, 1)  # the same folder
        assert (first_run / f"{EXAMPLE}.korrektur-1.report.json").exists()

    def test_a_read_only_folder_has_a_way_out(self, first_run: Path, run_cli: RunCli, tmp_path: Path) -> None:
        """Found by a hostile test of the correction loop: in a folder it may not write to, the
        round said to choose another with --out, and --out said to leave it out. The second
        message names the way out, and it works: the whole folder copied, the round goes on there."""
        rejected = first_run / f"{EXAMPLE}.rejected.csv"
        correct(rejected, first_round_edits())

        result = run_cli("check", rejected, "--out", tmp_path / "runde2")

        assert "kopieren Sie den ganzen Ordner an einen Ort, an dem Sie es dürfen" in result.stderr
        copy = tmp_path / "kopie"
        shutil.copytree(first_run, copy)
        again = run_cli("check", copy / rejected.name)
        assert again.exit_code == 1, again.output
        assert "Korrekturrunde 2 zu faktura-kunden" in again.output
        assert rejected_rows(copy / f"{EXAMPLE}.korrektur-1.rejected.csv") == sorted(DUPLICATES)


class TestInputChangedSinceLastCheck:
    """Found by the hostile session: an export corrected at its source and checked again replaced
    the upload file of the first check without a word; uploaded already, the new one would create
    the contacts twice. A note (no warning: the new check may well be ready) says so."""

    def test_the_replaced_upload_file_is_named(self, first_run: Path, run_cli: RunCli) -> None:
        source = first_run / f"{EXAMPLE}.csv"
        source.write_bytes(source.read_bytes().replace(b'"9999"', b'"60999"'))

        result = run_cli("check", source)

        assert "deren Upload-Datei ist ersetzt: faktura-kunden.kunden.csv (287 Kontakte)" in result.output
        report = json.loads((first_run / f"{EXAMPLE}.report.json").read_text("utf-8"))
        assert report["round"]["uploads_replaced"] == ["faktura-kunden.kunden.csv (287 Kontakte)"]
        assert "deren Upload-Datei ist ersetzt" not in run_cli("check", source).output  # the same input

    def test_the_same_input_with_other_options(self, first_run: Path, run_cli: RunCli) -> None:
        """The hostile correction round followed the tool's tip ``--renumber clear`` after round 1:
        the upload file grew from 7 to 9 contacts without a word. The same input with the same
        options again says nothing."""
        source = first_run / f"{EXAMPLE}.csv"

        result = run_cli("check", source, "--renumber", "clear")

        assert (
            "Dieselbe Eingabe wurde mit anderen Einstellungen, einer anderen Zuordnung oder Kodierung geprüft"
            in (result.output)
        )
        report = json.loads((first_run / f"{EXAMPLE}.report.json").read_text("utf-8"))
        assert report["round"]["uploads_replaced"] == ["faktura-kunden.kunden.csv (287 Kontakte)"]
        assert report["round"]["uploads_replaced_by"] == "settings"
        again = run_cli("check", source, "--renumber", "clear").output
        assert "ist ersetzt" not in again
        english = run_cli("check", source, "--renumber", "clear", "--lang", "en").output
        assert "is replaced" not in english  # the report's language changes no upload file
        # another --encoding reads every "ä" otherwise: the note again (the hostile re-test)
        assert (
            "ist ersetzt" in run_cli("check", source, "--renumber", "clear", "--encoding", "latin-1").output
        )

    def test_an_old_upload_part_changed_by_hand_is_kept_and_warned(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """Found by the sixteenth session's hostile round: an input checked into 2 upload parts,
        one part touched by hand, the input cut down and checked again: the touched part stayed
        (rightly: the user changed it) but was said to be replaced, and the run was ready, exit 0,
        with old contacts in a file named like an upload file beside the new one."""
        source = tmp_path / "kunden.csv"
        header = "Firmenname;Straße;PLZ;Ort;E-Mail\n"
        rows = [
            f"Firma {i:05d} GmbH;Langer Straßenname {i} im Gewerbegebiet;01067;Dresden;"
            f"kontakt{i}@firma-{i:05d}.de\n"
            for i in range(24000)
        ]
        source.write_text(header + "".join(rows), encoding="utf-8")
        out = tmp_path / "out"
        assert run_cli("check", source, "--out", out).exit_code == 0
        parts = sorted(p.name for p in out.glob("kunden.kunden-*.csv"))
        assert len(parts) >= 2
        touched = out / parts[-1]
        touched.write_bytes(touched.read_bytes().replace(b"Firma ", b"FIRMA ", 1))
        source.write_text(header + "".join(rows[:10]), encoding="utf-8")

        result = run_cli("check", source, "--out", out)

        assert result.exit_code == 1
        assert touched.exists()
        assert (out / "kunden.kunden.csv").exists()
        report = json.loads((out / "kunden.report.json").read_text("utf-8"))
        assert not any(parts[-1] in name for name in report["round"]["uploads_replaced"])
        stale = [i for i in report["issues"] if i["code"] == "upload-file-stale"]
        assert len(stale) == 1
        assert parts[-1] in stale[0]["message"]


class TestOriginalAndCorrectionInOneRun:
    """A folder (or ``*.csv``) holding the original and its corrected rejected file: checked in one
    run, the original rewrote round 1's set after round 2 (Beta in two upload files), or stopped
    with exit 2 and advice to check the file the run had just checked (the hostile round on
    Excel's correction loop). The original is skipped and says why; round 2 runs."""

    ROWS = "Firma;Ort;E-Mail\r\nAlpha GmbH;Dresden;a@alpha.de\r\nBeta GmbH;Leipzig;b@\r\n"

    @pytest.mark.parametrize("name", ["export.rejected.csv", "abgelehnt-korrigiert.csv"])
    def test_the_original_is_skipped(self, tmp_path: Path, run_cli: RunCli, name: str) -> None:
        source = tmp_path / "export.csv"
        source.write_bytes(self.ROWS.encode())
        assert run_cli("check", source).exit_code == 1
        first_upload = (tmp_path / "export.kunden.csv").read_bytes()
        text = (tmp_path / "export.rejected.csv").read_bytes().decode("utf-8-sig")
        (tmp_path / name).write_bytes(text.replace(";b@\r\n", ";b@beta.de\r\n").encode("cp1252"))

        result = run_cli("check", tmp_path)

        assert result.exit_code == 0, result.output
        assert (tmp_path / "export.kunden.csv").read_bytes() == first_upload  # round 1 untouched
        uploaded = read_csv(tmp_path / "export.korrektur-1.kunden.csv")
        assert [r["Firmenname"] for r in uploaded] == ["Beta GmbH"]
        assert f"Übersprungen: {source} – in diesem Lauf wird ihre korrigierte Datei" in result.stderr
        assert str(tmp_path / name) in result.stderr

    def test_an_original_exported_anew_is_not_checked_beside_the_round(
        self, tmp_path: Path, run_cli: RunCli
    ) -> None:
        """The hostile re-test: a new export saved over the original was skipped as the round's
        original, its contacts never checked, exit 0. It is left unchecked with exit 2 and what
        to do; the round runs."""
        source = tmp_path / "export.csv"
        source.write_bytes(self.ROWS.encode())
        run_cli("check", source)
        first_upload = (tmp_path / "export.kunden.csv").read_bytes()
        text = (tmp_path / "export.rejected.csv").read_bytes().decode("utf-8-sig")
        (tmp_path / "export.rejected.csv").write_bytes(
            text.replace(";b@\r\n", ";b@beta.de\r\n").encode("cp1252")
        )
        source.write_bytes(b"Firma;Ort;E-Mail\r\nNeu GmbH;Halle;n@neu.de\r\n")

        result = run_cli("check", tmp_path)

        assert result.exit_code == 2
        assert f"Nicht geprüft: {source} – die Datei hat sich geändert" in result.stderr
        assert (tmp_path / "export.kunden.csv").read_bytes() == first_upload
        assert [r["Firmenname"] for r in read_csv(tmp_path / "export.korrektur-1.kunden.csv")] == [
            "Beta GmbH"
        ]


def saved_by_excel(rejected: Path, edits: tuple[tuple[str, str], ...]) -> None:
    """The rejected file as Excel saves it after the user's edits: each ``before`` (which must be
    there) replaced by its ``after``, written as "CSV (Trennzeichen-getrennt)" (Windows-1252)."""
    text = rejected.read_bytes().decode("utf-8-sig")
    for before, after in edits:
        assert before in text
        text = text.replace(before, after)
    rejected.write_bytes(text.encode("cp1252"))


def round_two_fixes(folder: Path, code: str) -> list[dict[str, Any]]:
    """The fixes ``code`` of the correction round of "export.csv" in ``folder``."""
    report = json.loads((folder / "export.korrektur-1.report.json").read_text("utf-8"))
    return [f for f in report["fixes"] if f["code"] == code]


class TestLettersReplacedByExcel:
    """Excel's "CSV (Trennzeichen-getrennt)" writes Windows-1252: "Łódź" becomes "?ód?". The
    hostile round on Excel's correction loop found the company uploaded with question marks in
    round 2, although the original file beside it holds the right letters."""

    def test_restored_from_the_original(self, tmp_path: Path, run_cli: RunCli) -> None:
        source = tmp_path / "export.csv"
        source.write_text(
            "Firma;Ort;E-Mail\nŁódź Trading Sp. z o.o.;Łódź;biuro@\nAlpha GmbH;Dresden;a@alpha.de\n",
            encoding="utf-8",
        )
        assert run_cli("check", source).exit_code == 1
        rejected = tmp_path / "export.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace(";biuro@", ";biuro@lodz.pl")
        rejected.write_bytes(text.encode("cp1252", errors="replace"))  # as Excel saves it
        assert "?ód? Trading" in rejected.read_bytes().decode("cp1252")

        result = run_cli("check", rejected)

        # the one warning: Łódź without a country, and a Polish e-mail domain
        assert result.exit_code == 1, result.output
        uploaded = read_csv(tmp_path / "export.korrektur-1.kunden.csv")
        assert [(r["Firmenname"], r["Ort 1"]) for r in uploaded] == [("Łódź Trading Sp. z o.o.", "Łódź")]
        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        assert [i["code"] for i in report["issues"]] == ["country-hint-foreign"]
        assert sorted(
            (f["value"], f["fixed_value"]) for f in report["fixes"] if f["code"] == "character-restored"
        ) == [
            ("?ód?", "Łódź"),
            ("?ód? Trading Sp. z o.o.", "Łódź Trading Sp. z o.o."),
        ]

    def test_symbols_and_emoji_too(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Symbols Windows-1252 lacks ("♥", "★") and an emoji (two "?" in a UTF-16 save), alone or
        beside a replaced letter: the thirty-fourth hostile round found "Pizzeria I ? Napoli"
        uploaded with exit 0 and "Ma?gorzata" left in the unmapped file, no finding."""
        source = tmp_path / "export.csv"
        source.write_text(
            "Firma;Ort;E-Mail;Bemerkung\nPizzeria I ♥ Napoli;Łódź;x@;Małgorzata ★ 🌸\n", encoding="utf-8"
        )
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace(";x@;", ";x@pizza.pl;")
        # as Excel saves it: "?" for each UTF-16 unit Windows-1252 lacks (an emoji has two)
        rejected.write_bytes(text.replace("🌸", "??").encode("cp1252", errors="replace"))
        assert "Pizzeria I ? Napoli" in rejected.read_bytes().decode("cp1252")

        result = run_cli("check", rejected)

        assert result.exit_code == 1, result.output  # warned: Łódź without a country, a .pl domain
        uploaded = read_csv(tmp_path / "export.korrektur-1.kunden.csv")
        assert [(r["Firmenname"], r["Ort 1"]) for r in uploaded] == [("Pizzeria I ♥ Napoli", "Łódź")]
        unmapped = (tmp_path / "export.korrektur-1.unmapped.csv").read_text("utf-8-sig")
        assert "Małgorzata ★ 🌸" in unmapped

    def test_a_question_mark_the_user_typed_stays(self, tmp_path: Path, run_cli: RunCli) -> None:
        """A "?" where the original has a letter Windows-1252 knows is the user's own."""
        source = tmp_path / "export.csv"
        source.write_text("Firma;Ort;E-Mail\nWer GmbH;Köln;x@\n", encoding="utf-8")
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        text = (
            rejected.read_bytes()
            .decode("utf-8-sig")
            .replace("Wer GmbH", "We? GmbH")
            .replace(";x@", ";x@wer.de")
        )
        rejected.write_bytes(text.encode("cp1252"))

        run_cli("check", rejected)

        assert not round_two_fixes(tmp_path, "character-restored")


class TestHouseNumbersReadAsDates:
    """Excel reads "7/2" and "1-3" as dates and saves "07. Feb", "01. Mrz" (the 25th hostile
    round: after a correction in Excel the corrected row's house-number column was no longer
    mapped, the house number missing from the upload, exit 0)."""

    def test_restored_from_the_original(self, tmp_path: Path, run_cli: RunCli) -> None:
        source = tmp_path / "export.csv"
        source.write_text(
            "Firma;Straße;Hausnr.;PLZ;Ort;E-Mail\n"
            "Krüger KG;Brotgasse;7/2;01067;Dresden;info@krueger@kg.de\n"
            "Lange GmbH;Feldweg;1-3;01069;Dresden;info@lange\n"
            "Berg AG;Bergstr.;5;01069;Dresden;info@berg.de\n",
            encoding="utf-8",
        )
        assert run_cli("check", source).exit_code == 1
        rejected = tmp_path / "export.rejected.csv"
        saved_by_excel(
            rejected,
            (
                (";7/2;", ";07. Feb;"),  # as Excel saves them
                (";1-3;", ";01. Mrz;"),
                ("info@krueger@kg.de", "info@krueger-kg.de"),  # the user's corrections
                ("info@lange", "info@lange.de"),
            ),
        )

        result = run_cli("check", rejected)

        assert result.exit_code == 0, result.output
        uploaded = read_csv(tmp_path / "export.korrektur-1.kunden.csv")
        assert [r["Straße 1"] for r in uploaded] == ["Brotgasse 7/2", "Feldweg 1-3"]
        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        restored = [f for f in report["fixes"] if f["code"] == "spreadsheet-date-restored"]
        assert sorted((f["value"], f["fixed_value"]) for f in restored) == [
            ("01. Mrz", "1-3"),
            ("07. Feb", "7/2"),
        ]


class TestNumbersReadByExcel:
    """Excel reads a cell of digits as a number: opening and saving the rejected file dropped the
    0 of "03514567890" and the 00 of "004935198765432", and wrote "2,89308E+12" for a tax number;
    the hostile round on Excel's correction loop found them uploaded changed, or dropped, in cells
    the user never touched. They are restored from the original beside it; a cell the earlier
    round asked to correct keeps what the user wrote."""

    ORIGINAL = (
        "Kundennummer;Firma;PLZ;Telefon;Telefon 2;Steuernummer;E-Mail\n"
        "10001;Alpha GmbH;01067;0351 111111;;;a@alpha.de\n"
        "10002;Beta Bau GmbH;01069;03514567890;004935198765432;2893081508152;info@\n"
        "10003;Gamma KG;001067;0441234567;;;g@gamma.de\n"
    )

    def test_restored_from_the_original(self, tmp_path: Path, run_cli: RunCli) -> None:
        source = tmp_path / "export.csv"
        source.write_text(self.ORIGINAL, encoding="utf-8")
        assert run_cli("check", source).exit_code == 1
        rejected = tmp_path / "export.rejected.csv"
        saved_by_excel(
            rejected,
            (
                ("03514567890", "3514567890"),  # as Excel saves them
                ("004935198765432", "4,9352E+12"),
                ("2893081508152", "2,89308E+12"),
                ("0441234567", "441234567"),
                (";info@", ";info@beta-bau.de"),  # the user's corrections
                (";001067;", ";1067;"),
            ),
        )

        result = run_cli("check", rejected)

        assert result.exit_code == 0, result.output
        uploaded = read_csv(tmp_path / "export.korrektur-1.kunden.csv")
        assert [(r["PLZ 1"], r["Telefon 1"], r["Telefon 2"], r["Steuernummer"]) for r in uploaded] == [
            ("01069", "03514567890", "004935198765432", "2893081508152"),
            ("01067", "0441234567", "", ""),  # the user's 1067, given its 0 by the cleaning
        ]
        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        restored = [f for f in report["fixes"] if f["code"] == "spreadsheet-number-restored"]
        assert sorted((f["value"], f["fixed_value"]) for f in restored) == [
            ("2,89308E+12", "2893081508152"),
            ("3514567890", "03514567890"),
            ("4,9352E+12", "004935198765432"),
            ("441234567", "0441234567"),
        ]

    def test_not_from_an_original_exported_anew(self, tmp_path: Path, run_cli: RunCli) -> None:
        """The hostile re-test: the original exported anew after round 1, one contact more at its
        top, gave Beta GmbH the tax number of the row before it ("2,89308E+12" fits both). Only
        the file round 1 checked (its digest) is read back."""
        header = "Kundennummer;Firma;Steuernummer;E-Mail\n"
        rows = "10001;Alpha GmbH;2893081508199;a@alpha.de\n10002;Beta Bau GmbH;2893081508152;info@\n"
        source = tmp_path / "export.csv"
        source.write_text(header + rows, encoding="utf-8")
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("2893081508152", "2,89308E+12")
        rejected.write_bytes(text.replace(";info@", ";info@beta-bau.de").encode("cp1252"))
        source.write_text(header + "10009;Neu GmbH;;n@neu.de\n" + rows, encoding="utf-8")

        run_cli("check", rejected)

        assert not round_two_fixes(tmp_path, "spreadsheet-number-restored")
        uploaded = read_csv(tmp_path / "export.korrektur-1.kunden.csv")
        assert [r.get("Steuernummer", "") for r in uploaded] == [""]  # set aside, not Alpha's

    def test_not_from_another_row_after_a_sort_without_the_row_column(
        self, tmp_path: Path, run_cli: RunCli
    ) -> None:
        """The hostile correction round: the data sorted in Excel without its "Zeile" column gives
        each row another row's number; a tax number must not be restored from that other row
        ("2,89308E+12" fits both)."""
        source = tmp_path / "export.csv"
        source.write_text(
            "Firma;Straße;Ort;Steuernummer;E-Mail\n"
            "Alpha GmbH;Hauptstr. 1;Kiel;2893081508199;a@\n"
            "Beta Bau GmbH;Ringweg 2;Ulm;2893081508152;b@\n",
            encoding="utf-8",
        )
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        lines = rejected.read_bytes().decode("utf-8-sig").split("\r\n")
        header, first, second = lines[0], lines[1].split(";"), lines[2].split(";")
        # rows 2 and 3 swap their data, their row numbers (and reasons) stay
        swapped = [";".join(first[:2] + second[2:]), ";".join(second[:2] + first[2:])]
        text = "\r\n".join([header, *swapped, ""]).replace("2893081508199", "2,89308E+12")
        text = (
            text.replace("2893081508152", "2,89308E+12")
            .replace(";a@", ";a@alpha.de")
            .replace(";b@", ";b@beta.de")
        )
        rejected.write_bytes(text.encode("cp1252"))

        run_cli("check", rejected)

        assert not round_two_fixes(tmp_path, "spreadsheet-number-restored")

    def test_another_number_stays(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Digits that are not the original's read as a number are the user's own."""
        source = tmp_path / "export.csv"
        source.write_text("Firma;Telefon;E-Mail\nAlpha GmbH;03514567890;a@\n", encoding="utf-8")
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig").replace("03514567890", "3514567891")
        rejected.write_bytes(text.replace(";a@", ";a@alpha.de").encode("cp1252"))

        run_cli("check", rejected)

        assert not round_two_fixes(tmp_path, "spreadsheet-number-restored")
        assert [r["Telefon 1"] for r in read_csv(tmp_path / "export.korrektur-1.kunden.csv")] == [
            "3514567891"
        ]


class TestContactUploadedInAnEarlierRound:
    """The hostile correction round: a contact exported twice under one number, the second row
    rejected for the number; its number cleared as the message advised, round 2 uploaded the
    contact a second time, exit 0 without a finding. It is warned now, naming round 1's file."""

    def test_the_same_contact_again_is_warned(self, tmp_path: Path, run_cli: RunCli) -> None:
        source = tmp_path / "export.csv"
        source.write_text(
            "Kundennummer;Anrede;Vorname;Name;Straße;PLZ;Ort;E-Mail\n"
            "10001;Herr;Hans;Müller;Hauptstraße 5;04109;Leipzig;h.mueller@web.de\n"
            "10002;Frau;Erika;Weiß;Am Ring 3;01067;Dresden;e.weiss@web.de\n"
            "10001;Herr;Hans;Müller;Hauptstraße 5;04109;Leipzig;h.mueller@web.de\n",
            encoding="utf-8",
        )
        assert run_cli("check", source).exit_code == 1
        rejected = tmp_path / "export.rejected.csv"
        text = rejected.read_bytes().decode("utf-8-sig")
        assert text.count(";10001;") == 1
        rejected.write_bytes(text.replace(";10001;", ";;").encode("utf-8-sig"))  # the number cleared

        result = run_cli("check", rejected)

        assert result.exit_code == 1, result.output
        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        (found,) = [i for i in report["issues"] if i["code"] == "contact-uploaded-earlier"]
        assert (found["row"], found["severity"], found["value"]) == (4, "warning", "Hans Müller")
        assert "export.kunden.csv (Runde 1)" in found["message"]

    def test_spelled_otherwise_and_names_alone(self, tmp_path: Path, run_cli: RunCli) -> None:
        """The hostile re-test: "Schaefer, Werkstr. 1" corrected beside round 1's "Schäfer,
        Werkstraße 1" went unwarned; two Thomas Müller of a list of names alone were warned (its
        advice would have dropped a real contact)."""
        source = tmp_path / "export.csv"
        source.write_text(
            "Kundennummer;Vorname;Name;Straße;Ort;E-Mail\n"
            "10001;Jörg;Schäfer;Werkstraße 1;Köln;j@schaefer.de\n"
            "10001;Jörg;Schaefer;Werkstr. 1;Köln;j@schaefer.de\n",
            encoding="utf-8",
        )
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        rejected.write_bytes(rejected.read_bytes().replace(b";10001;", b";;"))
        run_cli("check", rejected)
        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        assert [i["row"] for i in report["issues"] if i["code"] == "contact-uploaded-earlier"] == [3]

        names = tmp_path / "namen"
        names.mkdir()
        source = names / "liste.csv"
        source.write_text(
            "Kundennummer;Vorname;Name\n10001;Thomas;Müller\n10001;Thomas;Müller\n", encoding="utf-8"
        )
        run_cli("check", source)
        rejected = names / "liste.rejected.csv"
        rejected.write_bytes(rejected.read_bytes().replace(b";10001;", b";;"))
        run_cli("check", rejected)
        report = json.loads((names / "liste.korrektur-1.report.json").read_text("utf-8"))
        assert not [i for i in report["issues"] if i["code"] == "contact-uploaded-earlier"]

    def test_another_contact_is_not(self, tmp_path: Path, run_cli: RunCli) -> None:
        source = tmp_path / "export.csv"
        source.write_text(
            "Kundennummer;Anrede;Vorname;Name;Ort\n10001;Herr;Hans;Müller;Leipzig\n10001;Frau;Eva;Müller;Jena\n",
            encoding="utf-8",
        )
        run_cli("check", source)
        rejected = tmp_path / "export.rejected.csv"
        rejected.write_bytes(rejected.read_bytes().replace(b";10001;", b";;"))

        run_cli("check", rejected)

        report = json.loads((tmp_path / "export.korrektur-1.report.json").read_text("utf-8"))
        assert not [i for i in report["issues"] if i["code"] == "contact-uploaded-earlier"]


class TestContactInAnotherUploadFile:
    """The original corrected in Excel and saved under a name of its own, instead of the correction
    loop: its upload file repeated the first one's contacts beside it, unwarned (the hostile round
    on Excel's correction loop). Each such contact is warned, naming the other upload file."""

    ROWS = (
        "Kundennummer;Firma;Ort;E-Mail\r\n"
        "10001;Alpha GmbH;Dresden;a@alpha.de\r\n10002;Beta GmbH;Leipzig;b@\r\n"
    )

    def test_the_same_number_and_name_are_warned(self, tmp_path: Path, run_cli: RunCli) -> None:
        (tmp_path / "export.csv").write_bytes(self.ROWS.encode())
        run_cli("check", tmp_path / "export.csv")
        fixed = tmp_path / "export_korrigiert.csv"
        fixed.write_bytes(self.ROWS.replace(";b@\r\n", ";b@beta.de\r\n").encode())

        result = run_cli("check", fixed, "--json")

        report = json.loads(result.stdout)
        assert [
            (i["row"], i["value"], i["severity"])
            for i in report["issues"]
            if i["code"] == "contact-uploaded-elsewhere"
        ] == [(2, "10001", "warning")]
        assert "export.kunden.csv" in report["issues"][0]["message"]

    def test_a_name_with_sharp_s_is_the_same_name(self, tmp_path: Path, run_cli: RunCli) -> None:
        """The hostile correction round: every name with ß went unwarned (13 of 286 contacts),
        one side compared in Python's case folding (ss), the other in polars' lower case (ß)."""
        rows = "Kundennummer;Firma;Ort\r\n10001;Weiß & Groß GmbH;Dresden\r\n10002;Nüßlein KG;Ulm\r\n"
        (tmp_path / "export.csv").write_bytes(rows.encode())
        run_cli("check", tmp_path / "export.csv")
        again = tmp_path / "export-neu.csv"
        again.write_bytes(rows.replace("Nüßlein KG", "NÜSSLEIN KG").encode())

        report = json.loads(run_cli("check", again, "--json").stdout)

        warned = [i["row"] for i in report["issues"] if i["code"] == "contact-uploaded-elsewhere"]
        assert warned == [2, 3]

    def test_another_contact_under_the_same_number_is_not(self, tmp_path: Path, run_cli: RunCli) -> None:
        """Two customers' exports in one folder (a support agent's): numbers repeat, contacts not."""
        (tmp_path / "kunde-a.csv").write_bytes(self.ROWS.encode())
        run_cli("check", tmp_path / "kunde-a.csv")
        other = tmp_path / "kunde-b.csv"
        other.write_bytes(
            self.ROWS.replace("Alpha GmbH", "Zeta AG").replace(";b@\r\n", ";b@beta.de\r\n").encode()
        )
        other.write_bytes(other.read_bytes().replace(b"Beta GmbH", b"Omega KG"))

        report = json.loads(run_cli("check", other, "--json").stdout)

        assert not [i for i in report["issues"] if i["code"] == "contact-uploaded-elsewhere"]
