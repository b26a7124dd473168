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
