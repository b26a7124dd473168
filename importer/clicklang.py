"""click in the message catalog's language: its usage words, its --help option and its own messages
(a German gettext catalog shipped with the package), set for one command from ``--lang``."""

from __future__ import annotations

import contextlib
import contextvars
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import click

from importer.messages import msg


def _usage_pieces(pieces: list[str]) -> list[str]:
    """click's fixed usage words (``[OPTIONS]``, ``COMMAND [ARGS]...``) in the active language."""
    lang = _click_lang.get()
    words = {
        "[OPTIONS]": msg("metavar-options", lang=lang),
        "COMMAND [ARGS]...": msg("metavar-command", lang=lang),
    }
    return [words.get(piece, piece) for piece in pieces]


class _LocalizedHelp(click.Command):
    """The --help option's text and the usage line in the message catalog's language."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = msg("help-help")
        return option

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))


class LocalizedCommand(_LocalizedHelp):
    """A click command whose --help option and usage line speak the message catalog's language."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for option, values in repeated_options(self.get_params(ctx), args):
            # click keeps the last one, as command lines do; said, since the first may be the one
            # meant ("--kind lieferanten … --kind kunden" from an edited line)
            click.echo(
                msg("usage-option-repeated", option=option, values=", ".join(values), value=values[-1]),
                err=True,
            )
        return super().parse_args(ctx, args)


def repeated_options(params: list[click.Parameter], args: list[str]) -> list[tuple[str, list[str]]]:
    """Options that take one value and were given two different ones in ``args``: (the option's
    longest name, its values in order). Read left to right as click does: a word another option
    takes as its value ("--map '-ort=Ort 1'", "--map --kind=kunden") is that option's value."""
    takes_value: dict[str, click.Option] = {}
    for param in params:
        if isinstance(param, click.Option) and not param.is_flag and not param.count:
            for name in [*param.opts, *param.secondary_opts]:
                takes_value[name] = param
    given: dict[str, list[str]] = {}
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--":
            break
        name, value = word, None
        if word not in takes_value:
            if word.startswith("--") and "=" in word:
                name, _, value = word.partition("=")
            elif not word.startswith("--") and len(word) > 2 and word[:2] in takes_value:
                name, value = word[:2], word[2:]
        option = takes_value.get(name)
        if option is not None and value is None and index + 1 < len(args):
            value = args[index + 1]
            index += 1
        if option is not None and value is not None and not option.multiple:
            given.setdefault(max([*option.opts, *option.secondary_opts], key=len), []).append(value)
        index += 1
    return [(option, values) for option, values in given.items() if len(set(values)) > 1]


class LocalizedGroup(_LocalizedHelp, click.Group):
    """The command group, with the catalog's --help text and commands of class :class:`LocalizedCommand`."""

    command_class = LocalizedCommand

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
        # restores it, also after an option failed and left --lang's language() unclosed.
        with language(current_language()), click_language(_requested_language(argv)):
            return super().main(argv, *rest, **kwargs)


class LocalizedPath(click.Path):
    """click's path type, naming what it wants ("Ordner", "Datei") in the active language.

    click words that name when the type is made, at import, before any language is set: its
    messages said "Directory 'l.csv' ist eine Datei" (found by the hostile session). The name is
    looked up again whenever a value is converted.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import gettext

        english = (
            "file"
            if self.file_okay and not self.dir_okay
            else "directory"
            if self.dir_okay and not self.file_okay
            else "path"
        )
        self.name = gettext.gettext(english)
        if isinstance(value, str) and not value.strip():
            # pathlib reads "" as ".": ``check "$EXPORT"`` with an empty variable checked the
            # whole current folder and wrote its outputs there (the hostile round on environments)
            from importer.messages import msg

            self.fail(msg("usage-empty-path"), param, ctx)
        return super().convert(value, param, ctx)


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
