"""A composite export's address rows: another address of the customer in the row above.

Magento's "Customers and Addresses" export (and Magento 1's customer export) writes a customer's
fields and its first address on one row, each further address on a row of its own below, with
the customer's fields empty and only the address columns (``_address_street``, ``_address_city``,
…) filled. Read as contacts, such a row was rejected as a contact without a name (the real-export
round: Anna Krause's delivery address in Lübeck). Here it is joined to the customer above: as its
delivery address (Straße 2, PLZ 2, Ort 2, Land 2) when the file marks it the default shipping
address and the customer has none yet, else set aside (its cells in the unmapped file) with a
finding that names the customer's row. It never becomes a contact of its own.

The second kind of joined row (:func:`join_contact_rows`): a person on a row of its own that
names a company listed on an earlier row (Odoo's partners, address books) becomes that row's
Ansprechpartner 1 or 2, so that lexoffice creates the company once.

The address columns are those whose headers share an address prefix (``_address_``, ``address.``);
the other columns are the customer's. A row with none of the customer's columns filled and some
of the address columns is the customer's above (the nearest row with the customer's columns).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
    #: A row joined as a contact person → its columns → the contact person's columns they went to.
    slots: dict[int, dict[str, str]] = field(default_factory=dict)


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
    joined.frame = _fill(frame, updates)
    joined.moved, joined.moved_cells = _set_aside(intake_frame, columns, joined.rows, joined.taken)
    return joined


def _address_text(cells: dict[str, str | None]) -> str:
    """An address row's address on one line: "Breite Straße 10, 23552 Lübeck, DE"."""
    place = " ".join(v for v in (cells.get("PLZ 1"), cells.get("Ort 1")) if v)
    parts = [cells.get("Adresszusatz 1"), cells.get("Straße 1"), place, cells.get("Land 1")]
    return ", ".join(p.replace("\n", " ") for p in parts if p)


def _set_aside(
    intake_frame: pl.DataFrame, columns: list[ColumnMapping], rows: dict[int, int], taken: frozenset[int]
) -> tuple[dict[str, pl.Series], dict[int, frozenset[int]]]:
    """The address rows' cells of uploaded columns that no upload holds: every such cell of a row
    set aside, of a row taken as a delivery address those not of the address (its phone)."""

    def wanted(column: ColumnMapping) -> list[int]:
        address_only = bool(_targets(column)) and set(_targets(column)) <= ADDRESS_SLOTS.keys()
        return [r for r in rows if not (address_only and r in taken)]

    return _cells_moved(intake_frame, columns, wanted, "continuation-column")


def _cells_moved(
    intake_frame: pl.DataFrame,
    columns: list[ColumnMapping],
    wanted: Callable[[ColumnMapping], list[int]],
    key: str,
) -> tuple[dict[str, pl.Series], dict[int, frozenset[int]]]:
    """For each uploaded column, its filled cells in the rows ``wanted`` gives it: a column of
    the unmapped file (named by the message ``key``) and the rows whose cell moved."""
    moved: dict[str, pl.Series] = {}
    cells: dict[int, frozenset[int]] = {}
    for column in columns:
        if column.destination != "upload" or column.source not in intake_frame.columns:
            continue
        rows = wanted(column)
        if not rows:
            continue
        hit = intake_frame.filter(pl.col(ROW).is_in(rows) & filled(column.source)).get_column(ROW)
        if not hit.len():
            continue
        cells[column.index] = frozenset(hit.to_list())
        moved[msg(key, source=column.source)] = intake_frame.select(
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


def rejected_with_customer(
    joined: Joined, rejected: set[int], code: str = "address-continuation-rejected"
) -> list[Issue]:
    """An error ``code`` for each joined row (an address row, a contact person's) whose
    customer's row is rejected: it goes to the rejected file beside it, so that the corrected
    file has both again."""
    return [
        finding(code, row=row, line=joined.lines[row], above=above)
        for row, above in sorted(joined.rows.items())
        if above in rejected
    ]


# --- a company's persons on rows of their own ------------------------------------------------

#: A contact person's fields in lexoffice's columns ("Ansprechpartner 1 Anrede" …).
_PERSON_FIELDS: Final = ("Anrede", "Vorname", "Nachname", "E-Mail", "Telefon")
#: How many contact persons a contact holds in lexoffice's import.
_SLOTS: Final = (1, 2)
#: The columns whose cells say where a contact is (a person at the company's address is joined).
_PLACE: Final = ("Straße 1", "PLZ 1", "Ort 1")
_NUMBERS: Final = ("Kundennummer", "Lieferantennummer")
_EMAILS: Final = ("E-Mail 1", "E-Mail 2")
_PHONES: Final = ("Telefon 1", "Telefon 2")


def _slot(n: int, name: str) -> str:
    return f"Ansprechpartner {n} {name}"


def _same(a: str | None, b: str | None) -> bool:
    """Two cells say the same (case and spaces aside; phone numbers by their digits)."""
    if a is None or b is None:
        return a is None and b is None
    digits_a, digits_b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if len(digits_a) >= 6 and digits_a == digits_b and not re.search(r"[^\W\d_]", a + b):
        return True
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _person(cells: dict[str, str | None]) -> dict[str, str] | None:
    """A row's person, as the row's column each contact person's field comes from: its first
    contact person's, or its own name's; None without a name or with a second contact person."""
    if any(cells.get(_slot(2, f)) for f in _PERSON_FIELDS):
        return None
    if cells.get(_slot(1, "Vorname")) or cells.get(_slot(1, "Nachname")):
        return {f: _slot(1, f) for f in _PERSON_FIELDS}
    if cells.get("Vorname") or cells.get("Nachname"):
        return {f: f for f in ("Anrede", "Vorname", "Nachname")}
    return None


def join_contact_rows(
    frame: pl.DataFrame,
    intake_frame: pl.DataFrame,
    columns: list[ColumnMapping],
    *,
    roles: Sequence[str] = (),
    skip: frozenset[int] = frozenset(),
) -> Joined:
    """Join a company's persons listed on rows of their own to the company's row, as its
    Ansprechpartner 1 or 2 (the 40th real-export round: Odoo writes a company and each of its
    persons as partners of their own, the person's row naming the company; lexoffice created the
    company once per person, or the person as a private customer).

    A row is joined to the first row of the same company name and roles when it names a person,
    has no customer or supplier number of its own, lies at the company's address or has none, and
    the company's row has a contact person's slot free for a person it does not hold yet. The
    person's e-mail and phone are those of its row the company's row does not have; every other
    cell of the row that the company's row does not hold the same goes to the unmapped file.
    ``frame``: the cleaned rows with their role flags ``roles``; ``skip``: rows joined already.
    """
    needed = ["Firmenname", *_PLACE, *_NUMBERS, *_EMAILS, *_PHONES, "Anrede", "Vorname", "Nachname"]
    if any(c not in frame.columns for c in needed) or frame.height < 2:
        return Joined(frame)
    company = pl.col("Firmenname").str.strip_chars().str.to_lowercase().str.replace_all(r"\s+", " ")
    candidates = (
        frame.filter(pl.col("Firmenname").is_not_null() & ~pl.col(ROW).is_in(list(skip)))
        .with_columns(company.alias("__company"))
        .filter(pl.len().over("__company", *roles) > 1)
    )
    if not candidates.height:
        return Joined(frame)
    slots = [_slot(n, f) for n in _SLOTS for f in _PERSON_FIELDS]
    for name in slots:
        if name not in candidates.columns:
            candidates = candidates.with_columns(pl.lit(None, dtype=pl.String).alias(name))
    # only the groups where a later row names a person and no number of its own (in a list of
    # numbered customers, none): the rest is not looked at row by row
    group = ["__company", *roles]
    has_person = pl.any_horizontal(
        pl.col(c).is_not_null() for c in ("Vorname", "Nachname", _slot(1, "Vorname"), _slot(1, "Nachname"))
    )
    numbered = pl.any_horizontal(pl.col(c).is_not_null() for c in _NUMBERS)
    joinable = (pl.col(ROW) != pl.col(ROW).min().over(group)) & has_person & ~numbered
    candidates = candidates.filter(joinable.any().over(group))
    if not candidates.height:
        return Joined(frame)
    targets = [c for c in candidates.columns if not c.startswith("__") and c not in (ROW, LINE)]
    joined = Joined(frame)
    updates: dict[int, dict[str, str | None]] = {}
    uncovered: dict[int, set[str]] = {}
    for _key, part in candidates.sort(ROW).group_by(group, maintain_order=True):
        rows = part.select(ROW, LINE, *targets).to_dicts()
        first = rows[0]
        held = dict(first)
        for cells in rows[1:]:
            origin = _person(cells)
            free = next((n for n in _SLOTS if not any(held.get(_slot(n, f)) for f in _PERSON_FIELDS)), None)
            if origin is None or free is None or any(cells.get(n) for n in _NUMBERS):
                continue
            if not (
                all(cells.get(c) is None for c in _PLACE)
                or all(_same(cells.get(c), first.get(c)) for c in _PLACE)
            ):
                continue
            person = {f: cells.get(source) for f, source in origin.items()}
            known = [(held.get(_slot(n, "Vorname")), held.get(_slot(n, "Nachname"))) for n in _SLOTS]
            if any(_same(v, person["Vorname"]) and _same(n, person["Nachname"]) for v, n in known):
                continue  # the same person again: the duplicate checks speak of it
            for name, own in (("E-Mail", _EMAILS), ("Telefon", _PHONES)):
                if person.get(name):
                    continue
                # the row's own address or number the company's row does not have
                theirs = [held.get(c) for c in own]
                found = next(
                    (c for c in own if cells.get(c) and not any(_same(cells[c], t) for t in theirs)), None
                )
                if found is not None:
                    person[name] = cells[found]
                    origin[name] = found
            for name in _PERSON_FIELDS:
                held[_slot(free, name)] = person.get(name)
            row = int(cells[ROW])
            above = int(first[ROW])
            updates.setdefault(above, {}).update({_slot(free, f): person.get(f) for f in _PERSON_FIELDS})
            covered = {"Anrede", "Vorname", "Nachname", "Firmenname", *origin.values()}
            uncovered[row] = {
                t
                for t in targets
                if t not in covered and cells.get(t) is not None and not _same(cells[t], first.get(t))
            }
            joined.slots[row] = {
                **{own: _slot(free, own) for own in ("Anrede", "Vorname", "Nachname")},
                **{source: _slot(free, f) for f, source in origin.items()},
            }
            joined.rows[row] = above
            joined.lines[row] = int(cells[LINE])
            name = " ".join(v for v in (person.get("Anrede"), person["Vorname"], person["Nachname"]) if v)
            joined.issues.append(
                finding(
                    "contact-row-joined",
                    row=row,
                    line=int(cells[LINE]),
                    column=_slot(free, "Nachname"),
                    value=name,
                    fixed_value=name,
                    above=above,
                    slot=free,
                    company=str(first["Firmenname"]),
                )
            )
    if not joined.rows:
        return joined
    joined.frame = _fill(frame, updates)
    joined.moved, joined.moved_cells = _cells_aside(intake_frame, columns, uncovered)
    return joined


def _fill(frame: pl.DataFrame, updates: dict[int, dict[str, str | None]]) -> pl.DataFrame:
    """``frame`` with the cells ``updates`` gives (row → column → value) set: a customer's
    delivery address, a company's contact persons."""
    rows = pl.col(ROW).cast(pl.Int64)
    named = sorted({c for values in updates.values() for c in values})
    frame = frame.with_columns(
        pl.lit(None, dtype=pl.String).alias(c) for c in named if c not in frame.columns
    )
    exprs = []
    for column in named:
        mapping = {row: values[column] for row, values in updates.items() if column in values}
        new = rows.replace_strict(mapping, default=None, return_dtype=pl.String)
        exprs.append(pl.when(rows.is_in(list(mapping))).then(new).otherwise(pl.col(column)).alias(column))
    return frame.with_columns(exprs)


def _cells_aside(
    intake_frame: pl.DataFrame, columns: list[ColumnMapping], uncovered: dict[int, set[str]]
) -> tuple[dict[str, pl.Series], dict[int, frozenset[int]]]:
    """The joined rows' cells of uploaded columns that feed a column the company's row does not
    hold the same (``uncovered``: row → such columns): for the unmapped file."""

    def wanted(column: ColumnMapping) -> list[int]:
        feeds = set(_targets(column))
        return [row for row, left in uncovered.items() if feeds & left]

    return _cells_moved(intake_frame, columns, wanted, "contact-row-column")


def relabel_contact_fixes(fixes: IssueList, joined: Joined) -> IssueList:
    """``fixes`` of the rows joined as contact persons: those of the person's cells, named as the
    contact person's columns they are uploaded in; of the rows' other cells no fix (those the
    company's row holds the same, or in the unmapped file as they were), but every warning."""
    if not joined.slots:
        return fixes
    row, column = pl.col("row"), pl.col("column")
    pairs = [(r, source, slot) for r, taken in joined.slots.items() for source, slot in taken.items()]
    keys = pl.DataFrame(
        {"row": [p[0] for p in pairs], "column": [p[1] for p in pairs], "__slot": [p[2] for p in pairs]},
        schema={"row": fixes.frame.schema.get("row", pl.Int64), "column": pl.String, "__slot": pl.String},
    )
    frame = fixes.frame.join(keys, on=["row", "column"], how="left", maintain_order="left")
    # a warning stays: it speaks of a cell of the row, which the unmapped file keeps
    kept = ~row.is_in(list(joined.slots)) | pl.col("__slot").is_not_null() | (pl.col("severity") != "fix")
    return IssueList(
        frame.filter(kept).with_columns(pl.coalesce("__slot", column).alias("column")).drop("__slot")
    )
