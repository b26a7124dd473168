"""The lexoffice import column catalog, loaded from ``reference/catalog.toml``.

``--catalog FILE`` extends the shipped catalog (``mode = "extend"``, the default: columns
with a known name are updated, new ones appended, settings overridden) or replaces it
(``mode = "replace"``), so a support agent can follow a change of lexoffice's template
without a new release.
"""

from __future__ import annotations

import difflib
import functools
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

import reference
from importer.errors import ConfigurationError
from importer.frame import INTERNAL_PREFIX
from importer.messages import msg

ROLES: Final = ("customers", "suppliers", "both")
PROVENANCES: Final = ("official", "export", "inferred")
#: When a column must be filled: never, for a company, for a private person (or only
#: recommended there), or as soon as its contact person has any field.
REQUIRED: Final = ("no", "company", "person", "person-recommended", "contact-person")
_DEFAULT_SETTINGS: Final[dict[str, int]] = {
    "upload_limit_bytes": 2_000_000,
    "customer_number_min": 10000,
    "customer_number_max": 69999,
    "supplier_number_min": 70000,
    "supplier_number_max": 99999,
}


@dataclass(frozen=True)
class CatalogColumn:
    """One lexoffice import column, spelt exactly as lexoffice expects it."""

    name: str
    role: str
    group: str
    description: str
    description_en: str
    rules: tuple[str, ...]
    example: str
    provenance: str
    max_length: int | None = None
    #: Where ``max_length`` comes from (:data:`PROVENANCES`); ``inferred`` = our assumption.
    max_length_provenance: str | None = None
    #: The rule in one short line for the printed quick reference (``{customer_number_min}`` …
    #: are filled from the settings), German and English.
    summary: str = ""
    summary_en: str = ""
    #: When the column must be filled (:data:`REQUIRED`).
    required: str = "no"

    def applies_to(self, role: str) -> bool:
        """True when the column belongs in the upload file for ``role`` (customers/suppliers)."""
        return self.role in ("both", role)


@dataclass(frozen=True)
class Assumption:
    """Something lexoffice has not documented, and what this tool does about it."""

    key: str
    de: str
    en: str
    #: The text for a run from the web page, where the command line's options are no choice
    #: (``de_web``/``en_web`` in the catalog; None: the same text).
    de_web: str | None = None
    en_web: str | None = None

    def text(self, lang: str, *, web: bool = False) -> str:
        """The text in ``lang`` (``de`` or ``en``), worded for the web page when ``web``."""
        if lang == "en":
            return (self.en_web if web else None) or self.en
        return (self.de_web if web else None) or self.de


@dataclass(frozen=True)
class Catalog:
    """All import columns in upload order, plus the configurable limits."""

    columns: tuple[CatalogColumn, ...]
    settings: dict[str, int] = field(default_factory=lambda: dict(_DEFAULT_SETTINGS))
    assumptions: tuple[Assumption, ...] = ()
    source: str = "reference/catalog.toml"

    def names(self, role: str | None = None) -> list[str]:
        """Column names in catalog (upload) order, optionally only those for ``role``."""
        return [c.name for c in self.columns if role is None or c.applies_to(role)]

    def get(self, name: str) -> CatalogColumn:
        """The column called exactly ``name``."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(c.name == name for c in self.columns)

    @property
    def customer_range(self) -> tuple[int, int]:
        """Allowed Kundennummer range (inclusive)."""
        return self.settings["customer_number_min"], self.settings["customer_number_max"]

    @property
    def supplier_range(self) -> tuple[int, int]:
        """Allowed Lieferantennummer range (inclusive)."""
        return self.settings["supplier_number_min"], self.settings["supplier_number_max"]


#: The keys a catalog file may hold: at the top, in ``[settings]``, in each ``[[column]]`` and
#: ``[[assumption]]``. Any other key is a typo that would be ignored without a word: refused.
TOP_KEYS: Final = ("mode", "settings", "column", "assumption")
COLUMN_KEYS: Final = (
    "name",
    "role",
    "group",
    "description",
    "description_en",
    "rules",
    "example",
    "provenance",
    "max_length",
    "max_length_provenance",
    "summary",
    "summary_en",
    "required",
)
ASSUMPTION_KEYS: Final = ("key", "de", "en", "de_web", "en_web")
#: The one table of a ``--mapping`` file (:mod:`importer.mapping_files`): a catalog holding it is
#: the wrong file.
MAPPING_TABLE: Final = "mapping"


def _check_keys(table: dict[str, Any], known: tuple[str, ...], where: str, path: str) -> None:
    """Refuse a key of ``table`` that is not in ``known``, naming it and the closest known key."""
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = msg("catalog-did-you-mean", key=close[0]) if close else ""
            raise ConfigurationError(
                msg("catalog-unknown-key", path=path, key=key, where=where, hint=hint, known=", ".join(known))
            )


def _expect(value: Any, kind: type | tuple[type, ...], what: str, where: str) -> Any:
    """``value`` when it is of ``kind`` (never a bool for int), else a usage error naming ``what``."""
    if isinstance(value, kind) and not (isinstance(value, bool) and kind is int):
        return value
    raise ConfigurationError(msg("catalog-invalid", path=where, detail=msg("catalog-wrong-type", what=what)))


def _column(entry: dict[str, Any], where: str) -> CatalogColumn:
    try:
        name = str(entry["name"])
    except KeyError:
        raise ConfigurationError(msg("catalog-invalid", path=where, detail="column without name")) from None
    _check_keys(entry, COLUMN_KEYS, msg("catalog-where-column", name=name), where)
    if name.startswith(INTERNAL_PREFIX):
        # The working frames hold the catalog columns beside the tool's own (__row__, __merge_…).
        raise ConfigurationError(
            msg("catalog-invalid", path=where, detail=msg("catalog-reserved-name", name=name))
        )
    role = str(entry.get("role", "both"))
    provenance = str(entry.get("provenance", "inferred"))
    if role not in ROLES or provenance not in PROVENANCES:
        detail = f"{name}: role {role!r} / provenance {provenance!r}"
        raise ConfigurationError(msg("catalog-invalid", path=where, detail=detail))
    max_length = entry.get("max_length")
    required = str(entry.get("required", "no"))
    if required not in REQUIRED:
        raise ConfigurationError(msg("catalog-invalid", path=where, detail=f"{name}: required {required!r}"))
    length_provenance = entry.get("max_length_provenance")
    if length_provenance is not None and str(length_provenance) not in PROVENANCES:
        detail = f"{name}: max_length_provenance {length_provenance!r}"
        raise ConfigurationError(msg("catalog-invalid", path=where, detail=detail))
    return CatalogColumn(
        name=name,
        role=role,
        group=str(entry.get("group", "other")),
        description=str(entry.get("description", "")),
        description_en=str(entry.get("description_en", entry.get("description", ""))),
        rules=tuple(str(r) for r in _expect(entry.get("rules", []), list, f"{name}: rules", where)),
        example=str(entry.get("example", "")),
        provenance=provenance,
        max_length=None if max_length is None else _expect(max_length, int, f"{name}: max_length", where),
        max_length_provenance=None if length_provenance is None else str(length_provenance),
        summary=str(entry.get("summary", "")),
        summary_en=str(entry.get("summary_en", entry.get("summary", ""))),
        required=required,
    )


def _parse(data: dict[str, Any], where: str) -> tuple[list[CatalogColumn], dict[str, int], list[Assumption]]:
    if MAPPING_TABLE in data:
        raise ConfigurationError(msg("catalog-is-mapping", path=where))
    _check_keys(data, TOP_KEYS, msg("catalog-where-top"), where)
    settings_table = _expect(data.get("settings", {}), dict, "[settings]", where)
    _check_keys(
        settings_table, tuple(_DEFAULT_SETTINGS), msg("catalog-where-table", table="[settings]"), where
    )
    settings = {str(k): _expect(v, int, f"[settings] {k}", where) for k, v in settings_table.items()}
    entries = _expect(data.get("column", []), list, "[[column]]", where)
    columns = [_column(_expect(entry, dict, "[[column]]", where), where) for entry in entries]
    assumptions = []
    for entry in _expect(data.get("assumption", []), list, "[[assumption]]", where):
        table = _expect(entry, dict, "[[assumption]]", where)
        _check_keys(table, ASSUMPTION_KEYS, msg("catalog-where-table", table="[[assumption]]"), where)
        try:
            web = {k: str(entry[k]) for k in ("de_web", "en_web") if k in entry}
            assumptions.append(
                Assumption(str(entry["key"]), str(entry["de"]), str(entry.get("en", entry["de"])), **web)
            )
        except KeyError as missing:
            detail = msg("catalog-wrong-type", what=f"[[assumption]] {missing.args[0]}")
            raise ConfigurationError(msg("catalog-invalid", path=where, detail=detail)) from None
    return columns, settings, assumptions


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigurationError(msg("catalog-missing", path=path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(msg("catalog-invalid", path=path, detail=exc)) from None


@functools.cache
def _shipped() -> tuple[tuple[CatalogColumn, ...], tuple[tuple[str, int], ...], tuple[Assumption, ...]]:
    """reference/catalog.toml, parsed once per process (13 ms: a batch read it for every file)."""
    shipped = tomllib.loads(reference.data_file("catalog.toml").read_text(encoding="utf-8"))
    columns, settings, assumptions = _parse(shipped, "reference/catalog.toml")
    return tuple(columns), tuple(settings.items()), tuple(assumptions)


def load_catalog(extra: Path | None = None) -> Catalog:
    """The shipped catalog, extended or replaced by the file ``extra`` (``--catalog``)."""
    shipped_columns, settings_items, shipped_assumptions = _shipped()
    columns, assumptions = list(shipped_columns), list(shipped_assumptions)
    merged = {**_DEFAULT_SETTINGS, **dict(settings_items)}
    source = "reference/catalog.toml"
    if extra is not None:
        data = _read_toml(extra)
        mode = str(data.get("mode", "extend"))
        if mode not in ("extend", "replace"):
            raise ConfigurationError(msg("catalog-invalid", path=extra, detail=f"mode {mode!r}"))
        more, more_settings, more_assumptions = _parse(data, str(extra))
        if mode == "replace":
            if not more:
                raise ConfigurationError(msg("catalog-invalid", path=extra, detail="no [[column]]"))
            columns = more
        else:
            by_name = {c.name: i for i, c in enumerate(columns)}
            raw = {str(e.get("name")): e for e in data.get("column", [])}
            for column in more:
                if column.name in by_name:
                    i = by_name[column.name]
                    given = {k: v for k, v in raw[column.name].items() if k != "name"}
                    updates = {k: getattr(column, k) for k in given if hasattr(column, k)}
                    columns[i] = replace(columns[i], **updates)
                else:
                    columns.append(column)
        merged.update(more_settings)
        assumptions = [*assumptions, *more_assumptions]
        source = f"{source} + {extra} ({mode})"
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise ConfigurationError(msg("catalog-invalid", path=extra or "catalog", detail=f"duplicate {dupes}"))
    return Catalog(tuple(columns), merged, tuple(assumptions), source)
