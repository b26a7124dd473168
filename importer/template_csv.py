"""The empty upload template (``lexoffice-import template``): the header row lexoffice expects.

Column names and order come from the catalog, only the columns for one role (customers or
suppliers), separated by ``;`` and ended with CRLF, in the encoding the user asks for.
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


def template_text(catalog: Catalog, kind: str = "customers") -> str:
    """The header row for ``kind`` as text: catalog order, exact names, ``;`` and CRLF."""
    if kind not in KINDS:
        raise ConfigurationError(msg("template-kind-invalid", kind=kind))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(catalog.names(kind))
    return buffer.getvalue()


def template_bytes(catalog: Catalog, kind: str = "customers", encoding: str = "utf-8") -> bytes:
    """The empty upload template for ``kind`` in ``encoding`` (``utf-8-sig`` writes a BOM)."""
    text = template_text(catalog, kind)
    try:
        codecs.lookup(encoding)
        return text.encode(encoding)
    except LookupError:
        raise ConfigurationError(msg("template-encoding-unknown", encoding=encoding)) from None
    except UnicodeEncodeError as exc:
        detail = f"{exc.object[exc.start : exc.end]!r}"
        raise ConfigurationError(msg("template-encoding-invalid", encoding=encoding, detail=detail)) from None
