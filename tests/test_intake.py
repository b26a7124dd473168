"""The intake stage: parsing into strings with row and line numbers, and refusing unusable input."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from helpers import HOWTO_EXPORT, check, csv_rows, docx_bytes

from importer.errors import InputUnusableError
from importer.intake import UPLOAD_LIMIT, intake_bytes, read_contacts
from importer.messages import format_size
from importer.model import Issue, Severity

#: (id, bytes, the whole refusal message for a file called x.csv)
UNUSABLE: list[tuple[str, bytes, str]] = [
    (
        "empty",
        b"",
        "x.csv ist leer (0 Bytes). Exportieren Sie die Kontakte erneut und prüfen Sie, ob der Export "
        "Datensätze enthält.",
    ),
    (
        "only-utf8-bom",
        b"\xef\xbb\xbf",
        "x.csv enthält keine Daten, nur eine Byte-Order-Markierung (BOM). Exportieren Sie die Kontakte "
        "erneut.",
    ),
    (
        "only-utf16-bom",
        b"\xff\xfe",
        "x.csv enthält keine Daten, nur eine Byte-Order-Markierung (BOM). Exportieren Sie die Kontakte "
        "erneut.",
    ),
    (
        "only-blank-lines",
        b"\r\n\r\n   \r\n\t\r\n",
        "x.csv enthält keine Daten, nur Leerzeilen. Exportieren Sie die Kontakte erneut.",
    ),
    (
        "bom-and-blank-lines",
        b"\xef\xbb\xbf\n\n\n",
        "x.csv enthält keine Daten, nur Leerzeilen. Exportieren Sie die Kontakte erneut.",
    ),
    (
        "binary-control-bytes",
        bytes(range(1, 32)) * 10,
        "x.csv enthält Binärdaten (Steuerzeichen: 260, das erste in Zeile 1) und ist keine Textdatei. "
        + HOWTO_EXPORT,
    ),
    (
        "nul-bytes",
        b"Name;Ort\r\nM\x00\x00ller;K\x00ln\r\n",
        "x.csv enthält Binärdaten (Null-Bytes: 3, das erste in Zeile 2) und ist keine Textdatei. "
        + HOWTO_EXPORT,
    ),
    (
        "docx",
        docx_bytes(),
        f"x.csv ist keine CSV-Datei, sondern ein Word-Dokument (.docx). {HOWTO_EXPORT}",
    ),
    (
        "pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        f"x.csv ist keine CSV-Datei, sondern ein PDF-Dokument. {HOWTO_EXPORT}",
    ),
    (
        "png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00",
        f"x.csv ist keine CSV-Datei, sondern ein PNG-Bild. {HOWTO_EXPORT}",
    ),
    (
        "jpeg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
        f"x.csv ist keine CSV-Datei, sondern ein JPEG-Bild. {HOWTO_EXPORT}",
    ),
    (
        # Fritz!Box phone book export (layout of AVM's "Telefonbuch sichern" file)
        "xml-phonebook",
        '<?xml version="1.0" encoding="utf-8"?>\n<phonebooks>\n<phonebook name="Telefonbuch">\n'
        "<contact><category>0</category><person><realName>Müller, Hans</realName></person>"
        '<telephony nid="1"><number type="home" prio="1">0301234567</number></telephony></contact>\n'
        "</phonebook>\n</phonebooks>\n".encode(),
        f"x.csv ist keine CSV-Datei, sondern eine XML-Datei. {HOWTO_EXPORT}",
    ),
    (
        "xml-without-declaration",
        b'<contacts xmlns="urn:example">\r\n  <contact name="A GmbH"/>\r\n</contacts>\r\n',
        f"x.csv ist keine CSV-Datei, sondern eine XML-Datei. {HOWTO_EXPORT}",
    ),
    (
        "json-array",
        '[\n  {\n    "company": "A GmbH",\n    "city": "Köln"\n  }\n]\n'.encode(),
        f"x.csv ist keine CSV-Datei, sondern eine JSON-Datei. {HOWTO_EXPORT}",
    ),
    (
        "json-lines",
        b'{"Firma":"A GmbH","Ort":"Berlin"}\n{"Firma":"B AG","Ort":"Bonn"}\n',
        f"x.csv ist keine CSV-Datei, sondern eine JSON-Datei. {HOWTO_EXPORT}",
    ),
    (
        "unclosed-quote",
        b'Name;Ort\r\nA;B\r\n"Offen;Bonn\r\nC;D\r\nE;F\r\n',
        "x.csv: Das Anführungszeichen im Datensatz ab Zeile 3 wird bis zum Dateiende nicht "
        "geschlossen, daher lassen sich die Felder nicht trennen. Öffnen Sie die Datei in einem "
        "Texteditor, schließen oder entfernen Sie das Anführungszeichen in Zeile 3 und prüfen Sie "
        "dann erneut. Ist das Trennzeichen falsch erkannt (;), geben Sie es mit --delimiter an.",
    ),
    (
        "header-only",
        "Kundennummer;Firmenname;Straße 1\r\n".encode(),
        "x.csv enthält nur die Kopfzeile und keine Datensätze. Exportieren Sie die Kontakte erneut; "
        "achten Sie darauf, dass im Export eine Auswahl von Kontakten getroffen ist.",
    ),
    (
        "header-only-with-blank-lines",
        b"Name;Ort\n\n\n",
        "x.csv enthält nur die Kopfzeile und keine Datensätze. Exportieren Sie die Kontakte erneut; "
        "achten Sie darauf, dass im Export eine Auswahl von Kontakten getroffen ist.",
    ),
]


class TestUnusableInput:
    """Every unusable input is refused with one message that says what is wrong and what to do."""

    @pytest.mark.parametrize(("data", "message"), [u[1:] for u in UNUSABLE], ids=[u[0] for u in UNUSABLE])
    def test_refused_with_whole_message(self, data: bytes, message: str) -> None:
        """The input is refused with exactly this message and exit code 3."""
        with pytest.raises(InputUnusableError, match=f"^{re.escape(message)}$") as caught:
            intake_bytes(data, Path("x.csv"))

        assert int(caught.value.exit_code) == 3

    @pytest.mark.parametrize(
        "data",
        [
            b"dn: cn=Max Mustermann,mail=max@example.com\nobjectclass: top\nobjectclass: person\n"
            b"givenName: Max\nsn: Mustermann\ncn: Max Mustermann\nmail: max@example.com\n",
            b"version: 1\ndn: cn=Anna Meier\ncn: Anna Meier\n",
        ],
        ids=["ldif-thunderbird", "ldif-versioned"],
    )
    def test_ldif_address_books_are_named_with_the_way_to_a_table(self, data: bytes) -> None:
        """An LDIF address book was read as a CSV table (every line a rejected row, advice about
        --header-row); now it is refused, named, with how to get a CSV file out of it."""
        with pytest.raises(InputUnusableError) as caught:
            intake_bytes(data, Path("x.csv"))

        message = caught.value.message
        opening = (
            "x.csv ist keine CSV-Datei, sondern ein LDIF-Adressbuch (.ldif). lexoffice-import liest Tabellen."
        )
        assert message.startswith(opening)
        assert "CSV" in message.split("Tabellen.", 1)[1]
        assert int(caught.value.exit_code) == 3

    @pytest.mark.parametrize(
        "data",
        [
            # Apple Contacts / iCloud (layout as in sipgate-io/sipgateio-node examples/contacts/vcard.ts)
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;;Mr.;\r\nFN:John Doe\r\n"
            b"item1.ADR;type=WORK:;;2 Enterprise Avenue;Worktown;NY;01111;USA\r\n"
            b"item1.X-ABADR:us\r\nEND:VCARD\r\n",
            b"\xef\xbb\xbf\r\nbegin:vcard\nversion:2.1\nN:Doe;John\nend:vcard\n",
        ],
        ids=["vcard-apple", "vcard-bom-lowercase"],
    )
    def test_vcards_are_read_whatever_their_name(self, data: bytes) -> None:
        """A vCard address book (refused before the vCard reader existed) is read as one, even
        named .csv: with a note that its name says otherwise."""
        intake = intake_bytes(data, Path("x.csv"))
        assert intake.format == "vcard"
        names = intake.table.frame.select("Vorname", "Nachname").row(0)
        assert names == ("John", "Doe")
        assert intake.table.issues[0].code == "format-differs-from-name"

    @pytest.mark.parametrize(
        "header", [b"<Name>;Ort", b"{Name};Ort", b"<b>Name</b>;Ort", b"[Name];{Ort}"], ids=str
    )
    def test_a_table_whose_headers_hold_brackets_is_read(self, header: bytes) -> None:
        """Headers in angle or curly brackets are no XML or JSON: the table is read."""
        intake = intake_bytes(header + b"\r\nAlpha GmbH;Bonn\r\n", Path("x.csv"))
        assert intake.table.frame.height == 1

    def test_a_table_whose_first_column_is_named_dn_or_version_is_read(self) -> None:
        intake = intake_bytes(b"Version;Firma\r\n1;Alpha GmbH\r\n", Path("x.csv"))
        assert intake.table.columns == ["Version", "Firma"]

    def test_utf16_text_with_nul_characters_is_binary(self) -> None:
        """UTF-16 input is checked for NUL characters after decoding."""
        raw = b"\xff\xfe" + "Name\tOrt\r\nA\x00\tB\r\n".encode("utf-16-le")

        with pytest.raises(InputUnusableError, match=re.escape("(Null-Bytes: 1, das erste in Zeile 2)")):
            intake_bytes(raw, Path("x.csv"))

    def test_unclosed_quote_in_a_comma_file_names_line_and_delimiter(self) -> None:
        """The refusal of an unclosed quote names the line where the record starts and the delimiter."""
        raw = b'Name,Ort\nA,B\nC,D\n"Zeile 4,E\nF,G\n'

        with pytest.raises(
            InputUnusableError,
            match=re.escape("im Datensatz ab Zeile 4 wird bis zum Dateiende nicht geschlossen")
            + ".*"
            + re.escape("Ist das Trennzeichen falsch erkannt (,), geben Sie es mit --delimiter an."),
        ):
            intake_bytes(raw, Path("x.csv"))

    def test_closed_quote_at_end_of_file_without_newline_is_fine(self) -> None:
        """A quoted last field without a final newline is no unclosed quote."""
        intake = intake_bytes(b'Name;Ort\r\nA;"B\r\nC"', Path("x.csv"))

        assert intake.table.frame.row(0) == ("A", "B\r\nC", 2, 2)

    def test_missing_file_is_refused(self, tmp_path: Path) -> None:
        """A path that does not exist is refused naming the path."""
        missing = tmp_path / "fehlt.csv"

        with pytest.raises(InputUnusableError) as caught:
            read_contacts(missing)

        assert caught.value.message == f"Die Datei {missing} gibt es nicht. Prüfen Sie Pfad und Dateinamen."

    def test_input_above_the_cap_is_refused_before_reading(self, tmp_path: Path) -> None:
        """A file larger than ``max_input`` is refused naming --max-input-size."""
        path = tmp_path / "gross.csv"
        path.write_bytes(b"Name;Ort\r\n" + b"Mueller;Koeln\r\n" * 100)
        assert path.stat().st_size == 1510

        with pytest.raises(InputUnusableError) as caught:
            read_contacts(path, max_input=1000)

        assert caught.value.message == (
            f"{path} ist 1,5 kB groß; lexoffice-import liest höchstens 1,0 kB "
            "(lexoffice selbst nimmt nur 2 MB je Datei). Ist das wirklich eine Kontaktliste? "
            "Wenn ja, erhöhen Sie die Grenze mit --max-input-size, z. B. --max-input-size 500MB."
        )


class TestEverythingIsText:
    """No type inference: every cell stays the exact string of the file."""

    def test_leading_zeros_survive(self) -> None:
        """PLZ ``01067`` and customer number ``007`` keep their zeros and every column is a string."""
        raw = b"Kundennummer;PLZ;Betrag;Datum;Aktiv\r\n007;01067;1,50;01.02.2024;true\r\n0042;00100;-0;;1\r\n"

        frame = intake_bytes(raw, Path("x.csv")).table.frame

        assert frame.schema == {
            "Kundennummer": pl.String,
            "PLZ": pl.String,
            "Betrag": pl.String,
            "Datum": pl.String,
            "Aktiv": pl.String,
            "__row__": pl.Int64,
            "__line__": pl.Int64,
        }
        assert frame.drop("__row__", "__line__").rows() == [
            ("007", "01067", "1,50", "01.02.2024", "true"),
            ("0042", "00100", "-0", "", "1"),
        ]

    def test_whitespace_and_quotes_are_kept(self) -> None:
        """Surrounding spaces and escaped quotes stay in the value exactly as written."""
        raw = b'Name;Ort\r\n  Hans  ;"Bad ""Neu"" Ort"\r\n'

        frame = intake_bytes(raw, Path("x.csv")).table.frame

        assert frame.row(0) == ("  Hans  ", 'Bad "Neu" Ort', 2, 2)

    def test_large_file_keeps_every_row(self) -> None:
        """A file of more records than one parsing chunk keeps every row in order."""
        text = "Nr;PLZ\n" + "".join(f"{i:06d};0{i % 10000:04d}\n" for i in range(120_000))

        table = intake_bytes(text.encode(), Path("x.csv")).table

        assert table.records == 120_000
        assert table.frame["Nr"][-1] == "119999"
        assert table.frame["PLZ"][:3].to_list() == ["00000", "00001", "00002"]
        assert table.frame["__row__"][-1] == 120_001


class TestRowsAndLines:
    """``__row__`` is the spreadsheet row (header = 1), ``__line__`` the physical line a record starts on."""

    def test_embedded_newlines_make_one_row_but_several_lines(self) -> None:
        """A record with quoted line breaks is one row; the next record's line counts every break."""
        raw = b'Name;Adresse\r\nA;"Zeile 1\r\nZeile 2\r\nZeile 3"\r\nB;x\r\nC;"1\n2"\r\nD;y\r\n'

        frame = intake_bytes(raw, Path("x.csv")).table.frame

        assert frame.select("Name", "__row__", "__line__").rows() == [
            ("A", 2, 2),
            ("B", 3, 5),
            ("C", 4, 6),
            ("D", 5, 8),
        ]

    def test_lone_cr_lines_are_counted(self) -> None:
        """With lone CR line ends (old Mac) every CR is a new physical line."""
        raw = b'Name;Adresse\rA;"x\ry"\rB;z\r'

        frame = intake_bytes(raw, Path("x.csv")).table.frame

        assert frame.select("Name", "__row__", "__line__").rows() == [("A", 2, 2), ("B", 3, 4)]


class TestRaggedRows:
    """Records with too few or too many fields are reported per row, never fatal."""

    def test_short_and_long_rows_are_reported_and_kept(self) -> None:
        """A short record is padded, a long one keeps its surplus in extra columns, each with an issue."""
        raw = b'Name;Ort;PLZ\r\nA;B\r\nC;"x\r\ny";01067;Zusatz;mehr\r\nD;E;F\r\nG;H;I;J\r\n'

        table = intake_bytes(raw, Path("x.csv")).table

        assert table.columns == ["Name", "Ort", "PLZ"]
        assert table.extra_columns == ["Zusatzfeld 1", "Zusatzfeld 2"]
        assert table.frame.to_dicts() == [
            {"Name": "A", "Ort": "B", "PLZ": "", "Zusatzfeld 1": "", "Zusatzfeld 2": ""}
            | {"__row__": 2, "__line__": 2},
            {"Name": "C", "Ort": "x\r\ny", "PLZ": "01067", "Zusatzfeld 1": "Zusatz", "Zusatzfeld 2": "mehr"}
            | {"__row__": 3, "__line__": 3},
            {"Name": "D", "Ort": "E", "PLZ": "F", "Zusatzfeld 1": "", "Zusatzfeld 2": ""}
            | {"__row__": 4, "__line__": 5},
            {"Name": "G", "Ort": "H", "PLZ": "I", "Zusatzfeld 1": "J", "Zusatzfeld 2": ""}
            | {"__row__": 5, "__line__": 6},
        ]
        too_long = "die überzähligen Werte stehen in der Datei mit den nicht zugeordneten Spalten."
        assert table.issues == [
            Issue(
                2,
                2,
                None,
                None,
                "row-too-short",
                Severity.WARNING,
                "Der Datensatz hat 2 statt 3 Felder; die fehlenden Felder bleiben leer.",
            ),
            Issue(
                3,
                3,
                None,
                None,
                "row-too-long",
                Severity.WARNING,
                f"Der Datensatz hat 5 statt 3 Felder; {too_long}",
            ),
            Issue(
                5,
                6,
                None,
                None,
                "row-too-long",
                Severity.WARNING,
                f"Der Datensatz hat 4 statt 3 Felder; {too_long}",
            ),
        ]

    def test_a_delimiter_at_each_lines_end_is_no_finding(self, tmp_path: Path) -> None:
        """Data lines that end with ";" (the header does not): the file is ready as it is, with no
        unmapped file of empty "surplus values" (the warning named it for every row)."""
        source = tmp_path / "kunden.csv"
        source.write_bytes(
            "Firma;Ort;PLZ\r\nMüller GmbH;Berlin;10115;\r\nSchmidt AG;Köln;50667;\r\n".encode()
        )
        result = check(source, tmp_path / "out")
        assert (result.verdict, list(result.issues), result.rows_uploaded) == ("ready", [], 2)
        assert result.outputs.unmapped is None

    def test_extra_columns_across_parsing_chunks(self) -> None:
        """A long record far into a big file adds an extra column that earlier rows fill with blanks."""
        text = "A;B\n" + "x;y\n" * 60_000 + "p;q;r\n"

        table = intake_bytes(text.encode(), Path("x.csv")).table

        assert table.extra_columns == ["Zusatzfeld 1"]
        assert table.frame["Zusatzfeld 1"].to_list() == [""] * 60_000 + ["r"]
        assert [(i.code, i.row, i.line) for i in table.issues] == [("row-too-long", 60_002, 60_002)]


class TestHeaders:
    """Blank and repeated header names are reported and made unique."""

    def test_blank_and_duplicate_headers(self) -> None:
        """Blank headers get ``Spalte n``, repeated ones ``Name (2)``; each is reported on row 1."""
        raw = b";Name;Name; ;Name\r\n1;2;3;4;5\r\n"

        table = intake_bytes(raw, Path("x.csv")).table

        assert table.columns == ["Spalte 1", "Name", "Name (2)", "Spalte 4", "Name (3)"]
        assert table.original_headers == ["", "Name", "Name", " ", "Name"]
        assert table.frame.row(0) == ("1", "2", "3", "4", "5", 2, 2)
        assert table.issues == [
            Issue(
                1,
                1,
                "Spalte 1",
                "",
                "header-blank",
                Severity.WARNING,
                "Spalte 1 hat keine Überschrift; sie heißt hier „Spalte 1“.",
            ),
            Issue(
                1,
                1,
                "Name (2)",
                "Name",
                "header-duplicate",
                Severity.WARNING,
                "Die Überschrift „Name“ kommt mehrfach vor; Spalte 3 heißt hier „Name (2)“.",
            ),
            Issue(
                1,
                1,
                "Spalte 4",
                " ",
                "header-blank",
                Severity.WARNING,
                "Spalte 4 hat keine Überschrift; sie heißt hier „Spalte 4“.",
            ),
            Issue(
                1,
                1,
                "Name (3)",
                "Name",
                "header-duplicate",
                Severity.WARNING,
                "Die Überschrift „Name“ kommt mehrfach vor; Spalte 5 heißt hier „Name (3)“.",
            ),
        ]

    def test_a_repeated_header_of_empty_columns_is_no_warning(self) -> None:
        """Found with a real DATEV layout: "Leerfeld" twelve times, empty, made every DATEV file need
        attention. Only a repeated header whose column holds a value in some record is warned."""
        raw = "Konto;Leerfeld;Ort;Leerfeld;Leerfeld;Name\r\n10001;;Köln; ;x;A\r\n10002;;Bonn;;;B\r\n"

        table = intake_bytes(raw.encode(), Path("datev.csv")).table

        assert table.columns == ["Konto", "Leerfeld", "Ort", "Leerfeld (2)", "Leerfeld (3)", "Name"]
        assert [(i.code, i.column) for i in table.issues] == [("header-duplicate", "Leerfeld (3)")]

    def test_header_names_colliding_with_internal_columns(self) -> None:
        """A header called ``__row__`` is renamed so the row number column stays intact."""
        table = intake_bytes(b"__row__;Name\r\nx;y\r\n", Path("x.csv")).table

        assert table.columns == ["__row__ (2)", "Name"]
        assert table.frame.row(0, named=True) == {
            "__row__ (2)": "x",
            "Name": "y",
            "__row__": 2,
            "__line__": 2,
        }


class TestTrailingEmptyColumn:
    """Found by the hostile re-test: a spreadsheet ends every line with ";" for a column it once
    touched; the blank header over that empty column was a warning, and a clean file exited 1."""

    def test_no_warning_over_an_empty_column(self) -> None:
        table = intake_bytes(b"Firma;Ort;\r\nA GmbH;Jena;\r\nB GmbH;Kiel; \r\n", Path("k.csv")).table
        assert table.columns == ["Firma", "Ort", "Spalte 3"]
        assert table.issues == []

    def test_a_blank_header_over_values_is_warned(self) -> None:
        table = intake_bytes(b"Firma;Ort;\r\nA GmbH;Jena;x\r\n", Path("k.csv")).table
        assert [(i.code, i.column) for i in table.issues] == [("header-blank", "Spalte 3")]


class TestNoHeaderRow:
    """Found by the real-layout session: a Collmex customer export has no header row; its first
    customer was read as the header and was in no output. (Collmex's own record types name the
    columns by its record description: test_collmex_records_are_named_by_their_layout; these
    records are of a type no layout knows.)"""

    COLLMEX = (
        '"KND";"10001";"1";"Herr";"Hans";"Meier";"Meier Bau GmbH";"Hauptstr. 1";"10115";"Berlin";'
        '"hans@meier-bau.de"\r\n'
        '"KND";"10002";"1";"Frau";"Eva";"Lund";"";"Ring 2";"80331";"München";"eva@lund.de"\r\n'
    ).encode()

    def test_the_first_line_is_the_first_record(self) -> None:
        table = intake_bytes(self.COLLMEX, Path("kunden.csv")).table

        assert table.columns == [f"Spalte {n}" for n in range(1, 12)]
        assert table.records == 2
        assert table.frame.select("Spalte 2", "Spalte 11", "__row__", "__line__").rows() == [
            ("10001", "hans@meier-bau.de", 2, 1),
            ("10002", "eva@lund.de", 3, 2),
        ]
        (warning,) = [i for i in table.issues if i.code == "header-missing"]
        assert (warning.row, warning.line, warning.severity) == (1, 1, Severity.WARNING)
        assert "„10001“, „10115“, „hans@meier-bau.de“" in warning.message
        assert "--map" in warning.message
        # the rows above count the header the tool added: the user's first line is row 2 there
        assert "Zeile 2 ist die erste Zeile Ihrer Datei" in warning.message

    def test_collmex_records_are_named_by_their_layout(self) -> None:
        """Collmex's customer records (CMXKND: type, number, client, Anrede, Titel, Vorname, Name,
        Firma … as its record description has them) get its field names; the fifth real-layout
        round found every row rejected under "Spalte N"."""
        data = (
            "CMXKND;10001;1;Firma;;;;Holzwerkstatt Brandl GmbH;Einkauf;Sägewerkweg 3;83022;Rosenheim;"
            ";0;DE;08031 23456;;einkauf@brandl.de\r\n"
            "CMXKND;10002;1;Herr;Dr.;Klaus;Wegener;;;Lindenallee 17;14050;Berlin;;0;DE;030 3012345;;"
            "k.wegener@web.de\r\n"
        ).encode("cp1252")
        table = intake_bytes(data, Path("kunden.csv")).table
        assert table.columns[:8] == [
            "Satzart",
            "Kundennummer",
            "Collmex-Mandant",
            "Anrede",
            "Titel",
            "Vorname",
            "Name",
            "Firma",
        ]
        assert table.columns[15:18] == ["Telefon", "Telefax", "E-Mail"]
        assert table.records == 2
        assert [(i.code, i.value) for i in table.issues] == [("header-from-layout", "CMXKND")]
        assert "Collmex" in table.issues[0].message

    def test_customer_and_supplier_records_name_only_their_shared_fields(self) -> None:
        """Past field 25 the two types differ (a supplier's field 34 is its second phone): in a
        file of both, those are named by position; the number is read by its range."""
        tail = ";" * 10 + "0171 2345678"
        data = (
            f"CMXKND;10001;1;Firma;;;;Bau GmbH;;Ring 1;01067;Dresden;;0;DE;0351 1;;a@b.de;;;;;;;;{tail}\r\n"
            f"CMXLIF;70001;1;Firma;;;;Holz KG;;Weg 2;09111;Chemnitz;;0;DE;0371 1;;c@d.de;;;;;;;;{tail}\r\n"
        ).encode()
        table = intake_bytes(data, Path("collmex.csv")).table
        assert table.columns[1] == "Kd./Lief.-Nr."
        assert table.columns[24] == "USt-IdNr."
        assert table.columns[25:] == [f"Spalte {n}" for n in range(26, 37)]

    def test_two_such_cells_suffice_and_three_are_quoted(self) -> None:
        """Two data cells make a record; the warning quotes the first three, and comes first."""
        two = b"Meier GmbH;10001;Jena;info@meier.de\r\nLund AG;10002;Kiel;eva@lund.de\r\n"
        assert [i.code for i in intake_bytes(two, Path("k.csv")).table.issues] == ["header-missing"]
        four = (
            b"10001;10115;a@b.de;+49 30 1234567;Berlin\r\n"
            b"10002;80331;c@d.de;+49 89 1234567;M\xc3\xbcnchen;zu lang\r\n"
        )
        table = intake_bytes(four, Path("k.csv")).table
        assert [i.code for i in table.issues] == ["header-missing", "row-too-long"]
        assert table.issues[0].value == "„10001“, „10115“, „a@b.de“"

    def test_one_such_cell_in_the_column_of_the_next_records_suffices(self) -> None:
        """A postcode alone makes the first line a record where the next lines hold one in the
        same column: a hand-made list without a header row lost its first contact to the column
        names."""
        raw = "Müller GmbH;Hauptstr. 1;01067;Dresden\r\nSchmidt KG;Weg 2;04109;Leipzig\r\n".encode()
        table = intake_bytes(raw, Path("adressen.csv")).table
        assert table.columns == ["Spalte 1", "Spalte 2", "Spalte 3", "Spalte 4"]
        assert table.frame.select("Spalte 1", "__line__").rows() == [("Müller GmbH", 1), ("Schmidt KG", 2)]
        assert [(i.code, i.value) for i in table.issues] == [("header-missing", "„01067“")]

    @pytest.mark.parametrize(
        "text",
        [
            "Firma;PLZ;10115\r\nMüller GmbH;01067;Berlin\r\n",  # not in the same column below
            "Firma;info@firma.de\r\nMüller GmbH;10001\r\n",  # not of the same kind below
            "Firma;Ort;01067\r\nMüller GmbH;Dresden;04109\r\nSchmidt KG;Leipzig;\r\n",  # not in each line
        ],
    )
    def test_one_such_cell_without_its_like_below_leaves_the_header(self, text: str) -> None:
        table = intake_bytes(text.encode(), Path("adressen.csv")).table
        assert table.columns[0] == "Firma"
        assert not [i for i in table.issues if i.code == "header-missing"]

    def test_a_header_row_named_by_the_user_is_one(self) -> None:
        """--header-row 1: the user says the first line holds the names, whatever they look like."""
        table = intake_bytes(self.COLLMEX, Path("kunden.csv"), header_row=1).table
        assert table.records == 1
        assert not [i for i in table.issues if i.code == "header-missing"]

    @pytest.mark.parametrize(
        "header",
        [
            "Kundennummer;Firma;2023;2024",  # years are column names
            "Nr;Name;Ort",
            "info@firma.de;Kunden",  # one such cell is not enough
        ],
    )
    def test_a_header_row_stays_one(self, header: str) -> None:
        raw = f"{header}\r\n10001;A GmbH;5;6\r\n".encode()
        table = intake_bytes(raw, Path("kunden.csv")).table
        assert not [i for i in table.issues if i.code == "header-missing"]
        assert table.records == 1


class TestBlankLines:
    """Blank lines are skipped, counted, and still advance row and line numbers."""

    def test_blank_lines_skipped_and_counted(self) -> None:
        """Empty lines and lines of only delimiters or spaces are skipped and counted."""
        raw = b"Name;Ort\r\n\r\nA;B\r\n;\r\n   \r\nC;D\r\n\r\n"

        table = intake_bytes(raw, Path("x.csv")).table

        assert table.records == 2
        assert table.blank_records == 4
        assert table.frame.rows() == [("A", "B", 3, 3), ("C", "D", 6, 6)]
        assert table.issues == []

    def test_blank_lines_before_the_header_are_not_records(self) -> None:
        """Blank lines before the header are skipped; the header is still row 1."""
        table = intake_bytes(b"\r\n\r\nName;Ort\r\nA;B\r\n", Path("x.csv")).table

        assert table.columns == ["Name", "Ort"]
        assert table.frame.rows() == [("A", "B", 2, 4)]


class TestOneRow:
    """A header plus a single record is a complete file."""

    @pytest.mark.parametrize(
        "raw",
        [b"Name;PLZ\r\nM\xfcller;01067\r\n", b"Name;PLZ\r\nM\xfcller;01067", b"Name;PLZ\nM\xfcller;01067\n"],
        ids=["crlf", "no-final-newline", "lf"],
    )
    def test_one_record(self, raw: bytes) -> None:
        """The single record is read with its row and line numbers."""
        assert raw.decode("cp1252").split()[1] == "Müller;01067"

        intake = intake_bytes(raw, Path("x.csv"))

        assert intake.table.records == 1
        assert intake.table.frame.rows() == [("Müller", "01067", 2, 2)]
        assert intake.issues == []


class TestSize:
    """The input size is compared with lexoffice's 2 MB limit."""

    def test_over_limit(self) -> None:
        """An input of more than 2,000,000 bytes is over lexoffice's limit; exactly 2,000,000 is not."""
        head = b"Name;Ort\r\n"
        row = b"Mueller;Koeln\r\n"
        exact = head + row * ((UPLOAD_LIMIT - len(head)) // len(row))
        exact += b"x" * (UPLOAD_LIMIT - len(exact) - 2) + b"\r\n"
        assert len(exact) == UPLOAD_LIMIT

        assert intake_bytes(exact, Path("x.csv")).over_limit is False
        assert intake_bytes(exact + b"A;B\r\n", Path("x.csv")).over_limit is True

    @pytest.mark.parametrize(
        ("n", "shown"),
        [
            (999, "999 Bytes"),
            (1_000, "1,0 kB (1.000 Bytes)"),
            (1_510, "1,5 kB (1.510 Bytes)"),
            (2_000_001, "2,0 MB (2.000.001 Bytes)"),
            (3 * 10**9, "3,0 GB (3.000.000.000 Bytes)"),
        ],
    )
    def test_human_size(self, n: int, shown: str) -> None:
        """Sizes are shown in decimal units with a German decimal comma, and exactly in bytes."""
        assert format_size(n, exact=True) == shown


class TestLargeTextPath:
    """Large texts are cut into lines lazily; the result is the same as for small ones."""

    @pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
    def test_lazy_lines_parse_alike(self, monkeypatch: pytest.MonkeyPatch, ending: str) -> None:
        """With the StringIO limit at 0, records, rows, lines and the unclosed-quote check stay the same."""
        import importer.parse

        text = ending.join(
            ["Name;Notiz", 'Müller;"zwei' + ending + 'Zeilen"', "", "Schmidt;x\u2028y\x0cz", 'Weber;"a;b"']
        )
        data = text.encode("utf-8")
        small = intake_bytes(data, Path("x.csv"))
        monkeypatch.setattr(importer.parse, "_STRINGIO_LIMIT", 0)
        large = intake_bytes(data, Path("x.csv"))
        assert large.table.frame.equals(small.table.frame)
        assert large.table.frame.get_column("__line__").to_list() == [2, 5, 6]
        assert large.table.frame.get_column("Notiz").to_list() == [
            f"zwei{ending}Zeilen",
            "x\u2028y\x0cz",
            "a;b",
        ]
        with pytest.raises(InputUnusableError, match="ab Zeile 7 wird"):
            intake_bytes(data + f'{ending}Kaputt;"offen'.encode(), Path("x.csv"))


class TestShiftedRecord:
    """A delimiter typed into a value without quotes ("Müller; Meier GmbH") moves every later value
    one column on: the hostile round on Excel's files found Straße "Meier GmbH" and Ort
    "Bahnhofstr. 2" uploaded, with only a warning."""

    def test_a_few_records_with_values_beyond_the_header_are_rejected(self, tmp_path: Path) -> None:
        source = tmp_path / "kunden.csv"
        source.write_text(
            "Firma;Straße;Ort;Bemerkung\n"
            "Alpha GmbH;Hauptstr. 1;Dresden;ok\n"
            "Müller; Meier GmbH;Bahnhofstr. 2;Leipzig;x\n"
            "Beta GmbH;Weg 3;Halle;ok\n",
            encoding="utf-8",
        )
        result = check(source, tmp_path / "out")
        assert [(i.row, i.code, i.severity) for i in result.issues if i.code.startswith("row-too-long")] == [
            (3, "row-too-long-shifted", Severity.ERROR)
        ]
        upload = (tmp_path / "out" / "kunden.kunden.csv").read_text("utf-8-sig")
        assert "Meier" not in upload
        assert "Alpha GmbH;Hauptstr. 1;Dresden" in upload
        rejected = (tmp_path / "out" / "kunden.rejected.csv").read_text("utf-8-sig")
        assert "Müller; Meier GmbH;Bahnhofstr. 2;Leipzig;x" in rejected

    def test_values_beyond_a_last_column_of_notes_keep_the_row(self, tmp_path: Path) -> None:
        """A note with the delimiter in the last column: the values before it fit their columns."""
        source = tmp_path / "kunden.csv"
        source.write_text(
            "Firma;Straße;Ort;Bemerkung\n"
            "Alpha GmbH;Hauptstr. 1;Dresden;ok\n"
            "Gamma GmbH;Ring 2;Leipzig;Lieferung; nur vormittags\n"
            "Beta GmbH;Weg 3;Halle;ok\n",
            encoding="utf-8",
        )
        result = check(source, tmp_path / "out")
        assert [(i.row, i.code) for i in result.issues if i.code.startswith("row-too-long")] == [
            (3, "row-too-long")
        ]
        assert result.rows_rejected == 0

    def test_an_odd_value_before_a_note_with_the_delimiter_keeps_the_row(self, tmp_path: Path) -> None:
        """The hostile re-test: "Am Markt" (a street without a number) and "3M" (a company with a
        digit) before a note "Lieferung Mo; Di" were taken for shifted values, the rows rejected."""
        rows = ["Müller GmbH;Hauptstr. 1;50667;Köln;0221 1234;"] * 6 + [
            "Bauer OHG;Am Markt;53111;Bonn;0228 9999;Lieferung Mo; Di",
            "3M Deutschland GmbH;Carl-Schurz-Str. 1;41453;Neuss;02131 140;Rechnung per Mail; nicht per Post",
        ]
        source = tmp_path / "kunden.csv"
        source.write_text(
            "Firma;Straße;PLZ;Ort;Telefon;Bemerkung\n" + "\n".join(rows) + "\n", encoding="utf-8"
        )
        result = check(source, tmp_path / "out")
        assert [i.code for i in result.issues if i.code.startswith("row-too-long")] == ["row-too-long"] * 2
        assert result.rows_rejected == 0

    def test_every_record_one_field_longer_keeps_its_rows(self, tmp_path: Path) -> None:
        """A header without a name for its last column: the values go to the unmapped file."""
        source = tmp_path / "kunden.csv"
        source.write_text(
            "Firma;Ort\nAlpha GmbH;Dresden;a@alpha.de\nBeta GmbH;Halle;b@beta.de\n", encoding="utf-8"
        )
        result = check(source, tmp_path / "out")
        assert {i.code for i in result.issues if i.code.startswith("row-too-long")} == {"row-too-long"}
        assert result.rows_rejected == 0


class TestHtmlTable:
    """An "Excel export" that is a web page with a table (Bitrix24's contacts, named .xls; the ninth
    real-layout round found it refused as "keine CSV-Datei"): its table is read."""

    PAGE = (
        '<html><head><meta http-equiv="Content-type" content="text/html;charset=UTF-8" /></head><body>'
        '<table border="1">\n<tr><th>Unternehmen</th><th>Vorname</th><th>Nachname</th><th>Adresse</th>'
        "<th>E-Mail</th></tr>\n"
        "<tr><td>Müller &amp; Söhne KG</td><td>Jürgen</td><td>Müller</td>"
        "<td>Lindenstraße 5<br>80331 München</td>"
        "<td>j@mueller.de</td></tr>\n"
        '<tr><td></td><td>Lena</td><td>Weiß</td><td colspan="2">—</td></tr>\n'
        "</table></body></html>\n"
    )

    def test_the_table_is_read(self) -> None:
        read = intake_bytes(self.PAGE.encode(), Path("kontakte.xls"))
        assert read.format == "html"
        assert read.table.columns == ["Unternehmen", "Vorname", "Nachname", "Adresse", "E-Mail"]
        assert read.table.frame.select(read.table.columns).rows() == [
            ("Müller & Söhne KG", "Jürgen", "Müller", "Lindenstraße 5\n80331 München", "j@mueller.de"),
            ("", "Lena", "Weiß", "—", ""),
        ]
        # named .xls, it is no workbook: said so
        assert [i.code for i in read.table.issues] == ["format-differs-from-name"]

    @pytest.mark.parametrize(
        "start",
        [
            "",
            "\ufeff",
            '<meta charset="utf-8">\n',
            "<head><title>Kunden</title></head>\n",
            "  <body>",
            # a byte order mark or a browser's "saved from url" comment before <html> (the hostile
            # round: both refused as XML files)
            "\ufeff<html><body>",
            "<!-- saved from url=(0014)about:internet -->\n<html><body>",
            "<!-- a -->\n<!-- b\nc -->\n<!DOCTYPE html>\n<html><body>",
        ],
    )
    def test_a_bare_table_is_read(self, start: str) -> None:
        """Found by the HTML round: a page without <html> (a bare table, a web tool's "Excel"
        download) was refused as an XML file, exit 3; so was a page after a BOM or a comment."""
        page = (
            start + "<table><tr><th>Firma</th><th>Ort</th></tr><tr><td>A GmbH</td><td>Köln</td></tr></table>"
        )
        read = intake_bytes(page.encode(), Path("kunden.html"))
        assert read.format == "html"
        assert read.table.frame.select(read.table.columns).rows() == [("A GmbH", "Köln")]

    def test_line_breaks_of_the_source_are_spaces(self) -> None:
        """Found by the HTML round: Excel's "Save as web page" wraps long cell texts in the source
        ("Müller &amp;\n  Söhne KG"); a browser and Excel show a space, the reader made two lines.
        A <br> and a <pre>'s own line breaks stay line breaks."""
        page = (
            "<html><body><table>\n<tr><th>Firma</th><th>Straße</th><th>Notiz</th></tr>\n"
            "<tr><td class=xl65 width=64>Müller &amp;\r\n  Söhne KG</td>"
            "<td>Weg 1<br>\nHinterhaus</td><td><pre>a\nb</pre></td></tr>\n</table></body></html>"
        )
        read = intake_bytes(page.encode(), Path("kunden.htm"))
        assert read.table.frame.select(read.table.columns).rows() == [
            ("Müller & Söhne KG", "Weg 1\nHinterhaus", "a\nb")
        ]

    def test_a_second_table_of_contacts_is_named(self) -> None:
        """Found by the HTML round: a page of customers and suppliers, each a table, lost the smaller
        one without a word; it is named (a warning), a table of other content is not."""
        head = "<tr><th>Firma</th><th>Straße</th><th>PLZ</th><th>Ort</th></tr>"
        page = (
            f"<html><body><table>{head}<tr><td>A GmbH</td><td>Weg 1</td><td>01067</td><td>Dresden</td></tr>"
            "<tr><td>B GmbH</td><td>Weg 2</td><td>01067</td><td>Dresden</td></tr></table>"
            "<table><tr><th>Stand</th><th>Seite</th></tr><tr><td>1.1.2026</td><td>1</td></tr></table>"
            f"<table>{head}<tr><td>C AG</td><td>Weg 3</td><td>50667</td><td>Köln</td></tr></table>"
            "</body></html>"
        )
        read = intake_bytes(page.encode(), Path("kontakte.html"))
        assert read.table.frame.get_column("Firma").to_list() == ["A GmbH", "B GmbH"]
        (unread,) = [i for i in read.table.issues if i.code == "html-tables-unread"]
        assert unread.value == "Firma, Straße, PLZ, Ort"
        assert unread.severity == Severity.WARNING

    def test_a_page_without_a_table_is_refused(self) -> None:
        with pytest.raises(InputUnusableError, match="ist keine CSV-Datei, sondern eine HTML-Seite"):
            intake_bytes(b"<!DOCTYPE html><html><body><p>Fehler 404</p></body></html>", Path("x.xls"))

    @staticmethod
    def page(body: str) -> bytes:
        return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()

    @staticmethod
    def rows(data: bytes) -> list[tuple[str, ...]]:
        table = intake_bytes(data, Path("kontakte.html")).table
        return [tuple(v or "" for v in row) for row in table.frame.select(table.columns).rows()]

    def test_a_cell_spanning_rows_counts_for_each(self, tmp_path: Path) -> None:
        """The hostile round: a company spanning its two contact persons' rows (rowspan) shifted the
        second row's cells left, "Eva" became a company and "Leipzig" a surname, exit 0. As in
        Excel the company counts for both rows, warned as a workbook's merged cell."""
        source = tmp_path / "kontakte.html"
        source.write_bytes(
            self.page(
                "<table><tr><th>Firma</th><th>Vorname</th><th>Nachname</th><th>Ort</th></tr>"
                '<tr><td rowspan="2">A GmbH</td><td>Hans</td><td>Meier</td><td>Dresden</td></tr>'
                "<tr><td>Eva</td><td>Kurz</td><td>Leipzig</td></tr>"
                "<tr><td>B GmbH</td><td>Max</td><td>Lang</td><td>Köln</td></tr></table>"
            )
        )
        result = check(source, tmp_path / "out")
        upload = csv_rows((tmp_path / "out" / "kontakte.kunden.csv").read_bytes())
        assert upload == [
            ["Firmenname", "Ort 1", "Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname"],
            ["A GmbH", "Dresden", "Hans", "Meier"],
            ["A GmbH", "Leipzig", "Eva", "Kurz"],
            ["B GmbH", "Köln", "Max", "Lang"],
        ]
        merged = [i for i in result.issues if i.code == "merged-cell-filled"]
        assert [(i.row, i.column, i.value, i.severity) for i in merged] == [
            (3, "Firma", "A GmbH", Severity.WARNING)
        ]
        assert "verbundenen Zelle A2:A3" in merged[0].message

    def test_a_two_row_header_with_a_label_over_columns_is_one_header(self, tmp_path: Path) -> None:
        """The hostile HTML round: a <thead> of two rows, "Ansprechpartner" spanning "Vorname" and
        "Nachname", read its upper row as the header: the first names were uploaded as the contact
        person's surname, the lower row rejected as a record. Each column's labels are joined; "Name"
        over "Vorname" leaves "Vorname" (no whole name read surname first); a title row stays out;
        a rowspan in the data keeps its row numbers."""
        source = tmp_path / "kontakte.html"
        source.write_bytes(
            self.page(
                '<table><thead><tr><th colspan="4">Kontakte 2024</th></tr>'
                '<tr><th rowspan="2">Firma</th><th colspan="2">Ansprechpartner</th><th>E-Mail</th></tr>'
                "<tr><th>Vorname</th><th>Nachname</th><th></th></tr></thead>"
                '<tbody><tr><td rowspan="2">A GmbH</td><td>Anna</td><td>Alt</td><td>a@a.de</td></tr>'
                "<tr><td>Bert</td><td>Bock</td><td>b@a.de</td></tr></tbody></table>"
            )
        )
        result = check(source, tmp_path / "out")
        upload = csv_rows((tmp_path / "out" / "kontakte.kunden.csv").read_bytes())
        # the company's second person, on a row of its own, is its Ansprechpartner 2
        assert upload == [
            ["Firmenname", "E-Mail 1", "Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname",
             "Ansprechpartner 2 Vorname", "Ansprechpartner 2 Nachname", "Ansprechpartner 2 E-Mail"],
            ["A GmbH", "a@a.de", "Anna", "Alt", "Bert", "Bock", "b@a.de"],
        ]  # fmt: skip
        assert [i.severity for i in result.issues if i.severity is Severity.ERROR] == []
        assert [(i.row, i.code) for i in result.issues if i.code == "merged-cell-filled"] == [
            (3, "merged-cell-filled")
        ]
        people = tmp_path / "personen.html"
        people.write_bytes(
            self.page(
                '<table><thead><tr><th colspan="2">Name</th><th rowspan="2">Ort</th></tr>'
                "<tr><th>Vorname</th><th>Nachname</th></tr></thead>"
                "<tr><td>Hans</td><td>Meier</td><td>Köln</td></tr></table>"
            )
        )
        check(people, tmp_path / "out2")
        upload = csv_rows((tmp_path / "out2" / "personen.kunden.csv").read_bytes())
        assert upload == [["Vorname", "Nachname", "Ort 1"], ["Hans", "Meier", "Köln"]]

    def test_text_outside_the_cells_is_named(self, tmp_path: Path) -> None:
        """The hostile HTML round: text in a row before its first cell, and cells after the table's
        end, were lost without a word. Each is named in a warning."""
        source = tmp_path / "kontakte.html"
        source.write_bytes(
            self.page(
                "<table><tr><th>Firma<th>Ort\n<tr><td>A GmbH<td>Köln\n<tr>Lose Notiz<td>B GmbH<td>Bonn\n"
                "</table>\n<td>C GmbH<td>Ulm\n"
            )
        )
        result = check(source, tmp_path / "out")
        found = [(i.row, i.value, i.severity) for i in result.issues if i.code == "html-text-outside-cells"]
        assert found == [(0, "C GmbH | Ulm", Severity.WARNING), (3, "Lose Notiz", Severity.WARNING)]
        report = (tmp_path / "out" / "kontakte.report.json").read_text("utf-8")
        assert "Lose Notiz" in report
        assert "C GmbH | Ulm" in report

    def test_spans_at_the_table_edges_keep_every_cell_in_its_column(self) -> None:
        """A span in the last column, one over rows and columns, a header cell spanning into the
        first record (fills nothing, as a workbook's merged header) and a colspan (the cells it
        spans stay empty, as Excel shows them)."""
        data = self.page(
            '<table><tr><th rowspan="2">Firma</th><th>Ort</th><th>Notiz</th></tr>'
            '<tr><td>Köln</td><td rowspan="2">n1</td></tr>'
            '<tr><td rowspan="2" colspan="2">B AG</td></tr>'
            "<tr><td>n2</td></tr>"
            '<tr><td colspan="2">C KG</td><td>n3</td></tr></table>'
        )
        assert self.rows(data) == [
            ("", "Köln", "n1"),
            ("B AG", "", "n1"),
            ("B AG", "", "n2"),
            ("C KG", "", "n3"),
        ]

    def test_odd_span_values_are_clamped_as_browsers_clamp_them(self) -> None:
        """rowspan="0" reaches the end of its row group, a span beyond the table ends with it
        (100000 rows made of none), a value that is no number is 1."""
        data = self.page(
            "<table><thead><tr><th>Firma</th><th>Ort</th><th>Telefon</th></tr></thead><tbody>"
            '<tr><td rowspan="0">A GmbH</td><td rowspan="abc">Dresden</td>'
            '<td colspan="99999999999999999999">0351 1</td></tr>'
            "<tr><td>Halle</td><td>0345 2</td></tr></tbody>"
            '<tbody><tr><td>B GmbH</td><td rowspan="100000">Köln</td><td rowspan="-3">0221 3</td></tr>'
            "<tr><td>C GmbH</td><td>0221 4</td></tr></tbody></table>"
        )
        assert self.rows(data) == [
            ("A GmbH", "Dresden", "0351 1"),
            ("A GmbH", "Halle", "0345 2"),
            ("B GmbH", "Köln", "0221 3"),
            ("C GmbH", "Köln", "0221 4"),
        ]

    def test_spans_making_a_small_page_a_huge_table_are_refused(self) -> None:
        """A long value spanning 60,000 rows would be copied into each (gigabytes from a page of
        a megabyte); a cell beyond the 1,000th column is refused as a CSV file's is."""
        rows = (
            '<tr><td>a</td><td rowspan="65534">'
            + "x" * 100_000
            + "</td></tr>"
            + "<tr><td>r</td></tr>" * 60_000
        )
        with pytest.raises(
            InputUnusableError, match=r"ergäbe die Tabelle der HTML-Seite mehr als [0-9.]+ Zellen und Zeichen"
        ):
            intake_bytes(
                self.page(f"<table><tr><th>Firma</th><th>Ort</th></tr>{rows}</table>"), Path("x.html")
            )
        wide = '<tr><th>Firma</th><th colspan="1000">Ort</th><th>Telefon</th></tr><tr><td>a</td></tr>'
        with pytest.raises(
            InputUnusableError, match=r"hat 1\.002 Spalten; lexoffice-import liest höchstens 1\.000"
        ):
            intake_bytes(self.page(f"<table>{wide}</table>"), Path("x.html"))

    def test_a_table_nested_in_a_cell_keeps_its_cells_apart(self, tmp_path: Path) -> None:
        """The hostile round: two phone numbers in a table of their own in the cell were read as
        "0351 1110351 222". Its rows are lines of the cell, its cells apart by a tab (as a browser
        copies them), and the table of contacts stays the one read."""
        source = tmp_path / "kontakte.html"
        source.write_bytes(
            self.page(
                "<table><tr><th>Firma</th><th>Ort</th><th>Notiz</th></tr>"
                "<tr><td>A GmbH</td><td>Dresden</td>"
                "<td><table><tr><td>0351 111</td></tr><tr><td>0351 222</td></tr></table></td></tr>"
                "<tr><td>B GmbH</td><td>Berlin</td>"
                "<td>vorher<table><tr><td>inner1</td><td> </td><td>inner2</td></tr></table>nachher</td></tr>"
                "</table>"
            )
        )
        check(source, tmp_path / "out")
        unmapped = csv_rows((tmp_path / "out" / "kontakte.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped == [
            ["Zeile", "Notiz"],
            ["2", "0351 111\n0351 222"],
            ["3", "vorher\ninner1\tinner2\nnachher"],
        ]
        upload = csv_rows((tmp_path / "out" / "kontakte.kunden.csv").read_bytes())
        assert [row[0] for row in upload] == ["Firmenname", "A GmbH", "B GmbH"]

    def test_the_data_table_in_a_cell_of_the_pages_layout_table_is_read(self, tmp_path: Path) -> None:
        """The hostile round: an old export's page laid out in a table, the data table in one of its
        cells, was read as one cell holding every row (rejected), or refused as no table. The
        table read is the one whose own cells are the contacts, at any depth."""
        source = tmp_path / "kontakte.html"
        source.write_bytes(
            self.page(
                '<table width="100%"><tr><td><h1>Kundenliste</h1></td><td>Stand 1.3.</td></tr><tr><td>'
                '<table><tr><td><table border="1"><tr><th>Firma</th><th>Ort</th></tr>'
                "<tr><td>A GmbH</td><td>Dresden</td></tr><tr><td>B GmbH</td><td>Köln</td></tr>"
                "<tr><td>C GmbH</td><td>Bonn</td></tr></table></td></tr></table>"
                "</td><td>Seite 1</td></tr></table>"
            )
        )
        result = check(source, tmp_path / "out")
        upload = csv_rows((tmp_path / "out" / "kontakte.kunden.csv").read_bytes())
        assert upload == [
            ["Firmenname", "Ort 1"],
            ["A GmbH", "Dresden"],
            ["B GmbH", "Köln"],
            ["C GmbH", "Bonn"],
        ]
        assert result.rows_rejected == 0

    def test_the_contacts_table_wins_over_a_larger_table_nested_in_a_contact(self, tmp_path: Path) -> None:
        """A contact's cell holding a table of more cells than the contacts' own table: the table
        whose header names lexoffice columns is read, the nested one is its cell's text."""
        source = tmp_path / "kontakte.html"
        nested = "".join(
            f"<tr><td>{k}</td><td>{v}</td></tr>"
            for k, v in [
                ("Typ", "Wert"),
                ("Mobil", "0170 1"),
                ("Fax", "0351 2"),
                ("Web", "a.de"),
                ("Tag", "VIP"),
            ]
        )
        source.write_bytes(
            self.page(
                "<table><tr><th>Firma</th><th>Ort</th><th>Sonstiges</th></tr>"
                f"<tr><td>A GmbH</td><td>Dresden</td><td><table>{nested}</table></td></tr></table>"
            )
        )
        check(source, tmp_path / "out")
        upload = csv_rows((tmp_path / "out" / "kontakte.kunden.csv").read_bytes())
        assert upload == [["Firmenname", "Ort 1"], ["A GmbH", "Dresden"]]
        unmapped = csv_rows((tmp_path / "out" / "kontakte.unmapped.csv").read_bytes(), "utf-8-sig")
        assert unmapped[1] == ["2", "Typ\tWert\nMobil\t0170 1\nFax\t0351 2\nWeb\ta.de\nTag\tVIP"]

    def test_deeply_nested_tables_are_read(self) -> None:
        """Thousands of tables nested in each other (no recursion to overflow), the data table after."""
        deep = "<table><tr><td>" * 3000 + "x" + "</td></tr></table>" * 3000
        data = self.page(
            deep + "<table><tr><th>Firma</th><th>Ort</th></tr><tr><td>A</td><td>B</td></tr></table>"
        )
        assert self.rows(data) == [("A", "B")]
