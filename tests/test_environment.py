"""What the machine around a run does to it: a damaged cache, links that lead nowhere, a closed
standard input, file names that are no UTF-8. Each was an internal error (exit 4) or a traceback
(the hostile round on environments, 27th session); each is now a German message with a
documented exit code, and a batch carries on past the file concerned."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import filelock
import pytest
from click.testing import Result

from importer.exitcodes import ExitCode
from importer.messages import msg

RunCli = Callable[..., Result]

#: Two customers, ready to upload.
READY = "Kundennummer;Firmenname;Ort 1\r\n10001;Müller GmbH;Köln\r\n10002;Schmidt AG;Bonn\r\n"
#: The name a Windows ZIP archive gives "Künden.csv" when unpacked on Linux: Windows-1252 bytes.
LATIN1_NAME = b"K\xfcnden.csv"


def _command(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed command as a user runs it, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "importer", *map(str, args)],
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def _when_the_server_runs(process: subprocess.Popen[bytes], *, later: float = 0.0) -> None:
    """Wait until ``process`` has started its batch's worker server (its first child process: the
    command is past its start-up then, and the server still imports), and ``later`` seconds more."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if children.read_text().split():
            break
        time.sleep(0.005)
    time.sleep(later)


class TestTemplateCache:
    """Compiled report templates are cached in the user's cache folder; a damaged cache file is
    compiled afresh instead of ending every later run with exit 4."""

    def test_a_cache_file_cut_short_is_compiled_again(self, tmp_path: Path) -> None:
        path = tmp_path / "k.csv"
        path.write_bytes(READY.encode())
        cache = tmp_path / "cache"
        first = _command("check", path, "--out", tmp_path / "out1", env={"XDG_CACHE_HOME": str(cache)})
        assert first.returncode == ExitCode.READY, first.stderr
        cached = [p for p in cache.rglob("*") if p.is_file()]
        assert cached, "the first run fills the cache"
        for file in cached:  # a disk that ran full, a process killed while writing
            file.write_bytes(file.read_bytes()[:60])

        again = _command("check", path, "--out", tmp_path / "out2", env={"XDG_CACHE_HOME": str(cache)})

        assert again.returncode == ExitCode.READY, again.stderr
        assert (tmp_path / "out2" / "k.report.html").read_bytes() == (
            tmp_path / "out1" / "k.report.html"
        ).read_bytes().replace(b"out1", b"out2")

    def test_no_cache_folder_where_there_is_no_home(self, tmp_path: Path) -> None:
        """``HOME=/nonexistent`` (a service account) made that folder, as root; a relative
        ``XDG_CACHE_HOME`` a ``.cache`` folder wherever the run started."""
        path = tmp_path / "k.csv"
        path.write_bytes(READY.encode())
        home = tmp_path / "nonexistent"
        work = tmp_path / "work"
        work.mkdir()
        env = {"HOME": str(home), "XDG_CACHE_HOME": "relative-cache"}
        done = subprocess.run(
            [sys.executable, "-m", "importer", "check", str(path), "--out", str(tmp_path / "out")],
            capture_output=True,
            check=False,
            timeout=120,
            cwd=work,
            env={**os.environ, **env},
        )

        assert done.returncode == ExitCode.READY, done.stderr
        assert not home.exists()
        assert list(work.iterdir()) == []


class TestLinks:
    def test_a_link_to_itself_is_unusable_not_a_bug(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``ln -s loop.csv loop.csv``: exit 3 and a message saying there is no file behind it."""
        loop = tmp_path / "loop.csv"
        loop.symlink_to(loop.name)

        result = run_cli("check", loop, "--out", tmp_path / "out")

        assert result.exit_code == ExitCode.INPUT_UNUSABLE
        assert result.stderr == f"Fehler: {msg('input-link-loop', path=loop)}\n"

    def test_a_link_to_itself_in_a_folder_does_not_stop_the_others(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        folder = tmp_path / "exporte"
        folder.mkdir()
        (folder / "a.csv").write_bytes(READY.encode())
        (folder / "loop.csv").symlink_to("loop.csv")

        result = run_cli("check", folder, "--out", tmp_path / "out", "--jobs", "1")

        assert result.exit_code != ExitCode.INTERNAL, result.stderr
        assert (tmp_path / "out" / "a.kunden.csv").is_file()

    def test_out_as_a_link_to_a_missing_folder(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--out`` names a link whose folder is gone: exit 2 naming the link, its target and --out."""
        path = tmp_path / "k.csv"
        path.write_bytes(READY.encode())
        out = tmp_path / "ausgabe"
        out.symlink_to(tmp_path / "weg" / "zz")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == ExitCode.USAGE
        expected = msg("usage-out-dangling-link", path=out, target=tmp_path / "weg" / "zz")
        assert result.stderr == f"Fehler: {expected}\n"
        assert "--out" in expected
        assert not (tmp_path / "weg").exists()


class TestStandardInput:
    def test_closed_standard_input(self, tmp_path: Path) -> None:
        """``check - <&-``: exit 3 and a message to give the file's path instead."""
        # a closed descriptor 0, as the shell's "<&-" leaves it
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import os, runpy, sys; os.close(0); sys.stdin = None; "
                "sys.argv = ['lexoffice-import', 'check', '-', '--out', sys.argv[1]]; "
                "runpy.run_module('importer', run_name='__main__')",
                str(tmp_path / "out"),
            ],
            capture_output=True,
            check=False,
            timeout=120,
        )

        assert done.returncode == ExitCode.INPUT_UNUSABLE
        assert done.stderr.decode() == f"Fehler: {msg('input-stdin-closed')}\n"


@pytest.mark.skipif(sys.platform != "linux", reason="names are bytes on Linux only")
class TestNamesThatAreNoText:
    """A file name in Windows-1252 bytes (a ZIP archive from Windows unpacked on Linux)."""

    def test_alone_exit_3_with_the_name_readable(self, tmp_path: Path) -> None:
        path = tmp_path / os.fsdecode(LATIN1_NAME)
        path.write_bytes(READY.encode())

        done = _command("check", path, "--out", tmp_path / "out")

        assert done.returncode == ExitCode.INPUT_UNUSABLE
        stderr = done.stderr.decode()
        assert "Künden.csv" in stderr
        assert "Benennen Sie die Datei um" in stderr
        assert "Traceback" not in stderr
        assert not (tmp_path / "out").exists() or list((tmp_path / "out").glob("*.csv")) == []

    def test_in_a_folder_the_others_are_checked_and_listed(self, tmp_path: Path) -> None:
        folder = tmp_path / "exporte"
        folder.mkdir()
        (folder / "a.csv").write_bytes(READY.encode())
        other = READY.replace("10001", "10011").replace("10002", "10012")
        (folder / os.fsdecode(LATIN1_NAME)).write_bytes(other.encode())
        out = tmp_path / "out"

        done = _command("check", folder, "--out", out, "--quiet")

        assert done.returncode == ExitCode.INPUT_UNUSABLE, done.stderr.decode()
        assert "Traceback" not in done.stderr.decode()
        assert (
            done.stdout.decode().splitlines()[-1]
            == "2 Dateien geprüft: 1 bereit, 0 bitte prüfen, 1 unbrauchbar."
        )
        assert (out / "a.kunden.csv").is_file()
        page = (out / "index.html").read_text(encoding="utf-8")
        assert "Künden.csv" in page

    def test_a_folder_of_such_a_name_is_named_as_the_thing_to_rename(self, tmp_path: Path) -> None:
        folder = tmp_path / os.fsdecode(b"Exporte M\xfcller")
        folder.mkdir()
        (folder / "kunden.csv").write_bytes(READY.encode())

        done = _command("check", folder / "kunden.csv", "--out", tmp_path / "out")

        assert done.returncode == ExitCode.INPUT_UNUSABLE
        stderr = done.stderr.decode()
        assert "Exporte Müller/kunden.csv" in stderr
        assert "benennen Sie den Ordner um" in stderr
        assert "Benennen Sie die Datei um" not in stderr  # its own name is fine

    def test_as_the_output_folder_exit_2_before_anything_is_written(self, tmp_path: Path) -> None:
        # the reports name their files in it: it ended in an internal error (exit 4)
        (tmp_path / "kunden.csv").write_bytes(READY.encode())
        out = tmp_path / os.fsdecode(b"Ausgaben f\xfcr Import")

        done = _command("check", tmp_path / "kunden.csv", "--out", out, "--json")

        assert done.returncode == ExitCode.USAGE
        stderr = done.stderr.decode()
        assert "--out" in stderr
        assert "Ausgaben für Import" in stderr
        assert "Traceback" not in stderr
        assert not out.exists()
        assert b'"exit_code": 2' in done.stdout


class TestTemplateAndReferenceNeverReplaceOtherFiles:
    """``template`` and ``reference`` write under a name the user gives (or a fixed one); what is
    there already and differs stays (``template --out kunden.csv`` replaced the user's export)."""

    def test_template_over_an_export(self, run_cli: RunCli, tmp_path: Path) -> None:
        export = tmp_path / "kunden.csv"
        export.write_bytes(READY.encode())

        result = run_cli("template", "--out", export)

        assert result.exit_code == ExitCode.USAGE
        assert result.stderr == f"Fehler: {msg('usage-file-exists', path=export, option='--out')}\n"
        assert export.read_bytes() == READY.encode()

    def test_reference_over_a_link_keeps_the_link(self, run_cli: RunCli, tmp_path: Path) -> None:
        kept = tmp_path / "notizen.html"
        kept.write_bytes(b"<p>meine Notizen</p>")
        link = tmp_path / "ref.html"
        link.symlink_to(kept.name)

        result = run_cli("reference", "--out", link)

        assert result.exit_code == ExitCode.USAGE
        assert link.is_symlink()
        assert kept.read_bytes() == b"<p>meine Notizen</p>"

    def test_its_own_earlier_files_are_replaced(self, run_cli: RunCli, tmp_path: Path) -> None:
        """The template again, with or without ``--example``, over an empty file (``mktemp``), and
        an earlier reference page (the re-test found all three refused)."""
        target = tmp_path / "vorlage.csv"
        assert run_cli("template", "--out", target).exit_code == ExitCode.READY
        plain = target.read_bytes()
        assert run_cli("template", "--out", target).exit_code == ExitCode.READY
        assert run_cli("template", "--out", target, "--example").exit_code == ExitCode.READY
        assert target.read_bytes() != plain
        assert run_cli("template", "--out", target).exit_code == ExitCode.READY
        assert target.read_bytes() == plain
        empty = tmp_path / "leer.csv"
        empty.touch()
        assert run_cli("template", "--out", empty).exit_code == ExitCode.READY
        assert empty.read_bytes() == plain
        page = tmp_path / "ref.html"
        assert run_cli("reference", "--out", page).exit_code == ExitCode.READY
        page.write_bytes(page.read_bytes().replace(b"</body>", b"<!-- older --></body>"))
        assert run_cli("reference", "--out", page).exit_code == ExitCode.READY
        assert b"<!-- older -->" not in page.read_bytes()


class TestStdoutThatCannotBeWritten:
    """The summary is printed; the files are what a run is for. stdout that fails does not stop
    the run, and the exit code stays the files' own."""

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    def test_a_full_disk_behind_stdout(self, tmp_path: Path) -> None:
        """``> /dev/full``: the outputs are written, exit 0, and stderr says the summary is lost."""
        path = tmp_path / "k.csv"
        path.write_bytes(READY.encode())
        with Path("/dev/full").open("wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "importer", "check", str(path), "--out", str(tmp_path / "out")],
                stdout=full,
                stderr=subprocess.PIPE,
                check=False,
                timeout=120,
            )

        assert done.returncode == ExitCode.READY, done.stderr.decode()
        assert done.stderr.decode() == msg("stdout-failed", reason=msg("env-reason-ENOSPC")) + "\n"
        assert (tmp_path / "out" / "k.kunden.csv").is_file()

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    @pytest.mark.parametrize("args", [("--help",), ("--version",), ("check", "--help")])
    def test_help_into_a_full_disk_exit_5_without_a_traceback(self, args: tuple[str, ...]) -> None:
        """stdout is all the help is for: its failure is the run's (it was Python's traceback)."""
        with Path("/dev/full").open("wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "importer", *args], stdout=full, stderr=subprocess.PIPE, check=False
            )

        assert done.returncode == ExitCode.ENVIRONMENT
        assert done.stderr.decode() == msg("stdout-failed-output", reason=msg("env-reason-ENOSPC")) + "\n"

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    def test_the_template_is_written_its_line_lost(self, tmp_path: Path) -> None:
        """It ended with exit 5, "Beim Schreiben von ? ist der Datenträger voll", the file written."""
        target = tmp_path / "vorlage.csv"
        with Path("/dev/full").open("wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "importer", "template", "--out", str(target)],
                stdout=full,
                stderr=subprocess.PIPE,
                check=False,
            )

        assert done.returncode == ExitCode.READY
        assert done.stderr.decode() == msg("stdout-failed-files", reason=msg("env-reason-ENOSPC")) + "\n"
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # the template, with its BOM

    def test_a_batch_piped_into_a_reader_that_stops(self, tmp_path: Path) -> None:
        """``check folder | head -1``: every file is still checked and the overview written."""
        folder = tmp_path / "exporte"
        folder.mkdir()
        for i in range(12):
            rows = READY.replace("10001", f"{11001 + 10 * i}").replace("10002", f"{11002 + 10 * i}")
            (folder / f"f{i}.csv").write_bytes(rows.encode())
        out = tmp_path / "out"
        process = subprocess.Popen(
            [sys.executable, "-m", "importer", "check", str(folder), "--out", str(out), "--jobs", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        assert process.stdout.readline().decode().startswith(str(folder / "f0.csv"))
        process.stdout.close()  # what head does after its line
        assert process.stderr is not None
        with process.stderr:
            stderr = process.stderr.read().decode()
        code = process.wait(timeout=120)

        assert code == ExitCode.READY, stderr
        assert "Traceback" not in stderr
        assert stderr == ""
        assert sorted(p.name for p in out.glob("*.kunden.csv")) == sorted(
            f"f{i}.kunden.csv" for i in range(12)
        )
        assert (out / "index.html").is_file()


#: Runs the console script's entry with a signal sent to itself while it imports click (the
#: command's first tenth of a second).
_SIGNALLED_WHILE_LOADING = """
import os, signal, sys
STOP = getattr(signal, sys.argv[1])
class Hook:
    def find_spec(self, name, path=None, target=None):
        if name == "click":
            os.kill(os.getpid(), STOP)
        return None
sys.meta_path.insert(0, Hook())
sys.argv = ["lexoffice-import", "--help"]
from importer.__main__ import launch
launch()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="SIGHUP on POSIX; signals to oneself")
@pytest.mark.parametrize(("name", "code"), [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 143)])
def test_a_signal_while_the_command_loads_ends_it_quietly(name: str, code: int) -> None:
    """Ctrl-C in the first tenth of a second printed Python's traceback of the import it stopped."""
    done = subprocess.run(
        [sys.executable, "-c", _SIGNALLED_WHILE_LOADING, name], capture_output=True, check=False, timeout=60
    )

    assert done.returncode == code
    assert done.stderr == b""
    assert done.stdout == b""  # no help text: the command never ran


@pytest.mark.skipif(sys.platform != "linux", reason="closing a stream at the start (sh) on POSIX")
class TestStandardStreamsClosed:
    """``>&-`` or ``2>&-`` (a service manager starts programs so): Python leaves the stream None."""

    @staticmethod
    def _closed(redirect: str, *args: str | Path) -> subprocess.CompletedProcess[bytes]:
        script = f'exec "$@" {redirect}'
        command = [sys.executable, "-m", "importer", *map(str, args)]
        return subprocess.run(
            ["sh", "-c", script, "sh", *command], capture_output=True, check=False, timeout=120
        )

    def test_stdout_closed_the_run_ends_without_a_traceback(self, tmp_path: Path) -> None:
        (tmp_path / "kunden.csv").write_bytes(READY.encode())

        done = self._closed(">&-", "check", tmp_path / "kunden.csv", "--out", tmp_path / "out")

        assert done.returncode == ExitCode.READY
        assert b"Traceback" not in done.stderr  # 'NoneType' object has no attribute 'flush'
        assert (tmp_path / "out" / "kunden.kunden.csv").is_file()

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    @pytest.mark.parametrize(("args", "code"), [(("check", "fehlt.csv"), 3), (("check", "--gibtsnicht"), 2)])
    def test_stderr_into_a_full_disk_keeps_the_exit_code(self, args: tuple[str, ...], code: int) -> None:
        """``2>/dev/full``: the message cannot be written, and the code was 1 ("needs attention")."""
        with Path("/dev/full").open("wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "importer", *args], stdout=subprocess.PIPE, stderr=full, check=False
            )

        assert done.returncode == code

    def test_stderr_closed_a_missing_input_still_exits_3(self, tmp_path: Path) -> None:
        done = self._closed("2>&-", "check", tmp_path / "fehlt.csv")

        assert done.returncode == ExitCode.INPUT_UNUSABLE  # was 1: the message could not be written


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and forkserver workers on Linux")
class TestCtrlCWhileStarting:
    """Ctrl-C reaches every process of the terminal's group, also while they still load."""

    @pytest.mark.parametrize("later", [0.0, 0.3])
    def test_exit_130_and_no_traceback(self, tmp_path: Path, later: float) -> None:
        """Pressed while the command and its worker server load: exit 130 (it was 1, click's
        "Abgebrochen!"), and no traceback of the server, which was still importing the checker."""
        folder = tmp_path / "exporte"
        folder.mkdir()
        for i in range(6):
            rows = READY.replace("10001", f"{11001 + 10 * i}").replace("10002", f"{11002 + 10 * i}")
            (folder / f"f{i}.csv").write_bytes(rows.encode())
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "importer",
                "check",
                str(folder),
                "--out",
                str(tmp_path / "out"),
                "--jobs",
                "2",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # a group of its own, as a terminal's job
        )
        _when_the_server_runs(process, later=later)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=120)  # the workers end too: stderr closes

        assert process.returncode == ExitCode.INTERRUPTED, stderr.decode()
        assert b"Traceback" not in stderr


class TestWaitingForAnotherRun:
    def test_the_wait_is_said_and_the_run_goes_on_when_the_other_is_done(self, tmp_path: Path) -> None:
        """Another run holds the output folder: this one says it waits (it waited up to two minutes
        without a word), then writes its outputs once the folder is free."""
        path = tmp_path / "k.csv"
        path.write_bytes(READY.encode())
        out = tmp_path / "out"
        out.mkdir()
        other = filelock.FileLock(out / ".lexoffice-import.lock")
        other.acquire()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "importer", "check", str(path), "--out", str(out)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            assert process.stderr is not None
            line = process.stderr.readline().decode()  # blocks until the run says something
            assert line == msg("waiting-for-folder", path=out, seconds=120) + "\n"
            assert not (out / "k.kunden.csv").exists()
        finally:
            other.release()
        with process.stderr:
            rest = process.stderr.read()
        assert process.wait(timeout=120) == ExitCode.READY, rest.decode()
        assert (out / "k.kunden.csv").is_file()


class TestInterruptedBatchOverview:
    """index.html after Ctrl-C in a batch: the earlier run's page listed every file with its old
    verdict beside the sets this run had already replaced."""

    def test_checked_files_new_verdict_the_others_not_checked(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from importer import batch

        folder = tmp_path / "exporte"
        folder.mkdir()
        names = [f"f{i}.csv" for i in range(1, 6)]
        for i, name in enumerate(names):
            rows = READY.replace("10001", f"{11001 + 10 * i}").replace("10002", f"{11002 + 10 * i}")
            (folder / name).write_bytes(rows.encode())
        out = tmp_path / "out"
        assert run_cli("check", folder, "--out", out, "--jobs", "1").exit_code == ExitCode.READY
        for name in names:  # each file now has a row without a name: "bitte prüfen"
            with (folder / name).open("ab") as file:
                file.write(b"19999;;Berlin\r\n")
        checked = batch.check_one
        calls: list[Path] = []

        def interrupted_at_the_third(names_: object, *args: object, **kwargs: object) -> object:
            calls.append(names_.input)  # type: ignore[attr-defined]
            if len(calls) == 3:
                raise KeyboardInterrupt
            return checked(names_, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(batch, "check_one", interrupted_at_the_third)

        result = run_cli("check", folder, "--out", out, "--jobs", "1")

        assert result.exit_code == ExitCode.INTERRUPTED
        page = (out / "index.html").read_text(encoding="utf-8")
        assert page.count(msg("not-checked-interrupted")) == 3
        listed = [line for line in page.split("<tr") if ".csv" in line]
        assert [("f1.csv" in r or "f2.csv" in r) for r in listed if "row-attention" in r] == [True, True]
        assert "row-ready" not in page

    @pytest.mark.parametrize("count", [1, 4])
    def test_json_output_stays_a_valid_document(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
    ) -> None:
        """``--json`` of an interrupted batch ended at its open ``[``: no JSON reader took it."""
        import json

        from importer import batch

        folder = tmp_path / "exporte"
        folder.mkdir()
        for i in range(count):
            rows = READY.replace("10001", f"{11001 + 10 * i}").replace("10002", f"{11002 + 10 * i}")
            (folder / f"f{i + 1}.csv").write_bytes(rows.encode())
        checked = batch.check_one
        calls: list[object] = []

        def interrupted_at_the_second(names_: object, *args: object, **kwargs: object) -> object:
            calls.append(names_)
            if len(calls) == min(2, count):
                raise KeyboardInterrupt
            return checked(names_, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(batch, "check_one", interrupted_at_the_second)

        result = run_cli("check", folder, "--out", tmp_path / "out", "--jobs", "1", "--json")

        assert result.exit_code == ExitCode.INTERRUPTED
        document = json.loads(result.stdout)
        reports = [document] if count == 1 else document
        assert [Path(r["input"]["path"]).name for r in reports] == [f"f{i + 1}.csv" for i in range(count)]
        assert [r["exit_code"] for r in reports] == [130] if count == 1 else [0, 130, 130, 130]
        assert reports[-1]["error"] == msg("not-checked-interrupted")


def _long_batch(tmp_path: Path, out: Path, *, stdout: int) -> subprocess.Popen[bytes]:
    """``check`` started on six files of 40,000 rows each, ``--jobs 2``: each takes a while, and
    their contents differ (a file's copy is not checked)."""
    folder = tmp_path / "exporte"
    folder.mkdir()
    for n in range(6):
        rows = "".join(f"Firma {i}-{n} GmbH;Köln\r\n" for i in range(40_000))
        (folder / f"f{n}.csv").write_bytes(("Firmenname;Ort 1\r\n" + rows).encode())
    return subprocess.Popen(
        [sys.executable, "-m", "importer", "check", str(folder), "--out", str(out), "--jobs", "2"],
        stdout=stdout,
        stderr=subprocess.PIPE,
    )


#: ``check`` with Ctrl-C arriving as its first worker starts (while the batch hands out its inputs).
_CTRL_C_AS_THE_FIRST_WORKER_STARTS = """
import os, signal, sys
import multiprocessing.process as process
started = process.BaseProcess.start
def start(self):
    if not getattr(start, "done", False):
        start.done = True
        os.kill(os.getpid(), signal.SIGINT)
    started(self)
process.BaseProcess.start = start
sys.argv = ["lexoffice-import", "check", *sys.argv[1:]]
from importer.__main__ import launch
launch()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers on Linux")
def test_ctrl_c_as_the_workers_start_stops_them_too(tmp_path: Path) -> None:
    """Workers started just after a Ctrl-C never got it: each checked a file in full and wrote
    its outputs, 1-2 s after the Ctrl-C (the re-test). They are told now, and check nothing."""
    folder = tmp_path / "exporte"
    folder.mkdir()
    for n in range(4):
        rows = "".join(f"Firma {i}-{n} GmbH;Köln\r\n" for i in range(40_000))
        (folder / f"f{n}.csv").write_bytes(("Firmenname;Ort 1\r\n" + rows).encode())
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CTRL_C_AS_THE_FIRST_WORKER_STARTS,
            str(folder),
            "--out",
            str(out),
            "--jobs",
            "2",
        ],
        capture_output=True,
        check=False,
        timeout=120,
    )

    assert done.returncode == ExitCode.INTERRUPTED, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    assert sorted(p.name for p in out.glob("*.csv")) == []


@pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers on Linux")
def test_a_worker_killed_mid_batch_ends_the_run_with_a_message(tmp_path: Path) -> None:
    """The system's out-of-memory killer ends a worker: Python's BrokenProcessPool traceback and
    exit 1 (seen after Ctrl-C too). Now exit 5, the message, and index.html for the files."""
    out = tmp_path / "out"
    process = _long_batch(tmp_path, out, stdout=subprocess.PIPE)
    worker = None
    deadline = time.monotonic() + 60
    while worker is None and time.monotonic() < deadline and process.poll() is None:
        servers = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        for server in servers:  # the resource tracker has no children; the worker server has
            with contextlib.suppress(OSError):
                children = Path(f"/proc/{server}/task/{server}/children").read_text().split()
                if children:
                    worker = int(children[0])
        time.sleep(0.01)
    assert worker is not None, "no worker started"
    time.sleep(0.3)  # at work on its first file
    os.kill(worker, signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)

    assert process.returncode == ExitCode.ENVIRONMENT, stderr.decode()
    assert b"Traceback" not in stderr
    assert stderr.decode().endswith(msg("workers-lost-signal", signal="SIGKILL") + "\n")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert msg("not-checked-interrupted") in page


@pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers on Linux")
def test_files_finished_while_a_batch_stops_are_listed_as_checked(tmp_path: Path) -> None:
    """Ctrl-C to the command alone (``kill -INT``): the workers finish the files they have, and
    their new outputs are written; index.html called those files "not checked"."""
    import re

    out = tmp_path / "out"
    process = _long_batch(tmp_path, out, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(out.glob(".lexoffice-import*")) and time.monotonic() < deadline:
        time.sleep(0.01)  # the first worker has begun writing into the folder
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)

    assert process.returncode == ExitCode.INTERRUPTED, stderr.decode()
    page = (out / "index.html").read_text(encoding="utf-8")
    rows = [row for row in page.split("<tr") if re.search(r"f\d\.csv", row)]
    assert len(rows) == 6
    for row in rows:
        name = re.search(r"f\d", row)
        assert name is not None
        written = (out / f"{name.group()}.kunden.csv").is_file()
        assert written == (msg("not-checked-interrupted") not in row), row[:300]
    assert any(msg("not-checked-interrupted") not in row for row in rows)  # some finished


@pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers and SIGHUP on Linux")
class TestTerminatedWhileStarting:
    """SIGTERM or SIGHUP (the terminal closed) while a batch starts: the process died of the
    signal and left its worker server's temporary folder behind."""

    @pytest.mark.parametrize(("name", "later"), [("SIGTERM", 0.0), ("SIGTERM", 0.3), ("SIGHUP", 0.1)])
    def test_exit_143_and_nothing_left_in_the_temporary_folder(
        self, tmp_path: Path, name: str, later: float
    ) -> None:
        folder = tmp_path / "exporte"
        folder.mkdir()
        for i in range(8):
            rows = READY.replace("10001", f"{11001 + 10 * i}").replace("10002", f"{11002 + 10 * i}")
            (folder / f"f{i}.csv").write_bytes(rows.encode())
        temp = Path(tempfile.mkdtemp(prefix="t", dir="/tmp"))  # short: the server can listen there
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "importer", "check", str(folder), "--out", str(tmp_path / "out")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env={**os.environ, "TMPDIR": str(temp)},
            )
            _when_the_server_runs(process, later=later)
            process.send_signal(getattr(signal, name))
            _, stderr = process.communicate(timeout=120)

            assert process.returncode == ExitCode.TERMINATED, stderr.decode()
            assert stderr.decode() == msg("terminated") + "\n"
            assert list(temp.iterdir()) == []
        finally:
            shutil.rmtree(temp)

    def test_a_stop_while_python_makes_a_temporary_file_leaves_nothing(self, tmp_path: Path) -> None:
        """The SIGTERM that came just after the resource tracker had started (1 in 20 runs of the
        test above): it fell between Python's making its probe file in the temporary folder and
        removing it, which stayed behind. Here it comes right after that file is made."""
        temp = Path(tempfile.mkdtemp(prefix="t", dir="/tmp"))
        script = (
            "import os, signal\n"
            "from importer import workers\n"
            "from importer.console import Terminated, raise_terminated\n"
            "signal.signal(signal.SIGTERM, raise_terminated)\n"
            "real, sent = os.open, []\n"
            "def opened(path, *args, **kwargs):\n"
            "    fd = real(path, *args, **kwargs)\n"
            f"    if not sent and os.fsdecode(path).startswith({str(temp)!r}):\n"
            "        sent.append(path)\n"
            "        os.kill(os.getpid(), signal.SIGTERM)\n"
            "    return fd\n"
            "os.open = opened\n"
            "try:\n"
            "    workers.context()\n"
            "except Terminated:\n"
            "    print('stopped', len(sent))\n"
        )
        try:
            done = subprocess.run(
                [sys.executable, "-c", script],
                capture_output=True,
                env={**os.environ, "TMPDIR": str(temp)},
                timeout=120,
                check=False,
            )

            assert done.stdout.decode() == "stopped 1\n", done.stderr.decode()
            assert list(temp.iterdir()) == []
        finally:
            shutil.rmtree(temp)


class TestSaveMapping:
    """``--save-mapping`` was written after the outputs: refused, it left the new outputs in place
    while the message said they were the earlier run's (exit 5)."""

    def test_refused_mapping_file_leaves_the_earlier_outputs(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from importer import fileio

        path, out, target = tmp_path / "k.csv", tmp_path / "out", tmp_path / "zuordnung.toml"
        path.write_bytes(READY.encode())
        assert run_cli("check", path, "--out", out).exit_code == ExitCode.READY
        before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".csv"}
        path.write_bytes(READY.replace("Köln", "Kiel").encode())

        def refuse(step: str, written: Path) -> None:
            if step == "write" and written.name.startswith(f".{target.name}."):
                raise PermissionError(13, "Permission denied", str(target))

        monkeypatch.setattr(fileio, "fault_hook", refuse)
        result = run_cli("check", path, "--out", out, "--save-mapping", target)

        assert result.exit_code == ExitCode.ENVIRONMENT
        assert str(target) in result.stderr
        assert {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".csv"} == before
        assert not target.exists()

    def test_the_name_of_an_output_is_refused_before_anything_is_written(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(READY.encode())

        result = run_cli("check", path, "--out", out, "--save-mapping", out / "k.kunden.csv")

        assert result.exit_code == ExitCode.USAGE
        assert result.stderr == f"Fehler: {msg('usage-save-mapping-is-output', path=out / 'k.kunden.csv')}\n"
        assert not out.exists() or [p.name for p in out.iterdir() if not p.name.startswith(".")] == []


class TestEmptyPath:
    """pathlib reads "" as the current folder: ``check "$EXPORT"`` with an empty variable checked
    every file there and wrote the outputs beside them."""

    @pytest.mark.parametrize("args", [["check", ""], ["check", "k.csv", "--out", ""], ["map", ""]])
    def test_refused_before_anything_is_read(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
    ) -> None:
        monkeypatch.chdir(tmp_path)
        (tmp_path / "k.csv").write_bytes(READY.encode())

        result = run_cli(*args)

        assert result.exit_code == ExitCode.USAGE
        assert msg("usage-empty-path") in result.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["k.csv"]


class TestSystemReasonsInGerman:
    def test_a_folder_where_the_lock_file_belongs(self, run_cli: RunCli, tmp_path: Path) -> None:
        """The lock file's name taken by a folder: exit 5 with a German reason (it was the system's
        English "Is a directory")."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(READY.encode())
        (out / ".lexoffice-import.lock").mkdir(parents=True)

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == ExitCode.ENVIRONMENT
        assert result.stderr == f"Fehler: {msg('env-other', path=out, reason=msg('env-reason-EISDIR'))}\n"


class TestSaveMappingBesideTheOutputs:
    """The re-test: the refusal of output names caught ``kunden.toml`` too (normal use), and let
    the folder's manifest through (it then replaced the mapping file)."""

    @pytest.mark.parametrize("name", ["k.toml", "k.mapping.toml"])
    def test_a_mapping_named_after_the_input_is_saved(
        self, run_cli: RunCli, tmp_path: Path, name: str
    ) -> None:
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(READY.encode())

        result = run_cli("check", path, "--out", out, "--save-mapping", out / name)

        assert result.exit_code == ExitCode.READY, result.stderr
        assert (out / name).is_file()
        assert (out / "k.kunden.csv").is_file()

    @pytest.mark.parametrize("name", [".lexoffice-import.json", ".lexoffice-import.lock", "k.report.json"])
    def test_the_tools_own_files_are_refused(self, run_cli: RunCli, tmp_path: Path, name: str) -> None:
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(READY.encode())

        result = run_cli("check", path, "--out", out, "--save-mapping", out / name)

        assert result.exit_code == ExitCode.USAGE
        assert msg("usage-save-mapping-is-output", path=out / name) in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="names are bytes on Linux only")
def test_a_name_shown_part_by_part() -> None:
    """Only the part that is no UTF-8 is read as Windows-1252; "Müller" stays "Müller"."""
    from importer.fileio import shown_name

    assert shown_name(Path(os.fsdecode(b"M\xc3\xbcller/" + LATIN1_NAME))) == "Müller/Künden.csv"


@pytest.mark.skipif(sys.platform == "win32", reason="signals sent to oneself")
def test_ctrl_c_while_the_workers_start_is_raised_after_they_are_recorded() -> None:
    """A Ctrl-C between a worker's start and the pool's record of it left that worker running
    after the command had ended (with the worker server and the resource tracker), holding the
    caller's pipe open: about half of Ctrl-C presses a second into ``check folder`` on a slow
    machine. Raised once the block is done, it finds every worker recorded."""
    from importer.workers import stops_deferred

    steps: list[str] = []

    def start_and_record() -> None:
        with stops_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            for step in ("start", "record"):  # Python code that a KeyboardInterrupt would stop
                time.sleep(0.01)
                steps.append(step)

    with pytest.raises(KeyboardInterrupt):
        start_and_record()

    assert steps == ["start", "record"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # as it was


@pytest.mark.skipif(sys.platform != "linux", reason="the resource tracker and /proc on Linux")
def test_the_resource_tracker_outlives_sighup() -> None:
    """SIGHUP (the terminal closed) killed multiprocessing's resource tracker: a new one was
    started, and it printed a KeyError traceback for every semaphore it had not known of."""
    probe = (
        "import multiprocessing.resource_tracker as tracker\n"
        "from importer.workers import context\n"
        "context()\n"
        "print(open(f'/proc/{tracker._resource_tracker._pid}/status').read())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)

    ignored = int(
        next(line for line in done.stdout.splitlines() if line.startswith("SigIgn:")).split()[1], 16
    )
    assert ignored & (1 << (signal.SIGHUP - 1))


def test_a_console_without_typographic_quotes_gets_plain_ones() -> None:
    """A cp850 console (``PYTHONIOENCODING=cp850``, a German Windows console's code page):
    „ “ and → were written as ``\\u201e`` escapes on stderr."""
    done = _command("check", "--gibtsnicht", env={"PYTHONIOENCODING": "cp850"})

    stderr = done.stderr.decode("cp850")
    assert done.returncode == ExitCode.USAGE
    assert "\\u" not in stderr
    assert 'Hilfe zeigt "' in stderr


@pytest.mark.skipif(sys.platform != "linux", reason="the forkserver on Linux")
def test_a_long_temporary_folder_still_gets_the_worker_server(tmp_path: Path) -> None:
    """Under a TMPDIR too long for a socket's path the workers started as fresh interpreters, and
    a Ctrl-C while they imported printed a traceback per worker. The socket's folder goes to /tmp."""
    long = tmp_path / ("t" * 100)
    long.mkdir()
    probe = "from importer.workers import context\nprint(context().get_start_method())\n"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TMPDIR": str(long)},
    )

    assert done.stdout.strip() == "forkserver", done.stderr


def test_the_tip_for_standard_input_names_standard_input(tmp_path: Path) -> None:
    """The tip to check again named "./-", a file that does not exist."""
    from click.testing import CliRunner

    from importer.cli import main

    export = Path(__file__).parent.parent / "reference" / "examples" / "faktura-kunden.csv"
    result = CliRunner().invoke(main, ["check", "-", "--out", str(tmp_path / "o")], input=export.read_bytes())

    tip = next(line for line in result.stdout.splitlines() if "Tipp – erneut prüfen mit:" in line)
    assert (
        tip.strip()
        == f"Tipp – erneut prüfen mit: lexoffice-import check - --out {tmp_path / 'o'} --renumber clear"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process")
def test_ctrl_c_ends_the_web_page_without_a_traceback() -> None:
    """Ctrl-C, the usual way to end ``serve``, printed uvicorn's two tracebacks under "ERROR:"."""
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "importer", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
                    assert page.status == 200
                break
            time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()

    assert process.returncode == 0
    assert b"Traceback" not in stderr
    assert b"ERROR" not in stderr
