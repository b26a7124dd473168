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
    #: The environment refused: an output cannot be written (folder not writable, read-only or full,
    #: a file locked by another program, a name too long) or another run is writing the same folder.
    ENVIRONMENT = 5
    #: Interrupted with Ctrl-C (128 + SIGINT); the outputs are those of before the run.
    INTERRUPTED = 130
    #: Ended by SIGTERM (128 + SIGTERM); the outputs are those of before the run.
    TERMINATED = 143
