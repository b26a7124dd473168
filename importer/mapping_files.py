"""The user's own mapping: ``--map``, ``--mapping FILE``, ``--save-mapping FILE``, and the ``map`` table."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final

from importer.catalog import MAPPING_TABLE, TOP_KEYS
from importer.errors import ConfigurationError
from importer.messages import msg
from importer.model import MANUAL_TARGET, ColumnMapping


def _percent(score: float) -> int:
    return round(score * 100)


def unknown_manual_sources(headers: Iterable[str], manual: Mapping[str, str | None]) -> list[str]:
    """The sources of ``manual`` that match no header (a typo in ``--map`` or an old mapping file)."""
    present = {header.strip() for header in headers}
    return [source for source in manual if source.strip() not in present]


def parse_map_option(values: tuple[str, ...]) -> dict[str, str | None]:
    """Read repeated ``--map "SOURCE=TARGET"`` options; ``SOURCE=`` keeps the column unmapped."""
    result: dict[str, str | None] = {}
    for value in values:
        source, sep, target = value.rpartition("=")
        source, target = source.strip(), target.strip()
        if not sep or not source:
            raise ConfigurationError(msg("mapping-map-malformed", value=value))
        chosen = target or None
        if source in result and result[source] != chosen:
            raise ConfigurationError(
                msg("mapping-map-conflict", source=source, first=result[source] or "–", second=chosen or "–")
            )
        result[source] = chosen
    return result


def load_mapping_file(path: Path) -> dict[str, str | None]:
    """Read a ``--mapping`` file: a TOML table ``[mapping]`` of ``"Source" = "Target"`` (``""``: unmapped)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigurationError(msg("mapping-file-missing", path=path)) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(msg("mapping-file-invalid", path=path, detail=exc)) from None
    if MAPPING_TABLE not in data and set(data) & set(TOP_KEYS):
        raise ConfigurationError(msg("mapping-file-is-catalog", path=path))
    table = data.get(MAPPING_TABLE)
    if not isinstance(table, dict):
        raise ConfigurationError(msg("mapping-file-invalid", path=path, detail=msg("mapping-file-no-table")))
    for key in data:
        if key != MAPPING_TABLE:
            raise ConfigurationError(msg("mapping-file-unknown-key", path=path, key=key))
    result: dict[str, str | None] = {}
    for source, target in table.items():
        if not isinstance(target, str):
            detail = msg("mapping-file-not-text", source=source)
            raise ConfigurationError(msg("mapping-file-invalid", path=path, detail=detail))
        result[source] = target.strip() or None
    return result


_TOML_ESCAPES: Final = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _toml_string(text: str) -> str:
    parts = []
    for char in text:
        if char in _TOML_ESCAPES:
            parts.append(_TOML_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            parts.append(f"\\u{ord(char):04X}")
        else:
            parts.append(char)
    return '"' + "".join(parts) + '"'


def mapping_file_text(columns: list[ColumnMapping]) -> str:
    """``columns`` as the text of a ``--mapping`` file; merged columns are comments (they are found again)."""
    lines = [f"# {line}" for line in msg("mapping-file-comment").splitlines()]
    lines.append("[mapping]")
    for column in columns:
        by_hand = column.extra.get(MANUAL_TARGET)
        if isinstance(by_hand, str):
            lines.append(f"{_toml_string(column.source)} = {_toml_string(by_hand)}")
        elif column.merge is not None:
            lines.append(
                "# "
                + msg("mapping-file-merged", source=column.source, target=column.target, merge=column.merge)
            )
        else:
            lines.append(f"{_toml_string(column.source)} = {_toml_string(column.target or '')}")
    return "\n".join(lines) + "\n"


def save_mapping(path: Path, columns: list[ColumnMapping]) -> None:
    """Write ``columns`` as a ``--mapping`` file (the library call; ``check`` and ``map`` go through
    :func:`importer.pipeline.save_mapping`, which refuses to overwrite an input or another file)."""
    try:
        path.write_text(mapping_file_text(columns), encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(msg("mapping-file-write", path=path, detail=exc)) from None


# --- the `map` command's table ------------------------------------------------------------------


def render_mapping_table(columns: list[ColumnMapping], *, header_only: bool = False) -> str:
    """A plain-text table (Quelle, lexoffice-Spalte, Methode, Punkte, Vorschlag), a summary and the notes.

    ``header_only``: the file had no records, so the mapping rests on the headers alone.
    """
    head = tuple(
        msg(key)
        for key in (
            "mapping-table-source",
            "mapping-table-target",
            "mapping-table-method",
            "mapping-table-score",
            "mapping-table-suggestion",
        )
    )
    rows: list[tuple[str, ...]] = [head]
    for column in columns:
        mapped = column.target is not None
        suggestion = (
            f"{column.suggestion} ({_percent(column.suggestion_score or 0.0)})" if column.suggestion else ""
        )
        rows.append(
            (
                column.source,
                column.target or "–",
                msg(f"mapping-method-{column.method}"),
                str(_percent(column.score)) if mapped else "–",
                suggestion,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    merged = sum(1 for c in columns if c.merge is not None)
    mapped_count = sum(1 for c in columns if c.target is not None) - merged
    lines.append("")
    lines.append(
        msg(
            "mapping-table-summary",
            total=len(columns),
            mapped=mapped_count,
            merged=merged,
            unmapped=len(columns) - mapped_count - merged,
        )
    )
    if header_only:
        lines.append(msg("mapping-header-only"))
    notes = [c for c in columns if c.note]
    if notes:
        lines.append("")
        lines.append(msg("mapping-table-notes"))
        lines.extend(f"- {c.source}: {c.note}" for c in notes)
    return "\n".join(lines) + "\n"
