"""The bundled Faktura example exports and the generator that writes them."""

from __future__ import annotations

import csv
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest
from helpers import check

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "reference" / "examples"
GENERATOR = ROOT / "tests" / "benchmarks" / "generate.py"

# One quoted field: "" escapes a quote; CR and LF may occur inside.
_FIELD = r'"(?:[^"]|"")*"'
_RECORD = re.compile(rf"{_FIELD}(?:;{_FIELD})*\r\n")


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("faktura_generate", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _load_generator()


def _records(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))


def _assert_faktura_shape(data: bytes, header: tuple[str, ...], rows: int) -> list[list[str]]:
    """cp1252 only, every field quoted, ``;`` between fields, CRLF after every record."""
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert not text.startswith("\ufeff")
    assert text.endswith("\r\n")
    pos = 0
    matched = 0
    while pos < len(text):
        found = _RECORD.match(text, pos)
        assert found is not None, f"record {matched + 1} is not fully quoted: {text[pos : pos + 80]!r}"
        pos = found.end()
        matched += 1
    assert matched == rows + 1
    records = _records(text)
    assert tuple(records[0]) == header
    assert len(records) == rows + 1
    assert all(len(r) == len(header) for r in records)
    return records


@pytest.mark.parametrize(
    ("name", "header_attr", "rows_attr"),
    [
        ("faktura-kunden.csv", "CUSTOMER_HEADER", "EXAMPLE_CUSTOMER_ROWS"),
        ("faktura-lieferanten.csv", "SUPPLIER_HEADER", "EXAMPLE_SUPPLIER_ROWS"),
    ],
)
def test_bundled_example_is_a_faktura_export(
    gen: ModuleType, name: str, header_attr: str, rows_attr: str
) -> None:
    """The bundled files exist and have the Faktura shape and the expected number of rows."""
    path = EXAMPLES / name
    assert path.is_file()
    _assert_faktura_shape(path.read_bytes(), getattr(gen, header_attr), getattr(gen, rows_attr))


def test_example_row_counts() -> None:
    """300 customers and 60 suppliers, as the README says."""
    for name, rows in (("faktura-kunden.csv", 300), ("faktura-lieferanten.csv", 60)):
        assert len(_records((EXAMPLES / name).read_text(encoding="cp1252"))) == rows + 1


def test_bundled_examples_match_the_generator(gen: ModuleType) -> None:
    """The committed files are exactly what ``generate.py --examples`` writes."""
    customers = gen.generate_customers(gen.EXAMPLE_CUSTOMER_ROWS, gen.EXAMPLE_SEED, gen.EXAMPLE_DIRT)
    suppliers = gen.generate_suppliers(gen.EXAMPLE_SUPPLIER_ROWS, gen.EXAMPLE_SEED, gen.EXAMPLE_SUPPLIER_DIRT)
    assert (EXAMPLES / "faktura-kunden.csv").read_bytes() == customers
    assert (EXAMPLES / "faktura-lieferanten.csv").read_bytes() == suppliers
    assert (EXAMPLES / "faktura-kunden.xlsx").read_bytes() == gen.xlsx_bytes(gen.csv_records(customers))


def test_bundled_workbook_gives_the_upload_of_the_csv(tmp_path: Path) -> None:
    """The customers as an Excel workbook (PLZ stored as numbers) give the very upload file of the CSV."""
    from_csv = check(EXAMPLES / "faktura-kunden.csv", tmp_path / "csv")
    from_xlsx = check(EXAMPLES / "faktura-kunden.xlsx", tmp_path / "xlsx")

    assert (from_xlsx.rows_uploaded, from_xlsx.rows_rejected) == (287, 13)
    assert from_xlsx.outputs.upload[0].path.read_bytes() == from_csv.outputs.upload[0].path.read_bytes()


def test_examples_contain_what_the_readme_promises() -> None:
    """Showcase letters, € and „“ are in the customers; every `example` the README quotes is in a file."""
    customers = (EXAMPLES / "faktura-kunden.csv").read_text(encoding="cp1252")
    suppliers = (EXAMPLES / "faktura-lieferanten.csv").read_text(encoding="cp1252")
    for word in ("Crème", "Muñoz", "Øresund", "Ærø", "Françoise", "Søren", "€", "„", "\u00a0", "\t"):
        assert word in customers, word
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Was drinsteckt") :]
    quoted = re.findall(r"`([^`]+)`", section)
    assert len(quoted) > 20
    for value in quoted:
        if value.endswith("()"):
            continue  # dirt_log()
        shown = value.replace('"', '""')  # as it appears inside a quoted field
        assert shown in customers or shown in suppliers, value


def test_every_dirt_kind_is_in_each_example(gen: ModuleType) -> None:
    """The first dirty rows walk through every dirt kind once."""
    for rows, dirt, suppliers in (
        (gen.EXAMPLE_CUSTOMER_ROWS, gen.EXAMPLE_DIRT, False),
        (gen.EXAMPLE_SUPPLIER_ROWS, gen.EXAMPLE_SUPPLIER_DIRT, True),
    ):
        log = gen.dirt_log(rows, gen.EXAMPLE_SEED, dirt, suppliers=suppliers)
        assert {kind for _, kind in log} == set(gen.DIRT_KINDS)


def test_same_seed_same_bytes(gen: ModuleType) -> None:
    """The generator is deterministic; another seed gives another file."""
    assert gen.generate_customers(500, seed=3) == gen.generate_customers(500, seed=3)
    assert gen.generate_suppliers(100, seed=3) == gen.generate_suppliers(100, seed=3)
    assert gen.generate_customers(500, seed=3) != gen.generate_customers(500, seed=4)
    assert gen.generate_to_size(50_000, seed=3) == gen.generate_to_size(50_000, seed=3)


def test_generated_files_are_well_formed(gen: ModuleType) -> None:
    """Large dirty files keep the Faktura shape (the dirt never breaks the quoting)."""
    _assert_faktura_shape(gen.generate_customers(3_000, seed=11, dirt=0.5), gen.CUSTOMER_HEADER, 3_000)
    _assert_faktura_shape(gen.generate_suppliers(1_000, seed=11, dirt=0.5), gen.SUPPLIER_HEADER, 1_000)


def test_generate_to_size_stays_within_the_target(gen: ModuleType) -> None:
    """2,000,000 bytes hold about 11,000 rows and never a byte more than the target."""
    data = gen.generate_to_size(2_000_000)
    assert len(data) <= 2_000_000
    assert len(data) > 2_000_000 - 1_000
    rows = len(_records(data.decode("cp1252"))) - 1
    assert 10_000 <= rows <= 12_000
    assert data == gen.generate_customers(rows)


def test_check_digits_agree_with_python_stdnum(gen: ModuleType) -> None:
    """The stdlib check digits of the generator match python-stdnum (a runtime dependency)."""
    from stdnum import iban
    from stdnum.at import uid
    from stdnum.de import vat

    for body in ("13669598", "81115534", "10000000", "99999999", "26954371"):
        assert vat.is_valid("DE" + body + gen.de_vat_check_digit(body))
    for body in ("1234567", "1000000", "9999999", "3366179"):
        assert uid.is_valid("ATU" + body + gen.at_vat_check_digit(body))
    assert iban.is_valid(gen.iban_de("10050000", "1234567890"))
    text = gen.generate_customers(2_000, seed=5, dirt=0.0).decode("cp1252")
    records = _records(text)
    col = records[0].index("EG ID")
    ids = [r[col] for r in records[1:] if r[col]]
    assert ids
    for value in ids:
        if value.startswith("DE"):
            assert vat.is_valid(value), value
        elif value.startswith("AT"):
            assert uid.is_valid(value), value


def test_bundled_address_book_is_ready(tmp_path: Path) -> None:
    """The bundled vCard example: all three contacts uploadable, the company card a company, the
    private customer with her home address, the fax in the unmapped file."""
    result = check(EXAMPLES / "kontakte.vcf", tmp_path)
    assert (result.rows_read, result.rows_uploaded) == (3, 3)
    (upload,) = result.outputs.upload
    rows = list(csv.DictReader(io.StringIO(upload.path.read_text(encoding="utf-8")), delimiter=";"))
    assert [(r["Firmenname"], r["Nachname"], r["Ort 1"]) for r in rows] == [
        ("Keller Bau GmbH", "", "Dresden"),
        ("", "Berger", "Leipzig"),
        ("Praxis Dr. Wolf", "", "Leipzig"),
    ]
    # The practice card's own name is its contact person (lexoffice: contact persons in their columns).
    assert rows[2]["Ansprechpartner 1 Nachname"] == "Wolf"
    assert result.outputs.unmapped is not None
    assert "+49 341 9876544" in result.outputs.unmapped.read_text(encoding="utf-8-sig")
