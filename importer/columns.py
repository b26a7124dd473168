"""The column stage: count each source column, apply the header mapping, decide where its data goes.

column counts → manual mapping (``--mapping FILE`` and ``--map``) → :func:`importer.mapping.map_headers`
→ the values' evidence (:func:`importer.evidence.check_values`) → each column's destination
(upload, unmapped, merged) → findings about the mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from importer.catalog import Catalog
from importer.errors import ConfigurationError
from importer.evidence import check_values, names_of_one_person
from importer.frame import filled
from importer.mapping import map_headers
from importer.mapping_files import load_mapping_file
from importer.messages import msg
from importer.model import ColumnMapping, Issue
from importer.records import applied
from importer.result import Intake, Kind
from importer.rules import finding


def column_stats(intake: Intake) -> list[ColumnMapping]:
    """One entry per source column, in file order, with its count of non-empty values."""
    frame = intake.table.frame
    names = intake.table.columns + intake.table.extra_columns
    if not names:
        return []
    counts = frame.select(filled(name).sum().alias(name) for name in names).row(0)
    originals = intake.table.original_headers
    return [
        ColumnMapping(
            index=i,
            source=name,
            target=None,
            method="unmapped",
            score=0.0,
            non_empty=int(count),
            original=originals[i] if i < len(originals) else None,
        )
        for i, (name, count) in enumerate(zip(names, counts, strict=True))
    ]


def manual_mapping(mapping_file: Path | None, manual_map: Mapping[str, str | None]) -> dict[str, str | None]:
    """``--mapping FILE`` merged with ``--map`` (the command line wins)."""
    manual: dict[str, str | None] = {}
    if mapping_file is not None:
        manual.update(load_mapping_file(mapping_file))
    manual.update(manual_map)
    return manual


def map_columns(
    intake: Intake, stats: list[ColumnMapping], catalog: Catalog, manual: dict[str, str | None], kind: Kind
) -> list[ColumnMapping]:
    """Map the source headers and decide where each column's data goes."""
    unknown = sorted(set(manual) - {c.source for c in stats} - {c.original for c in stats if c.original})
    if unknown:
        raise ConfigurationError(msg("mapping-unknown-source", sources=", ".join(unknown)))
    by_original = {c.original: c.source for c in stats if c.original and c.original not in manual}
    manual = {by_original.get(k, k): v for k, v in manual.items()}
    mapped = _map_with_evidence([c.source for c in stats], catalog, manual, intake)
    columns: list[ColumnMapping] = []
    excluded = {Kind.CUSTOMERS: "suppliers", Kind.SUPPLIERS: "customers"}.get(kind)
    for stat, found in zip(stats, mapped, strict=True):
        found.non_empty = stat.non_empty
        found.original = stat.original
        if found.target is None:
            found.destination = "unmapped"
        elif excluded and found.merge is None and catalog.get(found.target).role == excluded:
            found.destination = "unmapped"
            found.note = msg("mapping-role-excluded", target=found.target, kind=msg(f"kind-{kind}"))
        elif found.merge is not None:
            found.destination = f"merged:{found.target}"
        else:
            found.destination = "upload"
        columns.append(found)
    return columns


def _map_with_evidence(
    headers: list[str], catalog: Catalog, manual: dict[str, str | None], intake: Intake
) -> list[ColumnMapping]:
    """Map by the headers, then let the values veto; a vetoed column frees its target for another.

    ("Nummer" holding customer numbers is no house number: the real "Hausnummer" beside it is
    then merged instead.) Repeated until no further mapping is vetoed. A ``Name`` read as an
    organisation (:mod:`importer.records`) that holds its rows' own first or last names is one
    person's whole name: the file is mapped again without that reading.
    """
    vetoed: dict[int, ColumnMapping] = {}
    records = True
    frame = intake.table.frame
    while True:
        forced = {**manual, **{headers[i]: None for i in vetoed}}
        mapped = map_headers(headers, catalog, manual=forced, records=records)
        for index, column in vetoed.items():
            mapped[index] = column
        record = applied(mapped)
        if record is not None and names_of_one_person(
            frame, record.name.source, record.first.source, record.last.source
        ):
            records = False
            continue
        turned = check_values(mapped, frame)
        if not turned:
            return mapped
        vetoed.update({i: mapped[i] for i in turned})


def mapping_issues(columns: list[ColumnMapping]) -> list[Issue]:
    """Warnings about header mapping the user must read: a suggestion not applied, a lost duplicate."""
    return [
        finding(
            "column-suggestion",
            row=1,
            line=1,
            column=c.source,
            value=c.source,
            source=c.source,
            suggestion=c.suggestion,
            score=round(100 * (c.suggestion_score or 0)),
            count=c.non_empty,
        )
        for c in columns
        if c.target is None and c.suggestion and c.non_empty
    ]
