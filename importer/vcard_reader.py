"""The vCard reader: an address book (.vcf) from Apple Contacts, iCloud, Android, Outlook, eM Client,
Thunderbird … becomes a table of one row per contact.

vCard 2.1, 3.0 and 4.0 (RFC 2425/2426/6350) are read line by line: folded lines are joined,
quoted-printable values (vCard 2.1, Outlook) decoded in their ``CHARSET``, escapes (``\\n``,
``\\,``, ``\\;``) undone and structured values (N, ADR, ORG) cut at their unescaped ``;`` (N's
components also at their unescaped ``,``: "Frau,Dr." are two prefixes).
Written by hand rather than with vobject: vobject truncates a name written with an unescaped comma
("FN:München, Falk" → "München") and only logs the lines it cannot read, where a user needs to be
told which contact lost what. Here nothing is dropped in silence:

- the columns lexoffice has are filled under its own names: Anrede, Vorname (given and
  additional names), Nachname from N; Firmenname from ORG; E-Mail 1/2 and Telefon 1/2 (faxes
  aside) in the order preferred, work, main, mobile, home, other (beside an organisation and a
  work one, the person's home e-mail address and number are Ansprechpartner 1 E-Mail and
  Telefon); address 1 from the one labelled a billing address, else the preferred, else the
  work, else the first address (beside an organisation a home address comes after any other, on
  a person's card before); address 2 from the one labelled a delivery address; a missing
  country from Apple's address format (``vcard-country-from-format``);
- everything else becomes a column of its own, which no lexoffice column takes, so its cells end
  in the unmapped file: the display name (FN, unless it only repeats N or ORG), department,
  position, notes, web sites, birthday, further addresses, numbers and e-mail addresses, faxes,
  and every other property by its name;
- a contact without N gets its names from FN, split like a one-cell name (``vcard-name-from-fn``;
  beside an ORG, FN names the contact person);
- a line that is no property is kept in a column of its contact and reported
  (``vcard-line-unreadable``); photos, logos, sounds and keys (binary data) are left out and
  counted in one finding (``vcard-binary-skipped``).

Row numbers count the contacts like the records of a CSV file (the first contact is row 2); a
finding's line is the line of its contact's ``BEGIN:VCARD``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Final

import polars as pl

from importer.encoding import decode, detect_encoding
from importer.errors import InputUnusableError
from importer.frame import LINE, ROW
from importer.messages import msg
from importer.model import Issue, Table
from importer.names import is_company_name, is_no_name, is_title_word, split_person_name
from importer.parse import unique_headers
from importer.result import RawInput, ReadOptions, ReadTable
from importer.rules import finding
from importer.sniff import refuse_binary, refuse_binary_text, unmarked_utf16_vcard

#: A content line: optional group, name, parameters, value (the first ":" outside quotes).
_CONTENT: Final = re.compile(
    # A parameter ends at the next ";" or "," (never inside it): one way to read a line, however
    # many separators it has (the first form backtracked exponentially on a line without ":").
    r'^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)((?:[;,](?:"[^"]*"|[^";,:])*)*):(.*)$',
    re.DOTALL,
)
_PARAM: Final = re.compile(r'[;,]((?:"[^"]*"|[^;,"])*)')
#: vCard 4's URI form of a number or address ("tel:+49-30-1234567", "mailto:a@b.de").
_URI: Final = re.compile(r"^(?:tel|mailto):", re.IGNORECASE)
#: Lines outside every contact quoted in their finding.
_OUTSIDE_SHOWN: Final = 20
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
#: A quoted-printable byte before a soft break, and a folded line starting with another byte.
_QP_BYTE_END: Final = re.compile(r"=[0-9A-Fa-f]{2}=$")
_QP_BYTE_START: Final = re.compile(r"[ \t]=[0-9A-Fa-f]{2}")
#: What an AGENT's lines keep when they become one value that is unescaped once more: backslashes.
_AGENT_ESCAPE: Final = re.compile(r"\\")
#: The lines that open and close a contact: never part of a value.
_CARD_MARKS: Final = frozenset({"BEGIN:VCARD", "END:VCARD"})
#: Properties whose value is binary data (base64 or a data: URI): not a cell.
_BINARY: Final = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
#: Properties only about the file, not the contact.
_FORMAT: Final = frozenset({"BEGIN", "END", "VERSION"})
#: Apple's labels of grouped properties ("item1.X-ABLabel:_$!<Other>!$_"): read as the type.
_LABEL: Final = "X-ABLABEL"
_APPLE_LABEL: Final = re.compile(r"^_\$!<(.*)>!\$_$")
#: Apple's address format of a grouped ADR: the country's ISO code in lower case ("us", "de").
_ADDRESS_FORMAT: Final = "X-ABADR"
_COUNTRY_CODE: Final = re.compile(r"[A-Za-z]{2}")
#: Columns of what lexoffice has no column for. Each name says it comes from the vCard, so that
#: no header rule reads it as a lexoffice column ("UID" is Austria's word for the VAT id, "Region"
#: looks like "Land"); a property without an entry here is named ``vCard-Eigenschaft <NAME>``.
INFO_COLUMNS: Final = {
    "FN": "vCard: Anzeigename (FN)",
    "TITLE": "vCard: Position",
    "ROLE": "vCard: Rolle",
    "NOTE": "vCard: Notiz",
    "URL": "vCard: Webseite",
    "BDAY": "vCard: Geburtstag",
    "ANNIVERSARY": "vCard: Jahrestag",
    "NICKNAME": "vCard: Spitzname",
    "AGENT": "vCard: Vertreter (AGENT)",
    "CATEGORIES": "vCard: Kategorien",
    "LABEL": "vCard: Adressetikett",
    "ORG": "vCard: weitere Organisation",
    "N": "vCard: weiterer Name",
    "UID": "vCard: Kennung (UID)",
    "REV": "vCard: Stand (REV)",
    "PRODID": "vCard: Programm (PRODID)",
    "SORT-STRING": "vCard: Sortiername",
    "X-ABADR": "vCard: Adressformat (Apple)",
    # parts of the properties lexoffice takes
    "suffix": "vCard: Namenszusatz",
    "department": "vCard: Abteilung",
    "email": "vCard: weitere E-Mail-Adresse",
    "phone": "vCard: weitere Telefonnummer",
    "fax": "vCard: Fax",
    "address": "vCard: weitere Adresse",
    "address-type": "vCard: Adresstyp",
    "pobox": "vCard: Postfach",
    "region": "vCard: Bundesland oder Region",
    "address-rest": "vCard: weitere Adressteile",
    # the parts of the delivery address (address 2) that lexoffice has no column for
    "pobox-2": "vCard: Postfach (Lieferadresse)",
    "region-2": "vCard: Bundesland oder Region (Lieferadresse)",
    "address-type-2": "vCard: Adresstyp (Lieferadresse)",
    "address-rest-2": "vCard: weitere Adressteile (Lieferadresse)",
    "name-rest": "vCard: weitere Namensteile",
    "unreadable": "vCard: nicht lesbare Zeile",
    # a label the user gave an e-mail address or a number ("Ehefrau Gisela"), per column
    "label": "vCard: Bezeichnung zu {column}",
}
#: The name of a property's column when :data:`INFO_COLUMNS` has none.
OTHER_PROPERTY: Final = "vCard-Eigenschaft {name}"
#: Phone and e-mail types in the order their first two take lexoffice's two columns; the others
#: keep the order of the file.
_RANK: Final = ("PREF", "WORK", "MAIN", "CELL")


@dataclass
class _Property:
    name: str
    group: str | None
    types: frozenset[str]
    params: dict[str, str]
    value: str
    #: Quoted-printable bytes without a CHARSET that are no UTF-8, read as Windows-1252.
    guessed: bool = False


@dataclass
class _Card:
    line: int
    properties: list[_Property] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    #: No END:VCARD closed it.
    unterminated: bool = False
    #: The line of the card read as its AGENT's value (vCard 2.1's embedded card), or 0.
    agent_line: int = 0


@dataclass
class _Rows:
    """The table being built: one dict of cells per contact, columns in order of first use."""

    cells: list[dict[str, str]] = field(default_factory=list)
    columns: dict[str, None] = field(default_factory=dict)

    def put(self, row: dict[str, str], column: str, value: str) -> str | None:
        """Put ``value`` in ``column``, or in ``column (2)``, ``(3)`` … when that is taken; the
        column it went to (None for an empty value)."""
        if not value.strip():
            return None
        name, n = column, 2
        while name in row:
            name = f"{column} ({n})"
            n += 1
        row[name] = value
        self.columns.setdefault(name, None)
        return name


def read_vcard(raw: RawInput, options: ReadOptions) -> ReadTable:
    """Read an address book of vCards into a table (see the module docstring)."""
    data = raw.take()
    unmarked = None if options.encoding else unmarked_utf16_vcard(data)
    info = detect_encoding(data, options.encoding or unmarked, path=raw.path)
    if unmarked is not None:
        info = replace(info, evidence=msg("evidence-utf16-unmarked"))
    wide = info.name.startswith(("utf-16", "utf-32"))
    if not wide:
        refuse_binary(data, raw.path, msg("howto-export-vcard"))
    text = decode(data, info)
    del data
    if wide:
        refuse_binary_text(text, raw.path, msg("howto-export-vcard"))
    cards, outside = _cards(text)
    if not cards:
        raise InputUnusableError(msg("vcard-no-contacts", path=raw.path))
    rows = _Rows()
    issues: list[Issue] = []
    binary: dict[str, int] = {}
    for number, card in enumerate(cards, start=2):
        row: dict[str, str] = {}
        _fill(row, rows, card, number, issues, binary)
        rows.cells.append(row)
    if outside:
        # Lines outside every contact belong to none: the finding holds them (the JSON report).
        shown = " | ".join(line for _, line in outside[:_OUTSIDE_SHOWN])
        issues.insert(
            0,
            finding(
                "vcard-line-unreadable",
                line=outside[0][0],
                value=shown,
                count=len(outside),
                message="issue-vcard-line-outside",
            ),
        )
    if binary:
        listed = ", ".join(
            f"{msg('vcard-binary-' + name.lower())} ×{count}" for name, count in sorted(binary.items())
        )
        issues.insert(0, finding("vcard-binary-skipped", what=listed))
    columns, header_issues = unique_headers(list(rows.columns))
    frame = pl.DataFrame(
        {new: [r.get(old, "") for r in rows.cells] for old, new in zip(rows.columns, columns, strict=True)}
        | {ROW: list(range(2, len(cards) + 2)), LINE: [c.line for c in cards]},
        schema={**dict.fromkeys(columns, pl.String), ROW: pl.Int64, LINE: pl.Int64},
    )
    table = Table(frame, columns, list(rows.columns), [], [*header_issues, *issues], 0)
    chars = sum(len(v) for r in rows.cells for v in r.values())
    return ReadTable(table, chars, encoding=info)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with the number of their first physical line: folded lines joined (a line
    starting with a space or tab continues the one before; a quoted-printable value ending in
    "=" continues on the next line)."""
    current: str | None = None
    start = 0
    # Only CR and LF end a line: str.splitlines also cuts at U+2028, form feeds and the like, which
    # may stand inside a value.
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        # A quoted-printable soft break first: the next line is the value's own text, a leading
        # space included ("Hallo=" + " Welt" is "Hallo Welt", not a folded "Hallo=Welt").
        if (
            current is not None
            and current.endswith("=")
            and "QUOTED-PRINTABLE" in current.split(":", 1)[0].upper()
            and line.strip().upper() not in _CARD_MARKS
        ):
            # a byte run broken over the lines ("M=C3=" then " =BCller"): the space only folds
            # (kept, it split a UTF-8 character into "MÃ ¼ller": the hostile re-test)
            if _QP_BYTE_END.search(current) and _QP_BYTE_START.match(line):
                line = line[1:]
            current = current[:-1] + line
            continue
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None:
            yield start, current
        current, start = line, number
    if current is not None:
        yield start, current


def _cards(text: str) -> tuple[list[_Card], list[tuple[int, str]]]:
    """The contacts of ``text``, and the lines outside any contact (blank ones left out)."""
    cards: list[_Card] = []
    outside: list[tuple[int, str]] = []
    # Open contacts: a BEGIN:VCARD inside a contact (vCard 2.1's AGENT, or a contact whose
    # END:VCARD is missing) opens another one; the outer one goes on after its END:VCARD.
    open_cards: list[_Card] = []
    # vCard 2.1's AGENT holds the card of the contact's assistant or deputy ("AGENT:" and a
    # BEGIN:VCARD on the next line): no contact of its own (it was uploaded as a customer), its
    # lines the value of the outer contact's AGENT.
    agent: _Property | None = None
    agent_lines: list[str] = []
    depth = 0
    for number, line in _lines(text):
        upper = line.strip().upper()
        if agent is not None:
            depth += (upper == "BEGIN:VCARD") - (upper == "END:VCARD")
            if depth == 0:
                agent.value = "\n".join(agent_lines)
                agent, agent_lines = None, []
            elif line.strip() and not upper.startswith("VERSION:") and upper != "BEGIN:VCARD":
                agent_lines.append(_AGENT_ESCAPE.sub(r"\\\g<0>", line.strip()))
            continue
        if upper == "BEGIN:VCARD":
            last = open_cards[-1].properties[-1] if open_cards and open_cards[-1].properties else None
            if last is not None and last.name == "AGENT" and not last.value.strip():
                agent, depth = last, 1
                open_cards[-1].agent_line = number
                continue
            open_cards.append(_Card(number))
            continue
        if upper == "END:VCARD" and open_cards:
            cards.append(open_cards.pop())
            continue
        if not open_cards:
            if line.strip():
                outside.append((number, line.strip()))
            continue
        card = open_cards[-1]
        prop = _property(line)
        if prop is None:
            if line.strip():
                card.unreadable.append(line.strip())
            continue
        card.properties.append(prop)
    if agent is not None:  # the agent's card never ended: what it had is kept
        agent.value = "\n".join(agent_lines)
    for card in open_cards:  # no END:VCARD: the contact is still read, and named
        card.unterminated = True
        cards.append(card)
    return sorted(cards, key=lambda c: c.line), outside


def _property(line: str) -> _Property | None:
    """One content line, its value decoded (quoted-printable in its charset); None when it is no property."""
    match = _CONTENT.match(line)
    if match is None:
        return None
    group, name, raw_params, value = match.groups()
    types: set[str] = set()
    params: dict[str, str] = {}
    for param in _PARAM.findall(raw_params):
        key, sep, val = param.partition("=")
        if not sep:  # vCard 2.1: a bare type ("WORK") or encoding ("QUOTED-PRINTABLE")
            key, val = (
                ("ENCODING", param)
                if param.upper() in ("QUOTED-PRINTABLE", "BASE64", "B")
                else ("TYPE", param)
            )
        key = key.strip().upper()
        val = val.strip()
        if key == "TYPE":
            types.update(t.strip().strip('"').upper() for t in val.split(",") if t.strip())
        else:
            params[key] = val.strip('"')
    guessed = False
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
        value, guessed = _quoted_printable(value, params.get("CHARSET"))
    return _Property(name.upper(), group, frozenset(types), params, value, guessed)


def _quoted_printable(value: str, charset: str | None) -> tuple[str, bool]:
    """Each run of ``=XX`` bytes decoded in ``charset`` (UTF-8 when none is named, Windows-1252
    when the bytes are no UTF-8: Outlook's code page); other characters are kept as they are.
    The flag: a run without a named charset was read as Windows-1252, a guess (The Bat! writes
    its system's code page unnamed: Polish "Iksi=F1ski" is "Iksiński" in Windows-1250)."""
    guessed = False

    def run(match: re.Match[str]) -> str:
        nonlocal guessed
        data = bytes.fromhex(match.group(0).replace("=", ""))
        for codec in (charset or "utf-8", "cp1252"):
            try:
                text = data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                continue
            guessed = guessed or (charset is None and codec == "cp1252")
            return text
        guessed = guessed or charset is None
        return data.decode("latin-1")

    return re.sub(r"(?:=[0-9A-Fa-f]{2})+", run, value), guessed


def _unescape(text: str) -> str:
    return re.sub(r"\\([nN,;:\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _parts(value: str) -> list[str]:
    """A structured value's components, cut at unescaped ";" and unescaped."""
    return [_unescape(p).strip() for p in re.split(r"(?<!\\);", value)]


def _name_parts(value: str) -> list[str]:
    """N's components, each a list of values cut at its unescaped "," and joined by spaces
    ("N:Roth;Anna;Maria,Luise;Frau,Dr.;" → additional "Maria Luise", prefix "Frau Dr.")."""
    return [
        " ".join(w for w in (_unescape(v).strip() for v in re.split(r"(?<!\\),", p)) if w)
        for p in re.split(r"(?<!\\);", value)
    ]


def _is_binary(prop: _Property) -> bool:
    encoding = prop.params.get("ENCODING", "").upper()
    return prop.name in _BINARY and (
        encoding in ("B", "BASE64") or prop.value.startswith("data:") or len(prop.value) > 200
    )


def _rank(prop: _Property, label: str | None) -> int:
    # vCard 4 writes the preference as a parameter (PREF=1), vCard 3 as a type (TYPE=pref).
    preferred = {"PREF"} if "PREF" in prop.params else set()
    types = prop.types | preferred | ({label.upper()} if label else set())
    return next((i for i, t in enumerate(_RANK) if t in types), len(_RANK))


#: Labels and types that say what an address, a number or an e-mail address is (Apple's
#: ``X-ABLabel``, a custom TYPE), compared without case, spaces, "-" and "_".
_HOME_WORDS: Final = frozenset({"home", "privat", "private", "zuhause", "personal"})
_WORK_WORDS: Final = frozenset({"work", "arbeit", "büro", "buero", "office", "geschäftlich", "firma", "main"})
#: An address for invoices (address 1) or for deliveries (lexoffice's address 2, its shipping address).
_BILLING_WORDS: Final = frozenset(
    [
        "rechnungsadresse",
        "rechnungsanschrift",
        "rechnung",
        "billing",
        "billingaddress",
        "billto",
        "invoice",
        "invoiceaddress",
    ]
)
_DELIVERY_WORDS: Final = frozenset(
    [
        "lieferadresse",
        "lieferanschrift",
        "versandadresse",
        "lieferung",
        "shipping",
        "shippingaddress",
        "shipto",
        "delivery",
        "deliveryaddress",
    ]
)


def _kinds(prop: _Property, label: str | None) -> set[str]:
    """The property's types and its label, each folded for comparison with the word sets above."""
    words = {*prop.types, *([label] if label else [])}
    return {re.sub(r"[\s_-]+", "", w).casefold().rstrip(":") for w in words}


def _is_home(prop: _Property, label: str | None) -> bool:
    return bool(_kinds(prop, label) & _HOME_WORDS)


def _is_work(prop: _Property, label: str | None) -> bool:
    return bool(_kinds(prop, label) & _WORK_WORDS)


def _purpose(prop: _Property, label: str | None) -> str | None:
    """``billing`` or ``delivery`` for an address labelled so ("Rechnungsadresse", "ship to")."""
    kinds = _kinds(prop, label)
    if kinds & _BILLING_WORDS:
        return "billing"
    return "delivery" if kinds & _DELIVERY_WORDS else None


def _address_rank(prop: _Property, label: str | None, *, company: bool) -> tuple[int, int]:
    """Where an address stands for address 1. On a card with an organisation the company's
    addresses come first (preferred, work, the others in the file's order), the contact person's
    home address last, even when preferred: it is the person's own, not the company's (the
    fortieth round: a company uploaded with its contact's home in Innsbruck, its office in Erfurt
    unmapped). On a person's card the home address comes first, then as on a company's."""
    home = _is_home(prop, label)
    return (home if company else not home), min(_rank(prop, label), 2)


def _person_details(props: list[_Property], labels: dict[str | None, str | None]) -> list[_Property]:
    """Of a company's card with a named person, the e-mail addresses or numbers that are the
    person's own (home, private) when the card also has a work one for the company: they are
    the contact person's, not the company's E-Mail 1 (the fortieth round: "joerg.guenther@gmx.de"
    as the E-Mail 1 of "Softwarehaus Martin")."""
    own = [p for p in props if _is_home(p, labels.get(p.group))]
    rest = [p for p in props if all(p is not o for o in own)]
    return own if own and any(_is_work(p, labels.get(p.group)) for p in rest) else []


def _fill_addresses(
    row: dict[str, str],
    rows: _Rows,
    addresses: list[_Property],
    labels: dict[str | None, str | None],
    formats: dict[str | None, str],
    *,
    company: bool,
) -> dict[str | None, str]:
    """Address 1 (the billing address), address 2 (lexoffice's shipping address) and the
    further addresses of one contact; the groups whose Apple address format became a country,
    with the column it went to.

    Address 1 is the one labelled a billing address ("Rechnungsadresse", "bill to"), else the
    first by :func:`_address_rank`; address 2 the first labelled a delivery address
    ("Lieferadresse", "Shipping"): a delivery address is never address 1, an unlabelled one never
    address 2. The others go whole to the column of further addresses. An address without a
    country gets the one its Apple address format names ("item1.X-ABADR:us": an Atlanta address
    was uploaded as German)."""
    ordered = sorted(addresses, key=lambda p: min(_rank(p, labels.get(p.group)), 2))
    purposes = [_purpose(p, labels.get(p.group)) for p in ordered]
    billing = [p for p, kind in zip(ordered, purposes, strict=True) if kind == "billing"]
    delivery = [p for p, kind in zip(ordered, purposes, strict=True) if kind == "delivery"]
    plain = [p for p, kind in zip(ordered, purposes, strict=True) if kind is None]
    first = (billing or sorted(plain, key=lambda p: _address_rank(p, labels.get(p.group), company=company)))[
        :1
    ]
    second = delivery[:1]
    rest = [p for p in ordered if all(p is not q for q in (*first, *second))]
    used: dict[str | None, str] = {}
    for prop, slot in [*((p, "1") for p in first), *((p, "2") for p in second), *((p, "") for p in rest)]:
        parts = _parts(prop.value)
        pobox, extended, street, city, region, code, country = ([*parts, *[""] * 7])[:7]
        if slot and not country and prop.group in formats:
            country = formats[prop.group]
            used[prop.group] = f"Land {slot}"
        more = "; ".join(p for p in parts[7:] if p)
        kind = _type_text(prop, labels.get(prop.group))
        if slot:
            aside = "" if slot == "1" else "-2"
            for column, value in (
                (f"Straße {slot}", street),
                (f"Adresszusatz {slot}", extended),
                (f"PLZ {slot}", code),
                (f"Ort {slot}", city),
                (f"Land {slot}", country),
                (INFO_COLUMNS["pobox" + aside], pobox),
                (INFO_COLUMNS["region" + aside], region),
                (INFO_COLUMNS["address-type" + aside], kind),
                (INFO_COLUMNS["address-rest" + aside], more),
            ):
                rows.put(row, column, value)
        else:
            place = " ".join(p for p in (code, city) if p)
            whole = ", ".join(p for p in (pobox, extended, street, place, region, country, more) if p)
            rows.put(row, INFO_COLUMNS["address"], f"{kind}: {whole}" if kind and whole else whole)
    return used


def _shown_as_company(properties: list[_Property]) -> bool:
    """Whether the card is marked a company's: ``X-ABSHOWAS:COMPANY`` (Apple Contacts, and the
    programs that write Apple's marks)."""
    return any(p.name == "X-ABSHOWAS" and _unescape(p.value).strip().upper() == "COMPANY" for p in properties)


def _type_text(prop: _Property, label: str | None) -> str:
    shown = sorted(t.lower() for t in prop.types if t not in ("PREF", "INTERNET", "VOICE", "X400"))
    if label:
        shown.append(label)
    return ", ".join(shown)


def _repeats(display: str, name: tuple[str, str, str, str, str], organisation: list[str]) -> bool:
    """True when the display name (FN) is N's parts in either usual order, or the organisation's
    name, compared without case, commas and repeated spaces."""

    def norm(text: str) -> str:
        return " ".join(text.replace(",", " ").split()).casefold()

    family, given, additional, prefix, suffix = name
    forms = {
        norm(" ".join((prefix, given, additional, family, suffix))),
        norm(" ".join((given, additional, family))),
        norm(" ".join((family, given, additional))),
        norm(organisation[0] if organisation else ""),
    }
    return norm(display) in forms - {""}


def _fill(
    row: dict[str, str], rows: _Rows, card: _Card, number: int, issues: list[Issue], binary: dict[str, int]
) -> None:
    """One contact's cells (see the module docstring)."""
    # Every label of a group (a second X-ABLabel of one group was lost: the hostile re-test).
    written: dict[str | None, list[str]] = {}
    for p in card.properties:
        if p.name == _LABEL and p.group and _unescape(p.value).strip():
            written.setdefault(p.group, []).append(_unescape(p.value).strip())
    label_texts = {g: [_APPLE_LABEL.sub(r"\1", t) for t in ts] for g, ts in written.items()}
    labels: dict[str | None, str | None] = {g: ts[0] or None for g, ts in label_texts.items()}
    # Labels the user wrote (not Apple's own "_$!<Other>!$_"): kept beside their value.
    custom: dict[str | None, str] = {
        g: "; ".join(t for t in ts if not _APPLE_LABEL.match(t))
        for g, ts in written.items()
        if any(not _APPLE_LABEL.match(t) for t in ts)
    }
    # Apple's address format of a grouped ADR ("item1.X-ABADR:us"): the address's country code
    formats: dict[str | None, str] = {
        p.group: _unescape(p.value).strip().upper()
        for p in card.properties
        if p.name == _ADDRESS_FORMAT and p.group and _COUNTRY_CODE.fullmatch(_unescape(p.value).strip())
    }
    name: list[str] = []
    organisation: list[str] = []
    display: str | None = None
    first_fn: _Property | None = None
    emails: list[_Property] = []
    phones: list[_Property] = []
    faxes: list[_Property] = []
    addresses: list[_Property] = []
    others: list[_Property] = []
    for prop in card.properties:
        if prop.name in _FORMAT or prop.name == _LABEL:
            continue
        if _is_binary(prop):
            binary[prop.name] = binary.get(prop.name, 0) + 1
            continue
        if prop.name == "N" and not name:
            name = _name_parts(prop.value)
        elif prop.name == "ORG" and not organisation and any(_parts(prop.value)):
            organisation = _parts(prop.value)
        elif prop.name == "FN" and display is None:
            display = _unescape(prop.value).strip()
            first_fn = prop
            others.append(prop)
        elif prop.name in ("EMAIL", "TEL") and not _unescape(prop.value).strip():
            continue  # an empty one takes no slot: the next is E-Mail 1 / Telefon 1
        elif prop.name == "EMAIL":
            emails.append(prop)
        elif prop.name == "TEL":
            fax = "FAX" in prop.types or "fax" in (custom.get(prop.group) or "").casefold()
            (faxes if fax else phones).append(prop)
        elif prop.name == "ADR":
            addresses.append(prop)
        else:
            others.append(prop)
    family, given, additional, prefix, suffix = ([*name, "", "", "", "", ""])[:5]
    # FN that only repeats N or ORG ("Lena Berger", "Berger, Lena") says nothing new: no column.
    repeated = display is not None and _repeats(
        display, (family, given, additional, prefix, suffix), organisation
    )
    # RFC 9554 adds components after the suffix; a sloppy exporter an unescaped ";": kept aside.
    rows.put(row, INFO_COLUMNS["name-rest"], "; ".join(p for p in name[5:] if p))
    # Titles in the prefix ("Dr.", "Prof. Dr.") stay with the first name, as in a one-cell name;
    # only a salutation ("Herr", "Frau") is the Anrede.
    # "Dr. h. c." is one title: its "h.c." is no salutation (the hostile re-test: Anrede "h.c.")
    words = re.sub(r"(?i)\bh\.\s+c\.", "h.c.", prefix).split()
    titles = [w for w in words if is_title_word(w)]
    prefix = " ".join(w for w in words if not is_title_word(w))
    given = " ".join([*titles, given]).strip() if given else given
    if titles and not given:
        prefix = " ".join([prefix, *titles]).strip()
    company = organisation[0] if organisation else ""
    if not company and _shown_as_company(others):
        # a company's card without ORG (Apple's "show as company"; Group-Office writes its
        # organisations so): its name in FN or N is the company's, no person's (the thirty-third
        # session's real exports: "Group-Office" uploaded as a private person of that surname)
        shown = display or " ".join(p for p in (given, additional, family) if p)
        if shown:
            company, prefix, given, additional, family = shown, "", "", "", ""
    # A display name that is an e-mail address or a number (a contact saved without a name) is
    # no name: it stays in its info column.
    if (
        not (family or given)
        and display
        and display.casefold() != company.casefold()
        and not is_no_name(display)
    ):
        columns = ("Ansprechpartner 1 Anrede", "Ansprechpartner 1 Vorname", "Ansprechpartner 1 Nachname")
        if not company and is_company_name(display):
            company = display
            issues.append(
                finding("vcard-name-from-fn", row=number, line=card.line, column="Firmenname", value=display)
            )
        elif not is_company_name(display):
            split = split_person_name(display)
            # N's prefix words that FN does not hold ("N:;;;Dr.;" beside "FN:Anna Roth") are kept:
            # a title with the first name, a salutation as the Anrede.
            kept = [w for w in prefix.split() if w.casefold() not in display.casefold().split()]
            salutation = split.salutation or " ".join(w for w in kept if not is_title_word(w))
            titles = [w for w in kept if is_title_word(w)]
            prefix, family = salutation, split.last or ""
            given = " ".join([*titles, split.first or ""]).strip()
            if not split.sure:
                issues.append(
                    finding(
                        "person-name-split-unsure",
                        row=number,
                        line=card.line,
                        column="Nachname",
                        value=display,
                        source=display,
                        first=given or "–",
                        last=family or "–",
                    )
                )
            if company:
                for column, value in zip(columns, (prefix, given, family), strict=True):
                    rows.put(row, column, value)
                prefix = given = family = ""
            target = columns[2] if company else "Nachname"
            issues.append(
                finding("vcard-name-from-fn", row=number, line=card.line, column=target, value=display)
            )
    rows.put(row, "Anrede", prefix)
    rows.put(row, "Vorname", " ".join(p for p in (given, additional) if p))
    rows.put(row, "Nachname", family)
    rows.put(row, INFO_COLUMNS["suffix"], suffix)
    rows.put(row, "Firmenname", company)
    rows.put(row, INFO_COLUMNS["department"], "; ".join(p for p in organisation[1:] if p))
    # a company's card with its contact person: the person's own address and number are the
    # contact person's (his name moves to Ansprechpartner 1 in the cleaning, or is there already)
    named = bool(company) and bool(family or row.get("Ansprechpartner 1 Nachname"))
    for found, slots, contact, further in (
        (emails, ("E-Mail 1", "E-Mail 2"), "Ansprechpartner 1 E-Mail", INFO_COLUMNS["email"]),
        (phones, ("Telefon 1", "Telefon 2"), "Ansprechpartner 1 Telefon", INFO_COLUMNS["phone"]),
    ):
        ranked = sorted(found, key=lambda p: _rank(p, labels.get(p.group)))
        personal = _person_details(ranked, labels) if named else []
        companys = [p for p in ranked if all(p is not q for q in personal)]
        placed = [*zip(companys, slots, strict=False), *zip(personal, (contact,), strict=False)]
        placed += [(p, further) for p in [*companys[len(slots) :], *personal[1:]]]
        for prop, column in placed:
            text = _unescape(prop.value).strip()
            value = _URI.sub("", text)
            if prop.name == "EMAIL" and value != text:  # "mailto:a@b.de?subject=…": without the query
                value = value.split("?", 1)[0]
            rows.put(row, column, value)
            rows.put(row, INFO_COLUMNS["label"].format(column=column), custom.get(prop.group) or "")
    for prop in faxes:
        rows.put(row, INFO_COLUMNS["fax"], _URI.sub("", _unescape(prop.value).strip()))
    used_formats = _fill_addresses(row, rows, addresses, labels, formats, company=bool(company))
    for group, column in used_formats.items():
        issues.append(
            finding(
                "vcard-country-from-format",
                row=number,
                line=card.line,
                column=column,
                value=formats[group],
            )
        )
    for prop in others:
        if prop is first_fn and repeated:
            continue  # the first FN only: a second one (another language, a nickname) says more
        if prop.name == _ADDRESS_FORMAT and prop.group in used_formats:
            continue  # the country of its address (Land 1 or 2)
        column = INFO_COLUMNS.get(prop.name, OTHER_PROPERTY.format(name=prop.name))
        used = rows.put(row, column, _unescape(prop.value).strip())
        label = "; ".join(t for t in label_texts.get(prop.group, []) if t) if prop.group else None
        if used is not None and label and label.strip():
            # Apple's label of a web site or a related name ("_$!<Spouse>!$_", "Shop"): beside it
            rows.put(row, INFO_COLUMNS["label"].format(column=used), label.strip())
    for line in card.unreadable:
        rows.put(row, INFO_COLUMNS["unreadable"], line)
    if card.unterminated and card.agent_line:
        # the embedded card may have been the next contact (the hostile re-test): said so
        message = "issue-vcard-not-terminated-agent"
        issues.append(
            finding(
                "vcard-not-terminated",
                row=number,
                line=card.line,
                start=card.line,
                agent=card.agent_line,
                message=message,
            )
        )
    elif card.unterminated:
        issues.append(finding("vcard-not-terminated", row=number, line=card.line, start=card.line))
    guessed = next((p for p in card.properties if p.guessed), None)
    if guessed is not None:
        shown = _unescape(guessed.value).strip().replace(";", " ").strip()
        issues.append(finding("vcard-charset-guessed", row=number, line=card.line, value=shown))
    if card.unreadable:
        issues.append(
            finding(
                "vcard-line-unreadable",
                row=number,
                line=card.line,
                value=card.unreadable[0],
                count=len(card.unreadable),
            )
        )
