"""The comparison part of ``make bench``: ``check`` against ``frictionless validate`` and the floor.

For generated Faktura exports of 0.2, 2, 20 and 100 MB, in one run and alternating round by round:

- ``check``: ``lexoffice-import check FILE --out DIR``, the whole process;
- ``frictionless validate``: the same file with an equivalent Table Schema (every Faktura column a
  string of at most 255 characters, the customer number an integer in 10000-69999, postcodes by
  pattern, e-mail addresses by format), cp1252 and ``;`` given as the tool's own detection would
  find them, and ``--limit-errors`` high enough that it reads the whole file (its default stops
  after 1,000 errors). Paths are relative to its working folder: it refuses absolute ones;
- the floor: Python + polars decoding the file, reading it as CSV and writing it again.

Then batches: 10 × 1 MB with ``--jobs 2`` against the sum of 10 single frictionless runs, and
20 × 2 MB with ``--jobs 1`` and ``--jobs 2``. Each figure is the median of ``rounds`` runs; the
100 MB file runs once (with its peak memory and the size of its JSON report), and so does a wide
export: 2 MB in 1,000 columns (a CRM's, its columns unknown to lexoffice). The table is
printed and written, with a description of the machine, to ``tests/benchmarks/latest.md``.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

HERE: Final = Path(__file__).resolve().parent
LATEST: Final = HERE / "latest.md"

#: The batches' inputs are generated from this seed plus 1 … 20 (the single files' from run.py's SEED).
BATCH_SEED: Final = 1000

#: Targets of issue 15 (2-core machine, ratios in one run).
CHECK_VS_FRICTIONLESS_2MB: Final = 0.55
BATCH_VS_FRICTIONLESS: Final = 0.2
BATCH_SPEEDUP: Final = 1.6
FLOOR_RATIO_20MB: Final = 6.0
PEAK_100MB: Final = 1.0e9
REPORT_SHARE: Final = 0.5
HELP_SECONDS: Final = 0.1

FLOOR_SCRIPT: Final = """
import sys, polars as pl
text = open(sys.argv[1], "rb").read().decode("cp1252")
frame = pl.read_csv(text.encode("utf-8"), separator=";", infer_schema=False)
frame.write_csv(sys.argv[2], separator=";")
"""

#: A Table Schema equivalent to what ``check`` checks of a Faktura export, as far as Table Schema can.
POSTCODE_PATTERN: Final = "[0-9A-Z -]{3,10}"


@dataclass
class Line:
    """One line of the comparison table."""

    what: str
    ours: str
    other: str
    ratio: str
    target: str
    verdict: str


def table_schema(header: Sequence[str]) -> dict[str, object]:
    fields: list[dict[str, object]] = []
    for name in header:
        field: dict[str, object] = {"name": name, "type": "string", "constraints": {"maxLength": 255}}
        if name in ("Postleitzahl", "Liefer. PLZ"):
            field["constraints"] = {"maxLength": 255, "pattern": POSTCODE_PATTERN}
        elif name == "Email":
            field["format"] = "email"
        elif name == "Kundennummer":
            field = {"name": name, "type": "integer", "constraints": {"minimum": 10000, "maximum": 69999}}
        fields.append(field)
    return {"fields": fields}


#: The wide export's columns and rows: 2 MB.
WIDE_COLUMNS: Final = 1000
WIDE_ROWS: Final = 900


def wide_export(path: Path) -> Path:
    """A CRM's export of :data:`WIDE_COLUMNS` columns: a company's name, then columns lexoffice
    has none for (flags, many empty), :data:`WIDE_ROWS` rows, UTF-8."""
    fields = [f"Feld {n}" for n in range(1, WIDE_COLUMNS)]
    kinds = ("ja", "", "x", "nein", "", "")
    lines = [";".join(["Firmenname", *fields])]
    for row in range(1, WIDE_ROWS + 1):
        cells = [kinds[(row + n) % len(kinds)] for n in range(len(fields))]
        lines.append(";".join([f"Firma {row} GmbH", *cells]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(cmd: Sequence[str | Path], *, cwd: Path | None = None, ok: tuple[int, ...] = (0, 1)) -> float:
    started = time.perf_counter()
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, check=False, timeout=1800)
    elapsed = time.perf_counter() - started
    if proc.returncode not in ok:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"{cmd[0]} exit {proc.returncode}: {' / '.join(tail)}")
    return elapsed


def _peak(cmd: Sequence[str | Path]) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-v", *[str(c) for c in cmd]], capture_output=True, check=False, timeout=3600
    )
    elapsed = time.perf_counter() - started
    found = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if proc.returncode not in (0, 1) or not found:
        raise RuntimeError(f"exit {proc.returncode}: {proc.stderr[-300:]!r}")
    return elapsed, int(found.group(1)) * 1024


def _median(runs: list[float]) -> float:
    return statistics.median(runs)


def _fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def machine(load_before: tuple[float, ...]) -> str:
    """CPU model, cores, memory, load (before and after), Python, polars and frictionless versions."""
    model = "unknown CPU"
    with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    before = ", ".join(f"{x:.1f}" for x in load_before)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    from importlib.metadata import version

    import polars

    return (
        f"{model}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, polars {polars.__version__}, "
        f"frictionless {version('frictionless')}; "
        f"load average (1, 5, 15 min) at the start: {before}, at the end: {load}"
    )


def run(
    cli: Path,
    ensure: Callable[..., Any],
    generated: Path,
    *,
    rounds: int,
    large: bool,
) -> list[Line]:
    """Measure everything; return the table's lines (and write :data:`LATEST`)."""
    load_before = os.getloadavg()
    python = Path(sys.executable)
    frictionless = python.parent / "frictionless"
    if not frictionless.exists():
        raise RuntimeError("frictionless is not installed in the bench environment (make bench installs it)")
    sizes = [("0.2 MB", "faktura-0.2mb.csv", 200_000), ("2 MB", "faktura-2mb.csv", 2_000_000)]
    sizes.append(("20 MB", "faktura-20mb.csv", 20_000_000))
    paths = {label: Path(ensure(name, size).path) for label, name, size in sizes}
    header = paths["2 MB"].open("rb").readline().decode("cp1252").strip().split(";")
    schema = generated / "faktura.schema.json"
    schema.write_text(json.dumps(table_schema([h.strip('"') for h in header])), encoding="utf-8")
    dialect = json.dumps({"delimiter": ";"})

    def fric(path: Path) -> list[str | Path]:
        return [
            frictionless, "validate", path.name, "--schema", schema.name, "--encoding", "cp1252",
            "--dialect", dialect, "--limit-errors", "100000000", "--json",
        ]  # fmt: skip

    lines: list[Line] = []
    work = Path(tempfile.mkdtemp(prefix="bench-compare-"))
    try:
        helps = [_run([cli, "--help"], ok=(0,)) for _ in range(rounds)]
        value = _median(helps)
        lines.append(
            Line(
                "--help, whole process",
                _fmt(value),
                "",
                "",
                f"≤ {HELP_SECONDS} s",
                _ok(value <= HELP_SECONDS),
            )
        )
        for label, path in paths.items():
            times: dict[str, list[float]] = {"check": [], "frictionless": [], "floor": []}
            for _ in range(rounds):  # alternating: each round runs all three once
                times["check"].append(_run([cli, "check", path, "--out", work / "single"]))
                times["frictionless"].append(_run(fric(path), cwd=path.parent))
                times["floor"].append(_run([python, "-c", FLOOR_SCRIPT, path, work / "floor.csv"], ok=(0,)))
            check, other, floor = (_median(times[k]) for k in ("check", "frictionless", "floor"))
            target, verdict = "", ""
            if label == "2 MB":
                target = f"≤ {CHECK_VS_FRICTIONLESS_2MB} × frictionless"
                verdict = _ok(check / other <= CHECK_VS_FRICTIONLESS_2MB)
            lines.append(
                Line(
                    f"check {label} / frictionless validate",
                    _fmt(check),
                    _fmt(other),
                    f"{check / other:.2f}",
                    target,
                    verdict,
                )
            )
            target, verdict = "", ""
            if label == "20 MB":
                target = f"≤ {FLOOR_RATIO_20MB:.0f} × floor"
                verdict = _ok(check / floor <= FLOOR_RATIO_20MB)
            lines.append(
                Line(
                    f"check {label} / floor",
                    _fmt(check),
                    _fmt(floor),
                    f"{check / floor:.2f}",
                    target,
                    verdict,
                )
            )

        # Batches: distinct generated exports (seeds 1 … 20 after the single files' own): a run
        # checks a byte-for-byte copy of another input once only (copy-in-run).
        ten = work / "ten"
        ten.mkdir()
        for i in range(1, 11):
            shutil.copyfile(
                ensure(f"faktura-1mb-{i}.csv", 1_000_000, BATCH_SEED + i).path, ten / f"kunden-{i}.csv"
            )
        shutil.copyfile(schema, ten / schema.name)
        twenty = work / "twenty"
        twenty.mkdir()
        for i in range(1, 21):
            shutil.copyfile(
                ensure(f"faktura-2mb-{i}.csv", 2_000_000, BATCH_SEED + i).path, twenty / f"kunden-{i}.csv"
            )
        batch10: list[float] = []
        fric10: list[float] = []
        jobs1: list[float] = []
        jobs2: list[float] = []
        for _ in range(rounds):
            batch10.append(_run([cli, "check", ten, "--out", work / "out10", "--jobs", "2", "--quiet"]))
            fric10.append(sum(_run(fric(ten / f"kunden-{i}.csv"), cwd=ten) for i in range(1, 11)))
            jobs1.append(_run([cli, "check", twenty, "--out", work / "out20a", "--jobs", "1", "--quiet"]))
            jobs2.append(_run([cli, "check", twenty, "--out", work / "out20b", "--jobs", "2", "--quiet"]))
        ours, other = _median(batch10), _median(fric10)
        ratio = ours / other
        what = "batch 10 × 1 MB, --jobs 2 / 10 single frictionless runs"
        target = f"≤ {BATCH_VS_FRICTIONLESS}"
        lines.append(
            Line(what, _fmt(ours), _fmt(other), f"{ratio:.2f}", target, _ok(ratio <= BATCH_VS_FRICTIONLESS))
        )
        one, two = _median(jobs1), _median(jobs2)
        lines.append(
            Line("batch 20 × 2 MB: --jobs 2 / --jobs 1", _fmt(two), _fmt(one), f"{one / two:.2f} × faster",
                 f"≥ {BATCH_SPEEDUP} × faster", _ok(one / two >= BATCH_SPEEDUP))
        )  # fmt: skip

        wide = wide_export(work / "wide-2mb.csv")
        seconds, peak = _peak([cli, "check", wide, "--out", work / "wide"])
        lines.append(
            Line(f"check 2 MB in {WIDE_COLUMNS:,} columns (1 run): time, peak memory",
                 f"{_fmt(seconds)}, {peak / 1e9:.2f} GB", "", "", "", "")
        )  # fmt: skip

        if large:
            big = Path(ensure("faktura-100mb.csv", 100_000_000).path)
            out = work / "big"
            seconds, peak = _peak([cli, "check", big, "--out", out, "--max-input-size", "500MB"])
            floor = _run([python, "-c", FLOOR_SCRIPT, big, work / "floor.csv"], ok=(0,))
            report = (out / f"{big.stem}.report.json").stat().st_size / big.stat().st_size
            lines.append(
                Line(
                    "check 100 MB / floor (1 run)",
                    _fmt(seconds),
                    _fmt(floor),
                    f"{seconds / floor:.2f}",
                    "",
                    "",
                )
            )
            lines.append(
                Line(
                    "check 100 MB: peak memory",
                    f"{peak / 1e9:.2f} GB",
                    "",
                    "",
                    "≤ 1.0 GB",
                    _ok(peak <= PEAK_100MB),
                )
            )
            lines.append(
                Line(
                    "check 100 MB: JSON report / input size",
                    f"{report:.1%}",
                    "",
                    "",
                    "≤ 50 %",
                    _ok(report <= REPORT_SHARE),
                )
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = render(lines, rounds)
    print(text)
    LATEST.write_text(
        "# Latest `make bench` comparison\n\n"
        f"Machine: {machine(load_before)}.\n\n"
        f"Medians of {rounds} alternating rounds (100 MB: one run). `ours` is `lexoffice-import check`, "
        "whole process; `other` is `frictionless validate` with an equivalent Table Schema, the floor "
        "(Python + polars decoding, reading and writing the same file), or `--jobs 1`.\n\n" + text + "\n",
        encoding="utf-8",
    )
    return lines


def render(lines: list[Line], rounds: int) -> str:
    head = Line("measurement", "ours", "other", "ratio", "target", "")
    rows = [head, *lines]
    out = []
    for i, line in enumerate(rows):
        cells = (line.what, line.ours, line.other, line.ratio, line.target, line.verdict)
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * len(cells))
    return "\n".join(out)
