"""The internal columns every table of a run carries, and the one definition of a filled cell.

The parser adds :data:`ROW` and :data:`LINE` to each record; the header mapping adds one
:data:`MERGE_PREFIX` column per merge input. These names are defined here and nowhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

#: The record's spreadsheet row (header = 1).
ROW: Final = "__row__"
#: The physical line where the record starts.
LINE: Final = "__line__"
#: Prefix of the working frame's merge inputs, e.g. ``__merge_house-number-1``.
MERGE_PREFIX: Final = "__merge_"
#: Zero-width characters: removed by the cleaning, and blank to the accounting.
ZERO_WIDTH: Final = "[\u200b\u200c\u200d\u2060\ufeff]"


def filled(column: str) -> pl.Expr:
    """True for a cell with content: not empty, not only whitespace or zero-width characters.

    The one definition of a "non-empty cell" for the column counts and the accounting; the
    cleaning empties exactly the other cells (without a finding, as they held nothing).
    """
    import polars as pl

    # Any character that is neither whitespace nor zero-width: found without copying the cell.
    return pl.col(column).str.contains(f"[^\\s{ZERO_WIDTH[1:-1]}]").fill_null(False)
