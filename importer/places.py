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


def country_of_place(name: str) -> str | None:
    """The four-digit postcode country whose place ``name`` is ("Wien" → "AT"); None when the
    name is no such place, or also a German one ("Neustadt")."""
    return _places().get(key(name))
