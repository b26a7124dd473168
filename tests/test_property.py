"""Property tests (issue 4): messy contact files never lose a cell, and every upload file is ready.

Hypothesis writes contact files the way real exports look (lexoffice names, Faktura synonyms,
unknown columns, blanks, padding, umlauts, quotes, delimiters and line breaks inside values,
formula-like cells, numbers in and out of range and repeated), in UTF-8, UTF-8 with BOM or
cp1252, with ``;`` ``,`` or TAB, CRLF or LF, every field quoted or minimal quoting. After
``check_file`` the *written* files are read back and checked against the generated data:

1. accounting: every non-blank row is in exactly one of "uploaded" (one or both upload files)
   and "rejected"; every non-empty cell is in an upload file (unchanged, or as logged by a fix),
   the rejected file or the unmapped file; the report's numbers agree and ``balanced`` is true;
2. every upload file is at most 2,000,000 bytes (a large file is split into parts);
3. every upload file re-reads cleanly: catalog header names in catalog order, ``;``, and as
   many records as the report says.

A fourth property feeds arbitrary bytes to the intake: a table or InputUnusableError, nothing else.
The bugs these properties found (cp1252 typography read as cp850, headers "*" and "^…$",
zero-width-only cells) have regression tests at the end.

``make fuzz`` runs these with the ``fuzz`` profile (``HYPOTHESIS_PROFILE=fuzz``, tests/conftest.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from importer.catalog import load_catalog
from importer.errors import InputUnusableError
from importer.intake import UPLOAD_LIMIT, intake_bytes, read_contacts
from importer.pipeline import CheckOptions, CheckResult, check_file
from importer.report import build_report
from importer.rows import SET_ASIDE_CODES

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
CATALOG = load_catalog()
BOM = b"\xef\xbb\xbf"
ROW_HEADER, REASON_HEADER = "Zeile", "Ablehnungsgrund"
SALUTATION_WORDS = {"herr", "herrn", "hr", "frau", "fr"}

# --- generated values -----------------------------------------------------------------------

#: Characters cp1252 can hold: ASCII letters and digits, umlauts and other Latin letters,
#: typographic quotes, the euro sign, and CSV's trouble makers (quotes, delimiters, line breaks).
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "äöüÄÖÜßéèñøÅç€„“”‚‘’–"
    " \u00a0\t\n\r\"';,.-+=@/&()|"
)
#: Characters cp1252 cannot hold (only in UTF-8 files): Polish and Czech letters, Greek, CJK,
#: an emoji, a combining accent and the ohm sign (both changed by NFC).
WIDE = "łŁćčřΩ中😀\u0301\u2126"
PADDING = ["", " ", "  ", "\t", "\u00a0", " \u00a0 "]
FORMULAS = ["=SUMME(A1:A3)", "=1+1", "+49 30 1234567", "-5", "-", "@home", '=HYPERLINK("x")', "+"]

#: cp1252 typography. In random text of a cp1252 file ("xiq€Q„x") it is no better evidence for
#: cp1252 than its cp850 reading ("xiqÇQäx") is for cp850, so there it only comes in real words
#: ("Café „Zur Post“", see KINDS); UTF-8 files get it anywhere.
TYPOGRAPHY = "€„“”‚‘’–"
FREE_TEXT = {
    "utf-8": st.text(alphabet=ALPHABET + WIDE, max_size=24),
    "cp1252": st.text(alphabet="".join(ch for ch in ALPHABET if ch not in TYPOGRAPHY), max_size=24),
}
blank = st.sampled_from(["", "", "", " ", "  ", "\t", "\u00a0"])


def _digits(width: int) -> Callable[[int], str]:
    return lambda n: str(n).zfill(width)


KINDS: dict[str, st.SearchStrategy[str]] = {
    "customer": st.one_of(
        st.sampled_from(["10001", "10002", "10003", "69999", "10000"]),  # repeated on purpose
        st.integers(10000, 69999).map(str),
        st.integers(0, 9999).map(str),
        st.integers(70000, 999_999).map(str),
        st.sampled_from(["K-10001", "1,0E+04", "010001", "10001.0", "1 0001"]),
    ),
    "supplier": st.one_of(
        st.sampled_from(["70001", "70002", "79999", "70000"]),
        st.integers(70000, 79999).map(str),
        st.integers(0, 69999).map(str),
        st.integers(80000, 999_999).map(str),
        st.sampled_from(["L-70001", "7000"]),
    ),
    "company": st.sampled_from(
        [
            "Bäckerei Müller GmbH",
            "ACME AG",
            "Café „Zur Post“",
            "Müller & Söhne; KG",
            "Firma\nZweigstelle Nord",
            'Der "Laden" e.K.',
            "Ñandú S.L.",
            "Bjørn Ølsen ApS",
        ]
    ),
    "salutation": st.sampled_from(
        ["Herr", "Frau", "herrn", "Hr.", "Fr.", "FRAU", "Firma", "Fa.", "Divers", "Herr Dr.", "x" * 30]
    ),
    "first": st.sampled_from(["Anna", "Jürgen", "José", "Øystein", "Hans-Peter", "Zoë", "Dr. Eva"]),
    "last": st.sampled_from(["Müller", "Meier", "Núñez", "Groß", "von der Leyen", "Nowak", "O'Brien"]),
    "street": st.sampled_from(["Hauptstraße 5", "Königsallee 1a", "Rue de la Paix 3", "Am Bach", "Weg 7"]),
    "postcode": st.one_of(
        st.integers(0, 99999).map(_digits(5)),
        st.integers(1000, 9999).map(str),
        st.sampled_from(["12345 Berlin", "D-12345", "ABC", "123456", "01067"]),
    ),
    "city": st.sampled_from(["Berlin", "München", "Köln", "Zürich", "São Paulo", "Ærø", "Frankfurt a. M."]),
    "country": st.sampled_from(
        ["DE", "Deutschland", "deutschland", "AT", "Österreich", "CH", "Schweiz", "Frankreich", "D", "XX"]
    ),
    "email": st.one_of(
        st.sampled_from(
            [
                "anna@example.de",
                "info@müller-gmbh.de",
                "a@b.de, c@d.de",
                "a@b.de;c@d.de",
                "kein@",
                "mail at example.de",
                "A@B.DE",
            ]
        ),
        st.builds("{}@{}.de".format, st.sampled_from(["anna", "j.mueller", "x_y"]), st.sampled_from("abc")),
    ),
    "phone": st.sampled_from(["+49 30 123456", "030/123456", "4,91E+11", "0171 1234567", "(030) 12 34"]),
    "vat": st.sampled_from(["DE123456789", "ATU12345678", "DE 123 456 789", "123", "CHE-123.456.789"]),
    "text": st.sampled_from(["DE89 3704 0044 0532 0130 00", "Stammkunde", "Rabatt 3 %; netto", "K-17"]),
    "house-number": st.one_of(st.integers(1, 300).map(str), st.sampled_from(["12a", "3-5", "7 b"])),
    "postcode-city": st.sampled_from(["12345 Berlin", "1010 Wien", "Berlin", "12345", "80331  München"]),
    "contact": st.sampled_from(
        ["Herr Dr. Hans Meier", "Frau Anna Schmidt", "Meier, Hans", "Herr und Frau Meier", "Hans", "Fr."]
    ),
}

#: Header → kind of its values: lexoffice's exact names, Faktura synonyms, unknown columns and
#: columns merged into others (house number, "PLZ Ort", one-cell contact person).
HEADERS: dict[str, str] = {
    "Kundennummer": "customer",
    "Lieferantennummer": "supplier",
    "Firmenname": "company",
    "Anrede": "salutation",
    "Vorname": "first",
    "Nachname": "last",
    "Straße 1": "street",
    "PLZ 1": "postcode",
    "Ort 1": "city",
    "Land 1": "country",
    "E-Mail 1": "email",
    "E-Mail 2": "email",
    "Telefon 1": "phone",
    "Umsatzsteuer ID": "vat",
    "Steuernummer": "text",
    "Adresszusatz 1": "text",
    "Ansprechpartner 1 Nachname": "last",
    "Ansprechpartner 1 E-Mail": "email",
    "Firma": "company",
    "Name": "last",
    "Postleitzahl": "postcode",
    "Email": "email",
    "EG ID": "vat",
    "Liefer. Strasse": "street",
    "Matchcode": "text",
    "IBAN": "text",
    "Bemerkung": "text",
    "Telefax": "phone",
    "*": "text",  # polars reads "*" and "^…$" as patterns unless the tool guards its column names
    "^Notiz$": "text",
    "Hausnummer": "house-number",
    "PLZ Ort": "postcode-city",
    "Ansprechpartner": "contact",
}


def cell(kind: str, encoding: str = "utf-8") -> st.SearchStrategy[str]:
    """A value of ``kind``, blank, padded with whitespace, formula-like or any text."""
    typical = KINDS[kind]
    padded = st.tuples(st.sampled_from(PADDING), typical, st.sampled_from(PADDING)).map("".join)
    free_text = FREE_TEXT["cp1252" if encoding == "cp1252" else "utf-8"]
    return st.one_of(typical, blank, typical, padded, typical, st.sampled_from(FORMULAS), free_text)


@dataclass(frozen=True, repr=False)
class Messy:
    """A generated input file and the table it holds."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str
    newline: str
    quote_all: bool
    data: bytes

    def __repr__(self) -> str:
        """The whole file when small (a falsifying example to paste), else its start."""
        style = f"encoding={self.encoding!r}, delimiter={self.delimiter!r}, newline={self.newline!r}"
        if len(self.data) <= 4000:
            return f"Messy({style}, quote_all={self.quote_all}, data={self.data!r})"
        return f"Messy({style}, {len(self.rows)} rows, {len(self.data)} bytes, start={self.data[:1500]!r})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis prints falsifying examples with this (not field by field)."""
        printer.text(repr(self))


def render(headers: list[str], rows: list[list[str]], style: tuple[str, str, str, bool]) -> bytes:
    """Write the table with Python's csv module, as export tools do."""
    encoding, delimiter, newline, quote_all = style
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator=newline,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def fits(value: str, encoding: str) -> str:
    """``value`` without the characters ``encoding`` cannot hold."""
    return value.encode(encoding, errors="ignore").decode(encoding)


def is_ambiguous(data: bytes, encoding: str) -> bool:
    """A cp1252 file whose bytes also happen to be valid UTF-8 ("Ã¼"): no reader can tell them apart."""
    if encoding != "cp1252" or data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


styles = st.tuples(
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["\r\n", "\n"]),
    st.booleans(),
)


def make_messy(headers: list[str], rows: list[list[str]], style: tuple[str, str, str, bool]) -> Messy:
    """The file for ``rows`` in ``style``; cp1252 files only get characters cp1252 holds."""
    encoding, _delimiter, newline, quote_all = style
    if encoding == "cp1252":
        rows = [[fits(v, encoding) for v in row] for row in rows]
    if newline == "\n" and not quote_all:
        # Python's csv writer leaves a lone CR unquoted when the line terminator is LF
        rows = [[v.replace("\r", "") for v in row] for row in rows]
    data = render(headers, rows, style)
    assume(not is_ambiguous(data, encoding))
    # the generator itself: Python's csv module reads its own file back exactly
    text = data.decode("utf-8-sig" if encoding.startswith("utf-8") else encoding)
    assert list(csv.reader(io.StringIO(text, newline=""), delimiter=style[1])) == [headers, *rows]
    return Messy(headers, rows, encoding, style[1], style[2], style[3], data)


@st.composite
def messy_files(draw: st.DrawFn) -> Messy:
    """A small messy contact file: 2–11 columns (mostly with a name and a number column), 1–12 rows."""
    headers = draw(st.lists(st.sampled_from(list(HEADERS)), min_size=2, max_size=8, unique=True))
    name = draw(st.sampled_from(["Firmenname", "Firma", "Nachname", "Name", None]))
    numbers = draw(
        st.sampled_from([[], ["Kundennummer"], ["Lieferantennummer"], ["Kundennummer", "Lieferantennummer"]])
    )
    for extra in [name, *numbers]:
        if extra is not None and extra not in headers:
            headers.insert(draw(st.integers(0, len(headers))), extra)
    count = draw(st.integers(1, 12))
    style = draw(styles)
    rows = [[draw(cell(HEADERS[h], style[0])) for h in headers] for _ in range(count)]
    return make_messy(headers, rows, style)


#: Values every row of a large file may share (valid, so that most rows upload).
VALID: dict[str, list[str]] = {
    "Vorname": ["Anna", "Jürgen", "José"],
    "Nachname": ["Müller", "Groß", "Núñez"],
    "Straße 1": ["Hauptstraße 5", "Königsallee 1a"],
    "PLZ 1": ["10115", "01067", "80331"],
    "Ort 1": ["Berlin", "München", "Köln"],
    "E-Mail 1": ["info@example.de", "anna@müller.de"],
    "Bemerkung": ["Stammkunde", '=HYPERLINK("x")', "Rabatt 3 %; netto\nab 2024"],
}


@st.composite
def large_files(draw: st.DrawFn) -> Messy:
    """A few thousand rows repeated from one drawn template, numbered so that most of them upload.

    Every row has a long company name (within its 255 characters), so the customers' upload file
    exceeds 2,000,000 bytes
    and must be split. Every 7th row is also a supplier, every 50th only a supplier, every
    97th has an out-of-range Kundennummer (rejected).
    """
    extra = draw(
        st.lists(
            st.sampled_from(["Vorname", "Nachname", "Straße 1", "PLZ 1", "Ort 1", "E-Mail 1"]),
            max_size=4,
            unique=True,
        )
    )
    headers = ["Kundennummer", "Lieferantennummer", "Firmenname", "Bemerkung", *extra]
    words = draw(
        st.lists(
            st.sampled_from(
                ["Bäckerei", "Müller", "Groß", "Café", "Zur Post", "Øster", "Señor", "&", "GmbH"]
            ),
            min_size=1,
            max_size=8,
        )
    )
    company = " ".join(words) + " "
    # ≥ 240 characters, so ≥ 240 bytes; at most 250 with the row number (Firmenname: 255 at most)
    company = (company * (1 + 245 // len(company)))[:245].strip()
    template = {h: draw(st.sampled_from(VALID[h])) for h in extra}
    note = draw(st.sampled_from(VALID["Bemerkung"]))
    count = draw(st.integers(8500, 9500))
    rows = []
    for i in range(count):
        customer = "" if i % 50 == 49 else str(10000 + i)
        if i % 97 == 96:
            customer = str(i)  # below 10000: rejected
        supplier = str(70000 + i) if i % 7 == 0 or i % 50 == 49 else ""
        values = {
            "Kundennummer": customer,
            "Lieferantennummer": supplier,
            "Firmenname": f"{company} {i}",
            "Bemerkung": note if i % 3 == 0 else "",
        }
        values |= {h: template[h] for h in extra}
        rows.append([values[h] for h in headers])
    return make_messy(headers, rows, draw(styles))


# --- reading the outputs back ---------------------------------------------------------------


def read_table(path: Path) -> list[list[str]]:
    """A rejected or unmapped file: UTF-8 with BOM, ``;``, CRLF."""
    raw = path.read_bytes()
    assert raw.startswith(BOM), path
    text = raw[len(BOM) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";", strict=True))


#: Excel's text marker before a number ("'+49 351 …", "'01067"): written as given.
_NUMBER_MARKER = re.compile(r"^'(?:\+|\(\+?)?[0-9](?:[0-9\s()/.\-]*[0-9])?$")


def excel_safe(value: str) -> str:
    """How the rejected and unmapped files show a value: a leading ' keeps Excel from running it
    (OWASP); before a value's own apostrophes too ("'+Plus", "'\\r"), which Excel would take for
    its text marker and a correction round removes, but not before Excel's text marker before a
    number."""
    if _NUMBER_MARKER.match(value):
        return value
    return "'" + value if re.match(r"^'*[=+\-@\t\r]", value) else value


def filled(value: str) -> bool:
    """A non-empty cell, as the tool counts it (whitespace only is empty)."""
    return bool(value.strip())


def tokens_found(value: str, row_text: str) -> bool:
    """Every word of a merged value (house number, "PLZ Ort", contact person) is in the uploaded row."""
    text = unicodedata.normalize("NFC", row_text).casefold()
    # "Meier, Hans" and "0,0" are split at the comma: words are separated by spaces and commas.
    for token in re.split(r"[\s,]+", unicodedata.normalize("NFC", value)):
        word = token.casefold()
        if word and word not in text and word.rstrip(".") not in SALUTATION_WORDS:
            return False
    return True


@dataclass
class Upload:
    """The upload parts of one role, read back and joined."""

    header: list[str]
    rows: list[dict[str, str]]


def read_uploads(report: dict[str, Any]) -> dict[str, Upload]:
    """Check every upload part (size, encoding, ``;``, header, record count) and join each role's parts."""
    found: dict[str, Upload] = {}
    for entry in report["outputs"]["upload"]:
        path = Path(entry["path"])
        data = path.read_bytes()
        assert len(data) == entry["bytes"]
        assert len(data) <= UPLOAD_LIMIT, f"{path.name}: {len(data)} bytes"
        role = entry["role"]
        intake = read_contacts(path)
        header = intake.table.columns
        assert intake.encoding.name in ("utf-8", "ascii")
        assert intake.dialect.delimiter == ";"
        assert intake.table.original_headers == header
        assert intake.table.records == entry["rows"] > 0
        assert not intake.table.issues, intake.table.issues
        role_names = CATALOG.names(role)
        assert header, path.name
        assert all(h in role_names for h in header), header
        assert header == [n for n in role_names if n in header], "catalog order"
        assert data.split(b"\r\n", 1)[0] == ";".join(header).encode("utf-8")
        rows = [dict(zip(header, r, strict=True)) for r in intake.table.frame.select(header).rows()]
        if role in found:
            assert found[role].header == header, "every part has the same header"
            found[role].rows.extend(rows)
        else:
            found[role] = Upload(header, rows)
    return found


# --- the check ------------------------------------------------------------------------------


def check_messy(messy: Messy) -> None:
    """Run ``check_file`` on ``messy`` and hold the written files against the generated table."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "kontakte.csv"
        source.write_bytes(messy.data)
        if not any("".join(row).strip() for row in messy.rows):
            # only blank rows: nothing to import, and nothing to lose
            with pytest.raises(InputUnusableError):
                check_file(source, CheckOptions(out_dir=folder))
            return
        result = check_file(source, CheckOptions(out_dir=folder))
        report = json.loads(result.outputs.report_json.read_text("utf-8"))
        verify(messy, report, fixed_cells(result))


def fixed_cells(result: CheckResult) -> list[tuple[int, str | None, str | None]]:
    """(row, column, new value) of every fix, of every warning that filled a value (Land 1
    from the row's hints, country-from-hints) and of every warning that set a value aside (a
    phone number Excel wrote as 4,91E+11, emptied): the report lists each distinct change once,
    with its first rows; the result has every cell."""
    return [
        (i.row, i.column, i.fixed_value)
        for i in result.issues
        if i.severity.value == "fix" or i.fixed_value is not None or i.code in SET_ASIDE_CODES
    ]


@dataclass
class Expected:
    """The generated table as the tool must see it, and how the report mapped its columns."""

    #: the source column names, as the tool keys them (unique: a header "*" becomes "* (Spalte 3)")
    headers: list[str]
    #: spreadsheet row (header = 1) → values; rows of blanks only are skipped but keep their number
    records: dict[int, list[str]]
    destination: dict[str, str]
    target: dict[str, str | None]

    def value(self, row: int, header: str) -> str:
        """The generated cell of ``row`` under ``header``."""
        return self.records[row][self.headers.index(header)]


def verify(messy: Messy, report: dict[str, Any], fixes: list[tuple[int, str | None, str | None]]) -> None:
    """Assertions 1–3 of the module docstring, against the written files; ``fixes``: every fixed cell."""
    columns = report["columns"]
    seen = Expected(
        [c["source"] for c in columns],
        {i + 2: row for i, row in enumerate(messy.rows) if "".join(row).strip()},
        {c["source"]: c["destination"] for c in columns},
        {c["source"]: c["target"] for c in columns},
    )
    assert report["rows"]["read"] == len(seen.records)
    assert report["dialect"]["delimiter"] == messy.delimiter
    assert [c.get("original", c["source"]) for c in columns] == messy.headers

    rejected = verify_rejected(seen, report)
    uploaded = sorted(set(seen.records) - rejected)
    assert report["rows"]["rejected"] == len(rejected)
    assert report["rows"]["uploaded"] == len(uploaded)
    moved = verify_unmapped(seen, report, uploaded)
    roles = verify_uploads(seen, report, uploaded, fixes, moved)
    verify_accounting(seen, report, uploaded, rejected, moved)
    verify_fix_counts(report, fixes)

    # shown by ``pytest --hypothesis-show-statistics``: what the examples exercised
    event(f"encoding {report['encoding']['name']}")
    event("rows: " + ", ".join(k for k, v in (("uploaded", uploaded), ("rejected", rejected)) if v))
    event("roles: " + ", ".join(sorted(roles)))
    event("with unmapped file" if report["outputs"]["unmapped"] else "no unmapped file")
    event("with fixes" if report["fixes"] else "no fixes")
    merged = any(d.startswith("merged:") for d in seen.destination.values())
    event("with merged column" if merged else "no merged column")


def verify_rejected(seen: Expected, report: dict[str, Any]) -> set[int]:
    """The rejected file: Zeile, Ablehnungsgrund, then every original column, values Excel-safe."""
    rejected: set[int] = set()
    if report["outputs"]["rejected"] is not None:
        table = read_table(Path(report["outputs"]["rejected"]))
        assert table[0] == [ROW_HEADER, REASON_HEADER, *seen.headers]
        for line in table[1:]:
            row = int(line[0])
            assert row in seen.records, row
            assert row not in rejected, f"row {row} rejected twice"
            assert line[1].strip(), f"row {row} rejected without a reason"
            assert line[2:] == [excel_safe(v) for v in seen.records[row]], row
            rejected.add(row)
    errors = {i["row"] for i in report["issues"] if i["severity"] == "error" and i["row"] > 1}
    assert rejected == errors, "rejected exactly the rows with an error"
    return rejected


def verify_unmapped(seen: Expected, report: dict[str, Any], uploaded: list[int]) -> set[tuple[int, str]]:
    """The unmapped file: Zeile and each unmapped column, for every uploaded row with a value there.

    A rejected row keeps all its cells in the rejected file: each cell lands in one file only.
    Values are Excel-safe, as in the rejected file. Returns the (row, source column) cells the
    cleaning moved here out of a mapped column.
    """
    columns = [h for h in seen.headers if seen.destination[h] == "unmapped"]
    expected = {
        row: [excel_safe(seen.value(row, h)) for h in columns]
        for row in uploaded
        if any(filled(seen.value(row, h)) for h in columns)
    }
    if report["outputs"]["unmapped"] is None:
        assert not expected, "values of unmapped columns, but no unmapped file"
        return set()
    table = read_table(Path(report["outputs"]["unmapped"]))
    width = 1 + len(columns)
    assert table[0][:width] == [ROW_HEADER, *columns]
    # After the unmapped columns: values the cleaning took out of a mapped cell ("Anrede
    # (entfernt)": "Firma" on a company row; "… (nicht übernommen)": an unused merge input;
    # "… (ganze Zelle)": a cell of three addresses, whose first is uploaded).
    moved = {}
    for name in table[0][width:]:
        source, _, kind = name.rpartition(" (")
        assert kind in ("entfernt)", "nicht übernommen)", "ganze Zelle)"), name
        assert source in seen.headers, name
        moved[name] = source
    found = {int(line[0]): line for line in table[1:]}
    for row, values in expected.items():
        assert found[row][1:width] == values, row
    for row, line in found.items():
        if row not in expected:
            # a row here for a moved value only: its unmapped cells are the input's blank ones,
            # written Excel-safe like any (a TAB as "'\t")
            assert line[1:width] == [excel_safe(seen.value(row, h)) for h in columns], row
            assert not any(filled(seen.value(row, h)) for h in columns), row
            assert any(filled(v) for v in line[width:]), row
        for name, value in zip(moved, line[width:], strict=True):
            assert not filled(value) or value == excel_safe(seen.value(row, moved[name])), (row, name)
    return {
        (row, moved[name])
        for row, line in found.items()
        for name, value in zip(moved, line[width:], strict=True)
        if filled(value)
    }


#: A contact person's column → the row's own it becomes on a row without a company or name.
CONTACT_TO_OWN: Final = {
    "Ansprechpartner 1 Anrede": "Anrede",
    "Ansprechpartner 1 Vorname": "Vorname",
    "Ansprechpartner 1 Nachname": "Nachname",
    "Ansprechpartner 1 E-Mail": "E-Mail 1",
    "Ansprechpartner 1 Telefon": "Telefon 1",
}


#: Number cells that say there is no number (the README's number-placeholder-removed).
_NO_NUMBER_WORDS: Final = frozenset(
    {"k.a.", "k.a", "keine", "kein", "keiner", "n/a", "n.a.", "unbekannt", "unknown", "none", "null", "tbd"}
)


def verify_uploads(
    seen: Expected,
    report: dict[str, Any],
    uploaded: list[int],
    logged_fixes: list[tuple[int, str | None, str | None]],
    moved: set[tuple[int, str]],
) -> dict[str, list[int]]:
    """Which rows went to which upload file, and whether each mapped value is there (as logged);
    a merged value the cleaning could not use is in the unmapped file instead (``moved``)."""
    uploads = read_uploads(report)
    by_target = {seen.target[h]: h for h in seen.headers if seen.destination[h] == "upload"}

    def has(row: int, name: str) -> bool:
        return name in by_target and filled(seen.value(row, by_target[name]))

    def numbered(row: int, name: str) -> bool:
        """A number cell that gives the row its column's role: not a placeholder saying there is
        none ("-", "k.A."; README, number-placeholder-removed)."""
        if not has(row, name):
            return False
        value = str(seen.value(row, by_target[name])).strip().lower()
        return not (re.fullmatch(r"[-–—/.?]+", value) or value in _NO_NUMBER_WORDS)

    # --kind auto: a Lieferantennummer makes a supplier; a Kundennummer or no number a customer,
    # except in a supplier list (a Lieferantennummer column, no Kundennummer column nor account)
    account = any(d.startswith("merged:") and "nummer" in d for d in seen.destination.values())
    supplier_list = "Lieferantennummer" in by_target and "Kundennummer" not in by_target and not account

    def supplier(row: int) -> bool:
        return numbered(row, "Lieferantennummer") or (supplier_list and not numbered(row, "Kundennummer"))

    roles = {
        "customers": [r for r in uploaded if numbered(r, "Kundennummer") or not supplier(r)],
        "suppliers": [r for r in uploaded if supplier(r)],
    }
    roles = {role: rows for role, rows in roles.items() if rows}
    assert sorted(uploads) == sorted(roles), "one upload file per role with rows"
    assert sum(u["rows"] for u in report["outputs"]["upload"]) == sum(len(r) for r in roles.values())
    fixes: dict[tuple[int, str | None], list[str | None]] = {}
    for row, column, fixed in logged_fixes:
        fixes.setdefault((row, column), []).append(fixed)
    for role, rows in roles.items():
        upload = uploads[role]
        assert len(upload.rows) == len(rows), role
        names = set(CATALOG.names(role))
        removed: set[tuple[int, str]] = set()  # cells a logged fix emptied ("Firma" as Anrede)
        for row, written in zip(rows, upload.rows, strict=True):
            for h in seen.headers:
                value, name = seen.value(row, h), seen.target[h]
                if seen.destination[h] == "upload" and name in names:
                    got = written.get(name, "")
                    # Anrede "Firma": the name moved from Nachname to Firmenname (only the filled
                    # Firmenname is logged, company-from-salutation); beside a first name, a sole
                    # trader's: "Anna" and "Müller" make the Firmenname "Anna Müller".
                    if name in ("Vorname", "Nachname") and not got:
                        whole = " ".join(
                            seen.value(row, by_target[n]).strip()
                            for n in ("Vorname", "Nachname")
                            if has(row, n)
                        )
                        company = written.get("Firmenname", "")
                        if company == whole or (name == "Nachname" and company == value.strip()):
                            removed.add((row, h))
                            continue
                    # A row with a contact person and no name of its own is that person (only
                    # the filled own column is logged, contact-person-is-person).
                    own = CONTACT_TO_OWN.get(name)
                    if (
                        own
                        and not got
                        and filled(value)
                        and written.get(own, "")
                        and written[own] in fixes.get((row, own), [])
                    ):
                        removed.add((row, h))
                        continue
                    # A company row's own person moved to a contact person (only the filled
                    # contact person is logged, company-person-moved).
                    if name in ("Anrede", "Vorname", "Nachname") and not got and filled(value):
                        contact = [f"Ansprechpartner {n} {name}" for n in (1, 2)]
                        if any(written.get(c, "") and written[c] in fixes.get((row, c), []) for c in contact):
                            removed.add((row, h))
                            continue
                    logged = fixes.get((row, name))
                    if logged is None:  # unchanged (whitespace only becomes empty)
                        assert got == (value if filled(value) else ""), (row, h, value, got)
                        continue
                    allowed = {v for v in logged if v is not None}
                    if None in logged:
                        allowed.add("")
                        removed.add((row, h))
                    assert got in allowed, (row, h, value, got, logged)
                elif seen.destination[h].startswith("merged:") and filled(value) and (row, h) not in moved:
                    assert tokens_found(value, " ".join(written.values())), (row, h, value, written)
        # no upload column holds fewer values than its source column gave (but for logged removals)
        for h in seen.headers:
            name = seen.target[h]
            if seen.destination[h] == "upload" and name in names:
                given_ = sum(1 for r in rows if filled(seen.value(r, h)) and (r, h) not in removed)
                assert given_ <= sum(1 for w in upload.rows if w.get(name, "")), (role, h)
    return roles


def verify_fix_counts(report: dict[str, Any], fixes: list[tuple[int, str | None, str | None]]) -> None:
    """The report's ``fixes`` count every fixed cell once: listed changes plus those left out."""
    counted: dict[str, int] = {}
    for change in report["fixes"]:
        assert 1 <= len(change["rows"]) == len(change["lines"]) <= change["count"], change
        counted[change["code"]] = counted.get(change["code"], 0) + change["count"]
    for left_out in report["fixes_omitted"]:
        counted[left_out["code"]] = counted.get(left_out["code"], 0) + left_out["cells"]
    by_code = report["issue_counts"]["by_code"]
    assert counted == {code: by_code[code] for code in counted}
    # the warnings that filled a value (country-from-hints) or set one aside are findings in
    # "issues", not fixes
    filled_by_warnings = sum(
        1 for i in report["issues"] if i["fixed_value"] is not None or i["code"] in SET_ASIDE_CODES
    )
    assert sum(counted.values()) == len(fixes) - filled_by_warnings
    assert all(i["severity"] != "fix" for i in report["issues"])


def verify_accounting(
    seen: Expected,
    report: dict[str, Any],
    uploaded: list[int],
    rejected: set[int],
    moved: set[tuple[int, str]],
) -> None:
    """The report's accounting, recounted from the generated table and the files' row sets.

    ``moved`` cells (taken out of a mapped column into the unmapped file) count there.
    """
    headers, records = seen.headers, seen.records
    unmapped = [h for h in headers if seen.destination[h] == "unmapped"]
    accounting = report["accounting"]
    assert accounting["cells_non_empty"] == sum(filled(v) for row in records.values() for v in row)
    assert accounting["cells_in_upload"] == sum(
        filled(seen.value(r, h)) for r in uploaded for h in headers if h not in unmapped
    ) - len(moved)
    assert accounting["cells_in_rejected"] == sum(filled(v) for r in rejected for v in records[r])
    in_unmapped = sum(filled(seen.value(r, h)) for r in uploaded for h in unmapped)
    assert accounting["cells_in_unmapped"] == in_unmapped + len(moved)
    assert accounting["cells_not_written"] == 0
    assert accounting["rows_not_written"] == 0
    assert accounting["balanced"] is True


# --- the properties -------------------------------------------------------------------------

#: ``make test``: quick; ``make fuzz`` (HYPOTHESIS_PROFILE=fuzz): the profile from conftest.py.
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MESSY_SETTINGS = settings.get_profile("fuzz") if FUZZ else QUICK


@MESSY_SETTINGS
@given(messy=messy_files())
@example(
    # Anrede "Firma" with the name (trailing space) in Nachname: the name moves to Firmenname, only
    # that is logged; the checker took the emptied Nachname for a lost value (found by this test).
    messy=Messy(
        headers=[
            "Straße 1",
            "Anrede",
            "Lieferantennummer",
            "Kundennummer",
            "PLZ 1",
            "Ort 1",
            "Nachname",
            "Land 1",
        ],
        rows=[
            ["Hauptstraße 5", "Herr", "70001", "10001", "00000", "Berlin", "Müller", "DE"],
            ["Hauptstraße 5", "Herr", "70001", "10001", "00000", "Berlin", "Müller", "DE"],
            ["Hauptstraße 5", "Firma", "70002", "10002", "00000", "Berlin", "Müller ", "DE"],
        ],
        encoding="utf-8",
        delimiter=";",
        newline="\r\n",
        quote_all=False,
        data=(
            "Straße 1;Anrede;Lieferantennummer;Kundennummer;PLZ 1;Ort 1;Nachname;Land 1\r\n"
            "Hauptstraße 5;Herr;70001;10001;00000;Berlin;Müller;DE\r\n"
            "Hauptstraße 5;Herr;70001;10001;00000;Berlin;Müller;DE\r\n"
            "Hauptstraße 5;Firma;70002;10002;00000;Berlin;Müller ;DE\r\n"
        ).encode(),
    ),
).via("discovered failure")
@example(
    # A whole name ("Name" alone: merged) beside a company whose contact person is filled: the
    # name is not used and goes to the unmapped file (found by this test).
    messy=Messy(
        headers=[
            "Firmenname",
            "Kundennummer",
            "Ansprechpartner 1 Nachname",
            "Lieferantennummer",
            "Postleitzahl",
            "Name",
        ],
        rows=[["Bäckerei Müller GmbH", "10001", "Müller", "70001", "00000", "Meier"]],
        encoding="utf-8",
        delimiter=";",
        newline="\r\n",
        quote_all=False,
        data=(
            "Firmenname;Kundennummer;Ansprechpartner 1 Nachname;Lieferantennummer;Postleitzahl;Name\r\n"
            "Bäckerei Müller GmbH;10001;Müller;70001;00000;Meier\r\n"
        ).encode(),
    ),
).via("discovered failure")
@example(
    # Two addresses in E-Mail 1 with E-Mail 2 taken: the first is uploaded, the whole cell goes
    # to the unmapped file as "E-Mail 1 (ganze Zelle)", which the checker did not know (found by
    # this test).
    messy=Messy(
        headers=["Kundennummer", "E-Mail 2", "E-Mail 1", "Firmenname"],
        rows=[["10001", "anna@example.de", "a@b.de, c@d.de", "Bäckerei Müller GmbH"]],
        encoding="utf-8",
        delimiter=";",
        newline="\r\n",
        quote_all=False,
        data=(
            "Kundennummer;E-Mail 2;E-Mail 1;Firmenname\r\n"
            "10001;anna@example.de;a@b.de, c@d.de;Bäckerei Müller GmbH\r\n"
        ).encode(),
    ),
).via("discovered failure")
@example(
    # Anrede "Firma" beside a first and a last name: a sole trader, whose Firmenname is "Anna
    # Müller"; the checker knew only the last name moved (found by this test).
    messy=Messy(
        headers=["Vorname", "Nachname", "Straße 1", "PLZ 1", "Ort 1", "Kundennummer", "Anrede"],
        rows=[["Anna", "Müller", "Hauptstraße 5", "00000", "Berlin", "10001", "Firma"]],
        encoding="utf-8",
        delimiter=";",
        newline="\r\n",
        quote_all=False,
        data=(
            "Vorname;Nachname;Straße 1;PLZ 1;Ort 1;Kundennummer;Anrede\r\n"
            "Anna;Müller;Hauptstraße 5;00000;Berlin;10001;Firma\r\n"
        ).encode(),
    ),
).via("discovered failure")
@example(
    # A contact person on a row without Firmenname is the row's own person (the cleaning's
    # contact-person-is-person); the checker knew only a company's person moving the other way.
    messy=Messy(
        headers=["Firmenname", "Anrede", "Ansprechpartner 1 Nachname", "Kundennummer"],
        rows=[["Bäckerei Müller GmbH", "", "Müller", "10001"], ["", "Herr", "Müller\xa0", "10002"]],
        encoding="utf-8",
        delimiter=";",
        newline="\r\n",
        quote_all=False,
        data=(
            "Firmenname;Anrede;Ansprechpartner 1 Nachname;Kundennummer\r\n"
            "Bäckerei Müller GmbH;;Müller;10001\r\n;Herr;Müller\xa0;10002\r\n"
        ).encode(),
    ),
).via("discovered failure")
@example(
    # A value's own apostrophe before a CR ("'\\r") is guarded by one more in the rejected file,
    # as "'+Plus GmbH" is; the checker guarded only a trigger in the first place (found by this
    # test).
    messy=Messy(
        headers=["Kundennummer", "Lieferantennummer", "Firmenname", "Anrede"],
        rows=[["10001", "70001", "Bäckerei Müller GmbH", "Herr"], ["10001", "70001", "'\r", "Herr"]],
        encoding="utf-8",
        delimiter=";",
        newline="\r\n",
        quote_all=False,
        data=(
            "Kundennummer;Lieferantennummer;Firmenname;Anrede\r\n"
            '10001;70001;Bäckerei Müller GmbH;Herr\r\n10001;70001;"\'\r";Herr\r\n'
        ).encode(),
    ),
).via("discovered failure")
def test_property_messy_file_loses_no_cell_and_uploads_cleanly(messy: Messy) -> None:
    """Every cell of a messy file is accounted for in the written files; every upload file is valid."""
    check_messy(messy)


@settings(
    max_examples=10 if FUZZ else 3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(messy=large_files())
def test_property_large_file_is_split_under_the_limit(messy: Messy) -> None:
    """A result above 2,000,000 bytes is split into parts, each under the limit, with nothing lost."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "kontakte.csv"
        source.write_bytes(messy.data)
        result = check_file(source, CheckOptions(out_dir=folder))
        report = json.loads(result.outputs.report_json.read_text("utf-8"))
        customer_parts = [u for u in report["outputs"]["upload"] if u["role"] == "customers"]
        assert len(customer_parts) >= 2, "the customers' file must have been split"
        assert [Path(u["path"]).name for u in customer_parts] == [
            f"kontakte.kunden-{n}.csv" for n in range(1, len(customer_parts) + 1)
        ]
        verify(messy, report, fixed_cells(result))


#: Bytes that look like CSV in some encoding, or anything at all.
csvish_bytes = st.one_of(
    st.binary(max_size=400),
    st.builds(
        lambda text, encoding: text.encode(encoding, errors="replace"),
        st.text(alphabet=';,\t|"\r\n =a1äé€*^$\x00\ufeff', max_size=200),
        st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "latin-1"]),
    ),
    st.builds(
        bytes.__add__,
        st.sampled_from([b"sep=;\n", b"sep=", BOM, b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04", b"%PDF-"]),
        st.binary(max_size=200),
    ),
)


@MESSY_SETTINGS
@given(data=csvish_bytes)
def test_property_intake_never_crashes(data: bytes) -> None:
    """Arbitrary bytes give a table or InputUnusableError, never another exception."""
    try:
        intake = intake_bytes(data, Path("x.csv"))
    except InputUnusableError as exc:
        message = exc.message
        assert message
    else:
        assert intake.table.columns
        assert intake.table.records > 0


# --- regression tests for the bugs these properties found ----------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Café „Zur Post“",
        "„Zur Post“ – Inh. Müller",
        "Schmidt’s Laden",
        "Dr.\u00a0Meier",
        "Müller\u00a0\u00a0GmbH",
        "Bäckerei „Zur Post“",
        "Rabatt 5 €",
        "O’Brien",
    ],
)
def test_cp1252_typography_is_detected(value: str) -> None:
    """A cp1252 export with typographic quotes, €, ’ or NBSP is read as cp1252, not as cp850 or mac_roman.

    Found by the messy-file property: "Bäckerei „Zur Post“" was read as cp850 "Bõckerei äZur Postô".
    """
    data = f"Firmenname;Ort 1\r\n{value};Berlin\r\n".encode("cp1252")
    intake = intake_bytes(data, Path("x.csv"))
    assert intake.table.frame["Firmenname"].to_list() == [value]
    assert intake.encoding.name == "cp1252"


@pytest.mark.parametrize(
    "data",
    [b"*\n", b"*;Firmenname\nx;ACME\n", b"Firmenname;^Ort.*$\nACME;x\n"],
    ids=["star-only", "star-column", "regex-column"],
)
def test_header_that_looks_like_a_polars_pattern(data: bytes) -> None:
    """A header "*" or "^…$" is an ordinary (unmapped) column: checked, or refused as unusable.

    Found by the intake property: polars read such names as its wildcard or a regex and crashed.
    """
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "kontakte.csv"
        source.write_bytes(data)
        try:
            result = check_file(source, CheckOptions(out_dir=Path(tmp)))
        except InputUnusableError:
            assert data == b"*\n"  # header only: unusable, but not a crash
        else:
            assert result.rows_read == 1


def test_zero_width_only_cell_is_accounted_for() -> None:
    """A cell holding only U+200B is either counted as empty or its removal is logged.

    The accounting counted it "in upload" while the cleaning emptied it without a finding.
    """
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "kontakte.csv"
        source.write_bytes("Firmenname;Vorname\r\nACME;\u200b\r\n".encode())
        report = build_report(check_file(source, CheckOptions(out_dir=Path(tmp))))
        written = read_uploads(report)["customers"].rows
    assert written == [{"Firmenname": "ACME"}]
    logged = any(i["row"] == 2 and i["column"] == "Vorname" for i in report["issues"])
    assert report["accounting"]["cells_in_upload"] == 1 or logged


# --- other inputs' upload files, read for contacts uploaded twice ---------------------------

_UPLOAD_FIELD = st.text(alphabet=st.sampled_from(list('aäß1 ;,"\r\n\t')), max_size=6)
_UPLOAD_HEADER = st.lists(
    st.sampled_from(["Firmenname", "Nachname", "Kundennummer", "Lieferantennummer", "Ort", "x"]),
    min_size=1,
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(
    header=_UPLOAD_HEADER,
    rows=st.lists(st.lists(_UPLOAD_FIELD, max_size=8), max_size=6),
    bom=st.booleans(),
    delimiter=st.sampled_from([";", ",", "\t"]),
    tail=st.sampled_from(["", "\r\n", "\n\n", '"offen']),
)
def test_property_upload_records_read_as_csv_dictreader_does(
    header: list[str], rows: list[list[str]], bom: bool, delimiter: str, tail: str
) -> None:
    """An upload file a spreadsheet saved again (short and long records, blank lines, a header
    named twice, a stray quote) gives the columns :class:`csv.DictReader` gives for them."""
    from importer.rounds import _upload_records

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + buffer.getvalue() + tail
    wanted = ("Firmenname", "Nachname", "Kundennummer", "Lieferantennummer")
    plain = text.removeprefix("\ufeff")
    used = max((";", ",", "\t"), key=plain.split("\n", 1)[0].count)
    expected: list[dict[str, str | None]] = []
    try:
        for record in csv.DictReader(io.StringIO(plain, newline=""), delimiter=used):
            expected.append({c: record[c] for c in wanted if c in header})
    except csv.Error:
        pass

    assert list(_upload_records(text, wanted)) == expected
