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
