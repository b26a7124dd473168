"""E-mail address syntax by ``email-validator``: RFC 5321/5322 rules and internationalised domains.

Only the syntax is checked: :func:`is_valid` never looks anything up in the DNS
(``check_deliverability=False``), so a check runs offline and gives the same answer every time.
Internationalised domains (``info@müller.de``) pass; the part before the @ must be ASCII
(``allow_smtputf8=False``), as mail servers without SMTPUTF8 cannot deliver to ``jörg@…``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import polars as pl

from importer.cells import json_values

#: Distinct values remembered: validation asks twice (a quick probe, then pandera), and once
#: per value is enough. Bounded, so that a 100 MB file does not keep every value alive.
CACHE_SIZE: Final = 1 << 20


#: The plain addresses most cells hold (``info@mueller-bau.de``), which email-validator always
#: accepts: ASCII letters and digits, single ``.``/``_``/``+``/``-`` between them in the local
#: part, single hyphens inside domain labels (so no ``xn--``), and a common top-level domain
#: (none of them special-use). Lengths are checked beside the pattern.
_PLAIN: Final = re.compile(
    r"[a-z0-9]+(?:[._+-][a-z0-9]+)*@(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+(?:de|com|net|org|at|ch|eu|info|biz)",
    re.ASCII | re.IGNORECASE,
)
#: email-validator's limits: the address, the part before the @, one domain label.
_ADDRESS_MAX: Final = 254
_LOCAL_MAX: Final = 64
_LABEL_MAX: Final = 63


def plain(value: pl.Expr) -> pl.Expr:
    """:func:`_plain` in polars, for a whole column at once: True where ``value`` is valid for certain.

    ``(?i-u)``: letters compared without case in ASCII only, as ``re.ASCII | re.IGNORECASE``
    does (Unicode case folding would take the Kelvin sign for a ``k``).
    """
    domain = value.str.split("@").list.last()
    return (
        value.str.contains(f"(?i-u)^(?:{_PLAIN.pattern})$")
        & (value.str.len_chars() <= _ADDRESS_MAX)
        & (value.str.split("@").list.first().str.len_chars() <= _LOCAL_MAX)
        & ~domain.str.contains(f"[^.]{{{_LABEL_MAX + 1}}}")
    ).fill_null(False)


def _plain(address: str) -> bool:
    """True for an address of :data:`_PLAIN`'s form within the length limits (valid for certain)."""
    if len(address) > _ADDRESS_MAX or not _PLAIN.fullmatch(address):
        return False
    local, domain = address.split("@")
    return len(local) <= _LOCAL_MAX and all(len(label) <= _LABEL_MAX for label in domain.split("."))


@lru_cache(maxsize=CACHE_SIZE)
def is_valid(address: str) -> bool:
    """True when ``address`` is one syntactically valid e-mail address (``info@müller.de`` included)."""
    if _plain(address):  # the common case, without email-validator's full parse (same answer)
        return True
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return False
    return True


#: Wrapping a single address carries that says nothing: "mailto:", angle brackets, quotes, a
#: separator or full stop left at either end, spaces around the "@".
#: "mailto:" or a label before the address ("E-Mail: info@…", "Mail:"; the hostile values round
#: found such a row rejected, while "Tel:" before a number was removed).
_MAILTO: Final = re.compile(r"(?i)^(?:mailto|e-?mail(?:-?adresse)?|mail)\s*:\s*")
_ENDS: Final = "\"'.,;:"
#: An address with words beside it: a display name before it in angle brackets ("Hans Müller
#: <hans@example.de>"), or a comment after it in brackets ("hans@example.de (privat)").
_NAMED: Final = re.compile(r"^[^<>@]*<\s*(?:mailto:)?\s*([^<>\s]+@[^<>\s]+)\s*>\s*$", re.IGNORECASE)
_COMMENTED: Final = re.compile(
    r"^\s*(?:mailto:)?\s*([^\s()]+@[^\s()]+?)[.,;:]?\s*\([^()]*\)\s*$", re.IGNORECASE
)


#: A remark that says the address is not to be used ("(nicht mehr aktuell)", "(alt)").
_DISMISSIVE: Final = re.compile(
    r"(?i)\balt\b|falsch|ungültig|ungueltig|gesperrt|nicht|kein|veraltet|old|wrong|invalid"
)


def unwrapped(value: str) -> str:
    """``value`` without the wrapping of a single address ("mailto:", "<…>", quotes, a trailing
    ";" or ".", spaces around the "@") when that leaves one valid address; else ``value``."""
    if is_valid(value) or value.count("@") != 1:
        return value
    address = _MAILTO.sub("", value.strip())
    if address.startswith("<") and address.endswith(">"):
        address = address[1:-1]
    address = re.sub(r"\s*@\s*", "@", address.strip().strip(_ENDS).strip())
    return address if is_valid(address) else value


def extracted(value: str) -> str:
    """The one valid address of a cell that holds it with a display name or a comment, or the
    addresses of a JSON value (:func:`importer.cells.json_values`, "; " between them); else ``value``."""
    if is_valid(value) or "@" not in value:
        return value
    found = json_values(value)
    if found is not None:
        # several: one cell of addresses as a list writes them, for the steps that share them out
        addresses = [v for v in found if "@" in v]
        return "; ".join(addresses) if addresses and all(map(is_valid, addresses)) else value
    if value.count("@") != 1:
        return value
    match = _NAMED.match(value) or _COMMENTED.match(value)
    if match is None or (match.re is _COMMENTED and _DISMISSIVE.search(value[match.end(1) :])):
        return value
    address = unwrapped(match.group(1))
    return address if is_valid(address) else value
