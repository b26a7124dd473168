"""The ``lexoffice-import`` command line: version, help, ``check --json`` and refusals.

Later stages (mapping, validation, upload files) may add warnings and outputs, so
checks of ordinary data accept exit code 0 or 1; only ``TestCleanFileIsReady``
insists on 0.
"""

from __future__ import annotations

import codecs
import gc
import hashlib
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import Result
from helpers import HOWTO_EXPORT, docx_bytes

from importer.exitcodes import ExitCode
from importer.messages import msg

RunCli = Callable[..., Result]
WriteInput = Callable[[str, bytes], Path]

CLEAN = (
    "Kundennummer;Firmenname;Straße 1;PLZ 1;Ort 1;Land 1\r\n"
    "10001;Müller GmbH;Hauptstraße 5;01067;Dresden;DE\r\n"
    "10002;Søren Ærø ApS;Ringvej 2;2100;København;DK\r\n"
    "10003;José Muñoz S.L.;Calle Mayor 1;28013;Madrid;ES\r\n"
)
INTERNAL = (
    "Fehler: Interner Fehler in lexoffice-import (RuntimeError). Das ist ein Programmfehler, nicht Ihrer. "
    "Starten Sie erneut mit --debug und schicken Sie die Ausgabe an den Support.\n"
)


#: (id, bytes, the whole refusal message; ``{path}`` is the input path)
UNUSABLE: list[tuple[str, bytes, str]] = [
    (
        "empty",
        b"",
        "{path} ist leer (0 Bytes). Exportieren Sie die Kontakte erneut und prüfen Sie, ob der Export "
        "Datensätze enthält.",
    ),
    (
        "only-bom",
        codecs.BOM_UTF8,
        "{path} enthält keine Daten, nur eine Byte-Order-Markierung (BOM). "
        "Exportieren Sie die Kontakte erneut.",
    ),
    (
        "only-blank-lines",
        b"\r\n\r\n  \r\n",
        "{path} enthält keine Daten, nur Leerzeilen. Exportieren Sie die Kontakte erneut.",
    ),
    (
        "binary-data",
        bytes(range(1, 9)) * 40,
        "{path} enthält Binärdaten (Steuerzeichen: 320, das erste in Zeile 1) und ist keine Textdatei. "
        + HOWTO_EXPORT,
    ),
    (
        "nul-bytes",
        b"Name;Ort\r\nA;B\r\nC\x00;D\r\n",
        "{path} enthält Binärdaten (Null-Bytes: 1, das erste in Zeile 3) und ist keine Textdatei. "
        + HOWTO_EXPORT,
    ),
    (
        "docx",
        docx_bytes(),
        "{path} ist keine CSV-Datei, sondern ein Word-Dokument (.docx). " + HOWTO_EXPORT,
    ),
    (
        "pdf",
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
        "{path} ist keine CSV-Datei, sondern ein PDF-Dokument. " + HOWTO_EXPORT,
    ),
    (
        "png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00",
        "{path} ist keine CSV-Datei, sondern ein PNG-Bild. " + HOWTO_EXPORT,
    ),
    (
        "jpeg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
        "{path} ist keine CSV-Datei, sondern ein JPEG-Bild. " + HOWTO_EXPORT,
    ),
    (
        "unclosed-quote",
        b'Name;Ort\r\nA;B\r\nC;"Bonn\r\nD;E\r\n',
        "{path}: Das Anführungszeichen im Datensatz ab Zeile 3 wird bis zum Dateiende nicht geschlossen, "
        "daher lassen sich die Felder nicht trennen. Öffnen Sie die Datei in einem Texteditor, schließen "
        "oder entfernen Sie das Anführungszeichen in Zeile 3 und prüfen Sie dann erneut. Ist das "
        "Trennzeichen falsch erkannt (;), geben Sie es mit --delimiter an.",
    ),
    (
        "header-only",
        "Kundennummer;Firmenname;Straße 1\r\n".encode(),
        "{path} enthält nur die Kopfzeile und keine Datensätze. Exportieren Sie die Kontakte erneut; "
        "achten Sie darauf, dass im Export eine Auswahl von Kontakten getroffen ist.",
    ),
]


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def no_outputs(out: Path) -> bool:
    """True when ``out`` does not exist or holds no file."""
    return not out.exists() or not any(out.iterdir())


class TestVersion:
    """The version is shown by the console script and by ``python -m importer``."""

    def test_version_option(self, run_cli: RunCli) -> None:
        """``lexoffice-import --version`` prints the program name and the installed version."""
        result = run_cli("--version")

        assert result.exit_code == 0
        assert result.stdout == f"lexoffice-import {metadata.version('lexoffice-import')}\n"

    def test_console_script_version(self) -> None:
        """The installed ``lexoffice-import`` script prints its version and exits 0."""
        script = Path(sys.executable).with_name("lexoffice-import")
        assert script.exists()

        done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)

        assert (done.returncode, done.stdout, done.stderr) == (
            0,
            f"lexoffice-import {metadata.version('lexoffice-import')}\n",
            "",
        )

    def test_python_dash_m_version(self, tmp_path: Path) -> None:
        """``python -m importer --version`` behaves like the console script."""
        done = subprocess.run(
            [sys.executable, "-m", "importer", "--version"],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )

        assert (done.returncode, done.stdout, done.stderr) == (
            0,
            f"lexoffice-import {metadata.version('lexoffice-import')}\n",
            "",
        )


class TestConsoleScriptExit:
    """The installed script skips the interpreter's teardown (``os._exit``): nothing may be cut short."""

    @staticmethod
    def script() -> str:
        return str(Path(sys.executable).with_name("lexoffice-import"))

    def test_large_json_on_stdout_is_complete_and_the_exit_code_kept(
        self, write_input: Callable[[str, bytes], Path], tmp_path: Path
    ) -> None:
        """A report far beyond a pipe's buffer arrives whole; rows with errors still mean exit 1."""
        rows = "".join(f"1{i:04d};Firma {i} GmbH;kaputt@\r\n" for i in range(3000))
        path = write_input("gross.csv", ("Kundennummer;Firmenname;E-Mail\r\n" + rows).encode())

        done = subprocess.run(
            [self.script(), "check", str(path), "--json", "--out", str(tmp_path / "out")],
            capture_output=True,
            check=False,
        )

        report = json.loads(done.stdout)
        assert len(done.stdout) > 200_000  # a pipe holds 64 KB (1,000 findings per code are listed)
        assert done.returncode == int(ExitCode.NEEDS_ATTENTION)
        assert report["rows"]["rejected"] == 3000
        written = json.loads((tmp_path / "out" / "gross.report.json").read_bytes())
        assert written == report

    def test_a_profiler_still_gets_to_write_its_data(self, tmp_path: Path) -> None:
        """Under cProfile (or coverage) the process exits normally, so their data is written."""
        stats = tmp_path / "profile.out"

        done = subprocess.run(
            [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "importer", "--version"],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )

        assert done.stdout.startswith("lexoffice-import ")
        assert stats.stat().st_size > 0

    def test_unusable_input_exit_code_and_message(self, tmp_path: Path) -> None:
        """Exit 3 and the German message on stderr, through the script as through click."""
        path = tmp_path / "leer.csv"
        path.write_bytes(b"")

        done = subprocess.run(
            [self.script(), "check", str(path)], capture_output=True, text=True, check=False
        )

        assert done.returncode == int(ExitCode.INPUT_UNUSABLE)
        assert done.stdout == ""
        assert "leer" in done.stderr
        assert "Traceback" not in done.stderr


class TestHelp:
    """``--help`` documents every exit code."""

    @pytest.mark.parametrize("args", [["--help"], ["check", "--help"]], ids=["main", "check"])
    def test_help_lists_exit_codes(self, run_cli: RunCli, args: list[str]) -> None:
        """Every exit code (0–5, 130 for Ctrl-C, 143 for SIGTERM) is listed with its meaning."""
        result = run_cli(*args)

        assert result.exit_code == 0
        assert [int(code) for code in ExitCode] == [0, 1, 2, 3, 4, 5, 130, 143]
        lines = [line.strip() for line in result.stdout.splitlines()]
        assert "Exit-Codes:" in lines
        for code in ExitCode:
            text = msg("exit-" + code.name.lower().replace("_", "-"))
            assert f"{int(code)}  {text}" in lines


class TestCleanFileIsReady:
    """NOTE: the only test that insists on exit code 0: a clean file with exact lexoffice headers."""

    def test_clean_file_exits_zero(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """A clean file with the exact lexoffice headers is ready: exit code 0."""
        path = write_input("kunden.csv", CLEAN.encode("utf-8"))

        result = run_cli("check", path, "--json", "--out", tmp_path / "out")

        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["rows"]["read"] == 3


class TestSummaryCounts:
    """The summary counts findings in proper German (and English): "1 Warnung", "2 Korrekturen"."""

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("de", "Befunde: 1 Fehler, 1 Warnung, 2 Korrekturen"),
            ("en", "Findings: 1 error, 1 warning, 2 fixes"),
        ],
    )
    def test_one_and_more(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, lang: str, expected: str
    ) -> None:
        data = "Firmenname;Telefon 1;E-Mail 1;Ort 1\r\n A GmbH;4,9301E+11;a@@x; Köln\r\n"
        path = write_input("k.csv", data.encode())

        result = run_cli("check", path, "--out", tmp_path / "out", "--lang", lang)

        assert expected in result.stdout, result.stdout


class TestCheckJson:
    """``check FILE --json`` prints only the version-1 JSON report and writes it next to the outputs."""

    def test_documented_keys_are_present(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """The report holds every documented version-1 key with the values of this input."""
        raw = CLEAN.encode("utf-8")
        path = write_input("kunden.csv", raw)
        out = tmp_path / "out"

        result = run_cli("check", path, "--json", "--out", out)

        assert result.exit_code in (0, 1), result.stderr
        report = json.loads(result.stdout)
        assert set(report) >= {
            "version",
            "input",
            "size",
            "encoding",
            "dialect",
            "rows",
            "columns",
            "issues",
            "outputs",
        }
        assert report["version"] == 1
        assert {k: report["input"][k] for k in ("path", "bytes", "sha256")} == {
            "path": str(path),
            "bytes": len(raw),
            "sha256": hashlib.sha256(raw).hexdigest(),
        }
        assert {k: report["size"][k] for k in ("bytes", "limit", "over_limit")} == {
            "bytes": len(raw),
            "limit": 2_000_000,
            "over_limit": False,
        }
        assert {k: report["encoding"][k] for k in ("name", "bom")} == {"name": "utf-8", "bom": False}
        assert isinstance(report["encoding"]["evidence"], str)
        assert report["encoding"]["evidence"]
        assert {k: report["dialect"][k] for k in ("delimiter", "quotechar", "line_terminator")} == {
            "delimiter": ";",
            "quotechar": '"',
            "line_terminator": "\r\n",
        }
        assert set(report["rows"]) >= {"read", "uploaded", "rejected"}
        assert report["rows"]["read"] == 3
        assert all(isinstance(report["rows"][k], int) for k in ("read", "uploaded", "rejected"))
        assert isinstance(report["columns"], list)
        assert len(report["columns"]) >= 6
        assert isinstance(report["issues"], list)
        assert set(report["outputs"]) >= {"upload", "rejected", "unmapped", "report_html", "report_json"}
        assert report["outputs"]["report_json"] == str(out / "kunden.report.json")

    def test_report_file_equals_stdout(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``<stem>.report.json`` is written to --out and holds the same report as stdout."""
        path = write_input("kunden.csv", CLEAN.encode("utf-8"))
        out = tmp_path / "ergebnis"

        result = run_cli("check", path, "--json", "--out", out)

        assert result.exit_code in (0, 1), result.stderr
        written = out / "kunden.report.json"
        assert json.loads(written.read_text(encoding="utf-8")) == json.loads(result.stdout)

    def test_default_out_is_the_input_folder(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Without --out the report is written next to the input."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        path = folder / "kunden.csv"
        path.write_bytes(CLEAN.encode("utf-8"))

        result = run_cli("check", path, "--json")

        assert result.exit_code in (0, 1), result.stderr
        assert json.loads((folder / "kunden.report.json").read_text(encoding="utf-8")) == json.loads(
            result.stdout
        )

    @pytest.mark.parametrize("command", [["check", "kunden.csv"], ["reference"], ["template"]])
    def test_short_o_is_out(self, run_cli: RunCli, tmp_path: Path, command: list[str]) -> None:
        """``-o`` is ``--out`` for every command that writes, as in most tools."""
        (tmp_path / "kunden.csv").write_bytes(CLEAN.encode("utf-8"))
        args = [str(tmp_path / a) if a.endswith(".csv") else a for a in command]
        target = tmp_path / ("ergebnis" if command[0] == "check" else "datei.out")

        result = run_cli(*args, "-o", target)

        assert result.exit_code in (0, 1), result.stderr
        assert (target / "kunden.kunden.csv").is_file() if command[0] == "check" else target.is_file()

    def test_input_is_unchanged(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """The input file has the same bytes before and after a check, also without --out."""
        raw = "Name;Ort;PLZ\r\n Müller ;Köln;01067\r\nA;B\r\n".encode("cp1252")
        path = write_input("kunden.csv", raw)
        before = sha256(path)

        result = run_cli("check", path, "--json")

        assert result.exit_code in (0, 1), result.stderr
        assert sha256(path) == before == hashlib.sha256(raw).hexdigest()
        assert path.read_bytes() == raw
        assert json.loads(result.stdout)["input"]["sha256"] == before

    def test_rows_read_counts_records_not_lines(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Records with quoted line breaks and blank lines do not inflate ``rows.read``."""
        raw = b'Name;Adresse\r\nA;"Zeile 1\r\nZeile 2"\r\n\r\nB;"x\ny\nz"\r\nC;w\r\n'
        assert raw.count(b"\n") == 8

        result = run_cli("check", write_input("k.csv", raw), "--json", "--out", tmp_path / "out")

        assert result.exit_code in (0, 1), result.stderr
        assert json.loads(result.stdout)["rows"]["read"] == 3

    def test_over_limit_input(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """An input of more than 2,000,000 bytes is reported as over lexoffice's limit."""
        header = "Kundennummer;Firmenname;Straße 1;PLZ 1;Ort 1;Land 1\r\n"
        rows = "".join(
            f"{10000 + i % 60000};Firma {i} GmbH;Hauptstraße {i};01067;Dresden;DE\r\n" for i in range(40_000)
        )
        raw = (header + rows).encode("utf-8")
        assert len(raw) > 2_000_000

        result = run_cli("check", write_input("gross.csv", raw), "--json", "--out", tmp_path / "out")

        assert result.exit_code in (0, 1), result.stderr
        report = json.loads(result.stdout)
        assert {k: report["size"][k] for k in ("bytes", "limit", "over_limit")} == {
            "bytes": len(raw),
            "limit": 2_000_000,
            "over_limit": True,
        }
        assert report["rows"]["read"] == 40_000

    @pytest.mark.parametrize(
        ("codec", "bom", "d", "nl", "name"),
        [
            ("utf-8", b"", ";", "\r\n", "utf-8"),
            ("utf-8", codecs.BOM_UTF8, ";", "\r\n", "utf-8"),
            ("utf-16-le", codecs.BOM_UTF16_LE, "\t", "\r\n", "utf-16-le"),
            ("utf-16-be", codecs.BOM_UTF16_BE, "\t", "\r\n", "utf-16-be"),
            ("mac_roman", b"", ";", "\r", "mac_roman"),
            ("cp850", b"", ";", "\r\n", "cp850"),
            ("cp1252", b"", ",", "\n", "cp1252"),
            ("iso8859_15", b"", "|", "\r\n", "iso8859_15"),
        ],
        ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "mac_roman", "cp850", "cp1252", "iso8859_15"],
    )
    def test_encoding_and_dialect_in_report(
        self,
        run_cli: RunCli,
        write_input: WriteInput,
        tmp_path: Path,
        codec: str,
        bom: bytes,
        d: str,
        nl: str,
        name: str,
    ) -> None:
        """The report names a Python codec that decodes the input after its BOM, and the dialect."""
        names = ["Jürgen Müller", "Françoise Crème", "José Muñoz", "Søren Ærø", "Åsa Øberg", "Straße", "Groß"]
        note = "5 %" if codec in ("cp850", "mac_roman") else "5 €"
        text = f"Name{d}Notiz{nl}" + "".join(f'"{n}{d} {i}"{d}{note}{nl}' for i, n in enumerate(names * 40))
        raw = bom + text.encode(codec)
        assert raw[len(bom) :].decode(codec) == text

        result = run_cli("check", write_input("k.csv", raw), "--json", "--out", tmp_path / "out")

        assert result.exit_code in (0, 1), result.stderr
        report = json.loads(result.stdout)
        assert (report["encoding"]["name"], report["encoding"]["bom"]) == (name, bool(bom))
        assert raw[len(bom) :].decode(report["encoding"]["name"]) == text
        assert {k: report["dialect"][k] for k in ("delimiter", "quotechar", "line_terminator")} == {
            "delimiter": d,
            "quotechar": '"',
            "line_terminator": nl,
        }
        assert report["rows"]["read"] == 280

    def test_delimiter_option_overrides(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--delimiter ,`` cuts a semicolon-looking file at commas and the report says so."""
        raw = b"Name,Zusatz;x\r\nA,B;C\r\nD,E;F\r\n"

        result = run_cli(
            "check", write_input("k.csv", raw), "--json", "--delimiter", ",", "--out", tmp_path / "out"
        )

        assert result.exit_code in (0, 1), result.stderr
        report = json.loads(result.stdout)
        assert report["dialect"]["delimiter"] == ","
        assert [c["source"] for c in report["columns"]][:2] == ["Name", "Zusatz;x"]

    def test_delimiter_tab_alias(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """``--delimiter tab`` is the TAB character."""
        raw = b"Name\tOrt;x\r\nA\tB;C\r\n"

        result = run_cli(
            "check", write_input("k.csv", raw), "--json", "--delimiter", "tab", "--out", tmp_path / "o"
        )

        assert result.exit_code in (0, 1), result.stderr
        assert json.loads(result.stdout)["dialect"]["delimiter"] == "\t"

    def test_ragged_rows_are_not_fatal(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """Short and long rows are reported as issues with row and line; the file is still checked."""
        raw = b'Name;Ort;PLZ\r\nA;"x\r\ny"\r\nB;C;D;E\r\n'

        result = run_cli("check", write_input("k.csv", raw), "--json", "--out", tmp_path / "out")

        assert result.exit_code in (0, 1), result.stderr
        issues = json.loads(result.stdout)["issues"]
        found = [(i["code"], i["row"], i["line"]) for i in issues if i["code"].startswith("row-too-")]
        assert found == [("row-too-short", 2, 2), ("row-too-long", 3, 4)]


class TestUnusableInput:
    """Unusable input: exit 3, one German message on stderr, no traceback, no output files;
    with --json, stdout holds the input's exit code and message."""

    @pytest.mark.parametrize(("data", "message"), [u[1:] for u in UNUSABLE], ids=[u[0] for u in UNUSABLE])
    def test_refused(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, data: bytes, message: str
    ) -> None:
        """Refused with exit code 3, one message line on stderr, and the same on stdout as JSON."""
        path = write_input("kunden.csv", data)
        out = tmp_path / "out"

        result = run_cli("check", path, "--json", "--out", out)

        assert result.exit_code == 3
        assert result.stderr == f"Fehler: {message.format(path=path)}\n"
        assert "Traceback" not in result.stderr
        report = json.loads(result.stdout)
        assert (report["verdict"], report["exit_code"], report["input"]) == (
            "unusable",
            3,
            {"path": str(path)},
        )
        assert report["error"] == message.format(path=path)
        assert no_outputs(out)
        assert path.read_bytes() == data

    def test_image_renamed_to_csv_without_json(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A PNG renamed to .csv is named as a PNG image and the message says how to export a CSV file."""
        path = write_input("kunden.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        out = tmp_path / "out"

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 3
        assert result.stderr == f"Fehler: {path} ist keine CSV-Datei, sondern ein PNG-Bild. {HOWTO_EXPORT}\n"
        assert no_outputs(out)

    def test_forced_encoding_that_does_not_fit(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--encoding utf-8`` on a cp1252 file is refused with a message naming --encoding."""
        raw = "Name;Ort\r\nJürgen Müller;Köln\r\n".encode("cp1252")
        path = write_input("kunden.csv", raw)
        out = tmp_path / "out"

        result = run_cli("check", path, "--encoding", "utf-8", "--out", out)

        assert result.exit_code == 3
        assert result.stderr == (
            f"Fehler: {path} lässt sich mit der Kodierung utf-8 nicht lesen: "
            "Byte 0xFC in Zeile 2 passt nicht. Geben Sie die richtige Kodierung mit --encoding an "
            "(z. B. --encoding cp1252 für Windows-Exporte, --encoding utf-8) "
            "oder lassen Sie --encoding weg, damit sie erkannt wird.\n"
        )
        assert no_outputs(out)

    def test_max_input_size_refuses_larger_file(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--max-input-size 1kB`` refuses a 1.5 kB file with exit 3 and names the option."""
        path = write_input("kunden.csv", b"Name;Ort\r\n" + b"Mueller;Koeln\r\n" * 100)
        assert path.stat().st_size == 1510
        out = tmp_path / "out"

        result = run_cli("check", path, "--max-input-size", "1kB", "--out", out)

        assert result.exit_code == 3
        assert result.stderr == (
            f"Fehler: {path} ist 1,5 kB groß; lexoffice-import liest höchstens 1,0 kB "
            "(lexoffice selbst nimmt nur 2 MB je Datei). Ist das wirklich eine Kontaktliste? "
            "Wenn ja, erhöhen Sie die Grenze mit "
            "--max-input-size, z. B. --max-input-size 500MB.\n"
        )
        assert no_outputs(out)

    def test_missing_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A file that does not exist is refused with exit 3."""
        path = tmp_path / "fehlt.csv"

        result = run_cli("check", path)

        assert result.exit_code == 3
        assert result.stderr == f"Fehler: Die Datei {path} gibt es nicht. Prüfen Sie Pfad und Dateinamen.\n"


class TestUsageErrors:
    """Wrong option values end with exit code 2 before any file is read."""

    def test_an_option_given_twice_is_said(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--kind lieferanten … --kind=kunden``: the last one counts, as on any command line, and
        the user reads so (it went unsaid: the hostile round of the thirty-fourth session). The
        same value twice says nothing."""
        path = write_input("kunden.csv", CLEAN.encode())

        twice = run_cli("check", path, "--kind", "lieferanten", "--out", tmp_path / "a", "--kind=kunden")
        same = run_cli("check", path, "--kind", "kunden", "--out", tmp_path / "b", "--kind", "kunden")

        assert (
            "Hinweis: --kind ist mehrmals angegeben (lieferanten, kunden); es gilt die letzte Angabe: kunden."
            in twice.stderr
        )
        assert (tmp_path / "a" / "kunden.kunden.csv").is_file()
        assert "mehrmals" not in same.stderr

    def test_an_option_s_value_that_looks_like_an_option_is_no_repeat(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``-o DIR --map '-ort=Ort 1'``: "-ort=Ort 1" is --map's value, no second -o (the hostile
        re-test: the note named "rt=Ort 1" as the --out that counts, the files went to DIR)."""
        path = write_input("kunden.csv", b"Firma;-ort\nA GmbH;Berlin\n")

        result = run_cli("check", path, "-o", tmp_path / "a", "--map", "-ort=Ort 1", f"-o{tmp_path / 'b'}")

        assert f"es gilt die letzte Angabe: {tmp_path / 'b'}." in result.stderr
        assert (tmp_path / "b" / "kunden.kunden.csv").is_file()
        assert "rt=Ort 1" not in result.stderr

    def test_two_character_delimiter(self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path) -> None:
        """``--delimiter ab`` is a usage error naming the option."""
        path = write_input("kunden.csv", CLEAN.encode())
        out = tmp_path / "out"

        result = run_cli("check", path, "--delimiter", "ab", "--out", out)

        assert result.exit_code == 2
        assert (
            "--delimiter muss genau ein Zeichen sein, kein Buchstabe und keine Ziffer, "
            "z. B. --delimiter ';' oder --delimiter tab (erhalten: ab)." in result.stderr
        )
        assert result.stdout == ""
        assert no_outputs(out)

    @pytest.mark.parametrize("given", ["x", "7", "ä"])
    def test_a_letter_or_digit_is_no_delimiter(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, given: str
    ) -> None:
        """Found by the hostile loop test: --delimiter x was taken, and the header and two
        contacts became a preamble that only the JSON report held."""
        path = write_input("kunden.csv", CLEAN.encode())
        out = tmp_path / "out"

        result = run_cli("check", path, "--delimiter", given, "--out", out)

        assert result.exit_code == 2
        assert "kein Buchstabe und keine Ziffer" in result.stderr
        assert no_outputs(out)

    def test_out_is_a_file(self, run_cli: RunCli, write_input: WriteInput) -> None:
        """Found by the hostile session: click named the folder it wanted in English ("Directory
        'l.csv' ist eine Datei")."""
        path = write_input("kunden.csv", CLEAN.encode())

        result = run_cli("check", path, "--out", path)

        assert result.exit_code == 2
        assert f"Ungültiger Wert für '--out' / '-o': Ordner '{path}' ist eine Datei." in result.stderr

    def test_unreadable_size(self, run_cli: RunCli, write_input: WriteInput) -> None:
        """``--max-input-size viel`` is a usage error naming the option."""
        path = write_input("kunden.csv", CLEAN.encode())

        result = run_cli("check", path, "--max-input-size", "viel")

        assert result.exit_code == 2
        assert (
            "--max-input-size versteht Angaben wie 200MB, 1GB oder 5000000 (erhalten: viel)." in result.stderr
        )

    def test_language_of_a_refused_option_leaves_nothing_behind(
        self, run_cli: RunCli, write_input: WriteInput
    ) -> None:
        """``--lang en`` is entered before a later option fails to convert, and click never closes
        the command's context: collecting it later, in another thread, must raise nothing (it
        did: an unraisable ValueError that failed whichever test was running then), and the
        next command speaks German again."""
        path = write_input("kunden.csv", CLEAN.encode())

        refused = run_cli("check", path, "--lang", "en", "--max-input-size", "viel")
        code, stderr = refused.exit_code, refused.stderr
        del refused  # its traceback holds click's context, and with it the language entered
        collector = threading.Thread(target=gc.collect)
        collector.start()
        collector.join()

        assert code == 2
        assert "--max-input-size takes values like 200MB" in stderr
        again = run_cli("check", path, "--max-input-size", "viel")
        assert "--max-input-size versteht" in again.stderr


class TestSeveralFiles:
    """With several files each is checked and the worst exit code wins."""

    @pytest.mark.parametrize("bad_first", [False, True], ids=["bad-last", "bad-first"])
    def test_unusable_file_among_good_ones_gives_exit_3(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path, bad_first: bool
    ) -> None:
        """A good and an empty file end with exit 3; the good file is still checked and reported."""
        good = write_input("gut.csv", CLEAN.encode())
        bad = write_input("leer.csv", b"")
        out = tmp_path / "out"
        files = [bad, good] if bad_first else [good, bad]

        result = run_cli("check", *files, "--out", out)

        assert result.exit_code == 3
        assert result.stderr == (
            f"Fehler: {bad} ist leer (0 Bytes). Exportieren Sie die Kontakte erneut und prüfen Sie, ob der "
            "Export Datensätze enthält.\n"
        )
        assert (out / "gut.report.json").exists()
        assert not (out / "leer.report.json").exists()

    def test_worst_of_ready_and_attention(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """A ragged file next to a clean one ends with the worse of their own exit codes."""
        clean = write_input("gut.csv", CLEAN.encode())
        ragged = write_input("schief.csv", b"Name;Ort;PLZ\r\nA;B\r\nC;D;E;F\r\n")
        out = tmp_path / "out"
        alone = [
            run_cli("check", f, "--out", tmp_path / f"allein-{f.stem}").exit_code for f in (clean, ragged)
        ]
        assert all(code in (0, 1) for code in alone)

        result = run_cli("check", clean, ragged, "--out", out)

        assert result.exit_code == max(alone)
        assert (out / "gut.report.json").exists()
        assert (out / "schief.report.json").exists()

    def test_json_for_several_files_is_a_list(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """``--json`` with two readable files prints a list of two reports, in the order given."""
        first = write_input("a.csv", CLEAN.encode())
        second = write_input("b.csv", b"Name;Ort\r\nA;B\r\n")

        result = run_cli("check", first, second, "--json", "--out", tmp_path / "out")

        assert result.exit_code in (0, 1), result.stderr
        reports = json.loads(result.stdout)
        assert [r["input"]["path"] for r in reports] == [str(first), str(second)]
        assert [r["rows"]["read"] for r in reports] == [3, 1]


class TestDebug:
    """``--debug`` shows a traceback for internal errors only."""

    @pytest.fixture
    def broken_pipeline(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Make every check fail with an unexpected RuntimeError, as a bug would."""

        def boom(*_args: object, **_kwargs: object) -> None:
            raise RuntimeError("kaputt")

        monkeypatch.setattr("importer.pipeline.check_file", boom)

    @pytest.mark.usefixtures("broken_pipeline")
    def test_internal_error_without_debug(self, run_cli: RunCli, write_input: WriteInput) -> None:
        """An internal error ends with exit 4 and one message asking for --debug, without traceback."""
        result = run_cli("check", write_input("k.csv", CLEAN.encode()))

        assert result.exit_code == 4
        assert result.stderr == INTERNAL

    @pytest.mark.usefixtures("broken_pipeline")
    def test_internal_error_with_debug(self, run_cli: RunCli, write_input: WriteInput) -> None:
        """With --debug an internal error also prints its traceback."""
        result = run_cli("check", write_input("k.csv", CLEAN.encode()), "--debug")

        assert result.exit_code == 4
        assert result.stderr.startswith("Traceback (most recent call last):\n")
        assert "RuntimeError: kaputt\n" in result.stderr
        assert result.stderr.endswith(INTERNAL)

    def test_unusable_input_with_debug_has_no_traceback(
        self, run_cli: RunCli, write_input: WriteInput, tmp_path: Path
    ) -> None:
        """With --debug an unusable input is still refused with its one message and no traceback."""
        path = write_input("k.csv", b"")

        result = run_cli("check", path, "--debug", "--out", tmp_path / "out")

        assert result.exit_code == 3
        assert result.stderr == (
            f"Fehler: {path} ist leer (0 Bytes). Exportieren Sie die Kontakte erneut und prüfen Sie, ob der "
            "Export Datensätze enthält.\n"
        )
