"""What spreadsheet programs run as a formula ("CSV injection", OWASP), defined once.

Two definitions for two jobs:

- :data:`SPREADSHEET_TRIGGER`: a cell that starts with ``=`` ``+`` ``-`` ``@``, TAB or CR, the
  characters OWASP lists. The files people open in a spreadsheet (the rejected and the
  unmapped file) put an apostrophe before such a cell, so that it is shown, never run.
- :data:`LIVE_FORMULA`: what Excel actually runs: ``=`` or ``@`` first, or ``+``/``-`` not
  followed by a digit (a phone number ``+49 30 …`` is text). The upload files keep every value
  as it was given (the validation warns about such values, ``formula-like-value``), but no fix
  may turn a value that is not one into one (``fix-creates-formula``, :mod:`importer.clean`).

Both are regular expressions that polars and Python's re read alike.
"""

from __future__ import annotations

from typing import Final

#: A cell a spreadsheet may run (OWASP): it starts with = + - @ TAB or CR.
SPREADSHEET_TRIGGER: Final = r"^[=+\-@\t\r]"
#: The characters of :data:`SPREADSHEET_TRIGGER`, for plain string tests.
TRIGGER_CHARS: Final = "=+-@\t\r"
#: A value Excel runs as a formula: = or @ first, or + / - not followed by a digit.
LIVE_FORMULA: Final = r"^(?:[=@]|[+\-](?:[^0-9]|$))"
