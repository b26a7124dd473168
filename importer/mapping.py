"""Map the headers of a contact export to lexoffice import columns.

Each header goes through these steps; the step that decides is recorded as
:attr:`ColumnMapping.method <importer.model.ColumnMapping>`:

1. ``manual``: ``--map "SOURCE=TARGET"`` / ``--mapping FILE`` (target ``None``: keep it unmapped);
2. the never-map list of ``reference/synonyms.toml`` (Telefax, Konto, E-Mail-Typ ...): these
   headers stay ``unmapped`` with a note, because a careless matcher would map them wrongly;
3. ``exact``: the header is a catalog name;
4. ``normalized``: equal to a catalog name after :func:`normalize`;
5. ``synonym``: a header name from ``reference/synonyms.toml``, or an address field plus a side
   word (``Lieferadresse PLZ`` → ``PLZ 2``, ``Straße geschäftlich`` → ``Straße 1``);
6. ``merge``: a house-number, "PLZ Ort", whole-name or one-cell contact-person column, or DATEV's
   VAT id country (``EU-Land``), whose values go into another column (:attr:`ColumnMapping.merge`);
7. ``grammar``: a header whose every word is known is read as field + address side + rank by
   :mod:`importer.grammar` (``billing_email``, ``Default Address Zip``, ``companyStreet``,
   ``cp_givenname``); a header whose words are all known but name no lexoffice column, or
   contradict each other (``AnredeNr``), is left unmapped, never guessed by fuzzy matching;
8. ``fuzzy``: a typo of a catalog name or synonym (rapidfuzz ratio on normalised forms) from
   :data:`FUZZY_THRESHOLD`; below it the best candidate is only reported as ``suggestion``;
9. ``unmapped``.

DATEV's Stammdaten layout (headers ``Konto`` and ``Adressatentyp``): ``Konto`` is merged as
``account-number`` — its debtor accounts become Kundennummern, its creditor accounts
Lieferantennummern — and a number column beside it (DATEV's ``Kundennummer`` is the number the
partner gave us) is left unmapped. DATEV keeps the VAT id in two fields, the country
(``EU-Land``, ``EU-Mitgliedstaat``) and the number without it (``EU-UStID``, ``EU-USt-IdNr.``):
the country is merged as ``vat-country`` into the column mapped to Umsatzsteuer ID, never taken
as the address's Land.

File-wide rules, after every header was read: a plain ``Name`` followed, past the record's own
fields, by first and last name columns is an organisation with its contact person
(:mod:`importer.records`); else a plain ``Name`` is the surname only when the file has a
first-name column, the company's name in a file of organisations (``Industry``,
``NumberOfEmployees`` …), and otherwise a whole name or a company's, merged as ``person-name``
and decided per row by the cleaning (like ``Buyer Name``, ``Vollständiger Name``); a contact person's
``Name`` beside its first name is its surname, alone its whole name (merged); a CRM account number
is a supplier number in a file whose headers speak of suppliers; a second column for E-Mail 1 or
Telefon 1 takes E-Mail 2 or Telefon 2 when that is free; an address is one block: unmarked street
lines in a file whose postcode, city and country all name the delivery address go to address 2,
and a lone shipping "address" column with no other delivery column is left unmapped (it may hold
the whole address in one cell).

Address 1 (billing) or 2 (shipping) is decided by words in the header (``[address_side]`` in
``synonyms.toml``): shipping words (Liefer…, Versand…, shipping, delivery) give 2, every other
side word gives 1. When several columns claim one address field, the scores decide: a business
word ("geschäftlich") scores 1.0 and wins a tie against an unmarked column, a billing word
("Rechnungsadresse") 0.95, a private word ("privat", "home") 0.9. So Outlook's ``Straße privat``
becomes ``Straße 1`` only when there is no ``Straße geschäftlich`` and no plain ``Straße``.

Two columns never map to one target: the better one wins (method manual > exact > normalized >
synonym > fuzzy, then score, then the business word, then first in the file); the other one is
left unmapped with a note naming the winner and the target as its suggestion. Merged columns do
not count as a second mapping to their target.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from importer.catalog import Catalog
from importer.errors import ConfigurationError
from importer.frame import ADDRESS_LINE_MERGE, CONTACT_SLOTS
from importer.grammar import (
    GENERIC_PENALTY,
    SIDE_SCORES,
    WEAK_SCORE,
    Reading,
    load_words,
    read_header,
    understood,
)
from importer.grammar import target as grammar_target
from importer.messages import msg
from importer.model import MANUAL_TARGET, PREFIX_READ, ColumnMapping
from importer.records import apply_record, find_record
from importer.vocabulary import (
    Choice,
    Normalized,
    Synonyms,
    Tables,
    catalog_shape,
    load_synonyms,
    lookup_tables,
    normalize,
)

#: Lowest fuzzy score (rapidfuzz ratio, 0–1) that is applied. Tuned on ``tests/data/headers``:
#: within FUZZY_MAX_EDITS the best wrong candidates score 0.75 (``Nickname`` → Nachname,
#: ``Telefax 2`` → Telefon 2), the lowest real typos 0.80 (``E-Mial``, ``Emial``).
FUZZY_THRESHOLD: Final = 0.78
#: Below this a fuzzy candidate is not even worth a suggestion.
SUGGESTION_FLOOR: Final = 0.6
#: A typo is a few edits, whatever the length: "Ansprechpartner Mobil" is 3 edits from
#: "Ansprechpartner E-Mail" although their ratio is 0.90, so it is no typo.
FUZZY_MAX_EDITS: Final = 2
#: A suggestion further away than this is noise ("Region geschäftlich" is no "Telefon geschäftlich"),
#: and so is one that changes more than a third of a short header: "Status" is three edits from
#: "Stadt" (Ort 1), "Zollnr" from "Telnr" (Telefon).
SUGGESTION_MAX_EDITS: Final = 3
SUGGESTION_EDITS_PER_CHARACTER: Final = 1 / 3
#: Headers shorter than this (normalised) are never mapped by fuzzy matching ("Ort" vs "Wort").
FUZZY_MIN_LENGTH: Final = 4
#: Headers shorter than this allow one typing error only: "Ortt" is "Ort", but "EUID" is no "UStID".
FUZZY_SHORT_LENGTH: Final = 6
#: A candidate that contains the header (or is contained in it) with this many extra characters
#: is another field, not a typo: "Mobiltelefon 2" is no "Telefon 2", "Region geschäftlich" no
#: "Land/Region geschäftlich", "countryID" no "Country".
CONTAINMENT_MIN_EXTRA: Final = 2
#: Method ranks for resolving two columns that claim one target (lower wins).
METHOD_RANK: Final[Mapping[str, int]] = {
    "manual": 0,
    "exact": 1,
    "normalized": 2,
    "synonym": 3,
    "grammar": 4,
    "fuzzy": 5,
}
#: A first slot and the second slot a second column for it moves to when that is free.
_OVERFLOW: Final[Mapping[str, str]] = {"E-Mail 1": "E-Mail 2", "Telefon 1": "Telefon 2"}

_SIDE_NUMBER: Final[Mapping[str, int]] = {"business": 1, "billing": 1, "shipping": 2, "private": 1}
_STREET: Final = "Straße {n}"
_POSTCODE: Final = "PLZ {n}"
_CITY: Final = "Ort {n}"
#: The postcode, city and country of address 1 and 2: the fields that say which address a block is.
_PLACE_FIELDS: Final[Mapping[int, frozenset[str]]] = {
    1: frozenset({"PLZ 1", "Ort 1", "Land 1"}),
    2: frozenset({"PLZ 2", "Ort 2", "Land 2"}),
}
#: Unmarked street lines and where they go when the file's only address block is the delivery address.
_LINES_TO_SHIPPING: Final[Mapping[str, str]] = {"Straße 1": "Straße 2", "Adresszusatz 1": "Adresszusatz 2"}
_PERSON_FIRST: Final = "Ansprechpartner 1 Vorname"
_PERSON_LAST: Final = "Ansprechpartner 1 Nachname"
#: Merges that concern a name: a side word before them does not number them.
_NO_SIDE_MERGES: Final = frozenset({"contact_person", "person_name", "person_name_fallback"})
_PERSON_FIRST_OWN: Final = "Vorname"
_PERSON_LAST_OWN: Final = "Nachname"
_COMPANY: Final = "Firmenname"
_VAT_ID: Final = "Umsatzsteuer ID"
#: The fields of address 1 (billing, or the business address).
_ADDRESS_1: Final = frozenset({"Straße 1", "Adresszusatz 1", "PLZ 1", "Ort 1", "Land 1"})

#: Merge kind prefix of a private address field used where address 1 is empty ("home:PLZ 1").
HOME_MERGE: Final = "home:"
#: A header of the contact's own home address ("Straße privat", "Home Street", "HomeCity"), not
#: of "other" or a later address block, which also lose to the business address.
_HOME_WORD: Final = re.compile(
    r"(?i)(?:^|[^a-z])(?:home|privat|private|personal|wohn)|(?<=[a-z])(?:Home|Private)"
    # co*pilot's "personStreet" beside "companyStreet" (the sixth real-layout round: a private
    # customer uploaded without her address, exit 0)
    r"|^person"
)
#: Headers (normalised keys) that only a list of organisations has (CRM account exports:
#: Salesforce's INDUSTRY, NUMBEROFEMPLOYEES): there a plain ``Name`` is the company's.
#: Whole-name headers that name a contact (:meth:`_merges`), as :func:`normalize` keys them.
_CONTACT_NAMES: Final = frozenset({"contactname", "kontaktname", "maincontactname", "primarycontactname"})
#: Surname headers that hold a company's name on a company's row (MYOB's "Co./Last Name"; the
#: synonyms map them to Nachname, and the cleaning moves a company's name to Firmenname).
#: A side's word alone as a header (normalised keys): beside phone columns, that side's phone.
_SIDE_WORDS: Final = frozenset(
    {
        "home",
        "privat",
        "private",
        "work",
        "business",
        "office",
        "geschaftlich",
        "geschaeftlich",
        "buro",
        "buero",
    }
)
_COMPANY_OR_LAST_NAMES: Final = frozenset(
    {
        "colastname",
        "companylastname",
        "companyorlastname",
        "firmanachname",
        "nachnamefirma",
        "firmaodernachname",
    }
)
#: Whole-name headers that name the record, a company or a person, as the system shows it:
#: beside the record's own first- and last-name columns they hold the company's name (Xero's
#: "*ContactName" beside "FirstName"/"LastName"), or the person's name where it is one.
_DISPLAY_NAMES: Final = frozenset(
    {
        "contactname",
        "kontaktname",
        "customername",
        "clientname",
        "kundenname",
        "namedeskunden",
        "displayname",
        "anzeigename",
    }
)
#: Display-name headers read as the row's whole name where no name column stands beside them.
_DISPLAY_NAMES_ALONE: Final = frozenset({"displayname", "anzeigename"})
_ORGANISATION_MARKERS: Final = frozenset(
    {
        "industry",
        "branche",
        "numberofemployees",
        "employees",
        "mitarbeiter",
        "mitarbeiterzahl",
        "anzahlmitarbeiter",
        "annualrevenue",
        "jahresumsatz",
        "ownership",
        "rechtsform",
        "handelsregister",
        "handelsregisternummer",
        "registergericht",
        "tickersymbol",
        # Atomic CRM's companies ("name" beside "sector", "size", "nb_sites", "revenue"; the 36th
        # session's real-export round: "Acme" was uploaded as a private person's Nachname)
        "sector",
        "sektor",
        "revenue",
        "companysize",
        "nbsites",
        "numberofsites",
        "legalform",
        "employeecount",
        "headcount",
        "wirtschaftszweig",
    }
)
_MISSING: Final = object()
#: Headers that only DATEV's Stammdaten layout has (both spellings of DATEV's versions).
_DATEV_MARKERS: Final = frozenset({"adressatentyp", "adressattyp"})
#: Headers read so only beside a header of the same system: a marker header's key → {header key:
#: the merge header it is read as}. SAP Business One's one name of a business partner
#: ("CardName" beside "CardCode"; Stripe's "Card Name" is the card holder's).
_SYSTEM_MERGES: Final[Mapping[str, Mapping[str, str]]] = {"cardcode": {"cardname": "Vollständiger Name"}}
#: Headers read as a column only beside a header of the same system: a marker header's key →
#: {header key: the column}. Yahoo's address book names its columns "First", "Last" and "Work"
#: (the business phone; the sixth real-layout round found them unmapped and rows rejected
#: without a name); alone, such a word says nothing. Its "Home" is the home phone (a private
#: customer's only number, the thirty-fourth session found it unmapped: it fills Telefon 1 where
#: "Work" leaves it empty), "Alternate Email 1" the second address.
_YAHOO: Final = {
    "first": "Vorname",
    "last": "Nachname",
    "work": "Telefon 1",
    "home": "Telefon 1",
    "alternateemail1": "E-Mail 2",
}
_SYSTEM_SYNONYMS: Final[Mapping[str, Mapping[str, str]]] = {"yahoophone": _YAHOO, "yahooid": _YAHOO}
#: plentymarkets' (PlentyONE) address fields, as its FormatDesigner and REST API export contacts:
#: "name1" the company, "name2" the first name, "name3" the last name, "address1" the street,
#: "address2" the house number, "address3" an addition, "number" the contact's number
#: (knowledge.plentyone.com, FormatDesigner
#: "Contacts", BillingAddress). Read so only where all of :data:`_PLENTY_MARKERS` are headers:
#: elsewhere "Address 2" is an address's second line and "Name 2" an addition. The 36th
#: session's real-export round found the house number unmapped (every street without it), the
#: first name in Adresszusatz 1 and the last name unmapped: 2 of 3 persons rejected.
_PLENTY: Final = {"number": "Kundennummer", "name1": "Firmenname", "name2": "Vorname", "name3": "Nachname"}
_PLENTY_MERGES: Final = {"address2": "Hausnummer"}
_PLENTY_MARKERS: Final = frozenset({"name2", "name3", "address1", "address2"})
#: Systems known by several headers together: the headers that must all be there → (header key →
#: the column it is read as, header key → the merge header it is read as).
_SYSTEM_LAYOUTS: Final[tuple[tuple[frozenset[str], Mapping[str, str], Mapping[str, str]], ...]] = (
    (_PLENTY_MARKERS, _PLENTY, _PLENTY_MERGES),
)
#: DATEV's account column: the debtor (10000–69999) or creditor (70000–99999) account.
_DATEV_ACCOUNT: Final = frozenset({"konto"})
#: A column of customer and supplier numbers both ("Kd./Lief.-Nr.", a hand-made list's one number
#: column; found by the hostile session on hand-made sheets): read like DATEV's account, each
#: number by its range.
_BOTH_NUMBERS: Final = frozenset(
    {
        "kdliefnr",
        "kundenlieferantennr",
        "kundenundlieferantennr",
        "debitorkreditor",
        "debitorenkreditorennr",
        "debitorkreditornr",
        "debkrednr",
        # PlusFakt Enterprise's "dtKundenNr": the number of customers and suppliers both (its
        # "dtKundenTyp" tells which; the eleventh real-layout round)
        "dtkundennr",
    }
)

#: Columns whose values are words (names, streets, places), never a number or key: a header that
#: names an identifier is no typo of theirs (:func:`names_identifier`).
_WORD_TARGETS: Final = frozenset(
    {
        "Firmenname",
        "Anrede",
        "Vorname",
        "Nachname",
        *(f"{field} {n}" for field in ("Adresszusatz", "Straße", "Ort", "Land") for n in (1, 2)),
        *(f"Ansprechpartner {n} {field}" for n in (1, 2) for field in ("Anrede", "Vorname", "Nachname")),
    }
)
#: The end of a header that names a number or key: "Adressnr.", "Kundennummer", "Kunden-Nr",
#: "Lief. No.", "Customer Number", "KundenID", "Adress-ID", "Key", "Code", "Schlüssel".
_IDENTIFIER_END: Final = re.compile(
    r"(?i:nr|nummer|number|schl(?:ü|ue)ssel|code)\W*$"
    r"|(?:^|[^A-Za-zÄÖÜäöüß])(?i:no|num|id|key|kennung)\W*$"
    r"|(?<=[a-zäöüß])(?:Id|ID|No|Num|Key)\W*$"
)


def names_identifier(header: str) -> bool:
    """True when ``header`` names a number or key of the record ("Adressnr.", "Kunden-ID",
    "CustomerNo", "Code"), not the words of a name or an address."""
    return _IDENTIFIER_END.search(header.strip()) is not None


# --- the mapper --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidates:
    """What fuzzy matching found for one header (scores 0–1)."""

    #: The best candidate that may be applied: above the threshold, few edits, no containment.
    typo: Choice | None = None
    typo_score: float = 0.0
    #: The best candidate worth a suggestion (few edits, no containment).
    best: Choice | None = None
    best_score: float = 0.0
    #: The most similar never-map header.
    never: Choice | None = None
    never_score: float = 0.0


@dataclass(slots=True)
class _Pending:
    """A column waiting for the merge decision."""

    index: int
    kind: str
    number: int


def _contained(a: str, b: str) -> bool:
    return (a in b or b in a) and abs(len(a) - len(b)) >= CONTAINMENT_MIN_EXTRA


def _edits(norm: Normalized, choice: Choice) -> int:
    """Typing errors between header and candidate (an adjacent swap counts as one)."""
    return min(OSA.distance(norm.key, choice.key), OSA.distance(norm.plain, choice.plain))


#: The ``--map`` target that splits a contact's whole name into Ansprechpartner 1.
CONTACT_PERSON_MERGE: Final = "Ansprechpartner"
#: The ``--map`` target that fills a row's own name from a whole name, decided row by row.
WHOLE_NAME_MERGE: Final = "Vollständiger Name"
#: The merges the web page offers beside the catalog's columns: the header ``--map`` takes for each
#: (a header of the merge list in reference/synonyms.toml) → the message naming it on the page.
MERGE_CHOICES: Final[Mapping[str, str]] = {
    CONTACT_PERSON_MERGE: "web-merge-contact-person",
    WHOLE_NAME_MERGE: "web-merge-person-name",
    "PLZ Ort": "web-merge-postcode-city",
    "Hausnummer": "web-merge-house-number",
    "Hausnummerzusatz": "web-merge-house-number-suffix",
    "Vorwahl": "web-merge-phone-area",
    "Ländervorwahl": "web-merge-phone-country",
}


def _merge_kind(tables: Tables, norm: Normalized) -> tuple[str, int] | None:
    """The merge a header names ("Hausnummer", "PLZ Ort", "Ansprechpartner", "Vollständiger Name"),
    with the address it goes to (2 for a shipping side: "Liefer-PLZ/Ort"); None for any other."""
    kind = tables.merge_keys.get(norm.key)
    if kind is not None:
        return kind, 1
    for reading in tables.side_readings(norm):
        kind = tables.merge_keys.get(reading.core)
        if kind is not None and kind not in _NO_SIDE_MERGES:
            return kind, _SIDE_NUMBER[reading.side]
    kind = _phone_part_kind(tables, norm)
    return None if kind is None else (kind, 1)


#: Words of a phone column's header ("Country Code" beside one is a calling code, not a country).
_PHONE_WORDS: Final = frozenset(
    {"phone", "phones", "telefon", "tel", "telephone", "telefonnummer", "rufnummer", "festnetz"}
)
#: Words of a code column's header that say nothing about which phone it belongs to.
_CODE_WORDS: Final = _PHONE_WORDS | {
    "vorwahl", "ortsvorwahl", "telefonvorwahl", "laendervorwahl", "landesvorwahl", "laenderkennzahl",
    "ortskennzahl", "internationale", "int", "code", "calling", "dial", "dialing", "dialling", "area",
    "country", "number", "nummer", "nr", "no",
}  # fmt: skip
#: The words of a code column's header: the code's own and those that say whose number it is
#: ("Vorwahl Telefon geschäftlich", "Primary Phone Calling Code", "Ansprechpartner Vorwahl").
#: Any other makes the header no code's: "Telefon (mit Vorwahl)" (a whole number), "Sales Area
#: Code", "Fax Vorwahl", "Whatsapp / Primary Phone Calling Code" (the hostile re-test).
_CODE_HEADER_WORDS: Final = _CODE_WORDS | {
    "geschaeftlich", "geschaeftl", "dienstlich", "privat", "private", "business", "work", "office",
    "home", "haupt", "zentrale", "main", "primary", "secondary", "other", "weitere", "zweite", "erste",
    "alternative", "alternate", "ansprechpartner", "kontakt", "kontaktperson", "contact", "person",
}  # fmt: skip
#: How a mobile number's header starts ("Mobil", "Mobiltelefon", "Handynummer", "Cell Phone").
_MOBILE: Final = ("mobil", "handy", "cell")
_PHONE_PART_KINDS: Final = ("phone_country", "phone_area")


def _phone_part_kind(tables: Tables, norm: Normalized) -> str | None:
    """``phone_country`` or ``phone_area`` for a header that has a calling or area code header of
    the merge list as a word or two ("Tel.-Vorwahl", "Vorwahl Mobil", "Primary Phone Calling
    Code", "Telefon Ländervorwahl"), or "Country Code" beside a phone word ("Phone Country
    Code"), and no word but those that say whose number it is (:data:`_CODE_HEADER_WORDS`)."""
    tokens = norm.tokens
    if not all(t in _CODE_HEADER_WORDS or t.isdigit() or t.startswith(_MOBILE) for t in tokens):
        return None
    keys = {*tokens, *(a + b for a, b in itertools.pairwise(tokens))}
    kinds = {tables.merge_keys.get(key) for key in keys}
    if "phone_country" in kinds or ("countrycode" in keys and _PHONE_WORDS & set(tokens)):
        return "phone_country"
    return "phone_area" if "phone_area" in kinds else None


def _canonical_target(target: str, catalog: Catalog, tables: Tables, source: str) -> str:
    """The catalog column ``target`` names, or ``target`` itself when it names a merge (``--map
    "Kontakt=Ansprechpartner"``: the column is merged as a column of that header would be)."""
    if target in tables.names:
        return target
    norm = normalize(target)
    found = tables.catalog_keys.get(norm.key)
    if found is None and _merge_kind(tables, norm) is not None:
        return target
    if found is None:
        closest = _closest_targets(target, catalog, tables)
        if closest:
            names = msg("mapping-target-or").join(f"„{name}“" for name in closest)
            raise ConfigurationError(
                msg(
                    "mapping-unknown-target-closest",
                    source=source,
                    target=target,
                    names=names,
                    first=closest[0],
                )
            )
        raise ConfigurationError(
            msg("mapping-unknown-target", source=source, target=target, names=", ".join(catalog.names()))
        )
    return found


def _closest_targets(target: str, catalog: Catalog, tables: Tables, limit: int = 3) -> list[str]:
    """The catalog columns an unknown ``--map`` target most likely means: a synonym's column first
    (``Firma`` → Firmenname), then the most similar names (rapidfuzz ratio of the normalised forms)."""
    norm = normalize(target)
    found: list[str] = []
    synonym = tables.synonym_keys.get(norm.key)
    if synonym is not None:
        found.append(synonym[0])
    keys = {name: normalize(name).key for name in catalog.names()}
    for _key, _score, name in process.extract(
        norm.key, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=100 * SUGGESTION_FLOOR
    ):
        if name not in found:
            found.append(name)
    return found[:limit]


def _manual_targets(
    manual: Mapping[str, str | None], catalog: Catalog, tables: Tables
) -> dict[str, str | None]:
    result: dict[str, str | None] = {}
    for source, target in manual.items():
        result[source] = _canonical_target(target, catalog, tables, source) if target else None
    sources: dict[str, str] = {}
    for source, target in result.items():
        if target is None:
            continue
        if target in sources:
            raise ConfigurationError(
                msg("mapping-target-twice", target=target, first=sources[target], second=source)
            )
        sources[target] = source
    return result


def _manual_lookup(forced: Mapping[str, str | None], header: str) -> object:
    if header in forced:
        return forced[header]
    stripped = header.strip()
    for source, target in forced.items():
        if source.strip() == stripped:
            return target
    return _MISSING


class _Mapper:
    """Maps the headers of one file; see the module docstring for the steps."""

    def __init__(
        self,
        tables: Tables,
        forced: Mapping[str, str | None],
        *,
        supplier_file: bool,
        datev: bool,
        records: bool,
        system_merges: Mapping[str, str] | None = None,
        system_synonyms: Mapping[str, str] | None = None,
        prefix: str | None = None,
        blocks: Mapping[str, tuple[str, str]] | None = None,
        numbers_apart: bool = True,
        renewed: frozenset[str] = frozenset(),
        fresh: frozenset[str] = frozenset(),
    ) -> None:
        self.tables = tables
        #: The fields only a header naming a new value names ("Tel. neu" beside "Tel. alt."): that
        #: header is the field's column (the fifth hostile re-test: neither was uploaded).
        self.fresh = fresh
        #: The fields a header names a new value of ("Tel. neu"): "alt." after them is old
        #: (:func:`read_header`).
        self.renewed = renewed
        #: A bare "Nr" apart from the street is no house number; off where the values decide.
        self.numbers_apart = numbers_apart
        #: The technical prefix most of the file's headers share (:func:`_common_prefix`), or None.
        self.prefix = prefix
        #: Column index → the header it was read as (a block's field: "p_strasse" as "strasse privat").
        self.read_as: dict[int, str] = {}
        #: Header key → the column it is read as in this file (:data:`_SYSTEM_SYNONYMS`).
        self.system_synonyms = system_synonyms or {}
        self.forced = forced
        self.supplier_file = supplier_file
        self.datev = datev
        #: Header key → the merge header it is read as in this file (:data:`_SYSTEM_MERGES`).
        self.system_merges = system_merges or {}
        self.records = records
        self.priority: dict[int, int] = {}
        self.private: set[int] = set()
        self.pending: list[_Pending] = []
        #: Columns whose header reads as a name ("Name", "cp_name"): decided file-wide in resolve().
        self.names: dict[int, Reading] = {}
        #: Column index → the method it was mapped by before it lost its target to another column.
        self.demoted: dict[int, str] = {}
        #: Column index → what the header grammar read in it (every header it understood).
        self.readings: dict[int, Reading] = {}
        #: Column index → the address (1, 2) an attention line's column ("z. Hd.") belongs to.
        self.attention: dict[int, int] = {}
        #: Column index → the merge's header ``--map`` gave it ("Kontakt=Ansprechpartner").
        self.merged_by_hand: dict[int, str] = {}
        #: Header → the header it is read as in its address block (:func:`_header_blocks`).
        known = Counter(block for block, read in (blocks or {}).values() if self._names_a_column(read))
        self.blocks = {
            h: read for h, (block, read) in (blocks or {}).items() if known[block] >= _BLOCK_KNOWN_MIN
        }

    def column(self, index: int, source: str, header: str | None = None) -> ColumnMapping:
        """The mapping of one column, before duplicates and merges are resolved.

        ``header``: the text to map it by when the column's name ``source`` was made up by the
        tool (``Name (2)`` for a second ``Name``, ``Spalte 5`` for a blank header): the user's own
        header, never the made-up name, which may look like another column (``Name 2``).
        """
        column = ColumnMapping(index=index, source=source, target=None, method="unmapped", score=0.0)
        manual = _manual_lookup(self.forced, source)
        if manual is not _MISSING:
            column.method = "manual"
            if isinstance(manual, str) and manual not in self.tables.names:
                self._merge(column, normalize(manual))  # a merge's header (see _canonical_target)
                self.merged_by_hand[index] = manual
            elif isinstance(manual, str):
                column.assign(manual, "manual", 1.0)
            else:
                column.note = msg("mapping-manual-unmapped")
            return column
        header = source if header is None else header
        if not header.strip():
            return column
        # "Firma (falls Geschäftskunde)", "Telefon (optional)": a form's hint to whoever filled it
        # in; "Name / First Name", "Emails / Primary Email": a CRM's field of a group (Twenty)
        for reading, key in (
            (self._without_hint, "mapping-header-hint"),
            (self._without_code, "mapping-header-code"),
            (self._without_format, "mapping-header-format"),
            (self._without_form, "mapping-header-form"),
            (self._numbered_person, "mapping-header-person"),
            (self._without_group, "mapping-header-group"),
            (self._in_block, "mapping-header-block"),
            (self._without_prefix, "mapping-header-prefix"),
        ):
            read = reading(header)
            if read is not None:
                self.read_as[index] = read
                self._map(column, read)
                mapped = column.target is not None or self._pending(index)
                if column.note is None and mapped:
                    column.note = msg(key, header=" ".join(header.split()), read=read)
                prefixed = key == "mapping-header-prefix" or header.startswith(self.prefix or "\0")
                if prefixed and self.prefix and mapped:
                    column.extra[PREFIX_READ] = self.prefix  # named by a warning (header-prefix-read)
                return column
        restored = self._restored(header)
        if restored is not None:
            # "Stra?e", "Stra\ufffde": a program could not store a letter; read as "Straße".
            self._map(column, restored)
            if column.note is None and (column.target is not None or self._pending(index)):
                column.note = msg("mapping-header-restored", header=header, restored=restored)
            return column
        self._map(column, header)
        return column

    def _pending(self, index: int) -> bool:
        return any(p.index == index for p in self.pending)

    def _without_hint(self, header: str) -> str | None:
        """``header`` without the hint in brackets at its end ("(falls Geschäftskunde)", "(nur
        Firmen)", "(optional)"; :data:`_FORM_HINT`), when that makes it a header the mapper knows
        and the whole header is none (found by the real-layout session: a Google Forms order
        form's "Firma (falls Geschäftskunde)" and "USt-IdNr. (nur Geschäftskunden)" were not read)."""
        return self._known_without(header, _FORM_HINT, required_mark=False)

    def _known_without(self, header: str, tail: re.Pattern[str], *, required_mark: bool) -> str | None:
        """``header`` without the ``tail`` it ends with (and, ``required_mark``, a "*" before it
        that marks it required), when that is a header the mapper knows and the whole is none."""
        match = tail.search(header)
        if match is None or self._known(header):
            return None
        bare = header[: match.start()].strip()
        if required_mark:
            bare = bare.rstrip("*").strip()
        return bare if bare and self._known(bare) else None

    def _without_code(self, header: str) -> str | None:
        """``header`` without the program's own field name in brackets at its end and a "*" that
        marks it required ("Name* (s.nom)", "Town (s.town)", "Kundennr. [customer_no]";
        :data:`_FIELD_CODE`), when that makes it a header the mapper knows and the whole header
        is none (found by the real-layout session: Dolibarr's import template, filled in by hand,
        mapped no column)."""
        return self._known_without(header, _FIELD_CODE, required_mark=True)

    def _without_format(self, header: str) -> str | None:
        """``header`` without the format or standard its values follow, in brackets at its end
        ("Land (ISO-3366-1)", "Land (Alpha-2)", "Telefon (E.164)", "PLZ (5-stellig)";
        :data:`_FORMAT_HINT`), when that makes it a header the mapper knows and the whole header
        is none (found by the 40th real-layout round: swoppen's address import names its country
        column "Land (ISO-3366-1)", and its foreign addresses were uploaded without their country,
        that is as German ones)."""
        return self._known_without(header, _FORMAT_HINT, required_mark=True)

    def _without_form(self, header: str) -> str | None:
        """``header`` without the word after it that names the long or short form of its value
        ("Name-Lang", "Adresse-lang", "Ort_kurz", "Name (long)"; :data:`_VALUE_FORM`), when that
        makes it a header the mapper knows and the whole header is none (found by the 40th
        session's real-export round: NEVARIS's "Name-Lang" and "Adresse-lang" were unmapped, 24
        of 30 rows rejected without a name). A name's short form is a matchcode, no name."""
        match = _VALUE_FORM.search(header)
        if match is None or self._known(header):
            return None
        bare = header[: match.start()].strip()
        if not bare or not self._known(bare):
            return None
        if normalize(bare).key in _NAME_KEYS:
            # the long form of a name is the whole name of a company or a person, decided row by
            # row ("Anna Weber" beside "Vorname" and "Name"); the short one a matchcode
            short = match.group(1).casefold() in ("kurz", "short")
            return _SHORT_NAME if short else _LONG_NAME
        return bare

    def _numbered_person(self, header: str) -> str | None:
        """The contact person's column a field of a record's numbered further person names
        ("Person1FirstName" → "Ansprechpartner 1 Vorname", "Person2Email" → "Ansprechpartner 2
        E-Mail"): Xero's contacts export lists up to five people of a contact beside its own
        "FirstName" and "EmailAddress". The 40th session's real-export round found them unmapped,
        read as a second "Vorname" or a third e-mail address. lexoffice has two contact persons:
        a third person's fields stay unmapped."""
        match = _NUMBERED_PERSON.match(header)
        if match is None:
            return None
        number, field = int(match.group(1)), match.group(2)
        reading = read_header(field)
        if number > _CONTACT_PERSONS or reading is None or reading.rank is not None:
            return None
        choice = grammar_target(Reading(reading.field, entity="contact"), supplier_file=self.supplier_file)
        if choice is None or choice.merge is not None:
            return None
        column = choice.target.replace("Ansprechpartner 1 ", f"Ansprechpartner {number} ", 1)
        return column if column in self.tables.names else None

    def _without_group(self, header: str) -> str | None:
        """The field of ``header`` without its group ("Name / First Name" → "First Name"), when the
        group is one of a contact's groups of fields (:data:`_FIELD_GROUPS`: names, e-mails,
        phones, addresses) and the field one of its kind, the field alone is a header the mapper
        knows, and the whole header is no catalog name, synonym or merge (found by the
        real-layout session: Twenty CRM's people export lost every name, and its e-mail was only
        suggested). A field of any other group ("Created by / Name") stays unmapped."""
        match = _GROUPED.match(header)
        # the grammar knows each word of "Name / First Name", but reads a contradiction in them
        if match is None or self._known(header, grammar=False):
            return None
        group, field = match.group(1), match.group(2).strip()
        family = _FIELD_GROUPS.get(normalize(group).key)
        # the field must be one of its group's kind: "Phone / Name" (a number's label) or
        # "Address / Name" (a site's) is no contact's name (the hostile re-test)
        if family is None or not family.search(field):
            return None
        return field if self._known(field) else None

    def _names_a_column(self, header: str) -> bool:
        """True when ``header`` names a catalog column or a merge by its synonyms or its words
        ("strasse privat"; not "price privat" nor "name privat")."""
        norm = normalize(header)
        tables = self.tables
        if norm.key in tables.synonym_keys or norm.key in tables.catalog_keys or _merge_kind(tables, norm):
            return True
        if any(tables.neutral.get(r.core) is not None for r in tables.side_readings(norm)):
            return True
        reading = read_header(header)
        return reading is not None and grammar_target(reading, supplier_file=self.supplier_file) is not None

    def _in_block(self, header: str) -> str | None:
        """``header`` read in its address block (:func:`_header_blocks`), when the whole header is
        none the mapper knows."""
        read = self.blocks.get(header)
        if read is None or self._known(header):
            return None
        return read

    def _without_prefix(self, header: str) -> str | None:
        """``header`` without the technical prefix most of the file's headers share ("OXFNAME" →
        "FNAME", :func:`_common_prefix`), when the rest is a header the mapper knows and the
        whole header is none (found by the real-layout session: an OXID shop's user table mapped
        no column, and every row was rejected)."""
        prefix = self.prefix
        if not prefix or not header.startswith(prefix) or self._known(header):
            return None
        rest = header[len(prefix) :].strip()
        # "KUNR", "cust_no", "MGNR": the record's number, never a house number (the hostile re-test)
        if not rest or normalize(rest).key in _BARE_NUMBER_WORDS:
            return None
        return rest if self._known(rest) else None

    def _restored(self, header: str) -> str | None:
        """``header`` with each letter a program replaced by "?" or U+FFFD restored, when exactly
        that makes it a header the mapper knows (an umlaut, ß or é; at most three of them)."""
        spots = [m.start() for m in _REPLACED.finditer(header)]
        if not spots or len(spots) > _RESTORE_MAX or self._known(header):
            return None
        for letters in itertools.product(_RESTORE_LETTERS, repeat=len(spots)):
            chars = list(header)
            for spot, letter in zip(spots, letters, strict=True):
                chars[spot] = letter
            candidate = "".join(chars)
            if self._known(candidate):
                return candidate
        return None

    def _known(self, header: str, *, grammar: bool = True) -> bool:
        """True when ``header`` is a name the mapper knows: the catalog's, a synonym, a merge or
        never-map header, or (``grammar``) one whose words the header grammar all knows."""
        key = normalize(header).key
        tables = self.tables
        return (
            header in tables.names
            or key in tables.catalog_keys
            or key in tables.synonym_keys
            or key in tables.merge_keys
            or key in tables.never_keys
            or key in _BOTH_NUMBERS
            or (grammar and understood(header))
        )

    def _map(self, column: ColumnMapping, header: str) -> None:
        """Map ``column`` by the text ``header`` (see :meth:`column`)."""
        index = column.index
        if header in self.tables.names:  # the catalog's own name wins, even over the never-map list
            column.assign(header, "exact", 1.0)
            return
        norm = normalize(header)
        if (self.datev and norm.key in _DATEV_ACCOUNT) or norm.key in _BOTH_NUMBERS:
            self.pending.append(_Pending(index, "account", 1))
            return
        if norm.key in self.system_merges and self._merge(column, normalize(self.system_merges[norm.key])):
            return
        system_target = self.system_synonyms.get(norm.key)
        if system_target is not None and system_target in self.tables.names:
            column.assign(system_target, "synonym", 1.0)
            return
        reason = self._never(norm)
        if reason is not None:
            column.note = msg("mapping-never", reason=_reason(reason))
            column.kept_out = True
            return
        attention = _attention_address(norm)
        if attention is not None:
            # "z. Hd.", Xero's "POAttentionTo": a further line of that address (see resolve())
            self.attention[index] = attention
            column.note = msg("mapping-unmapped")
            return
        target = self.tables.catalog_keys.get(norm.key)
        if target is not None:
            column.assign(target, "normalized", 1.0)
            return
        reading = read_header(header, renewed=self.renewed)
        if reading is None and (new := renewed_reading(header)) is not None and new.field in self.fresh:
            reading = new
        if reading is not None:
            self.readings[index] = reading
            if reading.field == "name":
                self.names[index] = reading
        if self._synonym(column, norm) or self._merge(column, norm) or self._grammar(column, reading):
            return
        if reading is not None and reading.former:
            # "Straße alt", "Former Email": an old value, never uploaded nor suggested by its values
            column.note = msg("mapping-former", source=column.source)
            column.kept_out = True
            return
        if reading is not None and reading.field == "region":
            # "County" is no typo of "Country": not even suggested (the hostile re-test); a column
            # of countries under such a header is still suggested by its values
            column.note = msg("mapping-region", source=column.source)
            return
        tail = _entity_tail(header)
        if tail is not None:
            # Pipedrive's "Organization - Label", "Organization - Owner": the entity word matched
            # "Organization Name" (a Firmenname suggestion) or "Organisationsnr." (the 39th
            # session's hostile round); only the field after it may resemble a column, and only
            # as a suggestion (the entity is lost: "Organization - Nmae" is no Nachname)
            self._fuzzy(column, normalize(tail), apply=not understood(header), typos=False)
            return
        # A header whose words are all known is no typo: fuzzy matching may only suggest.
        self._fuzzy(column, norm, apply=not understood(header))

    def _grammar(self, column: ColumnMapping, reading: Reading | None) -> bool:
        if reading is None:
            return False
        choice = grammar_target(reading, supplier_file=self.supplier_file)
        if choice is None or choice.target not in self.tables.names:
            return False
        if choice.merge is not None:  # "contact-person-1", "house_number-1": the merge, its address
            kind, number = choice.merge.rsplit("-", 1)
            self.pending.append(_Pending(column.index, kind.replace("-", "_"), int(number)))
            return True
        column.assign(choice.target, "grammar", choice.score)
        if choice.side == "business":
            self.priority[column.index] = 1
        if choice.side == "private" and choice.target in self.tables.address.values():
            self.private.add(column.index)
        return True

    def _never(self, norm: Normalized) -> str | None:
        return _never_reason(self.tables, norm)

    def _synonym(self, column: ColumnMapping, norm: Normalized) -> bool:
        found = self.tables.synonym_keys.get(norm.key)
        if found is not None:
            target, weight = found
            side = self.tables.header_side(norm)
            self._claim(column, target, min(weight, SIDE_SCORES[side]), side)
            return True
        for reading in self.tables.side_readings(norm):
            field = self.tables.neutral.get(reading.core)
            if field is None:
                continue
            base, weight = field
            derived = self.tables.address.get((base, _SIDE_NUMBER[reading.side]))
            if derived is None:
                continue
            self._claim(column, derived, min(weight, SIDE_SCORES[reading.side]), reading.side)
            return True
        return False

    def _claim(self, column: ColumnMapping, target: str, score: float, side: str | None) -> None:
        column.assign(target, "synonym", score)
        if side == "business":
            self.priority[column.index] = 1
        if side == "private" and target in self.tables.address.values():
            self.private.add(column.index)

    def _merge(self, column: ColumnMapping, norm: Normalized) -> bool:
        found = _merge_kind(self.tables, norm)
        if found is None:
            return False
        self.pending.append(_Pending(column.index, *found))
        return True

    def _fuzzy(
        self, column: ColumnMapping, norm: Normalized, *, apply: bool = True, typos: bool = True
    ) -> None:
        found = self._candidates(norm, column.source)
        typo = found.typo
        # A short all-capitals header is an abbreviation someone chose, not a typo ("EUID" is no "UID").
        acronym = column.source.strip().isupper() and len(norm.key) < FUZZY_SHORT_LENGTH
        if (
            typo is not None
            and typo.target is not None
            and found.typo_score > found.never_score
            and len(norm.key) >= FUZZY_MIN_LENGTH
            and not acronym
            and apply
            and typos
        ):
            note = msg("mapping-fuzzy", score=_percent(found.typo_score), similar=typo.text)
            column.assign(typo.target, "fuzzy", found.typo_score, note)
            return
        never, best = found.never, found.best
        # Nor is it one of a never-map header: "Lieferant" (a role) is no "Lieferart".
        if apply and never is not None and found.never_score >= max(found.best_score, FUZZY_THRESHOLD):
            reason = _reason(never.reason or "other")
            column.note = msg("mapping-never-similar", similar=never.text, reason=reason)
            column.kept_out = True
            return
        if (
            best is not None
            and best.target is not None
            and found.best_score > found.never_score
            and found.best_score >= SUGGESTION_FLOOR
        ):
            column.suggestion = best.target
            column.suggestion_score = found.best_score
            column.note = msg(
                "mapping-suggestion",
                suggestion=best.target,
                score=_percent(found.best_score),
                source=column.source,
            )
            return
        column.note = msg("mapping-unmapped" if apply else "mapping-grammar-no-column")

    def _candidates(self, norm: Normalized, original: str) -> _Candidates:
        """The fuzzy candidates of a header (``original``, as written); see :class:`_Candidates`."""
        found = _Candidates()
        if not norm.key:
            return found
        choices, keys, plains = self.tables.subset(norm.digits)
        short = max(1, int(len(norm.key) * SUGGESTION_EDITS_PER_CHARACTER))
        suggestion_edits = min(SUGGESTION_MAX_EDITS, short)
        scores: dict[int, float] = {}
        identifier = names_identifier(original)
        for query, options in ((norm.key, keys), (norm.plain, plains)):
            for _, score, i in process.extract(query, options, scorer=fuzz.ratio, limit=12):
                scores[i] = max(scores.get(i, 0.0), score / 100)
        for i, score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
            choice = choices[i]
            if choice.target is None:
                if found.never is None:
                    found.never, found.never_score = choice, score
                continue
            if _contained(norm.key, choice.key) or _contained(norm.plain, choice.plain):
                continue
            # "Adressnr." is no typo of "Adresse": a header naming a number or key ("…nr",
            # "Kunden-ID", "Code") never becomes a column of words by its likeness to one's name
            # (the 40th session's real-export round: NEVARIS's address number K00100 was
            # uploaded as the street)
            if identifier and choice.target in _WORD_TARGETS and not names_identifier(choice.text):
                continue
            edits = _edits(norm, choice)
            allowed = 1 if len(norm.key) < FUZZY_SHORT_LENGTH else FUZZY_MAX_EDITS
            # Typing errors spare the first letter: "Umsatz" (turnover) is no typo of "Zusatz".
            same_start = norm.key[:1] == choice.key[:1]
            if found.typo is None and score >= FUZZY_THRESHOLD and edits <= allowed and same_start:
                found.typo, found.typo_score = choice, score
            # So do suggestions: "Umsatz" (turnover) was offered as "--map Umsatz=Adresszusatz 1".
            if found.best is None and edits <= suggestion_edits and same_start:
                found.best, found.best_score = choice, score
        return found

    def resolve(self, columns: list[ColumnMapping]) -> None:
        """Apply the file-wide name rules, leave one column per target, fill second slots; then merge."""
        if self.records and (record := find_record(columns, self.tables.names)) is not None:
            apply_record(columns, record)
        self._bank_accounts(columns)
        self._side_words_among_phones(columns)
        self._display_names_alone(columns)
        self._person_beside_company(columns)
        self._names(columns)
        self._address_blocks(columns)
        claims: dict[str, list[int]] = {}
        for column in columns:
            if column.target is not None:
                claims.setdefault(column.target, []).append(column.index)
        for indexes in claims.values():
            if len(indexes) < 2:
                continue
            # A private column yields to any other, whatever matched it: "Telefon (Büro)", read by
            # its words, lost Telefon 1 to the synonym "Telefon (Privat)" (the 26th hostile round).
            winner = min(
                indexes,
                key=lambda i: (
                    columns[i].method != "manual" and self._side(columns[i]) == "private",
                    METHOD_RANK[columns[i].method],
                    -round(columns[i].score, 6),
                    -self.priority.get(i, 0),
                    i,
                ),
            )
            for i in indexes:
                if i != winner:
                    self._demote(columns[i], columns[winner])
        self._overflow(columns, claims)
        self._further_address_lines(columns)
        self._attention_lines(columns)
        for index in self.private:
            column = columns[index]
            if column.target is not None:
                column.note = msg("mapping-private-address", target=column.target)
        self._one_address_block(columns)
        self._home_fallbacks(columns)
        self._whole_name_fallback(columns)
        self._merges(columns)

    def _further_address_lines(self, columns: list[ColumnMapping]) -> None:
        """A second column for Adresszusatz n beside the street of address n is a further line of
        that address, placed row by row (``address-line-placed``: an empty Adresszusatz, else after
        a comma), not unmapped: Business Central's "Adresse 2" beside "Name 2" lost its "3. Etage"
        on every row whose "Name 2" was empty (the thirty-fifth session's real-export round). Not
        where the user mapped either by hand."""
        for n in (1, 2):
            addition = f"Adresszusatz {n}"
            owner = next((c for c in columns if c.target == addition and c.merge is None), None)
            street = any(c.target == _STREET.format(n=n) and c.merge is None for c in columns)
            if (
                owner is None
                or not street
                or owner.method == "manual"
                or self._side(owner) is not None
                or addition not in self.tables.names
            ):
                continue
            used = {
                int(p.kind.rsplit("_", 1)[1])
                for p in self.pending
                if p.kind.startswith("address_line_") and p.number == n
            }
            for column in columns:
                if (
                    column.target is None
                    and column.suggestion == addition
                    # a header of this address ("Adresse 2"), not a line of another address block
                    # (Google's "Address 2 - Extended Address", MYOB's second " - Line 2")
                    and self.demoted.get(column.index) in ("exact", "synonym", "grammar")
                    and not getattr(self.readings.get(column.index), "block", False)
                    and normalize(column.source).key != normalize(owner.source).key  # MYOB's
                    and self._side(column) is None
                ):
                    line = next(k for k in range(2, 100) if k not in used)
                    used.add(line)
                    column.suggestion, column.suggestion_score = None, None
                    self.pending.append(_Pending(column.index, f"address_line_{line}", n))

    def _attention_lines(self, columns: list[ColumnMapping]) -> None:
        """An attention line's column ("z. Hd.", Xero's "POAttentionTo" and "SAAttentionTo") is a
        further line of its address, placed row by row like any (``address-line-placed``: in an
        empty Adresszusatz, else after a comma). The 40th session's real-export round found Xero's
        "z. Hd. Frau …" unmapped beside a free Adresszusatz 1."""
        for index, n in sorted(self.attention.items()):
            column = columns[index]
            if column.target is not None or f"Adresszusatz {n}" not in self.tables.names:
                continue
            used = {
                int(p.kind.rsplit("_", 1)[1])
                for p in self.pending
                if p.kind.startswith("address_line_") and p.number == n
            }
            line = next(k for k in range(2, 100) if k not in used)
            self.pending.append(_Pending(index, f"address_line_{line}", n))

    def _one_address_block(self, columns: list[ColumnMapping]) -> None:
        """Address 1 comes from the block of its street: the fields another block won beside it go
        to the street's block, and the other block's fields fill address 1 only on rows without
        it. Perfex CRM's "Billing street", "Billing city" … beside the main "Address", "City",
        "Zip": the plain "City" outscored "Billing city", so a Hamburg billing street was uploaded
        with the main address's Munich postcode and city, exit 0 (the thirty-fourth session's real
        exports). The other block's plain "Address" beside its own postcode and city is its street."""
        winners = {c.target: c for c in columns if c.target in _ADDRESS_1 and c.merge is None}
        street = winners.get("Straße 1")
        if street is None or any(c.method == "manual" for c in winners.values()):
            return
        side = self._side(street)
        blocks = (None, "business", "billing")
        mixed = {t: c for t, c in winners.items() if self._side(c) != side and self._side(c) in blocks}
        if side not in blocks or not mixed:
            return
        own: dict[str, ColumnMapping] = {}
        for index in sorted(self.demoted):
            column = columns[index]
            target = column.suggestion
            if (
                column.target is None
                and not column.kept_out
                and target in mixed
                and target not in own
                and self._side(column) == side
                and not self._later_block(index)
            ):
                own[target] = column
        # Fields of another block that lost its own street to this one ("Straße (Brief)" beside
        # "Straße"), where this block has none of its own: that block's, filling address 1 only
        # on rows without it (the hostile re-test: the letter address's "z. Hd. Buchhaltung" and
        # its country NL were uploaded with the Dresden street, exit 0).
        rivals = {
            self._side(columns[i])
            for i in self.demoted
            if columns[i].target is None and columns[i].suggestion == "Straße 1" and not columns[i].kept_out
        }
        for target, other in mixed.items():
            if target not in own and target != "Straße 1" and self._side(other) in rivals:
                self._make_home(other, target, home=False)
        for index in sorted(self.demoted):  # and that block's street, postcode, city … likewise
            column = columns[index]
            if (
                rivals
                and column.target is None
                and not column.kept_out
                and column.suggestion in _ADDRESS_1
                and column.suggestion not in own
                and self._side(column) in rivals
                and not self._later_block(index)
            ):
                self._make_home(column, column.suggestion, home=False)
        if not own:
            return
        other_side = {self._side(mixed[t]) for t in own}
        for target, column in own.items():
            other = mixed[target]
            column.assign(target, self.demoted.pop(column.index), column.suggestion_score or 1.0)
            column.suggestion, column.suggestion_score = None, None
            column.note = msg("mapping-address-one-block", target=target, street=street.source)
            self._make_home(other, target, home=False)
        if "PLZ 1" in own and "Ort 1" in own and len(other_side) == 1:
            # the other block's plain "Address" beside its postcode and city: that block's street
            for column in columns:
                reading = self.readings.get(column.index)
                if (
                    column.target is None
                    and not column.kept_out
                    and reading is not None
                    and (reading.field, reading.side, reading.rank, reading.entity, reading.block)
                    == ("address", *other_side, None, None, False)
                ):
                    self._make_home(column, "Straße 1", home=False)
                    break

    def _whole_name_fallback(self, columns: list[ColumnMapping]) -> None:
        """A plain "Name" that lost Nachname to the record's own last-name column, beside its own
        first-name column and a column that already is the Firmenname (a person's organisation),
        is the record's whole name as the system shows it (Group-Office's ``name`` beside
        ``firstName``, ``lastName`` and ``Organizations``; Google's older "Name" beside "Given
        Name", "Family Name" and "Organization 1 - Name"): it names the rows without first and
        last name, decided row by row like DATEV's unsaid name (``person_name_fallback``). The
        thirty-third session's real files: Group-Office's organisations, named only there, were
        rejected as nameless. Where Firmenname is free the value evidence decides (a kind column
        makes "Name" the company's, :mod:`importer.evidence`)."""
        own = {c.target for c in columns if c.merge is None} & {_PERSON_FIRST_OWN, _PERSON_LAST_OWN, _COMPANY}
        if own != {_PERSON_FIRST_OWN, _PERSON_LAST_OWN, _COMPANY} or self._pending_kind(
            "person_name_fallback"
        ):
            return
        surname = next(c for c in columns if c.target == _PERSON_LAST_OWN and c.merge is None)
        if surname.index in self.names:
            return  # "Name;Name": a second surname, no record's whole name
        for column in columns:
            reading = self.names.get(column.index)
            if (
                reading is not None
                and (reading.entity, reading.side, reading.rank) == (None, None, None)
                and column.target is None
                and column.suggestion == _PERSON_LAST_OWN
                and column.index in self.demoted
                and not self._pending(column.index)
            ):
                column.suggestion, column.suggestion_score = None, None
                self.pending.append(_Pending(column.index, "person_name_fallback", 1))
                return

    def _pending_kind(self, kind: str) -> bool:
        return any(p.kind == kind for p in self.pending)

    def _bank_accounts(self, columns: list[ColumnMapping]) -> None:
        """An "Account Number" or "Account Name" among bank columns is the bank account's, not a
        customer account's (Salesforce's "Account Name" is the company): MYOB's card file has
        "BSB", "Account Number", "Account Name" (the thirty-fourth session's MYOB export mapped
        the bank account's number to Kundennummer and its holder to Firmenname). A run of such
        columns joins the bank column before or after it."""
        banked = [c.note is not None and c.kept_out and self._is_bank(c.source) for c in columns]
        changed = True
        while changed:
            changed = False
            for column in columns:
                i = column.index
                reading = self.readings.get(i)
                if (
                    banked[i]
                    or column.method == "manual"
                    or reading is None
                    or reading.entity != "account"
                    or not ((i > 0 and banked[i - 1]) or (i + 1 < len(columns) and banked[i + 1]))
                ):
                    continue
                column.unassign(msg("mapping-never", reason=_reason("bank")))
                column.kept_out = True
                self.pending = [p for p in self.pending if p.index != i]
                banked[i] = changed = True

    def _side_words_among_phones(self, columns: list[ColumnMapping]) -> None:
        """A header that is a side's word alone ("Home", "Privat", "Work") beside a phone column
        is that side's phone: SuiteCRM's "Mobile", "Office Phone", "Home", "Other Phone" (the
        thirty-fourth session's real exports: a private contact's only number, under "Home",
        went to the unmapped file). Alone, such a word says nothing."""
        phones = {"phone", "mobile"}
        words = [
            c
            for c in columns
            if c.target is None
            and not c.kept_out
            and c.method != "manual"
            and not self._pending(c.index)
            and normalize(c.source).key in _SIDE_WORDS
        ]
        while words:  # "Work", "Home", "Mobile": "Home" read first makes "Work" a phone's neighbour
            found = [
                c
                for c in words
                if any(
                    (r := self.readings.get(j)) is not None and r.field in phones
                    for j in (c.index - 1, c.index + 1)
                )
            ]
            if not found:
                return
            for column in found:
                words.remove(column)
                reading = read_header(f"{column.source} Telefon")
                if reading is not None and reading.field == "phone" and self._grammar(column, reading):
                    self.readings[column.index] = reading
                    column.note = msg("mapping-side-word-phone", source=column.source)

    def _is_bank(self, header: str) -> bool:
        return self._never(normalize(header)) == "bank"

    def _home_fallbacks(self, columns: list[ColumnMapping]) -> None:
        """A private address field that lost address 1 to a business or unmarked column (Outlook's
        "Straße privat" beside "Straße geschäftlich") fills it on the rows without that address
        (a private customer): merged as ``home:<target>``, decided row by row by the cleaning.

        A phone or e-mail column that lost its slot (Outlook's "Telefon privat" beside "Telefon
        geschäftlich", Open-Xchange's "Telephone home 1") fills it on the rows where it is empty,
        the first such column of a slot (``home:<slot>`` too): found by the third real-layout
        round, private customers with only a home phone were uploaded without one."""
        taken = {c.target for c in columns if c.target is not None and c.merge is None}
        slots: set[str] = set()
        # a home number before any other (Outlook's "Home Phone" after its "Company Main Phone")
        for index in sorted(self.demoted, key=lambda i: (self._side(columns[i]) != "private", i)):
            column = columns[index]
            slot = column.suggestion
            if column.target is not None or column.kept_out or slot not in CONTACT_SLOTS or slot in slots:
                continue
            if slot in taken:
                slots.add(slot)
                self._make_home(column, slot, note=msg("mapping-home-contact", target=slot))
        for index in sorted(self.private):
            column = columns[index]
            target = column.suggestion
            if column.target is not None or index not in self.demoted or target not in _ADDRESS_1:
                continue
            if not self._home_word(column):
                continue
            if target not in taken:
                continue
            self._make_home(column, target)
        # An address is one block: a home field that took address 1 alone (no business "Ort"
        # beside "Ort privat", where other home fields follow the row's choice) or a later
        # numbered block's field (Dynamics' "Adresse 2: Land/Region" beside "Adresse 1: Ort"
        # without a country: found by the hostile re-test, a Dresden address got Austria) would
        # mix it into the address the other columns give. It follows the row's choice: used
        # where the row has no address 1. A marked field that is its file's only one of its kind
        # ("Ort privat" in a hand-made list beside "Straße" and "PLZ") stays address 1's: the
        # second re-test found such cities and countries lost.
        homes = any(c.merge and c.merge.startswith(HOME_MERGE) for c in columns)
        others = {
            c.target
            for i, c in enumerate(columns)
            if c.target in _ADDRESS_1 and c.merge is None and i not in self.private
        }
        for index in sorted(self.private):
            column = columns[index]
            target = column.target
            alone = target in _ADDRESS_1 and column.merge is None and column.method != "manual"
            if target is None or not alone:
                continue
            if homes and self._home_word(column):
                self._make_home(column, target)
            elif others - {target} and self._later_block(index):
                self._make_home(column, target, home=False)

    def _home_word(self, column: ColumnMapping) -> bool:
        """True when the header, or what it was read as ("p_strasse": "strasse privat"), says home."""
        return bool(_HOME_WORD.search(column.source) or _HOME_WORD.search(self.read_as.get(column.index, "")))

    def _later_block(self, index: int) -> bool:
        """True for a field of a numbered address block after the first ("Adresse 2: Ort")."""
        reading = self.readings.get(index)
        return reading is not None and reading.block and (reading.rank or 1) > 1

    @staticmethod
    def _make_home(column: ColumnMapping, target: str, *, home: bool = True, note: str | None = None) -> None:
        make_stand_in(
            column,
            target,
            note or msg("mapping-home-fallback" if home else "mapping-other-fallback", target=target),
        )

    def _display_names_alone(self, columns: list[ColumnMapping]) -> None:
        """A display name (Odoo's "Anzeigename", "Display Name") in a file without first- and
        last-name columns is the row's whole name, a company's or a person's: read like a plain
        "Name" (:meth:`_names`). The 39th session's real-export round found Odoo's left unmapped,
        its companies rejected as nameless. Beside name columns (Thunderbird, Zoho Books) it only
        repeats them and stays unmapped."""
        targets = {c.target for c in columns if c.target is not None}
        if targets & {_PERSON_FIRST_OWN, _PERSON_LAST_OWN} or _PERSON_LAST_OWN not in self.tables.names:
            return
        for column in columns:
            if (
                normalize(column.source).key in _DISPLAY_NAMES_ALONE
                and column.target is None
                and not column.kept_out
                and column.method == "unmapped"
            ):
                column.assign(_PERSON_LAST_OWN, "grammar", WEAK_SCORE)
                self.names[column.index] = Reading("name")
                return

    def _person_beside_company(self, columns: list[ColumnMapping]) -> None:
        """The person's e-mail and phone beside the company's (co*pilot's "personEmail",
        "personPhone" beside "companyEmail", "companyPhone"): the contact person's, which the
        cleaning gives a private person's row as its own (``_CONTACT_TO_OWN``). Read as the row's
        private ones, the person's direct line and address filled the company's Telefon 2 and
        E-Mail 2 (the 40th session's real-export round)."""
        fields = {"email": "Ansprechpartner 1 E-Mail", "phone": "Ansprechpartner 1 Telefon"}
        found: dict[str, dict[str, ColumnMapping]] = {"person": {}, "company": {}}
        for column in columns:
            reading = self.readings.get(column.index)
            match = _ENTITY_PREFIX.match(column.source)
            if reading is None or match is None or reading.field not in fields or reading.rank is not None:
                continue
            found[match.group(1).casefold()].setdefault(reading.field, column)
        for field, person in found["person"].items():
            target = fields[field]
            if (
                field not in found["company"]
                or person.method == "manual"
                or target not in self.tables.names
                or any(c.target == target for c in columns)
            ):
                continue
            self.pending = [p for p in self.pending if p.index != person.index]
            self.private.discard(person.index)
            person.assign(target, "grammar", 1.0)
            person.note = msg("mapping-person-beside-company", source=person.source, target=target)

    def _names(self, columns: list[ColumnMapping]) -> None:
        """A name column's meaning depends on its neighbours (see the module docstring)."""
        targets = {c.target for c in columns if c.target is not None}
        organisations = any(normalize(c.source).key in _ORGANISATION_MARKERS for c in columns)
        for index, reading in self.names.items():
            column = columns[index]
            if reading.entity == "contact" and "Ansprechpartner 1 Vorname" in targets:
                self.pending = [p for p in self.pending if p.index != index]
                column.assign("Ansprechpartner 1 Nachname", "grammar", 1.0)
            elif (
                reading.entity is None
                and column.target == "Nachname"
                and column.method != "manual"
                and "Vorname" not in targets
            ):
                if organisations and "Firmenname" not in targets and "Firmenname" in self.tables.names:
                    column.assign("Firmenname", column.method, column.score)
                    column.note = msg("mapping-name-organisation", source=column.source)
                    continue
                # A whole name or a company's: decided row by row by the cleaning.
                column.unassign(msg("mapping-name-whole", source=column.source))
                self.pending.append(_Pending(index, "person_name", 1))

    def _address_blocks(self, columns: list[ColumnMapping]) -> None:
        """An address is one block: its street lines follow its postcode, city and country.

        Unmarked street lines ("Street 1", "Street 2") in a file whose postcode, city and country
        columns all name the delivery address ("Delivery City", "Ship Zipcode") belong to the
        delivery address. A column that only says "address" with a shipping word
        ("Lieferadresse") in a file without any other column of the delivery address holds the
        whole address in one cell (PayPal), like a plain "Address": it is left unmapped.
        """
        targets = {c.target for c in columns if c.target is not None}
        self._plain_address_street(columns, targets)
        if not targets & _PLACE_FIELDS[1] and targets & _PLACE_FIELDS[2]:
            for column in columns:
                moved = _LINES_TO_SHIPPING.get(column.target or "")
                if (
                    moved is not None
                    and column.method in ("synonym", "grammar")
                    and self._side(column) is None
                    and moved not in targets
                ):
                    note = msg("mapping-address-block", target=moved, source=column.source)
                    column.assign(moved, column.method, column.score)
                    column.note = note
                    targets.add(moved)
        if targets & (_PLACE_FIELDS[2] | {"Adresszusatz 2"}):
            return
        for column in columns:
            reading = self.readings.get(column.index)
            if (
                column.target == "Straße 2"
                and column.method == "grammar"
                and reading is not None
                and reading.field == "address"
                and reading.rank is None
                and not reading.block
            ):
                column.unassign(msg("mapping-address-one-cell", source=column.source))
                # no suggestion: the tip would offer to put the whole address into the street
                column.suggestion, column.suggestion_score = None, None

    def _plain_address_street(self, columns: list[ColumnMapping], targets: set[str]) -> None:
        """A plain "address" column (no side, no line number) may hold the whole address in one
        cell and is left unmapped; beside columns for postcode and city of address 1 and without
        a street column (Akaunting's ``address``, ``zip_code``, ``city``) it is the street."""
        if "Straße 1" in targets or not {"PLZ 1", "Ort 1"} <= targets or "Straße 1" not in self.tables.names:
            return
        plain = [
            column
            for column in columns
            if column.target is None
            and (reading := self.readings.get(column.index)) is not None
            and (reading.field, reading.side, reading.rank, reading.entity, reading.block)
            == ("address", None, None, None, False)
        ]
        if len(plain) == 1:
            column = plain[0]
            column.assign("Straße 1", "grammar", 1.0 - GENERIC_PENALTY)
            column.suggestion, column.suggestion_score = None, None
            column.note = msg("mapping-address-street", source=column.source)
            targets.add("Straße 1")

    def _side(self, column: ColumnMapping) -> str | None:
        """The address side the column's header names (None: unmarked)."""
        reading = self.readings.get(column.index)
        if reading is not None:
            return reading.side
        return self.tables.header_side(normalize(self.read_as.get(column.index, column.source)))

    def _overflow(self, columns: list[ColumnMapping], claims: Mapping[str, list[int]]) -> None:
        """A second column for E-Mail 1 or Telefon 1 (a billing e-mail beside the account e-mail) takes
        the free second slot instead of staying unmapped: of several, the one whose claim scored
        highest (a work address before a private one, whatever their order), then the first."""
        for first, second in _OVERFLOW.items():
            if second in claims or second not in self.tables.names:
                continue
            losers = [i for i in claims.get(first, []) if i in self.demoted and columns[i].target is None]
            if losers:
                column = columns[max(losers, key=lambda i: (columns[i].suggestion_score or 0.0, -i))]
                column.assign(second, self.demoted[column.index], column.suggestion_score or 1.0)
                column.suggestion, column.suggestion_score = None, None
                column.note = msg("mapping-second-slot", target=second, first=first)

    def _demote(self, column: ColumnMapping, winner: ColumnMapping) -> None:
        self.demoted[column.index] = column.method
        target = column.target
        column.suggestion = target
        column.suggestion_score = column.score
        column.target = None
        column.method = "unmapped"
        column.score = 0.0
        column.destination = "unmapped"
        # the user's own choice is no better fit (the real-export round: "address" given Straße 1
        # by --map, "street" said to fit worse)
        key = "mapping-duplicate-manual" if winner.method == "manual" else "mapping-duplicate"
        column.note = msg(key, target=target, winner=winner.source, index=winner.index + 1)

    def _merges(self, columns: list[ColumnMapping]) -> None:
        mapped: dict[str, ColumnMapping] = {}
        for c in columns:
            # a column merged into a target (a home address's "home:Straße 1") is not its owner:
            # Pipedrive's organisation house number was said to go to the person's postal address
            if c.target is not None and (c.merge is None or c.target not in mapped or mapped[c.target].merge):
                mapped[c.target] = c
        names = self.tables.names
        owners = [p for p in self.pending if p.kind == "person_name"]
        surname = mapped.get(_PERSON_LAST_OWN)
        if surname is not None and normalize(surname.source).key in _COMPANY_OR_LAST_NAMES:
            # MYOB's "Contact Name" beside "Co./Last Name": the row's own name is the company's
            # or the person's, so the contact's is the contact person's (not Xero's display name)
            contacts = {p.index for p in owners if normalize(columns[p.index].source).key in _CONTACT_NAMES}
            self.pending = [
                _Pending(p.index, "contact_person", 1) if p.index in contacts else p for p in self.pending
            ]
            owners = [p for p in owners if p.index not in contacts]
        if len(owners) > 1:
            # "Name" beside "Contact Name" (Sage 50): the contact's name is the contact person's,
            # the other the row's own (the fourth real-layout round: the company's name went to
            # the unmapped file, and its contact person was uploaded as a private customer)
            contacts = {p.index for p in owners if normalize(columns[p.index].source).key in _CONTACT_NAMES}
            if len(contacts) < len(owners):
                self.pending = [
                    _Pending(p.index, "contact_person", 1) if p.index in contacts else p for p in self.pending
                ]
        for pending in self.pending:
            column = columns[pending.index]
            n = pending.number
            street = _STREET.format(n=n)
            if pending.kind.startswith("address_line_"):  # "address_line_3": an address's third line
                addition = f"Adresszusatz {n}"
                road = self._street_mapped(column, mapped, n, addition)
                if road is None:
                    continue
                note = msg("mapping-merge-address-line", target=addition, street=road.source)
                line = pending.kind.rsplit("_", 1)[1]
                self._merge_into(columns, column, addition, f"{ADDRESS_LINE_MERGE}{line}:{addition}", note)
            elif pending.kind == "house_number_suffix":
                road = self._street_mapped(column, mapped, n, street)
                if road is None:
                    continue
                note = msg("mapping-merge-house-number-suffix", target=street, street=road.source)
                self._merge_into(columns, column, street, f"house-number-suffix-{n}", note)
            elif pending.kind == "house_number":
                road = self._street_mapped(column, mapped, n, street)
                if road is None:
                    continue
                if (
                    self.numbers_apart
                    and normalize(column.source).key in _BARE_NUMBER_WORDS
                    and abs(column.index - road.index) > 1
                ):
                    # "No" first in Business Central's customer list: the record's number; "Nr."
                    # right beside "Straße" is its house number (the tenth real-layout round)
                    column.note = msg("mapping-merge-number-apart", source=column.source, street=road.source)
                    continue
                note = msg("mapping-merge-house-number", target=street, street=road.source)
                self._merge_into(columns, column, street, f"house-number-{n}", note)
            elif pending.kind == "postcode_city":
                postcode, city = _POSTCODE.format(n=n), _CITY.format(n=n)
                self._merge_pair(columns, column, mapped, (postcode, city), f"postcode-city-{n}")
            elif pending.kind == "account":
                self._account(columns, column)
            elif pending.kind == "vat_country":
                self._vat_country(columns, column, mapped)
            elif pending.kind in _PHONE_PART_KINDS:
                self._phone_part(columns, column, pending.kind)
            elif pending.kind == "person_name":
                if not self._display_name(column, mapped):
                    self._merge_pair(
                        columns, column, mapped, (_PERSON_FIRST_OWN, _PERSON_LAST_OWN), "person-name"
                    )
            elif pending.kind == "person_name_fallback":
                # Beside name columns too: the cleaning fills only rows whose names are empty.
                if {_PERSON_FIRST_OWN, _PERSON_LAST_OWN} <= names:
                    note = msg("mapping-merge-person-name-fallback")
                    self._merge_into(columns, column, _PERSON_LAST_OWN, "person-name", note)
            else:
                self._merge_pair(columns, column, mapped, (_PERSON_FIRST, _PERSON_LAST), "contact-person-1")

    def _street_mapped(
        self, column: ColumnMapping, mapped: Mapping[str, ColumnMapping], n: int, target: str
    ) -> ColumnMapping | None:
        """The column mapped to Straße ``n``, which a merge into ``target`` (the street, or its
        supplement) belongs to; None, with the note saying so, when there is none."""
        street = _STREET.format(n=n)
        if street not in mapped or target not in self.tables.names:
            column.note = msg("mapping-merge-no-street", target=street)
            return None
        return mapped[street]

    def _display_name(self, column: ColumnMapping, mapped: Mapping[str, ColumnMapping]) -> bool:
        """Map a record's display name (:data:`_DISPLAY_NAMES`) beside the record's own first-
        and last-name columns, with no company column, to Firmenname: it names the company, or
        the person where it is only the person's name, and then the cleaning makes the row a
        private person (``company-name-is-person``). It was left unmapped ("Wird nicht
        aufgeteilt"), and Xero's companies were uploaded as their contact persons or rejected."""
        own = (_PERSON_FIRST_OWN, _PERSON_LAST_OWN)
        # the long form of a name (NEVARIS's "Name-Lang", :meth:`_without_form`) is one too
        long_form = self.read_as.get(column.index) == _LONG_NAME
        if (
            (normalize(column.source).key not in _DISPLAY_NAMES and not long_form)
            or column.method == "manual"
            or not all(t in mapped and mapped[t].merge is None for t in own)
            or _COMPANY in mapped
            or _COMPANY not in self.tables.names
        ):
            return False
        column.assign(_COMPANY, "grammar", 1.0)
        column.note = msg(
            "mapping-display-name",
            source=column.source,
            first=mapped[_PERSON_FIRST_OWN].source,
            last=mapped[_PERSON_LAST_OWN].source,
        )
        return True

    def _account(self, columns: list[ColumnMapping], column: ColumnMapping) -> None:
        """DATEV's ``Konto`` decides the role and becomes the Kundennummer or the Lieferantennummer;
        a number column beside it is the partner's own number there, not lexoffice's."""
        numbers = ("Kundennummer", "Lieferantennummer")
        if (
            any(c.target in numbers and c.method == "manual" for c in columns)
            or not set(numbers) <= self.tables.names
        ):
            column.note = msg("mapping-never", reason=_reason("account"))
            column.kept_out = True
            return
        for other in columns:
            if other.target in numbers and other.merge is None:
                other.unassign(
                    msg(
                        "mapping-datev-partner-number" if self.datev else "mapping-account-beside-number",
                        source=other.source,
                        konto=column.source,
                    )
                )
                other.kept_out = True
        note = msg("mapping-datev-account" if self.datev else "mapping-both-numbers", source=column.source)
        self._merge_into(columns, column, "Kundennummer", "account-number", note)

    def _vat_country(
        self, columns: list[ColumnMapping], column: ColumnMapping, mapped: Mapping[str, ColumnMapping]
    ) -> None:
        """DATEV's VAT id country ("EU-Land") goes before the number of the Umsatzsteuer ID column;
        without such a column it has nothing to go with and stays unmapped."""
        if _VAT_ID not in mapped or _VAT_ID not in self.tables.names:
            column.note = msg("mapping-merge-no-vat-id", target=_VAT_ID)
            return
        note = msg("mapping-merge-vat-country", target=_VAT_ID, number=mapped[_VAT_ID].source)
        self._merge_into(columns, column, _VAT_ID, "vat-country", note)

    def _phone_part(self, columns: list[ColumnMapping], column: ColumnMapping, kind: str) -> None:
        """A calling or area code column goes before the number of the phone column it belongs to
        (:func:`_phone_of`); without a phone column it has nothing to go with and stays unmapped."""
        # a header merged by hand ("Vorwahl=Vorwahl Mobil") says whose code it is
        header = self.merged_by_hand.get(column.index, column.source)
        phone = _phone_of(columns, column, header)
        if phone is None or phone.target is None:
            column.note = msg("mapping-merge-no-phone")
            return
        if column.method != "manual" and not _beside(phone, column, header):
            # PayPal's German export calls the payer's ISO country "Ländervorwahl", three
            # columns after its "Telefon": a number's codes stand beside it, or say whose they are
            header = "Ländervorwahl" if kind == "phone_country" else "Vorwahl"
            option = f'--map "{column.source}={header}"'
            column.note = msg("mapping-merge-phone-far", number=phone.source, option=option)
            return
        name = kind.replace("_", "-")
        note = msg(f"mapping-merge-{name}", target=phone.target, number=phone.source)
        self._merge_into(columns, column, phone.target, f"{name}:{phone.target}", note)

    def _merge_pair(
        self,
        columns: list[ColumnMapping],
        column: ColumnMapping,
        mapped: Mapping[str, ColumnMapping],
        targets: tuple[str, str],
        merge: str,
    ) -> None:
        first, second = targets
        missing = [t for t in targets if t not in self.tables.names]
        taken = [mapped[t].source for t in targets if t in mapped]
        if (
            merge in ("person-name", "contact-person-1")
            and not missing
            and first in mapped
            and second not in mapped
            and mapped[first].merge is None
            and normalize(column.source).key in _CONTACT_NAMES
        ):
            # OM-BM's "Kontaktname" beside "Vorname": the surname the first name lacks (the 40th
            # session's real-export round: left unmapped, "Vorname / Nachname" said to be taken)
            column.assign(second, "grammar", WEAK_SCORE)
            column.note = msg(
                "mapping-contact-name-surname", source=column.source, first=mapped[first].source
            )
            return
        if missing or taken:
            column.note = msg(
                "mapping-merge-taken",
                targets=" / ".join(targets),
                sources=", ".join(f"„{s}“" for s in taken) or "–",
            )
            return
        if merge == "person-name":
            note = column.note or msg("mapping-merge-person-name")
            target = second
        elif merge.startswith("contact-person"):
            note = msg("mapping-merge-contact-person", first=first, last=second)
            target = second
        else:
            note = msg("mapping-merge-postcode-city", postcode=first, city=second)
            target = first
        self._merge_into(columns, column, target, merge, note)

    @staticmethod
    def _merge_into(
        columns: list[ColumnMapping], column: ColumnMapping, target: str, merge: str, note: str
    ) -> None:
        earlier = next((c for c in columns if c.merge == merge), None)
        if earlier is not None:
            column.note = msg("mapping-merge-duplicate", winner=earlier.source, index=earlier.index + 1)
            return
        column.target = target
        column.method = "merge"
        column.score = 1.0
        column.merge = merge
        column.destination = f"merged:{target}"
        column.note = note


#: The columns a calling or area code column can belong to.
_PHONE_TARGETS: Final = ("Telefon 1", "Telefon 2", "Ansprechpartner 1 Telefon", "Ansprechpartner 2 Telefon")


#: The most columns between a code column and its phone column when their headers share no word.
_PHONE_PART_REACH: Final = 2


def _own_words(header: str) -> set[str]:
    """The words of a code or phone column's header that say whose number it is."""
    return set(normalize(header).tokens) - _CODE_WORDS


def _mobile(words: set[str]) -> bool:
    return any(w.startswith(_MOBILE) for w in words)


def _beside(phone: ColumnMapping, part: ColumnMapping, header: str) -> bool:
    """True when code column ``part`` (headed ``header``) stands at most :data:`_PHONE_PART_REACH`
    columns from ``phone``, or ``phone``'s header has every word of it that says whose number it
    is ("Mobil Vorwahl" and "Mobil" far apart; not Twenty's "Whatsapp / Primary Phone Calling
    Code" with "Primary Phone Number")."""
    own = _own_words(header)
    return abs(phone.index - part.index) <= _PHONE_PART_REACH or (
        bool(own) and own <= _own_words(phone.source)
    )


def _phone_of(columns: list[ColumnMapping], part: ColumnMapping, header: str) -> ColumnMapping | None:
    """The phone column a code column (headed ``header``) belongs to: a mobile code's ("Vorwahl
    Mobil") among the mobile numbers where there are any; the one whose header shares the most
    words with it that say whose number it is ("Primary Phone Calling Code" → "Primary Phone
    Number"); then the nearest, the one after it first (a code stands before its number:
    "Telefon;Vorwahl;Handy" is the mobile's). None without a phone column."""
    phones = [c for c in columns if c.target in _PHONE_TARGETS and c.merge is None]
    own = _own_words(header)
    if _mobile(own):
        phones = [c for c in phones if _mobile(_own_words(c.source))] or phones

    def affinity(phone: ColumnMapping) -> tuple[int, float]:
        distance = phone.index - part.index
        shared = own & _own_words(phone.source)
        return (len(shared), -(distance if distance > 0 else 0.5 - distance))

    return max(phones, key=affinity, default=None)


#: A letter a program replaced in a header: "?" or U+FFFD beside a letter ("Stra?e", "Stra\ufffde").
#: A hint in brackets at a header's end, as forms and hand-made lists write them: a condition
#: ("falls", "wenn", "sofern", "nur", "if", "only"), a request ("bitte") or "optional"/"Pflichtfeld".
_FORM_HINT: Final = re.compile(
    r"\s*[(\[]\s*(?:falls|wenn|sofern|soweit|nur|bitte|optional|freiwillig|pflichtfeld|pflicht|"
    r"if|only|required|please)\b[^)\]]*[)\]]\s*\**\s*$",
    re.IGNORECASE,
)
#: A program's own field name in brackets at a header's end: one word of letters, digits and "_"
#: with a "." or "_" in it, no space ("(s.nom)", "[customer_no]"; :meth:`_Mapper._without_code`).
_FIELD_CODE: Final = re.compile(r"\s*\*?\s*[(\[]\s*(?=[^)\]]*[._])[A-Za-z][\w.]*\w\s*[)\]]\s*\**\s*$")
#: The format or standard of a column's values in brackets at a header's end: a norm with or
#: without its number ("ISO-3166-1", "ISO 3166", "DIN 5008", "E.164"), an ISO code's kind
#: ("Alpha-2"), a length ("2-stellig", "5 Zeichen", "2 letters") or a code's name ("Kürzel",
#: "Code") (:meth:`_Mapper._without_format`).
_FORMAT_HINT: Final = re.compile(
    r"\s*\*?\s*[(\[]\s*(?:iso(?:[\s.-]*\d[\d-]*)?|(?:din|en|e)[\s.-]*\d[\d-]*|alpha[\s-]*[23]|\d+[\s-]*(?:stellig|zeichen|"
    r"buchstaben|letters|chars|characters|digits)|k(?:ü|ue)rzel|code|format)\s*[)\]]\s*\**\s*$",
    re.IGNORECASE,
)
#: A word after a header that names the long or short form of its value: "Name-Lang",
#: "Adresse_kurz", "Name (long)" (:meth:`_Mapper._without_form`).
_VALUE_FORM: Final = re.compile(r"(?i)(?:\s*[-_]\s*|\s+|\s*\(\s*)(lang|kurz|long|short)\s*\)?\s*$")
#: Headers (normalised keys) naming a record's name: their short form is a matchcode.
_NAME_KEYS: Final = frozenset({"name", "firma", "firmenname", "bezeichnung", "company", "companyname"})
#: The never-map header a name's short form is read as, and the whole-name header its long one.
_SHORT_NAME: Final = "Kurzname"
_LONG_NAME: Final = "Name komplett"
#: A numbered further person of the record and one of its fields: "Person1FirstName", "Person 2 -
#: Email" (:meth:`_Mapper._numbered_person`).
_NUMBERED_PERSON: Final = re.compile(r"(?i)^\s*person\s*[-_]?\s*([1-9])(?![0-9])\s*[-_:]?\s*(\S.*)$")
#: Headers (normalised keys) of an attention line: "z. Hd.", "zu Händen", "Attention", "Attn".
_ATTENTION_KEYS: Final = frozenset(
    {"zhd", "zhden", "zuhaenden", "zuhanden", "zhaenden", "attention", "attentionto", "attn", "fao"}
)
#: Xero's address prefixes before "AttentionTo": the postal address (1), the street address (2).
_ATTENTION_PREFIXES: Final[Mapping[str, int]] = {"po": 1, "postal": 1, "sa": 2}


def _attention_address(norm: Normalized) -> int | None:
    """The address (1 or 2) a header of an attention line belongs to ("z. Hd.", "POAttentionTo"
    1, "SAAttentionTo" 2), or None when the header names none."""
    if norm.key in _ATTENTION_KEYS:
        return 1
    for prefix, n in _ATTENTION_PREFIXES.items():
        if norm.key.startswith(prefix) and norm.key[len(prefix) :] in _ATTENTION_KEYS:
            return n
    return None


#: A header of co*pilot's person/company pairs: "personEmail", "companyPhone".
_ENTITY_PREFIX: Final = re.compile(r"^(person|company)(?=[A-Z])")
#: The contact persons lexoffice has.
_CONTACT_PERSONS: Final = 2
#: "Group / Field": a header naming a group of fields and one of them (:meth:`_Mapper._without_group`).
_GROUPED: Final = re.compile(r"^\s*([^/]+?)\s+/\s+([^/]+)$")
#: The groups whose fields are read alone (normalized keys): a contact's names, e-mails,
#: phones and addresses, each with what its field must say to be one of its kind. Not "Kontakt
#: / E-Mail": the group says it is the contact person's (the hostile re-test).
_NAME_FIELD: Final = re.compile(r"(?i)^(?!name$).*name|vorname|nachname")
_EMAIL_FIELD: Final = re.compile(r"(?i)mail")
_PHONE_FIELD: Final = re.compile(r"(?i)phone|telefon|mobil|handy")
_ADDRESS_FIELD: Final = re.compile(r"(?i)^(?!.*(?:name|mail|phone|telefon)).+$")
_FIELD_GROUPS: Final = {
    normalize(word).key: family
    for words, family in (
        (("Name", "Names"), _NAME_FIELD),
        (("Email", "Emails", "E-Mail", "E-Mails"), _EMAIL_FIELD),
        (("Phone", "Phones", "Telefon"), _PHONE_FIELD),
        (("Address", "Addresses", "Adresse", "Adressen", "Anschrift"), _ADDRESS_FIELD),
    )
    for word in words
}
_REPLACED: Final = re.compile(r"(?<=[^\W\d_])[?\ufffd]|[?\ufffd](?=[^\W\d_])")
#: The letters tried in its place (German headers lose these to Windows-1252 or ASCII conversions).
_RESTORE_LETTERS: Final = "äöüßÄÖÜé"
_RESTORE_MAX: Final = 3


#: "<Entity> - <field>" (Pipedrive's "Organization - Label", "Person - Owner").
_ENTITY_HEAD: Final = re.compile(r"^\s*([^-–]+?)\s+[-–]\s+(\S.*)$")
#: What the words of an entity head may mean: whose field it is, not which field.
_HEAD_MEANINGS: Final = frozenset({("field", "company")})
_HEAD_KINDS: Final = frozenset({"entity", "side"})


def _entity_tail(header: str) -> str | None:
    """The field part of a "<Entity> - <field>" header whose head only says whose field it is
    ("Organization", "Person", "Kunde"), or None."""
    match = _ENTITY_HEAD.match(header)
    if match is None:
        return None
    words = load_words()
    tokens = normalize(match.group(1)).tokens
    if not tokens:
        return None
    for token in tokens:
        meanings = words.meanings.get((token,))
        if not meanings or any(m[0] not in _HEAD_KINDS and m not in _HEAD_MEANINGS for m in meanings):
            return None
    return match.group(2)


def _never_reason(tables: Tables, norm: Normalized) -> str | None:
    """Why a header is on the never-map list (``fax``, ``note`` …), or None."""
    reason = tables.never_keys.get(norm.key)
    if reason is None:
        for reading in tables.side_readings(norm):
            reason = tables.never_keys.get(reading.core)
            if reason is not None:
                break
    return reason


def _reason(reason: str) -> str:
    key = f"mapping-never-{reason.replace('_', '-')}"
    try:
        return msg(key)
    except KeyError:
        return msg("mapping-never-other")


def _supplier_file(headers: list[str]) -> bool:
    """True when the headers speak of suppliers and never of customers (a vendor list)."""
    entities = {reading.entity for reading in map(read_header, headers) if reading is not None}
    words = load_words()
    mentioned = {
        meaning
        for header in headers
        for token in normalize(header).tokens
        for kind, meaning in words.meanings.get((token,), ())
        if kind == "entity"
    }
    return "supplier" in entities | mentioned and "customer" not in entities | mentioned


#: Words of a file or sheet name that say whose contacts it holds.
_SUPPLIER_NAME: Final = re.compile(r"(?i)lieferant|kreditor|vendor|supplier")
_CUSTOMER_NAME: Final = re.compile(r"(?i)kunde|debitor|customer|client")


def names_suppliers(name: str, *, customers: bool = False) -> bool:
    """True when a file or sheet name says suppliers and not customers as well ("Lieferanten",
    "vendors", "Kreditoren 2026"; not "kunden_lieferanten"); ``customers``: the other way round."""
    wanted, other = (_CUSTOMER_NAME, _SUPPLIER_NAME) if customers else (_SUPPLIER_NAME, _CUSTOMER_NAME)
    return bool(wanted.search(name)) and not other.search(name)


def _customer_number_at_supplier(columns: list[ColumnMapping]) -> None:
    """In a supplier list without a Lieferantennummer column, a column read as the Kundennummer
    ("Kundennr", "Customer No") is the customer number the supplier gave us, not lexoffice's:
    left unmapped. A column named exactly "Kundennummer", or mapped by hand, stays."""
    if any(c.target == "Lieferantennummer" for c in columns):
        return
    for column in columns:
        if (
            column.target == "Kundennummer"
            and column.merge is None
            and column.method not in ("exact", "manual")
        ):
            column.unassign(msg("mapping-customer-number-at-supplier", source=column.source))
            column.suggestion, column.suggestion_score = None, None


#: A header naming a new value beside an old one ("Tel. neu", "E-Mail (aktuell)").
_NEW_VALUE: Final = re.compile(
    r"(?i)(?<![^\W_])(?:neu|neue|neuer|neues|new|aktuell|aktuelle|current)(?![^\W_])"
)


def renewed_reading(header: str) -> Reading | None:
    """What a header naming a new value reads as without that word ("Tel. neu": a phone), else None."""
    if not _NEW_VALUE.search(header):
        return None
    rest = _NEW_VALUE.sub(" ", header).strip(" ()-_.")
    return read_header(rest) if rest else None


def _renewed_fields(headers: Sequence[str]) -> frozenset[str]:
    """The fields a header names a new value of ("Tel. neu", "E-Mail (aktuell)": phone, email): an
    "alt." after the same field is then old, not an alternate (the third hostile re-test: the old
    number uploaded as Telefon 2 beside "Tel. neu"; the fourth: not for "Status aktuell" or a flag
    column "Neu", which name no field)."""
    return frozenset(r.field for h in headers if (r := renewed_reading(h)) is not None)


def _plain_fields(headers: Sequence[str], renewed: frozenset[str]) -> frozenset[str]:
    """The fields a header names without "neu" or "alt" ("Telefon"): beside one, "Tel. neu" is left
    to the user (which of the two is current?); without one it is the field's column."""
    return frozenset(
        r.field
        for h in headers
        if not _NEW_VALUE.search(h) and (r := read_header(h, renewed=renewed)) is not None and not r.former
    )


def map_headers(
    headers: list[str],
    catalog: Catalog,
    *,
    manual: Mapping[str, str | None] | None = None,
    synonyms: Synonyms | None = None,
    records: bool = True,
    made_up: Mapping[str, str] | None = None,
    supplier_list: bool = False,
    by_values: bool = False,
) -> list[ColumnMapping]:
    """One :class:`ColumnMapping` per header, in file order (``index`` counts from 0).

    ``manual`` maps source headers to catalog columns (``None``: keep unmapped); a target that is
    no catalog column, or one given to two columns, raises :class:`ConfigurationError`.
    ``synonyms`` defaults to the shipped file. ``records=False`` leaves out the
    organisation-with-contact rule (:mod:`importer.records`). ``made_up``: column names the
    tool gave (a repeated or blank header) → the header the user wrote, which they are mapped by.
    ``supplier_list``: the file's name says it lists suppliers (:func:`names_suppliers`).
    ``by_values``: the values check the mapping afterwards (:func:`importer.columns.map_columns`):
    a bare number header apart from the street is then merged as a house number for them to judge
    (a running number, a record's number); by the header alone it is left unmapped.
    """
    tables = lookup_tables(synonyms or load_synonyms(), catalog_shape(catalog))
    keys = {normalize(h).key for h in headers}
    renewed = _renewed_fields(headers)
    mapper = _Mapper(
        tables,
        _manual_targets(manual or {}, catalog, tables),
        supplier_file=supplier_list or _supplier_file(headers),
        datev=bool(keys & _DATEV_MARKERS),
        records=records,
        system_merges={
            **{k: v for marker in keys & _SYSTEM_MERGES.keys() for k, v in _SYSTEM_MERGES[marker].items()},
            **{k: v for markers, _, merges in _SYSTEM_LAYOUTS if markers <= keys for k, v in merges.items()},
        },
        system_synonyms={
            **{
                k: v for marker in keys & _SYSTEM_SYNONYMS.keys() for k, v in _SYSTEM_SYNONYMS[marker].items()
            },
            **{k: v for markers, read, _ in _SYSTEM_LAYOUTS if markers <= keys for k, v in read.items()},
        },
        prefix=(prefix := _common_prefix(headers)),
        blocks=_header_blocks(headers, prefix),
        numbers_apart=not by_values,
        renewed=renewed,
        fresh=renewed - _plain_fields(headers, renewed),
    )
    given = made_up or {}
    columns = [mapper.column(index, header, given.get(header)) for index, header in enumerate(headers)]
    mapper.resolve(columns)
    for index, header in mapper.merged_by_hand.items():
        # The user's choice: never vetoed by the values, and taken into a correction round.
        columns[index].method = "manual"
        columns[index].extra[MANUAL_TARGET] = header
    if supplier_list:
        _customer_number_at_supplier(columns)
    _surname_and_first_name_beside_first_name(columns)
    _phone_and_fax_beside_a_phone(columns)
    _suggestions_taken(columns)
    return columns


def _suggestions_taken(columns: list[ColumnMapping]) -> None:
    """A suggestion whose column another one already fills says so: taking it would replace that
    column in every row (the real-export round: Zammad's "address", suggested as Straße 1 beside
    a mapped "street", took the street from every row that had one)."""
    owners = {c.target: c for c in columns if c.target is not None and c.merge is None}
    for column in columns:
        owner = owners.get(column.suggestion) if column.target is None and column.suggestion else None
        if owner is None or column.suggestion_score is None:
            continue
        plain = msg(
            "mapping-suggestion",
            suggestion=column.suggestion,
            score=_percent(column.suggestion_score),
            source=column.source,
        )
        if column.note == plain:
            column.note = msg(
                "mapping-suggestion-taken",
                suggestion=column.suggestion,
                score=_percent(column.suggestion_score),
                source=column.source,
                owner=owner.source,
            )


_PHONES: Final = ("Telefon 1", "Telefon 2")
#: A phone column of another line than the business's own: a private or a mobile one ("Telefon
#: privat" beside "Telefon/Fax" leaves that the business's number; the second re-test).
_OTHER_LINE: Final = re.compile(r"(?i)privat|private|home|mobil|handy|cell")


def _phone_and_fax_beside_a_phone(columns: list[ColumnMapping]) -> None:
    """A phone-and-fax column ("Tel./Fax", a synonym of Telefon 1 for a list's only number column)
    beside another column of the phone number holds the fax: it is not mapped (a fax has no
    lexoffice column), and a phone column it pushed to Telefon 2 takes Telefon 1. A mobile
    number's column (Telefon 2 of its own) leaves it the phone number. Not a column mapped with
    --map or named exactly."""
    faxed = [
        c
        for c in columns
        if c.target in _PHONES and c.method not in ("manual", "exact") and "fax" in c.source.casefold()
    ]
    pushed = msg("mapping-second-slot", target="Telefon 2", first="Telefon 1")
    others = [
        c
        for c in columns
        if c not in faxed
        and not (c.merge or "").startswith(HOME_MERGE)
        and not _OTHER_LINE.search(c.source)
        and (c.target == "Telefon 1" or (c.target == "Telefon 2" and c.note == pushed))
    ]
    if not faxed or not others:
        return
    for column in faxed:
        column.unassign(msg("mapping-phone-fax-beside-phone"))
        column.kept_out = True
    if not any(c.target == "Telefon 1" and c.destination == "upload" for c in others):
        second = next((c for c in others if c.target == "Telefon 2" and c.destination == "upload"), None)
        if second is not None:
            second.assign("Telefon 1", second.method, second.score)


#: A technical prefix a program puts before every column name: OXID's "OX" ("OXFNAME",
#: "OXCITY"), a database's "cust_" or "kd_", JTL's type letter ("cVorname", "cHausnummer").
_PREFIXES: Final = re.compile(r"^(?:([A-Za-z]{1,8}_)|([a-z]{1,3})(?=[A-Z][a-z])|([A-Z]{2,4})(?=[A-Z]{2}))")
#: Abbreviations that say whose field it is, which the header grammar does not know as words:
#: the contact person's ("AP_Vorname": Ansprechpartner), a supplier's ("lf_", "kred_"), an
#: employee's, another person's, an address's side (VerbandOnline's "p_"/"g_": private, business;
#: "RE_", "LA_": Rechnungs-, Lieferadresse; "del_", "wa_": delivery), an old value's (the hostile
#: re-test: a supplier table was uploaded as customers, a delivery address as the billing one).
_OWNER_ABBREVIATIONS: Final = frozenset(
    {
        "ap", "asp", "ansp", "kp", "cp", "p", "g", "priv", "gesch", "re", "rg", "la", "lief", "alt", "old",
        "alte", "ehem", "lf", "lfr", "kred", "kr", "sup", "supp", "vend", "ma", "emp", "staff", "del",
        "dlv", "wa", "ls", "ship", "kind", "schueler", "patient", "notfall", "eltern", "inhaber",
    }
)  # fmt: skip
#: A header that is a bare number word once its prefix is gone ("KUNR" → "NR"): the record's own
#: number, which the mapper would read as a house number.
_BARE_NUMBER_WORDS: Final = frozenset({"nr", "no", "nummer", "number", "num", "nro", "id"})
#: Prefixes that are words but name the row's own contact, as a program's prefix does.
_OWN_PREFIXES: Final = frozenset(
    {"kd", "kunde", "kunden", "customer", "customers", "client", "user", "member"}
)
#: A block's prefix that names its address's side (VerbandOnline's "p_strasse", "g_strasse";
#: Sthamer's "KU_RECH_STR" after the file's "KU_"): the side word the rest is read with
#: ("strasse privat"), so that the side rules decide which block fills address 1 and none is
#: mixed into the other. A block of any other prefix ("KU_ZERT_": a certificate's address, "ap_":
#: the contact person's) is not read by this.
_BLOCK_SIDES: Final = {
    **dict.fromkeys(("p", "priv", "privat", "home"), "privat"),
    **dict.fromkeys(("g", "gesch", "geschaeftlich", "business", "work"), "geschäftlich"),
    **dict.fromkeys(("rech", "re", "rg", "rechnung", "bill", "billing", "inv", "invoice"), "Rechnung"),
    **dict.fromkeys(
        ("lief", "la", "liefer", "ship", "shipping", "del", "dlv", "delivery", "versand"), "Lieferung"
    ),
}
#: Headers that must share a block's prefix for it to be one, and how many of them the mapper
#: must know when read with the side word.
_BLOCK_HEADERS_MIN: Final = 3
_BLOCK_KNOWN_MIN: Final = 2
#: Words a technical header shortens that the header grammar does not know ("KU_RECH_NAM",
#: "KU_RECH_ZUS_1": Sthamer's name and address addition).
_SHORT_FIELD_WORDS: Final = {"nam": "Name", "zus": "Zusatz"}
#: Share of the named headers, and how many at least, that must start with the same prefix.
_PREFIX_SHARE: Final = 0.75
_PREFIX_HEADERS_MIN: Final = 4


def _common_prefix(headers: Sequence[str]) -> str | None:
    """The prefix (:data:`_PREFIXES`) at least :data:`_PREFIX_SHARE` of the named headers start
    with, the longest if several, or None. A prefix of capitals counts only in headers written
    in capitals ("OXCITY", not "STRASSE" beside "Straße")."""
    named = [h.strip() for h in headers if h.strip()]
    if len(named) < _PREFIX_HEADERS_MIN:
        return None
    counts: Counter[str] = Counter()
    for header in named:
        match = _PREFIXES.match(header)
        if match is None:
            continue
        underscored, typed, capitals = match.groups()
        if underscored or typed:
            counts[underscored or typed] += 1
        elif header.isupper():
            for size in range(2, len(capitals) + 1):
                counts[header[:size]] += 1
    needed = max(_PREFIX_HEADERS_MIN, _PREFIX_SHARE * len(named))
    shared = [p for p, n in counts.items() if n >= needed]
    prefix = max(shared, key=len) if shared else None
    if prefix is None:
        return None
    word = normalize(prefix).key
    # a word that says whose field it is ("Ansprechpartner_", "Liefer_", "privat_") is no
    # program's prefix: read past, the contact person's mobile would be the company's
    if word in _OWNER_ABBREVIATIONS:
        return None
    return prefix if word in _OWN_PREFIXES or not understood(word) else None


def _header_blocks(headers: Sequence[str], prefix: str | None) -> dict[str, tuple[str, str]]:
    """Header → the header it is read as when it belongs to a block of fields whose prefix names
    an address's side (:data:`_BLOCK_SIDES`): "p_strasse" → "strasse privat", "KU_RECH_STR" (the
    file's prefix "KU_") → "STR Rechnung", "KU_RECH_NAM" → "Rechnungsname". A block needs
    :data:`_BLOCK_HEADERS_MIN` headers (found by the 36th session's real-export round:
    VerbandOnline uploaded a PLZ without street or town, Sthamer mapped no name or address).
    Returns header → (the block's prefix, the reading); the mapper keeps the blocks of which at
    least :data:`_BLOCK_KNOWN_MIN` readings are known (a product table's "p_id", "p_price" beside
    "p_ort" is no private address)."""
    parts: dict[str, tuple[str, str]] = {}
    for header in headers:
        bare = header.strip()
        if prefix and bare.startswith(prefix):
            bare = bare[len(prefix) :]
        block, cut, rest = bare.partition("_")
        if cut and block and rest.strip("_"):
            parts[header] = (block.casefold(), rest)
    sizes = Counter(block for block, _ in parts.values())
    read: dict[str, tuple[str, str]] = {}
    for header, (block, rest) in parts.items():
        side = _BLOCK_SIDES.get(block)
        if side is None or sizes[block] < _BLOCK_HEADERS_MIN:
            continue
        words = " ".join(_SHORT_FIELD_WORDS.get(w.casefold(), w) for w in rest.split("_") if w)
        # "Name" with the billing side is the billing name (a company's or a person's, per row)
        billing_name = side == "Rechnung" and words.casefold() == "name"
        read[header] = (block, "Rechnungsname" if billing_name else f"{words} {side}")
    return read


#: Headers of one cell "Wagner, Heike": surname and first name (read like a plain ``Name``).
_SURNAME_FIRST_NAME: Final = frozenset({"namevorname", "nachnamevorname"})


def _surname_and_first_name_beside_first_name(columns: list[ColumnMapping]) -> None:
    """ "Name, Vorname" beside a first-name column is no surname: the whole cell would become the
    Nachname ("Wagner, Heike"). It stays unmapped (found by the hostile re-test)."""
    if not any(c.target == "Vorname" for c in columns):
        return
    for column in columns:
        if (
            normalize(column.source).key in _SURNAME_FIRST_NAME
            and column.method != "manual"
            and column.target
        ):
            column.unassign(msg("mapping-surname-first-name-beside-first-name", source=column.source))


def _percent(score: float) -> int:
    return round(score * 100)


#: Lines below the first one looked at for a header row that maps better (a title as wide as the table).
HEADER_SEARCH: Final = 5
#: Longer fields are no header (headers are short: under 50 characters in every bundled export);
#: they are not even read, so that a value of megabytes in the first lines costs nothing.
_HEADER_MAX_CHARS: Final = 100


def make_stand_in(column: ColumnMapping, target: str, note: str) -> None:
    """Make ``column`` the stand-in of ``target`` (a ``home:`` merge): it fills ``target`` only
    on the rows the cleaning leaves without it; ``note`` says so."""
    column.target, column.method, column.score = target, "merge", 1.0
    column.merge = f"{HOME_MERGE}{target}"
    column.destination = f"merged:{target}"
    column.suggestion, column.suggestion_score = None, None
    column.note = note


def header_side(header: str, catalog: Catalog) -> str | None:
    """The address side ``header`` names by its words ("Home Street", "Lieferadresse Ort",
    "Other City"), or None (unmarked)."""
    return lookup_tables(load_synonyms(), catalog_shape(catalog)).header_side(normalize(header))


#: The columns (or merges) that name a contact: a sheet without any of them holds no contacts.
_NAMING_TARGETS: Final = frozenset({"Firmenname", "Nachname", "Vorname", "Ansprechpartner 1 Nachname"})


def header_reading(headers: Sequence[str], catalog: Catalog) -> tuple[int, bool]:
    """How many of ``headers`` (blank ones left out) map to a lexoffice column by their names, and
    whether one of them names a contact (a company's or a person's name, a whole name):
    "Kundennummer|Jahr|Umsatz" or "Datum|Ort|Thema" do not."""
    columns = map_headers([h for h in headers if h.strip()], catalog)
    mapped = sum(1 for c in columns if c.target is not None)
    naming = any(
        c.target in _NAMING_TARGETS or (c.merge or "").startswith(("person-name", "contact-person"))
        for c in columns
    )
    return mapped, naming


def _header_like(headers: Sequence[str], catalog: Catalog, given: set[str]) -> int:
    """How many of ``headers`` read as column headers: mapped to a lexoffice column, mapped by
    the user (``--map``, ``--mapping``; left unmapped on purpose too), or on the never-map list
    (``Notiz``, ``Fax``, ``Matchcode``: headers lexoffice has no column for)."""
    tables = lookup_tables(load_synonyms(), catalog_shape(catalog))
    names = [h for h in headers if h.strip() and len(h) <= _HEADER_MAX_CHARS]
    return sum(
        1
        for c in map_headers(names, catalog)
        if c.target is not None
        or c.source.strip() in given
        or _never_reason(tables, normalize(c.source)) is not None
    )


def header_above(lines: Sequence[Sequence[str]], catalog: Catalog) -> tuple[int, int] | None:
    """The index among ``lines`` (the lines above a header row read, cut into fields) of the one
    with most fields that read as headers, at least two, and that count; None without one."""
    counts = [_header_like(line, catalog, set()) for line in lines]
    best = max(counts, default=0)
    return (counts.index(best), best) if best >= 2 else None


def header_line(
    lines: Sequence[Sequence[str]], catalog: Catalog, manual: Mapping[str, str | None] | None = None
) -> int:
    """The index among ``lines`` (a table's first lines, cut into fields) of its header row.

    The first line, unless at most one of its fields reads as a header (:func:`_header_like`)
    and one of the next :data:`HEADER_SEARCH` lines has at least two (the one with most, the
    earliest of equals). A title such as ``Export vom 01.03.2024;Benutzer: Admin;Mandant 1`` is
    as wide as the table below it: only the names tell it from the header. A first line that
    holds a header the user mapped by hand is the header: ``--map`` named it.
    """
    given = {source.strip() for source in manual or {}}
    if not lines or given & {field.strip() for field in lines[0]}:
        return 0
    if _header_like(lines[0], catalog, given) > 1:
        return 0
    counts = [_header_like(line, catalog, given) for line in lines[1 : HEADER_SEARCH + 1]]
    best = max(counts, default=0)
    return counts.index(best) + 1 if best >= 2 else 0
