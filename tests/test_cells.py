"""A cell that is a JSON value: what the e-mail and phone steps read in it."""

from __future__ import annotations

import pytest

from importer.cells import json_values
from importer.emails import extracted
from importer.phones import without_remark


@pytest.mark.parametrize(
    ("cell", "values"),
    [
        ('[{"value":"a@b.de","label":"work"}]', ["a@b.de"]),
        ('[{"value": " 030 1 ", "label": "work"}, {"value": "", "label": "home"}]', ["030 1"]),
        ('["a@b.de", "c@d.de"]', ["a@b.de", "c@d.de"]),
        ('{"work": "030 123", "home": null}', ["030 123"]),
        ("[]", []),
        # no JSON list or object: read as text by the other steps
        ("[Büro] 030 123", None),
        ('"a@b.de"', None),
        ("a@b.de", None),
        ("", None),
    ],
)
def test_json_values(cell: str, values: list[str] | None) -> None:
    assert json_values(cell) == values


@pytest.mark.parametrize(
    ("cell", "address"),
    [
        ('[{"value":"info@mueller.de","label":"work"}]', "info@mueller.de"),
        ('[{"value":"a@mueller.de"},{"value":"b@mueller.de"}]', "a@mueller.de; b@mueller.de"),
        # one of them no address: the cell stays as it is, for validation to name
        ('[{"value":"a@mueller.de"},{"value":"kaputt@"}]', '[{"value":"a@mueller.de"},{"value":"kaputt@"}]'),
    ],
)
def test_addresses_of_a_json_cell(cell: str, address: str) -> None:
    assert extracted(cell) == address


def test_numbers_of_a_json_cell() -> None:
    cell = '[{"value":"0171 2345678","label":"mobile"},{"value":"030 98765","label":"work"}]'
    assert without_remark(cell) == "0171 2345678 / 030 98765"
    assert without_remark('[{"value":"+49 30 1234567","label":"work"}]') == "+49 30 1234567"
    assert without_remark('[{"value":"","label":"work"}]') == '[{"value":"","label":"work"}]'
