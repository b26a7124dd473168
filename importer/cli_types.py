"""The command line's option types: each parses its option's value at the edge, so a bad value is a
usage error (exit 2) before any input is read, with the message catalog's own words."""

from __future__ import annotations

import re
from typing import Any, ClassVar

import click

from importer.choices import Kind, Renumber
from importer.exitcodes import ExitCode
from importer.messages import msg


class DelimiterType(click.ParamType[str]):
    """``;`` ``,`` ``|`` ``#`` or ``tab``/``\\t`` → the delimiter character."""

    name = msg("metavar-char")
    _ALIASES: ClassVar[dict[str, str]] = {
        "tab": "\t",
        "\\t": "\t",
        "semikolon": ";",
        "semicolon": ";",
        "komma": ",",
        "comma": ",",
        "pipe": "|",
        "raute": "#",
        "hash": "#",
    }

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        text = self._ALIASES.get(text.lower(), text)
        # a letter or digit cuts words and numbers apart: no export is written so (--delimiter x
        # turned the header and two contacts into a preamble, the thirty-second session)
        if len(text) != 1 or text in '\r\n"' or text.isalnum():
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
    """``clear`` or ``offset:N`` → :class:`importer.choices.Renumber`, before any input is read."""

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
        self.name = "|".join(KIND_WORDS[kind] for kind in allowed)

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
KIND_WORDS: dict[Kind, str] = {Kind.AUTO: "auto", Kind.CUSTOMERS: "kunden", Kind.SUPPLIERS: "lieferanten"}


class EncodingType(click.ParamType[str]):
    """``--encoding``: a text encoding Python knows (``cp1252``, ``utf-8`` …), checked before reading."""

    name = "NAME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import codecs

        text = str(value)
        try:
            info = codecs.lookup(text)
        except LookupError:
            raise OptionValueError(msg("input-unknown-encoding", encoding=text)) from None
        if not info._is_text_encoding:  # rot13, base64, zlib …: codecs, but not between bytes and text
            raise OptionValueError(msg("usage-encoding-not-text", encoding=text))
        return text
