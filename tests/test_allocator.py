"""The allocator setting polars loads with: memory first for a large input (importer.allocator).

Observed in a fresh interpreter running the command: an import hook records the setting at the
moment polars is imported, which is when jemalloc reads it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from importer.allocator import fit_to_inputs

VARIABLE = "_RJEM_MALLOC_CONF"
DEFAULT = "dirty_decay_ms:250,muzzy_decay_ms:0"
LARGE = "dirty_decay_ms:0,muzzy_decay_ms:0"

PROBE = """
import os, sys
seen = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "polars" and not seen:
            seen.append(os.environ.get("_RJEM_MALLOC_CONF"))
            print("SEEN", seen[0], flush=True)
        return None

sys.meta_path.insert(0, Watch())
from importer.cli import run
sys.argv = ["lexoffice-import", *sys.argv[1:]]
run()
"""


def _setting_at_load(tmp_path: Path, *args: str, own: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    if own is not None:
        env[VARIABLE] = own
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, done.stdout + done.stderr
    return lines[-1].removeprefix("SEEN ")


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space (the check refuses it as too large)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_large_input_loads_polars_returning_freed_memory_at_once(tmp_path: Path) -> None:
    big = _sparse(tmp_path / "gross.csv", 60_000_000)
    assert _setting_at_load(tmp_path, "check", str(big), "--out", str(tmp_path / "out")) == LARGE


def test_a_large_file_in_a_folder_counts(tmp_path: Path) -> None:
    folder = tmp_path / "eingang"
    folder.mkdir()
    (folder / "klein.csv").write_text("Firmenname;Kundennummer\nA GmbH;10001\n", encoding="utf-8")
    _sparse(folder / "gross.csv", 60_000_000)
    assert _setting_at_load(tmp_path, "check", str(folder), "--out", str(tmp_path / "out")) == LARGE


def test_a_small_input_keeps_the_default(tmp_path: Path) -> None:
    small = tmp_path / "kunden.csv"
    small.write_text("Firmenname;Kundennummer\nA GmbH;10001\n", encoding="utf-8")
    _sparse(tmp_path / "daneben.csv", 60_000_000)  # beside it, not given
    assert _setting_at_load(tmp_path, "check", str(small), "--out", str(tmp_path / "out")) == DEFAULT


def test_a_setting_of_the_users_own_is_left_alone(tmp_path: Path) -> None:
    big = _sparse(tmp_path / "gross.csv", 60_000_000)
    own = "narenas:1"
    assert _setting_at_load(tmp_path, "check", str(big), "--out", str(tmp_path / "out"), own=own) == own


def test_started_by_a_process_that_loaded_polars(tmp_path: Path) -> None:
    """polars puts its own defaults before the setting it finds, and a child inherits both (found
    by make bench, whose second 100 MB run was started by a process that had loaded polars)."""
    big = _sparse(tmp_path / "gross.csv", 60_000_000)
    inherited = "dirty_decay_ms:500,muzzy_decay_ms:1000," + DEFAULT
    seen = _setting_at_load(tmp_path, "check", str(big), "--out", str(tmp_path / "out"), own=inherited)
    assert seen == f"dirty_decay_ms:500,muzzy_decay_ms:1000,{LARGE}"


def test_started_by_a_process_that_loaded_polars_first(tmp_path: Path) -> None:
    """A parent that loaded polars before this package hands down polars' defaults alone (make
    bench's generator): the package's default applies, and the large setting after it."""
    big = _sparse(tmp_path / "gross.csv", 60_000_000)
    small = tmp_path / "kunden.csv"
    small.write_text("Firmenname\nA GmbH\n", encoding="utf-8")
    inherited = "dirty_decay_ms:500,muzzy_decay_ms:1000"
    assert _setting_at_load(tmp_path, "check", str(big), own=inherited) == f"{inherited},{LARGE}"
    assert _setting_at_load(tmp_path, "check", str(small), own=inherited) == f"{inherited},{DEFAULT}"


def test_too_late_once_polars_is_loaded(tmp_path: Path) -> None:
    import polars  # noqa: F401  (loaded, as in this test process anyway)

    before = os.environ.get(VARIABLE)
    assert fit_to_inputs([_sparse(tmp_path / "gross.csv", 60_000_000)]) is False
    assert os.environ.get(VARIABLE) == before
