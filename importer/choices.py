"""The values of the command line's choices (``--kind``, ``--renumber``, ``--output-encoding``).

A module of their own, light to import: the command line's option types need them before any
check runs, and ``lexoffice-import --help`` must not load :mod:`importer.result` for them.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Final, Literal

from importer.errors import ConfigurationError
from importer.messages import msg


class Kind(enum.StrEnum):
    """``--kind``: which upload file a row goes to; German values (``kunden``, ``lieferanten``) too."""

    #: Rows with a Lieferantennummer are suppliers, all others customers (a supplier list's rows
    #: without a number: suppliers; see :func:`importer.rows.default_role`).
    AUTO = "auto"
    CUSTOMERS = "customers"
    SUPPLIERS = "suppliers"

    @classmethod
    def _missing_(cls, value: object) -> Kind | None:
        """``kunden``/``lieferanten`` (the German names of the upload files) and any letter case."""
        text = str(value).strip().lower()
        return _KIND_NAMES.get(text)

    @classmethod
    def parse(cls, value: object) -> Kind:
        """``value`` as a kind; anything else is a :class:`ConfigurationError` naming the choices."""
        try:
            return cls(str(value))
        except ValueError:
            raise ConfigurationError(msg("usage-kind", value=value)) from None


#: Every spelling ``--kind`` takes, German first (the names of the upload files).
_KIND_NAMES: Final[dict[str, Kind]] = {
    "auto": Kind.AUTO,
    "kunden": Kind.CUSTOMERS,
    "lieferanten": Kind.SUPPLIERS,
    "customers": Kind.CUSTOMERS,
    "suppliers": Kind.SUPPLIERS,
}


@dataclass(frozen=True, slots=True)
class Renumber:
    """``--renumber``: ``clear`` out-of-range customer numbers, or add ``offset`` to all of them."""

    mode: Literal["clear", "offset"]
    offset: int = 0

    @classmethod
    def parse(cls, text: str) -> Renumber:
        """``clear`` or ``offset:N``; a :class:`ValueError` carries the user-facing message."""
        value = text.strip()
        if value == "clear":
            return cls("clear")
        # digits enough for any offset, few enough for Python to turn into a number (4300)
        match = re.fullmatch(r"offset:(-?[0-9]{1,4000})", value)
        if not match:
            raise ValueError(msg("usage-renumber", value=text))
        return cls("offset", int(match.group(1)))

    def __str__(self) -> str:
        return "clear" if self.mode == "clear" else f"offset:{self.offset}"


#: The encodings an upload file can be written in (``--output-encoding``).
OUTPUT_ENCODINGS: Final = ("utf-8", "utf-8-sig", "cp1252")
