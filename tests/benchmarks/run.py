"""``make bench``: time lexoffice-import on generated Lexware Faktura exports and print a table.

Run by ``make bench`` in ``.venv-bench``, which holds the runtime dependencies only. The inputs
are generated into ``tests/benchmarks/_generated/`` (gitignored) and reused while the generator and
its parameters are unchanged. This is a measurement, not a test: it exits 0 even when a target is
missed, and 1 only when something crashed. ``--quick`` skips the 100 MB case.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Final

HERE: Final = Path(__file__).resolve().parent
ROOT: Final = HERE.parents[1]
GENERATED: Final = HERE / "_generated"
GENERATOR: Final = HERE / "generate.py"
MAPPING_BENCH: Final = HERE / "bench_mapping.py"
COMPARE: Final = HERE / "compare.py"
TIME_BIN: Final = Path("/usr/bin/time")

SMALL_BYTES: Final = 2_000_000
LARGE_BYTES: Final = 100_000_000
SEED: Final = 7
SUBPROCESS_TIMEOUT: Final = 900.0

HELP_TARGET: Final = 0.3
INTAKE_TARGET: Final = 0.15
CHECK_SMALL_TARGET: Final = 1.0
CHECK_LARGE_TARGET: Final = 20.0
PEAK_TARGET_BYTES: Final = 1_500_000_000
WORKBOOK_ROWS: Final = 10_000
SERVER_TARGET: Final = 0.5
#: The JSON report of a check may be at most this share of the input's size.
REPORT_SHARE_TARGET: Final = 0.5


@dataclass
class Row:
    """One line of the result table."""

    label: str
    result: str
    target: str
    verdict: str


@dataclass
class Input:
    """A generated benchmark input."""

    path: Path
    size: int
    rows: int


def load_module(name: str, path: Path) -> ModuleType:
    """Import a file that is not on ``sys.path`` (``tests/benchmarks`` is no package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def count_rows(data: bytes) -> int:
    """Data rows of a generated export: every record boundary is ``"`` CRLF ``"``."""
    return data.count(b'"\r\n"')


def server_check(cli: Path, source: Path, times: int = 5) -> tuple[float, list[float]]:
    """Start ``lexoffice-import serve`` on a free loopback port, post ``source`` to /check (JSON
    answer) once to warm it, then ``times`` times; return the median and the runs."""
    import socket
    import urllib.request
    import uuid

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(cli), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{source.name}"\r\n'
                "Content-Type: text/csv\r\n\r\n"
            ).encode()
            + source.read_bytes()
            + f"\r\n--{boundary}--\r\n".encode()
        )
        url = f"http://127.0.0.1:{port}/check"
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "application/json"}

        def post() -> float:
            started = time.perf_counter()
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=SUBPROCESS_TIMEOUT) as response:
                response.read()
            return time.perf_counter() - started

        deadline = time.monotonic() + 30
        while True:
            try:
                post()
                break
            except OSError as exc:
                if time.monotonic() > deadline:
                    raise CrashError(f"server did not answer: {exc}") from exc
                time.sleep(0.2)
        return median_of(times, post)
    finally:
        server.terminate()
        server.wait(timeout=10)


def workbook_inputs(rows: int) -> tuple[Path, Path]:
    """``rows`` generated customers as a Faktura CSV and as an .xlsx workbook (regenerated each run)."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    generator = load_module("faktura_generate", GENERATOR)
    data = generator.generate_customers(rows, SEED, 0.05)
    csv_path = GENERATED / f"kunden-{rows}.csv"
    xlsx_path = GENERATED / f"kunden-{rows}.xlsx"
    csv_path.write_bytes(data)
    xlsx_path.write_bytes(generator.xlsx_bytes(generator.csv_records(data)))
    return csv_path, xlsx_path


def ensure_input(name: str, target_bytes: int, seed: int = SEED) -> Input:
    """Generate ``_generated/<name>`` (from ``seed``) unless an up-to-date copy is there."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    path = GENERATED / name
    stamp_path = path.with_suffix(".stamp.json")
    fingerprint = hashlib.sha256(GENERATOR.read_bytes()).hexdigest()
    wanted = {"generator": fingerprint, "target_bytes": target_bytes, "seed": seed}
    if path.exists() and stamp_path.exists():
        try:
            stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stamp = {}
        if all(stamp.get(k) == v for k, v in wanted.items()) and stamp.get("size") == path.stat().st_size:
            return Input(path, int(stamp["size"]), int(stamp["rows"]))
    print(f"generating {path.relative_to(ROOT)} ({target_bytes:,} bytes) …", flush=True)
    started = time.perf_counter()
    generate_to_size: Callable[..., bytes] = load_module("faktura_generate", GENERATOR).generate_to_size
    data = generate_to_size(target_bytes, seed=seed)
    path.write_bytes(data)
    rows = count_rows(data)
    stamp_path.write_text(json.dumps({**wanted, "size": len(data), "rows": rows}), encoding="utf-8")
    print(f"  {len(data):,} bytes, {rows:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
    return Input(path, len(data), rows)


def find_cli() -> Path:
    """``lexoffice-import`` next to the running interpreter (the venv's ``bin``)."""
    name = "lexoffice-import.exe" if os.name == "nt" else "lexoffice-import"
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return candidate
    found = shutil.which("lexoffice-import")
    if found:
        return Path(found)
    raise FileNotFoundError(f"{candidate} not found: run with the venv's python after `make bench`")


class CrashError(Exception):
    """A measured command failed (exit code outside 0/1, timeout, exception)."""


def run_cli(cmd: Sequence[str | Path], ok_codes: tuple[int, ...] = (0, 1)) -> float:
    """Run ``cmd``; return the wall time; raise :class:`CrashError` on an unexpected exit code."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [str(c) for c in cmd], capture_output=True, timeout=SUBPROCESS_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise CrashError(f"timeout after {SUBPROCESS_TIMEOUT:.0f} s") from exc
    elapsed = time.perf_counter() - started
    if proc.returncode not in ok_codes:
        raise CrashError(_failure(proc))
    return elapsed


def _failure(proc: subprocess.CompletedProcess[bytes], stderr: str | None = None) -> str:
    text = stderr if stderr is not None else proc.stderr.decode("utf-8", "replace")
    if not text.strip():
        text = proc.stdout.decode("utf-8", "replace")
    tail = text.strip().splitlines()[-3:]
    return f"exit {proc.returncode}: " + " / ".join(tail)


def median_of(times: int, once: Callable[[], float]) -> tuple[float, list[float]]:
    runs = [once() for _ in range(times)]
    return statistics.median(runs), runs


def peak_rss_run(cmd: Sequence[str | Path]) -> tuple[float, int | None, str]:
    """Run ``cmd`` once; return (wall time, peak RSS in bytes or None, how RSS was measured)."""
    args = [str(c) for c in cmd]
    if TIME_BIN.exists() and sys.platform.startswith("linux"):
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                [str(TIME_BIN), "-v", *args], capture_output=True, timeout=SUBPROCESS_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise CrashError(f"timeout after {SUBPROCESS_TIMEOUT:.0f} s") from exc
        elapsed = time.perf_counter() - started
        stderr = proc.stderr.decode("utf-8", "replace")
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
        own_stderr = stderr.split("\tCommand being timed:", 1)[0]  # without the report of time -v
        own_stderr = re.sub(r"(?m)^Command exited with non-zero status \d+\n?", "", own_stderr)
        if proc.returncode not in (0, 1):
            raise CrashError(_failure(proc, own_stderr))
        if found:
            return elapsed, int(found.group(1)) * 1024, "/usr/bin/time -v"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    elapsed = run_cli(args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux kilobytes
    note = "getrusage(RUSAGE_CHILDREN)" + (" (max over all children so far)" if after == before else "")
    return elapsed, after * scale, note


def verdict(value: float, target: float) -> str:
    return "ok" if value < target else "MISSED"


def fmt_seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def fmt_runs(runs: list[float]) -> str:
    return "runs " + ", ".join(f"{r:.3f}" for r in runs)


def print_table(rows: list[Row]) -> None:
    headers = Row("measurement", "result", "target", "")
    widths = [
        max(len(getattr(r, field)) for r in [headers, *rows])
        for field in ("label", "result", "target", "verdict")
    ]
    for i, r in enumerate([headers, *rows]):
        cells = (r.label, r.result, r.target, r.verdict)
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmarks for lexoffice-import (make bench).")
    parser.add_argument("--quick", action="store_true", help="skip the 100 MB case")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the comparison (median of them)")
    parser.add_argument(
        "--compare-only", action="store_true", help="only the comparison with frictionless and the floor"
    )
    args = parser.parse_args(argv)

    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    rows: list[Row] = []
    notes: list[str] = []
    crashed = False

    def crash(label: str, target: str, error: object) -> None:
        nonlocal crashed
        crashed = True
        rows.append(Row(label, "CRASH", target, ""))
        notes.append(f"{label}: {error}")

    cli = find_cli()
    print(
        "comparison: check / frictionless validate / floor, batches (tests/benchmarks/compare.py)", flush=True
    )
    try:
        compare = load_module("bench_compare", COMPARE)
        compare.run(cli, ensure_input, GENERATED, rounds=args.rounds, large=not args.quick)
        print(f"(table saved to {compare.LATEST.relative_to(ROOT)})")
    except Exception:
        crashed = True
        print("comparison: CRASH")
        traceback.print_exc()
    if args.compare_only:
        return 1 if crashed else 0
    small = ensure_input("faktura-2mb.csv", SMALL_BYTES)
    large = None if args.quick else ensure_input("faktura-100mb.csv", LARGE_BYTES)

    print()
    print(
        f"lexoffice-import benchmarks — Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.machine()}{', --quick' if args.quick else ''}"
    )
    print(f"  2 MB input:   {small.path.relative_to(ROOT)} ({small.size:,} bytes, {small.rows:,} rows)")
    if large:
        print(f"  100 MB input: {large.path.relative_to(ROOT)} ({large.size:,} bytes, {large.rows:,} rows)")
    print(flush=True)

    # (a) --help, whole process
    label = "(a) lexoffice-import --help, whole process, median of 5"
    try:
        value, runs = median_of(5, lambda: run_cli([cli, "--help"], ok_codes=(0,)))
        rows.append(Row(label, fmt_seconds(value), f"< {HELP_TARGET} s", verdict(value, HELP_TARGET)))
        notes.append(f"(a) {fmt_runs(runs)}")
    except CrashError as exc:
        crash(label, f"< {HELP_TARGET} s", exc)

    # (b) intake, in process
    label = "(b) intake 2 MB (read_contacts), in process, median of 5"
    try:
        from importer.intake import read_contacts

        started = time.perf_counter()
        first = read_contacts(small.path)
        warmup = time.perf_counter() - started

        def intake_once() -> float:
            t0 = time.perf_counter()
            read_contacts(small.path)
            return time.perf_counter() - t0

        value, runs = median_of(5, intake_once)
        rows.append(Row(label, fmt_seconds(value), f"< {INTAKE_TARGET} s", verdict(value, INTAKE_TARGET)))
        notes.append(
            f"(b) {fmt_runs(runs)}; first call incl. lazy imports {warmup:.3f} s; "
            f"{first.table.records:,} records, encoding {first.encoding.name}"
        )
        if first.table.records != small.rows:
            notes.append(
                f"(b) WARNING: intake read {first.table.records:,} records, generated {small.rows:,}"
            )
    except Exception as exc:
        crash(label, f"< {INTAKE_TARGET} s", f"{type(exc).__name__}: {exc}")

    # (c) check 2 MB, whole process
    label = "(c) lexoffice-import check 2 MB, whole process, median of 3"
    try:
        with tempfile.TemporaryDirectory(prefix="bench-") as out:
            cmd: list[str | Path] = [cli, "check", small.path, "--out", out]
            value, runs = median_of(3, lambda: run_cli(cmd))
        rows.append(
            Row(
                label, fmt_seconds(value), f"< {CHECK_SMALL_TARGET:.0f} s", verdict(value, CHECK_SMALL_TARGET)
            )
        )
        notes.append(f"(c) {fmt_runs(runs)}")
    except CrashError as exc:
        crash(label, f"< {CHECK_SMALL_TARGET:.0f} s", exc)

    # (f) the same 10,000 customers as CSV and as an .xlsx workbook, whole process
    label = "(f) check 10,000 rows: .xlsx workbook / the same rows as CSV, median of 3"
    try:
        book_csv, book_xlsx = workbook_inputs(WORKBOOK_ROWS)
        timings = []
        for source in (book_xlsx, book_csv):
            with tempfile.TemporaryDirectory(prefix="bench-") as out:
                cmd = [cli, "check", source, "--out", out]
                value, _runs = median_of(3, lambda cmd=cmd: run_cli(cmd))
            timings.append(value)
        rows.append(Row(label, f"{fmt_seconds(timings[0])} / {fmt_seconds(timings[1])}", "–", ""))
        notes.append(f"(f) the workbook takes {timings[0] / timings[1]:.2f} × the time of the CSV")
    except CrashError as exc:
        crash(label, "–", exc)

    # (g) the web page: a 2 MB check through a running server (warm process), median of 5
    label = "(g) 2 MB check through lexoffice-import serve (warm), median of 5"
    try:
        value, runs = server_check(cli, small.path)
        rows.append(Row(label, fmt_seconds(value), f"< {SERVER_TARGET} s", verdict(value, SERVER_TARGET)))
        notes.append(f"(g) {fmt_runs(runs)}")
    except CrashError as exc:
        crash(label, f"< {SERVER_TARGET} s", exc)

    # (d) check 100 MB, whole process, with peak memory
    if large:
        label = "(d) lexoffice-import check 100 MB, whole process, 1 run"
        peak_label = "    peak memory (max RSS) of that run"
        peak_target = f"< {PEAK_TARGET_BYTES / 1e9:.1f} GB"
        report_label = "    size of its JSON report"
        report_target = f"<= {REPORT_SHARE_TARGET:.0%} of the input"
        try:
            with tempfile.TemporaryDirectory(prefix="bench-") as out:
                cmd = [cli, "check", large.path, "--out", out, "--max-input-size", "500MB"]
                value, peak, how = peak_rss_run(cmd)
                report_bytes = (Path(out) / f"{large.path.stem}.report.json").stat().st_size
            rows.append(
                Row(
                    label,
                    fmt_seconds(value),
                    f"< {CHECK_LARGE_TARGET:.0f} s",
                    verdict(value, CHECK_LARGE_TARGET),
                )
            )
            if peak is None:
                rows.append(Row(peak_label, "n/a", peak_target, ""))
            else:
                rows.append(
                    Row(peak_label, f"{peak / 1e9:.2f} GB", peak_target, verdict(peak, PEAK_TARGET_BYTES))
                )
            share = report_bytes / large.size
            rows.append(
                Row(
                    report_label,
                    f"{report_bytes / 1e6:.1f} MB ({share:.1%})",
                    report_target,
                    "ok" if share <= REPORT_SHARE_TARGET else "MISSED",
                )
            )
            notes.append(f"(d) peak memory via {how}")
        except CrashError as exc:
            crash(label, f"< {CHECK_LARGE_TARGET:.0f} s", exc)
    else:
        rows.append(Row("(d) check 100 MB", "skipped (--quick)", f"< {CHECK_LARGE_TARGET:.0f} s", ""))

    print_table(rows)
    if notes:
        print()
        for note in notes:
            print(note)

    # (e) optional mapping benchmark
    if MAPPING_BENCH.exists():
        print()
        print(f"(e) {MAPPING_BENCH.relative_to(ROOT)}")
        try:
            module = load_module("bench_mapping", MAPPING_BENCH)
            entry = getattr(module, "main", None)
            if callable(entry):
                result = entry()
                if isinstance(result, int) and result != 0:
                    crashed = True
                    print(f"(e) bench_mapping.main() returned {result}")
            else:
                print("(e) no main() in bench_mapping.py, skipped")
        except Exception:
            crashed = True
            print("(e) CRASH")
            traceback.print_exc()

    if crashed:
        print("\nsomething crashed (see above) — exit 1", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
