"""The upload template (``lexoffice-import template``): the header row lexoffice expects.

Column names and order come from the catalog, only the columns for one role (customers or
suppliers), separated by ``;`` and ended with CRLF, in the encoding the user asks for: by
default UTF-8 with a BOM, so that Excel shows „Straße 1“ and not „StraÃŸe 1“. On request one
example row follows: a company with its catalog examples (the private-person columns
Anrede, Vorname and Nachname stay empty, as lexoffice takes a row with a Firmenname as a company).
"""

from __future__ import annotations

import codecs
import csv
import io
from typing import Final

from importer.catalog import Catalog
from importer.errors import ConfigurationError
from importer.messages import msg

KINDS: Final = ("customers", "suppliers")
#: The encoding of the template unless the user asks for another: UTF-8 with a BOM, for Excel.
DEFAULT_ENCODING: Final = "utf-8-sig"
#: Catalog groups left empty in the example row: it shows a company, and these are a private person's.
_PERSON_GROUP: Final = "person"


def example_row(catalog: Catalog, kind: str = "customers") -> list[str]:
    """One example record for ``kind``: each column's catalog example, the private-person columns empty."""
    return [c.example if c.group != _PERSON_GROUP else "" for c in catalog.columns if c.applies_to(kind)]


def template_text(catalog: Catalog, kind: str = "customers", *, example: bool = False) -> str:
    """The header row for ``kind`` as text: catalog order, exact names, ``;`` and CRLF; ``example``
    adds one example record."""
    if kind not in KINDS:
        raise ConfigurationError(msg("template-kind-invalid", kind=kind))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(catalog.names(kind))
    if example:
        writer.writerow(example_row(catalog, kind))
    return buffer.getvalue()


def template_bytes(
    catalog: Catalog, kind: str = "customers", encoding: str = DEFAULT_ENCODING, *, example: bool = False
) -> bytes:
    """The upload template for ``kind`` in ``encoding`` (default ``utf-8-sig``: UTF-8 with a BOM);
    ``example`` adds one example record."""
    text = template_text(catalog, kind, example=example)
    try:
        codecs.lookup(encoding)
        return text.encode(encoding)
    except LookupError:
        raise ConfigurationError(msg("template-encoding-unknown", encoding=encoding)) from None
    except UnicodeEncodeError as exc:
        detail = f"{exc.object[exc.start : exc.end]!r}"
        raise ConfigurationError(msg("template-encoding-invalid", encoding=encoding, detail=detail)) from None
