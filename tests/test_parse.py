"""Parsing: polars reads well-formed files, Python's csv module everything else, with equal results.

``parse`` hands a file to polars' CSV reader only when counting proves polars sees the same
records as Python's csv module would (``parse_regular``); ragged, blank or oddly quoted files
go to the csv module, which reports every irregularity by row (``parse_irregular``). These
tests pin the row and line numbers users see in the report, and check by property that both
readers agree on every file the fast one accepts.
"""

from __future__ import annotations

import codecs
import os
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from helpers import check, csv_rows
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from importer.csv_reader import _filled_fields, find_preamble, read_csv
from importer.errors import ConfigurationError, InputUnusableError
from importer.model import Dialect
from importer.parse import (
    LINE,
    ROW,
    Table,
    _field_name,
    _swallowing_field,
    _tail,
    parse,
    parse_irregular,
    parse_regular,
    well_quoted,
)
from importer.result import Preamble, RawInput

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def dialect(delimiter: str = ";") -> Dialect:
    return Dialect(delimiter, '"', "\r\n")


def rows_and_lines(table: Table) -> list[tuple[int, int]]:
    return list(zip(table.frame[ROW].to_list(), table.frame[LINE].to_list(), strict=True))


FAKTURA = (
    '"Kundennummer";"Name";"Vorname";"Bemerkung"\r\n'
    '"10001";"Müller";"Anna";"Lieferung nur vormittags;\r\nTor 3"\r\n'
    '"10002";"Weiß";"Jörg";"Rabatt 5 %\nsiehe Mail von ""Hr. Meier"""\r\n'
    '"10003";"Øster";"Åse";""\r\n'
)


class TestWellFormedFiles:
    def test_faktura_export_with_line_breaks_in_values_keeps_rows_and_lines(self) -> None:
        table = parse_regular(FAKTURA, dialect())
        assert table is not None  # polars read it
        assert table.columns == ["Kundennummer", "Name", "Vorname", "Bemerkung"]
        assert table.frame["Bemerkung"].to_list() == [
            "Lieferung nur vormittags;\r\nTor 3",
            'Rabatt 5 %\nsiehe Mail von "Hr. Meier"',
            "",
        ]
        # Record 2 starts on line 2 and spans two lines, so record 3 starts on line 4.
        assert rows_and_lines(table) == [(2, 2), (3, 4), (4, 6)]
        assert table.frame.equals(parse_irregular(FAKTURA, dialect()).frame)

    def test_line_break_in_the_header_shifts_every_line(self) -> None:
        text = '"Name";"Ort\nWohnort"\n"A";"B"\n"C";"D"\n'
        table = parse_regular(text, dialect())
        assert table is not None
        assert table.original_headers == ["Name", "Ort\nWohnort"]
        assert rows_and_lines(table) == [(2, 3), (3, 4)]

    @pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
    def test_every_delimiter_with_minimal_quoting(self, delimiter: str) -> None:
        text = delimiter.join(["Firmenname", "Ort"]) + "\n" + f'"A{delimiter}B"{delimiter}Köln\n'
        table = parse_regular(text, dialect(delimiter))
        assert table is not None
        assert table.frame.row(0) == (f"A{delimiter}B", "Köln", 2, 2)

    def test_old_mac_line_ends(self) -> None:
        text = "Name;Ort\rMüller;Köln\rWeiß;Bonn"
        table = parse_regular(text, dialect())
        assert table is not None
        assert table.frame["Ort"].to_list() == ["Köln", "Bonn"]
        assert rows_and_lines(table) == [(2, 2), (3, 3)]

    def test_repeated_and_blank_headers_are_renamed_as_by_the_csv_module(self) -> None:
        text = "Name;Name;;Ort\na;b;c;d\n"
        fast, slow = parse_regular(text, dialect()), parse_irregular(text, dialect())
        assert fast is not None
        assert fast.columns == slow.columns
        assert [i.code for i in fast.issues] == [i.code for i in slow.issues]


class TestIrregularFilesGoToTheCsvModule:
    @pytest.mark.parametrize(
        ("text", "codes"),
        [
            ("Name;Ort\na;b\nc\n", ["row-too-short"]),
            ("Name;Ort\na;b\nc;d;e\n", ["row-too-long"]),
            # a delimiter at the end of the data lines only: empty fields beyond the header, nothing
            # to warn about (the warning said their "values" were in the unmapped file)
            ("Name;Ort\na;b;\nc;d;\n", []),
            ("Name;Ort\na;b;;\nc;d;e\n", ["row-too-long"]),
            ("Name;Ort\na;b\n\nc;d\n", []),  # blank line: counted, row numbers keep the gap
            ("Name;Ort\na;b\n;\nc;d\n", []),  # a record of empty fields is blank too
            ('Name;Ort\na"b;c\n', []),  # a quote inside an unquoted value is kept literally
            ('Name;Ort\n"a"b;c\n', ["quote-stray"]),  # text after a closing quote: read "ab", warned
            ("Name;Ort\na\r;b\nc;d\n", ["row-too-short"]),  # a lone CR in an LF file ends a line for csv
            ("Name\na\nb\n", []),  # one column
        ],
    )
    def test_declined_and_reported_by_row(self, text: str, codes: list[str]) -> None:
        assert parse_regular(text, dialect()) is None
        table = parse(text, dialect())
        assert [i.code for i in table.issues] == codes

    @pytest.mark.parametrize("delimiter", ["Ä", ".", "*"])
    def test_other_delimiters_from_an_excel_sep_line(self, delimiter: str) -> None:
        """``sep=Ä`` (found by the fuzzer): polars takes only one-byte separators; csv takes any."""
        text = f"Name{delimiter}Ort\nA{delimiter}B\n"
        assert parse_regular(text, dialect(delimiter)) is None
        assert parse(text, dialect(delimiter)).frame.row(0) == ("A", "B", 2, 2)

    def test_blank_line_keeps_spreadsheet_rows(self) -> None:
        table = parse("Name;Ort\na;b\n\nc;d\n", dialect())
        assert rows_and_lines(table) == [(2, 2), (4, 4)]
        assert table.blank_records == 1


class TestStrayQuotes:
    """A quote inside a quoted value that is not doubled (a Faktura-style export of a company
    called Müller "Bau"): the csv module dropped the first inner quote, and "Müller Bau" 4 GmbH""
    was uploaded without a word (the thirty-third session's hostile round)."""

    TEXT = (
        '"Firma";"Ort"\r\n'
        '"Müller "Bau" 4 GmbH";"Dresden"\r\n'
        '"Hans ""Bob"" Meier";"Köln"\r\n'
        'Normal "X" AG;Bonn\r\n'
        '"Schmidt" GmbH;"Berlin"\r\n'
    )

    def test_kept_as_written_and_warned(self) -> None:
        table = parse(self.TEXT, dialect())
        assert table.frame.select("Firma", "Ort").rows() == [
            ('Müller "Bau" 4 GmbH', "Dresden"),
            ('Hans "Bob" Meier', "Köln"),  # doubled: the rules kept
            ('Normal "X" AG', "Bonn"),  # a quote in a value without quotes is a character
            ("Schmidt GmbH", "Berlin"),  # no reading of its own fits: the csv module's, warned
        ]
        assert [(i.code, i.row, i.column, i.value) for i in table.issues] == [
            ("quote-stray", 2, "Firma", 'Müller "Bau" 4 GmbH'),
            ("quote-stray", 5, "Firma", "Schmidt GmbH"),
        ]


class TestLineBreakWithoutQuotes:
    """A lone LF typed into a value without quotes, in a file whose records end with CRLF: the
    record went on in the next line, whose values were read as a record of their own ("Zeile
    zwei" uploaded as a company, its phone number as the street)."""

    HEADER = "Firma;Straße;Bemerkung;Telefon\r\n"

    def test_the_parts_are_one_record_again(self) -> None:
        text = (
            self.HEADER
            + "Müller GmbH;Hauptstr. 1;Zeile eins\nZeile zwei;030 123456\r\nWeber KG;Weg 3;a;0351 1\r\n"
        )

        table = parse(text, dialect())

        assert table.frame.drop(ROW, LINE).rows() == [
            ("Müller GmbH", "Hauptstr. 1", "Zeile eins\nZeile zwei", "030 123456"),
            ("Weber KG", "Weg 3", "a", "0351 1"),
        ]
        assert rows_and_lines(table) == [(2, 2), (3, 4)]
        assert [(i.code, i.row, i.line, i.column) for i in table.issues] == [
            ("line-break-joined", 2, 2, "Bemerkung")
        ]
        assert "Zeilen 2 bis 3" in table.issues[0].message

    def test_two_breaks_in_one_value(self) -> None:
        text = self.HEADER + "Müller GmbH;Hauptstr. 1;eins\nzwei\ndrei;030 1\r\n"

        table = parse(text, dialect())

        assert table.frame.drop(ROW, LINE).rows() == [
            ("Müller GmbH", "Hauptstr. 1", "eins\nzwei\ndrei", "030 1")
        ]

    @pytest.mark.parametrize(
        "rows",
        [
            # parts that do not add up to the header's width: two short records, as they were
            "Müller GmbH;Hauptstr. 1\nWeber KG;Weg 3\r\n",
            # hand-typed LF rows appended, their empty last fields left out: records of their own
            "Müller GmbH;Hauptstr. 1;a;030 1\r\nGamma KG;Weg 3\nDelta OHG;Ring 4;x\n",
            # the short record ends with CRLF, the records' own end: not cut by a typed break
            "Müller GmbH;Hauptstr. 1;a\r\nWeber KG\r\nb;0351 1;x\r\n",
        ],
    )
    def test_records_that_do_not_add_up_stay_apart(self, rows: str) -> None:
        table = parse(self.HEADER + rows, dialect())

        assert "line-break-joined" not in [i.code for i in table.issues]
        assert "row-too-short" in [i.code for i in table.issues]

    def test_appended_rows_without_a_last_line_end_stay_apart(self) -> None:
        """The hostile re-test: LF rows appended to a CRLF file, the last without any line end.
        Their two parts add up to the header's width, and "Dora" LF "Epsilon AG" was read as one
        first name, "Emil" as the surname and "Köln" as the town: a company lost in another's
        contact person. Each is a record of its own, short as typed."""
        text = (
            "Firma;Vorname;Nachname;Ort\r\nAlpha GmbH;Anna;Alt;Berlin\r\nDelta OHG;Dora\nEpsilon AG;Emil;Köln"
        )

        table = parse(text, dialect())

        assert table.frame.drop(ROW, LINE).rows() == [
            ("Alpha GmbH", "Anna", "Alt", "Berlin"),
            ("Delta OHG", "Dora", "", ""),
            ("Epsilon AG", "Emil", "Köln", ""),
        ]
        assert [(i.code, i.row) for i in table.issues] == [("row-too-short", 3), ("row-too-short", 4)]

    def test_not_in_a_file_of_lf_records(self) -> None:
        text = "Firma;Straße;Bemerkung;Telefon\nMüller GmbH;Hauptstr. 1;eins\nzwei;030 1\n"

        table = parse(text, Dialect(";", '"', "\n"))

        assert [i.code for i in table.issues] == ["row-too-short", "row-too-short"]

    @pytest.mark.parametrize(
        ("terminator", "typed"),
        [
            ("\r\n", "\r"),  # a lone CR (a Mac program, a pasted text) in a Windows file
            ("\r\n", "\n"),
            ("\n", "\r"),  # a lone CR in a file of LF records
            ("\r", "\n"),  # a lone LF in an old Mac file (lone CR records)
        ],
    )
    @pytest.mark.parametrize("column", [1, 3])  # a value in the middle, the last value
    def test_a_break_other_than_the_records_own(self, terminator: str, typed: str, column: int) -> None:
        """The hostile round: "Zeile1" CR "Zeile2" in the last value of a CRLF file was cut off and
        "Zeile2" uploaded as a company of its own."""
        values = ["Müller GmbH", "Hauptstr. 1", "a", "030 1"]
        values[column] = f"Zeile1{typed}Zeile2"
        text = terminator.join(
            ["Firma;Straße;Bemerkung;Telefon", ";".join(values), "Weber KG;Weg 3;b;0351 1", ""]
        )

        table = parse(text, Dialect(";", '"', terminator))

        assert table.frame.drop(ROW, LINE).rows() == [tuple(values), ("Weber KG", "Weg 3", "b", "0351 1")]
        assert rows_and_lines(table) == [(2, 2), (3, 4)]
        names = ["Firma", "Straße", "Bemerkung", "Telefon"]
        assert [(i.code, i.row, i.column) for i in table.issues] == [("line-break-joined", 2, names[column])]

    def test_breaks_and_an_empty_line_in_the_last_value(self) -> None:
        text = "Firma;Bemerkung\r\nMüller GmbH;eins\r\rdrei\rvier\r\nWeber KG;b\r\n"

        table = parse(text, dialect())

        assert table.frame.drop(ROW, LINE).rows() == [
            ("Müller GmbH", "eins\r\rdrei\rvier"),
            ("Weber KG", "b"),
        ]
        assert rows_and_lines(table) == [(2, 2), (3, 6)]

    @pytest.mark.parametrize(
        "rows",
        [
            # a full record ending with a lone LF, then a full record: hand-typed LF rows
            "Müller GmbH;Hauptstr. 1;a;030 1\nGamma KG;Weg 3;b;0351 1\r\n",
            # a lone CR before a part of two fields: the joined record would be too wide
            "Müller GmbH;Hauptstr. 1;a;030 1\rGamma KG;x\r\n",
        ],
    )
    def test_a_full_record_takes_no_record_of_its_own(self, rows: str) -> None:
        table = parse(self.HEADER + rows, dialect())

        assert "line-break-joined" not in [i.code for i in table.issues]
        assert table.records == 2

    def test_the_fragment_is_no_contact_in_the_upload(self, tmp_path: Path) -> None:
        """End to end, the hostile round's file: the note's second line is no company."""
        source = tmp_path / "mixcr.csv"
        source.write_bytes("Firma;Ort;Notiz\r\nA GmbH;Dresden;Zeile1\rZeile2\r\nB GmbH;Köln;x\r\n".encode())
        out = tmp_path / "out"

        result = check(source, out)

        assert csv_rows((out / "mixcr.kunden.csv").read_bytes()) == [
            ["Firmenname", "Ort 1"],
            ["A GmbH", "Dresden"],
            ["B GmbH", "Köln"],
        ]
        assert csv_rows((out / "mixcr.unmapped.csv").read_bytes().removeprefix(codecs.BOM_UTF8)) == [
            ["Zeile", "Notiz"],
            ["2", "Zeile1\rZeile2"],
            ["3", "x"],
        ]
        assert [(i.code, i.row) for i in result.issues] == [("line-break-joined", 2)]

    def test_records_ended_by_cr_cr_lf_take_no_empty_line(self) -> None:
        """A CRLF file written once more in text mode ends each record with CR CR LF: the empty
        line after each is no part of its last value."""
        text = "Firma;Ort\r\r\nMüller GmbH;Dresden\r\r\nWeber KG;Berlin\r\r\n"

        table = parse(text, Dialect(";", '"', "\r\n"))

        assert table.frame.drop(ROW, LINE).rows() == [("Müller GmbH", "Dresden"), ("Weber KG", "Berlin")]
        assert "line-break-joined" not in [i.code for i in table.issues]

    def test_a_record_of_its_own_after_the_break_is_not_joined(self, tmp_path: Path) -> None:
        """The hostile round's file: "Delta OHG;Dora" LF "Epsilon AG;Emil;Köln" in a CRLF file.
        Its second line starts like the first column's values (a company with a legal form), which
        no first name has: two records, the company Epsilon AG no part of a contact's first name."""
        source = tmp_path / "rejoin1.csv"
        source.write_bytes(
            "Firma;Vorname;Nachname;Ort\r\nAlpha GmbH;Anna;Alt;Berlin\r\nDelta OHG;Dora\n"
            "Epsilon AG;Emil;Köln\r\nZeta KG;Zoe;Zorn;Bonn\r\n".encode()
        )
        out = tmp_path / "out"

        result = check(source, out)

        uploaded = csv_rows((out / "rejoin1.kunden.csv").read_bytes())
        companies = [row[uploaded[0].index("Firmenname")] for row in uploaded[1:]]
        assert companies == ["Alpha GmbH", "Delta OHG", "Epsilon AG", "Zeta KG"]
        assert not any("Epsilon" in value for row in uploaded[1:] for value in row if value != "Epsilon AG")
        codes = [(i.code, i.row) for i in result.issues if i.code in ("line-break-joined", "row-too-short")]
        assert codes == [("row-too-short", 3), ("row-too-short", 4)]

    @pytest.mark.parametrize(
        ("first", "value", "joined"),
        [
            # numbers like the first column's: a customer number starts a record
            (["10001", "10002", "10003"], "10004", False),
            (["K-1001", "K-1002", "K-1003"], "K-1004", False),
            # a number of another shape, or a word, may be the rest of the note
            (["10001", "10002", "10003"], "42", True),
            (["Alpha GmbH", "Beta KG", "Gamma AG"], "Zeile zwei", True),
            # the first column's values have no shape in common: nothing tells
            (["Alpha", "Beta", "Gamma"], "Delta OHG", True),
        ],
    )
    def test_the_first_columns_shape_tells_a_record(self, first: list[str], value: str, joined: bool) -> None:
        rows = "".join(f"{name};Text {k};Ort {k}\r\n" for k, name in enumerate(first))
        text = f"Nr;Notiz;Ort\r\n{rows}X1;Zeile eins\n{value};Ort 9\r\n"

        table = parse(text, dialect())

        assert ("line-break-joined" in [i.code for i in table.issues]) is joined
        assert table.records == len(first) + (1 if joined else 2)

    def test_old_mac_file_with_breaks_in_quotes_stays_as_it_was(self) -> None:
        """A file of lone CR records whose values hold CR and LF inside quotes: nothing joined."""
        text = 'Firma;Notiz\r"A GmbH";"Zeile1\rZeile2\r\rZeile4"\r"B AG";"x\ny"\r'

        table = parse(text, Dialect(";", '"', "\r"))

        assert table.frame.drop(ROW, LINE).rows() == [
            ("A GmbH", "Zeile1\rZeile2\r\rZeile4"),
            ("B AG", "x\ny"),
        ]
        assert table.issues == []


def spans(table: Table) -> list[tuple[int, int, str | None, str]]:
    """Row, line, column and message of each value-spans-records warning."""
    return [(i.row, i.line, i.column, i.message) for i in table.issues if i.code == "value-spans-records"]


def spans_message(column: str, first: int, end: int) -> str:
    return (
        f"Der Wert in {column} beginnt in Zeile {first} mit einem Anführungszeichen und reicht bis "
        f"Zeile {end}; mindestens eine Zeile darin sieht wie ein ganzer Datensatz aus. Gehört das "
        "Anführungszeichen am Anfang nicht dorthin, entfernen Sie es und prüfen Sie erneut; sonst ist "
        "nichts zu tun."
    )


class TestValuesThatHoldRecords:
    """A value with a line that holds a record's worth of delimiters: a warning when it is quoted by
    the rules, a refusal when its quote breaks them; the lines named are the value's own."""

    @pytest.mark.parametrize(
        ("record", "found"),
        [
            # Two values with line breaks (1 and 2, also a lone CR) come first: the third starts
            # three lines into its record and spans two more.
            (["a\nb", "c\r\nd\re", "q\n1;2;3\nend"], (2, 3, 2)),
            (["a", "b", "q\r1;2;3\rend"], (2, 0, 2)),  # lone CR line ends
            (["a", "b", "q\r\n1;2;3\r\nend"], (2, 0, 2)),
            (["1;2;3\nend", "x", "y"], None),  # the delimiters are on the value's first line
            (["x;y\n1;2\nend", "x", "y"], None),  # no line after the first holds two
            (["a", "b", "1;2;3"], None),  # no line break at all
        ],
    )
    def test_the_field_that_swallowed_records(
        self, record: list[str], found: tuple[int, int, int] | None
    ) -> None:
        """(field index, line breaks before it in its record, line breaks inside it), for three columns."""
        assert _swallowing_field(record, 3, ";") == found

    def test_a_narrow_file_is_not_checked(self) -> None:
        """With two columns a note with one delimiter per line would look like records."""
        assert _swallowing_field(["a", "q\n1;2;3\n"], 2, ";") is None

    @pytest.mark.parametrize(
        ("index", "name"), [(0, "Name"), (2, "PLZ"), (3, "Zusatzfeld 1"), (5, "Zusatzfeld 3")]
    )
    def test_field_names_past_the_header_are_extra_fields(self, index: int, name: str) -> None:
        assert _field_name(["Name", "Ort", "PLZ"], index) == name

    @pytest.mark.parametrize("reader", [parse, parse_irregular])
    def test_the_warning_names_the_first_line_of_the_value(
        self, reader: Callable[[str, Dialect], Table]
    ) -> None:
        """Record 2 starts on line 2; its value B spans lines 2-3, so value C starts on line 3."""
        text = 'A;B;C\r\n1;"x\r\ny";"q\r\n2;p;q"\r\n3;p;q\r\n'

        table = reader(text, dialect())

        assert spans(table) == [(2, 2, "C", spans_message("C", 3, 4))]
        assert table.frame["C"].to_list() == ["q\r\n2;p;q", "q"]

    def test_a_well_quoted_value_in_an_irregular_file_is_a_warning(self) -> None:
        """A blank line sends the file to the csv module; the value is quoted by the rules: kept, warned."""
        text = 'A;B;C\r\n1;p;"x\r\n2;p;q"\r\n\r\n3;p;q\r\n'

        table = parse(text, dialect())

        assert spans(table) == [(2, 2, "C", spans_message("C", 2, 3))]
        assert table.frame["C"].to_list() == ["x\r\n2;p;q", "q"]

    def test_a_value_past_the_header_is_named_as_extra_field(self) -> None:
        text = 'A;B;C\r\n1;p;q;"x\r\n2;p;q"\r\n3;p;q\r\n'

        table = parse(text, dialect())

        assert spans(table) == [(2, 2, "Zusatzfeld 1", spans_message("Zusatzfeld 1", 2, 3))]

    def test_the_refusal_names_the_first_line_of_the_value(self) -> None:
        """The stray quote opens value C on line 3 (B spans lines 2-3) and closes on line 5."""
        text = 'A;B;C\r\n1;"x\r\ny";"stray\r\n2;p;q\r\n3;p;"end" here\r\n4;p;q\r\n'

        with pytest.raises(InputUnusableError) as caught:
            parse(text, dialect(), path="k.csv")

        assert caught.value.message.startswith(
            "k.csv: Das Anführungszeichen am Anfang des Werts in Zeile 3 (Spalte „C“) wird erst in "
            "Zeile 5 geschlossen: "
        )

    def test_apostrophe_masking_keeps_records_on_their_lines(self) -> None:
        """With ' as quote character (Xentral's masking) a value is masked only where its
        apostrophes close before the delimiter or the line's end; an apostrophe that does not
        close is the value's own and swallows nothing (the hostile re-test: "'s-Hertogenbosch")."""
        text = "A;B;C\r\n1;p;'x\r\n2;'p q';q' z\r\n3;'O''Brien';q\r\n"

        table = parse(text, Dialect(";", "'", "\r\n"))

        assert table.frame.select("A", "B", "C").rows() == [
            ("1", "p", "'x"),
            ("2", "p q", "q' z"),
            ("3", "O'Brien", "q"),
        ]
        assert table.issues == []


def unclosed_message(path: str, line: int, delimiter: str) -> str:
    return (
        f"{path}: Das Anführungszeichen im Datensatz ab Zeile {line} wird bis zum Dateiende nicht "
        "geschlossen, daher lassen sich die Felder nicht trennen. Öffnen Sie die Datei in einem "
        f"Texteditor, schließen oder entfernen Sie das Anführungszeichen in Zeile {line} und prüfen Sie "
        f"dann erneut. Ist das Trennzeichen falsch erkannt ({delimiter}), geben Sie es mit --delimiter an."
    )


class TestEdgesOfTheCsvModuleReader:
    """Files without records, quotes never closed, records as wide as the cap."""

    @pytest.mark.parametrize("text", ["", "\r\n;\r\n\r\n"], ids=["empty", "blank-lines-only"])
    def test_no_header_gives_an_empty_table(self, text: str) -> None:
        """No header: no columns, no issues, no records; blank lines before a header are not counted."""
        table = parse_irregular(text, dialect())

        assert (table.columns, table.original_headers, table.extra_columns, table.issues) == ([], [], [], [])
        assert table.blank_records == 0
        assert table.frame.schema == pl.Schema({ROW: pl.Int64, LINE: pl.Int64})
        assert table.frame.height == 0

    def test_a_header_without_records_gives_string_columns(self) -> None:
        table = parse("Name;Ort\r\n", dialect())

        assert table.columns == ["Name", "Ort"]
        assert table.frame.schema == pl.Schema(
            {"Name": pl.String, "Ort": pl.String, ROW: pl.Int64, LINE: pl.Int64}
        )
        assert table.frame.height == 0

    @pytest.mark.parametrize(("delimiter", "shown"), [(";", ";"), (",", ","), ("\t", "TAB"), ("|", "|")])
    def test_a_quote_never_closed_in_the_header_is_refused(self, delimiter: str, shown: str) -> None:
        """Line 1 and the delimiter as detected (a tab spelled out); no path given: ":" starts the message."""
        text = f'Name{delimiter}"Ort\r\nA{delimiter}B\r\n'

        with pytest.raises(InputUnusableError) as caught:
            parse_irregular(text, dialect(delimiter))

        assert caught.value.message == unclosed_message("", 1, shown)

    def test_an_apostrophe_never_closed_is_the_header_s_own(self) -> None:
        """Apostrophe masking (Xentral) opens nothing that is not closed on its line."""
        table = parse("Name;'Ort\r\nA;B\r\n", Dialect(";", "'", "\r\n"), path="k.csv")

        assert table.columns == ["Name", "'Ort"]
        assert table.frame.select("Name", "'Ort").rows() == [("A", "B")]

    def test_only_the_last_record_decides_about_a_quote_never_closed(self) -> None:
        """Text after a closing quote in record 2 is kept; the quote opened in record 3 is never closed."""
        text = 'A;B\r\n"a"b;c\r\n1;"unclosed\r\n2;3\r\n'

        with pytest.raises(InputUnusableError) as caught:
            parse(text, dialect(), path="k.csv")

        assert caught.value.message == unclosed_message("k.csv", 3, ";")

    def test_only_the_record_itself_decides_whether_its_quote_breaks_the_rules(self) -> None:
        """Record 2's text after a closing quote does not make record 3's well-quoted value a refusal."""
        text = 'A;B;C\r\n"a"b;c;d\r\n1;p;"x\r\n2;p;q"\r\n3;p;q\r\n'

        table = parse(text, dialect())

        assert spans(table) == [(3, 3, "C", spans_message("C", 3, 4))]
        assert table.frame["A"].to_list() == ["ab", "1", "3"]

    def test_a_record_of_exactly_the_column_cap_is_read(self) -> None:
        """1,000 fields are allowed: the surplus goes to extra fields, reported as too long."""
        table = parse("A;B\r\n" + ";".join(["x"] * 1000) + "\r\n", dialect())

        assert len(table.extra_columns) == 998
        assert [(i.code, i.row, i.line) for i in table.issues] == [("row-too-long", 2, 2)]

    def test_a_record_over_the_column_cap_is_refused(self) -> None:
        text = "A;B\r\nx;y\r\n" + ";".join(["x"] * 1001) + "\r\n"

        with pytest.raises(InputUnusableError) as caught:
            parse(text, dialect(), path="k.csv")

        assert caught.value.message == (
            "k.csv: Der Datensatz ab Zeile 3 hat 1.001 Felder; lexoffice-import liest höchstens 1.000 "
            "Spalten. Sehen Sie sich diese Zeile im Texteditor an (oft ein falsches Trennzeichen oder ein "
            "fehlendes Anführungszeichen), korrigieren Sie sie und prüfen Sie dann erneut."
        )


class TestTail:
    """``_tail``: the last physical lines of a text, compared with a plain split into lines."""

    @staticmethod
    def by_definition(text: str, lines_back: int, end: int) -> str:
        lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+", text[:end])
        return "".join(lines[-(lines_back + 1) :])

    @pytest.mark.parametrize(
        ("text", "lines_back", "expected"),
        [
            ("a\r\nb\r\nc\r\n", 0, "c\r\n"),
            ("a\r\nb\r\nc\r\n", 1, "b\r\nc\r\n"),
            ("a\nb\rc", 1, "b\rc"),
            ("a\r\nb", 5, "a\r\nb"),
            ("\nx\n", 0, "x\n"),
            ("\nx\n", 1, "\nx\n"),
            ("\r\n\r\n", 0, "\r\n"),
            ("\r", 0, "\r"),
            ("", 0, ""),
        ],
    )
    def test_examples(self, text: str, lines_back: int, expected: str) -> None:
        assert _tail(text, lines_back) == expected

    def test_equal_to_the_definition_on_seeded_texts(self) -> None:
        """Texts of letters and every kind of line end, cut at every position, up to four lines back."""
        rng = random.Random(20261130)
        for _ in range(400):
            text = "".join(rng.choices(["a", "b", "\r", "\n", "\r\n"], k=rng.randint(0, 10)))
            for end in range(len(text) + 1):
                for lines_back in range(5):
                    assert _tail(text, lines_back, end=end) == self.by_definition(text, lines_back, end), (
                        text,
                        lines_back,
                        end,
                    )


class TestLinesBeforeTheHeader:
    """The CSV reader skips a title, blank lines or DATEV's format line above the header (csv_reader)."""

    @pytest.mark.parametrize(
        ("text", "preamble"),
        [
            # A title and a blank line (1 and 0 filled fields) above a table of 3.
            (
                "Kundenliste Stand 1.3.\r\n\r\nName;Ort;PLZ\r\nA;B;C\r\n",
                Preamble(2, "title", ("Kundenliste Stand 1.3.", "")),
            ),
            ("Kunden\nName;Ort\nA;B\n", Preamble(1, "title", ("Kunden",))),  # narrow table: one field
            ("Titel\nName;Ort;PLZ", Preamble(1, "title", ("Titel",))),  # two lines, no final break
            # Two filled fields above six: at most a third (2) is a title ...
            ("Export;2024\r\nA;B;C;D;E;F\r\n1;2;3;4;5;6\r\n", Preamble(1, "title", ("Export;2024",))),
            # ... above five (a third is 1.67) it is the header.
            ("Export;2024\r\nA;B;C;D;E\r\n1;2;3;4;5\r\n", None),
            ("Name;Ort\r\nA;B\r\n", None),
            ("a\r\nb\r\n", None),  # one column throughout: no table to find
            ("", None),
            ("\r\n", None),
            (
                'EXTF;700;16;"Debitoren/Kreditoren"\r\nKonto;Name\r\n1;A\r\n',
                Preamble(1, "datev", ('EXTF;700;16;"Debitoren/Kreditoren"',)),
            ),
            ('  "DTVF",700\r\nKonto,Name\r\n', Preamble(1, "datev", ('  "DTVF",700',))),
            ("EXTFOO;1\r\nKonto;Name;Ort\r\n", None),  # not DATEV's marker: two fields are a header
            ('"EXTF";700;X\r\nKonto;Name\r\n', Preamble(1, "datev", ('"EXTF";700;X',))),
            # Only line breaks are taken off the lines: "Name;X" has two fields, the title ends in X.
            ("Stand 1.3. XX\nName;X\nA;B\n", Preamble(1, "title", ("Stand 1.3. XX",))),
            ("Export;2024\nName;Ort\nA;B\n", None),  # above a narrow table only one field is a title
            # The skipped lines are kept as they were, blanks at their end too (only the break goes).
            ("Kundenliste \t\r\nName;Ort\r\n", Preamble(1, "title", ("Kundenliste \t",))),
            ("EXTF;700; \r\nKonto;Name\r\n", Preamble(1, "datev", ("EXTF;700; ",))),
        ],
    )
    def test_preamble(self, text: str, preamble: Preamble | None) -> None:
        assert find_preamble(text) == preamble

    def test_ten_title_lines_at_most(self) -> None:
        ten = "".join(f"Titel {i}\n" for i in range(1, 11))

        assert find_preamble(ten + "Name;Ort\nA;B\n") == Preamble(
            10, "title", tuple(f"Titel {i}" for i in range(1, 11))
        )
        assert find_preamble("Titel 0\n" + ten + "Name;Ort\nA;B\n") is None

    def test_a_given_delimiter_is_the_only_one_counted(self) -> None:
        """ "A,B,C" has three fields cut at commas, but one cut at the given semicolon."""
        text = "A,B,C\r\nName;Ort\r\nx;y\r\n"

        assert find_preamble(text) is None
        assert find_preamble(text, ";") == Preamble(1, "title", ("A,B,C",))

    @staticmethod
    def lines_of(widths: Sequence[int], columns: int = 7) -> str:
        """One line per width: that many filled fields of ``columns``, cut at semicolons."""
        return "".join(";".join(["x"] * w + [""] * (columns - w)) + "\n" for w in widths)

    @pytest.mark.parametrize(
        ("widths", "title"),
        [
            # A long title block whose second line has two fields, above a short table.
            ([1, 2, 1, 1, 1, 1, 1, 1, 1, 6, 6, 6], 9),
            # A two-field title, a note, a blank line, and a table with sparse rows.
            ([2, 1, 0, 6, 6, 6, 7, 7, 6, 2, 6, 0, 1, 6, 1, 6, 1, 0, 2, 6, 1, 1, 6], 3),
        ],
    )
    def test_titles_above_tables_with_narrow_rows(self, widths: list[int], title: int) -> None:
        """The title rule reads its first 20 lines below line 1 for the table's width; narrow rows
        inside the table do not hide a title."""
        found = find_preamble(self.lines_of(widths))

        assert found is not None
        assert found.lines == title

    @pytest.mark.parametrize(
        "text",
        ["Spalte 0,Spalte 1\r\n0;0;0;,;0;0\r\n", "Name,Ort\r\nA;B;C;D,x\r\nE;F;G;H,y\r\n"],
    )
    def test_a_table_from_line_one_has_no_title(self, text: str) -> None:
        """Cut at commas, line 1 is as wide as the lines below: it is the header, even though the
        values hold more semicolons (found by the round-trip property test)."""
        assert find_preamble(text) is None

    @pytest.mark.parametrize(
        ("line", "filled"),
        [("a;b;c", 3), (' ; x ;"";y', 2), ('a;"b', 2), ('"a"b;c', 2), ("", 0), ("a\rb", 0)],
    )
    def test_filled_fields(self, line: str, filled: int) -> None:
        """Fields with more than blanks; a line csv cannot cut (a CR inside) has none."""
        assert _filled_fields(line, ";") == filled

    def test_skipped_lines_count_for_line_numbers(self) -> None:
        """After "sep=;" and a two-line title the header is on line 4: rows stay, lines shift by 3."""
        raw = RawInput(b"sep=;\r\nKundenliste\r\n\r\nName;Ort\r\nA;B;C\r\nD\r\n", "k.csv")

        read = read_csv(raw)

        assert read.preamble == Preamble(2, "title", ("Kundenliste", ""))
        assert read.dialect.delimiter == ";"
        assert read.text_chars == len("Name;Ort\r\nA;B;C\r\nD\r\n")
        assert read.table.frame.rows() == [("A", "B", "C", 2, 5), ("D", "", "", 3, 6)]
        assert [(i.code, i.row, i.line) for i in read.table.issues] == [
            ("row-too-long", 2, 5),
            ("row-too-short", 3, 6),
        ]

    def test_a_datev_line_counts_for_line_numbers(self) -> None:
        raw = RawInput(b'"EXTF";700;16\r\nKonto;Name\r\n10000;A\r\n10001\r\n', "k.csv")

        read = read_csv(raw)

        assert read.preamble == Preamble(1, "datev", ('"EXTF";700;16',))
        assert read.table.frame.rows() == [("10000", "A", 2, 3), ("10001", "", 3, 4)]
        assert [(i.code, i.row, i.line) for i in read.table.issues] == [("row-too-short", 3, 4)]

    @pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le"])
    def test_wide_encodings_are_not_taken_for_binary_files(self, codec: str) -> None:
        """Their zero bytes are no sign of a binary file: the text is checked once decoded."""
        bom = {
            "utf-32-le": codecs.BOM_UTF32_LE,
            "utf-32-be": codecs.BOM_UTF32_BE,
            "utf-16-le": codecs.BOM_UTF16_LE,
        }
        raw = RawInput(bom[codec] + "Name;Ort\r\nMüller;Köln\r\n".encode(codec), "k.csv")

        read = read_csv(raw)

        assert (read.encoding.name, read.encoding.bom) == (codec, True)
        assert read.table.frame.rows() == [("Müller", "Köln", 2, 2)]

    def test_nul_characters_in_wide_text_are_refused_naming_the_file(self) -> None:
        raw = RawInput(
            codecs.BOM_UTF16_LE + "Name;Ort\r\nM\x00\x00ller;K\x00ln\r\n".encode("utf-16-le"), "k.csv"
        )

        with pytest.raises(InputUnusableError) as caught:
            read_csv(raw)

        assert caught.value.message.startswith(
            "k.csv enthält Binärdaten (Null-Bytes: 3, das erste in Zeile 2) und ist keine Textdatei. "
        )

    @pytest.mark.parametrize(
        ("data", "delimiter"),
        [(b"A,B,C\r\nName;Ort\r\nx;y\r\n", ";"), (b"sep=;\r\nA,B,C\r\nName;Ort\r\nx;y\r\n", None)],
        ids=["--delimiter", "sep-line"],
    )
    def test_the_given_delimiter_decides_the_preamble(self, data: bytes, delimiter: str | None) -> None:
        """ "A,B,C" is one field cut at the semicolon given (or named by "sep="): a title above the header."""
        read = read_csv(RawInput(data, "k.csv"), delimiter=delimiter)

        assert read.preamble == Preamble(1, "title", ("A,B,C",))
        assert read.table.columns == ["Name", "Ort"]

    def test_no_preamble_no_shift(self) -> None:
        read = read_csv(RawInput(b"Name;Ort\r\nA;B\r\nC;D\r\n", "k.csv"))

        assert read.preamble is None
        assert read.table.frame.rows() == [("A", "B", 2, 2), ("C", "D", 3, 3)]


def firma_line(lines: Sequence[Sequence[str]]) -> int:
    """A header finder for the reader's tests: the first line whose first field is "Firma"."""
    return next((i for i, fields in enumerate(lines) if fields[:1] == ["Firma"]), 0)


class TestHeaderToldByNames:
    """A title as wide as the table: the header finder (the mapping, in a run) names the header line."""

    TITLE3 = b"Export vom 01.03.2024;Benutzer: Admin;Mandant 1\nFirma;PLZ;Ort\nACME GmbH;01067;Dresden\n"

    def test_the_line_found_is_the_header_and_the_lines_above_are_preamble(self) -> None:
        read = read_csv(RawInput(self.TITLE3, "t.csv"), find_header=firma_line)
        by_width = read_csv(RawInput(self.TITLE3, "t.csv"))

        assert by_width.table.columns == ["Export vom 01.03.2024", "Benutzer: Admin", "Mandant 1"]
        assert read.preamble == Preamble(1, "title", ("Export vom 01.03.2024;Benutzer: Admin;Mandant 1",))
        assert read.table.columns == ["Firma", "PLZ", "Ort"]
        assert read.table.frame.rows() == [("ACME GmbH", "01067", "Dresden", 2, 3)]
        assert read.text_chars == len("Firma;PLZ;Ort\nACME GmbH;01067;Dresden\n")
        assert [(i.code, i.row, i.line, i.message) for i in read.table.issues] == [
            (
                "header-guessed",
                1,
                2,
                "Zeile 2 wurde als Überschriftenzeile genommen: Ihre Namen passen zu lexoffice-Spalten, "
                "die der ersten Zeile kaum. Die 1 Zeile(n) darüber wurden übersprungen (im JSON-Bericht "
                "unter „preamble“). Ist das falsch, nennen Sie die Zeile der Überschriften mit "
                "--header-row, z. B. --header-row 1.",
            )
        ]

    def test_after_sep_and_a_narrow_title_lines_count_from_the_file_start(self) -> None:
        """ "sep=," (line 1), a narrow title (2), a wide one (3): the header is line 4, the finder sees
        the lines below the narrow title cut at the comma, and the dialect is that of the table."""
        seen: list[list[list[str]]] = []

        def finder(lines: Sequence[Sequence[str]]) -> int:
            seen.append([list(fields) for fields in lines])
            return firma_line(lines)

        raw = RawInput(b"sep=,\r\nKunden\r\nStand 1.3.,Admin,X\r\nFirma,Ort,PLZ\r\nA,B\r\n", "t.csv")

        read = read_csv(raw, find_header=finder)

        assert seen == [[["Stand 1.3.", "Admin", "X"], ["Firma", "Ort", "PLZ"], ["A", "B"]]]
        assert read.preamble == Preamble(2, "title", ("Kunden", "Stand 1.3.,Admin,X"))
        assert read.dialect.delimiter == ","
        assert read.table.frame.rows() == [("A", "B", "", 2, 5)]
        assert [(i.code, i.row, i.line) for i in read.table.issues] == [
            ("header-guessed", 1, 4),
            ("row-too-short", 2, 5),
        ]
        assert "Die 2 Zeile(n) darüber" in read.table.issues[0].message

    def test_the_dialect_is_that_of_the_table_below_the_title(self) -> None:
        """A title cut into more fields at the comma than the table at the semicolon is no sample."""
        data = b"A,B,C,D,E,F\r\nFirma;Ort\r\nX;Y\r\n"

        read = read_csv(RawInput(data, "t.csv"), find_header=firma_line, delimiter=None)

        assert read.dialect.delimiter == ";"
        assert read.table.columns == ["Firma", "Ort"]

    def test_a_finder_that_keeps_the_first_line_changes_nothing(self) -> None:
        read = read_csv(RawInput(b"Name;Ort\r\nA;B\r\n", "k.csv"), find_header=lambda lines: 0)

        assert read.preamble is None
        assert read.table.issues == []

    def test_each_delimiter_is_tried_the_detected_one_first(self) -> None:
        """Until one cut finds the header: a title may have misled the dialect. Ten lines at most."""
        calls: list[tuple[int, list[str]]] = []
        text = "".join(f"{i};x,y\n" for i in range(1, 15)).encode()

        read = read_csv(
            RawInput(text, "k.csv"), find_header=lambda seen: calls.append((len(seen), list(seen[0]))) or 0
        )

        # ; (detected), then TAB, |, , and # in their order
        assert calls == [
            (10, ["1", "x,y"]),
            (10, ["1;x,y"]),
            (10, ["1;x,y"]),
            (10, ["1;x", "y"]),
            (10, ["1;x,y"]),
        ]
        assert read.preamble is None

    def test_a_given_delimiter_is_the_only_cut(self) -> None:
        calls: list[list[str]] = []
        text = b"Stand,Admin\nFirma,PLZ\nA,B\n"

        read = read_csv(
            RawInput(text, "k.csv"), delimiter=";", find_header=lambda seen: calls.append(list(seen[0])) or 0
        )

        assert calls == [["Stand,Admin"]]
        assert read.table.columns == ["Stand,Admin"]


class TestHeaderFoundKeepsWhatTheFileSays:
    """Below a guessed header the file's own word still holds: a "sep=" line's delimiter, and the
    title lines as written (trailing blanks included) in the report's preamble."""

    def test_the_sep_lines_delimiter_holds_below_a_guessed_header(self) -> None:
        """Cut at semicolons the header would have as many fields (and semicolons come first on a
        tie); "sep=," says commas."""
        raw = (
            b"sep=,\r\nExport vom 1.3.2024,Benutzer Admin,Mandant 1\r\n"
            b"Firma;Zusatz;Name,PLZ,Ort\r\nA;x;n,01067,Dresden\r\nB;y;m,80331,Berlin\r\n"
        )

        read = read_csv(RawInput(raw, "k.csv"), find_header=lambda lines: 1)

        assert read.dialect is not None
        assert read.dialect.delimiter == ","
        assert read.table.columns == ["Firma;Zusatz;Name", "PLZ", "Ort"]

    def test_guessed_title_lines_are_kept_as_written(self) -> None:
        read = read_csv(
            RawInput(b"Export vom 1.3.;Admin  \nFirma;Ort\nA;B\n", "k.csv"), find_header=firma_line
        )

        assert read.preamble == Preamble(1, "title", ("Export vom 1.3.;Admin  ",))

    def test_given_title_lines_are_kept_as_written(self) -> None:
        read = read_csv(RawInput(b"Kundenliste \t\nName;Ort\nA;B\n", "k.csv"), header_row=2)

        assert read.preamble == Preamble(1, "title", ("Kundenliste \t",))


class TestHeaderRowGiven:
    """--header-row N: the header is line N of the file; nothing is guessed."""

    def test_the_lines_above_are_preamble_and_lines_keep_counting(self) -> None:
        raw = RawInput(b"Export;Admin;X\r\n\r\nName;Ort\r\nA;B\r\n", "k.csv")

        read = read_csv(raw, header_row=3, find_header=lambda lines: 1)

        assert read.preamble == Preamble(2, "title", ("Export;Admin;X", ""))
        assert read.table.columns == ["Name", "Ort"]
        assert read.table.frame.rows() == [("A", "B", 2, 4)]
        assert read.table.issues == []

    def test_row_one_keeps_a_narrow_title_as_the_header(self) -> None:
        read = read_csv(RawInput(b"Kunden\nName;Ort\nA;B\n", "k.csv"), header_row=1, find_header=firma_line)

        assert read.preamble is None
        assert read.table.columns == ["Kunden"]

    @pytest.mark.parametrize(("row", "preamble"), [(1, None), (2, None), (3, Preamble(1, "title", ("T",)))])
    def test_a_sep_line_counts_but_is_never_the_header(self, row: int, preamble: Preamble | None) -> None:
        read = read_csv(RawInput(b"sep=;\nT\nName;Ort\nA;B\n", "k.csv"), header_row=row)

        assert read.preamble == preamble
        assert read.table.columns == (["Name", "Ort"] if preamble else ["T"])

    @pytest.mark.parametrize("row", [3, 4, 9])
    def test_a_row_with_nothing_from_it_on_is_a_usage_error(self, row: int) -> None:
        with pytest.raises(ConfigurationError) as caught:
            read_csv(RawInput(b"Name;Ort\nA;B\n\n", "k.csv"), header_row=row)

        assert caught.value.message == (
            f"k.csv hat ab Zeile {row} keine Zeile mit Inhalt mehr; geben Sie bei --header-row die Zeile "
            "der Spaltenüberschriften an."
        )


# --- property: the fast reader agrees with the csv module wherever it accepts a file ---------

#: Mostly letters; CSV's trouble makers often enough that most values hold one. "⏎" stands
#: for the file's line break inside values (usually its own line ending, sometimes another).
_CHAR_LIST = [*"abcdefäß  ", "\u00a0", *';,|\t"', '""', "⏎", "⏎", "\x1c"]


def build_csv_text(
    pick: Callable[[Sequence[Any]], Any], integer: Callable[[int, int], int]
) -> tuple[str, str]:
    """Mostly well-formed CSV in any delimiter and line ending; sometimes ragged or damaged.

    ``pick`` chooses one of a sequence, ``integer(a, b)`` a number from a to b: hypothesis draws
    (:func:`csv_texts`) or a seeded random generator (:func:`seeded_csv_texts`).
    """

    def value() -> str:
        return "".join(pick(_CHAR_LIST) for _ in range(integer(0, 6)))

    delimiter = pick([";", ",", "\t", "|"])
    eol = pick(["\r\n", "\n", "\r"])
    inner = pick([eol, eol, eol, "\n", "\r", "\r\n"])
    width = integer(1, 4) if integer(0, 9) == 0 else integer(2, 4)
    ragged = integer(0, 5) == 0
    lines = []
    for _ in range(integer(1, 5) + 1):
        fields = []
        for _ in range(max(width + (pick([0, 0, -1, 1]) if ragged else 0), 0)):
            text = value().replace("⏎", inner)
            if pick([True, False]) or any(c in text for c in (delimiter, '"', "\r", "\n")):
                broken = integer(0, 40) == 0
                text = '"' + text if broken else '"' + text.replace('"', '""') + '"'
            fields.append(text)
        lines.append(delimiter.join(fields))
    text = eol.join(lines) + pick(["", eol, eol, eol, eol + eol])
    if integer(0, 8) == 0:
        at = integer(0, len(text))
        text = text[:at] + pick(_CHAR_LIST).replace("⏎", pick(["\r", "\n"])) + text[at:]
    return delimiter, text


@st.composite
def csv_texts(draw: st.DrawFn) -> tuple[str, str]:
    return build_csv_text(lambda seq: draw(st.sampled_from(seq)), lambda a, b: draw(st.integers(a, b)))


def seeded_csv_texts(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [build_csv_text(rng.choice, rng.randint) for _ in range(count)]


def assert_readers_agree(delimiter: str, text: str) -> bool:
    """Where polars reads ``text``, the csv module reads the same table; False when polars declines."""
    fast = parse_regular(text, dialect(delimiter))
    if fast is None:
        return False
    slow = parse_irregular(text, dialect(delimiter))
    assert slow.extra_columns == []
    assert slow.blank_records == 0
    assert fast.columns == slow.columns
    assert fast.original_headers == slow.original_headers
    issues = [[(i.code, i.row, i.line, i.column, i.message) for i in t.issues] for t in (fast, slow)]
    assert issues[0] == issues[1]
    assert fast.frame.equals(slow.frame), (fast.frame.rows(), slow.frame.rows())
    return True


def test_fast_reader_agrees_with_the_csv_module_on_seeded_files() -> None:
    """The property below on 400 seeded files (mutation testing runs without hypothesis)."""
    read_by_polars = [assert_readers_agree(*case) for case in seeded_csv_texts(400, 20261130)]
    assert 100 < sum(read_by_polars) < 300  # both readers get their share (159 of 400)


@settings(
    max_examples=4000 if FUZZ else 300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(csv_texts())
def test_fast_reader_agrees_with_the_csv_module(case: tuple[str, str]) -> None:
    event("read by polars" if assert_readers_agree(*case) else "left to the csv module")


@settings(max_examples=2000 if FUZZ else 300, deadline=None)
@given(csv_texts())
def test_both_quoting_checks_agree(case: tuple[str, str]) -> None:
    """Small files are checked by polars' regex engine, large ones by Python's: same verdict."""
    delimiter, text = case
    assert well_quoted(text, delimiter, engine="polars") == well_quoted(text, delimiter, engine="python")


def test_both_quoting_checks_agree_on_seeded_files() -> None:
    verdicts = [
        (well_quoted(text, d, engine="polars"), well_quoted(text, d, engine="python"))
        for d, text in seeded_csv_texts(400, 20261130)
    ]
    assert all(fast == slow for fast, slow in verdicts)
    assert 200 < sum(fast for fast, _ in verdicts) < 390  # both verdicts occur


class TestHeaderWidth:
    """``parse`` refuses a header of more than 1,000 fields before reading further."""

    @staticmethod
    def message(path: str, count: str) -> str:
        return (
            f"{path} hat {count} Spalten; lexoffice-import liest höchstens 1.000 (auch große Exporte haben "
            "selten mehr als 250). Ist das Trennzeichen richtig erkannt (Semikolon)? Geben Sie es sonst mit "
            "--delimiter an, oder exportieren Sie nur die Spalten, die Sie brauchen."
        )

    def test_a_quoted_delimiter_is_no_field_boundary(self) -> None:
        """1,000 fields, one of them quoted with a ``;`` inside: read, not counted as 1,001."""
        header = ";".join(f"F{n}" for n in range(999)) + ';"Straße; Hausnummer"'
        table = parse(f"{header}\r\n{';' * 999}x\r\n", dialect())

        assert len(table.columns) == 1000
        assert table.columns[-1] == "Straße; Hausnummer"

    def test_a_line_of_empty_fields_before_the_header_is_passed_over(self) -> None:
        """A first line of delimiters only is no header: the wide line after it is, and is refused."""
        header = ";".join(f"F{n}" for n in range(1001))
        with pytest.raises(InputUnusableError) as raised:
            parse(f";;;\r\n{header}\r\n", dialect(), path="breit.csv")

        assert raised.value.message == self.message("breit.csv", "1.001")

    def test_without_a_path_the_message_starts_with_the_count(self) -> None:
        """Called without ``path`` (library use), the message names no file."""
        header = ";".join(f"F{n}" for n in range(1002))
        with pytest.raises(InputUnusableError) as raised:
            parse(f"{header}\r\n", dialect())

        assert raised.value.message == self.message("", "1.002")


class TestLazyLines:
    """Texts over the StringIO limit are split lazily; a record's raw text ends where it ends."""

    def test_a_value_spanning_records_is_judged_by_its_own_lines(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A well-quoted value holding a record is a warning, even when a later line breaks the
        quoting: only the record's own two lines are looked at, not the file's last two."""
        import importer.parse

        monkeypatch.setattr(importer.parse, "_STRINGIO_LIMIT", 0)
        text = 'Name;Notiz;Ort\r\nMüller;"eins\r\nWeber;zwei;Bonn"\r\nSchmidt;x;Köln\r\nMeier;"a"b;Ulm\r\n'

        table = parse(text, dialect())

        assert [(i.code, i.row, i.line) for i in table.issues] == [
            ("value-spans-records", 2, 2),
            ("row-too-short", 2, 2),
            ("quote-stray", 4, 5),  # "a"b: the line's own quoting, warned
        ]
        assert table.frame.rows() == [
            ("Müller", "eins\r\nWeber;zwei;Bonn", "", 2, 2),
            ("Schmidt", "x", "Köln", 3, 4),
            ("Meier", "ab", "Ulm", 4, 5),
        ]


class TestUniqueHeaders:
    """Header names as the tool uses them, and the finding for each renamed one (written out)."""

    @staticmethod
    def found(
        headers: list[str],
    ) -> tuple[list[str], list[tuple[str, int, int, str | None, str | None, str]]]:
        from importer.parse import unique_headers

        names, issues = unique_headers(headers)
        return names, [(i.code, i.row, i.line, i.column, i.value, i.message) for i in issues]

    def test_a_byte_order_mark_is_dropped(self) -> None:
        assert self.found(["\ufeffName", "Ort"]) == (["Name", "Ort"], [])

    def test_a_mis_encoded_header_is_repaired(self) -> None:
        assert self.found(["StraÃŸe", "Ort"]) == (
            ["Straße", "Ort"],
            [
                (
                    "header-mojibake-repaired",
                    1,
                    1,
                    "Straße",
                    "StraÃŸe",
                    "Die Überschrift „StraÃŸe“ von Spalte 1 war falsch kodiert (UTF-8 als Windows-1252 "
                    "gelesen) und heißt hier „Straße“.",
                )
            ],
        )

    def test_polars_patterns_are_renamed(self) -> None:
        """``*`` and ``^…$`` would select columns in polars: renamed after their column number."""
        assert self.found(["*", "^Name$", "Ort"]) == (
            ["* (Spalte 1)", "^Name$ (Spalte 2)", "Ort"],
            [
                (
                    "header-renamed",
                    1,
                    1,
                    "* (Spalte 1)",
                    "*",
                    "Die Überschrift „*“ von Spalte 1 ist ein Platzhalter-Muster; die Spalte heißt hier "
                    "„* (Spalte 1)“.",
                ),
                (
                    "header-renamed",
                    1,
                    1,
                    "^Name$ (Spalte 2)",
                    "^Name$",
                    "Die Überschrift „^Name$“ von Spalte 2 ist ein Platzhalter-Muster; die Spalte heißt hier "
                    "„^Name$ (Spalte 2)“.",
                ),
            ],
        )

    def test_a_made_up_name_never_takes_one_of_the_file(self) -> None:
        """The blank second column would be "Spalte 2", which the first column is already called."""
        assert self.found(["Spalte 2", ""]) == (
            ["Spalte 2", "Spalte 2 (2)"],
            [
                (
                    "header-blank",
                    1,
                    1,
                    "Spalte 2 (2)",
                    "",
                    "Spalte 2 hat keine Überschrift; sie heißt hier „Spalte 2 (2)“.",
                )
            ],
        )

    def test_a_made_up_name_never_takes_one_of_a_later_column(self) -> None:
        """The blank first column would be "Spalte 1", which the second column is called."""
        assert self.found(["", "Spalte 1"]) == (
            ["Spalte 1 (2)", "Spalte 1"],
            [
                (
                    "header-blank",
                    1,
                    1,
                    "Spalte 1 (2)",
                    "",
                    "Spalte 1 hat keine Überschrift; sie heißt hier „Spalte 1 (2)“.",
                )
            ],
        )

    def test_a_pattern_name_never_takes_one_of_the_file(self) -> None:
        assert self.found(["* (Spalte 2)", "*"])[0] == ["* (Spalte 2)", "* (Spalte 2) (2)"]
