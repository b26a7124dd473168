"""The ``lexoffice-import`` command: thin click commands over the library.

Each command parses options, calls one library function and renders its result; exit
codes come from :class:`importer.exitcodes.ExitCode`. Heavy libraries load only inside
the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, NoReturn

import click

from importer import __version__
from importer.exitcodes import EXIT_CODE_HELP_DE, ExitCode
from importer.messages import msg

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

_EXIT_HELP = "\b\nExit-Codes:\n" + "\n".join(
    f"  {int(code)}  {text}" for code, text in EXIT_CODE_HELP_DE.items()
)


class DelimiterType(click.ParamType[str]):
    """``;`` ``,`` ``|`` or ``tab``/``\\t`` → the delimiter character."""

    name = "zeichen"
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

    name = "größe"
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


def _fail(error: Exception, debug: bool) -> NoReturn:
    """Print one clear message (or the traceback with --debug) and exit with the error's code."""
    sys.exit(int(_report_error(error, debug)))


def _expand(paths: tuple[Path, ...]) -> Iterator[Path]:
    """Files as given; a folder stands for the ``.csv``/``.txt`` files directly in it."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".txt") and p.is_file())
            if not found:
                from importer.errors import InputUnusableError

                raise InputUnusableError(msg("input-is-directory", path=path))
            yield from found
        else:
            yield path


@click.group(context_settings=CONTEXT_SETTINGS, epilog=_EXIT_HELP)
@click.version_option(
    __version__, "--version", "-V", prog_name="lexoffice-import", message="%(prog)s %(version)s"
)
def main() -> None:
    """Prüft Kontaktdateien (CSV) für den lexoffice-Import von Kunden und Lieferanten.

    \b
    Beispiel:
        lexoffice-import check kunden.csv
    """


def common_input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads a contact file shares."""
    func = click.option("--debug", is_flag=True, help="Bei internen Fehlern den Traceback zeigen.")(func)
    func = click.option(
        "--max-input-size",
        type=SizeType(),
        default="200MB",
        show_default=True,
        help="Größere Eingaben werden abgelehnt, bevor sie gelesen werden.",
    )(func)
    func = click.option(
        "--delimiter",
        type=DelimiterType(),
        default=None,
        help="Trennzeichen vorgeben: ';' ',' '|' oder tab (sonst erkannt).",
    )(func)
    return click.option(
        "--encoding",
        default=None,
        metavar="NAME",
        help="Kodierung vorgeben, z. B. cp1252, utf-8, mac_roman (sonst erkannt).",
    )(func)


@main.command(epilog=_EXIT_HELP)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Ordner für die Ausgaben (Standard: der Ordner der Eingabe).",
)
@common_input_options
@click.option("--json", "as_json", is_flag=True, help="Den JSON-Bericht auf stdout ausgeben (sonst nichts).")
def check(
    files: tuple[Path, ...],
    out_dir: Path | None,
    encoding: str | None,
    delimiter: str | None,
    max_input_size: int,
    debug: bool,
    as_json: bool,
) -> None:
    """Prüft FILE... und schreibt Upload-, Ablehnungs- und Berichtsdateien.

    Die Eingabe wird nie verändert. Die Ausgaben heißen wie die Eingabe:
    <name>.report.json (und weitere, siehe README).

    \b
    Beispiel:
        lexoffice-import check export.csv --out ergebnis/
    """
    from importer.pipeline import CheckOptions, check_file
    from importer.report import dumps
    from importer.summary import render_summary

    options = CheckOptions(out_dir=out_dir, encoding=encoding, delimiter=delimiter, max_input=max_input_size)
    worst = ExitCode.READY
    reports: list[dict[str, Any]] = []
    try:
        paths = list(_expand(files))
    except Exception as error:
        _fail(error, debug)
    for path in paths:
        try:
            result = check_file(path, options)
        except Exception as error:
            code = _report_error(error, debug)
            worst = max(worst, code)
            continue
        worst = max(worst, result.exit_code)
        if as_json:
            reports.append(result.to_report())
        else:
            click.echo(render_summary(result))
    if as_json and reports:
        click.echo(dumps(reports[0] if len(reports) == 1 else reports), nl=False)
    sys.exit(int(worst))


def _report_error(error: Exception, debug: bool) -> ExitCode:
    """Print the message for a failed file and return its exit code (the run goes on with the next file)."""
    from importer.errors import ImporterError

    if debug:
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, ImporterError):
        click.echo(f"Fehler: {error.message}", err=True)
        return error.exit_code
    click.echo(f"Fehler: {msg('internal-error', error=type(error).__name__)}", err=True)
    return ExitCode.INTERNAL
