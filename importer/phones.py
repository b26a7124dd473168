"""Phone numbers by Google's libphonenumber (the ``phonenumbers`` package): parse, classify, format.

A value is read with the contact's country as region (``DE`` when it has none), so ``0351 1234567``
is a Dresden number and ``+43 1 234567`` a Vienna one wherever the contact lives.
:func:`classify` says whether a value is a valid number, a number that is not valid (a warning:
a digit too few, an unknown area code), or no phone number at all (an e-mail address or text:
an error). :func:`formatted` writes a valid number in E.164 or the national form
(``--phone-format``); values are never reformatted unless asked.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, Literal

#: The region a number without country code is read in when the contact has no country.
DEFAULT_REGION: Final = "DE"
#: ``--phone-format`` values.
FORMATS: Final = ("e164", "national")

Verdict = Literal["valid", "invalid", "text"]

#: Distinct values remembered: validation asks twice (a quick probe, then pandera), and once
#: per value is enough. Bounded, so that a 100 MB file does not keep every value alive.
CACHE_SIZE: Final = 1 << 20


def region(country: str | None) -> str:
    """The phonenumbers region for a lexoffice country code (``ES_CN`` → ``ES``); ``DE`` for none."""
    return (country or DEFAULT_REGION)[:2].upper()


@lru_cache(maxsize=CACHE_SIZE)
def classify(value: str, country: str | None = None) -> Verdict:
    """``valid``, ``invalid`` (a number, but not a valid one) or ``text`` (no phone number at all)."""
    import phonenumbers

    if "@" in value:
        return "text"  # an e-mail address in a phone column
    try:
        number = phonenumbers.parse(value, region(country))
    except phonenumbers.NumberParseException as exc:
        return "text" if exc.error_type == phonenumbers.NumberParseException.NOT_A_NUMBER else "invalid"
    return "valid" if phonenumbers.is_valid_number(number) else "invalid"


@lru_cache(maxsize=CACHE_SIZE)
def formatted(value: str, country: str | None, style: str) -> str | None:
    """A valid number in ``style`` (``e164``: ``+493511234567``, ``national``: ``0351 1234567``); or None."""
    import phonenumbers

    if classify(value, country) != "valid":
        return None
    number = phonenumbers.parse(value, region(country))
    kind = phonenumbers.PhoneNumberFormat.E164 if style == "e164" else phonenumbers.PhoneNumberFormat.NATIONAL
    return str(phonenumbers.format_number(number, kind))
