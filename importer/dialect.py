"""Delimiter and line-ending detection that quoted fields cannot fool.

Each candidate delimiter cuts a sample with a real CSV parser (so quoted delimiters
and quoted line breaks stay inside their field); the delimiter whose records most
often have the header's field count wins.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from typing import Final

from importer.messages import delimiter_name, msg
from importer.model import Dialect

#: In order of precedence on a tie: the comma comes last, as it is the one often found inside values.
DELIMITERS: Final = (";", "\t", "|", ",")
_SAMPLE_CHARS: Final = 256_000
#: Enough records to see which line ending separates them; the regex below is slow on long texts.
_TERMINATOR_SAMPLE_CHARS: Final = 64_000
_SAMPLE_RECORDS: Final = 400
#: A quoted field: a quote at the start of a field up to its closing quote ("" is an escaped quote).
_QUOTED_FIELD: Final = re.compile(r'(?<![^;,\t|\r\n])"[^"]*(?:""[^"]*)*"')


def line_terminator(text: str) -> str:
    """The line ending most records use: ``\\r\\n``, ``\\n`` or a lone ``\\r`` (old Mac Excel).

    Line breaks inside quoted fields (Excel writes LF inside cells, CRLF between records) do not count.
    """
    if '"' in text:
        text = _QUOTED_FIELD.sub("", text)
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"), key=lambda t: t[0])
    return best[1] if best[0] else "\r\n"


def _field_counts(sample: str, delimiter: str, complete: bool) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    counts: list[int] = []
    try:
        for record in reader:
            if record and any(record):
                counts.append(len(record))
            if len(counts) >= _SAMPLE_RECORDS:
                return counts
    except csv.Error:
        return counts
    if not complete and counts:
        counts.pop()  # the sample may end inside the last record
    return counts


def detect_dialect(text: str, forced_delimiter: str | None = None, *, from_sep_line: bool = False) -> Dialect:
    """Find the delimiter (``;`` ``,`` TAB ``|``) and line ending of ``text``.

    A given delimiter (``--delimiter``, or the file's "sep=" line: ``from_sep_line``) is used as
    it is; when it leaves the header one column while a detected one would cut it into several,
    the dialect names that one (``likely``).
    """
    terminator = line_terminator(text[:_TERMINATOR_SAMPLE_CHARS])
    complete = len(text) <= _SAMPLE_CHARS
    sample = text if complete else text[:_SAMPLE_CHARS]
    if forced_delimiter:
        evidence = msg("dialect-sep-line", sep=forced_delimiter) if from_sep_line else msg("dialect-forced")
        forced = Dialect(forced_delimiter, '"', terminator, evidence, from_sep_line=from_sep_line)
        if _field_counts(sample, forced_delimiter, complete)[:1] != [1]:
            return forced
        found = _detect(sample, complete, terminator)
        fields = (_field_counts(sample, found.delimiter, complete) or [0])[0]
        if found.delimiter == forced_delimiter or fields < 2:
            return forced
        return dataclasses.replace(forced, likely=found.delimiter, likely_fields=fields)
    return _detect(sample, complete, terminator)


def _detect(sample: str, complete: bool, terminator: str) -> Dialect:
    """The delimiter whose records most often have the header's field count (see the module docstring)."""
    scored: list[tuple[float, int, int, str]] = []
    for priority, delimiter in enumerate(DELIMITERS):
        counts = _field_counts(sample, delimiter, complete)
        if not counts or counts[0] < 2:
            scored.append((0.0, 0, -priority, delimiter))
            continue
        header = counts[0]
        rows = counts[1:] or counts
        consistent = sum(1 for c in rows if c == header) / len(rows)
        scored.append((consistent, header, -priority, delimiter))
    scored.sort(reverse=True)
    consistent, fields, _, delimiter = scored[0]
    if fields < 2:
        return Dialect(";", '"', terminator, msg("dialect-single-column"))
    evidence = msg(
        "dialect-evidence",
        name=delimiter_name(delimiter),
        fields=fields,
        share=round(consistent * 100),
        others=", ".join(f"{delimiter_name(d)} {round(c * 100)} %" for c, _f, _p, d in scored[1:] if _f >= 2)
        or "–",
    )
    return Dialect(delimiter, '"', terminator, evidence)
