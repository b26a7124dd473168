"""What the environment refused, told plainly: an ``OSError`` of a write becomes an
:class:`importer.errors.ImporterError` with a German message and a documented exit code.

A full disk, a read-only folder, a file locked by Excel or a name too long for the file system is
no bug of the tool and no fault of the data: exit 5 (:attr:`importer.exitcodes.ExitCode.ENVIRONMENT`),
with what to do. Every write of the tool is atomic, so each message can promise that the outputs
of the previous run are as they were.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Final

from importer.errors import ConfigurationError, EnvironmentRefusedError, ImporterError
from importer.fileio import LOCK_NAME, MANIFEST_NAME, FolderBusy
from importer.messages import MESSAGES, msg

#: Windows error codes of a file another program holds open (sharing and lock violation).
_WINDOWS_LOCKED: Final = (32, 33)
_DISK_FULL: Final = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: The longest file name most file systems take, in bytes (ext4, APFS; NTFS: 255 characters).
NAME_MAX: Final = 255


#: Names of the tool's own hidden files in an output folder: its manifest, its lock and the
#: temporary files of a set being written (".lexoffice-import-….tmp").
_OWN_HIDDEN: Final = (MANIFEST_NAME, LOCK_NAME, ".lexoffice-import-")


def environment_error(exc: OSError, path: Path | None = None) -> ImporterError:
    """The user's message for ``exc``, raised while writing ``path`` (or the file the error names)."""
    if isinstance(exc, FolderBusy):
        return EnvironmentRefusedError(msg("env-busy", path=exc.folder))
    shown = Path(exc.filename) if isinstance(exc.filename, str) else path
    where = str(shown) if shown is not None else "?"
    if getattr(exc, "winerror", None) in _WINDOWS_LOCKED:
        return EnvironmentRefusedError(msg("env-locked", path=where))
    if exc.errno in _DISK_FULL:
        return EnvironmentRefusedError(msg("env-disk-full", path=where))
    if exc.errno == errno.EROFS:
        return EnvironmentRefusedError(msg("env-read-only", path=where))
    if exc.errno in (errno.EACCES, errno.EPERM):
        if shown is not None and shown.name.startswith(_OWN_HIDDEN):
            # the tool's own hidden file (manifest, lock, a temporary file): no user opened it in
            # Excel, the folder refuses to be written (the thirty-fourth hostile round)
            return EnvironmentRefusedError(msg("env-folder-not-writable", folder=shown.parent))
        return EnvironmentRefusedError(msg("env-permission", path=where))
    if exc.errno == errno.ENAMETOOLONG:
        name = shown.name if shown is not None else where
        size = len(name.encode("utf-8", "surrogateescape"))
        if size > NAME_MAX:  # the name an input gave its outputs; else a folder's path is too long
            return EnvironmentRefusedError(msg("env-name-too-long", name=name, length=size))
        return EnvironmentRefusedError(
            msg("env-path-too-long", path=where, length=len(where.encode("utf-8", "surrogateescape")))
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) and shown is not None:
        return ConfigurationError(msg("usage-out-under-file", path=where, file=where))
    return EnvironmentRefusedError(msg("env-other", path=where, reason=system_reason(exc)))


def system_reason(exc: OSError) -> str:
    """The system's reason, in the user's language where the tool knows it: the system's own text
    is English on most machines ("No such file or directory")."""
    name = errno.errorcode.get(exc.errno) if exc.errno is not None else None
    if name is not None and f"env-reason-{name}" in MESSAGES:
        return msg(f"env-reason-{name}")
    return exc.strerror or type(exc).__name__
