"""The CSV reader: bytes → encoding → text → dialect → table.

Its facts (the encoding and the dialect) travel in the :class:`importer.result.ReadTable` it
returns; the intake (:mod:`importer.intake`) picks it for every input that is not another
known format.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

import polars as pl

from importer.dialect import detect_dialect
from importer.encoding import decode, detect_encoding
from importer.errors import InputUnusableError
from importer.frame import LINE
from importer.messages import msg
from importer.parse import parse
from importer.result import RawInput, ReadTable
from importer.sniff import refuse_binary, refuse_binary_text

_SEP_LINE: Final = re.compile(r"\Asep=(.)[ \t]*(\r\n|\r|\n)", re.IGNORECASE)


def read_csv(raw: RawInput, *, encoding: str | None = None, delimiter: str | None = None) -> ReadTable:
    """Decode and parse a CSV input; raise :class:`InputUnusableError` when it cannot be used."""
    shown = raw.path
    data = raw.take()
    info = detect_encoding(data, encoding, path=shown)
    wide = info.decoder.startswith(("utf-16", "utf-32")) or info.name.startswith(("utf-16", "utf-32"))
    if not wide:
        refuse_binary(data, shown)
    text = decode(data, info)
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
    found = detect_dialect(text, delimiter)
    table = parse(text, found, path=shown)
    if sep:  # the Excel "sep=" line is line 1: shift rows and lines by one
        table.frame = table.frame.with_columns(pl.col(LINE) + 1)
        table.issues = [dataclasses.replace(i, line=i.line + 1 if i.line else 0) for i in table.issues]
    return ReadTable(table, len(text), info, found)
