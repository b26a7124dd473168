"""VAT identification numbers (Umsatzsteuer-ID) by python-stdnum: compact form and validity.

lexoffice expects the compact form (``DE136695976``); exports often hold ``DE 136 695 976`` or
``de136695976``. :func:`compact` removes spaces, dots and dashes and upper-cases the country
prefix when the value is a VAT id of a country stdnum knows; :func:`is_valid` checks its
country's format and check digit; :func:`german_suggestion` offers ``DE`` for a valid
9-digit German number written without its prefix.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import polars as pl

#: The prefix a German VAT id has; a valid 9-digit number without it gets it suggested.
GERMAN_PREFIX: Final = "DE"
#: The country prefixes of EU VAT ids (python-stdnum's ``stdnum.eu.vat.MEMBER_STATES``, Greece
#: also as EL, its prefix in VIES, and XI for Northern Ireland): what DATEV's "EU-Land" holds.
#: Written out, as importing ``stdnum.eu.vat`` costs 30 ms of every run's start; a test keeps
#: the list equal to stdnum's.
EU_PREFIXES: Final = frozenset(
    {
        *("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GR", "HR", "HU"),
        *("IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI"),
    }
)

#: Distinct values remembered: validation asks twice (a quick probe, then pandera), and once
#: per value is enough. Bounded, so that a 100 MB file does not keep every value alive.
CACHE_SIZE: Final = 1 << 20


@lru_cache(maxsize=CACHE_SIZE)
def compact(value: str) -> str:
    """The compact form of a VAT id (``DE 136.695.976`` → ``DE136695976``); other values as they
    are, also one with a slash (a tax number, ``DE 12/345/67890``, would lose its structure)."""
    if "/" in value:
        return value
    from stdnum import vatin
    from stdnum.exceptions import ValidationError

    try:
        return str(vatin.compact(value))
    except (ValidationError, ValueError, KeyError, IndexError):
        return value


#: ``DE`` and nine ASCII digits: the compact German form, most of the ids in a German export.
_GERMAN_COMPACT: Final = re.compile(r"DE[0-9]{9}")


def _german_check_digit_ok(digits: str) -> bool:
    """ISO 7064 MOD 11,10 over nine digits, the first not 0: exactly python-stdnum's
    ``stdnum.de.vat.is_valid`` for a compact German id, without its generic dispatch."""
    if digits[0] == "0":
        return False
    check = 5
    for digit in digits:
        check = (((check or 10) * 2) % 11 + ord(digit) - 48) % 10
    return check == 1


#: ``((check or 10) * 2) % 11`` for each running check value 0-9 of ISO 7064 MOD 11,10.
_DOUBLED: Final = {check: ((check or 10) * 2) % 11 for check in range(10)}


def same_country(prefix: pl.Expr, other: pl.Expr) -> pl.Expr:
    """True where two upper-case VAT id prefixes name one country (Greece is EL and GR)."""
    return prefix.replace("GR", "EL") == other.replace("GR", "EL")


def german_compact(value: pl.Expr) -> pl.Expr:
    """True where ``value`` is a compact German id (``DE`` and nine digits): :func:`compact` keeps
    it as it is, and :func:`german_suggestion` has none for it."""
    return value.str.contains(f"^{_GERMAN_COMPACT.pattern}$").fill_null(False)


def german_valid(value: pl.Expr) -> pl.Expr:
    """:func:`is_valid` of a compact German id in polars (False for any other value): the check
    digit of :func:`_german_check_digit_ok` over the nine digits, a whole column at once."""
    check = pl.lit(5, dtype=pl.Int32)
    for position in range(2, 11):
        digit = value.str.slice(position, 1).cast(pl.Int32, strict=False)
        # ((check or 10) * 2) % 11 as a table: ``check`` appears once, the expression stays linear
        check = (check.replace_strict(_DOUBLED, return_dtype=pl.Int32) + digit) % 10
    return (german_compact(value) & (value.str.slice(2, 1) != "0") & (check == 1)).fill_null(False)


@lru_cache(maxsize=CACHE_SIZE)
def is_valid(value: str) -> bool:
    """True when ``value`` has its country's VAT id format and check digit (EU and other countries)."""
    if _GERMAN_COMPACT.fullmatch(value):  # the common case, checked directly (same answer)
        return _german_check_digit_ok(value[2:])
    from stdnum import vatin
    from stdnum.eu import vat

    try:
        return bool(vat.is_valid(value) or vatin.is_valid(value))
    except Exception:  # stdnum raises for some malformed country prefixes; that is invalid, too
        return False


@lru_cache(maxsize=CACHE_SIZE)
def is_shaped(value: str) -> bool:
    """True when ``value`` has its country's VAT id format, whatever its check digit
    (``DE811234567``): a VAT id with a typo, never a tax number."""
    if _GERMAN_COMPACT.fullmatch(value):
        return True
    from stdnum import vatin
    from stdnum.eu import vat
    from stdnum.exceptions import InvalidChecksum

    for module in (vat, vatin):
        try:
            module.validate(value)
        except InvalidChecksum:
            return True
        except Exception:  # stdnum raises for some malformed country prefixes: no VAT id shape
            continue
        return True
    return False


def swiss_uid(value: str | None) -> bool:
    """True for a Swiss company UID with a right check digit (``CHE116356673``, ``CHE-116.356.673``):
    with the suffix ``MWST`` it is the company's VAT number, without it none."""
    if not value or not value.upper().startswith("CHE"):
        return False
    from stdnum.ch import uid

    return bool(uid.is_valid(value))


@lru_cache(maxsize=CACHE_SIZE)
def german_suggestion(value: str) -> str | None:
    """``DE`` + ``value`` when ``value`` is a valid German VAT id written without its prefix, else None."""
    from stdnum.de import vat as german

    digits = value.strip()
    if len(digits) != 9 or not digits.isdigit():
        return None
    return GERMAN_PREFIX + digits if german.is_valid(digits) else None
