"""Place names of the countries with four-digit postcodes, to tell their postcodes from Germany's.

A row without Land whose PLZ has four digits holds either a German postcode that lost its
leading zero (Excel: "1067" for Dresden) or one of a four-digit country ("8002" Zürich, "4020"
Linz). The Ort tells them apart where it names a place of exactly one such country that is no
German place: ``reference/places_four_digit.tsv`` (from GeoNames, places of 500 inhabitants or
more; built by ``reference/build_places.py``, which says how names shared with Germany are
settled). A place the list does not know says nothing.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import reference


def key(name: str) -> str:
    """The form names are compared in: lower case, single spaces."""
    return " ".join(name.casefold().split())


@functools.cache
def _places() -> dict[str, str]:
    text = reference.data_file("places_four_digit.tsv").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, country = line.split("\t")
            found[name] = country
    return found


#: "St.Gallen": an abbreviated "Sankt" written without its space.
_SAINT: Final = re.compile(r"(?i)\b(st|sankt)\.(?=\S)")


def country_of_place(name: str) -> str | None:
    """The four-digit postcode country whose place ``name`` is ("Wien" → "AT"); None when the
    name is no such place, or also a German one ("Neustadt"). Found by the second re-test,
    "St.Gallen" and "Zürich-Oerlikon" were no places: the first is read as "St. Gallen", a
    hyphenated name the list does not know as its first part (a district of "Zürich"; "Halle"
    of "Halle-Neustadt" is German)."""
    places = _places()
    found = places.get(key(name))
    if found is None and _SAINT.search(name):
        found = places.get(key(_SAINT.sub(r"\1. ", name)))
    if found is None and "-" in name:
        first = name.split("-", 1)[0]
        found = places.get(key(first)) if first.strip() else None
    if found is None:
        # "Graz, Österreich", "Dornbirn (Vorarlberg)", "Innsbruck / Tirol", "Biel/Bienne": the
        # place before its addition (the hostile session on hand-made sheets: "8020 Graz,
        # Österreich" became the German "08020").
        bare = _ADDITION.sub("", name)
        found = country_of_place(bare) if bare.strip() and bare != name else None
    if found is None:
        # "Zürich ZH", "Lausanne VD", "Bern 22", "Wien 19", "Linz an der Donau", "Matrei in
        # Osttirol": the place before its canton, district or river (the hostile values round:
        # 19 of 41 Austrian and Swiss rows became German postcodes with a leading zero)
        bare = _QUALIFIER.sub("", name)
        found = country_of_place(bare) if bare.strip() and bare != name else None
    return found


#: What follows a place's name as its qualifier: a canton's or a country's code ("ZH", "FL"), a
#: district's number ("22"), a river or a region after "an der", "am", "im", "in", "ob", "bei".
_QUALIFIER: Final = re.compile(r"(?:\s+(?:[A-ZÄÖÜØ]{1,2}|\d{1,2})|\s+(?:an der|an|am|im|in|ob|bei)\s+\S.*)$")
#: What follows a place's name in a hand-made cell: ", Österreich", " (Vorarlberg)", " / Tirol".
_ADDITION: Final = re.compile(r"\s*(?:,|\(|/|\s-\s).*$")
