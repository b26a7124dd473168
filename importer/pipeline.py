"""The whole ``check`` job as one library call: :func:`check_file` returns a :class:`CheckResult`.

intake → columns → rows → outputs → accounting → write. Each stage is a module below this
one and returns what it computed; this module runs them in order, and writes the outputs and
the reports to disk once the whole run has succeeded. The click command only renders the result.

:func:`plan_check` comes first when several files or folders are checked in one run: it finds
the inputs (skipping the tool's own outputs and saying so), and gives each input output names
no other input of the run shares. Writing goes through :func:`importer.fileio.write_set`: each
input's outputs replace the previous set all or nothing, and never a file the tool did not write.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from importer import columns as column_stage
from importer import outputs as output_stage
from importer import rounds as round_stage
from importer import rows as row_stage
from importer.accounting import accounting
from importer.catalog import Catalog, load_catalog
from importer.environment import environment_error
from importer.errors import ConfigurationError, ImporterError, InputUnusableError
from importer.fileio import (
    RUN_FILES,
    Manifest,
    OutputConflict,
    file_digest,
    natural_key,
    readable_name,
    remove_set,
    shown_name,
    write_atomic,
    write_set,
)
from importer.html import render_report
from importer.intake import SUFFIXES, read_contacts
from importer.mapping_files import load_mapping_file, mapping_file_text
from importer.messages import REJECTED_OWN_COLUMNS, language, msg, shell_arg
from importer.model import ColumnMapping
from importer.outputs import ROLE_FILES, OutputNames
from importer.report import build_report, dump_chunks
from importer.result import (
    DEFAULT_MAX_INPUT,
    REFUSED_SKIPS,
    CheckOptions,
    CheckResult,
    Intake,
    MapResult,
    RenderedFile,
    Skipped,
)

__all__ = ["CheckOptions", "CheckResult", "MapResult", "RunPlan", "check_file", "map_file", "plan_check"]

#: The files a folder is searched for: every format a reader takes (CSV and text, workbooks).
CHECKED_SUFFIXES: Final = tuple(sorted({s for suffixes in SUFFIXES.values() for s in suffixes if s}))
#: Other table and address-book files a folder may hold: named when skipped (they must be saved
#: or exported as CSV or .xlsx first).
TABLE_SUFFIXES: Final = (".xlsb", ".numbers", ".dbf", ".ldif", ".ldi")


def output_dir(path: Path, options: CheckOptions) -> Path:
    """Where the outputs of ``path`` go: ``--out``, or the input's own folder (stdin: the current one)."""
    out = options.out_dir
    if out is None:
        out = Path.cwd() if str(path) == "-" else path.parent
    if not readable_name(out):  # the reports name their folder's files (the hostile round: exit 4)
        raise ConfigurationError(msg("usage-out-name-not-text", path=shown_name(out)))
    if out.exists() and not out.is_dir():
        raise ConfigurationError(msg("usage-out-not-dir", path=out))
    if out.is_symlink() and not out.exists():
        raise ConfigurationError(msg("usage-out-dangling-link", path=out, target=out.readlink()))
    for parent in out.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise ConfigurationError(msg("usage-out-under-file", path=out, file=parent))
            break
    return out


# --- which files a run reads ------------------------------------------------------------------


@dataclass(frozen=True)
class RunPlan:
    """The inputs of one ``check`` run with their output names, and the files it skipped."""

    inputs: list[OutputNames]
    skipped: list[Skipped]
    #: What was asked for (files and folders), for the message when nothing is left to check.
    asked: tuple[Path, ...] = ()

    def nothing_to_check(self) -> ImporterError:
        """The error for a run whose files were all skipped: exit 2 when they are all the tool's
        own outputs (a usable file refused on purpose, found by the hostile session: exit 3 and
        "give the contact file (CSV)" for an upload file given by name), else exit 3."""
        paths = ", ".join(map(str, self.asked))
        if any(s.reason in REFUSED_SKIPS for s in self.skipped):
            # files refused on purpose (two corrections of one round): named above, exit 2
            return ConfigurationError(msg("input-nothing-to-check-refused", paths=paths))
        if self.skipped and all(s.reason in _OWN_OUTPUTS for s in self.skipped):
            return ConfigurationError(msg("input-only-outputs", paths=paths))
        return InputUnusableError(msg("input-nothing-to-check", paths=paths))


#: Skip reasons that name the tool's own outputs.
_OWN_OUTPUTS: Final = frozenset({"output", "upload", "upload-changed", "unmapped-changed", "output-copy"})


def plan_check(paths: Sequence[Path], options: CheckOptions) -> RunPlan:
    """Find the inputs of a run and name their outputs; refuse a run that could not be written safely.

    A folder stands for the ``.csv``/``.txt`` files directly in it, less the tool's own outputs
    (listed in the folder's manifest and unchanged) and anything that is no regular file; its
    spreadsheets are skipped too. Every skipped file is listed with its reason. A file given by
    name is read, unless it is an unchanged output of another input of the same run (``check
    *.csv`` after a first run). The same input given twice is read once. Inputs are checked in
    natural order (``f2`` before ``f10``), whatever order the shell listed them in. An input whose
    corrected rejected file is an input too is skipped (:func:`_without_corrected`). Raises before anything
    is written: exit 2 for inputs no output names can tell apart or a ``--save-mapping`` that
    names an input.
    """
    with language(options.lang):
        found: list[tuple[Path, bool]] = []
        skipped: list[Skipped] = []
        for path in paths:
            if str(path) != "-" and path.is_dir():
                files = _folder_inputs(path, skipped)
                found += [(f, True) for f in files]
            else:
                found.append((path, False))
        resolved = {_key(path) for path, _ in found}
        inputs: list[Path] = []
        seen: set[Path] = set()
        manifests: dict[Path, Manifest] = {}
        for path, _from_folder in found:
            key = _key(path)
            if key in seen:
                continue
            seen.add(key)
            if str(path) != "-":
                manifest = manifests.setdefault(path.parent, Manifest.load(path.parent))
                source = manifest.source_of(path.name)
                if _is_own_report(manifest, path.name):
                    # its tables are findings, not contacts ("check out/*" once HTML was read)
                    skipped.append(Skipped(path, "output", source))
                    continue
                if source is not None and _key(source) in resolved and manifest.unchanged(path.name):
                    skipped.append(Skipped(path, "output", source))
                    continue
                if _is_upload_file(manifest, path.name) and _key(output_dir(path, options)) == _key(
                    path.parent
                ):
                    # Checked again into its own folder it would become a second upload file of the
                    # same contacts beside it (into another folder: a support agent verifying it).
                    reason = "upload" if manifest.unchanged(path.name) else "upload-changed"
                    skipped.append(Skipped(path, reason, source))
                    continue
                if _is_unmapped_file(manifest, path.name):
                    # It holds no contacts; re-saved in Excel, it was checked as an export of
                    # contacts (the correction-loop round).
                    reason = "output" if manifest.unchanged(path.name) else "unmapped-changed"
                    skipped.append(Skipped(path, reason, source))
                    continue
            inputs.append(path)
        inputs = _without_corrected(inputs, manifests, skipped)
        inputs = _without_rival_corrections(inputs, skipped)
        inputs.sort(key=lambda path: natural_key(str(path)))
        inputs = _without_copies(inputs, skipped)
        names = OutputNames.for_inputs([(path, output_dir(path, options)) for path in inputs])
        check_save_mapping(options.save_mapping, inputs, names)
        return RunPlan(names, skipped, tuple(paths))


def _without_corrected(
    inputs: list[Path], manifests: dict[Path, Manifest], skipped: list[Skipped]
) -> list[Path]:
    """``inputs`` less each one whose rejected file, changed since (corrected), is an input of the
    run too: that file is its correction round, and checked in one run with it the original
    rewrote the round's first set beside it (the same contacts in two upload files), or stopped
    with exit 2 and advice to check the file the run had just checked (the hostile round on
    Excel's correction loop). The original is skipped, and says why (``corrected-in-run``)."""
    by_key = {_key(path): path for path in inputs}
    corrected: dict[Path, tuple[Path, bool]] = {}
    for path in inputs:
        if str(path) == "-":
            continue
        manifest = manifests.get(path.parent)
        found = manifest.entry(path.name) if manifest is not None else None
        if manifest is None or found is None or not found[0].endswith(".rejected.csv"):
            continue
        source = manifest.source_of(path.name)
        if source is not None and _key(source) in by_key and not manifest.unchanged(path.name):
            report = path.parent / f"{found[1].set}.report.json"
            corrected[_key(source)] = (path, _read_by(source, report))
    for path in inputs:
        # saved under a name of its own ("korrigiert.csv"): its rows tell its earlier round
        if any(path == c for c, _ in corrected.values()) or not _row_column_first(path):
            continue
        found_round = _corrected_input(path)
        if found_round is None:
            continue
        source, report = found_round
        if _key(source) in by_key and _key(source) != _key(path):
            corrected.setdefault(_key(source), (path, _read_by(source, report)))
    for key, (correction, same) in corrected.items():
        # an original exported anew since (other bytes than its round read): not checked beside
        # the round of its earlier version, which would mix the two up (the hostile re-test: it
        # was skipped as the round's original, its new contacts never checked, exit 0)
        skipped.append(
            Skipped(by_key[key], "corrected-in-run" if same else "changed-beside-correction", correction)
        )
    return [path for path in inputs if _key(path) not in corrected]


def _without_rival_corrections(inputs: list[Path], skipped: list[Skipped]) -> list[Path]:
    """``inputs`` less the corrected files of one earlier round when the run has two or more of
    them ("export.rejected.csv" and "export.rejected - Kopie.csv", each edited): whichever worker
    wrote first became the round, the other's corrections were refused, about 4 runs in 10 the
    other way (the hostile correction round). Neither is checked, and each names the other
    (``rival-corrections``; the run exits 2)."""
    rounds: dict[Path, list[Path]] = {}
    for path in inputs:
        if _row_column_first(path):
            found = _corrected_input(path)
            if found is not None:
                rounds.setdefault(found[1].resolve(), []).append(path)
    rivals = {path: paths for paths in rounds.values() if len(paths) > 1 for path in paths}
    for path, paths in rivals.items():
        other = min((p for p in paths if p != path), key=lambda p: natural_key(str(p)))
        skipped.append(Skipped(path, "rival-corrections", other))
    # an original skipped for a correction the run now leaves unchecked says so
    skipped[:] = [
        Skipped(s.path, "corrected-rivals", s.source)
        if s.reason == "corrected-in-run" and s.source in rivals
        else s
        for s in skipped
    ]
    return [path for path in inputs if path not in rivals]


def _without_copies(inputs: list[Path], skipped: list[Skipped]) -> list[Path]:
    """``inputs`` (in the run's order) less each one with the same bytes as an earlier one: a copy
    ("export - Kopie.csv") checked in the same run gave a second upload file of the same contacts,
    without a word (the hostile round on Excel's files). Skipped as ``copy-in-run``."""
    sizes: dict[int, list[Path]] = {}
    for path in inputs:
        with contextlib.suppress(OSError):
            if str(path) != "-" and path.is_file():
                sizes.setdefault(path.stat().st_size, []).append(path)
    same: dict[tuple[str, int], list[Path]] = {}
    for size, group in sizes.items():
        # empty files hold no contacts to upload twice: each is refused as empty instead
        for path in group if len(group) > 1 and size > 0 else ():
            digest = file_digest(path)
            if digest is not None:
                same.setdefault(digest, []).append(path)
    copies: set[Path] = set()
    for paths in same.values():
        # the shortest name is the original's ("export.csv", not "export - Kopie.csv", "export (1).csv")
        kept = min(paths, key=lambda path: (len(path.name), natural_key(str(path))))
        for path in paths:
            if path != kept:
                copies.add(path)
                skipped.append(Skipped(path, "copy-in-run", kept))
    return [path for path in inputs if path not in copies]


def _row_column_first(path: Path) -> bool:
    """True when the text file ``path`` begins with a rejected file's row column ("Zeile"): a
    cheap look before :func:`_corrected_input` reads it."""
    if str(path) == "-" or path.suffix.lower() not in (".csv", ".txt"):
        return False
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # a pipe would block here; its check refuses it (input-not-regular)
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    # "Zeile" and "Row" are ASCII: UTF-8 and the Windows code pages agree; Excel's "Unicode-Text"
    # is UTF-16 with its byte order mark
    encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    first = re.split(r"[;,\t|\r\n]", head.decode(encoding, errors="ignore"), maxsplit=1)[0]
    return first.strip().strip('"').strip() in {row for row, _reason in REJECTED_OWN_COLUMNS}


def _corrected_input(path: Path) -> tuple[Path, Path] | None:
    """The input whose rejected rows ``path`` holds, corrected, and the report of its check, when
    that earlier round is found (:func:`importer.rounds.load_round`); None otherwise."""
    try:
        _, round_ = round_stage.load_round(path, read_contacts(path))
    except ImporterError:
        return None
    report = round_.previous_report
    source = None if report is None else Manifest.load(report.parent).source_of(report.name)
    return None if source is None or report is None else (source, report)


def _read_by(source: Path, report: Path) -> bool:
    """True when ``source`` holds the bytes the check that wrote ``report`` read: the original of
    the round. A new export saved over it since (the hostile re-test: skipped, its contacts never
    checked, exit 0) is another input, checked as such."""
    try:
        recorded = json.loads(report.read_bytes()).get("input") or {}
    except (OSError, ValueError, AttributeError):
        return False
    digest = file_digest(source)
    return digest is not None and isinstance(recorded, dict) and recorded.get("sha256") == digest[0]


def _is_upload_file(manifest: Manifest, name: str) -> bool:
    """True when ``name`` is an upload file the tool wrote into the manifest's folder (changed
    since or not)."""
    found = manifest.entry(name)
    return found is not None and round_stage.is_upload_name(found[1].set, found[0])


def _is_unmapped_file(manifest: Manifest, name: str) -> bool:
    """True when ``name`` is the file of unmapped columns the tool wrote into the manifest's folder."""
    found = manifest.entry(name)
    return found is not None and found[0] == f"{found[1].set}.unmapped.csv"


def _key(path: Path) -> Path:
    """An input as compared with others: resolved (``-`` stays ``-``)."""
    if str(path) == "-":
        return path
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link to itself (Python < 3.13)
        return path.absolute()


def _folder_inputs(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """The files of ``folder`` to check; what it skips goes to ``skipped``."""
    manifest = Manifest.load(folder)
    found: list[Path] = []
    skipped_before = len(skipped)
    for entry in sorted(folder.iterdir(), key=lambda entry: natural_key(entry.name)):
        if entry.name.startswith((".", "~$")):
            # hidden: the manifest, the lock, temporary files; "~$…": Microsoft Office's owner
            # file beside a workbook open in Excel (the correction-loop round: it made a folder
            # unusable, exit 3)
            continue
        suffix = entry.suffix.lower()
        if _is_own_report(manifest, entry.name):
            continue  # like its JSON report, never a file to check, and not worth a line
        if suffix in CHECKED_SUFFIXES:
            if not entry.is_file():
                if not entry.is_dir():
                    skipped.append(Skipped(entry, "not-regular"))
            elif manifest.unchanged(entry.name):
                skipped.append(Skipped(entry, "output", manifest.source_of(entry.name)))
            elif (original := manifest.copy_of(entry.name)) is not None:
                # A backup copy of an output ("export.rejected - Kopie.csv"): read, it took the
                # correction round over from the corrected file beside it (the correction-loop round).
                skipped.append(Skipped(entry, "output-copy", folder / original))
            else:
                found.append(entry)
        elif suffix in TABLE_SUFFIXES and entry.is_file():
            skipped.append(Skipped(entry, "other-format"))
        elif entry.is_dir() and not entry.is_symlink() and _holds_inputs(entry):
            # Only the folder's own files are checked; the hostile round found the files of its
            # subfolders passed over without a word ("a folder without CSV files").
            skipped.append(Skipped(entry, "subfolder"))
    if not found and len(skipped) == skipped_before:
        raise InputUnusableError(msg("input-is-directory", path=folder))
    return found


def _is_own_report(manifest: Manifest, name: str) -> bool:
    """True when ``name`` is a report the tool wrote, HTML or JSON (changed since or not: opened
    in a browser and saved, it is still no export of contacts; ``check out/*`` read the JSON
    report and refused it as a JSON file, exit 3: the hostile re-test)."""
    found = manifest.entry(name)
    # index.html of a batch too: "check fd/*" over a folder checked into itself refused it, exit 3
    return found is not None and (
        found[0].lower().endswith((".report.html", ".report.htm", ".report.json")) or found[0] in RUN_FILES
    )


def _holds_inputs(folder: Path) -> bool:
    """True when a file that ``check`` reads lies somewhere below ``folder`` (stops at the first)."""
    for _, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if any(Path(f).suffix.lower() in CHECKED_SUFFIXES and not f.startswith((".", "~$")) for f in files):
            return True
    return False


#: The names after ``<stem>.`` that an input's outputs take (``kunden-2.csv``, ``report.html``, a
#: correction round's ``korrektur-2.…``); ``kunden.toml`` or ``mapping.toml`` beside them is none.
_OUTPUT_NAME: Final = re.compile(
    rf"(?:korrektur-\d+\.)?(?:(?:{'|'.join(ROLE_FILES.values())})(?:-\d+)?\.csv"
    r"|rejected\.csv|unmapped\.csv|report\.html?|report\.json)"
)


def check_save_mapping(
    target: Path | None, inputs: Sequence[Path], outputs: Sequence[OutputNames] = ()
) -> None:
    """Refuse a ``--save-mapping`` file that is an input, may be an output of the run (``outputs``:
    ``<stem>.*`` in an output folder, or its ``index.html``), or an existing file that is no
    mapping file."""
    if target is None:
        return
    if len(inputs) > 1:  # each file's mapping, one after another: the last one's was kept
        raise ConfigurationError(msg("usage-save-mapping-several", path=target, count=len(inputs)))
    key = _key(target)
    if any(str(path) != "-" and _key(path) == key for path in inputs):
        raise ConfigurationError(msg("usage-save-mapping-is-input", path=target))
    name = target.name.casefold()
    for names in outputs:
        own = _OUTPUT_NAME.fullmatch(name.removeprefix(f"{names.stem.casefold()}."))
        if _key(target.parent) == _key(names.out) and (
            (name.startswith(f"{names.stem.casefold()}.") and own is not None)
            or name in RUN_FILES
            or name.startswith(".lexoffice-import")  # the folder's manifest, lock and temporary files
        ):
            raise ConfigurationError(msg("usage-save-mapping-is-output", path=target))
    if os.path.lexists(target):
        try:
            load_mapping_file(target)
        except ConfigurationError:
            raise ConfigurationError(msg("usage-save-mapping-foreign", path=target)) from None


def save_mapping_file(target: Path, columns: list[ColumnMapping], inputs: Sequence[Path]) -> None:
    """Write ``--save-mapping`` atomically, after the same checks as :func:`check_save_mapping`."""
    check_save_mapping(target, inputs)
    try:
        write_atomic(target, mapping_file_text(columns).encode("utf-8"))
    except OSError as exc:
        raise environment_error(exc, target) from None


def check_file(
    path: Path, options: CheckOptions | None = None, *, names: OutputNames | None = None
) -> CheckResult:
    """Run the whole check on one file; raise :class:`importer.errors.ImporterError` when it cannot run.

    The run's language (``options.lang``) is set here, once. Nothing is written unless the run
    completes: outputs are rendered in memory first and then replace the previous set all or
    nothing (:func:`importer.fileio.write_set`). ``names``: the output names :func:`plan_check`
    gave the input (default: the input's stem, in ``--out`` or the input's folder). An input
    that turns out unusable removes the unchanged outputs of an earlier run of it, so that no
    stale upload file is left to be uploaded by mistake.
    """
    options = options or CheckOptions()
    with language(options.lang):
        if not readable_name(path):
            # a folder's name (the file's own name is text) is renamed or left, not the file
            key = (
                "input-name-not-text" if not readable_name(Path(path.name)) else "input-folder-name-not-text"
            )
            raise InputUnusableError(msg(key, path=shown_name(path)))
        if names is None:
            names = OutputNames.for_input(path, output_dir(path, options))
        return _check(path, options, names)


def _read_and_map(
    path: Path, options: CheckOptions, *, header_only_ok: bool = False
) -> tuple[Catalog, Intake, list[ColumnMapping], round_stage.Round, CheckOptions]:
    """The stages ``check`` and ``map`` share: catalog, intake (a rejected file read back), column
    mapping; and the options, with a correction round's taken over from the earlier round."""
    catalog = load_catalog(options.catalog)
    row_stage.check_offset(options.renumber, catalog)  # before the input is read
    manual = column_stage.manual_mapping(options.mapping_file, options.manual_map)
    intake = read_contacts(
        path,
        encoding=options.encoding,
        delimiter=options.delimiter,
        max_input=options.max_input,
        header_only_ok=header_only_ok,
        sheet=options.sheet,
        catalog=catalog,
        header_row=options.header_row,
        manual=manual,
    )
    intake, round_ = round_stage.load_round(path, intake)
    round_, options = round_stage.take_settings(round_, options, intake.table.original_headers, manual)
    if round_.settings_taken:  # the earlier round's hand mappings join this run's (--map wins)
        manual = {**manual, **options.manual_map}
    stats = column_stage.column_stats(intake)
    # A correction round's file is named for its set: the original's name decided (take_settings).
    by_name = round_.number == 1 and options.role_by_name
    columns = column_stage.map_columns(intake, stats, catalog, manual, options.kind, by_name=by_name)
    if round_.number > 1 and not options.managed_session:
        # the earlier round's columns go where they went then (round_stage.earlier_targets)
        earlier = round_stage.earlier_targets(round_)
        moved = {
            c.source: earlier[c.source]
            for c in columns
            if c.source in earlier
            and c.method != "manual"
            and c.merge is None
            and c.target != earlier[c.source]
            and (earlier[c.source] is None or earlier[c.source] in catalog.names())
        }
        if moved:
            manual = {**manual, **moved}
            columns = column_stage.map_columns(intake, stats, catalog, manual, options.kind, by_name=by_name)
            kept = tuple(f'--map "{source}={target or ""}"' for source, target in moved.items())
            round_ = dataclasses.replace(round_, settings_taken=(*round_.settings_taken, *kept))
    for column in columns:
        # a column left out because the user gave its target another one says so in the reports
        # as on the page (the web round: "chosen in the list", though nothing was chosen for it)
        note = options.column_notes.get(column.source)
        if note is not None and column.method == "manual" and column.target is None and column.merge is None:
            column.note = note
    return catalog, intake, columns, round_, options


def _check(path: Path, options: CheckOptions, names: OutputNames) -> CheckResult:
    try:
        catalog, intake, columns, round_, options = _read_and_map(path, options)
    except InputUnusableError as error:
        if (
            options.write_files
            and (str(path) == "-" or path.is_file())
            and not _reading_options_given(options)
            and not (str(path) != "-" and round_stage.built_on(names.out, names.stem))
        ):
            remove_outputs(names)
        given = {"--encoding": options.encoding, "--delimiter": options.delimiter}
        named = [
            f"{option} {value}" for option, value in given.items() if value and option not in error.message
        ]
        if named:
            # the option may be what makes the file unusable ("--encoding utf-16" on a UTF-8 file
            # read as one line: "nur die Kopfzeile"; the thirty-fourth hostile round)
            hint = msg("input-unusable-with-options", options=", ".join(named))
            raise InputUnusableError(f"{error.message} {hint}") from error
        raise
    round_stage.refuse_superseded(path, round_, repeat_uploaded=options.managed_session)
    names = names.for_sheet(intake.workbook)
    if options.write_files and not options.managed_session:
        round_stage.refuse_elsewhere(path, round_, names.out)
        round_stage.refuse_restart(path, round_, names.stem, names.out)
        read = {
            "encoding": {"name": intake.encoding.name} if intake.encoding is not None else None,
            "dialect": {"delimiter": intake.dialect.delimiter} if intake.dialect is not None else None,
        }
        outcome = round_stage.outcome_of(
            settings_dict(catalog, options), [c.to_dict() for c in columns], read
        )
        round_ = round_stage.with_twin(
            round_, path, intake.sha256, intake.size, names.stem, names.out, names.protected, outcome
        )
    stem = round_.output_stem()
    if stem is not None:  # a correction round: <stem>.korrektur-N.* beside the earlier rounds' files
        names = OutputNames(names.input, names.out, stem, names.protected)
    # The working frame is handed over, not kept here: the row stage drops it once cleaned.
    processed = row_stage.process(
        row_stage.working_frame(intake, columns, catalog),
        intake,
        columns,
        catalog,
        kind=options.kind,
        renumber=options.renumber,
        phone_format=options.phone_format,
        company_person=options.company_person,
        inactive=options.inactive,
        by_name=round_.number == 1 and options.role_by_name,
    )
    moved_cells = processed.moved_cells
    # a composite export's further address rows: no contacts, their cells in a contact's upload
    # or the unmapped file
    joined = processed.joined
    # The cleaned rows are handed over as well, not kept here: the output stage drops them once
    # the upload files are rendered (at 100 MB they are about a third of the run's memory).
    handed = [round_stage.with_context(round_, processed, catalog.names())]
    del processed
    rendered = output_stage.render_outputs(
        handed.pop(), intake, columns, catalog, names, encoding=options.output_encoding, html=options.html
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
            moved_cells=moved_cells,
            rejected=rendered.rejected_rows,
            uploaded=rendered.uploaded_rows | (joined - rendered.rejected_rows),
        ),
        round=round_stage.round_report(
            round_,
            stem=names.stem,
            report_name=rendered.outputs.report_json.name,
            rows_read=intake.table.records,
            uploaded=rendered.uploaded_rows | (joined - rendered.rejected_rows),
            rejected=rendered.rejected_rows,
            unknown=rendered.issues.rows_of("correction-row-unknown") if round_.number > 1 else set(),
            upload_files=rendered.outputs.upload,
        ),
    )
    if options.write_files:
        write_outputs(result, rendered.files, names, catalog, options)
    return result


def _reading_options_given(options: CheckOptions) -> bool:
    """True when an option changed how the input is read: a refusal may be the option's fault
    (``--encoding ascii``, ``--max-input-size 100``), and the outputs of the run without it stay
    (the thirty-fourth hostile round found round 1's upload file removed while a correction
    round built on it)."""
    return (
        any(v is not None for v in (options.encoding, options.delimiter, options.sheet, options.header_row))
        or options.max_input != DEFAULT_MAX_INPUT
    )


def map_file(path: Path, options: CheckOptions | None = None) -> MapResult:
    """Only the intake and column stages: the ``map`` command's result.

    A file with only its header row (a template sent to ask whether it fits) is mapped by its
    headers alone, and the result says so.
    """
    options = options or CheckOptions()
    with language(options.lang):
        _catalog, intake, columns, _round, _options = _read_and_map(path, options, header_only_ok=True)
    return MapResult(columns, header_only=intake.table.records == 0, preamble=intake.preamble)


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
        "phone_format": options.phone_format,
        "company_person": options.company_person,
        "inactive": options.inactive,
        "catalog": catalog.source,
        "assumptions": [
            {"key": a.key, "text": a.text("en" if english else "de", web=options.managed_session)}
            for a in catalog.assumptions
        ],
    }


def write_outputs(
    result: CheckResult,
    files: list[RenderedFile],
    names: OutputNames,
    catalog: Catalog,
    options: CheckOptions,
) -> None:
    """Render the reports, then replace the input's output set with the new one, all or nothing.

    The one place a run writes to disk. A file in the way that the tool did not write (or that
    the user changed since) stops the set before anything is written: exit 2, the file named.
    """
    outputs = result.outputs
    report = build_report(result, columnar=True)
    planned: list[tuple[str, Any]] = [(f.path.name, f.data) for f in files]
    if outputs.report_html is not None:
        html = render_report(report, catalog, mask=options.mask, lang=options.lang, report_dir=names.out)
        planned.append((outputs.report_html.name, html.encode("utf-8")))
    if options.mask:  # the JSON report is shared like the HTML one: the same data hidden
        report = build_report(result, columnar=True, mask=True)
    planned.append((outputs.report_json.name, (chunk.encode("utf-8") for chunk in dump_chunks(report))))
    if options.save_mapping is not None:
        # first: when it cannot be written, the outputs are still the earlier run's, as the
        # message says (written after them, a refused mapping file left new outputs and exit 5)
        save_mapping_file(options.save_mapping, result.columns, [names.input])
    with _writing(names):
        write_set(
            names.out,
            names.stem,
            planned,
            source=names.source,
            protected=names.protected,
            other_input=options.managed_session,
        )


def remove_outputs(names: OutputNames) -> None:
    """Remove the unchanged outputs of an earlier run of ``names``' input (its input is unusable now)."""
    with _writing(names):
        remove_set(names.out, names.stem, protected=names.protected)


@contextlib.contextmanager
def _writing(names: OutputNames) -> Iterator[None]:
    """Turn what writing a set raises into the user's errors (exit 2 or 5)."""
    try:
        yield
    except OutputConflict as conflict:
        reason = conflict.reason
        if reason == "other-input" and str(names.input) == "-":
            reason = "other-input-stdin"
        elif reason == "changed" and conflict.path == names.path(".rejected.csv"):
            reason = "changed-rejected"  # the user corrected it and checked the original again
        elif reason == "changed" and conflict.path.name.endswith(
            (".unmapped.csv", ".report.json", ".report.html")
        ):
            # no contacts in it to check: "save under a name of your own and check it" made the
            # user check the unmapped columns as contacts (the hostile round on Excel's files)
            reason = "changed-no-contacts"
        raise ConfigurationError(
            msg(
                f"output-conflict-{reason}",
                path=conflict.path,
                path_arg=shell_arg(str(conflict.path)),
                input=names.input,
                other=conflict.other,
            )
        ) from None
    except OSError as exc:
        raise environment_error(exc, names.out) from None
