"""The column stage: count each source column, apply the header mapping, decide where its data goes.

column counts → manual mapping (``--mapping FILE`` and ``--map``) → :func:`importer.mapping.map_headers`
→ the values' evidence (:func:`importer.evidence.check_values`) → each column's destination
(upload, unmapped, merged) → findings about the mapping.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import polars as pl

from importer.catalog import Catalog
from importer.choices import Kind
from importer.errors import ConfigurationError
from importer.evidence import (
    FLAG_SET,
    FLAG_UNSET,
    SUGGESTED_BY,
    check_values,
    contact_person_to_take,
    countries_by_key_header,
    drop_unfit_suggestions,
    give_empty_targets,
    give_fuller_address,
    house_number_in_supplement,
    internal_ids,
    kind_column,
    names_of_one_person,
    names_sex,
    no_country_ids,
    old_number_codes,
    organisations_with_contacts,
    person_whole_name,
    rank_role,
    rank_states,
    record_name_column,
    repeated_numbers,
    role_column,
    role_flags,
    salutation_column,
    second_street_line,
    status_columns,
    suggest_by_values,
    suggest_contact_person,
    tax_column_by_values,
)
from importer.frame import ROW, filled
from importer.mapping import WHOLE_NAME_MERGE, header_above, header_side, map_headers, names_suppliers
from importer.mapping_files import load_mapping_file
from importer.messages import counted, msg
from importer.model import PREFIX_READ, ColumnMapping, Issue
from importer.names import company_evidence, normalize_salutation
from importer.records import applied, apply_record, find_record
from importer.result import Intake
from importer.rules import finding

#: Findings of the header parse whose column name the tool made up (see importer.parse.unique_headers).
_MADE_UP: Final = ("header-duplicate", "header-blank", "header-renamed")


def column_stats(intake: Intake) -> list[ColumnMapping]:
    """One entry per source column, in file order, with its count of non-empty values."""
    frame = intake.table.frame
    names = intake.table.columns + intake.table.extra_columns
    if not names:
        return []
    counts = frame.select(filled(name).sum().alias(name) for name in names).row(0)
    originals = intake.table.original_headers
    return [
        ColumnMapping(
            index=i,
            source=name,
            target=None,
            method="unmapped",
            score=0.0,
            non_empty=int(count),
            original=originals[i] if i < len(originals) else None,
        )
        for i, (name, count) in enumerate(zip(names, counts, strict=True))
    ]


def manual_mapping(mapping_file: Path | None, manual_map: Mapping[str, str | None]) -> dict[str, str | None]:
    """``--mapping FILE`` merged with ``--map`` (the command line wins)."""
    manual: dict[str, str | None] = {}
    if mapping_file is not None:
        manual.update(load_mapping_file(mapping_file))
    manual.update(manual_map)
    return manual


def settle_choices(
    chosen: Mapping[str, str | None], before: Mapping[str, str | None]
) -> dict[str, str | None]:
    """A whole mapping chosen at once (the web page's form: every column's target), where the user
    changed one column to a target another column held: the changed column takes it, the other
    one is left unmapped. ``before``: each column's target in the run the form showed.

    Any other target chosen twice is kept as chosen (the run then names both columns).
    """
    settled = dict(chosen)
    by_target: dict[str, list[str]] = {}
    for source, target in chosen.items():
        if target is not None:
            by_target.setdefault(target, []).append(source)
    for sources in by_target.values():
        changed = [s for s in sources if before.get(s) != chosen[s]]
        if len(sources) > 1 and len(changed) == 1:
            for source in sources:
                if source != changed[0]:
                    settled[source] = None
    return settled


def form_mapping(
    chosen: Mapping[str, str | None],
    before: Mapping[str, str | None],
    manual: Mapping[str, str | None],
    merged: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """The user's mapping after the web page's form (every column's target, :func:`settle_choices`):
    the columns the user changed, and those mapped by hand in an earlier round. A column left as
    the run mapped it stays the tool's: a merged column (a house number, a home address, a whole
    name) shows its target and would otherwise become a second column mapped by hand to it.

    ``merged``: the columns the tool merged when nothing was mapped by hand, with their target. A
    column set back to that target is the tool's again (the merge comes back), and the column it
    merges into keeps its target.
    """
    merged = merged or {}
    back = {
        source for source, target in chosen.items() if target is not None and merged.get(source) == target
    }
    settled = settle_choices(
        {s: t for s, t in chosen.items() if s not in back}, {s: t for s, t in before.items() if s not in back}
    )
    missing = object()
    return {
        source: target
        for source, target in settled.items()
        if source in manual or before.get(source, missing) != target
    }


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _by_spacing(manual: dict[str, str | None], sources: list[str]) -> dict[str, str | None]:
    """``manual`` with each header the file does not have as given renamed to the file's header it
    names but for its spaces and line breaks: a header broken over two lines in Excel ("Telefon⏎
    (Büro)") is typed on one line (found by the hostile session on hand-made sheets: the --map
    that the report showed for it could not be typed)."""
    by_spacing: dict[str, str] = {}
    for source in sources:
        by_spacing.setdefault(_spaced(source), source)
    return {
        key if key in sources else by_spacing.get(_spaced(key), key): target for key, target in manual.items()
    }


def map_columns(
    intake: Intake,
    stats: list[ColumnMapping],
    catalog: Catalog,
    manual: dict[str, str | None],
    kind: Kind,
    *,
    by_name: bool = True,
) -> list[ColumnMapping]:
    """Map the source headers and decide where each column's data goes (``by_name``: the file's or
    sheet's name may say it lists suppliers, :func:`supplier_name`; not in a correction round)."""
    manual = _by_spacing(manual, [c.source for c in stats])
    unknown = sorted(set(manual) - {c.source for c in stats} - {c.original for c in stats if c.original})
    if unknown:
        raise ConfigurationError(msg("mapping-unknown-source", sources=", ".join(unknown)))
    by_original = {c.original: c.source for c in stats if c.original and c.original not in manual}
    manual = {by_original.get(k, k): v for k, v in manual.items()}
    # Names the tool made up for a repeated or blank header are mapped by the user's header.
    made_up = {i.column: i.value or "" for i in intake.table.issues if i.code in _MADE_UP and i.column}
    supplier_list = by_name and kind is Kind.AUTO and supplier_name(intake) is not None
    mapped = _map_with_evidence([c.source for c in stats], catalog, manual, intake, made_up, supplier_list)
    columns: list[ColumnMapping] = []
    excluded = {Kind.CUSTOMERS: "suppliers", Kind.SUPPLIERS: "customers"}.get(kind)
    merges: dict[str, ColumnMapping] = {}
    for stat, found in zip(stats, mapped, strict=True):
        found.non_empty = stat.non_empty
        found.original = stat.original
        earlier = merges.setdefault(found.merge, found) if found.merge is not None else found
        if earlier is not found:
            # one column per merge: a repeated header ("Home Street" twice beside "Business
            # Street", found by the corpus fuzzer) made two stand-ins of one address field,
            # and the run stopped with exit 4
            found.unassign(msg("mapping-merge-duplicate", winner=earlier.source, index=earlier.index + 1))
        if found.target is None:
            found.destination = "unmapped"
        elif excluded and found.merge is None and catalog.get(found.target).role == excluded:
            found.destination = "unmapped"
            found.note = msg("mapping-role-excluded", target=found.target, kind=msg(f"kind-{kind}"))
        elif found.merge is not None:
            found.destination = f"merged:{found.target}"
        else:
            found.destination = "upload"
        columns.append(found)
    return columns


def supplier_name(intake: Intake) -> str | None:
    """The file's or its sheet's name when it says suppliers and not customers as well
    ("Lieferanten.csv", "vendors.xlsx", sheet "Kreditoren"); else None."""
    if intake.workbook is not None:
        sheet = intake.workbook.sheet
        if names_suppliers(sheet):
            return sheet
        if names_suppliers(sheet, customers=True):
            return None  # a sheet "Kunden" in "Lieferanten 2024.xlsx": the sheet says what it holds
    return intake.path.stem if names_suppliers(intake.path.stem) else None


def _map_with_evidence(
    headers: list[str],
    catalog: Catalog,
    manual: dict[str, str | None],
    intake: Intake,
    made_up: Mapping[str, str],
    supplier_list: bool = False,
) -> list[ColumnMapping]:
    """Map by the headers, then let the values veto; a vetoed column frees its target for another.

    ("Nummer" holding customer numbers is no house number: the real "Hausnummer" beside it is
    then merged instead.) Repeated until no further mapping is vetoed. A ``Name`` read as an
    organisation (:mod:`importer.records`) that holds its rows' own first or last names is one
    person's whole name: the file is mapped again without that reading.
    """
    vetoed: dict[int, ColumnMapping] = {}
    records = True
    frame = intake.table.frame
    #: A contact person's column the values make sure of (:func:`contact_person_to_take`).
    taken: dict[str, str | None] = {}
    #: Headers that name their address's side ("Other Street"): no fuller address 1.
    marked = frozenset(h for h in headers if header_side(h, catalog) is not None)
    while True:
        forced = {**manual, **taken, **{headers[i]: None for i in vetoed}}
        mapped = map_headers(
            headers,
            catalog,
            manual=forced,
            records=records,
            made_up=made_up,
            supplier_list=supplier_list,
            by_values=True,
        )
        for index, column in vetoed.items():
            mapped[index] = column
        record = applied(mapped)
        if record is not None and names_of_one_person(
            frame, record.name.source, record.first.source, record.last.source
        ):
            records = False
            continue
        if records and record is None:
            _organisations_by_values(mapped, frame, catalog)
        tax_column_by_values(mapped, frame)
        turned = check_values(mapped, frame) + internal_ids(mapped, frame)
        no_country_ids(mapped, frame)
        old_number_codes(mapped, frame)
        repeated_numbers(mapped, frame)
        if not turned:
            drop_unfit_suggestions(mapped, frame, frozenset(vetoed))
            left = frozenset(source for source, target in manual.items() if target is None)
            salutations = salutation_column(mapped, frame, left)
            if salutations is not None:
                column = mapped[salutations]
                # a sex column's "m"/"w" become Herr and Frau: not "unverändert" (the 37th session)
                note = _salutation_note(column.source, frame)
                column.suggestion = column.suggestion_score = None
                column.assign("Anrede", "values", 1.0, note)
            # Flags whose headers name the role first: a column of notes whose words name roles
            # ("Stammkunde", "Lieferant Reinigungsmittel") beside qmBase's IsCustomer/IsSupplier
            # was taken as the role column and the flags ignored (the sixth real-layout round).
            flags = role_flags(mapped, frame, left)
            for index, role in flags.items():
                mapped[index].extra[FLAGS_ROLE] = role
                left |= {_decides(mapped[index], STATES_ROLE, f"mapping-values-role-flag-{role}")}
                if rank_role(mapped[index].source) == role:
                    _counts_role(mapped[index], frame, role)
            # beside one role's flag ("Lieferant?") a column of roles decides the rows the flag
            # leaves open (the fourth hostile re-test: "Typ" L ignored, a supplier uploaded as a
            # customer, exit 0); beside both roles' flags it would only repeat them
            roles = role_column(mapped, frame, left) if len(set(flags.values())) < 2 else None
            if roles is not None:
                left |= {_decides(mapped[roles], STATES_ROLE, "mapping-values-role")}
            kinds = kind_column(mapped, frame, left)
            if kinds is not None:
                left |= {_decides(mapped[kinds], STATES_KIND, "mapping-values-kind")}
            for index in status_columns(mapped, frame, left):
                left |= {_decides(mapped[index], STATES_STATUS, "mapping-values-status")}
            countries_by_key_header(mapped, frame, left, supplier_file=supplier_list)
            give_empty_targets(mapped, frame, left)
            give_fuller_address(mapped, frame, left, marked)
            second = second_street_line(mapped, frame, left, frozenset(catalog.names()), marked)
            if second is not None:
                line, street = second
                line.assign("Adresszusatz 1", line.method, line.score)
                line.note = msg("mapping-street-second-line", source=line.source, street=street.source)
            named = record_name_column(mapped, frame, left, kinds=kinds is not None)
            if named is not None and named[1] == "Firmenname":
                column = named[0]
                column.suggestion = column.suggestion_score = None
                column.assign(
                    "Firmenname", "values", 1.0, msg("mapping-values-record-name", source=column.source)
                )
            elif named is not None:  # mapped again with it, as with --map "<header>=Vollständiger Name"
                taken[named[0].source] = named[1]
                continue
            house = None if taken else house_number_in_supplement(mapped, frame, left)
            if house is not None:  # mapped again with it, as with --map "<header>=Hausnummer"
                taken[house.source] = HOUSE_NUMBER_MERGE
                continue
            # not where the values vetoed the header's column (the note says why), unless the header
            # names a contact's number ("Nummer" of customer numbers: no house numbers)
            suggest_by_values(
                mapped, frame, left, frozenset(headers[i] for i in vetoed), catalog.supplier_range
            )
            suggest_contact_person(mapped, frame, left)
            sure = None if taken else contact_person_to_take(mapped, frame)
            if sure is not None:  # mapped again with it, as with --map "<header>=Ansprechpartner"
                taken[sure.source] = sure.suggestion
                continue
            for column in mapped:
                if column.source in taken and column.source not in manual:
                    column.method = "values"
                    note = _TAKEN_NOTES.get(taken[column.source] or "", "mapping-values-contact-person")
                    column.note = msg(note, source=column.source)
            return mapped
        vetoed.update({i: mapped[i] for i in turned})


#: The merge a column's values made it (the header ``--map`` takes for it) → its note.
HOUSE_NUMBER_MERGE: Final = "Hausnummer"
_TAKEN_NOTES: Final = {
    WHOLE_NAME_MERGE: "mapping-values-record-whole-name",
    HOUSE_NUMBER_MERGE: "mapping-values-house-number",
}


def _salutation_note(source: str, frame: pl.DataFrame) -> str:
    """The note of the column ``source`` mapped to Anrede by its values: a sex column's codes
    become Herr and Frau; courtesy titles go as they are, or spelt the German way where the cleaning
    changes them ("Mister" becomes "Herr": Odoo's partner titles), with the first such value."""
    if names_sex(source):
        return msg("mapping-values-salutation-sex", source=source)
    values = frame.filter(filled(source)).get_column(source).str.strip_chars().unique(maintain_order=True)
    for value in values.to_list():
        spelt = normalize_salutation(value)
        if spelt is not None and spelt != value:
            return msg("mapping-values-salutation-spelt", source=source, value=value, spelt=spelt)
    return msg("mapping-values-salutation", source=source)


def _decides(column: ColumnMapping, key: str, note: str) -> str:
    """Mark an unmapped column as one whose values decide something of each row (``key``: its
    role, its kind), with the note ``note`` saying so; its header, to be left unmapped."""
    column.note = msg(note, source=column.source)
    column.extra[key] = True
    return column.source


def _counts_role(column: ColumnMapping, frame: pl.DataFrame, role: str) -> None:
    """A rank column's note (Odoo's "customer_rank": :func:`importer.evidence.rank_role`): how
    many rows its counts above 0 give the role and how many its 0 do not; no number suggested
    for it (its counts repeat, no contact's own number)."""
    states = rank_states(frame.get_column(column.source))
    column.suggestion = column.suggestion_score = None
    column.note = msg(
        f"mapping-values-role-rank-{role}",
        source=column.source,
        set=counted("count-rows", int(states.sum())),
        unset=counted("count-rows", int((~states).sum())),
    )


def _organisations_by_values(columns: list[ColumnMapping], frame: pl.DataFrame, catalog: Catalog) -> None:
    """A plain ``Name`` right before the first and last names, which the order leaves unmapped
    (Google's whole name, or Billomat's company beside its contact person), is the Firmenname and
    the names its contact person when the values say so (found by the real-layout session:
    "Blumen Becker GmbH" was uploaded as the private person Martina Becker, companies without a
    contact person rejected)."""
    record = find_record(columns, set(catalog.names()), ordered=False)
    if record is not None and organisations_with_contacts(
        frame, record.name.source, record.first.source, record.last.source
    ):
        apply_record(columns, record, by_values=True)


#: The key of a column's JSON entry that says its values state each row's role (``--kind auto``).
STATES_ROLE: Final = "states_role"
#: The key of a flag column's JSON entry naming the role it flags ("customers", "suppliers").
FLAGS_ROLE: Final = "flags_role"
#: The key of a column's JSON entry that says its values state whether each row is a company or
#: a private person (:func:`importer.evidence.kind_column`).
STATES_KIND: Final = "states_kind"
#: The key of a column's JSON entry that says its values tell which contacts are out of use
#: ("Inaktiv", "active", "Status"; :func:`importer.evidence.status_columns`).
STATES_STATUS: Final = "states_status"


def open_suggestions(columns: list[ColumnMapping]) -> list[ColumnMapping]:
    """The unmapped columns with values whose suggested target no other column fills.

    A suggestion whose target another column already fills (``Adressart`` beside ``Straße``)
    is no advice: ``--map`` would move the other column's values out of the upload file.
    """
    taken = {c.target for c in columns if c.target is not None}
    return [
        c for c in columns if c.target is None and c.suggestion and c.non_empty and c.suggestion not in taken
    ]


def mapping_issues(
    columns: list[ColumnMapping], intake: Intake | None = None, catalog: Catalog | None = None
) -> list[Issue]:
    """Warnings about header mapping the user must read: a suggestion not applied; no column
    mapped at all (most often a header row read in the wrong line; ``intake`` and ``catalog``:
    a line above it that holds the headers is named)."""
    none: list[Issue] = []
    above = None if intake is None or catalog is None else _header_row_above(intake, catalog)
    mapped = sum(c.target is not None for c in columns)
    if columns and not mapped:
        none = [_none_mapped(columns, above)]
    elif above is not None and above[2] >= _ABOVE_MIN and above[2] >= 2 * mapped:
        # Some fields of a data row read as headers ("Firma" as a salutation, "STR" as a street)
        # under a header row given too low (found by the second re-test).
        none = [
            finding(
                "header-row-above",
                row=1,
                value=str(above[0]),
                header_line=above[0],
                headers=_few(above[1]),
                above=above[2],
                read=mapped,
            )
        ]
    prefixed = [c for c in columns if PREFIX_READ in c.extra and c.target is not None]
    if prefixed:
        # Read past, a prefix may have said whose field it is (a supplier's, a delivery
        # address's, a child's): the user looks before uploading (the hostile re-test)
        shown = _few([c.source for c in prefixed], ", ")
        prefix = str(prefixed[0].extra[PREFIX_READ])
        none.append(
            finding(
                "header-prefix-read",
                row=1,
                line=1,
                value=prefix,
                prefix=prefix,
                count=len(prefixed),
                columns=shown,
            )
        )
    if columns and not {c.target for c in columns} & _NAME_TARGETS and above is None:
        # beside columns-none-mapped too: a file without a header row ("Spalte 1" …) needs the --map
        none.append(_no_name_column(columns, None if intake is None else intake.table.frame))
    billing = _billing_address_apart(columns, intake, catalog)
    if billing is not None:
        none.append(billing)
    return none + [
        finding(
            "column-suggestion",
            row=1,
            line=1,
            column=c.source,
            value=c.source,
            message="column-values-suggestion" if SUGGESTED_BY in c.extra else None,
            source=c.source,
            suggestion=c.suggestion,
            score=round(100 * (c.suggestion_score or 0)),
            count=c.non_empty,
        )
        for c in open_suggestions(columns)
    ]


#: The fields of address 1 a billing block's column may have lost to the plain address's.
_ADDRESS_1_FIELDS: Final = ("Straße 1", "Adresszusatz 1", "PLZ 1", "Ort 1", "Land 1")


def _billing_address_apart(
    columns: list[ColumnMapping], intake: Intake | None, catalog: Catalog | None
) -> Issue | None:
    """The warning that a block of a separate billing address (DATEV's "Straße
    (Rechnungsadresse)" …) is filled on some rows but stays unmapped, because the plain address
    (DATEV's correspondence address) fills address 1: lexoffice's address 1 is the billing
    address (the 39th session's real-export round found a customer's invoice address only in the
    unmapped file, without a word). Not where the user mapped by hand any column of the block."""
    if intake is None or catalog is None:
        return None
    holders = {c.target: c for c in columns if c.target in _ADDRESS_1_FIELDS and c.merge is None}
    block = [
        c
        for c in columns
        if c.target is None
        and c.method != "manual"
        and c.non_empty
        and c.suggestion in holders
        and header_side(c.source, catalog) == "billing"
        and header_side(holders[c.suggestion].source, catalog) != "billing"
    ]
    frame = intake.table.frame
    block = [c for c in block if c.source in frame.columns]
    if not block:
        return None
    rows = frame.filter(pl.any_horizontal([filled(c.source) for c in block])).get_column(ROW).to_list()
    if not rows:
        return None
    return finding(
        "billing-address-apart",
        row=1,
        line=1,
        value=block[0].source,
        columns=_few([c.source for c in block], ", "),
        count=len(rows),
        rows=_few([str(r) for r in rows], ", "),
        holders=_few([holders[c.suggestion or ""].source for c in block], ", "),
    )


#: Headers quoted in the warning that no column was mapped.
_QUOTED_HEADERS: Final = 5


def _few(headers: Sequence[str], separator: str = "; ") -> str:
    """The first :data:`_QUOTED_HEADERS` of ``headers`` joined by ``separator``, "…" after them
    when there are more."""
    shown = separator.join(headers[:_QUOTED_HEADERS])
    return shown + f"{separator}…" if len(headers) > _QUOTED_HEADERS else shown


#: The columns that name a contact: without any of them every row is rejected for want of a name.
_NAME_TARGETS: Final = frozenset({"Firmenname", "Vorname", "Nachname"})
#: A cell that reads as a name: words of letters, maybe with "&", ".", "-" or "'" (no digits, no @);
#: at least this share of a column's filled cells (of the first :data:`_NAME_SAMPLE`), and as many
#: distinct values, to be the column to try.
_NAME_LIKE: Final = r"^\s*\p{L}[\p{L}.&'’\-]*(?:\s+[\p{L}.&'’\-]+)*\s*$"
_NAME_LIKE_SHARE: Final = 0.5
#: A cell under a name's header that reads as a name: a word of two letters, no "@".
_NAMED_LIKE: Final = r"^[^@]*\p{L}{2}[^@]*$"
_NAME_SAMPLE: Final = 200
#: A flag's or a yes/no column's cells, which read as words of letters but are no names.
_FLAG_WORDS: Final = sorted(FLAG_SET | FLAG_UNSET | {"wahr", "falsch", "yes", "no", "on", "off"})
#: Headers that likely hold a name, the likeliest first ("OXCOMPANY", "OXLNAME", "Kunde"); not
#: a user name or a file name.
_NAME_HEADERS: Final = (
    re.compile(r"(?i)firma|company|organi[sz]ation|unternehmen"),
    re.compile(r"(?i)lname|last.?name|nachname|surname|familienname|zuname"),
    re.compile(r"(?i)(?<!user)(?<!user )(?<!benutzer)(?<!file)(?<!datei)(?<!country)(?<!land)name"),
    re.compile(r"(?i)kunde|customer|client"),
)

#: Headers of a place, whose values read as words too ("Town (s.ville)" in Dolibarr's export,
#: suggested as the Firmenname of every row).
_PLACE_HEADER: Final = re.compile(
    r"(?i)town|city|ville|stadt|\bort\b|country|land|street|stra(?:ß|ss)e|region|state|province|bundesland"
)


def _no_name_column(columns: list[ColumnMapping], frame: pl.DataFrame | None = None) -> Issue:
    """The warning that no column is a name column (found by the real-layout session: an OXID
    shop's table, its every row rejected with "Weder Firmenname noch Nachname ist gefüllt" beside
    filled name columns the headers did not name): the unmapped columns, and a --map to try.

    The column to try: by its header (:data:`_NAME_HEADERS`), else by its values (``frame``: the
    column with the most cells that read as names, words of letters; Collmex's file without a
    header row, its columns "Spalte 1" …)."""
    unmapped = [c for c in columns if c.target is None and c.non_empty]
    plain = [c for c in unmapped if SUGGESTED_BY not in c.extra]  # not one its values name otherwise
    named = next(
        (
            [c for c in plain if pattern.search(c.source)]
            for pattern in _NAME_HEADERS
            if any(pattern.search(c.source) for c in plain)
        ),
        None,
    )
    if frame is not None:
        # a column the header names must hold names too ("Kd-Nr", "Privatkunde" as a flag are none)
        # of several, the one whose values read most as names ("org_name" before
        # "adr_one_countryname", whose "DE" read as words too: Tine 2.0's export)
        if named is not None:
            candidates = [c for c in named if c.source in frame.columns]
            # under a name's header, a name may have digits ("Studio 54", Zammad's
            # "organization-member-import1"): words, no flag, no e-mail address, no bare number
            named = _name_like_column(candidates, frame) or _name_like_column(
                candidates, frame, like=_NAMED_LIKE
            )
        if named is None:  # by values: words of letters, but not under a place's header
            unplaced = [c for c in plain if c.source in frame.columns and not _PLACE_HEADER.search(c.source)]
            named = _name_like_column(unplaced, frame)
    shown = _few([c.source for c in unmapped])
    if not named:  # nothing to name: the ways to map, without a column (a newsletter's e-mails)
        return finding(
            "name-columns-missing", row=1, message="issue-name-columns-missing-none", headers=shown or "–"
        )
    example = named[0].source
    target = "Firmenname"
    if frame is not None and example in frame.columns:
        values = frame.get_column(example).drop_nulls().head(_NAME_SAMPLE).to_list()
        persons = sum(1 for v in values if person_whole_name(v))
        if values and persons >= _NAME_LIKE_SHARE * len(values):
            target = WHOLE_NAME_MERGE  # persons' whole names: split row by row
    return finding("name-columns-missing", row=1, example=example, target=target, headers=shown or "–")


def _name_like_column(
    columns: list[ColumnMapping], frame: pl.DataFrame, like: str = _NAME_LIKE
) -> list[ColumnMapping] | None:
    """The column whose values most read as names (words of letters, :data:`_NAME_LIKE`), that
    differ from row to row (not a record type such as Collmex's "CMXKND", not a salutation), a
    business's name counting most (the Firmenname is the one to map first); None without one."""
    best: tuple[float, ColumnMapping] | None = None
    for column in columns:
        values = frame.get_column(column.source).drop_nulls()
        values = values.filter(values.str.strip_chars().str.len_chars() > 0).head(_NAME_SAMPLE)
        if values.len() == 0:
            continue
        # a flag's "false", "ja", "x" are words of letters, but no names (Zammad's "active" was
        # offered as --map "active=Firmenname"; the 40th session's real-export round)
        values = values.filter(~values.str.strip_chars().str.to_lowercase().is_in(_FLAG_WORDS))
        if values.len() == 0:
            continue
        share = int(values.str.contains(like).sum()) / values.len()
        distinct = values.n_unique() / values.len()
        if share < _NAME_LIKE_SHARE or distinct < _NAME_LIKE_SHARE:
            continue
        texts = values.to_list()
        business = sum(company_evidence(v) is not None for v in texts) / len(texts)
        # more words per name first: "Anna Berg" before a department's "Einkauf"
        words = min(sum(len(v.split()) for v in texts) / len(texts), 3.0)
        score = share * distinct + business + 0.1 * words
        if best is None or score > best[0]:
            best = (score, column)
    return None if best is None else [best[1]]


#: A line above the header row read with at least this many header names (and twice as many as
#: the header read maps) is named as the likely header row.
_ABOVE_MIN: Final = 3


def _none_mapped(columns: list[ColumnMapping], above: tuple[int, list[str], int] | None = None) -> Issue:
    """The warning that no header maps: which headers were read, and the options that help;
    ``above``: the line above that holds the headers, and its fields."""
    names = above[1] if above is not None else [c.original or c.source for c in columns]
    shown = _few(names)
    if above is None:
        return finding("columns-none-mapped", row=1, count=len(columns), headers=shown)
    line = above[0]
    return finding(
        "columns-none-mapped",
        row=1,
        value=str(line),  # read by the summary line (importer.summary)
        message="issue-columns-none-mapped-header-above",
        count=len(columns),
        headers=shown,
        header_line=line,
    )


def _header_row_above(intake: Intake, catalog: Catalog) -> tuple[int, list[str], int] | None:
    """The line above the header row read that holds the headers (its line number, its fields,
    how many of them read as headers):
    a header row given too low (found by the hostile web session: "Kopfzeile" 10 in an export
    whose header is line 1; the warning asked whether the header was further down)."""
    preamble, dialect = intake.preamble, intake.dialect
    if preamble is None or preamble.kind != "title" or dialect is None:
        return None  # a CSV file's: its skipped lines are its first ones, as they were
    lines = [
        next(csv.reader([t], delimiter=dialect.delimiter, quotechar=dialect.quotechar), [])
        for t in preamble.texts
    ]
    found = header_above(lines, catalog)
    if found is None:
        return None
    index, count = found
    return index + 1, [f.strip() for f in lines[index] if f.strip()], count
