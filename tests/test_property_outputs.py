"""Property test (issue 11): random batches never change an input or a foreign file, and every
output set on disk is complete and matches its report.

Hypothesis builds a small world: input files in nested folders with equal stems (``kunden.csv``
in two folders, ``x.csv`` beside ``x.txt``, names differing only in case), files of the user's
own in the output folders (named like outputs, or not), and a run of ``check`` repeated up to
three times — with ``--out`` or into the inputs' folders, after an input changed or an output
was edited by hand, and interrupted through the writer's fault-injection hook
(:data:`importer.fileio.fault_hook`: Ctrl-C, a full disk, a locked file) at a random step.

After every run:

1. every input and every file of the user's own (those written by the test, outputs it
   edited) holds exactly its bytes;
2. no temporary file is left, and the exit code is documented and never 4;
3. every file on disk is an input, the user's own, or listed in its folder's manifest;
4. every output set listed there is complete and matches its report: its files are exactly the
   report's ``outputs``, each upload file has the size and the number of records the report
   gives, and the report names one of the inputs.

``make fuzz`` runs it with the ``fuzz`` profile (``HYPOTHESIS_PROFILE=fuzz``, tests/conftest.py).
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner
from helpers import csv_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importer import fileio
from importer.cli import main

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
MANIFEST = ".lexoffice-import.json"
LOCK = ".lexoffice-import.lock"

#: Input contents: ready, ready with other values, one row rejected, one column unmapped, unusable.
CONTENTS = [
    "Kundennummer;Firmenname;Ort 1\r\n10001;Müller GmbH;Köln\r\n10002;Schmidt AG;Bonn\r\n",
    "Kundennummer;Firmenname;Ort 1\r\n10003;Weber KG;Bonn\r\n",
    "Kundennummer;Firmenname;Ort 1\r\n10001;Müller GmbH;Köln\r\n10002;;Bonn\r\n",
    "Lieferantennummer;Firmenname;Telefax\r\n70001;Lief AG;0221-1\r\n",
    "Kundennummer;Firmenname\r\n",
]
FOLDERS = ["", "a", "a/b", "c", "C"]
STEMS = ["kunden", "Kunden", "x", "export", "export.kunden"]
SUFFIXES = [".csv", ".txt"]
#: Files of the user's own in an output folder: named like outputs, or not.
FOREIGN = ["kunden.rejected.csv", "x.kunden.csv", "index.html", "notizen.csv", "export.report.json"]
#: Where a run may be interrupted, and how.
STEPS = ["write", "chunk", "backup", "place", "remove", "manifest"]
FAULTS = {
    "ctrl-c": KeyboardInterrupt,
    "disk-full": lambda: OSError(errno.ENOSPC, "No space left on device"),
    "locked": lambda: PermissionError(errno.EACCES, "Permission denied"),
}
DOCUMENTED = {0, 1, 2, 3, 5, 130}


@dataclass(frozen=True)
class Run:
    """One run of ``check``: which inputs changed before it, which output got edited, where it stops."""

    change: tuple[tuple[int, int], ...]
    edit_an_output: bool
    fault: tuple[str, int, str] | None


inputs = st.lists(
    st.tuples(st.sampled_from(FOLDERS), st.sampled_from(STEMS), st.sampled_from(SUFFIXES), st.integers(0, 4)),
    min_size=1,
    max_size=4,
    unique_by=lambda i: (i[0], i[1] + i[2]),
)
runs = st.lists(
    st.builds(
        Run,
        change=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4)), max_size=2).map(tuple),
        edit_an_output=st.booleans(),
        fault=st.none()
        | st.tuples(st.sampled_from(STEPS), st.integers(1, 6), st.sampled_from(sorted(FAULTS))),
    ),
    min_size=1,
    max_size=3,
)


def arm(fault: tuple[str, int, str] | None) -> None:
    """Let the writer fail the ``n``-th time it reaches ``step`` (or never)."""
    if fault is None:
        fileio.fault_hook = None
        return
    step, n, kind = fault
    seen = 0

    def hook(reached: str, _path: Path) -> None:
        nonlocal seen
        if reached == step:
            seen += 1
            if seen == n:
                raise FAULTS[kind]()

    fileio.fault_hook = hook


def check_world(root: Path, protected: dict[Path, bytes], input_paths: set[Path]) -> None:
    """Properties 1, 3 and 4 of the module docstring, over every file under ``root``."""
    for path, data in protected.items():
        assert path.read_bytes() == data, f"{path} changed"
    listed: set[Path] = set()
    for manifest_path in root.rglob(MANIFEST):
        folder = manifest_path.parent
        manifest = json.loads(manifest_path.read_bytes())
        pending = manifest["pending"]
        # Interrupted after the commit point, before the journal was cleared: only a note that
        # the (already deleted) old files are to go.
        assert pending is None or (
            pending["committed"] and not any((folder / t).exists() for t in pending["trash"])
        )
        sets: dict[str, set[str]] = defaultdict(set)
        for name, entry in manifest["files"].items():
            sets[entry["set"]].add(name)
            listed.add(folder / name)
            if folder / name not in protected:  # an output edited by hand is the user's (checked above)
                assert fileio.file_digest(folder / name) == (entry["sha256"], entry["bytes"]), (
                    f"{name} changed"
                )
        for set_name, names in sets.items():
            if set_name == fileio.RUN_SET:
                assert names == {"index.html"}
                continue
            reports = [n for n in names if n.endswith(".report.json")]
            assert len(reports) == 1, f"set {set_name}: reports {reports}"
            report = json.loads((folder / reports[0]).read_bytes())
            outputs = report["outputs"]
            expected = {Path(u["path"]).name for u in outputs["upload"]}
            expected |= {Path(outputs[k]).name for k in ("rejected", "unmapped", "report_html") if outputs[k]}
            expected.add(Path(outputs["report_json"]).name)
            assert names == expected, f"set {set_name}: {sorted(names)} != report {sorted(expected)}"
            for upload in outputs["upload"]:
                if folder / Path(upload["path"]).name in protected:
                    continue
                data = (folder / Path(upload["path"]).name).read_bytes()
                assert len(data) == upload["bytes"]
                assert len(csv_rows(data)) - 1 == upload["rows"]
            assert Path(report["input"]["path"]) in input_paths
    for path in root.rglob("*"):
        if path.is_dir() or path.name in (MANIFEST, LOCK):
            continue
        assert not path.name.endswith(".tmp"), f"temporary file left: {path}"
        assert path in protected or path in listed, f"{path} is neither an input, the user's, nor listed"


@settings(
    max_examples=2000 if FUZZ else 25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    inputs=inputs,
    foreign=st.lists(st.sampled_from(FOREIGN), unique=True, max_size=3),
    use_out=st.booleans(),
    runs=runs,
)
def test_random_batches_keep_inputs_and_foreign_files_and_complete_sets(
    inputs: list[tuple[str, str, str, int]], foreign: list[str], use_out: bool, runs: list[Run]
) -> None:
    """Random batches, reruns and interrupted runs: nothing given is changed, every set is whole."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        protected: dict[Path, bytes] = {}
        paths: list[Path] = []
        for folder, stem, suffix, content in inputs:
            path = root / folder / f"{stem}{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(CONTENTS[content].encode())
            protected[path] = path.read_bytes()
            paths.append(path)
        out = root / "out"
        out_folders = {out} if use_out else {p.parent for p in paths}
        for folder in sorted(out_folders):
            folder.mkdir(parents=True, exist_ok=True)
            for name in foreign:
                target = folder / name
                if target not in protected:
                    target.write_bytes(f"eigene Datei {name}\r\n".encode())
                    protected[target] = target.read_bytes()
        args = [str(p) for p in paths] + (["--out", str(out)] if use_out else [])
        try:
            for run in runs:
                for index, content in run.change:
                    if index < len(paths):
                        paths[index].write_bytes(CONTENTS[content].encode())
                        protected[paths[index]] = paths[index].read_bytes()
                if run.edit_an_output:
                    edited = sorted(
                        p for p in root.rglob("*.rejected.csv") if p not in protected and p.is_file()
                    )
                    if edited:
                        edited[0].write_bytes(edited[0].read_bytes() + b"von Hand;korrigiert\r\n")
                        protected[edited[0]] = edited[0].read_bytes()
                arm(run.fault)
                result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
                fileio.fault_hook = None
                assert result.exit_code in DOCUMENTED, (result.exit_code, result.stderr)
                assert "Traceback" not in result.stderr
                check_world(root, protected, set(paths))
        finally:
            fileio.fault_hook = None
