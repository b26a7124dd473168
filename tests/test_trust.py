"""Rules and messages users can trust (issue 16): VAT ids, phone numbers and e-mail addresses by
libraries made for them, field lengths and control characters, fix hints that name the option,
German command line, the template for Excel, and ``--mask`` for the JSON report.

Each input is built inside its test; expected values are written out by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from helpers import check, csv_rows

from importer.messages import msg
from importer.rules import RULES

RunCli = Callable[..., Result]
WriteInput = Callable[[str, bytes], Path]

BOM = b"\xef\xbb\xbf"


def findings(result: object, code: str) -> list[tuple[int, str | None, str | None, str | None]]:
    """(row, column, value, fixed_value) of every finding with ``code``."""
    return [(i.row, i.column, i.value, i.fixed_value) for i in result.issues if i.code == code]  # type: ignore[attr-defined]


def upload_rows(out: Path, name: str = "k.kunden.csv") -> list[list[str]]:
    """The records of an upload file (header first)."""
    return csv_rows((out / name).read_bytes())


# --- 9. --mask applies to the JSON report too --------------------------------------------------

PERSONAL = (
    "Kundennummer;Firmenname;Nachname;E-Mail 1;Telefon 1\r\n"
    "10001;Müller GmbH;Schmidt;jana.schmidt@example.org;0351 1234567\r\n"
    "10002;Bauer KG;Bauer;kein-at-zeichen;0351 7654321\r\n"
)


class TestMaskedJsonReport:
    """``--mask`` hides personal data in every report meant to be shared, the JSON one included."""

    def test_json_file_hides_quoted_values(self, write_input: WriteInput, tmp_path: Path) -> None:
        """The written JSON report shows the bad e-mail masked, in ``value`` and in the message."""
        out = tmp_path / "out"
        check(write_input("k.csv", PERSONAL.encode()), out, mask=True)

        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))
        text = (out / "k.report.json").read_text(encoding="utf-8")

        assert report["masked"] is True
        bad = [i for i in report["issues"] if i["code"] == "email-invalid"]
        assert [(i["row"], i["column"], i["value"]) for i in bad] == [(3, "E-Mail 1", "k***")]
        assert "kein-at-zeichen" not in bad[0]["message"]
        assert "kein-at-zeichen" not in text

    def test_stdout_json_is_masked_too(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--json --mask`` prints the masked report: no raw value of a finding on stdout."""
        path = write_input("k.csv", PERSONAL.encode())

        result = run_cli("check", path, "--json", "--mask", "--out", tmp_path / "out")

        assert result.exit_code == 1
        assert "kein-at-zeichen" not in result.stdout
        assert json.loads(result.stdout)["masked"] is True

    def test_unmasked_by_default(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Without ``--mask`` the JSON report quotes the value as it is."""
        out = tmp_path / "out"
        check(write_input("k.csv", PERSONAL.encode()), out)

        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))

        assert report["masked"] is False
        assert [i["value"] for i in report["issues"] if i["code"] == "email-invalid"] == ["kein-at-zeichen"]


# --- 7. template: BOM and an example row --------------------------------------------------------


class TestTemplateForExcel:
    """``template`` writes what Excel opens right, and can show one example row."""

    def test_bom_by_default(self, run_cli: RunCli, tmp_path: Path) -> None:
        """The default template starts with the UTF-8 BOM, so Excel reads „Straße 1“ and not „StraÃŸe 1“."""
        target = tmp_path / "vorlage.csv"

        result = run_cli("template", "--out", target)

        assert result.exit_code == 0
        data = target.read_bytes()
        assert data.startswith(BOM + b"Kundennummer;Firmenname;")
        assert ";Stra\xc3\x9fe 1;".encode("latin-1") in data

    def test_german_kind_and_default_name(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``--kind lieferanten`` writes ``lexoffice-vorlage-lieferanten.csv``, Lieferantennummer first."""
        monkeypatch.chdir(tmp_path)

        result = run_cli("template", "--kind", "lieferanten")

        assert result.exit_code == 0
        assert result.stdout == "Geschrieben: lexoffice-vorlage-lieferanten.csv\n"
        assert (
            (tmp_path / "lexoffice-vorlage-lieferanten.csv")
            .read_bytes()
            .startswith(BOM + b"Lieferantennummer;")
        )

    def test_example_row_passes_the_check(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--example`` adds one company row that ``check`` takes without a finding, unchanged."""
        target = tmp_path / "vorlage.csv"
        run_cli("template", "--example", "--out", target)
        rows = csv_rows(target.read_bytes(), "utf-8-sig")
        assert len(rows) == 2
        example = dict(zip(rows[0], rows[1], strict=True))
        assert example["Firmenname"] == "Bäckerei Müller GmbH"
        assert example["Umsatzsteuer ID"] == "DE136695976"
        assert (example["Anrede"], example["Vorname"], example["Nachname"]) == ("", "", "")

        result = run_cli("check", target, "--out", tmp_path / "out")

        assert result.exit_code == 0, result.stdout
        uploaded = upload_rows(tmp_path / "out", "vorlage.kunden.csv")
        assert len(uploaded) == 2
        assert {k: v for k, v in zip(*uploaded, strict=True) if v} == {k: v for k, v in example.items() if v}

    def test_plain_utf8_on_request(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--output-encoding utf-8`` writes no BOM."""
        target = tmp_path / "vorlage.csv"

        run_cli("template", "--output-encoding", "utf-8", "--out", target)

        assert target.read_bytes().startswith(b"Kundennummer;")


# --- 5. fix hints name the option --------------------------------------------------------------


class TestHintsNameTheOption:
    """Every fix hint that has a tool option names it as it is typed."""

    @pytest.mark.parametrize(
        ("code", "option"),
        [
            ("customer-number-range", "--renumber clear"),
            ("encoding-uncertain", "--encoding cp1252"),
            ("row-too-short", '--delimiter ";"'),
            ("row-too-long", '--delimiter ";"'),
            ("column-suggestion", '--map "Matchcode=Firmenname"'),
            ("role-both", "--kind kunden"),
            ("output-unencodable", "--output-encoding utf-8"),
            ("supplier-number-range", "--catalog"),
        ],
    )
    def test_hint(self, code: str, option: str) -> None:
        """The hint of ``code`` (German and English) contains ``option`` verbatim."""
        assert option in RULES[code].hint
        assert option in msg(f"rule-{code}-hint", lang="en")

    def test_summary_names_renumber(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """Customer numbers out of range: the summary prints the command line with ``--renumber clear``."""
        path = write_input("k.csv", b"Kundennummer;Firmenname\r\n5;A GmbH\r\n123456;B GmbH\r\n")

        result = run_cli("check", path, "--out", tmp_path / "out")

        assert result.exit_code == 1
        assert (
            f"  Tipp – erneut prüfen mit: lexoffice-import check {path} --out {tmp_path / 'out'} "
            "--renumber clear\n" in result.stdout
        )
        report = json.loads((tmp_path / "out" / "k.report.json").read_text(encoding="utf-8"))
        assert report["fix_options"] == ["--renumber clear"]

    def test_html_hint_names_renumber(self, write_input: WriteInput, tmp_path: Path) -> None:
        """The HTML report's hint for the customer-number group names ``--renumber clear``."""
        out = tmp_path / "out"
        check(write_input("k.csv", b"Kundennummer;Firmenname\r\n5;A GmbH\r\n"), out)

        assert "--renumber clear" in (out / "k.report.html").read_text(encoding="utf-8")

    def test_unknown_map_target_gets_the_closest_name(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--map Matchcode=Firma`` answers „Firmenname“ and the corrected option, not all 31 names."""
        path = write_input("k.csv", b"Matchcode;Name\r\nMUELLER;M\r\n")

        result = run_cli("check", path, "--map", "Matchcode=Firma", "--out", tmp_path / "out")

        assert result.exit_code == 2
        assert result.stderr == (
            "Fehler: „Firma“ (für die Spalte „Matchcode“ in --map/--mapping) ist keine lexoffice-Spalte. "
            'Meinten Sie „Firmenname“? Dann: --map "Matchcode=Firmenname".\n'
        )

    def test_unknown_map_target_typo(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """A typo of a numbered column names both close columns."""
        path = write_input("k.csv", b"Tel;Name\r\n0351;M\r\n")

        result = run_cli("check", path, "--map", "Tel=Telefn", "--out", tmp_path / "out")

        assert result.exit_code == 2
        assert 'Meinten Sie „Telefon 1“ oder „Telefon 2“? Dann: --map "Tel=Telefon 1".' in result.stderr


# --- 4. field lengths, control characters, binary only by evidence ------------------------------


class TestFieldLengths:
    """Every catalog column has a length limit; a value over it rejects its row."""

    def test_every_column_has_a_limit(self) -> None:
        """Each catalog column has ``max_length``; each assumed one is named in the assumptions box."""
        from importer.catalog import load_catalog

        catalog = load_catalog()
        assumption = next(a.de for a in catalog.assumptions if a.key == "field-lengths")
        for column in catalog.columns:
            assert column.max_length is not None, column.name
            assert column.max_length_provenance in ("official", "inferred"), column.name
            if column.max_length_provenance == "inferred":
                assert str(column.max_length) in assumption, column.name

    def test_million_character_company_name(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A 1,000,000-character Firmenname is an error (exit 1), quoted only in part; its row is rejected."""
        name = "A" * 1_000_000
        path = write_input("k.csv", f"Firmenname;Ort 1\r\n{name};Köln\r\nKlein AG;Bonn\r\n".encode())

        result = check(path, tmp_path / "out")

        assert result.exit_code == 1
        assert [(r, c) for r, c, _v, _f in findings(result, "value-too-long")] == [(2, "Firmenname")]
        message = next(i.message for i in result.issues if i.code == "value-too-long")
        assert message == (
            "Firmenname hat 1000000 Zeichen, erlaubt sind höchstens 255. Kürzen Sie den Wert „"
            + "A" * 59
            + "…“."
        )
        assert (result.rows_uploaded, result.rows_rejected) == (1, 1)

    def test_at_the_limit_passes(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Near miss: 255 characters in Firmenname and 25 in Anrede pass."""
        company, salutation = "B" * 255, "C" * 25
        path = write_input(
            "k.csv",
            "Firmenname;Ansprechpartner 1 Anrede;Ansprechpartner 1 Nachname\r\n"
            f"{company};{salutation};D\r\n".encode(),
        )

        result = check(path, tmp_path / "out")

        assert findings(result, "value-too-long") == []
        assert result.rows_uploaded == 1

    def test_one_over_the_limit(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A 31-character Telefon 1 is too long (limit 30)."""
        phone = "+49 351 " + "1" * 23
        path = write_input("k.csv", f"Firmenname;Telefon 1\r\nA GmbH;{phone}\r\n".encode())

        result = check(path, tmp_path / "out")

        assert [(r, c, v) for r, c, v, _f in findings(result, "value-too-long")] == [(2, "Telefon 1", phone)]


class TestControlCharacters:
    """Control characters never reach an upload file; each removal is a logged fix; nothing is lost."""

    RAW = (
        "Firmenname;Ort 1;Steuernummer\r\n"
        "Müller\u0081 GmbH;Zeile1\x0bZeile2;\x01\r\n"
        "Auto\u008d Haus KG;B\u0085C;X\r\n"
    )

    def test_removed_as_logged_fixes(self, write_input: WriteInput, tmp_path: Path) -> None:
        """C1 controls go, VT and NEL become a line break (a space in a one-line cell), each change
        is a fix with before and after."""
        out = tmp_path / "out"

        result = check(write_input("k.csv", self.RAW.encode()), out)

        assert findings(result, "control-character-removed") == [
            (2, "Firmenname", "Müller\u0081 GmbH", "Müller GmbH"),
            (2, "Steuernummer", "\x01", None),
            (2, "Ort 1", "Zeile1\x0bZeile2", "Zeile1\nZeile2"),
            (3, "Firmenname", "Auto\u008d Haus KG", "Auto Haus KG"),
            (3, "Ort 1", "B\u0085C", "B\nC"),
        ]
        assert upload_rows(out) == [
            ["Firmenname", "Steuernummer", "Ort 1"],
            ["Müller GmbH", "", "Zeile1 Zeile2"],
            ["Auto Haus KG", "X", "B C"],
        ]

    def test_marks_that_turn_the_text_direction(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Found by the hostile session: a right-to-left override (U+202E) went into the upload,
        showing "GmbH" backwards and hiding what the cell says, while zero-width spaces were
        removed. The direction marks go like any control, logged."""
        raw = "Firmenname;Ort 1\r\nFirma \u202eHbmG\u202c Test;Jena\u200f\r\n".encode()
        out = tmp_path / "out"

        result = check(write_input("k.csv", raw), out)

        assert findings(result, "control-character-removed") == [
            (2, "Firmenname", "Firma \u202eHbmG\u202c Test", "Firma HbmG Test"),
            (2, "Ort 1", "Jena\u200f", "Jena"),
        ]

    def test_emptied_cell_goes_to_the_unmapped_file(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A cell of nothing but control characters is kept, unchanged, in the unmapped file."""
        out = tmp_path / "out"

        result = check(write_input("k.csv", self.RAW.encode()), out)

        assert csv_rows((out / "k.unmapped.csv").read_bytes(), "utf-8-sig") == [
            ["Zeile", "Steuernummer (entfernt)"],
            ["2", "\x01"],
        ]
        assert result.accounting["balanced"] is True


class TestBinaryByEvidence:
    """A file is binary by evidence (NUL bytes, a high share of control bytes), never for a few controls."""

    def test_filemaker_vertical_tabs_and_form_feeds(self, write_input: WriteInput, tmp_path: Path) -> None:
        """A short file with vertical tabs (FileMaker's line break) and form feeds is read, not refused."""
        raw = (
            b"Firmenname;Adresszusatz 1\r\n"
            b"A GmbH;Haus 1\x0bEtage 2\r\nB GmbH;Hof\x0c3\r\nC GmbH;\x0b\x0b\x1d\r\n"
        )

        result = check(write_input("k.csv", raw), tmp_path / "out")

        assert result.rows_read == 3
        assert result.accounting["balanced"] is True
        assert [f for _r, _c, _v, f in findings(result, "control-character-removed")] == [
            "Haus 1\nEtage 2",
            "Hof\n3",
            None,
        ]

    def test_filemaker_two_line_address_is_street_and_addition(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """FileMaker writes a return inside a field as a vertical tab: a two-line address cell was
        uploaded as one street "Im Grund 4 Hinterhaus". It is split as any two-line address cell."""
        raw = (
            '"Firma","Adresse","PLZ","Ort"\r'
            '"Schröder Gartenbau","Im Grund 4\x0bHinterhaus","34117","Kassel"\r'
        ).encode("mac_roman")
        out = tmp_path / "out"

        check(write_input("kunden.mer", raw), out)

        assert upload_rows(out, "kunden.kunden.csv") == [
            ["Firmenname", "Adresszusatz 1", "Straße 1", "PLZ 1", "Ort 1"],
            ["Schröder Gartenbau", "Hinterhaus", "Im Grund 4", "34117", "Kassel"],
        ]

    def test_a_few_other_controls_in_a_tiny_file(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Three control bytes in a 30-byte file (10 %) are not evidence enough."""
        result = check(write_input("k.csv", b"Firmenname\r\nA\x01\x02\x03 GmbH\r\n"), tmp_path / "out")

        assert findings(result, "control-character-removed") == [
            (2, "Firmenname", "A\x01\x02\x03 GmbH", "A GmbH")
        ]

    def test_high_share_of_control_bytes_is_binary(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Data with 80 control bytes in 400 (20 %) and no NUL byte is refused as binary (exit 3)."""
        from importer.errors import InputUnusableError

        raw = b"abcdefgh\x01\x02" * 40
        assert (len(raw), raw.count(b"\x01") + raw.count(b"\x02"), raw.count(b"\x00")) == (400, 80, 0)

        with pytest.raises(
            InputUnusableError, match="Binärdaten \\(Steuerzeichen: 80, das erste in Zeile 1\\)"
        ):
            check(write_input("k.csv", raw), tmp_path / "out")

    def test_nul_bytes_are_binary(self, write_input: WriteInput, tmp_path: Path) -> None:
        """One NUL byte is evidence enough."""
        from importer.errors import InputUnusableError

        with pytest.raises(InputUnusableError, match="Null-Bytes: 1"):
            check(write_input("k.csv", b"Firmenname\r\nA\x00 GmbH\r\n"), tmp_path / "out")


# --- 1. VAT ids: compacted, validated with python-stdnum, a suggestion for a missing DE -----------


class TestVatIds:
    """VAT ids are uploaded in lexoffice's compact form and checked by python-stdnum."""

    @pytest.mark.parametrize(
        ("written", "compact"),
        [
            ("DE 136 695 976", "DE136695976"),
            ("de136695976", "DE136695976"),
            ("DE136.695.976", "DE136695976"),
            ("ATU 135 856 27", "ATU13585627"),
        ],
    )
    def test_compacted_as_a_logged_fix(
        self, write_input: WriteInput, tmp_path: Path, written: str, compact: str
    ) -> None:
        """Spaces, dots and lower case are a fix from the written to the compact form, uploaded compact."""
        out = tmp_path / "out"
        path = write_input("k.csv", f"Firmenname;Umsatzsteuer ID\r\nA GmbH;{written}\r\n".encode())

        result = check(path, out)

        assert findings(result, "vat-id-compacted") == [(2, "Umsatzsteuer ID", written, compact)]
        assert [i.code for i in result.issues if i.severity.value != "fix"] == []
        assert upload_rows(out)[1] == ["A GmbH", compact]

    def test_compact_form_is_left_alone(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Near miss: a VAT id already compact and valid gives no finding at all."""
        result = check(
            write_input("k.csv", b"Firmenname;Umsatzsteuer ID\r\nA GmbH;DE136695976\r\n"), tmp_path / "o"
        )

        assert list(result.issues) == []

    def test_wrong_check_digit_warns(self, write_input: WriteInput, tmp_path: Path) -> None:
        """DE136695977 (last digit wrong) is compacted but still warned about as invalid."""
        path = write_input("k.csv", b"Firmenname;Umsatzsteuer ID\r\nA GmbH;DE 136 695 977\r\n")

        result = check(path, tmp_path / "out")

        assert [(i.code, i.value) for i in result.issues] == [
            ("vat-id-compacted", "DE 136 695 977"),
            ("vat-id-invalid", "DE136695977"),
        ]

    def test_german_number_without_prefix_gets_a_suggestion(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A valid 9-digit German number without DE is a warning that suggests DE136695976."""
        path = write_input("k.csv", b"Firmenname;Umsatzsteuer ID\r\nA GmbH;136695976\r\nB GmbH;136695977\r\n")

        result = check(path, tmp_path / "out")

        assert [(i.row, i.code, i.severity.value) for i in result.issues] == [
            (2, "vat-id-prefix-missing", "warning"),
            (3, "vat-id-invalid", "warning"),
        ]
        assert result.issues[0].message == (
            "„136695976“ in Umsatzsteuer ID hat kein Länderkürzel; mit DE davor ist es eine gültige deutsche "
            "Umsatzsteuer-ID: „DE136695976“. Tragen Sie „DE136695976“ ein, wenn das stimmt."
        )


# --- 2. phone numbers with phonenumbers -------------------------------------------------------


PHONES = (
    "Firmenname;Land 1;Telefon 1;Telefon 2;Ansprechpartner 1 Nachname;Ansprechpartner 1 Telefon\r\n"
    "A GmbH;DE;0351 1234567;max@firma.de;Weber;12\r\n"
    "B GmbH;AT;01 2345678;bitte nicht anrufen;;\r\n"
    "C GmbH;;+43 1 2345678;0351-1234567;;\r\n"
)


class TestPhoneNumbers:
    """Phone numbers are read by phonenumbers in the row's country; text in a phone column rejects the row."""

    def test_findings(self, write_input: WriteInput, tmp_path: Path) -> None:
        """E-mail address and text: errors; a 2-digit number: warning; DE, AT (01 …) and +43 numbers pass."""
        result = check(write_input("k.csv", PHONES.encode()), tmp_path / "out")

        assert [(i.row, i.column, i.value, i.code, i.severity.value) for i in result.issues] == [
            (2, "Telefon 2", "max@firma.de", "phone-not-a-number", "error"),
            (2, "Ansprechpartner 1 Telefon", "12", "phone-invalid", "warning"),
            (3, "Telefon 2", "bitte nicht anrufen", "phone-not-a-number", "error"),
        ]
        assert result.rows_rejected == 2

    def test_each_kind_of_non_number_is_told_what_to_do(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Two numbers in one cell (joined by a comma, a slash, "oder" or Google's " ::: ") are split
        into Telefon 1 and a free Telefon 2 (a fix); with Telefon 2 taken by a third number,
        Telefon 1 keeps the first, the whole cell goes to the unmapped file and a warning says so
        (lexoffice takes two numbers); an e-mail address and other text each get their own advice;
        "0351/1234567" (area code / number) is one valid number."""
        out = tmp_path / "out"
        taken = "0351 999999"
        raw = (
            "Firmenname;Telefon 1;Telefon 2\r\n"
            f"A GmbH;0351 123456, 0351 654321;{taken}\r\n"
            f"B GmbH;0351 123456 / 0351 654321;{taken}\r\n"
            f"C GmbH;030 1234567 oder 0171 1234567;{taken}\r\n"
            "D GmbH;info@d.example;\r\n"
            "E GmbH;Zentrale;\r\n"
            "F GmbH;0351/1234567;\r\n"
            "G GmbH;0351 123456 ::: 0171 1234567;\r\n"
            f"H GmbH;0351 123456 ::: 0171 1234567;{taken}\r\n"
            "I GmbH;0351 123456, 0351 654321;\r\n"
            "J GmbH;030 1234567 oder 0171 1234567;\r\n"
        )

        result = check(write_input("k.csv", raw.encode()), out)

        split = [(i.row, i.column, i.fixed_value) for i in result.issues if i.code == "multiple-phones-split"]
        assert split == [
            (8, "Telefon 1", "0351 123456"),
            (8, "Telefon 2", "0171 1234567"),
            (10, "Telefon 1", "0351 123456"),
            (10, "Telefon 2", "0351 654321"),
            (11, "Telefon 1", "030 1234567"),
            (11, "Telefon 2", "0171 1234567"),
        ]
        aside = [i for i in result.issues if i.code == "multiple-phones-set-aside"]
        assert [(i.row, i.severity.value, i.fixed_value) for i in aside] == [
            (2, "warning", "0351 123456"),
            (3, "warning", "0351 123456"),
            (4, "warning", "030 1234567"),
            (9, "warning", "0351 123456"),
        ]
        assert "als in Telefon 1 und Telefon 2 Platz haben" in aside[0].message
        rows = upload_rows(out)
        assert rows[0] == ["Firmenname", "Telefon 1", "Telefon 2"]
        assert ["A GmbH", "0351 123456", taken] in rows
        assert ["C GmbH", "030 1234567", taken] in rows
        unmapped = csv_rows((out / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped[0] == ["Zeile", "Telefon 1 (ganze Zelle)"]
        assert unmapped[1:] == [
            ["2", "0351 123456, 0351 654321"],
            ["3", "0351 123456 / 0351 654321"],
            ["4", "030 1234567 oder 0171 1234567"],
            ["9", "0351 123456 ::: 0171 1234567"],
        ]
        assert result.accounting["balanced"] is True
        advice = [i for i in result.issues if i.code.startswith("phone-")]
        assert [(i.row, i.code, i.message.split("“ in Telefon 1 ", 1)[1]) for i in advice] == [
            (
                5,
                "phone-not-a-number",
                "ist keine Telefonnummer, sondern eine E-Mail-Adresse. Tragen Sie sie in E-Mail 1 oder "
                "E-Mail 2 ein und hier die Nummer, oder lassen Sie das Feld leer.",
            ),
            (
                6,
                "phone-not-a-number",
                "ist keine Telefonnummer. Tragen Sie die Nummer ein oder lassen Sie das Feld leer.",
            ),
        ]

    def test_region_is_the_rows_country(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Vienna's 01 2345678 is valid for Land 1 = AT, not for a German row (01 is no German area code)."""
        raw = "Firmenname;Land 1;Telefon 1\r\nWien GmbH;AT;01 2345678\r\nBerlin GmbH;DE;01 2345678\r\n"

        result = check(write_input("k.csv", raw.encode()), tmp_path / "out")

        assert [(r, c) for r, c, _v, _f in findings(result, "phone-invalid")] == [(3, "Telefon 1")]

    def test_not_reformatted_unless_asked(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Without --phone-format the numbers are uploaded exactly as written."""
        out = tmp_path / "out"
        raw = "Firmenname;Telefon 1\r\nA GmbH;0351-1234567\r\n"

        check(write_input("k.csv", raw.encode()), out)

        assert upload_rows(out)[1] == ["A GmbH", "0351-1234567"]

    @pytest.mark.parametrize(
        ("style", "expected"),
        [("e164", ["+493511234567", "+4312345678"]), ("national", ["0351 1234567", "+43 1 2345678"])],
    )
    def test_phone_format(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, style: str, expected: list[str]
    ) -> None:
        """``--phone-format`` rewrites valid numbers (a logged fix); ``national`` as dialled in
        Germany, another country's number with its country code."""
        out = tmp_path / "out"
        raw = "Firmenname;Land 1;Telefon 1\r\nA GmbH;DE;0351-1234567\r\nB GmbH;AT;0043 1 2345678\r\n"
        path = write_input("k.csv", raw.encode())

        result = run_cli("check", path, "--phone-format", style, "--out", out)

        assert result.exit_code == 0
        assert [row[2] for row in upload_rows(out)[1:]] == expected
        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))
        assert [f["code"] for f in report["fixes"]] == ["phone-formatted"] * 2

    def test_phone_format_leaves_numbers_without_zero_or_plus(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Bare digits, which Excel has probably stripped of their 0 or +, are not rewritten by
        ``--phone-format e164`` (``491711234567`` would become +49 491 … where +49 171 … may be
        meant): uploaded as written with a warning each; a number with its 0 is still formatted."""
        out = tmp_path / "out"
        raw = "Firma;Telefon;Mobil\r\nC GmbH;4935112345678;491711234567\r\nD GmbH;3511234567;0171 1234567\r\n"
        path = write_input("k.csv", raw.encode())

        result = run_cli("check", path, "--phone-format", "e164", "--out", out)

        assert result.exit_code == 1
        assert upload_rows(out) == [
            ["Firmenname", "Telefon 1", "Telefon 2"],
            ["C GmbH", "4935112345678", "491711234567"],
            ["D GmbH", "3511234567", "+491711234567"],
        ]
        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))
        assert [(i["row"], i["column"], i["code"], i["severity"]) for i in report["issues"]] == [
            (2, "Telefon 1", "phone-prefix-missing", "warning"),
            (2, "Telefon 2", "phone-prefix-missing", "warning"),
            (3, "Telefon 1", "phone-prefix-missing", "warning"),
        ]
        assert [(f["value"], f["fixed_value"]) for f in report["fixes"]] == [
            ("0171 1234567", "+491711234567")
        ]


# --- 3. e-mail syntax with email-validator --------------------------------------------------------


class TestEmailValidator:
    """E-mail addresses are checked by email-validator, offline, internationalised domains included."""

    def test_wrapped_and_named_addresses_are_uploaded_nothing_lost(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """ "mailto:" and a trailing ";" are dropped; a display name or a remark beside the address
        keeps the whole cell in the unmapped file; three addresses fill both columns and the
        whole cell is kept too. Every row is uploaded, and every cell is accounted for."""
        out = tmp_path / "out"
        raw = (
            "Firmenname;E-Mail 1\r\n"
            "A GmbH;mailto:info@a.de\r\n"
            'B GmbH;"info@b.de;"\r\n'
            "C GmbH;Karl Kurz <karl@c.de>\r\n"
            "D GmbH;info@d.de (Buchhaltung)\r\n"
            "E GmbH;a@e.de, b@e.de, c@e.de\r\n"
        )

        result = check(write_input("k.csv", raw.encode()), out)

        assert result.rows_rejected == 0
        assert upload_rows(out)[1:] == [
            ["A GmbH", "info@a.de", ""],
            ["B GmbH", "info@b.de", ""],
            ["C GmbH", "karl@c.de", ""],
            ["D GmbH", "info@d.de", ""],
            ["E GmbH", "a@e.de", "b@e.de"],
        ]
        unmapped = csv_rows((out / "k.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped == [
            ["Zeile", "E-Mail 1 (ganze Zelle)"],
            ["4", "Karl Kurz <karl@c.de>"],
            ["5", "info@d.de (Buchhaltung)"],
            ["6", "a@e.de, b@e.de, c@e.de"],
        ]
        assert result.accounting["balanced"] is True

    @pytest.mark.parametrize(
        ("address", "valid"),
        [
            ("info@müller.de", True),
            ("info@xn--mller-kva.de", True),
            ("a.b+rechnung@example.co.uk", True),
            ("a..b@x.de", False),
            ("Max max@x.de", False),  # a name without brackets ("Max <max@x.de>" is extracted)
            ("max@localhost", False),
            ("info@nicht-vorhanden.invalid", False),
        ],
    )
    def test_syntax(self, write_input: WriteInput, tmp_path: Path, address: str, valid: bool) -> None:
        """Valid addresses pass; doubled dots, a display name, no TLD or a reserved one are errors."""
        path = write_input("k.csv", f"Firmenname;E-Mail 1\r\nA GmbH;{address}\r\n".encode())

        result = check(path, tmp_path / "out")

        assert (findings(result, "email-invalid") == []) is valid

    def test_no_dns_lookup(
        self, write_input: WriteInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Checking an address never asks the DNS: a resolver that fails the test is never called."""
        import dns.resolver

        def no_dns(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("DNS lookup")

        monkeypatch.setattr(dns.resolver.Resolver, "resolve", no_dns)
        path = write_input("k.csv", b"Firmenname;E-Mail 1\r\nA GmbH;info@firma-ohne-mx.de\r\n")

        result = check(path, tmp_path / "out")

        assert list(result.issues) == []


# --- 6. the command line in German: click's own messages, German option values -------------------

LOCALE = Path(__file__).resolve().parents[1] / "importer" / "locale" / "de" / "LC_MESSAGES"


class TestGermanCommandLine:
    """click's own messages are German by default and English with ``--lang en``."""

    def test_missing_argument(self, run_cli: RunCli) -> None:
        """``check`` without a file: German usage line, hint and error."""
        result = run_cli("check")

        assert result.exit_code == 2
        assert result.stderr == (
            "Aufruf: main check [OPTIONEN] DATEIEN...\n"  # CliRunner calls the program "main"
            "Hilfe zeigt „main check --help“.\n"
            "\n"
            "Fehler: Es fehlt das Argument 'DATEIEN...'.\n"
        )

    def test_invalid_value(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A wrong ``--kind`` names the option and the German values."""
        result = run_cli("check", tmp_path / "k.csv", "--kind", "kundne")

        assert result.exit_code == 2
        assert result.stderr.endswith(
            "Fehler: Ungültiger Wert für '--kind': „kundne“ ist keine Art von Kontakten; möglich sind auto, "
            "kunden, lieferanten (oder customers, suppliers).\n"
        )

    def test_no_such_option_and_command(self, run_cli: RunCli, tmp_path: Path) -> None:
        """An unknown option and a mistyped command are German, with click's suggestion."""
        assert run_cli("check", tmp_path / "k.csv", "--xyzzy").stderr.endswith(
            "Fehler: Die Option '--xyzzy' gibt es nicht.\n"
        )
        assert run_cli("chek").stderr.endswith(
            "Fehler: Den Befehl 'chek' gibt es nicht. Meinten Sie 'check'?\n"
        )

    def test_english_with_lang_en(self, run_cli: RunCli, tmp_path: Path) -> None:
        """With ``--lang en`` click speaks English, even for errors found while parsing."""
        result = run_cli("check", tmp_path / "k.csv", "--lang", "en", "--xyzzy")

        assert result.exit_code == 2
        assert result.stderr == (
            "Usage: main check [OPTIONS] DATEIEN...\n"
            "Try 'main check --help' for help.\n"
            "\n"
            "Error: No such option '--xyzzy'.\n"
        )

    def test_help_headings(self, run_cli: RunCli) -> None:
        """``--help`` shows German headings and defaults."""
        result = run_cli("check", "--help")

        assert result.exit_code == 0
        assert result.stdout.startswith("Aufruf: main check [OPTIONEN] DATEIEN...\n")
        assert "\nOptionen:\n" in result.stdout
        assert "[Standard: auto]" in result.stdout
        assert "Usage" not in result.stdout
        assert "default:" not in result.stdout

    def test_language_does_not_leak(self, run_cli: RunCli) -> None:
        """After a command gettext's global domain and ``LANGUAGE`` are what they were."""
        import gettext
        import os

        before = (gettext.textdomain(), os.environ.get("LANGUAGE"))

        run_cli("check")

        assert (gettext.textdomain(), os.environ.get("LANGUAGE")) == before

    @pytest.mark.parametrize(("word", "customers", "suppliers"), [("kunden", 2, 0), ("lieferanten", 0, 2)])
    def test_kind_in_german(
        self,
        run_cli: RunCli,
        write_input: WriteInput,
        tmp_path: Path,
        word: str,
        customers: int,
        suppliers: int,
    ) -> None:
        """``--kind kunden`` / ``--kind lieferanten`` put every row into that upload file."""
        out = tmp_path / "out"
        path = write_input("k.csv", b"Firmenname\r\nA GmbH\r\nB GmbH\r\n")

        result = run_cli("check", path, "--kind", word, "--out", out)

        assert result.exit_code == 0, result.stderr
        for name, rows in (("k.kunden.csv", customers), ("k.lieferanten.csv", suppliers)):
            assert (len(upload_rows(out, name)) - 1 if rows else (out / name).exists()) == rows

    def test_catalog_is_compiled(self) -> None:
        """The shipped .mo holds exactly the .po's translations (``make locale`` was run)."""
        import gettext

        from babel.messages.pofile import read_po

        with (LOCALE / "lexoffice_import.po").open("rb") as handle:
            catalog = read_po(handle)
        with (LOCALE / "lexoffice_import.mo").open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)
        entries = [m for m in catalog if m.id]
        assert len(entries) > 50
        for message in entries:
            if isinstance(message.id, tuple):
                for n, text in enumerate(message.string):
                    assert compiled.ngettext(*message.id, 1 if n == 0 else 2) == text
            else:
                assert compiled.gettext(message.id) == message.string

    def test_every_click_message_is_translated(self) -> None:
        """Every text the installed click shows a user has a German translation in the catalog."""
        import ast

        import click
        from babel.messages.pofile import read_po

        developer_only = {
            "Could not determine name for option with declarations {decls!r}",
            "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
            "Did you mean to pass '--{name}'?",
            "Arguments take exactly one parameter declaration, got {length}: {decls}.",
            "Name '{name}' defined twice",
            "Boolean option {decl!r} cannot use the same flag for true/false.",
            "Invalid start character for option ({option})",
            "Unknown color {colour!r}",
            "Unknown standard stream '{name}'",
            "Windows error: {error}",
            "{editor}: Editing failed",
            "{editor}: Editing failed: {e}",
            "Couldn't detect Bash version, shell completion is not supported.",
            "Shell completion is not supported for Bash versions older than 4.4.",
            "Choice({choices})",
        }
        with (LOCALE / "lexoffice_import.po").open("rb") as handle:
            translated = {
                m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(handle) if m.id and m.string
            }
        shown = set()
        for path in Path(click.__file__).parent.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
                    first = node.args[0] if node.args else None
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        shown.add(first.value)
        missing = sorted(shown - developer_only - translated)
        assert missing == [], f"translate these in {LOCALE / 'lexoffice_import.po'}, then make locale"


class TestRowsWithoutAName:
    """A row without a name whose e-mail address a named row has: an order export's further line."""

    def test_the_named_row_with_the_same_address_is_given(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """The first row with a name (a company's or a person's) and the same address, compared
        without case and outer spaces; rows whose address only nameless rows have get the usual
        advice. Each nameless row is rejected."""
        raw = (
            "Firmenname;Vorname;Nachname;E-Mail 1\r\n"
            "Alpha GmbH;;;a@x.de\r\n"  # 2
            ";;; A@X.de \r\n"  # 3: the same address, written otherwise
            ";;;b@y.de\r\n"  # 4: only nameless rows have b@y.de
            ";;;b@y.de\r\n"  # 5
            ";Eva;Berg;c@z.de\r\n"  # 6: a person
            ";Jan;;c@z.de\r\n"  # 7: a first name is no name either
            "Gamma KG;;;a@x.de\r\n"  # 8: a later named row with a@x.de
        )
        result = check(write_input("k.csv", raw.encode()), tmp_path / "out")
        messages = {i.row: i.message for i in result.issues if i.code == "name-missing"}
        same = "dieselbe E-Mail-Adresse steht in Zeile {} mit Namen"
        assert sorted(messages) == [3, 4, 5, 7]
        assert same.format(2) in messages[3]
        assert messages[4] == messages[5] == msg("issue-name-missing")
        assert same.format(6) in messages[7]
        assert result.rows_rejected == 4
