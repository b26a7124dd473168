"""Deterministic generator of Lexware Faktura+Auftrag contact exports (customers and suppliers).

The output looks like what "Datei → Export… → Dateiart ANSI (Windows)" writes (spec §4.1): Windows-1252
bytes, ``;`` as delimiter, every field in double quotes (inner quotes doubled), CRLF line ends and a
header row with the Faktura field names in Faktura order (spec §4.2).

The contacts are realistic German small-business data (companies with GmbH/KG/e.K./UG…, private
persons, some Austrian, Swiss and other European addresses with letters where cp1252 and cp1250
differ) plus typical dirt at a configurable rate. ``dirt`` is the share of rows that get one dirt
kind; the first dirty rows walk through every kind once (shuffled), later ones are drawn by weight,
so even small files contain each kind.

Customer numbers run upwards from 10001 with small gaps. lexoffice only has room for 10000–69999,
so files of more than about 45,000 rows wrap around and repeat numbers (think of several exports
pasted together); this only matters for the big benchmark file.

Standard library only. ``python tests/benchmarks/generate.py --examples`` rewrites the bundled
examples in ``reference/examples/``.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

ENCODING: Final = "cp1252"
EOL: Final = "\r\n"

CUSTOMER_HEADER: Final = (
    "Kundennummer",
    "Matchcode",
    "Anrede",
    "Firma",
    "Name",
    "Vorname",
    "Zusatz",
    "Straße",
    "Postleitzahl",
    "Ort",
    "Land",
    "Telefon",
    "Telefon 2",
    "Telefax",
    "Email",
    "Web",
    "EG ID",
    "Steuernummer",
    "Debitorenkonto",
    "Bankbezeichnung",
    "IBAN",
    "BIC",
    "Zahlungsziel",
    "Liefer. Zusatz",
    "Liefer. Strasse",
    "Liefer. PLZ",
    "Liefer. Ort",
    "Liefer.Land",
    "Ansprechpartner",
    "Bemerkung",
)

SUPPLIER_HEADER: Final = (
    "Lieferantennummer",
    "Kreditorenkonto",
    "Matchcode",
    "Anrede",
    "Firma",
    "Name",
    "Vorname",
    "Zusatz",
    "Straße",
    "Postleitzahl",
    "Ort",
    "Land",
    "Telefon",
    "Telefon 2",
    "Telefax",
    "Email",
    "Web",
    "EG ID",
    "Steuernummer",
    "Bankbezeichnung",
    "IBAN",
    "BIC",
    "Zahlungsziel",
    "Ansprechpartner",
    "Bemerkung",
)

EXAMPLES_DIR: Final = Path(__file__).resolve().parents[2] / "reference" / "examples"
EXAMPLE_CUSTOMERS: Final = "faktura-kunden.csv"
EXAMPLE_SUPPLIERS: Final = "faktura-lieferanten.csv"
#: The customers once more, as an Excel user keeps them: a workbook (PLZ and numbers as numbers).
EXAMPLE_WORKBOOK: Final = "faktura-kunden.xlsx"
EXAMPLE_CUSTOMER_ROWS: Final = 300
EXAMPLE_SUPPLIER_ROWS: Final = 60
EXAMPLE_SEED: Final = 411  # picked: the customers show every foreign showcase name, „“, €, NBSP …
EXAMPLE_DIRT: Final = 0.2
EXAMPLE_SUPPLIER_DIRT: Final = 0.25

# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES: Final = _words(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
    "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
    "Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
    "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich "
    "Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon "
    "Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel "
    "Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch "
    "Bergmann Voigt Sauer Arnold Wolff Pfeiffer Öztürk Kowalski Nowak Große-Böckmann Dürr Gräßle "
    "Nüßlein Bäßler Jürgens Thönnes Kröger"
)
FOREIGN_SURNAMES: Final = _words(
    "Muñoz García Peña Núñez Lefèvre Dubois Bénard Søndergaard Jørgensen Østergaard Håkansson Ærøe "
    "Nørgaard Gonçalves Ibáñez"
)
MALE: Final = _words(
    "Thomas Michael Andreas Stefan Peter Klaus Jürgen Uwe Frank Jörg Matthias Günter Wolfgang Dieter "
    "Horst Bernd Lukas Jonas Felix Maximilian Sören Björn Götz Hans-Jürgen Karl-Heinz Ralf Sebastian "
    "Tobias Jan Jens Torsten Dirk Rüdiger Hansjörg"
)
FEMALE: Final = _words(
    "Sabine Petra Monika Andrea Ursula Claudia Susanne Birgit Gabriele Jutta Anja Katrin Bärbel "
    "Jasmin Lea Lena Hannah Sophie Marie Annegret Dörte Käthe Renée Heike Silke Doris Elke Jördis"
)
FOREIGN_MALE: Final = _words("Søren José François Andrés Jesús Anders Åke")
FOREIGN_FEMALE: Final = _words("Françoise Zoë Chloé Inés Ærindis Mette Åsa")

TRADES: Final = (
    "Bau",
    "Haustechnik",
    "Elektrotechnik",
    "Metallbau",
    "Gartenbau",
    "Druckerei",
    "Bäckerei",
    "Möbelwerkstätten",
    "Heizungsbau",
    "Immobilien",
    "Logistik",
    "Software",
    "Medien",
    "Kfz-Service",
    "Getränkehandel",
    "Feinkost",
    "Dachdeckerei",
    "Malerbetrieb",
    "Zimmerei",
    "Landtechnik",
    "Blumenhaus",
    "Optik",
    "Fliesen",
    "Reisebüro",
    "Brennstoffe",
    "Schlüsseldienst",
    "Glaserei",
)
LEGAL_DE: Final = (
    ("GmbH", 40),
    ("GmbH & Co. KG", 10),
    ("KG", 6),
    ("OHG", 3),
    ("e.K.", 8),
    ("UG (haftungsbeschränkt)", 5),
    ("AG", 2),
    ("GbR", 4),
    ("mbH", 1),
    ("e.V.", 2),
    (", Inh. {first} {last}", 3),
)
LEGAL_AT: Final = ("GmbH", "KG", "e.U.", "OG")
LEGAL_CH: Final = ("AG", "GmbH", "Sàrl")
FOREIGN_COMPANIES: Final = {
    "FR": ("Crème de la Crème SARL", "Pâtisserie Françoise SAS", "Lefèvre Frères SA"),
    "ES": ("Muñoz Hermanos S.L.", "Cerámica Peña S.A.", "Distribuciones Ibáñez S.L."),
    "DK": ("Øresund Logistik ApS", "Ærø Fisk ApS", "Søndergaard Møbler A/S"),
    "SE": ("Håkansson Trä AB", "Malmö Glasbruk AB"),
}

# (PLZ, Ort, Vorwahl without leading 0)
CITIES_DE: Final = (
    ("01067", "Dresden", "351"),
    ("01307", "Dresden", "351"),
    ("01445", "Radebeul", "351"),
    ("02625", "Bautzen", "3591"),
    ("02826", "Görlitz", "3581"),
    ("03046", "Cottbus", "355"),
    ("04109", "Leipzig", "341"),
    ("04275", "Leipzig", "341"),
    ("06108", "Halle (Saale)", "345"),
    ("07743", "Jena", "3641"),
    ("08056", "Zwickau", "375"),
    ("09111", "Chemnitz", "371"),
    ("10115", "Berlin", "30"),
    ("10969", "Berlin", "30"),
    ("12043", "Berlin", "30"),
    ("13353", "Berlin", "30"),
    ("14467", "Potsdam", "331"),
    ("18055", "Rostock", "381"),
    ("19053", "Schwerin", "385"),
    ("20095", "Hamburg", "40"),
    ("22765", "Hamburg", "40"),
    ("23552", "Lübeck", "451"),
    ("24103", "Kiel", "431"),
    ("26122", "Oldenburg", "441"),
    ("28195", "Bremen", "421"),
    ("30159", "Hannover", "511"),
    ("33602", "Bielefeld", "521"),
    ("34117", "Kassel", "561"),
    ("37073", "Göttingen", "551"),
    ("38100", "Braunschweig", "531"),
    ("39104", "Magdeburg", "391"),
    ("40213", "Düsseldorf", "211"),
    ("42103", "Wuppertal", "202"),
    ("44135", "Dortmund", "231"),
    ("45127", "Essen", "201"),
    ("47051", "Duisburg", "203"),
    ("48143", "Münster", "251"),
    ("49074", "Osnabrück", "541"),
    ("50667", "Köln", "221"),
    ("50939", "Köln", "221"),
    ("51373", "Leverkusen", "214"),
    ("52062", "Aachen", "241"),
    ("53111", "Bonn", "228"),
    ("54290", "Trier", "651"),
    ("55116", "Mainz", "6131"),
    ("56068", "Koblenz", "261"),
    ("60311", "Frankfurt am Main", "69"),
    ("63065", "Offenbach am Main", "69"),
    ("64283", "Darmstadt", "6151"),
    ("65183", "Wiesbaden", "611"),
    ("66111", "Saarbrücken", "681"),
    ("67059", "Ludwigshafen am Rhein", "621"),
    ("68159", "Mannheim", "621"),
    ("69117", "Heidelberg", "6221"),
    ("70173", "Stuttgart", "711"),
    ("72070", "Tübingen", "7071"),
    ("73728", "Esslingen am Neckar", "711"),
    ("76133", "Karlsruhe", "721"),
    ("78462", "Konstanz", "7531"),
    ("79098", "Freiburg im Breisgau", "761"),
    ("80331", "München", "89"),
    ("81667", "München", "89"),
    ("84028", "Landshut", "871"),
    ("85049", "Ingolstadt", "841"),
    ("86150", "Augsburg", "821"),
    ("87435", "Kempten (Allgäu)", "831"),
    ("89073", "Ulm", "731"),
    ("90402", "Nürnberg", "911"),
    ("91052", "Erlangen", "9131"),
    ("93047", "Regensburg", "941"),
    ("94032", "Passau", "851"),
    ("95444", "Bayreuth", "921"),
    ("96047", "Bamberg", "951"),
    ("97070", "Würzburg", "931"),
    ("98527", "Suhl", "3681"),
    ("99084", "Erfurt", "361"),
    ("99423", "Weimar", "3643"),
)
CITIES_EAST: Final = tuple(c for c in CITIES_DE if c[0].startswith("0"))
# (PLZ, Ort, international prefix)
CITIES_AT: Final = (
    ("1010", "Wien", "+43 1"),
    ("1100", "Wien", "+43 1"),
    ("4020", "Linz", "+43 732"),
    ("5020", "Salzburg", "+43 662"),
    ("6020", "Innsbruck", "+43 512"),
    ("8010", "Graz", "+43 316"),
    ("9020", "Klagenfurt am Wörthersee", "+43 463"),
)
CITIES_CH: Final = (
    ("8001", "Zürich", "+41 44"),
    ("3011", "Bern", "+41 31"),
    ("4051", "Basel", "+41 61"),
    ("1204", "Genève", "+41 22"),
    ("6004", "Luzern", "+41 41"),
    ("9000", "St. Gallen", "+41 71"),
)
CITIES_FOREIGN: Final = {
    "FR": (("67000", "Strasbourg", "+33 3"), ("69002", "Lyon", "+33 4")),
    "ES": (("08001", "Barcelona", "+34 93"), ("29015", "Málaga", "+34 952")),
    "DK": (("1050", "København K", "+45"), ("5970", "Ærøskøbing", "+45")),
    "SE": (("211 22", "Malmö", "+46 40"),),
}
COUNTRY_NAME: Final = {
    "DE": "Deutschland",
    "AT": "Österreich",
    "CH": "Schweiz",
    "FR": "Frankreich",
    "ES": "Spanien",
    "DK": "Dänemark",
    "SE": "Schweden",
}
COUNTRY_VARIANTS: Final = {
    "DE": ("D", "DE", "deutschland", "BRD", "Germany", "49"),
    "AT": ("A", "AT", "Oesterreich", "Austria"),
    "CH": ("CH", "Schweiz (CH)", "Suisse"),
    "FR": ("F", "FR", "France"),
    "ES": ("E", "ES", "España"),
    "DK": ("DK", "Danmark"),
    "SE": ("S", "SE", "Sverige"),
}
STREETS_DE: Final = (
    "Hauptstraße",
    "Bahnhofstraße",
    "Gartenstraße",
    "Schulstraße",
    "Dorfstraße",
    "Bergstraße",
    "Lindenstraße",
    "Kirchstraße",
    "Am Markt",
    "Goethestraße",
    "Schillerstr.",
    "Mühlenweg",
    "Industriestr.",
    "Gewerbering",
    "Am Hafen",
    "Königsallee",
    "Münchner Str.",
    "Lange Reihe",
    "Weißdornweg",
    "Jägerstraße",
    "Buchenweg",
    "Ringstraße",
    "Friedrich-Ebert-Str.",
    "Große Bleichen",
    "Rosenstraße",
    "Lößnitzgrundstr.",
    "Kurfürstendamm",
    "Am Südpark",
)
STREETS_AT: Final = ("Mariahilfer Straße", "Landstraße", "Herrengasse", "Hauptplatz", "Kärntner Ring")
STREETS_CH: Final = ("Bahnhofstrasse", "Seestrasse", "Marktgasse", "Rue du Rhône", "Löwenstrasse")
STREETS_FOREIGN: Final = {
    "FR": ("Rue de la République", "Avenue Jean-Jaurès", "Rue Sainte-Hélène"),
    "ES": ("Calle Mayor", "Avinguda Diagonal", "Calle Peñalver"),
    "DK": ("Østergade", "Nørregade", "Søndergade"),
    "SE": ("Södra Förstadsgatan", "Östra Rönneholmsvägen"),
}
ZUSATZ: Final = (
    "Abt. Einkauf",
    "z. Hd. Buchhaltung",
    "c/o Büro Süd",
    "Niederlassung Nord",
    "Hinterhaus",
    "2. OG",
    "Gebäude 3",
    "Tor 2",
)
NOTES: Final = (
    "Rabatt 3 % ab 500 €",
    "Skonto 2 % bei Zahlung in 10 Tagen",
    "Stammkunde seit 1998 – „Altvertrag“",
    "Rechnung nur per E-Mail",
    "Lieferung nur vormittags",
    "Mahnsperre bis 31.12.",
    "Kreditlimit 5.000 €",
    "Barzahler",
    "Vorkasse – Zahlungsmoral „schwierig“",
    "Preise netto zzgl. 19 % USt.",
    "Übergabe an Nachfolger geplant",
    "Lieferung „frei Haus“",
    "Anlieferung über „Tor 2“",
    "Gutschrift 25,00 € offen",
)
FORMULAS: Final = ("=Summe(A1:A3)", "=SUMME(B2:B9)", "@Kontakt", "+1+1", '=HYPERLINK("x")', "-Rabatt")
BANKS: Final = (
    ("10050000", "Berliner Sparkasse", "BELADEBEXXX"),
    ("20050550", "Hamburger Sparkasse", "HASPDEHHXXX"),
    ("37050198", "Sparkasse KölnBonn", "COLSDE33XXX"),
    ("70150000", "Stadtsparkasse München", "SSKMDEMMXXX"),
    ("50010517", "ING", "INGDDEFFXXX"),
    ("10070000", "Deutsche Bank", "DEUTDEBBXXX"),
    ("43060967", "GLS Bank", "GENODEM1GLS"),
    ("86055592", "Sparkasse Leipzig", "WELADE8LXXX"),
    ("85050300", "Ostsächsische Sparkasse Dresden", "OSDDDE81XXX"),
    ("60050101", "BW-Bank", "SOLADEST600"),
    ("76050101", "Sparkasse Nürnberg", "SSKNDE77XXX"),
    ("30060601", "apoBank", "DAAEDEDDXXX"),
)
MAIL_PERSON: Final = (
    "gmx.de",
    "web.de",
    "t-online.de",
    "gmail.com",
    "outlook.de",
    "freenet.de",
    "posteo.de",
    "arcor.de",
)
MAIL_ROLE: Final = ("info", "info", "info", "kontakt", "buchhaltung", "rechnung", "office", "mail")
BAD_MAILS: Final = (
    "info@{d}",
    "{u}@@{d}.de",
    "{u} at {d}.de",
    "{u}@{d}.de.",
    "{u}@{d},de",
    "{u}.@{d}.de",
    "{u}@{d}..de",
    "{u}",
    "mailto:{u}@{d}.de",
    "{u}@{d}.de (privat)",
)
MOJIBAKE: Final = ("MÃ¼ller", "StraÃŸe", "KÃ¶ln", "GÃ¶rlitz", "DÃ¼sseldorf", "SchÃ¤fer", "BÃ¤ckerei")

_TRANSLIT: Final = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "Ä": "ae",
        "Ö": "oe",
        "Ü": "ue",
        "é": "e",
        "è": "e",
        "ê": "e",
        "à": "a",
        "á": "a",
        "â": "a",
        "ç": "c",
        "ñ": "n",
        "ø": "oe",
        "Ø": "oe",
        "æ": "ae",
        "Æ": "ae",
        "å": "aa",
        "Å": "aa",
        "ë": "e",
        "í": "i",
        "ú": "u",
        "ó": "o",
        " ": "-",
        "&": "-",
        ".": "",
        ",": "",
        "(": "",
        ")": "",
        "'": "",
    }
)

DIRT_WEIGHTS: Final = (
    ("number_range", 3),
    ("number_duplicate", 3),
    ("plz_lost_zero", 3),
    ("land_variant", 4),
    ("person_no_first_name", 2),
    ("person_no_salutation", 2),
    ("two_emails", 2),
    ("invalid_email", 3),
    ("whitespace", 4),
    ("phone_scientific", 2),
    ("legal_form_in_name", 2),
    ("formula", 1),
    ("plz_ort_combined", 2),
    ("multiline_note", 1),
    ("mojibake", 1),
    ("vat_format", 2),
)
DIRT_KINDS: Final = tuple(kind for kind, _ in DIRT_WEIGHTS)

# --------------------------------------------------------------------------------------------------
# Check digits (stdlib only)
# --------------------------------------------------------------------------------------------------


def de_vat_check_digit(digits: str) -> str:
    """The check digit of a German USt-IdNr. (8 digits → 9th): ISO 7064 MOD 11,10."""
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    return str((11 - product) % 10)


def at_vat_check_digit(digits: str) -> str:
    """The check digit of an Austrian UID (``ATU`` + 7 digits → 8th): Luhn variant."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return str((6 - total) % 10)


def iban_de(blz: str, account: str) -> str:
    """A German IBAN with correct MOD 97-10 check digits."""
    bban = blz + account.zfill(10)
    check = 98 - int(bban + "131400") % 97
    return f"DE{check:02d}{bban}"


# --------------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------------


def _quote(fields: list[str]) -> str:
    return '"' + '";"'.join([f.replace('"', '""') for f in fields]) + '"' + EOL


class _Faker:
    """Builds one contact row after the other from one ``random.Random``."""

    def __init__(self, seed: int, dirt: float, *, suppliers: bool) -> None:
        self.r = random.Random(seed)
        self.dirt = dirt
        self.suppliers = suppliers
        self.number = 70000 if suppliers else 10000
        self.low, self.high = (70000, 99999) if suppliers else (10000, 69999)
        self.seen: list[str] = []
        self.log: list[tuple[int, str]] = []  # (data row, 1-based; dirt kind)
        order = list(DIRT_KINDS)
        self.r.shuffle(order)
        self.pending = order  # every kind once before drawing by weight
        self.kinds = [k for k, _ in DIRT_WEIGHTS]
        self.weights = [w for _, w in DIRT_WEIGHTS]
        # foreign names and companies are rare: show each once before drawing at random
        self.showcase: dict[str, list[str]] = {}
        for key, pool in (
            ("female", FOREIGN_FEMALE),
            ("male", FOREIGN_MALE),
            ("surname", FOREIGN_SURNAMES),
            *((country, names) for country, names in FOREIGN_COMPANIES.items()),
        ):
            order = list(pool)
            self.r.shuffle(order)
            self.showcase[key] = order
        self.legal = [f for f, _ in LEGAL_DE]
        self.legal_w = [w for _, w in LEGAL_DE]

    # -- small helpers ----------------------------------------------------------------------------

    def _pick(self, key: str, pool: tuple[str, ...]) -> str:
        pending = self.showcase[key]
        return pending.pop() if pending else self.r.choice(pool)

    def _next_number(self) -> str:
        r = self.r
        self.number += 1 if r.random() < 0.8 else r.randint(2, 4)
        if self.number > self.high:
            self.number = self.low + 1 + (self.number - self.high) % 97
        return str(self.number)

    def _person(self, foreign: bool = False) -> tuple[str, str, str]:
        """(Anrede, Vorname, Name)."""
        r = self.r
        female = r.random() < 0.5
        if foreign or r.random() < 0.02:
            first = self._pick("female", FOREIGN_FEMALE) if female else self._pick("male", FOREIGN_MALE)
        else:
            first = r.choice(FEMALE if female else MALE)
        foreign_name = foreign or r.random() < 0.03
        last = self._pick("surname", FOREIGN_SURNAMES) if foreign_name else r.choice(SURNAMES)
        return ("Frau" if female else "Herr"), first, last

    def _phone(self, country: str, prefix: str, mobile: bool = False) -> str:
        r = self.r
        if country == "DE":
            if mobile:
                net = r.choice(("151", "160", "170", "171", "172", "176", "179"))
                sub = str(r.randint(1000000, 99999999))
                style = r.random()
                if style < 0.5:
                    return f"0{net} {sub}"
                if style < 0.8:
                    return f"0{net}/{sub}"
                return f"+49 {net} {sub}"
            sub = str(r.randint(10000, 9999999) if len(prefix) < 4 else r.randint(1000, 999999))
            style = r.random()
            if style < 0.35:
                return f"0{prefix} {sub}"
            if style < 0.55:
                return f"0{prefix}/{sub}"
            if style < 0.7:
                return f"0{prefix}-{sub}"
            if style < 0.8:
                return f"(0{prefix}) {sub}"
            if style < 0.9:
                return f"+49 {prefix} {sub}"
            return f"+49 (0){prefix} {sub[:-1]}-0"
        return f"{prefix} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def _email(self, local: str, domain: str | None) -> str:
        r = self.r
        if domain is None:
            return f"{local}@{r.choice(MAIL_PERSON)}"
        return f"{r.choice(MAIL_ROLE)}@{domain}"

    def _vat(self, country: str) -> str:
        r = self.r
        if country == "DE":
            body = str(r.randint(10000000, 99999999))
            return "DE" + body + de_vat_check_digit(body)
        if country == "AT":
            body = str(r.randint(1000000, 9999999))
            return "ATU" + body + at_vat_check_digit(body)
        if country == "DK":
            while True:
                body = str(r.randint(10000000, 99999999))
                if sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0:
                    return "DK" + body
        return ""

    def _address(self) -> tuple[str, str, str, str, str]:
        """(country, Straße, PLZ, Ort, phone prefix)."""
        r = self.r
        streets: tuple[str, ...]
        x = r.random()
        if x < 0.88:
            plz, ort, pre = r.choice(CITIES_EAST if r.random() < 0.1 else CITIES_DE)
            country, streets = "DE", STREETS_DE
        elif x < 0.93:
            plz, ort, pre = r.choice(CITIES_AT)
            country, streets = "AT", STREETS_AT
        elif x < 0.97:
            plz, ort, pre = r.choice(CITIES_CH)
            country, streets = "CH", STREETS_CH
        else:
            country = r.choice(("FR", "ES", "ES", "DK", "DK", "SE"))
            plz, ort, pre = r.choice(CITIES_FOREIGN[country])
            streets = STREETS_FOREIGN[country]
        num = r.randint(1, 160)
        house = f"{num}{r.choice('abc')}" if r.random() < 0.08 else str(num)
        if country in ("FR", "ES"):
            street = f"{house} {r.choice(streets)}" if country == "FR" else f"{r.choice(streets)}, {house}"
        else:
            street = f"{r.choice(streets)} {house}"
        return country, street, plz, ort, pre

    def _company(self, country: str, last: str, ort: str) -> str:
        r = self.r
        if country in FOREIGN_COMPANIES:
            return self._pick(country, FOREIGN_COMPANIES[country])
        trade = r.choice(TRADES)
        x = r.random()
        if x < 0.55:
            core = f"{last} {trade}"
        elif x < 0.7:
            core = f"{last} & {r.choice(SURNAMES)}"
        elif x < 0.85:
            core = f"{trade} {ort.split(' ')[0]}"
        else:
            core = f"{r.choice('ABCDEFGHKLMSTW')}{r.choice('ABDEGHKLMPRST')}{r.choice('BCDGKLMSTW')} {trade}"
        if country == "AT":
            legal = r.choice(LEGAL_AT)
        elif country == "CH":
            legal = r.choice(LEGAL_CH)
        else:
            legal = r.choices(self.legal, self.legal_w)[0]
            if "{" in legal:
                first = self._person()[1]
                legal = legal.format(first=first, last=last)
        return f"{core}{legal}" if legal.startswith(",") else f"{core} {legal}"

    # -- one row ----------------------------------------------------------------------------------

    def row(self) -> dict[str, str]:
        r = self.r
        rnd = r.random
        number = self._next_number()
        self.seen.append(number)
        country, street, plz, ort, pre = self._address()
        foreign = country not in ("DE", "AT", "CH")
        company = rnd() < (0.93 if self.suppliers else 0.45)
        sal, first, last = self._person(foreign)
        f: dict[str, str] = dict.fromkeys(SUPPLIER_HEADER if self.suppliers else CUSTOMER_HEADER, "")
        if self.suppliers:
            f["Lieferantennummer"] = number
            f["Kreditorenkonto"] = number
        else:
            f["Kundennummer"] = number
            f["Debitorenkonto"] = number if rnd() < 0.8 else ""
        slug: str | None = None
        if company:
            firm = self._company(country, last, ort)
            f["Firma"] = firm
            f["Anrede"] = "Firma" if rnd() < 0.35 else ""
            words = firm.split(" ")
            f["Matchcode"] = words[0].upper()[:10]
            slug = "-".join(words[:2]).lower().translate(_TRANSLIT).strip("-").replace("--", "-")
            tld = {"DE": ".de", "AT": ".at", "CH": ".ch"}.get(country, "." + country.lower())
            slug += tld
            if rnd() < 0.12:
                f["Ansprechpartner"] = f"{sal} {first} {last}" if rnd() < 0.5 else f"{first} {last}"
            if rnd() < 0.12:
                f["Telefax"] = self._phone(country, pre)
            if rnd() < 0.08:
                f["Web"] = "www." + slug
            if rnd() < 0.25 or (foreign and rnd() < 0.7):
                f["EG ID"] = self._vat(country)
            elif rnd() < 0.04:
                f["Steuernummer"] = f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
        else:
            x = rnd()
            f["Anrede"] = sal if x < 0.85 else ("Herrn" if sal == "Herr" and x < 0.93 else "Familie")
            f["Name"] = last
            f["Vorname"] = "" if f["Anrede"] == "Familie" else first
            f["Matchcode"] = last.upper()[:10]
        if rnd() < 0.04:
            f["Zusatz"] = r.choice(ZUSATZ)
        f["Straße"] = street
        f["Postleitzahl"] = plz
        f["Ort"] = ort
        if country != "DE" or rnd() < 0.1:
            f["Land"] = COUNTRY_NAME[country]
        if rnd() < 0.5:
            f["Telefon"] = self._phone(country, pre)
        if rnd() < 0.07:
            f["Telefon 2"] = self._phone(country, pre, mobile=True)
        if rnd() < 0.38:
            if slug is None:
                given, family = first.lower().translate(_TRANSLIT), last.lower().translate(_TRANSLIT)
                local = f"{given[0]}.{family}" if rnd() < 0.5 else f"{given}.{family}"
                f["Email"] = self._email(local, None)
            else:
                f["Email"] = self._email("", slug)
        if rnd() < 0.04:
            blz, bank, bic = r.choice(BANKS)
            iban = iban_de(blz, str(r.randint(100000, 9999999999)))
            if rnd() < 0.3:
                iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            f["Bankbezeichnung"] = bank
            f["IBAN"] = iban
            f["BIC"] = bic
        f["Zahlungsziel"] = r.choice(("14", "14", "30", "30", "10", "7", "0", ""))
        if not self.suppliers and rnd() < 0.02:
            d_country, d_street, d_plz, d_ort, _ = self._address()
            f["Liefer. Zusatz"] = r.choice(ZUSATZ) if rnd() < 0.4 else ""
            f["Liefer. Strasse"] = d_street
            f["Liefer. PLZ"] = d_plz
            f["Liefer. Ort"] = d_ort
            f["Liefer.Land"] = COUNTRY_NAME[d_country]
        if rnd() < 0.05:
            f["Bemerkung"] = r.choice(NOTES)
        if rnd() < self.dirt:
            self._dirty(f, country, plz, ort, company)
        return f

    # -- dirt ---------------------------------------------------------------------------------------

    def _dirty(self, f: dict[str, str], country: str, plz: str, ort: str, company: bool) -> None:
        r = self.r
        kind = self.pending.pop() if self.pending else r.choices(self.kinds, self.weights)[0]
        if kind == "plz_lost_zero" and country != "DE":
            kind = "land_variant"
        self.log.append((len(self.seen), kind))
        number_key = "Lieferantennummer" if self.suppliers else "Kundennummer"
        if kind == "number_range":
            f[number_key] = r.choice(("1001", "100234", "9999", "501", "123456", "7", "0815"))
            if self.suppliers:
                f[number_key] = r.choice(("700123", "501", "69999", "1000001"))
        elif kind == "number_duplicate":
            if len(self.seen) > 1:
                f[number_key] = r.choice(self.seen[-200:-1])
        elif kind == "plz_lost_zero":
            if not plz.startswith("0"):
                plz, ort, pre = r.choice(CITIES_EAST)
                if f["Telefon"]:
                    f["Telefon"] = self._phone(country, pre)
            f["Postleitzahl"], f["Ort"] = plz.lstrip("0"), ort
        elif kind == "land_variant":
            f["Land"] = r.choice(COUNTRY_VARIANTS[country])
        elif kind == "person_no_first_name":
            if company:
                f["Firma"], f["Anrede"] = "", r.choice(("Herr", "Frau"))
                f["Name"] = f["Name"] or r.choice(SURNAMES)
            f["Vorname"] = ""
        elif kind == "person_no_salutation":
            if company:
                f["Firma"] = ""
                f["Name"], f["Vorname"] = r.choice(SURNAMES), r.choice(MALE + FEMALE)
            f["Anrede"] = ""
        elif kind == "two_emails":
            first = f["Email"] or "info@" + (f["Name"] or "firma").lower().translate(_TRANSLIT) + ".de"
            sep = r.choice(("; ", ", ", " / ", ";"))
            f["Email"] = (
                f"{first}{sep}{r.choice(('buchhaltung', 'rechnung', 'chef'))}@{r.choice(MAIL_PERSON)}"
            )
        elif kind == "invalid_email":
            user = (f["Name"] or f["Matchcode"] or "kunde").lower().translate(_TRANSLIT) or "kunde"
            domain = r.choice(MAIL_PERSON).split(".")[0]
            f["Email"] = r.choice(BAD_MAILS).format(u=user, d=domain)
        elif kind == "whitespace":
            key = r.choice(("Firma", "Name", "Ort", "Straße", "Email", "Vorname")) if company else "Name"
            value = f[key] or f["Ort"]
            key = key if f[key] else "Ort"
            style = r.random()
            if style < 0.3:
                f[key] = f" {value} "
            elif style < 0.6:
                f[key] = value.replace(" ", "  ", 1) if " " in value else value + "  "
            elif style < 0.8:
                f[key] = value.replace(" ", "\u00a0", 1) if " " in value else value + "\u00a0"
            else:
                f[key] = "\t" + value
        elif kind == "phone_scientific":
            digits = "49" + str(r.randint(20, 9999)) + str(r.randint(100000, 9999999))
            f["Telefon"] = f"{digits[0]},{digits[1:5]}E+{len(digits) - 1:02d}"
        elif kind == "legal_form_in_name":
            f["Name"] = f["Firma"] or f"{f['Name']} {r.choice(TRADES)} GmbH"
            f["Firma"], f["Vorname"] = "", ""
            f["Anrede"] = r.choice(("", "Firma"))
        elif kind == "formula":
            key = r.choice(("Bemerkung", "Zusatz", "Matchcode"))
            f[key] = r.choice(FORMULAS)
        elif kind == "plz_ort_combined":
            f["Ort"] = f"{plz} {ort}" if r.random() < 0.6 else f"{plz} {ort}".replace(" ", "-", 1)
            f["Postleitzahl"] = "" if r.random() < 0.7 else "D-" + plz
        elif kind == "multiline_note":
            f["Bemerkung"] = r.choice(
                (
                    'Lieferung nur vormittags; Tor 3\r\nAnsprechpartner sagt "dringend"',
                    'Achtung: Rechnung an Zentrale;\r\nKunde wünscht „Sammelrechnung“ – "bitte beachten"',
                    'Rabatt 5 % (vereinbart am 12.03.)\nsiehe Mail von "Hr. Meier"; Skonto 2 %',
                )
            )
        elif kind == "mojibake":
            keys = [k for k in ("Name", "Vorname", "Firma", "Straße", "Ort") if not f[k].isascii()]
            broken = ""
            if keys:
                key = r.choice(keys)
                broken = f[key].encode("utf-8").decode(ENCODING, errors="replace")
            if broken and "\ufffd" not in broken:
                f[key] = broken
            else:
                f["Name"] = r.choice(MOJIBAKE)
        elif kind == "vat_format":
            vat = self._vat("DE")
            style = r.random()
            if style < 0.35:
                vat = f"{vat[:2]} {vat[2:5]} {vat[5:8]} {vat[8:]}"
            elif style < 0.55:
                vat = vat.lower()
            elif style < 0.8:
                vat = vat[:-1] + str((int(vat[-1]) + 1) % 10)  # wrong check digit
            else:
                vat = vat[2:]  # without country prefix
            f["EG ID"] = vat


def _rows(seed: int, dirt: float, *, suppliers: bool) -> Iterator[str]:
    faker = _Faker(seed, dirt, suppliers=suppliers)
    make: Callable[[], dict[str, str]] = faker.row
    while True:
        yield _quote(list(make().values()))


def _header(columns: tuple[str, ...]) -> str:
    return _quote(list(columns))


def _encode(parts: list[str]) -> bytes:
    return "".join(parts).encode(ENCODING)


def generate_customers(n: int, seed: int = 1, dirt: float = 0.05) -> bytes:
    """``n`` customer rows as a Faktura export (Windows-1252 bytes)."""
    rows = _rows(seed, dirt, suppliers=False)
    return _encode([_header(CUSTOMER_HEADER), *(next(rows) for _ in range(n))])


def generate_suppliers(n: int, seed: int = 1, dirt: float = 0.05) -> bytes:
    """``n`` supplier rows as a Faktura export (Windows-1252 bytes)."""
    rows = _rows(seed, dirt, suppliers=True)
    return _encode([_header(SUPPLIER_HEADER), *(next(rows) for _ in range(n))])


def generate_to_size(target_bytes: int, seed: int = 1, dirt: float = 0.05) -> bytes:
    """As many customer rows as fit into ``target_bytes`` (the result is never larger).

    The result equals ``generate_customers(k, seed, dirt)`` for the largest fitting ``k``.
    """
    header = _header(CUSTOMER_HEADER)
    size = len(header)  # cp1252 is one byte per character
    if size > target_bytes:
        raise ValueError(f"target {target_bytes} is smaller than the header ({size} bytes)")
    chunks: list[bytes] = [header.encode(ENCODING)]
    part: list[str] = []
    for row in _rows(seed, dirt, suppliers=False):
        size += len(row)
        if size > target_bytes:
            break
        part.append(row)
        if len(part) >= 20_000:
            chunks.append(_encode(part))
            part = []
    chunks.append(_encode(part))
    return b"".join(chunks)


def dirt_log(n: int, seed: int = 1, dirt: float = 0.05, *, suppliers: bool = False) -> list[tuple[int, str]]:
    """Which dirt kind went into which data row (1-based) of ``generate_customers(n, seed, dirt)``."""
    faker = _Faker(seed, dirt, suppliers=suppliers)
    for _ in range(n):
        faker.row()
    return faker.log


#: Columns an Excel user's sheet holds as numbers (Excel turns such CSV cells into numbers on opening).
_NUMERIC_COLUMNS: Final = frozenset({"Kundennummer", "Lieferantennummer", "PLZ", "Liefer. PLZ"})
_XML_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
#: A fixed time stamp for the archive members: the same rows give the same bytes.
_ZIP_TIME: Final = (2024, 1, 1, 0, 0, 0)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xlsx_bytes(rows: list[list[str]], sheet: str = "Kunden") -> bytes:
    """A minimal .xlsx workbook of ``rows`` (first row = header), written with the standard library.

    Cells of the columns in :data:`_NUMERIC_COLUMNS` that hold only digits are stored as numbers,
    as Excel stores them after opening a CSV file (so a PLZ "01067" is the number 1067); every other
    cell is an inline string.
    """
    numeric = {i for i, name in enumerate(rows[0]) if name in _NUMERIC_COLUMNS}
    lines = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            if not value:
                continue
            ref = f"{_column_letter(c)}{r}"
            if r > 1 and c in numeric and value.isdigit():
                cells.append(f'<c r="{ref}"><v>{int(value)}</v></c>')
            else:
                text = value.translate(_XML_ESCAPES)
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    members = {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{package}/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
            f'<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>'
            + "".join(lines)
            + "</sheetData></worksheet>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def csv_records(data: bytes) -> list[list[str]]:
    """The records of a generated (cp1252, ``;``) export."""
    return list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))


def write_examples(directory: Path = EXAMPLES_DIR) -> list[Path]:
    """Write the bundled example exports (the customers also as a workbook); return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    customers = directory / EXAMPLE_CUSTOMERS
    suppliers = directory / EXAMPLE_SUPPLIERS
    workbook = directory / EXAMPLE_WORKBOOK
    data = generate_customers(EXAMPLE_CUSTOMER_ROWS, EXAMPLE_SEED, EXAMPLE_DIRT)
    customers.write_bytes(data)
    suppliers.write_bytes(generate_suppliers(EXAMPLE_SUPPLIER_ROWS, EXAMPLE_SEED, EXAMPLE_SUPPLIER_DIRT))
    workbook.write_bytes(xlsx_bytes(csv_records(data)))
    return [customers, suppliers, workbook]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--examples", action="store_true", help="rewrite reference/examples/*")
    parser.add_argument("--customers", type=int, metavar="N", help="N customer rows to stdout")
    parser.add_argument("--suppliers", type=int, metavar="N", help="N supplier rows to stdout")
    parser.add_argument("--size", type=int, metavar="BYTES", help="customers up to BYTES to stdout")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dirt", type=float, default=0.05)
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    args = parser.parse_args(argv)
    if args.examples:
        for path in write_examples():
            print(f"{path}: {path.stat().st_size} bytes")
        return 0
    if args.customers is not None:
        data = generate_customers(args.customers, args.seed, args.dirt)
    elif args.suppliers is not None:
        data = generate_suppliers(args.suppliers, args.seed, args.dirt)
    elif args.size is not None:
        data = generate_to_size(args.size, args.seed, args.dirt)
    else:
        parser.error("choose --examples, --customers N, --suppliers N or --size BYTES")
    if args.output:
        args.output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
