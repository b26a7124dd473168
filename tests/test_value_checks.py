"""The polars forms of the e-mail and VAT id checks agree with the Python ones they stand in for.

``emails.plain`` marks the addresses ``emails._plain`` accepts; ``vatids.german_valid`` the compact
German ids ``vatids.is_valid`` accepts; ``vatids.german_compact`` the values ``vatids.compact``
keeps and ``vatids.german_suggestion`` has nothing for. Validation and cleaning skip the Python
call for those values, so any difference would change a finding.
"""

from __future__ import annotations

import random

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from importer import emails, vatids

ADDRESSES = [
    "info@mueller-bau.de", "INFO@MUELLER.DE", "a.b+c@x-y.example.com", "a..b@x.de", "a@x--y.de",
    "a@x.de ", " a@x.de", "ä@x.de", "a@müller.de", "\u212aarl@x.de", "\u017fabine@x.de", "a@x.\u212aom",
    "a" * 64 + "@x.de", "a" * 65 + "@x.de", "a@" + "b" * 63 + ".de", "a@" + "b" * 64 + ".de",
    "a@" + ("b" * 60 + ".") * 4 + "de", "a@x.museum", "@x.de", "a@", "a@x", "a@@x.de", "",
]  # fmt: skip


def polars_of(function: object, values: list[str]) -> list[bool]:
    expr = function(pl.lit(pl.Series(values, dtype=pl.String)))  # type: ignore[operator]
    return pl.select(expr).to_series().to_list()


def test_plain_addresses() -> None:
    """Each address: plain in polars exactly when plain in Python."""
    assert polars_of(emails.plain, ADDRESSES) == [emails._plain(a) for a in ADDRESSES]


@given(st.lists(st.text(alphabet="abXY09._+-@ äK\u212a\u017f", max_size=24), max_size=30))
def test_any_address(values: list[str]) -> None:
    """Generated strings of address characters: the same answer both ways."""
    assert polars_of(emails.plain, values) == [emails._plain(v) for v in values]


def vat_ids() -> list[str]:
    rnd = random.Random(15)
    values = ["DE" + "".join(rnd.choices("0123456789", k=9)) for _ in range(3000)]
    values += ["DE" + "".join(rnd.choices("0123456789", k=rnd.randint(7, 11))) for _ in range(500)]
    odd = ["de136695976", " DE136695976", "DE１36695976", "DE036695976", "DE136695976", "136695976"]
    return values + odd


def test_german_check_digit() -> None:
    """german_valid is vatids.is_valid on compact German ids, and False on anything else."""
    values = vat_ids()
    compact = polars_of(vatids.german_compact, values)
    valid = polars_of(vatids.german_valid, values)
    assert [v for v, c, ok in zip(values, compact, valid, strict=True) if ok and not c] == []
    assert [
        v for v, c, ok in zip(values, compact, valid, strict=True) if c and ok != vatids.is_valid(v)
    ] == []
    assert any(valid)
    assert not all(valid)


def test_german_compact_is_kept() -> None:
    """A value german_compact marks is kept by compact() and has no DE suggestion."""
    values = vat_ids()
    marked = [v for v, c in zip(values, polars_of(vatids.german_compact, values), strict=True) if c]
    assert marked
    assert [v for v in marked if vatids.compact(v) != v or vatids.german_suggestion(v) is not None] == []


def test_eu_prefixes_are_stdnums_member_states() -> None:
    """The EU prefixes written out in vatids are python-stdnum's member states, and EL for Greece."""
    from stdnum.eu import vat

    assert {s.upper() for s in vat.MEMBER_STATES} | {"EL"} == vatids.EU_PREFIXES
