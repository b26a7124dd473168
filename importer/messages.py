"""The one catalog of user-facing text (German by default, English with ``--lang en``).

Code looks messages up by key; nothing user-facing is written inline elsewhere.
``msg("input-empty", path="a.csv")`` renders the template for the active language.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Final

LANGUAGES: Final = ("de", "en")

_lang: contextvars.ContextVar[str] = contextvars.ContextVar("lang", default="de")


def current_language() -> str:
    """The language messages are rendered in right now."""
    return _lang.get()


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """Render messages in ``lang`` inside the block."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    token = _lang.set(lang)
    try:
        yield
    finally:
        _lang.reset(token)


def msg(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message ``key`` in the active language, with ``values`` filled in."""
    entry = MESSAGES[key]
    template = entry.get(lang or _lang.get()) or entry["de"]
    return template.format(**values) if values else template


# Each entry: key -> {"de": ..., "en": ...}. Templates use str.format fields.
MESSAGES: dict[str, dict[str, str]] = {
    # --- intake: unusable input (exit 3) -------------------------------------------------
    "input-missing": {
        "de": "Die Datei {path} gibt es nicht. Prüfen Sie Pfad und Dateinamen.",
        "en": "The file {path} does not exist. Check the path and file name.",
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
    "input-binary": {
        "de": "{path} enthält Binärdaten ({detail}) und ist keine Textdatei. {howto}",
        "en": "{path} holds binary data ({detail}) and is no text file. {howto}",
    },
    "binary-nul": {
        "de": "{count} Null-Bytes, das erste in Zeile {line}",
        "en": "{count} NUL bytes, the first on line {line}",
    },
    "binary-control": {
        "de": "{count} Steuerzeichen, das erste in Zeile {line}",
        "en": "{count} control characters, the first on line {line}",
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
    "input-not-readable": {
        "de": "{path} lässt sich nicht lesen: {reason}. Prüfen Sie die Zugriffsrechte.",
        "en": "{path} cannot be read: {reason}. Check the permissions.",
    },
    # --- usage (exit 2) ----------------------------------------------------------------------
    "usage-delimiter": {
        "de": "--delimiter muss genau ein Zeichen sein, z. B. --delimiter ';' oder --delimiter tab (erhalten: {value}).",
        "en": "--delimiter must be one character, e.g. --delimiter ';' or --delimiter tab (got: {value}).",
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
    # --- summary printed by check ------------------------------------------------------------
    "verdict-ready": {"de": "bereit zum Hochladen", "en": "ready to upload"},
    "verdict-attention": {"de": "bitte prüfen", "en": "needs attention"},
    "verdict-unusable": {"de": "unbrauchbar", "en": "unusable"},
    "summary-size": {
        "de": "Größe: {size} ({bytes} Bytes, {share} % der 2-MB-Grenze von lexoffice)",
        "en": "Size: {size} ({bytes} bytes, {share} % of lexoffice's 2 MB limit)",
    },
    "summary-encoding": {"de": "Kodierung: {name} – {evidence}", "en": "Encoding: {name} – {evidence}"},
    "summary-dialect": {
        "de": "Trennzeichen: {delimiter}, Zeilenende: {terminator}",
        "en": "Delimiter: {delimiter}, line ending: {terminator}",
    },
    "summary-rows": {
        "de": "Datensätze: {read} gelesen, {uploaded} hochladbar, {rejected} abgelehnt",
        "en": "Records: {read} read, {uploaded} ready to upload, {rejected} rejected",
    },
    "summary-issues": {
        "de": "Befunde: {errors} Fehler, {warnings} Warnungen, {fixes} Korrekturen",
        "en": "Findings: {errors} errors, {warnings} warnings, {fixes} fixes",
    },
    "summary-outputs": {"de": "Ausgaben:", "en": "Outputs:"},
    # --- intake findings (issues) ----------------------------------------------------------
    "header-blank": {
        "de": "Spalte {index} hat keine Überschrift; sie heißt hier „{name}“.",
        "en": "Column {index} has no header; it is called “{name}” here.",
    },
    "header-duplicate": {
        "de": "Die Überschrift „{original}“ kommt mehrfach vor; Spalte {index} heißt hier „{name}“.",
        "en": "The header “{original}” occurs more than once; column {index} is called “{name}” here.",
    },
    "row-too-short": {
        "de": "Der Datensatz hat {found} statt {expected} Felder; die fehlenden Felder bleiben leer.",
        "en": "The record has {found} instead of {expected} fields; the missing fields stay empty.",
    },
    "row-too-long": {
        "de": "Der Datensatz hat {found} statt {expected} Felder; die überzähligen Werte stehen in der "
        "Datei mit den nicht zugeordneten Spalten.",
        "en": "The record has {found} instead of {expected} fields; the extra values are in the unmapped-columns "
        "file.",
    },
    "extra-column-name": {"de": "Zusatzfeld {n}", "en": "Extra field {n}"},
    "blank-header-name": {"de": "Spalte {n}", "en": "Column {n}"},
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
    "evidence-low-score": {"de": "nur {score} Punkte", "en": "only {score} points"},
    "dialect-forced": {"de": "vorgegeben mit --delimiter", "en": "given with --delimiter"},
    "dialect-single-column": {
        "de": "kein Trennzeichen gefunden: die Datei hat nur eine Spalte; Semikolon angenommen (sonst --delimiter)",
        "en": "no delimiter found: the file has one column only; semicolon assumed (else --delimiter)",
    },
    "dialect-evidence": {
        "de": "{name}: {fields} Felder in der Kopfzeile, {share} % der Datensätze passen dazu (andere: {others})",
        "en": "{name}: {fields} fields in the header, {share} % of the records match (others: {others})",
    },
    "evidence-forced": {"de": "vorgegeben mit --encoding", "en": "given with --encoding"},
    # === mapping (issue 3): add entries below this line ===
    # === rules and cleaning (issue 4): add entries below this line ===
    # === HTML report, reference, template (issue 5): add entries below this line ===
}
