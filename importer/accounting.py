"""Where every non-empty input cell went: an upload file, the rejected file, the unmapped file.

The report's ``accounting`` object; ``balanced`` is true when no cell is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

import polars as pl

from importer.frame import ROW, filled, unique_name
from importer.model import ColumnMapping
from importer.result import Intake


def accounting(
    intake: Intake,
    columns: list[ColumnMapping],
    *,
    moved_cells: Mapping[int, Set[int]],
    rejected: Set[int],
    uploaded: Set[int],
) -> dict[str, Any]:
    """Count each column's non-empty cells by where they went; ``balanced`` when none is lost.

    One pass: each row gets a status (rejected, uploaded, neither), each column a count of
    non-empty cells per status; cells moved to the unmapped file (``moved_cells``: source
    column index → rows) are counted there. ``rows_not_written``: rows in neither an upload
    file nor the rejected file (none, when the stages did their job).
    """
    frame = intake.table.frame
    # Working names beside the file's own columns, which may be called anything.
    key = unique_name("__status", frame.columns)
    status = (
        pl.when(pl.col(ROW).is_in(list(rejected)))
        .then(pl.lit("rejected"))
        .when(pl.col(ROW).is_in(list(uploaded)))
        .then(pl.lit("uploaded"))
        .otherwise(pl.lit("none"))
        .alias(key)
    )
    sums = [filled(c.source).sum() for c in columns]
    per_status = {"rejected": [0] * len(columns), "uploaded": [0] * len(columns), "none": [0] * len(columns)}
    if columns:
        table = frame.lazy().group_by(status).agg(sums).collect()
        for row in table.iter_rows():
            per_status[row[0]] = [int(n) for n in row[1:]]
    counts = {"upload": 0, "rejected": 0, "unmapped": 0, "lost": 0}
    for n, c in enumerate(columns):
        counts["rejected"] += per_status["rejected"][n]
        kept = per_status["uploaded"][n] + per_status["none"][n]
        if c.destination == "unmapped":
            counts["unmapped"] += kept
            continue
        moved_up, moved_none = _moved_counts(frame, c.source, moved_cells.get(c.index), rejected, uploaded)
        counts["unmapped"] += moved_up + moved_none
        counts["upload"] += per_status["uploaded"][n] - moved_up
        counts["lost"] += per_status["none"][n] - moved_none
    non_empty = sum(c.non_empty for c in columns)
    return {
        "cells_non_empty": non_empty,
        "cells_in_upload": counts["upload"],
        "cells_in_rejected": counts["rejected"],
        "cells_in_unmapped": counts["unmapped"],
        "cells_not_written": counts["lost"],
        "balanced": counts["lost"] == 0 and sum(counts.values()) == non_empty,
        "rows_not_written": frame.height - len(set(rejected) | set(uploaded)),
    }


def _moved_counts(
    frame: pl.DataFrame, source: str, moved: Set[int] | None, rejected: Set[int], uploaded: Set[int]
) -> tuple[int, int]:
    """Non-empty cells of ``source`` moved to the unmapped file: in uploaded rows, in rows written nowhere."""
    if not moved:
        return 0, 0
    rows = frame.filter(pl.col(ROW).is_in(list(set(moved) - set(rejected))))
    kept = rows.filter(filled(source))
    in_upload = int(kept.get_column(ROW).is_in(list(uploaded)).sum())
    return in_upload, kept.height - in_upload
