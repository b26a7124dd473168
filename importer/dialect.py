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

#: In order of precedence on a tie: the comma comes late, as it is the one often found inside values;
#: "#" last: CAS genesisWorld's text export recommends it (found by the 40th real-export round: the
#: file was read as one column), but values hold it too ("Whg. #12").
DELIMITERS: Final = (";", "\t", "|", ",", "#")
#: Delimiters found inside values more often than between them: they win only when the records
#: nearly all have the header's field count (a header "Kunden #;Name" above records without "#"
#: is no table of "#").
_RARE_DELIMITERS: Final = frozenset("#")
_RARE_CONSISTENCY: Final = 0.9
_SAMPLE_CHARS: Final = 256_000
#: Enough records to see which line ending separates them; the regex below is slow on long texts.
_TERMINATOR_SAMPLE_CHARS: Final = 64_000
_SAMPLE_RECORDS: Final = 400
#: A quoted field: a quote at the start of a field up to its closing quote ("" is an escaped quote).
_QUOTED_FIELD: Final = re.compile(r'(?<![^;,\t|#\r\n])"[^"]*(?:""[^"]*)*"')


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


def _field_counts(sample: str, delimiter: str, complete: bool, quotechar: str = '"') -> list[int]:
    text = io.StringIO(sample, newline="")
    reader = csv.reader(text, delimiter=delimiter, quotechar=quotechar, strict=False)
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
    """Find the delimiter (``;`` ``,`` TAB ``|`` ``#``) and line ending of ``text``.

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
    found = _detect(sample, complete, terminator)
    if found.delimiter in DELIMITERS and _apostrophe_quoted(sample, found.delimiter):
        again = _detect(sample, complete, terminator, "'")
        return dataclasses.replace(again, evidence=f"{again.evidence}; {msg('dialect-apostrophe')}")
    return found


#: Fields looked at for apostrophe quoting, and how many must be so quoted.
_APOSTROPHE_FIELDS: Final = 4000
_APOSTROPHE_MIN: Final = 3
#: Share of the fields with a space inside that must be in apostrophes.
_APOSTROPHE_SHARE: Final = 0.9


def _apostrophe_quoted(sample: str, delimiter: str) -> bool:
    """True when the fields are quoted with apostrophes, not double quotes: Xentral's CSV
    export by default since 23.26.10 masks each cell with a space or a line break so
    ('Müller & Söhne GmbH'; 'Industriestraße 12'; 'O''Connor' with the apostrophe doubled).
    Found by the third real-layout round: every such value was uploaded with its apostrophes.
    Not Excel's text marker ('01067, '+49 …: an apostrophe at the start only), and not where
    any field is in double quotes."""
    quoted = marked = spaced = spaced_quoted = 0
    seen = 0
    for number, line in enumerate(sample.splitlines()[: _SAMPLE_RECORDS + 1]):
        for field in line.split(delimiter):
            seen += 1
            if field.startswith('"'):
                return False
            wrapped = len(field) >= 2 and field.startswith("'") and field.endswith("'")
            quoted += wrapped
            marked += field.startswith("'") and not wrapped
            if number and " " in field.strip():  # the values' masking; a header may be unmasked
                spaced += 1
                spaced_quoted += wrapped
        if seen >= _APOSTROPHE_FIELDS:
            break
    return quoted >= _APOSTROPHE_MIN and marked * 4 <= quoted and spaced_quoted >= _APOSTROPHE_SHARE * spaced


def _detect(sample: str, complete: bool, terminator: str, quotechar: str = '"') -> Dialect:
    """The delimiter whose records most often have the header's field count (see the module docstring)."""
    scored: list[tuple[float, int, int, str]] = []
    for priority, delimiter in enumerate(DELIMITERS):
        counts = _field_counts(sample, delimiter, complete, quotechar)
        if not counts or counts[0] < 2:
            scored.append((0.0, 0, -priority, delimiter))
            continue
        header = counts[0]
        rows = counts[1:] or counts
        consistent = sum(1 for c in rows if c == header) / len(rows)
        if delimiter in _RARE_DELIMITERS and consistent < _RARE_CONSISTENCY:
            scored.append((0.0, 0, -priority, delimiter))
            continue
        scored.append((consistent, header, -priority, delimiter))
    scored.sort(reverse=True)
    # a rare delimiter only where no usual one cuts nearly every record as the header: "Kd.-Nr. #;
    # Tel. #" above records with two "#" each ("Whg. #3", "#12") is a table of semicolons
    usual = [s for s in scored if s[3] not in _RARE_DELIMITERS and s[1] >= 2 and s[0] >= _RARE_CONSISTENCY]
    if scored[0][3] in _RARE_DELIMITERS and usual:
        scored.remove(usual[0])
        scored.insert(0, usual[0])
    consistent, fields, _, delimiter = scored[0]
    if fields < 2:
        likely, likely_fields = _other_delimiter(sample, complete, quotechar)
        return Dialect(
            ";",
            quotechar,
            terminator,
            msg("dialect-single-column"),
            likely=likely,
            likely_fields=likely_fields,
            assumed=True,
        )
    evidence = msg(
        "dialect-evidence",
        name=delimiter_name(delimiter),
        fields=fields,
        share=round(consistent * 100),
        others=", ".join(f"{delimiter_name(d)} {round(c * 100)} %" for c, _f, _p, d in scored[1:] if _f >= 2)
        or "–",
    )
    return Dialect(delimiter, quotechar, terminator, evidence)


#: Fields the header must have, cut at a character no export is known to use, for the character
#: to be named as the likely delimiter, and the share of records as wide as the header.
_OTHER_MIN_FIELDS: Final = 3
_OTHER_CONSISTENCY: Final = 0.8


def _other_delimiter(sample: str, complete: bool, quotechar: str) -> tuple[str | None, int]:
    """The character other than :data:`DELIMITERS` that cuts a one-column file's header into
    several fields and nearly every record into as many (``~``, ``^``, ``:`` …), and that count;
    ``(None, 0)`` when none does. It is only named (``delimiter-suspicious``), not used: found by
    the 40th real-export round, a file read as one column was sent to --header-row."""
    header = sample.split("\n", 1)[0]
    candidates = sorted(
        {c for c in header if not (c.isalnum() or c.isspace() or c in DELIMITERS or c in "\"'")},
        key=lambda c: (-header.count(c), c),
    )
    best: tuple[float, int, str] | None = None
    for char in candidates:
        if header.count(char) + 1 < _OTHER_MIN_FIELDS:
            break
        counts = _field_counts(sample, char, complete, quotechar)
        if len(counts) < 2 or counts[0] < _OTHER_MIN_FIELDS:
            continue
        consistent = sum(1 for c in counts[1:] if c == counts[0]) / (len(counts) - 1)
        if consistent >= _OTHER_CONSISTENCY and (best is None or (consistent, counts[0]) > best[:2]):
            best = (consistent, counts[0], char)
    return (best[2], best[1]) if best else (None, 0)
