"""The house's rules that a user notices: options refused before the input is read, one way to
make a finding, and a reader seam that a second input format plugs into."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import polars as pl
import pytest
from conftest import RunCli
from helpers import check, docx_bytes

from importer import intake
from importer.errors import ConfigurationError, InputUnusableError
from importer.frame import LINE, ROW
from importer.messages import MESSAGES, msg
from importer.model import Table
from importer.report import build_report
from importer.result import CheckOptions, RawInput, ReadOptions, ReadTable
from importer.rules import RULES, finding
from importer.summary import render_summary

IMPORTER = Path(__file__).resolve().parents[1] / "importer"


class TestOptionsAtTheEdge:
    def test_bad_renumber_is_refused_before_the_input_is_read(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--renumber offset:x`` is a usage error (exit 2) even when the input does not exist."""
        result = run_cli("check", tmp_path / "fehlt.csv", "--renumber", "offset:x")

        assert result.exit_code == 2
        assert result.stderr == f"Fehler: {msg('usage-renumber', value='offset:x')}\n"
        assert not (tmp_path / "fehlt.report.json").exists()

    def test_bad_renumber_message_follows_lang(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--lang en`` is applied before the other options are parsed, so their errors are English."""
        result = run_cli("check", tmp_path / "x.csv", "--renumber", "nope", "--lang", "en")

        assert result.exit_code == 2
        assert result.stderr == (
            "Error: --renumber takes “clear” or “offset:N”, e.g. --renumber offset:10000 (got: nope).\n"
        )

    def test_library_kind_typo_is_a_configuration_error(self) -> None:
        """A library caller's ``kind="kundne"`` fails at once with the usage message, exit code 2."""
        with pytest.raises(ConfigurationError) as caught:
            CheckOptions(kind="kundne")  # type: ignore[arg-type]

        assert caught.value.exit_code == 2
        assert caught.value.message == msg("usage-kind", value="kundne")


class TestOneWayToMakeAFinding:
    def test_finding_takes_severity_and_message_from_the_registry(self) -> None:
        """``finding`` words the rule's message and gives it the rule's severity."""
        made = finding(
            "role-both", row=4, line=5, column="Lieferantennummer", value="1 / 2", customer="1", supplier="2"
        )

        assert (made.row, made.line, made.column, made.value, made.code) == (
            4,
            5,
            "Lieferantennummer",
            "1 / 2",
            "role-both",
        )
        assert made.severity == "warning"
        assert made.message == msg("role-both", customer="1", supplier="2")

    def test_finding_refuses_a_message_of_another_code(self) -> None:
        """A message key the rule does not name is a programming error, not a silent wrong text."""
        with pytest.raises(KeyError):
            finding("role-both", message="row-too-large")

    def test_no_module_builds_an_issue_record_itself(self) -> None:
        """Only the registry and the columnar list (which rebuilds records) call ``Issue(...)``."""
        builders = {}
        for path in sorted(IMPORTER.glob("*.py")):
            calls = [
                node.lineno
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Issue"
            ]
            if calls:
                builders[path.name] = calls

        assert set(builders) == {"rules.py", "issues.py"}

    def test_every_registered_code_has_its_texts(self) -> None:
        """Each code has a title, a hint and every message its findings may be worded with."""
        missing = [
            key
            for rule in RULES.values()
            for key in (f"rule-{rule.code}-title", f"rule-{rule.code}-hint", *rule.messages)
            if key not in MESSAGES
        ]

        assert missing == []


def _fake_sheet_reader(raw: RawInput, options: ReadOptions) -> ReadTable:
    """A stand-in spreadsheet reader: one sheet with a header and two contacts."""
    raw.take()
    frame = pl.DataFrame(
        {
            "Firma": ["Alpha GmbH", "Beta KG"],
            "E-Mail": ["info@alpha.example", "kontakt@beta.example"],
            ROW: [2, 3],
            LINE: [2, 3],
        },
        schema={"Firma": pl.String, "E-Mail": pl.String, ROW: pl.Int64, LINE: pl.Int64},
    )
    return ReadTable(Table(frame, ["Firma", "E-Mail"], ["Firma", "E-Mail"]), text_chars=60)


class TestReaderSeam:
    def test_a_registered_reader_reads_its_format(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A reader registered for a format (here .docx) is used for such an input; its table goes
        through every stage."""
        monkeypatch.setitem(intake.READERS, "docx", _fake_sheet_reader)
        monkeypatch.setitem(intake.SUFFIXES, "docx", (".docx",))
        source = tmp_path / "kunden.docx"
        source.write_bytes(docx_bytes())

        result = check(source, tmp_path / "out")

        assert (result.rows_read, result.rows_uploaded, result.rows_rejected) == (2, 2, 0)
        upload = (tmp_path / "out" / "kunden.kunden.csv").read_bytes().decode("utf-8")
        assert (
            upload
            == "Firmenname;E-Mail 1\r\nAlpha GmbH;info@alpha.example\r\nBeta KG;kontakt@beta.example\r\n"
        )

    def test_a_reader_without_csv_facts_reports_them_as_null(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Encoding and dialect are the CSV reader's facts: null in the report, left out of the summary."""
        monkeypatch.setitem(intake.READERS, "docx", _fake_sheet_reader)
        monkeypatch.setitem(intake.SUFFIXES, "docx", (".docx",))
        source = tmp_path / "k.docx"
        source.write_bytes(docx_bytes())

        result = check(source, tmp_path / "out")

        report = json.loads((tmp_path / "out" / "k.report.json").read_text(encoding="utf-8"))
        assert (report["encoding"], report["dialect"]) == (None, None)
        assert build_report(result)["input"]["path"] == str(source)
        summary = render_summary(result)
        assert "Zeichenkodierung" not in summary
        assert "Trennzeichen" not in summary
        assert (tmp_path / "out" / "k.report.html").exists()

    def test_a_format_without_reader_is_refused_by_name(self, tmp_path: Path) -> None:
        """Without a registered reader a .docx is refused, naming the format and what to do."""
        source = tmp_path / "k.docx"
        source.write_bytes(docx_bytes())

        with pytest.raises(InputUnusableError) as caught:
            check(source, tmp_path / "out")

        assert "ein Word-Dokument (.docx)" in caught.value.message
        assert not (tmp_path / "out").exists()


class TestHelpLoadsLittle:
    def test_help_loads_neither_the_pipeline_nor_its_libraries(self) -> None:
        """``lexoffice-import --help`` is read by people who have not run anything yet: it imports
        the command line, click and the message catalog only, never polars, pandera or a stage."""
        import subprocess
        import sys

        probe = (
            "import sys\n"
            "from click.testing import CliRunner\n"
            "from importer.cli import main\n"
            "result = CliRunner().invoke(main, ['--help'])\n"
            "assert result.exit_code == 0, result.output\n"
            "print('\\n'.join(sorted(sys.modules)))\n"
        )
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
        loaded = set(done.stdout.split())

        heavy = {"polars", "pandera", "charset_normalizer", "jinja2", "rapidfuzz", "stdnum", "phonenumbers"}
        stages = {
            "importer.result",
            "importer.pipeline",
            "importer.catalog",
            "importer.batch",
            "importer.web",
        }
        assert "importer.cli" in loaded
        assert not (heavy | stages) & loaded

    def test_the_console_script_loads_no_more(self) -> None:
        """The same through the console script's own start and exit (``run``): its exit loaded
        the file layer (filelock, logging) for every --help, 0.02-0.04 s of its 0.1 s."""
        import subprocess
        import sys

        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "importer", "--help"],
            capture_output=True,
            text=True,
            check=True,
        )
        loaded = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}

        assert "importer.cli" in loaded
        assert (
            not {"importer.fileio", "importer.environment", "filelock", "polars", "importer.result"} & loaded
        )
