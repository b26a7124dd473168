"""The header grammar: read a header the synonym list does not know as field + address side + rank.

A header is cut into words — snake_case, kebab-case, CamelCase (``companyStreet``), digits
(``Address1``, ``cp_phone1``), punctuation and brackets — and German compounds of two known words
are split (``Rechnungsort`` → rechnungs + ort, ``ACCOUNTNUMBER`` → account + number). Each word
is looked up in ``reference/header_words.toml``: a **field** (street, postcode, city, e-mail,
phone, first name …), an **entity** (the contact person, the customer, the supplier, a CRM
account), an address **side** (business/billing → address 1, shipping → address 2, home/other →
address 1 only when nothing else claims it), a **rank** (primary → 1, secondary → 2, or a digit),
or a filler. :func:`read_header` gives a :class:`Reading` only when every word is known and the
words agree on one field; :func:`target` turns a reading into a lexoffice column.

The rules, in order:

- An address word beside another address field names the block (``Address 1 - City``,
  ``_address_postcode``); its digit is then the block number: block 1 is address 1, a later block
  counts as "other" (never the delivery address). Alone, ``address`` is a street line: line 1 is
  the street, line 2 the address addition (``Address2``, ``address_line_2``, ``Street2``).
- A company word beside another field is the business side (``companyZip`` → PLZ 1,
  Pipedrive's ``Organization - City of Address``); alone it is the company name, after an
  address word too (Magento's ``_address_company``), but before one it names the company's
  whole address, read as the business address (``Organization - Address``, ``Company Address``:
  the cleaning splits it into street, postcode, city and country). ``Name`` with a company,
  supplier or account word is the company name.
- ``person`` is the private side only where no other word names one (``personStreet``;
  Pipedrive's ``Person - Email - Work`` is the work e-mail); beside ``Name`` alone it is no side
  (``Person - Name`` is read as a plain ``Name``: the person's whole name).
- A house number is merged into the street of its address (``House number of Address``).
- With the contact-person entity, person fields go to Ansprechpartner 1.
- ``Nr``/``Number`` is a customer or supplier number only with its entity word; a CRM account
  number is a customer number, or a supplier number in a supplier file.
- Ranks: e-mail and phone 1 or 2; rank 3 and above has no column. A mobile phone is Telefon 2,
  whoever's it is (a company's or a person's: the first such column wins; ``Phone - Mobile``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import reference
from importer.vocabulary import normalize

#: Address fields and their catalog base names ("Straße" + " 1").
ADDRESS_FIELDS: Final[Mapping[str, str]] = {
    "street": "Straße",
    "addition": "Adresszusatz",
    "postcode": "PLZ",
    "city": "Ort",
    "country": "Land",
}
#: Person fields and their columns: the customer's own, the contact person's.
_PERSON: Final[Mapping[str, tuple[str | None, str | None]]] = {
    "salutation": ("Anrede", "Ansprechpartner 1 Anrede"),
    "first_name": ("Vorname", "Ansprechpartner 1 Vorname"),
    "last_name": ("Nachname", "Ansprechpartner 1 Nachname"),
    "email": (None, "Ansprechpartner 1 E-Mail"),
    "phone": (None, "Ansprechpartner 1 Telefon"),
    # lexoffice keeps one phone per contact person: a mobile number beside it has no column
    "mobile": (None, None),
}
_CAMEL: Final = re.compile(r"(?<=[a-zäöüß0-9])(?=[A-ZÄÖÜ])|(?<=[A-ZÄÖÜ])(?=[A-ZÄÖÜ][a-zäöüß])")
_MAX_PHRASE: Final = 4
#: Number words at the end of a compound ("ACCOUNTNUMBER"), unified like whole words are.
_NUMBER_WORDS: Final = {"number": "nr", "nummer": "nr", "no": "nr", "num": "nr"}


@dataclass(frozen=True, slots=True)
class Reading:
    """What the words of one header say."""

    field: str
    side: str | None = None
    rank: int | None = None
    entity: str | None = None
    #: The header named an address block besides the field ("Address 1 - City").
    block: bool = False
    #: The header says the value is no longer current ("Straße alt", "Former Email"): no column.
    former: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    """A lexoffice column for a reading, with the score it claims it at."""

    target: str
    score: float
    side: str | None
    #: The merge kind when the column is merged into another ("contact-person-1").
    merge: str | None = None


class Words:
    """The vocabulary of ``reference/header_words.toml``, normalised: phrase → meanings."""

    def __init__(self, data: Mapping[str, Mapping[str, list[str]]]) -> None:
        self.meanings: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        for part in ("field", "qualified_field", "entity", "side", "rank", "time", "filler"):
            for value, phrases in data.get(part, {}).items():
                for phrase in phrases:
                    key = normalize(phrase).tokens
                    if key:
                        self.meanings.setdefault(key, set()).add((part, value))
        self.single = {key[0] for key in self.meanings if len(key) == 1}

    def split_compound(self, word: str) -> tuple[str, ...] | None:
        """``rechnungsort`` → (``rechnungs``, ``ort``); ``lieferstrasse`` → (``liefer``, ``strasse``)."""
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], _NUMBER_WORDS.get(word[cut:], word[cut:])
            if head in self.single and tail in self.single:
                return head, tail
            if head.endswith("s") and head[:-1] in self.single and tail in self.single:
                return head[:-1], tail
        return None


@functools.cache
def load_words() -> Words:
    """The shipped header words."""
    text = reference.data_file("header_words.toml").read_text(encoding="utf-8")
    return Words(tomllib.loads(text))


def words_of(header: str, vocabulary: Words | None = None) -> tuple[str, ...]:
    """The header's normalised words: CamelCase and digits split, compounds of known words split."""
    vocabulary = vocabulary or load_words()
    tokens: list[str] = []
    for token in normalize(_CAMEL.sub(" ", header)).tokens:
        if token in vocabulary.single or token.isdigit():
            tokens.append(token)
            continue
        split = vocabulary.split_compound(token)
        tokens.extend(split if split is not None else (_singular(token, vocabulary),))
    return tuple(tokens)


def _singular(word: str, vocabulary: Words) -> str:
    """An English plural of a known word as that word: a CRM's group of repeatable fields
    ("Emails 1 Email", "Phones 1 Phone", "Addresses 1 City" in OroCRM; "addresses.zipCode",
    "phoneNumbers.number" in Group-Office; the thirty-third session's real exports); else ``word``."""
    for cut in ("es", "s"):
        stem = _NUMBER_WORDS.get(word[: -len(cut)], word[: -len(cut)])
        if word.endswith(cut) and stem in vocabulary.single:
            return stem
    return word


def understood(header: str, vocabulary: Words | None = None) -> bool:
    """True when every word of ``header`` is known (whether or not the words agree on a field)."""
    vocabulary = vocabulary or load_words()
    return _parts(words_of(header, vocabulary), vocabulary) is not None


def sides_named(header: str, vocabulary: Words | None = None) -> frozenset[str]:
    """The address sides the words of ``header`` name, whatever its other words ("ship" in
    GnuCash's "shipaddr3", "Liefer" in "Lieferhinweis"): a suggestion by values keeps to them."""
    vocabulary = vocabulary or load_words()
    return frozenset(
        value
        for token in words_of(header, vocabulary)
        for part, value in vocabulary.meanings.get((token,), ())
        if part == "side"
    )


def read_header(
    header: str, vocabulary: Words | None = None, *, renewed: frozenset[str] = frozenset()
) -> Reading | None:
    """The reading of ``header``, or None when a word is unknown or the words disagree.

    ``renewed``: the fields another header of the file names a new value of ("Tel. neu": phone),
    so that "alt." after such a field is old, not alternate."""
    vocabulary = vocabulary or load_words()
    found = _parts(words_of(header, vocabulary), vocabulary)
    alternatives = bool(_ALTERNATIVES.search(header))
    # words apart: "/" between them or one in brackets ("Ort (Kreis)")
    apart = alternatives or "/" in header or "(" in header
    dotted = bool(_ALTERNATE_ABBREVIATED.search(header))
    if found is None:
        return None
    return _combine(*found, alternatives=alternatives, apart=apart, dotted=dotted, renewed=renewed)


#: Words that name a key or code of what the rest of the header names ("country_id", Magento's
#: "_address_country_id", "Country Key", "Länderschlüssel"): no field of their own. Such a header
#: is read without them only where its values show they are the field's own values
#: (:func:`keyed_reading`; a country's ISO code is a country, a shop's number for it is none).
_KEY_WORDS: Final = frozenset({"id", "ids", "key", "code", "iso", "schluessel", "kennung", "kuerzel"})


def keyed_reading(header: str, vocabulary: Words | None = None) -> Reading | None:
    """The reading of ``header`` without its key words (:data:`_KEY_WORDS`), when it has some and
    the rest is understood ("country_id" → country, "billing_country_id" → the billing side's
    country); else None. The caller decides by the values whether the key is the field's value."""
    vocabulary = vocabulary or load_words()
    tokens = words_of(header, vocabulary)
    rest = tuple(t for t in tokens if t not in _KEY_WORDS)
    if not rest or len(rest) == len(tokens):
        return None
    found = _parts(rest, vocabulary)
    return None if found is None else _combine(*found)


def _parts(tokens: tuple[str, ...], vocabulary: Words) -> tuple[list[set[tuple[str, str]]], list[int]] | None:
    """The meanings of the header's phrases (longest first) and its numbers; None for an unknown word."""
    parts: list[set[tuple[str, str]]] = []
    digits: list[int] = []
    i = 0
    while i < len(tokens):
        if tokens[i].isdigit():
            digits.append(int(tokens[i]))
            i += 1
            continue
        for length in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
            meanings = vocabulary.meanings.get(tokens[i : i + length])
            if meanings:
                parts.append(meanings)
                i += length
                break
        else:
            return None  # an unknown word: the header is not understood
    return parts, digits


#: Fields that have no address side: "person" beside them says nothing.
_UNSIDED: Final = frozenset({"name", "first_name", "last_name", "salutation", "company", "?company"})
#: Fields whose value is a number: a "number" word beside them adds nothing.
_NUMBERED: Final = frozenset({"phone", "mobile", "vat", "tax_number"})


#: "alt." with its dot after a phone number or an e-mail address abbreviates "alternativ" ("Tel.
#: alt.", "E-Mail alt."; the second hostile re-test found alternate numbers set aside as old
#: ones); after an address's part it is old ("Straße alt.": the third hostile re-test found a
#: former street uploaded as Adresszusatz), and so where the file names new values ("Tel. neu").
_ALTERNATE_ABBREVIATED: Final = re.compile(r"(?i)(?<![\w.])alt\.")
#: The fields a second one of which an "alt." after them names: ways to reach a contact.
_CHANNELS: Final = frozenset({"phone", "mobile", "email"})
#: Two things named as alternatives: "Telefon/Handy", "Festnetz & Mobil", "Tel. oder Mobil".
_ALTERNATIVES: Final = re.compile(r"(?i)[/&+]|\b(?:und|oder|or|and)\b")


def _combine(
    parts: list[set[tuple[str, str]]],
    digits: list[int],
    *,
    alternatives: bool = False,
    apart: bool = False,
    dotted: bool = False,
    renewed: frozenset[str] = frozenset(),
) -> Reading | None:
    fields: list[str] = []
    weak = False  # "person": the private side only where no other word names a side
    sides: set[str] = set()
    entities: set[str] = set()
    ranks: set[int] = set()
    former = False
    for meanings in parts:
        kinds = {kind for kind, _ in meanings}
        if kinds == {"field", "side"}:  # "company": the field alone, the business side beside another
            fields.append("?company")
            continue
        if kinds == {"rank", "time"}:  # "alt": alternate before the field, old after it, "alt." alternate
            channel = dotted and bool(fields) and set(fields) <= _CHANNELS and not renewed & set(fields)
            meanings = {m for m in meanings if m[0] == ("time" if fields and not channel else "rank")}
        for kind, value in meanings:
            if kind == "field":
                fields.append(value)
            elif kind == "qualified_field":
                fields.append(f"?{value}")
            elif kind == "side" and value == "private_weak":
                weak = True
            elif kind == "side":
                sides.add(value)
            elif kind == "entity":
                entities.add(value)
            elif kind == "rank":
                ranks.add(1 if value == "primary" else 2)
            elif kind == "time":
                former = True
    # Names have no side: "Person - Name" is the person's whole name as a plain "Name", "Person -
    # Nachname" the surname (Pipedrive; the 38th session's real-export round), not a private one
    # that yields to any other column
    if weak and not sides and not set(fields) <= _UNSIDED:
        sides.add("private")
    if "phone" in fields and "mobile" in fields:
        if alternatives:
            return None  # "Telefon/Handy": either, a landline as likely as a mobile
        fields.remove("phone")  # "Phone - Mobile": the mobile phone
    lined = "line" in fields
    if "line" in fields:
        if not digits and not ranks:
            return None  # "Line of Business": a line, but no address line
        fields = ["address" if f == "line" else f for f in fields]
    qualified = {f[1:] for f in fields if f.startswith("?") and f != "?company"}
    fields = [f for f in fields if not f.startswith("?") or f == "?company"]
    if "number" in fields and _NUMBERED.intersection(fields):
        fields.remove("number")  # "Mobile Phone Number", "VAT Number": the number is the field
    if "region" in fields and {"city", "country"} & set(fields) and apart:
        # "Ort (Kreis)", "Bezirk/Ort", "Region/Land": the place or country a region stands beside
        # (not a compound: a "Stadtbezirk" is a district, no town)
        fields = [f for f in fields if f != "region"]
    if len(digits) == 2 and not ranks and fields in (["address", "street"], ["address", "addition"]):
        # Dynamics' "Address 1: Street 2": the address block's number, then the street line's
        block_number, line = digits
        if line > 2:
            return None
        fields = ["address", "addition" if line == 2 else fields[1]]
        digits = [block_number]
    elif len(digits) == 2 and not ranks and lined and fields == ["address", "address"]:
        # MYOB's "Addr 1 - Line 1": the address block's number, then its line's (line 1 the
        # street, line 2 the addition; the thirty-third real-layout round found them unmapped)
        block_number, line = digits
        if line > 2:
            return None
        fields = ["address", "addition" if line == 2 else "street"]
        digits = [block_number]
    elif (
        len(digits) == 2
        and not ranks
        and len(fields) == 2
        and fields[0] == "address"
        and fields[1] in _CHANNELS
    ):
        # MYOB's "Addr 1 - Phone # 2": the first address block's second phone number; a later
        # block's numbers have no column of their own (lexoffice has two per contact)
        block_number, number = digits
        if block_number != 1:
            return None
        digits = [number]
    if qualified and sides and not [f for f in fields if f not in ("address", "?company")]:
        fields += sorted(qualified)  # "Billing Code": a postcode only beside an address side
    elif qualified:
        return None
    companies = [i for i, f in enumerate(fields) if f in ("?company", "company")]
    if companies and not entities and set(fields) <= {"?company", "company", "name"} and "name" in fields:
        # "Organisation - Name", "Firma Name": the company's name (Pipedrive's German export)
        return None if digits or ranks else Reading("company")
    if (
        companies
        and "address" in fields
        and set(fields) <= {"?company", "company", "address"}
        and companies[0] < fields.index("address")
        and not entities
        and not sides
        and not digits
        and not ranks
    ):
        # "Organisation - Adresse", "Company Address", "Firma Adresse": the company's whole
        # address in one cell, read like "Geschäftsadresse" (the cleaning splits it); Pipedrive's
        # organisation address stayed unmapped and every company was uploaded without one (the
        # 38th session's real-export round). After the address word the company is the address's
        # company (Magento's "_address_company").
        return Reading("address", "business")
    specific = {f for f in fields if f not in ("?company", "address")}
    block = "address" in fields and bool(specific or "?company" in fields)
    if specific:
        if "?company" in fields:
            sides.add("business")
    elif "?company" in fields:
        specific = {"company"}  # Magento's "_address_company": the company of the address
    elif "address" in fields:
        specific = {"address"}
    if len(specific) != 1 or len(sides) > 1 or len(entities) > 1 or len(ranks) > 1 or len(digits) > 1:
        return None
    if digits and ranks == {1} and "address" in fields:
        # "Main Address Line 1" (Sage Accounting): the main address's line 1
        ranks = set()
    if digits and ranks:
        return None
    if ranks and specific == {"address"} and not lined and not block:
        return None  # "Secondary Address", "Sekundäre Adresse": a second address, not its line 2
    rank = digits[0] if digits else (ranks.pop() if ranks else None)
    return Reading(specific.pop(), next(iter(sides), None), rank, next(iter(entities), None), block, former)


def target(reading: Reading, *, supplier_file: bool = False) -> Choice | None:
    """The lexoffice column of a reading, or None when lexoffice has no column for it."""
    field, side, rank, entity = reading.field, reading.side, reading.rank, reading.entity
    if reading.former:
        return None  # an old value ("Straße alt") is no contact's current one
    if field in ("address", "street", "addition", "postcode", "city", "country"):
        return None if entity == "contact" else _address(reading)
    if field == "house_number":
        # merged into the street of its address (not a home address's: that street is a merge too)
        if entity == "contact" or side == "private" or rank not in (None, 1):
            return None
        block = 2 if side == "shipping" else 1
        return Choice(f"Straße {block}", SIDE_SCORES[side], side, merge=f"house_number-{block}")
    if field in _PERSON and entity == "contact":
        column = _PERSON[field][1]
        return None if column is None or rank not in (None, 1) else Choice(column, 1.0, None)
    if field in ("salutation", "first_name", "last_name"):
        column = _PERSON[field][0]
        return None if column is None or rank not in (None, 1) else Choice(column, 1.0, side)
    if field in ("email", "phone", "mobile"):
        return _slot(field, side, rank)
    if field == "company":
        return Choice("Firmenname", 1.0, None) if rank in (None, 1) and entity != "contact" else None
    if field == "name":
        if entity in ("supplier", "account") and rank is None:
            return Choice("Firmenname", 1.0, None)
        if entity == "contact" and rank in (None, 1):
            # "Contact Name", "Main Contact Name" (Sage Accounting): the contact person's whole name
            return Choice("Ansprechpartner 1 Nachname", 1.0, None, merge="contact-person-1")
        if entity is None and side is None and rank is None and not reading.block:
            # "Person - Name": read as the synonyms read a plain "Name" (weakly the surname; the
            # mapper makes it the whole name where no first-name column stands beside it)
            return Choice("Nachname", WEAK_SCORE, None)
        return None
    # The VAT id or tax number of the client, customer, supplier or account is the contact's own.
    if field == "vat" and rank is None and entity != "contact":
        return Choice("Umsatzsteuer ID", 1.0, None)
    if field == "tax_number" and rank is None and entity != "contact":
        return Choice("Steuernummer", 1.0, None)
    if field == "number" and rank is None and side is None:
        if entity == "customer" or (entity == "account" and not supplier_file):
            return Choice("Kundennummer", 1.0, None)
        if entity == "supplier" or (entity == "account" and supplier_file):
            return Choice("Lieferantennummer", 1.0, None)
    return None


#: The most lines of an address a header may number ("Address Line 5").
_ADDRESS_LINES_MAX: Final = 6
#: Score of a reading the synonyms' weak list names too (a plain "Name": the surname, or more).
WEAK_SCORE: Final = 0.9
#: Subtracted from the score of a column that only says "address" (see :func:`_address`).
GENERIC_PENALTY: Final = 0.03
#: Score of a claim by side: business and unmarked win, billing next, home/other last.
SIDE_SCORES: Final[Mapping[str | None, float]] = {
    None: 1.0,
    "business": 1.0,
    "billing": 0.95,
    "shipping": 1.0,
    "private": 0.9,
}


def _address(reading: Reading) -> Choice | None:
    field, side, rank = reading.field, reading.side, reading.rank
    if reading.block or field not in ("address", "street"):
        number = None if not reading.block else rank
        if number is not None and number > 1:
            side = side or "private"  # a later address block: another address, never the delivery address
    else:
        number = None
        if rank is not None:
            if rank > 2:
                # "Adresszeile 3", "addr4", "AddressLine3": a further line of the address,
                # placed row by row (the tenth real-layout round: GnuCash's "65183 Wiesbaden"
                # in addr3 never reached PLZ and Ort); a home address's stays unmapped
                if rank > _ADDRESS_LINES_MAX or side == "private":
                    return None
                column = 2 if side == "shipping" else 1
                return Choice(
                    f"Adresszusatz {column}", SIDE_SCORES[side], side, merge=f"address_line_{rank}-{column}"
                )
            if rank == 2:
                field = "addition"
        elif field == "address" and side is None:
            return None  # "Address" alone may hold the whole address
        if field == "address":
            field = "street"
    # A column that only says "address" is less specific than one naming the street or its line:
    # it loses a tie against them ("shipping_address" beside "ship-to_address_line_1").
    generic = reading.field == "address" and reading.rank is None and not reading.block
    if field == "address":
        field = "street"
    column = 2 if side == "shipping" else 1
    score = SIDE_SCORES[side] - (GENERIC_PENALTY if generic else 0.0)
    return Choice(f"{ADDRESS_FIELDS[field]} {column}", score, side)


def _slot(field: str, side: str | None, rank: int | None) -> Choice | None:
    """E-Mail 1/2, Telefon 1/2: by rank; a mobile phone is Telefon 2; rank 3 and above has no column."""
    if rank is not None and rank > 2:
        return None
    if field == "mobile":
        if rank not in (None, 1) or side == "shipping":
            return None
        # A mobile phone belongs to a person: no side outranks another, the first column wins.
        return Choice("Telefon 2", 1.0, None)
    if side == "shipping":
        return None
    base = "E-Mail" if field == "email" else "Telefon"
    return Choice(f"{base} {rank or 1}", SIDE_SCORES[side], side)
