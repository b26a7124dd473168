"""Masking of personal data, for a report that is to be sent to support (``--mask``).

A value is masked by what its column holds (:func:`column_kind`): e-mail addresses keep their
first letter and domain, numbers their last digits, names their initial. :func:`scrub` masks
e-mail addresses and IBANs inside free text such as a finding's message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from importer.issues import IssueList

_EMAIL: Final = re.compile(r"[^\s@<>;,()\"'„“”‚‘’«»]*@[^\s@<>;,()\"'„“”‚‘’«»]*")


_IBAN: Final = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{2,4}){3,8}\b")
#: A quote in a message: „…“ (German) or “…” (English).
_QUOTED: Final = re.compile(r"„[^“]*“|“[^”]*”")


_SAFE_WORDS: Final = frozenset(
    {
        "plz",
        "postleitzahl",
        "ort",
        "stadt",
        "land",
        "anrede",
        "kundennummer",
        "kundennr",
        "kdnr",
        "lieferantennummer",
        "lieferantennr",
        "umsatzsteuer",
        "ustid",
        "ust",
        "zip",
        "city",
        "country",
        "salutation",
    }
)


_NAME_WORDS: Final = (
    "name",
    "firma",
    "firmen",
    "straße",
    "strasse",
    "str",
    "ansprechpartner",
    "kontakt",
    "person",
    "zusatz",
    "anschrift",
    "inhaber",
    "street",
    "company",
)


def column_kind(column: str | None) -> str:
    """The masking kind of a column: ``email``, ``phone``, ``digits``, ``name``, ``safe`` or ``other``."""
    if not column:
        return "other"
    text = column.lower()
    words = [w for w in re.split(r"[^a-zäöüß]+", text) if w]
    if "mail" in text:
        return "email"
    if any(w in text for w in ("telefon", "phone", "fax", "mobil", "handy")) or "tel" in words:
        return "phone"
    if any(w in text for w in ("iban", "konto", "bic", "blz", "bankleitzahl", "steuernummer")):
        return "digits"
    if any(w in _SAFE_WORDS for w in words):
        return "safe"
    if any(w.startswith(n) or w.endswith(n) for w in words for n in _NAME_WORDS):
        return "name"
    return "other"


def _mask_digits(value: str, keep: int = 2) -> str:
    """Replace every digit but the last ``keep`` with ``*``."""
    total = sum(ch.isdigit() for ch in value)
    seen = 0
    out = []
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - keep else "*")
        else:
            out.append(ch)
    return "".join(out)


def _mask_email(match: re.Match[str]) -> str:
    local, _, domain = match.group(0).rpartition("@")
    return f"{local[:1]}***@{domain}"


def scrub(text: str) -> str:
    """Mask e-mail addresses and IBANs wherever they occur in ``text``."""
    text = _EMAIL.sub(_mask_email, text)
    return _IBAN.sub(lambda m: _mask_digits(m.group(0)), text)


def mask_value(value: str, kind: str) -> str:
    """``value`` with personal data hidden, the way ``kind`` (see :func:`column_kind`) calls for.

    E-mail ``jana@firma.de`` → ``j***@firma.de``; phone and account numbers keep their last
    two digits; names, streets and values of unknown columns keep their first letter (``M***``).
    """
    if not value:
        return value
    if kind == "email":
        return _EMAIL.sub(_mask_email, value) if "@" in value else f"{value[:1]}***"
    if kind in ("phone", "digits"):
        return scrub(_mask_digits(value))
    if kind in ("name", "other"):
        stripped = value.strip()
        return f"{stripped[:1]}***" if stripped else value
    return scrub(value)


class Masker:
    """Masks the data of one report; knows which lexoffice column each source header went to."""

    def __init__(self, enabled: bool, targets: Mapping[str, str]) -> None:
        self.enabled = enabled
        self.targets = targets

    def kind(self, column: str | None) -> str:
        """The masking kind of ``column`` (its lexoffice target when it has one)."""
        if column is None:
            return "other"
        return column_kind(self.targets.get(column) or column)

    def value(self, value: str | None, column: str | None) -> str | None:
        """A cell value, masked when masking is on."""
        if value is None or not self.enabled:
            return value
        return mask_value(value, self.kind(column))

    def message(
        self, text: str, replacements: Sequence[tuple[str | None, str | None]], column: str | None = None
    ) -> str:
        """A finding's message with the raw values it quotes replaced by their masked form.

        In a phone column (``column``) every quote keeps only its last two digits: a message may
        quote the number in another form than the value (``phone-prefix-missing``: ``3511234567``
        read as „0351 1234567“).
        """
        if not self.enabled:
            return text
        for raw, masked in sorted(replacements, key=lambda p: -len(p[0] or "")):
            if raw and masked is not None and raw != masked and len(raw) >= 3:
                text = text.replace(raw, masked)
        if self.kind(column) == "phone":
            text = _QUOTED.sub(lambda quote: _mask_digits(quote.group(0)), text)
        return scrub(text)


def mask_issues(issues: IssueList, targets: Mapping[str, str]) -> IssueList:
    """The findings with personal data hidden, the way the HTML report shows them (``--mask``).

    ``value`` and ``fixed_value`` are masked by their column's kind (its lexoffice target in
    ``targets`` when it has one); a message gets the masked form of the values it quotes, and
    e-mail addresses and IBANs anywhere in it are masked too. Row, line, column, code and
    severity stay, so the masked report still tells support which cell to look at.
    """
    import polars as pl

    masker = Masker(True, targets)
    frame = issues.frame
    columns = frame.get_column("column").to_list()
    raws = frame.get_column("value").to_list()
    fixes = frame.get_column("fixed_value").to_list()
    messages = frame.get_column("message").to_list()
    values: list[str | None] = []
    fixed_values: list[str | None] = []
    texts: list[str] = []
    for column, raw, fixed, text in zip(columns, raws, fixes, messages, strict=True):
        value = masker.value(raw, column)
        fixed_shown = masker.value(fixed, column)
        values.append(value)
        fixed_values.append(fixed_shown)
        texts.append(masker.message(text or "", [(raw, value), (fixed, fixed_shown)], column))
    return IssueList(
        frame.with_columns(
            pl.Series("value", values, dtype=pl.String),
            pl.Series("fixed_value", fixed_values, dtype=pl.String),
            pl.Series("message", texts, dtype=pl.String),
        )
    )
