"""``check`` on many files: in parallel (``--jobs``), in natural order, with a closing line,
the worst exit code, ``index.html`` with the same summary, and a progress line on terminals only."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import Result

from importer import workers
from importer.exitcodes import ExitCode
from importer.messages import msg

RunCli = Callable[..., Result]

HEADER = "Kundennummer;Firmenname;Straße 1;PLZ 1;Ort 1;Land 1\r\n"
#: Every row complete: exit 0, "bereit".
READY = (
    HEADER
    + "10001;Müller GmbH;Hauptstraße 5;01067;Dresden;DE\r\n10002;Søren ApS;Ringvej 2;2100;København;DK\r\n"
)
#: The second row has no name: it is rejected, exit 1, "bitte prüfen".
ATTENTION = (
    HEADER + "10001;Müller GmbH;Hauptstraße 5;01067;Dresden;DE\r\n10002;;Ringvej 2;2100;København;DK\r\n"
)
#: A quote that is never closed: the file cannot be split into fields, exit 3, "unbrauchbar".
BROKEN = HEADER + '10001;"Müller GmbH;Hauptstraße 5;01067;Dresden;DE\r\n'


def _numbered(text: str, i: int) -> str:
    """``text`` with its customer numbers moved by ``10 * i``: another export of the same shape (a
    byte-for-byte copy of an input is checked once per run: copy-in-run)."""
    return text.replace("10001;", f"{10001 + 10 * i};").replace("10002;", f"{10002 + 10 * i};")


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "exporte"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def _summary_order(stdout: str) -> list[str]:
    """The input file names in the order their summaries were printed (``path: verdict`` lines)."""
    return [Path(path).name for path in re.findall(r"^(\S+\.csv): ", stdout, flags=re.MULTILINE)]


class TestBatchWithABrokenFile:
    """Several files in two processes, one of them unusable: the run carries on past it."""

    FILES: ClassVar[dict[str, str]] = {
        "f1.csv": READY,
        "f10.csv": ATTENTION,
        "f2.csv": _numbered(READY, 2),
        "f3.csv": BROKEN,
    }

    def run(self, run_cli: RunCli, tmp_path: Path, *extra: str) -> tuple[Result, Path]:
        folder = _folder(tmp_path, self.FILES)
        out = tmp_path / "out"
        return run_cli("check", folder, "--out", out, "--jobs", "2", *extra), out

    def test_exit_code_is_the_worst_of_its_files(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Ready, needs attention and unusable files together: the run exits 3 (unusable)."""
        result, _ = self.run(run_cli, tmp_path)
        assert result.exit_code == ExitCode.INPUT_UNUSABLE

    def test_every_good_file_has_its_outputs_and_the_broken_one_none(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """f1, f2 and f10 get upload file and reports; f3 gets nothing and its error is on stderr."""
        result, out = self.run(run_cli, tmp_path)
        names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
        expected = sorted(
            [
                f"{stem}.{suffix}"
                for stem in ("f1", "f2", "f10")
                for suffix in ("kunden.csv", "report.html", "report.json")
            ]
            + ["f10.rejected.csv", "index.html"]
        )
        assert names == expected
        assert "Fehler: " in result.stderr
        assert "f3.csv" in result.stderr
        upload = (out / "f1.kunden.csv").read_bytes().decode("utf-8-sig")
        assert "Müller GmbH" in upload
        assert "Søren ApS" in upload

    def test_summaries_in_natural_order_and_one_closing_line(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Summaries come f1, f2, f10 (not f1, f10, f2); then one line counts the verdicts, and
        the last line names the overview page."""
        result, out = self.run(run_cli, tmp_path)
        assert _summary_order(result.stdout) == ["f1.csv", "f2.csv", "f10.csv"]
        assert result.stdout.splitlines()[-2:] == [
            "4 Dateien geprüft: 2 bereit, 1 bitte prüfen, 1 unbrauchbar.",
            f"Übersicht aller Dateien: {out / 'index.html'}",
        ]

    def test_index_page_has_the_summary_and_every_file_in_natural_order(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """index.html carries the same closing line and lists f1, f2, f3, f10 in that order."""
        _, out = self.run(run_cli, tmp_path)
        page = (out / "index.html").read_text("utf-8")
        assert "4 Dateien geprüft: 2 bereit, 1 bitte prüfen, 1 unbrauchbar." in page
        positions = [page.index(f"<code>{name}</code>") for name in ("f1.csv", "f2.csv", "f3.csv", "f10.csv")]
        assert positions == sorted(positions)

    def test_quiet_prints_only_the_closing_line(self, run_cli: RunCli, tmp_path: Path) -> None:
        """--quiet: no summary per file, only the closing line on stdout (the error still on stderr)."""
        result, _ = self.run(run_cli, tmp_path, "--quiet")
        assert result.stdout == "4 Dateien geprüft: 2 bereit, 1 bitte prüfen, 1 unbrauchbar.\n"
        assert "f3.csv" in result.stderr

    def test_english_closing_line(self, run_cli: RunCli, tmp_path: Path) -> None:
        """--lang en: the closing line in English."""
        result, _ = self.run(run_cli, tmp_path, "--lang", "en")
        assert result.stdout.splitlines()[-2] == "4 files checked: 2 ready, 1 need attention, 1 unusable."


class TestParallelIsTheSameAsOneByOne:
    """``--jobs 2`` writes exactly what ``--jobs 1`` writes and prints the same."""

    def test_same_outputs_and_stdout(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Every output file byte for byte, and stdout (folder names aside), agree."""
        files = {f"kunden-{i}.csv": _numbered(READY if i % 2 else ATTENTION, i) for i in range(1, 6)}
        folder = _folder(tmp_path, files)
        runs = {}
        for jobs in ("1", "2"):
            out = tmp_path / f"out{jobs}"
            result = run_cli("check", folder, "--out", out, "--jobs", jobs, "--no-html")
            assert result.exit_code == ExitCode.NEEDS_ATTENTION
            contents = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".csv"}
            runs[jobs] = (result.stdout.replace(str(out), "OUT"), contents)
        assert runs["1"] == runs["2"]
        assert len(runs["1"][1]) == 5 + 2  # five upload files, two rejected files


class TestWorkerThreads:
    """Workers share the cores out: polars' thread count is set for them, unless the user set it."""

    def test_set_while_the_pool_runs_then_removed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("POLARS_MAX_THREADS", raising=False)
        with workers.polars_threads(1):
            assert os.environ["POLARS_MAX_THREADS"] == "1"
        assert "POLARS_MAX_THREADS" not in os.environ

    def test_the_users_choice_is_kept(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("POLARS_MAX_THREADS", "3")
        with workers.polars_threads(1):
            assert os.environ["POLARS_MAX_THREADS"] == "3"
        assert os.environ["POLARS_MAX_THREADS"] == "3"


#: Starts the worker server ahead for the paths given as arguments (the last one: --jobs) and
#: prints whether a server runs and whether this process's polars thread setting was touched.
_START_EARLY = """
import os, sys
from multiprocessing import forkserver
from pathlib import Path
from importer.workers import start_early
start_early([Path(p) for p in sys.argv[1:-1]], int(sys.argv[-1]))
print(forkserver._forkserver._forkserver_pid is not None, "POLARS_MAX_THREADS" in os.environ)
"""


class TestStartEarly:
    """A batch's worker server starts before the command imports the checker; nothing else
    starts one, and the command's own polars keeps every core."""

    def _run(self, *args: object) -> str:
        env = {k: v for k, v in os.environ.items() if k != "POLARS_MAX_THREADS"}
        done = subprocess.run(
            [sys.executable, "-c", _START_EARLY, *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=60,
        )
        return done.stdout.strip()

    @pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers on Linux only")
    def test_folder_or_several_files_start_it(self, tmp_path: Path) -> None:
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": READY})
        assert self._run(folder, 2) == "True False"
        assert self._run(folder / "a.csv", folder / "b.csv", 2) == "True False"

    def test_one_file_one_job_or_standard_input_start_nothing(self, tmp_path: Path) -> None:
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": READY})
        assert self._run(folder / "a.csv", 2) == "False False"
        assert self._run(folder, 1) == "False False"
        assert self._run(folder / "a.csv", "-", 2) == "False False"


class TestWorstExitCode:
    """Without an unusable file the worst is "needs attention"."""

    def test_ready_and_attention_exit_1(self, run_cli: RunCli, tmp_path: Path) -> None:
        """One ready and one needing attention: exit 1, and the closing line says so."""
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
        result = run_cli("check", folder / "b.csv", folder / "a.csv", "--jobs", "2", "--no-html")
        assert result.exit_code == ExitCode.NEEDS_ATTENTION
        assert _summary_order(result.stdout) == ["a.csv", "b.csv"]
        assert result.stdout.splitlines()[-1] == "2 Dateien geprüft: 1 bereit, 1 bitte prüfen, 0 unbrauchbar."

    def test_a_folder_checked_into_itself_twice(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Found by the hostile round: "check fd/* --out fd" a second time read the batch's own
        index.html as an input, exit 3, and the closing note said the tool had not written it."""
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
        first = run_cli("check", folder / "a.csv", folder / "b.csv", "--out", folder)
        assert (first.exit_code, (folder / "index.html").exists()) == (ExitCode.NEEDS_ATTENTION, True)
        everything = sorted(folder.iterdir())
        glob = [p for p in everything if not p.name.startswith(".")]  # what the shell's fd/* names

        again = run_cli("check", *glob, "--out", folder)

        assert again.exit_code == ExitCode.NEEDS_ATTENTION
        assert "2 Dateien geprüft: 1 bereit, 1 bitte prüfen, 0 unbrauchbar." in again.stdout.splitlines()
        assert msg("skipped-output-unknown", path=folder / "index.html") in again.stderr
        assert "Hinweis" not in again.stderr
        assert sorted(folder.iterdir()) == everything

    def test_jobs_zero_is_a_usage_error(self, run_cli: RunCli, tmp_path: Path) -> None:
        """--jobs 0: exit 2 and a message naming --jobs; nothing written."""
        folder = _folder(tmp_path, {"a.csv": READY})
        result = run_cli("check", folder, "--jobs", "0")
        assert result.exit_code == ExitCode.USAGE
        assert "--jobs" in result.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["a.csv"]


def _run_in_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run the command with stdout on a pseudo-terminal; return its exit code and everything shown."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "importer", *args],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200"},
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=60), shown.decode("utf-8", "replace")


class TestProgress:
    """The progress line: on a terminal only, never in a file, a pipe or with --quiet."""

    def test_off_when_stdout_is_not_a_terminal(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Captured stdout (as in a pipe or a file): no progress text and no carriage returns."""
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
        result = run_cli("check", folder, "--out", tmp_path / "out", "--jobs", "2")
        assert "\r" not in result.stdout
        assert "Dateien fertig" not in result.stdout

    def test_off_when_piped(self, tmp_path: Path) -> None:
        """A real pipe to another program: no progress text."""
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
        done = subprocess.run(
            [sys.executable, "-m", "importer", "check", str(folder), "--out", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == ExitCode.NEEDS_ATTENTION
        assert "Dateien fertig" not in done.stdout
        assert "\r" not in done.stdout

    def test_on_in_a_terminal(self, tmp_path: Path) -> None:
        """On a terminal the line counts the files and names the one being checked."""
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
        code, shown = _run_in_terminal(["check", str(folder), "--out", str(tmp_path / "out")], tmp_path)
        assert code == ExitCode.NEEDS_ATTENTION
        assert "0/2 Dateien fertig · 0 Zeilen · prüfe a.csv" in shown
        assert "2 Dateien geprüft: 1 bereit, 1 bitte prüfen, 0 unbrauchbar." in shown

    def test_quiet_in_a_terminal(self, tmp_path: Path) -> None:
        """--quiet on a terminal: no progress line, only the closing line."""
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
        code, shown = _run_in_terminal(
            ["check", str(folder), "--out", str(tmp_path / "out"), "--quiet"], tmp_path
        )
        assert code == ExitCode.NEEDS_ATTENTION
        assert "Dateien fertig" not in shown
        assert shown.strip() == "2 Dateien geprüft: 1 bereit, 1 bitte prüfen, 0 unbrauchbar."


class TestNamesCannotSteerTheTerminal:
    """A file name (or a header, a value) holds characters a terminal obeys instead of showing:
    an escape sequence that sets the window title or clears the screen, a carriage return that
    overwrites the line with "bereit". The console shows each as a ``\\uXXXX`` escape."""

    NAME = "kunden\x1b]0;Titel\x07\rbereit\u202e.csv"
    SHOWN = "kunden\\u001b]0;Titel\\u0007\\u000dbereit\\u202e.csv"

    def test_summary_and_progress_on_a_terminal(self, tmp_path: Path) -> None:
        folder = _folder(tmp_path, {self.NAME: ATTENTION, "a\nzeilen.csv": _numbered(READY, 1)})
        code, shown = _run_in_terminal(["check", str(folder), "--out", str(tmp_path / "out")], tmp_path)
        assert code == ExitCode.NEEDS_ATTENTION
        assert "\x1b" not in shown
        assert "\x07" not in shown
        assert "\u202e" not in shown
        assert f"{folder}/{self.SHOWN}: bitte prüfen" in shown
        # the progress line stays one line: the line break in a name is shown as an escape there
        assert "prüfe a\\u000azeilen.csv" in shown
        # the only carriage returns are the progress line's (each before the line or its wiping)
        assert "\rbereit" not in shown

    def test_summary_in_a_pipe(self, run_cli: RunCli, tmp_path: Path) -> None:
        folder = _folder(tmp_path, {self.NAME: READY})
        result = run_cli("check", folder / self.NAME, "--out", tmp_path / "out")
        assert result.exit_code == ExitCode.READY
        assert "\x1b" not in result.stdout
        assert "\r" not in result.stdout
        assert f"{self.SHOWN}: bereit" in result.stdout

    def test_a_line_break_in_a_name_keeps_the_summary_s_lines(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A line break in a file's name split the summary's first line and each output's line in
        two, the second part looking like a line of its own ("den.csv: bereit zum Hochladen")."""
        folder = _folder(tmp_path, {"kun\nden.csv": READY})
        result = run_cli("check", folder / "kun\nden.csv", "--out", tmp_path / "out")
        assert result.exit_code == ExitCode.READY
        lines = result.stdout.splitlines()
        assert lines[0] == f"{folder}/kun\\u000aden.csv: bereit zum Hochladen"
        assert lines[-3:] == [
            f"    {tmp_path}/out/kun\\u000aden.{suffix}"
            for suffix in ("kunden.csv", "report.html", "report.json")
        ]
        # the files themselves keep the user's name
        assert (tmp_path / "out" / "kun\nden.kunden.csv").is_file()

    def test_json_keeps_the_characters_as_escapes(self, run_cli: RunCli, tmp_path: Path) -> None:
        """--json on stdout: C1 controls and bidi overrides in a value come out as JSON escapes
        (JSON itself escapes only C0), so the document reads back with the same strings."""
        data = (HEADER + "10001;Müller\u009b2J\u202eGmbH;Hauptstraße 5;01067;Dresden;DE\r\n").encode()
        path = tmp_path / "kunden.csv"
        path.write_bytes(data)
        result = run_cli("check", path, "--out", tmp_path / "out", "--json")
        assert "\u009b" not in result.stdout
        assert "\u202e" not in result.stdout
        assert "\\u009b" in result.stdout
        assert "\\u202e" in result.stdout
        report = json.loads(result.stdout)
        assert report["input"]["path"] == str(path)
        assert "Müller\u009b2J\u202eGmbH" in json.dumps(report, ensure_ascii=False)  # the fix's old value


def _batch_with_temp(tmp_path: Path, temp: Path) -> subprocess.CompletedProcess[str]:
    """A batch of two files (one needs attention) as a user runs it, with ``TMPDIR`` ``temp``."""
    folder = _folder(tmp_path, {"a.csv": READY, "b.csv": ATTENTION})
    return subprocess.run(
        [sys.executable, "-m", "importer", "check", str(folder), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TMPDIR": str(temp)},
        timeout=120,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers on Linux only")
class TestTemporaryFolder:
    """The worker server's socket lives in the temporary folder."""

    def test_nothing_left_behind_after_a_batch(self, tmp_path: Path) -> None:
        """A support agent's dozens of batches a day littered the temporary folder with one
        ``pymp-…`` folder each (the command leaves with ``os._exit``, which skipped
        multiprocessing's clean-up)."""
        temp = Path(tempfile.mkdtemp(prefix="t", dir="/tmp"))  # short: the server can listen there
        try:
            done = _batch_with_temp(tmp_path, temp)
            assert done.returncode == ExitCode.NEEDS_ATTENTION, done.stderr
            assert list(temp.iterdir()) == []
        finally:
            shutil.rmtree(temp)

    def test_a_long_temporary_folder_still_checks_every_file(self, tmp_path: Path) -> None:
        """A socket's path has at most 107 bytes: under a longer ``TMPDIR`` the batch ended with a
        traceback and no outputs. The files are checked all the same."""
        temp = tmp_path / ("t" * 120)
        temp.mkdir()
        done = _batch_with_temp(tmp_path, temp)
        assert done.returncode == ExitCode.NEEDS_ATTENTION, done.stderr
        assert "Traceback" not in done.stderr
        assert "2 Dateien geprüft: 1 bereit, 1 bitte prüfen, 0 unbrauchbar." in done.stdout.splitlines()
        written = sorted(p.name for p in (tmp_path / "out").iterdir() if p.suffix == ".csv")
        assert written == ["a.kunden.csv", "b.kunden.csv", "b.rejected.csv"]


class TestGermanVatShortcut:
    """The direct check of compact German VAT ids answers exactly as python-stdnum does."""

    def test_same_answer_as_stdnum_for_many_ids(self) -> None:
        """20,000 ids ``DE`` + nine digits (leading zeros, valid and invalid check digits) agree."""
        import random

        from stdnum.eu import vat as stdnum_vat

        from importer import vatids

        rng = random.Random(15)
        values = [f"DE{rng.randrange(10**9):09d}" for _ in range(20_000)]
        values += ["DE136695976", "DE036695976", "DE000000000", "DE999999999"]
        vatids.is_valid.cache_clear()
        ours = [vatids.is_valid(v) for v in values]
        assert ours == [bool(stdnum_vat.is_valid(v)) for v in values]
        assert 1_000 < sum(ours) < 3_000  # about one in ten has the right check digit


class TestPlainEmailShortcut:
    """Plain addresses skip email-validator's full parse, with exactly its answer."""

    EDGE_CASES: ClassVar[list[str]] = [
        "info@mueller-bau.de",
        "A.B@X-Y.DE",
        "a@1.de",
        "a" * 64 + "@x.de",
        "a" * 65 + "@x.de",  # local part too long
        "a@" + "b" * 63 + ".de",
        "a@" + "b" * 64 + ".de",  # label too long
        "a@xn--mller-kva.de",
        "a@x--y.de",
        "a@b.test",  # special-use
        "a@b.local",
        "a..b@x.de",
        ".a@x.de",
        "a.@x.de",
        "a@-x.de",
        "a@x-.de",
        "a@x.de.",
        "jörg@x.de",
        "a b@x.de",
        "a@b@x.de",
        "info@müller.de",
    ]

    def test_same_answer_as_email_validator(self) -> None:
        """Edge cases and 5,000 generated variants of plain addresses: is_valid equals email-validator."""
        import random

        from email_validator import EmailNotValidError, validate_email

        from importer import emails

        def reference(address: str) -> bool:
            try:
                validate_email(address, check_deliverability=False, allow_smtputf8=False)
            except EmailNotValidError:
                return False
            return True

        rng = random.Random(15)
        values = list(self.EDGE_CASES)
        for _ in range(5_000):
            local = rng.choice(["info", "max.muster", "a_b", "x+y"])
            base = f"{local}@{rng.choice(['firma', 'a-b', 'mail.c1'])}.de"
            spot = rng.randrange(len(base) + 1)
            values.append(base[:spot] + rng.choice(".-_+@ äZ9") + base[spot:])
        emails.is_valid.cache_clear()
        assert [emails.is_valid(v) for v in values] == [reference(v) for v in values]


class TestCopiesInOneRun:
    """A byte-for-byte copy of an input ("export - Kopie.csv", as Explorer makes it) checked in the
    same run gave a second upload file of the same contacts, without a word (the hostile round on
    Excel's files). It is skipped and named; the original (the shorter name) is checked."""

    def test_the_copy_is_skipped(self, run_cli: RunCli, tmp_path: Path) -> None:
        folder = _folder(tmp_path, {"export.csv": READY, "export - Kopie.csv": READY, "b.csv": ATTENTION})
        result = run_cli("check", folder, "--jobs", "1")
        assert result.exit_code == ExitCode.NEEDS_ATTENTION
        uploads = sorted(p.name for p in folder.iterdir() if p.name.endswith(".kunden.csv"))
        assert uploads == ["b.kunden.csv", "export.kunden.csv"]
        copy, original = folder / "export - Kopie.csv", folder / "export.csv"
        assert f"Übersprungen: {copy} – derselbe Inhalt wie {original}" in result.stderr

    def test_empty_files_are_each_called_empty(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Two 0-byte exports: the second was skipped as a copy ("dieselben Kontakte in zwei
        Upload-Dateien") and never called empty (the thirty-fourth hostile round)."""
        folder = _folder(tmp_path, {"a.csv": "", "b.csv": ""})
        result = run_cli("check", folder, "--jobs", "1")
        assert result.exit_code == ExitCode.INPUT_UNUSABLE
        assert "Übersprungen" not in result.stderr
        assert result.stderr.count("ist leer (0 Bytes)") == 2, result.stderr

    def test_exports_that_differ_are_both_checked(self, run_cli: RunCli, tmp_path: Path) -> None:
        folder = _folder(tmp_path, {"a.csv": READY, "b.csv": _numbered(READY, 1)})
        assert run_cli("check", folder).exit_code == ExitCode.READY
        assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".kunden.csv")) == [
            "a.kunden.csv",
            "b.kunden.csv",
        ]


@pytest.mark.parametrize(
    ("verdicts", "line"),
    [
        (["ready", "attention"], "2 Dateien geprüft: 1 bereit, 1 bitte prüfen, 0 unbrauchbar."),
        (
            ["ready", "error", "error", "unusable"],
            "4 Dateien, 2 davon geprüft: 1 bereit, 0 bitte prüfen, 1 unbrauchbar; 2 nicht geprüft.",
        ),
        (["error"], "1 Datei, nicht geprüft."),
    ],
)
def test_the_closing_line_counts_only_checked_files_as_checked(verdicts: list[str], line: str) -> None:
    """After Ctrl-C it said "8 Dateien geprüft: 2 bereit, …, 6 nicht geprüft" (the re-test)."""
    from importer.pages import batch_summary

    assert batch_summary(verdicts) == line
