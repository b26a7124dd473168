"""The whole ``check`` job as one library call: :func:`check_file` returns a :class:`CheckResult`.

intake → columns → rows → outputs → accounting → write. Each stage is a module below this
one and returns what it computed; this module runs them in order, and writes the outputs and
the reports to disk once the whole run has succeeded. The click command only renders the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer import columns as column_stage
from importer import outputs as output_stage
from importer import rows as row_stage
from importer.accounting import accounting
from importer.catalog import Catalog, load_catalog
from importer.errors import ConfigurationError
from importer.fileio import write_atomic
from importer.html import render_report
from importer.intake import read_contacts
from importer.mapping_files import save_mapping
from importer.messages import language, msg
from importer.model import ColumnMapping
from importer.outputs import OutputNames
from importer.report import build_report, dump_chunks
from importer.result import CheckOptions, CheckResult, Intake, RenderedFile

__all__ = ["CheckOptions", "CheckResult", "check_file", "map_file"]


def output_dir(path: Path, options: CheckOptions) -> Path:
    """Where the outputs of ``path`` go: ``--out`` or the input's own folder."""
    out = options.out_dir if options.out_dir is not None else path.parent
    if out.exists() and not out.is_dir():
        raise ConfigurationError(msg("usage-out-not-dir", path=out))
    return out


def check_file(path: Path, options: CheckOptions | None = None) -> CheckResult:
    """Run the whole check on one file; raise :class:`importer.errors.ImporterError` when it cannot run.

    The run's language (``options.lang``) is set here, once. Nothing is written unless the run
    completes: outputs are rendered in memory first and then written atomically, the JSON
    report last.
    """
    options = options or CheckOptions()
    with language(options.lang):
        return _check(path, options)


def _read_and_map(path: Path, options: CheckOptions) -> tuple[Catalog, Intake, list[ColumnMapping]]:
    """The stages ``check`` and ``map`` share: catalog, intake, column mapping."""
    catalog = load_catalog(options.catalog)
    manual = column_stage.manual_mapping(options.mapping_file, options.manual_map)
    intake = read_contacts(
        path, encoding=options.encoding, delimiter=options.delimiter, max_input=options.max_input
    )
    stats = column_stage.column_stats(intake)
    return catalog, intake, column_stage.map_columns(intake, stats, catalog, manual, options.kind)


def _check(path: Path, options: CheckOptions) -> CheckResult:
    names = OutputNames.for_input(path, output_dir(path, options))
    catalog, intake, columns = _read_and_map(path, options)
    # The working frame is handed over, not kept here: the row stage drops it once cleaned.
    processed = row_stage.process(
        row_stage.working_frame(intake, columns, catalog),
        intake,
        columns,
        catalog,
        kind=options.kind,
        renumber=options.renumber,
    )
    rendered = output_stage.render_outputs(
        processed, intake, columns, catalog, names, encoding=options.output_encoding, html=options.html
    )
    result = CheckResult(
        intake=intake,
        columns=columns,
        issues=rendered.issues,
        outputs=rendered.outputs,
        rows_read=intake.table.records,
        rows_uploaded=len(rendered.uploaded_rows),
        rows_rejected=len(rendered.rejected_rows),
        settings=settings_dict(catalog, options),
        accounting=accounting(
            intake,
            columns,
            moved_cells=processed.moved_cells,
            rejected=rendered.rejected_rows,
            uploaded=rendered.uploaded_rows,
        ),
    )
    if options.write_files:
        write_outputs(result, rendered.files, names, catalog, options)
    return result


def map_file(path: Path, options: CheckOptions | None = None) -> list[ColumnMapping]:
    """Only the intake and column stages: the ``map`` command's result."""
    options = options or CheckOptions()
    with language(options.lang):
        return _read_and_map(path, options)[2]


def settings_dict(catalog: Catalog, options: CheckOptions) -> dict[str, Any]:
    """The settings the run used, and the undocumented points it assumed (shown in the reports)."""
    english = options.lang == "en"
    return {
        "kind": str(options.kind),
        "output_encoding": options.output_encoding,
        "output_delimiter": ";",
        "output_line_terminator": "\r\n",
        "upload_limit_bytes": catalog.settings["upload_limit_bytes"],
        "customer_number_range": list(catalog.customer_range),
        "supplier_number_range": list(catalog.supplier_range),
        "renumber": None if options.renumber is None else str(options.renumber),
        "catalog": catalog.source,
        "assumptions": [{"key": a.key, "text": a.en if english else a.de} for a in catalog.assumptions],
    }


def write_outputs(
    result: CheckResult,
    files: list[RenderedFile],
    names: OutputNames,
    catalog: Catalog,
    options: CheckOptions,
) -> None:
    """Write every rendered output, then the HTML and JSON reports; remove stale outputs of earlier runs.

    The one place a run writes to disk.
    """
    outputs = result.outputs
    keep = {f.path for f in files} | {outputs.report_json}
    if outputs.report_html is not None:
        keep.add(outputs.report_html)
    for path in names.stale(keep):
        path.unlink()
    for rendered in files:
        write_atomic(rendered.path, rendered.data)
    if options.save_mapping is not None:
        save_mapping(options.save_mapping, result.columns)
    report = build_report(result, columnar=True)
    if outputs.report_html is not None:
        html = render_report(report, catalog, mask=options.mask, lang=options.lang, report_dir=names.out)
        write_atomic(outputs.report_html, html.encode("utf-8"))
    write_atomic(outputs.report_json, (chunk.encode("utf-8") for chunk in dump_chunks(report)))
