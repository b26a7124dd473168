"""The guarantees pinned down by mutation testing (issue 17): each test kills a named mutant.

Every expected value is written out by hand or computed by a second, plain implementation
(Python's ``csv`` module, byte arithmetic), never by the code under test. Each docstring names
the mutant (the small planted bug) it kills; ``make mutate`` finds the others.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
from helpers import check, csv_rows

from importer.accounting import accounting
from importer.catalog import load_catalog
from importer.encoding import decode, detect_encoding
from importer.errors import SelfCheckError
from importer.frame import LINE, ROW
from importer.html import render_report
from importer.issues import IssueList
from importer.mapping import map_headers
from importer.model import ColumnMapping, Table
from importer.outputs import render_rejected, self_check
from importer.result import Intake
from importer.rules import finding
from importer.writer import header_line, quote_text, render_table, split_parts

WriteInput = Callable[[str, bytes], Path]

CATALOG = load_catalog()
COLUMNS = ["Kundennummer", "Firmenname", "Ort 1"]
#: A valid upload file of two customers, written out by hand: ``;``, CRLF, UTF-8.
UPLOAD = "Kundennummer;Firmenname;Ort 1\r\n10001;Müller GmbH;Köln\r\n10002;Schmidt AG;Bonn\r\n"


def meant() -> pl.DataFrame:
    """The rows the upload file above is meant to hold."""
    return pl.DataFrame(
        {
            "Kundennummer": ["10001", "10002"],
            "Firmenname": ["Müller GmbH", "Schmidt AG"],
            "Ort 1": ["Köln", "Bonn"],
        }
    )


class TestSelfCheck:
    """The upload self-check refuses a file that does not read back as what was meant."""

    def test_a_correct_file_passes(self, tmp_path: Path) -> None:
        """The control: the hand-written file passes (so the failures below are the check's, not noise)."""
        self_check(UPLOAD.encode(), tmp_path / "k.csv", meant(), COLUMNS, CATALOG, "utf-8")

    def test_a_changed_value_fails(self, tmp_path: Path) -> None:
        """Kills the mutant that skips the value comparison (``problems`` never gets "values differ")."""
        data = UPLOAD.replace("Bonn", "Berlin").encode()

        with pytest.raises(SelfCheckError, match=r"\(values differ after reading back\)"):
            self_check(data, tmp_path / "k.csv", meant(), COLUMNS, CATALOG, "utf-8")

    def test_a_missing_record_fails(self, tmp_path: Path) -> None:
        """Kills the mutant that drops the record count comparison: one row written, two meant."""
        data = UPLOAD.rsplit("10002", 1)[0].encode()

        with pytest.raises(SelfCheckError, match=r"\(1 records read back, 2 written\)"):
            self_check(data, tmp_path / "k.csv", meant(), COLUMNS, CATALOG, "utf-8")

    def test_a_wrong_header_fails(self, tmp_path: Path) -> None:
        """Kills the mutant that ignores the header: ``Ort`` is no catalog column."""
        data = UPLOAD.replace("Ort 1", "Ort").encode()

        with pytest.raises(
            SelfCheckError, match=r"\(header read back as \['Kundennummer', 'Firmenname', 'Ort'\]\)"
        ):
            self_check(
                data, tmp_path / "k.csv", meant(), ["Kundennummer", "Firmenname", "Ort"], CATALOG, "utf-8"
            )

    def test_a_file_over_the_limit_fails(self, tmp_path: Path) -> None:
        """Kills the mutant that never fails (the raise removed, the size test turned): 1 byte too many."""
        data = UPLOAD.encode()
        catalog = load_catalog()
        catalog.settings["upload_limit_bytes"] = len(data) - 1

        with pytest.raises(SelfCheckError, match=f"{len(data)} bytes > {len(data) - 1}"):
            self_check(data, tmp_path / "k.csv", meant(), COLUMNS, catalog, "utf-8")

    def test_a_file_of_exactly_the_limit_passes(self, tmp_path: Path) -> None:
        """Kills ``len(data) > limit`` → ``>=``: a file of exactly the limit is allowed."""
        data = UPLOAD.encode()
        catalog = load_catalog()
        catalog.settings["upload_limit_bytes"] = len(data)

        self_check(data, tmp_path / "k.csv", meant(), COLUMNS, catalog, "utf-8")

    def test_a_wrong_encoding_fails(self, tmp_path: Path) -> None:
        """Kills the mutant that skips the encoding comparison: cp1252 bytes announced as UTF-8."""
        data = UPLOAD.encode("cp1252")

        with pytest.raises(SelfCheckError, match=r"\(encoding read back as cp1252, written as utf-8\)"):
            self_check(data, tmp_path / "k.csv", meant(), COLUMNS, CATALOG, "utf-8")

    def test_a_cp1252_file_a_guesser_reads_as_latin9_passes(self, tmp_path: Path) -> None:
        """Found by the corpus fuzzer (exit 4): a cp1252 upload whose only telling character is
        one ISO 8859-15 reads as a letter (0xB8: ¸ in cp1252, ž in Latin-9) is detected as
        Latin-9. It is the file asked for, compared as cp1252 reads it."""
        upload = UPLOAD.replace("Köln", "Kön¸bing")
        rows = meant().with_columns(pl.col("Ort 1").replace("Köln", "Kön¸bing"))
        assert detect_encoding(upload.encode("cp1252")).name == "iso8859_15"

        self_check(upload.encode("cp1252"), tmp_path / "k.csv", rows, COLUMNS, CATALOG, "cp1252")

    @pytest.mark.parametrize(
        ("city", "guessed"), [("Bahnhofstraáe", "cp850"), ("Gie§en", "mac_roman")], ids=["cp850", "mac_roman"]
    )
    def test_a_cp1252_file_a_guesser_reads_as_another_code_page_passes(
        self, tmp_path: Path, city: str, guessed: str
    ) -> None:
        """Found by the corpus fuzzer (exit 4): a cp850 export read with ``--encoding latin-1``
        holds "Bahnhofstraáe" (cp850's ß is Latin-1's á), a hand-typed "Gie§en" Mac Roman's ß;
        the cp1252 upload of such a value is detected as that code page. It is the file asked
        for, compared as cp1252 reads it."""
        upload = UPLOAD.replace("Köln", city).replace("Müller", "Meier")
        rows = meant().with_columns(
            pl.col("Ort 1").replace("Köln", city), pl.col("Firmenname").replace("Müller GmbH", "Meier GmbH")
        )
        assert detect_encoding(upload.encode("cp1252")).name == guessed

        self_check(upload.encode("cp1252"), tmp_path / "k.csv", rows, COLUMNS, CATALOG, "cp1252")

    def test_a_latin9_file_announced_as_cp1252_still_fails(self, tmp_path: Path) -> None:
        """The reading as cp1252 still has to give what was meant: "Žižek" written in Latin-9
        reads "´i¸ek" in cp1252."""
        upload = UPLOAD.replace("Köln", "Žižek")
        rows = meant().with_columns(pl.col("Ort 1").replace("Köln", "Žižek"))

        with pytest.raises(SelfCheckError, match=r"\(values differ after reading back\)"):
            self_check(upload.encode("iso8859_15"), tmp_path / "k.csv", rows, COLUMNS, CATALOG, "cp1252")

    def test_a_wrong_delimiter_fails(self, tmp_path: Path) -> None:
        """Kills the mutant that skips the delimiter check: the same file with ``,``."""
        data = UPLOAD.replace(";", ",").encode()

        with pytest.raises(SelfCheckError, match="delimiter not read back as ';'"):
            self_check(data, tmp_path / "k.csv", meant(), COLUMNS, CATALOG, "utf-8")


class TestSelfCheckDetails:
    """The self-check's message, empty cells, columns and encodings, on hand-written files."""

    def test_message_names_the_file_and_every_problem(self, tmp_path: Path) -> None:
        """Kills mutants of the message and of the ``"; "`` join: two problems, the whole German text."""
        data = UPLOAD.replace("Bonn", "Berlin").encode()
        catalog = load_catalog()
        catalog.settings["upload_limit_bytes"] = 10
        path = tmp_path / "k.kunden.csv"

        with pytest.raises(SelfCheckError) as caught:
            self_check(data, path, meant(), COLUMNS, catalog, "utf-8")

        assert str(caught.value) == (
            f"Die Upload-Datei {path} hat die Kontrolle nach dem Schreiben nicht bestanden "
            f"({len(data)} bytes > 10; values differ after reading back). Das ist ein Programmfehler; "
            "starten Sie mit --debug und schicken Sie die Ausgabe an den Support."
        )

    def test_empty_cells_read_back_as_empty(self, tmp_path: Path) -> None:
        """Kills mutants of ``fill_null("")``: a null is written as an empty field and passes."""
        rows = pl.DataFrame({"Kundennummer": [None, "10002"], "Firmenname": ["A GmbH", None]})
        data = b"Kundennummer;Firmenname\r\n;A GmbH\r\n10002;\r\n"

        self_check(data, tmp_path / "k.csv", rows, ["Kundennummer", "Firmenname"], CATALOG, "utf-8")

    def test_columns_in_another_order_fail(self, tmp_path: Path) -> None:
        """Kills ``or`` → ``and`` in the header test: catalog columns, but not in the order meant."""
        rows = meant().select("Firmenname", "Kundennummer", "Ort 1")
        with pytest.raises(SelfCheckError, match="header read back as"):
            self_check(
                UPLOAD.encode(),
                tmp_path / "k.csv",
                rows,
                ["Firmenname", "Kundennummer", "Ort 1"],
                CATALOG,
                "utf-8",
            )

    def test_two_columns_with_a_comma_fail(self, tmp_path: Path) -> None:
        """Kills ``len(columns) > 1`` → ``> 2``: a two-column file written with ``,`` is caught."""
        rows = pl.DataFrame({"Kundennummer": ["10001"], "Firmenname": ["A GmbH"]})
        data = b"Kundennummer,Firmenname\r\n10001,A GmbH\r\n"

        with pytest.raises(SelfCheckError, match=r"\(delimiter not read back as ';'; header read back as "):
            self_check(data, tmp_path / "k.csv", rows, ["Kundennummer", "Firmenname"], CATALOG, "utf-8")

    def test_one_column_file_passes(self, tmp_path: Path) -> None:
        """A one-column file passes (``> 1`` → ``>= 1`` is equivalent: detection falls back to ``;``)."""
        rows = pl.DataFrame({"Firmenname": ["A GmbH", "B AG"]})

        self_check(
            b"Firmenname\r\nA GmbH\r\nB AG\r\n", tmp_path / "k.csv", rows, ["Firmenname"], CATALOG, "utf-8"
        )

    @pytest.mark.parametrize(
        ("encoding", "data"),
        [
            ("utf-8", UPLOAD.encode()),
            ("utf-8-sig", codecs.BOM_UTF8 + UPLOAD.encode()),
            ("cp1252", UPLOAD.encode("cp1252")),
        ],
    )
    def test_each_output_encoding_passes(self, tmp_path: Path, encoding: str, data: bytes) -> None:
        """Kills mutants of the accepted read-back encodings: each output encoding's own file passes."""
        self_check(data, tmp_path / "k.csv", meant(), COLUMNS, CATALOG, encoding)

    def test_ascii_only_file_passes_as_utf8_and_cp1252(self, tmp_path: Path) -> None:
        """Kills dropping ``ascii`` from the table: a file without umlauts reads back as ASCII."""
        rows = pl.DataFrame({"Firmenname": ["A GmbH"], "Ort 1": ["Bonn"]})
        data = b"Firmenname;Ort 1\r\nA GmbH;Bonn\r\n"
        for encoding in ("utf-8", "cp1252"):
            self_check(data, tmp_path / "k.csv", rows, ["Firmenname", "Ort 1"], CATALOG, encoding)

    def test_utf8_sig_without_bom_fails(self, tmp_path: Path) -> None:
        """Kills widening ``utf-8-sig``'s accepted encodings to ``ascii``: a file without its BOM fails."""
        rows = pl.DataFrame({"Firmenname": ["A GmbH"], "Ort 1": ["Bonn"]})
        with pytest.raises(SelfCheckError, match=r"\(encoding read back as ascii, written as utf-8-sig\)"):
            self_check(
                b"Firmenname;Ort 1\r\nA GmbH;Bonn\r\n",
                tmp_path / "k.csv",
                rows,
                ["Firmenname", "Ort 1"],
                CATALOG,
                "utf-8-sig",
            )


class TestQuoting:
    """Headers and values with ``;``, ``"`` or line breaks are quoted as RFC 4180 wants."""

    @pytest.mark.parametrize(
        ("header", "field"),
        [
            ('Fax "privat"', '"Fax ""privat"""'),
            ("a;b", '"a;b"'),
            ("a\nb", '"a\nb"'),
            ("a\rb", '"a\rb"'),
            ("Ort", "Ort"),
            ("XING-Profil", "XING-Profil"),
        ],
    )
    def test_header_field(self, header: str, field: str) -> None:
        """Kills the mutant that leaves ``"`` (or ``;``, LF, CR) out of the characters that need quotes."""
        assert quote_text(header) == field

    def test_header_with_quote_reads_back_in_the_rejected_file(self) -> None:
        """A header holding ``"`` reads back whole with Python's csv module (the mutant wrote it unquoted)."""
        head, body = render_table(pl.DataFrame({"c": ["x"]}), ["c"], ['Fax "privat"'])

        assert csv_rows(head + bytes(body), "utf-8-sig") == [['Fax "privat"'], ["x"]]

    def test_header_line_joins_with_semicolons(self) -> None:
        """The header line, written out by hand."""
        assert header_line(["Firmenname", "a;b"]) == 'Firmenname;"a;b"'


class TestWriterBytes:
    """The writer's bytes for small tables, written out by hand."""

    def test_rejected_style_table(self) -> None:
        """Kills mutants of render_table: BOM, header, apostrophe before formulas, empty as empty field."""
        frame = pl.DataFrame({"a": ["=1+1", "", "x;y", "-5", "ok"], "b": ["@x", None, 'q"', "\tt", "b=1"]})

        head, body = render_table(frame, ["a", "b"], ["=Kopf", "Name"])

        assert head == b"\xef\xbb\xbf'=Kopf;Name\r\n"
        assert bytes(body) == b'\'=1+1;\'@x\r\n;\r\n"x;y";"q"""\r\n\'-5;\'\tt\r\nok;b=1\r\n'

    def test_render_table_takes_slices_in_order(self) -> None:
        """The rejected file is rendered a slice at a time: two slices give the rows of both, in order."""
        slices = [pl.DataFrame({"a": ["1", "2"]}), pl.DataFrame({"a": ["3"]})]

        _head, body = render_table(iter(slices), ["a"], ["A"])

        assert bytes(body) == b"1\r\n2\r\n3\r\n"

    def test_header_starting_with_each_trigger_gets_an_apostrophe(self) -> None:
        """Each of = + - @ TAB CR at the start of a header is shown, never run; inside it is left alone."""
        headers = ["=a", "+b", "-c", "@d", "\te", "\rf", "g=h"]
        frame = pl.DataFrame({h: ["v"] for h in headers})

        head, _body = render_table(frame, headers, headers)

        fields = head.decode("utf-8-sig").removesuffix("\r\n")
        assert fields == "'=a;'+b;'-c;'@d;'\te;\"'\rf\";g=h"

    def test_empty_strings_are_empty_fields_in_the_upload(self) -> None:
        """Kills dropping ``replace("", None)``: polars would write ``""`` for an empty string."""
        frame = pl.DataFrame({"Firmenname": ["A", ""], "Ort 1": ["", "Bonn"]})

        (part,) = split_parts(frame, ["Firmenname", "Ort 1"], "utf-8", 2_000_000)

        assert part.data == b"Firmenname;Ort 1\r\nA;\r\n;Bonn\r\n"

    def test_cp1252_counts_characters_and_writes_single_bytes(self) -> None:
        """Kills mutants of the cp1252 branch: ``Köln`` is 4 bytes there (UTF-8: 5), written as cp1252."""
        frame = company_frame(["Köln", "Köln"])
        limit = HEAD + 6  # one row of 4 cp1252 bytes + CRLF; in UTF-8 it would be 7 and not fit

        parts = split_parts(frame, ["Firmenname"], "cp1252", limit)

        assert [p.data for p in parts] == [b"Firmenname\r\nK\xf6ln\r\n"] * 2

    def test_empty_frame_is_one_part_with_the_header(self) -> None:
        """A role without rows: one part holding only the header line."""
        (part,) = split_parts(company_frame([]), ["Firmenname"], "utf-8", 2_000_000)

        assert (part.start, part.stop, part.data) == (0, 0, b"Firmenname\r\n")

    def test_utf8_sig_header_carries_the_bom(self) -> None:
        """With ``utf-8-sig`` the BOM (3 bytes) is part of the header and of the size budget."""
        frame = company_frame(["ab"])

        (part,) = split_parts(frame, ["Firmenname"], "utf-8-sig", HEAD + 3 + 4)

        assert part.data == b"\xef\xbb\xbfFirmenname\r\nab\r\n"
        with pytest.raises(ValueError, match=r"^0$"):
            split_parts(frame, ["Firmenname"], "utf-8-sig", HEAD + 3 + 3)

    def test_three_parts_boundaries(self) -> None:
        """Rows of 5, 5, 5, 5, 5 bytes under a budget of 10: parts of two, two and one row."""
        parts = split_parts(company_frame(["abc"] * 5), ["Firmenname"], "utf-8", HEAD + 10)

        assert [(p.start, p.stop) for p in parts] == [(0, 2), (2, 4), (4, 5)]
        assert [len(p.data) for p in parts] == [HEAD + 10, HEAD + 10, HEAD + 5]


def company_frame(values: list[str]) -> pl.DataFrame:
    """One column ``Firmenname`` holding ``values``."""
    return pl.DataFrame({"Firmenname": values})


#: ``Firmenname`` + CRLF: the header of the frames above, in bytes.
HEAD = len(b"Firmenname\r\n")


class TestSplitAtTheLimit:
    """Upload parts are cut where the bytes reach the limit, counted by hand here."""

    def test_exact_fit_of_two_million_bytes_is_one_part(self) -> None:
        """Kills the mutant that cut one row early at an exact fit (``side="left"``, or ``budget - 1``).

        19,999 rows of 98 letters (100 bytes with CRLF) and one of 86 letters (88 bytes) take
        1,999,988 bytes; with the 12-byte header that is exactly 2,000,000.
        """
        values = ["x" * 98] * 19_999 + ["y" * 86]
        assert HEAD + 19_999 * 100 + 88 == 2_000_000

        parts = split_parts(company_frame(values), ["Firmenname"], "utf-8", 2_000_000)

        assert [(p.start, p.stop, len(p.data)) for p in parts] == [(0, 20_000, 2_000_000)]

    def test_one_byte_more_starts_a_second_part(self) -> None:
        """The control: one more row of one letter (3 bytes) goes alone into part two, with the header."""
        values = ["x" * 98] * 19_999 + ["y" * 86, "z"]

        parts = split_parts(company_frame(values), ["Firmenname"], "utf-8", 2_000_000)

        assert [(p.start, p.stop, len(p.data)) for p in parts] == [
            (0, 20_000, 2_000_000),
            (20_000, 20_001, 15),
        ]
        assert parts[1].data == b"Firmenname\r\nz\r\n"

    def test_row_of_exactly_the_limit_fits(self) -> None:
        """Kills ``sizes + head_bytes > limit`` → ``>=``: a row of 1,999,988 bytes beside the header fits."""
        parts = split_parts(company_frame(["x" * 1_999_986]), ["Firmenname"], "utf-8", 2_000_000)

        assert [(p.start, p.stop, len(p.data)) for p in parts] == [(0, 1, 2_000_000)]

    def test_row_one_byte_over_is_refused_with_its_index(self) -> None:
        """The control: one byte more and the row (index 1) cannot fit in any file."""
        with pytest.raises(ValueError, match=r"^1$"):
            split_parts(company_frame(["a", "x" * 1_999_987]), ["Firmenname"], "utf-8", 2_000_000)

    def test_first_part_is_cut_at_the_budget_not_one_byte_later(self) -> None:
        """Kills ``start, done = 0, 1``: rows of 4 and 2 bytes, budget 5: two parts, not one of 6 bytes."""
        parts = split_parts(company_frame(["ab", ""]), ["Firmenname"], "utf-8", HEAD + 5)

        assert [p.data for p in parts] == [b"Firmenname\r\nab\r\n", b"Firmenname\r\n\r\n"]

    def test_utf8_bytes_not_characters(self) -> None:
        """Umlauts count two bytes each in UTF-8: ``ää`` + CRLF is 6 bytes; an 18-byte limit takes one row."""
        parts = split_parts(company_frame(["ää", "ää"]), ["Firmenname"], "utf-8", HEAD + 6)

        assert [(p.start, p.stop) for p in parts] == [(0, 1), (1, 2)]
        assert parts[0].data == "Firmenname\r\nää\r\n".encode()

    def test_quoted_field_counts_its_quotes(self) -> None:
        """``a;"b`` is written ``"a;""b"`` + CRLF: 9 bytes; a limit of header + 9 takes it, + 8 does not."""
        frame = company_frame(['a;"b'])

        (part,) = split_parts(frame, ["Firmenname"], "utf-8", HEAD + 9)
        assert part.data == b'Firmenname\r\n"a;""b"\r\n'
        with pytest.raises(ValueError, match=r"^0$"):
            split_parts(frame, ["Firmenname"], "utf-8", HEAD + 8)


class TestAccountingBalance:
    """``balanced`` is true only when every non-empty cell is counted in exactly one place."""

    def intake(self) -> Intake:
        """Two rows of one column ``Firma``, both filled."""
        frame = pl.DataFrame({ROW: [1, 2], LINE: [2, 3], "Firma": ["A GmbH", "B AG"]})
        table = Table(frame=frame, columns=["Firma"], original_headers=["Firma"])
        return Intake(path=Path("k.csv"), size=0, sha256="", table=table, text_chars=0)

    def column(self, non_empty: int) -> ColumnMapping:
        """``Firma`` → Firmenname, with ``non_empty`` cells counted by the columns stage."""
        return ColumnMapping(
            0, "Firma", "Firmenname", "synonym", 1.0, non_empty=non_empty, destination="upload"
        )

    def test_one_uploaded_one_rejected_is_balanced(self) -> None:
        """The control: 1 cell in the upload, 1 in the rejected file, 2 non-empty."""
        result = accounting(self.intake(), [self.column(2)], moved_cells={}, rejected={2}, uploaded={1})

        assert result == {
            "cells_non_empty": 2,
            "cells_in_upload": 1,
            "cells_in_rejected": 1,
            "cells_in_unmapped": 0,
            "cells_not_written": 0,
            "balanced": True,
            "rows_not_written": 0,
        }

    def test_sum_short_of_the_non_empty_cells_is_not_balanced(self) -> None:
        """Kills ``balanced`` ignoring its own sum check: 2 placed, 3 non-empty claimed, none "lost"."""
        result = accounting(self.intake(), [self.column(3)], moved_cells={}, rejected={2}, uploaded={1})

        assert (result["cells_not_written"], result["balanced"]) == (0, False)

    def test_row_written_nowhere_is_lost(self) -> None:
        """Row 2 in neither file: its cell is not written and ``rows_not_written`` is 1."""
        result = accounting(self.intake(), [self.column(2)], moved_cells={}, rejected=set(), uploaded={1})

        assert (result["cells_not_written"], result["rows_not_written"], result["balanced"]) == (1, 1, False)


class TestAccountingTwoColumns:
    """Counts add up over columns and need no row of every status."""

    def intake(self) -> Intake:
        """Rows 1 and 2, ``Firma`` and ``Ort`` filled in both."""
        frame = pl.DataFrame({ROW: [1, 2], LINE: [2, 3], "Firma": ["A", "B"], "Ort": ["Bonn", "Köln"]})
        table = Table(frame=frame, columns=["Firma", "Ort"], original_headers=["Firma", "Ort"])
        return Intake(path=Path("k.csv"), size=0, sha256="", table=table, text_chars=0)

    def columns(self) -> list[ColumnMapping]:
        """Both columns go to the upload file, two non-empty cells each."""
        return [
            ColumnMapping(0, "Firma", "Firmenname", "synonym", 1.0, non_empty=2, destination="upload"),
            ColumnMapping(1, "Ort", "Ort 1", "synonym", 1.0, non_empty=2, destination="upload"),
        ]

    def test_lost_cells_of_every_column_are_added(self) -> None:
        """Kills ``counts["lost"] +=`` → ``=``: row 2 written nowhere loses 2 cells, one per column."""
        result = accounting(self.intake(), self.columns(), moved_cells={}, rejected=set(), uploaded={1})

        assert (result["cells_in_upload"], result["cells_not_written"], result["balanced"]) == (2, 2, False)

    def test_all_rows_rejected_leave_nothing_in_the_upload(self) -> None:
        """Kills the start value ``[1]`` for "uploaded": with no uploaded row the upload holds 0 cells."""
        result = accounting(self.intake(), self.columns(), moved_cells={}, rejected={1, 2}, uploaded=set())

        assert (result["cells_in_upload"], result["cells_in_rejected"], result["balanced"]) == (0, 4, True)


class TestAccountingCounts:
    """Each count of the accounting for a hand-made table, counted by hand."""

    def intake(self) -> Intake:
        """Rows 1-5; ``Kdnr`` filled in all but row 5 (blank), ``Fax`` in rows 1, 3 and 4."""
        frame = pl.DataFrame(
            {
                ROW: [1, 2, 3, 4, 5],
                LINE: [2, 3, 4, 5, 6],
                "Kdnr": ["1", "2", "3", "4", "  "],
                "Fax": ["f1", "", "f3", "f4", None],
            }
        )
        table = Table(frame=frame, columns=["Kdnr", "Fax"], original_headers=["Kdnr", "Fax"])
        return Intake(path=Path("k.csv"), size=0, sha256="", table=table, text_chars=0)

    def columns(self) -> list[ColumnMapping]:
        """``Kdnr`` → Kundennummer (4 non-empty cells), ``Fax`` unmapped (3)."""
        return [
            ColumnMapping(0, "Kdnr", "Kundennummer", "synonym", 1.0, non_empty=4, destination="upload"),
            ColumnMapping(1, "Fax", None, "unmapped", 0.0, non_empty=3, destination="unmapped"),
        ]

    def test_moved_rejected_and_lost_cells(self) -> None:
        """Kills mutants of the per-status sums and of ``_moved_counts``.

        Rows 1, 2 uploaded, row 3 rejected, row 4 written nowhere, row 5 blank. ``Kdnr`` of rows 1,
        3 and 4 was moved to the unmapped file. By hand: upload = Kdnr 2 = 1; rejected = Kdnr 3 +
        Fax 3 = 2 (a rejected row's moved cell stays in the rejected file); unmapped = Kdnr 1 and 4
        (moved) + Fax 1 and 4 (unmapped column) = 4; lost = 0; 7 non-empty cells in all.
        """
        result = accounting(
            self.intake(), self.columns(), moved_cells={0: {1, 3, 4}}, rejected={3}, uploaded={1, 2}
        )

        assert result == {
            "cells_non_empty": 7,
            "cells_in_upload": 1,
            "cells_in_rejected": 2,
            "cells_in_unmapped": 4,
            "cells_not_written": 0,
            "balanced": True,
            "rows_not_written": 2,
        }

    def test_cell_of_a_row_written_nowhere_is_lost(self) -> None:
        """Kills mutants that count a not-moved cell of an unwritten row elsewhere: Kdnr 4 is lost."""
        result = accounting(
            self.intake(), self.columns(), moved_cells={0: {1}}, rejected={3}, uploaded={1, 2}
        )

        assert (
            result["cells_in_upload"],
            result["cells_in_rejected"],
            result["cells_in_unmapped"],
            result["cells_not_written"],
            result["balanced"],
        ) == (1, 2, 3, 1, False)

    def test_no_columns(self) -> None:
        """A file without columns: nothing to count, balanced."""
        result = accounting(self.intake(), [], moved_cells={}, rejected=set(), uploaded={1, 2, 3, 4, 5})

        assert (result["cells_non_empty"], result["balanced"], result["rows_not_written"]) == (0, True, 0)


class TestRejectedReasons:
    """The rejected file's reason column: ``column: message``, or the message alone for a row-wide error."""

    def test_row_wide_error_gives_its_message_alone(self) -> None:
        """Kills ``.otherwise(pl.col("message"))`` → ``.otherwise(None)``: a reason without column is kept."""
        frame = pl.DataFrame({ROW: [1, 2], LINE: [2, 3], "Firma": ["A GmbH", "B AG"]})
        table = Table(frame=frame, columns=["Firma"], original_headers=["Firma"])
        intake = Intake(path=Path("k.csv"), size=0, sha256="", table=table, text_chars=0)
        issues = IssueList.of([finding("name-missing", row=2, line=3)])
        message = issues[0].message

        rendered = render_rejected(issues, {2}, intake)

        assert rendered is not None
        assert csv_rows(b"".join(rendered), "utf-8-sig") == [
            ["Zeile", "Ablehnungsgrund", "Firma"],
            ["2", message, "B AG"],
        ]
        assert message.startswith("Weder Firmenname noch Nachname ist gefüllt.")


class TestEndToEnd:
    """Whole runs whose outputs are compared with values written out by hand."""

    def test_extra_fields_of_a_too_long_row_reach_the_rejected_file(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Kills the mutant that drops the extra columns from the rejected file: ``extra1``, ``extra2`` stay.

        The too-long row is rejected for its customer number 99 (outside 10000–69999).
        """
        data = "Kundennummer;Firmenname\r\n10001;Müller GmbH\r\n99;Lang KG;extra1;extra2\r\n"
        out = tmp_path / "out"

        check(write_input("k.csv", data.encode()), out)

        rows = csv_rows((out / "k.rejected.csv").read_bytes(), "utf-8-sig")
        assert len(rows) == 2
        assert rows[1][0] == "3"
        assert rows[1][2:] == ["99", "Lang KG", "extra1", "extra2"]

    @pytest.mark.parametrize(("postcode", "rejected"), [("9490", False), ("94901", True), ("949", True)])
    def test_liechtenstein_postcodes_have_four_digits(
        self, write_input: WriteInput, tmp_path: Path, postcode: str, rejected: bool
    ) -> None:
        """Kills the mutant that drops LI from the 4-digit countries: 9490 Vaduz is valid, 94901, 949 not."""
        data = f"Firmenname;PLZ 1;Ort 1;Land 1\r\nHilti AG;{postcode};Vaduz;LI\r\n"
        out = tmp_path / "out"

        check(write_input("k.csv", data.encode()), out)

        assert (out / "k.rejected.csv").exists() is rejected
        assert (out / "k.kunden.csv").exists() is not rejected

    def test_email_local_part_of_64_characters_is_valid(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Kills an off-by-one at RFC 5321's 64-character local part: such an address is uploaded as given."""
        address = "a" * 64 + "@example.de"
        out = tmp_path / "out"

        check(write_input("k.csv", f"Firmenname;E-Mail 1\r\nA GmbH;{address}\r\n".encode()), out)

        assert csv_rows((out / "k.kunden.csv").read_bytes()) == [
            ["Firmenname", "E-Mail 1"],
            ["A GmbH", address],
        ]

    def test_mojibake_hidden_by_a_zero_width_space_is_repaired(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Kills the mutant that drops the second mojibake repair (after the whitespace clean-up).

        ``MÃ¼ller`` with a zero-width space inside the mojibake pair is left alone by the first
        pass; once the space is removed the second pass makes it ``Müller``.
        """
        out = tmp_path / "out"
        data = "Firmenname;Ort 1\r\nM\u00c3\u200b\u00bcller GmbH;K\u00c3\u00b6ln\r\n"

        check(write_input("k.csv", data.encode()), out)

        assert csv_rows((out / "k.kunden.csv").read_bytes()) == [
            ["Firmenname", "Ort 1"],
            ["Müller GmbH", "Köln"],
        ]

    def test_plain_issue_value_is_escaped_in_the_html_report(
        self, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Kills ``|safe`` on an issue's plain value: a finding without a fix shows the markup as text."""
        payload = "<img src=x onerror=alert(1)>@x.de"
        out = tmp_path / "out"

        check(write_input("k.csv", f"Firmenname;E-Mail 1\r\nA GmbH;{payload}\r\n".encode()), out)

        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))
        plain = [i for i in report["issues"] if i.get("value") == payload and i.get("fixed_value") is None]
        assert plain, "the payload must reach the report as a plain value (else this test proves nothing)"
        html = (out / "k.report.html").read_text(encoding="utf-8")
        assert "<img src=x" not in html
        assert '<span class="val">&lt;img src=x onerror=alert(1)&gt;@x.de</span>' in html


class TestMaskedReport:
    """``--mask``: a fix's value before and after is masked by its column's kind in the HTML report."""

    def test_phone_fix_is_masked_as_a_phone_number(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Kills masking the fixed value without its column (kind "other" would show ``+***``).

        ``0351 1234567`` → ``+493511234567`` (``--phone-format e164``); a phone number keeps its
        last two digits and its layout: ``**** *****67`` → ``+**********67`` (10 stars).
        """
        out = tmp_path / "out"
        data = "Firmenname;Telefon 1\r\nA GmbH;0351 1234567\r\n"

        check(write_input("k.csv", data.encode()), out, phone_format="e164", mask=True)

        html = (out / "k.report.html").read_text(encoding="utf-8")
        assert '<td class="value"><del>**** *****67</del> → <ins>+**********67</ins>' in html
        assert "+493511234567</ins>" not in html


class TestFileWideFinding:
    """A finding about the whole file has no row and no line: the report shows a dash, not a number."""

    def test_row_and_line_shown_as_dashes(self, write_input: WriteInput, tmp_path: Path) -> None:
        """Kills ``or 0`` → ``or 1`` for row and line: no row 1 invented; the file-wide filter entry is 0."""
        out = tmp_path / "out"
        check(write_input("k.csv", b"Firmenname\r\nA GmbH\r\n"), out)
        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))
        report["issues"] = [
            {
                "code": "x-file",
                "severity": "warning",
                "message": "Datei als Ganzes",
                "row": None,
                "line": None,
            }
        ]

        page = render_report(report, CATALOG)

        assert (
            '<tr data-severity="warning" data-column="0">\n<td class="num">–</td>\n<td class="num">–</td>'
            in page
        )


class TestFindingsTableRows:
    """Findings table rows for findings another tool may write into a JSON report, by hand."""

    def page(self, tmp_path: Path, write_input: WriteInput) -> str:
        """A real report whose findings are replaced by a no-op fix and a finding without message."""
        out = tmp_path / "out"
        check(write_input("k.csv", b"Firmenname\r\nA GmbH\r\n"), out)
        report = json.loads((out / "k.report.json").read_text(encoding="utf-8"))
        report["issues"] = [
            {
                "code": "x-same",
                "severity": "fix",
                "row": 2,
                "line": 2,
                "column": "Ort 1",
                "value": "Köln",
                "fixed_value": "Köln",
            },
            {
                "code": "x-nomsg",
                "severity": "warning",
                "row": 3,
                "line": 4,
                "column": "Ort 1",
                "value": "Bonn",
            },
        ]
        return render_report(report, CATALOG)

    def test_fix_that_changes_nothing_shows_the_value_once(
        self, tmp_path: Path, write_input: WriteInput
    ) -> None:
        """Kills ``fixed is not None and fixed != raw`` → ``or`` / ``or True``: no ``Köln → Köln``."""
        assert (
            '<tr data-severity="fix" data-column="0">\n<td class="num">2</td>\n<td class="num">2</td>\n'
            '<td>Ort 1</td>\n<td class="value"><span class="val">Köln</span></td>\n'
            '<td><span class="sev sev-fix">Korrektur</span></td>\n<td></td>\n'
        ) in self.page(tmp_path, write_input)

    def test_finding_without_message_has_an_empty_message_cell(
        self, tmp_path: Path, write_input: WriteInput
    ) -> None:
        """Kills the default message ``""`` → ``"XXXX"``: the message cell stays empty."""
        assert (
            '<tr data-severity="warning" data-column="0">\n<td class="num">3</td>\n<td class="num">4</td>\n'
            '<td>Ort 1</td>\n<td class="value"><span class="val">Bonn</span></td>\n'
            '<td><span class="sev sev-warning">Warnung</span></td>\n<td></td>\n'
        ) in self.page(tmp_path, write_input)


class TestSalutationLength:
    """Anrede's 25-character limit comes from its catalog column (``max_length``), no separate setting."""

    @pytest.mark.parametrize(("length", "rejected"), [(25, False), (26, True)])
    def test_salutation_of_25_characters_is_the_limit(
        self, write_input: WriteInput, tmp_path: Path, length: int, rejected: bool
    ) -> None:
        """25 characters upload; 26 are rejected as too long (the dead ``salutation_max_length`` is gone)."""
        salutation = "Frau Prof. Dr. Dr. h. c. " + "x" * (length - 25)
        assert len(salutation) == length
        data = f"Anrede;Vorname;Nachname\r\n{salutation};Eva;Muster\r\n"
        out = tmp_path / "out"

        check(write_input("k.csv", data.encode()), out)

        assert (out / "k.rejected.csv").exists() is rejected
        if rejected:
            assert "value-too-long" in (out / "k.report.json").read_text(encoding="utf-8")

    def test_catalog_has_no_salutation_setting(self) -> None:
        """The settings a catalog file may hold, written out by hand: no key that nothing reads."""
        assert sorted(CATALOG.settings) == [
            "customer_number_max",
            "customer_number_min",
            "supplier_number_max",
            "supplier_number_min",
            "upload_limit_bytes",
        ]
        assert CATALOG.get("Anrede").max_length == 25


class TestIntake:
    """Encoding and header mapping at their boundaries."""

    def test_utf32_le_bom_is_not_taken_for_utf16(self) -> None:
        """Kills the mutant that checks the UTF-16 LE BOM (FF FE) before UTF-32 LE's (FF FE 00 00)."""
        data = codecs.BOM_UTF32_LE + "Name;Ort\r\nMüller;Köln\r\n".encode("utf-32-le")

        info = detect_encoding(data)

        assert (info.name, info.bom) == ("utf-32-le", True)
        assert decode(data, info) == "Name;Ort\r\nMüller;Köln\r\n"

    def test_utf32_be_bom(self) -> None:
        """The big-endian order: FE FF … would not decode as UTF-16 BE text either."""
        data = codecs.BOM_UTF32_BE + "Name;Ort\r\n".encode("utf-32-be")

        assert decode(data, detect_encoding(data)) == "Name;Ort\r\n"

    @pytest.mark.parametrize(
        ("header", "target", "method"),
        [("Nme", None, "unmapped"), ("Ortt", "Ort 1", "fuzzy"), ("Nachnme", "Nachname", "fuzzy")],
    )
    def test_fuzzy_mapping_needs_four_letters(self, header: str, target: str | None, method: str) -> None:
        """Kills the fuzzy length limit's off-by-one: "Nme" (3 letters) is only suggested, "Ortt" (4) is."""
        (column,) = map_headers([header], CATALOG)

        assert (column.target, column.method) == (target, method)
