"""Values decide too: a mapping found by a header's name is applied only when the column's values fit.

An e-mail column must mostly hold addresses with ``@``, a postcode column postcodes, a phone
column phone numbers, a customer number column numbers lexoffice can take; a house-number merge
happens only when the values look like house numbers (1–4 digits, an optional letter or range),
never for five-digit numbers; a DATEV account column holds five-digit accounts, a DATEV VAT id
country ("EU-Land") two-letter codes. When header and values disagree, the mapping becomes a
suggestion and the column's note says why, so no value is glued onto another or uploaded into the
wrong field. A column's own catalog name (method
``exact``/``normalized``) and the user's ``--map`` are trusted as they are.

The other way round, values speak for columns no header claims: salutations become Anrede
(:func:`salutation_column`), a category (:func:`role_column`) or role flags (:func:`role_flags`)
decide each row's role, and an unknown header's values of one kind suggest an empty column
(:func:`suggest_by_values`; a suggestion only, shown as a warning).

Each check looks at up to :data:`SAMPLE` non-empty values of the column, as the cleaning will
leave them: trimmed, and without Excel's text marker (``'01067``, ``'+49 351 1234567``:
:data:`importer.formulas.TEXT_MARKER`), which the cleaning removes (``text-marker-removed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Final, TypeVar

import polars as pl

from importer.clean import (
    ATTENTION_LINE,
    ENDS_WITH_HOUSE_NUMBER,
    LINK_IN_BRACKETS,
    NO_CONTACT,
    NUMBER_FORMATTED,
    STARTS_WITH_HOUSE_NUMBER,
    is_address_line,
    is_house_number,
)
from importer.countries import country_code, named_country
from importer.emails import plain
from importer.formulas import SPREADSHEET_DATE, SPREADSHEET_ERROR, without_text_marker
from importer.frame import ADDRESS_LINE_MERGE, filled
from importer.grammar import keyed_reading, sides_named
from importer.grammar import target as grammar_target
from importer.mapping import CONTACT_PERSON_MERGE, HOME_MERGE, WHOLE_NAME_MERGE, make_stand_in
from importer.messages import msg
from importer.model import ColumnMapping
from importer.names import NEITHER_GENDER, NEITHER_SEX_CODES, company_evidence
from importer.phones import PHONE_LABEL, REMARK_TEXT, SCIENTIFIC, classify
from importer.validate import FOOTER_LINE
from importer.vatids import EU_PREFIXES, compact, is_valid
from importer.vocabulary import normalize

#: Non-empty values looked at per column.
SAMPLE: Final = 1000
#: Methods whose mappings are checked against the values (a name the user or lexoffice chose is not).
CHECKED_METHODS: Final = frozenset({"synonym", "grammar", "fuzzy", "merge"})
#: From this share of rows holding their own first or last name, a ``Name`` column is a person's
#: whole name (see :func:`names_of_one_person`). Every row: where some rows are organisations,
#: the column stays their name and the cleaning makes the others persons, row by row
#: (``company-name-is-person``); read as persons' names, the organisations lost their names.
PERSON_NAME_SHARE: Final = 1.0


@dataclass(frozen=True, slots=True)
class Shape:
    """What the values of a target look like: a polars test per value, and the share that must pass."""

    #: Message key naming the shape ("E-Mail-Adressen mit @" …).
    name: str
    test: Callable[[pl.Expr], pl.Expr]
    share: float
    #: Values that say nothing and are not counted ("k.A.", "-" in a phone column: the cleaning
    #: empties them), or None.
    ignores: str | None = None


_EMAIL = Shape("evidence-email", lambda v: v.str.contains("@"), 0.5, NO_CONTACT)
#: A cell of phone numbers and their labels only: "Tel. 0351 …, Fax: 0351 …, Mobil: 0171 …".
_LABELLED_NUMBERS: Final = (
    r"(?i)^(?:[\d\s+()/.,;:\-–]|tel(?:efon)?\b|fon\b|fax\b|telefax\b|mobil\b|mobile\b|mob\b|handy\b|nr\b)+$"
)
_PHONE = Shape(
    "evidence-phone",
    lambda v: (
        ~v.str.contains("@")
        & (v.str.count_matches(r"\d") >= 5)
        # Google joins the numbers of one label with " ::: " (split by the cleaning); a label
        # before or a remark after a number ("Tel.: …", "… (mobil)") is removed by the cleaning
        & (
            v.str.contains(
                rf"(?i)^{PHONE_LABEL}[\d\s+()/.\-–x]+(?:\s:::\s[\d\s+()/.\-–x]+)*(?:\s*\({REMARK_TEXT}\))?$"
            )
            # numbers and their labels only ("0351 … Fax, 0171 … Mobil"): the cleaning splits them
            # (the fifth hostile re-test found such a column left unmapped, no phone uploaded)
            | v.str.contains(_LABELLED_NUMBERS)
        )
    ),
    0.5,
    # a number Excel turned into "4,93511E+11" says nothing either: its digits are lost, and the
    # cleaning sets it aside (the 26th hostile round: such cells outvoted the column's numbers, and
    # the whole phone column was left unmapped)
    f"{NO_CONTACT}|{SCIENTIFIC}",
)
#: A number a spreadsheet or script wrote with decimals or a thousands separator ("10115.0",
#: "10.115"): the cleaning removes the format (``number-format-removed``).
_FORMATTED: Final = "|" + NUMBER_FORMATTED
_POSTCODE = Shape(
    "evidence-postcode",
    lambda v: v.str.contains(r"^[A-Za-z]{0,3}[\s-]?\d[\dA-Za-z\s-]{1,8}$" + _FORMATTED),
    0.5,
)
_NUMBER = Shape("evidence-number", lambda v: v.str.contains(r"^\s*\d{1,8}\s*$" + _FORMATTED), 0.5)
#: Half of them: the others are warned about one by one and kept in the unmapped file (a list's
#: odd "Hinterhaus" or "1234" of a Postfach must not cost every street its number).
#: A date a spreadsheet made of one ("07. Feb" was 7/2) counts: the cleaning warns about it (the
#: 25th hostile round found a column of "7/2", "1-3" and "5" unmapped once Excel had saved it).
_HOUSE_NUMBER = Shape(
    "evidence-house-number", lambda v: is_house_number(v) | v.str.contains(SPREADSHEET_DATE), 0.5
)
#: With an old country prefix too ("D-01067 Dresden", "CH-8001 Zürich": older lists; the hostile
#: round on hand-made sheets found such a "PLZ Ort" column unmapped, every row warned address-incomplete).
_POSTCODE_CITY = Shape(
    "evidence-postcode-city", lambda v: v.str.contains(r"^\s*(?:[A-Za-z]{1,3}\s?-\s?)?\d{4,5}\s+\S"), 0.5
)
#: An address's third or later line: half of them "PLZ Ort", a street, "z. Hd." or a country;
#: Sage 50's "Address Line 3–5" (town, county, postcode apart) stay unmapped, and their values
#: suggest where they go ("Address Line 5": PLZ 1).
_ADDRESS_LINE = Shape(
    "evidence-address-line",
    lambda v: (
        is_address_line(v) | v.map_elements(lambda x: named_country(x) is not None, return_dtype=pl.Boolean)
    ),
    0.5,
)
_ACCOUNT = Shape("evidence-account", lambda v: v.str.contains(r"^\s*[1-9]\d{4,8}\s*$"), 0.8)
#: A link in brackets after the name (Notion's relation, :func:`importer.clean._remove_links`)
#: is taken off by the cleaning: its digits say nothing about the name.
_PERSON = Shape(
    "evidence-person-name", lambda v: ~v.str.replace_all(LINK_IN_BRACKETS, "").str.contains(r"[@\d]"), 0.8
)
#: An invoicing tool's salutation codes (easybill: 1 = Herr, 2 = Frau, 6 = Familie; found by the
#: real-layout session) would reach the invoices as "1 Klaus Zimmermann".
_SALUTATION = Shape("evidence-salutation", lambda v: ~v.str.contains(r"^\d+$"), 0.5)
_VAT_COUNTRY = Shape("evidence-vat-country", lambda v: v.str.contains(r"^[A-Za-z]{2}$"), 0.8)
#: A VAT id has at least 7 digits (DE 9, ATU 8, NL 9 + B01, CHE 9), and no "@": Group-Office's
#: "uid" ("1@localhost", a record's id) was read as the Austrian UID (the thirty-third session).
_VAT_ID_SHAPE = Shape(
    "evidence-vat-id-digits",
    lambda v: ~v.str.contains("@") & (v.str.count_matches(r"\d") >= 7),
    0.5,
    NO_CONTACT,
)
#: A phone number's codes in columns of their own: "+49", "0049", "49"; "0351", "(0351)"; as a
#: spreadsheet or a script may write a number, with decimals ("49.0", "351.0").
_CALLING_CODE = Shape(
    "evidence-calling-code",
    lambda v: v.str.contains(r"^\(?\s*(?:\+|00)?\s*[1-9][0-9]{0,3}(?:[.,]0+)?\s*\)?$"),
    0.8,
)
_AREA_CODE = Shape(
    "evidence-area-code", lambda v: v.str.contains(r"^\(?\s*0?[1-9][0-9]{0,5}(?:[.,]0+)?\s*\)?$"), 0.8
)

#: Target column → the shape of its values.
TARGET_SHAPES: Final[Mapping[str, Shape]] = {
    "E-Mail 1": _EMAIL,
    "E-Mail 2": _EMAIL,
    "Ansprechpartner 1 E-Mail": _EMAIL,
    "Ansprechpartner 2 E-Mail": _EMAIL,
    "Telefon 1": _PHONE,
    "Telefon 2": _PHONE,
    "Ansprechpartner 1 Telefon": _PHONE,
    "Ansprechpartner 2 Telefon": _PHONE,
    "PLZ 1": _POSTCODE,
    "PLZ 2": _POSTCODE,
    "Kundennummer": _NUMBER,
    "Umsatzsteuer ID": _VAT_ID_SHAPE,
    "Lieferantennummer": _NUMBER,
    "Anrede": _SALUTATION,
    "Ansprechpartner 1 Anrede": _SALUTATION,
    "Ansprechpartner 2 Anrede": _SALUTATION,
}
#: Merge kind (without its address number) → the shape of its values.
MERGE_SHAPES: Final[Mapping[str, Shape]] = {
    "house-number": _HOUSE_NUMBER,
    "postcode-city": _POSTCODE_CITY,
    "account-number": _ACCOUNT,
    "contact-person": _PERSON,
    "person-name": _PERSON,
    "vat-country": _VAT_COUNTRY,
    "phone-country": _CALLING_CODE,
    "phone-area": _AREA_CODE,
    "address-line": _ADDRESS_LINE,
}


#: The two tax columns: a header that names one of them in English ("Tax ID", "taxIdNumber") may
#: hold the other's values; they decide (:func:`tax_column_by_values`).
_TAX_COLUMNS: Final = ("Umsatzsteuer ID", "Steuernummer")
#: A VAT id as written: an EU country's prefix (or Switzerland's CHE, Britain's GB), then at least
#: 7 digits with letters or separators ("DE811234567", "ATU12345678", "NL123456789B01").
_VAT_PREFIXES: Final = "|".join(sorted(EU_PREFIXES | {"CHE", "GB"}))
_VAT_ID_WRITTEN: Final = rf"(?i)^\s*(?:{_VAT_PREFIXES})[\s.\-]?[0-9A-Z](?:[\s.\-]?[0-9A-Z]){{6,}}\s*$"
#: A tax number as the tax office writes it: German "21/815/08150", "143/123/45678" (Bavaria
#: "9181/815/08155"), Austrian "12-345/6789", or the 13 digits of the ELSTER form.
_TAX_NUMBER_WRITTEN: Final = (
    r"^\s*(?:\d{2,4}\s?/\s?\d{3,4}\s?/\s?\d{4,5}|\d{2}[\s-]?\d{3}\s?/\s?\d{4}|\d{13})\s*$"
)
#: Share of a tax column's values that must have the other column's form for it to move there.
TAX_SHAPE_SHARE: Final = 0.5


def tax_column_by_values(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> list[ColumnMapping]:
    """Move a column its header gave one tax column to the other when its values have the other's
    form, and the other is free: "taxIdNumber" (plentymarkets) of "DE811234567" is the VAT id, not
    the Steuernummer its words are close to; "Tax ID" of "21/815/08150" the Steuernummer (the
    36th session's real-export round). At least :data:`TAX_SHAPE_SHARE` of the values looked at
    must have the other form, and more than have the column's own. The odd value of the other
    kind moves row by row in the cleaning (``tax-id-moved``). A column only a weak synonym named
    ("Tax ID") whose values have neither form (a personal tax id) is only suggested. A column named
    exactly or mapped with --map is trusted. Returns the columns moved."""
    mapped = [c for c in columns if c.target in _TAX_COLUMNS and c.merge is None]
    checked = [c for c in mapped if c.method in CHECKED_METHODS and c.source in frame.columns]
    if not checked:
        return []
    values = pl.col(STACKED_VALUE)
    found = per_column(
        frame,
        [c.source for c in checked],
        keep=filled,
        prepare=lambda v: v.str.strip_chars(),
        measures=[
            (values.str.contains(_VAT_ID_WRITTEN) & (values.str.count_matches(r"\d") >= 7)).mean(),
            values.str.contains(_TAX_NUMBER_WRITTEN).mean(),
        ],
    )
    moved: list[ColumnMapping] = []
    for column in checked:
        seen, (vat, tax) = found.get(column.source, (0, (0.0, 0.0)))
        own, other = (vat, tax) if column.target == _TAX_COLUMNS[0] else (tax, vat)
        target = _TAX_COLUMNS[1] if column.target == _TAX_COLUMNS[0] else _TAX_COLUMNS[0]
        if seen and column.score < 1.0 and vat + tax < TAX_SHAPE_SHARE:
            # "Tax ID" of neither form (a personal tax id, a US EIN): only suggested
            column.suggestion, column.suggestion_score = column.target, column.score
            column.unassign(
                msg("mapping-values-tax-neither", source=column.source, share=round(100 * (vat + tax)))
            )
            continue
        if not seen or other < TAX_SHAPE_SHARE or other <= own:
            continue
        if any(c.target == target and c is not column for c in columns):
            continue
        note = msg(
            "mapping-values-tax-column",
            source=column.source,
            share=round(100 * other),
            target=target,
            header=column.target,
        )
        column.assign(target, "values", 1.0, note)
        moved.append(column)
    return moved


def shape_of(column: ColumnMapping) -> Shape | None:
    """The shape the values of a mapped column must have, or None when nothing is checked."""
    if column.target is None or column.method not in CHECKED_METHODS:
        return None
    if column.merge is not None:
        # "house-number-1", "phone-area:Telefon 1", "address-line-3:Adresszusatz 1": the kind
        # without its address, column or line
        return MERGE_SHAPES.get(re.sub(r"-\d+$", "", re.sub(r":.*$", "", column.merge)))
    return TARGET_SHAPES.get(column.target)


def _sample(source: str) -> pl.Expr:
    """The values of ``source`` looked at: up to :data:`SAMPLE` filled ones, as the cleaning leaves
    them; a list's footer ("Summe: 9 Kunden") is no value of any column (the hostile session on
    hand-made sheets: in a short list it vetoed the whole-name column, and every row was rejected)."""
    return _as_looked_at(pl.col(source).filter(_looked_at(source)).head(SAMPLE))


def _looked_at(source: str) -> pl.Expr:
    """Whether a cell of ``source`` is a value :func:`_sample` looks at: filled, no footer, and
    no spreadsheet error ("#NV": the cleaning removes it)."""
    footer = pl.col(source).str.contains(FOOTER_LINE).fill_null(False)
    error = pl.col(source).str.strip_chars().str.contains(SPREADSHEET_ERROR).fill_null(False)
    return filled(source) & ~footer & ~error


def _as_looked_at(values: pl.Expr) -> pl.Expr:
    """``values`` as :func:`_sample` looks at them: stripped, without a text marker, and a JSON
    list of values as the values it holds (:func:`_json_unwrapped`)."""
    return without_text_marker(_json_unwrapped(values.str.strip_chars()))


#: A cell that is a JSON list or object of ``"value"`` entries (Krayin's e-mails and numbers).
_JSON_VALUES: Final = r'^[\[{].*"value"\s*:\s*"'
#: One ``"value": "…"`` entry of such a cell.
_JSON_VALUE: Final = r'"value"\s*:\s*"(?:[^"\\]|\\.)*"'


def _json_unwrapped(values: pl.Expr) -> pl.Expr:
    """A JSON cell of ``"value"`` entries as those values joined by " / ", as the cleaning reads
    it (:func:`importer.cells.json_values`): its numbers or addresses, not its brackets and
    labels, decide what the column holds (the thirty-third session: Krayin's phone column,
    unread by its values, was only suggested)."""
    entries = values.str.extract_all(_JSON_VALUE).list.eval(
        pl.element().str.replace(r'^"value"\s*:\s*"', "").str.strip_suffix('"')
    )
    return pl.when(values.str.contains(_JSON_VALUES)).then(entries.list.join(" / ")).otherwise(values)


#: The rows :func:`per_column` and :func:`fit_shares` look at first.
_HEAD_ROWS: Final = 4 * SAMPLE
#: The columns of the stacked frame of :func:`per_column` (no clash with a source: the stacked
#: frame holds these two alone).
STACKED_SOURCE: Final = "source"
STACKED_VALUE: Final = "value"


def per_column(
    frame: pl.DataFrame,
    sources: Sequence[str],
    *,
    keep: Callable[[str], pl.Expr],
    prepare: Callable[[pl.Expr], pl.Expr],
    measures: Sequence[pl.Expr],
) -> dict[str, tuple[int, tuple[float, ...]]]:
    """Source column → (values looked at, ``measures`` of them) for each of ``sources`` with
    values looked at: the first :data:`SAMPLE` cells that ``keep`` (given a column's name)
    accepts, as ``prepare`` makes them; a measure is an aggregate over :data:`STACKED_VALUE` (and
    :data:`STACKED_SOURCE`), null counted as 0.

    One query over the columns stacked, on the list's first rows and then on all rows for the
    columns whose sample those did not fill (:func:`_first_rows_first`). A query per column compiled
    its patterns once per column: a CRM export of 999 unknown columns (2 MB) took 5 s and 1.7 GB
    to look at its values."""

    def stacked(part: pl.DataFrame, names: Sequence[str]) -> dict[str, tuple[int, tuple[float, ...]]]:
        table = (
            part.lazy()
            .select(pl.col(s).cast(pl.String) for s in names)
            .unpivot(variable_name=STACKED_SOURCE, value_name=STACKED_VALUE)
            .filter(keep(STACKED_VALUE))
            .group_by(STACKED_SOURCE, maintain_order=True)
            .head(SAMPLE)
            .with_columns(prepare(pl.col(STACKED_VALUE)))
            .group_by(STACKED_SOURCE)
            .agg(pl.len(), *(m.alias(f"m{n}") for n, m in enumerate(measures)))
            .collect()
        )
        return {row[0]: (int(row[1]), tuple(float(v or 0.0) for v in row[2:])) for row in table.iter_rows()}

    return _first_rows_first(frame, sources, stacked)


#: What a measure of columns' samples gives for each: the values looked at first.
_Fit = TypeVar("_Fit", bound=tuple[int, object])


def _first_rows_first(
    frame: pl.DataFrame, sources: Sequence[str], measure: Callable[[pl.DataFrame, list[str]], dict[str, _Fit]]
) -> dict[str, _Fit]:
    """``measure`` of the ``sources``' samples on the list's first rows, and on all rows for the
    columns whose sample those rows did not fill (the patterns run on a few thousand rows, not
    on every row of a big file)."""
    found: dict[str, _Fit] = {}
    rest = list(sources)
    if frame.height > _HEAD_ROWS:
        found = measure(frame.head(_HEAD_ROWS), rest)
        # a sample the first rows filled is the whole file's sample: its first SAMPLE values
        found = {source: fit for source, fit in found.items() if fit[0] >= SAMPLE}
        rest = [source for source in sources if source not in found]
    if rest:
        found.update(measure(frame, rest))
    return found


def fit_shares(frame: pl.DataFrame, checks: Sequence[tuple[str, Shape]]) -> dict[str, tuple[int, float]]:
    """Source column → (values looked at, share of them that fit its shape), in one polars pass
    over the list's first rows, and one over all rows for the columns whose sample those rows
    did not fill (:func:`_first_rows_first`)."""
    shapes = dict(checks)
    found = _first_rows_first(
        frame, list(shapes), lambda part, sources: _fit_shares(part, [(s, shapes[s]) for s in sources])
    )
    return {source: found[source][1] for source, _ in checks}


def _fit_shares(
    frame: pl.DataFrame, checks: Sequence[tuple[str, Shape]]
) -> dict[str, tuple[int, tuple[int, float]]]:
    """Per source: (sample size, (values counted, share that fits)). The sample size counts the
    values the shape ignores too: a sample the first rows filled stays filled when some of its
    values say nothing ("k.A." in a phone column), and the whole list is not read for it."""
    exprs: list[pl.Expr] = []
    for i, (source, shape) in enumerate(checks):
        sample = _sample(source)
        values = sample if shape.ignores is None else sample.filter(~sample.str.contains(shape.ignores))
        exprs += [
            sample.len().alias(f"a{i}"),
            values.len().alias(f"n{i}"),
            shape.test(values).mean().alias(f"s{i}"),
        ]
    if not exprs:
        return {}
    row = frame.select(exprs).row(0)
    return {
        source: (int(row[3 * i]), (int(row[3 * i + 1]), float(row[3 * i + 2] or 0.0)))
        for i, (source, _) in enumerate(checks)
    }


#: Rows a column must count through to be read as a running number, and the share of its steps
#: that must be one.
RUNNING_MIN: Final = 3
RUNNING_STEP_SHARE: Final = 0.6
#: A header naming a house ("Hausnummer", "Hausnr.", "House Number"): its numbers are houses'.
_HOUSE_HEADER: Final = re.compile(r"(?i)haus|house|geb(?:ä|ae)ude|building")


def running_number(frame: pl.DataFrame, source: str, street: str | None = None) -> bool:
    """True when ``source`` counts its rows: whole numbers rising from 1, mostly by one (a deleted
    row leaves a gap), every row filled down to the list's end: a hand-made list's running number
    ("Nr.", "Lfd. Nr."), no house number (found by the hostile session on hand-made sheets: "Nr."
    1–9 beside "Str./Nr." was merged into the streets, and streets without a number became
    "Hauptstr. 1", "Ringweg 2"). Not under a header naming a house, and not for numbers that start
    elsewhere (10, 11, 12: tenants of one street; the hostile re-test)."""
    if source not in frame.columns or _HOUSE_HEADER.search(source):
        return False
    cells = frame.get_column(source).str.strip_chars().fill_null("")
    filled_rows = cells.str.len_chars() > 0
    count = int(filled_rows.sum())
    # blank or footer lines only below the list: an empty cell among the numbers is a house without one
    if count < RUNNING_MIN or bool(filled_rows.head(count).not_().any()):
        return False
    numbers = cells.head(count).cast(pl.Int64, strict=False)
    if numbers.null_count() or numbers[0] != 1:
        return False
    steps = numbers.diff().drop_nulls()
    # strictly rising from 1, mostly by one (a row deleted leaves a gap: 1, 2, 4, 5)
    ones = int((steps == 1).sum())
    if not (bool((steps > 0).all()) and ones >= RUNNING_STEP_SHARE * steps.len()):
        return False
    if street is not None and street in frame.columns:
        # houses 1, 2, 3 of one street ("Am Anger"): house numbers after all (the hostile re-test)
        streets = frame.get_column(street).head(count).str.strip_chars().str.to_lowercase()
        streets = streets.filter(streets.str.len_chars() > 0)
        if streets.n_unique() < streets.len():
            return False
    return True


def _street_of(columns: Sequence[ColumnMapping], target: str | None) -> str | None:
    """The source of the street column a house number is merged into (``target``)."""
    return next((c.source for c in columns if c.target == target and c.merge is None), None)


def check_values(columns: list[ColumnMapping], frame: pl.DataFrame) -> list[int]:
    """Turn every mapping whose values do not fit its target into a suggestion (see the module docstring).

    ``frame`` holds the source columns. A column without values (a header-only file) keeps its
    mapping: there is nothing that could disagree. Returns the indexes of the columns turned.
    """
    turned: list[int] = []
    checks = [(c.source, shape) for c in columns if (shape := shape_of(c)) is not None]
    shares = fit_shares(frame, checks)
    for column in columns:
        if (
            column.merge is not None
            and column.merge.startswith("house-number")
            and column.method in CHECKED_METHODS
            and running_number(frame, column.source, _street_of(columns, column.target))
        ):
            turned.append(column.index)
            column.unassign(msg("mapping-running-number", source=column.source))
            continue
        shape = shape_of(column)
        if shape is None or column.source not in shares:
            continue
        seen, share = shares[column.source]
        if seen == 0 or share >= shape.share:
            continue
        target, merge = column.target, column.merge
        if merge is not None and merge.startswith(ADDRESS_LINE_MERGE):
            # left unmapped as before the lines were placed: its values may suggest a column
            # (Sage 50's "Address Line 5" of postcodes: PLZ 1), nothing else is mapped anew
            column.unassign(msg("mapping-address-line-apart", share=round(100 * share), source=column.source))
            continue
        turned.append(column.index)
        # A merge is no column of its own: nothing to suggest; nor is a target that only the words
        # of a header read ("SMS" as the mobile phone) and none of its values fit (ja/nein, an
        # opt-in: the hostile re-test found it a warning to map it). A header the synonyms name
        # ("E-Mail" holding "keine") is suggested: the values may be what is wrong.
        if merge is None and (share > 0 or column.method not in ("grammar", "fuzzy")):
            column.suggestion, column.suggestion_score = target, column.score
        column.unassign(
            msg(
                "mapping-values-disagree" if merge is None else "mapping-values-disagree-merge",
                target=target,
                share=round(100 * share),
                shape=msg(shape.name),
                needed=round(100 * shape.share),
                source=column.source,
            )
        )
    return turned


#: A record's key in another program: a UUID (with or without its dashes and braces), or a
#: longer hexadecimal key (MongoDB's 24 digits, a SHA-1's 40), with digits and letters both.
_INTERNAL_ID: Final = (
    r"(?i)^\{?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{20,64})\}?$"
)


def internal_ids(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> list[int]:
    """Leave unmapped every column the headers mapped (or suggested) whose values are, at least
    :data:`VALUE_SHARE` of them, another program's internal keys (:data:`_INTERNAL_ID`): Shopware's
    "salutation" and "billing_country" hold the ids of its salutation and country lists
    ("0191c12cf3d371a2a0d04a2bc53d7f21"; the 39th session's real-export round: every row was
    rejected, for a 32-character Anrede and an unknown country). No lexoffice column takes such a
    key; the note says what the values are, and the values are in the unmapped file. Not a
    column mapped by hand or by its catalog name. Returns the indexes of the mappings undone."""
    candidates = [
        c
        for c in columns
        if c.source in frame.columns
        and ((c.target is not None and c.method in CHECKED_METHODS) or (c.target is None and c.suggestion))
    ]
    if not candidates:
        return []
    found = per_column(
        frame,
        [c.source for c in candidates],
        keep=_looked_at,
        prepare=_as_looked_at,
        measures=[
            (
                pl.col(STACKED_VALUE).str.contains(_INTERNAL_ID)
                & pl.col(STACKED_VALUE).str.contains(r"[0-9]")
                & pl.col(STACKED_VALUE).str.contains(r"(?i)[a-f]")
            ).mean()
        ],
    )
    turned: list[int] = []
    for column in candidates:
        seen, (share,) = found.get(column.source, (0, (0.0,)))
        if not seen or share < VALUE_SHARE:
            continue
        named = column.target or column.suggestion
        if column.target is not None:
            turned.append(column.index)
        column.unassign(msg("mapping-internal-ids", target=named, share=round(100 * share)))
        column.suggestion = column.suggestion_score = None
        column.kept_out = True
    return turned


#: A record's key: hexadecimal ("5f3a9c2e", a UUID); one with a digit is no name.
_HEX_KEY: Final = r"(?i)^\s*[0-9a-f]{8,}(?:-[0-9a-f]{4,})*\s*$"
#: A name (of a company or a person) has letters, and is no record's key.
_NAME = Shape(
    "evidence-name",
    lambda v: v.str.contains(r"[^\W\d_]") & ~(v.str.contains(_HEX_KEY) & v.str.contains(r"\d")),
    0.5,
)
#: The shapes a column's values must have for a header's suggestion of that target to stand: a
#: mapping's shapes (:data:`TARGET_SHAPES`), and names for the name columns.
SUGGESTION_SHAPES: Final[Mapping[str, Shape]] = {
    **TARGET_SHAPES,
    **dict.fromkeys(
        (
            "Firmenname",
            "Vorname",
            "Nachname",
            "Ansprechpartner 1 Vorname",
            "Ansprechpartner 1 Nachname",
            "Ansprechpartner 2 Vorname",
            "Ansprechpartner 2 Nachname",
        ),
        _NAME,
    ),
}


def drop_unfit_suggestions(columns: Sequence[ColumnMapping], frame: pl.DataFrame, kept: Set[int]) -> None:
    """Drop the suggestion a header's likeness gave an unmapped column when its values do not have
    the suggested target's shape: "Kundenart" (Privat, Firma) is no "Kundennummer", Pipedrive's
    "Organisation - ID" (55, 56) no "Firmenname" (the 38th session's real-export round found both
    offered as a --map). The note then says why nothing is suggested. ``kept``: the indexes of
    columns whose mapping the values vetoed; their suggestion stands (the values may be wrong)."""
    open_ = [
        c
        for c in columns
        if c.target is None
        and c.suggestion in SUGGESTION_SHAPES
        and c.index not in kept
        and c.extra.get(SUGGESTED_BY) != "values"
        and c.source in frame.columns
    ]
    shares = fit_shares(frame, [(c.source, SUGGESTION_SHAPES[c.suggestion or ""]) for c in open_])
    for column in open_:
        shape = SUGGESTION_SHAPES[column.suggestion or ""]
        seen, share = shares[column.source]
        if seen == 0 or share >= shape.share:
            continue
        column.note = msg(
            "mapping-suggestion-values-disagree",
            suggestion=column.suggestion,
            share=round(100 * share),
            shape=msg(shape.name),
            needed=round(100 * shape.share),
        )
        column.suggestion = column.suggestion_score = None


#: A courtesy title as Outlook's "Title" and other English address books hold it: a gendered
#: word ("Mr.", "Mrs", "Ms", "Miss", "Mx", "Herr", "Frau"), optionally followed by academic titles
#: ("Mr. Dr.", "Frau Prof. Dr."), or academic titles alone ("Dr.", "Prof. Dr."). Odoo's partner
#: titles spell them out ("Mister", "Madam", "Miss", "Doctor", "Professor"; in French "Monsieur",
#: "Madame", "Mademoiselle", "Docteur"): its column "title" is the Anrede by these values (an Odoo
#: res.partner export's "title" was left unmapped and every person warned the salutation missing).
_ACADEMIC: Final = (
    r"(?:doctor|doktor|docteur|prof|dr|dipl|ing|mag|med|rer|nat|phil|jur|habil|h\.\s*c)\.?(?:-?[a-z]+\.?)*"
)
#: "Hr." and "Fr." only with their dot: "Fr"/"FR" is Friday or France as well.
_GENDERED: Final = (
    r"(?:(?:herrn?|frau|mr|mrs|ms|miss|mx|mister|madam|madame|monsieur|mademoiselle|mme|mlle)\.?"
    r"|(?:hr|fr)\.)"
)
_COURTESY: Final = re.compile(rf"(?i)^(?:{_GENDERED}(?:\s+{_ACADEMIC})*|{_ACADEMIC}(?:\s+{_ACADEMIC})*)$")
_GENDERED_ONLY: Final = rf"(?i)^{_GENDERED}(?:\s|$)"
#: Shares of a column's values that make it a salutation column: courtesy titles, gendered ones.
COURTESY_SHARE: Final = 0.9
GENDERED_SHARE: Final = 0.5


#: Lexware's and Xentral's other Anrede values: a company's, a household's (OXID's and Fakturia's
#: code "COMPANY" beside "MR"/"MRS": Fakturia's headerless import layout, the 36th session). They
#: count among a salutation column's values, but only gendered ones make it one (Xentral's "Typ"
#: Herr/Frau/Firma, found by the third real-layout round; a column of "Firma" alone states a kind).
_OTHER_SALUTATION: Final = r"(?i)^(?:firma|fa\.?|company|familie|eheleute|herr und frau)$"


#: A header naming a person's sex, and that column's values: gendered ones and the others.
_SEX_HEADER: Final = re.compile(r"(?i)gender|geschlecht|(?:^|[\s_-])sex(?:$|[\s_-])")


def names_sex(header: str) -> bool:
    """True for a header naming a person's sex ("Geschlecht", "customers_gender"): its values
    ("m", "weiblich") are made Herr and Frau by the cleaning, not uploaded as they are."""
    return _SEX_HEADER.search(header) is not None


_GENDERED_SEX: Final = frozenset({"m", "f", "w", "male", "female", "männlich", "weiblich"})
_SEX_VALUES: Final = _GENDERED_SEX | NEITHER_GENDER | NEITHER_SEX_CODES


def salutation_column(
    columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]
) -> int | None:
    """The index of the unmapped column that holds salutations ("Mr.", "Mrs", "Frau Dr."), when no
    column is mapped to Anrede; else None.

    Outlook's English export calls its Anrede column "Title", a word that means an academic or
    job title elsewhere and so is never mapped by its name: its values decide (Xentral's "Typ"
    of Herr, Frau and Firma too: :data:`_OTHER_SALUTATION`). At least
    :data:`COURTESY_SHARE` of the values looked at must be courtesy titles and at least
    :data:`GENDERED_SHARE` gendered ones. ``left``: the columns the user chose to leave unmapped.
    """
    if any(c.target == "Anrede" for c in columns):
        return None
    candidates = [
        c for c in columns if c.target is None and c.source not in left and c.source in frame.columns
    ]
    if not candidates:
        return None
    # a shop's sex column ("customers_gender" m/f/d, "Geschlecht" männlich/weiblich; the fourth
    # real-layout round): the cleaning makes Herr and Frau of its codes
    sex = pl.col(STACKED_SOURCE).is_in([c.source for c in candidates if _SEX_HEADER.search(c.source)])
    values = pl.col(STACKED_VALUE)
    said = values.str.to_lowercase()
    other = values.str.contains(_OTHER_SALUTATION)
    polite = values.str.contains(_COURTESY.pattern) | other | (sex & said.is_in(sorted(_SEX_VALUES)))
    sexed = values.str.contains(_GENDERED_ONLY) | (sex & said.is_in(sorted(_GENDERED_SEX)))
    found = per_column(
        frame,
        [c.source for c in candidates],
        keep=filled,
        prepare=lambda v: v.str.strip_chars(),
        measures=[polite.mean(), sexed.mean(), other.mean()],
    )
    best: tuple[float, int] | None = None
    for column in candidates:
        seen, (courtesy, gendered, others) = found.get(column.source, (0, (0.0, 0.0, 0.0)))
        # gendered among the values that are no company's or household's salutation
        gendered = gendered / (1.0 - others) if others < 1.0 else 0.0
        fits = seen and courtesy >= COURTESY_SHARE and gendered >= GENDERED_SHARE
        if fits and (best is None or gendered > best[0]):
            best = (gendered, column.index)
    return None if best is None else best[1]


#: A country column's targets, and the values of a numeric country key: a shop's or ERP's own
#: number for the country (plentymarkets' "countryId": 1 = Germany, 2 = Austria), no country lexoffice
#: reads. A calling code ("49") is read as a country by the cleaning, but only in a column named so.
_COUNTRY_TARGETS: Final = ("Land 1", "Land 2")
_COUNTRY_KEY: Final = r"^[0-9]{1,3}$"


def _withdraw_suggestions(
    columns: Sequence[ColumnMapping],
    frame: pl.DataFrame,
    targets: Sequence[str],
    measure: Callable[[pl.Expr], pl.Expr],
    note: str,
) -> list[ColumnMapping]:
    """Drop the suggestion of one of ``targets`` from each unmapped column whose filled values
    ``measure`` 1.0 (a share: of values of a kind, or of columns that repeat); its note ``note``
    (worded with ``source``, ``suggestion`` and ``target``, the suggestion withdrawn) says why.
    Returns the columns changed."""
    candidates = [
        c for c in columns if c.target is None and c.suggestion in targets and c.source in frame.columns
    ]
    if not candidates:
        return []
    found = per_column(
        frame,
        [c.source for c in candidates],
        keep=filled,
        prepare=lambda v: v.str.strip_chars(),
        measures=[measure(pl.col(STACKED_VALUE))],
    )
    changed: list[ColumnMapping] = []
    for column in candidates:
        seen, (share,) = found.get(column.source, (0, (0.0,)))
        if seen and share == 1.0:
            suggestion = column.suggestion
            column.note = msg(note, source=column.source, suggestion=suggestion, target=suggestion)
            column.suggestion = column.suggestion_score = None
            changed.append(column)
    return changed


def no_country_ids(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> list[ColumnMapping]:
    """Drop the suggestion of Land 1 or Land 2 from an unmapped column whose values are all small
    numbers ("countryId" 1, 2, 3: plentymarkets' keys of its country list): taken, every row would
    be rejected for an unknown country (the 36th and 37th sessions' real-export rounds). The
    column keeps a note saying why. Returns the columns changed."""
    share = _share_of(_is_country_key)
    return _withdraw_suggestions(columns, frame, _COUNTRY_TARGETS, share, "mapping-country-ids")


def _share_of(test: Callable[[pl.Expr], pl.Expr]) -> Callable[[pl.Expr], pl.Expr]:
    """The share of values that pass ``test``, as :func:`_withdraw_suggestions` measures."""
    return lambda value: test(value).mean()


def _is_country_key(value: pl.Expr) -> pl.Expr:
    """A shop's own number for a country: one to three digits."""
    return value.str.contains(_COUNTRY_KEY)


def _country_value(value: str) -> bool:
    """A country as lexoffice reads it: its name, or its ISO code ("IT", "ESP"; under a header
    that names a country, two letters are its code)."""
    text = value.strip()
    return named_country(text) is not None or (
        len(text) == 2 and text.isalpha() and country_code(text, foreign=False) is not None
    )


def countries_by_key_header(
    columns: Sequence[ColumnMapping],
    frame: pl.DataFrame,
    left: frozenset[str],
    *,
    supplier_file: bool = False,
) -> list[ColumnMapping]:
    """Map an unmapped column whose header names a country's key or code ("country_id",
    Magento's "_address_country_id", "billing_country_id": :func:`importer.grammar.keyed_reading`)
    to its address's Land when at least :data:`VALUE_SHARE` of its values are countries
    ("Spain", "IT") and no column fills that Land (the 39th session's real-export round: Odoo's and
    Magento's countries were only suggested, and "Calle Mayor 5, 28013 Madrid" was uploaded as a
    German address). A shop's numbers for its countries (1, 2, 3) or internal ids are no
    countries: such a column stays unmapped. Not the columns in ``left``, nor one left out by
    its header's words. Returns the columns mapped."""
    filled_targets = {c.target for c in columns if c.target is not None}
    keyed: list[tuple[ColumnMapping, str]] = []
    for column in columns:
        if (
            column.target is not None
            or column.method == "manual"
            or column.kept_out
            or column.source in left
            or column.source not in frame.columns
        ):
            continue
        reading = keyed_reading(column.source)
        choice = (
            None
            if reading is None or reading.field != "country"
            else grammar_target(reading, supplier_file=supplier_file)
        )
        if choice is not None and choice.target not in filled_targets:
            keyed.append((column, choice.target))
    mapped: list[ColumnMapping] = []
    for column, country in keyed:
        if country in filled_targets or not frame.select(_looked_at(column.source).any()).item():
            continue
        share = _confirmed(frame, column.source, _country_value)
        if share < VALUE_SHARE:
            continue
        column.suggestion = column.suggestion_score = None
        column.assign(
            country,
            "values",
            share,
            msg("mapping-values-country-key", source=column.source, target=country, share=round(100 * share)),
        )
        filled_targets.add(country)
        mapped.append(column)
    return mapped


#: lexoffice's number columns, and an old system's code for a contact: letters beside digits or
#: alone ("ALFKI" in Access's Nordwind, "C20000" in SAP Business One, "KD00017" in Billomat).
_NUMBER_TARGETS: Final = ("Kundennummer", "Lieferantennummer")
_CODE_WITH_LETTERS: Final = r"[^\W\d_]"


def _is_code(value: pl.Expr) -> pl.Expr:
    """A code of an old system: letters, one word of at most 15 characters, with digits or in
    capitals ("C20000", "KD00017", "ALFKI"); not a word such as "Stammkunde" (orgaMAX's
    "Kundenart", whose note called its kinds old customer codes)."""
    return (
        value.str.contains(_CODE_WITH_LETTERS)
        & ~value.str.contains(r"\s")
        & (value.str.len_chars() <= 15)
        & (value.str.contains("[0-9]") | (value == value.str.to_uppercase()))
    )


def old_number_codes(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> list[ColumnMapping]:
    """An unmapped column whose header names the customer or supplier number but whose values are
    codes with letters (every value looked at): no suggestion to map it (each row would be
    rejected, lexoffice's numbers have five digits), a note that names it as the old system's
    number, kept in the unmapped file while lexoffice gives new ones (the 37th session's round:
    "Kunden-Code", "CardCode"). Returns the columns changed."""
    share = _share_of(_is_code)
    return _withdraw_suggestions(columns, frame, _NUMBER_TARGETS, share, "mapping-old-number-codes")


def repeated_numbers(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> list[ColumnMapping]:
    """No customer or supplier number suggested for a column whose values repeat (a tenth of its
    rows or more, three rows at least): a number is each contact's own. Odoo's
    "Kunden-Rang" (0, 1) was offered as the Kundennummer (the 39th session's real-export round),
    which would have given every contact the number 0 or 1. Returns the columns changed."""
    return _withdraw_suggestions(columns, frame, _NUMBER_TARGETS, _mostly_repeated, "mapping-numbers-repeat")


def _mostly_repeated(value: pl.Expr) -> pl.Expr:
    """1.0 where at least three values are given and a tenth of them or more repeat another, else
    0.0 (a column of numbers may hold a duplicate or two, a rank 0, 1, 1, 2 is no number)."""
    return ((pl.len() >= 3) & (value.n_unique() * 10 < pl.len() * 9)).cast(pl.Float64)


def names_of_one_person(frame: pl.DataFrame, name: str, first: str, last: str) -> bool:
    """True when the column ``name`` mostly holds its row's own first or last name: one person's
    whole name ("Anna Schmidt" beside "Anna" and "Schmidt"), not an organisation's name.

    Looks at up to :data:`SAMPLE` rows with a name and a first or last name; none: False. A name
    that is a business's by its own words ("Metallbau Kaiser e.K." beside its owner Sabine
    Kaiser: :func:`importer.names.company_evidence`) holds its owner's name and counts against.
    """
    rows = frame.filter(filled(name) & (filled(first) | filled(last))).head(SAMPLE)
    if rows.height == 0:
        return False
    whole = pl.col(name).str.to_lowercase()

    def holds(part: str) -> pl.Expr:
        return filled(part) & whole.str.contains(
            pl.col(part).str.strip_chars().str.to_lowercase(), literal=True
        )

    holding = rows.filter(holds(first) | holds(last)).get_column(name).to_list()
    persons = sum(1 for value in holding if company_evidence(value) is None)
    return persons / rows.height >= PERSON_NAME_SHARE


def organisations_with_contacts(frame: pl.DataFrame, name: str, first: str, last: str) -> bool:
    """True when the column ``name`` holds organisations' names beside their contact persons'
    first and last names: each of up to :data:`SAMPLE` filled names is a business's by its own
    words ("Blumen Becker GmbH", "Café Kränzchen", "Zahnarztpraxis Dr. Weber"). One name without
    (a person's whole name, "Anna Schmidt" on a row of its own) keeps the column unmapped: found by
    the hostile re-test, such a person was uploaded as the company "Anna Schmidt". ``first`` and
    ``last`` are the first- and last-name columns; a row with them is looked at like any."""
    values = frame.filter(filled(name)).head(SAMPLE).get_column(name).to_list()
    rows_with_names = frame.filter(filled(name) & (filled(first) | filled(last))).height
    return bool(values) and rows_with_names > 0 and all(company_evidence(v) is not None for v in values)


#: A contact's role as a category column states it (sevDesk's "Kategorie", Zoho's "Contact Type",
#: Akaunting's "type"), by the value in lower case: customers or suppliers (both: two of them in
#: one cell, :func:`role_of`).
ROLE_WORDS: Final[Mapping[str, str]] = {
    **dict.fromkeys(
        ("kunde", "kundin", "kunden", "customer", "customers", "client", "debitor", "debitoren", "debtor"),
        "customers",
    ),
    **dict.fromkeys(
        (
            "lieferant",
            "lieferantin",
            "lieferanten",
            "supplier",
            "suppliers",
            "vendor",
            "vendors",
            "kreditor",
            "kreditoren",
            "creditor",
        ),
        "suppliers",
    ),
}
#: Where a cell names two roles: "Kunde/Lieferant", "Kunde, Lieferant", "Lieferant und Kunde".
_ROLE_SEPARATORS: Final = r"[/,;&+|]|\bund\b|\band\b|\bsowie\b"
_ROLE_SPLIT: Final = re.compile(rf"\s*(?:{_ROLE_SEPARATORS})\s*", re.IGNORECASE)
#: A remark in brackets after the role: "Kunde (aktiv)".
_ROLE_REMARK: Final = re.compile(r"\s*\([^)]*\)")
#: A role column is a category: few distinct values, short, without digits (not a notes column).
ROLE_VALUES_MAX: Final = 20
ROLE_VALUE_LENGTH_MAX: Final = 40
#: The longest cell of a column of tags (several tags in one cell).
ROLE_TAGS_LENGTH_MAX: Final = 200
#: Filled in at least this share of the rows, and role words at least this share of its values.
ROLE_FILLED_SHARE: Final = 0.5
ROLE_SHARE: Final = 0.2


#: A German compound that ends with a role word names that role: "Stammkunde", "Neukundin",
#: "Hauptlieferant" (the hostile re-test found "Hauptlieferant" warned as neither); not a negated
#: or former one ("Nichtkunde", "Exlieferant", "ehemaliger …": the row decides nothing then).
_ROLE_COMPOUND: Final = re.compile(
    r"^(?!nicht|kein|ex|ehemal|frueher|früher|potenz|potentiell)"
    r"[a-zäöüß]{3,}(kunde|kundin|kunden|lieferant|lieferantin|lieferanten)$"
)


#: Where a list of tags parts them: the role separators, Google's " ::: ", a line break.
_TAG_SPLIT: Final = re.compile(rf"\s*(?:{_ROLE_SEPARATORS}|[\r\n]|:::)\s*", re.IGNORECASE)
#: A remark in brackets that takes the role back: "Lieferant (ehemalig)", "Kunde (gekündigt)".
_NEGATING_REMARK: Final = re.compile(
    r"(?i)\([^)]*(?:ehem|bis\s+\d{2,4}|fr(?:ü|ue)her|gek(?:ü|ue)ndigt|inaktiv|nicht\s+mehr|\bex\b|former|\balt\b|"
    r"\bold\b|gesperrt|archiv)[^)]*\)"
)


def role_of(value: str, *, compounds: bool = True, tags: bool = True) -> str | None:
    """The role ``value`` names: "customers", "suppliers", "both" ("Kunde/Lieferant"), or None.
    ``compounds``: "Stammkunde" names one too (:data:`_ROLE_COMPOUND`). ``tags``: a list of tags
    names the role among other tags ("Lieferant, Newsletter"); else each part must be a role."""
    if _NEGATING_REMARK.search(value):
        return None  # "Lieferant (ehemalig)": a former one (the 26th hostile re-test)
    bare = _ROLE_REMARK.sub("", value).lower()
    text = " ".join(bare.split())
    if text in ROLE_WORDS:
        return ROLE_WORDS[text]
    compound = _ROLE_COMPOUND.match(text) if compounds else None
    if compound is not None:
        return ROLE_WORDS[compound.group(1)]
    parts = [" ".join(p.split()) for p in _TAG_SPLIT.split(bare) if p.strip()]
    named = [ROLE_WORDS.get(p) for p in parts]
    if len(parts) < 2 or (not tags and None in named):
        return None
    # a list of tags names its role among others ("Lieferant, Newsletter": KlickTipp's tags, the
    # 26th hostile round put such suppliers with the customers)
    roles = {role for role in named if role is not None}
    if not roles:
        return None
    return "both" if len(roles) > 1 else roles.pop()


#: SAP Business One's business partner type (``CardType``): its codes as the export and the Data
#: Transfer Workbench write them ("C", "S", "L" a lead; "cCustomer", "cSupplier", "cLid"). The
#: fifth real-layout round found its suppliers in the customer file, exit 0.
_CODED_ROLES: Final[Mapping[str, Mapping[str, str]]] = {
    "cardtype": {"c": "customers", "s": "suppliers", "ccustomer": "customers", "csupplier": "suppliers"},
    # Collmex's record types (reference/record_layouts.toml) in a file of both
    "satzart": {"cmxknd": "customers", "cmxlif": "suppliers"},
    # an account list's kind of account: D(ebitor) and K(reditor), German bookkeeping's letters
    # (the hostile re-test: a column of D and K alone decided nothing)
    "kontoart": {"d": "customers", "k": "suppliers"},
    "kontenart": {"d": "customers", "k": "suppliers"},
    # PlusFakt Enterprise's customer and supplier export: "dtKundenTyp" 1 = Kunde, 2 = Lieferant
    # (plusfakt.de/handbuch/pfe_standard-kundenlieferantenexport.html; the eleventh real-layout
    # round: its suppliers went into the customer file)
    "dtkundentyp": {"1": "customers", "2": "suppliers"},
}


#: Abbreviations of the role words hand-made lists write ("Kd.", "Lief.", "Lfr."), beside any
#: prefix of three letters or more of one role word ("Kun", "Deb", "Kred"; :func:`role_abbreviation`).
_ROLE_ABBREVIATIONS: Final[Mapping[str, str]] = {
    **dict.fromkeys(("kd", "kdn", "kdin"), "customers"),
    **dict.fromkeys(("lf", "lfr", "lft", "lfrt", "kr"), "suppliers"),
}
#: A role column's word for a row of both roles ("beides", "K+L" is read by its parts).
_BOTH_WORDS: Final = frozenset({"beides", "beide", "both", "kunde und lieferant"})


def role_abbreviation(word: str) -> str | None:
    """The role an abbreviated role word names ("Kd." and "Kun." a customer, "Lief." and "Lfr." a
    supplier), or None: a known abbreviation, or a prefix of three letters or more of role words
    of one role only, written with its dot (a hand-made list's "Kd./Lief." column: the hostile
    round on hand-made sheets found its suppliers in the customer file, exit 0). Not a word
    without its dot: "Kredit" and "Credit" are no creditors (the hostile re-test)."""
    stripped = word.strip()
    text = stripped.rstrip(".").lower()
    if not text.isalpha():
        return None
    if text in _ROLE_ABBREVIATIONS:
        return _ROLE_ABBREVIATIONS[text]
    if len(text) < 3 or not stripped.endswith("."):
        return None
    roles = {role for full, role in ROLE_WORDS.items() if full.startswith(text)}
    return roles.pop() if len(roles) == 1 else None


def _header_roles(header: str) -> dict[str, str]:
    """The role words a role column's header names, by their initial, where it names both roles
    ("Kunde/Lieferant", "Kd./Lief.": K a customer, L a supplier); an initial of both roles names
    none. A header of one role word and another ("Lief./Abh.": delivery or pick-up) names none."""
    roles: dict[str, set[str]] = {}
    for part in re.split(r"[\s/,;&+|()_-]+", header.lower()):
        role = ROLE_WORDS.get(part.rstrip(".")) or role_abbreviation(part)
        if role is not None and part.rstrip("."):
            roles.setdefault(part[0], set()).add(role)
    named = {initial: next(iter(role)) for initial, role in roles.items() if len(role) == 1}
    return named if set(named.values()) == {"customers", "suppliers"} else {}


#: A header that names a column of roles without naming one ("Typ", "Rolle", "Kontaktart").
_ROLE_CATEGORY_HEADER: Final = frozenset(
    {
        "typ",
        "type",
        "art",
        "rolle",
        "role",
        "kategorie",
        "category",
        "gruppe",
        "group",
        "kontaktart",
        "kontakttyp",
        "adressart",
        "adresstyp",
        "partnerart",
        "partnertyp",
        "kl",
        "kdlf",
        "kdlief",
    }
)


def _abbreviations_read(header: str | None, found: Mapping[str, str], values: Sequence[str] = ()) -> bool:
    """Whether a column's abbreviations ("Kd.", "Lief.", "KR") are role words: where its header
    names both roles ("Kd./Lief.") or a column of roles ("Typ", "Rolle"), or its cells name both
    roles, in full or abbreviated with a dot ("Kd.", "Lief.", "Kd./Lief."). The second hostile
    re-test: an account manager's initials "KR"/"KD" under "Betreuer" and "Lief." (delivery)
    under "Versand" made customers suppliers, exit 0; the third: "Kd."/"Lief." under "Status"
    or "Beziehung" decided nothing, suppliers uploaded as customers, exit 0."""
    if header is not None and (_header_roles(header) or normalize(header).key in _ROLE_CATEGORY_HEADER):
        return True
    if header is not None and _SERVICE_HEADER.search(header):
        return False
    both = {"customers", "suppliers"}
    named = {role for role in found.values() if role != "both"}
    if named == both:
        return True
    # abbreviated: every cell must be roles ("Kd.", "Lief.", "Kunde", "Kd./Lief."); beside
    # "Mont." a "Lief." is a delivery and "Kd." customer service (the fourth hostile re-test)
    for value in values:
        if value in found:
            continue
        for part in (p for p in _ROLE_SPLIT.split(value.strip()) if p):
            role = ROLE_WORDS.get(part.rstrip(".").lower()) or (
                role_abbreviation(part) if part.endswith(".") else None
            )
            if role is None:
                return False
            named.add(role)
    return named == both


def role_words(
    column: pl.Series, header: str | None = None, *, compounds: bool = True, tags: bool = True
) -> pl.Series:
    """Each cell's role (:func:`role_of`), null where it names none; looked up once per distinct
    value. ``header``: the column's header, for a system's codes (:data:`_CODED_ROLES`) and the
    role words it names. A single letter is the initial of a role word the column itself writes
    (:func:`_initials`) or its header names ("K"/"L" under "Kunde/Lieferant"); an abbreviation
    ("Kd.", "Lief.") names its word's role; a cell of both ("K+L", "Kd./Lief.", "beides") both."""
    found = value_roles(column.drop_nulls().unique().to_list(), header, compounds=compounds, tags=tags)
    return column.replace_strict(found, default=None, return_dtype=pl.String)


def value_roles(
    values: Sequence[str], header: str | None = None, *, compounds: bool = True, tags: bool = True
) -> dict[str, str]:
    """The role of each of a column's distinct ``values`` that names one (see :func:`role_words`),
    decided in Python alone."""
    codes = _CODED_ROLES.get(normalize(header).key, {}) if header is not None else {}
    found = {
        v: role
        for v in values
        if (role := codes.get(v.strip().lower()) or role_of(v, compounds=compounds, tags=tags)) is not None
    }
    abbreviated = _abbreviations_read(header, found, values)
    if abbreviated:
        found |= {v: role for v in values if v not in found and (role := role_abbreviation(v)) is not None}
    initials = (_header_roles(header) if header is not None else {}) | _initials(found)
    if header is not None and normalize(header).key in _LETTER_CODE_HEADERS and _letter_codes(values):
        initials |= {"k": "customers", "l": "suppliers"}

    def parts_role(value: str) -> str | None:
        raw = [p for p in _ROLE_SPLIT.split(value.strip().lower()) if p.rstrip(".")]
        if (
            len(raw) == 1
            and len(raw[0]) == 2
            and {initials.get(c) for c in raw[0]} == {"customers", "suppliers"}
        ):
            raw = list(raw[0])  # "KL": the initials of both roles
        parts = [p.rstrip(".") for p in raw]
        # an abbreviation keeps its dot: "Lief." is one, "Lief" is not (:func:`role_abbreviation`)
        roles = {
            initials.get(p) or ROLE_WORDS.get(p) or (role_abbreviation(r) if abbreviated else None)
            for p, r in zip(parts, raw, strict=True)
        }
        if not parts or None in roles:
            return None
        return "both" if len(roles) > 1 else roles.pop()

    found |= {v: role for v in values if v not in found and (role := parts_role(v)) is not None}
    if found:
        found |= {v: "both" for v in values if v not in found and v.strip().lower() in _BOTH_WORDS}
    return found


#: A header naming a service, an order or a delivery: its "Kd." is customer service and its
#: "Lief." a delivery (the fourth hostile re-test: private customers filed as suppliers).
_SERVICE_HEADER: Final = re.compile(
    r"(?i)leistung|auftrag|service|dienst|versand|liefer(?:ung|art|bedingung)|zustellung|t[äa]tigkeit|einsatz"
)
#: The headers under which the letters K and L are Kunde and Lieferant: not "Art" or "Gruppe"
#: (K and L for Kauf and Leasing under "Art": the fourth hostile re-test).
_LETTER_CODE_HEADERS: Final = frozenset(
    {"typ", "type", "rolle", "role", "kontaktart", "kontakttyp", "adressart", "adresstyp", "partnerart",
     "partnertyp", "kl", "kdlf", "kdlief"}
)  # fmt: skip
#: A column of roles written as letters: "K", "L", "KL", "K/L", "K+L".
_LETTER_CODE: Final = re.compile(r"(?i)\s*(?:k|l|kl|lk|k\s*[/+,&]\s*l|l\s*[/+,&]\s*k)\s*")


def _letter_codes(values: Sequence[str]) -> bool:
    """Whether a column under a role column's header ("Typ", "Rolle") holds nothing but the letters
    K and L and their pairs, both letters used: Kunde and Lieferant (the third hostile re-test:
    such a column decided nothing, its suppliers uploaded as customers, exit 0). Sizes S/M/L or a
    grade's K and A are other letters."""
    if not values or not all(_LETTER_CODE.fullmatch(v) for v in values):
        return False
    letters = {c for v in values for c in v.lower() if c.isalpha()}
    return letters == {"k", "l"}


def _initials(found: Mapping[str, str]) -> dict[str, str]:
    """The initials of the one-word roles in ``found`` (cell -> role) as codes of those roles, where
    an initial stands for one role only: beside "Debitor" and "Kreditor" a "D" is a customer and a
    "K" a supplier, beside "Kunde" and "Lieferant" a "K" is a customer (the tenth real-layout
    round: an account list's "K" uploaded a supplier as a customer, without a finding)."""
    roles: dict[str, set[str]] = {}
    for value, role in found.items():
        word = value.strip().lower()
        if role != "both" and word in ROLE_WORDS:
            roles.setdefault(word[0], set()).add(role)
    return {initial: next(iter(role)) for initial, role in roles.items() if len(role) == 1}


#: A header of a column of tags, labels or categories (by its normalized key): "Tags", "Labels",
#: "Schlagworte", "Kategorie", "Kontaktgruppe", "Merkmale".
_TAGS_HEADER: Final = re.compile(
    r"tags?$|labels?$|schlagw(?:ö|oe)rter?$|schlagworte?$|stichworte?$|merkmale?$|kategorien?$|categor(?:y|ies)$|"
    r"gruppen?$|groups?$|membership$|segmente?$|listen?$"
)


def tags_header(header: str) -> bool:
    """Whether ``header`` heads a column of tags, labels or categories (:data:`_TAGS_HEADER`):
    its cells name a role among other tags ("Lieferant, Newsletter")."""
    return _TAGS_HEADER.search(normalize(header).key) is not None


def role_column(columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]) -> int | None:
    """The index of the unmapped column whose values state each row's role ("Kunde",
    "Lieferant", "Kunde/Lieferant"); else None.

    A category, not notes: filled in at least :data:`ROLE_FILLED_SHARE` of the rows, at most
    :data:`ROLE_VALUES_MAX` distinct values, each short and without digits, and at least
    :data:`ROLE_SHARE` of the values role words (sevDesk's "Kategorie" holds "Interessent" and
    "Partner" too). ``left``: the columns the user chose to leave unmapped.
    """
    if frame.height == 0:
        return None
    present = set(frame.columns)
    candidates = [c for c in columns if c.target is None and c.source not in left and c.source in present]
    if not candidates:
        return None
    # how full each column is and how many values it has, in one query (a query per column took
    # 1.6 s for a CRM export's 999 unknown columns)
    exprs: list[pl.Expr] = []
    for n, column in enumerate(candidates):
        stripped = _stripped_cells(column.source)
        exprs += [stripped.len().alias(f"n{n}"), stripped.n_unique().alias(f"u{n}")]
    counts = frame.select(exprs).row(0)
    # a column of tags combines its tags freely, and one may have digits ("Lieferant bis 2021",
    # "Newsletter 2024"): the second re-test found one such cell left the column unread
    categories: list[tuple[ColumnMapping, bool]] = []
    for n, column in enumerate(candidates):
        tags = tags_header(column.source)
        if counts[2 * n] >= ROLE_FILLED_SHARE * frame.height and (
            counts[2 * n + 1] <= ROLE_VALUES_MAX or tags
        ):
            categories.append((column, tags))
    if not categories:
        return None
    # their distinct values and how often each occurs, in one query too
    tallies = frame.select(
        _stripped_cells(column.source).alias("value").value_counts(name="n").implode().alias(f"v{k}")
        for k, (column, _) in enumerate(categories)
    ).row(0)
    for (column, tags), tally in zip(categories, tallies, strict=True):
        values: list[str] = [entry["value"] for entry in tally]
        occurs: list[int] = [entry["n"] for entry in tally]
        coded = normalize(column.source).key in _CODED_ROLES  # a system's numeric codes
        longest = ROLE_TAGS_LENGTH_MAX if tags else ROLE_VALUE_LENGTH_MAX
        if any(len(v) > longest for v in values) or (
            any(_DIGIT.search(v) for v in values) and not (coded or tags)
        ):
            continue
        # plain role words make a role column, not compounds ("Stammkunde" in a list's notes,
        # "Privatkunde"/"Geschäftskunde" in a column of kinds); in one, compounds count; a role
        # among other words only under a header of tags ("Lieferant, bitte prüfen" in a column
        # of notes is no role: the 26th hostile re-test). Each distinct value is looked up once.
        roles = value_roles(values, column.source, compounds=False, tags=tags)
        named = sum(n for value, n in zip(values, occurs, strict=True) if value in roles)
        if named >= ROLE_SHARE * sum(occurs):
            return column.index
    return None


#: A digit, as polars' ``\d`` finds one (any script's).
_DIGIT: Final = re.compile(r"\d")


def _stripped_cells(source: str) -> pl.Expr:
    """The cells of ``source`` that hold something, stripped."""
    stripped = pl.col(source).str.strip_chars()
    return stripped.filter(stripped.str.len_chars() > 0)


#: A flag's cells: set or not (Dolibarr writes 0/1, spreadsheets "x", "ja", "WAHR").
#: Bigcapital writes "T"/"F", SAP Business One "tYES"/"tNO" (the thirty-fourth session's real
#: exports: their inactive contacts were uploaded without a word).
FLAG_SET: Final = frozenset({"1", "x", "ja", "j", "yes", "y", "true", "wahr", "t", "tyes"})
FLAG_UNSET: Final = frozenset({"0", "nein", "n", "no", "false", "falsch", "-", "f", "tno"})
#: "Ist Kunde", "is_supplier", "Als Lieferant": words before the role in a flag's header.
_FLAG_PREFIX: Final = re.compile(r"^(?:ist|is|als|as)[\s_-]+", re.IGNORECASE)
#: How a hand-made list marks its flag column's header: "Lieferant?", "Lieferant (x)",
#: "Kunde (j/n)" (the hostile round on hand-made sheets: suppliers in the customer file, exit 0).
_FLAG_MARK: Final = re.compile(
    r"\s*(?:\?|\(\s*(?:x|j|ja|j\s*/\s*n|ja\s*/\s*nein|x\s*=\s*ja|1\s*/\s*0|0\s*/\s*1)\s*\))\s*$",
    re.IGNORECASE,
)
#: Where a camel-case header's words meet ("IsCustomer": the sixth real-layout round found
#: qmBase's role flags ignored, a supplier in the customer file).
_CAMEL_CASE: Final = re.compile(r"(?<=[a-zäöü])(?=[A-ZÄÖÜ])")
#: Share of a flag column's values that must be flags or other single digits (Dolibarr's 2, a
#: prospect, states nothing), and how many distinct values it may hold. Not a share of flags
#: alone: a correction round's rejected rows may be mostly 2s.
FLAG_SHARE: Final = 0.9
FLAG_VALUES_MAX: Final = 6


def flag_role(header: str) -> str | None:
    """The role a flag column's header names ("Kunde", "Ist Lieferant", "is_customer"), or None
    ("Kunde (gesperrt)" names a state, not the role)."""
    header = _FLAG_MARK.sub("", header.strip())
    if "(" in header:
        return None
    words = _CAMEL_CASE.sub(" ", header)  # qmBase's "IsCustomer", "IsSupplier"
    # not an abbreviation: an x under "Lief." may say "geliefert" (the hostile re-test)
    role = role_of(_FLAG_PREFIX.sub("", words).replace("_", " "))
    return role if role in ("customers", "suppliers") else None


def role_flags(columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]) -> dict[int, str]:
    """The unmapped columns that flag a role per row (header "Kunde" or "Lieferant", cells 0/1,
    "x" or "ja"/"nein"), or count it (a rank column, :func:`rank_role`: Odoo's "customer_rank"
    0, 1, 3): column index -> the role it flags, at most one column per role.

    At least :data:`FLAG_SHARE` of the filled cells must be flags or single digits, one at least
    set, and the column hold at most :data:`FLAG_VALUES_MAX` distinct values. ``left``:
    the columns the user chose to leave unmapped.
    """
    found: dict[int, str] = {}
    for column in columns:
        role = flag_role(column.source) or rank_role(column.source)
        if (
            role is None
            or role in found.values()
            or column.target is not None
            or column.source in left
            or column.source not in frame.columns
        ):
            continue
        cells = frame.get_column(column.source).str.strip_chars().str.to_lowercase()
        cells = cells.filter(cells.str.len_chars() > 0)
        if flag_role(column.source) is None:
            # a rank: every filled cell a count (a rating "A"/"B" or a decimal is none), one above 0
            states = rank_states(cells)
            if states.any() and states.is_not_null().all():
                found[column.index] = role
            continue
        states = flag_states(cells, role)
        flags = int((states.is_not_null() | cells.str.contains(r"^[0-9]$")).sum())
        if states.any() and flags >= FLAG_SHARE * cells.len() and cells.n_unique() <= FLAG_VALUES_MAX:
            found[column.index] = role
    return found


#: Dolibarr's customer field: 3 is a customer and a prospect (``client`` 0 none, 1 customer, 2
#: prospect, 3 both; the eleventh real-layout round: such a row with its supplier flag set went to
#: the suppliers' file alone, and the warning asked to set a flag the file had set).
CUSTOMER_AND_PROSPECT: Final = "3"


def flag_states(cells: pl.Series, role: str | None = None) -> pl.Series:
    """Each flag cell of a ``role`` column as True (set), False (not set) or null (states nothing:
    empty, "2"); a customers' column's "3" is set (:data:`CUSTOMER_AND_PROSPECT`)."""
    lowered = cells.str.strip_chars().str.to_lowercase()
    set_ = [*FLAG_SET, CUSTOMER_AND_PROSPECT] if role == "customers" else list(FLAG_SET)
    return (
        pl.select(
            pl.when(lowered.is_in(set_))
            .then(True)
            .when(lowered.is_in(list(FLAG_UNSET)))
            .then(False)
            .otherwise(None)
        )
        .to_series()
        .alias(cells.name)
    )


#: The words of a rank column's header besides its role: Odoo's ``customer_rank`` and
#: ``supplier_rank`` ("Kunden-Rang", "Lieferanten-Rang" in its German interface; "Customer Rank",
#: "Vendor Rank" in its English one) count a partner's sales and purchase documents (Odoo 14 and
#: later); another system's count of them ("Anzahl als Kunde", "supplier_count"). Not a number
#: ("Kundennummer") nor a rating ("Kundenranking", "Kundenbewertung").
_RANK_WORDS: Final = frozenset({"rank", "rang", "count", "anzahl", "cnt"})
#: Words a rank column's header may hold beside its role and its count: "Anzahl als Kunde".
_RANK_FILLERS: Final = frozenset({"als", "as", "of", "is", "ist", "the", "der", "des"})
#: A German compound of a role and a count: "Kundenrang", "Lieferantenanzahl".
_RANK_COMPOUND: Final = re.compile(r"^(kunden?|lieferanten?|debitoren|kreditoren)(rang|anzahl)$")
#: A rank column's cell: a count, 0 or more (a workbook may write 3 as "3.0"); a rating's letters
#: ("A", "B"), a decimal ("2,5") or a negative number states nothing.
_RANK_VALUE: Final = r"^\d{1,9}(?:[.,]0+)?$"


def rank_role(header: str) -> str | None:
    """The role whose documents a rank column's header counts ("customer_rank", "Kunden-Rang",
    "Lieferanten-Rang", "Anzahl als Lieferant", "CustomerRank"), or None (:data:`_RANK_WORDS`).
    The 40th session's Odoo exports: such columns were offered as numbers and left unmapped, and
    Odoo's suppliers (supplier_rank 3, customer_rank 0) were uploaded as customers, exit 0."""
    split = _CAMEL_CASE.sub(" ", header.strip())
    words = [w for w in re.sub(r"[\s_\-.:/()]+", " ", split).lower().split() if w not in _RANK_FILLERS]
    compound = _RANK_COMPOUND.match(words[0]) if len(words) == 1 else None
    if compound is not None:
        words = [compound.group(1), compound.group(2)]
    if len(words) != 2 or not (set(words) & _RANK_WORDS):
        return None
    role = ROLE_WORDS.get(next((w for w in words if w not in _RANK_WORDS), ""))
    return role if role in ("customers", "suppliers") else None


def rank_states(cells: pl.Series) -> pl.Series:
    """Each cell of a rank column (:func:`rank_role`) as True (a count above 0: the contact has
    the role), False (0: it has not) or null (empty, or no count: states nothing)."""
    stripped = pl.col(cells.name).str.strip_chars()
    count = stripped.str.replace(r"[.,]0+$", "").cast(pl.Int64, strict=False)
    said = pl.when(stripped.str.contains(_RANK_VALUE)).then(count > 0).otherwise(None)
    return cells.to_frame().select(said.alias(cells.name)).to_series()


def role_states(cells: pl.Series, header: str, role: str) -> pl.Series:
    """Each cell of the role flag or rank column ``header`` as True (the row has ``role``), False
    (it has not) or null (states nothing): :func:`rank_states` or :func:`flag_states`."""
    return rank_states(cells) if rank_role(header) == role else flag_states(cells, role)


#: Whether a contact is a company or a private person as a column states it (bexio's and
#: Odoo's "Kontaktart"/"Company Type", ERPNext's "Customer Type", FastBill's CUSTOMER_TYPE,
#: Shopware's account type), by the value in lower case. Not "geschäftlich": with "privat" it
#: names an address's or a phone number's type. Not "Endkunde": a business's end customer may be a
#: business (the hostile re-test).
KIND_WORDS: Final[Mapping[str, str]] = {
    **dict.fromkeys(
        (
            "firma",
            "unternehmen",
            "company",
            "organisation",
            "organization",
            "business",
            "geschäftskunde",
            "gewerbe",
            "gewerblich",
            "gewerbekunde",
            "firmenkunde",
            "b2b",
            "juristische person",
            "corporate",
            "commercial",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "privat",
            "private",
            "privatperson",
            "privatkunde",
            "privatkundin",
            "person",
            "natürliche person",
            "natural person",
            "individual",
            "einzelperson",
            "consumer",
            "verbraucher",
            "endverbraucher",
            "b2c",
        ),
        "person",
    ),
}
#: A header that names the kind of contact: "Kontaktart", "Kundentyp", "Company Type",
#: "customer_type", "accountType", "Typ", or a flag: "Is a company", "Ist Firma", "is_company".
_KIND_HEADER: Final = re.compile(
    r"^(?:(?:kontakt|kunden|personen|partner|adressat(?:en)?|customer|contact|client|account|company|"
    r"unternehmens|firmen)\s*)?(?:art|typ|type|kind)$"
)
_KIND_FLAG_HEADER: Final = re.compile(
    r"^(?:ist|is)\s*(?:a|an|ein|eine)?\s*(firma|company|unternehmen|organisation|organization|business|"
    r"person|privatperson|individual)$"
    # a flag under the kind's own name: Collmex's "Privatperson" (0/1); no name column is so named
    r"|^(privatperson|privatkunde|privatkundin|firmenkunde|geschäftskunde|gewerbekunde|b2b|b2c)$"
    # hitobito's "Firma" (ja/nein) beside its "Firmenname" (the ninth real-layout round: a person
    # with her employer's name became a company); a column of names is none: its values are no flags
    r"|^(firma|company|unternehmen|organisation|organization)$"
)
#: A header that names nothing but a type: its values must name both kinds.
_KIND_PLAIN: Final = re.compile(r"^(?:art|typ|type|kind)$")
#: DATEV's "Adressattyp": 1 a natural person, 2 a company (0: not stated).
_DATEV_KIND: Final[Mapping[str, str]] = {"1": "person", "2": "company"}
#: How many distinct values a kind column may hold.
KIND_VALUES_MAX: Final = 12


def _kind_header(header: str) -> str:
    """A header in lower case, separators as spaces, camel case split ("accountType")."""
    split = re.sub(r"(?<=[a-zäöü])(?=[A-ZÄÖÜ])", " ", header.strip())
    return " ".join(re.sub(r"[_\-.:/()?]+", " ", split).lower().split())


def kind_reading(header: str) -> Callable[[str], str | None] | None:
    """How the cells of a column headed ``header`` state a contact's kind ("company", "person",
    or None for a cell that states none); None when the header names no kind of contact."""
    name = _kind_header(header)
    flag = _KIND_FLAG_HEADER.match(name.replace(" ", "")) or _KIND_FLAG_HEADER.match(name)
    if flag is not None:
        said = KIND_WORDS.get(flag.group(1) or flag.group(2), "company")
        other = "person" if said == "company" else "company"

        def by_flag(cell: str) -> str | None:
            value = cell.strip().lower()
            return said if value in FLAG_SET else other if value in FLAG_UNSET else None

        return by_flag
    match = _KIND_HEADER.match(name) or _KIND_HEADER.match(name.replace(" ", ""))
    if match is None:
        return None
    datev = "adressat" in name

    def by_word(cell: str) -> str | None:
        value = " ".join(cell.strip().lower().split())
        return _DATEV_KIND.get(value) if datev and value in _DATEV_KIND else KIND_WORDS.get(value)

    return by_word


_Reading = TypeVar("_Reading")


def _read_columns(
    columns: Sequence[ColumnMapping],
    frame: pl.DataFrame,
    left: frozenset[str],
    reading_of: Callable[[str], _Reading | None],
    most: int,
) -> Iterator[tuple[ColumnMapping, _Reading, list[str]]]:
    """Each unmapped column (not one the user left out, ``left``) whose header ``reading_of``
    reads, with that reading and its distinct filled values, when there are at most ``most``."""
    for column in columns:
        if column.target is not None or column.source in left or column.source not in frame.columns:
            continue
        reading = reading_of(column.source)
        if reading is None:
            continue
        cells = frame.get_column(column.source).str.strip_chars()
        distinct = cells.filter(cells.str.len_chars() > 0).unique().to_list()
        if distinct and len(distinct) <= most:
            yield column, reading, distinct


def kind_column(columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]) -> int | None:
    """The index of the unmapped column whose values state whether each row is a company or a
    private person ("Firma"/"Privat", "Company"/"Individual", a flag under "Is a company"); else
    None. Its cells are read by :func:`kind_reading`.

    Only under a header that names the kind (:func:`kind_reading`), and only when every distinct
    value states a kind (DATEV's 0, "not stated", aside), at most :data:`KIND_VALUES_MAX` of
    them; a header as plain as "Typ" or "Art" needs both kinds. Found by the real-layout session:
    Odoo's companies without a legal form ("Grocery Outlet") became private persons, bexio's
    private persons companies named by their surnames. The hostile re-test found columns of
    other kinds read as a contact's: a phone's or an address's type ("Firma"/"Privat" under
    "Telefontyp", "Privat"/"Geschäftlich" under "Typ"), customer segments ("Endkunde",
    "Händler"). ``left``: the columns the user chose to leave unmapped.
    """
    for column, reading, distinct in _read_columns(columns, frame, left, kind_reading, KIND_VALUES_MAX):
        header = _kind_header(column.source)
        kinds = {v: reading(v) for v in distinct if not ("adressat" in header and v == "0")}
        said = set(kinds.values())
        if not said or None in said:
            continue
        if _KIND_PLAIN.match(header) and said != {"company", "person"}:
            continue
        return column.index
    return None


#: The lexoffice columns an empty column gives away: not an address's, whose fields go as one
#: block (the hostile re-test: Outlook's "Other" address took the empty business address's
#: place, and its PLZ alone the place of an empty "PLZ geschäftlich").
_HEIR_TARGETS: Final = frozenset({"Telefon 1", "Telefon 2", "E-Mail 1", "E-Mail 2", "Firmenname"})


def give_empty_targets(columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]) -> None:
    """A column without a single value gives its lexoffice column to the column with values that
    lost it to it ("Telephone business 2", empty in every row, beside "Cellular telephone 1":
    Open-Xchange's export; an empty child-table "Company" beside "Supplier Name": ERPNext's).
    Found by the third real-layout round: the mobile numbers and the suppliers' names went to the
    unmapped file, and every supplier was rejected for want of a name. Of several such columns,
    the first with values takes it (method ``values``); not a column mapped by hand or left out
    by hand (``left``)."""
    if not frame.height:
        return

    def has_values(source: str) -> bool:
        return source in frame.columns and bool(frame.select(filled(source).any()).item())

    for column in columns:
        target = column.target
        # a phone's or e-mail's stand-in for the rows where its slot is empty, too
        home = column.merge is not None and column.merge == f"{HOME_MERGE}{target}"
        if (
            target not in _HEIR_TARGETS
            or (column.merge is not None and not home)
            or column.method == "manual"
        ):
            continue
        if column.source not in frame.columns or has_values(column.source):
            continue
        heir = next(
            (
                c
                for c in columns
                if c.target is None
                and c.suggestion == target
                and not c.kept_out
                and c.method != "manual"
                and c.source not in left
                and has_values(c.source)
            ),
            None,
        )
        if heir is None:
            continue
        if home:  # the stand-in's merge moves over as it is
            heir.target, heir.method, heir.score = column.target, column.method, column.score
            heir.merge, heir.destination, heir.note = column.merge, column.destination, column.note
        else:
            taken = msg("mapping-empty-taken", source=heir.source, target=target, other=column.source)
            heir.assign(target, "values", heir.suggestion_score or 1.0, taken)
        heir.suggestion = heir.suggestion_score = None
        column.unassign(msg("mapping-empty-gave-way", source=column.source, target=target, other=heir.source))


#: The fields of address 1 that a fuller column of the same meaning takes over
#: (:func:`give_fuller_address`).
_ADDRESS_1_FIELDS: Final = ("Straße 1", "Adresszusatz 1", "PLZ 1", "Ort 1")
#: The header score from which a column that lost address 1 may take it over.
FULLER_SCORE: Final = 0.9


#: A line of an address that ends with a number but is no street: a door, a flat, a gate, a ramp,
#: a post-office box ("Top 14", "Whg. 12", "Tor 2", "Postfach 1234"; the third re-test).
_NO_STREET_LINE: Final = (
    r"(?i)^\s*(?:top|t(?:ü|ue)r|haus|tor|whg\.?|wohnung|laden|werk|rampe|lager(?:halle)?|b(?:ü|ue)ro|apt\.?"
    r"|apartment|appartement|filiale|kostenstelle|postfach|stiege|block|trakt|einheit|unit|suite)\b"
)
#: An unmapped header of a second address's place ("PLZ/Ort 2", "Ort 2", "Zip 2").
_SECOND_PLACE_HEADER: Final = re.compile(
    r"(?:plz|postleitzahl|ort|stadt|zip|postcode|postalcode|city|land|country)\w*2$"
)


def second_street_line(
    columns: Sequence[ColumnMapping],
    frame: pl.DataFrame,
    left: frozenset[str],
    names: frozenset[str],
    marked: frozenset[str],
) -> tuple[ColumnMapping, ColumnMapping] | None:
    """The "Straße 2" that is address 1's second line, and the street it is the second line of,
    or None: beside "Straße 1" in a file
    without postcode, city, country or supplement of a second address (mapped or not: "PLZ/Ort
    2"), whose values are no streets (none ends with a house number or holds a postcode and town,
    none stands on a row without Straße 1). KlickTipp's and hand-made lists' "Straße 1"/"Straße
    2" ("Halle 3", "3. OG") uploaded the second line as a delivery street without a place (the
    26th hostile round); its re-tests found real delivery streets ("Lagerstr. 12") moved by rules
    on headers alone and on half the values. Not a column mapped by hand or whose header names
    its side (``marked``); ``names``: the catalog's columns."""
    targets = {c.target for c in columns if c.target is not None}
    second = {"PLZ 2", "Ort 2", "Land 2", "Adresszusatz 2"}
    if (
        "Straße 1" not in targets
        or "Adresszusatz 1" in targets
        or "Adresszusatz 1" not in names
        or targets & second
    ):
        return None
    if any(c.target is None and _SECOND_PLACE_HEADER.search(normalize(c.source).key) for c in columns):
        return None
    lines = [
        c
        for c in columns
        if c.target == "Straße 2"
        and c.merge is None
        and c.method in ("exact", "normalized", "synonym", "grammar")
        and c.source not in left
        and c.source not in marked
        and c.source in frame.columns
    ]
    street = next((c for c in columns if c.target == "Straße 1" and c.merge is None), None)
    if len(lines) != 1 or street is None or street.source not in frame.columns:
        return None
    column = lines[0]
    value = pl.col(column.source).str.strip_chars()
    rows = frame.filter(filled(column.source))
    if rows.height == 0:
        return None
    # "Halle 3", "Haus 4" end with a number too: a building's line, no street; one street (also
    # with words after it: "Lagerstr. 12 - Rampe") or a postcode and town among the values is
    # enough ("Industriestr. 5", "…, 85748 Garching": the re-tests found delivery addresses moved)
    street_like = (
        value.str.contains(ENDS_WITH_HOUSE_NUMBER)
        & ~value.str.contains(ATTENTION_LINE)
        & ~value.str.contains(_NO_STREET_LINE)
    ) | value.str.contains(
        r"\b\d{4,5}\s+\p{L}|(?i)(?:str\.|stra(?:ß|ss)e|weg|gasse|allee|platz|ring|damm)\s*\d"
    )
    streets = rows.select(street_like.fill_null(False).any()).item()
    alone = rows.select((~filled(street.source)).any()).item()
    if streets or alone:
        return None
    return column, street


def give_fuller_address(
    columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str], marked: frozenset[str]
) -> None:
    """Address 1 goes to the columns that lost it by their header but hold it on more rows, never
    the same ones with other values: Kimai's customers have an old free-text "Adresse" (a few
    rows, without postcode and city) beside "address_line1" with "Postleitzahl" and "Stadt" (most
    rows); Dolibarr's contact export repeats "Adresse", "PLZ" and "Stadt", the contact's own
    (mostly empty) before the company's. Found by the tenth real-layout round: the streets of
    most rows went to the unmapped file. The column that gave way fills its field on the rows
    without address 1 (a ``home:`` merge, as a further address does), or, empty in every row, is
    left unmapped.

    All or nothing: an address is one block, never a street of one beside the postcode of
    another; so the rows the old column keeps must have no other field of address 1 (else they
    would lose it: the hostile re-test). The new column's values must look like the field's (no
    e-mail addresses, web addresses, account numbers or bare numbers as streets). Rows with the
    same value in both do not count against it. Not a column mapped or left out by hand, nor
    one whose header names its address's side (``marked``: Outlook's "Other Street" beside an
    empty "Business Street" is no business address), nor in a file whose address 1 has a stand-in
    already (a home address)."""
    if any(
        c.merge is not None and c.merge.startswith(HOME_MERGE) and c.target in _ADDRESS_1_FIELDS
        for c in columns
    ):
        return
    moves: list[tuple[ColumnMapping, ColumnMapping, int, int]] = []
    for target in _ADDRESS_1_FIELDS:
        heir = next(
            (
                c
                for c in columns
                if c.target is None
                and c.suggestion == target
                and (c.suggestion_score or 0) >= FULLER_SCORE
                and not c.kept_out
                and c.method != "manual"
                and c.source not in left
                and c.source not in marked
                and c.source in frame.columns
            ),
            None,
        )
        if heir is None:
            continue
        holder = next((c for c in columns if c.target == target and c.merge is None), None)
        if holder is None or holder.method == "manual" or holder.source not in frame.columns:
            return
        old, new = pl.col(holder.source).str.strip_chars(), pl.col(heir.source).str.strip_chars()
        had, has, both, fits = frame.select(
            filled(holder.source).sum().alias("had"),
            filled(heir.source).sum().alias("has"),
            # the same address in both (a private third party's own, repeated) is no conflict
            (filled(holder.source) & filled(heir.source) & old.ne(new)).sum().alias("both"),
            _FIELD_SHAPES[target](new.filter(filled(heir.source))).mean().alias("fits"),
        ).row(0)
        if has <= had or both or (fits or 0.0) < _FULLER_FIT:
            return
        moves.append((holder, heir, had, has))
    if not moves:
        return
    # the rows the old columns would keep (theirs alone) must hold no other field of address 1
    staying = [
        c.source
        for c in columns
        if c.target in _ADDRESS_1_FIELDS
        and c.merge is None
        and c.source in frame.columns
        and all(c is not holder for holder, _, _, _ in moves)
    ]
    kept = pl.any_horizontal([filled(holder.source) & ~filled(heir.source) for holder, heir, _, _ in moves])
    if staying and frame.select((kept & pl.any_horizontal([filled(s) for s in staying])).any()).item():
        return
    for holder, heir, had, has in moves:
        target = holder.target or ""
        note = msg("mapping-fuller-taken", target=target, other=holder.source, had=had, has=has)
        heir.assign(target, "values", heir.suggestion_score or 1.0, note)
        heir.suggestion = heir.suggestion_score = None
        if not had:
            gave_way = msg("mapping-empty-gave-way", source=holder.source, target=target, other=heir.source)
            holder.unassign(gave_way)
            continue
        make_stand_in(holder, target, msg("mapping-fuller-fallback", target=target, other=heir.source))


def _place_text(values: pl.Expr) -> pl.Expr:
    """A street's, supplement's or city's text: letters, no e-mail or web address, no account
    number (IBAN)."""
    return values.str.contains(r"\p{L}") & ~values.str.contains(
        r"@|://|^www\.|^[A-Za-z]{2}[0-9]{2}\s?[0-9A-Za-z]{4}\s?[0-9]{4}"
    )


#: What the values of a field of address 1 must look like to move (:func:`give_fuller_address`).
_FIELD_SHAPES: Final[Mapping[str, Callable[[pl.Expr], pl.Expr]]] = {
    "Straße 1": _place_text,
    "Adresszusatz 1": _place_text,
    "Ort 1": lambda values: _place_text(values) & ~values.str.contains(r"^[0-9\s]+$"),
    "PLZ 1": lambda values: values.str.contains(r"^(?:[A-Za-z]{1,3}[-\s]?)?[0-9]{4,5}$"),
}
#: The share of a column's values that must look like the field's.
_FULLER_FIT: Final = 0.8


def kinds_of(cells: pl.Series, read: Callable[[str], str | None]) -> pl.Series:
    """Each cell's kind ("company", "person", null), looked up once per distinct value."""
    values = cells.drop_nulls().unique().to_list()
    found = {v: kind for v in values if (kind := read(v)) is not None}
    return cells.replace_strict(found, default=None, return_dtype=pl.String)


#: The subjects a status header may name before its state ("Kunde inaktiv", "Customer Active").
_STATUS_SUBJECT: Final = (
    r"(?:(?:ist|is)\s+)?(?:(?:kunde|kunden|lieferant|lieferanten|kontakt|adresse|partner|customer|supplier|"
    r"vendor|contact|account|client|record)\s+)?"
)
#: How a flag's header may end: "Inaktiv (J/N)", "Aktiv 0/1".
_FLAG_TAIL: Final = r"(?:\s+(?:j\s*n|ja\s*nein|y\s*n|yes\s*no|0\s*1|1\s*0|flag))?"
#: A flag whose set value says the contact is out of use: Faktura's and Collmex's "Inaktiv",
#: ERPNext's "Disabled", kivitendo's "obsolete", "is_deleted", "Archiviert". Not a block
#: ("Gesperrt", "Liefersperre", "Mahnsperre"): a blocked customer is a customer still.
_INACTIVE_FLAG_HEADER: Final = re.compile(
    rf"^{_STATUS_SUBJECT}(?:inaktiv|inactive|archiviert|archived|gelöscht|geloescht|deleted|disabled|"
    rf"deaktiviert|obsolete|ausgeschieden|stillgelegt){_FLAG_TAIL}$"
)
#: A flag whose unset value says so: Odoo's and Shopware's "active", "Aktiv", "is_active", "enabled";
#: SAP Business One's "Valid" ("tNO": the business partner is no longer valid);
#: Kimai's "Sichtbar" ("visible": false hides a customer no longer served; the tenth real-layout
#: round found such customers uploaded without a word), alone: "Adresse sichtbar" is a privacy
#: setting (the hostile re-test).
_ACTIVE_FLAG_HEADER: Final = re.compile(
    rf"^(?:{_STATUS_SUBJECT}(?:aktiv|active|enabled|aktiviert|valid|gültig|gueltig)|sichtbar|visible){_FLAG_TAIL}$"
)
#: A column of state words: "Status", "Kundenstatus", "Contact Status" (not "State": a federal state).
_STATUS_HEADER: Final = re.compile(
    r"^(?:(?:kunden|kontakt|lieferanten|adress|partner|customer|contact|supplier|vendor|client)\s*)?"
    r"status$"
)
#: The words of a status column: True a contact out of use, False one in use, None a state that
#: says neither (a blocked customer, a lead). Every value of the column must be one of them.
STATUS_WORDS: Final[Mapping[str, bool | None]] = {
    **dict.fromkeys(
        (
            "inaktiv",
            "inactive",
            "nicht aktiv",
            "not active",
            "archiviert",
            "archived",
            "gelöscht",
            "deleted",
            "deaktiviert",
            "disabled",
            "obsolete",
            "ehemalig",
            "ehemaliger kunde",
            "ehemaliger lieferant",
            "former",
            "former customer",
            "verstorben",
            "aufgelöst",
            "erloschen",
            "geschlossen",
            "closed",
            "gekündigt",
            "ausgeschieden",
            "nicht mehr aktiv",
        ),
        True,
    ),
    **dict.fromkeys(("aktiv", "active", "aktiviert", "enabled"), False),
    **dict.fromkeys(
        (
            "gesperrt",
            "blocked",
            "lead",
            "interessent",
            "prospect",
            "neu",
            "new",
            "kunde",
            "customer",
            "lieferant",
            "supplier",
            "offen",
            "open",
        ),
        None,
    ),
}
#: How many distinct values a status column may hold.
STATUS_VALUES_MAX: Final = 12


def status_reading(header: str) -> Callable[[str], bool | None] | None:
    """How the cells of a column headed ``header`` say whether a contact is out of use (True:
    inactive, archived, deleted; False: in use; None: the cell says neither, or is no state at
    all); None when the header names no such state."""
    name = _kind_header(header)
    if _INACTIVE_FLAG_HEADER.match(name) or _ACTIVE_FLAG_HEADER.match(name):
        inactive_when_set = _INACTIVE_FLAG_HEADER.match(name) is not None

        def by_flag(cell: str) -> bool | None:
            value = cell.strip().lower()
            if value in FLAG_SET:
                return inactive_when_set
            if value in FLAG_UNSET:
                return not inactive_when_set
            return None

        return by_flag
    if not _status_words_header(name):
        return None

    def by_word(cell: str) -> bool | None:
        return STATUS_WORDS.get(" ".join(cell.strip().lower().split()))

    return by_word


def _status_words_header(name: str) -> bool:
    """True when the header ``name`` (:func:`_kind_header`) heads a column of status words."""
    return _STATUS_HEADER.match(name) is not None or _STATUS_HEADER.match(name.replace(" ", "")) is not None


def _known_state(header: str, value: str) -> bool:
    """True when ``value`` is a state the column headed ``header`` may hold (a flag, a status word)."""
    lowered = " ".join(value.strip().lower().split())
    if _status_words_header(_kind_header(header)):
        return lowered in STATUS_WORDS
    return lowered in FLAG_SET or lowered in FLAG_UNSET


def status_columns(columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]) -> list[int]:
    """The indexes of the unmapped columns that say a contact is out of use in some rows
    ("Inaktiv" 1, "Aktiv" Nein, "active" False, "Status" Archiviert; :func:`status_reading`).

    Only under such a header, only when every distinct value is a flag or a status word (at most
    :data:`STATUS_VALUES_MAX` of them), and only when at least one row is out of use. Found by
    the third real-layout round: Faktura's and Collmex's exports have an "Inaktiv" column, and
    their inactive customers were uploaded as active contacts without a word. ``left``: the
    columns the user chose to leave unmapped.
    """
    found: list[int] = []
    for column, reading, distinct in _read_columns(columns, frame, left, status_reading, STATUS_VALUES_MAX):
        if all(_known_state(column.source, v) for v in distinct) and any(reading(v) for v in distinct):
            found.append(column.index)
    return found


def inactive_of(cells: pl.Series, read: Callable[[str], bool | None]) -> pl.Series:
    """Each cell as True where it says the contact is out of use, else False; looked up once per
    distinct value."""
    values = cells.drop_nulls().unique().to_list()
    out = [v for v in values if read(v)]
    return cells.is_in(out).fill_null(False)


#: Share of an unmapped column's values (of those looked at) that must be of one kind for the
#: values to suggest a column (:func:`suggest_by_values`).
VALUE_SHARE: Final = 0.9
#: A phone number as written in an address list: a leading + or 0, then 5 to 24 digits and separators.
_DIALLED: Final = r"^(?:\+|0)[0-9][0-9 ()/.\-]{4,23}[0-9]$"
_VAT_ID: Final = (
    r"^(?:" + "|".join(sorted(EU_PREFIXES | {"CH", "GB", "NO"})) + r")\s?[0-9A-Z][0-9A-Z .]{7,14}$"
)
#: A postcode, not a year ("1998", "2024": the years of a "Kunde seit" column).
#: Four digits only without a leading zero (Austria, Switzerland: "0123" is an extension).
_POSTCODE_VALUE: Final = r"^(?:[A-Z]{1,2}-)?(?:[0-9]{5}|[1-9][0-9]{3})$"
_YEAR: Final = r"^(?:19|20)[0-9]{2}$"
#: "10435 Berlin": a postcode, then a place's name (letters, spaces, hyphens, dots, brackets; no
#: digits: "8400 Erlöse 19%" is an account, "50000 EUR" an amount).
_POSTCODE_CITY_VALUE: Final = (
    r"^(?:[A-Z]{1,2}-)?[0-9]{4,5}\s+[^\W\d_][^\W\d_\s().'/-]*(?:[\s().'/-]+[^\W\d_]*)*$"
)
#: A header that names a fax number, however composed ("Telefax Zentrale", "Fax-Durchwahl"):
#: a fax number is no phone number (the never-map list's own rule).
_FAX_HEADER: Final = re.compile(r"(?i)fax|faksimile|fernkopie|telex")


@dataclass(frozen=True, slots=True)
class ValueKind:
    """Values that name a lexoffice column outright, whatever the header says."""

    #: Message key naming the kind ("Postleitzahlen" …).
    name: str
    #: The columns it may suggest, the first no other column fills.
    targets: tuple[str, ...]
    #: A first test per value in polars (for a kind with :attr:`confirm`, one its values must pass
    #: to be confirmed: a cheap filter before the Python test).
    test: Callable[[pl.Expr], pl.Expr]
    #: The final test per distinct value in Python (a phone number must be a valid number, a
    #: VAT id have its check digit), or None when the polars test decides.
    confirm: Callable[[str], bool] | None = None
    #: Columns one of which must be filled for the suggestion (a postcode beside its city).
    beside: tuple[str, ...] = ()
    #: Columns that must be empty as well (a "PLZ Ort" value fills both PLZ 1 and Ort 1).
    empty: tuple[str, ...] = ()


def _valid_phone(value: str) -> bool:
    return classify(value) == "valid"


def _valid_vat_id(value: str) -> bool:
    return is_valid(compact(value))


def _country_name(value: str) -> bool:
    """A country by its name or three-letter code ("Deutschland", "Germany", "DEU"; see
    :func:`importer.countries.named_country`)."""
    return named_country(value) is not None


#: In order: a column's values are of the first kind whose polars test they pass. A postcode
#: before a phone number (both are digits); "PLZ Ort" values suggest PLZ 1, whose cleaning splits
#: them (``postcode-city-split``).
#: An e-mail address of any top-level domain (":func:`importer.emails.plain` knows the common
#: ones only): a column of "….io", "….fr" addresses was suggested nothing (the 36th session).
_EMAIL_SHAPED: Final = r"^[^\s@,;<>()]+@[^\s@,;<>()]+\.[A-Za-z]{2,}$"
#: A street with its house number, after or before the street's name ("Musterweg 1", "1 Main St").
_STREET_VALUE: Final = f"(?:{ENDS_WITH_HOUSE_NUMBER})|(?:{STARTS_WITH_HOUSE_NUMBER})"


VALUE_KINDS: Final = (
    ValueKind("evidence-email", ("E-Mail 1", "E-Mail 2"), lambda v: plain(v) | v.str.contains(_EMAIL_SHAPED)),
    ValueKind(
        "evidence-postcode",
        ("PLZ 1",),
        lambda v: v.str.contains(_POSTCODE_VALUE) & ~v.str.contains(_YEAR),
        # beside a city or a street (Sage 50's "Address Line 5": no column of the address was
        # named for its postcode or city; the fourth real-layout round)
        beside=("Ort 1", "Straße 1"),
    ),
    ValueKind(
        "evidence-postcode-city",
        ("PLZ 1",),
        lambda v: v.str.contains(_POSTCODE_CITY_VALUE) & ~v.str.contains(r"^(?:19|20)[0-9]{2}\s"),
        beside=("Straße 1",),
        empty=("Ort 1",),
    ),
    ValueKind("evidence-vat-id", ("Umsatzsteuer ID",), lambda v: v.str.contains(_VAT_ID), _valid_vat_id),
    ValueKind(
        "evidence-dialled",
        ("Telefon 1", "Telefon 2"),
        lambda v: v.str.contains(_DIALLED) & (v.str.count_matches(r"[0-9]") >= 6),
        _valid_phone,
    ),
    # before the countries: a street is letters too. Only where nothing fills Straße 1: a file
    # without a header row ("Spalte 6"; Fakturia's documented import layout, the 36th session)
    ValueKind(
        "evidence-street", ("Straße 1",), lambda v: v.str.contains(_STREET_VALUE) & ~v.str.contains("@")
    ),
    ValueKind(
        "evidence-country", ("Land 1",), lambda v: v.str.count_matches(r"[^\W\d_]") >= 3, _country_name
    ),
)


#: A contact's header: "Kontakt" (Business Central, Kimai), "Primärer Kontakt" (Dynamics); nothing
#: but such words (HubSpot's "Contact owner" is the sales rep: found by the corpus check).
_CONTACT_HEADER: Final = re.compile(
    r"(?i)^\s*(?:(?:prim(?:ä|ae)re?r?|primary|main|haupt)[\s_-]*)?"
    r"(?:kontakt|contact|ansprechpartner(?:in)?|kontaktperson|ansprechperson)(?:[\s_-]*1)?\s*$"
)
#: A person's whole name: optionally salutations and titles, then two to four capitalised words.
_PERSON_NAME: Final = (
    r"^(?:(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.)\s+)*"
    r"[A-ZÄÖÜ][^\s\d@,;/]+(?:\s+(?:von|van|de|zu|[A-ZÄÖÜ])[^\s\d@,;/]*){1,3}$"
)
_PERSON_RE: Final = re.compile(_PERSON_NAME)
#: Words of a department, a channel or a place in a contact cell ("Vertrieb Nord", "Per E-Mail",
#: "Zentrale Einkauf"): no person's name (found by the second re-test).
_NO_PERSON_WORDS: Final = frozenset(
    [
        "vertrieb",
        "verkauf",
        "einkauf",
        "buchhaltung",
        "sekretariat",
        "zentrale",
        "büro",
        "buero",
        "abteilung",
        "team",
        "service",
        "support",
        "info",
        "kundenservice",
        "geschäftsführung",
        "geschaeftsfuehrung",
        "empfang",
        "lager",
        "versand",
        "marketing",
        "per",
        "via",
        "e-mail",
        "email",
        "mail",
        "telefon",
        "post",
        "fax",
        "sales",
        "purchasing",
        "accounting",
        "office",
        "reception",
        "nord",
        "süd",
        "sued",
        "ost",
        "west",
        "intern",
        "extern",
        "allgemein",
        "keine",
        "kein",
    ]
)


def person_whole_name(value: str) -> bool:
    """A person's whole name (:data:`_PERSON_NAME`), no business's and no department's."""
    words = {w.casefold().strip(".,") for w in value.split()}
    return bool(_PERSON_RE.match(value)) and company_evidence(value) is None and not words & _NO_PERSON_WORDS


def suggest_contact_person(
    columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]
) -> None:
    """Suggest ``--map "Kontakt=Ansprechpartner"`` for an unmapped column headed as a contact whose
    values are persons' whole names ("Frau Claudia Schröder"), beside a Firmenname (or a name
    column decided row by row) and no contact person's name columns: Business Central's and
    Kimai's "Kontakt" stayed unmapped without a word of what would take it (the real-layout
    sessions)."""
    targets = {c.target for c in columns if c.target is not None and c.merge is None}
    companies = "Firmenname" in targets or any(c.merge == "person-name" for c in columns)  # by row
    if not companies or targets & {
        "Ansprechpartner 1 Vorname",
        "Ansprechpartner 1 Nachname",
        "Vorname",
        "Nachname",
    }:
        return  # a person's names of its own beside it: the contact column may be anybody's
    for column in columns:
        if (
            column.target is not None
            or column.kept_out
            or column.suggestion is not None
            or column.source in left
            or column.source not in frame.columns
            or not _CONTACT_HEADER.search(column.source)
        ):
            continue
        values = frame.select(_sample(column.source)).to_series().to_list()
        # a company's name has capitalised words too ("Möbelhaus Schröder GmbH")
        persons = sum(1 for v in values if person_whole_name(v))
        share = persons / len(values) if values else 0.0
        if share >= VALUE_SHARE:
            column.suggestion, column.suggestion_score = CONTACT_PERSON_MERGE, float(share)
            column.extra[SUGGESTED_BY] = "values"
            column.note = msg(
                "mapping-values-suggestion",
                share=round(100 * share),
                shape=msg("evidence-person-whole-name"),
                suggestion=CONTACT_PERSON_MERGE,
                source=column.source,
            )
            return


#: A contact's header that says it is the one person to talk to ("Primärer Kontakt", "Primary
#: Contact", "Hauptansprechpartner"), not just a contact ("Kontakt": Business Central's may be
#: anybody's).
_RANKED_CONTACT: Final = re.compile(r"(?i)^\s*(?:prim(?:ä|ae)re?r?|primary|main|haupt)")
#: Columns that hold the contact person's own details.
_CONTACT_DETAILS: Final = frozenset({"Ansprechpartner 1 E-Mail", "Ansprechpartner 1 Telefon"})


#: The share of a contact column's rows whose name must read as a company's
#: (:func:`_contacts_only_at_companies`).
_COMPANY_CONTACTS_SHARE: Final = 0.5


def _contacts_only_at_companies(frame: pl.DataFrame | None, contact: str, names: Sequence[str]) -> bool:
    """True when every row with a value in ``contact`` names a company in one of ``names`` (a
    whole-name column decided row by row) and a row without one names a person: Webship's
    "contact" "Frau Dr. Ute Kessler" beside "name" "Weinhandel Kessler GmbH", empty beside the
    private customer "Tobias Franke" (the 36th session's real-export round: suggested only, the
    contact person was lost)."""
    if frame is None or contact not in frame.columns or not names:
        return False
    rows = frame.select(pl.col(contact).str.strip_chars(), *(pl.col(n) for n in names if n in frame.columns))
    given = pl.col(contact).is_not_null() & (pl.col(contact) != "")

    def company(row: tuple[object, ...]) -> bool:
        return any(isinstance(v, str) and company_evidence(v) is not None for v in row[1:])

    with_contact = list(rows.filter(given).head(SAMPLE).iter_rows())
    without = rows.filter(~given).head(SAMPLE).iter_rows()
    # and a person's row beside them without one: where every row is a company, "Kontakt" may be
    # anybody's (Business Central's; the real-layout sessions), it stays a suggestion
    # most of them: a company without a legal form beside its contact ("Kaya Import-Export" with
    # "Mehmet Kaya", Business Central's debtors; the 39th session's real-export round) reads as no
    # company by its name alone
    companies = sum(1 for r in with_contact if company(r))
    return (
        bool(with_contact)
        and companies >= _COMPANY_CONTACTS_SHARE * len(with_contact)
        and any(not company(r) for r in without)
    )


def contact_person_to_take(
    columns: Sequence[ColumnMapping], frame: pl.DataFrame | None = None
) -> ColumnMapping | None:
    """The column :func:`suggest_contact_person` suggested, when it is surely the contact person:
    its header ranks it ("Primärer Kontakt") or the file has columns of that contact's own details
    ("E-Mail (Primärer Kontakt)"). Dynamics 365's accounts view left the name unmapped, and the
    contact's e-mail, without a name, became the company's (the fifth real-layout round). Only
    beside a Firmenname column: a list of persons' whole names has its "Kontakt" (a pupil's
    parent, the hostile re-test) as somebody's, not as a company's contact person; or beside a
    whole name decided row by row, when each of its rows names a company and a private person's
    row has none (:func:`_contacts_only_at_companies`)."""
    whole = [c.source for c in columns if c.merge == "person-name"]
    if not any(c.target == "Firmenname" and c.merge is None for c in columns) and not whole:
        return None
    details = any(c.target in _CONTACT_DETAILS for c in columns)
    for column in columns:
        suggested = column.suggestion == CONTACT_PERSON_MERGE and column.extra.get(SUGGESTED_BY) == "values"
        if not suggested:
            continue
        if whole and not any(c.target == "Firmenname" and c.merge is None for c in columns):
            if _contacts_only_at_companies(frame, column.source, whole):
                return column
            continue
        if details or _RANKED_CONTACT.match(column.source):
            return column
    return None


#: A record's name as a list shows it: letters, and neither an address nor a bare number.
_RECORD_NAME: Final = r"\p{L}.*\p{L}"
#: Header keys of a column that lists the record by its name (Xero's "*ContactName" is mapped by
#: its header, :data:`importer.mapping._DISPLAY_NAMES`); beside them a bare role word.
_RECORD_NAME_HEADERS: Final = frozenset({"contactname", "kontaktname", "displayname", "anzeigename"})
#: A plain "Name" is one too where a column states each row's kind (company or person): the kind
#: decides a row whose name is only its person's (Papierkram's "Name" and "Typ" beside Vorname
#: and Nachname: the 26th hostile round found the companies' names in the unmapped file). Without
#: it, "Anna Schmidt" alone in such a column would be made a company (the hostile re-test).
_KIND_RECORD_NAME_HEADERS: Final = frozenset({"name"})


def record_name_column(
    columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str], *, kinds: bool = False
) -> tuple[ColumnMapping, str] | None:
    """An unmapped column headed by a role word alone ("Customer", "Kunde", "Lieferant", "Vendor")
    or as a display name, whose values are names that differ from row to row, and what it is.

    Beside the rows' own person's name (Vorname and Nachname, or a whole name split row by row)
    or a contact person's, and no Firmenname: the name the system lists the contact by, a
    company's or the person's own ("Firmenname"; the cleaning makes a row whose name is only the
    person's a private person). QuickBooks Online's contact list ("Customer" beside "Full Name")
    uploaded its companies as their contact persons and sent the companies' names to the
    unmapped file (the seventh real-layout round). Beside no name column at all: a whole name,
    split row by row (:data:`WHOLE_NAME_MERGE`); every row was rejected for want of a name.
    ``kinds``: a column states each row's kind; a plain "Name" is such a column too then.
    """
    targets = {c.target for c in columns if c.target is not None and c.merge is None}
    merges = {re.sub(r"-\d+$", "", c.merge) for c in columns if c.target is not None and c.merge}
    if "Firmenname" in targets:
        return None
    person = {"Vorname", "Nachname"} <= targets or "person-name" in merges
    contact = "contact-person" in merges or "Ansprechpartner 1 Nachname" in targets
    if person or contact:
        target = "Firmenname"
    elif not targets & {"Vorname", "Nachname", "Ansprechpartner 1 Vorname"}:
        target = WHOLE_NAME_MERGE
    else:
        return None  # a first or last name alone: the column may be anybody's
    own = _own_names(columns, frame)
    headers = _RECORD_NAME_HEADERS | _KIND_RECORD_NAME_HEADERS if kinds else _RECORD_NAME_HEADERS
    for column in columns:
        role = flag_role(column.source)
        if (
            column.target is not None
            or column.kept_out
            or column.method == "manual"
            or column.source in left
            or column.source not in frame.columns
            or not (role is not None or normalize(column.source).key in headers)
            # "Lieferant" in a list of customer numbers names each customer's supplier (the
            # hostile re-test), "Kunde" in a list of supplier numbers each supplier's customer
            or (role == "suppliers" and "Kundennummer" in targets)
            or (role == "customers" and "Lieferantennummer" in targets)
        ):
            continue
        if _names_the_record(frame, column.source, own, whole=target == WHOLE_NAME_MERGE):
            return column, target
    return None


def _own_names(columns: Sequence[ColumnMapping], frame: pl.DataFrame) -> pl.Expr | None:
    """Each row's own person's (or its contact person's) whole name, as its columns give it."""

    def direct(target: str) -> str | None:
        found = next((c.source for c in columns if c.target == target and c.merge is None), None)
        return found if found in frame.columns else None

    def merged(kind: str) -> str | None:
        found = next((c.source for c in columns if (c.merge or "").startswith(kind)), None)
        return found if found in frame.columns else None

    pairs = [
        (direct("Vorname"), direct("Nachname")),
        (direct("Ansprechpartner 1 Vorname"), direct("Ansprechpartner 1 Nachname")),
    ]
    first, last = pairs[0]
    if first and last:
        return pl.concat_str([pl.col(first), pl.col(last)], separator=" ", ignore_nulls=True)
    whole = merged("person-name") or merged("contact-person")
    if whole:
        return pl.col(whole)
    first, last = pairs[1]
    if last:
        return pl.concat_str([pl.col(c) for c in (first, last) if c], separator=" ", ignore_nulls=True)
    return None


#: From this share of distinct values among a column's filled ones (of three or more), its values
#: name each row: a category, a sales representative, a sales channel repeats ("Stammkunde",
#: "Thomas Weber", "Amazon"; the hostile re-test of the role word's column).
_NAMES_DISTINCT: Final = 0.8


def _names_the_record(frame: pl.DataFrame, source: str, own: pl.Expr | None, *, whole: bool) -> bool:
    """True when the values of ``source`` are the rows' own names: words (no flags, role or kind
    words, numbers, codes), different from row to row, and in some row the row's own person's
    name, or in at least half of them a company's name (a legal form, a business's word), or,
    without a name column beside it (``whole``), a company's or a person's whole name."""
    value = pl.col(source).str.strip_chars()
    picked = frame.filter(filled(source)).head(SAMPLE)
    rows = picked.select(value.alias("v"), (own if own is not None else pl.lit(None)).alias("own")).rows()
    values = [v for v, _ in rows if v]
    if not values:
        return False
    if len(values) >= 3 and len(set(values)) < _NAMES_DISTINCT * len(values):
        return False
    plain = 0
    fits = 0
    repeats = 0
    for text, name in rows:
        if not text:
            continue
        lowered = text.lower()
        if (
            "@" in text
            or re.fullmatch(r"[\d\s.,/+\-]*|[A-Z0-9]+(?:[-_/.][A-Z0-9]+)+", text)
            or sum(c.isalpha() for c in text) < 2
            or lowered in FLAG_SET
            or lowered in FLAG_UNSET
            or lowered in KIND_WORDS
            or role_of(text) is not None
        ):
            continue
        plain += 1
        same = name is not None and " ".join(lowered.split()) == " ".join(str(name).lower().split())
        repeats += same
        if company_evidence(text) is not None or same or (whole and person_whole_name(text)):
            fits += 1
    # a person's row repeating its own name says "display name" as much as a legal form does:
    # QuickBooks' companies have none ("Amy's Bird Sanctuary"), its persons their own names
    return plain >= VALUE_SHARE * len(values) and (repeats > 0 or fits >= 0.5 * len(values))


def house_number_in_supplement(
    columns: Sequence[ColumnMapping], frame: pl.DataFrame, left: frozenset[str]
) -> ColumnMapping | None:
    """A column read as Adresszusatz 1 by its header whose values are house numbers, beside a
    Straße 1 whose streets have none: the house number, to merge into the street. plentymarkets'
    address fields ("address2", by default the house number; the eighth real-layout round:
    "Rosenweg" was uploaded with Adresszusatz "12a", and the real supplement went unmapped)."""
    street = next((c for c in columns if c.target == "Straße 1" and c.merge is None), None)
    if street is None or street.source not in frame.columns:
        return None
    streets = _sample(street.source)
    count, numbered = frame.select(
        streets.len().alias("n"), streets.str.contains(r"\d").mean().alias("s")
    ).row(0)
    if not count or (numbered or 0.0) > 0.2:
        return None  # the streets have their numbers
    for column in columns:
        if (
            column.target != "Adresszusatz 1"
            or column.merge is not None
            or column.method not in CHECKED_METHODS
            or column.source in left
            or column.source not in frame.columns
        ):
            continue
        values = _sample(column.source)
        count, houses = frame.select(values.len().alias("n"), is_house_number(values).mean().alias("s")).row(
            0
        )
        if count and (houses or 0.0) >= VALUE_SHARE:
            return column
    return None


#: A header of nothing but a contact's number words: "Kunde", "Nummer", "Kd.-Nr.", "Lieferant Nr."
#: ("Nr."/"Nummer"/"No" are "nr" after :func:`normalize`); the supplier's words pick that number.
_CUSTOMER_WORDS: Final = frozenset({"kunde", "kunden", "kd", "kdn", "nr", "customer", "client", "debitor"})
_SUPPLIER_WORDS: Final = frozenset({"lieferant", "lieferanten", "lief", "supplier", "vendor", "kreditor"})
#: Whole numbers as a contact's own number: one to eight digits.
_OWN_NUMBER: Final = r"^[0-9]{1,8}$"
#: The kinds a number header's values suggest, by the header's words.
_OWN_NUMBER_KINDS: Final = {
    "customer": ValueKind("evidence-number", ("Kundennummer",), lambda v: v.str.contains(_OWN_NUMBER)),
    "supplier": ValueKind("evidence-number", ("Lieferantennummer",), lambda v: v.str.contains(_OWN_NUMBER)),
}


def _number_header(source: str) -> str:
    """``customer`` or ``supplier`` for a header of only a contact's number words, ``number`` for
    one of number words alone ("Nummer", "Nr."), else ``""``."""
    tokens = set(normalize(source).tokens)
    if not tokens or not tokens <= _CUSTOMER_WORDS | _SUPPLIER_WORDS:
        return ""
    if tokens & _SUPPLIER_WORDS:
        return "supplier"
    return "number" if tokens == {"nr"} else "customer"


def _own_number(
    frame: pl.DataFrame, source: str, looked_at: int, supplier_range: tuple[int, int]
) -> tuple[float, str] | None:
    """The share of whole numbers among ``source``'s values looked at and whose numbers they are
    (:func:`_number_header`'s words), when the share is at least :data:`VALUE_SHARE`, the numbers
    are distinct (one per contact) and do not merely count the rows (:func:`running_number`); else
    None. Under a header of number words alone, numbers all in ``supplier_range`` are suppliers',
    some in it and some not are both (no suggestion: no one column takes them)."""
    values = frame.select(_sample(source)).to_series()
    numbers = values.filter(values.str.contains(_OWN_NUMBER))
    share = numbers.len() / looked_at
    if share < VALUE_SHARE or numbers.n_unique() < numbers.len() or running_number(frame, source):
        return None
    whose = _number_header(source)
    if whose == "number":
        low, high = supplier_range
        suppliers = numbers.cast(pl.Int64).is_between(low, high)
        if suppliers.any() and not suppliers.all():
            return None
        whose = "supplier" if suppliers.all() else "customer"
    return share, whose


def suggest_by_values(
    columns: Sequence[ColumnMapping],
    frame: pl.DataFrame,
    left: frozenset[str],
    vetoed: frozenset[str],
    supplier_range: tuple[int, int],
) -> None:
    """Give an unmapped column whose header said nothing a suggestion by its values, where at least
    :data:`VALUE_SHARE` of them are of one :data:`VALUE_KINDS` kind and no column fills the target.

    Business Central's "PLZ-Code", Pipedrive's "… ZIP/Postal code of Address", GnuCash's "addr3"
    ("10435 Berlin"), ERPNext's "Tax ID": the column stays unmapped, and the suggestion makes it a
    warning (``column-suggestion``) with the ``--map`` that takes it, instead of a silent loss.
    Where two columns fit one target, the one whose values fit best gets it, the other the next
    free target of its kind. Not for the columns in ``left`` (the user's left unmapped, the one
    stating the rows' roles), one whose header names what lexoffice has no column for
    (:attr:`ColumnMapping.kept_out`) or a fax number. A header of a contact's number words
    ("Kunde", "Nummer", "Lief.-Nr.") with distinct whole numbers suggests Kundennummer or
    Lieferantennummer and nothing else, also where its values vetoed the header's column
    (``vetoed``: "Nummer" read as a house number); other columns in ``vetoed`` get no suggestion.
    ``supplier_range`` (the catalog's) tells a plain "Nummer" column's supplier numbers.
    """
    filled_targets = {c.target for c in columns if c.target is not None}
    candidates = [
        c
        for c in columns
        if c.target is None
        and not c.kept_out
        and not _FAX_HEADER.search(c.source)
        and c.source not in left
        and (c.source not in vetoed or _number_header(c.source))
        and c.source in frame.columns
        and (c.suggestion is None or c.suggestion in filled_targets)
    ]
    if not candidates:
        return
    shares_of = kind_shares(frame, [c.source for c in candidates])
    # a column of streets counts as the street a postcode stands beside (a file without a header
    # row fills no column by its headers: its postcodes were suggested nothing)
    street = next(i for i, kind in enumerate(VALUE_KINDS) if kind.name == "evidence-street")
    streets = any(
        kinds[street] >= VALUE_SHARE for c in candidates if (kinds := shares_of.get(c.source, (0, ()))[1])
    )
    beside_targets = filled_targets | ({"Straße 1"} if streets else set())
    found: list[tuple[float, int, ValueKind, ColumnMapping]] = []
    for n, column in enumerate(candidates):
        looked_at, kind_share = shares_of.get(column.source, (0, ()))
        if not looked_at:
            continue
        if _number_header(column.source):
            # "Kunde", "Nummer", "Lief.-Nr.": whole numbers under such a header are the contacts'
            # own numbers, never postcodes or phones (a list's "Kunde" 4711 was told "=PLZ 1")
            number = _own_number(frame, column.source, looked_at, supplier_range)
            if number is not None:
                found.append((number[0], n, _OWN_NUMBER_KINDS[number[1]], column))
            continue
        shares = zip(VALUE_KINDS, kind_share, strict=True)
        first = next(((kind, share) for kind, share in shares if share >= VALUE_SHARE), None)
        if first is None:
            continue
        kind, share = first
        if kind.name == "evidence-postcode" and "nr" in normalize(column.source).tokens:
            # "Kd./Lief.-Nr.", "Nummer": five-digit numbers beside a city are the contacts' own
            # numbers (the hostile session on hand-made sheets: the tip said "=PLZ 1")
            continue
        if kind.confirm is not None:
            share = _confirmed(frame, column.source, kind.confirm)
        if (
            share >= VALUE_SHARE
            and not any(t in filled_targets for t in kind.empty)
            and (not kind.beside or any(t in beside_targets for t in kind.beside))
        ):
            found.append((share, n, kind, column))
    # the same share: the column with more values wins (a headerless file's postcodes over its
    # customer numbers, half of which are empty)
    seen = {c.source: shares_of.get(c.source, (0, ()))[0] for c in candidates}
    for share, _, kind, column in sorted(found, key=lambda f: (-f[0], -seen[f[3].source], f[1])):
        free = [t for t in _on_its_side(kind.targets, column.source) if t not in filled_targets]
        if not free:
            continue
        column.suggestion, column.suggestion_score = free[0], share
        column.extra[SUGGESTED_BY] = "values"
        column.note = msg(
            "mapping-values-suggestion",
            share=round(100 * share),
            shape=msg(kind.name),
            suggestion=free[0],
            source=column.source,
        )
        filled_targets.add(free[0])  # one column suggested per target


def kind_shares(frame: pl.DataFrame, sources: Sequence[str]) -> dict[str, tuple[int, tuple[float, ...]]]:
    """Source column → (values :func:`_sample` looks at, the share of them each of
    :data:`VALUE_KINDS`' polars tests passes), for the ``sources`` with values looked at."""
    values = pl.col(STACKED_VALUE)
    return per_column(
        frame,
        sources,
        keep=_looked_at,
        prepare=_as_looked_at,
        measures=[kind.test(values).mean() for kind in VALUE_KINDS],
    )


#: The fields of an address, which lexoffice has twice: 1 billing, 2 delivery.
_ADDRESS_FIELDS: Final = ("Straße", "PLZ", "Ort", "Land", "Adresszusatz")


def _on_its_side(targets: Sequence[str], header: str) -> list[str]:
    """``targets`` of a suggestion for the column ``header``: a header naming the delivery side
    ("shipaddr3", "Lieferzeile") gets the delivery address's fields only (the tenth real-layout
    round: GnuCash's Packstation postcode was suggested for PLZ 1, and the tip made it the
    billing address's), no other column (a delivery phone is no Telefon 1)."""
    if "shipping" not in sides_named(header):
        return list(targets)
    return list(
        dict.fromkeys(f"{t.rsplit(' ', 1)[0]} 2" for t in targets if t.rsplit(" ", 1)[0] in _ADDRESS_FIELDS)
    )


#: The key of a column's JSON entry that says its suggestion comes from its values.
SUGGESTED_BY: Final = "suggested_by"


def _confirmed(frame: pl.DataFrame, source: str, confirm: Callable[[str], bool]) -> float:
    """The share of the values looked at that ``confirm`` accepts, each distinct value asked once."""
    counts = frame.select(_sample(source)).to_series().value_counts()
    values: list[str] = counts.get_column(source).to_list()
    numbers: list[int] = counts.get_column("count").to_list()
    total = sum(numbers)
    return (
        sum(n for value, n in zip(values, numbers, strict=True) if confirm(value)) / total if total else 0.0
    )
