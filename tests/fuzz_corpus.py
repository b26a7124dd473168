"""Mutation fuzzing over the real-export corpus (``make fuzz`` runs it after the property tests).

Seeds are the real files the project keeps with their provenance (``reference/examples``,
``tests/data/corpus/files``, ``tests/data/vcard``) and every header row of the real-header
corpus (``tests/data/corpus``, ``tests/data/headers``) filled with the bundled Faktura example's
values. Each case mutates one seed the way real files go wrong: hostile cells (formulas,
mojibake, control characters, huge or empty values, numbers out of range), a column repeated,
moved or dropped, another system's columns pasted beside, records repeated or cut, bytes
flipped, inserted or cut, another encoding, a workbook instead of CSV; and a few options at
random. ``check_file`` then runs on it in a fresh folder. A problem is:

- any exception other than :class:`importer.errors.ImporterError`, or one with exit code 4;
- a run whose accounting is not balanced (a cell lost);
- an upload part over lexoffice's 2 MB;
- a run longer than 60 s;
- a process that dies (a Rust abort, the memory limit ``--memory-gb``): the case under way is
  kept as ``seed<N>-current.<suffix>``.

Each problem's input is kept in ``--keep`` (default ``.fuzz-found/``) with its traceback in a
``.txt`` beside it; the exit code is 1 when there was one. Deterministic for a seed (``--seed``);
``--seconds`` is the time budget. Run: ``python tests/fuzz_corpus.py --seconds 300 --seed 1``.
Its first runs found a repeated home address block stopping the run with exit 4, a cp1252
upload file failing its read-back check, an .xls whose looping directory chain made calamine
take 23 GB, and a damaged deflate stream raising zlib.error in the grid-size check.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import tomllib
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from generate import xlsx_bytes  # noqa: E402
from helpers import ods_bytes  # noqa: E402

from importer.errors import ImporterError  # noqa: E402
from importer.pipeline import check_file  # noqa: E402
from importer.result import CheckOptions  # noqa: E402

#: lexoffice's limit for one upload file (spec §1).
UPLOAD_LIMIT = 2_000_000
TIMEOUT = 60
SEED_FOLDERS = ("reference/examples", "tests/data/corpus/files", "tests/data/vcard", "tests/data/workbooks")
HEADER_FOLDERS = ("tests/data/corpus", "tests/data/headers")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16", "cp1250", "latin-1", "mac_roman", "cp850")
#: Cells real files hold where a contact field was expected.
HOSTILE = (
    "", " ", "=1+1", '=HYPERLINK("http://x";"x")', "+49 (0) 351 1234", "DE 123 456 789", "0", "-5", "1e5",
    "1E+15", "99999999999999999999", "NaN", "null", "12.345,67", "😀 GmbH", "\u202eevil", "\u200b",
    "Mu\u0308ller", "\x00", "x" * 5000, "line1\nline2", "a\rb", '"', ";", ",", "Herr", "Frau Dr.", "Firma",
    "GmbH", "DE", "Deutschland", "AT", "ATU12345678", "12345", "1010", "01067", "http://x", "a@b",
    "a@b.de", "@", "\t", "#NV", "#REF!", "TRUE", "01.02.2024", "2024-01-01T00:00", "Ã¤Ã¶Ã¼", "ÃŸ",
    "Â ", "\ufeff", "\u00a0", "0049", "++49", "Kunde", "Lieferant", "Kunde, Lieferant", "ja", "nein",
    "1", "K-10001", "10000", "69999", "70000", "-0", "Straße 1 a-c", "c/o X", "Postfach 12 34",
    "\u2028", "\x85", "\x1a", "名字", "Ελλάδα", "Ąę", "ÿ",
)  # fmt: skip
#: Bytes inserted by the byte-level mutation.
INSERTS = (b"\x00", b'"', b";", b"\r", b"\n", b"\r\n", b"\xc3", b"\x81", b"\xef\xbb\xbf", b",", b"\t", b'""')
PREFIXES = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"sep=;\r\n", b"\r\n\r\n", b";;;\r\n")


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes


class HangError(Exception):
    """A case ran longer than :data:`TIMEOUT` seconds."""


def load_seeds(rng: random.Random) -> tuple[list[Seed], list[list[list[str]]], list[str]]:
    """The seed files, their records (the CSV ones, for pasting beside), and cell values."""
    seeds = [
        Seed(path.name, path.read_bytes())
        for folder in SEED_FOLDERS
        for path in sorted((ROOT / folder).iterdir())
        if path.suffix in (".csv", ".vcf", ".xlsx", ".xls")
    ]
    example = (ROOT / "reference/examples/faktura-kunden.csv").read_bytes().decode("cp1252")
    values = [cell for record in csv.reader(io.StringIO(example), delimiter=";") for cell in record if cell]
    for folder in HEADER_FOLDERS:
        for path in sorted((ROOT / folder).glob("*.toml")):
            for entry in tomllib.loads(path.read_text("utf-8")).get("set", []):
                headers = [str(c[0]) if isinstance(c, list) else str(c) for c in entry.get("columns", [])]
                if not headers:
                    continue
                rows = [headers] + [
                    [rng.choice(values) if rng.random() < 0.7 else "" for _ in headers] for _ in range(12)
                ]
                seeds.append(Seed(f"{path.stem}.csv", _csv(rows, rng.choice(";,\t")).encode("utf-8")))
    records = [r for r in (_records(s.data) for s in seeds if s.name.endswith(".csv")) if r and r[0]]
    return seeds, [r[:8] for r in records], values


def _csv(rows: list[list[str]], delimiter: str, quoting: int = csv.QUOTE_MINIMAL, end: str = "\r\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=end).writerows(rows)
    return buffer.getvalue()


def _text(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _records(data: bytes) -> list[list[str]]:
    text = _text(data)
    if text is None:
        return []
    return list(csv.reader(io.StringIO(text), delimiter=";" if text.count(";") >= text.count(",") else ","))


class Mutator:
    def __init__(self, rng: random.Random, pasted: list[list[list[str]]], values: list[str]) -> None:
        self.rng, self.pasted, self.values = rng, pasted, values

    def columns(self, rows: list[list[str]]) -> list[list[str]]:
        """Repeat, move or drop a column, or paste another seed's columns beside."""
        rng, width = self.rng, max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        op = rng.random()
        if op < 0.35:
            i, at = rng.randrange(width), rng.randrange(width + 1)
            for r in rows:
                r.insert(at, r[i])
        elif op < 0.55:
            i, j = rng.randrange(width), rng.randrange(width)
            for r in rows:
                r[i], r[j] = r[j], r[i]
        elif op < 0.7 and width > 1:
            i = rng.randrange(width)
            for r in rows:
                del r[i]
        else:
            other = rng.choice(self.pasted)
            for k, r in enumerate(rows):
                r.extend(other[k] if k < len(other) else [""] * len(other[0]))
        return rows

    def cells(self, rows: list[list[str]]) -> list[list[str]]:
        """Hostile cells, repeated, cut and empty records."""
        rng = self.rng
        for _ in range(rng.randint(1, 20)):
            row = rows[rng.randrange(len(rows))]
            op = rng.random()
            if not row:
                continue
            if op < 0.7:
                row[rng.randrange(len(row))] = (
                    rng.choice(HOSTILE) if rng.random() < 0.8 else rng.choice(self.values)
                )
            elif op < 0.8:
                rows.insert(rng.randrange(len(rows) + 1), list(rng.choice(rows)))
            elif op < 0.88:
                row.append(rng.choice(HOSTILE))
            elif op < 0.94 and len(row) > 1:
                del row[rng.randrange(len(row))]
            else:
                rows.insert(rng.randrange(len(rows) + 1), [])
        return rows

    def bytes(self, data: bytes) -> bytes:
        rng, out = self.rng, bytearray(data)
        for _ in range(rng.randint(1, 6)):
            if not out:
                out += b"x"
            i, op = rng.randrange(len(out)), rng.random()
            if op < 0.3:
                out[i] = rng.randrange(256)
            elif op < 0.55:
                out[i:i] = rng.choice(INSERTS)
            elif op < 0.7:
                del out[i : i + rng.randint(1, 50)]
            elif op < 0.8:
                del out[i:]
            elif op < 0.9:
                j = rng.randrange(len(out))
                out[i:i] = out[j : j + rng.randint(1, 200)]
            else:
                out[:0] = rng.choice(PREFIXES)
        return bytes(out)

    def case(self, seed: Seed) -> tuple[str, bytes]:
        """One mutated input: its file name's suffix and its bytes."""
        rng = self.rng
        suffix = Path(seed.name).suffix
        rows = _records(seed.data) if suffix == ".csv" and rng.random() < 0.7 else []
        if rows and rows[0]:
            if rng.random() < 0.3:
                rows = self.columns(rows)
            rows = self.cells(rows)
            if rng.random() < 0.1:
                return ".xlsx", xlsx_bytes([[_sheet_text(c) for c in r] for r in rows])
            if rng.random() < 0.05:
                return ".ods", self.ods([[_sheet_text(c) for c in r] for r in rows])
            text = _csv(
                rows,
                ";" if rng.random() < 0.6 else rng.choice(",\t|"),
                rng.choice((csv.QUOTE_MINIMAL, csv.QUOTE_ALL)),
                rng.choice(("\r\n", "\n")),
            )
            data = text.encode(rng.choice(ENCODINGS), "replace")
        else:
            data = self.bytes(seed.data)
        if rng.random() < 0.05:
            suffix = rng.choice((".csv", ".txt", ".xlsx", ".vcf", ""))
        return suffix, data

    def ods(self, rows: list[list[str]]) -> bytes:
        """An OpenDocument spreadsheet of ``rows`` as LibreOffice writes one (numbers as float
        cells, empty cells and rows repeated), some rows and cells repeated on purpose: a filled
        one a few times, an empty one up to the sheet's end, now and then a filled cell far out."""
        rng = self.rng

        def cell(value: str) -> str:
            if not value:
                return "<table:table-cell/>"
            kind = f'office:value-type="float" office:value="{value}"' if value.isdigit() else STRING
            text = escape(value).replace("\n", "</text:p><text:p>")
            return f"<table:table-cell {kind}><text:p>{text}</text:p></table:table-cell>"

        body = []
        for row in rows:
            cells = "".join(cell(v) for v in row)
            if rng.random() < 0.05:
                empty = rng.choice((2, 50, 900, 1100))
                cells += f'<table:table-cell table:number-columns-repeated="{empty}"/>'
            if rng.random() < 0.01:
                wide = rng.choice((3, 200, 1200, 20000))
                cells += (
                    f'<table:table-cell table:number-columns-repeated="{wide}" {STRING}>'
                    "<text:p>x</text:p></table:table-cell>"
                )
            repeat = rng.choice((2, 3, 500, 5000)) if rng.random() < 0.03 else 1
            body.append(f'<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>')
        body.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        return ods_bytes("".join(body))

    def options(self) -> dict[str, object]:
        rng, options = self.rng, {}
        for chance, key, choices in (
            (0.05, "delimiter", (";", ",", "\t", "|")),
            (0.05, "encoding", ("cp1252", "utf-8", "latin-1", "cp850")),
            (0.05, "header_row", (1, 2, 3, 4)),
            (0.15, "phone_format", ("e164", "national")),
            (0.1, "company_person", ("keep",)),
            (0.1, "inactive", ("reject",)),
            (0.1, "mask", (True,)),
            (0.1, "output_encoding", ("cp1252", "utf-8-sig")),
        ):
            if rng.random() < chance:
                options[key] = rng.choice(choices)
        return options


STRING = 'office:value-type="string"'


def _sheet_text(cell: str) -> str:
    """A cell a workbook can hold (XML 1.0 has no control characters but tab, CR and LF)."""
    return "".join(c for c in cell if c in "\t\r\n" or ord(c) >= 0x20)


def run_case(source: Path, out: Path, options: dict[str, object]) -> str | None:
    """Check ``source``; the problem found, or None."""
    try:
        result = check_file(source, CheckOptions(out_dir=out, **options))  # type: ignore[arg-type]
    except ImporterError as exc:
        return f"exit 4: {exc.message}" if int(exc.exit_code) == 4 else None
    except HangError:
        return f"longer than {TIMEOUT} s"
    except Exception:  # any other exception is what the fuzzer looks for
        return traceback.format_exc()
    if not result.accounting.get("balanced", False):
        return f"accounting not balanced: {result.accounting}"
    big = [u.path.name for u in result.outputs.upload if u.path.stat().st_size > UPLOAD_LIMIT]
    return f"upload part over 2 MB: {big}" if big else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=ROOT / ".fuzz-found")
    parser.add_argument("--memory-gb", type=float, default=4.0, help="address space limit (MemoryError)")
    args = parser.parse_args(argv)
    limit = int(args.memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    rng = random.Random(args.seed)
    seeds, pasted, values = load_seeds(rng)
    mutator = Mutator(rng, pasted, values)

    def alarm(_signum: int, _frame: FrameType | None) -> None:
        raise HangError

    signal.signal(signal.SIGALRM, alarm)
    work = Path(tempfile.mkdtemp(prefix="fuzz-corpus-"))
    end, cases, problems = time.monotonic() + args.seconds, 0, 0
    try:
        while time.monotonic() < end:
            seed = rng.choice(seeds)
            suffix, data = mutator.case(seed)
            options = mutator.options()
            folder = work / str(cases)
            folder.mkdir()
            source = folder / f"input{suffix}"
            source.write_bytes(data)
            # the case under way, kept should the process die (a memory limit, an abort in Rust)
            args.keep.mkdir(parents=True, exist_ok=True)
            current = args.keep / f"seed{args.seed}-current{suffix}"
            current.write_bytes(data)
            signal.alarm(TIMEOUT)
            try:
                problem = run_case(source, folder / "out", options)
            finally:
                signal.alarm(0)
            cases += 1
            if problem is not None:
                problems += 1
                args.keep.mkdir(parents=True, exist_ok=True)
                kept = args.keep / f"seed{args.seed}-case{cases}{suffix}"
                kept.write_bytes(data)
                kept.with_name(kept.name + ".txt").write_text(
                    f"from {seed.name}, options {options}\n{problem}\n", encoding="utf-8"
                )
                print(f"problem: {kept} (from {seed.name}, options {options})\n{problem}", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
            current.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"fuzz_corpus seed {args.seed}: {cases} cases, {problems} problems", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
