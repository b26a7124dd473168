"""The one catalog of user-facing text (German by default, English with ``--lang en``).

Code looks messages up by key; nothing user-facing is written inline elsewhere.
``msg("input-empty", path="a.csv")`` renders the template for the active language.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import shlex
from typing import Final

LANGUAGES: Final = ("de", "en")

_lang: contextvars.ContextVar[str] = contextvars.ContextVar("lang", default="de")


def current_language() -> str:
    """The language messages are rendered in right now."""
    return _lang.get()


#: Where the user reads the messages: ``cli`` (a terminal, the files) or ``web`` (the web page,
#: where the mapping table, the correction table and the page's options take the place of
#: ``--map``, a second command and the other options). A key ``<key>@web`` is the web page's
#: wording of ``<key>``.
SURFACES: Final = ("cli", "web")
_surface: contextvars.ContextVar[str] = contextvars.ContextVar("surface", default="cli")


class _Setting(contextlib.AbstractContextManager[None]):
    """:func:`language`'s and :func:`surface`'s block: a class, not a generator. One that is
    entered and never left (click leaves a command's context unclosed when an option fails to
    convert) holds no suspended generator that garbage collection would close later, in another
    thread's context, where resetting the variable raises."""

    def __init__(self, variable: contextvars.ContextVar[str], value: str) -> None:
        self._variable = variable
        self._value = value
        self._token: contextvars.Token[str] | None = None

    def __enter__(self) -> None:
        self._token = self._variable.set(self._value)

    def __exit__(self, *_exc: object) -> None:
        if self._token is not None:
            self._variable.reset(self._token)
            self._token = None


def language(lang: str) -> contextlib.AbstractContextManager[None]:
    """Render messages in ``lang`` inside the ``with`` block."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    return _Setting(_lang, lang)


def surface(name: str) -> contextlib.AbstractContextManager[None]:
    """Word messages for ``name`` (:data:`SURFACES`) inside the ``with`` block."""
    if name not in SURFACES:
        raise ValueError(name)
    return _Setting(_surface, name)


def format_number(value: float, lang: str | None = None, digits: int = 0) -> str:
    """``12345.6`` → ``12.345,6`` (German) or ``12,345.6`` (English); default: the active language."""
    text = f"{value:,.{digits}f}"
    if (lang or _lang.get()) == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def shell_quoted(value: str) -> str:
    """``value`` as typed in a shell: in double quotes when it holds spaces or special characters."""
    return value if shlex.quote(value) == value else '"' + value.replace('"', '\\"') + '"'


def shell_arg(path: str) -> str:
    """``path`` as a command's argument: quoted, and with ``./`` before a name that starts with a
    dash ("-faktura.rejected.csv"), which the command would take for an option; ``-`` (standard
    input) as it is (the tip said "check ./-", a file that does not exist)."""
    return shell_quoted(os.curdir + os.sep + path if path.startswith("-") and path != "-" else path)


def counted(key: str, n: int) -> str:
    """``n`` with its noun: the key's ``-one`` message for 1 ("1 Warnung"), else the key's ("2 Warnungen")."""
    return msg(f"{key}-one" if n == 1 else key, n=format_number(n))


def format_size(n: int, lang: str | None = None, *, exact: bool = False) -> str:
    """``1234567`` → ``1,2 MB`` (decimal units, like lexoffice's "2 MB"); ``exact`` adds
    `` (1.234.567 Bytes)``. English: ``1.2 MB (1,234,567 bytes)``."""
    lang = lang or _lang.get()
    in_bytes = msg("size-bytes", lang=lang, n=format_number(n, lang))
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= factor:
            rounded = f"{format_number(n / factor, lang, 1)} {unit}"
            return f"{rounded} ({in_bytes})" if exact else rounded
    return in_bytes


_DELIMITER_KEYS: Final = {
    ";": "delimiter-semicolon",
    ",": "delimiter-comma",
    "\t": "delimiter-tab",
    "|": "delimiter-pipe",
    "#": "delimiter-hash",
}
_LINE_ENDING_KEYS: Final = {"\r\n": "line-ending-crlf", "\n": "line-ending-lf", "\r": "line-ending-cr"}


def delimiter_name(delimiter: str, lang: str | None = None) -> str:
    """A readable name for ``delimiter`` (``Semikolon``); an unknown one is shown as its ``repr``."""
    key = _DELIMITER_KEYS.get(delimiter)
    return msg(key, lang=lang) if key else repr(delimiter)


def line_ending_name(terminator: str, lang: str | None = None) -> str:
    """A readable name for a line ending (``CRLF (Windows)``); an unknown one is shown as its ``repr``."""
    key = _LINE_ENDING_KEYS.get(terminator)
    return msg(key, lang=lang) if key else repr(terminator)


def template(key: str, /, lang: str | None = None) -> str:
    """The template of the message ``key`` in ``lang`` (default: the active language), worded
    for the active surface (its ``@web`` entry on the web page, where there is one)."""
    entry = MESSAGES[key]
    where = _surface.get()
    if where != "cli":
        entry = MESSAGES.get(f"{key}@{where}", entry)
    return entry.get(lang or _lang.get()) or entry["de"]


def msg(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message ``key`` (see :func:`template`) with ``values`` filled in."""
    text = template(key, lang)
    return text.format(**values) if values else text


# Each entry: key -> {"de": ..., "en": ...}. Templates use str.format fields.
MESSAGES: dict[str, dict[str, str]] = {
    # --- rules and messages users can trust (issue 16) ---
    "usage-option-repeated": {
        "de": "Hinweis: {option} ist mehrmals angegeben ({values}); es gilt die letzte Angabe: {value}.",
        "en": "Note: {option} is given more than once ({values}); the last one counts: {value}.",
    },
    "usage-kind-values": {
        "de": "„{value}“ ist keine Art von Kontakten; möglich sind {choices} (oder customers, suppliers).",
        "en": "“{value}” is no kind of contacts; possible are {choices} (or customers, suppliers).",
    },
    "mapping-unknown-target-closest": {
        "de": '„{target}“ (für die Spalte „{source}“ in --map/--mapping) ist keine lexoffice-Spalte. Meinten Sie {names}? Dann: --map "{source}={first}".',
        "en": '“{target}” (for the column “{source}” in --map/--mapping) is no lexoffice column. Did you mean {names}? Then: --map "{source}={first}".',
    },
    "mapping-target-or": {"de": " oder ", "en": " or "},
    # --- the web page's wording (surface "web", see surface()): its tables and options take the
    # place of --map, a second command and the other options ---
    "mapping-suggestion@web": {
        "de": "Keine sichere Zuordnung; am ähnlichsten ist „{suggestion}“ ({score} %). Übernehmen: „{suggestion}“ in der Liste wählen und „Mit dieser Zuordnung prüfen“ klicken.",
        "en": "No safe mapping; the closest is “{suggestion}” ({score} %). To take it, choose “{suggestion}” in the list and click “Check with this mapping”.",
    },
    "mapping-values-suggestion@web": {
        "de": "Die Überschrift entspricht keiner lexoffice-Spalte, aber {share} % der Werte sind {shape}, und keine Spalte füllt {suggestion}. Nicht zugeordnet; stimmt es, wählen Sie „{suggestion}“ in der Liste und klicken Sie „Mit dieser Zuordnung prüfen“.",
        "en": "The header matches no lexoffice column, but {share} % of the values are {shape}, and no column fills {suggestion}. Not mapped; if it is right, choose “{suggestion}” in the list and click “Check with this mapping”.",
    },
    "input-too-many-columns@web": {
        "de": "{path} hat {count} Spalten; lexoffice-import liest höchstens {cap} (auch große Exporte haben selten mehr als 250). Vermutlich ist das Trennzeichen falsch erkannt ({delimiter}): Speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie sie erneut hoch, oder exportieren Sie nur die Spalten, die Sie brauchen.",
        "en": "{path} has {count} columns; lexoffice-import reads at most {cap} (even large exports rarely have more than 250). The delimiter was probably misread ({delimiter}): save the file in Excel as “CSV UTF-8 (Comma delimited)” and upload it again, or export only the columns you need.",
    },
    "mapping-values-tax-neither@web": {
        "de": "Die Überschrift „{source}“ kann eine Umsatzsteuer-ID oder eine Steuernummer meinen, aber nur {share} % der Werte haben eine dieser Formen (etwa DE811234567 oder 21/815/08150): nicht zugeordnet; die Werte kommen in die Datei der nicht zugeordneten Spalten. Ist es die USt-IdNr., wählen Sie „Umsatzsteuer ID“ in der Liste und klicken Sie „Mit dieser Zuordnung prüfen“.",
        "en": "The header “{source}” may mean a VAT ID or a tax number, but only {share} % of the values have one of these forms (such as DE811234567 or 21/815/08150): not mapped; the values go into the unmapped-columns file. If it is the VAT ID, choose “Umsatzsteuer ID” in the list and click “Check with this mapping”.",
    },
    "mapping-values-salutation@web": {
        "de": "Die Werte sind Anreden (etwa „Mr.“, „Mrs.“, „Frau“); sie kommen unverändert in die Anrede. Soll die Spalte nicht hochgeladen werden, wählen Sie in der Liste „— nicht übernehmen —“.",
        "en": "The values are salutations (such as “Mr.”, “Mrs.”, “Frau”); they go unchanged into Anrede. To leave the column out, choose “— do not use —” in the list.",
    },
    "mapping-values-salutation-spelt@web": {
        "de": "Die Werte sind Anreden; sie kommen in die Anrede, Herr und Frau auf Deutsch geschrieben (etwa „{value}“ als „{spelt}“), andere (etwa „Dr.“) unverändert. Soll die Spalte nicht hochgeladen werden, wählen Sie in der Liste „— nicht übernehmen —“.",
        "en": "The values are salutations; they go into Anrede, Herr and Frau spelt in German (such as “{value}” as “{spelt}”), others (such as “Dr.”) unchanged. To leave the column out, choose “— do not use —” in the list.",
    },
    "mapping-values-salutation-sex@web": {
        "de": "Die Werte nennen das Geschlecht (etwa „m“, „w“, „männlich“); daraus wird die Anrede „Herr“ oder „Frau“. Andere Werte (etwa „divers“) ergeben keine Anrede und stehen in der Datei der nicht zugeordneten Spalten. Soll die Spalte nicht hochgeladen werden, wählen Sie in der Liste „— nicht übernehmen —“.",
        "en": "The values name the sex (such as “m”, “w”, “male”); they become the Anrede “Herr” or “Frau”. Other values (such as “diverse”) give no Anrede and are in the unmapped-columns file. To leave the column out, choose “— do not use —” in the list.",
    },
    "mapping-values-role@web": {
        "de": "Die Werte nennen die Rolle jeder Zeile (etwa „Kunde“, „Lieferant“): Lieferanten kommen in die Lieferanten-Datei, Kunden in die Kunden-Datei, andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The values name the role of each row (such as “Kunde”, “Lieferant”): suppliers go into the file of suppliers, customers into the file of customers, other values decide nothing. The column itself is in the unmapped-columns file.",
    },
    "mapping-values-role-flag-customers@web": {
        "de": "Die Spalte sagt Zeile für Zeile, ob der Kontakt Kunde ist (etwa 1/0, „x“, „ja“): solche Zeilen kommen in die Kunden-Datei, andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The column says row by row whether the contact is a customer (such as 1/0, “x”, “ja”): such rows go into the file of customers, other values decide nothing. The column itself is in the unmapped-columns file.",
    },
    "mapping-values-role-flag-suppliers@web": {
        "de": "Die Spalte sagt Zeile für Zeile, ob der Kontakt Lieferant ist (etwa 1/0, „x“, „ja“): solche Zeilen kommen in die Lieferanten-Datei, andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The column says row by row whether the contact is a supplier (such as 1/0, “x”, “ja”): such rows go into the file of suppliers, other values decide nothing. The column itself is in the unmapped-columns file.",
    },
    "mapping-values-role-rank-customers@web": {
        "de": "Die Spalte zählt die Verkaufsbelege jedes Kontakts (etwa Odoos Kunden-Rang, „customer_rank“): Eine Zahl über 0 macht die Zeile zum Kunden, sie kommt in die Kunden-Datei ({set}); 0 heißt kein Kunde ({unset}): Nennt eine andere Spalte die Zeile Lieferant, kommt sie allein in die Lieferanten-Datei, sonst entscheidet die Datei wie bei Zeilen ohne Rolle. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The column counts each contact's sales documents (such as Odoo's customer rank, “customer_rank”): a number above 0 makes the row a customer, it goes into the file of customers ({set}); 0 means no customer ({unset}): where another column names the row a supplier, it goes into the file of suppliers alone, else the file decides as for rows without a role. The column itself is in the unmapped-columns file.",
    },
    "mapping-values-role-rank-suppliers@web": {
        "de": "Die Spalte zählt die Einkaufsbelege jedes Kontakts (etwa Odoos Lieferanten-Rang, „supplier_rank“): Eine Zahl über 0 macht die Zeile zum Lieferanten, sie kommt in die Lieferanten-Datei ({set}); 0 heißt kein Lieferant ({unset}): Nennt eine andere Spalte die Zeile Kunde, kommt sie allein in die Kunden-Datei, sonst entscheidet die Datei wie bei Zeilen ohne Rolle. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The column counts each contact's purchase documents (such as Odoo's vendor rank, “supplier_rank”): a number above 0 makes the row a supplier, it goes into the file of suppliers ({set}); 0 means no supplier ({unset}): where another column names the row a customer, it goes into the file of customers alone, else the file decides as for rows without a role. The column itself is in the unmapped-columns file.",
    },
    "mapping-values-kind@web": {
        "de": "Die Werte sagen, ob eine Zeile eine Firma oder eine Privatperson ist (etwa „Firma“, „Privat“, „Company“, „Individual“): Sie entscheiden, ob ihr Name Firmenname oder Vor- und Nachname wird; andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The values say whether a row is a company or a private person (such as “Firma”, “Privat”, “Company”, “Individual”): they decide whether its name becomes the company name or first and last name; other values decide nothing. The column itself is in the unmapped-columns file.",
    },
    "mapping-values-status@web": {
        "de": "Die Werte sagen, welche Kontakte in Ihrem bisherigen Programm inaktiv, archiviert oder gelöscht sind (etwa „1“, „Ja“, „Inaktiv“): Diese Zeilen werden mit einer Warnung hochgeladen. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The values say which contacts are inactive, archived or deleted in your previous program (such as “1”, “Ja”, “Inactive”): those rows are uploaded with a warning. The column itself is in the unmapped-columns file.",
    },
    "issue-contact-inactive@web": {
        "de": "Der Kontakt ist in Ihrer Datei als nicht mehr aktiv gekennzeichnet ({source}: „{value}“); lexoffice legt ihn als aktiven Kontakt an. Soll er nicht nach lexoffice, löschen Sie die Zeile in Ihrer Datei und prüfen Sie sie erneut.",
        "en": "The contact is marked as no longer active in your file ({source}: “{value}”); lexoffice creates it as an active contact. If it should not go to lexoffice, delete the row in your file and check it again.",
    },
    "rule-contact-inactive-hint@web": {
        "de": "Nichts zu tun, wenn auch frühere Kunden und Lieferanten nach lexoffice sollen (dort lassen sie sich archivieren). Sonst löschen Sie diese Zeilen in Ihrer Datei und prüfen Sie sie erneut.",
        "en": "Nothing to do if former customers and suppliers should go to lexoffice too (they can be archived there). Otherwise delete these rows in your file and check it again.",
    },
    "rule-company-from-kind-hint@web": {
        "de": "Nichts zu tun. Die Spalte der Kontaktart sagt, dass die Zeile eine Firma ist: Ihr Name ist der Firmenname.",
        "en": "Nothing to do. The contact type column says the row is a company: its name is the company name.",
    },
    "rule-person-from-kind-hint@web": {
        "de": "Nichts zu tun, wenn die Aufteilung in Vor- und Nachname stimmt. Die Spalte der Kontaktart sagt, dass die Zeile eine Privatperson ist: Der Name aus dem Firmennamen (und ein Vorname aus „Name 2“) ist ihr eigener.",
        "en": "Nothing to do if the split into first and last name is right. The contact type column says the row is a private person: the name in the company name (and a first name in “Name 2”) is its own.",
    },
    "issue-name-columns-missing@web": {
        "de": "Keine Spalte ist Firmenname, Vorname oder Nachname zugeordnet, deshalb wird jede Zeile mangels Namens abgelehnt. Ordnen Sie die Spalte mit den Namen in der Zuordnung der Spalten zu, etwa „{example}“ als {target} (Firmen: Firmenname; Privatpersonen: Nachname und Vorname; ganze Namen, Zeile für Zeile aufgeteilt: Vollständiger Name). Nicht zugeordnet sind: {headers}.",
        "en": "No column is mapped to Firmenname, Vorname or Nachname, so every row is rejected for want of a name. Map the column with the names in the column mapping, e.g. “{example}” as {target} (companies: Firmenname; private persons: Nachname and Vorname; whole names, split row by row: Vollständiger Name). Not mapped: {headers}.",
    },
    "issue-name-columns-missing-none@web": {
        "de": "Keine Spalte ist Firmenname, Vorname oder Nachname zugeordnet, und keine nicht zugeordnete enthält Namen: Jede Zeile wird mangels Namens abgelehnt. Hat die Datei eine Namensspalte, ordnen Sie sie in der Zuordnung der Spalten zu (Firmen: Firmenname; Privatpersonen: Nachname und Vorname; ganze Namen: Vollständiger Name). Nicht zugeordnet sind: {headers}.",
        "en": "No column is mapped to Firmenname, Vorname or Nachname, and no unmapped column holds names: every row is rejected for want of a name. If the file has a name column, map it in the column mapping (companies: Firmenname; private persons: Nachname and Vorname; whole names: Vollständiger Name). Not mapped: {headers}.",
    },
    "rule-name-columns-missing-hint@web": {
        "de": "Ordnen Sie die Spalte mit den Firmennamen oder Nachnamen in der Zuordnung der Spalten zu; sonst wird jede Zeile abgelehnt.",
        "en": "Map the column with the company names or last names in the column mapping; otherwise every row is rejected.",
    },
    "mapping-never@web": {
        "de": "Wird nie automatisch zugeordnet: {reason} Zuordnen lässt sie sich in der Liste.",
        "en": "Never mapped automatically: {reason} It can be mapped in the list.",
    },
    "mapping-never-similar@web": {
        "de": "Ähnelt „{similar}“ und wird deshalb nicht zugeordnet: {reason} Zuordnen lässt sie sich in der Liste.",
        "en": "Resembles “{similar}” and is therefore not mapped: {reason} It can be mapped in the list.",
    },
    "mapping-duplicate@web": {
        "de": "„{target}“ ist schon „{winner}“ (Spalte {index}) zugeordnet, das besser passt; diese Spalte kommt in die Datei mit den nicht zugeordneten Spalten. Wählen Sie sie sonst in der Liste.",
        "en": "“{target}” is already mapped from “{winner}” (column {index}), which fits better; this column goes to the unmapped-columns file. Otherwise choose it in the list.",
    },
    "web-mapping-unknown": {
        "de": "„{target}“ (gewählt für die Spalte „{source}“) ist keine lexoffice-Spalte. Die Zuordnung bleibt unverändert: wählen Sie auf der Ergebnisseite eine Spalte aus der Liste.",
        "en": "“{target}” (chosen for the column “{source}”) is no lexoffice column. The mapping stays as it was: choose a column from the list on the result page.",
    },
    "web-mapping-displaced": {
        "de": "Nicht übernommen: Sie haben {target} der Spalte „{other}“ zugeordnet. Soll diese Spalte {target} füllen, wählen Sie es hier wieder.",
        "en": "Not taken: you mapped {target} to the column “{other}”. If this column should fill {target}, choose it here again.",
    },
    "web-mapping-displaced-report": {
        "de": "Nicht übernommen: Sie haben auf der Webseite {target} der Spalte „{other}“ zugeordnet. Soll diese Spalte {target} füllen, wählen Sie es dort in der Liste neben ihr.",
        "en": "Not taken: on the web page you mapped {target} to the column “{other}”. If this column should fill {target}, choose it there in the list beside it.",
    },
    "mapping-manual-unmapped@web": {
        "de": "Ausdrücklich nicht übernommen (in der Liste gewählt).",
        "en": "Left out on purpose (chosen in the list).",
    },
    "mapping-values-disagree@web": {
        "de": "Die Überschrift passt zu {target}, aber nur {share} % der Werte sind {shape} (nötig: {needed} %). Nicht zugeordnet; stimmt es doch, wählen Sie {target} in der Liste.",
        "en": "The header fits {target}, but only {share} % of the values are {shape} (needed: {needed} %). Not mapped; if it is right after all, choose {target} in the list.",
    },
    "mapping-name-ambiguous@web": {
        "de": "„{source}“ kann einen Nachnamen, einen ganzen Namen oder einen Firmennamen enthalten, und die Datei hat keine Spalte für den Vornamen. Nicht zugeordnet; wählen Sie in der Liste Nachname oder Firmenname.",
        "en": "“{source}” may hold a surname, a whole name or a company name, and the file has no first-name column. Not mapped; choose Nachname or Firmenname in the list.",
    },
    "mapping-name-whole@web": {
        "de": "„{source}“ kann einen ganzen Namen oder einen Firmennamen enthalten, und die Datei hat keine Spalte für den Vornamen: Zeile für Zeile entschieden (Firmenname, oder aufgeteilt in Anrede, Vorname und Nachname). Ist es nur der Nachname oder immer die Firma, wählen Sie in der Liste Nachname oder Firmenname.",
        "en": "“{source}” may hold a whole name or a company name, and the file has no first-name column: decided row by row (company name, or split into Anrede, Vorname and Nachname). If it is only the surname or always the company, choose Nachname or Firmenname in the list.",
    },
    "mapping-duplicate-manual@web": {
        "de": "„{target}“ haben Sie in der Liste der Spalte „{winner}“ (Spalte {index}) gegeben; diese Spalte kommt deshalb in die Datei mit den nicht zugeordneten Spalten. Soll sie {target} füllen, wählen Sie es hier wieder.",
        "en": "You gave “{target}” to the column “{winner}” (column {index}) in the list; this column therefore goes to the unmapped-columns file. If it should fill {target}, choose it here again.",
    },
    "mapping-suggestion-taken@web": {
        "de": "Keine sichere Zuordnung; am ähnlichsten ist „{suggestion}“ ({score} %), das schon die Spalte „{owner}“ füllt. Wählen Sie es in der Liste, ersetzt diese Spalte „{owner}“ in allen Zeilen; fehlen nur einzelne Angaben, tragen Sie sie in Ihrer Datei in „{owner}“ nach und laden Sie sie erneut hoch.",
        "en": "No safe mapping; the closest is “{suggestion}” ({score} %), which the column “{owner}” already fills. Choosing it in the list makes this column replace “{owner}” in every row; if only some values are missing, add them to “{owner}” in your file and upload it again.",
    },
    "mapping-address-one-cell@web": {
        "de": "„{source}“ enthält vermutlich die ganze Lieferanschrift in einer Zelle (keine andere Spalte der Lieferanschrift ist da); sie wird nicht als Straße übernommen. Zuordnen lässt sie sich in der Liste.",
        "en": "“{source}” probably holds the whole shipping address in one cell (no other column of the shipping address exists); it is not taken as the street. It can be mapped in the list.",
    },
    "mapping-role-excluded@web": {
        "de": "Die Spalte {target} gehört nicht in die Upload-Datei, weil als Art der Kontakte „{kind}“ gewählt ist; ihre Werte stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The column {target} has no place in the upload file because “{kind}” is chosen as the kind of contacts; its values are in the unmapped-columns file.",
    },
    "column-values-suggestion@web": {
        "de": "Die Spalte „{source}“ ({count} Werte) wurde nach ihrer Überschrift keiner lexoffice-Spalte zugeordnet; {score} % ihrer Werte passen aber zu „{suggestion}“, und keine andere Spalte füllt sie. Ist das richtig, wählen Sie „{suggestion}“ in der Zuordnung der Spalten; sonst stehen ihre Werte in der Datei der nicht zugeordneten Spalten.",
        "en": "The column “{source}” ({count} values) was mapped to no lexoffice column by its header; but {score} % of its values fit “{suggestion}”, which no other column fills. If that is right, choose “{suggestion}” in the column mapping; otherwise its values are in the unmapped-columns file.",
    },
    "column-suggestion@web": {
        "de": "Die Spalte „{source}“ ({count} Werte) wurde nicht zugeordnet; sie ähnelt „{suggestion}“ ({score} %). Ist das richtig, wählen Sie „{suggestion}“ in der Zuordnung der Spalten; sonst stehen ihre Werte in der Datei der nicht zugeordneten Spalten.",
        "en": "The column “{source}” ({count} values) was not mapped; it resembles “{suggestion}” ({score} %). If that is right, choose “{suggestion}” in the column mapping; otherwise its values are in the unmapped-columns file.",
    },
    "rule-column-suggestion-hint@web": {
        "de": "Die Überschrift ähnelt einer lexoffice-Spalte, war aber nicht eindeutig genug. Stimmt der Vorschlag, wählen Sie die Spalte in der Zuordnung der Spalten und prüfen Sie erneut.",
        "en": "The header resembles a lexoffice column but was not clear enough. If the suggestion is right, choose the column in the column mapping and check again.",
    },
    "issue-columns-none-mapped@web": {
        "de": "Keine der {count} Spalten passt zu einer lexoffice-Spalte; alle Werte stehen in der Datei der nicht zugeordneten Spalten. Ist die gelesene Überschriftenzeile („{headers}“) die richtige? Steht sie weiter unten, geben Sie ihre Zeile beim Hochladen im Feld „Kopfzeile“ an; sonst ordnen Sie die Spalten in der Zuordnung der Spalten zu.",
        "en": "None of the {count} columns matches a lexoffice column; all values are in the unmapped-columns file. Is the header row read (“{headers}”) the right one? If it is further down, give its line in the “Header row” field when uploading; otherwise map the columns in the column mapping.",
    },
    "rule-columns-none-mapped-hint@web": {
        "de": "Keine Überschrift passt zu einer lexoffice-Spalte. Steht die Überschriftenzeile weiter unten (etwa unter einem Titel), geben Sie ihre Zeile beim Hochladen im Feld „Kopfzeile“ an; sonst ordnen Sie die Spalten in der Zuordnung der Spalten zu.",
        "en": "No header matches a lexoffice column. If the header row is further down (below a title, say), give its line in the “Header row” field when uploading; otherwise map the columns in the column mapping.",
    },
    "usage-header-row-beyond@web": {
        "de": "{path} hat ab Zeile {row} keine Zeile mit Inhalt mehr; geben Sie im Feld „Kopfzeile“ die Zeile der Spaltenüberschriften an oder lassen Sie es leer.",
        "en": "{path} holds no line with content from line {row} on; give the line of the column headers in the “Header row” field, or leave it empty.",
    },
    "issue-header-guessed@web": {
        "de": "Zeile {header} wurde als Überschriftenzeile genommen: Ihre Namen passen zu lexoffice-Spalten, die der ersten Zeile kaum. Die {lines} Zeile(n) darüber wurden übersprungen (im JSON-Bericht unter „preamble“). Ist das falsch, laden Sie die Datei erneut hoch und geben Sie die Zeile der Überschriften im Feld „Kopfzeile“ an.",
        "en": "Line {header} was taken as the header row: its names match lexoffice columns, those of the first line hardly any. The {lines} line(s) above it were skipped (the JSON report keeps them under “preamble”). If that is wrong, upload the file again and give the line of the headers in the “Header row” field.",
    },
    "rule-header-guessed-hint@web": {
        "de": "Die erste Zeile passt zu kaum einer lexoffice-Spalte, eine der nächsten Zeilen deutlich besser: Sie wurde als Überschriftenzeile genommen, die Zeilen darüber übersprungen. Ist das falsch, laden Sie die Datei erneut hoch und geben Sie die Zeile der Überschriften im Feld „Kopfzeile“ an.",
        "en": "The first line matches hardly any lexoffice column, one of the next lines clearly better: it was taken as the header row and the lines above it skipped. If that is wrong, upload the file again and give the line of the headers in the “Header row” field.",
    },
    "html-next-correct@web": {
        "de": "Abgelehnte Zeilen korrigieren: Korrigieren Sie die rot markierten Felder in der Tabelle „Abgelehnte Zeilen“ auf der Seite über diesem Bericht und klicken Sie „Korrekturen prüfen“ (oder öffnen Sie {rejected} in Excel).",
        "en": "Correct the rejected rows: correct the fields marked red in the table “Rejected rows” on the page above this report and click “Check corrections” (or open {rejected} in Excel).",
    },
    "mapping-target-twice@web": {
        "de": "In der Zuordnung der Spalten ist „{target}“ zwei Spalten zugeordnet: „{first}“ und „{second}“. Eine lexoffice-Spalte nimmt nur eine Spalte auf: wählen Sie bei einer der beiden „— nicht übernehmen —“ oder eine andere Spalte.",
        "en": "In the column mapping, “{target}” is chosen for two columns: “{first}” and “{second}”. A lexoffice column takes one column only: choose “— do not use —” or another column for one of the two.",
    },
    "workbook-sheet-empty@web": {
        "de": "Das Blatt „{sheet}“ in {path} ist leer. Geben Sie unter „Tabellenblatt“ ein anderes an.",
        "en": "Sheet “{sheet}” in {path} is empty. Give another one under “Sheet”.",
    },
    "workbook-sheet-missing@web": {
        "de": "{path} hat kein Blatt „{sheet}“. Vorhanden: {sheets}. Geben Sie unter „Tabellenblatt“ den Namen oder die Nummer (ab 1) an.",
        "en": "{path} has no sheet “{sheet}”. Present: {sheets}. Give the name or the number (from 1) under “Sheet”.",
    },
    "rule-sheets-unread-hint@web": {
        "de": "Eine Prüfung liest ein Blatt der Arbeitsmappe. Die Kontakte der anderen Blätter stehen in keiner Ausgabe: prüfen Sie jedes davon, indem Sie es unter „Tabellenblatt“ angeben.",
        "en": "A check reads one sheet of the workbook. The contacts of the other sheets are in no output: check each of them by giving it under “Sheet”.",
    },
    "issue-sheets-unread@web": {
        "de": "Die Arbeitsmappe hat weitere Blätter mit Kontakten: {sheets}. Geprüft wurde nur „{sheet}“; ihre Kontakte stehen in keiner Ausgabe. Prüfen Sie jedes, indem Sie es unter „Tabellenblatt“ angeben.",
        "en": "The workbook has more sheets with contacts: {sheets}. Only “{sheet}” was checked; their contacts are in no output. Check each by giving it under “Sheet”.",
    },
    "rule-sheet-hidden-hint@web": {
        "de": "Kein sichtbares Blatt der Arbeitsmappe enthält Kontakte, darum wurde ein ausgeblendetes gelesen. Ist es das falsche, geben Sie das richtige unter „Tabellenblatt“ an.",
        "en": "No visible sheet of the workbook holds contacts, so a hidden one was read. If it is the wrong one, give the right one under “Sheet”.",
    },
    "issue-sheet-hidden@web": {
        "de": "Das Blatt „{sheet}“ ist in der Arbeitsmappe ausgeblendet; es wurde gelesen, weil kein sichtbares Blatt Kontakte enthält. Prüfen Sie, ob es das richtige ist, sonst geben Sie das Blatt unter „Tabellenblatt“ an.",
        "en": "Sheet “{sheet}” is hidden in the workbook; it was read because no visible sheet holds contacts. Check that it is the right one, else give the sheet under “Sheet”.",
    },
    "output-unencodable@web": {
        "de": "Windows-1252 kann {chars} nicht darstellen; die Zeile steht daher in der Datei der abgelehnten Zeilen, alle anderen in der Upload-Datei. Wählen Sie als Kodierung der Upload-Dateien UTF-8 oder ersetzen Sie die Zeichen.",
        "en": "Windows-1252 cannot hold {chars}; the row is therefore in the rejected-rows file, all others in the upload file. Choose UTF-8 as the encoding of the upload files or replace the characters.",
    },
    "rule-output-unencodable-hint@web": {
        "de": "Wählen Sie als Kodierung der Upload-Dateien UTF-8 oder ersetzen Sie das Zeichen.",
        "en": "Choose UTF-8 as the encoding of the upload files or replace the character.",
    },
    # (the messages below reach the page, its JSON or the session's reports; their command-line
    # wording names an option the page does not have)
    "mapping-unknown-source@web": {
        "de": "Die Zuordnung nennt Spalten, die es in der Datei nicht gibt: {sources}. Öffnen Sie die Ergebnisseite neu und wählen Sie die Zuordnung in ihrer Liste.",
        "en": "The mapping names columns the file does not have: {sources}. Open the result page again and choose the mapping in its list.",
    },
    "usage-kind@web": {
        "de": "„{value}“ ist keine Art von Kontakten. Wählen Sie auf der Startseite bei „Art der Kontakte“ automatisch, Kunden oder Lieferanten und laden Sie die Datei erneut hoch.",
        "en": "“{value}” is no kind of contacts. Choose automatic, customers or suppliers under “Kind of contacts” on the start page and upload the file again.",
    },
    "input-too-large@web": {
        "de": "{path} ist {size} groß; lexoffice-import liest höchstens {cap} (lexoffice selbst nimmt nur 2 MB je Datei). Ist das wirklich eine Kontaktliste? Wenn ja, teilen Sie sie in kleinere Dateien auf und laden Sie diese einzeln hoch.",
        "en": "{path} is {size}; lexoffice-import reads at most {cap} (lexoffice itself takes only 2 MB per file). Is this really a contact list? If so, split it into smaller files and upload them one by one.",
    },
    "input-undecodable@web": {
        "de": "{path} lässt sich mit der Kodierung {encoding} nicht lesen: Byte 0x{byte:02X} in Zeile {line} passt nicht. Öffnen Sie die Datei in Excel, speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie die neue Datei hier hoch.",
        "en": "{path} cannot be read as {encoding}: byte 0x{byte:02X} on line {line} does not fit. Open the file in Excel, save it as “CSV UTF-8 (Comma delimited)” and upload the new file here.",
    },
    "input-unclosed-quote@web": {
        "de": "{path}: Das Anführungszeichen im Datensatz ab Zeile {line} wird bis zum Dateiende nicht geschlossen, daher lassen sich die Felder nicht trennen. Öffnen Sie die Datei in einem Texteditor, schließen oder entfernen Sie das Anführungszeichen in Zeile {line} und laden Sie sie erneut hoch. Ist das Trennzeichen falsch erkannt ({delimiter}), speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie diese hoch.",
        "en": "{path}: the quote in the record starting on line {line} is never closed, so the fields cannot be separated. Open the file in a text editor, close or remove the quote on line {line} and upload it again. If the delimiter was detected wrongly ({delimiter}), save the file in Excel as “CSV UTF-8 (Comma delimited)” and upload that.",
    },
    "delimiter-suspicious-sep@web": {
        "de": "Die Zeile „sep=“ am Anfang der Datei nennt das Trennzeichen {given}; damit hat die Kopfzeile nur eine Spalte, mit {likely} wären es {fields}. Löschen Sie die Zeile „sep=“ in einem Texteditor und laden Sie die Datei erneut hoch.",
        "en": "The line “sep=” at the start of the file names the delimiter {given}; with it the header has one column only, with {likely} it would have {fields}. Delete the “sep=” line in a text editor and upload the file again.",
    },
    "rule-delimiter-suspicious-hint@web": {
        "de": "Das Trennzeichen, mit dem die Datei gelesen wurde, trennt die Spalten nicht; ein anderes schon. Nennt eine Zeile „sep=“ am Anfang der Datei das falsche, löschen Sie sie in einem Texteditor; sonst speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“. Laden Sie die Datei dann erneut hoch.",
        "en": "The delimiter the file was read with does not separate the columns; another one does. If a “sep=” line at the start of the file names the wrong one, delete it in a text editor; otherwise save the file in Excel as “CSV UTF-8 (Comma delimited)”. Then upload the file again.",
    },
    "dialect-single-column@web": {
        "de": "kein Trennzeichen gefunden: die Datei hat nur eine Spalte; Semikolon angenommen",
        "en": "no delimiter found: the file has one column only; semicolon assumed",
    },
    "encoding-uncertain-switched@web": {
        "de": "Die Kodierung ist unsicher: gelesen als {chosen}, weil die Datei so besser lesbar ist als in {guess} ({detail}). Prüfen Sie Umlaute und Sonderzeichen in der Upload-Datei; stimmen sie nicht, speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie die neue Datei hier hoch.",
        "en": "The encoding is uncertain: read as {chosen}, because the file reads better so than in {guess} ({detail}). Check umlauts and special characters in the upload file; if they are wrong, save the file in Excel as “CSV UTF-8 (Comma delimited)” and upload the new file here.",
    },
    "encoding-uncertain@web": {
        "de": "Die Kodierung ist unsicher: gelesen als {chosen}, aber die Datei sieht eher nach {guess} aus ({detail}). Prüfen Sie Umlaute und Sonderzeichen in der Upload-Datei; stimmen sie nicht, speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie die neue Datei hier hoch.",
        "en": "The encoding is uncertain: read as {chosen}, but the file looks more like {guess} ({detail}). Check umlauts and special characters in the upload file; if they are wrong, save the file in Excel as “CSV UTF-8 (Comma delimited)” and upload the new file here.",
    },
    "mapping-surname-first-name-beside-first-name@web": {
        "de": "Die Spalte hält Nach- und Vornamen in einer Zelle („Wagner, Heike“), die Datei hat aber eine eigene Spalte für den Vornamen: nicht zugeordnet, damit nicht die ganze Zelle zum Nachnamen wird. Soll sie es doch, wählen Sie Nachname in der Liste.",
        "en": "The column holds surname and first name in one cell (“Wagner, Heike”), but the file has a column of its own for the first name: not mapped, so that the whole cell does not become the surname. If it should, choose Nachname in the list.",
    },
    "mapping-former@web": {
        "de": "„{source}“ enthält einen früheren, nicht mehr gültigen Wert (alt, ehemalig, bisherig): nicht zugeordnet, die Werte kommen in die Datei der nicht zugeordneten Spalten. Sind sie doch aktuell, wählen Sie die lexoffice-Spalte in der Liste.",
        "en": "“{source}” holds an earlier value that is no longer current (old, former, previous): not mapped, the values go to the unmapped-columns file. Should they be current after all, choose the lexoffice column in the list.",
    },
    "mapping-merge-number-apart@web": {
        "de": "Eine bloße Nummer, nicht neben der Straße („{street}“): eher die Nummer des Eintrags als eine Hausnummer; nicht zugeordnet. Ist es die Hausnummer, wählen Sie in der Liste „Hausnummer → an Straße 1 anhängen“.",
        "en": "A bare number, not beside the street (“{street}”): rather the number of the entry than a house number; not mapped. If it is the house number, choose “House number → appended to Straße 1” in the list.",
    },
    "mapping-record-company@web": {
        "de": "Zwischen dieser Spalte und „{first}“/„{last}“ stehen Adresse und weitere Angaben des Datensatzes: „Name“ ist hier der Firmenname, die Namen dahinter sind sein Ansprechpartner. Ist es doch der Name einer Person, wählen Sie die Spalten in der Liste.",
        "en": "The record's address and further fields stand between this column and “{first}”/“{last}”: “Name” is the company name here, the names after it are its contact person. If it is a person's name after all, choose the columns in the list.",
    },
    "mapping-record-company-values@web": {
        "de": "Die Werte sind Namen von Firmen („GmbH“, „Praxis“ …), die Namen in „{first}“/„{last}“ die ihrer Ansprechpartner: „Name“ ist hier der Firmenname, die Namen dahinter sind sein Ansprechpartner (eine Zeile ohne Firmennamen bleibt eine Privatperson). Ist es doch der Name einer Person, wählen Sie die Spalten in der Liste.",
        "en": "The values are names of companies (“GmbH”, “Praxis” …), the names in “{first}”/“{last}” those of their contact persons: “Name” is the company name here, the names after it are its contact person (a row without a company name stays a private person). If it is a person's name after all, choose the columns in the list.",
    },
    "mapping-street-second-line@web": {
        "de": "„{source}“ steht neben der Straße „{street}“, die Datei hat aber weder PLZ noch Ort noch Land einer zweiten Anschrift, und ihre Werte sind keine Straßen: die zweite Zeile der Anschrift, „Adresszusatz 1“. Ist es die Straße einer Lieferanschrift, wählen Sie Straße 2 in der Liste.",
        "en": "“{source}” stands beside the street “{street}”, but the file has no postcode, city or country of a second address, and its values are no streets: the address's second line, “Adresszusatz 1”. If it is a delivery address's street, choose Straße 2 in the list.",
    },
    "mapping-customer-number-at-supplier@web": {
        "de": "Der Dateiname nennt Lieferanten: „{source}“ ist dann die Kundennummer, die der Lieferant Ihnen gegeben hat, nicht Ihre lexoffice-Kundennummer. Ist die Datei eine Kundenliste, laden Sie sie erneut hoch und wählen Sie bei „Art der Kontakte“ die Kunden.",
        "en": "The file name says suppliers: “{source}” is then the customer number the supplier gave you, not your lexoffice customer number. If the file lists customers, upload it again and choose customers under “Kind of contacts”.",
    },
    "rule-phone-prefix-missing-hint@web": {
        "de": "Excel speichert eine als Zahl eingegebene Telefonnummer ohne führende 0 und ohne +. Tragen Sie die Nummer so ein, wie sie gewählt wird (0351 1234567 oder +49 351 1234567), und formatieren Sie die Spalte in Excel als Text. Ob 0 oder + fehlt, entscheiden Sie; lexoffice-import schreibt solche Nummern nicht um.",
        "en": "Excel stores a phone number typed as a number without its leading 0 and without +. Enter the number as it is dialled (0351 1234567 or +49 351 1234567) and format the column as text in Excel. Whether 0 or + is missing is for you to decide; lexoffice-import does not rewrite such numbers.",
    },
    "rule-header-prefix-read-hint@web": {
        "de": "Die Überschriften beginnen fast alle mit demselben Kürzel (OXID: OXFNAME, OXCITY). Ohne es gelesen, sind Spalten zugeordnet, die sonst niemand erkannt hätte. Prüfen Sie, dass sie dem Kontakt selbst gehören und nicht einem Lieferanten, einer Lieferadresse oder einer anderen Person; sonst wählen Sie bei ihnen in der Zuordnung der Spalten „— nicht übernehmen —“.",
        "en": "Nearly every header starts with the same abbreviation (OXID: OXFNAME, OXCITY). Read without it, columns are mapped that nothing would have recognised. Check that they belong to the contact itself, not to a supplier, a delivery address or another person; otherwise choose “— do not use —” for them in the column mapping.",
    },
    "issue-header-prefix-read@web": {
        "de": "Fast alle Überschriften beginnen mit „{prefix}“; ohne dieses Kürzel gelesen, sind {count} Spalten zugeordnet ({columns}). Prüfen Sie, dass sie dem Kontakt selbst gehören und nicht einem Lieferanten, einer Lieferadresse oder einer anderen Person; sonst wählen Sie bei ihnen in der Zuordnung der Spalten „— nicht übernehmen —“.",
        "en": "Nearly every header starts with “{prefix}”; read without it, {count} columns are mapped ({columns}). Check that they belong to the contact itself, not to a supplier, a delivery address or another person; otherwise choose “— do not use —” for them in the column mapping.",
    },
    "rule-row-too-short-hint@web": {
        "de": "Prüfen Sie die Zeile auf fehlende Trennzeichen oder einen Zeilenumbruch mitten im Datensatz. Haben viele Zeilen zu wenige Felder, ist das Trennzeichen wohl falsch erkannt: speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie sie erneut hoch.",
        "en": "Check the line for missing delimiters or a line break inside the record. When many lines have too few fields, the delimiter was probably detected wrongly: save the file in Excel as “CSV UTF-8 (Comma delimited)” and upload it again.",
    },
    "rule-row-too-long-hint@web": {
        "de": "Prüfen Sie die Zeile auf ein Trennzeichen im Text (z. B. „;“ in einer Adresse) und setzen Sie solche Werte in Anführungszeichen. Haben viele Zeilen zu viele Felder, ist das Trennzeichen wohl falsch erkannt: speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie sie erneut hoch.",
        "en": "Check the line for a delimiter inside a value (e.g. “;” in an address) and put such values in quotes. When many lines have too many fields, the delimiter was probably detected wrongly: save the file in Excel as “CSV UTF-8 (Comma delimited)” and upload it again.",
    },
    "rule-header-missing-hint@web": {
        "de": "Die erste Zeile enthält Daten (E-Mail-Adressen, Nummern), keine Spaltennamen: Sie ist der erste Datensatz, die Spalten heißen „Spalte 1“, „Spalte 2“ …, und nur wenige lassen sich an ihren Werten erkennen (Anreden). Fügen Sie in Ihrer Datei eine Zeile mit den Spaltennamen ein und laden Sie sie erneut hoch, oder wählen Sie in der Zuordnung der Spalten bei der Spalte mit den Namen Firmenname (und bei den anderen ihre lexoffice-Spalte).",
        "en": "The first line holds data (e-mail addresses, numbers), no column names: it is the first record, the columns are called “Column 1”, “Column 2” …, and few can be told by their values (salutations). Insert a line with the column names in your file and upload it again, or choose Firmenname for the column with the names in the column mapping (and their lexoffice column for the others).",
    },
    "issue-header-missing@web": {
        "de": "Die erste Zeile ist keine Überschriftenzeile, sondern ein Datensatz ({cells}): Die Spalten heißen „Spalte 1“, „Spalte 2“ … Fügen Sie in Ihrer Datei eine Zeile mit den Spaltennamen ein und laden Sie sie erneut hoch, oder wählen Sie in der Zuordnung der Spalten bei der Spalte mit den Namen Firmenname. Die Zeilennummern zählen die ergänzte Überschrift mit: Zeile 2 ist die erste Zeile Ihrer Datei.",
        "en": "The first line is no header row but a record ({cells}): the columns are called “Column 1”, “Column 2” … Insert a line with the column names in your file and upload it again, or choose Firmenname for the column with the names in the column mapping. Row numbers count the header added: row 2 is the first line of your file.",
    },
    "issue-role-from-file-name-unstated@web": {
        "de": "„{name}“ nennt Lieferanten, und keine Spalte hat Kunden- oder Lieferantennummern: die Kontakte, deren Rolle keine Spalte der Datei nennt, kommen in die Lieferanten-Datei. Sind es Kunden, laden Sie die Datei erneut hoch und wählen Sie bei „Art der Kontakte“ die Kunden.",
        "en": "“{name}” says suppliers, and no column holds customer or supplier numbers: the contacts whose role no column of the file states go into the suppliers' file. If they are customers, upload the file again and choose customers under “Kind of contacts”.",
    },
    "rule-role-undecided-hint@web": {
        "de": "Die Rollen-Spalte der Datei nennt hier weder Kunde noch Lieferant (etwa „Interessent“ oder „Partner“). Soll der Kontakt nicht nach lexoffice, löschen Sie die Zeile in Ihrer Datei; sonst tragen Sie dort „Kunde“ oder „Lieferant“ ein, oder wählen Sie beim Hochladen bei „Art der Kontakte“ die Kunden oder Lieferanten. Dann laden Sie die Datei erneut hoch.",
        "en": "The file's role column names neither customer nor supplier here (such as “Interessent” or “Partner”). If the contact is not to go into lexoffice, delete the row in your file; otherwise enter “Kunde” or “Lieferant” there, or choose customers or suppliers under “Kind of contacts” when uploading. Then upload the file again.",
    },
    "rule-role-both-hint@web": {
        "de": "Der Kontakt hat eine Kunden- und eine Lieferantennummer; lexoffice importiert Kunden und Lieferanten getrennt. Prüfen Sie, ob er in beiden Upload-Dateien stehen soll; gehören alle Zeilen in eine Datei, laden Sie die Datei erneut hoch und wählen Sie bei „Art der Kontakte“ die Kunden oder die Lieferanten.",
        "en": "The contact has both a customer and a supplier number; lexoffice imports customers and suppliers separately. Check whether it belongs in both upload files; if all rows belong in one file, upload the file again and choose customers or suppliers under “Kind of contacts”.",
    },
    "rule-column-hidden-hint@web": {
        "de": "Ausgeblendete Spalten werden mitgelesen und wie jede andere zugeordnet. Sollen ihre Werte nicht zu lexoffice, wählen Sie bei der Spalte in der Zuordnung der Spalten „— nicht übernehmen —“ und klicken Sie „Mit dieser Zuordnung prüfen“.",
        "en": "Hidden columns are read and mapped like any other. If their values should not go to lexoffice, choose “— do not use —” for the column in the column mapping and click “Check with this mapping”.",
    },
    "issue-column-hidden@web": {
        "de": "Die Spalte „{column}“ ist im Blatt „{sheet}“ ausgeblendet; sie wurde wie jede andere gelesen und zugeordnet. Prüfen Sie, ob ihre Werte hochgeladen werden sollen; sonst wählen Sie bei ihr in der Zuordnung der Spalten „— nicht übernehmen —“.",
        "en": "Column “{column}” is hidden in sheet “{sheet}”; it was read and mapped like any other. Check whether its values should be uploaded; otherwise choose “— do not use —” for it in the column mapping.",
    },
    "rule-company-person-moved-hint@web": {
        "de": "Nichts zu tun, wenn die Zeile eine Firma mit diesem Ansprechpartner ist. Ist sie eine Privatperson, leeren Sie den Firmennamen in Ihrer Datei und laden Sie sie erneut hoch.",
        "en": "Nothing to do if the row is a company with this contact person. If it is a private person, empty the company name in your file and upload it again.",
    },
    "issue-company-person-moved@web": {
        "de": "„{source}“ steht in einer Zeile mit Firmenname: Die Zeile ist eine Firma, der Name ihr Ansprechpartner ({column} = „{after}“). lexoffice legt Firmen ohne Vor- und Nachnamen an; Ansprechpartner gehören in eigene Spalten.",
        "en": "“{source}” is on a row with a company name: the row is a company, the name its contact person ({column} = “{after}”). lexoffice creates companies without first and last name; contact persons belong in columns of their own.",
    },
    "rule-value-too-long-hint@web": {
        "de": "Kürzen Sie den Wert in der Tabelle „Abgelehnte Zeilen“ auf die erlaubte Länge (die Meldung nennt sie; Anrede: höchstens 25 Zeichen) und klicken Sie „Korrekturen prüfen“.",
        "en": "Shorten the value in the table “Rejected rows” to the allowed length (the message names it; salutation: at most 25 characters) and click “Check corrections”.",
    },
    "rule-address-incomplete-hint@web": {
        "de": "Ergänzen Sie PLZ und Ort in Ihrer Datei. Stehen sie in einer Spalte der Datei, die nicht zugeordnet wurde, wählen Sie bei ihr in der Zuordnung der Spalten die lexoffice-Spalte (etwa „Ort 1“ für „Stadt“).",
        "en": "Add the postcode and city in your file. If a column of the file holds them unmapped, choose its lexoffice column in the column mapping (such as “Ort 1” for “Stadt”).",
    },
    "issue-address-incomplete@web": {
        "de": "Die Anschrift „{value}“ ({column}) hat weder PLZ noch Ort; so käme sie unvollständig in lexoffice. Ergänzen Sie PLZ und Ort, oder wählen Sie bei der Spalte, die sie enthält, in der Zuordnung der Spalten die lexoffice-Spalte.",
        "en": "The address “{value}” ({column}) has neither postcode nor city; it would reach lexoffice incomplete. Add the postcode and city, or choose the lexoffice column for the column that holds them in the column mapping.",
    },
    "issue-customer-number-range-other@web": {
        "de": "Die Kundennummer „{value}“ ist ungültig (erlaubt: {min} bis {max}), sie liegt im Bereich der Lieferantennummern ({other_min} bis {other_max}). Ist der Kontakt ein Lieferant, lassen Sie die Nummer nicht leer: wählen Sie in der Zuordnung der Spalten bei der Nummernspalte Lieferantennummer, oder laden Sie die Datei erneut hoch und wählen Sie bei „Art der Kontakte“ die Lieferanten. Sonst korrigieren Sie sie in der Tabelle „Abgelehnte Zeilen“ oder lassen das Feld leer, dann vergibt lexoffice eine Nummer.",
        "en": "The customer number “{value}” is invalid (allowed: {min} to {max}); it lies within the supplier numbers' range ({other_min} to {other_max}). If the contact is a supplier, do not empty it: choose Lieferantennummer for the number column in the column mapping, or upload the file again and choose suppliers under “Kind of contacts”. Otherwise correct it in the table “Rejected rows” or leave the field empty to have lexoffice assign a number.",
    },
    "issue-supplier-number-range-other@web": {
        "de": "Die Lieferantennummer „{value}“ ist ungültig (erlaubt: {min} bis {max}), sie liegt im Bereich der Kundennummern ({other_min} bis {other_max}). Ist der Kontakt ein Kunde, lassen Sie die Nummer nicht leer: wählen Sie in der Zuordnung der Spalten bei der Nummernspalte Kundennummer, oder laden Sie die Datei erneut hoch und wählen Sie bei „Art der Kontakte“ die Kunden. Sonst korrigieren Sie sie in der Tabelle „Abgelehnte Zeilen“ oder lassen das Feld leer, dann vergibt lexoffice eine Nummer.",
        "en": "The supplier number “{value}” is invalid (allowed: {min} to {max}); it lies within the customer numbers' range ({other_min} to {other_max}). If the contact is a customer, do not empty it: choose Kundennummer for the number column in the column mapping, or upload the file again and choose customers under “Kind of contacts”. Otherwise correct it in the table “Rejected rows” or leave the field empty to have lexoffice assign a number.",
    },
    "self-check-failed@web": {
        "de": "Die Upload-Datei {path} hat die Kontrolle nach dem Schreiben nicht bestanden ({problems}). Das ist ein Programmfehler, nicht Ihrer; schicken Sie diese Meldung an den Support.",
        "en": "The upload file {path} failed the check after writing ({problems}). This is a bug, not yours; send this message to support.",
    },
    # the session's files live on the computer that runs the page: its user cannot choose another folder
    "env-disk-full@web": {
        "de": "Beim Schreiben von {path} ist der Datenträger des Rechners voll, auf dem diese Seite läuft. Wer die Seite gestartet hat, muss dort Platz freigeben; dann laden Sie die Datei erneut hoch.",
        "en": "The disk of the computer running this page is full while writing {path}. Whoever started the page has to free some space there; then upload the file again.",
    },
    "env-permission@web": {
        "de": "{path} lässt sich auf dem Rechner, auf dem diese Seite läuft, nicht schreiben: Zugriff verweigert. Wer die Seite gestartet hat, muss die Schreibrechte für ihren temporären Ordner geben; dann laden Sie die Datei erneut hoch.",
        "en": "{path} cannot be written on the computer running this page: access denied. Whoever started the page has to grant write permission for its temporary folder; then upload the file again.",
    },
    "env-folder-not-writable@web": {
        "de": "In den Ordner der Seite lässt sich auf dem Rechner, auf dem sie läuft, nicht schreiben: Zugriff verweigert. Wer die Seite gestartet hat, muss die Schreibrechte für ihren temporären Ordner geben; dann laden Sie die Datei erneut hoch.",
        "en": "The page's folder on the computer running it cannot be written: access denied. Whoever started the page has to grant write permission for its temporary folder; then upload the file again.",
    },
    "env-read-only@web": {
        "de": "{path} liegt auf einem schreibgeschützten Datenträger des Rechners, auf dem diese Seite läuft. Wer die Seite gestartet hat, muss ihr einen beschreibbaren temporären Ordner geben; dann laden Sie die Datei erneut hoch.",
        "en": "{path} is on a read-only drive of the computer running this page. Whoever started the page has to give it a writable temporary folder; then upload the file again.",
    },
    "env-other@web": {
        "de": "{path} lässt sich auf dem Rechner, auf dem diese Seite läuft, nicht schreiben: {reason}. Laden Sie die Datei erneut hoch; scheitert es wieder, muss das prüfen, wer die Seite gestartet hat.",
        "en": "{path} cannot be written on the computer running this page: {reason}. Upload the file again; if it fails again, whoever started the page has to look into it.",
    },
    "summary-fix-options": {
        "de": "Tipp – erneut prüfen mit: {command}",
        "en": "Tip – check again with: {command}",
    },
    "rule-control-character-removed-title": {
        "de": "Steuerzeichen entfernt",
        "en": "Control characters removed",
    },
    "rule-control-character-removed-hint": {
        "de": "Nichts zu tun. Unsichtbare Steuerzeichen (z. B. der Zeilenumbruch, den FileMaker als vertikalen Tabulator schreibt, oder U+0081 aus einer falschen Kodierung) wurden entfernt; ein solcher Zeilenumbruch wird ein Zeilenumbruch der Zelle (eine Adresse über zwei Zeilen wird aufgeteilt wie jede mehrzeilige Zelle, in einer einzeiligen Spalte wird er zum Leerzeichen).",
        "en": "Nothing to do. Invisible control characters (e.g. the line break FileMaker writes as a vertical tab, or U+0081 from a wrong encoding) were removed; such a line break becomes a line break of the cell (an address of two lines is split as any multi-line cell; in a one-line column it becomes a space).",
    },
    "issue-control-character-removed": {
        "de": "Unsichtbare Steuerzeichen in {column} entfernt: „{after}“.",
        "en": "Removed invisible control characters in {column}: “{after}”.",
    },
    "issue-control-character-emptied": {
        "de": "{column} enthielt nur unsichtbare Steuerzeichen und bleibt leer; der Originalwert steht in der Datei der nicht zugeordneten Spalten.",
        "en": "{column} held only invisible control characters and stays empty; the original value is in the unmapped-columns file.",
    },
    "rule-vat-id-compacted-title": {"de": "Umsatzsteuer-ID zusammengeschrieben", "en": "VAT ID compacted"},
    "rule-vat-id-compacted-hint": {
        "de": "Nichts zu tun. lexoffice erwartet die Umsatzsteuer-ID ohne Leerzeichen, Punkte und Bindestriche, mit großem Länderkürzel (DE136695976).",
        "en": "Nothing to do. lexoffice expects the VAT ID without spaces, dots and dashes, with an upper-case country prefix (DE136695976).",
    },
    "issue-vat-id-compacted": {
        "de": "Umsatzsteuer-ID in {column} zusammengeschrieben: „{before}“ → „{after}“.",
        "en": "Compacted the VAT ID in {column}: “{before}” → “{after}”.",
    },
    "rule-phone-prefix-joined-title": {
        "de": "Vorwahl vor die Telefonnummer gesetzt",
        "en": "Dialling code put before the phone number",
    },
    "rule-phone-prefix-joined-hint": {
        "de": "Nichts zu tun. Die Datei hält die Vorwahl (Ländervorwahl wie +49, Ortsvorwahl wie 0351) in einer eigenen Spalte; lexoffice erwartet die ganze Nummer in einem Feld (+49 351 1234567, 0351 1234567).",
        "en": "Nothing to do. The file keeps the dialling code (a calling code like +49, an area code like 0351) in a column of its own; lexoffice expects the whole number in one field (+49 351 1234567, 0351 1234567).",
    },
    "issue-phone-prefix-joined": {
        "de": "Vorwahl „{source}“ vor die Telefonnummer in {column} gesetzt: „{before}“ → „{after}“.",
        "en": "Put dialling code “{source}” before the phone number in {column}: “{before}” → “{after}”.",
    },
    "rule-vat-id-country-joined-title": {
        "de": "Länderkürzel vor die Umsatzsteuer-ID gesetzt",
        "en": "Country prefix put before the VAT ID",
    },
    "rule-vat-id-country-joined-hint": {
        "de": "Nichts zu tun. DATEV speichert das Länderkürzel der Umsatzsteuer-ID in einer eigenen Spalte (EU-Land); lexoffice erwartet die ganze Umsatzsteuer-ID in einem Feld (DE136695976, ATU12345678).",
        "en": "Nothing to do. DATEV keeps the VAT ID's country prefix in a column of its own (EU-Land); lexoffice expects the whole VAT ID in one field (DE136695976, ATU12345678).",
    },
    "issue-vat-id-country-joined": {
        "de": "Länderkürzel „{source}“ vor die Umsatzsteuer-ID in {column} gesetzt: „{before}“ → „{after}“.",
        "en": "Put country prefix “{source}” before the VAT ID in {column}: “{before}” → “{after}”.",
    },
    "rule-vat-id-prefix-missing-title": {
        "de": "Länderkürzel der Umsatzsteuer-ID fehlt",
        "en": "VAT ID without country prefix",
    },
    "rule-vat-id-prefix-missing-hint": {
        "de": "Eine deutsche Umsatzsteuer-ID beginnt mit DE. Ist es die deutsche Nummer, schreiben Sie DE davor; ist es eine Steuernummer, gehört sie in die Spalte Steuernummer.",
        "en": "A German VAT ID starts with DE. If it is the German number, put DE in front; if it is a tax number, it belongs in the Steuernummer column.",
    },
    "issue-vat-id-prefix-missing": {
        "de": "„{value}“ in {column} hat kein Länderkürzel; mit DE davor ist es eine gültige deutsche Umsatzsteuer-ID: „{suggestion}“. Tragen Sie „{suggestion}“ ein, wenn das stimmt.",
        "en": "“{value}” in {column} has no country prefix; with DE in front it is a valid German VAT ID: “{suggestion}”. Enter “{suggestion}” if that is right.",
    },
    "rule-character-restored-title": {
        "de": "Ersetzte Buchstaben wiederhergestellt",
        "en": "Replaced letters restored",
    },
    "rule-character-restored-hint": {
        "de": "Nichts zu tun. Speichern Sie die Datei der abgelehnten Zeilen künftig als „CSV UTF-8 (durch Trennzeichen getrennt)“, dann bleiben Buchstaben wie ł, ř, ő erhalten.",
        "en": "Nothing to do. In future save the rejected-rows file as “CSV UTF-8 (Comma delimited)”, and letters such as ł, ř, ő are kept.",
    },
    "rule-character-replaced-title": {"de": "Zeichen ersetzt", "en": "Character replaced"},
    "rule-character-replaced-hint": {
        "de": "Excel ersetzt beim Speichern als „CSV (Trennzeichen-getrennt)“ jedes Zeichen, das Windows-1252 nicht kennt (ř, ł, ő, ș …), durch „?“. Tragen Sie den richtigen Buchstaben ein und speichern Sie als „CSV UTF-8 (durch Trennzeichen getrennt)“.",
        "en": "Excel saving as “CSV (Comma delimited)” replaces every character Windows-1252 lacks (ř, ł, ő, ș …) with “?”. Type the right letter and save as “CSV UTF-8 (Comma delimited)”.",
    },
    "rule-spreadsheet-number-restored-title": {
        "de": "Von der Tabellenkalkulation veränderte Nummer wiederhergestellt",
        "en": "Number changed by the spreadsheet restored",
    },
    "rule-spreadsheet-number-restored-hint": {
        "de": "Nichts zu tun. Excel liest Ziffern als Zahl: Es streicht führende Nullen und das „+“ und zeigt lange Nummern gekürzt (4,9352E+12). Öffnen Sie die Datei künftig über „Daten > Aus Text/CSV“ und wählen Sie für diese Spalten den Typ „Text“.",
        "en": "Nothing to do. Excel reads digits as a number: it drops leading zeros and the “+” and shows long numbers shortened (4.9352E+12). In future open the file with “Data > From Text/CSV” and choose the type “Text” for these columns.",
    },
    "issue-spreadsheet-number-restored": {
        "de": "„{value}“ in {column}: beim Speichern als Zahl gelesen (etwa von Excel), aus der ursprünglichen Datei wiederhergestellt: „{fixed}“.",
        "en": "“{value}” in {column}: read as a number on saving (e.g. by Excel), restored from the original file: “{fixed}”.",
    },
    "rule-spreadsheet-date-restored-title": {
        "de": "Von der Tabellenkalkulation zum Datum gemachten Wert wiederhergestellt",
        "en": "Value the spreadsheet made a date restored",
    },
    "rule-spreadsheet-date-restored-hint": {
        "de": "Nichts zu tun. Excel liest „7/2“ oder „1-3“ als Datum und speichert „07. Feb“ oder „01. Mrz“. Öffnen Sie die Datei künftig über „Daten > Aus Text/CSV“ und wählen Sie für diese Spalten den Typ „Text“.",
        "en": "Nothing to do. Excel reads “7/2” or “1-3” as a date and saves “07. Feb” or “01. Mar”. In future open the file with “Data > From Text/CSV” and choose the type “Text” for these columns.",
    },
    "issue-spreadsheet-date-restored": {
        "de": "„{value}“ in {column}: beim Speichern als Datum gelesen (etwa von Excel), aus der ursprünglichen Datei wiederhergestellt: „{fixed}“.",
        "en": "“{value}” in {column}: read as a date on saving (e.g. by Excel), restored from the original file: “{fixed}”.",
    },
    "issue-character-restored": {
        "de": "„{value}“ in {column}: Buchstaben, die beim Speichern (etwa in Excel als „CSV (Trennzeichen-getrennt)“) zu „?“ wurden, aus der ursprünglichen Datei wiederhergestellt: „{fixed}“.",
        "en": "“{value}” in {column}: letters that became “?” on saving (e.g. in Excel as “CSV (Comma delimited)”) restored from the original file: “{fixed}”.",
    },
    "issue-character-replaced": {
        "de": "In „{value}“ ({column}) steht ein Fragezeichen oder „�“ an Stelle eines Buchstabens: So ersetzt ein Programm Zeichen, die es nicht speichern kann (Excel als „CSV (Trennzeichen-getrennt)“ z. B. ř, ł, ő). Tragen Sie den richtigen Buchstaben ein und speichern Sie als „CSV UTF-8“.",
        "en": "“{value}” ({column}) has a question mark or “�” in place of a letter: that is how a program replaces characters it cannot store (Excel as “CSV (Comma delimited)”, e.g. ř, ł, ő). Type the right letter and save as “CSV UTF-8”.",
    },
    "rule-phone-invalid-title": {"de": "Telefonnummer ungültig", "en": "Invalid phone number"},
    "rule-phone-invalid-hint": {
        "de": "Prüfen Sie Vorwahl und Anzahl der Ziffern. Nummern ohne Ländervorwahl gelten für das Land der Rechnungsadresse (Land 1, sonst Deutschland); Nummern im Ausland beginnen mit + und der Ländervorwahl, z. B. +43 1 2345678.",
        "en": "Check the area code and the number of digits. Numbers without a country code are read for the billing address's country (Land 1, else Germany); numbers abroad start with + and the country code, e.g. +43 1 2345678.",
    },
    "issue-phone-invalid": {
        "de": "„{value}“ in {column} ist keine gültige Telefonnummer (gelesen für das Land der Rechnungsadresse, sonst Deutschland). Prüfen Sie Vorwahl und Ziffern.",
        "en": "“{value}” in {column} is no valid phone number (read for the billing address's country, else Germany). Check the area code and the digits.",
    },
    "rule-phone-prefix-missing-title": {
        "de": "Telefonnummer ohne 0 oder + am Anfang",
        "en": "Phone number without 0 or + in front",
    },
    "rule-phone-prefix-missing-hint": {
        "de": "Excel speichert eine als Zahl eingegebene Telefonnummer ohne führende 0 und ohne +. Tragen Sie die Nummer so ein, wie sie gewählt wird (0351 1234567 oder +49 351 1234567), und formatieren Sie die Spalte in Excel als Text. Ob 0 oder + fehlt, entscheiden Sie; --phone-format schreibt solche Nummern nicht um.",
        "en": "Excel stores a phone number typed as a number without its leading 0 and without +. Enter the number as it is dialled (0351 1234567 or +49 351 1234567) and format the column as text in Excel. Whether 0 or + is missing is for you to decide; --phone-format does not rewrite such numbers.",
    },
    "issue-phone-prefix-missing": {
        "de": "„{value}“ in {column} hat weder 0 noch + am Anfang; wahrscheinlich hat Excel die 0 oder das + weggelassen, weil es Telefonnummern als Zahlen speichert. Mit 0 davor ist es „{zero}“, mit + davor „{plus}“. Tragen Sie die richtige Nummer ein.",
        "en": "“{value}” in {column} has neither 0 nor + in front; Excel probably dropped the 0 or the +, as it stores phone numbers as numbers. With 0 in front it is “{zero}”, with + in front “{plus}”. Enter the right number.",
    },
    "issue-phone-prefix-missing-zero": {
        "de": "„{value}“ in {column} hat keine 0 am Anfang; wahrscheinlich hat Excel sie weggelassen, weil es Telefonnummern als Zahlen speichert. Mit 0 davor ist es „{zero}“. Tragen Sie die Nummer mit 0 ein, wenn das stimmt.",
        "en": "“{value}” in {column} has no 0 in front; Excel probably dropped it, as it stores phone numbers as numbers. With 0 in front it is “{zero}”. Enter the number with 0 if that is right.",
    },
    "issue-phone-prefix-missing-plus": {
        "de": "„{value}“ in {column} hat kein + am Anfang; wahrscheinlich hat Excel es weggelassen, weil es Telefonnummern als Zahlen speichert. Mit + davor ist es „{plus}“. Tragen Sie die Nummer mit + ein, wenn das stimmt.",
        "en": "“{value}” in {column} has no + in front; Excel probably dropped it, as it stores phone numbers as numbers. With + in front it is “{plus}”. Enter the number with + if that is right.",
    },
    "rule-phone-not-a-number-title": {"de": "Keine Telefonnummer", "en": "No phone number"},
    "rule-phone-not-a-number-hint": {
        "de": "In einer Telefonspalte steht eine E-Mail-Adresse oder Text. Tragen Sie die Telefonnummer ein, eine E-Mail-Adresse in die Spalte E-Mail 1 oder E-Mail 2, oder lassen Sie das Feld leer.",
        "en": "A phone column holds an e-mail address or text. Enter the phone number, put an e-mail address in E-Mail 1 or E-Mail 2, or leave the field empty.",
    },
    "issue-phone-not-a-number": {
        "de": "„{value}“ in {column} ist keine Telefonnummer. Tragen Sie die Nummer ein oder lassen Sie das Feld leer.",
        "en": "“{value}” in {column} is no phone number. Enter the number or leave the field empty.",
    },
    "issue-phone-not-a-number-email": {
        "de": "„{value}“ in {column} ist keine Telefonnummer, sondern eine E-Mail-Adresse. Tragen Sie sie in E-Mail 1 oder E-Mail 2 ein und hier die Nummer, oder lassen Sie das Feld leer.",
        "en": "“{value}” in {column} is no phone number but an e-mail address. Put it in E-Mail 1 or E-Mail 2 and the number here, or leave the field empty.",
    },
    "issue-phone-several": {
        "de": "„{value}“ in {column} enthält mehr als eine Telefonnummer. Lassen Sie eine davon stehen und tragen Sie die andere in eine freie Telefonspalte ein (z. B. Telefon 2 oder Mobil).",
        "en": "“{value}” in {column} holds more than one phone number. Keep one of them and put the other in a free phone column (e.g. Telefon 2 or Mobil).",
    },
    "rule-phone-formatted-title": {
        "de": "Telefonnummer einheitlich geschrieben",
        "en": "Phone number formatted",
    },
    "rule-phone-formatted-hint": {
        "de": "Nichts zu tun; so gewünscht mit --phone-format e164 (+493511234567) oder --phone-format national (0351 1234567). Ohne die Option bleiben Nummern, wie sie sind.",
        "en": "Nothing to do; asked for with --phone-format e164 (+493511234567) or --phone-format national (0351 1234567). Without the option numbers stay as they are.",
    },
    "issue-phone-formatted": {
        "de": "Telefonnummer in {column} einheitlich geschrieben: „{before}“ → „{after}“.",
        "en": "Formatted the phone number in {column}: “{before}” → “{after}”.",
    },
    "help-company-person": {
        "de": "Anrede, Vor- und Nachname in einer Zeile mit Firmenname: contact macht sie zum Ansprechpartner der Firma (lexoffice verlangt Ansprechpartner in eigenen Spalten) – steht die Firma schon in einer Zeile davor, als deren Ansprechpartner 1 oder 2 –, keep lässt sie stehen.",
        "en": "Salutation, first and last name on a row with a company name: contact makes them the company's contact person (lexoffice wants contact persons in columns of their own) – when the company is on an earlier row, as that row's Ansprechpartner 1 or 2 –, keep leaves them.",
    },
    "help-inactive": {
        "de": "Kontakte, die eine Spalte der Eingabe als inaktiv, archiviert oder gelöscht kennzeichnet (etwa „Inaktiv“ = 1, „Aktiv“ = Nein, „Status“ = Archiviert): upload lädt sie mit einer Warnung hoch, reject legt sie in die Datei der abgelehnten Zeilen.",
        "en": "Contacts that a column of the input marks as inactive, archived or deleted (such as “Inaktiv” = 1, “Aktiv” = Nein, “Status” = Archived): upload uploads them with a warning, reject puts them into the rejected-rows file.",
    },
    "help-phone-format": {
        "de": "Gültige Telefonnummern einheitlich schreiben: e164 (+493511234567) oder national (0351 1234567; Nummern anderer Länder mit Ländervorwahl). Ohne die Option bleiben sie, wie sie sind.",
        "en": "Write valid phone numbers uniformly: e164 (+493511234567) or national (0351 1234567; other countries' numbers with their country code). Without the option they stay as they are.",
    },
    "metavar-options": {"de": "[OPTIONEN]", "en": "[OPTIONS]"},
    "metavar-command": {"de": "BEFEHL [ARGUMENTE]...", "en": "COMMAND [ARGS]..."},
    "metavar-files": {"de": "DATEIEN...", "en": "FILES..."},
    "metavar-file": {"de": "DATEI", "en": "FILE"},
    "metavar-folder": {"de": "ORDNER", "en": "FOLDER"},
    "html-col-required": {"de": "Pflicht", "en": "Required"},
    "html-col-rule": {"de": "Regel", "en": "Rule"},
    "html-col-max": {"de": "max.", "en": "max."},
    "html-required-no": {"de": "–", "en": "–"},
    "html-required-company": {"de": "ja, Firma", "en": "yes, company"},
    "html-required-person": {"de": "ja, Person", "en": "yes, person"},
    "html-required-person-recommended": {"de": "empfohlen", "en": "advised"},
    "html-required-contact-person": {"de": "ja, bei AP", "en": "yes, with CP"},
    "html-quick-notes": {
        "de": "Pflicht: ja, Firma = für Firmen, ja, Person = für Privatpersonen, ja, bei AP = sobald der Ansprechpartner (AP) eine Angabe hat. max. = höchstens so viele Zeichen; * = angenommen (siehe unten). Jede Zeile braucht einen Firmennamen (Firma) oder einen Nachnamen (Privatperson). Kunden und Lieferanten kommen in getrennte Dateien; eine Lieferanten-Datei hat statt der Kundennummer die Lieferantennummer. Prüfen vor dem Hochladen: lexoffice-import check DATEI.",
        "en": "Required: yes, company = for companies, yes, person = for private persons, yes, with CP = as soon as the contact person (CP) has any field. max. = at most this many characters; * = assumed (see below). Every row needs a company name (company) or a last name (private person). Customers and suppliers go in separate files; a supplier file has the Lieferantennummer instead of the Kundennummer. Check before uploading: lexoffice-import check FILE.",
    },
    "pdf-no-chromium": {
        "de": "Für --pdf braucht lexoffice-import den Browser Chromium, der ist hier nicht installiert (gesucht: {names}). Installieren Sie ihn (Debian/Ubuntu: apt install chromium) oder nennen Sie seinen Pfad in der Umgebungsvariable CHROMIUM. Ohne --pdf schreibt reference eine HTML-Seite, die jeder Browser über „Drucken → Als PDF speichern“ auf zwei A4-Seiten druckt.",
        "en": "For --pdf lexoffice-import needs the Chromium browser, which is not installed here (looked for: {names}). Install it (Debian/Ubuntu: apt install chromium) or give its path in the environment variable CHROMIUM. Without --pdf, reference writes an HTML page any browser prints on two A4 pages with “Print → Save as PDF”.",
    },
    "pdf-failed": {
        "de": "Chromium ({browser}) konnte die PDF-Datei nicht schreiben ({detail}). Versuchen Sie es ohne --pdf und drucken Sie die HTML-Seite im Browser über „Drucken → Als PDF speichern“.",
        "en": "Chromium ({browser}) could not write the PDF file ({detail}). Try without --pdf and print the HTML page from the browser with “Print → Save as PDF”.",
    },
    "help-reference-pdf": {
        "de": "Die Schnellreferenz als PDF (zwei A4-Seiten) in diese Datei schreiben; braucht den Browser Chromium.",
        "en": "Write the quick reference as PDF (two A4 pages) to this file; needs the Chromium browser.",
    },
    "html-quick-options-title": {
        "de": "Prüfen und beheben auf der Kommandozeile",
        "en": "Checking and fixing on the command line",
    },
    "html-quick-option-check": {
        "de": "prüft die Datei und schreibt Upload-Dateien und Bericht",
        "en": "checks the file and writes the upload files and the report",
    },
    "html-quick-option-renumber": {
        "de": "Kunden- und Lieferantennummern außerhalb des Bereichs leeren; lexoffice vergibt neue",
        "en": "clear customer and supplier numbers out of range; lexoffice assigns new ones",
    },
    "html-quick-option-inactive": {
        "de": "Kontakte, die Ihre Datei als inaktiv kennzeichnet, nicht hochladen, sondern zurücklegen",
        "en": "do not upload contacts your file marks as inactive; set them aside",
    },
    "html-quick-option-encoding": {
        "de": "Kodierung vorgeben, wenn Umlaute falsch aussehen",
        "en": "give the encoding when umlauts look wrong",
    },
    "html-quick-option-delimiter": {
        "de": "Trennzeichen vorgeben, wenn die Spalten verrutscht sind",
        "en": "give the delimiter when the columns are shifted",
    },
    "html-quick-option-map": {
        "de": "eine Spalte Ihrer Datei einer lexoffice-Spalte zuordnen",
        "en": "map a column of your file to a lexoffice column",
    },
    "html-quick-option-kind": {
        "de": "alle Zeilen als Kunden (oder: --kind lieferanten)",
        "en": "every row as a customer (or: --kind lieferanten)",
    },
    "html-quick-option-phone": {
        "de": "gültige Telefonnummern einheitlich schreiben (+493511234567)",
        "en": "write valid phone numbers uniformly (+493511234567)",
    },
    "html-quick-option-template": {
        "de": "leere Vorlage mit Beispielzeile für Excel",
        "en": "empty template with an example row, for Excel",
    },
    "help-template-example": {
        "de": "Eine Beispielzeile (eine Firma mit Ansprechpartner) unter die Kopfzeile schreiben.",
        "en": "Write one example row (a company with a contact person) below the header row.",
    },
    # --- intake: unusable input (exit 3) -------------------------------------------------
    # --- file formats recognised by their bytes (importer.sniff) -----------------------------
    "format-csv": {"de": "eine CSV-Textdatei", "en": "a CSV text file"},
    "format-xls": {
        "de": "eine Excel-Arbeitsmappe im alten Format (.xls)",
        "en": "an old-format Excel workbook (.xls)",
    },
    "format-pdf": {"de": "ein PDF-Dokument", "en": "a PDF document"},
    "format-png": {"de": "ein PNG-Bild", "en": "a PNG image"},
    "format-jpeg": {"de": "ein JPEG-Bild", "en": "a JPEG image"},
    "format-gif": {"de": "ein GIF-Bild", "en": "a GIF image"},
    "format-tiff": {"de": "ein TIFF-Bild", "en": "a TIFF image"},
    "format-gzip": {"de": "ein gzip-Archiv", "en": "a gzip archive"},
    "format-7z": {"de": "ein 7-Zip-Archiv", "en": "a 7-Zip archive"},
    "format-rar": {"de": "ein RAR-Archiv", "en": "a RAR archive"},
    "format-sqlite": {"de": "eine SQLite-Datenbank", "en": "an SQLite database"},
    "format-rtf": {"de": "ein RTF-Textdokument", "en": "an RTF document"},
    "format-xlsx": {"de": "eine Excel-Arbeitsmappe (.xlsx)", "en": "an Excel workbook (.xlsx)"},
    "format-ods": {
        "de": "eine LibreOffice-/OpenOffice-Tabelle (.ods)",
        "en": "a LibreOffice/OpenOffice spreadsheet (.ods)",
    },
    "format-docx": {"de": "ein Word-Dokument (.docx)", "en": "a Word document (.docx)"},
    "format-numbers": {"de": "eine Apple-Numbers-Tabelle", "en": "an Apple Numbers spreadsheet"},
    "format-zip": {"de": "ein ZIP-Archiv", "en": "a ZIP archive"},
    "format-bmp": {"de": "ein BMP-Bild", "en": "a BMP image"},
    "format-excel-xml": {
        "de": "eine Excel-XML-Tabelle (XML-Kalkulationstabelle 2003)",
        "en": "an Excel XML spreadsheet (2003)",
    },
    "format-html": {"de": "eine HTML-Seite", "en": "an HTML page"},
    "format-xml": {"de": "eine XML-Datei", "en": "an XML file"},
    "format-json": {"de": "eine JSON-Datei", "en": "a JSON file"},
    "format-vcard": {"de": "ein vCard-Adressbuch (.vcf)", "en": "a vCard address book (.vcf)"},
    "format-ldif": {"de": "ein LDIF-Adressbuch (.ldif)", "en": "an LDIF address book (.ldif)"},
    "howto-ldif": {
        "de": "lexoffice-import liest Tabellen. Exportieren Sie das Adressbuch in Thunderbird als CSV (Adressbuch → Exportieren → „Komma-getrennt“) und prüfen Sie die .csv-Datei.",
        "en": "lexoffice-import reads tables. Export the address book in Thunderbird as CSV (Address Book → Export → “Comma Separated”) and check the .csv file.",
    },
    # --- address books (importer.vcard_reader) ---------------------------------------------
    "vcard-no-contacts": {
        "de": "{path} enthält keinen Kontakt (keinen Block von BEGIN:VCARD bis END:VCARD). Exportieren Sie die Kontakte erneut aus Ihrem Adressbuch, mit Kontakten ausgewählt.",
        "en": "{path} holds no contact (no block from BEGIN:VCARD to END:VCARD). Export the contacts from your address book again, with contacts selected.",
    },
    "vcard-binary-photo": {"de": "Fotos", "en": "photos"},
    "vcard-binary-logo": {"de": "Logos", "en": "logos"},
    "vcard-binary-sound": {"de": "Tonaufnahmen", "en": "sound recordings"},
    "vcard-binary-key": {"de": "Schlüssel", "en": "keys"},
    # --- workbooks (importer.workbook_reader) -----------------------------------------------
    "workbook-protected": {
        "de": "{path} ist mit einem Kennwort geschützt. Öffnen Sie die Arbeitsmappe in Excel, entfernen Sie den Kennwortschutz (Datei → Informationen → Arbeitsmappe schützen) und speichern Sie sie erneut.",
        "en": "{path} is protected by a password. Open the workbook in Excel, remove the password (File → Info → Protect Workbook) and save it again.",
    },
    "workbook-broken": {
        "de": "{path} lässt sich nicht als Arbeitsmappe lesen ({detail}). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut, oder exportieren Sie die Kontakte als CSV.",
        "en": "{path} cannot be read as a workbook ({detail}). Open it in Excel or LibreOffice and save it again, or export the contacts as CSV.",
    },
    "workbook-reason-format": {
        "de": "ihr Format ist nicht zu erkennen: sie ist beschädigt, unvollständig übertragen oder keine Arbeitsmappe",
        "en": "its format cannot be recognised: it is damaged, incompletely transferred or no workbook",
    },
    "workbook-reason-damaged": {
        "de": "sie ist beschädigt: ihr innerer Aufbau stimmt nicht, der Leser calamine brach ab",
        "en": "it is damaged: its inner structure is wrong, the reader calamine gave up",
    },
    "workbook-sheet-too-large": {
        "de": "{path}: Das Blatt „{sheet}“ reicht über {rows} Zeilen und {columns} Spalten; so viele Zellen kann lexoffice-import nicht lesen. Meist steht weit unten oder rechts ein einzelner Wert (Strg+Ende springt in Excel zur letzten benutzten Zelle): Löschen Sie die Zeilen und Spalten außerhalb der Kontaktliste, speichern Sie und prüfen Sie erneut, oder speichern Sie das Blatt als CSV.",
        "en": "{path}: the sheet “{sheet}” spans {rows} rows and {columns} columns; lexoffice-import cannot read that many cells. Usually a single value sits far below or to the right (Ctrl+End jumps to the last used cell in Excel): delete the rows and columns outside the contact list, save and check again, or save the sheet as CSV.",
    },
    "workbook-too-many-columns": {
        "de": "{path}: Das Blatt „{sheet}“ hat {count} Spalten; lexoffice-import liest höchstens {cap} (auch große Exporte haben selten mehr als 250). Steht weit rechts ein einzelner Wert (Strg+Ende springt in Excel zur letzten benutzten Zelle), löschen Sie die Spalten rechts der Kontaktliste; sonst löschen Sie die Spalten, die Sie nicht brauchen. Speichern Sie und prüfen Sie erneut.",
        "en": "{path}: the sheet “{sheet}” has {count} columns; lexoffice-import reads at most {cap} (even large exports rarely have more than 250). If a single value sits far to the right (Ctrl+End jumps to the last used cell in Excel), delete the columns to the right of the contact list; otherwise delete the columns you do not need. Save and check again.",
    },
    "workbook-reason-chains": {
        "de": "sie ist beschädigt: die Verkettung ihrer Datenblöcke läuft im Kreis oder über das Dateiende hinaus",
        "en": "it is damaged: the chain of its data blocks runs in a circle or beyond the end of the file",
    },
    "workbook-reason-sheet": {
        "de": "das Blatt „{sheet}“ ist beschädigt oder unvollständig; Meldung des Lesers calamine: {detail}",
        "en": "the sheet “{sheet}” is damaged or incomplete; calamine's message: {detail}",
    },
    "workbook-reason-other": {
        "de": "Meldung des Lesers calamine: {detail}",
        "en": "calamine's message: {detail}",
    },
    "workbook-empty": {
        "de": "{path} enthält keine Tabelle mit Daten: alle Blätter sind leer.",
        "en": "{path} holds no table with data: every sheet is empty.",
    },
    "workbook-sheet-empty": {
        "de": "Das Blatt „{sheet}“ in {path} ist leer. Wählen Sie ein anderes mit --sheet.",
        "en": "Sheet “{sheet}” in {path} is empty. Choose another one with --sheet.",
    },
    "usage-header-row-beyond": {
        "de": "{path} hat ab Zeile {row} keine Zeile mit Inhalt mehr; geben Sie bei --header-row die Zeile der Spaltenüberschriften an.",
        "en": "{path} holds no line with content from line {row} on; give --header-row the line of the column headers.",
    },
    "workbook-sheet-missing": {
        "de": "{path} hat kein Blatt „{sheet}“. Vorhanden: {sheets}. Geben Sie bei --sheet den Namen oder die Nummer (ab 1) an.",
        "en": "{path} has no sheet “{sheet}”. Present: {sheets}. Give --sheet the name or the number (from 1).",
    },
    "input-missing": {
        "de": "Die Datei {path} gibt es nicht. Prüfen Sie Pfad und Dateinamen.",
        "en": "The file {path} does not exist. Check the path and file name.",
    },
    "input-stdin-closed": {
        "de": "Von der Standardeingabe (-) lässt sich nichts lesen: Sie ist geschlossen. Geben Sie statt - den Pfad der Datei an.",
        "en": "Nothing can be read from standard input (-): it is closed. Give the file's path instead of -.",
    },
    "input-is-directory": {
        "de": "{path} ist ein Ordner ohne CSV-Dateien. Geben Sie eine CSV-Datei oder einen Ordner mit CSV-Dateien an.",
        "en": "{path} is a folder without CSV files. Give a CSV file or a folder that holds CSV files.",
    },
    "input-too-large": {
        "de": "{path} ist {size} groß; lexoffice-import liest höchstens {cap} (lexoffice selbst nimmt nur 2 MB je "
        "Datei). Ist das wirklich eine Kontaktliste? Wenn ja, erhöhen Sie die Grenze mit --max-input-size, "
        "z. B. --max-input-size 500MB.",
        "en": "{path} is {size}; lexoffice-import reads at most {cap} (lexoffice itself takes only 2 MB per file). "
        "Is this really a contact list? If so, raise the cap with --max-input-size, e.g. --max-input-size 500MB.",
    },
    "input-empty": {
        "de": "{path} ist leer (0 Bytes). Exportieren Sie die Kontakte erneut und prüfen Sie, ob der Export "
        "Datensätze enthält.",
        "en": "{path} is empty (0 bytes). Export the contacts again and check that the export holds records.",
    },
    "input-blank": {
        "de": "{path} enthält keine Daten, nur {what}. Exportieren Sie die Kontakte erneut.",
        "en": "{path} holds no data, only {what}. Export the contacts again.",
    },
    "input-blank-bom": {"de": "eine Byte-Order-Markierung (BOM)", "en": "a byte order mark (BOM)"},
    "input-blank-lines": {"de": "Leerzeilen", "en": "blank lines"},
    "input-header-only": {
        "de": "{path} enthält nur die Kopfzeile und keine Datensätze. Exportieren Sie die Kontakte erneut; "
        "achten Sie darauf, dass im Export eine Auswahl von Kontakten getroffen ist.",
        "en": "{path} holds only the header row and no records. Export the contacts again, with contacts selected.",
    },
    "input-own-report": {
        "de": "{path} ist ein Bericht oder eine gespeicherte Seite von lexoffice-import, keine Kontaktdatei. "
        "Geben Sie die ursprüngliche Kontaktdatei an oder eine Datei abgelehnter Zeilen, die Sie korrigiert "
        "haben.",
        "en": "{path} is a report or a saved page of lexoffice-import, no contact file. Give the original "
        "contact file or a file of rejected rows you corrected.",
    },
    "html-too-many-columns": {
        "de": "{path}: Die Tabelle der HTML-Seite hat {count} Spalten; lexoffice-import liest höchstens {cap} (auch große Exporte haben selten mehr als 250). Meist überspannt eine Zelle (colspan) viele Spalten. Öffnen Sie die Datei in Excel, löschen Sie die Spalten, die Sie nicht brauchen, und speichern Sie sie mit „Datei → Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt)“; prüfen Sie dann die neue .csv-Datei.",
        "en": "{path}: the table of the HTML page has {count} columns; lexoffice-import reads at most {cap} (even large exports rarely have more than 250). Usually a cell spans many columns (colspan). Open the file in Excel, delete the columns you do not need and save it with “File → Save As → CSV UTF-8 (Comma delimited)”; then check the new .csv file.",
    },
    "html-table-too-large": {
        "de": "{path}: Ausgelegt, wie Excel sie zeigt, ergäbe die Tabelle der HTML-Seite mehr als {cap} Zellen und Zeichen, viel mehr als die Datei hat; so viel liest lexoffice-import nicht. Meist überspannt eine Zelle (rowspan, colspan) sehr viele Zeilen oder Spalten, oder eine Zeile ist viel breiter als die anderen. Öffnen Sie die Datei in Excel, heben Sie die Verbindung solcher Zellen auf, löschen Sie leere Spalten und speichern Sie sie mit „Datei → Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt)“; prüfen Sie dann die neue .csv-Datei.",
        "en": "{path}: laid out as Excel shows it, the table of the HTML page would make more than {cap} cells and characters, far more than the file holds; lexoffice-import does not read that much. Usually a cell spans very many rows or columns (rowspan, colspan), or one row is much wider than the others. Open the file in Excel, unmerge such cells, delete empty columns and save it with “File → Save As → CSV UTF-8 (Comma delimited)”; then check the new .csv file.",
    },
    "input-unusable-with-options": {
        "de": "Sie haben {options} angegeben: Passt das nicht zur Datei, lassen Sie es weg; Kodierung und Trennzeichen werden dann erkannt.",
        "en": "You gave {options}: if that does not fit the file, leave it out; the encoding and delimiter are then recognised.",
    },
    "input-other-format": {
        "de": "{path} ist keine CSV-Datei, sondern {format}. {howto}",
        "en": "{path} is no CSV file but {format}. {howto}",
    },
    "howto-excel": {
        "de": "Öffnen Sie die Datei in Excel und speichern Sie sie mit „Datei → Speichern unter → "
        "CSV UTF-8 (durch Trennzeichen getrennt)“; prüfen Sie dann die neue .csv-Datei.",
        "en": "Open it in Excel and save it with “File → Save As → CSV UTF-8 (Comma delimited)”; then check the "
        "new .csv file.",
    },
    "howto-calc": {
        "de": "Öffnen Sie die Datei in LibreOffice Calc und speichern Sie sie mit „Datei → Speichern unter → "
        "Text CSV (.csv)“, Zeichensatz UTF-8, Feldtrenner „;“.",
        "en": "Open it in LibreOffice Calc and save it with “File → Save As → Text CSV (.csv)”, character set "
        "UTF-8, field delimiter “;”.",
    },
    "howto-export": {
        "de": "Exportieren Sie die Kontakte aus Ihrem Programm als CSV- oder Textdatei (in Lexware "
        "Faktura+Auftrag: Datei → Export → Kunden, Dateiart „ANSI (Windows)“).",
        "en": "Export the contacts from your program as a CSV or text file (in Lexware Faktura+Auftrag: "
        "File → Export → Customers, file type “ANSI (Windows)”).",
    },
    "howto-export-vcard": {
        "de": "Exportieren Sie die Kontakte erneut aus Ihrem Adressbuch als vCard (.vcf) – in Apple "
        "Kontakte: Ablage → Exportieren → vCard exportieren – oder als CSV-Datei.",
        "en": "Export the contacts from your address book again as a vCard file (.vcf) – in Apple "
        "Contacts: File → Export → Export vCard – or as a CSV file.",
    },
    "input-binary": {
        "de": "{path} enthält Binärdaten ({detail}) und ist keine Textdatei. {howto}",
        "en": "{path} holds binary data ({detail}) and is no text file. {howto}",
    },
    "binary-nul": {
        "de": "Null-Bytes: {count}, das erste in Zeile {line}",
        "en": "NUL bytes: {count}, the first on line {line}",
    },
    "binary-control": {
        "de": "Steuerzeichen: {count}, das erste in Zeile {line}",
        "en": "control characters: {count}, the first on line {line}",
    },
    "input-undecodable": {
        "de": "{path} lässt sich mit der Kodierung {encoding} nicht lesen: Byte 0x{byte:02X} in Zeile {line} "
        "passt nicht. Geben Sie die richtige Kodierung mit --encoding an (z. B. --encoding cp1252 für "
        "Windows-Exporte, --encoding utf-8) oder lassen Sie --encoding weg, damit sie erkannt wird.",
        "en": "{path} cannot be read as {encoding}: byte 0x{byte:02X} on line {line} does not fit. Give the right "
        "encoding with --encoding (e.g. --encoding cp1252 for Windows exports, --encoding utf-8) or leave "
        "--encoding out to have it detected.",
    },
    "input-unknown-encoding": {
        "de": "Die Kodierung „{encoding}“ kennt Python nicht. Gültig sind z. B. --encoding utf-8, cp1252, "
        "iso8859_15, mac_roman, cp850, utf-16.",
        "en": "Python does not know the encoding “{encoding}”. Valid are e.g. --encoding utf-8, cp1252, "
        "iso8859_15, mac_roman, cp850, utf-16.",
    },
    "input-unclosed-quote": {
        "de": "{path}: Das Anführungszeichen im Datensatz ab Zeile {line} wird bis zum Dateiende nicht "
        "geschlossen, daher lassen sich die Felder nicht trennen. Öffnen Sie die Datei in einem "
        "Texteditor, schließen oder entfernen Sie das Anführungszeichen in Zeile {line} und prüfen Sie "
        "dann erneut. Ist das Trennzeichen falsch erkannt ({delimiter}), geben Sie es mit --delimiter an.",
        "en": "{path}: the quote in the record starting on line {line} is never closed, so the fields cannot be "
        "separated. Open the file in a text editor, close or remove the quote on line {line} and check again. "
        "If the delimiter was detected wrongly ({delimiter}), give it with --delimiter.",
    },
    "input-name-not-text": {
        "de": "Der Name von {path} ist nicht als UTF-8 gespeichert (etwa aus einem ZIP-Archiv von Windows entpackt); so lässt sich kein Bericht dazu schreiben. Benennen Sie die Datei um, z. B. in kunden.csv, und prüfen Sie sie dann.",
        "en": "The name of {path} is not stored as UTF-8 (unpacked from a Windows ZIP archive, say); no report can be written for it. Rename the file, e.g. to customers.csv, then check it.",
    },
    "input-folder-name-not-text": {
        "de": "Ein Ordner in {path} hat einen Namen, der nicht als UTF-8 gespeichert ist (etwa aus einem ZIP-Archiv von Windows entpackt); so lässt sich kein Bericht dazu schreiben. Kopieren Sie die Datei in einen anderen Ordner oder benennen Sie den Ordner um, und prüfen Sie sie dann.",
        "en": "A folder in {path} has a name that is not stored as UTF-8 (unpacked from a Windows ZIP archive, say); no report can be written for it. Copy the file to another folder or rename the folder, then check it.",
    },
    "input-link-loop": {
        "de": "{path} ist eine Verknüpfung, die über Verknüpfungen wieder auf sich selbst zeigt: Dahinter liegt keine Datei. Geben Sie die Datei selbst an.",
        "en": "{path} is a link that leads back to itself through links: there is no file behind it. Give the file itself.",
    },
    "input-not-readable": {
        "de": "{path} lässt sich nicht lesen: {reason}. Prüfen Sie die Zugriffsrechte.",
        "en": "{path} cannot be read: {reason}. Check the permissions.",
    },
    # --- usage (exit 2) ----------------------------------------------------------------------
    "usage-delimiter": {
        "de": "--delimiter muss genau ein Zeichen sein, kein Buchstabe und keine Ziffer, z. B. --delimiter ';' oder --delimiter tab (erhalten: {value}).",
        "en": "--delimiter must be one character, not a letter or digit, e.g. --delimiter ';' or --delimiter tab (got: {value}).",
    },
    "usage-size": {
        "de": "--max-input-size versteht Angaben wie 200MB, 1GB oder 5000000 (erhalten: {value}).",
        "en": "--max-input-size takes values like 200MB, 1GB or 5000000 (got: {value}).",
    },
    "usage-out-is-input": {
        "de": "Die Ausgabe {path} würde die Eingabe überschreiben. Wählen Sie mit --out einen anderen Ordner.",
        "en": "The output {path} would overwrite the input. Choose another folder with --out.",
    },
    "usage-out-not-dir": {
        "de": "--out {path} ist eine Datei, kein Ordner. Geben Sie einen Ordner an.",
        "en": "--out {path} is a file, not a folder. Give a folder.",
    },
    "catalog-missing": {
        "de": "Die Katalogdatei {path} gibt es nicht. Prüfen Sie den Pfad bei --catalog.",
        "en": "The catalog file {path} does not exist. Check the path given with --catalog.",
    },
    "catalog-invalid": {
        "de": "Die Katalogdatei {path} ist fehlerhaft ({detail}). Vergleichen Sie sie mit reference/catalog.toml und korrigieren Sie --catalog.",
        "en": "The catalog file {path} is invalid ({detail}). Compare it with reference/catalog.toml and fix --catalog.",
    },
    "internal-error": {
        "de": "Interner Fehler in lexoffice-import ({error}). Das ist ein Programmfehler, nicht Ihrer. Starten Sie "
        "erneut mit --debug und schicken Sie die Ausgabe an den Support.",
        "en": "Internal error in lexoffice-import ({error}). This is a bug, not your fault. Run again with --debug "
        "and send the output to support.",
    },
    # --- batch checks (issue 15) ---
    "help-jobs": {
        "de": "Wie viele Dateien gleichzeitig geprüft werden, jede in einem eigenen Prozess (Standard: die Zahl der Prozessorkerne).",
        "en": "How many files are checked at once, each in a process of its own (default: the number of CPU cores).",
    },
    "help-quiet": {
        "de": "Keine Fortschrittsanzeige und keine Zusammenfassung je Datei: nur Fehlermeldungen und die Schlusszeile.",
        "en": "No progress display and no summary per file: only error messages and the closing line.",
    },
    "batch-summary": {
        "de": "{n} Dateien geprüft: {ready} bereit, {attention} bitte prüfen, {unusable} unbrauchbar",
        "en": "{n} files checked: {ready} ready, {attention} need attention, {unusable} unusable",
    },
    "batch-summary-one": {
        "de": "1 Datei geprüft: {ready} bereit, {attention} bitte prüfen, {unusable} unbrauchbar",
        "en": "1 file checked: {ready} ready, {attention} need attention, {unusable} unusable",
    },
    "batch-summary-unchecked": {
        "de": "{n} Dateien, {checked} davon geprüft: {ready} bereit, {attention} bitte prüfen, {unusable} unbrauchbar; {error} nicht geprüft",
        "en": "{n} files, {checked} of them checked: {ready} ready, {attention} need attention, {unusable} unusable; {error} not checked",
    },
    "batch-summary-unchecked-one": {
        "de": "1 Datei, nicht geprüft",
        "en": "1 file, not checked",
    },
    "progress-line": {
        "de": "{done}/{total} Dateien fertig · {rows} · prüfe {current}",
        "en": "{done}/{total} files done · {rows} · checking {current}",
    },
    # --- summary printed by check ------------------------------------------------------------
    "verdict-ready": {"de": "bereit zum Hochladen", "en": "ready to upload"},
    "verdict-attention": {"de": "bitte prüfen", "en": "needs attention"},
    "verdict-unusable": {"de": "unbrauchbar", "en": "unusable"},
    "summary-size": {
        "de": "Größe: {size}, {share} % der 2-MB-Grenze von lexoffice (2.000.000 Bytes)",
        "en": "Size: {size}, {share} % of lexoffice's 2 MB limit (2,000,000 bytes)",
    },
    "summary-encoding": {"de": "Kodierung: {name} – {evidence}", "en": "Encoding: {name} – {evidence}"},
    "summary-workbook": {
        "de": "Arbeitsmappe: Blatt „{sheet}“ gelesen ({count} insgesamt)",
        "en": "Workbook: sheet “{sheet}” read ({count} in all)",
    },
    "summary-workbook-others": {
        "de": "Weitere Blätter mit Kontakten: {sheets}. Prüfen Sie sie mit --sheet NAME.",
        "en": "Other sheets with contacts: {sheets}. Check them with --sheet NAME.",
    },
    "summary-workbook-formats": {
        "de": "Zahlen so gelesen, wie ihr Zahlenformat sie im Tabellenprogramm (Excel, LibreOffice) zeigt: {formats}.",
        "en": "Numbers read as their number format shows them in the spreadsheet program (Excel, LibreOffice): {formats}.",
    },
    "workbook-format-general": {"de": "Standard", "en": "General"},
    "summary-workbook-format": {
        "de": "„{column}“ im Format {format} ({cells} Zellen, z. B. {stored} → {shown})",
        "en": "“{column}” in the format {format} ({cells} cells, e.g. {stored} → {shown})",
    },
    "summary-preamble": {"de": "Vorspann: {label} („{text}“)", "en": "Preamble: {label} (“{text}”)"},
    "preamble-datev": {
        "de": "die DATEV-Formatzeile (EXTF) vor der Überschriftenzeile wurde übersprungen",
        "en": "DATEV's format line (EXTF) above the header row was skipped",
    },
    "preamble-title": {
        "de": "{lines} Zeile(n) über der Überschriftenzeile (Titel, Leerzeilen) wurden übersprungen; sie stehen im JSON-Bericht unter „preamble“",
        "en": "{lines} line(s) above the header row (title, blank lines) were skipped; the JSON report keeps them under “preamble”",
    },
    "html-preamble": {"de": "Vorspann", "en": "Preamble"},
    "summary-dialect": {
        "de": "Trennzeichen: {delimiter}, Zeilenende: {terminator}",
        "en": "Delimiter: {delimiter}, line ending: {terminator}",
    },
    "summary-none-mapped": {
        "de": "Spalten: keine der {count} Spalten passt zu einer lexoffice-Spalte – steht die Überschriftenzeile weiter unten? Dann mit --header-row N angeben.",
        "en": "Columns: none of the {count} columns matches a lexoffice column – is the header row further down? Then give it with --header-row N.",
    },
    "summary-none-mapped-delimiter": {
        "de": "Spalten: die Datei wurde als eine einzige Spalte gelesen – ist {likely} das Trennzeichen? Dann mit --delimiter {option} prüfen.",
        "en": "Columns: the file was read as a single column – is {likely} the delimiter? Then check with --delimiter {option}.",
    },
    "summary-none-mapped-no-header": {
        "de": 'Spalten: Die Datei hat keine Überschriftenzeile, ihre {count} Spalten heißen „Spalte 1“, „Spalte 2“ … – fügen Sie oben eine Zeile mit den Spaltennamen ein, oder ordnen Sie zu mit --map "Spalte N=lexoffice-Spalte".',
        "en": 'Columns: the file has no header row, its {count} columns are called “Column 1”, “Column 2” … – insert a line with the column names at the top, or map with --map "Column N=lexoffice column".',
    },
    "summary-none-mapped-above": {
        "de": "Spalten: keine der {count} Spalten passt zu einer lexoffice-Spalte – die Überschriftenzeile steht weiter oben, in Zeile {line}: mit --header-row {line} prüfen.",
        "en": "Columns: none of the {count} columns matches a lexoffice column – the header row is further up, in line {line}: check with --header-row {line}.",
    },
    "summary-rows": {
        "de": "Datensätze: {read} gelesen, {uploaded} hochladbar, {rejected} abgelehnt",
        "en": "Records: {read} read, {uploaded} ready to upload, {rejected} rejected",
    },
    "summary-issues": {
        "de": "Befunde: {errors}, {warnings}, {fixes}",
        "en": "Findings: {errors}, {warnings}, {fixes}",
    },
    # counted(): a number with its noun, "-one" for 1
    "count-errors": {"de": "{n} Fehler", "en": "{n} errors"},
    "count-errors-one": {"de": "1 Fehler", "en": "1 error"},
    "count-warnings": {"de": "{n} Warnungen", "en": "{n} warnings"},
    "count-warnings-one": {"de": "1 Warnung", "en": "1 warning"},
    "count-fixes": {"de": "{n} Korrekturen", "en": "{n} fixes"},
    "count-fixes-one": {"de": "1 Korrektur", "en": "1 fix"},
    "count-corrected-rows": {"de": "{n} korrigierte Zeilen", "en": "{n} corrected rows"},
    "count-corrected-rows-one": {"de": "1 korrigierte Zeile", "en": "1 corrected row"},
    "count-rows": {"de": "{n} Zeilen", "en": "{n} rows"},
    "count-rows-one": {"de": "1 Zeile", "en": "1 row"},
    "count-sheets": {"de": "{n} Blätter", "en": "{n} sheets"},
    "count-sheets-one": {"de": "1 Blatt", "en": "1 sheet"},
    "summary-outputs": {"de": "Ausgaben:", "en": "Outputs:"},
    "summary-index": {"de": "Übersicht aller Dateien: {path}", "en": "Overview of all files: {path}"},
    "error-prefix": {"de": "Fehler", "en": "Error"},
    "written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    # --- the local web page (importer.web) ---------------------------------------------------
    "web-title": {
        "de": "lexoffice-import",
        "en": "lexoffice-import",
    },
    "web-footer": {
        "de": "läuft auf Ihrem Rechner; Ihre Daten verlassen ihn nicht",
        "en": "runs on your computer; your data does not leave it",
    },
    "web-index-heading": {
        "de": "Kontakte für lexoffice prüfen",
        "en": "Check contacts for lexoffice",
    },
    "web-index-lead": {
        "de": "Wählen Sie Ihren Kunden- oder Lieferantenexport (CSV oder Excel). Sie bekommen Upload-Dateien, die lexoffice annimmt, und sehen, was zu korrigieren ist.",
        "en": "Choose your customer or supplier export (CSV or Excel). You get upload files lexoffice accepts, and see what needs correcting.",
    },
    "web-drop": {
        "de": "Datei(en) hierher ziehen oder auswählen",
        "en": "Drop files here or choose them",
    },
    "web-formats": {
        "de": "CSV, TXT, Excel (.xlsx, .xls), LibreOffice (.ods) oder vCard-Adressbuch (.vcf), höchstens {size} MB",
        "en": "CSV, TXT, Excel (.xlsx, .xls), LibreOffice (.ods) or vCard address book (.vcf), at most {size} MB",
    },
    "web-options": {
        "de": "Einstellungen",
        "en": "Options",
    },
    "web-kind": {
        "de": "Art der Kontakte",
        "en": "Kind of contacts",
    },
    "web-kind-auto": {
        "de": "automatisch (nach Kunden- und Lieferantennummer)",
        "en": "automatic (by customer and supplier number)",
    },
    "web-kind-customers": {
        "de": "alle sind Kunden",
        "en": "all are customers",
    },
    "web-kind-suppliers": {
        "de": "alle sind Lieferanten",
        "en": "all are suppliers",
    },
    "web-output-encoding": {
        "de": "Kodierung der Upload-Dateien",
        "en": "Encoding of the upload files",
    },
    "web-encoding-bom": {
        "de": "UTF-8 mit BOM (für Excel)",
        "en": "UTF-8 with BOM (for Excel)",
    },
    "web-sheet": {
        "de": "Tabellenblatt (nur Excel)",
        "en": "Sheet (Excel only)",
    },
    "web-header-row": {
        "de": "Kopfzeile (Zeilennummer)",
        "en": "Header row (line number)",
    },
    "web-header-row-invalid": {
        "de": "„{value}“ ist keine Zeilennummer. Geben Sie im Feld „Kopfzeile“ eine ganze Zahl ab 1 an (die Zeile der Spaltenüberschriften) oder lassen Sie es leer, dann wird sie erkannt.",
        "en": "“{value}” is no line number. Give a whole number from 1 in the “Header row” field (the line of the column headers), or leave it empty to have it found.",
    },
    "web-sheet-placeholder": {
        "de": "automatisch",
        "en": "automatic",
    },
    "web-mask": {
        "de": "Persönliche Daten im Bericht verbergen (zum Weitergeben an den Support)",
        "en": "Hide personal data in the report (to pass it to support)",
    },
    "web-check": {
        "de": "Prüfen",
        "en": "Check",
    },
    "web-busy": {
        "de": "Wird geprüft …",
        "en": "Checking …",
    },
    "web-privacy": {
        "de": "Die Datei wird nur auf diesem Rechner verarbeitet und nach einer Stunde ohne Zugriff gelöscht.",
        "en": "The file is processed on this computer only and deleted after an hour without access.",
    },
    "web-error-heading": {
        "de": "Das hat nicht geklappt",
        "en": "That did not work",
    },
    "web-again": {
        "de": "Andere Datei wählen",
        "en": "Choose another file",
    },
    "web-counts-one": {
        "de": "1 Datensatz gelesen, {uploaded} hochladbar, {rejected} abgelehnt",
        "en": "1 record read, {uploaded} ready to upload, {rejected} rejected",
    },
    "web-counts": {
        "de": "{read} Datensätze gelesen, {uploaded} hochladbar, {rejected} abgelehnt",
        "en": "{read} records read, {uploaded} ready to upload, {rejected} rejected",
    },
    "web-corrections": {
        "de": "{count} Korrekturrunden",
        "en": "{count} correction rounds",
    },
    "web-corrections-one": {
        "de": "1 Korrekturrunde",
        "en": "1 correction round",
    },
    "web-downloads": {
        "de": "Upload-Dateien",
        "en": "Upload files",
    },
    "web-upload-hint": {
        "de": "Laden Sie diese Dateien in lexoffice hoch: Kontakte → „…“ oben rechts → Kunden importieren bzw. Lieferanten importieren.",
        "en": "Upload these files in lexoffice: Kontakte → “…” top right → Kunden importieren or Lieferanten importieren.",
    },
    "web-no-upload": {
        "de": "Noch keine Zeile ist hochladbar. Korrigieren Sie die abgelehnten Zeilen unten.",
        "en": "No row is ready to upload yet. Correct the rejected rows below.",
    },
    "web-all-files": {
        "de": "Alle Ausgaben",
        "en": "All outputs",
    },
    "web-rejected": {
        "de": "Abgelehnte Zeilen ({count})",
        "en": "Rejected rows ({count})",
    },
    "web-rejected-hint": {
        "de": "Rot markierte Felder sind falsch; der Grund steht vorn in der Zeile. Korrigieren Sie sie hier und prüfen Sie erneut: korrigierte Zeilen kommen in die Upload-Dateien, mit denselben Regeln wie beim ersten Mal.",
        "en": "Fields marked red are wrong; the reason is at the start of the row. Correct them here and check again: corrected rows go into the upload files, by the same rules as the first time.",
    },
    "web-host-refused": {
        "de": "Diese Seite antwortet nur unter den Namen, unter denen sie gestartet wurde ({names}), nicht unter „{host}“. Öffnen Sie sie über einen dieser Namen, z. B. http://localhost mit der Portnummer aus dem Startfenster, oder starten Sie lexoffice-import serve mit --allow-host und dem Namen, unter dem Sie sie aufrufen.",
        "en": "This page answers only to the names it was started with ({names}), not to “{host}”. Open it by one of these names, e.g. http://localhost with the port from the start window, or start lexoffice-import serve with --allow-host and the name you call it by.",
    },
    "web-origin-refused": {
        "de": "Diese Anfrage kam von einer fremden Seite und wurde abgewiesen, damit keine andere Webseite in Ihrem Namen Dateien schicken kann. Öffnen Sie die Seite von lexoffice-import selbst und senden Sie das Formular dort.",
        "en": "This request came from a foreign page and was refused, so that no other website can send files in your name. Open the page of lexoffice-import itself and send the form there.",
    },
    "web-form-stale": {
        "de": "Diese Korrekturen stammen aus einer älteren Ansicht der Seite (einem zweiten Tab oder über „Zurück“): Inzwischen wurden weitere Korrekturen gesendet, und diese Ansicht würde sie rückgängig machen. Es wurde nichts geändert. Öffnen Sie die Seite neu und tragen Sie Ihre Korrekturen dort ein.",
        "en": "These corrections come from an older view of the page (a second tab, or via “Back”): further corrections were sent since, and this view would undo them. Nothing was changed. Open the page anew and enter your corrections there.",
    },
    "web-number-delivered": {
        "de": "Die Nummer „{value}“ in Zeile {at} gehört schon zu Zeile {row}, deren Kontakt Sie heruntergeladen haben (vielleicht ist er schon in lexoffice). Die Korrektur wurde nicht übernommen: Vergeben Sie eine andere Nummer oder lassen Sie das Feld leer, dann vergibt lexoffice eine.",
        "en": "The number “{value}” in row {at} belongs to row {row} already, whose contact you downloaded (it may be in lexoffice already). The correction was not taken: give another number or leave the field empty, and lexoffice assigns one.",
    },
    "web-undelivered": {
        "de": "Sie haben schon Upload-Dateien mit {count} Kontakten heruntergeladen. Haben Sie sie bereits in lexoffice importiert, laden Sie jetzt nur diese Dateien hoch: Sie enthalten nur die Kontakte, die seither dazugekommen sind. Die vollständigen Dateien würden die übrigen ein zweites Mal anlegen.",
        "en": "You have already downloaded upload files with {count} contacts. If you have imported them into lexoffice, upload only these files now: they hold only the contacts added since. The complete files would create the others a second time.",
    },
    "web-all-delivered": {
        "de": "Sie haben alle Kontakte dieser Upload-Dateien schon heruntergeladen ({count} Kontakte). Haben Sie sie in lexoffice importiert, ist nichts mehr hochzuladen: Die Dateien unten würden sie ein zweites Mal anlegen.",
        "en": "You have already downloaded every contact of these upload files ({count} contacts). If you have imported them into lexoffice, there is nothing left to upload: the files below would create them a second time.",
    },
    "web-delivered-file": {
        "de": "alle Kontakte schon heruntergeladen",
        "en": "every contact downloaded already",
    },
    "web-undelivered-rows": {"de": "{rows} neue Kontakte", "en": "{rows} new contacts"},
    "web-undelivered-else": {
        "de": "Haben Sie noch nichts importiert, nehmen Sie die vollständigen Dateien darunter.",
        "en": "If you have imported nothing yet, take the complete files below.",
    },
    "web-rejected-more": {
        "de": "Die Tabelle zeigt die ersten {shown} von {total} abgelehnten Zeilen. Korrigieren Sie diese und prüfen Sie erneut, dann erscheinen die nächsten. Alle stehen in der Datei:",
        "en": "The table shows the first {shown} of {total} rejected rows. Correct them and check again, then the next ones appear. All of them are in the file:",
    },
    "web-correct": {
        "de": "Korrekturen prüfen",
        "en": "Check corrections",
    },
    "web-mapping": {
        "de": "Zuordnung der Spalten",
        "en": "Column mapping",
    },
    "web-mapping-hint": {
        "de": "Jede Spalte Ihrer Datei und die lexoffice-Spalte, in die sie kommt. Ändern Sie eine Zuordnung und prüfen Sie erneut.",
        "en": "Each column of your file and the lexoffice column it goes to. Change a mapping and check again.",
    },
    "web-note": {
        "de": "Hinweis",
        "en": "Note",
    },
    "web-not-mapped": {
        "de": "— nicht übernehmen —",
        "en": "— do not use —",
    },
    "web-suggested": {
        "de": "Vorschlag",
        "en": "suggested",
    },
    "web-merges": {
        "de": "Aufteilen oder anhängen",
        "en": "Split or append",
    },
    "web-merge-contact-person": {
        "de": "Ansprechpartner: ganzer Name → Anrede, Vorname, Nachname",
        "en": "Contact person: whole name → salutation, first name, last name",
    },
    "web-merge-person-name": {
        "de": "Ganzer Name: Firma oder Person, Zeile für Zeile",
        "en": "Whole name: company or person, row by row",
    },
    "web-merge-postcode-city": {
        "de": "PLZ und Ort in einer Zelle → PLZ 1, Ort 1",
        "en": "Postcode and city in one cell → PLZ 1, Ort 1",
    },
    "web-merge-phone-area": {
        "de": "Vorwahl → vor die Telefonnummer daneben setzen",
        "en": "Area code → put before the phone number beside it",
    },
    "web-merge-phone-country": {
        "de": "Ländervorwahl → vor die Telefonnummer daneben setzen",
        "en": "Calling code → put before the phone number beside it",
    },
    "web-merge-house-number-suffix": {
        "de": "Hausnummerzusatz → mit der Hausnummer an Straße 1 anhängen",
        "en": "House number addition → appended with the number to Straße 1",
    },
    "web-merge-house-number": {
        "de": "Hausnummer → an Straße 1 anhängen",
        "en": "House number → appended to Straße 1",
    },
    "web-apply-mapping": {
        "de": "Mit dieser Zuordnung prüfen",
        "en": "Check with this mapping",
    },
    "web-report": {
        "de": "Bericht",
        "en": "Report",
    },
    "web-open-report": {
        "de": "Bericht in neuem Fenster öffnen",
        "en": "Open the report in a new window",
    },
    "web-another": {
        "de": "Weitere Datei prüfen",
        "en": "Check another file",
    },
    "web-batch-heading": {"de": "{count} Dateien geprüft", "en": "{count} files checked"},
    "web-file": {"de": "Datei", "en": "File"},
    "web-verdict": {"de": "Ergebnis", "en": "Result"},
    "web-rows": {"de": "Datensätze", "en": "Records"},
    "web-no-file": {
        "de": "Es wurde keine Datei gesendet. Wählen Sie eine Datei aus.",
        "en": "No file was sent. Choose a file.",
    },
    "web-too-large": {
        "de": "Die Datei ist zu groß für diese Seite: Sie nimmt höchstens {cap} auf einmal. Eine Kontaktliste ist selten so groß; prüfen Sie, ob es die richtige Datei ist. Größere Dateien prüft der Befehl lexoffice-import check (mit --max-input-size).",
        "en": "The file is too large for this page: it takes at most {cap} at once. A contact list is rarely that large; check that it is the right file. Larger files are checked by the command lexoffice-import check (with --max-input-size).",
    },
    "web-length-required": {
        "de": "Die Anfrage nennt ihre Größe nicht (Content-Length); sie wird nicht gelesen.",
        "en": "The request does not state its size (Content-Length); it is not read.",
    },
    "web-form-refused": {
        "de": "Das Formular ließ sich nicht lesen: Es nimmt höchstens {files} Dateien auf einmal, und jedes Feld höchstens 1 MB. Wählen Sie weniger Dateien aus und prüfen Sie erneut.",
        "en": "The form could not be read: it takes at most {files} files at once, and each field at most 1 MB. Choose fewer files and check again.",
    },
    "web-not-found": {
        "de": "Diese Seite gibt es nicht. Beginnen Sie auf der Startseite, oder öffnen Sie das Ergebnis Ihrer Datei über den Link auf der Ergebnisseite.",
        "en": "This page does not exist. Start on the home page, or open the result of your file with the link on the result page.",
    },
    "web-change-refused": {
        "de": "Ihre Änderung wurde nicht übernommen; Ihre Datei und das letzte Ergebnis sind unverändert. Grund: {reason}",
        "en": "Your change was not taken; your file and the last result are unchanged. Reason: {reason}",
    },
    "web-back-to-file": {
        "de": "Zurück zu Ihrer Datei und dem letzten Ergebnis",
        "en": "Back to your file and the last result",
    },
    "web-session-gone": {
        "de": "Diese Sitzung gibt es nicht mehr (abgelaufen oder unbekannt). Laden Sie die Datei erneut hoch.",
        "en": "This session no longer exists (expired or unknown). Upload the file again.",
    },
    "help-cmd-serve": {
        "de": "Startet die lokale Webseite: Datei hochladen, Bericht lesen, abgelehnte Zeilen im Browser korrigieren, Upload-Dateien herunterladen.\n\n\b\nBeispiel:\n    lexoffice-import serve --open",
        "en": "Starts the local web page: upload a file, read the report, correct rejected rows in the browser, download the upload files.\n\n\b\nExample:\n    lexoffice-import serve --open",
    },
    "help-serve-host": {
        "de": "Adresse, an der die Seite erreichbar ist (Standard: nur dieser Rechner). Eine andere macht die Daten im Netz erreichbar.",
        "en": "Address the page listens on (default: this computer only). Another one makes the data reachable on the network.",
    },
    "help-serve-port": {
        "de": "Port der Seite.",
        "en": "Port of the page.",
    },
    "help-serve-allow-host": {
        "de": "Ein weiterer Name, unter dem die Seite aufgerufen wird (der öffentliche Name eines Reverse Proxys); wiederholbar.",
        "en": "Another name the page is called by (a reverse proxy's public name); repeatable.",
    },
    "help-serve-open": {
        "de": "Die Seite im Browser öffnen.",
        "en": "Open the page in the browser.",
    },
    "serve-started": {
        "de": "lexoffice-import läuft: {url}  (Beenden mit Strg+C)",
        "en": "lexoffice-import is running: {url}  (stop with Ctrl+C)",
    },
    "serve-running-already": {
        "de": "lexoffice-import läuft hier schon: {url} (in einem anderen Fenster). Öffnen Sie die Adresse im Browser; eine zweite Seite wird nicht gestartet.",
        "en": "lexoffice-import is running here already: {url} (in another window). Open the address in the browser; no second page is started.",
    },
    "serve-running-already-opened": {
        "de": "lexoffice-import läuft hier schon: {url} (in einem anderen Fenster). Die Seite ist im Browser geöffnet; eine zweite wird nicht gestartet.",
        "en": "lexoffice-import is running here already: {url} (in another window). The page is open in the browser; no second one is started.",
    },
    "serve-port-in-use": {
        "de": "Der Port {port} ist von einem anderen Programm belegt. Starten Sie die Seite an einem freien Port, z. B. mit --port {free}.",
        "en": "Port {port} is in use by another program. Start the page on a free port, e.g. with --port {free}.",
    },
    "serve-port-in-use-no-free": {
        "de": "Der Port {port} ist von einem anderen Programm belegt, die 50 Ports danach auch. Beenden Sie das andere Programm oder wählen Sie mit --port einen freien Port (1024 bis 65535).",
        "en": "Port {port} is in use by another program, and so are the 50 ports after it. End the other program or choose a free port with --port (1024 to 65535).",
    },
    "serve-port-refused": {
        "de": "Die Seite kann nicht an {host}:{port} starten ({reason}). Prüfen Sie --host und --port: ohne --host läuft sie nur auf diesem Rechner (127.0.0.1); Ports unter 1024 brauchen Administratorrechte.",
        "en": "The page cannot start at {host}:{port} ({reason}). Check --host and --port: without --host it runs on this computer only (127.0.0.1); ports below 1024 need administrator rights.",
    },
    "serve-not-loopback": {
        "de": "Achtung: --host {host} macht die Seite und die hochgeladenen Kontaktdaten für andere Rechner im Netz erreichbar. Nutzen Sie das nur hinter einem geschützten Zugang (Reverse Proxy mit Anmeldung).",
        "en": "Warning: --host {host} makes the page and the uploaded contact data reachable for other computers on the network. Use it only behind a protected entrance (a reverse proxy with login).",
    },
    # --- command line help -------------------------------------------------------------------
    "help-map": {
        "de": 'Zuordnung erzwingen, z. B. --map "Name 1=Firmenname"; "QUELLE=" ordnet nichts zu. Mehrfach möglich.',
        "en": 'Force a mapping, e.g. --map "Name 1=Firmenname"; "SOURCE=" maps nothing. Repeatable.',
    },
    "help-save-mapping": {
        "de": "Die verwendete Zuordnung in diese Datei schreiben (für --mapping beim nächsten Lauf).",
        "en": "Write the mapping used to this file (for --mapping next time).",
    },
    "help-renumber": {
        "de": "Kunden- und Lieferantennummern außerhalb 10000–69999 bzw. 70000–99999: diese leeren (clear) oder alle Nummern der Spalte um N verschieben (offset:N; so bleiben sie verschieden).",
        "en": "Customer and supplier numbers outside 10000–69999 and 70000–99999: clear those (clear) or shift every number of the column by N (offset:N; so they stay distinct).",
    },
    "help-catalog": {
        "de": "Spaltenkatalog erweitern oder ersetzen (TOML, siehe reference/catalog.toml).",
        "en": "Extend or replace the column catalog (TOML, see reference/catalog.toml).",
    },
    "help-kind": {
        "de": "auto: Zeilen mit Lieferantennummer sind Lieferanten, alle anderen Kunden (in einer Datei nur mit Lieferantennummern, oder ohne Nummern und mit „Lieferanten“ im Namen: Lieferanten); kunden oder lieferanten: alle Zeilen in diese Datei.",
        "en": "auto: rows with a Lieferantennummer are suppliers, all others customers (in a file with supplier numbers only, or without numbers and named for suppliers: suppliers); kunden (customers) or lieferanten (suppliers): every row into that file.",
    },
    "help-reference-out": {
        "de": "Zieldatei (Standard: lexoffice-schnellreferenz.html im aktuellen Ordner, außer mit --pdf).",
        "en": "Target file (default: lexoffice-schnellreferenz.html in the current folder, unless --pdf is given).",
    },
    "help-template-out": {
        "de": "Zieldatei (Standard: lexoffice-vorlage-kunden.csv bzw. -lieferanten.csv im aktuellen Ordner; - für die Standardausgabe).",
        "en": "Target file (default: lexoffice-vorlage-kunden.csv or -lieferanten.csv in the current folder; - for standard output).",
    },
    "help-encoding": {
        "de": "Kodierung vorgeben, z. B. cp1252, utf-8, mac_roman (sonst erkannt).",
        "en": "Give the encoding, e.g. cp1252, utf-8, mac_roman (detected otherwise).",
    },
    "help-mask": {
        "de": "Personendaten im HTML- und im JSON-Bericht unkenntlich machen (für den Support).",
        "en": "Hide personal data in the HTML and the JSON report (for support).",
    },
    "help-max-input-size": {
        "de": "Größere Eingaben werden abgelehnt, bevor sie gelesen werden.",
        "en": "Larger inputs are refused before they are read.",
    },
    "help-delimiter": {
        "de": "Trennzeichen vorgeben: ';' ',' '|' '#' oder tab (sonst erkannt).",
        "en": "Give the delimiter: ';' ',' '|' '#' or tab (detected otherwise).",
    },
    "help-mapping": {
        "de": "Zuordnungen aus einer Datei (von --save-mapping) übernehmen.",
        "en": "Take mappings from a file (written by --save-mapping).",
    },
    "help-out": {
        "de": "Ordner für die Ausgaben (Standard: der Ordner der Eingabe).",
        "en": "Folder for the outputs (default: the input's folder).",
    },
    "help-json": {
        "de": "Den JSON-Bericht auf stdout ausgeben (sonst nichts).",
        "en": "Print the JSON report to stdout (nothing else).",
    },
    "help-map-json": {
        "de": "Die Spaltenliste des JSON-Berichts ausgeben.",
        "en": "Print the column list of the JSON report.",
    },
    "help-debug": {
        "de": "Bei internen Fehlern den Traceback zeigen.",
        "en": "Show the traceback of internal errors.",
    },
    "help-template-kind": {
        "de": "Vorlage für Kunden oder Lieferanten.",
        "en": "Template for customers or suppliers.",
    },
    "help-lang": {
        "de": "Sprache von Meldungen und Bericht.",
        "en": "Language of messages and report.",
    },
    "help-no-html": {
        "de": "Keinen HTML-Bericht schreiben.",
        "en": "Write no HTML report.",
    },
    "help-output-encoding": {
        "de": "Kodierung der Upload-Dateien.",
        "en": "Encoding of the upload files.",
    },
    "help-template-encoding": {
        "de": "Kodierung der Vorlage (utf-8-sig: UTF-8 mit BOM, für Excel).",
        "en": "Encoding of the template (utf-8-sig: UTF-8 with BOM, for Excel).",
    },
    "help-cmd-main": {
        "de": "Prüft Kontaktdateien (CSV, Excel, LibreOffice) für den lexoffice-Import von Kunden und Lieferanten.\n\n\b\nBeispiel:\n    lexoffice-import check kunden.csv",
        "en": "Checks contact files (CSV, Excel, LibreOffice) for the lexoffice import of customers and suppliers.\n\n\b\nExample:\n    lexoffice-import check kunden.csv",
    },
    "help-cmd-check": {
        "de": "Prüft DATEIEN... (CSV-Dateien, Excel- und LibreOffice-Arbeitsmappen, Ordner oder - für die Standardeingabe) und schreibt die Upload-Dateien für lexoffice.\n\nDie Eingabe wird nie verändert. Die Ausgaben heißen wie die Eingabe: <name>.kunden.csv,\n<name>.lieferanten.csv (über 2 MB: -1, -2 …), <name>.rejected.csv, <name>.unmapped.csv,\n<name>.report.html und <name>.report.json. Sie ersetzen nur Dateien, die lexoffice-import\nselbst geschrieben hat und die seither niemand geändert hat (verzeichnet in .lexoffice-import.json).\n\n\b\nBeispiel:\n    lexoffice-import check export.csv --out ergebnis/",
        "en": "Checks FILE... (CSV files, Excel and LibreOffice workbooks, folders or - for standard input) and writes the upload files for lexoffice.\n\nThe input is never changed. The outputs are named after the input: <name>.kunden.csv,\n<name>.lieferanten.csv (above 2 MB: -1, -2 …), <name>.rejected.csv, <name>.unmapped.csv,\n<name>.report.html and <name>.report.json. They replace only files lexoffice-import wrote\nitself and nobody changed since (listed in .lexoffice-import.json).\n\n\b\nExample:\n    lexoffice-import check export.csv --out ergebnis/",
    },
    "help-cmd-map": {
        "de": 'Zeigt, wie die Spalten von DATEI den lexoffice-Spalten zugeordnet werden.\n\nLiest nur Kopf und Daten (für die Wertezählung); schreibt nichts außer --save-mapping.\n\n\b\nBeispiel:\n    lexoffice-import map export.csv --map "Name 1=Firmenname"',
        "en": 'Shows how the columns of FILE are mapped to the lexoffice columns.\n\nReads only header and data (to count values); writes nothing but --save-mapping.\n\n\b\nExample:\n    lexoffice-import map export.csv --map "Name 1=Firmenname"',
    },
    "help-cmd-reference": {
        "de": "Schreibt die Schnellreferenz als HTML: jede lexoffice-Spalte mit Regeln, Beispiel und erkannten Überschriften.\n\n\b\nBeispiel:\n    lexoffice-import reference --out schnellreferenz.html",
        "en": "Writes the quick reference as HTML: every lexoffice column with rules, example and recognised headers.\n\n\b\nExample:\n    lexoffice-import reference --out schnellreferenz.html",
    },
    "help-cmd-template": {
        "de": "Schreibt eine Upload-Vorlage: die Kopfzeile mit den lexoffice-Spalten in Katalogreihenfolge, als UTF-8 mit BOM (Excel zeigt Umlaute richtig); mit --example auch eine Beispielzeile.\n\n\b\nBeispiel:\n    lexoffice-import template --kind lieferanten --example --out lieferanten-vorlage.csv",
        "en": "Writes an upload template: the header row with the lexoffice columns in catalog order, as UTF-8 with BOM (Excel shows umlauts right); with --example also one example row.\n\n\b\nExample:\n    lexoffice-import template --kind lieferanten --example --out lieferanten-vorlage.csv",
    },
    "exit-ready": {"de": "bereit zum Hochladen", "en": "ready to upload"},
    "exit-needs-attention": {
        "de": "bitte prüfen (abgelehnte Zeilen oder Warnungen)",
        "en": "needs attention (rejected rows or warnings)",
    },
    "exit-usage": {"de": "Aufruf fehlerhaft (Option oder Wert)", "en": "usage error (option or value)"},
    "exit-input-unusable": {
        "de": "Eingabe unbrauchbar (keine lesbare CSV-Datei oder Arbeitsmappe)",
        "en": "input unusable (no readable CSV file or workbook)",
    },
    "exit-internal": {
        "de": "interner Fehler (--debug zeigt Details)",
        "en": "internal error (--debug shows details)",
    },
    "help-exit-codes": {"de": "Exit-Codes:", "en": "Exit codes:"},
    "help-version": {"de": "Version zeigen und beenden.", "en": "Show the version and exit."},
    "help-help": {"de": "Diese Hilfe zeigen und beenden.", "en": "Show this help and exit."},
    # --- structure traps, injection, bounded reports (issue 11) ---
    "input-quote-swallows": {
        "de": '{path}: Das Anführungszeichen am Anfang des Werts in Zeile {line} (Spalte „{column}“) wird erst in Zeile {end} geschlossen: alle Datensätze bis dorthin würden sonst in dieser einen Zelle landen. Meist ist es ein einzelnes " am Anfang einer Bemerkung. Öffnen Sie die Datei in einem Texteditor, entfernen Sie das Anführungszeichen am Anfang des Werts in Zeile {line} und prüfen Sie dann erneut.',
        "en": '{path}: the quote at the start of the value on line {line} (column “{column}”) is closed only on line {end}: every record up to there would otherwise end up in this one cell. Usually it is a single " at the start of a note. Open the file in a text editor, remove the quote at the start of the value on line {line}, and check again.',
    },
    "input-quote-unclosed": {
        "de": '{path}: Das Anführungszeichen am Anfang des Werts in Zeile {line} (Spalte „{column}“) wird nirgends geschlossen: alle Datensätze bis zum Dateiende würden sonst in dieser einen Zelle landen. Meist ist es ein einzelnes " am Anfang einer Bemerkung. Öffnen Sie die Datei in einem Texteditor, entfernen Sie das Anführungszeichen am Anfang des Werts in Zeile {line} und prüfen Sie dann erneut.',
        "en": '{path}: the quote at the start of the value on line {line} (column “{column}”) is closed nowhere: every record up to the end of the file would otherwise end up in this one cell. Usually it is a single " at the start of a note. Open the file in a text editor, remove the quote at the start of the value on line {line}, and check again.',
    },
    "header-reserved": {
        "de": "Die Überschrift „{original}“ von Spalte {index} verwendet lexoffice-import selbst; die Spalte heißt hier „{name}“.",
        "en": "lexoffice-import uses the header “{original}” of column {index} itself; the column is called “{name}” here.",
    },
    "header-mojibake-repaired": {
        "de": "Die Überschrift „{original}“ von Spalte {index} war falsch kodiert (UTF-8 als Windows-1252 gelesen) und heißt hier „{name}“.",
        "en": "The header “{original}” of column {index} was wrongly encoded (UTF-8 read as Windows-1252) and is called “{name}” here.",
    },
    "rule-header-mojibake-repaired-title": {"de": "Überschrift repariert", "en": "Header repaired"},
    "rule-header-mojibake-repaired-hint": {
        "de": "Nichts zu tun. Die Überschrift war doppelt kodiert und wurde vor der Zuordnung repariert, wie die Werte; prüfen Sie den Export im Quellprogramm.",
        "en": "Nothing to do. The header was encoded twice and was repaired before mapping, like the values; check the export in the source program.",
    },
    "catalog-reserved-name": {
        "de": "der Spaltenname „{name}“ beginnt mit „__“; solche Namen verwendet lexoffice-import selbst",
        "en": "the column name “{name}” starts with “__”; lexoffice-import uses such names itself",
    },
    "value-spans-records": {
        "de": "Der Wert in {column} beginnt in Zeile {first} mit einem Anführungszeichen und reicht bis Zeile {end}; mindestens eine Zeile darin sieht wie ein ganzer Datensatz aus. Gehört das Anführungszeichen am Anfang nicht dorthin, entfernen Sie es und prüfen Sie erneut; sonst ist nichts zu tun.",
        "en": "The value in {column} starts with a quote on line {first} and runs to line {end}; at least one line inside it looks like a whole record. If the quote at its start does not belong there, remove it and check again; otherwise there is nothing to do.",
    },
    "rule-value-spans-records-title": {"de": "Wert enthält Datensätze", "en": "Value holds records"},
    "rule-value-spans-records-hint": {
        "de": "Ein Anführungszeichen am Anfang eines Werts, das erst viele Zeilen später geschlossen wird, fasst alle Datensätze dazwischen zu einer Zelle zusammen. Entfernen Sie es im Texteditor, wenn es nicht dorthin gehört.",
        "en": "A quote at the start of a value that is closed only many lines later joins every record in between into one cell. Remove it in a text editor if it does not belong there.",
    },
    "issue-fix-creates-formula": {
        "de": "Die Korrektur „{fix}“ würde „{value}“ in {column} zu „{result}“ machen, und ein Wert, der mit „{char}“ beginnt, wird von Tabellenprogrammen als Formel ausgeführt. Die Zeile steht daher mit ihren ursprünglichen Werten in der Datei der abgelehnten Zeilen: ändern Sie den Wert dort so, dass er nicht mit „{char}“ beginnt, und prüfen Sie erneut.",
        "en": "The fix “{fix}” would turn “{value}” in {column} into “{result}”, and spreadsheets run a value starting with “{char}” as a formula. The row is therefore in the rejected-rows file with its original values: change the value there so that it does not start with “{char}”, and check again.",
    },
    "rule-fix-creates-formula-title": {
        "de": "Korrektur ergäbe eine Formel",
        "en": "Fix would create a formula",
    },
    "rule-fix-creates-formula-hint": {
        "de": "Eine Korrektur (z. B. Leerzeichen entfernen oder PLZ und Ort trennen) hätte einen Wert erzeugt, den Excel als Formel ausführt. Ändern Sie den Wert in der Datei der abgelehnten Zeilen.",
        "en": "A fix (e.g. removing spaces or splitting postcode and city) would have made a value Excel runs as a formula. Change the value in the rejected-rows file.",
    },
    "html-fixes-more": {
        "de": "… weitere {n}; der JSON-Bericht nennt jede Korrektur einmal, mit ihrer Anzahl",
        "en": "… {n} more; the JSON report names each fix once, with its count",
    },
    "input-too-many-columns": {
        "de": "{path} hat {count} Spalten; lexoffice-import liest höchstens {cap} (auch große Exporte haben selten mehr als 250). Ist das Trennzeichen richtig erkannt ({delimiter})? Geben Sie es sonst mit --delimiter an, oder exportieren Sie nur die Spalten, die Sie brauchen.",
        "en": "{path} has {count} columns; lexoffice-import reads at most {cap} (even large exports rarely have more than 250). Was the delimiter detected right ({delimiter})? Otherwise give it with --delimiter, or export only the columns you need.",
    },
    "input-record-too-wide": {
        "de": "{path}: Der Datensatz ab Zeile {line} hat {count} Felder; lexoffice-import liest höchstens {cap} Spalten. Sehen Sie sich diese Zeile im Texteditor an (oft ein falsches Trennzeichen oder ein fehlendes Anführungszeichen), korrigieren Sie sie und prüfen Sie dann erneut.",
        "en": "{path}: the record starting on line {line} has {count} fields; lexoffice-import reads at most {cap} columns. Look at this line in a text editor (often a wrong delimiter or a missing quote), correct it and check again.",
    },
    "delimiter-suspicious-sep": {
        "de": "Die Zeile „sep=“ am Anfang der Datei nennt das Trennzeichen {given}; damit hat die Kopfzeile nur eine Spalte, mit {likely} wären es {fields}. Löschen Sie die Zeile „sep=“ in einem Texteditor, oder geben Sie --delimiter {option} an.",
        "en": "The line “sep=” at the start of the file names the delimiter {given}; with it the header has one column only, with {likely} it would have {fields}. Delete the “sep=” line in a text editor, or give --delimiter {option}.",
    },
    "delimiter-suspicious": {
        "de": "Mit dem vorgegebenen Trennzeichen {given} hat die Kopfzeile nur eine Spalte; mit {likely} wären es {fields}. Lassen Sie --delimiter weg, damit das Trennzeichen erkannt wird, oder geben Sie --delimiter {option} an.",
        "en": "With the given delimiter {given} the header has one column only; with {likely} it would have {fields}. Leave out --delimiter to have the delimiter detected, or give --delimiter {option}.",
    },
    "delimiter-suspicious-none": {
        "de": "Die Datei hat kein übliches Trennzeichen (Semikolon, Komma, Tabulator, senkrechter Strich, Raute) und wurde als eine einzige Spalte gelesen; mit {likely} hätte die Kopfzeile {fields} Spalten und fast jede Zeile ebenso viele. Ist {likely} das Trennzeichen, prüfen Sie erneut mit --delimiter {option}.",
        "en": "The file has no usual delimiter (semicolon, comma, tab, vertical bar, hash) and was read as a single column; with {likely} the header would have {fields} columns and nearly every line as many. If {likely} is the delimiter, check again with --delimiter {option}.",
    },
    "delimiter-suspicious-none@web": {
        "de": "Die Datei hat kein übliches Trennzeichen (Semikolon, Komma, Tabulator, senkrechter Strich, Raute) und wurde als eine einzige Spalte gelesen; mit {likely} hätte die Kopfzeile {fields} Spalten. Öffnen Sie die Datei in Excel (Daten > Text in Spalten, Trennzeichen {likely}), speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie die neue Datei hoch.",
        "en": "The file has no usual delimiter (semicolon, comma, tab, vertical bar, hash) and was read as a single column; with {likely} the header would have {fields} columns. Open the file in Excel (Data > Text to Columns, delimiter {likely}), save it as “CSV UTF-8 (Comma delimited)” and upload the new file.",
    },
    "rule-delimiter-suspicious-title": {"de": "Trennzeichen zweifelhaft", "en": "Delimiter doubtful"},
    "rule-delimiter-suspicious-hint": {
        "de": "Das mit --delimiter vorgegebene oder das angenommene Zeichen trennt die Spalten nicht; ein anderes schon. Prüfen Sie --delimiter.",
        "en": "The character given with --delimiter, or the one assumed, does not separate the columns; another one does. Check --delimiter.",
    },
    "catalog-unknown-key": {
        "de": "Die Katalogdatei {path} enthält den unbekannten Schlüssel „{key}“ {where}.{hint} Erlaubt sind dort: {known}. Korrigieren Sie die Datei bei --catalog.",
        "en": "The catalog file {path} holds the unknown key “{key}” {where}.{hint} Allowed there: {known}. Fix the file given with --catalog.",
    },
    "catalog-did-you-mean": {"de": " Meinten Sie „{key}“?", "en": " Did you mean “{key}”?"},
    "catalog-where-top": {"de": "auf der obersten Ebene", "en": "at the top level"},
    "catalog-where-table": {"de": "in {table}", "en": "in {table}"},
    "catalog-where-column": {
        "de": "in der Spalte „{name}“ ([[column]])",
        "en": "in the column “{name}” ([[column]])",
    },
    "catalog-wrong-type": {
        "de": "{what} fehlt oder hat die falsche Art (Zahl, Text, Liste oder Tabelle wie in reference/catalog.toml)",
        "en": "{what} is missing or of the wrong kind (number, text, list or table as in reference/catalog.toml)",
    },
    "catalog-is-mapping": {
        "de": "{path} ist eine Zuordnungsdatei (Abschnitt [mapping]), keine Katalogdatei. Geben Sie sie mit --mapping an, nicht mit --catalog.",
        "en": "{path} is a mapping file (section [mapping]), not a catalog file. Give it with --mapping, not with --catalog.",
    },
    "mapping-file-unknown-key": {
        "de": "Die Zuordnungsdatei {path} (--mapping) enthält den unbekannten Schlüssel „{key}“; erlaubt ist nur der Abschnitt [mapping]. Korrigieren Sie die Datei oder schreiben Sie sie mit --save-mapping neu.",
        "en": "The mapping file {path} (--mapping) holds the unknown key “{key}”; only the section [mapping] is allowed. Fix the file or write it anew with --save-mapping.",
    },
    "mapping-file-is-catalog": {
        "de": "{path} ist eine Katalogdatei (Spalten und Einstellungen), keine Zuordnungsdatei. Geben Sie sie mit --catalog an, nicht mit --mapping; eine Zuordnungsdatei schreibt --save-mapping.",
        "en": "{path} is a catalog file (columns and settings), not a mapping file. Give it with --catalog, not with --mapping; --save-mapping writes a mapping file.",
    },
    # --- pipeline stages ------------------------------------------------------------------
    "mapping-unknown-source": {
        "de": "--map/--mapping nennt Spalten, die es in der Datei nicht gibt: {sources}. Prüfen Sie die Schreibweise der Überschriften.",
        "en": "--map/--mapping names columns the file does not have: {sources}. Check the spelling of the headers.",
    },
    "mapping-role-excluded": {
        "de": "Die Spalte {target} gehört nicht in die Upload-Datei, weil --kind {kind} gewählt ist; ihre Werte stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The column {target} has no place in the upload file because --kind {kind} is chosen; its values are in the unmapped-columns file.",
    },
    # the word the user typed most likely: --kind takes kunden/lieferanten and customers/suppliers
    "kind-customers": {"de": "kunden", "en": "customers"},
    "kind-suppliers": {"de": "lieferanten", "en": "suppliers"},
    "mapping-target-twice": {
        "de": 'Die Zuordnung (--map oder --mapping) gibt „{target}“ zwei Spalten: „{first}“ und „{second}“. Eine lexoffice-Spalte nimmt nur eine Spalte auf: lassen Sie eine der beiden Angaben weg oder schreiben Sie --map "{second}=", damit „{second}“ keiner Spalte zugeordnet wird.',
        "en": 'The mapping (--map or --mapping) gives “{target}” two columns: “{first}” and “{second}”. A lexoffice column takes one column only: leave out one of the two, or write --map "{second}=" so that “{second}” is mapped to no column.',
    },
    "column-values-suggestion": {
        "de": 'Die Spalte „{source}“ ({count} Werte) wurde nach ihrer Überschrift keiner lexoffice-Spalte zugeordnet; {score} % ihrer Werte passen aber zu „{suggestion}“, und keine andere Spalte füllt sie. Ist das richtig, ordnen Sie sie mit --map "{source}={suggestion}" zu; sonst stehen ihre Werte in der Datei der nicht zugeordneten Spalten.',
        "en": 'The column “{source}” ({count} values) was mapped to no lexoffice column by its header; but {score} % of its values fit “{suggestion}”, which no other column fills. If that is right, map it with --map "{source}={suggestion}"; otherwise its values are in the unmapped-columns file.',
    },
    "column-suggestion": {
        "de": 'Die Spalte „{source}“ ({count} Werte) wurde nicht zugeordnet; sie ähnelt „{suggestion}“ ({score} %). Ist das richtig, ordnen Sie sie mit --map "{source}={suggestion}" zu; sonst stehen ihre Werte in der Datei der nicht zugeordneten Spalten.',
        "en": 'The column “{source}” ({count} values) was not mapped; it resembles “{suggestion}” ({score} %). If that is right, map it with --map "{source}={suggestion}"; otherwise its values are in the unmapped-columns file.',
    },
    "removed-value-column": {"de": "{source} (entfernt)", "en": "{source} (removed)"},
    "merge-unused-column": {"de": "{source} (nicht übernommen)", "en": "{source} (not merged)"},
    "renumber-old-column": {"de": "Kundennummer (alt)", "en": "Kundennummer (old)"},
    "customer-number-cleared": {
        "de": "Die Kundennummer {value} liegt außerhalb von 10000–69999 und wurde geleert (--renumber clear); lexoffice vergibt eine neue. Die alte Nummer steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Customer number {value} is outside 10000–69999 and was cleared (--renumber clear); lexoffice assigns a new one. The old number is in the unmapped-columns file.",
    },
    "renumber-old-supplier-column": {"de": "Lieferantennummer (alt)", "en": "Lieferantennummer (old)"},
    "renumber-what-customer": {"de": "Kundennummern", "en": "customer numbers"},
    "renumber-what-supplier": {"de": "Lieferantennummern", "en": "supplier numbers"},
    "renumber-invalid-customer": {"de": "ungültige Kundennummern", "en": "invalid customer numbers"},
    "renumber-invalid-customer-one": {"de": "ungültige Kundennummer", "en": "invalid customer number"},
    "renumber-invalid-supplier": {"de": "ungültige Lieferantennummern", "en": "invalid supplier numbers"},
    "renumber-invalid-supplier-one": {"de": "ungültige Lieferantennummer", "en": "invalid supplier number"},
    "supplier-number-cleared": {
        "de": "Die Lieferantennummer {value} liegt außerhalb des erlaubten Bereichs (Standard 70000–99999) und wurde geleert (--renumber clear); lexoffice vergibt eine neue. Die alte Nummer steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Supplier number {value} is outside the allowed range (default 70000–99999) and was cleared (--renumber clear); lexoffice assigns a new one. The old number is in the unmapped-columns file.",
    },
    "supplier-number-offset": {
        "de": "Lieferantennummer {value} → {new} (--renumber offset).",
        "en": "Supplier number {value} → {new} (--renumber offset).",
    },
    "customer-number-offset": {
        "de": "Kundennummer {value} → {new} (--renumber offset).",
        "en": "Customer number {value} → {new} (--renumber offset).",
    },
    "metavar-char": {"de": "zeichen", "en": "char"},
    "metavar-size": {"de": "größe", "en": "size"},
    "metavar-sheet": {"de": "NAME|N", "en": "NAME|N"},
    "help-header-row": {
        "de": "Die Zeile der Spaltenüberschriften (ab 1; bei Arbeitsmappen die Zeilennummer im Blatt), wenn sie nicht von selbst gefunden wird; die Zeilen darüber werden übersprungen.",
        "en": "The line of the column headers (from 1; in workbooks the row number in the sheet) when it is not found by itself; the lines above it are skipped.",
    },
    "help-sheet": {
        "de": "Arbeitsmappen: das Blatt, das gelesen wird (Name oder Nummer ab 1; sonst das Blatt, dessen Überschriften am besten passen).",
        "en": "Workbooks: the sheet to read (name or number from 1; otherwise the sheet whose headers fit best).",
    },
    "metavar-map": {"de": "QUELLE=ZIEL", "en": "SOURCE=TARGET"},
    "usage-kind": {
        "de": "--kind versteht „auto“, „kunden“ oder „lieferanten“ (auch „customers“, „suppliers“) (erhalten: {value}).",
        "en": "--kind takes “auto”, “kunden” or “lieferanten” (also “customers”, “suppliers”) (got: {value}).",
    },
    "usage-output-encoding": {
        "de": "Als Kodierung der Upload-Dateien gibt es nur {values} (erhalten: {value}).",
        "en": "The upload files can only be encoded as {values} (got: {value}).",
    },
    "usage-renumber": {
        "de": "--renumber versteht „clear“ oder „offset:N“, z. B. --renumber offset:10000 (erhalten: {value}).",
        "en": "--renumber takes “clear” or “offset:N”, e.g. --renumber offset:10000 (got: {value}).",
    },
    "renumber-offset-invalid": {
        "de": "--renumber offset:{offset} ergibt {count} {what}, z. B. Zeile {row}: {old} → {new} (erlaubt {low}–{high}). Wählen Sie einen anderen Versatz oder --renumber clear.",
        "en": "--renumber offset:{offset} gives {count} {what}, e.g. row {row}: {old} → {new} (allowed {low}–{high}). Choose another offset or --renumber clear.",
    },
    "renumber-offset-fits": {
        "de": "Alle Nummern passen mit einem Versatz von {first} bis {last}.",
        "en": "All numbers fit with an offset from {first} to {last}.",
    },
    "renumber-not-digits": {"de": "(keine Nummer aus Ziffern)", "en": "(no number of digits)"},
    "renumber-offset-range": {
        "de": "--renumber offset:{offset} liegt außerhalb des Bereichs: Kundennummern reichen in lexoffice von {cmin} bis {cmax}, Lieferantennummern von {smin} bis {smax}; ein Versatz um mehr als {high} bringt keine Nummer dorthin. Erlaubt ist offset:-{high} bis offset:{high}, z. B. --renumber offset:10000.",
        "en": "--renumber offset:{offset} is out of range: customer numbers in lexoffice run from {cmin} to {cmax}, supplier numbers from {smin} to {smax}; an offset of more than {high} takes no number there. Allowed is offset:-{high} to offset:{high}, e.g. --renumber offset:10000.",
    },
    "renumber-offset-duplicate": {
        "de": "--renumber offset:{offset} ergibt {count} doppelte {what}, z. B. {new}. Bereinigen Sie die Dubletten zuerst oder nutzen Sie --renumber clear.",
        "en": "--renumber offset:{offset} gives {count} duplicate {what}, e.g. {new}. Resolve the duplicates first or use --renumber clear.",
    },
    "rule-role-undecided-title": {
        "de": "Rolle nicht angegeben",
        "en": "Role not stated",
    },
    "rule-role-undecided-hint": {
        "de": "Die Rollen-Spalte der Datei nennt hier weder Kunde noch Lieferant (etwa „Interessent“ oder „Partner“). Soll der Kontakt nicht nach lexoffice, löschen Sie die Zeile; sonst tragen Sie „Kunde“ oder „Lieferant“ ein oder wählen die Rolle mit --kind.",
        "en": "The file's role column names neither customer nor supplier here (such as “Interessent” or “Partner”). If the contact is not to go into lexoffice, delete the row; otherwise enter “Kunde” or “Lieferant”, or choose the role with --kind.",
    },
    "issue-role-undecided": {
        "de": "„{value}“ in „{column}“ ist weder Kunde noch Lieferant; die Zeile kommt {files}. Soll der Kontakt nicht nach lexoffice, löschen Sie die Zeile; sonst tragen Sie dort „Kunde“ oder „Lieferant“ ein.",
        "en": "“{value}” in “{column}” is neither customer nor supplier; the row goes {files}. If the contact is not to go into lexoffice, delete the row; otherwise enter “Kunde” or “Lieferant” there.",
    },
    "role-undecided-customers": {"de": "zu den Kunden", "en": "to the customers"},
    "role-undecided-suppliers": {"de": "zu den Lieferanten", "en": "to the suppliers"},
    "role-undecided-both": {
        "de": "zu den Kunden und zu den Lieferanten",
        "en": "to the customers and to the suppliers",
    },
    "role-both-stated": {
        "de": "Die Zeile ist laut der Rollen-Spalte der Datei (Kategorie oder Markierung) Kunde und Lieferant; sie steht in beiden Upload-Dateien, und lexoffice legt zwei Kontakte an.",
        "en": "By the file's role column (a category or a flag) the row is customer and supplier; it is in both upload files, and lexoffice creates two contacts.",
    },
    "role-both": {
        "de": "Die Zeile hat eine Kundennummer ({customer}) und eine Lieferantennummer ({supplier}); sie steht in beiden Upload-Dateien, und lexoffice legt zwei Kontakte an.",
        "en": "The row has a customer number ({customer}) and a supplier number ({supplier}); it is in both upload files, and lexoffice creates two contacts.",
    },
    "output-unencodable": {
        "de": "Windows-1252 kann {chars} nicht darstellen; die Zeile steht daher in der Datei der abgelehnten Zeilen, alle anderen in der Upload-Datei. Nehmen Sie --output-encoding utf-8 oder ersetzen Sie die Zeichen.",
        "en": "Windows-1252 cannot hold {chars}; the row is therefore in the rejected-rows file, all others in the upload file. Use --output-encoding utf-8 or replace the characters.",
    },
    "row-too-large": {
        "de": "Die Zeile braucht in der Upload-Datei {size} und passt mit der Kopfzeile in keine Datei bis {limit}. Kürzen Sie den längsten Wert ({column}, {length} Zeichen).",
        "en": "The row takes {size} in the upload file and fits into no file of at most {limit}, header included. Shorten the longest value ({column}, {length} characters).",
    },
    "self-check-failed": {
        "de": "Die Upload-Datei {path} hat die Kontrolle nach dem Schreiben nicht bestanden ({problems}). Das ist ein Programmfehler; starten Sie mit --debug und schicken Sie die Ausgabe an den Support.",
        "en": "The upload file {path} failed the check after writing ({problems}). This is a bug; run with --debug and send the output to support.",
    },
    "rejected-row-column": {"de": "Zeile", "en": "Row"},
    "unmapped-file-column": {"de": "{name} (aus der Datei)", "en": "{name} (from the file)"},
    "rejected-reason-column": {"de": "Ablehnungsgrund", "en": "Reason"},
    # --- intake findings (issues) ----------------------------------------------------------
    "header-blank": {
        "de": "Spalte {index} hat keine Überschrift; sie heißt hier „{name}“.",
        "en": "Column {index} has no header; it is called “{name}” here.",
    },
    "header-renamed": {
        "de": "Die Überschrift „{original}“ von Spalte {index} ist ein Platzhalter-Muster; die Spalte heißt hier „{name}“.",
        "en": "The header “{original}” of column {index} is a wildcard pattern; the column is called “{name}” here.",
    },
    "header-pattern-name": {"de": "{text} (Spalte {n})", "en": "{text} (column {n})"},
    "header-duplicate": {
        "de": "Die Überschrift „{original}“ kommt mehrfach vor; Spalte {index} heißt hier „{name}“.",
        "en": "The header “{original}” occurs more than once; column {index} is called “{name}” here.",
    },
    "line-break-joined": {
        "de": "Ein Zeilenumbruch ohne Anführungszeichen in {column} hat den Datensatz geteilt; die "
        "Zeilen {first} bis {end} sind wieder ein Datensatz, der Umbruch steht im Wert. Prüfen Sie "
        "die Zeile.",
        "en": "A line break without quotes in {column} cut the record in parts; lines {first} to {end} "
        "are one record again, the break is kept in the value. Check the row.",
    },
    "rule-line-break-joined-title": {
        "de": "Datensatz über mehrere Zeilen zusammengefügt",
        "en": "Record joined across lines",
    },
    "rule-line-break-joined-hint": {
        "de": "Setzen Sie Werte mit Zeilenumbruch in Anführungszeichen (Excel tut das beim Speichern als "
        "CSV) oder entfernen Sie den Umbruch; dann steht jeder Datensatz wieder in einer Zeile.",
        "en": "Put values with a line break in quotes (Excel does so when saving as CSV) or remove the "
        "break; then each record is on one line again.",
    },
    "row-too-short": {
        "de": "Der Datensatz hat {found} statt {expected} Felder; die fehlenden Felder bleiben leer.",
        "en": "The record has {found} instead of {expected} fields; the missing fields stay empty.",
    },
    "issue-row-too-long-shifted": {
        "de": "Der Datensatz hat {found} statt {expected} Felder, und die überzähligen sind gefüllt: Welcher Wert in welche Spalte gehört, ist nicht sicher (die anderen Datensätze haben {expected} Felder). Die Zeile wird abgelehnt, damit nichts in die falsche Spalte hochgeladen wird.",
        "en": "The record has {found} instead of {expected} fields, and the extra ones are filled: which value belongs in which column is not certain (the other records have {expected} fields). The row is rejected so that nothing is uploaded into the wrong column.",
    },
    "row-too-long": {
        "de": "Der Datensatz hat {found} statt {expected} Felder; die überzähligen Werte stehen in der "
        "Datei mit den nicht zugeordneten Spalten.",
        "en": "The record has {found} instead of {expected} fields; the extra values are in the unmapped-columns "
        "file.",
    },
    "extra-column-name": {"de": "Zusatzfeld {n}", "en": "Extra field {n}"},
    "blank-header-name": {"de": "Spalte {n}", "en": "Column {n}"},
    "encoding-uncertain-switched": {
        "de": "Die Kodierung ist unsicher: gelesen als {chosen}, weil die Datei so besser lesbar ist als in {guess} "
        "({detail}). Prüfen Sie Umlaute und Sonderzeichen; stimmen sie nicht, geben Sie die Kodierung mit "
        "--encoding an, z. B. --encoding {guess}.",
        "en": "The encoding is uncertain: read as {chosen}, because the file reads better so than in {guess} "
        "({detail}). Check umlauts and special characters; if they are wrong, give the encoding with "
        "--encoding, e.g. --encoding {guess}.",
    },
    "encoding-uncertain": {
        "de": "Die Kodierung ist unsicher: gelesen als {chosen}, aber die Datei sieht eher nach {guess} aus "
        "({detail}). Prüfen Sie Umlaute und Sonderzeichen; geben Sie sonst die Kodierung mit --encoding an, "
        "z. B. --encoding {guess}.",
        "en": "The encoding is uncertain: read as {chosen}, but the file looks more like {guess} ({detail}). Check "
        "umlauts and special characters; otherwise give the encoding with --encoding, e.g. --encoding {guess}.",
    },
    # --- encoding evidence -----------------------------------------------------------------
    "evidence-bom": {
        "de": "Byte-Order-Markierung {bom} am Dateianfang",
        "en": "byte order mark {bom} at the start",
    },
    "evidence-ascii": {
        "de": "nur ASCII-Zeichen (0x00–0x7F); liest sich in UTF-8 und cp1252 gleich",
        "en": "ASCII only (0x00–0x7F); reads the same in UTF-8 and cp1252",
    },
    "evidence-utf8": {
        "de": "gültiges UTF-8 in der ganzen Datei; {count} Mehrbyte-Zeichen, z. B. {examples}",
        "en": "valid UTF-8 throughout; {count} multi-byte characters, e.g. {examples}",
    },
    "evidence-utf16-nobom": {
        "de": "jedes zweite Byte ist 0x00 ({share} %), typisch für UTF-16 ohne BOM",
        "en": "every second byte is 0x00 ({share} %), typical of UTF-16 without BOM",
    },
    "issue-encoding-mixed": {
        "de": "Die Datei ist in UTF-8 gespeichert, bis auf einige Bytes: {detail}. Prüfen Sie die Umlaute dieser Zeilen in der Upload-Datei.",
        "en": "The file is saved in UTF-8 but for a few bytes: {detail}. Check the umlauts of those lines in the upload file.",
    },
    "rule-encoding-mixed-title": {"de": "UTF-8 mit fremden Bytes", "en": "UTF-8 with foreign bytes"},
    "rule-encoding-mixed-hint": {
        "de": "Die meisten Zeilen sind UTF-8, einige Bytes nicht (meist eine Zeile aus einem anderen Programm); sie wurden als Windows-1252 gelesen. Stimmen die Umlaute dieser Zeilen, ist nichts zu tun; sonst korrigieren Sie sie.",
        "en": "Most lines are UTF-8, a few bytes are not (usually a line from another program); they were read as Windows-1252. If the umlauts of those lines are right, nothing is to be done; otherwise correct them.",
    },
    "evidence-mixed": {
        "de": "UTF-8 mit {good} Mehrbyte-Zeichen, aber {bad} Byte(s) ab Zeile {line} sind kein UTF-8 (etwa eine Zeile, die ein anderes Programm angefügt hat): als Windows-1252 gelesen, z. B. {examples}",
        "en": "UTF-8 with {good} multi-byte characters, but {bad} byte(s) from line {line} on are no UTF-8 (a line another program appended, say): read as Windows-1252, e.g. {examples}",
    },
    "evidence-not-utf8": {
        "de": "kein UTF-8 (Byte 0x{byte:02X} in Zeile {line} ist ungültig)",
        "en": "not UTF-8 (byte 0x{byte:02X} on line {line} is invalid)",
    },
    "evidence-byte": {
        "de": "0x{byte:02X} {count}× ({first}): {readings}",
        "en": "0x{byte:02X} {count}× ({first}): {readings}",
    },
    "evidence-first-line": {"de": "zuerst Zeile {line}", "en": "first on line {line}"},
    "evidence-choice": {
        "de": "gewählt: {chosen} (Punkte {scores})",
        "en": "chosen: {chosen} (points {scores})",
    },
    "evidence-same": {
        "de": "alle Kandidaten lesen die Bytes gleich; {chosen} nach Vorrang",
        "en": "all candidates read the bytes alike; {chosen} by precedence",
    },
    "evidence-undefined": {
        "de": "{names} scheiden aus (Byte 0x{byte:02X} ist dort nicht belegt)",
        "en": "{names} ruled out (byte 0x{byte:02X} is undefined there)",
    },
    "evidence-high-runs": {
        "de": "{runs}× vier oder mehr Nicht-ASCII-Bytes in Folge",
        "en": "{runs}× four or more non-ASCII bytes in a row",
    },
    "evidence-utf8-pairs": {
        "de": "{pairs} UTF-8-Bytefolgen (doppelt kodierter Text wie „Ã¤“) nicht gewertet",
        "en": "{pairs} UTF-8 byte pairs (double-encoded text like “Ã¤”) not scored",
    },
    "evidence-odd-readings": {
        "de": "{odd} von {total} Nicht-ASCII-Bytes ergeben unpassende Zeichen",
        "en": "{odd} of {total} non-ASCII bytes give unlikely characters",
    },
    "evidence-low-score": {"de": "nur {score} Punkte", "en": "only {score} points"},
    "evidence-other-reading": {
        "de": "die Zeilen mit Nicht-ASCII-Bytes ergeben als {chosen} Wörter mit {other} statt {misfits} "
        "unpassenden Zeichen",
        "en": "the lines with non-ASCII bytes read as {chosen} give words with {other} instead of {misfits} "
        "unlikely characters",
    },
    "delimiter-semicolon": {"de": "Semikolon", "en": "semicolon"},
    "delimiter-comma": {"de": "Komma", "en": "comma"},
    "delimiter-tab": {"de": "Tabulator", "en": "tab"},
    "delimiter-pipe": {"de": "senkrechter Strich", "en": "vertical bar"},
    "delimiter-hash": {"de": "Raute (#)", "en": "hash (#)"},
    "dialect-forced": {"de": "vorgegeben mit --delimiter", "en": "given with --delimiter"},
    "dialect-sep-line": {
        "de": "vorgegeben von der Zeile „sep={sep}“ am Anfang der Datei",
        "en": "given by the line “sep={sep}” at the start of the file",
    },
    "dialect-apostrophe": {
        "de": "Werte in Apostrophen ('…') statt Anführungszeichen, wie Xentral exportiert",
        "en": "values in apostrophes ('…') instead of double quotes, as Xentral exports",
    },
    "dialect-single-column": {
        "de": "kein Trennzeichen gefunden: die Datei hat nur eine Spalte; Semikolon angenommen (sonst --delimiter)",
        "en": "no delimiter found: the file has one column only; semicolon assumed (else --delimiter)",
    },
    "dialect-evidence": {
        "de": "{name}: {fields} Felder in der Kopfzeile, {share} % der Datensätze passen dazu (andere: {others})",
        "en": "{name}: {fields} fields in the header, {share} % of the records match (others: {others})",
    },
    "evidence-forced": {"de": "vorgegeben mit --encoding", "en": "given with --encoding"},
    "evidence-utf16-unmarked": {
        "de": "UTF-16 ohne Byte-Order-Markierung: die Datei beginnt mit BEGIN:VCARD, Buchstabe und Null-Byte im Wechsel",
        "en": "UTF-16 without a byte order mark: the file starts with BEGIN:VCARD, letters and NUL bytes in turn",
    },
    # === mapping (issue 3): add entries below this line ===
    # --- header mapping (importer/mapping.py): notes per column ----------------------------
    "mapping-manual-unmapped": {
        "de": "Mit --map/--mapping ausdrücklich nicht zugeordnet.",
        "en": "Left unmapped on purpose with --map/--mapping.",
    },
    "mapping-never": {
        "de": "Wird nie automatisch zugeordnet: {reason} Zuordnen lässt sie sich nur mit --map.",
        "en": "Never mapped automatically: {reason} It can only be mapped with --map.",
    },
    "mapping-phone-fax-beside-phone": {
        "de": "Telefon- und Faxspalte neben einer anderen Telefonspalte: Sie hält hier vermutlich die Faxnummer und wird nicht zugeordnet (Fax- und Telexnummern haben keine Spalte im lexoffice-Import). Zuordnen lässt sie sich nur mit --map.",
        "en": "Phone-and-fax column beside another phone column: here it probably holds the fax number and is not mapped (fax and telex numbers have no column in the lexoffice import). It can only be mapped with --map.",
    },
    "mapping-phone-fax-beside-phone@web": {
        "de": "Telefon- und Faxspalte neben einer anderen Telefonspalte: Sie hält hier vermutlich die Faxnummer und wird nicht zugeordnet (Fax- und Telexnummern haben keine Spalte im lexoffice-Import). Zuordnen lässt sie sich in der Liste.",
        "en": "Phone-and-fax column beside another phone column: here it probably holds the fax number and is not mapped (fax and telex numbers have no column in the lexoffice import). It can be mapped in the list.",
    },
    "mapping-never-similar": {
        "de": "Ähnelt „{similar}“ und wird deshalb nicht zugeordnet: {reason} Zuordnen lässt sie sich nur mit --map.",
        "en": "Resembles “{similar}” and is therefore not mapped: {reason} It can only be mapped with --map.",
    },
    "mapping-never-identifier": {
        "de": "Eine technische Kennung (ID) des Shops oder Programms ist keine lexoffice-Kundennummer.",
        "en": "A technical id of the shop or program is no lexoffice customer number.",
    },
    "mapping-never-fax": {
        "de": "Fax- und Telexnummern haben keine Spalte im lexoffice-Import (sie sind keine „Telefon“-Nummern).",
        "en": "Fax and telex numbers have no column in the lexoffice import (they are no “Telefon” numbers).",
    },
    "mapping-never-account": {
        "de": "Eine Konto- oder Fremdnummer ist keine Kunden- oder Lieferantennummer.",
        "en": "An account number or someone else's number is no customer or supplier number.",
    },
    "mapping-never-register": {
        "de": "Eintrag im Handelsregister (Registernummer, Registergericht) – lexoffice hat keine Spalte dafür.",
        "en": "Entry in the commercial register (registration number, court) – lexoffice has no column for it.",
    },
    "mapping-never-owner": {
        "de": "Ihr eigener Mitarbeiter, der den Kontakt betreut (Betreuer, Owner) – nicht der Kontakt selbst; seine E-Mail-Adresse oder Telefonnummer gehört nicht zum Kunden.",
        "en": "Your own staff member who looks after the contact (owner) – not the contact; their e-mail address or phone number is not the customer's.",
    },
    "mapping-never-contact-meta": {
        "de": "Typ, Bezeichnung, Anzeigename oder Bemerkung einer Adresse, Telefonnummer oder E-Mail-Adresse – nicht der Wert selbst.",
        "en": "Type, label, display name or remark of an address, phone number or e-mail address – not the value itself.",
    },
    "mapping-never-postbox": {
        "de": "Postfach-Angaben haben keine Spalte; sie sind weder Straße noch Postleitzahl der Anschrift.",
        "en": "PO box data has no column; it is neither the street nor the postcode of the address.",
    },
    "mapping-never-matchcode": {
        "de": "Matchcode und Kurzbezeichnung haben keine Spalte; sie sind nicht der Firmenname.",
        "en": "Matchcode and short name have no column; they are not the company name.",
    },
    "mapping-never-bank": {
        "de": "Bankverbindungen übernimmt der lexoffice-Kontaktimport nicht.",
        "en": "The lexoffice contact import does not take bank details.",
    },
    "mapping-never-payment": {
        "de": "Zahlungs- und Lieferkonditionen übernimmt der Kontaktimport nicht.",
        "en": "The contact import does not take payment or delivery terms.",
    },
    "mapping-never-birthday": {
        "de": "Geburts- und Jahrestage haben keine Spalte.",
        "en": "Birthdays and anniversaries have no column.",
    },
    "mapping-never-delivery-extra": {
        "de": "Für Ansprechpartner, Telefon, Fax und Web der Lieferanschrift gibt es keine Spalte.",
        "en": "There is no column for the contact person, phone, fax or web address of the shipping address.",
    },
    "mapping-surname-first-name-beside-first-name": {
        "de": 'Die Spalte hält Nach- und Vornamen in einer Zelle („Wagner, Heike“), die Datei hat aber eine eigene Spalte für den Vornamen: nicht zugeordnet, damit nicht die ganze Zelle zum Nachnamen wird. Soll sie es doch: --map "{source}=Nachname".',
        "en": 'The column holds surname and first name in one cell (“Wagner, Heike”), but the file has a column of its own for the first name: not mapped, so that the whole cell does not become the surname. If it should: --map "{source}=Nachname".',
    },
    "mapping-never-language": {
        "de": "Eine Sprache ist kein Land, auch wenn ihr Kürzel einem Ländercode gleicht („FR“, „de“).",
        "en": "A language is no country, even where its code looks like a country code (“FR”, “de”).",
    },
    "mapping-never-web": {
        "de": "Webadressen haben keine Spalte.",
        "en": "Web addresses have no column.",
    },
    "mapping-never-note": {
        "de": "Für Bemerkungen und Notizen ist keine Spalte der Importvorlage bekannt.",
        "en": "No column of the import template is known for remarks and notes.",
    },
    "mapping-never-title": {
        "de": "Titel und Positionen haben keine Spalte; sie sind nicht die „Anrede“.",
        "en": "Titles and job positions have no column; they are not the “Anrede” (salutation).",
    },
    "mapping-never-letter-salutation": {
        "de": "Briefanrede und Grußformel sind nicht die „Anrede“ (Herr/Frau).",
        "en": "Letter salutation and closing are not the “Anrede” (Herr/Frau).",
    },
    "mapping-never-tax-other": {
        "de": "Steuersatz und persönliche Steuer-ID sind weder Steuernummer noch Umsatzsteuer ID.",
        "en": "Tax rate and personal tax ID are neither the tax number nor the VAT ID.",
    },
    "mapping-never-company-other": {
        "de": "Die Angabe beschreibt die Firma, ist aber nicht ihr Name.",
        "en": "This describes the company but is not its name.",
    },
    "mapping-never-no-slot": {
        "de": "lexoffice nimmt nur zwei Telefonnummern, zwei E-Mail-Adressen und zwei Anschriften (Rechnung, Lieferung) auf; für diese Angabe gibt es keine Spalte.",
        "en": "lexoffice takes two phone numbers, two e-mail addresses and two addresses (billing, shipping) only; there is no column for this.",
    },
    "mapping-never-contact-person-2": {
        "de": "Nur „Ansprechpartner 1“ in einer Zelle wird in Vor- und Nachname geteilt; für den zweiten nutzen Sie „Ansprechpartner 2 Vorname“ und „Ansprechpartner 2 Nachname“.",
        "en": "Only a one-cell “Ansprechpartner 1” is split into first and last name; for the second use “Ansprechpartner 2 Vorname” and “Ansprechpartner 2 Nachname”.",
    },
    "mapping-never-other": {
        "de": "Diese Spalte hat keine Entsprechung im lexoffice-Import.",
        "en": "This column has no counterpart in the lexoffice import.",
    },
    "mapping-duplicate-manual": {
        "de": "„{target}“ haben Sie der Spalte „{winner}“ (Spalte {index}) gegeben (--map); diese Spalte kommt deshalb in die Datei mit den nicht zugeordneten Spalten. Soll sie {target} füllen, lassen Sie die Angabe für „{winner}“ weg.",
        "en": "You gave “{target}” to the column “{winner}” (column {index}) (--map); this column therefore goes to the unmapped-columns file. If it should fill {target}, leave out the entry for “{winner}”.",
    },
    "mapping-suggestion-taken": {
        "de": 'Keine sichere Zuordnung; am ähnlichsten ist „{suggestion}“ ({score} %), das schon die Spalte „{owner}“ füllt. Mit --map "{source}={suggestion}" ersetzte diese Spalte „{owner}“ in allen Zeilen; fehlen nur einzelne Angaben, tragen Sie sie in Ihrer Datei in „{owner}“ nach.',
        "en": 'No safe mapping; the closest is “{suggestion}” ({score} %), which the column “{owner}” already fills. With --map "{source}={suggestion}" this column would replace “{owner}” in every row; if only some values are missing, add them to “{owner}” in your file.',
    },
    "mapping-duplicate": {
        "de": "„{target}“ ist schon „{winner}“ (Spalte {index}) zugeordnet, das besser passt; diese Spalte kommt in die Datei mit den nicht zugeordneten Spalten. Wählen Sie sie sonst mit --map.",
        "en": "“{target}” is already mapped from “{winner}” (column {index}), which fits better; this column goes to the unmapped-columns file. Otherwise choose it with --map.",
    },
    "mapping-fuzzy": {
        "de": "Unscharf erkannt (Ähnlichkeit {score} % mit „{similar}“) – bitte prüfen.",
        "en": "Fuzzy match ({score} % similar to “{similar}”) – please check.",
    },
    "mapping-country-ids": {
        "de": "Die Überschrift ähnelt „{suggestion}“, aber alle Werte sind kleine Zahlen (etwa die Nummern der Länderliste eines Shops: 1 = Deutschland): kein Land, das lexoffice lesen kann. Nicht zugeordnet; die Werte stehen in der Datei der nicht zugeordneten Spalten. Tragen Sie das Land als Namen oder Kürzel (DE) in eine eigene Spalte ein.",
        "en": "The header resembles “{suggestion}”, but every value is a small number (such as the numbers of a shop's country list: 1 = Germany): no country lexoffice can read. Not mapped; the values are in the unmapped-columns file. Enter the country as a name or code (DE) in a column of its own.",
    },
    "mapping-internal-ids": {
        "de": "Die Überschrift passt zu „{target}“, aber {share} % der Werte sind interne Kennungen des bisherigen Programms (UUIDs oder lange Hexadezimal-Schlüssel wie „0191c12cf3d3…“), keine lesbaren Angaben. Nicht zugeordnet; die Werte stehen in der Datei der nicht zugeordneten Spalten. Exportieren Sie, wenn möglich, die Klartexte (etwa „Frau“ oder „Österreich“) statt der Kennungen.",
        "en": "The header fits “{target}”, but {share} % of the values are internal ids of the previous program (UUIDs or long hexadecimal keys such as “0191c12cf3d3…”), no readable data. Not mapped; the values are in the unmapped-columns file. If you can, export the plain text (such as “Frau” or “Österreich”) instead of the ids.",
    },
    "mapping-values-country-key": {
        "de": 'Die Überschrift nennt den Schlüssel eines Landes, und {share} % der Werte sind Länder (Name oder Kürzel, etwa „Spain“, „IT“): zugeordnet als „{target}“. Soll die Spalte nicht hochgeladen werden: --map "{source}=".',
        "en": 'The header names a country\'s key, and {share} % of the values are countries (a name or code, such as “Spain”, “IT”): mapped as “{target}”. To leave the column out: --map "{source}=".',
    },
    "mapping-values-country-key@web": {
        "de": "Die Überschrift nennt den Schlüssel eines Landes, und {share} % der Werte sind Länder (Name oder Kürzel, etwa „Spain“, „IT“): zugeordnet als „{target}“. Soll die Spalte nicht hochgeladen werden, wählen Sie in der Liste „— nicht übernehmen —“.",
        "en": "The header names a country's key, and {share} % of the values are countries (a name or code, such as “Spain”, “IT”): mapped as “{target}”. To leave the column out, choose “— do not use —” in the list.",
    },
    "mapping-numbers-repeat": {
        "de": "Die Überschrift ähnelt „{target}“, aber die Werte wiederholen sich (etwa 0 und 1 in vielen Zeilen): Jeder Kontakt hat eine eigene Nummer. Nicht zugeordnet; die Werte kommen in die Datei mit den nicht zugeordneten Spalten.",
        "en": "The header resembles “{target}”, but the values repeat (such as 0 and 1 on many rows): each contact has a number of its own. Not mapped; the values go to the unmapped-columns file.",
    },
    "mapping-old-number-codes": {
        "de": "Die Spalte nennt die bisherige {target}, aber ihre Werte sind Codes mit Buchstaben (etwa aus dem alten Programm); lexoffice-Nummern haben 5 Ziffern. Nicht zugeordnet: lexoffice vergibt neue Nummern, die alten stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The column names the previous {target}, but its values are codes with letters (such as from the old program); lexoffice numbers have 5 digits. Not mapped: lexoffice assigns new numbers, the old ones are in the unmapped-columns file.",
    },
    "mapping-suggestion": {
        "de": 'Keine sichere Zuordnung; am ähnlichsten ist „{suggestion}“ ({score} %). Übernehmen mit --map "{source}={suggestion}".',
        "en": 'No safe mapping; the closest is “{suggestion}” ({score} %). Take it with --map "{source}={suggestion}".',
    },
    "mapping-suggestion-values-disagree": {
        "de": "Keine passende lexoffice-Spalte: Die Überschrift ähnelt „{suggestion}“, aber nur {share} % der Werte sind {shape} (nötig: {needed} %). Die Werte kommen in die Datei mit den nicht zugeordneten Spalten.",
        "en": "No matching lexoffice column: the header resembles “{suggestion}”, but only {share} % of the values are {shape} (needed: {needed} %). The values go to the unmapped-columns file.",
    },
    "mapping-unmapped": {
        "de": "Keine passende lexoffice-Spalte; die Werte kommen in die Datei mit den nicht zugeordneten Spalten.",
        "en": "No matching lexoffice column; the values go to the unmapped-columns file.",
    },
    "mapping-private-address": {
        "de": "Privatangabe als „{target}“ übernommen, weil keine geschäftliche oder allgemeine Spalte dafür da ist.",
        "en": "Private data taken as “{target}” because there is no business or general column for it.",
    },
    "mapping-merge-house-number": {
        "de": "Die Hausnummer wird an „{street}“ angehängt und kommt nach „{target}“.",
        "en": "The house number is appended to “{street}” and goes to “{target}”.",
    },
    "mapping-merge-postcode-city": {
        "de": "„PLZ Ort“ in einer Spalte wird in „{postcode}“ und „{city}“ aufgeteilt.",
        "en": "Postcode and city in one column are split into “{postcode}” and “{city}”.",
    },
    "mapping-merge-contact-person": {
        "de": "Der Name des Ansprechpartners wird in „{first}“ und „{last}“ aufgeteilt.",
        "en": "The contact person's name is split into “{first}” and “{last}”.",
    },
    "mapping-merge-person-name": {
        "de": "Ganzer Name in einer Spalte, Zeile für Zeile entschieden: ein Firmenname (Rechtsform wie GmbH, Wörter wie Praxis oder Autohaus, „Schmidt & Partner“) kommt nach „Firmenname“, jeder andere Name wird in „Anrede“, „Vorname“ und „Nachname“ aufgeteilt; hat die Zeile schon einen Firmennamen, wird er ihr Ansprechpartner.",
        "en": "Whole name in one column, decided row by row: a company's name (legal form such as GmbH, words such as Praxis or Autohaus, “Schmidt & Partner”) goes to “Firmenname”, any other name is split into “Anrede”, “Vorname” and “Nachname”; on a row that already has a company name it becomes the contact person.",
    },
    "mapping-merge-person-name-fallback": {
        "de": "Name ohne Angabe, ob Firma oder Person, nur für Zeilen ohne Vor- und Nachnamen, Zeile für Zeile entschieden: ein Firmenname (Rechtsform wie GmbH, Wörter wie Praxis oder Autohaus) kommt nach „Firmenname“, jeder andere Name wird in „Anrede“, „Vorname“ und „Nachname“ aufgeteilt.",
        "en": "Name without saying whether company or person, used only on rows without first and last name, decided row by row: a company's name (legal form such as GmbH, words such as Praxis or Autohaus) goes to “Firmenname”, any other name is split into “Anrede”, “Vorname” and “Nachname”.",
    },
    "mapping-empty-gave-way": {
        "de": "„{source}“ ist in jeder Zeile leer: „{target}“ bekommt „{other}“, das Werte hat.",
        "en": "“{source}” is empty in every row: “{target}” goes to “{other}”, which has values.",
    },
    "mapping-fuller-taken": {
        "de": "Kommt nach „{target}“: Die Spalte ist in {has} Zeilen gefüllt, „{other}“ nur in {had}, "
        "und kaum in denselben Zeilen.",
        "en": "Goes to “{target}”: the column is filled on {has} rows, “{other}” on only {had}, and "
        "hardly on the same ones.",
    },
    "mapping-fuller-fallback": {
        "de": "„{other}“ ist in mehr Zeilen gefüllt und bekommt „{target}“; diese Spalte füllt „{target}“ "
        "nur in Zeilen ohne Adresse, in den anderen Zeilen kommt der Wert in die Datei der nicht "
        "zugeordneten Spalten.",
        "en": "“{other}” is filled on more rows and gets “{target}”; this column fills “{target}” only "
        "on rows without an address; on the other rows the value goes to the unmapped-columns file.",
    },
    "mapping-empty-taken": {
        "de": "Kommt nach „{target}“, weil „{other}“ dafür in jeder Zeile leer ist.",
        "en": "Goes to “{target}” because “{other}”, meant for it, is empty in every row.",
    },
    "mapping-running-number": {
        "de": "„{source}“ zählt die Zeilen durch (1, 2, 3 …): eine laufende Nummer, keine Hausnummer. Die Spalte kommt in die Datei der nicht zugeordneten Spalten.",
        "en": "“{source}” counts the rows (1, 2, 3 …): a running number, no house number. The column goes to the unmapped-columns file.",
    },
    "mapping-header-hint": {
        "de": "Gelesen als „{read}“: Der Zusatz in Klammern in „{header}“ ist ein Hinweis für das Ausfüllen.",
        "en": "Read as “{read}”: the addition in brackets in “{header}” is a hint for filling it in.",
    },
    "mapping-header-code": {
        "de": "Gelesen als „{read}“: Der Zusatz in Klammern in „{header}“ ist der Feldname eines Programms.",
        "en": "Read as “{read}”: the addition in brackets in “{header}” is a program's field name.",
    },
    "mapping-header-format": {
        "de": "Gelesen als „{read}“: Der Zusatz in Klammern in „{header}“ nennt das Format der Werte.",
        "en": "Read as “{read}”: the addition in brackets in “{header}” names the values' format.",
    },
    "mapping-header-form": {
        "de": "Gelesen als „{read}“: Der Zusatz in „{header}“ nennt nur die lange oder kurze Form des Werts.",
        "en": "Read as “{read}”: the addition in “{header}” only names the long or short form of the value.",
    },
    "mapping-header-person": {
        "de": "Gelesen als „{read}“: „{header}“ ist ein Feld einer weiteren Person des Kontakts, also eines Ansprechpartners.",
        "en": "Read as “{read}”: “{header}” is a field of a further person of the contact, that is, a contact person.",
    },
    "mapping-header-group": {
        "de": "Gelesen als „{read}“: „{header}“ nennt das Feld „{read}“ einer Gruppe von Feldern.",
        "en": "Read as “{read}”: “{header}” names the field “{read}” of a group of fields.",
    },
    "mapping-header-restored": {
        "de": "In der Überschrift „{header}“ hat ein Programm einen Buchstaben ersetzt; gelesen als „{restored}“.",
        "en": "A program replaced a letter in the header “{header}”; read as “{restored}”.",
    },
    "mapping-side-word-phone": {
        "de": "„{source}“ steht zwischen Telefonspalten: als Telefonnummer dieser Art gelesen.",
        "en": "“{source}” stands among phone columns: read as that kind of phone number.",
    },
    "mapping-address-one-block": {
        "de": "Gehört zur Adresse der Straße „{street}“ und kommt deshalb nach „{target}“: die erste Adresse stammt aus einem Adressblock, nicht aus zweien.",
        "en": "Belongs to the address of the street “{street}” and therefore goes to “{target}”: the first address comes from one address block, not from two.",
    },
    "mapping-other-fallback": {
        "de": "Gehört zu einer weiteren Adresse: füllt „{target}“ nur in Zeilen ohne die erste Adresse; in den anderen Zeilen kommt der Wert in die Datei der nicht zugeordneten Spalten.",
        "en": "Belongs to a further address: fills “{target}” only on rows without the first address; on the other rows the value goes to the unmapped-columns file.",
    },
    "mapping-home-contact": {
        "de": "Füllt „{target}“ in den Zeilen, in denen es leer ist (etwa die private Nummer eines Privatkunden); in den anderen Zeilen kommt der Wert in die Datei der nicht zugeordneten Spalten.",
        "en": "Fills “{target}” on the rows where it is empty (such as a private customer's home number); on the other rows the value goes to the unmapped-columns file.",
    },
    "issue-home-contact-used": {
        "de": "{column} war leer: „{after}“ aus „{source}“ übernommen.",
        "en": "{column} was empty: “{after}” taken from “{source}”.",
    },
    "rule-home-contact-used-title": {
        "de": "Telefon oder E-Mail aus einer weiteren Spalte",
        "en": "Phone or e-mail from a further column",
    },
    "rule-home-contact-used-hint": {
        "de": "Nichts zu tun: Die Spalte für Telefon oder E-Mail war in dieser Zeile leer, die Angabe kommt aus der nächsten passenden Spalte (etwa „Telefon privat“).",
        "en": "Nothing to do: the phone or e-mail column was empty on this row; the value comes from the next matching column (such as “Telefon privat”).",
    },
    "mapping-home-fallback": {
        "de": "Privatadresse: füllt „{target}“ nur in Zeilen ohne Geschäftsadresse (Privatkunden); in den anderen Zeilen kommt der Wert in die Datei der nicht zugeordneten Spalten.",
        "en": "Private address: fills “{target}” only on rows without a business address (private customers); on the other rows the value goes to the unmapped-columns file.",
    },
    "mapping-name-organisation": {
        "de": "„{source}“ ist der Name der Firma: die Datei beschreibt Organisationen (sie hat Spalten wie Branche oder Mitarbeiterzahl).",
        "en": "“{source}” is the company's name: the file describes organisations (it has columns such as industry or number of employees).",
    },
    "mapping-name-whole": {
        "de": '„{source}“ kann einen ganzen Namen oder einen Firmennamen enthalten, und die Datei hat keine Spalte für den Vornamen: Zeile für Zeile entschieden (Firmenname, oder aufgeteilt in Anrede, Vorname und Nachname). Ist es nur der Nachname, ordnen Sie ihn mit --map "{source}=Nachname" zu, ist es immer die Firma, mit --map "{source}=Firmenname".',
        "en": '“{source}” may hold a whole name or a company name, and the file has no first-name column: decided row by row (company name, or split into Anrede, Vorname and Nachname). If it is only the surname, map it with --map "{source}=Nachname", if it is always the company, with --map "{source}=Firmenname".',
    },
    "mapping-merge-address-line": {
        "de": "Eine weitere Zeile der Anschrift (aus „{street}“ und den Zeilen davor): Zeile für Zeile eingeordnet, als PLZ und Ort, als Land oder nach „{target}“.",
        "en": "A further line of the address (of “{street}” and the lines before it): placed row by row, as postcode and city, as country, or after “{target}”.",
    },
    "mapping-former": {
        "de": '„{source}“ enthält einen früheren, nicht mehr gültigen Wert (alt, ehemalig, bisherig): nicht zugeordnet, die Werte kommen in die Datei der nicht zugeordneten Spalten. Sind sie doch aktuell: --map "{source}=<lexoffice-Spalte>".',
        "en": '“{source}” holds an earlier value that is no longer current (old, former, previous): not mapped, the values go to the unmapped-columns file. Should they be current after all: --map "{source}=<lexoffice column>".',
    },
    "mapping-region": {
        "de": "„{source}“ nennt ein Bundesland, einen Kanton oder eine Region: kein Land, und lexoffice hat keine Spalte dafür; die Werte kommen in die Datei der nicht zugeordneten Spalten.",
        "en": "“{source}” names a state, canton or region: no country, and lexoffice has no column for it; the values go to the unmapped-columns file.",
    },
    "mapping-address-line-apart": {
        "de": "Eine weitere Zeile der Anschrift, aber nur {share} % ihrer Werte lassen sich einordnen (PLZ und Ort, Straße mit Hausnummer, „z. Hd.“, ein Land): nicht zugeordnet; die Werte kommen in die Datei der nicht zugeordneten Spalten.",
        "en": "A further line of the address, but only {share} % of its values can be placed (postcode and city, street with house number, “z. Hd.”, a country): not mapped; the values go to the unmapped-columns file.",
    },
    "mapping-merge-house-number-suffix": {
        "de": "Zusatz der Hausnummer: wird mit ihr an „{target}“ (aus „{street}“) angehängt („12“ und „a“ ergeben „12a“).",
        "en": "The house number's addition: appended with it to “{target}” (from “{street}”) (“12” and “a” give “12a”).",
    },
    "mapping-merge-no-street": {
        "de": "Hausnummer ohne Straße: keine Spalte ist „{target}“ zugeordnet, an die sie angehängt werden könnte.",
        "en": "House number without a street: no column is mapped to “{target}” to append it to.",
    },
    "mapping-merge-number-apart": {
        "de": 'Eine bloße Nummer, nicht neben der Straße („{street}“): eher die Nummer des Eintrags als eine Hausnummer; nicht zugeordnet. Ist es die Hausnummer, ordnen Sie sie mit --map "{source}=Hausnummer" zu.',
        "en": 'A bare number, not beside the street (“{street}”): rather the number of the entry than a house number; not mapped. If it is the house number, map it with --map "{source}=Hausnummer".',
    },
    "mapping-merge-vat-country": {
        "de": "DATEV speichert die Umsatzsteuer-ID in zwei Feldern: dieses Länderkürzel wird vor die Nummer aus „{number}“ gesetzt und kommt nach „{target}“.",
        "en": "DATEV keeps the VAT ID in two fields: this country prefix is put before the number from “{number}” and goes to “{target}”.",
    },
    "mapping-merge-phone-country": {
        "de": "Ländervorwahl in einer eigenen Spalte: sie wird vor die Nummer aus „{number}“ gesetzt und kommt nach „{target}“.",
        "en": "Calling code in a column of its own: it is put before the number from “{number}” and goes to “{target}”.",
    },
    "mapping-merge-phone-area": {
        "de": "Vorwahl in einer eigenen Spalte: sie wird vor die Nummer aus „{number}“ gesetzt und kommt nach „{target}“.",
        "en": "Dialling code in a column of its own: it is put before the number from “{number}” and goes to “{target}”.",
    },
    "rule-header-prefix-read-title": {
        "de": "Überschriften ohne ihr gemeinsames Kürzel gelesen",
        "en": "Headers read without their shared abbreviation",
    },
    "rule-header-prefix-read-hint": {
        "de": 'Die Überschriften beginnen fast alle mit demselben Kürzel (OXID: OXFNAME, OXCITY). Ohne es gelesen, sind Spalten zugeordnet, die sonst niemand erkannt hätte. Prüfen Sie, dass sie dem Kontakt selbst gehören und nicht einem Lieferanten, einer Lieferadresse oder einer anderen Person; sonst lassen Sie sie mit --map "Spalte=" leer.',
        "en": 'Nearly every header starts with the same abbreviation (OXID: OXFNAME, OXCITY). Read without it, columns are mapped that nothing would have recognised. Check that they belong to the contact itself, not to a supplier, a delivery address or another person; otherwise leave them empty with --map "Column=".',
    },
    "issue-header-prefix-read": {
        "de": 'Fast alle Überschriften beginnen mit „{prefix}“; ohne dieses Kürzel gelesen, sind {count} Spalten zugeordnet ({columns}). Prüfen Sie, dass sie dem Kontakt selbst gehören und nicht einem Lieferanten, einer Lieferadresse oder einer anderen Person; sonst lassen Sie sie mit --map "Spalte=" leer.',
        "en": 'Nearly every header starts with “{prefix}”; read without it, {count} columns are mapped ({columns}). Check that they belong to the contact itself, not to a supplier, a delivery address or another person; otherwise leave them empty with --map "Column=".',
    },
    "rule-billing-address-apart-title": {
        "de": "Eigene Rechnungsadresse nicht hochgeladen",
        "en": "Separate billing address not uploaded",
    },
    "rule-billing-address-apart-hint": {
        "de": "Die Datei hat neben der Anschrift einen Block für eine abweichende Rechnungsadresse (DATEV: „Straße (Rechnungsadresse)“ …). Als Adresse 1 (in lexoffice die Rechnungsadresse) wird die Anschrift hochgeladen; wo die Rechnungsadresse gefüllt ist, tragen Sie sie in lexoffice nach. Ihre Werte stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "Besides the address, the file has a block for a separate billing address (DATEV: “Straße (Rechnungsadresse)” …). The address is uploaded as address 1 (lexoffice's billing address); where the billing address is filled, enter it in lexoffice afterwards. Its values are in the unmapped-columns file.",
    },
    "issue-billing-address-apart": {
        "de": "Die Datei hat eine eigene Rechnungsadresse ({columns}); gefüllt ist sie in Zeile {rows} ({count} insgesamt). Als Adresse 1 (in lexoffice die Rechnungsadresse) wird die Anschrift aus {holders} hochgeladen; die Rechnungsadressen stehen in der Datei der nicht zugeordneten Spalten. Tragen Sie sie bei diesen Kontakten in lexoffice nach.",
        "en": "The file has a separate billing address ({columns}); it is filled on row {rows} ({count} in all). The address from {holders} is uploaded as address 1 (lexoffice's billing address); the billing addresses are in the unmapped-columns file. Enter them for these contacts in lexoffice afterwards.",
    },
    "mapping-header-block": {
        "de": "„{header}“ gelesen als „{read}“: Mehrere Überschriften beginnen mit demselben Kürzel, das die Seite einer Anschrift nennt (privat, geschäftlich, Rechnung, Lieferung); ihre Felder gehören zusammen und werden nie mit denen einer anderen Anschrift gemischt.",
        "en": "“{header}” read as “{read}”: several headers start with the same abbreviation, which names an address's side (private, business, billing, delivery); their fields belong together and are never mixed with another address's.",
    },
    "mapping-header-prefix": {
        "de": "„{header}“ gelesen als „{read}“: fast alle Überschriften der Datei beginnen mit demselben Kürzel des Programms, das nichts über die Spalte sagt.",
        "en": "“{header}” read as “{read}”: nearly every header of the file starts with the same abbreviation of the program, which says nothing about the column.",
    },
    "mapping-merge-phone-far": {
        "de": "Die Überschrift nennt eine Vorwahl, aber die Spalte steht nicht bei einer Telefonnummer (die nächste ist „{number}“): nicht zusammengeführt, die Werte stehen in der Datei der nicht zugeordneten Spalten. Ist es deren Vorwahl, fügen Sie sie mit {option} davor.",
        "en": "The header names a dialling code, but the column does not stand beside a phone number (the nearest is “{number}”): not merged, the values are in the unmapped-columns file. If it is that number's code, put it before it with {option}.",
    },
    "mapping-merge-no-phone": {
        "de": "Vorwahl ohne Telefonnummer: keine Spalte ist einer Telefonspalte zugeordnet, vor deren Nummer sie gesetzt werden könnte.",
        "en": "Dialling code without a phone number: no column is mapped to a phone column to put it before.",
    },
    "mapping-merge-no-vat-id": {
        "de": "Länderkürzel einer Umsatzsteuer-ID ohne Nummer: keine Spalte ist „{target}“ zugeordnet, vor deren Nummer es gesetzt werden könnte.",
        "en": "Country prefix of a VAT ID without the number: no column is mapped to “{target}” to put it before.",
    },
    "mapping-values-tax-column": {
        "de": "Die Überschrift „{source}“ läse sich als {header}, aber {share} % der Werte haben die Form der Spalte {target} (eine Umsatzsteuer-ID beginnt mit der Länderkennung wie DE811234567 oder ATU12345678, eine Steuernummer sieht aus wie 21/815/08150): nach {target}.",
        "en": "The header “{source}” would read as {header}, but {share} % of the values have the form of the {target} column (a VAT ID starts with its country's code, as in DE811234567 or ATU12345678; a tax number looks like 21/815/08150): into {target}.",
    },
    "mapping-values-tax-neither": {
        "de": 'Die Überschrift „{source}“ kann eine Umsatzsteuer-ID oder eine Steuernummer meinen, aber nur {share} % der Werte haben eine dieser Formen (etwa DE811234567 oder 21/815/08150): nicht zugeordnet; die Werte kommen in die Datei der nicht zugeordneten Spalten. Ist es die USt-IdNr., ordnen Sie sie mit --map "{source}=Umsatzsteuer ID" zu.',
        "en": 'The header “{source}” may mean a VAT ID or a tax number, but only {share} % of the values have one of these forms (such as DE811234567 or 21/815/08150): not mapped; the values go into the unmapped-columns file. If it is the VAT ID, map it with --map "{source}=Umsatzsteuer ID".',
    },
    "mapping-values-record-name": {
        "de": "„{source}“ enthält die Namen, unter denen das Programm die Kontakte führt (neben Vor- und Nachname der Person): als Firmenname gelesen; wo er nur der Name der Person ist, wird die Zeile eine Privatperson, und die Person einer Firma wird ihr Ansprechpartner.",
        "en": "“{source}” holds the names the program lists the contacts by (beside the person's first and last name): read as the company name; where it is only the person's name, the row is a private person, and a company's person becomes its contact person.",
    },
    "mapping-values-record-whole-name": {
        "de": "„{source}“ enthält Namen, und keine andere Spalte ist eine Namensspalte: als ganzer Name gelesen, Zeile für Zeile entschieden (Firmenname oder Anrede, Vorname und Nachname).",
        "en": "“{source}” holds names, and no other column is a name column: read as a whole name, decided row by row (company name, or salutation, first and last name).",
    },
    "mapping-values-house-number": {
        "de": "„{source}“ klingt nach einem Adresszusatz, enthält aber Hausnummern, und die Straßen stehen ohne Nummer da: als Hausnummer an die Straße angefügt.",
        "en": "“{source}” sounds like an address supplement but holds house numbers, and the streets have none: appended to the street as its house number.",
    },
    "mapping-display-name": {
        "de": "„{source}“ ist der Name, unter dem das Programm den Kontakt führt, neben eigenen Spalten für Vor- und Nachname („{first}“, „{last}“): als Firmenname gelesen; wo er nur der Name der Person ist, wird die Zeile eine Privatperson, und Vor- und Nachname einer Firma werden ihr Ansprechpartner.",
        "en": "“{source}” is the name the program lists the contact by, beside columns of its own for first and last name (“{first}”, “{last}”): read as the company name; where it is only the person's name, the row is a private person, and a company's first and last name become its contact person.",
    },
    "mapping-person-beside-company": {
        "de": "„{source}“ steht neben derselben Angabe der Firma: als {target} gelesen (in Zeilen ohne Firma wird sie die eigene der Person).",
        "en": "“{source}” stands beside the company's same field: read as {target} (on rows without a company it becomes the person's own).",
    },
    "mapping-contact-name-surname": {
        "de": "„{source}“ steht neben dem Vornamen („{first}“), und keine Spalte füllt den Nachnamen: als Nachname gelesen.",
        "en": "“{source}” stands beside the first name (“{first}”), and no column fills the last name: read as the last name.",
    },
    "mapping-merge-taken": {
        "de": "Wird nicht aufgeteilt: „{targets}“ sind schon mit eigenen Spalten belegt ({sources}) oder fehlen im Katalog.",
        "en": "Not split: “{targets}” are already filled from their own columns ({sources}) or missing from the catalog.",
    },
    "mapping-merge-duplicate": {
        "de": "Schon „{winner}“ (Spalte {index}) wird so zusammengeführt; diese Spalte kommt in die Datei mit den nicht zugeordneten Spalten.",
        "en": "“{winner}” (column {index}) is already merged this way; this column goes to the unmapped-columns file.",
    },
    "mapping-grammar-no-column": {
        "de": "Jedes Wort dieser Überschrift ist bekannt, aber lexoffice hat keine Spalte dafür (oder die Wörter widersprechen sich); nicht zugeordnet.",
        "en": "Every word of this header is known, but lexoffice has no column for it (or the words contradict each other); not mapped.",
    },
    "mapping-name-ambiguous": {
        "de": '„{source}“ kann einen Nachnamen, einen ganzen Namen oder einen Firmennamen enthalten, und die Datei hat keine Spalte für den Vornamen. Nicht zugeordnet; ist es der Nachname, ordnen Sie ihn mit --map "{source}=Nachname" zu, ist es die Firma, mit --map "{source}=Firmenname".',
        "en": '“{source}” may hold a surname, a whole name or a company name, and the file has no first-name column. Not mapped; if it is the surname, map it with --map "{source}=Nachname", if it is the company, with --map "{source}=Firmenname".',
    },
    "mapping-both-numbers": {
        "de": "„{source}“ hält Kunden- und Lieferantennummern: Eine Nummer im Kundennummer-Bereich wird die Kundennummer, eine im Lieferantennummer-Bereich die Lieferantennummer, und sie entscheidet, in welche Upload-Datei die Zeile kommt.",
        "en": "“{source}” holds customer and supplier numbers: a number in the customer number range becomes the Kundennummer, one in the supplier number range the Lieferantennummer, and it decides which upload file the row goes to.",
    },
    "mapping-datev-account": {
        "de": "DATEV-Stammdaten: das Konto entscheidet Kunde oder Lieferant. Debitorenkonten (Kundennummer-Bereich) werden Kundennummer, Kreditorenkonten (Lieferantennummer-Bereich) Lieferantennummer.",
        "en": "DATEV master data: the account decides customer or supplier. Debtor accounts (customer number range) become the Kundennummer, creditor accounts (supplier number range) the Lieferantennummer.",
    },
    "mapping-account-beside-number": {
        "de": "Neben „{konto}“ (Debitoren- und Kreditorennummern, aus denen lexoffices Kunden- und Lieferantennummern werden) ist „{source}“ eine eigene Nummer des Programms, keine von lexoffice. Nicht zugeordnet.",
        "en": "Beside “{konto}” (debtor and creditor numbers, which become lexoffice's customer and supplier numbers) “{source}” is a number of the program's own, not lexoffice's. Not mapped.",
    },
    "mapping-datev-partner-number": {
        "de": "In DATEV-Stammdaten ist „{source}“ die Nummer beim Geschäftspartner; lexoffices Nummer kommt aus „{konto}“. Nicht zugeordnet.",
        "en": "In DATEV master data “{source}” is the number at the business partner; lexoffice's number comes from “{konto}”. Not mapped.",
    },
    "mapping-values-disagree": {
        "de": 'Die Überschrift passt zu {target}, aber nur {share} % der Werte sind {shape} (nötig: {needed} %). Nicht zugeordnet; stimmt es doch, ordnen Sie die Spalte mit --map "{source}={target}" zu.',
        "en": 'The header fits {target}, but only {share} % of the values are {shape} (needed: {needed} %). Not mapped; if it is right after all, map the column with --map "{source}={target}".',
    },
    "mapping-values-disagree-merge": {
        "de": "Nach der Überschrift gehörten die Werte in {target}, aber nur {share} % sind {shape} (nötig: {needed} %). Nicht zusammengeführt; die Werte stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "By its header the values would go into {target}, but only {share} % are {shape} (needed: {needed} %). Not merged; the values are in the unmapped-columns file.",
    },
    "evidence-email": {"de": "E-Mail-Adressen mit @", "en": "e-mail addresses with @"},
    "evidence-vat-id": {"de": "Umsatzsteuer-Identifikationsnummern", "en": "VAT ids"},
    "evidence-dialled": {
        "de": "Telefonnummern mit + oder 0 vorn",
        "en": "phone numbers starting with + or 0",
    },
    "evidence-country": {"de": "Länder", "en": "countries"},
    "evidence-street": {"de": "Straßen mit Hausnummer", "en": "streets with a house number"},
    "mapping-values-contact-person": {
        "de": "Die Überschrift nennt einen Ansprechpartner, und die Werte sind ganze Namen von Personen: Ansprechpartner 1 (in Anrede, Vorname und Nachname geteilt).",
        "en": "The header names a contact person and the values are persons' whole names: Ansprechpartner 1 (split into Anrede, Vorname and Nachname).",
    },
    "mapping-values-suggestion": {
        "de": 'Die Überschrift entspricht keiner lexoffice-Spalte, aber {share} % der Werte sind {shape}, und keine Spalte füllt {suggestion}. Nicht zugeordnet; stimmt es, ordnen Sie die Spalte mit --map "{source}={suggestion}" zu.',
        "en": 'The header matches no lexoffice column, but {share} % of the values are {shape}, and no column fills {suggestion}. Not mapped; if it is right, map the column with --map "{source}={suggestion}".',
    },
    "evidence-phone": {"de": "Telefonnummern", "en": "phone numbers"},
    "evidence-postcode": {"de": "Postleitzahlen", "en": "postcodes"},
    "evidence-number": {"de": "Nummern aus höchstens 8 Ziffern", "en": "numbers of at most 8 digits"},
    "evidence-vat-id-digits": {
        "de": "USt-IdNrn. (mindestens 7 Ziffern, ohne @)",
        "en": "VAT ids (at least 7 digits, no @)",
    },
    "evidence-house-number": {
        "de": "Hausnummern (1–4 Ziffern, ggf. mit Buchstabe, Bereich, Stiege oder Top)",
        "en": "house numbers (1–4 digits, possibly with a letter, a range, a staircase or a door)",
    },
    "evidence-postcode-city": {"de": "„PLZ Ort“-Angaben", "en": "“postcode city” values"},
    "evidence-address-line": {
        "de": "Zeilen einer Anschrift (PLZ und Ort, Straße mit Hausnummer, „z. Hd.“, ein Land)",
        "en": "lines of an address (postcode and city, street with house number, “z. Hd.”, a country)",
    },
    "evidence-account": {
        "de": "DATEV-Kontonummern (5 bis 9 Ziffern)",
        "en": "DATEV account numbers (5 to 9 digits)",
    },
    "evidence-calling-code": {
        "de": "Ländervorwahlen (z. B. +49, 0049)",
        "en": "calling codes (e.g. +49, 0049)",
    },
    "evidence-area-code": {
        "de": "Ortsvorwahlen (z. B. 0351)",
        "en": "area codes (e.g. 0351)",
    },
    "evidence-vat-country": {
        "de": "Länderkürzel aus zwei Buchstaben (z. B. DE, AT)",
        "en": "two-letter country prefixes (e.g. DE, AT)",
    },
    "evidence-salutation": {
        "de": "Anreden in Worten statt Zahlencodes wie 1 = Herr",
        "en": "salutations in words instead of number codes like 1 = Mr",
    },
    "evidence-person-whole-name": {
        "de": "ganze Namen von Personen (Vor- und Nachname)",
        "en": "persons' whole names (first and last name)",
    },
    "evidence-name": {
        "de": "Namen mit Buchstaben statt bloßer Nummern",
        "en": "names with letters rather than bare numbers",
    },
    "evidence-person-name": {
        "de": "Personennamen ohne Ziffern und @",
        "en": "person names without digits and @",
    },
    "mapping-header-only": {
        "de": "Die Datei enthält nur die Überschriftenzeile: die Zuordnung beruht allein auf den Überschriften, Werte wurden nicht geprüft.",
        "en": "The file holds only its header row: the mapping rests on the headers alone, no values were checked.",
    },
    "mapping-record-company": {
        "de": "Zwischen dieser Spalte und „{first}“/„{last}“ stehen Adresse und weitere Angaben des Datensatzes: „Name“ ist hier der Firmenname, die Namen dahinter sind sein Ansprechpartner. Ist es doch der Name einer Person, ordnen Sie die Spalten mit --map zu.",
        "en": "The record's address and further fields stand between this column and “{first}”/“{last}”: “Name” is the company name here, the names after it are its contact person. If it is a person's name after all, map the columns with --map.",
    },
    "mapping-record-company-values": {
        "de": "Die Werte sind Namen von Firmen („GmbH“, „Praxis“ …), die Namen in „{first}“/„{last}“ die ihrer Ansprechpartner: „Name“ ist hier der Firmenname, die Namen dahinter sind sein Ansprechpartner (eine Zeile ohne Firmennamen bleibt eine Privatperson). Ist es doch der Name einer Person, ordnen Sie die Spalten mit --map zu.",
        "en": "The values are names of companies (“GmbH”, “Praxis” …), the names in “{first}”/“{last}” those of their contact persons: “Name” is the company name here, the names after it are its contact person (a row without a company name stays a private person). If it is a person's name after all, map the columns with --map.",
    },
    "mapping-record-contact": {
        "de": "Gehört zum Ansprechpartner des Datensatzes (die Firma steht in „{name}“): {target}.",
        "en": "Belongs to the record's contact person (the company is in “{name}”): {target}.",
    },
    "mapping-address-block": {
        "de": "„{source}“ nennt keine Anschrift, die Postleitzahl, der Ort und das Land der Datei gehören aber zur Lieferanschrift: die Spalte geht in {target}.",
        "en": "“{source}” names no address, but the file's postcode, city and country belong to the shipping address: the column goes to {target}.",
    },
    "mapping-street-second-line": {
        "de": '„{source}“ steht neben der Straße „{street}“, die Datei hat aber weder PLZ noch Ort noch Land einer zweiten Anschrift, und ihre Werte sind keine Straßen: die zweite Zeile der Anschrift, „Adresszusatz 1“. Ist es die Straße einer Lieferanschrift: --map "{source}=Straße 2".',
        "en": "“{source}” stands beside the street “{street}”, but the file has no postcode, city or country of a second address, and its values are no streets: the address's second line, “Adresszusatz 1”. If it is a delivery address's street: --map \"{source}=Straße 2\".",
    },
    "mapping-address-one-cell": {
        "de": "„{source}“ enthält vermutlich die ganze Lieferanschrift in einer Zelle (keine andere Spalte der Lieferanschrift ist da); sie wird nicht als Straße übernommen. Zuordnen lässt sie sich mit --map.",
        "en": "“{source}” probably holds the whole shipping address in one cell (no other column of the shipping address exists); it is not taken as the street. It can be mapped with --map.",
    },
    "mapping-second-slot": {
        "de": "Eine andere Spalte belegt schon {first}; diese Spalte geht in {target}.",
        "en": "Another column already holds {first}; this column goes to {target}.",
    },
    # --- correction rounds (issue 12) ---
    "rule-correction-context-missing-title": {
        "de": "Frühere Prüfung nicht gefunden",
        "en": "Earlier check not found",
    },
    "rule-correction-context-missing-hint": {
        "de": "Speichern und prüfen Sie die korrigierte Datei in dem Ordner, in dem der Bericht der früheren Prüfung (…report.json) liegt, am besten unter ihrem ursprünglichen Namen (…rejected.csv). Nur dann wird erkannt, welche Nummern und Zeilen schon hochgeladen wurden.",
        "en": "Save and check the corrected file in the folder that holds the earlier check's report (…report.json), best under its original name (…rejected.csv). Only then can numbers and rows uploaded before be recognised.",
    },
    "issue-correction-context-missing@web": {
        "de": "Dies ist eine Datei abgelehnter Zeilen von lexoffice-import, hier für sich hochgeladen: Ob eine Kunden- oder Lieferantennummer schon in der Upload-Datei der ersten Prüfung steht, kann so nicht geprüft werden.",
        "en": "This is a rejected-rows file of lexoffice-import, uploaded here on its own: whether a customer or supplier number is already in the first check's upload file cannot be checked this way.",
    },
    "rule-correction-context-missing-hint@web": {
        "de": "Korrigieren Sie die abgelehnten Zeilen auf der Ergebnisseite der ersten Prüfung, in der Tabelle „Abgelehnte Zeilen“: Dort wird jede Nummer gegen die erste Upload-Datei geprüft, und die Seite bietet nur die neuen Kontakte zum Hochladen an. Ist die Seite nicht mehr offen, prüfen Sie die Nummern der korrigierten Zeilen selbst gegen die schon importierten Kontakte.",
        "en": "Correct the rejected rows on the first check's result page, in the table “Rejected rows”: there every number is checked against the first upload file, and the page offers only the new contacts for upload. If that page is no longer open, check the corrected rows' numbers against the contacts imported already yourself.",
    },
    "issue-correction-context-missing": {
        "de": "Dies ist eine Datei abgelehnter Zeilen von lexoffice-import, aber der Bericht der früheren Prüfung (…report.json) wurde daneben nicht gefunden. Die Datei wird für sich geprüft: Ob eine Kunden- oder Lieferantennummer schon in einer früheren Upload-Datei steht, kann nicht geprüft werden.",
        "en": "This is a rejected-rows file of lexoffice-import, but the earlier check's report (…report.json) was not found beside it. The file is checked on its own: whether a customer or supplier number is already in an earlier upload file cannot be checked.",
    },
    "rule-contact-uploaded-elsewhere-title": {
        "de": "Kontakt schon in einer anderen Upload-Datei",
        "en": "Contact in another upload file already",
    },
    "rule-contact-uploaded-elsewhere-hint": {
        "de": "Laden Sie jeden Kontakt nur einmal hoch. Ist diese Datei die neuere Fassung einer anderen (korrigiert und unter neuem Namen gespeichert), laden Sie nur ihre Upload-Datei hoch, nicht die der anderen.",
        "en": "Upload each contact once only. If this file is the newer version of another (corrected and saved under a new name), upload its upload file only, not the other's.",
    },
    "rule-input-checked-before-title": {
        "de": "Dieselbe Datei schon geprüft",
        "en": "The same file checked before",
    },
    "rule-input-checked-before-hint": {
        "de": "Laden Sie die Kontakte nur einmal hoch: die Upload-Dateien einer der beiden Prüfungen.",
        "en": "Upload the contacts once only: the upload files of one of the two checks.",
    },
    "issue-contact-uploaded-elsewhere": {
        "de": "{column} {value} mit diesem Namen steht schon in {file}, der Upload-Datei einer anderen Eingabe in diesem Ordner. Laden Sie den Kontakt nur einmal hoch, sonst legt lexoffice ihn doppelt an; haben Sie die Datei neu exportiert oder korrigiert, laden Sie nur die neue Upload-Datei hoch.",
        "en": "{column} {value} with this name is in {file} already, the upload file of another input in this folder. Upload the contact once only, or lexoffice creates it twice; if you exported or corrected the file anew, upload the new upload file only.",
    },
    "issue-input-checked-before-self": {
        "de": "Diese Datei wurde schon einmal in diesen Ordner geprüft, unter anderem Namen: {other}. Laden Sie die Kontakte nur einmal hoch, sonst legt lexoffice sie doppelt an; löschen Sie die älteren Ausgaben, wenn Sie sie nicht mehr brauchen.",
        "en": "This file was checked into this folder before, under another name: {other}. Upload the contacts once only, or lexoffice creates them twice; delete the older outputs if you no longer need them.",
    },
    "issue-input-checked-before": {
        "de": "Diese Datei hat denselben Inhalt wie {other}, die schon geprüft wurde. Laden Sie die Kontakte nur einmal hoch, sonst legt lexoffice sie doppelt an.",
        "en": "This file has the same content as {other}, checked before. Upload the contacts once only, or lexoffice creates them twice.",
    },
    "rule-correction-column-deleted-title": {
        "de": "Spalte gelöscht",
        "en": "Column deleted",
    },
    "rule-correction-column-deleted-hint": {
        "de": "Die korrigierte Datei hat eine Spalte der früheren Runde nicht mehr. Ihre Werte der abgelehnten Zeilen stehen nur noch in der ursprünglichen Datei; fügen Sie die Spalte wieder ein (mit ihrer Überschrift), wenn sie nach lexoffice sollen.",
        "en": "The corrected file no longer has a column of the earlier round. Its values of the rejected rows are only in the original file now; insert the column again (with its header) if they are to go into lexoffice.",
    },
    "rule-correction-rows-missing-title": {
        "de": "Abgelehnte Zeilen fehlen",
        "en": "Rejected rows missing",
    },
    "rule-correction-rows-missing-hint": {
        "de": "Eine gelöschte Zeile ist in keiner Upload-Datei: Der Kontakt fehlt in lexoffice. Fügen Sie sie mit ihrer Nummer in der Spalte „Zeile“ wieder ein, wenn er hinein soll.",
        "en": "A deleted row is in no upload file: the contact is missing from lexoffice. Paste it back with its number in the column “Row” if it is to go in.",
    },
    "kind-set-customers": {"de": "Kunden", "en": "customers"},
    "kind-set-suppliers": {"de": "Lieferanten", "en": "suppliers"},
    "kind-sets-joined": {"de": "{first} und {second}", "en": "{first} and {second}"},
    "rule-correction-kind-changed-title": {
        "de": "Andere Kontaktart als in der früheren Runde",
        "en": "Another kind of contact than in the earlier round",
    },
    "rule-correction-kind-changed-hint": {
        "de": "Lassen Sie --kind in der Korrekturrunde weg: sie übernimmt die Art der früheren Runde. Sollen alle Kontakte der Datei die neue Art haben, prüfen Sie die ursprüngliche Datei neu mit --kind.",
        "en": "Leave --kind out in the correction round: it takes the earlier round's kind. If every contact of the file is to have the new kind, check the original file again with --kind.",
    },
    "issue-correction-kind-changed": {
        "de": "Die frühere Runde hat diese Kontakte als {before} geprüft; mit --kind {kind} werden die korrigierten Zeilen {now}, die hochgeladenen der früheren Runden bleiben {before}, und eine Kunden- oder Lieferantennummer, die nicht zur neuen Art passt, geht nicht an lexoffice. Lassen Sie --kind hier weg – oder sollen alle Kontakte {now} sein, prüfen Sie die ursprüngliche Datei neu mit --kind {kind}.",
        "en": "The earlier round checked these contacts as {before}; with --kind {kind} the corrected rows become {now}, the earlier rounds' uploaded ones stay {before}, and a customer or supplier number that does not fit the new kind does not go to lexoffice. Leave --kind out here – or, if every contact is to be {now}, check the original file again with --kind {kind}.",
    },
    "issue-correction-kind-auto": {
        "de": "Die frühere Runde hat diese Kontakte als {before} geprüft; mit --kind auto werden die korrigierten Zeilen nach ihren Nummern Kunden oder Lieferanten, die hochgeladenen der früheren Runden bleiben {before}. Lassen Sie --kind hier weg – oder prüfen Sie die ursprüngliche Datei neu mit --kind auto.",
        "en": "The earlier round checked these contacts as {before}; with --kind auto the corrected rows become customers or suppliers by their numbers, the earlier rounds' uploaded ones stay {before}. Leave --kind out here – or check the original file again with --kind auto.",
    },
    "issue-correction-column-deleted": {
        "de": "Die Spalte „{column}“ der früheren Runde fehlt in dieser Datei (gelöscht?): Ihre Werte gehen nicht in den Upload, auch nicht als nicht zugeordnete Spalte. Fügen Sie die Spalte aus der ursprünglichen Datei wieder ein, wenn sie gebraucht wird.",
        "en": "The column “{column}” of the earlier round is missing from this file (deleted?): its values go neither into the upload nor into the unmapped file. Insert the column again from the original file if it is needed.",
    },
    "issue-correction-rows-missing-one": {
        "de": "Eine abgelehnte Zeile der früheren Runde fehlt in dieser Datei (gelöscht?): Zeile {rows}. Sie ist in keiner Upload-Datei; fügen Sie sie mit ihrer Nummer in der Spalte „Zeile“ wieder ein, wenn der Kontakt in lexoffice soll.",
        "en": "A rejected row of the earlier round is missing from this file (deleted?): row {rows}. It is in no upload file; paste it back with its number in the column “Row” if the contact is to go into lexoffice.",
    },
    "issue-correction-rows-missing": {
        "de": "{count} abgelehnte Zeilen der früheren Runde fehlen in dieser Datei (gelöscht?): Zeilen {rows}. Sie sind in keiner Upload-Datei; fügen Sie sie mit ihrer Nummer in der Spalte „Zeile“ wieder ein, wenn die Kontakte in lexoffice sollen.",
        "en": "{count} rejected rows of the earlier round are missing from this file (deleted?): rows {rows}. They are in no upload file; paste them back with their number in the column “Row” if the contacts are to go into lexoffice.",
    },
    "round-settings-taken": {
        "de": "Wie in der früheren Runde geprüft mit: {options}. Geben Sie eine Option neu an, wenn diese Runde anders geprüft werden soll.",
        "en": "Checked as in the earlier round with: {options}. Give an option again if this round is to be checked otherwise.",
    },
    "rule-correction-upload-unreadable-title": {
        "de": "Frühere Upload-Datei fehlt",
        "en": "Earlier upload file missing",
    },
    "rule-correction-upload-unreadable-hint": {
        "de": "Lassen Sie die Upload-Dateien früherer Runden im Ordner liegen, bis alle Runden erledigt sind.",
        "en": "Keep the upload files of earlier rounds in the folder until all rounds are done.",
    },
    "issue-correction-upload-numbers-kept": {
        "de": "Die Upload-Datei {file} einer früheren Runde fehlt oder ist nicht lesbar. Ihre Kunden- und Lieferantennummern stehen im Bericht jener Runde und werden weiter als doppelt erkannt; einen Kontakt daraus ohne Nummer erkennt die Prüfung nicht. Legen Sie die Datei zurück in den Ordner, wenn Sie sie noch haben.",
        "en": "The upload file {file} of an earlier round is missing or unreadable. Its customer and supplier numbers are in that round's report and are still recognised as duplicates; a contact of it without a number is not. Put the file back into the folder if you still have it.",
    },
    "issue-correction-upload-unreadable": {
        "de": "Die Upload-Datei {file} einer früheren Runde fehlt oder ist nicht lesbar: Nummern darin können nicht als doppelt erkannt werden.",
        "en": "The upload file {file} of an earlier round is missing or unreadable: numbers in it cannot be recognised as duplicates.",
    },
    "rule-row-uploaded-earlier-title": {
        "de": "Zeile schon hochgeladen",
        "en": "Row uploaded before",
    },
    "rule-row-uploaded-earlier-hint": {
        "de": "Diese Zeile der ursprünglichen Datei steht schon in der Upload-Datei einer früheren Runde. Löschen Sie sie aus der korrigierten Datei.",
        "en": "This row of the original file is already in an earlier round's upload file. Delete it from the corrected file.",
    },
    "issue-row-uploaded-earlier": {
        "de": "Diese Zeile wurde schon in einer früheren Runde hochladbar gemacht; sie wird nicht noch einmal übernommen.",
        "en": "This row was already made uploadable in an earlier round; it is not taken again.",
    },
    "rule-customer-number-uploaded-earlier-title": {
        "de": "Kundennummer schon hochgeladen",
        "en": "Customer number uploaded before",
    },
    "rule-customer-number-uploaded-earlier-hint": {
        "de": "Die Kundennummer steht schon in der Upload-Datei einer früheren Runde; lexoffice legte sonst zwei Kontakte an. Vergeben Sie eine andere Nummer oder lassen Sie das Feld leer.",
        "en": "The customer number is already in an earlier round's upload file; lexoffice would create two contacts. Give another number or leave the field empty.",
    },
    "rule-contact-uploaded-earlier-title": {
        "de": "Kontakt schon in einer früheren Runde hochgeladen",
        "en": "Contact uploaded in an earlier round already",
    },
    "rule-contact-uploaded-earlier-hint": {
        "de": "Derselbe Kontakt (Name, E-Mail, Anschrift) steht schon in der Upload-Datei einer früheren Runde. Haben Sie sie hochgeladen, nehmen Sie die Zeile aus dieser Upload-Datei heraus, sonst legt lexoffice den Kontakt doppelt an.",
        "en": "The same contact (name, e-mail, address) is in an earlier round's upload file already. If you uploaded it, take the row out of this upload file, or lexoffice creates the contact twice.",
    },
    "issue-contact-uploaded-earlier": {
        "de": "„{value}“ steht mit demselben Namen, derselben E-Mail-Adresse und Anschrift schon in {file} (Runde {round}). Haben Sie die Datei hochgeladen, nehmen Sie diese Zeile aus der neuen Upload-Datei heraus, sonst legt lexoffice den Kontakt doppelt an.",
        "en": "“{value}” is in {file} (round {round}) already, with the same name, e-mail address and address. If you uploaded that file, take this row out of the new upload file, or lexoffice creates the contact twice.",
    },
    "issue-customer-number-uploaded-earlier": {
        "de": "Die Kundennummer „{value}“ steht schon in {file} (Runde {round}). Ist es derselbe Kontakt, ist er schon hochgeladen: löschen Sie diese Zeile. Ist es ein anderer Kontakt, vergeben Sie eine andere Nummer oder lassen Sie das Feld leer.",
        "en": "The customer number “{value}” is already in {file} (round {round}). If it is the same contact, it is uploaded already: delete this row. If it is another contact, give another number or leave the field empty.",
    },
    "rule-supplier-number-uploaded-earlier-title": {
        "de": "Lieferantennummer schon hochgeladen",
        "en": "Supplier number uploaded before",
    },
    "rule-supplier-number-uploaded-earlier-hint": {
        "de": "Die Lieferantennummer steht schon in der Upload-Datei einer früheren Runde; lexoffice legte sonst zwei Kontakte an. Vergeben Sie eine andere Nummer oder lassen Sie das Feld leer.",
        "en": "The supplier number is already in an earlier round's upload file; lexoffice would create two contacts. Give another number or leave the field empty.",
    },
    "issue-supplier-number-uploaded-earlier": {
        "de": "Die Lieferantennummer „{value}“ steht schon in {file} (Runde {round}). Ist es derselbe Kontakt, ist er schon hochgeladen: löschen Sie diese Zeile. Ist es ein anderer Kontakt, vergeben Sie eine andere Nummer oder lassen Sie das Feld leer.",
        "en": "The supplier number “{value}” is already in {file} (round {round}). If it is the same contact, it is uploaded already: delete this row. If it is another contact, give another number or leave the field empty.",
    },
    "rule-correction-row-unknown-title": {
        "de": "Zeilennummer unbekannt",
        "en": "Unknown row number",
    },
    "rule-correction-row-unknown-hint": {
        "de": "Lassen Sie die Spalte „Zeile“ der Datei abgelehnter Zeilen unverändert: Sie verbindet jede Zeile mit der ursprünglichen Datei. Neue Kontakte gehören in eine eigene Datei, die Sie für sich prüfen.",
        "en": "Leave the column “Row” of the rejected-rows file unchanged: it ties each row to the original file. New contacts belong in a file of their own, checked on its own.",
    },
    "issue-correction-row-unknown": {
        "de": "„{value}“ in der Spalte „Zeile“ ist keine abgelehnte Zeile der ursprünglichen Datei (leer, geändert, doppelt oder neu eingefügt); die Zeile wird nicht übernommen.",
        "en": "“{value}” in the column “Row” is no rejected row of the original file (empty, changed, repeated or newly inserted); the row is not taken.",
    },
    "html-next-correct": {
        "de": "Abgelehnte Zeilen korrigieren: Öffnen Sie {rejected} (z. B. in Excel), korrigieren Sie die Zeilen anhand der Spalte „Ablehnungsgrund“, speichern Sie die Datei unter demselben Namen und im selben Ordner (als CSV) und prüfen Sie sie mit {command}. Das ist Korrekturrunde {next}: Sie erhalten neue Upload-Dateien nur mit den nun korrekten Zeilen; Nummern und Zeilen, die schon hochladbar sind, werden nicht noch einmal übernommen.",
        "en": "Correct the rejected rows: open {rejected} (e.g. in Excel), correct the rows using the column “Reason”, save the file under the same name in the same folder (as CSV) and check it with {command}. That is correction round {next}: you get new upload files holding only the rows now correct; numbers and rows already uploadable are not taken again.",
    },
    "html-round-summary": {
        "de": "Korrekturrunde {round} zu {stem}: {corrected} geprüft, {uploaded} hochladbar, {rejected} weiterhin abgelehnt. Laden Sie nur die Dateien dieser Runde hoch; die Dateien früherer Runden bleiben unverändert.",
        "en": "Correction round {round} of {stem}: {corrected} checked, {uploaded} uploadable, {rejected} still rejected. Upload only this round's files; earlier rounds' files stay unchanged.",
    },
    "html-round-line": {
        "de": "Runde {round}: {checked} geprüft, {uploaded} hochladbar, {rejected} abgelehnt",
        "en": "Round {round}: {checked} checked, {uploaded} uploadable, {rejected} rejected",
    },
    "html-round-balance": {
        "de": "Über alle Runden: von {original} Zeilen der ursprünglichen Datei sind {uploaded} in genau einer Upload-Datei, {rejected} in der neuesten Datei der abgelehnten Zeilen{missing}.",
        "en": "Across all rounds: of the original file's {original} rows, {uploaded} are in exactly one upload file, {rejected} in the latest rejected file{missing}.",
    },
    "html-round-missing-one": {
        "de": "; 1 aus der korrigierten Datei gelöscht (Zeile {rows})",
        "en": "; 1 deleted from the corrected file (row {rows})",
    },
    "html-round-missing": {
        "de": "; {count} aus der korrigierten Datei gelöscht (Zeilen {rows})",
        "en": "; {count} deleted from the corrected file (rows {rows})",
    },
    "html-round-context-missing": {
        "de": "Korrigierte Datei abgelehnter Zeilen ohne den Bericht der früheren Prüfung geprüft: Doppelte Nummern gegenüber früheren Upload-Dateien konnten nicht geprüft werden.",
        "en": "Corrected rejected-rows file checked without the earlier check's report: duplicate numbers against earlier upload files could not be checked.",
    },
    "summary-round-missing-one": {
        "de": "; 1 Zeile aus der korrigierten Datei gelöscht und in keiner Datei (Zeile {rows}): Sie steht nur noch in der ursprünglichen Datei",
        "en": "; 1 row deleted from the corrected file and in no file (row {rows}): it is only in the original file now",
    },
    "summary-round-missing": {
        "de": "; {count} Zeilen aus der korrigierten Datei gelöscht und in keiner Datei (Zeilen {rows}): Sie stehen nur noch in der ursprünglichen Datei",
        "en": "; {count} rows deleted from the corrected file and in no file (rows {rows}): they are only in the original file now",
    },
    "summary-round": {
        "de": "Korrekturrunde {round} zu {stem}: {corrected} geprüft, {uploaded} hochladbar, {rejected} weiterhin abgelehnt; über alle Runden {total} von {original} Zeilen hochladbar",
        "en": "Correction round {round} of {stem}: {corrected} checked, {uploaded} uploadable, {rejected} still rejected; across all rounds {total} of {original} rows uploadable",
    },
    "summary-round-next": {
        "de": "Abgelehnte Zeilen in {rejected} korrigieren, unter demselben Namen speichern, dann: {command}",
        "en": "Correct the rejected rows in {rejected}, save under the same name, then: {command}",
    },
    "round-ambiguous": {
        "de": "{path} ist eine korrigierte Datei abgelehnter Zeilen, passt aber zu mehreren früheren Prüfungen in diesem Ordner ({names}); es wurde nichts geschrieben. Speichern Sie die Datei unter dem Namen der Datei, aus der sie stammt (z. B. über die alte Datei), und prüfen Sie dann diese.",
        "en": "{path} is a corrected file of rejected rows but fits several earlier checks in this folder ({names}); nothing was written. Save it under the name of the file it came from (over the old file, for instance), then check that one.",
    },
    "round-delimiter-wrong": {
        "de": "{path} ist die Datei der abgelehnten Zeilen einer früheren Prüfung, aber mit dem vorgegebenen Trennzeichen ({given}) wird ihre Kopfzeile zu einer einzigen Spalte; mit {likely} hätte sie mehrere. Es wurde nichts geschrieben. Lassen Sie --delimiter weg (das Trennzeichen wird erkannt) oder geben Sie das richtige an.",
        "en": "{path} is the rejected-rows file of an earlier check, but the given delimiter ({given}) makes its header a single column; {likely} would give several. Nothing was written. Leave out --delimiter (the delimiter is detected) or give the right one.",
    },
    "round-row-column-missing": {
        "de": "{path} ist die Datei der abgelehnten Zeilen einer früheren Prüfung, aber ihre Spalte „Zeile“ fehlt: Sie verbindet jede Zeile mit der Original-Datei; ohne sie ließe sich nicht prüfen, welche Zeilen schon in einer Upload-Datei stehen, und dieselben Kontakte könnten zweimal hochgeladen werden. Es wurde nichts geschrieben. Stellen Sie die Spalte „Zeile“ wieder her (in Excel: Rückgängig, oder aus einer Sicherung) und prüfen Sie erneut.",
        "en": "{path} is the rejected-rows file of an earlier check, but its column “Zeile” is missing: it ties each row to the original file; without it there is no telling which rows are in an upload file already, and the same contacts could be uploaded twice. Nothing was written. Restore the column “Zeile” (in Excel: Undo, or from a backup) and check again.",
    },
    "rule-upload-file-stale-title": {
        "de": "Alte Upload-Datei bleibt stehen",
        "en": "Old upload file stays",
    },
    "rule-upload-file-stale-hint": {
        "de": "Löschen oder verschieben Sie die alte Upload-Datei, bevor Sie hochladen: Sie gehört zur letzten Prüfung einer älteren Fassung der Eingabe, nicht zu den neuen Ausgaben.",
        "en": "Delete or move the old upload file before uploading: it belongs to the last check of an older version of the input, not to the new outputs.",
    },
    "issue-upload-file-stale": {
        "de": "{file} ist eine Upload-Datei der letzten Prüfung (die Eingabe war damals eine andere) und wurde seither geändert; sie bleibt deshalb stehen, gehört aber nicht zu den neuen Ausgaben. Löschen oder verschieben Sie sie, bevor Sie die Upload-Dateien hochladen, sonst legt lexoffice diese Kontakte doppelt oder veraltet an.",
        "en": "{file} is an upload file of the last check (of another version of the input) and was changed since; it therefore stays, but it is none of the new outputs. Delete or move it before uploading the upload files, or lexoffice creates these contacts twice or outdated.",
    },
    "round-replaced-file": {
        "de": "{name} ({rows} Kontakte)",
        "en": "{name} ({rows} contacts)",
    },
    "round-uploads-replaced-settings": {
        "de": "Hinweis: Dieselbe Eingabe wurde mit anderen Einstellungen, einer anderen Zuordnung oder Kodierung geprüft; die Upload-Datei der letzten Prüfung ist ersetzt: {files}. Haben Sie sie schon in lexoffice hochgeladen, laden Sie die neue nicht ganz hoch (lexoffice legte die Kontakte doppelt an), sondern nur die Kontakte, die in der früheren fehlten.",
        "en": "Note: the same input was checked with other settings, another mapping or encoding; the last check's upload file is replaced: {files}. If you uploaded it to lexoffice already, do not upload the new one whole (lexoffice would create the contacts twice), only the contacts the earlier one lacked.",
    },
    "round-uploads-replaced": {
        "de": "Hinweis: Die Eingabe hat sich seit der letzten Prüfung geändert; deren Upload-Datei ist ersetzt: {files}. Haben Sie sie schon in lexoffice hochgeladen, laden Sie die neue nicht ganz hoch (lexoffice legte die Kontakte doppelt an): Korrigieren Sie dann nur die abgelehnten Zeilen in der Datei der abgelehnten Zeilen.",
        "en": "Note: the input changed since the last check; its upload file is replaced: {files}. If you uploaded it to lexoffice already, do not upload the new one whole (lexoffice would create the contacts twice): correct only the rejected rows in the rejected-rows file then.",
    },
    "round-elsewhere": {
        "de": "{path} ist eine Datei abgelehnter Zeilen; ihre Prüfung ist Korrekturrunde {round} und gehört neben die früheren Runden in {folder}. In {out} geschrieben, sähe die nächste Prüfung sie nicht, und dieselben Kontakte könnten in zwei Upload-Dateien landen. Es wurde nichts geschrieben. Lassen Sie --out weg (oder geben Sie --out {folder} an). Dürfen Sie in {folder} nicht schreiben, kopieren Sie den ganzen Ordner an einen Ort, an dem Sie es dürfen, und prüfen Sie die Datei dort.",
        "en": "{path} is a rejected-rows file; checking it is correction round {round}, which belongs beside the earlier rounds in {folder}. Written to {out}, the next check would not see it, and the same contacts could end up in two upload files. Nothing was written. Leave out --out (or give --out {folder}). If you may not write in {folder}, copy the whole folder to a place where you may, and check the file there.",
    },
    "round-superseded": {
        "de": "{path} ist die Datei der abgelehnten Zeilen von Runde {previous} zu {stem}; sie jetzt zu prüfen wäre noch einmal Korrekturrunde {round}. Es gibt aber schon die spätere Korrekturrunde {latest} ({report}), die auf Runde {round} aufbaut: Runde {round} neu zu schreiben widerspräche ihr, und dieselbe Zeile könnte in zwei Upload-Dateien stehen. Es wurde nichts geschrieben.",
        "en": "{path} is the rejected-rows file of round {previous} of {stem}; checking it now would be correction round {round} once more. But the later correction round {latest} ({report}) already builds on round {round}: writing round {round} anew would contradict it, and the same row could end up in two upload files. Nothing was written.",
    },
    "round-restart": {
        "de": "Zu {stem} gibt es schon Korrekturrunden (die neueste: Runde {latest}, {report}). {path} jetzt neu zu prüfen würde die Upload-Dateien von Runde 1 ersetzen, und Kontakte, die in einer Korrekturrunde hochladbar wurden, stünden in zwei Upload-Dateien. Es wurde nichts geschrieben.",
        "en": "{stem} has correction rounds already (the latest: round {latest}, {report}). Checking {path} anew now would replace round 1's upload files, and contacts made uploadable in a correction round would be in two upload files. Nothing was written.",
    },
    "round-restart-anew": {
        "de": "Wollen Sie ganz von vorn beginnen (noch nichts in lexoffice hochgeladen), wählen Sie mit --out einen neuen Ordner, oder löschen Sie im Ordner {folder} die Ausgaben der früheren Prüfungen ({stem}.korrektur-* und die übrigen Dateien {stem}.*, außer Ihrer Datei {name}).",
        "en": "To start anew (nothing uploaded to lexoffice yet), choose a new folder with --out, or delete the earlier checks' outputs in the folder {folder} ({stem}.korrektur-* and the other files {stem}.*, except your file {name}).",
    },
    "round-repeat": {
        "de": "{path} wurde schon einmal geprüft: Das war Korrekturrunde {round} zu {stem}, und deren Upload-Dateien ({files}) enthalten Kontakte, die Sie vielleicht schon in lexoffice hochgeladen haben. Sie jetzt zu ersetzen könnte diese Kontakte doppelt anlegen; es wurde nichts geschrieben.",
        "en": "{path} was checked before: that was correction round {round} of {stem}, and its upload files ({files}) hold contacts you may have uploaded to lexoffice already. Replacing them now could create those contacts twice; nothing was written.",
    },
    "round-repeat-other": {
        "de": "{path} ist Korrekturrunde {round} zu {stem}, und die wurde schon mit {checked} geprüft: Deren Upload-Dateien ({files}) enthalten Kontakte, die Sie vielleicht schon in lexoffice hochgeladen haben. Sie jetzt zu ersetzen könnte diese Kontakte doppelt anlegen; es wurde nichts geschrieben.",
        "en": "{path} is correction round {round} of {stem}, which was checked with {checked} already: its upload files ({files}) hold contacts you may have uploaded to lexoffice already. Replacing them now could create those contacts twice; nothing was written.",
    },
    "round-repeat-correct": {
        "de": "Haben Sie sie hochgeladen, korrigieren Sie die noch abgelehnten Zeilen in {rejected} (übertragen Sie Ihre Änderungen aus {path} dorthin) und prüfen Sie diese Datei: lexoffice-import check {rejected_arg}",
        "en": "If you uploaded them, correct the rows still rejected in {rejected} (carry your changes over from {path}) and check that file: lexoffice-import check {rejected_arg}",
    },
    "round-repeat-done": {
        "de": "Haben Sie sie hochgeladen, ist nichts mehr zu tun: In Runde {round} wurde keine Zeile mehr abgelehnt.",
        "en": "If you uploaded them, nothing is left to do: round {round} rejected no row.",
    },
    "round-repeat-redo": {
        "de": "Haben Sie sie noch nicht hochgeladen und wollen Runde {round} neu prüfen, löschen Sie {files} und den Bericht {report} und prüfen Sie {path} erneut.",
        "en": "If you have not uploaded them yet and want to check round {round} anew, delete {files} and the report {report} and check {path} again.",
    },
    "round-repeat-unreported": {
        "de": "Der Bericht dieser Runde fehlt (gelöscht?). Haben Sie {files} noch nicht hochgeladen, löschen Sie sie und prüfen Sie {path} erneut. Haben Sie sie schon hochgeladen, löschen Sie erst die Zeilen dieser Kontakte aus {path}, verschieben Sie dann {files} in einen anderen Ordner und prüfen Sie {path} erneut.",
        "en": "This round's report is missing (deleted?). If you have not uploaded {files} yet, delete them and check {path} again. If you uploaded them already, first delete those contacts' rows from {path}, then move {files} to another folder and check {path} again.",
    },
    "round-superseded-correct": {
        "de": "Korrigieren Sie stattdessen die abgelehnten Zeilen der neuesten Runde in {rejected} (übertragen Sie Ihre Änderungen aus {path} dorthin) und prüfen Sie diese Datei: lexoffice-import check {rejected_arg}",
        "en": "Correct the latest round's rejected rows in {rejected} instead (carry your changes in {path} over to it) and check that file: lexoffice-import check {rejected_arg}",
    },
    "round-superseded-done": {
        "de": "In Runde {latest} wurde keine Zeile mehr abgelehnt; Ihre Änderungen in {path} werden nicht übernommen.",
        "en": "Round {latest} rejected no rows; your changes in {path} are not taken.",
    },
    "round-superseded-repeat": {
        "de": "Um Runde {latest} zu wiederholen (nur wenn Sie deren Upload-Dateien noch nicht in lexoffice hochgeladen haben), löschen Sie deren Upload-Dateien und deren Bericht, ändern Sie {checked} und prüfen Sie diese Datei erneut: lexoffice-import check {checked_arg}",
        "en": "To repeat round {latest} (only if you have not uploaded its upload files to lexoffice yet), delete its upload files and its report, change {checked} and check that file again: lexoffice-import check {checked_arg}",
    },
    # --- header mapping: options and files (exit 2) ------------------------------------------
    "mapping-unknown-target": {
        "de": "„{target}“ (für die Spalte „{source}“ in --map/--mapping) ist keine lexoffice-Spalte. Gültig sind: {names}.",
        "en": "“{target}” (for the column “{source}” in --map/--mapping) is no lexoffice column. Valid are: {names}.",
    },
    "mapping-map-malformed": {
        "de": '--map "{value}" ist ungültig: erwartet wird QUELLE=ZIEL, z. B. --map "Name=Nachname"; mit --map "Matchcode=" bleibt eine Spalte unzugeordnet.',
        "en": '--map "{value}" is invalid: expected SOURCE=TARGET, e.g. --map "Name=Nachname"; --map "Matchcode=" leaves a column unmapped.',
    },
    "mapping-map-conflict": {
        "de": "--map nennt die Spalte „{source}“ zweimal mit verschiedenen Zielen („{first}“ und „{second}“); geben Sie sie nur einmal an.",
        "en": "--map names the column “{source}” twice with different targets (“{first}” and “{second}”); give it once.",
    },
    "mapping-file-missing": {
        "de": "Die Zuordnungsdatei {path} (--mapping) gibt es nicht. Legen Sie sie mit --save-mapping an.",
        "en": "The mapping file {path} (--mapping) does not exist. Create it with --save-mapping.",
    },
    "mapping-file-invalid": {
        "de": 'Die Zuordnungsdatei {path} (--mapping) ist ungültig: {detail}. Erwartet wird eine TOML-Datei mit [mapping] und Zeilen wie "Quellspalte" = "lexoffice-Spalte".',
        "en": 'The mapping file {path} (--mapping) is invalid: {detail}. Expected a TOML file with [mapping] and lines like "Source column" = "lexoffice column".',
    },
    "mapping-file-no-table": {"de": "der Abschnitt [mapping] fehlt", "en": "the [mapping] table is missing"},
    "mapping-file-not-text": {
        "de": "der Wert für „{source}“ ist kein Text in Anführungszeichen",
        "en": "the value for “{source}” is no quoted text",
    },
    "mapping-file-write": {
        "de": "Die Zuordnungsdatei {path} (--save-mapping) lässt sich nicht schreiben: {detail}",
        "en": "The mapping file {path} (--save-mapping) cannot be written: {detail}",
    },
    "mapping-file-comment": {
        "de": 'Spaltenzuordnung für lexoffice-import, geschrieben mit --save-mapping; lesen mit --mapping DATEI.\n"Quellspalte" = "lexoffice-Spalte"; "" = nicht zuordnen.',
        "en": 'Column mapping for lexoffice-import, written with --save-mapping; read it with --mapping FILE.\n"Source column" = "lexoffice column"; "" = leave unmapped.',
    },
    "mapping-file-merged": {
        "de": "„{source}“ wird mit „{target}“ zusammengeführt ({merge}) und automatisch wieder erkannt.",
        "en": "“{source}” is merged into “{target}” ({merge}) and detected again automatically.",
    },
    "mapping-synonyms-missing": {
        "de": "Die Synonymdatei {path} gibt es nicht.",
        "en": "The synonyms file {path} does not exist.",
    },
    "mapping-synonyms-invalid": {
        "de": "Die Synonymdatei {path} ist ungültig: {detail}",
        "en": "The synonyms file {path} is invalid: {detail}",
    },
    # --- header mapping: the table of the `map` command ---------------------------------------
    "mapping-table-source": {"de": "Quelle", "en": "Source"},
    "mapping-table-target": {"de": "lexoffice-Spalte", "en": "lexoffice column"},
    "mapping-table-method": {"de": "Methode", "en": "Method"},
    "mapping-table-score": {"de": "Punkte", "en": "Points"},
    "mapping-table-suggestion": {"de": "Vorschlag", "en": "Suggestion"},
    "mapping-table-summary": {
        "de": "{total} Spalten: {mapped} zugeordnet, {merged} zusammengeführt, {unmapped} nicht zugeordnet.",
        "en": "{total} columns: {mapped} mapped, {merged} merged, {unmapped} unmapped.",
    },
    "mapping-table-notes": {"de": "Hinweise:", "en": "Notes:"},
    "mapping-method-manual": {"de": "manuell", "en": "manual"},
    "mapping-method-exact": {"de": "genau", "en": "exact"},
    "mapping-method-normalized": {"de": "normalisiert", "en": "normalized"},
    "mapping-method-synonym": {"de": "Synonym", "en": "synonym"},
    "mapping-method-grammar": {"de": "Wortbedeutung", "en": "header words"},
    "mapping-method-fuzzy": {"de": "unscharf", "en": "fuzzy"},
    "mapping-customer-number-at-supplier": {
        "de": "Der Dateiname nennt Lieferanten: „{source}“ ist dann die Kundennummer, die der Lieferant Ihnen gegeben hat, nicht Ihre lexoffice-Kundennummer. Ist die Datei eine Kundenliste, prüfen Sie mit --kind kunden.",
        "en": "The file name says suppliers: “{source}” is then the customer number the supplier gave you, not your lexoffice customer number. If the file lists customers, check with --kind kunden.",
    },
    "mapping-address-street": {
        "de": "„{source}“ steht neben Spalten für PLZ und Ort und ohne Straßenspalte: die Straße.",
        "en": "“{source}” stands beside postcode and city columns and without a street column: the street.",
    },
    "mapping-method-merge": {"de": "zusammengeführt", "en": "merged"},
    "mapping-method-values": {"de": "nach den Werten", "en": "by its values"},
    "mapping-values-salutation": {
        "de": 'Die Werte sind Anreden (etwa „Mr.“, „Mrs.“, „Frau“); sie kommen unverändert in die Anrede. Soll die Spalte nicht hochgeladen werden: --map "{source}=".',
        "en": 'The values are salutations (such as “Mr.”, “Mrs.”, “Frau”); they go unchanged into Anrede. To leave the column out: --map "{source}=".',
    },
    "mapping-values-salutation-spelt": {
        "de": 'Die Werte sind Anreden; sie kommen in die Anrede, Herr und Frau auf Deutsch geschrieben (etwa „{value}“ als „{spelt}“), andere (etwa „Dr.“) unverändert. Soll die Spalte nicht hochgeladen werden: --map "{source}=".',
        "en": 'The values are salutations; they go into Anrede, Herr and Frau spelt in German (such as “{value}” as “{spelt}”), others (such as “Dr.”) unchanged. To leave the column out: --map "{source}=".',
    },
    "mapping-values-salutation-sex": {
        "de": 'Die Werte nennen das Geschlecht (etwa „m“, „w“, „männlich“); daraus wird die Anrede „Herr“ oder „Frau“. Andere Werte (etwa „divers“) ergeben keine Anrede und stehen in der Datei der nicht zugeordneten Spalten. Soll die Spalte nicht hochgeladen werden: --map "{source}=".',
        "en": 'The values name the sex (such as “m”, “w”, “male”); they become the Anrede “Herr” or “Frau”. Other values (such as “diverse”) give no Anrede and are in the unmapped-columns file. To leave the column out: --map "{source}=".',
    },
    "mapping-method-unmapped": {"de": "nicht zugeordnet", "en": "unmapped"},
    # === rules and cleaning (issue 4): add entries below this line ===
    # --- rule registry (importer/rules.py): title and fix hint per code ---------------------
    "rule-header-blank-title": {"de": "Spalte ohne Überschrift", "en": "Column without header"},
    "rule-header-blank-hint": {
        "de": "Geben Sie der Spalte eine Überschrift aus der lexoffice-Vorlage oder löschen Sie sie, wenn sie leer ist.",
        "en": "Give the column a header from the lexoffice template, or delete it if it is empty.",
    },
    "rule-header-duplicate-title": {"de": "Überschrift doppelt", "en": "Duplicate header"},
    "rule-header-duplicate-hint": {
        "de": "Benennen Sie eine der Spalten um oder löschen Sie die doppelte Spalte.",
        "en": "Rename one of the columns or delete the duplicate.",
    },
    "rule-header-renamed-title": {"de": "Überschrift umbenannt", "en": "Header renamed"},
    "rule-header-renamed-hint": {
        "de": "Geben Sie der Spalte einen Namen aus Buchstaben; „*“ oder „^…$“ allein sind Platzhalter-Zeichen, „__row__“ und „__line__“ verwendet lexoffice-import selbst.",
        "en": "Give the column a name made of letters; “*” or “^…$” alone are wildcard characters, and lexoffice-import uses “__row__” and “__line__” itself.",
    },
    "rule-row-too-short-title": {
        "de": "Datensatz mit zu wenigen Feldern",
        "en": "Record with too few fields",
    },
    "rule-row-too-short-hint": {
        "de": 'Prüfen Sie die Zeile auf fehlende Trennzeichen oder einen Zeilenumbruch mitten im Datensatz. Haben viele Zeilen zu wenige Felder, ist das Trennzeichen wohl falsch erkannt: prüfen Sie erneut mit --delimiter ";" (oder --delimiter ",", --delimiter tab).',
        "en": 'Check the line for missing delimiters or a line break inside the record. When many lines have too few fields, the delimiter was probably detected wrongly: check again with --delimiter ";" (or --delimiter ",", --delimiter tab).',
    },
    "rule-row-too-long-title": {"de": "Datensatz mit zu vielen Feldern", "en": "Record with too many fields"},
    "rule-row-too-long-hint": {
        "de": 'Prüfen Sie die Zeile auf ein Trennzeichen im Text (z. B. „;“ in einer Adresse) und setzen Sie solche Werte in Anführungszeichen. Haben viele Zeilen zu viele Felder, ist das Trennzeichen wohl falsch erkannt: prüfen Sie erneut mit --delimiter ";" (oder --delimiter ",", --delimiter tab).',
        "en": 'Check the line for a delimiter inside a value (e.g. “;” in an address) and put such values in quotes. When many lines have too many fields, the delimiter was probably detected wrongly: check again with --delimiter ";" (or --delimiter ",", --delimiter tab).',
    },
    "rule-row-too-long-shifted-title": {
        "de": "Datensatz mit verschobenen Werten",
        "en": "Record with shifted values",
    },
    "rule-row-too-long-shifted-hint": {
        "de": "Korrigieren Sie die Zeile in der Datei der abgelehnten Zeilen: Meist steht ein Trennzeichen ohne Anführungszeichen in einem Wert (z. B. „Müller; Meier GmbH“), und alle Werte danach sind eine Spalte weiter gerutscht. Setzen Sie den Wert in Anführungszeichen oder entfernen Sie das Zeichen.",
        "en": "Correct the row in the rejected-rows file: usually a value holds the delimiter without quotes (e.g. “Müller; Meier GmbH”), and every value after it has moved one column on. Put the value in quotes or remove the character.",
    },
    "rule-encoding-uncertain-title": {"de": "Kodierung unsicher", "en": "Encoding uncertain"},
    "rule-encoding-uncertain-hint": {
        "de": "Prüfen Sie die Umlaute in der Upload-Datei; stimmen sie nicht, prüfen Sie erneut und geben Sie die Kodierung an: --encoding cp1252 (Windows, Lexware), --encoding utf-8 oder --encoding mac_roman; die Meldung nennt die wahrscheinlichste.",
        "en": "Check the umlauts in the upload file; if they are wrong, check again and give the encoding: --encoding cp1252 (Windows, Lexware), --encoding utf-8 or --encoding mac_roman; the message names the likeliest.",
    },
    "header-missing-name": {"de": "Spalte {n}", "en": "Column {n}"},
    "rule-header-from-layout-title": {
        "de": "Spalten nach der Satzbeschreibung benannt",
        "en": "Columns named by the record description",
    },
    "rule-header-from-layout-hint": {
        "de": "Die Datei hat keine Überschriftenzeile, aber ihre Datensätze nennen ihren Typ (Collmex: CMXKND, CMXLIF): Die Spalten tragen die Namen aus der Satzbeschreibung des Programms. Prüfen Sie die Zuordnung im Bericht; ändern Sie sie bei Bedarf mit --map.",
        "en": "The file has no header row, but its records name their type (Collmex: CMXKND, CMXLIF): the columns carry the names of the program's record description. Check the mapping in the report; change it with --map if needed.",
    },
    "rule-header-missing-title": {
        "de": "Keine Überschriftenzeile",
        "en": "No header row",
    },
    "rule-header-missing-hint": {
        "de": 'Die erste Zeile enthält Daten (E-Mail-Adressen, Nummern), keine Spaltennamen: Sie ist der erste Datensatz, die Spalten heißen „Spalte 1“, „Spalte 2“ …, und nur wenige lassen sich an ihren Werten erkennen (Anreden). Fügen Sie eine Zeile mit den Spaltennamen ein (lexoffice-import template schreibt eine mit den lexoffice-Namen), oder ordnen Sie zu mit --map "Spalte N=Firmenname" (N: die Nummer der Spalte mit den Namen).',
        "en": 'The first line holds data (e-mail addresses, numbers), no column names: it is the first record, the columns are called “Column 1”, “Column 2” …, and few can be told by their values (salutations). Insert a line with the column names (lexoffice-import template writes one with lexoffice\'s names), or map with --map "Column N=Firmenname" (N: the number of the column with the names).',
    },
    "issue-header-from-layout": {
        "de": "Die Datei hat keine Überschriftenzeile; ihre Datensätze beginnen mit „{value}“, einem Satztyp von {system}. Die Spalten tragen die Namen aus dessen Satzbeschreibung (Kundennummer, Anrede, Vorname, Name, Firma …). Stimmt eine Zuordnung nicht, ändern Sie sie mit --map.",
        "en": "The file has no header row; its records start with “{value}”, a record type of {system}. The columns carry the names of its record description (Kundennummer, Anrede, Vorname, Name, Firma …). If a mapping is wrong, change it with --map.",
    },
    "issue-header-missing": {
        "de": 'Die erste Zeile ist keine Überschriftenzeile, sondern ein Datensatz ({cells}): Die Spalten heißen „Spalte 1“, „Spalte 2“ … Fügen Sie eine Zeile mit den Spaltennamen ein oder ordnen Sie zu mit --map "Spalte N=Firmenname" (N: die Nummer der Spalte mit den Namen). Die Zeilennummern zählen die ergänzte Überschrift mit: Zeile 2 ist die erste Zeile Ihrer Datei.',
        "en": 'The first line is no header row but a record ({cells}): the columns are called “Column 1”, “Column 2” … Insert a line with the column names, or map with --map "Column N=Firmenname" (N: the number of the column with the names). Row numbers count the header added: row 2 is the first line of your file.',
    },
    "rule-header-row-above-title": {
        "de": "Überschriftenzeile steht weiter oben",
        "en": "Header row is further up",
    },
    "rule-header-row-above-hint": {
        "de": "Prüfen Sie mit --header-row und der genannten Zeile erneut (oder ohne --header-row).",
        "en": "Check again with --header-row and the line named (or without --header-row).",
    },
    "rule-header-row-above-hint@web": {
        "de": "Laden Sie die Datei erneut hoch, mit der genannten Zeile im Feld „Kopfzeile“ (oder leer).",
        "en": "Upload the file again with the line named in the field “Header row” (or empty).",
    },
    "issue-header-row-above": {
        "de": "Die Überschriftenzeile steht vermutlich weiter oben: Zeile {header_line} („{headers}“) hat {above} Namen von lexoffice-Spalten, die gelesene nur {read}. Die Zeilen über der gelesenen Überschrift stehen in keiner Datei, nur im JSON-Bericht unter „preamble“. Prüfen Sie erneut mit --header-row {header_line} (oder ohne --header-row).",
        "en": "The header row is probably further up: line {header_line} (“{headers}”) has {above} names of lexoffice columns, the one read only {read}. The lines above the header read are in no file, only in the JSON report under “preamble”. Check again with --header-row {header_line} (or without --header-row).",
    },
    "issue-header-row-above@web": {
        "de": "Die Überschriftenzeile steht vermutlich weiter oben: Zeile {header_line} („{headers}“) hat {above} Namen von lexoffice-Spalten, die gelesene nur {read}. Die Zeilen über der gelesenen Überschrift stehen in keiner Datei. Laden Sie die Datei erneut hoch und geben Sie im Feld „Kopfzeile“ {header_line} an (oder lassen Sie es leer).",
        "en": "The header row is probably further up: line {header_line} (“{headers}”) has {above} names of lexoffice columns, the one read only {read}. The lines above the header read are in no file. Upload the file again with {header_line} in the field “Header row” (or leave it empty).",
    },
    "rule-header-guessed-title": {
        "de": "Überschriftenzeile an ihren Namen erkannt",
        "en": "Header row recognised by its names",
    },
    "rule-header-guessed-hint": {
        "de": "Die erste Zeile passt zu kaum einer lexoffice-Spalte, eine der nächsten Zeilen deutlich besser: Sie wurde als Überschriftenzeile genommen, die Zeilen darüber übersprungen. Ist das falsch, nennen Sie die Zeile der Überschriften mit --header-row N.",
        "en": "The first line matches hardly any lexoffice column, one of the next lines clearly better: it was taken as the header row and the lines above it skipped. If that is wrong, name the line of the headers with --header-row N.",
    },
    "rule-columns-none-mapped-title": {
        "de": "Keine Spalte zugeordnet",
        "en": "No column mapped",
    },
    "rule-columns-none-mapped-hint": {
        "de": "Keine Überschrift passt zu einer lexoffice-Spalte. Steht die Überschriftenzeile weiter unten (etwa unter einem Titel), nennen Sie sie mit --header-row N; sonst ordnen Sie die Spalten mit --map „Quelle=lexoffice-Spalte“ zu.",
        "en": "No header matches a lexoffice column. If the header row is further down (below a title, say), name it with --header-row N; otherwise map the columns with --map “SOURCE=lexoffice column”.",
    },
    "rule-column-suggestion-title": {"de": "Spalte nicht zugeordnet", "en": "Column not mapped"},
    "rule-column-suggestion-hint": {
        "de": 'Die Überschrift ähnelt einer lexoffice-Spalte, war aber nicht eindeutig genug. Stimmt der Vorschlag, prüfen Sie erneut mit --map "Überschrift=lexoffice-Spalte", z. B. --map "Matchcode=Firmenname"; die Meldung nennt die Zuordnung für Ihre Spalte.',
        "en": 'The header resembles a lexoffice column but was not clear enough. If the suggestion is right, check again with --map "header=lexoffice column", e.g. --map "Matchcode=Firmenname"; the message names the mapping for your column.',
    },
    "mapping-values-role-flag-customers": {
        "de": 'Die Spalte sagt Zeile für Zeile, ob der Kontakt Kunde ist (etwa 1/0, „x“, „ja“): solche Zeilen kommen in die Kunden-Datei, andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nicht entscheiden: --map "{source}=" oder --kind.',
        "en": 'The column says row by row whether the contact is a customer (such as 1/0, “x”, “ja”): such rows go into the file of customers, other values decide nothing. The column itself is in the unmapped-columns file. For it not to decide: --map "{source}=" or --kind.',
    },
    "mapping-values-role-flag-suppliers": {
        "de": 'Die Spalte sagt Zeile für Zeile, ob der Kontakt Lieferant ist (etwa 1/0, „x“, „ja“): solche Zeilen kommen in die Lieferanten-Datei, andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nicht entscheiden: --map "{source}=" oder --kind.',
        "en": 'The column says row by row whether the contact is a supplier (such as 1/0, “x”, “ja”): such rows go into the file of suppliers, other values decide nothing. The column itself is in the unmapped-columns file. For it not to decide: --map "{source}=" or --kind.',
    },
    "mapping-values-role-rank-customers": {
        "de": 'Die Spalte zählt die Verkaufsbelege jedes Kontakts (etwa Odoos Kunden-Rang, „customer_rank“): Eine Zahl über 0 macht die Zeile zum Kunden, sie kommt in die Kunden-Datei ({set}); 0 heißt kein Kunde ({unset}): Nennt eine andere Spalte die Zeile Lieferant, kommt sie allein in die Lieferanten-Datei, sonst entscheidet die Datei wie bei Zeilen ohne Rolle. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nicht entscheiden: --map "{source}=" oder --kind.',
        "en": "The column counts each contact's sales documents (such as Odoo's customer rank, “customer_rank”): a number above 0 makes the row a customer, it goes into the file of customers ({set}); 0 means no customer ({unset}): where another column names the row a supplier, it goes into the file of suppliers alone, else the file decides as for rows without a role. The column itself is in the unmapped-columns file. For it not to decide: --map \"{source}=\" or --kind.",
    },
    "mapping-values-role-rank-suppliers": {
        "de": 'Die Spalte zählt die Einkaufsbelege jedes Kontakts (etwa Odoos Lieferanten-Rang, „supplier_rank“): Eine Zahl über 0 macht die Zeile zum Lieferanten, sie kommt in die Lieferanten-Datei ({set}); 0 heißt kein Lieferant ({unset}): Nennt eine andere Spalte die Zeile Kunde, kommt sie allein in die Kunden-Datei, sonst entscheidet die Datei wie bei Zeilen ohne Rolle. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nicht entscheiden: --map "{source}=" oder --kind.',
        "en": "The column counts each contact's purchase documents (such as Odoo's vendor rank, “supplier_rank”): a number above 0 makes the row a supplier, it goes into the file of suppliers ({set}); 0 means no supplier ({unset}): where another column names the row a customer, it goes into the file of customers alone, else the file decides as for rows without a role. The column itself is in the unmapped-columns file. For it not to decide: --map \"{source}=\" or --kind.",
    },
    "mapping-values-kind": {
        "de": 'Die Werte sagen, ob eine Zeile eine Firma oder eine Privatperson ist (etwa „Firma“, „Privat“, „Company“, „Individual“): Sie entscheiden, ob ihr Name Firmenname oder Vor- und Nachname wird; andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nicht entscheiden: --map "{source}=".',
        "en": 'The values say whether a row is a company or a private person (such as “Firma”, “Privat”, “Company”, “Individual”): they decide whether its name becomes the company name or first and last name; other values decide nothing. The column itself is in the unmapped-columns file. For it not to decide: --map "{source}=".',
    },
    "mapping-values-status": {
        "de": 'Die Werte sagen, welche Kontakte in Ihrem bisherigen Programm inaktiv, archiviert oder gelöscht sind (etwa „1“, „Ja“, „Inaktiv“): Diese Zeilen werden mit einer Warnung hochgeladen, mit --inactive reject kommen sie in die Datei der abgelehnten Zeilen. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nichts sagen: --map "{source}=".',
        "en": 'The values say which contacts are inactive, archived or deleted in your previous program (such as “1”, “Ja”, “Inactive”): those rows are uploaded with a warning; with --inactive reject they go into the rejected-rows file. The column itself is in the unmapped-columns file. For it to say nothing: --map "{source}=".',
    },
    "mapping-values-role": {
        "de": 'Die Werte nennen die Rolle jeder Zeile (etwa „Kunde“, „Lieferant“): Lieferanten kommen in die Lieferanten-Datei, Kunden in die Kunden-Datei, andere Werte entscheiden nichts. Die Spalte selbst steht in der Datei der nicht zugeordneten Spalten. Soll sie nicht entscheiden: --map "{source}=" oder --kind.',
        "en": 'The values name the role of each row (such as “Kunde”, “Lieferant”): suppliers go into the file of suppliers, customers into the file of customers, other values decide nothing. The column itself is in the unmapped-columns file. For it not to decide: --map "{source}=" or --kind.',
    },
    "other-role-number-column": {
        "de": "{source} (andere Rolle)",
        "en": "{source} (other role)",
    },
    "rule-number-to-own-role-title": {
        "de": "Nummer der eigenen Rolle übernommen",
        "en": "Number taken for the row's own role",
    },
    "rule-number-to-own-role-hint": {
        "de": "Nichts zu tun, wenn die Rollen-Spalte stimmt: lexoffice übernimmt die Nummer. Sonst korrigieren Sie die Rolle in der Datei und prüfen erneut.",
        "en": "Nothing to do if the role column is right: lexoffice takes the number. Otherwise correct the role in the file and check again.",
    },
    "rule-number-of-other-role-title": {
        "de": "Nummer der anderen Rolle zurückgestellt",
        "en": "Number of the other role set aside",
    },
    "rule-number-of-other-role-hint": {
        "de": "Die Kategorie-Spalte der Datei nennt die Zeile Lieferant (oder Kunde), sie hat aber eine Kunden- (oder Lieferanten-)nummer: lexoffice führt sie nur für diese Rolle. Die Nummer steht in der Datei der nicht zugeordneten Spalten; ist die Zeile beides, schreiben Sie „Kunde und Lieferant“ in die Kategorie.",
        "en": "The file's category column calls the row a supplier (or customer), but it has a customer (or supplier) number: lexoffice keeps it for that role only. The number is in the unmapped-columns file; if the row is both, write “Kunde und Lieferant” as its category.",
    },
    "role-word-supplier": {"de": "Lieferant", "en": "supplier"},
    "role-word-customer": {"de": "Kunde", "en": "customer"},
    "issue-number-to-own-role": {
        "de": "Die Zeile ist laut der Rollen-Spalte der Datei nur {role_word}, und „{value}“ aus „{number}“ liegt im Bereich ihrer Nummern: als {column} übernommen.",
        "en": "By the file's role column the row is a {role_word} only, and “{value}” from “{number}” is within the range of its numbers: taken as {column}.",
    },
    "issue-number-of-other-role-supplier": {
        "de": "Die Zeile ist laut der Rollen-Spalte der Datei (Kategorie oder Markierung) ein Lieferant; ihre Kundennummer „{value}“ kommt nicht in die Lieferanten-Datei, sondern in die Datei der nicht zugeordneten Spalten. Ist sie auch Kunde, sagen Sie es dort („Kunde und Lieferant“ in der Kategorie, oder beide Markierungen gesetzt).",
        "en": "By the file's role column (a category or a flag) the row is a supplier; its customer number “{value}” does not go into the suppliers' file but into the unmapped-columns file. If it is a customer too, say so there (“Kunde und Lieferant” as its category, or both flags set).",
    },
    "issue-number-of-other-role-customer": {
        "de": "Die Zeile ist laut der Rollen-Spalte der Datei (Kategorie oder Markierung) ein Kunde; ihre Lieferantennummer „{value}“ kommt nicht in die Kunden-Datei, sondern in die Datei der nicht zugeordneten Spalten. Ist sie auch Lieferant, sagen Sie es dort („Kunde und Lieferant“ in der Kategorie, oder beide Markierungen gesetzt).",
        "en": "By the file's role column (a category or a flag) the row is a customer; its supplier number “{value}” does not go into the customers' file but into the unmapped-columns file. If it is a supplier too, say so there (“Kunde und Lieferant” as its category, or both flags set).",
    },
    "rule-role-from-file-name-title": {
        "de": "Lieferanten nach dem Dateinamen",
        "en": "Suppliers by the file name",
    },
    "rule-role-from-file-name-hint": {
        "de": "Die Datei hat weder Kunden- noch Lieferantennummern, ihr Name nennt aber Lieferanten: alle Kontakte stehen in der Lieferanten-Datei, lexoffice vergibt die Nummern. Sind es Kunden, prüfen Sie erneut mit --kind kunden.",
        "en": "The file has neither customer nor supplier numbers, but its name says suppliers: every contact is in the suppliers' file, lexoffice assigns the numbers. If they are customers, check again with --kind kunden.",
    },
    "issue-role-from-file-name": {
        "de": "„{name}“ nennt Lieferanten, und keine Spalte hat Kunden- oder Lieferantennummern: alle Kontakte kommen in die Lieferanten-Datei. Sind es Kunden, prüfen Sie erneut mit --kind kunden.",
        "en": "“{name}” says suppliers, and no column holds customer or supplier numbers: every contact goes into the suppliers' file. If they are customers, check again with --kind kunden.",
    },
    "issue-role-from-file-name-unstated": {
        "de": "„{name}“ nennt Lieferanten, und keine Spalte hat Kunden- oder Lieferantennummern: die Kontakte, deren Rolle keine Spalte der Datei nennt, kommen in die Lieferanten-Datei. Sind es Kunden, prüfen Sie erneut mit --kind kunden.",
        "en": "“{name}” says suppliers, and no column holds customer or supplier numbers: the contacts whose role no column of the file states go into the suppliers' file. If they are customers, check again with --kind kunden.",
    },
    "rule-role-both-title": {"de": "Kunde und Lieferant zugleich", "en": "Customer and supplier at once"},
    "rule-contact-inactive-title": {"de": "Inaktiver Kontakt", "en": "Inactive contact"},
    "rule-contact-inactive-hint": {
        "de": "Nichts zu tun, wenn auch frühere Kunden und Lieferanten nach lexoffice sollen (dort lassen sie sich archivieren). Sonst prüfen Sie erneut mit --inactive reject: Diese Zeilen kommen dann in die Datei der abgelehnten Zeilen.",
        "en": "Nothing to do if former customers and suppliers should go to lexoffice too (they can be archived there). Otherwise check again with --inactive reject: these rows then go into the rejected-rows file.",
    },
    "rule-contact-inactive-set-aside-title": {
        "de": "Inaktiver Kontakt zurückgelegt",
        "en": "Inactive contact set aside",
    },
    "rule-contact-inactive-set-aside-hint": {
        "de": "Nichts zu tun: Kontakte, die Ihre Datei als inaktiv kennzeichnet, werden mit --inactive reject nicht hochgeladen. Soll einer doch nach lexoffice, leeren Sie seine Kennzeichnung in der Datei der abgelehnten Zeilen und prüfen Sie sie erneut.",
        "en": "Nothing to do: contacts your file marks as inactive are not uploaded with --inactive reject. If one should go to lexoffice after all, clear its mark in the rejected-rows file and check it again.",
    },
    "rule-role-both-hint": {
        "de": "Der Kontakt hat eine Kunden- und eine Lieferantennummer; lexoffice importiert Kunden und Lieferanten getrennt. Prüfen Sie, ob er in beiden Upload-Dateien stehen soll; gehören alle Zeilen in eine Datei, prüfen Sie erneut mit --kind kunden oder --kind lieferanten.",
        "en": "The contact has both a customer and a supplier number; lexoffice imports customers and suppliers separately. Check whether it belongs in both upload files; if all rows belong in one file, check again with --kind kunden or --kind lieferanten.",
    },
    "rule-whitespace-trimmed-title": {"de": "Leerzeichen bereinigt", "en": "Spaces cleaned up"},
    "rule-whitespace-trimmed-hint": {
        "de": "Nichts zu tun. Überzählige und unsichtbare Leerzeichen entstehen oft beim Kopieren aus Webseiten oder PDF-Dateien.",
        "en": "Nothing to do. Extra and invisible spaces often come from copying out of web pages or PDF files.",
    },
    "rule-text-marker-removed-title": {
        "de": "Excel-Textkennzeichen (Apostroph) entfernt",
        "en": "Excel's text marker (apostrophe) removed",
    },
    "rule-text-marker-removed-hint": {
        "de": "Nichts zu tun. Ein Apostroph vor einer Zahl wie „'01067“ oder „'+49 351 1234567“ sagt Excel nur, dass sie Text bleiben soll (Shopify und andere Programme exportieren PLZ und Telefonnummern so); lexoffice erhält den Wert ohne ihn. Vor Buchstaben und vor Formeln bleibt ein Apostroph stehen.",
        "en": "Nothing to do. An apostrophe before a number such as “'01067” or “'+49 351 1234567” only tells Excel to keep it as text (Shopify and other programs export postcodes and phone numbers that way); lexoffice receives the value without it. Before letters and before formulas an apostrophe stays.",
    },
    "rule-link-removed-title": {
        "de": "Link in Klammern hinter dem Wert entfernt",
        "en": "Link in brackets after the value removed",
    },
    "rule-links-several-title": {
        "de": "Mehrere verknüpfte Einträge in einer Zelle",
        "en": "Several linked entries in one cell",
    },
    "rule-links-several-hint": {
        "de": "Eine Zelle nennt mehrere Einträge mit je einem Link (Notion exportiert eine Verknüpfung zu mehreren Einträgen so: „A (https://…), B (https://…)“). Ein Kontakt hat einen Namen: Tragen Sie den richtigen ein oder teilen Sie die Zeile auf.",
        "en": "A cell names several entries with a link each (Notion exports a relation to several entries so: “A (https://…), B (https://…)”). A contact has one name: enter the right one or split the row.",
    },
    "rule-link-removed-hint": {
        "de": "Nichts zu tun. Hinter einem Namen oder Ort stand ein Link in Klammern, wie Notion eine Verknüpfung zu einer anderen Datenbank exportiert („Zimmermann Design (https://www.notion.so/…)“); lexoffice erhält den Wert ohne den Link, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do. A name or place was followed by a link in brackets, as Notion exports a relation to another database (“Zimmermann Design (https://www.notion.so/…)”); lexoffice receives the value without the link, the whole cell is in the unmapped-columns file.",
    },
    "rule-mojibake-repaired-title": {"de": "Umlaute repariert", "en": "Umlauts repaired"},
    "rule-mojibake-repaired-hint": {
        "de": "Nichts zu tun. Die Werte waren doppelt kodiert (UTF-8 als Windows-1252 gelesen und wieder gespeichert); prüfen Sie den Export im Quellprogramm.",
        "en": "Nothing to do. The values were encoded twice (UTF-8 read as Windows-1252 and saved again); check the export in the source program.",
    },
    "rule-multiple-emails-split-title": {
        "de": "Zwei E-Mail-Adressen getrennt",
        "en": "Two e-mail addresses split",
    },
    "rule-multiple-phones-split-title": {
        "de": "Zwei Telefonnummern getrennt",
        "en": "Two phone numbers split",
    },
    "rule-multiple-phones-split-hint": {
        "de": "Nichts zu tun. Zwei Nummern standen in einem Feld (etwa „0351 123456, 0171 2345678“, oder Google Kontakte' „ ::: “); lexoffice nimmt je Feld genau eine Nummer, die zweite steht jetzt in Telefon 2.",
        "en": "Nothing to do. Two numbers were in one field (such as “0351 123456, 0171 2345678”, or Google Contacts' “ ::: ”); lexoffice takes exactly one number per field, the second is now in Telefon 2.",
    },
    "rule-greeting-set-aside-title": {
        "de": "Briefanrede statt Anrede",
        "en": "Letter greeting instead of a salutation",
    },
    "rule-greeting-set-aside-hint": {
        "de": "Newsletter-Programme speichern oft die ganze Briefanrede („Liebe Anna“, „Sehr geehrte Damen und Herren“). lexoffice druckt die Anrede vor den Namen: sie bleibt leer, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten. Tragen Sie Herr oder Frau ein, wo es eine Person ist.",
        "en": "Newsletter programs often keep the whole letter greeting (“Liebe Anna”, “Sehr geehrte Damen und Herren”). lexoffice prints the salutation before the name: it stays empty, the whole cell is in the unmapped-columns file. Enter Herr or Frau where it is a person.",
    },
    "rule-salutation-code-set-aside-title": {
        "de": "Anrede ohne Buchstaben",
        "en": "A salutation without a letter",
    },
    "rule-salutation-code-set-aside-hint": {
        "de": "Manche Programme exportieren statt der Anrede ihren Schlüssel („1000001“, „2“) oder ein Zeichen („-“). lexoffice druckt die Anrede vor den Namen: sie bleibt leer, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten. Tragen Sie Herr oder Frau ein, wo es eine Person ist.",
        "en": "Some programs export their key instead of the salutation (“1000001”, “2”) or a sign (“-”). lexoffice prints the salutation before the name: it stays empty, the whole cell is in the unmapped-columns file. Enter Herr or Frau where it is a person.",
    },
    "issue-salutation-code-set-aside": {
        "de": "„{before}“ in {column} enthält keinen Buchstaben, ist also keine Anrede (etwa ein Schlüssel des früheren Programms oder ein Platzhalter): {column} bleibt leer, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten. Tragen Sie Herr oder Frau ein, wo es eine Person ist.",
        "en": "“{before}” in {column} holds no letter, so it is no salutation (such as a key of the former program or a placeholder): {column} stays empty, the whole cell is in the unmapped-columns file. Enter Herr or Frau where it is a person.",
    },
    "issue-greeting-set-aside": {
        "de": "„{before}“ in {column} ist eine Briefanrede, keine Anrede: {column} bleibt leer, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten. Tragen Sie Herr oder Frau ein, wo es eine Person ist.",
        "en": "“{before}” in {column} is a letter greeting, no salutation: {column} stays empty, the whole cell is in the unmapped-columns file. Enter Herr or Frau where it is a person.",
    },
    "rule-multiple-emails-set-aside-title": {
        "de": "Weitere E-Mail-Adresse nicht übernommen",
        "en": "Further e-mail address not taken",
    },
    "rule-multiple-emails-set-aside-hint": {
        "de": "In einem E-Mail-Feld standen mehr Adressen, als in E-Mail 1 und E-Mail 2 Platz haben. lexoffice nimmt je Kontakt zwei Adressen: die erste des Felds steht in ihm, die ganze Zelle in der Datei der nicht zugeordneten Spalten. Soll eine andere hinein, tauschen Sie sie in der Eingabe aus und prüfen Sie erneut.",
        "en": "An e-mail field held more addresses than fit into E-Mail 1 and E-Mail 2. lexoffice takes two addresses per contact: the field's first is in it, the whole cell in the unmapped-columns file. If another one should be taken, swap it in the input and check again.",
    },
    "rule-fax-set-aside-title": {"de": "Faxnummer beiseitegelegt", "en": "Fax number set aside"},
    "rule-fax-set-aside-hint": {
        "de": "Nichts zu tun: Telefon 1 behält die Telefonnummer, die Faxnummer steht in der Datei der nicht zugeordneten Spalten (lexoffice hat kein Faxfeld).",
        "en": "Nothing to do: Telefon 1 keeps the phone number, the fax number is in the unmapped-columns file (lexoffice has no fax field).",
    },
    "rule-multiple-phones-set-aside-title": {
        "de": "Dritte Telefonnummer nicht übernommen",
        "en": "Third phone number not taken",
    },
    "rule-multiple-phones-set-aside-hint": {
        "de": "Zwei oder mehr Nummern standen in Telefon 1, und für alle war kein Platz (Telefon 2 hatte schon eine andere, oder es waren drei). lexoffice nimmt je Kontakt zwei Nummern: die erste steht in Telefon 1, die ganze Zelle in der Datei der nicht zugeordneten Spalten. Soll eine andere hinein, tauschen Sie sie in der Eingabe aus und prüfen Sie erneut.",
        "en": "Two or more numbers were in Telefon 1 and there was no room for all of them (Telefon 2 already held another, or there were three). lexoffice takes two numbers per contact: the first is in Telefon 1, the whole cell in the unmapped-columns file. If another one should be taken, swap them in the input and check again.",
    },
    "rule-email-unwrapped-title": {"de": "E-Mail-Adresse ausgepackt", "en": "E-mail address unwrapped"},
    "rule-email-unwrapped-hint": {
        "de": "Nichts zu tun. Um die Adresse stand, was zu keiner Adresse gehört („mailto:“, spitze Klammern, Anführungszeichen, ein Semikolon oder Punkt am Ende, Leerzeichen um das @); lexoffice erhält die Adresse allein.",
        "en": "Nothing to do. The address was wrapped in what belongs to no address (“mailto:”, angle brackets, quotes, a semicolon or full stop at the end, spaces around the @); lexoffice receives the address alone.",
    },
    "rule-email-extracted-title": {"de": "E-Mail-Adresse herausgelöst", "en": "E-mail address extracted"},
    "rule-email-extracted-hint": {
        "de": "Nichts zu tun. Neben der Adresse stand ein Name oder eine Bemerkung („Hans Müller <hans@example.de>“, „hans@example.de (privat)“); lexoffice erhält die Adresse, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do. A name or a remark stood beside the address (“Hans Müller <hans@example.de>”, “hans@example.de (privat)”); lexoffice receives the address, the whole cell is in the unmapped-columns file.",
    },
    "rule-phone-remark-removed-title": {
        "de": "Bemerkung bei der Telefonnummer entfernt",
        "en": "Remark beside a phone number removed",
    },
    "rule-phone-remark-removed-hint": {
        "de": "Nichts zu tun. Vor oder nach der Nummer stand eine Bezeichnung („Tel.:“, „(mobil)“, „(Zentrale)“); lexoffice erhält die Nummer, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do. A label stood before or after the number (“Tel.:”, “(mobil)”, “(Zentrale)”); lexoffice receives the number, the whole cell is in the unmapped-columns file.",
    },
    "rule-legal-form-joined-title": {
        "de": "Rechtsform zum Firmennamen",
        "en": "Legal form joined to the company name",
    },
    "rule-legal-form-joined-hint": {
        "de": "Nichts zu tun. Die Rechtsform stand allein im Zusatz (etwa Faktura: „Firma“ „Schmidt Bau“, „Zusatz“ „GmbH & Co. KG“); lexoffice erhält den ganzen Firmennamen.",
        "en": "Nothing to do. The legal form stood alone in the addition (such as Faktura: “Firma” “Schmidt Bau”, “Zusatz” “GmbH & Co. KG”); lexoffice receives the whole company name.",
    },
    "rule-street-place-removed-title": {
        "de": "PLZ und Ort aus der Straße entfernt",
        "en": "Postcode and city removed from the street",
    },
    "rule-street-place-removed-hint": {
        "de": "Nichts zu tun. Die Straßenspalte enthielt die ganze Anschrift; PLZ und Ort stehen in ihren eigenen Spalten, die Straße behält den Rest.",
        "en": "Nothing to do. The street column held the whole address; postcode and city are in their own columns, the street keeps the rest.",
    },
    "rule-number-format-removed-title": {"de": "Zahlenformat entfernt", "en": "Number format removed"},
    "rule-number-format-removed-hint": {
        "de": "Nichts zu tun. Eine Kundennummer, Lieferantennummer oder PLZ war als Zahl formatiert („10001.0“, „10.001“), wie Tabellenprogramme und Skripte Zahlen schreiben; lexoffice erhält die Ziffern.",
        "en": "Nothing to do. A customer number, supplier number or postcode was formatted as a number (“10001.0”, “10.001”), as spreadsheets and scripts write numbers; lexoffice receives the digits.",
    },
    "rule-tax-id-moved-title": {
        "de": "USt-IdNr. und Steuernummer getauscht",
        "en": "VAT id and tax number swapped",
    },
    "rule-tax-id-moved-hint": {
        "de": "Nichts zu tun. Eine USt-IdNr. (mit Länderkennung, etwa DE136695976) stand in der Spalte Steuernummer oder eine Steuernummer (etwa 12/345/67890) in der Spalte der USt-IdNr.; sie steht jetzt in ihrer Spalte.",
        "en": "Nothing to do. A VAT id (with its country prefix, such as DE136695976) was in the tax number column, or a tax number (such as 12/345/67890) in the VAT id column; it is now in its own column.",
    },
    "rule-tax-ids-split-title": {
        "de": "USt-IdNr. und Steuernummer in einer Zelle getrennt",
        "en": "VAT id and tax number in one cell separated",
    },
    "rule-tax-ids-split-hint": {
        "de": "Nichts zu tun. In der Spalte Steuernummer standen eine USt-IdNr. (mit Länderkennung, etwa DE136695976) und die Steuernummer vom Finanzamt (etwa 21/815/08150); die USt-IdNr. steht jetzt in Umsatzsteuer ID, die Steuernummer bleibt.",
        "en": "Nothing to do. The tax number column held a VAT id (with its country prefix, such as DE136695976) and the tax office's number (such as 21/815/08150); the VAT id is now in Umsatzsteuer ID, the tax number stays.",
    },
    "rule-vat-id-in-tax-number-title": {
        "de": "USt-IdNr. in der Spalte Steuernummer",
        "en": "VAT id in the tax number column",
    },
    "rule-vat-id-in-tax-number-hint": {
        "de": "In Steuernummer steht eine USt-IdNr. (mit Länderkennung, etwa DE136695976), in Umsatzsteuer ID aber schon eine andere; lexoffice würde sie als Steuernummer speichern. Prüfen Sie, welche USt-IdNr. gilt, und tragen Sie sie in Umsatzsteuer ID ein; in Steuernummer gehört die Steuernummer vom Finanzamt (etwa 12/345/67890), sonst bleibt die Spalte leer.",
        "en": "Steuernummer holds a VAT id (with its country prefix, such as DE136695976), but Umsatzsteuer ID already holds another one; lexoffice would keep it as the tax number. Check which VAT id is right and enter it in Umsatzsteuer ID; Steuernummer takes the tax office's number (such as 12/345/67890), or stays empty.",
    },
    "rule-country-from-postcode-prefix-title": {
        "de": "Land aus dem Kennzeichen der PLZ",
        "en": "Country from the postcode's prefix",
    },
    "rule-country-from-postcode-prefix-hint": {
        "de": "Nichts zu tun. Die PLZ trug das Länderkennzeichen („A-1010“, „D-01067“); es steht jetzt als Land in der Spalte Land.",
        "en": "Nothing to do. The postcode carried its country's prefix (“A-1010”, “D-01067”); it is now the country in the Land column.",
    },
    "rule-country-from-hints-title": {
        "de": "Land aus Ort, Telefon, E-Mail oder USt-IdNr.",
        "en": "Country from city, phone, e-mail or VAT id",
    },
    "rule-country-from-hints-hint": {
        "de": "Die Zeile hatte kein Land und eine vierstellige PLZ; ihr Ort (ein Ort Österreichs, der Schweiz, Belgiens, Dänemarks … und keiner Deutschlands: Linz, Zürich, Bruxelles), ihre Telefonnummern (+43, +41, +423), E-Mail-Adressen (.at, .ch, .li) oder USt-IdNr. (ATU, CHE) nennen ein Land, also steht es jetzt in Land 1. Prüfen Sie es; tragen Sie sonst das richtige Land ein.",
        "en": "The row had no country and a four-digit postcode; its city (a place of Austria, Switzerland, Belgium, Denmark … and none of Germany: Linz, Zürich, Bruxelles), its phone numbers (+43, +41, +423), e-mail addresses (.at, .ch, .li) or VAT id (ATU, CHE) name a country, so it is now in Land 1. Check it; otherwise enter the right country.",
    },
    "rule-multiple-emails-split-hint": {
        "de": "Nichts zu tun. lexoffice nimmt je Feld genau eine Adresse; die zweite steht jetzt in E-Mail 2.",
        "en": "Nothing to do. lexoffice takes exactly one address per field; the second is now in E-Mail 2.",
    },
    "rule-postcode-leading-zero-restored-title": {
        "de": "Führende Null der PLZ ergänzt",
        "en": "Postcode leading zero restored",
    },
    "rule-postcode-leading-zero-unsure-title": {
        "de": "Führende Null der PLZ unsicher",
        "en": "Postcode's leading zero uncertain",
    },
    "rule-postcode-leading-zero-unsure-hint": {
        "de": "Prüfen Sie die PLZ: Vierstellige Postleitzahlen gab es in Deutschland bis 1993. Eine PLZ mit 0 gehört nach Sachsen, Sachsen-Anhalt, Thüringen oder Brandenburg; liegt der Ort woanders, tragen Sie seine heutige fünfstellige PLZ ein.",
        "en": "Check the postcode: Germany had four-digit postcodes until 1993. A postcode starting with 0 is in Saxony, Saxony-Anhalt, Thuringia or Brandenburg; if the place is elsewhere, enter its five-digit postcode of today.",
    },
    "rule-postcode-leading-zero-restored-hint": {
        "de": "Nichts zu tun. Excel entfernt führende Nullen, wenn die PLZ-Spalte als Zahl formatiert ist; formatieren Sie sie künftig als Text.",
        "en": "Nothing to do. Excel drops leading zeros when the postcode column is formatted as a number; format it as text in future.",
    },
    "rule-postcode-zero-padding-removed-title": {
        "de": "Aufgefüllte Null der PLZ entfernt",
        "en": "Padding zero removed from postcode",
    },
    "rule-postcode-zero-padding-removed-hint": {
        "de": "Nichts zu tun. Ein Zahlenformat wie 00000 (Excels Sonderformat „Postleitzahl“) füllt auch vierstellige PLZ aus Österreich, der Schweiz oder Belgien auf fünf Stellen auf; formatieren Sie die PLZ-Spalte künftig als Text.",
        "en": "Nothing to do. A number format such as 00000 (Excel's special format “Zip Code”) pads four-digit postcodes of Austria, Switzerland or Belgium to five digits as well; format the postcode column as text in future.",
    },
    "rule-country-normalized-title": {
        "de": "Land als ISO-Code geschrieben",
        "en": "Country written as ISO code",
    },
    "rule-country-normalized-hint": {
        "de": "Nichts zu tun. lexoffice erwartet Ländercodes mit zwei Buchstaben wie DE, AT oder CH.",
        "en": "Nothing to do. lexoffice expects two-letter country codes such as DE, AT or CH.",
    },
    "rule-merged-cell-filled-title": {
        "de": "Wert einer verbundenen Zelle übernommen",
        "en": "Value of a merged cell taken",
    },
    "rule-merged-cell-filled-hint": {
        "de": "Prüfen Sie die Zeile. Eine über mehrere Zeilen verbundene Zelle (etwa die Firma über ihren Ansprechpartnern) gilt für jede dieser Zeilen; soll sie das nicht, heben Sie die Verbindung in der Arbeitsmappe auf und prüfen Sie erneut.",
        "en": "Check the row. A cell merged over several rows (such as the company over its contact persons) counts for each of these rows; if it should not, unmerge it in the workbook and check again.",
    },
    "rule-column-hidden-title": {"de": "Ausgeblendete Spalte", "en": "Hidden column"},
    "rule-column-hidden-hint": {
        "de": 'Ausgeblendete Spalten werden mitgelesen und wie jede andere zugeordnet. Sollen ihre Werte nicht zu lexoffice, nehmen Sie die Spalte mit --map "SPALTE=" heraus und prüfen erneut.',
        "en": 'Hidden columns are read and mapped like any other. If their values should not go to lexoffice, leave the column out with --map "COLUMN=" and check again.',
    },
    "rule-row-hidden-title": {"de": "Ausgeblendete Zeile", "en": "Hidden row"},
    "rule-row-hidden-hint": {
        "de": "Ausgeblendete Zeilen werden mitgelesen. Soll eine nicht zu lexoffice, löschen Sie sie in der Arbeitsmappe und prüfen Sie erneut.",
        "en": "Hidden rows are read too. If one should not go to lexoffice, delete it in the workbook and check again.",
    },
    "rule-html-tables-unread-title": {
        "de": "Weitere Tabellen mit Kontakten nicht gelesen",
        "en": "Other tables with contacts not read",
    },
    "rule-html-tables-unread-hint": {
        "de": "Eine Prüfung liest eine Tabelle der HTML-Seite, die größte. Die Kontakte der anderen stehen in keiner Ausgabe: kopieren Sie jede in ein eigenes Excel-Blatt, speichern Sie es als CSV und prüfen Sie es.",
        "en": "A check reads one table of the HTML page, the largest. The contacts of the others are in no output: copy each into an Excel sheet of its own, save it as CSV and check it.",
    },
    "rule-html-text-outside-cells-title": {
        "de": "Text außerhalb der Tabellenzellen",
        "en": "Text outside the table's cells",
    },
    "rule-html-text-outside-cells-hint": {
        "de": "Der Text steht in der HTML-Seite zwischen den Zellen der Tabelle oder nach ihr, in keiner Zelle: Er steht in keiner Ausgabe. Gehört er zu einem Kontakt, tragen Sie ihn in dessen Zelle ein (etwa in Excel) und prüfen Sie erneut.",
        "en": "The text stands in the HTML page between the table's cells or after it, in no cell: it is in no output. If it belongs to a contact, enter it in that contact's cell (in Excel, say) and check again.",
    },
    "rule-sheets-unread-title": {
        "de": "Weitere Blätter mit Kontakten nicht gelesen",
        "en": "Other sheets with contacts not read",
    },
    "rule-sheets-unread-hint": {
        "de": "Eine Prüfung liest ein Blatt der Arbeitsmappe. Die Kontakte der anderen Blätter stehen in keiner Ausgabe: prüfen Sie jedes davon mit --sheet NAME.",
        "en": "A check reads one sheet of the workbook. The contacts of the other sheets are in no output: check each of them with --sheet NAME.",
    },
    "rule-sheet-hidden-title": {"de": "Ausgeblendetes Tabellenblatt gelesen", "en": "Hidden sheet read"},
    "rule-sheet-hidden-hint": {
        "de": "Kein sichtbares Blatt der Arbeitsmappe enthält Kontakte, darum wurde ein ausgeblendetes gelesen. Ist es das falsche, nennen Sie das richtige mit --sheet NAME.",
        "en": "No visible sheet of the workbook holds contacts, so a hidden one was read. If it is the wrong one, name the right one with --sheet NAME.",
    },
    "rule-workbook-marks-unread-title": {
        "de": "Arbeitsmappe nur teilweise lesbar",
        "en": "Workbook only partly readable",
    },
    "rule-workbook-marks-unread-hint": {
        "de": "Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie neu und prüfen Sie sie erneut; dann werden Zeilenumbrüche, Zahlenformate und ausgeblendete Zeilen wieder erkannt. Sonst prüfen Sie die genannten Werte von Hand.",
        "en": "Open the file in Excel or LibreOffice, save it again and check it again; then line breaks, number formats and hidden rows are recognised again. Otherwise check the values named by hand.",
    },
    "rule-formula-without-value-title": {
        "de": "Formel ohne gespeicherten Wert",
        "en": "Formula without a saved value",
    },
    "rule-formula-without-value-hint": {
        "de": "Die Arbeitsmappe wurde von einem Programm geschrieben, das Formeln nicht berechnet (etwa einem Skript oder dem Excel-Export eines Shops). Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie dort und prüfen Sie sie erneut: dann ist mit jeder Formel ihr Wert gespeichert.",
        "en": "The workbook was written by a program that does not calculate formulas (such as a script or a shop's Excel export). Open the file in Excel or LibreOffice, save it there and check it again: then every formula is saved with its value.",
    },
    "rule-formula-without-value-unmapped-title": {
        "de": "Formel ohne Wert in einer nicht zugeordneten Spalte",
        "en": "Formula without a value in an unmapped column",
    },
    "rule-formula-without-value-unmapped-hint": {
        "de": "Die Spalte geht nicht an lexoffice; die Formel steht, wie sie ist, in der Datei der nicht zugeordneten Spalten. Brauchen Sie dort ihren Wert, speichern Sie die Arbeitsmappe einmal in Excel oder LibreOffice und prüfen Sie erneut.",
        "en": "The column does not go to lexoffice; the formula is kept as it is in the file of unmapped columns. If you need its value there, save the workbook once in Excel or LibreOffice and check again.",
    },
    "rule-format-differs-from-name-title": {
        "de": "Dateiendung passt nicht zum Inhalt",
        "en": "File name suffix does not fit the content",
    },
    "rule-format-differs-from-name-hint": {
        "de": "Nichts zu tun: der Inhalt entscheidet. Benennen Sie die Datei passend um, damit andere Programme sie richtig öffnen.",
        "en": "Nothing to do: the content decides. Rename the file to fit, so other programs open it right.",
    },
    "rule-option-not-used-title": {
        "de": "Option gilt nicht für dieses Format",
        "en": "Option does not apply to this format",
    },
    "rule-option-not-used-hint": {
        "de": "Die Datei wurde ohne diese Option gelesen. Prüfen Sie, ob die richtige Datei gewählt ist; sonst lassen Sie die Option weg.",
        "en": "The file was read without this option. Check that the right file is chosen; otherwise leave the option out.",
    },
    "rule-vcard-name-from-fn-title": {
        "de": "Name aus dem Anzeigenamen der vCard",
        "en": "Name from the vCard's display name",
    },
    "rule-vcard-name-from-fn-hint": {
        "de": "Nichts zu tun, wenn die Aufteilung stimmt. Sonst korrigieren Sie den Namen im Adressbuch (Vor- und Nachname getrennt) oder in der Upload-Datei.",
        "en": "Nothing to do if the split is right. Otherwise correct the name in the address book (first and last name apart) or in the upload file.",
    },
    "rule-vcard-country-from-format-title": {
        "de": "Land aus Apples Adressformat der vCard",
        "en": "Country from the vCard's Apple address format",
    },
    "rule-vcard-country-from-format-hint": {
        "de": "Nichts zu tun, wenn das Land stimmt: Apple-Kontakte speichern das Land der Adresse als Adressformat (X-ABADR), auch wenn das Feld Land leer ist. Sonst korrigieren Sie das Land im Adressbuch oder in der Upload-Datei.",
        "en": "Nothing to do if the country is right: Apple Contacts keeps the address's country as its address format (X-ABADR), even when the country field is empty. Otherwise correct the country in the address book or in the upload file.",
    },
    "rule-vcard-line-unreadable-title": {
        "de": "Zeile der vCard nicht lesbar",
        "en": "vCard line not readable",
    },
    "rule-vcard-line-unreadable-hint": {
        "de": "Die Zeile steht in der Datei der nicht zugeordneten Spalten. Prüfen Sie, ob sie etwas enthält, das in lexoffice gehört, und tragen Sie es dort ein.",
        "en": "The line is in the unmapped-columns file. Check whether it holds something that belongs in lexoffice and enter it there.",
    },
    "rule-vcard-binary-skipped-title": {
        "de": "Fotos und andere Bilddaten nicht übernommen",
        "en": "Photos and other binary data not taken over",
    },
    "rule-vcard-binary-skipped-hint": {
        "de": "Nichts zu tun: lexoffice hat keine Felder für Fotos, Logos oder Schlüssel.",
        "en": "Nothing to do: lexoffice has no fields for photos, logos or keys.",
    },
    "rule-vcard-not-terminated-title": {
        "de": "Kontakt ohne END:VCARD",
        "en": "Contact without END:VCARD",
    },
    "rule-vcard-not-terminated-hint": {
        "de": "Der Kontakt wurde bis zum nächsten Kontakt oder zum Dateiende gelesen. Prüfen Sie ihn in der Upload-Datei; vielleicht wurde die Datei unvollständig exportiert oder gekürzt.",
        "en": "The contact was read up to the next contact or the end of the file. Check it in the upload file; the file may have been exported incompletely or cut short.",
    },
    "rule-account-number-assigned-title": {
        "de": "Kunden- oder Lieferantennummer aus einer Spalte für beide",
        "en": "Customer or supplier number from one column for both",
    },
    "rule-account-number-assigned-hint": {
        "de": "Nichts zu tun: Nummern im Bereich der Kunden (Debitorenkonten) werden Kundennummern, die im Bereich der Lieferanten (Kreditorenkonten) Lieferantennummern, und jede Zeile geht in die passende Upload-Datei.",
        "en": "Nothing to do: numbers within the customers' range (debtor accounts) become customer numbers, those within the suppliers' range (creditor accounts) supplier numbers, and each row goes to the matching upload file.",
    },
    "rule-street-house-number-merged-title": {
        "de": "Hausnummer an Straße angehängt",
        "en": "House number appended to street",
    },
    "rule-street-house-number-merged-hint": {
        "de": "Nichts zu tun. lexoffice speichert Straße und Hausnummer in einem Feld.",
        "en": "Nothing to do. lexoffice stores street and house number in one field.",
    },
    "rule-postcode-prefix-removed-title": {
        "de": "Länderkennzeichen vor der PLZ entfernt",
        "en": "Country prefix removed from the postcode",
    },
    "rule-postcode-prefix-removed-hint": {
        "de": "Nichts zu tun. Schreibweisen wie „D-01067“ oder „A-1010“ werden zu „01067“ bzw. „1010“; ein leeres Land wird aus dem Kennzeichen ergänzt.",
        "en": "Nothing to do. Forms like “D-01067” or “A-1010” become “01067” and “1010”; an empty country is filled in from the prefix.",
    },
    "rule-address-line-placed-title": {"de": "Adresszeile eingeordnet", "en": "Address line placed"},
    "rule-address-line-placed-hint": {
        "de": "Bitte prüfen, ob die Anschrift stimmt: Die Zeilen einer zeilenweise gegebenen Anschrift wurden nach ihrem Inhalt eingeordnet (die Straße mit ihrer Hausnummer, „z. Hd.“, „c/o“ oder ein Gebäude als Adresszusatz, ein Land als Land, weitere Zeilen nach dem Adresszusatz).",
        "en": "Please check the address: the lines of an address given line by line were placed by what they hold (the street with its house number, “z. Hd.”, “c/o” or a building as the supplement, a country as the country, further lines after the supplement).",
    },
    "issue-address-line-placed": {
        "de": "Zeile der Anschrift eingeordnet: {column} = „{after}“.",
        "en": "Placed a line of the address: {column} = “{after}”.",
    },
    "rule-company-line-placed-title": {
        "de": "Zeile des Firmennamens eingeordnet",
        "en": "Line of the company name placed",
    },
    "rule-company-line-placed-hint": {
        "de": "Bitte prüfen: Der Firmenname stand auf mehreren Zeilen, eine davon mit „z. Hd.“, „c/o“, „Abteilung“ o. Ä. Diese Zeile gehört nicht zum Namen; sie wurde zum Ansprechpartner (nennt sie eine Person) oder zum Adresszusatz.",
        "en": "Please check: the company name was on several lines, one of them with “z. Hd.”, “c/o”, “Abteilung” or the like. That line is no part of the name; it became the contact person (when it names a person) or the address supplement.",
    },
    "issue-company-line-placed": {
        "de": "Zeile aus dem Firmennamen „{source}“ eingeordnet: {column} = „{after}“.",
        "en": "Placed a line of the company name “{source}”: {column} = “{after}”.",
    },
    "rule-address-lines-joined-title": {"de": "Adresszeilen verbunden", "en": "Address lines joined"},
    "rule-address-lines-joined-hint": {
        "de": "Nichts zu tun. Eine Zelle der Upload-Datei hat eine Zeile; steht die ganze Adresse in der Straße, werden PLZ, Ort und Land danach abgetrennt.",
        "en": "Nothing to do. A cell of the upload file has one line; where the whole address is in the street, postcode, city and country are split off after that.",
    },
    "rule-postcode-city-split-title": {"de": "PLZ und Ort getrennt", "en": "Postcode and city split"},
    "rule-postcode-city-split-hint": {
        "de": "Nichts zu tun. lexoffice erwartet PLZ und Ort in getrennten Spalten.",
        "en": "Nothing to do. lexoffice expects postcode and city in separate columns.",
    },
    "rule-contact-detail-set-aside-title": {
        "de": "Angabe eines Ansprechpartners beiseitegelegt",
        "en": "Contact person's detail set aside",
    },
    "rule-contact-detail-set-aside-hint": {
        "de": "Mit --company-person keep bleibt die Person einer Firmenzeile in Vor- und Nachname; ihre Telefonnummer oder E-Mail-Adresse hat dann keinen Ansprechpartner, und Telefon 1 und 2 bzw. E-Mail 1 und 2 sind belegt. Die Zelle steht in der Datei der nicht zugeordneten Spalten; tragen Sie die Angabe in lexoffice nach, wenn Sie sie brauchen.",
        "en": "With --company-person keep a company row's person stays in first and last name; its phone number or e-mail address then has no contact person, and Telefon 1 and 2 or E-Mail 1 and 2 are taken. The cell is in the unmapped-columns file; add the detail in lexoffice if you need it.",
    },
    "rule-contact-detail-set-aside-hint@web": {
        "de": "Die Person einer Firmenzeile bleibt in Vor- und Nachname (eine Einstellung, die es nur auf der Kommandozeile gibt); ihre Telefonnummer oder E-Mail-Adresse hat dann keinen Ansprechpartner, und Telefon 1 und 2 bzw. E-Mail 1 und 2 sind belegt. Die Zelle steht in der Datei der nicht zugeordneten Spalten; tragen Sie die Angabe in lexoffice nach, wenn Sie sie brauchen.",
        "en": "A company row's person stays in first and last name (a setting only the command line has); its phone number or e-mail address then has no contact person, and Telefon 1 and 2 or E-Mail 1 and 2 are taken. The cell is in the unmapped-columns file; add the detail in lexoffice if you need it.",
    },
    "rule-contact-detail-moved-title": {
        "de": "Angabe ohne Ansprechpartner übernommen",
        "en": "Detail without a contact person taken over",
    },
    "rule-contact-detail-moved-hint": {
        "de": "Nichts zu tun, wenn es stimmt. Telefonnummer oder E-Mail-Adresse standen in der Spalte eines Ansprechpartners, aber ohne dessen Namen; sie gehören nun dem Kontakt selbst (Telefon 1, E-Mail 1), der keine eigene hatte.",
        "en": "Nothing to do if it is right. A phone number or e-mail address was in a contact person's column but without the person's name; it now belongs to the contact itself (Telefon 1, E-Mail 1), which had none.",
    },
    "rule-country-from-state-title": {
        "de": "Land aus dem Bundesland",
        "en": "Country from the federal state",
    },
    "rule-country-from-state-hint": {
        "de": "Nichts zu tun, wenn es stimmt. Die Spalte Land enthielt Bundesländer („Bayern“, „NRW“, „Tirol“); lexoffice erhält das Land (DE, AT), das Bundesland steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do if it is right. The Land column held federal states (“Bayern”, “NRW”, “Tirol”); lexoffice receives the country (DE, AT), the state is kept in the file of unmapped columns.",
    },
    "rule-number-placeholder-removed-title": {
        "de": "Platzhalter statt Nummer entfernt",
        "en": "Placeholder instead of a number removed",
    },
    "rule-number-placeholder-removed-hint": {
        "de": "Nichts zu tun. Statt einer Kunden- oder Lieferantennummer stand ein Platzhalter in der Zelle („NEU“, „-“, „k.A.“); lexoffice vergibt die Nummer selbst.",
        "en": "Nothing to do. The cell held a placeholder instead of a customer or supplier number (“NEU”, “-”, “k.A.”); lexoffice gives the number itself.",
    },
    "issue-number-placeholder-removed": {
        "de": "„{before}“ in {column} ist keine Nummer, sondern ein Platzhalter: entfernt, lexoffice vergibt die Nummer (der Wert steht in der Datei der nicht zugeordneten Spalten).",
        "en": "“{before}” in {column} is no number but a placeholder: removed, lexoffice gives the number (it is kept in the file of unmapped columns).",
    },
    "rule-contact-person-email-copied-title": {
        "de": "E-Mail-Adresse auch beim Ansprechpartner",
        "en": "E-mail address given to the contact person too",
    },
    "rule-contact-person-email-copied-hint": {
        "de": "Nichts zu tun. Die E-Mail-Adresse der Zeile trägt den Nachnamen ihrer Person, die zum Ansprechpartner wurde: Sie steht jetzt auch bei ihm, die Firma behält sie.",
        "en": "Nothing to do. The row's e-mail address holds the surname of its person, who became the contact person: it is now theirs too, and the company keeps it.",
    },
    "issue-contact-person-email-copied": {
        "de": "„{source}“ ist die E-Mail-Adresse des Ansprechpartners (sie trägt seinen Nachnamen): auch in {column} eingetragen.",
        "en": "“{source}” is the contact person's e-mail address (it holds their surname): entered in {column} too.",
    },
    "rule-contact-placeholder-removed-title": {"de": "Platzhalter entfernt", "en": "Placeholder removed"},
    "rule-contact-placeholder-removed-hint": {
        "de": "Nichts zu tun. Statt einer Telefonnummer oder E-Mail-Adresse stand ein Platzhalter in der Zelle („k.A.“, „-“, „keine“); lexoffice erhält die Zelle leer.",
        "en": "Nothing to do. The cell held a placeholder instead of a phone number or e-mail address (“k.A.”, “-”, “none”); lexoffice receives it empty.",
    },
    "rule-spreadsheet-error-removed-title": {
        "de": "Fehlerwert der Tabelle entfernt",
        "en": "Spreadsheet error removed",
    },
    "rule-spreadsheet-error-removed-hint": {
        "de": "In der Zelle stand statt eines Werts eine Fehlermeldung des Tabellenprogramms („#NV“ eines SVERWEIS, „#WERT!“, „#BEZUG!“). Sie wurde entfernt. Fehlt der Wert, tragen Sie ihn in Ihrer Tabelle ein (oder korrigieren Sie die Formel) und prüfen Sie die Datei erneut.",
        "en": "The cell held an error of the spreadsheet program instead of a value (“#N/A” of a VLOOKUP, “#VALUE!”, “#REF!”). It was removed. If the value is missing, enter it in your sheet (or fix the formula) and check the file again.",
    },
    "rule-city-country-moved-title": {
        "de": "Land aus dem Ort übernommen",
        "en": "Country taken from the town",
    },
    "rule-city-country-moved-hint": {
        "de": "Nichts zu tun. Hinter dem Ort stand ein Land („Graz, Österreich“); es steht nun in der Spalte Land, der Ort ohne es. Ein anderes Land als das der Spalte Land bleibt im Ort stehen.",
        "en": "Nothing to do. The town was followed by a country (“Graz, Österreich”); it is now in the Land column, the town without it. A country other than the Land column's stays in the town.",
    },
    "rule-company-placeholder-removed-title": {
        "de": "Platzhalter statt Firmenname entfernt",
        "en": "Placeholder instead of a company name removed",
    },
    "rule-company-placeholder-removed-hint": {
        "de": "Nichts zu tun: „privat“, „-“, „keine“ oder „Selbstständig“ sind kein Firmenname; die Zeile ist eine Privatperson. Der Wert steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do: “privat”, “-”, “keine” or “Selbstständig” are no company name; the row is a private person. The value is in the unmapped-columns file.",
    },
    "rule-company-name-is-person-title": {
        "de": "Firmenname ist der Name der Person",
        "en": "Company name is the person's name",
    },
    "rule-company-name-is-person-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Privatperson ist. Ist sie eine Firma (ein Einzelunternehmen unter dem Namen des Inhabers), tragen Sie die Umsatzsteuer-ID oder Steuernummer ein oder schreiben Sie „Firma“ in die Anrede.",
        "en": "Nothing to do if the row is a private person. If it is a company (a sole trader under the owner's name), fill in the VAT id or tax number, or write “Firma” in the salutation.",
    },
    "rule-header-order-changed-title": {
        "de": "Spalten in anderer Reihenfolge",
        "en": "Columns in another order",
    },
    "rule-header-order-changed-hint": {
        "de": "Nichts zu tun: Die Zeilen nach einer Überschriftenzeile in anderer Reihenfolge (zusammengefügte Exporte) sind in deren Reihenfolge gelesen, jede Angabe unter ihrer eigenen Überschrift. Prüfen Sie einige dieser Kontakte in der Upload-Datei.",
        "en": "Nothing to do: the rows after a header row in another order (exports joined into one file) are read in its order, each value under its own header. Check some of these contacts in the upload file.",
    },
    "issue-header-order-changed": {
        "de": "Die Zeile wiederholt die Überschriften in anderer Reihenfolge ({cells} …): Die {count} Zeilen danach sind in dieser Reihenfolge gelesen, jede Angabe unter ihrer eigenen Überschrift, nicht unter der Spalte, in der sie in der Datei steht. Prüfen Sie einige dieser Kontakte in der Upload-Datei.",
        "en": "The row repeats the headers in another order ({cells} …): the {count} rows after it are read in that order, each value under its own header, not under the column it stands in in the file. Check some of these contacts in the upload file.",
    },
    "rule-record-type-other-title": {
        "de": "Datensatz anderer Art",
        "en": "Record of another type",
    },
    "rule-record-type-other-hint": {
        "de": "Nichts zu tun: Der Datensatz ist kein Kunde und kein Lieferant (etwa ein Ansprechpartner) und wird nicht hochgeladen. lexoffice importiert nur Kunden und Lieferanten; Ansprechpartner tragen Sie in lexoffice beim Kontakt ein.",
        "en": "Nothing to do: the record is no customer and no supplier (a contact person, say) and is not uploaded. lexoffice imports customers and suppliers only; enter contact persons at the contact in lexoffice.",
    },
    "issue-record-type-other": {
        "de": "Der Datensatz hat die Art „{value}“ ({system}), ist also kein Kunde und kein Lieferant (etwa ein Ansprechpartner): Er wird nicht hochgeladen. lexoffice importiert nur Kunden und Lieferanten; einen Ansprechpartner tragen Sie in lexoffice beim Kontakt ein.",
        "en": "The record is of type “{value}” ({system}), so no customer and no supplier (a contact person, say): it is not uploaded. lexoffice imports customers and suppliers only; enter a contact person at the contact in lexoffice.",
    },
    "rule-summary-row-title": {"de": "Summen- oder Fußzeile", "en": "Summary or footer line"},
    "rule-footnote-row-title": {"de": "Fußnote oder Anmerkung", "en": "Footnote or note"},
    "rule-footnote-marker-removed-title": {
        "de": "Fußnotenzeichen vom Namen getrennt",
        "en": "Footnote mark taken off a name",
    },
    "rule-footnote-marker-removed-hint": {
        "de": "Nichts zu tun. Der Name endete mit einem Zeichen, das eine Fußnote der Liste erklärt („Schulte*“ zu „* = zahlt bar“); hochgeladen wird der Name ohne das Zeichen, die Bedeutung der Fußnote steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do. The name ended with a mark a footnote of the list explains (“Schulte*” for “* = pays cash”); the name is uploaded without the mark, the footnote's meaning is in the unmapped-columns file.",
    },
    "rule-footnote-row-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Fußnote oder Anmerkung zur Liste ist: Sie wird nicht hochgeladen. Ist sie ein Kontakt, ergänzen Sie seine Angaben in der Datei der abgelehnten Zeilen.",
        "en": "Nothing to do if the row is a footnote or note on the list: it is not uploaded. If it is a contact, add its details in the rejected-rows file.",
    },
    "rule-heading-row-title": {"de": "Zwischenüberschrift", "en": "Heading of a group"},
    "rule-heading-row-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Zwischenüberschrift der Liste ist: Sie wird nicht hochgeladen. Ist sie ein Kontakt, ergänzen Sie seine Angaben in der Datei der abgelehnten Zeilen.",
        "en": "Nothing to do if the row is a heading within the list: it is not uploaded. If it is a contact, add its details in the rejected-rows file.",
    },
    "rule-header-row-repeated-title": {"de": "Überschriftenzeile wiederholt", "en": "Header row repeated"},
    "rule-header-row-repeated-hint": {
        "de": "Nichts zu tun: Die Zeile wiederholt die Spaltennamen (zusammengefügte Exporte, eine zweite Kopfzeile) und wird nicht hochgeladen. Löschen Sie sie aus der Datei der abgelehnten Zeilen.",
        "en": "Nothing to do: the row repeats the column names (exports joined, a second header row) and is not uploaded. Delete it from the rejected-rows file.",
    },
    "rule-summary-row-hint": {
        "de": "Nichts zu tun, wenn die Zeile die Summe oder der Fuß der Liste ist: Sie wird nicht hochgeladen. Ist sie ein Kontakt, ergänzen Sie seine Angaben in der Datei der abgelehnten Zeilen.",
        "en": "Nothing to do if the row is the list's summary or footer: it is not uploaded. If it is a contact, add its details in the rejected-rows file.",
    },
    "rule-company-from-tax-id-title": {
        "de": "Firma wegen USt-IdNr. oder Steuernummer",
        "en": "Company by its VAT id or tax number",
    },
    "rule-company-from-tax-id-hint": {
        "de": "Prüfen Sie den Namen. Eine Zeile mit Umsatzsteuer-ID oder Steuernummer ist ein Geschäft, auch ohne Rechtsform im Namen: Der ganze Name ist der Firmenname. Ist es eine Privatperson, tragen Sie Vor- und Nachname getrennt ein und leeren Sie die Steuerangaben.",
        "en": "Check the name. A row with a VAT id or tax number is a business, even without a legal form in its name: the whole name is the company name. If it is a private person, enter first and last name apart and empty the tax details.",
    },
    "rule-company-of-person-set-aside-title": {
        "de": "Firmenname einer Privatperson beiseitegelegt",
        "en": "Company name of a private person set aside",
    },
    "rule-company-of-person-set-aside-hint": {
        "de": "Prüfen Sie die Zeile. Die Spalte der Kontaktart sagt Privatperson; der Firmenname daneben (ein Arbeitgeber, ein Verein) kommt nicht zu lexoffice. Ist es doch eine Firma, korrigieren Sie die Kontaktart.",
        "en": "Check the row. The contact type column says private person; the company name beside it (an employer, a club) does not go to lexoffice. If it is a company after all, correct the contact type.",
    },
    "rule-company-from-kind-title": {
        "de": "Firma laut Kontaktart",
        "en": "Company by its contact type",
    },
    "rule-company-from-kind-hint": {
        "de": 'Nichts zu tun. Die Spalte der Kontaktart sagt, dass die Zeile eine Firma ist: Ihr Name ist der Firmenname. Soll die Spalte nicht entscheiden: --map "Spalte=".',
        "en": 'Nothing to do. The contact type column says the row is a company: its name is the company name. For the column not to decide: --map "column=".',
    },
    "rule-company-kind-without-company-title": {
        "de": "Firma laut Kontaktart, aber ohne Firmennamen",
        "en": "Company by its contact type, but without a company name",
    },
    "rule-company-kind-without-company-hint": {
        "de": "Prüfen Sie die Zeile. Die Spalte der Kontaktart sagt Firma, aber die Zeile hat nur den Namen einer Person: lexoffice legt sie als Privatperson an. Ist sie eine Firma, tragen Sie den Firmennamen in Ihrer Datei nach (die Person wird ihr Ansprechpartner); sonst korrigieren Sie die Kontaktart.",
        "en": "Check the row. The contact type column says company, but the row only has a person's name: lexoffice creates it as a private person. If it is a company, add the company name in your file (the person becomes its contact person); otherwise correct the contact type.",
    },
    "rule-person-from-kind-title": {
        "de": "Privatperson laut Kontaktart",
        "en": "Private person by its contact type",
    },
    "rule-person-from-kind-hint": {
        "de": 'Nichts zu tun, wenn die Aufteilung in Vor- und Nachname stimmt. Die Spalte der Kontaktart sagt, dass die Zeile eine Privatperson ist: Der Name aus dem Firmennamen (und ein Vorname aus „Name 2“) ist ihr eigener. Soll die Spalte nicht entscheiden: --map "Spalte=".',
        "en": 'Nothing to do if the split into first and last name is right. The contact type column says the row is a private person: the name in the company name (and a first name in “Name 2”) is its own. For the column not to decide: --map "column=".',
    },
    "rule-contact-person-is-person-title": {
        "de": "Ansprechpartner ohne Firma ist die Person selbst",
        "en": "Contact person without a company is the person",
    },
    "rule-contact-person-is-person-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Privatperson ist. Ist sie eine Firma, tragen Sie den Firmennamen ein.",
        "en": "Nothing to do if the row is a private person. If it is a company, fill in the company name.",
    },
    "rule-contact-person-is-person-unsure-title": {
        "de": "Ansprechpartner ohne Firma als Privatperson angelegt",
        "en": "Contact person without a company created as a private person",
    },
    "rule-contact-person-is-person-unsure-hint": {
        "de": "Prüfen Sie die Zeile: Firma war leer, nur ein Ansprechpartner stand da. lexoffice erhält ihn als Privatperson. Ist die Zeile eine Firma, tragen Sie den Firmennamen ein und prüfen Sie erneut.",
        "en": "Check the row: Firma was empty, only a contact person was given. lexoffice receives it as a private person. If the row is a company, fill in the company name and check again.",
    },
    "rule-company-person-moved-title": {
        "de": "Name einer Firma zum Ansprechpartner",
        "en": "Company's name made its contact person",
    },
    "rule-company-person-moved-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Firma mit diesem Ansprechpartner ist. Ist sie eine Privatperson, leeren Sie den Firmennamen; soll der Name bleiben, wo er steht, prüfen Sie mit --company-person keep.",
        "en": "Nothing to do if the row is a company with this contact person. If it is a private person, empty the company name; to leave the name where it is, check with --company-person keep.",
    },
    "rule-company-first-name-alone-title": {
        "de": "Vorname einer Firma ohne Nachnamen",
        "en": "Company's first name without a last name",
    },
    "rule-company-first-name-alone-hint": {
        "de": "Die Zeile ist eine Firma und hat einen Vornamen, aber keinen Nachnamen. Ein Ansprechpartner braucht in lexoffice einen Nachnamen; was lexoffice mit dem Vornamen einer Firma macht, ist nicht dokumentiert. Tragen Sie den Ansprechpartner mit Vor- und Nachnamen ein (Ansprechpartner 1 Vorname, Ansprechpartner 1 Nachname) oder leeren Sie das Feld.",
        "en": "The row is a company and has a first name but no last name. A contact person needs a last name in lexoffice; what lexoffice does with a company's first name is not documented. Enter the contact person with first and last name (Ansprechpartner 1 Vorname, Ansprechpartner 1 Nachname) or empty the field.",
    },
    "issue-company-first-name-alone": {
        "de": "Die Firma hat den Vornamen „{source}“, aber keinen Nachnamen: tragen Sie den Ansprechpartner mit Vor- und Nachnamen ein (Ansprechpartner 1 Vorname und Nachname) oder leeren Sie das Feld.",
        "en": "The company has the first name “{source}” but no last name: enter the contact person with first and last name (Ansprechpartner 1 Vorname and Nachname) or empty the field.",
    },
    "rule-company-person-kept-title": {
        "de": "Name einer Firma, Ansprechpartner belegt",
        "en": "Company's name, contact persons taken",
    },
    "rule-company-person-kept-hint": {
        "de": "Tragen Sie den Namen als Ansprechpartner ein oder löschen Sie ihn; lexoffice legt Firmen ohne Vor- und Nachnamen an.",
        "en": "Enter the name as a contact person or delete it; lexoffice creates companies without first and last name.",
    },
    "rule-company-from-salutation-title": {
        "de": "Firma an der Anrede erkannt",
        "en": "Company recognised by its salutation",
    },
    "rule-company-from-salutation-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Firma ist. Ist sie eine Privatperson, tragen Sie Herr oder Frau als Anrede ein und prüfen Sie erneut.",
        "en": "Nothing to do if the row is a company. If it is a private person, enter Herr or Frau as salutation and check again.",
    },
    "rule-postcode-city-not-split-title": {
        "de": "PLZ und Ort nicht getrennt",
        "en": "Postcode and city not split",
    },
    "rule-postcode-city-not-split-hint": {
        "de": "Trennen Sie PLZ und Ort von Hand: die Postleitzahl in die PLZ-Spalte, nur den Ortsnamen in die Ort-Spalte. Getrennt wird nur, wo die PLZ zum Format des Landes der Zeile passt (ohne Land: Deutschland), z. B. „1012 LG Amsterdam“ (NL), „00-001 Warszawa“ (PL) oder „London NW1 6XE“ (GB); prüfen Sie auch, ob das Land stimmt.",
        "en": "Split postcode and city by hand: the postcode into the postcode column, only the city name into the city column. The tool splits only where the postcode fits the format of the row's country (none: Germany), e.g. “1012 LG Amsterdam” (NL), “00-001 Warszawa” (PL) or “London NW1 6XE” (GB); check the country as well.",
    },
    "rule-salutation-normalized-title": {"de": "Anrede vereinheitlicht", "en": "Salutation normalised"},
    "rule-salutation-normalized-hint": {
        "de": "Nichts zu tun. Schreibweisen wie „Herrn“ oder „Hr.“ werden zu „Herr“; „Firma“ entfällt bei Firmen.",
        "en": "Nothing to do. Spellings like “Herrn” or “Hr.” become “Herr”; “Firma” is dropped for companies.",
    },
    "rule-contact-person-split-title": {"de": "Ansprechpartner aufgeteilt", "en": "Contact person split"},
    "rule-contact-person-split-hint": {
        "de": "Nichts zu tun. lexoffice erwartet Anrede, Vor- und Nachname des Ansprechpartners in getrennten Spalten.",
        "en": "Nothing to do. lexoffice expects the contact person's salutation, first and last name in separate columns.",
    },
    "rule-contact-person-split-unsure-title": {
        "de": "Ansprechpartner unsicher aufgeteilt",
        "en": "Contact person split uncertain",
    },
    "rule-contact-person-split-unsure-hint": {
        "de": "Prüfen Sie Vor- und Nachname des Ansprechpartners in der Upload-Datei und korrigieren Sie sie bei Bedarf.",
        "en": "Check the contact person's first and last name in the upload file and correct them if needed.",
    },
    "rule-person-name-split-title": {"de": "Ganzer Name aufgeteilt", "en": "Whole name split"},
    "rule-person-name-split-hint": {
        "de": "Nichts zu tun. lexoffice legt eine Privatperson nur mit Anrede, Vor- und Nachname in getrennten Spalten richtig an.",
        "en": "Nothing to do. lexoffice creates a private person correctly only with salutation, first and last name in separate columns.",
    },
    "rule-person-name-split-unsure-title": {
        "de": "Ganzer Name unsicher aufgeteilt",
        "en": "Whole name split uncertain",
    },
    "rule-person-name-split-unsure-hint": {
        "de": "Prüfen Sie Vor- und Nachname in der Upload-Datei; ist die Zeile eine Firma, tragen Sie den Namen in die Spalte Firmenname ein und prüfen Sie erneut.",
        "en": "Check first and last name in the upload file; if the row is a company, put the name in the Firmenname column and check again.",
    },
    "rule-address-continuation-joined-title": {
        "de": "Weitere Adresse als Lieferadresse übernommen",
        "en": "Further address taken as the delivery address",
    },
    "rule-address-continuation-joined-hint": {
        "de": "Nichts zu tun: die Zeile ohne Kundenangaben ist die Standard-Lieferadresse des Kunden darüber; lexoffice bekommt sie als dessen Lieferadresse (Straße 2, PLZ 2, Ort 2, Land 2).",
        "en": "Nothing to do: the row without customer details is the default delivery address of the customer above; lexoffice gets it as that customer's delivery address (Straße 2, PLZ 2, Ort 2, Land 2).",
    },
    "rule-address-continuation-set-aside-title": {
        "de": "Weitere Adresse beiseitegelegt",
        "en": "Further address set aside",
    },
    "rule-address-continuation-set-aside-hint": {
        "de": "Prüfen Sie die Adresse in der Datei der nicht zugeordneten Spalten. lexoffice nimmt je Kontakt eine Rechnungs- und eine Lieferadresse; brauchen Sie diese Adresse, tragen Sie sie in lexoffice beim Kunden der genannten Zeile ein.",
        "en": "Check the address in the unmapped-columns file. lexoffice takes one billing and one delivery address per contact; if you need this address, enter it in lexoffice on the customer of the row named.",
    },
    "rule-address-continuation-rejected-title": {
        "de": "Weitere Adresse eines abgelehnten Kunden",
        "en": "Further address of a rejected customer",
    },
    "rule-address-continuation-rejected-hint": {
        "de": "Korrigieren Sie die Zeile des Kunden darüber; lassen Sie diese Zeile direkt unter ihr stehen und prüfen Sie die Datei erneut.",
        "en": "Correct the customer's row above; leave this row right below it and check the file again.",
    },
    "rule-contact-row-joined-title": {
        "de": "Person als Ansprechpartner ihrer Firma übernommen",
        "en": "Person taken as their company's contact person",
    },
    "rule-contact-row-joined-hint": {
        "de": "Die Firma steht in einer eigenen Zeile, ihre Personen in weiteren Zeilen mit dem Firmennamen (Odoo, Adressbücher). lexoffice legt so die Firma einmal an, mit den Personen als Ansprechpartner 1 und 2. Soll jede Zeile ein eigener Kontakt bleiben: --company-person keep.",
        "en": "The company is on a row of its own, its persons on further rows naming it (Odoo, address books). lexoffice thus creates the company once, with the persons as Ansprechpartner 1 and 2. To keep every row a contact of its own: --company-person keep.",
    },
    "rule-contact-row-joined-hint@web": {
        "de": "Die Firma steht in einer eigenen Zeile, ihre Personen in weiteren Zeilen mit dem Firmennamen (Odoo, Adressbücher). lexoffice legt so die Firma einmal an, mit den Personen als Ansprechpartner 1 und 2.",
        "en": "The company is on a row of its own, its persons on further rows naming it (Odoo, address books). lexoffice thus creates the company once, with the persons as Ansprechpartner 1 and 2.",
    },
    "rule-contact-row-rejected-title": {
        "de": "Person einer abgelehnten Firma",
        "en": "Person of a rejected company",
    },
    "rule-contact-row-rejected-hint": {
        "de": "Korrigieren Sie die Zeile der Firma; die Zeile der Person steht mit ihr in der Datei der abgelehnten Zeilen und wird beim nächsten Prüfen wieder ihr Ansprechpartner.",
        "en": "Correct the company's row; the person's row is beside it in the rejected-rows file and becomes its contact person again at the next check.",
    },
    "rule-country-from-foreign-hints-title": {
        "de": "Land aus Telefon, E-Mail und USt-IdNr. ergänzt",
        "en": "Country filled in from phone, e-mail and VAT id",
    },
    "rule-country-from-foreign-hints-hint": {
        "de": "Ohne Land legt lexoffice eine deutsche Anschrift an. Zwei Angaben der Zeile (Vorwahl, Länderendung der E-Mail-Adresse, Präfix der USt-IdNr.) nennen dasselbe andere Land; prüfen Sie es.",
        "en": "Without a country lexoffice creates a German address. Two of the row's details (calling code, the e-mail address's country domain, the VAT id's prefix) name the same other country; check it.",
    },
    "rule-country-hint-foreign-title": {
        "de": "Anschrift ohne Land, Hinweis auf das Ausland",
        "en": "Address without a country, pointing abroad",
    },
    "rule-country-hint-foreign-hint": {
        "de": "Ohne Land legt lexoffice eine deutsche Anschrift an. Eine Angabe der Zeile nennt ein anderes Land; tragen Sie das Land ein, wenn die Anschrift dort liegt.",
        "en": "Without a country lexoffice creates a German address. One of the row's details names another country; enter the country if the address is there.",
    },
    "rule-address-parts-read-title": {
        "de": "Adressteile mit doppelten Leerzeichen gelesen",
        "en": "Address parts read by their double spaces",
    },
    "rule-address-parts-read-hint": {
        "de": "Nichts zu tun: die ganze Adresse in einer Zelle (Mailchimps „Address“) wurde in Straße, PLZ, Ort und Land aufgeteilt.",
        "en": "Nothing to do: the whole address in one cell (Mailchimp's “Address”) was split into street, postcode, city and country.",
    },
    "rule-address-parts-state-title": {
        "de": "Bundesland der Adresse beiseitegelegt",
        "en": "State of the address set aside",
    },
    "rule-address-parts-state-hint": {
        "de": "Prüfen Sie Straße, PLZ und Ort. lexoffice hat keine Spalte für das Bundesland; die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Check street, postcode and city. lexoffice has no column for the state; the whole cell is in the unmapped-columns file.",
    },
    "rule-address-parts-unsure-title": {
        "de": "Ganze Adresse nicht aufgeteilt",
        "en": "Whole address not split",
    },
    "rule-address-parts-unsure-hint": {
        "de": "Tragen Sie PLZ und Ort in ihre Spalten ein und lassen Sie in der Straßenspalte nur die Straße; prüfen Sie die Datei dann erneut.",
        "en": "Enter postcode and city in their columns and leave only the street in the street column; then check the file again.",
    },
    "rule-home-address-used-title": {
        "de": "Privatadresse übernommen",
        "en": "Private address used",
    },
    "rule-home-address-used-hint": {
        "de": "Nichts zu tun: die Zeile hat keine Geschäftsadresse, lexoffice bekommt die Privatadresse als Adresse.",
        "en": "Nothing to do: the row has no business address, lexoffice gets the private address as its address.",
    },
    "rule-contact-duplicate-title": {
        "de": "Kontakt doppelt",
        "en": "Contact twice",
    },
    "rule-contact-duplicate-hint": {
        "de": "lexoffice legt jede Zeile als eigenen Kontakt an. Löschen Sie die doppelten Zeilen aus der Upload-Datei (oder der Quelle) und prüfen Sie erneut; sind es verschiedene Kontakte, ist nichts zu tun.",
        "en": "lexoffice creates every row as a contact of its own. Delete the repeated rows from the upload file (or the source) and check again; if they are different contacts, there is nothing to do.",
    },
    "rule-company-from-name-title": {
        "de": "Firma am Namen erkannt",
        "en": "Company recognised by its name",
    },
    "rule-company-from-name-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Firma ist. Ist sie eine Privatperson, tragen Sie Anrede, Vor- und Nachname in eigene Spalten ein und prüfen Sie erneut.",
        "en": "Nothing to do if the row is a company. If it is a private person, enter salutation, first and last name in columns of their own and check again.",
    },
    "rule-name-order-unsure-title": {
        "de": "Reihenfolge von Vor- und Nachname unsicher",
        "en": "Order of first and last name unsure",
    },
    "rule-name-order-unsure-hint": {
        "de": "Die Spaltenüberschrift nennt den Nachnamen zuerst, aber die E-Mail-Adressen lassen zweifeln, ob der Name so geschrieben ist. Stimmt die Aufteilung nicht, schreiben Sie den Namen mit Komma („Nachname, Vorname“) oder Vor- und Nachname in eigene Spalten und prüfen Sie erneut.",
        "en": "The column header names the last name first, but the e-mail addresses cast doubt on whether the name is written so. If the split is wrong, write the name with a comma (“Last name, First name”) or first and last name in columns of their own and check again.",
    },
    "issue-name-order-unsure": {
        "de": "„{source}“ steht ohne Komma unter „{header}“ und wurde nach der Überschrift gelesen: {reading}. Die E-Mail-Adresse der Zeile nennt beide Namen in derselben Reihenfolge und bestätigt das nicht. Stimmt die Aufteilung nicht, schreiben Sie „Nachname, Vorname“ mit Komma und prüfen Sie erneut.",
        "en": "“{source}” stands without a comma under “{header}” and was read as the header says: {reading}. The row's e-mail address names both names in the same order and does not confirm it. If the split is wrong, write “Last name, First name” with a comma and check again.",
    },
    "issue-name-order-unsure-addresses": {
        "de": "„{source}“ steht ohne Komma unter „{header}“ und wurde nach der Überschrift gelesen: {reading}. Die E-Mail-Adressen anderer Zeilen zeigen aber Namen mit dem Vornamen zuerst. Stimmt die Aufteilung nicht, schreiben Sie „Nachname, Vorname“ mit Komma und prüfen Sie erneut.",
        "en": "“{source}” stands without a comma under “{header}” and was read as the header says: {reading}. The e-mail addresses of other rows show names written first name first, though. If the split is wrong, write “Last name, First name” with a comma and check again.",
    },
    "rule-company-beside-first-name-title": {
        "de": "Firmenname als Nachname einer Person?",
        "en": "A business's name as a person's last name?",
    },
    "rule-company-beside-first-name-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Privatperson ist. Ist sie eine Firma, tragen Sie den Namen in die Spalte Firmenname ein und prüfen Sie erneut.",
        "en": "Nothing to do if the row is a private person. If it is a business, enter the name in the Firmenname column and check again.",
    },
    "rule-company-from-owner-title": {
        "de": "Firma am Inhaber erkannt",
        "en": "Company recognised by its owner",
    },
    "rule-company-from-owner-hint": {
        "de": "Nichts zu tun, wenn die Zeile eine Firma ist. Ist sie eine Privatperson, tragen Sie Vor- und Nachname ohne „Inh.“ ein und prüfen Sie erneut.",
        "en": "Nothing to do if the row is a company. If it is a private person, enter first and last name without “Inh.” and check again.",
    },
    "rule-company-from-name-unsure-title": {
        "de": "Firma am Namen vermutet",
        "en": "Company assumed from its name",
    },
    "rule-company-from-name-unsure-hint": {
        "de": "Nur ein Geschäftswort (Hotel, Studio, Fa. …) oder „A & B“ hat die Zeile zur Firma gemacht. Ist sie eine Privatperson, tragen Sie Anrede, Vor- und Nachname in eigene Spalten ein und prüfen Sie erneut.",
        "en": "Only a business word (Hotel, Studio, Fa. …) or “A & B” made the row a company. If it is a private person, enter salutation, first and last name in columns of their own and check again.",
    },
    "rule-customer-number-range-title": {"de": "Kundennummer ungültig", "en": "Invalid customer number"},
    "rule-customer-number-range-hint@web": {
        "de": "Kundennummern haben genau 5 Ziffern im erlaubten Bereich (Standard 10000 bis 69999). Korrigieren Sie die Nummer in der Tabelle „Abgelehnte Zeilen“ oder lassen Sie das Feld leer, dann vergibt lexoffice eine. Für alle Zeilen auf einmal: wählen Sie in der Zuordnung der Spalten bei der Spalte der Kundennummern „— nicht übernehmen —“; lexoffice vergibt dann neue Nummern, die alten stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "Customer numbers have exactly 5 digits within the allowed range (default 10000 to 69999). Correct the number in the table “Rejected rows” or leave the field empty to have lexoffice assign one. For all rows at once: choose “— do not use —” for the column of customer numbers in the column mapping; lexoffice then assigns new numbers, the old ones are in the unmapped-columns file.",
    },
    "rule-supplier-number-range-hint@web": {
        "de": "Lieferantennummern haben genau 5 Ziffern im erlaubten Bereich (Standard 70000 bis 99999). Korrigieren Sie die Nummer in der Tabelle „Abgelehnte Zeilen“ oder lassen Sie das Feld leer, dann vergibt lexoffice eine; für alle Zeilen auf einmal wählen Sie in der Zuordnung der Spalten bei der Spalte der Lieferantennummern „— nicht übernehmen —“.",
        "en": "Supplier numbers have exactly 5 digits within the allowed range (default 70000 to 99999). Correct the number in the table “Rejected rows” or leave the field empty to have lexoffice assign one; for all rows at once choose “— do not use —” for the column of supplier numbers in the column mapping.",
    },
    "rule-encoding-uncertain-hint@web": {
        "de": "Prüfen Sie die Umlaute in der Upload-Datei. Stimmen sie nicht, öffnen Sie die Datei in Excel, speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie die neue Datei hier hoch.",
        "en": "Check the umlauts in the upload file. If they are wrong, open the file in Excel, save it as “CSV UTF-8 (comma delimited)” and upload the new file here.",
    },
    "rule-role-from-file-name-hint@web": {
        "de": "Die Datei hat weder Kunden- noch Lieferantennummern, ihr Name nennt aber Lieferanten: alle Kontakte stehen in der Lieferanten-Datei, lexoffice vergibt die Nummern. Sind es Kunden, laden Sie die Datei erneut hoch und wählen Sie bei „Art der Kontakte“ die Kunden.",
        "en": "The file has neither customer nor supplier numbers, but its name says suppliers: every contact is in the supplier file, lexoffice assigns the numbers. If they are customers, upload the file again and choose customers under “Kind of contacts”.",
    },
    "issue-role-from-file-name@web": {
        "de": "„{name}“ nennt Lieferanten, und keine Spalte hat Kunden- oder Lieferantennummern: alle Kontakte kommen in die Lieferanten-Datei. Sind es Kunden, laden Sie die Datei erneut hoch und wählen Sie bei „Art der Kontakte“ die Kunden.",
        "en": "“{name}” says suppliers, and no column has customer or supplier numbers: every contact goes to the supplier file. If they are customers, upload the file again and choose customers under “Kind of contacts”.",
    },
    "issue-header-from-layout@web": {
        "de": "Die Datei hat keine Überschriftenzeile; ihre Datensätze beginnen mit „{value}“, einem Satztyp von {system}. Die Spalten tragen die Namen aus dessen Satzbeschreibung (Kundennummer, Anrede, Vorname, Name, Firma …). Stimmt eine Zuordnung nicht, ändern Sie sie in der Zuordnung der Spalten.",
        "en": "The file has no header row; its records start with “{value}”, a record type of {system}. The columns carry the names of its record description (Kundennummer, Anrede, Vorname, Name, Firma …). If a mapping is wrong, change it in the column mapping.",
    },
    "rule-header-from-layout-hint@web": {
        "de": "Die Datei hat keine Überschriftenzeile, aber ihre Datensätze nennen ihren Typ (Collmex: CMXKND, CMXLIF): Die Spalten tragen die Namen aus der Satzbeschreibung des Programms. Prüfen Sie die Zuordnung der Spalten auf dieser Seite und ändern Sie sie bei Bedarf.",
        "en": "The file has no header row, but its records name their type (Collmex: CMXKND, CMXLIF): the columns carry the names of the program's record description. Check the column mapping on this page and change it if needed.",
    },
    "rule-customer-number-range-hint": {
        "de": "Kundennummern haben genau 5 Ziffern im erlaubten Bereich (Standard 10000 bis 69999). Korrigieren Sie die Nummer oder lassen Sie das Feld leer, dann vergibt lexoffice eine. Für alle Zeilen auf einmal: prüfen Sie erneut mit --renumber clear (lexoffice vergibt neue Nummern, die alten stehen in der Datei der nicht zugeordneten Spalten) oder verschieben Sie alle Nummern mit --renumber offset:N, z. B. --renumber offset:10000.",
        "en": "Customer numbers have exactly 5 digits within the allowed range (default 10000 to 69999). Correct the number or leave the field empty to have lexoffice assign one. For all rows at once: check again with --renumber clear (lexoffice assigns new numbers, the old ones are in the unmapped-columns file) or shift all numbers with --renumber offset:N, e.g. --renumber offset:10000.",
    },
    "rule-supplier-number-range-title": {"de": "Lieferantennummer ungültig", "en": "Invalid supplier number"},
    "rule-supplier-number-range-hint": {
        "de": "Lieferantennummern haben genau 5 Ziffern im erlaubten Bereich (Standard 70000 bis 99999). Korrigieren Sie die Nummer oder lassen Sie das Feld leer, dann vergibt lexoffice eine. Nutzt Ihr lexoffice einen anderen Bereich, stellen Sie ihn mit --catalog DATEI ein (darin [settings] supplier_number_max = 79999).",
        "en": "Supplier numbers have exactly 5 digits within the allowed range (default 70000 to 99999). Correct the number or leave the field empty to have lexoffice assign one. If your lexoffice uses another range, set it with --catalog FILE (holding [settings] supplier_number_max = 79999).",
    },
    "rule-customer-number-duplicate-title": {"de": "Kundennummer doppelt", "en": "Duplicate customer number"},
    "rule-customer-number-duplicate-hint": {
        "de": "Jede Kundennummer darf nur einmal vorkommen. Ist die Zeile derselbe Kontakt wie die genannte frühere (etwa mit einer weiteren Anschrift), laden Sie ihn nur einmal hoch: löschen Sie die Zeile oder tragen Sie ihre Anschrift in der früheren als Lieferanschrift (Straße 2 …) ein. Ist es ein anderer Kontakt, vergeben Sie eine andere Nummer oder lassen Sie das Feld leer.",
        "en": "Each customer number may occur only once. If the row is the same contact as the earlier one named (say with another address), upload it once: delete the row or enter its address in the earlier one as the delivery address (Straße 2 …). If it is another contact, give another number or leave the field empty.",
    },
    "rule-supplier-number-duplicate-title": {
        "de": "Lieferantennummer doppelt",
        "en": "Duplicate supplier number",
    },
    "rule-supplier-number-duplicate-hint": {
        "de": "Jede Lieferantennummer darf nur einmal vorkommen. Ist die Zeile derselbe Kontakt wie die genannte frühere (etwa mit einer weiteren Anschrift), laden Sie ihn nur einmal hoch: löschen Sie die Zeile oder tragen Sie ihre Anschrift in der früheren als Lieferanschrift (Straße 2 …) ein. Ist es ein anderer Kontakt, vergeben Sie eine andere Nummer oder lassen Sie das Feld leer.",
        "en": "Each supplier number may occur only once. If the row is the same contact as the earlier one named (say with another address), upload it once: delete the row or enter its address in the earlier one as the delivery address (Straße 2 …). If it is another contact, give another number or leave the field empty.",
    },
    "rule-name-missing-title": {"de": "Name fehlt", "en": "Name missing"},
    "rule-name-missing-hint": {
        "de": "Tragen Sie bei einer Firma den Firmennamen ein, bei einer Privatperson den Nachnamen.",
        "en": "Enter the company name for a company, the last name for a private person.",
    },
    "rule-email-invalid-title": {"de": "E-Mail-Adresse ungültig", "en": "Invalid e-mail address"},
    "rule-email-invalid-hint": {
        "de": "Schreiben Sie genau eine Adresse der Form name@firma.de je Feld, ohne Leerzeichen und Zusätze.",
        "en": "Write exactly one address of the form name@company.com per field, without spaces or additions.",
    },
    "rule-postcode-invalid-title": {"de": "PLZ ungültig", "en": "Invalid postcode"},
    "rule-postcode-invalid-hint": {
        "de": "Deutsche PLZ haben 5 Ziffern, österreichische und Schweizer 4, andere höchstens 10 Zeichen; prüfen Sie auch das Land der Adresse.",
        "en": "German postcodes have 5 digits, Austrian and Swiss ones 4, others at most 10 characters; check the address's country too.",
    },
    "rule-country-unknown-title": {"de": "Land unbekannt", "en": "Unknown country"},
    "rule-country-unknown-hint": {
        "de": "Verwenden Sie den ISO-Code des Landes mit zwei Buchstaben, z. B. DE, AT, CH oder FR.",
        "en": "Use the country's two-letter ISO code, e.g. DE, AT, CH or FR.",
    },
    "rule-value-too-long-title": {"de": "Wert zu lang", "en": "Value too long"},
    "rule-value-too-long-hint": {
        "de": "Kürzen Sie den Wert auf die erlaubte Länge; die Schnellreferenz (lexoffice-import reference) nennt sie für jede Spalte (Anrede: höchstens 25 Zeichen). Eine andere Grenze setzen Sie mit --catalog DATEI (max_length der Spalte).",
        "en": "Shorten the value to the allowed length; the quick reference (lexoffice-import reference) names it for every column (salutation: at most 25 characters). Set another limit with --catalog FILE (the column's max_length).",
    },
    "rule-contact-person-name-missing-title": {
        "de": "Nachname des Ansprechpartners fehlt",
        "en": "Contact person's last name missing",
    },
    "rule-contact-person-name-missing-hint": {
        "de": "Tragen Sie den Nachnamen des Ansprechpartners ein oder leeren Sie dessen übrige Felder.",
        "en": "Enter the contact person's last name or empty their other fields.",
    },
    "rule-address-incomplete-title": {
        "de": "Anschrift ohne PLZ und Ort",
        "en": "Address without postcode and city",
    },
    "rule-address-incomplete-hint": {
        "de": 'Ergänzen Sie PLZ und Ort. Stehen sie in einer Spalte der Datei, die nicht zugeordnet wurde, ordnen Sie diese mit --map zu (etwa --map "Stadt=Ort 1").',
        "en": 'Add the postcode and city. If a column of the file holds them unmapped, map it with --map (such as --map "Stadt=Ort 1").',
    },
    "rule-first-name-missing-title": {"de": "Vorname fehlt", "en": "First name missing"},
    "rule-first-name-missing-hint": {
        "de": "Tragen Sie bei Privatpersonen den Vornamen in der Spalte Vorname ein.",
        "en": "For private persons, enter the first name in the Vorname column.",
    },
    "rule-company-field-on-person-title": {
        "de": "Firmenangabe bei Privatperson",
        "en": "Company data on a private person",
    },
    "rule-company-field-on-person-hint": {
        "de": "USt-IdNr., Steuernummer und Ansprechpartner gehören in lexoffice zu Firmen. Tragen Sie beim Unternehmen (auch einem Einzelunternehmen) den Firmennamen ein; sonst leeren Sie die Felder.",
        "en": "VAT ids, tax numbers and contact persons belong to companies in lexoffice. Enter the company name for a business (a sole trader too); otherwise empty the fields.",
    },
    "rule-salutation-missing-title": {"de": "Anrede fehlt", "en": "Salutation missing"},
    "rule-salutation-missing-hint": {
        "de": "lexoffice kennt als Anrede „Herr“ und „Frau“: Trifft eine davon auf die Privatperson zu, tragen Sie sie ein; sonst bleibt die Anrede leer.",
        "en": "lexoffice knows the salutations “Herr” and “Frau”: if one of them applies to the private person, enter it; otherwise the salutation stays empty.",
    },
    "rule-vat-id-invalid-title": {"de": "Umsatzsteuer-ID ungültig", "en": "Invalid VAT ID"},
    "rule-vat-id-invalid-hint": {
        "de": "Prüfen Sie Länderkürzel, Anzahl der Ziffern und Prüfziffer (z. B. DE und 9 Ziffern); das Bundeszentralamt für Steuern bestätigt Nummern online.",
        "en": "Check the country prefix, number of digits and check digit (e.g. DE and 9 digits); the German Federal Central Tax Office confirms numbers online.",
    },
    "rule-formula-like-value-title": {
        "de": "Wert sieht wie eine Formel aus",
        "en": "Value looks like a formula",
    },
    "rule-formula-like-value-hint": {
        "de": "Ein Wert, der mit =, @, + oder - beginnt, wird in Excel als Formel ausgeführt. Entfernen Sie das Zeichen am Anfang, wenn es nicht dazugehört.",
        "en": "A value starting with =, @, + or - is run as a formula by Excel. Remove the leading character unless it belongs there.",
    },
    "rule-company-name-in-person-field-title": {
        "de": "Firmenname im Namensfeld",
        "en": "Company name in a person field",
    },
    "rule-company-name-in-person-field-hint": {
        "de": "Tragen Sie den Firmennamen in die Spalte Firmenname ein; sonst legt lexoffice eine Privatperson an.",
        "en": "Put the company name in the Firmenname column; otherwise lexoffice creates a private person.",
    },
    "rule-scientific-number-set-aside-title": {
        "de": "Nummer von Excel zerstört, beiseitegelegt",
        "en": "Number damaged by Excel, set aside",
    },
    "rule-scientific-number-set-aside-hint": {
        "de": "Excel hat eine Telefon- oder Steuernummer als Zahl in Exponentialschreibweise gespeichert; die Ziffern sind verloren. lexoffice erhält die Zelle leer. Tragen Sie die Nummer aus der Quelle neu ein und formatieren Sie die Spalte als Text.",
        "en": "Excel stored a phone or tax number in scientific notation; the digits are lost. lexoffice receives the cell empty. Enter it again from the source and format the column as text.",
    },
    "rule-phone-scientific-notation-title": {
        "de": "Telefonnummer von Excel zerstört",
        "en": "Phone number damaged by Excel",
    },
    "rule-phone-scientific-notation-hint": {
        "de": "Excel hat die Nummer als Zahl in Exponentialschreibweise gespeichert; die Ziffern sind verloren. Tragen Sie sie aus der Quelle neu ein und formatieren Sie die Spalte als Text.",
        "en": "Excel stored the number in scientific notation; the digits are lost. Enter it again from the source and format the column as text.",
    },
    "rule-output-unencodable-title": {
        "de": "Zeichen in der Ausgabekodierung nicht darstellbar",
        "en": "Character not encodable in the output encoding",
    },
    "rule-output-unencodable-hint": {
        "de": "Schreiben Sie die Upload-Datei mit --output-encoding utf-8 oder ersetzen Sie das Zeichen.",
        "en": "Write the upload file with --output-encoding utf-8 or replace the character.",
    },
    "rule-row-too-large-title": {
        "de": "Zeile größer als eine Upload-Datei",
        "en": "Row larger than an upload file",
    },
    "rule-row-too-large-hint": {
        "de": "lexoffice nimmt Dateien bis 2 MB; eine einzelne Zeile kann nicht auf zwei Dateien verteilt werden. Kürzen Sie den Wert.",
        "en": "lexoffice takes files of up to 2 MB; a single row cannot be split across two files. Shorten the value.",
    },
    "rule-supplier-number-renumbered-title": {
        "de": "Lieferantennummer neu vergeben",
        "en": "Supplier number reassigned",
    },
    "rule-supplier-number-renumbered-hint": {
        "de": "Nichts zu tun; die neue Nummer steht in der Upload-Datei (--renumber), eine geleerte vergibt lexoffice neu.",
        "en": "Nothing to do; the new number is in the upload file (--renumber), a cleared one is assigned by lexoffice.",
    },
    "rule-customer-number-renumbered-title": {
        "de": "Kundennummer neu vergeben",
        "en": "Customer number reassigned",
    },
    "rule-customer-number-renumbered-hint": {
        "de": "Nichts zu tun; die neue Nummer steht in der Upload-Datei (--renumber).",
        "en": "Nothing to do; the new number is in the upload file (--renumber).",
    },
    # --- fixes made by importer/clean.py (one issue per changed cell) -----------------------
    "issue-whitespace-trimmed": {
        "de": "Überzählige, geschützte oder unsichtbare Leerzeichen in {column} entfernt: „{after}“.",
        "en": "Removed extra, non-breaking or invisible spaces in {column}: “{after}”.",
    },
    "issue-text-marker-removed": {
        "de": "Excel-Textkennzeichen (Apostroph) in {column} entfernt: „{before}“ → „{after}“.",
        "en": "Removed Excel's text marker (apostrophe) in {column}: “{before}” → “{after}”.",
    },
    "issue-link-removed": {
        "de": "Den Link {source} hinter „{after}“ in {column} entfernt; lexoffice erhält „{after}“, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Removed the link {source} after “{after}” in {column}; lexoffice receives “{after}”, the whole cell is in the unmapped-columns file.",
    },
    "issue-links-several": {
        "de": "„{source}“ verweist mit mehreren Links auf mehrere Einträge; lexoffice erhält in {field} „{after}“ als einen Wert. Ist es ein Kontakt, tragen Sie nur seinen Namen ein; sonst gehört jeder Eintrag in eine Zeile für sich.",
        "en": "“{source}” refers to several entries with several links; lexoffice receives “{after}” in {field} as one value. If it is one contact, enter only its name; else each entry belongs in a row of its own.",
    },
    "issue-link-removed-name": {
        "de": "Den Link {source} hinter dem Namen „{after}“ entfernt; lexoffice erhält den Namen ohne ihn, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Removed the link {source} after the name “{after}”; lexoffice receives the name without it, the whole cell is in the unmapped-columns file.",
    },
    "issue-mojibake-repaired": {
        "de": "Falsch kodierte Zeichen in {column} repariert: „{before}“ → „{after}“.",
        "en": "Repaired wrongly encoded characters in {column}: “{before}” → “{after}”.",
    },
    "issue-repeated-value-removed": {
        "de": "„{before}“ in {column} steht schon in {source}: aus {column} entfernt, damit lexoffice es nicht doppelt speichert.",
        "en": "“{before}” in {column} is in {source} already: removed from {column}, so that lexoffice does not keep it twice.",
    },
    "rule-repeated-value-removed-title": {"de": "Doppelte Angabe entfernt", "en": "Repeated value removed"},
    "rule-repeated-value-removed-hint": {
        "de": "Nichts zu tun. Die zweite E-Mail-Adresse oder Telefonnummer war dieselbe wie die erste; sie steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Nothing to do. The second e-mail address or phone number was the same as the first; it is in the unmapped-columns file.",
    },
    "issue-multiple-emails-split": {
        "de": "E-Mail-Adressen in einem Feld („{source}“) getrennt: {column} = „{after}“.",
        "en": "Split the e-mail addresses in one field (“{source}”): {column} = “{after}”.",
    },
    "issue-multiple-emails-set-aside": {
        "de": "Mehr E-Mail-Adressen in einem Feld („{source}“), als in E-Mail 1 und E-Mail 2 Platz haben: {column} = „{after}“, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "More e-mail addresses in one field (“{source}”) than E-Mail 1 and E-Mail 2 can hold: {column} = “{after}”, the whole cell is in the unmapped-columns file.",
    },
    "issue-fax-set-aside-emptied": {
        "de": "„{source}“ ist eine Faxnummer; lexoffice hat kein Faxfeld: {column} bleibt leer, die Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "“{source}” is a fax number; lexoffice has no fax field: {column} stays empty, the cell is in the unmapped-columns file.",
    },
    "issue-fax-set-aside": {
        "de": "„{source}“ nennt neben der Telefonnummer eine Faxnummer; lexoffice hat kein Faxfeld: {column} = „{after}“, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "“{source}” gives a fax number beside the phone number; lexoffice has no fax field: {column} = “{after}”, the whole cell is in the unmapped-columns file.",
    },
    "issue-multiple-phones-set-aside": {
        "de": "Mehr Telefonnummern in einem Feld („{source}“), als in Telefon 1 und Telefon 2 Platz haben: {column} = „{after}“, die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "More phone numbers in one field (“{source}”) than Telefon 1 and Telefon 2 can hold: {column} = “{after}”, the whole cell is in the unmapped-columns file.",
    },
    "set-aside-column": {"de": "{source} (ganze Zelle)", "en": "{source} (whole cell)"},
    "footnote-marker-column": {"de": "{source} (mit Fußnotenzeichen)", "en": "{source} (with footnote mark)"},
    "footnote-meaning-column": {"de": "Fußnote", "en": "Footnote"},
    "continuation-column": {"de": "{source} (weitere Adresse)", "en": "{source} (further address)"},
    "contact-row-column": {"de": "{source} (Ansprechpartner-Zeile)", "en": "{source} (contact person's row)"},
    "issue-contact-row-joined": {
        "de": "Die Zeile nennt die Firma „{company}“ aus Zeile {above} und eine Person: als Ansprechpartner {slot} zu Zeile {above} übernommen („{value}“), damit lexoffice die Firma nur einmal anlegt. Angaben der Zeile, die Zeile {above} nicht ebenso hat, stehen in der Datei der nicht zugeordneten Spalten. Soll die Zeile ein eigener Kontakt bleiben: --company-person keep.",
        "en": "The row names the company “{company}” of row {above} and a person: taken as Ansprechpartner {slot} of row {above} (“{value}”), so that lexoffice creates the company once. Details of the row that row {above} does not have the same are in the unmapped-columns file. To keep the row a contact of its own: --company-person keep.",
    },
    "issue-contact-row-joined@web": {
        "de": "Die Zeile nennt die Firma „{company}“ aus Zeile {above} und eine Person: als Ansprechpartner {slot} zu Zeile {above} übernommen („{value}“), damit lexoffice die Firma nur einmal anlegt. Angaben der Zeile, die Zeile {above} nicht ebenso hat, stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The row names the company “{company}” of row {above} and a person: taken as Ansprechpartner {slot} of row {above} (“{value}”), so that lexoffice creates the company once. Details of the row that row {above} does not have the same are in the unmapped-columns file.",
    },
    "issue-contact-row-rejected": {
        "de": "Die Zeile ist ein Ansprechpartner der Firma in Zeile {above}, die abgelehnt ist. Sie steht hier bei ihr; korrigieren Sie Zeile {above} und lassen Sie diese Zeile in der Datei.",
        "en": "The row is a contact person of the company in row {above}, which is rejected. It is here beside it; correct row {above} and leave this row in the file.",
    },
    "issue-value-list-collapsed": {
        "de": "„{before}“ in {column} wiederholt einen Wert, getrennt durch „ ::: “: einmal übernommen, „{after}“.",
        "en": "“{before}” in {column} repeats one value, separated by “ ::: ”: taken once, “{after}”.",
    },
    "issue-value-list-kept": {
        "de": "In {field} stehen mehrere Werte, getrennt durch „ ::: “: „{source}“. lexoffice nimmt den ganzen Text als einen Wert; lassen Sie nur den richtigen stehen.",
        "en": "{field} holds several values separated by “ ::: ”: “{source}”. lexoffice takes the whole text as one value; keep only the right one.",
    },
    "rule-value-list-collapsed-title": {
        "de": "Wiederholter Wert einmal übernommen",
        "en": "Repeated value taken once",
    },
    "rule-value-list-collapsed-hint": {
        "de": "Nichts zu tun: Google Contacts und Group-Office schreiben mehrere Werte eines Feldes in eine Zelle; derselbe Wert zweimal ist einer.",
        "en": "Nothing to do: Google Contacts and Group-Office write several values of a field into one cell; the same value twice is one.",
    },
    "rule-value-list-kept-title": {"de": "Mehrere Werte in einer Zelle", "en": "Several values in one cell"},
    "rule-value-list-kept-hint": {
        "de": "Lassen Sie in der Zelle nur den Wert stehen, der nach lexoffice soll, und prüfen Sie erneut.",
        "en": "Keep only the value that is to go to lexoffice in the cell, and check again.",
    },
    "issue-email-unwrapped": {
        "de": "„{before}“ in {column} auf die Adresse gekürzt: „{after}“.",
        "en": "Cut “{before}” in {column} to the address: “{after}”.",
    },
    "issue-email-extracted": {
        "de": "Aus „{before}“ in {column} die Adresse übernommen: „{after}“; die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Took the address from “{before}” in {column}: “{after}”; the whole cell is in the unmapped-columns file.",
    },
    "issue-phone-remark-removed": {
        "de": "Aus „{before}“ in {column} die Nummer übernommen: „{after}“; die ganze Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Took the number from “{before}” in {column}: “{after}”; the whole cell is in the unmapped-columns file.",
    },
    "issue-legal-form-joined": {
        "de": "„{source}“ in Adresszusatz 1 ist die Rechtsform des Firmennamens: {column} = „{after}“.",
        "en": "“{source}” in Adresszusatz 1 is the company name's legal form: {column} = “{after}”.",
    },
    "issue-street-place-removed": {
        "de": "„{before}“ in {column} endet mit PLZ und Ort der Zeile, die schon in ihren Spalten stehen: {column} = „{after}“.",
        "en": "“{before}” in {column} ends with the row's postcode and city, which are in their columns already: {column} = “{after}”.",
    },
    "issue-number-format-removed": {
        "de": "„{before}“ in {column} als Zahl formatiert (Nachkommastellen oder Tausenderpunkt): „{after}“.",
        "en": "“{before}” in {column} was formatted as a number (decimals or a thousands separator): “{after}”.",
    },
    "issue-tax-id-moved": {
        "de": "„{source}“ stand in der falschen Spalte und steht jetzt in {column}: „{after}“.",
        "en": "“{source}” was in the wrong column and is now in {column}: “{after}”.",
    },
    "issue-tax-ids-split": {
        "de": "„{source}“ hält eine USt-IdNr. und eine Steuernummer: getrennt, {column} = „{after}“.",
        "en": "“{source}” holds a VAT id and a tax number: separated, {column} = “{after}”.",
    },
    "issue-tax-id-moved-emptied": {
        "de": "„{source}“ in {column} ist die USt-IdNr., die schon in Umsatzsteuer ID steht: {column} geleert (der Wert steht in der Datei der nicht zugeordneten Spalten).",
        "en": "“{source}” in {column} is the VAT id already in Umsatzsteuer ID: {column} emptied (the value is in the unmapped-columns file).",
    },
    "issue-vat-id-in-tax-number": {
        "de": "„{source}“ in {field} ist eine USt-IdNr., keine Steuernummer, und Umsatzsteuer ID enthält schon eine andere („{current}“); lexoffice würde „{source}“ als Steuernummer speichern. Prüfen Sie, welche USt-IdNr. gilt, tragen Sie sie in Umsatzsteuer ID ein und in {field} die Steuernummer vom Finanzamt (etwa 12/345/67890) oder nichts.",
        "en": "“{source}” in {field} is a VAT id, not a tax number, and Umsatzsteuer ID already holds another one (“{current}”); lexoffice would keep “{source}” as the tax number. Check which VAT id is right, enter it in Umsatzsteuer ID, and put the tax office's number (such as 12/345/67890) in {field}, or nothing.",
    },
    "issue-country-from-postcode-prefix": {
        "de": "Land war leer; die PLZ „{source}“ nennt ihr Land: {column} = „{after}“.",
        "en": "The country was empty; the postcode “{source}” names its country: {column} = “{after}”.",
    },
    "issue-country-from-foreign-hints": {
        "de": "{column} war leer, und Telefonnummer, E-Mail-Adresse oder USt-IdNr. der Zeile (etwa „{source}“) weisen auf ein anderes Land als Deutschland: {column} = „{after}“ (ohne Land gälte Deutschland). Stimmt das nicht, tragen Sie das Land ein.",
        "en": "{column} was empty, and the row's phone number, e-mail address or VAT id (such as “{source}”) point to a country other than Germany: {column} = “{after}” (without a country Germany would apply). If that is wrong, enter the country.",
    },
    "issue-country-hint-foreign": {
        "de": "{target} ist leer, also gilt Deutschland; „{source}“ weist aber auf {country}. Liegt die Anschrift dort, tragen Sie das Land in {target} ein (etwa „{country}“).",
        "en": "{target} is empty, so Germany applies; but “{source}” points to {country}. If the address is there, enter the country in {target} (such as “{country}”).",
    },
    "issue-country-from-hints": {
        "de": "{column} war leer, die PLZ „{source}“ hat vier Ziffern, und Ort, Telefonnummer, E-Mail-Adresse oder USt-IdNr. der Zeile weisen auf ein Land mit vierstelligen Postleitzahlen: {column} = „{after}“ (ohne Land gälte Deutschland, und die PLZ bekäme eine führende Null). Stimmt das nicht, tragen Sie das Land ein.",
        "en": "{column} was empty, the postcode “{source}” has four digits, and the row's city, phone number, e-mail address or VAT id point to a country with four-digit postcodes: {column} = “{after}” (without a country Germany would apply, and the postcode would get a leading zero). If that is wrong, enter the country.",
    },
    "issue-multiple-phones-split": {
        "de": "Zwei Telefonnummern in einem Feld („{source}“) getrennt: {column} = „{after}“.",
        "en": "Split two phone numbers in one field (“{source}”): {column} = “{after}”.",
    },
    "issue-postcode-leading-zero-unsure": {
        "de": "Die PLZ „{source}“ hat vier Ziffern und bekommt eine führende Null; „{city}“ steht aber nicht in der Ortsliste des Programms für das Gebiet der Postleitzahlen mit 0 (Sachsen, Sachsen-Anhalt, Thüringen, Brandenburg; Orte ab 500 Einwohnern). Ist es eine alte vierstellige Postleitzahl (vor 1993, etwa „8000 München“), tragen Sie die heutige ein; liegt der Ort dort, ist nichts zu tun.",
        "en": "The postcode “{source}” has four digits and gets a leading zero; but “{city}” is not in the program's list of places with postcodes starting with 0 (Saxony, Saxony-Anhalt, Thuringia, Brandenburg; places of 500 inhabitants or more). If it is an old four-digit postcode (before 1993, such as “8000 München”), enter today's; if the place is there, there is nothing to do.",
    },
    "issue-postcode-leading-zero-restored": {
        "de": "Führende Null der PLZ in {column} ergänzt: „{before}“ → „{after}“.",
        "en": "Restored the postcode's leading zero in {column}: “{before}” → “{after}”.",
    },
    "issue-postcode-zero-padding-removed": {
        "de": "Aufgefüllte Null der PLZ in {column} entfernt (Postleitzahlen dieses Landes haben 4 Ziffern): „{before}“ → „{after}“.",
        "en": "Removed the padding zero of the postcode in {column} (this country's postcodes have 4 digits): “{before}” → “{after}”.",
    },
    "issue-country-normalized": {
        "de": "Land in {column} als ISO-Code geschrieben: „{before}“ → „{after}“.",
        "en": "Wrote the country in {column} as ISO code: “{before}” → “{after}”.",
    },
    "issue-account-number-assigned": {
        "de": "Die Kunden- oder Lieferantennummer „{source}“ (eine Spalte für beide, etwa ein DATEV-Konto) als {column} übernommen: Sie liegt in deren Bereich.",
        "en": "Took the customer or supplier number “{source}” (one column for both, a DATEV account, say) as {column}: it lies within its range.",
    },
    "issue-merged-cell-filled": {
        "de": "„{value}“ steht in der verbundenen Zelle {cells}, die auch diese Zeile überdeckt: für sie übernommen, wie Excel es zeigt. Prüfen Sie, ob der Wert zu dieser Zeile gehört.",
        "en": "“{value}” is in the merged cell {cells}, which covers this row too: taken for it, as Excel shows it. Check that the value belongs to this row.",
    },
    "issue-column-hidden": {
        "de": 'Die Spalte „{column}“ ist im Blatt „{sheet}“ ausgeblendet; sie wurde wie jede andere gelesen und zugeordnet. Prüfen Sie, ob ihre Werte hochgeladen werden sollen; sonst: --map "{column}=".',
        "en": 'Column “{column}” is hidden in sheet “{sheet}”; it was read and mapped like any other. Check whether its values should be uploaded; otherwise: --map "{column}=".',
    },
    "issue-row-hidden": {
        "de": "Diese Zeile ist im Blatt „{sheet}“ ausgeblendet; sie wurde wie jede andere gelesen. Prüfen Sie, ob sie hochgeladen werden soll.",
        "en": "This row is hidden in sheet “{sheet}”; it was read like any other. Check whether it should be uploaded.",
    },
    "issue-header-guessed": {
        "de": "Zeile {header} wurde als Überschriftenzeile genommen: Ihre Namen passen zu lexoffice-Spalten, die der ersten Zeile kaum. Die {lines} Zeile(n) darüber wurden übersprungen (im JSON-Bericht unter „preamble“). Ist das falsch, nennen Sie die Zeile der Überschriften mit --header-row, z. B. --header-row 1.",
        "en": "Line {header} was taken as the header row: its names match lexoffice columns, those of the first line hardly any. The {lines} line(s) above it were skipped (the JSON report keeps them under “preamble”). If that is wrong, name the line of the headers with --header-row, e.g. --header-row 1.",
    },
    "issue-columns-none-mapped-header-above": {
        "de": "Keine der {count} Spalten passt zu einer lexoffice-Spalte; alle Werte stehen in der Datei der nicht zugeordneten Spalten. Die Überschriftenzeile steht weiter oben: Zeile {header_line} („{headers}“) hat die Namen von lexoffice-Spalten. Prüfen Sie erneut mit --header-row {header_line} (oder ohne --header-row); die Zeilen über der gelesenen Überschrift stehen sonst in keiner Datei, nur im JSON-Bericht unter „preamble“.",
        "en": "None of the {count} columns matches a lexoffice column; all values are in the unmapped-columns file. The header row is further up: line {header_line} (“{headers}”) has the names of lexoffice columns. Check again with --header-row {header_line} (or without --header-row); else the lines above the header read are in no file, only in the JSON report under “preamble”.",
    },
    "issue-columns-none-mapped-header-above@web": {
        "de": "Keine der {count} Spalten passt zu einer lexoffice-Spalte; alle Werte stehen in der Datei der nicht zugeordneten Spalten. Die Überschriftenzeile steht weiter oben: Zeile {header_line} („{headers}“) hat die Namen von lexoffice-Spalten. Laden Sie die Datei erneut hoch und geben Sie im Feld „Kopfzeile“ {header_line} an (oder lassen Sie es leer); die Zeilen über der gelesenen Überschrift stehen sonst in keiner Datei.",
        "en": "None of the {count} columns matches a lexoffice column; all values are in the unmapped-columns file. The header row is further up: line {header_line} (“{headers}”) has the names of lexoffice columns. Upload the file again with {header_line} in the field “Header row” (or leave it empty); else the lines above the header read are in no file.",
    },
    "issue-name-columns-missing": {
        "de": 'Keine Spalte ist Firmenname, Vorname oder Nachname zugeordnet, deshalb wird jede Zeile mangels Namens abgelehnt. Ordnen Sie die Spalte mit den Namen zu, etwa mit --map "{example}={target}" (Firmen: =Firmenname; Privatpersonen: =Nachname, den Vornamen mit =Vorname; ganze Namen, Zeile für Zeile aufgeteilt: =Vollständiger Name). Nicht zugeordnet sind: {headers}.',
        "en": 'No column is mapped to Firmenname, Vorname or Nachname, so every row is rejected for want of a name. Map the column with the names, e.g. with --map "{example}={target}" (companies: =Firmenname; private persons: =Nachname, the first name with =Vorname; whole names, split row by row: =Vollständiger Name). Not mapped: {headers}.',
    },
    "issue-name-columns-missing-none": {
        "de": "Keine Spalte ist Firmenname, Vorname oder Nachname zugeordnet, und keine nicht zugeordnete enthält Namen: Jede Zeile wird mangels Namens abgelehnt. Hat die Datei eine Namensspalte, ordnen Sie sie mit --map zu (Firmen: „Spalte=Firmenname“; Privatpersonen: „Spalte=Nachname“ und „Spalte=Vorname“; ganze Namen: „Spalte=Vollständiger Name“). Nicht zugeordnet sind: {headers}.",
        "en": "No column is mapped to Firmenname, Vorname or Nachname, and no unmapped column holds names: every row is rejected for want of a name. If the file has a name column, map it with --map (companies: “column=Firmenname”; private persons: “column=Nachname” and “column=Vorname”; whole names: “column=Vollständiger Name”). Not mapped: {headers}.",
    },
    "rule-name-columns-missing-title": {"de": "Keine Namensspalte", "en": "No name column"},
    "rule-name-columns-missing-hint": {
        "de": "Ordnen Sie die Spalte mit den Firmennamen oder Nachnamen mit --map „Spalte=Firmenname“ oder „Spalte=Nachname“ zu; sonst wird jede Zeile abgelehnt.",
        "en": "Map the column with the company names or last names with --map “column=Firmenname” or “column=Nachname”; otherwise every row is rejected.",
    },
    "issue-columns-none-mapped": {
        "de": "Keine der {count} Spalten passt zu einer lexoffice-Spalte; alle Werte stehen in der Datei der nicht zugeordneten Spalten. Ist die gelesene Überschriftenzeile („{headers}“) die richtige? Steht sie weiter unten, nennen Sie ihre Zeile mit --header-row N; sonst ordnen Sie die Spalten mit --map „Quelle=lexoffice-Spalte“ zu.",
        "en": "None of the {count} columns matches a lexoffice column; all values are in the unmapped-columns file. Is the header row read (“{headers}”) the right one? If it is further down, name its line with --header-row N; otherwise map the columns with --map “SOURCE=lexoffice column”.",
    },
    "issue-html-tables-unread": {
        "de": "Die Seite hat {count} weitere Tabelle(n) mit Kontakten (Spalten {tables}). Geprüft wurde nur die größte; die Kontakte der übrigen stehen in keiner Ausgabe. Kopieren Sie jede Tabelle in ein eigenes Excel-Blatt, speichern Sie es als CSV und prüfen Sie die Dateien einzeln.",
        "en": "The page has {count} more table(s) with contacts (columns {tables}). Only the largest was checked; the others' contacts are in no output. Copy each table into an Excel sheet of its own, save it as CSV and check the files one by one.",
    },
    "issue-html-text-outside-cells": {
        "de": "Die Tabelle enthält Text außerhalb ihrer Zellen: „{text}“. Ein Browser zeigt ihn über der Tabelle, er gehört zu keiner Spalte und steht in keiner Ausgabe. Gehört er zu einem Kontakt, tragen Sie ihn in die passende Zelle ein.",
        "en": "The table holds text outside its cells: “{text}”. A browser shows it above the table; it belongs to no column and is in no output. If it belongs to a contact, enter it in the right cell.",
    },
    "issue-html-text-outside-cells-after": {
        "de": "Die Seite hat nach dem Ende der Tabelle noch Zellen: „{text}“. Sie gehören zu keiner Tabelle und stehen in keiner Ausgabe. Ist es ein Kontakt, fügen Sie ihn als Zeile in die Tabelle ein (etwa in Excel) und prüfen Sie erneut.",
        "en": "The page has cells after the table's end: “{text}”. They belong to no table and are in no output. If it is a contact, add it as a row of the table (in Excel, say) and check again.",
    },
    "issue-sheets-unread": {
        "de": "Die Arbeitsmappe hat weitere Blätter mit Kontakten: {sheets}. Geprüft wurde nur „{sheet}“; ihre Kontakte stehen in keiner Ausgabe. Prüfen Sie jedes mit --sheet NAME.",
        "en": "The workbook has more sheets with contacts: {sheets}. Only “{sheet}” was checked; their contacts are in no output. Check each with --sheet NAME.",
    },
    "issue-sheet-hidden": {
        "de": "Das Blatt „{sheet}“ ist in der Arbeitsmappe ausgeblendet; es wurde gelesen, weil kein sichtbares Blatt Kontakte enthält. Prüfen Sie, ob es das richtige ist, sonst wählen Sie das Blatt mit --sheet NAME.",
        "en": "Sheet “{sheet}” is hidden in the workbook; it was read because no visible sheet holds contacts. Check that it is the right one, else choose the sheet with --sheet NAME.",
    },
    "issue-workbook-marks-unread": {
        "de": "Ein Teil der Arbeitsmappe ist fehlerhaft gespeichert und ließ sich nur teilweise lesen: Für das Blatt „{sheet}“ sind Zeilenumbrüche und Tabulatoren in Zellen, Zahlenformate (etwa „01067“ statt 1067), Wahrheitswerte, ausgeblendete Zeilen und Spalten, verbundene Zellen und Formeln ohne Wert nicht erkannt. Prüfen Sie diese Werte in den Ausgaben.",
        "en": "Part of the workbook is saved with errors and could only be read in part: for sheet “{sheet}”, line breaks and tabs in cells, number formats (such as “01067” for 1067), truth values, hidden rows and columns, merged cells and formulas without a value are not recognised. Check these values in the outputs.",
    },
    "issue-formula-without-value": {
        "de": "Diese Zelle enthält die Formel „{value}“, die Excel nie berechnet und gespeichert hat; ihr Wert ist darum unbekannt, und die Zeile wird nicht hochgeladen. Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie dort und prüfen Sie erneut.",
        "en": "This cell holds the formula “{value}”, which Excel never calculated and saved; so its value is unknown, and the row is not uploaded. Open the file in Excel or LibreOffice, save it there and check again.",
    },
    "issue-formula-without-value-header": {
        "de": "Die Überschrift dieser Spalte ist die Formel „{value}“, die Excel nie berechnet und gespeichert hat; ihr Wert ist darum unbekannt, und die Spalte wird keiner lexoffice-Spalte zugeordnet. Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie dort und prüfen Sie erneut.",
        "en": "The header of this column is the formula “{value}”, which Excel never calculated and saved; so its value is unknown, and the column is not mapped to a lexoffice column. Open the file in Excel or LibreOffice, save it there and check again.",
    },
    "issue-formula-without-value-unmapped": {
        "de": "Diese Zelle enthält die Formel „{value}“, die Excel nie berechnet und gespeichert hat; die Spalte geht nicht an lexoffice, die Formel steht in der Datei der nicht zugeordneten Spalten, und die Zeile wird hochgeladen.",
        "en": "This cell holds the formula “{value}”, which Excel never calculated and saved; the column does not go to lexoffice, the formula is kept in the file of unmapped columns, and the row is uploaded.",
    },
    "issue-option-not-used": {
        "de": "{option} gilt hier nicht: die Datei ist {format} und wurde ohne {option} gelesen.",
        "en": "{option} does not apply here: the file is {format} and was read without {option}.",
    },
    "issue-quote-stray": {
        "de": "Die Zeile verletzt die Regeln für Anführungszeichen (ein Anführungszeichen in einem Wert in Anführungszeichen ist nicht verdoppelt); {column} wurde gelesen als „{value}“. Prüfen Sie den Wert; wo Anführungszeichen zum Wert gehören, schreibt Excel sie verdoppelt.",
        "en": "The line breaks the rules for quotes (a quote inside a quoted value is not doubled); {column} was read as “{value}”. Check the value; where quotes belong to a value, Excel writes them doubled.",
    },
    "rule-quote-stray-title": {
        "de": "Anführungszeichen im Wert nicht verdoppelt",
        "en": "Quote inside a value not doubled",
    },
    "rule-quote-stray-hint": {
        "de": "Die Anführungszeichen im Wert wurden so übernommen, wie sie in der Datei stehen. Stimmt der Wert nicht, korrigieren Sie ihn in der Datei und prüfen Sie erneut.",
        "en": "The quotes inside the value were kept as they stand in the file. If the value is wrong, correct it in the file and check again.",
    },
    "issue-format-differs-from-name": {
        "de": "Die Datei endet auf „{suffix}“, ist aber {format}; sie wurde als solche gelesen.",
        "en": "The file ends in “{suffix}” but is {format}; it was read as such.",
    },
    "issue-vcard-name-from-fn": {
        "de": "Die vCard hat keinen strukturierten Namen (N): „{value}“ aus dem Anzeigenamen (FN) übernommen, als {column} und aufgeteilt wie ein Name in einer Zelle.",
        "en": "The vCard has no structured name (N): took “{value}” from the display name (FN), as {column}, split like a one-cell name.",
    },
    "issue-vcard-country-from-format": {
        "de": "Die Adresse nennt kein Land; „{value}“ aus Apples Adressformat (X-ABADR) als {column} übernommen.",
        "en": "The address names no country; took “{value}” from Apple's address format (X-ABADR) as {column}.",
    },
    "issue-vcard-line-unreadable": {
        "de": "{count} Zeile(n) des Kontakts sind keine vCard-Eigenschaft, z. B. „{value}“; sie stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "{count} line(s) of the contact are no vCard property, e.g. “{value}”; they are in the unmapped-columns file.",
    },
    "issue-vcard-line-outside": {
        "de": "{count} Zeile(n) stehen außerhalb jedes Kontakts (vor BEGIN:VCARD oder nach END:VCARD) und gehören zu keinem, z. B. „{value}“. Prüfen Sie, ob ein Kontakt unvollständig exportiert wurde.",
        "en": "{count} line(s) stand outside every contact (before BEGIN:VCARD or after END:VCARD) and belong to none, e.g. “{value}”. Check whether a contact was exported incompletely.",
    },
    "issue-vcard-binary-skipped": {
        "de": "Nicht übernommen, weil lexoffice dafür kein Feld hat: {what}.",
        "en": "Not taken over, as lexoffice has no field for them: {what}.",
    },
    "issue-vcard-charset-guessed": {
        "de": "Die vCard nennt für „{value}“ keinen Zeichensatz (CHARSET); gelesen als Windows-1252 (westeuropäisch). Stimmen Buchstaben nicht (etwa polnische oder tschechische), exportieren Sie die Kontakte als vCard 3.0 oder in UTF-8 und prüfen Sie erneut.",
        "en": "The vCard names no character set (CHARSET) for “{value}”; read as Windows-1252 (Western European). If letters are wrong (Polish or Czech ones, say), export the contacts as vCard 3.0 or in UTF-8 and check again.",
    },
    "rule-vcard-charset-guessed-title": {
        "de": "Zeichensatz der vCard geraten",
        "en": "vCard character set guessed",
    },
    "rule-vcard-charset-guessed-hint": {
        "de": "Prüfen Sie die Buchstaben außerhalb von A–Z im Wert; westeuropäische (ä, ö, ü, é) stimmen, andere können falsch sein.",
        "en": "Check the letters beyond A–Z in the value; Western European ones (ä, ö, ü, é) are right, others may be wrong.",
    },
    "issue-vcard-not-terminated-agent": {
        "de": "Der Kontakt ab Zeile {start} wird nicht mit END:VCARD abgeschlossen, und nach seinem leeren „AGENT:“ folgt die Karte ab Zeile {agent}: Sie wurde als sein Vertreter gelesen (Spalte „vCard: Vertreter (AGENT)“), nicht als eigener Kontakt. Ist sie ein eigener Kontakt, setzen Sie END:VCARD vor ihr BEGIN:VCARD und prüfen Sie die Datei erneut.",
        "en": "The contact from line {start} is not closed by END:VCARD, and the card from line {agent} follows its empty “AGENT:”: it was read as its agent (column “vCard: Vertreter (AGENT)”), not as a contact of its own. If it is a contact of its own, put END:VCARD before its BEGIN:VCARD and check the file again.",
    },
    "issue-vcard-not-terminated": {
        "de": "Der Kontakt ab Zeile {start} wird nicht mit END:VCARD abgeschlossen; er wurde bis zum nächsten Kontakt oder zum Dateiende gelesen. Prüfen Sie ihn.",
        "en": "The contact from line {start} is not closed by END:VCARD; it was read up to the next contact or the end of the file. Check it.",
    },
    "issue-merge-input-unused-vat-country": {
        "de": "„{source}“ wurde nicht vor „{current}“ in {target} gesetzt: nur ein EU-Länderkürzel (z. B. DE, AT) kommt vor eine Nummer ohne Länderkürzel (Ziffern, höchstens ein Buchstabe davor). Der Wert steht in der Datei der nicht zugeordneten Spalten; prüfen Sie beide Werte und tragen Sie die ganze Umsatzsteuer-ID in {target} ein.",
        "en": "“{source}” was not put before “{current}” in {target}: only an EU country prefix (e.g. DE, AT) goes before a number without one (digits, at most one letter before them). The value is in the unmapped-columns file; check both values and enter the whole VAT ID in {target}.",
    },
    "issue-merge-input-unused-part-of-company": {
        "de": "Der Name „{source}“ ist Teil des Firmennamens „{current}“ (ein Kurzname) und wurde nicht "
        "übernommen. Ist er der Name des Ansprechpartners, tragen Sie ihn dort ein.",
        "en": "The name “{source}” is part of the company name “{current}” (a short name) and was not "
        "used. If it is the contact person's name, enter it there.",
    },
    "issue-merge-input-unused-person-name": {
        "de": "Der Name „{source}“ wurde nicht übernommen: die Zeile hat schon „{current}“, und für ihn ist keine Spalte frei (ein zweiter Firmenname, oder der Ansprechpartner ist schon belegt). Prüfen Sie, welcher Name stimmt, und tragen Sie ihn in die passende Spalte ein.",
        "en": "The name “{source}” was not taken over: the row already has “{current}”, and no column is free for it (a second company name, or the contact person is taken). Check which name is right and enter it in the matching column.",
    },
    "issue-merge-input-unused-not-a-name": {
        "de": "„{source}“ ist kein Name (eine E-Mail-Adresse oder eine Nummer) und wurde nicht übernommen; der Wert steht in der Datei der nicht zugeordneten Spalten. Tragen Sie den Namen des Kontakts ein.",
        "en": "“{source}” is no name (an e-mail address or a number) and was not taken over; the value is in the unmapped-columns file. Enter the contact's name.",
    },
    "issue-merge-input-unused-phone-part": {
        "de": "Vorwahl „{source}“ wurde nicht vor „{current}“ in {target} gesetzt: die Nummer hat schon eine andere Vorwahl. Der Wert steht in der Datei der nicht zugeordneten Spalten; prüfen Sie beide und tragen Sie die ganze Nummer in {target} ein.",
        "en": "Dialling code “{source}” was not put before “{current}” in {target}: the number has another code already. The value is in the unmapped-columns file; check both and enter the whole number in {target}.",
    },
    "issue-merge-input-unused-phone-code": {
        "de": "„{source}“ ist keine Vorwahl (Ziffern wie 0351, eine Ländervorwahl wie +49 oder 0049) und wurde nicht vor „{current}“ in {target} gesetzt. Der Wert steht in der Datei der nicht zugeordneten Spalten; tragen Sie die ganze Nummer in {target} ein.",
        "en": "“{source}” is no dialling code (digits like 0351, a calling code like +49 or 0049) and was not put before “{current}” in {target}. The value is in the unmapped-columns file; enter the whole number in {target}.",
    },
    "issue-merge-input-unused-phone-text": {
        "de": "Vorwahl „{source}“ wurde nicht vor „{current}“ in {target} gesetzt: das ist keine bloße Telefonnummer. Der Wert steht in der Datei der nicht zugeordneten Spalten; tragen Sie die ganze Nummer in {target} ein.",
        "en": "Dialling code “{source}” was not put before “{current}” in {target}: that is no plain phone number. The value is in the unmapped-columns file; enter the whole number in {target}.",
    },
    "issue-merge-input-unused-phone-ambiguous": {
        "de": "Vorwahl „{source}“ wurde nicht vor „{current}“ in {target} gesetzt: die Nummer beginnt schon mit ihren Ziffern und kann sie enthalten (ohne die 0 oder das +, die Excel weglässt). Der Wert steht in der Datei der nicht zugeordneten Spalten; tragen Sie die ganze Nummer in {target} ein.",
        "en": "Dialling code “{source}” was not put before “{current}” in {target}: the number starts with its digits already and may hold it (without the 0 or + Excel drops). The value is in the unmapped-columns file; enter the whole number in {target}.",
    },
    "issue-merge-input-unused-phone-missing": {
        "de": "Vorwahl „{source}“ ohne Telefonnummer: {target} ist leer. Der Wert steht in der Datei der nicht zugeordneten Spalten; hat der Kontakt eine Nummer, tragen Sie sie ganz in {target} ein.",
        "en": "Dialling code “{source}” without a phone number: {target} is empty. The value is in the unmapped-columns file; if the contact has a number, enter it whole in {target}.",
    },
    "issue-merge-input-unused-vat-id-missing": {
        "de": "Länderkürzel „{source}“ ohne Umsatzsteuer-ID: {target} ist leer, es gibt keine Nummer, vor die es gehört. Der Wert steht in der Datei der nicht zugeordneten Spalten; hat der Kontakt eine Umsatzsteuer-ID, tragen Sie sie ganz in {target} ein (z. B. DE136695976).",
        "en": "Country prefix “{source}” without a VAT ID: {target} is empty, there is no number to put it before. The value is in the unmapped-columns file; if the contact has a VAT ID, enter it whole in {target} (e.g. DE136695976).",
    },
    "issue-merge-input-unused-house-number-taken": {
        "de": "„{source}“ wurde nicht an {target} angehängt: Die Straßen dieser Datei enden schon mit ihren Hausnummern, die Spalte enthält also etwas anderes (eine Nummer des Kontakts?). Der Wert steht in der Datei der nicht zugeordneten Spalten; ist er doch die Hausnummer, korrigieren Sie {target}.",
        "en": "“{source}” was not appended to {target}: the streets of this file end with their house numbers already, so the column holds something else (a number of the contact?). The value is in the unmapped-columns file; if it is the house number after all, correct {target}.",
    },
    "issue-merge-input-unused-address-line": {
        "de": "Die Zeile der Anschrift „{source}“ passt nicht mehr in {target} (zu lang). Sie steht in der Datei der nicht zugeordneten Spalten; kürzen Sie die Anschrift und tragen Sie sie von Hand ein.",
        "en": "The address line “{source}” no longer fits into {target} (too long). It is in the unmapped-columns file; shorten the address and enter it by hand.",
    },
    "issue-merge-input-unused-house-number-suffix": {
        "de": "„{source}“ wurde nicht an {target} angehängt: Es sieht nicht wie der Zusatz einer Hausnummer aus (ein oder zwei Buchstaben, „-14“, „1/2“), oder die Hausnummer fehlt, an die er gehört. Der Wert steht in der Datei der nicht zugeordneten Spalten; tragen Sie die Anschrift von Hand vollständig in {target} ein.",
        "en": "“{source}” was not appended to {target}: it does not look like a house number's addition (one or two letters, “-14”, “1/2”), or the house number it belongs to is missing. The value is in the unmapped-columns file; enter the whole address in {target} by hand.",
    },
    "issue-merge-input-unused-house-number": {
        "de": "„{source}“ sieht nicht wie eine Hausnummer aus (1–4 Ziffern, ein Buchstabe oder ein Bereich wie 12-14) und wurde nicht an {target} angehängt. Der Wert steht in der Datei der nicht zugeordneten Spalten; tragen Sie die Hausnummer von Hand in {target} ein.",
        "en": "“{source}” does not look like a house number (1–4 digits, a letter or a range like 12-14) and was not appended to {target}. The value is in the unmapped-columns file; enter the house number in {target} by hand.",
    },
    "issue-merge-input-unused-house-number-date": {
        "de": "„{source}“ ist ein Datum: Die Tabellenkalkulation (etwa Excel) hat die Hausnummer beim Öffnen als Datum gelesen (aus 7/2 oder 7-2 wird „07. Feb“). Nicht an {target} angehängt; der Wert steht in der Datei der nicht zugeordneten Spalten. Tragen Sie die Hausnummer von Hand in {target} ein und formatieren Sie die Spalte künftig vor dem Einfügen als „Text“.",
        "en": "“{source}” is a date: the spreadsheet (e.g. Excel) read the house number as a date on opening (7/2 or 7-2 becomes “07. Feb”). Not appended to {target}; the value is in the unmapped-columns file. Enter the house number in {target} by hand and in future format the column as “Text” before pasting.",
    },
    "issue-merge-input-unused-account": {
        "de": "Die Kunden- oder Lieferantennummer „{source}“ liegt in keinem der Bereiche von lexoffice ({low}–{high}); sie steht in der Datei der nicht zugeordneten Spalten, lexoffice vergibt eine neue Nummer.",
        "en": "The customer or supplier number “{source}” is in neither of lexoffice's ranges ({low}–{high}); it is in the unmapped-columns file, and lexoffice assigns a new number.",
    },
    "issue-merge-input-unused-account-customers": {
        "de": "Die Nummer „{source}“ ist ein Debitorenkonto (Kunde), hat aber mehr als 5 Stellen und kann deshalb keine Kundennummer in lexoffice sein. Der Kontakt steht ohne Nummer in der Kunden-Datei, lexoffice vergibt eine neue; das Konto steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The number “{source}” is a debtor account (customer) but has more than 5 digits, so it cannot be a lexoffice customer number. The contact is in the customers' file without a number, and lexoffice assigns a new one; the account is in the unmapped-columns file.",
    },
    "issue-merge-input-unused-account-suppliers": {
        "de": "Die Nummer „{source}“ ist ein Kreditorenkonto (Lieferant), hat aber mehr als 5 Stellen und kann deshalb keine Lieferantennummer in lexoffice sein. Der Kontakt steht ohne Nummer in der Lieferanten-Datei, lexoffice vergibt eine neue; das Konto steht in der Datei der nicht zugeordneten Spalten.",
        "en": "The number “{source}” is a creditor account (supplier) but has more than 5 digits, so it cannot be a lexoffice supplier number. The contact is in the suppliers' file without a number, and lexoffice assigns a new one; the account is in the unmapped-columns file.",
    },
    "issue-street-house-number-merged": {
        "de": "Hausnummer „{source}“ an {column} angehängt: „{after}“.",
        "en": "Appended house number “{source}” to {column}: “{after}”.",
    },
    "issue-postcode-prefix-removed": {
        "de": "Länderkennzeichen in {column} entfernt: „{before}“ → „{after}“.",
        "en": "Removed the country prefix in {column}: “{before}” → “{after}”.",
    },
    "issue-address-lines-joined": {
        "de": "Die Zeilen der Adresse in eine Zeile gebracht (eine Upload-Zelle hat eine Zeile): {column} = „{after}“.",
        "en": "Put the address's lines on one line (an upload cell has one line): {column} = “{after}”.",
    },
    "issue-postcode-city-split-emptied": {
        "de": "„{source}“ in PLZ und Ort verschoben; {column} ist jetzt leer.",
        "en": "Moved “{source}” to postcode and city; {column} is empty now.",
    },
    "issue-postcode-city-split": {
        "de": "„{source}“ in PLZ und Ort getrennt: {column} = „{after}“.",
        "en": "Split “{source}” into postcode and city: {column} = “{after}”.",
    },
    "issue-contact-detail-set-aside": {
        "de": "„{source}“ stand in {column} ohne Namen eines Ansprechpartners, und die Spalten des Kontakts selbst sind belegt: {column} bleibt leer, die Zelle steht in der Datei der nicht zugeordneten Spalten.",
        "en": "“{source}” was in {column} without a contact person's name, and the contact's own columns are taken: {column} stays empty, the cell is in the unmapped-columns file.",
    },
    "issue-contact-detail-moved": {
        "de": "„{after}“ stand in {source} ohne Namen eines Ansprechpartners: als {column} des Kontakts übernommen.",
        "en": "“{after}” was in {source} without a contact person's name: taken as the contact's {column}.",
    },
    "issue-merge-input-unused-spreadsheet-error": {
        "de": "„{source}“ ist eine Fehlermeldung des Tabellenprogramms, kein Wert: nicht in {target} übernommen (der Wert steht in der Datei der nicht zugeordneten Spalten).",
        "en": "“{source}” is an error of the spreadsheet program, no value: not taken into {target} (it is kept in the file of unmapped columns).",
    },
    "issue-country-from-state": {
        "de": "„{before}“ in {column} ist ein Bundesland, kein Land: {column} = „{after}“ (das Bundesland steht auch in der Datei der nicht zugeordneten Spalten).",
        "en": "“{before}” in {column} is a federal state, no country: {column} = “{after}” (the state is kept in the file of unmapped columns too).",
    },
    "issue-contact-placeholder-removed": {
        "de": "„{before}“ in {column} heißt: keine Angabe. Entfernt (der Wert steht in der Datei der nicht zugeordneten Spalten).",
        "en": "“{before}” in {column} means: none given. Removed (it is kept in the file of unmapped columns).",
    },
    "issue-spreadsheet-error-removed": {
        "de": "„{before}“ in {column} ist eine Fehlermeldung des Tabellenprogramms, kein Wert: entfernt (der Wert steht in der Datei der nicht zugeordneten Spalten).",
        "en": "“{before}” in {column} is an error of the spreadsheet program, no value: removed (it is kept in the file of unmapped columns).",
    },
    "issue-city-country-moved": {
        "de": "„{source}“ endet mit einem Land; Ort und Land getrennt: {column} = „{after}“.",
        "en": "“{source}” ends with a country; town and country separated: {column} = “{after}”.",
    },
    "issue-company-placeholder-removed": {
        "de": "„{before}“ in {column} ist kein Firmenname, sondern ein Platzhalter: entfernt, die Zeile ist eine Privatperson.",
        "en": "“{before}” in {column} is no company name but a placeholder: removed, the row is a private person.",
    },
    "issue-company-name-is-person": {
        "de": "Der Firmenname „{source}“ ist der Name des Ansprechpartners dieser Zeile: Die Zeile ist eine Privatperson, die Angaben des Ansprechpartners sind ihre eigenen ({column} = „{after}“).",
        "en": "The company name “{source}” is the name of this row's contact person: the row is a private person, the contact person's details are its own ({column} = “{after}”).",
    },
    "issue-contact-person-is-person-unsure": {
        "de": "Die Zeile hat keinen Firmennamen und keinen eigenen Namen, nur den Ansprechpartner „{source}“: Sie wird als diese Privatperson angelegt, seine Angaben sind ihre eigenen. Ist sie eine Firma, deren Name fehlt, tragen Sie den Firmennamen ein und prüfen Sie erneut.",
        "en": "The row has no company name and no name of its own, only the contact person “{source}”: it is created as this private person, the contact's details are its own. If it is a company whose name is missing, fill in the company name and check again.",
    },
    "issue-contact-person-is-person": {
        "de": "Die Zeile hat weder Firmennamen noch eigenen Namen, nur den Ansprechpartner „{source}“: Sie ist diese Privatperson, seine Angaben sind ihre eigenen ({column} = „{after}“). lexoffice führt Ansprechpartner nur bei Firmen. Ist sie eine Firma, tragen Sie den Firmennamen ein.",
        "en": "The row has neither a company name nor a name of its own, only the contact person “{source}”: it is this private person, the contact's details are its own ({column} = “{after}”). lexoffice keeps contact persons for companies only. If it is a company, fill in the company name.",
    },
    "issue-contact-inactive": {
        "de": "Der Kontakt ist in Ihrer Datei als nicht mehr aktiv gekennzeichnet ({source}: „{value}“); lexoffice legt ihn als aktiven Kontakt an. Soll er nicht nach lexoffice, prüfen Sie erneut mit --inactive reject.",
        "en": "The contact is marked as no longer active in your file ({source}: “{value}”); lexoffice creates it as an active contact. If it should not go to lexoffice, check again with --inactive reject.",
    },
    "issue-contact-inactive-set-aside": {
        "de": "Der Kontakt ist in Ihrer Datei als nicht mehr aktiv gekennzeichnet ({source}: „{value}“) und wird mit --inactive reject nicht hochgeladen. Soll er doch nach lexoffice, leeren Sie „{source}“ hier und prüfen Sie die Datei erneut.",
        "en": "The contact is marked as no longer active in your file ({source}: “{value}”) and is not uploaded with --inactive reject. If it should go to lexoffice after all, clear “{source}” here and check the file again.",
    },
    "issue-header-row-repeated": {
        "de": "Die Zeile wiederholt die Überschriften ({cells} …), sie ist kein Kontakt: etwa aus zusammengefügten Exporten oder die zweite Kopfzeile einer Vorlage. Sie wird nicht hochgeladen; löschen Sie sie.",
        "en": "The row repeats the headers ({cells} …); it is no contact: from exports joined into one file, say, or a template's second header row. It is not uploaded; delete it.",
    },
    "issue-heading-row": {
        "de": "„{value}“ ist die einzige Angabe der Zeile und sieht aus wie eine Zwischenüberschrift der Liste (über einer Gruppe von Kontakten), nicht wie ein Kontakt: Die Zeile wird nicht hochgeladen. Ist sie doch ein Kontakt, ergänzen Sie seine Angaben (Adresse, E-Mail) in der Datei der abgelehnten Zeilen und prüfen Sie sie erneut.",
        "en": "“{value}” is the row's only entry and looks like a heading within the list (above a group of contacts), not a contact: the row is not uploaded. If it is a contact after all, add its details (address, e-mail) in the rejected-rows file and check it again.",
    },
    "issue-heading-row-placed": {
        "de": "„{value}“ ist die einzige Angabe der Zeile und steht direkt über oder unter einer Überschriftenzeile: Das ist der Titel einer Gruppe von Kontakten (etwa aus einem monday.com-Board), kein Kontakt. Die Zeile wird nicht hochgeladen. Ist sie doch ein Kontakt, ergänzen Sie seine Angaben (Adresse, E-Mail) in der Datei der abgelehnten Zeilen und prüfen Sie sie erneut.",
        "en": "“{value}” is the row's only entry and stands directly above or below a header row: it is the title of a group of contacts (from a monday.com board, say), not a contact. The row is not uploaded. If it is a contact after all, add its details (address, e-mail) in the rejected-rows file and check it again.",
    },
    "issue-footnote-marker-removed": {
        "de": "„{value}“ endet mit dem Zeichen „{marker}“, das die Fußnote der Liste erklärt („{note}“): {column} ohne das Zeichen. Die ganze Zelle und die Bedeutung der Fußnote stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "“{value}” ends with the mark “{marker}” the list's footnote explains (“{note}”): {column} without the mark. The whole cell and the footnote's meaning are in the unmapped-columns file.",
    },
    "issue-footnote-row": {
        "de": "„{value}“ ist die einzige Angabe der Zeile und sieht aus wie eine Fußnote oder Anmerkung zur Liste, nicht wie ein Kontakt: Die Zeile wird nicht hochgeladen. Ist sie doch ein Kontakt, ergänzen Sie seine Angaben (Adresse, E-Mail) in der Datei der abgelehnten Zeilen und prüfen Sie sie erneut.",
        "en": "“{value}” is the row's only entry and looks like a footnote or note on the list, not a contact: the row is not uploaded. If it is a contact after all, add its details (address, e-mail) in the rejected-rows file and check it again.",
    },
    "issue-summary-row": {
        "de": "„{value}“ ist die einzige Angabe der Zeile und sieht aus wie die Summen- oder Fußzeile der Liste, nicht wie ein Kontakt: Die Zeile wird nicht hochgeladen. Ist sie doch ein Kontakt, ergänzen Sie seine Angaben (Adresse, E-Mail) in der Datei der abgelehnten Zeilen und prüfen Sie sie erneut.",
        "en": "“{value}” is the row's only entry and looks like the list's summary or footer line, not a contact: the row is not uploaded. If it is a contact after all, add its details (address, e-mail) in the rejected-rows file and check it again.",
    },
    "issue-company-from-tax-id": {
        "de": "„{source}“ hat eine Umsatzsteuer-ID oder Steuernummer und ist daher ein Geschäft: als {column} übernommen; lexoffice legt die Zeile als Firma an.",
        "en": "“{source}” has a VAT id or tax number, so it is a business: taken as {column}; lexoffice creates the row as a company.",
    },
    "issue-company-from-kind": {
        "de": "Die Zeile ist laut „{source}“ eine Firma: {column} = „{after}“. lexoffice legt sie als Firma an.",
        "en": "The row is a company by “{source}”: {column} = “{after}”. lexoffice creates it as a company.",
    },
    "issue-company-from-kind-emptied": {
        "de": "Die Zeile ist laut „{source}“ eine Firma: „{before}“ aus {column} ist ihr Firmenname.",
        "en": "The row is a company by “{source}”: “{before}” from {column} is its company name.",
    },
    "issue-company-kind-without-company": {
        "de": "Die Zeile ist laut „{source}“ eine Firma, hat aber keinen Firmennamen: „{name}“ kommt als Privatperson nach lexoffice. Ist sie eine Firma, tragen Sie den Firmennamen in Ihrer Datei nach; sonst ändern Sie „{source}“.",
        "en": "The row is a company by “{source}” but has no company name: “{name}” goes to lexoffice as a private person. If it is a company, add the company name in your file; otherwise change “{source}”.",
    },
    "issue-company-of-person-set-aside": {
        "de": "Die Zeile ist laut „{source}“ eine Privatperson; „{before}“ in {column} (etwa ihr Arbeitgeber) hat bei einer Person in lexoffice keinen Platz und steht in der Datei der nicht zugeordneten Spalten. Ist die Zeile doch eine Firma, ändern Sie „{source}“.",
        "en": "The row is a private person by “{source}”; “{before}” in {column} (perhaps the employer) has no place on a person in lexoffice and is in the unmapped-columns file. If the row is a company after all, change “{source}”.",
    },
    "issue-person-from-kind": {
        "de": "Die Zeile ist laut „{source}“ eine Privatperson: {column} = „{after}“. lexoffice legt sie als Person an.",
        "en": "The row is a private person by “{source}”: {column} = “{after}”. lexoffice creates it as a person.",
    },
    "issue-person-from-kind-emptied": {
        "de": "Die Zeile ist laut „{source}“ eine Privatperson: „{before}“ aus {column} gehört zu ihrem Namen (Vorname, Nachname).",
        "en": "The row is a private person by “{source}”: “{before}” from {column} is part of its name (first, last name).",
    },
    "issue-company-name-is-person-emptied": {
        "de": "Der Firmenname „{before}“ ist nur der Name der Person dieser Zeile: Die Zeile ist eine Privatperson, der Firmenname bleibt leer. Ist sie eine Firma, tragen Sie die Umsatzsteuer-ID oder „Firma“ in der Anrede ein.",
        "en": "The company name “{before}” is only this row's person's name: the row is a private person, the company name stays empty. If it is a company, fill in the VAT id or “Firma” as salutation.",
    },
    "issue-company-person-moved": {
        "de": "„{source}“ steht in einer Zeile mit Firmenname: Die Zeile ist eine Firma, der Name ihr Ansprechpartner ({column} = „{after}“). lexoffice legt Firmen ohne Vor- und Nachnamen an; Ansprechpartner gehören in eigene Spalten. (--company-person keep lässt den Namen stehen.)",
        "en": "“{source}” is on a row with a company name: the row is a company, the name its contact person ({column} = “{after}”). lexoffice creates companies without first and last name; contact persons belong in columns of their own. (--company-person keep leaves the name.)",
    },
    "issue-company-person-kept": {
        "de": "„{source}“ steht in einer Zeile mit Firmenname, aber beide Ansprechpartner sind schon belegt: Der Name bleibt in Anrede/Vorname/Nachname. Was lexoffice bei einer Firma damit macht, ist nicht dokumentiert; tragen Sie ihn als Ansprechpartner ein oder löschen Sie ihn.",
        "en": "“{source}” is on a row with a company name, but both contact persons are taken: the name stays in Anrede/Vorname/Nachname. What lexoffice does with it on a company is not documented; enter it as a contact person or delete it.",
    },
    "issue-company-from-salutation": {
        "de": "Anrede „{source}“ ohne Firmenname: der Name der Zeile, „{after}“, ist jetzt der {column}; lexoffice legt die Zeile als Firma an.",
        "en": "Salutation “{source}” without company name: the row's name, “{after}”, is now the {column}; lexoffice creates the row as a company.",
    },
    "issue-address-parts-read": {
        "de": "„{source}“ in {column}: die Teile der Adresse sind durch doppelte Leerzeichen getrennt (wie Mailchimp sie schreibt), gelesen als „{after}“ und dann in Straße, PLZ, Ort und Land aufgeteilt.",
        "en": "“{source}” in {column}: the address's parts are separated by double spaces (as Mailchimp writes them), read as “{after}” and then split into street, postcode, city and country.",
    },
    "issue-address-parts-state": {
        "de": "„{source}“ in {column}: die Teile der Adresse sind durch doppelte Leerzeichen getrennt (wie Mailchimp sie schreibt), gelesen als „{after}“ und dann in Straße, PLZ, Ort und Land aufgeteilt. Das Bundesland hat in lexoffice keinen Platz: die ganze Zelle steht auch in der Datei der nicht zugeordneten Spalten.",
        "en": "“{source}” in {column}: the address's parts are separated by double spaces (as Mailchimp writes them), read as “{after}” and then split into street, postcode, city and country. The state has no place in lexoffice: the whole cell is in the unmapped-columns file as well.",
    },
    "issue-address-parts-unsure": {
        "de": "„{source}“ in {target} sieht nach einer ganzen Adresse aus, deren Teile durch doppelte Leerzeichen getrennt sind, ließ sich aber nicht sicher in Straße, PLZ und Ort aufteilen: sie steht so in {target}. Tragen Sie PLZ und Ort in ihre Spalten ein und lassen Sie in {target} nur die Straße.",
        "en": "“{source}” in {target} looks like a whole address whose parts are separated by double spaces, but could not be split into street, postcode and city with certainty: it is in {target} as written. Enter postcode and city in their columns and leave only the street in {target}.",
    },
    "issue-postcode-city-not-split": {
        "de": "„{source}“ ließ sich nicht sicher in PLZ und Ort trennen: die Postleitzahl passt nicht zum Format des Landes der Zeile (ohne Land: Deutschland), oder dessen Format ist nicht bekannt. Der Wert steht unverändert in {column}; tragen Sie die PLZ von Hand in die PLZ-Spalte ein und lassen Sie in {column} nur den Ort.",
        "en": "“{source}” could not be split into postcode and city with certainty: the postcode does not fit the format of the row's country (none: Germany), or that format is not known. The value is in {column} as written; enter the postcode in the postcode column by hand and leave only the city in {column}.",
    },
    "issue-salutation-normalized": {
        "de": "Anrede in {column} vereinheitlicht: „{before}“ → „{after}“.",
        "en": "Normalised the salutation in {column}: “{before}” → “{after}”.",
    },
    "issue-salutation-removed": {
        "de": "„{before}“ in {column} entfernt: lexoffice stellt die Anrede in Briefen vor den Namen (etwa „Herr“, „Frau“, „Familie“), „{before}“ ist keine solche. Die Anrede bleibt leer, der Wert steht in der Datei der nicht zugeordneten Spalten.",
        "en": "Removed “{before}” from {column}: lexoffice puts the salutation before the name in letters (“Herr”, “Frau”, “Familie”, say), and “{before}” is none. The salutation stays empty, the value is in the unmapped-columns file.",
    },
    "issue-contact-person-split": {
        "de": "Ansprechpartner „{source}“ aufgeteilt: {column} = „{after}“.",
        "en": "Split contact person “{source}”: {column} = “{after}”.",
    },
    "issue-contact-person-split-unsure": {
        "de": "Der Name „{source}“ ließ sich nicht sicher aufteilen (Vorname „{first}“, Nachname „{last}“). Prüfen Sie die Aufteilung in der Upload-Datei.",
        "en": "The name “{source}” could not be split with certainty (first name “{first}”, last name “{last}”). Check the split in the upload file.",
    },
    "issue-person-name-split": {
        "de": "Name „{source}“ aufgeteilt: {column} = „{after}“.",
        "en": "Split name “{source}”: {column} = “{after}”.",
    },
    "issue-person-name-split-unsure": {
        "de": "Der Name „{source}“ ließ sich nicht sicher aufteilen (Vorname „{first}“, Nachname „{last}“). Prüfen Sie die Aufteilung in der Upload-Datei; ist es eine Firma, tragen Sie den Namen als Firmenname ein.",
        "en": "The name “{source}” could not be split with certainty (first name “{first}”, last name “{last}”). Check the split in the upload file; if it is a company, enter the name as Firmenname.",
    },
    "issue-home-address-instead": {
        "de": "Die Geschäftsadresse der Zeile hat weder Straße noch PLZ, die Privatadresse eine Straße: {column} = „{after}“ aus der Privatadresse; die geschäftlichen Angaben stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The row's business address has neither street nor postcode, its private address has a street: {column} = “{after}” from the private address; the business details are in the unmapped-columns file.",
    },
    "issue-home-address-instead-emptied": {
        "de": "„{before}“ ({column}) gehört zur unvollständigen Geschäftsadresse, die die Privatadresse ersetzt: Der Wert steht in der Datei der nicht zugeordneten Spalten.",
        "en": "“{before}” ({column}) belongs to the incomplete business address the private address replaces: the value is in the unmapped-columns file.",
    },
    "rule-home-address-instead-title": {
        "de": "Privatadresse statt unvollständiger Geschäftsadresse",
        "en": "Private address instead of an incomplete business address",
    },
    "rule-home-address-instead-hint": {
        "de": "Nichts zu tun, wenn die Privatadresse die richtige ist. Sonst tragen Sie die Geschäftsadresse vollständig ein (Straße, PLZ, Ort).",
        "en": "Nothing to do if the private address is the right one. Otherwise fill in the business address completely (street, postcode, city).",
    },
    "issue-address-continuation-joined": {
        "de": "Die Zeile hat keine Kundenangaben, nur Adressspalten: eine weitere Adresse des Kunden in Zeile {above}, laut „{marker}“ seine Standard-Lieferadresse. Als Lieferadresse (Straße 2, PLZ 2, Ort 2, Land 2) zu Zeile {above} übernommen: „{value}“. Ihre übrigen Angaben, falls vorhanden, stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The row has no customer details, only address columns: a further address of the customer in row {above}, by “{marker}” its default delivery address. Taken as the delivery address (Straße 2, PLZ 2, Ort 2, Land 2) of row {above}: “{value}”. Its other details, if any, are in the unmapped-columns file.",
    },
    "issue-address-continuation-set-aside": {
        "de": "Die Zeile hat keine Kundenangaben, nur Adressspalten: eine weitere Adresse des Kunden in Zeile {above} („{address}“), laut „{marker}“ nicht seine Standard-Lieferadresse. Sie wird kein eigener Kontakt; ihre Angaben stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The row has no customer details, only address columns: a further address of the customer in row {above} (“{address}”), by “{marker}” not its default delivery address. It does not become a contact of its own; its details are in the unmapped-columns file.",
    },
    "issue-address-continuation-unmarked": {
        "de": "Die Zeile hat keine Kundenangaben, nur Adressspalten: eine weitere Adresse des Kunden in Zeile {above} („{address}“). Die Datei sagt nicht, ob sie seine Lieferadresse ist; sie wird kein eigener Kontakt, ihre Angaben stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The row has no customer details, only address columns: a further address of the customer in row {above} (“{address}”). The file does not say whether it is the delivery address; it does not become a contact of its own, its details are in the unmapped-columns file.",
    },
    "issue-address-continuation-second-taken": {
        "de": "Die Zeile hat keine Kundenangaben, nur Adressspalten: eine weitere Adresse des Kunden in Zeile {above} („{address}“). Zeile {above} hat schon eine Lieferadresse (Straße 2, PLZ 2, Ort 2); diese wird kein eigener Kontakt, ihre Angaben stehen in der Datei der nicht zugeordneten Spalten.",
        "en": "The row has no customer details, only address columns: a further address of the customer in row {above} (“{address}”). Row {above} already has a delivery address (Straße 2, PLZ 2, Ort 2); this one does not become a contact of its own, its details are in the unmapped-columns file.",
    },
    "issue-address-continuation-rejected": {
        "de": "Die Zeile hat keine Kundenangaben, nur Adressspalten: eine weitere Adresse des Kunden in Zeile {above}, der abgelehnt ist. Sie steht hier bei ihm; korrigieren Sie Zeile {above} und lassen Sie diese Zeile direkt darunter.",
        "en": "The row has no customer details, only address columns: a further address of the customer in row {above}, which is rejected. It is here beside it; correct row {above} and leave this row right below it.",
    },
    "issue-home-address-used": {
        "de": "Keine Geschäftsadresse in der Zeile: {column} = „{after}“ aus der Privatadresse übernommen.",
        "en": "No business address on the row: {column} = “{after}” taken from the private address.",
    },
    "issue-home-address-country-emptied": {
        "de": "Keine Geschäftsadresse in der Zeile, die Privatadresse wurde übernommen: das Land der Geschäftsadresse („{before}“) gehört nicht zu ihr und wurde aus {column} entfernt (es steht in der Datei der nicht zugeordneten Spalten). Tragen Sie das Land der Privatadresse ein, wenn es nicht Deutschland ist.",
        "en": "No business address on the row, the private address was taken: the business address's country (“{before}”) does not belong to it and was removed from {column} (it is in the unmapped-columns file). Enter the private address's country unless it is Germany.",
    },
    "issue-company-repeated": {
        "de": "Die Firma „{value}“ steht schon in Zeile {first} (gleiche oder keine Anschrift); lexoffice legt sie ein zweites Mal an. Ist die Zeile ein Ansprechpartner dieser Firma (ein Adressbuch führt jede Person als eigenen Kontakt), tragen Sie ihn in Zeile {first} als Ansprechpartner 1 oder 2 ein und löschen Sie diese Zeile.",
        "en": "The company “{value}” is in row {first} already (same or no address); lexoffice creates it a second time. If the row is a contact person of that company (an address book lists each person as a contact of its own), enter the person in row {first} as Ansprechpartner 1 or 2 and delete this row.",
    },
    "rule-company-repeated-title": {
        "de": "Firma mehrfach",
        "en": "Company repeated",
    },
    "rule-company-repeated-hint": {
        "de": "Mehrere Zeilen nennen dieselbe Firma an derselben oder ohne Anschrift, mit verschiedenen Personen oder E-Mail-Adressen: lexoffice legt die Firma je Zeile an. Führen Sie die Personen als Ansprechpartner 1 und 2 in einer Zeile zusammen.",
        "en": "Several rows name the same company at the same or no address, with different persons or e-mail addresses: lexoffice creates the company once per row. Join the persons as Ansprechpartner 1 and 2 in one row.",
    },
    "issue-contact-duplicate": {
        "de": "„{value}“ steht schon in Zeile {first}, mit {same}; lexoffice legt den Kontakt zweimal an. Löschen Sie eine der Zeilen, wenn es derselbe Kontakt ist.",
        "en": "“{value}” is in row {first} already, with {same}; lexoffice creates the contact twice. Delete one of the rows if it is the same contact.",
    },
    # what issue-contact-duplicate compared, as far as the row has it: its {same}
    "issue-contact-duplicate-name": {"de": "gleichem Namen", "en": "the same name"},
    "issue-contact-duplicate-surname": {
        "de": "gleichem Nachnamen (ein Vorname fehlt)",
        "en": "the same last name (no first name given)",
    },
    "issue-contact-duplicate-email": {"de": ", gleicher E-Mail-Adresse", "en": ", the same e-mail address"},
    "issue-contact-duplicate-address": {"de": ", gleicher Anschrift", "en": ", the same address"},
    "issue-contact-duplicate-bare": {
        "de": ", beide ohne E-Mail-Adresse und Anschrift",
        "en": ", both without e-mail address and address",
    },
    "issue-company-from-name": {
        "de": "„{source}“ ist der Name einer Firma (Rechtsform oder Geschäftsbezeichnung): als {column} übernommen; lexoffice legt die Zeile als Firma an.",
        "en": "“{source}” is a company's name (legal form or business word): taken as {column}; lexoffice creates the row as a company.",
    },
    "issue-company-beside-first-name": {
        "de": "„{source}“ in Nachname klingt nach einer Firma (ein Geschäftswort), daneben steht der Vorname „{first}“: die Zeile wird als Privatperson angelegt. Ist es eine Firma, tragen Sie den Namen in Firmenname ein und die Person als Ansprechpartner.",
        "en": "“{source}” in Nachname sounds like a business (a trade word), beside the first name “{first}”: the row is created as a private person. If it is a business, put the name in Firmenname and the person as contact person.",
    },
    "issue-company-from-owner": {
        "de": "„{source}“ nennt Inhaber oder Inhaberin: die Zeile ist eine Firma (der Nachname als Firmenname), die Person wird Ansprechpartner 1; {column} ist jetzt „{after}“.",
        "en": "“{source}” names the owner: the row is a business (the last name as company name), the owner becomes contact person 1; {column} is now “{after}”.",
    },
    "issue-company-from-name-unsure": {
        "de": "„{source}“ wurde als Firmenname übernommen, nur wegen eines Geschäftsworts oder „&“. Ist es eine Privatperson, tragen Sie Vor- und Nachname getrennt ein.",
        "en": "“{source}” was taken as the company name, only because of a business word or “&”. If it is a private person, enter first and last name apart.",
    },
    "issue-merge-input-unused": {
        "de": "„{source}“ wurde nicht nach {target} übernommen, weil dort schon „{current}“ steht. Prüfen Sie, welcher Wert stimmt, und tragen Sie ihn dort ein.",
        "en": "“{source}” was not taken over into {target}, which already holds “{current}”. Check which value is right and enter it there.",
    },
    "rule-merge-input-unused-title": {
        "de": "Zusammengeführter Wert nicht übernommen",
        "en": "Merged value not taken over",
    },
    "rule-merge-input-unused-hint": {
        "de": "Die Datei hat für dieselbe Angabe zwei Spalten mit verschiedenen Werten (z. B. „PLZ Ort“ und „PLZ“). Entscheiden Sie, welcher Wert stimmt, und löschen Sie die andere Spalte.",
        "en": "The file has two columns with different values for the same data (e.g. “PLZ Ort” and “PLZ”). Decide which value is right and delete the other column.",
    },
    # --- findings of the pandera schemas (importer/validate.py) ---------------------------
    "issue-customer-number-range": {
        "de": "Die Kundennummer „{value}“ ist ungültig: erlaubt sind genau 5 Ziffern von {min} bis {max}. Korrigieren Sie sie oder lassen Sie das Feld leer, dann vergibt lexoffice eine Nummer.",
        "en": "The customer number “{value}” is invalid: exactly 5 digits from {min} to {max} are allowed. Correct it or leave the field empty to have lexoffice assign a number.",
    },
    "issue-supplier-number-range": {
        "de": "Die Lieferantennummer „{value}“ ist ungültig: erlaubt sind genau 5 Ziffern von {min} bis {max}. Korrigieren Sie sie oder lassen Sie das Feld leer, dann vergibt lexoffice eine Nummer.",
        "en": "The supplier number “{value}” is invalid: exactly 5 digits from {min} to {max} are allowed. Correct it or leave the field empty to have lexoffice assign a number.",
    },
    "issue-customer-number-range-other": {
        "de": 'Die Kundennummer „{value}“ ist ungültig (erlaubt: {min} bis {max}), sie liegt im Bereich der Lieferantennummern ({other_min} bis {other_max}). Ist der Kontakt ein Lieferant, lassen Sie die Nummer nicht leer: ordnen Sie die Nummernspalte mit --map "…=Lieferantennummer" zu, oder mit --kind lieferanten alle Zeilen den Lieferanten. Sonst korrigieren Sie sie oder lassen das Feld leer, dann vergibt lexoffice eine Nummer.',
        "en": 'The customer number “{value}” is invalid (allowed: {min} to {max}); it lies within the supplier numbers\' range ({other_min} to {other_max}). If the contact is a supplier, do not empty it: map the number column with --map "…=Lieferantennummer", or all rows to the suppliers with --kind lieferanten. Otherwise correct it or leave the field empty to have lexoffice assign a number.',
    },
    "issue-supplier-number-range-other": {
        "de": 'Die Lieferantennummer „{value}“ ist ungültig (erlaubt: {min} bis {max}), sie liegt im Bereich der Kundennummern ({other_min} bis {other_max}). Ist der Kontakt ein Kunde, lassen Sie die Nummer nicht leer: ordnen Sie die Nummernspalte mit --map "…=Kundennummer" zu, oder mit --kind kunden alle Zeilen den Kunden. Sonst korrigieren Sie sie oder lassen das Feld leer, dann vergibt lexoffice eine Nummer.',
        "en": 'The supplier number “{value}” is invalid (allowed: {min} to {max}); it lies within the customer numbers\' range ({other_min} to {other_max}). If the contact is a customer, do not empty it: map the number column with --map "…=Kundennummer", or all rows to the customers with --kind kunden. Otherwise correct it or leave the field empty to have lexoffice assign a number.',
    },
    "issue-customer-number-duplicate": {
        "de": "„{value}“ steht schon in Zeile {first}: derselbe Kontakt? Dann Zeile löschen. Sonst andere Nummer oder Feld leer.",
        "en": "“{value}” is already in row {first}: the same contact? Then delete the row. Else another number or an empty field.",
    },
    "issue-supplier-number-duplicate": {
        "de": "„{value}“ steht schon in Zeile {first}: derselbe Kontakt? Dann Zeile löschen. Sonst andere Nummer oder Feld leer.",
        "en": "“{value}” is already in row {first}: the same contact? Then delete the row. Else another number or an empty field.",
    },
    "issue-name-missing-summary": {
        "de": "Weder Firmenname noch Nachname ist gefüllt, und „{text}“ sieht wie eine Summen- oder Fußzeile der Liste aus, nicht wie ein Kontakt. Ist sie das, löschen Sie die Zeile; sonst tragen Sie bei einer Firma den Firmennamen ein, bei einer Privatperson den Nachnamen.",
        "en": "Neither company name nor last name is filled, and “{text}” looks like a summary or footer line of the list, not a contact. If it is, delete the row; else fill in the company name for a company, the last name for a private person.",
    },
    "issue-name-missing-continuation": {
        "de": "Weder Firmenname noch Nachname ist gefüllt, und die Zeile hat nur ein, zwei Angaben: Sie sieht wie der Rest des Kontakts in Zeile {above} darüber aus (eine Export-Fortsetzungszeile). Gehören die Angaben zu ihm, tragen Sie sie dort ein und löschen Sie diese Zeile; sonst tragen Sie den Firmennamen oder Nachnamen ein.",
        "en": "Neither company name nor last name is filled, and the row has only one or two values: it looks like the rest of the contact in row {above} above (an export's continuation line). If the values belong to it, enter them there and delete this row; else fill in the company name or last name.",
    },
    "issue-name-missing": {
        "de": "Weder Firmenname noch Nachname ist gefüllt. Tragen Sie bei einer Firma den Firmennamen ein, bei einer Privatperson den Nachnamen.",
        "en": "Neither Firmenname nor Nachname is filled. Enter the company name for a company, the last name for a private person.",
    },
    "issue-name-missing-same-email": {
        "de": "Weder Firmenname noch Nachname ist gefüllt; dieselbe E-Mail-Adresse steht in Zeile {first} mit Namen. Ist die Zeile eine weitere Bestellposition desselben Kunden (ein Shop-Export), löschen Sie sie; sonst tragen Sie den Namen ein.",
        "en": "Neither Firmenname nor Nachname is filled; the same e-mail address is in row {first} with a name. If the row is another order line of the same customer (a shop's export), delete it; otherwise enter the name.",
    },
    "issue-email-invalid": {
        "de": "„{value}“ in {column} ist keine gültige E-Mail-Adresse. Schreiben Sie genau eine Adresse der Form name@firma.de oder lassen Sie das Feld leer.",
        "en": "“{value}” in {column} is no valid e-mail address. Write exactly one address of the form name@company.com or leave the field empty.",
    },
    "issue-postcode-invalid-de": {
        "de": "Die PLZ „{value}“ in {column} ist ungültig: in Deutschland ({land} = DE) hat eine PLZ genau 5 Ziffern. Korrigieren Sie die PLZ oder das Land.",
        "en": "The postcode “{value}” in {column} is invalid: in Germany ({land} = DE) a postcode has exactly 5 digits. Correct the postcode or the country.",
    },
    "issue-postcode-invalid-de-assumed": {
        "de": "Die PLZ „{value}“ in {column} ist ungültig: {land} ist leer, also gilt Deutschland, und dort hat eine PLZ genau 5 Ziffern. Korrigieren Sie die PLZ oder tragen Sie das Land ein.",
        "en": "The postcode “{value}” in {column} is invalid: {land} is empty, so Germany applies, where a postcode has exactly 5 digits. Correct the postcode or enter the country.",
    },
    "issue-postcode-invalid-4": {
        "de": "Die PLZ „{value}“ in {column} ist ungültig: für {land} = {country} hat eine PLZ genau 4 Ziffern. Korrigieren Sie die PLZ oder das Land.",
        "en": "The postcode “{value}” in {column} is invalid: for {land} = {country} a postcode has exactly 4 digits. Correct the postcode or the country.",
    },
    "issue-postcode-invalid-long": {
        "de": "Die PLZ „{value}“ in {column} ist länger als 10 Zeichen. Prüfen Sie, ob dort noch der Ort oder eine andere Angabe steht.",
        "en": "The postcode “{value}” in {column} is longer than 10 characters. Check whether it still holds the city or something else.",
    },
    "issue-country-unknown": {
        "de": "„{value}“ in {column} ist kein bekannter Ländercode. Verwenden Sie den ISO-Code mit zwei Buchstaben, z. B. DE, AT oder CH.",
        "en": "“{value}” in {column} is no known country code. Use the two-letter ISO code, e.g. DE, AT or CH.",
    },
    "issue-value-too-long": {
        "de": "{column} hat {length} Zeichen, erlaubt sind höchstens {max}. Kürzen Sie den Wert „{value}“.",
        "en": "{column} has {length} characters, at most {max} are allowed. Shorten the value “{value}”.",
    },
    "issue-contact-person-name-missing": {
        "de": "Für den Ansprechpartner sind Angaben vorhanden, aber {column} ist leer; lexoffice braucht den Nachnamen. Tragen Sie ihn ein oder leeren Sie die übrigen Felder dieses Ansprechpartners.",
        "en": "The contact person has data, but {column} is empty; lexoffice needs the last name. Enter it or empty this contact person's other fields.",
    },
    "issue-address-incomplete": {
        "de": "Die Anschrift „{value}“ ({column}) hat weder PLZ noch Ort; so käme sie unvollständig in lexoffice. Ergänzen Sie PLZ und Ort, oder ordnen Sie die Spalte, die sie enthält, mit --map zu.",
        "en": "The address “{value}” ({column}) has neither postcode nor city; it would reach lexoffice incomplete. Add the postcode and city, or map the column that holds them with --map.",
    },
    "issue-first-name-missing": {
        "de": "Bei der Privatperson fehlt der Vorname. Tragen Sie ihn in der Spalte Vorname ein, getrennt vom Nachnamen.",
        "en": "The private person has no first name. Enter it in the Vorname column, apart from the last name.",
    },
    "issue-salutation-missing": {
        "de": "Bei der Privatperson ist keine Anrede angegeben. lexoffice kennt als Anrede „Herr“ und „Frau“; trifft eine davon zu, tragen Sie sie in der Spalte Anrede ein, sonst bleibt das Feld leer.",
        "en": "No salutation is given for the private person. lexoffice knows the salutations “Herr” and “Frau”; if one of them applies, enter it in the Anrede column, otherwise the field stays empty.",
    },
    "issue-vat-id-invalid-swiss-uid": {
        "de": "„{value}“ ist eine Schweizer UID (Unternehmens-Identifikationsnummer), ohne den Zusatz MWST aber keine Mehrwertsteuernummer. Ist das Unternehmen mehrwertsteuerpflichtig, schreiben Sie die Nummer mit MWST am Ende (z. B. CHE-123.456.789 MWST); sonst lassen Sie das Feld leer.",
        "en": "“{value}” is a Swiss UID (company identification number), but without the suffix MWST no VAT number. If the company is registered for VAT, write the number with MWST at the end (e.g. CHE-123.456.789 MWST); else leave the field empty.",
    },
    "issue-vat-id-invalid": {
        "de": "Die Umsatzsteuer-ID „{value}“ hat nicht das Format oder die Prüfziffer ihres Landes. Prüfen Sie die Nummer (z. B. DE und 9 Ziffern) oder lassen Sie das Feld leer.",
        "en": "The VAT ID “{value}” does not match its country's format or check digit. Check the number (e.g. DE and 9 digits) or leave the field empty.",
    },
    "issue-formula-like-value": {
        "de": "„{value}“ in {column} beginnt mit „{char}“ und wird in Excel als Formel ausgeführt. Entfernen Sie das Zeichen am Anfang, wenn es nicht dazugehört.",
        "en": "“{value}” in {column} starts with “{char}” and is run as a formula by Excel. Remove the leading character unless it belongs there.",
    },
    "issue-company-field-on-person": {
        "de": "„{value}“ in {column} steht bei einer Privatperson (Firmenname ist leer). lexoffice führt USt-IdNr., Steuernummer und Ansprechpartner nur bei Firmen; ob der Import sie bei einer Privatperson übernimmt, ist nicht dokumentiert. Ist der Kontakt ein Unternehmen (auch ein Einzelunternehmen), tragen Sie seinen Namen als Firmenname ein.",
        "en": "“{value}” in {column} is on a private person (Firmenname is empty). lexoffice keeps VAT ids, tax numbers and contact persons for companies only; whether the import takes them for a private person is not documented. If the contact is a business (a sole trader too), enter its name as Firmenname.",
    },
    "issue-company-field-on-person-nameless": {
        "de": "„{value}“ in {column} gehört zu einer Firma, aber die Zeile hat keinen Namen (Firmenname und Nachname sind leer). Tragen Sie den Namen des Unternehmens als Firmenname ein; steht er in einer anderen Spalte der Datei, ordnen Sie diese Firmenname zu.",
        "en": "“{value}” in {column} belongs to a company, but the row has no name (Firmenname and Nachname are empty). Enter the company's name as Firmenname; if another column of the file holds it, map that column to Firmenname.",
    },
    "issue-company-name-in-person-field": {
        "de": "„{value}“ in {column} enthält eine Rechtsform, aber Firmenname ist leer, daher legt lexoffice eine Privatperson an. Tragen Sie den Namen in die Spalte Firmenname ein.",
        "en": "“{value}” in {column} contains a legal form, but Firmenname is empty, so lexoffice creates a private person. Put the name in the Firmenname column.",
    },
    "issue-scientific-number-set-aside": {
        "de": "„{before}“ in {column} ist eine von Excel umgewandelte Zahl; ihre Ziffern sind verloren. lexoffice erhält die Zelle leer (der Wert steht in der Datei der nicht zugeordneten Spalten). Tragen Sie die Nummer aus der Quelle neu ein und formatieren Sie die Spalte in Excel als Text.",
        "en": "“{before}” in {column} is a number converted by Excel; its digits are lost. lexoffice receives the cell empty (it is kept in the file of unmapped columns). Enter the number again from the source and format the column as text in Excel.",
    },
    "issue-scientific-number-set-aside-home": {
        "de": "„{source}“ ist eine von Excel umgewandelte Zahl; ihre Ziffern sind verloren. Sie wird nicht in das leere Feld {target} übernommen (der Wert steht in der Datei der nicht zugeordneten Spalten). Tragen Sie die Nummer aus der Quelle neu ein und formatieren Sie die Spalte in Excel als Text.",
        "en": "“{source}” is a number converted by Excel; its digits are lost. It is not taken into the empty field {target} (it is kept in the file of unmapped columns). Enter the number again from the source and format the column as text in Excel.",
    },
    "issue-phone-scientific-notation": {
        "de": "„{value}“ in {column} ist eine von Excel umgewandelte Zahl; die Ziffern der Telefonnummer sind verloren. Tragen Sie die Nummer aus der Quelle neu ein und formatieren Sie die Spalte in Excel als Text.",
        "en": "“{value}” in {column} is a number converted by Excel; the phone number's digits are lost. Enter the number again from the source and format the column as text in Excel.",
    },
    "value-empty": {"de": "leer", "en": "empty"},
    # === HTML report, reference, template (issue 5): add entries below this line ===
    # --- HTML pages: frame, verdict and next step ------------------------------------------
    "html-report-title": {"de": "Prüfbericht {name}", "en": "Check report {name}"},
    "html-generated": {"de": "Erstellt am {date} (UTC)", "en": "Created on {date} (UTC)"},
    "html-footer": {
        "de": "Erstellt mit lexoffice-import {version}.",
        "en": "Made with lexoffice-import {version}.",
    },
    "html-contents": {"de": "Inhalt", "en": "Contents"},
    "html-masked": {
        "de": "Personenbezogene Daten (Namen, Straßen, E-Mail-Adressen, Telefonnummern, Kontonummern) sind in diesem Bericht maskiert; Sie können ihn an den Support schicken.",
        "en": "Personal data (names, streets, e-mail addresses, phone numbers, account numbers) is masked in this report; you can send it to support.",
    },
    "html-verdict-label": {"de": "Ergebnis", "en": "Result"},
    "html-next-upload": {
        "de": "Laden Sie {files} in lexoffice hoch: Kontakte → „…“ oben rechts → {action}.",
        "en": "Upload {files} in lexoffice: Kontakte → “…” top right → {action}.",
    },
    "html-next-attention-upload": {
        "de": "Lesen Sie zuerst die Befunde unten, dann laden Sie {files} in lexoffice hoch: Kontakte → „…“ oben rechts → {action}.",
        "en": "Read the findings below first, then upload {files} in lexoffice: Kontakte → “…” top right → {action}.",
    },
    "html-next-attention-none": {
        "de": "Korrigieren Sie die Datei anhand der Befunde unten und prüfen Sie sie erneut; noch gibt es keine Datei zum Hochladen.",
        "en": "Correct the file using the findings below and check it again; there is no file to upload yet.",
    },
    "html-next-none": {
        "de": "Es wurde keine Datei zum Hochladen geschrieben.",
        "en": "No file to upload was written.",
    },
    "html-next-unusable": {
        "de": "Die Datei lässt sich so nicht verwenden: Beheben Sie die Fehler unten und prüfen Sie sie erneut.",
        "en": "The file cannot be used as it is: fix the errors below and check it again.",
    },
    "html-action-customers": {"de": "Kunden importieren", "en": "Kunden importieren (import customers)"},
    "html-action-suppliers": {
        "de": "Lieferanten importieren",
        "en": "Lieferanten importieren (import suppliers)",
    },
    "html-action-any": {
        "de": "Kunden importieren bzw. Lieferanten importieren",
        "en": "Kunden importieren or Lieferanten importieren (import customers or suppliers)",
    },
    "html-and": {"de": "und", "en": "and"},
    "html-none": {"de": "keine", "en": "none"},
    "html-dash": {"de": "–", "en": "–"},
    # --- HTML report: file facts ------------------------------------------------------------
    "html-sec-file": {"de": "Die Datei", "en": "The file"},
    "html-input": {"de": "Eingabe", "en": "Input"},
    "html-size": {"de": "Größe", "en": "Size"},
    "html-size-of-limit": {
        "de": "{size} von {limit} ({share} % der Upload-Grenze von lexoffice)",
        "en": "{size} of {limit} ({share} % of lexoffice's upload limit)",
    },
    "html-size-over": {
        "de": "Die Eingabe ist größer als die Upload-Grenze von lexoffice; hochladen lassen sich nur die Teildateien unten.",
        "en": "The input is larger than lexoffice's upload limit; only the part files below can be uploaded.",
    },
    "html-parts": {"de": "Upload-Dateien", "en": "Upload files"},
    "html-part": {
        "de": "{role}: {rows} Datensätze, {encoding}",
        "en": "{role}: {rows} records, {encoding}",
    },
    "html-encoding": {"de": "Kodierung", "en": "Encoding"},
    "html-bom-yes": {"de": "mit Byte-Order-Markierung (BOM)", "en": "with byte order mark (BOM)"},
    "html-bom-no": {"de": "ohne Byte-Order-Markierung", "en": "without byte order mark"},
    "html-encoding-uncertain": {
        "de": "unsicher – vielleicht auch {alternative}",
        "en": "uncertain – maybe {alternative}",
    },
    "html-evidence": {"de": "Begründung", "en": "Evidence"},
    "html-delimiter": {"de": "Trennzeichen", "en": "Delimiter"},
    "html-line-ending": {"de": "Zeilenende", "en": "Line ending"},
    "line-ending-crlf": {"de": "CRLF (Windows)", "en": "CRLF (Windows)"},
    "line-ending-lf": {"de": "LF (Unix)", "en": "LF (Unix)"},
    "line-ending-cr": {"de": "CR (altes Mac-Format)", "en": "CR (old Mac format)"},
    "html-rows": {"de": "Datensätze", "en": "Records"},
    "html-rows-read": {"de": "gelesen", "en": "read"},
    "html-rows-uploaded": {"de": "hochladbar", "en": "ready to upload"},
    "html-rows-rejected": {"de": "abgelehnt", "en": "rejected"},
    "html-rows-blank": {"de": "leere Zeilen übersprungen", "en": "blank lines skipped"},
    "size-bytes": {"de": "{n} Bytes", "en": "{n} bytes"},
    # --- HTML report: column mapping and unmapped columns ----------------------------------
    "html-sec-mapping": {"de": "Spaltenzuordnung", "en": "Column mapping"},
    "html-mapping-intro": {
        "de": "Jede Spalte Ihrer Datei, die lexoffice-Spalte, in die sie geschrieben wird, und wie sicher die Zuordnung ist.",
        "en": "Every column of your file, the lexoffice column it is written to, and how certain the match is.",
    },
    "html-col-number": {"de": "Nr.", "en": "No."},
    "html-col-source": {"de": "Spalte in Ihrer Datei", "en": "Column in your file"},
    "html-col-target": {"de": "lexoffice-Spalte", "en": "lexoffice column"},
    "html-col-method": {"de": "Methode", "en": "Method"},
    "html-col-score": {"de": "Sicherheit", "en": "Score"},
    "html-col-values": {"de": "Werte", "en": "Values"},
    "html-col-suggestion": {"de": "Vorschlag", "en": "Suggestion"},
    "html-col-destination": {"de": "Verbleib der Daten", "en": "Where the data went"},
    "html-original-header": {"de": "Original: „{original}“", "en": "original: “{original}”"},
    "html-method-exact": {"de": "exakt", "en": "exact"},
    "html-method-normalized": {"de": "gleich nach Vereinheitlichung", "en": "equal after normalisation"},
    "html-method-synonym": {"de": "bekannte Überschrift", "en": "known header"},
    "html-method-grammar": {"de": "aus den Wörtern der Überschrift", "en": "from the header's words"},
    "html-method-fuzzy": {"de": "ähnlich (unscharf)", "en": "similar (fuzzy)"},
    "html-method-profile": {"de": "aus Zuordnungsprofil", "en": "from mapping profile"},
    "html-method-manual": {"de": "vorgegeben", "en": "given"},
    "html-method-values": {"de": "aus den Werten der Spalte", "en": "from the column's values"},
    "html-method-unmapped": {"de": "nicht zugeordnet", "en": "not mapped"},
    "html-method-merged": {"de": "zusammengeführt", "en": "merged"},
    "html-dest-upload": {"de": "Upload-Datei", "en": "upload file"},
    "html-dest-unmapped": {"de": "Datei mit nicht zugeordneten Spalten", "en": "unmapped-columns file"},
    "html-dest-merged": {"de": "zusammengeführt in „{target}“", "en": "merged into “{target}”"},
    "html-dest-dropped": {"de": "verworfen", "en": "dropped"},
    "html-dest-split": {"de": "aufgeteilt auf „{target}“", "en": "split into “{target}”"},
    "html-suggestion": {"de": "„{target}“ ({score})", "en": "“{target}” ({score})"},
    "html-sec-unmapped": {"de": "Nicht zugeordnete Spalten", "en": "Unmapped columns"},
    "html-unmapped-intro": {
        "de": "Für diese Spalten hat lexoffice kein Feld. Nichts geht verloren: Die Spalte „Verbleib der Daten“ sagt, wo die Werte stehen.",
        "en": "lexoffice has no field for these columns. Nothing is lost: “Where the data went” says where the values are.",
    },
    "html-unmapped-none": {"de": "Alle Spalten wurden zugeordnet.", "en": "All columns were mapped."},
    # --- HTML report and reference page: the lexoffice columns ------------------------------
    "html-sec-reference": {
        "de": "Kurzreferenz: die lexoffice-Spalten",
        "en": "Quick reference: the lexoffice columns",
    },
    "html-reference-intro": {
        "de": "Alle Spalten der lexoffice-Importvorlage in der Reihenfolge der Upload-Datei, mit den Regeln, die lexoffice-import prüft.",
        "en": "All columns of the lexoffice import template in upload file order, with the rules lexoffice-import checks.",
    },
    "html-col-column": {"de": "Spalte", "en": "Column"},
    "html-col-role": {"de": "für", "en": "for"},
    "html-col-description": {"de": "Beschreibung", "en": "Description"},
    "html-col-rules": {"de": "Regeln", "en": "Rules"},
    "html-col-example": {"de": "Beispiel", "en": "Example"},
    "html-col-provenance": {"de": "Herkunft", "en": "Source"},
    "html-col-in-file": {"de": "in dieser Datei", "en": "in this file"},
    "html-col-synonyms": {"de": "Erkannte Überschriften", "en": "Recognised headers"},
    "html-in-file-yes": {"de": "ja, aus „{source}“", "en": "yes, from “{source}”"},
    "html-in-file-no": {"de": "nein", "en": "no"},
    "html-max-length": {"de": "höchstens {n} Zeichen", "en": "at most {n} characters"},
    "html-role-customers": {"de": "Kunden", "en": "customers"},
    "html-role-suppliers": {"de": "Lieferanten", "en": "suppliers"},
    "html-role-both": {"de": "beide", "en": "both"},
    "html-prov-official": {"de": "offiziell", "en": "official"},
    "html-prov-export": {"de": "Export", "en": "export"},
    "html-prov-inferred": {"de": "abgeleitet", "en": "inferred"},
    "html-prov-official-explain": {
        "de": "steht so auf der Hilfeseite von lexoffice",
        "en": "stated like this on lexoffice's help page",
    },
    "html-prov-export-explain": {
        "de": "so geschrieben in lexoffices eigenem Kontakte-Export; auf der Hilfeseite nicht belegt",
        "en": "spelt like this in lexoffice's own contacts export; not confirmed on the help page",
    },
    "html-prov-inferred-explain": {
        "de": "unsere Schlussfolgerung, von lexoffice nicht bestätigt",
        "en": "our conclusion, not confirmed by lexoffice",
    },
    "html-group-number": {"de": "Nummern", "en": "Numbers"},
    "html-group-company": {"de": "Firma", "en": "Company"},
    "html-group-person": {"de": "Privatperson", "en": "Private person"},
    "html-group-billing": {"de": "Rechnungsadresse", "en": "Billing address"},
    "html-group-shipping": {"de": "Lieferadresse", "en": "Shipping address"},
    "html-group-contact": {"de": "Kontaktdaten", "en": "Contact details"},
    "html-group-contact_person_1": {"de": "Ansprechpartner 1", "en": "Contact person 1"},
    "html-group-contact_person_2": {"de": "Ansprechpartner 2", "en": "Contact person 2"},
    # --- HTML report: findings, outputs, assumptions ----------------------------------------
    "html-sec-issues": {"de": "Befunde", "en": "Findings"},
    "html-issues-none": {"de": "Keine Befunde – alles in Ordnung.", "en": "No findings – all is well."},
    "html-issues-counts": {
        "de": "{errors} Fehler (Datensatz abgelehnt), {warnings} Warnungen (bitte lesen), {fixes} Korrekturen (automatisch behoben)",
        "en": "{errors} errors (record rejected), {warnings} warnings (please read), {fixes} fixes (corrected automatically)",
    },
    "html-col-code": {"de": "Code", "en": "Code"},
    "html-col-finding": {"de": "Befund", "en": "Finding"},
    "html-col-severity": {"de": "Art", "en": "Kind"},
    "html-col-count": {"de": "Anzahl", "en": "Count"},
    "html-col-hint": {"de": "So beheben Sie es", "en": "How to fix it"},
    "html-col-row": {"de": "Zeile", "en": "Row"},
    "html-col-line": {"de": "Dateizeile", "en": "Line"},
    "html-col-value": {"de": "Wert", "en": "Value"},
    "html-col-message": {"de": "Meldung", "en": "Message"},
    "html-sev-error": {"de": "Fehler", "en": "Error"},
    "html-sev-warning": {"de": "Warnung", "en": "Warning"},
    "html-sev-fix": {"de": "Korrektur", "en": "Fix"},
    "html-filter-severity": {"de": "Art", "en": "Kind"},
    "html-filter-column": {"de": "Spalte", "en": "Column"},
    "html-filter-all": {"de": "alle", "en": "all"},
    "html-filter-visible": {"de": "sichtbare Zeilen: {n}", "en": "rows shown: {n}"},
    "html-file-wide": {"de": "(ganze Datei)", "en": "(whole file)"},
    "html-issues-more": {
        "de": "… weitere {n} im JSON-Bericht (dort bis zu {cap} je Befundart, alle gezählt)",
        "en": "… {n} more in the JSON report (up to {cap} per kind of finding there, all counted)",
    },
    "html-issues-more-rejected": {
        "de": "… weitere {n} in der Ablehnungsdatei und im JSON-Bericht (dort bis zu {cap} je Befundart, alle gezählt)",
        "en": "… {n} more in the rejected-records file and in the JSON report (up to {cap} per kind of finding there, all counted)",
    },
    "html-sec-outputs": {"de": "Ausgaben", "en": "Outputs"},
    "html-out-upload": {"de": "Upload-Datei", "en": "Upload file"},
    "html-out-rejected": {"de": "Abgelehnte Datensätze", "en": "Rejected records"},
    "html-out-unmapped": {"de": "Nicht zugeordnete Spalten", "en": "Unmapped columns"},
    "html-out-report-json": {"de": "JSON-Bericht", "en": "JSON report"},
    "html-out-report-html": {"de": "Dieser Bericht", "en": "This report"},
    "html-sec-assumptions": {
        "de": "Was lexoffice nicht dokumentiert",
        "en": "What lexoffice does not document",
    },
    # --- HTML reference page and index page ---------------------------------------------------
    "html-reference-title": {
        "de": "Kurzreferenz lexoffice-Kontaktimport",
        "en": "Quick reference: lexoffice contact import",
    },
    "html-reference-howto": {
        "de": "So importieren Sie: Kontakte → „…“ oben rechts → Kunden importieren oder Lieferanten importieren. Kunden und Lieferanten kommen in getrennte Dateien, höchstens {limit} je Datei.",
        "en": "How to import: Kontakte → “…” top right → Kunden importieren or Lieferanten importieren. Customers and suppliers go in separate files, at most {limit} per file.",
    },
    "html-reference-ranges": {
        "de": "Kundennummern {cmin}–{cmax}, Lieferantennummern {smin}–{smax}; leer lassen, dann vergibt lexoffice die Nummer.",
        "en": "Customer numbers {cmin}–{cmax}, supplier numbers {smin}–{smax}; leave empty to have lexoffice assign one.",
    },
    "html-legend": {"de": "Herkunft der Angaben", "en": "Where the facts come from"},
    "html-index-title": {"de": "Prüfberichte", "en": "Check reports"},
    "html-index-intro": {"de": "{n} Dateien geprüft.", "en": "{n} files checked."},
    "html-col-file": {"de": "Datei", "en": "File"},
    "html-col-report": {"de": "Bericht", "en": "Report"},
    "html-col-errors": {"de": "Fehler", "en": "Errors"},
    "html-col-warnings": {"de": "Warnungen", "en": "Warnings"},
    "html-col-fixes": {"de": "Korrekturen", "en": "Fixes"},
    "html-index-total": {"de": "Summe", "en": "Total"},
    # --- upload template ------------------------------------------------------------------------
    "template-kind-invalid": {
        "de": "--kind muss customers oder suppliers sein (erhalten: {kind}).",
        "en": "--kind must be customers or suppliers (got: {kind}).",
    },
    "template-encoding-unknown": {
        "de": "Die Kodierung „{encoding}“ kennt Python nicht. Gültig sind z. B. utf-8, utf-8-sig, cp1252.",
        "en": "Python does not know the encoding “{encoding}”. Valid are e.g. utf-8, utf-8-sig, cp1252.",
    },
    "template-encoding-invalid": {
        "de": "Die Vorlage lässt sich nicht als {encoding} schreiben ({detail}). Gültig sind z. B. utf-8, utf-8-sig, cp1252.",
        "en": "The template cannot be written as {encoding} ({detail}). Valid are e.g. utf-8, utf-8-sig, cp1252.",
    },
    # --- output safety: names, atomic sets, environment (issue 11) ---
    "exit-environment": {
        "de": "Umgebung verweigert (Ordner nicht beschreibbar oder voll, Datei gesperrt, Name zu lang)",
        "en": "environment refused (folder not writable or full, file locked, name too long)",
    },
    "exit-interrupted": {
        "de": "abgebrochen mit Strg+C; die Ausgaben sind die vom Lauf davor",
        "en": "interrupted with Ctrl-C; the outputs are those of the run before",
    },
    "exit-terminated": {
        "de": "beendet (SIGTERM, oder SIGHUP: das Terminal wurde geschlossen); die Ausgaben sind die vom Lauf davor",
        "en": "terminated (SIGTERM, or SIGHUP: the terminal was closed); the outputs are those of the run before",
    },
    "interrupted": {
        "de": "Abgebrochen (Strg+C). Nichts wurde halb geschrieben: jede Ausgabe ist die vom Lauf davor oder die vollständige neue.",
        "en": "Interrupted (Ctrl-C). Nothing was half-written: each output is that of the run before or the complete new one.",
    },
    "terminated": {
        "de": "Beendet (SIGTERM oder SIGHUP). Nichts wurde halb geschrieben: jede Ausgabe ist die vom Lauf davor oder die vollständige neue.",
        "en": "Terminated (SIGTERM or SIGHUP). Nothing was half-written: each output is that of the run before or the complete new one.",
    },
    "env-permission": {
        "de": "{path} lässt sich nicht schreiben: Zugriff verweigert. Ist die Datei in einem anderen Programm geöffnet (z. B. in Excel)? Dann schließen Sie sie dort und prüfen erneut. Sonst fehlen Schreibrechte im Ordner: Wählen Sie mit --out einen anderen Ordner. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "{path} cannot be written: access denied. Is the file open in another program (e.g. Excel)? Then close it there and check again. Otherwise the folder is not writable: choose another folder with --out. The outputs of the last run are unchanged.",
    },
    "env-folder-not-writable": {
        "de": "In den Ordner {folder} lässt sich nicht schreiben: Zugriff verweigert. Wählen Sie mit --out einen Ordner, in dem Sie schreiben dürfen, oder lassen Sie sich die Schreibrechte geben. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "The folder {folder} cannot be written: access denied. Choose a folder you may write to with --out, or have write permission granted. The outputs of the last run are unchanged.",
    },
    "env-locked": {
        "de": "{path} ist in einem anderen Programm geöffnet (z. B. in Excel) und daher gesperrt. Schließen Sie die Datei dort und prüfen Sie erneut. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "{path} is open in another program (e.g. Excel) and therefore locked. Close it there and check again. The outputs of the last run are unchanged.",
    },
    "env-disk-full": {
        "de": "Beim Schreiben von {path} ist der Datenträger voll. Geben Sie Platz frei oder wählen Sie mit --out einen Ordner auf einem anderen Laufwerk. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "The disk is full while writing {path}. Free some space or choose a folder on another drive with --out. The outputs of the last run are unchanged.",
    },
    "env-read-only": {
        "de": "{path} liegt auf einem schreibgeschützten Datenträger. Wählen Sie mit --out einen Ordner, in den Sie schreiben dürfen.",
        "en": "{path} is on a read-only drive. Choose a folder you can write to with --out.",
    },
    "env-name-too-long": {
        "de": "Der Dateiname {name} ist mit {length} Bytes zu lang für das Dateisystem (höchstens 255; ein Umlaut zählt doppelt). Geben Sie der Eingabedatei einen kürzeren Namen und prüfen Sie erneut. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "The file name {name} is too long for the file system at {length} bytes (at most 255; an umlaut counts twice). Give the input file a shorter name and check again. The outputs of the last run are unchanged.",
    },
    "env-path-too-long": {
        "de": "Der Pfad {path} ist mit {length} Bytes zu lang für das Dateisystem. Wählen Sie mit --out einen Ordner mit kürzerem Pfad, oder legen Sie die Datei in einen solchen. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "The path {path} is too long for the file system at {length} bytes. Choose a folder with a shorter path with --out, or move the file to one. The outputs of the last run are unchanged.",
    },
    "env-other": {
        "de": "{path} lässt sich nicht schreiben: {reason}. Prüfen Sie den Ordner oder wählen Sie mit --out einen anderen. Die Ausgaben des letzten Laufs sind unverändert.",
        "en": "{path} cannot be written: {reason}. Check the folder or choose another one with --out. The outputs of the last run are unchanged.",
    },
    "env-reason-ENOENT": {
        "de": "der Ordner existiert nicht und lässt sich dort nicht anlegen",
        "en": "the folder does not exist and cannot be created there",
    },
    "env-reason-EIO": {
        "de": "Ein-/Ausgabefehler des Datenträgers (ist er noch angeschlossen?)",
        "en": "input/output error of the drive (is it still connected?)",
    },
    "env-reason-EINVAL": {
        "de": "der Name ist auf diesem Laufwerk nicht erlaubt (z. B. Zeichen wie : ? * auf einem Windows- oder USB-Laufwerk)",
        "en": "the name is not allowed on this drive (e.g. characters such as : ? * on a Windows or USB drive)",
    },
    "env-reason-ENOSPC": {
        "de": "der Datenträger ist voll",
        "en": "the disk is full",
    },
    "env-reason-EISDIR": {
        "de": "wo eine Datei hingehört, liegt ein Ordner (etwa .lexoffice-import.lock)",
        "en": "a folder is where a file belongs (.lexoffice-import.lock, say)",
    },
    "env-reason-ELOOP": {
        "de": "Verknüpfungen führen im Kreis (eine Verknüpfung zeigt über andere auf sich selbst)",
        "en": "links lead round in a circle (a link points back to itself through others)",
    },
    "env-reason-EBUSY": {
        "de": "die Datei oder das Laufwerk ist gerade belegt",
        "en": "the file or the drive is busy",
    },
    "env-busy": {
        "de": "Ein anderer Lauf von lexoffice-import schreibt gerade in den Ordner {path}. Warten Sie, bis er fertig ist, oder wählen Sie mit --out einen anderen Ordner.",
        "en": "Another run of lexoffice-import is writing into the folder {path}. Wait until it is done, or choose another folder with --out.",
    },
    "not-checked-interrupted": {
        "de": "Nicht geprüft: Der Lauf wurde abgebrochen. Die Ausgaben dieser Datei sind die vom Lauf davor (oder keine); prüfen Sie sie erneut.",
        "en": "Not checked: the run was interrupted. This file's outputs are the earlier run's (or none); check it again.",
    },
    "waiting-for-folder": {
        "de": "Ein anderer Lauf von lexoffice-import schreibt gerade in den Ordner {path}. Dieser Lauf wartet, bis er fertig ist (höchstens {seconds} Sekunden).",
        "en": "Another run of lexoffice-import is writing into the folder {path}. This run waits until it is done (at most {seconds} seconds).",
    },
    "workers-lost": {
        "de": "Ein Prüfprozess wurde unerwartet beendet (Exit-Code {code}). Die Dateien, die er noch nicht fertig geprüft hatte, sind nicht geprüft; ihre Ausgaben sind die vom Lauf davor. Prüfen Sie sie erneut; endet der Lauf wieder so, mit --jobs 1 und --debug, und schicken Sie die Ausgabe an den Support.",
        "en": "A checking process ended unexpectedly (exit code {code}). The files it had not finished are not checked; their outputs are the earlier run's. Check them again; should the run end so again, with --jobs 1 and --debug, and send the output to support.",
    },
    "workers-lost-signal": {
        "de": "Ein Prüfprozess wurde unerwartet beendet (Signal {signal}; etwa vom System, weil der Arbeitsspeicher knapp war). Die Dateien, die er noch nicht fertig geprüft hatte, sind nicht geprüft; ihre Ausgaben sind die vom Lauf davor. Prüfen Sie sie erneut, bei knappem Speicher mit --jobs 1.",
        "en": "A checking process ended unexpectedly (signal {signal}; the system may have run short of memory). The files it had not finished are not checked; their outputs are the earlier run's. Check them again, with --jobs 1 when memory is short.",
    },
    "stdout-failed-output": {
        "de": "Die Ausgabe ließ sich nicht schreiben ({reason}). Leiten Sie sie in eine Datei auf einem Laufwerk mit freiem Platz um, oder lassen Sie sie im Terminal anzeigen.",
        "en": "The output could not be written ({reason}). Redirect it to a file on a drive with free space, or let the terminal show it.",
    },
    "stdout-failed-files": {
        "de": "Die Meldung ließ sich nicht ausgeben ({reason}). Die Datei ist geschrieben; das betrifft sie nicht.",
        "en": "The message could not be printed ({reason}). The file is written; this does not affect it.",
    },
    "stdout-failed": {
        "de": "Die Zusammenfassung ließ sich nicht ausgeben ({reason}). Die Ausgabedateien betrifft das nicht: Was sie enthalten, steht in den Berichten (.report.html).",
        "en": "The summary could not be printed ({reason}). The output files are not affected: the reports (.report.html) say what they hold.",
    },
    "usage-file-exists": {
        "de": "{path} gibt es schon, mit anderem Inhalt; die Datei wird nicht überschrieben. Geben Sie mit {option} einen anderen Namen an, oder verschieben oder löschen Sie die Datei.",
        "en": "{path} exists already, with other content; it is not overwritten. Give another name with {option}, or move or delete the file.",
    },
    "usage-out-dangling-link": {
        "de": "--out {path} ist eine Verknüpfung auf {target}, und den Ordner gibt es nicht. Legen Sie ihn an oder geben Sie mit --out einen anderen Ordner an.",
        "en": "--out {path} is a link to {target}, and that folder does not exist. Create it or give another folder with --out.",
    },
    "usage-save-mapping-several": {
        "de": "--save-mapping {path} speichert die Spaltenzuordnung einer Datei; dieser Lauf prüft {count}. Speichern Sie sie mit einer Datei, z. B. lexoffice-import map DATEI --save-mapping {path}, und prüfen Sie dann alle mit --mapping {path}.",
        "en": "--save-mapping {path} saves the column mapping of one file; this run checks {count}. Save it with one file, e.g. lexoffice-import map FILE --save-mapping {path}, then check them all with --mapping {path}.",
    },
    "usage-out-name-not-text": {
        "de": "--out {path}: Der Ordnername ist nicht als UTF-8 gespeichert (etwa aus einem ZIP-Archiv von Windows entpackt); die Berichte könnten ihre Dateien darin nicht nennen. Geben Sie mit --out einen anderen Ordner an.",
        "en": "--out {path}: the folder's name is not stored as UTF-8 (unpacked from a Windows ZIP archive, say); the reports could not name their files in it. Give another folder with --out.",
    },
    "usage-out-under-file": {
        "de": "--out {path} lässt sich nicht anlegen: {file} ist eine Datei, kein Ordner. Geben Sie mit --out einen Ordner an.",
        "en": "--out {path} cannot be created: {file} is a file, not a folder. Give a folder with --out.",
    },
    "usage-same-output-names": {
        "de": "{first} und {second} ergäben in {out} gleichnamige Ausgaben. Benennen Sie eine der Dateien um oder prüfen Sie sie mit verschiedenen --out-Ordnern.",
        "en": "{first} and {second} would get outputs of the same names in {out}. Rename one of the files or check them with different --out folders.",
    },
    "usage-save-mapping-is-input": {
        "de": "--save-mapping {path} ist eine Eingabe dieses Laufs und würde überschrieben. Geben Sie eine eigene Datei an, z. B. --save-mapping zuordnung.toml.",
        "en": "--save-mapping {path} is an input of this run and would be overwritten. Give a file of its own, e.g. --save-mapping mapping.toml.",
    },
    "usage-empty-path": {
        "de": "Der Pfad ist leer (etwa eine leere Variable in einem Skript). Geben Sie eine Datei oder einen Ordner an.",
        "en": "The path is empty (an empty variable in a script, say). Give a file or a folder.",
    },
    "usage-save-mapping-is-output": {
        "de": "--save-mapping {path} trägt den Namen einer Ausgabe dieses Laufs und würde von ihr überschrieben (oder sie überschreiben). Geben Sie eine eigene Datei an, z. B. --save-mapping zuordnung.toml.",
        "en": "--save-mapping {path} has the name of an output of this run and would be overwritten by it (or overwrite it). Give a file of its own, e.g. --save-mapping mapping.toml.",
    },
    "usage-save-mapping-foreign": {
        "de": "--save-mapping {path}: Die Datei gibt es schon, und sie ist keine Zuordnungsdatei; sie wird nicht überschrieben. Geben Sie einen anderen Namen an, z. B. --save-mapping zuordnung.toml.",
        "en": "--save-mapping {path}: the file exists and is no mapping file; it is not overwritten. Give another name, e.g. --save-mapping mapping.toml.",
    },
    "output-conflict-input": {
        "de": "Die Ausgabe {path} würde eine Eingabe dieses Laufs überschreiben; für {input} wurde nichts geschrieben. Wählen Sie mit --out einen anderen Ordner.",
        "en": "The output {path} would overwrite an input of this run; nothing was written for {input}. Choose another folder with --out.",
    },
    "output-conflict-foreign": {
        "de": "{path} gibt es schon, und lexoffice-import hat die Datei nicht geschrieben; sie wird nicht überschrieben, und für {input} wurde nichts geschrieben. Benennen Sie die Datei um oder verschieben Sie sie, oder wählen Sie mit --out einen anderen Ordner.",
        "en": "{path} exists and was not written by lexoffice-import; it is not overwritten, and nothing was written for {input}. Rename or move the file, or choose another folder with --out.",
    },
    "output-conflict-newer": {
        "de": "{path} wurde von einer neueren Version von lexoffice-import geschrieben; diese Version ändert den Ordner nicht, und für {input} wurde nichts geschrieben. Prüfen Sie mit der neueren Version, oder wählen Sie mit --out einen anderen Ordner.",
        "en": "{path} was written by a newer version of lexoffice-import; this version does not change the folder, and nothing was written for {input}. Check with the newer version, or choose another folder with --out.",
    },
    "output-conflict-folder": {
        "de": "{path} ist ein Ordner, und unter diesem Namen soll eine Ausgabe für {input} entstehen; der Ordner bleibt, wie er ist, und für {input} wurde nichts geschrieben. Benennen Sie den Ordner um oder verschieben Sie ihn, oder wählen Sie mit --out einen anderen Ordner.",
        "en": "{path} is a folder, and an output for {input} is to get that name; the folder stays as it is, and nothing was written for {input}. Rename or move the folder, or choose another folder with --out.",
    },
    "output-conflict-foreign-damaged": {
        "de": "{path} gibt es schon, und ob lexoffice-import die Datei geschrieben hat, ist nicht festzustellen: Die Liste der geschriebenen Dateien (.lexoffice-import.json in diesem Ordner) ist beschädigt. Die Datei wird nicht überschrieben, und für {input} wurde nichts geschrieben. Verschieben oder löschen Sie die alten Ausgaben in diesem Ordner, oder wählen Sie mit --out einen anderen Ordner.",
        "en": "{path} exists, and whether lexoffice-import wrote it cannot be told: the list of the files it wrote (.lexoffice-import.json in this folder) is damaged. The file is not overwritten, and nothing was written for {input}. Move or delete the old outputs in this folder, or choose another folder with --out.",
    },
    "output-conflict-other-input-stdin": {
        "de": "{path} gehört zu den Ausgaben von {other}; die Standardeingabe (-) bekäme Ausgaben desselben Namens. Sie werden nicht ersetzt, und für die Standardeingabe wurde nichts geschrieben. Wählen Sie mit --out einen eigenen Ordner.",
        "en": "{path} is one of the outputs of {other}; standard input (-) would get outputs of the same name. They are not replaced, and nothing was written for standard input. Choose a folder of its own with --out.",
    },
    "output-conflict-other-input": {
        "de": "{path} gehört zu den Ausgaben von {other}, einer anderen Datei mit demselben Namen; sie werden nicht ersetzt, und für {input} wurde nichts geschrieben. Wählen Sie mit --out einen eigenen Ordner, oder prüfen Sie beide Dateien in einem Lauf (dann heißen die Ausgaben nach ihrem Ordner).",
        "en": "{path} is one of the outputs of {other}, another file of the same name; they are not replaced, and nothing was written for {input}. Choose a folder of its own with --out, or check both files in one run (the outputs are then named after their folders).",
    },
    "output-conflict-changed": {
        "de": "{path} wurde geändert, seit lexoffice-import die Datei geschrieben hat; sie wird nicht überschrieben, und für {input} wurde nichts geschrieben. Speichern Sie Ihre Änderungen unter einem eigenen Namen (z. B. korrigiert.csv) und prüfen Sie diese Datei, oder wählen Sie mit --out einen anderen Ordner.",
        "en": "{path} was changed after lexoffice-import wrote it; it is not overwritten, and nothing was written for {input}. Save your changes under a name of their own (e.g. corrected.csv) and check that file, or choose another folder with --out.",
    },
    "output-conflict-changed-no-contacts": {
        "de": "{path} wurde geändert, seit lexoffice-import die Datei geschrieben hat; sie wird nicht überschrieben, und für {input} wurde nichts geschrieben. Sie enthält keine Kontakte, die zu prüfen wären (etwa nur in Excel geöffnet und gespeichert): Löschen Sie sie oder benennen Sie sie um, dann prüfen Sie {input} erneut. Oder wählen Sie mit --out einen anderen Ordner.",
        "en": "{path} was changed after lexoffice-import wrote it; it is not overwritten, and nothing was written for {input}. It holds no contacts to check (perhaps only opened and saved in Excel): delete or rename it, then check {input} again. Or choose another folder with --out.",
    },
    "output-conflict-changed-rejected": {
        "de": "{path} wurde geändert, seit lexoffice-import die Datei geschrieben hat; sie wird nicht überschrieben, und für {input} wurde nichts geschrieben. Haben Sie darin die abgelehnten Zeilen korrigiert, prüfen Sie diese Datei selbst: lexoffice-import check {path_arg}",
        "en": "{path} was changed after lexoffice-import wrote it; it is not overwritten, and nothing was written for {input}. If you corrected the rejected rows in it, check that file itself: lexoffice-import check {path_arg}",
    },
    "input-rejected-emptied": {
        "de": "{path} ist eine Datei abgelehnter Zeilen ohne eine einzige Zeile: Alle wurden gelöscht und sind in keiner Upload-Datei. Sollen die Kontakte nach lexoffice, fügen Sie die Zeilen aus der ursprünglichen Datei mit ihrer Nummer in der Spalte „Zeile“ wieder ein; sonst ist nichts mehr zu tun.",
        "en": "{path} is a file of rejected rows without a single row: all were deleted and are in no upload file. If the contacts are to go into lexoffice, paste the rows back from the original file with their number in the column “Row”; otherwise there is nothing left to do.",
    },
    "input-only-outputs": {
        "de": "In {paths} ist keine Datei zu prüfen: nur Ausgaben von lexoffice-import (übersprungen, siehe oben). Geben Sie die ursprüngliche Kontaktdatei an oder eine Datei abgelehnter Zeilen, die Sie korrigiert haben.",
        "en": "There is no file to check in {paths}: only outputs of lexoffice-import (skipped, see above). Give the original contact file, or a file of rejected rows you corrected.",
    },
    "input-nothing-to-check": {
        "de": "In {paths} ist keine Datei zu prüfen (übersprungen, siehe oben). Geben Sie die Kontaktdatei (CSV) an.",
        "en": "There is no file to check in {paths} (skipped, see above). Give the contact file (CSV).",
    },
    "input-not-regular": {
        "de": "{path} ist keine gewöhnliche Datei, sondern {kind}, und wird nicht gelesen. Geben Sie eine CSV-Datei an, oder - für die Standardeingabe.",
        "en": "{path} is no regular file but {kind}, and is not read. Give a CSV file, or - for standard input.",
    },
    "input-kind-folder": {"de": "ein Ordner", "en": "a folder"},
    "input-kind-fifo": {"de": "eine Pipe (FIFO)", "en": "a pipe (FIFO)"},
    "input-kind-device": {"de": "ein Gerät", "en": "a device"},
    "input-kind-socket": {"de": "ein Socket", "en": "a socket"},
    "input-kind-other": {"de": "ein besonderer Dateityp", "en": "a special file type"},
    "input-too-large-stream": {
        "de": "{path} ist größer als {cap}; lexoffice-import liest höchstens {cap} (lexoffice selbst nimmt nur 2 MB je Datei). Ist das wirklich eine Kontaktliste? Wenn ja, erhöhen Sie die Grenze mit --max-input-size, z. B. --max-input-size 500MB.",
        "en": "{path} is larger than {cap}; lexoffice-import reads at most {cap} (lexoffice itself takes only 2 MB per file). Is this really a contact list? If so, raise the cap with --max-input-size, e.g. --max-input-size 500MB.",
    },
    "input-locked": {
        "de": "{path} lässt sich nicht lesen: Zugriff verweigert. Ist die Datei in einem anderen Programm geöffnet (z. B. in Excel)? Dann schließen Sie sie dort und prüfen erneut; sonst prüfen Sie die Zugriffsrechte.",
        "en": "{path} cannot be read: access denied. Is the file open in another program (e.g. Excel)? Then close it there and check again; otherwise check the permissions.",
    },
    "skipped-output": {
        "de": "Übersprungen: {path} – eine Ausgabe von lexoffice-import (zu {source}), seither unverändert.",
        "en": "Skipped: {path} – an output of lexoffice-import (for {source}), unchanged since.",
    },
    "skipped-upload": {
        "de": "Übersprungen: {path} – eine Upload-Datei von lexoffice-import (zu {source}). Noch einmal geprüft, würde sie zu einer zweiten Upload-Datei mit denselben Kontakten. Laden Sie sie hoch, wie sie ist; ihr Prüfergebnis steht im Bericht daneben. Haben Sie etwas ändern müssen, ändern Sie die ursprüngliche Datei und prüfen Sie diese. (Zur Kontrolle prüfen lässt sie sich mit --out in einen anderen Ordner.)",
        "en": "Skipped: {path} – an upload file of lexoffice-import (for {source}). Checked again it would become a second upload file with the same contacts. Upload it as it is; its result is in the report beside it. If something must change, change the original file and check that. (To verify it, check it with --out into another folder.)",
    },
    "skipped-upload-changed": {
        "de": "Übersprungen: {path} – eine Upload-Datei von lexoffice-import (zu {source}), seither geändert. Noch einmal geprüft, würde sie zu einer zweiten Upload-Datei mit denselben Kontakten. Übertragen Sie Ihre Änderungen in die ursprüngliche Datei und prüfen Sie diese. (Zur Kontrolle prüfen lässt sie sich mit --out in einen anderen Ordner.)",
        "en": "Skipped: {path} – an upload file of lexoffice-import (for {source}), changed since. Checked again it would become a second upload file with the same contacts. Carry your changes over into the original file and check that. (To verify it, check it with --out into another folder.)",
    },
    "skipped-output-copy": {
        "de": "Übersprungen: {path} – eine unveränderte Kopie von {source}, einer Ausgabe von lexoffice-import. Wollen Sie sie prüfen, geben Sie sie einzeln an.",
        "en": "Skipped: {path} – an unchanged copy of {source}, an output of lexoffice-import. To check it, name it on its own.",
    },
    "skipped-corrected-in-run": {
        "de": "Übersprungen: {path} – in diesem Lauf wird ihre korrigierte Datei der abgelehnten Zeilen geprüft ({source}), als nächste Korrekturrunde. Beide zusammen geprüft, stünden dieselben Kontakte in zwei Upload-Dateien. Haben Sie {path} neu exportiert, prüfen Sie sie allein mit --out in einen neuen Ordner.",
        "en": "Skipped: {path} – this run checks its corrected rejected-rows file ({source}) as the next correction round. Checked together, the same contacts would be in two upload files. If you exported {path} anew, check it alone with --out into a new folder.",
    },
    "skipped-copy-in-run": {
        "de": "Übersprungen: {path} – derselbe Inhalt wie {source}, die in diesem Lauf geprüft wird. Beide geprüft, stünden dieselben Kontakte in zwei Upload-Dateien, und lexoffice legte jeden Kontakt doppelt an.",
        "en": "Skipped: {path} – the same content as {source}, which this run checks. Both checked, the same contacts would be in two upload files, and lexoffice would create every contact twice.",
    },
    "skipped-corrected-rivals": {
        "de": "Übersprungen: {path} – in diesem Lauf liegen mehrere korrigierte Fassungen ihrer abgelehnten Zeilen (darunter {source}); keine davon wird geprüft, siehe unten.",
        "en": "Skipped: {path} – this run holds several corrected versions of its rejected rows (among them {source}); none of them is checked, see below.",
    },
    "input-nothing-to-check-refused": {
        "de": "In {paths} wurde keine Datei geprüft: Die übrigen wurden abgelehnt (siehe oben). Folgen Sie dem Hinweis dort und prüfen Sie dann erneut.",
        "en": "Nothing in {paths} was checked: the other files were refused (see above). Follow the advice there, then check again.",
    },
    "skipped-rival-corrections": {
        "de": "Nicht geprüft: {path} – auch {source} ist eine korrigierte Fassung derselben abgelehnten Zeilen. Welche davon gilt, entscheidet dieser Lauf nicht: Übertragen Sie die Korrekturen in eine Datei, löschen oder verschieben Sie die andere und prüfen Sie dann diese eine.",
        "en": "Not checked: {path} – {source} is a corrected version of the same rejected rows too. This run does not decide which one counts: carry the corrections over into one file, delete or move the other, then check that one.",
    },
    "skipped-changed-beside-correction": {
        "de": "Nicht geprüft: {path} – die Datei hat sich geändert, seit sie geprüft wurde (neu exportiert?), und dieser Lauf prüft die Korrektur ihrer früheren Fassung ({source}). Beides in einem Lauf brächte die Runden durcheinander. Prüfen Sie die neue Datei allein, mit --out in einen neuen Ordner.",
        "en": "Not checked: {path} – the file changed since it was checked (exported anew?), and this run checks the correction of its earlier version ({source}). Both in one run would mix up the rounds. Check the new file alone, with --out into a new folder.",
    },
    "skipped-unmapped-changed": {
        "de": "Übersprungen: {path} – die Datei der nicht zugeordneten Spalten von lexoffice-import (zu {source}), seither geändert. Sie enthält nur Werte, die lexoffice nicht übernimmt, keine vollständigen Kontakte. Gehört ein Wert daraus nach lexoffice, tragen Sie ihn in die ursprüngliche Datei ein (oder ordnen Sie seine Spalte mit --map zu) und prüfen Sie diese.",
        "en": "Skipped: {path} – the file of unmapped columns of lexoffice-import (for {source}), changed since. It holds only values lexoffice does not take, no whole contacts. If a value from it belongs in lexoffice, enter it in the original file (or map its column with --map) and check that.",
    },
    "skipped-output-unknown": {
        "de": "Übersprungen: {path} – eine Ausgabe von lexoffice-import, seither unverändert.",
        "en": "Skipped: {path} – an output of lexoffice-import, unchanged since.",
    },
    "skipped-other-format": {
        "de": "Übersprungen: {path} – ein Format, das lexoffice-import nicht liest. Speichern Sie die Datei als CSV oder Excel-Arbeitsmappe (.xlsx) und prüfen Sie die neue Datei.",
        "en": "Skipped: {path} – a format lexoffice-import does not read. Save it as CSV or as an Excel workbook (.xlsx) and check the new file.",
    },
    "skipped-subfolder": {
        "de": "Nicht gelesen: {path} – ein Unterordner mit Dateien zum Prüfen. Geprüft werden nur die Dateien direkt im angegebenen Ordner; um seine zu prüfen, geben Sie den Unterordner selbst an.",
        "en": "Not read: {path} – a subfolder with files to check. Only the files directly in the folder given are checked; to check its files, name the subfolder itself.",
    },
    "skipped-not-regular": {
        "de": "Übersprungen: {path} – keine gewöhnliche Datei (Pipe, Gerät oder Verknüpfung ins Leere).",
        "en": "Skipped: {path} – no regular file (a pipe, device or broken link).",
    },
    "index-not-written": {
        "de": "Hinweis: {path} gibt es schon, und lexoffice-import hat die Datei nicht geschrieben; die Übersicht wurde daher nicht geschrieben.",
        "en": "Note: {path} exists and was not written by lexoffice-import; the overview was therefore not written.",
    },
    "usage-encoding-not-text": {
        "de": "--encoding {encoding} ist keine Textkodierung. Gültig sind z. B. --encoding utf-8, cp1252, iso8859_15, mac_roman, cp850, utf-16.",
        "en": "--encoding {encoding} is no text encoding. Valid are e.g. --encoding utf-8, cp1252, iso8859_15, mac_roman, cp850, utf-16.",
    },
    "verdict-error": {"de": "nicht geprüft", "en": "not checked"},
}

#: Each language's names of the rejected file's own columns (row, reason): how a rejected file
#: of the tool is told from other tables (:mod:`importer.rounds`, :mod:`importer.intake`).
REJECTED_OWN_COLUMNS: Final = frozenset(
    (MESSAGES["rejected-row-column"][lang], MESSAGES["rejected-reason-column"][lang]) for lang in LANGUAGES
)
