"""Shared fixtures: running the command line in-process and writing input files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from importer.cli import main

RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke ``lexoffice-import`` with the given arguments; stdout and stderr stay apart (click 8.2+)."""

    def run(*args: str | Path) -> Result:
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def write_input(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Write ``data`` to ``tmp_path / name`` and return the path."""

    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


# --- hypothesis profiles: `make fuzz` sets HYPOTHESIS_PROFILE=fuzz for the longer property runs ---
def _hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "fuzz", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    if os.environ.get("HYPOTHESIS_PROFILE"):
        settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


_hypothesis_profiles()


# --- what test runs load on first use, loaded once while the tests are collected ---
# ``make mutate`` runs each mutant's tests in a process forked from one that has only collected
# the tests: what the first check of a file loads (pandera and its polars engine, about 0.3 s;
# pycountry's and phonenumbers' data; the jinja templates) would be loaded again for each of the
# 4,800 mutants. importer.warm loads it once, here, without running a polars query.
import importer.warm  # noqa: E402, F401

# --- make mutate: each mutated module's own tests first ---
#: The test files written for each mutated module, by name. mutmut runs the tests that call the
#: mutated function fastest first and stops at the first failure; the end-to-end tests of other
#: files come first that way, though a module's own tests kill most of its mutants.
MUTATED_MODULE_TESTS: dict[str, tuple[str, ...]] = {
    "importer.encoding": ("test_encoding.py", "test_intake.py"),
    "importer.parse": ("test_parse.py", "test_structure.py"),
    "importer.csv_reader": ("test_parse.py", "test_structure.py", "test_dialect.py"),
    "importer.writer": ("test_guarantees.py", "test_outputs.py"),
    "importer.outputs": ("test_outputs.py", "test_guarantees.py"),
    "importer.accounting": ("test_guarantees.py",),
    "importer.rules": ("test_rules.py",),
    "importer.validate": ("test_rules.py",),
    "schemas.contacts": ("test_rules.py",),
    "importer.markup": ("test_html.py",),
    "importer.masking": ("test_html.py",),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under ``make mutate`` (mutmut names the mutant in ``MUTANT_UNDER_TEST``), run the tests of
    the mutated module's own files first, each group in the order given; otherwise change nothing."""
    import os

    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    module = mutant.split(".x_")[0].split(".xǁ")[0]
    own = MUTATED_MODULE_TESTS.get(module)
    if "__mutmut_" in mutant and own:
        items.sort(key=lambda item: item.path.name not in own)
