"""Validation: run the pandera schema of a role over the cleaned rows and turn failures into issues.

This module and :mod:`schemas` are the only places that import pandera. The severity of
each finding comes from the rule registry (:mod:`importer.rules`), the message from
:mod:`importer.messages` (``issue-<code>``).
"""

from __future__ import annotations

from typing import Final

import polars as pl

from importer import emails, phones, vatids
from importer.catalog import Catalog
from importer.frame import LINE, ROW, concat_gathered
from importer.issues import IssueList
from importer.messages import msg
from importer.rules import issues_from_frame, message_expr
from importer.vatids import GERMAN_PREFIX
from schemas.contacts import (
    COMPANY,
    FOUR_DIGIT_POSTCODE_COUNTRIES,
    LAST_NAME,
    PHONE_COUNTRY,
    in_number_range,
    postcode_countries,
    rule_checks,
)


def _prepare(frame: pl.DataFrame, names: list[str]) -> pl.DataFrame:
    """The role's catalog columns as strings, empty strings as null, missing columns added as null."""
    exprs = []
    for name in names:
        if name in frame.columns:
            value = pl.col(name).cast(pl.String)
            exprs.append(pl.when(value == "").then(None).otherwise(value).alias(name))
        else:
            exprs.append(pl.lit(None, dtype=pl.String).alias(name))
    return frame.select(exprs)


#: The longest part of a too long value that its message quotes.
QUOTE_MAX: Final = 60

_NO_CASES: Final = pl.DataFrame(
    schema={"column": pl.String, "check": pl.String, "index": pl.Int32, "failure_case": pl.String}
)


def _verdict(i: int) -> str:
    """The column of check ``i``'s verdicts in the frame pandera validates (no catalog name)."""
    return f"__check_{i}__"


def _failure_cases(data: pl.DataFrame, role: str, catalog: Catalog) -> pl.DataFrame:
    """pandera's failure cases (column, check, index, failure_case); empty when all checks pass."""
    # pandera runs every check with several collects of its own; a check that no row fails
    # cannot add a finding. All pass expressions are therefore evaluated in one polars pass
    # first, and pandera gets only the checks that fail somewhere, each reading the verdicts
    # of that pass rather than computing them again (its findings are unchanged).
    lazy = data.lazy()
    keys: list[tuple[str, str]] = []
    probes: list[pl.Expr] = []
    for column, rules in rule_checks(role, catalog).items():
        for rule in rules:
            probes.append(rule.passing(lazy).alias(_verdict(len(keys))))
            keys.append((column, rule.code))
    if not probes:
        return _NO_CASES  # a role without columns (a --catalog of the other role only)
    verdicts = lazy.select(probes).collect()
    failing = [i for i, passed in enumerate(verdicts.iter_columns()) if not passed.all()]
    if not failing:
        return _NO_CASES  # pandera is not even imported (about 0.1 s)
    import pandera.polars as pa
    from pandera.config import ValidationDepth, config_context

    from schemas import build_schema

    given = {keys[i]: _verdict(i) for i in failing}
    schema = build_schema(role, "any", catalog, only=given.keys(), verdicts=given)
    # pandera sees only the rows some check fails on (every check it runs reads its verdict, so
    # no check needs the other rows), and of them only the columns its schema declares (those
    # with a failing check, or all a broken stand-in declares; gathering every column cost
    # 0.04 s of 0.34 s at 20 MB);
    # its indexes are mapped back to ``data``'s rows below.
    failed = verdicts.select(given.values())
    positions = failed.select(pl.arg_where(~pl.all_horizontal(pl.all()))).to_series()
    declared = [column for column in schema.columns if column in data.columns]
    checked = data.select(declared)[positions].with_columns(failed[positions])
    del verdicts, failed
    try:
        with config_context(validation_enabled=True, validation_depth=ValidationDepth.SCHEMA_AND_DATA):
            schema.validate(checked, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases: pl.DataFrame = exc.failure_cases
        broken = cases.filter(pl.col("index").is_null())
        if broken.height:
            # a check that raised or a dtype/column error: a programming error, not a data finding
            raise RuntimeError(f"schema validation failed: {broken.row(0, named=True)}") from exc
        return cases.select(
            "column", "check", positions.gather(cases["index"]).cast(pl.Int32).alias("index"), "failure_case"
        )
    return _NO_CASES


def _first_rows(data: pl.DataFrame, column: str) -> pl.DataFrame:
    """Each duplicated value of ``column`` (as ``failure_case``) with the row of its first occurrence."""
    value = pl.col(column)
    return (
        data.filter(value.is_not_null() & value.is_duplicated())
        .group_by(column)
        .agg(pl.col(ROW).first().alias("first"))
        .rename({column: "failure_case"})
    )


#: Two phone numbers in one cell: runs of at least six characters (digits; spaces, - ( ) inside)
#: joined by a comma, a semicolon, a slash, Google's ":::", "und", "oder" or "&". "0351/123456" (area code and
#: number) is one number: the part before its slash is too short.
_SEVERAL_NUMBERS: Final = (
    r"[0-9][0-9 ()\-]{4,}[0-9]\s*(?:[,;&/]|:::|\bund\b|\boder\b)\s*\+?[0-9(][0-9 ()\-]{4,}"
)


def _word(
    part: pl.DataFrame, code: str, data: pl.DataFrame, catalog: Catalog, stated_rows: pl.Series | None = None
) -> pl.DataFrame:
    """The failure cases of one rule code with their German (or English) message column.
    ``stated_rows``: rows whose role a column states; a number of the other role's range there
    gets no advice to map it to the other role or to --kind (the second hostile re-test)."""
    value = pl.col("failure_case")
    fields: dict[str, pl.Expr] = {"column": pl.col("column"), "value": value.fill_null(msg("value-empty"))}
    message: pl.Expr
    if code in ("customer-number-range", "supplier-number-range"):
        customer = code.startswith("customer")
        low, high = catalog.customer_range if customer else catalog.supplier_range
        other_low, other_high = catalog.supplier_range if customer else catalog.customer_range
        message = message_expr(f"issue-{code}", **fields, min=pl.lit(str(low)), max=pl.lit(str(high)))
        # a number of the other role's range: leaving it empty (the usual advice) would file a
        # supplier as a customer (the eleventh real-layout round: PlusFakt's 70001 as Kundennummer)
        number = value.str.strip_chars()
        other = in_number_range(number, other_low, other_high)
        if stated_rows is not None and stated_rows.len():
            other = other & ~pl.col(ROW).is_in(stated_rows)
        message = (
            pl.when(other.fill_null(False))
            .then(
                message_expr(
                    f"issue-{code}-other",
                    **fields,
                    min=pl.lit(str(low)),
                    max=pl.lit(str(high)),
                    other_min=pl.lit(str(other_low)),
                    other_max=pl.lit(str(other_high)),
                )
            )
            .otherwise(message)
        )
    elif code in ("customer-number-duplicate", "supplier-number-duplicate"):
        firsts = pl.concat([_first_rows(data, c) for c in part["column"].unique().to_list()]).unique(
            "failure_case"
        )
        part = part.join(firsts, on="failure_case", how="left")
        first = pl.col("first").cast(pl.String).fill_null("?")
        message = message_expr(f"issue-{code}", **fields, first=first)
    elif code == "postcode-invalid":
        pairs = postcode_countries(catalog)
        lands = {k: v for k, v in pairs.items() if v is not None and v in data.columns}
        countries = pl.Series("country", [None] * part.height, dtype=pl.String)
        for postcode, land in lands.items():
            picked = data[land].gather(part["index"])
            countries = pl.select(
                pl.when(part["column"] == postcode).then(picked).otherwise(countries)
            ).to_series()
        part = part.with_columns(
            countries.alias("country"),
            # A postcode column without a country column in the catalog (``--catalog``) names "Land".
            pl.col("column")
            .replace_strict({k: v for k, v in pairs.items() if v}, default="Land", return_dtype=pl.String)
            .alias("land"),
        )
        country = pl.col("country")
        context = {**fields, "country": country, "land": pl.col("land")}
        message = (
            pl.when(country.is_null())
            .then(message_expr("issue-postcode-invalid-de-assumed", **context))
            .when(country == "DE")
            .then(message_expr("issue-postcode-invalid-de", **context))
            .when(country.is_in(FOUR_DIGIT_POSTCODE_COUNTRIES))
            .then(message_expr("issue-postcode-invalid-4", **context))
            .otherwise(message_expr("issue-postcode-invalid-long", **context))
        )
    elif code == "value-too-long":
        limits = {c.name: str(c.max_length) for c in catalog.columns if c.max_length is not None}
        limit = pl.col("column").replace_strict(limits, default="?", return_dtype=pl.String)
        # The message quotes the beginning of the value only: it may be a million characters long.
        length = value.str.len_chars()
        shown = pl.when(length > QUOTE_MAX).then(value.str.slice(0, QUOTE_MAX - 1) + "…").otherwise(value)
        message = message_expr(
            f"issue-{code}", column=fields["column"], value=shown, length=length.cast(pl.String), max=limit
        )
    elif code == "vat-id-invalid":
        # A Swiss UID without "MWST" is no VAT number, though its check digit is right (found by
        # the real-layout session: "CHE-116.356.673" was told to have a wrong format).
        uid = pl.Series([vatids.swiss_uid(v) for v in part["failure_case"].to_list()], dtype=pl.Boolean)
        message = (
            pl.when(pl.lit(uid))
            .then(message_expr("issue-vat-id-invalid-swiss-uid", **fields))
            .otherwise(message_expr(f"issue-{code}", **fields))
        )
    elif code == "vat-id-prefix-missing":
        message = message_expr(f"issue-{code}", **fields, suggestion=pl.lit(GERMAN_PREFIX) + value)
    elif code == "phone-prefix-missing":
        part, message = _phone_readings(part, data, fields)
    elif code in ("phone-not-a-number", "phone-invalid"):
        # Two numbers in one cell, an e-mail address, or other text: each told what to do.
        message = (
            pl.when(value.str.contains(_SEVERAL_NUMBERS))
            .then(message_expr("issue-phone-several", **fields))
            .when(value.str.contains("@", literal=True))
            .then(message_expr("issue-phone-not-a-number-email", **fields))
            .otherwise(message_expr(f"issue-{code}", **fields))
        )
    elif code == "name-missing":
        part, message = _name_missing(part, data, fields)
    elif code == "company-field-on-person":
        # A row without any name is no private person: its VAT id or contact person says it is
        # a company whose name is missing (the 37th session's real-export round: HubSpot's
        # companies, their name column unmapped, were each told to be a private person).
        nameless = data.select(~_has_name(data)).to_series().gather(part["index"])
        part = part.with_columns(nameless.alias("nameless"))
        message = (
            pl.when(pl.col("nameless"))
            .then(message_expr("issue-company-field-on-person-nameless", **fields))
            .otherwise(message_expr(f"issue-{code}", **fields))
        )
    elif code == "formula-like-value":
        message = message_expr(f"issue-{code}", **fields, char=value.str.slice(0, 1))
    else:
        message = message_expr(f"issue-{code}", **fields)
    return part.with_columns(message.alias("message"))


#: The e-mail column a row without a name is matched by (an order export's further lines).
_EMAIL: Final = "E-Mail 1"


def _has_name(data: pl.DataFrame) -> pl.Expr:
    """A row with a Firmenname or a Nachname (of the columns ``data`` has)."""
    return pl.any_horizontal(
        [pl.col(c).is_not_null() for c in (COMPANY, LAST_NAME) if c in data.columns] or [False]
    )


def _name_missing(
    part: pl.DataFrame, data: pl.DataFrame, fields: dict[str, pl.Expr]
) -> tuple[pl.DataFrame, pl.Expr]:
    """``part`` (rows without a name) with the first row that has a name and the same e-mail
    address: a shop's order export repeats the customer's e-mail on each further line of an
    order, without the name; filling in the name would only repeat that contact. Other rows are
    worded by :func:`_no_contact`."""
    part, other = _no_contact(part, data, fields)
    if not {_EMAIL, COMPANY, LAST_NAME} <= set(data.columns):
        return part, other
    key = pl.col(_EMAIL).str.strip_chars().str.to_lowercase()
    named = (
        data.filter(pl.col(_EMAIL).is_not_null() & _has_name(data))
        .group_by(key.alias("key"))
        .agg(pl.col(ROW).min().cast(pl.String).alias("named"))
    )
    mails = data.select(key).to_series().gather(part["index"])
    first = mails.replace_strict(named["key"], named["named"], default=None, return_dtype=pl.String)
    part = part.with_columns(first.alias("named"))
    named_row = pl.col("named")
    message = (
        pl.when(named_row.is_null())
        .then(other)
        .otherwise(message_expr("issue-name-missing-same-email", **fields, first=named_row))
    )
    return part, message


#: A list's summary or footer line: "Anzahl Kunden: 2", "Summe", "Gesamt: 14 Kunden", "Total",
#: "14 Kunden", "Datensätze gesamt: 14". With a number in it: "Total Sport GmbH" in the wrong
#: column is a customer (the second re-test).
SUMMARY_LINE: Final = (
    r"(?i)^\s*(?:(?:anzahl|summe|gesamt|insgesamt|total|count)\b\D*\d"
    r"|\d+\s+(?:kunden|lieferanten|kontakte|datensätze|adressen|einträge|records|contacts|customers)\b\W*$"
    r"|(?:kunden|lieferanten|kontakte|datensätze|adressen|einträge)\s+(?:gesamt|insgesamt)\b\D*\d)"
)
#: A footer as the only cell of a row, strictly: a summary word, maybe what is counted, a number,
#: maybe what is counted ("Gesamt: 2 Kunden", "Anzahl Kunden: 14", "Summe 3"), or the count and
#: its noun ("14 Kunden", "Kunden gesamt: 14"). Not "Total Fitness 24" or "Anzahl 1 Reisen", names
#: of businesses (the hostile re-test): a row of such a cell alone is rejected (``summary-row``).
_COUNTED: Final = (
    r"(?:der\s+)?(?:kunden|lieferanten|kontakte|datensätze|adressen|einträge|zeilen|records|contacts|"
    r"customers|entries|rows)"
)
#: A list's date line: "Stand: 12.03.2025, bitte aktuell halten!", "Stand 03/2025", "Erstellt am
#: 1.2.2025" (a hand-made list's footer, found by the hostile session on hand-made sheets).
_DATED: Final = (
    r"(?:stand(?:\s+vom)?|(?:erstellt|exportiert|gedruckt)(?:\s+(?:mit|von|durch|aus)\s+[^\d:@]{1,40}?)?"
    # "erstellt von M. Krause, 03/2025" (the hostile round on hand-made sheets)
    r"(?:\s+am|\s*,)|druckdatum|datum)\s*[:=]?\s*"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\b[^\d@]*"
    # a printout's page line: "Seite 1 von 1"
    r"|seite\s+\d+\s*(?:von|/)\s*\d+"
)
#: A list's heading of a group of its rows, as the only cell of a row: decorated ("*** Ausland ***",
#: "--- Stammkunden ---", "Firmenkunden:") or a group of contacts ("Privatkunden", "Lieferanten A–M",
#: "Inland") or a register's letter. The hostile round on hand-made sheets found such rows uploaded
#: as companies.
HEADING_LINE: Final = (
    r"(?i)^\s*(?:[*=#~_–—-]{2,}\s*[^*=#~_–—-].*?\s*[*=#~_–—-]{2,}"
    r"|[^\d@:]{2,40}:"
    r"|[a-zäöüß]*(?:kunden|lieferanten|kontakte|adressen)(?:\s+(?:[a-z]\s*[–-]\s*[a-z]|\d{4}))?"
    r"|inland|ausland|sonstige|sonstiges|eu[- ]ausland|drittland|drittländer"
    # a register's letter ("A", "B", "A–C": the second hostile re-test found them uploaded as
    # companies; the third "A.", "C/D", "E bis G", "- B -")
    r"|[–-]?\s*[a-zäöü]\.?(?:\s*(?:[–/-]|bis)\s*[a-zäöü]\.?)?\s*[–-]?)\s*$"
)
#: A list's total as an accounting export ends it: "Total" and "1.550,00" (QuickBooks' customer
#: contact list, the seventh real-layout round: its footer was uploaded as a customer "Total").
FOOTER_AMOUNT: Final = r"-?\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{2})\s*(?:€|EUR|CHF|USD|\$|£|GBP|DKK)?"
FOOTER_LINE: Final = (
    r"(?i)^\s*(?:(?:anzahl|summe|gesamt|insgesamt|total|count)"
    rf"(?:\s+{_COUNTED})?\s*[:=]?\s*(?:\d+|{FOOTER_AMOUNT})(?:\s+{_COUNTED})?(?:,\s*davon\b[^\d@]*\d+[^\d@]*)?"
    rf"|\d+\s+{_COUNTED}|{_COUNTED}\s+(?:gesamt|insgesamt)\s*[:=]?\s*\d+|{_DATED})\s*\.?\s*$"
)
#: A footnote or legend as the only cell of a row: a marker and what it means ("* = zahlt bar",
#: "*) Stammkunde", "¹ seit 2020", "(1) …") or a note's label and its text ("Anm.: …", "Hinweis:
#: …", "Legende: …"). Found by the 40th real-export round: "* = zahlt bar" below a hand-made list
#: was uploaded as a person "* = zahlt" "bar". (A decorated heading "*** Ausland ***" is told first.)
FOOTNOTE_LINE: Final = (
    r"(?i)^\s*(?:(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹†‡]+|\(\d\))(?:\)\s*|\s*[=:–-]\s*|\s+)[^\s*=:–-]"
    r"|(?:anm\.?|anmerkung|anmerkungen|hinweis|hinweise|fu(?:ß|ss)note|legende|erläuterung|erklärung"
    r"|note|notes|nb|n\.b\.)\s*:\s*\S|anm\.\s*\S)"
)
#: A footnote's marker and its meaning: "* = zahlt bar" → ("*", "zahlt bar"), "¹) seit 2020".
FOOTNOTE_MEANING: Final = (
    r"^\s*(?P<marker>\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹†‡]+)(?:\)\s*|\s*[=:–-]\s*|\s+)(?P<meaning>[^\s*=:–-].*?)\s*$"
)
#: Totals' labels of a spreadsheet's last row besides "Summe" and "Total": German Excel's table
#: totals row says "Ergebnis" (the hostile round on Excel's files: "Ergebnis" and a count was
#: uploaded as a customer "Ergebnis", exit 0), "Gesamtsumme", "Endsumme", "Summen".
_TOTAL_WORDS: Final = r"ergebnis|gesamtsumme|endsumme|summen|gesamtergebnis|grand\s+total"
#: A footer's label in a cell of its own, its count in the next: "Anzahl Kunden:", "Summe:".
FOOTER_LABEL: Final = (
    r"(?i)^\s*(?:anzahl|summe|gesamt|insgesamt|total|count|"
    + _TOTAL_WORDS
    + r")(?:\s+"
    + _COUNTED
    + r")?\s*[:=]?\s*$"
)
#: At most this many filled cells make a row without a name look like the remainder of the
#: contact above, at most this many rows below it (a contact's second e-mail, phone, website).
_CONTINUATION_CELLS: Final = 2
_CONTINUATION_ROWS: Final = 5


def _no_contact(
    part: pl.DataFrame, data: pl.DataFrame, fields: dict[str, pl.Expr]
) -> tuple[pl.DataFrame, pl.Expr]:
    """``part`` (rows without a name) with what else they may be (found by the real-layout
    session, both rejected as a contact without a name): a list's summary line ("Anzahl Kunden:
    2", column ``summary``), or the remainder of the contact above, one or two cells right below
    a row with a name, within five rows, in columns that row leaves empty (one-to-many exports:
    a phone number on the next line; ``above``)."""
    columns = [c for c in data.columns if c != ROW]
    summary = pl.coalesce([pl.when(pl.col(c).str.contains(SUMMARY_LINE)).then(pl.col(c)) for c in columns])
    cells = pl.sum_horizontal([pl.col(c).is_not_null() for c in columns])
    named = _has_name(data)
    last_named = pl.when(named).then(pl.col(ROW)).forward_fill()  # on a row without a name: the one above
    # Its cells complement that row's (a phone below a row without one): a row that repeats a
    # filled column (another e-mail below one) is as likely another contact (a shop's next order).
    clash = pl.any_horizontal(
        [
            pl.col(c).is_not_null() & pl.when(named).then(pl.col(c).is_not_null()).forward_fill()
            for c in columns
        ]
    )
    near = (pl.col(ROW) - last_named <= _CONTINUATION_ROWS) & ~clash.fill_null(False)
    facts = data.select(
        summary.alias("summary"),
        cells.alias("cells"),
        pl.when(near).then(last_named.cast(pl.String)).alias("above"),
    )
    part = part.with_columns(facts[name].gather(part["index"]) for name in facts.columns)
    message = (
        pl.when(pl.col("summary").is_not_null())
        .then(message_expr("issue-name-missing-summary", **fields, text=pl.col("summary")))
        # not a row with nothing to upload at all (LinkedIn's member who hides the name: only a
        # profile link, in a column not uploaded; the tenth real-layout round called it the rest
        # of the contact above)
        .when(pl.col("above").is_not_null() & pl.col("cells").is_between(1, _CONTINUATION_CELLS))
        .then(message_expr("issue-name-missing-continuation", **fields, above=pl.col("above")))
        .otherwise(message_expr("issue-name-missing", **fields))
    )
    return part, message


def _phone_readings(
    part: pl.DataFrame, data: pl.DataFrame, fields: dict[str, pl.Expr]
) -> tuple[pl.DataFrame, pl.Expr]:
    """``part`` with the readings of its numbers (``zero``, ``plus``: with 0 or + in front, read
    in the row's country) and the message that shows the valid ones."""
    country = (
        data[PHONE_COUNTRY].gather(part["index"])
        if PHONE_COUNTRY in data.columns
        else pl.Series([None] * part.height, dtype=pl.String)
    )
    pairs = pl.DataFrame([part["failure_case"].alias("v"), country.alias("c")])
    part = part.with_columns(phones.shown_readings(pairs))
    zero, plus = pl.col("zero"), pl.col("plus")
    readings = {**fields, "zero": zero, "plus": plus}
    message = (
        pl.when(zero.is_null())
        .then(message_expr("issue-phone-prefix-missing-plus", **readings))
        .when(plus.is_null())
        .then(message_expr("issue-phone-prefix-missing-zero", **readings))
        .otherwise(message_expr("issue-phone-prefix-missing", **readings))
    )
    return part, message


def release_value_caches() -> None:
    """Drop the per-value caches of the phone, e-mail and VAT checks once the rows are validated.

    They spare checking a value twice within the validation (both roles, several rules per
    column), but at 100 MB they hold about half a million entries: kept, they raised the
    run's peak memory by about 0.25 GB while the outputs were rendered.
    """
    phones.forget()
    for cached in (
        phones.formatted,
        emails.is_valid,
        vatids.compact,
        vatids.is_valid,
        vatids.german_suggestion,
    ):
        cached.cache_clear()


def validate(
    frame: pl.DataFrame, role: str, catalog: Catalog, stated_rows: pl.Series | None = None
) -> IssueList:
    """Validate the cleaned rows of one role ("customers" or "suppliers") and return their findings.

    ``frame`` holds one ``pl.String`` column per catalog column plus ``__row__`` and
    ``__line__``; only the catalog columns of ``role`` are validated (``__row__``/``__line__``
    and other columns are not). Each issue's ``value`` is the offending cell (None for an
    empty cell that should be filled). The result is sorted by (row, catalog column order, code).
    ``stated_rows``: the rows whose role a column of the file states (:func:`_word`).
    """
    names = catalog.names(role)
    data = _prepare(frame, names)
    cases = _failure_cases(data, role, catalog)
    if cases.height == 0:
        return IssueList.empty()
    index = cases["index"].cast(pl.Int64)
    cases = cases.with_columns(
        index.alias("index"),
        frame[ROW].cast(pl.Int64).gather(index).alias(ROW),
        frame[LINE].cast(pl.Int64).gather(index).alias(LINE),
    )
    data = data.with_columns(frame[ROW].cast(pl.Int64).alias(ROW))
    fields = [ROW, LINE, "column", "check", "failure_case", "message"]
    # Worded one rule at a time, each part dropped once worded; then sorted by an index of the
    # sort keys (importer.frame.concat_gathered): at 100 MB (850,000 findings) sorting the whole
    # table held the failure cases, their parts, the worded parts and the sorted copy at once.
    parts = cases.partition_by("check", as_dict=True, maintain_order=True)
    del cases
    worded = []
    for key in list(parts):
        worded.append(_word(parts.pop(key), str(key[0]), data, catalog, stated_rows).select(fields))
    order = {name: i for i, name in enumerate(catalog.names())}

    def sort_index(table: pl.DataFrame) -> pl.Series:
        column_order = pl.col("column").replace_strict(order, default=len(order), return_dtype=pl.Int64)
        keys = table.select(ROW, column_order.alias("order"), "check").with_row_index("i")
        return keys.sort(ROW, "order", "check", maintain_order=True).get_column("i")

    table = concat_gathered(worded, sort_index).select(
        ROW,
        LINE,
        "column",
        pl.col("failure_case").alias("value"),
        pl.col("check").alias("code"),
        "message",
        pl.lit(None, dtype=pl.String).alias("fixed_value"),
    )
    return issues_from_frame(table)
