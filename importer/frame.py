"""The internal columns every table of a run carries, and the one definition of a filled cell.

The parser adds :data:`ROW` and :data:`LINE` to each record; the header mapping adds one
:data:`MERGE_PREFIX` column per merge input. These names are defined here and nowhere else.
A name the tool makes up beside a user's columns (a working column, a column of the unmapped
file) is taken through :func:`unique_name`, so that it never replaces a column of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

#: Every internal column name starts with this; a catalog column may not (:mod:`importer.catalog`).
INTERNAL_PREFIX: Final = "__"
#: The record's spreadsheet row (header = 1).
ROW: Final = "__row__"
#: The physical line where the record starts.
LINE: Final = "__line__"
#: Prefix of the working frame's merge inputs, e.g. ``__merge_house-number-1``.
MERGE_PREFIX: Final = "__merge_"
#: The catalog columns a merge input is merged into, by merge kind (its findings name the first).
MERGE_TARGETS: Final = {
    "account-number": ("Kundennummer", "Lieferantennummer"),
    "house-number-1": ("Straße 1",),
    "house-number-2": ("Straße 2",),
    "house-number-suffix-1": ("Straße 1",),
    "house-number-suffix-2": ("Straße 2",),
    "postcode-city-1": ("PLZ 1", "Ort 1"),
    "postcode-city-2": ("PLZ 2", "Ort 2"),
    "contact-person-1": (
        "Ansprechpartner 1 Anrede",
        "Ansprechpartner 1 Vorname",
        "Ansprechpartner 1 Nachname",
    ),
    "vat-country": ("Umsatzsteuer ID",),
    # A whole name fills the row's own name, its Firmenname or its contact person; the cleaning
    # names an unused one at Firmenname alone, which no other merge's warning names.
    "person-name": ("Firmenname",),
}
#: Merges into the column their name ends with: a phone number's codes (``phone-area:Telefon 1``).
PHONE_COUNTRY_MERGE: Final = "phone-country:"
PHONE_AREA_MERGE: Final = "phone-area:"
#: An address's third and later line (``address-line-<column index>:Adresszusatz 1``), placed by
#: the cleaning: into PLZ/Ort or Land where it is one, else after Adresszusatz n.
ADDRESS_LINE_MERGE: Final = "address-line-"
COLUMN_MERGES: Final = (PHONE_COUNTRY_MERGE, PHONE_AREA_MERGE, ADDRESS_LINE_MERGE)


def merge_targets(merge: str) -> tuple[str, ...] | None:
    """The catalog columns merge ``merge`` goes into (:data:`MERGE_TARGETS`, :data:`COLUMN_MERGES`)."""
    if merge.startswith(COLUMN_MERGES):
        return (merge.partition(":")[2],)
    return MERGE_TARGETS.get(merge)


#: The role a DATEV account says a row has (``customers``/``suppliers``) where the account itself
#: cannot be lexoffice's number (six digits and more): kept by the cleaning for the role stage.
ACCOUNT_ROLE: Final = "__account_role__"
#: Each row's kind as a column of the file states it ("company", "person", null where it states
#: none; :func:`importer.evidence.kind_column`), and what the row's cell says ("Kontaktart = Privat",
#: quoted by the cleaning's findings): kept by the cleaning for its name steps, then dropped.
KIND: Final = "__kind__"
KIND_SAID: Final = "__kind_said__"
#: The contact's phone and e-mail slots: a column that lost one fills it on the rows where it is
#: empty (``home:<slot>`` merges; :func:`importer.clean._use_home_contacts`).
CONTACT_SLOTS: Final = frozenset({"Telefon 1", "Telefon 2", "E-Mail 1", "E-Mail 2"})
#: Zero-width characters: removed by the cleaning, and blank to the accounting.
ZERO_WIDTH: Final = "[\u200b\u200c\u200d\u2060\ufeff\u00ad]"


def unique_name(name: str, taken: Collection[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … : the first that is not in ``taken``."""
    candidate, n = name, 2
    while candidate in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def filled(column: str) -> pl.Expr:
    """True for a cell with content: not empty, not only whitespace or zero-width characters.

    The one definition of a "non-empty cell" for the column counts and the accounting; the
    cleaning empties exactly the other cells (without a finding, as they held nothing).
    """
    import polars as pl

    # Any character that is neither whitespace nor zero-width: found without copying the cell.
    return pl.col(column).str.contains(f"[^\\s{ZERO_WIDTH[1:-1]}]").fill_null(False)


def concat_gathered(parts: list[pl.DataFrame], order: Callable[[pl.DataFrame], pl.Series]) -> pl.DataFrame:
    """``parts`` one below the other, their rows in ``order`` (row positions of the joined frame).

    ``parts`` is taken over (the list is emptied) and the rows are gathered a column at a time,
    each column let go once gathered: only one column is held twice. Sorting the 850,000
    findings of a 100 MB file whole (0.14 GB) held both copies at once.
    """
    import polars as pl

    frame = pl.concat(parts)
    parts.clear()
    index = order(frame)
    columns: list[pl.Series] = []
    for name in frame.columns:
        columns.append(frame.get_column(name).gather(index))
        frame = frame.drop(name)
    return pl.DataFrame(columns)
