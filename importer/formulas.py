"""What spreadsheet programs run as a formula ("CSV injection", OWASP), defined once.

Two definitions for two jobs:

- :data:`SPREADSHEET_TRIGGER`: a cell that starts with ``=`` ``+`` ``-`` ``@``, TAB or CR, the
  characters OWASP lists. The files people open in a spreadsheet (the rejected and the
  unmapped file) put an apostrophe before such a cell, so that it is shown, never run.
- :data:`LIVE_FORMULA`: what Excel actually runs: ``=`` or ``@`` first, or ``+``/``-`` not
  followed by a digit (a phone number ``+49 30 …`` is text). The upload files keep every value
  as it was given (the validation warns about such values, ``formula-like-value``), but no fix
  may turn a value that is not one into one (``fix-creates-formula``, :mod:`importer.clean`).

And the other way round, :data:`TEXT_MARKER`: the apostrophe Excel (and exports written for it,
such as Shopify's ``'01067`` and ``'+4935112345678``) puts before a number-like text so that it
stays text. It is no part of the value: the cleaning removes it (``text-marker-removed``) and
the mapping's value check reads values without it (:func:`without_text_marker`). Nor is an
error value (:data:`SPREADSHEET_ERROR`, "#NV"): the cleaning removes it, the value check skips it.

All are regular expressions that polars and Python's re read alike.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

#: A spreadsheet's error value in place of a cell's value, as Excel (German and English) and
#: LibreOffice write them into a CSV file: "#NV", "#WERT!", "#N/A", "#REF!", "Err:502" …
SPREADSHEET_ERROR: Final = (
    r"(?i)^(?:#(?:NV|N/A|WERT!|VALUE!|BEZUG!|REF!|DIV/0!|NAME\?|NULL!|ZAHL!|NUM!|ÜBERLAUF!|SPILL!|"
    r"KALK!|CALC!|FELD!|FIELD!|BLOCKIERT!|BLOCKED!|UNBEKANNT!|UNKNOWN!|VERBINDEN!|CONNECT!|"
    r"GETTING_DATA|DATEN_ABRUFEN)|(?:Err|Fehler):\d{3})$"
)

#: A cell a spreadsheet may run (OWASP): it starts with = + - @ TAB or CR.
SPREADSHEET_TRIGGER: Final = r"^[=+\-@\t\r]"
#: The characters of :data:`SPREADSHEET_TRIGGER`, for plain string tests.
TRIGGER_CHARS: Final = "=+-@\t\r"
#: A value Excel runs as a formula: = or @ first, or + / - not followed by a digit.
LIVE_FORMULA: Final = r"^(?:[=@]|[+\-](?:[^0-9]|$))"

#: Excel's text marker: one apostrophe before a number-like text (group 1, the value without it).
#: Number-like: a digit first (``'01067``), or ``+`` right before one (``'+49 351 1234567``), or
#: ``(`` and an optional ``+`` before one (``'(0351) 123456``); then only digits, whitespace and
#: ``( ) / . -``, a digit last (``'10001-1234``, ``'0351/123456``). Such a value holds no
#: apostrophe of its own, and without the marker it is never a formula (not :data:`LIVE_FORMULA`,
#: nor ``-`` first). Left alone: an apostrophe before letters, which can be a name's own
#: (``'s-Hertogenbosch``, ``'t Zandt``), a second one (``''01067``), and the guard before a value
#: a spreadsheet would run (``'=…``, ``'+A1``, ``'@…``, ``'-…``), which the rejected and the
#: unmapped file write and :mod:`importer.rounds` alone removes when it reads such a file back
#: (the guard it writes before a phone number, ``'+49 …``, is gone by then).
TEXT_MARKER: Final = r"^'((?:\+|\(\+?)?[0-9](?:[0-9\s()/.\-]*[0-9])?)$"


def without_text_marker(value: pl.Expr) -> pl.Expr:
    """``value`` without the apostrophe of :data:`TEXT_MARKER`; every other value as it is."""
    return value.str.replace(TEXT_MARKER, "${1}")


#: A cell the rejected and the unmapped file guard with an apostrophe (:func:`needs_guard`): a
#: trigger first, or apostrophes before one. The value's own apostrophe ("'+Plus GmbH") is
#: guarded too: reading the file back removes one apostrophe, the guard, never the value's (found
#: by the hostile session: a correction round made "'+Plus GmbH" "+Plus GmbH").
GUARDED: Final = r"^'*[=+\-@\t\r]"
#: A cell as such a file holds it: the guard, then a cell of :data:`GUARDED`.
WITH_GUARD: Final = r"^''*[=+\-@\t\r]"


def needs_guard(value: pl.Expr) -> pl.Expr:
    """A value of :data:`GUARDED`, but not Excel's text marker before a number (``'+49 351 …``):
    written as given, read back without the marker, which the cleaning removes anyway."""
    return value.str.contains(GUARDED) & ~value.str.contains(TEXT_MARKER)


def guarded(text: str) -> bool:
    """:func:`needs_guard` of a text (a header, in plain Python)."""
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in TRIGGER_CHARS and re.match(TEXT_MARKER, text) is None


_DAY: Final = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH: Final = r"(?:0?[1-9]|1[0-2])"
#: Month abbreviations as Excel (German: "Mrz"; English) and LibreOffice ("Mär") show them.
_MONTHS: Final = (
    "jan",
    "feb",
    "mrz|mär|mar",
    "apr",
    "mai|may",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt|oct",
    "nov",
    "dez|dec",
)
_MONTH_NAME: Final = "(?i:" + "|".join(_MONTHS) + ")"
#: A date a spreadsheet made of a cell it read as one and wrote as it shows it: "7/2" or "1-3"
#: typed in German Excel is saved as "07. Feb", "01. Mrz"; in English Excel as "7-Feb", "Feb-07";
#: with a date format as "07.02.2026" or "2026-02-07". A house number ("7/2", "12-3") never looks so.
SPREADSHEET_DATE: Final = (
    rf"^\s*(?:{_DAY}\.?[\s-]?{_MONTH_NAME}\.?|{_MONTH_NAME}[\s-]{_DAY}"
    rf"|{_DAY}\.{_MONTH}\.(?:[0-9]{{2}}|[0-9]{{4}})?|[0-9]{{4}}-{_MONTH}-{_DAY})\s*$"
)
_SPREADSHEET_DATE_RE: Final = re.compile(SPREADSHEET_DATE)


def spreadsheet_date(value: str) -> tuple[int, int] | None:
    """(day, month) of a :data:`SPREADSHEET_DATE`, or None for any other value."""
    if _SPREADSHEET_DATE_RE.match(value) is None:
        return None
    text = value.strip().casefold()
    month = next((n for n, names in enumerate(_MONTHS, 1) if re.search(rf"(?:{names})", text)), None)
    numbers = [int(n) for n in re.findall(r"[0-9]+", text)]
    if month is not None:
        return numbers[0], month
    if numbers[0] > 31:  # year first: 2026-02-07
        return numbers[2], numbers[1]
    return numbers[0], numbers[1]
