"""Stage one: read a contact file exactly right, or refuse it with a clear message.

size check → other formats and binary data → encoding → dialect → parse.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from importer import dialect as dialect_mod
from importer.encoding import decode, detect_encoding
from importer.errors import InputUnusableError
from importer.messages import msg
from importer.model import Dialect, EncodingInfo, Issue, Severity
from importer.parse import Table, parse
from importer.sniff import refuse_binary, refuse_binary_text, refuse_other_formats

#: lexoffice's upload limit, "2 MB", taken in the stricter reading.
UPLOAD_LIMIT: Final = 2_000_000
#: Inputs above this are refused before being read (``--max-input-size``).
DEFAULT_MAX_INPUT: Final = 200_000_000

_SEP_LINE: Final = re.compile(r"\Asep=(.)[ \t]*(\r\n|\r|\n)", re.IGNORECASE)


@dataclass
class Intake:
    """Everything the first stage learnt about one input file."""

    path: Path
    size: int
    sha256: str
    encoding: EncodingInfo
    dialect: Dialect
    table: Table
    text_chars: int

    @property
    def over_limit(self) -> bool:
        """True when the input itself is larger than lexoffice's 2 MB."""
        return self.size > UPLOAD_LIMIT

    @property
    def issues(self) -> list[Issue]:
        """Findings of the intake stage (header, ragged rows, encoding)."""
        found = list(self.table.issues)
        if not self.encoding.confident:
            found.insert(
                0,
                Issue(
                    0,
                    0,
                    None,
                    None,
                    "encoding-uncertain",
                    Severity.WARNING,
                    msg(
                        "encoding-uncertain",
                        chosen=self.encoding.name,
                        guess=self.encoding.alternative,
                        detail=self.encoding.evidence.rsplit("; ", 1)[-1],
                    ),
                ),
            )
        return found


def human_size(n: int, *, exact: bool = True) -> str:
    """``1234567`` → ``1,2 MB (1.234.567 Bytes)``; in English ``1.2 MB (1,234,567 bytes)``."""
    from importer.messages import current_language, format_number

    german = current_language() == "de"
    in_bytes = format_number(n) + (" Bytes" if german else " bytes")
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= factor:
            rounded = f"{n / factor:.1f} {unit}"
            rounded = rounded.replace(".", ",") if german else rounded
            return f"{rounded} ({in_bytes})" if exact else rounded
    return in_bytes


def read_bytes(path: Path, max_input: int = DEFAULT_MAX_INPUT) -> bytes:
    """Read ``path`` after checking it exists and is under the sanity cap."""
    shown = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputUnusableError(msg("input-missing", path=shown)) from None
    except OSError as exc:
        raise InputUnusableError(msg("input-not-readable", path=shown, reason=exc.strerror or exc)) from None
    if size > max_input:
        raise InputUnusableError(
            msg(
                "input-too-large",
                path=shown,
                size=human_size(size, exact=False),
                cap=human_size(max_input, exact=False),
            )
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputUnusableError(msg("input-not-readable", path=shown, reason=exc.strerror or exc)) from None


def read_contacts(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_input: int = DEFAULT_MAX_INPUT,
) -> Intake:
    """Read one contact CSV file; raise :class:`InputUnusableError` when it cannot be used."""
    # No local name for the bytes: intake_bytes drops them once decoded (a 100 MB input).
    return intake_bytes(read_bytes(path, max_input), path, encoding=encoding, delimiter=delimiter)


def intake_bytes(
    data: bytes, path: Path, *, encoding: str | None = None, delimiter: str | None = None
) -> Intake:
    """The intake stage on bytes already in memory (``path`` is used for messages and the report)."""
    shown = str(path)
    if not data:
        raise InputUnusableError(msg("input-empty", path=shown))
    refuse_other_formats(data, shown)
    info = detect_encoding(data, encoding, path=shown)
    wide = info.decoder.startswith(("utf-16", "utf-32")) or info.name.startswith(("utf-16", "utf-32"))
    if not wide:
        refuse_binary(data, shown)
    text = decode(data, info)
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    del data  # the text holds everything from here on
    if wide:
        refuse_binary_text(text, shown)
    if not text.strip():
        what = msg("input-blank-bom") if info.bom and not text else msg("input-blank-lines")
        raise InputUnusableError(msg("input-blank", path=shown, what=what))
    sep = _SEP_LINE.match(text)
    if sep and not delimiter:
        delimiter = sep.group(1)
    if sep:
        text = text[sep.end() :]
    found = dialect_mod.detect_dialect(text, delimiter)
    table = parse(text, found, path=shown)
    if sep:  # the Excel "sep=" line is line 1: shift rows and lines by one
        import polars as pl

        table.frame = table.frame.with_columns(pl.col("__line__") + 1)
        table.issues = [
            Issue(
                i.row,
                i.line + 1 if i.line else 0,
                i.column,
                i.value,
                i.code,
                i.severity,
                i.message,
                i.fixed_value,
            )
            for i in table.issues
        ]
    if not table.columns:
        raise InputUnusableError(msg("input-blank", path=shown, what=msg("input-blank-lines")))
    if table.records == 0:
        raise InputUnusableError(msg("input-header-only", path=shown))
    return Intake(path, size, digest, info, found, table, len(text))
