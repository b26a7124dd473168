"""The row stage: build the working frame, clean and fix, renumber, assign roles, validate.

working frame → :func:`importer.clean.clean` → ``--renumber`` → roles (customer, supplier) →
:func:`importer.validate.validate` per role → which rows are rejected. Returns a
:class:`importer.result.Processed`; values a fix took out of the upload are kept for the
unmapped file, so that no cell is lost.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import polars as pl

from importer.catalog import Catalog
from importer.choices import Kind, Renumber
from importer.clean import LINK_IN_BRACKETS, LINKED_MERGES, LINKED_TEXT_COLUMNS, clean
from importer.columns import (
    FLAGS_ROLE,
    STATES_KIND,
    STATES_ROLE,
    STATES_STATUS,
    mapping_issues,
    supplier_name,
)
from importer.continuation import (
    Joined,
    join_contact_rows,
    join_continuations,
    rejected_with_customer,
    relabel_contact_fixes,
    relabel_fixes,
)
from importer.errors import ConfigurationError
from importer.evidence import (
    flag_role,
    inactive_of,
    kind_reading,
    kinds_of,
    role_states,
    role_words,
    status_reading,
    tags_header,
)
from importer.frame import (
    ACCOUNT_ROLE,
    CONTACT_SLOTS,
    KIND,
    KIND_SAID,
    LINE,
    MERGE_PREFIX,
    ROW,
    filled,
    merge_targets,
)
from importer.issues import IssueList
from importer.mapping import HOME_MERGE
from importer.messages import msg
from importer.model import ColumnMapping, Issue, Severity
from importer.names import company_evidence, surname_first
from importer.records import applied
from importer.result import Intake, Processed
from importer.rules import finding, issues_from_frame, message_expr
from importer.validate import (
    FOOTER_AMOUNT,
    FOOTER_LABEL,
    FOOTER_LINE,
    FOOTNOTE_LINE,
    FOOTNOTE_MEANING,
    HEADING_LINE,
    release_value_caches,
    validate,
)
from importer.vocabulary import load_synonyms, normalize
from schemas.contacts import in_number_range

#: Role → the working frame's flag column that puts a row into that role's upload file.
ROLE_FLAGS: Final = {"customers": "__customer__", "suppliers": "__supplier__"}
#: The number columns a correction round compares with the numbers uploaded before.
_NUMBER_COLUMNS: Final = ("Kundennummer", "Lieferantennummer")
_IS_CUSTOMER: Final = ROLE_FLAGS["customers"]
_IS_SUPPLIER: Final = ROLE_FLAGS["suppliers"]
_STATED: Final = "__stated_role__"


#: A second name line ("Name 2", "name_2", "Name2"): a company's addition or a person's first name.
_NAME_LINE: Final = re.compile(r"(?i)^\s*name[\s_-]*2\s*$")
#: A header that names a role ("Kd.-Nr.", "Lieferantennummer", "Customer No", "dtKundenNr").
_ROLE_NAMED: Final = re.compile(r"(?i)kund|kd|lief|custom|client|suppl|vendor|debit|kredit|credit")
#: A header that names a fax number ("Tel. / Fax", "Telefon/Telefax").
_FAX_HEADER: Final = re.compile(r"(?i)fax")

#: Moved values: a column name for the unmapped file → its cells (null where nothing moved).
Moved = dict[str, pl.Series]
#: Source column index → the rows whose cell was moved to the unmapped file.
MovedCells = dict[int, frozenset[int]]


def working_frame(intake: Intake, columns: list[ColumnMapping], catalog: Catalog) -> pl.DataFrame:
    """One String column per catalog column (null when empty), merge inputs, row and line."""
    frame = intake.table.frame
    by_target = {c.target: c.source for c in columns if c.destination == "upload" and c.target}

    def cell(source: str) -> pl.Expr:
        col = pl.col(source)
        return pl.when(col.str.len_chars() > 0).then(col).otherwise(None)

    exprs = [
        (cell(by_target[name]) if name in by_target else pl.lit(None, dtype=pl.String)).alias(name)
        for name in catalog.names()
    ]
    exprs += [cell(c.source).alias(MERGE_PREFIX + c.merge) for c in columns if c.merge and c.target]
    for column in columns:
        read = kind_reading(column.source) if column.extra.get(STATES_KIND) else None
        if read is not None and column.source in frame.columns:
            cells = frame.get_column(column.source).str.strip_chars()
            kinds = kinds_of(cells, read)
            said = pl.format("{} = {}", pl.lit(column.source), pl.lit(cells))
            exprs += [
                pl.lit(kinds).alias(KIND),
                pl.when(pl.lit(kinds).is_not_null()).then(said).alias(KIND_SAID),
            ]
            break
    return frame.select([*exprs, pl.col(ROW), pl.col(LINE)])


#: What a column is read for besides the upload: the row's role, kind or state.
_READ_FOR: Final = (FLAGS_ROLE, STATES_ROLE, STATES_KIND, STATES_STATUS)


def _formulas_outside_upload(issues: Sequence[Issue], columns: Sequence[ColumnMapping]) -> Sequence[Issue]:
    """``issues`` with each uncalculated formula in a column that feeds neither the upload nor a
    row's role, kind or state made a warning (``formula-without-value-unmapped``): its text goes
    to the unmapped file as it is, and the row is uploaded (found by the hostile session: a
    helper column "=B4" beside the addresses rejected the row). A hidden such column is not
    named (``column-hidden``): nothing of it is uploaded."""
    unused = {
        c.source
        for c in columns
        if c.target is None and c.merge is None and not any(key in c.extra for key in _READ_FOR)
    }
    # a hidden column is named only where its values go to lexoffice (or decide a row)
    issues = [i for i in issues if not (i.code == "column-hidden" and i.column in unused)]
    if not unused or not any(i.code == "formula-without-value" for i in issues):
        return issues
    return [
        finding("formula-without-value-unmapped", row=i.row, line=i.line, column=i.column, value=i.value)
        if i.code == "formula-without-value" and i.row > 1 and i.column in unused
        else i
        for i in issues
    ]


def process(
    work: pl.DataFrame,
    intake: Intake,
    columns: list[ColumnMapping],
    catalog: Catalog,
    *,
    kind: Kind,
    renumber: Renumber | None,
    phone_format: str | None = None,
    company_person: str = "contact",
    inactive: str = "upload",
    by_name: bool = True,
) -> Processed:
    """Clean, renumber, assign roles and validate; decide which rows are rejected (``by_name``:
    see :func:`default_role`; ``inactive``: ``reject`` rejects the rows a column marks as out of
    use, :func:`inactive_issues`)."""
    frame, fixes = clean(
        work,
        catalog,
        phone_format=phone_format,
        company_person=company_person,
        contacts_of_record=applied(columns) is not None,
        surname_first=next(
            (c.source for c in columns if c.merge == "person-name" and surname_first(c.source)), None
        ),
        contact_surname_first=any(c.merge == "contact-person-1" and surname_first(c.source) for c in columns),
        fax_columns=frozenset(c.target for c in columns if c.target and _FAX_HEADER.search(c.source)),
        name_line=any(
            _NAME_LINE.match(c.source) for c in columns if c.target == "Adresszusatz 1" and not c.merge
        ),
    )
    del work  # the cleaned frame replaces it
    moved: Moved = {}
    moved_cells: MovedCells = {}

    def take(found: tuple[Moved, MovedCells]) -> None:
        moved.update(found[0])
        for index, cells in found[1].items():
            moved_cells[index] = moved_cells.get(index, frozenset()) | cells

    take(unused_merge_inputs(fixes, intake, columns))
    take(unused_home_inputs(fixes, intake, columns))
    take(removed_values(fixes, intake, columns))
    take(set_aside_values(fixes, intake, columns))
    take(set_aside_links(fixes, intake, columns))
    # a composite export's address rows: joined to the customer above, no contacts of their own
    joined = join_continuations(frame, intake.table.frame, columns)
    frame = joined.frame
    take((joined.moved, joined.moved_cells))
    fixes = relabel_fixes(fixes, joined)
    role, named = default_role(intake, columns, by_name=by_name) if kind is Kind.AUTO else ("customers", None)
    stated = stated_roles(intake, columns) if kind is Kind.AUTO else None
    frame = assign_roles(frame, kind, role, stated)
    # the rows whose role a column of the file stated: no advice to --kind or --map for their numbers
    stated_rows = frame.get_column(ROW).filter(stated.is_not_null()) if stated is not None else None
    other_role: list[Issue] = []
    if stated is not None:
        frame, other_role, aside, aside_cells = numbers_of_the_other_role(frame, intake, columns, catalog)
        take((aside, aside_cells))
        other_role += role_undecided_issues(intake, columns, stated, frame)
    # After the roles: found by the hostile re-test, a supplier whose number --renumber clear
    # emptied became a customer (the roles were told by the numbers left).
    frame, renumbered, old_numbers = renumber_customers(frame, renumber, catalog)
    cleared_cells: MovedCells = {}
    for target in ("Kundennummer", "Lieferantennummer"):
        cleared = frozenset(i.row for i in renumbered if i.fixed_value is None and i.column == target)
        if cleared:
            cleared_cells.update(
                {c.index: cleared for c in columns if c.target == target and c.merge is None}
            )
    take((old_numbers, cleared_cells))
    if ACCOUNT_ROLE in frame.columns:
        frame = frame.drop(ACCOUNT_ROLE)
    # a company's persons on rows of their own: its contact persons (after the numbers and roles
    # are final: a person's row with a number of its own, or of another role, stays a contact)
    people = Joined(frame)
    if company_person == "contact":
        roles = [flag for flag in ROLE_FLAGS.values() if flag in frame.columns]
        people = join_contact_rows(
            frame, intake.table.frame, columns, roles=roles, skip=frozenset(joined.rows)
        )
        frame = people.frame
        take((people.moved, people.moved_cells))
        fixes = relabel_contact_fixes(fixes, people)
    parts: list[Sequence[Issue]] = [
        _formulas_outside_upload(intake.issues, columns),
        mapping_issues(columns, intake, catalog),
        fixes,
        joined.issues,
        people.issues,
        renumbered,
        other_role,
    ]
    # Where a column states some rows' roles, the name decides only the others' (the 26th hostile
    # round: "all contacts" were said to go to the suppliers, a tagged customer did not); where it
    # states every row's, nothing.
    said = 0 if stated is None else stated.len() - stated.null_count()
    if named is not None and (stated is None or said < stated.len()):
        key = "issue-role-from-file-name-unstated" if said else None
        parts.append([finding("role-from-file-name", row=1, line=1, value=named, name=named, message=key)])
    # The whole-file checks first: their working columns are not held beside the validation's findings.
    lines = summary_row_issues(intake, columns)
    parts.append(lines)
    # the names a footnote of the list marks ("Schulte*" below "* = zahlt bar"): without the mark
    frame, marked, found = footnote_markers(frame, intake, columns, lines)
    parts.append(marked)
    take(found)
    headers_again = repeated_header_rows(intake, columns)
    # no contact: not validated (its "E-Mail" is no invalid address; a heading in the number
    # column no invalid number whose tip --renumber clear would leave it nameless), rejected
    no_contact = [i.row for i in intake.issues if i.code == "record-type-other"]
    no_contact += [i.row for i in lines]
    no_contact += list(joined.rows)
    no_contact += list(people.rows)
    titles = section_title_rows(intake, columns, headers_again, lines)
    if headers_again:
        parts.append(headers_again)
        no_contact += [i.row for i in headers_again]
    if titles:
        parts.append(titles)
        no_contact += [i.row for i in titles]
    if no_contact:
        frame = frame.filter(~pl.col(ROW).is_in(no_contact))
    parts.append(inactive_issues(intake, columns, reject=inactive == "reject"))
    both = role_both_issues(frame)
    duplicates = duplicate_contact_issues(frame)
    repeated = repeated_company_issues(frame, duplicates)
    for role, flag in ROLE_FLAGS.items():
        mask = frame[flag]
        if mask.all():  # the usual file of one role: validated without a filtered copy
            parts.append(validate(frame.drop(*ROLE_FLAGS.values()), role, catalog, stated_rows))
        elif mask.any():
            parts.append(validate(frame.filter(mask).drop(*ROLE_FLAGS.values()), role, catalog, stated_rows))
    release_value_caches()
    parts += [both, duplicates, repeated]
    del both, duplicates, repeated
    del fixes, renumbered  # at 100 MB the findings are 0.14 GB: held by the parts only, taken over
    whole = IssueList.concat(parts)
    parts.clear()
    rejected_rows = whole.row_series(Severity.ERROR)
    if joined.rows or people.rows:
        # an address row goes with its rejected customer, a person with its rejected company, to
        # be corrected together
        refused = set(rejected_rows.to_list())
        beside = [
            *rejected_with_customer(joined, refused),
            *rejected_with_customer(people, refused, "contact-row-rejected"),
        ]
        whole = IssueList.concat([whole, beside])
        rejected_rows = whole.row_series(Severity.ERROR)
    numbers = frame.select(ROW, LINE, *[c for c in _NUMBER_COLUMNS if c in frame.columns])
    if rejected_rows.len():
        # The rejected rows' cleaned cells are needed no more (the rejected file shows the input's
        # own cells): cut before the findings are sorted, they are not held while that peaks.
        frame = frame.filter(~pl.col(ROW).is_in(rejected_rows.implode()))
    parts.append(whole)
    del whole
    issues = IssueList.concat_sorted(parts, catalog.names())
    # The rows as Python ints only now: at 100 MB they are 34 MB, not held while the sort peaks.
    rejected = frozenset(rejected_rows.to_list())
    together = frozenset(joined.rows) | frozenset(people.rows)
    return Processed(frame, issues, rejected, numbers, moved, moved_cells, together - rejected)


def _cells_of(frame: pl.DataFrame, source: str, rows: frozenset[int]) -> pl.Series:
    """``source``'s cells in ``rows`` (null elsewhere): a column for the unmapped file."""
    return frame.select(
        pl.when(pl.col(ROW).is_in(list(rows))).then(pl.col(source)).otherwise(None)
    ).to_series()


def _moved(
    intake: Intake, columns: list[ColumnMapping], rows_of: Callable[[ColumnMapping], frozenset[int]], key: str
) -> tuple[Moved, MovedCells]:
    """For each column, the cells in ``rows_of(column)`` as a column of the unmapped file (named by
    the message ``key``), and which cells moved."""
    extra: Moved = {}
    cells: MovedCells = {}
    for column in columns:
        rows = rows_of(column)
        if rows:
            extra[msg(key, source=column.source)] = _cells_of(intake.table.frame, column.source, rows)
            cells[column.index] = rows
    return extra, cells


def _fixed_cells(
    found: pl.DataFrame, intake: Intake, columns: list[ColumnMapping], key: str
) -> tuple[Moved, MovedCells]:
    """The source cells behind the fixes ``found`` (by target column and row) as a column of the
    unmapped file (named by the message ``key``): an upload column's own filled cells only (a
    warning about another column's value on an empty slot moves nothing)."""
    if not found.height:
        return {}, {}
    table = intake.table.frame
    named = set(found.get_column("column").drop_nulls().unique().to_list())

    def rows_of(column: ColumnMapping) -> frozenset[int]:
        # a column without a finding needs no query (a file has dozens of columns)
        if column.merge is not None or column.target not in named or column.destination != "upload":
            return frozenset()
        rows = found.filter(pl.col("column") == column.target).get_column("row")
        return frozenset(
            table.filter(pl.col(ROW).is_in(rows.implode()) & filled(column.source))[ROW].to_list()
        )

    return _moved(intake, columns, rows_of, key)


def removed_values(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping]
) -> tuple[Moved, MovedCells]:
    """Values a fix removed outright (Anrede "Firma" on a company row) go to the unmapped file."""
    removed = fixes.frame.filter(
        (pl.col("severity") == Severity.FIX.value)
        & pl.col("fixed_value").is_null()
        & (pl.col("value").fill_null("").str.strip_chars() != "")
        & (pl.col("code") != "whitespace-trimmed")
    )
    return _fixed_cells(removed, intake, columns, "removed-value-column")


#: Fixes that keep part of a cell and put the whole cell in the unmapped file as well.
SET_ASIDE_CODES: Final = (
    "multiple-emails-set-aside",
    "greeting-set-aside",
    "salutation-code-set-aside",
    "multiple-phones-set-aside",
    "fax-set-aside",
    "contact-detail-set-aside",
    "scientific-number-set-aside",
    "email-extracted",
    "phone-remark-removed",
    "country-from-state",
    # the whole cell: the company name of a person's row ("Peter u. Maria Lang" under Typ
    # "Person": the 26th hostile re-test found it in no output while the message named the file)
    "company-of-person-set-aside",
    # a whole address whose state has no place in lexoffice ("…  Deidesheim  RP  67146  DE")
    "address-parts-state",
)


def set_aside_values(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping]
) -> tuple[Moved, MovedCells]:
    """Cells only part of which was uploaded (a second phone number with Telefon 2 taken) go to the
    unmapped file whole."""
    aside = fixes.frame.filter(pl.col("code").is_in(SET_ASIDE_CODES))
    return _fixed_cells(aside, intake, columns, "set-aside-column")


def set_aside_links(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping]
) -> tuple[Moved, MovedCells]:
    """Cells a link was taken off (``link-removed``: "Zimmermann Design (https://www.notion.so/…)")
    go to the unmapped file whole, the link is not lost: the cells with a link in brackets of the
    columns the cleaning takes links off (a name's merge input too), on the rows it did."""
    rows = fixes.frame.filter(pl.col("code") == "link-removed").get_column("row").unique()
    if not rows.len():
        return {}, {}
    table = intake.table.frame
    merges = {name.removeprefix(MERGE_PREFIX) for name in LINKED_MERGES}
    linked = [
        c
        for c in columns
        if (c.merge is None and c.destination == "upload" and c.target in LINKED_TEXT_COLUMNS)
        or c.merge in merges
    ]
    found = {
        c.index: frozenset(
            table.filter(pl.col(ROW).is_in(rows.implode()) & pl.col(c.source).str.contains(LINK_IN_BRACKETS))
            .get_column(ROW)
            .to_list()
        )
        for c in linked
        if c.source in table.columns
    }
    return _moved(intake, columns, lambda c: found.get(c.index, frozenset()), "set-aside-column")


def unused_home_inputs(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping]
) -> tuple[Moved, MovedCells]:
    """Private address cells on rows that kept their business address (no ``home-address-used``
    fix) go to the unmapped file: not used, not lost."""
    homes = [c for c in columns if c.merge is not None and c.merge.startswith(HOME_MERGE)]
    if not homes:
        return {}, {}
    home_fixes = fixes.frame.filter(pl.col("code").is_in(["home-address-used", "home-address-instead"]))
    used = set(home_fixes.get_column("row").to_list())
    # A phone's or e-mail's column: used on the rows where it filled its empty slot.
    contact_fixes = fixes.frame.filter(pl.col("code") == "home-contact-used")
    used_in = {
        slot: set(contact_fixes.filter(pl.col("column") == slot).get_column("row").to_list())
        for slot in CONTACT_SLOTS
    }
    table = intake.table.frame
    filled_rows = {
        c.index: frozenset(table.filter(filled(c.source)).get_column(ROW).to_list())
        - used_in.get(c.merge.removeprefix(HOME_MERGE) if c.merge else "", used)
        for c in homes
    }
    moved, cells = _moved(
        intake, columns, lambda c: filled_rows.get(c.index, frozenset()), "merge-unused-column"
    )
    # A business country the home country replaced is no longer uploaded: kept in the unmapped file.
    replaced = frozenset(
        home_fixes.filter(
            (pl.col("column") == "Land 1")
            & pl.col("value").is_not_null()
            & pl.col("fixed_value").is_not_null()
        )
        .get_column("row")
        .to_list()
    )
    if replaced:
        business = [
            c for c in columns if c.target == "Land 1" and c.merge is None and c.destination == "upload"
        ]
        more, more_cells = _moved(intake, business, lambda _c: replaced, "removed-value-column")
        moved.update(more)
        cells.update(more_cells)
    # A partial business address the home address replaced: its other replaced cells, too.
    instead = home_fixes.filter(
        (pl.col("code") == "home-address-instead")
        & (pl.col("column") != "Land 1")
        & pl.col("value").is_not_null()
        & pl.col("fixed_value").is_not_null()
    )
    if instead.height:
        more, more_cells = _fixed_cells(instead, intake, columns, "removed-value-column")
        moved.update(more)
        for index, rows in more_cells.items():
            cells[index] = cells.get(index, frozenset()) | rows
    return moved, cells


def unused_merge_inputs(
    fixes: IssueList, intake: Intake, columns: list[ColumnMapping]
) -> tuple[Moved, MovedCells]:
    """Merge inputs the cleaning could not use (``merge-input-unused``) go to the unmapped file, not lost."""
    unused = IssueList(fixes.frame.filter(pl.col("code") == "merge-input-unused")).records()
    merged = [c for c in columns if c.merge is not None and not c.merge.startswith(HOME_MERGE)]
    sources = [c.source for c in merged if c.source in intake.table.frame.columns]
    flagged = intake.table.frame.filter(pl.col(ROW).is_in(sorted({i.row for i in unused}))).select(
        ROW, *sources
    )
    cells = {record[ROW]: record for record in flagged.iter_rows(named=True)}

    def targets_of(column: ColumnMapping) -> tuple[str, ...]:
        return merge_targets(column.merge or "") or (column.target or "",)

    def rows_of(column: ColumnMapping) -> frozenset[int]:
        if column not in merged:  # see unused_home_inputs for the home merges
            return frozenset()
        rows = set()
        for issue in (i for i in unused if i.column in targets_of(column)):
            # Of the merge inputs into one column ("Hausnummer" and "Hausnummerzusatz"), the one
            # whose cell the finding quotes; all of them where none does.
            def said(
                c: ColumnMapping, row: int = issue.row, value: str = (issue.value or "").strip()
            ) -> bool:
                return (str(cells.get(row, {}).get(c.source) or "")).strip() == value

            rivals = [c for c in merged if issue.column in targets_of(c)]
            quoted = [c for c in rivals if said(c)]
            if not quoted or column in quoted:
                rows.add(issue.row)
        return frozenset(rows)

    return _moved(intake, columns, rows_of, "merge-unused-column") if unused else ({}, {})


@dataclass(frozen=True, slots=True)
class _NumberColumn:
    """A number column ``--renumber`` works on, with the words of its findings."""

    name: str
    code: str
    cleared: str
    shifted: str
    old_column: str
    what: str


_RENUMBERED: Final = (
    _NumberColumn(
        "Kundennummer",
        "customer-number-renumbered",
        "customer-number-cleared",
        "customer-number-offset",
        "renumber-old-column",
        "renumber-what-customer",
    ),
    _NumberColumn(
        "Lieferantennummer",
        "supplier-number-renumbered",
        "supplier-number-cleared",
        "supplier-number-offset",
        "renumber-old-supplier-column",
        "renumber-what-supplier",
    ),
)


def check_offset(renumber: Renumber | None, catalog: Catalog) -> None:
    """Refuse ``--renumber offset:N`` whose N is larger than the highest customer or supplier
    number (the catalog's ranges), either way: it brings no number of an export into a range (the
    hostile round: "z. B. None", a 64-bit wrap, 20-digit numbers in the rejected file)."""
    if renumber is None or renumber.mode != "offset":
        return
    (cmin, cmax), (smin, smax) = catalog.customer_range, catalog.supplier_range
    high = max(cmax, smax)
    if abs(renumber.offset) > high:
        raise ConfigurationError(
            msg(
                "renumber-offset-range",
                offset=renumber.offset,
                high=high,
                cmin=cmin,
                cmax=cmax,
                smin=smin,
                smax=smax,
            )
        )


def renumber_customers(
    frame: pl.DataFrame, renumber: Renumber | None, catalog: Catalog
) -> tuple[pl.DataFrame, list[Issue], Moved]:
    """``--renumber clear`` empties out-of-range Kundennummern and Lieferantennummern; ``offset:N``
    adds N to all of them (each column checked against its own range)."""
    if renumber is None:
        return frame, [], {}
    check_offset(renumber, catalog)
    issues: list[Issue] = []
    moved: Moved = {}
    ranges = {"Kundennummer": catalog.customer_range, "Lieferantennummer": catalog.supplier_range}
    for column in _RENUMBERED:
        if column.name not in frame.columns:
            continue
        if renumber.mode == "clear":
            frame, found, old = _clear_numbers(frame, column, ranges[column.name])
            if old is not None:
                moved[old.name] = old
        else:
            frame, found = _shift_numbers(frame, column, ranges[column.name], renumber.offset)
        issues += found
    return frame, issues, moved


def _clear_numbers(
    frame: pl.DataFrame, column: _NumberColumn, bounds: tuple[int, int]
) -> tuple[pl.DataFrame, list[Issue], pl.Series | None]:
    low, high = bounds
    number = pl.col(column.name)
    valid = number.str.contains(r"^\d{5}$") & number.cast(pl.Int64, strict=False).is_between(low, high)
    hit = frame.select(number.is_not_null() & ~valid.fill_null(False)).to_series()
    if not hit.any():
        return frame, [], None
    old = frame.select(pl.when(hit).then(number).otherwise(None)).to_series().alias(msg(column.old_column))
    issues = [
        finding(column.code, row=r, line=line, column=column.name, value=v, message=column.cleared)
        for r, line, v in frame.filter(hit).select(ROW, LINE, column.name).iter_rows()
    ]
    return frame.with_columns(pl.when(hit).then(None).otherwise(number).alias(column.name)), issues, old


#: The most digits of a number shifted by ``--renumber offset:N``: the sum stays in 64 bits (a
#: longer one is never brought into a five-digit range by an offset :func:`check_offset` allows).
_SHIFTED_DIGITS: Final = 15


def _shift_numbers(
    frame: pl.DataFrame, column: _NumberColumn, bounds: tuple[int, int], offset: int
) -> tuple[pl.DataFrame, list[Issue]]:
    low, high = bounds
    number = pl.col(column.name)
    digits = number.str.strip_chars()
    value = pl.when(digits.str.contains(rf"^\d{{1,{_SHIFTED_DIGITS}}}$")).then(
        digits.cast(pl.Int64, strict=False)
    )
    new = (value + offset).cast(pl.String)
    check = frame.select(ROW, digits.alias("old"), value.alias("value"), new.alias("new")).filter(
        pl.col("old").is_not_null()
    )
    bad = check.filter(~pl.col("new").cast(pl.Int64, strict=False).is_between(low, high).fill_null(False))
    what = msg(column.what)
    if bad.height:
        first = bad.row(0, named=True)
        old = first["old"]
        # a number too long to add in 64 bits is shown exactly; a value that is none, so
        shown = first["new"] or (str(int(old) + offset) if old.isascii() and old.isdigit() else None)
        message = msg(
            "renumber-offset-invalid",
            offset=offset,
            row=first[ROW],
            old=old,
            new=shown if shown is not None else msg("renumber-not-digits"),
            count=bad.height,
            low=low,
            high=high,
            what=msg(
                column.what.replace("renumber-what-", "renumber-invalid-")
                + ("-one" if bad.height == 1 else "")
            ),
        )
        # the offsets that bring every number into the range, when there are any
        unknown, least, most = check.select(
            pl.col("value").null_count().alias("unknown"),
            pl.col("value").min().alias("least"),
            pl.col("value").max().alias("most"),
        ).row(0)
        if not unknown and isinstance(least, int) and isinstance(most, int) and low - least <= high - most:
            message += " " + msg("renumber-offset-fits", first=low - least, last=high - most)
        raise ConfigurationError(message)
    dupes = check.filter(pl.col("new").is_duplicated())
    if dupes.height:
        first = dupes.row(0, named=True)
        raise ConfigurationError(
            msg("renumber-offset-duplicate", offset=offset, new=first["new"], count=dupes.height, what=what)
        )
    issues = [
        finding(
            column.code,
            row=r,
            line=line,
            column=column.name,
            value=old,
            fixed_value=str(int(old) + offset),
            message=column.shifted,
            new=str(int(old) + offset),
        )
        for r, line, old in frame.filter(number.is_not_null()).select(ROW, LINE, digits).iter_rows()
    ]
    return frame.with_columns(
        pl.when(number.is_not_null()).then(new).otherwise(None).alias(column.name)
    ), issues


def stated_roles(intake: Intake, columns: list[ColumnMapping]) -> pl.Series | None:
    """Each row's role as the file's category column or its role flags state it ("customers",
    "suppliers", "both"; null where they state none), in row order; None without such columns
    (:func:`importer.evidence.role_column`, :func:`importer.evidence.role_flags`)."""
    flags = {column.extra[FLAGS_ROLE]: column.source for column in columns if FLAGS_ROLE in column.extra}
    flagged = _flagged_roles(intake.table.frame, flags) if flags else None
    for column in columns:
        if column.extra.get(STATES_ROLE) and FLAGS_ROLE not in column.extra:
            cells = intake.table.frame.get_column(column.source).str.strip_chars()
            named = role_words(cells, column.source, tags=tags_header(column.source)).alias(_STATED)
            if flagged is None:
                return named
            # a set flag and the column of roles together: "K" and "Lieferant? x" is both
            said = pl.DataFrame([flagged.alias("f"), named.alias("n")]).select(
                pl.when(pl.col("f").is_null() | (pl.col("f") == pl.col("n")))
                .then(pl.coalesce("n", "f"))
                .when(pl.col("n").is_null())
                .then(pl.col("f"))
                .otherwise(pl.lit("both"))
                .alias(_STATED)
            )
            return said.to_series()
    return flagged


def _flagged_roles(frame: pl.DataFrame, flags: dict[str, str]) -> pl.Series:
    """Each row's role as its flag columns (role -> source) state it: a set flag (a rank column's
    count above 0) names its role, both set "both"; null where none is set (the row's numbers
    decide)."""
    unset = pl.lit(None, dtype=pl.Boolean)
    customer, supplier = (
        role_states(frame.get_column(flags[role]), flags[role], role) if role in flags else unset
        for role in ("customers", "suppliers")
    )
    said = pl.select(
        pl.when(customer & supplier)
        .then(pl.lit("both"))
        .when(customer)
        .then(pl.lit("customers"))
        .when(supplier)
        .then(pl.lit("suppliers"))
        .otherwise(pl.lit(None, dtype=pl.String))
        .alias(_STATED)
    )
    return said.to_series()


def assign_roles(
    frame: pl.DataFrame, kind: Kind, default: str = "customers", stated: pl.Series | None = None
) -> pl.DataFrame:
    """Flag each row as customer and/or supplier (``--kind auto``: by the role ``stated`` for the
    row by a category column, else by the number columns; a row with neither number takes the
    role ``default``, see :func:`default_role`)."""
    if kind is Kind.AUTO and stated is not None:
        flagged = assign_roles(frame, kind, default).with_columns(stated.alias(_STATED))
        said = pl.col(_STATED)
        customer = (
            pl.when(said.is_null()).then(pl.col(_IS_CUSTOMER)).otherwise(said.is_in(["customers", "both"]))
        )
        supplier = (
            pl.when(said.is_null()).then(pl.col(_IS_SUPPLIER)).otherwise(said.is_in(["suppliers", "both"]))
        )
        return flagged.with_columns(customer.alias(_IS_CUSTOMER), supplier.alias(_IS_SUPPLIER)).drop(_STATED)
    if kind is Kind.CUSTOMERS:
        return frame.with_columns(pl.lit(True).alias(_IS_CUSTOMER), pl.lit(False).alias(_IS_SUPPLIER))
    if kind is Kind.SUPPLIERS:
        return frame.with_columns(pl.lit(False).alias(_IS_CUSTOMER), pl.lit(True).alias(_IS_SUPPLIER))
    has_customer = pl.col("Kundennummer").is_not_null()
    has_supplier = pl.col("Lieferantennummer").is_not_null()
    if ACCOUNT_ROLE in frame.columns:
        # a DATEV account too long to be the number, or a number column's placeholder ("NEU"),
        # still says the role
        has_supplier = has_supplier | pl.col(ACCOUNT_ROLE).is_in(["suppliers", "both"]).fill_null(False)
        has_customer = has_customer | pl.col(ACCOUNT_ROLE).is_in(["customers", "both"]).fill_null(False)
    if default == "suppliers":
        return frame.with_columns(
            has_customer.alias(_IS_CUSTOMER), (has_supplier | ~has_customer).alias(_IS_SUPPLIER)
        )
    return frame.with_columns(
        (has_customer | ~has_supplier).alias(_IS_CUSTOMER), has_supplier.alias(_IS_SUPPLIER)
    )


def _in_column(target: str, rows: frozenset[int]) -> Callable[[ColumnMapping], frozenset[int]]:
    """For :func:`_moved`: ``rows`` of the source column mapped to ``target`` itself (not merged)."""
    return lambda column: rows if column.target == target and column.merge is None else frozenset()


def numbers_of_the_other_role(
    frame: pl.DataFrame, intake: Intake, columns: list[ColumnMapping], catalog: Catalog
) -> tuple[pl.DataFrame, list[Issue], Moved, MovedCells]:
    """A row its category makes a supplier only keeps no Kundennummer, a customer only no
    Lieferantennummer (sevDesk numbers every contact in "Kunden-Nr."): the number leaves the
    upload for the unmapped file, with a warning (``number-of-other-role``). A number within
    the range of the row's own role, whose own number is empty, is that number instead
    (``number-to-own-role``: a CRM's one "Account Number" numbers its suppliers 70010 …; the
    eleventh real-layout round found Zoho CRM's supplier numbers set aside, lexoffice to number
    them anew)."""
    issues: list[Issue] = []
    moved: Moved = {}
    cells: MovedCells = {}
    for number, own, role, mine, (low, high) in (
        (
            "Kundennummer",
            _IS_SUPPLIER,
            "issue-number-of-other-role-supplier",
            "Lieferantennummer",
            catalog.supplier_range,
        ),
        (
            "Lieferantennummer",
            _IS_CUSTOMER,
            "issue-number-of-other-role-customer",
            "Kundennummer",
            catalog.customer_range,
        ),
    ):
        if number not in frame.columns:
            continue
        other = _IS_CUSTOMER if own == _IS_SUPPLIER else _IS_SUPPLIER
        hit = pl.col(own) & ~pl.col(other) & pl.col(number).is_not_null()
        # only a number column whose header names no role: "Lief.-Nr." in a customer list is the
        # number the customer gives us (the hostile re-test), no customer number
        sources = [c.source for c in columns if c.target == number]
        if mine in frame.columns and sources and not any(_ROLE_NAMED.search(s) for s in sources):
            value = pl.col(number).str.strip_chars()
            fits = (hit & pl.col(mine).is_null() & in_number_range(value, low, high)).fill_null(False)
            turned = frame.filter(fits).select(ROW, LINE, number)
            issues += [
                finding(
                    "number-to-own-role",
                    row=r,
                    line=line,
                    column=mine,
                    value=v,
                    fixed_value=v.strip(),
                    number=next((c.source for c in columns if c.target == number), number),
                    role_word=msg(
                        "role-word-supplier" if mine == "Lieferantennummer" else "role-word-customer"
                    ),
                )
                for r, line, v in turned.iter_rows()
            ]
            frame = frame.with_columns(
                pl.when(fits).then(value).otherwise(pl.col(mine)).alias(mine),
                pl.when(fits).then(None).otherwise(pl.col(number)).alias(number),
            )
            hit = hit & pl.col(number).is_not_null()
        found = frame.filter(hit).select(ROW, LINE, number)
        if not found.height:
            continue
        rows = frozenset(found.get_column(ROW).to_list())
        issues += [
            finding("number-of-other-role", row=r, line=line, column=number, value=v, message=role)
            for r, line, v in found.iter_rows()
        ]

        aside, aside_cells = _moved(intake, columns, _in_column(number, rows), "other-role-number-column")
        moved.update(aside)
        cells.update(aside_cells)
        frame = frame.with_columns(pl.when(hit).then(None).otherwise(pl.col(number)).alias(number))
    return frame, issues, moved, cells


def default_role(
    intake: Intake, columns: list[ColumnMapping], *, by_name: bool = True
) -> tuple[str, str | None]:
    """The role of a row without a customer or supplier number under ``--kind auto``, and the
    name that decided it (None: the columns did, or nothing did).

    A file with a Lieferantennummer column (lexoffice's own, or another's with a value in it) and
    no Kundennummer column (nor a DATEV account) is a supplier list: its rows without a number
    are suppliers too (lexoffice assigns the number).
    A file with neither column is a supplier list when its name, or its sheet's, says so
    ("Lieferanten.csv", "vendors.xlsx") and does not name customers as well (``by_name``; a
    correction round's file is named for its set, and the original's role is taken over by
    :func:`importer.rounds.take_settings`); otherwise customers, as before.
    """
    targets = {c.target for c in columns if c.target is not None and c.destination != "unmapped"}
    customer_column = "Kundennummer" in targets or any(c.merge == "account-number" for c in columns)
    # another system's empty one says nothing: Fakturama exports "supplier_nr" in every contact
    # list (the thirty-third session's real exports: a customer list was written as suppliers);
    # lexoffice's own column left empty for lexoffice to number does (its supplier template)
    supplier_column = any(
        c.target == "Lieferantennummer"
        and c.destination != "unmapped"
        and (c.non_empty or c.method in ("exact", "normalized"))
        for c in columns
    )
    if supplier_column and not customer_column:
        return "suppliers", None
    if customer_column or supplier_column:
        return "customers", None
    # the name column its values found, headed "Lieferant" or "Vendor" (evidence.record_name_column)
    for column in columns:
        named_by = column.method == "values" and column.target in ("Firmenname", "Nachname")
        if named_by and flag_role(column.source) == "suppliers":
            return "suppliers", column.source
    named = supplier_name(intake) if by_name else None
    return ("suppliers", named) if named is not None else ("customers", None)


#: What makes two rows one contact: the same names, e-mail address and address (compared without
#: case and outer spaces). Rows whose customer or supplier number is a duplicate are reported by
#: that rule already.
CONTACT_KEY: Final = ("Firmenname", "Vorname", "Nachname", "E-Mail 1", "Straße 1", "PLZ 1", "Ort 1")
_NAME_COLUMNS: Final = ("Firmenname", "Nachname")


def duplicate_contact_issues(frame: pl.DataFrame) -> IssueList:
    """``contact-duplicate``: a row that repeats an earlier row's contact (a shop's order export
    lists a customer once per order); lexoffice would create the contact twice."""
    key_columns = [c for c in CONTACT_KEY if c in frame.columns]
    names = [c for c in _NAME_COLUMNS if c in frame.columns]
    if not names:
        return IssueList.empty()
    # the later occurrences only: the first is uploaded, and may repeat another row's contact
    repeated_number = _repeated_number(frame)
    key = pl.concat_str(
        [pl.col(c).str.strip_chars().str.to_lowercase().fill_null("") for c in key_columns], separator="\x1f"
    )
    candidates = frame.lazy().filter(
        pl.any_horizontal(pl.col(c).is_not_null() for c in names) & ~repeated_number
    )
    person = pl.concat_str(
        [pl.col(c) for c in ("Vorname", "Nachname") if c in frame.columns], separator=" ", ignore_nulls=True
    )
    company = pl.col(names[0]) if names[0] == "Firmenname" else pl.lit(None, dtype=pl.String)
    column = pl.when(company.is_not_null()).then(pl.lit("Firmenname")).otherwise(pl.lit(names[-1]))
    table = (
        candidates.select(
            ROW,
            LINE,
            pl.coalesce(company, person).alias("value"),
            column.alias("column"),
            key.alias("key"),
            _compared(frame).alias("same"),
        )
        .with_columns(pl.col(ROW).min().over("key").alias("first"))
        .filter(pl.col(ROW) != pl.col("first"))
    )
    return _naming_the_first(table, "contact-duplicate", same=pl.col("same"))


def _compared(frame: pl.DataFrame) -> pl.Expr:
    """What ``contact-duplicate`` compared on a row, as far as the row has it: its name (only the
    last name where it has no first name nor company), its e-mail address, its address. The
    finding said "gleichem Namen und gleicher E-Mail-Adresse" of two rows whose first names and
    e-mail addresses differed in columns that were not uploaded (the 40th session's real-export
    round)."""

    def given(names: Sequence[str]) -> pl.Expr:
        present = [pl.col(c).is_not_null() for c in names if c in frame.columns]
        return pl.any_horizontal(present) if present else pl.lit(False)

    whole = given(("Firmenname", "Vorname"))
    email = given(("E-Mail 1",))
    address = given(_ADDRESS_KEY)
    return pl.concat_str(
        [
            pl.when(whole)
            .then(pl.lit(msg("issue-contact-duplicate-name")))
            .otherwise(pl.lit(msg("issue-contact-duplicate-surname"))),
            pl.when(email).then(pl.lit(msg("issue-contact-duplicate-email"))).otherwise(pl.lit("")),
            pl.when(address).then(pl.lit(msg("issue-contact-duplicate-address"))).otherwise(pl.lit("")),
            pl.when(~email & ~address)
            .then(pl.lit(msg("issue-contact-duplicate-bare")))
            .otherwise(pl.lit("")),
        ]
    )


def _repeated_number(frame: pl.DataFrame) -> pl.Expr:
    """The later occurrences of a repeated customer or supplier number (the first is uploaded)."""
    numbers = [c for c in _NUMBER_COLUMNS if c in frame.columns]
    return pl.any_horizontal(
        [
            pl.col(c).is_not_null() & pl.col(c).is_duplicated() & ~pl.col(c).is_first_distinct()
            for c in numbers
        ]
        or [pl.lit(False)]
    )


def _naming_the_first(rows: pl.LazyFrame, code: str, **fields: pl.Expr) -> IssueList:
    """Findings ``code`` on ``rows`` (``column``, ``value``, ``first``: the earlier row they repeat),
    worded by the message ``issue-<code>`` (with ``fields``: further expressions it names)."""
    table = rows.select(
        ROW,
        LINE,
        "column",
        "value",
        pl.lit(code).alias("code"),
        message_expr(f"issue-{code}", value=pl.col("value"), first=pl.col("first"), **fields).alias(
            "message"
        ),
        pl.lit(None, dtype=pl.String).alias("fixed_value"),
    ).collect()
    return issues_from_frame(table) if table.height else IssueList.empty()


#: A company's address: a row repeating a company with none of it, or the same, is the same company.
_ADDRESS_KEY: Final = ("Straße 1", "PLZ 1", "Ort 1")


def repeated_company_issues(frame: pl.DataFrame, duplicates: IssueList) -> IssueList:
    """``company-repeated``: a row whose Firmenname an earlier row of the same role has, at the
    same address or without one, that is no ``contact-duplicate`` (its names, e-mail or address
    differ): an address book's one contact per employee (Outlook, sevDesk's persons of an
    organisation). lexoffice would create the company once per row."""
    if "Firmenname" not in frame.columns:
        return IssueList.empty()
    address = [c for c in _ADDRESS_KEY if c in frame.columns]
    lowered = [pl.col(c).str.strip_chars().str.to_lowercase().fill_null("") for c in address]
    company = pl.col("Firmenname").str.strip_chars().str.to_lowercase().str.replace_all(r"\s+", " ")
    roles = [flag for flag in ROLE_FLAGS.values() if flag in frame.columns]
    # Not again where a row repeats the whole contact or an earlier row's number (rejected).
    flagged = pl.concat(
        [
            duplicates.frame.get_column("row"),
            frame.filter(_repeated_number(frame)).get_column(ROW).alias("row"),
        ]
    )
    with_address = pl.concat_str(lowered, separator="\x1f") if address else pl.lit("")
    no_address = pl.all_horizontal(pl.col(c).is_null() for c in address) if address else pl.lit(True)
    table = (
        frame.lazy()
        .filter(pl.col("Firmenname").is_not_null())
        .select(
            ROW,
            LINE,
            pl.col("Firmenname").alias("value"),
            company.alias("company"),
            *roles,
            with_address.alias("address"),
            no_address.alias("bare"),
        )
        .with_columns(
            pl.col(ROW).min().over("company", *roles).alias("first"),
        )
        .with_columns(
            pl.col("address")
            .filter(pl.col(ROW) == pl.col("first"))
            .first()
            .over("first")
            .alias("first_address"),
            pl.col("bare").filter(pl.col(ROW) == pl.col("first")).first().over("first").alias("first_bare"),
        )
        .filter(
            (pl.col(ROW) != pl.col("first"))
            & ~pl.col(ROW).is_in(flagged.implode())
            & (pl.col("bare") | pl.col("first_bare") | (pl.col("address") == pl.col("first_address")))
        )
        .with_columns(pl.lit("Firmenname").alias("column"))
    )
    return _naming_the_first(table, "company-repeated")


#: A row repeats the header row when at least this share of its filled cells (and two at least)
#: are headers of the file.
HEADER_AGAIN_SHARE: Final = 0.6
#: The columns whose cell names the contact: in a repeated header row it is a header too.
_NAME_TARGETS: Final = frozenset({"Firmenname", "Nachname", "Vorname"})


def repeated_header_rows(intake: Intake, columns: list[ColumnMapping]) -> list[Issue]:
    """``header-row-repeated``: a row whose cells are mostly the file's headers (exports joined
    into one file, `copy a.csv+b.csv`, even with columns in another order; SAP's Data Transfer
    Workbench template with its second header row of field names, which the fifth real-layout
    round found rejected with messages such as "„Country“ is no country code"). At least two
    cells and :data:`HEADER_AGAIN_SHARE` of the filled ones are headers (compared ignoring case
    and spaces), and so is every filled cell of a name column: "Meier GmbH;Kunde;Lieferant" under
    "Firma;Kunde;Lieferant" is a contact whose flags repeat their headers (the hostile re-test).
    A header of the vocabulary counts too (a column name of lexoffice's or a synonym of one): the
    25th hostile round found an English header row's German second line ("Kundennummer;Firma;
    …") rejected with "„Kundennummer“ is no valid customer number", "„Land“ is no country code".
    Rejected with one finding and not validated: the rejected file keeps its cells."""
    table = intake.table
    headers = [h for h in table.original_headers if h.strip()]
    if len(headers) < 2 or table.frame.height == 0:
        return []
    spellings, keys = _header_vocabulary()
    # lower(), as polars does it: "Straße" stays "straße"
    names = {h.strip().lower() for h in headers} | spellings
    keys = keys | {normalize(h).key for h in headers}
    sources = table.columns
    # Cheap first: rows whose first two headed columns hold headers as they are spelled (or one is
    # empty; a header line holds one in every such column: "Firma" as a row's Anrede is no such
    # row); the precise test, on the few rows left, compares every cell as the mapping compares
    # headers (case, spaces, punctuation ignored).
    headed = [c for c, h in zip(sources, table.original_headers, strict=False) if h.strip()][:2]
    known = sorted(names)
    spelled = [pl.col(c).str.strip_chars().str.to_lowercase().is_in(known) for c in headed]
    exact = pl.any_horizontal([s.fill_null(False) for s in spelled]) & pl.all_horizontal(
        [s.fill_null(True) for s in spelled]
    )
    frame = table.frame.filter(exact)
    if frame.height == 0:
        return []
    name_sources = {
        c.source
        for c in columns
        if c.source in sources and (c.target in _NAME_TARGETS or c.merge == "person-name")
    }
    found = []
    for record in frame.select(ROW, LINE, *sources).iter_rows(named=True):
        given = {c: str(record[c]).strip() for c in sources if str(record[c] or "").strip()}
        cells = [c for c, text in given.items() if text.lower() in names or normalize(text).key in keys]
        same = set(cells)
        if len(same) < 2 or len(same) < HEADER_AGAIN_SHARE * len(given):
            continue
        if any(c not in same for c in name_sources if c in given):
            continue
        shown = ", ".join(f"„{given[c]}“" for c in cells[:3])
        found.append(
            finding("header-row-repeated", row=record[ROW], line=record[LINE], value=shown, cells=shown)
        )
    return found


def section_title_rows(
    intake: Intake, columns: list[ColumnMapping], headers_again: Sequence[Issue], taken: Sequence[Issue]
) -> list[Issue]:
    """``heading-row``: a row whose only filled cell names a group of the rows below it, in a file
    whose header is repeated: directly above a repeated header row (``headers_again``) or directly
    below a header. A monday.com board's export has each group's title above the group's own
    header row: "Ehemalige Kunden" was uploaded as a private person (the real-layout round of
    board exports).

    A title names a group ("Kunden", "Leads": :data:`_GROUP_WORD`), or stands above a repeated
    header in a file of groups: the header itself has such a title above it (the last line of
    the preamble, one cell), or two such rows at least stand above repeated headers. Else the
    last contact of an export before another export's header, a name alone ("Peter Fuchs;;"),
    stays a contact (the hostile round: rejected as a title), as does a name alone below a
    header. Never a name with a legal form or a business's word, a cell without a letter or with an
    e-mail address, or a row ``taken`` already (a summary or heading line)."""
    table = intake.table
    frame = table.frame
    sources = [c for c in table.columns if c in frame.columns]
    if len(sources) < 2 or frame.height < 2 or not headers_again:
        return []
    again = [i.row for i in headers_again]
    done = {i.row for i in taken} | set(again)
    count = pl.sum_horizontal([filled(s).fill_null(False) for s in sources])
    rows = frame.select(ROW, LINE, count.alias("count")).filter(pl.col("count") > 0)
    rows = rows.with_columns(
        pl.col(ROW).shift(-1).is_in(again).fill_null(False).alias("above"),
        (pl.col(ROW).shift(1).is_in(again).fill_null(False) | pl.col(ROW).shift(1).is_null()).alias("below"),
    )
    wanted = rows.filter(
        (pl.col("count") == 1) & (pl.col("above") | pl.col("below")) & ~pl.col(ROW).is_in(list(done))
    )
    if not wanted.height:
        return []
    above = set(wanted.filter("above")[ROW].to_list())
    grouped = len(above) >= 2 or bool(above and _titled_header(intake))
    targets = {c.source: c.target for c in columns if c.target and c.destination == "upload" and not c.merge}
    found = []
    cells = frame.filter(pl.col(ROW).is_in(wanted[ROW].implode())).select(ROW, LINE, *sources)
    for record in cells.iter_rows(named=True):
        source, text = next((s, str(record[s]).strip()) for s in sources if str(record[s] or "").strip())
        if "@" in text or not re.search(r"[^\W\d_]", text) or company_evidence(text) is not None:
            continue
        if not (_GROUP_WORD.search(text) or (grouped and record[ROW] in above)):
            continue
        found.append(
            finding(
                "heading-row",
                row=record[ROW],
                line=record[LINE],
                column=targets.get(source),
                value=text,
                message="issue-heading-row-placed",
            )
        )
    return found


#: A word that names a group of contacts, not a contact ("Ehemalige Kunden", "Neue Leads").
_GROUP_WORD: Final = re.compile(
    r"(?i)(?:^|[\s\-])(?:\w*kunden|\w*lieferanten|kontakte|leads|interessenten|gruppe|archiv|customers"
    r"|suppliers|vendors|contacts|clients|prospects)(?:$|[\s:,.\-])"
)


def _titled_header(intake: Intake) -> bool:
    """Whether the line right above the header is a title of one cell (the preamble's last line:
    a board's first group), as the groups below have theirs above their repeated headers."""
    preamble = intake.preamble
    if preamble is None or not preamble.texts:
        return False
    cells = [c for c in re.split(r"[;,\t|]", preamble.texts[-1]) if c.strip(" \"'")]
    return len(cells) == 1


@functools.cache
def _header_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The headers the mapping knows (every synonym, weak synonym and merge header of
    ``reference/synonyms.toml``, and the lexoffice column names that list synonyms): as spelled
    (lower case) and as compared (:func:`importer.vocabulary.normalize`)."""
    synonyms = load_synonyms()
    tables = (synonyms.synonyms, synonyms.weak, synonyms.merge)
    words = {word for table in tables for spellings in table.values() for word in spellings}
    words |= set(synonyms.synonyms) | set(synonyms.weak)
    return frozenset(w.strip().lower() for w in words), frozenset(normalize(w).key for w in words)


def summary_row_issues(intake: Intake, columns: list[ColumnMapping]) -> list[Issue]:
    """``summary-row``: a row whose only filled cell, in an uploaded column, is a list's summary or
    footer ("Gesamt: 2 Kunden", "Anzahl Kunden: 14"; :data:`importer.validate.FOOTER_LINE`);
    ``heading-row`` and ``footnote-row`` alike (:data:`importer.validate.FOOTNOTE_LINE`)
    and no business's name (a legal form or a business's word). Found by the second re-test:
    "Gesamt: 2 Kunden" in the name column was uploaded as a company. Rejected: the rejected file
    shows it, should it be a contact after all. (Such a line in a column that is not uploaded
    leaves a row without a name, whose finding names the summary.)"""
    frame = intake.table.frame
    sources = [c.source for c in columns if c.source in frame.columns]
    # A merged column too: a whole-name column's footer became a private person "Summe: 9 Kunden"
    # (the hostile session on hand-made sheets).
    uploaded = {
        c.source: c.target
        for c in columns
        if (c.destination == "upload" or c.merge is not None) and c.target and c.source in sources
    }
    if not uploaded:
        return []
    # A workbook's merged cell filled into the rows it covers is no value of the row here: a note
    # merged over the last contact and the totals row made "Summe" no label alone (the hostile
    # re-test of the merged cells).
    spread: dict[str, list[int]] = {}
    for issue in intake.table.issues:
        if issue.code == "merged-cell-filled" and issue.column in sources:
            spread.setdefault(issue.column, []).append(issue.row)
    if spread:
        frame = frame.with_columns(
            pl.when(pl.col(ROW).is_in(rows)).then(None).otherwise(pl.col(s)).alias(s)
            for s, rows in spread.items()
        )
    # Rows with at most two cells that are not empty first (cheap; a row of blank cells beside
    # the line is not looked at), then the precise tests on those few: the footer alone, or its
    # label and its count in two cells ("Anzahl Kunden:" and "2", as Excel lists end; the hostile
    # re-test found that uploaded as a company with the first name "2").
    few = pl.sum_horizontal([pl.col(s).str.len_bytes() > 0 for s in sources]) <= 2
    # The usual list has no such row: then no pattern runs at all (polars compiles a pattern
    # for each column it runs on, even on no rows: 20 ms of a 2 MB file's check).
    short = frame.filter(few.fill_null(True))
    if not short.height:
        return []
    count = pl.sum_horizontal([filled(s) for s in sources])
    # a sum as a spreadsheet's number writes it too ("22150.5": the hostile round on hand-made sheets)
    numbers = pl.sum_horizontal(
        [
            pl.col(s).str.contains(rf"^\s*(?:-?\d+(?:[.,]\d+)?|{FOOTER_AMOUNT})\s*$").fill_null(False)
            for s in sources
        ]
    )
    # a sum Excel has not calculated ("=SUMME(N4:N7)" in a file saved without values) counts too
    numbers = numbers + pl.sum_horizontal(
        [pl.col(s).str.contains(r"^\s*=\s*[A-Za-zÄÖÜäöü.]+\(").fill_null(False) for s in sources]
    )
    labelled = pl.any_horizontal([pl.col(s).str.contains(FOOTER_LABEL).fill_null(False) for s in uploaded])
    summary = pl.any_horizontal([pl.col(s).str.contains(FOOTER_LINE).fill_null(False) for s in uploaded])
    # a list of names alone has rows of one cell throughout: no heading is told from a name there
    heading = (
        pl.any_horizontal([pl.col(s).str.contains(HEADING_LINE).fill_null(False) for s in uploaded])
        if len(sources) > 1
        else pl.lit(False)
    )
    footnote = pl.any_horizontal([pl.col(s).str.contains(FOOTNOTE_LINE).fill_null(False) for s in uploaded])
    found: list[Issue] = []
    # A label alone ("Summe", "Gesamt:") below a list's last contact (only totals, counts or
    # sums after it): its totals row, the sums in columns the list did not fill (the hostile round
    # on Excel's files: uploaded as a customer). Not a company "Total" with contacts below it.
    footer_like = (
        (count == 1) & (summary | labelled) | (count == 2) & (numbers == 1) & labelled | (count == numbers)
    )
    candidates = (count == 1) & (summary | heading | labelled | footnote) | (count == 2) & (
        numbers == 1
    ) & labelled
    lines = short.filter(candidates)
    # a label alone counts only below the list's last contact: looked for where such a line is
    label_only = (count == 1) & labelled & ~summary & ~heading & ~footnote
    if lines.select(label_only.any()).item():
        at_end = pl.col(ROW) > _last_contact(frame.filter(count > 0), footer_like)
        lines = lines.filter(~label_only | at_end)
    lines = lines.select(ROW, LINE, *sources)
    for record in lines.iter_rows(named=True):
        cells = [(record[s] or "").strip() for s in sources if (record[s] or "").strip()]
        whole = " ".join(cells)
        if re.search(FOOTER_LINE, whole) or any(re.search(FOOTER_LABEL, c) for c in cells):
            code = "summary-row"
        elif len(cells) == 1 and len(sources) > 1 and re.search(HEADING_LINE, whole):
            code = "heading-row"
        elif len(cells) == 1 and re.search(FOOTNOTE_LINE, whole):
            code = "footnote-row"
        else:
            continue
        for source, target in uploaded.items():
            text = (record[source] or "").strip()
            if text and company_evidence(text) is None:
                found.append(finding(code, row=record[ROW], line=record[LINE], column=target, value=whole))
                break
    return found


def footnote_markers(
    frame: pl.DataFrame, intake: Intake, columns: list[ColumnMapping], lines: Sequence[Issue]
) -> tuple[pl.DataFrame, list[Issue], tuple[Moved, MovedCells]]:
    """Names ending with the marker a footnote row of the list explains ("Schulte*", "Fa. Elektro
    Schneider OHG*" above "* = zahlt bar") lose it (``footnote-marker-removed``); the input's cell
    goes whole to the unmapped file, beside a column with the footnote's meaning for those rows.
    Found by the 40th real-export round: the marks were uploaded as part of the names."""
    notes: dict[str, tuple[str, str]] = {}  # marker → (meaning, the footnote's text)
    for line in lines:
        said = re.match(FOOTNOTE_MEANING, line.value or "") if line.code == "footnote-row" else None
        if said is not None:
            notes.setdefault(said["marker"], (said["meaning"], (line.value or "").strip()))
    names = [c for c in frame.columns if "name" in c.lower() and frame.schema[c] == pl.String]
    if not notes or not names:
        return frame, [], ({}, {})
    skip = {i.row for i in lines}
    found: list[Issue] = []
    meanings: dict[int, str] = {}
    updates: dict[str, pl.Expr] = {}
    # the longest marker first: "Müller**" is marked "**", not "*"
    for marker in sorted(notes, key=len, reverse=True):
        meaning, text = notes[marker]
        pattern = rf"^(.*[^\s{re.escape(marker[0])}])\s*{re.escape(marker)}$"
        for name in names:
            cell = updates.get(name, pl.col(name))
            hits = frame.select(
                ROW, LINE, cell.alias("v"), cell.str.extract(pattern, 1).alias("kept")
            ).filter(pl.col("kept").is_not_null() & ~pl.col(ROW).is_in(list(skip)))
            for row, line, value, kept in hits.iter_rows():
                if row in meanings and meanings[row] != meaning:
                    meanings[row] += f"; {meaning}"
                meanings.setdefault(row, meaning)
                found.append(
                    finding(
                        "footnote-marker-removed",
                        row=row,
                        line=line,
                        column=name,
                        value=value,
                        fixed_value=kept,
                        marker=marker,
                        note=text,
                    )
                )
            if hits.height:
                stripped = cell.str.extract(pattern, 1)
                updates[name] = (
                    pl.when(stripped.is_not_null() & ~pl.col(ROW).is_in(list(skip)))
                    .then(stripped)
                    .otherwise(cell)
                )
    if not found:
        return frame, [], ({}, {})
    frame = frame.with_columns(**updates)
    # the input's cells that end with a marker, on the rows marked: whole in the unmapped file (a
    # name column split into Vorname and Nachname too)
    source = intake.table.frame
    marked = frozenset(meanings)
    ends = "|".join(re.escape(m) for m in notes)
    moved, cells = _moved(
        intake,
        [c for c in columns if c.source in source.columns and (c.destination == "upload" or c.merge)],
        lambda c: frozenset(
            source.filter(
                pl.col(ROW).is_in(list(marked))
                & pl.col(c.source).str.contains(rf"(?:{ends})\s*$").fill_null(False)
            )
            .get_column(ROW)
            .to_list()
        ),
        "footnote-marker-column",
    )
    rows = source.get_column(ROW)
    moved[msg("footnote-meaning-column")] = rows.replace_strict(
        meanings, default=None, return_dtype=pl.String
    ).rename("")
    return frame, found, (moved, cells)


def _last_contact(filled_rows: pl.DataFrame, footer_like: pl.Expr, block: int = 64) -> int:
    """The row number of the last of ``filled_rows`` (rows with a value, in the file's order) that
    is no footer line (0 when none is): looked for from the end, ``block`` rows at a time, so that
    the footer patterns run on the list's last rows, not on every row of it."""
    end = filled_rows.height
    while end > 0:
        start = max(end - block, 0)
        rows = filled_rows.slice(start, end - start).filter(~footer_like.fill_null(False)).get_column(ROW)
        if rows.len():
            return int(rows.max())  # type: ignore[arg-type]
        end = start
    return 0


def inactive_issues(intake: Intake, columns: list[ColumnMapping], *, reject: bool = False) -> IssueList:
    """``contact-inactive`` (a warning; the row is uploaded) or, with ``--inactive reject``,
    ``contact-inactive-set-aside`` (the row is rejected): rows a column of the input marks as out
    of use ("Inaktiv" 1, "Aktiv" Nein, "Status" Archiviert; :func:`importer.evidence.status_columns`).
    One finding a row, naming the first column that says so. Found by the third real-layout
    round: Faktura's and Collmex's inactive customers were uploaded as active contacts silently."""
    frame = intake.table.frame
    code = "contact-inactive-set-aside" if reject else "contact-inactive"
    parts: list[pl.DataFrame] = []
    for column in columns:
        read = status_reading(column.source) if column.extra.get(STATES_STATUS) else None
        if read is None or column.source not in frame.columns:
            continue
        cells = frame.get_column(column.source).str.strip_chars()
        parts.append(
            frame.select(ROW, LINE, pl.lit(column.source).alias("column"), cells.alias("value")).filter(
                inactive_of(cells, read)
            )
        )
    if not parts:
        return IssueList.empty()
    table = pl.concat(parts).unique(ROW, keep="first", maintain_order=True).sort(ROW)
    if not table.height:
        return IssueList.empty()
    fields = {"source": pl.col("column"), "value": pl.col("value")}
    return issues_from_frame(
        table.with_columns(
            pl.lit(code).alias("code"),
            message_expr(f"issue-{code}", **fields).alias("message"),
            pl.lit(None, dtype=pl.String).alias("fixed_value"),
        )
    )


def role_undecided_issues(
    intake: Intake, columns: list[ColumnMapping], stated: pl.Series, frame: pl.DataFrame
) -> list[Issue]:
    """``role-undecided``: a row whose cell in the file's category column names no role
    ("Interessent", "Partner", a CRM's "Investor"): its numbers or the file's default decided, and
    the finding says which file it went to (the tenth real-layout round: an investor uploaded as
    a customer, exit 0)."""
    column = next((c for c in columns if c.extra.get(STATES_ROLE) and FLAGS_ROLE not in c.extra), None)
    if column is None:
        return []
    cell = pl.col(column.source).str.strip_chars()
    undecided = (
        intake.table.frame.select(ROW, cell.alias("cell"))
        .with_columns(stated.alias(_STATED))
        .filter((pl.col("cell").str.len_chars() > 0) & pl.col(_STATED).is_null())
        .join(frame.select(ROW, LINE, _IS_CUSTOMER, _IS_SUPPLIER), on=ROW)
        .sort(ROW)
    )
    return [
        finding(
            "role-undecided",
            row=r,
            line=line,
            column=column.source,
            value=value,
            files=msg(
                "role-undecided-both"
                if c and s
                else "role-undecided-suppliers"
                if s
                else "role-undecided-customers"
            ),
        )
        for r, value, line, c, s in undecided.select(
            ROW, "cell", LINE, _IS_CUSTOMER, _IS_SUPPLIER
        ).iter_rows()
    ]


def role_both_issues(frame: pl.DataFrame) -> list[Issue]:
    """``role-both``: a row with both numbers goes to both files; lexoffice creates two contacts."""
    both = frame.filter(pl.col(_IS_CUSTOMER) & pl.col(_IS_SUPPLIER))
    return [
        finding(
            "role-both",
            row=r,
            line=line,
            column="Lieferantennummer",
            value=None if k is None and s is None else f"{k or ''} / {s or ''}",
            # without numbers the file's category column said both ("Kunde und Lieferant")
            message="role-both" if k is not None and s is not None else "role-both-stated",
            customer=k,
            supplier=s,
        )
        for r, line, k, s in both.select(ROW, LINE, "Kundennummer", "Lieferantennummer").iter_rows()
    ]
