"""Delimiter and line-ending detection that quoted fields cannot fool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import check, csv_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.dialect import detect_dialect, line_terminator
from importer.intake import intake_bytes
from importer.summary import render_summary

NAMES = {";": "Semikolon", ",": "Komma", "\t": "Tabulator", "|": "senkrechter Strich"}


def tricky(d: str, nl: str) -> str:
    """A file with the delimiter quoted inside fields and a quoted line break in one field."""
    return (
        f"Name{d}Straße{d}PLZ{d}Notiz{nl}"
        f'"Müller{d} Hans"{d}Hauptstr. 1{d}01067{d}"a{d}b"{nl}'
        f'"Schmidt, Eva; Dr."{d}"Zeile 1\r\nZeile 2"{d}007{d}"sagt ""Hallo"""{nl}'
        f"Weber{d}Ring 3{d}80331{d}x{nl}"
    )


class TestDelimiter:
    """``;`` ``,`` TAB and ``|`` are each found although other delimiters sit in quoted fields."""

    @pytest.mark.parametrize("d", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "pipe"])
    def test_detected_with_quoted_delimiters_and_embedded_newlines(self, d: str) -> None:
        """Each delimiter wins although quoted fields hold it, other delimiters and a CRLF line break."""
        raw = tricky(d, "\r\n").encode("utf-8")

        intake = intake_bytes(raw, Path("x.csv"))

        assert intake.dialect.delimiter == d
        assert intake.dialect.quotechar == '"'
        assert intake.dialect.evidence.startswith(
            f"{NAMES[d]}: 4 Felder in der Kopfzeile, 100 % der Datensätze"
        )
        assert intake.table.frame.to_dicts() == [
            {"Name": f"Müller{d} Hans", "Straße": "Hauptstr. 1", "PLZ": "01067", "Notiz": f"a{d}b"}
            | {"__row__": 2, "__line__": 2},
            {
                "Name": "Schmidt, Eva; Dr.",
                "Straße": "Zeile 1\r\nZeile 2",
                "PLZ": "007",
                "Notiz": 'sagt "Hallo"',
            }
            | {"__row__": 3, "__line__": 3},
            {"Name": "Weber", "Straße": "Ring 3", "PLZ": "80331", "Notiz": "x"}
            | {"__row__": 4, "__line__": 5},
        ]
        assert intake.table.issues == []

    def test_comma_file_with_quoted_name_comma(self) -> None:
        """``"Müller, Hans"`` in a comma file stays one field and the comma is the delimiter."""
        raw = 'Name,Ort\r\n"Müller, Hans",Köln\r\n"Meier, Eva",Bonn\r\n'.encode()

        intake = intake_bytes(raw, Path("x.csv"))

        assert intake.dialect.delimiter == ","
        assert intake.table.frame["Name"].to_list() == ["Müller, Hans", "Meier, Eva"]

    def test_semicolon_file_with_commas_in_every_value(self) -> None:
        """Commas in every unquoted value do not turn a semicolon file into a comma file."""
        text = "Name, Firma;Betrag;Ort\r\n" + "".join(
            f"Firma {i}, GmbH;1,50;Bonn, Rhein\r\n" for i in range(20)
        )

        dialect = detect_dialect(text)

        assert dialect.delimiter == ";"
        assert dialect.evidence == (
            "Semikolon: 3 Felder in der Kopfzeile, 100 % der Datensätze passen dazu (andere: Komma 0 %)"
        )

    @pytest.mark.parametrize("d", [";", "\t", "|"], ids=["semicolon", "tab", "pipe"])
    def test_comma_in_every_name_loses_a_tie(self, d: str) -> None:
        """When "Name, Vorname" makes the comma fit as well, the other delimiter wins the tie."""
        text = f"Name, Vorname{d}Ort\r\nMüller, Hans{d}Köln\r\nMeier, Eva{d}Bonn\r\n"

        dialect = detect_dialect(text)

        assert dialect.delimiter == d
        assert dialect.evidence == (
            f"{NAMES[d]}: 2 Felder in der Kopfzeile, 100 % der Datensätze passen dazu (andere: Komma 100 %)"
        )

    def test_single_column_file_assumes_semicolon(self) -> None:
        """A file without any delimiter is one column; semicolon is assumed and the evidence says so."""
        intake = intake_bytes(b"Name\r\nMueller\r\nMeier\r\n", Path("x.csv"))

        assert intake.dialect.delimiter == ";"
        assert intake.dialect.evidence == (
            "kein Trennzeichen gefunden: die Datei hat nur eine Spalte; "
            "Semikolon angenommen (sonst --delimiter)"
        )
        assert intake.table.frame["Name"].to_list() == ["Mueller", "Meier"]


class TestHashDelimiter:
    """``#`` (CAS genesisWorld's recommended separator) is found; ``#`` inside values is no delimiter."""

    def test_hash_separated_export_is_read_into_columns(self, tmp_path: Path) -> None:
        """A genesisWorld text export cut at "#" (one value holds a semicolon) is uploaded column by
        column; before, it was one column and every row was rejected."""
        text = (
            "Firma#Straße#PLZ#Ort#Telefon#Kategorie\r\n"
            "Reisebüro Schulze#Industriestraße 17#01067#Dresden#0341 7594762#Kunde\r\n"
            "Zahntechnik Wolf GmbH#Lindenweg 26a#80331#München#0421 6955124#Kunde;Lieferant\r\n"
            "Heinrich & Söhne e.K.#Schillerstraße 108a#20095#Hamburg#040 524008#Kunde\r\n"
        )
        path = tmp_path / "adressen.txt"
        path.write_bytes(text.encode("cp1252"))

        result = check(path, tmp_path / "out")

        assert result.rows_uploaded == 3
        upload = csv_rows((tmp_path / "out" / "adressen.kunden.csv").read_bytes())
        header = upload[0]
        assert [dict(zip(header, row, strict=True))["Firmenname"] for row in upload[1:]] == [
            "Reisebüro Schulze",
            "Zahntechnik Wolf GmbH",
            "Heinrich & Söhne e.K.",
        ]
        assert [dict(zip(header, row, strict=True))["Ort 1"] for row in upload[1:]] == [
            "Dresden",
            "München",
            "Hamburg",
        ]

    @pytest.mark.parametrize("d", [";", ","], ids=["semicolon", "comma"])
    def test_hash_in_values_and_header_stays_a_value(self, d: str) -> None:
        """Numbers "#12" and a header "Kd #" in every line do not make "#" the delimiter, not even
        where every line holds as many "#" as the header and "#" would cut more fields."""
        text = f"Kd #{d}Tel #{d}Whg #\r\n" + "".join(f"#{i}{d}0511 #{i}{d}Whg #{i}\r\n" for i in range(1, 21))

        dialect = detect_dialect(text)

        assert dialect.delimiter == d
        assert dialect.evidence.endswith("(andere: Raute (#) 100 %)")

    def test_hash_in_some_values_of_a_comma_file(self) -> None:
        """Notes with "#" in a few records leave the comma the delimiter."""
        text = "Name,Ort,Notiz #\r\n" + "".join(
            f"Firma {i},Bonn,{'Ticket #4#5' if i % 3 == 0 else 'ok'}\r\n" for i in range(12)
        )

        assert detect_dialect(text).delimiter == ","

    def test_other_character_in_one_column_file_is_named_with_delimiter_option(self, tmp_path: Path) -> None:
        """A file cut at "~" reads as one column; the summary and a warning name --delimiter "~"
        instead of sending the user to --header-row."""
        text = "Firma~Straße~PLZ~Ort\r\n" + "".join(
            f"Firma {i}~Weg {i}~01067~Dresden\r\n" for i in range(1, 6)
        )
        path = tmp_path / "tilde.csv"
        path.write_text(text, encoding="utf-8")

        result = check(path, tmp_path / "out")
        report = json.loads((tmp_path / "out" / "tilde.report.json").read_text(encoding="utf-8"))

        suspicious = [i for i in report["issues"] if i["code"] == "delimiter-suspicious"]
        assert len(suspicious) == 1
        assert "mit '~' hätte die Kopfzeile 4 Spalten" in suspicious[0]["message"]
        assert suspicious[0]["message"].endswith('prüfen Sie erneut mit --delimiter "~".')
        summary = render_summary(result)
        assert "ist '~' das Trennzeichen? Dann mit --delimiter \"~\" prüfen." in summary
        assert "--header-row" not in summary

    def test_one_column_file_without_other_character_names_no_delimiter(self) -> None:
        """A true one-column list (names with dots and dashes in some lines) gets no such guess."""
        intake = intake_bytes(
            "Name\r\nDr. Müller-Lüdenscheidt\r\nMeier\r\nA.-B. Schulz\r\n".encode(), Path("x.csv")
        )

        assert intake.dialect.likely is None


class TestForcedDelimiter:
    """``--delimiter`` overrides detection."""

    def test_forced_delimiter_overrides_detection(self) -> None:
        """A forced comma cuts a semicolon-looking file at commas."""
        raw = b"Name,Zusatz;x\r\nA,B;C\r\nD,E;F\r\n"
        assert detect_dialect(raw.decode()).delimiter == ";"

        intake = intake_bytes(raw, Path("x.csv"), delimiter=",")

        assert intake.dialect.delimiter == ","
        assert intake.dialect.evidence == "vorgegeben mit --delimiter"
        assert intake.table.columns == ["Name", "Zusatz;x"]
        assert intake.table.frame["Zusatz;x"].to_list() == ["B;C", "E;F"]

    def test_forced_delimiter_beats_sep_line(self) -> None:
        """``--delimiter`` wins over an Excel ``sep=`` line, which is still dropped."""
        raw = b"sep=;\r\nName,Ort\r\nA,B\r\n"

        intake = intake_bytes(raw, Path("x.csv"), delimiter=",")

        assert intake.dialect.delimiter == ","
        assert intake.table.frame.to_dicts() == [{"Name": "A", "Ort": "B", "__row__": 2, "__line__": 3}]


class TestSepLine:
    """An Excel ``sep=X`` first line sets the delimiter and is not data."""

    @pytest.mark.parametrize("d", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "pipe"])
    def test_sep_line_is_honoured(self, d: str) -> None:
        """``sep=X`` sets the delimiter even when another candidate would also fit, and is dropped."""
        other = "," if d != "," else ";"
        raw = f"sep={d}\r\nName{other}Zusatz{d}Ort\r\nA{other}B{d}C\r\n".encode()

        intake = intake_bytes(raw, Path("x.csv"))

        assert intake.dialect.delimiter == d
        assert intake.dialect.evidence == f"vorgegeben von der Zeile „sep={d}“ am Anfang der Datei"
        assert intake.table.columns == [f"Name{other}Zusatz", "Ort"]
        assert intake.table.frame.row(0) == (f"A{other}B", "C", 2, 3)

    def test_sep_line_shifts_physical_lines_of_issues(self) -> None:
        """Issues after a ``sep=`` line name the physical line (one more) but the spreadsheet row."""
        raw = b"sep=;\nName;Ort\nA;B;C\n"

        intake = intake_bytes(raw, Path("x.csv"))

        assert [(i.code, i.row, i.line) for i in intake.issues] == [("row-too-long", 2, 3)]

    def test_sep_line_with_utf8_bom(self) -> None:
        """A ``sep=`` line after a UTF-8 BOM is honoured too."""
        raw = b"\xef\xbb\xbfsep=|\r\nName|Ort\r\nA|B\r\n"

        intake = intake_bytes(raw, Path("x.csv"))

        assert intake.dialect.delimiter == "|"
        assert intake.table.columns == ["Name", "Ort"]


class TestLineTerminator:
    """The line ending is reported as ``\\r\\n``, ``\\n`` or ``\\r``."""

    @pytest.mark.parametrize("nl", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
    @pytest.mark.parametrize("d", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "pipe"])
    def test_line_ending_reported_and_records_cut(self, d: str, nl: str) -> None:
        """Each line ending is reported as such and cuts the records right, with a quoted CRLF inside."""
        raw = tricky(d, nl).encode("utf-8")

        intake = intake_bytes(raw, Path("x.csv"))

        assert intake.dialect.line_terminator == nl
        assert intake.dialect.delimiter == d
        assert intake.table.frame["Name"].to_list() == [f"Müller{d} Hans", "Schmidt, Eva; Dr.", "Weber"]
        assert intake.table.frame["__line__"].to_list() == [2, 3, 5]

    def test_line_breaks_inside_quotes_do_not_count(self) -> None:
        """Excel's LF inside cells does not outvote the CRLF that ends its records."""
        text = "Name;Adresse\r\n" + "".join(f'K{i};"Zeile 1\nZeile 2\nZeile 3"\r\n' for i in range(5))
        assert text.count("\n") - text.count("\r\n") > text.count("\r\n")

        assert line_terminator(text) == "\r\n"

    def test_crlf_inside_quotes_of_an_lf_file_does_not_count(self) -> None:
        """Quoted CRLF line breaks in an LF file do not make it a CRLF file."""
        text = "Name;Adresse\n" + "".join(f'K{i};"Zeile 1\r\nZeile 2\r\n""Zeile"" 3"\n' for i in range(5))

        assert line_terminator(text) == "\n"

    def test_stray_quote_inside_a_field_does_not_hide_line_ends(self) -> None:
        """A quote inside an unquoted value (12" Monitor) does not swallow the line ends after it."""
        text = 'Artikel;Ort\n12" Monitor;Bonn\nKabel;Köln\nMaus;Ulm\r\n'

        assert line_terminator(text) == "\n"

    def test_file_without_line_break_defaults_to_crlf(self) -> None:
        """A text without any line break reports CRLF, the Windows default."""
        assert line_terminator("Name;Ort") == "\r\n"


def csv_text(rows: list[list[str]], d: str, nl: str) -> str:
    """Rows written the way Excel does: fields quoted only when they hold ``d``, a quote or a line break."""

    def field(value: str) -> str:
        if any(c in value for c in f'{d}"\r\n'):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(d.join(field(v) for v in row) + nl for row in rows)


FIELD = st.text(st.sampled_from(list('abcXYZ äöüßéèñøÆÅ 0123,;|\t"\r\n-.')), max_size=12)


class TestRoundTripProperty:
    """Whatever the values hold, a file written with quoting reads back exactly."""

    @settings(max_examples=300, deadline=None)
    @given(
        width=st.integers(2, 5),
        data=st.data(),
        d=st.sampled_from([";", ",", "\t", "|"]),
        nl=st.sampled_from(["\r\n", "\n", "\r"]),
    )
    def test_values_delimiter_and_line_ending_read_back(
        self, width: int, data: st.DataObject, d: str, nl: str
    ) -> None:
        """Delimiter, line ending and every value of a properly quoted UTF-8 file are read back exactly."""
        header = [f"Spalte {i}" for i in range(width)]
        row = st.lists(FIELD, min_size=width, max_size=width).filter(lambda r: any(v.strip() for v in r))
        rows = data.draw(st.lists(row, min_size=1, max_size=6))
        raw = csv_text([header, *rows], d, nl).encode("utf-8")

        intake = intake_bytes(raw, Path("x.csv"))

        assert (intake.dialect.delimiter, intake.dialect.line_terminator) == (d, nl)
        assert intake.table.columns == header
        assert [list(r) for r in intake.table.frame.select(header).rows()] == rows
        # A value with a line that holds a whole record's delimiters reads back too, with a warning
        # (value-spans-records, tests/test_structure.py): it may come from a stray quote.
        assert [i for i in intake.table.issues if i.code != "value-spans-records"] == []
