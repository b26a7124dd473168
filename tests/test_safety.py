"""Issue 11, part A: nothing overwritten, nothing lost, nothing half-written, whatever goes wrong.

One class per point of the issue: output names (1), checking a folder (2), all-or-nothing sets
(3), the environment (4), only regular files (5), and ``--json`` (streamed, listing unusable
inputs). Every expectation is built in the test from the inputs it writes; the tool's messages
are compared in full where a user reads them.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner, Result
from helpers import csv_rows, names_in

from importer import fileio
from importer.cli import main
from importer.messages import msg

RunCli = Callable[..., Result]

#: Ready rows: two customers.
CLEAN = "Kundennummer;Firmenname;Ort 1\r\n10001;Müller GmbH;Köln\r\n10002;Schmidt AG;Bonn\r\n"
#: Another ready file, with other values (to tell two inputs' outputs apart).
OTHER = "Kundennummer;Firmenname;Ort 1\r\n10003;Weber KG;Bonn\r\n"
#: One customer ready, one row rejected (neither Firmenname nor Nachname).
WITH_REJECTED = "Kundennummer;Firmenname;Ort 1\r\n10001;Müller GmbH;Köln\r\n10002;;Bonn\r\n"
#: Large enough to be split into two upload parts.
BIG_ROWS = 60_000


def big_input() -> bytes:
    """Customers enough for two upload parts (each row about 70 bytes)."""
    rows = "".join(
        f"{10000 + i};Firma {i:06d} GmbH & Co. KG;Hauptstraße {i};Köln\r\n" for i in range(BIG_ROWS)
    )
    return ("Kundennummer;Firmenname;Straße 1;Ort 1\r\n" + rows).encode()


def files_in(folder: Path) -> dict[str, bytes]:
    """Every visible file of ``folder`` with its bytes (the tool's hidden bookkeeping left out)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def temporaries(folder: Path) -> list[str]:
    """Temporary files anywhere in ``folder``."""
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


def uploaded_names(path: Path) -> list[str]:
    """The Firmenname column of an upload file."""
    rows = csv_rows(path.read_bytes())
    column = rows[0].index("Firmenname")
    return [row[column] for row in rows[1:]]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def fault(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, int, BaseException | Callable[[], None]], None]:
    """Make the writer fail at the ``n``-th time it reaches ``step`` (the fault-injection hook)."""

    def arm(step: str, n: int, what: BaseException | Callable[[], None]) -> None:
        seen = 0

        def hook(reached: str, _path: Path) -> None:
            nonlocal seen
            if reached != step:
                return
            seen += 1
            if seen == n:
                if isinstance(what, BaseException):
                    raise what
                what()

        monkeypatch.setattr(fileio, "fault_hook", hook)

    return arm


# --- 1. output names ------------------------------------------------------------------------


class TestOutputNames:
    """Inputs never share output names, and no output replaces an input or a file the tool did not write."""

    def test_equal_stems_in_two_folders_get_distinct_outputs(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``a/kunden.csv`` and ``b/kunden.csv`` into one --out: each its own set, named by its folder."""
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        (tmp_path / "a" / "kunden.csv").write_bytes(CLEAN.encode())
        (tmp_path / "b" / "kunden.csv").write_bytes(OTHER.encode())
        out = tmp_path / "out"

        result = run_cli("check", tmp_path / "a" / "kunden.csv", tmp_path / "b" / "kunden.csv", "--out", out)

        assert result.exit_code == 0, result.stderr
        assert names_in(out) == [
            "a-kunden.kunden.csv",
            "a-kunden.report.html",
            "a-kunden.report.json",
            "b-kunden.kunden.csv",
            "b-kunden.report.html",
            "b-kunden.report.json",
            "index.html",
        ]
        assert uploaded_names(out / "a-kunden.kunden.csv") == ["Müller GmbH", "Schmidt AG"]
        assert uploaded_names(out / "b-kunden.kunden.csv") == ["Weber KG"]
        report = json.loads((out / "b-kunden.report.json").read_bytes())
        assert report["input"]["path"] == str(tmp_path / "b" / "kunden.csv")

    def test_equal_stems_with_other_extensions(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``x.csv`` and ``x.txt`` get ``x.csv.*`` and ``x.txt.*``: neither set replaces the other."""
        (tmp_path / "x.csv").write_bytes(CLEAN.encode())
        (tmp_path / "x.txt").write_bytes(OTHER.encode())
        out = tmp_path / "out"

        result = run_cli("check", tmp_path / "x.csv", tmp_path / "x.txt", "--out", out)

        assert result.exit_code == 0, result.stderr
        assert uploaded_names(out / "x.csv.kunden.csv") == ["Müller GmbH", "Schmidt AG"]
        assert uploaded_names(out / "x.txt.kunden.csv") == ["Weber KG"]
        assert not (out / "x.kunden.csv").exists()

    def test_an_output_never_replaces_another_input(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``check a.csv a.kunden.csv``: a.csv is refused (exit 2), a.kunden.csv stays and is checked."""
        first, second = tmp_path / "a.csv", tmp_path / "a.kunden.csv"
        first.write_bytes(CLEAN.encode())
        second.write_bytes(OTHER.encode())

        result = run_cli("check", first, second)

        assert result.exit_code == 2
        assert second.read_bytes() == OTHER.encode()
        assert f"Fehler: {msg('output-conflict-input', path=second, input=first)}\n" in result.stderr
        assert uploaded_names(tmp_path / "a.kunden.kunden.csv") == ["Weber KG"]
        assert not (tmp_path / "a.report.json").exists()

    def test_a_foreign_file_is_not_replaced_and_nothing_of_the_set_written(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """A user's own ``k.rejected.csv`` in the way: exit 2 naming it, unchanged, no output of k."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(WITH_REJECTED.encode())
        out.mkdir()
        (out / "k.rejected.csv").write_bytes(b"meine Notizen\r\n")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        assert (
            result.stderr
            == f"Fehler: {msg('output-conflict-foreign', path=out / 'k.rejected.csv', input=path)}\n"
        )
        assert files_in(out) == {"k.rejected.csv": b"meine Notizen\r\n"}

    def test_a_folder_under_an_outputs_name_is_called_a_folder(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A folder named like an output was called "die Datei" the tool did not write; the message
        says it is a folder, it stays with its content, and nothing of the set is written."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        (out / "k.report.json").mkdir(parents=True)
        (out / "k.report.json" / "alt.json").write_bytes(b"{}")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        assert result.stderr == (
            f"Fehler: {out / 'k.report.json'} ist ein Ordner, und unter diesem Namen soll eine Ausgabe für "
            f"{path} entstehen; der Ordner bleibt, wie er ist, und für {path} wurde nichts geschrieben. "
            "Benennen Sie den Ordner um oder verschieben Sie ihn, oder wählen Sie mit --out einen anderen "
            "Ordner.\n"
        )
        visible = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if not p.name.startswith("."))
        assert visible == ["k.report.json", "k.report.json/alt.json"]
        assert (out / "k.report.json" / "alt.json").read_bytes() == b"{}"

    def test_stale_cleanup_keeps_a_users_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A run without rejected rows leaves a ``k.rejected.csv`` the tool did not write where it is."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        out.mkdir()
        (out / "k.rejected.csv").write_bytes(b"meine Notizen\r\n")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 0, result.stderr
        assert (out / "k.rejected.csv").read_bytes() == b"meine Notizen\r\n"
        assert (out / "k.kunden.csv").exists()

    def test_stale_cleanup_removes_the_tools_own_old_files(self, run_cli: RunCli, tmp_path: Path) -> None:
        """An earlier run's rejected file goes once its rows are fixed (the tool wrote it, unchanged)."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(WITH_REJECTED.encode())
        assert run_cli("check", path, "--out", out).exit_code == 1
        path.write_bytes(CLEAN.encode())

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 0, result.stderr
        assert names_in(out) == ["k.kunden.csv", "k.report.html", "k.report.json"]

    def test_an_edited_output_is_the_users_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """The rejected file fixed by hand is not overwritten on the next run: exit 2 saying what to do."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(WITH_REJECTED.encode())
        assert run_cli("check", path, "--out", out).exit_code == 1
        edited = (out / "k.rejected.csv").read_bytes().replace(b"10002;;", b"10002;Fix GmbH;")
        (out / "k.rejected.csv").write_bytes(edited)
        before = files_in(out)

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        # found by the hostile session: it advised saving under another name, the tool's own
        # instruction is to check the corrected rejected file itself
        rejected = out / "k.rejected.csv"
        expected = msg("output-conflict-changed-rejected", path=rejected, input=path, path_arg=str(rejected))
        assert result.stderr == f"Fehler: {expected}\n"
        assert f"lexoffice-import check {rejected}" in expected
        assert files_in(out) == before

    @pytest.mark.parametrize("suffix", [".unmapped.csv", ".report.json"])
    def test_an_edited_file_without_contacts_says_to_remove_it(
        self, run_cli: RunCli, tmp_path: Path, suffix: str
    ) -> None:
        """The hostile round on Excel's files: the unmapped file re-saved by Excel blocked the
        original's check with the advice to save the changes under a name of their own and check
        that file, which made the user check the unmapped columns as contacts."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes("Kundennummer;Firmenname;Ort 1;Notiz\r\n10001;Müller GmbH;Köln;x\r\n".encode())
        run_cli("check", path, "--out", out)
        output = out / f"k{suffix}"
        output.write_bytes(output.read_bytes() + b"\r\n")
        before = files_in(out)

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        assert (
            result.stderr
            == f"Fehler: {msg('output-conflict-changed-no-contacts', path=output, input=path)}\n"
        )
        assert "Löschen Sie sie oder benennen Sie sie um" in result.stderr
        assert files_in(out) == before

    def test_a_newer_versions_manifest_is_not_rewritten(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Found by the hostile session: a manifest of a newer version was rewritten as version 1,
        its records lost. The folder is left alone: exit 2, nothing written."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        manifest = out / ".lexoffice-import.json"
        data = json.loads(manifest.read_text("utf-8"))
        data["version"] = 2
        manifest.write_text(json.dumps(data), encoding="utf-8")
        before = files_in(out)

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        assert "von einer neueren Version von lexoffice-import geschrieben" in result.stderr
        assert files_in(out) == before

    def test_a_users_index_html_is_kept(self, run_cli: RunCli, tmp_path: Path) -> None:
        """An ``index.html`` of the user's own in --out: kept, the overview not written, a note says so."""
        paths = [tmp_path / "a.csv", tmp_path / "b.csv"]
        paths[0].write_bytes(CLEAN.encode())
        paths[1].write_bytes(OTHER.encode())
        out = tmp_path / "out"
        out.mkdir()
        (out / "index.html").write_bytes(b"<p>meine Seite</p>")

        result = run_cli("check", *paths, "--out", out)

        assert result.exit_code == 0
        assert result.stderr == msg("index-not-written", path=out / "index.html") + "\n"
        assert (out / "index.html").read_bytes() == b"<p>meine Seite</p>"
        assert (out / "b.kunden.csv").exists()

    def test_save_mapping_naming_an_input_is_a_usage_error(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--save-mapping k.csv`` for the input k.csv: exit 2 before anything is read or written."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())

        result = run_cli("check", path, "--out", out, "--save-mapping", path)

        assert result.exit_code == 2
        assert result.stderr == f"Fehler: {msg('usage-save-mapping-is-input', path=path)}\n"
        assert path.read_bytes() == CLEAN.encode()
        assert not out.exists()

    def test_save_mapping_with_several_inputs_is_a_usage_error(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A batch wrote each file's mapping in turn and kept the last one's: exit 2, nothing written."""
        folder, out, mapping = tmp_path / "exporte", tmp_path / "out", tmp_path / "zuordnung.toml"
        folder.mkdir()
        (folder / "a.csv").write_bytes(CLEAN.encode())
        (folder / "b.csv").write_bytes(OTHER.encode())

        result = run_cli("check", folder, "--out", out, "--save-mapping", mapping)

        assert result.exit_code == 2
        assert result.stderr == f"Fehler: {msg('usage-save-mapping-several', path=mapping, count=2)}\n"
        assert not mapping.exists()
        assert not out.exists()

    def test_save_mapping_does_not_overwrite_another_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--save-mapping`` naming an existing CSV that is no mapping file: exit 2, the file unchanged."""
        path, other = tmp_path / "k.csv", tmp_path / "liste.csv"
        path.write_bytes(CLEAN.encode())
        other.write_bytes(OTHER.encode())

        result = run_cli("check", path, "--out", tmp_path / "out", "--save-mapping", other)

        assert result.exit_code == 2
        assert result.stderr == f"Fehler: {msg('usage-save-mapping-foreign', path=other)}\n"
        assert other.read_bytes() == OTHER.encode()

    def test_save_mapping_replaces_its_own_mapping_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Near miss: a mapping file saved before is a mapping file, so saving again replaces it."""
        path, mapping = tmp_path / "k.csv", tmp_path / "zuordnung.toml"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", tmp_path / "out", "--save-mapping", mapping).exit_code == 0

        result = run_cli("check", path, "--out", tmp_path / "out", "--save-mapping", mapping)

        assert result.exit_code == 0, result.stderr
        assert '"Firmenname" = "Firmenname"' in mapping.read_text(encoding="utf-8")


# --- 2. checking a folder -------------------------------------------------------------------


class TestFolder:
    """Checking a folder skips the tool's own outputs and its spreadsheets, and says so."""

    def test_second_run_skips_the_outputs_of_the_first(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Check, then check the same folder again: the outputs are named as skipped, none is checked."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "export.csv").write_bytes(WITH_REJECTED.encode())
        assert run_cli("check", folder).exit_code == 1
        before = files_in(folder)

        result = run_cli("check", folder)

        assert result.exit_code == 1
        source = folder / "export.csv"
        assert result.stderr == (
            msg("skipped-output", path=folder / "export.kunden.csv", source=source)
            + "\n"
            + msg("skipped-output", path=folder / "export.rejected.csv", source=source)
            + "\n"
        )
        assert files_in(folder) == before  # no export.kunden.kunden.csv, same outputs
        assert sorted(before) == [
            "export.csv",
            "export.kunden.csv",
            "export.rejected.csv",
            "export.report.html",
            "export.report.json",
        ]

    @pytest.mark.parametrize("edit", [False, True])
    def test_an_upload_file_given_by_name_is_not_checked_again(
        self, run_cli: RunCli, tmp_path: Path, edit: bool
    ) -> None:
        """Found by a hostile-input session: checking export.kunden.csv (by hand or not) wrote
        export.kunden.kunden.csv with the same contacts: uploading every *.kunden.csv would
        create them twice. Skipped with the reason and what to do."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "export.csv").write_bytes(WITH_REJECTED.encode())
        assert run_cli("check", folder / "export.csv").exit_code == 1
        upload = folder / "export.kunden.csv"
        if edit:
            upload.write_bytes(upload.read_bytes().replace("Köln".encode(), "Kölle".encode()))
        before = files_in(folder)

        result = run_cli("check", upload)

        assert result.exit_code == 2  # a usable file refused on purpose: no "unusable input"
        assert files_in(folder) == before
        assert "Ausgaben von lexoffice-import" in result.stderr
        key = "skipped-upload-changed" if edit else "skipped-upload"
        assert msg(key, path=upload, source=folder / "export.csv") in result.stderr

    def test_a_backup_copy_of_an_output_in_the_folder_is_skipped(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """Found by the correction-loop round: the user copied the rejected file before editing it
        ("export.rejected - Kopie.csv"); checking the folder made the unchanged copy the correction
        round, and the corrected file was refused (exit 2). The copy is skipped with a word."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "export.csv").write_bytes(WITH_REJECTED.encode())
        out = tmp_path / "ergebnis"
        assert run_cli("check", folder / "export.csv", "--out", out).exit_code == 1
        rejected = out / "export.rejected.csv"
        copy = out / "export.rejected - Kopie.csv"
        copy.write_bytes(rejected.read_bytes())
        rejected.write_bytes(rejected.read_bytes().replace(b";10002;;Bonn", b";10002;Bau GmbH;Bonn"))

        result = run_cli("check", out)

        assert result.exit_code == 0, result.output
        assert msg("skipped-output-copy", path=copy, source=rejected) in result.stderr
        upload = csv_rows((out / "export.korrektur-1.kunden.csv").read_bytes())
        assert [row[upload[0].index("Firmenname")] for row in upload[1:]] == ["Bau GmbH"]

    def test_an_input_that_equals_its_own_upload_file_is_no_copy(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """An input already in lexoffice's layout gives an upload file of the same bytes: it is
        the set's input, not a copy of it, and is checked again (the hostile re-test)."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        source = folder / "kunden.csv"
        source.write_bytes(b"Firmenname;Ort 1\r\nMeier GmbH;Dresden\r\n")
        assert run_cli("check", source).exit_code == 0
        assert (folder / "kunden.kunden.csv").read_bytes() == source.read_bytes()

        result = run_cli("check", folder)

        assert "Kopie" not in result.stderr
        assert msg("skipped-output", path=folder / "kunden.kunden.csv", source=source) in result.stderr
        assert result.exit_code == 0, result.output

    def test_the_unmapped_file_re_saved_is_not_checked_as_contacts(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """Found by the correction-loop round: the unmapped file, opened and saved in Excel, was
        checked as an export of contacts (every row rejected, export.unmapped.rejected.csv with
        the advice to correct it). It is skipped with what to do instead."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "export.csv").write_bytes(
            b"Kundennummer;Firmenname;Ort 1;Notiz\r\n10001;M\xfcller GmbH;Bonn;VIP\r\n"
        )
        out = tmp_path / "ergebnis"
        assert run_cli("check", folder / "export.csv", "--out", out).exit_code == 0
        unmapped = out / "export.unmapped.csv"
        assert "VIP" in unmapped.read_text("utf-8-sig")
        unmapped.write_bytes(unmapped.read_bytes().replace(b"VIP", b"VIP, Rabatt 5 %"))
        before = files_in(out)

        result = run_cli("check", out)

        assert result.exit_code == 2
        assert files_in(out) == before
        assert msg("skipped-unmapped-changed", path=unmapped, source=folder / "export.csv") in result.stderr

    @pytest.mark.parametrize(
        ("name", "data"),
        [
            ("liste.numbers", b"PK\x03\x04"),  # Apple Numbers
            (
                "adressen.ldif",
                b"dn: cn=Max Muster\nobjectclass: person\ncn: Max Muster\n",
            ),  # Thunderbird LDIF
        ],
    )
    def test_a_file_it_cannot_read_is_skipped_with_a_word(
        self, run_cli: RunCli, tmp_path: Path, name: str, data: bytes
    ) -> None:
        """A table file the tool cannot read (Apple Numbers) or an LDIF address book next to the CSV
        file is named on stderr with how to make a readable file of it (Excel workbooks are read
        since the workbook issue, vCards since the vCard reader)."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "kunden.csv").write_bytes(CLEAN.encode())
        (folder / name).write_bytes(data)

        result = run_cli("check", folder, "--out", tmp_path / "out")

        assert result.exit_code == 0
        assert result.stderr == msg("skipped-other-format", path=folder / name) + "\n"
        assert "als CSV oder Excel-Arbeitsmappe (.xlsx)" in result.stderr

    def test_a_subfolder_with_files_to_check_is_named(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Only a folder's own files are checked: the hostile round found a subfolder's exports
        passed over without a word, and a folder with exports in subfolders only called "a folder
        without CSV files". An empty subfolder, or one of other files, is not worth a line."""
        folder = tmp_path / "eingang"
        (folder / "2024" / "lieferanten").mkdir(parents=True)
        (folder / "leer").mkdir()
        (folder / "bilder").mkdir()
        (folder / "bilder" / "logo.png").write_bytes(b"\x89PNG")
        (folder / "kunden.csv").write_bytes(CLEAN.encode())
        (folder / "2024" / "lieferanten" / "export.csv").write_bytes(CLEAN.encode())

        result = run_cli("check", folder, "--out", tmp_path / "out")

        assert result.exit_code == 0
        assert result.stderr == msg("skipped-subfolder", path=folder / "2024") + "\n"
        assert (tmp_path / "out" / "kunden.kunden.csv").exists()

        only = run_cli("check", folder / "2024", "--out", tmp_path / "out2")
        assert only.exit_code == 3
        assert msg("skipped-subfolder", path=folder / "2024" / "lieferanten") in only.stderr
        assert "keine Datei zu prüfen" in only.stderr

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
    def test_a_pipe_in_the_folder_is_skipped_with_a_word(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A FIFO named ``pipe.csv`` beside the CSV file: named as skipped, the CSV file checked, no hang."""
        folder = tmp_path / "eingang"
        folder.mkdir()
        (folder / "kunden.csv").write_bytes(CLEAN.encode())
        os.mkfifo(folder / "pipe.csv")

        result = run_cli("check", folder, "--out", tmp_path / "out")

        assert result.exit_code == 0
        assert result.stderr == msg("skipped-not-regular", path=folder / "pipe.csv") + "\n"
        assert (tmp_path / "out" / "kunden.kunden.csv").exists()

    def test_glob_rerun_skips_outputs_of_an_input_of_the_run(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``check *.csv`` after a first run: the unchanged outputs of a.csv among the files are skipped."""
        path = tmp_path / "a.csv"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path).exit_code == 0

        result = run_cli("check", path, tmp_path / "a.kunden.csv")

        assert result.exit_code == 0, result.stderr
        assert result.stderr == msg("skipped-output", path=tmp_path / "a.kunden.csv", source=path) + "\n"
        assert not (tmp_path / "a.kunden.kunden.csv").exists()

    def test_an_output_given_alone_is_checked(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Near miss: ``check a.kunden.csv`` alone checks the upload file (a support agent verifying it)."""
        path = tmp_path / "a.csv"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path).exit_code == 0

        result = run_cli("check", tmp_path / "a.kunden.csv", "--out", tmp_path / "out")

        assert result.exit_code == 0, result.stderr
        assert uploaded_names(tmp_path / "out" / "a.kunden.kunden.csv") == ["Müller GmbH", "Schmidt AG"]

    def test_a_folder_of_outputs_only_has_nothing_to_check(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A folder holding only outputs (input elsewhere): exit 2 after naming what was skipped
        (exit 3, "give the contact file (CSV)", before: the hostile session)."""
        path, out = tmp_path / "a.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0

        result = run_cli("check", out)

        assert result.exit_code == 2
        assert result.stderr == (
            msg("skipped-output", path=out / "a.kunden.csv", source=path)
            + "\n"
            + f"Fehler: In {out} ist keine Datei zu prüfen: nur Ausgaben von lexoffice-import (übersprungen, "
            "siehe oben). Geben Sie die ursprüngliche Kontaktdatei an oder eine Datei abgelehnter Zeilen, "
            "die Sie korrigiert haben.\n"
        )

    @pytest.mark.parametrize("report", ["a.report.html", "a.report.json"])
    def test_its_report_given_by_name_is_not_read_as_contacts(
        self, run_cli: RunCli, tmp_path: Path, report: str
    ) -> None:
        """``check out/*`` names the reports too: the HTML report's tables are findings, and read
        as an HTML export they made an upload file of them, exit 0 (once HTML pages became
        inputs); the JSON report was refused as a JSON file, exit 3 (the hostile re-test)."""
        path, out = tmp_path / "a.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0

        result = run_cli("check", out / report)

        assert result.exit_code == 2
        assert result.stderr.startswith(msg("skipped-output", path=out / report, source=path))
        assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
            "a.kunden.csv",
            "a.report.html",
            "a.report.json",
        ]

    def test_its_html_report_copied_elsewhere_is_refused(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A report copied to another folder (no manifest there) was read as an HTML export: its
        column reference became rejected "contacts", exit 1 (the hostile re-test)."""
        path, out = tmp_path / "a.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        copy = tmp_path / "ablage" / "Bericht.html"
        copy.parent.mkdir()
        copy.write_bytes((out / "a.report.html").read_bytes())

        result = run_cli("check", copy)

        assert result.exit_code == 3
        assert result.stderr == "Fehler: " + msg("input-own-report", path=copy) + "\n"
        assert sorted(p.name for p in copy.parent.iterdir()) == ["Bericht.html"]

    @pytest.mark.parametrize("route", ["/", "result"])
    def test_a_saved_web_page_is_refused(self, run_cli: RunCli, tmp_path: Path, route: str) -> None:
        """Found by the hostile round: the web page's result, saved by the browser ("Seite speichern
        unter") and checked, was read as an HTML export: its tables became 9 rejected rows, exit 1."""
        from starlette.testclient import TestClient

        from importer.web import WebSettings, create_app

        (tmp_path / "web").mkdir()
        app = create_app(WebSettings(root=tmp_path / "web", max_upload=1_000_000))
        with TestClient(app, base_url="http://127.0.0.1:8765") as client:
            if route == "/":
                page = client.get("/").text
            else:
                files = {"file": ("a.csv", CLEAN.encode(), "text/csv")}
                page = client.post("/check", files=files).text
        saved = tmp_path / "Ergebnis.html"
        saved.write_text(page, encoding="utf-8")

        result = run_cli("check", saved, "--out", tmp_path / "out")

        assert result.exit_code == 3
        assert result.stderr == "Fehler: " + msg("input-own-report", path=saved) + "\n"
        assert not (tmp_path / "out").exists()


# --- 3. all or nothing ----------------------------------------------------------------------


class TestAllOrNothing:
    """A set is replaced whole or not at all: Ctrl-C, SIGTERM or a full disk leave the previous one."""

    @pytest.fixture
    def previous(self, run_cli: RunCli, tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
        """A complete split set of an earlier run, and the input changed since (smaller, one rejected row)."""
        path, out = tmp_path / "gross.csv", tmp_path / "out"
        path.write_bytes(big_input())
        assert run_cli("check", path, "--out", out).exit_code == 0
        before = files_in(out)
        assert "gross.kunden-2.csv" in before
        path.write_bytes(WITH_REJECTED.encode())
        return path, out, before

    STEPS: ClassVar = [
        ("write", 1),
        ("write", 3),
        ("chunk", 2),
        ("backup", 1),
        ("backup", 4),
        ("place", 1),
        ("place", 3),
    ]

    @pytest.mark.parametrize(("step", "n"), STEPS, ids=[f"{s}-{n}" for s, n in STEPS])
    def test_ctrl_c_exits_130_and_leaves_the_previous_set(
        self,
        run_cli: RunCli,
        fault: Callable[..., None],
        previous: tuple[Path, Path, dict[str, bytes]],
        step: str,
        n: int,
    ) -> None:
        """Ctrl-C anywhere in writing: exit 130, a message, the previous set byte for byte, no temp file."""
        path, out, before = previous
        fault(step, n, KeyboardInterrupt())

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 130
        assert result.stderr == msg("interrupted") + "\n"
        assert files_in(out) == before
        assert temporaries(out) == []

    def test_sigterm_exits_143_and_leaves_the_previous_set(
        self, run_cli: RunCli, fault: Callable[..., None], previous: tuple[Path, Path, dict[str, bytes]]
    ) -> None:
        """SIGTERM while the new files are moved into place: exit 143, the previous set, no temporary file."""
        path, out, before = previous
        fault("place", 2, lambda: os.kill(os.getpid(), signal.SIGTERM))

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 143
        assert result.stderr == msg("terminated") + "\n"
        assert files_in(out) == before
        assert temporaries(out) == []
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL

    def test_disk_full_exits_5_and_leaves_the_previous_set(
        self, run_cli: RunCli, fault: Callable[..., None], previous: tuple[Path, Path, dict[str, bytes]]
    ) -> None:
        """The disk fills up while writing the report: exit 5 naming the file, the old set, no temp file."""
        path, out, before = previous
        fault("chunk", 3, OSError(errno.ENOSPC, "No space left on device"))

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 5
        assert result.stderr.startswith("Fehler: Beim Schreiben von ")
        assert "ist der Datenträger voll" in result.stderr
        assert "--out" in result.stderr
        assert files_in(out) == before
        assert temporaries(out) == []

    def test_a_completed_run_replaces_the_whole_set(
        self, run_cli: RunCli, previous: tuple[Path, Path, dict[str, bytes]]
    ) -> None:
        """Near miss: without a fault the new set replaces the old one entirely (no old part is left)."""
        path, out, _before = previous

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 1
        assert names_in(out) == [
            "gross.kunden.csv",
            "gross.rejected.csv",
            "gross.report.html",
            "gross.report.json",
        ]

    def test_a_killed_run_is_rolled_back_by_the_next(self, tmp_path: Path) -> None:
        """SIGKILL between two moves leaves a journal; the next run into the folder restores the old set."""
        path, out = tmp_path / "gross.csv", tmp_path / "out"
        path.write_bytes(big_input())
        script = textwrap.dedent(
            """
            import os, signal, sys
            from importer import fileio
            from importer.cli import run
            places = []
            mode = sys.argv[1]
            def hook(step, path):
                if step == "place" and not path.name.startswith("."):
                    places.append(path)
                    if len(places) == 2 and mode == "kill":
                        os.kill(os.getpid(), signal.SIGKILL)
            fileio.fault_hook = hook
            sys.argv = ["lexoffice-import", *sys.argv[2:]]
            run()
            """
        )

        def cli(mode: str, *args: Path | str) -> subprocess.CompletedProcess[bytes]:
            command = [sys.executable, "-c", script, mode, *map(str, args)]
            return subprocess.run(command, capture_output=True, check=False, timeout=120)

        assert cli("pass", "check", path, "--out", out).returncode == 0
        before = files_in(out)
        path.write_bytes(WITH_REJECTED.encode())

        killed = cli("kill", "check", path, "--out", out)

        assert killed.returncode == -signal.SIGKILL
        assert files_in(out) != before  # half-moved: this is what the journal is for
        assert temporaries(out) != []
        (tmp_path / "b.csv").write_bytes(OTHER.encode())
        assert cli("pass", "check", tmp_path / "b.csv", "--out", out).returncode == 0
        after = files_in(out)
        assert {k: v for k, v in after.items() if not k.startswith("b.")} == before
        assert temporaries(out) == []

    @pytest.mark.parametrize(
        "pending",
        [
            {"set": "k", "committed": True, "trash": ["k.csv", "notizen.txt", "../fremd.txt"]},
            {"set": "k", "committed": True, "trash": "abc"},
            {"set": "k", "temps": {}, "backups": {"k.csv": ".lexoffice-import-0123456789abcdef.tmp"}},
            {"set": "k", "temps": []},
            {"set": "k", "backups": {"k.kunden.csv": None}},
            {"set": "k", "temps": {}, "written": 3},
            {"set": "k", "committed": True, "trash": 5},
        ],
    )
    def test_a_journal_edited_by_hand_touches_no_file(
        self, run_cli: RunCli, tmp_path: Path, pending: dict[str, object]
    ) -> None:
        """Found by a hostile-input session: a journal naming the input, a file of the user's or one
        outside the folder deleted them (a string was even read as one name per letter); other
        shapes ended in exit 4 for every later run into the folder. Now a journal that is not one
        the tool writes is ignored, and the next run works."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        out.mkdir()
        mine = {"notizen.txt": b"meins", "a": b"1", "b": b"2", "c": b"3"}
        for name, data in mine.items():
            (out / name).write_bytes(data)
        (tmp_path / "fremd.txt").write_bytes(b"fremd")
        (out / "k.csv").write_bytes(b"eine Eingabe")
        (out / ".lexoffice-import-0123456789abcdef.tmp").write_bytes(b"kein Backup")
        manifest = {"version": 1, "tool": "lexoffice-import", "files": {}, "sources": {}, "pending": pending}
        (out / fileio.MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 0, result.output
        assert (tmp_path / "fremd.txt").read_bytes() == b"fremd"
        assert (out / "k.csv").read_bytes() == b"eine Eingabe"
        assert {name: (out / name).read_bytes() for name in mine} == mine
        assert (out / "k.kunden.csv").is_file()

    def test_a_journal_never_restores_over_a_users_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Found by a hostile-input session: a journal naming a backup for k.kunden.csv replaced the
        user's own file of that name with the 'backup' before the run refused to write over it."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        out.mkdir()
        (out / "k.kunden.csv").write_bytes(b"MEINE DATEN")
        (out / ".lexoffice-import-0123456789abcdef.tmp").write_bytes(b"TEMP")
        backups = {"k.kunden.csv": ".lexoffice-import-0123456789abcdef.tmp"}
        manifest = {"files": {}, "sources": {}, "pending": {"set": "k", "temps": {}, "backups": backups}}
        (out / fileio.MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        assert (out / "k.kunden.csv").read_bytes() == b"MEINE DATEN"

    @pytest.mark.parametrize(
        "text",
        ['{"files":' + "[" * 100_000 + "]" * 100_000 + "}", "x" * 20_000_000, '{"files": 5}'],
        ids=["nested", "huge", "wrong-shape"],
    )
    def test_a_manifest_that_is_none_counts_as_damaged(
        self, run_cli: RunCli, tmp_path: Path, text: str
    ) -> None:
        """Found by a hostile-input session: a deeply nested manifest ended in exit 4 (RecursionError),
        a huge one took seconds and gigabytes. Each is a damaged list: refused, exit 2."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        (out / fileio.MANIFEST_NAME).write_text(text, encoding="utf-8")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2, result.output
        assert "beschädigt" in result.stderr

    @pytest.mark.parametrize("name", ["../fremd.txt", "sub/x.csv", ".."])
    def test_a_manifest_entry_outside_the_folder_is_not_removed(
        self, run_cli: RunCli, tmp_path: Path, name: str
    ) -> None:
        """A listed file with a folder in its name is no file of the set: not removed as stale."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        (out / "sub").mkdir(parents=True)
        data = b"fremd"
        (tmp_path / "fremd.txt").write_bytes(data)
        (out / "sub" / "x.csv").write_bytes(data)
        entry = {"set": "k", "sha256": sha(data), "bytes": len(data)}
        manifest = {"version": 1, "tool": "lexoffice-import", "files": {name: entry}, "sources": {}}
        (out / fileio.MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")

        assert run_cli("check", path, "--out", out).exit_code == 0
        assert (tmp_path / "fremd.txt").read_bytes() == data
        assert (out / "sub" / "x.csv").read_bytes() == data

    def test_another_input_of_the_same_name_does_not_replace_the_set(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """Found by a hostile-input session: a/kunden.csv, then b/kunden.csv checked into one --out
        replaced a's upload file without a word. Refused now (exit 2, a's outputs unchanged); an
        input moved since takes its set over."""
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        first, second = tmp_path / "a" / "kunden.csv", tmp_path / "b" / "kunden.csv"
        first.write_bytes(CLEAN.encode())
        second.write_bytes(OTHER.encode())
        out = tmp_path / "out"
        assert run_cli("check", first, "--out", out).exit_code == 0
        before = files_in(out)

        result = run_cli("check", second, "--out", out)

        assert result.exit_code == 2
        assert files_in(out) == before
        assert str(first) in result.stderr
        assert "--out" in result.stderr
        moved = tmp_path / "a" / "alt.csv"
        first.rename(moved)
        assert run_cli("check", second, "--out", out).exit_code == 0
        assert uploaded_names(out / "kunden.kunden.csv") == ["Weber KG"]

    def test_standard_input_does_not_replace_a_files_set_of_its_name(self, tmp_path: Path) -> None:
        """``check stdin.csv --out o``, then ``check - --out o``: standard input's outputs are named
        ``stdin.*`` too, and they replaced the file's without a word (the hostile round on
        environments). Refused now; standard input replaces its own set as before."""
        from click.testing import CliRunner

        from importer.cli import main

        named, out = tmp_path / "stdin.csv", tmp_path / "out"
        named.write_bytes(CLEAN.encode())
        runner = CliRunner()
        assert runner.invoke(main, ["check", str(named), "--out", str(out)]).exit_code == 0
        before = files_in(out)

        result = runner.invoke(main, ["check", "-", "--out", str(out)], input=OTHER.encode())

        assert result.exit_code == 2
        assert files_in(out) == before
        assert result.stderr.startswith(f"Fehler: {out / 'stdin'}")
        assert str(named) in result.stderr
        elsewhere = tmp_path / "out2"
        assert (
            runner.invoke(main, ["check", "-", "--out", str(elsewhere)], input=OTHER.encode()).exit_code == 0
        )
        again = runner.invoke(main, ["check", "-", "--out", str(elsewhere)], input=CLEAN.encode())
        assert again.exit_code == 0
        assert uploaded_names(elsewhere / "stdin.kunden.csv") == uploaded_names(out / "stdin.kunden.csv")

    def test_a_damaged_manifest_is_named_in_the_refusal(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Outputs of an earlier run beside a manifest that cannot be read: refused (they count as
        foreign), and the message says why and what to do, instead of claiming the tool did not
        write them."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        (out / fileio.MANIFEST_NAME).write_text("{kaputt", encoding="utf-8")
        before = files_in(out)

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 2
        assert ".lexoffice-import.json" in result.stderr
        assert "beschädigt" in result.stderr
        assert files_in(out) == before

    def test_an_unusable_input_removes_its_stale_set(self, run_cli: RunCli, tmp_path: Path) -> None:
        """An input that turned header-only: exit 3, and its earlier upload file is gone (no wrong upload)."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        (out / "notizen.csv").write_bytes(b"eigene Datei\r\n")
        path.write_bytes(b"Kundennummer;Firmenname\r\n")

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 3
        assert files_in(out) == {"notizen.csv": b"eigene Datei\r\n"}

    @pytest.mark.parametrize("option", [("--max-input-size", "50"), ("--encoding", "utf-16")])
    def test_a_refusal_an_option_may_cause_removes_nothing(
        self, run_cli: RunCli, tmp_path: Path, option: tuple[str, str]
    ) -> None:
        """The input is as it was; a mistyped option makes it unusable (exit 3): the earlier
        outputs stay (the thirty-fourth hostile round found round 1's upload file removed)."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        before = files_in(out)

        result = run_cli("check", path, "--out", out, *option)

        assert result.exit_code == 3, result.output
        assert files_in(out) == before
        if option[0] == "--encoding":  # the message names the option that may be wrong
            assert "Sie haben --encoding utf-16 angegeben" in result.stderr

    def test_a_set_correction_rounds_build_on_is_kept(self, run_cli: RunCli, tmp_path: Path) -> None:
        """An original turned unusable after a correction round: round 1's upload file, which the
        round builds on and may be uploaded, stays."""
        path = tmp_path / "k.csv"
        path.write_text("Firma;Ort;E-Mail\nA GmbH;Dresden;a@a.de\nB GmbH;Leipzig;b@\n", encoding="utf-8")
        assert run_cli("check", path).exit_code == 1
        rejected = tmp_path / "k.rejected.csv"
        rejected.write_bytes(rejected.read_bytes().replace(b";b@\r\n", b";b@b.de\r\n"))
        assert run_cli("check", rejected).exit_code == 0
        path.write_bytes(b"Firma;Ort;E-Mail\r\n")

        result = run_cli("check", path)

        assert result.exit_code == 3, result.output
        assert (tmp_path / "k.kunden.csv").is_file()
        assert (tmp_path / "k.korrektur-1.kunden.csv").is_file()

    def test_a_missing_input_removes_nothing(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Near miss: a mistyped name (no such file) leaves the set of the real file alone."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        before = files_in(out)
        path.unlink()

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 3
        assert files_in(out) == before


# --- 4. the environment ---------------------------------------------------------------------


class TestEnvironment:
    """What the environment refuses gets a German message and a documented exit code, never exit 4."""

    def test_out_under_a_file(self, run_cli: RunCli, tmp_path: Path) -> None:
        """``--out kunden.csv/ergebnis``: exit 2 naming the file in the way and --out."""
        path = tmp_path / "k.csv"
        path.write_bytes(CLEAN.encode())

        result = run_cli("check", path, "--out", path / "ergebnis")

        assert result.exit_code == 2
        assert result.stderr == f"Fehler: {msg('usage-out-under-file', path=path / 'ergebnis', file=path)}\n"

    @pytest.mark.parametrize(
        ("error", "key"),
        [
            (PermissionError(errno.EACCES, "Permission denied"), "env-permission"),
            (OSError(errno.EROFS, "Read-only file system"), "env-read-only"),
            (OSError(errno.EIO, "Input/output error"), "env-other"),
            (OSError(errno.ENOENT, "No such file or directory"), "env-other"),
            (OSError(errno.ENOLINK, "Link has been severed"), "env-other"),
        ],
        ids=["not-writable-or-locked", "read-only", "io-error", "missing", "unknown-to-the-tool"],
    )
    def test_write_refused(
        self, run_cli: RunCli, fault: Callable[..., None], tmp_path: Path, error: OSError, key: str
    ) -> None:
        """The system refuses to create the upload file: exit 5 and the message naming that file."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        fault("write", 2, error)  # the first write is the manifest's journal

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 5
        values = {"path": out / "k.kunden.csv"}
        if key == "env-other":  # the system's English text only where the tool has no German one
            german = {errno.EIO: "Ein-/Ausgabefehler des Datenträgers (ist er noch angeschlossen?)"}
            german[errno.ENOENT] = "der Ordner existiert nicht und lässt sich dort nicht anlegen"
            values["reason"] = german.get(error.errno or 0, error.strerror)
        assert result.stderr == f"Fehler: {msg(key, **values)}\n"

    def test_the_manifest_refused_names_the_folder(
        self, run_cli: RunCli, fault: Callable[..., None], tmp_path: Path
    ) -> None:
        """Writing the tool's hidden manifest refused: the folder is not writable; the message
        asked whether ".lexoffice-import.json" was open in Excel (the thirty-fourth hostile round)."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        fault("write", 1, PermissionError(errno.EACCES, "Permission denied"))

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 5
        assert result.stderr == f"Fehler: {msg('env-folder-not-writable', folder=out)}\n"
        assert names_in(out) == []

    def test_locked_output_mentions_the_other_program(
        self, run_cli: RunCli, fault: Callable[..., None], tmp_path: Path
    ) -> None:
        """A file Excel holds open (access denied when it is replaced): the message says to close it."""
        path, out = tmp_path / "k.csv", tmp_path / "out"
        path.write_bytes(CLEAN.encode())
        assert run_cli("check", path, "--out", out).exit_code == 0
        before = files_in(out)
        fault("backup", 1, PermissionError(errno.EACCES, "Permission denied"))

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 5
        assert "Excel" in result.stderr
        assert files_in(out) == before

    def test_name_too_long(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A 246-character input name: its outputs' names are too long for the file system; exit 5."""
        path = tmp_path / ("k" * 246 + ".csv")
        path.write_bytes(CLEAN.encode())
        out = tmp_path / "out"

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 5
        name = "k" * 246 + ".kunden.csv"
        assert result.stderr == f"Fehler: {msg('env-name-too-long', name=name, length=len(name))}\n"
        assert names_in(out) == []

    def test_name_too_long_in_bytes_not_characters(self, run_cli: RunCli, tmp_path: Path) -> None:
        """134 characters, 257 bytes: the message counted characters ("134 Zeichen zu lang")."""
        path = tmp_path / ("ü" * 123 + ".csv")
        path.write_bytes(CLEAN.encode())

        result = run_cli("check", path, "--out", tmp_path / "out")

        assert result.exit_code == 5
        name = "ü" * 123 + ".kunden.csv"
        assert result.stderr == f"Fehler: {msg('env-name-too-long', name=name, length=257)}\n"

    def test_output_folder_path_too_long(self, run_cli: RunCli, tmp_path: Path) -> None:
        """Every name short, the path too long: the advice is a shorter --out, not renaming the input."""
        path = tmp_path / "k.csv"
        path.write_bytes(CLEAN.encode())
        out = tmp_path.joinpath(*["d" * 200] * 22)

        result = run_cli("check", path, "--out", out)

        assert result.exit_code == 5
        assert "--out" in result.stderr
        assert "zu lang für das Dateisystem" in result.stderr
        assert "Eingabedatei" not in result.stderr

    @pytest.mark.parametrize("encoding", ["rot13", "base64", "zlib"])
    def test_encoding_that_is_no_text_encoding(self, run_cli: RunCli, tmp_path: Path, encoding: str) -> None:
        """``--encoding rot13`` is a usage error (exit 2) naming --encoding, before anything is read."""
        path = tmp_path / "k.csv"
        path.write_bytes(CLEAN.encode())

        result = run_cli("check", path, "--encoding", encoding)

        assert result.exit_code == 2
        assert result.stderr == f"Fehler: {msg('usage-encoding-not-text', encoding=encoding)}\n"

    def test_json_on_a_cp1252_stdout_stays_valid(self, tmp_path: Path) -> None:
        """stdout in cp1252 (a German Windows console): --json is valid JSON holding Ł and 😀 as escapes."""
        path = tmp_path / "k.csv"
        path.write_bytes("Kundennummer;Firmenname\r\n10001;Łódź 😀 GmbH\r\n".encode())

        result = CliRunner(charset="cp1252").invoke(
            main, ["check", str(path), "--json", "--out", str(tmp_path / "out")], catch_exceptions=False
        )

        assert result.exit_code == 0, result.stderr
        text = result.stdout_bytes.decode("cp1252")
        assert "\\u0141" in text
        report = json.loads(text)
        assert report == json.loads((tmp_path / "out" / "k.report.json").read_bytes())

    def test_summary_on_a_cp1252_stdout(self, tmp_path: Path) -> None:
        """The text summary on cp1252 shows what cp1252 cannot hold as ``?`` and the run ends normally."""
        path = tmp_path / "Łódź.csv"
        path.write_bytes(CLEAN.encode())

        result = CliRunner(charset="cp1252").invoke(
            main, ["check", str(path), "--out", str(tmp_path / "out")], catch_exceptions=False
        )

        assert result.exit_code == 0
        assert result.stdout_bytes.decode("cp1252").startswith(f"{tmp_path}/?ód?.csv: bereit zum Hochladen\n")


# --- 5. only regular files ------------------------------------------------------------------


class TestRegularFilesOnly:
    """Only regular files, or ``-`` for stdin, are read, and never more than --max-input-size."""

    @staticmethod
    def cli(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """The command in its own process, with a time limit (a hang is a failure, not a stuck suite)."""
        command = [sys.executable, "-m", "importer", *map(str, args)]
        return subprocess.run(command, input=stdin, capture_output=True, check=False, timeout=60)

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
    def test_fifo_is_refused_at_once(self, tmp_path: Path) -> None:
        """A FIFO named like a CSV file: exit 3 at once, saying it is a pipe (it used to wait forever)."""
        fifo = tmp_path / "kunden.csv"
        os.mkfifo(fifo)

        result = self.cli("check", fifo, "--out", tmp_path / "out")

        assert result.returncode == 3
        kind = msg("input-kind-fifo")
        assert result.stderr.decode() == f"Fehler: {msg('input-not-regular', path=fifo, kind=kind)}\n"

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
    def test_device_is_refused_at_once(self) -> None:
        """``/dev/zero`` (size 0, endless): exit 3 at once, saying it is a device."""
        result = self.cli("check", "/dev/zero", "--out", "/nonexistent-never-created")

        assert result.returncode == 3
        kind = msg("input-kind-device")
        assert result.stderr.decode() == f"Fehler: {msg('input-not-regular', path='/dev/zero', kind=kind)}\n"

    def test_stdin_is_read(self, run_cli_stdin: Callable[..., Result], tmp_path: Path) -> None:
        """``check -`` reads stdin; its outputs are named ``stdin.*``."""
        out = tmp_path / "out"

        result = run_cli_stdin(CLEAN.encode(), "check", "-", "--out", out)

        assert result.exit_code == 0, result.stderr
        assert uploaded_names(out / "stdin.kunden.csv") == ["Müller GmbH", "Schmidt AG"]

    def test_stdin_is_bounded_by_max_input_size(
        self, run_cli_stdin: Callable[..., Result], tmp_path: Path
    ) -> None:
        """stdin has no size to check first: reading stops past --max-input-size, exit 3 naming the option."""
        result = run_cli_stdin(
            b"x" * 5_000_001, "check", "-", "--max-input-size", "5MB", "--out", tmp_path / "out"
        )

        assert result.exit_code == 3
        assert result.stderr == f"Fehler: {msg('input-too-large-stream', path='-', cap='5,0 MB')}\n"

    def test_stdin_at_the_bound_is_read(self, run_cli_stdin: Callable[..., Result], tmp_path: Path) -> None:
        """Near miss: stdin of exactly --max-input-size bytes is read."""
        data = CLEAN.encode()

        result = run_cli_stdin(
            data, "check", "-", "--max-input-size", str(len(data)), "--out", tmp_path / "out"
        )

        assert result.exit_code == 0, result.stderr


@pytest.fixture
def run_cli_stdin() -> Callable[..., Result]:
    """Invoke the command line in-process with ``data`` on stdin."""

    def run(data: bytes, *args: str | Path) -> Result:
        return CliRunner().invoke(main, [str(a) for a in args], input=data, catch_exceptions=False)

    return run


# --- --json ---------------------------------------------------------------------------------


class TestJson:
    """``--json`` streams the reports and lists every input, the unusable ones included."""

    def test_unusable_input_is_listed_with_its_code_and_message(
        self, run_cli: RunCli, tmp_path: Path
    ) -> None:
        """Three inputs, the middle one header-only: a list of three in input order, the middle one exit 3."""
        paths = [tmp_path / name for name in ("a.csv", "b.csv", "c.csv")]
        paths[0].write_bytes(CLEAN.encode())
        paths[1].write_bytes(b"Kundennummer;Firmenname\r\n")
        paths[2].write_bytes(OTHER.encode())

        result = run_cli("check", *paths, "--json", "--out", tmp_path / "out")

        assert result.exit_code == 3
        reports = json.loads(result.stdout)
        assert [r["input"]["path"] for r in reports] == [str(p) for p in paths]
        assert [r["exit_code"] for r in reports] == [0, 3, 0]
        assert reports[1]["verdict"] == "unusable"
        assert reports[1]["error"] == msg("input-header-only", path=paths[1])

    def test_run_that_cannot_start_still_prints_json(self, run_cli: RunCli, tmp_path: Path) -> None:
        """A usage error found before any input (an input as --save-mapping): stdout holds it as JSON."""
        path = tmp_path / "k.csv"
        path.write_bytes(CLEAN.encode())

        result = run_cli("check", path, "--json", "--save-mapping", path)

        assert result.exit_code == 2
        report = json.loads(result.stdout)
        assert (report["exit_code"], report["error"]) == (2, msg("usage-save-mapping-is-input", path=path))

    def test_reports_are_streamed_never_joined(
        self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--json never builds the whole document as one string; what it prints equals the written reports."""

        def joined(*_args: object) -> str:
            raise AssertionError("the whole report was built as one string")

        monkeypatch.setattr("importer.report.dumps", joined)
        paths = [tmp_path / "a.csv", tmp_path / "b.csv"]
        paths[0].write_bytes(CLEAN.encode())
        paths[1].write_bytes(WITH_REJECTED.encode())
        out = tmp_path / "out"

        result = run_cli("check", *paths, "--json", "--out", out)

        assert result.exit_code == 1
        written = [json.loads((out / f"{p.stem}.report.json").read_bytes()) for p in paths]
        assert json.loads(result.stdout) == written
        assert sha(result.stdout_bytes) == sha(
            b"[\n"
            + b",\n".join((out / f"{p.stem}.report.json").read_bytes().rstrip(b"\n") for p in paths)
            + b"\n]\n"
        )
