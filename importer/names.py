"""Person names and salutations: split a one-cell name, tell a company's name, spell a salutation.

Plain functions on one value; :mod:`importer.clean` applies them to the unique values of a column.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

_SALUTATION_WORDS: Final = {"herr": "Herr", "herrn": "Herr", "hr": "Herr", "frau": "Frau", "fr": "Frau"}
#: Salutations of a household: the rest of the cell is its (last) name, no first name.
_HOUSEHOLD_WORDS: Final = {
    "familie": "Familie",
    "fam": "Familie",
    "eheleute": "Eheleute",
    "ehepaar": "Ehepaar",
    "geschwister": "Geschwister",
}
#: English and Dutch salutations, kept as written (lexoffice takes any salutation text): "Dhr. Jan
#: Bakker" (de heer) in a German ERP list's contact person went into Vorname as "Dhr. Jan" (the
#: thirty-fifth session's real-export round).
_ENGLISH_SALUTATIONS: Final = {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "dhr": "Dhr.", "mevr": "Mevr."}
#: "For the attention of" before a name: a word of the address, not of the name.
_ATTENTION: Final = re.compile(r"^(?:z\.\s*hd\.?|z\.\s*h\.|zu\s+händen|zhd\.?|c/o|attn\.?)\s+", re.IGNORECASE)
#: A position after a name and a comma ("Thomas Lange, Geschäftsführer"): no first name.
_POSITIONS: Final = frozenset(
    {
        "geschäftsführer", "geschäftsführerin", "geschäftsführung", "gf", "inhaber", "inhaberin",
        "inh", "prokurist", "prokuristin", "vorstand", "leitung", "leiter", "leiterin", "ceo", "cfo",
        "cto", "owner", "manager", "managerin", "buchhaltung", "einkauf", "vertrieb", "verkauf",
        "sekretariat", "assistenz", "verwaltung", "büro", "personal", "marketing", "technik",
    }
)  # fmt: skip
#: Words after a last name that belong to it ("John Smith Jr.", "Hans Meier jun.").
_SUFFIXES: Final = frozenset(["jr.", "jr", "sr.", "sr", "jun.", "sen.", "ii", "iii"])
#: Characters that mean more than one name, or a name and something else ("Meier / Schulz",
#: "Meier (Geschäftsführer)", "Frau Müller, Tel. 030 123456", an e-mail address): the cell is not split.
_NOT_ONE_NAME: Final = re.compile(r"[/()\[\];@0-9]")
_TITLES: Final = {
    "dr",
    "prof",
    "dipl",
    "ing",
    "dipl-ing",
    "dr-ing",
    "mag",
    "med",
    "rer",
    "nat",
    "jur",
    "phil",
    # the re-test of the salutation rule: "Dr. med. dent.", "Dipl.-Kfm.", Austria's "MMag."
    "dent",
    "vet",
    "oec",
    "pol",
    "habil",
    "theol",
    "paed",
    "pharm",
    "techn",
    "kfm",
    "kffr",
    "mmag",
    "ddr",
    "univ",
}
#: Titles written without a dot, or in a form of their own: Austria's "DI" (Diplomingenieur),
#: "KR" (Kommerzialrat), "Mag.a"; "RA" (Rechtsanwalt); "(FH)" after a diploma.
_TITLE_WORDS: Final = re.compile(
    r"DI|KR|RA|MBA|BSc|MSc|B\.?A\.?|M\.?A\.?|LL\.M\.|\((?:FH|TU|BA|DH)\)|M?Mag\.a|h\.\s?c\.|mult\."
    # female forms and Austria's honorary titles: "Prof.in", "Dr.in", "Univ.-Prof.in",
    # "Ökonomierat", "Kommerzialrätin" (the re-test: made the first name); named one by one, as
    # first names end with "rat" too ("Murat")
    r"|[\w.\-]+\.in|(?i:(?:kommerzial|(?:ö|oe)konomie|hof|regierungs|medizinal|schul|studien|oberstudien|bau"
    r"|veterin(?:ä|ae)r|amts|konsistorial|sanit(?:ä|ae)ts|justiz|forst)r(?:a|ä)t(?:in)?)"
)
#: Words that belong to the last name when they precede it ("von der Leyen").
_PARTICLES: Final = frozenset(
    [
        "von",
        "van",
        "vom",
        "zu",
        "zum",
        "zur",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "la",
        "le",
        "ten",
        "ter",
    ]
)


#: Legal forms (case-sensitive abbreviations, word-bounded): German (GmbH, eG, mbB, PartGmbB),
#: Austrian (GesmbH, Ges.m.b.H., OG, KEG, GesbR, e.U.), Swiss (Sàrl, SA), European (SE,
#: S.r.l., SARL, S.A., S.L., B.V., N.V., BVBA, s.r.o., Sp. z o.o., AB, Oy, ApS, A/S) and English
#: (Ltd, Inc, LLC, LLP, Plc, Corp). Abbreviations that are also initials or words ("AS", "SL",
#: "Co") are left out unless written with their dots.
LEGAL_FORM: Final = (
    r"\b(?:GmbH|gGmbH|mbH|AG|KG|KGaA|UG|OHG|GbR|PartG|PartGmbB|mbB|eG|eK|OG|KEG|GesbR|GesmbH|SE|SA"
    r"|SARL|SRL|BV|NV|BVBA|AB|Ltd|Inc|LLC|LLP|PLC)\b"
    # also a word or surname ("Sagl", "Corp"): only as the name's last word
    r"|\b(?:Sàrl|Srl|Oy|Oyj|ApS|Plc|Corp)\.?\s*$"
    r"|(?i:\bgmbh\b)"
    # in any letter case: "oHG", "Gbr"; "Limited" as the last word (the hostile values round:
    # "Müller oHG", "Smith Limited" were split into first and last name)
    r"|(?i:\b(?:ohg|gbr|kgaa|gmbh\s*&\s*co)\b)|(?i:\blimited\.?\s*$)"
    r"|(?i:\bges\.\s?m\.?\s?b\.?\s?h\.?)|\bG\.m\.b\.H\."
    r"|(?:^|\s)e\.\s?(?:K|Kfm|Kfr|V|G|U)(?:\.|\b)"
    # dotted forms written without spaces ("S.p.A.", "B.V."), then a space, a comma, a bracket or
    # the end: "John S. A. Miller" has initials
    r"|\b(?:S\.(?:r\.l|A|L|p\.A|a\.r\.l)|[BN]\.V|s\.r\.o)\.(?:[\s,;(]|$)|(?i:\bSp\.\s?z\s?o\.\s?o\.)"
    # Latin Europe's dotted forms in any letter case: "S.A.R.L.", "s.n.c.", "s.a.s.", "S.à r.l."
    r"|(?i:\bs\.\s?(?:a\.\s?r\.\s?l|n\.\s?c|a\.\s?s|r\.\s?l|p\.\s?a|à\.?\s?r\.\s?l)\.)(?:[\s,;(]|$)"
    r"|\bA/S\b"
    r"|&\s*Co\b"
)
#: Words that name a business, not a person, as a whole word before the name ("Hotel Adler",
#: "Stadtwerke Dresden", "Fa. Schulze"): as the last word they are surnames too ("Georg Handel").
_BUSINESS_WORDS: Final = re.compile(
    r"(?i)^(?:.*\s)?(?:"
    r"hotel|restaurant|caf[eé]|gasthof|gasthaus|pension|verein|e\.v|stadt|gemeinde|landkreis|stadtwerke"
    r"|kita|kindergarten|firma|fa\.|handel|service|services|studio|salon|shop|laden|team|gruppe|group"
    r"|company|holding|partner|söhne|institut|universität|hochschule|sparkasse|volksbank|pfarramt"
    r"|genossenschaft|logistik|immobilien|consulting|solutions|systems|elektro|sanitär|hausverwaltung"
    r"|markt|amt|gebr\.?|gebrüder"
    # trades as a sole trader names them ("Friseur Koch", "Fotografie Schneider"; the hostile re-test)
    r"|friseur|fotografie|malermeister|hausmeisterservice|hausmeisterdienst"
    # Swiss and Austrian trades ("Garage Huber", "Coiffeur Anita", "Treuhand Müller"; the eighth
    # real-layout round: split into first and last name, asked for "Herr" or "Frau")
    r"|garage|carrosserie|karosserie|gipser|coiffeur|coiffure|blumen|optik|fliesen|dachdecker|heizung"
    r"|treuhand|kosmetik|fusspflege|fußpflege|schlüsseldienst|umzüge|transporte|reisen"
    # shops, food and practices before their name ("Imbiss Ali", "Kiosk am Eck", "Tierarzt Dr.
    # Hahn", "Hausmeister Krause"; the real-export round: split into first and last name)
    r"|imbiss|imbiß|bistro|kiosk|eisdiele|eiscaf[eé]|trattoria|osteria|ristorante|feinkost"
    r"|tierarzt|zahnarzt|tierärztin|zahnärztin|hausmeister|parfümerie|parfumerie|drogerie|boutique"
    r")\s+\S"
    # "Fa" without its dot only first ("Fa Schulze"): in a name it is a syllable ("Wang Fa Cai";
    # the hostile round found such names taken as companies)
    r"|^fa\s+\S"
)
#: Endings of a business's name, anywhere in it ("Steuerkanzlei Braun", "Dorfbäckerei", "Müller
#: Bau", "Finanzamt"). Endings that are also surnames' ("-haus": Neuhaus, "-mann") are left out.
_BUSINESS_ENDINGS: Final = re.compile(
    r"(?i)(?:^|[\s\-])\w*(?:bäckerei|metzgerei|schreinerei|tischlerei|gärtnerei|druckerei|kanzlei|praxis"
    r"|apotheke|autohaus|werkstatt|versicherung|verwaltung|verlag|stiftung|klinik|agentur|zentrum|center"
    r"|technik|betrieb|werke|schule|verband|gemeinschaft|berater|pizzeria|büro|weingut|gemeinde"
    r"|pfarrei|therapie|pflegedienst|bestattungen|consulting|solutions|systems|logistik|services"
    # trades in "-erei" (Imkerei, Brauerei, Käserei, Fleischerei: found by the real-layout session,
    # "Imkerei Summsumm" was split into Vorname and Nachname)
    # ("-laden" after three letters at least: Bladen, Sladen, Gladen are surnames; the hostile round)
    r"|\w{2}erei|konditorei|spedition|reinigung|fahrschule|\w{3,}laden"
    # a trade or shop as a compound's end ("Weinhandlung", "Autovermietung", "Weinstube",
    # "Computerhilfe", "Ferienwohnung") and the shops' "-haus" that is no surname ("Möbelhaus",
    # "Kaufhaus", "Reformhaus"; Neuhaus, Althaus stay names); the real-export round
    r"|\w+handlung|\w+vermietung|\w+verleih|\w+stube|\w+hilfe|ferienwohnung(?:en)?|ferienhaus"
    # (Backhaus, Fischhaus and Bierhaus are surnames too)
    r"|(?:möbel|kauf|mode|reform|blumen|schuh|sport|musik|teppich|betten|küchen|trachten|brau"
    r"|spiel|fahrrad|zweirad|reise|uhren|schmuck|farben|tapeten|foto|kaffee|druck)haus"
    # trade in goods: "Kaya Import-Export", "Weinhandel Roth", "Yilmaz Export" (the real-export
    # round: split into Vorname and Nachname); "Handel" alone is a surname too (Georg Handel)
    r"|\w*import|\w*export|\w+handel"
    r"|parfümerie|parfumerie|drogerie|boutique"
    # Swiss and Austrian trades at a name's end ("Meier Treuhand", "Huber Garage", "Wyss Optik")
    r"|treuhand|optik|garage|carrosserie|karosserie|coiffure|\w+studio|kosmetik"
    # a partnership, a company, a court ("Müller Partnerschaft", "Amtsgericht Berlin"; the last
    # two as compounds only: "Josef Gericht" is a person)
    r"|partnerschaft|\w+gesellschaft|\w+gericht"
    r")(?=[\s,.\-]|$)"
    # inns as the end of a compound ("Alpengasthof", "Landhotel"); alone before a name they are
    # business words ("Hotel Adler", a company with a warning)
    r"|(?i:\w+(?:gasthof|gasthaus|hotel|restaurant))(?=[\s,.\-]|$)"
    r"|(?i:\bimport\s*[/&+]\s*export\b)"
    # a salon alone or after a word of four letters at least ("Salon", "Friseursalon"): Absalon is
    # a surname (the hostile round: "Peter Absalon" uploaded as a company without a word)
    r"|(?i:(?:^|[\s\-])(?:salon|\w{4,}salon))(?=[\s,.\-]|$)"
)
#: Words and endings a business's name has, but a surname too, rarely ("Müller Bau", "Finanzamt",
#: "Getränkemarkt", "Meier Immobilien", "Lehmann Kfz"; the surnames Neubau, Samt …): a company
#: with a warning, as a business word before the name is.
_WEAK_BUSINESS: Final = re.compile(
    # "Holding" is an English surname too (the hostile round: "Michael Holding" a company, silently)
    r"(?i)(?:^|\s)(?:bau|immobilien|kfz|holding)(?=[\s,.]|$)"
    r"|(?i:(?:^|[\s\-])(?:"
    # a trade or a line of business, also after the owner's name ("Schmidt Elektro", "Weber Sanitär",
    # "Krause Metallbau"; the 25th hostile round found "Schmidt Elektro" uploaded as the private
    # person Elektro Schmidt)
    r"elektro|elektrik|elektronik|sanitär|heizung|heizungsbau|fliesen|transporte|umzüge|touristik"
    r"|floristik|catering|getränke|feinkost|fahrräder|zweirad|automobile|raumausstattung|bodenbeläge"
    r"|parkett|photovoltaik|gastronomie|entsorgung|recycling|vermietung|verleih|vertrieb|marketing"
    r"|werbung|medien|software|edv|events|dienstleistungen|reisen|reifen|möbel|küchen|moden|design"
    r"|media|solar|energie|transport|computer|textil|textilien|montage|montagen|söhne"
    # a group of companies ("Otto Group", "Würth Gruppe"; the 26th session's re-test); a surname too
    r"|group|gruppe"
    r"|(?:garten|landschafts|metall|holz|trocken|stahl|maschinen|hoch|tief|innenaus|fenster|ofen"
    r"|anlagen|fahrzeug|modell|treppen|messe|dach|fassaden|gerüst|brunnen|straßen|strassen)bau"
    # as a keyboard without umlauts spells them, plurals and compounds (the re-test: "Weber
    # Sanitaer", "Keller Zweiräder", "Krause Bedachungen", "Wagner Autoservice", "Schmidt-Elektro")
    r"|sanitaer|umzuege|getraenke|fahrraeder|moebel|kuechen|zweir(?:ä|ae)der|bedachung(?:en)?"
    r"|elektro(?:installation|installationen|anlagen)|\w+pflege|\w+service|grabmale"
    r")(?=[\s,.\-]|$))"
    r"|\w{4,}(?:amt|markt|bank)(?=[\s,.\-]|$)"
)
#: Two names joined by "&" or "+" without a salutation ("Müller & Söhne", "Röhr & Vater").
_JOINED: Final = re.compile(r"\S\s*[&+]\s*\S")
#: A couple: one first name, "&" or "+", a first and a last name ("Hans & Grete Meier").
_COUPLE: Final = re.compile(r"^\s*\S+\s*[&+]\s*\S+\s+\S+\s*$")
LEGAL_FORM_RE: Final = re.compile(LEGAL_FORM)


def company_evidence(text: str) -> str | None:
    """What makes a whole-name cell a business's name: ``legal`` (GmbH, e.K., & Co), ``ending``
    (Steuerkanzlei, Autohaus, Müller Bau), ``word`` (a business word before the name: Hotel,
    Praxis, Fa.), ``joined`` (two names joined by "&" or "+" without a salutation: "Schmidt &
    Partner"); None for a person's (also a couple: "Hans & Grete Meier", "Meier, Hans & Grete")."""
    if LEGAL_FORM_RE.search(text):
        return "legal"
    if salutation_led(text):
        return None  # "Herr Peter Neubau", "Familie Meier": a person, whatever the words after
    if _BUSINESS_ENDINGS.search(text):
        return "ending"
    if _BUSINESS_WORDS.search(text) or _WEAK_BUSINESS.search(text):
        return "word"
    if "," in text or _COUPLE.match(text) or _JOINED.search(text) is None:
        return None
    return "joined"


def salutation_led(text: str) -> bool:
    """True for a name that begins with a person's salutation or a household's word ("Herr Tom
    Kurz", "Frau Dr. Lang", "Familie Meier"): a person's, whatever else is said of it."""
    first = text.strip().split(maxsplit=1)[0].rstrip(".").casefold() if text.strip() else ""
    return first in _SALUTATION_WORDS or first in _ENGLISH_SALUTATIONS or first in _HOUSEHOLD_WORDS


def is_company_name(text: str) -> bool:
    """True when a whole-name cell names a business (see :func:`company_evidence`)."""
    return company_evidence(text) is not None


def is_no_name(text: str) -> bool:
    """True for a "name" that is an e-mail address or a number (five digits or more, no legal
    form): a contact saved without a name (Android, iOS), a customer number in the name column."""
    return "@" in text or (sum(c.isdigit() for c in text) >= 5 and not LEGAL_FORM_RE.search(text))


@dataclass(frozen=True)
class PersonName:
    """A one-cell contact-person name split into its parts."""

    salutation: str | None
    first: str | None
    last: str | None
    sure: bool


#: Degrees written after a name ("Anna Huber, BSc", "Max Roth, MBA"), without their dots.
_POST_NOMINALS: Final = frozenset(
    {
        "bsc",
        "msc",
        "ba",
        "ma",
        "mba",
        "phd",
        "llm",
        "llb",
        "beng",
        "meng",
        "bed",
        "med",
        "mas",
        "dba",
        "mphil",
    }
)


def _post_nominal(token: str) -> bool:
    return token.casefold().replace(".", "").rstrip(",") in _POST_NOMINALS


def is_title(token: str) -> bool:
    """True for an academic title written with its dot: "Dr.", "Prof.", "Dipl.-Ing."."""
    parts = [p for p in re.split(r"[.\-]", token.casefold()) if p]
    return bool(parts) and token.endswith(".") and all(p in _TITLES for p in parts)


def is_title_word(token: str) -> bool:
    """:func:`is_title`, or a title of its own form: "DI", "MBA", "Dr.in", the honorary "h.c."."""
    return is_title(token) or _TITLE_WORDS.fullmatch(token) is not None


#: A header's words for the surname and the first name ("Nachname Vorname", "Name, Vorname").
_SURNAME_WORDS: Final = frozenset(
    {"nachname", "name", "familienname", "zuname", "surname", "lastname", "last"}
)
_FIRST_NAME_WORDS: Final = frozenset({"vorname", "vornamen", "firstname", "first", "given", "givenname"})


def surname_first(header: str) -> bool:
    """Whether a whole-name column's header names the surname before the first name
    ("Nachname Vorname", "Name, Vorname", "Last Name First Name")."""
    words = re.findall(r"[a-zäöüß]+", header.casefold())
    surname = next((i for i, w in enumerate(words) if w in _SURNAME_WORDS), None)
    first = next((i for i, w in enumerate(words) if w in _FIRST_NAME_WORDS), None)
    return surname is not None and first is not None and surname < first


def surname_first_name(text: str) -> str:
    """A name written surname first without a comma ("Müller Hans", "von Stein Eva Maria") as
    :func:`split_person_name` reads that order: "Müller, Hans", "von Stein, Eva Maria". A cell with
    a comma, a single word, a household ("Familie Schulz") or a couple ("Herr und Frau Meier")
    stays as it is; a salutation stays in front ("Herr Weber Paul": "Herr Weber, Paul"), a title
    goes with the first name ("Dr. Müller Hans": "Müller, Dr. Hans"), "jun." with the surname."""
    tokens = text.split()
    lead = 1 if tokens and tokens[0].rstrip(".").casefold() in _SALUTATION_WORDS else 0
    titles = lead
    while titles < len(tokens) and is_title(tokens[titles]):
        titles += 1
    rest = tokens[titles:]
    words = {t.rstrip(".").casefold() for t in tokens}
    # a household ("Familie Schulz") or a couple ("Herr und Frau Meier") is read as it is
    if "," in text or len(rest) < 2 or words & set(_HOUSEHOLD_WORDS) or words & {"und", "&", "u", "+"}:
        return text
    suffix = [rest.pop()] if rest[-1].casefold() in _SUFFIXES and len(rest) > 2 else []
    end = 1
    while end < len(rest) - 1 and rest[end - 1].casefold() in _PARTICLES:
        end += 1
    surname = " ".join([*rest[:end], *suffix])
    # "Dr. Müller Hans": the title stays with the first name ("Müller, Dr. Hans")
    return " ".join([*tokens[:lead], f"{surname},", *tokens[lead:titles], *rest[end:]])


_SPELLED: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@functools.lru_cache(maxsize=16384)
def _spelled(word: str) -> str:
    """A name's word as an e-mail address spells it: "Müller" → "mueller", "José" → "jose"."""
    text = unicodedata.normalize("NFKD", word.casefold().translate(_SPELLED))
    return "".join(c for c in text if c.isalpha())


#: Business words of :data:`_WEAK_BUSINESS` that are surnames too ("Ina Reisen", "Carlos Solar").
_SURNAMES_TOO: Final = frozenset(
    {"reisen", "solar", "möbel", "moebel", "küchen", "kuechen", "reifen", "moden", "transport", "gruppe"}
)


def business_word_may_be_surname(text: str) -> bool:
    """Whether a name's only business word is its last and is a surname too ("Carlos Solar", "Ina
    Reisen"): a person's own signs on the row may then say person. Not where the word comes
    first ("Heizungsbau Krüger"), other words are a business's, or "&" joins names."""
    tokens = text.split()
    if len(tokens) < 2 or _JOINED.search(text) or tokens[-1].casefold() not in _SURNAMES_TOO:
        return False
    return company_evidence(" ".join(tokens[:-1])) is None


def address_spells_name(name: str, address: str) -> bool:
    """Whether the name part of the e-mail address ``address`` spells every word of ``name`` out,
    two words at least, in any order ("ina.reisen@" of "Ina Reisen"); an initial does not count
    ("e.schmidt@" of "Schmidt Elektro" is the owner's address)."""
    tokens = name.split()
    words = {_spelled(w) for w in tokens} - {""}
    local = address.split("@", 1)[0]
    parts = {_spelled(p) for p in re.split(r"[._\-+]", local)} - {""}
    if len(words) < 2:
        return False
    # "dirk.vanreisen@" of "Dirk van Reisen": the words joined, in the name's order or surname first
    joined = _spelled(local)
    return words <= parts or joined in (_spelled(name), _spelled("".join([*tokens[1:], tokens[0]])))


def _initials_of(word: str) -> set[str]:
    """A first name's initials as an address writes them: "h" of Hans, "h" and "hp" of Hans-Peter."""
    parts = [_spelled(p) for p in word.split("-")]
    parts = [p for p in parts if p]
    if not parts:
        return set()
    return {parts[0][0], "".join(p[0] for p in parts)}


def order_in_address(text: str, address: str) -> str | None:
    """What an e-mail address says about the order of a two-word name ``text``.

    Only an initial settles which word is the first name: "given" where the first word is it
    ("Sabine Schulz" beside "s.schulz@", "sschulz@" or "schulz.s@"), "surname" where the last
    word is ("Müller Hans" beside "h.mueller@"). Both words written out say only whether the
    address names them in the cell's order ("same": "sabine.schulz@" beside "Sabine Schulz") or
    the other way round ("opposite": "tim.krause@" beside "Krause Tim"): addresses are written
    first name first as often as surname first ("mueller.hans@stadt-pirna.de", the third hostile
    re-test). None where it says nothing (no name in it, one word, a comma)."""
    local = address.strip().partition("@")[0].casefold()
    words = [t for t in text.split() if not is_title(t)]
    if "," in text or "@" not in address:
        return None
    if words and words[0].rstrip(".").casefold() in _SALUTATION_WORDS:
        words = words[1:]
    tokens = [t for t in words if t.casefold() not in _PARTICLES]
    # "Hans-Peter" is "hanspeter" or "hans" in an address
    forms = [{f for f in (_spelled(t), _spelled(t.split("-")[0])) if f} for t in tokens]
    if len(forms) < 2 or not forms[0] or not forms[-1] or forms[0] & forms[-1]:
        return None
    # a surname with its particles is one word in an address: "von der Heide" → "vonderheide"
    head = forms[0] | {_spelled("".join(words[:-1]))}
    tail = forms[-1] | {_spelled("".join(words[1:]))}
    parts = [p for p in (_spelled(p) for p in re.split(r"[._]", local)) if p]
    # a word's initials: "h" of Hans, "hp" of Hans-Peter (the fifth hostile re-test: "hp.mueller@")
    head_initials = _initials_of(tokens[0])
    tail_initials = _initials_of(tokens[-1])
    said: set[str] = set()
    if len(parts) >= 2:
        for initial, full in ((parts[0], parts[-1]), (parts[-1], parts[0])):
            if len(initial) <= 2 and len(initial) < len(full):
                # the word written out is the surname, the initial the first name's
                if full in tail and initial in head_initials:
                    said.add("given")
                if full in head and initial in tail_initials:
                    said.add("surname")
        if parts[0] in head and parts[-1] in tail:
            said.add("same")
        if parts[0] in tail and parts[-1] in head:
            said.add("opposite")
    elif len(parts) == 1:
        word = parts[0]
        pairs = [(a, b) for a in head for b in tail]
        if any(word == a[0] + b for a, b in pairs):
            said.add("given")
        if any(word == b[0] + a for a, b in pairs):
            said.add("surname")
        if any(word == a + b for a, b in pairs):
            said.add("same")
        if any(word == b + a for a, b in pairs):
            said.add("opposite")
    return said.pop() if len(said) == 1 else None


#: Words that start another person in a first-name cell after its salutation ("Herr und Frau").
_SECOND_PERSON: Final = frozenset(
    {*_SALUTATION_WORDS, *_ENGLISH_SALUTATIONS, *_HOUSEHOLD_WORDS, "und", "u", "&", "+"}
)


def salutation_in_first_name(text: str, longest: int | None = None) -> tuple[str, str | None] | None:
    """The salutation a first-name cell starts with, and the first name after it: "Herr Hans" →
    ("Herr", "Hans"), "Frau" → ("Frau", None); titles without a first name join the salutation as
    :func:`split_person_name` has them ("Herr Dr." → ("Herr Dr.", None)), where that fits
    ``longest`` characters (the Anrede's length in the catalog). None where the cell starts with no
    salutation, names two people ("Herr und Frau", "Herr Hans Frau Eva"), or its salutation with
    the titles is too long."""
    tokens = text.split()
    if not tokens:
        return None
    head = tokens[0].rstrip(".").casefold()
    word = _SALUTATION_WORDS.get(head) or _ENGLISH_SALUTATIONS.get(head)
    if word is None:
        # "Familie" alone: a household's salutation (its name is the Nachname)
        household = _HOUSEHOLD_WORDS.get(head)
        return (household, None) if household is not None and len(tokens) == 1 else None
    rest = tokens[1:]
    if any(t.rstrip(".,").casefold() in _SECOND_PERSON for t in rest):
        return None
    if all(is_title(t) or _TITLE_WORDS.fullmatch(t) for t in rest):
        whole = " ".join([word, *rest])
        # longer than lexoffice's Anrede takes: left as typed, warned as a missing Anrede (the
        # re-tests: "Herr Prof. Dr. med. habil." made the row rejected, then a first name of titles)
        return (whole, None) if longest is None or len(whole) <= longest else None
    return word, " ".join(rest)


def split_person_name(text: str) -> PersonName:
    """Split "Herr Dr. Hans Meier" into Anrede "Herr", Vorname "Dr. Hans", Nachname "Meier".

    The last name is the last word, together with particles before it ("Ursula von der
    Leyen" → "von der Leyen"); "Meier, Hans" is read as last name, first name. Academic
    titles stay with the first name (lexoffice has no title field); without a first name
    they join the salutation ("Herr Dr."). ``sure`` is false for a single word without
    salutation and for three or more name words; two people in one cell ("Herr und Frau
    Meier") are not split: the whole text becomes the last name, marked unsure. A household
    ("Familie Meier", "Eheleute Schmidt") keeps its word as salutation and has no first name;
    "z. Hd." before the name is dropped, "Jr." after it stays with the last name, and a cell with
    a slash, brackets, a semicolon, a digit or an "@" ("Meier / Schulz", "Meier (Geschäftsführer)",
    "Frau Müller, Tel. 030 123456") is not split.
    """
    bare = _ATTENTION.sub("", text.strip())  # "c/o Hans Meier": the slash is the address's
    if _NOT_ONE_NAME.search(bare):
        return PersonName(None, None, text, False)
    tokens = bare.split()
    salutation = None
    if tokens and tokens[0].rstrip(".").casefold() in _ENGLISH_SALUTATIONS:
        salutation = _ENGLISH_SALUTATIONS[tokens.pop(0).rstrip(".").casefold()]
    if tokens and tokens[0].rstrip(".").casefold() in _HOUSEHOLD_WORDS:
        # "Familie Meier": a household, not Vorname "Familie"; more words are checked by hand
        return PersonName(
            _HOUSEHOLD_WORDS[tokens[0].rstrip(".").casefold()],
            None,
            " ".join(tokens[1:]) or None,
            len(tokens) == 2,
        )
    if salutation is None and tokens and tokens[0].rstrip(".").casefold() in _SALUTATION_WORDS:
        salutation = _SALUTATION_WORDS[tokens[0].rstrip(".").casefold()]
        tokens = tokens[1:]
    joins = [i for i, t in enumerate(tokens) if t.casefold() in ("und", "&", "u.", "+")]
    # "von und zu Guttenberg": "und" between particles is part of the name, not a couple.
    joins = [
        i
        for i in joins
        if not (
            0 < i < len(tokens) - 1 and {tokens[i - 1].casefold(), tokens[i + 1].casefold()} <= _PARTICLES
        )
    ]
    # "Herr Meier Frau Schulz": a second salutation inside the name starts a second person
    joins += [
        i
        for i, t in enumerate(tokens)
        if 0 < i < len(tokens) - 1
        and t.casefold() in ("herr", "herrn", "frau")
        and not tokens[i - 1].endswith(",")  # "Roth, Herr Peter": one person, read below
    ]
    if joins:
        # two people in one cell ("Herr und Frau Meier"): keep the text whole, to be checked
        return PersonName(None, None, text, False)
    sure = True
    rest = " ".join(tokens)
    if "," in rest:
        last, _, first = (part.strip() for part in rest.partition(","))
        head = first.split()[0].rstrip(".").casefold() if first else ""
        if head in _SALUTATION_WORDS and salutation is None and len(first.split()) > 1:
            # "Roth, Herr Peter": the salutation after the comma, before the first name
            return PersonName(_SALUTATION_WORDS[head], " ".join(first.split()[1:]), last or None, bool(last))
        if head in _SALUTATION_WORDS or head in _POSITIONS:
            # "Herr Roth, Frau Sommer": two people; "Thomas Lange, Geschäftsführer": a name and its
            # position (the hostile round on hand-made sheets: Vorname "Frau Sommer", Vorname
            # "Geschäftsführer"): kept whole, to be checked
            return PersonName(None, None, text, False)
        if first and all(is_title(t) for t in first.split()):
            # "Hans Meier, Dipl.-Ing.": titles after the name, not "last, first"
            name = split_person_name(" ".join([*([salutation] if salutation else []), first, last]))
            return PersonName(name.salutation, name.first, name.last, False)
        if first and " " in last and all(_post_nominal(t) for t in first.split()):
            # "Anna Huber, BSc": a degree written after the name stays after it (the hostile values
            # round: Vorname became "BSc"); lexoffice prints "Anna Huber, BSc"
            name = split_person_name(" ".join([*([salutation] if salutation else []), last]))
            if name.last is not None:
                return PersonName(name.salutation, name.first, f"{name.last}, {first}", name.sure)
        sure = sure and bool(last) and bool(first) and "," not in first
        return PersonName(salutation, first or None, last or None, sure)
    titles: list[str] = []
    while tokens and is_title(tokens[0]):
        titles.append(tokens.pop(0))
    if not tokens:
        joined = " ".join(titles) or None
        return PersonName(salutation, None, joined, False)
    start = len(tokens) - 1
    if start > 1 and tokens[start].casefold() in _SUFFIXES:
        start -= 1
    while start > 1 and (
        tokens[start - 1].casefold() in _PARTICLES
        or (
            tokens[start - 1].casefold() == "und" and start > 2 and tokens[start - 2].casefold() in _PARTICLES
        )
    ):
        start -= 1
    if start == 1 and tokens[0].casefold() in _PARTICLES:
        start = 0
    first_words, last_words = tokens[:start], tokens[start:]
    given: str | None = None
    if first_words:
        given = " ".join([*titles, *first_words])
    else:
        if titles:
            salutation = " ".join([salutation, *titles]) if salutation else " ".join(titles)
    if len(first_words) > 1 or (not first_words and salutation is None):
        sure = False
    return PersonName(salutation, given, " ".join(last_words), sure)


_SALUTATION_PREFIX: Final = re.compile(r"^(herrn|herr|hr\.?|frau|fr\.?)(?=\s|$)(.*)$", re.IGNORECASE)
#: The English salutations Odoo's partner titles spell out ("Mister", "Madam", "Miss"; its German
#: interface names them "Herr" and "Frau"): a program's names for Herr and Frau, spelt the German
#: way like the keys below. "Mr.", "Mrs" and "Ms" someone wrote stay as written.
_SPELT_OUT: Final = {"mister": "Herr", "madam": "Frau", "miss": "Frau"}
_SPELT_OUT_PREFIX: Final = re.compile(rf"^({'|'.join(_SPELT_OUT)})(?=\s|$)(.*)$", re.IGNORECASE)


#: An invoicing tool's salutation keys (FastBill exports its API's "mr", "mrs", "family"; OXID's
#: oxsal and Fakturia "MR", "MRS"): codes in lower or upper case, not words someone wrote ("Mr."
#: and "Mrs" stay as written). Dolibarr's civility codes "MR", "MME", "MLE" (Monsieur, Madame,
#: Mademoiselle; the tenth real-layout round: "MME" was uploaded as the salutation).
_SALUTATION_KEYS: Final = {
    "mr": "Herr",
    "mrs": "Frau",
    "ms": "Frau",
    "mme": "Frau",
    "mle": "Frau",
    "mlle": "Frau",
    "family": "Familie",
}


#: A person's sex as shops and CRMs store it ("m"/"w", "männlich", "Male"), in place of the
#: salutation: lexoffice would print "m Weiß" (the hostile values round, the fourth real-layout
#: round: Gambio's customers_gender). Not "f" (Firma in some lists) nor "d" (no salutation).
_GENDER_WORDS: Final = {
    "m": "Herr",
    "männlich": "Herr",
    "maennlich": "Herr",
    "männl.": "Herr",
    "male": "Herr",
    "w": "Frau",
    "weiblich": "Frau",
    "weibl.": "Frau",
    "female": "Frau",
}
#: A sex or gender that is neither Herr nor Frau ("nonbinary": Atomic CRM's gender values; the
#: 36th session's real-export round found the whole column unmapped for one such value, or
#: "nonbinary" uploaded as the Anrede): lexoffice knows no salutation for it, the Anrede stays
#: empty (:func:`normalize_salutation` gives None; the value is kept in the unmapped file).
NEITHER_GENDER: Final = frozenset(
    {
        "nonbinary", "non-binary", "non binary", "nichtbinär", "nicht-binär", "nicht binär",
        "nichtbinaer", "divers", "diverse", "genderqueer", "agender", "genderfluid", "enby", "inter",
        "intersex", "unbekannt", "unknown", "other", "keine angabe", "sonstige", "sonstiges",
    }
)  # fmt: skip
#: A sex column's one-letter codes for neither: d(ivers), x, u(nknown) (Gambio, Shopware): neither
#: only in a column of sex codes, where "f" is female too (a lone "D" in an Anrede is left alone).
NEITHER_SEX_CODES: Final = frozenset({"d", "x", "u"})
#: A letter's greeting before the salutation: "Sehr geehrter Herr", "Sehr geehrte Frau Dr.".
_GREETING: Final = re.compile(
    r"(?i)^(?:sehr\s+geehrte[rn]?|liebe[rn]?|hallo|guten\s+tag)\s+(?=(?:herrn?|frau)\b)"
)


def normalize_salutation(value: str) -> str | None:
    """ "Herrn", "Hr.", "HERR" → "Herr"; "frau", "Fr." → "Frau"; the key "mr" or "MR" → "Herr"; "m",
    "weiblich", "Male" → "Herr", "Frau"; "Mister", "Madam", "Miss" → "Herr", "Frau"; "Sehr geehrter
    Herr" → "Herr"; a rest like " Dr." is kept.
    A gender that is neither ("nonbinary", "divers": :data:`NEITHER_GENDER`) → None: no salutation."""
    key = value.lower() if value.isupper() else value
    if key in _SALUTATION_KEYS:
        return _SALUTATION_KEYS[key]
    said = value.strip().casefold()
    gender = _GENDER_WORDS.get(said)
    if gender is not None:
        return gender
    if said in NEITHER_GENDER:
        return None
    value = _GREETING.sub("", value)
    spelt = _SPELT_OUT_PREFIX.match(value)
    if spelt is not None:
        return _SPELT_OUT[spelt.group(1).casefold()] + spelt.group(2)
    match = _SALUTATION_PREFIX.match(value)
    if match is None:
        return value
    word = _SALUTATION_WORDS[match.group(1).rstrip(".").casefold()]
    return word + match.group(2)
