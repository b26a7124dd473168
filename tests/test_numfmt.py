"""Excel number formats of whole numbers (importer.numfmt): the text Excel shows for a number
stored bare. Expected texts are written out by hand from Excel's documented placeholder rules
("Review guidelines for customizing a number format": 0 shows a digit or a zero, # a digit or
nothing, ? a digit or a space; surplus digits go into the leftmost placeholder)."""

from __future__ import annotations

import pytest

from importer.numfmt import integer_format


@pytest.mark.parametrize(
    ("code", "number", "shown"),
    [
        ("00000", 1067, "01067"),  # Excel's special format "Postleitzahl"
        ("00000", 80331, "80331"),
        ("00000", 123456, "123456"),  # more digits than placeholders: all shown
        ('"K-"00000', 123, "K-00123"),
        ("\\K\\-00000", 123, "K-00123"),
        ("0000 0000000", 3511234567, "0351 1234567"),
        ("\\+00 000 0000000", 493511234567, "+49 351 1234567"),
        ("(0000) 000000", 351123456, "(0351) 123456"),
        ("#####", 1067, "1067"),
        ("???00", 7, "   07"),
        ("[Red]00000", 1067, "01067"),
        ("[Rot]00000", 1067, "01067"),
        ("[$-407]00000", 1067, "01067"),
        ("00000;-00000", 1067, "01067"),
        ('00000;-00000;"null"', 1067, "01067"),
        ("00000", 0, "00000"),
        ("\\K00000", 1067, "K01067"),  # an escaped letter right before a placeholder
        ('""00000', 1067, "01067"),  # an empty quoted text
        ('"K"00"-"000', 12345, "K12-345"),  # two quoted texts
        ("00\\;000", 12345, "12;345"),  # an escaped semicolon separates no sections
        ('\\"00000', 1067, '"01067'),  # an escaped quote opens no quoted text
        ('"\\"00000', 1067, "\\01067"),  # a backslash inside quotes is a plain character
    ],
)
def test_shown_as_excel_shows_it(code: str, number: int, shown: str) -> None:
    show = integer_format(code)
    assert show is not None
    assert show(number) == shown


@pytest.mark.parametrize(
    "code",
    [
        "General",
        "0",  # shows the number as it is: a renderer, but one that changes nothing
        "0.00",  # decimals
        "#,##0",  # thousands separator: 1.067 would be a different value
        "0%",
        "0.00E+00",
        "@",
        "dd.mm.yyyy",
        "0_)",  # padding
        "*-0",  # fill
        "[<=9999]0000;00000",  # a condition picks the section
        "[$€-407] #,##0",  # currency
        '"Kunde"',  # no digit placeholder
        '"offen',  # unclosed quote
    ],
)
def test_other_formats_are_left_alone(code: str) -> None:
    show = integer_format(code)
    assert show is None or show(1067) in (None, "1067")


def test_negative_numbers_and_nothing_shown_keep_the_number() -> None:
    """A negative number is not rendered; 0 through "#" (shown as nothing) neither: the 0 is kept."""
    show = integer_format("#####")
    assert show is not None
    assert show(0) is None
    padded = integer_format("00000")
    assert padded is not None
    assert padded(-5) is None
    zero_text = integer_format('00000;-00000;"–"')
    assert zero_text is not None
    assert zero_text(0) is None
