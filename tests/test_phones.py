"""``phones.classify_many`` (polars, phonenumbers' metadata) gives ``phones.classify``'s verdicts.

The polars path parses only plain national and ``+``-international values and validates them
against phonenumbers' own patterns and possible lengths; everything else goes to the library one
value at a time. These tests compare both ways on the shapes real exports hold and on generated
ones, in regions the polars path takes and in regions it leaves to the library.
"""

from __future__ import annotations

import random

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer import phones

#: The countries a phone number is read in: common ones, ones with another national prefix or
#: none, regions of shared country codes (+1, +44, +39), unknown and empty ones.
REGIONS = [None, "", "DE", "AT", "CH", "DK", "ES", "SE", "FR", "NL", "IT", "BE", "PL", "GB", "US",
           "LU", "JP", "BR", "RU", "XX", "de", "Deutschland", "VA", "GG"]  # fmt: skip

#: How real exports write numbers, and what the polars path must leave alone.
VALUES = [
    "0351 1234567", "0351/1234567", "0351-1234567", "(0351) 1234567", "0351 / 12 34 56-7",
    "+49 351 1234567", "+49 (0)351 1234567", "+49-351-1234567", "+43 1 234567", "+41 44 668 18 00",
    "+45 33 12 34 56", "+34 912 345 678", "+1 212 555 0100", "+44 20 7946 0958", "+39 06 1234 5678",
    "0049 351 1234567", "00 43 1 234567", "49 351 1234567", "4935112345678", "0170 1234567",
    "0800 1234567", "0180 5 123456", "110", "12", "0", "00", "+", "+0 123", "++49 351 123",
    "0351 1234567 ext. 12", "0351 1234567 #12", "0351 1234567,,12", "Tel. 0351 1234567",
    "0800-FLOWERS", "info@example.de", "n/a", "0351.123.4567", "+352 123 456", "+800 1234 5678",
    "0" * 20, "1" * 18, "+49 " + "1" * 16, "+49" + " " * 300 + "351", "030 123", "030 12",
    "(030)", "+49 (0)", "0351 1234567)", "(0351 1234567",
]  # fmt: skip


def verdicts(pairs: list[tuple[str, str | None]]) -> tuple[list[str], list[str]]:
    """(polars path, library) verdicts of ``pairs``."""
    phones.forget()
    frame = pl.DataFrame(
        {"v": [v for v, _ in pairs], "c": [c for _, c in pairs]}, schema={"v": pl.String, "c": pl.String}
    )
    fast = list(phones.classify_many(frame))
    phones.forget()
    return fast, [phones.classify(v, c) for v, c in pairs]


def test_real_shapes_in_every_region() -> None:
    """Each shape in each region: the same verdict both ways."""
    pairs = [(value, region) for value in VALUES for region in REGIONS]
    fast, slow = verdicts(pairs)
    assert [p for p, f, s in zip(pairs, fast, slow, strict=True) if f != s] == []


def test_generated_numbers() -> None:
    """Random digit strings with prefixes and separators (fixed seed): the same verdicts."""
    rnd = random.Random(15)
    prefixes = [
        "",
        "+",
        "0",
        "00",
        "+49",
        "+43",
        "+41",
        "0049",
        "+1",
        "+7",
        "+44",
        "+39",
        "(0",
        "+49 (0)",
        "+352",
    ]
    pairs = []
    for _ in range(3000):
        value = rnd.choice(prefixes)
        for digit in rnd.choices("0123456789", k=rnd.randint(0, 16)):
            value += digit + (rnd.choice([" ", "/", "-", ".", "(", ")", " / "]) if rnd.random() < 0.2 else "")
        pairs.append((value, rnd.choice(REGIONS)))
    fast, slow = verdicts(pairs)
    assert [p for p, f, s in zip(pairs, fast, slow, strict=True) if f != s] == []


@given(
    st.lists(
        st.tuples(st.text(alphabet="0123456789 +()/-.x#", max_size=24), st.sampled_from(REGIONS)),
        max_size=30,
    )
)
def test_any_punctuated_digits(pairs: list[tuple[str, str | None]]) -> None:
    """Digits, punctuation, ``+``, ``x`` and ``#`` in any order: the same verdicts."""
    fast, slow = verdicts(pairs)
    assert fast == slow


def test_remembers_the_same_pairs() -> None:
    """Asked for the same pairs again, classify_many answers from memory until forget()."""
    phones.forget()
    frame = pl.DataFrame({"v": ["0351 1234567"], "c": ["DE"]})
    first = phones.classify_many(frame)
    assert phones.classify_many(frame.clone()) is first
    phones.forget()
    assert phones.classify_many(frame) is not first


@pytest.mark.parametrize("region", ["DE", "AT", "CH", "FR"])
def test_common_regions_take_the_polars_path(region: str) -> None:
    """The regions most contacts live in are handled without the library (that is the speed-up)."""
    assert phones._region_metadata(region) is not None


class TestFormatted:
    """``--phone-format``, as the value-testing session found it; expected forms written by hand."""

    @pytest.mark.parametrize(
        ("value", "country", "national", "e164"),
        [
            ("0351 1234567", "DE", "0351 1234567", "+493511234567"),
            # national is as dialled in Germany: another country's number keeps its country code,
            # whatever the row's country ("044 123 45 67", "01 2345678" would be German area codes)
            ("01 2345678", "AT", "+43 1 2345678", "+4312345678"),
            ("+43 (0)664 1234567", "AT", "+43 664 1234567", "+436641234567"),
            ("+41 44 123 45 67", "DE", "+41 44 123 45 67", "+41441234567"),
            ("+43 1 234 5678", None, "+43 1 2345678", "+4312345678"),
            ("+49 351 1234567", "AT", "0351 1234567", "+493511234567"),
        ],
    )
    def test_forms(self, value: str, country: str | None, national: str, e164: str) -> None:
        assert phones.formatted(value, country, "national") == national
        assert phones.formatted(value, country, "e164") == e164

    @pytest.mark.parametrize("value", ["030 123456 App. 22", "+49 30 123456 ext. 3", "0351 1234567 (mobil)"])
    def test_letters_and_extensions_are_left_as_written(self, value: str) -> None:
        """ "App. 22" was read as keypad digits (+493012345627722); "ext. 3" was dropped."""
        assert phones.formatted(value, "DE", "e164") is None
        assert phones.formatted(value, "DE", "national") is None


@pytest.mark.parametrize(
    ("value", "country"),
    [("+49 351 123456789000", None), ("0351 123456789000", "DE"), ("+43 1 2345678901234", "AT")],
)
def test_longer_than_e164_is_invalid(value: str, country: str | None) -> None:
    """Found by the hostile session: Excel's 4.9351123456789E+16 written out ("49351123456789000")
    was shown as the valid "+49 351 123456789000" (phonenumbers takes long German numbers); no
    number has more than 15 digits with its country code (ITU-T E.164). Both paths agree."""
    fast, slow = verdicts([(value, country)])
    assert fast == slow == ["invalid"]


@pytest.mark.parametrize(
    ("country", "area", "number", "expected"),
    [
        ("+49", "0351", "1234567", ("+49 351 1234567", "joined")),
        ("0049", None, "0711 4567890", ("+49 711 4567890", "joined")),
        (None, "(0351)", "1234567", ("0351 1234567", "joined")),
        # Italy keeps the 0 of its area codes after +39; +1 is several countries' code
        ("+39", "06", "1234567", ("+39 06 1234567", "joined")),
        ("+1", "212", "5551234", ("+1 212 5551234", "joined")),
        # a spreadsheet's number with decimals
        ("49.0", "351.0", "1234567.0", ("+49 351 1234567", "joined")),
        ("+49", None, "+49 711 4567890", (None, "redundant")),
        (None, "0351", "(0351) 1234567", (None, "redundant")),
        ("+43", None, "+49 711 4567890", (None, "other-code")),
        (None, "0351", "0171 555666", (None, "other-code")),
        ("DE", None, "7114567890", (None, "no-code")),
        (None, "0351", "Zentrale", (None, "not-a-number")),
        ("+49", "0351", None, (None, "no-number")),
        # the remark stays for the cleaning after
        (None, "0351", "1234567 (privat)", ("0351 1234567 (privat)", "joined")),
        # Excel's area code without its 0: back in Germany, not in the US (no trunk 0 there)
        (None, "351", "1234567", ("0351 1234567", "joined")),
        (None, "212", "5551234", ("212 5551234", "joined")),
        # the number holds the code already, its 0 or + lost: both readings valid, not guessed
        (None, "0351", "3511234567", (None, "ambiguous")),
        ("49", None, "493511234567", (None, "ambiguous")),
    ],
)
def test_join_parts(country: str | None, area: str | None, number: str | None, expected: object) -> None:
    home = "US" if area == "212" else None
    assert phones.join_parts(country, area, number, home) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("0351 123456-0, Fax -99", [("phone", "0351 123456-0"), ("fax", "0351 123456-99")]),
        ("Tel 0351/4711-0 Fax: -22", [("phone", "0351/4711-0"), ("fax", "0351/4711-22")]),
        ("Tel. 0351 47110, Fax 47111", [("phone", "0351 47110"), ("fax", "0351 47111")]),
        ("(0351) 47110 Fax 4711-11", [("phone", "(0351) 47110"), ("fax", "0351 4711-11")]),
        # too short for a number, or a remark after it: not completed, not read as labelled numbers
        ("0351 123456 Fax 12", None),
        ("Tel. 0351 47110, Fax 47111 (Büro)", None),
    ],
)
def test_a_number_written_short_after_a_label_is_completed(
    cell: str, expected: list[tuple[str, str]] | None
) -> None:
    """An extension alone or a number without its area code after a label takes the rest from the
    number before it (the 25th session: such rows were rejected whole)."""
    assert phones.labelled_numbers(cell, "DE") == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Tel/Fax 0371 123456", "0371 123456"),
        ("Tel. u. Fax 0371 654321", "0371 654321"),
        ("Tel. + Fax: 0371 111222", "0371 111222"),
        ("Telefon/Telefax: 0371 777888", "0371 777888"),
        ("0371 333444 (Tel. und Fax)", "0371 333444"),
        ("0371 333444 (auch Fax)", "0371 333444"),
        # a fax alone stays for the fax steps
        ("Fax 0371 123456", "Fax 0371 123456"),
        ("0371 333444 (Fax)", "0371 333444 (Fax)"),
    ],
)
def test_a_phone_and_fax_label_leaves_the_number(cell: str, expected: str) -> None:
    """A number a phone and a fax share is a phone number: its label goes (the 25th session found
    "Tel/Fax 0371 …" uploaded with its label and "Tel. + Fax: 0371 …" rejected)."""
    assert phones.without_remark(cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        "Tel./Fax: 0371 123456 / 0371 123457",
        "Tel. u. Fax 0371 123456 / -57",
        "0371 1234 / 0371 1235 (Tel. und Fax)",
    ],
)
def test_a_phone_and_fax_label_before_two_numbers_stays(cell: str) -> None:
    """Before two numbers the second is the fax: the label stays for the fax steps (the re-test
    found "Tel./Fax: 0371 123456 / 0371 123457" uploaded as Telefon 1 and 2, exit 0)."""
    assert phones.without_remark(cell) == cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Werkstatt: 0911 556670", "0911 556670"),
        ("Büro Nord: +49 30 1234567", "+49 30 1234567"),
        ("Arnold: 0171 2345678", "0171 2345678"),  # not "old" (the re-test)
        ("Telefonnummer: 030 123456", "030 123456"),
        ("Handy (privat): 0171 1234567", "0171 1234567"),
        # a label that dismisses the number, names another number or a date, no colon, a date
        # or a time: as typed (the re-test found "alte Nummer: …" uploaded as the current number)
        ("Fax: 0911 556670", "Fax: 0911 556670"),
        ("Büro (Fax): 030 1234567", "Büro (Fax): 030 1234567"),
        ("alt: 030 123456", "alt: 030 123456"),
        ("alte Nummer: 0911 556670", "alte Nummer: 0911 556670"),
        ("früher: 0911 556670", "früher: 0911 556670"),
        ("ehem.: 0911 556670", "ehem.: 0911 556670"),
        ("Fx: 0911 556678", "Fx: 0911 556678"),
        ("vorm.: 0911 556678", "vorm.: 0911 556678"),
        ("Hr. Rehem: 0911 556678", "0911 556678"),  # "ehem" inside a name dismisses nothing
        ("Kundennr.: 4711 0815", "Kundennr.: 4711 0815"),
        ("BLZ: 760 501 01", "BLZ: 760 501 01"),
        ("Steuernummer: 15/123/45678", "Steuernummer: 15/123/45678"),
        ("Werkstatt 0911 556670", "Werkstatt 0911 556670"),
        ("Geb.: 01.02.1980", "Geb.: 01.02.1980"),
        ("Geburtstag: 1980-05-12", "Geburtstag: 1980-05-12"),
        ("Sprechzeit: 14.00-16.00", "Sprechzeit: 14.00-16.00"),
        ("Notfall: 112", "Notfall: 112"),
    ],
)
def test_any_words_and_a_colon_label_the_number(cell: str, expected: str) -> None:
    """vtiger's "Werkstatt: 0911 556670" was uploaded as typed (the 26th hostile round); words
    and a colon before one number are its label like "Tel.:" (the cell goes to the unmapped file)."""
    assert phones.without_remark(cell) == expected
