"""Country names and codes → ISO 3166-1 alpha-2, as lexoffice expects them in ``Land 1``/``Land 2``.

Sources, in order of precedence: the alpha-2 code itself, pycountry's alpha-3 codes, the
curated table ``reference/country_aliases.toml`` (vehicle codes, telephone prefixes,
common names), pycountry's English and German names, and its names in the neighbours'
languages (:data:`_NEIGHBOUR_LANGUAGES`), all through pycountry's bundled gettext
catalogues, so no network is needed.
"""

from __future__ import annotations

import gettext
import re
import tomllib
import unicodedata
from functools import cache
from typing import Any, Final

import reference

_SPACES = re.compile(r"\s+")
_PHONE = re.compile(r"^(?:\+|00)?([1-9][0-9]{0,2})$")
_GERMAN_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _keys(text: str) -> set[str]:
    """Lookup keys of a known name: case-folded, without dots and accents, also with ä → ae."""
    base = _SPACES.sub(" ", text.replace(".", "").strip()).casefold()
    return {_strip_accents(base), _strip_accents(base.translate(_GERMAN_ASCII))}


def _key(text: str) -> str:
    """The lookup key of an input value."""
    return _strip_accents(_SPACES.sub(" ", text.replace(".", "").strip()).casefold())


@cache
def _table() -> dict[str, Any]:
    return tomllib.loads(reference.data_file("country_aliases.toml").read_text(encoding="utf-8"))


@cache
def iso_codes() -> frozenset[str]:
    """All codes lexoffice accepts in a ``Land`` column: ISO alpha-2 plus its extended tax-region codes."""
    import pycountry

    alpha2 = {str(c.alpha_2) for c in pycountry.countries}
    return frozenset(alpha2 | {str(code) for code in _table().get("extended_codes", [])})


@cache
def _lookup() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(codes, phone prefixes, names): key → alpha-2."""
    import pycountry

    try:
        german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:  # catalogue missing: the curated aliases still cover the common German names
        german = None
    table = _table()
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        alpha2 = str(country.alpha_2)
        codes.setdefault(str(country.alpha_3).casefold(), alpha2)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value is None:
                continue
            translations = [str(value)] + ([german(str(value))] if german is not None else [])
            for text in translations:
                for key in _keys(text):
                    names.setdefault(key, alpha2)
    for vehicle, alpha2 in table.get("vehicle", {}).items():
        codes[str(vehicle).casefold()] = str(alpha2)
    for alias, alpha2 in table.get("alias", {}).items():
        for key in _keys(str(alias)):
            names[key] = str(alpha2)
    phones = {str(prefix): str(alpha2) for prefix, alpha2 in table.get("phone", {}).items()}
    return codes, phones, names


#: Languages of the neighbours' and partners' own exports whose country names are read too
#: ("Verenigde Staten" in a Dutch Group-Office export, "Autriche", "Svizzera"), after the English
#: and German ones and the curated aliases.
_NEIGHBOUR_LANGUAGES: Final = ("nl", "fr", "it", "es", "pl", "cs", "da", "pt", "sv")


@cache
def _neighbour_names() -> dict[str, str]:
    """Key → alpha-2 of the countries' names in :data:`_NEIGHBOUR_LANGUAGES`, from pycountry's
    bundled catalogues; a name two languages give to different countries is left out. Read only
    for a name the English and German ones do not know (about 35 ms)."""
    import pycountry

    found: dict[str, set[str]] = {}
    for language in _NEIGHBOUR_LANGUAGES:
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        except OSError:
            continue
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value is None or (text := translate(str(value))) == str(value):
                    continue
                for key in _keys(text):
                    found.setdefault(key, set()).add(str(country.alpha_2))
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


#: A country written with its code or another name in brackets: "Schweiz (CH)".
_WITH_CODE: Final = re.compile(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$")


@cache
def country_code(value: str, *, foreign: bool = True) -> str | None:
    """The alpha-2 (or lexoffice extended) code for ``value``, or None when it cannot be resolved.

    ``"Deutschland"``, ``"germany"``, ``"D"``, ``"DEU"``, ``"BRD"``, ``"49"`` → ``"DE"``;
    ``"Österreich"`` → ``"AT"``; ``"Schweiz"`` → ``"CH"``; ``"Verenigde Staten"`` → ``"US"``.
    ``foreign``: names in the neighbours' languages count too (a country column's value; not a
    word in free text, where "Oma" or "Chili" would be Oman and Chile).
    """
    text = value.strip()
    if not text:
        return None
    upper = text.upper()
    if upper in iso_codes():
        return upper
    codes, phones, names = _lookup()
    key = _key(text)
    if key in codes:
        return codes[key]
    phone = _PHONE.match(text.replace(" ", ""))
    if phone:
        return phones.get(phone.group(1))
    found = names.get(key)
    if found is None and foreign:
        found = _neighbour_names().get(key)
    both = _WITH_CODE.match(text)
    if found is None and both is not None:
        # "Schweiz (CH)", "Deutschland (BRD)": a name and its code; either, when they agree.
        named = {code for part in both.groups() if (code := country_code(part, foreign=foreign)) is not None}
        return named.pop() if len(named) == 1 else None
    return found


#: Letters of a country written out ("Germany", "DEU"): two letters are initials, languages or
#: dunning levels as often as country codes ("MM", "FR", "MA").
_NAMED_LETTERS: Final = 3
_LETTER: Final = re.compile(r"[^\W\d_]")


def named_country(value: str) -> str | None:
    """:func:`country_code` of a country written by its name or three-letter code, else None."""
    letters = len(_LETTER.findall(value))
    return country_code(value, foreign=False) if letters >= _NAMED_LETTERS else None
