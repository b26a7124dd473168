"""pandera schemas (polars backend) for lexoffice contacts, built from the column catalog.

One schema per role (``customers`` / ``suppliers``) and kind: ``company`` (Firmenname
filled), ``person`` (Firmenname empty) or ``any`` (both, one pass). Every check is named
with its rule code (see :mod:`importer.rules`), is a polars expression over
``data.lazyframe`` and is attached to the column it concerns, so pandera's failure cases
name that column. A check that only concerns one kind is gated by a polars expression: it
passes on rows of the other kind.

The schemas expect the cleaned frame (see :mod:`importer.clean`): one ``pl.String``
column per catalog column of the role, empty cells as null.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import polars as pl

from importer import emails, phones, vatids
from importer.catalog import Catalog, CatalogColumn
from importer.countries import iso_codes
from importer.formulas import LIVE_FORMULA
from importer.names import LEGAL_FORM

if TYPE_CHECKING:  # pandera is imported when a schema is built: a file whose checks all pass needs none
    import pandera.polars as pa
    from pandera.api.polars.types import PolarsData

ROLES: Final = ("customers", "suppliers")
KINDS: Final = ("company", "person", "any")

COMPANY: Final = "Firmenname"
LAST_NAME: Final = "Nachname"
FIRST_NAME: Final = "Vorname"
SALUTATION: Final = "Anrede"
VAT_ID: Final = "Umsatzsteuer ID"
#: The country a phone number is read in: the billing address's (``DE`` when it is empty).
PHONE_COUNTRY: Final = "Land 1"

#: Countries whose postcodes have exactly four digits (DE and empty: five; elsewhere: at most 10 characters).
FOUR_DIGIT_POSTCODE_COUNTRIES: Final = ("AT", "CH", "LI")
POSTCODE_MAX_LENGTH: Final = 10

#: Excel runs a cell as a formula when it starts with = or @, or with + / - not followed by a digit.
FORMULA_PATTERN: Final = LIVE_FORMULA
#: A name with a legal form is a company's (GmbH, KG, e.K., & Co …; :data:`importer.names.LEGAL_FORM`).
LEGAL_FORM_PATTERN: Final = LEGAL_FORM
#: Rules that already bound a column's length (5 digits, a postcode, a country code): such a
#: column gets no second finding ``value-too-long`` for the same cell.
LENGTH_BOUNDED_BY: Final = frozenset(
    {"customer-number-range", "supplier-number-range", "postcode-invalid", "country-unknown"}
)
#: A character a program could not store, replaced: Excel's "?" where it saved a CSV file in
#: Windows-1252 ("Dvo?ák", "?ód?", "Petrovi?"), or U+FFFD where bytes were undecodable. A "?"
#: between letters, before a letter at a word's start, or after a letter at the value's end; not
#: a question mark ending a word inside the value ("Was? GmbH").
REPLACED_PATTERN: Final = "[^\\W\\d_]\\?[^\\W\\d_]|(?:^|\\s)\\?[^\\W\\d_]|[^\\W\\d_]\\?$|\ufffd"
#: A phone number Excel turned into a float: 4,9301E+11 or 4.93E+11.
SCIENTIFIC_PATTERN: Final = phones.SCIENTIFIC


@dataclass(frozen=True)
class RuleCheck:
    """A rule code, the kinds of row it concerns and the builder of its pass expression."""

    code: str
    kinds: frozenset[str]
    #: Builds the pass expression; gets the lazyframe for checks that look at the data first.
    build: Callable[[pl.LazyFrame], pl.Expr]

    def passing(self, lf: pl.LazyFrame, kinds: frozenset[str] | None = None) -> pl.Expr:
        """True where a row passes: null passes, and so does a row of a kind the check does not
        concern. ``kinds``: the kinds of row checked (default: the rule's own, as in the ``any``
        schema; a kind-specific schema gives the rule's kinds it holds)."""
        ok = self.build(lf).fill_null(True)
        gate = _gate(self.kinds if kinds is None else kinds)
        return ok if gate is None else gate.not_() | ok


def is_company() -> pl.Expr:
    """True on company rows (Firmenname filled)."""
    return pl.col(COMPANY).is_not_null()


def _kind_expr(kind: str) -> pl.Expr:
    return is_company() if kind == "company" else is_company().not_()


def _gate(kinds: frozenset[str]) -> pl.Expr | None:
    """The rows a check applies to; None when it applies to all rows."""
    if kinds >= {"company", "person"}:
        return None
    exprs = [_kind_expr(k) for k in sorted(kinds)]
    gate = exprs[0]
    for expr in exprs[1:]:
        gate = gate | expr
    return gate


_BOTH: Final = frozenset({"company", "person"})
_PERSON: Final = frozenset({"person"})


def _as_check(rule: RuleCheck, kinds: frozenset[str], verdict: str | None = None) -> pa.Check:
    """``rule`` as a pandera check of the rows of ``kinds`` (:meth:`RuleCheck.passing`).

    ``verdict``: a column of the validated frame that holds the pass expression's values,
    computed before; the check reads them instead of computing them again.
    """
    import pandera.polars as pa

    def check(data: PolarsData) -> pl.LazyFrame:
        passing = pl.col(verdict) if verdict is not None else rule.passing(data.lazyframe, kinds)
        return data.lazyframe.select(passing.alias(rule.code))

    return pa.Check(check, name=rule.code, ignore_na=False)


# --- rule expressions ------------------------------------------------------------------


def in_number_range(value: pl.Expr, low: int, high: int) -> pl.Expr:
    """Whether ``value`` is a customer or supplier number of ``low``–``high``: exactly five digits
    (null for a null value)."""
    return value.str.contains(r"^[0-9]{5}$") & value.cast(pl.Int64, strict=False).is_between(low, high)


def number_range(column: str, code: str, low: int, high: int) -> RuleCheck:
    """Filled numbers must be exactly five digits within ``low``–``high``."""
    value = pl.col(column)
    ok = value.is_null() | in_number_range(value, low, high).fill_null(False)
    return RuleCheck(code, _BOTH, lambda _lf: ok)


def number_duplicate(column: str, code: str) -> RuleCheck:
    """The second and later occurrences of a filled number fail."""
    value = pl.col(column)
    ok = value.is_null() | value.is_first_distinct()  # a hash pass; a window per number took 7 times longer
    return RuleCheck(code, _BOTH, lambda _lf: ok)


def name_missing() -> RuleCheck:
    """A person row needs a Nachname (a company row has its Firmenname)."""
    return RuleCheck("name-missing", _PERSON, lambda _lf: pl.col(LAST_NAME).is_not_null())


def first_name_missing() -> RuleCheck:
    """A person row with a Nachname should have a Vorname."""
    ok = pl.col(LAST_NAME).is_null() | pl.col(FIRST_NAME).is_not_null()
    return RuleCheck("first-name-missing", _PERSON, lambda _lf: ok)


#: Each street with its postcode and city: an address needs one of them at least.
STREET_PLACES: Final = {"Straße 1": ("PLZ 1", "Ort 1"), "Straße 2": ("PLZ 2", "Ort 2")}


def address_incomplete(street: str, postcode: str, city: str) -> RuleCheck:
    """A street without postcode and city is an address half imported: a column of the file holds
    them unmapped, or a line of them went elsewhere (the tenth real-layout round: four such rows
    uploaded, exit 0). A warning."""
    ok = pl.col(street).is_null() | pl.col(postcode).is_not_null() | pl.col(city).is_not_null()
    return RuleCheck("address-incomplete", _BOTH, lambda _lf: ok)


def salutation_missing() -> RuleCheck:
    """A person row with a Nachname should have an Anrede."""
    ok = pl.col(LAST_NAME).is_null() | pl.col(SALUTATION).is_not_null()
    return RuleCheck("salutation-missing", _PERSON, lambda _lf: ok)


def _passing(
    lf: pl.LazyFrame, column: str, test: Callable[[str], bool], sure: Callable[[pl.Expr], pl.Expr]
) -> pl.Expr:
    """Null or one of the column's distinct values that pass ``test`` (run in Python, once per value).

    ``sure``: the values that pass for certain, in polars (the common forms): ``test`` runs only
    on the others.
    """
    value = pl.col(column)
    # ``sure`` on the distinct values, not on every row and again in the probe (the VAT ids'
    # check digits took 50 ms at 20 MB that way): the probe looks each cell up in a set.
    distinct = lf.select(value.drop_nulls().unique()).collect().with_columns(sure(value).alias("__sure"))
    others = distinct.filter(~pl.col("__sure")).get_column(column)
    passed = pl.Series(column, [v for v in others.to_list() if test(v)], dtype=pl.String)
    found = pl.concat([distinct.filter("__sure").get_column(column).cast(pl.String), passed])
    return value.is_null() | value.is_in(found.implode())


def email_valid(column: str) -> RuleCheck:
    """Filled e-mail cells hold exactly one syntactically valid address (email-validator, no DNS)."""
    return RuleCheck("email-invalid", _BOTH, lambda lf: _passing(lf, column, emails.is_valid, emails.plain))


def postcode_valid(postcode: str, country: str | None) -> RuleCheck:
    """DE or empty country: 5 digits; AT, CH, LI: 4 digits; elsewhere at most 10 characters."""
    value = pl.col(postcode)
    land = pl.col(country) if country is not None else pl.lit(None, dtype=pl.String)
    ok = value.is_null() | (
        pl.when(land.is_null() | (land == "DE"))
        .then(value.str.contains(r"^[0-9]{5}$"))
        .when(land.is_in(FOUR_DIGIT_POSTCODE_COUNTRIES))
        .then(value.str.contains(r"^[0-9]{4}$"))
        .otherwise(value.str.len_chars() <= POSTCODE_MAX_LENGTH)
    )
    return RuleCheck("postcode-invalid", _BOTH, lambda _lf: ok)


def country_known(column: str) -> RuleCheck:
    """Filled country cells hold an ISO 3166-1 alpha-2 code (or a lexoffice extended code like ES_CN)."""
    value = pl.col(column)
    ok = value.is_null() | value.is_in(sorted(iso_codes()))
    return RuleCheck("country-unknown", _BOTH, lambda _lf: ok)


def max_length(column: str, limit: int) -> RuleCheck:
    """Filled cells are at most ``limit`` characters long."""
    value = pl.col(column)
    ok = value.is_null() | (value.str.len_chars() <= limit)
    return RuleCheck("value-too-long", _BOTH, lambda _lf: ok)


def contact_person_name(last_name: str, others: list[str]) -> RuleCheck:
    """When any field of a contact person is filled, that person's Nachname must be too."""
    others_filled = pl.any_horizontal([pl.col(c).is_not_null() for c in others]) if others else pl.lit(False)
    ok = pl.col(last_name).is_not_null() | others_filled.not_()
    return RuleCheck("contact-person-name-missing", _BOTH, lambda _lf: ok)


def vat_valid(column: str) -> RuleCheck:
    """The VAT ID passes its country's format and check digit (python-stdnum); a valid German number
    without its DE prefix is left to :func:`vat_prefix_present`."""

    def test(value: str) -> bool:
        return vatids.is_valid(value) or vatids.german_suggestion(value) is not None

    return RuleCheck("vat-id-invalid", _BOTH, lambda lf: _passing(lf, column, test, vatids.german_valid))


def vat_prefix_present(column: str) -> RuleCheck:
    """A valid 9-digit German VAT number must carry its DE prefix (the finding suggests it)."""

    def test(value: str) -> bool:
        return vatids.german_suggestion(value) is None

    return RuleCheck(
        "vat-id-prefix-missing", _BOTH, lambda lf: _passing(lf, column, test, vatids.german_compact)
    )


class PhoneBook:
    """The numbers of all phone columns, classified together for the phone checks of one
    :func:`rule_checks` call: one pass over the frame for every column and both rules, and each
    region's patterns compiled once (polars compiles them anew for every query, about 30 ms).

    Values in Excel's scientific notation have their own finding and are not classified.
    """

    def __init__(self, columns: list[str], country: str | None) -> None:
        self.columns = columns
        self.country = country
        #: The frame last classified and its pairs (``v``, ``c``) with their ``verdict``.
        self._seen: tuple[pl.LazyFrame, pl.DataFrame] | None = None

    def land(self) -> pl.Expr:
        """The country a number is read in: the country column, or null (``DE``) without one."""
        return pl.col(self.country) if self.country is not None else pl.lit(None, dtype=pl.String)

    def _classified(self, lf: pl.LazyFrame) -> pl.DataFrame:
        """The distinct pairs (``v``, ``c``) of ``lf`` with their String ``verdict`` and the Boolean
        ``unprefixed`` (bare digits that make a valid number with 0 or + in front)."""
        if self._seen is None or self._seen[0] is not lf:  # frames are immutable: same frame, same numbers
            value = pl.col("v")
            pairs = (
                pl.concat([lf.select(pl.col(c).alias("v"), self.land().alias("c")) for c in self.columns])
                .filter(value.is_not_null() & value.str.contains(SCIENTIFIC_PATTERN).not_())
                .unique(maintain_order=True)  # the same order each time: phones.classify_many remembers it
                .collect()
            )
            readings = phones.prefix_readings(pairs)
            unprefixed = (readings.get_column("zero") | readings.get_column("plus")).alias("unprefixed")
            self._seen = (lf, pairs.with_columns(phones.classify_many(pairs), unprefixed))
        return self._seen[1]

    def failing(self, lf: pl.LazyFrame, bad: str) -> pl.Series:
        """The keys (number, NUL, country or "") of the numbers in ``lf`` whose verdict is ``bad``."""
        bad_ones = self._classified(lf).filter(pl.col("verdict") == bad)
        return bad_ones.select(_phone_key(pl.col("v"), pl.col("c"))).to_series()

    def unprefixed(self, lf: pl.LazyFrame) -> pl.Series:
        """The keys of the numbers in ``lf`` that have probably lost their leading 0 or + in Excel."""
        found = self._classified(lf).filter("unprefixed")
        return found.select(_phone_key(pl.col("v"), pl.col("c"))).to_series()


def _phone_key(value: pl.Expr, land: pl.Expr) -> pl.Expr:
    return pl.concat_str([value, pl.lit("\x00"), land.fill_null("")])


def _phone_verdicts(lf: pl.LazyFrame, column: str, book: PhoneBook, bad: str) -> pl.Expr:
    """Passes unless the phone number is ``bad`` (``invalid`` or ``text``) read in the row's country."""
    return _phone_not_in(column, book, book.failing(lf, bad))


def _phone_not_in(column: str, book: PhoneBook, keys: pl.Series) -> pl.Expr:
    """Passes unless the cell's number, read in the row's country, is one of ``keys``."""
    value = pl.col(column)
    return value.is_null() | _phone_key(value, book.land()).is_in(keys.implode()).not_()


def phone_valid(column: str, book: PhoneBook) -> RuleCheck:
    """A phone number should be valid for the row's country (``DE`` without one): else a warning."""
    return RuleCheck("phone-invalid", _BOTH, lambda lf: _phone_verdicts(lf, column, book, "invalid"))


def phone_prefix_present(column: str, book: PhoneBook) -> RuleCheck:
    """A German, Austrian or Swiss number of bare digits that makes a valid number with 0 or + in
    front has probably lost them in Excel: a warning showing those readings. It may be valid as it
    stands (``3511234567`` in DE), so ``phone-invalid`` alone would let it pass; which reading is
    meant is not certain (``4935112345678``: +49 351 … or 0493 …), so only the user can correct it."""
    return RuleCheck(
        "phone-prefix-missing", _BOTH, lambda lf: _phone_not_in(column, book, book.unprefixed(lf))
    )


def phone_is_a_number(column: str, book: PhoneBook) -> RuleCheck:
    """A phone cell must hold a phone number, not an e-mail address or text."""
    return RuleCheck("phone-not-a-number", _BOTH, lambda lf: _phone_verdicts(lf, column, book, "text"))


def formula_free(column: str) -> RuleCheck:
    """Cells must not start like a spreadsheet formula (``=``, ``@``, ``+``/``-`` not followed by a digit)."""
    value = pl.col(column)
    ok = value.is_null() | value.str.contains(FORMULA_PATTERN).not_()
    return RuleCheck("formula-like-value", _BOTH, lambda _lf: ok)


def no_legal_form(column: str) -> RuleCheck:
    """A person field of a row without Firmenname should not hold a legal form like GmbH."""
    value = pl.col(column)
    ok = value.is_null() | value.str.contains(LEGAL_FORM_PATTERN).not_()
    return RuleCheck("company-name-in-person-field", _PERSON, lambda _lf: ok)


#: Columns lexoffice keeps for companies only (its API: ``company.vatRegistrationId``,
#: ``company.taxNumber``, ``company.contactPersons``).
COMPANY_ONLY: Final = ("Umsatzsteuer ID", "Steuernummer")
COMPANY_ONLY_PREFIX: Final = "Ansprechpartner "


def company_field_empty(column: str) -> RuleCheck:
    """A row without Firmenname (a private person) should not hold a VAT id, tax number or
    contact person: lexoffice keeps them for companies only."""
    return RuleCheck("company-field-on-person", _PERSON, lambda _lf: pl.col(column).is_null())


def no_replaced_character(column: str) -> RuleCheck:
    """Names, streets and places hold no character a program replaced (:data:`REPLACED_PATTERN`)."""
    value = pl.col(column)
    ok = value.is_null() | value.str.contains(REPLACED_PATTERN).not_()
    return RuleCheck("character-replaced", _BOTH, lambda _lf: ok)


def phone_not_scientific(column: str) -> RuleCheck:
    """Phone cells must not hold a number in Excel's scientific notation."""
    value = pl.col(column)
    ok = value.is_null() | value.str.contains(SCIENTIFIC_PATTERN).not_()
    return RuleCheck("phone-scientific-notation", _BOTH, lambda _lf: ok)


# --- schema assembly -----------------------------------------------------------------------


def postcode_countries(catalog: Catalog) -> dict[str, str | None]:
    """Each postcode column (rule ``postcode-invalid``) and the country column of its address group."""
    pairs: dict[str, str | None] = {}
    for column in catalog.columns:
        if "postcode-invalid" in column.rules:
            country = next(
                (c.name for c in catalog.columns if c.group == column.group and "country-unknown" in c.rules),
                None,
            )
            pairs[column.name] = country
    return pairs


def _contact_person_others(catalog: Catalog, column: CatalogColumn) -> list[str]:
    return [c.name for c in catalog.columns if c.group == column.group and c.name != column.name]


def rule_checks(
    role: str,
    catalog: Catalog,
    *,
    only: Collection[tuple[str, str]] | None = None,
) -> dict[str, list[RuleCheck]]:
    """The rule checks of each column of ``role``, in catalog order; every kind included.

    ``only`` keeps just the given (column, code) pairs (a caller that knows which checks fail).
    """
    names = catalog.names(role)
    present = set(names)
    countries = postcode_countries(catalog)
    low_c, high_c = catalog.customer_range
    low_s, high_s = catalog.supplier_range
    checks: dict[str, list[RuleCheck]] = {name: [] for name in names}
    phone_columns = [c.name for c in catalog.columns if c.name in present and "phone-invalid" in c.rules]
    book = PhoneBook(phone_columns, PHONE_COUNTRY if PHONE_COUNTRY in present else None)
    for column in catalog.columns:
        if column.name not in present:
            continue
        name, rules, found = column.name, column.rules, checks[column.name]
        if "customer-number-range" in rules:
            found.append(number_range(name, "customer-number-range", low_c, high_c))
        if "supplier-number-range" in rules:
            found.append(number_range(name, "supplier-number-range", low_s, high_s))
        if "customer-number-duplicate" in rules:
            found.append(number_duplicate(name, "customer-number-duplicate"))
        if "supplier-number-duplicate" in rules:
            found.append(number_duplicate(name, "supplier-number-duplicate"))
        if name == LAST_NAME and COMPANY in present:
            found.append(name_missing())
        if name == FIRST_NAME and {COMPANY, LAST_NAME} <= present:
            found.append(first_name_missing())
        if name == SALUTATION and {COMPANY, LAST_NAME} <= present:
            found.append(salutation_missing())
        if name in STREET_PLACES and set(STREET_PLACES[name]) <= present:
            found.append(address_incomplete(name, *STREET_PLACES[name]))
        if "email-invalid" in rules:
            found.append(email_valid(name))
        if name in countries:
            country = countries[name]
            found.append(postcode_valid(name, country if country in present else None))
        if "country-unknown" in rules:
            found.append(country_known(name))
        if column.max_length is not None and not LENGTH_BOUNDED_BY.intersection(rules):
            found.append(max_length(name, column.max_length))
        if "contact-person-name-missing" in rules:
            others = [c for c in _contact_person_others(catalog, column) if c in present]
            found.append(contact_person_name(name, others))
        if name == VAT_ID:
            found.append(vat_valid(name))
            found.append(vat_prefix_present(name))
        found.append(formula_free(name))
        if "character-replaced" in rules:
            found.append(no_replaced_character(name))
        if name in (FIRST_NAME, LAST_NAME) and COMPANY in present:
            found.append(no_legal_form(name))
        if name in COMPANY_ONLY or name.startswith(COMPANY_ONLY_PREFIX):
            found.append(company_field_empty(name))
        if "phone-scientific-notation" in rules:
            found.append(phone_not_scientific(name))
        if "phone-invalid" in rules:
            found.append(phone_is_a_number(name, book))
            found.append(phone_valid(name, book))
            found.append(phone_prefix_present(name, book))
    if only is not None:
        checks = {name: [c for c in found if (name, c.code) in only] for name, found in checks.items()}
    return checks


def build_schema(
    role: str,
    kind: str,
    catalog: Catalog,
    *,
    only: Collection[tuple[str, str]] | None = None,
    verdicts: Mapping[tuple[str, str], str] | None = None,
) -> pa.DataFrameSchema:
    """The schema for contacts of ``role`` (customers/suppliers) and ``kind`` (company/person/any).

    Only the catalog columns of ``role`` are declared (all ``pl.String``, nullable); other
    columns such as ``__row__`` are neither required nor checked. A kind-specific schema
    holds the checks that concern its kind, each passing on rows of the other kind.
    ``only``: see :func:`rule_checks`; the schema then declares only the columns with a check left.
    ``verdicts`` (``any`` schemas only): for a (column, code) the frame's column that holds
    ``RuleCheck.passing`` of that check, evaluated already (see :func:`_as_check`).
    """
    import pandera.polars as pa

    if role not in ROLES:
        raise ValueError(role)
    if kind not in KINDS:
        raise ValueError(kind)
    if verdicts and kind != "any":
        raise ValueError(f"precomputed verdicts need the 'any' schema, not {kind!r}")
    given = verdicts or {}
    wanted = _BOTH if kind == "any" else frozenset({kind})
    columns: dict[str, pa.Column] = {}
    screened = rule_checks(role, catalog, only=only)
    for name, rules in screened.items():
        checks = []
        for rule in rules:
            kinds = rule.kinds & wanted
            if kinds:
                checks.append(_as_check(rule, kinds, given.get((name, rule.code))))
        if only is not None and not checks:
            continue  # a column with no failing check: pandera would only re-check its dtype
        columns[name] = pa.Column(pl.String, nullable=True, required=True, checks=checks)
    return pa.DataFrameSchema(columns, strict=False, name=f"lexoffice-{role}-{kind}")
