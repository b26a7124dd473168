"""``python -m importer`` and the ``lexoffice-import`` console script: :func:`launch`."""

from __future__ import annotations

import io
import os
import signal
import sys
from typing import Any, NoReturn

#: The exit status of a run stopped by each signal while it still loaded (as the command's own).
_EARLY_EXITS = {"SIGINT": 130, "SIGTERM": 143, "SIGHUP": 143}


def _stopped_while_loading(signum: int, frame: Any) -> None:
    """Nothing is open or written yet: leave at once, quietly, with the documented exit code.
    Ctrl-C in the first 0.1 s, while Python imported the command, printed a traceback."""
    os._exit(_EARLY_EXITS.get(signal.Signals(signum).name, 128 + signum))


def _standard_streams_in_place() -> None:
    """Standard streams closed at the start (``>&-``, ``2>&-``, a service manager's): the null
    device takes their places. Else the first file the run opened took the lowest free number,
    where anything written to the closed stream would go; and Python left ``sys.stdout`` or
    ``sys.stderr`` None (a traceback at exit; a missing input ended with exit 1, not 3). A closed
    standard input stays ``None`` in Python: reading ``-`` then says it is closed."""
    for number, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(number)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != number:
                os.dup2(null, number)
                os.close(null)
            if number and getattr(sys, name) is None:
                sink = io.TextIOWrapper(io.FileIO(number, "w", closefd=False), encoding="utf-8")
                setattr(sys, name, sink)


def launch() -> NoReturn:
    """Load the command with the stopping signals handled, then run it (:func:`importer.cli.run`,
    which installs the handlers of a run). Signals a process was started ignoring stay ignored."""
    _standard_streams_in_place()
    saved: dict[int, Any] = {}
    for name in _EARLY_EXITS:
        number = getattr(signal, name, None)  # no SIGHUP on Windows
        if number is None:
            continue
        current = signal.getsignal(number)
        if current in (signal.default_int_handler, signal.SIG_DFL):
            saved[number] = current
            signal.signal(number, _stopped_while_loading)
    from importer.cli import run

    for number, handler in saved.items():
        signal.signal(number, handler)
    run()


if __name__ == "__main__":
    launch()
