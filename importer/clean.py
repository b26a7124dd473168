"""Cleaning: safe, mechanical fixes of the mapped rows, each logged as a FIX issue.

:func:`clean` takes the working frame the pipeline builds after header mapping (one
``pl.String`` column per catalog column, raw values, plus ``__row__``/``__line__`` and the
optional ``__merge_*`` inputs) and returns the catalog columns with the fixes applied.

Steps, in order: mojibake repair, control characters, whitespace, Excel's text marker (the
apostrophe of ``'01067``), merge inputs (house number, "PLZ Ort", a whole name as the row's
company or person, one-cell contact person), "12345 Berlin" inside PLZ n or Ort n, two e-mail
addresses in E-Mail 1, country names → ISO codes, lost leading zero of German postcodes, salutations,
DATEV's VAT id country before the number, VAT ids in their compact form (python-stdnum), and
with ``--phone-format`` valid phone numbers in E.164 or the national form (phonenumbers).
All steps are polars expressions; Python runs only on the unique values of a few
candidate cells (mojibake, countries, salutations, whole and contact-person names).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

import polars as pl

from importer import emails, phones, vatids
from importer.catalog import Catalog
from importer.countries import country_code, iso_codes, named_country
from importer.encoding import MOJIBAKE, unmojibake
from importer.formulas import (
    LIVE_FORMULA,
    SPREADSHEET_DATE,
    SPREADSHEET_ERROR,
    TEXT_MARKER,
    without_text_marker,
)
from importer.frame import (
    ACCOUNT_ROLE,
    ADDRESS_LINE_MERGE,
    CONTACT_SLOTS,
    KIND,
    KIND_SAID,
    LINE,
    MERGE_PREFIX,
    PHONE_AREA_MERGE,
    PHONE_COUNTRY_MERGE,
    ROW,
    ZERO_WIDTH,
    merge_targets,
)
from importer.issues import IssueList
from importer.names import (
    LEGAL_FORM,
    LEGAL_FORM_RE,
    NEITHER_GENDER,
    NEITHER_SEX_CODES,
    PersonName,
    address_spells_name,
    business_word_may_be_surname,
    company_evidence,
    is_no_name,
    is_title,
    normalize_salutation,
    order_in_address,
    salutation_in_first_name,
    salutation_led,
    split_person_name,
    surname_first_name,
)
from importer.places import country_of_place
from importer.rules import issues_from_frame, message_expr, rule

COMPANY: Final = "Firmenname"
SALUTATION_COLUMNS: Final[tuple[str, ...]] = (
    "Anrede",
    "Ansprechpartner 1 Anrede",
    "Ansprechpartner 2 Anrede",
)
EMAIL_1: Final = "E-Mail 1"
EMAIL_2: Final = "E-Mail 2"
PHONE_1: Final = "Telefon 1"
PHONE_2: Final = "Telefon 2"
#: What a cell must contain to be looked at for two numbers (the numbers are read on those
#: only). A slash with spaces, or without them between two runs of at least six digits (spaces,
#: dashes, brackets inside): "0351/123456" (area code and number) is in every tenth phone cell.
#: "+49 (0)351 / 4567890" (DIN's area code / number) is one number too: each part must be a
#: valid number of its own (:func:`importer.phones.two_numbers`).
_PHONE_SEPARATORS: Final = (
    r"(?i)[,;&]|:::| / |\bund\b|\boder\b|\bu\. |[0-9][0-9 ()\-]{4,}[0-9]\s*/\s*\+?[0-9(][0-9 ()/\-]{4,}"
)
#: (PLZ, Ort, Land) of the billing and the shipping address.
ADDRESSES: Final[tuple[tuple[str, str, str], ...]] = (
    ("PLZ 1", "Ort 1", "Land 1"),
    ("PLZ 2", "Ort 2", "Land 2"),
)
COUNTRY_COLUMNS: Final[tuple[str, ...]] = ("Land 1", "Land 2")
VAT_ID: Final = "Umsatzsteuer ID"
#: A customer's own number: a row with one is a customer of its own.
CUSTOMER_NUMBER: Final = "Kundennummer"
#: Phone columns are read in the billing address's country (``DE`` when it is empty).
PHONE_COLUMNS: Final[tuple[str, ...]] = (
    "Telefon 1",
    "Telefon 2",
    "Ansprechpartner 1 Telefon",
    "Ansprechpartner 2 Telefon",
)
PHONE_COUNTRY: Final = "Land 1"
HOUSE_NUMBER_MERGES: Final = {"__merge_house-number-1": "Straße 1", "__merge_house-number-2": "Straße 2"}
#: The house number's addition ("a", "-14", "1/2") and the house number it belongs to, per street.
HOUSE_NUMBER_SUFFIXES: Final = {
    "Straße 1": ("__merge_house-number-suffix-1", "__merge_house-number-1"),
    "Straße 2": ("__merge_house-number-suffix-2", "__merge_house-number-2"),
}
#: A house number's addition: one letter ("OG", "EG" are floors, no addition), or a range's or
#: a fraction's rest ("-14", "/2", "1/2"), written at once after the number when it starts with a
#: letter, "-" or "/" ("12a", "12-14"), after a space otherwise ("12 1/2").
HOUSE_NUMBER_SUFFIX: Final = r"^(?:[^\W\d_]|[-/]\s*[0-9]{1,4}[^\W\d_]?|[0-9]{1,2}/[0-9]{1,2})$"
#: A street that ends with its house number, to which an addition may be appended.
_ENDS_WITH_NUMBER: Final = r"\s[0-9]{1,4}$"
POSTCODE_CITY_MERGES: Final = {
    "__merge_postcode-city-1": ("PLZ 1", "Ort 1", "Land 1"),
    "__merge_postcode-city-2": ("PLZ 2", "Ort 2", "Land 2"),
}
#: A private address field ("Straße privat") beside the business address: ``__merge_home:<target>``.
HOME_PREFIX: Final = MERGE_PREFIX + "home:"
COUNTRY_1: Final = "Land 1"
#: The fields whose emptiness says a row has no address 1 of its own.
ADDRESS_1_BLOCK: Final = ("Straße 1", "Adresszusatz 1", "PLZ 1", "Ort 1")
#: DATEV's account (Konto), split into Kundennummer and Lieferantennummer by range.
ACCOUNT_MERGE: Final = "__merge_account-number"
#: DATEV's VAT id country ("EU-Land"), put before the number in Umsatzsteuer ID.
VAT_COUNTRY_MERGE: Final = "__merge_vat-country"
#: A phone number's calling and area codes in columns of their own (``__merge_phone-area:Telefon 1``).
PHONE_COUNTRY_PREFIX: Final = MERGE_PREFIX + PHONE_COUNTRY_MERGE
PHONE_AREA_PREFIX: Final = MERGE_PREFIX + PHONE_AREA_MERGE
#: A VAT id number without its country prefix: at most one letter (Austria's U) before the digits.
_VAT_NUMBER_WITHOUT_PREFIX: Final = r"^[A-Za-z]?[ .\-]*[0-9]"
#: A whole name in one cell ("Buyer Name", a plain "Name" without a first-name column): the
#: row's company or person, decided per row (:func:`_split_whole_name`).
PERSON_NAME_MERGE: Final = "__merge_person-name"
#: The row's own name columns and its first contact person's.
PERSON_COLUMNS: Final = ("Anrede", "Vorname", "Nachname")
CONTACT_1_COLUMNS: Final = (
    "Ansprechpartner 1 Anrede",
    "Ansprechpartner 1 Vorname",
    "Ansprechpartner 1 Nachname",
)
CONTACT_2_COLUMNS: Final = (
    "Ansprechpartner 2 Anrede",
    "Ansprechpartner 2 Vorname",
    "Ansprechpartner 2 Nachname",
)
#: ``--company-person``: what becomes of a company row's own Anrede, Vorname and Nachname.
COMPANY_PERSON_CHOICES: Final = ("contact", "keep")
CONTACT_PERSON_MERGES: Final = {
    "__merge_contact-person-1": (
        "Ansprechpartner 1 Anrede",
        "Ansprechpartner 1 Vorname",
        "Ansprechpartner 1 Nachname",
    ),
}

#: Cells the whitespace step must touch: edge or doubled spaces, other whitespace, zero-width
#: characters, combining marks and the few singletons NFC changes (Ω, K, Å signs).
_NEEDS_SQUEEZE: Final = "^ | $|  |[^\\S ]|[\u200b\u200c\u200d\u2060\ufeff\u00ad]|\\p{M}|[\u2126\u212a\u212b]"
#: Control characters no upload cell may hold: C0 (TAB, LF and CR are whitespace and left to the
#: whitespace step), DEL and C1 (U+0080–U+009F, e.g. U+0081 and U+008D from a wrong code page).
#: C0 and C1 controls, and the invisible marks that turn the direction of text (U+200E/F, U+061C,
#: U+202A–U+202E, U+2066–U+2069): a right-to-left override shows "GmbH" as "Hbmg" and hides what
#: a cell says (found by the hostile session; zero-width spaces went already, they stayed).
_CONTROL: Final = (
    r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\x{200E}\x{200F}\x{061C}\x{202A}-\x{202E}\x{2066}-\x{2069}]"
)
#: Controls that stand for a line break (FileMaker writes VT for one inside a field; FF; NEL):
#: they become a line break (LF), read as any cell's line break by the steps after (a two-line
#: address is its street and Adresszusatz, a name's lines are joined by a space); all other
#: controls are removed. As a space, FileMaker's two-line address cell "Im Grund 4" VT
#: "Hinterhaus" was uploaded as the street "Im Grund 4 Hinterhaus" (the real-layout round).
_LINE_BREAK_CONTROL: Final = r"[\x0B\x0C\x{85}]"
_EMAIL_TOKEN: Final = r"[^\s,;/|]+@[^\s,;/|]+"


# --- the change log -------------------------------------------------------------------------

#: Fix codes worded differently when the fix emptied the cell.
_EMPTIED_MESSAGES: Final = {
    "salutation-normalized": "issue-salutation-removed",
    "control-character-removed": "issue-control-character-emptied",
    "home-address-used": "issue-home-address-country-emptied",
    "home-address-instead": "issue-home-address-instead-emptied",
    "tax-id-moved": "issue-tax-id-moved-emptied",
    "company-name-is-person": "issue-company-name-is-person-emptied",
    "company-from-kind": "issue-company-from-kind-emptied",
    "person-from-kind": "issue-person-from-kind-emptied",
    "postcode-city-split": "issue-postcode-city-split-emptied",
    "fax-set-aside": "issue-fax-set-aside-emptied",
}


@dataclass
class _Log:
    """Collects the changed cells of each step as small frames; worded as issues at the end."""

    parts: list[pl.DataFrame] = field(default_factory=list)
    #: Ready-worded findings (row, line, column, code, before, after, message), e.g. unsure splits.
    extra: list[pl.DataFrame] = field(default_factory=list)

    def record(self, before: pl.DataFrame, after: pl.DataFrame, column: str, code: str, **opts: Any) -> None:
        """Log the cells of ``column`` that differ between the row-aligned ``before`` and ``after``."""
        source: pl.Series | None = opts.get("source")
        changed = pl.col("before").ne_missing(pl.col("after"))
        if opts.get("skip_emptied"):
            changed = changed & pl.col("after").is_not_null()
        # One query per logged column: the cells are small, the per-call overhead is not.
        diff = (
            pl.DataFrame(
                [
                    before[ROW].cast(pl.Int64),
                    before[LINE].cast(pl.Int64),
                    before[column].cast(pl.String).alias("before"),
                    after[column].cast(pl.String).alias("after"),
                    *([source.cast(pl.String).alias("source")] if source is not None else []),
                ]
            )
            .lazy()
            .filter(changed)
            .select(
                ROW,
                LINE,
                pl.lit(column).alias("column"),
                pl.lit(code).alias("code"),
                "before",
                "after",
                pl.col("source") if source is not None else pl.lit(None, dtype=pl.String).alias("source"),
            )
            .collect()
        )
        if diff.height:
            self.parts.append(diff)

    def issues(self, catalog: Catalog) -> IssueList:
        """All logged changes as issues, sorted by (row, catalog column order, code); messages vectorised."""
        worded = list(self.extra)
        if self.parts:
            changes = pl.concat(self.parts)
            fields = {name: pl.col(name) for name in ("column", "before", "after", "source")}
            for code, part in changes.partition_by("code", as_dict=True, maintain_order=True).items():
                if part.select(pl.struct(ROW, "column").is_duplicated().any()).item():
                    # A step that ran twice on a cell (mojibake repair before and after the
                    # whitespace clean-up) is one change: from the first value to the last.
                    part = part.group_by(ROW, "column", maintain_order=True).agg(
                        pl.col(LINE).first(),
                        pl.col("code").first(),
                        pl.col("before").first(),
                        pl.col("after").last(),
                        pl.col("source").first(),
                    )
                message = message_expr(f"issue-{code[0]}", **fields)
                emptied_key = _EMPTIED_MESSAGES.get(code[0])
                if emptied_key is not None:
                    emptied = message_expr(emptied_key, **fields)
                    message = pl.when(pl.col("after").is_null()).then(emptied).otherwise(message)
                worded.append(part.with_columns(message.alias("message")))
        if not worded:
            return IssueList.empty()
        order = {name: i for i, name in enumerate(catalog.names())}
        table = (
            pl.concat([w.select(ROW, LINE, "column", "code", "before", "after", "message") for w in worded])
            .with_columns(
                pl.col("column")
                .replace_strict(order, default=len(order), return_dtype=pl.Int64)
                .alias("order")
            )
            .sort(ROW, "order", "code", maintain_order=True)
        )
        return issues_from_frame(table.rename({"before": "value", "after": "fixed_value"}))


def _null_if_empty(expr: pl.Expr) -> pl.Expr:
    return pl.when(expr == "").then(None).otherwise(expr)


def _present(frame: pl.DataFrame, *names: str) -> bool:
    return all(name in frame.columns for name in names)


def _rows_where(frame: pl.DataFrame, cheap: pl.Expr, precise: pl.Expr) -> pl.Expr:
    """``precise`` evaluated only on the rows ``cheap`` lets through (usually few): an expression
    selecting those rows by their row number, for :func:`_patch`'s ``where``."""
    rows = frame.filter(cheap.fill_null(False)).filter(precise.fill_null(False)).get_column(ROW)
    return pl.col(ROW).is_in(rows.implode())


def _patch(
    frame: pl.DataFrame,
    where: pl.Expr,
    updates: dict[str, pl.Expr],
    log: _Log,
    code: str,
    source: pl.Expr | None = None,
    *,
    skip_emptied: bool = False,
) -> pl.DataFrame:
    """Evaluate ``updates`` only on the rows where ``where`` holds, write them back and log the changes.

    Keeps the expensive expressions off the (usually many) rows that need no fix.
    """
    index = frame.select(pl.arg_where(where.fill_null(False))).to_series()
    if index.len() == 0:
        return frame
    subset = frame[index]
    extra = [] if source is None else [source.cast(pl.String).alias("__source")]
    # with_columns, not select: a literal update (e.g. pl.lit(None)) must broadcast to every row.
    names = [*updates, *(["__source"] if extra else [])]
    fixed = subset.with_columns(*[expr.alias(name) for name, expr in updates.items()], *extra).select(names)
    for name in updates:
        found = None if source is None else fixed["__source"]
        log.record(subset, fixed, name, code, skip_emptied=skip_emptied, source=found)
    return frame.with_columns(frame[name].clone().scatter(index, fixed[name]) for name in updates)


def _columns_with(frame: pl.DataFrame, columns: Sequence[str], test: Callable[[str], pl.Expr]) -> list[str]:
    """The ``columns`` of which some cell passes ``test`` (given a column's name): one pass over
    all of them, so that a step's costlier expressions run on those columns only."""
    if not columns:
        return []
    hits = frame.select(test(c).any() for c in columns).row(0)
    return [column for column, hit in zip(columns, hits, strict=True) if hit]


def _flag_unused(
    frame: pl.DataFrame,
    log: _Log,
    where: pl.Expr,
    column: str,
    message: str = "issue-merge-input-unused",
    **fields: pl.Expr,
) -> None:
    """Warn where a merge input could not be used (by default: its target already holds something else).

    ``fields`` word the message: ``source`` (the merge cell), ``target`` and ``current``.
    """
    _warn(frame, log, where, column, "merge-input-unused", message, **fields)


def _warn(
    frame: pl.DataFrame, log: _Log, where: pl.Expr, column: str, code: str, message: str, **fields: pl.Expr
) -> None:
    """A worded finding ``code`` on ``column`` of the rows ``where`` holds, its value the cell
    ``fields["source"]`` (the message ``message`` is worded from ``fields``)."""
    flagged = frame.filter(where.fill_null(False)).select(
        ROW,
        LINE,
        pl.lit(column).alias("column"),
        pl.lit(code).alias("code"),
        fields["source"].alias("before"),
        pl.lit(None, dtype=pl.String).alias("after"),
        message_expr(message, **fields).alias("message"),
    )
    if flagged.height:
        log.extra.append(flagged)


def _map_values(
    frame: pl.DataFrame,
    columns: list[str],
    fix: Callable[[str], str | None],
    log: _Log,
    code: str,
    **opts: Any,
) -> pl.DataFrame:
    """Run ``fix`` on the distinct values of ``columns`` (matching ``opts["pattern"]``), apply the changes.

    ``opts["unchanged"]``: an expression builder for values ``fix`` is known to keep as they are
    (skipped, they would only cost a call each).
    """
    pattern: str | None = opts.get("pattern")
    present = [c for c in columns if c in frame.columns]
    if not present:
        return frame

    unchanged: Callable[[pl.Expr], pl.Expr] | None = opts.get("unchanged")

    def keep(value: pl.Expr) -> pl.Expr:
        found = value.is_not_null() if pattern is None else value.str.contains(pattern).fill_null(False)
        return found if unchanged is None else found & ~unchanged(value)

    # The distinct candidates of every column in one pass (one collect, not one per column).
    found = frame.select(pl.col(c).filter(keep(pl.col(c))).unique().implode() for c in present).row(0)
    for column, candidates in zip(present, found, strict=True):
        if not candidates:
            continue
        value = pl.col(column)
        mapping = {v: fixed for v in candidates if (fixed := fix(v)) != v}
        if mapping:
            old, new = list(mapping), pl.Series(list(mapping.values()), dtype=pl.String)
            frame = _patch(frame, value.is_in(old), {column: value.replace(old, new)}, log, code)
    return frame


# --- steps ----------------------------------------------------------------------------------


def _repair_mojibake(frame: pl.DataFrame, names: list[str], log: _Log) -> pl.DataFrame:
    """UTF-8 text once read as cp1252 ("MÃ¼ller" → "Müller"); ftfy runs on candidate values only."""
    return _map_values(frame, names, unmojibake, log, "mojibake-repaired", pattern=MOJIBAKE)


def _remove_controls(frame: pl.DataFrame, names: list[str], merges: list[str], log: _Log) -> pl.DataFrame:
    """Control characters out of every cell: line-break controls (VT, FF, NEL) become a line break
    (LF), the rest go."""
    for column in _columns_with(frame, [*names, *merges], lambda c: pl.col(c).str.contains(_CONTROL)):
        value = pl.col(column)
        fixed = value.str.replace_all(_LINE_BREAK_CONTROL, "\n").str.replace_all(_CONTROL, "")
        fixed = pl.when(fixed.str.contains(r"\S")).then(fixed).otherwise(None)  # nothing but controls: empty
        log_to = log if column in names else _Log()
        frame = _patch(
            frame, value.str.contains(_CONTROL), {column: fixed}, log_to, "control-character-removed"
        )
    return frame


#: A line break between two numbers in a phone cell ("0351 111" above "0351 222", an HTML table
#: in a cell): a list of numbers, not one long number.
_NUMBERS_ON_LINES: Final = r"([0-9)])[ \t]*[\r\n\v\f\x{85}\x{2028}]+\s*([+(0-9])"


#: A line of a phone cell, and the digits a line needs to be a number of its own: a number with
#: its area code has seven at least; a lone "0", "+49" or "+49 (0)30" above the rest is no number
#: (the hostile round: "+49 (0)30" above "12345678" became two numbers).
_PHONE_LINE: Final = r"[^\r\n\v\f\x{85}\x{2028}]+"
_DIGITS_OF_A_NUMBER: Final = 7


def _squeeze(expr: pl.Expr, *, phone: bool = False) -> pl.Expr:
    """Zero-width characters removed, whitespace runs (also non-breaking) to one space, trimmed, NFC.
    In a phone column (``phone``) numbers on separate lines become a comma-separated list first,
    where each line holds a number (a number broken over lines, "0" above "1234 567890", is one)."""
    if phone:
        lines = expr.str.extract_all(_PHONE_LINE)
        numbers = lines.list.eval(pl.element().str.count_matches("[0-9]") >= _DIGITS_OF_A_NUMBER).list.all()
        expr = pl.when(numbers).then(expr.str.replace_all(_NUMBERS_ON_LINES, "$1, $2")).otherwise(expr)
    return _null_if_empty(
        expr.str.replace_all(ZERO_WIDTH, "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars(" ")
        .str.normalize("NFC")
    )


def _trim(frame: pl.DataFrame, names: list[str], merges: list[str], log: _Log) -> pl.DataFrame:
    """Whitespace cleanup and NFC of every cell that needs it; blank cells become null without an issue."""
    targets = [*names, *merges]

    def needs_squeeze(column: str) -> pl.Expr:
        value = pl.col(column)
        return value.str.contains(_NEEDS_SQUEEZE) | (value == "")

    # Which columns need it at all: one pass over every column instead of one per column.
    for column in _columns_with(frame, targets, needs_squeeze):
        value = pl.col(column)
        needs = needs_squeeze(column)
        log_to = log if column in names else _Log()
        squeezed = _squeeze(value, phone=column in PHONE_COLUMNS)
        frame = _patch(frame, needs, {column: squeezed}, log_to, "whitespace-trimmed", skip_emptied=True)
    return frame


#: How Google Contacts and Group-Office join the values of one field in one cell.
VALUE_LIST_SEPARATOR: Final = " ::: "


def _collapse_value_lists(
    frame: pl.DataFrame, names: list[str], merges: list[str], log: _Log
) -> pl.DataFrame:
    """A cell that repeats one value joined by " ::: " ("NL ::: NL", "1234ab ::: 1234ab": a
    contact's two addresses in one country, Group-Office's export; the thirty-third session's real
    exports rejected such rows for an unknown country) holds that value once
    (``value-list-collapsed``; a merge's input silently, as the merge's own fix names it). A list
    of different values stays for the phone and e-mail steps, which share them out, and is
    warned about in any other column at the end (:func:`_warn_value_lists`)."""
    # phones and e-mail addresses: their own steps share a list out (or take a repeat once)
    present = [c for c in (*names, *merges) if c in frame.columns and c not in _PHONE_AND_EMAIL_COLUMNS]
    for column in _columns_with(frame, present, _listed):
        parts = pl.col(column).str.split(VALUE_LIST_SEPARATOR).list.eval(pl.element().str.strip_chars())
        same = parts.list.unique().list.len() == 1
        log_to = log if column in names else _Log()
        frame = _patch(
            frame, _listed(column) & same, {column: parts.list.first()}, log_to, "value-list-collapsed"
        )
    return frame


def _listed(column: str) -> pl.Expr:
    return pl.col(column).str.contains(VALUE_LIST_SEPARATOR, literal=True).fill_null(False)


def _warn_value_lists(frame: pl.DataFrame, names: list[str], log: _Log) -> None:
    """``value-list-kept``: a cleaned cell that still holds several values joined by " ::: " (a
    Firmenname "Intermesh B.V. ::: Test BV" would reach lexoffice as it is); phones and e-mail
    addresses were shared out before."""
    present = [c for c in names if c in frame.columns and c not in _PHONE_AND_EMAIL_COLUMNS]
    for column in _columns_with(frame, present, _listed):
        _warn(
            frame,
            log,
            _listed(column),
            column,
            "value-list-kept",
            "issue-value-list-kept",
            source=pl.col(column),
            field=pl.lit(column),
        )


def _remove_text_markers(frame: pl.DataFrame, names: list[str], merges: list[str], log: _Log) -> pl.DataFrame:
    """Excel's text marker off a number-like value: ``'01067`` → ``01067`` (``text-marker-removed``).

    Shopify's export and many files written for Excel put an apostrophe before postcodes, phone
    numbers and ids so that Excel keeps them as text; lexoffice would take it as part of the value.
    Which values: :data:`importer.formulas.TEXT_MARKER` (never one that would become a formula).
    It runs after the whitespace step (``" '01067 "`` is read too) and before every step that reads
    a value's digits; merge inputs lose it silently, as the merge's own fix names its source.
    """
    # Which columns hold an apostrophe first at all: a cheap pass, the regex runs on those only.
    for column in _columns_with(frame, [*names, *merges], lambda c: pl.col(c).str.starts_with("'")):
        value = pl.col(column)
        log_to = log if column in names else _Log()
        frame = _patch(
            frame,
            value.str.contains(TEXT_MARKER),
            {column: without_text_marker(value)},
            log_to,
            "text-marker-removed",
        )
    return frame


#: A web address in brackets after a value: Notion writes a relation property (a link to a
#: page of another database) as "Zimmermann Design (https://www.notion.so/Zimmermann-…?pvs=21)",
#: and other tools write a page's link after its title the same way.
LINK_IN_BRACKETS: Final = r"\s*\((?i:https?://|www\.)[^\s()]*\)"
#: The columns a link after a name or a place is taken off: text columns whose values are names,
#: never links (e-mail, phone and number columns are left to their own checks).
LINKED_TEXT_COLUMNS: Final = (
    "Firmenname",
    "Vorname",
    "Nachname",
    "Adresszusatz 1",
    "Straße 1",
    "Ort 1",
    "Land 1",
    "Adresszusatz 2",
    "Straße 2",
    "Ort 2",
    "Land 2",
    "Ansprechpartner 1 Vorname",
    "Ansprechpartner 1 Nachname",
    "Ansprechpartner 2 Vorname",
    "Ansprechpartner 2 Nachname",
)
#: Merge inputs of names, and the column their link's finding names.
LINKED_MERGES: Final = {
    MERGE_PREFIX + "person-name": "Firmenname",
    MERGE_PREFIX + "contact-person-1": "Ansprechpartner 1 Nachname",
}


def _remove_links(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A link in brackets after a name or a place ("Zimmermann Design (https://www.notion.so/…)",
    Notion's relation property) is taken off (``link-removed``): lexoffice would show it as part
    of the company's name. The finding keeps the whole value, and the whole cell goes to the
    unmapped file as well (:func:`importer.rows.set_aside_links`). A cell that is nothing but a
    link stays as it is. A merge input of a name (a whole name, a contact person) loses its link
    too, named at the column of :data:`LINKED_MERGES`."""
    columns = [c for c in (*LINKED_TEXT_COLUMNS, *LINKED_MERGES) if c in frame.columns]
    for column in _columns_with(frame, columns, lambda c: pl.col(c).str.contains(LINK_IN_BRACKETS)):
        value = pl.col(column)
        links = value.str.extract_all(LINK_IN_BRACKETS).list.eval(pl.element().str.strip_chars(" ()"))
        fixed = value.str.replace_all(LINK_IN_BRACKETS, "").str.strip_chars()
        where = value.str.contains(LINK_IN_BRACKETS) & fixed.str.contains(r"[^\W_]")
        link = links.list.join(", ")
        target = LINKED_MERGES.get(column)
        # Two links or more: a relation to several records ("A (url), B (url)"), not one name (the
        # hostile round: "Zimmermann Design, Müller GmbH" uploaded as one company, no warning)
        several = where & (links.list.len() >= 2)
        fields = {"source": value, "after": fixed, "field": pl.lit(target or column)}
        _warn(frame, log, several, target or column, "links-several", "issue-links-several", **fields)
        if target is None:
            frame = _patch(frame, where, {column: fixed}, log, "link-removed", link)
            continue
        fields = {"column": pl.lit(target), "before": value, "after": fixed, "source": link}
        flagged = frame.filter(where.fill_null(False)).select(
            ROW,
            LINE,
            pl.lit(target).alias("column"),
            pl.lit("link-removed").alias("code"),
            value.alias("before"),
            fixed.alias("after"),
            message_expr("issue-link-removed-name", **fields).alias("message"),
        )
        if flagged.height:
            log.extra.append(flagged)
        frame = frame.with_columns(pl.when(where.fill_null(False)).then(fixed).otherwise(value).alias(column))
    return frame


def _remove_spreadsheet_errors(
    frame: pl.DataFrame, names: list[str], merges: list[str], log: _Log
) -> pl.DataFrame:
    """A spreadsheet's error value ("#NV" of a failed SVERWEIS, "#WERT!", "Err:502") is no value:
    the cell is emptied and kept in the unmapped file (``spreadsheet-error-removed``). Found by the
    hostile values round: "#NV" in Firma beside Hans Müller made him the contact person of a
    company "#NV", "#NV" in an e-mail column rejected the row. Runs after the whitespace step.
    A merge input's error ("#NV" in a whole-name column) is not merged: a warning on the merge's
    first target (``merge-input-unused``) puts the cell in the unmapped file (the hostile re-test
    found "#NV" uploaded as a Firmenname from Sage 50's "Name")."""
    targets = [*names, *merges]
    # Which columns hold one at all: a cheap pass, the regex runs on those only.
    maybe = pl.col(targets).str.starts_with("#") | pl.col(targets).str.contains("^(?:Err|Fehler):")
    hits = frame.select(maybe.any())
    none = pl.lit(None, dtype=pl.String)
    for column, hit in zip(targets, hits.row(0), strict=True):
        if not hit:
            continue
        error = pl.col(column).str.contains(SPREADSHEET_ERROR)
        if column in names:
            frame = _patch(frame, error, {column: none}, log, "spreadsheet-error-removed")
            continue
        if column.startswith(HOME_PREFIX):
            # A home column's stand-in: emptied, it fills no slot ("#NV" under "Telefon (privat)"
            # rejected a private customer as having no phone number); as an unused cell it goes
            # to the unmapped file (:func:`importer.rows.unused_home_inputs`).
            frame = _patch(frame, error, {column: none}, _Log(), "spreadsheet-error-removed")
            continue
        merged_into = merge_targets(column.removeprefix(MERGE_PREFIX))
        if merged_into is None:
            continue
        _flag_unused(
            frame,
            log,
            error,
            merged_into[0],
            "issue-merge-input-unused-spreadsheet-error",
            source=pl.col(column),
            target=pl.lit(merged_into[0]),
        )
        frame = _patch(frame, error, {column: none}, _Log(), "spreadsheet-error-removed")
    return frame


#: A house number, trimmed: 1–4 digits, a letter, a range ("12-14", "3/5"), Austria's staircase
#: and door ("45/2/7", "12 Top 4", "3/Stiege 2/Top 4"), "10 bis", "12 1/2" (the hostile values
#: round: a Viennese list's "45/2/7" vetoed its whole column, and no street got its number). The
#: mapping merges a column only when most of its values are one (:mod:`importer.evidence`), this
#: step each value.
HOUSE_NUMBER: Final = (
    r"^(?:\d{1,4}\s*[a-zA-Z]?(?:\s*[-/]\s*\d{1,4}\s*[a-zA-Z]?)?"
    # three or four parts of at most three digits each: no date ("12/03/2024", "2020/05/17")
    r"|\d{1,3}\s*[a-zA-Z]?(?:\s*[-/]\s*\d{1,3}\s*[a-zA-Z]?){2,3})"
    r"(?:\s*(?:1/2|½)|\s+(?:bis|ter))?(?:\s*/?\s*(?i:Stiege|Stg\.?|Top|Tür|Whg\.?)\s*\d{1,4}[a-zA-Z]?)*$"
)
#: A span of years ("1998-2003"): no house number either (the hostile re-test).
_YEARS: Final = r"^(?:19|20)\d{2}\s*[-/]\s*(?:19|20)\d{2}$"


def is_house_number(value: pl.Expr) -> pl.Expr:
    """Whether each trimmed value is a house number (:data:`HOUSE_NUMBER`, not a span of years)."""
    return value.str.contains(HOUSE_NUMBER) & ~value.str.contains(_YEARS)


#: A street name that ends with a house number: "Marktplatz 4", "Hauptstr. 12a", "Ring 3-5"; not
#: Mannheim's squares ("Q 7" takes its house number after it: "Q 7 24").
ENDS_WITH_HOUSE_NUMBER: Final = r"[^\W\d_]{2,}\.?\s+" + HOUSE_NUMBER.removeprefix("^")
#: A street written with its house number first, as in the US, Britain and France: "1215
#: Caldwell Road", "12 rue de la Paix", "4b High Street" (not "1. Mai-Straße": a dot after the
#: digits is a date's).
STARTS_WITH_HOUSE_NUMBER: Final = r"^\s*\d{1,5}\s*[a-zA-Z]?(?:\s*-\s*\d{1,5})?,?\s+[^\W\d_]{2,}"
#: From this share of rows whose street ends (or starts) with a house number other than the
#: house-number column's, that column holds no house numbers.
NUMBERED_STREETS_SHARE: Final = 0.8
#: ... of at least this many rows: one or two addresses say too little (Berlin's "Straße 12" is a
#: street's name, its house number beside it; found by the hostile re-test).
NUMBERED_STREETS_ROWS: Final = 3


def _numbers_elsewhere(frame: pl.DataFrame, road: pl.Expr, plausible: pl.Expr, own: pl.Expr) -> bool:
    """True when the streets beside a house-number column end (or start) with house numbers of their own,
    other than the column's (``own``: the street ends with it), on :data:`NUMBERED_STREETS_SHARE`
    of the rows with both."""
    both = (plausible & road.is_not_null()).fill_null(False)
    # a street led by its number (a Fake Name Generator list's row number "1" made "1215 Caldwell
    # Road 1"; the thirty-third session's real exports)
    numbered = road.str.contains(ENDS_WITH_HOUSE_NUMBER) | road.str.contains(STARTS_WITH_HOUSE_NUMBER)
    other = (numbered & ~own).fill_null(False)
    rows, numbered = frame.select(both.sum().alias("rows"), (both & other).sum().alias("numbered")).row(0)
    return bool(rows >= NUMBERED_STREETS_ROWS and numbered >= NUMBERED_STREETS_SHARE * rows)


def _use_home_contacts(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A phone or e-mail slot empty on a row takes the value of the column that lost it
    (``home:<slot>``, :meth:`importer.mapping._Mapper._home_fallbacks`): ``home-contact-used``.
    On the other rows that column's cells go to the unmapped file
    (:func:`importer.rows.unused_home_inputs`)."""
    for slot in sorted(CONTACT_SLOTS):
        home = HOME_PREFIX + slot
        if home not in frame.columns or slot not in frame.columns:
            continue
        where = pl.col(slot).is_null() & pl.col(home).is_not_null()
        frame = _patch(frame, where, {slot: pl.col(home)}, log, "home-contact-used", pl.col(home))
    return frame


def _set_aside_scientific_numbers(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A phone or tax number Excel turned into a float ("4,93511E+11") has lost its digits:
    lexoffice got it as the contact's number (a Steuernummer without a word: the correction-loop
    round). It is emptied and kept in the unmapped file with a warning
    (``scientific-number-set-aside``); a home column's stand-in is emptied too, so that it fills
    no empty slot (its cell goes to the unmapped file as unused), warned where it would have
    filled one (the hostile re-test: it was emptied without a word)."""
    for column in [c for c in (*PHONE_COLUMNS, TAX_NUMBER) if c in frame.columns]:
        frame = _patch(
            frame,
            pl.col(column).str.contains(phones.SCIENTIFIC),
            {column: pl.lit(None, dtype=pl.String)},
            log,
            "scientific-number-set-aside",
        )
    for slot in [c for c in PHONE_COLUMNS if HOME_PREFIX + c in frame.columns]:
        home = HOME_PREFIX + slot
        damaged = pl.col(home).str.contains(phones.SCIENTIFIC)
        if slot in frame.columns:
            code = "scientific-number-set-aside"
            fields = {"source": pl.col(home), "target": pl.lit(slot)}
            _warn(frame, log, damaged & pl.col(slot).is_null(), slot, code, f"issue-{code}-home", **fields)
        frame = _patch(
            frame,
            damaged,
            {home: pl.lit(None, dtype=pl.String)},
            _Log(),
            "scientific-number-set-aside",
        )
    return frame


def _use_home_address(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A row without a business address (street, supplement, postcode and city all empty) takes
    its private address into address 1 (``home-address-used``): Outlook's private customers.

    The country goes with the address: a business country alone is not the home address's (a
    Swiss business country would make a Dresden postcode Swiss), so Land 1 takes the private
    country, or is emptied when there is none (the business country then goes to the unmapped
    file, see :func:`importer.rows.removed_values`). On the other rows the private cells are not
    used; :func:`importer.rows.unused_home_inputs` puts them in the unmapped file (no warning: a
    contact with two addresses is the usual case). A private person's business address without
    street and postcode gives way to a private address with a street (``home-address-instead``):
    the private address replaces it whole.
    """
    homes = {c.removeprefix(HOME_PREFIX): c for c in frame.columns if c.startswith(HOME_PREFIX)}
    homes = {
        target: c for target, c in homes.items() if target in frame.columns and target not in CONTACT_SLOTS
    }
    if not homes:
        return frame
    fields = [c for target, c in homes.items() if target != COUNTRY_1]
    if not fields:
        return frame  # a home country alone is no home address
    empty = pl.all_horizontal(pl.col(c).is_null() for c in ADDRESS_1_BLOCK if c in frame.columns)
    given = pl.any_horizontal(pl.col(c).is_not_null() for c in fields)
    updates = {target: pl.coalesce(pl.col(home), pl.col(target)) for target, home in homes.items()}
    if COUNTRY_1 in frame.columns:
        home_country = homes.get(COUNTRY_1)
        updates[COUNTRY_1] = pl.col(home_country) if home_country else pl.lit(None, dtype=pl.String)
    frame = _patch(frame, empty & given, updates, log, "home-address-used")
    # A business address without street and postcode (Thunderbird's "Dienstlich: Ort" alone) beside
    # a private one with a street: a private person's address is the private one, whole (found by
    # the hostile re-test: "Bonn" alone was uploaded, "Eschenweg 9, 50667 Köln" left out).
    home_street = homes.get("Straße 1")
    if home_street is None or not _present(frame, "Straße 1", "PLZ 1"):
        return frame
    person = pl.col(COMPANY).is_null() if COMPANY in frame.columns else pl.lit(True)
    partial = pl.col("Straße 1").is_null() & pl.col("PLZ 1").is_null() & ~empty
    instead = {target: pl.col(home) for target, home in homes.items()}
    # the business address's other lines go with it ("Zimmer 12" is no line of the private address)
    instead |= {
        c: pl.lit(None, dtype=pl.String) for c in ADDRESS_1_BLOCK if c in frame.columns and c not in homes
    }
    if COUNTRY_1 in frame.columns:
        instead[COUNTRY_1] = updates[COUNTRY_1]
    where = partial & person & pl.col(home_street).is_not_null()
    return _patch(frame, where, instead, log, "home-address-instead")


def _join_house_number_suffixes(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A house number's addition in a column of its own ("Hausnummerzusatz": "a") joins its house
    number ("12" → "12a"), which :func:`_merge_house_numbers` then appends to the street; without
    a house-number column it is appended to a street that ends with its number ("Waldweg 12" →
    "Waldweg 12a", ``street-house-number-merged``). An addition that is none ("Hinterhaus"), or
    has no number to join, goes to the unmapped file with a warning."""
    for street, (suffix_column, number_column) in HOUSE_NUMBER_SUFFIXES.items():
        if not _present(frame, suffix_column, street):
            continue
        suffix = pl.col(suffix_column).str.strip_chars()
        glued = suffix.str.contains(r"^[^\W\d_]|^[-/]")
        gap = pl.when(glued).then(pl.lit("")).otherwise(pl.lit(" "))
        plausible = suffix.str.contains(HOUSE_NUMBER_SUFFIX)
        has_number = number_column in frame.columns
        base = pl.col(number_column).str.strip_chars() if has_number else pl.col(street)
        ready = base.str.contains(r"[0-9]$") if has_number else base.str.contains(_ENDS_WITH_NUMBER)
        usable = (plausible & ready).fill_null(False)
        # flagged before the joining: a street given its addition no longer ends with a number
        _flag_unused(
            frame,
            log,
            suffix.is_not_null() & (suffix != "") & ~usable,
            street,
            "issue-merge-input-unused-house-number-suffix",
            source=pl.col(suffix_column),
            target=pl.lit(street),
        )
        joined = pl.concat_str([base, gap, suffix])
        if has_number:
            # a street that has its number already ("Lindenallee 7" beside 7 and "b") gets the
            # addition there: "Lindenallee 7b", not "Lindenallee 7 7b" (the hostile re-test)
            road = pl.col(street)
            there = usable & road.str.ends_with(pl.concat_str([pl.lit(" "), base])).fill_null(False)
            # "Waldweg 12 a" beside 12 and "a": the street has both already
            done = usable & (
                road.str.ends_with(pl.concat_str([pl.lit(" "), base, suffix]))
                | road.str.ends_with(pl.concat_str([pl.lit(" "), base, pl.lit(" "), suffix]))
            ).fill_null(False)
            grown = pl.concat_str([road, gap, suffix])
            frame = _patch(frame, there, {street: grown}, log, "street-house-number-merged", suffix)
            # the house-number step appends it, "12a", to the street and records the fix
            frame = frame.with_columns(
                pl.when(done)
                .then(None)
                .when(usable)
                .then(joined)
                .otherwise(pl.col(number_column))
                .alias(number_column)
            )
        else:
            frame = _patch(frame, usable, {street: joined}, log, "street-house-number-merged", suffix)
    return frame


def _merge_house_numbers(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A separate house-number column is appended to Straße n (unless the street already ends with it).

    A value that is no house number ("01067", a postcode in the wrong column; "Hinterhaus") is not
    appended: it goes to the unmapped file with a warning.
    """
    for merge, street in HOUSE_NUMBER_MERGES.items():
        if not _present(frame, merge, street):
            continue
        number, road = pl.col(merge), pl.col(street)
        plausible = is_house_number(number)
        dated = number.str.contains(SPREADSHEET_DATE).fill_null(False)
        _flag_unused(
            frame,
            log,
            number.is_not_null() & ~plausible & ~dated,
            street,
            "issue-merge-input-unused-house-number",
            source=number,
            target=pl.lit(street),
        )
        _flag_unused(
            frame,
            log,
            dated,
            street,
            "issue-merge-input-unused-house-number-date",
            source=number,
            target=pl.lit(street),
        )
        own = road.str.ends_with(pl.concat_str([pl.lit(" "), number]))
        if _numbers_elsewhere(frame, road, plausible, own):
            # The streets have their numbers: this column holds something else (Billomat's
            # "number", the numeric part of the customer number, made "Marktplatz 4" "Marktplatz
            # 4 1"; found by the real-layout session).
            _flag_unused(
                frame,
                log,
                plausible & ~own.fill_null(False),
                street,
                "issue-merge-input-unused-house-number-taken",
                source=number,
                target=pl.lit(street),
            )
            continue
        merged = (
            pl.when(road.is_null())
            .then(number)
            .when(own)
            .then(road)
            .otherwise(pl.concat_str([road, number], separator=" "))
        )
        frame = _patch(frame, plausible, {street: merged}, log, "street-house-number-merged", number)
    return frame


#: Number cells a spreadsheet or a script formatted as numbers: "10001.0", "10001,00" (a float)
#: or "10.001" (German thousands separator). Never in a value with other characters.
NUMBER_FORMATTED: Final = r"^[0-9]+[.,]0+$|^[0-9]{1,3}(?:\.[0-9]{3})+$"
_NUMBER_CELLS: Final = ("Kundennummer", "Lieferantennummer", "PLZ 1", "PLZ 2")
#: Digits of a phone number with a spreadsheet's decimals: "491711234567.0".
_PHONE_FLOAT: Final = r"^\+?[0-9]{6,15}[.,]0+$"


def _remove_number_formats(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """``10001.0`` → ``10001``, ``10.001`` → ``10001`` in customer and supplier numbers and
    postcodes (``number-format-removed``): what a spreadsheet or a script wrote for a number
    lexoffice wants as digits. Runs before the leading zero is restored (``1067.0`` → ``01067``)."""
    for column in [c for c in _NUMBER_CELLS if c in frame.columns]:
        value = pl.col(column)
        digits = (
            pl.when(value.str.contains(r"[.,]0+$"))
            .then(value.str.replace(r"[.,]0+$", ""))
            .otherwise(value.str.replace_all(".", "", literal=True))
        )
        frame = _patch(
            frame, value.str.contains(NUMBER_FORMATTED), {column: digits}, log, "number-format-removed"
        )
    # A phone number a spreadsheet stored as a number and wrote with its decimals ("4935112345.0",
    # LibreOffice; found by the hostile session on hand-made sheets): the digits, which the phone
    # checks then read (a lost leading 0 or + is warned there).
    for phone in [c for c in PHONE_COLUMNS if c in frame.columns]:
        value = pl.col(phone)
        frame = _patch(
            frame,
            value.str.contains(_PHONE_FLOAT),
            {phone: value.str.replace(r"[.,]0+$", "")},
            log,
            "number-format-removed",
        )
    return frame


def _assign_account_numbers(frame: pl.DataFrame, log: _Log, catalog: Catalog) -> pl.DataFrame:
    """DATEV's account: a debtor account becomes the Kundennummer, a creditor account the
    Lieferantennummer (by the catalog's ranges); any other account is reported and kept aside.

    A client with longer accounts (Sachkontenlänge 5 or more: debtors 100000–699999, creditors
    700000–999999) has the same ranges with more digits. Such an account cannot be lexoffice's
    five-digit number, but it still says the row's role (:data:`ACCOUNT_ROLE`); the account is
    reported and kept aside, and lexoffice assigns a number."""
    if not _present(frame, ACCOUNT_MERGE, "Kundennummer", "Lieferantennummer"):
        return frame
    cell = pl.col(ACCOUNT_MERGE)
    number = cell.cast(pl.Int64, strict=False)
    five = cell.str.contains(r"^\d{5}$").fill_null(False)
    digits = cell.str.len_chars().cast(pl.Int64)
    longer = cell.str.contains(r"^[1-9]\d{5,8}$").fill_null(False)
    ranges = {"Kundennummer": catalog.customer_range, "Lieferantennummer": catalog.supplier_range}
    roles = {"Kundennummer": "customers", "Lieferantennummer": "suppliers"}
    fitting = pl.lit(False)
    role = pl.lit(None, dtype=pl.String)
    for target, (low, high) in ranges.items():
        fits = five & number.is_between(low, high)
        fitting = fitting | fits
        current = pl.col(target)
        frame = _patch(frame, fits & current.is_null(), {target: cell}, log, "account-number-assigned", cell)
        taken = fits & current.is_not_null() & (current != cell)
        _flag_unused(frame, log, taken, target, source=cell, target=pl.lit(target), current=current)
        # (the exponent is never negative: a short account, "1000", stopped the run with exit 4)
        scale = pl.lit(10, dtype=pl.Int64).pow(digits.clip(5, 9) - 5)
        scaled = longer & number.is_between(low * scale, (high + 1) * scale - 1)
        role = pl.when(scaled).then(pl.lit(roles[target])).otherwise(role)
    frame = frame.with_columns(role.alias(ACCOUNT_ROLE))
    long_role = pl.col(ACCOUNT_ROLE)
    for kind in ("customers", "suppliers"):
        message = f"issue-merge-input-unused-account-{kind}"
        column = "Kundennummer" if kind == "customers" else "Lieferantennummer"
        _flag_unused(frame, log, long_role == kind, column, message, source=cell)
    outside = cell.is_not_null() & ~fitting & long_role.is_null()
    low, high = catalog.customer_range[0], catalog.supplier_range[1]
    _flag_unused(
        frame,
        log,
        outside,
        "Kundennummer",
        "issue-merge-input-unused-account",
        source=cell,
        low=pl.lit(str(low)),
        high=pl.lit(str(high)),
    )
    return frame


#: Vehicle-code prefixes written before postcodes ("D-01067", "A-1010", "CH 8001") and their ISO codes.
_POSTCODE_PREFIXES: Final = {
    "D": "DE",
    "DE": "DE",
    "A": "AT",
    "AT": "AT",
    "CH": "CH",
    "FL": "LI",
    "L": "LU",
    "LU": "LU",
    # neighbours whose postcodes are four or five digits too ("DK-5970", "F-67000", "I-00100")
    "B": "BE",
    "BE": "BE",
    "DK": "DK",
    "N": "NO",
    "NO": "NO",
    "H": "HU",
    "HU": "HU",
    "SLO": "SI",
    "SI": "SI",
    "F": "FR",
    "FR": "FR",
    "I": "IT",
    "IT": "IT",
    "E": "ES",
    "ES": "ES",
    "FIN": "FI",
    "FI": "FI",
    "HR": "HR",
    # the Netherlands' "NL 1012 AB" (the hostile values round: rejected as a German postcode)
    "NL": "NL",
    # a German ERP list's "Land/Plz" ("GB-SW1A 1AA", "PL-00-950", "CZ-110 00", "P-1000-001"):
    # rejected whole as a German postcode (the hostile re-test of the "Land/PLZ" synonym)
    "PL": "PL",
    "CZ": "CZ",
    "SK": "SK",
    "P": "PT",
    "PT": "PT",
    "S": "SE",
    "SE": "SE",
    "GB": "GB",
    "UK": "GB",
}
#: The postcode after a country's prefix: four or five digits, Dutch, Polish, Portuguese,
#: Czech/Slovak/Swedish and British shapes (validation checks it against the country).
_PREFIXED_POSTCODE: Final = (
    r"^(?i)("
    + "|".join(sorted(_POSTCODE_PREFIXES, key=len, reverse=True))
    + r")[-–\s]\s*([0-9]{4,5}|[1-9][0-9]{3}\s?[A-Za-z]{2}|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3}"
    + r"|[0-9]{3}\s[0-9]{2}|[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s?[0-9][A-Za-z]{2})$"
)


def _strip_postcode_prefixes(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Strip "D-" from "D-01067" in PLZ n; an empty Land n is filled from the prefix ("A-1010" is AT).
    A prefix that contradicts Land n stays (validation names the postcode)."""
    for postcode, _city, country in ADDRESSES:
        if postcode not in frame.columns:
            continue
        code = pl.col(postcode)
        prefixed = code.str.contains(_PREFIXED_POSTCODE)
        iso = (
            code.str.extract(_PREFIXED_POSTCODE, 1)
            .str.to_uppercase()
            .replace_strict(_POSTCODE_PREFIXES, default=None, return_dtype=pl.String)
        )
        if country in frame.columns:
            frame = _patch(
                frame,
                prefixed & pl.col(country).is_null(),
                {country: iso},
                log,
                "country-from-postcode-prefix",
                code,
            )
            # "A-1010" beside Land "DE": which is right is the user's call (validation says why).
            prefixed = prefixed & _land_codes(frame, country).eq_missing(iso)
        frame = _patch(
            frame,
            prefixed,
            {postcode: code.str.extract(_PREFIXED_POSTCODE, 2)},
            log,
            "postcode-prefix-removed",
        )
    return frame


#: Postcode formats by ISO country code, for splitting "PLZ Ort": a value is split only where its
#: postcode fits the row's country. A prefix of _POSTCODE_PREFIXES may stand before the postcode
#: of its country ("CH-8001 Zürich"); it is removed afterwards like one in PLZ n.
_POSTCODE_FORMATS: Final[dict[str, str]] = {
    "DE": "[0-9]{4,5}",  # 4 digits: a lost leading zero, restored later
    "AT": "[0-9]{4}",
    "CH": "[0-9]{4}",
    "LI": "[0-9]{4}",
    "LU": "[0-9]{4}",
    "BE": "[0-9]{4}",
    "DK": "[0-9]{4}",
    "NO": "[0-9]{4}",
    "HU": "[0-9]{4}",
    "SI": "[0-9]{4}",
    "FR": "[0-9]{5}",
    "IT": "[0-9]{5}",
    "ES": "[0-9]{5}",
    "FI": "[0-9]{5}",
    "HR": "[0-9]{5}",
    "NL": "[1-9][0-9]{3} ?[A-Z]{2}",
    "PL": "[0-9]{2}-[0-9]{3}",
    "PT": "[0-9]{4}-[0-9]{3}",
    "SE": "[0-9]{3} ?[0-9]{2}",
    "CZ": "[0-9]{3} ?[0-9]{2}",
    "SK": "[0-9]{3} ?[0-9]{2}",
    "GB": "(?i:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})",
    "US": "[0-9]{5}(?:-[0-9]{4})?",
    "CA": "(?i:[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])",
    # Ireland's Eircode: a routing key ("D02", "D6W") and four characters
    "IE": "(?i:(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})",
}
#: Countries that write the postcode after the city ("London NW1 6XE", "Springfield, IL 62701",
#: "Toronto ON M5V 2T6", "Dublin 2 D02 X285").
_POSTCODE_AFTER_CITY: Final = ("GB", "US", "CA", "IE")


def _postcode_branch(country: str, postcode: str) -> str:
    """The regex branch of one country: "<country>|", then postcode and city in the country's order."""
    prefixes = [prefix for prefix, iso in _POSTCODE_PREFIXES.items() if iso == country]
    if prefixes:
        postcode = f"(?:(?i:{'|'.join(prefixes)})[-–\\s]\\s*)?{postcode}"
    code, city = f"(?P<postcode_{country}>{postcode})", f"(?P<city_{country}>\\S.*?)"
    if country in _POSTCODE_AFTER_CITY:
        return f"{country}\\|(?:{city},?\\s+)?{code}"
    return f"{country}\\|{code}(?:\\s+{city})?"


#: One regex over "<country>|<value>" for every country: groups postcode_XX and city_XX.
_POSTCODE_SPLIT: Final = (
    "^(?:" + "|".join(_postcode_branch(c, p) for c, p in _POSTCODE_FORMATS.items()) + ")$"
)
#: A prefix before a postcode's digits ("CH-8001 Zürich"): its country reads a value without Land n.
_PREFIX_BEFORE_DIGITS: Final = r"^(?i)(" + "|".join(_POSTCODE_PREFIXES) + r")[-–\s]\s*[0-9]"


def _land_codes(frame: pl.DataFrame, country: str) -> pl.Expr:
    """Land n as ISO codes ("" for a country not known, null where empty): looked up once per
    distinct value."""
    land = pl.col(country) if country in frame.columns else pl.lit(None, dtype=pl.String)
    names = frame.select(land.drop_nulls().unique()).to_series().to_list()
    # a column of federal states gives each state's country (:func:`_countries_from_states`, which
    # runs later): "80331 München" beside "BY" is read in Germany, not Belarus (the re-test)
    keys = [n.strip().lower() for n in names]
    states = _states_read(set(keys))
    codes = [
        _STATE_COUNTRIES[key] if key in states else country_code(name) or ""
        for name, key in zip(names, keys, strict=True)
    ]
    return land.replace_strict(names, codes, default=None, return_dtype=pl.String)


def _split_country(land: pl.Expr, value: pl.Expr) -> pl.Expr:
    """The ISO code a "PLZ Ort" ``value`` is read in: Land n (``land``, see :func:`_land_codes`),
    else the country of a prefix such as "CH-" before the postcode, else DE (an empty country is
    Germany)."""
    prefix = value.str.extract(_PREFIX_BEFORE_DIGITS, 1).str.to_uppercase()
    return pl.coalesce(
        land,
        prefix.replace_strict(_POSTCODE_PREFIXES, default=None, return_dtype=pl.String),
        pl.lit("DE"),
    )


def _postcode_and_city(value: pl.Expr, country: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Postcode and city of ``value`` in the format of ``country``: both null where the postcode does
    not fit, the city null for a postcode alone."""
    parts = pl.concat_str([country, pl.lit("|"), value]).str.extract_groups(_POSTCODE_SPLIT)
    # One reference to ``parts`` each, not one a country: coalescing the struct's fields as
    # expressions repeated its tree 23 times (and so did every expression built on them), which
    # took the query optimiser about 20 ms a patch of a few rows.
    postcode = parts.map_batches(_first_field("postcode_"), return_dtype=pl.String, is_elementwise=True)
    city = parts.map_batches(_first_field("city_"), return_dtype=pl.String, is_elementwise=True)
    return postcode, city


def _first_field(prefix: str) -> Callable[[pl.Series], pl.Series]:
    """A function giving, for each struct of a series, its first field named ``prefix…`` that
    is not null (:data:`_POSTCODE_SPLIT`'s groups for one country each)."""

    def first(parts: pl.Series) -> pl.Series:
        fields = parts.struct.unnest()
        return fields.select(
            pl.coalesce([name for name in fields.columns if name.startswith(prefix)])
        ).to_series()

    return first


def _split_postcode_city(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A combined "PLZ Ort" merge input fills empty PLZ n / Ort n; so does "12345 Berlin" in one of them.

    A value is split only where its postcode fits the row's country (``_POSTCODE_FORMATS``). A merge
    input with digits that does not fit goes whole into Ort n with the warning
    ``postcode-city-not-split``, never as a cut postcode; such a value in PLZ n or Ort n stays as
    it is.
    """
    code = "postcode-city-split"
    for merge, (postcode, city, country) in POSTCODE_CITY_MERGES.items():
        if not _present(frame, merge, postcode, city):
            continue
        source = pl.col(merge)
        code_part, city_part = _postcode_and_city(source, _split_country(_land_codes(frame, country), source))
        fits = code_part.is_not_null()
        unsure = ~fits & source.str.contains("[0-9]")
        city_part = pl.when(fits).then(city_part).otherwise(source)
        updates = {
            postcode: pl.coalesce(pl.col(postcode), code_part),
            city: pl.coalesce(pl.col(city), city_part),
        }
        frame = _patch(frame, source.is_not_null() & ~unsure, updates, log, code, source)
        frame = _patch(frame, unsure, {city: updates[city]}, log, "postcode-city-not-split", source)
        conflict = (fits & pl.col(postcode).ne_missing(code_part)) | (
            city_part.is_not_null() & pl.col(city).ne_missing(city_part)
        )
        current = pl.concat_str([pl.col(postcode), pl.col(city)], separator=" ", ignore_nulls=True)
        target = pl.lit(f"{postcode} / {city}")
        _flag_unused(frame, log, conflict, postcode, source=source, target=target, current=current)
    for postcode, city, country in ADDRESSES:
        if not _present(frame, postcode, city):
            continue
        code_cell, city_cell = pl.col(postcode), pl.col(city)
        combined = pl.coalesce(code_cell, city_cell)
        land = _land_codes(frame, country)  # the splits below change PLZ n and Ort n only
        code_part, city_part = _postcode_and_city(combined, _split_country(land, combined))
        split = city_part.is_not_null()
        updates = {
            postcode: pl.when(split).then(code_part).otherwise(code_cell),
            city: pl.when(split).then(city_part).otherwise(city_cell),
        }
        # Only rows with one of the two cells filled are read (the regex runs on few rows).
        one_cell = code_cell.is_null() != city_cell.is_null()
        frame = _patch(frame, one_cell, updates, log, code, combined)
        # "01067 Dresden" in Ort next to PLZ "01067": the postcode is there already.
        code_in_city, rest = _postcode_and_city(city_cell, _split_country(land, city_cell))
        repeated = (code_in_city == code_cell) & rest.is_not_null()
        frame = _patch(
            frame,
            city_cell.str.contains(code_cell, literal=True),
            {city: pl.when(repeated).then(rest).otherwise(city_cell)},
            log,
            code,
            city_cell,
        )
        # "80331 München" in PLZ next to Ort "München": the city is there already.
        code_split, code_rest = _postcode_and_city(code_cell, _split_country(land, code_cell))
        same_city = code_rest.str.to_lowercase() == city_cell.str.to_lowercase()
        frame = _patch(
            frame,
            code_cell.str.contains(r"\s") & city_cell.is_not_null(),
            {postcode: pl.when(same_city).then(code_split).otherwise(code_cell)},
            log,
            code,
            code_cell,
        )
    return frame


def _street_without_place(street: str, postcode: str, city: str) -> str | None:
    """``street`` without its row's own postcode and city at its end ("Hauptstr. 5 01067 Dresden",
    "Ring 1, 10115 Berlin"; the postcode with or without its leading zero); None when it does not
    end so, or nothing would be left. A postcode glued to the house number ("Hauptstr. 110115
    Berlin") or with a country prefix ("CH-8001 Zürich": a clue to the country) is not cut."""
    digits = postcode.lstrip("0")
    if not digits.isdigit():
        return None
    place = re.search(rf"(?:^|[\s,;])0*{re.escape(digits)}\s+{re.escape(city)}\s*$", street, re.IGNORECASE)
    if place is None:
        return None
    kept = street[: place.start()].rstrip(" ,;-–")
    return kept or None


def _strip_place_from_street(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A street cell that ends with its row's own postcode and city ("Hauptstr. 5 10115 Berlin",
    a whole address in a column read as the street beside PLZ and Ort) keeps the street
    (``street-place-removed``, :func:`_street_without_place`): PLZ n and Ort n hold the rest."""
    for number, (postcode, city, _country) in enumerate(ADDRESSES, start=1):
        street = f"Straße {number}"
        if not _present(frame, street, postcode, city):
            continue
        value = pl.col(street)
        # A street with four or five digits and letters after them to its end: the few to read.
        candidates = frame.filter(
            value.str.contains(r"[0-9]{4,5}\s+[^0-9]+$").fill_null(False)
            & pl.col(postcode).is_not_null()
            & pl.col(city).is_not_null()
        ).select(ROW, street, postcode, city)
        kept = {
            row: cut
            for row, text, code, place in candidates.iter_rows()
            if (cut := _street_without_place(text, code, place)) is not None
        }
        if kept:
            rows, values = list(kept), list(kept.values())
            cut_street = pl.col(ROW).replace_strict(rows, values, default=None, return_dtype=pl.String)
            frame = _patch(
                frame, pl.col(ROW).is_in(rows), {street: cut_street}, log, "street-place-removed", value
            )
    return frame


#: A place's name after a postcode moved out of a street or supplement: no digits, commas or
#: markup ("Berlin, 3. OG", "Berlin 5" with a merged house number, "Berlin<br>" stay where they were).
_PLACE: Final = r"^[^\W\d_][^\d,;<>]*$"


def _whole_place(code_part: pl.Expr, city_part: pl.Expr, land: pl.Expr) -> pl.Expr:
    """True where a postcode and a place's name were read out of a street or supplement: the
    place a plain name (:data:`_PLACE`), a German postcode with its five digits ("1012 LG
    Amsterdam" is no German address)."""
    return (
        code_part.is_not_null()
        & city_part.str.contains(_PLACE)
        & ((land != "DE") | code_part.str.contains(r"^[0-9]{5}$"))
    )


def _postcode_city_from_addition(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """An Adresszusatz n that is nothing but "PLZ Ort" of the row's country ("10435 Berlin": GnuCash's
    "addr2", an address's second line) while PLZ n and Ort n are empty: it moves to them
    (``postcode-city-split``); any other supplement stays."""
    for addition, (postcode, city, country) in zip(
        ("Adresszusatz 1", "Adresszusatz 2"), ADDRESSES, strict=True
    ):
        if not _present(frame, addition, postcode, city):
            continue
        value = pl.col(addition)
        candidates = pl.col(postcode).is_null() & pl.col(city).is_null() & value.str.contains(r"^\S*[0-9]{4}")
        land = _split_country(_land_codes(frame, country), value)
        code_part, city_part = _postcode_and_city(value, land)
        split = _whole_place(code_part, city_part, land).fill_null(False)
        updates = {
            addition: pl.when(split).then(None).otherwise(value),
            postcode: pl.when(split).then(code_part),
            city: pl.when(split).then(city_part),
        }
        frame = _patch(frame, candidates, updates, log, "postcode-city-split", value)
    return frame


#: A line of an address that says whom or where in the building it is for, not the street: "z.
#: Hd. Herrn Weber", "c/o Müller", "Attn: Accounts", "Abteilung Einkauf", "Gebäude C", "3. OG".
ATTENTION_LINE: Final = (
    r"(?i)^(?:z\.?\s*hd?\b\.?|zu\s+h(?:ä|ae)nden|c\s*/\s*o\b|attn\b|attention\b|abt\.|abteilung\b|"
    r"dept\b|department\b|geb\.|geb(?:ä|ae)ude\b|building\b|etage\b|stock\b|floor\b|zimmer\b|raum\b|"
    r"halle\b|hinterhaus\b|vorderhaus\b|seitenfl(?:ü|ue)gel\b|aufgang\b|eingang\b|"
    r"[0-9]{1,2}\.\s*(?:og|etage|stock)\b)"
)


def is_address_line(value: pl.Expr) -> pl.Expr:
    """Whether each value is a line :func:`_place_address_lines` places by itself: "PLZ Ort", a
    street with its house number, an attention or building line (a country's name aside)."""
    return (
        value.str.contains(r"^\s*(?:[A-Za-z]{1,3}[- ])?[0-9]{4,5}\s+\S")
        | value.str.contains(ENDS_WITH_HOUSE_NUMBER)
        | value.str.contains(ATTENTION_LINE)
    )


def _place_address_lines(frame: pl.DataFrame, log: _Log, catalog: Catalog) -> pl.DataFrame:
    """The lines of an address given line by line ("Adresszeile 1–4", GnuCash's "addr1–4",
    Sage's "Address1–4"), placed by what each holds, row by row (``address-line-placed``).

    Straße n first: a line that only repeats the row's name (a letter's address block: "Weber
    GmbH", then the street) gives way to the next, and so does an empty one; an attention or
    building line ("z. Hd. Herrn Weber", "c/o …", "Gebäude 5") changes places with the line
    after it, which becomes the street. Then the third and later lines: a country's name fills an
    empty Land n (all lines first, so that "1010 Wien" before "Österreich" is read in Austria),
    "PLZ Ort" an empty PLZ n and Ort n (``postcode-city-split``; four digits and a known place
    without a country too, the country told later by the place), a street line an empty street or
    one that is an attention line, and any other line follows Adresszusatz n after a comma, as far
    as its length allows. An e-mail address or a phone number, or a line too long, goes to the
    unmapped file (``merge-input-unused``): a row is not rejected for a line it did not upload.
    The tenth real-layout round found "z. Hd. Herrn Weber" uploaded as the street, the street as
    the supplement and "53111 Bonn" in the unmapped file, exit 0."""
    for n, (postcode, city, country) in enumerate(ADDRESSES, start=1):
        street, addition = f"Straße {n}", f"Adresszusatz {n}"
        if not _present(frame, street, addition):
            continue
        prefix = MERGE_PREFIX + ADDRESS_LINE_MERGE
        lines = sorted(
            (c for c in frame.columns if c.startswith(prefix) and c.endswith(f":{addition}")),
            key=lambda c: int(c.removeprefix(prefix).partition(":")[0]),
        )
        frame = _first_lines(frame, log, street, addition, by_lines=bool(lines))
        if country in frame.columns:
            for line in lines:
                frame = _country_line(frame, log, line, country)
        limit = catalog.get(addition).max_length if addition in catalog.names() else None
        for line in lines:
            frame = _place_address_line(
                frame, log, line, (street, addition, limit), (postcode, city, country)
            )
    return frame


def _row_names(frame: pl.DataFrame) -> list[pl.Expr]:
    """The row's own names as a letter's address block repeats them, in lower case: its
    Firmenname, its person's "Vorname Nachname" and a whole name not split yet (a name or contact
    person column merged: GnuCash's "name" beside "company")."""
    lowered = [c for c in ("Firmenname",) if c in frame.columns]
    lowered += [c for c in frame.columns if c.startswith(MERGE_PREFIX + "person-name")]
    lowered += [c for c in frame.columns if c.startswith(MERGE_PREFIX + "contact-person")]
    names = [pl.col(c).str.strip_chars().str.to_lowercase() for c in lowered]
    for first, last in (("Vorname", "Nachname"), ("Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname")):
        if _present(frame, first, last):
            person = pl.concat_str([pl.col(first), pl.col(last)], separator=" ")
            names.append(person.str.strip_chars().str.to_lowercase())
    return names


def _named(frame: pl.DataFrame, road: pl.Expr) -> pl.Expr:
    """Where ``road`` only repeats the row's name (:func:`_row_names`)."""
    said = road.str.strip_chars().str.to_lowercase()
    names = _row_names(frame)
    return pl.any_horizontal([said == name for name in names]).fill_null(False) if names else pl.lit(False)


def _streetless(frame: pl.DataFrame, road: pl.Expr) -> pl.Expr:
    """Where Straße n holds no street: empty, an attention or building line, or the row's name."""
    return road.is_null() | road.str.contains(ATTENTION_LINE).fill_null(False) | _named(frame, road)


def _first_lines(
    frame: pl.DataFrame, log: _Log, street: str, addition: str, *, by_lines: bool
) -> pl.DataFrame:
    """Straße n and Adresszusatz n, the address's first two lines, in order (see
    :func:`_place_address_lines`): an attention line changes places with the street after it;
    in an address given line by line (``by_lines``: it has a third line's column), the row's name
    repeated gives way too, and so does an empty first line."""
    road, second = pl.col(street), pl.col(addition)
    takes = second.is_not_null() & ~second.str.contains(ATTENTION_LINE)
    if by_lines:
        nothing = pl.lit(None, dtype=pl.String)
        # the name is the Firmenname or the person's already: the line is dropped
        named = _named(frame, road) & second.is_not_null()
        frame = _patch(frame, named, {street: second, addition: nothing}, log, "address-line-placed")
        empty = road.is_null() & takes & second.str.contains(ENDS_WITH_HOUSE_NUMBER)
        frame = _patch(frame, empty, {street: second, addition: nothing}, log, "address-line-placed")
    attention = road.str.contains(ATTENTION_LINE).fill_null(False)
    return _patch(frame, attention & takes, {street: second, addition: road}, log, "address-line-placed")


def _country_line(frame: pl.DataFrame, log: _Log, line: str, country: str) -> pl.DataFrame:
    """A further address line that names a country ("Österreich", "United Kingdom") fills an
    empty Land n; the line's column is emptied there."""
    value = pl.col(line).str.strip_chars()
    values = frame.select(value.drop_nulls().unique()).to_series().to_list()
    named = {v: code for v in values if not any(ch.isdigit() for ch in v) and (code := named_country(v))}
    if not named:
        return frame
    said = value.replace_strict(named, default=None, return_dtype=pl.String)
    used = frame.select((said.is_not_null() & pl.col(country).is_null()).fill_null(False)).to_series()
    if not used.any():
        return frame
    frame = _patch(frame, pl.lit(used), {country: value}, log, "address-line-placed", value)
    return frame.with_columns(pl.when(pl.lit(used)).then(None).otherwise(pl.col(line)).alias(line))


#: An address line that is an e-mail address or a phone number: never part of an address.
_NO_ADDRESS_LINE: Final = (
    r"@|^[+(]?[0-9][0-9 ()/.\-]{5,}$|(?i)\b(?:tel|telefon|fon|fax|mobil|handy)\b\.?:?\s*[+(]?[0-9]"
)


def _place_address_line(
    frame: pl.DataFrame,
    log: _Log,
    line: str,
    lines: tuple[str, str, int | None],
    place: tuple[str, str, str],
) -> pl.DataFrame:
    """One further line of an address placed, see :func:`_place_address_lines`; the line's column
    is emptied where it was used. ``lines``: Straße n, Adresszusatz n and its longest value."""
    street, addition, limit = lines
    postcode, city, country = place
    value = pl.col(line).str.strip_chars()
    filled_line = value.is_not_null() & (value != "")
    steps: list[tuple[pl.Expr, dict[str, pl.Expr], str]] = []
    if _present(frame, postcode, city):
        own = _land_codes(frame, country)
        # "D-53111 Bonn", "NL 1012 AB Amsterdam": the prefix's country, where Land n is empty
        said = value.str.extract(_PREFIX_BEFORE_DIGITS, 1).str.to_uppercase()
        prefixed = said.replace_strict(_POSTCODE_PREFIXES, default=None, return_dtype=pl.String)
        land = pl.coalesce(own, prefixed, pl.lit("DE"))
        bare = value.str.replace(r"^[A-Za-z]{1,3}[-–\s]\s*([0-9])", "${1}")
        code_part, city_part = _postcode_and_city(bare, land)
        empty = pl.col(postcode).is_null() & pl.col(city).is_null()
        whole = empty & bare.str.contains(r"^\S*[0-9]{4}") & _whole_place(code_part, city_part, land)
        updates = {postcode: code_part, city: city_part}
        if country in frame.columns:
            updates[country] = (
                pl.when(own.is_null() & prefixed.is_not_null()).then(prefixed).otherwise(pl.col(country))
            )
        steps.append((whole, updates, "postcode-city-split"))
        # four digits and a known place without a country ("1010 Wien"): told by the place later
        four = value.str.extract(r"^([0-9]{4})\s+(\S.*)$", 2)
        places = frame.select(four.drop_nulls().unique()).to_series().to_list()
        known = [p for p in places if _town_country(p) is not None]
        if known:
            placed = empty & own.is_null() & four.is_in(known)
            updates = {postcode: value.str.extract(r"^([0-9]{4})", 1), city: four}
            steps.append((placed, updates, "postcode-city-split"))
        # the row's PLZ and Ort once more: nothing to add
        same = pl.concat_str([pl.col(postcode), pl.lit(" "), pl.col(city)]) == value
        steps.append((same, {}, ""))
    road = pl.col(street)
    kept = pl.when(_named(frame, road)).then(None).otherwise(road)  # the row's name repeated: dropped
    before = pl.concat_str([kept, pl.col(addition)], separator=", ", ignore_nulls=True)
    steps.append(
        (
            _streetless(frame, road) & value.str.contains(ENDS_WITH_HOUSE_NUMBER),
            {street: value, addition: pl.when(before == "").then(None).otherwise(before)},
            "address-line-placed",
        )
    )
    after = pl.concat_str([pl.col(addition), value], separator=", ", ignore_nulls=True)
    fits = ~value.str.contains(_NO_ADDRESS_LINE)
    if limit is not None:
        fits = fits & (after.str.len_chars() <= limit)
    steps.append((fits, {addition: after}, "address-line-placed"))
    for where, updates, code in steps:
        used = frame.select((filled_line & where).fill_null(False)).to_series()
        if not used.any():
            continue
        if updates:
            frame = _patch(frame, pl.lit(used), updates, log, code, value)
        frame = frame.with_columns(pl.when(pl.lit(used)).then(None).otherwise(pl.col(line)).alias(line))
    _flag_unused(
        frame,
        log,
        filled_line,
        addition,
        "issue-merge-input-unused-address-line",
        source=pl.col(line),
        target=pl.lit(addition),
    )
    return frame


#: The lines of an address cell: a line break, or HTML's <br> (ERPNext's "Primary Address").
_BREAK: Final = r"(?:(?i:<br\s*/?>)|[\r\n])"
#: A word broken at its hyphen ("Karl-Marx-" / "Straße 5") goes on without a comma.
_HYPHEN_BREAK: Final = rf"([^\W\d_])-\s*(?:{_BREAK}\s*)+"
#: A house number on a line of its own ("Am Hafen" / "3") follows its street after a space.
_NUMBER_LINE: Final = rf"\s*(?:{_BREAK}\s*)+([0-9]{{1,4}}\s?[A-Za-z]?)(\s*(?:{_BREAK}|$))"
#: Any other break, with the punctuation someone put before or after it ("Hauptstr. 1," / "10115 Berlin").
_LINE_BREAKS: Final = rf"\s*[,;]?\s*(?:{_BREAK}\s*)+[,;]?\s*"


def _join_address_lines(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """The lines of a Straße n cell ("Leopoldstraße 101", "80802 München", "Germany": ERPNext,
    Excel's Alt+Enter) joined by commas, not spaces, before the whitespace step: so that the whole
    address is split below (:func:`_split_street_address`) and a second line ("Hinterhaus")
    stays apart from the street (``address-lines-joined``)."""
    # and a street that gave way to a fuller column, filling it on rows without an address
    # (Kimai's "Adresse": "Maximilianstraße 35" LF "80539 München" stayed whole; the tenth
    # real-layout round): joined here, its finding is that of the row it fills
    homes = [HOME_PREFIX + street for street in ("Straße 1", "Straße 2")]
    frame = _attention_lines_apart(frame, log)
    for street in ("Straße 1", "Straße 2", *homes):
        if street not in frame.columns:
            continue
        value = pl.col(street)
        joined = (
            value.str.replace_all(_HYPHEN_BREAK, "${1}-")
            .str.replace_all(_NUMBER_LINE, " ${1}${2}")
            .str.replace_all(_LINE_BREAKS, ", ")
            .str.strip_chars()
            .str.strip_chars(",")
            .str.strip_chars()
        )
        where = value.str.contains(_BREAK)
        logged = _Log() if street in homes else log
        frame = _patch(frame, where, {street: joined}, logged, "address-lines-joined", skip_emptied=True)
    return frame


#: An attention line's words before a person's name ("z. Hd. Herrn Meier", "Attn: John Smith").
_FOR_PERSON: Final = r"(?i)^(?:z\.?\s*hd?\b\.?|zu\s+h(?:ä|ae)nden|attn\b|attention\b)[\s:.,]*"


def _company_attention_line(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Firmenname cell of several lines, a later one an attention, c/o or department line
    ("Beta GmbH" LF "z. Hd. Herrn Meier", FileMaker's VT): that line is no part of the company's
    name. Naming a person, it becomes the contact person when Ansprechpartner 1 is empty
    (``company-line-placed``: Anrede Herr, Nachname Meier); else it goes to an empty Adresszusatz
    1; with neither free the cell stays as it is. The hostile round found "Beta GmbH z. Hd.
    Herrn Meier" uploaded as the company's name."""
    salutation, first, last = CONTACT_1_COLUMNS
    addition = "Adresszusatz 1"
    if not _present(frame, COMPANY, addition, salutation, first, last):
        return frame
    where = pl.col(COMPANY).str.contains(_BREAK)
    contact_free = pl.col(salutation).is_null() & pl.col(first).is_null() & pl.col(last).is_null()
    persons: dict[str, tuple[str, PersonName]] = {}
    lines_apart: dict[str, tuple[str, str]] = {}
    for value in frame.filter(where.fill_null(False)).get_column(COMPANY).unique().to_list():
        lines = [line.strip(" \t,;") for line in re.split(_BREAK, value) if line.strip(" \t,;")]
        attention = [i for i, line in enumerate(lines) if i > 0 and re.match(ATTENTION_LINE, line)]
        if len(attention) != 1:
            continue
        line = lines[attention[0]]
        rest = "\n".join(line for i, line in enumerate(lines) if i != attention[0])
        named = re.sub(_FOR_PERSON, "", line)
        if named != line:
            person = split_person_name(named)
            if person.last and (person.salutation or person.sure):
                persons[value] = (rest, person)
        lines_apart[value] = (line, rest)
    source = pl.col(COMPANY)
    if persons:
        rows = where.fill_null(False) & contact_free & source.is_in(sorted(persons))
        parsed = {v: p for v, (_, p) in persons.items()}
        updates = {
            **_name_updates(source, parsed, CONTACT_1_COLUMNS),
            COMPANY: source.replace_strict({v: r for v, (r, _) in persons.items()}, default=None),
        }
        frame = _patch(frame, rows, updates, log, "company-line-placed", source)
        where = where & ~rows
    if lines_apart:
        rows = where.fill_null(False) & pl.col(addition).is_null() & source.is_in(sorted(lines_apart))
        updates = {
            addition: source.replace_strict({v: a for v, (a, _) in lines_apart.items()}, default=None),
            COMPANY: source.replace_strict({v: r for v, (_, r) in lines_apart.items()}, default=None),
        }
        frame = _patch(frame, rows, updates, log, "company-line-placed", source)
    return frame


def _attention_lines_apart(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A street cell of several lines, one of them a c/o, attention or building line ("c/o
    Bürogemeinschaft Nord" LF "Große Elbstraße 145"): that line goes to an empty Adresszusatz n
    (``address-line-placed``), the street keeps its other lines. The 26th hostile round found
    SuiteCRM's multi-line streets uploaded as "c/o Bürogemeinschaft Nord, Große Elbstraße 145"."""
    for street, addition in (("Straße 1", "Adresszusatz 1"), ("Straße 2", "Adresszusatz 2")):
        if not _present(frame, street, addition):
            continue
        where = pl.col(street).str.contains(_BREAK) & pl.col(addition).is_null()
        apart: dict[str, tuple[str, str]] = {}
        for value in frame.filter(where.fill_null(False)).get_column(street).unique().to_list():
            lines = [line.strip(" \t,;") for line in re.split(_BREAK, value) if line.strip(" \t,;")]
            attention: list[str] = []
            rest: list[str] = []
            for line in lines:
                (attention if re.match(ATTENTION_LINE, line) else rest).append(line)
            if len(attention) == 1 and rest:
                apart[value] = (attention[0], "\n".join(rest))
        if not apart:
            continue
        source = pl.col(street)
        updates = {
            addition: source.replace_strict({v: a for v, (a, _) in apart.items()}, default=None),
            street: source.replace_strict({v: r for v, (_, r) in apart.items()}, default=None),
        }
        frame = _patch(
            frame, where & source.is_in(sorted(apart)), updates, log, "address-line-placed", source
        )
    return frame


#: Countries' short names too short for :func:`named_country`, after a whole address's last
#: comma ("Flat 2, 10 Downing Street, London SW1A 2AA, UK": the hostile round found it unsplit).
_SHORT_NAMES: Final = {"UK": "GB", "U.K.": "GB"}
#: Ceremonial English counties that are no towns, beside pycountry's two-tier counties.
_MORE_COUNTIES: Final = (
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cheshire", "Cornwall", "Herefordshire",
    "Northamptonshire", "Northumberland", "Rutland", "Shropshire", "Wiltshire", "Middlesex",
    "Greater London", "Greater Manchester", "Merseyside", "South Yorkshire", "West Yorkshire",
    "East Riding of Yorkshire", "West Midlands", "Tyne and Wear", "Isle of Wight",
)  # fmt: skip


@functools.cache
def _regions() -> frozenset[str]:
    """Names of the US states, Canada's provinces and England's counties (lower case): written
    between a city and the postcode, they are no city."""
    import pycountry

    wanted = {"US": ("State", "District"), "CA": ("Province", "Territory"), "GB": ("Two-tier county",)}
    names = [str(s.name) for s in pycountry.subdivisions if s.type in wanted.get(s.country_code, ())]
    return frozenset(n.lower() for n in (*names, *_MORE_COUNTIES))


#: Parts of a whole address separated by two spaces or more (Mailchimp's "Address": addr1, addr2,
#: city, state, zip and country joined by two spaces: "Rosenweg 4  Bremen  28195 DE").
_SPACED_PARTS: Final = re.compile(r"[ \t\u00a0]{2,}")
#: A postcode as a part of its own: digits, or letters and digits ("SW1A 2AA", "3511 ED").
_POSTCODE_PART: Final = re.compile(r"(?=[^ ]*[0-9])[A-Z0-9][A-Z0-9 -]{1,9}")
#: A state's short code as a part of its own ("RP", "NY", "BY").
_STATE_PART: Final = re.compile(r"[A-Z]{2,3}")


def _country_part(text: str) -> str | None:
    """The country a part of an address names: its ISO code ("DE") or its name ("Germany")."""
    if any(ch.isdigit() for ch in text):
        return None
    if len(text) == 2 and text.isupper():
        return country_code(text) if text in iso_codes() else None
    return named_country(text)


def _alpha3(code: str) -> str | None:
    """The ISO alpha-3 code of the country ``code`` (alpha-2); None for a code ISO does not know."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return None if found is None else str(found.alpha_3)


def _spaced_address(value: str) -> tuple[str, str | None] | None:
    """A whole address of parts separated by two spaces or more, as a street, "PLZ Ort" and a
    country separated by commas (:func:`_split_street_address` splits that), and the state it
    left out (None: nothing left out); None where the parts are not street, city, postcode and
    country in Mailchimp's order (addr1, addr2, city, state, zip, country)."""
    parts = [p.strip() for p in _SPACED_PARTS.split(value.strip()) if p.strip()]
    if len(parts) < 3 or any("," in p or "\n" in p for p in parts):
        return None
    country = _country_part(parts[-1])
    if country:
        parts.pop()
    else:  # "28195 DE": the postcode and the country code one space apart
        head, _, code = parts[-1].rpartition(" ")
        if head and (country := _country_part(code)):
            parts[-1] = head.strip()
    if len(parts) < 3 or not _POSTCODE_PART.fullmatch(parts[-1]):
        return None
    postcode = parts.pop()
    state = parts.pop() if len(parts) >= 3 and _STATE_PART.fullmatch(parts[-1]) else None
    city = parts.pop()
    if any(ch.isdigit() for ch in city) or not parts:
        return None
    street = ", ".join(parts)
    # the country by its three letters: the comma form reads a country's name or ISO alpha-3 only
    # (two letters after a comma may be a state: "Los Angeles, CA")
    written = _alpha3(country) if country else ""
    if written is None:
        return None
    tail = f", {written}" if written else ""
    if country in _POSTCODE_AFTER_CITY:  # "New York, NY 10118" as the comma form has it
        return (
            f"{street}, {city}, {state} {postcode}{tail}" if state else f"{street}, {city} {postcode}{tail}",
            None,
        )
    return f"{street}, {postcode} {city}{tail}", state


def _read_spaced_address(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A whole address in Straße n whose parts two spaces or more separate (Mailchimp's
    "Address"), while PLZ n and Ort n are empty: rewritten with commas (``address-parts-read``)
    before the spaces are squeezed, for :func:`_split_street_address`; a state the address has
    no place for (``address-parts-state``) leaves the whole cell in the unmapped file as well.
    Parts in another order are left as written, with a warning (``address-parts-unsure``)."""
    for street, (postcode, city, _country) in zip(("Straße 1", "Straße 2"), ADDRESSES, strict=True):
        if not _present(frame, street, postcode, city):
            continue
        whole = pl.col(street)
        candidates = (
            pl.col(postcode).is_null()
            & pl.col(city).is_null()
            & whole.str.contains(r"\S[ \t\u00a0]{2,}\S")
            & ~whole.str.contains(r"[,\n]")
        )
        values = frame.filter(candidates.fill_null(False)).get_column(street).unique().to_list()
        read = {v: _spaced_address(v) for v in values}
        plain = {v: r[0] for v, r in read.items() if r is not None and r[1] is None}
        stated = {v: r[0] for v, r in read.items() if r is not None and r[1] is not None}
        for code, found in (("address-parts-read", plain), ("address-parts-state", stated)):
            if found:
                where = candidates & whole.is_in(sorted(found))
                fixed = whole.replace_strict(found, default=None, return_dtype=pl.String)
                frame = _patch(frame, where, {street: fixed}, log, code, whole)
        unsure = sorted(v for v, r in read.items() if r is None and len(_SPACED_PARTS.split(v.strip())) >= 3)
        if unsure:
            where = candidates & whole.is_in(unsure)
            fields = {"target": pl.lit(street), "source": whole}
            _warn(frame, log, where, street, "address-parts-unsure", "issue-address-parts-unsure", **fields)
    return frame


#: The parts of a whole address before and after its last comma.
_BEFORE_LAST_COMMA: Final = r"^(.*?\S)\s*,[^,]*$"
_AFTER_LAST_COMMA: Final = r",\s*([^,]*\S)\s*$"


def _split_street_address(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A whole address in Straße n ("Hauptstr. 1, 01067 Dresden", an "Adresse" column) while
    PLZ n and Ort n are empty: the part after the last comma goes to PLZ n and Ort n where its
    postcode fits the row's country (as for "PLZ Ort"), the street keeps the part before. A
    country's name after it ("…, 80802 München, Germany") goes to an empty Land n (normalised
    later). Any other value stays as written."""
    for street, (postcode, city, country) in zip(("Straße 1", "Straße 2"), ADDRESSES, strict=True):
        if not _present(frame, street, postcode, city):
            continue
        whole = pl.col(street)
        # The few rows with a comma and no PLZ or Ort are looked at.
        # (an Ort beside it, the address's own: Pipedrive's "Organization - Address - City" beside
        # its whole "Organization - Address"; the hostile round found the street uploaded whole)
        candidates = pl.col(postcode).is_null() & whole.str.contains(",", literal=True)
        last = whole.str.extract(_AFTER_LAST_COMMA, 1)
        tails = frame.filter(candidates).select(last.drop_nulls().unique()).to_series().to_list()
        named = {t: code for t in tails if (code := named_country(t) or _SHORT_NAMES.get(t.upper()))}
        own_land = _land_codes(frame, country)
        tail_land = (
            last.replace_strict(named, default=None, return_dtype=pl.String) if named else pl.lit(None)
        )
        # a country last, where Land n is empty or names the same
        moved = tail_land.is_not_null() & (own_land.is_null() | (own_land == tail_land))
        value = pl.when(moved).then(whole.str.extract(_BEFORE_LAST_COMMA, 1)).otherwise(whole)
        head = value.str.extract(_BEFORE_LAST_COMMA, 1)
        tail = value.str.extract(_AFTER_LAST_COMMA, 1)
        land = _split_country(pl.coalesce(own_land, pl.when(moved).then(tail_land)), tail)
        code_part, city_part = _postcode_and_city(tail, land)
        # Where the postcode follows the city (GB, US, CA): "London NW1 6XE" is city and postcode
        # (the 38th session's real-export round found "221B Baker Street, London NW1 6XE,
        # Vereinigtes Königreich" whole in the street); in "…, New York, NY 10118" the city stands
        # before the state's comma, and it is written with its state as in "PLZ Ort" ("New York,
        # NY"); in "…, London, NW1 6XE" before the postcode's comma
        after = land.is_in(_POSTCODE_AFTER_CITY)
        prior, earlier = head.str.extract(_AFTER_LAST_COMMA, 1), head.str.extract(_BEFORE_LAST_COMMA, 1)
        # a state's code, or a state's, province's or county's name ("Springfield, Illinois
        # 62701", "Harlow, Essex CM20 2FS": the hostile round found Illinois and Essex as Ort)
        state = city_part.str.contains(r"^[A-Z]{2}$") | city_part.str.to_lowercase().is_in(sorted(_regions()))
        apart = after & code_part.is_not_null() & (state | city_part.is_null()) & earlier.is_not_null()
        place = pl.when(apart).then(prior).otherwise(city_part)
        city_part = (
            pl.when(apart & state).then(pl.concat_str([prior, pl.lit(", "), city_part])).otherwise(place)
        )
        head = pl.when(apart).then(earlier).otherwise(head)
        # Four digits and a place of the list (importer.places) where no country is given: "8400
        # Winterthur", "1020 Wien", "1067 Dresden" (koleo's one-cell "Adresse"; the ninth
        # real-layout round found them whole in the street, PLZ and Ort empty, and Germany
        # assumed). The country is told later, by the place (country-from-hints) or as German.
        four = tail.str.extract(r"^([0-9]{4})\s+(\S.*)$", 2)
        places = frame.filter(candidates).select(four.drop_nulls().unique()).to_series().to_list()
        known = [p for p in places if _town_country(p) is not None]
        placed = (
            own_land.is_null()
            & ~moved
            & four.is_in(known)
            & tail.str.extract(r"^[0-9]{4}\s+", 0).is_not_null()
        )
        code_part = pl.when(placed).then(tail.str.extract(r"^([0-9]{4})", 1)).otherwise(code_part)
        city_part = pl.when(placed).then(four).otherwise(city_part)
        split = (
            head.is_not_null()
            & (_whole_place(code_part, pl.when(placed).then(city_part).otherwise(place), land) | placed)
            # "New York, NY 10118" alone: a state is no city, and the city has no street before it
            & ~(after & place.str.contains(r"^[A-Z]{2}$"))
            & (pl.col(city).is_null() | (pl.col(city).str.to_lowercase() == city_part.str.to_lowercase()))
        ).fill_null(False)
        updates = {
            street: pl.when(split).then(head).otherwise(whole),
            postcode: pl.when(split).then(code_part),
            city: pl.when(split).then(pl.coalesce(pl.col(city), city_part)).otherwise(pl.col(city)),
        }
        if named and country in frame.columns:
            updates[country] = (
                pl.when(split & moved & pl.col(country).is_null()).then(last).otherwise(pl.col(country))
            )
        frame = _patch(frame, candidates, updates, log, "postcode-city-split", whole, skip_emptied=True)
    return frame


def _split_contact_person(frame: pl.DataFrame, log: _Log, *, surname_first: bool = False) -> pl.DataFrame:
    """A one-cell contact-person name fills Anrede/Vorname/Nachname when first and last name are empty.

    ``surname_first``: the column's header names the surname first ("Ansprechpartner (Nachname,
    Vorname)"): "Krause Tim" is Tim Krause (the fourth hostile re-test found Vorname Krause)."""
    for merge, (salutation, first, last) in CONTACT_PERSON_MERGES.items():
        if not _present(frame, merge, salutation, first, last):
            continue
        source = pl.col(merge)
        applies = source.is_not_null() & pl.col(first).is_null() & pl.col(last).is_null()
        values = frame.select(source.drop_nulls().unique()).to_series().to_list()
        if not values:
            continue
        # an initial in the row's addresses decides, else the header ("j.weiss@" beside "Jörg Weiß")
        own = _address_orders(frame, applies, [v for v in values if surname_first_name(v) != v], merge)
        led = {v for v in values if {"given": False, "surname": True}.get(own.get(v, ""), surname_first)}
        parsed = {v: split_person_name(surname_first_name(v) if v in led else v) for v in values}
        frame = _fill_name(frame, log, applies, source, parsed, (salutation, first, last), "contact-person")
        conflict = source.is_not_null() & (
            pl.col(first).ne_missing(_name_part(source, parsed, "first"))
            | pl.col(last).ne_missing(_name_part(source, parsed, "last"))
        )
        current = pl.concat_str([pl.col(first), pl.col(last)], separator=" ", ignore_nulls=True)
        target = pl.lit(f"{first} / {last}")
        _flag_unused(frame, log, conflict, last, source=source, target=target, current=current)
    return frame


#: Between a company's name and its person's in one display name ("Schneider GmbH, Klaus Schneider").
_LEAD_SEPARATORS: Final = (", ", " - ", " – ", " / ", ": ")


def _without_company_lead(frame: pl.DataFrame) -> pl.DataFrame:
    """A whole name that starts with the row's Firmenname and a separator names a person of that
    company (Odoo's display name "Schneider Maschinenbau GmbH, Klaus Schneider" of a contact whose
    parent company fills Firmenname): the rest is the person's name, read as the row's contact
    person. The 39th session's real-export round found it left unused and the person lost."""
    source, company = pl.col(PERSON_NAME_MERGE), pl.col(COMPANY)
    rest = pl.lit(None, dtype=pl.String)
    for separator in reversed(_LEAD_SEPARATORS):
        lead = pl.concat_str([company, pl.lit(separator)])
        cut = source.str.slice(lead.str.len_chars()).str.strip_chars()
        starts = source.str.to_lowercase().str.starts_with(lead.str.to_lowercase()).fill_null(False)
        rest = pl.when(starts & (cut.str.len_chars() > 0)).then(cut).otherwise(rest)
    return frame.with_columns(pl.coalesce(rest, source).alias(PERSON_NAME_MERGE))


def _split_whole_name(frame: pl.DataFrame, log: _Log, *, surname_first: str | None = None) -> pl.DataFrame:
    """A whole name in one cell becomes the row's company, the row's person, or its contact person.

    Decided per row, on rows without Vorname and Nachname: a company's name (legal form,
    business word, "Schmidt & Partner": :func:`importer.names.is_company_name`) fills an empty
    Firmenname (``company-from-name``); any other name is split into Anrede, Vorname and
    Nachname (``person-name-split``, doubtful splits warned ``person-name-split-unsure``). On a
    row that already has a Firmenname the name is its contact person (Ansprechpartner 1, when
    that is empty), or nothing new when it repeats the Firmenname; otherwise the cell is not
    used (``merge-input-unused``: it goes to the unmapped file). ``surname_first``: the column's
    header, where it names the surname first ("Nachname Vorname"), so "Müller Hans" is Hans Müller (the
    hostile round on hand-made sheets found him uploaded as Vorname Müller, Nachname Hans).
    """
    salutation, first, last = PERSON_COLUMNS
    if not _present(frame, PERSON_NAME_MERGE, COMPANY, salutation, first, last):
        return frame
    frame = _without_company_lead(frame)
    source = pl.col(PERSON_NAME_MERGE)
    free = source.is_not_null() & pl.col(first).is_null() & pl.col(last).is_null()
    every = frame.select(source.drop_nulls().unique()).to_series().to_list()
    # An e-mail address or a number in the name column (a contact saved without a name) is no name.
    no_names = sorted(v for v in every if is_no_name(v))
    free = free & ~source.is_in(no_names)
    values = frame.filter(free).select(source.unique()).to_series().to_list()
    evidence = {v: company_evidence(v) for v in values}
    doubtful = sorted(v for v, found in evidence.items() if found in ("word", "joined"))
    # A business word alone that is a surname too, in the surname's place, yields to the row's own
    # word for a person: a person's Anrede beside it, or an e-mail address that spells the name
    # out (the 25th hostile re-test: "Carlos Solar" beside Anrede "Herr", "Ina Reisen" beside
    # ina.reisen@gmail.com were made companies; not "Heizungsbau Krüger" beside "Herr").
    surnames = [v for v in doubtful if business_word_may_be_surname(v)]
    personal_rows = _persons_by_row(frame.filter(free & source.is_in(surnames))) if surnames else []
    free_company = ~pl.col(ROW).is_in(personal_rows) if personal_rows else pl.lit(True)
    companies = sorted(v for v, found in evidence.items() if found is not None)
    # A column that states each row's kind decides where it does; a legal form or a business's
    # word still says company ("Schreinerei Holz" under an address type "Privat").
    kind = pl.col(KIND) if KIND in frame.columns else pl.lit(None, dtype=pl.String)
    legal = sorted(v for v, found in evidence.items() if found in _BUSINESS_EVIDENCE)
    # the names of persons of two words or more, whose order may be either way round
    business = set(companies)
    turnable = [v for v in values if surname_first_name(v) != v and v not in business]
    # A single word is a last name without doubt to report: the validation already asks for the
    # first name (first-name-missing), a second warning would say the same.
    surname_led = (
        _surname_led(frame, log, free, turnable, surname_first)
        if surname_first
        else _surname_led_by_initials(frame, free, turnable)
    )
    parsed = {
        v: _sure_if_one_word(v, split_person_name(surname_first_name(v) if v in surname_led else v))
        for v in values
    }
    no_company = pl.col(COMPANY).is_null()
    by_name = source.is_in(companies) & free_company
    personal = sorted(v for v in values if salutation_led(v))
    # A VAT id or a tax number says business too (the eighth real-layout round: "Garage Huber"
    # with its Swiss UID became the private person Garage Huber, asked for "Herr" or "Frau").
    taxed = pl.any_horizontal(
        [pl.col(c).is_not_null() for c in ("Umsatzsteuer ID", "Steuernummer") if c in frame.columns]
        or [pl.lit(False)]
    )
    is_company = (
        pl.when(kind == "company")
        .then(~source.is_in(personal))
        .when(kind == "person")
        .then(source.is_in(legal))
        .when(taxed & ~by_name)
        .then(~source.is_in(personal))
        .otherwise(by_name)
    )
    # The row's own first and last name again (Group-Office's display name "Piet Klein" beside
    # firstName "Piet", lastName "Klein"): nothing new, nothing to warn about.
    own_name = _name_words(pl.concat_str([pl.col(first), pl.col(last)], separator=" ", ignore_nulls=True))
    repeats = (
        (source.str.to_lowercase() == pl.col(COMPANY).str.to_lowercase())
        | (~free & (_name_words(source) == own_name))
    ).fill_null(False)
    # Part of the company's name: a display name beside the legal one ("Nordlicht Design" beside
    # "Nordlicht Design UG": Kimai's "Name" and "Unternehmensbezeichnung"), no contact person
    # (the hostile re-test found it split into Vorname "Nordlicht", Nachname "Design"). Not used.
    within = (
        pl.col(COMPANY)
        .str.to_lowercase()
        .str.contains(source.str.to_lowercase(), literal=True)
        .fill_null(False)
    )
    contact = _present(frame, *CONTACT_1_COLUMNS)
    contact_free = pl.col(CONTACT_1_COLUMNS[1]).is_null() & pl.col(CONTACT_1_COLUMNS[2]).is_null()
    # The masks are taken before any fill: a row made a company here is no contact person's row.
    masks = frame.select(
        (free & no_company & is_company & by_name).alias("company"),
        (free & no_company & is_company & ~by_name & kind.is_not_null()).alias("company_by_kind"),
        (free & no_company & is_company & ~by_name & kind.is_null()).alias("company_by_tax"),
        (free & no_company & ~is_company).alias("person"),
        # The name's own words, not the row's kind: a company's row names its contact person here.
        (
            free & ~no_company & ~repeats & ~within & ~by_name & (contact_free if contact else pl.lit(False))
        ).alias("contact"),
    ).with_columns(
        used=pl.col("company")
        | pl.col("company_by_kind")
        | pl.col("company_by_tax")
        | pl.col("person")
        | pl.col("contact")
    )
    unused = source.is_not_null() & ~repeats & ~pl.lit(masks["used"]) & ~source.is_in(no_names)
    held = [pl.col(COMPANY), pl.concat_str([pl.col(first), pl.col(last)], separator=" ", ignore_nulls=True)]
    if contact:
        held.append(
            pl.concat_str([pl.col(c) for c in CONTACT_1_COLUMNS[1:]], separator=" ", ignore_nulls=True)
        )
    current = pl.concat_str([pl.when(h != "").then(h) for h in held], separator=" / ", ignore_nulls=True)
    message = "issue-merge-input-unused-person-name"
    _flag_unused(frame, log, unused & ~within, COMPANY, message, source=source, current=current)
    message = "issue-merge-input-unused-part-of-company"
    _flag_unused(frame, log, unused & within, COMPANY, message, source=source, current=pl.col(COMPANY))
    message = "issue-merge-input-unused-not-a-name"
    _flag_unused(frame, log, source.is_in(no_names), COMPANY, message, source=source)
    if doubtful:
        # Decided by a business word or "A & B" alone: a person's name could look so too.
        where = pl.lit(masks["company"]) & source.is_in(doubtful) & kind.ne_missing(pl.lit("company"))
        code = "company-from-name-unsure"
        _warn(frame, log, where, COMPANY, code, f"issue-{code}", source=source)
    frame = _patch(frame, pl.lit(masks["company"]), {COMPANY: source}, log, "company-from-name", source)
    if KIND_SAID in frame.columns:
        where = pl.lit(masks["company_by_kind"])
        frame = _patch(frame, where, {COMPANY: source}, log, "company-from-kind", pl.col(KIND_SAID))
    frame = _patch(
        frame, pl.lit(masks["company_by_tax"]), {COMPANY: source}, log, "company-from-tax-id", source
    )
    frame = _fill_name(frame, log, pl.lit(masks["person"]), source, parsed, PERSON_COLUMNS, "person-name")
    if contact:
        frame = _fill_name(
            frame, log, pl.lit(masks["contact"]), source, parsed, CONTACT_1_COLUMNS, "contact-person"
        )
    return frame


def _salutation_led_company_name(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Firmenname led by a person's salutation ("Herr Otto Wagner", "Frau Dr. Anna Berger") on
    a row without a name of its own or a contact person is a private person: the name is split into
    Anrede, Vorname and Nachname (``person-name-split``) and the Firmenname emptied
    (``company-name-is-person``). The 25th hostile round found a hand-made list's "Firma" column
    of such names uploaded as companies, exit 0. A first and a last name at least after the
    salutation (not "Herr Meier"). The split is warned (``person-name-split-unsure``) unless the
    row's e-mail address spells the name out: a shop may be called so ("Frau Schmidts
    Blumenladen", the re-test), and of three words one may be a trade's ("Herr Peter Schulze
    Fliesenleger") or a second first name ("Frau Anna Maria Schulz"). A name with a business's
    words after the salutation ("Frau Anna Berger Kosmetik"), a row with a VAT id, a tax number,
    a column stating a company or a business's name in Adresszusatz 1 (a Name2 "Müller
    Haustechnik") stays as it is."""
    company = pl.col(COMPANY)
    names = [*PERSON_COLUMNS[1:], *CONTACT_1_COLUMNS[1:]]
    empty = pl.all_horizontal([pl.col(c).is_null() for c in names])
    facts = _business_facts(frame, kind=True)
    free = (company.is_not_null() & empty & (~pl.any_horizontal(facts) if facts else pl.lit(True))).fill_null(
        False
    )
    led = frame.filter(free & company.str.contains(r"(?i)^\s*(?:herrn?|hr|frau|fr|mrs?|ms)\b"))
    if led.height == 0:
        return frame
    parsed: dict[str, PersonName] = {}
    for value in led.get_column(COMPANY).unique().to_list():
        if not salutation_led(value) or LEGAL_FORM_RE.search(value):
            continue
        rest = value.strip().split(maxsplit=1)[1] if len(value.split()) > 1 else ""
        person = split_person_name(value)
        if company_evidence(rest) is None and person.first and person.last and person.salutation:
            parsed[value] = person
    addition = "Adresszusatz 1"
    business = [
        v for v in led.get_column(addition).drop_nulls().unique().to_list() if company_evidence(v) is not None
    ]
    rows = led.filter(company.is_in(list(parsed)) & ~pl.col(addition).is_in(business).fill_null(False))
    if not parsed or rows.height == 0:
        return frame
    confirmed: list[int] = []
    for record in rows.select(ROW, COMPANY, *_name_addresses(rows)).iter_rows(named=True):
        person = parsed[record[COMPANY]]
        spelled = " ".join(w for w in f"{person.first} {person.last}".split() if not is_title(w))
        if _spelled_by_an_address(record, spelled):
            confirmed.append(record[ROW])
    all_rows = rows.get_column(ROW)
    sure = pl.col(ROW).is_in(confirmed)
    where = pl.col(ROW).is_in(all_rows.implode())
    certain = {v: dataclasses.replace(p, sure=True) for v, p in parsed.items()}
    frame = _fill_name(frame, log, where & sure, company, certain, PERSON_COLUMNS, "person-name")
    doubtful = {v: dataclasses.replace(p, sure=False) for v, p in parsed.items()}
    frame = _fill_name(frame, log, where & ~sure, company, doubtful, PERSON_COLUMNS, "person-name")
    return _patch(frame, where, {COMPANY: pl.lit(None, dtype=pl.String)}, log, "company-name-is-person")


#: An address of a free mail service, which businesses rarely use for their own name (a person's).
_FREE_MAIL: Final = re.compile(
    r"(?i)@(?:gmx\.(?:de|at|ch|net|com)|web\.de|t-online\.de|freenet\.de|arcor\.de|online\.de|mail\.de|"
    r"posteo\.(?:de|net)|mailbox\.org|g(?:oogle)?mail\.com|yahoo\.[a-z.]+|ymail\.com|hotmail\.[a-z.]+|"
    r"outlook\.[a-z.]+|live\.[a-z.]+|msn\.com|icloud\.com|me\.com|mac\.com|aol\.[a-z.]+|bluewin\.ch|"
    r"hispeed\.ch|aon\.at|chello\.at|proton(?:mail)?\.(?:me|com|ch))\s*$"
)
#: An address whose name part starts with an initial ("m.huber@", "m_huber@").
_LEADING_INITIAL: Final = re.compile(r"(?i)^\s*[a-zäöü]{1,2}[._]")
#: Two or three words of a person's name, each capitalised ("Markus Huber", "Anna Maria Schulz").
_PLAIN_NAME: Final = r"^\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s*$"


def _free_mail_person_company_name(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Firmenname that is a person's plain name ("Markus Huber", no business's word, no legal
    form) on a row without names of its own or a contact person, beside a free mail address that
    names the person ("m.huber@web.de", "markus.huber@gmx.de"), is a private person: split as a
    doubtful name (``person-name-split-unsure``), the Firmenname emptied (``company-name-is-person``,
    whose message names Anrede "Firma" and the VAT id for a sole trader). Brevo's and other address
    books' company field held such names (the 26th hostile round: uploaded as a company, exit 0).
    Not beside business facts (VAT id, tax number, a column stating a company) or a business's name
    in Adresszusatz 1."""
    addresses = _name_addresses(frame)
    if not addresses or not _present(frame, COMPANY, *PERSON_COLUMNS):
        return frame
    company = pl.col(COMPANY)
    names = [c for c in (*PERSON_COLUMNS[1:], *CONTACT_1_COLUMNS[1:]) if c in frame.columns]
    facts = _business_facts(frame, kind=True)
    free_mail = pl.any_horizontal(
        [pl.col(a).str.contains(_FREE_MAIL.pattern).fill_null(False) for a in addresses]
    )
    cheap = company.is_not_null() & pl.all_horizontal([pl.col(c).is_null() for c in names]) & free_mail
    if facts:
        cheap = cheap & ~pl.any_horizontal(facts)
    rows = frame.filter(cheap.fill_null(False) & company.str.contains(_PLAIN_NAME).fill_null(False))
    if rows.height == 0:
        return frame
    addition = "Adresszusatz 1"
    business = {v for v in rows.get_column(addition).drop_nulls().unique().to_list() if company_evidence(v)}
    parsed: dict[str, PersonName] = {}
    for value in rows.get_column(COMPANY).unique().to_list():
        person = split_person_name(value)
        if company_evidence(value) is None and person.first and person.last and not person.salutation:
            parsed[value] = dataclasses.replace(person, sure=False)
    confirmed: list[int] = []
    turned: list[int] = []
    for record in rows.select(ROW, COMPANY, addition, *addresses).iter_rows(named=True):
        value = record[COMPANY]
        if value not in parsed or record[addition] in business:
            continue
        for address in (record[a] for a in addresses):
            if not address or not _FREE_MAIL.search(address):
                continue
            order = order_in_address(value, address)
            if order is not None or address_spells_name(value, address):
                confirmed.append(record[ROW])
                # a leading initial says the cell names the surname first ("m.huber@" beside
                # "Huber Markus": the re-test found Vorname "Huber"); a trailing one ("markus.h@")
                # or both names written out say nothing of it (addresses are written either way)
                if order == "surname" and _LEADING_INITIAL.match(address):
                    turned.append(record[ROW])
                break
    if not confirmed:
        return frame
    where = pl.col(ROW).is_in(confirmed)
    turn = pl.col(ROW).is_in(turned)
    frame = _fill_name(frame, log, where & ~turn, company, parsed, PERSON_COLUMNS, "person-name")
    if turned:  # the rows whose address turned the name, theirs alone
        reversed_ = {
            v: dataclasses.replace(split_person_name(surname_first_name(v)), sure=False) for v in parsed
        }
        frame = _fill_name(frame, log, turn, company, reversed_, PERSON_COLUMNS, "person-name")
    return _patch(frame, where, {COMPANY: pl.lit(None, dtype=pl.String)}, log, "company-name-is-person")


def _persons_by_row(rows: pl.DataFrame) -> list[int]:
    """The rows of ``rows`` (with a whole name in :data:`PERSON_NAME_MERGE`) whose own
    cells say the name is a person's: a person's Anrede (Herr, Frau), or an e-mail address whose
    name part spells the name's words out, every one ("ina.reisen@" beside "Ina Reisen"; an
    initial does not count: "e.schmidt@" beside "Schmidt Elektro" is the owner's address)."""
    salutation = PERSON_COLUMNS[0]
    found: list[int] = []
    for record in rows.select(ROW, PERSON_NAME_MERGE, salutation, *_name_addresses(rows)).iter_rows(
        named=True
    ):
        said = record[salutation]
        personal = bool(said) and normalize_salutation(said.strip()) in ("Herr", "Frau")
        if personal or _spelled_by_an_address(record, record[PERSON_NAME_MERGE]):
            found.append(record[ROW])
    return found


def _name_addresses(frame: pl.DataFrame) -> list[str]:
    """The columns of :data:`_NAME_ADDRESSES` that ``frame`` has."""
    return [c for c in _NAME_ADDRESSES if c in frame.columns]


def _spelled_by_an_address(record: Mapping[str, Any], name: str) -> bool:
    """Whether one of ``record``'s e-mail addresses (:data:`_NAME_ADDRESSES`) spells ``name`` out
    (:func:`importer.names.address_spells_name`)."""
    return any(address_spells_name(name, record.get(c) or "") for c in _NAME_ADDRESSES)


#: The e-mail columns whose addresses say in which order a row's name is written.
_NAME_ADDRESSES: Final = ("E-Mail 1", "E-Mail 2", "Ansprechpartner 1 E-Mail")


def _surname_led(
    frame: pl.DataFrame, log: _Log, free: pl.Expr, turned: list[str], header: str
) -> frozenset[str]:
    """The names of a whole-name column headed surname first ("Name, Vorname") that are read so.

    The header decides, except where a row's e-mail address settles the order with an initial
    (:func:`importer.names.order_in_address`: "j.weiss@" beside "Jörg Weiß"; the second hostile
    re-test found such names uploaded as Vorname Weiß, Nachname Jörg, exit 0). Warned
    (``name-order-unsure``): a name whose address writes both words in the cell's order, which
    may be either ("sabine.schulz@" beside "Sabine Schulz", "mueller.hans@" beside "Müller
    Hans"), and, where the column's addresses show names written first name first, the names
    without an address. ``turned``: the column's names of persons that a surname-first reading
    turns round (companies' names are none: not warned)."""
    source = pl.col(PERSON_NAME_MERGE)
    if not turned:
        return frozenset()
    own = _address_orders(frame, free, turned)
    shown = any(order == "given" for order in own.values())
    # initials that all show first names first: the same order in a written-out address is so too
    # (the fourth hostile re-test: five of six such names turned round, warned)
    given = {"given", "same"} if shown and not {"surname", "opposite"} & set(own.values()) else {"given"}
    unsure = {v: "issue-name-order-unsure" for v in turned if own.get(v) == "same" and "same" not in given}
    if shown:
        unsure |= {v: "issue-name-order-unsure-addresses" for v in turned if v not in own}
    if unsure:
        read = {v: split_person_name(surname_first_name(v)) for v in unsure}
        reading = source.replace_strict(
            {v: f"Vorname „{n.first}“, Nachname „{n.last}“" for v, n in read.items()},
            default=None,
            return_dtype=pl.String,
        )
        for message in sorted(set(unsure.values())):
            rows = free & source.is_in([v for v, key in unsure.items() if key == message])
            _warn(frame, log, rows, PERSON_COLUMNS[2], "name-order-unsure", message,
                  source=source, header=pl.lit(header), reading=reading)  # fmt: skip
    return frozenset(v for v in turned if own.get(v) not in given)


def _address_orders(
    frame: pl.DataFrame, free: pl.Expr, names: list[str], column: str = PERSON_NAME_MERGE
) -> dict[str, str]:
    """What the rows' e-mail addresses say about the order of each of ``names`` (cells of the
    whole-name ``column``): :func:`importer.names.order_in_address`, where all of a name's
    addresses agree."""
    source = pl.col(column)
    addresses = _name_addresses(frame)
    if not addresses or not names:
        return {}
    pairs = (
        frame.filter(free & source.is_in(names))
        .select(source.alias("name"), pl.concat_list([pl.col(c) for c in addresses]).alias("address"))
        .explode("address")
        .drop_nulls()
        .unique()
        .rows()
    )
    said: dict[str, set[str]] = {}
    for name, address in pairs:
        if (order := order_in_address(name, address)) is not None:
            said.setdefault(name, set()).add(order)
    return {name: orders.pop() for name, orders in said.items() if len(orders) == 1}


def _surname_led_by_initials(frame: pl.DataFrame, free: pl.Expr, turnable: list[str]) -> frozenset[str]:
    """The names of a whole-name column under a header that names no order ("Name") that are
    written surname first by their row's address's initial ("Müller Hans" beside "h.mueller@"):
    the twenty-fourth session's review found them uploaded as Vorname Müller, Nachname Hans."""
    own = _address_orders(frame, free, turnable)
    return frozenset(v for v, order in own.items() if order == "surname")


def _words(text: pl.Expr) -> pl.Expr:
    """The words of ``text`` in lower case, as a list."""
    return text.str.to_lowercase().str.extract_all(r"[^\s,;]+")


#: What says company whatever a kind column says: a legal form, a business's word or ending
#: (:func:`importer.names.company_evidence`); "A & B" alone may be a couple.
_BUSINESS_EVIDENCE: Final = ("legal", "ending", "word")


#: A second name line holding a first name: capitalised words of letters ("Anna", "Hans-Peter",
#: "Anna Maria"), no digits, no abbreviations ("c/o", "z. Hd."), no address line's word
#: (:data:`_ADDRESS_LINE`).
_GIVEN_NAME: Final = r"^\p{Lu}[\p{Ll}'’\-]+(?:[ \-]\p{Lu}[\p{Ll}'’\-]+)?$"
#: Words of an address line or a department, not of a first name ("Hinterhaus", "Postfach",
#: "Abteilung", "Erdgeschoss": the hostile re-test found them uploaded as first names).
_ADDRESS_LINE: Final = (
    r"(?i)\b(?:haus|hof|postfach|abteilung|abt|geschoss|etage|stock|stockwerk|gebäude|geb|büro|lager|"
    r"verwaltung|zentrale|filiale|werk|halle|zimmer|raum|eingang|tor|wohnung|whg|appartement|apartment|"
    r"suite|anbau|praxis|kanzlei|buchhaltung|einkauf|vertrieb|empfang|sekretariat|leitung|"
    r"geschäftsführung|inhaber|stiege|tür|top|postlagernd|rechnung|lieferung|versand)\b"
    r"|(?:haus|hof|geschoss|gebäude|flügel|abteilung|straße|strasse|weg|gasse|platz|allee|ring)\b"
)
#: Share of a "Name 2" column's cells on the rows in question that must read as first names for
#: any of them to be taken as one.
_GIVEN_NAME_SHARE: Final = 2 / 3


def _name_by_kind(frame: pl.DataFrame, log: _Log, *, name_line: bool = False) -> pl.DataFrame:
    """Where a column states each row's kind (:data:`importer.frame.KIND`), a row's only name is
    put where that kind has it.

    A private person's name in the Firmenname (bexio's "Name 1" holds a company's name or a
    person's surname) becomes Anrede, Vorname and Nachname (``person-from-kind``); with
    ``name_line`` (Adresszusatz 1 is the file's "Name 2") a one-word name there is the surname
    and a first name in "Name 2" the first name. A company's name in Nachname, the row without
    another name, becomes its Firmenname (``company-from-kind``). A name with a legal form or a
    business's word stays a company's whatever the column says. Found by the real-layout
    session: bexio's private persons were uploaded as companies named by their surnames.
    """
    salutation, first, last = PERSON_COLUMNS
    if KIND not in frame.columns or not _present(frame, COMPANY, salutation, first, last):
        return frame
    kind, said, company = pl.col(KIND), pl.col(KIND_SAID), pl.col(COMPANY)
    # A VAT id, a tax number or Anrede "Firma" says business whatever the column says (the hostile
    # re-test: "Schmidt, Weber" under Anrede "Firma" was made a person's name and back).
    facts = _business_facts(frame)
    private = ~pl.any_horizontal(facts) if facts else pl.lit(True)
    company_row = (
        (kind == "company") & company.is_null() & pl.col(last).is_not_null() & pl.col(first).is_null()
    )
    updates: dict[str, pl.Expr] = {COMPANY: pl.col(last), last: pl.lit(None, dtype=pl.String)}
    frame = _patch(frame, company_row, updates, log, "company-from-kind", said)
    # A company by the column with a person's name and no company name ("business" beside Olaf
    # Brandt): uploaded as the person, and warned, as a person's row with a company name is (the
    # 38th session's real-export round: FastBill's CUSTOMER_TYPE was ignored without a word)
    person_named = (pl.col(first).is_not_null() | pl.col(last).is_not_null()) & company.is_null()
    named = pl.concat_str([pl.col(first), pl.col(last)], separator=" ", ignore_nulls=True)
    code = "company-kind-without-company"
    _warn(
        frame,
        log,
        (kind == "company") & person_named,
        COMPANY,
        code,
        f"issue-{code}",
        source=said,
        name=named,
    )
    # A Firmenname that only repeats words of the person's own name ("Meier" beside Hans Meier).
    words = pl.concat_str([pl.col(first), pl.col(last)], separator=" ", ignore_nulls=True)
    repeated = (
        (kind == "person")
        & private
        & company.is_not_null()
        & (pl.col(first).is_not_null() | pl.col(last).is_not_null())
    )
    held = _words(company).list.set_difference(_words(words)).list.len() == 0
    values = frame.filter(repeated.fill_null(False) & held).get_column(COMPANY).unique().to_list()
    own = sorted(v for v in values if company_evidence(v) not in _BUSINESS_EVIDENCE)
    if own:
        where = repeated & held & company.is_in(own)
        frame = _patch(frame, where, {COMPANY: pl.lit(None, dtype=pl.String)}, log, "person-from-kind", said)
    # Another name beside the person's own: the employer or club of a private person (hitobito's
    # "Firmenname" beside its flag "Firma" nein; the ninth real-layout round: the person became
    # that company's contact person, her own e-mail and phone the company's). lexoffice has no
    # place for it on a person: set aside, warned, kept in the unmapped file.
    named = pl.col(first).is_not_null() | pl.col(last).is_not_null()
    employer = (kind == "person") & private & company.is_not_null() & named
    frame = _patch(
        frame, employer, {COMPANY: pl.lit(None, dtype=pl.String)}, log, "company-of-person-set-aside", said
    )
    # The Firmenname the row's only name: not beside a contact person (the hostile re-test: a
    # private customer's employer was made the customer's name, the customer the contact).
    alone = [pl.col(c).is_null() for c in (first, last, *CONTACT_1_COLUMNS[1:]) if c in frame.columns]
    person = (kind == "person") & private & company.is_not_null() & pl.all_horizontal(alone)
    values = frame.filter(person.fill_null(False)).get_column(COMPANY).unique().to_list()
    parsed = {
        v: _sure_if_one_word(v, split_person_name(v))
        for v in values
        if company_evidence(v) not in _BUSINESS_EVIDENCE
    }
    if not parsed:
        return frame
    updates = {**_name_updates(company, parsed, PERSON_COLUMNS), COMPANY: pl.lit(None, dtype=pl.String)}
    addition = "Adresszusatz 1"
    if name_line and addition in frame.columns:
        line = pl.col(addition)
        asked = person & company.is_in(list(parsed)) & line.is_not_null() & ~company.str.contains(r"\s")
        given = line.str.contains(_GIVEN_NAME).fill_null(False) & ~line.str.contains(_ADDRESS_LINE).fill_null(
            False
        )
        shares = frame.filter(asked.fill_null(False)).select(given.mean()).item()
        if shares is not None and shares >= _GIVEN_NAME_SHARE:
            given = given & ~company.str.contains(r"\s")
            updates[first] = pl.when(given).then(line).otherwise(updates[first])
            updates[addition] = pl.when(given).then(None).otherwise(line)
    return _patch(frame, person & company.is_in(list(parsed)), updates, log, "person-from-kind", said)


def _sure_if_one_word(text: str, name: PersonName) -> PersonName:
    return replace(name, sure=True) if len(text.split()) == 1 else name


def _name_part(source: pl.Expr, parsed: dict[str, PersonName], attr: str) -> pl.Expr:
    """The ``attr`` part (salutation, first, last) of each split name in ``source``."""
    parts = [getattr(p, attr) for p in parsed.values()]
    return source.replace_strict(list(parsed), parts, default=None, return_dtype=pl.String)


def _name_updates(
    source: pl.Expr, parsed: dict[str, PersonName], columns: tuple[str, str, str]
) -> dict[str, pl.Expr]:
    """``columns`` (salutation, first, last) from the split names of ``source`` (a salutation
    already there is kept)."""
    salutation, first, last = columns
    return {
        salutation: pl.coalesce(pl.col(salutation), _name_part(source, parsed, "salutation")),
        first: _name_part(source, parsed, "first"),
        last: _name_part(source, parsed, "last"),
    }


def _fill_name(
    frame: pl.DataFrame,
    log: _Log,
    where: pl.Expr,
    source: pl.Expr,
    parsed: dict[str, PersonName],
    columns: tuple[str, str, str],
    code: str,
) -> pl.DataFrame:
    """Fill ``columns`` (salutation, first, last) from the split names on the rows ``where``
    holds (``code``), warning ``code``-split-unsure for doubtful splits (a salutation already
    there is kept)."""
    last = columns[2]
    updates = _name_updates(source, parsed, columns)
    unsure = sorted(v for v, p in parsed.items() if not p.sure)
    if unsure:
        fields = {
            "source": source,
            "first": _name_part(source, parsed, "first").fill_null("–"),
            "last": _name_part(source, parsed, "last").fill_null("–"),
        }
        doubt = f"{code}-split-unsure"
        _warn(frame, log, where & source.is_in(unsure), last, doubt, f"issue-{doubt}", **fields)
    return _patch(frame, where, updates, log, f"{code}-split", source)


#: What an address cell with wrapping, a name or a remark has (one regex pass; a plain address has none).
_WRAPPED: Final = r"[<>\"'()]|(?i)^\s*(?:mailto|e-?mail(?:-?adresse)?|mail)\s*:|[.,;:]\s*$|\s@|@\s"
_EMAIL_COLUMNS: Final[tuple[str, ...]] = (
    EMAIL_1,
    EMAIL_2,
    "Ansprechpartner 1 E-Mail",
    "Ansprechpartner 2 E-Mail",
)
#: The columns whose cells may hold two values, which the phone and e-mail steps share out.
_PHONE_AND_EMAIL_COLUMNS: Final = (*PHONE_COLUMNS, *_EMAIL_COLUMNS)


def _tidy_emails(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """One address with wrapping that says nothing ("mailto:", "<…>", quotes, a trailing ";" or
    ".", spaces around "@") loses it (``email-unwrapped``); one with a display name or a comment
    beside it ("Hans Müller <hans@example.de>", "hans@example.de (privat)") becomes the address,
    the whole cell goes to the unmapped file as well (``email-extracted``,
    :func:`importer.rows.set_aside_values`). Cells of two addresses are left to :func:`_split_emails`."""
    columns = [c for c in _EMAIL_COLUMNS if c in frame.columns]
    frame = _map_values(frame, columns, emails.unwrapped, log, "email-unwrapped", pattern=_WRAPPED)
    return _map_values(frame, columns, emails.extracted, log, "email-extracted", pattern=_WRAPPED)


def _split_emails(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Several addresses in one e-mail cell: E-Mail 1's (:func:`_split_first_emails`), then E-Mail 2's
    (:func:`_second_emails_set_aside`)."""
    frame = _split_first_emails(frame, log)
    return _second_emails_set_aside(frame, log) if EMAIL_2 in frame.columns else frame


def _addresses(cell: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The addresses in an e-mail cell, each without brackets or quotes around it ("<a@x.de>,
    <b@y.de>"), and whether only separators stand between them (, ; / | space, Google's ":::")."""
    found = cell.str.extract_all(_EMAIL_TOKEN).list.eval(pl.element().str.strip_chars("<>\"'"))
    # "und", "oder", "&" too ("a@b.de und c@d.de": the 26th hostile round found it rejected)
    only_separators = cell.str.replace_all(_EMAIL_TOKEN, "").str.contains(
        r"(?i)^(?:[\s,;/|&+]|:::|\bund\b|\boder\b|\bu\.|\band\b|\bor\b)+$"
    )
    return found, only_separators


def _split_first_emails(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Two addresses in E-Mail 1 (separated by , ; space, or Google's " ::: ") go to E-Mail 1 and a
    free E-Mail 2. When E-Mail 2 holds a third address, E-Mail 1 keeps the first and the whole cell
    goes to the unmapped file (a warning; :func:`importer.rows.set_aside_values`)."""
    if not _present(frame, EMAIL_1, EMAIL_2):
        return frame
    first, second = pl.col(EMAIL_1), pl.col(EMAIL_2)
    found, only_separators = _addresses(first)
    count = found.list.len()
    one, other = found.list.first(), found.list.get(1, null_on_oob=True)
    several = (count >= 2) & only_separators
    taken = second.str.to_lowercase()
    free = second.is_null() | (taken == other.str.to_lowercase())
    swapped = taken == one.str.to_lowercase()  # E-Mail 2 already holds the first: E-Mail 1 gets the other
    split = several & (count == 2) & (free | swapped)
    updates = {
        EMAIL_1: pl.when(split & ~free).then(other).when(split).then(one).otherwise(first),
        EMAIL_2: pl.when(split).then(pl.coalesce(second, other)).otherwise(second),
    }
    candidates = first.str.count_matches("@", literal=True) >= 2
    if not frame.select(candidates.any()).item():
        return frame
    # The regexes run on the few rows with two "@" only.
    more = _rows_where(frame, candidates, several & (count > 2))
    aside = _rows_where(frame, candidates, several & ((count > 2) | ~(free | swapped)))
    split_rows = _rows_where(frame, candidates, split)
    # Three or more: the second fills a free E-Mail 2 first (the rest is set aside below).
    frame = _patch(frame, more, {EMAIL_2: pl.coalesce(second, other)}, log, "multiple-emails-split", first)
    frame = _patch(frame, split_rows, updates, log, "multiple-emails-split", first)
    # E-Mail 2 holds another address, or there are more than two: the first stays in E-Mail 1,
    # the whole cell goes to the unmapped file.
    return _patch(frame, aside, {EMAIL_1: one}, log, "multiple-emails-set-aside", first)


def _second_emails_set_aside(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Several addresses in E-Mail 2 (SugarCRM's "Non Primary E-mails": "a@x.de,b@x.de"): lexoffice
    has no third slot, so E-Mail 2 keeps the first and the whole cell goes to the unmapped file
    (``multiple-emails-set-aside``); the row was rejected for an invalid address."""
    second = pl.col(EMAIL_2)
    candidates = second.str.count_matches("@", literal=True) >= 2
    if not frame.select(candidates.any()).item():
        return frame
    found, only_separators = _addresses(second)
    aside = _rows_where(frame, candidates, (found.list.len() >= 2) & only_separators)
    return _patch(frame, aside, {EMAIL_2: found.list.first()}, log, "multiple-emails-set-aside", second)


#: A phone cell with letters: a label before the number or a remark in brackets after it may be there.
_PHONE_WORDS: Final = r"[A-Za-zÄÖÜäöüß]"


def _remove_phone_remarks(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """ "0171 1234567 (mobil)", "Tel.: 030 123456": the number is uploaded, the whole cell goes to
    the unmapped file as well (``phone-remark-removed``, :func:`importer.rows.set_aside_values`).
    A fax label, two numbers or other text stay for the next steps and validation."""
    columns = [c for c in PHONE_COLUMNS if c in frame.columns]
    return _map_values(
        frame, columns, phones.without_remark, log, "phone-remark-removed", pattern=_PHONE_WORDS
    )


#: Digits a phone number needs to be compared with another.
_REPEAT_DIGITS: Final = 6
#: The second of two contact columns, and the first it may repeat.
_SECOND_OF: Final = {"E-Mail 2": "E-Mail 1", "Telefon 2": "Telefon 1"}


def _drop_repeats(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """E-Mail 2 or Telefon 2 that repeats E-Mail 1 or Telefon 1 (an address in case or spaces
    apart, a number in its digits) is emptied (``repeated-value-removed``; the cell goes to the
    unmapped file): lexoffice would keep it twice. Found by the real-layout session: HubSpot's
    "Email" and "Work email" hold the same address."""
    for second, first in _SECOND_OF.items():
        if not _present(frame, second, first):
            continue
        if first.startswith("E-Mail"):
            same = (
                pl.col(second).str.strip_chars().str.to_lowercase()
                == pl.col(first).str.strip_chars().str.to_lowercase()
            )
        else:
            digits = [pl.col(c).str.replace_all(r"\D", "") for c in (second, first)]
            # a number's digits, at least six ("+49 MOBIL" and "+49 BUSINESS" are no repeat)
            same = (digits[0] == digits[1]) & (digits[0].str.len_chars() >= _REPEAT_DIGITS)
        where = same.fill_null(False)
        frame = _patch(
            frame,
            where,
            {second: pl.lit(None, dtype=pl.String)},
            log,
            "repeated-value-removed",
            pl.lit(first),
        )
    # A private person's contact person who is that person ("Klaus Schmidt" under Sage 50's
    # "Name" and "Contact Name": the fourth real-layout round); lexoffice keeps contact persons
    # for companies only.
    contact = ("Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname")
    if _present(frame, COMPANY, "Vorname", "Nachname", *contact):

        def alike(a: str, b: str) -> pl.Expr:
            return pl.col(a).str.to_lowercase().eq_missing(pl.col(b).str.to_lowercase())

        # only a contact person with nothing but the name: a phone or an e-mail of its own would
        # be left without a name, and the row rejected (the hostile re-test)
        details = [pl.col(c).is_null() for c in _CONTACT_DETAILS if c in frame.columns]
        where = (
            pl.col(COMPANY).is_null()
            & pl.col(contact[1]).is_not_null()
            & alike(contact[0], "Vorname")
            & alike(contact[1], "Nachname")
            & pl.all_horizontal(details or [pl.lit(True)])
        ).fill_null(False)
        cleared = [c for c in ("Ansprechpartner 1 Anrede", *contact) if c in frame.columns]
        none = pl.lit(None, dtype=pl.String)
        frame = _patch(
            frame,
            where,
            dict.fromkeys(cleared, none),
            log,
            "repeated-value-removed",
            pl.lit("Vorname/Nachname"),
        )
    return frame


#: A contact person's phone and e-mail → the company's own, when the person has no name.
_CONTACT_DETAILS: Final = {"Ansprechpartner 1 Telefon": PHONE_1, "Ansprechpartner 1 E-Mail": EMAIL_1}
_SECOND_SLOT: Final = {PHONE_1: PHONE_2, EMAIL_1: EMAIL_2}


def _nameless_contact_details(frame: pl.DataFrame, log: _Log, *, kept: bool = False) -> pl.DataFrame:
    """A contact person's phone number or e-mail address without the person's name (Sage
    Accounting's "Main Contact Phone" holding a supplier's hotline; the fourth real-layout round:
    the row was rejected for want of the contact's last name) becomes the company's own Telefon 1
    or E-Mail 1 where that is empty (``contact-detail-moved``); elsewhere it stays, and the row
    is rejected as before, its message saying what to do.

    So on a private person's row (a name of its own, no Firmenname, not stated a company), where
    lexoffice has no contact person at all: Perfex CRM's "Contact phonenumber" beside the
    client's own first and last name (the thirty-fourth session's real exports: private clients
    were rejected for want of the contact's last name). There it takes Telefon 2 or E-Mail 2
    too, when the first is taken. ``kept`` (``--company-person keep``): so on a company's row whose
    own person stays where it is too (a vCard gives the person's private address as the contact
    person's; the fortieth round: with ``keep`` each such company was rejected)."""
    names = [c for c in ("Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname") if c in frame.columns]
    if not names:
        return frame
    # nor a person of the row's own on a company's row, who may become that contact person later
    # (_company_person_to_contact) and take the phone with the name
    persons = [c for c in ("Vorname", "Nachname") if c in frame.columns]
    no_contact = pl.all_horizontal(pl.col(c).is_null() for c in names)
    nameless = no_contact & pl.all_horizontal(pl.col(c).is_null() for c in persons)
    private = pl.lit(False)
    if persons and COMPANY in frame.columns:
        private = (
            no_contact
            & pl.col(COMPANY).is_null()
            & pl.any_horizontal(pl.col(c).is_not_null() for c in persons)
        )
        if KIND in frame.columns:
            private = private & pl.col(KIND).ne_missing(pl.lit("company"))
    if kept and persons:
        private = private | (no_contact & pl.any_horizontal(pl.col(c).is_not_null() for c in persons))
    for detail, own in _CONTACT_DETAILS.items():
        if not _present(frame, detail, own):
            continue
        second = _SECOND_SLOT[own]
        # the rows fixed before the first patch: once filled, Telefon 1 would no longer say which
        moved = _rows_where(frame, (nameless | private) & pl.col(detail).is_not_null(), pl.col(own).is_null())
        later = pl.lit(False)
        if second in frame.columns:
            later = _rows_where(
                frame,
                private & pl.col(detail).is_not_null() & pl.col(own).is_not_null(),
                pl.col(second).is_null(),
            )
        for target, where in ((own, moved), (second, later)):
            frame = _patch(
                frame, where, {target: pl.col(detail)}, log, "contact-detail-moved", pl.lit(detail)
            )
            # the cell is uploaded in its new column: its removal here is that move, not a loss
            blank = {detail: pl.lit(None, dtype=pl.String)}
            frame = _patch(frame, where, blank, _Log(), "contact-detail-moved")
        if kept:
            # both of the row's own columns taken: the cell goes to the unmapped file, not the
            # row to the rejected one (a contact person without a name)
            left = private & pl.col(detail).is_not_null()
            blank = {detail: pl.lit(None, dtype=pl.String)}
            frame = _patch(frame, left, blank, log, "contact-detail-set-aside", pl.col(detail))
    return frame


def _one_number(number: str, land: str | None) -> str:
    """A number as compared with another: E.164 where valid, else its digits."""
    return phones.formatted(number, land, "e164") or re.sub(r"\D", "", number)


#: A fax number's label after a phone number in one cell: "0351 123456 / Fax 0351 123457".
#: Not at the cell's start ("Fax 0351 …, Tel. …": the fax first is left as it is).
_FAX_LABEL: Final = re.compile(r"(?i)(?<=[\w,;/&+)-])\s*(?:\(\s*(?:tele)?fax\s*\)|(?:tele)?fax\b\.?\s*:?)\s*")
#: What joins a number to the next at its end ("0351 123456 oder", "… /"), and a number alone.
_TRAILING_JOIN: Final = re.compile(r"(?i)[\s,;/&+:-]*(?:\b(?:oder|und|u\.|or|and)\b)?[\s,;/&+:-]*$")
_CLEAN_NUMBER: Final = re.compile(r"\+?[\d\s/()\-.]+")
#: A phone number's label at the cell's start: "Tel. 0351 1234567, Fax …".
_PHONE_LABEL: Final = re.compile(r"(?i)^\s*(?:tel(?:efon)?|fon|phone)\b\.?\s*:?\s*")
#: A fax number alone, labelled before or after it: "Fax: 0341 1234567", "0341 1234567 (Fax)".
_FAX_NUMBER: Final = r"(\+?\(?\d[\d\s/()\-.]{4,}\d)"
_LONE_FAX: Final = re.compile(
    rf"(?i)^\s*(?:(?:tele)?fax(?:[- ]?(?:nr|nummer)\b)?\.?\s*:?\s*{_FAX_NUMBER}"
    rf"|{_FAX_NUMBER}\s*(?:\(\s*(?:tele)?fax\s*\)|[,;/-]?\s*(?:tele)?fax\b\.?:?)"
    # a fax label with words and a colon ("Fax Büro: …", "Telefax Zentrale: …"; the third re-test
    # of the 26th session found them uploaded as phone numbers)
    rf"|(?:tele)?fax\s+[^\W\d_][^\d:]{{0,30}}:\s*{_FAX_NUMBER})\s*$"
)
#: A mobile number's label and its number after a fax: "… Fax: 0351 2 Mobil: 0171 2345678".
_MOBILE_LABELLED: Final = re.compile(
    r"(?i)\b(?:mobil|mobile|handy|cell)\b\.?\s*:?\s*(\+?\d[\d\s/()\-.]{4,}\d)"
)


def _lone_fax(value: str, country: str | None) -> bool:
    """Whether ``value`` is a fax number and nothing else (:data:`_LONE_FAX`), valid in ``country``."""
    alone = _LONE_FAX.match(value)
    return alone is not None and phones.classify(alone[1] or alone[2] or alone[3], country) == "valid"


#: The phone columns besides Telefon 1 whose fax number alone is set aside.
_OTHER_PHONES: Final = (PHONE_2, "Ansprechpartner 1 Telefon", "Ansprechpartner 2 Telefon")


def _second_fax_aside(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A fax number alone in Telefon 2 or a contact person's phone ("Fax: 0351 1234568", "0341
    2223331 (Fax)") is set aside as in Telefon 1: the fourth and fifth hostile re-tests found it
    uploaded as a phone number."""
    country = pl.col(PHONE_COUNTRY) if PHONE_COUNTRY in frame.columns else pl.lit(None, dtype=pl.String)
    for column in (c for c in _OTHER_PHONES if c in frame.columns):
        cell = pl.col(column)
        pairs = (
            frame.filter(cell.str.contains("(?i)fax").fill_null(False))
            .select(cell, country.alias("c"))
            .unique()
        )
        faxes = [value for value, land in pairs.iter_rows() if _lone_fax(value, land)]
        if faxes:
            nothing = pl.lit(None, dtype=pl.String)
            frame = _patch(frame, cell.is_in(faxes), {column: nothing}, log, "fax-set-aside", cell)
    return frame


def _split_phones(frame: pl.DataFrame, log: _Log, *, fax: bool = False) -> pl.DataFrame:
    """Two numbers in Telefon 1 (Google's " ::: ", or a comma, semicolon, "&", " / ", "und",
    "oder" between two valid numbers) go to Telefon 1 and a free Telefon 2 (or one holding either
    of them). When Telefon 2 holds a third number, Telefon 1 keeps the first and the whole cell goes
    to the unmapped file (a warning; :func:`importer.rows.set_aside_values`). Three numbers or more
    in Telefon 1 fill it and a free Telefon 2, and the whole cell is set aside as well (the
    hostile values round: such a row was rejected as too long and not a number; e-mail addresses
    were handled so already). A second number that is a fax (labelled "Fax", or ``fax``: the
    column's header names one, "Tel. / Fax") never becomes Telefon 2: Telefon 1 keeps the first,
    and the whole cell goes to the unmapped file (``fax-set-aside``; the hostile round on
    hand-made sheets found the fax uploaded as the second phone number)."""
    if not _present(frame, PHONE_1, PHONE_2):
        return frame
    first, second = pl.col(PHONE_1), pl.col(PHONE_2)
    country = pl.col(PHONE_COUNTRY) if PHONE_COUNTRY in frame.columns else pl.lit(None, dtype=pl.String)
    with_label = first.str.contains(r"(?i)fax|mobil|\bmob\b|handy|\bcell|\btel|\bfon\b")
    candidates = (first.str.contains(_PHONE_SEPARATORS) | with_label).fill_null(False)
    pairs = frame.filter(candidates).select(first, country.alias("country")).unique()
    found: dict[tuple[str, str | None], tuple[str, str | None]] = {}
    more: dict[tuple[str, str | None], tuple[str, str | None]] = {}
    faxed: dict[tuple[str, str | None], str | None] = {}
    mobiles: dict[tuple[str, str | None], str] = {}
    lone: list[str] = []  # keys of the cells that hold a fax number and nothing else
    for value, land in pairs.iter_rows():
        if _lone_fax(value, land):
            # a fax is no phone number: Telefon 1 stays empty, the cell is set aside (it was uploaded)
            lone.append(f"{value}\x1f{land or ''}")
            continue
        numbered = phones.labelled_numbers(value, land)
        # without a fax the cell is not set aside: split only where no remark would be lost
        faxless = numbered is not None and all(kind != "fax" for kind, _ in numbered)
        if numbered is not None and not (faxless and not phones.numbers_and_labels_only(value)):
            # labelled numbers in any order ("Tel … Mobil … Fax …"): the phone, then a mobile
            # number, fill Telefon 1 and a free Telefon 2; the faxes are set aside with the cell
            calls = [n for kind, n in numbered if kind == "phone"]
            calls += [n for kind, n in numbered if kind == "mobile"]
            if faxless:  # two numbers, or more (set aside)
                (found if len(calls) == 2 else more)[(value, land)] = (calls[0], calls[1])
            elif not calls:
                lone.append(f"{value}\x1f{land or ''}")
            else:
                faxed[(value, land)] = calls[0]
                if len(calls) > 1:
                    mobiles[(value, land)] = calls[1]
            continue
        # the fax's label becomes a separator ("0351 7654321 Fax: 0351 7654322")
        labelled = value
        if _FAX_LABEL.search(value):
            labelled = _FAX_LABEL.sub(" / ", _PHONE_LABEL.sub("", value)).strip(" /")
        if fax or labelled != value:
            head, *after = _FAX_LABEL.split(_PHONE_LABEL.sub("", value), maxsplit=1)
            rest = after[0] if after else ""
            # a fax number after the label: else the only number may be the fax ("0341 123 (Fax)")
            faxed[(value, land)] = head if len(re.sub(r"\D", "", rest)) >= 6 or fax else None
            # a mobile number labelled after the fax is the second phone number
            labelled_mobile = _MOBILE_LABELLED.search(rest)
            if labelled_mobile is not None and phones.is_mobile(labelled_mobile[1], land):
                mobiles[(value, land)] = labelled_mobile[1].strip()
        two = phones.two_numbers(labelled, land)
        if fax and labelled == value and two is not None and phones.is_mobile(two[1], land):
            # under "Tel./Fax" a mobile number is no fax: two phone numbers (the second hostile re-test)
            faxed.pop((value, land), None)
        if two is not None:
            # The same number twice ("X ::: X") is one number: Telefon 2 is not filled with it.
            same = re.sub(r"\D", "", two[0]) == re.sub(r"\D", "", two[1])
            found[(value, land)] = (two[0], None if same else two[1])
        elif (several := phones.several_numbers(labelled, land)) is not None:
            # Telefon 2 gets the first number that is not the first again, in any notation
            # ("+49 351 123456" and "0351 123456": the hostile re-test)
            first_one = _one_number(several[0], land)
            others = [n for n in several[1:] if _one_number(n, land) != first_one]
            more[(value, land)] = (several[0], others[0] if others else None)
    # a fax beside the number: the first number alone, the whole cell set aside
    leads = {k: (found.get(k) or more.get(k) or (head, None))[0] for k, head in faxed.items()}
    trimmed = {k: _TRAILING_JOIN.sub("", number) for k, number in leads.items() if number is not None}
    # a clean number only: "0371 123456 (Tel. &" of "(Tel. & Fax)" stays as it was (the hostile re-test)
    kept = {k: n for k, n in trimmed.items() if _CLEAN_NUMBER.fullmatch(n) and len(re.sub(r"\D", "", n)) >= 6}
    found = {k: v for k, v in found.items() if k not in faxed}
    more = {k: v for k, v in more.items() if k not in faxed}
    if not found and not more and not kept and not lone:
        return frame
    key = pl.concat_str([first, country.fill_null("")], separator="\x1f")

    def looked_up(pairs: Mapping[tuple[str, str | None], str | None]) -> pl.Expr:
        keys = [f"{value}\x1f{land or ''}" for value, land in pairs]
        return key.replace_strict(keys, list(pairs.values()), default=None, return_dtype=pl.String)

    if lone:
        nothing = pl.lit(None, dtype=pl.String)
        frame = _patch(frame, key.is_in(lone), {PHONE_1: nothing}, log, "fax-set-aside", first)
    if kept:
        lead = looked_up(kept)
        if mobiles:
            mobile = looked_up(mobiles)
            where = lead.is_not_null() & mobile.is_not_null() & second.is_null()
            frame = _patch(frame, where, {PHONE_2: mobile}, log, "multiple-phones-split", first)
        frame = _patch(frame, lead.is_not_null(), {PHONE_1: lead}, log, "fax-set-aside", first)
        if not found and not more:
            return frame

    def part(index: int, pairs: dict[tuple[str, str | None], Any]) -> pl.Expr:
        return looked_up({k: numbers[index] for k, numbers in pairs.items()})

    if more:  # the second fills a free Telefon 2 first; the first and the set-aside follow
        lead, follow = part(0, more), part(1, more)
        frame = _patch(
            frame,
            lead.is_not_null(),
            {PHONE_2: pl.coalesce(second, follow)},
            log,
            "multiple-phones-split",
            first,
        )
        frame = _patch(frame, lead.is_not_null(), {PHONE_1: lead}, log, "multiple-phones-set-aside", first)
    if not found:
        return frame
    one, other = part(0, found), part(1, found)
    # ``other`` is null for the same number twice: Telefon 1 keeps it once, whatever Telefon 2 holds.
    fits = second.is_null() | (second == other) | (second == one) | other.is_null()
    split = one.is_not_null() & fits
    updates = {
        PHONE_1: pl.when(split & (second == one)).then(other).when(split).then(one).otherwise(first),
        PHONE_2: pl.when(split).then(pl.coalesce(second, other)).otherwise(second),
    }
    frame = _patch(frame, split, updates, log, "multiple-phones-split", first)
    # Telefon 2 holds a third number: the first stays, the whole cell goes to the unmapped file.
    aside = one.is_not_null() & ~fits
    return _patch(frame, aside, {PHONE_1: one}, log, "multiple-phones-set-aside", first)


#: Germany's and Austria's federal states in a Land column, by code or name (case folded).
_STATE_COUNTRIES: Final = {
    **dict.fromkeys(
        ["bw", "by", "be", "bb", "hb", "hh", "he", "mv", "ni", "nw", "nrw", "rp", "rlp", "sl", "sn", "st"],
        "DE",
    ),
    **dict.fromkeys(["sh", "th", "baden-württemberg", "baden-wuerttemberg", "bayern", "berlin"], "DE"),
    **dict.fromkeys(["brandenburg", "bremen", "hamburg", "hessen", "mecklenburg-vorpommern"], "DE"),
    **dict.fromkeys(["niedersachsen", "nordrhein-westfalen", "rheinland-pfalz", "saarland", "sachsen"], "DE"),
    **dict.fromkeys(["sachsen-anhalt", "schleswig-holstein", "thüringen", "thueringen"], "DE"),
    **dict.fromkeys(["wien", "tirol", "salzburg", "kärnten", "kaernten", "steiermark", "vorarlberg"], "AT"),
    **dict.fromkeys(["burgenland", "niederösterreich", "niederoesterreich", "oberösterreich"], "AT"),
    "oberoesterreich": "AT",
}
#: The states' codes that are countries' codes too (BY Belarus, BE Belgium, TH Thailand …).
_STATE_CODES_OF_COUNTRIES: Final = frozenset(
    {"bw", "by", "be", "bb", "mv", "ni", "sl", "sn", "st", "sh", "th"}
)


def _states_read(values: set[str]) -> set[str]:
    """The values of a Land column (lower case, trimmed) that are read as federal states: all its
    states where one is a state no country shares, or where it holds nothing but states' codes, two
    at least ("BY", "SN"); none otherwise."""
    states = values & _STATE_COUNTRIES.keys()
    if not states - _STATE_CODES_OF_COUNTRIES and (states != values or len(states) < 2):
        return set()
    return states


def _countries_from_states(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Land column that holds federal states ("Bayern", "NRW", "HH", "Tirol": a hand-made
    list's "Land" is often the Bundesland) gets each state's country (``country-from-state``; the
    cell goes to the unmapped file as well); the hostile values round found "München, BY"
    uploaded as Belarus, "Berlin, BE" as Belgium, "Sachsen" rejecting the row. Only a column with
    a state no country shares (a name, or HB, HH, HE, NW, NRW, RP, RLP), or with nothing but
    states' codes, two at least ("BY", "BE", "SN"), is read so: "TH" beside "VN" is Thailand, a
    column of "BE" alone Belgium. Countries in the column stay, and so does a code a country shares
    on a row whose postcode is that country's, not a German one: "BE" beside "1000 Brussel" is
    Belgium (the 25th hostile round found it made Berlin, its postcode 01000)."""
    for postcode, _city, column in ADDRESSES:
        if column not in frame.columns:
            continue
        said = pl.col(column).str.strip_chars().str.to_lowercase()
        states = _states_read(set(frame.select(said.drop_nulls().unique()).to_series().to_list()))
        if not states:
            continue
        country = said.replace_strict(_STATE_COUNTRIES, default=None, return_dtype=pl.String)
        where = said.is_in(sorted(states))
        if postcode in frame.columns:
            code = pl.col(postcode).str.strip_chars()
            for shared in sorted(states & _STATE_CODES_OF_COUNTRIES):
                own = _POSTCODE_FORMATS.get(shared.upper())
                if own is not None:
                    foreign = code.str.contains(f"^(?:{own})$") & ~code.str.contains(r"^[0-9]{5}$")
                    where = where & ~((said == shared) & foreign.fill_null(False))
        frame = _patch(frame, where, {column: country}, log, "country-from-state")
    return frame


def _normalize_countries(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Country names, vehicle codes, alpha-3 codes and phone prefixes → ISO alpha-2; unknown values kept."""
    columns = [c for c in COUNTRY_COLUMNS if c in frame.columns]

    def resolve(value: str) -> str:
        return country_code(value) or value

    return _map_values(frame, columns, resolve, log, "country-normalized")


#: The countries a country named after a town's comma may fill Land n with: Europe's (outside
#: Europe the names are ambiguous: "Atlanta, Georgia" is a state, no country).
_NAMED_AFTER_TOWN: Final = frozenset(
    {"GR" if p == "EL" else p for p in vatids.EU_PREFIXES if p != "XI"}
    | {"CH", "LI", "NO", "IS", "GB", "MC", "SM", "AD"}
)
#: A town, a comma and what follows the last comma: "Graz, Österreich" → ("Graz", "Österreich").
_TOWN_AND_REST: Final = r"^(.*\S)\s*,\s*([^,]*\S)\s*$"


def _country_from_city(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A country named after Ort n's last comma ("8020 Graz, Österreich", "Basel, Schweiz") goes
    to Land n where that is empty, or is dropped where Land n names the same country
    (``city-country-moved``): lexoffice prints the country on its own line, and an address
    without Land n is German (found by the hostile session on hand-made sheets: "Graz,
    Österreich" kept its country in Ort 1). Only a country of Europe fills an empty Land
    (:data:`_NAMED_AFTER_TOWN`); a country other than Land n's stays where it is."""
    for _postcode, city, country in ADDRESSES:
        if city not in frame.columns or country not in frame.columns:
            continue
        rest = pl.col(city).str.extract(_TOWN_AND_REST, 2)
        tails = frame.select(rest.drop_nulls().unique()).to_series().to_list()
        named = {tail: iso for tail in tails if (iso := named_country(tail)) is not None}
        if not named:
            continue
        said = rest.replace_strict(named, default=None, return_dtype=pl.String)
        land = pl.col(country)
        where = (land.is_null() & said.is_in(sorted(_NAMED_AFTER_TOWN))) | (land == said)
        updates = {city: pl.col(city).str.extract(_TOWN_AND_REST, 1), country: pl.coalesce(land, said)}
        frame = _patch(frame, where, updates, log, "city-country-moved", pl.col(city))
    return _country_tag_of_city(frame, log)


#: A town and a country's tag in brackets after it: "Wien (A)", "Basel (CH)", "Salzburg (Österreich)".
_TOWN_AND_TAG: Final = r"^(.*?\S)\s*\(\s*([^()]*?\S)\s*\)\s*$"


def _country_tag_of_city(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A country's tag in brackets after Ort n ("Wien (A)", "Innsbruck (AT)": a hand-made list's
    way, found by the 40th real-export round, uploaded as Ort "Wien (A)") is taken off the town
    (``city-country-moved``) where Land n names that country, or is empty and the town is a place
    of it (:func:`importer.places.country_of_place`), or the tag writes the country out. A vehicle
    code alone is no proof: "Frankfurt (M)" is no town of Malta, "Frankfurt (Oder)" no country."""
    for _postcode, city, country in ADDRESSES:
        if city not in frame.columns or country not in frame.columns:
            continue
        tagged = frame.select(
            pl.col(city).str.extract(_TOWN_AND_TAG, 1).alias("town"),
            pl.col(city).str.extract(_TOWN_AND_TAG, 2).alias("tag"),
        )
        pairs = tagged.drop_nulls().unique().iter_rows()
        said: dict[str, str] = {}  # the cell's town and tag, joined, → the tag's country
        for town, tag in pairs:
            code = country_code(tag, foreign=False)
            if code is not None and (named_country(tag) == code or country_of_place(town) == code):
                said[f"{town}\x1f{tag}"] = code
        if not said:
            continue
        key = pl.concat_str(
            [pl.col(city).str.extract(_TOWN_AND_TAG, 1), pl.col(city).str.extract(_TOWN_AND_TAG, 2)],
            separator="\x1f",
        )
        tag_country = key.replace_strict(said, default=None, return_dtype=pl.String)
        land = pl.col(country)
        # the same country as Land n, or an empty Land n; another country stays in the town
        where = tag_country.is_not_null() & (land.is_null() | (land == tag_country))
        updates = {city: pl.col(city).str.extract(_TOWN_AND_TAG, 1), country: pl.coalesce(land, tag_country)}
        frame = _patch(frame, where, updates, log, "city-country-moved", pl.col(city))
    return frame


#: Countries whose postcodes have exactly four digits (_POSTCODE_FORMATS).
_FOUR_DIGIT_COUNTRIES: Final = sorted(c for c, f in _POSTCODE_FORMATS.items() if f == "[0-9]{4}")


#: Countries with four-digit postcodes a row's own phone numbers, e-mail addresses and VAT id
#: can name: their calling codes, top-level domains and VAT id prefixes.
_FOUR_DIGIT_HINTS: Final = {
    "AT": (("+43", "0043"), ".at", "ATU"),
    "CH": (("+41", "0041"), ".ch", "CHE"),
    "LI": (("+423", "00423"), ".li", None),
    # Germany's own hints count against the others: a Dresden row with a .at address stays German.
    "DE": (("+49", "0049"), ".de", "DE"),
}


def _country_from_hints(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A row without Land 1 whose four-digit PLZ 1 would become German with a leading zero
    ("1010 Wien" → "01010"), while its phone numbers, e-mail addresses or VAT id all point to one
    country with four-digit postcodes (Austria: +43, .at, ATU…; Switzerland; Liechtenstein), or
    its Ort 1 is a place of one such country (:mod:`importer.places`: "Linz", "Zürich",
    "Bruxelles"): that country fills Land 1 (``country-from-hints``, a warning; the PLZ stays as
    written). The Ort decides over the other hints; a place of the German states whose
    postcodes start with 0 keeps the row German."""
    if not _present(frame, "Land 1", "PLZ 1"):
        return frame
    four = pl.col("PLZ 1").str.contains(r"^[0-9]{4}$").fill_null(False) & pl.col("Land 1").is_null()
    phones_ = [c for c in (PHONE_1, "Telefon 2") if c in frame.columns]
    mails = [c for c in (EMAIL_1, EMAIL_2) if c in frame.columns]
    hints: list[pl.Expr] = []
    for country, (codes, domain, prefix) in _FOUR_DIGIT_HINTS.items():
        said = pl.lit(country)
        for column in phones_:
            digits = pl.col(column).str.replace_all(r"[\s()/.\-]", "")
            hints.append(pl.when(pl.any_horizontal(digits.str.starts_with(c) for c in codes)).then(said))
        for mail in mails:
            hints.append(pl.when(pl.col(mail).str.to_lowercase().str.ends_with(domain)).then(said))
        if prefix is not None and VAT_ID in frame.columns:
            hints.append(pl.when(pl.col(VAT_ID).str.to_uppercase().str.starts_with(prefix)).then(said))
    place = _place_country(frame, four, "Ort 1")
    if not hints and place is None:
        return frame
    # The hints are read on those rows only (_patch evaluates its updates on the rows it patches).
    named = (
        pl.concat_list(hints).list.drop_nulls().list.unique()
        if hints
        else pl.lit([], dtype=pl.List(pl.String))
    )
    one = named.list.first()
    land = pl.when((named.list.len() == 1) & (one != "DE")).then(one).otherwise(pl.col("Land 1"))
    if place is not None:
        # The address's own place decides over phone, e-mail and VAT id (found by the hostile
        # re-test: "1010 Wien" with a German phone number became "01010", German); a place of
        # the East German states whose postcodes start with 0 keeps the row German.
        land = (
            pl.when(place == "DE")
            .then(pl.col("Land 1"))
            .when(place.is_not_null())
            .then(place)
            .otherwise(land)
        )
    frame = _patch(frame, four, {"Land 1": land}, log, "country-from-hints", pl.col("PLZ 1"))
    return _delivery_country(frame, log)


#: Country domains used as generic ones ("startup.io", "marke.co", "shop.eu"): no hint of a country.
_GENERIC_DOMAINS: Final = frozenset(
    {"ac", "ag", "ai", "am", "cc", "co", "eu", "fm", "gg", "io", "la", "ly", "me", "nu", "sc", "sh", "tk",
     "to", "tv", "vc", "ws"}
)  # fmt: skip
#: A country domain or VAT prefix that is not the country's ISO code.
_DOMAIN_COUNTRIES: Final = {"uk": "GB"}
_VAT_PREFIX_COUNTRIES: Final = {"EL": "GR", "XI": "GB"}


def _hinted_countries(
    frame: pl.DataFrame, rows: pl.Expr, key: pl.Expr, read: Callable[[str], str | None]
) -> pl.Expr:
    """The country each cell hints at: ``read`` on the distinct ``key``s (a calling code, a
    domain, a prefix) of the ``rows`` looked at, or null."""
    keys = frame.filter(rows.fill_null(False)).select(key.alias("k")).get_column("k").drop_nulls().unique()
    found = {value: country for value in keys.to_list() if (country := read(value)) is not None}
    if not found:
        return pl.lit(None, dtype=pl.String)
    return key.replace_strict(found, default=None, return_dtype=pl.String)


def _calling_code(column: str) -> pl.Expr:
    """The calling code after an international prefix: "+33 1 42…" → "33" (its first three digits:
    the codes are prefix-free)."""
    return pl.col(column).str.replace_all(r"[\s()/.\-]", "").str.extract(r"^(?:\+|00)([1-9][0-9]{0,2})")


def _domain(column: str) -> pl.Expr:
    """An e-mail address's top-level domain: "contact@boulangerie.fr" → "fr"."""
    return pl.col(column).str.strip_chars().str.to_lowercase().str.extract(r"@.*\.([a-z]{2})$")


def _domain_country(domain: str) -> str | None:
    if domain in _GENERIC_DOMAINS:
        return None
    country = _DOMAIN_COUNTRIES.get(domain, domain.upper())
    return country if country in iso_codes() else None


def _vat_country(prefix: str) -> str | None:
    country = _VAT_PREFIX_COUNTRIES.get(prefix, prefix)
    return country if prefix.isalpha() and country in iso_codes() else None


def _country_from_foreign_hints(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A row with an address but without Land 1 (and no four-digit PLZ 1, which
    :func:`_country_from_hints` reads) is German to lexoffice. When two kinds of its details, of
    its phone numbers' calling codes ("+33 …"), its e-mail addresses' country domains (".fr") and
    its VAT id's prefix ("FR…"), name one other country and none names another, that country fills
    Land 1 (``country-from-foreign-hints``, a warning); when one kind alone names it, the row is
    warned and Land 1 left empty (``country-hint-foreign``). Found by the 40th real-layout round:
    "12 Rue de Rivoli, 75001 Paris" with "+33 1 42 60 12 34" and "contact@….fr" was uploaded as a
    German address, unwarned."""
    if not _present(frame, "Land 1", "PLZ 1", "Ort 1", "Straße 1"):
        return frame
    place = pl.any_horizontal(pl.col(c).is_not_null() for c in ("Straße 1", "PLZ 1", "Ort 1"))
    four = pl.col("PLZ 1").str.contains(r"^[0-9]{4}$").fill_null(False)
    rows = pl.col("Land 1").is_null() & place & ~four
    readers: dict[str, tuple[pl.Expr, Callable[[str], str | None]]] = {
        PHONE_1: (_calling_code(PHONE_1), phones.country_of_calling_code),
        "Telefon 2": (_calling_code("Telefon 2"), phones.country_of_calling_code),
        EMAIL_1: (_domain(EMAIL_1), _domain_country),
        EMAIL_2: (_domain(EMAIL_2), _domain_country),
        VAT_ID: (pl.col(VAT_ID).str.strip_chars().str.to_uppercase().str.slice(0, 2), _vat_country),
    }
    groups = [
        [c for c in group if c in frame.columns]
        for group in ((PHONE_1, "Telefon 2"), (EMAIL_1, EMAIL_2), (VAT_ID,))
    ]
    hinted = {c: _hinted_countries(frame, rows, *readers[c]) for group in groups for c in group}
    if not hinted:
        return frame
    # read on the rows without a country only, the hints materialised once
    names = {c: f"__hint{i}" for i, c in enumerate(hinted)}
    sub = frame.filter(rows.fill_null(False)).select(
        ROW,
        *(pl.col(c).alias(f"__cell{i}") for i, c in enumerate(hinted)),
        *(e.alias(names[c]) for c, e in hinted.items()),
    )
    # each kind's country ("?" where its cells name two), then the one all kinds that name one name
    named: list[pl.Expr] = []
    for group in (g for g in groups if g):
        first = pl.coalesce(*(pl.col(names[c]) for c in group))
        clash = pl.any_horizontal(
            (pl.col(names[c]).is_not_null() & (pl.col(names[c]) != first)) for c in group
        )
        named.append(pl.when(clash.fill_null(False)).then(pl.lit("?")).otherwise(first))
    one = pl.coalesce(*named)
    agreed = pl.all_horizontal((n.is_null() | (n == one)) for n in named)
    # the cell that named the country (the first of them): the finding's value
    hint = pl.coalesce(
        *(pl.when(pl.col(names[c]).is_not_null()).then(pl.col(f"__cell{i}")) for i, c in enumerate(hinted))
    )
    found = sub.select(
        ROW,
        one.alias("one"),
        pl.sum_horizontal(n.is_not_null().cast(pl.Int32) for n in named).alias("told"),
        hint.alias("hint"),
        agreed.alias("agreed"),
    ).filter(pl.col("one").is_not_null() & ~pl.col("one").is_in(["DE", "?"]) & pl.col("agreed"))
    if not found.height:
        return frame
    by_row = {
        name: dict(zip(found[ROW].to_list(), found[name].to_list(), strict=True)) for name in ("one", "hint")
    }

    def of_row(name: str) -> pl.Expr:
        return pl.col(ROW).replace_strict(by_row[name], default=None, return_dtype=pl.String)

    alone = found.filter(pl.col("told") == 1)[ROW].implode()
    several = found.filter(pl.col("told") >= 2)[ROW].implode()
    _warn(
        frame,
        log,
        pl.col(ROW).is_in(alone),
        "Land 1",
        "country-hint-foreign",
        "issue-country-hint-foreign",
        source=of_row("hint"),
        country=of_row("one"),
        target=pl.lit("Land 1"),
    )
    return _patch(
        frame,
        pl.col(ROW).is_in(several),
        {"Land 1": of_row("one")},
        log,
        "country-from-foreign-hints",
        of_row("hint"),
    )


def _delivery_country(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A delivery address without Land 2 whose four-digit PLZ 2 would become German with a leading
    zero gets the country of its Ort 2 when that is a place of a four-digit country
    (:mod:`importer.places`; ``country-from-hints``, a warning). Found by the hostile re-test:
    "8001 Zürich" and "1010 Wien" as a delivery "PLZ Ort" became "08001", "01010". Land 1 says
    nothing here: an Austrian company's delivery address "1067" without a country is read as
    German ("01067"), as before."""
    if not _present(frame, "PLZ 2") or "Land 2" not in frame.columns:
        return frame
    four = pl.col("PLZ 2").str.contains(r"^[0-9]{4}$").fill_null(False) & pl.col("Land 2").is_null()
    place = _place_country(frame, four, "Ort 2")
    if place is None:
        return frame
    foreign = four & place.is_not_null() & (place != "DE")
    return _patch(frame, foreign, {"Land 2": place}, log, "country-from-hints", pl.col("PLZ 2"))


def _town_country(town: str) -> str | None:
    """The country of an Ort cell: the country it names after a comma ("Neustadt, Österreich")
    where that has four-digit postcodes, else its place's (:func:`country_of_place`)."""
    if "," in town:
        named = named_country(town.rsplit(",", 1)[1].strip())
        if named in _FOUR_DIGIT_COUNTRIES or named == "DE":
            return named
    return country_of_place(town)


def _place_country(frame: pl.DataFrame, where: pl.Expr, city: str) -> pl.Expr | None:
    """The country of each ``city`` cell that is a place of the list (:func:`country_of_place`;
    "DE" for a name shared with a German place), looked up once per distinct name on the rows
    ``where`` holds; None when ``city`` names no such place there."""
    if city not in frame.columns:
        return None
    towns = frame.filter(where).get_column(city).drop_nulls().unique().to_list()
    placed = {town: land for town in towns if (land := _town_country(town)) is not None}
    return pl.col(city).replace_strict(placed, default=None, return_dtype=pl.String) if placed else None


def _restore_leading_zeros(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A 4-digit PLZ of a German (or country-less) address gets its leading zero back where that makes
    a German one (01…–09…, not 05…); AT/CH keep 4 digits.

    The other way round, a PLZ of a four-digit country padded to five digits ("08001" for Zürich:
    a whole column formatted ``00000`` for German postcodes, shown so in Excel and saved so as CSV)
    loses the zero (``postcode-zero-padding-removed``): no such country has five-digit postcodes.

    A column that keeps the zero of other postcodes ("01067") says nothing: a Faktura user types
    "1067" into a text field as easily as Excel drops the zero. The row's Ort does
    (:func:`_country_from_hints`, which runs before).
    """
    for postcode, city, country in ADDRESSES:
        if postcode not in frame.columns:
            continue
        code = pl.col(postcode)
        land = pl.col(country) if country in frame.columns else pl.lit(None, dtype=pl.String)
        # Not where the zero makes no German postcode: 00… and 05… are no regions ("5020" is
        # Salzburg; "05020" was uploaded: the eleventh real-layout round). Validation names it.
        lost = code.str.contains(r"^[1-46-9][0-9]{3}$") & (land.is_null() | (land == "DE"))
        restored = pl.concat_str([pl.lit("0"), code])
        # A town that is no place of the postcodes with 0 (Sachsen, Sachsen-Anhalt, Thüringen,
        # Brandenburg; importer.places): "8000 München" is an old postcode of before 1993, and
        # "08000" is in Zwickau (the hostile round on Excel's files: exit 0). Restored, and warned.
        if city in frame.columns:
            towns = frame.filter(lost.fill_null(False)).get_column(city).drop_nulls().unique().to_list()
            # "Dresden OT Klotzsche", "Radebeul b. Dresden": the place's first word tells too
            eastern = [t for t in towns if "DE" in (_town_country(t), _town_country((t.split() or [t])[0]))]
            unsure = lost & pl.col(city).is_not_null() & ~pl.col(city).is_in(eastern)
            message = "issue-postcode-leading-zero-unsure"
            code_name = "postcode-leading-zero-unsure"
            _warn(frame, log, unsure, postcode, code_name, message, source=code, city=pl.col(city))
        frame = _patch(frame, lost, {postcode: restored}, log, "postcode-leading-zero-restored")
        padded = code.str.contains(r"^0[0-9]{4}$") & land.is_in(_FOUR_DIGIT_COUNTRIES)
        frame = _patch(frame, padded, {postcode: code.str.slice(1)}, log, "postcode-zero-padding-removed")
    return frame


#: Salutations that mark a company: German, and the code "COMPANY" (OXID's oxsal, Fakturia).
_COMPANY_SALUTATIONS: Final = {"firma", "fa", "fa.", "company"}
#: A column of these codes only states each person's sex: m(ale), f(emale), d(ivers), x, u(nknown).
_SEX_CODES: Final = frozenset({"m", "f", "d", "x", "u"})
#: A sex column's words for neither (emptied there, kept in the unmapped file) and its others.
_NEITHER_SEX: Final = NEITHER_GENDER | NEITHER_SEX_CODES
_SEX_WORDS: Final = _SEX_CODES | _NEITHER_SEX | {"w", "männlich", "weiblich", "male", "female"}
#: A letter's greeting of an organisation in Anrede: dropped on a company row (it rejected the row
#: for its 29 characters: the hostile values round), left alone elsewhere.
_ORGANISATION_GREETING: Final = r"(?i)^(?:sehr\s+geehrte\s+)?damen\s+und\s+herren[,!.]?$"


#: A letter's greeting at the start of a salutation cell: "Liebe Anna", "Hallo Peter", "Sehr
#: geehrte Damen und Herren", "Dear John".
_LETTER_GREETING: Final = (
    r"(?i)^\s*(?:sehr\s+geehrte[rn]?|liebe[rn]?|hallo|guten\s+tag|moin|servus|dear|hello|hi)(?:\s|,|$)"
)


def _care_of_company(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A "Firmenname" that is a c/o line ("c/o Hotel Adler") beside the row's own person's name is
    the person's address line: it moves to an empty Adresszusatz 1 (``address-line-placed``) and
    the row stays the person's. Shop and marketplace exports put it in the company field; the 26th
    hostile round found the hotel uploaded as the company and the guest as its contact person.
    Not beside a first name alone, a legal form or a business's facts (VAT id, tax number)."""
    addition = "Adresszusatz 1"
    if not _present(frame, COMPANY, addition, *PERSON_COLUMNS[1:]):
        return frame
    # a person needs a Nachname (a first name alone made the row rejected: the re-test); a legal
    # form or a business's facts (VAT id, tax number) say the company is one ("c/o pop GmbH")
    person = pl.col(PERSON_COLUMNS[2]).is_not_null()
    care_of = pl.col(COMPANY).str.contains(r"(?i)^\s*c\s*/\s*o\b")
    facts = _business_facts(frame)
    business = pl.any_horizontal(facts) if facts else pl.lit(False)
    # the legal forms' pattern only on the few c/o lines (on every row: 0.1 s at 20 MB)
    where = _rows_where(
        frame,
        care_of,
        ~pl.col(COMPANY).str.contains(LEGAL_FORM) & person & pl.col(addition).is_null() & ~business,
    )
    updates = {addition: pl.col(COMPANY).str.strip_chars(), COMPANY: pl.lit(None, dtype=pl.String)}
    return _patch(frame, where, updates, log, "address-line-placed", pl.col(COMPANY), skip_emptied=True)


#: The (Anrede, Vorname, Nachname) columns of a row's person and of its contact persons.
_NAME_SLOTS: Final = (PERSON_COLUMNS, CONTACT_1_COLUMNS, CONTACT_2_COLUMNS)


def _salutation_from_first_name(
    frame: pl.DataFrame, log: _Log, catalog: Catalog, slots: Sequence[tuple[str, str, str]] = _NAME_SLOTS
) -> pl.DataFrame:
    """A salutation typed into the first name ("Herr", "Frau Anna", "Herr Dr.") moves to an empty
    Anrede of ``slots``: address books without an Anrede field (GMX, Brevo) uploaded Vorname "Herr"
    and warned the salutation missing (the 26th hostile round). Logged as the name's split; the
    emptied first name is not a value removed (it is the Anrede now). Titles join it where they
    fit the Anrede's length in ``catalog``."""
    for salutation, first, _ in slots:
        if not _present(frame, salutation, first):
            continue
        longest = catalog.get(salutation).max_length
        code = "person-name-split" if salutation == "Anrede" else "contact-person-split"
        source = pl.col(first)
        open_ = (pl.col(salutation).fill_null("") == "") & source.is_not_null()
        values = frame.filter(open_).get_column(first).unique().to_list()
        read = {v: found for v in values if (found := salutation_in_first_name(v, longest)) is not None}
        if read:
            updates = {
                salutation: source.replace_strict({v: r[0] for v, r in read.items()}, default=None),
                first: source.replace_strict({v: r[1] for v, r in read.items()}, default=None),
            }
            where = open_ & source.is_in(sorted(read))
            frame = _patch(frame, where, updates, log, code, source, skip_emptied=True)
        frame = _doubled_salutation(frame, log, (salutation, first), code, longest)
    return frame


def _doubled_salutation(
    frame: pl.DataFrame, log: _Log, columns: tuple[str, str], code: str, longest: int | None
) -> pl.DataFrame:
    """The row's own Anrede typed again before the first name (Anrede "Herr", Vorname "Herr
    Murat"): the first name keeps the name, the Anrede takes the titles ("Herr" beside "Herr Dr."
    becomes "Herr Dr."). The third re-test of the rule above found Vorname "Herr Murat"."""
    salutation, first = columns
    said, source = pl.col(salutation), pl.col(first)
    both = frame.filter(said.is_not_null() & source.is_not_null()).select(salutation, first).unique()
    found: dict[str, tuple[str, str | None]] = {}
    for anrede, value in both.iter_rows():
        read = salutation_in_first_name(value, longest)
        if read is None or normalize_salutation(anrede.strip()) != normalize_salutation(read[0].split()[0]):
            continue
        titled = read[0] if anrede.strip().casefold() == read[0].split()[0].casefold() else anrede
        if read[1] is None and titled == anrede:
            continue  # nothing but the Anrede again ("Herr" beside "Herr"): left for the user to see
        found[f"{anrede}\x1f{value}"] = (titled, read[1])
    if not found:
        return frame
    key = pl.concat_str([said, source], separator="\x1f")
    updates = {
        salutation: key.replace_strict({k: v[0] for k, v in found.items()}, default=None),
        first: key.replace_strict({k: v[1] for k, v in found.items()}, default=None),
    }
    return _patch(frame, key.is_in(sorted(found)), updates, log, code, source, skip_emptied=True)


def _normalize_salutations(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Salutations spelt the standard way; "Firma" dropped from Anrede on company rows.

    A row that says "Firma" in Anrede, with its name in Nachname and no Firmenname (Lexware's
    Anrede "Firma" with the company in "Name"), is a company: the name moves to Firmenname
    (``company-from-salutation``), then "Firma" is dropped like on any company row. A first name
    beside a plain surname is a sole trader's: "Hans" and "Meier" make the Firmenname "Hans Meier".
    """
    columns = [c for c in SALUTATION_COLUMNS if c in frame.columns]
    for column in columns:
        # A column of sex codes or words only (Gambio's "m"/"f"/"d", "männlich"/"divers"): its "f"
        # is female, not "Firma", and "d", "divers" … name no salutation (kept in the unmapped file).
        # values without a letter ("0", "-") are no salutation and go below: they decide nothing
        # (else "0" beside "d" kept the "d", which a second cleaning then removed: the idempotence
        # property's find)
        written = frame.get_column(column).drop_nulls().str.to_lowercase()
        codes = written.filter(written.str.contains(r"[^\W\d_]")).unique().to_list()
        if not set(codes) <= _SEX_WORDS:
            continue
        # not where an "f" stands beside a company's name without a person's: "F" is Firma there
        # (the hostile re-test: "Schulz Bau GmbH" got the Anrede "Frau")
        if column == "Anrede" and COMPANY in frame.columns:
            persons = [pl.col(c).is_null() for c in ("Vorname", "Nachname") if c in frame.columns]
            firm = (pl.col(column).str.to_lowercase() == "f") & pl.col(COMPANY).is_not_null()
            if frame.filter(firm & pl.all_horizontal(persons or [pl.lit(True)])).height:
                continue
        # a sex column ("Geschlecht", "customers_gender"): "f" is Frau, "divers" no salutation
        code = pl.col(column).str.to_lowercase()
        said = pl.when(code == "f").then(pl.lit("Frau")).otherwise(pl.lit(None, dtype=pl.String))
        which = code.is_in(sorted(_NEITHER_SEX | {"f"}))
        frame = _patch(frame, which, {column: said}, log, "salutation-normalized")
    frame = _map_values(frame, columns, normalize_salutation, log, "salutation-normalized")
    # A letter's greeting with a name ("Liebe Thi": Brevo's ANREDE, the eleventh real-layout
    # round; "Sehr geehrter Herr" became "Herr" above): no salutation, set aside whole.
    # A company row's "Sehr geehrte Damen und Herren" in Anrede is dropped below, a fix as before.
    company_greeting = (
        pl.col("Anrede").str.contains(_ORGANISATION_GREETING) & pl.col(COMPANY).is_not_null()
        if _present(frame, "Anrede", COMPANY)
        else pl.lit(False)
    )
    none = pl.lit(None, dtype=pl.String)
    for column in columns:
        greeting = pl.col(column).str.contains(_LETTER_GREETING)
        if column == "Anrede":
            greeting = greeting & ~company_greeting
        frame = _patch(frame, greeting, {column: none}, log, "greeting-set-aside", pl.col(column))
        # A number ("1000001": metasfresh's greeting id; "2"): a key of the old program, which
        # lexoffice would print before the name. Set aside whole, like a letter's greeting.
        code = pl.col(column).str.contains(r"^[^\p{L}]+$")
        frame = _patch(frame, code, {column: none}, log, "salutation-code-set-aside", pl.col(column))
    if _present(frame, "Anrede", COMPANY):
        company_word = pl.col("Anrede").str.to_lowercase().is_in(sorted(_COMPANY_SALUTATIONS))
        none = pl.lit(None, dtype=pl.String)
        if _present(frame, "Nachname", "Vorname"):
            first, last = pl.col("Vorname"), pl.col("Nachname")
            named = company_word & pl.col(COMPANY).is_null() & last.is_not_null()
            # With a first name: a sole trader. A business's name in Nachname ("Schreinerei
            # Maier") is the Firmenname, the first name stays (and is warned, as on any company
            # row); a plain surname ("Meier" beside "Hans") makes "Hans Meier" the Firmenname.
            names = frame.filter(named & first.is_not_null()).get_column("Nachname").unique().to_list()
            business = last.is_in([v for v in names if company_evidence(v) is not None])
            keeps_first = first.is_null() | business
            whole = pl.when(keeps_first).then(last).otherwise(pl.concat_str([first, last], separator=" "))
            # Only the filled Firmenname is logged: the name is moved, not removed.
            moved = {
                COMPANY: whole,
                "Nachname": none,
                "Vorname": pl.when(keeps_first).then(first).otherwise(none),
            }
            frame = _patch(
                frame, named, moved, log, "company-from-salutation", pl.col("Anrede"), skip_emptied=True
            )
        greeting = pl.col("Anrede").str.contains(_ORGANISATION_GREETING)
        frame = _patch(
            frame,
            (company_word | greeting) & pl.col(COMPANY).is_not_null(),
            {"Anrede": none},
            log,
            "salutation-normalized",
        )
    return frame


#: What may stand beside legal forms in a cell that holds nothing else: "GmbH & Co. KG".
_LEGAL_GLUE: Final = re.compile(r"(?i)\(haftungsbeschr(?:ä|ae)nkt\)|&|\bCo\b\.?|[.,+\s]")


def _legal_form_only(value: str) -> bool:
    """True for a cell of legal forms alone ("GmbH & Co. KG", "e.K.", "UG (haftungsbeschränkt)").
    Two capitals alone are not: "UG", "OG", "EG", "KG" in an address are floors as well."""
    if re.fullmatch(r"\s*[A-Z]{2}\.?\s*", value):
        return False
    return bool(LEGAL_FORM_RE.search(value)) and not _LEGAL_GLUE.sub("", LEGAL_FORM_RE.sub(" ", value))


def _join_legal_form(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """Adresszusatz 1 holding only the legal form of a Firmenname that has none (Faktura's
    "Firma" "Schmidt Bau", "Zusatz" "GmbH & Co. KG") completes the Firmenname
    (``legal-form-joined``): the company's name is "Schmidt Bau GmbH & Co. KG"."""
    if not _present(frame, COMPANY, "Adresszusatz 1"):
        return frame
    addition = pl.col("Adresszusatz 1")
    values = frame.filter(addition.str.len_chars() < 40).get_column("Adresszusatz 1").drop_nulls().unique()
    legal = [v for v in values.to_list() if _legal_form_only(v)]
    if not legal:
        return frame
    company = pl.col(COMPANY)
    where = addition.is_in(legal) & company.is_not_null() & ~company.str.contains(LEGAL_FORM)
    joined = {
        COMPANY: pl.concat_str([company, addition], separator=" "),
        "Adresszusatz 1": pl.lit(None, dtype=pl.String),
    }
    return _patch(frame, where, joined, log, "legal-form-joined", addition, skip_emptied=True)


#: Words a person's name may carry in a company-name cell that are no part of the name itself.
_NAME_EXTRAS: Final = (
    "herr",
    "frau",
    "hr.",
    "fr.",
    "dr.",
    "dr",
    "prof.",
    "prof",
    "mr.",
    "mrs.",
    "ms.",
    "mr",
    "mrs",
    "ms",
)
#: A contact person's columns → the row's own columns they become on a private person's row.
_CONTACT_TO_OWN: Final = {
    "Ansprechpartner 1 Anrede": "Anrede",
    "Ansprechpartner 1 Vorname": "Vorname",
    "Ansprechpartner 1 Nachname": "Nachname",
    "Ansprechpartner 1 E-Mail": "E-Mail 1",
    "Ansprechpartner 1 Telefon": "Telefon 1",
}


def _name_words(expr: pl.Expr) -> pl.Expr:
    """A name's words, lower case and sorted, without commas and salutations: "Meier, Hans",
    "Hans Meier" and "Herr Hans Meier" give the same."""
    kept = _words(expr).list.eval(pl.element().filter(~pl.element().is_in(list(_NAME_EXTRAS))))
    return kept.list.sort().list.join(" ")


def _business_facts(frame: pl.DataFrame, *, kind: bool = False) -> list[pl.Expr]:
    """What says a row is a business whatever its name looks like: a VAT id or tax number (a sole
    trader's business), a second contact person, Anrede "Firma"; with ``kind``, a column stating
    the row is a company too."""
    evidence = ("Umsatzsteuer ID", "Steuernummer", *CONTACT_2_COLUMNS[1:])
    facts = [pl.col(c).is_not_null() for c in evidence if c in frame.columns]
    if "Anrede" in frame.columns:
        facts.append(pl.col("Anrede").str.to_lowercase().is_in(sorted(_COMPANY_SALUTATIONS)).fill_null(False))
    if kind and KIND in frame.columns:
        facts.append((pl.col(KIND) == "company").fill_null(False))
    return facts


#: A cell that says there is nothing: "keine", "n/a", "k.A.", "nicht vorhanden", "entfällt", and
#: 0 (a formula pointing at an empty cell shows 0; the hostile values round: a company "0").
#: Words for "none given" ("k.A.", "keine", "n/a"); "0" too in a phone or company cell.
_NONE_WORDS: Final = r"keine?|keiner|n\s?/\s?a|n\.\s?a\.?|k\.\s?a\.?|nicht vorhanden|entfällt"
_NOTHING: Final = _NONE_WORDS + r"|0"
#: What an address book or a hand-made list writes where a private person has no company: a
#: dash, "privat", "keine", "n/a", "Selbstständig" (LinkedIn's, CRMs'), "Freiberufler".
_NO_COMPANY: Final = (
    r"(?i)^\s*(?:[\W_]+|privat|private?|privatperson|privatkunde|privatkundin|privatkunden|"
    r"selbstständig|selbständig|selbststaendig|selbstaendig|freiberufler(?:in)?|freiberuflich|"
    r"self[\s-]?employed|" + _NOTHING + r")\s*$"
)
#: A phone or e-mail cell that says there is none (also "-", "/", "?", "unbekannt", "NULL",
#: "kein Telefon"; a company may be called "Unknown", a phone number not; not a formula's guard
#: such as "'+", which stays as given).
NO_CONTACT: Final = (
    r"(?i)^\s*(?:[-–—/.?]+|\[\s*\]|\{\s*\}|"
    + _NOTHING
    + r"|unbekannt|unknown|none|null|kein(?:e)?\s+(?:telefon|tel\.?|e-?mail|mail|fax|handy|mobil))\s*$"
)


#: A customer or supplier number cell that asks for a new number: Xentral's import template
#: writes "NEU" for "give it a number" (OpenXE www/pages/importvorlage.php); the row has the role
#: of its column. The tenth real-layout round found such rows rejected as out of range.
_NEW_NUMBER: Final = r"(?i)^\s*(?:neu|new|auto|automatisch)\s*$"
#: ... or says there is none ("-", "k.A.", "?", "keine"): the row has no number there, and no role
#: by it (not "0": --renumber offset:N makes it a number).
_NO_NUMBER: Final = r"(?i)^\s*(?:[-–—/.?]+|" + _NONE_WORDS + r"|unbekannt|unknown|none|null|tbd)\s*$"


def _number_placeholders(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Kundennummer or Lieferantennummer that is a placeholder ("NEU", "-", "k.A.") is emptied:
    lexoffice gives the contact a number (``number-placeholder-removed``; the cell goes to the
    unmapped file). A "NEU" keeps the role its column gave the row (:data:`ACCOUNT_ROLE`; both
    columns' "NEU": both roles): a supplier's "NEU" must not make it a customer, while a "-" in the
    other number column says the row has none there (the hostile re-test: rows went to both files)."""
    roles = {"Kundennummer": "customers", "Lieferantennummer": "suppliers"}
    for column in [c for c in roles if c in frame.columns]:
        new = pl.col(column).str.contains(_NEW_NUMBER).fill_null(False)
        where = new | pl.col(column).str.contains(_NO_NUMBER).fill_null(False)
        if not frame.select(where.any()).item():
            continue
        said = pl.col(ACCOUNT_ROLE) if ACCOUNT_ROLE in frame.columns else pl.lit(None, dtype=pl.String)
        own = pl.lit(roles[column])
        role = pl.when(new & said.is_not_null() & (said != own)).then(pl.lit("both")).when(new).then(own)
        frame = frame.with_columns(role.otherwise(said).alias(ACCOUNT_ROLE))
        empty = {column: pl.lit(None, dtype=pl.String)}
        frame = _patch(frame, where, empty, log, "number-placeholder-removed")
    return frame


def _contact_placeholders(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A phone or e-mail cell that says there is none ("k.A.", "-", "keine", "n/a", "0") is
    emptied (``contact-placeholder-removed``; the cell goes to the unmapped file): the hostile
    values round found good contacts rejected for "k.A." in E-Mail, as no valid address."""
    for column in [c for c in _PHONE_AND_EMAIL_COLUMNS if c in frame.columns]:
        frame = _patch(
            frame,
            pl.col(column).str.contains(NO_CONTACT),
            {column: pl.lit(None, dtype=pl.String)},
            log,
            "contact-placeholder-removed",
        )
    return frame


def _company_in_last_name(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A business's name in Nachname on a row without Firmenname, Vorname and Anrede ("Müller
    GmbH", "Schreinerei Holz" under a list's "Name" beside "Vorname") is the Firmenname
    (``company-from-name``; by a business word alone also ``company-from-name-unsure``). Found by
    the hostile session on hand-made sheets: they were uploaded as private persons of that
    surname. A name led by a salutation, or beside a first name or an Anrede, stays a person's."""
    if not _present(frame, COMPANY, *PERSON_COLUMNS):
        return frame
    frame = _company_of_owner(frame, log)
    salutation, first, last = (pl.col(c) for c in PERSON_COLUMNS)
    _warn_business_beside_first_name(frame, log)
    alone = pl.col(COMPANY).is_null() & first.is_null() & salutation.is_null() & last.is_not_null()
    names = frame.filter(alone).get_column(PERSON_COLUMNS[2]).unique().to_list()
    # One word ("Holding", "Salon") or two in capitals ("KIM SE", "DE SA") may be a surname.
    names = [n for n in names if len(n.split()) >= 2 and not (n.isupper() and len(n.split()) <= 2)]
    evidence = {name: company_evidence(name) for name in names}
    sure = [n for n, e in evidence.items() if e in ("legal", "ending")]
    doubtful = [n for n, e in evidence.items() if e == "word"]
    if not sure and not doubtful:
        return frame
    where = alone & last.is_in(sure + doubtful)
    _warn(frame, log, alone & last.is_in(doubtful), COMPANY, "company-from-name-unsure",
          "issue-company-from-name-unsure", source=last)  # fmt: skip
    updates = {COMPANY: last, PERSON_COLUMNS[2]: pl.lit(None, dtype=pl.String)}
    return _patch(frame, where, updates, log, "company-from-name", last, skip_emptied=True)


def _warn_business_beside_first_name(frame: pl.DataFrame, log: _Log) -> None:
    """A Nachname of two words or more that reads as a business's (a trade word or ending:
    "Elektro Schulz", "Schulz Haustechnik") beside a Vorname, on a row without Firmenname, is
    warned (``company-beside-first-name``): the row stays a private person, which it may not be.
    A legal form there is the validation's finding (``company-name-in-person-field``). Found by
    the eleventh real-layout round: PlusFakt's "Elektro Schulz" with Vorname "Martin" was uploaded
    as a person, asked only for a salutation."""
    first, last = pl.col(PERSON_COLUMNS[1]), pl.col(PERSON_COLUMNS[2])
    beside = pl.col(COMPANY).is_null() & first.is_not_null() & last.is_not_null()
    names = (
        frame.filter(beside & last.str.contains(r"\S\s+\S")).get_column(PERSON_COLUMNS[2]).unique().to_list()
    )
    business = [n for n in names if len(n.split()) >= 2 and company_evidence(n) in ("ending", "word")]
    if business:
        _warn(frame, log, beside & last.is_in(business), PERSON_COLUMNS[2], "company-beside-first-name",
              "issue-company-beside-first-name", source=last, first=first)  # fmt: skip


#: A first name that names the business's owner: "Inh. Josef Kraus", "Inhaberin: Petra Lang".
_OWNER: Final = re.compile(
    r"(?i)^\s*(?:inh\.?|inhaber(?:in)?|geschäftsinhaber(?:in)?|owner|proprietor)\s*[:.]?\s+(\S.*)$"
)


def _company_of_owner(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Vorname that names the owner ("Inh. Josef Kraus" beside Nachname "Bäckerei Kraus") makes
    the row the owner's business: the Nachname becomes the Firmenname and the owner Ansprechpartner
    1, split at the last word (``company-from-owner``), where the row has no Firmenname nor
    contact person yet. Found by the eleventh real-layout round: programs with only Name and
    Vorname (PlusFakt) uploaded such rows as private persons "Inh. Josef Kraus Bäckerei Kraus",
    and the only finding asked for a salutation."""
    contact = CONTACT_1_COLUMNS[1:]
    if not _present(frame, *contact):
        return frame
    first_name, last_name = pl.col(PERSON_COLUMNS[1]), pl.col(PERSON_COLUMNS[2])
    free = (
        pl.col(COMPANY).is_null()
        & last_name.is_not_null()
        & pl.all_horizontal([pl.col(c).is_null() for c in contact])
    )
    rows = frame.filter((free & first_name.str.contains(_OWNER.pattern)).fill_null(False))
    split: dict[str, tuple[str, str]] = {}
    for given, surname in rows.select(first_name, last_name).unique().iter_rows():
        name = split_person_name(_OWNER.match(given).group(1))  # type: ignore[union-attr]
        # a business's name (two words at least, or a legal form or trade word: "Bäckerei Kraus",
        # not "Weber"), and the owner's first and last name, sure ("Inh. Dr. Karl": a title and a
        # first name; "Inh. Familie Berger": a household; the hostile re-test)
        business = len(surname.split()) >= 2 or company_evidence(surname) is not None
        if business and name.sure and name.first and name.last and not name.salutation:
            split[given] = (name.first, name.last)
    if not split:
        return frame
    owners = list(split)
    where = free & first_name.is_in(owners)
    updates = {
        COMPANY: last_name,
        contact[0]: first_name.replace_strict(owners, [f for f, _ in split.values()], default=None),
        contact[1]: first_name.replace_strict(owners, [last for _, last in split.values()], default=None),
        PERSON_COLUMNS[1]: pl.lit(None, dtype=pl.String),
        PERSON_COLUMNS[2]: pl.lit(None, dtype=pl.String),
    }
    return _patch(
        frame, where, updates, log, "company-from-owner", pl.col(PERSON_COLUMNS[1]), skip_emptied=True
    )


def _company_placeholder(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Firmenname that is no company's name but a placeholder ("privat", "-", "keine", "n/a",
    "Selbstständig") is emptied (``company-placeholder-removed``; the cell goes to the unmapped
    file): the row is a private person. Found by the third real-layout round and a check of
    hand-made lists: "Selbstständig" beside Stefan Hoffmann was uploaded as a company of that
    name, "privat" and "-" beside a person's name too."""
    if COMPANY not in frame.columns:
        return frame
    company = pl.col(COMPANY)
    # A VAT id or a tax number says business: "Selbstständig" there is a sole trader's (left as it is).
    business = [pl.col(c).is_not_null() for c in (VAT_ID, "Steuernummer") if c in frame.columns]
    trader = pl.any_horizontal(business) if business else pl.lit(False)
    return _patch(
        frame,
        company.str.contains(_NO_COMPANY) & ~trader,
        {COMPANY: pl.lit(None, dtype=pl.String)},
        log,
        "company-placeholder-removed",
        company,
    )


def _company_name_of_person(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Firmenname that is only the row's own person's name makes the row a private person.

    A column decided for the whole file to hold organisations (a CRM's ``Name`` before the
    contact's ``First Name``/``Last Name``; a hand-made sheet's ``Firma`` filled with the
    customer's own name) holds some private persons too: "Hans Meier" beside Vorname "Hans" and
    Nachname "Meier" (or beside them as its contact person) is no company. The Firmenname is
    emptied (``company-name-is-person``); a contact person's name, e-mail and phone become the
    row's own where those are empty. A name with a business's words (GmbH, Autohaus, "&"), a row
    with a VAT id or tax number (a sole trader's business), Anrede "Firma" or a legal form in
    Adresszusatz 1 stays a company.
    """
    if not _present(frame, COMPANY):
        return frame
    own = _present(frame, "Vorname", "Nachname")
    contact = _present(frame, *CONTACT_1_COLUMNS[1:])
    if not own and not contact:
        return frame
    company = pl.col(COMPANY)
    # A second contact person says company too (found by the hostile re-test: the row became a
    # private person carrying Ansprechpartner 2, which lexoffice drops for persons).
    business = _business_facts(frame, kind=True)
    plain = company.is_not_null() & ~pl.any_horizontal(business) if business else company.is_not_null()

    lower = company.str.to_lowercase()

    def holds(first: str, last: str) -> pl.Expr:
        """Cheap: both names filled, the surname inside the company's name."""
        return pl.col(first).is_not_null() & lower.str.contains(
            pl.col(last).str.to_lowercase(), literal=True
        ).fill_null(False)

    def named(first: str, last: str) -> pl.Expr:
        whole = pl.concat_str([pl.col(first), pl.col(last)], separator=" ")
        words = _name_words(whole)
        return holds(first, last) & (words.str.len_chars() > 0) & (_name_words(company) == words)

    # The contact person can become the row's own: no own name, and every detail of the contact
    # finds a free place among the row's own (found by the hostile re-test: the contact's e-mail
    # stayed behind the moved name, and the row, a contact person without a name, was rejected).
    pairs = {c: o for c, o in _CONTACT_TO_OWN.items() if _present(frame, c, o)}
    movable = pl.all_horizontal(
        [pl.col(c).is_null() for c in ("Vorname", "Nachname") if own]
        + [pl.col(c).is_null() | pl.col(o).is_null() for c, o in pairs.items()]
        or [pl.lit(True)]
    )
    own_holds = holds("Vorname", "Nachname") if own else pl.lit(False)
    contact_holds = (holds(*CONTACT_1_COLUMNS[1:]) & movable) if contact else pl.lit(False)
    cheap = plain & (own_holds | contact_holds)
    own_name = named("Vorname", "Nachname") if own else pl.lit(False)
    contact_name = (named(*CONTACT_1_COLUMNS[1:]) & movable) if contact else pl.lit(False)
    candidates = frame.filter(cheap.fill_null(False)).filter((own_name | contact_name).fill_null(False))
    if candidates.height == 0:
        return frame
    addition = (
        candidates.get_column("Adresszusatz 1").to_list()
        if "Adresszusatz 1" in candidates.columns
        else [None] * candidates.height
    )
    persons = [
        row
        for row, name, extra in zip(
            candidates.get_column(ROW).to_list(),
            candidates.get_column(COMPANY).to_list(),
            addition,
            strict=True,
        )
        if company_evidence(name) is None and not (extra and _legal_form_only(extra))
    ]
    if not persons:
        return frame
    where = pl.col(ROW).is_in(persons)
    if contact:
        # Where movable, each filled detail has a free place: the own value, else the contact's.
        updates: dict[str, pl.Expr] = {}
        for source, target in pairs.items():
            updates[target] = pl.coalesce(pl.col(target), pl.col(source))
            updates[source] = pl.lit(None, dtype=pl.String)
        frame = _patch(
            frame, where & movable, updates, log, "company-name-is-person", company, skip_emptied=True
        )
    return _patch(
        frame, where, {COMPANY: pl.lit(None, dtype=pl.String)}, log, "company-name-is-person", company
    )


def _contact_without_company(
    frame: pl.DataFrame, log: _Log, raw: pl.DataFrame, *, of_record: bool = True
) -> pl.DataFrame:
    """A row with a contact person and neither a Firmenname nor a name of its own is that person.

    Only where the contact's columns are the file's own first and last names, read as the
    contact of its ``Name`` column (:mod:`importer.records`): an export whose first and last names
    are a company's contact (Billomat's ``first_name``, ``last_name`` beside its ``name``) gives a
    private customer's name there, with no company. Found by the real-layout session, such rows
    were rejected for want of a name (lexoffice keeps no contact person for a private person).
    The contact's name, e-mail and phone become the row's own where those are free
    (``contact-person-is-person``); a row with a second contact person stays as it is. Columns
    named for the contact person ("Ansprechpartner …") stay theirs: a row without a Firmenname
    there is a company whose name was forgotten, or whose name column was not understood (found
    by the hostile re-test: SAP's suppliers became the private persons of their contacts).

    ``of_record`` False: the contact's columns are named for the contact person. A hand-made
    list's private customers stand there with Firma left empty ("Kd-Nr.; Firma; Ansprechpartner;
    Straße …": the fifth real-layout round found them rejected for want of a name). Where the
    Firmenname column is understood (filled on another row), the row is a customer of its own
    (its Kundennummer filled: a company's further contacts listed below it have none, the
    hostile re-test found them made private customers), has an address, phone or e-mail of its
    own, no VAT id or tax number (a company's), nothing in Firma at all (in ``raw``, the frame
    before the cleaning: a ditto mark "〃" or "-" is emptied as a placeholder) and a person's
    first and last name (not "Becker GmbH"
    or "Buchhaltung"), the row is that person too, with a warning: a company whose name was
    forgotten looks the same (``contact-person-is-person-unsure``).

    Neither where Firma (or a whole name) held a spreadsheet's error in ``raw`` ("#NV" of a failed
    lookup): a company whose name is lost, not a private person (the corpus check: its contact
    was made the private person).
    """
    pairs = {c: o for c, o in _CONTACT_TO_OWN.items() if _present(frame, c)}
    last = CONTACT_1_COLUMNS[2]
    if last not in pairs or not set(pairs.values()) <= set(frame.columns):
        return frame
    alone: list[pl.Expr] = []
    if not of_record:
        own = [c for c in (*ADDRESS_1_BLOCK, "E-Mail 1", "Telefon 1") if c in frame.columns]
        if not own or not _present(frame, COMPANY, CUSTOMER_NUMBER):
            return frame
        if not frame.select(pl.col(COMPANY).is_not_null().any()).item():
            return frame
        alone.append(pl.any_horizontal(pl.col(own).is_not_null()))
        alone.append(pl.col(CUSTOMER_NUMBER).is_not_null())
        if _present(frame, CONTACT_1_COLUMNS[1]):  # first and last name: not "Buchhaltung" alone
            alone.append(pl.col(CONTACT_1_COLUMNS[1]).is_not_null())
        alone += [pl.col(c).is_null() for c in (VAT_ID, TAX_NUMBER) if c in frame.columns]
        said = raw.filter(pl.col(COMPANY).is_not_null()).get_column(ROW)
        alone.append(~pl.col(ROW).is_in(said.implode()))
    # Firma, or a whole name that may be one, held a spreadsheet's error: a name lost, not absent
    names_of_row = [c for c in raw.columns if c == COMPANY or c.removeprefix(MERGE_PREFIX) == "person-name"]
    if names_of_row:
        errors = pl.any_horizontal(pl.col(names_of_row).str.contains(SPREADSHEET_ERROR))
        lost = raw.filter(errors).get_column(ROW)
        alone.append(~pl.col(ROW).is_in(lost.implode()))
    alone += [
        pl.col(c).is_null()
        for c in (COMPANY, "Vorname", "Nachname", CONTACT_2_COLUMNS[2])
        if c in frame.columns
    ]
    if KIND in frame.columns:  # a company by a column stating it: one whose name is missing
        alone.append(pl.col(KIND).ne_missing(pl.lit("company")))
    free = [pl.col(c).is_null() | pl.col(o).is_null() for c, o in pairs.items()]
    where = pl.col(last).is_not_null() & pl.all_horizontal([*alone, *free])
    updates: dict[str, pl.Expr] = {}
    for source, target in pairs.items():
        updates[target] = pl.coalesce(pl.col(target), pl.col(source))
        updates[source] = pl.lit(None, dtype=pl.String)
    name = pl.concat_str([pl.col(CONTACT_1_COLUMNS[1]), pl.col(last)], separator=" ", ignore_nulls=True)
    if not of_record:  # a person's first and last name, one word each, not a business's
        named = frame.filter(where.fill_null(False)).select(
            ROW, pl.col(CONTACT_1_COLUMNS[1]).alias("first"), pl.col(last).alias("last")
        )
        business = [r for r, first, surname in named.iter_rows() if not _a_persons_name(first, surname)]
        where = where & ~pl.col(ROW).is_in(business)
        # one warning a row; the cells' moves are logged as fixes below
        unsure = "contact-person-is-person-unsure"
        _warn(frame, log, where, "Nachname", unsure, f"issue-{unsure}", source=name)
    return _patch(frame, where, updates, log, "contact-person-is-person", name, skip_emptied=True)


def _a_persons_name(first: str | None, last: str | None) -> bool:
    """A person's first and last name of one word each, read either way round no business's:
    "Klaus Wagner Elektro", "Hoffmann Söhne" (a business word read before the name) are not."""
    if not first or not last or len(first.split()) != 1 or len(last.split()) != 1:
        return False
    return company_evidence(f"{first} {last}") is None and company_evidence(f"{last} {first}") is None


def _company_person_to_contact(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A company row's own Anrede, Vorname and Nachname become its contact person.

    lexoffice keeps a company without a person's name and wants a company's contact persons
    "in einer extra Spalte" (its import help); what it does with the person columns of a company
    row is not documented. Exports of address books and CRMs (Outlook, Google, HubSpot, Lexware
    Faktura's "Firma" beside "Name") give a company's contact in exactly those columns. They
    move to Ansprechpartner 1, or 2 when 1 names another person (``company-person-moved``);
    when both do, they stay and are warned (``company-person-kept``). A Nachname alone that is
    part of the Firmenname is no person, a Vorname without Nachname no contact person, a name
    the row's contact person already has nothing new: they stay. ``--company-person keep`` leaves them all.
    """
    if not _present(frame, COMPANY, *PERSON_COLUMNS):
        return frame
    salutation, first, last = (pl.col(c) for c in PERSON_COLUMNS)
    # A surname alone that is part of the company's name ("Gamma" of "Gamma GmbH", "Meier" of
    # "Meier & Söhne OHG") names the company, no person; with a person's Anrede it names the
    # person ("Herr" and "Dr. Koch" of "Zahnarztpraxis Dr. Koch": the 26th hostile round).
    company = pl.col(COMPANY).str.to_lowercase()
    person_salutation = (
        salutation.is_in(["Herr", "Frau", "Mr", "Mrs", "Ms"])
        | salutation.str.starts_with("Herr ")
        | salutation.str.starts_with("Frau ")
    )
    # Only a part of the name, without a legal form, is a person's ("Müller GmbH" in Nachname
    # beside Anrede "Herr" stays the company's: the re-test found it made the contact person).
    part = (company != last.str.to_lowercase()) & ~last.str.contains(LEGAL_FORM)
    repeats = (
        company.str.contains(last.str.to_lowercase(), literal=True).fill_null(False)
        & first.is_null()
        & ~(person_salutation & part).fill_null(False)
    )
    # The contact person it already has: nothing new to move.
    known = [
        (first.eq_missing(pl.col(slot[1])) & (last == pl.col(slot[2]))).fill_null(False)
        for slot in (CONTACT_1_COLUMNS, CONTACT_2_COLUMNS)
        if _present(frame, *slot)
    ]
    listed = pl.any_horizontal(known) if known else pl.lit(False)
    # A contact person needs a Nachname (lexoffice's contactPersons.lastName): a first name alone
    # would only make the row fail; it stays where it is. (Decided once, and the name tests only
    # on company rows with a Nachname: at 20 MB they took 0.2 s on every row, four times.)
    # A row keeps its Nachname until its person moves: ``last`` after each move.
    person = _rows_where(frame, pl.col(COMPANY).is_not_null() & last.is_not_null(), ~repeats & ~listed)
    person = person & last.is_not_null()
    name = pl.concat_str([salutation, first, last], separator=" ", ignore_nulls=True)
    none = pl.lit(None, dtype=pl.String)
    into_first = None
    if _present(frame, *CONTACT_1_COLUMNS):
        into_first = frame.select(
            (person & pl.all_horizontal(pl.col(c).is_null() for c in CONTACT_1_COLUMNS)).fill_null(False)
        ).to_series()
    for slot in (CONTACT_1_COLUMNS, CONTACT_2_COLUMNS):
        if not _present(frame, *slot):
            continue
        free = pl.all_horizontal(pl.col(c).is_null() for c in slot)
        moved = {target: pl.col(own) for own, target in zip(PERSON_COLUMNS, slot, strict=True)}
        moved.update(dict.fromkeys(PERSON_COLUMNS, none))
        # Only the filled contact person is logged: the name is moved, not removed.
        frame = _patch(frame, person & free, moved, log, "company-person-moved", name, skip_emptied=True)
    _warn(frame, log, person, "Nachname", "company-person-kept", "issue-company-person-kept", source=name)
    if into_first is not None:
        frame = _own_email_to_contact(frame, log, into_first)
    if _present(frame, *CONTACT_1_COLUMNS):
        # A company row's Anrede beside its contact person's name from one whole-name cell
        # ("Herr" and "Tobias Richter" beside "Kaffeerösterei Elbe UG": a Google Forms order
        # form, the real-layout session) is the contact person's.
        theirs = (
            pl.col(COMPANY).is_not_null()
            & salutation.is_not_null()
            & first.is_null()
            & last.is_null()
            & pl.col(CONTACT_1_COLUMNS[2]).is_not_null()
            & pl.col(CONTACT_1_COLUMNS[0]).is_null()
        )
        frame = _patch(
            frame,
            theirs,
            {CONTACT_1_COLUMNS[0]: salutation, PERSON_COLUMNS[0]: none},
            log,
            "company-person-moved",
            salutation,
            skip_emptied=True,
        )
    alone = pl.col(COMPANY).is_not_null() & first.is_not_null() & last.is_null()
    _warn(
        frame,
        log,
        alone,
        "Vorname",
        "company-first-name-alone",
        "issue-company-first-name-alone",
        source=first,
    )
    return frame


#: A surname as an e-mail address spells it: umlauts written out or dropped ("Krüger": "krueger",
#: "kruger").
_SPELLED_OUT: Final = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_DROPPED: Final = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}
_CONTACT_EMAIL: Final = "Ansprechpartner 1 E-Mail"


def _own_email_to_contact(frame: pl.DataFrame, log: _Log, moved: pl.Series) -> pl.DataFrame:
    """The rows whose own person just became Ansprechpartner 1 (``moved``): an E-Mail 1 whose
    name part holds that person's surname ("s.krueger@kuehne-logistik.de" of Stefan Krüger) is
    the person's address, and is copied to an empty Ansprechpartner 1 E-Mail
    (``contact-person-email-copied``); the company keeps it in E-Mail 1, and a general address
    ("info@") stays the company's alone. A surname of four letters at least: "Ott" is in too many
    other addresses ("s.otto@"). The tenth real-layout round found CRM contact exports
    (EspoCRM, LinkedIn, HubSpot) giving the contact person no e-mail address."""
    if not _present(frame, "E-Mail 1", _CONTACT_EMAIL, CONTACT_1_COLUMNS[2]):
        return frame
    surname = pl.col(CONTACT_1_COLUMNS[2]).str.to_lowercase().str.replace_all(r"[\s'-]", "")
    local = pl.col("E-Mail 1").str.to_lowercase().str.extract(r"^([^@]+)@", 1)
    spellings = [
        surname.str.replace_many(list(table), list(table.values())) for table in (_SPELLED_OUT, _DROPPED)
    ]
    holds = pl.any_horizontal([local.str.contains(s, literal=True) for s in spellings])
    where = _rows_where(
        frame, pl.lit(moved) & pl.col(_CONTACT_EMAIL).is_null() & (surname.str.len_chars() >= 4), holds
    )
    source = pl.col("E-Mail 1")
    return _patch(frame, where, {_CONTACT_EMAIL: source}, log, "contact-person-email-copied", source)


def _join_vat_country(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """DATEV's VAT id country ("EU-Land" ``AT``) goes before the number it keeps without it
    ("EU-USt-IdNr." ``U12345678`` → ``ATU12345678``): lexoffice wants the whole id in one cell.

    Only an EU prefix is put, and only before a number without one (``_VAT_NUMBER_WITHOUT_PREFIX``);
    a number that starts with the same country keeps its own prefix. A country without a number,
    one that contradicts the number's prefix, or a value that is no EU prefix is not used: a
    ``merge-input-unused`` warning names it, and the cell goes to the unmapped file.
    """
    if not _present(frame, VAT_COUNTRY_MERGE, VAT_ID):
        return frame
    cell, number = pl.col(VAT_COUNTRY_MERGE), pl.col(VAT_ID)
    country = cell.str.to_uppercase()
    eu_prefixes = sorted(vatids.EU_PREFIXES)
    known = country.is_in(eu_prefixes)
    bare = number.str.contains(_VAT_NUMBER_WITHOUT_PREFIX)
    own = number.str.slice(0, 2).str.to_uppercase()
    joins = known & bare
    given = cell.is_not_null() & number.is_not_null()
    contradicts = given & known & ~bare & own.is_in(eu_prefixes) & ~vatids.same_country(own, country)
    unusable = given & ~joins & ~vatids.same_country(own, country) & ~contradicts
    target = pl.lit(VAT_ID)
    _flag_unused(frame, log, contradicts, VAT_ID, source=cell, target=target, current=number)
    message = "issue-merge-input-unused-vat-country"
    _flag_unused(frame, log, unusable, VAT_ID, message, source=cell, target=target, current=number)
    alone = cell.is_not_null() & number.is_null()
    message = "issue-merge-input-unused-vat-id-missing"
    _flag_unused(frame, log, alone, VAT_ID, message, source=cell, target=target)
    joined = pl.concat_str([country, number])
    return _patch(frame, joins, {VAT_ID: joined}, log, "vat-id-country-joined", cell)


#: What became of a row's phone codes (:func:`importer.phones.join_parts`) → the message of the
#: warning that names them unused.
_PHONE_PART_UNUSED: Final = {
    "no-number": "issue-merge-input-unused-phone-missing",
    "no-code": "issue-merge-input-unused-phone-code",
    "other-code": "issue-merge-input-unused-phone-part",
    "not-a-number": "issue-merge-input-unused-phone-text",
    "ambiguous": "issue-merge-input-unused-phone-ambiguous",
}


def _join_phone_parts(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A calling code ("+49") and an area code ("0351") a file keeps in columns of their own go
    before the number of their phone column ("1234567" → "+49 351 1234567"): lexoffice wants the
    whole number in one cell, and the number alone was uploaded, useless (``phone-prefix-joined``,
    a fix; :func:`importer.phones.join_parts` decides, once per distinct cells, in the country of
    the row's Land 1 as written).

    A number that has the codes already keeps them; codes the number contradicts, a value that is
    no code, a number that is none, codes without a number, or a number that may hold them already
    are not used: a ``merge-input-unused`` warning names them, and their cells go to the unmapped
    file.
    """
    land = pl.col(COUNTRY_1) if COUNTRY_1 in frame.columns else pl.lit(None, dtype=pl.String)
    for phone in [c for c in PHONE_COLUMNS if c in frame.columns]:
        parts = [p + phone for p in (PHONE_COUNTRY_PREFIX, PHONE_AREA_PREFIX)]
        if not any(p in frame.columns for p in parts):
            continue
        country, area = (pl.col(p) if p in frame.columns else pl.lit(None, dtype=pl.String) for p in parts)
        number = pl.col(phone)
        cells = [country.alias("c"), area.alias("a"), number.alias("n"), land.alias("l")]
        given = frame.filter(country.is_not_null() | area.is_not_null()).select(cells).unique()
        decided = {
            "\x1f".join("\x00" if v is None else v for v in (c, a, n, written)): phones.join_parts(
                c, a, n, country_code(written) if written else None
            )
            for c, a, n, written in given.iter_rows()
        }
        key = pl.concat_str([e.fill_null("\x00") for e in (country, area, number, land)], separator="\x1f")
        outcome = key.replace_strict(
            {k: v[1] for k, v in decided.items()}, default=None, return_dtype=pl.String
        )
        joined = key.replace_strict(
            {k: v[0] for k, v in decided.items()}, default=None, return_dtype=pl.String
        )
        source = pl.concat_str([country, area], separator=" / ", ignore_nulls=True)
        target = pl.lit(phone)
        for found, message in _PHONE_PART_UNUSED.items():
            fields = {"source": source, "target": target, "current": number}
            _flag_unused(frame, log, outcome == found, phone, message, **fields)
        frame = _patch(frame, outcome == "joined", {phone: joined}, log, "phone-prefix-joined", source)
    return frame


TAX_NUMBER: Final = "Steuernummer"
#: A German tax number in the form the tax office writes it ("12/345/67890", "143/123/45678").
_GERMAN_TAX_NUMBER: Final = r"^(?:DE\s?)?[0-9]{2,3}\s?/\s?[0-9]{3,4}\s?/\s?[0-9]{4,5}$"


def _held_vat_id(vat: pl.Expr) -> pl.Expr:
    """Umsatzsteuer ID's id written compactly, to compare with a VAT id found elsewhere."""
    return vat.str.replace_all(r"[\s.\-]", "").str.to_uppercase()


def _vat_id_from_tax_number(frame: pl.DataFrame, log: _Log, *, warn: bool = False) -> pl.DataFrame:
    """A VAT id in Steuernummer ("DE136695976", "ATU12345678": Akaunting's "tax_number", many
    hand-made sheets) moves to an empty Umsatzsteuer ID, or goes when it repeats the one there
    (``tax-id-moved``, a fix). A VAT id with a wrong check digit moves too ("DE811234567": no
    tax number has that shape), and its column's check names it; other values stay.

    Without an Umsatzsteuer ID column one is added for them: a file that holds only a
    "Steuernummer" or "Tax ID" column of VAT ids would else upload them as tax numbers.

    A VAT id in Steuernummer beside another one in Umsatzsteuer ID stays where it is (the column
    it belongs to is taken); with ``warn`` (the last call) it is named (``vat-id-in-tax-number``,
    a warning): lexoffice would keep it as the tax number."""
    if not _present(frame, TAX_NUMBER):
        return frame
    tax = pl.col(TAX_NUMBER)
    candidates = frame.filter(tax.str.contains(r"^\s*[A-Za-z]{2}")).get_column(TAX_NUMBER).unique().to_list()
    ids = {v: vatids.compact(v) for v in candidates if vatids.is_shaped(vatids.compact(v))}
    if not ids:
        return frame
    if not _present(frame, VAT_ID):
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(VAT_ID))
    vat = pl.col(VAT_ID)
    as_id = tax.replace_strict(list(ids), list(ids.values()), default=None, return_dtype=pl.String)
    none = pl.lit(None, dtype=pl.String)
    # Only the filled Umsatzsteuer ID is logged: the id is moved, not removed.
    moved = {VAT_ID: as_id, TAX_NUMBER: none}
    frame = _patch(
        frame, as_id.is_not_null() & vat.is_null(), moved, log, "tax-id-moved", tax, skip_emptied=True
    )
    # The same id in both: the Steuernummer's copy goes (logged; kept in the unmapped file).
    held = _held_vat_id(vat)
    same = as_id.is_not_null() & (held == as_id)
    frame = _patch(frame, same, {TAX_NUMBER: none}, log, "tax-id-moved", tax)
    if warn:
        other = as_id.is_not_null() & vat.is_not_null() & (held != as_id)
        fields = {"source": tax, "current": vat, "field": pl.lit(TAX_NUMBER)}
        _warn(frame, log, other, TAX_NUMBER, "vat-id-in-tax-number", "issue-vat-id-in-tax-number", **fields)
    return frame


#: Where a Steuernummer cell holding a VAT id and a tax number may part ("DE136695976 /
#: 21/815/08150", "12/345/67890, DE136695976", "21/815/08150/DE136695976"), and the shapes of
#: the two parts: the id may be spaced ("DE 136 695 976"), the tax number is a dozen digits or
#: so with its slashes, hyphens and spaces (a date beside it leaves the cell as it is).
_TAX_IDS_APART: Final = re.compile(r"\s*[/,;|]\s*|\s+")
_SPACED_VAT_ID: Final = re.compile(r"[A-Za-z]{2}(?: ?[0-9A-Za-z]){8,12}")
_PLAIN_TAX_NUMBER: Final = re.compile(r"[0-9][0-9 /\-]{7,14}[0-9]")


def _vat_id_and_tax_number(value: str) -> tuple[str, str] | None:
    """The VAT id (compacted) and the tax number of a cell that holds both, in either order."""
    text = value.strip()
    for gap in _TAX_IDS_APART.finditer(text):
        left, right = text[: gap.start()], text[gap.end() :]
        for vat, number in ((left, right), (right, left)):
            if not (_SPACED_VAT_ID.fullmatch(vat) and _PLAIN_TAX_NUMBER.fullmatch(number)):
                continue
            compact = vatids.compact(vat)
            if vatids.is_shaped(compact):
                return compact, number
    return None


def _split_tax_ids(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A Steuernummer cell holding a VAT id beside a tax number (the hostile round: "DE136695976 /
    21/815/08150" uploaded whole as the tax number): the id goes to an empty Umsatzsteuer ID (or
    is dropped when it repeats the one there), the tax number stays (``tax-ids-split``). Beside
    another id in Umsatzsteuer ID the cell stays, named (``vat-id-in-tax-number``)."""
    if not _present(frame, TAX_NUMBER):
        return frame
    tax = pl.col(TAX_NUMBER)
    letters = tax.str.contains(r"[A-Za-z]{2}") & tax.str.contains(r"[0-9][^0-9]+[0-9]")
    values = frame.filter(letters.fill_null(False)).get_column(TAX_NUMBER).unique().to_list()
    parts = {v: found for v in values if (found := _vat_id_and_tax_number(v))}
    if not parts:
        return frame
    if not _present(frame, VAT_ID):
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(VAT_ID))
    keys = list(parts)
    as_id = tax.replace_strict(keys, [p[0] for p in parts.values()], default=None, return_dtype=pl.String)
    number = tax.replace_strict(keys, [p[1] for p in parts.values()], default=None, return_dtype=pl.String)
    vat = pl.col(VAT_ID)
    held = _held_vat_id(vat)
    # named first, on the cells as they are: beside another id in Umsatzsteuer ID
    other = as_id.is_not_null() & vat.is_not_null() & (held != as_id)
    fields = {"source": as_id, "current": vat, "field": pl.lit(TAX_NUMBER)}
    _warn(frame, log, other, TAX_NUMBER, "vat-id-in-tax-number", "issue-vat-id-in-tax-number", **fields)
    free = as_id.is_not_null() & (vat.is_null() | (held == as_id))
    updates = {VAT_ID: pl.coalesce(vat, as_id), TAX_NUMBER: number}
    return _patch(frame, free, updates, log, "tax-ids-split", tax)


def _tax_number_from_vat_id(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """A German tax number in Umsatzsteuer ID ("12/345/67890") moves to an empty Steuernummer
    (``tax-id-moved``). Before DATEV's EU-Land is joined: "DE" + a tax number is no VAT id."""
    if not _present(frame, TAX_NUMBER, VAT_ID):
        return frame
    tax, vat = pl.col(TAX_NUMBER), pl.col(VAT_ID)
    german = vat.str.contains(_GERMAN_TAX_NUMBER).fill_null(False) & tax.is_null()
    # "DE 12/345/67890": the country is no part of a tax number
    moved = {TAX_NUMBER: vat.str.replace(r"^DE\s?", ""), VAT_ID: pl.lit(None, dtype=pl.String)}
    return _patch(frame, german, moved, log, "tax-id-moved", vat, skip_emptied=True)


def _compact_vat_ids(frame: pl.DataFrame, log: _Log) -> pl.DataFrame:
    """``DE 136 695 976``, ``de136.695.976`` → ``DE136695976`` (python-stdnum); other values untouched."""
    return _map_values(
        frame, [VAT_ID], vatids.compact, log, "vat-id-compacted", unchanged=vatids.german_compact
    )


def _format_phones(frame: pl.DataFrame, style: str, log: _Log) -> pl.DataFrame:
    """``--phone-format``: valid numbers written as E.164 or national, read in the row's country.

    Bare digits in a German, Austrian or Swiss row (:func:`importer.phones.bare`) stay as they are:
    Excel has probably dropped their 0 or +, and which one is not certain (``491711234567`` would
    become +49 491 … where +49 171 … may be meant); validation warns (``phone-prefix-missing``).
    """
    land = pl.col(PHONE_COUNTRY) if PHONE_COUNTRY in frame.columns else pl.lit(None, dtype=pl.String)
    for column in [c for c in PHONE_COLUMNS if c in frame.columns]:
        value = pl.col(column)
        pairs = (
            frame.select(value.alias("v"), land.alias("c"))
            .filter(pl.col("v").is_not_null() & ~phones.bare(pl.col("v"), pl.col("c")))
            .unique()
        )
        changes = [
            (f"{v}\x00{c or ''}", new)
            for v, c in pairs.iter_rows()
            if (new := phones.formatted(v, c, style)) is not None and new != v
        ]
        if not changes:
            continue
        key = pl.concat_str([value, pl.lit("\x00"), land.fill_null("")])
        keys, values = [k for k, _ in changes], pl.Series([n for _, n in changes], dtype=pl.String)
        updated = key.replace_strict(keys, values, default=value)
        frame = _patch(frame, key.is_in(keys), {column: updated}, log, "phone-formatted")
    return frame


def _flag_created_formulas(raw: pl.DataFrame, result: pl.DataFrame, log: _Log) -> None:
    """Reject a row where a fix turned a value into one a spreadsheet runs (``fix-creates-formula``).

    The upload files keep values as they were given, but no fix may make a formula of a
    value that was none: trimming "\\t=1+1", or splitting "12345 =HYPERLINK(…)" into PLZ and Ort.
    Such a cell is an error of its row, which then goes to the rejected file with its original
    values; the message names the fix (the last one logged for the cell).
    """
    if not log.parts:
        return
    changes = pl.concat(log.parts).select(ROW, "column", "code", "source")
    changed = changes.get_column("column").unique(maintain_order=True).to_list()
    live = _columns_with(result, changed, lambda c: pl.col(c).str.contains(LIVE_FORMULA))
    titles = {code: rule(code).title for code in changes.get_column("code").unique().to_list()}
    last = changes.group_by(ROW, "column", maintain_order=True).last()
    for column in live:
        before, after = pl.col("before"), pl.col("after")
        created = (
            pl.DataFrame(
                [result[ROW], result[LINE], raw[column].alias("before"), result[column].alias("after")]
            )
            .filter(after.str.contains(LIVE_FORMULA) & ~before.str.contains(LIVE_FORMULA).fill_null(False))
            .with_columns(pl.lit(column).alias("column"))
            .join(last, on=[ROW, "column"], how="inner")
        )
        if created.height == 0:
            continue
        shown = pl.coalesce(before, pl.col("source"))
        fields = {
            "column": pl.col("column"),
            "value": shown,
            "result": after,
            "char": after.str.slice(0, 1),
            "fix": pl.col("code").replace_strict(titles, return_dtype=pl.String),
        }
        log.extra.append(
            created.select(
                ROW,
                LINE,
                "column",
                pl.lit("fix-creates-formula").alias("code"),
                shown.alias("before"),
                pl.lit(None, dtype=pl.String).alias("after"),
                message_expr("issue-fix-creates-formula", **fields).alias("message"),
            )
        )


# --- entry point ----------------------------------------------------------------------------


def clean(
    frame: pl.DataFrame,
    catalog: Catalog,
    *,
    phone_format: str | None = None,
    company_person: str = "contact",
    contacts_of_record: bool = False,
    name_line: bool = False,
    surname_first: str | None = None,
    contact_surname_first: bool = False,
    fax_columns: frozenset[str] = frozenset(),
) -> tuple[pl.DataFrame, IssueList]:
    """Apply the safe fixes to the mapped rows; return the cleaned frame and one FIX issue per change.

    ``frame``: one column per catalog column (raw strings, null where empty), ``__row__``,
    ``__line__`` and optional ``__merge_*`` inputs. The result holds ``__row__``,
    ``__line__`` and every catalog column (missing ones added as null) in catalog order;
    merge inputs are consumed and dropped, empty strings are null. Issues carry
    ``value`` = before and ``fixed_value`` = after and are sorted by (row, column order,
    code). Besides the fixes, three warnings: ``contact-person-split-unsure`` for a doubtful
    name split, ``postcode-city-not-split`` for a "PLZ Ort" input whose postcode does not fit
    the row's country (moved whole into Ort n), and ``merge-input-unused`` for a merge input
    whose target already holds something else, or that could not be used otherwise (a DATEV
    account out of range, a VAT id country without its number; value = the merge cell, which is
    then not in the result). Blank cells
    becoming empty are not reported. ``phone_format`` (``e164``/``national``, ``--phone-format``)
    rewrites valid phone numbers; without it they stay as they are. ``company_person``
    (``--company-person``): ``contact`` moves a company row's own person to its contact person
    (:func:`_company_person_to_contact`), ``keep`` leaves it. ``contacts_of_record``: the contact
    person's columns are the file's first and last names, made the contact of a ``Name`` column
    (:mod:`importer.records`): on a row without that name they are the row's own
    (:func:`_contact_without_company`). ``name_line``: Adresszusatz 1 is a second name line
    ("Name 2"), a private person's first name on rows a kind column makes persons
    (:func:`_name_by_kind`). ``surname_first``: the whole-name column's header names the surname
    first (:func:`_split_whole_name`). ``fax_columns``: phone columns whose header names a fax
    too ("Tel. / Fax" mapped with --map): their second number is no Telefon 2 (:func:`_split_phones`).
    """
    names = catalog.names()
    merges = sorted(c for c in frame.columns if c.startswith(MERGE_PREFIX))
    columns: list[Any] = [pl.col(ROW).cast(pl.Int64), pl.col(LINE).cast(pl.Int64)]
    for name in [*names, *merges]:
        columns.append(
            pl.col(name).cast(pl.String)
            if name in frame.columns
            else pl.lit(None, dtype=pl.String).alias(name)
        )
    columns += [pl.col(c) for c in (KIND, KIND_SAID) if c in frame.columns]
    work = frame.select(columns)
    raw = work
    log = _Log()
    # Mojibake first (a no-break space can be part of it: "Ã\xa0" is "à"), and once more after
    # trimming, for mojibake that stray or zero-width spaces had hidden from ftfy.
    work = _repair_mojibake(work, names, log)
    work = _remove_controls(work, names, merges, log)
    # Before the whitespace step joins a cell's lines by a space: "Beta GmbH" LF "z. Hd. Herrn Meier".
    work = _company_attention_line(work, log)
    work = _join_address_lines(work, log)
    work = _read_spaced_address(work, log)
    work = _trim(work, names, merges, log)
    work = _remove_spreadsheet_errors(work, names, merges, log)
    work = _collapse_value_lists(work, names, merges, log)
    work = _repair_mojibake(work, names, log)
    work = _remove_text_markers(work, names, merges, log)
    # Before the names are split and the places read: "Zimmermann Design (https://…)" is a name.
    work = _remove_links(work, log)
    work = _use_home_address(work, log)
    work = _set_aside_scientific_numbers(work, log)
    # Before a home number may fill an empty phone column: the codes belong to the file's number.
    work = _join_phone_parts(work, log)
    work = _use_home_contacts(work, log)
    work = _join_house_number_suffixes(work, log)
    work = _merge_house_numbers(work, log)
    work = _remove_number_formats(work, log)
    work = _number_placeholders(work, log)
    work = _assign_account_numbers(work, log, catalog)
    work = _strip_postcode_prefixes(work, log)
    work = _split_postcode_city(work, log)
    work = _split_street_address(work, log)
    work = _postcode_city_from_addition(work, log)
    work = _place_address_lines(work, log, catalog)
    work = _strip_place_from_street(work, log)
    # Once more for a prefix a split put into PLZ n ("CH-8001 Zürich" → "CH-8001").
    work = _strip_postcode_prefixes(work, log)
    # A column that names the contact person fills Ansprechpartner 1 before a whole name may.
    work = _split_contact_person(work, log, surname_first=contact_surname_first)
    work = _split_whole_name(work, log, surname_first=surname_first)
    # After the whole names (a row's kind decides those there): a name in a column of companies.
    work = _name_by_kind(work, log, name_line=name_line)
    work = _contact_placeholders(work, log)
    work = _tidy_emails(work, log)
    work = _split_emails(work, log)
    work = _countries_from_states(work, log)
    work = _normalize_countries(work, log)
    work = _country_from_city(work, log)
    # After the countries: the numbers are read in the row's country ("Österreich" → AT).
    work = _remove_phone_remarks(work, log)
    work = _split_phones(work, log, fax=PHONE_1 in fax_columns)
    work = _second_fax_aside(work, log)
    work = _drop_repeats(work, log)
    work = _nameless_contact_details(work, log, kept=company_person != "contact")
    # Before the hints: a VAT id a tax number column or DATEV's EU-Land completes is one of them.
    work = _tax_number_from_vat_id(work, log)
    work = _split_tax_ids(work, log)
    work = _vat_id_from_tax_number(work, log)
    work = _join_vat_country(work, log)
    # once more: the same id as the one joined there; another id there is named
    work = _vat_id_from_tax_number(work, log, warn=True)
    work = _country_from_hints(work, log)
    work = _country_from_foreign_hints(work, log)
    work = _restore_leading_zeros(work, log)
    # Before the salutations: Anrede "Firma" keeps a row a company, and a contact person's
    # Anrede moved to the row's own is normalized like any.
    work = _company_placeholder(work, log)
    work = _care_of_company(work, log)
    work = _company_name_of_person(work, log)
    work = _salutation_led_company_name(work, log)
    work = _free_mail_person_company_name(work, log)
    work = _contact_without_company(work, log, raw, of_record=contacts_of_record)
    work = _salutation_from_first_name(work, log, catalog)
    work = _normalize_salutations(work, log)
    work = _company_in_last_name(work, log)
    work = _join_legal_form(work, log)
    if company_person == "contact":
        # After the salutations: "Firma" is gone from Anrede, and Lexware's company in Nachname
        # is the Firmenname already.
        work = _company_person_to_contact(work, log)
        # once more for a contact person moved there beside Anrede "Firma" (dropped above): "Herr"
        # in Vorname beside it (the re-test: Ansprechpartner 1 Vorname "Herr")
        work = _salutation_from_first_name(work, log, catalog, _NAME_SLOTS[1:])
    # Once more for the values the merges brought in ("name" split into Vor- and Nachname: the
    # corpus fuzzer found "ChloÃ©" uploaded, the merge inputs had not been repaired).
    work = _repair_mojibake(work, names, log)
    # Joined before compacting: "DE" + "136 695 976" is compacted like any spaced id.
    work = _compact_vat_ids(work, log)
    if phone_format is not None:
        work = _format_phones(work, phone_format, log)
    _warn_value_lists(work, names, log)
    kept = [ACCOUNT_ROLE] if ACCOUNT_ROLE in work.columns else []
    result = work.select(ROW, LINE, *[_null_if_empty(pl.col(n)).alias(n) for n in names], *kept)
    _flag_created_formulas(raw, result, log)
    return result, log.issues(catalog)
