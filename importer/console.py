"""What a ``check`` run prints, and how it stops: a stdout that cannot encode every character (the
summary shows ``?``, ``--json`` a ``\\uXXXX`` escape, so the JSON stays valid), the streamed JSON
document, the progress line on a terminal, and Ctrl-C or SIGTERM turned into exits 130 and 143."""

from __future__ import annotations

import contextlib
import errno
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import click

from importer.exitcodes import ExitCode
from importer.messages import counted, msg

_JSON_ERRORS = "lexoffice-import-json"


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a character the stream cannot encode, as JSON's ``\\uXXXX`` escape.

    JSON's structure is ASCII, so such a character can only stand inside a string, where the
    escape means the same character: the document stays valid and loses nothing.
    """
    if not isinstance(error, UnicodeEncodeError):
        raise error
    escaped = []
    for char in error.object[error.start : error.end]:
        point = ord(char)
        if point > 0xFFFF:
            point -= 0x10000
            escaped.append(f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{point:04x}")
    return "".join(escaped), error.end


class JsonStream:
    """``--json`` output: one report, or a list of them, written to stdout piece by piece.

    No report is ever held as one string (a 100 MB input's report is large). Characters stdout
    cannot encode (a cp1252 console, ``PYTHONIOENCODING=cp1252``) are written as JSON escapes.
    The text equals :func:`importer.report.dumps` of the same report or list.
    """

    def __init__(self, *, single: bool) -> None:
        import codecs

        codecs.register_error(_JSON_ERRORS, _json_escape)
        self.single = single
        self.count = 0
        #: True while a report is half written (an interruption there leaves no JSON to end).
        self.partial = False
        self.encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        self.binary = getattr(sys.stdout, "buffer", None)
        if not single:
            self.write_text("[\n")

    def write_text(self, text: str) -> None:
        """Write JSON text; characters a terminal would obey as JSON escapes (:func:`shown`: the
        same strings; JSON escapes the C0 controls itself)."""
        text = shown(text)
        if self.binary is None:
            sys.stdout.write(text.encode(self.encoding, _JSON_ERRORS).decode(self.encoding))
        else:
            self.binary.write(text.encode(self.encoding, _JSON_ERRORS))

    def write(self, report: dict[str, Any]) -> None:
        """Write one report (in a list: after a comma)."""
        from importer.report import dump_chunks

        if not self.single and self.count:
            self.write_text(",\n")
        self.count += 1
        self.partial = True
        previous: str | None = None
        for chunk in dump_chunks(report):
            if previous is not None:
                self.write_text(previous)
            previous = chunk
        if previous is not None:
            self.write_text(previous if self.single else previous.rstrip("\n"))
        self.partial = False

    def end_interrupted(self, rest: list[dict[str, Any]]) -> None:
        """End the output of an interrupted run as valid JSON: ``rest`` (the reports not yet
        written; stand-ins for the inputs not checked) after the ones written. A list was left
        open at ``[`` (the hostile round on environments). Nothing when a report is half
        written: no JSON can be ended there."""
        if self.partial or (self.single and self.count):
            return
        for report in rest[:1] if self.single else rest:
            self.write(report)
        self.close()

    def close(self) -> None:
        """End the list, flush."""
        if not self.single:
            self.write_text("\n]\n")
        (self.binary or sys.stdout).flush()


#: The message (key) for stdout failing in a run whose output is files (its files are written
#: all the same); None while stdout is the output (help, ``--json``, ``map``): see :func:`stdout_verdict`.
_FILES_MESSAGE: str | None = None


#: What a character the console cannot show is written as (a cp850 or ASCII stream): the quotes,
#: dashes and arrows of the messages in plain ASCII, anything else as ``?`` (Python's default on
#: stderr, ``\u201e``, made every German message hard to read).
_PLAIN: Final = {
    "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "«": '"', "»": '"',
    "→": "->", "–": "-", "—": "-", "…": "...", "×": "x", "€": "EUR", "\u00a0": " ", "\u202f": " ",
}  # fmt: skip
PLAIN_ERRORS: Final = "lexoffice-import-plain"


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(_PLAIN.get(char, "?") for char in error.object[error.start : error.end]), error.end


def plain_where_unencodable(*streams: Any) -> None:
    """Characters ``streams`` cannot encode are written as :data:`_PLAIN` says."""
    import codecs

    codecs.register_error(PLAIN_ERRORS, _plain)
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=PLAIN_ERRORS)


#: Characters a terminal obeys instead of showing: C0 controls but the tab and the line break,
#: DEL, C1 controls, and Unicode's bidirectional overrides and isolates. They reach the console
#: inside names and values of the user's files ("evil\x1b]0;…\x07.csv", a header "Ort\x1b[2J", a
#: carriage return that overwrites a line with "bereit"): written as JSON's ``\uXXXX`` escapes,
#: which show every such character and keep ``--json`` output the same JSON.
_OBEYED: Final = "".join(
    [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)
_OBEYED_PATTERN: Final = re.compile(f"[{re.escape(_OBEYED)}]")
#: The same, and the line break: text that must stay on one line (the progress line).
_OBEYED_IN_LINE_PATTERN: Final = re.compile(f"[{re.escape(_OBEYED)}\n]")


def _escaped(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def shown(text: str, *, one_line: bool = False) -> str:
    """``text`` with every character a terminal would obey instead of show (:data:`_OBEYED`;
    ``one_line``: the line break too) as a ``\\uXXXX`` escape."""
    return (_OBEYED_IN_LINE_PATTERN if one_line else _OBEYED_PATTERN).sub(_escaped, text)


def tolerant_stdout(files_message: str | None = None) -> None:
    """A character stdout cannot encode is shown as ``?`` instead of ending the run; and stdout
    that cannot be written at all (``| head -1`` closed the pipe, ``> /dev/full``) no longer ends
    it either (:class:`TolerantStream`): the end of the run says so (:func:`stdout_verdict`).
    ``files_message``: the command's output is files, and this message says that they are not
    affected."""
    global _FILES_MESSAGE
    if files_message is not None:
        _FILES_MESSAGE = files_message
    plain_where_unencodable(sys.stdout)
    if sys.stdout is not None and not isinstance(sys.stdout, TolerantStream):
        sys.stdout = TolerantStream(sys.stdout)


def tolerant_stderr() -> None:
    """stderr as :func:`tolerant_stdout` makes stdout: characters it cannot encode written plain,
    and a message that cannot be written (``2>/dev/full``) dropped, which turned exits 2 and 3
    into 1."""
    plain_where_unencodable(sys.stderr)
    if sys.stderr is not None and not isinstance(sys.stderr, TolerantStream):
        sys.stderr = TolerantStream(sys.stderr)


class TolerantStream:
    """A stream whose first failed write or flush is kept (:attr:`failure`) instead of raised; what
    follows is dropped. A batch stopped after two files, without its overview, when ``head``
    had read the line it wanted; ``> /dev/full`` ended a run with a traceback (the hostile round
    on environments). Its ``buffer`` (``--json``) shares the failure."""

    def __init__(self, stream: Any, owner: TolerantStream | None = None) -> None:
        self._stream = stream
        self._owner = owner or self
        self.failure: OSError | ValueError | None = None

    def write(self, data: Any, *, controls: bool = False) -> int:
        """Write ``data``; text with the characters a terminal obeys shown as escapes (:func:`shown`),
        unless ``controls`` (the progress line's own carriage returns)."""
        if self._owner.failure is None:
            try:
                if isinstance(data, str) and not controls:
                    self._stream.write(shown(data))
                    return len(data)
                return int(self._stream.write(data))
            except (OSError, ValueError) as exc:
                self._owner.failure = exc
        return len(data)

    def flush(self) -> None:
        if self._owner.failure is None:
            try:
                self._stream.flush()
            except (OSError, ValueError) as exc:
                self._owner.failure = exc

    @property
    def buffer(self) -> TolerantStream:
        return TolerantStream(self._stream.buffer, self._owner)

    def __getattr__(self, name: str) -> Any:  # encoding, errors, isatty, fileno …
        return getattr(self._stream, name)


def stdout_failure() -> OSError | ValueError | None:
    """Why stdout could not be written in this run, when a :class:`TolerantStream` caught it."""
    stream = sys.stdout
    return stream.failure if isinstance(stream, TolerantStream) else None


def stdout_verdict() -> tuple[str, bool] | None:
    """The message key for stdout that failed in this run, and whether the run failed with it
    (stdout was its output: ``--help`` into a full disk printed a traceback); None when stdout
    was fine, or a reader closed the pipe after what it wanted (``| head``)."""
    failure = stdout_failure()
    if failure is None or getattr(failure, "errno", None) == errno.EPIPE:
        return None
    if _FILES_MESSAGE is not None:
        return _FILES_MESSAGE, False
    return "stdout-failed-output", True


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so that an output set being written is rolled back."""


def raise_terminated(_signum: int, _frame: object) -> None:
    """The handler of SIGTERM (and SIGHUP, from :func:`importer.cli.run`): :class:`Terminated`."""
    raise Terminated


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C exits 130 and SIGTERM 143, each with a message, after the writer has rolled back.

    (click itself would turn Ctrl-C into "Aborted!" and exit 1.)
    """
    import signal

    previous: Any = None
    installed = False
    with contextlib.suppress(ValueError):  # only the main thread may set a handler
        previous = signal.signal(signal.SIGTERM, raise_terminated)
        installed = True
    try:
        yield
    except KeyboardInterrupt:
        click.echo(msg("interrupted"), err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except Terminated:
        click.echo(msg("terminated"), err=True)
        sys.exit(int(ExitCode.TERMINATED))
    finally:
        if installed:
            signal.signal(signal.SIGTERM, previous)


def is_terminal() -> bool:
    """Whether stdout is a terminal a person watches (not a file, a pipe or a test's capture)."""
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


class Progress:
    """The progress line of a ``check`` run on a terminal: files done, rows read, the current file.

    One line, rewritten in place with a carriage return and cut to the terminal's width; it is
    wiped before anything else is printed (:meth:`hidden`) and at the end. Disabled, it prints
    nothing: stdout is a file or a pipe, or ``--json``/``--quiet`` was given.
    """

    def __init__(self, inputs: list[Path], *, enabled: bool) -> None:
        self.inputs = inputs
        self.enabled = enabled
        self.finished = [False] * len(inputs)
        self.rows = 0
        self.width = 0

    def done(self, index: int, rows: int) -> None:
        """Input ``index`` is finished, with ``rows`` rows read."""
        self.finished[index] = True
        self.rows += rows
        self.draw()

    def line(self) -> str:
        """The text of the line: ``3/20 Dateien fertig · 12.345 Zeilen · prüfe f4.csv``."""
        current = next((p for p, done in zip(self.inputs, self.finished, strict=True) if not done), None)
        return msg(
            "progress-line",
            done=sum(self.finished),
            total=len(self.inputs),
            rows=counted("count-rows", self.rows),
            current=current.name if current is not None else "",
        )

    def draw(self) -> None:
        """Show the line (while some input is still being checked)."""
        if not self.enabled or all(self.finished):
            return
        import shutil

        columns = shutil.get_terminal_size().columns - 1
        text = shown(self.line(), one_line=True)[:columns]
        self._write("\r" + text.ljust(self.width))
        self.width = len(text)

    def clear(self) -> None:
        """Wipe the line."""
        if self.enabled and self.width:
            self._write("\r" + " " * self.width + "\r")
            self.width = 0

    @contextlib.contextmanager
    def hidden(self) -> Iterator[None]:
        """Print other text in the block; the line is drawn again after it."""
        self.clear()
        yield
        self.draw()

    def _write(self, text: str) -> None:
        stream = sys.stdout
        if isinstance(stream, TolerantStream):
            stream.write(text, controls=True)
        else:
            stream.write(text)
        stream.flush()
