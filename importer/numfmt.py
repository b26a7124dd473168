"""Excel number formats that change how a whole number is shown: ``00000`` (Excel's special format
"Postleitzahl"), ``0000 0000000``, ``"K-"00000``, ``\\+00 000 0000000``.

A workbook stores such a cell as the bare number (``1067``) and shows it through its format
(``01067``); calamine (fastexcel) reads the number. Only formats made of digit placeholders and
literal text are rendered here (:func:`integer_format`); a format with decimals, a thousands
separator, a percent sign, an exponent, a date or time part, text (``@``), fill or padding, or a
condition is left alone (:func:`integer_format` returns ``None``): the cell keeps the number as
calamine read it. The rules are those of Excel's documentation "Review guidelines for customizing a
number format": ``0`` shows a digit or a zero, ``#`` a digit or nothing, ``?`` a digit or a space;
a number with more digits than placeholders shows them all in the leftmost placeholder; a colour
(``[Rot]``, ``[Red]``) or a locale tag (``[$-407]``) does not change the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

__all__ = ["PLAIN_LITERALS", "integer_format"]

#: Characters Excel shows as they are without quotes (besides digit placeholders).
PLAIN_LITERALS: Final = frozenset(" -+/():")
_PLACEHOLDERS: Final = frozenset("0#?")
#: A colour or a locale tag without a currency symbol: no effect on the text.
_HARMLESS_BRACKET: Final = re.compile(r"\[(?:[A-Za-zÄÖÜäöüß]+|Color\d+|Farbe\d+|\$-[0-9A-Fa-f]+)\]")

#: A token of a format section: a literal text, or one digit placeholder.
_Token = tuple[bool, str]


def _sections(code: str) -> list[str] | None:
    """``code`` split at its section separators (``;`` outside quotes and escapes)."""
    sections: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in code:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\" and not quoted:
            current.append(char)
            escaped = True
        elif char == '"':
            current.append(char)
            quoted = not quoted
        elif char == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(char)
    if quoted or escaped:
        return None
    sections.append("".join(current))
    return sections


def _tokens(section: str) -> list[_Token] | None:
    """The section as literal texts and digit placeholders; ``None`` for anything else."""
    section = _HARMLESS_BRACKET.sub("", section)
    tokens: list[_Token] = []
    at = 0
    while at < len(section):
        char = section[at]
        if char == '"':
            end = section.index('"', at + 1)  # _sections made sure every quote is closed
            tokens.append((False, section[at + 1 : end]))
            at = end + 1
            continue
        if char == "\\":
            tokens.append((False, section[at + 1]))
            at += 2
            continue
        if char in _PLACEHOLDERS:
            tokens.append((True, char))
        elif char in PLAIN_LITERALS:
            tokens.append((False, char))
        else:
            return None  # a decimal point, thousands separator, %, E, @, a date part, _ or * …
        at += 1
    if not any(placeholder for placeholder, _ in tokens):
        return None
    return tokens


def _render(tokens: list[_Token], number: int) -> str:
    """``number`` (≥ 0) shown through ``tokens``: digits fill the placeholders from the right."""
    digits = str(number) if number else ""
    positions = [i for i, (placeholder, _) in enumerate(tokens) if placeholder]
    shown = [text for _, text in tokens]
    remaining = digits
    for order, i in enumerate(reversed(positions)):
        leftmost = order == len(positions) - 1
        if leftmost and remaining:
            shown[i] = remaining
        elif remaining:
            shown[i] = remaining[-1]
            remaining = remaining[:-1]
        else:
            shown[i] = {"0": "0", "#": "", "?": " "}[tokens[i][1]]
    return "".join(shown)


@functools.cache
def integer_format(code: str) -> Callable[[int], str | None] | None:
    """How the number format ``code`` shows a whole number, when it is one of the formats this
    module renders (else ``None``); the function returns ``None`` for a number it does not show
    (a negative one) or shows as nothing (0 through ``#``: the cell keeps its 0, not lost)."""
    sections = _sections(code)
    if sections is None or len(sections) > 4:
        return None
    if any("[" in s and _HARMLESS_BRACKET.sub("", s).count("[") for s in sections[:3]):
        return None  # a condition ([<=9999]) or a currency: the section chosen depends on it
    positive = _tokens(sections[0])
    if positive is None:
        return None
    zero = _tokens(sections[2]) if len(sections) >= 3 else positive

    def show(number: int) -> str | None:
        if number < 0:
            return None
        tokens = positive if number else zero
        text = None if tokens is None else _render(tokens, number)
        return text if text and text.strip() else None  # "#" shows 0 as nothing: the 0 is kept

    return show
