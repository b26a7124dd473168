"""The column catalog as data, ``--catalog`` (extend/replace), and the reference/template commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from helpers import check, csv_rows

from importer.catalog import load_catalog
from importer.errors import ConfigurationError
from importer.report import build_report

RunCli = Callable[..., Result]

#: The columns of the issue, in catalog (= upload) order, spelt exactly.
EXPECTED = [
    "Kundennummer", "Lieferantennummer", "Firmenname", "Steuernummer", "Umsatzsteuer ID",
    "Anrede", "Vorname", "Nachname",
    "Adresszusatz 1", "Straße 1", "PLZ 1", "Ort 1", "Land 1",
    "Adresszusatz 2", "Straße 2", "PLZ 2", "Ort 2", "Land 2",
    "Telefon 1", "Telefon 2", "E-Mail 1", "E-Mail 2",
    *[f"Ansprechpartner {n} {part}" for n in (1, 2) for part in ("Anrede", "Vorname", "Nachname", "E-Mail",
                                                                 "Telefon")],
]  # fmt: skip


class TestShippedCatalog:
    """reference/catalog.toml holds every lexoffice column once, with its facts."""

    def test_names_and_order(self) -> None:
        """The 32 columns are spelt exactly as lexoffice expects, in upload order."""
        assert load_catalog().names() == EXPECTED

    def test_roles(self) -> None:
        """Kundennummer is for customers only, Lieferantennummer for suppliers only."""
        catalog = load_catalog()
        assert "Lieferantennummer" not in catalog.names("customers")
        assert "Kundennummer" not in catalog.names("suppliers")
        assert len(catalog.names("customers")) == len(catalog.names("suppliers")) == 31

    def test_every_column_is_documented(self) -> None:
        """Each column has a German description, an example and a provenance."""
        for column in load_catalog().columns:
            assert column.description, column.name
            assert column.example, column.name
            assert column.provenance in ("official", "export", "inferred"), column.name

    def test_official_columns(self) -> None:
        """Only columns A–D of lexoffice's help page count as official."""
        official = [c.name for c in load_catalog().columns if c.provenance == "official"]
        assert official == ["Kundennummer", "Firmenname", "Steuernummer", "Umsatzsteuer ID"]

    def test_ranges_and_assumptions(self) -> None:
        """The number ranges are settings, and the undocumented points are listed as assumptions."""
        catalog = load_catalog()
        assert catalog.customer_range == (10000, 69999)
        assert catalog.supplier_range == (70000, 99999)
        assert {a.key for a in catalog.assumptions} >= {"output-encoding", "supplier-number-range"}


class TestCatalogOption:
    """``--catalog FILE`` follows a change of lexoffice's template without a new release."""

    def test_extend_narrows_the_supplier_range(self, tmp_path: Path) -> None:
        """A supplier number of 85000 is accepted by default and rejected with a narrower range."""
        source = tmp_path / "lief.csv"
        source.write_text("Lieferantennummer;Firmenname\r\n85000;Holz AG\r\n", encoding="utf-8")
        assert check(source, tmp_path / "a").rows_rejected == 0
        extra = tmp_path / "catalog.toml"
        extra.write_text("[settings]\nsupplier_number_max = 79999\n", encoding="utf-8")

        result = check(source, tmp_path / "b", catalog=extra)

        assert result.rows_rejected == 1
        assert build_report(result)["settings"]["supplier_number_range"] == [70000, 79999]

    def test_extend_adds_a_column(self, tmp_path: Path) -> None:
        """A new catalog column is mapped by its exact name and written at the end of the upload file."""
        source = tmp_path / "k.csv"
        source.write_text("Firmenname;Notiz\r\nACME GmbH;Stammkunde\r\n", encoding="utf-8")
        extra = tmp_path / "catalog.toml"
        extra.write_text(
            '[[column]]\nname = "Notiz"\nrole = "both"\ndescription = "Interne Notiz"\nexample = "x"\n',
            encoding="utf-8",
        )

        check(source, tmp_path / "out", catalog=extra)

        rows = csv_rows((tmp_path / "out" / "k.kunden.csv").read_bytes())
        assert rows == [["Firmenname", "Notiz"], ["ACME GmbH", "Stammkunde"]]

    def test_replace_keeps_only_the_given_columns(self, tmp_path: Path) -> None:
        """mode = "replace" makes the file's columns the whole catalog."""
        extra = tmp_path / "catalog.toml"
        extra.write_text('mode = "replace"\n[[column]]\nname = "Firmenname"\n', encoding="utf-8")
        assert load_catalog(extra).names() == ["Firmenname"]

    @pytest.mark.parametrize(
        ("content", "detail"),
        [
            ("mode = 'merge'\n", "mode 'merge'"),
            ('[[column]]\nname = "X"\nrole = "partners"\n', "role 'partners'"),
            ("[[column]\n", "Expected"),
        ],
    )
    def test_bad_file_is_a_usage_error(self, tmp_path: Path, content: str, detail: str) -> None:
        """A broken catalog file is refused with a German message that names --catalog."""
        extra = tmp_path / "catalog.toml"
        extra.write_text(content, encoding="utf-8")
        with pytest.raises(ConfigurationError, match="--catalog") as caught:
            load_catalog(extra)
        assert detail in caught.value.message
        assert caught.value.message.startswith(f"Die Katalogdatei {extra} ist fehlerhaft")

    def test_missing_file_exits_2(self, run_cli: RunCli, tmp_path: Path) -> None:
        """check --catalog with a missing file ends with exit code 2 and writes nothing."""
        source = tmp_path / "k.csv"
        source.write_text("Firmenname\r\nACME\r\n", encoding="utf-8")
        result = run_cli("check", source, "--out", tmp_path / "out", "--catalog", tmp_path / "nope.toml")
        assert result.exit_code == 2
        assert "--catalog" in result.stderr
        assert not (tmp_path / "out").exists()


class TestReferenceAndTemplateCommands:
    """The ``reference`` and ``template`` commands write their files."""

    def test_reference_lists_every_column(self, run_cli: RunCli, tmp_path: Path) -> None:
        """The quick reference names each catalog column and a recognised Faktura header."""
        target = tmp_path / "ref.html"
        result = run_cli("reference", "--out", target)
        assert result.exit_code == 0
        assert result.stdout == f"Geschrieben: {target}\n"
        page = target.read_text(encoding="utf-8")
        for name in EXPECTED:
            assert name in page
        assert "EG ID" in page  # a synonym shown for Umsatzsteuer ID

    @pytest.mark.parametrize(
        ("kind", "first"), [("customers", "Kundennummer"), ("suppliers", "Lieferantennummer")]
    )
    def test_template_header(self, run_cli: RunCli, tmp_path: Path, kind: str, first: str) -> None:
        """The template is one header row in catalog order, for the chosen role, with CRLF and a BOM."""
        target = tmp_path / "vorlage.csv"
        result = run_cli("template", "--kind", kind, "--out", target)
        assert result.exit_code == 0
        names = [n for n in EXPECTED if n != ("Lieferantennummer" if kind == "customers" else "Kundennummer")]
        assert target.read_bytes() == b"\xef\xbb\xbf" + (";".join(names) + "\r\n").encode("utf-8")
        assert names[0] == first

    def test_template_to_standard_output(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``--out -`` is standard output, as ``-`` is for an input (it wrote a file named "-")."""
        monkeypatch.chdir(tmp_path)
        result = run_cli("template", "--out", "-")
        assert result.exit_code == 0
        names = [n for n in EXPECTED if n != "Lieferantennummer"]
        assert result.stdout_bytes == b"\xef\xbb\xbf" + (";".join(names) + "\r\n").encode("utf-8")
        assert list(tmp_path.iterdir()) == []

    def test_template_in_cp1252(self, run_cli: RunCli, tmp_path: Path) -> None:
        """--output-encoding cp1252 writes ß as one byte."""
        target = tmp_path / "vorlage.csv"
        run_cli("template", "--output-encoding", "cp1252", "--out", target)
        assert "Straße 1".encode("cp1252") in target.read_bytes()
