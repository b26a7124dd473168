"""What a cell holds beyond plain text: a CRM's structured value written out as JSON.

Krayin (a Laravel CRM) exports a person's e-mail addresses and phone numbers as
``[{"value": "info@mueller.de", "label": "work"}]``; Directus, Strapi and other headless
systems write their repeatable fields the same way. The steps that take one address or one
number out of a cell with more in it (:func:`importer.emails.extracted`,
:func:`importer.phones.without_remark`) read such a cell by its values.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

__all__ = ["json_values"]


def json_values(value: str) -> list[str] | None:
    """The texts of a cell that is a JSON array or object (``"value"`` entries and plain strings,
    in order, labels and other keys' texts left out when a ``"value"`` is there), stripped and
    without empty ones; None when the cell is no JSON array or object."""
    text = value.strip()
    if not text.startswith(("[", "{")):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, list | dict):
        return None
    return [found for found in (s.strip() for s in _texts(data)) if found]


def _texts(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, list):
        for item in data:
            yield from _texts(item)
    elif isinstance(data, dict):
        if "value" in data:
            yield from _texts(data["value"])
        else:
            for item in data.values():
                yield from _texts(item)
