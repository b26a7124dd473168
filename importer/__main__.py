"""``python -m importer`` and the ``lexoffice-import`` console script: :func:`launch`."""

from __future__ import annotations

import os
import signal
from typing import Any, NoReturn

#: The exit status of a run stopped by each signal while it still loaded (as the command's own).
_EARLY_EXITS = {"SIGINT": 130, "SIGTERM": 143, "SIGHUP": 143}


def _stopped_while_loading(signum: int, frame: Any) -> None:
    """Nothing is open or written yet: leave at once, quietly, with the documented exit code.
    Ctrl-C in the first 0.1 s, while Python imported the command, printed a traceback."""
    os._exit(_EARLY_EXITS.get(signal.Signals(signum).name, 128 + signum))


def launch() -> NoReturn:
    """Load the command with the stopping signals handled, then run it (:func:`importer.cli.run`,
    which installs the handlers of a run). Signals a process was started ignoring stay ignored."""
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
