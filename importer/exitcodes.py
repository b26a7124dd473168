"""Exit codes of the ``lexoffice-import`` command, defined once."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """What a run of ``lexoffice-import`` ended with."""

    #: Every row is ready to upload (fixes may have been applied).
    READY = 0
    #: Rows were rejected, or there are warnings the user must read.
    NEEDS_ATTENTION = 1
    #: The command line was wrong (unknown option, bad value, conflicting options).
    USAGE = 2
    #: The input could not be used at all (not a CSV, undecodable, unclosed quote, ...).
    INPUT_UNUSABLE = 3
    #: A bug in lexoffice-import; ``--debug`` shows the traceback.
    INTERNAL = 4


#: German lines for ``--help``; kept next to the enum so both change together.
EXIT_CODE_HELP_DE: dict[ExitCode, str] = {
    ExitCode.READY: "bereit zum Hochladen",
    ExitCode.NEEDS_ATTENTION: "bitte prüfen (abgelehnte Zeilen oder Warnungen)",
    ExitCode.USAGE: "Aufruf fehlerhaft (Option oder Wert)",
    ExitCode.INPUT_UNUSABLE: "Eingabe unbrauchbar (keine lesbare CSV-Datei)",
    ExitCode.INTERNAL: "interner Fehler (--debug zeigt Details)",
}

EXIT_CODE_HELP_EN: dict[ExitCode, str] = {
    ExitCode.READY: "ready to upload",
    ExitCode.NEEDS_ATTENTION: "needs attention (rejected rows or warnings)",
    ExitCode.USAGE: "usage error (option or value)",
    ExitCode.INPUT_UNUSABLE: "input unusable (no readable CSV file)",
    ExitCode.INTERNAL: "internal error (--debug shows details)",
}
