"""E-mail address syntax by ``email-validator``: RFC 5321/5322 rules and internationalised domains.

Only the syntax is checked: :func:`is_valid` never looks anything up in the DNS
(``check_deliverability=False``), so a check runs offline and gives the same answer every time.
Internationalised domains (``info@müller.de``) pass; the part before the @ must be ASCII
(``allow_smtputf8=False``), as mail servers without SMTPUTF8 cannot deliver to ``jörg@…``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

#: Distinct values remembered: validation asks twice (a quick probe, then pandera), and once
#: per value is enough. Bounded, so that a 100 MB file does not keep every value alive.
CACHE_SIZE: Final = 1 << 20


@lru_cache(maxsize=CACHE_SIZE)
def is_valid(address: str) -> bool:
    """True when ``address`` is one syntactically valid e-mail address (``info@müller.de`` included)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return False
    return True
