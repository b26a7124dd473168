"""Exceptions of lexoffice-import: they mean "could not run at all".

Findings about rows are :class:`importer.model.Issue` records, never exceptions.
Every exception carries a finished, user-facing message (German by default) and the
exit code the command line ends with.
"""

from __future__ import annotations

from importer.exitcodes import ExitCode


class ImporterError(Exception):
    """Base class: the run could not go on; ``message`` says why and what to do."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputUnusableError(ImporterError):
    """The input is no usable CSV file (empty, binary, other format, undecodable, broken quoting)."""

    exit_code = ExitCode.INPUT_UNUSABLE


class ConfigurationError(ImporterError):
    """An option, mapping file or catalog file given by the user is wrong."""

    exit_code = ExitCode.USAGE


class OutputError(ImporterError):
    """An output file could not be written as required (e.g. a value cp1252 cannot hold)."""

    exit_code = ExitCode.NEEDS_ATTENTION


class EnvironmentRefusedError(ImporterError):
    """The environment refused: an output folder or file cannot be written (not the data's fault)."""

    exit_code = ExitCode.ENVIRONMENT


class WorkersLostError(EnvironmentRefusedError):
    """A batch's worker process ended abruptly (killed: the system short of memory, say); the
    inputs not finished by then are not checked."""


class SelfCheckError(ImporterError):
    """A written upload file failed the round-trip check: a bug, never the user's fault."""

    exit_code = ExitCode.INTERNAL
