"""Writing outputs so that none is ever half-written, overwritten by mistake or left behind.

:func:`write_atomic` writes one file: a temporary file beside it, then a rename.

:func:`write_set` replaces the whole output *set* of one input (its upload parts, rejected and
unmapped files, reports) all or nothing. The *manifest* ``.lexoffice-import.json`` in each output
folder records every file the tool wrote there: the set it belongs to, its size and SHA-256. Only a
file listed there and unchanged since is ever replaced or removed; any other file in the way (the
user's own, one the user edited since, an input of the run) is *foreign*, and the set is refused
with :class:`OutputConflict` before anything is written.

A set is written in these steps, under the folder's lock (``.lexoffice-import.lock``, so that two
runs never write one folder at once):

1. recover: a journal that a killed run left in the manifest is rolled back (see :func:`_recover`);
2. plan and check: every target is absent or an unchanged file of this set; stale files of the set
   (an earlier run's parts it does not write again) are to be removed;
3. journal the plan (temporary and backup names) in the manifest;
4. write every file under its temporary name, hashing it on the way; journal the hashes;
5. move the old files aside (to backup names), then the new ones into place;
6. write the manifest without the journal: the commit point;
7. delete the backups.

An exception before step 6 (Ctrl-C, SIGTERM turned into an exception, disk full, a locked file)
rolls back: the previous set is in place again and no temporary file is left. A kill (SIGKILL,
power loss) leaves the journal, and the next run writing into that folder rolls back the same way.

Nothing here knows a message: errors are ``OSError`` (:class:`FolderBusy` among them) and
:class:`OutputConflict`, which :mod:`importer.pipeline` turns into the user's messages.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import json
import os
import re
import secrets
import stat
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import filelock

#: The manifest of an output folder: the files the tool wrote there.
MANIFEST_NAME: Final = ".lexoffice-import.json"
#: The lock file that keeps two runs from writing one folder at once.
LOCK_NAME: Final = ".lexoffice-import.lock"
#: The set of the files written once per run (``index.html``); no input's stem contains ``/``.
RUN_SET: Final = "/run"
#: The files of :data:`RUN_SET`.
RUN_FILES: Final = ("index.html",)
#: Seconds a run waits for another one writing into the same folder.
LOCK_TIMEOUT: Final = 120.0
#: Seconds of waiting for that lock after which :data:`LOCK_WAIT_NOTICES` are called.
LOCK_NOTICE_AFTER: Final = 1.0
#: Called with the folder when a run has to wait for another run's lock: the command says so (a
#: run waited up to two minutes without a word: the hostile round on environments).
LOCK_WAIT_NOTICES: Final[list[Callable[[Path], None]]] = []
_TEMP_PREFIX: Final = ".lexoffice-import-"
#: A manifest larger than this is none of the tool's (one entry is about 150 bytes).
_MANIFEST_MAX_BYTES: Final = 16_000_000
_MANIFEST_VERSION: Final = 1

#: What a file is written from: its bytes, or its pieces.
Data = bytes | Iterable[bytes | memoryview]

#: Fault injection for tests: called as ``fault_hook(step, path)`` before each step that touches
#: the disk — ``"write"`` (a file is created), ``"chunk"`` (after each piece written), ``"backup"``
#: (an old file is moved aside), ``"place"`` (a new file is moved into place), ``"manifest"`` (the
#: manifest is written), ``"remove"`` (a file is deleted). An exception it raises acts as if the
#: step failed there (``OSError(ENOSPC)``: disk full) or the run was interrupted (``KeyboardInterrupt``).
#: None outside tests.
fault_hook: Callable[[str, Path], None] | None = None


def readable_name(path: Path) -> bool:
    """False for a path whose name is no UTF-8 on a system that stores names as bytes (Linux):
    Python keeps such bytes as surrogates, which no report, link or manifest can hold (a
    Windows ZIP archive unpacked on Linux: "K\xfcnden.csv" ended in an internal error)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_name(path: Path) -> str:
    """``path`` as a message shows it: a part of it whose bytes are no UTF-8 read as Windows-1252,
    the likeliest origin (``K\xfcnden.csv`` → ``Künden.csv``); the other parts as they are
    ("Müller/K\xfcnden.csv" read whole as Windows-1252 showed "MÃ¼ller"). A line break in a name
    is shown as ``\\u000a`` (``\\u000d``): the name stays on its line of a summary or list."""
    shown = "/".join(_part_shown(part) for part in os.fsencode(path).split(b"/"))
    return _LINE_BREAK.sub(lambda found: f"\\u{ord(found.group()):04x}", shown)


#: A line break in a file's name (:func:`shown_name`).
_LINE_BREAK: Final = re.compile("[\r\n]")


def _part_shown(part: bytes) -> str:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("cp1252", errors="replace")


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for file names in natural order: ``f2`` before ``f10``, case ignored.

    Digit runs compare as numbers, the rest as case-folded text (each part tagged, so that a
    number and a word never compare directly).
    """
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", name)
        if part
    )


def _step(step: str, path: Path) -> None:
    if fault_hook is not None:
        fault_hook(step, path)


@contextlib.contextmanager
def _shown_as(path: Path) -> Iterator[None]:
    """An ``OSError`` inside names ``path`` (the output or folder), not a temporary name."""
    try:
        yield
    except OSError as exc:
        exc.filename, exc.filename2 = str(path), None
        raise


class OutputConflict(Exception):  # noqa: N818 - a conflict, not an error of the program
    """An output would replace a file the tool must not touch; nothing of the set was written.

    ``reason``: ``input`` (an input of the run), ``foreign`` (a file the tool did not write there),
    ``foreign-damaged`` (a file the damaged manifest does not list), ``folder`` (a folder under
    the output's name), ``newer`` (the folder's
    manifest, written by a newer version of the tool), ``changed`` (a file the tool
    wrote, changed since, so the user's now) or ``other-input`` (the set of another input of the
    same name, which still exists: ``other``).
    """

    def __init__(self, path: Path, reason: str, other: Path | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        #: ``other-input``: the input the outputs in the way belong to.
        self.other = other


class FolderBusy(OSError):  # noqa: N818 - a state of the folder, not an error of the program
    """Another run held the output folder's lock for longer than :data:`LOCK_TIMEOUT`."""

    def __init__(self, folder: Path) -> None:
        super().__init__(errno.EBUSY, "another run is writing into the folder", str(folder))
        self.folder = folder


# --- single files ---------------------------------------------------------------------------


def write_atomic(path: Path, data: Data) -> None:
    """Write ``data`` (bytes, or its pieces) to ``path`` via a temporary file beside it and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
    try:
        with _shown_as(path):
            _write_new(tmp, data)
            _step("place", path)
            tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def other_file_at(path: Path, data: bytes, ours: Callable[[bytes], bool] | None = None) -> bool:
    """True when something is at ``path`` that is not a regular file holding exactly ``data``:
    :func:`write_atomic` would replace it.

    For the files a command writes under a name the user chose or a fixed default name
    (``template``, ``reference``): ``template --out kunden.csv`` replaced the user's export, and
    a link or a device at that name was replaced by a plain file (the hostile round on environments).
    """
    if not os.path.lexists(path):
        return False
    if path.is_symlink() or not path.is_file():
        return True
    try:
        there = path.read_bytes()
    except OSError:
        return True
    # empty (a name made with mktemp or touch), the same, or an earlier file of the command
    return not (there == data or not there or (ours is not None and ours(there)))


def _temp_name() -> str:
    """A hidden name no user file has: ``.lexoffice-import-<random>.tmp``."""
    return f"{_TEMP_PREFIX}{secrets.token_hex(8)}.tmp"


def _write_new(path: Path, data: Data) -> tuple[str, int]:
    """Create ``path`` (it must not exist) with ``data``; return its SHA-256 and size."""
    _step("write", path)
    digest = hashlib.sha256()
    size = 0
    # 0o666 less the umask, like any file a program creates.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        for piece in (data,) if isinstance(data, bytes) else data:
            handle.write(piece)
            digest.update(piece)
            size += len(piece)
            _step("chunk", path)
    return digest.hexdigest(), size


def file_digest(path: Path) -> tuple[str, int] | None:
    """SHA-256 and size of the regular file ``path`` (not followed if a link); None if it is none."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return None
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest(), info.st_size
    except OSError:
        return None


# --- the manifest ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """A file the tool wrote: its set, SHA-256 and size."""

    set: str
    sha256: str
    bytes: int


@dataclass
class Manifest:
    """The files the tool wrote into ``folder``, each set's input, and a pending journal."""

    folder: Path
    files: dict[str, Recorded] = field(default_factory=dict)
    #: Set → its input, relative to the folder where possible.
    sources: dict[str, str] = field(default_factory=dict)
    #: The journal of a set being written (None when the folder is in order).
    pending: dict[str, Any] | None = None
    #: The manifest file is there but could not be read whole (unreadable, or entries that are
    #: not what the tool writes): what it does not list counts as foreign.
    damaged: bool = False
    #: Written by a newer version of the tool (a higher ``version``): never rewritten by this one.
    newer: bool = False

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The folder's manifest; an empty one when there is none or it cannot be read.

        An unreadable manifest lists nothing, so every file in the folder counts as foreign:
        the safe side. So does an entry that is not what the tool writes (a name with a folder in
        it, a hash that is none), and a journal that is not one is ignored: a manifest edited by
        hand must never make the tool replace or delete a file it did not write, inside the
        folder or outside it.
        """
        manifest = cls(folder)
        try:
            size = (folder / MANIFEST_NAME).stat().st_size
            data = json.loads((folder / MANIFEST_NAME).read_bytes()) if size <= _MANIFEST_MAX_BYTES else None
        except FileNotFoundError:
            return manifest
        except (OSError, ValueError, RecursionError, MemoryError):
            data = None
        if data is None:
            manifest.damaged = True
            return manifest
        version = data.get("version") if isinstance(data, dict) else None
        if isinstance(version, int) and not isinstance(version, bool) and version > _MANIFEST_VERSION:
            manifest.newer = True
        files = data.get("files") if isinstance(data, dict) else None
        sources = data.get("sources", {}) if isinstance(data, dict) else None
        if not isinstance(files, dict) or not isinstance(sources, dict):
            manifest.damaged = True
            return manifest
        for name, entry in files.items():
            recorded = _recorded(name, entry)
            if recorded is None:
                manifest.damaged = True
            else:
                manifest.files[name] = recorded
        manifest.sources = {k: v for k, v in sources.items() if isinstance(k, str) and isinstance(v, str)}
        pending = data.get("pending")
        if pending is not None and not _journal(pending):
            manifest.damaged = True
            pending = None
        manifest.pending = pending
        return manifest

    def save(self) -> None:
        """Write the manifest atomically."""
        data = {
            "version": _MANIFEST_VERSION,
            "tool": "lexoffice-import",
            "files": {
                name: {"set": e.set, "sha256": e.sha256, "bytes": e.bytes}
                for name, e in sorted(self.files.items())
            },
            "sources": dict(sorted(self.sources.items())),
            "pending": self.pending,
        }
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        _step("manifest", self.folder / MANIFEST_NAME)
        write_atomic(self.folder / MANIFEST_NAME, text.encode("utf-8"))

    def entry(self, name: str) -> tuple[str, Recorded] | None:
        """The record of the file ``name`` (the exact name, else one differing only in case)."""
        if name in self.files:
            return name, self.files[name]
        folded = name.casefold()
        for key, recorded in self.files.items():
            if key.casefold() == folded:
                # Only where the file system ignores case, i.e. both names are one file.
                with contextlib.suppress(OSError):
                    if (self.folder / key).samefile(self.folder / name):
                        return key, recorded
        return None

    def unchanged(self, name: str) -> bool:
        """True when ``name`` is a file the tool wrote and nobody changed since."""
        found = self.entry(name)
        if found is None:
            return False
        digest = file_digest(self.folder / name)
        return digest is not None and digest == (found[1].sha256, found[1].bytes)

    def copy_of(self, name: str) -> str | None:
        """The file the tool wrote whose exact copy ``name`` is (another name, the same bytes:
        "export.rejected - Kopie.csv"), or None. A set's own input is no copy, even when its
        upload file came out byte for byte the same (an input in lexoffice's layout)."""
        if self.entry(name) is not None:
            return None
        path = os.path.normpath(self.folder / name)
        if any(os.path.normpath(self.folder / source) == path for source in self.sources.values()):
            return None
        try:
            size = (self.folder / name).stat().st_size
        except OSError:
            return None
        same_size = [(n, e) for n, e in self.files.items() if e.bytes == size]
        if not same_size:
            return None
        digest = file_digest(self.folder / name)
        return next((n for n, e in same_size if digest == (e.sha256, e.bytes)), None)

    def source_of(self, name: str) -> Path | None:
        """The input whose set holds the file ``name`` (resolved against the folder), if recorded."""
        found = self.entry(name)
        if found is None or found[1].set not in self.sources:
            return None
        return Path(os.path.normpath(self.folder / self.sources[found[1].set]))

    def set_files(self, name: str) -> list[str]:
        """The files recorded for the set ``name``."""
        return sorted(n for n, e in self.files.items() if e.set == name)


_SHA256: Final = re.compile(r"[0-9a-f]{64}")
_TEMP_NAME: Final = re.compile(rf"{re.escape(_TEMP_PREFIX)}[0-9a-f]{{16}}\.tmp")


def _plain_name(name: object) -> bool:
    """True for a file name of the folder itself: no folder part, not "." or ".."."""
    return (
        isinstance(name, str)
        and name not in ("", ".", "..")
        and not any(c in name for c in "/\\\x00")
        and name not in (MANIFEST_NAME, LOCK_NAME)
    )


def _recorded(name: object, entry: object) -> Recorded | None:
    """The record of a manifest entry, or None when it is not one the tool writes."""
    if not _plain_name(name) or not isinstance(entry, dict):
        return None
    set_name, digest, size = entry.get("set"), entry.get("sha256"), entry.get("bytes")
    if not isinstance(set_name, str) or not isinstance(digest, str) or not _SHA256.fullmatch(digest):
        return None
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return None
    return Recorded(set_name, digest, size)


def _of_set(target: object, name: str) -> bool:
    """True when ``target`` can be a file of the set ``name``: ``<name>.<part>.<extension>``, as
    ``k.kunden.csv`` for the input ``k.csv`` (which is no output of it), or :data:`RUN_FILES`."""
    if not _plain_name(target):
        return False
    if name == RUN_SET:
        return target in RUN_FILES
    prefix = f"{name}."
    return str(target).startswith(prefix) and "." in str(target)[len(prefix) :]


def _journal(pending: object) -> bool:
    """True when ``pending`` is a journal as :func:`write_set` writes it: only the tool's own
    temporary names to delete or move, only files of its set to restore."""
    if not isinstance(pending, dict) or not isinstance(pending.get("set"), str):
        return False
    name = pending["set"]
    if pending.get("committed") is True:
        trash = pending.get("trash")
        return isinstance(trash, list) and all(isinstance(t, str) and _TEMP_NAME.fullmatch(t) for t in trash)
    if "committed" in pending or "trash" in pending:
        return False
    for key in ("temps", "backups"):
        moves = pending.get(key, {})
        if not isinstance(moves, dict) or not all(
            _of_set(target, name) and isinstance(temp, str) and _TEMP_NAME.fullmatch(temp)
            for target, temp in moves.items()
        ):
            return False
    written = pending.get("written", {})
    if not isinstance(written, dict):
        return False
    for target, done in written.items():
        if not _of_set(target, name) or not isinstance(done, list) or len(done) != 2:
            return False
        if _recorded(target, {"set": "", "sha256": done[0], "bytes": done[1]}) is None:
            return False
    return True


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    try:
        lock = filelock.FileLock(folder / LOCK_NAME, timeout=LOCK_TIMEOUT)
        with _shown_as(folder):
            try:
                lock.acquire(timeout=LOCK_NOTICE_AFTER)
            except filelock.Timeout:
                for notice in LOCK_WAIT_NOTICES:
                    notice(folder)
                lock.acquire(timeout=LOCK_TIMEOUT - LOCK_NOTICE_AFTER)
    except filelock.Timeout:
        raise FolderBusy(folder) from None
    try:
        yield
    finally:
        lock.release()


# --- whole output sets ----------------------------------------------------------------------


def _is_protected(path: Path, protected: Collection[Path]) -> bool:
    if not protected:
        return False
    with contextlib.suppress(OSError):
        if path.resolve() in protected:
            return True
        if path.exists():
            return any(p.exists() and path.samefile(p) for p in protected)
    return False


@dataclass
class _Plan:
    """What writing one set does to the files already in the folder."""

    #: Targets with an old file of this set, moved aside and replaced.
    replace: list[str] = field(default_factory=list)
    #: Stale files of the set, not written again: removed.
    remove: list[str] = field(default_factory=list)
    #: Records dropped: the file is gone, or the user changed it (it is theirs now).
    forget: list[str] = field(default_factory=list)


def _plan(manifest: Manifest, name: str, targets: Sequence[str], protected: Collection[Path]) -> _Plan:
    plan = _Plan()
    folder = manifest.folder
    for target in targets:
        path = folder / target
        if _is_protected(path, protected):
            # An output the user changed and now checks: say that, it tells what to do.
            raise OutputConflict(path, "changed" if manifest.entry(target) else "input")
        if not os.path.lexists(path):
            continue
        found = manifest.entry(target)
        if path.is_dir():  # a folder of the user's under an output's name: never ours
            raise OutputConflict(path, "folder")
        if found is None or found[1].set != name:
            raise OutputConflict(path, "foreign-damaged" if manifest.damaged else "foreign")
        if not manifest.unchanged(target):
            raise OutputConflict(path, "changed")
        if found[0] != target:  # the same file under another case: its record goes
            plan.forget.append(found[0])
        plan.replace.append(target)
    wanted = {t.casefold() for t in targets}
    for existing in manifest.set_files(name):
        if existing.casefold() in wanted:
            continue
        path = folder / existing
        if not os.path.lexists(path):
            plan.forget.append(existing)
        elif _is_protected(path, protected):
            continue  # an input of this run: left alone, and still listed
        elif manifest.unchanged(existing):
            plan.remove.append(existing)
        else:
            plan.forget.append(existing)
    return plan


def write_set(
    folder: Path,
    name: str,
    files: Sequence[tuple[str, Data]],
    *,
    source: str | None,
    protected: Collection[Path] = (),
    other_input: bool = False,
) -> None:
    """Replace the set ``name`` in ``folder`` by ``files`` (file name, data), all or nothing.

    ``source``: the set's input as recorded in the manifest. ``protected``: resolved paths no
    file may replace (the inputs of the run). ``other_input``: the set may have been written
    for another input of the same name (refused otherwise: :func:`_refuse_other_input`). With
    no ``files`` the set is removed (only its files that nobody changed). Raises
    :class:`OutputConflict` before writing anything when a target is foreign,
    :class:`FolderBusy` or ``OSError``; on any exception the previous set is in place.
    """
    folder.mkdir(parents=True, exist_ok=True)
    with _locked(folder):
        manifest = Manifest.load(folder)
        if manifest.newer:
            # Found by the hostile session: rewritten as version 1, a newer tool's records were lost.
            raise OutputConflict(folder / MANIFEST_NAME, "newer")
        with _shown_as(folder):
            _recover(manifest)
        targets = [target for target, _ in files]
        if targets and not other_input:
            _refuse_other_input(manifest, name, source, targets[0])
        plan = _plan(manifest, name, targets, protected)
        before = (dict(manifest.files), dict(manifest.sources))
        temps = {target: _temp_name() for target in targets}
        backups = {target: _temp_name() for target in [*plan.replace, *plan.remove]}
        manifest.pending = {"set": name, "temps": temps, "backups": backups}
        manifest.save()
        placed: list[str] = []
        moved: list[str] = []
        try:
            written: dict[str, tuple[str, int]] = {}
            for target, data in files:
                with _shown_as(folder / target):
                    written[target] = _write_new(folder / temps[target], data)
            manifest.pending["written"] = {t: list(d) for t, d in written.items()}
            manifest.save()
            for target in backups:
                with _shown_as(folder / target):
                    _step("backup", folder / target)
                    (folder / target).replace(folder / backups[target])
                moved.append(target)
            for target in targets:
                with _shown_as(folder / target):
                    _step("place", folder / target)
                    (folder / temps[target]).replace(folder / target)
                placed.append(target)
            for gone in [*plan.remove, *plan.forget]:
                manifest.files.pop(gone, None)
            for target, (digest, size) in written.items():
                manifest.files[target] = Recorded(name, digest, size)
            if targets and source is not None:
                manifest.sources[name] = source
            elif not manifest.set_files(name):
                manifest.sources.pop(name, None)
            manifest.pending = {"set": name, "committed": True, "trash": sorted(backups.values())}
            manifest.save()  # the commit point
        except BaseException:
            _roll_back(folder, temps, backups, placed, moved)
            manifest.files, manifest.sources = before
            manifest.pending = None
            with contextlib.suppress(OSError):
                manifest.save()
            raise
        try:
            for backup in backups.values():
                _step("remove", folder / backup)
                (folder / backup).unlink(missing_ok=True)
        finally:  # the new set is in place: even when interrupted here, the old files go
            for backup in backups.values():
                with contextlib.suppress(OSError):
                    (folder / backup).unlink(missing_ok=True)
            manifest.pending = None
            with contextlib.suppress(OSError):
                manifest.save()


def _refuse_other_input(manifest: Manifest, name: str, source: str | None, target: str) -> None:
    """Refuse to replace the set ``name`` when it was written for another input that still exists
    (``a/kunden.csv`` and ``b/kunden.csv`` checked one after the other into one ``--out``): the
    first one's upload file would be gone without a word. So would a file's named ``stdin.*`` by
    standard input's (``check - --out o`` after ``check stdin.csv --out o``, the hostile round on
    environments). An input moved since takes its set over, and so does any input the set of
    standard input (nothing says that input still exists)."""
    recorded = manifest.sources.get(name)
    if source is None or recorded is None or recorded == "-" or recorded == source:
        return
    folder = manifest.folder
    old = Path(os.path.normpath(folder / recorded))
    with contextlib.suppress(OSError):
        if source == "-":
            if old.is_file():
                raise OutputConflict(folder / target, "other-input", old)
            return
        new = Path(os.path.normpath(folder / source))
        if old.is_file() and new.is_file() and not old.samefile(new):
            raise OutputConflict(folder / target, "other-input", old)


def remove_set(folder: Path, name: str, *, protected: Collection[Path] = ()) -> None:
    """Remove the files of the set ``name`` in ``folder`` that nobody changed (nothing if none)."""
    if not (folder / MANIFEST_NAME).is_file():
        return
    manifest = Manifest.load(folder)
    if manifest.set_files(name) or manifest.pending is not None:
        write_set(folder, name, [], source=None, protected=protected)


def _roll_back(
    folder: Path, temps: dict[str, str], backups: dict[str, str], placed: list[str], moved: list[str]
) -> None:
    """Undo steps 4-5 in this process: new files out, old files back, temporary files gone."""
    for target in reversed(placed):
        with contextlib.suppress(OSError):
            (folder / target).unlink()
    for target in reversed(moved):
        with contextlib.suppress(OSError):
            (folder / backups[target]).replace(folder / target)
    for temp in temps.values():
        with contextlib.suppress(OSError):
            (folder / temp).unlink()


def _placed_or_absent(manifest: Manifest, target: str, written: Mapping[str, list[Any]]) -> bool:
    """True when a killed run's backup may go back to ``target``: nothing is there, or the new
    file the run placed (its hash journaled), or the old file the manifest lists. A file the
    user put there since is never replaced."""
    path = manifest.folder / target
    if not os.path.lexists(path):
        return True
    digest = file_digest(path)
    if digest is None:
        return False
    if target in written and [digest[0], digest[1]] == list(written[target]):
        return True
    return manifest.unchanged(target)


def _recover(manifest: Manifest) -> None:
    """Finish or undo a set that a killed run left half-written (the caller holds the lock).

    A temporary file of the manifest itself is deleted. Committed: only its backups are left to
    delete. Not committed: each old file that was moved
    aside goes back, each new file moved into place without an old one is removed (only when it
    is still exactly what the run wrote), and every temporary file is deleted.
    """
    folder = manifest.folder
    for orphan in folder.glob(f".{glob.escape(MANIFEST_NAME)}.*.tmp"):  # a killed write of the manifest
        orphan.unlink(missing_ok=True)
    pending = manifest.pending
    if pending is None:
        return
    if pending.get("committed"):
        for backup in pending.get("trash", []):
            with contextlib.suppress(OSError):
                (folder / str(backup)).unlink()
    else:
        temps: dict[str, str] = pending.get("temps", {})
        backups: dict[str, str] = pending.get("backups", {})
        written: dict[str, list[Any]] = pending.get("written", {})
        for target, backup in backups.items():
            if os.path.lexists(folder / backup) and _placed_or_absent(manifest, target, written):
                (folder / backup).replace(folder / target)
        for target, temp in temps.items():
            if os.path.lexists(folder / temp):
                (folder / temp).unlink()
            elif target not in backups and target in written:
                digest = file_digest(folder / target)
                if digest is not None and [digest[0], digest[1]] == written[target]:
                    (folder / target).unlink()
    manifest.pending = None
    manifest.save()
