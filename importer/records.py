"""An organisation's record with its contact person: a plain ``Name`` first, the contact's names later.

Accounting and CRM exports (Invoice Ninja's clients and vendors, for one) list an organisation's
own fields first — its name in a plain ``Name``, its address, VAT id, phone — and then its contact
person: ``First Name``, ``Last Name``, ``Email``, ``Phone``. The same words elsewhere name one
person (Google's ``Name`` right before ``Given Name``; Lexware's ``Name`` beside ``Vorname``). The
header row tells them apart by its order: when the organisation's fields stand between the plain
``Name`` and the first/last name columns, ``Name`` is the organisation (Firmenname) and the names,
with the salutation right before them and the e-mail and phone columns right after them, are its
contact person (Ansprechpartner 1). The values may still veto it
(:func:`importer.evidence.names_of_one_person`): a ``Name`` that holds the first and last names is
one person's whole name.

A file that names a company column, already has contact-person columns, or was mapped by hand
(``--map``) is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Final

from importer.messages import msg
from importer.model import ColumnMapping
from importer.vocabulary import normalize

COMPANY: Final = "Firmenname"
CONTACT_FIRST: Final = "Ansprechpartner 1 Vorname"
CONTACT_LAST: Final = "Ansprechpartner 1 Nachname"
#: A person's column → the contact person's column it becomes in such a record.
CONTACT_SLOTS: Final[Mapping[str, str]] = {
    "Anrede": "Ansprechpartner 1 Anrede",
    "Vorname": CONTACT_FIRST,
    "Nachname": CONTACT_LAST,
    "E-Mail 1": "Ansprechpartner 1 E-Mail",
    "E-Mail 2": "Ansprechpartner 1 E-Mail",
    "Telefon 1": "Ansprechpartner 1 Telefon",
    "Telefon 2": "Ansprechpartner 1 Telefon",
}
#: Targets that are parts of a person's name: between ``Name`` and the first name they are no
#: organisation's field.
_NAME_PARTS: Final = frozenset({"Anrede", "Titel", "Vorname", "Nachname"})


@dataclass(frozen=True, slots=True)
class Record:
    """The columns of an organisation's name and of its contact person's names."""

    name: ColumnMapping
    first: ColumnMapping
    last: ColumnMapping


def find_record(columns: Sequence[ColumnMapping], names: Set[str], *, ordered: bool = True) -> Record | None:
    """The organisation's ``Name`` and its contact's first and last name columns, if the order says so.

    ``names`` are the catalog's column names (the contact person's columns must exist).
    ``ordered=False``: also with the contact's names right after an unmapped ``Name`` (Billomat's
    ``name``, ``first_name``, ``last_name``), where only the values can tell
    (:func:`importer.evidence.organisations_with_contacts`).
    """
    if not set(CONTACT_SLOTS.values()) <= names or any(
        c.method == "manual" or c.target == COMPANY or (c.target or "").startswith("Ansprechpartner")
        for c in columns
    ):
        return None
    plain = [c for c in columns if normalize(c.source).key == "name" and c.target in (None, "Nachname")]
    if len(plain) != 1:
        return None
    name = plain[0]
    first = next((c for c in columns if c.index > name.index and c.target == "Vorname"), None)
    last = next((c for c in columns if c.index > name.index and c.target == "Nachname"), None)
    if first is None or last is None:
        return None
    if not ordered:
        return Record(name, first, last) if name.target is None else None
    between = columns[name.index + 1 : min(first.index, last.index)]
    if not any(c.target is not None and c.target not in _NAME_PARTS for c in between):
        return None
    return Record(name, first, last)


def apply_record(columns: Sequence[ColumnMapping], record: Record, *, by_values: bool = False) -> None:
    """``Name`` → Firmenname; the block of the contact's columns → Ansprechpartner 1 (module docstring).
    ``by_values``: the values said so, not the order (:func:`find_record`)."""
    name = record.name
    key = "mapping-record-company-values" if by_values else "mapping-record-company"
    _move(name, COMPANY, msg(key, first=record.first.source, last=record.last.source))
    start = min(record.first.index, record.last.index)
    block = [columns[start - 1]] if start > name.index + 1 and columns[start - 1].target == "Anrede" else []
    for column in columns[start:]:
        if column.target not in CONTACT_SLOTS:
            break
        block.append(column)
    taken: set[str] = set()
    for column in block:
        slot = CONTACT_SLOTS[column.target or ""]
        if slot in taken:
            break
        taken.add(slot)
        _move(column, slot, msg("mapping-record-contact", target=slot, name=name.source))


def _move(column: ColumnMapping, target: str, note: str) -> None:
    column.assign(target, "grammar", 1.0, note)
    column.suggestion, column.suggestion_score = None, None


def applied(columns: Sequence[ColumnMapping]) -> Record | None:
    """The record :func:`apply_record` made of these columns, if it made one."""
    by_target = {c.target: c for c in columns if c.method == "grammar"}
    name, first, last = (by_target.get(t) for t in (COMPANY, CONTACT_FIRST, CONTACT_LAST))
    if name is None or first is None or last is None or normalize(name.source).key != "name":
        return None
    return Record(name, first, last)
