"""The ``lexoffice-import`` command: thin click commands over the library.

Each command parses options, calls one library function and renders its result; exit
codes come from :class:`importer.exitcodes.ExitCode`. Heavy libraries load only inside
the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn

import click

from importer import __version__
from importer.allocator import fit_to_inputs
from importer.choices import OUTPUT_ENCODINGS, Kind, Renumber
from importer.cli_types import (
    KIND_WORDS,
    DelimiterType,
    EncodingType,
    KindType,
    RenumberType,
    SizeType,
)
from importer.clicklang import LocalizedGroup, LocalizedPath
from importer.console import (
    JsonStream,
    Progress,
    Terminated,
    interruptible,
    is_terminal,
    raise_terminated,
    stdout_failure,
    stdout_verdict,
    tolerant_stderr,
    tolerant_stdout,
)
from importer.errors import WorkersLostError
from importer.exitcodes import ExitCode
from importer.messages import msg
from importer.workers import default_jobs, start_early

if TYPE_CHECKING:
    from importer.batch import Outcome
    from importer.pipeline import RunPlan
    from importer.result import CheckOptions, Skipped

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


_EXIT_HELP = (
    "\b\n"
    + msg("help-exit-codes")
    + "\n"
    + "\n".join(f"  {int(code)}  {msg('exit-' + code.name.lower().replace('_', '-'))}" for code in ExitCode)
)


def _fail(error: Exception, debug: bool, *, as_json: bool = False) -> NoReturn:
    """Print one clear message (or the traceback with --debug) and exit with the error's code.

    With ``--json`` stdout also gets the failure as a JSON object, so that it is never empty.
    """
    code = _report_error(error, debug)
    if as_json:
        stream = JsonStream(single=True)
        stream.write(_failure(None, error, code))
        stream.close()
    sys.exit(int(code))


# --- what a run prints: stdout that cannot encode a character, --json streamed -------------------


@click.group(
    cls=LocalizedGroup, context_settings=CONTEXT_SETTINGS, epilog=_EXIT_HELP, help=msg("help-cmd-main")
)
@click.version_option(
    __version__,
    "--version",
    "-V",
    prog_name="lexoffice-import",
    message="%(prog)s %(version)s",
    help=msg("help-version"),
)
def main() -> None:
    """The lexoffice-import command group (the tests call it in-process; scripts use :func:`run`)."""
    # Fewer garbage collections: importing polars and pandera and building a few hundred
    # thousand small objects otherwise triggers repeated full collections. mypy does the same;
    # here it saves about 0.06 s of a 2 MB check. Cycles are still collected, only less often.
    gc.set_threshold(200_000, 30, 30)


#: Options more than one command takes, each defined once.
DEBUG_OPTION = click.option("--debug", is_flag=True, help=msg("help-debug"))
CATALOG_OPTION = click.option(
    "--catalog",
    type=LocalizedPath(path_type=Path, dir_okay=False),
    default=None,
    metavar=msg("metavar-file"),
    help=msg("help-catalog"),
)


def _enter_language(ctx: click.Context, _param: click.Parameter, value: str) -> str:
    """``--lang`` is eager: the command's language is set before any other option is converted,
    for the whole command (messages of the later options included), and reset when it ends."""
    from importer.messages import language

    ctx.with_resource(language(value))
    return value


LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    default="de",
    show_default=True,
    is_eager=True,
    callback=_enter_language,
    help=msg("help-lang"),
)


def output_encoding_option(
    help_key: str, default: str = "utf-8"
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--output-encoding utf-8|utf-8-sig|cp1252`` with the help text ``help_key``."""
    return click.option(
        "--output-encoding",
        type=click.Choice(OUTPUT_ENCODINGS),
        default=default,
        show_default=True,
        help=msg(help_key),
    )


def common_input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads a contact file shares."""
    func = DEBUG_OPTION(func)
    func = click.option(
        "--header-row",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help=msg("help-header-row"),
    )(func)
    func = click.option(
        "--sheet",
        default=None,
        metavar=msg("metavar-sheet"),
        help=msg("help-sheet"),
    )(func)
    func = click.option(
        "--max-input-size",
        type=SizeType(),
        default="200MB",
        show_default=True,
        help=msg("help-max-input-size"),
    )(func)
    func = click.option(
        "--delimiter",
        type=DelimiterType(),
        default=None,
        help=msg("help-delimiter"),
    )(func)
    return click.option(
        "--encoding",
        type=EncodingType(),
        default=None,
        metavar="NAME",
        help=msg("help-encoding"),
    )(func)


def mapping_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options that steer the header mapping (shared by ``check`` and ``map``)."""
    func = click.option(
        "--save-mapping",
        type=LocalizedPath(path_type=Path, dir_okay=False),
        default=None,
        metavar=msg("metavar-file"),
        help=msg("help-save-mapping"),
    )(func)
    func = click.option(
        "--mapping",
        "mapping_file",
        type=LocalizedPath(path_type=Path, dir_okay=False),
        default=None,
        metavar=msg("metavar-file"),
        help=msg("help-mapping"),
    )(func)
    func = click.option(
        "--map",
        "maps",
        multiple=True,
        metavar=msg("metavar-map"),
        help=msg("help-map"),
    )(func)
    return CATALOG_OPTION(func)


@main.command(epilog=_EXIT_HELP, help=msg("help-cmd-check"))
@click.argument(
    "files",
    nargs=-1,
    required=True,
    # readable=False: an unreadable input gets the checker's message and exit 3 (click's own was
    # exit 2 and named no cause: the hostile round on environments)
    type=LocalizedPath(path_type=Path, allow_dash=True, readable=False),
    metavar=msg("metavar-files"),
)
@click.option(
    "--out",
    "-o",
    "out_dir",
    type=LocalizedPath(path_type=Path, file_okay=False),
    default=None,
    metavar=msg("metavar-folder"),
    help=msg("help-out"),
)
@common_input_options
@mapping_options
@click.option(
    "--kind",
    type=KindType(Kind.AUTO, Kind.CUSTOMERS, Kind.SUPPLIERS),
    default="auto",
    show_default=True,
    help=msg("help-kind"),
)
@output_encoding_option("help-output-encoding")
@click.option(
    "--renumber",
    type=RenumberType(),
    default=None,
    metavar="clear|offset:N",
    help=msg("help-renumber"),
)
@click.option(
    "--phone-format",
    type=click.Choice(["e164", "national"]),
    default=None,
    help=msg("help-phone-format"),
)
@click.option(
    "--company-person",
    type=click.Choice(["contact", "keep"]),
    default="contact",
    show_default=True,
    help=msg("help-company-person"),
)
@click.option(
    "--inactive",
    type=click.Choice(["upload", "reject"]),
    default="upload",
    show_default=True,
    help=msg("help-inactive"),
)
@click.option("--mask", is_flag=True, help=msg("help-mask"))
@click.option("--no-html", is_flag=True, help=msg("help-no-html"))
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help=msg("help-jobs"),
)
@click.option("--quiet", "-q", is_flag=True, help=msg("help-quiet"))
@LANG_OPTION
@click.option("--json", "as_json", is_flag=True, help=msg("help-json"))
def check(
    files: tuple[Path, ...],
    out_dir: Path | None,
    encoding: str | None,
    delimiter: str | None,
    max_input_size: int,
    sheet: str | None,
    header_row: int | None,
    debug: bool,
    catalog: Path | None,
    maps: tuple[str, ...],
    mapping_file: Path | None,
    save_mapping: Path | None,
    kind: Kind,
    output_encoding: str,
    renumber: Renumber | None,
    phone_format: str | None,
    company_person: str,
    inactive: str,
    mask: bool,
    no_html: bool,
    jobs: int | None,
    quiet: bool,
    lang: str,
    as_json: bool,
) -> None:
    """The check command (help text: help-cmd-check)."""
    fit_to_inputs(files)  # before polars loads
    start_early(files, jobs)  # the batch's worker server imports while this process does
    from importer.mapping_files import parse_map_option
    from importer.pipeline import plan_check
    from importer.result import CheckOptions

    tolerant_stdout(None if as_json else "stdout-failed")
    with interruptible():
        try:
            options = CheckOptions(
                out_dir=out_dir,
                encoding=encoding,
                delimiter=delimiter,
                max_input=max_input_size,
                sheet=sheet,
                header_row=header_row,
                catalog=catalog,
                manual_map=parse_map_option(maps),
                mapping_file=mapping_file,
                save_mapping=save_mapping,
                kind=kind,
                output_encoding=output_encoding,
                renumber=renumber,
                phone_format=phone_format,
                company_person=company_person,
                inactive=inactive,
                given=_given_options(
                    "kind", "output_encoding", "phone_format", "renumber", "company_person", "inactive"
                ),
                html=not no_html,
                mask=mask,
                lang=lang,
            )
            plan = plan_check(files, options)
        except Exception as error:
            _fail(error, debug, as_json=as_json)
        _run_check(plan, options, as_json=as_json, debug=debug, jobs=jobs, quiet=quiet)


def _failure(path: Path | None, error: Exception, code: ExitCode) -> dict[str, Any]:
    from importer.report import failure_report

    return failure_report(path, _error_text(error), int(code))


def _error_text(error: Exception) -> str:
    from importer.errors import ImporterError

    error = _user_error(error)
    return error.message if isinstance(error, ImporterError) else type(error).__name__


def _user_error(error: Exception) -> Exception:
    """An ``OSError`` of a write is the environment's refusal (exit 5), wherever it happened."""
    from importer.environment import environment_error

    return environment_error(error) if isinstance(error, OSError) else error


def _run_check(
    plan: RunPlan, options: CheckOptions, *, as_json: bool, debug: bool, jobs: int | None, quiet: bool
) -> NoReturn:
    """Check the inputs (``jobs`` at once), print each summary or stream each JSON report in the
    plan's order, then one line counting the verdicts; write index.html; exit with the worst code.

    With ``--json`` an input that could not be checked is in the output too, as a stand-in report
    with its exit code and message. A progress line is shown only on a terminal (not with
    ``--json`` or ``--quiet``).
    """
    from importer.batch import check_all
    from importer.fileio import OutputConflict
    from importer.pages import batch_summary
    from importer.result import REFUSED_SKIPS

    for skipped in plan.skipped:
        click.echo(_skipped_text(skipped), err=True)
    if not plan.inputs:
        _fail(plan.nothing_to_check(), debug, as_json=as_json)
    worst = ExitCode.READY
    outcomes: list[Outcome | None] = [None] * len(plan.inputs)
    shown = 0
    stream = JsonStream(single=len(plan.inputs) == 1) if as_json else None
    progress = Progress([n.input for n in plan.inputs], enabled=not (as_json or quiet) and is_terminal())
    progress.draw()
    late: dict[int, Outcome] = {}
    results = check_all(
        plan.inputs, options, jobs=jobs or default_jobs(), as_json=as_json, debug=debug, late=late
    )
    try:
        for position, outcome in results:
            outcomes[position] = outcome
            worst = max(worst, outcome.exit_code)
            progress.done(position, outcome.rows)
            while shown < len(outcomes) and (ready := outcomes[shown]) is not None:
                with progress.hidden():
                    _show_outcome(ready, stream, quiet=quiet)
                shown += 1
    except (KeyboardInterrupt, Terminated, WorkersLostError) as stop:
        progress.clear()
        with contextlib.suppress(Exception):
            results.close()  # waits for the workers under way (stopped here, they were not awaited yet)
        for position, outcome in late.items():  # finished while the run was being stopped
            outcomes[position] = outcome
            worst = max(worst, outcome.exit_code)
        _index_when_interrupted(plan, options, outcomes)
        if stream is not None:
            _end_json_interrupted(stream, plan, outcomes[shown:], shown, stop)
        if not isinstance(stop, WorkersLostError):
            raise
        for ready in outcomes[shown:]:  # checked, not yet shown: their outputs are new
            if ready is not None and stream is None:
                _show_outcome(ready, None, quiet=quiet)
        click.echo(f"{msg('error-prefix')}: {stop.message}", err=True)
        sys.exit(int(max(worst, stop.exit_code)))
    progress.clear()
    if any(skipped.reason in REFUSED_SKIPS for skipped in plan.skipped):
        worst = max(worst, ExitCode.USAGE)  # an input left unchecked that the user meant to check
    finished = [o for o in outcomes if o is not None]
    if stream is None and (len(plan.inputs) > 1 or quiet):
        click.echo(batch_summary(o.verdict for o in finished))
    if len(plan.inputs) > 1 and options.html:
        from importer.index import write_index

        try:
            index = write_index(
                [o.entry for o in finished], options.out_dir, options.lang, protected=plan.inputs[0].protected
            )
        except OutputConflict as conflict:
            click.echo(msg("index-not-written", path=conflict.path), err=True)
            index = None
        except OSError as error:
            worst = max(worst, _report_error(error, debug))
            index = None
        if index is not None and stream is None and not quiet:
            click.echo(msg("summary-index", path=index))
    if stream is not None:
        stream.close()
    sys.exit(int(worst))


def _index_when_interrupted(plan: RunPlan, options: CheckOptions, outcomes: list[Outcome | None]) -> None:
    """index.html of an interrupted batch: the inputs checked, and the others as not checked (their
    outputs are the earlier run's). The earlier run's page was left, listing every file with its
    old verdict beside sets the run had replaced (the hostile round on environments)."""
    if len(plan.inputs) < 2 or not options.html:
        return
    from importer.index import write_index
    from importer.report import not_checked_report

    entries = [
        outcome.entry if outcome is not None else not_checked_report(names.input)
        for names, outcome in zip(plan.inputs, outcomes, strict=True)
    ]
    with contextlib.suppress(Exception):  # the interruption is what the user hears about
        write_index(entries, options.out_dir, options.lang, protected=plan.inputs[0].protected)


def _end_json_interrupted(
    stream: JsonStream,
    plan: RunPlan,
    rest: list[Outcome | None],
    shown: int,
    stop: KeyboardInterrupt | Terminated | WorkersLostError,
) -> None:
    """End ``--json`` output of an interrupted run as a valid document: the reports of inputs
    checked but not yet written, and a stand-in (exit 130, 143 or 5) for each input not checked."""
    from importer.report import failure_report, not_checked_report

    def stand_in(path: Path) -> dict[str, Any]:
        if isinstance(stop, WorkersLostError):
            return failure_report(path, stop.message, int(stop.exit_code))
        code = ExitCode.INTERRUPTED if isinstance(stop, KeyboardInterrupt) else ExitCode.TERMINATED
        return not_checked_report(path, int(code))

    reports = [
        outcome.report if outcome is not None and outcome.report is not None else stand_in(names.input)
        for names, outcome in zip(plan.inputs[shown:], rest, strict=True)
    ]
    with contextlib.suppress(Exception):  # the interruption is what the user hears about
        stream.end_interrupted(reports)


def _show_outcome(outcome: Outcome, stream: JsonStream | None, *, quiet: bool) -> None:
    """One input's part of the output: its error on stderr, its summary or its JSON report."""
    if outcome.message is not None:
        if outcome.trace is not None:
            click.echo(outcome.trace, err=True, nl=False)
        click.echo(f"{msg('error-prefix')}: {outcome.message}", err=True)
    if stream is not None and outcome.report is not None:
        stream.write(outcome.report)
    elif outcome.summary is not None and not quiet:
        click.echo(outcome.summary)


def _given_options(*names: str) -> frozenset[str]:
    """Which of the options ``names`` the user typed (not left at their default)."""
    context = click.get_current_context()
    return frozenset(
        name for name in names if context.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE
    )


def _skipped_text(skipped: Skipped) -> str:
    """The line saying which file a run skipped, and why."""
    if skipped.reason in (
        "upload",
        "upload-changed",
        "unmapped-changed",
        "output-copy",
        "corrected-in-run",
        "copy-in-run",
        "changed-beside-correction",
        "rival-corrections",
        "corrected-rivals",
    ):
        return msg(f"skipped-{skipped.reason}", path=skipped.path, source=skipped.source or "–")
    if skipped.reason == "output":
        if skipped.source is None:
            return msg("skipped-output-unknown", path=skipped.path)
        return msg("skipped-output", path=skipped.path, source=skipped.source)
    return msg(f"skipped-{skipped.reason}", path=skipped.path)


@main.command("map", epilog=_EXIT_HELP, help=msg("help-cmd-map"))
@click.argument("file", type=LocalizedPath(path_type=Path, readable=False), metavar=msg("metavar-file"))
@common_input_options
@mapping_options
@click.option("--json", "as_json", is_flag=True, help=msg("help-map-json"))
def map_command(
    file: Path,
    encoding: str | None,
    delimiter: str | None,
    max_input_size: int,
    sheet: str | None,
    header_row: int | None,
    debug: bool,
    catalog: Path | None,
    maps: tuple[str, ...],
    mapping_file: Path | None,
    save_mapping: Path | None,
    as_json: bool,
) -> None:
    """The map command (help text: help-cmd-map)."""
    import json

    from importer.mapping_files import parse_map_option, render_mapping_table
    from importer.pipeline import check_save_mapping, map_file, save_mapping_file
    from importer.result import CheckOptions

    try:
        options = CheckOptions(
            encoding=encoding,
            delimiter=delimiter,
            max_input=max_input_size,
            sheet=sheet,
            header_row=header_row,
            catalog=catalog,
            manual_map=parse_map_option(maps),
            mapping_file=mapping_file,
        )
        check_save_mapping(save_mapping, [file])
        found = map_file(file, options)
        if save_mapping is not None:
            save_mapping_file(save_mapping, found.columns, [file])
    except Exception as error:
        _fail(error, debug)
    if as_json:
        stream = JsonStream(single=True)
        text = json.dumps([c.to_dict() for c in found.columns], ensure_ascii=False, indent=2)
        stream.write_text(text + "\n")
        stream.close()
    else:
        click.echo(render_mapping_table(found.columns, header_only=found.header_only))
    sys.exit(int(ExitCode.READY))


@main.command("reference", epilog=_EXIT_HELP, help=msg("help-cmd-reference"))
@click.option(
    "--out",
    "-o",
    "out_file",
    type=LocalizedPath(path_type=Path, dir_okay=False),
    default=None,
    metavar=msg("metavar-file"),
    help=msg("help-reference-out"),
)
@click.option(
    "--pdf",
    "pdf_file",
    type=LocalizedPath(path_type=Path, dir_okay=False),
    default=None,
    metavar=msg("metavar-file"),
    help=msg("help-reference-pdf"),
)
@CATALOG_OPTION
@LANG_OPTION
@DEBUG_OPTION
def reference_command(
    out_file: Path | None, pdf_file: Path | None, catalog: Path | None, lang: str, debug: bool
) -> None:
    """The reference command (help text: help-cmd-reference)."""
    from importer.catalog import load_catalog
    from importer.pages import reference_page
    from importer.printing import print_pdf

    target = out_file or (None if pdf_file is not None else Path("lexoffice-schnellreferenz.html"))
    tolerant_stdout(None if str(target) == "-" or str(pdf_file) == "-" else "stdout-failed-files")
    try:
        html = reference_page(load_catalog(catalog), lang=lang)
        pdf = None if pdf_file is None else print_pdf(html)  # before anything is written
        files = (
            # an earlier run's page or PDF (its creation date differs) is the command's own
            (target, html.encode("utf-8"), "--out", lambda there: _REFERENCE_MARK in there),
            (pdf_file, pdf, "--pdf", lambda there: there.startswith(b"%PDF-")),
        )
        _write_own([(p, data, option, ours) for p, data, option, ours in files if p is not None and data])
    except Exception as error:
        _fail(error, debug)


@main.command("serve", epilog=_EXIT_HELP, help=msg("help-cmd-serve"))
@click.option("--host", default="127.0.0.1", show_default=True, help=msg("help-serve-host"))
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help=msg("help-serve-port")
)
@click.option("--open", "open_browser", is_flag=True, help=msg("help-serve-open"))
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME", help=msg("help-serve-allow-host"))
@DEBUG_OPTION
def serve_command(
    host: str, port: int, open_browser: bool, allow_hosts: tuple[str, ...], debug: bool
) -> None:
    """The serve command (help text: help-cmd-serve)."""
    from importer.web import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(msg("serve-not-loopback", host=host), err=True)

    def started(url: str, already: bool) -> None:
        if not already:
            click.echo(msg("serve-started", url=url))
        else:
            click.echo(
                msg("serve-running-already-opened" if open_browser else "serve-running-already", url=url)
            )

    try:
        serve(host, port, open_browser=open_browser, allow_hosts=allow_hosts, started=started)
    except Exception as error:
        _fail(error, debug)


@main.command("template", epilog=_EXIT_HELP, help=msg("help-cmd-template"))
@click.option(
    "--kind",
    type=KindType(Kind.CUSTOMERS, Kind.SUPPLIERS),
    default="kunden",
    show_default=True,
    help=msg("help-template-kind"),
)
@click.option(
    "--out",
    "-o",
    "out_file",
    type=LocalizedPath(path_type=Path, dir_okay=False),
    default=None,
    metavar=msg("metavar-file"),
    help=msg("help-template-out"),
)
@click.option("--example", is_flag=True, help=msg("help-template-example"))
@output_encoding_option("help-template-encoding", default="utf-8-sig")
@CATALOG_OPTION
@LANG_OPTION
@DEBUG_OPTION
def template_command(
    kind: Kind,
    out_file: Path | None,
    example: bool,
    output_encoding: str,
    catalog: Path | None,
    lang: str,
    debug: bool,
) -> None:
    """The template command (help text: help-cmd-template)."""
    from importer.catalog import load_catalog
    from importer.template_csv import template_bytes

    target = out_file or Path(f"lexoffice-vorlage-{KIND_WORDS[kind]}.csv")
    tolerant_stdout(None if str(target) == "-" else "stdout-failed-files")
    try:
        found = load_catalog(catalog)
        data = template_bytes(found, kind.value, output_encoding, example=example)
        # the template with or without its example rows, as an earlier run wrote it
        other = template_bytes(found, kind.value, output_encoding, example=not example)
        _write_own([(target, data, "--out", lambda there: there == other)])
    except Exception as error:
        _fail(error, debug)


#: What marks a page as ``reference``'s own (its file may be replaced by a newer one).
_REFERENCE_MARK: Final = b'<header class="verdict verdict-neutral quick-head">'


def _write_own(files: list[tuple[Path, bytes, str, Callable[[bytes], bool]]]) -> None:
    """Write the files of ``template`` or ``reference`` (path, bytes, the option naming it) and
    say so; none when something else has one's name (exit 2 naming its option)."""
    from importer.errors import ConfigurationError
    from importer.fileio import other_file_at, write_atomic

    for path, data, option, ours in files:
        if str(path) != "-" and other_file_at(path, data, ours):
            raise ConfigurationError(msg("usage-file-exists", path=path, option=option))
    for path, data, _option, _ours in files:
        if str(path) == "-":  # standard output, as "-" means for an input (it wrote a file named "-")
            stream = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
            if stream is None:
                sys.stdout.write(data.decode("utf-8"))
            else:
                stream.write(data)
            sys.stdout.flush()
            continue
        write_atomic(path, data)
        click.echo(msg("written", path=path))


def _report_error(error: Exception, debug: bool) -> ExitCode:
    """Print the message for a failed file and return its exit code (the run goes on with the next file)."""
    from importer.errors import ImporterError

    error = _user_error(error)
    internal = not isinstance(error, ImporterError) or error.exit_code is ExitCode.INTERNAL
    if debug and internal:  # a user error's message says everything; a bug needs its traceback
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, ImporterError):
        click.echo(f"{msg('error-prefix')}: {error.message}", err=True)
        return error.exit_code
    click.echo(f"{msg('error-prefix')}: {msg('internal-error', error=type(error).__name__)}", err=True)
    return ExitCode.INTERNAL


#: Whether Ctrl-C reached this process (:func:`_note_interrupt`).
_INTERRUPTED = False


def _note_interrupt(signum: int, frame: Any) -> None:
    """Ctrl-C as Python handles it (KeyboardInterrupt), noted: however the run then ends, it exits
    130. While the command still loaded, click caught it and exited 1 (the hostile round on
    environments)."""
    global _INTERRUPTED
    _INTERRUPTED = True
    signal.default_int_handler(signum, frame)


def _handle_signals() -> None:
    """Ctrl-C noted (:func:`_note_interrupt`); SIGTERM and SIGHUP (the terminal closed) raise
    :class:`importer.console.Terminated` from the start, so that the run ends through its clean-up
    (the worker server's temporary folder) and exits 143. Killed by the signal while it still
    loaded, a batch left that folder behind (the hostile round on environments). A signal the
    process was started ignoring (``nohup``) stays ignored."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _note_interrupt)
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)  # no SIGHUP on Windows
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, raise_terminated)


def run() -> NoReturn:
    """The console script and ``python -m importer``: :func:`main`, then an immediate exit.

    The interpreter's own shutdown (tearing down polars, pandera and every object of the run)
    took 0.15-0.25 s of a 2 MB check, more than writing all outputs. By the time a command
    returns everything is written and closed (outputs atomically), so the process flushes its
    standard streams and leaves with :func:`os._exit`. Exit codes are those of :func:`main`.
    """
    _handle_signals()
    tolerant_stdout()  # help text into a full disk: a message and exit 5, no traceback
    tolerant_stderr()
    try:
        main()
        code: object = 0
    except SystemExit as exc:  # click's standalone mode always ends with one
        code = exc.code
    except Terminated:  # before the command's own handling began (interruptible), or after it
        with contextlib.suppress(OSError, ValueError):
            print(msg("terminated"), file=sys.stderr)
        code = int(ExitCode.TERMINATED)
    if _INTERRUPTED:  # click's "Abgebrochen!" ends with 1 (Ctrl-C while the command loaded)
        code = int(ExitCode.INTERRUPTED)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # what Python does with SystemExit("text")
        print(code, file=sys.stderr)
        status = 1
    if sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(status)  # under coverage or a profiler: let it write its data at exit
    verdict = stdout_verdict()
    if verdict is not None:
        from importer.environment import system_reason  # only here: it loads the file layer (--help)

        key, failed = verdict
        failure = stdout_failure()
        with contextlib.suppress(OSError, ValueError):
            reason = system_reason(failure) if isinstance(failure, OSError) else str(failure)
            print(msg(key, reason=reason), file=sys.stderr)
        if failed and status in (ExitCode.READY, ExitCode.NEEDS_ATTENTION):
            status = int(ExitCode.ENVIRONMENT)
    # What an exit runs first, the exit functions: multiprocessing's removes the temporary folder
    # of a batch's worker server (a folder per batch was left behind); cheap, unlike the teardown.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (| head) or stream
            if stream is not None:
                stream.flush()
    os._exit(status)
