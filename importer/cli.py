"""The ``lexoffice-import`` command: thin click commands over the library.

Each command parses options, calls one library function and renders its result; exit
codes come from :class:`importer.exitcodes.ExitCode`. Heavy libraries load only inside
the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import contextlib
import contextvars
import gc
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, NoReturn

import click

from importer import __version__
from importer.exitcodes import ExitCode
from importer.messages import msg
from importer.result import Kind, Renumber

if TYPE_CHECKING:
    from importer.result import CheckOptions

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _usage_pieces(pieces: list[str]) -> list[str]:
    """click's fixed usage words (``[OPTIONS]``, ``COMMAND [ARGS]...``) in the active language."""
    lang = _click_lang.get()
    words = {
        "[OPTIONS]": msg("metavar-options", lang=lang),
        "COMMAND [ARGS]...": msg("metavar-command", lang=lang),
    }
    return [words.get(piece, piece) for piece in pieces]


class _Command(click.Command):
    """A click command whose --help option and usage line speak the message catalog's language."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = msg("help-help")
        return option

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))


class _Group(click.Group):
    """The command group, with the catalog's --help text and commands of class :class:`_Command`."""

    command_class = _Command

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """Run the command in the language of its ``--lang`` (German by default), click's own
        messages included; the language ends with the command, even when parsing failed.

        The language is read from the arguments before click parses them, so that click's
        parsing errors ("no such option") already speak it. (An option that fails to convert
        leaves click's context unclosed, and with it the language ``--lang`` entered; callers in
        the same process, such as tests, must not inherit it.)
        """
        from importer.messages import current_language, language

        argv = list(sys.argv[1:] if args is None else args)
        # The catalog's language is entered by the eager --lang option itself; the block only
        # restores it. (Set here, an unclosed context's language() would restore *this* value
        # once it is garbage-collected, long after the command.)
        with language(current_language()), click_language(_requested_language(argv)):
            return super().main(argv, *rest, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = msg("help-help")
        return option

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))


#: click's own messages (usage, missing argument, invalid value …) in German: a gettext catalog
#: of click's texts, shipped in the package (``importer/locale``, compiled by ``make locale``).
LOCALE_DIR: Final = Path(__file__).parent / "locale"
CLICK_DOMAIN: Final = "lexoffice_import"


#: The language click's own words are shown in (set by :func:`click_language`).
_click_lang: contextvars.ContextVar[str] = contextvars.ContextVar("click_lang", default="de")


def _requested_language(args: list[str]) -> str:
    """The language ``--lang`` asks for in ``args`` (``--lang en`` or ``--lang=en``), else German."""
    from importer.messages import LANGUAGES

    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg.removeprefix("--lang=")
        if (arg == "--lang" or arg.startswith("--lang=")) and value in LANGUAGES:
            return value
    return "de"


@contextlib.contextmanager
def click_language(lang: str) -> Iterator[None]:
    """click's own messages in ``lang`` inside the block.

    click looks its texts up with the standard library's gettext (``gettext.gettext``), whose
    domain and language are process-wide: the domain is pointed at the shipped catalog and the
    language set in ``LANGUAGE`` (gettext's first choice) for the block, and both are restored
    after it. English needs no catalog: gettext then returns click's own text.
    """
    import gettext

    gettext.bindtextdomain(CLICK_DOMAIN, str(LOCALE_DIR))
    previous_domain = gettext.textdomain()
    previous_language = os.environ.get("LANGUAGE")
    gettext.textdomain(CLICK_DOMAIN)
    os.environ["LANGUAGE"] = lang
    token = _click_lang.set(lang)
    try:
        yield
    finally:
        _click_lang.reset(token)
        gettext.textdomain(previous_domain)
        if previous_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = previous_language


_EXIT_HELP = (
    "\b\n"
    + msg("help-exit-codes")
    + "\n"
    + "\n".join(f"  {int(code)}  {msg('exit-' + code.name.lower().replace('_', '-'))}" for code in ExitCode)
)


class DelimiterType(click.ParamType[str]):
    """``;`` ``,`` ``|`` or ``tab``/``\\t`` → the delimiter character."""

    name = msg("metavar-char")
    _ALIASES: ClassVar[dict[str, str]] = {
        "tab": "\t",
        "\\t": "\t",
        "semikolon": ";",
        "semicolon": ";",
        "komma": ",",
        "comma": ",",
        "pipe": "|",
    }

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        text = self._ALIASES.get(text.lower(), text)
        if len(text) != 1 or text in '\r\n"':
            self.fail(msg("usage-delimiter", value=value), param, ctx)
        return text


class SizeType(click.ParamType[int]):
    """``200MB``, ``1GB``, ``5000000`` → bytes."""

    name = msg("metavar-size")
    _UNITS: ClassVar[dict[str, int]] = {
        "": 1,
        "b": 1,
        "kb": 10**3,
        "k": 10**3,
        "mb": 10**6,
        "m": 10**6,
        "gb": 10**9,
        "g": 10**9,
    }

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        if not match or match.group(2).lower() not in self._UNITS:
            self.fail(msg("usage-size", value=value), param, ctx)
        number = float(match.group(1).replace(",", "."))
        return int(number * self._UNITS[match.group(2).lower()])


class OptionValueError(click.ClickException):
    """A structured option value that does not parse: exit 2 (usage) with the catalog's own message.

    Its message names the option and the forms it takes, so click's generic "Invalid value for"
    preamble is left out; it is shown like every other error of the tool (``Fehler: …``).
    """

    exit_code = int(ExitCode.USAGE)

    def show(self, file: Any = None) -> None:
        click.echo(f"{msg('error-prefix')}: {self.format_message()}", err=True)


class RenumberType(click.ParamType[Renumber]):
    """``clear`` or ``offset:N`` → :class:`importer.result.Renumber`, before any input is read."""

    name = "clear|offset:N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Renumber:
        if isinstance(value, Renumber):
            return value
        try:
            return Renumber.parse(str(value))
        except ValueError as exc:
            raise OptionValueError(str(exc)) from None


class KindType(click.ParamType[Kind]):
    """``--kind``: ``auto``, ``kunden``/``customers`` or ``lieferanten``/``suppliers`` → :class:`Kind`."""

    def __init__(self, *allowed: Kind) -> None:
        self.allowed = allowed
        #: German spellings in the help (the English ones are taken too).
        self.name = "|".join(_KIND_WORDS[kind] for kind in allowed)

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return f"[{self.name}]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Kind:
        try:
            kind = Kind(value)
        except ValueError:
            kind = None
        if kind not in self.allowed:
            self.fail(msg("usage-kind-values", value=value, choices=self.name.replace("|", ", ")), param, ctx)
        return kind


#: The German word for each kind, used in help texts and default file names.
_KIND_WORDS: dict[Kind, str] = {Kind.AUTO: "auto", Kind.CUSTOMERS: "kunden", Kind.SUPPLIERS: "lieferanten"}


def _fail(error: Exception, debug: bool) -> NoReturn:
    """Print one clear message (or the traceback with --debug) and exit with the error's code."""
    sys.exit(int(_report_error(error, debug)))


def _expand(paths: tuple[Path, ...]) -> Iterator[Path]:
    """Files as given; a folder stands for the contact files directly in it (CSV, text and workbooks)."""
    from importer.intake import SUFFIXES

    readable = {suffix for suffixes in SUFFIXES.values() for suffix in suffixes if suffix}
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in readable and p.is_file())
            if not found:
                from importer.errors import InputUnusableError

                raise InputUnusableError(msg("input-is-directory", path=path))
            yield from found
        else:
            yield path


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS, epilog=_EXIT_HELP, help=msg("help-cmd-main"))
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
    type=click.Path(path_type=Path, dir_okay=False),
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
        type=click.Choice(["utf-8", "utf-8-sig", "cp1252"]),
        default=default,
        show_default=True,
        help=msg(help_key),
    )


def common_input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads a contact file shares."""
    func = DEBUG_OPTION(func)
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
        default=None,
        metavar="NAME",
        help=msg("help-encoding"),
    )(func)


def mapping_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options that steer the header mapping (shared by ``check`` and ``map``)."""
    func = click.option(
        "--save-mapping",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        metavar=msg("metavar-file"),
        help=msg("help-save-mapping"),
    )(func)
    func = click.option(
        "--mapping",
        "mapping_file",
        type=click.Path(path_type=Path, dir_okay=False),
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
    "files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar=msg("metavar-files")
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
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
@click.option("--mask", is_flag=True, help=msg("help-mask"))
@click.option("--no-html", is_flag=True, help=msg("help-no-html"))
@LANG_OPTION
@click.option("--json", "as_json", is_flag=True, help=msg("help-json"))
def check(
    files: tuple[Path, ...],
    out_dir: Path | None,
    encoding: str | None,
    delimiter: str | None,
    max_input_size: int,
    sheet: str | None,
    debug: bool,
    catalog: Path | None,
    maps: tuple[str, ...],
    mapping_file: Path | None,
    save_mapping: Path | None,
    kind: Kind,
    output_encoding: str,
    renumber: Renumber | None,
    phone_format: str | None,
    mask: bool,
    no_html: bool,
    lang: str,
    as_json: bool,
) -> None:
    """The check command (help text: help-cmd-check)."""
    from importer.mapping_files import parse_map_option
    from importer.result import CheckOptions

    try:
        paths = list(_expand(files))
        options = CheckOptions(
            out_dir=out_dir,
            encoding=encoding,
            delimiter=delimiter,
            max_input=max_input_size,
            sheet=sheet,
            catalog=catalog,
            manual_map=parse_map_option(maps),
            mapping_file=mapping_file,
            save_mapping=save_mapping,
            kind=kind,
            output_encoding=output_encoding,
            renumber=renumber,
            phone_format=phone_format,
            html=not no_html,
            mask=mask,
            lang=lang,
        )
    except Exception as error:
        _fail(error, debug)
    _run_check(paths, options, as_json=as_json, debug=debug)


def _run_check(paths: list[Path], options: CheckOptions, *, as_json: bool, debug: bool) -> NoReturn:
    """Check each file, print its summary or the JSON, write index.html for several; exit with the worst."""
    from importer.pipeline import check_file
    from importer.report import build_report, dumps
    from importer.result import CheckResult
    from importer.summary import render_summary

    worst = ExitCode.READY
    results: list[CheckResult] = []
    failures: list[tuple[Path, str, ExitCode]] = []
    for path in paths:
        try:
            result = check_file(path, options)
        except Exception as error:
            code = _report_error(error, debug)
            failures.append((path, getattr(error, "message", type(error).__name__), code))
            worst = max(worst, code)
            continue
        worst = max(worst, result.exit_code)
        results.append(result)
        if not as_json:
            click.echo(render_summary(result))
    if len(paths) > 1 and options.html:
        from importer.index import write_index

        index = write_index(results, failures, options.out_dir, options.lang)
        if index is not None and not as_json:
            click.echo(msg("summary-index", path=index))
    if as_json and results:
        reports = [build_report(r, mask=options.mask) for r in results]
        click.echo(dumps(reports[0] if len(paths) == 1 else reports), nl=False)
    sys.exit(int(worst))


@main.command("map", epilog=_EXIT_HELP, help=msg("help-cmd-map"))
@click.argument("file", type=click.Path(path_type=Path), metavar=msg("metavar-file"))
@common_input_options
@mapping_options
@click.option("--json", "as_json", is_flag=True, help=msg("help-map-json"))
def map_command(
    file: Path,
    encoding: str | None,
    delimiter: str | None,
    max_input_size: int,
    sheet: str | None,
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
    from importer.mapping_files import save_mapping as write_mapping
    from importer.pipeline import map_file
    from importer.result import CheckOptions

    try:
        options = CheckOptions(
            encoding=encoding,
            delimiter=delimiter,
            max_input=max_input_size,
            sheet=sheet,
            catalog=catalog,
            manual_map=parse_map_option(maps),
            mapping_file=mapping_file,
        )
        found = map_file(file, options)
        if save_mapping is not None:
            write_mapping(save_mapping, found.columns)
    except Exception as error:
        _fail(error, debug)
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in found.columns], ensure_ascii=False, indent=2))
    else:
        click.echo(render_mapping_table(found.columns, header_only=found.header_only))
    sys.exit(int(ExitCode.READY))


@main.command("reference", epilog=_EXIT_HELP, help=msg("help-cmd-reference"))
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar=msg("metavar-file"),
    help=msg("help-reference-out"),
)
@click.option(
    "--pdf",
    "pdf_file",
    type=click.Path(path_type=Path, dir_okay=False),
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
    from importer.fileio import write_atomic
    from importer.pages import reference_page
    from importer.printing import print_pdf

    target = out_file or (None if pdf_file is not None else Path("lexoffice-schnellreferenz.html"))
    try:
        html = reference_page(load_catalog(catalog), lang=lang)
        pdf = None if pdf_file is None else print_pdf(html)  # before anything is written
        if target is not None:
            write_atomic(target, html.encode("utf-8"))
            click.echo(msg("written", path=target))
        if pdf_file is not None and pdf is not None:
            write_atomic(pdf_file, pdf)
            click.echo(msg("written", path=pdf_file))
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
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
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
    from importer.fileio import write_atomic
    from importer.template_csv import template_bytes

    target = out_file or Path(f"lexoffice-vorlage-{_KIND_WORDS[kind]}.csv")
    try:
        data = template_bytes(load_catalog(catalog), kind.value, output_encoding, example=example)
        write_atomic(target, data)
        click.echo(msg("written", path=target))
    except Exception as error:
        _fail(error, debug)


def _report_error(error: Exception, debug: bool) -> ExitCode:
    """Print the message for a failed file and return its exit code (the run goes on with the next file)."""
    from importer.errors import ImporterError

    internal = not isinstance(error, ImporterError) or error.exit_code is ExitCode.INTERNAL
    if debug and internal:  # a user error's message says everything; a bug needs its traceback
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, ImporterError):
        click.echo(f"{msg('error-prefix')}: {error.message}", err=True)
        return error.exit_code
    click.echo(f"{msg('error-prefix')}: {msg('internal-error', error=type(error).__name__)}", err=True)
    return ExitCode.INTERNAL


def run() -> NoReturn:
    """The console script and ``python -m importer``: :func:`main`, then an immediate exit.

    The interpreter's own shutdown (tearing down polars, pandera and every object of the run)
    took 0.15-0.25 s of a 2 MB check, more than writing all outputs. By the time a command
    returns everything is written and closed (outputs atomically), so the process flushes its
    standard streams and leaves with :func:`os._exit`. Exit codes are those of :func:`main`.
    """
    try:
        main()
        code: object = 0
    except SystemExit as exc:  # click's standalone mode always ends with one
        code = exc.code
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # what Python does with SystemExit("text")
        print(code, file=sys.stderr)
        status = 1
    if sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(status)  # under coverage or a profiler: let it write its data at exit
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (| head) or stream
            stream.flush()
    os._exit(status)
