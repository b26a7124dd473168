"""A composite export's address rows: another address of the customer in the row above.

Magento's "Customers and Addresses" export (and Magento 1's customer export) writes a customer's
fields and its first address on one row, each further address on a row of its own below, with
the customer's fields empty and only the address columns (``_address_street``, ``_address_city``,
…) filled. Read as contacts, such a row was rejected as a contact without a name (the real-export
round: Anna Krause's delivery address in Lübeck). Here it is joined to the customer above: as its
delivery address (Straße 2, PLZ 2, Ort 2, Land 2) when the file marks it the default shipping
address and the customer has none yet, else set aside (its cells in the unmapped file) with a
finding that names the customer's row. It never becomes a contact of its own.

The address columns are those whose headers share an address prefix (``_address_``, ``address.``);
the other columns are the customer's. A row with none of the customer's columns filled and some
of the address columns is the customer's above (the nearest row with the customer's columns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import polars as pl

from importer.frame import LINE, ROW, filled, merge_targets
from importer.issues import IssueList
from importer.messages import msg
from importer.model import ColumnMapping, Issue
from importer.rules import finding

#: A composite export's address column: ``_address_city``, ``address_street``, ``address.zip``.
ADDRESS_PART: Final = re.compile(r"(?i)^_?(?:address|addr|adresse)[_.]\w")
#: The address column that marks the customer's default delivery address.
DEFAULT_SHIPPING: Final = re.compile(r"(?i)default[\s_.-]*shipping|standard[\s_.-]*liefer")
#: A marker's cell that says yes.
_YES: Final = frozenset({"1", "true", "yes", "ja", "x", "wahr", "y", "j"})
#: The first address's columns → the delivery address's.
ADDRESS_SLOTS: Final = {
    "Adresszusatz 1": "Adresszusatz 2",
    "Straße 1": "Straße 2",
    "PLZ 1": "PLZ 2",
    "Ort 1": "Ort 2",
    "Land 1": "Land 2",
}
#: At least this many address columns make a file a composite export (one "Adresse 2" does not).
_AT_LEAST: Final = 3


@dataclass
class Joined:
    """What :func:`join_continuations` made of the address rows."""

    #: The cleaned rows with the delivery addresses filled in (the address rows still in it).
    frame: pl.DataFrame
    #: Address row → the customer's row it belongs to (taken as its delivery address or set aside).
    rows: dict[int, int] = field(default_factory=dict)
    #: The address rows taken as the customer's delivery address.
    taken: frozenset[int] = frozenset()
    issues: list[Issue] = field(default_factory=list)
    #: A column name for the unmapped file → its cells (the address rows' cells not uploaded).
    moved: dict[str, pl.Series] = field(default_factory=dict)
    #: Source column index → the address rows whose cell went to the unmapped file.
    moved_cells: dict[int, frozenset[int]] = field(default_factory=dict)
    #: Address row → its line in the file.
    lines: dict[int, int] = field(default_factory=dict)


def _parts(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> tuple[list[ColumnMapping], list[str]]:
    """The address columns that feed the upload and the customer's columns (their sources)."""
    present = [c for c in columns if c.source in frame.columns]
    address = [c for c in present if ADDRESS_PART.match(c.source)]
    customer = [c.source for c in present if not ADDRESS_PART.match(c.source)]
    return address, customer


def _targets(column: ColumnMapping) -> tuple[str, ...]:
    """The catalog columns ``column`` feeds (its target, or its merge's targets)."""
    if column.merge:
        return merge_targets(column.merge) or ((column.target,) if column.target else ())
    return (column.target,) if column.target else ()


def join_continuations(
    frame: pl.DataFrame, intake_frame: pl.DataFrame, columns: list[ColumnMapping]
) -> Joined:
    """Join a composite export's address rows to the customer above (see the module).

    ``frame``: the cleaned rows (catalog columns, row and line), in the order of
    ``intake_frame``'s rows (the file's own columns). A file without such rows is left as it is.
    """
    address, customer = _parts(columns, intake_frame)
    uploaded = [c for c in address if c.destination == "upload" and set(_targets(c)) & ADDRESS_SLOTS.keys()]
    customer_uploaded = [
        c.source for c in columns if c.source in customer and c.destination == "upload" and _targets(c)
    ]
    if len(address) < _AT_LEAST or not uploaded or not customer_uploaded:
        return Joined(frame)
    is_customer = pl.any_horizontal([filled(s) for s in customer])
    has_address = pl.any_horizontal([filled(c.source) for c in address])
    above = pl.when(is_customer).then(pl.col(ROW)).forward_fill()
    marker = next((c.source for c in address if DEFAULT_SHIPPING.search(c.source)), None)
    shipping = (
        pl.col(marker).str.strip_chars().str.to_lowercase().is_in(list(_YES)).fill_null(False)
        if marker
        else pl.lit(False)
    )
    found = intake_frame.select(
        pl.col(ROW).cast(pl.Int64),
        pl.col(LINE).cast(pl.Int64),
        above.cast(pl.Int64).alias("above"),
        (~is_customer & has_address).alias("continues"),
        shipping.alias("shipping"),
    ).filter(pl.col("continues") & pl.col("above").is_not_null())
    if not found.height:
        return Joined(frame)
    slots = [s for s in ADDRESS_SLOTS if s in frame.columns]
    by_row = {r[ROW]: r for r in frame.select(ROW, *slots, *ADDRESS_SLOTS.values()).iter_rows(named=True)}
    joined = Joined(frame)
    taken: dict[int, int] = {}  # customer row → the address row taken as its delivery address
    updates: dict[int, dict[str, str | None]] = {}
    for row, line, customer_row, is_shipping in found.select(ROW, LINE, "above", "shipping").iter_rows():
        joined.rows[row] = customer_row
        joined.lines[row] = line
        cells = by_row.get(row, {})
        text = _address_text(cells)
        first = by_row.get(customer_row, {})
        second_filled = any(first.get(slot) for slot in ADDRESS_SLOTS.values()) or customer_row in taken
        if is_shipping and not second_filled and text:
            taken[customer_row] = row
            updates[customer_row] = {ADDRESS_SLOTS[s]: cells.get(s) for s in slots}
            joined.issues.append(
                finding(
                    "address-continuation-joined",
                    row=row,
                    line=line,
                    column="Straße 2",
                    value=text,
                    fixed_value=text,
                    above=customer_row,
                    marker=marker,
                )
            )
            continue
        if not is_shipping:
            key = "issue-address-continuation-set-aside" if marker else "issue-address-continuation-unmarked"
        else:
            key = "issue-address-continuation-second-taken"
        joined.issues.append(
            finding(
                "address-continuation-set-aside",
                row=row,
                line=line,
                value=text or None,
                message=key,
                above=customer_row,
                marker=marker,
                address=text or "–",
            )
        )
    joined.taken = frozenset(taken.values())
    joined.frame = _fill_second(frame, updates)
    joined.moved, joined.moved_cells = _set_aside(intake_frame, columns, joined.rows, joined.taken)
    return joined


def _address_text(cells: dict[str, str | None]) -> str:
    """An address row's address on one line: "Breite Straße 10, 23552 Lübeck, DE"."""
    place = " ".join(v for v in (cells.get("PLZ 1"), cells.get("Ort 1")) if v)
    parts = [cells.get("Adresszusatz 1"), cells.get("Straße 1"), place, cells.get("Land 1")]
    return ", ".join(p.replace("\n", " ") for p in parts if p)


def _fill_second(frame: pl.DataFrame, updates: dict[int, dict[str, str | None]]) -> pl.DataFrame:
    """``frame`` with the customers' rows' delivery address columns set from ``updates``."""
    if not updates:
        return frame
    rows = pl.col(ROW).cast(pl.Int64)
    exprs = []
    for slot in ADDRESS_SLOTS.values():
        if slot not in frame.columns:
            continue
        mapping = {row: values.get(slot) for row, values in updates.items()}
        new = rows.replace_strict(mapping, default=None, return_dtype=pl.String)
        exprs.append(pl.when(rows.is_in(list(updates))).then(new).otherwise(pl.col(slot)).alias(slot))
    return frame.with_columns(exprs)


def _set_aside(
    intake_frame: pl.DataFrame, columns: list[ColumnMapping], rows: dict[int, int], taken: frozenset[int]
) -> tuple[dict[str, pl.Series], dict[int, frozenset[int]]]:
    """The address rows' cells of uploaded columns that no upload holds: every such cell of a row
    set aside, of a row taken as a delivery address those not of the address (its phone)."""
    moved: dict[str, pl.Series] = {}
    cells: dict[int, frozenset[int]] = {}
    for column in columns:
        if column.destination != "upload" or column.source not in intake_frame.columns:
            continue
        address_only = bool(_targets(column)) and set(_targets(column)) <= ADDRESS_SLOTS.keys()
        wanted = [r for r in rows if not (address_only and r in taken)]
        hit = intake_frame.filter(pl.col(ROW).is_in(wanted) & filled(column.source)).get_column(ROW)
        if not hit.len():
            continue
        cells[column.index] = frozenset(hit.to_list())
        moved[msg("continuation-column", source=column.source)] = intake_frame.select(
            pl.when(pl.col(ROW).is_in(hit.implode())).then(pl.col(column.source)).otherwise(None)
        ).to_series()
    return moved, cells


def relabel_fixes(fixes: IssueList, joined: Joined) -> IssueList:
    """``fixes`` of the address rows: of a row taken as a delivery address those of its address,
    named as the delivery address's columns (their values are uploaded there); of the others
    none (their cells are in the unmapped file as they were)."""
    if not joined.rows:
        return fixes
    row, column = pl.col("row"), pl.col("column")
    kept = ~row.is_in(list(joined.rows)) | (row.is_in(list(joined.taken)) & column.is_in(list(ADDRESS_SLOTS)))
    return IssueList(
        fixes.frame.filter(kept).with_columns(
            pl.when(row.is_in(list(joined.taken))).then(column.replace(ADDRESS_SLOTS)).otherwise(column)
        )
    )


def rejected_with_customer(joined: Joined, rejected: set[int]) -> list[Issue]:
    """An error for each address row whose customer's row is rejected: it goes to the rejected
    file beside it, so that the corrected file has both again."""
    return [
        finding("address-continuation-rejected", row=row, line=joined.lines[row], above=above)
        for row, above in sorted(joined.rows.items())
        if above in rejected
    ]
